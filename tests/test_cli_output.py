"""What a person reads at the terminal: grouped grounds, filters, brief views,
failures only, any atom explained, flips ranked and grouped, files written only
when complete, and shell completion."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from lexcheck.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_holdings_names_parties_decided_alike_together_once():
    out = run("holdings", "ko-v-sessions").output
    assert re.search(r"11 defendants: Alex Azar, L\. Francis Cissna, .*\(shown\s+for Alex Azar\)",
                     " ".join(out.split()))
    grounds = out.split("Grounds")[1]
    assert grounds.count("Specific PJ (no jurisdiction):") == 1


def test_holdings_filters_by_party_issue_and_outcome():
    out = run("holdings", "aiil-v-sessions", "--party", "lloyd", "--brief").output
    ids = [line.split()[-1] for line in out.splitlines()[2:] if line.strip()]
    assert ids and all("/lloyd" in i for i in ids)
    out = run("holdings", "aiil-v-sessions", "--issue", "prong_two", "--outcome", "fails", "--brief").output
    ids = [line.split()[-1] for line in out.splitlines()[2:] if line.strip()]
    assert sorted(ids) == ["arises_out_of/azar/arizona", "arises_out_of/lloyd/arizona", "arises_out_of/wynne/arizona"]


def test_holdings_by_party_name_and_json_filters_the_same():
    data = json.loads(run("holdings", "aiil-v-sessions", "--party", "Scott Lloyd", "--format", "json").output)
    assert data["rulings"] and all("lloyd" in r["args"] for r in data["rulings"])


def test_a_filter_naming_nothing_is_a_clear_error():
    result = run("holdings", "aiil-v-sessions", "--party", "lloyed")
    assert result.exit_code == 2 and "--party: no party 'lloyed'" in result.output
    result = run("holdings", "aiil-v-sessions", "--outcome", "won")
    assert result.exit_code == 2 and "is not an outcome" in result.output


def test_brief_is_one_line_per_ruling_with_names_not_ids():
    out = run("holdings", "ko-v-sessions", "--brief").output.splitlines()
    rulings = json.loads(run("holdings", "ko-v-sessions", "--format", "json").output)["rulings"]
    assert len(out) == 2 + len(rulings)
    assert any("Scott Lloyd" in line and line.endswith("specific_jurisdiction/lloyd/massachusetts") for line in out)


def test_grounds_never_say_not_met_before_an_assertion_nor_a_double_negative():
    for case in ("aiil-v-sessions", "ko-v-ice"):
        out = " ".join(run("holdings", case).output.split())
        assert "not met:" not in out
        assert "not established that it is not the case" not in out


def test_verify_failures_only_prints_only_the_mismatch(tmp_path):
    from lexcheck.engine.api import bundled_cases
    text = bundled_cases()["ko-v-sessions"].read_text()
    bad = tmp_path / "ko.yaml"
    bad.write_text(text.replace("  - ruling: jurisdictional_discovery(massachusetts)\n    outcome: fails",
                                "  - ruling: jurisdictional_discovery(massachusetts)\n    outcome: holds"))
    result = run("verify", str(bad), "--failures-only")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert not any(line.strip().startswith("ok ") for line in lines)
    assert "MISMATCH  jurisdictional_discovery/massachusetts" in result.output and lines[-1] == "44/45 rulings reproduced"
    data = json.loads(run("verify", str(bad), "--failures-only", "--format", "json").output)
    assert [c["ruling"] for c in data["comparisons"]] == ["jurisdictional_discovery/massachusetts"]
    assert data["reproduced"] == 44 and data["recorded"] == 45


def test_explain_takes_any_derived_atom_with_variables():
    out = run("explain", "aiil-v-sessions", "expressly_aimed(azar, A, arizona)").output
    assert "Holds: Alex Azar's tender age facility licensing was expressly aimed at Arizona." in out
    assert "rule express_aiming.conduct_in_forum" in out
    out = run("explain", "aiil-v-sessions", "expressly_aimed(azar, A, texas)").output
    assert out.splitlines()[3].startswith("Does not hold")


def test_explain_all_routes_shows_every_way_an_atom_holds():
    one = json.loads(run("explain", "biliack-v-paul-revere", "expressly_aimed(D, A, arizona)", "--format", "json").output)
    every = json.loads(run("explain", "biliack-v-paul-revere", "expressly_aimed(D, A, arizona)", "--all-routes",
                           "--format", "json").output)
    assert [i["atom"] for i in one["instances"]] == [i["atom"] for i in every["instances"]]
    assert all(len(i["routes"]) == 1 for i in one["instances"])
    assert sum(len(i["routes"]) for i in every["instances"]) >= sum(len(i["routes"]) for i in one["instances"])
    rules = {r["rule"]["id"] for i in every["instances"] for r in i["routes"]}
    assert rules and all(r.startswith("express_aiming.") for r in rules)


def test_explain_depth_below_one_is_refused():
    result = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--depth", "0")
    assert result.exit_code == 2 and "--depth" in result.output


def test_flips_alike_but_for_the_plaintiff_are_grouped_and_decided_ones_come_first():
    from types import SimpleNamespace as NS
    from lexcheck.engine import api, changeview
    from lexcheck.engine.syntax import parse_atom
    from lexcheck.engine.whatif import Change, Flip
    d = api.derive_case(api.open_case("aiil-v-sessions"))
    plaintiffs = [p for p, x in d.case.parties.items() if x.role == "plaintiff"][:3]
    per_plaintiff = [Flip((Change("drop", parse_atom(f"separated_from_parent({p})")),), "fails", "undetermined")
                     for p in plaintiffs]
    decided = Flip((Change("add", parse_atom("took_place_in(separation_policy_planning, arizona)")),), "fails", "holds")
    groups = changeview.group(d, per_plaintiff + [decided])
    assert [g.flip for g in groups] == [decided, per_plaintiff[0]]
    assert groups[1].plaintiffs == plaintiffs and groups[1].others == per_plaintiff[1:]
    assert changeview.select(NS(flips=per_plaintiff + [decided]), "holds") == [decided]


def test_flip_to_an_outcome_it_already_has_is_a_clear_error():
    result = run("flip", "biliack-v-paul-revere", "specific_jurisdiction/massachusetts_employee/arizona", "--to", "holds")
    assert result.exit_code == 2 and "already holds" in result.output


def test_output_to_a_file_leaves_no_file_when_the_command_fails(tmp_path, monkeypatch):
    import shutil
    monkeypatch.setattr(shutil, "which", lambda name: None)
    svg = tmp_path / "why.svg"
    result = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "svg", "-o", str(svg))
    assert result.exit_code == 2 and not svg.exists() and list(tmp_path.iterdir()) == []
    md = tmp_path / "memo.md"
    assert run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "md", "-o", str(md)).exit_code == 0
    assert md.read_text().startswith("### ")


def test_dot_collapses_the_other_ways_a_rule_was_tried_into_one_node():
    out = run("explain", "aiil-v-sessions", "arises_out_of/lloyd/arizona", "--format", "dot").output
    assert re.search(r'label="and \d+ other\\nways', out) or "other ways it was tried" in out.replace("\\n", " ")
    assert out.count("->") < 120


def test_shell_completion_offers_bundled_cases_and_ruling_ids():
    from click.shell_completion import ShellComplete
    comp = ShellComplete(main, {}, "lexcheck", "_LEXCHECK_COMPLETE")
    cases = [c.value for c in comp.get_completions(["holdings"], "ko-")]
    assert cases == ["ko-v-ice", "ko-v-sessions"]
    rulings = [c.value for c in comp.get_completions(["explain", "ko-v-sessions"], "specific_jurisdiction/l")]
    assert rulings == ["specific_jurisdiction/lloyd/massachusetts"]


SMALL, RULING = "biliack-v-paul-revere", "specific_jurisdiction/massachusetts_employee/arizona"


def _on_a_terminal(monkeypatch):
    import lexcheck.cli as cli
    monkeypatch.setattr(cli, "_terminal", lambda: True)


def test_verify_flip_and_report_show_progress_on_a_terminal(monkeypatch, tmp_path):
    _on_a_terminal(monkeypatch)
    # click draws the bar only on a real terminal; under the test runner it prints each bar's label
    assert "verify: comparing recorded rulings" in run("verify", SMALL).stderr
    readings = run("verify", "aiil-v-sessions").stderr  # A.I.I.L.'s record has conflicting readings
    assert "verify: deriving the other readings of the record" in readings
    flip = run("flip", SMALL, RULING, "--max-changes", "1", "--limit", "1").stderr
    assert "trying change sets" in flip and "re-deriving each flip" in flip
    assert "report: explaining rulings" in run("report", SMALL, "-o", str(tmp_path / "r.html")).stderr


def test_batch_shows_progress_on_a_terminal_and_nothing_extra_when_piped(monkeypatch):
    summary = run("batch", SMALL).stderr
    assert "batch: deriving" not in summary and summary.startswith("lexcheck: 1 case, ")
    _on_a_terminal(monkeypatch)
    shown = run("batch", SMALL, "ko-v-sessions").stderr
    assert "batch: deriving" in shown and "lexcheck: 2 cases, " in shown


def test_nothing_extra_is_printed_when_stderr_is_not_a_terminal(tmp_path):
    assert run("verify", SMALL).stderr == ""
    assert run("flip", SMALL, RULING, "--max-changes", "1", "--limit", "1").stderr == ""
    out = tmp_path / "r.html"
    assert run("report", SMALL, "-o", str(out)).stderr == f"wrote {out}\n"


def test_verify_writes_its_json_to_a_file_and_keeps_its_exit_status(tmp_path):
    out = tmp_path / "v.json"
    result = run("verify", SMALL, "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["schema"] == "lexcheck.verify"
    bad = tmp_path / "bad.json"
    assert run("verify", "no-such-case", "--format", "json", "-o", str(bad)).exit_code == 2 and not bad.exists()


def test_rules_writes_its_json_to_a_file_and_prints_nothing(tmp_path):
    out = tmp_path / "rules.json"
    result = run("rules", "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads(out.read_text())
    assert data["schema"] == "lexcheck.rules" and data["rules"] == json.loads(run("rules", "--format", "json").stdout)["rules"]


def test_rules_says_why_it_cannot_write_a_file_and_leaves_none(tmp_path):
    bad = tmp_path / "no-such-folder" / "rules.json"
    result = run("rules", "--format", "json", "-o", str(bad))
    assert result.exit_code == 2 and "cannot write" in result.stderr and "Traceback" not in result.output
    assert not bad.exists()


def test_vocab_writes_its_json_to_a_file_for_the_listing_a_predicate_and_a_vocabulary(tmp_path):
    for args, check in ((("--format", "json"), lambda d: d["schema"] == "lexcheck.vocab" and d["predicates"]),
                        (("forum_state", "--format", "json"), lambda d: d["name"] == "forum_state"),
                        (("--symbols", "state", "--format", "json"), lambda d: "arizona" in json.dumps(d))):
        out = tmp_path / "v.json"
        result = run("vocab", *args, "-o", str(out))
        assert result.exit_code == 0 and result.stdout == "", args
        assert check(json.loads(out.read_text())), args
        out.unlink()


def test_check_writes_its_json_to_a_file_and_keeps_its_exit_status(tmp_path):
    out = tmp_path / "c.json"
    expected = run("check", SMALL, "--format", "json")
    result = run("check", SMALL, "--format", "json", "-o", str(out))
    assert result.exit_code == expected.exit_code and result.stdout == ""
    assert json.loads(out.read_text()) == json.loads(expected.stdout)
    assert json.loads(out.read_text())["schema"] == "lexcheck.check"
    missing = tmp_path / "m.json"
    result = run("check", "no-such-case", "--format", "json", "-o", str(missing))
    assert result.exit_code == 2 and json.loads(missing.read_text())["schema"] == "lexcheck.check"


def _dot_graph(out: str) -> tuple:
    """A DOT picture's node labels (id -> label) and edges (pairs of ids)."""
    nodes = dict(re.findall(r'^  (\w+) \[label="((?:[^"\\]|\\.)*)"', out, re.M))
    edges = re.findall(r"^  (\w+) -> (\w+)", out, re.M)
    return nodes, edges


def test_an_identical_sub_proof_is_drawn_once_in_dot():
    out = run("explain", "aiil-v-sessions", "specific_jurisdiction/nielsen/arizona", "--format", "dot").output
    nodes, edges = _dot_graph(out)
    facts = [label for label in nodes.values() if label.startswith("FACT") or label.startswith("MET")]
    assert facts and len(facts) == len(set(facts))             # no proof step drawn twice
    parents: dict = {}
    for a, b in edges:
        parents.setdefault(b, set()).add(a)
    assert any(len(p) > 1 for p in parents.values())           # a shared step: several parents, one node
    assert {x for e in edges for x in e} <= set(nodes)         # every edge joins drawn nodes


def test_sibling_branches_differing_only_in_which_defendant_are_collapsed_into_one_node():
    out = run("explain", "aiil-v-sessions", "specific_jurisdiction/nielsen/arizona", "--format", "dot").output
    nodes, _ = _dot_graph(out)
    labels = [label.replace("\\n", " ") for label in nodes.values()]
    group = [label for label in labels if "for each of 2 defendants (Kirstjen Nielsen, Scott Lloyd)" in label]
    assert len(group) == 1 and "each is alleged to have joined family separation conspiracy" in group[0]
    assert not any(label.startswith("FACT Scott Lloyd is alleged to have joined") for label in labels)


def test_a_dot_picture_too_wide_is_cut_at_a_depth_with_a_node_naming_the_deeper_steps():
    from lexcheck.engine import api
    from lexcheck.engine.explanations import explanation_dot
    d = api.derive_case(api.open_case(SMALL))
    ruling = api.find_ruling(d, RULING)
    whole = explanation_dot(d, ruling, d.explain(ruling), max_width=100_000)
    narrow = explanation_dot(d, ruling, d.explain(ruling), max_width=2000)
    assert "deeper step" not in whole and "rankdir=TB" in whole
    nodes, edges = _dot_graph(narrow)
    assert re.search(r"\(\d+ deeper steps?: see --format\s*(\\n)?json\)", narrow)
    assert len(nodes) < len(_dot_graph(whole)[0]) and {x for e in edges for x in e} <= set(nodes)


def test_a_dot_picture_whose_failing_chain_alone_is_too_wide_cuts_the_chain_too():
    from lexcheck.engine import api
    from lexcheck.engine.explanations import explanation_dot
    d = api.derive_case(api.open_case(SMALL))
    ruling = api.find_ruling(d, RULING)
    narrow = explanation_dot(d, ruling, d.explain(ruling), max_width=2000)
    tiny = explanation_dot(d, ruling, d.explain(ruling), max_width=700)
    nodes, edges = _dot_graph(tiny)
    assert "n0" in nodes and re.search(r"\(\d+ deeper steps?: see --format\s*(\\n)?json\)", tiny)
    assert len(nodes) < len(_dot_graph(narrow)[0]) and {x for e in edges for x in e} <= set(nodes)
