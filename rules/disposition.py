"""The disposition: which claims, counts and defendants are dismissed, and the
motion's fate.

"IT IS ORDERED GRANTING Defendants' Motion to Dismiss. (Doc. 52.) Counts I-VIII
are DISMISSED WITHOUT LEAVE TO AMEND and the Individual Defendants ... are
dismissed from this action." A.I.I.L., Order at 30. "[T]he individual
Defendants' Motion to Dismiss (ECF No. 51) is GRANTED. Plaintiffs' Motion for
Leave to File a Second Amended Complaint (ECF No. 64) is DENIED." K.O., Mem.
Op. at 33.

A claim (a count against one defendant) is dismissed when it fails on the
first ground the court reaches: no Bivens remedy, qualified immunity, or its
elements. A count is dismissed when no claim in it survives; a defendant is
dismissed when every claim against him is dismissed without leave to amend;
a motion to dismiss is granted when every claim it challenges is dismissed.

Not modelled: dismissal with or without prejudice (neither court said);
partial grants beyond "granted in part" (derived as not granted).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("claim_dismissed", "count:count defendant:party", "{count} against {defendant} is dismissed", DERIVED,
         negated='{count} against {defendant} is not dismissed'),
    pred("count_survives_in_part", "count:count", "some claim in {count} survives", DERIVED,
         negated='no claim in {count} survives'),
    pred("count_dismissed", "count:count", "{count} is dismissed", DERIVED),
    pred("defendant_challenged", "defendant:party", "{defendant} moved to dismiss the claims against him or her",
         DERIVED),
    pred("defendant_keeps_a_claim", "defendant:party",
         "some claim against {defendant} survives or may be repleaded", DERIVED,
         negated='no claim against {defendant} survives or may be repleaded'),
    pred("defendant_dismissed", "defendant:party", "{defendant} is dismissed from the action", DERIVED),
    pred("motion_to_dismiss_decided", "motion:symbol", "the court decides {motion}", DERIVED),
    pred("motion_denied_in_part", "motion:symbol", "some claim {motion} challenges survives", DERIVED,
         negated='no claim {motion} challenges survives'),
    pred("motion_to_dismiss_granted", "motion:symbol", "{motion} is granted", DERIVED),
]

RULES = [
    rule("disposition.no_bivens_remedy",
         "claim_dismissed(C, D) if bivens_claim_challenged(C, D) and not bivens_remedy(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6) (1938); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857 (2017)",
         decided="1938", court="supreme_court",
         gloss="A Bivens claim without a Bivens remedy fails to state a claim."),
    rule("disposition.immunity",
         "claim_dismissed(C, D) if qualified_immunity(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6) (1938); Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011); Pearson v. Callahan, 555 U.S. 223, 231 (2009)",
         decided="1938", court="supreme_court",
         gloss="A claim against an official entitled to qualified immunity is dismissed."),
    rule("disposition.conspiracy_not_pleaded",
         "claim_dismissed(C, D) if conspiracy_elements_reached(C, D) and not conspiracy_claim_stated(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6) (1938); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
         decided="1938", court="supreme_court",
         gloss="A § 1985(3) claim that does not plead each element fails to state a claim."),
    rule("disposition.neglect_not_stated",
         "claim_dismissed(C, D) if section_1986_claim_challenged(C, D) and not neglect_claim_stated(C, D)",
         authority="42 U.S.C. § 1986; Panahi v. Los Angeles Police Dep't, 839 F.2d 621, 626 (9th Cir. 1988)",
         decided="1871-04-20", court="enacted_law",
         gloss="A § 1986 claim that fails its elements is dismissed."),
    rule("disposition.count_survives",
         "count_survives_in_part(C) if claim_challenged(C, D) and not claim_dismissed(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A count survives against any defendant whose claim is not dismissed."),
    rule("disposition.count_dismissed",
         "count_dismissed(C) if count_challenged(C) and not count_survives_in_part(C)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A count is dismissed when the claim fails against every defendant challenged."),
    rule("disposition.defendant_challenged",
         "defendant_challenged(D) if claim_challenged(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A defendant whose claims are challenged on a ripe motion to dismiss."),
    rule("disposition.surviving_claim",
         "defendant_keeps_a_claim(D) if claim_challenged(C, D) and not claim_dismissed(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A defendant stays in the action while any claim against him or her survives."),
    rule("disposition.claim_may_be_repleaded",
         "defendant_keeps_a_claim(D) if claim_challenged(C, D) and leave_to_amend(C)",
         authority="Fed. R. Civ. P. 15(a)(2)",
         decided="1938", court="enacted_law",
         gloss="A defendant stays in the action while a claim against him or her may be repleaded."),
    rule("disposition.defendant_dismissed",
         "defendant_dismissed(D) if defendant_challenged(D) and not defendant_keeps_a_claim(D)",
         authority="Fed. R. Civ. P. 12(b)(6); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 30 (D. Ariz. Mar. 31, 2022)",
         decided="1938", court="enacted_law",
         gloss="A defendant every claim against whom is dismissed without leave to amend is dismissed from the "
               "action."),
    rule("disposition.motion_decided",
         "motion_to_dismiss_decided(M) if moved_to_dismiss(D, M) and ground_ripe(M, failure_to_state_a_claim)"
         " and claim_challenged(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A ripe motion to dismiss for failure to state a claim is decided on the claims it challenges (not "
               "on a count whose right the rule book does not know)."),
    rule("disposition.motion_denied_in_part",
         "motion_denied_in_part(M) if moved_to_dismiss(D, M) and claim_challenged(C, D) and not claim_dismissed(C, D)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A motion to dismiss is denied as to any claim that survives."),
    rule("disposition.motion_granted",
         "motion_to_dismiss_granted(M) if motion_to_dismiss_decided(M) and not motion_denied_in_part(M)",
         authority="Fed. R. Civ. P. 12(b)(6)",
         decided="1938", court="enacted_law",
         gloss="A motion to dismiss is granted when every claim it challenges is dismissed."),
]

QUESTIONS = [
    question("count_dismissed", "Count", "count_dismissed(C)", "count_challenged(C)",
             holds="dismissed", fails="survives", short="Count", order=90),
    question("defendant_dismissed", "Dismissed from the action", "defendant_dismissed(D)",
             "defendant_challenged(D)", holds="dismissed", fails="remains", short="Dismissed", order=95),
    question("motion_to_dismiss", "Motion to dismiss", "motion_to_dismiss_granted(M)", "motion_to_dismiss_decided(M)",
             holds="granted", fails="denied in part", order=96),
]
