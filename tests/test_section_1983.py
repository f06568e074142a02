"""§ 1983 against state and local officers: no Bivens steps; qualified immunity as for a federal officer
(Monroe v. Pape, 365 U.S. at 184; Harlow, 457 U.S. at 818; Hope v. Pelzer, 536 U.S. at 736)."""
from casebuilder import MOTION, derive, holds

STATE = MOTION + ["acted_under_color_of_state_law(d1)", "asserted_qualified_immunity(d1)",
                  "count_challenges(c1, a1)", "hands_on_conduct(a1)", "performed(d1, a1)"]
PUNISHMENT = [("c1", "eighth_amendment_cruel_and_unusual_punishment", ["d1"])]
VIOLATION, UNLAWFUL = "constitutional_violation_pleaded(c1, d1)", "conduct_clearly_unlawful(c1, d1)"


def test_a_state_officers_constitutional_count_is_a_section_1983_claim_not_a_bivens_claim():
    d = derive(STATE, counts=PUNISHMENT, findings=[VIOLATION, UNLAWFUL])
    assert holds(d, "section_1983_claim(c1, d1)") and holds(d, "constitutional_claim(c1, d1)")
    assert not holds(d, "bivens_claim(c1, d1)")
    assert "new_context/c1/d1" not in {r.id for r in d.rulings}


def test_a_count_against_someone_not_acting_under_state_law_is_not_a_section_1983_claim():
    d = derive([f for f in STATE if not f.startswith("acted_under")], counts=PUNISHMENT)
    assert not holds(d, "section_1983_claim(c1, d1)") and holds(d, "bivens_claim(c1, d1)")


def test_a_count_on_a_statutory_right_is_not_a_section_1983_claim():
    d = derive(STATE, counts=[("c1", "section_1985_3_conspiracy", ["d1"])])
    assert not holds(d, "section_1983_claim(c1, d1)")


def test_a_state_officer_who_violated_clearly_established_law_is_not_immune():
    d = derive(STATE, counts=PUNISHMENT, findings=[VIOLATION, UNLAWFUL])
    assert d.ruling("qualified_immunity/c1/d1").outcome == "fails"


def test_a_state_officer_is_immune_when_the_law_was_not_clearly_established():
    d = derive(STATE, counts=PUNISHMENT, findings=[VIOLATION], denied=[UNLAWFUL])
    assert d.ruling("qualified_immunity/c1/d1").outcome == "holds"


def test_a_state_officer_is_immune_when_no_violation_is_shown_whatever_the_law():
    # Pearson, 555 U.S. at 236: the violation prong may be taken first
    d = derive(STATE, counts=PUNISHMENT, denied=[VIOLATION])
    r = d.ruling("qualified_immunity/c1/d1")
    assert r.outcome == "holds"


def test_summary_judgment_puts_a_claim_at_issue_as_a_motion_to_dismiss_does():
    facts = [f for f in STATE if not f.startswith(("moved_to_dismiss", "motion_ground"))] + [
        "moved_for_summary_judgment(d1, m1)"]
    d = derive(facts, counts=PUNISHMENT, findings=[VIOLATION, UNLAWFUL])
    assert holds(d, "claim_challenged(c1, d1)")
    assert d.ruling("qualified_immunity/c1/d1").outcome == "fails"


def test_an_unbriefed_summary_judgment_motion_puts_nothing_at_issue():
    facts = [f for f in STATE if not f.startswith(("moved_to_dismiss", "motion_ground", "fully_briefed"))] + [
        "moved_for_summary_judgment(d1, m1)"]
    assert not holds(derive(facts, counts=PUNISHMENT), "claim_challenged(c1, d1)")
