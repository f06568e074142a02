"""Three-valued bounds: sound against pyDatalog for every way the open findings could go."""
from hypothesis import given, settings, strategies as st

from casebuilder import FORUM_ACT, derive
from lexcheck.engine.kleene import bounds
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
    # e.g. compelling_case_of_unreasonableness is open for every defendant: prong 3 is never reached
    assert aiil.bounds.is_open("compelling_case_of_unreasonableness", ("lloyd", "arizona"))
    assert all(r.outcome != "undetermined" for d in (aiil, ko_mass) for r in d.rulings)


@st.composite
def completions(draw, book_and_case):
    """One way the court might decide the findings a small case leaves open."""
    opened = sorted((p, a) for p, rows in bounds(*book_and_case).open.items() for a in rows
                    if p != "compelling_case_of_unreasonableness" or a[0] == "d1")
    return [Atom(p, a) for p, a in opened if draw(st.booleans())]


def _small_case():
    from lexcheck.engine.api import rulebook
    d = derive(FORUM_ACT + ["act_against(act1, p1)", "requested_jurisdictional_discovery(arizona)"])
    return rulebook(), d.case


SMALL = _small_case()


@settings(max_examples=25)
@given(completions(SMALL))
def test_every_completion_of_the_open_findings_lies_between_the_bounds(made):
    book, case = SMALL
    b = bounds(book, case)
    model = engine_derive(book, case.atoms() + made)
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
