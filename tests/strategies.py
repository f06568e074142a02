"""Hypothesis strategies: whole, valid, random cases in lexcheck's own vocabulary.

A generated case is plain data of the same shape as a parsed `facts/*.yaml`
file (``case``, ``parties``, ``counts``, ``facts``), so it goes through the
same loader (`load_case_data`) and its validation. Each strategy is a small
named noun with keyword arguments that pin a choice (``cases(forum="texas")``,
``acts(national_policymaking="made")``); every draw is constructive and
bounded (at most four plaintiffs, four defendants, four acts), so nothing is
filtered away.

Besides the strategies, this module holds the few operations the properties
apply to such data: add facts, rename parties, reorder facts, load, derive.
"""
from __future__ import annotations

import copy
from functools import lru_cache

from hypothesis import strategies as st

from lexcheck.engine.api import bundled_cases, rulebook
from lexcheck.engine.casefile import load_case_data, read_yaml
from lexcheck.engine.rulings import run
from lexcheck.engine.syntax import Atom, parse_atom

# Small pools keep collisions (two acts in one place, two defendants ordering one
# agent) frequent enough that the interesting interactions happen.
STATES = ("arizona", "massachusetts", "texas", "new_york", "florida")
CIRCUITS = ("ninth", "first", "fifth", "second")
AGENCIES = ("doj", "dhs", "hhs", "orr", "ice", "cbp", "white_house")
RANKS = ("cabinet_secretary", "agency_head", "senior_advisor", "field_officer")
REGIONS = ("southern_border", "east_coast")
AGENTS = ("field_office", "shelter_staff", "sector_chief")  # non-party actors
CONSPIRACIES = ("separation_conspiracy", "cover_up")
RIGHTS = ("fifth_amendment_family_integrity", "section_1985_3_conspiracy", "ftca_negligence")
# A finding the case file leaves out is *open*, and a ruling that turns on it is
# undetermined (engine/kleene.py). Cases decide their findings unless asked for
# open ones (`open_findings=True`), so that two-valued statements of the doctrine
# can be checked; the Kleene properties draw open ones on purpose.
DECIDED = ("denied", "denied", "made")  # shrinking goes to the first: denied
WITH_OPEN = ("open", "open", "denied", "made")
MAX_PARTIES = 4
MAX_ACTS = 4

# Cites and pages never change a ruling; `cases` numbers them in order (fewer draws, faster).
CITE, PAGE = "Compl. ¶ 1", "Order at 1"


def fact(text: str, cite: str = "Compl. ¶ 1") -> dict:
    return {"fact": text, "cite": cite}


def finding(text: str, status: str = "made", page: str = "Order at 1") -> dict:
    """A finding item; status `open` means the case file leaves it out."""
    item = {"finding": text, "page": page}
    if status == "denied":
        item["status"] = "denied"
    return item


def _pick(draw, pinned, strategy):
    return draw(strategy) if pinned is None else pinned


def _subset(draw, pool, max_size=2):
    return draw(st.lists(st.sampled_from(tuple(pool)), unique=True, max_size=max_size)) if pool else []


def _places(forum):
    # the forum comes up about half the time, so forum contacts are common
    return st.one_of(st.just(forum), st.sampled_from(STATES))


# -- parties ------------------------------------------------------------------

@st.composite
def plaintiffs(draw, *, ids=None, forum="arizona", children=None, max_size=MAX_PARTIES):
    """Adults and children (any age 0-17), where each child was held long-term,
    whose child each is, where each felt the harm. `children=True/False` pins
    every plaintiff to a child/an adult. Returns {"parties": [...], "facts": [...]}."""
    ids = ids or [f"p{i}" for i in range(1, draw(st.integers(1, max_size)) + 1)]
    parties, facts, adults, kids = [], [], [], []
    for pid in ids:
        parties.append({"id": pid, "name": pid.upper(), "role": "plaintiff", "cite": CITE})
        (kids if _pick(draw, children, st.booleans()) else adults).append(pid)
    for kid in kids:
        facts.append(fact(f"age_at_separation({kid}, {draw(st.integers(0, 17))})", CITE))
        held = draw(st.one_of(st.none(), _places(forum)))
        if held:
            facts.append(fact(f"custodial_placement_in({kid}, {held})", CITE))
        if adults and draw(st.booleans()):
            facts.append(fact(f"child_of({kid}, {draw(st.sampled_from(adults))})", CITE))
    for pid in ids:
        for state in _subset(draw, (forum,) + STATES, 1):
            facts.append(fact(f"harm_felt_in({pid}, {state})", CITE))
    return {"parties": parties, "facts": facts}


@st.composite
def defendants(draw, *, ids=None, forum="arizona", moved=None, max_size=MAX_PARTIES):
    """Officials: agency, rank, supervisory position, conspiracy membership,
    whether each moved to dismiss (`moved=True` pins it), domicile and whether
    general jurisdiction is argued."""
    ids = ids or [f"d{i}" for i in range(1, draw(st.integers(1, max_size)) + 1)]
    parties, facts = [], []
    for did in ids:
        agency = draw(st.sampled_from(AGENCIES))
        parties.append({"id": did, "name": did.upper(), "role": "defendant", "agency": agency,
                        "rank": draw(st.sampled_from(RANKS)), "cite": CITE})
        if _pick(draw, moved, st.integers(0, 5).map(bool)):
            facts.append(fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({did})", CITE))
        if draw(st.booleans()):
            facts.append(fact(f"supervisory_position({did}, {agency})", CITE))
        for c in _subset(draw, CONSPIRACIES, 1):
            facts.append(fact(f"conspiracy_member({did}, {c})", CITE))
        if draw(st.integers(0, 3).map(lambda n: n == 3)):
            facts.append(fact(f"argued_general_jurisdiction({did})", CITE))
        home = draw(st.one_of(st.none(), _places(forum)))
        if home:
            facts.append(fact(f"domiciled_in({did}, {home})", CITE))
    return {"parties": parties, "facts": facts}


# -- acts -----------------------------------------------------------------------

@st.composite
def acts(draw, act_id="act1", *, defendant_ids=("d1",), plaintiff_ids=("p1",), forum="arizona",
         pleaded=None, national_policymaking=None, open_findings=False):
    """One act: who performed it, who ordered which agent to do it, which
    non-party carried it out, where it took place, which region it was directed
    at, how it is alleged (complaint or only a brief; contradicted by an
    affidavit; supported by the plaintiffs' evidence), whether intentional,
    aimed at the plaintiff class, licensing tender-age facilities (and whether
    such facilities existed before), against which plaintiffs, and the finding
    of national policymaking (`made`, `denied` or `open`)."""
    a = act_id
    facts = []

    def add(text):
        facts.append(fact(text, CITE))

    for d in _subset(draw, defendant_ids):
        add(f"performed({d}, {a})")
    for d in _subset(draw, defendant_ids, 1):
        add(f"ordered({d}, {draw(st.sampled_from(AGENTS))}, {a})")
    for agent in _subset(draw, AGENTS, 1):
        add(f"carried_out_by({agent}, {a})")
    for state in draw(st.lists(_places(forum), unique=True, max_size=2)):
        add(f"took_place_in({a}, {state})")
    for region in _subset(draw, REGIONS, 1):
        add(f"directed_at_region({a}, {region})")
    if _pick(draw, pleaded, st.integers(0, 3).map(bool)):
        add(f"pleaded_in_complaint({a})")
    if draw(st.booleans()):
        add(f"asserted_in_brief({a})")
    if draw(st.integers(0, 3).map(lambda n: n == 3)):
        add(f"contradicted_by_affidavit({a})")
        if draw(st.booleans()):
            add(f"plaintiff_evidence_supports({a})")
    if draw(st.integers(0, 3).map(bool)):
        add(f"intentional_act({a})")
    if draw(st.booleans()):
        add(f"aimed_at_plaintiff_class({a})")
    if draw(st.integers(0, 2).map(lambda n: n == 2)):
        where = draw(_places(forum))
        add(f"licensed_tender_age_facilities_in({a}, {where})")
        if draw(st.booleans()):
            add(f"tender_age_facilities_existed_before({a}, {where})")
    for p in _subset(draw, plaintiff_ids):
        add(f"act_against({a}, {p})")
    status = _pick(draw, national_policymaking, st.sampled_from(WITH_OPEN if open_findings else DECIDED))
    if status != "open":
        facts.append(finding(f"national_policymaking({a})", status, PAGE))
    return facts


@st.composite
def counts(draw, *, defendant_ids=("d1",), max_size=2):
    """Counts with the right each invokes, against some defendants or all."""
    out = []
    for i in range(1, draw(st.integers(0, max_size)) + 1):
        against = draw(st.one_of(st.just("all_defendants"),
                                 st.lists(st.sampled_from(tuple(defendant_ids)), unique=True, min_size=1)))
        out.append({"id": f"count_{i}", "title": f"Count {i}", "right": draw(st.sampled_from(RIGHTS)),
                    "against": against, "cite": CITE})
    return out


# -- whole cases ---------------------------------------------------------------

@st.composite
def cases(draw, *, forum=None, circuit=None, plaintiff_ids=None, defendant_ids=None, n_acts=None,
          moved=None, pleaded=None, national_policymaking=None, children=None, discovery=None,
          unreasonableness=None, open_findings=False):
    """A whole case as plain data. Pins: `forum`, `circuit`; the party ids; the
    number of acts; `moved` (every defendant moved to dismiss); `pleaded`
    (every act pleaded in the complaint); `national_policymaking` and
    `unreasonableness` (made/denied/open for every act / every defendant);
    `children` (every plaintiff a child); `discovery` (requested or not);
    `open_findings` (leave some findings open, so some rulings are undetermined)."""
    # weighted towards a forum whose long arm reaches due process, in the Ninth Circuit,
    # so that jurisdiction holds often enough to test what follows from it
    forum = _pick(draw, forum, st.sampled_from(("arizona", "arizona", "massachusetts") + STATES))
    circuit = _pick(draw, circuit, st.sampled_from(("ninth", "ninth", "first") + CIRCUITS))
    ps = draw(plaintiffs(ids=plaintiff_ids, forum=forum, children=children))
    ds = draw(defendants(ids=defendant_ids, forum=forum, moved=moved))
    p_ids = [p["id"] for p in ps["parties"]]
    d_ids = [d["id"] for d in ds["parties"]]
    facts = ps["facts"] + ds["facts"]
    n = _pick(draw, n_acts, st.integers(1, MAX_ACTS))
    for i in range(1, n + 1):
        facts += draw(acts(f"act{i}", defendant_ids=d_ids, plaintiff_ids=p_ids, forum=forum,
                           pleaded=pleaded, national_policymaking=national_policymaking,
                           open_findings=open_findings))
    # where the agents stood, and which states each region takes in
    for agent in AGENTS:
        for state in _subset(draw, (forum,) + STATES, 1):
            facts.append(fact(f"agent_located_in({agent}, {state})", CITE))
    for region in REGIONS:
        for state in _subset(draw, (forum,) + STATES, 2):
            facts.append(fact(f"region_includes({region}, {state})", CITE))
    limit = draw(st.one_of(st.none(), st.integers(0, 17)))
    if limit is not None:
        facts.append(fact(f"tender_age_limit({limit})", CITE))
    if _pick(draw, discovery, st.booleans()):
        facts.append(fact(f"requested_jurisdictional_discovery({forum})", CITE))
    states = WITH_OPEN if open_findings else DECIDED
    status = draw(st.sampled_from(states))
    if status != "open":
        facts.append(finding(f"more_satisfactory_showing_needed({forum})", status, PAGE))
    for d in d_ids:
        status = _pick(draw, unreasonableness, st.sampled_from(states))
        if status != "open":
            facts.append(finding(f"compelling_case_of_unreasonableness({d}, {forum})", status, PAGE))
    for n, item in enumerate(facts, start=10):
        if "fact" in item:
            item["cite"] = f"Compl. ¶ {n}"
        else:
            item["page"] = f"Order at {n % 40 + 1}"
    return {
        "case": {"id": "generated", "caption": "Generated v. Case", "court": "D. Test", "circuit": circuit,
                 "forum": forum, "decided": "2022-01-01", "motion": "Motion to dismiss (Doc. 1)"},
        "parties": ps["parties"] + ds["parties"],
        "counts": draw(counts(defendant_ids=d_ids)),
        "facts": facts,
    }


@lru_cache(maxsize=None)
def _bundled_data(name: str) -> dict:
    path = bundled_cases()[name]
    return read_yaml(path.read_text(encoding="utf-8"), str(path))[0]


def bundled(name: str) -> dict:
    """A bundled case's parsed data (a fresh copy), for `@example`."""
    return copy.deepcopy(_bundled_data(name))


# -- operations on case data ------------------------------------------------------

def load(data: dict):
    """The case, through the real loader (raises CaseFileError on any problem)."""
    return load_case_data(data, rulebook().vocabulary, "<generated>")


def derivation(data: dict):
    book = rulebook()
    return run(book, load_case_data(data, book.vocabulary, "<generated>"))


def with_items(data: dict, items: list) -> dict:
    """A copy with more fact/finding items."""
    out = copy.deepcopy(data)
    out["facts"] = list(out.get("facts") or []) + list(items)
    return out


def party_ids(data: dict, role: str) -> list:
    return [p["id"] for p in data.get("parties") or [] if p["role"] == role]


def act_ids(data: dict) -> list:
    """Every act the case's facts mention (the first `symbol`-typed `act` argument)."""
    vocab = rulebook().vocabulary
    found = set()
    for item in data.get("facts") or []:
        atom = parse_atom(item.get("fact") or item.get("finding"))
        for arg, value in zip(vocab.get(atom.pred).args, atom.args):
            if arg.name == "act":
                found.add(value)
    return sorted(found)


def renamed(data: dict, mapping: dict) -> dict:
    """A copy with every party id (and act symbol) in `mapping` replaced, wherever it appears."""
    vocab = rulebook().vocabulary
    out = copy.deepcopy(data)
    for p in out["parties"]:
        p["id"] = mapping.get(p["id"], p["id"])
    for c in out.get("counts") or []:
        if isinstance(c["against"], list):
            c["against"] = [mapping.get(d, d) for d in c["against"]]
    for item in out.get("facts") or []:
        key = "fact" if "fact" in item else "finding"
        item[key] = rename_atom(parse_atom(item[key]), mapping, vocab)
    for item in out.get("rulings") or []:
        item["ruling"] = rename_atom(parse_atom(item["ruling"]), mapping, vocab)
    return out


def rename_atom(atom: Atom, mapping: dict, vocab=None) -> str:
    vocab = vocab or rulebook().vocabulary
    p = vocab.get(atom.pred)
    args = [mapping.get(v, v) if a.type in ("party", "symbol") and isinstance(v, str) else v
            for a, v in zip(p.args, atom.args)]
    return str(Atom(atom.pred, tuple(args)))


def reordered(data: dict, permutation: list) -> dict:
    """A copy with the facts, and the parties, in another order — except that statements of a
    one-value fact (`age_at_separation`) keep their order among themselves: where the record
    conflicts, the first statement is the reading `holdings` uses (engine/readings.py)."""
    vocab = rulebook().vocabulary
    out = copy.deepcopy(data)
    facts = out.get("facts") or []
    order = [facts[i] for i in permutation]

    def one_value(item):
        return vocab.get(parse_atom(item.get("fact") or item.get("finding")).pred).functional
    pinned = iter([f for f in facts if one_value(f)])
    out["facts"] = [next(pinned) if one_value(f) else f for f in order]
    out["parties"] = list(reversed(out["parties"]))
    return out


__all__ = ["cases", "plaintiffs", "defendants", "acts", "counts", "bundled", "load", "derivation",
           "with_items", "renamed", "reordered", "party_ids", "act_ids", "fact", "finding"]
