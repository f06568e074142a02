"""Small synthetic cases for rule tests: a forum, parties and facts, built as
plain data and loaded through the same loader as case files."""
from __future__ import annotations

from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.rulings import run


def case_data(facts=(), findings=(), denied=(), forum="arizona", circuit="ninth",
              plaintiffs=("p1",), defendants=("d1",)) -> dict:
    return {
        "case": {"id": "synthetic", "caption": "Synthetic v. Case", "court": "D. Test", "circuit": circuit,
                 "forum": forum, "decided": "2022-01-01", "motion": "Motion to dismiss"},
        "parties": [{"id": p, "name": p.upper(), "role": "plaintiff", "cite": "Compl. ¶ 1"} for p in plaintiffs]
        + [{"id": d, "name": d.upper(), "role": "defendant", "cite": "Compl. ¶ 2"} for d in defendants],
        "facts": [{"fact": f, "cite": "Compl. ¶ 3"} for f in facts]
        + [{"finding": f, "page": "Op. at 1"} for f in findings]
        + [{"finding": f, "page": "Op. at 2", "status": "denied"} for f in denied],
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
