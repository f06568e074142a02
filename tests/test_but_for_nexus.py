"""Prong 2, but for (Shute, 897 F.2d at 385; Terracom, 49 F.3d at 561), per child as A.I.I.L. applied it."""
from casebuilder import derive, holds

LICENSING = ["licensed_tender_age_facilities_in(act1, arizona)", "tender_age_limit(12)"]


def child(age, placed="arizona"):
    return [f"age_at_separation(p1, {age})", f"custodial_placement_in(p1, {placed})"]


def test_a_tender_age_child_held_in_the_forum_with_no_prior_facilities_is_harmed_but_for_the_licensing():
    assert holds(derive(LICENSING + child(7)), "but_for_cause(act1, p1)")


def test_a_child_over_the_tender_age_is_not_harmed_but_for_the_licensing():
    assert not holds(derive(LICENSING + child(13)), "but_for_cause(act1, p1)")


def test_the_tender_age_limit_is_inclusive():
    assert holds(derive(LICENSING + child(12)), "but_for_cause(act1, p1)")


def test_a_child_not_held_long_term_in_the_forum_is_not_harmed_but_for_the_licensing():
    assert not holds(derive(LICENSING + child(7, placed="florida")), "but_for_cause(act1, p1)")


def test_facilities_that_already_existed_defeat_the_but_for_link():
    d = derive(LICENSING + child(7) + ["tender_age_facilities_existed_before(act1, arizona)"])
    assert not holds(d, "but_for_cause(act1, p1)")
    assert holds(d, "existing_capacity_exception(act1, arizona)")


def test_a_parents_harm_arises_as_the_childs_does():
    facts = LICENSING + ["age_at_separation(c1, 5)", "custodial_placement_in(c1, arizona)", "child_of(c1, p1)"]
    assert holds(derive(facts, plaintiffs=("p1", "c1")), "but_for_cause(act1, p1)")


def test_an_act_taken_against_the_plaintiff_is_a_but_for_cause_of_the_claim():
    assert holds(derive(["act_against(act1, p1)"]), "but_for_cause(act1, p1)")


# -- the general causal test: an act that created in the forum the means of the harm ---------------
MEANS = ["created_capacity_in(act1, arizona)", "capacity_was_for(act1, p1)", "harmed_through_capacity_in(p1, arizona)"]


def test_an_act_creating_in_the_forum_the_means_of_the_plaintiffs_harm_is_a_but_for_cause():
    assert holds(derive(MEANS), "but_for_cause(act1, p1)")


def test_means_created_elsewhere_are_not_a_but_for_cause_of_harm_in_the_forum():
    facts = ["created_capacity_in(act1, texas)"] + MEANS[1:]
    assert not holds(derive(facts), "but_for_cause(act1, p1)")


def test_a_plaintiff_the_means_were_not_for_is_not_harmed_but_for_them():
    assert not holds(derive([MEANS[0], MEANS[2]]), "but_for_cause(act1, p1)")


def test_a_plaintiff_not_harmed_through_the_means_in_that_state_is_not_harmed_but_for_them():
    facts = MEANS[:2] + ["harmed_through_capacity_in(p1, texas)"]
    assert not holds(derive(facts), "but_for_cause(act1, p1)")


def test_means_that_already_existed_defeat_the_general_but_for_link():
    d = derive(MEANS + ["capacity_existed_before(act1, arizona)"])
    assert not holds(d, "but_for_cause(act1, p1)")
    assert holds(d, "existing_capacity_exception(act1, arizona)")


def test_licensing_tender_age_facilities_is_an_instance_of_creating_the_means_of_harm():
    d = derive(LICENSING + child(7))
    assert holds(d, "created_means_of_harm_in(act1, arizona)")
    assert holds(d, "among_those_the_means_served(p1, act1)")
    assert holds(d, "harmed_through_the_means_in(p1, arizona)")


# -- a claim on a contract (McGee, 355 U.S. at 223; Burger King, 471 U.S. at 478-79) -------

def test_a_counterpartys_claim_for_breach_of_the_contract_arises_out_of_the_contract():
    d = derive(["contracted_with(k1, p1)", "breach_of(b1, k1)", "act_against(b1, p1)"])
    assert holds(d, "but_for_cause(k1, p1)")


def test_a_breach_of_some_other_contract_does_not_arise_out_of_this_one():
    d = derive(["contracted_with(k1, p1)", "breach_of(b1, k2)", "act_against(b1, p1)"])
    assert not holds(d, "but_for_cause(k1, p1)")


def test_a_breach_against_someone_else_gives_the_counterparty_no_claim_on_the_contract():
    d = derive(["contracted_with(k1, p1)", "breach_of(b1, k1)", "act_against(b1, p2)"], plaintiffs=("p1", "p2"))
    assert not holds(d, "but_for_cause(k1, p1)")


def test_a_breach_of_a_contract_with_someone_else_is_not_the_plaintiffs_claim_on_it():
    d = derive(["contracted_with(k1, p2)", "breach_of(b1, k1)", "act_against(b1, p1)"], plaintiffs=("p1", "p2"))
    assert not holds(d, "but_for_cause(k1, p1)")
