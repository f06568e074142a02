"""Procedural rulings: which 12(b)(6) arguments are before the court, related
cases, and motions left over from a transferring court.

K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 17: Plaintiffs argued that the 12(b)(6) arguments
"are no longer ripe for decision because Judge Hillman already ruled on that
motion. ... This is contrary to the parties' agreement with the Court ... The
issues have been fully briefed—in two different courts now—and will be
resolved here in the interest of efficiency." (Dietz v. Bouldin, 136 S. Ct. at
1892). Id. at 14 n.1: cases are related when they "involve common issues of
fact" or "grow out of the same event or transaction" (LCvR 40.5(a)(3)); Ms. Q
"involves some common issues of fact, [but] those facts concern nationwide
government policies that could be shared between any number of cases"; it is
stayed, so "[a] transfer would therefore not benefit judicial economy". Id. at
31 n.5: the motion for leave from D. Mass. Local Rule 15.1 is "moot in light of
the transfer": there is no need to excuse compliance "with a local rule from a
different district that has no bearing on this Court."

A claim is *challenged* — and every merits question about it at issue — when
a defendant it names joined a motion to dismiss for failure to state a claim
whose 12(b)(6) arguments are ripe, or moved for summary judgment on it (Fed. R.
Civ. P. 56(a)), or the loser below brought it up for review (appellate_review); and only if the count's right is one the rule book knows (a
count on any other right is named by `check`, never silently decided: rights).

Not modelled: the other LCvR 40.5(a)(3) alternatives; the later-assigned
judge's residual discretion (LCvR 40.5(c)(2)) beyond judicial economy; how a
motion comes to be fully briefed (stated as a record fact).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    # the motion to dismiss
    pred("moved_to_dismiss", "defendant:party motion:symbol", "{defendant} joined {motion}, a motion to dismiss",
         RECORD),
    pred("motion_ground", "motion:symbol ground:symbol", "{motion} seeks dismissal for {ground}", RECORD),
    pred("fully_briefed", "motion:symbol", "{motion} is fully briefed", RECORD),
    pred("moved_for_summary_judgment", "defendant:party motion:symbol",
         "{defendant} moved, by {motion}, for summary judgment", RECORD),
    pred("ground_left_open_by_transferor", "motion:symbol ground:symbol",
         "the transferring court did not decide {motion}'s {ground} arguments", RECORD,
         negated="the transferring court decided {motion}'s {ground} arguments"),
    pred("briefed_after_transfer", "motion:symbol ground:symbol",
         "the parties agreed to brief, and briefed, {motion}'s {ground} arguments after the transfer", RECORD),
    pred("ripeness_disputed", "motion:symbol ground:symbol",
         "the plaintiffs argue that {motion}'s {ground} arguments are no longer ripe", RECORD),
    pred("ground_ripe", "motion:symbol ground:symbol",
         "{motion}'s {ground} arguments are ripe for decision", DERIVED),
    pred("claim_challenged", "count:count defendant:party",
         "{count} against {defendant} is before the court: on a ripe motion to dismiss for failure to state a "
         "claim or for summary judgment, or brought up for review", DERIVED),
    pred("count_challenged", "count:count", "a ripe motion to dismiss puts {count} at issue", DERIVED),
    # related cases (LCvR 40.5)
    pred("noticed_related_case", "other:symbol", "the defendants filed a notice that {other} is a related case",
         RECORD),
    pred("shares_common_issues_of_fact", "other:symbol", "{other} involves some common issues of fact with this case",
         RECORD),
    pred("grows_out_of_same_event", "other:symbol",
         "{other} grows out of the same event or transaction as this case", RECORD),
    pred("other_case_stayed", "other:symbol", "{other} is stayed", RECORD,
         negated='{other} is not stayed'),
    pred("common_facts_only_nationwide_policy", "other:symbol",
         "the facts {other} shares with this case concern only nationwide government policies that any number "
         "of cases could share", FINDING),
    pred("generic_overlap", "other:symbol",
         "{other} shares only facts about nationwide policies, which does not make cases related", DERIVED,
         exception=True,
         negated='{other} shares more than facts about nationwide policies'),
    pred("cases_related", "other:symbol", "{other} is related to this case under LCvR 40.5(a)(3)", DERIVED),
    pred("related_case_transfer", "other:symbol",
         "this case is transferred to the judge presiding over {other}", DERIVED),
    # motions left over from a transferring court
    pred("seeks_relief_from_local_rule", "motion:symbol local_rule:symbol",
         "{motion} asks to be excused from {local_rule}", RECORD),
    pred("local_rule_of", "local_rule:symbol state:state", "{local_rule} is a local rule of the district court in "
                                                            "{state}", RECORD),
    pred("case_transferred_from", "state:state", "the case was transferred here from the district court in {state}",
         RECORD),
    pred("local_rule_relief_sought", "motion:symbol", "{motion} asks to be excused from a local rule", DERIVED),
    pred("motion_moot", "motion:symbol", "{motion} is moot", DERIVED),
]

RULES = [
    rule("procedural_rulings.fully_briefed_motion_is_ripe",
         "ground_ripe(M, G) if motion_ground(M, G) and fully_briefed(M)"
         " and not ground_left_open_by_transferor(M, G)",
         authority="Fed. R. Civ. P. 12(b)(6) (1938); Dietz v. Bouldin, 136 S. Ct. 1885, 1892 (2016)",
         decided="1938", court="supreme_court",
         gloss="A fully briefed motion pending before the court is ripe for decision."),
    rule("procedural_rulings.left_open_and_briefed_after_transfer",
         "ground_ripe(M, G) if ground_left_open_by_transferor(M, G) and briefed_after_transfer(M, G)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 17 (D.D.C. June 23, 2020) (citing Dietz v. Bouldin, "
                   "136 S. Ct. 1885, 1892 (2016))",
         decided="2020-06-23", court="D.D.C.",
         gloss="Arguments the transferring court left undecided, and which the parties agreed to brief and did "
               "brief after transfer, are ripe in the transferee court."),
    rule("procedural_rulings.claim_challenged",
         "claim_challenged(C, D) if count_against(C, D) and moved_to_dismiss(D, M)"
         " and ground_ripe(M, failure_to_state_a_claim) and count_invokes(C, R) and known_symbol(right, R)"
         " and not merits_foreclosed(D, M)",
         authority="Fed. R. Civ. P. 12(b)(6) (1938); Fed. R. Civ. P. 12(b)(6); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
         decided="1938", court="enacted_law",
         gloss="A count on a right the rule book knows is tested for failure to state a claim against each "
               "defendant who moved to dismiss it."),
    rule("procedural_rulings.summary_judgment",
         "claim_challenged(C, D) if count_against(C, D) and moved_for_summary_judgment(D, M) and fully_briefed(M)"
         " and count_invokes(C, R) and known_symbol(right, R) and not merits_foreclosed(D, M)",
         authority="Fed. R. Civ. P. 56(c) (1938), now 56(a); Celotex Corp. v. Catrett, 477 U.S. 317, 322-23 "
                   "(1986); Hope v. Pelzer, 536 U.S. 730, 736 (2002)",
         decided="1938",
         court="enacted_law", gloss="A count on a right the rule book knows is tested, on the record, against each defendant who moved "
               "for summary judgment on it.",
         test="there is no genuine dispute as to any material fact and the movant is entitled to judgment as a "
              "matter of law"),
    rule("procedural_rulings.count_challenged",
         "count_challenged(C) if claim_challenged(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A count is at issue when it is challenged against some defendant."),
    rule("procedural_rulings.common_facts",
         "cases_related(X) if noticed_related_case(X) and shares_common_issues_of_fact(X)"
         " and not generic_overlap(X)",
         authority="LCvR 40.5(a)(3) (D.D.C.); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 14 n.1 (D.D.C. June 23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="Cases are related when they involve common issues of fact — not facts about nationwide policies "
               "that any number of cases could share.",
         test="involve common issues of fact"),
    rule("procedural_rulings.same_event",
         "cases_related(X) if noticed_related_case(X) and grows_out_of_same_event(X)",
         authority="LCvR 40.5(a)(3) (D.D.C.), as K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 14 n.1, quotes it",
         decided="2020-06-23", court="D.D.C.",
         gloss="Cases are related when they grow out of the same event or transaction.",
         test="grow out of the same event or transaction"),
    rule("procedural_rulings.generic_overlap",
         "generic_overlap(X) if common_facts_only_nationwide_policy(X)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 14 n.1 (D.D.C. June 23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="Shared facts about nationwide government policies do not make two cases related."),
    rule("procedural_rulings.related_case_transfer",
         "related_case_transfer(X) if cases_related(X) and not other_case_stayed(X)",
         authority="LCvR 40.5(c)(2), (c)(3) (D.D.C.); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 14 n.1 (D.D.C. June "
                   "23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="The later-assigned judge transfers a related case when the transfer serves judicial economy — "
               "not to a case that is stayed."),
    rule("procedural_rulings.local_rule_relief_sought",
         "local_rule_relief_sought(M) if seeks_relief_from_local_rule(M, R)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 31 n.5 (D.D.C. June 23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="A motion to be excused from a local rule is a pending motion the court must dispose of."),
    rule("procedural_rulings.other_districts_local_rule_moot",
         "motion_moot(M) if seeks_relief_from_local_rule(M, R) and local_rule_of(R, S)"
         " and case_transferred_from(S) and forum_state(F) and S != F",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 31 n.5 (D.D.C. June 23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="After transfer, a motion to be excused from the transferring district's local rule is moot: that "
               "rule has no bearing on this court."),
]

QUESTIONS = [
    question("ripeness", "The 12(b)(6) arguments after transfer", "ground_ripe(M, G)", "ripeness_disputed(M, G)",
             holds="ripe, decided", fails="not ripe", order=40),
    question("related_case", "Notice of related case (LCvR 40.5)", "related_case_transfer(X)",
             "noticed_related_case(X)", holds="transferred", fails="not transferred", order=41),
    question("local_rule_motion", "Motion for leave from another district's local rule", "motion_moot(M)",
             "local_rule_relief_sought(M)", holds="moot", fails="to be decided", order=42),
]
