"""clingo, given the rule book translated from the registry, derives exactly
what pyDatalog derives: on both bundled cases, on every docket case and on
cases the property strategies draw."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

clingo = pytest.importorskip("clingo")

from lexcheck.engine import asp  # noqa: E402
from lexcheck.engine.casefile import load_case_data  # noqa: E402
from lexcheck.engine.law_in_force import case_atoms  # noqa: E402
from lexcheck.engine.rulings import run  # noqa: E402
from lexcheck.engine.syntax import parse_rule  # noqa: E402
from lexcheck.engine.casefile import load_case_file  # noqa: E402
from lexcheck.engine.api import rulebook  # noqa: E402
from strategies import cases, load, merits_cases  # noqa: E402

DOCKET = sorted((Path(__file__).resolve().parents[1] / "facts" / "docket").glob("*/*.yaml"))


_PROGRAMS: dict = {}


def _program(book):
    """The translated program, once per rule book."""
    if id(book) not in _PROGRAMS:
        _PROGRAMS[id(book)] = (book, asp.program(book))
    return _PROGRAMS[id(book)][1]

def same_derivation(book, case, program):
    ours = run(book, case)
    theirs = run(book, case, asp.derive(book, case_atoms(book, case), program))
    assert theirs.model.true == ours.model.true
    assert [(r.id, r.outcome) for r in theirs.rulings] == [(r.id, r.outcome) for r in ours.rulings]
    return ours


@pytest.mark.parametrize("name", ["aiil_v_sessions", "ko_v_sessions"])
def test_clingo_derives_the_same_model_and_rulings_on_the_bundled_case(book, name, aiil, ko_mass):
    d = {"aiil_v_sessions": aiil, "ko_v_sessions": ko_mass}[name]
    same_derivation(book, d.case, asp.program(book))


@settings(deadline=None)
@given(st.one_of(cases(), merits_cases()))
def test_clingo_derives_the_same_model_and_rulings_on_generated_cases(data):
    """Cases drawn by the property strategies, personal jurisdiction and merits alike."""
    book = rulebook()
    same_derivation(book, load(data), _program(book))


@pytest.mark.parametrize("path", DOCKET, ids=lambda p: p.stem)
def test_clingo_derives_the_same_model_and_rulings_on_every_docket_case(book, path):
    """The real decisions of the development dockets, each under the law in force on its date."""
    same_derivation(book, load_case_file(path, book.vocabulary), _program(book))


def test_the_translation_has_one_asp_rule_per_registered_rule_with_its_id(book):
    lines = [line for line in asp.program(book).splitlines() if "  % " in line]
    assert [line.rsplit("% ", 1)[1] for line in lines] == [r.id for r in book.rules]


def test_constants_are_quoted_as_pydatalog_stores_them_and_variables_prefixed():
    head, body = parse_rule('p(X, "say \\"hi\\"") if q(X, 3, 2020-01-02) and not r(X) and X != abc')
    assert asp.atom(head) == 'p(V_X,"say \\\\"hi\\\\"")'.replace("\\\\", "\\")
    assert [asp.literal(b) for b in body] == ['q(V_X,3,"2020-01-02")', 'not r(V_X)', 'V_X!="abc"']
