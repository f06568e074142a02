"""General jurisdiction only when argued; jurisdictional discovery (Boschetto; Pebble Beach)."""
from casebuilder import FORUM_ACT, derive, holds

MOVED = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"]


def test_general_jurisdiction_is_not_reached_when_not_argued():
    d = derive(MOVED + ["domiciled_in(d1, arizona)"])
    assert d.ruling("general_jurisdiction/d1/arizona").outcome == "not_reached"


def test_general_jurisdiction_lies_where_an_argued_defendant_is_domiciled():
    d = derive(MOVED + ["argued_general_jurisdiction(d1)", "domiciled_in(d1, arizona)"])
    assert d.ruling("general_jurisdiction/d1/arizona").outcome == "holds"


def test_general_jurisdiction_fails_for_a_defendant_domiciled_elsewhere():
    d = derive(MOVED + ["argued_general_jurisdiction(d1)", "domiciled_in(d1, texas)"])
    assert d.ruling("general_jurisdiction/d1/arizona").outcome == "fails"


REQUEST = MOVED + ["requested_jurisdictional_discovery(arizona)"]


def test_discovery_is_denied_as_speculative_without_a_prima_facie_showing():
    d = derive(REQUEST)
    r = d.ruling("jurisdictional_discovery/arizona")
    assert (r.outcome, r.element) == ("fails", "discovery_speculative")


def test_discovery_is_granted_when_pertinent_facts_are_controverted():
    d = derive(REQUEST + ["pleaded_in_complaint(act1)", "contradicted_by_affidavit(act1)"])
    assert d.ruling("jurisdictional_discovery/arizona").outcome == "holds"


def test_discovery_is_granted_when_a_more_satisfactory_showing_is_needed_after_a_prima_facie_showing():
    facts = REQUEST + FORUM_ACT[1:] + ["act_against(act1, p1)"]
    assert holds(derive(facts), "prima_facie_showing_made(arizona)")
    d = derive(facts, findings=["more_satisfactory_showing_needed(arizona)"], denied=["national_policymaking(act1)"])
    assert d.ruling("jurisdictional_discovery/arizona").outcome == "holds"


def test_discovery_is_denied_when_nothing_it_could_find_would_help():
    facts = REQUEST + FORUM_ACT[1:] + ["act_against(act1, p1)"]
    r = derive(facts, denied=["national_policymaking(act1)", "more_satisfactory_showing_needed(arizona)"]
               ).ruling("jurisdictional_discovery/arizona")
    assert (r.outcome, r.element) == ("fails", "discovery_would_help")


def test_discovery_is_undetermined_while_the_court_has_not_found_whether_a_better_showing_is_needed():
    facts = REQUEST + FORUM_ACT[1:] + ["act_against(act1, p1)"]
    r = derive(facts, denied=["national_policymaking(act1)"]).ruling("jurisdictional_discovery/arizona")
    assert (r.outcome, r.open) == ("undetermined", ("more_satisfactory_showing_needed(arizona)",))
