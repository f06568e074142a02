"""Party presentation: a finding on a question nobody raised is not made, not open.

Courts decide what the parties put before them (Greenlaw v. United States, 554
U.S. 237, 243-44 (2008)); a case file says a question was argued and left
undecided with `status: open`.
"""
import types

import pytest

from casebuilder import case_data
from lexcheck.engine.api import bundled_cases, open_case
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.explain import ABSENT
from lexcheck.engine.rulebook import NOT_RAISED, RuleBook, rule
from lexcheck.engine.rulings import UNDETERMINED, run
from lexcheck.engine.syntax import Atom
from lexcheck.engine.vocabulary import FINDING, pred
from lexcheck.rules import DOCTRINES
from importlib import import_module

NEW_FINDING = "forum_contacts_were_fortuitous"


def _book_with_a_new_finding():
    """The rule book, plus one finding no case file has heard of, read by a rule
    that would defeat express aiming."""
    m = types.ModuleType("lexcheck.rules.novel")
    m.__doc__ = "A finding new to the vocabulary."
    m.PREDICATES = [pred(NEW_FINDING, "act:symbol", "{act}'s forum contacts were fortuitous", FINDING)]
    m.RULES = [rule("novel.fortuitous_contacts", f"national_policymaking_exception(A) if {NEW_FINDING}(A)",
                    authority="World-Wide Volkswagen Corp. v. Woodson, 444 U.S. 286, 295 (1980)",
                    decided="1980-01-21", court="supreme_court", gloss="Fortuitous contacts are not aimed.")]
    modules = [import_module(f"lexcheck.rules.{name}") for name in DOCTRINES] + [m]
    return RuleBook.from_modules(modules)


@pytest.fixture(scope="module")
def books():
    from lexcheck.engine.api import rulebook
    return rulebook(), _book_with_a_new_finding()


@pytest.mark.parametrize("name", sorted(bundled_cases()))
def test_adding_a_finding_to_the_vocabulary_changes_no_ruling_of_a_case_that_never_raised_it(books, name):
    base, extended = books
    before = run(base, open_case(name, base))
    after = run(extended, open_case(name, extended))
    assert {r.id: r.outcome for r in after.rulings} == {r.id: r.outcome for r in before.rulings}


def test_the_same_finding_argued_and_left_open_makes_the_rulings_that_turn_on_it_undetermined(books):
    _, extended = books
    data = case_data(facts=["performed(d1, act1)", "took_place_in(act1, arizona)", "intentional_act(act1)",
                            "pleaded_in_complaint(act1)", "aimed_at_plaintiff_class(act1)",
                            "moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"],
                     open=[f"{NEW_FINDING}(act1)"], denied=["national_policymaking(act1)"])
    d = run(extended, load_case_data(data, extended.vocabulary, "<t>"))
    assert d.ruling("purposefully_directed_or_availed/d1/arizona").outcome == UNDETERMINED


def test_a_finding_nobody_raised_is_explained_as_not_argued_with_its_authority():
    from lexcheck.engine.api import rulebook
    book = rulebook()
    data = case_data(facts=["performed(d1, act1)", "took_place_in(act1, arizona)"])
    d = run(book, load_case_data(data, book.vocabulary, "<t>"))
    node = d.explainer.refute(Atom("national_policymaking", ("act1",)))
    assert node.kind == ABSENT and node.limit is not None and node.limit.id == NOT_RAISED
    assert "not argued" in node.sentence
    assert "Greenlaw v. United States, 554 U.S. 237" in book.principles[NOT_RAISED].authority


def test_a_finding_argued_and_left_open_is_open_and_one_not_mentioned_is_not():
    from lexcheck.engine.api import rulebook
    book = rulebook()
    data = case_data(facts=["performed(d1, act1)", "took_place_in(act1, arizona)"],
                     open=["national_policymaking(act1)"])
    d = run(book, load_case_data(data, book.vocabulary, "<t>"))
    assert d.bounds.is_open("national_policymaking", ("act1",))
    assert not d.bounds.is_open("more_satisfactory_showing_needed", ("arizona",))


def test_a_request_for_discovery_puts_in_issue_whether_a_better_showing_is_needed():
    from lexcheck.engine.api import rulebook
    book = rulebook()
    asked = run(book, load_case_data(case_data(facts=["requested_jurisdictional_discovery(arizona)"]),
                                     book.vocabulary, "<t>"))
    silent = run(book, load_case_data(case_data(), book.vocabulary, "<t>"))
    assert asked.bounds.is_open("more_satisfactory_showing_needed", ("arizona",))
    assert not silent.bounds.is_open("more_satisfactory_showing_needed", ("arizona",))


def test_a_question_is_put_in_issue_by_record_facts_never_by_a_conclusion():
    from lexcheck.engine.rulebook import RuleError
    from lexcheck.engine.vocabulary import DERIVED, RECORD
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.PREDICATES = [pred("motion", "x:symbol", "{x} moved", RECORD),
                    pred("conclusion", "x:symbol", "{x} concluded", DERIVED),
                    pred("finding_x", "x:symbol", "{x} found", FINDING, raised_by="conclusion(X)")]
    m.RULES = [rule("testing.c", "conclusion(X) if motion(X)", authority="A v. B, 1 U.S. 1 (2000)",
                    decided="2000", court="supreme_court", gloss="g.")]
    from lexcheck.rules import courts
    with pytest.raises(RuleError, match="not a record fact"):
        RuleBook.from_modules([courts, m])
