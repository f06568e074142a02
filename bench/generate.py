"""Random valid cases in the project's vocabulary, fast and reproducible.

`case_data(seed)` returns the plain data a case file holds (load it with
`engine.casefile.load_case_data`); the same seed always gives the same case.
Each case draws a forum (one in the Ninth Circuit, one in the First, one with
an enumerated long-arm statute; now and then the United States or Pennsylvania), a few plaintiffs (some of them children of
varying ages, held in varying places), a few defendants, and acts with a random
mix of the properties the personal-jurisdiction rules read: performed in or out
of the forum, directed at regions, ordered to agents in or out of the forum,
carried out by non-party personnel, pleaded or asserted only in a brief,
contradicted by affidavit, national-policymaking findings made, denied or left
open, facility licensing with and without pre-existing facilities, discovery
requests, general-jurisdiction arguments and domiciles.

Not a property-test strategy (that is tests/strategies.py): this is for
volume. Run it to write a docket: `python bench/generate.py DIR N [--seed S]`.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

# The doctrine modules whose every rule these cases reach (tests/test_asp.py checks it).
DOCTRINES = ("record", "prima_facie_showing", "long_arm", "imputation", "express_aiming", "purposeful_direction",
             "purposeful_availment", "but_for_nexus", "reasonableness", "specific_jurisdiction",
             "general_jurisdiction", "jurisdictional_discovery", "relatedness")
# a forum whose long arm reaches due process, the First Circuit's, and one whose statute is enumerated;
# a second generator (so these draws stay as they were) sometimes makes the forum the United States
# (Rule 4(k)(2)) or Pennsylvania (consent by registration)
FORUMS = [("arizona", "ninth"), ("massachusetts", "first"), ("new_york", "second")]
OTHER_FORUMS = [("united_states", "ninth"), ("pennsylvania", "third")]
STATES = ["arizona", "massachusetts", "texas", "california", "district_of_columbia", "new_york"]
COURT = {"arizona": "D. Ariz.", "massachusetts": "D. Mass.", "new_york": "S.D.N.Y.", "texas": "N.D. Tex.",
         "united_states": "D. Ariz.", "pennsylvania": "E.D. Pa."}  # each forum's district court
REGIONS = {"southwest_border": ["arizona", "texas", "california"], "new_england": ["massachusetts"]}
AGENCIES = ["doj", "dhs", "hhs", "orr", "ice", "cbp"]
RANKS = ["agency_head", "deputy", "director", "officer"]


def case_data(seed: int, *, acts: tuple = (2, 7), plaintiffs: tuple = (1, 4), defendants: tuple = (1, 4)) -> dict:
    """One random, valid case; `acts`, `plaintiffs`, `defendants` bound how many of each."""
    rnd = random.Random(seed)
    forum, circuit = rnd.choice(FORUMS)
    more = random.Random(seed * 7919 + 1)   # the routes added later draw from their own generator
    if more.random() < 0.25:
        forum, circuit = more.choice(OTHER_FORUMS)
    facts: list = []
    cite = iter(range(1, 10_000))

    def fact(text):
        facts.append({"fact": text, "cite": f"Gen. Compl. ¶ {next(cite)}"})

    def finding(text, status):
        item = {"finding": text, "page": f"Gen. Op. at {rnd.randint(1, 40)}"}
        if status in ("denied", "open"):  # open: argued, and left undecided
            item["status"] = status
        facts.append(item)

    def maybe(p):
        return rnd.random() < p

    n_p, n_d, n_a = rnd.randint(*plaintiffs), rnd.randint(*defendants), rnd.randint(*acts)
    ps = [f"p{i}" for i in range(1, n_p + 1)]
    ds = [f"d{i}" for i in range(1, n_d + 1)]
    children = [f"c{i}" for i in range(1, rnd.randint(0, 3) + 1)]
    parties = [{"id": p, "name": f"Plaintiff {p.upper()}", "role": "plaintiff", "cite": "Gen. Compl. ¶ 1"}
               for p in ps + children]
    for d in ds:
        agency = rnd.choice(AGENCIES)
        parties.append({"id": d, "name": f"Defendant {d.upper()}", "role": "defendant", "agency": agency,
                        "rank": rnd.choice(RANKS), "cite": "Gen. Compl. ¶ 2"})
        if maybe(0.4):
            fact(f"supervisory_position({d}, {agency})")
        if maybe(0.85):
            fact(f"moved_to_dismiss_for_lack_of_personal_jurisdiction({d})")
        if maybe(0.15):
            fact(f"argued_general_jurisdiction({d})")
        if maybe(0.5):
            fact(f"domiciled_in({d}, {rnd.choice(STATES)})")
        if maybe(0.2):
            fact(f"conspiracy_member({d}, separation_conspiracy)")
        if maybe(0.7):  # argued and left open otherwise, which makes reached prong-3 rulings undetermined
            finding(f"compelling_case_of_unreasonableness({d}, {forum})", rnd.choice(["made", "denied", "denied"]))
        else:
            finding(f"compelling_case_of_unreasonableness({d}, {forum})", "open")

    # the children: age, parent, where held
    if children and maybe(0.9):
        fact(f"tender_age_limit({rnd.choice([10, 12, 13])})")
    for c in children:
        fact(f"age_at_separation({c}, {rnd.randint(1, 17)})")
        fact(f"child_of({c}, {rnd.choice(ps)})")
        if maybe(0.7):
            fact(f"custodial_placement_in({c}, {rnd.choice([forum, forum, rnd.choice(STATES)])})")
    for p in ps + children:
        if maybe(0.5):
            fact(f"harm_felt_in({p}, {rnd.choice([forum, rnd.choice(STATES)])})")

    agents = [f"agent{i}" for i in range(1, rnd.randint(1, 3) + 1)]
    for agent in agents:
        fact(f"agent_located_in({agent}, {rnd.choice([forum, rnd.choice(STATES)])})")
    for region, states in REGIONS.items():
        for state in states:
            if maybe(0.5):
                fact(f"region_includes({region}, {state})")

    for i in range(1, n_a + 1):
        a = f"act{i}"
        # who: a defendant personally, by an order to an agent, or non-party personnel
        how = rnd.random()
        if how < 0.45:
            fact(f"performed({rnd.choice(ds)}, {a})")
        elif how < 0.75:
            fact(f"ordered({rnd.choice(ds)}, {rnd.choice(agents)}, {a})")
        elif how < 0.9:
            fact(f"carried_out_by(field_staff_{i}, {a})")
        else:
            fact(f"performed({rnd.choice(ds)}, {a})")
            fact(f"carried_out_by(field_staff_{i}, {a})")
        # where and at whom
        if maybe(0.6):
            fact(f"took_place_in({a}, {rnd.choice([forum, forum, rnd.choice(STATES)])})")
        if maybe(0.25):
            fact(f"directed_at_region({a}, {rnd.choice(list(REGIONS))})")
        if maybe(0.35):
            target = rnd.choice(ps + children)
            fact(f"act_against({a}, {target})")
            if maybe(0.4):  # letters or calls into a state, to people there (Biliack)
                fact(f"communicated_with({a}, recipient_{i})")
                fact(f"located_in(recipient_{i}, {rnd.choice([forum, rnd.choice(STATES)])})")
            if maybe(0.4):
                fact(f"knew_located_in({rnd.choice(ds)}, {target}, {rnd.choice([forum, rnd.choice(STATES)])})")
        if maybe(0.4):
            fact(f"aimed_at_plaintiff_class({a})")
        if maybe(0.8):
            fact(f"intentional_act({a})")
        # how it is alleged
        if maybe(0.8):
            fact(f"pleaded_in_complaint({a})")
        else:
            fact(f"asserted_in_brief({a})")
        if maybe(0.2):
            fact(f"contradicted_by_affidavit({a})")
            if maybe(0.5):
                fact(f"plaintiff_evidence_supports({a})")
        # national policymaking: made, denied or left open
        finding(f"national_policymaking({a})", rnd.choice(["made", "denied", "open", "open"]))
        # facility licensing
        if maybe(0.2):
            fact(f"licensed_tender_age_facilities_in({a}, {rnd.choice([forum, rnd.choice(STATES)])})")
            if maybe(0.4):
                fact(f"tender_age_facilities_existed_before({a}, {forum})")

    _later_routes(more, fact, finding, forum, ps, children, ds, n_a)

    if maybe(0.6):
        fact(f"requested_jurisdictional_discovery({forum})")
        if maybe(0.3):
            finding(f"more_satisfactory_showing_needed({forum})", rnd.choice(["made", "denied"]))

    counts = []
    if maybe(0.7):
        counts.append({"id": "count_1", "title": "Fifth Amendment (Bivens)", "right": "fifth_amendment_due_process",
                       "against": "all_defendants", "cite": "Gen. Compl. ¶ 90"})
    return {
        "case": {"id": f"generated-{seed}", "caption": f"Generated Case {seed}", "court": COURT[forum],
                 "circuit": circuit, "forum": forum, "decided": "2026-01-01",
                 "motion": "Motion to dismiss for lack of personal jurisdiction"},
        "parties": parties,
        "counts": counts,
        "facts": _dedupe(facts),
    }


def _later_routes(x, fact, finding, forum, ps, children, ds, n_a):
    """Facts for the routes added with the generalised doctrine: corporate homes and registration,
    enumerated long-arm grounds, Rule 4(k)(2), the Gestalt finding, Calder's focal point, regular
    circulation, internet content, knowing reach, created means of harm, and Ford's relatedness."""
    def somewhere():
        return x.choice([forum, forum, x.choice(STATES)])

    def decided():
        return x.choice(["made", "denied"])
    for d in ds:
        if x.random() < 0.2:
            fact(f"federal_officer({d})")
        if x.random() < (0.8 if forum == "pennsylvania" else 0.3):
            fact(f"argued_general_jurisdiction({d})")
        if x.random() < 0.3:
            fact(f"incorporated_in({d}, {somewhere()})")
        if x.random() < 0.2:
            fact(f"principal_place_of_business_in({d}, {somewhere()})")
        if x.random() < (0.9 if forum == "pennsylvania" else 0.2):
            fact(f"registered_to_do_business_in({d}, {x.choice([forum, 'pennsylvania'])})")
        if x.random() < 0.3:
            finding(f"exceptional_case_at_home({d})", decided())
        if x.random() < 0.5:
            fact(f"claims_arise_under_federal_law({d})")
        if x.random() < 0.2:
            fact(f"named_state_where_suable({d}, {x.choice(STATES)})")
        if x.random() < 0.6:
            finding(f"within_enumerated_long_arm_ground({d}, {forum})", decided())
        if x.random() < 0.8:
            finding(f"gestalt_factors_defeat_jurisdiction({d})", x.choice(["made", "made", "denied"]))
    people = ps + children
    for i in range(1, n_a + 1):
        a = f"act{i}"
        if x.random() < 0.15:
            fact(f"regularly_circulated_in({a}, {somewhere()})")
        if x.random() < 0.15:
            fact(f"internet_content({a})")
            if x.random() < 0.7:
                finding(f"forum_market_exploited({a})", decided())
        if x.random() < 0.15:
            fact(f"knowingly_reached_into({a}, {somewhere()})")
        if x.random() < 0.25:
            target = x.choice(people)
            fact(f"concerned_forum_activities_of({a}, {target}, {somewhere()})")
            if x.random() < 0.7:
                fact(f"act_against({a}, {target})")
                fact(f"harm_felt_in({target}, {somewhere()})")
        if x.random() < 0.15:
            fact(f"created_capacity_in({a}, {somewhere()})")
            fact(f"capacity_was_for({a}, {x.choice(people)})")
            fact(f"harmed_through_capacity_in({x.choice(people)}, {somewhere()})")
            if x.random() < 0.4:
                fact(f"capacity_existed_before({a}, {forum})")
        if x.random() < 0.3:
            claimant = x.choice(people)
            fact(f"contact_concerns({a}, product_line)")
            fact(f"claim_concerns({claimant}, product_line)")
            fact(f"harm_felt_in({claimant}, {somewhere()})")


def _dedupe(items: list) -> list:
    """Drop repeated atoms (the loader would only warn, but keep cases clean)."""
    seen, out = set(), []
    for item in items:
        key = item.get("fact") or item.get("finding")
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def cases(n: int, seed: int = 0):
    """`n` case data dicts, seeds `seed` .. `seed + n - 1`."""
    return (case_data(s) for s in range(seed, seed + n))


def write_docket(folder, n: int, seed: int = 0) -> list[Path]:
    """Write `n` generated case files into `folder`; returns their paths in order."""
    import yaml
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in range(seed, seed + n):
        path = folder / f"generated-{s:06d}.yaml"
        path.write_text(yaml.dump(case_data(s), Dumper=dumper, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    write_docket(args.folder, args.n, args.seed)
    print(f"wrote {args.n} cases to {args.folder}", file=sys.stderr)
