"""Summary judgment on the record (Fed. R. Civ. P. 56(a); Celotex, 477 U.S. at 322-23), with genuine disputes of
material fact resolved for the non-movant (Tolan v. Cotton, 572 U.S. at 656-57)."""
from casebuilder import derive, holds

SJ = ["moved_for_summary_judgment(d1, m1)", "fully_briefed(m1)", "acted_under_color_of_state_law(d1)",
      "asserted_qualified_immunity(d1)", "count_challenges(c1, a1)", "hands_on_conduct(a1)", "performed(d1, a1)"]
COUNT = [("c1", "fourth_amendment_excessive_force", ["d1"])]
VIOLATION, UNLAWFUL = "constitutional_violation_pleaded(c1, d1)", "conduct_clearly_unlawful(c1, d1)"
DISPUTE = "genuine_dispute_of_material_fact(c1, d1)"


def sj(facts=SJ, made=(), denied=()):
    return derive(list(facts), findings=list(made), denied=list(denied), counts=COUNT)


def test_summary_judgment_is_granted_on_a_claim_that_fails_as_a_matter_of_law():
    d = sj(made=[VIOLATION], denied=[UNLAWFUL])
    assert d.ruling("summary_judgment_granted/c1/d1").outcome == "holds"


def test_summary_judgment_is_denied_on_a_claim_that_survives():
    d = sj(made=[VIOLATION, UNLAWFUL])
    assert d.ruling("summary_judgment_granted/c1/d1").outcome == "fails"


def test_an_unbriefed_motion_asks_for_nothing():
    d = sj([f for f in SJ if f != "fully_briefed(m1)"], made=[VIOLATION, UNLAWFUL])
    assert not holds(d, "summary_judgment_sought(c1, d1)")


def test_a_genuine_dispute_over_the_violation_is_resolved_for_the_plaintiff():
    d = sj(made=[DISPUTE, UNLAWFUL], denied=[VIOLATION])
    assert holds(d, "right_violated(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "fails"
    assert d.ruling("summary_judgment_granted/c1/d1").outcome == "fails"


def test_a_genuine_dispute_does_not_defeat_immunity_where_the_law_was_not_clearly_established():
    d = sj(made=[DISPUTE], denied=[UNLAWFUL, VIOLATION])
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"
    assert d.ruling("summary_judgment_granted/c1/d1").outcome == "holds"


def test_a_dispute_matters_only_on_summary_judgment():
    facts = [f for f in SJ if not f.startswith(("moved_for", "fully"))] + [
        "moved_to_dismiss(d1, m2)", "motion_ground(m2, failure_to_state_a_claim)", "fully_briefed(m2)"]
    d = sj(facts, made=[DISPUTE, UNLAWFUL], denied=[VIOLATION])
    assert not holds(d, "right_violated(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"
