"""Statements about the personal-jurisdiction doctrine that hold in every case.

Each function takes one derivation and raises AssertionError naming the
ruling or atom that breaks it. The property tests check them one by one on
generated cases; the stateful test checks all of them after every step.

They are stated in Kleene's three-valued logic, so they hold whether or not the
case leaves findings open: a ruling's *value* is True (holds), False (fails or
not reached) or None (undetermined), and a conjunction of values is False if
any is, else None if any is, else True. Statements about derived atoms read the
model (pyDatalog's one completion: an open finding taken as not made), which a
doctrine true of every completion must satisfy too.
"""
from __future__ import annotations

from lexcheck.engine.explain import FACT, FINDING_MADE


VALUE = {"holds": True, "fails": False, "not_reached": False, "undetermined": None}


def both(*values):
    """Kleene conjunction."""
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def negation(value):
    return None if value is None else not value


def value(d, pred: str, *args):
    """True / False, or None when it turns on an open finding."""
    return d.bounds.value(pred, tuple(args))


def values(d, question_id: str) -> dict:
    return {args: VALUE[o] for args, o in outcomes(d, question_id).items()}


def outcomes(d, question_id: str) -> dict:
    """args -> outcome for every ruling on one question."""
    return {r.atom.args: r.outcome for r in d.rulings if r.question.id == question_id}


def rows(d, pred: str) -> set:
    return set(d.model.rows(pred))


def has(d, pred: str, *args) -> bool:
    return d.model.holds(pred, tuple(args))


def stated(d, pred: str) -> set:
    """Rows of a record fact or made finding as the case file states them."""
    return {f.key[1] for f in d.case.facts if f.key[0] == pred and f.status == "made"}


def no_jurisdiction_without_purposeful_contact(d):
    prong_one = outcomes(d, "prong_one")
    for args, outcome in outcomes(d, "specific_jurisdiction").items():
        if outcome == "holds":
            D, F = args
            assert prong_one[args] == "holds", args
            assert any(r[0] == D and r[2] == F for r in rows(d, "forum_related_act")), args


# Prong two's ruling is reached only after prong one, but its atom (`arises_out_of`) is
# derived regardless, so the statements below combine the prongs' atoms, not their rulings.
def prong_values(d, D, F) -> tuple:
    return tuple(value(d, pred, D, F) for pred in ("purposefully_directed_or_availed", "arises_out_of",
                                                    "reasonable_exercise"))


def prong_three_decided_only_after_prongs_one_and_two(d):
    for (D, F), outcome in outcomes(d, "prong_three").items():
        one, two, _ = prong_values(d, D, F)
        reached = both(one, two)
        assert (outcome == "not_reached") == (reached is False), ((D, F), one, two, outcome)
        if reached is None:
            assert outcome == "undetermined", ((D, F), outcome)
    for r in d.rulings:
        if r.question.id == "prong_three" and r.outcome == "not_reached":
            assert r.element == "reasonableness_reached", r.id


def prong_two_decided_only_after_prong_one(d):
    one = values(d, "prong_one")
    for args, outcome in outcomes(d, "prong_two").items():
        assert (outcome == "not_reached") == (one[args] is False), (args, one[args], outcome)
        if one[args] is None:
            assert outcome == "undetermined", (args, outcome)


def jurisdiction_exactly_when_every_prong_is_met(d):
    for (D, F), outcome in outcomes(d, "specific_jurisdiction").items():
        if outcome != "not_reached":
            every = both(*prong_values(d, D, F), value(d, "long_arm_authorizes", D, F))
            assert VALUE[outcome] == every, ((D, F), outcome, every)


def contacts_are_the_defendants_own_or_ordered(d):
    ordered = {(r[0], r[2]) for r in stated(d, "ordered")}
    agency = {(r[1], r[2]) for r in stated(d, "acted_as_agent_of")}  # Sher, 911 F.2d at 1362 (9th Cir.)
    for D, A, F in rows(d, "forum_related_act"):
        assert (D, A) in stated(d, "performed") or (D, A) in ordered or (D, A) in agency, (D, A, F)


def national_policymaking_is_aimed_only_by_direct_command(d):
    # the exception covers government officials' policy work only (a private act is never in play)
    made = {r[0] for r in rows(d, "national_policymaking_exception")}
    against = {r[0] for r in stated(d, "act_against")}
    located = stated(d, "agent_located_in")
    for D, A, F in rows(d, "expressly_aimed"):
        if A in made:
            assert A in against and any(o[0] == D and o[2] == A and (o[1], F) in located
                                        for o in stated(d, "ordered")), (D, A, F)


def contacts_count_only_when_accepted_as_true(d):
    pleaded = {r[0] for r in stated(d, "pleaded_in_complaint")}
    contradicted = {r[0] for r in stated(d, "contradicted_by_affidavit")}
    supported = {r[0] for r in stated(d, "plaintiff_evidence_supports")}
    for D, A, F in rows(d, "forum_related_act"):
        assert A in pleaded, (D, A, F)
        assert A not in contradicted or A in supported, (D, A, F)


def effects_test_only_where_the_circuit_applies_it(d):
    circuit = d.case.meta["circuit"]
    if circuit != "ninth":
        for row in rows(d, "forum_related_act"):
            assert row in rows(d, "purposeful_availment_act"), (circuit, row)


def discovery_never_granted_when_speculative(d):
    for (F,), outcome in outcomes(d, "jurisdictional_discovery").items():
        if outcome == "holds":
            assert not has(d, "discovery_speculative", F), F
            assert has(d, "discovery_would_help", F), F


def discovery_speculative_only_without_a_prima_facie_showing(d):
    one, two = outcomes(d, "prong_one"), outcomes(d, "prong_two")
    for (F,) in rows(d, "discovery_speculative"):
        assert not any(one[a] == two[a] == "holds" for a in one if a[1] == F), F
        assert not stated(d, "contradicted_by_affidavit"), F


def general_jurisdiction_only_where_argued_and_domiciled(d):
    argued = {r[0] for r in stated(d, "argued_general_jurisdiction")}
    for (D, F), outcome in outcomes(d, "general_jurisdiction").items():
        assert (outcome != "not_reached") == (D in argued), (D, outcome)
        assert (outcome == "holds") == (D in argued and (D, F) in stated(d, "domiciled_in")), (D, outcome)


def _unreasonable(d, D, F):
    """The court's reasonableness finding: Burger King's compelling case, or in the First
    Circuit also the Gestalt factors."""
    first = (F, "first") in stated(d, "forum_in_circuit")
    compelling = value(d, "compelling_case_of_unreasonableness", D, F)
    if not first:
        return compelling
    gestalt = value(d, "gestalt_factors_defeat_jurisdiction", D)
    if compelling is True or gestalt is True:
        return True
    if compelling is False and gestalt is False:
        return False
    return None


def compelling_unreasonableness_defeats_jurisdiction(d):
    """Once prongs one and two are met, reasonableness turns on the court's unreasonableness
    finding alone (the compelling case; in the First Circuit also the Gestalt factors)."""
    for args, outcome in outcomes(d, "prong_three").items():
        if both(*prong_values(d, *args)[:2]) is True:
            assert VALUE[outcome] == negation(_unreasonable(d, *args)), (args, outcome)
    for args, outcome in outcomes(d, "specific_jurisdiction").items():
        if _unreasonable(d, *args) is True:
            assert outcome in ("fails", "not_reached"), (args, outcome)


def licensing_causes_harm_only_to_tender_age_children_held_there(d):
    """Facility licensing is a but-for cause only for a tender-age child held long-term
    in the licensing state where no such facilities existed before — or that child's parent."""
    limit = {r[0] for r in stated(d, "tender_age_limit")}
    ages = stated(d, "age_at_separation")
    held = stated(d, "custodial_placement_in")
    existed = stated(d, "tender_age_facilities_existed_before")
    parents = stated(d, "child_of")

    def direct(A, P):
        if (A, P) in stated(d, "act_against"):
            return True
        return any((A, F) not in existed and (P, F) in held and any(c == P and n <= L for c, n in ages for L in limit)
                   for a, F in stated(d, "licensed_tender_age_facilities_in") if a == A)

    for A, P in rows(d, "but_for_cause"):
        assert direct(A, P) or any(p == P and direct(A, c) for c, p in parents), (A, P)


def a_parents_claim_arises_as_the_childs_does(d):
    if not has(d, "rule_in_force", "but_for_nexus.parent_through_child"):
        return  # a Ninth Circuit rule: in force only there (the law in force, engine/law_in_force.py)
    for C, P in stated(d, "child_of"):
        for A, who in rows(d, "but_for_cause"):
            if who == C:
                assert has(d, "but_for_cause", A, P), (A, C, P)


def explanations_match_rulings_and_rest_on_the_case_file(d):
    facts = {str(f.atom): f for f in d.case.facts}
    for r in d.rulings:
        node = d.explain(r)
        assert node.holds == VALUE[r.outcome], r.id
        assert (node.kind == "not_reached") == (r.outcome == "not_reached"), r.id
        for n in node.walk():
            if n.kind in (FACT, FINDING_MADE) and n.holds:
                assert n.atom in facts and facts[n.atom].status == "made" and n.cite, (r.id, n.atom)


def every_ruling_names_a_known_element(d):
    vocab = d.book.vocabulary
    for r in d.rulings:
        if r.outcome == "undetermined":
            assert r.open and all(vocab.get(a.split("(")[0]).kind == "finding" for a in r.open), (r.id, r.open)
        if r.outcome == "holds":
            assert not r.element, r.id
        else:
            assert r.element in vocab or r.element == "comparison", (r.id, r.element)
            assert r.ground, r.id


ALL = [
    no_jurisdiction_without_purposeful_contact,
    prong_three_decided_only_after_prongs_one_and_two,
    prong_two_decided_only_after_prong_one,
    jurisdiction_exactly_when_every_prong_is_met,
    contacts_are_the_defendants_own_or_ordered,
    national_policymaking_is_aimed_only_by_direct_command,
    contacts_count_only_when_accepted_as_true,
    effects_test_only_where_the_circuit_applies_it,
    discovery_never_granted_when_speculative,
    discovery_speculative_only_without_a_prima_facie_showing,
    general_jurisdiction_only_where_argued_and_domiciled,
    compelling_unreasonableness_defeats_jurisdiction,
    licensing_causes_harm_only_to_tender_age_children_held_there,
    a_parents_claim_arises_as_the_childs_does,
    every_ruling_names_a_known_element,
]


def check_all(d):
    for invariant in ALL:
        invariant(d)
