"""The declared rights: a count on a right the rule book knows is decided; one on any other right is named by
`check` and decided nowhere (never a silent survival)."""
from pathlib import Path

import pytest
from casebuilder import BIVENS_CONTEXT, MOTION, derive, holds
from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.check import _symbol_problems
from lexcheck.engine.rulings import run
from lexcheck.rules.rights import RIGHTS, STATUTORY


@pytest.mark.parametrize("right", sorted(RIGHTS))
def test_every_declared_constitutional_right_makes_a_count_a_bivens_claim_with_its_provision_and_clause(right):
    provision, clause = RIGHTS[right][:2]
    d = derive(BIVENS_CONTEXT, counts=[("c1", right, ["d1"])])
    assert holds(d, "bivens_claim(c1, d1)")
    assert holds(d, f"count_feature(c1, provision, {provision})")
    assert holds(d, f"count_feature(c1, right, {clause})")
    assert not d.model.rows("unknown_symbol")


@pytest.mark.parametrize("right", sorted(STATUTORY))
def test_every_declared_statutory_right_is_known_and_puts_its_count_at_issue(right):
    d = derive(MOTION, counts=[("c1", right, ["d1"])])
    assert holds(d, f"known_symbol(right, {right})")
    assert holds(d, "claim_challenged(c1, d1)")


def test_a_count_on_a_right_no_law_declares_is_named_and_put_at_issue_nowhere():
    d = derive(BIVENS_CONTEXT, counts=[("c1", "first_amendment_retalation", ["d1"])])
    assert holds(d, "unknown_symbol(right, first_amendment_retalation)")
    assert not holds(d, "claim_challenged(c1, d1)")
    ids = {r.id for r in d.rulings}
    assert "count_dismissed/c1" not in ids and "motion_to_dismiss_granted/m1" not in ids


def test_check_warns_on_an_unknown_right_with_did_you_mean_and_the_known_rights(tmp_path):
    book = rulebook()
    from casebuilder import case_data
    data = case_data(BIVENS_CONTEXT, counts=[("c1", "first_amendment_retalation", ["d1"])])
    case = load_case_data(data, book.vocabulary, str(tmp_path / "none.yaml"))
    problems = _symbol_problems(case, run(book, case))
    assert len(problems) == 1 and problems[0].severity == "warning"
    assert "`first_amendment_retalation` is not a right" in problems[0].message
    assert "first_amendment_retaliation" in problems[0].fix and "fourth_amendment_excessive_force" in problems[0].fix


def test_check_warns_on_an_unknown_rank_setting_and_special_factor(tmp_path):
    book = rulebook()
    from casebuilder import case_data
    facts = [f for f in BIVENS_CONTEXT if not f.startswith(("holds_rank", "count_setting"))] + [
        "holds_rank(d1, line_oficer)", "count_setting(c1, home_serch)", "argued_special_factor(nationl_security)"]
    case = load_case_data(case_data(facts, counts=[("c1", "fourth_amendment_unreasonable_seizure", ["d1"])]),
                          book.vocabulary, str(tmp_path / "none.yaml"))
    kinds = {p.message.split("` is not a ")[1].split(" ")[0] for p in _symbol_problems(case, run(book, case))}
    assert kinds == {"rank", "setting", "factor"}


def test_a_bundled_case_names_no_unknown_right(aiil):
    assert not [r for r in aiil.model.rows("unknown_symbol") if r[0] == "right"]
