"""Case files: refused whole, with file:line:column, when anything is wrong."""
import textwrap

import pytest
from lexcheck.engine.casefile import CaseFileError, load_case_text

HEAD = """\
case: {id: t, caption: T v. U, court: D. Test, circuit: ninth, forum: arizona, decided: 2022-01-01, motion: MTD}
parties:
  - {id: d1, name: D One, role: defendant, cite: Compl. ¶ 2}
facts:
"""


def load(book, facts: str):
    return load_case_text(HEAD + textwrap.indent(textwrap.dedent(facts), "  "), book.vocabulary, "t.yaml")


def error(book, facts: str) -> str:
    with pytest.raises(CaseFileError) as e:
        load(book, facts)
    return str(e.value)


def test_a_clean_file_loads(book):
    case = load(book, "- fact: performed(d1, act1)\n  cite: Compl. ¶ 5\n")
    assert [str(a) for a in case.atoms()][-1] == "performed(d1, act1)"


def test_a_derived_predicate_asserted_as_a_fact_is_refused(book):
    msg = error(book, "- fact: expressly_aimed(d1, act1, arizona)\n  cite: Compl. ¶ 5\n")
    assert "t.yaml:5:5: error: `expressly_aimed` is derived: conclusions are derived, not stated" in msg


def test_a_fact_without_a_cite_is_refused(book):
    assert "t.yaml:5:5: error: fact `performed(d1, act1)` has no record `cite:`" in error(
        book, "- fact: performed(d1, act1)\n")


def test_a_finding_without_its_opinion_page_is_refused(book):
    assert "has no `page:`" in error(book, "- finding: national_policymaking(act1)\n")


def test_a_finding_written_as_a_fact_is_refused(book):
    assert "is a finding a court makes" in error(book, "- fact: national_policymaking(act1)\n  cite: X\n")


def test_an_unknown_predicate_gets_a_suggestion(book):
    assert "unknown predicate `perfomed` (did you mean performed?)" in error(
        book, "- fact: perfomed(d1, act1)\n  cite: X\n")


def test_an_undeclared_party_is_refused(book):
    assert "names `d9`, which is not a declared party" in error(book, "- fact: performed(d9, act1)\n  cite: X\n")


def test_an_age_that_is_not_a_number_is_refused(book):
    assert "must be a whole number, not 'ten'" in error(book, "- fact: age_at_separation(d1, ten)\n  cite: X\n")


def test_malformed_yaml_names_the_line(book):
    with pytest.raises(CaseFileError) as e:
        load_case_text("case: [unclosed\n", book.vocabulary, "bad.yaml")
    assert str(e.value).startswith("bad.yaml:2:1: error: malformed YAML")


def test_an_atom_in_a_flow_mapping_gets_a_hint_about_commas(book):
    assert "block style" in error(book, "- {fact: performed(d1, act1), cite: X}\n")


def test_python_object_tags_are_refused_not_constructed(book):
    text = HEAD.replace("facts:\n", "facts: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(CaseFileError, match="YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"):
        load_case_text(text, book.vocabulary, "evil.yaml")


def test_conflicting_readings_of_the_record_are_a_warning_naming_both_cites(book):
    case = load(book, "- fact: age_at_separation(d1, 9)\n  cite: FAC ¶ 19\n"
                      "- fact: age_at_separation(d1, 7)\n  cite: Doc. 41 at 2\n")
    assert len(case.warnings) == 1 and "FAC ¶ 19" in str(case.warnings[0]) and "Doc. 41 at 2" in str(case.warnings[0])
