"""The one grammar for atoms, rule bodies and queries, parsed by lark.

User text (case files, `--add`, `query`) is only ever parsed here into plain
data; nothing is evaluated, so a string such as `__import__('os')` is at worst
a parse error.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Union

from lark import Lark, Transformer, exceptions as lark_exceptions

GRAMMAR = r"""
?start: rule_text
rule_text: atom ("if" body)?
goal: literal ("and" literal)*
body: literal ("and" literal)*
?literal: atom
        | "not" atom        -> negated
        | term CMP term     -> comparison
atom: NAME "(" [term ("," term)*] ")"
?term: VARIABLE   -> variable
     | DATE       -> date
     | SIGNED_INT -> integer
     | NAME       -> symbol
     | ESCAPED_STRING -> string
CMP: "<=" | ">=" | "!=" | "<" | ">" | "=="
DATE.2: /\d{4}-\d{2}-\d{2}/
VARIABLE: /[A-Z_][A-Za-z0-9_]*/
NAME: /[a-z][a-z0-9_]*/
%import common.SIGNED_INT
%import common.ESCAPED_STRING
%import common.WS
%ignore WS
"""

Value = Union[str, int]


@dataclass(frozen=True)
class Var:
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Date:
    """A calendar date, kept as its ISO text so comparisons order correctly."""
    iso: str

    def __str__(self) -> str:
        return self.iso


Term = Union[Var, str, int, Date]


@dataclass(frozen=True)
class Atom:
    pred: str
    args: tuple

    def __str__(self) -> str:
        return f"{self.pred}({', '.join(format_term(a) for a in self.args)})"

    @property
    def variables(self) -> set:
        return {a.name for a in self.args if isinstance(a, Var)}

    def is_ground(self) -> bool:
        return not self.variables


@dataclass(frozen=True)
class Negated:
    atom: Atom

    def __str__(self) -> str:
        return f"not {self.atom}"

    @property
    def variables(self) -> set:
        return self.atom.variables


@dataclass(frozen=True)
class Comparison:
    left: Term
    op: str
    right: Term

    def __str__(self) -> str:
        return f"{format_term(self.left)} {self.op} {format_term(self.right)}"

    @property
    def variables(self) -> set:
        return {t.name for t in (self.left, self.right) if isinstance(t, Var)}


Literal = Union[Atom, Negated, Comparison]


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def format_term(t) -> str:
    # A date is stored as its ISO text (python_value); print it as the date it was, not as a quoted string.
    if isinstance(t, str) and not _is_symbol(t) and not _ISO_DATE.match(t):
        return '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(t)


def _is_symbol(s: str) -> bool:
    return bool(s) and s[0].islower() and s.isascii() and all(c.islower() or c.isdigit() or c == "_" for c in s)


class _ToData(Transformer):
    def variable(self, t):
        return Var(str(t[0]))

    def symbol(self, t):
        return str(t[0])

    def integer(self, t):
        return int(t[0])

    def string(self, t):
        raw = str(t[0])[1:-1]
        return raw.replace('\\"', '"').replace("\\\\", "\\")

    def date(self, t):
        text = str(t[0])
        _dt.date.fromisoformat(text)  # rejects 2020-13-45
        return Date(text)

    def atom(self, items):
        name, *args = items
        args = [a for a in args if a is not None]
        return Atom(str(name), tuple(args))

    def negated(self, items):
        return Negated(items[0])

    def comparison(self, items):
        left, op, right = items
        return Comparison(left, str(op), right)

    def body(self, items):
        return list(items)

    goal = body

    def rule_text(self, items):
        head = items[0]
        body = items[1] if len(items) > 1 else []
        return head, body


class SyntaxProblem(ValueError):
    """Text that does not parse; carries the 1-based line and column."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@lru_cache(maxsize=None)
def _parser(start: str) -> Lark:
    return Lark(GRAMMAR, start=start, parser="lalr")


MAX_TEXT = 2000  # no atom or rule in this project is longer; bounds parse time


def _parse(text: str, start: str):
    if not isinstance(text, str):
        raise SyntaxProblem(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise SyntaxProblem(f"text is {len(text)} characters long; the limit is {MAX_TEXT}")
    try:
        tree = _parser(start).parse(text)
        return _ToData().transform(tree)
    except lark_exceptions.UnexpectedInput as e:
        line, col = getattr(e, "line", 1) or 1, getattr(e, "column", 1) or 1
        got = text.splitlines()[line - 1][col - 1: col + 11] if text.splitlines() else ""
        raise SyntaxProblem(f"cannot parse {text!r}: unexpected {got!r} at column {col}", line, col) from None
    except lark_exceptions.VisitError as e:  # e.g. an impossible date
        raise SyntaxProblem(f"cannot parse {text!r}: {e.orig_exc}") from None


def parse_atom(text: str) -> Atom:
    goal = _parse(text, "goal")
    if len(goal) != 1 or not isinstance(goal[0], Atom):
        raise SyntaxProblem(f"expected one atom such as `age_at_separation(keoh, 13)`, got {text!r}")
    return goal[0]


def parse_goal(text: str) -> list:
    return _parse(text, "goal")


def parse_rule(text: str):
    """`head if lit and not lit and X <= Y` -> (Atom, [Literal])."""
    return _parse(text, "rule_text")


def python_value(term):
    """The constant stored in the engine for a ground term."""
    if isinstance(term, Date):
        return term.iso
    return term
