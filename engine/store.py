"""pyDatalog underneath: the rule book compiled once per thread into a
lower/upper program, and each case derived in isolation, three-valued.

A case file makes or denies some findings and leaves others *open* (which
ones is `kleene.open_findings`'s decision). Every outcome is read off two
models that pyDatalog derives together, in one query:

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

The third query, `derive`, is the ordinary two-valued model (open findings
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

Every derived row is read through one query. pyDatalog tables subgoals only
within a query, so asking each predicate separately re-derived the shared
lower layers once per predicate: one query over an auxiliary predicate
(`AllBounds(copy, name, args..., pad...)`, with one clause per derived
predicate and copy; `AllPlain` for the two-valued model) is about six times
faster on the bundled cases.
"""
from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field

from pyDatalog import Logic, pyEngine

from .rulebook import RuleBook
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED, FINDING

_local = threading.local()
# Capitalised: no predicate the grammar accepts can clash with them.
_BOUNDS, _PLAIN, _ASKED = "AllBounds", "AllPlain", "AllAsked"
LOWER, UPPER, PLAIN = "", "Hi_", "Pl_"  # the copies, as name prefixes


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
    """One thread's pyDatalog state holding one rule book's three programs."""

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
                pyEngine.assert_(pyEngine.Clause(self._literal(r.head, copy), [self._literal(b, copy) for b in r.body]))
        self.derived = [p for p in book.vocabulary if p.kind == DERIVED]
        self.arity = {p.name: p.arity for p in self.derived}
        # AllBounds(copy, name, V0, ..., Vk-1, "", ...): every derived row of both bounds, padded to
        # one width; AllPlain(name, V0, ...): every row of the two-valued model.
        self.width = max((p.arity for p in self.derived), default=0)
        pyEngine.insert(pyEngine.Pred(_BOUNDS, self.width + 2))
        pyEngine.insert(pyEngine.Pred(_PLAIN, self.width + 1))
        pyEngine.insert(pyEngine.Pred(_ASKED, 2))
        for p in self.derived:
            args = [pyEngine.Var(f"V{i}") for i in range(p.arity)]
            pad = [pyEngine.Const("")] * (self.width - p.arity)
            for copy in self.copies(p.name):
                if copy != PLAIN:
                    head = pyEngine.Literal(_BOUNDS, [pyEngine.Const(copy), pyEngine.Const(p.name)] + args + pad)
                    pyEngine.assert_(pyEngine.Clause(head, [pyEngine.Literal(copy + p.name, args)]))
            head = pyEngine.Literal(_PLAIN, [pyEngine.Const(p.name)] + args + pad)
            pyEngine.assert_(pyEngine.Clause(head, [pyEngine.Literal(self.name(p.name, PLAIN), args)]))

    def copies(self, pred: str) -> tuple:
        """The copies `pred` has: a derived predicate a finding can reach has all
        three, a finding two (its plain copy is its lower one), any other one."""
        if pred not in self.copied:
            return (LOWER,)
        if self.book.vocabulary.get(pred).kind == DERIVED:
            return (LOWER, UPPER, PLAIN)
        return (LOWER, UPPER)

    def name(self, pred: str, copy: str) -> str:
        """The predicate a literal of `copy` reads."""
        if pred not in self.copied or (copy == PLAIN and self.book.vocabulary.get(pred).kind != DERIVED):
            return pred
        return copy + pred

    def _literal(self, lit, copy: str):
        if isinstance(lit, Comparison):
            return pyEngine.Literal(lit.op, [_term(lit.left), _term(lit.right)])
        if isinstance(lit, Negated):
            other = {LOWER: UPPER, UPPER: LOWER, PLAIN: PLAIN}[copy]  # negation reads the other bound
            return pyEngine.Literal("~" + self.name(lit.atom.pred, other), [_term(a) for a in lit.atom.args])
        return pyEngine.Literal(self.name(lit.pred, copy), [_term(a) for a in lit.args])

    def query(self, plain: bool):
        """Every derived row of both bounds, as (copy, name, args..., pad...),
        or of the two-valued model, as (name, args..., pad...)."""
        if plain:
            return pyEngine.Literal(_PLAIN, [pyEngine.Var(f"V{i}") for i in range(self.width + 1)]).ask() or ()
        return pyEngine.Literal(_BOUNDS, [pyEngine.Var(f"V{i}") for i in range(self.width + 2)]).ask() or ()


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
        rows = list(compiled.query(plain))
    finally:
        _local.tables, _local.indexes = {}, {}
        if was_enabled:
            gc.enable()
    if plain:
        for row in rows:
            lo.true.setdefault(row[0], set()).add(tuple(row[1:1 + compiled.arity[row[0]]]))
        return lo, lo
    for row in rows:
        name = row[1]
        args = tuple(row[2:2 + compiled.arity[name]])
        if row[0] == UPPER:
            hi.true.setdefault(name, set()).add(args)
        else:
            lo.true.setdefault(name, set()).add(args)
            if name not in compiled.copied:
                hi.true.setdefault(name, set()).add(args)
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
