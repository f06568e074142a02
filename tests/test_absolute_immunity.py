"""Absolute immunities by the function performed (Forrester v. White, 484 U.S. at 227-29; Imbler v. Pachtman, 424
U.S. at 430-31; Bogan v. Scott-Harris, 523 U.S. at 54-55; Stump v. Sparkman, 435 U.S. at 356-57)."""
import pytest
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

IMMUNE = BIVENS_CONTEXT + ["asserted_absolute_immunity(d1)", "asserted_qualified_immunity(d1)"]


@pytest.mark.parametrize("function", ["advocacy_in_judicial_phase", "legislative_act", "judicial_act"])
def test_an_act_performing_an_absolutely_protected_function_is_immune(function):
    d = derive(IMMUNE + [f"act_function(a1, {function})"], counts=SEIZURE)
    assert d.ruling("absolute_immunity/c1/d1").outcome == "holds"
    assert holds(d, "claim_dismissed(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "not_reached"
    assert not holds(d, f"unknown_symbol(function, {function})")
    # immunity for the function performed is a legal bar: no amendment could cure it
    assert holds(d, "dismissed_on_legal_ground(c1, d1)") and holds(d, "amendment_futile(c1)")


@pytest.mark.parametrize("function", ["investigative", "administrative"])
def test_investigative_or_administrative_work_is_not_absolutely_immune(function):
    d = derive(IMMUNE + [f"act_function(a1, {function})"], counts=SEIZURE)
    assert d.ruling("absolute_immunity/c1/d1").outcome == "fails"
    assert not holds(d, f"unknown_symbol(function, {function})")


def test_a_judge_acting_in_the_clear_absence_of_all_jurisdiction_is_not_immune():
    d = derive(IMMUNE + ["act_function(a1, judicial_act)"], findings=["clear_absence_of_jurisdiction(a1)"],
               counts=SEIZURE)
    r = d.ruling("absolute_immunity/c1/d1")
    assert (r.outcome, r.because) == ("fails", "immunity_forfeited")


def test_absolute_immunity_not_asserted_is_not_decided():
    d = derive(without(IMMUNE, "asserted_absolute_immunity(d1)") + ["act_function(a1, judicial_act)"],
               counts=SEIZURE)
    assert not [r for r in d.rulings if r.question.id == "absolute_immunity"]
