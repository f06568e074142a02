"""One JSON contract: every `--format json` output names its schema and version
and validates against the JSON Schema in the package (`engine/*.schema.json`)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.engine import contract

SMALL = "biliack-v-paul-revere"
RULING = "specific_jurisdiction/massachusetts_employee/arizona"

COMMANDS = {
    "holdings": ["holdings", "ko-v-sessions"],
    "holdings filtered": ["holdings", "ko-v-sessions", "--party", "lloyd", "--outcome", "fails"],
    "explain": ["explain", SMALL, RULING],
    "explain all routes": ["explain", SMALL, RULING, "--all-routes"],
    "explain an atom": ["explain", SMALL, "expressly_aimed(D, A, arizona)", "--all-routes"],
    "explain an atom that fails": ["explain", SMALL, "expressly_aimed(D, A, texas)"],
    "verify": ["verify", SMALL],
    "verify failures": ["verify", SMALL, "--failures-only"],
    "what-if": ["what-if", SMALL, "--drop", "knew_located_in(massachusetts_employee, biliack, arizona)"],
    "flip": ["flip", SMALL, RULING, "--max-changes", "1", "--limit", "1"],
    "check": ["check", SMALL],
    "rules": ["rules"],
    "rules check cites": ["rules", "--check-cites"],
    "vocab": ["vocab"],
    "vocab predicate": ["vocab", "expressly_aimed"],
    "vocab doctrine": ["vocab", "express_aiming"],
    "vocab symbols": ["vocab", "--symbols", "state"],
    "vocab symbols of every vocabulary": ["vocab", "--symbols", "all"],
    "report": ["report", SMALL],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_json_output_names_its_schema_and_validates_against_it(name):
    result = CliRunner().invoke(main, COMMANDS[name] + ["--format", "json"])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.output)
    assert data["schema"] in contract.SCHEMAS and data["version"] == contract.version(data["schema"])
    contract.validate(data)


def test_every_batch_line_names_its_schema_and_validates_against_it():
    # batch prints JSON lines, not one object: each line is checked on its own
    result = CliRunner().invoke(main, ["batch", SMALL, "ko-v-sessions", "--grounds"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["case"] for line in lines] == [SMALL, "ko-v-sessions"]
    for data in lines:
        assert data["schema"] == "lexcheck.batch" and data["version"] == contract.version("lexcheck.batch")
        contract.validate(data)


def test_every_schema_in_the_contract_is_a_valid_json_schema_with_its_name():
    import jsonschema
    for name in contract.SCHEMAS:
        s = contract.schema(name)
        jsonschema.Draft202012Validator.check_schema(s)
        assert s["properties"]["schema"]["const"] == name


def test_holdings_and_verify_json_carry_no_case_file_line_numbers():
    for args in (["holdings", "aiil-v-sessions"], ["verify", "aiil-v-sessions"]):
        text = CliRunner().invoke(main, args + ["--format", "json"]).output
        assert '"line"' not in text and '"column"' not in text
        assert json.loads(text)["readings"]["conflicts"]  # A.I.I.L. has conflicting readings: still no lines


def test_a_json_output_that_breaks_its_schema_is_caught():
    import jsonschema
    data = json.loads(CliRunner().invoke(main, ["verify", SMALL, "--format", "json"]).output)
    data["reproduced"] = "all"
    with pytest.raises(jsonschema.ValidationError):
        contract.validate(data)
