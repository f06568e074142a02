"""Whose contacts count (Walden; Ochoa; no conspiracy theory: Hilsenrath, Karsten)."""
from casebuilder import derive, holds
from lexcheck.engine.syntax import parse_atom


def test_a_defendants_own_act_is_attributable_to_him():
    assert holds(derive(["performed(d1, act1)"]), "attributable(d1, act1)")


def test_an_act_the_defendant_directly_ordered_is_attributable_to_him():
    assert holds(derive(["ordered(d1, recruiter, act1)"]), "attributable(d1, act1)")


def test_an_act_by_personnel_the_defendant_did_not_order_is_not_attributable():
    assert not holds(derive(["carried_out_by(personnel, act1)"]), "attributable(d1, act1)")


def test_a_co_conspirators_forum_contact_is_not_imputed():
    facts = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)",
             "conspiracy_member(d1, plot)", "conspiracy_member(d2, plot)", "performed(d2, act1)",
             "intentional_act(act1)", "pleaded_in_complaint(act1)", "took_place_in(act1, arizona)",
             "aimed_at_plaintiff_class(act1)"]
    d = derive(facts, defendants=("d1", "d2"))
    assert not holds(d, "forum_related_act(d1, act1, arizona)")
    assert holds(d, "forum_related_act(d2, act1, arizona)")
    node = d.explainer.refute(parse_atom("forum_related_act(d1, A, arizona)"))
    assert [c.limit.id for c in node.children if c.kind == "limit"] == ["imputation.no_conspiracy_theory"]


# -- an agent within the scope of the agency (Sher, 911 F.2d at 1362; Myers, 238 F.3d at 1073-74) ----

def test_an_employees_act_within_the_scope_of_employment_is_attributable_to_the_employer():
    d = derive(["carried_out_by(clerk, act1)", "acted_as_agent_of(clerk, d1, act1)"])
    assert holds(d, "attributable(d1, act1)")


def test_a_non_partys_act_for_no_defendant_is_attributable_to_none():
    assert not holds(derive(["carried_out_by(clerk, act1)"]), "attributable(d1, act1)")


def test_an_agent_of_one_defendant_does_not_act_for_another():
    d = derive(["carried_out_by(clerk, act1)", "acted_as_agent_of(clerk, d2, act1)"], defendants=("d1", "d2"))
    assert holds(d, "attributable(d2, act1)")
    assert not holds(d, "attributable(d1, act1)")


def test_an_agents_act_for_the_principal_in_one_matter_is_not_attributable_for_another_act():
    d = derive(["carried_out_by(clerk, act1)", "carried_out_by(clerk, act2)", "acted_as_agent_of(clerk, d1, act1)"])
    assert not holds(d, "attributable(d1, act2)")
