"""Case files: every problem with file:line:column and a fix; a file with an
error is refused whole. Each error class is pinned to its exact message."""
import pytest
from lexcheck.engine.casefile import CaseFileError, load_case_text
from lexcheck.engine.vocabulary import DERIVED, RECORD, Vocabulary, pred

HEAD = """\
case:
  id: t
  caption: T v. U
  court: D. Ariz.
  circuit: ninth
  forum: arizona
  decided: 2022-01-01
  motion: MTD
parties:
  - id: d1
    name: D One
    role: defendant
    cite: Compl. ¶ 2
  - id: p1
    name: P One
    role: plaintiff
    cite: Compl. ¶ 1
facts:
"""  # the first item under facts: is line 19; its atom starts at column 11


def load(book, text: str, vocabulary=None):
    return load_case_text(text, vocabulary or book.vocabulary, "t.yaml")


def problems(book, text: str, vocabulary=None) -> list[str]:
    with pytest.raises(CaseFileError) as e:
        load(book, text, vocabulary)
    return [str(p) for p in e.value.problems]


def test_a_clean_file_loads_with_no_warnings(book):
    case = load(book, HEAD + "  - fact: performed(d1, act1)\n    cite: Compl. ¶ 5\n")
    assert [str(a) for a in case.atoms()][-1] == "performed(d1, act1)" and case.warnings == []


def test_malformed_yaml_names_where_it_breaks_and_where_the_list_began(book):
    assert problems(book, "case: [unclosed\n") == [
        "t.yaml:2:1: error: malformed YAML: expected ',' or ']', but got 'the end of the file' (while parsing a "
        "flow sequence that started at line 1, column 7) — fix: check the indentation and quoting here; a value "
        "containing `: ` or starting with a special character needs quotes"]


def test_an_empty_case_header_is_refused_not_loaded_as_a_case_with_no_court_or_date(book):
    body = HEAD[HEAD.index("parties:"):]
    assert problems(book, "case: {}\n" + body) == [
        "t.yaml:1:1: error: the `case:` header is empty — fix: give it id, caption, court, circuit, forum, "
        "decided and motion (`lexcheck new` writes one)"]


def test_a_tab_in_the_indentation_says_to_use_spaces(book):
    assert problems(book, "case:\n\tid: x\n") == [
        "t.yaml:2:1: error: malformed YAML: found character '\\t' that cannot start any token — fix: indent "
        "with spaces: YAML does not allow tabs"]


def test_an_unknown_predicate_gets_a_suggestion_from_the_vocabulary(book):
    assert problems(book, HEAD + "  - fact: perfomed(d1, act1)\n    cite: X\n") == [
        "t.yaml:19:11: error: unknown predicate `perfomed` (did you mean performed?) — fix: use a predicate "
        "`lexcheck vocab` lists (or declare a new one in the doctrine module that reads it)"]


def test_an_unknown_field_gets_a_suggestion_and_nothing_else_about_that_item(book):
    assert problems(book, HEAD + "  - fact: performed(d1, act1)\n    cyte: X\n") == [
        "t.yaml:20:5: error: unknown field `cyte` in a fact (did you mean `cite`?) — fix: rename it to `cite`"]


def test_an_unknown_section_gets_a_suggestion(book):
    assert problems(book, HEAD.replace("facts:", "fact:")) == [
        "t.yaml:18:1: error: unknown field `fact` in the case file (did you mean `facts`?) — fix: rename it "
        "to `facts`"]


def test_the_wrong_number_of_arguments_shows_the_signature(book):
    assert problems(book, HEAD + "  - fact: performed(d1)\n    cite: X\n") == [
        "t.yaml:19:11: error: `performed` takes 2 arguments, not 1 — fix: write it as "
        "performed(party: party, act: symbol)"]


def test_an_age_that_is_not_a_number_points_at_the_argument(book):
    assert problems(book, HEAD + "  - fact: age_at_separation(p1, ten)\n    cite: X\n") == [
        "t.yaml:19:33: error: argument `age` of `age_at_separation` must be a whole number, not 'ten' — fix: "
        "write digits only, e.g. 13"]


def test_a_party_that_is_not_declared_points_at_the_argument_and_suggests_one(book):
    assert problems(book, HEAD + "  - fact: performed(d2, act1)\n    cite: X\n") == [
        "t.yaml:19:21: error: argument `party` of `performed` names `d2`, which is not a declared party — fix: "
        "declare `d2` under `parties:` or correct the id (did you mean `d1`?)"]


def test_a_date_that_is_not_a_date_in_the_header(book):
    assert problems(book, HEAD.replace("2022-01-01", "2022-02-30")) == [
        "t.yaml:7:12: error: `decided` is not a date: '2022-02-30' — fix: write YYYY-MM-DD, or YYYY-MM or YYYY "
        "when the day is not known"]


def test_a_date_that_is_not_a_date_in_an_atom(book):
    assert problems(book, HEAD + "  - fact: performed(d1, 2022-02-30)\n    cite: X\n") == [
        "t.yaml:19:25: error: `2022-02-30` is not a real date (day is out of range for month) — fix: write a "
        "real calendar date as YYYY-MM-DD"]


def test_a_date_argument_that_is_not_a_date(book):
    vocab = Vocabulary(closed=book.vocabulary.closed)
    vocab.declare(pred("filed_on", "party:party day:date", "{party} filed on {day}", RECORD), "test")
    for name in ("plaintiff", "defendant", "forum_state"):
        vocab.declare(book.vocabulary.get(name), "record")
    vocab.declare(book.vocabulary.get("forum_in_circuit"), "record")
    assert problems(book, HEAD + "  - fact: filed_on(p1, 2018)\n    cite: X\n", vocab) == [
        "t.yaml:19:24: error: argument `day` of `filed_on` must be a date, not 2018 — fix: write the date as "
        "YYYY-MM-DD, e.g. 2018-05-25"]


def test_a_fact_without_a_record_cite_is_refused(book):
    assert problems(book, HEAD + "  - fact: performed(d1, act1)\n") == [
        "t.yaml:19:5: error: fact `performed(d1, act1)` has no record `cite:` — fix: add `cite:` with where the "
        "record says it, e.g. `FAC ¶ 64` or `Doc. 41 at 48`"]


def test_a_finding_without_its_opinion_page_is_refused(book):
    assert problems(book, HEAD + "  - finding: national_policymaking(act1)\n") == [
        "t.yaml:19:5: error: finding `national_policymaking(act1)` has no `page:` of the opinion that makes it "
        "— fix: add `page:` with the opinion page, e.g. `Order at 14`"]


def test_a_derived_predicate_asserted_as_a_fact_is_refused(book):
    assert problems(book, HEAD + "  - fact: expressly_aimed(d1, act1, arizona)\n    cite: X\n") == [
        "t.yaml:19:11: error: `expressly_aimed` is derived: conclusions are derived, not stated — fix: state the "
        "record facts the rules reach it from (`lexcheck vocab expressly_aimed` shows the rules)"]


def test_a_finding_written_as_a_fact_is_refused(book):
    assert problems(book, HEAD + "  - fact: national_policymaking(act1)\n    cite: X\n") == [
        "t.yaml:19:11: error: `national_policymaking` is a finding a court makes, not a record fact — fix: "
        "write it as `- finding: ...` with the opinion `page:` that makes it"]


def test_a_record_fact_written_as_a_finding_is_refused(book):
    assert problems(book, HEAD + "  - finding: performed(d1, act1)\n    page: X\n") == [
        "t.yaml:19:14: error: `performed` is a record fact, not a finding — fix: write it as `- fact: ...` with "
        "its record `cite:`"]


def test_a_variable_in_a_fact_is_refused(book):
    assert problems(book, HEAD + "  - fact: performed(D, act1)\n    cite: X\n") == [
        "t.yaml:19:21: error: argument `party` of `performed` is the variable D; a fact states constants only "
        "— fix: write a value in lower case (a capitalised word is a variable)"]


def test_an_unfinished_atom_points_at_the_end_of_the_text(book):
    assert problems(book, HEAD + "  - fact: performed(d1, act1\n    cite: X\n") == [
        "t.yaml:19:29: error: cannot parse: the text ends too early; expected `)` or `,` — fix: finish the "
        "atom: `name(argument, ...)` with its closing `)`"]


def test_an_atom_in_a_flow_mapping_gets_a_hint_about_commas(book):
    assert problems(book, HEAD + "  - {fact: performed(d1, act1), cite: X}\n") == [
        "t.yaml:19:26: error: unknown field `act1)` in a fact — an atom's commas split a `{ ... }` mapping — "
        "fix: write the item in block style (one `field: value` per line) or quote the atom"]


def test_yes_and_no_are_kept_as_the_text_written_not_read_as_booleans(book):
    case = load_case_text(HEAD.replace("forum: arizona", "forum: no").replace("name: P One", "name: yes"),
                          book.vocabulary, "t.yaml")
    assert case.meta["forum"] == "no" and case.parties["p1"].name == "yes"


def test_a_count_against_an_undeclared_party_is_refused(book):
    counts = "counts:\n  - id: count_1\n    title: T\n    right: r\n    against: [d1, d9]\n    cite: X\nfacts:\n"
    assert problems(book, HEAD.replace("facts:\n", counts)) == [
        "t.yaml:22:19: error: `d9` is not a declared party — fix: declare it under `parties:` or correct the id "
        "(did you mean `d1`?)"]


def test_a_ruling_for_a_party_the_file_does_not_declare_is_refused(book):
    text = HEAD + "rulings:\n  - ruling: specific_jurisdiction(d2, arizona)\n    outcome: fails\n    cite: Order at 3\n"
    assert problems(book, text) == [
        "t.yaml:20:35: error: argument `defendant` of `specific_jurisdiction` names `d2`, which is not a declared "
        "party — fix: declare `d2` under `parties:` or correct the id (did you mean `d1`?)"]


def test_a_ruling_for_a_count_the_file_does_not_declare_is_refused(book):
    vocab = Vocabulary(closed=book.vocabulary.closed)
    for p in book.vocabulary:
        vocab.declare(p, p.doctrine)
    vocab.declare(pred("count_struck", "count:count", "{count} is dismissed", DERIVED), "test")
    text = HEAD + "rulings:\n  - ruling: count_struck(count_9)\n    outcome: holds\n    cite: Order at 3\n"
    assert problems(book, text, vocab) == [
        "t.yaml:20:26: error: argument `count` of `count_struck` names `count_9`, which is not a declared "
        "count — fix: declare `count_9` under `counts:` or correct the id"]


def test_a_ruling_with_an_outcome_that_is_not_one_of_the_three_is_refused(book):
    text = HEAD + "rulings:\n  - ruling: specific_jurisdiction(d1, arizona)\n    outcome: denied\n    cite: X\n"
    assert problems(book, text) == [
        "t.yaml:21:14: error: outcome must be holds, fails or not_reached, not 'denied' — fix: write "
        "`outcome: holds`, `fails` or `not_reached`"]


def test_a_ruling_recorded_twice_with_different_outcomes_is_refused(book):
    ruling = "  - ruling: specific_jurisdiction(d1, arizona)\n    outcome: {}\n    cite: X\n"
    text = HEAD + "rulings:\n" + ruling.format("fails") + ruling.format("holds")
    assert problems(book, text) == [
        "t.yaml:23:5: error: ruling `specific_jurisdiction(d1, arizona)` is recorded twice with different "
        "outcomes (fails on line 20, holds here) — fix: keep the outcome the opinion gives and delete the other "
        "entry"]


def test_a_finding_both_made_and_denied_is_refused(book):
    text = HEAD + ("  - finding: national_policymaking(act1)\n    page: A\n"
                   "  - finding: national_policymaking(act1)\n    page: B\n    status: denied\n")
    assert problems(book, text) == [
        "t.yaml:21:5: error: `national_policymaking(act1)` is both made (A, line 19) and denied (B, line 21) — "
        "fix: keep the one the opinion supports and delete the other"]


def test_a_duplicate_fact_is_a_warning_not_an_error(book):
    case = load(book, HEAD + "  - fact: performed(d1, act1)\n    cite: X\n  - fact: performed(d1, act1)\n    cite: Y\n")
    assert [str(w) for w in case.warnings] == [
        "t.yaml:21:5: warning: duplicate: `performed(d1, act1)` is already stated on line 19 — fix: delete one "
        "of the two (if the cites differ, keep one entry and list both cites in it)"]


def test_restating_what_the_parties_list_says_is_a_warning(book):
    case = load(book, HEAD + "  - fact: defendant(d1)\n    cite: X\n")
    assert [str(w) for w in case.warnings] == [
        "t.yaml:19:5: warning: `defendant(d1)` is already stated by the `parties:` list (`role: defendant`) — "
        "fix: delete this line"]


def test_conflicting_readings_of_the_record_are_a_warning_naming_both_cites(book):
    case = load(book, HEAD + "  - fact: age_at_separation(p1, 9)\n    cite: FAC ¶ 19\n"
                             "  - fact: age_at_separation(p1, 7)\n    cite: Doc. 41 at 2\n")
    assert [str(w) for w in case.warnings] == [
        "t.yaml:21:5: warning: conflicting readings of the record: `age_at_separation(p1, 9)` (FAC ¶ 19, line 19) "
        "and `age_at_separation(p1, 7)` (Doc. 41 at 2, line 21) — fix: if the record really says both, keep "
        "both: lexcheck derives under the first and `lexcheck check` compares the rulings under each; otherwise "
        "delete the wrong one"]


def test_a_case_with_conflicting_readings_is_derived_under_the_first_only(book):
    case = load(book, HEAD + "  - fact: age_at_separation(p1, 9)\n    cite: FAC ¶ 19\n"
                             "  - fact: age_at_separation(p1, 7)\n    cite: Doc. 41 at 2\n")
    ages = [str(a) for a in case.atoms() if a.pred == "age_at_separation"]
    assert ages == ["age_at_separation(p1, 9)"]
    (conflict,) = case.conflicts()
    assert [str(a) for a in case.with_reading({conflict.group: 7}).atoms() if a.pred == "age_at_separation"] == \
           ["age_at_separation(p1, 7)"]


def test_every_error_in_a_file_is_reported_at_once_in_line_order(book):
    text = HEAD + ("  - fact: perfomed(d1, act1)\n    cite: X\n"
                   "  - fact: expressly_aimed(d1, act1, arizona)\n    cite: X\n"
                   "  - fact: performed(d1, act2)\n")
    assert [p.split(": error")[0] for p in problems(book, text)] == ["t.yaml:19:11", "t.yaml:21:11", "t.yaml:23:5"]


def test_python_object_tags_are_refused_not_constructed(book):
    text = HEAD.replace("facts:\n", "facts: !!python/object/apply:os.system ['echo pwned']\n")
    assert problems(book, text) == [
        "t.yaml:18:8: error: refused: the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed; "
        "a case file is plain data (text, numbers, lists and `field: value` mappings) — fix: write the case as "
        "plain YAML: text, numbers, lists and `field: value` lines, without tags or aliases"]


def test_alias_expansion_is_bounded_billion_laughs(book):
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcd", "bcde"))
    (message,) = problems(book, text)
    assert "refused: more than 50,000 YAML nodes once aliases are expanded" in message


def test_nesting_is_bounded_and_the_error_says_the_limit(book):
    (message,) = problems(book, "a: " + "[" * 1000 + "]" * 1000 + "\n")
    assert message.startswith("t.yaml:1:23: error: refused: nested more than 20 levels deep; a case file needs 4")


def test_a_huge_value_is_refused_with_the_limit(book):
    (message,) = problems(book, "case:\n  caption: " + "x" * 6000 + "\n")
    assert message.startswith("t.yaml:2:12: error: refused: a value of 6,000 characters; the limit is 5,000")


def test_a_huge_file_is_refused_with_the_limit(book, tmp_path):
    from lexcheck.engine.casefile import load_case_file
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * 1_000_001)
    with pytest.raises(CaseFileError, match="larger than 1,000,000 bytes, the limit"):
        load_case_file(big, book.vocabulary)


def test_a_file_that_is_not_utf8_names_the_line_and_column_of_the_bad_byte(book, tmp_path):
    from lexcheck.engine.casefile import load_case_file
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("case:\n  caption: Pe\xf1a\n".encode("latin-1"))
    with pytest.raises(CaseFileError) as e:
        load_case_file(bad, book.vocabulary)
    assert str(e.value).startswith(f"{bad}:2:14: error: not UTF-8 text (byte 19)")


def _ages(case):
    return [str(a) for a in case.atoms() if a.pred == "age_at_separation"]


def _two_ages(book):
    return load(book, HEAD + "  - fact: age_at_separation(p1, 9)\n    cite: FAC ¶ 19\n"
                             "  - fact: age_at_separation(p1, 7)\n    cite: Doc. 41 at 2\n")


def test_the_reading_not_used_waits_aside_so_code_reading_the_facts_sees_one_value(book):
    case = _two_ages(book)
    assert [str(f.atom) for f in case.facts if f.atom.pred == "age_at_separation"] == ["age_at_separation(p1, 9)"]
    assert [str(f.atom) for f in case.unused] == ["age_at_separation(p1, 7)"]


def test_an_added_value_of_a_one_value_predicate_is_the_reading_used(book):
    from lexcheck.engine.casefile import Fact
    from lexcheck.engine.syntax import parse_atom
    case = _two_ages(book).with_changes(add=[Fact(parse_atom("age_at_separation(p1, 13)"), "record", "what-if")])
    assert _ages(case) == ["age_at_separation(p1, 13)"]
    assert case.conflicts()[0].values == [9, 7, 13]


def test_dropping_the_reading_used_makes_the_other_one_used(book):
    case = _two_ages(book)
    assert _ages(case.with_changes(drop=[f for f in case.facts if str(f.atom) == "age_at_separation(p1, 9)"])) == \
           ["age_at_separation(p1, 7)"]


@pytest.mark.parametrize("name", ["aiil-v-sessions", "ko-v-sessions", "biliack-v-paul-revere"])
def test_libyaml_and_the_pure_python_loader_read_a_bundled_case_alike(name, monkeypatch):
    from lexcheck.engine import caseread
    from lexcheck.engine.api import bundled_cases
    if caseread._FAST_LOADER is None:
        pytest.skip("PyYAML built without libyaml")
    text = bundled_cases()[name].read_text(encoding="utf-8")
    fast = caseread.read_yaml(text, name)
    monkeypatch.setattr(caseread, "_FAST_LOADER", None)
    assert caseread.read_yaml(text, name) == fast
