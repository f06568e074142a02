"""`lexcheck batch`: a docket of case files, one line per case, in input order."""
import json
import shutil

import pytest
from click.testing import CliRunner
from lexcheck.cli import main
from lexcheck.engine.api import bundled_cases

BAD = "case:\n  id: broken\n  caption: [unclosed\n"


@pytest.fixture()
def docket(tmp_path):
    """Three files sorted by name: a good case, a broken file, another good case."""
    cases = bundled_cases()
    shutil.copy(cases["aiil-v-sessions"], tmp_path / "1-aiil.yaml")
    (tmp_path / "2-broken.yaml").write_text(BAD, encoding="utf-8")
    shutil.copy(cases["ko-v-sessions"], tmp_path / "3-ko.yaml")
    (tmp_path / "notes.txt").write_text("not a case file", encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, ["batch", *map(str, args)])


def test_a_bad_file_in_the_middle_is_reported_and_skipped_and_the_rest_are_derived(docket):
    result = run(docket)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["case"] for line in lines] == ["aiil-v-sessions", "ko-v-sessions"]
    assert "skipped: " in result.stderr and "2-broken.yaml:4:1: error: malformed YAML" in result.stderr
    assert "2 cases" in result.stderr and "1 failure" in result.stderr
    assert result.exit_code == 1


def test_each_line_carries_every_ruling_the_case_derives(docket):
    lines = [json.loads(line) for line in run(docket / "3-ko.yaml").stdout.splitlines()]
    from lexcheck.engine.api import derive_case, open_case
    d = derive_case(open_case("ko-v-sessions"))
    assert lines[0]["rulings"] == [{"id": r.id, "outcome": r.outcome} for r in d.rulings]


def test_two_jobs_print_exactly_what_one_job_prints(docket):
    for i in range(6):  # enough cases that both workers get some
        shutil.copy(docket / "3-ko.yaml", docket / f"4-ko-{i}.yaml")
    one, two = run(docket, "--jobs", "1"), run(docket, "--jobs", "2")
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 8
    assert one.exit_code == two.exit_code == 1


def test_grounds_add_the_element_and_reason_of_each_ruling(docket):
    line = json.loads(run(docket / "1-aiil.yaml", "--grounds").stdout)
    lloyd = next(r for r in line["rulings"] if r["id"] == "arises_out_of/lloyd/arizona")
    assert lloyd["outcome"] == "fails" and lloyd["element"] == "but_for_cause" and lloyd["ground"]


def test_csv_has_a_header_and_one_row_per_case(docket):
    result = run(docket / "1-aiil.yaml", docket / "3-ko.yaml", "--format", "csv")
    rows = result.stdout.splitlines()
    assert rows[0] == "file,case,rulings,holds,fails,not_reached,outcomes"
    assert [r.split(",")[1] for r in rows[1:]] == ["aiil-v-sessions", "ko-v-sessions"]
    assert result.exit_code == 0


def test_a_folder_with_no_case_files_is_an_error(tmp_path):
    result = run(tmp_path)
    assert result.exit_code == 2 and "no case files" in result.stderr


def test_every_line_names_its_schema_and_validates_against_it(docket):
    from lexcheck.engine import contract
    lines = [json.loads(line) for line in run(docket, "--grounds").stdout.splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert line["schema"] == "lexcheck.batch" and line["version"] == contract.version("lexcheck.batch")
        assert line["as_of"] is None  # the law of the case's own date
        contract.validate(line)


def test_a_line_says_under_the_law_of_which_date_it_was_derived(docket):
    from lexcheck.engine import contract
    line = json.loads(run(docket / "3-ko.yaml", "--as-of", "2019-01-01").stdout)
    assert line["as_of"] == "2019-01-01"
    contract.validate(line)
