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


@main.command()
def cases():
    """List the bundled cases.

    Example: lexcheck cases
    """
    from lexcheck.engine.api import bundled_cases, open_case
    width = max((len(name) for name in bundled_cases()), default=0)
    for name in bundled_cases():
        case = open_case(name)
        click.echo(f"{name:<{width}}  {case.meta['caption']}, {case.meta['court']} {case.meta['decided'][:4]}")


@main.command()
@click.argument("name", required=False)
@click.option("--kind", type=click.Choice(["record", "finding", "derived"]), help="Only predicates of this kind.")
@format_option("text", "json")
@_fail_cleanly
def vocab(name, kind, fmt):
    """Every predicate a case file or rule may use; or NAME (a predicate or doctrine) in full.

    Shows each predicate's arguments and types, its English sentence, its kind
    (record fact, finding, or derived) and the rules that conclude and read it.

    \b
    Example:
      lexcheck vocab --kind record
      lexcheck vocab expressly_aimed
      lexcheck vocab express_aiming
    """
    from lexcheck.engine import api, reference
    book = api.rulebook()
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
@_fail_cleanly
def holdings(case, fmt):
    """The court's rulings on CASE, each derived from the rules, with its ground.

    CASE is a bundled case (see `lexcheck cases`) or a path to a case file.

    Example: lexcheck holdings aiil-v-sessions
    """
    from lexcheck.engine import api, readings, render
    d = api.derive_case(api.open_case(case))
    compared = readings.compare(d.book, d.case, d)
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
@format_option("text", "json")
@click.option("--depth", default=12, show_default=True, help="How many levels of the tree to print.")
@_fail_cleanly
def explain(case, ruling_id, fmt, depth):
    """Why RULING_ID came out as it did: the rules applied, down to the cited facts.

    Ruling ids are printed by `lexcheck holdings`.

    Example: lexcheck explain aiil-v-sessions arises_out_of/lloyd/arizona
    """
    from lexcheck.engine import api, render
    d = api.derive_case(api.open_case(case))
    try:
        ruling = d.ruling(ruling_id)
    except KeyError:
        close = [r.id for r in d.rulings if ruling_id.split("/")[0] in r.id][:5]
        hint = f"; for example {', '.join(close)}" if close else "; see `lexcheck holdings`"
        raise api.UserError(f"no ruling {ruling_id!r} in {case}{hint}") from None
    node = d.explain(ruling)
    if fmt == "json":
        click.echo(json.dumps(render.explanation_json(ruling, node), indent=2, ensure_ascii=False))
    else:
        click.echo(render.explanation_text(d, ruling, node, depth), nl=False)


@main.command()
@click.argument("case")
@_fail_cleanly
def verify(case):
    """Compare the derived rulings on CASE with what the court held.

    Exits 0 only when every recorded ruling is reproduced.

    Example: lexcheck verify aiil-v-sessions
    """
    from lexcheck.engine import api, readings, render, rulings
    d = api.derive_case(api.open_case(case))
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
    """Every rule: id, authority, decision date and gloss.

    Example: lexcheck rules
    """
    from lexcheck.engine.api import rulebook
    book = rulebook()
    if fmt == "json":
        click.echo(json.dumps([{"id": r.id, "rule": r.text, "authority": r.authority, "decided": r.decided,
                                "gloss": r.gloss, "test": r.test, "doctrine": r.doctrine} for r in book.rules],
                              indent=2, ensure_ascii=False))
        return
    from lexcheck.engine.render import _wrap
    for r in book.rules:
        click.echo(r.id)
        for line in _wrap(r.text, 4, 4) + _wrap(r.gloss, 4, 2) + _wrap(f"{r.authority} [{r.decided}]", 4, 2):
            click.echo(line)


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


if __name__ == "__main__":
    main()
