"""The rule registry: rules, named limits and the questions a court answers.

Doctrine modules declare these as data; the rule book checks every one against
the vocabulary (declared predicates, arities, derived heads), for safety (each
variable bound by a positive literal) and for stratified negation, before any
case is derived. A rule without id, authority, decision date or gloss is
refused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Optional

from .syntax import Atom, Comparison, Negated, SyntaxProblem, Var, parse_goal, parse_rule
from .vocabulary import DERIVED, Vocabulary, VocabularyError

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_DECIDED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class RuleError(ValueError):
    """A rule, limit or question the rule book refuses; names its id."""


@dataclass(frozen=True)
class Rule:
    """`head if body`. `decided` is the authority's decision date, YYYY[-MM[-DD]]
    (only as precise as is known)."""
    id: str
    text: str
    authority: str
    decided: str
    gloss: str
    test: str = ""
    head: Atom = None
    body: tuple = ()
    doctrine: str = ""

    @property
    def is_law_fact(self) -> bool:
        return not self.body


def rule(id: str, text: str, *, authority: str, decided: str, gloss: str, test: str = "") -> Rule:
    return Rule(id=id, text=" ".join(text.split()), authority=authority, decided=decided, gloss=gloss, test=test)


@dataclass(frozen=True)
class Limit:
    """A doctrinal "never enough by itself": facts matching `pattern` do not by
    themselves establish `limits` (e.g. Walden: harm felt in the forum is not
    express aiming). Limits derive nothing; explanations cite them when the
    limited element fails although such facts are in the record, and property
    tests check that such facts never create the element."""
    id: str
    limits: str
    pattern: str
    authority: str
    decided: str
    gloss: str
    limited: Atom = None
    body: tuple = ()
    doctrine: str = ""


def limit(id: str, limits: str, pattern: str, *, authority: str, decided: str, gloss: str) -> Limit:
    return Limit(id=id, limits=limits, pattern=pattern, authority=authority, decided=decided, gloss=gloss)


@dataclass(frozen=True)
class Question:
    """One kind of ruling. For each binding of `at_issue`, the court rules on
    `atom`: it holds when derived, fails when not, and is not reached when a
    `reached` condition is given and is not derived."""
    id: str
    title: str
    atom: str
    at_issue: str
    reached: str = ""
    holds: str = "holds"
    fails: str = "fails"
    not_reached: str = "not reached"
    short: str = ""  # column heading in the holdings table
    order: int = 100
    # A question a court may decline to decide (Pearson's prongs; the remaining special factors once one
    # suffices): the authority that lets it. `verify` treats a court's not reaching it as consistent with
    # whatever the rules derive, and says so.
    may_decline: str = ""
    parsed_atom: Atom = None
    parsed_at_issue: Atom = None
    parsed_reached: Optional[Atom] = None
    doctrine: str = ""


def question(id: str, title: str, atom: str, at_issue: str, **kw) -> Question:
    return Question(id=id, title=title, atom=atom, at_issue=at_issue, **kw)


@dataclass
class RuleBook:
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    rules: list = field(default_factory=list)
    limits: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    doctrines: dict = field(default_factory=dict)  # module name -> docstring

    # -- building ---------------------------------------------------------
    @classmethod
    def from_modules(cls, modules: list[ModuleType]) -> "RuleBook":
        book = cls()
        for m in modules:
            name = m.__name__.rsplit(".", 1)[-1]
            if not (m.__doc__ or "").strip():
                raise RuleError(f"doctrine module {name} has no header saying what it encodes and leaves out")
            book.doctrines[name] = m.__doc__
            for p in getattr(m, "PREDICATES", []):
                book.vocabulary.declare(p, name)
        for m in modules:
            name = m.__name__.rsplit(".", 1)[-1]
            for r in getattr(m, "RULES", []):
                book.add_rule(r, name, check_strata=False)
            for lim in getattr(m, "LIMITS", []):
                book.add_limit(lim, name)
            for q in getattr(m, "QUESTIONS", []):
                book.add_question(q, name)
        book.check_stratified()
        return book

    def add_rule(self, r: Rule, doctrine: str, check_strata: bool = True) -> Rule:
        where = f"rule {r.id!r}"
        if not r.id or not _ID.match(r.id):
            raise RuleError(f"{where}: an id is `doctrine.name` in lower case")
        if any(x.id == r.id for x in self.rules):
            raise RuleError(f"{where}: id used twice")
        for attr in ("authority", "gloss", "decided"):
            if not str(getattr(r, attr) or "").strip():
                raise RuleError(f"{where}: has no {attr}; every rule carries its authority, decision date and gloss")
        if not _DECIDED.match(r.decided):
            raise RuleError(f"{where}: decided {r.decided!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        try:
            head, body = parse_rule(r.text)
        except SyntaxProblem as e:
            raise RuleError(f"{where}: {e.message}") from None
        self._check_literals(where, [head] + body)
        if self.vocabulary.get(head.pred).kind != DERIVED:
            raise RuleError(f"{where}: its head {head.pred!r} is a {self.vocabulary.get(head.pred).kind} "
                            f"predicate; rules conclude only derived predicates")
        ordered = _safe_order(where, head, body)
        r = Rule(**{**r.__dict__, "head": head, "body": tuple(ordered), "doctrine": doctrine})
        self.rules.append(r)
        if check_strata:
            try:
                self.check_stratified()
            except RuleError:
                self.rules.pop()
                raise
        return r

    def add_limit(self, lim: Limit, doctrine: str) -> None:
        where = f"limit {lim.id!r}"
        if not _ID.match(lim.id or "") or not lim.authority.strip() or not lim.gloss.strip():
            raise RuleError(f"{where}: needs an id, an authority and a gloss")
        try:
            limited = parse_goal(lim.limits)
            body = parse_goal(lim.pattern)
        except SyntaxProblem as e:
            raise RuleError(f"{where}: {e.message}") from None
        if len(limited) != 1 or not isinstance(limited[0], Atom):
            raise RuleError(f"{where}: `limits` must be one atom")
        self._check_literals(where, limited + body)
        self.limits.append(Limit(**{**lim.__dict__, "limited": limited[0], "body": tuple(body), "doctrine": doctrine}))
        self.vocabulary.limit_ids.add(lim.id)

    def add_question(self, q: Question, doctrine: str) -> None:
        where = f"question {q.id!r}"
        try:
            atom, at_issue = parse_goal(q.atom)[0], parse_goal(q.at_issue)[0]
            reached = parse_goal(q.reached)[0] if q.reached else None
        except (SyntaxProblem, IndexError) as e:
            raise RuleError(f"{where}: {e}") from None
        self._check_literals(where, [atom, at_issue] + ([reached] if reached else []))
        for extra in (at_issue, reached):
            if extra is not None and extra.variables != atom.variables:
                raise RuleError(f"{where}: {extra} must have the same variables as {atom}")
        self.questions.append(Question(**{**q.__dict__, "parsed_atom": atom, "parsed_at_issue": at_issue,
                                          "parsed_reached": reached, "doctrine": doctrine}))
        self.questions.sort(key=lambda x: x.order)

    def _check_literals(self, where: str, literals) -> None:
        for lit in literals:
            atom = lit.atom if isinstance(lit, Negated) else lit
            if isinstance(atom, Comparison):
                continue
            try:
                p = self.vocabulary.get(atom.pred)
            except VocabularyError as e:
                raise RuleError(f"{where}: {e}") from None
            if len(atom.args) != p.arity:
                raise RuleError(f"{where}: {atom.pred} takes {p.arity} arguments ({p.signature}), not {len(atom.args)}")

    def check_stratified(self) -> None:
        """Reject negation through recursion: no negative edge inside a cycle."""
        edges: dict[str, set] = {}
        negative: set = set()
        for r in self.rules:
            for lit in r.body:
                if isinstance(lit, Comparison):
                    continue
                target = (lit.atom if isinstance(lit, Negated) else lit).pred
                edges.setdefault(r.head.pred, set()).add(target)
                if isinstance(lit, Negated):
                    negative.add((r.head.pred, target, r.id))
        component = _strongly_connected(edges)
        for head, target, rid in negative:
            if component.get(head) is not None and component.get(head) == component.get(target):
                raise RuleError(f"rule {rid!r}: negation through recursion ({head} depends negatively on "
                                f"{target}, which depends on {head}); the rules would not be stratified")

    # -- lookups ----------------------------------------------------------
    def rules_for(self, pred: str) -> list[Rule]:
        return [r for r in self.rules if r.head.pred == pred]

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def limits_on(self, pred: str) -> list[Limit]:
        return [lim for lim in self.limits if lim.limited.pred == pred]

    def without(self, rule_id: str) -> "RuleBook":
        """A copy with one rule knocked out (for knockout testing)."""
        book = RuleBook(self.vocabulary, [r for r in self.rules if r.id != rule_id],
                        self.limits, self.questions, self.doctrines)
        if len(book.rules) == len(self.rules):
            raise KeyError(rule_id)
        return book


def _safe_order(where: str, head: Atom, body: list) -> list:
    """Keep the author's order of elements, but move each negation or comparison
    just after the positive literals that bind its variables (pyDatalog silently
    answers nothing otherwise). Refuse a variable no positive literal binds."""
    bound_by_positive = set()
    for lit in body:
        if isinstance(lit, Atom):
            bound_by_positive |= lit.variables
    for lit in [head] + body:
        if isinstance(lit, Atom) and lit is not head:
            continue
        unbound = lit.variables - bound_by_positive
        if unbound:
            what = "its head" if lit is head else f"`{lit}`"
            raise RuleError(f"{where}: unsafe: variable {', '.join(sorted(unbound))} in {what} "
                            f"is not bound by any positive literal of the body")
    ordered, pending, bound = [], [], set()
    for lit in body:
        if isinstance(lit, Atom):
            ordered.append(lit)
            bound |= lit.variables
        else:
            pending.append(lit)
        ready = [p for p in pending if p.variables <= bound]
        for p in ready:
            ordered.append(p)
            pending.remove(p)
    return ordered + pending


def _strongly_connected(edges: dict) -> dict:
    """Tarjan's algorithm: node -> component number."""
    index, low, on_stack, stack, comp = {}, {}, set(), [], {}
    counter = [0]
    nodes = set(edges) | {t for ts in edges.values() for t in ts}

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp[w] = v
                if w == v:
                    break

    for n in sorted(nodes):
        if n not in index:
            visit(n)
    return comp
