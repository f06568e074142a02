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


ARGUED = MOVED + ["argued_general_jurisdiction(d1)"]


def _general(facts, **kw):
    return derive(ARGUED + facts, **kw).ruling("general_jurisdiction/d1/arizona").outcome


def test_a_corporation_is_at_home_where_it_is_incorporated_goodyear():
    assert _general(["incorporated_in(d1, arizona)"], denied=["exceptional_case_at_home(d1)"]) == "holds"


def test_a_corporation_incorporated_elsewhere_is_not_at_home_by_incorporation():
    assert _general(["incorporated_in(d1, texas)"], denied=["exceptional_case_at_home(d1)"]) == "fails"


def test_a_corporation_is_at_home_where_its_principal_place_of_business_is_daimler():
    assert _general(["principal_place_of_business_in(d1, arizona)"], denied=["exceptional_case_at_home(d1)"]) == "holds"


def test_a_principal_place_of_business_elsewhere_is_not_home_in_the_forum():
    assert _general(["principal_place_of_business_in(d1, texas)"], denied=["exceptional_case_at_home(d1)"]) == "fails"


def test_substantial_business_in_the_forum_alone_is_not_home_daimler():
    d = derive(ARGUED + ["substantial_business_in(d1, arizona)", "incorporated_in(d1, texas)"],
               denied=["exceptional_case_at_home(d1)"])
    assert d.ruling("general_jurisdiction/d1/arizona").outcome == "fails"
    assert "general_jurisdiction.substantial_sales_alone" in {lim.id for lim in d.book.limits_on("general_jurisdiction")}


def test_the_exceptional_case_finding_makes_a_corporation_at_home_elsewhere():
    assert _general(["incorporated_in(d1, texas)"], findings=["exceptional_case_at_home(d1)"]) == "holds"


def test_an_argued_and_open_exceptional_case_finding_leaves_general_jurisdiction_undetermined():
    assert _general(["incorporated_in(d1, texas)"], open=["exceptional_case_at_home(d1)"]) == "undetermined"


def test_an_exceptional_case_nobody_argued_is_not_made():
    assert _general(["incorporated_in(d1, texas)"]) == "fails"


def test_the_exceptional_case_is_not_in_play_for_an_individual():
    assert _general(["domiciled_in(d1, texas)"]) == "fails"


REGISTERED = ["registered_to_do_business_in(d1, pennsylvania)"]


def test_registering_under_a_consent_statute_is_consent_to_general_jurisdiction_mallory():
    d = derive([f.replace("arizona", "pennsylvania") for f in ARGUED] + REGISTERED, forum="pennsylvania",
               circuit="third", denied=["exceptional_case_at_home(d1)"])
    assert d.ruling("general_jurisdiction/d1/pennsylvania").outcome == "holds"


def test_registering_where_the_statute_exacts_no_consent_is_not_consent():
    d = derive(ARGUED + ["registered_to_do_business_in(d1, arizona)"], denied=["exceptional_case_at_home(d1)"])
    assert d.ruling("general_jurisdiction/d1/arizona").outcome == "fails"


def test_registering_in_another_state_is_not_consent_in_the_forum():
    d = derive(ARGUED + REGISTERED, denied=["exceptional_case_at_home(d1)"])
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
