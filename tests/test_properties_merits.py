"""The merits doctrine's invariants, checked on generated cases.

Bivens (new context, special factors, the remedy), qualified immunity,
§ 1985(3) and § 1986, FTCA exhaustion, leave to amend and the disposition.
Each test is a general statement about the doctrine, true of every case, with
the authority it comes from. Cases are drawn whole by `strategies.merits_cases`
(or `recognised_context_cases`) and loaded through the real loader; K.O. v. ICE
and A.I.I.L. v. Sessions go in as explicit examples. The relational statements
(add a fact or decide a finding, and the rulings never move the wrong way) are
the strongest here; the single-case ones compare a ruling with the rulings it
rests on, not with the rule that makes it.
"""
from __future__ import annotations

import copy
import itertools

import pytest

from casebuilder import court_for

from hypothesis import example, given
from hypothesis import strategies as st

from lexcheck.engine.syntax import parse_atom

from strategies import (ARGUABLE_FACTORS, BIVENS_RIGHTS, CONSPIRACY_RIGHTS, DEPARTURES, HIGH_RANKS, MERITS_FORUMS,
                        PROPOSITIONS, SPECIAL_FACTORS, bundled, depart, derivation, fact, finding, law_members,
                        merits_cases, party_ids, recognised_context_cases, with_items)

KO_ICE, AIIL = bundled("ko-v-ice"), bundled("aiil-v-sessions")
MERITS_QUESTIONS = ("bivens_new_context", "special_factor", "bivens_remedy", "qualified_immunity",
                    "conspiracy_claim", "neglect_claim", "ftca_exhaustion", "leave_to_amend", "leave_to_add_claims",
                    "motion_to_amend", "count_dismissed", "defendant_dismissed", "motion_to_dismiss",
                    "clearly_established", "violation_shown")
COURT_OF_APPEALS = {"ninth": "ninth_circuit", "first": "first_circuit", "dc": "dc_circuit"}


def merits(strategy=None, bundled_examples=(KO_ICE,)):
    """@given a generated merits case, with the bundled merits cases as explicit examples."""
    def wrap(test):
        test = given(merits_cases() if strategy is None else strategy)(test)
        for data in bundled_examples:
            test = example(data)(test)
        return test
    return wrap


# -- reading a derivation -----------------------------------------------------------

def outcomes(d, question_id: str) -> dict:
    """args -> outcome for every ruling on one question."""
    return {r.atom.args: r.outcome for r in d.rulings if r.question.id == question_id}


def merits_rulings(d) -> dict:
    return {r.id: r.outcome for r in d.rulings if r.question.id in MERITS_QUESTIONS}


def rows(d, pred: str) -> set:
    return set(d.model.rows(pred))


def has(d, pred: str, *args) -> bool:
    return d.model.holds(pred, tuple(args))


def stated(d, pred: str) -> set:
    """Rows of a record fact or made finding as the case file states them."""
    return {f.key[1] for f in d.case.facts if f.key[0] == pred and f.status == "made"}


def dismissed_claims(d) -> set:
    """The claims the rulings on them dismiss: no Bivens remedy, immunity, or elements not pleaded."""
    out = {a for a, o in outcomes(d, "bivens_remedy").items() if o == "fails"}
    out |= {a for a, o in outcomes(d, "qualified_immunity").items() if o == "holds"}
    out |= {a for q in ("conspiracy_claim", "neglect_claim") for a, o in outcomes(d, q).items() if o == "fails"}
    return out


def decided(data: dict, text: str, status: str = "made") -> dict:
    """A copy in which the finding `text` is decided `status`, whatever the case file said of it."""
    out = copy.deepcopy(data)
    out["facts"] = [f for f in out["facts"] if f.get("finding") != text] + [finding(text, status)]
    return out


def circuit(data) -> str:
    return data["case"]["circuit"]


# -- Bivens step one: a new context ---------------------------------------------------

@given(recognised_context_cases())
def test_a_claim_identical_to_a_recognised_context_is_not_new_and_any_one_difference_makes_it_new(data):
    """Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017): a case is new if it differs "in a
    meaningful way" from Bivens, Davis or Carlson — in the rank of the officers, the right at issue,
    the generality of the official action, the setting — and "even a single 'modest' departure"
    suffices; Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 68 (2001): or if the defendant is not a
    federal officer."""
    before = derivation(data)
    assert before.ruling("new_context/count_1/d1").outcome == "fails"
    assert before.ruling("bivens_remedy/count_1/d1").outcome == "holds"
    for departure in DEPARTURES:
        after = derivation(depart(data, departure))
        if departure == "minor" and not after.model.holds("rule_in_force", ("bivens_new_context.feature_minor_plaintiffs",)):
            continue  # minors as a step-one feature is the D.D.C.'s own reasoning (K.O. v. ICE): in force there only
        assert after.ruling("new_context/count_1/d1").outcome == "holds", departure


@merits(bundled_examples=(KO_ICE, AIIL))
def test_a_claim_is_new_exactly_when_against_every_recognised_context_it_differs_in_some_feature(data):
    """Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60 (2017):
    the claim is compared with each recognised context; "it is insufficient that the asserted claim
    arises under the same broad constitutional provision"."""
    d = derivation(data)
    precedents = {r[0] for r in rows(d, "recognized_context")}
    assert precedents == {"bivens", "davis", "carlson"}
    differs = {(c, dd, p) for c, dd, p, _ in rows(d, "differs_on")}
    for (c, dd), outcome in outcomes(d, "bivens_new_context").items():
        new = not has(d, "federal_officer", dd) or all((c, dd, p) in differs for p in precedents)
        assert (outcome == "holds") == new, (c, dd, outcome)


# -- Bivens step two and the remedy -------------------------------------------------------

@merits(bundled_examples=(KO_ICE, AIIL))
def test_a_bivens_remedy_fails_exactly_in_a_new_context_where_some_special_factor_counsels_hesitation(data):
    """Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017):
    in a new context, one special factor that gives reason to pause is enough to reject the extension;
    in a recognised context the remedy lies (Carlson v. Green, 446 U.S. 14, 18 (1980))."""
    d = derivation(data)
    new = outcomes(d, "bivens_new_context")
    factors = {c for c, _ in rows(d, "special_factor")}
    for (c, dd), outcome in outcomes(d, "bivens_remedy").items():
        assert (outcome == "fails") == (new[(c, dd)] == "holds" and c in factors), (c, dd, outcome)


def every_special_factor(data, rank="cabinet_secretary", setting="immigration_detention") -> dict:
    """A copy in which every special factor is argued and has what it rests on: prosecution
    decisions, a border crossing implicating national security and a general policy made by an
    official of high `rank` (not hands-on), counts in an immigration `setting` where Congress acted
    extensively, and an alternative process."""
    out = with_items(data, [fact(f"argued_special_factor({f})") for f in SPECIAL_FACTORS])
    out["parties"].append({"id": "official", "name": "Official", "role": "defendant", "agency": "dhs",
                           "rank": rank, "cite": "Compl. ¶ 2"})
    items = [fact("performed(official, factor_policy)"), fact("act_involved_prosecution_decisions(factor_policy)"),
             fact("act_concerns_border_crossing(factor_policy)"),
             fact("legislated_in_area(factor_statute, immigration)"),
             fact("remedy_pointed_to(factor_remedy)"), finding("alternative_process(factor_remedy)")]
    for c in out["counts"]:
        items += [fact(f"count_challenges({c['id']}, factor_policy)"), fact(f"count_setting({c['id']}, {setting})")]
        if isinstance(c["against"], list):
            c["against"].append("official")
    out = with_items(out, items)
    for text in ("general_policy(factor_policy)", "implicates_national_security(factor_policy)",
                 "extensive_congressional_action(immigration)"):
        out = decided(out, text)
    return out


@merits(bundled_examples=())
def test_each_special_factor_counsels_hesitation_wherever_what_it_rests_on_is_found(data):
    """Ziglar v. Abbasi, 137 S. Ct. 1843, 1860-62 (2017) (general policy; discovery into the
    deliberations of high officials; frequent and intense congressional action); Hernandez v. Mesa,
    140 S. Ct. 735, 746 (2020) (national security at the border); Mejia-Mejia v. ICE, 2019 WL 4707150,
    at *5 (D.D.C. Sept. 26, 2019) (prosecutorial discretion); Wilson v. Libby, 535 F.3d 697, 709 (D.C.
    Cir. 2008) (an alternative process). Immigration detention and border enforcement both lie in
    the field of immigration, and every high-level rank invites discovery into executive deliberations."""
    for rank, setting in zip(HIGH_RANKS, ("immigration_detention", "border_enforcement", "immigration_detention")):
        d = derivation(every_special_factor(data, rank, setting))
        for c in sorted({c for c, _ in rows(d, "bivens_claim_challenged")}):
            # every classic factor fires; a further one only where the generated case argued it
            assert set(SPECIAL_FACTORS) <= {f for cc, f in rows(d, "special_factor") if cc == c}, (c, rank, setting)


@merits()
def test_a_special_factor_never_creates_a_bivens_remedy_and_an_alternative_process_defeats_every_new_one(data):
    """Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017): special factors only ever counsel hesitation
    (monotone); an alternative remedial process alone is reason to pause (id. at 1858; Wilson v.
    Libby, 535 F.3d 697, 709 (D.C. Cir. 2008)). An FTCA claim is never that alternative (Loumiet v.
    United States, 828 F.3d 935, 945 (D.C. Cir. 2016)) except where a circuit holds otherwise (the Fifth,
    from Oliva v. Nivar, 973 F.3d 438 (5th Cir. 2020)), and there it still only takes away."""
    before = derivation(data)
    remedy = {a for a, o in outcomes(before, "bivens_remedy").items() if o == "holds"}
    alternative = with_items(data, [fact("argued_special_factor(alternative_remedies)"),
                                    fact("remedy_pointed_to(factor_remedy)"),
                                    finding("alternative_process(factor_remedy)")])
    d = derivation(alternative)
    new = outcomes(d, "bivens_new_context")
    for args, outcome in outcomes(d, "bivens_remedy").items():
        assert outcome == ("fails" if new[args] == "holds" else "holds"), (args, outcome)
    # an FTCA claim pointed to as the alternative takes nothing away, wherever Carlson's parallel-remedy
    # reading is the law (the Fifth Circuit, since Oliva v. Nivar, 973 F.3d 438 (5th Cir. 2020), counts it)
    ftca = derivation(with_items(data, [fact("argued_special_factor(alternative_remedies)"),
                                        fact("remedy_pointed_to(ftca_x)"), fact("claims_under_ftca(ftca_x)"),
                                        finding("alternative_process(ftca_x)")]))
    if not ftca.model.holds("rule_in_force", ("ftca_as_alternative_remedy.fifth_circuit",)):
        assert {a for a, o in outcomes(ftca, "bivens_remedy").items() if o == "holds"} == remedy
    else:
        assert {a for a, o in outcomes(ftca, "bivens_remedy").items() if o == "holds"} <= remedy
    after = derivation(every_special_factor(data))
    assert {a for a, o in outcomes(after, "bivens_remedy").items() if o == "holds"} <= remedy


@given(recognised_context_cases())
def test_in_a_recognised_context_the_remedy_lies_whatever_special_factors_are_argued(data):
    """Ziglar v. Abbasi, 137 S. Ct. 1843, 1855-57 (2017); Carlson v. Green, 446 U.S. 14, 18 (1980):
    special factors are weighed only when the claim would extend Bivens to a new context."""
    out = with_items(data, [fact(f"argued_special_factor({f})") for f in SPECIAL_FACTORS]
                     + [fact("remedy_pointed_to(factor_remedy)"), finding("alternative_process(factor_remedy)")])
    out = decided(out, "extensive_congressional_action(immigration)")
    d = derivation(out)
    assert d.ruling("new_context/count_1/d1").outcome == "fails"
    assert d.ruling("bivens_remedy/count_1/d1").outcome == "holds"


# -- qualified immunity ------------------------------------------------------------------

@merits(bundled_examples=(KO_ICE, AIIL))
def test_qualified_immunity_is_reached_only_on_a_claim_that_does_not_already_fail_on_another_ground(data):
    """K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 26 n.4 (D.D.C. June 23, 2020): immunity need not be
    addressed for Bivens claims that "fail to state a claim for other reasons"; nor for a § 1986 claim
    without a valid § 1985(3) claim (id. at 30; A.I.I.L., Order at 27-28)."""
    d = derivation(data)
    remedy, neglect = outcomes(d, "bivens_remedy"), outcomes(d, "neglect_claim")
    for args, outcome in outcomes(d, "qualified_immunity").items():
        fails_first = remedy.get(args) == "fails" or neglect.get(args) == "fails"
        assert (outcome == "not_reached") == fails_first, (args, outcome)


@merits(bundled_examples=(KO_ICE, AIIL))
def test_an_official_is_immune_whenever_the_law_was_not_clearly_established(data):
    """Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011): immune unless (1) a right was violated and (2) it
    was clearly established at the time; Pearson v. Callahan, 555 U.S. 223, 236 (2009): either prong
    decides."""
    d = derivation(data)
    for (c, dd), outcome in outcomes(d, "qualified_immunity").items():
        if outcome == "not_reached":
            continue
        established = has(d, "clearly_established", c, dd)
        assert established == (not has(d, "unsettled_question", c, dd)), (c, dd)
        immune = not established or not has(d, "right_violated", c, dd)
        assert (outcome == "holds") == immune, (c, dd, outcome)


@merits(merits_cases(immunity=True, federal=True, within_scope=True, rights=CONSPIRACY_RIGHTS))
def test_an_authority_from_another_circuit_never_clearly_establishes_the_law(data):
    """District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018): "controlling authority" — the
    Supreme Court's, or this circuit's — or "a robust consensus of cases of persuasive authority";
    Hart v. Massanari, 266 F.3d 1155, 1170-71 (9th Cir. 2001): another circuit's decision binds no
    court here."""
    before = derivation(data)
    foreign = [court for name, court in COURT_OF_APPEALS.items() if name != circuit(data)] + ["district_court"]
    items = []
    for i, court in enumerate(foreign):
        items += [fact(f"decided_by(foreign{i}, {court})")] + \
            [fact(f"authority_holds(foreign{i}, {p})") for p in PROPOSITIONS]
    after = derivation(with_items(data, items))
    assert merits_rulings(after) == merits_rulings(before)


def in_forum(data, forum) -> dict:
    out = copy.deepcopy(data)
    out["case"].update(forum=forum, circuit=MERITS_FORUMS[forum], court=court_for(MERITS_FORUMS[forum]))
    return out


# the across-agencies reasoning is the D.D.C.'s and the D. Ariz.'s own (K.O. v. ICE; A.I.I.L.): in force there
@merits(merits_cases(forum="district_of_columbia", immunity=True, federal=True, within_scope=True,
                     rights=CONSPIRACY_RIGHTS, robust_consensus="denied"), bundled_examples=())
def test_controlling_authority_or_a_robust_consensus_settles_the_intracorporate_question(data):
    """District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018); Ziglar v. Abbasi, 137 S. Ct. 1843,
    1867-69 (2017): settled law that the intracorporate-conspiracy doctrine does not reach § 1985(3)
    leaves officials nothing to be unsure of; immunity then turns on the violation prong alone. In
    every forum: a robust consensus, the Supreme Court, or this circuit's court of appeals — but,
    where A.I.I.L.'s reading is in force (Order at 29), not a case about unauthorised conduct where
    the officials acted within their employment."""
    for forum in MERITS_FORUMS:
        base = in_forum(data, forum)
        here = COURT_OF_APPEALS.get(circuit(base))
        holding = f"authority_holds(binding, {PROPOSITIONS[0]})"
        routes = [decided(base, f"robust_consensus({PROPOSITIONS[0]})"),
                  with_items(base, [fact("decided_by(binding, supreme_court)"), fact(holding)])]
        if here:
            routes.append(with_items(base, [fact(f"decided_by(binding, {here})"), fact(holding)]))
        for out in routes:
            d = derivation(out)
            assert not rows(d, "unsettled_question"), forum
            for (c, dd), outcome in outcomes(d, "qualified_immunity").items():
                if outcome != "not_reached":
                    assert (outcome == "holds") == (not has(d, "right_violated", c, dd)), (c, dd, forum)
        unauthorised = derivation(with_items(base, [fact("decided_by(binding, supreme_court)"), fact(holding),
                                                    fact("authority_involved_unauthorized_conduct(binding)")]))
        if unauthorised.model.holds("rule_in_force", ("qualified_immunity.unauthorized_conduct_distinguishable",)):
            assert rows(unauthorised, "unsettled_question") == rows(derivation(base), "unsettled_question"), forum
        else:  # where that distinction is not the law, the controlling authority settles the question
            assert not rows(unauthorised, "unsettled_question"), forum


@merits(recognised_context_cases(immunity=True), bundled_examples=())
def test_on_a_constitutional_claim_either_prong_alone_makes_an_official_immune(data):
    """Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011): immune unless the facts pleaded show (1) a violation
    of a constitutional right (2) that was clearly established; Pearson v. Callahan, 555 U.S. 223, 236
    (2009): either prong decides, and a court that finds the law unsettled need not reach the first.
    Checked on a claim with a Bivens remedy (a recognised context), for every way the court reads the
    two prongs and whether it finds the violation obvious (Hope v. Pelzer, 536 U.S. 730, 741 (2002),
    where in force): only a violation of clearly established law defeats immunity, and whatever else is in
    the case (other defendants, special factors, the forum) changes nothing."""
    for violation, unlawful, obvious in itertools.product(("made", "denied"), ("made", "denied"),
                                                          (None, "made", "denied")):
        out = decided(decided(data, "constitutional_violation_pleaded(count_1, d1)", violation),
                      "conduct_clearly_unlawful(count_1, d1)", unlawful)
        if obvious:  # Hope v. Pelzer, 536 U.S. 730, 741 (2002): an obvious violation needs no case on point
            out = decided(out, "obvious_violation(count_1, d1)", obvious)
        d = derivation(out)
        obvious_is_law = d.model.holds("rule_in_force", ("qualified_immunity.obvious_case",))
        established = unlawful == "made" or (obvious == "made" and violation == "made" and obvious_is_law)
        assert d.ruling("bivens_remedy/count_1/d1").outcome == "holds"
        immune = d.ruling("qualified_immunity/count_1/d1").outcome
        assert immune == ("fails" if violation == "made" and established else "holds"), (violation, unlawful, obvious)
        assert has(d, "violation_prong_reached", "count_1", "d1") == established, (violation, unlawful, obvious)


@merits(merits_cases(rights=CONSPIRACY_RIGHTS), bundled_examples=(KO_ICE, AIIL))
def test_pleading_qualified_immunity_never_revives_a_dismissed_claim(data):
    """Harlow v. Fitzgerald, 457 U.S. 800, 815 (1982): immunity is a defence; raising it can only take
    claims away (Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011))."""
    before = derivation(data)
    items = [fact(f"asserted_qualified_immunity({d})") for d in party_ids(data, "defendant")]
    after = derivation(with_items(data, items))
    assert rows(before, "claim_dismissed") <= rows(after, "claim_dismissed")


@merits(merits_cases(rights=CONSPIRACY_RIGHTS, immunity=True, elements=True), bundled_examples=(KO_ICE, AIIL))
def test_an_official_is_never_immune_for_want_of_a_violation_on_a_statutory_claim_pleaded_in_every_element(data):
    """Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011): the first prong asks whether the facts pleaded show
    the violation of "a statutory or constitutional right"; a § 1985(3) or § 1986 claim pleaded in
    every element shows one (42 U.S.C. §§ 1985(3), 1986). The law is settled here by a Supreme Court
    decision, so that the violation prong is reached."""
    d = derivation(with_items(data, [fact("decided_by(settling, supreme_court)"),
                                     fact(f"authority_holds(settling, {PROPOSITIONS[0]})")]))
    pleaded = {a for q in ("conspiracy_claim", "neglect_claim") for a, o in outcomes(d, q).items() if o == "holds"}
    for args, outcome in outcomes(d, "qualified_immunity").items():
        if args in pleaded:
            assert outcome == "fails", (args, outcome)


@merits(merits_cases(rights=CONSPIRACY_RIGHTS), bundled_examples=(KO_ICE, AIIL))
def test_the_1985_elements_are_decided_exactly_when_no_immunity_is_pleaded_or_the_law_was_clearly_established(data):
    """Pearson v. Callahan, 555 U.S. 223, 236 (2009): a court may rest immunity on the clearly-established
    prong alone and leave the violation prong — for § 1985(3), whether the elements are pleaded —
    undecided; without an immunity defence the elements are simply the question (Fed. R. Civ. P.
    12(b)(6); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)). Checked as filed, and again with a Supreme
    Court decision settling the intracorporate question, so that every claim's law is clearly
    established (Wesby, 138 S. Ct. at 589-90)."""
    settled = with_items(data, [fact("decided_by(settling, supreme_court)"),
                                fact(f"authority_holds(settling, {PROPOSITIONS[0]})")])
    for case, law_settled in ((data, False), (settled, True)):
        d = derivation(case)
        immunity = stated(d, "asserted_qualified_immunity")
        for (c, dd), outcome in outcomes(d, "conspiracy_claim").items():
            open_question = not law_settled and has(d, "unsettled_question", c, dd)
            expected_reached = (dd,) not in immunity or not open_question
            assert (outcome != "not_reached") == expected_reached, (c, dd, outcome, law_settled)


# -- § 1985(3) and § 1986 ------------------------------------------------------------------

def members(d, k) -> set:
    return {m for m, kk in stated(d, "conspiracy_member") if kk == k}


@merits(st.one_of(merits_cases(forum="district_of_columbia", rights=CONSPIRACY_RIGHTS),
                  merits_cases(forum="district_of_columbia", rights=CONSPIRACY_RIGHTS, federal=True, within_scope=True,
                               robust_consensus="denied")),
        bundled_examples=(KO_ICE, AIIL))
def test_a_1985_claim_turns_on_an_open_question_exactly_when_every_conspirator_is_a_federal_official_within_scope(data):
    """Ziglar v. Abbasi, 137 S. Ct. 1843, 1867-69 (2017); K.O. v. ICE, Mem. Op. at 28-30; A.I.I.L.,
    Order at 28-29: whether the intracorporate-conspiracy doctrine reaches § 1985(3), and officials of
    different agencies, was not beyond debate — unless settled law says so; the doctrine "protects
    only employees acting within the scope of their employment" (Mehari v. District of Columbia, 268
    F. Supp. 3d 73, 80 (D.D.C. 2017)). Checked as drawn, and with the Supreme Court holding that the
    doctrine stops at an agency's line."""
    agency_line = [fact("decided_by(agency_line, supreme_court)"),
                   fact(f"authority_holds(agency_line, {PROPOSITIONS[1]})")]
    for d in (derivation(data), derivation(with_items(data, agency_line))):
        open_question_exactly_when_intracorporate_and_unsettled(d)


def open_question_exactly_when_intracorporate_and_unsettled(d):
    federal, scope = stated(d, "federal_officer"), stated(d, "acted_within_scope_of_employment")
    agency = dict(stated(d, "member_of_agency"))
    settled = {p for (p,) in rows(d, "settled_law")}
    for c, dd in rows(d, "section_1985_claim_challenged"):
        open_question = False
        for cc, k in stated(d, "count_alleges_conspiracy"):
            if cc != c:
                continue
            intracorporate = all((m,) in federal and (m,) in scope for m in members(d, k))
            across = len({agency.get(m) for m in members(d, k)}) > 1
            overcome = PROPOSITIONS[0] in settled or (across and PROPOSITIONS[1] in settled)
            open_question |= intracorporate and not overcome
        assert has(d, "unsettled_question", c, dd) == open_question, (c, dd)


@merits(merits_cases(rights=CONSPIRACY_RIGHTS, immunity=True), bundled_examples=(KO_ICE,))
def test_a_conspirator_outside_federal_employment_never_makes_an_official_immune(data):
    """Mehari v. District of Columbia, 268 F. Supp. 3d 73, 80 (D.D.C. 2017); Ziglar v. Abbasi, 137 S. Ct.
    1843, 1867-68 (2017): an agreement with someone outside the entity is not the intracorporate
    case, so the open question about the doctrine's reach no longer shields the officials."""
    before = derivation(data)
    out = copy.deepcopy(data)
    out["parties"].append({"id": "outsider", "name": "Outsider", "role": "defendant", "cite": "Compl. ¶ 2"})
    ks = {k for _, k in stated(before, "count_alleges_conspiracy")}
    after = derivation(with_items(out, [fact(f"conspiracy_member(outsider, {k})") for k in sorted(ks)]))
    conspiracy_counts = {c for c, _ in stated(after, "count_alleges_conspiracy")}
    assert not {(c, dd) for c, dd in rows(after, "unsettled_question") if c in conspiracy_counts}
    immune = {a for a, o in outcomes(after, "qualified_immunity").items() if o == "holds"}
    assert immune <= {a for a, o in outcomes(before, "qualified_immunity").items() if o == "holds"}


@merits(merits_cases(rights=CONSPIRACY_RIGHTS), bundled_examples=(KO_ICE, AIIL))
def test_a_1986_claim_never_survives_when_the_1985_claim_fails(data):
    """42 U.S.C. § 1986; Panahi v. Los Angeles Police Dep't, 839 F.2d 621, 626 (9th Cir. 1988); Leonard
    v. George Wash. Univ. Hosp., 273 F. Supp. 3d 247, 256 (D.D.C. 2017): "A claim can be stated under
    section 1986 only if the complaint contains a valid claim under section 1985(3)" — and then by a
    defendant who knew of the wrong and neglected to prevent it (Jackson v. Donovan, 856 F. Supp. 2d
    147, 150 (D.D.C. 2012))."""
    d = derivation(data)
    alleged = stated(d, "count_alleges_conspiracy")
    stated_1985 = {c for (c, _), o in outcomes(d, "conspiracy_claim").items() if o == "holds"}
    valid = {k for c, k in alleged if c in stated_1985}
    knew, neglected = stated(d, "knew_of_conspiracy"), stated(d, "neglected_to_prevent")
    dismissed = rows(d, "claim_dismissed")
    for (c, dd), outcome in outcomes(d, "neglect_claim").items():
        ks = {k for cc, k in alleged if cc == c}
        expected = any(k in valid and (dd, k) in knew and (dd, k) in neglected for k in ks)
        assert (outcome == "holds") == expected, (c, dd, outcome)
        if not ks & valid:
            assert (c, dd) in dismissed, (c, dd)


# -- FTCA exhaustion and amendment -----------------------------------------------------------

def first_fact(data, pred: str):
    """The first `pred` fact of the case data, parsed."""
    return next(a for a in (parse_atom(f["fact"]) for f in data["facts"] if "fact" in f) if a.pred == pred)


def presented_when_commenced(data) -> dict:
    """A copy in which the administrative claim was presented the day the action was commenced."""
    (filed,) = first_fact(data, "action_commenced_on").args
    out = copy.deepcopy(data)
    out["facts"] = [f for f in out["facts"]
                    if not (f.get("fact") or "").startswith("administrative_claim_presented_on(")]
    out["facts"].append(fact(f"administrative_claim_presented_on({ftca_claims(out)}, {filed})"))
    return out


def ftca_claims(data) -> str:
    return first_fact(data, "claims_under_ftca").args[0]


@merits(merits_cases(premature=True, amend=True), bundled_examples=(KO_ICE,))
def test_ftca_claims_filed_before_the_administrative_claim_are_premature_and_never_cured_by_amendment(data):
    """28 U.S.C. § 2675(a); McNeil v. United States, 508 U.S. 106, 113 (1993): no action before the
    claim is presented; Schneider v. Kissinger, 310 F. Supp. 2d 251, 269-70 (D.D.C. 2004): amendment
    cannot cure it; K.O. v. ICE, Mem. Op. at 31-33. Checked as drawn (the suit first) and with the
    claim presented the day the action began (not premature)."""
    for premature, case in ((True, data), (False, presented_when_commenced(data))):
        d = derivation(with_items(case, [fact("moved_for_leave_to_amend(m2)"),
                                         fact(f"proposes_new_claims(m2, {ftca_claims(case)})")]))
        x = ftca_claims(case)
        assert has(d, "premature_ftca_claims", x) == premature
        assert d.ruling(f"leave_to_add_claims/{x}").outcome == ("fails" if premature else "holds")
        for (y,), outcome in outcomes(d, "ftca_exhaustion").items():
            assert (outcome == "holds") == has(d, "premature_ftca_claims", y), (y, outcome)


def legal_ground(d, c, dd) -> bool:
    """Whether the claim was dismissed on a ground no new facts could change, read off the rulings:
    special factors, immunity for want of clearly established law (not immunity for want of a
    violation on the facts pleaded: more facts may show one), or a § 1986 claim on a conspiracy with
    no valid § 1985(3) claim."""
    if outcomes(d, "bivens_remedy").get((c, dd)) == "fails":
        return True
    if outcomes(d, "qualified_immunity").get((c, dd)) == "holds" and not has(d, "clearly_established", c, dd):
        return True
    if outcomes(d, "neglect_claim").get((c, dd)) == "fails":
        valid = {k for (k,) in rows(d, "valid_section_1985_claim")}
        return any(cc == c and k not in valid for cc, k in stated(d, "count_alleges_conspiracy"))
    return False


@merits(merits_cases(amend=True), bundled_examples=(KO_ICE, AIIL))
def test_leave_to_amend_is_denied_exactly_when_amendment_would_be_futile(data):
    """Foman v. Davis, 371 U.S. 178, 182 (1962): leave is freely given absent futility; James Madison
    Ltd. v. Ludwig, 82 F.3d 1085, 1099 (D.C. Cir. 1996): repleading the claim unchanged is futile;
    Neitzke v. Williams, 490 U.S. 319, 327 (1989): so is a claim barred as a matter of law."""
    d = derivation(data)
    unchanged = {c for m, c in stated(d, "proposed_count_unchanged") if (m, c) in stated(d, "proposes_amended_count")}
    dismissed = rows(d, "claim_dismissed")
    for (c,), outcome in outcomes(d, "leave_to_amend").items():
        if outcome == "not_reached":
            continue
        curable = any(not legal_ground(d, cc, dd) for cc, dd in dismissed if cc == c)
        assert (outcome == "holds") == (curable and c not in unchanged), (c, outcome)
    leave = {c for (c,), o in outcomes(d, "leave_to_amend").items() if o == "holds"}
    # and repleading every dismissed count unchanged never obtains leave
    items = [fact(f"{p}(m9, {c['id']})") for c in data["counts"]
             for p in ("proposes_amended_count", "proposed_count_unchanged")]
    assert not rows(derivation(with_items(data, items)), "leave_to_amend")
    added = {x for (x,), o in outcomes(d, "leave_to_add_claims").items() if o == "holds"}
    for (m,), outcome in outcomes(d, "motion_to_amend").items():
        granted = any(mm == m and c in leave for mm, c in stated(d, "proposes_amended_count")) or \
            any(mm == m and x in added for mm, x in stated(d, "proposes_new_claims"))
        assert (outcome == "holds") == granted, (m, outcome)


# -- the disposition ----------------------------------------------------------------------------

@merits(bundled_examples=(KO_ICE, AIIL))
def test_a_count_a_defendant_and_the_motion_fall_only_when_every_claim_in_them_is_dismissed(data):
    """Fed. R. Civ. P. 12(b)(6); A.I.I.L., Order at 30; K.O. v. ICE, Mem. Op. at 33: a count is
    dismissed when it fails against every defendant challenged; a defendant is dismissed when every
    claim against him is dismissed without leave to amend; the motion is granted when every claim it
    challenges is dismissed."""
    d = derivation(data)
    challenged, dismissed = rows(d, "claim_challenged"), dismissed_claims(d)
    assert rows(d, "claim_dismissed") == dismissed & challenged
    for (c,), outcome in outcomes(d, "count_dismissed").items():
        assert (outcome == "holds") == all(a in dismissed for a in challenged if a[0] == c), (c, outcome)
    leave = {c for (c,), o in outcomes(d, "leave_to_amend").items() if o == "holds"}
    for (dd,), outcome in outcomes(d, "defendant_dismissed").items():
        claims = [a for a in challenged if a[1] == dd]
        assert (outcome == "holds") == all(a in dismissed and a[0] not in leave for a in claims), (dd, outcome)
    for (m,), outcome in outcomes(d, "motion_to_dismiss").items():
        joined = {dd for dd, mm in stated(d, "moved_to_dismiss") if mm == m}
        assert (outcome == "holds") == all(a in dismissed for a in challenged if a[1] in joined), (m, outcome)


# -- three-valued soundness ------------------------------------------------------------------------

@given(st.one_of(merits_cases(open_findings=True), recognised_context_cases(open_findings=True)),
       st.randoms(use_true_random=False))
def test_deciding_an_open_merits_finding_either_way_never_changes_a_merits_ruling_that_holds_or_fails(data, rnd):
    """Kleene's strong three-valued logic (engine/kleene.py): a merits ruling that holds or fails while
    findings are open (general policy, national security, congressional action, a workable standard,
    robust consensus, a constitutional violation, conduct clearly unlawful, ...) holds or fails however the
    court decides them, and once every open finding is decided none is undetermined."""
    d = derivation(data)
    settled = {rid: o for rid, o in merits_rulings(d).items() if o in ("holds", "fails")}
    # every finding the case leaves open, whatever its doctrine: the vocabulary's findings, not a hand list
    opened = sorted((p, args) for p, group in d.bounds.open.items() for args in group)
    for choose in (lambda: "made", lambda: "denied", lambda: rnd.choice(("made", "denied"))):
        items = [finding(f"{p}({', '.join(map(str, args))})", choose()) for p, args in opened]
        after = merits_rulings(derivation(with_items(data, items)))
        assert {rid: after[rid] for rid in settled} == settled
        assert "undetermined" not in after.values()


# -- the declared rights and factors (issue 15) ----------------------------------------------

@merits(merits_cases(rights=BIVENS_RIGHTS), bundled_examples=(KO_ICE, AIIL))
def test_a_count_on_a_right_the_rule_book_does_not_declare_is_named_and_never_decided(data):
    """Alexander v. Sandoval, 532 U.S. 275, 286-87 (2001): a right of action is created by law. A count on
    a right no declared law gives is never dismissed, never survives and puts no motion at issue; the
    rule book names it instead (`check` warns)."""
    d = derivation(data)
    known = set(law_members("right_clause")) | set(law_members("statutory_right"))
    for c in data["counts"]:
        rulings_on_it = [r.id for r in d.rulings if c["id"] in r.atom.args]
        if c["right"] in known:
            assert not has(d, "unknown_symbol", "right", c["right"])
        else:
            assert has(d, "unknown_symbol", "right", c["right"]) and not rulings_on_it, (c, rulings_on_it)


@merits(merits_cases(rights=BIVENS_RIGHTS), bundled_examples=(KO_ICE,))
def test_every_argued_factor_the_supreme_court_named_is_known_and_any_other_is_named(data):
    """Ziglar v. Abbasi, 582 U.S. 120, 136 (2017): the special factors are the Court's; the rule book's
    are the ones it declares, and the generators argue only those."""
    d = derivation(data)
    for (f,) in stated(d, "argued_special_factor"):
        assert (f in ARGUABLE_FACTORS) == has(d, "known_symbol", "factor", f)
        assert has(d, "unknown_symbol", "factor", f) == (f not in ARGUABLE_FACTORS)


@merits(merits_cases(rights=BIVENS_RIGHTS), bundled_examples=(KO_ICE,))
def test_a_factor_nobody_argued_never_counsels_hesitation_unless_the_record_itself_shows_it(data):
    """The factors issue 15 added (foreign relations, the military, private defendants, Egbert's reason to
    pause, Congress's deliberate silence, national security) are weighed only when argued."""
    d = derivation(data)
    argued = {f for (f,) in stated(d, "argued_special_factor")}
    for c, f in rows(d, "special_factor"):
        if f in ("foreign_relations", "military_affairs", "private_defendant", "congress_better_equipped",
                 "national_security"):
            assert f in argued, (c, f)


@merits(merits_cases(rights=BIVENS_RIGHTS, immunity=True), bundled_examples=(KO_ICE, AIIL))
def test_on_a_constitutional_claim_immunity_holds_exactly_when_some_prong_fails(data):
    """Pearson v. Callahan, 555 U.S. 223, 232, 236 (2009): immune unless a violation is shown and the law
    was clearly established; the court may decide the prongs in either order."""
    d = derivation(data)
    prong1, prong2 = outcomes(d, "violation_shown"), outcomes(d, "clearly_established")
    for args, outcome in outcomes(d, "qualified_immunity").items():
        if args not in prong1 or "undetermined" in (outcome, prong1[args], prong2[args]):
            continue
        assert (outcome == "holds") == ("fails" in (prong1[args], prong2[args])), (args, outcome)
