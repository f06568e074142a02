"""From a derived model to the court's rulings, and back to what the court held.

A question (declared by a doctrine) yields one ruling per binding of its
`at_issue` atom: *not reached* when its `reached` condition is not derived,
else *holds* or *fails* as its atom is derived or not — and *undetermined* when
either turns on a finding the case file leaves open (neither made nor denied;
see `kleene`), naming the findings that would decide it. All four states come
out of the rules, as pyDatalog derives their certainly-true and possibly-true
models (`store.bounds`); nothing here knows a doctrine.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .casefile import Case
from .explain import NOT_REACHED_KIND, UNDETERMINED, Explainer, Node
from .kleene import Bounds, bounds
from .law_in_force import case_atoms
from .rulebook import Question, RuleBook
from .store import Model, derive
from .syntax import Atom, Var, python_value

HOLDS, FAILS, NOT_REACHED = "holds", "fails", "not_reached"
# The test suite sets this: every derivation then also derives the two-valued model
# and checks that it lies between the bounds (a consistency check, not needed to answer).
CHECK_BOUNDS = os.environ.get("LEXCHECK_CHECK_BOUNDS") == "1"
OUTCOMES = (HOLDS, FAILS, NOT_REACHED, UNDETERMINED)


@dataclass
class Ruling:
    """One ruling. Its outcome comes straight from the model; its element,
    because and ground come from the explainer, which costs far more than the
    derivation, so they are worked out only when first read (`holdings` reads
    them all, `batch` by default none)."""
    id: str
    question: Question
    atom: Atom
    outcome: str
    derivation: "Derivation" = field(default=None, repr=False, compare=False)
    _grounds: tuple = field(default=None, repr=False, compare=False)

    @property
    def element(self) -> str:
        """The first failed element's predicate (or the unmet `reached` condition)."""
        return self.grounds[0]

    @property
    def because(self) -> str:
        """The exception, limit or missing leaf that decided it."""
        return self.grounds[1]

    @property
    def ground(self) -> str:
        """One line a lawyer can read."""
        return self.grounds[2]

    @property
    def open(self) -> tuple:
        """Undetermined: the open findings (atoms as text) that would decide it."""
        return self.grounds[3]

    @property
    def grounds(self) -> tuple:
        """(element, because, ground, open findings)."""
        if self._grounds is None:
            self._grounds = _grounds(self) if self.derivation is not None else ("", "", "", ())
        return self._grounds

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
    """One case, derived: its bounds, its rulings and the explainer over them."""
    book: RuleBook
    case: Case
    given_model: Optional[Model] = None  # a two-valued model derived elsewhere (e.g. by clingo)
    rulings: list = field(default_factory=list)
    bounds: Bounds = None  # certainly / possibly true, with open findings unknown

    @property
    def model(self) -> Model:
        """The two-valued model: every open finding taken as not made (one way
        the court might go). Outcomes never read it; derived when first asked for."""
        if self.given_model is None:
            self.given_model = derive(self.book, case_atoms(self.book, self.case))
        return self.given_model

    @cached_property
    def explainer(self) -> Explainer:
        return Explainer(self.book, self.bounds.lo, self.case, self.bounds)

    def ruling(self, rid: str) -> Ruling:
        for r in self.rulings:
            if r.id == rid:
                return r
        raise KeyError(rid)

    def explain(self, r: Ruling) -> Node:
        """The ruling's explanation tree; its root's `holds` is True, False, or
        None (undetermined). A ruling not reached is a `not_reached` root whose
        one child is why the condition for reaching it failed; an undetermined
        one is an `undetermined` root down to the open findings. The last tree is
        kept, so a ruling's grounds and its explanation read one tree (the
        report asks for both, one ruling at a time)."""
        last = self.__dict__.get("_last_tree")
        if last is not None and last[0] is r:
            return last[1]
        tree = self._explain(r)
        self.__dict__["_last_tree"] = (r, tree)
        return tree

    def _explain(self, r: Ruling) -> Node:
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


def run(book: RuleBook, case: Case, model: Model | None = None) -> Derivation:
    """Derive the case's bounds and read off its rulings. A two-valued `model`
    another engine derived, when given, says which rulings are at issue."""
    d = Derivation(book, case, model, bounds=bounds(book, case))
    if CHECK_BOUNDS:
        _check_bounds(d)
    at_issue = d.bounds.lo if model is None else model
    for q in book.questions:
        template = q.parsed_at_issue
        for row in sorted(at_issue.rows(template.pred), key=repr):
            env = {}
            for t, v in zip(template.args, row):
                if isinstance(t, Var):
                    env[t.name] = v
            atom = Atom(q.parsed_atom.pred, tuple(env.get(a.name) if isinstance(a, Var) else python_value(a)
                                                  for a in q.parsed_atom.args))
            reached = _bind(q.parsed_reached, q.parsed_atom, atom) if q.parsed_reached else None
            outcome = outcome_of(d.bounds, atom, reached)
            d.rulings.append(Ruling(ruling_id(atom), q, atom, outcome, d))
    return d


def _grounds(r: Ruling) -> tuple:
    """(element, because, ground, open findings) for one ruling, from the explainer."""
    d = r.derivation
    ex = d.explainer
    if r.outcome == NOT_REACHED:
        reached = _bind(r.question.parsed_reached, r.question.parsed_atom, r.atom)
        el, because, summary = ex.decisive(d.explain(r).children[0])  # why it was not reached
        return reached.pred, because or el, f"not reached — {summary}", ()
    if r.outcome == HOLDS:
        proof = d.explain(r)
        return "", "", proof.rule.gloss if proof.rule else "", ()
    if r.outcome == FAILS:
        return ex.decisive(d.explain(r)) + ((),)
    opened = d.explain(r).open_findings()
    atoms = tuple(n.atom for n in opened)
    # the findings in words, each with its atom in brackets for `what-if --add/--deny`
    said = "; ".join(f"whether {n.sentence} [{n.atom}]" for n in opened)
    return (opened[0].atom.split("(")[0] if opened else "", "", "undetermined — needs a finding on " + said, atoms)


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
    """The two-valued model is one completion of the open findings: it must lie
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
    note: str = ""  # why a recorded ruling counts as reproduced though the outcomes differ

    @property
    def ok(self) -> bool:
        return not self.problems


def may_decline(d: Derivation, r: Ruling) -> bool:
    """Whether the court could decline to decide this ruling: its question says so, and, where the
    discretion depends on the law in force (`declinable`), that condition is derived for it."""
    q = r.question
    if not q.may_decline:
        return False
    if q.parsed_declinable is None:
        return True
    cond = _bind(q.parsed_declinable, q.parsed_atom, r.atom)
    return d.bounds.value(cond.pred, cond.args) is True


def verify(d: Derivation, progress=None) -> list[Comparison]:
    """Each ruling the court made, against the derived one. `progress(done, total)`, if
    given, is called after each (a derived ground is worked out only when compared)."""
    out = []
    for i, rec in enumerate(d.case.rulings):
        if progress:
            progress(i, len(d.case.rulings))
        rid = ruling_id(rec.atom)
        try:
            got = d.ruling(rid)
        except KeyError:
            out.append(Comparison(rec, None, [f"no ruling {rid} was derived (nothing puts it at issue)"]))
            continue
        problems = []
        if rec.outcome == NOT_REACHED and got.outcome != NOT_REACHED and may_decline(d, got):
            out.append(Comparison(rec, got, [], f"the court declined to decide it, as it may "
                                                f"({got.question.may_decline}); derived: {got.outcome}"))
            continue
        if got.outcome != rec.outcome:
            problems.append(f"court: {rec.outcome}; derived: {got.outcome}")
        if rec.element and got.outcome == rec.outcome and got.element != rec.element:
            problems.append(f"court's ground: {rec.element}; derived ground: {got.element or 'none'}")
        if rec.because and got.outcome == rec.outcome and got.because != rec.because:
            problems.append(f"court's reason: {rec.because}; derived reason: {got.because or 'none'}")
        out.append(Comparison(rec, got, problems))
    return out
