"""Small synthetic cases for rule tests: a forum, parties and facts, built as
plain data and loaded through the same loader as case files."""
from __future__ import annotations

from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.rulings import run


# Synthetic cases are decided today, by a district court of their circuit, so that
# every rule of that circuit is in force for them (the law in force is tested on
# its own in tests/test_law_in_force.py).
DECISION_DATE = "2026-01-01"
DISTRICT = {"ninth": "D. Ariz.", "first": "D. Mass.", "dc": "D.D.C.", "fifth": "N.D. Tex.", "second": "S.D.N.Y."}


def court_for(circuit: str) -> str:
    return DISTRICT.get(circuit, "D. Test")


def case_data(facts=(), findings=(), denied=(), open=(), forum="arizona", circuit="ninth",
              plaintiffs=("p1",), defendants=("d1",), counts=()) -> dict:
    """`counts` are (id, right, [defendants]) triples."""
    return {
        "counts": [{"id": c, "title": c.upper(), "right": right, "against": list(against), "cite": "Compl. ¶ 4"}
                   for c, right, against in counts],
        "case": {"id": "synthetic", "caption": "Synthetic v. Case", "court": court_for(circuit), "circuit": circuit,
                 "forum": forum, "decided": DECISION_DATE, "motion": "Motion to dismiss"},
        "parties": [{"id": p, "name": p.upper(), "role": "plaintiff", "cite": "Compl. ¶ 1"} for p in plaintiffs]
        + [{"id": d, "name": d.upper(), "role": "defendant", "cite": "Compl. ¶ 2"} for d in defendants],
        "facts": [{"fact": f, "cite": "Compl. ¶ 3"} for f in facts]
        + [{"finding": f, "page": "Op. at 1"} for f in findings]
        + [{"finding": f, "page": "Op. at 2", "status": "denied"} for f in denied]
        + [{"finding": f, "page": "Op. at 3", "status": "open"} for f in open],
    }


def derive(facts=(), **kw):
    book = rulebook()
    case = load_case_data(case_data(facts, **kw), book.vocabulary, "<synthetic>")
    return run(book, case)


def holds(d, atom_text: str) -> bool:
    from lexcheck.engine.syntax import parse_atom, python_value
    a = parse_atom(atom_text)
    return d.model.holds(a.pred, tuple(python_value(x) for x in a.args))


# A defendant who personally did an intentional act in the forum, pleaded and uncontradicted,
# undertaken to deal with people in the plaintiffs' situation: prong 1 met by both tests.
FORUM_ACT = [
    "moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)",
    "performed(d1, act1)", "intentional_act(act1)", "pleaded_in_complaint(act1)",
    "took_place_in(act1, arizona)", "aimed_at_plaintiff_class(act1)",
]


# A motion to dismiss for failure to state a claim, ripe, joined by d1.
MOTION = ["moved_to_dismiss(d1, m1)", "motion_ground(m1, failure_to_state_a_claim)", "fully_briefed(m1)"]

# A Fourth Amendment count against a line officer who personally searched and arrested the plaintiff
# at home: Bivens's own context, feature by feature.
SEIZURE = [("c1", "fourth_amendment_unreasonable_seizure", ["d1"])]
BIVENS_CONTEXT = MOTION + [
    "federal_officer(d1)", "holds_rank(d1, line_officer)", "count_setting(c1, home_search_and_arrest)",
    "count_challenges(c1, a1)", "hands_on_conduct(a1)", "performed(d1, a1)",
]


def without(facts, *drop):
    return [f for f in facts if f not in drop]
