"""The three prongs, and what is reached (In re W. States; Schwarzenegger; Burger King)."""
from casebuilder import FORUM_ACT, derive, holds

DIRECT_HARM = FORUM_ACT + ["act_against(act1, p1)"]
# Findings left open make a ruling that turns on them undetermined; these tests state them.
NOT_POLICY = ["national_policymaking(act1)"]
REASONABLE = NOT_POLICY + ["compelling_case_of_unreasonableness(d1, arizona)"]


def test_all_three_prongs_met_gives_specific_jurisdiction():
    d = derive(DIRECT_HARM, denied=REASONABLE)
    assert holds(d, "specific_jurisdiction(d1, arizona)")
    assert d.ruling("specific_jurisdiction/d1/arizona").outcome == "holds"


def test_a_defendant_who_does_not_contest_jurisdiction_gets_no_ruling():
    d = derive([f for f in DIRECT_HARM if not f.startswith("moved_to_dismiss")])
    assert not [r for r in d.rulings if r.question.id == "specific_jurisdiction"]


def test_no_jurisdiction_without_a_long_arm_reaching_due_process():
    d = derive(DIRECT_HARM, forum="nowhere")
    assert not holds(d, "specific_jurisdiction(d1, nowhere)")


def test_prong_one_fails_without_a_purposeful_contact_and_prongs_two_and_three_are_not_reached():
    d = derive(["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"])
    assert d.ruling("purposefully_directed_or_availed/d1/arizona").outcome == "fails"
    assert d.ruling("arises_out_of/d1/arizona").outcome == "not_reached"
    assert d.ruling("reasonable_exercise/d1/arizona").outcome == "not_reached"
    assert d.ruling("specific_jurisdiction/d1/arizona").element == "purposefully_directed_or_availed"


def test_prong_two_fails_without_a_but_for_link_and_prong_three_is_not_reached():
    d = derive(FORUM_ACT, denied=NOT_POLICY)
    assert d.ruling("purposefully_directed_or_availed/d1/arizona").outcome == "holds"
    assert d.ruling("arises_out_of/d1/arizona").outcome == "fails"
    assert d.ruling("reasonable_exercise/d1/arizona").outcome == "not_reached"
    assert d.ruling("specific_jurisdiction/d1/arizona").element == "arises_out_of"


def test_a_compelling_case_of_unreasonableness_defeats_jurisdiction_after_prongs_one_and_two():
    d = derive(DIRECT_HARM, findings=["compelling_case_of_unreasonableness(d1, arizona)"], denied=NOT_POLICY)
    assert d.ruling("reasonable_exercise/d1/arizona").outcome == "fails"
    assert d.ruling("specific_jurisdiction/d1/arizona").element == "reasonable_exercise"


def test_the_effects_test_counts_only_in_a_circuit_that_applies_it():
    # conduct directed at a region including the forum, not in the forum: only Calder can reach it
    facts = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "ordered(d1, officer, act1)",
             "agent_located_in(officer, arizona)", "act_against(act1, p1)", "intentional_act(act1)",
             "pleaded_in_complaint(act1)"]
    assert holds(derive(facts), "purposefully_directed_or_availed(d1, arizona)")
    assert not holds(derive(facts, circuit="first"), "purposefully_directed_or_availed(d1, arizona)")


# -- tort claims take the effects test (Schwarzenegger, 374 F.3d at 802; Pebble Beach, 453 F.3d at 1155-56) --

def test_where_the_claims_sound_in_tort_a_contact_of_availment_alone_does_not_meet_prong_one():

    facts = [f for f in FORUM_ACT if f != "aimed_at_plaintiff_class(act1)"] + ["claims_sound_in_tort(d1)"]
    d = derive(facts)
    assert holds(d, "purposeful_availment_act(d1, act1, arizona)")
    assert holds(d, "effects_test_governs(d1, arizona)")
    assert not holds(d, "purposefully_directed_or_availed(d1, arizona)")


def test_without_tort_claims_stated_a_contact_of_availment_meets_prong_one():

    d = derive([f for f in FORUM_ACT if f != "aimed_at_plaintiff_class(act1)"])
    assert holds(d, "purposefully_directed_or_availed(d1, arizona)")


def test_tort_claims_met_by_purposeful_direction_still_meet_prong_one():

    d = derive(list(FORUM_ACT) + ["claims_sound_in_tort(d1)"])
    assert holds(d, "purposefully_directed_or_availed(d1, arizona)")


def test_a_circuit_without_the_effects_test_keeps_availment_for_tort_claims():

    facts = [f.replace("arizona", "massachusetts") for f in FORUM_ACT] + ["claims_sound_in_tort(d1)"]
    d = derive(facts, circuit="first", forum="massachusetts")
    assert not holds(d, "effects_test_governs(d1, massachusetts)")
    assert holds(d, "purposefully_directed_or_availed(d1, massachusetts)")
