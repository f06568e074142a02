"""Express aiming: own forum conduct, conduct directed at the forum, a direct command
(Ibrahim, Soler); the national-policymaking exception (Doe v. Am. Nat'l Red Cross,
Oksner); the limits of Walden and al-Kidd."""
from casebuilder import derive, holds
from lexcheck.engine.syntax import parse_atom

BASE = ["performed(d1, act1)"]
OFFICIAL = ["federal_officer(d1)"]


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
    facts = BASE + OFFICIAL + ["directed_at_region(act1, southern_border)", "region_includes(southern_border, arizona)",
                    "took_place_in(act1, arizona)"]
    d = derive(facts, findings=["national_policymaking(act1)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_denied_policymaking_finding_leaves_aiming_intact():
    d = derive(BASE + OFFICIAL + ["took_place_in(act1, arizona)"], denied=["national_policymaking(act1)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_private_defendants_act_is_never_national_policymaking_even_if_the_finding_is_made():
    d = derive(BASE + ["took_place_in(act1, arizona)"], findings=["national_policymaking(act1)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")
    assert not holds(d, "national_policymaking_exception(act1)")


def test_a_private_defendants_act_needs_no_finding_on_national_policymaking():
    d = derive(BASE + ["took_place_in(act1, arizona)"])
    assert d.bounds.value("expressly_aimed", ("d1", "act1", "arizona")) is True


def test_an_official_who_served_in_an_agency_is_within_the_exception():
    d = derive(BASE + ["member_of_agency(d1, faa)", "took_place_in(act1, arizona)"],
               findings=["national_policymaking(act1)"])
    assert holds(d, "national_policymaking_exception(act1)")
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_the_exception_needs_the_policymaking_finding_even_for_an_official():
    d = derive(BASE + OFFICIAL + ["took_place_in(act1, arizona)"], denied=["national_policymaking(act1)"])
    assert not holds(d, "national_policymaking_exception(act1)")


# -- Calder's focal point ----------------------------------------------------------------
CALDER = BASE + ["intentional_act(act1)", "act_against(act1, p1)",
                 "concerned_forum_activities_of(act1, p1, arizona)", "harm_felt_in(p1, arizona)"]


def test_an_intentional_tort_focused_on_a_residents_forum_life_whose_brunt_is_felt_there_is_aimed_at_the_forum():
    assert holds(derive(CALDER), "expressly_aimed(d1, act1, arizona)")


def test_calder_needs_an_intentional_act():
    assert not holds(derive([f for f in CALDER if f != "intentional_act(act1)"]), "expressly_aimed(d1, act1, arizona)")


def test_calder_needs_the_act_to_be_against_the_plaintiff():
    assert not holds(derive([f for f in CALDER if f != "act_against(act1, p1)"]), "expressly_aimed(d1, act1, arizona)")


def test_calder_needs_the_plaintiffs_forum_life_as_the_subject():
    facts = [f for f in CALDER if not f.startswith("concerned_forum")] + ["concerned_forum_activities_of(act1, p1, texas)"]
    assert not holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


def test_calder_needs_the_brunt_of_the_harm_felt_in_the_forum():
    facts = [f for f in CALDER if not f.startswith("harm_felt_in")]
    assert not holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


def test_calder_needs_the_actor_to_be_the_defendant():
    facts = [f for f in CALDER if f != "performed(d1, act1)"]
    assert not holds(derive(facts), "expressly_aimed(d1, act1, arizona)")


# -- Keeton's regular circulation ----------------------------------------------------------
def test_regular_circulation_in_the_forum_is_aimed_at_it():
    assert holds(derive(BASE + ["regularly_circulated_in(act1, arizona)"]), "expressly_aimed(d1, act1, arizona)")


def test_regular_circulation_elsewhere_is_not_aimed_at_the_forum():
    assert not holds(derive(BASE + ["regularly_circulated_in(act1, texas)"]), "expressly_aimed(d1, act1, arizona)")


def test_circulation_by_someone_else_is_not_the_defendants_aiming():
    assert not holds(derive(["regularly_circulated_in(act1, arizona)"]), "expressly_aimed(d1, act1, arizona)")


# -- internet content: Mavrix's something more; Briskin's knowing reach --------------------
def test_internet_content_exploiting_the_forum_market_is_aimed_at_it():
    d = derive(BASE + ["internet_content(act1)"], findings=["forum_market_exploited(act1)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_website_merely_reachable_in_the_forum_is_not_aimed_at_it():
    d = derive(BASE + ["internet_content(act1)"], denied=["forum_market_exploited(act1)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")
    assert "express_aiming.website_accessible_in_forum" in {lim.id for lim in d.book.limits_on("expressly_aimed")}


def test_something_more_counts_only_for_internet_content():
    d = derive(BASE, findings=["forum_market_exploited(act1)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_knowingly_reaching_a_device_known_to_be_in_the_forum_is_aimed_at_it():
    d = derive(BASE + ["intentional_act(act1)", "knowingly_reached_into(act1, arizona)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_knowing_reach_needs_an_intentional_act():
    assert not holds(derive(BASE + ["knowingly_reached_into(act1, arizona)"]), "expressly_aimed(d1, act1, arizona)")


def test_knowing_reach_into_another_state_is_not_aimed_at_the_forum():
    d = derive(BASE + ["intentional_act(act1)", "knowingly_reached_into(act1, texas)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_an_officials_national_policymaking_defeats_the_new_routes_too():
    d = derive(BASE + OFFICIAL + ["regularly_circulated_in(act1, arizona)"], findings=["national_policymaking(act1)"])
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


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


# -- litigation centred elsewhere (Morrill, 873 F.3d at 1143-49) ---------------------------

LITIGATION_STEP = BASE + ["took_place_in(act1, arizona)", "step_in_proceeding(act1, suit1)"]


def test_a_forum_step_in_a_proceeding_pending_elsewhere_is_not_aimed_at_the_forum_morrill():
    d = derive(LITIGATION_STEP + ["proceeding_pending_in(suit1, nevada)"])
    assert holds(d, "litigation_elsewhere_exception(act1, arizona)")
    assert not holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_step_in_a_proceeding_pending_in_the_forum_itself_stays_aimed_at_it():
    d = derive(LITIGATION_STEP + ["proceeding_pending_in(suit1, arizona)"])
    assert not holds(d, "litigation_elsewhere_exception(act1, arizona)")
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_forum_conduct_that_is_no_step_in_a_proceeding_stays_aimed_at_the_forum():
    d = derive(BASE + ["took_place_in(act1, arizona)", "proceeding_pending_in(suit1, nevada)"])
    assert holds(d, "expressly_aimed(d1, act1, arizona)")


def test_a_forum_step_in_litigation_elsewhere_is_not_purposeful_availment_either():
    facts = BASE + ["took_place_in(act1, arizona)", "intentional_act(act1)", "pleaded_in_complaint(act1)",
                    "step_in_proceeding(act1, suit1)", "proceeding_pending_in(suit1, nevada)"]
    assert not holds(derive(facts), "purposeful_availment_act(d1, act1, arizona)")
    assert holds(derive(facts[:-2]), "purposeful_availment_act(d1, act1, arizona)")


# -- individualized targeting, before Walden (Bancroft, 223 F.3d at 1087; Myers, 238 F.3d at 1074) ----

from casebuilder import case_data  # noqa: E402
from lexcheck.engine import law_in_force  # noqa: E402
from lexcheck.engine.api import rulebook  # noqa: E402
from lexcheck.engine.casefile import load_case_data  # noqa: E402
from lexcheck.engine.rulings import run  # noqa: E402

TARGETING = BASE + ["intentional_act(act1)", "act_against(act1, p1)", "knew_located_in_when_acting(act1, p1, arizona)"]


def derive_on(facts, decided, circuit="ninth", forum="arizona", court=None):
    book = rulebook()
    data = case_data(facts, circuit=circuit, forum=forum)
    data["case"]["decided"] = decided
    if court:
        data["case"]["court"] = court
    return run(book, load_case_data(data, book.vocabulary, "<synthetic>"))


def test_before_walden_conduct_targeted_at_a_plaintiff_known_to_live_in_the_forum_was_aimed_at_it_bancroft():
    assert holds(derive_on(TARGETING, "2005-06-01"), "expressly_aimed(d1, act1, arizona)")


def test_walden_abrogates_individualized_targeting_from_its_date():
    assert not holds(derive_on(TARGETING, "2015-06-01"), "expressly_aimed(d1, act1, arizona)")
    book = rulebook()
    status = law_in_force.status(book, book.rule("express_aiming.individualized_targeting"),
                                 law_in_force.forum_of(book.courts, {"court": "D. Ariz.", "circuit": "ninth",
                                                                     "decided": "2014-03-01"}))
    assert not status.in_force and status.ended_by == "express_aiming.knowing_where_the_plaintiff_is_alone"


def test_individualized_targeting_needs_the_knowledge_when_acting():
    facts = [f for f in TARGETING if not f.startswith("knew_located_in_when_acting")]
    assert not holds(derive_on(facts + ["knew_located_in(d1, p1, arizona)"], "2005-06-01"),
                     "expressly_aimed(d1, act1, arizona)")


def test_individualized_targeting_needs_an_act_against_the_plaintiff():
    facts = [f for f in TARGETING if not f.startswith("act_against")]
    assert not holds(derive_on(facts, "2005-06-01"), "expressly_aimed(d1, act1, arizona)")


def test_individualized_targeting_was_the_ninth_circuits_rule_only():
    facts = [f.replace("arizona", "massachusetts") for f in TARGETING]
    assert not holds(derive_on(facts, "2005-06-01", circuit="first", forum="massachusetts"),
                     "expressly_aimed(d1, act1, massachusetts)")
