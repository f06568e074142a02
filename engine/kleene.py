"""Three-valued evaluation: what holds whatever the open findings turn out to be.

A case file states a finding as made or denied, or as *open* (`status: open`:
the question was argued and the court left it undecided); a finding nobody
raised is simply not made. pyDatalog's model treats an open finding as not made,
which is one way the court might go. Here every open finding is *unknown*, and the rules are
evaluated in Kleene's strong three-valued logic, stratum by stratum:

- ``lo`` — certainly true: true however every open finding is decided;
- ``hi`` — possibly true: true for some way of deciding them.

A positive literal is certainly (possibly) true when its atom is in ``lo``
(``hi``); ``not q`` is certainly true when ``q`` is not even possibly true, and
possibly true when ``q`` is not certainly true. Because the rule book is
stratified, ``q`` is always of a lower stratum and its bounds are final. This is
sound: an atom in ``lo`` holds in every completion of the open findings, and an
atom outside ``hi`` holds in none; everything between is *undetermined*.
pyDatalog's model is one completion, so ``lo ⊆ model ⊆ hi`` (``run`` checks).

"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .casefile import Case
from .law_in_force import in_force_atoms
from .rulebook import RuleBook, _strongly_connected
from .store import Model
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED, FINDING


@dataclass
class Bounds:
    """Certainly-true and possibly-true models of one case."""
    lo: Model
    hi: Model
    open: dict = field(default_factory=dict)  # finding predicate -> set of open argument tuples

    def value(self, pred: str, args: tuple) -> Optional[bool]:
        """True / False, or None when it turns on open findings."""
        args = tuple(args)
        if self.lo.holds(pred, args):
            return True
        if not self.hi.holds(pred, args):
            return False
        return None

    def is_open(self, pred: str, args: tuple) -> bool:
        return tuple(args) in self.open.get(pred, ())


def compare(left, op, right) -> bool:
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
                "==": left == right, "!=": left != right}[op]
    except TypeError:
        return False


def _term(t, env):
    return env.get(t.name, t) if isinstance(t, Var) else python_value(t)


class _Index:
    """Rows of each predicate, indexed by the positions a literal binds."""

    def __init__(self, true: dict):
        self.true = true
        self.cache: dict = {}

    def rows(self, pred: str, bound: tuple, key: tuple):
        if not bound:
            return self.true.get(pred, ())
        idx = self.cache.get((pred, bound))
        if idx is None:
            idx = {}
            for row in self.true.get(pred, ()):
                idx.setdefault(tuple(row[i] for i in bound), []).append(row)
            self.cache[(pred, bound)] = idx
        return idx.get(key, ())


def solve(body, env: dict, pos: _Index, neg_ok) -> list:
    """Every binding of `body` whose positive literals are rows of `pos` and
    whose negations pass `neg_ok(pred, args)`."""
    out = []

    def walk(i, env):
        if i == len(body):
            out.append(env)
            return
        lit = body[i]
        if isinstance(lit, Atom):
            bound, key = [], []
            for j, t in enumerate(lit.args):
                v = _term(t, env)
                if not isinstance(v, Var):
                    bound.append(j)
                    key.append(v)
            for row in pos.rows(lit.pred, tuple(bound), tuple(key)):
                e = env
                ok = True
                for t, v in zip(lit.args, row):
                    if isinstance(t, Var):
                        if t.name in e:
                            if e[t.name] != v:
                                ok = False
                                break
                        else:
                            if e is env:
                                e = dict(env)
                            e[t.name] = v
                if ok:
                    walk(i + 1, e)
        elif isinstance(lit, Negated):
            if neg_ok(lit.atom.pred, tuple(_term(a, env) for a in lit.atom.args)):
                walk(i + 1, env)
        elif isinstance(lit, Comparison):
            if compare(_term(lit.left, env), lit.op, _term(lit.right, env)):
                walk(i + 1, env)

    walk(0, env)
    return out


def strata(book: RuleBook) -> list[list[str]]:
    """Derived predicates grouped into mutually recursive components, each after
    every component it depends on."""
    edges: dict[str, set] = {}
    for r in book.rules:
        for lit in r.body:
            if not isinstance(lit, Comparison):
                edges.setdefault(r.head.pred, set()).add((lit.atom if isinstance(lit, Negated) else lit).pred)
    comp = _strongly_connected(edges)
    derived = sorted(p.name for p in book.vocabulary if p.kind == DERIVED)
    members: dict = {}
    for p in derived:
        members.setdefault(comp.get(p, p), []).append(p)
    order, done = [], set()

    def visit(c):
        if c in done:
            return
        done.add(c)
        for p in members[c]:
            for q in sorted(edges.get(p, ())):
                cq = comp.get(q, q)
                if cq in members and cq != c:
                    visit(cq)
        order.append(sorted(members[c]))

    for c in sorted(members):
        visit(c)
    return order


@dataclass
class Facts:
    """What a case file states, as the bounds need it: the rows made true, the
    keys stated (made or denied), and the constants of each argument type."""
    made: dict
    stated: set
    values: dict
    opened: dict = field(default_factory=dict)  # finding predicate -> argument tuples argued and left open

    @classmethod
    def of(cls, book: RuleBook, case: Case) -> "Facts":
        made: dict = {}
        stated: set = set()
        values: dict = {"party": set(case.parties), "count": set(case.counts)}
        opened: dict = {}
        for f in case.facts:
            key = f.key
            stated.add(key)
            if f.status == "made":
                made.setdefault(key[0], set()).add(key[1])
            elif f.status == "open":
                opened.setdefault(key[0], set()).add(key[1])
            for arg, v in zip(book.vocabulary.get(key[0]).args, key[1]):
                values.setdefault(arg.type, set()).add(v)
        for a in in_force_atoms(book, case.meta):
            made.setdefault(a.pred, set()).add(a.args)
        # questions the record puts in issue (a finding's `raised_by`) and the file leaves undecided
        index = _Index(made)
        for name, (head, body) in book.raisers.items():
            for env in solve(list(body), {}, index, lambda p, a: a not in made.get(p, ())):
                args = tuple(_term(t, env) for t in head.args)
                if (name, args) not in stated:
                    opened.setdefault(name, set()).add(args)
        return cls(made, stated, values, opened)

    def changed(self, book: RuleBook, drop=(), made=(), denied=()) -> "Facts":
        """These facts with keys dropped (a finding dropped is left open: argued,
        undecided), then keys made or denied (keys are (pred, args))."""
        rows = {p: set(r) for p, r in self.made.items()}
        stated = set(self.stated)
        values = {t: set(v) for t, v in self.values.items()}
        opened = {p: set(r) for p, r in self.opened.items()}
        for pred, args in list(drop) + list(made) + list(denied):
            rows.get(pred, set()).discard(args)
            stated.discard((pred, args))
            opened.get(pred, set()).discard(args)
        for pred, args in drop:
            if book.vocabulary.get(pred).kind == FINDING:
                opened.setdefault(pred, set()).add(args)
        for pred, args in list(made) + list(denied):
            stated.add((pred, args))
            for arg, v in zip(book.vocabulary.get(pred).args, args):
                values.setdefault(arg.type, set()).add(v)
        for pred, args in made:
            rows.setdefault(pred, set()).add(args)
        return Facts(rows, stated, values, opened)


def open_findings(book: RuleBook, case: Case, facts: Optional[Facts] = None) -> dict:
    """The findings that are open: questions the case file says were raised
    (`status: open`) and the court did not decide. A finding on a question
    nobody raised is not open: it is not made (party presentation, rule
    `record.party_presentation`), so a finding new to the vocabulary changes no
    case that never heard of it."""
    facts = facts or Facts.of(book, case)
    return {p: set(rows) for p, rows in facts.opened.items() if rows}


def bounds(book: RuleBook, case: Optional[Case], facts: Optional[Facts] = None) -> Bounds:
    """The certainly-true and possibly-true models of `case` (or of `facts`)."""
    facts = facts or Facts.of(book, case)
    lo: dict = {p: set(rows) for p, rows in facts.made.items()}
    opened = open_findings(book, case, facts)
    hi = {p: set(rows) for p, rows in lo.items()}
    for p, rows in opened.items():
        hi.setdefault(p, set()).update(rows)
    by_head: dict = {}
    for r in book.rules:
        by_head.setdefault(r.head.pred, []).append(r)
    for component in _strata_cached(book):
        rules = [r for p in component for r in by_head.get(p, ())]
        recursive = any((lit.atom if isinstance(lit, Negated) else lit).pred in component
                        for r in rules for lit in r.body if not isinstance(lit, Comparison))
        # lower strata are final: negation reads the other bound
        _fixpoint(rules, lo, lambda p, a: a not in hi.get(p, ()), recursive)
        _fixpoint(rules, hi, lambda p, a: a not in lo.get(p, ()), recursive)
    return Bounds(Model(lo), Model(hi), opened)


_STRATA: dict = {}


def _strata_cached(book: RuleBook) -> list:
    key = id(book)
    hit = _STRATA.get(key)
    if hit is None or hit[0] is not book:
        hit = _STRATA[key] = (book, strata(book))
    return hit[1]


def _fixpoint(rules, true: dict, neg_ok, recursive: bool = True) -> None:
    """Apply the rules until nothing new follows (once, when none of them
    depends on its own component)."""
    changed = True
    while changed:
        changed = False
        index = _Index(true)
        for r in rules:
            head = r.head
            found = {tuple(_term(t, env) for t in head.args) for env in solve(list(r.full_body), {}, index, neg_ok)}
            rows = true.setdefault(head.pred, set())
            if not found <= rows:
                rows |= found
                changed = recursive
                index = _Index(true)
