"""A court without jurisdiction does not reach the merits (Steel Co.; Ruhrgas), and may choose among threshold
grounds (Sinochem)."""
import pytest

from casebuilder import BIVENS_CONTEXT, FORUM_ACT, MOTION, SEIZURE, derive, holds

NO_PJ = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"]


def _merits(d):
    return d.ruling("claim_challenged/c1/d1").outcome


def test_the_merits_of_a_claim_against_a_defendant_the_court_lacks_jurisdiction_over_are_not_reached():
    d = derive(BIVENS_CONTEXT + NO_PJ, counts=SEIZURE)
    assert holds(d, "lacks_personal_jurisdiction(d1)")
    assert _merits(d) == "not_reached"
    with pytest.raises(KeyError):
        d.ruling("bivens_remedy/c1/d1")


def test_a_defendant_who_does_not_contest_jurisdiction_is_subject_to_it_and_the_merits_are_reached():
    d = derive(BIVENS_CONTEXT, counts=SEIZURE)
    assert holds(d, "subject_to_personal_jurisdiction(d1, arizona)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"
    with pytest.raises(KeyError):
        d.ruling("claim_challenged/c1/d1")


def test_a_court_that_decides_the_merits_in_the_alternative_reaches_them():
    d = derive(BIVENS_CONTEXT + NO_PJ, counts=SEIZURE, findings=["merits_decided_in_the_alternative(m1)"])
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_general_jurisdiction_over_the_defendant_lets_the_court_reach_the_merits():
    d = derive(BIVENS_CONTEXT + NO_PJ + ["argued_general_jurisdiction(d1)", "domiciled_in(d1, arizona)"],
               counts=SEIZURE)
    assert not holds(d, "lacks_personal_jurisdiction(d1)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_specific_jurisdiction_over_the_defendant_lets_the_court_reach_the_merits():
    facts = FORUM_ACT + ["act_against(act1, p1)"] + [f for f in BIVENS_CONTEXT if f != "performed(d1, a1)"] + [
        "performed(d1, a1)"]
    d = derive(facts, counts=SEIZURE, denied=["national_policymaking(act1)",
                                              "compelling_case_of_unreasonableness(d1, arizona)"])
    assert holds(d, "specific_jurisdiction(d1, arizona)")
    assert holds(d, "subject_to_personal_jurisdiction(d1, arizona)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_jurisdiction_is_not_found_lacking_while_jurisdictional_discovery_is_granted():
    d = derive(BIVENS_CONTEXT + NO_PJ + ["requested_jurisdictional_discovery(arizona)", "pleaded_in_complaint(act1)",
                                         "contradicted_by_affidavit(act1)"], counts=SEIZURE)
    assert d.ruling("jurisdictional_discovery/arizona").outcome == "holds"
    assert not holds(d, "lacks_personal_jurisdiction(d1)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_improper_venue_on_the_defendants_objection_also_forecloses_the_merits_sinochem():
    d = derive(BIVENS_CONTEXT + ["objected_to_venue(d1)", "domiciled_in(d1, texas)"], counts=SEIZURE,
               denied=["substantial_part_of_events_in(arizona)"])
    assert d.ruling("venue_proper/arizona").outcome == "fails"
    assert _merits(d) == "not_reached"


def test_proper_venue_does_not_foreclose_the_merits():
    d = derive(BIVENS_CONTEXT + ["objected_to_venue(d1)", "domiciled_in(d1, arizona)"], counts=SEIZURE)
    assert d.ruling("venue_proper/arizona").outcome == "holds"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_summary_judgment_is_not_reached_against_a_defendant_the_court_lacks_jurisdiction_over():
    facts = [f for f in BIVENS_CONTEXT if f not in MOTION] + NO_PJ + [
        "moved_for_summary_judgment(d1, m2)", "fully_briefed(m2)"]
    d = derive(facts, counts=SEIZURE)
    assert _merits(d) == "not_reached"


def test_the_jurisdiction_first_rule_is_the_named_exception_in_the_not_reached_explanation():
    d = derive(BIVENS_CONTEXT + NO_PJ, counts=SEIZURE)
    rules = {n.rule.id for n in d.explain(d.ruling("claim_challenged/c1/d1")).walk() if n.rule}
    assert "jurisdiction_first.motion_to_dismiss" in rules


# Properties on generated merits cases (tests/strategies.py's merits_cases, unchanged).
from hypothesis import given  # noqa: E402

from strategies import derivation, fact, finding, merits_cases, party_ids, with_items  # noqa: E402


def _challenged(d):
    return set(d.model.rows("claim_challenged"))


@given(merits_cases())
def test_no_claim_against_a_defendant_the_court_lacks_jurisdiction_over_is_decided_on_the_merits(data):
    """Steel Co., 523 U.S. at 94-95; Ruhrgas, 526 U.S. at 584: contesting jurisdiction with no forum contact
    shown sets aside every merits question about that defendant, each claim a "not reached" ruling."""
    before = derivation(data)
    defendants = party_ids(data, "defendant")
    after = derivation(with_items(data, [fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({d})")
                                         for d in defendants]))
    lacking = {row[0] for row in after.model.rows("lacks_personal_jurisdiction")}
    assert not any(d in lacking for _, d in _challenged(after))
    for c, d in _challenged(before):
        if d in lacking and (c, d) in set(after.model.rows("merits_set_aside")):
            assert after.ruling(f"claim_challenged/{c}/{d}").outcome == "not_reached"


@given(merits_cases())
def test_a_court_that_decides_the_merits_in_the_alternative_decides_the_same_claims(data):
    """A.I.I.L., Order at 30: the merits decided in the alternative are the merits the motion raised."""
    before = derivation(data)
    defendants = party_ids(data, "defendant")
    after = derivation(with_items(data, [fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({d})")
                                         for d in defendants] + [finding("merits_decided_in_the_alternative(m1)")]))
    assert _challenged(after) == _challenged(before)
