"""Hostile and large input, class by class (issue 17): nothing silently lost,
nothing hangs, nothing executed, never a traceback — every command ends in
exit status 0, 1 or 2 (130 when interrupted) with one clear line."""
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from casebuilder import case_data
from click.testing import CliRunner
from lexcheck.cli import main
from lexcheck.engine import escape, query as querying, readings, whatif
from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import CaseFileError, load_case_data, load_case_file, load_case_text
from lexcheck.engine.check import check_file

BOOK = rulebook()

HEAD = """\
case:
  id: t
  caption: T v. U
  court: D. Test
  circuit: ninth
  forum: arizona
  decided: 2022-01-01
  motion: MTD
parties:
  - id: d1
    name: D One
    role: defendant
    cite: Compl. ¶ 2
  - id: p1
    name: P One
    role: plaintiff
    cite: Compl. ¶ 1
facts:
"""  # the first item under facts: is line 19


def errors(text: str) -> list[str]:
    with pytest.raises(CaseFileError) as e:
        load_case_text(text, BOOK.vocabulary, "t.yaml")
    return [str(p) for p in e.value.problems if p.severity == "error"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_clear_line(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    return result.output


# -- data loss ----------------------------------------------------------------

def test_two_facts_sections_are_an_error_naming_both_lines():
    text = HEAD + "  - fact: performed(d1, act1)\n    cite: X\nfacts:\n  - fact: performed(d1, act2)\n    cite: Y\n"
    (message,) = errors(text)
    assert message.startswith("t.yaml:21:1: error: the key `facts` appears twice in one mapping (line 18 and line 21)")


def test_a_finding_both_denied_and_made_in_one_item_is_an_error_not_the_last_word():
    text = HEAD + "  - finding: national_policymaking(act1)\n    status: denied\n    status: made\n    page: Op. at 2\n"
    (message,) = errors(text)
    assert "the key `status` appears twice in one mapping (line 20 and line 21)" in message


@pytest.mark.parametrize("written", ["1:20", "010", "0x1F", "0o17", "1_000", ".inf", "-.inf", ".nan", "1e3", "yes",
                                     "off", "2022-01-01", "12:30:00", "+12"])
def test_a_cite_or_page_in_a_yaml_number_form_is_kept_exactly_as_written(written):
    text = HEAD + f"  - fact: performed(d1, act1)\n    cite: {written}\n" \
                  f"  - finding: national_policymaking(act1)\n    page: {written}\n"
    case = load_case_text(text, BOOK.vocabulary, "t.yaml")
    assert {f.cite for f in case.facts if f.line} == {written}


def test_a_case_id_of_yes_is_the_text_yes_not_true():
    case = load_case_text(HEAD.replace("id: t\n", "id: yes\n", 1), BOOK.vocabulary, "t.yaml")
    assert case.id == "yes"


# -- special files and bounded reading -------------------------------------------

@pytest.fixture
def odd_files(tmp_path):
    folder = tmp_path / "docket"
    folder.mkdir()
    (folder / "good.yaml").write_text(yaml.safe_dump(case_data(["performed(d1, act1)"])), encoding="utf-8")
    os.mkfifo(folder / "fifo.yaml")
    (folder / "dangling.yaml").symlink_to(folder / "nowhere.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    (folder / "folder.yaml").mkdir()
    return folder


@pytest.mark.parametrize("name, says", [("fifo.yaml", "is a FIFO (named pipe), not a regular file"),
                                        ("zero.yaml", "is a character device, not a regular file"),
                                        ("folder.yaml", "is a folder"),
                                        ("loop.yaml", "a symbolic link that loops"),
                                        ("dangling.yaml", "a symbolic link to a file that does not exist")])
def test_check_refuses_a_file_that_is_not_a_regular_file_in_one_line(odd_files, name, says):
    out = one_clear_line(run("check", odd_files / name))
    assert out.count("\n") == 1 and says in out


@pytest.mark.parametrize("name", ["fifo.yaml", "zero.yaml", "folder.yaml"])
def test_the_loader_never_reads_from_what_is_not_a_regular_file(odd_files, name):
    with pytest.raises(CaseFileError, match="not a case file"):
        load_case_file(odd_files / name, BOOK.vocabulary)


def test_check_json_always_prints_its_json_even_for_a_device():
    result = run("check", "/dev/zero", "--format", "json")
    data = json.loads(result.output)
    assert result.exit_code == 2 and data["exit_code"] == 2 and "character device" in data["errors"][0]["message"]


def test_batch_reports_fifos_devices_and_broken_links_in_a_folder_and_derives_the_rest(odd_files):
    result = CliRunner().invoke(main, ["batch", str(odd_files)])
    assert result.exit_code == 1
    assert [json.loads(line)["case"] for line in result.stdout.splitlines()] == ["synthetic"]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("lexcheck: skipped:")]
    assert len(skipped) == 5 and result.stderr.splitlines()[-1].startswith("lexcheck: 1 case, ")


def test_a_file_that_grows_past_the_limit_is_refused(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * 1_000_000)
    with pytest.raises(CaseFileError, match="larger than 1,000,000 bytes"):
        load_case_file(big, BOOK.vocabulary)


def test_check_does_not_quote_the_lines_of_a_file_that_is_not_a_case_file(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$secret-hash:19000:0:99999:7:::\n")
    out = one_clear_line(run("check", secret))
    assert "not a case file" in out and "secret-hash" not in out


# -- budgets ---------------------------------------------------------------------

def test_a_query_past_its_budget_prints_what_it_found_and_says_which_budget_stopped_it():
    result = CliRunner().invoke(main, [
        "query", "aiil-v-sessions", "performed(A, B) and performed(C, D) and performed(E, F) and performed(G, H)"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "(10000 answers)"
    assert "stopped at its budget of 10,000 answers" in result.stderr and "may be incomplete" in result.stderr


def test_the_query_search_stops_at_its_row_budget_with_the_answers_so_far(aiil):
    from lexcheck.engine.api import check_goal
    variables, ordered = check_goal(BOOK, "performed(A, B) and performed(C, D)")
    found = querying.answer(aiil.explainer.lo, aiil.explainer.hi, ordered, variables, max_steps=100)
    assert not found.complete and found.steps == 100 and 0 < len(found.rows) < 100
    assert "100 rows examined" in found.budget_note()


def test_an_underscore_in_a_query_is_anonymous_and_not_a_column():
    out = run("query", "ko-v-sessions", "performed(D, _) and performed(_, A)").output
    assert out.splitlines()[0] == "D  A"


def test_flip_stops_at_its_time_budget_and_says_so(ko_mass):
    rid = ko_mass.rulings[0].id
    search = whatif.flips(ko_mass.book, ko_mass, rid, seconds=1e-9)
    assert search.cut_short and search.out_of_time and search.tried == 0


def test_did_you_mean_is_bounded_however_many_names_are_misspelt():
    parties = [f"party_{i}" for i in range(600)]
    data = case_data([f"performed(partyy_{i}, act1)" for i in range(600)], defendants=parties)
    with pytest.raises(CaseFileError) as e:
        load_case_data(data, BOOK.vocabulary, "many.yaml")
    hinted = [p for p in e.value.problems if "did you mean" in p.fix]
    assert len(e.value.problems) == 600 and 0 < len(hinted) <= 50


def test_many_conflicting_readings_are_capped_and_the_rest_counted():
    data = case_data([f"age_at_separation(p1, {age})" for age in range(1, 22)])
    case = load_case_data(data, BOOK.vocabulary, "ages.yaml")
    report = readings.compare(BOOK, case)
    assert report.compared == 1 + readings.MAX_DERIVED and report.not_compared == 20 - readings.MAX_DERIVED
    assert "not derived" in "\n".join(report.lines())


# -- code execution --------------------------------------------------------------

def test_a_file_planted_in_the_cache_folder_is_never_unpickled(tmp_path):
    marker = tmp_path / "ran"
    folder = tmp_path / "cache" / "lexcheck"
    folder.mkdir(parents=True)
    payload = b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    for v in ("310", "311", "312", "313"):
        (folder / f"grammar-py{v}.lark").write_bytes(b"0" * 32 + b"\n" + payload)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    env.pop("LEXCHECK_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-m", "lexcheck.cli", "query", "ko-v-sessions", "plaintiff(X)"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and not marker.exists()


# -- tracebacks ------------------------------------------------------------------

def _fake_dot(tmp_path, body: str) -> dict:
    exe = tmp_path / "bin" / "dot"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n" + body + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return {"PATH": f"{exe.parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_graphviz_printing_non_utf8_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", _fake_dot(tmp_path, "cat >/dev/null; printf '\\377\\376<svg>'")["PATH"])
    out = one_clear_line(run("explain", "ko-v-sessions", "specific_jurisdiction/sessions/massachusetts",
                             "--format", "svg"))
    assert "not UTF-8" in out and out.count("\n") == 1


def test_graphviz_taking_too_long_is_one_line(tmp_path, monkeypatch):
    from lexcheck.engine import api
    monkeypatch.setenv("PATH", _fake_dot(tmp_path, "sleep 5")["PATH"])
    monkeypatch.setattr(api, "GRAPHVIZ_SECONDS", 0.5)
    out = one_clear_line(run("explain", "ko-v-sessions", "specific_jurisdiction/sessions/massachusetts",
                             "--format", "svg"))
    assert "took longer than 0.5 seconds" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_a_batch_exits_130_with_a_summary_and_whole_lines(tmp_path, jobs):
    folder = tmp_path / "docket"
    folder.mkdir()
    text = Path(__file__).parent.parent.joinpath("facts", "ko-v-sessions.yaml").read_text(encoding="utf-8")
    for i in range(200):
        (folder / f"c{i:03}.yaml").write_text(text, encoding="utf-8")
    # as from a terminal: Ctrl-C's signal at its default, even when this test itself runs in the background
    # (a shell starts background jobs with SIGINT ignored, and a child inherits that)
    proc = subprocess.Popen([sys.executable, "-m", "lexcheck.cli", "batch", str(folder), "--jobs", jobs],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = b""
    while b"\n" not in first:  # at least one case done: the pool is running (raw reads: communicate reads the fd)
        chunk = os.read(proc.stdout.fileno(), 1 << 16)
        assert chunk, proc.stderr.read()
        first += chunk
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole process group
    out, err = proc.communicate(timeout=120)
    out, err = first + out, err.decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert out.endswith(b"\n"), out[-200:]
    for line in out.splitlines():
        assert json.loads(line), line[:200]
    assert err.splitlines()[-1].startswith("lexcheck: ") and "interrupted after" in err.splitlines()[-1]


def _large(n_plaintiffs: int, n_defendants: int, n_acts: int) -> dict:
    facts = [f"moved_to_dismiss_for_lack_of_personal_jurisdiction(d{i})" for i in range(n_defendants)]
    for a in range(n_acts):
        facts += [f"performed(d{a % n_defendants}, act{a})", f"intentional_act(act{a})",
                  f"took_place_in(act{a}, arizona)", f"act_against(act{a}, p{a % n_plaintiffs})"]
    return case_data(facts, plaintiffs=[f"p{i}" for i in range(n_plaintiffs)],
                     defendants=[f"d{i}" for i in range(n_defendants)])


LARGE = {"120 parties x 120 acts": (60, 60, 120), "150 defendants": (1, 150, 150)}


@pytest.mark.parametrize("shape", sorted(LARGE))
def test_a_large_valid_case_is_checked_and_derived_by_the_commands(tmp_path, shape):
    path = tmp_path / "large.yaml"
    path.write_text(yaml.safe_dump(_large(*LARGE[shape]), sort_keys=False), encoding="utf-8")
    started = time.perf_counter()
    checked = run("check", path, "--format", "json")
    report = json.loads(checked.output)
    assert checked.exit_code == report["exit_code"] in (0, 1)
    assert run("holdings", path).exit_code == 0
    print(f"{shape}: check and holdings took {time.perf_counter() - started:.1f} s")  # information only


@pytest.mark.parametrize("shape", sorted(LARGE))
def test_a_large_valid_case_derives(shape):
    case = load_case_data(_large(*LARGE[shape]), BOOK.vocabulary, "large.yaml")
    from lexcheck.engine.rulings import run as derive
    started = time.perf_counter()
    d = derive(BOOK, case)
    assert any(r.id.startswith("specific_jurisdiction/") for r in d.rulings)
    print(f"{shape}: derived {len(d.rulings)} rulings in {time.perf_counter() - started:.1f} s")


def test_a_case_at_the_node_limit_derives_without_a_traceback():
    facts = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"]
    for a in range(4_900):
        facts += [f"performed(d1, act{a})", f"took_place_in(act{a}, arizona)"]
    text = yaml.safe_dump(case_data(facts), sort_keys=False, width=1000)
    started = time.perf_counter()
    case = load_case_text(text, BOOK.vocabulary, "nodes.yaml")  # about 49,000 YAML nodes, 580 kB
    from lexcheck.engine.rulings import run as derive
    d = derive(BOOK, case)
    assert [r.outcome for r in d.rulings if r.id == "specific_jurisdiction/d1/arizona"]
    print(f"9,801 facts: loaded and derived in {time.perf_counter() - started:.1f} s")  # information only


# -- escaping --------------------------------------------------------------------

INJECTION = '<script>alert(1)</script> [x](javascript:alert(1)) <javascript:alert(1)>\n# Injected\n=cmd|"/c calc"!A1'


def test_the_memo_escapes_every_header_value(tmp_path):
    data = case_data(["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"])
    for k in ("caption", "court", "citation", "docket"):
        data["case"][k] = INJECTION
    path = tmp_path / "evil.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    out = run("explain", path, "specific_jurisdiction/d1/arizona", "--format", "md").output
    import re
    assert "<script>" not in out and not re.search(r"(?<!\\)\]\(javascript:|(?<!\\)<javascript:", out)
    assert [line for line in out.splitlines() if line.startswith("#")] == [out.splitlines()[0]]


def test_a_csv_cell_that_a_spreadsheet_would_evaluate_is_neutralised():
    assert [escape.csv_cell(v) for v in ("=1+1", "+1", "-1", "@SUM(A1)", "plain", 3)] == \
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "plain", 3]


def test_dot_and_markdown_escapes_keep_text_as_text():
    assert escape.dot('a "b" \\ c\nd') == 'a \\"b\\" \\\\ c d'
    assert escape.md("# x [y](z) <b>") == "\\# x \\[y\\](z) \\<b\\>"
    assert escape.terminal("a\x1b[31mb\x00") == "a\\x1b[31mb\\x00"


@pytest.mark.parametrize("value", ['"\\e[2J"', '"a\\0b"', '"\\x9b31m"', '"\\u202e"'])
def test_a_control_character_in_a_value_is_refused_where_it_is(value):
    (message,) = errors(HEAD.replace("name: D One", f"name: {value}"))
    assert message.startswith("t.yaml:11:11: error: refused: a value holds the control character")


def test_a_control_character_in_a_typed_fact_is_refused_not_printed():
    out = one_clear_line(run("what-if", "ko-v-sessions", "--add", "plaintiff(x\x1b[2J)"))
    assert "\x1b" not in out and "control character" in out


# -- contradictions and messages ---------------------------------------------------

@pytest.mark.parametrize("fact, says", [
    ("forum_state(texas)", "names a second forum"),
    ("plaintiff(d1)", "both a defendant"),
    ("age_at_separation(p1, -3)", "must be a whole number of 0 or more, not -3"),
    ("tender_age_limit(-1)", "must be a whole number of 0 or more"),
])
def test_a_contradiction_with_the_header_or_a_negative_number_is_an_error(fact, says):
    (message,) = errors(HEAD + f"  - fact: {fact}\n    cite: X\n")
    assert says in message


def test_what_if_cannot_add_a_second_forum():
    out = one_clear_line(run("what-if", "aiil-v-sessions", "--add", "forum_state(texas)"))
    assert "names a second forum" in out


def test_an_over_long_id_is_told_the_limit():
    (message,) = errors(HEAD.replace("id: d1", "id: " + "d" * 101))
    assert "party id must be a lower-case identifier of at most 100 characters, not one of 101" in message


def test_a_huge_number_in_an_atom_is_refused_with_the_limit():
    (message,) = errors(HEAD + "  - fact: age_at_separation(p1, " + "9" * 1_500 + ")\n    cite: X\n")
    assert "a number of 1,500 digits; the limit is 30" in message


def test_new_with_an_empty_path_says_so(tmp_path):
    assert "give the path of the file to write" in one_clear_line(run("new", ""))


def test_new_quotes_the_next_command_for_the_shell(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "my case; rm -rf x.yaml")
    assert result.exit_code == 0 and "`lexcheck check 'my case; rm -rf x.yaml'`" in result.output


def test_a_bundled_name_that_is_also_a_local_file_is_refused_not_shadowed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ko-v-sessions").write_text("case: {}\n")
    assert "both a bundled case and a file here" in one_clear_line(run("holdings", "ko-v-sessions"))


def test_jobs_has_an_upper_bound(tmp_path):
    result = run("batch", tmp_path, "--jobs", "100000")
    assert result.exit_code == 2 and "100000 is not in the range 0<=x<=64" in result.output
