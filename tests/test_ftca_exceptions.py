"""The FTCA's discretionary-function exception (Berkovitz, 486 U.S. at 536-37; Gaubert, 499 U.S. at 322-25) and the
intentional-tort exception with its law-enforcement proviso (28 U.S.C. § 2680(h); Millbrook, 569 U.S. at 55-57)."""
import pytest
from casebuilder import derive, holds

DF = ["claims_under_ftca(x1)", "ftca_claim_rests_on(x1, a1)", "ftca_exception_asserted(x1, discretionary_function)"]
IT = ["claims_under_ftca(x1)", "ftca_claim_rests_on(x1, a1)", "ftca_exception_asserted(x1, intentional_tort)",
      "claim_arises_out_of(a1, battery)", "performed(d1, a1)"]
JUDGMENT, POLICY = "involved_judgment_or_choice(a1)", "susceptible_to_policy_analysis(a1)"


def test_discretionary_conduct_grounded_in_policy_is_barred():
    d = derive(DF, findings=[JUDGMENT, POLICY])
    assert d.ruling("discretionary_function_exception/x1/a1").outcome == "holds"


def test_a_directive_that_prescribes_the_course_of_action_leaves_no_discretion():
    d = derive(DF + ["directive_prescribed(a1, regulation_1)"], findings=[JUDGMENT, POLICY])
    r = d.ruling("discretionary_function_exception/x1/a1")
    assert r.outcome == "fails" and r.because == "mandatory_directive"


def test_conduct_involving_no_judgment_or_choice_is_not_barred():
    assert derive(DF, findings=[POLICY], denied=[JUDGMENT]).ruling(
        "discretionary_function_exception/x1/a1").outcome == "fails"


def test_judgment_not_grounded_in_policy_is_not_barred():
    assert derive(DF, findings=[JUDGMENT], denied=[POLICY]).ruling(
        "discretionary_function_exception/x1/a1").outcome == "fails"


def test_an_exception_the_united_states_does_not_assert_is_not_decided():
    d = derive(DF[:2], findings=[JUDGMENT, POLICY])
    assert not [r for r in d.rulings if r.question.id in ("discretionary_function", "intentional_tort_exception")]


def test_a_battery_by_an_officer_who_is_not_a_law_enforcement_officer_is_barred():
    assert derive(IT).ruling("intentional_tort_exception/x1/a1").outcome == "holds"


def test_the_law_enforcement_proviso_lets_a_battery_claim_proceed():
    r = derive(IT + ["law_enforcement_officer(d1)"]).ruling("intentional_tort_exception/x1/a1")
    assert r.outcome == "fails" and r.because == "law_enforcement_proviso"


@pytest.mark.parametrize("tort", ["libel", "misrepresentation"])
def test_the_proviso_does_not_reach_torts_it_does_not_name(tort):
    facts = [f.replace("battery", tort) for f in IT] + ["law_enforcement_officer(d1)"]
    assert derive(facts).ruling("intentional_tort_exception/x1/a1").outcome == "holds"


def test_a_negligence_claim_is_not_within_the_intentional_tort_exception():
    facts = [f.replace("battery", "negligence") for f in IT]
    assert derive(facts).ruling("intentional_tort_exception/x1/a1").outcome == "fails"
    assert not holds(derive(facts), "intentional_tort_listed(negligence)")


# United States v. Gaubert, 499 U.S. 315, 324-25 (1991): discretion that established policy allows is presumed
# grounded in policy.
CONFERRED = "discretion_conferred(a1, regulatory_regime)"


def test_discretion_policy_allows_is_presumed_grounded_in_policy():
    d = derive(DF, findings=[CONFERRED])
    assert d.ruling("discretionary_function_exception/x1/a1").outcome == "holds"
    assert holds(d, "discretionary_conduct(a1)") and holds(d, "policy_grounded(a1)")


def test_facts_alleged_against_the_policy_presumption_rebut_it():
    r = derive(DF, findings=[CONFERRED, "presumption_rebutted(a1)"]).ruling("discretionary_function_exception/x1/a1")
    assert (r.outcome, r.element, r.because) == ("fails", "policy_grounded", "policy_presumption_rebutted")


def test_a_mandatory_directive_removes_the_discretion_policy_otherwise_allows():
    r = derive(DF + ["directive_prescribed(a1, regulation_1)"], findings=[CONFERRED]).ruling(
        "discretionary_function_exception/x1/a1")
    assert (r.outcome, r.because) == ("fails", "mandatory_directive")


# 28 U.S.C. § 2680(h), as enacted: the claims excepted, and (since 1974) those the proviso restores when an
# investigative or law enforcement officer committed them. Stated as the statute lists them.
EXCEPTED = ["assault", "battery", "false_imprisonment", "false_arrest", "malicious_prosecution", "abuse_of_process",
            "libel", "slander", "misrepresentation", "deceit", "interference_with_contract_rights"]
RESTORED = {"assault", "battery", "false_imprisonment", "false_arrest", "abuse_of_process", "malicious_prosecution"}


@pytest.mark.parametrize("tort", EXCEPTED)
def test_every_tort_section_2680h_lists_is_excepted_and_the_proviso_restores_only_the_six_it_names(tort):
    facts = [f.replace("battery", tort) for f in IT]
    assert derive(facts).ruling("intentional_tort_exception/x1/a1").outcome == "holds"
    r = derive(facts + ["law_enforcement_officer(d1)"]).ruling("intentional_tort_exception/x1/a1")
    assert r.outcome == ("fails" if tort in RESTORED else "holds")
