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


# -- contracts (Burger King, 471 U.S. at 473, 478-82) ------------------------------------

CONTRACT = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "performed(d1, k1)", "intentional_act(k1)",
            "pleaded_in_complaint(k1)", "contracted_with(k1, p1)"]


def test_a_contract_with_continuing_obligations_owed_into_the_forum_is_availment():
    d = derive(CONTRACT + ["contract_obligations_in(k1, arizona)"])
    assert holds(d, "purposeful_availment_act(d1, k1, arizona)")


def test_a_contract_with_a_forum_resident_alone_is_not_availment():
    d = derive(CONTRACT + ["domiciled_in(p1, arizona)"])
    assert not holds(d, "purposeful_availment_act(d1, k1, arizona)")


def test_a_contract_whose_obligations_lie_in_another_state_is_not_availment_of_the_forum():
    d = derive(CONTRACT + ["contract_obligations_in(k1, texas)"])
    assert not holds(d, "purposeful_availment_act(d1, k1, arizona)")


def test_choosing_the_forums_law_alone_is_not_availment():
    d = derive(CONTRACT + ["chose_law_of(k1, arizona)"])
    assert not holds(d, "purposeful_availment_act(d1, k1, arizona)")


def test_obligations_owed_into_the_forum_without_a_contract_are_not_contract_availment():
    facts = [f for f in CONTRACT if not f.startswith("contracted_with")] + ["contract_obligations_in(k1, arizona)"]
    assert not holds(derive(facts), "purposeful_availment_act(d1, k1, arizona)")


def test_an_unintentional_contract_contact_is_not_availment():
    facts = [f for f in CONTRACT if f != "intentional_act(k1)"] + ["contract_obligations_in(k1, arizona)"]
    assert not holds(derive(facts), "purposeful_availment_act(d1, k1, arizona)")


def test_someone_elses_contract_is_not_the_defendants_availment():
    facts = [f.replace("performed(d1, k1)", "carried_out_by(x1, k1)") for f in CONTRACT]
    assert not holds(derive(facts + ["contract_obligations_in(k1, arizona)"]),
                     "purposeful_availment_act(d1, k1, arizona)")


# -- the plaintiff's unilateral activity (Hanson, 357 U.S. at 253; Picot, 780 F.3d at 1212-13) -----

def test_a_forum_contact_made_at_the_plaintiffs_request_is_not_the_defendants_availment_picot():
    d = derive(FORUM_ACT + ["made_at_request_of(act1, p1)"])
    assert holds(d, "unilateral_activity_exception(act1)")
    assert not holds(d, "purposeful_availment_act(d1, act1, arizona)")


def test_a_forum_contact_made_at_a_co_defendants_request_stays_availment():
    d = derive(FORUM_ACT + ["made_at_request_of(act1, d2)"], defendants=("d1", "d2"))
    assert not holds(d, "unilateral_activity_exception(act1)")
    assert holds(d, "purposeful_availment_act(d1, act1, arizona)")


# -- the First Circuit's voluntariness (Sawtelle, 70 F.3d at 1391) ------------------------------

FIRST_CIRCUIT_ACT = [f.replace("arizona", "massachusetts") for f in FORUM_ACT]


def test_in_the_first_circuit_a_forum_contact_made_at_the_plaintiffs_request_is_not_voluntary_availment():
    d = derive(FIRST_CIRCUIT_ACT + ["made_at_request_of(act1, p1)"], circuit="first", forum="massachusetts")
    assert holds(d, "unilateral_activity_exception(act1)")
    assert not holds(d, "purposeful_availment_act(d1, act1, massachusetts)")


def test_in_the_first_circuit_a_forum_contact_made_at_a_co_defendants_request_stays_availment():
    d = derive(FIRST_CIRCUIT_ACT + ["made_at_request_of(act1, d2)"], defendants=("d1", "d2"), circuit="first",
               forum="massachusetts")
    assert not holds(d, "unilateral_activity_exception(act1)")
    assert holds(d, "purposeful_availment_act(d1, act1, massachusetts)")


def test_in_the_first_circuit_a_contact_nobody_requested_is_voluntary_availment():
    d = derive(FIRST_CIRCUIT_ACT, circuit="first", forum="massachusetts")
    assert not holds(d, "unilateral_activity_exception(act1)")
    assert holds(d, "purposeful_availment_act(d1, act1, massachusetts)")
