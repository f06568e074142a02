"""pyDatalog underneath: the rule book compiled once per thread into a
lower/upper program, and each case derived in isolation, three-valued.

A case file makes or denies some findings and leaves others *open* (which
ones is `kleene.open_findings`'s decision). Every outcome is read off two
models that pyDatalog derives together:

- the **lower** copy of each predicate (its own name): what is certainly true,
  whatever the open findings turn out to be;
- the **upper** copy (`Hi_` + name): what is possibly true, for some way of
  deciding them.

Each rule is compiled twice. In the lower copy its positive literals read the
lower copy and its negated literals the *upper* copy (``not q`` is certain only
when ``q`` is not even possible); in the upper copy, the other way round.
Because the rule book is stratified, every negated predicate sits in a lower
stratum than the head, so the two copies together are ordinary stratified
Datalog, which pyDatalog evaluates as it does any program. Record facts and
made findings are in both copies; open findings only in the upper one. A
predicate no finding can reach (record facts; derived predicates whose rules
never depend, however indirectly, on a finding) has one copy: both bounds
read it.

`derive` gives the ordinary two-valued model (open findings
treated as not made, one way the court might go) from a copy of the rules of
its own (`Pl_` + name, again only for predicates a finding can reach). No
production path needs it; tests and the clingo comparison do.

Terms and clauses are built programmatically from the rule book's data
(`pyEngine.Literal`/`Clause`); no text ever reaches `pyDatalog.load` or `ask`.
The case's facts are served to pyDatalog by a resolver per base predicate
(pyDatalog's `Python_resolvers`), which reads this thread's case tables; they
are emptied again in `finally`, so nothing leaks into the next case. Serving
them is about twice as fast as asserting and retracting each fact (a case
leaves a thousand or more finding groundings open).

The bounds are derived stratum by stratum (the strata are computed once, when
the rule book is compiled): one query per stratum reads every row of both
copies of that stratum's predicates (`AllBounds{i}(copy, name, args...,
pad...)`, one clause per predicate and copy, so pyDatalog's tabling is shared
within the stratum), and the rows go into the case's tables, from which the
strata above read them (`T_` + copy + name, served by the same resolvers). A
negation is then a lookup in a finished table, and no lower predicate is
derived twice for two different bindings; on the bundled cases this is about a
third faster than one query over the whole lower/upper program. The two-valued
model is read in one query over its copy (`AllPlain`), and `values` asks a
few ground atoms of both copies in one goal-directed query (`AllAsked`), which
derives only what they need.
"""
from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field
from typing import Optional

from pyDatalog import Logic, pyEngine

from .rulebook import RuleBook, _strongly_connected
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED, FINDING

_local = threading.local()
# Capitalised: no predicate the grammar accepts can clash with them.
_BOUNDS, _PLAIN, _ASKED = "AllBounds", "AllPlain", "AllAsked"  # + the stratum, for AllBounds
LOWER, UPPER, PLAIN = "", "Hi_", "Pl_"  # the copies, as name prefixes
STRATUM, TABLE = "S_", "T_"  # the stratified program's predicates, and the tables of finished strata


@dataclass
class Model:
    """Everything true in one case: its facts and findings, and what the rules derived."""
    true: dict = field(default_factory=dict)  # predicate name -> set of argument tuples

    def holds(self, pred: str, args: tuple) -> bool:
        return tuple(args) in self.true.get(pred, ())

    def rows(self, pred: str) -> set:
        return self.true.get(pred, set())


def _term(t):
    if isinstance(t, Var):
        return pyEngine.Var(t.name)
    return pyEngine.Const(python_value(t))


def finding_dependent(book: RuleBook) -> set:
    """The predicates whose value can turn on a finding: the findings, and every
    derived predicate whose rules reach one, positively or negatively."""
    reads: dict = {}
    for r in book.rules:
        for lit in r.body:
            if not isinstance(lit, Comparison):
                reads.setdefault((lit.atom if isinstance(lit, Negated) else lit).pred, set()).add(r.head.pred)
    out = {p.name for p in book.vocabulary if p.kind == FINDING}
    todo = list(out)
    while todo:
        for head in reads.get(todo.pop(), ()):
            if head not in out:
                out.add(head)
                todo.append(head)
    return out


class _Compiled:
    """One thread's pyDatalog state holding one rule book's programs: the
    lower/upper/plain copies in one program (for `values` and `derive`), and
    the lower/upper copies cut into strata (for `bounds`)."""

    def __init__(self, book: RuleBook):
        Logic()  # a fresh, empty store for this thread
        pyEngine.clear()
        self.book = book
        self.copied = finding_dependent(book)  # predicates with a copy per bound
        for p in book.vocabulary:
            for copy in self.copies(p.name):
                pyEngine.insert(pyEngine.Pred(copy + p.name, p.arity))
            if p.kind != DERIVED:
                pyEngine.Python_resolvers[f"{p.name}/{p.arity}"] = _resolver(p.name, LOWER)
                if p.name in self.copied:
                    pyEngine.Python_resolvers[f"{UPPER}{p.name}/{p.arity}"] = _resolver(p.name, UPPER)
        for r in book.rules:
            for copy in self.copies(r.head.pred):
                pyEngine.assert_(pyEngine.Clause(self._literal(r.head, copy), [self._literal(b, copy) for b in r.full_body]))
        self.derived = [p for p in book.vocabulary if p.kind == DERIVED]
        self.arity = {p.name: p.arity for p in self.derived}
        # AllPlain(name, V0, ..., Vk-1, "", ...): every row of the two-valued model, padded to one width.
        self.width = max((p.arity for p in self.derived), default=0)
        pyEngine.insert(pyEngine.Pred(_PLAIN, self.width + 1))
        pyEngine.insert(pyEngine.Pred(_ASKED, 2))
        for p in self.derived:
            args = [pyEngine.Var(f"V{i}") for i in range(p.arity)]
            pad = [pyEngine.Const("")] * (self.width - p.arity)
            head = pyEngine.Literal(_PLAIN, [pyEngine.Const(p.name)] + args + pad)
            pyEngine.assert_(pyEngine.Clause(head, [pyEngine.Literal(self.name(p.name, PLAIN), args)]))
        self._compile_strata()

    def _compile_strata(self) -> None:
        """The lower/upper program once more, cut into strata (computed here,
        once per rule book): stratum i's rules read every lower stratum from the
        tables already derived, so a negation is a lookup and nothing below is
        derived twice. `AllBounds{i}(copy, name, args..., pad...)` reads stratum i."""
        edges: dict = {}
        for r in self.book.rules:
            for lit in r.body:
                if not isinstance(lit, Comparison):
                    edges.setdefault(r.head.pred, set()).add((lit.atom if isinstance(lit, Negated) else lit).pred)
        component = _strongly_connected(edges)
        members: dict = {}
        for p in self.derived:
            members.setdefault(component.get(p.name, p.name), []).append(p.name)
        level: dict = {}

        def level_of(c) -> int:
            if c not in level:
                level[c] = -1  # the rule book is stratified: a component never reaches itself via another
                below = {component.get(q, q) for p in members[c] for q in edges.get(p, ())} - {c}
                level[c] = 1 + max((level_of(d) for d in below if d in members), default=-1)
            return level[c]

        self.stratum = {p: level_of(c) for c, ps in members.items() for p in ps}
        self.strata = 1 + max(self.stratum.values(), default=-1)
        for p in self.derived:
            for copy in self.copies(p.name)[:2]:
                pyEngine.insert(pyEngine.Pred(STRATUM + copy + p.name, p.arity))
                pyEngine.insert(pyEngine.Pred(TABLE + copy + p.name, p.arity))
                pyEngine.Python_resolvers[f"{TABLE}{copy}{p.name}/{p.arity}"] = _resolver(p.name, copy)
        for r in self.book.rules:
            at = self.stratum[r.head.pred]
            for copy in self.copies(r.head.pred)[:2]:
                pyEngine.assert_(pyEngine.Clause(self._literal(r.head, copy, at), [self._literal(b, copy, at) for b in r.full_body]))
        for i in range(self.strata):
            pyEngine.insert(pyEngine.Pred(f"{_BOUNDS}{i}", self.width + 2))
        for p in self.derived:
            args = [pyEngine.Var(f"V{i}") for i in range(p.arity)]
            pad = [pyEngine.Const("")] * (self.width - p.arity)
            for copy in self.copies(p.name)[:2]:
                head = pyEngine.Literal(f"{_BOUNDS}{self.stratum[p.name]}",
                                        [pyEngine.Const(copy), pyEngine.Const(p.name)] + args + pad)
                pyEngine.assert_(pyEngine.Clause(head, [pyEngine.Literal(STRATUM + copy + p.name, args)]))

    def copies(self, pred: str) -> tuple:
        """The copies `pred` has: a derived predicate a finding can reach has all
        three, a finding two (its plain copy is its lower one), any other one."""
        if pred not in self.copied:
            return (LOWER,)
        if self.book.vocabulary.get(pred).kind == DERIVED:
            return (LOWER, UPPER, PLAIN)
        return (LOWER, UPPER)

    def name(self, pred: str, copy: str, stratum: Optional[int] = None) -> str:
        """The predicate a literal of `copy` reads; in the stratified program (a
        rule of `stratum`), a derived predicate of a lower stratum is read from its table."""
        derived = self.book.vocabulary.get(pred).kind == DERIVED
        if pred not in self.copied or (copy == PLAIN and not derived):
            copy = LOWER
        if stratum is None or not derived:
            return copy + pred
        return (STRATUM if self.stratum[pred] == stratum else TABLE) + copy + pred

    def _literal(self, lit, copy: str, stratum: Optional[int] = None):
        if isinstance(lit, Comparison):
            return pyEngine.Literal(lit.op, [_term(lit.left), _term(lit.right)])
        if isinstance(lit, Negated):
            other = {LOWER: UPPER, UPPER: LOWER, PLAIN: PLAIN}[copy]  # negation reads the other bound
            return pyEngine.Literal("~" + self.name(lit.atom.pred, other, stratum), [_term(a) for a in lit.atom.args])
        return pyEngine.Literal(self.name(lit.pred, copy, stratum), [_term(a) for a in lit.args])

    def query(self, plain: bool, stratum: int = 0):
        """Every derived row of one stratum of both bounds, as (copy, name,
        args..., pad...), or of the whole two-valued model, as (name, args..., pad...)."""
        if plain:
            return pyEngine.Literal(_PLAIN, [pyEngine.Var(f"V{i}") for i in range(self.width + 1)]).ask() or ()
        return pyEngine.Literal(f"{_BOUNDS}{stratum}", [pyEngine.Var(f"V{i}") for i in range(self.width + 2)]).ask() or ()


def _resolver(pred: str, copy: str):
    """pyDatalog's source of `pred`'s rows in `copy`: this thread's current case."""

    def resolve(*terms):
        table = getattr(_local, "tables", {}).get(copy, {}).get(pred)
        if not table:
            return ()
        bound = tuple(i for i, t in enumerate(terms) if t.is_const())
        if not bound:
            return table
        if len(bound) == len(terms):
            key = tuple(t.id for t in terms)
            return (key,) if key in table else ()
        indexes = _local.indexes
        index = indexes.get((copy, pred, bound))
        if index is None:
            index = indexes[(copy, pred, bound)] = {}
            for row in table:
                index.setdefault(tuple(row[i] for i in bound), []).append(row)
        return index.get(tuple(terms[i].id for i in bound), ())

    return resolve


def _compiled(book: RuleBook) -> _Compiled:
    current = getattr(_local, "compiled", None)
    if current is None or current.book is not book:
        current = _local.compiled = _Compiled(book)
    return current


def _run(book: RuleBook, made: dict, opened: dict, plain: bool) -> tuple[Model, Model]:
    """Both bounds (or, `plain`, the two-valued model twice) from the case's rows."""
    compiled = _compiled(book)
    lo = Model({p: set(rows) for p, rows in made.items()})
    hi = Model({p: set(rows) for p, rows in made.items()})
    for p, rows in opened.items():
        hi.true.setdefault(p, set()).update(rows)
    was_enabled = gc.isenabled()
    gc.disable()  # pyDatalog allocates many short-lived cycles; collection dominated runs
    try:
        _local.tables, _local.indexes = {LOWER: lo.true, UPPER: hi.true}, {}
        if plain:
            for row in compiled.query(plain=True):
                lo.true.setdefault(row[0], set()).add(tuple(row[1:1 + compiled.arity[row[0]]]))
            return lo, lo
        for p in compiled.derived:
            lo.true.setdefault(p.name, set())
            hi.true.setdefault(p.name, set())
        for stratum in range(compiled.strata):
            # each stratum's rows go into the tables the strata above it read
            for row in list(compiled.query(False, stratum)):
                name = row[1]
                args = tuple(row[2:2 + compiled.arity[name]])
                if row[0] == UPPER:
                    hi.true[name].add(args)
                else:
                    lo.true[name].add(args)
                    if name not in compiled.copied:
                        hi.true[name].add(args)
    finally:
        _local.tables, _local.indexes = {}, {}
        if was_enabled:
            gc.enable()
    return lo, hi


def bounds(book: RuleBook, made: dict, opened: dict) -> tuple[Model, Model]:
    """The certainly-true and possibly-true models, from the rows made true
    (predicate -> set of argument tuples) and the open finding groundings."""
    return _run(book, made, opened, plain=False)


def values(book: RuleBook, made: dict, opened: dict, atoms) -> list:
    """Each ground atom's three-valued value (True, False, or None when it turns
    on open findings) from one goal-directed query: only the subgoals these
    atoms need are derived, which is what screening many changed cases wants."""
    compiled = _compiled(book)
    hi_rows = {p: set(rows) for p, rows in made.items()}
    for p, rows in opened.items():
        hi_rows.setdefault(p, set()).update(rows)
    asked, clauses = [], []
    for i, a in enumerate(atoms):
        args = tuple(python_value(x) for x in a.args)
        asked.append((a.pred, args))
        if book.vocabulary.get(a.pred).kind != DERIVED:
            continue
        for copy in (LOWER, UPPER) if a.pred in compiled.copied else (LOWER,):
            head = pyEngine.Literal(_ASKED, [pyEngine.Const(copy), pyEngine.Const(i)])
            clauses.append(pyEngine.Clause(head, [pyEngine.Literal(copy + a.pred, [pyEngine.Const(v) for v in args])]))
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _local.tables, _local.indexes = {LOWER: made, UPPER: hi_rows}, {}
        for c in clauses:
            pyEngine.assert_(c)
        rows = list(pyEngine.Literal(_ASKED, [pyEngine.Var("C"), pyEngine.Var("I")]).ask() or ()) if clauses else []
    finally:
        for c in clauses:
            pyEngine.retract(c)
        _local.tables, _local.indexes = {}, {}
        if was_enabled:
            gc.enable()
    got = {(copy, i) for copy, i in rows}
    out = []
    for i, (pred, args) in enumerate(asked):
        if book.vocabulary.get(pred).kind != DERIVED:
            lo, hi = args in made.get(pred, ()), args in hi_rows.get(pred, ())
        else:
            lo = (LOWER, i) in got
            hi = (UPPER, i) in got if pred in compiled.copied else lo
        out.append(True if lo else None if hi else False)
    return out


def derive(book: RuleBook, atoms) -> Model:
    """The two-valued model of ground `atoms` (the case's facts and made
    findings): every open finding taken as not made."""
    made: dict = {}
    for atom in atoms:
        made.setdefault(atom.pred, set()).add(tuple(python_value(a) for a in atom.args))
    return _run(book, made, {}, plain=True)[0]
