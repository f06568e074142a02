"""Calder's effects test: intentional act, express aiming, knowledge (Schwarzenegger, 374 F.3d at 803)."""
import pytest
from casebuilder import FORUM_ACT, derive, holds


def test_all_three_calder_elements_make_purposeful_direction():
    assert holds(derive(FORUM_ACT), "purposeful_direction_act(d1, act1, arizona)")


@pytest.mark.parametrize("missing", ["intentional_act(act1)", "took_place_in(act1, arizona)",
                                     "aimed_at_plaintiff_class(act1)", "performed(d1, act1)",
                                     "pleaded_in_complaint(act1)"])
def test_each_missing_element_defeats_purposeful_direction(missing):
    d = derive([f for f in FORUM_ACT if f != missing])
    assert not holds(d, "purposeful_direction_act(d1, act1, arizona)")


def test_knowledge_of_likely_forum_harm_follows_a_direct_command_about_a_plaintiff():
    facts = ["ordered(d1, officer, act1)", "agent_located_in(officer, arizona)", "act_against(act1, p1)"]
    assert holds(derive(facts), "knows_harm_likely_in(d1, act1, arizona)")


def test_the_ninth_circuit_applies_the_effects_test_in_tort_cases():
    assert holds(derive([]), "circuit_applies_effects_test(ninth)")
    assert not holds(derive([]), "circuit_applies_effects_test(first)")


def test_acting_against_a_plaintiff_known_to_be_in_the_forum_is_knowing_the_harm_will_be_felt_there_calder():
    facts = ["performed(d1, calls)", "act_against(calls, p1)", "knew_located_in(d1, p1, arizona)"]
    assert holds(derive(facts), "knows_harm_likely_in(d1, calls, arizona)")


def test_knowing_the_plaintiff_is_elsewhere_is_not_knowing_the_harm_will_be_felt_in_the_forum():
    facts = ["performed(d1, calls)", "act_against(calls, p1)", "knew_located_in(d1, p1, texas)"]
    assert not holds(derive(facts), "knows_harm_likely_in(d1, calls, arizona)")


def test_calls_into_the_forum_against_a_plaintiff_known_to_be_there_give_specific_jurisdiction():
    facts = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "performed(d1, calls)",
             "intentional_act(calls)", "pleaded_in_complaint(calls)", "took_place_in(calls, tennessee)",
             "communicated_with(calls, doctors)", "located_in(doctors, arizona)", "act_against(calls, p1)",
             "knew_located_in(d1, p1, arizona)"]
    d = derive(facts)
    assert holds(d, "purposeful_direction_act(d1, calls, arizona)")
    assert not holds(d, "purposeful_availment_act(d1, calls, arizona)")  # the calls took place in Tennessee
    assert holds(d, "specific_jurisdiction(d1, arizona)")


# -- knowledge from the plaintiff's forum market (Mavrix, 647 F.3d at 1231-32) --------------

MARKET = ["performed(d1, act1)", "intentional_act(act1)", "act_against(act1, p1)",
          "interest_valued_in_market_of(p1, arizona)"]


def test_an_intentional_act_against_an_interest_valued_in_the_forums_market_is_known_to_harm_there_mavrix():
    assert holds(derive(MARKET), "knows_harm_likely_in(d1, act1, arizona)")


@pytest.mark.parametrize("missing", MARKET)
def test_without_each_element_the_forum_market_gives_no_knowledge_of_forum_harm(missing):
    d = derive([f for f in MARKET if f != missing])
    assert not holds(d, "knows_harm_likely_in(d1, act1, arizona)")


def test_an_interest_valued_in_another_states_market_gives_no_knowledge_of_harm_in_the_forum():
    d = derive([f.replace("p1, arizona", "p1, texas") for f in MARKET])
    assert not holds(d, "knows_harm_likely_in(d1, act1, arizona)")
