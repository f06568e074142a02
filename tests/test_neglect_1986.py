"""§ 1986 needs a valid § 1985(3) claim (Panahi, 839 F.2d at 626; Leonard, 273 F. Supp. 3d at 256)."""
from casebuilder import derive, without
from test_conspiracy_1985 import NO_IMMUNITY
from test_qualified_immunity import ACROSS, CONSPIRACY, COUNTS, DEFS, NO_CONSENSUS


def test_section_1986_survives_with_a_valid_section_1985_claim():
    d = derive(NO_IMMUNITY, counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").outcome == "holds"


def test_section_1986_fails_when_immunity_bars_the_section_1985_claim():
    d = derive(CONSPIRACY, denied=NO_CONSENSUS, counts=COUNTS, defendants=DEFS)
    r = d.ruling("neglect_claim_stated/c9/d1")
    assert (r.outcome, r.element, r.because) == ("fails", "valid_section_1985_claim", "barred_by_unsettled_law")
    assert d.ruling("qualified_immunity/c9/d1").outcome == "not_reached"


def test_section_1986_fails_without_a_section_1985_conspiracy_pleaded():
    d = derive(without(NO_IMMUNITY, "act_in_furtherance(k, plan)"), counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").element == "valid_section_1985_claim"


def test_section_1986_needs_the_defendants_knowledge():
    d = derive(without(NO_IMMUNITY, "knew_of_conspiracy(d1, k)"), counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").outcome == "fails"
    assert d.ruling("neglect_claim_stated/c9/d2").outcome == "holds"


def test_a_section_1986_claim_pleaded_in_every_element_is_not_dismissed_for_want_of_a_violation():
    # the law clearly established by this circuit's court of appeals: immunity turns on the violation
    # prong, and a § 1986 claim pleaded in every element shows one (al-Kidd, 563 U.S. at 735)
    facts = CONSPIRACY + [f"authority_holds(case1, {ACROSS})", "decided_by(case1, ninth_circuit)"]
    d = derive(facts, denied=NO_CONSENSUS, counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").outcome == "holds"
    assert d.ruling("qualified_immunity/c9/d1").outcome == "fails"
    assert d.ruling("count_dismissed/c9").outcome == "fails"
