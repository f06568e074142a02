"""42 U.S.C. § 1985(3): the elements, and the intracorporate-conspiracy question.

"To state a claim under Section 1985(3), a plaintiff must allege (1) a
conspiracy; (2) for the purpose of depriving, either directly or indirectly,
any person or class of persons of the equal protection of laws; and (3) an act
in furtherance of the conspiracy; (4) whereby a person is either injured in
his person or property or deprived of any right or privilege of a citizen of
the United States." K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 25 (quoting Wilson v. DNC Servs.
Corp., 315 F. Supp. 3d 392, 400-01 (D.D.C. 2018)).

Under the intracorporate-conspiracy doctrine "an agreement between or among
agents of the same legal entity, when the agents act in their official
capacities, is not an unlawful conspiracy" (Ziglar v. Abbasi, 137 S. Ct. 1843,
1867 (2017)). Whether it reaches § 1985(3) claims, and officials of different
agencies, was not clearly established: "[t]he Ninth Circuit has not decided
whether the intracorporate conspiracy doctrine applies to civil rights
actions" (A.I.I.L., Order at 28, citing Fazaga, 965 F.3d at 1060 & n.41); the
question "is sufficiently open that the issue is not 'beyond debate'" (K.O.,
Mem. Op. at 30); "Plaintiffs have failed to show a 'robust consensus of
persuasive authority'" (A.I.I.L., Order at 29). The doctrine "protects only
employees acting within the scope of their employment" (K.O., Mem. Op. at 29,
citing Mehari, 268 F. Supp. 3d at 80).

So when every alleged conspirator is a federal official acting within the
scope of employment, liability turns on an open question unless controlling
authority or a robust consensus settles that the doctrine does not reach
§ 1985(3) claims — or, for a conspiracy across agencies, that it stops at an
agency's line.

The elements include Griffin's class-based, invidiously discriminatory animus
(403 U.S. at 102), decided when the defendants dispute it (`animus_disputed`
puts the finding `class_based_animus` in issue), and, for a conspiracy of
private persons, that it be aimed at a right protected against private as well
as official encroachment (Carpenters, 463 U.S. at 833; Bray, 506 U.S. at
274-78): the court's finding `conspiracy_aimed_at` names the right the
conspiracy was aimed at (an incidental effect on a right is not enough, Bray at
275-76), and each right is classified by whom it is protected against.

Not modelled: the validity of a § 1985(3) claim against defendants who did not
join the motion (K.O.'s non-identified agents): only claims the motion tests
can supply the valid claim a § 1986 count needs; which classes beyond race the animus may be directed at
(Bray, 506 U.S. at 269: women seeking abortion are not one; the finding states the result); the second
("hindrance") clause; whether the doctrine, if it applied, would defeat the
conspiracy element on the merits (neither court decided it).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("count_alleges_conspiracy", "count:count conspiracy:symbol", "{count} rests on {conspiracy}", RECORD),
    pred("conspiracy_purpose_equal_protection", "conspiracy:symbol",
         "{conspiracy} is alleged to have aimed to deprive a class of persons of the equal protection of the laws",
         RECORD),
    pred("act_in_furtherance", "conspiracy:symbol act:symbol", "{act} is alleged to have furthered {conspiracy}",
         RECORD),
    pred("injured_by", "plaintiff:party conspiracy:symbol",
         "{plaintiff} is alleged to have been injured or deprived of a right by {conspiracy}", RECORD),
    pred("animus_disputed", "conspiracy:symbol",
         "the defendants dispute that {conspiracy} was motivated by a class-based, invidiously discriminatory "
         "animus", RECORD),
    pred("class_based_animus", "conspiracy:symbol",
         "{conspiracy} was motivated by a racial, or otherwise class-based, invidiously discriminatory animus",
         FINDING, raised_by="animus_disputed(Conspiracy)",
         negated='{conspiracy} was not shown to be motivated by a class-based, invidiously discriminatory animus'),
    pred("conspiracy_aimed_at", "conspiracy:symbol right:symbol",
         "{conspiracy} was aimed at interfering with {right} (the right was its object, not an incidental effect)",
         FINDING),
    pred("protected_against_private_encroachment", "right:symbol",
         "{right} is protected against private, as well as official, encroachment", DERIVED),
    pred("protected_only_against_state_action", "right:symbol",
         "{right} is protected only against interference by the State", DERIVED),
    pred("official_conspirator", "conspiracy:symbol", "some alleged member of {conspiracy} is a public official",
         DERIVED,
         negated='no alleged member of {conspiracy} is a public official'),
    pred("aimed_at_privately_protected_right", "conspiracy:symbol",
         "{conspiracy} was aimed at a right protected against private encroachment", DERIVED,
         negated='{conspiracy} was not aimed at a right protected against private encroachment'),
    pred("animus_lacking", "conspiracy:symbol",
         "{conspiracy} was not motivated by a class-based, invidiously discriminatory animus", DERIVED,
         exception=True,
         negated="{conspiracy}'s class-based animus is not shown lacking"),
    pred("unprotected_object", "conspiracy:symbol",
         "{conspiracy} is a private conspiracy aimed at a right protected only against the State", DERIVED,
         exception=True,
         negated='{conspiracy} is not a private conspiracy aimed at a right protected only against the State'),
    pred("section_1985_claim_challenged", "count:count defendant:party",
         "the motion to dismiss challenges the § 1985(3) claim in {count} against {defendant}", DERIVED),
    pred("conspiracy_claim_stated", "count:count defendant:party",
         "{count} pleads each element of a § 1985(3) conspiracy against {defendant}", DERIVED,
         negated='{count} does not plead each element of a § 1985(3) conspiracy against {defendant}'),
    pred("conspiracy_elements_reached", "count:count defendant:party",
         "the court reaches whether {count} pleads a § 1985(3) conspiracy against {defendant}", DERIVED),
    pred("federal_official_within_scope", "party:party",
         "{party} is a federal official who acted within the scope of employment", DERIVED,
         negated='{party} is not a federal official acting within the scope of employment'),
    pred("conspirator_outside_scope", "conspiracy:symbol",
         "some alleged member of {conspiracy} is not a federal official acting within the scope of employment",
         DERIVED,
         negated='every alleged member of {conspiracy} is a federal official acting within the scope of employment'),
    pred("intracorporate_conspiracy", "conspiracy:symbol",
         "every alleged member of {conspiracy} is a federal official acting within the scope of employment", DERIVED),
    pred("cross_agency_conspiracy", "conspiracy:symbol",
         "the alleged members of {conspiracy} served in different agencies", DERIVED),
    pred("intracorporate_bar_clearly_overcome", "conspiracy:symbol",
         "settled law holds that the intracorporate-conspiracy doctrine does not shield {conspiracy}", DERIVED,
         negated='no settled law holds that the intracorporate-conspiracy doctrine does not shield {conspiracy}'),
    pred("barred_by_unsettled_law", "count:count defendant:party",
         "{defendant} pleads immunity to the § 1985(3) claim in {count}, and the law was not clearly established",
         DERIVED, exception=True,
         negated='the § 1985(3) claim in {count} is not barred by unsettled law as to {defendant}'),
    pred("valid_section_1985_claim", "conspiracy:symbol",
         "the complaint states a valid § 1985(3) claim on {conspiracy}", DERIVED,
         negated='the complaint states no valid § 1985(3) claim on {conspiracy}'),
]

# Rights by whom they are protected against (Carpenters v. Scott, 463 U.S. 825, 833 (1983); Bray, 506 U.S.
# at 274-78): right -> (protected against private encroachment?, authority, date).
PROTECTED_RIGHTS = {
    "interstate_travel": (True, "Griffin v. Breckenridge, 403 U.S. 88, 105-06 (1971); Bray v. Alexandria Women's "
                                "Health Clinic, 506 U.S. 263, 274 (1993)", "1971-06-07"),
    "freedom_from_badges_of_slavery": (True, "U.S. Const. amend. XIII; Griffin v. Breckenridge, 403 U.S. 88, "
                                             "104-05 (1971)", "1971-06-07"),
    "equal_protection": (False, "U.S. Const. amend. XIV, § 1; United Bhd. of Carpenters & Joiners v. Scott, 463 "
                                "U.S. 825, 831-33 (1983)", "1983-07-05"),
    "first_amendment_association": (False, "United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 830-33 "
                                           "(1983)", "1983-07-05"),
    "abortion": (False, "Bray v. Alexandria Women's Health Clinic, 506 U.S. 263, 278 (1993) (the right is "
                        "protected only against state interference)", "1993-01-13"),
}

RULES = []
for right, (private, authority, decided) in PROTECTED_RIGHTS.items():
    head = "protected_against_private_encroachment" if private else "protected_only_against_state_action"
    RULES.append(rule(f"conspiracy_1985.protected_{right}", f"{head}({right})", authority=authority,
                      decided=decided, court="supreme_court",
                      gloss=f"The right of {right.replace('_', ' ')} is protected "
                            + ("against private as well as official encroachment." if private
                               else "only against interference by the State.")))
RULES += [
    rule("conspiracy_1985.known_protected_right",
         "known_symbol(protected_right, R) if protected_against_private_encroachment(R)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 833 (1983)", decided="1983-07-05",
         court="supreme_court", gloss="A right the rule book classifies by whom it is protected against is known."),
    rule("conspiracy_1985.known_state_protected_right",
         "known_symbol(protected_right, R) if protected_only_against_state_action(R)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 833 (1983)", decided="1983-07-05",
         court="supreme_court", gloss="A right the rule book classifies by whom it is protected against is known."),
    rule("conspiracy_1985.unknown_protected_right",
         "unknown_symbol(protected_right, R) if conspiracy_aimed_at(K, R) and not known_symbol(protected_right, R)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 833 (1983)", decided="1983-07-05",
         court="supreme_court",
         gloss="A right a conspiracy is said to be aimed at that the rule book does not classify is named for the "
               "author."),
    rule("conspiracy_1985.animus_lacking",
         "animus_lacking(K) if animus_disputed(K) and not class_based_animus(K)",
         authority="Griffin v. Breckenridge, 403 U.S. 88, 102 (1971); Bray v. Alexandria Women's Health Clinic, 506 "
                   "U.S. 263, 268-74 (1993)",
         decided="1971-06-07", court="supreme_court",
         gloss="A § 1985(3) conspiracy needs a racial, or perhaps otherwise class-based, invidiously discriminatory "
               "animus behind the conspirators' action.",
         test="there must be some racial, or perhaps otherwise class-based, invidiously discriminatory animus "
              "behind the conspirators' action"),
    rule("conspiracy_1985.official_conspirator",
         "official_conspirator(K) if conspiracy_member(D, K) and federal_officer(D)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 830-33 (1983)", decided="1983-07-05",
         court="supreme_court", gloss="A conspiracy with a federal official among its members involves official action."),
    rule("conspiracy_1985.state_official_conspirator",
         "official_conspirator(K) if conspiracy_member(D, K) and acted_under_color_of_state_law(D)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 830-33 (1983)", decided="1983-07-05",
         court="supreme_court", gloss="A conspiracy with a state actor among its members involves state action."),
    rule("conspiracy_1985.aimed_at_privately_protected_right",
         "aimed_at_privately_protected_right(K) if conspiracy_aimed_at(K, R) and protected_against_private_encroachment(R)",
         authority="Bray v. Alexandria Women's Health Clinic, 506 U.S. 263, 274-75 (1993); Griffin v. "
                   "Breckenridge, 403 U.S. 88, 105-06 (1971)",
         decided="1993-01-13", court="supreme_court",
         gloss="A private conspiracy may violate § 1985(3) if it is aimed at a right protected against private "
               "encroachment, such as interstate travel."),
    rule("conspiracy_1985.unprotected_object",
         "unprotected_object(K) if conspiracy_aimed_at(K, R) and protected_only_against_state_action(R)"
         " and not official_conspirator(K) and not aimed_at_privately_protected_right(K)",
         authority="United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 833 (1983); Bray v. Alexandria "
                   "Women's Health Clinic, 506 U.S. 263, 274-78 (1993)",
         decided="1983-07-05", court="supreme_court",
         gloss="A conspiracy of private persons aimed only at a right protected against the State is not a "
               "§ 1985(3) conspiracy.",
         test="the conspiracy must be aimed at interfering with rights that are protected against private, as well "
              "as official, encroachment"),
    rule("conspiracy_1985.challenged",
         "section_1985_claim_challenged(C, D) if claim_challenged(C, D) and count_invokes(C, "
         "section_1985_3_conspiracy)",
         authority="42 U.S.C. § 1985(3); Griffin v. Breckenridge, 403 U.S. 88, 102-03 (1971)",
         decided="1971-06-07", court="enacted_law",
         gloss="A count under § 1985(3) challenged on a motion to dismiss."),
    rule("conspiracy_1985.elements",
         "conspiracy_claim_stated(C, D) if count_invokes(C, section_1985_3_conspiracy) and count_against(C, D)"
         " and count_alleges_conspiracy(C, K) and conspiracy_member(D, K) and conspiracy_member(D2, K) and D != D2"
         " and conspiracy_purpose_equal_protection(K) and act_in_furtherance(K, A) and injured_by(P, K)"
         " and plaintiff(P) and not animus_lacking(K) and not unprotected_object(K)",
         authority="Griffin v. Breckenridge, 403 U.S. 88, 102-03 (1971); United Bhd. of Carpenters & Joiners v. Scott, 463 U.S. 825, 828-29 (1983); Wilson v. DNC Servs. Corp., 315 F. Supp. 3d 392, 400-01 (D.D.C. 2018) (quoting Pope v. Bond, "
                   "641 F. Supp. 489, 498 (D.D.C. 1986)); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 25 (D.D.C. June "
                   "23, 2020)",
         decided="1971-06-07", court="supreme_court",
         gloss="A § 1985(3) claim needs a conspiracy, to deprive a class of equal protection, an act in furtherance, "
               "and an injury or deprivation.",
         test="(1) a conspiracy; (2) for the purpose of depriving ... any person or class of persons of the equal "
              "protection of laws; and (3) an act in furtherance of the conspiracy; (4) whereby a person is either "
              "injured in his person or property or deprived of any right or privilege"),
    rule("conspiracy_1985.elements_without_immunity",
         "conspiracy_elements_reached(C, D) if section_1985_claim_challenged(C, D)"
         " and not qualified_immunity_raised(C, D)",
         authority="Griffin v. Breckenridge, 403 U.S. 88, 102-03 (1971); Fed. R. Civ. P. 12(b)(6); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
         decided="1971-06-07", court="enacted_law",
         gloss="Without an immunity defence, the court decides whether the elements are pleaded."),
    rule("conspiracy_1985.elements_as_violation_prong",
         "conspiracy_elements_reached(C, D) if section_1985_claim_challenged(C, D) and violation_prong_reached(C, D)",
         authority="Pearson v. Callahan, 555 U.S. 223, 236 (2009)",
         decided="2009-01-21", court="supreme_court",
         gloss="Under an immunity defence, the elements are the violation prong, reached only if the law was "
               "clearly established."),
    rule("conspiracy_1985.violation",
         "right_violated(C, D) if conspiracy_claim_stated(C, D)",
         authority="Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011)",
         decided="2011-05-31", court="supreme_court",
         gloss="A § 1985(3) claim pleaded in every element shows a violation of a statutory right."),
    rule("conspiracy_1985.federal_official_within_scope",
         "federal_official_within_scope(D) if federal_officer(D) and acted_within_scope_of_employment(D)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1867-68 (2017); Mehari v. District of Columbia, 268 F. Supp. 3d 73, 80 (D.D.C. 2017); Ziglar v. Abbasi, 137 S. Ct. "
                   "1843, 1868 (2017)",
         decided="2017-06-19", court="supreme_court",
         gloss="The intracorporate-conspiracy doctrine protects only employees acting within the scope of their "
               "employment."),
    rule("conspiracy_1985.outsider",
         "conspirator_outside_scope(K) if conspiracy_member(D, K) and not federal_official_within_scope(D)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1867-68 (2017); Mehari v. District of Columbia, 268 F. Supp. 3d 73, 80 (D.D.C. 2017)",
         decided="2017-06-19", court="supreme_court",
         gloss="A conspirator who is not a federal official acting within the scope of employment takes the "
               "agreement outside the doctrine."),
    rule("conspiracy_1985.intracorporate",
         "intracorporate_conspiracy(K) if count_alleges_conspiracy(C, K) and not conspirator_outside_scope(K)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1867 (2017) (citing Copperweld Corp. v. Indep. Tube Corp., "
                   "467 U.S. 752, 769-71 (1984))",
         decided="2017-06-19", court="supreme_court",
         gloss="An agreement among agents of one entity acting in their official capacities is the intracorporate "
               "case."),
    rule("conspiracy_1985.cross_agency",
         "cross_agency_conspiracy(K) if conspiracy_member(D1, K) and conspiracy_member(D2, K)"
         " and member_of_agency(D1, A1) and member_of_agency(D2, A2) and A1 != A2",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 28 (D.D.C. June 23, 2020); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 28 "
                   "(D. Ariz. Mar. 31, 2022)",
         decided="2020-06-23", court=("D.D.C.", "D. Ariz."),
         gloss="Officials of different agencies conspiring is the across-agencies case."),
    rule("conspiracy_1985.doctrine_inapplicable_settled",
         "intracorporate_bar_clearly_overcome(K) if count_alleges_conspiracy(C, K)"
         " and settled_law(intracorporate_doctrine_inapplicable_to_section_1985)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1868 (2017); Bowie v. Maddox, 642 F.3d 1122, 1130-31 "
                   "(D.C. Cir. 2011)",
         decided="2017-06-19", court="supreme_court",
         gloss="Settled law that the doctrine does not apply to civil-rights conspiracies would remove the question."),
    rule("conspiracy_1985.agency_line_settled",
         "intracorporate_bar_clearly_overcome(K) if cross_agency_conspiracy(K)"
         " and settled_law(intracorporate_doctrine_inapplicable_across_agencies)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 28-30 (D.D.C. June 23, 2020); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 28-29 "
                   "(D. Ariz. Mar. 31, 2022)",
         decided="2020-06-23", court=("D.D.C.", "D. Ariz."),
         gloss="For officials of different agencies, settled law that the doctrine stops at an agency's line would "
               "remove the question."),
    rule("conspiracy_1985.intracorporate_question_open",
         "unsettled_question(C, D) if section_1985_claim_challenged(C, D) and count_alleges_conspiracy(C, K)"
         " and intracorporate_conspiracy(K) and not intracorporate_bar_clearly_overcome(K)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1867-69 (2017); Fazaga v. FBI, 965 F.3d 1015, 1060 & n.41 "
                   "(9th Cir. 2020); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 28-30 (D.D.C. June 23, 2020); "
                   "A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 28-29 (D. Ariz. Mar. 31, 2022)",
         decided="2017-06-19", court="supreme_court",
         gloss="Officials could not know that their planning could be labelled a § 1985(3) conspiracy while the "
               "intracorporate-conspiracy doctrine's reach is unsettled.",
         test="reasonably might not have known that their planning could be labeled a conspiracy under the statute"),
    # A pleaded claim is barred by immunity only if the law was unsettled. Read that directly, not through
    # the immunity ruling, which a § 1986 claim's own violation prong (neglect_1986.violation) feeds: the
    # rules would not be stratified.
    rule("conspiracy_1985.barred_by_unsettled_law",
         "barred_by_unsettled_law(C, D) if section_1985_claim_challenged(C, D) and qualified_immunity_raised(C, D)"
         " and unsettled_question(C, D)",
         authority="Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 30 "
                   "(D.D.C. June 23, 2020); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 28-29 (D. Ariz. "
                   "Mar. 31, 2022)",
         decided="2011-05-31", court="supreme_court",
         gloss="A § 1985(3) claim against an official who pleads immunity is barred while the intracorporate "
               "question is not beyond debate."),
    rule("conspiracy_1985.valid_claim",
         "valid_section_1985_claim(K) if count_alleges_conspiracy(C, K) and section_1985_claim_challenged(C, D)"
         " and conspiracy_claim_stated(C, D) and not barred_by_unsettled_law(C, D)",
         authority="42 U.S.C. § 1986 (neglect to prevent 'any of the wrongs conspired to be done, and mentioned in section 1985'); Panahi v. Los Angeles Police Dep't, 839 F.2d 621, 626 (9th Cir. 1988); Leonard v. George Wash. "
                   "Univ. Hosp., 273 F. Supp. 3d 247, 256 (D.D.C. 2017)",
         decided="1871-04-20", court="enacted_law",
         gloss="A § 1985(3) claim the motion tests is valid when it is pleaded and not barred by immunity."),
]

QUESTIONS = [
    question("conspiracy_claim", "§ 1985(3) elements (immunity's violation prong)", "conspiracy_claim_stated(C, D)",
             "section_1985_claim_challenged(C, D)", reached="conspiracy_elements_reached(C, D)",
             holds="stated", fails="not stated", short="§ 1985(3) elements", order=70),
]
