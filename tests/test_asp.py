"""clingo, given the rule book translated from the registry, derives exactly
what pyDatalog derives: on both bundled cases and on generated ones."""
import importlib.util
from pathlib import Path

import pytest

clingo = pytest.importorskip("clingo")

from lexcheck.engine import asp  # noqa: E402
from lexcheck.engine.casefile import load_case_data  # noqa: E402
from lexcheck.engine.law_in_force import case_atoms  # noqa: E402
from lexcheck.engine.rulings import run  # noqa: E402
from lexcheck.engine.syntax import parse_rule  # noqa: E402

GENERATED = 40  # seeds 0..39 reach every rule of the doctrines the generator is written for


def _generator():
    path = Path(__file__).resolve().parents[1] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("lexcheck_bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def test_clingo_derives_the_same_model_and_rulings_on_generated_cases(book):
    program, gen = asp.program(book), _generator()
    fired = set()
    for seed in range(GENERATED):
        case = load_case_data(gen.case_data(seed), book.vocabulary, f"<generated {seed}>")
        d = same_derivation(book, case, program)
        fired |= {r.id for r in book.rules if next(d.explainer.solutions(list(r.body), {}), None) is not None}
    # the check covered every rule it can reach (a new rule there needs the generator extended)
    assert fired >= {r.id for r in book.rules if r.doctrine in gen.DOCTRINES}


def test_the_translation_has_one_asp_rule_per_registered_rule_with_its_id(book):
    lines = [line for line in asp.program(book).splitlines() if "  % " in line]
    assert [line.rsplit("% ", 1)[1] for line in lines] == [r.id for r in book.rules]


def test_constants_are_quoted_as_pydatalog_stores_them_and_variables_prefixed():
    head, body = parse_rule('p(X, "say \\"hi\\"") if q(X, 3, 2020-01-02) and not r(X) and X != abc')
    assert asp.atom(head) == 'p(V_X,"say \\\\"hi\\\\"")'.replace("\\\\", "\\")
    assert [asp.literal(b) for b in body] == ['q(V_X,3,"2020-01-02")', 'not r(V_X)', 'V_X!="abc"']
