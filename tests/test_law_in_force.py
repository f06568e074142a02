"""The law in force: a case is decided under the rules in force on its date, in its court."""
import json
import types

import pytest
from click.testing import CliRunner

from casebuilder import case_data
from lexcheck.cli import main
from lexcheck.engine import law_in_force as law
from lexcheck.engine.api import bundled_cases, open_case, rulebook, with_as_of
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.explain import NOT_IN_FORCE
from lexcheck.engine.rulebook import RuleBook, RuleError, rule
from lexcheck.engine.rulings import run
from lexcheck.engine.syntax import Atom
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred, symbols
from lexcheck.rules import courts, record


@pytest.fixture(scope="module")
def book():
    return rulebook()


def forum(book, court, circuit, on):
    return law.forum_of(book.courts, {"court": court, "circuit": circuit, "decided": on})


def test_the_supreme_court_and_enacted_law_bind_every_court(book):
    for court, circuit in (("D. Ariz.", "ninth"), ("D. Mass.", "first"), ("9th Cir.", "ninth"), ("U.S.", "ninth")):
        f = forum(book, court, circuit, "2020-01-01")
        assert law.binds(book.courts, "supreme_court", f)
        assert law.binds(book.courts, "enacted_law", f)


def test_a_circuit_binds_itself_and_its_district_courts_and_no_other_court(book):
    assert law.binds(book.courts, "ninth", forum(book, "D. Ariz.", "ninth", "2020"))
    assert law.binds(book.courts, "ninth", forum(book, "9th Cir.", "ninth", "2020"))
    assert not law.binds(book.courts, "ninth", forum(book, "D. Mass.", "first", "2020"))
    assert not law.binds(book.courts, "ninth", forum(book, "U.S.", "ninth", "2020"))


def test_a_district_court_binds_itself_only(book):
    assert law.binds(book.courts, "D. Ariz.", forum(book, "D. Ariz.", "ninth", "2020"))
    assert not law.binds(book.courts, "D. Ariz.", forum(book, "C.D. Cal.", "ninth", "2020"))
    assert not law.binds(book.courts, "D. Ariz.", forum(book, "9th Cir.", "ninth", "2020"))


def test_a_rule_is_not_in_force_before_its_authority_was_decided(book):
    r = book.rule("express_aiming.knowing_reach_into_forum")  # Briskin, 2025-04-21
    assert not law.status(book, r, forum(book, "D. Ariz.", "ninth", "2025-04-20")).in_force
    assert law.status(book, r, forum(book, "D. Ariz.", "ninth", "2025-04-21")).in_force


def test_briskin_ends_wanats_limit_in_the_ninth_circuit_from_its_date(book):
    wanat = next(x for x in book.limits if x.id == "express_aiming.wanat_differential_targeting")
    assert law.status(book, wanat, forum(book, "D. Ariz.", "ninth", "2024-12-31")).in_force
    later = law.status(book, wanat, forum(book, "D. Ariz.", "ninth", "2025-06-01"))
    assert not later.in_force and later.ended_by == "express_aiming.knowing_reach_into_forum"


def test_a_date_known_only_to_the_year_counts_from_its_first_day_for_a_rule_and_its_last_for_a_case():
    assert law.first_day("2020") == law.first_day("2020-01-01")
    assert law.last_day("2020") == law.last_day("2020-12-31")
    assert str(law.last_day("2020-02")) == "2020-02-29"


def test_every_rule_names_a_declared_court(book):
    for r in book.rules + book.limits:
        for c in law.issuers(r.court):
            assert book.courts.get(c) is not None, r.id


def test_a_2020_case_is_explained_by_no_rule_with_a_later_authority(book):
    d = run(book, open_case("ko-v-ice", book))
    decided = law.last_day(d.case.meta["decided"])
    for r in d.rulings:
        for node in d.explain(r).walk():
            if node.rule is not None and node.kind != NOT_IN_FORCE:
                assert law.first_day(node.rule.decided) <= decided, (r.id, node.rule.id)


# -- supersession: declared once, on the later rule ------------------------------

def _book(*rules):
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.SYMBOLS = [symbols("forum", "a forum", ["arizona", "massachusetts"])]
    m.PREDICATES = [pred("conduct", "x:symbol", "{x} happened", RECORD),
                    pred("liable", "x:symbol", "{x} is actionable", DERIVED)]
    m.RULES = list(rules)
    return RuleBook.from_modules([courts, record, m])


OLD = rule("testing.old_test", "liable(X) if conduct(X)", authority="Old v. Rule, 1 F.3d 1, 2 (9th Cir. 2000)",
           decided="2000-01-01", court="ninth", gloss="The old test.")
NEW = rule("testing.new_test", "liable(X) if conduct(X) and conduct(X)", authority="New v. Rule, 9 F.4th 1 (9th Cir. 2025)",
           decided="2025-04-21", court="ninth", gloss="The new test.", supersedes="testing.old_test", how="overruled")


def _derive(book, decided, court="D. Ariz.", circuit="ninth"):
    data = case_data(facts=["conduct(act1)"])
    data["case"].update(decided=decided, court=court, circuit=circuit)
    return run(book, load_case_data(data, book.vocabulary, "<t>"))


def test_an_overruled_rule_decides_cases_before_the_overruling_and_not_after():
    book = _book(OLD, NEW)
    before, after = _derive(book, "2010-06-01"), _derive(book, "2025-06-01")
    assert before.model.holds("liable", ("act1",)) and after.model.holds("liable", ("act1",))
    assert before.model.holds(law.GUARD, ("testing.old_test",))
    assert not after.model.holds(law.GUARD, ("testing.old_test",))
    assert after.model.holds(law.GUARD, ("testing.new_test",))


def test_an_overruling_is_explained_with_the_rule_that_overruled_it():
    book = _book(OLD, rule("testing.new_test", "liable(X) if conduct(X) and conduct(y)",
                           authority="New v. Rule, 9 F.4th 1 (9th Cir. 2025)", decided="2025-04-21", court="ninth",
                           gloss="The new test.", supersedes="testing.old_test", how="overruled"))
    d = _derive(book, "2025-06-01")
    node = d.explainer.refute(Atom("liable", ("act1",)))
    notes = [c for c in node.children if c.kind == NOT_IN_FORCE]
    assert [n.rule.id for n in notes] == ["testing.old_test"]
    assert "overruled on 2025-04-21" in notes[0].sentence and "testing.new_test" in notes[0].sentence


def test_an_overruling_by_a_circuit_leaves_the_rule_in_force_elsewhere():
    old = rule("testing.old_test", "liable(X) if conduct(X)", authority="Old v. Rule, 1 U.S. 1 (2000)",
               decided="2000-01-01", court="supreme_court", gloss="The old test.")
    book = _book(old, NEW)
    assert _derive(book, "2025-06-01", "D. Mass.", "first").model.holds(law.GUARD, ("testing.old_test",))
    assert not _derive(book, "2025-06-01").model.holds(law.GUARD, ("testing.old_test",))


@pytest.mark.parametrize("bad, message", [
    (dict(court="fourteenth_circuit"), "not a declared court"),
    (dict(court=""), "has no court"),
    (dict(supersedes="testing.nowhere"), "which is not a rule"),
])
def test_a_rule_with_an_undeclared_court_or_an_unknown_superseded_rule_is_refused(bad, message):
    r = rule("testing.bad", "liable(X) if conduct(X)", **{**dict(authority="A v. B, 1 U.S. 1 (2000)",
             decided="2000", court="ninth", gloss="g."), **bad})
    with pytest.raises(RuleError, match=message):
        _book(r)


def test_a_rule_cannot_supersede_a_later_rule():
    early = rule("testing.early", "liable(X) if conduct(X)", authority="A v. B, 1 U.S. 1 (1990)", decided="1990",
                 court="ninth", gloss="g.", supersedes="testing.late")
    late = rule("testing.late", "liable(X) if conduct(X) and conduct(X)", authority="C v. D, 2 U.S. 2 (2000)",
                decided="2000", court="ninth", gloss="g.")
    with pytest.raises(RuleError, match="decided later"):
        _book(early, late)


def test_a_limit_may_abrogate_an_earlier_rule_from_its_date():
    from lexcheck.engine.rulebook import limit
    m = types.ModuleType("lexcheck.rules.testing")
    m.__doc__ = "A test doctrine."
    m.SYMBOLS = [symbols("forum", "a forum", ["arizona", "massachusetts"])]
    m.PREDICATES = [pred("conduct", "x:symbol", "{x} happened", RECORD),
                    pred("liable", "x:symbol", "{x} is actionable", DERIVED)]
    m.RULES = [OLD]
    m.LIMITS = [limit("testing.not_alone", "liable(X)", "conduct(X)", authority="Walden v. Fiore, 571 U.S. 277 (2014)",
                      decided="2014-02-25", court="supreme_court", gloss="conduct alone is not enough",
                      supersedes="testing.old_test", how="abrogated")]
    book = RuleBook.from_modules([courts, record, m])
    assert _derive(book, "2010-06-01").model.holds("liable", ("act1",))
    assert not _derive(book, "2015-06-01").model.holds("liable", ("act1",))
    status = law.status(book, OLD, forum(book, "D. Ariz.", "ninth", "2015-06-01"))
    assert not status.in_force and status.ended_by == "testing.not_alone" and "abrogated" in status.reason


# -- --as-of and what changes ------------------------------------------------------

@pytest.mark.parametrize("name", sorted(bundled_cases()))
def test_every_bundled_case_derives_under_todays_law_and_says_what_changed(name):
    runner = CliRunner()
    held = runner.invoke(main, ["holdings", name, "--as-of", "today"])
    assert held.exit_code == 0, held.output
    changed = runner.invoke(main, ["what-if", name, "--as-of", "2026-12-01", "--format", "json"])
    assert changed.exit_code == 0, changed.output
    out = json.loads(changed.output)
    assert out["as_of"] == "2026-12-01"
    for item in out["law_changes"]:  # every rule listed did change its force between the dates
        assert item["in_force_then"] != item["in_force_now"]


def test_as_of_an_earlier_date_takes_out_the_rules_decided_since():
    book = rulebook()
    case = open_case("ko-v-ice", book)
    earlier = with_as_of(case, "2019-01-01")
    d = run(book, earlier)
    assert not d.model.holds(law.GUARD, ("procedural_rulings.left_open_and_briefed_after_transfer",))
    assert run(book, case).model.holds(law.GUARD, ("procedural_rulings.left_open_and_briefed_after_transfer",))


def test_what_if_as_of_names_the_rules_that_came_into_force():
    result = CliRunner().invoke(main, ["what-if", "biliack-v-paul-revere", "--as-of", "2026-12-01"])
    assert result.exit_code == 0, result.output
    assert "in force on 2026-12-01, not on 2017" in result.output
    assert "+ but_for_nexus.tender_age (2022-03-31)" in result.output


def test_an_as_of_that_is_not_a_date_is_one_clear_error():
    result = CliRunner().invoke(main, ["holdings", "aiil-v-sessions", "--as-of", "last week"])
    assert result.exit_code != 0
    assert "not a date" in result.output and "Traceback" not in result.output


def test_rules_shows_each_rules_court_scope_and_interval():
    result = CliRunner().invoke(main, ["rules", "--format", "json"])
    rules = {r["id"]: r for r in json.loads(result.output)["rules"]}
    shoe = rules["express_aiming.conduct_in_forum"]
    assert shoe["court"] == ["supreme_court"] and shoe["binds"] == "every court"
    assert shoe["in_force_from"] == "1945-12-03"
    briskin = rules["express_aiming.knowing_reach_into_forum"]
    assert briskin["binds"] == "the U.S. Court of Appeals for the Ninth Circuit and its district courts"
    wanat_ended = CliRunner().invoke(main, ["rules"]).output
    assert "binds every court; in force from 1945-12-03" in wanat_ended


# -- closed vocabularies ---------------------------------------------------------

def test_check_warns_on_an_unknown_court_circuit_and_state_with_did_you_mean(tmp_path):
    data = case_data()
    data["case"].update(court="D. Arizona", circuit="nineth", forum="califronia")
    import yaml
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1, result.output  # warnings only: the file loads
    assert "`D. Arizona` is not a court the rule book knows" in result.output and "`D. Ariz.`" in result.output
    assert "`nineth` is not a circuit" in result.output and "`ninth`" in result.output
    assert "`califronia` is not a forum" in result.output and "`california`" in result.output


def test_check_warns_when_the_court_sits_in_another_circuit(tmp_path):
    data = case_data()
    data["case"].update(court="D. Mass.", circuit="ninth", forum="massachusetts")
    import yaml
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "sits in the first circuit, not the ninth" in result.output
