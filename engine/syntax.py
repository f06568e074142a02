"""The one grammar for atoms, rule bodies and queries, parsed by lark.

User text (case files, `--add`, `query`) is only ever parsed here into plain
data; nothing is evaluated, so a string such as `__import__('os')` is at worst
a parse error.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import sys
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


def format_term(t) -> str:
    if isinstance(t, str) and not _is_symbol(t):
        return '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(t)


_SYMBOL = re.compile(r"[a-z][a-z0-9_]*\Z")


def _is_symbol(s: str) -> bool:
    return _SYMBOL.match(s) is not None  # explanations format thousands of atoms: keep this cheap


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
        try:
            _dt.date.fromisoformat(text)  # rejects 2020-13-45
        except ValueError as e:
            raise _BadValue(str(e)) from None
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


class _BadValue(ValueError):
    """A token of the right shape with an impossible value (2020-13-45)."""


class SyntaxProblem(ValueError):
    """Text that does not parse; carries the 1-based line and column."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@lru_cache(maxsize=None)
def _lark() -> Lark:
    # One parser for both start symbols. Building the LALR tables took ~19 ms
    # of every command, so lark keeps them in the user's cache folder (it
    # checks a hash of the grammar, options and versions before reusing them,
    # and rebuilds silently if the file is missing, stale or unreadable).
    # The transformer runs inline, as each rule is reduced: no parse tree is
    # built, which makes parsing a case file's atoms about three times faster.
    return Lark(GRAMMAR, start=["goal", "rule_text"], parser="lalr", transformer=_ToData(), cache=_cache_file())


def _cache_file():
    if os.environ.get("LEXCHECK_NO_CACHE"):
        return False
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "lexcheck")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return False
    return os.path.join(folder, "grammar-py%d%d.lark" % sys.version_info[:2])


MAX_TEXT = 2000  # no atom or rule in this project is longer; bounds parse time


def _parse(text: str, start: str):
    if not isinstance(text, str):
        raise SyntaxProblem(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise SyntaxProblem(f"text is {len(text)} characters long; the limit is {MAX_TEXT}")
    try:
        return _lark().parse(text, start=start)
    except lark_exceptions.UnexpectedInput as e:
        line, col = getattr(e, "line", 1) or 1, getattr(e, "column", 1) or 1
        got = text.splitlines()[line - 1][col - 1: col + 11] if text.splitlines() else ""
        raise SyntaxProblem(f"cannot parse {text!r}: unexpected {got!r} at column {col}", line, col) from None
    except _BadValue as e:  # e.g. an impossible date
        raise SyntaxProblem(f"cannot parse {text!r}: {e}") from None


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
