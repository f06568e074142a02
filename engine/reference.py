"""`lexcheck vocab`: the vocabulary as a reference for whoever writes a case file.

For each predicate: its arguments and their types, its English sentence, its
kind (what a case file may do with it), and the rules, limits and questions
that conclude or read it — all computed from the rule book, so it is never out
of date. A doctrine's name gives the doctrine: its header, predicates, rules.
"""
from __future__ import annotations

import difflib
import textwrap

from .casefile import GENERATED
from .rulebook import Limit, Rule, RuleBook
from .syntax import Comparison, Negated
from .vocabulary import DERIVED, FINDING, KINDS, RECORD, TYPES, Predicate

HOW = {
    RECORD: "Record fact: state it under `facts:` as `- fact: ...` with the record `cite:` it comes from.",
    FINDING: "Finding: state it under `facts:` as `- finding: ...` with the opinion `page:` that makes it "
             "(`status: denied` when the court declined to make it; leave it out to keep it open).",
    DERIVED: "Derived: only the rules conclude it; a case file never states it.",
}
HEADINGS = {
    RECORD: "Record facts — `- fact: ...` with `cite:`",
    FINDING: "Findings — `- finding: ...` with `page:`",
    DERIVED: "Derived — concluded by the rules, never stated",
}
EXAMPLE_VALUE = {"int": "13", "date": "2018-05-25", "text": '"as pleaded"'}


def _literals(body):
    for lit in body:
        if isinstance(lit, Comparison):
            continue
        yield (lit.atom, True) if isinstance(lit, Negated) else (lit, False)


def slots(p: Predicate) -> str:
    """The sentence with each slot shown as its capitalised argument name."""
    return p.sentence.format(**{a.name: a.name.capitalize() for a in p.args})


def call(p: Predicate) -> str:
    return f"{p.name}({', '.join(a.name.capitalize() for a in p.args)})"


def example(p: Predicate) -> str:
    return f"{p.name}({', '.join(EXAMPLE_VALUE.get(a.type, a.name) for a in p.args)})"


def uses(book: RuleBook, name: str) -> dict:
    """Which rules conclude and read `name`, which limits and questions mention it."""
    concluded = [r for r in book.rules if r.head.pred == name]
    read = [(r, negated) for r in book.rules for atom, negated in _literals(r.body) if atom.pred == name]
    limits = [lim for lim in book.limits
              if lim.limited.pred == name or any(a.pred == name for a, _ in _literals(lim.body))]
    questions = [q for q in book.questions
                 if name in (q.parsed_atom.pred, q.parsed_at_issue.pred,
                             q.parsed_reached.pred if q.parsed_reached else None)]
    return {"concluded_by": concluded, "read_by": read, "limits": limits, "questions": questions}


def entry_json(book: RuleBook, p: Predicate) -> dict:
    u = uses(book, p.name)
    return {"name": p.name, "kind": p.kind, "doctrine": p.doctrine,
            "args": [{"name": a.name, "type": a.type, "means": TYPES[a.type]} for a in p.args],
            "sentence": p.sentence, "exception": p.exception, "functional": p.functional,
            "written_by_loader": GENERATED.get(p.name, ""),
            "concluded_by": [r.id for r in u["concluded_by"]],
            "read_by": [{"rule": r.id, "negated": neg} for r, neg in u["read_by"]],
            "limits": [lim.id for lim in u["limits"]], "questions": [q.id for q in u["questions"]]}


def _wrap(text: str, indent: int) -> list[str]:
    from .layout import wrap
    return wrap(text, indent, 2)  # the one width policy (layout.width)


def listing(book: RuleBook, kind: str | None = None) -> str:
    """Every predicate, grouped by kind: signature, sentence, the rules that use it."""
    out = []
    for k in KINDS:
        if kind and k != kind:
            continue
        preds = [p for p in book.vocabulary if p.kind == k]
        out += [HEADINGS[k], ""]
        for p in preds:
            sig = ", ".join(f"{a.name.capitalize()}: {a.type}" for a in p.args)
            flags = [x for x, on in (("exception", p.exception), ("one value", p.functional)) if on]
            out.append(f"  {p.name}({sig})" + (f"  [{', '.join(flags)}]" if flags else ""))
            out += _wrap(slots(p), 6)
            u = uses(book, p.name)
            if p.name in GENERATED:
                out += _wrap(f"written for you from {GENERATED[p.name]}", 6)
            if u["concluded_by"]:
                out += _wrap("concluded by: " + ", ".join(r.id for r in u["concluded_by"]), 6)
            readers = sorted({r.id + (" (negated)" if neg else "") for r, neg in u["read_by"]})
            out += _wrap("read by: " + (", ".join(readers) if readers else "no rule"), 6)
            if u["limits"]:
                out += _wrap("limits: " + ", ".join(lim.id for lim in u["limits"]), 6)
        out.append("")
    out.append("`lexcheck vocab NAME` shows one predicate (or a doctrine) in full.")
    return "\n".join(out) + "\n"


def _rule_lines(r: Rule, indent: int, negated: bool = False) -> list[str]:
    out = _wrap(f"{r.id}{' (negated: an exception or absence)' if negated else ''} — {r.gloss}", indent)
    out += _wrap(r.text, indent + 4)
    out += _wrap(f"{r.authority} [{r.decided}]", indent + 4)
    return out


def _limit_lines(lim: Limit, indent: int) -> list[str]:
    out = _wrap(f"{lim.id} — never enough by itself for {lim.limits}: {lim.gloss}", indent)
    out += _wrap(f"when: {lim.pattern}", indent + 4)
    out += _wrap(f"{lim.authority} [{lim.decided}]", indent + 4)
    return out


def entry(book: RuleBook, p: Predicate) -> str:
    """One predicate in full."""
    u = uses(book, p.name)
    out = [f"{call(p)}    {p.kind} · declared in rules/{p.doctrine}.py"]
    out += _wrap(slots(p), 2)
    out.append("")
    out.append("  arguments:")
    for a in p.args:
        out += _wrap(f"{a.name.capitalize()}: {a.type} — {TYPES[a.type]}", 4)
    if p.functional:
        out += _wrap("One value: at most one value of the last argument for the others (two values are "
                     "conflicting readings of the record: a warning, and `check` compares both).", 2)
    if p.exception:
        out += _wrap("A named exception: where it holds, it defeats the element whose rule negates it.", 2)
    out.append("")
    out += _wrap(HOW[p.kind], 2)
    if p.name in GENERATED:
        out += _wrap(f"Written for you from {GENERATED[p.name]}; don't state it under `facts:`.", 2)
    elif p.kind == RECORD:
        out += ["", f"    - fact: {example(p)}", "      cite: FAC ¶ 12"]
    elif p.kind == FINDING:
        out += ["", f"    - finding: {example(p)}", "      page: Order at 14"]
    sections = [("concluded by", [ln for r in u["concluded_by"] for ln in _rule_lines(r, 4)]),
                ("read by", [ln for r, neg in u["read_by"] for ln in _rule_lines(r, 4, neg)]),
                ("limits", [ln for lim in u["limits"] for ln in _limit_lines(lim, 4)]),
                ("questions (rulings `verify` compares)",
                 [ln for q in u["questions"] for ln in _wrap(f"{q.id} — {q.title}: {q.atom} for each "
                                                             f"{q.at_issue}", 4)])]
    for title, lines in sections:
        out.append("")
        out.append(f"  {title}:" + ("" if lines else " none"))
        out += lines
    return "\n".join(out) + "\n"


def doctrine(book: RuleBook, name: str) -> str:
    """A doctrine module: its header, then its predicates and rules."""
    out = [f"doctrine {name} (rules/{name}.py)", ""]
    out += ["  " + ln if ln else "" for ln in textwrap.dedent(book.doctrines[name]).strip().splitlines()]
    preds = [p for p in book.vocabulary if p.doctrine == name]
    if preds:
        out += ["", "  predicates:"]
        for p in preds:
            out += _wrap(f"{call(p)} [{p.kind}] — {slots(p)}", 4)
    rules = [r for r in book.rules if r.doctrine == name]
    if rules:
        out += ["", "  rules:"]
        for r in rules:
            out += _rule_lines(r, 4)
    limits = [lim for lim in book.limits if lim.doctrine == name]
    if limits:
        out += ["", "  limits:"]
        for lim in limits:
            out += _limit_lines(lim, 4)
    return "\n".join(out) + "\n"


def suggest(book: RuleBook, name: str) -> list[str]:
    return difflib.get_close_matches(name, list(book.vocabulary.predicates) + list(book.doctrines), n=3, cutoff=0.6)


def symbols(book, name: str) -> dict:
    """A closed vocabulary's members ({symbol: gloss}), `court` for the declared
    courts, or `all` for the vocabularies' names."""
    voc = book.vocabulary
    if name == "all":
        return {n: voc.closed_means.get(n, "") for n in sorted(voc.closed)} | {"court": "a court a rule or a case header names"}
    if name == "court":
        return {c.names[0]: c.name for c in book.courts}
    if name not in voc.closed:
        from .api import UserError
        known = ", ".join(sorted(voc.closed) + ["court"])
        raise UserError(f"no closed vocabulary named {name!r} (known: {known})")
    return dict(sorted(voc.closed[name].items()))


def symbols_text(listing: dict) -> str:
    width = min(40, max((len(k) for k in listing), default=0))
    return "".join(f"{k.ljust(width)}  {v}".rstrip() + "\n" for k, v in listing.items())
