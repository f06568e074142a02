"""The rule registry: rules, named limits and the questions a court answers.

Doctrine modules declare these as data; the rule book checks every one against
the vocabulary (declared predicates, arities, derived heads), for safety (each
variable bound by a positive literal) and for stratified negation, before any
case is derived. A rule without id, authority, decision date, court or gloss
is refused.

Each rule names the court whose authority it states (`court=`, a court the
rule book declares in `COURTS`) and is in force from its authority's date; a
later rule may end it (`supersedes=("old.id", ...)`, `how="overruled"`),
declared once, on the later rule — the old rule keeps its id. Which rules
decide a case is computed in `law_in_force`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Optional

from . import law_in_force
from .syntax import Atom, Comparison, Negated, SyntaxProblem, Var, parse_goal, parse_rule
from .vocabulary import DERIVED, RECORD, Vocabulary, VocabularyError

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_DECIDED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HOW = ("overruled", "abrogated", "superseded")


class RuleError(ValueError):
    """A rule, limit or question the rule book refuses; names its id."""


@dataclass(frozen=True)
class Rule:
    """`head if body`. `decided` is the authority's decision date, YYYY[-MM[-DD]]
    (only as precise as is known); `court` the court whose authority it is;
    `supersedes` the rules it ends from its date (`how`: overruled, abrogated
    or superseded)."""
    id: str
    text: str
    authority: str
    decided: str
    gloss: str
    test: str = ""
    court: str = ""
    supersedes: tuple = ()
    how: str = ""
    head: Atom = None
    body: tuple = ()
    doctrine: str = ""

    @property
    def is_law_fact(self) -> bool:
        return not self.body

    @property
    def full_body(self) -> tuple:
        """What the engines compile: the body, after the condition that the rule
        is in force for the case (see `law_in_force`)."""
        return (law_in_force.guard(self.id),) + tuple(self.body)


def rule(id: str, text: str, *, authority: str, decided: str, gloss: str, court: str = "", test: str = "",
         supersedes=(), how: str = "") -> Rule:
    if isinstance(supersedes, str):
        supersedes = (supersedes,)
    return Rule(id=id, text=" ".join(text.split()), authority=authority, decided=decided, gloss=gloss, test=test,
                court=court if isinstance(court, str) else tuple(court), supersedes=tuple(supersedes), how=how or ("superseded" if supersedes else ""))


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
    court: str = ""
    limited: Atom = None
    body: tuple = ()
    doctrine: str = ""
    # a limit may end an earlier rule from its date, as a rule may (Walden's limit abrogates the Ninth
    # Circuit's individualized-targeting rule): `supersedes`, `how` as for rules
    supersedes: tuple = ()
    how: str = ""


def limit(id: str, limits: str, pattern: str, *, authority: str, decided: str, gloss: str, court: str = "",
          supersedes=(), how: str = "") -> Limit:
    if isinstance(supersedes, str):
        supersedes = (supersedes,)
    return Limit(id=id, limits=limits, pattern=pattern, authority=authority, decided=decided, gloss=gloss,
                 court=court, supersedes=tuple(supersedes), how=how or ("superseded" if supersedes else ""))


@dataclass(frozen=True)
class Principle:
    """A principle the engine applies to every case, with its authority: e.g.
    party presentation (a finding on a question nobody raised is not made).
    It derives nothing; explanations cite it where it decides an element."""
    id: str
    authority: str
    decided: str
    gloss: str
    court: str = ""
    doctrine: str = ""


def principle(id: str, *, authority: str, decided: str, gloss: str, court: str) -> Principle:
    return Principle(id=id, authority=authority, decided=decided, gloss=gloss, court=court)


NOT_RAISED = "record.party_presentation"  # the principle explanations cite for a finding nobody argued


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
    # Where the discretion depends on the law in force (Saucier made prong one mandatory until Pearson): an
    # atom over the question's variables; the court may decline the question only where it is derived.
    declinable: str = ""
    parsed_atom: Atom = None
    parsed_at_issue: Atom = None
    parsed_reached: Optional[Atom] = None
    parsed_declinable: Optional[Atom] = None
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
    courts: law_in_force.Courts = field(default_factory=law_in_force.Courts)
    principles: dict = field(default_factory=dict)  # id -> Principle
    raisers: dict = field(default_factory=dict)  # finding -> (head, record literals that put it in issue)

    # -- building ---------------------------------------------------------
    @classmethod
    def from_modules(cls, modules: list[ModuleType]) -> "RuleBook":
        book = cls()
        book.vocabulary.courts = book.courts
        book.vocabulary.declare(law_in_force_predicate(), "law_in_force")
        for m in modules:
            name = m.__name__.rsplit(".", 1)[-1]
            if not (m.__doc__ or "").strip():
                raise RuleError(f"doctrine module {name} has no header saying what it encodes and leaves out")
            book.doctrines[name] = m.__doc__
            for c in getattr(m, "COURTS", []):
                try:
                    book.courts.add(c)
                except ValueError as e:
                    raise RuleError(str(e)) from None
            for s in getattr(m, "SYMBOLS", []):
                book.vocabulary.declare_symbols(s, name)
        for m in modules:
            name = m.__name__.rsplit(".", 1)[-1]
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
            for pr in getattr(m, "PRINCIPLES", []):
                where = f"principle {pr.id!r}"
                if not _ID.match(pr.id) or not pr.authority.strip() or not pr.gloss.strip():
                    raise RuleError(f"{where}: needs an id, an authority and a gloss")
                book._check_court(where, pr.court)
                book.principles[pr.id] = Principle(**{**pr.__dict__, "doctrine": name})
        book.check_stratified()
        book.check_supersessions()
        book.check_raisers()
        return book

    def check_raisers(self) -> None:
        """Each finding's `raised_by`: record literals only, binding every argument."""
        self.raisers = {}
        for p in self.vocabulary:
            if not p.raised_by:
                continue
            where = f"finding {p.name!r}: raised_by"
            try:
                body = parse_goal(p.raised_by)
            except SyntaxProblem as e:
                raise RuleError(f"{where}: {e.message}") from None
            self._check_literals(where, body)
            for lit in body:
                atom = lit.atom if isinstance(lit, Negated) else lit
                if isinstance(atom, Atom) and self.vocabulary.get(atom.pred).kind != RECORD:
                    raise RuleError(f"{where}: `{atom.pred}` is not a record fact; a question is put in issue by "
                                    f"what the record shows (a motion, an assertion), never by a conclusion")
            head = Atom(p.name, tuple(Var(a.name.capitalize()) for a in p.args))
            self.raisers[p.name] = (head, tuple(_safe_order(where, head, body)))

    def add_rule(self, r: Rule, doctrine: str, check_strata: bool = True) -> Rule:
        where = f"rule {r.id!r}"
        if not r.id or not _ID.match(r.id):
            raise RuleError(f"{where}: an id is `doctrine.name` in lower case")
        if any(x.id == r.id for x in self.rules):
            raise RuleError(f"{where}: id used twice")
        for attr in ("authority", "gloss", "decided"):
            if not str(getattr(r, attr) or "").strip():
                raise RuleError(f"{where}: has no {attr}; every rule carries its authority, decision date and gloss")
        if not _DECIDED.match(r.decided) or not law_in_force.valid_date(r.decided):
            raise RuleError(f"{where}: decided {r.decided!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        self._check_court(where, r.court)
        if r.how and r.how not in HOW:
            raise RuleError(f"{where}: how={r.how!r}; write one of {', '.join(HOW)}")
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

    def _check_court(self, where: str, court) -> None:
        if not isinstance(court, str):
            if not court:
                raise RuleError(f"{where}: court=() names no court")
            for one in court:
                self._check_court(where, one)
            return
        if not court:
            raise RuleError(f"{where}: has no court; every rule names the court whose authority it states "
                            f"(court=\"supreme_court\", a circuit such as \"ninth\", a district court such as "
                            f"\"D. Ariz.\", or \"enacted_law\")")
        if self.courts and self.courts.get(court) is None:
            close = [c.id for c in self.courts if c.id.lower().replace(".", "").replace(" ", "")
                     == court.lower().replace(".", "").replace(" ", "")]
            raise RuleError(f"{where}: court {court!r} is not a declared court"
                            + (f" (did you mean {close[0]!r}?)" if close else " (see rules/courts.py)"))

    def check_supersessions(self) -> None:
        """A rule may supersede an earlier rule or limit (e.g. Briskin ends Wanat's limit)."""
        earlier = {x.id: x for x in list(self.rules) + list(self.limits)}
        for r in list(self.rules) + list(self.limits):
            for old in r.supersedes:
                if old not in earlier:
                    raise RuleError(f"rule {r.id!r}: supersedes {old!r}, which is not a rule")
                if old == r.id:
                    raise RuleError(f"rule {r.id!r}: a rule cannot supersede itself")
                before = earlier[old]
                if law_in_force.first_day(before.decided) > law_in_force.first_day(r.decided):
                    raise RuleError(f"rule {r.id!r}: supersedes {old!r}, decided later ({before.decided})")

    def superseders(self, rule_id: str) -> list:
        """The rules (and limits) that end `rule_id` from their own dates."""
        index = self.__dict__.get("_superseders")
        size = (len(self.rules), len(self.limits))
        if index is None or index[0] != size:
            by_old: dict = {}
            for r in list(self.rules) + list(self.limits):
                for old in r.supersedes:
                    by_old.setdefault(old, []).append(r)
            index = self.__dict__["_superseders"] = (size, by_old)
        return index[1].get(rule_id, [])

    def add_limit(self, lim: Limit, doctrine: str) -> None:
        where = f"limit {lim.id!r}"
        if not _ID.match(lim.id or "") or not lim.authority.strip() or not lim.gloss.strip():
            raise RuleError(f"{where}: needs an id, an authority and a gloss")
        self._check_court(where, lim.court)
        if lim.how and lim.how not in HOW:
            raise RuleError(f"{where}: how={lim.how!r}; write one of {', '.join(HOW)}")
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
            declinable = parse_goal(q.declinable)[0] if q.declinable else None
        except (SyntaxProblem, IndexError) as e:
            raise RuleError(f"{where}: {e}") from None
        if declinable is not None and not q.may_decline:
            raise RuleError(f"{where}: `declinable` needs `may_decline`, the authority that lets a court decline it")
        self._check_literals(where, [atom, at_issue] + [x for x in (reached, declinable) if x])
        for extra in (at_issue, reached, declinable):
            if extra is not None and extra.variables != atom.variables:
                raise RuleError(f"{where}: {extra} must have the same variables as {atom}")
        self.questions.append(Question(**{**q.__dict__, "parsed_atom": atom, "parsed_at_issue": at_issue,
                                          "parsed_reached": reached, "parsed_declinable": declinable,
                                          "doctrine": doctrine}))
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
                        self.limits, self.questions, self.doctrines, self.courts, self.principles,
                        self.raisers)
        if len(book.rules) == len(self.rules):
            raise KeyError(rule_id)
        return book


def law_in_force_predicate():
    """`rule_in_force(rule)`: stated by the engine for each case, never by a case file."""
    from .vocabulary import RECORD, pred
    return pred(law_in_force.GUARD, "rule:text", "rule {rule} is in force in this court on this date", RECORD)


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
