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

`bounds_program` is the three-valued version, written independently of the
one `store` compiles for pyDatalog: every predicate gets a first argument
naming its copy (`lo`: certainly true, `hi`: possibly true), every rule is
written once per copy with its negations reading the other copy, and open
findings are facts of the `hi` copy only. The test suite checks pyDatalog's
bounds against its answer set.
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


CASE = "V__case"  # in a docket program, the extra first argument naming the case


def atom(a: Atom, case: str = "") -> str:
    args = ([case] if case else []) + [term(x) for x in a.args]
    return f"{a.pred}({','.join(args)})" if args else a.pred


def literal(lit, case: str = "") -> str:
    if isinstance(lit, Negated):
        return "not " + atom(lit.atom, case)
    if isinstance(lit, Comparison):
        return f"{term(lit.left)}{_OPS[lit.op]}{term(lit.right)}"
    return atom(lit, case)


def program(book: RuleBook, docket: bool = False) -> str:
    """Every rule of the book, one ASP rule a line, with its id as a comment.

    With `docket`, every predicate gets a first argument naming the case, so
    many cases can be grounded in one program without meeting (a rule with no
    conditions then holds for each `case(C)`)."""
    case, extra = (CASE, 1) if docket else ("", 0)
    lines = [f"#defined {p.name}/{p.arity + extra}." for p in book.vocabulary]
    for r in book.rules:
        body = [literal(b, case) for b in r.full_body] or ([f"case({CASE})"] if docket else [])
        lines.append(f"{atom(r.head, case)}{' :- ' + ', '.join(body) if body else ''}.  % {r.id}")
    lines += [f"#show {p.name}/{p.arity + extra}." for p in book.vocabulary if p.kind == DERIVED]
    return "\n".join(lines) + "\n"


def facts(atoms, case_id: str | None = None) -> str:
    """The case's atoms as ASP facts (in a docket program, under `case_id`)."""
    case = "" if case_id is None else term(case_id)
    head = f"case({case}).\n" if case else ""
    return head + "".join(atom(Atom(a.pred, tuple(python_value(x) for x in a.args)), case) + ".\n"
                          for a in atoms)


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
    for s in _one_answer_set(ctl):
        model.true.setdefault(s.name, set()).add(tuple(_value(x) for x in s.arguments))
    return model


def _one_answer_set(ctl) -> list:
    found = []
    with ctl.solve(yield_=True) as handle:
        for m in handle:
            found.append(m.symbols(shown=True))
    if len(found) != 1:
        raise RuntimeError(f"clingo found {len(found)} answer sets; a stratified program has exactly one")
    return found[0]


def derive_docket(book: RuleBook, cases: dict, rules_text: str | None = None) -> dict:
    """Many cases grounded and solved in one clingo program: {case id: Model}.
    `cases` maps a case id to its atoms."""
    import clingo
    ctl = clingo.Control(["--models=1", "--warn=none"])
    ctl.add("base", [], (rules_text or program(book, docket=True))
            + "".join(facts(atoms, cid) for cid, atoms in cases.items()))
    ctl.ground([("base", [])])
    models = {}
    for cid, atoms in cases.items():
        m = models[cid] = Model()
        for a in atoms:
            m.true.setdefault(a.pred, set()).add(tuple(python_value(x) for x in a.args))
    for s in _one_answer_set(ctl):
        cid, *args = [_value(x) for x in s.arguments]
        models[cid].true.setdefault(s.name, set()).add(tuple(args))
    return models


def bounds_program(book: RuleBook) -> str:
    """The lower/upper program: each rule once per copy, a negation reading the other copy."""
    lines = [f"#defined {p.name}/{p.arity + 1}." for p in book.vocabulary]
    for r in book.rules:
        for copy, other in (("lo", "hi"), ("hi", "lo")):
            body = [literal(b, other if isinstance(b, Negated) else copy) for b in r.full_body]
            lines.append(f"{atom(r.head, copy)}{' :- ' + ', '.join(body) if body else ''}.  % {r.id}")
    lines += [f"#show {p.name}/{p.arity + 1}." for p in book.vocabulary if p.kind == DERIVED]
    return "\n".join(lines) + "\n"


def bounds(book: RuleBook, made: dict, opened: dict, rules_text: str | None = None) -> tuple[Model, Model]:
    """The certainly-true and possibly-true models computed by clingo, from the
    rows made true and the open finding groundings (predicate -> set of tuples)."""
    import clingo
    facts_text = []
    for copy, rows in (("lo", made), ("hi", made), ("hi", opened)):
        for pred, group in rows.items():
            facts_text += [atom(Atom(pred, args), copy) + ".\n" for args in sorted(group, key=repr)]
    ctl = clingo.Control(["--models=1", "--warn=none"])
    ctl.add("base", [], (rules_text or bounds_program(book)) + "".join(facts_text))
    ctl.ground([("base", [])])
    lo = Model({p: set(r) for p, r in made.items()})
    hi = Model({p: set(r) for p, r in made.items()})
    for p, r in opened.items():
        hi.true.setdefault(p, set()).update(r)
    for s in _one_answer_set(ctl):
        copy, *args = s.arguments
        (lo if copy.name == "lo" else hi).true.setdefault(s.name, set()).add(tuple(_value(x) for x in args))
    return lo, hi
