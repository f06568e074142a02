"""The rule book refuses what it cannot stand behind, before any case is derived."""
import types

import pytest
from lexcheck.engine.rulebook import RuleBook, RuleError, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, VocabularyError, pred

AUTH = dict(authority="Test v. Case, 1 F.4th 1, 2 (9th Cir. 2021)", decided="2021", gloss="A test rule.", court="ninth")


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


@pytest.mark.parametrize("missing", ["authority", "gloss", "decided", "court"])
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


# -- every class of refusal names the rule and the reason -------------------------

def test_a_comparison_variable_no_positive_literal_binds_is_unsafe():
    with pytest.raises(RuleError, match=r"^rule 't.cmp': unsafe: variable Y in `Y <= 3` is not bound by any "
                                        r"positive literal of the body$"):
        book_with(rule("t.cmp", "conc(X) if fact_a(X) and Y <= 3", **AUTH))


def test_a_rule_negating_its_own_head_is_refused():
    with pytest.raises(RuleError, match=r"^rule 't.self': negation through recursion \(conc depends negatively "
                                        r"on conc, which depends on conc\)"):
        book_with(rule("t.self", "conc(X) if fact_a(X) and not conc(X)", **AUTH))


def test_negation_through_a_longer_cycle_is_refused():
    preds = [pred("fact_a", "x:symbol", "{x} is a", RECORD)] + \
            [pred(n, "x:symbol", "{x} " + n, DERIVED) for n in ("p", "q", "r")]
    with pytest.raises(RuleError, match="rule 't.pr': negation through recursion"):
        book_with(rule("t.pq", "p(X) if fact_a(X) and q(X)", **AUTH),
                  rule("t.qr", "q(X) if fact_a(X) and r(X)", **AUTH),
                  rule("t.pr", "r(X) if fact_a(X) and not p(X)", **AUTH), predicates=preds)


def test_a_rule_that_does_not_parse_is_refused_with_its_id():
    with pytest.raises(RuleError, match=r"^rule 't.syntax': cannot parse: the text ends too early"):
        book_with(rule("t.syntax", "conc(X) if fact_a(X", **AUTH))


def test_a_rule_with_a_malformed_id_or_date_or_a_reused_id_is_refused():
    with pytest.raises(RuleError, match="an id is `doctrine.name` in lower case"):
        book_with(rule("NoDot", "conc(X) if fact_a(X)", **AUTH))
    with pytest.raises(RuleError, match="decided '21 March 2021' is not YYYY, YYYY-MM or YYYY-MM-DD"):
        book_with(rule("t.date", "conc(X) if fact_a(X)", **{**AUTH, "decided": "21 March 2021"}))
    with pytest.raises(RuleError, match="rule 't.twice': id used twice"):
        book_with(rule("t.twice", "conc(X) if fact_a(X)", **AUTH), rule("t.twice", "conc(X) if fact_b(X)", **AUTH))


def test_a_limit_using_an_undeclared_predicate_is_refused_with_its_id():
    from lexcheck.engine.rulebook import limit
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.PREDICATES = [pred("fact_a", "x:symbol", "{x} is a", RECORD), pred("conc", "x:symbol", "{x} c", DERIVED)]
    m.LIMITS = [limit("t.lim", "conc(X)", "fact_z(X)", authority="A", decided="2020", gloss="g", court="ninth")]
    with pytest.raises(RuleError, match=r"^limit 't.lim': unknown predicate 'fact_z'"):
        RuleBook.from_modules([m])


def test_a_question_whose_condition_has_other_variables_is_refused():
    from lexcheck.engine.rulebook import question
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.PREDICATES = [pred("fact_a", "x:symbol", "{x} is a", RECORD), pred("conc", "x:symbol", "{x} c", DERIVED)]
    m.QUESTIONS = [question("t.q", "Q", "conc(X)", "fact_a(Y)")]
    with pytest.raises(RuleError, match=r"^question 't.q': fact_a\(Y\) must have the same variables as conc\(X\)"):
        RuleBook.from_modules([m])


def test_a_doctrine_module_without_its_header_is_refused():
    m = types.ModuleType("lexcheck.rules.bare")
    with pytest.raises(RuleError, match="doctrine module bare has no header"):
        RuleBook.from_modules([m])


def _book_with_question(**kw):
    from lexcheck.engine.rulebook import question
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.PREDICATES = [pred("fact_a", "x:symbol", "{x} is a", RECORD), pred("conc", "x:symbol", "{x} concluded", DERIVED),
                    pred("other", "x:symbol", "{x} other", DERIVED)]
    m.RULES = [rule("t.r", "conc(X) if fact_a(X)", **AUTH), rule("t.o", "other(X) if fact_a(X)", **AUTH)]
    m.QUESTIONS = [question("q", "Q", "conc(X)", "fact_a(X)", **kw)]
    return RuleBook.from_modules([m])


def test_a_question_whose_discretion_turns_on_the_law_needs_the_authority_for_declining_it():
    with pytest.raises(RuleError, match="needs `may_decline`"):
        _book_with_question(declinable="other(X)")
    q = _book_with_question(declinable="other(X)", may_decline="Test v. Case").questions[0]
    assert str(q.parsed_declinable) == "other(X)"


def test_a_declinable_condition_must_range_over_the_questions_variables():
    with pytest.raises(RuleError, match="same variables"):
        _book_with_question(declinable="other(Y)", may_decline="Test v. Case")
