"""§ 1986 needs a valid § 1985(3) claim (Panahi, 839 F.2d at 626; Leonard, 273 F. Supp. 3d at 256)."""
from casebuilder import derive, without
from test_conspiracy_1985 import NO_IMMUNITY
from test_qualified_immunity import CONSPIRACY, COUNTS, DEFS, NO_CONSENSUS


def test_section_1986_survives_with_a_valid_section_1985_claim():
    d = derive(NO_IMMUNITY, counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").outcome == "holds"


def test_section_1986_fails_when_immunity_bars_the_section_1985_claim():
    d = derive(CONSPIRACY, denied=NO_CONSENSUS, counts=COUNTS, defendants=DEFS)
    r = d.ruling("neglect_claim_stated/c9/d1")
    assert (r.outcome, r.element, r.because) == ("fails", "valid_section_1985_claim", "immune_from_suit")
    assert d.ruling("qualified_immunity/c9/d1").outcome == "not_reached"


def test_section_1986_fails_without_a_section_1985_conspiracy_pleaded():
    d = derive(without(NO_IMMUNITY, "act_in_furtherance(k, plan)"), counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").element == "valid_section_1985_claim"


def test_section_1986_needs_the_defendants_knowledge():
    d = derive(without(NO_IMMUNITY, "knew_of_conspiracy(d1, k)"), counts=COUNTS, defendants=DEFS)
    assert d.ruling("neglect_claim_stated/c9/d1").outcome == "fails"
    assert d.ruling("neglect_claim_stated/c9/d2").outcome == "holds"
