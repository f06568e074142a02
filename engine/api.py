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


def docket_cases() -> dict[str, dict[str, Path]]:
    """The development docket's cases by area (see facts/docket/)."""
    from lexcheck.facts import docket
    return docket()


def case_path(name_or_path: str) -> Path:
    """The file of a bundled or docket case (by short caption) or a case file path."""
    cases = bundled_cases()
    if name_or_path in cases:
        return cases[name_or_path]
    for area in docket_cases().values():
        if name_or_path in area and not Path(name_or_path).exists():
            return area[name_or_path]
    path = Path(name_or_path)
    if not path.exists():
        known = ", ".join(cases) or "none"
        raise UserError(f"no bundled case or file named {name_or_path!r} (bundled: {known})")
    if path.is_dir():
        raise UserError(f"{name_or_path} is a folder; give a case file")
    return path


def open_case(name_or_path: str, book: RuleBook | None = None, as_of: str | None = None) -> Case:
    """A bundled case by short caption, or a case file by path; with `as_of`, to
    be derived under the law in force on that date instead of its decision date."""
    book = book or rulebook()
    path = case_path(name_or_path)
    try:
        case = load_case_file(path, book.vocabulary)
    except CaseFileError as e:
        raise UserError(str(e)) from None
    return with_as_of(case, as_of) if as_of else case


def with_as_of_text(as_of: str) -> str:
    """`--as-of` checked: a date YYYY[-MM[-DD]], with `today` for today's date."""
    import datetime
    from . import law_in_force
    if as_of == "today":
        as_of = datetime.date.today().isoformat()
    if not law_in_force.valid_date(as_of):
        raise UserError(f"--as-of {as_of!r} is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY, or `today`)")
    return as_of


def with_as_of(case: Case, as_of: str) -> Case:
    """The case, to be derived under the law in force on `as_of` (YYYY[-MM[-DD]], or `today`)."""
    from dataclasses import replace
    return replace(case, meta={**case.meta, "as_of": with_as_of_text(as_of)})


def law_changes(book: RuleBook, case: Case, as_of: str) -> list:
    """The rules whose force for this case differs between its decision date and
    `as_of`: (rule, status on the decision date, status on `as_of`), in rule-book order."""
    from . import law_in_force
    own = law_in_force.forum_of(book.courts, {**case.meta, "as_of": ""})
    other = law_in_force.forum_of(book.courts, case.meta, as_of)
    out = []
    for r in book.rules:
        a, b = law_in_force.status(book, r, own), law_in_force.status(book, r, other)
        if a.in_force != b.in_force:
            out.append((r, a, b))
    return out


def derive_case(case: Case, book: RuleBook | None = None) -> Derivation:
    return run(book or rulebook(), case)


def check_goal(book: RuleBook, goal_text: str) -> tuple[list[str], list]:
    """Parse and check a goal before any case is derived: (variables, literals in a safe order)."""
    try:
        goal = parse_goal(goal_text)
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
            if v not in variables:
                variables.append(v)
    try:
        ordered = _safe_order("query", Atom("query", tuple(Var(v) for v in variables
                                                            if any(isinstance(l, Atom) and v in l.variables
                                                                   for l in goal))), goal)
    except RuleError as e:
        raise UserError(str(e).replace("rule query: ", "query: ")) from None
    return variables, ordered


def query(d: Derivation, goal_text: str) -> tuple[list[str], list[tuple]]:
    """Answer a goal such as `expressly_aimed(D, A, arizona)`: (variables, sorted rows)."""
    variables, ordered = check_goal(d.book, goal_text)
    rows = {tuple(sol.get(v) for v in variables) for sol in d.explainer.solutions(ordered, {})}
    return variables, sorted(rows, key=repr)


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
    done = subprocess.run([exe, "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise UserError(f"Graphviz failed: {done.stderr.strip().splitlines()[0] if done.stderr else done.returncode}")
    return done.stdout


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
    return out
