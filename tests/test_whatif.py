"""What-if and flips on both bundled cases; every reported flip is re-derived here."""
import pytest

from lexcheck.engine import api, whatif
from lexcheck.engine.casefile import Fact
from lexcheck.engine.rulings import run
from lexcheck.engine.syntax import parse_atom

EXISTED = "tender_age_facilities_existed_before(tender_age_facility_licensing, arizona)"


def test_dropping_the_existing_facilities_meets_prong_two_for_lloyd_and_prong_three_follows(aiil):
    d2, changed = whatif.what_if(aiil.book, aiil, api.changes(aiil, drop=[EXISTED]))
    moves = {c.id: (c.old.outcome, c.new.outcome) for c in changed}
    for who in ("azar", "wynne", "lloyd"):
        assert moves[f"arises_out_of/{who}/arizona"] == ("fails", "holds")
        # prong 3 is now reached; no defendant argued a compelling case of unreasonableness (their burden)
        assert moves[f"reasonable_exercise/{who}/arizona"] == ("not_reached", "holds")
        assert moves[f"specific_jurisdiction/{who}/arizona"] == ("fails", "holds")
    assert "specific_jurisdiction/sessions/arizona" not in moves       # only the rulings that changed


def test_had_lloyd_argued_unreasonableness_and_the_court_left_it_open_jurisdiction_would_be_undetermined(aiil):
    unreasonable = "compelling_case_of_unreasonableness(lloyd, arizona)"
    d2, _ = whatif.what_if(aiil.book, aiil, api.changes(aiil, drop=[EXISTED]))
    argued = d2.case.with_changes(add=[Fact(parse_atom(unreasonable), "finding", "what-if", "open")])
    d3 = run(aiil.book, argued)
    assert d3.ruling("specific_jurisdiction/lloyd/arizona").outcome == "undetermined"
    assert d3.ruling("specific_jurisdiction/lloyd/arizona").open == (unreasonable,)


def test_a_direct_order_to_the_massachusetts_personnel_makes_the_contact_sessions_own_in_ko(ko_mass):
    contact = "ordered(sessions, unidentified_personnel, calls_and_correspondence_with_eo)"
    _, changed = whatif.what_if(ko_mass.book, ko_mass, api.changes(ko_mass, add=[contact]))
    moves = {c.id: (c.old.outcome, c.new.outcome) for c in changed}
    # nobody argued that the calls were national policymaking: the contact is sessions's own
    assert moves["purposefully_directed_or_availed/sessions/massachusetts"] == ("fails", "holds")
    _, changed = whatif.what_if(ko_mass.book, ko_mass, api.changes(
        ko_mass, add=[contact], deny=["national_policymaking(calls_and_correspondence_with_eo)"]))
    moves = {c.id: (c.old.outcome, c.new.outcome) for c in changed}
    assert moves["purposefully_directed_or_availed/sessions/massachusetts"] == ("fails", "holds")
    assert all(rid.split("/")[1] == "sessions" or rid.startswith("jurisdictional_discovery") for rid in moves)


@pytest.mark.parametrize("kw, message", [
    (dict(add=["tender_age(dsvh)"]), "is derived: conclusions are derived, not stated"),
    (dict(add=["__import__('os')"]), "cannot parse"),
    (dict(drop=["took_place_in(nothing, arizona)"]), "the case file does not state it"),
    (dict(add=["performed(nobody, x)"]), "not a declared party"),
    (dict(deny=["performed(lloyd, x)"]), "only a finding can be denied"),
    (dict(add=[EXISTED]), "already states it"),
    (dict(drop=[EXISTED, EXISTED]), "two changes name the same"),
])
def test_a_bad_change_is_refused_with_its_reason(aiil, kw, message):
    with pytest.raises(api.UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        api.changes(aiil, **kw)


def _reverify(d, search, rid):
    """Apply each reported change set to the case file and derive it from scratch."""
    for f in search.flips:
        got = run(d.book, whatif.apply(d.book, d.case, f.changes)).ruling(rid).outcome
        assert got == f.new != f.old, [str(c) for c in f.changes]


def test_the_smallest_flip_for_lloyd_is_dsvhs_but_for_link(aiil):
    rid = "specific_jurisdiction/lloyd/arizona"
    # every one- and two-change set is tried (the rule book has grown past the default budget for this case)
    search = whatif.flips(aiil.book, aiil, rid, max_changes=2, budget=5000)
    assert not search.cut_short and search.tried > 0
    first = search.flips[0]
    assert [(c.op, str(c.atom)) for c in first.changes] == [("drop", EXISTED)]
    # nobody argued a compelling case of unreasonableness: with the but-for link, jurisdiction holds
    assert (first.old, first.new) == ("fails", "holds")
    sizes = [f.size for f in search.flips]
    assert sizes == sorted(sizes)
    _reverify(aiil, search, rid)


def test_flips_for_sessions_prong_one_in_ko_are_verified(ko_mass):
    rid = "purposefully_directed_or_availed/sessions/massachusetts"
    search = whatif.flips(ko_mass.book, ko_mass, rid, max_changes=2)
    assert search.flips and not search.cut_short
    assert any(f.new == "holds" for f in search.flips)
    _reverify(ko_mass, search, rid)


def test_sessions_would_need_a_pleaded_arizona_contact_and_no_policymaking_finding(aiil):
    rid = "purposefully_directed_or_availed/sessions/arizona"
    search = whatif.flips(aiil.book, aiil, rid, max_changes=2)
    assert {frozenset((c.op, str(c.atom)) for c in f.changes) for f in search.flips} == {
        frozenset({("add", "pleaded_in_complaint(arizona_visit_sessions)"),
                   ("deny", "national_policymaking(arizona_visit_sessions)")}),
        frozenset({("add", "took_place_in(separation_policy_planning, arizona)"),
                   ("deny", "national_policymaking(separation_policy_planning)")})}
    _reverify(aiil, search, rid)


def test_flips_are_minimal_for_the_outcome_they_reach(aiil):
    search = whatif.flips(aiil.book, aiil, "purposefully_directed_or_availed/sessions/arizona", max_changes=2)
    assert search.flips
    found = [(frozenset((c.op, str(c.atom)) for c in f.changes), f.new) for f in search.flips]
    for s, o in found:
        assert not any(t < s and p == o for t, p in found)


def test_a_search_out_of_budget_says_it_was_cut_short(aiil):
    search = whatif.flips(aiil.book, aiil, "specific_jurisdiction/lloyd/arizona", max_changes=2, budget=5)
    assert search.cut_short and search.tried == 5
