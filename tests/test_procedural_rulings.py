"""Ripeness after transfer, related cases (LCvR 40.5) and another district's local rule (K.O., Mem. Op. at 14 n.1,
17, 31 n.5)."""
from casebuilder import derive as derive_anywhere, holds

# LCvR 40.5 and the K.O. court's own reasoning bind the District of Columbia's district court only
DC = dict(forum="district_of_columbia", circuit="dc")


def derive(facts=(), **kw):
    return derive_anywhere(facts, **{**DC, **kw})


def test_the_district_of_columbias_local_rule_on_related_cases_does_not_bind_another_district():
    facts = ["noticed_related_case(other)", "grows_out_of_same_event(other)"]
    assert holds(derive(facts), "cases_related(other)")
    assert not holds(derive_anywhere(facts), "cases_related(other)")

LEFT_OPEN = ["motion_ground(m1, failure_to_state_a_claim)", "ground_left_open_by_transferor(m1, failure_to_state_a_claim)",
             "ripeness_disputed(m1, failure_to_state_a_claim)"]


def test_arguments_left_open_by_the_transferring_court_are_ripe_once_briefed_here():
    d = derive(LEFT_OPEN + ["briefed_after_transfer(m1, failure_to_state_a_claim)"])
    assert d.ruling("ground_ripe/m1/failure_to_state_a_claim").outcome == "holds"


def test_arguments_left_open_and_not_briefed_after_transfer_are_not_ripe():
    d = derive(LEFT_OPEN + ["fully_briefed(m1)"])
    assert d.ruling("ground_ripe/m1/failure_to_state_a_claim").outcome == "fails"


def test_a_fully_briefed_motion_is_ripe():
    assert holds(derive(["motion_ground(m1, failure_to_state_a_claim)", "fully_briefed(m1)"]),
                 "ground_ripe(m1, failure_to_state_a_claim)")


def test_shared_facts_about_nationwide_policy_do_not_make_a_related_case():
    facts = ["noticed_related_case(other)", "shares_common_issues_of_fact(other)"]
    d = derive(facts, denied=["common_facts_only_nationwide_policy(other)"])
    assert d.ruling("related_case_transfer/other").outcome == "holds"
    d = derive(facts, findings=["common_facts_only_nationwide_policy(other)"])
    r = d.ruling("related_case_transfer/other")
    assert (r.outcome, r.element, r.because) == ("fails", "cases_related", "generic_overlap")


def test_a_related_case_that_is_stayed_is_not_worth_a_transfer():
    d = derive(["noticed_related_case(other)", "grows_out_of_same_event(other)", "other_case_stayed(other)"])
    assert holds(d, "cases_related(other)")
    assert d.ruling("related_case_transfer/other").outcome == "fails"


def test_a_motion_under_the_transferring_districts_local_rule_is_moot():
    facts = ["seeks_relief_from_local_rule(m3, lr_15_1)", "local_rule_of(lr_15_1, massachusetts)",
             "case_transferred_from(massachusetts)"]
    assert derive(facts).ruling("motion_moot/m3").outcome == "holds"


def test_a_motion_under_this_districts_own_local_rule_is_not_moot():
    facts = ["seeks_relief_from_local_rule(m3, lr_1)", "local_rule_of(lr_1, district_of_columbia)",
             "case_transferred_from(district_of_columbia)"]
    assert derive(facts).ruling("motion_moot/m3").outcome == "fails"
