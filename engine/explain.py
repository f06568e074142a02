"""Why a conclusion holds, and why one fails, walked over the rules themselves.

`prove` gives the proof tree of a derived atom: the rule that fired, its
authority, and beneath it each element down to the facts with their record
cites. `refute` gives, for each rule that could have concluded the atom, every
way it was tried and the first element that failed there — a missing fact, a
finding denied or not made, or a named exception that defeats it — and cites
any limit ("never enough by itself") the record runs into.

Both walk the model derived by pyDatalog (`store.derive`), binding each rule's
body exactly as the engine did.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from .casefile import Case
from .rulebook import Limit, Rule, RuleBook
from .store import Model
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED, FINDING, RECORD

MAX_DEPTH = 14
MAX_BRANCHES = 8

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


@dataclass
class Node:
    kind: str
    holds: bool
    sentence: str
    atom: str = ""
    rule: Optional[Rule] = None
    limit: Optional[Limit] = None
    cite: str = ""
    children: list = field(default_factory=list)
    attempts: list = field(default_factory=list)  # for NO_RULE_APPLIES: Attempt per rule
    progress: float = 0.0  # how far the best attempt got (0..1); ranks near misses

    def walk(self) -> Iterator["Node"]:
        yield self
        for c in self.children:
            yield from c.walk()
        for a in self.attempts:
            for b in a.branches:
                yield from b.walk()


@dataclass
class Attempt:
    """One rule tried on a failing atom: each branch's first failed element."""
    rule: Rule
    branches: list  # of Node: each way it was tried, the element that failed there
    met: list = field(default_factory=list)  # per branch: sentences of the elements met before failing
    progress: float = 0.0


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


def _compare(left, op, right) -> bool:
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
                "==": left == right, "!=": left != right}[op]
    except TypeError:
        return False


class Explainer:
    def __init__(self, book: RuleBook, model: Model, case: Case):
        self.book, self.model, self.case = book, model, case
        self.vocab = book.vocabulary

    # -- rendering helpers -------------------------------------------------
    def sentence(self, atom: Atom) -> str:
        p = self.vocab.get(atom.pred)
        shown = []
        for arg, value in zip(p.args, atom.args):
            if isinstance(value, Var):
                shown.append(f"some {arg.name}")
            elif arg.type == "party" and value in self.case.parties:
                shown.append(self.case.parties[value].name)
            else:
                shown.append(value)
        return p.render(shown)

    # -- evaluation ---------------------------------------------------------
    def solutions(self, body, env: dict) -> Iterator[dict]:
        """Every binding that satisfies the body, in the engine's order."""
        if not body:
            yield env
            return
        lit, rest = body[0], body[1:]
        if isinstance(lit, Atom):
            for row in sorted(self.model.rows(lit.pred), key=repr):
                e = _match(lit, row, env)
                if e is not None:
                    yield from self.solutions(rest, e)
        elif isinstance(lit, Negated):
            g = _ground(lit.atom, env)
            if not self.model.holds(g.pred, tuple(g.args)):
                yield from self.solutions(rest, env)
        else:
            if _compare(_value(lit.left, env), lit.op, _value(lit.right, env)):
                yield from self.solutions(rest, env)

    def _head_env(self, rule: Rule, atom: Atom) -> Optional[dict]:
        env: dict = {}
        for h, a in zip(rule.head.args, atom.args):
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
            support = [f for f in self.case.support(atom.pred, atom.args) if f.status == "made"]
            kind = FACT if p.kind == RECORD else FINDING_MADE
            return Node(kind, True, self.sentence(atom), str(atom), cite="; ".join(sorted({f.cite for f in support})))
        if depth > MAX_DEPTH or key in stack:
            return Node(CUT, True, self.sentence(atom), str(atom))
        for r in self.book.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            for sol in self.solutions(list(r.body), env):
                kind = LAW if r.is_law_fact else RULE_FIRED
                node = Node(kind, True, self.sentence(atom), str(atom), rule=r)
                for lit in r.body:
                    node.children.append(self._prove_literal(lit, sol, depth, stack + (key,)))
                return node
        raise AssertionError(f"{atom} is in the model but no rule proves it")  # engine/explainer disagree

    def _prove_literal(self, lit, env, depth, stack) -> Node:
        if isinstance(lit, Atom):
            return self.prove(_ground(lit, env), depth + 1, stack)
        if isinstance(lit, Negated):
            g = _ground(lit.atom, env)
            p = self.vocab.get(g.pred)
            text = f"it is not the case that {self.sentence(g)}"
            node = Node(ABSENCE, True, text, f"not {g}")
            if p.kind == FINDING:
                denied = [f for f in self.case.support(g.pred, g.args) if f.status == "denied"]
                if denied:
                    node.cite = "; ".join(f.cite for f in denied)
            return node
        left, right = _value(lit.left, env), _value(lit.right, env)
        return Node(COMPARISON, True, f"{left} {lit.op} {right}", f"comparison({left} {lit.op} {right})")

    # -- why it fails ------------------------------------------------------
    def refute(self, atom: Atom, depth: int = 0, stack: tuple = ()) -> Node:
        atom = Atom(atom.pred, tuple(a if isinstance(a, Var) else python_value(a) for a in atom.args))
        p = self.vocab.get(atom.pred)
        ground = atom.is_ground()
        if p.kind in (RECORD, FINDING):
            denied = [f for f in self.case.support(atom.pred, atom.args) if f.status == "denied"] if ground else []
            if denied:
                return Node(DENIED, False, self.sentence(atom), str(atom), cite="; ".join(f.cite for f in denied))
            return Node(ABSENT, False, self.sentence(atom), str(atom))
        key = (atom.pred, atom.args)
        node = Node(NO_RULE_APPLIES, False, self.sentence(atom), str(atom))
        if depth > MAX_DEPTH or key in stack:
            node.kind = CUT
            return node
        for r in self.book.rules_for(atom.pred):
            env = self._head_env(r, atom)
            if env is None:
                continue
            branches, met, progress = self._failures(r, env, depth, stack + (key,))
            node.attempts.append(Attempt(r, branches, met, progress))
        node.progress = max((a.progress for a in node.attempts), default=0.0)
        node.children.extend(self._limits(atom))
        return node

    def _failures(self, r: Rule, env: dict, depth, stack):
        """Each way the body was tried, and where it stopped (deepest first)."""
        stops: list = []

        def walk(i, env):
            if len(stops) > 50:
                return
            if i == len(r.body):
                return
            lit = r.body[i]
            found = False
            for e in self.solutions([lit], env):
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
        branches = [b for _, _, b, _ in ranked]
        met = [[self._met_sentence(r.body[j], e) for j in range(i)] for _, i, _, e in ranked]
        return branches, met, (ranked[0][0] if ranked else 0.0)

    def _met_sentence(self, lit, env) -> str:
        if isinstance(lit, Atom):
            return self.sentence(_ground(lit, env))
        if isinstance(lit, Negated):
            return f"it is not the case that {self.sentence(_ground(lit.atom, env))}"
        return f"{_value(lit.left, env)} {lit.op} {_value(lit.right, env)}"

    def _refute_literal(self, lit, env, depth, stack) -> Node:
        if isinstance(lit, Atom):
            return self.refute(_ground(lit, env), depth + 1, stack)
        if isinstance(lit, Negated):
            # The negated atom holds: say what made it hold.
            g = _ground(lit.atom, env)
            inner = self.prove(g, depth + 1, stack)
            p = self.vocab.get(g.pred)
            kind = EXCEPTION if p.exception else inner.kind
            return Node(kind, False, f"it is not the case that {self.sentence(g)}", f"not {g}",
                        rule=inner.rule, cite=inner.cite, children=[inner])
        left, right = _value(lit.left, env), _value(lit.right, env)
        return Node(COMPARISON, False, f"{left} {lit.op} {right}", f"comparison({left} {lit.op} {right})")

    def _limits(self, atom: Atom) -> list[Node]:
        out = []
        for lim in self.book.limits_on(atom.pred):
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
            return "", "", f"{node.sentence}: no rule concludes it"
        branch = attempt.branches[0]
        element = branch.atom.removeprefix("not ").split("(")[0]
        because, reason = self._reason(branch)
        if branch.kind == EXCEPTION:
            return element, because, reason
        same = reason.endswith(branch.sentence)
        return element, because, f"not met: {branch.sentence}" + (f" — {reason}" if reason and not same else "")

    def _reason(self, node: Node) -> tuple[str, str]:
        """What decided a failed element: a named exception that defeated it
        anywhere beneath, else a limit the record runs into, else the missing
        fact, denied finding or failed comparison along the closest call."""
        for n in node.walk():
            if n.kind == EXCEPTION:
                inner = n.children[0] if n.children else n
                auth = f" ({n.rule.authority})" if n.rule else ""
                return inner.atom.split("(")[0], f"{inner.sentence}{auth}"
        for n in node.walk():
            if n.kind == LIMIT:
                return n.limit.id, f"{n.limit.gloss} ({n.limit.authority})"
        while node.kind == NO_RULE_APPLIES:
            attempt = best_attempt(node)
            if attempt is None:
                return node.atom.split("(")[0], f"no rule concludes that {node.sentence}"
            node = attempt.branches[0]
        what = {ABSENT: "not shown", DENIED: "finding denied", COMPARISON: "not so"}.get(node.kind, "")
        return node.atom.split("(")[0], f"{what}: {node.sentence}" if what else node.sentence


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
