"""Case files are parsed by libyaml's (non-recursive) event parser when PyYAML
has it: same data, same positions, same errors as the pure-Python parser, and
never a crash however deep the nesting."""
import subprocess
import sys

import pytest
from lexcheck.engine import caseread
from lexcheck.engine.api import bundled_cases

pytestmark = pytest.mark.skipif(caseread._FAST_LOADER is None, reason="PyYAML built without libyaml")


@pytest.mark.parametrize("name", sorted(bundled_cases()))
def test_libyaml_reads_a_bundled_case_with_the_same_values_and_positions(name, monkeypatch):
    text = bundled_cases()[name].read_text(encoding="utf-8")
    fast = caseread.read_yaml(text, name)
    monkeypatch.setattr(caseread, "_FAST_LOADER", None)
    assert caseread.read_yaml(text, name) == fast


def test_a_malformed_file_gets_the_pure_python_parser_s_message_and_position():
    with pytest.raises(caseread.CaseFileError) as e:
        caseread.read_yaml("case:\n  id: x\n  caption: [unclosed\n", "f.yaml")
    assert str(e.value).startswith("f.yaml:4:1: error: malformed YAML: expected ',' or ']', but got 'the end of the file'")


@pytest.mark.parametrize("text", ["a: " + "[" * 50_000 + "]" * 50_000, "- " * 50_000 + "x",
                                  "a: " + "{b: " * 30_000 + "c" + "}" * 30_000])
def test_deeply_nested_yaml_is_refused_with_one_line_not_a_crash(text):
    probe = ("import sys; from lexcheck.engine.casefile import read_yaml, CaseFileError\n"
             "try:\n    read_yaml(sys.stdin.read(), 'deep.yaml')\nexcept CaseFileError as e:\n    print(e)")
    done = subprocess.run([sys.executable, "-c", probe], input=text, capture_output=True, text=True)
    assert done.returncode == 0  # a recursive composer in C would have overflowed the stack (SIGSEGV)
    assert done.stdout.count("\n") == 1 and ": error: refused: nested more than 20 levels deep" in done.stdout
