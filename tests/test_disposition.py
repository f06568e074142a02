"""The order: counts, defendants and the motion, derived from the claims."""
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive

TWO = [("c1", "fourth_amendment_unreasonable_seizure", ["d1"]),
       ("c2", "fourth_amendment_unreasonable_seizure", ["d1"])]


def test_a_motion_is_granted_only_when_every_claim_it_challenges_is_dismissed():
    barred = BIVENS_CONTEXT + ["noncitizen(p1)", "count_challenges(c1, p)", "count_challenges(c2, p)"]
    d = derive(barred, findings=["general_policy(p)"], counts=TWO)
    assert d.ruling("motion_to_dismiss_granted/m1").outcome == "holds"
    assert d.ruling("defendant_dismissed/d1").outcome == "holds"


def test_a_surviving_claim_keeps_the_defendant_in_and_the_motion_denied_in_part():
    d = derive(BIVENS_CONTEXT, counts=TWO)  # Bivens's own context: a remedy lies
    assert d.ruling("count_dismissed/c1").outcome == "fails"
    assert d.ruling("motion_to_dismiss_granted/m1").label == "denied in part"
    assert d.ruling("defendant_dismissed/d1").outcome == "fails"


def test_ko_order_grants_the_motion_and_denies_leave(ko_ice):
    assert ko_ice.ruling("motion_to_dismiss_granted/ecf_51").outcome == "holds"
    assert ko_ice.ruling("motion_to_amend_granted/ecf_64").outcome == "fails"
    assert {r.outcome for r in ko_ice.rulings if r.question.id == "count_dismissed"} == {"holds"}


def test_ko_holdings_show_each_count_with_its_defendants_and_the_disposition(ko_ice):
    from lexcheck.engine.render import holdings_text
    text = holdings_text(ko_ice)
    block = text[text.index("count_8:"):text.index("count_9:")]
    assert "Scott Lloyd" in block and "immune" in block and "not reached" in block
    assert "Motion to dismiss: granted" in text and "Motion for leave to amend: denied" in text
    assert "Notice of related case (LCvR 40.5): not transferred" in text
    assert text.index("Notice of related case") < text.index("count_1:") < text.index("Motion to dismiss: granted")
