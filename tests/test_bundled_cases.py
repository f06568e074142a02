"""The bundled cases reproduce the courts' rulings: personal jurisdiction, the merits and the disposition."""
import pytest
from lexcheck.engine.rulings import verify

HHS_ORR = {"azar", "wynne", "lloyd"}


@pytest.mark.parametrize("name", ["aiil", "ko_mass", "ko_ice"])
def test_every_recorded_ruling_is_reproduced(name, request):
    d = request.getfixturevalue(name)
    results = verify(d)
    assert results and all(c.ok for c in results), [c.problems for c in results if not c.ok]


def test_aiil_has_a_ruling_for_each_of_the_fifteen_defendants_and_the_discovery_request(aiil):
    pj = [r for r in aiil.rulings if r.question.id == "specific_jurisdiction"]
    assert len(pj) == 15 and all(r.outcome == "fails" for r in pj)
    assert aiil.ruling("jurisdictional_discovery/arizona").label == "denied"


def test_only_the_hhs_orr_defendants_meet_prong_one_in_aiil(aiil):
    met = {r.atom.args[0] for r in aiil.rulings if r.question.id == "prong_one" and r.outcome == "holds"}
    assert met == HHS_ORR


def test_the_but_for_analysis_names_each_childs_own_reason(aiil):
    from lexcheck.engine.syntax import parse_atom
    ex = aiil.explainer
    reasons = {child: ex._reason(ex.refute(parse_atom(f"but_for_cause(tender_age_facility_licensing, {child})")))
               for child in ("keoh", "jahi", "mehi", "blsp", "aepf", "dsvh")}
    assert reasons["dsvh"][0] == "existing_capacity_exception"          # facilities already existed
    assert reasons["keoh"] == ("comparison", "not so: 13 <= 12")         # not of tender age
    for child in ("jahi", "mehi", "blsp", "aepf"):                       # not held long-term in Arizona
        assert reasons[child][0] == "custodial_placement_in", child


def test_the_arizona_visits_are_not_considered_because_only_a_brief_asserts_them(aiil):
    assert not aiil.model.holds("accepted_as_true", ("arizona_visit_sessions",))
    assert not aiil.model.holds("forum_related_act", ("sessions", "arizona_visit_sessions", "arizona"))


def test_biliack_reproduces_jurisdiction_over_both_employees_by_purposeful_direction(book):
    from lexcheck.engine.api import derive_case, open_case
    d = derive_case(open_case("biliack-v-paul-revere", book), book)
    assert [(c.recorded.atom.args[0], c.ok) for c in verify(d)] == [("tennessee_employee", True),
                                                                    ("massachusetts_employee", True)]
    for employee, act in (("tennessee_employee", "contacts_from_tennessee"),
                          ("massachusetts_employee", "contacts_from_massachusetts")):
        assert d.model.holds("purposeful_direction_act", (employee, act, "arizona"))
        assert not d.model.holds("purposeful_availment_act", (employee, act, "arizona"))


def test_biliack_needs_the_communications_rule(book):
    from lexcheck.engine.api import derive_case, open_case
    knocked_out = book.without("express_aiming.communication_into_forum")
    d = derive_case(open_case("biliack-v-paul-revere", book), knocked_out)
    assert [c.derived.outcome for c in verify(d)] == ["fails", "fails"]
