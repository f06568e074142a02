"""Why a conclusion holds, why one fails, and what an undetermined one turns on,
walked over the rules themselves.

`prove` gives the proof tree of a derived atom: the rule that fired, its
authority, and beneath it each element down to the facts with their record
cites (and, under "it is not the case that ...", why that is not so). `refute`
gives, for each rule that could have concluded the atom, every way it was tried,
the elements met there and the first element that failed — a missing fact, a
finding denied, or a named exception that defeats it — and cites any limit
("never enough by itself") the record runs into. `undetermined` gives, for an
atom that turns on findings the case file leaves open, the rules that would
conclude it and the open findings that would decide it.

All three read the case's three-valued bounds (`kleene.Bounds`), the
certainly-true and possibly-true models pyDatalog derived: a proof uses only
what is certainly true, a refutation stops only at what is certainly false.
Nothing here derives anything: a rule's body is matched against the rows
already in those models (`solutions`, a join over indexed rows), so every
explanation agrees with the outcome by construction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from . import law_in_force
from .casefile import Case
from .kleene import Bounds, compare
from .rulebook import NOT_RAISED, Limit, Rule, RuleBook
from .store import Model
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED, FINDING, RECORD

MAX_DEPTH = 14
MAX_BRANCHES = 24  # ways one rule was tried (e.g. one per plaintiff); more are rare and cut

# Node kinds
RULE_FIRED = "rule"          # a derived atom and the rule that concluded it
FACT = "fact"                # a record fact, with its cite
FINDING_MADE = "finding"     # a finding made, with the opinion page
LAW = "law"                  # a rule with no conditions (a rule of law stated as such)
ABSENT = "absent"            # a record fact or finding the case file does not state
DENIED = "denied"            # a finding the court declined to make
NO_RULE_APPLIES = "failed"   # a derived atom: no rule concluded it (see attempts)
ABSENCE = "absence"          # "it is not the case that ...", which held
EXCEPTION = "exception"      # a named exception that applies and defeats the element
COMPARISON = "comparison"
LIMIT = "limit"              # a limit the record runs into
CUT = "cut"                  # explanation cut short (depth or cycle)
OPEN = "open"                # a finding the case file neither makes nor denies
UNDETERMINED = "undetermined"  # a derived atom that turns on open findings (see attempts)
NOT_REACHED_KIND = "not_reached"  # the root of a ruling the court did not reach
NOT_IN_FORCE = "not_in_force"  # a rule that would conclude the atom, not yet (or no longer) in force on the case's date


@dataclass
class Node:
    kind: str
    holds: Optional[bool]    # None: undetermined
    sentence: str
    atom: str = ""
    rule: Optional[Rule] = None
    limit: Optional[Limit] = None
    cite: str = ""
    children: list = field(default_factory=list)
    attempts: list = field(default_factory=list)  # for NO_RULE_APPLIES / UNDETERMINED: Attempt per rule
    progress: float = 0.0  # how far the best attempt got (0..1); ranks near misses
    cut: bool = False      # somewhere below, the depth or cycle guard stopped the walk

    def walk(self) -> Iterator["Node"]:
        yield self
        for c in self.children:
            yield from c.walk()
        for a in self.attempts:
            for nodes in a.met:
                for m in nodes:
                    yield from m.walk()
            for b in a.branches:
                yield from b.walk()
            for nodes in a.after:
                for m in nodes:
                    yield from m.walk()

    def open_findings(self) -> list["Node"]:
        """The open findings this explanation turns on, each once, in order. A sub-proof shared
        by many branches is one object: it is read once (what it holds is already counted)."""
        seen, out, visited = set(), [], set()

        def visit(n: "Node") -> None:
            if id(n) in visited:
                return
            visited.add(id(n))
            if n.kind == OPEN and n.atom not in seen:
                seen.add(n.atom)
                out.append(n)
            for c in n.children:
                visit(c)
            for a in n.attempts:
                for nodes in a.met:
                    for m in nodes:
                        visit(m)
                for b in a.branches:
                    visit(b)
                for nodes in a.after:
                    for m in nodes:
                        visit(m)
        visit(self)
        return out


@dataclass
class Attempt:
    """One rule tried on a failing (or undetermined) atom: for each way it was
    tried, the elements met, the element that failed (or is undetermined) there,
    and the elements after it."""
    rule: Rule
    branches: list  # of Node: each way it was tried, the element that failed there
    met: list = field(default_factory=list)    # per branch: Nodes of the elements met before it
    progress: float = 0.0
    after: list = field(default_factory=list)  # per branch: Nodes of the (ground) elements after it


def _value(t, env):
    if isinstance(t, Var):
        return env.get(t.name, t)
    return python_value(t)


def _ground(atom: Atom, env) -> Atom:
    return Atom(atom.pred, tuple(_value(a, env) if not isinstance(a, Var) or a.name in env else a for a in atom.args))


def _match(atom: Atom, row: tuple, env: dict) -> Optional[dict]:
    out = env
    for term, value in zip(atom.args, row):
        if isinstance(term, Var):
            if term.name in out:
                if out[term.name] != value:
                    return None
            else:
                if out is env:
                    out = dict(env)
                out[term.name] = value
        elif python_value(term) != value:
            return None
    return out


LO, HI = "lo", "hi"


class Explainer:
    def __init__(self, book: RuleBook, model: Model, case: Case, bounds: Optional[Bounds] = None):
        self.book, self.model, self.case = book, model, case
        self.vocab = book.vocabulary
        self.bounds = bounds
        self.lo = bounds.lo if bounds else model
        self.hi = bounds.hi if bounds else model
        self._sorted: dict = {}
        self._index: dict = {}
        self._by_head: Optional[dict] = None
        self._support: Optional[dict] = None
        # Whole subtrees reused within one explanation, which asks about the same
        # atoms thousands of times. Only subtrees the depth/cycle guard did not cut
        # are kept, and each top-level walk starts afresh, so an explanation never
        # depends on what was explained before it.
        self._proved: dict = {}
        self._refuted: dict = {}
        self._law: Optional[dict] = None  # rule id -> law_in_force.Status, for this case

    # -- the law in force ----------------------------------------------------
    def _statuses(self) -> dict:
        if self._law is None:
            forum = law_in_force.forum_of(self.book.courts, self.case.meta)
            self._law = {r.id: law_in_force.status(self.book, r, forum)
                         for r in self.book.rules + self.book.limits}
        return self._law

    def in_force(self, r) -> bool:
        s = self._statuses().get(r.id)
        return s is None or s.in_force

    def rules_for(self, pred: str) -> list:
        """The rules concluding `pred` that are in force for this case."""
        return self._rules_for(pred)

    def _out_of_force(self, atom: Atom) -> list["Node"]:
        """Rules that would conclude `atom` but are not in force on the case's date
        (decided later, or overruled by then): the explanation says so, with
        the rule. Rules of courts that do not bind this one are not listed."""
        out = []
        for r in self.book.rules_for(atom.pred):
            s = self._statuses().get(r.id)
            if s is None or s.in_force or not (s.ended_by or s.reason.startswith("it was decided on")):
                continue
            if self._head_env(r, atom) is None:
                continue
            out.append(Node(NOT_IN_FORCE, False, f"{r.gloss.rstrip('.')} — not in force here: {s.reason}",
                            r.id, rule=r))
        return out

    # -- rendering helpers -------------------------------------------------
    def shown(self, arg, value) -> str:
        """How one argument reads in a sentence: a party by its name, a count by its number and
        title, a state or circuit (any member of a named closed vocabulary) by its declared name,
        any other symbol as words; a number or a date as written. Ids stay in JSON and rule ids."""
        if isinstance(value, Var):
            return f"some {arg.name.replace('_', ' ')}"
        if arg.type == "party" and value in self.case.parties:
            return self.case.parties[value].name
        if arg.type == "count" and value in self.case.counts:
            title = (self.case.counts[value].title or "").strip()
            words = str(value).replace("_", " ")
            return f"{words} ({title})" if title and title.lower() != words.lower() else words
        if isinstance(value, str) and arg.type in ("symbol", "party", "count"):
            return self.vocab.name_of(arg, value) or value.replace("_", " ")
        return value

    def sentence(self, atom: Atom) -> str:
        p = self.vocab.get(atom.pred)
        return p.render([self.shown(arg, value) for arg, value in zip(p.args, atom.args)])

    def denial(self, atom: Atom) -> str:
        """The sentence saying the atom does not hold: the predicate's own negated sentence where it has one,
        else "it is not the case that ..."."""
        p = self.vocab.get(atom.pred)
        return p.render_negated([self.shown(arg, value) for arg, value in zip(p.args, atom.args)])

    def _affirmed(self, atom_text: str) -> str:
        from .syntax import parse_atom
        a = parse_atom(atom_text)
        return self.sentence(Atom(a.pred, tuple(python_value(x) for x in a.args)))

    def value(self, atom: Atom) -> Optional[bool]:
        """True, False, or None when it turns on open findings."""
        args = tuple(python_value(a) for a in atom.args)
        if self.lo.holds(atom.pred, args):
            return True
        if not self.hi.holds(atom.pred, args):
            return False
        return None

    def _is_open(self, atom: Atom) -> bool:
        return bool(self.bounds) and self.bounds.is_open(atom.pred, tuple(python_value(a) for a in atom.args))

    def _cites(self, atom: Atom, status: str) -> str:
        if self._support is None:  # the case file's entries by atom, indexed once
            self._support = {}
            for f in self.case.facts:
                self._support.setdefault(f.key, []).append(f)
        key = (atom.pred, tuple(python_value(a) for a in atom.args))
        return "; ".join(sorted({f.cite for f in self._support.get(key, ()) if f.status == status}))

    # -- evaluation ---------------------------------------------------------
    def _rules_for(self, pred: str) -> list:
        """The rules concluding `pred`, in force for this case, in the book's order (grouped once)."""
        if self._by_head is None:
            self._by_head = {}
            for r in self.book.rules:
                if self.in_force(r):
                    self._by_head.setdefault(r.head.pred, []).append(r)
        return self._by_head.get(pred, [])

    def _rows(self, mode: str, pred: str) -> list:
        key = (mode, pred)
        if key not in self._sorted:
            model = self.lo if mode == LO else self.hi
            self._sorted[key] = sorted(model.rows(pred), key=repr)
        return self._sorted[key]

    def _matching(self, mode: str, lit: Atom, env: dict) -> list:
        """The derived rows `lit` can match under `env`, in their stable order,
        looked up by the arguments `env` or the literal already fixes."""
        bound, key = [], []
        for i, t in enumerate(lit.args):
            if isinstance(t, Var):
                if t.name in env:
                    bound.append(i)
                    key.append(env[t.name])
            else:
                bound.append(i)
                key.append(python_value(t))
        rows = self._rows(mode, lit.pred)
        if not bound:
            return rows
        ikey = (mode, lit.pred, tuple(bound))
        index = self._index.get(ikey)
        if index is None:
            index = self._index[ikey] = {}
            for row in rows:
                index.setdefault(tuple(row[i] for i in bound), []).append(row)
        return index.get(tuple(key), ())

    def solutions(self, body, env: dict, mode: str = LO) -> Iterator[dict]:
        """Every binding that satisfies the body, in a stable order: certainly
        (mode "lo") or possibly (mode "hi"), matched against derived rows."""
        if not body:
            yield env
            return
        lit, rest = body[0], body[1:]
        if isinstance(lit, Atom):
            for row in self._matching(mode, lit, env):
                e = _match(lit, row, env)
                if e is not None:
                    yield from self.solutions(rest, e, mode)
        elif isinstance(lit, Negated):
            g = _ground(lit.atom, env)
            other = self.hi if mode == LO else self.lo
            if not other.holds(g.pred, tuple(g.args)):
                yield from self.solutions(rest, env, mode)
        else:
            if compare(_value(lit.left, env), lit.op, _value(lit.right, env)):
                yield from self.solutions(rest, env, mode)

    def _head_env(self, rule, atom: Atom) -> Optional[dict]:
        head = rule.head if isinstance(rule, Rule) else rule
        env: dict = {}
        for h, a in zip(head.args, atom.args):
            if isinstance(a, Var):
                continue
            if isinstance(h, Var):
                if h.name in env and env[h.name] != a:
                    return None
                env[h.name] = a
            elif python_value(h) != a:
                return None
        return env

    # -- why it holds -------------------------------------------------------
    def prove(self, atom: Atom, depth: int = 0, stack: tuple = ()) -> Node:
        atom = Atom(atom.pred, tuple(python_value(a) for a in atom.args))
        p = self.vocab.get(atom.pred)
        key = (atom.pred, atom.args)
        if p.kind in (RECORD, FINDING):
            kind = FACT if p.kind == RECORD else FINDING_MADE
            return Node(kind, True, self.sentence(atom), str(atom), cite=self._cites(atom, "made"))
        if depth > MAX_DEPTH or key in stack:
            return Node(CUT, True, self.sentence(atom), str(atom), cut=True)
        if depth == 0 and not stack:
            self._fresh_walk()
        if depth < MAX_DEPTH and key in self._proved:
            return self._proved[key]
        for r in self.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            for sol in self.solutions(list(r.body), env):
                kind = LAW if r.is_law_fact else RULE_FIRED
                node = Node(kind, True, self.sentence(atom), str(atom), rule=r)
                for lit in r.body:
                    node.children.append(self._prove_literal(lit, sol, depth, stack + (key,)))
                node.cut = _any_cut(node)
                if not node.cut and depth < MAX_DEPTH:
                    self._proved[key] = node
                return node
        raise AssertionError(f"{atom} is certainly true but no rule proves it")  # engine/explainer disagree

    def routes(self, atom: Atom, limit: int = 50) -> list[Node]:
        """Every way a certainly-true atom holds: one proof per rule and binding of
        that rule's body (each element beneath proved as `prove` proves it), in the
        rules' order; `prove` gives the first. At most `limit`."""
        atom = Atom(atom.pred, tuple(python_value(a) for a in atom.args))
        p = self.vocab.get(atom.pred)
        if p.kind in (RECORD, FINDING):
            return [self.prove(atom)]
        self._fresh_walk()
        key = (atom.pred, atom.args)
        out, seen = [], set()
        for r in self.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            for sol in self.solutions(list(r.body), env):
                node = Node(LAW if r.is_law_fact else RULE_FIRED, True, self.sentence(atom), str(atom), rule=r)
                for lit in r.body:
                    node.children.append(self._prove_literal(lit, sol, 0, (key,)))
                sig = (r.id, tuple(c.atom for c in node.children))
                if sig in seen:
                    continue
                seen.add(sig)
                out.append(node)
                if len(out) >= limit:
                    return out
        return out

    def _prove_literal(self, lit, env, depth, stack) -> Node:
        if isinstance(lit, Atom):
            return self.prove(_ground(lit, env), depth + 1, stack)
        if isinstance(lit, Negated):
            g = _ground(lit.atom, env)
            p = self.vocab.get(g.pred)
            node = Node(ABSENCE, True, self.denial(g), f"not {g}")
            if p.kind == FINDING:
                node.cite = self._cites(g, "denied")
            elif p.kind == DERIVED:
                # why the negated conclusion is not reached (e.g. the finding that would make it, denied)
                node.children.append(self.refute(g, depth + 1, stack))
            return node
        left, right = _value(lit.left, env), _value(lit.right, env)
        return Node(COMPARISON, True, f"{left} {lit.op} {right}", f"comparison({left} {lit.op} {right})")

    # -- why it fails ------------------------------------------------------
    def refute(self, atom: Atom, depth: int = 0, stack: tuple = ()) -> Node:
        atom = Atom(atom.pred, tuple(a if isinstance(a, Var) else python_value(a) for a in atom.args))
        p = self.vocab.get(atom.pred)
        ground = atom.is_ground()
        if p.kind in (RECORD, FINDING):
            denied = self._cites(atom, "denied") if ground else ""
            if denied:
                return Node(DENIED, False, self.sentence(atom), str(atom), cite=denied)
            if p.kind == FINDING and NOT_RAISED in self.book.principles:
                # nobody raised the question: the finding is not made (party presentation)
                return Node(ABSENT, False, f"{self.sentence(atom)} (not argued)", str(atom),
                            limit=self.book.principles[NOT_RAISED])
            return Node(ABSENT, False, self.sentence(atom), str(atom))
        key = (atom.pred, atom.args)
        node = Node(NO_RULE_APPLIES, False, self.sentence(atom), str(atom))
        if depth > MAX_DEPTH or key in stack:
            node.kind, node.cut = CUT, True
            return node
        if depth == 0 and not stack:
            self._fresh_walk()
        if depth < MAX_DEPTH and key in self._refuted:
            return self._refuted[key]
        for r in self.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            node.attempts.append(self._attempt(r, env, depth, stack + (key,)))
        node.progress = max((a.progress for a in node.attempts), default=0.0)
        node.children.extend(self._limits(atom))
        node.children.extend(self._out_of_force(atom))
        node.cut = _any_cut(node)
        if not node.cut and depth < MAX_DEPTH:
            self._refuted[key] = node
        return node

    def _attempt(self, r: Rule, env: dict, depth, stack) -> Attempt:
        """Each way the body was tried (possibly true up to there), and where it
        stopped (certainly false), deepest first."""
        stops: list = []

        def walk(i, env):
            if len(stops) > 50 or i == len(r.body):
                return
            found = False
            for e in self.solutions([r.body[i]], env, HI):
                found = True
                walk(i + 1, e)
            if not found:
                stops.append((i, env))

        walk(0, env)
        stops.sort(key=lambda s: -s[0])
        seen, ranked = set(), []
        for i, e in stops:
            lit = r.body[i]
            label = str(_ground(lit.atom, e) if isinstance(lit, Negated) else
                        _ground(lit, e) if isinstance(lit, Atom) else lit)
            if label in seen:
                continue
            seen.add(label)
            branch = self._refute_literal(lit, e, depth, stack)
            ranked.append(((i + _partial(branch)) / len(r.body), i, branch, e))
            if len(ranked) >= MAX_BRANCHES:
                break
        # the branch that got furthest first: it is the closest call
        ranked.sort(key=lambda x: -x[0])
        top = depth == 0  # the ruling's own rule: show each element in full
        return Attempt(r, [b for _, _, b, _ in ranked],
                       [[self._element(r.body[j], e, full=top, depth=depth, stack=stack) for j in range(i)]
                        for _, i, _, e in ranked],
                       ranked[0][0] if ranked else 0.0,
                       [self._after(r, i, e, depth, stack) if top else [] for _, i, _, e in ranked])

    def _after(self, r: Rule, i: int, env: dict, depth, stack) -> list:
        """The elements after the failed one, where the binding makes them ground."""
        out = []
        for lit in r.body[i + 1:]:
            atom = lit.atom if isinstance(lit, Negated) else lit
            if isinstance(atom, Atom) and not _ground(atom, env).is_ground():
                continue
            if isinstance(lit, Comparison) and (isinstance(_value(lit.left, env), Var)
                                                or isinstance(_value(lit.right, env), Var)):
                continue
            out.append(self._element(lit, env, full=False, depth=depth, stack=stack))
        return out

    def _element(self, lit, env, full: bool, depth, stack) -> Node:
        """One element under a binding, whatever its value: a full proof or
        refutation when `full`, else the element and what settles it, one level."""
        if isinstance(lit, Comparison):
            left, right = _value(lit.left, env), _value(lit.right, env)
            return Node(COMPARISON, compare(left, lit.op, right), f"{left} {lit.op} {right}",
                        f"comparison({left} {lit.op} {right})")
        neg = isinstance(lit, Negated)
        g = _ground(lit.atom if neg else lit, env)
        v = self.value(g)
        lit_value = None if v is None else (v != neg)
        if lit_value is None:
            inner = self.undetermined(g, depth + 1, stack) if full else self._shallow(g, None)
            if not neg:
                return inner
            return Node(UNDETERMINED, None, self.denial(g), f"not {g}",
                        children=[inner])
        if lit_value:
            if neg:
                return self._prove_literal(lit, env, depth, stack) if full else \
                    Node(ABSENCE, True, self.denial(g), f"not {g}",
                         cite=self._cites(g, "denied"))
            return self.prove(g, depth + 1, stack) if full else self._shallow(g, True)
        return self._refute_literal(lit, env, depth, stack) if full else self._shallow_failed(lit, env)

    def _shallow(self, g: Atom, holds: Optional[bool]) -> Node:
        p = self.vocab.get(g.pred)
        if holds is None:
            if p.kind == FINDING:
                return Node(OPEN, None, self.sentence(g), str(g))
            return Node(UNDETERMINED, None, self.sentence(g), str(g))
        if p.kind == RECORD:
            return Node(FACT, True, self.sentence(g), str(g), cite=self._cites(g, "made"))
        if p.kind == FINDING:
            return Node(FINDING_MADE, True, self.sentence(g), str(g), cite=self._cites(g, "made"))
        node = self.prove(g, MAX_DEPTH)  # only its rule: the children are not walked further
        node.children = []
        return node

    def _shallow_failed(self, lit, env) -> Node:
        neg = isinstance(lit, Negated)
        g = _ground(lit.atom if neg else lit, env)
        if neg:
            inner = self._shallow(g, True)
            p = self.vocab.get(g.pred)
            return Node(EXCEPTION if p.exception else inner.kind, False,
                        self.denial(g), f"not {g}",
                        rule=inner.rule, cite=inner.cite)
        p = self.vocab.get(g.pred)
        if p.kind == DERIVED:
            return Node(NO_RULE_APPLIES, False, self.sentence(g), str(g))
        return self.refute(g)

    def _refute_literal(self, lit, env, depth, stack) -> Node:
        if isinstance(lit, Atom):
            return self.refute(_ground(lit, env), depth + 1, stack)
        if isinstance(lit, Negated):
            # The negated atom holds: say what made it hold. The node is the
            # element ("it is not the case that ..."); its child is the proof.
            g = _ground(lit.atom, env)
            inner = self.prove(g, depth + 1, stack)
            p = self.vocab.get(g.pred)
            kind = EXCEPTION if p.exception else inner.kind
            return Node(kind, False, self.denial(g), f"not {g}",
                        rule=inner.rule, cite=inner.cite, children=[inner])
        left, right = _value(lit.left, env), _value(lit.right, env)
        return Node(COMPARISON, False, f"{left} {lit.op} {right}", f"comparison({left} {lit.op} {right})")

    # -- what it turns on ---------------------------------------------------
    def _fresh_walk(self) -> None:
        self._proved.clear()
        self._refuted.clear()

    def undetermined(self, atom: Atom, depth: int = 0, stack: tuple = ()) -> Node:
        """An atom that turns on open findings: each rule that could still
        conclude it, with the elements met and the undetermined element, down to
        the open findings."""
        if depth == 0 and not stack:
            self._fresh_walk()
        atom = Atom(atom.pred, tuple(python_value(a) for a in atom.args))
        p = self.vocab.get(atom.pred)
        if p.kind == FINDING:
            return Node(OPEN, None, self.sentence(atom), str(atom))
        key = (atom.pred, atom.args)
        node = Node(UNDETERMINED, None, self.sentence(atom), str(atom))
        if depth > MAX_DEPTH or key in stack:
            node.kind = CUT
            return node
        for r in self.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            branches, met, after = [], [], []
            for sol in self.solutions(list(r.body), env, HI):  # possible ways: none certainly fails
                unknown = [j for j, lit in enumerate(r.body) if self._literal_value(lit, sol) is None]
                if not unknown:
                    continue
                i = unknown[0]
                branches.append(self._element(r.body[i], sol, True, depth, stack + (key,)))
                met.append([self._element(r.body[j], sol, False, depth, stack) for j in range(i)])
                after.append([self._element(r.body[j], sol, j in unknown, depth, stack + (key,))
                              for j in range(i + 1, len(r.body))])
                if len(branches) >= MAX_BRANCHES:
                    break
            if branches:
                node.attempts.append(Attempt(r, branches, met, 1.0, after))
        return node

    def _literal_value(self, lit, env) -> Optional[bool]:
        if isinstance(lit, Comparison):
            return compare(_value(lit.left, env), lit.op, _value(lit.right, env))
        if isinstance(lit, Negated):
            v = self.value(_ground(lit.atom, env))
            return None if v is None else not v
        return self.value(_ground(lit, env))

    def _limits(self, atom: Atom) -> list[Node]:
        out = []
        for lim in self.book.limits_on(atom.pred):
            if not self.in_force(lim):
                continue
            env: dict = {}
            ok = True
            for h, a in zip(lim.limited.args, atom.args):
                if isinstance(h, Var) and not isinstance(a, Var):
                    if env.get(h.name, a) != a:
                        ok = False
                    env[h.name] = a
            if not ok:
                continue
            for sol in self.solutions(list(lim.body), env):
                node = Node(LIMIT, False, lim.gloss, lim.id, limit=lim)
                for lit in lim.body:
                    if isinstance(lit, Atom):
                        node.children.append(self.prove(_ground(lit, sol), MAX_DEPTH))
                out.append(node)
                break
        return out

    # -- one line -----------------------------------------------------------
    def decisive(self, node: Node) -> tuple[str, str, str]:
        """(failed element's predicate, what decided it, one-line summary) along the closest call."""
        attempt = best_attempt(node)
        if attempt is None or not attempt.branches:
            pred = node.atom.removeprefix("not ").split("(")[0]
            if self.book.rules_for(pred) and not self.rules_for(pred):
                return pred, "", f"{node.sentence}: no rule in force in this court on the case's date concludes it"
            return pred, "", f"{node.sentence}: no rule concludes it"
        branch = attempt.branches[0]
        element = branch.atom.removeprefix("not ").split("(")[0]
        because, reason = self._reason(branch)
        if branch.kind == EXCEPTION:
            return element, because, reason
        if any(lim.id == because for lim in self.book.limits):
            # a limit only informs: the fact missing (or finding denied) comes first
            leaf = self._leaf_reason(branch)[1]
            reason = f"{leaf}; {reason}" if leaf and not leaf.endswith(branch.sentence) else reason
        same = reason.endswith(branch.sentence)
        prefix = "it is not the case that "
        if branch.atom.startswith("not ") and branch.sentence.startswith(prefix):
            failed = branch.sentence[len(prefix):]  # "it is not the case that X" failed: X holds
        elif branch.atom.startswith("not "):
            failed = self._affirmed(branch.atom[4:])  # a predicate's own negated sentence failed: X holds
        else:
            failed = f"it is not established that {branch.sentence}"
        return element, because, failed + (f" — {reason}" if reason and not same else "")

    def _reason(self, node: Node) -> tuple[str, str]:
        """What decided a failed element: a named exception that defeated it
        anywhere beneath, else a limit the record runs into, else the missing
        fact, denied finding or failed comparison along the closest call."""
        for n in _failure_walk(node):
            if n.kind == EXCEPTION:
                inner = n.children[0] if n.children else n
                auth = f" ({n.rule.authority})" if n.rule else ""
                return inner.atom.split("(")[0], f"{inner.sentence}{auth}"
        for n in _failure_walk(node):
            if n.kind == LIMIT:
                return n.limit.id, f"{n.limit.gloss} ({n.limit.authority})"
        return self._leaf_reason(node)

    def _leaf_reason(self, node: Node) -> tuple[str, str]:
        """The missing fact, denied finding or failed comparison along the closest call."""
        while node.kind == NO_RULE_APPLIES:
            attempt = best_attempt(node)
            if attempt is None:
                return node.atom.split("(")[0], f"no rule concludes that {node.sentence}"
            node = attempt.branches[0]
        what = {ABSENT: "not argued" if node.limit is not None else "not shown", DENIED: "finding denied",
                COMPARISON: "not so"}.get(node.kind, "")
        return node.atom.split("(")[0], f"{what}: {node.sentence}" if what else node.sentence


def _failure_walk(node: Node) -> Iterator[Node]:
    """The failed elements beneath a failure (not the elements met on the way)."""
    yield node
    for c in node.children:
        yield from _failure_walk(c)
    for a in node.attempts:
        for b in a.branches:
            yield from _failure_walk(b)


def _any_cut(node: Node) -> bool:
    """Whether a node's direct parts (each already summarising its own) were cut short."""
    parts = list(node.children)
    for a in node.attempts:
        parts += list(a.branches) + [n for nodes in a.met for n in nodes] + [n for nodes in a.after for n in nodes]
    return any(p.cut for p in parts)


def best_attempt(node: Node) -> Optional[Attempt]:
    """The rule that came closest to concluding a failed atom."""
    tried = [a for a in node.attempts if a.branches]
    return max(tried, key=lambda a: a.progress) if tried else None


def _partial(node: Node) -> float:
    """How close a failed element came (0 = nothing there, 1 = only an exception stood in the way)."""
    if node.kind in (EXCEPTION, DENIED):
        return 0.9
    if node.kind == COMPARISON:
        return 0.5
    if node.kind == NO_RULE_APPLIES:
        return node.progress
    if node.kind in (FACT, FINDING_MADE, RULE_FIRED, LAW):  # a negated literal whose atom holds
        return 0.8
    return 0.0
