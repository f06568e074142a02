"""The forum's long-arm law (Daimler, 571 U.S. at 125): every state, D.C. and the
territories; enumerated statutes (New York's CPLR 302(a)) need the court's finding
that an enumerated ground applies; Rule 4(k)(2) for the United States as a whole."""
from casebuilder import FORUM_ACT, derive, holds

from lexcheck.engine.api import rulebook
from lexcheck.engine.check import long_arm_forums
from lexcheck.rules.long_arm import FORUMS, STATES

THE_FIFTY = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new_hampshire", "new_jersey", "new_mexico", "new_york", "north_carolina", "north_dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode_island", "south_carolina", "south_dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west_virginia", "wisconsin", "wyoming"}
TERRITORIES = {"district_of_columbia", "puerto_rico", "guam", "virgin_islands", "northern_mariana_islands",
               "american_samoa"}


def _in(forum, facts=FORUM_ACT):
    return [f.replace("arizona", forum) for f in facts]


def test_every_state_dc_and_territory_has_exactly_one_long_arm_law_with_its_authority():
    book = rulebook()
    assert set(STATES) == THE_FIFTY | TERRITORIES
    for state in STATES:
        laws = [r for r in book.rules if r.is_law_fact and r.head.pred.startswith("long_arm_")
                and str(r.head.args[0]) == state]
        assert len(laws) == 1, state
        assert laws[0].authority and laws[0].gloss and laws[0].decided, state


def test_the_check_and_the_module_agree_on_which_forums_have_a_long_arm_law():
    assert long_arm_forums(rulebook()) == set(FORUMS)


def test_a_state_reaching_due_process_authorizes_jurisdiction_without_a_finding():
    assert holds(derive(_in("texas"), forum="texas"), "long_arm_authorizes(d1, texas)")


def test_an_enumerated_statute_authorizes_jurisdiction_when_an_enumerated_ground_is_found():
    d = derive(_in("new_york"), forum="new_york", circuit="second",
               findings=["within_enumerated_long_arm_ground(d1, new_york)"])
    assert holds(d, "long_arm_authorizes(d1, new_york)")


def test_an_enumerated_statute_does_not_authorize_jurisdiction_when_no_enumerated_ground_applies():
    d = derive(_in("new_york"), forum="new_york", circuit="second",
               denied=["within_enumerated_long_arm_ground(d1, new_york)"])
    assert not holds(d, "long_arm_authorizes(d1, new_york)")
    assert d.ruling("specific_jurisdiction/d1/new_york").element == "long_arm_authorizes"


def test_the_new_york_law_says_how_it_falls_short_of_due_process():
    ny = rulebook().rule("long_arm.new_york")
    assert ny.head.pred == "long_arm_enumerated" and "CPLR 302(a)" in ny.authority + ny.gloss


def test_a_long_arm_law_authorizes_nothing_for_a_defendant_who_does_not_contest_jurisdiction():
    d = derive([f for f in _in("texas") if not f.startswith("moved_to")], forum="texas")
    assert not holds(d, "long_arm_authorizes(d1, texas)")


FEDERAL = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "claims_arise_under_federal_law(d1)"]


def test_rule_4k2_reaches_a_defendant_on_a_federal_claim_who_names_no_state_where_he_can_be_sued():
    assert holds(derive(FEDERAL, forum="united_states"), "long_arm_authorizes(d1, united_states)")


def test_rule_4k2_needs_a_claim_under_federal_law():
    d = derive(FEDERAL[:1], forum="united_states")
    assert not holds(d, "long_arm_authorizes(d1, united_states)")


def test_rule_4k2_fails_when_the_defendant_names_a_state_where_he_can_be_sued():
    d = derive(FEDERAL + ["named_state_where_suable(d1, new_york)"], forum="united_states")
    assert not holds(d, "long_arm_authorizes(d1, united_states)")


def test_rule_4k2_is_for_the_united_states_as_forum_only():
    assert not holds(derive(FEDERAL, forum="nowhere"), "long_arm_authorizes(d1, nowhere)")


def test_every_district_courts_state_is_a_forum_the_rule_book_gives_a_long_arm_law():
    # one spelling per place: a court declared in a state the long-arm law names otherwise could never
    # find specific jurisdiction in its own forum
    from lexcheck.engine.api import rulebook
    from lexcheck.engine.check import long_arm_forums
    book = rulebook()
    forums = long_arm_forums(book)
    missing = sorted((c.id, c.state) for c in book.courts if c.state and c.state not in forums)
    assert not missing, missing
