"""Statutory immunity: a statute that makes the remedy against the United States exclusive (42 U.S.C. § 233(a);
Hui v. Castaneda, 559 U.S. 799, 806-07 (2010); the Westfall Act's constitutional exception, 28 U.S.C.
§ 2679(b)(2)(A))."""
import pytest
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

# A PHS officer, sued for a medical decision within the scope of employment, who asserts § 233(a).
PHS = BIVENS_CONTEXT + ["member_of_agency(d1, public_health_service)", "acted_within_scope_of_employment(d1)",
                        "act_function(a1, medical)", "asserted_statutory_immunity(d1)"]


def test_a_covered_employee_sued_for_a_medical_function_is_immune_and_has_no_bivens_remedy():
    d = derive(PHS, counts=SEIZURE)
    assert d.ruling("statutory_immunity/c1/d1").outcome == "holds"
    r = d.ruling("bivens_remedy/c1/d1")
    assert (r.outcome, r.because) == ("fails", "remedy_displaced_by_statute")
    assert d.ruling("count_dismissed/c1").outcome == "holds"


def test_the_immunity_displaces_bivens_even_in_a_recognised_context():
    d = derive(PHS, counts=SEIZURE)
    assert d.ruling("new_context/c1/d1").outcome == "fails"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "fails"


@pytest.mark.parametrize("missing", ["member_of_agency(d1, public_health_service)", "act_function(a1, medical)",
                                     "acted_within_scope_of_employment(d1)"])
def test_each_element_of_the_statute_is_needed(missing):
    d = derive(without(PHS, missing), counts=SEIZURE)
    assert d.ruling("statutory_immunity/c1/d1").outcome == "fails"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_an_employee_who_does_not_assert_the_immunity_is_not_held_immune():
    d = derive(without(PHS, "asserted_statutory_immunity(d1)"), counts=SEIZURE)
    assert not [r for r in d.rulings if r.question.id == "statutory_immunity"]
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_a_function_the_statute_does_not_name_is_not_covered():
    facts = [f.replace("act_function(a1, medical)", "act_function(a1, administrative)") for f in PHS]
    assert derive(facts, counts=SEIZURE).ruling("statutory_immunity/c1/d1").outcome == "fails"


def test_the_westfall_act_does_not_bar_a_constitutional_claim():
    facts = without(PHS, "member_of_agency(d1, public_health_service)", "act_function(a1, medical)")
    d = derive(facts, counts=SEIZURE)
    assert holds(d, "employee_covered(westfall_act, d1)") and holds(d, "conduct_covered(westfall_act, a1)")
    assert holds(d, "claim_preserved(westfall_act, c1)")
    assert d.ruling("statutory_immunity/c1/d1").outcome == "fails"


def test_the_westfall_act_bars_a_state_law_tort_claim_against_the_employee():
    counts = [("c2", "ftca_negligence", ["d1"])]
    facts = [f.replace("c1", "c2") for f in without(PHS, "member_of_agency(d1, public_health_service)",
                                                       "act_function(a1, medical)")]
    d = derive(facts, counts=counts)
    assert d.ruling("statutory_immunity/c2/d1").outcome == "holds"
    assert holds(d, "claim_dismissed(c2, d1)")


def test_an_unknown_function_is_named_for_the_author():
    facts = [f.replace("act_function(a1, medical)", "act_function(a1, medicall)") for f in PHS]
    assert holds(derive(facts, counts=SEIZURE), "unknown_symbol(function, medicall)")


@pytest.mark.parametrize("function", ["medical", "surgical", "dental", "related_medical"])
def test_every_function_section_233a_names_is_covered(function):
    facts = [f.replace("act_function(a1, medical)", f"act_function(a1, {function})") for f in PHS]
    d = derive(facts, counts=SEIZURE)
    assert d.ruling("statutory_immunity/c1/d1").outcome == "holds"
    assert not holds(d, f"unknown_symbol(function, {function})")


def test_an_immune_employee_needs_no_qualified_immunity_and_the_claim_cannot_be_repleaded():
    d = derive(PHS + ["asserted_qualified_immunity(d1)"], counts=SEIZURE)
    assert d.ruling("qualified_immunity/c1/d1").outcome == "not_reached"
    assert holds(d, "dismissed_on_legal_ground(c1, d1)")
    assert holds(d, "amendment_futile(c1)")


def test_qualified_immunity_is_not_reached_on_a_state_law_tort_claim_the_westfall_act_bars():
    # no Bivens step stops the claim first: the statute's bar alone puts immunity out of reach
    counts = [("c2", "ftca_negligence", ["d1"])]
    facts = [f.replace("c1", "c2") for f in without(PHS, "member_of_agency(d1, public_health_service)",
                                                       "act_function(a1, medical)")]
    d = derive(facts + ["asserted_qualified_immunity(d1)"], counts=counts)
    assert d.ruling("statutory_immunity/c2/d1").outcome == "holds"
    assert d.ruling("qualified_immunity/c2/d1").outcome == "not_reached"
