"""What is true of every derivation, whatever the doctrine: no rule sees names,
order does not matter, derivation is deterministic, every ruling is explained
from the case file, and the loader loads all or nothing."""
from __future__ import annotations

import yaml
from hypothesis import example, given, strategies as st

import invariants as inv
import pytest
from strategies import (AGENCIES, act_ids, bundled, cases, derivation, fact, finding, load, merits_cases, party_ids,
                        recognised_context_cases, renamed, reordered, with_items)
from lexcheck.engine.casefile import CaseFileError, load_case_text
from lexcheck.engine.rulings import run
from lexcheck.engine.api import rulebook

AIIL, KO = bundled("aiil-v-sessions"), bundled("ko-v-sessions")
prefixes = st.from_regex(r"z[a-z]{0,3}_", fullmatch=True)  # no generated or bundled id starts with z
# every doctrine: personal jurisdiction, and the merits (including claims in a recognised Bivens context)
any_case = st.one_of(cases(), merits_cases(), recognised_context_cases())


def summary(d) -> list:
    return sorted((r.id, r.outcome, r.element, r.because, r.ground) for r in d.rulings)


def model(d) -> dict:
    return {p: frozenset(rows) for p, rows in d.model.true.items() if rows}


def renamed_rulings(data, prefix, seed, fields=("outcome", "element", "because")):
    """The rulings of `data` and of a copy with every party and act renamed (ids swapped among
    themselves as well), read back in the original names."""
    import random
    old = party_ids(data, "plaintiff") + party_ids(data, "defendant") + act_ids(data)
    new = [f"{prefix}{i}" for i in range(len(old))]
    random.Random(seed).shuffle(new)
    mapping = dict(zip(old, new))
    back = {v: k for k, v in mapping.items()}
    before, after = derivation(data), derivation(renamed(data, mapping))
    translated = sorted(("/".join(back.get(part, part) for part in r.id.split("/")),)
                        + tuple(getattr(r, f) for f in fields) for r in after.rulings)
    return translated, sorted((r.id,) + tuple(getattr(r, f) for f in fields) for r in before.rulings)


@example(KO, "zk_", 3)
@example(AIIL, "za_", 1)
@given(cases(), prefixes, st.integers(0, 10**6))
def test_renaming_every_party_and_act_never_changes_any_ruling(data, prefix, seed):
    """No rule sees names: rules are general (Fed. R. Civ. P. 12(b)(2) asks the same of every
    defendant). Ids are swapped among themselves as well as renamed."""
    after, before = renamed_rulings(data, prefix, seed)
    assert after == before


@given(st.one_of(merits_cases(), recognised_context_cases()), prefixes, st.integers(0, 10**6))
def test_renaming_every_party_and_act_never_changes_any_merits_ruling_or_its_failed_element(data, prefix, seed):
    """No rule sees names, on the merits too: a Bivens claim, immunity, a conspiracy, the disposition
    come out the same for whoever the parties are. (What decided a ruling that rests on one of several
    claims — a count that survives in part — is read off the first surviving claim in name order, so
    it may name another, equally good, claim's ground; the ruling and its element do not move.)"""
    after, before = renamed_rulings(data, prefix, seed, fields=("outcome", "element"))
    assert after == before


@example(AIIL, 7)
@given(any_case, st.integers(0, 10**6))
def test_the_order_of_facts_and_parties_in_a_file_never_matters(data, seed):
    """A case file is a set of facts; the rules are declarative (Datalog has no order)."""
    import random
    order = list(range(len(data["facts"])))
    random.Random(seed).shuffle(order)
    before, after = derivation(data), derivation(reordered(data, order))
    assert model(after) == model(before)
    assert summary(after) == summary(before)


@example(KO)
@example(AIIL)
@given(any_case)
def test_derivation_is_deterministic(data):
    """The same case derived twice gives the same model, rulings and grounds."""
    first, second = derivation(data), derivation(data)
    assert model(first) == model(second)
    assert summary(first) == summary(second)


@example(KO)
@example(AIIL)
@given(any_case)
def test_every_ruling_has_an_explanation_whose_verdict_matches_it_and_whose_leaves_are_facts_of_the_case(data):
    """Every conclusion is explained down to the record it rests on (the project's first rule:
    derive, never hard-code)."""
    inv.explanations_match_rulings_and_rest_on_the_case_file(derivation(data))


@example(KO)
@example(AIIL)
@given(any_case)
def test_every_failed_ruling_names_a_known_element_and_a_ground(data):
    """A ruling that fails or is not reached says which element stopped it."""
    inv.every_ruling_names_a_known_element(derivation(data))


@example(KO)
@example(AIIL)
@given(cases(moved=True))
def test_adding_a_defendant_never_changes_another_defendants_personal_jurisdiction_ruling(data):
    """Walden v. Fiore, 571 U.S. 277, 284 (2014): each defendant's contacts "must be assessed
    individually" (quoting Calder v. Jones, 465 U.S. 783, 790 (1984))."""
    before = derivation(data)
    F = data["case"]["forum"]
    newcomer = "newcomer"
    out = with_items(data, [fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({newcomer})"),
                            fact(f"supervisory_position({newcomer}, {AGENCIES[0]})"),
                            fact(f"argued_general_jurisdiction({newcomer})"),
                            fact(f"domiciled_in({newcomer}, {F})")]
                       + [fact(f"performed({newcomer}, {a})") for a in act_ids(data)]
                       + [fact(f"ordered({newcomer}, field_office, {a})") for a in act_ids(data)])
    out["parties"].append({"id": newcomer, "name": "Newcomer", "role": "defendant", "cite": "Compl. ¶ 9"})
    after = derivation(out)
    pj = ("specific_jurisdiction", "prong_one", "prong_two", "prong_three", "general_jurisdiction")

    def others(d):
        return {r.id: r.outcome for r in d.rulings if r.question.id in pj and r.atom.args[0] != newcomer}
    assert others(after) == others(before)


BAD_ITEMS = [
    {"fact": "performed(nobody_declared, act1)", "cite": "Compl. ¶ 1"},     # undeclared party
    {"fact": "expressly_aimed(d1, act1, arizona)", "cite": "Compl. ¶ 1"},    # a conclusion stated
    {"fact": "perfromed(d1, act1)", "cite": "Compl. ¶ 1"},                   # unknown predicate
    {"fact": "took_place_in(act1)", "cite": "Compl. ¶ 1"},                   # wrong arity
    {"fact": "intentional_act(act1)"},                                       # no cite
    {"finding": "national_policymaking(act1)"},                              # no page
    {"fact": "national_policymaking(act1)", "cite": "Compl. ¶ 1"},           # a finding as a fact
    {"fact": "age_at_separation(p1, old)", "cite": "Compl. ¶ 1"},            # wrong type
]


@example(AIIL, 1, 0)
@given(cases(plaintiff_ids=["p1"], defendant_ids=["d1", "d2"]), st.integers(0, len(BAD_ITEMS) - 1),
       st.integers(0, 100))
def test_the_loader_never_half_loads_a_bad_file_and_leaves_derivations_unchanged(data, which, where):
    """A case file with any error is refused whole, naming what is wrong; nothing of it reaches the
    engine, so the next derivation is as before."""
    before = derivation(data)
    bad = with_items(data, [])
    bad["facts"].insert(where % (len(bad["facts"]) + 1), BAD_ITEMS[which])
    with pytest.raises(CaseFileError) as refused:
        load(bad)
    assert refused.value.problems and all(p.file == "<generated>" for p in refused.value.problems)
    assert summary(derivation(data)) == summary(before)


@example(KO)
@example(AIIL)
@given(cases())
def test_a_case_written_as_yaml_and_read_back_is_the_same_case(data):
    """The generated data is a case file: dumping it as YAML and loading the text gives the same facts
    and the same rulings."""
    book = rulebook()
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    again = run(book, load_case_text(text, book.vocabulary, "<yaml>"))
    direct = derivation(data)
    assert sorted(map(str, again.case.atoms())) == sorted(map(str, direct.case.atoms()))
    assert summary(again) == summary(direct)


# -- open findings (Kleene's strong three-valued logic) -------------------------------

def completed(data, d, bits) -> dict:
    """`data` with every open finding of `d` decided: made or denied as `bits` draws."""
    items = []
    for pred, rows in sorted(d.bounds.open.items()):
        for args in sorted(rows, key=repr):
            text = f"{pred}({', '.join(map(str, args))})"
            items.append(finding(text, "made" if bits.getrandbits(1) else "denied"))
    return with_items(data, items)


@given(cases(open_findings=True), st.randoms(use_true_random=False))
def test_a_ruling_decided_while_findings_are_open_stands_however_they_are_decided(data, bits):
    """S.C. Kleene, Introduction to Metamathematics § 64 (1952): strong three-valued evaluation is
    sound — what holds (or fails) with a finding unknown holds (or fails) in every completion, so the
    engine never reports as decided a ruling that a finding the court has not made could reverse."""
    d = derivation(data)
    decided = {r.id: r.outcome for r in d.rulings if r.outcome != "undetermined"}
    after = {r.id: r.outcome for r in derivation(completed(data, d, bits)).rulings}
    assert {rid: after.get(rid) for rid in decided} == decided
    assert "undetermined" not in after.values()


@given(cases(open_findings=True), st.randoms(use_true_random=False))
def test_an_undetermined_ruling_names_findings_that_once_made_or_denied_decide_it(data, bits):
    """An undetermined ruling says which findings it needs (A.I.I.L., Order at 13: the court makes
    the national-policymaking finding from the record); deciding just those, either way, decides it."""
    d = derivation(data)
    pending = [r for r in d.rulings if r.outcome == "undetermined"]
    if pending:
        r = bits.choice(pending)
        items = [finding(a, "made" if bits.getrandbits(1) else "denied") for a in r.open]
        assert derivation(with_items(data, items)).ruling(r.id).outcome != "undetermined", (r.id, r.open)
