"""The personal-jurisdiction doctrine's invariants, checked on generated cases.

Each test is a general statement about the doctrine, true of every case, with
the authority it comes from. A case is drawn whole by `strategies.cases` and
loaded through the real loader; the two bundled cases are explicit examples.
Single-case statements live in `invariants`; the relational ones (add a fact,
the ruling never moves the wrong way) are here.
"""
from __future__ import annotations

from hypothesis import example, given

import invariants as inv
from strategies import act_ids, bundled, cases, derivation, fact, finding, party_ids, with_items

AIIL, KO = bundled("aiil-v-sessions"), bundled("ko-v-sessions")
# pinned so that every prong is in play: a forum whose long arm reaches due process, in the Ninth Circuit
IN_PLAY = cases(forum="arizona", circuit="ninth", moved=True)


def whole_cases(strategy=None, bundled_examples=(AIIL, KO)):
    """@given a generated case, with the bundled cases as explicit examples."""
    def wrap(test):
        test = given(cases() if strategy is None else strategy)(test)
        for data in bundled_examples:
            test = example(data)(test)
        return test
    return wrap


def rulings(d) -> dict:
    """Every ruling's outcome. (The reason given may change: an explanation cites a limit the
    added facts run into.)"""
    return {r.id: r.outcome for r in d.rulings}


def holding(d, question_id: str) -> set:
    return {r.atom.args for r in d.rulings if r.question.id == question_id and r.outcome == "holds"}


def forum(data) -> str:
    return data["case"]["forum"]


# -- the three prongs -----------------------------------------------------------

@whole_cases()
def test_there_is_no_specific_jurisdiction_without_purposeful_direction_or_availment(data):
    """In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013)."""
    inv.no_jurisdiction_without_purposeful_contact(derivation(data))


@whole_cases(IN_PLAY)
def test_prong_three_is_decided_only_when_prongs_one_and_two_are_met_and_otherwise_not_reached(data):
    """Burger King Corp. v. Rudzewicz, 471 U.S. 462, 476 (1985): "The third prong is only addressed
    after a plaintiff has made a sufficient showing on the first two prongs" (A.I.I.L.)."""
    inv.prong_three_decided_only_after_prongs_one_and_two(derivation(data))


@whole_cases(IN_PLAY)
def test_prong_two_is_not_reached_when_prong_one_fails(data):
    """Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 802 (9th Cir. 2004): if the plaintiff
    fails the first prong, jurisdiction is not established."""
    inv.prong_two_decided_only_after_prong_one(derivation(data))


@whole_cases()
def test_specific_jurisdiction_holds_exactly_when_every_prong_is_met_and_the_long_arm_reaches(data):
    """In re W. States, 715 F.3d at 741-42; Daimler AG v. Bauman, 571 U.S. 117, 125 (2014)."""
    inv.jurisdiction_exactly_when_every_prong_is_met(derivation(data))


@whole_cases(IN_PLAY)
def test_a_compelling_case_of_unreasonableness_always_defeats_jurisdiction_and_nothing_else_does(data):
    """Burger King, 471 U.S. at 476-77: once prongs one and two are met, the defendant must make a
    compelling case that jurisdiction would be unreasonable."""
    inv.compelling_unreasonableness_defeats_jurisdiction(derivation(data))


@whole_cases()
def test_the_effects_test_counts_only_in_a_circuit_that_applies_it(data):
    """Yahoo! Inc. v. La Ligue Contre Le Racisme, 433 F.3d 1199, 1206 (9th Cir. 2006): purposeful
    direction is the Ninth Circuit's tort test; elsewhere only availment is encoded."""
    inv.effects_test_only_where_the_circuit_applies_it(derivation(data))


@given(cases(forum="new_york"))
def test_no_defendant_is_subject_to_specific_jurisdiction_where_no_long_arm_reaches(data):
    """Daimler AG v. Bauman, 571 U.S. 117, 125 (2014); Best Van Lines, Inc. v. Walker, 490 F.3d 239,
    242-45 (2d Cir. 2007): federal courts follow the forum state's long-arm law; New York's reaches
    only CPLR 302(a)'s enumerated acts, and generated cases never find one."""
    assert not holding(derivation(data), "specific_jurisdiction")


# -- whose contacts count -------------------------------------------------------

@whole_cases()
def test_a_forum_contact_is_always_the_defendants_own_act_one_he_directly_ordered_or_his_agents(data):
    """Walden v. Fiore, 571 U.S. 277, 284 (2014); Ochoa v. J.B. Martin & Sons Farms, Inc.,
    287 F.3d 1182, 1190 (9th Cir. 2002); Sher v. Johnson, 911 F.2d 1357, 1362 (9th Cir. 1990) (an agent
    acting within the scope of the agency)."""
    inv.contacts_are_the_defendants_own_or_ordered(derivation(data))


@whole_cases()
def test_an_agents_forum_contact_never_counts_against_a_defendant_without_a_direct_order(data):
    """Ochoa, 287 F.3d at 1190; K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020): personnel
    the defendant did not directly order, acting in the forum, make no contact of his."""
    before = derivation(data)
    extra = []
    for a in act_ids(data):
        extra += [fact(f"carried_out_by(unordered_agent, {a})"),
                  fact(f"agent_located_in(unordered_agent, {forum(data)})")]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "forum_related_act") == inv.rows(before, "forum_related_act")
    assert rulings(after) == rulings(before)


@whole_cases()
def test_co_conspirators_contacts_never_count_there_is_no_conspiracy_theory_of_jurisdiction(data):
    """Hilsenrath v. Equity Trust (Jersey) Ltd., 2008 WL 728902, *4 n.5 (N.D. Cal. 2008); Karsten Mfg.
    Corp. v. U.S. Golf Ass'n, 728 F. Supp. 1429, 1434 (D. Ariz. 1990)."""
    before = derivation(data)
    extra = [fact(f"conspiracy_member({d}, one_big_conspiracy)") for d in party_ids(data, "defendant")]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "forum_related_act") == inv.rows(before, "forum_related_act")
    assert rulings(after) == rulings(before)


# -- express aiming and its limits -----------------------------------------------

@whole_cases()
def test_harm_felt_in_the_forum_or_the_plaintiffs_forum_ties_never_make_express_aiming(data):
    """Walden v. Fiore, 571 U.S. 277, 289-90 (2014): the plaintiff cannot be the only link between
    the defendant and the forum."""
    before = derivation(data)
    F = forum(data)
    extra = [fact(f"harm_felt_in({p}, {F})") for p in party_ids(data, "plaintiff")]
    extra += [fact(f"domiciled_in({p}, {F})") for p in party_ids(data, "plaintiff")]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "expressly_aimed") <= inv.rows(before, "expressly_aimed")
    assert rulings(after) == rulings(before)


@whole_cases()
def test_a_supervisors_title_never_makes_express_aiming(data):
    """Al-Kidd v. Gonzales, 2006 WL 5429570, at *3 (D. Idaho Sept. 27, 2006): personal jurisdiction
    cannot rest solely on a supervisory position."""
    before = derivation(data)
    extra = [fact(f"supervisory_position({d}, {agency})") for d in party_ids(data, "defendant")
             for agency in ("dhs", "hhs", "doj")]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "expressly_aimed") <= inv.rows(before, "expressly_aimed")
    assert rulings(after) == rulings(before)


@whole_cases(cases(forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))  # the Ninth Circuit's exception
def test_national_policymaking_is_aimed_at_a_forum_only_through_a_direct_command_there(data):
    """Doe v. Am. Nat'l Red Cross, 112 F.3d 1048, 1051 (9th Cir. 1997); Ibrahim v. Dep't of Homeland
    Sec., 538 F.3d 1250, 1253 (9th Cir. 2008)."""
    inv.national_policymaking_is_aimed_only_by_direct_command(derivation(data))


@whole_cases()
def test_finding_national_policymaking_never_creates_aiming_a_contact_or_jurisdiction(data):
    """Oksner v. Blakey, 347 F. App'x 290, 292 (9th Cir. 2009); A.I.I.L.: "the express aim prong fails
    because the alleged acts implicate national policymaking" — the finding only ever takes away."""
    before = derivation(data)
    already = {f.get("finding") for f in data["facts"]}  # made or denied: leave those as they are
    extra = [finding(f"national_policymaking({a})") for a in act_ids(data)
             if f"national_policymaking({a})" not in already]
    after = derivation(with_items(data, extra))
    for pred in ("expressly_aimed", "forum_related_act", "purposeful_direction_act", "specific_jurisdiction"):
        assert inv.rows(after, pred) <= inv.rows(before, pred), pred
    for q in ("prong_one", "specific_jurisdiction"):
        assert holding(after, q) <= holding(before, q), q


# -- the prima facie showing -------------------------------------------------------

@whole_cases()
def test_a_contact_counts_only_when_pleaded_and_not_contradicted_without_support(data):
    """Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1223 (9th Cir. 2011) (quoting Data Disc,
    557 F.2d at 1284)."""
    inv.contacts_count_only_when_accepted_as_true(derivation(data))


@whole_cases(IN_PLAY)
def test_an_allegation_asserted_only_in_a_brief_never_changes_a_ruling(data):
    """Schneider v. California Dep't of Corr., 151 F.3d 1194, 1197 n.1 (9th Cir. 1998): a complaint
    cannot be amended through an opposition brief."""
    before = derivation(data)
    F = forum(data)
    extra = [fact("asserted_in_brief(brief_act)"), fact("intentional_act(brief_act)"),
             fact(f"took_place_in(brief_act, {F})"), fact("aimed_at_plaintiff_class(brief_act)"),
             fact(f"licensed_tender_age_facilities_in(brief_act, {F})")]
    extra += [fact(f"performed({d}, brief_act)") for d in party_ids(data, "defendant")]
    extra += [fact(f"act_against(brief_act, {p})") for p in party_ids(data, "plaintiff")]
    after = derivation(with_items(data, extra))
    assert rulings(after) == rulings(before)


@whole_cases(IN_PLAY)
def test_an_affidavit_contradicting_an_allegation_never_creates_a_forum_contact(data):
    """Mavrix, 647 F.3d at 1223: the court may not assume the truth of allegations contradicted by
    affidavit."""
    before = derivation(data)
    extra = [fact(f"contradicted_by_affidavit({a})") for a in act_ids(data)]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "forum_related_act") <= inv.rows(before, "forum_related_act")
    assert holding(after, "prong_one") <= holding(before, "prong_one")


# -- but for ---------------------------------------------------------------------

@whole_cases(cases(forum="arizona"))
def test_licensing_is_a_but_for_cause_only_for_a_tender_age_child_held_there_or_its_parent(data):
    """Shute v. Carnival Cruise Lines, 897 F.2d 377, 385 (9th Cir. 1990); Terracom v. Valley Nat.
    Bank, 49 F.3d 555, 561 (9th Cir. 1995); A.I.I.L., Order at 14-16."""
    inv.licensing_causes_harm_only_to_tender_age_children_held_there(derivation(data))


@whole_cases(cases(forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))  # Terracom binds the Ninth Circuit
def test_a_parents_claim_arises_from_an_act_whenever_the_childs_does(data):
    """Terracom, 49 F.3d at 561, as A.I.I.L. applied it: a parent's separation harm arises as the
    separated child's does."""
    inv.a_parents_claim_arises_as_the_childs_does(derivation(data))


@whole_cases()
def test_facilities_that_already_existed_never_create_a_but_for_connection(data):
    """Terracom, 49 F.3d at 561: where the child could have been housed anyway, the licensing is not
    a cause without which the claim would not have arisen."""
    before = derivation(data)
    extra = [fact(f"tender_age_facilities_existed_before({a}, {s})") for a in act_ids(data)
             for s in ("arizona", "massachusetts", "texas", "new_york", "florida")]
    after = derivation(with_items(data, extra))
    assert inv.rows(after, "but_for_cause") <= inv.rows(before, "but_for_cause")
    assert holding(after, "prong_two") <= holding(before, "prong_two")


# -- general jurisdiction and discovery ---------------------------------------------

@whole_cases()
def test_general_jurisdiction_is_decided_only_when_argued_and_holds_only_at_the_domicile(data):
    """Pebble Beach Co. v. Caddy, 453 F.3d 1151, 1154 (9th Cir. 2006); Daimler AG v. Bauman,
    571 U.S. 117, 125 (2014)."""
    inv.general_jurisdiction_only_where_argued_and_domiciled(derivation(data))


@whole_cases(cases(discovery=True))
def test_discovery_is_never_granted_when_it_is_speculative(data):
    """Pebble Beach, 453 F.3d at 1160; Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008)."""
    inv.discovery_never_granted_when_speculative(derivation(data))


@whole_cases(cases(discovery=True))
def test_discovery_is_speculative_only_without_a_prima_facie_showing_or_a_controverted_fact(data):
    """Pebble Beach, 453 F.3d at 1160: attenuated and based on bare allegations in the face of
    specific denials; A.I.I.L., Order at 17."""
    inv.discovery_speculative_only_without_a_prima_facie_showing(derivation(data))


@whole_cases(cases(discovery=True, forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))  # the Ninth Circuit's test
def test_discovery_is_granted_exactly_where_facts_are_controverted_or_a_fuller_showing_is_needed(data):
    """Boschetto, 539 F.3d at 1020: "where pertinent facts bearing on the question of jurisdiction are
    controverted or where a more satisfactory showing of the facts is necessary"."""
    d = derivation(data)
    F = forum(data)
    granted = d.ruling(f"jurisdictional_discovery/{F}").outcome == "holds"
    controverted = bool(inv.stated(d, "contradicted_by_affidavit"))
    needed = (F,) in inv.stated(d, "more_satisfactory_showing_needed")
    one, two = inv.outcomes(d, "prong_one"), inv.outcomes(d, "prong_two")
    showing = any(one[a] == two[a] == "holds" for a in one if a[1] == F)
    assert granted == (controverted or (needed and showing)), (controverted, needed, showing)


# -- what is enough: each route to jurisdiction, added to any case, succeeds -----------
# The statements above say what never makes jurisdiction; these say what always does, so
# that removing any rule on a route to jurisdiction is noticed (scripts/knockout.py).

def contested(data) -> list:
    """The defendants who moved to dismiss for lack of personal jurisdiction."""
    moved = {f.get("fact") for f in data["facts"]}
    return [d for d in party_ids(data, "defendant")
            if f"moved_to_dismiss_for_lack_of_personal_jurisdiction({d})" in moved]


def without_findings(data, pred: str) -> dict:
    """A copy whose case file leaves every `pred` finding open."""
    out = with_items(data, [])
    out["facts"] = [f for f in out["facts"] if not (f.get("finding") or "").startswith(pred + "(")]
    return out


def no_compelling_case(data) -> dict:
    """A copy in which the court finds that no defendant made a compelling case of unreasonableness
    (nor, in the First Circuit, that the Gestalt factors defeat jurisdiction)."""
    out = without_findings(without_findings(data, "compelling_case_of_unreasonableness"),
                           "gestalt_factors_defeat_jurisdiction")
    return with_items(out, [finding(f"compelling_case_of_unreasonableness({d}, {forum(data)})", "denied")
                            for d in party_ids(data, "defendant")]
                      + [finding(f"gestalt_factors_defeat_jurisdiction({d})", "denied")
                         for d in party_ids(data, "defendant")])


def decisive_act(data, *, defendants_, in_forum: bool, command: bool, extra=(), policymaking="denied") -> list:
    """A new act: pleaded, intentional, against the first plaintiff; performed in the forum and/or
    commanded of an agent standing in the forum; found not to be (or to be) national policymaking."""
    F, p = forum(data), party_ids(data, "plaintiff")[0]
    items = [fact("pleaded_in_complaint(decisive)"), fact("intentional_act(decisive)"),
             fact(f"act_against(decisive, {p})"), finding("national_policymaking(decisive)", policymaking)]
    items += [fact(x) for x in extra]
    for d in defendants_:
        if in_forum:
            items.append(fact(f"performed({d}, decisive)"))
        if command:
            items.append(fact(f"ordered({d}, decisive_agent, decisive)"))
    if in_forum:
        items.append(fact(f"took_place_in(decisive, {F})"))
    if command:
        items.append(fact(f"agent_located_in(decisive_agent, {F})"))
    return items


@whole_cases(cases(forum="arizona", circuit="ninth", moved=True), bundled_examples=(AIIL,))
def test_a_direct_command_to_an_agent_in_the_forum_against_a_plaintiff_gives_jurisdiction_in_the_ninth_circuit(data):
    """Ibrahim v. Dep't of Homeland Sec., 538 F.3d 1250, 1253 (9th Cir. 2008); Schwarzenegger, 374 F.3d
    at 802-03; Burger King, 471 U.S. at 476-77: purposeful direction by a direct command, a claim
    arising from it, and no compelling case of unreasonableness."""
    base = no_compelling_case(data)
    ds = contested(base)
    d = derivation(with_items(base, decisive_act(base, defendants_=ds, in_forum=False, command=True)))
    assert {r.atom.args[0] for r in d.rulings
            if r.question.id == "specific_jurisdiction" and r.outcome == "holds"} == set(ds)


@whole_cases(cases(forum="massachusetts", circuit="first", moved=True))
def test_a_deliberate_act_of_the_defendant_in_the_forum_against_a_plaintiff_gives_jurisdiction_by_availment(data):
    """In re W. States, 715 F.3d at 741-42; K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020):
    contacts that "proximately result from the actions of the defendant himself"; an allegation an
    affidavit contradicts still counts when the plaintiffs' evidence supports it (Mavrix, 647 F.3d at
    1223)."""
    base = no_compelling_case(data)
    ds = contested(base)
    extra = ["contradicted_by_affidavit(decisive)", "plaintiff_evidence_supports(decisive)"]
    for disputed in (False, True):
        act = decisive_act(base, defendants_=ds, in_forum=True, command=False, extra=extra if disputed else ())
        d = derivation(with_items(base, act))
        assert {r.atom.args[0] for r in d.rulings
                if r.question.id == "specific_jurisdiction" and r.outcome == "holds"} == set(ds), disputed


@whole_cases(cases(forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))
def test_an_own_act_in_the_forum_aimed_at_people_in_the_plaintiffs_situation_is_purposeful_direction(data):
    """Calder v. Jones, 465 U.S. 783 (1984); Schwarzenegger, 374 F.3d at 803: an intentional act,
    expressly aimed at the forum, causing harm the defendant knows is likely to be suffered there —
    unless it is national policymaking (Doe v. Am. Nat'l Red Cross, 112 F.3d at 1051)."""
    ds = party_ids(data, "defendant")
    aimed = ["aimed_at_plaintiff_class(decisive)"]
    act = decisive_act(data, defendants_=ds, in_forum=True, command=False, extra=aimed)
    d = derivation(with_items(data, act))
    assert {r[0] for r in inv.rows(d, "purposeful_direction_act") if r[1:] == ("decisive", "arizona")} == set(ds)
    act = decisive_act(data, defendants_=ds, in_forum=True, command=False, extra=aimed, policymaking="made")
    d = derivation(with_items(data, act))
    assert not {r for r in inv.rows(d, "purposeful_direction_act") if r[1] == "decisive"}


@whole_cases(cases(forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))  # Schwarzenegger binds the Ninth Circuit
def test_conduct_directed_at_a_region_that_includes_the_forum_is_aimed_at_the_forum(data):
    """Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 803 (9th Cir. 2004)."""
    F, ds = forum(data), party_ids(data, "defendant")
    items = [fact(f"performed({d}, decisive)") for d in ds]
    items += [fact("directed_at_region(decisive, decisive_region)"), fact(f"region_includes(decisive_region, {F})")]
    d = derivation(with_items(data, items))
    assert {r[0] for r in inv.rows(d, "expressly_aimed") if r[1:] == ("decisive", F)} == set(ds)


@whole_cases(cases(forum="arizona", circuit="ninth"), bundled_examples=(AIIL,))  # the Ninth Circuit's but-for test, A.I.I.L.'s instance
def test_licensing_new_facilities_in_the_forum_harms_a_tender_age_child_held_there_but_for_the_licensing(data):
    """Shute v. Carnival Cruise Lines, 897 F.2d 377, 385 (9th Cir. 1990); A.I.I.L., Order at 14-16:
    a child of tender age held long-term in the forum, where no such facilities existed before."""
    F = forum(data)
    out = with_items(data, [fact("age_at_separation(newborn, 0)"), fact(f"custodial_placement_in(newborn, {F})"),
                            fact(f"licensed_tender_age_facilities_in(new_licensing, {F})")])
    if not any((f.get("fact") or "").startswith("tender_age_limit(") for f in data["facts"]):
        out["facts"].append(fact("tender_age_limit(12)"))
    out["parties"].append({"id": "newborn", "name": "Newborn", "role": "plaintiff", "cite": "Compl. ¶ 9"})
    assert inv.has(derivation(out), "but_for_cause", "new_licensing", "newborn")


@whole_cases(cases(forum="arizona", circuit="ninth", moved=True), bundled_examples=(AIIL,))
def test_discovery_is_granted_when_requested_after_a_prima_facie_showing_that_needs_filling_out(data):
    """Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008): where a more satisfactory showing
    of the facts is necessary; with nothing controverted and no prima facie showing it is denied as
    speculative (Pebble Beach, 453 F.3d at 1160)."""
    F = forum(data)
    base = without_findings(data, "more_satisfactory_showing_needed")
    base["facts"] = [f for f in base["facts"] if not (f.get("fact") or "").startswith("contradicted_by_affidavit(")]
    base = with_items(base, [fact(f"requested_jurisdictional_discovery({F})"),
                             finding(f"more_satisfactory_showing_needed({F})")])
    showing = derivation(with_items(base, decisive_act(base, defendants_=contested(base)[:1], in_forum=False,
                                                       command=True)))
    assert showing.ruling(f"jurisdictional_discovery/{F}").outcome == "holds"
    bare = derivation(base)
    one, two = inv.outcomes(bare, "prong_one"), inv.outcomes(bare, "prong_two")
    if not any(one[a] == two[a] == "holds" for a in one):
        assert bare.ruling(f"jurisdictional_discovery/{F}").outcome == "fails"
