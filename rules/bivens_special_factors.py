"""Bivens, step two: special factors counselling hesitation — and the remedy.

If a claim arises in a new context, the court asks "whether there are any
'special factors that counsel hesitation' about granting the extension";
when one or more gives "reason to pause", the request is rejected. Hernandez
v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58
(2017). The factors the two courts found:
- a challenge to general government policy: Bivens "is not a proper vehicle
  for altering an entity's policy" (Abbasi, at 1860; Malesko, 534 U.S. at 74;
  Mejia-Mejia, 2019 WL 4707150, at *4; K.O., Mem. Op. at 21; A.I.I.L., Order
  at 23-24);
- discovery into executive deliberations, weightier the closer to the
  President (Abbasi, at 1860-61; Cheney, 542 U.S. at 382-85; K.O., Mem. Op. at
  21-22; A.I.I.L., Order at 26);
- frequent and intense congressional action in immigration, without a damages
  remedy; an "explicit congressional declaration" is not required (Abbasi, at
  1862; Spagnola v. Mathis, 859 F.2d 223, 229 n.10 (D.C. Cir. 1988); K.O., Mem.
  Op. at 22-23; A.I.I.L., Order at 25-26);
- prosecutorial discretion, the Executive's enforcement of the laws (Mejia-
  Mejia, at *5; K.O., Mem. Op. at 22; A.I.I.L., Order at 26-27);
- national security at the border (Hernandez, at 746; K.O., Mem. Op. at 23,
  "somewhat less weight");
- alternative remedies (Abbasi, at 1858; Wilson v. Libby, 535 F.3d at 709).
  The FTCA does not count: a plaintiff may sue officials under Bivens alongside
  the United States under the FTCA (K.O., Mem. Op. at 24 n.3; Loumiet, 828
  F.3d at 945); it "does not afford comparable deterrence and compensation"
  (A.I.I.L., Order at 25; Quintero Perez, 8 F.4th at 1105) — but "the lack of an
  adequate alternative remedy is not dispositive" (id.; Schweiker v. Chilicky).

Each factor is one ruling per count (the courts weighed them count by count
and for all defendants together). A remedy lies in a recognised context, or in
a new context where no special factor counsels hesitation.

Not modelled: the weighing beyond "one factor suffices" (which factors a court
weighed more is the finding `primary_weight`, read only by
`primary_special_factor`); the independent ground of an explicit congressional
declaration; unworkability; whether an alternative "need not be an alternative
means of bringing exactly the same claim" (stated as the finding
`alternative_process`).
"""
from lexcheck.engine.rulebook import limit, question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    # the record
    pred("argued_special_factor", "factor:symbol", "the defendants argue that {factor} counsels hesitation", RECORD),
    pred("act_involved_prosecution_decisions", "act:symbol",
         "{act} included decisions to refer or prosecute for unlawful entry", RECORD),
    pred("act_concerns_border_crossing", "act:symbol", "{act} concerned people crossing the border", RECORD),
    pred("legislated_in_area", "statute:symbol area:symbol", "Congress enacted {statute}, which governs {area}",
         RECORD),
    pred("remedy_pointed_to", "remedy:symbol",
         "the parties point to {remedy} as another way to redress the plaintiffs' injuries", RECORD),
    pred("cause_of_action_assumed", "count:count",
         "the court assumes, without deciding, that a Bivens cause of action lies for {count}", RECORD),
    pred("claims_under_ftca", "claims:symbol",
         "{claims} are tort claims against the United States under the Federal Tort Claims Act", RECORD),
    # findings
    pred("extensive_congressional_action", "area:symbol",
         "congressional action in {area} has been frequent and intense, without a damages remedy", FINDING),
    pred("implicates_national_security", "act:symbol", "{act} implicates an element of national security", FINDING),
    pred("alternative_process", "remedy:symbol",
         "{remedy} is an alternative, existing process for protecting the plaintiffs' interests", FINDING),
    pred("primary_weight", "factor:symbol", "the court gave {factor} primary weight", FINDING),
    # law
    pred("setting_area", "setting:symbol area:symbol", "{setting} lies in the field of {area}", DERIVED),
    pred("high_level_rank", "rank:symbol", "{rank} is a high-level executive rank", DERIVED),
    # derived
    pred("special_factor_argued", "count:count factor:symbol",
         "the defendants argue that {factor} counsels hesitation about extending Bivens to {count}", DERIVED),
    pred("remedy_question_reached", "count:count defendant:party",
         "the court decides whether a Bivens remedy lies for {count} against {defendant}", DERIVED),
    pred("special_factors_reached", "count:count",
         "some claim in {count} arises in a new context, so the court reaches step two", DERIVED),
    pred("special_factor_considered", "count:count factor:symbol",
         "the court weighs whether {factor} counsels hesitation about extending Bivens to {count}", DERIVED),
    pred("parallel_ftca_remedy", "remedy:symbol",
         "{remedy} is an FTCA claim against the United States, which runs parallel to Bivens and is not an "
         "alternative remedy", DERIVED, exception=True),
    pred("alternative_remedy", "remedy:symbol", "{remedy} is an alternative remedy that counsels hesitation", DERIVED),
    pred("special_factor", "count:count factor:symbol",
         "{factor} counsels hesitation before extending Bivens to {count}", DERIVED),
    pred("primary_special_factor", "count:count factor:symbol",
         "{factor} is a special factor the court weighed most for {count}", DERIVED),
    pred("hesitation_counselled", "count:count",
         "special factors counsel hesitation before extending Bivens to {count}", DERIVED, exception=True),
    pred("bivens_remedy", "count:count defendant:party",
         "a Bivens damages remedy lies for {count} against {defendant}", DERIVED),
]

ABBASI = "Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017)"

RULES = [
    rule("bivens_special_factors.immigration_detention",
         "setting_area(immigration_detention, immigration)",
         authority="8 U.S.C. §§ 1225(b)(1)(B)(iii)(IV), 1232; K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 3-5 (D.D.C. "
                   "June 23, 2020)",
         decided="2020-06-23",
         gloss="Immigration detention is governed by the immigration laws."),
    rule("bivens_special_factors.border_enforcement",
         "setting_area(border_enforcement, immigration)",
         authority="8 U.S.C. § 1225; Hernandez v. Mesa, 140 S. Ct. 735, 746 (2020)",
         decided="2020-02-25",
         gloss="Enforcement at the border is governed by the immigration laws."),
]
for rank in ("cabinet_secretary", "agency_head", "senior_advisor"):
    RULES.append(rule(f"bivens_special_factors.high_level_{rank}", f"high_level_rank({rank})",
                      authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1860 (2017); Lanuza v. Love, 899 F.3d 1019, "
                                "1029 (9th Cir. 2018)",
                      decided="2017-06-19",
                      gloss=f"A {rank.replace('_', ' ')} is a high-ranking executive officer."))

RULES += [
    rule("bivens_special_factors.argued",
         "special_factor_argued(C, F) if bivens_claim_challenged(C, D) and argued_special_factor(F)",
         authority=ABBASI, decided="2017-06-19",
         gloss="The special factors the defendants argue are weighed for each challenged Bivens count."),
    rule("bivens_special_factors.reached_in_new_context",
         "special_factors_reached(C) if bivens_claim_challenged(C, D) and new_context(C, D)"
         " and not cause_of_action_assumed(C)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="2020-02-25",
         gloss="Step two is reached only if the claim arises in a new context."),
    rule("bivens_special_factors.remedy_decided",
         "remedy_question_reached(C, D) if bivens_claim_challenged(C, D) and not cause_of_action_assumed(C)",
         authority="Wood v. Moss, 572 U.S. 744, 757 (2014); Ashcroft v. Iqbal, 556 U.S. 662, 675 (2009); Hernandez "
                   "v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="2014-05-27",
         gloss="A court decides whether a Bivens remedy lies unless it assumes, without deciding, that one does "
               "and disposes of the claim on another ground (as the Supreme Court has done for immunity).",
         test="we have several times assumed without deciding that Bivens extends to First Amendment claims"),
    rule("bivens_special_factors.considered",
         "special_factor_considered(C, F) if special_factor_argued(C, F) and special_factors_reached(C)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="2020-02-25",
         gloss="At step two the court weighs each special factor argued."),
    rule("bivens_special_factors.challenge_to_general_policy",
         "special_factor(C, challenge_to_general_policy) if count_challenges(C, A) and not hands_on_conduct(A)"
         " and general_policy(A)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1860 (2017); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 74 "
                   "(2001); Mejia-Mejia v. ICE, No. 18-cv-1445, 2019 WL 4707150, at *4 (D.D.C. Sept. 26, 2019)",
         decided="2017-06-19",
         gloss="Bivens is not a proper vehicle for altering an entity's policy: a challenge to general government "
               "policy counsels hesitation."),
    rule("bivens_special_factors.executive_deliberations",
         "special_factor(C, executive_deliberations) if count_challenges(C, A) and not hands_on_conduct(A)"
         " and general_policy(A) and count_against(C, D) and performed(D, A) and holds_rank(D, R)"
         " and high_level_rank(R)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1860-61 (2017); Cheney v. U.S. Dist. Ct. for D.C., 542 U.S. "
                   "367, 382-85 (2004); Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (D.D.C. Sept. 26, 2019)",
         decided="2017-06-19",
         gloss="Suing high-ranking officials over the policy they made invites discovery into executive "
               "deliberations, which counsels hesitation."),
    rule("bivens_special_factors.congressional_action",
         "special_factor(C, congressional_action) if count_setting(C, S) and setting_area(S, Area)"
         " and legislated_in_area(Statute, Area) and extensive_congressional_action(Area)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1862 (2017); Spagnola v. Mathis, 859 F.2d 223, 229 n.10 "
                   "(D.C. Cir. 1988); Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (citing Fiallo v. Bell, 430 U.S. "
                   "787, 792 (1977))",
         decided="2017-06-19",
         gloss="Frequent and intense congressional action in the field, without a damages remedy, counsels "
               "hesitation; no explicit congressional declaration is needed."),
    rule("bivens_special_factors.prosecutorial_discretion",
         "special_factor(C, prosecutorial_discretion) if count_challenges(C, A) and "
         "act_involved_prosecution_decisions(A)",
         authority="Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (D.D.C. Sept. 26, 2019); K.O. v. ICE, No. "
                   "20-309 (RC), Mem. Op. at 22 (D.D.C. June 23, 2020)",
         decided="2019-09-26",
         gloss="A challenge to the Executive's exercise of prosecutorial discretion raises separation-of-powers "
               "concerns that counsel hesitation."),
    rule("bivens_special_factors.national_security",
         "special_factor(C, national_security) if count_challenges(C, A) and act_concerns_border_crossing(A)"
         " and implicates_national_security(A)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 746 (2020)",
         decided="2020-02-25",
         gloss="Controlling the movement of people across the border implicates national security, which "
               "counsels hesitation."),
    rule("bivens_special_factors.alternative_remedies",
         "special_factor(C, alternative_remedies) if bivens_claim_challenged(C, D) and alternative_remedy(R)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1858 (2017); Wilson v. Libby, 535 F.3d 697, 709 (D.C. Cir. "
                   "2008)",
         decided="2017-06-19",
         gloss="An alternative remedial process (not necessarily for exactly the same claim) counsels "
               "hesitation."),
    rule("bivens_special_factors.alternative_remedy",
         "alternative_remedy(R) if remedy_pointed_to(R) and not parallel_ftca_remedy(R) and alternative_process(R)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1858 (2017); Wilson v. Libby, 535 F.3d 697, 709 (D.C. Cir. "
                   "2008)",
         decided="2017-06-19",
         gloss="A remedy the parties point to counts if it is an alternative, existing process for protecting "
               "the plaintiffs' interests."),
    rule("bivens_special_factors.ftca_is_parallel",
         "parallel_ftca_remedy(R) if claims_under_ftca(R)",
         authority="Loumiet v. United States, 828 F.3d 935, 945 (D.C. Cir. 2016); Quintero Perez v. United States, "
                   "8 F.4th 1095, 1105 (9th Cir. 2021); Carlson v. Green, 446 U.S. 14, 19-20 (1980)",
         decided="2016",
         gloss="The FTCA is a parallel, complementary remedy against the United States, without comparable "
               "deterrence: it is not an alternative that counsels hesitation."),
    rule("bivens_special_factors.hesitation",
         "hesitation_counselled(C) if special_factors_reached(C) and special_factor(C, F)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857 (2017)",
         decided="2020-02-25",
         gloss="One special factor that gives reason to pause is enough to reject a Bivens extension."),
    rule("bivens_special_factors.primary",
         "primary_special_factor(C, F) if special_factor(C, F) and primary_weight(F)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 24-25 (D.D.C. June 23, 2020)",
         decided="2020-06-23",
         gloss="Among the special factors found, the court may weigh some more than others."),
    rule("bivens_special_factors.recognised_context",
         "bivens_remedy(C, D) if bivens_claim_challenged(C, D) and not new_context(C, D)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1855-57 (2017); Carlson v. Green, 446 U.S. 14, 18 (1980)",
         decided="2017-06-19",
         gloss="A claim in a context the Supreme Court has recognised has a Bivens remedy."),
    rule("bivens_special_factors.no_special_factor",
         "bivens_remedy(C, D) if new_context(C, D) and bivens_claim_challenged(C, D) and not hesitation_counselled(C)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017)",
         decided="2020-02-25",
         gloss="In a new context, a Bivens remedy may be extended only if no special factor counsels hesitation.",
         test="whether there are any special factors that counsel hesitation about granting the extension"),
]

LIMITS = [
    limit("bivens_special_factors.lack_of_alternative_not_dispositive",
          "bivens_remedy(C, D)", "count_against(C, D) and parallel_ftca_remedy(R)",
          authority="Quintero Perez v. United States, 8 F.4th 1095, 1105 (9th Cir. 2021) (citing Schweiker v. "
                    "Chilicky, 487 U.S. 412, 421-22 (1988)); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at "
                    "25 (D. Ariz. Mar. 31, 2022)",
          decided="2021",
          gloss="the lack of an adequate alternative remedy (the FTCA alone) does not by itself make a Bivens "
                "remedy available"),
]

QUESTIONS = [
    question("special_factor", "Bivens step two: special factor", "special_factor(C, F)",
             "special_factor_argued(C, F)", reached="special_factor_considered(C, F)",
             holds="counsels hesitation", fails="does not count", short="Step 2", order=51),
    question("bivens_remedy", "Bivens remedy", "bivens_remedy(C, D)", "bivens_claim_challenged(C, D)",
             reached="remedy_question_reached(C, D)",
             holds="remedy", fails="no Bivens remedy", short="Bivens remedy", order=52),
]
