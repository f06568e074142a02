"""Authorities read with the field's own citation parser, Free Law Project's `eyecite`.

A rule's authority is text as the opinion gives it ("Walden v. Fiore, 571 U.S.
277, 285 (2014); ..."). `segments` splits it into plain text and the citations
eyecite recognises, each full case citation with its CourtListener citation
URL; `problems` names the parts (between semicolons) in which eyecite finds no
citation at all, so a malformed authority in the rule book is visible
(`lexcheck rules --check-cites`). Slip opinions cited by docket number and
court rules (Fed. R. Civ. P., local rules) have no reporter citation and are
listed too: they are shown as text, never linked.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

COURTLISTENER = "https://www.courtlistener.com/c/{reporter}/{volume}/{page}/"


@dataclass(frozen=True)
class Segment:
    text: str
    url: str = ""        # a CourtListener citation URL, for a full case citation
    kind: str = ""       # "case", "law", "short", "id", "supra", ... ("" for plain text)


def _kind(citation) -> str:
    name = type(citation).__name__
    return {"FullCaseCitation": "case", "FullLawCitation": "law", "FullJournalCitation": "journal",
            "ShortCaseCitation": "short", "IdCitation": "id", "SupraCitation": "supra",
            "ReferenceCitation": "reference"}.get(name, "")


def courtlistener_url(volume: str, reporter: str, page: str) -> str:
    return COURTLISTENER.format(reporter=quote(reporter, safe=""), volume=quote(volume, safe=""),
                                page=quote(page, safe=""))


@lru_cache(maxsize=None)
def _citations(text: str) -> tuple:
    from eyecite import get_citations
    out = []
    for c in get_citations(text):
        kind = _kind(c)
        if not kind:
            continue
        start, end = c.span()
        g = c.groups
        url = ""
        if kind == "case" and g.get("volume") and g.get("reporter") and g.get("page"):
            url = courtlistener_url(g["volume"], g["reporter"], g["page"])
        out.append((start, end, kind, url))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def segments(text: str) -> tuple[Segment, ...]:
    """`text` as plain and cited segments, in order; joined, they are `text`."""
    out, at = [], 0
    for start, end, kind, url in _citations(text):
        if start < at:
            continue
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], url, kind))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return tuple(out)


def problems(text: str) -> list[str]:
    """The parts of an authority (split at semicolons) in which eyecite finds no citation."""
    out, at = [], 0
    spans = _citations(text)
    for part in text.split(";"):
        start, end = at, at + len(part)
        at = end + 1
        if part.strip() and not any(s < end and e > start for s, e, _, _ in spans):
            out.append(part.strip())
    return out
