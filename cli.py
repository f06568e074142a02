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
            click.echo(f"lexcheck: {e}", err=True)
            sys.exit(2)
    return wrapper


def format_option(*choices):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
                        help="Output format.")


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
@_fail_cleanly
def vocab(name, kind, symbols, fmt):
    """Every predicate a case file or rule may use; or NAME (a predicate or doctrine) in full.

    Shows each predicate's arguments and types, its English sentence, its kind
    (record fact, finding, or derived) and the rules that conclude and read it.

    \b
    Example:
      lexcheck vocab --kind record
      lexcheck vocab expressly_aimed
      lexcheck vocab express_aiming
      lexcheck vocab --symbols state
    """
    from lexcheck.engine import api, reference
    book = api.rulebook()
    if symbols is not None:
        listing = reference.symbols(book, symbols)
        click.echo(json.dumps(listing, indent=2, ensure_ascii=False) if fmt == "json" else
                   reference.symbols_text(listing), nl=False if fmt != "json" else True)
        return
    if name is None:
        if fmt == "json":
            click.echo(json.dumps([reference.entry_json(book, p) for p in book.vocabulary
                                   if not kind or p.kind == kind], indent=2, ensure_ascii=False))
        else:
            click.echo(reference.listing(book, kind), nl=False)
        return
    if name in book.vocabulary:
        p = book.vocabulary.get(name)
        if fmt == "json":
            click.echo(json.dumps(reference.entry_json(book, p), indent=2, ensure_ascii=False))
        else:
            click.echo(reference.entry(book, p), nl=False)
        return
    if name in book.doctrines:
        if fmt == "json":
            click.echo(json.dumps({"doctrine": name, "header": book.doctrines[name],
                                   "predicates": [reference.entry_json(book, p) for p in book.vocabulary
                                                  if p.doctrine == name],
                                   "rules": [r.id for r in book.rules if r.doctrine == name]},
                                  indent=2, ensure_ascii=False))
        else:
            click.echo(reference.doctrine(book, name), nl=False)
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
    from pathlib import Path
    from lexcheck.engine import api, skeleton
    target = Path(path)
    if target.exists():
        raise api.UserError(f"{path} already exists; lexcheck new never overwrites a file (choose another name)")
    if not target.parent.is_dir():
        raise api.UserError(f"no folder {str(target.parent)!r} to write {target.name} in")
    try:
        skeleton.write_skeleton(api.rulebook(), target)
    except OSError as e:
        raise api.UserError(f"cannot write {path}: {e.strerror}") from None
    click.echo(f"wrote {path}: fill in every TODO, then run `lexcheck check {path}`")


@main.command()
@click.argument("case")
@format_option("text", "json")
@_fail_cleanly
def check(case, fmt):
    """Validate CASE (a case file or bundled case): every problem with line:column and a fix.

    Errors and warnings are distinct. Exit status: 0 clean, 1 warnings only,
    2 errors (the file cannot be loaded until they are fixed).

    Example: lexcheck check my-case.yaml
    """
    from lexcheck.engine import api
    from lexcheck.engine import check as checking
    report = checking.check_file(api.case_path(case), api.rulebook())
    if fmt == "json":
        click.echo(json.dumps(checking.as_json(report), indent=2, ensure_ascii=False))
    else:
        click.echo(checking.text(report), nl=False)
    sys.exit(report.exit_code)


@main.command()
@click.argument("case")
@format_option("text", "json")
@_as_of_option
@_fail_cleanly
def holdings(case, fmt, as_of):
    """The court's rulings on CASE, each derived from the rules, with its ground.

    CASE is a bundled case (see `lexcheck cases`) or a path to a case file.

    Example: lexcheck holdings aiil-v-sessions
    """
    from lexcheck.engine import api, readings, render
    d = api.derive_case(api.open_case(case, as_of=as_of))
    compared = readings.compare(d.book, d.case, d, each_reading=False)  # check/verify compare them
    if fmt == "json":
        data = render.holdings_json(d)
        data["readings"] = compared.as_dict() if compared.conflicts else None
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(render.holdings_text(d), nl=False)
        for line in [""] * bool(compared.conflicts) + compared.lines():
            click.echo(line)


@main.command()
@click.argument("case")
@click.argument("ruling_id")
@format_option("text", "json", "md", "dot", "svg")
@click.option("--depth", default=12, show_default=True, help="How many levels of the tree to print.")
@_as_of_option
@_fail_cleanly
def explain(case, ruling_id, fmt, depth, as_of):
    """Why RULING_ID came out as it did: the rules applied, down to the cited facts.

    Ruling ids are printed by `lexcheck holdings`. Formats: text (a tree),
    json (schema in the README), md (for a memo), dot (Graphviz), svg (needs
    Graphviz's `dot`).

    \b
    Example:
      lexcheck explain aiil-v-sessions specific_jurisdiction/lloyd/arizona
      lexcheck explain aiil-v-sessions arises_out_of/lloyd/arizona --format md > memo.md
      lexcheck explain aiil-v-sessions arises_out_of/lloyd/arizona --format dot | dot -Tsvg > why.svg
    """
    from lexcheck.engine import api
    d = api.derive_case(api.open_case(case, as_of=as_of))
    ruling = api.find_ruling(d, ruling_id)
    click.echo(api.explanation(d, ruling, fmt, depth), nl=False)


def _change_options(f):
    f = click.option("--drop", "drop", multiple=True, metavar="FACT",
                     help="Leave out a fact, or leave a finding open (repeatable).")(f)
    f = click.option("--deny", "deny", multiple=True, metavar="FINDING",
                     help="Have the court decline to make a finding (repeatable).")(f)
    f = click.option("--add", "add", multiple=True, metavar="FACT",
                     help="Add a record fact, or have the court make a finding (repeatable).")(f)
    return f


@main.command(name="what-if")
@click.argument("case")
@_change_options
@format_option("text", "json")
@_as_of_option
@_fail_cleanly
def what_if(case, add, deny, drop, fmt, as_of):
    """Re-derive CASE with facts added, findings denied or facts dropped, or
    under the law of another date (--as-of); print only the rulings that
    changed, old -> new, each with its new explanation, and (with --as-of) the
    rules that came into or went out of force between the two dates.

    FACT is written as in a case file and parsed, never evaluated.

    \b
    Example:
      lexcheck what-if aiil-v-sessions \\
        --drop 'tender_age_facilities_existed_before(tender_age_facility_licensing, arizona)'
      lexcheck what-if ko-v-ice --as-of today
    """
    from lexcheck.engine import api, render, whatif
    from lexcheck.engine.explanations import explanation_json
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
        out = {"changes": [{"op": c.op, "atom": str(c.atom)} for c in changes], "changed": []}
        if as_of:
            out["as_of"] = d2.case.meta["as_of"]
            out["law_changes"] = [render.law_change_json(r, a, b) for r, a, b in law]
        for c in changed:
            out["changed"].append({"id": c.id, "old": c.old.outcome if c.old else None,
                                   "new": c.new.outcome if c.new else None,
                                   "explanation": explanation_json(c.new, d2.explain(c.new), d2) if c.new else None})
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if as_of:
        click.echo(render.law_changes_text(d, d2.case.meta["as_of"], law), nl=False)
    if changes:
        click.echo("What if: " + " ".join(str(c) for c in changes))
    if not changed:
        click.echo("No ruling changed.")
        return
    click.echo(f"{len(changed)} ruling{'s' if len(changed) != 1 else ''} changed:")
    for c in changed:
        old, new = (_outcome_label(r) for r in (c.old, c.new))
        click.echo(f"  {c.id}: {old} -> {new}")
    for c in changed:
        if c.new is None:
            continue
        click.echo("")
        click.echo("=" * 78)
        click.echo(api.explanation(d2, c.new, "text"), nl=False)


def _outcome_label(r) -> str:
    if r is None:
        return "not at issue"
    return r.label if r.label == r.outcome.replace("_", " ") else f"{r.label} ({r.outcome})"


@main.command()
@click.argument("case")
@click.argument("ruling_id")
@click.option("--max-changes", default=2, show_default=True, type=click.IntRange(1, 4),
              help="The most facts or findings changed at once.")
@click.option("--budget", default=1000, show_default=True, type=click.IntRange(1, 100_000),
              help="The most change sets tried before the search stops.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 1000),
              help="How many flips to show.")
@format_option("text", "json")
@_fail_cleanly
def flip(case, ruling_id, max_changes, budget, limit, fmt):
    """The smallest sets of fact or finding changes that would change RULING_ID,
    smallest first, each verified by re-deriving the case, with the explanation
    of the changed ruling. The search is bounded and says when it was cut short.

    \b
    Example:
      lexcheck flip aiil-v-sessions specific_jurisdiction/lloyd/arizona
    """
    from lexcheck.engine import api, whatif
    from lexcheck.engine.explanations import explanation_json
    d = api.derive_case(api.open_case(case))
    ruling = api.find_ruling(d, ruling_id)
    search = whatif.flips(d.book, d, ruling.id, max_changes=max_changes, budget=budget)
    shown = search.flips[:limit]
    if fmt == "json":
        click.echo(json.dumps({
            "ruling": ruling.id, "outcome": ruling.outcome, "max_changes": max_changes, "budget": budget,
            "tried": search.tried, "cut_short": search.cut_short, "found": len(search.flips),
            "flips": [{"changes": [{"op": c.op, "atom": str(c.atom)} for c in f.changes],
                       "old": f.old, "new": f.new,
                       "explanation": _flip_json(d, f, ruling.id)} for f in shown]},
            indent=2, ensure_ascii=False))
        return
    click.echo(f"What would change {ruling.id} (now: {ruling.label}), changing at most "
               f"{max_changes} fact{'s' if max_changes > 1 else ''} or finding{'s' if max_changes > 1 else ''}:")
    state = (f"search cut short after {search.tried} change sets (budget {budget}); larger or later sets "
             f"were not tried" if search.cut_short else
             f"search complete: {search.tried} change sets tried")
    click.echo(f"{len(search.flips)} found; {state}.")
    if not search.flips:
        return
    for i, f in enumerate(shown, 1):
        d2 = whatif.rederive(d.book, d.case, f)
        new = d2.ruling(ruling.id)
        click.echo("")
        click.echo("=" * 78)
        click.echo(f"{i}. {ruling.label} -> {new.label} ({f.old} -> {f.new}), {f.size} change"
                   f"{'s' if f.size > 1 else ''}, verified by re-deriving:")
        for c in f.changes:
            kind = d.book.vocabulary.get(c.atom.pred).kind
            cite = "; ".join(sorted({x.cite for x in d.case.support(c.atom.pred, c.key[1])}))
            click.echo(f"   {c}")
            import textwrap
            said = c.describe(kind, d.explainer.sentence(c.atom)) + (f" ({cite})" if cite else "")
            click.echo("\n".join(textwrap.wrap(said, 78, initial_indent="     ", subsequent_indent="       ",
                                                break_on_hyphens=False)))
        click.echo("")
        click.echo(api.explanation(d2, new, "text"), nl=False)
    if len(search.flips) > len(shown):
        click.echo(f"\n({len(search.flips) - len(shown)} more; --limit {len(search.flips)} shows them all)")


def _flip_json(d, f, rid):
    from lexcheck.engine import whatif
    from lexcheck.engine.explanations import explanation_json
    d2 = whatif.rederive(d.book, d.case, f)
    return explanation_json(d2.ruling(rid), d2.explain(d2.ruling(rid)), d2)


@main.command()
@click.argument("case")
@_as_of_option
@_fail_cleanly
def verify(case, as_of):
    """Compare the derived rulings on CASE with what the court held.

    Exits 0 only when every recorded ruling is reproduced.

    Example: lexcheck verify aiil-v-sessions
    """
    from lexcheck.engine import api, readings, render, rulings
    d = api.derive_case(api.open_case(case, as_of=as_of))
    comparisons = rulings.verify(d)
    for line in readings.compare(d.book, d.case, d).lines():
        click.echo(line)
    click.echo(render.verify_text(d, comparisons), nl=False)
    if not comparisons:
        click.echo("lexcheck: the case file records no court rulings to compare with", err=True)
        sys.exit(1)
    sys.exit(0 if all(c.ok for c in comparisons) else 1)


@main.command(name="rules")
@format_option("text", "json")
def rules_(fmt):
    """Every rule: id, authority, gloss, the courts it binds and when it is in force.

    Example: lexcheck rules
    """
    from lexcheck.engine import render
    from lexcheck.engine.api import rulebook
    book = rulebook()
    if fmt == "json":
        click.echo(json.dumps([render.rule_json(book, r) for r in book.rules], indent=2, ensure_ascii=False))
        return
    click.echo(render.rules_text(book), nl=False)


@main.command()
@click.argument("case")
@click.argument("goal")
@_fail_cleanly
def query(case, goal):
    """Ask CASE a GOAL with variables, e.g. `expressly_aimed(D, A, arizona)`.

    Variables start with a capital letter; join literals with `and`, negate with
    `not`. The goal is parsed, never evaluated as Python.

    Example: lexcheck query aiil-v-sessions "forum_related_act(D, A, arizona)"
    """
    from lexcheck.engine import api
    api.check_goal(api.rulebook(), goal)  # a mistake in the goal is reported before the case is derived
    d = api.derive_case(api.open_case(case))
    variables, rows = api.query(d, goal)
    if not variables:
        click.echo("yes" if rows else "no")
        return
    click.echo("  ".join(variables))
    for row in rows:
        click.echo("  ".join(str(v) for v in row))
    click.echo(f"({len(rows)} answer{'s' if len(rows) != 1 else ''})")


@main.command()
@click.argument("cases", nargs=-1, required=True)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes (0: one per core).")
@format_option("jsonl", "csv")
@click.option("--grounds", is_flag=True, help="Add each ruling's element, reason and one-line ground (slower).")
@_as_of_option
def batch(cases, jobs, fmt, grounds, as_of):
    """Derive every case in CASES (folders of case files, or files): one line per case.

    Lines come out in input order (a folder's files sorted by name), whatever
    --jobs is. A file that cannot be loaded is reported on stderr and skipped;
    the exit status is then 1. A summary ends the run on stderr; a progress
    bar shows on a terminal when the output goes elsewhere.

    \b
    Example:
      lexcheck batch facts/ --jobs 2 > rulings.jsonl
      lexcheck batch docket/*.yaml --format csv
    """
    import time
    from lexcheck.engine import batch as docket
    started = time.perf_counter()
    sources = docket.inputs(cases)
    if not sources:
        click.echo("lexcheck: no case files (*.yaml) found in " + ", ".join(cases), err=True)
        sys.exit(2)
    jobs = jobs or docket.default_jobs()
    if fmt == "csv":
        click.echo(",".join(docket.CSV_COLUMNS))
    show_bar = sys.stderr.isatty() and not sys.stdout.isatty()
    n_cases = n_rulings = failures = 0
    if as_of:
        from lexcheck.engine import api
        try:
            as_of = api.with_as_of_text(as_of)
        except api.UserError as e:
            click.echo(f"lexcheck: {e}", err=True)
            sys.exit(2)
    results = docket.derive_all(sources, jobs, fmt, grounds, as_of or "")
    with click.progressbar(results, length=len(sources), file=sys.stderr, label="deriving",
                           show_pos=True, hidden=not show_bar) as bar:
        for result in bar:
            if result.error:
                failures += 1
                click.echo(f"lexcheck: skipped: {result.error}", err=True)
                continue
            n_cases += 1
            n_rulings += result.rulings
            click.echo(result.line)
    seconds = time.perf_counter() - started
    click.echo(f"lexcheck: {n_cases} case{'s' if n_cases != 1 else ''}, {n_rulings} rulings, "
               f"{failures} failure{'s' if failures != 1 else ''}, {seconds:.2f} seconds", err=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
