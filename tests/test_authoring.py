"""The path for whoever encodes the next case: `vocab` to look predicates up,
`new` for a skeleton, `check` until clean."""
import json

import yaml
from click.testing import CliRunner
from lexcheck.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def listed(out: str, name: str) -> str:
    """One predicate's entry in the `vocab` listing: its line and the indented lines under it."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {name}("))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("      "))
    return "\n".join(lines[start:end])


def test_vocab_lists_every_predicate_once_grouped_by_kind(book):
    out = run("vocab").output
    for p in book.vocabulary:
        assert f"\n  {p.name}(" in out, p.name
    assert out.index("Record facts") < out.index("Findings") < out.index("Derived")


def test_vocab_shows_each_predicates_sentence_types_and_the_rules_that_read_it():
    out = run("vocab", "--kind", "record").output
    assert listed(out, "age_at_separation") == (
        "  age_at_separation(Child: party, Age: int)  [one value]\n"
        "      Child was Age years old when separated\n"
        "      read by: bivens_new_context.minor, but_for_nexus.tender_age")
    assert "Derived —" not in out


def test_vocab_says_which_record_facts_the_loader_writes_from_the_parties_list():
    out = run("vocab", "--kind", "record").output
    assert "written for you from the `parties:` list (`role: plaintiff`)" in listed(out, "plaintiff")


def test_vocab_of_a_predicate_shows_the_rules_that_conclude_and_read_it_and_its_limits():
    out = run("vocab", "expressly_aimed").output
    assert out.startswith("expressly_aimed(Defendant, Act, Forum)    derived · declared in rules/express_aiming.py")
    assert "Derived: only the rules conclude it; a case file never states it." in out
    concluded, rest = out.split("  read by:")
    assert "express_aiming.direct_command — A direct command" in concluded
    assert "purposeful_direction.calder_effects_test" in rest.split("  limits:")[0]
    assert "express_aiming.walden_plaintiff_connections — never enough by itself" in rest


def test_vocab_of_a_record_predicate_shows_how_to_write_it():
    out = run("vocab", "performed").output
    assert "    - fact: performed(party, act)\n      cite: FAC ¶ 12\n" in out


def test_vocab_of_a_doctrine_shows_its_passage_and_rules():
    out = run("vocab", "express_aiming").output
    assert out.startswith("doctrine express_aiming (rules/express_aiming.py)")
    assert "Not modelled:" in out and "express_aiming.national_policymaking_exception —" in out


def test_vocab_json_is_data():
    data = json.loads(run("vocab", "age_at_separation", "--format", "json").output)
    assert data["kind"] == "record" and data["functional"] is True
    assert data["args"] == [{"name": "child", "type": "party", "means": "a party id declared under `parties:`"},
                            {"name": "age", "type": "int", "means": "a whole number"}]
    assert data["read_by"] == [{"rule": "but_for_nexus.tender_age", "negated": False},
                               {"rule": "bivens_new_context.minor", "negated": False}]


def test_vocab_of_an_unknown_name_suggests_the_close_ones():
    result = run("vocab", "expresly_aimed")
    assert result.exit_code == 2
    assert result.output == ("lexcheck: no predicate or doctrine named 'expresly_aimed' (did you mean "
                             "expressly_aimed or express_aiming?)\n")


def test_new_writes_a_skeleton_whose_only_problems_are_its_placeholders(tmp_path):
    path = tmp_path / "my-case.yaml"
    assert run("new", str(path)).exit_code == 0
    result = run("check", str(path), "--format", "json")
    report = json.loads(result.output)
    assert result.exit_code == 2 and report["warnings"] == []
    assert all(e["message"].endswith("is still a placeholder ('TODO')") for e in report["errors"])
    assert [e["message"].split("`")[1] for e in report["errors"]] == [
        "caption", "citation", "court", "circuit", "forum", "decided", "motion", "id", "name", "cite", "id",
        "name", "cite", "fact", "cite", "ruling", "outcome", "cite"]


def test_new_lists_the_record_predicates_and_the_rulings_in_its_comments(tmp_path, book):
    path = tmp_path / "my-case.yaml"
    run("new", str(path))
    text = path.read_text()
    assert "#   performed(party, act)" in text and "#   specific_jurisdiction(defendant, forum)" in text
    assert "#   plaintiff(" not in text  # written by the parties list, not stated
    assert yaml.safe_load(text)["case"]["id"] == "my-case"


def test_a_skeleton_filled_in_checks_clean(tmp_path):
    path = tmp_path / "filled.yaml"
    run("new", str(path))
    text = path.read_text()
    fills = iter(["P v. D", "1 F.4th 1 (9th Cir. 2021)", "D. Ariz.", "ninth", "arizona", "2021", "MTD",
                  "p1", "P", "Compl. ¶ 1", "d1", "D", "Compl. ¶ 2",
                  "moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "Doc. 5",
                  "specific_jurisdiction(d1, arizona)", "fails", "Order at 3"])
    lines = [line.replace("TODO", next(fills), 1) if ": TODO" in line and not line.lstrip().startswith("#")
             else line for line in text.splitlines()]
    path.write_text("\n".join(lines) + "\n")
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    assert run("verify", str(path)).output.splitlines()[-1] == "1/1 rulings reproduced"


def test_new_never_overwrites_a_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("precious")
    result = run("new", str(path))
    assert result.exit_code == 2 and path.read_text() == "precious"
    assert result.output == f"lexcheck: {path} already exists; lexcheck new never overwrites a file (choose another name)\n"


def test_new_into_a_missing_folder_is_a_clear_error(tmp_path):
    result = run("new", str(tmp_path / "no" / "such.yaml"))
    assert result.exit_code == 2 and "no folder" in result.output
