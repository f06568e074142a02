"""Prong 3: Burger King's compelling case (471 U.S. at 476-78), and the First Circuit's
Gestalt factors (Ticketmaster, 26 F.3d at 209-10; Sawtelle, 70 F.3d at 1394-96)."""
from casebuilder import FORUM_ACT, derive

MET = FORUM_ACT + ["act_against(act1, p1)"]
NOT_POLICY = ["national_policymaking(act1)"]


def _in_first_circuit(facts):
    return [f.replace("arizona", "massachusetts") for f in facts]


def _prong_three(forum="arizona", **kw):
    facts = MET if forum == "arizona" else _in_first_circuit(MET)
    circuit = "ninth" if forum == "arizona" else "first"
    return derive(facts, forum=forum, circuit=circuit, **kw).ruling(f"reasonable_exercise/d1/{forum}")


def test_without_a_compelling_case_jurisdiction_is_reasonable():
    r = _prong_three(denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, arizona)"])
    assert r.outcome == "holds"


def test_a_compelling_case_of_unreasonableness_defeats_jurisdiction_the_burden_on_the_defendant():
    r = _prong_three(denied=NOT_POLICY, findings=["compelling_case_of_unreasonableness(d1, arizona)"])
    assert (r.outcome, r.element) == ("fails", "unreasonable_exercise")


def test_an_argued_and_open_compelling_case_finding_leaves_reasonableness_undetermined():
    assert _prong_three(denied=NOT_POLICY, open=["compelling_case_of_unreasonableness(d1, arizona)"]).outcome \
        == "undetermined"


def test_a_compelling_case_nobody_argued_leaves_jurisdiction_reasonable():
    assert _prong_three(denied=NOT_POLICY).outcome == "holds"


def test_in_the_first_circuit_the_gestalt_factors_may_defeat_jurisdiction():
    r = _prong_three("massachusetts", denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, massachusetts)"],
                     findings=["gestalt_factors_defeat_jurisdiction(d1)"])
    assert (r.outcome, r.element) == ("fails", "unreasonable_exercise")


def test_in_the_first_circuit_jurisdiction_is_reasonable_when_the_gestalt_factors_do_not_defeat_it():
    r = _prong_three("massachusetts", denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, massachusetts)",
                                                           "gestalt_factors_defeat_jurisdiction(d1)"])
    assert r.outcome == "holds"


def test_the_gestalt_finding_counts_only_in_the_first_circuit():
    r = _prong_three(denied=NOT_POLICY + ["compelling_case_of_unreasonableness(d1, arizona)"],
                     findings=["gestalt_factors_defeat_jurisdiction(d1)"])
    assert r.outcome == "holds"


def test_reasonableness_is_not_reached_before_prongs_one_and_two():
    d = derive(FORUM_ACT, denied=NOT_POLICY, findings=["compelling_case_of_unreasonableness(d1, arizona)"])
    assert d.ruling("reasonable_exercise/d1/arizona").outcome == "not_reached"
