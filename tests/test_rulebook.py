"""The rule book refuses what it cannot stand behind, before any case is derived."""
import types

import pytest
from lexcheck.engine.rulebook import RuleBook, RuleError, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, VocabularyError, pred

AUTH = dict(authority="Test v. Case, 1 F.4th 1, 2 (9th Cir. 2021)", decided="2021", gloss="A test rule.")


def book_with(*rules, predicates=None):
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.PREDICATES = predicates or [pred("fact_a", "x:symbol", "{x} is a", RECORD),
                                  pred("fact_b", "x:symbol", "{x} is b", RECORD),
                                  pred("conc", "x:symbol", "{x} concluded", DERIVED),
                                  pred("other", "x:symbol", "{x} other", DERIVED)]
    m.RULES = list(rules)
    return RuleBook.from_modules([m])


def test_a_well_formed_rule_is_accepted():
    assert book_with(rule("t.ok", "conc(X) if fact_a(X) and not fact_b(X)", **AUTH)).rules[0].id == "t.ok"


@pytest.mark.parametrize("missing", ["authority", "gloss", "decided"])
def test_a_rule_without_its_authority_gloss_or_date_is_refused(missing):
    with pytest.raises(RuleError, match=f"has no {missing}"):
        book_with(rule("t.bare", "conc(X) if fact_a(X)", **{**AUTH, missing: ""}))


def test_a_rule_using_an_undeclared_predicate_is_refused_with_a_suggestion():
    with pytest.raises(RuleError, match=r"rule 't.typo'.*unknown predicate 'fact_aa' \(did you mean fact_a"):
        book_with(rule("t.typo", "conc(X) if fact_aa(X)", **AUTH))


def test_a_rule_with_the_wrong_number_of_arguments_is_refused():
    with pytest.raises(RuleError, match="takes 1 arguments"):
        book_with(rule("t.arity", "conc(X) if fact_a(X, Y)", **AUTH))


def test_a_rule_concluding_a_record_fact_is_refused():
    with pytest.raises(RuleError, match="rules conclude only derived predicates"):
        book_with(rule("t.head", "fact_b(X) if fact_a(X)", **AUTH))


def test_a_head_variable_no_positive_literal_binds_is_unsafe():
    with pytest.raises(RuleError, match=r"rule 't.unsafe': unsafe: variable Y"):
        book_with(rule("t.unsafe", "conc(Y) if fact_a(X)", **AUTH))


def test_a_negated_variable_no_positive_literal_binds_is_unsafe():
    with pytest.raises(RuleError, match="unsafe: variable Y"):
        book_with(rule("t.unsafe_neg", "conc(X) if fact_a(X) and not fact_b(Y)", **AUTH))


def test_negation_through_recursion_is_refused():
    with pytest.raises(RuleError, match="negation through recursion"):
        book_with(rule("t.p", "conc(X) if fact_a(X) and not other(X)", **AUTH),
                  rule("t.q", "other(X) if fact_a(X) and not conc(X)", **AUTH))


def test_positive_recursion_is_allowed():
    book_with(rule("t.r1", "conc(X) if fact_a(X)", **AUTH), rule("t.r2", "conc(X) if other(X)", **AUTH),
              rule("t.r3", "other(X) if conc(X) and fact_b(X)", **AUTH))


def test_negations_are_moved_after_the_literals_that_bind_them():
    b = book_with(rule("t.order", "conc(X) if not fact_b(X) and fact_a(X)", **AUTH))
    assert [str(l) for l in b.rules[0].body] == ["fact_a(X)", "not fact_b(X)"]


def test_a_predicate_declared_twice_is_refused():
    with pytest.raises(VocabularyError, match="already declared"):
        book_with(predicates=[pred("fact_a", "x:symbol", "{x}", RECORD), pred("fact_a", "x:symbol", "{x}", RECORD)])


def test_a_sentence_slot_that_is_not_an_argument_is_refused():
    with pytest.raises(VocabularyError, match="slot"):
        book_with(predicates=[pred("fact_a", "x:symbol", "{y} is a", RECORD)])


def test_every_bundled_rule_has_an_authority_gloss_and_date(book):
    for r in book.rules:
        assert r.authority.strip() and r.gloss.strip() and r.decided[:4].isdigit(), r.id


def test_no_rule_names_a_party_of_either_bundled_case(book):
    from lexcheck.engine.api import bundled_cases, open_case
    names = {p for c in bundled_cases() for p in open_case(c, book).parties}
    for r in book.rules:
        terms = {a for lit in (r.head,) + r.body for a in getattr(getattr(lit, "atom", lit), "args", ())}
        assert not (terms & names), r.id


def test_knocking_out_a_rule_changes_the_book(book):
    assert len(book.without("express_aiming.direct_command").rules) == len(book.rules) - 1
