"""`lexcheck check`: errors and warnings apart, as text (with a caret) or JSON, and
an exit status that says which: 0 clean, 1 warnings only, 2 errors. Conflicting
readings of the record are derived one by one and compared."""
import json

import yaml
from casebuilder import FORUM_ACT, case_data
from click.testing import CliRunner
from lexcheck.cli import main
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.readings import compare


def check(*args):
    return CliRunner().invoke(main, ["check", *args])


def write(tmp_path, data, name="case.yaml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True) if isinstance(data, dict) else data)
    return str(path)


def test_a_clean_file_exits_zero_and_says_what_it_holds(tmp_path):
    path = write(tmp_path, case_data(FORUM_ACT))
    result = check(path)
    assert result.exit_code == 0
    assert result.output == (f"{path}: clean (2 parties, 0 counts, 6 facts, 0 findings, 0 court rulings; "
                             f"5 rulings derived)\n")


def test_a_file_with_an_error_exits_two_and_shows_the_line_a_caret_and_the_fix(tmp_path):
    path = write(tmp_path, yaml.safe_dump(case_data(["performed(d1, act1)"]), sort_keys=False)
                 .replace("performed(d1, act1)", "perfomed(d1, act1)"))
    result = check(path)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{path}:") and ": error: unknown predicate `perfomed` (did you mean performed?)" in lines[0]
    assert lines[1].endswith("| - fact: perfomed(d1, act1)")
    assert lines[2].index("^") == lines[1].index("perfomed")
    assert lines[3].strip().startswith("fix: use a predicate `lexcheck vocab` lists")
    assert lines[-1] == f"{path}: 1 error, 0 warnings; the file cannot be loaded until the errors are fixed"


def test_a_file_with_only_warnings_exits_one(tmp_path):
    data = case_data(["performed(d1, act1)", "performed(d1, act1)"])
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert "warning: duplicate: `performed(d1, act1)`" in result.output


def test_json_gives_errors_and_warnings_as_data(tmp_path):
    data = case_data(["performed(d1, act1)", "performed(d1, act1)", "performed(d9, act1)"])
    result = check(write(tmp_path, data), "--format", "json")
    report = json.loads(result.output)
    assert result.exit_code == 2 and report["status"] == "errors" and report["exit_code"] == 2
    assert [e["message"] for e in report["errors"]] == [
        "argument `party` of `performed` names `d9`, which is not a declared party"]
    assert report["errors"][0]["fix"] == "declare `d9` under `parties:` or correct the id (did you mean `d1`?)"
    assert {"file", "line", "column", "severity", "message", "fix"} == set(report["errors"][0])
    assert [w["message"] for w in report["warnings"]] == [
        "duplicate: `performed(d1, act1)` is already stated on line 20"]


def test_a_missing_file_is_one_clear_line_and_exit_two(tmp_path):
    result = check(str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2 and result.output.startswith("lexcheck: no bundled case or file named")


def test_a_ruling_nothing_puts_at_issue_is_a_warning_that_says_what_would(tmp_path):
    data = case_data(["performed(d1, act1)"])
    data["rulings"] = [{"ruling": "specific_jurisdiction(d1, arizona)", "outcome": "holds", "cite": "Op. at 3"}]
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert ("warning: nothing in the record puts `specific_jurisdiction(d1, arizona)` at issue: the rules decide it "
            "only when `personal_jurisdiction_contested(d1, arizona)` is derived") in result.output
    assert "moved_to_dismiss_for_lack_of_personal_jurisdiction(D)" in result.output


def test_a_ruling_no_question_decides_is_a_warning(tmp_path):
    data = case_data(FORUM_ACT)
    data["rulings"] = [{"ruling": "expressly_aimed(d1, act1, arizona)", "outcome": "holds", "cite": "Op. at 3"}]
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert "no question of the rule book decides `expressly_aimed`" in result.output


def test_the_bundled_aiil_case_warns_of_the_two_ages_and_says_the_rulings_are_the_same_under_each():
    result = check("aiil-v-sessions")
    assert result.exit_code == 1
    out = result.output
    assert ("warning: conflicting readings of the record: `age_at_separation(jahi, 9)` (FAC ¶ 19, line 395) and "
            "`age_at_separation(jahi, 7)` (Doc. 41 at 2, 17-19, line 397)") in out
    assert "`age_at_separation(mehi, 10)` (FAC ¶ 19, line 399) and `age_at_separation(mehi, 8)`" in out
    assert "  age_at_separation(jahi, _): 9 (FAC ¶ 19, used) or 7 (Doc. 41 at 2, 17-19)" in out
    assert "  every ruling is the same under all 4 readings." in out
    assert out.splitlines()[-1].endswith("2 warnings (26 parties, 8 counts, 257 facts, 12 findings, 424 court "
                                         "rulings; 424 rulings derived)")


def test_the_bundled_ko_case_checks_clean():
    assert check("ko-v-sessions").exit_code == 0


TWO_AGES = FORUM_ACT + ["licensed_tender_age_facilities_in(act1, arizona)", "tender_age_limit(12)",
                        "custodial_placement_in(p1, arizona)", "age_at_separation(p1, 7)", "age_at_separation(p1, 13)"]
DENIED = ["national_policymaking(act1)", "compelling_case_of_unreasonableness(d1, arizona)"]  # nothing left open


def _two_ages(book):
    return load_case_data(case_data(TWO_AGES, denied=DENIED), book.vocabulary, "two-ages.yaml")


def test_when_the_readings_matter_the_rulings_that_differ_are_named(book):
    report = compare(book, _two_ages(book))
    assert report.used == {"age_at_separation(p1, _)": 7} and report.compared == 2 and not report.same
    assert [d.describe() for d in report.differences] == [
        "arises_out_of/d1/arizona: holds as derived, fails (but_for_cause) if age_at_separation(p1, _) = 13",
        "reasonable_exercise/d1/arizona: holds as derived, not_reached (reasonableness_reached) if "
        "age_at_separation(p1, _) = 13",
        "specific_jurisdiction/d1/arizona: holds as derived, fails (arises_out_of) if age_at_separation(p1, _) = 13"]


def test_check_warns_when_the_readings_give_different_rulings(tmp_path, book):
    result = check(write(tmp_path, case_data(TWO_AGES, denied=DENIED)))
    assert result.exit_code == 1
    assert "warning: the rulings depend on which reading of age_at_separation(p1, _) is right" in result.output
    assert "ruling(s) differ across all 2 readings" in result.output


def test_holdings_and_verify_say_which_reading_they_used(tmp_path):
    facts = FORUM_ACT + ["age_at_separation(p1, 9)", "age_at_separation(p1, 7)"]
    path = write(tmp_path, case_data(facts))
    for command in ("holdings", "verify"):
        out = CliRunner().invoke(main, [command, path]).output
        assert "  age_at_separation(p1, _): 9 (Compl. ¶ 3, used) or 7 (Compl. ¶ 3)" in out, command
    # verify (like check) derives under every reading; holdings only says which it used
    assert "every ruling is the same under all 2 readings." in CliRunner().invoke(main, ["verify", path]).output
    assert "compare the rulings under each reading" in CliRunner().invoke(main, ["holdings", path]).output
    data = json.loads(CliRunner().invoke(main, ["holdings", path, "--format", "json"]).output)
    assert data["readings"]["conflicts"][0]["used"] == 9 and data["readings"]["same"] is None


def test_a_forum_with_no_long_arm_law_is_a_warning_with_did_you_mean(tmp_path):
    result = check(write(tmp_path, case_data(FORUM_ACT, forum="califronia")))
    assert result.exit_code == 1
    assert ("warning: the rule book has no long-arm law for the forum `califronia`, so no specific "
            "jurisdiction can be found there (did you mean `california`?)") in result.output


def test_a_forum_with_a_long_arm_law_draws_no_forum_warning(tmp_path):
    for forum in ("new_york", "guam", "united_states"):
        result = check(write(tmp_path, case_data(forum=forum)))
        assert "no long-arm law" not in result.output, forum


def test_an_unknown_circuit_is_a_warning_with_did_you_mean(tmp_path):
    result = check(write(tmp_path, case_data(FORUM_ACT, circuit="nineth")))
    assert result.exit_code == 1
    assert "`nineth` is not a circuit the rule book knows" in result.output
    assert "did you mean `ninth`?" in result.output


def test_an_unknown_court_is_a_warning_with_did_you_mean(tmp_path):
    data = case_data(FORUM_ACT)
    data["case"]["court"] = "D. Arizona"
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert "`D. Arizona` is not a court the rule book knows" in result.output
    assert "did you mean `D. Ariz.`?" in result.output


def test_a_misspelled_state_in_a_fact_is_a_warning_at_its_argument_with_did_you_mean(tmp_path):
    result = check(write(tmp_path, case_data(FORUM_ACT + ["domiciled_in(d1, califronia)"])))
    assert result.exit_code == 1
    assert "`domiciled_in(d1, califronia)`: `califronia` is not a place the rule book knows" in result.output
    assert "did you mean `california`?" in result.output
    line = next(i for i, t in enumerate(open(tmp_path / "case.yaml").read().splitlines(), 1) if "califronia" in t)
    column = open(tmp_path / "case.yaml").read().splitlines()[line - 1].index("califronia") + 1
    assert f"case.yaml:{line}:{column}: warning" in result.output


def test_a_misspelled_state_whose_law_a_fact_names_is_a_warning(tmp_path):
    result = check(write(tmp_path, case_data(FORUM_ACT + ["case_transferred_from(massachusets)"])))
    assert result.exit_code == 1
    assert "`massachusets` is not a state the rule book knows" in result.output
    assert "did you mean `massachusetts`?" in result.output


def test_a_misspelled_forum_in_a_finding_is_a_warning(tmp_path):
    result = check(write(tmp_path, case_data(FORUM_ACT, findings=["compelling_case_of_unreasonableness(d1, arizonna)"])))
    assert result.exit_code == 1
    assert "`arizonna` is not a forum the rule book knows" in result.output
    assert "did you mean `arizona`?" in result.output


def test_a_foreign_country_or_the_united_states_as_a_place_draws_no_warning(tmp_path):
    facts = FORUM_ACT + ["domiciled_in(d1, germany)", "harm_felt_in(p1, united_states)", "took_place_in(act1, england)"]
    result = check(write(tmp_path, case_data(facts)))
    assert result.exit_code == 0, result.output


def test_a_misspelled_party_kind_is_a_warning_at_the_party_with_did_you_mean(tmp_path):
    data = case_data(FORUM_ACT)
    data["parties"][1]["kind"] = "corportion"
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert "`corportion` is not a party_kind the rule book knows" in result.output
    assert "did you mean `corporation`?" in result.output
    assert "kind: corportion" in result.output  # the caret is on the party's `kind:` line


def test_a_party_kind_the_rule_book_knows_is_clean_and_a_record_fact(tmp_path):
    data = case_data(FORUM_ACT)
    data["parties"][1]["kind"] = "corporation"
    path = write(tmp_path, data)
    assert check(path).exit_code == 0
    from lexcheck.engine.api import rulebook
    case = load_case_data(data, rulebook().vocabulary, path)
    assert any(str(f.atom) == "kind_of_party(d1, corporation)" for f in case.facts)


def test_a_party_kind_that_is_not_an_identifier_is_an_error(tmp_path):
    data = case_data(FORUM_ACT)
    data["parties"][1]["kind"] = "A Corporation"
    result = check(write(tmp_path, data))
    assert result.exit_code == 2
    assert "`kind` must be a lower-case identifier" in result.output


def test_a_question_no_rule_in_force_in_the_court_decides_is_a_warning_at_the_fact_that_raised_it(tmp_path):
    # the rule book's jurisdictional-discovery rules bind the First and Ninth Circuits; asked in the
    # Fifth, the request comes out denied only because nothing concludes it, and check says so
    data = case_data(["requested_jurisdictional_discovery(arizona)"], circuit="fifth")
    result = check(write(tmp_path, data))
    assert result.exit_code == 1
    assert ("no rule of the rule book in force in N.D. Tex. on " in result.output
            and "decides jurisdictional discovery: its rules bind first, ninth, so "
                "`jurisdictional_discovery/arizona` comes out denied only because nothing concludes it"
            in result.output), result.output
    assert "| - fact: requested_jurisdictional_discovery(arizona)" in result.output
    # the ruling's ground says the same and names the question as its failed element
    from casebuilder import derive
    r = derive(["requested_jurisdictional_discovery(arizona)"], circuit="fifth").ruling(
        "jurisdictional_discovery/arizona")
    assert r.element == "jurisdictional_discovery"
    assert r.ground.endswith("no rule in force in this court on the case's date concludes it")


def test_a_question_whose_law_is_in_force_draws_no_such_warning(tmp_path):
    result = check(write(tmp_path, case_data(["requested_jurisdictional_discovery(arizona)"])))
    assert "no rule of the rule book in force" not in result.output
