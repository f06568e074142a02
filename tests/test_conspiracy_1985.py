"""§ 1985(3): the four elements (K.O., Mem. Op. at 25, quoting Wilson v. DNC, 315 F. Supp. 3d at 400-01)."""
import pytest
from casebuilder import derive, holds, without
from test_qualified_immunity import CONSPIRACY, COUNTS, DEFS

NO_IMMUNITY = [f for f in CONSPIRACY if not f.startswith("asserted_qualified_immunity")]


def test_a_conspiracy_pleaded_in_every_element_states_a_claim():
    d = derive(NO_IMMUNITY, counts=COUNTS, defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"
    assert holds(d, "valid_section_1985_claim(k)")


@pytest.mark.parametrize("missing", ["conspiracy_member(d2, k)", "conspiracy_purpose_equal_protection(k)",
                                     "act_in_furtherance(k, plan)", "injured_by(p1, k)"])
def test_a_missing_element_means_no_section_1985_claim(missing):
    d = derive(without(NO_IMMUNITY, missing), counts=COUNTS, defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "fails"
    assert d.ruling("count_dismissed/c8").outcome == "holds"


def test_ko_conspirators_served_in_different_departments(ko_ice):
    assert ko_ice.model.holds("cross_agency_conspiracy", ("family_separation_conspiracy",))
    assert ko_ice.model.holds("intracorporate_conspiracy", ("family_separation_conspiracy",))


# Bray v. Alexandria Women's Health Clinic, 506 U.S. 263, 268-78 (1993): class-based animus (Griffin, 403 U.S. at
# 102) and, for a private conspiracy, a right protected against private encroachment (Carpenters, 463 U.S. at 833).
PRIVATE = [f for f in NO_IMMUNITY if not f.startswith(("federal_officer", "acted_within_scope"))]


def test_disputed_animus_the_court_finds_lacking_defeats_the_claim():
    d = derive(NO_IMMUNITY + ["animus_disputed(k)"], denied=["class_based_animus(k)"], counts=COUNTS,
               defendants=DEFS)
    r = d.ruling("conspiracy_claim_stated/c8/d1")
    assert (r.outcome, r.because) == ("fails", "animus_lacking")


def test_disputed_animus_the_court_finds_states_a_claim():
    d = derive(NO_IMMUNITY + ["animus_disputed(k)"], findings=["class_based_animus(k)"], counts=COUNTS,
               defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"


def test_disputed_animus_left_undecided_leaves_the_claim_undetermined():
    d = derive(NO_IMMUNITY + ["animus_disputed(k)"], counts=COUNTS, defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "undetermined"


def test_a_private_conspiracy_aimed_only_at_a_right_protected_against_the_state_is_not_actionable():
    d = derive(PRIVATE, findings=["conspiracy_aimed_at(k, abortion)"], counts=COUNTS, defendants=DEFS)
    r = d.ruling("conspiracy_claim_stated/c8/d1")
    assert (r.outcome, r.because) == ("fails", "unprotected_object")


def test_a_private_conspiracy_aimed_at_interstate_travel_is_actionable():
    d = derive(PRIVATE, findings=["conspiracy_aimed_at(k, abortion)", "conspiracy_aimed_at(k, interstate_travel)"],
               counts=COUNTS, defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"


def test_a_conspiracy_of_officials_aimed_at_a_right_protected_against_the_state_is_actionable():
    d = derive(NO_IMMUNITY, findings=["conspiracy_aimed_at(k, equal_protection)"], counts=COUNTS, defendants=DEFS)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"


def test_an_unknown_protected_right_is_named_for_the_author():
    d = derive(PRIVATE, findings=["conspiracy_aimed_at(k, abortin)"], counts=COUNTS, defendants=DEFS)
    assert holds(d, "unknown_symbol(protected_right, abortin)")


def test_a_conspiracy_with_a_state_actor_aimed_at_a_right_protected_against_the_state_is_actionable():
    d = derive(PRIVATE + ["acted_under_color_of_state_law(d1)"], findings=["conspiracy_aimed_at(k, abortion)"],
               counts=COUNTS, defendants=DEFS)
    assert holds(d, "official_conspirator(k)")
    assert not holds(d, "unprotected_object(k)")


@pytest.mark.parametrize("right, private", [("interstate_travel", True), ("freedom_from_badges_of_slavery", True),
                                            ("equal_protection", False), ("first_amendment_association", False),
                                            ("abortion", False)])
def test_each_right_is_classified_by_whom_it_is_protected_against(right, private):
    d = derive(PRIVATE, findings=[f"conspiracy_aimed_at(k, {right})"], counts=COUNTS, defendants=DEFS)
    assert not holds(d, f"unknown_symbol(protected_right, {right})")
    assert holds(d, "unprotected_object(k)") is (not private)
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == ("holds" if private else "fails")
