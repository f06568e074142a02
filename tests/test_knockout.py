"""Rule knockout, sampled: the script removes a rule, the tests notice.

The whole run (every rule) is on demand: `python scripts/knockout.py`. Here CI
knocks out a fixed sample of two rules, and checks the selection of tests.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import knockout  # noqa: E402


def test_a_sample_of_rules_knocked_out_is_each_caught_by_a_failing_test():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "knockout.py"), "--sample", "2", "--seed", "0",
                           "--jobs", "2", "--no-save"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kill rate: 2/2 = 100%" in done.stdout


def test_a_rules_own_doctrine_module_is_run_first_and_the_property_modules_last(book):
    tests = knockout.relevant_tests(book, book.rule("express_aiming.direct_command"))
    assert tests[0] == "tests/test_express_aiming.py"
    assert tests[-1].startswith(("tests/test_properties", "tests/test_stateful"))


def test_what_a_rule_feeds_reaches_the_rulings(book):
    fed = knockout.downstream(book, "attributable")
    assert {"expressly_aimed", "forum_related_act", "specific_jurisdiction"} <= fed
    assert "tender_age" not in fed


def test_a_failed_tests_node_id_is_read_whole_even_with_spaces_in_its_parameters():
    out = ("FAILED tests/test_conspiracy_1985.py::test_missing[conspiracy_member(d2, k)] - assert 'holds' == 'fails'\n"
           "FAILED tests/test_a.py::test_b\n")
    assert knockout.failed_tests(out) == ["tests/test_conspiracy_1985.py::test_missing[conspiracy_member(d2, k)]",
                                          "tests/test_a.py::test_b"]


def test_a_remembered_killer_that_no_longer_fails_falls_back_to_the_rules_modules():
    stale = "tests/test_knockout.py::test_what_a_rule_feeds_reaches_the_rulings"
    fate, killer, _ = knockout.knock_out("express_aiming.direct_command", ["tests/test_express_aiming.py"],
                                         "knockout", killer=stale)
    assert fate == "killed"
    assert killer.startswith("tests/test_express_aiming.py::")
