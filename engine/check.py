"""`lexcheck check`: validate a case file and say how to fix each problem.

Loading reports every error and warning with file:line:column and a fix. A
file that loads is also derived once, to catch what only the rules can tell:
a recorded ruling no question decides, one nothing in the record puts at
issue, and conflicting readings of the record whose rulings differ.

Exit codes: 0 clean, 1 warnings only, 2 errors (the file cannot be used).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .casefile import Case, CaseFileError, Problem, decode, load_case_text, read_bounded
from .readings import ReadingsReport, compare
from .explain import ABSENT
from .rulebook import NOT_RAISED, RuleBook
from .rulings import Derivation, run
from .syntax import Var, python_value

CLEAN, WARNINGS, ERRORS = 0, 1, 2


@dataclass
class CheckReport:
    source: str
    problems: list = field(default_factory=list)
    case: Optional[Case] = None
    readings: Optional[ReadingsReport] = None
    derivation: Optional[Derivation] = None
    lines: list = field(default_factory=list)  # the file's lines, quoted under each problem (a case file only)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def exit_code(self) -> int:
        return ERRORS if self.errors else WARNINGS if self.warnings else CLEAN

    @property
    def status(self) -> str:
        return {CLEAN: "clean", WARNINGS: "warnings", ERRORS: "errors"}[self.exit_code]

    def summary(self) -> dict:
        if self.case is None:
            return {}
        facts = [f for f in self.case.facts + self.case.unused if f.line]  # every entry the file states
        return {"parties": len(self.case.parties), "counts": len(self.case.counts),
                "facts": sum(f.kind == "record" for f in facts), "findings": sum(f.kind == "finding" for f in facts),
                "court_rulings": len(self.case.rulings),
                "derived_rulings": len(self.derivation.rulings) if self.derivation else 0}


def check_file(path: Path, book: RuleBook) -> CheckReport:
    from .caseread import printable
    source = printable(str(path))  # a path is echoed in every problem: never a raw control character
    report = CheckReport(source)
    try:
        text = decode(read_bounded(path), source)
        report.lines = text.splitlines() if Path(path).suffix in (".yaml", ".yml") else []
        case = load_case_text(text, book.vocabulary, source)
    except CaseFileError as e:
        report.problems = list(e.problems)
        if any(p.message.startswith("not a case file") for p in e.problems):
            report.lines = []  # not a case file: its lines are not quoted back
        return report
    report.case = case
    report.problems = list(case.warnings)
    try:
        report.derivation = d = run(book, case)
        report.problems += _ruling_problems(book, case, d)
        report.problems += _symbol_problems(case, d)
        report.problems += _forum_problems(book, case)
        report.problems += _no_law_problems(book, case, d)
        report.readings = compare(book, case, d)
    except (ValueError, RecursionError, MemoryError) as e:  # an engine limit not foreseen at load: still a report
        report.case, report.derivation, report.readings = None, None, None
        report.problems.append(Problem(case.source, 1, 1, f"the file loads but cannot be derived: "
                                                          f"{type(e).__name__}: {e}",
                                       fix="report it with the file; meanwhile, split the case into smaller files"))
        return report
    for c in report.readings.conflicts if not report.readings.same else ():
        diffs = [x for x in report.readings.differences if c.label in x.reading]
        if diffs:
            last = c.facts[-1]
            report.problems.append(Problem(
                case.source, last.line, last.column,
                f"the rulings depend on which reading of {c.label} is right: "
                + "; ".join(x.describe() for x in diffs[:3]) + (" …" if len(diffs) > 3 else ""),
                "warning", "check the record for the right value; until then, say which reading the court used"))
    report.problems.sort(key=lambda p: (p.line, p.column, p.severity))
    return report


def unreadable(source: str, message: str) -> CheckReport:
    """The report on a path that names no readable case file (exit status 2)."""
    from .caseread import printable
    return CheckReport(printable(source), [Problem(printable(source), 1, 1, printable(message),
                                                   fix="give the path of a case file, or a bundled case's "
                                                       "short caption (`lexcheck cases`)")])


def _ruling_problems(book: RuleBook, case: Case, d: Derivation) -> list[Problem]:
    """Recorded rulings that `verify` could not compare, and why."""
    out = []
    decided = {q.parsed_atom.pred: q for q in book.questions}
    derived = {r.id for r in d.rulings}
    for rec in case.rulings:
        q = decided.get(rec.atom.pred)
        if q is None:
            names = ", ".join(sorted(decided))
            out.append(Problem(case.source, rec.line, rec.column,
                               f"no question of the rule book decides `{rec.atom.pred}`, so `verify` cannot "
                               f"compare this ruling", "warning",
                               f"record rulings on one of: {names} (or add a question to the doctrine module)"))
            continue
        rid = "/".join([rec.atom.pred] + [str(a) for a in rec.atom.args])
        if rid in derived:
            out += _not_raised_problems(case, d, rec, rid)
            continue
        env = {t.name: v for t, v in zip(q.parsed_atom.args, rec.atom.args) if isinstance(t, Var)}
        issue = q.parsed_at_issue
        bound = f"{issue.pred}({', '.join(str(env.get(a.name, a)) if isinstance(a, Var) else str(python_value(a)) for a in issue.args)})"
        how = " or ".join(f"`{r.text}`" for r in book.rules_for(issue.pred)[:2])
        out.append(Problem(case.source, rec.line, rec.column,
                           f"nothing in the record puts `{rec.atom}` at issue: the rules decide it only when "
                           f"`{bound}` is derived", "warning",
                           f"state the facts that put it at issue ({how})" if how else
                           f"state `{bound}` as a fact with its cite"))
    return out


_UNKNOWN_MEANS = {
    "right": "no claim on it is decided (the count is put at issue nowhere: neither dismissed nor surviving)",
    "rank": "step one cannot compare the officer's rank with a recognised context's",
    "setting": "step one compares it as a setting no recognised context had",
    "factor": "no rule decides whether it counsels hesitation",
    "ground": "no rule knows what a motion on that ground puts at issue",
}


def _symbol_problems(case: Case, d: Derivation) -> list[Problem]:
    """Symbols of a closed set (rights, ranks, settings, special factors) the rule book does not know.
    The doctrine modules declare the members as law facts (`known_symbol(kind, value)`) and derive
    `unknown_symbol(kind, value)` for a value the case file names outside them; this only says so."""
    import difflib
    import re
    unknown = sorted(d.model.rows("unknown_symbol"))
    if not unknown:
        return []
    known = {}
    for kind, value in d.model.rows("known_symbol"):
        known.setdefault(kind, set()).add(str(value))
    try:
        lines = Path(case.source).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    out = []
    for kind, value in unknown:
        kind, value = str(kind), str(value)
        line, column = 1, 1
        word = re.compile(rf"\b{re.escape(value)}\b")
        for i, text in enumerate(lines, 1):
            m = word.search(text)
            if m and not text.lstrip().startswith("#"):
                line, column = i, m.start() + 1
                break
        members = sorted(known.get(kind, ()))
        close = difflib.get_close_matches(value, members, n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(f'`{c}`' for c in close)}? " if close else ""
        listing = ", ".join(members[:40]) + (" …" if len(members) > 40 else "")
        out.append(Problem(case.source, line, column,
                           f"`{value}` is not a {kind} the rule book knows: "
                           + _UNKNOWN_MEANS.get(kind, "no rule reads it"), "warning",
                           f"{hint}known {kind}s: {listing} (or declare it, with its authority, in the doctrine "
                           f"module that owns {kind}s)"))
    return out


def _not_raised_problems(case: Case, d: Derivation, rec, rid: str) -> list[Problem]:
    """A recorded ruling the rules derive otherwise because it turns on a finding
    the file does not show as raised: say which, so the author can state it."""
    got = d.ruling(rid)
    if got.outcome == rec.outcome:
        return []
    unraised = []
    for n in d.explain(got).walk():
        if n.kind == ABSENT and n.limit is not None and n.limit.id == NOT_RAISED and n.atom not in unraised:
            unraised.append(n.atom)
    if not unraised:
        return []
    shown = ", ".join(f"`{a}`" for a in unraised[:3]) + (" …" if len(unraised) > 3 else "")
    return [Problem(case.source, rec.line, rec.column,
                    f"the court held `{rec.atom}` {rec.outcome.replace('_', ' ')}; the rules derive "
                    f"{got.outcome.replace('_', ' ')}, turning on {shown}, which the file does not show as raised "
                    f"(a finding nobody argued is not made)", "warning",
                    "if the question was argued, state the finding: made, `status: denied`, or `status: open` "
                    "when the court left it undecided")]


def _no_law_problems(book: RuleBook, case: Case, d: Derivation) -> list[Problem]:
    """A question the record raises that no rule in force in this court, on the case's date, decides:
    its ruling comes out as if nothing supported it, because the rule book holds no law for it here.
    Said once per question, at the record fact that raised it."""
    ex = d.explainer
    out, said = [], set()
    for r in d.rulings:
        q = r.question
        pred = q.parsed_atom.pred
        if q.id in said or not book.rules_for(pred) or ex.rules_for(pred):
            continue
        said.add(q.id)
        raising = [f for f in case.facts if f.atom.pred == q.parsed_at_issue.pred and f.line]
        line, column = (raising[0].line, raising[0].column or 1) if raising else (1, 1)
        courts = sorted({c for rule in book.rules_for(pred) for c in
                         ((rule.court,) if isinstance(rule.court, str) else tuple(rule.court))})
        court = case.meta.get("court") or "this court"
        on = case.meta.get("decided") or "the case's date"
        out.append(Problem(case.source, line, column,
                           f"no rule of the rule book in force in {court} on {on} "
                           f"decides {q.title.lower()}: its rule{'s bind' if len(courts) > 1 else ' binds'} "
                           f"{', '.join(courts)}, so `{r.id}` comes out {r.label} only because nothing concludes it",
                           "warning",
                           f"add the law of this court to rules/{q.doctrine}.py, with its authority, or check the "
                           f"case's court, circuit and date"))
    return out


# The derived predicate whose rules state how far a forum's courts may reach
# (rules/long_arm.py); its second argument is the forum.
LONG_ARM = "long_arm_authorizes"


def long_arm_forums(book: RuleBook) -> set:
    """Every forum some rule of the rule book gives a long-arm law: a constant in
    the forum place of a `long_arm_authorizes` rule's head, or a law fact read
    there (e.g. `long_arm_reaches_due_process_limit(california)`)."""
    law = {}
    for r in book.rules:
        if r.is_law_fact and len(r.head.args) == 1:
            law.setdefault(r.head.pred, set()).add(python_value(r.head.args[0]))
    out = set()
    for r in book.rules_for(LONG_ARM):
        forum = r.head.args[1]
        if not isinstance(forum, Var):
            out.add(python_value(forum))
            continue
        for lit in r.body:
            atom = getattr(lit, "atom", lit)
            if not getattr(lit, "atom", None) and forum in atom.args and atom.pred in law:
                out |= law[atom.pred]
    return out


def _forum_problems(book: RuleBook, case: Case) -> list[Problem]:
    """A forum with no long-arm law in the rule book can never give specific jurisdiction."""
    import difflib
    forum = case.meta.get("forum")
    known = long_arm_forums(book)
    if not isinstance(forum, str) or not known or forum in known:
        return []
    line = column = 1
    try:
        for i, text in enumerate(Path(case.source).read_text(encoding="utf-8").splitlines(), 1):
            if text.strip().startswith("forum:"):
                line, column = i, text.index("forum:") + len("forum:") + 2
                break
    except (OSError, UnicodeDecodeError):
        pass
    near = difflib.get_close_matches(forum, sorted(known), n=1)
    hint = f" (did you mean `{near[0]}`?)" if near else ""
    return [Problem(case.source, line, column,
                    f"the rule book has no long-arm law for the forum `{forum}`, so no specific jurisdiction "
                    f"can be found there{hint}", "warning",
                    f"name the forum as the rule book spells it{hint}, or add its long-arm law to rules/long_arm.py")]


# -- rendering --------------------------------------------------------------

def text(report: CheckReport) -> str:
    lines = report.lines
    out = []
    for p in report.problems:
        out.append(str(Problem(p.file, p.line, p.column, p.message, p.severity)))
        if 1 <= p.line <= len(lines) and len(lines[p.line - 1]) <= 200:
            gutter = f"{p.line:>5} | "
            out.append(gutter + lines[p.line - 1])
            out.append(" " * (len(gutter) - 2) + "| " + " " * max(0, p.column - 1) + "^")
        if p.fix:
            out.append(f"        fix: {p.fix}")
    if report.readings is not None:
        out += report.readings.lines()
    n_err, n_warn = len(report.errors), len(report.warnings)
    if report.exit_code == ERRORS:
        out.append(f"{report.source}: {n_err} error{'s' if n_err != 1 else ''}, {n_warn} warning"
                   f"{'s' if n_warn != 1 else ''}; the file cannot be loaded until the errors are fixed")
    else:
        s = report.summary()
        counted = (f"{s['parties']} parties, {s['counts']} counts, {s['facts']} facts, {s['findings']} findings, "
                   f"{s['court_rulings']} court rulings; {s['derived_rulings']} rulings derived")
        state = "clean" if report.exit_code == CLEAN else f"{n_warn} warning{'s' if n_warn != 1 else ''}"
        out.append(f"{report.source}: {state} ({counted})")
    return "\n".join(out) + "\n"


def as_json(report: CheckReport) -> dict:
    return {"file": report.source, "status": report.status, "exit_code": report.exit_code,
            "errors": [p.as_dict() for p in report.errors], "warnings": [p.as_dict() for p in report.warnings],
            "summary": report.summary(),
            "readings": report.readings.as_dict() if report.readings and report.readings.conflicts else None}
