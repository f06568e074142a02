"""Bivens step one: a new context, feature by feature (Abbasi, 137 S. Ct. at 1859-60; Hernandez, 140 S. Ct. at 743)."""
import pytest
from casebuilder import BIVENS_CONTEXT, MOTION, SEIZURE, derive, holds, without


def ruling(d, rid):
    return d.ruling(rid).outcome


def test_a_claim_that_matches_bivens_in_every_feature_is_not_a_new_context():
    d = derive(BIVENS_CONTEXT, counts=SEIZURE)
    assert ruling(d, "new_context/c1/d1") == "fails"
    assert holds(d, "matches_recognized_context(c1, d1)")
    assert ruling(d, "bivens_remedy/c1/d1") == "holds"


def test_a_claim_that_matches_davis_in_every_feature_is_not_a_new_context():
    facts = MOTION + ["federal_officer(d1)", "holds_rank(d1, member_of_congress)",
                      "count_setting(c1, congressional_employment)", "count_challenges(c1, a1)",
                      "hands_on_conduct(a1)", "performed(d1, a1)"]
    d = derive(facts, counts=[("c1", "fifth_amendment_equal_protection", ["d1"])])
    assert ruling(d, "new_context/c1/d1") == "fails"


def test_a_claim_that_matches_carlson_in_every_feature_is_not_a_new_context():
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, federal_prison)"]
    d = derive(facts, counts=[("c1", "eighth_amendment_medical_care", ["d1"])])
    assert ruling(d, "new_context/c1/d1") == "fails"


# One departure from Bivens, each on its own, makes a new context (Abbasi, 137 S. Ct. at 1864).
ONE_DIFFERENCE = {
    "a_different_setting_though_the_same_provision": (
        ["count_setting(c1, home_search_and_arrest)"], ["count_setting(c1, immigration_detention)"], "setting"),
    "a_higher_ranking_officer": (["holds_rank(d1, line_officer)"], ["holds_rank(d1, agency_head)"], "rank"),
    "an_official_not_involved_in_the_hands_on_conduct": (["performed(d1, a1)"], [], "involvement"),
    "a_general_policy": ([], ["count_challenges(c1, p)", "performed(d1, p)"], "official_action"),
    "noncitizen_plaintiffs": ([], ["noncitizen(p1)"], "plaintiffs"),
    "minor_plaintiffs": ([], ["age_at_separation(p1, 9)"], "plaintiffs"),
}


@pytest.mark.parametrize("name", sorted(ONE_DIFFERENCE))
def test_one_difference_from_bivens_makes_a_new_context(name):
    drop, add, feature = ONE_DIFFERENCE[name]
    findings = ["general_policy(p)"] if name == "a_general_policy" else []
    # minors as a feature is the District of Columbia's law (K.O. v. ICE, Mem. Op. at 20): decided there
    where = {"forum": "district_of_columbia", "circuit": "dc"} if name == "minor_plaintiffs" else {}
    d = derive(without(BIVENS_CONTEXT, *drop) + add, findings=findings, counts=SEIZURE, **where)
    assert ruling(d, "new_context/c1/d1") == "holds"
    assert holds(d, f"differs_on(c1, d1, bivens, {feature})")


def test_the_same_constitutional_provision_is_not_enough_to_make_a_context_old():
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + \
        ["count_setting(c1, immigration_detention)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "count_feature(c1, provision, fourth_amendment)")
    assert ruling(d, "new_context/c1/d1") == "holds"


def test_an_official_who_ordered_the_hands_on_conduct_is_personally_involved():
    facts = without(BIVENS_CONTEXT, "performed(d1, a1)") + ["ordered(d1, agent, a1)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "personally_involved(c1, d1)")
    assert ruling(d, "new_context/c1/d1") == "fails"


def test_a_defendant_who_is_not_a_federal_officer_is_a_new_category_of_defendants():
    d = derive(without(BIVENS_CONTEXT, "federal_officer(d1)"), counts=SEIZURE)
    assert ruling(d, "new_context/c1/d1") == "holds"


def test_step_one_is_not_at_issue_without_a_ripe_motion_to_dismiss():
    d = derive(without(BIVENS_CONTEXT, "fully_briefed(m1)"), counts=SEIZURE)
    assert not [r for r in d.rulings if r.question.id == "bivens_new_context"]


def test_aiil_fourth_amendment_count_is_new_because_no_defendant_took_part_in_the_hands_on_conduct(aiil):
    assert aiil.ruling("new_context/count_6/nielsen").outcome == "holds"
    assert aiil.model.holds("claim_feature", ("count_6", "nielsen", "involvement", "supervisory_only"))
    assert aiil.model.holds("differs_on", ("count_6", "nielsen", "bivens", "involvement"))


def test_aiil_equal_protection_count_differs_from_davis_in_the_officers_rank(aiil):
    assert aiil.model.holds("differs_on", ("count_5", "sessions", "davis", "rank"))
    assert not aiil.model.holds("differs_on", ("count_5", "sessions", "davis", "right"))


def test_ko_counts_are_new_for_noncitizen_minors_in_immigration_detention(ko_ice):
    for feature in ("plaintiffs", "setting"):
        for precedent in ("bivens", "davis", "carlson"):
            assert ko_ice.model.holds("differs_on", ("count_7", "lloyd", precedent, feature))


@pytest.mark.parametrize("right", sorted(__import__("lexcheck.rules.bivens_new_context", fromlist=["RIGHTS"]).RIGHTS))
def test_every_classified_right_makes_a_count_a_bivens_claim_with_its_provision_and_clause(right):
    """Abbasi, 137 S. Ct. at 1860: the context includes "the constitutional right at issue"."""
    from lexcheck.rules.bivens_new_context import RIGHTS
    provision, clause = RIGHTS[right][:2]
    d = derive(BIVENS_CONTEXT, counts=[("c1", right, ["d1"])])
    assert holds(d, "bivens_claim(c1, d1)")
    assert holds(d, f"count_feature(c1, provision, {provision})")
    assert holds(d, f"count_feature(c1, right, {clause})")


def context_of(d, count, defendant) -> set:
    """(feature, value) pairs describing a claim, at the count, officer and claim levels."""
    out = {(f, v) for c, f, v in d.model.rows("count_feature") if c == count}
    out |= {(f, v) for dd, f, v in d.model.rows("officer_feature") if dd == defendant}
    return out | {(f, v) for c, dd, f, v in d.model.rows("claim_feature") if (c, dd) == (count, defendant)}


def test_a_claim_in_a_recognised_context_is_described_feature_for_feature_as_its_precedent_is():
    """Abbasi, 137 S. Ct. at 1859-60: the comparison is of like with like. A hands-on claim against the
    line officer who searched the home has every feature Bivens has (the official's personal
    involvement and individual conduct included, Iqbal, 556 U.S. at 677), not merely no different one,
    so `lexcheck query` shows the two side by side."""
    d = derive(BIVENS_CONTEXT, counts=SEIZURE)
    bivens = {(f, v) for p, f, v in d.model.rows("precedent_feature") if p == "bivens"}
    assert {"involvement", "official_action"} <= {f for f, _ in bivens}
    assert bivens <= context_of(d, "c1", "d1")


# -- settings and ranks as taxonomies (Abbasi, 582 U.S. at 131, 139-40; issue 15) -------------------------------

def test_a_specific_setting_of_the_kind_bivens_was_decided_in_is_bivenss_setting():
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + [
        "count_setting(c1, warrantless_home_entry_and_arrest)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "setting_within(warrantless_home_entry_and_arrest, home_search_and_arrest)")
    assert not holds(d, "count_differs(c1, bivens, setting)")
    assert ruling(d, "new_context/c1/d1") == "fails"


def test_a_setting_outside_the_taxonomy_differs_from_every_precedent_and_is_named():
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + [
        "count_setting(c1, airport_screening)"]
    d = derive(facts, counts=SEIZURE)
    assert all(holds(d, f"count_differs(c1, {p}, setting)") for p in ("bivens", "davis", "carlson"))
    assert holds(d, "unknown_symbol(setting, airport_screening)")


def test_a_prison_of_carlsons_kind_with_the_prison_agencys_head_is_carlsons_context():
    # Carlson's defendants included the Director of the Bureau of Prisons (446 U.S. at 16 n.1)
    facts = [f for f in BIVENS_CONTEXT if not f.startswith(("count_setting", "holds_rank"))] + [
        "count_setting(c1, federal_penitentiary)", "holds_rank(d1, agency_head)"]
    d = derive(facts, counts=[("c1", "eighth_amendment_medical_care", ["d1"])])
    assert ruling(d, "new_context/c1/d1") == "fails"


def test_excessive_force_in_a_federal_prison_is_not_carlsons_context():
    # Goldey v. Fields (2025): the same amendment and institution are not the Carlson context
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, federal_prison)"]
    d = derive(facts, counts=[("c1", "eighth_amendment_excessive_force", ["d1"])])
    assert holds(d, "count_differs(c1, carlson, right)")
    assert ruling(d, "new_context/c1/d1") == "holds"


def test_a_rank_the_rule_book_does_not_place_is_named():
    facts = without(BIVENS_CONTEXT, "holds_rank(d1, line_officer)") + ["holds_rank(d1, corporal)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "unknown_symbol(rank, corporal)")
    assert not holds(d, "unknown_symbol(rank, line_officer)")


def test_a_warden_is_a_supervisory_official_and_differs_from_the_line_officers_in_bivens():
    facts = without(BIVENS_CONTEXT, "holds_rank(d1, line_officer)") + ["holds_rank(d1, warden)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "officer_feature(d1, rank, supervisory_official)")
    assert ruling(d, "new_context/c1/d1") == "holds"


def test_a_count_against_a_state_officer_gets_no_bivens_step_one():
    d = derive(BIVENS_CONTEXT + ["acted_under_color_of_state_law(d1)"], counts=SEIZURE)
    assert "new_context/c1/d1" not in {r.id for r in d.rulings}


# Each specific setting is a kind of the broader one the Supreme Court states a precedent or a field at
# (Abbasi, 582 U.S. at 131: Bivens's home, Carlson's prison; Davis, 442 U.S. at 230-31; Hernandez, 589 U.S.
# at 103, 108-09). Stated here as the doctrine states it, not read back from the rule book.
SETTING_KINDS = {
    "warrantless_home_entry_and_arrest": "home_search_and_arrest",
    "warrantless_home_search": "home_search_and_arrest",
    "federal_penitentiary": "federal_prison",
    "federal_correctional_institution": "federal_prison",
    "federal_medical_center": "federal_prison",
    "congressional_office": "congressional_employment",
    "interior_immigration_enforcement": "immigration_enforcement",
    "border_enforcement": "immigration_enforcement",
    "cross_border_shooting": "border_enforcement",
    "port_of_entry": "border_enforcement",
}
# the precedent whose setting each broader kind is
PRECEDENT_OF = {"home_search_and_arrest": "bivens", "federal_prison": "carlson", "congressional_employment": "davis"}


@pytest.mark.parametrize("setting", sorted(SETTING_KINDS))
def test_a_specific_setting_is_within_its_broader_kind_and_matches_the_precedent_decided_there(setting):
    kind = SETTING_KINDS[setting]
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + [f"count_setting(c1, {setting})"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, f"setting_within({setting}, {kind})")
    assert not holds(d, f"unknown_symbol(setting, {setting})")
    precedent = PRECEDENT_OF.get(kind)
    if precedent:
        assert holds(d, f"setting_matches(c1, {precedent})")
        assert all(holds(d, f"count_differs(c1, {p}, setting)") for p in set(PRECEDENT_OF.values()) - {precedent})


def test_a_cross_border_shooting_is_border_enforcement_and_so_immigration_enforcement():
    facts = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, cross_border_shooting)"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "setting_within(cross_border_shooting, immigration_enforcement)")


# For the rank of the officers involved (Abbasi, 582 U.S. at 140), each rank at its level.
RANK_LEVELS = {
    "cabinet_secretary": "high_level_official", "agency_head": "high_level_official",
    "senior_advisor": "high_level_official", "line_officer": "line_officer",
    "member_of_congress": "member_of_congress", "warden": "supervisory_official",
    "supervisor": "supervisory_official", "prosecutor": "prosecutor", "military_officer": "military_officer",
}


@pytest.mark.parametrize("rank", sorted(RANK_LEVELS))
def test_each_rank_is_compared_at_its_level(rank):
    facts = without(BIVENS_CONTEXT, "holds_rank(d1, line_officer)") + [f"holds_rank(d1, {rank})"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, f"officer_feature(d1, rank, {RANK_LEVELS[rank]})")
    assert not holds(d, f"unknown_symbol(rank, {rank})")
    # Bivens's officers were line officers: any other level is a difference in rank
    assert holds(d, "differs_on(c1, d1, bivens, rank)") == (RANK_LEVELS[rank] != "line_officer")
