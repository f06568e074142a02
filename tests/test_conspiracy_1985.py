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
