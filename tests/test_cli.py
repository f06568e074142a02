"""Every command through click's CliRunner: output, exit codes, clean errors."""
import json
import re

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
    assert (data["schema"], data["version"]) == ("lexcheck.explanation", 1)


def test_explain_md_formats_citations_as_citations():
    out = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "md").output
    assert out.startswith("### Prong 2: arising out of forum contacts (but for): not met")
    assert "*Terracom v. Valley Nat. Bank*, 49 F.3d 555, 561 (9th Cir. 1995)" in out
    assert "- **Defeated:** by the exception: the means tender age facility licensing created in Arizona already existed" in out


def test_explain_dot_draws_met_failed_and_defeating_exceptions_differently():
    out = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "dot").output
    assert out.startswith("digraph explanation {") and out.rstrip().endswith("}")
    node_lines = [l for l in out.splitlines() if "[label=" in l]
    assert any("shape=octagon" in l and "DEFEATED BY EXCEPTION" in l for l in node_lines)
    assert any('fillcolor="#f4cccc"' in l for l in node_lines)      # failed: red
    assert any('fillcolor="#d9ead3"' in l for l in node_lines)      # met: green


def test_explain_dot_is_valid_graphviz_when_graphviz_is_installed(tmp_path):
    import shutil
    import subprocess
    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed")
    out = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "dot").output
    done = subprocess.run(["dot", "-Tsvg"], input=out, capture_output=True, text=True)
    assert done.returncode == 0 and "<svg" in done.stdout


def test_explain_svg_without_graphviz_says_how_to_get_a_picture(monkeypatch):
    import shutil
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "svg")
    assert result.exit_code == 2 and "use --format dot" in result.output


def test_what_if_prints_only_the_rulings_that_changed_old_to_new():
    result = run("what-if", "aiil-v-sessions", "--drop",
                 "tender_age_facilities_existed_before(tender_age_facility_licensing, arizona)")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1] == "10 rulings changed:"
    assert "  arises_out_of/lloyd/arizona: not met (fails) -> met (holds)" in lines
    # nobody argued that jurisdiction would be unreasonable (the defendant's burden): prong 3 is met
    assert "  specific_jurisdiction/lloyd/arizona: no jurisdiction (fails) -> jurisdiction (holds)" in lines
    # a prima facie showing is now made, and whether a better showing is needed is an open finding
    assert "  jurisdictional_discovery/arizona: denied (fails) -> undetermined" in lines
    assert not any("sessions" in l for l in lines[:12])
    assert result.output.count("=" * 78) == 10                     # each with its new explanation


def test_what_if_on_ko_with_json():
    data = json.loads(run("what-if", "ko-v-sessions", "--add",
                          "ordered(sessions, unidentified_personnel, calls_and_correspondence_with_eo)",
                          "--deny", "national_policymaking(calls_and_correspondence_with_eo)",
                          "--format", "json").output)
    moved = {c["id"]: (c["old"], c["new"]) for c in data["changed"]}
    assert moved["purposefully_directed_or_availed/sessions/massachusetts"] == ("fails", "holds")
    assert all(c["explanation"]["verdict"] == c["new"] for c in data["changed"])


def test_what_if_without_a_change_is_a_clear_error():
    result = run("what-if", "aiil-v-sessions")
    assert result.exit_code == 2 and "give at least one --add, --deny or --drop" in result.output


def test_flip_shows_the_smallest_verified_change_first():
    result = run("flip", "aiil-v-sessions", "specific_jurisdiction/lloyd/arizona", "--max-changes", "1",
                 "--limit", "100")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "search complete" in " ".join(lines[:4])
    heads = [(i, re.match(r"(\d+)\. .* \((\w+) -> (\w+)\), 1 change", l)) for i, l in enumerate(lines)]
    heads = [(i, m) for i, m in heads if m]
    reached = [m.group(3) for _, m in heads]
    assert reached == sorted(reached, key=lambda o: o == "undetermined")  # decided outcomes first
    # nobody argued a compelling case of unreasonableness: with D.S.V.H.'s but-for link, jurisdiction holds
    first = next(i for i, m in heads if m.group(3) == "holds"
                 and lines[i + 1] == "   --drop 'tender_age_facilities_existed_before(tender_age_facility_licensing, arizona)'")
    said = " ".join(" ".join(lines[first + 2:first + 4]).split())
    assert said == ("had the record not shown that tender-age facilities already existed in Arizona before "
                    "tender age facility licensing (Doc. 41 at 48)")


def test_flip_says_when_its_budget_cut_it_short():
    result = run("flip", "ko-v-sessions", "purposefully_directed_or_availed/sessions/massachusetts",
                 "--budget", "1", "--format", "json")
    data = json.loads(result.output)
    assert data["cut_short"] is True and data["tried"] == 1


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
    (("what-if", "aiil-v-sessions", "--add", "os.system('x')"), "cannot parse"),
    (("what-if", "aiil-v-sessions", "--add", "tender_age(dsvh)"), "conclusions are derived, not stated"),
    (("flip", "aiil-v-sessions", "nope/x"), "no ruling 'nope/x'"),
    (("query", "aiil-v-sessions", "expresly_aimed(D, A, F)"), "did you mean expressly_aimed"),
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


def test_a_query_that_does_not_parse_points_at_the_column_with_a_caret():
    result = run("query", "aiil-v-sessions", "tender_age(X) and not tender_age(")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "lexcheck: query: cannot parse: the text ends too early; expected an argument (a name, Variable, "
        "number, date or \"string\") or `)`",
        "    tender_age(X) and not tender_age(",
        "                                     ^"]


def test_a_query_with_a_stray_character_points_at_it():
    result = run("query", "aiil-v-sessions", "tender_age(X) % 2")
    assert result.output.splitlines() == ["lexcheck: query: cannot parse: unexpected `%`; expected `and`",
                                          "    tender_age(X) % 2", "                  ^"]
