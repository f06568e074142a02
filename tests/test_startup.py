"""Commands do only the work they need: help must not load the engine or the doctrine."""
import subprocess
import sys

PROBE = """
import sys
from lexcheck.cli import main
try:
    main({args!r})
except SystemExit:
    pass
print(sorted(m for m in ("pyDatalog", "lark", "yaml", "lexcheck.rules", "lexcheck.engine.store") if m in sys.modules))
"""


def loaded_after(*args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args))], capture_output=True, text=True,
                         check=True).stdout
    return out.strip().splitlines()[-1]


def test_help_imports_neither_pydatalog_nor_the_doctrine():
    assert loaded_after("--help") == "[]"


def test_a_command_s_help_imports_neither_pydatalog_nor_the_doctrine():
    assert loaded_after("batch", "--help") == "[]"


def test_the_probe_sees_pydatalog_once_a_command_derives_a_case():
    assert "pyDatalog" in loaded_after("holdings", "ko-v-sessions")
