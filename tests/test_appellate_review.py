"""Appellate review (28 U.S.C. § 2106): the claims the loser below brings up are decided afresh on the record
(Elder v. Holloway, 510 U.S. at 516), and the judgment on each is affirmed, reversed, or vacated and remanded
by comparing that ruling with the court below's."""
from casebuilder import derive, holds

# A state officer who pleaded immunity; nobody moved in this court: only review can put the claim at issue.
OFFICER = ["acted_under_color_of_state_law(d1)", "asserted_qualified_immunity(d1)",
           "count_challenges(c1, a1)", "hands_on_conduct(a1)", "performed(d1, a1)"]
COUNT = [("c1", "fourth_amendment_excessive_force", ["d1"])]
VIOLATION, UNLAWFUL = "constitutional_violation_pleaded(c1, d1)", "conduct_clearly_unlawful(c1, d1)"
DEFENDANT_APPEALS = ["ruled_below_for_plaintiff(c1, d1)", "appealed(d1, appeal1)"]
PLAINTIFF_APPEALS = ["ruled_below_for_defendant(c1, d1)", "appealed(p1, appeal1)"]


def review(posture, made=(), denied=(), counts=COUNT):
    return derive(OFFICER + posture, findings=list(made), denied=list(denied), counts=counts)


def outcome(d, rid):
    return d.ruling(rid).outcome


def test_a_defendant_refused_immunity_below_brings_the_claim_up_by_appealing():
    d = review(DEFENDANT_APPEALS, made=[VIOLATION, UNLAWFUL])
    assert holds(d, "claim_on_review(c1, d1)") and holds(d, "claim_challenged(c1, d1)")
    assert outcome(d, "qualified_immunity/c1/d1") == "fails"


def test_a_plaintiff_who_lost_below_brings_the_claim_up_by_appealing():
    d = review(PLAINTIFF_APPEALS, made=[VIOLATION, UNLAWFUL])
    assert holds(d, "claim_on_review(c1, d1)")
    assert outcome(d, "qualified_immunity/c1/d1") == "fails"


def test_the_winner_below_appealing_brings_nothing_up():
    d = review(["ruled_below_for_plaintiff(c1, d1)", "appealed(p1, appeal1)"], made=[VIOLATION, UNLAWFUL])
    assert not holds(d, "claim_on_review(c1, d1)")
    assert "qualified_immunity/c1/d1" not in {r.id for r in d.rulings}


def test_a_ruling_below_that_nobody_appealed_is_not_reviewed():
    d = review(["ruled_below_for_defendant(c1, d1)"], made=[VIOLATION, UNLAWFUL])
    assert not holds(d, "claim_challenged(c1, d1)")


def test_a_claim_on_a_right_the_rule_book_does_not_know_is_not_decided_on_review():
    d = review(DEFENDANT_APPEALS, counts=[("c1", "some_unknown_right", ["d1"])])
    assert holds(d, "claim_on_review(c1, d1)") and not holds(d, "claim_challenged(c1, d1)")


def test_a_denial_of_immunity_is_reversed_when_the_law_was_not_clearly_established():
    d = review(DEFENDANT_APPEALS, made=[VIOLATION], denied=[UNLAWFUL])
    assert outcome(d, "qualified_immunity/c1/d1") == "holds"
    assert outcome(d, "judgment_reversed/c1/d1") == "holds"
    assert outcome(d, "judgment_affirmed/c1/d1") == "fails"
    assert outcome(d, "remanded/c1/d1") == "holds"
    assert outcome(d, "judgment_vacated/c1/d1") == "not_reached"


def test_a_denial_of_immunity_is_affirmed_when_the_claim_survives_review():
    d = review(DEFENDANT_APPEALS, made=[VIOLATION, UNLAWFUL])
    assert outcome(d, "judgment_affirmed/c1/d1") == "holds"
    assert outcome(d, "judgment_reversed/c1/d1") == "fails"
    assert outcome(d, "remanded/c1/d1") == "fails"


def test_a_grant_of_immunity_is_vacated_and_remanded_when_the_claim_survives_review():
    d = review(PLAINTIFF_APPEALS, made=[VIOLATION, UNLAWFUL])
    assert outcome(d, "judgment_vacated/c1/d1") == "holds"
    assert outcome(d, "remanded/c1/d1") == "holds"
    assert outcome(d, "judgment_affirmed/c1/d1") == "fails"
    assert outcome(d, "judgment_reversed/c1/d1") == "not_reached"


def test_a_grant_of_immunity_is_affirmed_when_the_claim_fails_on_review_too():
    d = review(PLAINTIFF_APPEALS, made=[VIOLATION], denied=[UNLAWFUL])
    assert outcome(d, "judgment_affirmed/c1/d1") == "holds"
    assert outcome(d, "judgment_vacated/c1/d1") == "fails"
    assert outcome(d, "remanded/c1/d1") == "fails"


def test_the_disposition_waits_on_the_findings_the_review_turns_on():
    d = review(DEFENDANT_APPEALS, made=[VIOLATION])  # clearly established: argued, undecided
    assert outcome(d, "judgment_reversed/c1/d1") == "undetermined"


def test_the_reviewing_court_decides_the_bivens_question_brought_up_with_immunity():
    # a federal officer's appeal from the denial of immunity: the remedy is decided first (Wilkie, 551 U.S.
    # at 549 n.4), and a claim with no Bivens remedy is reversed though immunity is never reached
    facts = [f for f in OFFICER if not f.startswith("acted_under")] + DEFENDANT_APPEALS + [
        "federal_officer(d1)", "holds_rank(d1, line_officer)", "count_setting(c1, hospital_entrance_screening)",
        "argued_special_factor(national_security)"]
    d = derive(facts, findings=["implicates_national_security(a1)"], counts=COUNT)
    assert outcome(d, "bivens_remedy/c1/d1") == "fails"
    assert outcome(d, "qualified_immunity/c1/d1") == "not_reached"
    assert outcome(d, "judgment_reversed/c1/d1") == "holds"
