"""Every command through click's CliRunner: output, exit codes, clean errors."""
import json

import pytest
from click.testing import CliRunner
from lexcheck.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example" in result.output, name


def test_cases_lists_the_bundled_cases():
    out = run("cases").output
    assert "aiil-v-sessions" in out and "ko-v-sessions" in out and "ko-v-ice" in out


def test_holdings_prints_a_row_per_defendant_and_the_discovery_ruling():
    result = run("holdings", "aiil-v-sessions")
    assert result.exit_code == 0
    assert "Scott Lloyd" in result.output and "Jurisdictional discovery: denied" in result.output
    lloyd = next(l for l in result.output.splitlines() if l.strip().startswith("Scott Lloyd") and "not at issue" in l)
    assert lloyd.split()[2:] == ["not", "at", "issue", "no", "jurisdiction", "met", "not", "met", "not", "reached"]


def test_holdings_json_lists_every_ruling_with_its_outcome():
    data = json.loads(run("holdings", "ko-v-sessions", "--format", "json").output)
    assert data["case"]["id"] == "ko-v-sessions"
    assert {r["outcome"] for r in data["rulings"]} == {"fails", "not_reached"}


def test_verify_ends_with_the_count_and_exits_zero_when_all_are_reproduced():
    result = run("verify", "aiil-v-sessions")
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "424/424 rulings reproduced"


def test_verify_exits_nonzero_on_a_mismatch(tmp_path):
    from lexcheck.engine.api import bundled_cases
    text = bundled_cases()["ko-v-sessions"].read_text()
    bad = tmp_path / "ko.yaml"
    bad.write_text(text.replace("  - ruling: jurisdictional_discovery(massachusetts)\n    outcome: fails",
                                "  - ruling: jurisdictional_discovery(massachusetts)\n    outcome: holds"))
    result = run("verify", str(bad))
    assert result.exit_code == 1
    assert "MISMATCH  jurisdictional_discovery/massachusetts" in result.output
    assert result.output.splitlines()[-1] == "44/45 rulings reproduced"


def test_explain_shows_the_rule_authority_and_record_cites():
    out = " ".join(run("explain", "aiil-v-sessions", "purposefully_directed_or_availed/lloyd/arizona").output.split())
    assert "specific_jurisdiction.prong_one" in out and "715 F.3d 716, 741-42" in out
    assert "record: Doc. 41 at 48" in out


def test_explain_json_has_the_verdict_and_tree():
    data = json.loads(run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "json").output)
    assert data["verdict"] == "fails" and data["tree"]["kind"] == "failed"


def test_rules_lists_every_rule_with_its_authority():
    out = run("rules").output
    assert "express_aiming.national_policymaking_exception" in out and "112 F.3d 1048, 1051" in out


def test_query_lists_bindings_sorted():
    result = run("query", "aiil-v-sessions", "purposefully_directed_or_availed(D, arizona)")
    assert result.output.splitlines() == ["D", "azar", "lloyd", "wynne", "(3 answers)"]


def test_a_ground_query_answers_yes_or_no():
    assert run("query", "aiil-v-sessions", "tender_age(dsvh)").output.strip() == "yes"
    assert run("query", "aiil-v-sessions", "tender_age(keoh)").output.strip() == "no"


@pytest.mark.parametrize("args, message", [
    (("holdings", "no-such-case"), "no bundled case or file named 'no-such-case'"),
    (("explain", "aiil-v-sessions", "nope/x"), "no ruling 'nope/x'"),
    (("query", "aiil-v-sessions", "expresly_aimed(D, A, F)"), "did you mean expressly_aimed"),
    (("query", "aiil-v-sessions", "tender_age(X"), "query: cannot parse"),
    (("query", "aiil-v-sessions", "tender_age(dsvh) and not tender_age(Y)"), "unsafe: variable Y"),
])
def test_user_mistakes_are_one_clear_line_and_exit_two(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_bad_case_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("case: {id: x}\nparties: 3\n")
    result = run("holdings", str(bad))
    assert result.exit_code == 2 and f"{bad}:2:" in result.output and "Traceback" not in result.output
