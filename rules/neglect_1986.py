"""42 U.S.C. § 1986: neglect to prevent a § 1985 wrong.

"[Section] 1986 imposes liability upon a person who 'neglects or refuses' to
prevent a wrong under § 1985." Jackson v. Donovan, 856 F. Supp. 2d 147, 150
(D.D.C. 2012). "A claim can be stated under section 1986 only if the complaint
contains a valid claim under section 1985(3)." Panahi v. Los Angeles Police
Dep't, 839 F.2d 621, 626 (9th Cir. 1988); Leonard v. George Wash. Univ. Hosp.,
273 F. Supp. 3d 247, 256 (D.D.C. 2017). Both courts held the § 1986 count
fails with the § 1985(3) count (A.I.I.L., Order at 28; K.O., Mem. Op. at 30),
so immunity on it is not reached.

Not modelled: the one-year limitation period; the defendant's power to prevent
is folded into the record fact `neglected_to_prevent`.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("knew_of_conspiracy", "party:party conspiracy:symbol",
         "{party} is alleged to have known of {conspiracy}", RECORD),
    pred("neglected_to_prevent", "party:party conspiracy:symbol",
         "{party} is alleged to have had power to prevent {conspiracy} and neglected or refused to", RECORD),
    pred("section_1986_claim_challenged", "count:count defendant:party",
         "the motion to dismiss challenges the § 1986 claim in {count} against {defendant}", DERIVED),
    pred("neglect_claim_stated", "count:count defendant:party",
         "{count} states a § 1986 claim against {defendant}", DERIVED,
         negated='{count} states no § 1986 claim against {defendant}'),
]

RULES = [
    rule("neglect_1986.challenged",
         "section_1986_claim_challenged(C, D) if claim_challenged(C, D) and count_invokes(C, "
         "section_1986_neglect_to_prevent)",
         authority="42 U.S.C. § 1986; Jackson v. Donovan, 856 F. Supp. 2d 147, 150 (D.D.C. 2012)",
         decided="2012", court="enacted_law",
         gloss="A count under § 1986 challenged on a motion to dismiss."),
    rule("neglect_1986.elements",
         "neglect_claim_stated(C, D) if count_invokes(C, section_1986_neglect_to_prevent) and count_against(C, D)"
         " and count_alleges_conspiracy(C, K) and valid_section_1985_claim(K) and knew_of_conspiracy(D, K)"
         " and neglected_to_prevent(D, K)",
         authority="42 U.S.C. § 1986; Panahi v. Los Angeles Police Dep't, 839 F.2d 621, 626 (9th Cir. 1988); Leonard v. George Wash. "
                   "Univ. Hosp., 273 F. Supp. 3d 247, 256 (D.D.C. 2017); Jackson v. Donovan, 856 F. Supp. 2d 147, 150 "
                   "(D.D.C. 2012)",
         decided="1871-04-20", court="enacted_law",
         gloss="A § 1986 claim needs a valid § 1985(3) claim, and a defendant who knew of the wrong and neglected "
               "to prevent it.",
         test="a colorable claim under § 1985 is a prerequisite to a claim under § 1986"),
    rule("neglect_1986.violation",
         "right_violated(C, D) if neglect_claim_stated(C, D)",
         authority="Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011); 42 U.S.C. § 1986",
         decided="2011-05-31", court="supreme_court",
         gloss="A § 1986 claim pleaded in every element shows a violation of a statutory right."),
    rule("neglect_1986.fails_first",
         "claim_fails_before_immunity(C, D) if section_1986_claim_challenged(C, D) and not neglect_claim_stated(C, D)",
         authority="Pearson v. Callahan, 555 U.S. 223, 236-42 (2009) (no need to decide immunity where the claim fails on another ground); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 30 (D.D.C. June 23, 2020); A.I.I.L. v. Sessions, No. "
                   "CV-19-00481-TUC-JCH, "
                   "Order at 28",
         decided="2009-01-21", court="supreme_court",
         gloss="A § 1986 claim without a valid § 1985(3) claim fails for that reason; immunity on it need not be "
               "reached."),
]

QUESTIONS = [
    question("neglect_claim", "§ 1986 neglect to prevent", "neglect_claim_stated(C, D)",
             "section_1986_claim_challenged(C, D)", holds="stated", fails="fails", short="§ 1986", order=71),
]
