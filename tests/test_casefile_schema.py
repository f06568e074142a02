"""The published JSON Schema of a case file (engine/casefile.schema.json) says
what the loader says about the layout: every case the loader accepts is valid
against it, and it refuses the structural mistakes the loader refuses."""
import json
from pathlib import Path

import jsonschema
import pytest
from hostile_strategies import case_shaped_data
from hypothesis import given
from lexcheck.engine.api import bundled_cases, rulebook
from lexcheck.engine.casefile import CaseFileError, load_case_data, read_yaml, schema

BOOK = rulebook()
VALIDATOR = jsonschema.Draft202012Validator(schema())
FILES = sorted(bundled_cases().values()) + sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def test_the_schema_is_itself_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_bundled_case_file_is_valid_against_the_schema(path):
    data = read_yaml(path.read_text(encoding="utf-8"), str(path))[0]
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []


@given(case_shaped_data())
def test_whatever_the_loader_accepts_the_schema_accepts(data):
    try:
        load_case_data(data, BOOK.vocabulary, "s.yaml")
    except CaseFileError:
        return
    plain = json.loads(json.dumps(data, default=str))
    assert [e.message for e in VALIDATOR.iter_errors(plain)] == []


def _valid():
    return read_yaml(bundled_cases()["biliack-v-paul-revere"].read_text(encoding="utf-8"), "b")[0]


@pytest.mark.parametrize("break_it", [
    lambda d: d["case"].pop("forum"),
    lambda d: d["parties"][0].update(role="witness"),
    lambda d: d["parties"][0].update(nickname="x"),
    lambda d: d["facts"][0].pop("cite"),
    lambda d: d["facts"][0].update(page="Op. at 1"),
    lambda d: d["rulings"][0].update(outcome="granted"),
    lambda d: d.update(extra=[]),
], ids=["no forum", "a third role", "an unknown field", "a fact without its cite", "a fact with a page",
        "an unknown outcome", "an unknown section"])
def test_the_schema_and_the_loader_both_refuse_a_structural_mistake(break_it):
    data = _valid()
    break_it(data)
    assert list(VALIDATOR.iter_errors(data))
    with pytest.raises(CaseFileError):
        load_case_data(data, BOOK.vocabulary, "b.yaml")
