"""The rule book as an answer-set program, for clingo: a second engine to check
pyDatalog against and to measure it by.

The program is generated from the registry (each rule's parsed head and
body), never copied by hand, so it says exactly what the pyDatalog store is
told. Every constant becomes what pyDatalog stores: a quoted string or an
integer (symbols, dates and text are all Python strings there), so clingo
compares them as pyDatalog does. Variables get a `V_` prefix (`_` alone is
anonymous in ASP). Each predicate is `#defined`, so one that no case states is
simply empty, and only derived predicates are shown.

Rules are stratified (the rule book refuses anything else), so the program
has exactly one answer set: the model pyDatalog derives. clingo is an optional
dependency (`pip install 'lexcheck[bench]'`), imported only when a case is
derived here.
"""
from __future__ import annotations

from .rulebook import RuleBook
from .store import Model
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED

_OPS = {"==": "=", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def term(t) -> str:
    if isinstance(t, Var):
        return "V_" + t.name
    value = python_value(t)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"no ASP form for the constant {value!r}")
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def atom(a: Atom) -> str:
    return f"{a.pred}({','.join(term(x) for x in a.args)})" if a.args else a.pred


def literal(lit) -> str:
    if isinstance(lit, Negated):
        return "not " + atom(lit.atom)
    if isinstance(lit, Comparison):
        return f"{term(lit.left)}{_OPS[lit.op]}{term(lit.right)}"
    return atom(lit)


def program(book: RuleBook) -> str:
    """Every rule of the book, one ASP rule a line, with its id as a comment."""
    lines = [f"#defined {p.name}/{p.arity}." for p in book.vocabulary]
    for r in book.rules:
        body = ", ".join(literal(b) for b in r.body)
        lines.append(f"{atom(r.head)}{' :- ' + body if body else ''}.  % {r.id}")
    lines += [f"#show {p.name}/{p.arity}." for p in book.vocabulary if p.kind == DERIVED]
    return "\n".join(lines) + "\n"


def facts(atoms) -> str:
    return "".join(atom(Atom(a.pred, tuple(python_value(x) for x in a.args))) + ".\n" for a in atoms)


def _value(symbol):
    import clingo
    if symbol.type == clingo.SymbolType.Number:
        return symbol.number
    if symbol.type == clingo.SymbolType.String:
        return symbol.string
    raise ValueError(f"unexpected symbol {symbol} in clingo's model")  # the program makes no others


def derive(book: RuleBook, atoms, rules_text: str | None = None) -> Model:
    """The case's model computed by clingo: its facts, and every derived atom.
    Pass `rules_text=program(book)` when deriving many cases."""
    import clingo
    ctl = clingo.Control(["--models=1", "--warn=none"])
    ctl.add("base", [], (rules_text or program(book)) + facts(atoms))
    ctl.ground([("base", [])])
    model = Model()
    for a in atoms:
        model.true.setdefault(a.pred, set()).add(tuple(python_value(x) for x in a.args))
    found = []
    with ctl.solve(yield_=True) as handle:
        for m in handle:
            found.append(m.symbols(shown=True))
    if len(found) != 1:
        raise RuntimeError(f"clingo found {len(found)} answer sets; a stratified program has exactly one")
    for s in found[0]:
        model.true.setdefault(s.name, set()).add(tuple(_value(x) for x in s.arguments))
    return model
