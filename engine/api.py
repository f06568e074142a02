"""The library's front door: find a case, derive it, ask it questions.

The CLI and the tests use these; everything a user can type arrives here as
text and leaves as data or a `UserError` with one clear line.
"""
from __future__ import annotations

from pathlib import Path

from .casefile import Case, CaseFileError, load_case_file, check_atom
from .rulebook import RuleBook, RuleError, _safe_order
from .rulings import Derivation, run
from .syntax import Atom, Negated, SyntaxProblem, parse_goal, Var


class UserError(Exception):
    """A mistake in what the user asked for; the message is the whole story."""


def rulebook() -> RuleBook:
    from lexcheck.rules import rulebook as load
    return load()


def bundled_cases() -> dict[str, Path]:
    from lexcheck.facts import bundled
    return dict(sorted(bundled().items()))


def case_path(name_or_path: str) -> Path:
    """The file of a bundled case (by short caption) or a case file path.
    A name that is both is refused (say which: `./NAME` is the file)."""
    import os
    from .caseread import file_kind, open_problem, printable
    cases = bundled_cases()
    shown = printable(name_or_path)
    if not name_or_path:
        raise UserError("no case given: name a bundled case (`lexcheck cases`) or a case file")
    if name_or_path in cases:
        if os.path.lexists(name_or_path):
            raise UserError(f"{shown!r} is both a bundled case and a file here; write ./{shown} for the file, "
                            f"or run from another folder for the bundled case")
        return cases[name_or_path]
    path = Path(name_or_path)
    try:
        info = os.stat(path)
    except OSError as e:
        if os.path.lexists(path) and e.errno == 2:
            raise UserError(f"{shown}: a symbolic link to a file that does not exist") from None
        if e.errno != 2:
            raise UserError(f"{shown}: {open_problem(e)}") from None
        known = ", ".join(cases) or "none"
        raise UserError(f"no bundled case or file named {shown!r} (bundled: {known})") from None
    import stat
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"{shown} is a folder; give a case file")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"not a case file: {shown} is {file_kind(info.st_mode)}, not a regular file")
    return path


def open_case(name_or_path: str, book: RuleBook | None = None) -> Case:
    """A bundled case by short caption, or a case file by path."""
    book = book or rulebook()
    from .limits import engine_problems
    path = case_path(name_or_path)
    try:
        case = load_case_file(path, book.vocabulary)
    except CaseFileError as e:
        raise UserError(printable_error(e)) from None
    too_large = engine_problems(book, case)
    if too_large:
        raise UserError(str(too_large[0]))
    return case


def printable_error(e: CaseFileError) -> str:
    from .caseread import printable
    return printable(str(e))


def derive_case(case: Case, book: RuleBook | None = None) -> Derivation:
    return run(book or rulebook(), case)


def check_goal(book: RuleBook, goal_text: str) -> tuple[list[str], list]:
    """Parse and check a goal before any case is derived: (variables, literals in a safe order)."""
    try:
        goal = _anonymous(parse_goal(goal_text))
    except SyntaxProblem as e:
        raise UserError(f"query: {e.message}\n{e.pointer()}") from None
    variables: list[str] = []
    for lit in goal:
        atom = lit.atom if isinstance(lit, Negated) else lit
        if isinstance(atom, Atom):
            if atom.pred not in book.vocabulary:
                raise UserError(f"query: unknown predicate `{atom.pred}`{book.vocabulary.suggest(atom.pred)}")
            p = book.vocabulary.get(atom.pred)
            if len(atom.args) != p.arity:
                raise UserError(f"query: `{atom.pred}` takes {p.arity} arguments ({p.signature})")
        for v in sorted(lit.variables):
            if v not in variables and not v.startswith(_ANON):
                variables.append(v)
    try:
        ordered = _safe_order("query", Atom("query", tuple(Var(v) for v in variables
                                                            if any(isinstance(l, Atom) and v in l.variables
                                                                   for l in goal))), goal)
    except RuleError as e:
        message = str(e).replace("rule query: ", "query: ")
        if _ANON in message:
            import re
            message = re.sub(_ANON + r"\d+", "_", message) + \
                " (each `_` is a variable of its own: in a negation, name it and bind it in a positive literal)"
        raise UserError(message) from None
    return variables, ordered


_ANON = "_anonymous_"  # each `_` in a query becomes a variable of its own, never shown


def _anonymous(goal: list) -> list:
    """`_` is anonymous, as in Prolog: every occurrence a fresh variable, none shown as a column."""
    from .syntax import Comparison
    count = [0]

    def fresh(t):
        if isinstance(t, Var) and t.name == "_":
            count[0] += 1
            return Var(f"{_ANON}{count[0]}")
        return t

    out = []
    for lit in goal:
        if isinstance(lit, Atom):
            out.append(Atom(lit.pred, tuple(fresh(a) for a in lit.args)))
        elif isinstance(lit, Negated):
            out.append(Negated(Atom(lit.atom.pred, tuple(fresh(a) for a in lit.atom.args))))
        elif isinstance(lit, Comparison):
            out.append(Comparison(fresh(lit.left), lit.op, fresh(lit.right)))
        else:
            out.append(lit)
    return out


def query(d: Derivation, goal_text: str):
    """Answer a goal such as `expressly_aimed(D, A, arizona)` within the query
    budget (`engine.query`): an `Answers` (variables, sorted rows, and which
    budget stopped it, if one did)."""
    from .query import answer
    variables, ordered = check_goal(d.book, goal_text)
    ex = d.explainer
    return answer(ex.lo, ex.hi, ordered, variables)


def find_ruling(d: Derivation, ruling_id: str):
    try:
        return d.ruling(ruling_id)
    except KeyError:
        close = [r.id for r in d.rulings if ruling_id.split("/")[0] in r.id][:5]
        hint = f"; for example {', '.join(close)}" if close else "; see `lexcheck holdings`"
        raise UserError(f"no ruling {ruling_id!r} in {d.case.id}{hint}") from None


def explanation(d: Derivation, ruling, fmt: str = "text", depth: int = 12, width: int | None = None) -> str:
    """One ruling's explanation as text, json, md, dot or svg."""
    import json
    from . import explanations as x
    node = d.explain(ruling)
    if fmt == "json":
        return json.dumps(x.explanation_json(ruling, node, d), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return x.explanation_md(d, ruling, node, depth)
    if fmt in ("dot", "svg"):
        dot = x.explanation_dot(d, ruling, node, depth)
        return dot if fmt == "dot" else _svg(dot)
    return x.explanation_text(d, ruling, node, depth, width)


def _svg(dot: str) -> str:
    import shutil
    import subprocess
    exe = shutil.which("dot")
    if exe is None:
        raise UserError("--format svg needs Graphviz's `dot` program, which is not installed; "
                        "use --format dot and render it where Graphviz is")
    try:
        done = subprocess.run([exe, "-Tsvg"], input=dot.encode("utf-8"), capture_output=True, timeout=GRAPHVIZ_SECONDS)
    except subprocess.TimeoutExpired:
        raise UserError(f"Graphviz's `dot` took longer than {GRAPHVIZ_SECONDS} seconds and was stopped; "
                        f"use --format dot (or a smaller --depth)") from None
    except OSError as e:
        raise UserError(f"cannot run Graphviz's `dot` ({exe}): {e.strerror or e}") from None
    if done.returncode != 0:
        from .caseread import printable
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UserError(f"Graphviz failed: {printable(said[0]) if said else f'exit status {done.returncode}'}")
    try:
        return done.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UserError(f"Graphviz's `dot` printed something that is not UTF-8 (byte {e.start:,}); "
                        f"use --format dot and render it with another Graphviz") from None


GRAPHVIZ_SECONDS = 60


def changes(d: Derivation, add=(), deny=(), drop=()) -> list:
    """`--add`/`--deny`/`--drop` texts as checked changes."""
    from .whatif import ADD, DENY, DROP, ChangeError, parse_change
    out = []
    try:
        for op, texts in ((ADD, add), (DENY, deny), (DROP, drop)):
            out += [parse_change(op, t, d.book, d.case) for t in texts]
        keys = [c.key for c in out]
        if len(set(keys)) != len(keys):
            raise ChangeError("two changes name the same fact or finding")
    except ChangeError as e:
        raise UserError(str(e)) from None
    if out:  # new names can take a case past an engine limit: say so before deriving it
        from .limits import engine_problems
        from .whatif import apply
        too_large = engine_problems(d.book, apply(d.book, d.case, out))
        if too_large:
            raise UserError(f"with these changes, {too_large[0].message}")
    return out
