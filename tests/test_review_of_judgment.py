"""Review of a judgment after trial: an appeal contesting that the claim lies puts it at issue (28 U.S.C. § 1291;
FDIC v. Meyer, 510 U.S. at 474; Bray, 506 U.S. at 266-67)."""
from casebuilder import SEIZURE, derive, holds

FACTS = ["federal_officer(d1)", "count_challenges(c1, a1)", "performed(d1, a1)", "hands_on_conduct(a1)",
         "count_setting(c1, home_search_and_arrest)"]


def test_an_appeal_from_the_judgment_puts_the_claim_at_issue():
    d = derive(FACTS + ["judgment_challenged_on_appeal(d1, c1)"], counts=SEIZURE)
    assert holds(d, "claim_challenged(c1, d1)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_without_a_motion_or_an_appeal_the_claim_is_not_at_issue():
    d = derive(FACTS, counts=SEIZURE)
    assert not holds(d, "claim_challenged(c1, d1)")
    assert not [r for r in d.rulings if r.question.id == "bivens_remedy"]


def test_an_appeal_on_a_right_the_rule_book_does_not_know_puts_nothing_at_issue():
    d = derive(FACTS + ["judgment_challenged_on_appeal(d1, c1)"], counts=[("c1", "made_up_right", ["d1"])])
    assert not holds(d, "claim_challenged(c1, d1)")
