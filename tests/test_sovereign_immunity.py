"""Sovereign immunity and official capacity (FDIC v. Meyer, 510 U.S. 471, 475-86 (1994); Kentucky v. Graham, 473
U.S. 159, 165-66 (1985)); the agency-defendant special factor is tested here too."""
from casebuilder import MOTION, derive, holds, without

DUE_PROCESS = [("c1", "fifth_amendment_procedural_due_process", ["d1"])]
AGENCY = MOTION + ["federal_agency(d1)", "sue_and_be_sued_clause(d1)", "asserted_sovereign_immunity(d1)",
                   "count_challenges(c1, a1)", "performed(d1, a1)", "hands_on_conduct(a1)"]


def test_a_sue_and_be_sued_clause_waives_immunity_for_a_constitutional_tort():
    d = derive(AGENCY, counts=DUE_PROCESS)
    assert d.ruling("ftca_exclusive_remedy/c1/d1").outcome == "fails"
    assert d.ruling("sovereign_immunity_waived/c1/d1").outcome == "holds"


def test_without_a_waiver_the_agency_is_immune():
    d = derive(without(AGENCY, "sue_and_be_sued_clause(d1)"), counts=DUE_PROCESS)
    assert d.ruling("sovereign_immunity_waived/c1/d1").outcome == "fails"


def test_a_claim_cognizable_under_1346b_has_the_ftca_as_its_exclusive_remedy():
    d = derive([f.replace("c1", "c2") for f in AGENCY], counts=[("c2", "ftca_negligence", ["d1"])])
    assert d.ruling("ftca_exclusive_remedy/c2/d1").outcome == "holds"
    r = d.ruling("sovereign_immunity_waived/c2/d1")
    assert (r.outcome, r.because) == ("fails", "ftca_exclusive_remedy")


def test_immunity_not_asserted_is_not_decided():
    d = derive(without(AGENCY, "asserted_sovereign_immunity(d1)"), counts=DUE_PROCESS)
    assert not [r for r in d.rulings if r.question.id in ("sovereign_immunity_waived", "ftca_exclusive_remedy")]


def test_an_official_sued_in_an_official_capacity_is_the_entity():
    facts = [f.replace("federal_agency(d1)", "sued_in_official_capacity(d1)") for f in AGENCY]
    d = derive(facts, counts=DUE_PROCESS)
    assert holds(d, "sovereign_defendant(d1)")
    assert d.ruling("sovereign_immunity_waived/c1/d1").outcome == "holds"


def test_no_bivens_remedy_lies_against_a_federal_agency_that_argues_the_factor():
    d = derive(AGENCY + ["argued_special_factor(agency_defendant)"], counts=DUE_PROCESS)
    assert d.ruling("new_context/c1/d1").outcome == "holds"
    assert d.ruling("special_factor/c1/agency_defendant").outcome == "holds"
    r = d.ruling("bivens_remedy/c1/d1")
    assert (r.outcome, r.element) == ("fails", "hesitation_counselled")


def test_the_agency_factor_does_not_reach_an_officer_sued_personally():
    facts = without(AGENCY, "federal_agency(d1)") + ["federal_officer(d1)", "argued_special_factor(agency_defendant)",
                                                     "count_setting(c1, federal_employment)"]
    d = derive(facts, counts=DUE_PROCESS)
    assert d.ruling("special_factor/c1/agency_defendant").outcome == "fails"
