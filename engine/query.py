"""`lexcheck query`: answer a goal over a derived case, within a budget.

A goal is a join, and a join of a few large predicates can grow past any
memory: the search examines rows through an index on the positions already
bound, counts every row it examines, and stops at whichever budget it meets
first — `MAX_STEPS` rows examined, `MAX_SECONDS` seconds, or `MAX_ANSWERS`
distinct answers — keeping the answers found so far and saying which budget
stopped it. Answers are what certainly holds (with open findings unknown, as
`holdings` decides); `not` is negation as failure over what possibly holds.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from .syntax import Atom, Comparison, Negated, Var, python_value

MAX_STEPS = 2_000_000   # rows examined
MAX_SECONDS = 20.0
MAX_ANSWERS = 10_000


@dataclass
class Answers:
    variables: list
    rows: list = field(default_factory=list)   # sorted, distinct
    steps: int = 0
    stopped: str = ""                          # "" when complete, else which budget stopped it

    @property
    def complete(self) -> bool:
        return not self.stopped

    def budget_note(self) -> str:
        """One line saying why the answers may be incomplete ("" when complete)."""
        if not self.stopped:
            return ""
        return (f"query: stopped at its budget of {self.stopped} after examining {self.steps:,} rows; "
                f"the {len(self.rows):,} answer{'s' if len(self.rows) != 1 else ''} shown may be incomplete "
                f"(bind more arguments to constants, or put the most selective literal first)")


class _Stop(Exception):
    pass


def _compare(left, op, right) -> bool:
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
                "==": left == right, "!=": left != right}[op]
    except TypeError:
        return False


def answer(lo, hi, ordered: list, variables: list, max_steps: int = MAX_STEPS, seconds: float = MAX_SECONDS,
           max_answers: int = MAX_ANSWERS) -> Answers:
    """Every binding of `variables` satisfying `ordered` (literals in a safe
    order): positive atoms are rows of `lo`, `not` fails on rows of `hi`."""
    out = Answers(list(variables))
    found: set = set()
    index: dict = {}
    deadline = time.monotonic() + seconds

    def rows(pred: str, bound: tuple, key: tuple):
        if not bound:
            return lo.rows(pred)
        table = index.get((pred, bound))
        if table is None:
            table = index[(pred, bound)] = {}
            for row in lo.rows(pred):
                table.setdefault(tuple(row[i] for i in bound), []).append(row)
        return table.get(key, ())

    def value(t, env):
        return env.get(t.name, t) if isinstance(t, Var) else python_value(t)

    def walk(i: int, env: dict) -> None:
        if i == len(ordered):
            found.add(tuple(env.get(v) for v in variables))
            if len(found) >= max_answers:
                out.stopped = f"{max_answers:,} answers"
                raise _Stop
            return
        lit = ordered[i]
        if isinstance(lit, Atom):
            bound, key = [], []
            for j, t in enumerate(lit.args):
                v = value(t, env)
                if not isinstance(v, Var):
                    bound.append(j)
                    key.append(v)
            for row in rows(lit.pred, tuple(bound), tuple(key)):
                out.steps += 1
                if out.steps >= max_steps:
                    out.stopped = f"{max_steps:,} rows examined"
                    raise _Stop
                if out.steps % 4096 == 0 and time.monotonic() > deadline:
                    out.stopped = f"{seconds:g} seconds"
                    raise _Stop
                e = env
                for t, v in zip(lit.args, row):
                    if isinstance(t, Var):
                        if t.name in e:
                            if e[t.name] != v:
                                break
                        else:
                            if e is env:
                                e = dict(env)
                            e[t.name] = v
                else:
                    walk(i + 1, e)
        elif isinstance(lit, Negated):
            g = tuple(value(a, env) for a in lit.atom.args)
            if not hi.holds(lit.atom.pred, g):
                walk(i + 1, env)
        elif isinstance(lit, Comparison):
            if _compare(value(lit.left, env), lit.op, value(lit.right, env)):
                walk(i + 1, env)

    try:
        walk(0, {})
    except _Stop:
        pass
    out.rows = sorted(found, key=repr)
    return out
