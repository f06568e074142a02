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

from casebuilder import DECISION_DATE, court_for
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
# A party's `kind:`, drawn from the rule book's closed vocabulary (check warns on any other).
PARTY_KINDS = tuple(sorted(rulebook().vocabulary.closed["party_kind"]))
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
    """A finding item: made, denied, or open (argued, and left undecided)."""
    item = {"finding": text, "page": page}
    if status in ("denied", "open"):
        item["status"] = status
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
        if draw(st.integers(0, 3).map(lambda n: n == 3)):  # Mavrix: where the injured interest had its value
            facts.append(fact(f"interest_valued_in_market_of({pid}, {draw(_places(forum))})", CITE))
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
        if draw(st.integers(0, 3).map(lambda n: n == 3)):
            parties[-1]["kind"] = draw(st.sampled_from(PARTY_KINDS))
        if _pick(draw, moved, st.integers(0, 5).map(bool)):
            facts.append(fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({did})", CITE))
        if draw(st.booleans()):
            facts.append(fact(f"supervisory_position({did}, {agency})", CITE))
        for c in _subset(draw, CONSPIRACIES, 1):
            facts.append(fact(f"conspiracy_member({did}, {c})", CITE))
        if draw(st.integers(0, 3).map(lambda n: n == 3)):
            facts.append(fact(f"argued_general_jurisdiction({did})", CITE))
        if draw(st.integers(0, 3).map(lambda n: n == 3)):  # Schwarzenegger: tort claims take the effects test
            facts.append(fact(f"claims_sound_in_tort({did})", CITE))
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
    # issue 14's elements, each now and then: a step in a proceeding pending somewhere (Morrill); a contact
    # made at a plaintiff's request (Picot); a contract with a plaintiff, where its obligations lie and whose
    # law it chose (Burger King); an agent acting for a defendant (Sher, Myers); the knowledge a pre-Walden
    # targeting rule needed (Bancroft)
    if draw(st.integers(0, 3).map(lambda n: n == 3)):
        add(f"step_in_proceeding({a}, proceeding_{a})")
        add(f"proceeding_pending_in(proceeding_{a}, {draw(_places(forum))})")
    for p in _subset(draw, plaintiff_ids, 1) if draw(st.integers(0, 3).map(lambda n: n == 3)) else ():
        add(f"made_at_request_of({a}, {p})")
    # the First Circuit's relatedness finding (United Elec. Workers; Harlow), now and then, for some plaintiffs
    for p in _subset(draw, plaintiff_ids, 1) if draw(st.integers(0, 3).map(lambda n: n == 3)) else ():
        facts.append(finding(f"forum_contact_material_to_claim({a}, {p})",
                             draw(st.sampled_from(WITH_OPEN if open_findings else DECIDED)), PAGE))
    for p in _subset(draw, plaintiff_ids, 1) if draw(st.integers(0, 2).map(lambda n: n == 2)) else ():
        add(f"contracted_with({a}, {p})")
        for state in _subset(draw, (forum,) + STATES, 1):
            add(f"contract_obligations_in({a}, {state})")
        for state in _subset(draw, (forum,) + STATES, 1):
            add(f"chose_law_of({a}, {state})")
    for agent in _subset(draw, AGENTS, 1) if draw(st.integers(0, 3).map(lambda n: n == 3)) else ():
        if not any(f.get("fact") == f"carried_out_by({agent}, {a})" for f in facts):
            add(f"carried_out_by({agent}, {a})")
        add(f"acted_as_agent_of({agent}, {draw(st.sampled_from(tuple(defendant_ids)))}, {a})")
    for p in _subset(draw, plaintiff_ids, 1) if draw(st.integers(0, 3).map(lambda n: n == 3)) else ():
        add(f"knew_located_in_when_acting({a}, {p}, {draw(_places(forum))})")
    status = _pick(draw, national_policymaking, st.sampled_from(WITH_OPEN if open_findings else DECIDED))
    facts.append(finding(f"national_policymaking({a})", status, PAGE))  # "open": argued, undecided
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
    facts.append(finding(f"more_satisfactory_showing_needed({forum})", status, PAGE))
    for d in d_ids:
        status = _pick(draw, unreasonableness, st.sampled_from(states))
        facts.append(finding(f"compelling_case_of_unreasonableness({d}, {forum})", status, PAGE))
        # the First Circuit's own reasonableness finding (Ticketmaster; Sawtelle)
        status = draw(st.sampled_from(states))
        facts.append(finding(f"gestalt_factors_defeat_jurisdiction({d})", status, PAGE))
    for n, item in enumerate(facts, start=10):
        if "fact" in item:
            item["cite"] = f"Compl. ¶ {n}"
        else:
            item["page"] = f"Order at {n % 40 + 1}"
    return {
        "case": {"id": "generated", "caption": "Generated v. Case", "court": court_for(circuit), "circuit": circuit,
                 "forum": forum, "decided": DECISION_DATE, "motion": "Motion to dismiss (Doc. 1)"},
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
    """A copy with more fact/finding items; a finding given here replaces the
    file's own item for it (so a finding argued and left open gets decided)."""
    out = copy.deepcopy(data)
    def key(item):
        return "".join(item["finding"].split()) if "finding" in item else None
    new = {key(i) for i in items if key(i)}
    out["facts"] = [f for f in out.get("facts") or [] if key(f) not in new] + list(items)
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


# -- merits: Bivens, qualified immunity, § 1985(3)/§ 1986, FTCA, amendment ----
# Merits cases use their own small pools (the personal-jurisdiction ones above stay as they are):
# a motion to dismiss for failure to state a claim (`m1`), an optional motion for leave to amend
# (`m2`), officials of every rank from line officer to cabinet secretary, counts under every right
# the merits rules know and one they do not, and the findings the merits rules read, each stated
# as made or denied (or, with `open_findings=True`, sometimes left open).

from datetime import date, timedelta  # noqa: E402  (this section's own import: the top is the lead's)

MERITS_FORUMS = {"arizona": "ninth", "massachusetts": "first", "district_of_columbia": "dc", "texas": "fifth"}
MERITS_AGENCIES = ("doj", "dhs", "ice", "cbp", "hhs")
MERITS_RANKS = ("line_officer", "line_officer", "agency_head", "cabinet_secretary", "senior_advisor",
                "member_of_congress")
HIGH_RANKS = ("agency_head", "cabinet_secretary", "senior_advisor")


def law_members(pred: str, position: int = 0) -> tuple:
    """The members of a closed set as the rule book declares them: argument `position` of every law fact
    (a rule with no body) concluding `pred` — e.g. the rights (`right_clause`) or the special factors
    (`special_factor_kind`). Generators draw from these, never from a hand list."""
    return tuple(sorted({str(r.head.args[position]) for r in rulebook().rules
                         if r.is_law_fact and r.head.pred == pred}))


# an unknown right (a misspelling of a known one): `check` names it and no claim on it is decided
UNKNOWN_RIGHT = "first_amendment_retalation"
# the constitutional rights the rule book declares (bivens_new_context and rights), and one it does not
BIVENS_RIGHTS = law_members("right_clause") + (UNKNOWN_RIGHT,)
# every special factor the Supreme Court has named, as the rule book declares them
ARGUABLE_FACTORS = law_members("special_factor_kind")
SECTION_1985, SECTION_1986 = "section_1985_3_conspiracy", "section_1986_neglect_to_prevent"
FTCA_RIGHT = "ftca_negligence"
MERITS_RIGHTS = ("fourth_amendment_unreasonable_seizure", "fifth_amendment_equal_protection",
                 "eighth_amendment_medical_care", "fifth_amendment_family_integrity",
                 SECTION_1985, SECTION_1986, SECTION_1985, SECTION_1986, FTCA_RIGHT)
CONSPIRACY_RIGHTS = (SECTION_1985, SECTION_1986)
SETTINGS = ("immigration_detention", "border_enforcement", "home_search_and_arrest", "federal_prison",
            "congressional_employment")
SPECIAL_FACTORS = ("challenge_to_general_policy", "executive_deliberations", "congressional_action",
                   "prosecutorial_discretion", "national_security", "alternative_remedies")
STATUTES = (("iirira", "immigration"), ("tvpra", "immigration"), ("title_ix", "education"))
AREAS = ("immigration", "education")
REMEDIES = ("class_action", "ftca_claims")  # ftca_claims is also the FTCA claim the plaintiffs propose
INTRACORPORATE_1985 = "intracorporate_doctrine_inapplicable_to_section_1985"
INTRACORPORATE_AGENCY = "intracorporate_doctrine_inapplicable_across_agencies"
PROPOSITIONS = (INTRACORPORATE_1985, INTRACORPORATE_AGENCY)
COURTS = ("supreme_court", "ninth_circuit", "first_circuit", "dc_circuit", "fifth_circuit", "district_court")
MERITS_CONSPIRACIES = ("k1", "k2")
# the defences and party kinds besides qualified immunity (statutory_immunity, absolute_immunity,
# sovereign_immunity), and the functions and protected rights the rule book declares
OTHER_DEFENCES = ("asserted_statutory_immunity", "asserted_absolute_immunity", "asserted_sovereign_immunity",
                  "federal_agency", "sued_in_official_capacity", "sue_and_be_sued_clause")
FUNCTIONS = law_members("function_kind")
PROTECTED_RIGHTS = law_members("protected_against_private_encroachment") + law_members(
    "protected_only_against_state_action")
# The three recognised contexts, feature by feature as the opinions describe them: the right, the
# officer's rank and the setting (Hernandez v. Mesa, 140 S. Ct. 735, 743-44 (2020)).
PRECEDENT_CLAIMS = {"bivens": ("fourth_amendment_unreasonable_seizure", "line_officer", "home_search_and_arrest"),
                    "davis": ("fifth_amendment_equal_protection", "member_of_congress", "congressional_employment"),
                    "carlson": ("eighth_amendment_medical_care", "line_officer", "federal_prison")}
# One departure from a recognised context each (Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017)).
# `rank_other` swaps a line officer and a member of Congress (each precedent's officers were one of them).
DEPARTURES = ("setting", "right", "rank_other", "rank_agency_head", "rank_cabinet_secretary", "rank_senior_advisor",
              "involvement", "official_action", "noncitizen", "minor", "category")


def _status(draw, open_findings, pinned=None):
    return _pick(draw, pinned, st.sampled_from(WITH_OPEN if open_findings else DECIDED))


def _decide(facts, text, status):
    facts.append(finding(text, status, PAGE))  # "open": argued, undecided


def _rare():
    """True one time in five (shrinks to False)."""
    return st.integers(0, 4).map(lambda n: n == 4)


def _weighted(n):
    """True n times in n + 1 (shrinks to False)."""
    return st.integers(0, n).map(bool)


@st.composite
def merits_plaintiffs(draw, *, max_size=3, children=None, noncitizens=None):
    """Plaintiffs, each an adult (with or without an age) or a child (0-17) and perhaps a noncitizen;
    `children` / `noncitizens` pin every plaintiff. Returns {"parties": [...], "facts": [...]}."""
    parties, facts = [], []
    for i in range(1, draw(st.integers(1, max_size)) + 1):
        pid = f"p{i}"
        parties.append({"id": pid, "name": pid.upper(), "role": "plaintiff", "cite": CITE})
        if _pick(draw, children, st.booleans()):
            facts.append(fact(f"age_at_separation({pid}, {draw(st.integers(0, 17))})"))
        elif draw(st.booleans()):
            facts.append(fact(f"age_at_separation({pid}, {draw(st.integers(18, 60))})"))
        if _pick(draw, noncitizens, st.booleans()):
            facts.append(fact(f"noncitizen({pid})"))
    return {"parties": parties, "facts": facts}


@st.composite
def merits_defendants(draw, *, max_size=3, federal=None, within_scope=None, immunity=None, joined=None,
                      ranks=MERITS_RANKS, other_defences=None):
    """Officials with an agency and a rank (from `ranks`); `federal`, `within_scope`, `immunity` (pleads
    qualified immunity) and `joined` (joined the motion to dismiss, m1) pin every defendant;
    `other_defences` (rarely drawn unless pinned) adds statutory, absolute and sovereign immunity, a
    defendant that is a federal agency or sued in an official capacity, and a sue-and-be-sued clause."""
    parties, facts = [], []
    for i in range(1, draw(st.integers(1, max_size)) + 1):
        did = f"d{i}"
        parties.append({"id": did, "name": did.upper(), "role": "defendant",
                        "agency": draw(st.sampled_from(MERITS_AGENCIES)), "rank": draw(st.sampled_from(ranks)),
                        "cite": CITE})
        if _pick(draw, federal, _weighted(4)):
            facts.append(fact(f"federal_officer({did})"))
        if _pick(draw, within_scope, _weighted(3)):
            facts.append(fact(f"acted_within_scope_of_employment({did})"))
        if _pick(draw, immunity, st.booleans()):
            facts.append(fact(f"asserted_qualified_immunity({did})"))
        if _pick(draw, joined, _weighted(4)):
            facts.append(fact(f"moved_to_dismiss({did}, m1)"))
        if _pick(draw, other_defences, _rare()):
            for defence in draw(st.lists(st.sampled_from(OTHER_DEFENCES), unique=True, min_size=1)):
                facts.append(fact(f"{defence}({did})"))
    return {"parties": parties, "facts": facts}


@st.composite
def merits_acts(draw, act_id="a1", *, defendant_ids=("d1",), open_findings=False, general_policy=None,
                hands_on=None):
    """One challenged act: hands-on or not (`hands_on`), performed or ordered by some defendants,
    whether it involved prosecution decisions or concerned the border, and the findings of general
    policy (`general_policy` made/denied/open) and national security."""
    a, facts = act_id, []
    if _pick(draw, hands_on, st.booleans()):
        facts.append(fact(f"hands_on_conduct({a})"))
    for d in _subset(draw, defendant_ids):
        facts.append(fact(f"performed({d}, {a})"))
    for d in _subset(draw, defendant_ids, 1):
        facts.append(fact(f"ordered({d}, field_agent, {a})"))
    if draw(st.booleans()):
        facts.append(fact(f"act_involved_prosecution_decisions({a})"))
    if draw(st.booleans()):
        facts.append(fact(f"act_concerns_border_crossing({a})"))
    _decide(facts, f"general_policy({a})", _status(draw, open_findings, general_policy))
    _decide(facts, f"implicates_national_security({a})", _status(draw, open_findings))
    # the findings the factors the Supreme Court named read (decided, so that an argued factor is decided)
    for finding_ in ("implicates_foreign_relations", "incident_to_military_service",
                     "within_traditional_state_tort_law"):
        _decide(facts, f"{finding_}({a})", _status(draw, open_findings))
    if draw(_rare()):
        facts.append(fact(f"act_function({a}, {draw(st.sampled_from(FUNCTIONS))})"))
        _decide(facts, f"clear_absence_of_jurisdiction({a})", _status(draw, open_findings))
    return facts


@st.composite
def merits_counts(draw, *, defendant_ids=("d1",), act_ids_=("a1",), rights=MERITS_RIGHTS, max_size=3,
                  open_findings=False, violation=None, clearly_unlawful=None):
    """Counts (count_1...) under `rights`, against all or some defendants; a constitutional count has
    a setting, challenges some acts and, against each defendant, the two qualified-immunity findings
    (`violation` pleaded, conduct `clearly_unlawful`: made/denied/open pins them); a § 1985(3)/§ 1986
    count rests on a conspiracy (k1 or k2). Returns (counts, facts)."""
    counts_, facts = [], []
    for i in range(1, draw(st.integers(1, max_size)) + 1):
        c, right = f"count_{i}", draw(st.sampled_from(rights))
        against = draw(st.one_of(st.just("all_defendants"),
                                 st.lists(st.sampled_from(tuple(defendant_ids)), unique=True, min_size=1)))
        counts_.append({"id": c, "title": c.replace("_", " ").title(), "right": right, "against": against,
                        "cite": CITE})
        if right in (SECTION_1985, SECTION_1986):
            # mostly k1, so that § 1985(3) and § 1986 counts often rest on the same conspiracy
            k = draw(st.sampled_from(MERITS_CONSPIRACIES + ("k1",)))
            facts.append(fact(f"count_alleges_conspiracy({c}, {k})"))
        elif right != FTCA_RIGHT:
            for setting in _subset(draw, SETTINGS, 1):
                facts.append(fact(f"count_setting({c}, {setting})"))
            for a in draw(st.lists(st.sampled_from(tuple(act_ids_)), unique=True, min_size=1, max_size=2)):
                facts.append(fact(f"count_challenges({c}, {a})"))
            for d in (defendant_ids if against == "all_defendants" else against):
                facts += constitutional_findings(draw, c, d, open_findings=open_findings, violation=violation,
                                                 clearly_unlawful=clearly_unlawful)
            _decide(facts, f"congress_better_equipped({c})", _status(draw, open_findings))
            _decide(facts, f"no_workable_standard({c})", _status(draw, open_findings))
    return counts_, facts


def constitutional_findings(draw, count, defendant, *, open_findings=False, violation=None, clearly_unlawful=None):
    """The court's readings of constitutional law on one claim, for qualified immunity: whether the
    facts pleaded make out a violation, and whether existing law placed the conduct's unlawfulness
    beyond debate (pins: made/denied/open)."""
    facts = []
    _decide(facts, f"constitutional_violation_pleaded({count}, {defendant})", _status(draw, open_findings, violation))
    _decide(facts, f"conduct_clearly_unlawful({count}, {defendant})",
            _status(draw, open_findings, clearly_unlawful))
    # Hope's obvious case (obvious_violation) is another route to clearly established law; it is not drawn
    # here until the immunity properties state it (tests/test_properties_merits.py reads these two findings).
    return facts


@st.composite
def conspiracies(draw, conspiracy="k1", *, defendant_ids=("d1",), plaintiff_ids=("p1",), act_ids_=("a1",),
                 elements=None):
    """A conspiracy: its members (some defendants), its equal-protection purpose, an act in
    furtherance, the plaintiffs it injured (`elements=True` pleads all three), and which
    defendants knew of it and neglected to prevent it."""
    k, facts = conspiracy, []
    for d in draw(st.lists(st.sampled_from(tuple(defendant_ids)), unique=True, max_size=len(defendant_ids))):
        facts.append(fact(f"conspiracy_member({d}, {k})"))
    if _pick(draw, elements, _weighted(3)):
        facts += [fact(f"conspiracy_purpose_equal_protection({k})"),
                  fact(f"act_in_furtherance({k}, {draw(st.sampled_from(tuple(act_ids_)))})"),
                  fact(f"injured_by({draw(st.sampled_from(tuple(plaintiff_ids)))}, {k})")]
    if draw(_rare()):
        facts.append(fact(f"animus_disputed({k})"))
        _decide(facts, f"class_based_animus({k})", _status(draw, False))
    for right in _subset(draw, PROTECTED_RIGHTS, 2) if draw(_rare()) else ():
        _decide(facts, f"conspiracy_aimed_at({k}, {right})", _status(draw, False))
    for d in defendant_ids:
        if draw(_weighted(2)):
            facts.append(fact(f"knew_of_conspiracy({d}, {k})"))
        if draw(_weighted(2)):
            facts.append(fact(f"neglected_to_prevent({d}, {k})"))
    return facts


@st.composite
def special_factor_items(draw, *, open_findings=False, argued=None):
    """The special factors argued (`argued` pins the list), statutes legislated in areas, remedies
    pointed to, and the findings of extensive congressional action, alternative process and primary
    weight."""
    facts = [fact(f"argued_special_factor({f})") for f in _pick(draw, argued, st.lists(
        st.sampled_from(ARGUABLE_FACTORS), unique=True, max_size=len(ARGUABLE_FACTORS)))]
    for statute, area in _subset(draw, STATUTES, 2):
        facts.append(fact(f"legislated_in_area({statute}, {area})"))
    for area in AREAS:
        _decide(facts, f"extensive_congressional_action({area})", _status(draw, open_findings))
        _decide(facts, f"congress_declined_damages_remedy({area})", _status(draw, open_findings))
    for remedy in _subset(draw, REMEDIES, 2):
        facts.append(fact(f"remedy_pointed_to({remedy})"))
    for remedy in REMEDIES:
        _decide(facts, f"alternative_process({remedy})", _status(draw, open_findings))
        if draw(_rare()):
            _decide(facts, f"alternative_found_inadequate({remedy})", _status(draw, open_findings))
    for factor in SPECIAL_FACTORS:
        _decide(facts, f"primary_weight({factor})", _status(draw, open_findings))
    return facts


@st.composite
def authorities(draw, *, open_findings=False, robust_consensus=None, max_size=2):
    """Authorities (auth1...), each decided by some court, holding one of the intracorporate
    propositions, perhaps about unauthorised conduct; and the robust-consensus findings on both
    propositions (`robust_consensus` pins them: made/denied/open)."""
    facts = []
    for i in range(1, draw(st.integers(0, max_size)) + 1):
        a = f"auth{i}"
        facts += [fact(f"decided_by({a}, {draw(st.sampled_from(COURTS))})"),
                  fact(f"authority_holds({a}, {draw(st.sampled_from(PROPOSITIONS))})")]
        if draw(st.integers(0, 3)) == 3:
            facts.append(fact(f"authority_involved_unauthorized_conduct({a})"))
    for p in PROPOSITIONS:
        _decide(facts, f"robust_consensus({p})", _status(draw, open_findings, robust_consensus))
    return facts


def _date(day: int) -> str:
    return (date(2018, 9, 1) + timedelta(days=day)).isoformat()


@st.composite
def ftca_items(draw, *, premature=None):
    """FTCA claims (`ftca_claims`) and the dates: the action commenced and the administrative claim
    presented, within days of each other (`premature=True` puts the suit first, False not)."""
    filed = draw(st.integers(0, 40))
    if premature is None:
        presented = draw(st.integers(0, 40))
    else:
        presented = filed + draw(st.integers(1, 40)) if premature else filed - draw(st.integers(0, filed))
    facts = [fact("claims_under_ftca(ftca_claims)"), fact(f"action_commenced_on({_date(filed)})"),
             fact(f"administrative_claim_presented_on(ftca_claims, {_date(presented)})")]
    if draw(_weighted(3)):
        facts.append(fact("exhaustion_contested(ftca_claims)"))
    return facts


@st.composite
def amendment_motions(draw, *, count_ids=("count_1",), unchanged=None):
    """A motion for leave to amend (m2): the counts it proposes to replead, which unchanged
    (`unchanged` pins every one), and whether it proposes the FTCA claims."""
    facts = [fact("moved_for_leave_to_amend(m2)")]
    for c in draw(st.lists(st.sampled_from(tuple(count_ids)), unique=True)):
        facts.append(fact(f"proposes_amended_count(m2, {c})"))
        if _pick(draw, unchanged, st.booleans()):
            facts.append(fact(f"proposed_count_unchanged(m2, {c})"))
    if draw(st.booleans()):
        facts.append(fact("proposes_new_claims(m2, ftca_claims)"))
    return facts


def _number(facts):
    for n, item in enumerate(facts, start=10):
        if "fact" in item:
            item["cite"] = f"Compl. ¶ {n}"
        else:
            item["page"] = f"Op. at {n % 40 + 1}"
    return facts


def _merits_case(forum, parties, counts_, facts):
    return {"case": {"id": "generated-merits", "caption": "Generated v. Officials",
                     "court": court_for(MERITS_FORUMS[forum]),
                     "circuit": MERITS_FORUMS[forum], "forum": forum, "decided": DECISION_DATE,
                     "motion": "Motion to dismiss (Doc. 1)"},
            "parties": parties, "counts": counts_, "facts": _number(facts)}


@st.composite
def merits_cases(draw, *, forum=None, rights=MERITS_RIGHTS, federal=None, within_scope=None, immunity=None,
                 joined=None, ripe=None, elements=None, robust_consensus=None, premature=None, amend=None,
                 violation=None, clearly_unlawful=None, open_findings=False):
    """A whole merits case as plain data. Pins: `forum` (its circuit follows); `rights` the counts
    draw from; every defendant `federal`, acting `within_scope`, pleading `immunity`, having `joined`
    the motion; the motion `ripe`; every conspiracy's `elements` pleaded; `robust_consensus`
    (made/denied/open); every constitutional claim's `violation` and `clearly_unlawful` findings
    (made/denied/open); FTCA claims `premature` (None: maybe no FTCA claims); a motion to `amend`;
    `open_findings` (leave some findings open, so some rulings are undetermined)."""
    forum = _pick(draw, forum, st.sampled_from(tuple(MERITS_FORUMS)))
    ps = draw(merits_plaintiffs())
    ds = draw(merits_defendants(federal=federal, within_scope=within_scope, immunity=immunity, joined=joined))
    p_ids, d_ids = party_ids(ps, "plaintiff"), party_ids(ds, "defendant")
    a_ids = [f"a{i}" for i in range(1, draw(st.integers(1, 3)) + 1)]
    facts = ps["facts"] + ds["facts"] + [fact("motion_ground(m1, failure_to_state_a_claim)")]
    if _pick(draw, ripe, _weighted(5)):
        # fully briefed here, or left open by a transferring court and briefed after the transfer
        facts += [fact("fully_briefed(m1)")] if draw(st.integers(0, 3)) < 3 else \
            [fact("ground_left_open_by_transferor(m1, failure_to_state_a_claim)"),
             fact("briefed_after_transfer(m1, failure_to_state_a_claim)")]
    for a in a_ids:
        facts += draw(merits_acts(a, defendant_ids=d_ids, open_findings=open_findings))
    counts_, count_facts = draw(merits_counts(defendant_ids=d_ids, act_ids_=a_ids, rights=rights,
                                              open_findings=open_findings, violation=violation,
                                              clearly_unlawful=clearly_unlawful))
    facts += count_facts
    alleged = sorted({f["fact"].split(", ")[1].rstrip(")") for f in count_facts
                      if f.get("fact", "").startswith("count_alleges_conspiracy(")})
    for k in alleged:
        facts += draw(conspiracies(k, defendant_ids=d_ids, plaintiff_ids=p_ids, act_ids_=a_ids, elements=elements))
    facts += draw(special_factor_items(open_findings=open_findings))
    facts += draw(authorities(open_findings=open_findings, robust_consensus=robust_consensus))
    if premature is not None or draw(st.booleans()):
        facts += draw(ftca_items(premature=premature))
    if _pick(draw, amend, st.booleans()):
        facts += draw(amendment_motions(count_ids=[c["id"] for c in counts_]))
    return _merits_case(forum, ps["parties"] + ds["parties"], counts_, facts)


@st.composite
def recognised_context_cases(draw, *, precedent=None, immunity=None, violation=None, clearly_unlawful=None,
                             open_findings=False):
    """A case whose claim count_1 against d1 matches `precedent` (bivens, davis or carlson) in every
    feature: an adult citizen plaintiff, a federal officer of the precedent's rank who performed or
    ordered the hands-on conduct, the precedent's right and setting. Around it, only what step one
    does not read: more adult citizen plaintiffs, other defendants on the count, immunity pleaded
    (`immunity` pins it for d1), the two immunity findings on each claim (`violation`,
    `clearly_unlawful`: made/denied/open pin them; `open_findings` may leave them open), special
    factors argued, and acts the officer performed that are neither hands-on nor policy."""
    precedent = _pick(draw, precedent, st.sampled_from(tuple(PRECEDENT_CLAIMS)))
    right, rank, setting = PRECEDENT_CLAIMS[precedent]
    parties = [{"id": "p1", "name": "P1", "role": "plaintiff", "cite": CITE}]
    facts = [fact("motion_ground(m1, failure_to_state_a_claim)"), fact("fully_briefed(m1)"),
             fact("moved_to_dismiss(d1, m1)"), fact("federal_officer(d1)"),
             fact(f"count_setting(count_1, {setting})"), fact("count_challenges(count_1, a1)"),
             fact("hands_on_conduct(a1)")]
    facts.append(fact("performed(d1, a1)") if draw(st.booleans()) else fact("ordered(d1, field_agent, a1)"))
    for i in range(2, draw(st.integers(1, 3)) + 1):
        parties.append({"id": f"p{i}", "name": f"P{i}", "role": "plaintiff", "cite": CITE})
        if draw(st.booleans()):
            facts.append(fact(f"age_at_separation(p{i}, {draw(st.integers(18, 60))})"))
    parties.append({"id": "d1", "name": "D1", "role": "defendant", "agency": draw(st.sampled_from(MERITS_AGENCIES)),
                    "rank": rank, "cite": CITE})
    for i in range(2, draw(st.integers(1, 3)) + 1):  # other defendants on the count: anyone
        parties.append({"id": f"d{i}", "name": f"D{i}", "role": "defendant",
                        "agency": draw(st.sampled_from(MERITS_AGENCIES)), "rank": draw(st.sampled_from(MERITS_RANKS)),
                        "cite": CITE})
        facts.append(fact(f"moved_to_dismiss(d{i}, m1)"))
        if draw(st.booleans()):
            facts.append(fact(f"federal_officer(d{i})"))
    d_ids = party_ids({"parties": parties}, "defendant")
    if _pick(draw, immunity, st.booleans()):
        facts.append(fact("asserted_qualified_immunity(d1)"))
    for d in d_ids:
        facts += constitutional_findings(draw, "count_1", d, open_findings=open_findings, violation=violation,
                                         clearly_unlawful=clearly_unlawful)
    for i in range(2, draw(st.integers(1, 3)) + 1):  # neither hands-on nor general policy
        facts += [fact(f"count_challenges(count_1, a{i})"), fact(f"performed(d1, a{i})"),
                  finding(f"general_policy(a{i})", "denied", PAGE)]
    facts += draw(special_factor_items())
    for a in act_ids({"facts": facts}) or ["a1"]:
        if f"general_policy({a})" not in {f.get("finding") for f in facts}:
            facts.append(finding(f"general_policy({a})", "denied", PAGE))
        facts.append(finding(f"implicates_national_security({a})", draw(st.sampled_from(DECIDED)), PAGE))
    counts_ = [{"id": "count_1", "title": "Count 1", "right": right, "against": d_ids, "cite": CITE}]
    return _merits_case(draw(st.sampled_from(tuple(MERITS_FORUMS))), parties, counts_, facts)


def depart(data: dict, departure: str) -> dict:
    """A copy of a `recognised_context_cases` case whose count_1 against d1 differs from its precedent
    in one feature (one of DEPARTURES)."""
    out = copy.deepcopy(data)
    facts, c1 = out["facts"], out["counts"][0]
    d1 = next(p for p in out["parties"] if p["id"] == "d1")
    right, rank, setting = next(claim for claim in PRECEDENT_CLAIMS.values() if claim[0] == c1["right"])
    if departure == "setting":
        for f in facts:
            if f.get("fact") == f"count_setting(count_1, {setting})":
                f["fact"] = "count_setting(count_1, immigration_detention)"
    elif departure == "right":  # a Fifth Amendment right, as in Davis, but another clause
        c1["right"] = "fifth_amendment_family_integrity"
    elif departure == "rank_other":
        d1["rank"] = "line_officer" if rank == "member_of_congress" else "member_of_congress"
    elif departure.startswith("rank_") and right == PRECEDENT_CLAIMS["carlson"][0]:
        # Carlson's defendants included the prison agency's head (446 U.S. at 16 n.1): a high rank is no
        # departure from it, a member of Congress is
        d1["rank"] = "member_of_congress"
    elif departure.startswith("rank_"):
        d1["rank"] = departure[len("rank_"):]
    elif departure == "involvement":
        out["facts"] = [f for f in facts if f.get("fact") not in ("performed(d1, a1)", "ordered(d1, field_agent, a1)")]
    elif departure == "official_action":
        out["facts"] += [fact("count_challenges(count_1, policy)"), fact("performed(d1, policy)"),
                         finding("general_policy(policy)", "made", PAGE)]
    elif departure == "noncitizen":
        out["facts"].append(fact("noncitizen(p1)"))
    elif departure == "minor":
        out["facts"].append(fact("age_at_separation(p1, 9)"))
    elif departure == "category":
        out["facts"] = [f for f in facts if f.get("fact") != "federal_officer(d1)"]
    else:
        raise ValueError(departure)
    return out


__all__ += ["merits_cases", "merits_plaintiffs", "merits_defendants", "merits_acts", "merits_counts",
            "conspiracies", "special_factor_items", "authorities", "ftca_items", "amendment_motions",
            "recognised_context_cases", "constitutional_findings", "depart", "DEPARTURES", "PRECEDENT_CLAIMS",
            "CONSPIRACY_RIGHTS", "BIVENS_RIGHTS", "ARGUABLE_FACTORS", "UNKNOWN_RIGHT", "law_members", "MERITS_FORUMS",
            "PROPOSITIONS", "SPECIAL_FACTORS", "HIGH_RANKS"]
