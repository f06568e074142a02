"""One ruling's explanation in four formats: text, JSON, Markdown and Graphviz.

Text and Markdown are read by people: the tree is laid out as a list of lines
(`lines`), each an element with its status, its sentence, and what supports it
— the rule with its gloss and authority, the record cite of a fact, the opinion
page of a finding. A failed element is followed by why it failed; an element
already explained earlier in the same explanation says so instead of repeating
itself; a named exception that defeats an element is shown once, with its rule.
JSON is for tools and keeps the whole tree (schema: engine/explanation.schema.json,
described in README); DOT draws the same tree for Graphviz.
"""
from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from . import escape
from .explain import (ABSENCE, ABSENT, COMPARISON, CUT, DENIED, EXCEPTION, FACT, FINDING_MADE, LAW, LIMIT,
                      NO_RULE_APPLIES, NOT_IN_FORCE, NOT_REACHED_KIND, OPEN, RULE_FIRED, UNDETERMINED, Attempt, Node,
                      best_attempt)
from .layout import width as terminal_width, wrap
from .rulebook import Limit, Principle, Rule

SCHEMA_VERSION = 1

STATUS = {
    RULE_FIRED: "MET", FACT: "FACT", FINDING_MADE: "FINDING", LAW: "LAW", ABSENCE: "MET",
    ABSENT: "NOT SHOWN", DENIED: "DENIED", NO_RULE_APPLIES: "NOT MET", EXCEPTION: "DEFEATED",
    LIMIT: "LIMIT", NOT_IN_FORCE: "NOT IN FORCE", CUT: "…", OPEN: "OPEN", UNDETERMINED: "UNDECIDED", NOT_REACHED_KIND: "NOT REACHED",
}


def status(node: Node) -> str:
    if node.kind == COMPARISON:
        return "TRUE" if node.holds else "FALSE"
    if node.kind in (FACT, FINDING_MADE, RULE_FIRED, LAW, ABSENCE) and node.holds is False:
        return "NOT MET"  # "it is not the case that X", where X holds
    return STATUS.get(node.kind, node.kind.upper())


def verdict_status(node: Node) -> str:
    """met / not_met / undetermined: the element's value, whatever its kind."""
    return "undetermined" if node.holds is None else "met" if node.holds else "not_met"


# -- the tree as lines ---------------------------------------------------------

@dataclass
class Line:
    depth: int
    status: str
    sentence: str
    node: Optional[Node] = None
    rule: Optional[Rule] = None
    limit: Optional[Limit] = None
    cite: str = ""
    cite_kind: str = ""      # record | opinion
    notes: list = field(default_factory=list)


@dataclass
class _Ctx:
    max_depth: int
    met_depth: int            # how far below a met element its proof is shown
    seen: set = field(default_factory=set)
    out: list = field(default_factory=list)


def lines(node: Node, max_depth: int = 12, met_depth: int = 1) -> list[Line]:
    """The explanation tree as indented lines, top-down."""
    ctx = _Ctx(max_depth, met_depth)
    if node.kind == NOT_REACHED_KIND and node.children:
        _node(node.children[0], 0, ctx, None)
    elif node.kind == UNDETERMINED and node.children and not node.attempts:
        for c in node.children:
            _node(c, 0, ctx, None)
    else:
        _node(node, 0, ctx, None)
    return ctx.out


def _cite_kind(node: Node) -> str:
    if not node.cite:
        return ""
    return "record" if node.kind == FACT else "opinion" if node.kind in (FINDING_MADE, DENIED, ABSENCE) else ""


def _emit(ctx: _Ctx, depth: int, node: Node, st: str = "", sentence: str = "", rule=None) -> Line:
    line = Line(depth, st or status(node), sentence or node.sentence, node, rule or node.rule, node.limit,
                node.cite, _cite_kind(node))
    if node.kind == ABSENT and node.limit is not None:
        line.notes.append("no party raised it, so the court did not find it")
    elif node.kind == ABSENT:
        line.notes.append("the case file does not state this")
    if node.kind == OPEN:
        line.notes.append("the case file neither makes nor denies this finding")
    ctx.out.append(line)
    return line


def _expandable(node: Node) -> bool:
    return bool(node.children or node.attempts)


def _node(node: Node, depth: int, ctx: _Ctx, budget: Optional[int]) -> None:
    """Emit `node` and what is beneath it. `budget` bounds how deep a met
    element's proof is shown (None: no bound but max_depth)."""
    kind = node.kind
    inner = node.children[0] if node.children else None
    negated_fail = node.atom.startswith("not ") and node.holds is False
    if negated_fail:
        # "it is not the case that X" failed because X holds: one line for the
        # element (with X's rule when X was concluded by one), then X's support.
        if kind == EXCEPTION and inner is not None:
            line = _emit(ctx, depth, node, "DEFEATED", f"by the exception: {inner.sentence}",
                         rule=inner.rule)
        else:
            line = _emit(ctx, depth, node, rule=inner.rule if inner is not None else None)
        if inner is None:
            return
        if inner.kind in (RULE_FIRED, LAW):
            _beneath(inner, depth, ctx, budget, line)
        else:
            _node(inner, depth + 1, ctx, budget)
        return
    if kind == ABSENCE and inner is not None and inner.kind == NO_RULE_APPLIES:
        line = _emit(ctx, depth, node)
        _attempts(inner, depth, ctx, budget, line, merge=False)
        return
    if kind == UNDETERMINED and node.atom.startswith("not ") and inner is not None:
        line = _emit(ctx, depth, node)
        _beneath(inner, depth, ctx, budget, line)
        return
    line = _emit(ctx, depth, node)
    _beneath(node, depth, ctx, budget, line)


def _beneath(node: Node, depth: int, ctx: _Ctx, budget: Optional[int], line: Line) -> None:
    if not _expandable(node):
        return
    key = (node.atom, node.kind)
    if key in ctx.seen:
        line.notes.append("as explained above")
        return
    if depth + 1 > ctx.max_depth or budget == 0:
        line.notes.append("(deeper steps omitted; --format json has them all)")
        return
    ctx.seen.add(key)
    nxt = None if budget is None else budget - 1
    for c in node.children:
        if c.kind in (LIMIT, NOT_IN_FORCE):
            continue
        _node(c, depth + 1, ctx, nxt)
    if node.attempts:
        _attempts(node, depth, ctx, budget, line)
    for c in node.children:
        if c.kind in (LIMIT, NOT_IN_FORCE):
            _node(c, depth + 1, ctx, 1)


def _attempts(node: Node, depth: int, ctx: _Ctx, budget: Optional[int], line: Line, merge: bool = True) -> None:
    """A failed or undetermined atom: the rules tried. The closest, and any that
    met at least one element, in full; the others in one line each."""
    best = best_attempt(node)
    ordered = sorted(node.attempts, key=lambda a: (a is not best, -a.progress))
    # near misses (a rule that met some element) in full near the top; deeper, only the closest
    full = [a for a in ordered if a.branches and (a is best or node.kind == UNDETERMINED
                                                  or (a.progress > 0 and depth <= 1))]
    single = merge and len(node.attempts) == 1 and len(full) == 1
    nxt = None if budget is None else budget - 1
    for a in ordered:
        if a in full:
            if single:
                line.rule = a.rule  # one rule could conclude it: say so on the element's own line
                _branches(a, depth + 1, ctx, nxt)
            else:
                ctx.out.append(Line(depth + 1, "RULE", a.rule.gloss, None, a.rule))
                _branches(a, depth + 2, ctx, nxt)
        else:
            first = a.branches[0] if a.branches else None
            why = f"{status(first).lower()}: {first.sentence}" if first else "it does not apply here"
            ctx.out.append(Line(depth + 1, "ALSO NOT", f"rule {a.rule.id} — {why}"))
    if not node.attempts and node.kind == NO_RULE_APPLIES:
        line.notes.append("no rule concludes this")


def _branches(a: Attempt, depth: int, ctx: _Ctx, budget: Optional[int]) -> None:
    shown: set = set()
    met_budget = ctx.met_depth if budget is None else min(budget, ctx.met_depth)
    for i, branch in enumerate(a.branches):
        for m in (a.met[i] if i < len(a.met) else []):
            if m.atom in shown:
                continue
            shown.add(m.atom)
            _node(m, depth, ctx, met_budget)
        _node(branch, depth, ctx, budget)
        after = a.after[i] if i < len(a.after) else []
        if after:
            ctx.out.append(Line(depth, "", "the rule's remaining elements, each with its value here:"))
            for m in after:
                _node(m, depth, ctx, 0)


# -- text ------------------------------------------------------------------------

LABEL_WIDTH = 10


def _wrap(text: str, indent: int, width: int, hang: int = 2) -> list[str]:
    return wrap(text, indent, hang, width)


def header(d, ruling, node: Node) -> list[tuple[str, str]]:
    """(kind, text) paragraphs that open every format: verdict and why, in short."""
    from .rulings import FAILS, HOLDS, NOT_REACHED
    ex = d.explainer
    out = []
    if ruling.outcome == HOLDS:
        out.append(("verdict", f"Holds: {node.sentence}."))
    elif ruling.outcome == FAILS:
        out.append(("verdict", f"Fails: it is not established that {node.sentence}."))
        out.append(("why", "First failed element: " + ruling.ground + "."))
    elif ruling.outcome == NOT_REACHED:
        cond = node.children[0] if node.children else None
        stop = best_attempt(cond) if cond is not None else None
        out.append(("verdict", f"Not reached: the court decides this only if {cond.sentence}, and that "
                               f"condition fails."))
        el, because, summary = ex.decisive(cond) if cond is not None else ("", "", "")
        out.append(("why", f"The earlier failure that stopped the court: {summary}."))
        if stop is not None:
            out.append(("authority", f"Authority for stopping there: {stop.rule.gloss} "
                                     f"({stop.rule.authority}) [rule {stop.rule.id}]."))
    else:
        out.append(("verdict", "Undetermined: this turns on findings the case file neither makes nor denies."))
        opened = node.open_findings()
        out.append(("why", "A finding either way on any of these would decide it: "
                    + "; ".join(f"{n.atom} — {n.sentence}" for n in opened) + "."))
    return out


def explanation_text(d, ruling, node: Node, max_depth: int = 12, width: Optional[int] = None,
                     routes: Optional[list] = None) -> str:
    """The ruling's explanation as an indented tree; with `routes` (every way it holds), each in turn."""
    w = width or terminal_width()
    out = _wrap(f"{ruling.question.title} — {ruling.label}  [{ruling.id}]", 0, w)
    meta = d.case.meta
    out += _wrap(f"{meta['caption']} ({meta['court']} {str(meta['decided'])[:4]})", 0, w)
    out.append("")
    for _, text in header(d, ruling, node):
        out += _wrap(text, 0, w)
    out.append("")
    if routes and len(routes) > 1:
        out += _routes_text(routes, max_depth, w)
    else:
        out += tree_text(node, max_depth, w)
    return "\n".join(out) + "\n"


def _routes_text(routes: list, max_depth: int, w: int) -> list[str]:
    out = _wrap(f"It holds {len(routes)} ways; each in turn:", 0, w)
    for i, r in enumerate(routes, 1):
        out += [""] + _wrap(f"Route {i} of {len(routes)}" + (f": rule {r.rule.id}" if r.rule else ""), 0, w)
        out += tree_text(r, max_depth, w)
    return out


def tree_text(node: Node, max_depth: int = 12, w: Optional[int] = None) -> list[str]:
    """An explanation tree as indented, wrapped lines."""
    w = w or terminal_width()
    out = []
    for line in lines(node, max_depth):
        ind = 2 * line.depth
        pad = ind + LABEL_WIDTH
        if line.status:
            first = f"{line.status:<{LABEL_WIDTH - 1}} {line.sentence}"
            out += _wrap(first, ind, w, LABEL_WIDTH)
        else:
            out += _wrap(line.sentence, ind, w, 2)
        if line.rule is not None and line.status not in ("RULE",):
            out += _wrap(f"rule {line.rule.id}: {line.rule.gloss}", pad, w)
            out += _wrap(line.rule.authority, pad + 2, w)
        elif line.status == "RULE":
            out += _wrap(f"rule {line.rule.id}", pad, w)
            out += _wrap(line.rule.authority, pad + 2, w)
        if line.limit is not None:
            label = "principle" if isinstance(line.limit, Principle) else "limit"
            out += _wrap(f"{label} {line.limit.id}: {line.limit.authority}", pad, w)
        if line.cite:
            out += _wrap(f"{line.cite_kind}: {line.cite}" if line.cite_kind else line.cite, pad, w)
        for note in line.notes:
            out += _wrap(note, pad, w)
    return out


def atom_text(d, pattern: str, instances: list, refutation: Optional[Node], max_depth: int = 12,
              width: Optional[int] = None) -> str:
    """Any atom: each instance that holds with its proof (or every route), or why none does."""
    w = width or terminal_width()
    meta = d.case.meta
    out = _wrap(f"{pattern}", 0, w) + _wrap(f"{meta['caption']} ({meta['court']} {str(meta['decided'])[:4]})", 0, w)
    out.append("")
    if refutation is not None:
        out += _wrap(f"Does not hold: it is not established that {refutation.sentence}.", 0, w) + [""]
        out += tree_text(refutation, max_depth, w)
        return "\n".join(out) + "\n"
    if len(instances) > 1:
        out += _wrap(f"Holds for {len(instances)} bindings; each in turn.", 0, w)
    for atom, routes in instances:
        out += [""] * (len(instances) > 1) + _wrap(f"Holds: {routes[0].sentence}.  [{atom}]", 0, w) + [""]
        out += _routes_text(routes, max_depth, w) if len(routes) > 1 else tree_text(routes[0], max_depth, w)
    return "\n".join(out) + "\n"


def atom_json(d, pattern: str, instances: list, refutation: Optional[Node]) -> dict:
    from .contract import envelope
    m = d.case.meta
    memo: dict = {}
    return envelope("lexcheck.atom_explanation", {
        "case": {"id": m["id"], "caption": m["caption"], "court": m["court"], "decided": str(m["decided"])},
        "atom": pattern, "holds": refutation is None,
        "instances": [{"atom": a, "routes": [node_json(r, memo) for r in routes]} for a, routes in instances],
        "refutation": node_json(refutation, memo) if refutation is not None else None})


# -- JSON -----------------------------------------------------------------------

def _rule_json(r) -> dict:
    return {"id": r.id, "gloss": r.gloss, "authority": r.authority, "decided": r.decided}


def node_json(node: Node, memo: Optional[dict] = None) -> dict:
    """A node as JSON data. With `memo` (a dict kept across calls), a sub-proof
    the explainer shares is converted once and the same dict is returned for
    it again, so a report over every ruling stays small in memory; the data is
    the same either way."""
    if memo is not None:
        got = memo.get(id(node))
        if got is not None:
            return got[1]
    out = _node_json(node, memo)
    if memo is not None:
        memo[id(node)] = (node, out)  # the node is kept so its id is not reused
    return out


def _node_json(node: Node, memo: Optional[dict]) -> dict:
    out = {"kind": node.kind, "status": verdict_status(node), "holds": node.holds,
           "sentence": node.sentence, "atom": node.atom}
    if node.rule is not None:
        out["rule"] = _rule_json(node.rule)
    if node.limit is not None:
        out["limit"] = _rule_json(node.limit)
    if node.cite:
        out["cite"] = node.cite
        kind = _cite_kind(node)
        if kind:
            out["cite_kind"] = kind
    out["children"] = [node_json(c, memo) for c in node.children]
    if node.attempts:
        out["attempts"] = [
            {"rule": _rule_json(a.rule),
             "branches": [{"met": [node_json(m, memo) for m in (a.met[i] if i < len(a.met) else [])],
                           "failed": node_json(b, memo),
                           "after": [node_json(m, memo) for m in (a.after[i] if i < len(a.after) else [])]}
                          for i, b in enumerate(a.branches)]}
            for a in node.attempts]
    return out


def explanation_json(ruling, node: Node, d=None, memo: Optional[dict] = None,
                     routes: Optional[list] = None) -> dict:
    out = {"schema": "lexcheck.explanation", "version": SCHEMA_VERSION}
    if d is not None:
        m = d.case.meta
        out["case"] = {"id": m["id"], "caption": m["caption"], "court": m["court"], "decided": str(m["decided"])}
    out.update({"ruling": ruling.as_dict(), "verdict": ruling.outcome, "summary": ruling.ground,
                "open_findings": [{"atom": n.atom, "sentence": n.sentence} for n in node.open_findings()],
                "tree": node_json(node, memo)})
    if routes is not None:
        out["routes"] = [node_json(r, memo) for r in routes]
    return out


def schema() -> dict:
    """The JSON Schema every `explanation_json` output satisfies."""
    text = resources.files("lexcheck.engine").joinpath("explanation.schema.json").read_text("utf-8")
    return json.loads(text)


# -- Markdown --------------------------------------------------------------------

_SIGNALS = r"see also |see |See |cf\. |quoting |citing |adopting |discussing "
_SIGNAL = "(?:" + _SIGNALS + ")"
_SPLIT = re.compile(r"(; |\((?=" + _SIGNAL + r"))")
_CASE_NAME = re.compile(r"^(" + _SIGNAL + r")?(.+?)(?=, (?:\d+ [A-Z]|No\. |\d{4} WL))")
_SHORT_FORM = re.compile(r"[A-Z][\w.'\-]+")


def cite_md(authority: str) -> str:
    """A citation as a memo writes it: case names in italics, the rest as is
    (statutes and rules stay roman)."""
    out = []
    for part in _SPLIT.split(authority):
        m = _CASE_NAME.match(part)
        if m:
            name = m.group(2)
            if " v. " in name or name.startswith("In re ") or _SHORT_FORM.fullmatch(name):
                part = (m.group(1) or "") + f"*{name}*" + part[m.end(2):]
        out.append(part)
    return "".join(out)


_MD_STATUS = {"MET": "Met", "FACT": "Fact", "FINDING": "Finding", "LAW": "Law", "NOT SHOWN": "Not shown",
              "DENIED": "Finding denied", "NOT MET": "Not met", "DEFEATED": "Defeated", "LIMIT": "Limit", "NOT IN FORCE": "Not in force",
              "OPEN": "Open finding", "UNDECIDED": "Undetermined", "RULE": "Rule", "ALSO NOT": "Also not met",
              "TRUE": "True", "FALSE": "False", "…": "…"}


def _md_escape(text: str) -> str:
    return escape.md(text)


def explanation_md(d, ruling, node: Node, max_depth: int = 12) -> str:
    m = d.case.meta
    case_cite = f"*{escape.md(m['caption'])}*" + (f", {escape.md(m['citation'])}" if m.get("citation") else "") + \
        (f", No. {escape.md(m['docket'])}" if m.get("docket") else "") + \
        f" ({escape.md(m['court'])} {escape.md(str(m['decided'])[:4])})"
    out = [f"### {ruling.question.title}: {ruling.label}", "",
           f"Ruling `{ruling.id}` in {case_cite}.", ""]
    for _, text in header(d, ruling, node):
        out += [_md_escape(text) if "(" not in text else _md_cited(text), ""]
    for line in lines(node, max_depth):
        ind = "  " * line.depth
        st = _MD_STATUS.get(line.status, line.status.title())
        sentence = _md_escape(line.sentence)
        if line.status == "RULE":
            text = f"**Rule** `{line.rule.id}`: {_md_escape(line.rule.gloss)} {cite_md(line.rule.authority)}."
        elif st:
            text = f"**{st}:** {sentence}"
        else:
            text = f"*{sentence}*"
        extra = []
        if line.rule is not None and line.status != "RULE":
            extra.append(f"Rule `{line.rule.id}`: {_md_escape(line.rule.gloss)} {cite_md(line.rule.authority)}.")
        if line.limit is not None:
            label = "Principle" if isinstance(line.limit, Principle) else "Limit"
            extra.append(f"{label} `{line.limit.id}`: {cite_md(line.limit.authority)}.")
        if line.cite:
            text += f" ({_md_escape(line.cite)})."
        elif st and line.status != "RULE" and not text.endswith("."):
            text += "."
        extra += [f"*{_md_escape(n)}*" for n in line.notes]
        out.append(f"{ind}- {text}")
        for e in extra:
            out.append(f"{ind}  {e}")
    return "\n".join(out).rstrip() + "\n"


def _md_cited(text: str) -> str:
    """A header paragraph holding citations in parentheses: escape, then italicise case names inside."""
    return re.sub(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", lambda m: "(" + cite_md(m.group(1)) + ")",
                  _md_escape(text).replace("\\[", "[").replace("\\]", "]"))


# -- Graphviz ----------------------------------------------------------------------

# fill, border, shape, style: met green; failed red; defeating exception orange
# octagon, bold; limit a dashed note; open or undetermined yellow, dashed.
_DOT_STYLE = {
    "met": ("#d9ead3", "#38761d", "box", "rounded,filled"),
    "failed": ("#f4cccc", "#990000", "box", "rounded,filled"),
    "exception": ("#fce5cd", "#b45f06", "octagon", "filled,bold"),
    "limit": ("#fff9e6", "#7f6000", "note", "filled,dashed"),
    "open": ("#fff2cc", "#bf9000", "box", "rounded,filled,dashed"),
    "rule": ("#ffffff", "#666666", "ellipse", "filled"),
    "not_reached": ("#eeeeee", "#666666", "box", "rounded,filled,dashed"),
}


def _dot_class(node: Node) -> str:
    if node.kind == EXCEPTION:
        return "exception"
    if node.kind in (LIMIT, NOT_IN_FORCE):
        return "limit"
    if node.kind == NOT_REACHED_KIND:
        return "not_reached"
    if node.holds is None:
        return "open"
    return "met" if node.holds else "failed"


def _dot_label(*parts: str, width: int = 30) -> str:
    lines_ = []
    for p in parts:
        if p:
            lines_ += textwrap.wrap(p, width=width, break_long_words=False) or [""]
    return "\\n".join(escape.dot(x) for x in lines_)


def _party_groups(d, nodes: list) -> list:
    """`nodes` (siblings) with those that differ only in which party of one role (which plaintiff,
    which defendant) gathered: each item is (node, []) or (first, [every member]) for a group."""
    from .syntax import parse_atom
    parties = getattr(getattr(d, "case", None), "parties", None) or {}
    keyed: dict = {}
    order: list = []
    for n in nodes:
        key = None
        if n.atom and n.kind != EXCEPTION:
            try:
                atom = parse_atom(n.atom)
            except Exception:
                atom = None
            if atom is not None:
                args = [str(a) for a in atom.args]
                for i, a in enumerate(args):
                    if a in parties:
                        sub = n.rule.id if n.rule is not None else n.limit.id if n.limit is not None else ""
                        key = (n.kind, n.holds, atom.pred, sub, i, parties[a].role,
                               tuple(args[:i]), tuple(args[i + 1:]))
                        break
        if key is None or key not in keyed:
            keyed[key if key is not None else ("one", id(n))] = [n]
            order.append(key if key is not None else ("one", id(n)))
        else:
            keyed[key].append(n)
    out = []
    for k in order:
        group = keyed[k]
        out.append((group[0], group if len(group) > 1 else []))
    return out


def _dot_width(lines_: list) -> int:
    """Roughly how wide Graphviz draws a node of these label lines (10 pt Helvetica), in px."""
    return 6 * max((len(x) for x in lines_), default=1) + 40


def explanation_dot(d, ruling, node: Node, max_depth: int = 12, max_width: int = 2000) -> str:
    """A ruling's tree as a Graphviz digraph, drawn to stay readable: each identical sub-proof once
    (a DAG: several parents point at one node), siblings that differ only in which party of one
    role as one node "for each of N plaintiffs", and, when it would still be wider than about
    `max_width` px, laid out left to right, cut at the depth that fits with a node naming the
    deeper steps (--format json has them all)."""
    body: list = []
    ids: dict = {}
    widths: dict = {}
    expanded: set = set()
    edges: dict = {}
    PARTY_ROLE_PLURAL = {"": "parties"}

    def add(n: Node, extra: str = "", group: list = ()) -> tuple:
        key = (n.kind, n.atom, n.holds, extra, tuple(m.atom for m in group))
        if key in ids:
            return ids[key], key
        nid = f"n{len(ids)}"
        ids[key] = nid
        cls = _dot_class(n)
        fill, border, shape, style = _DOT_STYLE[cls]
        st = status(n) if n.kind != EXCEPTION else "DEFEATED BY EXCEPTION"
        sentence = n.children[0].sentence if n.kind == EXCEPTION and n.children else n.sentence
        if group:
            names, role = _group_names(d, n, group)
            first = names[0]
            sentence = sentence.replace(first, "each") if first and first in sentence else sentence
            roles = PARTY_ROLE_PLURAL.get(role, role + "s")
            st = f"{st}, for each of {len(group)} {roles} ({', '.join(names)})"
        sub = n.rule.id if n.rule is not None else n.limit.id if n.limit is not None else n.cite
        label = _dot_label(st, sentence) + ("\\n" + _dot_label(f"[{sub}]") if sub else "")
        widths[nid] = _dot_width(label.split("\\n"))
        pen = ', penwidth=2' if cls in ("exception", "failed") else ""
        peripheries = ", peripheries=2" if group else ""
        body.append(f'  {nid} [label="{label}", shape={shape}, style="{style}", fillcolor="{fill}", '
                    f'color="{border}"{pen}{peripheries}];')
        return nid, key

    def plain(nid: str, text: str, cls: str, shape: str = "box", style: str = "") -> str:
        fill, border, shape_, style_ = _DOT_STYLE[cls]
        label = _dot_label(text)
        widths[nid] = _dot_width(label.split("\\n"))
        body.append(f'  {nid} [label="{label}", shape={shape or shape_}, style="{style or style_}", '
                    f'fillcolor="{fill}", color="{border}"];')
        return nid

    def edge(a: str, b: str, failed: bool) -> None:
        if (a, b) not in edges:
            edges[(a, b)] = failed

    def walk(n: Node, depth: int, group: list = ()) -> str:
        nid, key = add(n, group=group)
        if depth >= max_depth or key in expanded:
            return nid
        expanded.add(key)
        kids = n.children
        if n.kind == EXCEPTION and n.children and n.children[0].rule is not None:
            kids = list(n.children[0].children)
        for c, members in _party_groups(d, kids):
            edge(nid, walk(c, depth + 1, members), c.holds is False)
        for a in n.attempts:
            if not a.branches:
                continue
            rid = plain(f"r{len(ids)}", "tried rule " + a.rule.id, "rule", "ellipse", "filled")
            ids[("rule", a.rule.id, n.atom, id(a))] = rid
            edge(nid, rid, False)
            # the closest call in full; the other ways it was tried (often one per plaintiff) as one node,
            # so the picture stays readable (the HTML report and --format json have each of them)
            for i, b in enumerate(a.branches[:1]):
                for m, members in _party_groups(d, a.met[i] if i < len(a.met) else []):
                    edge(rid, walk(m, max_depth, members), False)
                edge(rid, walk(b, depth + 2), b.holds is not True)
            rest = a.branches[1:]
            if rest:
                failed = list(dict.fromkeys(b.sentence for b in rest))
                more = f"and {len(rest)} other way{'s' if len(rest) != 1 else ''} it was tried, each failing at: "
                shown = "; ".join(failed[:2]) + (f"; and {len(failed) - 2} more" if len(failed) > 2 else "")
                cid = f"m{len(ids)}"
                ids[("more", a.rule.id, n.atom, id(a))] = cid
                plain(cid, more + shown, "failed" if any(b.holds is False for b in rest) else "open",
                      "box", "rounded,filled,dashed")
                edge(rid, cid, True)
        return nid

    root = walk(node, 0)
    rankdir, body, edges = _fit(root, body, edges, widths, max_width)
    out = ["digraph explanation {",
           f'  graph [rankdir={rankdir}, fontname="Helvetica", fontsize=11, labelloc=t, '
           f'label="{_dot_label(f"{ruling.question.title}: {ruling.label} [{ruling.id}]", width=90)}"];',
           '  node [fontname="Helvetica", fontsize=10];',
           '  edge [color="#666666"];']
    out += body
    out += [f'  {a} -> {b}' + (' [color="#990000", penwidth=2];' if failed else ";") for (a, b), failed in edges.items()]
    out.append("}")
    return "\n".join(out) + "\n"


def _group_names(d, n: Node, group: list) -> tuple:
    """The names of a party group's members (in order) and their role."""
    from .syntax import parse_atom
    parties = d.case.parties
    names, role = [], ""
    for m in group:
        for a in parse_atom(m.atom).args:
            if str(a) in parties:
                p = parties[str(a)]
                names.append(p.name or p.id)
                role = p.role or ""
                break
    return names, role


def _layers(root: str, edges: dict) -> dict:
    """Each node's rank as Graphviz assigns it: the longest path from the root."""
    kids: dict = {}
    for a, b in edges:
        kids.setdefault(a, []).append(b)
    rank = {root: 0}
    order: list = []
    seen: set = set()

    def visit(v):  # topological order (the graph is a DAG: explanations never cycle)
        stack = [(v, iter(kids.get(v, ())))]
        seen.add(v)
        while stack:
            u, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                order.append(u)
                stack.pop()
            elif nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, iter(kids.get(nxt, ()))))
    visit(root)
    for u in reversed(order):
        for w in kids.get(u, ()):
            rank[w] = max(rank.get(w, 0), rank[u] + 1)
    return rank


def _fit(root: str, body: list, edges: dict, widths: dict, max_width: int) -> tuple:
    """(rankdir, node lines, edges): top to bottom if that fits in `max_width` px (estimated from the
    label widths), else left to right if that does; else cut at the deepest rank that fits either way,
    the failing chain kept whole where it fits (else cut too), each cut node pointing at "(k deeper
    steps: see --format json)"; left to right and whole when not even the first ranks fit."""
    rank = _layers(root, edges)
    by_rank: dict = {}
    for v, r in rank.items():
        by_rank.setdefault(r, []).append(v)
    # Graphviz spreads a wide rank out to uncross its edges: a rank's nodes side by side take about
    # 1.4 times their own widths (measured on the bundled cases' rulings)
    row = [1.4 * sum(widths.get(v, 150) + 20 for v in by_rank[r]) for r in sorted(by_rank)]
    if max(row) <= max_width:
        return "TB", body, edges
    col = [max(widths.get(v, 150) for v in by_rank[r]) + 40 for r in sorted(by_rank)]
    if sum(col) <= max_width:
        return "LR", body, edges
    # cut where the most ranks still fit, top to bottom (the widest rank decides) or left to right
    # (the ranks' widths add up); the reason it came out as it did stays whole below the cut: every
    # step down the red (failing) edges from the root, through each rule tried
    out_of: dict = {}
    for (a, b), failed in edges.items():
        if failed or b.startswith("r"):  # r: a rule tried (and failing)
            out_of.setdefault(a, []).append(b)
    chain, stack = {root}, [root]
    while stack:
        for b in out_of.get(stack.pop(), ()):
            if b not in chain:
                chain.add(b)
                stack.append(b)
    cut_width = 200

    def estimate(kept: set, keep: int, rankdir: str) -> float:
        ranks: dict = {}
        for v in kept:
            ranks.setdefault(rank[v], []).append(widths.get(v, 150))
        for v in {a for (a, b) in edges if a in kept and b not in kept}:  # each cut node, a rank below
            ranks.setdefault(rank[v] + 1, []).append(cut_width)
        if rankdir == "TB":
            return 1.4 * max(sum(w + 20 for w in ws) for ws in ranks.values())
        return sum(max(ws) + 40 for ws in ranks.values())

    best = None
    for rankdir in ("TB", "LR"):
        for keep in range(len(by_rank) - 1, 0, -1):
            kept = {v for v, r in rank.items() if r < keep} | chain
            if estimate(kept, keep, rankdir) <= max_width:
                if best is None or keep > best[1]:
                    best = (rankdir, keep, kept)
                break
    if best is None:  # not even the failing chain fits: keep one path of it whole, with as many ranks
        # as fit: its path to a defeating exception if it has one (that decided the ruling), else its deepest
        parent, queue = {root: None}, [root]
        for v in queue:
            for b in out_of.get(v, ()):
                if b not in parent:
                    parent[b] = v
                    queue.append(b)
        octagons = {line.split(" ", 3)[2] for line in body if "shape=octagon" in line}
        end = next((v for v in queue if v in octagons), max(queue, key=lambda v: rank.get(v, 0)))
        path = []
        while end is not None:
            path.append(end)
            end = parent[end]
        for rankdir in ("TB", "LR"):
            for keep in range(len(by_rank) - 1, 0, -1):
                kept = {v for v, r in rank.items() if r < keep} | set(path)
                if estimate(kept, keep, rankdir) <= max_width:
                    if best is None or keep > best[1]:
                        best = (rankdir, keep, kept)
                    break
    if best is None:  # not even one path fits: left to right and whole
        return "LR", body, edges
    rankdir, keep, kept = best
    body = [line for line in body if line.split(" ", 3)[2] in kept]
    kids: dict = {}
    for a, b in edges:
        kids.setdefault(a, []).append(b)
    new_edges = {k: f for k, f in edges.items() if k[0] in kept and k[1] in kept}
    for v in sorted({a for (a, b) in edges if a in kept and b not in kept}):
        below, stack, seen = 0, [v], {v}
        while stack:  # the deepest rank under v
            u = stack.pop()
            below = max(below, rank[u] - rank[v])
            for w in kids.get(u, ()):
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        steps = f"({below} deeper step{'s' if below != 1 else ''}: see --format json)"
        cid = f"cut_{v}"
        body.append(f'  {cid} [label="{_dot_label(steps)}", shape=plaintext, fontcolor="#666666"];')
        new_edges[(v, cid)] = False
    return rankdir, body, new_edges
