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
    """The file of a bundled or docket case (by short caption) or a case file path.
    A name that is both a bundled case and a file here is refused (say which: `./NAME` is the file)."""
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
    for area in docket_cases().values():
        if name_or_path in area and not Path(name_or_path).exists():
            return area[name_or_path]
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


def open_case(name_or_path: str, book: RuleBook | None = None, as_of: str | None = None) -> Case:
    """A bundled case by short caption, or a case file by path; with `as_of`, to
    be derived under the law in force on that date instead of its decision date."""
    book = book or rulebook()
    path = case_path(name_or_path)
    try:
        case = load_case_file(path, book.vocabulary)
    except CaseFileError as e:
        raise UserError(printable_error(e)) from None
    return with_as_of(case, as_of) if as_of else case


def printable_error(e: CaseFileError) -> str:
    from .caseread import printable
    return printable(str(e))


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


def select_rulings(d: Derivation, party=(), issue=(), outcome=()) -> list:
    """The rulings about any of `party` (an id or a name), on any of `issue` (a question's id, short
    heading or title), with any of `outcome`; an empty filter lets every ruling through."""
    from .rulings import OUTCOMES
    parties = set()
    for p in party:
        found = [pid for pid, x in d.case.parties.items() if p in (pid, x.name) or p.lower() == x.name.lower()]
        if not found:
            raise UserError(f"--party: no party {p!r} in {d.case.id} (parties: {', '.join(d.case.parties)})")
        parties.update(found)
    questions = set()
    decided = [q for q in d.book.questions if any(r.question is q for r in d.rulings)]
    for i in issue:
        found = [q.id for q in decided if i.lower() in (q.id.lower(), (q.short or "").lower(), q.title.lower())]
        if not found:
            raise UserError(f"--issue: no issue {i!r} decided in {d.case.id} (issues: "
                            f"{', '.join(q.id for q in decided)})")
        questions.update(found)
    wanted = {o.replace(" ", "_") for o in outcome}
    unknown = wanted - set(OUTCOMES)
    if unknown:
        raise UserError(f"--outcome: {', '.join(sorted(unknown))} is not an outcome ({', '.join(OUTCOMES)})")
    return [r for r in d.rulings
            if (not parties or parties & set(r.atom.args))
            and (not questions or r.question.id in questions)
            and (not wanted or r.outcome in wanted)]


def explanation(d: Derivation, ruling, fmt: str = "text", depth: int = 12, width: int | None = None,
                all_routes: bool = False) -> str:
    """One ruling's explanation as text, json, md, dot or svg; `all_routes`: every way a ruling that
    holds holds (text and json)."""
    import json
    from . import explanations as x
    node = d.explain(ruling)
    routes = d.explainer.routes(ruling.atom) if all_routes and ruling.outcome == "holds" else None
    if fmt == "json":
        return json.dumps(x.explanation_json(ruling, node, d, routes=routes), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return x.explanation_md(d, ruling, node, depth)
    if fmt in ("dot", "svg"):
        dot = x.explanation_dot(d, ruling, node, depth)
        return dot if fmt == "dot" else _svg(dot)
    return x.explanation_text(d, ruling, node, depth, width, routes=routes)


def is_ruling_id(d: Derivation, text: str) -> bool:
    return any(r.id == text for r in d.rulings)


def atom_explanation(d: Derivation, text: str, fmt: str = "text", depth: int = 12, all_routes: bool = False) -> str:
    """Any atom of the rule book's vocabulary, variables allowed: each binding that holds with its proof
    (every route with `all_routes`), or, when none holds, why not."""
    import json
    from . import explanations as x
    from .syntax import parse_atom
    try:
        atom = parse_atom(text)
    except SyntaxProblem as e:
        raise UserError(f"explain: no ruling {text!r} in {d.case.id}, and it does not parse as an atom: "
                        f"{e.message}\n{e.pointer()}") from None
    if atom.pred not in d.book.vocabulary:
        raise UserError(f"explain: unknown predicate `{atom.pred}`{d.book.vocabulary.suggest(atom.pred)}")
    p = d.book.vocabulary.get(atom.pred)
    if len(atom.args) != p.arity:
        raise UserError(f"explain: `{atom.pred}` takes {p.arity} arguments ({p.signature})")
    if fmt not in ("text", "json"):
        raise UserError("explain: an atom that is not a ruling is explained as text or json")
    ex = d.explainer
    found = sorted({str(_instance(atom, sol)): _instance(atom, sol) for sol in ex.solutions([atom], {})}.items())
    instances = [(s, ex.routes(a) if all_routes else [ex.prove(a)]) for s, a in found]
    refutation = None if instances else ex.refute(atom)
    if fmt == "json":
        return json.dumps(x.atom_json(d, str(atom), instances, refutation), indent=2, ensure_ascii=False) + "\n"
    return x.atom_text(d, str(atom), instances, refutation, depth)


def _instance(atom: Atom, sol: dict) -> Atom:
    return Atom(atom.pred, tuple(sol.get(a.name, a) if isinstance(a, Var) else a for a in atom.args))


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
    return out
