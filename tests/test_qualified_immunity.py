"""Qualified immunity on a § 1985(3) claim: clearly established only by controlling authority or a robust
consensus (al-Kidd, 563 U.S. at 735, 741; Wesby, 138 S. Ct. at 589-90); the intracorporate-conspiracy question.
And on a constitutional claim with a Bivens remedy: both prongs rest on the court's findings."""
import pytest
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

DEFS = ("d1", "d2")
COUNTS = [("c8", "section_1985_3_conspiracy", list(DEFS)), ("c9", "section_1986_neglect_to_prevent", list(DEFS))]
# Two federal officials of different agencies, acting within the scope of employment, alleged to have conspired.
CONSPIRACY = [f for d, agency in (("d1", "doj"), ("d2", "dhs")) for f in (
    f"moved_to_dismiss({d}, m1)", f"asserted_qualified_immunity({d})", f"federal_officer({d})",
    f"acted_within_scope_of_employment({d})", f"conspiracy_member({d}, k)", f"member_of_agency({d}, {agency})",
    f"knew_of_conspiracy({d}, k)", f"neglected_to_prevent({d}, k)")] + [
    "motion_ground(m1, failure_to_state_a_claim)", "fully_briefed(m1)",
    "count_alleges_conspiracy(c8, k)", "count_alleges_conspiracy(c9, k)", "conspiracy_purpose_equal_protection(k)",
    "act_in_furtherance(k, plan)", "injured_by(p1, k)"]
ACROSS = "intracorporate_doctrine_inapplicable_across_agencies"
NO_CONSENSUS = [f"robust_consensus({p})" for p in (ACROSS, "intracorporate_doctrine_inapplicable_to_section_1985")]


def run(facts=(), findings=(), circuit="ninth"):
    denied = [f for f in NO_CONSENSUS if f not in findings]
    return derive(CONSPIRACY + list(facts), findings=list(findings), denied=denied, counts=COUNTS, defendants=DEFS,
                  circuit=circuit)


def test_officials_are_immune_while_the_intracorporate_question_is_open():
    d = run()
    r = d.ruling("qualified_immunity/c8/d1")
    assert r.outcome == "holds" and r.question.holds == "immune"
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "not_reached"


def test_a_decision_of_this_circuits_court_of_appeals_clearly_establishes_the_law():
    d = run([f"authority_holds(case1, {ACROSS})", "decided_by(case1, ninth_circuit)"])
    assert d.ruling("qualified_immunity/c8/d1").outcome == "fails"
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"


def test_another_circuits_decision_is_not_controlling():
    d = run([f"authority_holds(case1, {ACROSS})", "decided_by(case1, dc_circuit)"])
    assert d.ruling("qualified_immunity/c8/d1").outcome == "holds"


def test_a_supreme_court_decision_is_controlling_everywhere():
    d = run([f"authority_holds(case1, {ACROSS})", "decided_by(case1, supreme_court)"], circuit="dc")
    assert d.ruling("qualified_immunity/c8/d1").outcome == "fails"


def test_district_court_decisions_do_not_settle_the_law_without_a_robust_consensus():
    cited = [f"authority_holds(case{i}, {ACROSS})" for i in (1, 2)] + \
        [f"decided_by(case{i}, some_district_court)" for i in (1, 2)]
    assert run(cited).ruling("qualified_immunity/c8/d1").outcome == "holds"
    assert run(cited, findings=[f"robust_consensus({ACROSS})"]).ruling("qualified_immunity/c8/d1").outcome == "fails"


def test_a_case_about_unauthorised_conduct_is_distinguishable_where_officials_acted_within_scope():
    d = run([f"authority_holds(case1, {ACROSS})", "decided_by(case1, ninth_circuit)",
             "authority_involved_unauthorized_conduct(case1)"])
    assert holds(d, "authority_inapposite(case1)")
    assert d.ruling("qualified_immunity/c8/d1").outcome == "holds"


def test_the_agency_line_does_not_help_a_conspiracy_within_one_agency():
    facts = without(CONSPIRACY, "member_of_agency(d2, dhs)") + ["member_of_agency(d2, doj)",
                                                                f"authority_holds(case1, {ACROSS})",
                                                                "decided_by(case1, ninth_circuit)"]
    d = derive(facts, denied=NO_CONSENSUS, counts=COUNTS, defendants=DEFS)
    assert d.ruling("qualified_immunity/c8/d1").outcome == "holds"


def test_a_conspirator_outside_federal_employment_takes_the_claim_out_of_the_open_question():
    d = derive(without(CONSPIRACY, "acted_within_scope_of_employment(d2)"), denied=NO_CONSENSUS, counts=COUNTS,
               defendants=DEFS)
    assert not holds(d, "intracorporate_conspiracy(k)")
    assert d.ruling("qualified_immunity/c8/d1").outcome == "fails"


def test_a_defendant_who_does_not_plead_immunity_gets_no_immunity_ruling():
    d = derive(without(CONSPIRACY, "asserted_qualified_immunity(d1)"), denied=NO_CONSENSUS, counts=COUNTS,
               defendants=DEFS)
    assert "qualified_immunity/c8/d1" not in {r.id for r in d.rulings}
    assert d.ruling("conspiracy_claim_stated/c8/d1").outcome == "holds"


def test_aiil_plaintiffs_two_district_court_cases_are_no_robust_consensus(aiil):
    assert not aiil.model.holds("settled_law", (ACROSS,))
    assert aiil.model.holds("authority_inapposite", ("ali_v_raleigh_cty",))
    assert aiil.ruling("qualified_immunity/count_7/lloyd").outcome == "holds"


# -- a constitutional claim with a Bivens remedy (Bivens's own context), immunity pleaded ----------------------

VIOLATION, UNLAWFUL = "constitutional_violation_pleaded(c1, d1)", "conduct_clearly_unlawful(c1, d1)"


def bivens_claim(made=(), denied=()):
    return derive(BIVENS_CONTEXT + ["asserted_qualified_immunity(d1)"], findings=list(made), denied=list(denied),
                  counts=SEIZURE)


def test_no_immunity_for_a_violation_the_law_clearly_forbade():
    d = bivens_claim(made=[VIOLATION, UNLAWFUL])
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"
    assert d.ruling("qualified_immunity/c1/d1").outcome == "fails"
    assert not holds(d, "claim_dismissed(c1, d1)")


@pytest.mark.parametrize("violation", ["made", "denied"])
def test_immune_when_the_law_did_not_place_the_conduct_beyond_debate_whatever_the_violation(violation):
    pleaded = [VIOLATION] if violation == "made" else []
    d = bivens_claim(made=pleaded, denied=[UNLAWFUL] + ([] if pleaded else [VIOLATION]))
    r = d.ruling("qualified_immunity/c1/d1")
    assert r.outcome == "holds" and "not clearly established" in r.ground
    assert not holds(d, "violation_prong_reached(c1, d1)")  # Pearson: the court may stop there


def test_immune_when_the_facts_pleaded_make_out_no_violation_of_clearly_established_law():
    d = bivens_claim(made=[UNLAWFUL], denied=[VIOLATION])
    r = d.ruling("qualified_immunity/c1/d1")
    assert r.outcome == "holds" and "no violation" in r.ground
    assert holds(d, "claim_dismissed(c1, d1)")


@pytest.mark.parametrize("made, denied, still_open", [
    ((), (), (UNLAWFUL, VIOLATION)),
    ((UNLAWFUL,), (), (VIOLATION,)),
    ((VIOLATION,), (), (UNLAWFUL,)),
])
def test_immunity_is_undetermined_until_the_court_decides_the_prong_that_decides_it(made, denied, still_open):
    r = bivens_claim(made, denied).ruling("qualified_immunity/c1/d1")
    assert r.outcome == "undetermined" and r.open == still_open


def test_the_findings_are_not_reached_where_the_claim_has_no_bivens_remedy(aiil):
    # the courts never reached immunity on the Bivens counts, and the case files leave both findings open
    assert aiil.bounds.is_open("conduct_clearly_unlawful", ("count_1", "lloyd"))
    assert aiil.ruling("qualified_immunity/count_1/lloyd").outcome == "not_reached"


# -- the obvious case (Hope v. Pelzer, 536 U.S. at 741; Taylor v. Riojas, 592 U.S. at 8-9) -----------------------

OBVIOUS = "obvious_violation(c1, d1)"


def test_an_obvious_violation_is_clearly_established_without_a_case_on_point():
    d = bivens_claim(made=[VIOLATION, OBVIOUS], denied=[UNLAWFUL])
    assert holds(d, "obvious_case(c1, d1)") and holds(d, "clearly_established(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "fails"


def test_no_obvious_case_without_a_violation():
    d = bivens_claim(made=[OBVIOUS], denied=[UNLAWFUL, VIOLATION])
    assert not holds(d, "obvious_case(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"


def test_a_violation_the_court_finds_not_obvious_needs_law_placing_it_beyond_debate():
    d = bivens_claim(made=[VIOLATION], denied=[UNLAWFUL, OBVIOUS])
    assert not holds(d, "obvious_case(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"


def _dated(decided, made=(), denied=(), rulings=()):
    from casebuilder import case_data
    from lexcheck.engine.api import rulebook
    from lexcheck.engine.casefile import load_case_data
    from lexcheck.engine.rulings import run
    data = case_data(BIVENS_CONTEXT + ["asserted_qualified_immunity(d1)"], findings=list(made), denied=list(denied),
                     counts=SEIZURE)
    data["case"]["decided"] = decided
    data["rulings"] = [{"ruling": r, "outcome": o, "cite": "Op. at 5"} for r, o in rulings]
    book = rulebook()
    return run(book, load_case_data(data, book.vocabulary, "<synthetic>"))


def test_before_hope_an_obvious_violation_without_a_case_on_point_was_not_clearly_established():
    d = _dated("2001-12-01", made=[VIOLATION, OBVIOUS], denied=[UNLAWFUL])
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"


# -- the order of the prongs: Saucier's mandatory sequence (2001), Pearson's discretion (2009) ----------------------

def _verified(decided, ruling, made=(), denied=()):
    from lexcheck.engine.rulings import verify
    d = _dated(decided, made=made, denied=denied, rulings=[(ruling, "not_reached")])
    (c,) = verify(d)
    return c


def test_after_pearson_a_court_may_leave_the_violation_prong_undecided():
    c = _verified("2015-01-01", "right_violated(c1, d1)", made=[VIOLATION], denied=[UNLAWFUL])
    assert c.ok and "declined to decide it, as it may" in c.note


def test_under_saucier_a_court_had_to_decide_the_violation_prong_first():
    c = _verified("2005-01-01", "right_violated(c1, d1)", made=[VIOLATION], denied=[UNLAWFUL])
    assert not c.ok and "court: not_reached" in c.problems[0]


def test_under_saucier_a_court_that_finds_no_violation_need_not_reach_clearly_established_law():
    c = _verified("2005-01-01", "clearly_established(c1, d1)", made=[UNLAWFUL], denied=[VIOLATION])
    assert c.ok


def test_under_saucier_a_court_that_finds_a_violation_must_reach_clearly_established_law():
    c = _verified("2005-01-01", "clearly_established(c1, d1)", made=[VIOLATION, UNLAWFUL])
    assert not c.ok
