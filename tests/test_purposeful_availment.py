"""Purposeful availment: a deliberate contact the defendant himself made (K.O. v. Sessions, 436 F. Supp. 3d at 451)."""
from casebuilder import FORUM_ACT, derive, holds


def test_a_deliberate_forum_contact_of_the_defendant_is_availment():
    assert holds(derive(FORUM_ACT), "purposeful_availment_act(d1, act1, arizona)")


def test_an_officials_national_policymaking_in_the_forum_is_not_availment():
    d = derive(FORUM_ACT + ["federal_officer(d1)"], findings=["national_policymaking(act1)"])
    assert not holds(d, "purposeful_availment_act(d1, act1, arizona)")


def test_a_private_defendants_forum_contact_is_availment_whatever_is_said_of_national_policy():
    d = derive(FORUM_ACT, findings=["national_policymaking(act1)"])
    assert holds(d, "purposeful_availment_act(d1, act1, arizona)")


def test_an_unintentional_contact_is_not_availment():
    d = derive([f for f in FORUM_ACT if f != "intentional_act(act1)"])
    assert not holds(d, "purposeful_availment_act(d1, act1, arizona)")


def test_availment_alone_meets_prong_one_in_a_circuit_without_the_effects_test():
    facts = [f.replace("arizona", "massachusetts") for f in FORUM_ACT]
    d = derive(facts, circuit="first", forum="massachusetts")
    assert holds(d, "purposefully_directed_or_availed(d1, massachusetts)")
