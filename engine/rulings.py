"""From a derived model to the court's rulings, and back to what the court held.

A question (declared by a doctrine) yields one ruling per binding of its
`at_issue` atom: *not reached* when its `reached` condition is not derived,
else *holds* or *fails* as its atom is derived or not — and *undetermined* when
either turns on a finding the case file leaves open (neither made nor denied;
see `kleene`), naming the findings that would decide it. All four states come
out of the rules; nothing here knows a doctrine.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .casefile import Case
from .explain import NOT_REACHED_KIND, UNDETERMINED, Explainer, Node
from .kleene import Bounds, bounds
from .rulebook import Question, RuleBook
from .store import Model, derive
from .syntax import Atom, Var, python_value

HOLDS, FAILS, NOT_REACHED = "holds", "fails", "not_reached"
OUTCOMES = (HOLDS, FAILS, NOT_REACHED, UNDETERMINED)


@dataclass
class Ruling:
    id: str
    question: Question
    atom: Atom
    outcome: str
    element: str = ""   # the first failed element's predicate (or the unmet `reached` condition)
    because: str = ""   # the exception, limit or missing leaf that decided it
    ground: str = ""    # one line a lawyer can read
    open: tuple = ()    # undetermined: the open findings (atoms as text) that would decide it

    @property
    def label(self) -> str:
        q = self.question
        return {HOLDS: q.holds, FAILS: q.fails, NOT_REACHED: q.not_reached, UNDETERMINED: "undetermined"}[self.outcome]

    def as_dict(self) -> dict:
        return {"id": self.id, "question": self.question.id, "issue": self.question.title,
                "atom": str(self.atom), "args": list(self.atom.args), "outcome": self.outcome,
                "label": self.label, "element": self.element, "because": self.because, "ground": self.ground,
                "open_findings": list(self.open)}


def ruling_id(atom: Atom) -> str:
    return "/".join([atom.pred] + [str(a) for a in atom.args])


@dataclass
class Derivation:
    """One case, derived: its model, its rulings and the explainer over them."""
    book: RuleBook
    case: Case
    model: Model
    rulings: list = field(default_factory=list)
    bounds: Bounds = None  # certainly / possibly true, with open findings unknown

    @property
    def explainer(self) -> Explainer:
        return Explainer(self.book, self.model, self.case, self.bounds)

    def ruling(self, rid: str) -> Ruling:
        for r in self.rulings:
            if r.id == rid:
                return r
        raise KeyError(rid)

    def explain(self, r: Ruling) -> Node:
        """The ruling's explanation tree; its root's `holds` is True, False, or
        None (undetermined). A ruling not reached is a `not_reached` root whose
        one child is why the condition for reaching it failed; an undetermined
        one is an `undetermined` root down to the open findings."""
        ex = self.explainer
        if r.outcome == HOLDS:
            return ex.prove(r.atom)
        if r.outcome == FAILS:
            return ex.refute(r.atom)
        reached = _bind(r.question.parsed_reached, r.question.parsed_atom, r.atom) if r.question.parsed_reached else None
        if r.outcome == NOT_REACHED:
            return Node(NOT_REACHED_KIND, False, ex.sentence(r.atom), str(r.atom), children=[ex.refute(reached)])
        if reached is not None and ex.value(reached) is None:
            # whether the court reaches it turns on an open finding
            root = Node(UNDETERMINED, None, ex.sentence(r.atom), str(r.atom), children=[ex.undetermined(reached)])
            if ex.value(r.atom) is None:
                root.children.append(ex.undetermined(r.atom))
            return root
        return ex.undetermined(r.atom)


def _bind(pattern: Atom, template: Atom, ground: Atom) -> Atom:
    env = {t.name: v for t, v in zip(template.args, ground.args) if isinstance(t, Var)}
    return Atom(pattern.pred, tuple(env.get(a.name, a) if isinstance(a, Var) else python_value(a)
                                    for a in pattern.args))


def run(book: RuleBook, case: Case) -> Derivation:
    model = derive(book, case.atoms())
    d = Derivation(book, case, model, bounds=bounds(book, case))
    _check_bounds(d)
    ex = d.explainer
    for q in book.questions:
        template = q.parsed_at_issue
        for row in sorted(model.rows(template.pred), key=repr):
            env = {}
            for t, v in zip(template.args, row):
                if isinstance(t, Var):
                    env[t.name] = v
            atom = Atom(q.parsed_atom.pred, tuple(env.get(a.name) if isinstance(a, Var) else python_value(a)
                                                  for a in q.parsed_atom.args))
            r = Ruling(ruling_id(atom), q, atom, FAILS)
            reached = _bind(q.parsed_reached, q.parsed_atom, atom) if q.parsed_reached else None
            r.outcome = outcome_of(d.bounds, atom, reached)
            if r.outcome == NOT_REACHED:
                node = ex.refute(reached)
                el, because, summary = ex.decisive(node)
                r.element, r.because = reached.pred, because or el
                r.ground = f"not reached — {summary}"
            elif r.outcome == HOLDS:
                proof = ex.prove(atom)
                r.ground = proof.rule.gloss if proof.rule else ""
            elif r.outcome == FAILS:
                node = ex.refute(atom)
                r.element, r.because, r.ground = ex.decisive(node)
            else:
                opened = d.explain(r).open_findings()
                r.open = tuple(n.atom for n in opened)
                r.element = opened[0].atom.split("(")[0] if opened else ""
                r.ground = "undetermined — needs a finding on " + "; ".join(n.atom for n in opened)
            d.rulings.append(r)
    return d


def outcome_of(b: Bounds, atom: Atom, reached: Atom | None) -> str:
    """The ruling's state from the three-valued bounds."""
    if reached is not None:
        r = b.value(reached.pred, reached.args)
        if r is False:
            return NOT_REACHED
        if r is None:
            return UNDETERMINED
    v = b.value(atom.pred, atom.args)
    return UNDETERMINED if v is None else HOLDS if v else FAILS


def _check_bounds(d: Derivation) -> None:
    """pyDatalog's model is one completion of the open findings: it must lie
    between the certainly-true and the possibly-true models."""
    for pred in set(d.model.true) | set(d.bounds.lo.true):
        lo, got, hi = d.bounds.lo.rows(pred), d.model.rows(pred), d.bounds.hi.rows(pred)
        if not (lo <= got <= hi):
            raise AssertionError(f"engine and three-valued evaluation disagree on {pred}: "
                                 f"{sorted(lo - got, key=repr)[:3]} / {sorted(got - hi, key=repr)[:3]}")


@dataclass
class Comparison:
    recorded: object
    derived: object  # Ruling or None
    problems: list

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(d: Derivation) -> list[Comparison]:
    """Each ruling the court made, against the derived one."""
    out = []
    for rec in d.case.rulings:
        rid = ruling_id(rec.atom)
        try:
            got = d.ruling(rid)
        except KeyError:
            out.append(Comparison(rec, None, [f"no ruling {rid} was derived (nothing puts it at issue)"]))
            continue
        problems = []
        if got.outcome != rec.outcome:
            problems.append(f"court: {rec.outcome}; derived: {got.outcome}")
        if rec.element and got.outcome == rec.outcome and got.element != rec.element:
            problems.append(f"court's ground: {rec.element}; derived ground: {got.element or 'none'}")
        if rec.because and got.outcome == rec.outcome and got.because != rec.because:
            problems.append(f"court's reason: {rec.because}; derived reason: {got.because or 'none'}")
        out.append(Comparison(rec, got, problems))
    return out
