"""Express aiming: own forum conduct, conduct directed at the forum, a direct command
(Ibrahim, Soler); the national-policymaking exception (Doe v. Am. Nat'l Red Cross,
Oksner); the limits of Walden and al-Kidd."""
from casebuilder import derive, holds
from lexcheck.engine.syntax import parse_atom

BASE = ["performed(d1, act1)"]


def test_a_defendants_own_conduct_in_the_forum_is_aimed_at_it():
    assert holds(derive(BASE + ["took_place_in(act1, arizona)"]), "expressly_aimed(d1, act1, arizona)")


def test_conduct_elsewhere_is_not_aimed_at_the_forum():
    assert not holds(derive(BASE + ["took_place_in(act1, texas)"]), "expressly_aimed(d1, act1, arizona)")


def test_conduct_directed_at_a_region_including_the_forum_is_aimed_at_it():
    d = derive(BASE + ["directed_at_region(act1, southern_border)", "region_includes(southern_border, arizona)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_conduct_directed_at_a_region_without_the_forum_is_not_aimed_at_it():
    d = derive(BASE + ["directed_at_region(act1, southern_border)", "region_includes(southern_border, texas)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_national_policymaking_is_not_express_aiming_even_when_directed_at_the_forum():
    facts = BASE + ["directed_at_region(act1, southern_border)", "region_includes(southern_border, arizona)",
                    "took_place_in(act1, arizona)"]
    d = derive(facts, findings=["national_policymaking(act1)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_denied_policymaking_finding_leaves_aiming_intact():
    d = derive(BASE + ["took_place_in(act1, arizona)"], denied=["national_policymaking(act1)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_direct_command_to_a_forum_actor_against_a_plaintiff_is_aimed_at_the_forum():
    facts = ["ordered(d1, officer, act1)", "agent_located_in(officer, arizona)", "act_against(act1, p1)"]
    assert holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


def test_a_command_to_an_actor_outside_the_forum_is_not_aimed_at_it():
    facts = ["ordered(d1, officer, act1)", "agent_located_in(officer, texas)", "act_against(act1, p1)"]
    assert not holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


def test_a_command_about_no_specific_plaintiff_is_not_aimed_at_the_forum():
    facts = ["ordered(d1, officer, act1)", "agent_located_in(officer, arizona)"]
    assert not holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


def test_a_direct_command_is_aimed_even_if_it_carries_out_national_policy():
    facts = ["ordered(d1, officer, act1)", "agent_located_in(officer, arizona)", "act_against(act1, p1)"]
    assert holds(derive(facts, findings=["national_policymaking(act1)"]), "expressly_aimed(d1, act1, arizona)")


def test_harm_felt_in_the_forum_never_makes_express_aiming_walden():
    d = derive(BASE + ["harm_felt_in(p1, arizona)", "took_place_in(act1, texas)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")
    node = d.explainer.refute(parse_atom("expressly_aimed(d1, act1, arizona)"))
    assert any(c.kind == "limit" and c.limit.id == "express_aiming.walden_plaintiff_connections"
               for c in node.children)


def test_a_supervisory_position_never_makes_express_aiming_al_kidd():
    d = derive(BASE + ["supervisory_position(d1, agency)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


# -- communications sent into the forum (Calder; Walden, 571 U.S. at 287; Biliack) --

CALLS = ["performed(d1, calls)", "communicated_with(calls, doctors)", "located_in(doctors, arizona)",
         "act_against(calls, p1)"]


def test_communications_to_people_in_the_forum_against_a_specific_plaintiff_are_aimed_at_it():
    assert holds(derive(CALLS), "expressly_aimed(d1, calls, arizona)")


def test_communications_to_people_outside_the_forum_are_not_aimed_at_it():
    d = derive([f for f in CALLS if not f.startswith("located_in")] + ["located_in(doctors, texas)"])
    assert not holds(d, "expressly_aimed(d1, calls, arizona)")


def test_communications_into_the_forum_about_no_specific_plaintiff_are_not_aimed_at_it():
    assert not holds(derive(CALLS[:3]), "expressly_aimed(d1, calls, arizona)")


def test_someone_elses_communications_are_not_the_defendants_aim():
    assert not holds(derive(CALLS[1:]), "expressly_aimed(d1, calls, arizona)")


def test_knowing_the_plaintiff_is_in_the_forum_never_makes_express_aiming_walden():
    d = derive(["performed(d1, calls)", "act_against(calls, p1)", "knew_located_in(d1, p1, arizona)",
                "took_place_in(calls, texas)"])
    assert not holds(d, "expressly_aimed(d1, calls, arizona)")
    node = d.explainer.refute(parse_atom("expressly_aimed(d1, calls, arizona)"))
    assert any(c.kind == "limit" and c.limit.id == "express_aiming.knowing_where_the_plaintiff_is_alone"
               for c in node.children)
