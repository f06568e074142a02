"""Three-valued bounds, as pyDatalog derives them from the lower/upper program:
the same as clingo's answer set for that program, and sound for every way the
open findings could go."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from casebuilder import FORUM_ACT, case_data, derive
from lexcheck.engine.casefile import load_case_data, load_case_file
from lexcheck.engine.kleene import Facts, bounds, open_findings, values
from lexcheck.engine.rulings import run
from lexcheck.engine.law_in_force import case_atoms
from lexcheck.engine.store import derive as engine_derive
from lexcheck.engine.syntax import Atom


# derived from immunity's two constitutional findings, which the bundled case files leave open
IMMUNITY_PRONGS = ("unsettled_question", "clearly_established", "violation_prong_reached", "right_violated")


def test_without_open_findings_that_matter_the_bounds_are_the_engines_model(aiil, ko_mass):
    for d in (aiil, ko_mass):
        for p in d.book.vocabulary:
            # these turn on findings the case files leave open and no bundled ruling depends on
            # (the next test checks that no ruling is undetermined)
            if p.kind == "derived" and p.name not in ("national_policymaking_exception", "discovery_would_help",
                                                     "unreasonable_exercise",
                                                     "generic_overlap", "primary_special_factor", "settled_law"):
                # immunity's two constitutional findings are open on every Bivens claim (never reached:
                # no remedy), so only the statutory claims' rows are fixed
                bivens = set(d.model.rows("bivens_claim")) if p.name in IMMUNITY_PRONGS else set()
                lo, model, hi = ({r for r in m.rows(p.name) if r not in bivens}
                                 for m in (d.bounds.lo, d.model, d.bounds.hi))
                assert lo == model == hi, p.name


def test_no_bundled_ruling_is_undetermined_although_findings_are_left_open(aiil, ko_mass):
    # compelling_case_of_unreasonableness was never argued (prong 3 is never reached): not open, not made;
    # immunity's two prongs are open wherever immunity was asserted, and no ruling turns on them
    assert not aiil.bounds.is_open("compelling_case_of_unreasonableness", ("lloyd", "arizona"))
    assert aiil.bounds.open.get("conduct_clearly_unlawful")
    assert all(r.outcome != "undetermined" for d in (aiil, ko_mass) for r in d.rulings)


@st.composite
def completions(draw, book_and_case):
    """One way the court might decide the findings a small case leaves open."""
    opened = sorted((p, a) for p, rows in bounds(*book_and_case).open.items() for a in rows
                    if p != "compelling_case_of_unreasonableness" or a[0] == "d1")
    return [Atom(p, a) for p, a in opened if draw(st.booleans())]


def _small_case():
    from lexcheck.engine.api import rulebook
    d = derive(FORUM_ACT + ["act_against(act1, p1)", "requested_jurisdictional_discovery(arizona)"],
               open=["national_policymaking(act1)", "compelling_case_of_unreasonableness(d1, arizona)"])
    return rulebook(), d.case


SMALL = _small_case()


@settings(max_examples=25)
@given(completions(SMALL))
def test_every_completion_of_the_open_findings_lies_between_the_bounds(made):
    book, case = SMALL
    b = bounds(book, case)
    model = engine_derive(book, case_atoms(book, case) + made)
    for p in book.vocabulary:
        if p.kind == "derived":
            assert b.lo.rows(p.name) <= model.rows(p.name) <= b.hi.rows(p.name), p.name


def test_an_undetermined_ruling_goes_either_way_with_the_finding_it_names(open_finding):
    from lexcheck.engine.whatif import ADD, DENY, Change, apply
    from lexcheck.engine.rulings import run
    from lexcheck.engine.syntax import parse_atom
    rid = "purposefully_directed_or_availed/director/arizona"
    r = open_finding.ruling(rid)
    assert r.outcome == "undetermined"
    (finding,) = r.open
    outcomes = {op: run(open_finding.book, apply(open_finding.book, open_finding.case,
                                                 [Change(op, parse_atom(finding))])).ruling(rid).outcome
                for op in (ADD, DENY)}
    assert outcomes == {ADD: "fails", DENY: "holds"}


def _docket(book):
    """The development dockets' real decisions, as loaded."""
    folder = Path(__file__).resolve().parents[1] / "facts" / "docket"
    return [load_case_file(path, book.vocabulary) for path in sorted(folder.glob("*/*.yaml"))]


def test_pydatalog_derives_the_bounds_clingo_derives_from_the_same_lower_upper_program(book, aiil, ko_mass,
                                                                                       open_finding):
    pytest.importorskip("clingo")
    from lexcheck.engine import asp
    program = asp.bounds_program(book)
    undetermined = 0
    for case in [aiil.case, ko_mass.case, open_finding.case] + _docket(book):
        facts = Facts.of(book, case)
        opened = open_findings(book, case, facts)
        ours = bounds(book, case, facts)
        lo, hi = asp.bounds(book, facts.made, opened, program)
        for p in book.vocabulary:
            assert ours.lo.rows(p.name) == lo.rows(p.name), (case.id, p.name)
            assert ours.hi.rows(p.name) == hi.rows(p.name), (case.id, p.name)
        undetermined += sum(len(hi.rows(p.name) - lo.rows(p.name)) for p in book.vocabulary if p.kind == "derived")
    assert undetermined  # the comparison covered atoms that turn on open findings


def test_asking_for_a_few_atoms_gives_the_values_the_whole_bounds_give(book, aiil, open_finding):
    for d in (aiil, open_finding):
        atoms = [r.atom for r in d.rulings]
        assert values(book, d.case, atoms) == [d.bounds.value(a.pred, a.args) for a in atoms]
    assert None in values(book, open_finding.case, [r.atom for r in open_finding.rulings])


def test_a_case_with_a_hundred_and_twenty_parties_derives(book):
    # 120 parties, each act argued to be national policymaking and left open: the old hand-written
    # fixpoint refused a case this size
    defendants = [f"d{i}" for i in range(60)]
    facts = [f for i, d in enumerate(defendants) for f in (
        f"moved_to_dismiss_for_lack_of_personal_jurisdiction({d})", f"performed({d}, act{i})",
        f"intentional_act(act{i})", f"pleaded_in_complaint(act{i})", f"took_place_in(act{i}, place{i})",
        f"act_against(act{i}, p{i})")]
    case = load_case_data(case_data(facts, plaintiffs=[f"p{i}" for i in range(60)], defendants=defendants,
                                    open=[f"national_policymaking(act{i})" for i in range(60)]),
                          book.vocabulary, "<120 parties>")
    d = run(book, case)
    assert {r.id for r in d.rulings} >= {f"specific_jurisdiction/{x}/arizona" for x in defendants}
