"""The prima facie standard (Mavrix, 647 F.3d at 1223; Schneider, 151 F.3d at 1197 n.1)."""
from casebuilder import derive, holds
from lexcheck.engine.syntax import parse_atom


def test_an_uncontroverted_allegation_in_the_complaint_is_taken_as_true():
    assert holds(derive(["pleaded_in_complaint(act1)"]), "accepted_as_true(act1)")


def test_an_allegation_contradicted_by_affidavit_is_not_taken_as_true():
    assert not holds(derive(["pleaded_in_complaint(act1)", "contradicted_by_affidavit(act1)"]),
                     "accepted_as_true(act1)")


def test_a_factual_dispute_is_resolved_for_the_plaintiff():
    facts = ["pleaded_in_complaint(act1)", "contradicted_by_affidavit(act1)", "plaintiff_evidence_supports(act1)"]
    assert holds(derive(facts), "accepted_as_true(act1)")


def test_an_allegation_made_only_in_a_brief_is_not_considered():
    d = derive(["asserted_in_brief(act1)"])
    assert not holds(d, "accepted_as_true(act1)")
    node = d.explainer.refute(parse_atom("accepted_as_true(act1)"))
    assert [c.limit.id for c in node.children if c.kind == "limit"] == ["prima_facie_showing.brief_cannot_amend"]
