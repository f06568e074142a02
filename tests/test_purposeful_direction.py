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
