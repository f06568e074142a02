"""Case files are composed by libyaml when PyYAML has it: same data, same
positions, same errors as the pure-Python loader, and never a crash."""
import subprocess
import sys

import pytest
import yaml
from lexcheck.engine import casefile
from lexcheck.engine.api import bundled_cases

pytestmark = pytest.mark.skipif(casefile._FAST_LOADER is None, reason="PyYAML built without libyaml")


@pytest.mark.parametrize("name", sorted(bundled_cases()))
def test_libyaml_reads_a_bundled_case_with_the_same_values_and_positions(name, monkeypatch):
    text = bundled_cases()[name].read_text(encoding="utf-8")
    fast = casefile.read_yaml(text, name)
    monkeypatch.setattr(casefile, "_FAST_LOADER", None)
    assert casefile.read_yaml(text, name) == fast


def test_a_malformed_file_gets_the_pure_python_loader_s_message_and_position():
    with pytest.raises(casefile.CaseFileError) as e:
        casefile.read_yaml("case:\n  id: x\n  caption: [unclosed\n", "f.yaml")
    assert str(e.value).startswith("f.yaml:4:1: error: malformed YAML: expected ',' or ']', but got 'the end of the file'")


@pytest.mark.parametrize("text", ["a: " + "[" * 50_000 + "]" * 50_000, "- " * 50_000 + "x"])
def test_deeply_nested_yaml_is_refused_with_one_line_not_a_crash(text):
    probe = ("import sys; from lexcheck.engine.casefile import read_yaml, CaseFileError\n"
             "try:\n    read_yaml(sys.stdin.read(), 'deep.yaml')\nexcept CaseFileError as e:\n    print(e)")
    done = subprocess.run([sys.executable, "-c", probe], input=text, capture_output=True, text=True)
    assert done.returncode == 0  # libyaml's composer would have overflowed the C stack (SIGSEGV)
    assert done.stdout.count("\n") == 1 and ": error: refused: nested more than 20 levels deep" in done.stdout


def test_few_indicators_means_shallow_without_reading_events():
    assert casefile._shallow("a: b\nc: [d, e]\n")
    assert not casefile._shallow("a: " + "[" * 600 + "]" * 600)
