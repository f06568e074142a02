"""`lexcheck report`: one case's rulings as one self-contained HTML file.

Built on the explanation data (`explanation.schema.json`), not on the
explainer: `report_data` gathers the case header, the parties and counts, the
layout of the grids (party x issue; per count, defendant x issue) and every
ruling's explanation as JSON data; `html` renders that data through a jinja2
template with every value escaped. Nothing is fetched when the file is opened:
the stylesheet and the small script that filters it are inline.

An explanation sub-proof that recurs (the same element, proved or refuted the
same way, under many rulings) is drawn once, where it first appears, and
referenced after that; rulings decided on the same ground for many parties are
grouped ("11 defendants: ...").
"""
from __future__ import annotations

import hashlib
import json
import re
from importlib import resources
from typing import Optional

from markupsafe import Markup, escape

from . import cites, contract
from .explanations import explanation_json
from .syntax import python_value

SCHEMA = "lexcheck.report"

OUTCOME_TEXT = {"holds": "holds", "fails": "fails", "not_reached": "not reached", "undetermined": "undetermined"}
OUTCOME_MARK = {"holds": "✓", "fails": "✗", "not_reached": "–", "undetermined": "?"}


# -- the data ------------------------------------------------------------------------

def report_data(d, progress=None) -> dict:
    """Everything the report shows, as JSON data. `progress(i, n)` is called after each ruling."""
    memo: dict = {}
    book, case = d.book, d.case
    explanations = []
    for i, r in enumerate(d.rulings, 1):
        explanations.append(explanation_json(r, d.explain(r), d, memo))
        if progress:
            progress(i, len(d.rulings))
    vocab = book.vocabulary

    def arg_types(q):
        return [a.type for a in vocab.get(q.parsed_atom.pred).args]

    questions, layout = [], {"party_grid": [], "count_grids": []}
    for q in book.questions:
        if not any(r.question is q for r in d.rulings):
            continue
        types = arg_types(q)
        questions.append({"id": q.id, "title": q.title, "short": q.short or q.title, "arg_types": types})
        if types[:1] == ["party"] and len(types) > 1:
            layout["party_grid"].append(q.id)
        elif types[:2] == ["count", "party"]:
            layout["count_grids"].append(q.id)
    parties_of, names = {}, {}
    for r in d.rulings:
        types = arg_types(r.question)
        parties_of[r.id] = [a for a, t in zip(r.atom.args, types) if t == "party"]
        for arg, a in zip(vocab.get(r.atom.pred).args, r.atom.args):
            names.setdefault(str(python_value(a)), str(d.explainer.shown(arg, python_value(a))))
    m = case.meta
    return contract.envelope(SCHEMA, {
        "case": {k: str(m[k]) for k in ("id", "caption", "court", "decided", "docket", "judge", "motion",
                                        "citation", "forum") if m.get(k) not in (None, "")},
        "parties": [{"id": p.id, "name": p.name, "role": p.role} for p in case.parties.values()],
        "counts": [{"id": c.id, "title": c.title, "cite": c.cite} for c in case.counts.values()],
        "questions": questions,
        "layout": layout,
        "ruling_parties": parties_of,
        "names": names,
        "explanations": explanations,
    })


def schema() -> dict:
    return contract.schema(SCHEMA)


# -- from data to HTML ---------------------------------------------------------------

_LEAF_LABEL = {"fact": "FACT", "finding": "FINDING", "law": "LAW", "absent": "NOT SHOWN", "denied": "DENIED",
               "open": "OPEN", "limit": "LIMIT", "cut": "…", "comparison": "TRUE"}


def node_label(n: dict) -> str:
    kind, holds = n["kind"], n["holds"]
    if kind == "comparison":
        return "TRUE" if holds else "FALSE"
    if kind == "exception":
        return "DEFEATED"
    if kind == "not_reached":
        return "NOT REACHED"
    if kind == "undetermined" or holds is None:
        return "OPEN" if kind == "open" else "UNDECIDED"
    if kind in ("fact", "finding", "law", "rule", "absence") and holds is False:
        return "NOT MET"
    if kind in _LEAF_LABEL:
        return _LEAF_LABEL[kind]
    return "MET" if holds else "NOT MET"


def authority_html(text: str) -> Markup:
    """An authority with each full case citation linked to CourtListener."""
    out = []
    for s in cites.segments(text):
        if s.url:
            out.append(Markup('<a class="cite" href="{}" rel="noreferrer">{}</a>').format(s.url, s.text))
        else:
            out.append(escape(s.text))
    return Markup("").join(out)


class _Tree:
    """Draws explanation nodes; a recurring sub-proof is drawn once and referenced."""

    def __init__(self):
        self.digests: dict = {}   # id(node dict) -> digest
        self.drawn: set = set()
        self.keep: list = []
        self.homes: dict = {}     # digest -> the ruling under which it is drawn
        self.ruling = ""
        self.parts: dict = {}     # a rule's line, drawn once for the page -> its number
        self.parties: dict = {}   # party id -> {"name", "role"}: siblings differing only in one are grouped

    def part(self, html: Markup) -> Markup:
        """A rule's line (id, gloss, authority) recurs thousands of times in a large case's trees: the
        page holds each once, as a `<template id="m-N">`, and a tree holds `<mN>` where it goes (data
        is escaped, so `<m` can only be this)."""
        k = self.parts.setdefault(str(html), len(self.parts))
        return Markup("<m{}>").format(k)

    def digest(self, n: dict) -> str:
        got = self.digests.get(id(n))
        if got is not None:
            return got
        parts = [n["kind"], n["status"], n["sentence"], n["atom"], (n.get("rule") or {}).get("id", ""),
                 (n.get("limit") or {}).get("id", ""), n.get("cite", "")]
        parts += ["c"] + [self.digest(c) for c in n["children"]]
        for a in n.get("attempts", ()):
            parts.append("a" + a["rule"]["id"])
            for b in a["branches"]:
                parts += ["m"] + [self.digest(x) for x in b["met"]] + ["f", self.digest(b["failed"])]
                parts += ["r"] + [self.digest(x) for x in b["after"]]
        h = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()
        self.digests[id(n)] = h
        self.keep.append(n)
        return h

    def meta(self, n: dict) -> Markup:
        out = []
        for key, word in (("rule", "rule"), ("limit", "limit")):
            r = n.get(key)
            if r:
                out.append(self.part(Markup('<div class="rule">{} <code>{}</code>: {} <span class="auth">{}</span> '
                                            '<span class="date">[{}]</span></div>').format(
                    word, r["id"], r["gloss"], authority_html(r["authority"]), r["decided"])))
        if n.get("cite"):
            kind = n.get("cite_kind", "")
            word = {"record": "record", "opinion": "opinion"}.get(kind, "cite")
            out.append(Markup('<div class="src src-{}">{}: <span class="c">{}</span></div>').format(
                kind or "other", word, n["cite"]))
        if n["kind"] == "absent":
            out.append(Markup('<div class="note">the case file does not state this</div>'))
        if n["kind"] == "open":
            out.append(Markup('<div class="note">the case file neither makes nor denies this finding</div>'))
        return Markup("").join(out)

    def badge(self, n: dict) -> Markup:
        label = node_label(n)
        return Markup('<span class="b b-{}">{}</span>').format(n["status"], label)

    def node(self, n: dict, open_: bool = False) -> Markup:
        """One node as an `<li>`: a leaf as a line; an inner node as a `<details>`."""
        sentence = n["sentence"]
        if n["kind"] == "exception" and n["children"]:
            sentence = "by the exception: " + n["children"][0]["sentence"]
        inner = bool(n["children"] or n.get("attempts"))
        if not inner:
            return Markup('<li class="leaf st-{}">{} <span class="s">{}</span>{}</li>').format(
                n["status"], self.badge(n), sentence, self.meta(n))
        h = self.digest(n)
        if h in self.drawn:
            # drawn once already: a reference whose body the page fills from the first drawing when opened
            return Markup('<li class="ref st-{}"><details data-ref="p-{}"><summary>{} <span class="s">{}</span> '
                          '<a class="same" href="#p-{}">as shown earlier</a></summary></details></li>').format(
                n["status"], h, self.badge(n), sentence, h)
        self.drawn.add(h)
        self.homes["p-" + h] = self.ruling
        body = [self.meta(n)]
        kids = [c for c in n["children"] if c["kind"] != "limit"]
        limits = [c for c in n["children"] if c["kind"] == "limit"]
        if kids:
            body.append(Markup('<ul>{}</ul>').format(self.siblings(kids)))
        for a in n.get("attempts", ()):
            body.append(self.attempt(a, open_ and len(n["attempts"]) == 1))
        if limits:
            body.append(Markup('<ul>{}</ul>').format(Markup("").join(self.node(c) for c in limits)))
        return Markup('<li class="inner st-{}" id="p-{}"><details{}><summary>{} <span class="s">{}</span>'
                      '</summary>{}</details></li>').format(
            n["status"], h, Markup(" open") if open_ else "", self.badge(n), sentence, Markup("").join(body))

    def siblings(self, kids: list) -> Markup:
        """Sibling nodes, those that differ only in which party of one role (which plaintiff, which
        defendant) drawn as one node "for each of N plaintiffs (names)" that opens onto each."""
        out = []
        for first, group in _party_groups(kids, self.parties):
            if not group:
                out.append(self.node(first))
                continue
            each, sentence = self.each(first, group)
            out.append(Markup('<li class="group st-{}"><details><summary>{} <span class="s">{}</span> '
                              '<span class="each">{}</span></summary><ul>{}</ul></details></li>').format(
                first["status"], self.badge(first), sentence, each, Markup("").join(self.node(m) for m, _ in group)))
        return Markup("").join(out)

    def each(self, first: dict, group: list) -> tuple:
        """("for each of N plaintiffs (names)", the first member's sentence with its party's name as "each")."""
        names = [self.parties[pid]["name"] or pid for _, pid in group]
        role = self.parties[group[0][1]]["role"] or "party"
        sentence = first["sentence"]
        if names[0] and names[0] in sentence:
            sentence = sentence.replace(names[0], "each", 1)
        roles = "parties" if role == "party" else role + "s"
        return f"for each of {len(group)} {roles} ({', '.join(names)})", sentence

    def attempt(self, a: dict, open_: bool = False) -> Markup:
        r = a["rule"]
        branches = a["branches"]
        head = self.part(Markup('<span class="b b-rule">RULE TRIED</span> <code>{}</code>: {} '
                                '<span class="auth">{}</span>').format(r["id"], r["gloss"],
                                                                      authority_html(r["authority"])))
        if not branches:
            return Markup('<div class="attempt">{} — it does not apply here</div>').format(head)
        def way(i: int, b: dict) -> Markup:
            parts = [self.node(x) for x in b["met"]] + [self.node(b["failed"])]
            if b["after"]:
                parts.append(Markup('<li class="after">the rule\'s remaining elements, each with its value here:'
                                    '<ul>{}</ul></li>').format(Markup("").join(self.node(x) for x in b["after"])))
            label = Markup("way {} of {}").format(i, len(branches)) if len(branches) > 1 else Markup("")
            return Markup('<li class="branch"><span class="way">{}</span><ul>{}</ul></li>').format(
                label, Markup("").join(parts))

        # ways that differ only in which plaintiff (or defendant) they were tried for: one item, "for each
        # of N plaintiffs", that opens onto each way
        index = {id(b["failed"]): i for i, b in enumerate(branches, 1)}
        items = []
        for first, group in _party_groups([b["failed"] for b in branches], self.parties):
            if not group:
                items.append(way(index[id(first)], branches[index[id(first)] - 1]))
                continue
            each, sentence = self.each(first, group)
            items.append(Markup('<li class="branch group"><details><summary><span class="each">{}</span>: {} '
                                '<span class="s">{}</span></summary><ol class="branches">{}</ol></details></li>').format(
                each, self.badge(first), sentence,
                Markup("").join(way(index[id(m)], branches[index[id(m)] - 1]) for m, _ in group)))
        return Markup('<div class="attempt"><details{}><summary>{} <span class="ways">(tried {} way{})</span>'
                      '</summary><ol class="branches">{}</ol></details></div>').format(
            Markup(" open") if open_ else "", head, len(branches), "s" if len(branches) != 1 else "", Markup("").join(items))


def _party_groups(nodes: list, parties: dict) -> list:
    """Sibling node dicts with those that differ only in which party of one role gathered, in first-seen
    order: each item is (node, []) or (first, [(member, party id), ...]) for a group of two or more."""
    from .syntax import parse_atom
    keyed: dict = {}
    for n in nodes:
        key, pid = ("one", id(n)), None
        if n.get("atom") and n["kind"] != "exception":
            try:
                args = [str(a) for a in parse_atom(n["atom"]).args]
            except Exception:
                args = []
            for i, a in enumerate(args):
                if a in parties:
                    sub = (n.get("rule") or {}).get("id", "") or (n.get("limit") or {}).get("id", "")
                    key = (n["kind"], n["status"], n["atom"].split("(")[0], sub, i, parties[a]["role"],
                           tuple(args[:i]), tuple(args[i + 1:]))
                    pid = a
                    break
        keyed.setdefault(key, []).append((n, pid))
    return [(group[0][0], group if len(group) > 1 else []) for group in keyed.values()]


def _name_pattern(names: list[str]) -> Optional[re.Pattern]:
    names = sorted({n for n in names if n}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def _groups(rulings: list[dict], parties: dict) -> list[dict]:
    """Rulings of one question decided alike: same outcome, element, reason and ground but for the
    party's name. Each group: its rulings and the ground as shown for the first."""
    pattern = _name_pattern([p["name"] for p in parties.values()])
    groups: dict = {}
    for x in rulings:
        r = x["ruling"]
        ground = r["ground"] or ""
        key_ground = pattern.sub("\x00", ground) if pattern else ground
        key = (r["outcome"], r["element"], r["because"], key_ground)
        groups.setdefault(key, []).append(x)
    return [{"outcome": k[0], "ground": v[0]["ruling"]["ground"], "rulings": v} for k, v in groups.items()]


def html(data: dict) -> str:
    """The report as one HTML document."""
    from jinja2 import Environment, select_autoescape
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(resources.files("lexcheck.engine").joinpath("report.html.j2").read_text("utf-8"))
    tree = _Tree()
    parties = {p["id"]: p for p in data["parties"]}
    tree.parties = parties
    by_id = {x["ruling"]["id"]: x for x in data["explanations"]}
    questions = {q["id"]: q for q in data["questions"]}

    def party_name(pid) -> str:
        p = parties.get(pid)
        return p["name"] if p else str(pid)

    # party x issue
    grid_cols = [questions[q] for q in data["layout"]["party_grid"]]
    grid_rows: dict = {}
    for x in data["explanations"]:
        r = x["ruling"]
        if r["question"] in data["layout"]["party_grid"]:
            grid_rows.setdefault(r["args"][0], {})[r["question"]] = r
    party_grid = [{"party": pid, "name": party_name(pid), "cells": row}
                  for pid, row in sorted(grid_rows.items(), key=lambda kv: _order(parties, kv[0]))]
    # per count: defendant x issue
    count_grids = []
    for c in data["counts"]:
        rows: dict = {}
        for x in data["explanations"]:
            r = x["ruling"]
            if r["question"] in data["layout"]["count_grids"] and r["args"][0] == c["id"]:
                rows.setdefault(r["args"][1], {})[r["question"]] = r
        if not rows:
            continue
        cols = [questions[q] for q in data["layout"]["count_grids"] if any(q in row for row in rows.values())]
        count_grids.append({"count": c, "cols": cols,
                            "rows": [{"party": pid, "name": party_name(pid), "cells": row}
                                     for pid, row in sorted(rows.items(), key=lambda kv: _order(parties, kv[0]))]})
    # every ruling, by issue, with its explanation and the grouped grounds
    sections = []

    def draw(x) -> Markup:
        tree.ruling = x["ruling"]["id"]
        return _inert(tree.node(x["tree"], open_=True))

    for q in data["questions"]:
        mine = [x for x in data["explanations"] if x["ruling"]["question"] == q["id"]]
        groups = _groups(mine, parties)
        for g in groups:
            firsts = [p for x in g["rulings"] for p in data["ruling_parties"][x["ruling"]["id"]][:1]]
            g["names"] = [party_name(p) for p in firsts] if len(firsts) == len(g["rulings"]) else []
            g["parties"] = sorted({p for x in g["rulings"] for p in data["ruling_parties"][x["ruling"]["id"]]})
            g["who"] = _who([parties.get(p, {}).get("role", "") for p in firsts])
        sections.append({"q": q, "groups": groups, "rulings": [
            {"id": x["ruling"]["id"], "r": x["ruling"], "summary": x["summary"],
             "parties": data["ruling_parties"][x["ruling"]["id"]],
             "what": _what(x["ruling"], data, party_name),
             "tree": draw(x),
             "open": x["open_findings"]} for x in mine]})
    outcomes = [o for o in OUTCOME_TEXT if any(x["verdict"] == o for x in data["explanations"])]
    counts = {o: sum(x["verdict"] == o for x in data["explanations"]) for o in outcomes}
    return template.render(
        data=data, case=data["case"], parties=[p for p in data["parties"] if any(
            p["id"] in ps for ps in data["ruling_parties"].values())],
        party_grid=party_grid, grid_cols=grid_cols, count_grids=count_grids, sections=sections,
        outcomes=outcomes, outcome_counts=counts, OUTCOME_TEXT=OUTCOME_TEXT, OUTCOME_MARK=OUTCOME_MARK,
        by_id=by_id, party_name=party_name, total=len(data["explanations"]),
        unparsed=_unparsed(data), parts=[Markup(p) for p in tree.parts], homes=Markup(json.dumps(tree.homes, ensure_ascii=False).replace("</", "<\\/")))


def _inert(tree: Markup) -> Markup:
    """A ruling's tree as the text of a script block the browser does not run or lay out: the page
    builds it into the document only when the ruling is opened (or printed), so a report of hundreds of
    rulings loads as fast as its grids. Every value in it is escaped, so it cannot close the block."""
    if "</script" in tree.lower() or "<!--" in tree:
        raise ValueError("an explanation tree would end its script block")
    return tree


def _order(parties: dict, pid) -> tuple:
    """Parties by id, as `lexcheck holdings` lists them."""
    return (str(pid),)


def _who(roles: list[str]) -> str:
    """"11 defendants", "2 plaintiffs", "3 parties"."""
    n = len(roles)
    role = roles[0] if roles and len(set(roles)) == 1 and roles[0] else "party"
    noun = role if n == 1 else ("parties" if role == "party" else role + "s")
    return f"{n} {noun}"


def _what(r: dict, data: dict, party_name) -> str:
    """The ruling's arguments in words: as prose reads them (`names`), else parties by name, counts by title."""
    counts = {c["id"]: c for c in data["counts"]}
    names = data.get("names", {})
    out = []
    for a in r["args"]:
        if a in names:
            out.append(names[a])
        elif a in counts:
            out.append(f"{a}: {counts[a]['title']}")
        elif a == data["case"].get("forum"):
            out.append(str(a).replace("_", " ").title())
        else:
            out.append(party_name(a))
    return ", ".join(out)


def _unparsed(data: dict) -> list[str]:
    seen: dict = {}
    for x in data["explanations"]:
        _authorities(x["tree"], seen, set())
    return sorted({p for a in seen for p in cites.problems(a)})


def _authorities(n: dict, out: dict, visited: set) -> None:
    if id(n) in visited:
        return
    visited.add(id(n))
    for key in ("rule", "limit"):
        if n.get(key):
            out[n[key]["authority"]] = True
    for c in n["children"]:
        _authorities(c, out, visited)
    for a in n.get("attempts", ()):
        out[a["rule"]["authority"]] = True
        for b in a["branches"]:
            for x in b["met"] + [b["failed"]] + b["after"]:
                _authorities(x, out, visited)

