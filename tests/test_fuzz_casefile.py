"""Thousands of malformed and hostile case files thrown at the loader and at
`check`: each ends in a clean result or in errors that name a line and column
and say what to do — never a traceback. Sizes are bounded (see casefile.py),
so nothing can make the loader hang; the bounds are in the errors."""
import json
import os

import pytest
import tempfile
from pathlib import Path

from casebuilder import FORUM_ACT, case_data
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lexcheck.cli import main
from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import CaseFileError, Problem, load_case_data, load_case_file, load_case_text
from lexcheck.engine.check import check_file
from lexcheck.engine.syntax import SyntaxProblem, parse_goal
from hostile_strategies import (HEAD_FOR_VALUES, case_shaped_data, duplicate_key_texts, hostile_texts, injections,
                                large_case, large_valid_cases, number_forms, plain_values, yaml_texts)

BOOK = rulebook()
# Loading is cheap: run five times the profile's examples (ci: 500 per test).
MANY = settings(max_examples=settings().max_examples * 5)


def _clear(p: Problem, text: str) -> None:
    assert p.file == "fuzz.yaml" and p.severity in ("error", "warning")
    assert 1 <= p.line <= len(text.splitlines()) + 2 and p.column >= 1, p  # YAML also breaks lines at \x85
    assert p.message and p.fix and "Traceback" not in p.message, p


def loads_or_refuses_clearly(text: str) -> str:
    try:
        case = load_case_text(text, BOOK.vocabulary, "fuzz.yaml")
    except CaseFileError as e:
        assert any(p.severity == "error" for p in e.problems)
        for p in e.problems:
            _clear(p, text)
        return "refused"
    for w in case.warnings:
        _clear(w, text)
    case.atoms()
    return "loaded"


@MANY
@given(yaml_texts())
@example("")
@example("case: [unclosed\n")
@example("\ufeffcase: {id: t}\n")
def test_random_yaml_loads_or_is_refused_with_a_position_and_a_fix(text):
    loads_or_refuses_clearly(text)


@MANY
@given(hostile_texts())
@example("a: " + "[" * 100_000)
@example("case: &a [*a]\n")
def test_hostile_yaml_is_refused_with_a_position_and_a_fix(text):
    loads_or_refuses_clearly(text)


@MANY
@given(st.text(max_size=300))
def test_any_text_at_all_loads_or_is_refused_clearly(text):
    loads_or_refuses_clearly(text)


@MANY
@given(st.one_of(case_shaped_data(), plain_values()))
def test_wrong_types_in_any_field_are_refused_clearly(data):
    try:
        case = load_case_data(data, BOOK.vocabulary, "fuzz.yaml")
    except CaseFileError as e:
        for p in e.problems:
            assert p.line >= 1 and p.column >= 1 and p.message and p.fix, p
        return
    for w in case.warnings:
        assert w.message and w.fix


@MANY
@given(st.text(max_size=120))
@example("p(x) and (lambda: 1)()")
@example("tender_age(")
def test_the_fact_grammar_parses_or_points_inside_the_text(text):
    try:
        parse_goal(text)
    except SyntaxProblem as e:
        lines = text.split("\n")
        assert 1 <= e.line <= len(lines) and 1 <= e.column <= len(lines[e.line - 1]) + 1, (e.line, e.column)
        assert e.message and e.pointer().count("\n") == 1


@settings(max_examples=settings().max_examples)
@given(st.binary(max_size=300))
def test_any_bytes_in_a_file_load_or_are_refused_clearly(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(raw)
        try:
            load_case_file(path, BOOK.vocabulary)
        except CaseFileError as e:
            assert all(p.line >= 1 and p.column >= 1 and p.message and p.fix for p in e.problems)


@settings(max_examples=max(10, settings().max_examples // 2))
@given(st.one_of(case_shaped_data(), yaml_texts(), hostile_texts()))
@example(case_data(FORUM_ACT))
def test_check_always_ends_in_a_report_and_its_exit_code(data):
    """The whole `check` path, including the derivation of what loads."""
    text = data if isinstance(data, str) else json.dumps(data, default=str)  # JSON is YAML
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        report = check_file(path, BOOK)
        assert report.exit_code == (2 if report.errors else 1 if report.warnings else 0)
        assert (report.case is None) == bool(report.errors)
        if os.environ.get("LEXCHECK_FUZZ_CLI") or report.exit_code == 0:
            result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
            assert result.exit_code == report.exit_code and json.loads(result.output)["exit_code"] == result.exit_code


@MANY
@given(duplicate_key_texts())
def test_a_key_written_twice_anywhere_is_an_error_naming_both_lines(written):
    text, first, second = written
    with pytest.raises(CaseFileError) as e:
        load_case_text(text, BOOK.vocabulary, "fuzz.yaml")
    (p,) = e.value.problems
    assert (p.line, p.severity) == (second, "error") and f"(line {first} and line {second})" in p.message, p


@MANY
@given(number_forms(), st.sampled_from(["cite", "page", "name", "caption", "note"]))
def test_a_value_in_any_yaml_number_form_is_kept_as_the_text_written(written, field):
    text = HEAD_FOR_VALUES.format(**{k: (written if k == field else "X") for k in
                                     ("cite", "page", "name", "caption", "note")})
    try:
        case = load_case_text(text, BOOK.vocabulary, "fuzz.yaml")
    except CaseFileError as e:  # only a value past the length limit is refused, and says so
        assert len(written) > 5000 and "the limit is 5,000 per value" in str(e)
        return
    fact = next(f for f in case.facts if f.line and f.kind == "record")
    finding = next(f for f in case.facts if f.line and f.kind == "finding")
    got = {"cite": fact.cite, "page": finding.cite, "name": case.parties["d1"].name, "caption": case.meta["caption"],
           "note": fact.note}
    assert got[field] == written


@MANY
@given(injections())
def test_injected_markup_never_reaches_a_memo_or_a_graph_raw(text):
    from lexcheck.engine import escape
    md, dot = escape.md(text), escape.dot(text)
    assert "\n" not in md and "<" not in md.replace("\\<", "") and "[" not in md.replace("\\[", "")
    assert '"' not in dot.replace('\\"', "") and "\n" not in dot
    assert escape.csv_cell(text)[:1] not in ("=", "+", "-", "@")


@settings(max_examples=3)
@given(large_valid_cases())
@example(large_case(60, 60, 120))  # 120 parties and 120 acts
@example(large_case(1, 150, 150))  # 150 defendants
def test_a_large_valid_case_is_checked_or_refused_at_the_engine_limit_in_one_line(data):
    """Derivation is the slow part: three examples, each checked through the CLI as JSON."""
    import yaml
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
        report = json.loads(result.output)
        assert result.exit_code == report["exit_code"] in (0, 1, 2)
        assert all("too large for the three-valued engine" in e["message"] for e in report["errors"])
