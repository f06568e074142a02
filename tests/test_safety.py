"""No user text is ever executed: case files, queries and ruling ids are parsed as data."""
import os

import pytest
from click.testing import CliRunner
from lexcheck.cli import main
from lexcheck.engine.casefile import CaseFileError, load_case_text

HOSTILE = [
    "__import__('os').system('touch {marker}')",
    "performed(d1, __import__('os').system('touch {marker}'))",
    "performed(d1, act1) and (lambda: open('{marker}', 'w'))()",
    "exec(\"open('{marker}','w')\")",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_case_file_containing_python_does_not_run_it(book, tmp_path, payload):
    marker = tmp_path / "ran"
    text = ("case: {id: t, caption: T, court: C, circuit: ninth, forum: arizona, decided: 2022-01-01, motion: M}\n"
            "parties:\n  - {id: d1, name: D, role: defendant, cite: X}\n"
            f"facts:\n  - fact: \"{payload.format(marker=marker)}\"\n    cite: X\n")
    with pytest.raises(CaseFileError):
        load_case_text(text, book.vocabulary, "evil.yaml")
    assert not marker.exists()


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_query_containing_python_does_not_run_it(tmp_path, payload):
    marker = tmp_path / "ran"
    result = CliRunner().invoke(main, ["query", "aiil-v-sessions", payload.format(marker=marker)])
    assert result.exit_code == 2 and "lexcheck: query:" in result.output
    assert not marker.exists()


def test_a_ruling_id_containing_python_is_just_an_unknown_id(tmp_path):
    marker = tmp_path / "ran"
    result = CliRunner().invoke(main, ["explain", "aiil-v-sessions", f"__import__('os').system('touch {marker}')"])
    assert result.exit_code == 2 and "no ruling" in result.output
    assert not marker.exists() and "Traceback" not in result.output
