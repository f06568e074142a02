"""A live case edited fact by fact: after every step the engine's answers equal a
fresh derivation from scratch, and the doctrine's invariants hold.

The live case is a `Case` changed in place with `Case.with_changes` and derived
in this thread's long-lived pyDatalog store (which has seen every earlier
step); the fresh derivation writes the same case as YAML text, loads it and
derives it in a new thread, whose store is new (pyDatalog's state is per
thread). Facts enter and leave through Bundles: every fact in the case is in
`present`, and retracting one consumes it.
"""
from __future__ import annotations

import threading

import yaml
from hypothesis import settings, strategies as st
from hypothesis.stateful import run_state_machine_as_test, Bundle, RuleBasedStateMachine, consumes, initialize, invariant, multiple, rule

import invariants as inv
from strategies import AGENTS, REGIONS, STATES, cases, fact, finding, load
from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import Fact, load_case_text
from lexcheck.engine.rulings import run
from lexcheck.engine.syntax import parse_atom
from lexcheck.engine.vocabulary import FINDING, RECORD

PLAINTIFFS, DEFENDANTS, ACTS = ("p1", "p2"), ("d1", "d2"), ("act1", "act2")
p, d, a = (st.sampled_from(x) for x in (PLAINTIFFS, DEFENDANTS, ACTS))
state, agent, region = (st.sampled_from(x) for x in (STATES, AGENTS, REGIONS))

# One new item of the case file, over the live case's parties and acts.
new_items = st.one_of(
    st.builds("performed({}, {})".format, d, a),
    st.builds("ordered({}, {}, {})".format, d, agent, a),
    st.builds("agent_located_in({}, {})".format, agent, state),
    st.builds("carried_out_by({}, {})".format, agent, a),
    st.builds("took_place_in({}, {})".format, a, state),
    st.builds("directed_at_region({}, {})".format, a, region),
    st.builds("region_includes({}, {})".format, region, state),
    st.builds("act_against({}, {})".format, a, p),
    st.builds("licensed_tender_age_facilities_in({}, {})".format, a, state),
    st.builds("tender_age_facilities_existed_before({}, {})".format, a, state),
    st.builds("custodial_placement_in({}, {})".format, p, state),
    st.builds("age_at_separation({}, {})".format, p, st.integers(0, 17)),
    st.sampled_from(("child_of(p1, p2)", "child_of(p2, p1)")),
    st.builds("harm_felt_in({}, {})".format, p, state),
    st.builds("supervisory_position({}, hhs)".format, d),
    st.builds("conspiracy_member({}, the_conspiracy)".format, d),
    st.builds("domiciled_in({}, {})".format, d, state),
    *(st.builds(f"{pred}({{}})".format, a) for pred in ("pleaded_in_complaint", "asserted_in_brief",
                                                          "contradicted_by_affidavit", "plaintiff_evidence_supports",
                                                          "intentional_act", "aimed_at_plaintiff_class")),
    *(st.builds(f"{pred}({{}})".format, d) for pred in ("moved_to_dismiss_for_lack_of_personal_jurisdiction",
                                                          "argued_general_jurisdiction")),
    st.just("requested_jurisdictional_discovery(arizona)"),
).map(fact) | st.one_of(
    # findings the base case leaves open, so adding one never contradicts it
    st.builds("national_policymaking({})".format, a),
    st.builds("compelling_case_of_unreasonableness({}, arizona)".format, d),
).map(finding)


def as_fact(item: dict) -> Fact:
    text = item.get("fact") or item["finding"]
    return Fact(parse_atom(text), RECORD if "fact" in item else FINDING, item.get("cite") or item["page"],
                status=item.get("status", "made"))


def one_value_group(f: Fact):
    """(predicate, key) of a one-value fact, else None."""
    if rulebook().vocabulary.get(f.atom.pred).functional:
        return f.atom.pred, f.key[1][:-1]
    return None


def fresh(data: dict):
    """Write the case as YAML, load it and derive it in a new thread (a new pyDatalog store)."""
    out = {}

    def work():
        try:
            book = rulebook()
            out["d"] = run(book, load_case_text(yaml.safe_dump(data, sort_keys=False), book.vocabulary, "<fresh>"))
        except BaseException as e:  # noqa: BLE001 (re-raised in the test's thread)
            out["error"] = e

    t = threading.Thread(target=work)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out["d"]


def answers(d):
    model = {k: frozenset(v) for k, v in d.model.true.items() if v}
    return model, sorted((r.id, r.outcome, r.element, r.because) for r in d.rulings)


class LiveCase(RuleBasedStateMachine):
    present = Bundle("present")

    @initialize(target=present, data=cases(forum="arizona", circuit="ninth", plaintiff_ids=list(PLAINTIFFS),
                                           defendant_ids=list(DEFENDANTS), n_acts=2,
                                           national_policymaking="open", unreasonableness="open"))
    def open_case(self, data):
        self.data = data
        self.case = load(data)
        return multiple(*[item for item in data["facts"] if "fact" in item])

    @rule(target=present, item=new_items)
    def add(self, item):
        new = as_fact(item)
        # a new value of a one-value fact (a child's age) replaces the old one on both sides, and
        # deciding a finding the case leaves open (or denies) replaces that item: a case file
        # states a finding once
        replaced = [x for x in self.data["facts"]
                    if one_value_group(as_fact(x)) == one_value_group(new) is not None
                    or (as_fact(x).key == new.key and as_fact(x).status != new.status)]
        self.data["facts"] = [x for x in self.data["facts"] if x not in replaced] + [item]
        self.case = self.case.with_changes(add=[new], drop=[as_fact(x) for x in replaced])
        return item

    @rule(item=consumes(present))
    def retract(self, item):
        gone = as_fact(item)
        # the same fact may have been added twice; retracting it removes every copy, on both sides
        self.data["facts"] = [x for x in self.data["facts"] if as_fact(x).key != gone.key]
        self.case = self.case.with_changes(drop=[gone])

    @invariant()
    def the_live_case_answers_as_a_fresh_derivation_does_and_the_invariants_hold(self):
        live = run(rulebook(), self.case)
        assert answers(live) == answers(fresh(self.data))
        inv.check_all(live)


# A run is a dozen steps, each two derivations: a quarter of the profile's examples keeps it in budget.
_profile = settings.default
_SETTINGS = settings(_profile, max_examples=max(5, _profile.max_examples // 4), stateful_step_count=12)


def test_a_live_case_edited_fact_by_fact_always_answers_as_a_fresh_derivation():
    run_state_machine_as_test(LiveCase, settings=_SETTINGS)
