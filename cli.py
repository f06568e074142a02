"""lexcheck's command line: a thin click layer over `lexcheck.engine.api`.

Nothing here reasons about law; it parses arguments, calls the library and
prints. User mistakes become one line on stderr and exit status 2.
"""
from __future__ import annotations

import json
import sys
from functools import wraps

import click


def _fail_cleanly(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        from lexcheck.engine.api import UserError
        try:
            return f(*args, **kwargs)
        except UserError as e:
            from lexcheck.engine.caseread import printable
            click.echo(f"lexcheck: {printable(str(e))}", err=True)
            sys.exit(2)
    return wrapper


def format_option(*choices):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
                        help="Output format.")


def output_option(f):
    return click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True), default=None,
                        help="Write to this file (only once the output is complete; nothing is left on error) "
                             "instead of standard output.")(f)


def _json(data) -> str:
    """A JSON output as every command prints it: indented, UTF-8 as is, one trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _out(text: str, output: str | None) -> None:
    """Print `text`, or write it to `output` once it is complete."""
    if output is None:
        click.echo(text, nl=False)
        return
    from lexcheck.engine.api import UserError
    from lexcheck.engine.layout import write_file
    try:
        write_file(output, text)
    except OSError as e:
        raise UserError(f"cannot write {output}: {e.strerror or e}") from None


def _terminal() -> bool:
    """Progress is shown only when stderr is a terminal: piped or redirected, nothing extra is printed."""
    return sys.stderr.isatty()


class _Progress:
    """A progress bar on stderr, on a terminal only. Call it with (done, total[, stage]): a new
    stage (or total) starts a new bar. Use it as a context manager, so the last bar is closed."""

    def __init__(self, label: str, shown: bool = True):
        self.label, self.stage, self.bar = label, None, None
        self.shown = shown and _terminal()

    def __call__(self, done: int, total: int, stage: str = "") -> None:
        if not self.shown or total <= 0:
            return
        if self.bar is None or (stage, total) != self.stage:
            self.close()
            self.stage = (stage, total)
            self.bar = click.progressbar(length=total, label=f"{self.label}: {stage}" if stage else self.label,
                                         file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.update(self.bar.length - self.bar.pos)
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _complete_case(ctx, param, incomplete):
    """Shell completion: bundled case names (files complete as files)."""
    from click.shell_completion import CompletionItem
    try:
        from lexcheck.facts import bundled
        names = sorted(bundled())
    except Exception:  # completion never fails loudly
        return []
    hits = [CompletionItem(n) for n in names if n.startswith(incomplete)]
    return hits or [CompletionItem(incomplete, type="file")]


def _derivation_for_completion(ctx):
    from lexcheck.engine import api
    try:
        return api.derive_case(api.open_case(ctx.params.get("case") or ""))
    except Exception:
        return None


def _complete_ruling(ctx, param, incomplete):
    """Shell completion: the ruling ids of the CASE already typed."""
    from click.shell_completion import CompletionItem
    d = _derivation_for_completion(ctx)
    return [CompletionItem(r.id) for r in d.rulings if r.id.startswith(incomplete)] if d else []


def _complete_party(ctx, param, incomplete):
    from click.shell_completion import CompletionItem
    from lexcheck.engine import api
    try:
        case = api.open_case(ctx.params.get("case") or "")
    except Exception:
        return []
    return [CompletionItem(p) for p in case.parties if p.startswith(incomplete)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lexcheck")
def main():
    """Derive and explain a court's rulings from doctrine rules and cited case facts.

    \b
    Example:
      lexcheck holdings aiil-v-sessions
      lexcheck explain aiil-v-sessions specific_jurisdiction/lloyd/arizona
    """


def _as_of_option(f):
    return click.option("--as-of", "as_of", metavar="DATE", default=None,
                        help="Derive under the law in force on DATE (YYYY-MM-DD, or `today`) "
                             "instead of the case's decision date.")(f)


@main.command()
def cases():
    """List the bundled cases, then the development docket's real decisions.

    Example: lexcheck cases
    """
    from lexcheck.engine.api import bundled_cases, docket_cases, open_case
    groups = [("", bundled_cases())] + [(f"docket: {area}", files) for area, files in docket_cases().items()]
    width = max((len(name) for _, files in groups for name in files), default=0)
    for title, files in groups:
        if title:
            click.echo(f"\n{title} (facts/docket/{title.split(': ')[1]}/)")
        for name in files:
            try:
                case = open_case(name)
            except Exception as e:  # a docket file that does not load is listed, not fatal
                click.echo(f"{name:<{width}}  (cannot be loaded: {str(e).splitlines()[0]})")
                continue
            click.echo(f"{name:<{width}}  {case.meta['caption']}, {case.meta['court']} {case.meta['decided'][:4]}")


@main.command()
@click.argument("name", required=False)
@click.option("--kind", type=click.Choice(["record", "finding", "derived"]), help="Only predicates of this kind.")
@click.option("--symbols", "symbols", metavar="VOCABULARY", default=None,
              help="List the members of a closed vocabulary (state, circuit, court, right, rank ...); `all` for their names.")
@format_option("text", "json")
@output_option
@_fail_cleanly
def vocab(name, kind, symbols, fmt, output):
    """Every predicate a case file or rule may use; or NAME (a predicate or doctrine) in full.

    Shows each predicate's arguments and types, its English sentence, its kind
    (record fact, finding, or derived) and the rules that conclude and read it.

    \b
    Example:
      lexcheck vocab --kind record
      lexcheck vocab expressly_aimed
      lexcheck vocab express_aiming
      lexcheck vocab --symbols state
      lexcheck vocab --format json -o vocab.json
    """
    from lexcheck.engine import api, reference
    from lexcheck.engine.contract import envelope
    book = api.rulebook()
    if symbols is not None:
        listing = reference.symbols(book, symbols)
        _out(_json(envelope("lexcheck.vocab", {"vocabulary": symbols, "symbols": listing}))
             if fmt == "json" else reference.symbols_text(listing), output)
        return
    if name is None:
        if fmt == "json":
            _out(_json(envelope("lexcheck.vocab", {"predicates": [
                reference.entry_json(book, p) for p in book.vocabulary if not kind or p.kind == kind]})), output)
        else:
            _out(reference.listing(book, kind), output)
        return
    if name in book.vocabulary:
        p = book.vocabulary.get(name)
        if fmt == "json":
            _out(_json(envelope("lexcheck.vocab", reference.entry_json(book, p))), output)
        else:
            _out(reference.entry(book, p), output)
        return
    if name in book.doctrines:
        if fmt == "json":
            _out(_json(envelope("lexcheck.vocab", {
                "doctrine": name, "header": book.doctrines[name],
                "predicates": [reference.entry_json(book, p) for p in book.vocabulary if p.doctrine == name],
                "rules": [r.id for r in book.rules if r.doctrine == name]})), output)
        else:
            _out(reference.doctrine(book, name), output)
        return
    close = reference.suggest(book, name)
    hint = f" (did you mean {' or '.join(close)}?)" if close else "; `lexcheck vocab` lists them all"
    raise api.UserError(f"no predicate or doctrine named {name!r}{hint}")


@main.command(name="new")
@click.argument("path", type=click.Path(dir_okay=False))
@_fail_cleanly
def new_(path):
    """Write a commented case-file skeleton at PATH to fill in (never overwrites).

    Every value to supply is TODO; `lexcheck check PATH` lists those left.

    Example: lexcheck new my-case.yaml
    """
    import os
    import shlex
    from pathlib import Path
    from lexcheck.engine import api, skeleton
    if not path.strip():
        raise api.UserError("new: give the path of the file to write, e.g. `lexcheck new my-case.yaml`")
    target = Path(path)
    if os.path.lexists(target):
        raise api.UserError(f"{path} already exists; lexcheck new never overwrites a file (choose another name)")
    if not target.parent.is_dir():
        raise api.UserError(f"no folder {str(target.parent)!r} to write {target.name} in")
    try:
        skeleton.write_skeleton(api.rulebook(), target)
    except OSError as e:
        raise api.UserError(f"cannot write {path}: {e.strerror}") from None
    click.echo(f"wrote {path}: fill in every TODO, then run `lexcheck check {shlex.quote(path)}`")


@main.command()
@click.argument("case")
@format_option("text", "json")
@output_option
@_fail_cleanly
def check(case, fmt, output):
    """Validate CASE (a case file or bundled case): every problem with line:column and a fix.

    Errors and warnings are distinct. Exit status: 0 clean, 1 warnings only,
    2 errors (the file cannot be loaded until they are fixed).

    \b
    Example:
      lexcheck check my-case.yaml
      lexcheck check my-case.yaml --format json -o problems.json
    """
    from lexcheck.engine import api
    from lexcheck.engine import check as checking
    try:
        path = api.case_path(case)
    except api.UserError as e:  # `--format json` always prints its JSON; text is one line
        if fmt != "json":
            raise
        report = checking.unreadable(case, str(e))
    else:
        report = checking.check_file(path, api.rulebook())
    if fmt == "json":
        from lexcheck.engine.contract import envelope
        _out(_json(envelope("lexcheck.check", checking.as_json(report))), output)
    else:
        _out(checking.text(report), output)
    sys.exit(report.exit_code)


def _filter_options(f):
    f = click.option("--outcome", multiple=True, metavar="OUTCOME",
                     help="Only rulings with this outcome: holds, fails, not_reached, undetermined (repeatable).")(f)
    f = click.option("--issue", multiple=True, metavar="ISSUE",
                     help="Only rulings on this issue: a question's id or its column heading (repeatable).")(f)
    f = click.option("--party", multiple=True, metavar="PARTY", shell_complete=_complete_party,
                     help="Only rulings about this party: an id or a name (repeatable).")(f)
    return f


@main.command()
@click.argument("case", shell_complete=_complete_case)
@_filter_options
@click.option("--brief", is_flag=True, help="One line per ruling: issue, party, outcome, id.")
@format_option("text", "json")
@output_option
@_as_of_option
@_fail_cleanly
def holdings(case, party, issue, outcome, brief, fmt, output, as_of):
    """The court's rulings on CASE, each derived from the rules, with its ground.

    CASE is a bundled case (see `lexcheck cases`) or a path to a case file.
    Parties decided alike on the same ground are named together.

    \b
    Example:
      lexcheck holdings aiil-v-sessions
      lexcheck holdings aiil-v-sessions --party lloyd --brief
      lexcheck holdings ko-v-ice --issue qualified_immunity --outcome fails
    """
    from lexcheck.engine import api, readings, render
    d = api.derive_case(api.open_case(case, as_of=as_of))
    shown = api.select_rulings(d, party, issue, outcome)
    compared = readings.compare(d.book, d.case, d, each_reading=False)  # check/verify compare them
    if fmt == "json":
        data = render.holdings_json(d, shown)
        data["readings"] = render.readings_json(compared) if compared.conflicts else None
        _out(json.dumps(data, indent=2, ensure_ascii=False) + "\n", output)
        return
    text = render.brief_text(d, shown) if brief else render.holdings_text(d, shown)
    lines = [] if brief else [""] * bool(compared.conflicts) + compared.lines()
    _out(text + "".join(line + "\n" for line in lines), output)


@main.command()
@click.argument("case", shell_complete=_complete_case)
@click.argument("ruling_id", metavar="RULING_ID_OR_ATOM", shell_complete=_complete_ruling)
@format_option("text", "json", "md", "dot", "svg")
@click.option("--depth", default=12, show_default=True, type=click.IntRange(min=1),
              help="How many levels of the tree to print (text, md, dot; json always has the whole tree).")
@click.option("--all-routes", is_flag=True, help="Every way it holds, not only the first (text and json).")
@output_option
@_as_of_option
@_fail_cleanly
def explain(case, ruling_id, fmt, depth, all_routes, output, as_of):
    """Why RULING_ID came out as it did: the rules applied, down to the cited facts.

    Ruling ids are printed by `lexcheck holdings`. Any atom of the vocabulary
    can be explained too, variables allowed: each binding that holds with its
    proof, or why none does. Formats: text (a tree), json (schema in the
    README), md (for a memo), dot (Graphviz), svg (needs Graphviz's `dot`).

    \b
    Example:
      lexcheck explain aiil-v-sessions specific_jurisdiction/lloyd/arizona
      lexcheck explain aiil-v-sessions 'expressly_aimed(azar, A, arizona)' --all-routes
      lexcheck explain aiil-v-sessions arises_out_of/lloyd/arizona --format md -o memo.md
      lexcheck explain aiil-v-sessions arises_out_of/lloyd/arizona --format svg -o why.svg
    """
    from lexcheck.engine import api
    d = api.derive_case(api.open_case(case, as_of=as_of))
    if "(" in ruling_id and not api.is_ruling_id(d, ruling_id):
        _out(api.atom_explanation(d, ruling_id, fmt, depth, all_routes), output)
        return
    ruling = api.find_ruling(d, ruling_id)
    _out(api.explanation(d, ruling, fmt, depth, all_routes=all_routes), output)


def _change_options(f):
    f = click.option("--drop", "drop", multiple=True, metavar="FACT",
                     help="Leave out a fact, or leave a finding open (repeatable).")(f)
    f = click.option("--deny", "deny", multiple=True, metavar="FINDING",
                     help="Have the court decline to make a finding (repeatable).")(f)
    f = click.option("--add", "add", multiple=True, metavar="FACT",
                     help="Add a record fact, or have the court make a finding (repeatable).")(f)
    return f


@main.command(name="what-if")
@click.argument("case", shell_complete=_complete_case)
@_change_options
@click.option("--brief", is_flag=True, help="Only the rulings that changed, old -> new (no explanations).")
@format_option("text", "json")
@output_option
@_as_of_option
@_fail_cleanly
def what_if(case, add, deny, drop, brief, fmt, output, as_of):
    """Re-derive CASE with facts added, findings denied or facts dropped, or
    under the law of another date (--as-of); print only the rulings that
    changed, old -> new, each with its new explanation, and (with --as-of) the
    rules that came into or went out of force between the two dates.

    FACT is written as in a case file and parsed, never evaluated.

    \b
    Example:
      lexcheck what-if aiil-v-sessions --brief \\
        --drop 'tender_age_facilities_existed_before(tender_age_facility_licensing, arizona)'
      lexcheck what-if ko-v-ice --as-of today
    """
    from lexcheck.engine import api, changeview, render, whatif
    d = api.derive_case(api.open_case(case))
    changes = api.changes(d, add, deny, drop)
    if not changes and not as_of:
        raise api.UserError("what-if: give at least one --add, --deny or --drop, or --as-of DATE")
    law = []
    if as_of:
        later = api.with_as_of(d.case, as_of)
        law = api.law_changes(d.book, d.case, later.meta["as_of"])
        d2, changed = whatif.what_if(d.book, d, changes, case=later)
    else:
        d2, changed = whatif.what_if(d.book, d, changes)
    if fmt == "json":
        data = changeview.what_if_json(d, changes, changed, d2)
        if as_of:
            data["as_of"] = d2.case.meta["as_of"]
            data["law_changes"] = [render.law_change_json(r, a, b) for r, a, b in law]
        _out(json.dumps(data, indent=2, ensure_ascii=False) + "\n", output)
        return
    explain = None if brief else (lambda d_, r: api.explanation(d_, r, "text"))
    law_text = render.law_changes_text(d, d2.case.meta["as_of"], law) if as_of else ""
    _out(law_text + (changeview.what_if_text(changes, changed, d2, explain) if changes or changed else ""), output)


@main.command()
@click.argument("case", shell_complete=_complete_case)
@click.argument("ruling_id", shell_complete=_complete_ruling)
@click.option("--to", "to", type=click.Choice(["holds", "fails", "not_reached", "undetermined"]), default=None,
              help="Only flips that give the ruling this outcome.")
@click.option("--max-changes", default=2, show_default=True, type=click.IntRange(1, 4),
              help="The most facts or findings changed at once.")
@click.option("--budget", default=1000, show_default=True, type=click.IntRange(1, 100_000),
              help="The most change sets tried before the search stops.")
@click.option("--seconds", default=300, show_default=True, type=click.IntRange(1, 3600),
              help="The most seconds the search runs before it stops (checked before each change set).")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 1000),
              help="How many flips to show.")
@format_option("text", "json")
@output_option
@_fail_cleanly
def flip(case, ruling_id, to, max_changes, budget, seconds, limit, fmt, output):
    """The smallest sets of fact or finding changes that would change RULING_ID,
    each verified by re-deriving the case, with the explanation of the changed
    ruling. Flips that reach a decided outcome come before those that only make
    it undetermined; flips that differ only in which plaintiff are grouped. The
    search is bounded and says when it was cut short.

    \b
    Example:
      lexcheck flip aiil-v-sessions specific_jurisdiction/lloyd/arizona
      lexcheck flip aiil-v-sessions specific_jurisdiction/lloyd/arizona --to holds
    """
    from lexcheck.engine import api, changeview, whatif
    d = api.derive_case(api.open_case(case))
    ruling = api.find_ruling(d, ruling_id)
    if to == ruling.outcome:
        raise api.UserError(f"flip: {ruling.id} already {to.replace('_', ' ')}s; --to names another outcome"
                            if to != "not_reached" else f"flip: {ruling.id} is already not reached")
    with _Progress(f"flip (at most {budget} change sets, {seconds} s)") as progress:
        search = whatif.flips(d.book, d, ruling.id, max_changes=max_changes, budget=budget, seconds=seconds,
                              progress=progress)
    groups = changeview.group(d, changeview.select(search, to))
    if fmt == "json":
        text = json.dumps(changeview.flip_json(d, ruling, search, groups, to, limit), indent=2,
                          ensure_ascii=False) + "\n"
    else:
        text = changeview.flip_text(d, ruling, search, groups, to, limit,
                                    lambda d_, r: api.explanation(d_, r, "text"))
    _out(text, output)


@main.command()
@click.argument("case", shell_complete=_complete_case)
@click.option("--failures-only", is_flag=True, help="Print only the rulings not reproduced (and the count).")
@format_option("text", "json")
@output_option
@_as_of_option
@_fail_cleanly
def verify(case, failures_only, fmt, output, as_of):
    """Compare the derived rulings on CASE with what the court held.

    Exits 0 only when every recorded ruling is reproduced.

    \b
    Example:
      lexcheck verify aiil-v-sessions
      lexcheck verify my-case.yaml --failures-only
      lexcheck verify ko-v-ice --format json -o verify.json
    """
    from lexcheck.engine import api, readings, render, rulings
    d = api.derive_case(api.open_case(case, as_of=as_of))
    with _Progress("verify") as progress:
        comparisons = rulings.verify(d, progress=lambda i, n: progress(i, n, "comparing recorded rulings"))
        compared = readings.compare(d.book, d.case, d,
                                    progress=lambda i, n: progress(i, n, "deriving the other readings of the record"))
    if fmt == "json":
        data = render.verify_json(d, comparisons, failures_only)
        data["readings"] = render.readings_json(compared) if compared.conflicts else None
        _out(json.dumps(data, indent=2, ensure_ascii=False) + "\n", output)
    else:
        _out("".join(line + "\n" for line in compared.lines()) + render.verify_text(d, comparisons, failures_only),
             output)
    if not comparisons:
        click.echo("lexcheck: the case file records no court rulings to compare with", err=True)
        sys.exit(1)
    sys.exit(0 if all(c.ok for c in comparisons) else 1)


@main.command()
@click.argument("case")
@output_option
@format_option("html", "json")
@_fail_cleanly
def report(case, output, fmt):
    """One self-contained HTML page of every ruling on CASE, each explained.

    The party x issue grid (and, per count, defendant x issue), each cell its
    outcome; each ruling's explanation as a tree that opens and closes, with
    rules, glosses, authorities (linked to CourtListener), record cites and
    opinion pages; grounds shared by many parties grouped; filters by party,
    issue and outcome, and a search box. Nothing is fetched when it is opened.
    --format json gives the data it is drawn from.

    \b
    Example:
      lexcheck report aiil-v-sessions -o aiil.html
    """
    from lexcheck.engine import api, report as page
    d = api.derive_case(api.open_case(case))
    with _Progress("report") as progress:
        data = page.report_data(d, progress=lambda i, n: progress(i, n, "explaining rulings"))
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n" if fmt == "json" else page.html(data)
    _out(text, output)
    if output:
        click.echo(f"wrote {output}", err=True)


@main.command(name="rules")
@format_option("text", "json")
@click.option("--check-cites", is_flag=True,
              help="List the authorities in which eyecite finds no citation (shown as text in reports); "
                   "exit 1 if there are any.")
@output_option
@_fail_cleanly
def rules_(fmt, check_cites, output):
    """Every rule: id, authority, gloss, the courts it binds and when it is in force.

    \b
    Example:
      lexcheck rules
      lexcheck rules --check-cites
      lexcheck rules --format json -o rules.json
    """
    from lexcheck.engine import render
    from lexcheck.engine.api import rulebook
    book = rulebook()
    if check_cites:
        from lexcheck.engine import cites
        found = [(item.id, part) for item in list(book.rules) + list(book.limits)
                 for part in cites.problems(item.authority)]
        if fmt == "json":
            from lexcheck.engine.contract import envelope
            _out(_json(envelope("lexcheck.cite_check", {"unparsed": [{"id": i, "text": t}
                                                                     for i, t in found]})), output)
        else:
            n = len({t for _, t in found})
            _out("".join(f"{i}: no citation eyecite can read in: {t}\n" for i, t in found) +
                 (f"{n} authorit{'y' if n == 1 else 'ies'} without a citation eyecite can read "
                  f"(shown as text, not linked)\n" if found else "every authority has a citation eyecite can read\n"),
                 output)
        sys.exit(1 if found else 0)
    if fmt == "json":
        from lexcheck.engine.contract import envelope
        _out(_json(envelope("lexcheck.rules", {"rules": [render.rule_json(book, r) for r in book.rules]})), output)
        return
    _out(render.rules_text(book), output)


@main.command()
@click.argument("case")
@click.argument("goal")
@_fail_cleanly
def query(case, goal):
    """Ask CASE a GOAL with variables, e.g. `expressly_aimed(D, A, arizona)`.

    Variables start with a capital letter (`_` alone is anonymous: each one a
    variable of its own, not shown); join literals with `and`, negate with
    `not`. The goal is parsed, never evaluated as Python. The search has a
    budget (2,000,000 rows examined, 20 seconds, 10,000 answers): past it, the
    answers found so far are printed, a line on stderr says which budget
    stopped it, and the exit status is 1.

    Example: lexcheck query aiil-v-sessions "forum_related_act(D, A, arizona)"
    """
    from lexcheck.engine import api
    api.check_goal(api.rulebook(), goal)  # a mistake in the goal is reported before the case is derived
    d = api.derive_case(api.open_case(case))
    found = api.query(d, goal)
    variables, rows = found.variables, found.rows
    if not variables:
        click.echo("yes" if rows else "no" if found.complete else "unknown")
    else:
        click.echo("  ".join(variables))
        for row in rows:
            click.echo("  ".join(str(v) for v in row))
        click.echo(f"({len(rows)} answer{'s' if len(rows) != 1 else ''})")
    if not found.complete:
        click.echo(f"lexcheck: {found.budget_note()}", err=True)
        sys.exit(1)


@main.command()
@click.argument("cases", nargs=-1, required=True)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0, max=64),
              help="Worker processes (0: one per core; at most 64).")
@format_option("jsonl", "csv")
@click.option("--grounds", is_flag=True, help="Add each ruling's element, reason and one-line ground (slower).")
@_as_of_option
def batch(cases, jobs, fmt, grounds, as_of):
    """Derive every case in CASES (folders of case files, or files): one line per case.

    Lines come out in input order (a folder's files sorted by name), whatever
    --jobs is. A file that cannot be loaded is reported on stderr and skipped;
    the exit status is then 1. A summary ends the run on stderr; a progress
    bar shows on a terminal when the output goes elsewhere. Interrupted
    (Ctrl-C), it prints the lines finished, its summary, and exits 130.

    \b
    Example:
      lexcheck batch facts/ --jobs 2 > rulings.jsonl
      lexcheck batch docket/*.yaml --format csv
    """
    import time
    from lexcheck.engine import batch as docket
    from lexcheck.engine.caseread import printable
    started = time.perf_counter()
    sources = docket.inputs(cases)
    if not sources:
        click.echo("lexcheck: no case files (*.yaml) found in " + printable(", ".join(cases)), err=True)
        sys.exit(2)
    jobs = jobs or min(docket.default_jobs(), docket.MAX_JOBS)
    if fmt == "csv":
        click.echo(",".join(docket.CSV_COLUMNS))
    n_cases = n_rulings = failures = 0
    if as_of:
        from lexcheck.engine import api
        try:
            as_of = api.with_as_of_text(as_of)
        except api.UserError as e:
            click.echo(f"lexcheck: {e}", err=True)
            sys.exit(2)
    interrupted = False
    results = docket.derive_all(sources, jobs, fmt, grounds, as_of or "")
    try:
        # the same progress bar as verify's, on a terminal only (piped or redirected, nothing extra),
        # and only when the lines go elsewhere (a bar among them on one terminal would garble both)
        with _Progress("batch", shown=not sys.stdout.isatty()) as progress:
            for i, result in enumerate(results, 1):
                progress(i, len(sources), "deriving")
                if result.error:
                    failures += 1
                    click.echo(f"lexcheck: skipped: {printable(result.error)}", err=True)
                    continue
                n_cases += 1
                n_rulings += result.rulings
                click.echo(result.line)
    except KeyboardInterrupt:
        interrupted = True
        results.close()  # stops the workers
    sys.stdout.flush()
    seconds = time.perf_counter() - started
    done = f"; interrupted after {n_cases + failures} of {len(sources)} files" if interrupted else ""
    click.echo(f"lexcheck: {n_cases} case{'s' if n_cases != 1 else ''}, {n_rulings} rulings, "
               f"{failures} failure{'s' if failures != 1 else ''}, {seconds:.2f} seconds{done}", err=True)
    sys.exit(130 if interrupted else 1 if failures else 0)


if __name__ == "__main__":
    main()
