"""Bivens step two: the difficulty of defining a workable cause of action (Wilkie v. Robbins, 551 U.S. at
555-62)."""
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

NEW = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, federal_land_management)"]
ARGUED = "argued_special_factor(unworkable_cause_of_action)"
FOUND = "no_workable_standard(c1)"


def test_a_wrong_no_workable_standard_can_define_bars_the_remedy_in_a_new_context():
    d = derive(NEW + [ARGUED], findings=[FOUND], counts=SEIZURE)
    assert d.ruling("special_factor/c1/unworkable_cause_of_action").outcome == "holds"
    r = d.ruling("bivens_remedy/c1/d1")
    assert (r.outcome, r.element) == ("fails", "hesitation_counselled")


def test_the_factor_needs_the_courts_finding():
    d = derive(NEW + [ARGUED], denied=[FOUND], counts=SEIZURE)
    assert d.ruling("special_factor/c1/unworkable_cause_of_action").outcome == "fails"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_the_factor_counts_only_where_the_defendants_argue_it():
    d = derive(NEW, findings=[FOUND], counts=SEIZURE)
    assert not holds(d, "special_factor(c1, unworkable_cause_of_action)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_the_factor_is_a_known_special_factor():
    d = derive(NEW + [ARGUED], findings=[FOUND], counts=SEIZURE)
    assert holds(d, "known_symbol(factor, unworkable_cause_of_action)")
    assert not holds(d, "unknown_symbol(factor, unworkable_cause_of_action)")
