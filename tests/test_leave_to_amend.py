"""Leave to amend: freely given unless futile (Foman, 371 U.S. at 182; James Madison, 82 F.3d at 1099; Neitzke,
490 U.S. at 327; Schneider v. Kissinger, 310 F. Supp. 2d at 269-70)."""
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, without
from test_conspiracy_1985 import NO_IMMUNITY
from test_qualified_immunity import COUNTS, DEFS

POLICY_CLAIM = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + \
    ["count_setting(c1, immigration_detention)", "count_challenges(c1, p)"]


def test_a_claim_barred_by_special_factors_cannot_be_saved_by_amendment():
    d = derive(POLICY_CLAIM, findings=["general_policy(p)"], counts=SEIZURE)
    assert d.ruling("count_dismissed/c1").outcome == "holds"
    r = d.ruling("leave_to_amend/c1")
    assert (r.outcome, r.element) == ("fails", "amendment_futile")
    assert d.ruling("defendant_dismissed/d1").outcome == "holds"


def test_a_claim_dismissed_for_a_missing_element_may_be_repleaded():
    d = derive(without(NO_IMMUNITY, "injured_by(p1, k)"), counts=COUNTS, defendants=DEFS)
    assert d.ruling("count_dismissed/c8").outcome == "holds"
    assert d.ruling("leave_to_amend/c8").outcome == "holds"
    assert d.ruling("defendant_dismissed/d1").outcome == "fails"


def test_a_motion_to_replead_a_curable_count_with_new_allegations_is_granted():
    facts = without(NO_IMMUNITY, "injured_by(p1, k)") + ["moved_for_leave_to_amend(m2)", "proposes_amended_count(m2, c8)"]
    d = derive(facts, counts=COUNTS, defendants=DEFS)
    assert d.ruling("leave_to_amend/c8").outcome == "holds"
    assert d.ruling("motion_to_amend_granted/m2").outcome == "holds"


def test_repleading_a_dismissed_claim_unchanged_is_futile():
    facts = without(NO_IMMUNITY, "injured_by(p1, k)") + [
        "moved_for_leave_to_amend(m2)", "proposes_amended_count(m2, c8)", "proposed_count_unchanged(m2, c8)"]
    d = derive(facts, counts=COUNTS, defendants=DEFS)
    assert d.ruling("leave_to_amend/c8").outcome == "fails"


def test_leave_to_amend_is_not_reached_for_a_count_that_survives():
    d = derive(NO_IMMUNITY, counts=COUNTS, defendants=DEFS)
    assert d.ruling("count_dismissed/c8").outcome == "fails"
    assert d.ruling("leave_to_amend/c8").outcome == "not_reached"


def test_ftca_claims_brought_before_the_administrative_claim_cannot_be_added_by_amendment():
    facts = ["moved_for_leave_to_amend(m2)", "proposes_new_claims(m2, torts)", "claims_under_ftca(torts)",
             "action_commenced_on(2018-09-05)"]
    late = derive(facts + ["administrative_claim_presented_on(torts, 2018-10-09)"])
    r = late.ruling("leave_to_add_claims/torts")
    assert (r.outcome, r.element) == ("fails", "premature_ftca_claims")
    assert late.ruling("motion_to_amend_granted/m2").outcome == "fails"
    early = derive(facts + ["administrative_claim_presented_on(torts, 2018-01-09)"])
    assert early.ruling("leave_to_add_claims/torts").outcome == "holds"
    assert early.ruling("motion_to_amend_granted/m2").outcome == "holds"


def test_immunity_for_want_of_clearly_established_law_is_beyond_cure_but_immunity_for_want_of_a_violation_is_not():
    # A Bivens claim in Bivens's own context, immunity pleaded: the court's two readings of the prongs.
    facts = BIVENS_CONTEXT + ["asserted_qualified_immunity(d1)"]
    unsettled = derive(facts, findings=["constitutional_violation_pleaded(c1, d1)"],
                       denied=["conduct_clearly_unlawful(c1, d1)"], counts=SEIZURE)
    assert unsettled.ruling("qualified_immunity/c1/d1").outcome == "holds"
    assert unsettled.ruling("leave_to_amend/c1").outcome == "fails"
    no_violation = derive(facts, findings=["conduct_clearly_unlawful(c1, d1)"],
                          denied=["constitutional_violation_pleaded(c1, d1)"], counts=SEIZURE)
    assert no_violation.ruling("qualified_immunity/c1/d1").outcome == "holds"
    assert no_violation.ruling("leave_to_amend/c1").outcome == "holds"
    assert no_violation.ruling("defendant_dismissed/d1").outcome == "fails"
