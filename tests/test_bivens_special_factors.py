"""Bivens step two: special factors counselling hesitation (Hernandez, 140 S. Ct. at 743; Abbasi, 137 S. Ct. at 1857-58)."""
import pytest
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

# Bivens's context but in immigration detention: a new context, with no special factor yet.
NEW = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + ["count_setting(c1, immigration_detention)"]


def test_a_new_context_with_no_special_factor_is_not_barred_at_step_two():
    d = derive(NEW, counts=SEIZURE)
    assert d.ruling("new_context/c1/d1").outcome == "holds"
    assert not holds(d, "hesitation_counselled(c1)")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


# Each factor on its own bars the remedy: (record facts, findings, factor).
FACTORS = {
    "challenge_to_general_policy": (["count_challenges(c1, p)"], ["general_policy(p)"]),
    "executive_deliberations": (["count_challenges(c1, p)", "performed(d1, p)",
                                 "holds_rank(d1, agency_head)"], ["general_policy(p)"]),
    "congressional_action": (["legislated_in_area(ina, immigration)"], ["extensive_congressional_action(immigration)"]),
    "prosecutorial_discretion": (["count_challenges(c1, p)", "act_involved_prosecution_decisions(p)"], []),
    "national_security": (["count_challenges(c1, p)"],
                          ["implicates_national_security(p)"]),
    "alternative_remedies": (["remedy_pointed_to(class_action)"], ["alternative_process(class_action)"]),
}


@pytest.mark.parametrize("factor", sorted(FACTORS))
def test_one_special_factor_in_a_new_context_means_no_bivens_remedy(factor):
    facts, findings = FACTORS[factor]
    d = derive(NEW + facts + [f"argued_special_factor({factor})"], findings=findings, counts=SEIZURE)
    assert d.ruling(f"special_factor/c1/{factor}").outcome == "holds"
    r = d.ruling("bivens_remedy/c1/d1")
    assert (r.outcome, r.element) == ("fails", "hesitation_counselled")


def test_congressional_action_needs_no_explicit_declaration_but_does_need_the_courts_finding():
    facts = NEW + ["legislated_in_area(ina, immigration)"]
    assert not holds(derive(facts, counts=SEIZURE), "special_factor(c1, congressional_action)")


def test_an_ftca_claim_is_not_an_alternative_remedy_even_if_called_an_alternative_process():
    facts = NEW + ["remedy_pointed_to(ftca_counts)", "claims_under_ftca(ftca_counts)",
                   "argued_special_factor(alternative_remedies)"]
    d = derive(facts, findings=["alternative_process(ftca_counts)"], counts=SEIZURE)
    r = d.ruling("special_factor/c1/alternative_remedies")
    assert (r.outcome, r.element, r.because) == ("fails", "alternative_remedy", "parallel_ftca_remedy")
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"


def test_special_factors_are_not_reached_in_a_recognised_context():
    facts = BIVENS_CONTEXT + ["argued_special_factor(challenge_to_general_policy)"]
    d = derive(facts, counts=SEIZURE)
    assert d.ruling("special_factor/c1/challenge_to_general_policy").outcome == "not_reached"


def test_immunity_on_a_bivens_claim_with_no_remedy_is_not_reached():
    facts = NEW + ["asserted_qualified_immunity(d1)", "count_challenges(c1, p)"]
    d = derive(facts, findings=["general_policy(p)"], counts=SEIZURE)
    r = d.ruling("qualified_immunity/c1/d1")
    assert (r.outcome, r.element, r.because) == ("not_reached", "qualified_immunity_reached",
                                                 "claim_fails_before_immunity")


def test_ko_weighed_general_policy_and_congressional_action_most(ko_ice):
    primary = {f for c, f in ko_ice.model.rows("primary_special_factor") if c == "count_1"}
    assert primary == {"challenge_to_general_policy", "congressional_action"}
    found = {f for c, f in ko_ice.model.rows("special_factor") if c == "count_1"}
    assert found == {"challenge_to_general_policy", "executive_deliberations", "congressional_action",
                     "prosecutorial_discretion", "national_security", "alternative_remedies"}


def test_aiil_holds_the_ftca_alone_no_alternative_but_bars_the_remedy_on_other_factors(aiil):
    assert aiil.ruling("special_factor/count_1/alternative_remedies").outcome == "fails"
    assert aiil.ruling("bivens_remedy/count_1/azar").outcome == "fails"
