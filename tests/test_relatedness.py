"""Prong 2's "relate to" (Ford, 592 U.S. at 359-63) and what does not relate
(Bristol-Myers Squibb, 582 U.S. at 264-65)."""
from casebuilder import FORUM_ACT, derive, holds

MARKET = FORUM_ACT + ["contact_concerns(act1, vehicle_model)", "claim_concerns(p1, vehicle_model)",
                      "harm_felt_in(p1, arizona)"]
NOT_POLICY = ["national_policymaking(act1)"]


def test_a_claim_about_the_product_whose_forum_market_the_defendant_served_relates_to_the_contact():
    assert holds(derive(MARKET, denied=NOT_POLICY), "arises_out_of(d1, arizona)")


def test_relatedness_needs_the_claim_to_concern_what_the_contact_concerned():
    facts = [f for f in MARKET if not f.startswith("claim_concerns")] + ["claim_concerns(p1, other_model)"]
    assert not holds(derive(facts, denied=NOT_POLICY), "arises_out_of(d1, arizona)")


def test_relatedness_needs_the_contact_to_concern_the_claims_subject():
    facts = [f for f in MARKET if not f.startswith("contact_concerns")]
    assert not holds(derive(facts, denied=NOT_POLICY), "arises_out_of(d1, arizona)")


def test_a_plaintiff_not_injured_in_the_forum_does_not_make_the_claim_relate_bristol_myers():
    facts = [f for f in MARKET if not f.startswith("harm_felt_in")] + ["harm_felt_in(p1, texas)"]
    d = derive(facts, denied=NOT_POLICY)
    assert not holds(d, "arises_out_of(d1, arizona)")
    assert "relatedness.bristol_myers_nonresident_claims" in {lim.id for lim in d.book.limits_on("arises_out_of")}


def test_relatedness_needs_a_purposeful_forum_contact():
    facts = [f for f in MARKET if f != "intentional_act(act1)"]
    assert not holds(derive(facts, denied=NOT_POLICY), "arises_out_of(d1, arizona)")


def test_a_related_claim_gives_jurisdiction_when_the_other_prongs_hold():
    d = derive(MARKET, denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, arizona)"])
    assert d.ruling("specific_jurisdiction/d1/arizona").outcome == "holds"


# -- the First Circuit's relatedness (United Elec. Workers, 960 F.2d at 1089; Harlow, 432 F.3d at 61) ----------

FIRST = [f.replace("arizona", "massachusetts") for f in FORUM_ACT]
FIRST_CIRCUIT = {"circuit": "first", "forum": "massachusetts"}


def test_in_the_first_circuit_a_forum_contact_material_to_the_plaintiffs_proof_makes_the_claim_relate():
    d = derive(FIRST, findings=["forum_contact_material_to_claim(act1, p1)"], denied=NOT_POLICY, **FIRST_CIRCUIT)
    assert holds(d, "arises_out_of(d1, massachusetts)")


def test_in_the_first_circuit_relatedness_fails_when_the_court_finds_the_contact_not_material():
    d = derive(FIRST, denied=NOT_POLICY + ["forum_contact_material_to_claim(act1, p1)"], **FIRST_CIRCUIT)
    assert not holds(d, "arises_out_of(d1, massachusetts)")


def test_in_the_first_circuit_a_material_act_that_is_not_a_purposeful_forum_contact_does_not_relate():
    facts = [f for f in FIRST if f != "intentional_act(act1)"]
    d = derive(facts, findings=["forum_contact_material_to_claim(act1, p1)"], denied=NOT_POLICY, **FIRST_CIRCUIT)
    assert not holds(d, "arises_out_of(d1, massachusetts)")


def test_the_first_circuits_material_element_of_proof_does_not_decide_a_ninth_circuit_case():
    d = derive(FORUM_ACT, findings=["forum_contact_material_to_claim(act1, p1)"], denied=NOT_POLICY)
    assert not holds(d, "arises_out_of(d1, arizona)")


def test_in_the_first_circuit_a_materially_related_claim_gives_jurisdiction_when_the_other_parts_hold():
    d = derive(FIRST, findings=["forum_contact_material_to_claim(act1, p1)"],
               denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, massachusetts)",
                                    "gestalt_factors_defeat_jurisdiction(d1)"], **FIRST_CIRCUIT)
    assert d.ruling("specific_jurisdiction/d1/massachusetts").outcome == "holds"
