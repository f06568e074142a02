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


_SYMBOL = re.compile(r"[a-z][a-z0-9_]*\Z")


def _is_symbol(s: str) -> bool:
    return _SYMBOL.match(s) is not None  # explanations format thousands of atoms: keep this cheap


class _ToData(Transformer):
    def variable(self, t):
        return Var(str(t[0]))

    def symbol(self, t):
        return str(t[0])

    def integer(self, t):
        digits = len(str(t[0]).lstrip("+-"))
        if digits > MAX_DIGITS:
            raise SyntaxProblem(f"a number of {digits:,} digits; the limit is {MAX_DIGITS}", t[0].line, t[0].column,
                                fix="write the number as a case file states it (an age, a count of days); "
                                    "a long identifier goes in quotes as text")
        return int(t[0])

    def string(self, t):
        raw = str(t[0])[1:-1]
        return raw.replace('\\"', '"').replace("\\\\", "\\")

    def date(self, t):
        text = str(t[0])
        try:
            _dt.date.fromisoformat(text)  # rejects 2020-13-45
        except ValueError as e:
            raise SyntaxProblem(f"`{text}` is not a real date ({e})", t[0].line, t[0].column,
                                fix="write a real calendar date as YYYY-MM-DD") from None
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
    """Text that does not parse; carries the 1-based line and column, and the
    text itself so the error can point at the column with a caret."""

    def __init__(self, message: str, line: int = 1, column: int = 1, text: str = "", fix: str = ""):
        super().__init__(message)
        self.message, self.line, self.column, self.text, self.fix = message, line, column, text, fix

    def pointer(self, indent: int = 4) -> str:
        """Two lines: the offending line of text and a caret under the column."""
        lines = self.text.split("\n")  # lines as the parser counts them
        shown = lines[min(self.line, len(lines)) - 1].replace("\r", " ")
        pad = " " * indent
        return f"{pad}{shown}\n{pad}{' ' * max(0, self.column - 1)}^"


@lru_cache(maxsize=None)
def _lark() -> Lark:
    # One parser for both start symbols, built once per process. lark's own
    # cache of the tables is a pickle, and unpickling runs whatever the file
    # says: a file planted in the cache folder ran code on an ordinary
    # `lexcheck query`. It saved 10-75 ms per command (measured: 8-16 ms to
    # load the cache, 83-175 ms to build the tables on a busy 2-core machine),
    # so it is gone: nothing is read from outside the package but the case.
    # The transformer runs inline, as each rule is reduced: no parse tree is
    # built, which makes parsing a case file's atoms about three times faster.
    return Lark(GRAMMAR, start=["goal", "rule_text"], parser="lalr", transformer=_ToData())


@lru_cache(maxsize=None)
def _lexer() -> Lark:
    return Lark(GRAMMAR, start="goal", parser="lalr", lexer="basic")


MAX_TEXT = 2000  # no atom or rule in this project is longer; bounds parse time
MAX_DIGITS = 30  # in one number (Python refuses to read more than 4,300)
# C0 controls but tab and line breaks, DEL, C1 controls, bidirectional overrides (as in caseread)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# What each terminal looks like to someone writing an atom.
_EXPECTED = {
    "LPAR": "`(`", "RPAR": "`)`", "COMMA": "`,`", "AND": "`and`", "NOT": "`not`", "IF": "`if`",
    "CMP": "a comparison (`<=`, `<`, `==`, ...)", "NAME": "a lower-case name", "VARIABLE": "a Variable",
    "DATE": "a date YYYY-MM-DD", "SIGNED_INT": "a whole number", "ESCAPED_STRING": 'a "quoted string"',
}


_TERMS = {"NAME", "VARIABLE", "SIGNED_INT", "DATE", "ESCAPED_STRING"}


def _expected(names) -> str:
    names = set(names or ())
    words = []
    if _TERMS <= names:
        names -= _TERMS
        words.append('an argument (a name, Variable, number, date or "string")')
    words += sorted({_EXPECTED.get(n, n) for n in names})
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _parse(text: str, start: str):
    if not isinstance(text, str):
        raise SyntaxProblem(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise SyntaxProblem(f"text is {len(text):,} characters long; the limit is {MAX_TEXT:,}", text=text[:80])
    if not text.strip():
        raise SyntaxProblem("the text is empty; write an atom such as `age_at_separation(keoh, 13)`", text=text)
    bad = _CONTROL.search(text)
    if bad:
        before = text[:bad.start()]
        line, column = before.count("\n") + 1, bad.start() - (before.rfind("\n") + 1) + 1
        raise SyntaxProblem(f"a control character (U+{ord(bad.group()):04X}) a terminal would act on",
                            line, column, text.replace(bad.group(), " "), fix="delete it: atoms are plain text")
    try:
        return _lark().parse(text, start=start)
    except lark_exceptions.UnexpectedInput as e:
        raise _problem(text, e, start) from None
    except SyntaxProblem as e:  # raised by the inline transformer, e.g. an impossible date
        raise SyntaxProblem(e.message, e.line, e.column, text, e.fix) from None
    except lark_exceptions.VisitError as e:
        raise SyntaxProblem(f"cannot parse: {e.orig_exc}", text=text) from None


def _problem(text: str, e, start: str = "goal") -> SyntaxProblem:
    lines = text.split("\n")  # lines as the parser counts them
    token = getattr(e, "token", None)
    names = set(getattr(e, "expected", None) or getattr(e, "allowed", None) or ())
    if start == "goal":
        names.discard("IF")  # the lexer is shared with rule texts; a goal has no `if`
    expected = _expected(names)
    if token is not None and token.type == "$END":
        line, col = len(lines), len(lines[-1]) + 1
        want = f"; expected {expected}" if expected else ""
        return SyntaxProblem(f"cannot parse: the text ends too early{want}", line, col, text,
                             fix="finish the atom: `name(argument, ...)` with its closing `)`")
    line, col = max(1, getattr(e, "line", 1) or 1), max(1, getattr(e, "column", 1) or 1)
    got = str(token) if token is not None else (lines[line - 1][col - 1: col] if line <= len(lines) else "")
    want = f"; expected {expected}" if expected else ""
    before = lines[line - 1][: col - 1] if line <= len(lines) else ""
    word = before.rstrip().split(" ")[-1].lstrip("(") if got == "(" else ""
    if word and not word[0].islower():
        return SyntaxProblem(f"cannot parse: `{word}` is not a predicate name (names start with a lower-case "
                             f"letter; a capitalised word is a Variable)", line, col - len(word), text,
                             fix="write predicate names in lower case with underscores; `lexcheck vocab` lists them")
    return SyntaxProblem(f"cannot parse: unexpected `{got}`{want}", line, col, text)


def argument_columns(text: str) -> list[int]:
    """The 1-based column where each argument of a one-atom text begins
    (so an error can point at the argument); [] if the text is not one atom."""
    try:
        tokens = list(_lexer().lex(text))
    except lark_exceptions.LarkError:
        return []
    columns, depth = [], 0
    for before, token in zip(tokens, tokens[1:]):
        if before.type == "LPAR":
            depth += 1
        if depth == 1 and before.type in ("LPAR", "COMMA") and token.type != "RPAR":
            columns.append(token.column)
        if token.type == "RPAR":
            depth -= 1
    return columns


def parse_atom(text: str) -> Atom:
    if isinstance(text, str):
        return _parse_atom(text)
    return _parse_atom.__wrapped__(text)  # not text (a YAML list, say): unhashable, and refused with the usual error


# Atoms are frozen, so a case file's (or a docket's) repeated atom texts are parsed once;
# a text that fails raises each time, and is not kept.
@lru_cache(maxsize=65536)
def _parse_atom(text: str) -> Atom:
    goal = _parse(text, "goal")
    if len(goal) != 1 or not isinstance(goal[0], Atom):
        raise SyntaxProblem("expected one atom such as `age_at_separation(keoh, 13)`, not a conjunction, "
                            "negation or comparison", 1, 1, text)
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
