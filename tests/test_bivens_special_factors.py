"""Bivens step two: special factors counselling hesitation (Hernandez, 140 S. Ct. at 743; Abbasi, 137 S. Ct. at 1857-58)."""
import pytest
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

# Bivens's context but in immigration detention: a new context, with no special factor yet.
NEW = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, immigration_detention)"]


def test_a_new_context_with_no_special_factor_is_not_barred_at_step_two():
    d = derive(NEW, counts=SEIZURE)
    assert d.ruling("new_context/c1/d1").outcome == "holds"
    assert not holds(d, "hesitation_counselled(c1)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


# Each factor on its own bars the remedy: (record facts, findings, factor).
FACTORS = {
    "challenge_to_general_policy": (["count_challenges(c1, p)"], ["general_policy(p)"]),
    "executive_deliberations": (["count_challenges(c1, p)", "performed(d1, p)",
                                 "holds_rank(d1, agency_head)"], ["general_policy(p)"]),
    "congressional_action": (["legislated_in_area(ina, immigration)"], ["extensive_congressional_action(immigration)"]),
    "prosecutorial_discretion": (["count_challenges(c1, p)", "act_involved_prosecution_decisions(p)"], []),
    "national_security": (["count_challenges(c1, p)"],
                          ["implicates_national_security(p)"]),
    "alternative_remedies": (["remedy_pointed_to(class_action)"], ["alternative_process(class_action)"]),
}


@pytest.mark.parametrize("factor", sorted(FACTORS))
def test_one_special_factor_in_a_new_context_means_no_bivens_remedy(factor):
    facts, findings = FACTORS[factor]
    d = derive(NEW + facts + [f"argued_special_factor({factor})"], findings=findings, counts=SEIZURE)
    assert d.ruling(f"special_factor/c1/{factor}").outcome == "holds"
    r = d.ruling("bivens_remedy/c1/d1")
    assert (r.outcome, r.element) == ("fails", "hesitation_counselled")


def test_congressional_action_needs_no_explicit_declaration_but_does_need_the_courts_finding():
    facts = NEW + ["legislated_in_area(ina, immigration)"]
    assert not holds(derive(facts, counts=SEIZURE), "special_factor(c1, congressional_action)")


def test_an_ftca_claim_is_not_an_alternative_remedy_even_if_called_an_alternative_process():
    facts = NEW + ["remedy_pointed_to(ftca_counts)", "claims_under_ftca(ftca_counts)",
                   "argued_special_factor(alternative_remedies)"]
    d = derive(facts, findings=["alternative_process(ftca_counts)"], counts=SEIZURE)
    r = d.ruling("special_factor/c1/alternative_remedies")
    assert (r.outcome, r.element, r.because) == ("fails", "alternative_remedy", "parallel_ftca_remedy")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_special_factors_are_not_reached_in_a_recognised_context():
    facts = BIVENS_CONTEXT + ["argued_special_factor(challenge_to_general_policy)"]
    d = derive(facts, counts=SEIZURE)
    assert d.ruling("special_factor/c1/challenge_to_general_policy").outcome == "not_reached"


def test_immunity_on_a_bivens_claim_with_no_remedy_is_not_reached():
    facts = NEW + ["asserted_qualified_immunity(d1)", "count_challenges(c1, p)"]
    d = derive(facts, findings=["general_policy(p)"], counts=SEIZURE)
    r = d.ruling("qualified_immunity/c1/d1")
    assert (r.outcome, r.element, r.because) == ("not_reached", "qualified_immunity_reached",
                                                 "claim_fails_before_immunity")


def test_ko_weighed_general_policy_and_congressional_action_most(ko_ice):
    primary = {f for c, f in ko_ice.model.rows("primary_special_factor") if c == "count_1"}
    assert primary == {"challenge_to_general_policy", "congressional_action"}
    found = {f for c, f in ko_ice.model.rows("special_factor") if c == "count_1"}
    assert found == {"challenge_to_general_policy", "executive_deliberations", "congressional_action",
                     "prosecutorial_discretion", "national_security", "alternative_remedies"}


def test_aiil_holds_the_ftca_alone_no_alternative_but_bars_the_remedy_on_other_factors(aiil):
    assert aiil.ruling("special_factor/count_1/alternative_remedies").outcome == "fails"
    assert aiil.ruling("bivens_remedy/count_1/azar").outcome == "fails"


# -- the factors as the Supreme Court states them (issue 15) ------------------------------------------------
# Each new factor bars the remedy when argued and its finding is made; one test per failing element.
ARGUED_FACTORS = {
    "foreign_relations": (["count_challenges(c1, p)"], ["implicates_foreign_relations(p)"]),
    "military_affairs": (["count_challenges(c1, p)"], ["incident_to_military_service(p)"]),
    "private_defendant": (["count_challenges(c1, p)", "privately_employed(d1)"],
                          ["within_traditional_state_tort_law(p)"]),
    "congress_better_equipped": ([], ["congress_better_equipped(c1)"]),
    "congressional_action": ([], ["congress_declined_damages_remedy(immigration)"]),
}


@pytest.mark.parametrize("factor", sorted(ARGUED_FACTORS))
def test_each_factor_the_supreme_court_names_bars_the_remedy_once_argued_and_found(factor):
    facts, findings = ARGUED_FACTORS[factor]
    d = derive(NEW + facts + [f"argued_special_factor({factor})"], findings=findings, counts=SEIZURE)
    assert d.ruling(f"special_factor/c1/{factor}").outcome == "holds"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "fails"


@pytest.mark.parametrize("factor", sorted(ARGUED_FACTORS))
def test_a_factor_nobody_argued_does_not_count(factor):
    facts, findings = ARGUED_FACTORS[factor]
    d = derive(NEW + facts, findings=findings, counts=SEIZURE)
    assert not holds(d, f"special_factor(c1, {factor})")


@pytest.mark.parametrize("factor", sorted(ARGUED_FACTORS))
def test_a_factor_the_court_declined_to_find_does_not_count(factor):
    facts, findings = ARGUED_FACTORS[factor]
    # denied for every act the count challenges (the hands-on act a1 too)
    denied = sorted(set(findings) | {f.replace("(p)", "(a1)") for f in findings})
    d = derive(NEW + facts + [f"argued_special_factor({factor})"], denied=denied, counts=SEIZURE)
    assert d.ruling(f"special_factor/c1/{factor}").outcome == "fails"


def test_a_public_officer_is_not_a_private_defendant():
    facts, findings = ARGUED_FACTORS["private_defendant"]
    facts = [f for f in facts if not f.startswith("privately_employed")]
    d = derive(NEW + facts + ["argued_special_factor(private_defendant)"], findings=findings, counts=SEIZURE)
    assert d.ruling("special_factor/c1/private_defendant").outcome == "fails"


def test_national_security_counsels_hesitation_wherever_the_conduct_took_place():
    # Abbasi, 582 U.S. at 142-43: no border is needed
    facts = NEW + ["count_challenges(c1, p)", "argued_special_factor(national_security)"]
    d = derive(facts, findings=["implicates_national_security(p)"], counts=SEIZURE)
    assert d.ruling("special_factor/c1/national_security").outcome == "holds"


def test_congressional_action_reaches_any_field_the_record_places_the_conduct_in():
    facts = NEW + ["count_concerns_area(c1, education)", "legislated_in_area(title_ix, education)",
                   "argued_special_factor(congressional_action)"]
    d = derive(facts, findings=["extensive_congressional_action(education)"], counts=SEIZURE)
    assert d.ruling("special_factor/c1/congressional_action").outcome == "holds"


def test_a_settings_field_comes_through_its_broader_kind():
    facts = without(NEW, "count_setting(c1, immigration_detention)") + [
        "count_setting(c1, interior_immigration_enforcement)", "legislated_in_area(ina, immigration)"]
    d = derive(facts, findings=["extensive_congressional_action(immigration)"], counts=SEIZURE)
    assert holds(d, "count_in_area(c1, immigration)")
    assert holds(d, "special_factor(c1, congressional_action)")


@pytest.mark.parametrize("setting, area", [("military_service", "military"),
                                           ("social_security_disability_review", "social_security"),
                                           ("federal_employment", "federal_civil_service"),
                                           ("border_enforcement", "immigration")])
def test_each_classified_setting_lies_in_its_field(setting, area):
    facts = without(NEW, "count_setting(c1, immigration_detention)") + [f"count_setting(c1, {setting})"]
    d = derive(facts, counts=SEIZURE)
    assert holds(d, f"count_in_area(c1, {area})")
    assert not holds(d, f"unknown_symbol(setting, {setting})")  # a setting placed in a field is a known one


def test_executive_deliberations_need_a_high_level_official_not_a_line_officer():
    facts, findings = FACTORS["executive_deliberations"]
    facts = [f for f in facts if not f.startswith("holds_rank")]
    d = derive(NEW + facts + ["argued_special_factor(executive_deliberations)"], findings=findings, counts=SEIZURE)
    assert d.ruling("special_factor/c1/executive_deliberations").outcome == "fails"


def test_a_court_that_assumes_a_cause_of_action_does_not_reach_step_one_or_the_remedy():
    # Wood v. Moss, 572 U.S. at 757; Iqbal, 556 U.S. at 675
    d = derive(NEW + ["cause_of_action_assumed(c1)", "asserted_qualified_immunity(d1)"], counts=SEIZURE,
               denied=["constitutional_violation_pleaded(c1, d1)"])
    assert d.ruling("new_context/c1/d1").outcome == "not_reached"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "not_reached"
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"


@pytest.mark.parametrize("factor", sorted(__import__("lexcheck.rules.bivens_special_factors",
                                                     fromlist=["FACTORS"]).FACTORS))
def test_every_named_special_factor_is_a_known_one(factor):
    d = derive(NEW + [f"argued_special_factor({factor})"], counts=SEIZURE)
    assert holds(d, f"known_symbol(factor, {factor})")
    assert not holds(d, f"unknown_symbol(factor, {factor})")


def test_an_argued_factor_the_supreme_court_never_named_is_unknown():
    d = derive(NEW + ["argued_special_factor(judicial_modesty)"], counts=SEIZURE)
    assert holds(d, "unknown_symbol(factor, judicial_modesty)")


def test_a_field_the_record_names_is_the_counts_field():
    d = derive(NEW + ["count_concerns_area(c1, prisons)"], counts=SEIZURE)
    assert holds(d, "count_in_area(c1, prisons)")


# The alternative remedy: by adequacy before Egbert v. Boule (2022), by mere existence after it (596 U.S. at 493,
# 497-98; supersedes bivens_special_factors.alternative_remedy).
ALTERNATIVE = NEW + ["remedy_pointed_to(grievance_process)", "argued_special_factor(alternative_remedies)"]


def _decided(on):
    from casebuilder import case_data, rulebook
    from lexcheck.engine.casefile import load_case_data
    from lexcheck.engine.rulings import run
    data = case_data(ALTERNATIVE, findings=["alternative_process(grievance_process)",
                                            "alternative_found_inadequate(grievance_process)"], counts=SEIZURE)
    data["case"]["decided"] = on
    return run(rulebook(), load_case_data(data, rulebook().vocabulary, "<synthetic>"))


def test_before_egbert_an_alternative_the_court_finds_inadequate_does_not_counsel_hesitation():
    r = _decided("2021-01-01").ruling("special_factor/c1/alternative_remedies")
    assert (r.outcome, r.because) == ("fails", "remedy_inadequate")


def test_after_egbert_an_alternative_remedial_structure_counts_by_its_existence():
    d = _decided("2023-01-01")
    assert d.ruling("special_factor/c1/alternative_remedies").outcome == "holds"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "fails"


def test_an_alternative_no_court_finds_inadequate_counsels_hesitation():
    d = derive(ALTERNATIVE, findings=["alternative_process(grievance_process)"], counts=SEIZURE)
    assert d.ruling("special_factor/c1/alternative_remedies").outcome == "holds"
