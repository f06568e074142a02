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
- national security, wherever the conduct is (Abbasi, 582 U.S. at 142-43;
  Hernandez, 589 U.S. at 108-09; K.O., Mem. Op. at 23, "somewhat less weight");
  foreign relations (Hernandez, at 103-06);
- the military (Chappell v. Wallace, 462 U.S. at 300-04; United States v.
  Stanley, 483 U.S. at 683-84); private defendants whose conduct state tort law
  reaches (Minneci v. Pollard, 565 U.S. at 131; Malesko, 534 U.S. at 72-73);
  congressional silence in a field Congress legislated in (Schweiker v.
  Chilicky, 487 U.S. at 423; Bush v. Lucas, 462 U.S. at 388-90); "a single
  reason to pause" (Egbert v. Boule, 596 U.S. at 492); an agency defendant, or an
  official sued in an official capacity: a direct action would bypass qualified
  immunity and impose "a potentially enormous financial burden" (FDIC v. Meyer,
  510 U.S. at 485-86; sovereign_immunity says who is one). These are weighed only
  when argued (`argued_special_factor`), and every named factor is a declared
  member (`FACTORS`) that `check` names an unknown one against;
- alternative remedies (Abbasi, at 1858; Wilson v. Libby, 535 F.3d at 709).
  The FTCA does not count: a plaintiff may sue officials under Bivens alongside
  the United States under the FTCA (K.O., Mem. Op. at 24 n.3; Loumiet, 828
  F.3d at 945); it "does not afford comparable deterrence and compensation"
  (A.I.I.L., Order at 25; Quintero Perez, 8 F.4th at 1105) — but "the lack of an
  adequate alternative remedy is not dispositive" (id.; Schweiker v. Chilicky).

Each factor is one ruling per count (the courts weighed them count by count
and for all defendants together). A remedy lies in a recognised context, or in
a new context where no special factor counsels hesitation.

A field of law is the count's setting's (`setting_area`, through the settings
taxonomy of bivens_new_context) or the one the record names
(`count_concerns_area`). A court may assume a cause of action without deciding
it (`cause_of_action_assumed`: Wood v. Moss, 572 U.S. at 757; Iqbal, 556 U.S. at
675); step one and the remedy are then not reached and immunity is.

An alternative remedy counts, from Bush v. Lucas (462 U.S. at 385-90) until
Egbert, unless the court finds it does not give meaningful redress
(`alternative_found_inadequate`, a finding not made unless argued); from Egbert
(596 U.S. at 493, 497-98) the alternative remedial structure forecloses a remedy
by its existence, whatever its adequacy (`supersedes=` the adequacy rule).

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
         "{act} included decisions whether to refer or prosecute", RECORD),
    pred("act_concerns_border_crossing", "act:symbol",
         "{act} concerned people crossing the border (descriptive: no rule reads it; national security is the "
         "court's finding wherever the conduct is)", RECORD),
    pred("count_concerns_area", "count:count area:symbol",
         "the conduct {count} challenges lies in the field of {area}", RECORD),
    pred("privately_employed", "party:party",
         "{party} is a private entity or its employee, not a federal official", RECORD),
    pred("legislated_in_area", "statute:symbol area:symbol", "Congress enacted {statute}, which governs {area}",
         RECORD),
    pred("remedy_pointed_to", "remedy:symbol",
         "the parties point to {remedy} as another way to redress the plaintiffs' injuries", RECORD),
    pred("cause_of_action_assumed", "count:count",
         "the court assumes, without deciding, that a Bivens cause of action lies for {count}", RECORD,
         negated='the court does not assume that a Bivens cause of action lies for {count}'),
    pred("claims_under_ftca", "claims:symbol",
         "{claims} are tort claims against the United States under the Federal Tort Claims Act", RECORD),
    # findings
    pred("extensive_congressional_action", "area:symbol",
         "congressional action in {area} has been frequent and intense, without a damages remedy", FINDING),
    pred("implicates_national_security", "act:symbol", "{act} implicates an element of national security", FINDING),
    pred("alternative_process", "remedy:symbol",
         "{remedy} is an alternative, existing process for protecting the plaintiffs' interests", FINDING),
    pred("alternative_found_inadequate", "remedy:symbol",
         "{remedy} does not give meaningful redress for the plaintiffs' injuries: it is not an adequate alternative",
         FINDING),
    pred("primary_weight", "factor:symbol", "the court gave {factor} primary weight", FINDING),
    pred("implicates_foreign_relations", "act:symbol", "{act} implicates the conduct of foreign relations",
         FINDING),
    pred("incident_to_military_service", "act:symbol", "{act} arose out of activity incident to military service",
         FINDING),
    pred("congress_declined_damages_remedy", "area:symbol",
         "Congress has legislated in {area} and deliberately provided no damages remedy against officers", FINDING),
    pred("within_traditional_state_tort_law", "act:symbol",
         "{act} is conduct of a kind that typically falls within the scope of traditional state tort law",
         FINDING),
    pred("congress_better_equipped", "count:count",
         "there is reason to think Congress might be better equipped than a court to create a damages remedy "
         "for {count}", FINDING),
    # law
    pred("setting_area", "setting:symbol area:symbol", "{setting} lies in the field of {area}", DERIVED),
    pred("special_factor_kind", "factor:symbol", "{factor} is a special factor the Supreme Court has named",
         DERIVED),
    pred("count_in_area", "count:count area:symbol", "the conduct {count} challenges lies in the field of {area}",
         DERIVED),
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
         "alternative remedy", DERIVED, exception=True,
         negated='{remedy} is not an FTCA claim running parallel to Bivens'),
    pred("remedy_inadequate", "remedy:symbol",
         "the court finds {remedy} an inadequate alternative (a ground that counts only before Egbert v. Boule)",
         DERIVED, exception=True,
         negated='the court does not find {remedy} an inadequate alternative'),
    pred("alternative_remedy", "remedy:symbol", "{remedy} is an alternative remedy that counsels hesitation", DERIVED),
    pred("special_factor", "count:count factor:symbol",
         "{factor} counsels hesitation before extending Bivens to {count}", DERIVED),
    pred("primary_special_factor", "count:count factor:symbol",
         "{factor} is a special factor the court weighed most for {count}", DERIVED),
    pred("hesitation_counselled", "count:count",
         "special factors counsel hesitation before extending Bivens to {count}", DERIVED, exception=True,
         negated='no special factor counsels hesitation before extending Bivens to {count}'),
    pred("bivens_remedy", "count:count defendant:party",
         "a Bivens damages remedy lies for {count} against {defendant}", DERIVED,
         negated='no Bivens damages remedy lies for {count} against {defendant}'),
]

ABBASI = "Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017)"

RULES = [
    rule("bivens_special_factors.immigration_detention",
         "setting_area(immigration_detention, immigration)",
         authority="8 U.S.C. §§ 1225(b)(1)(B)(iii)(IV), 1232; K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 3-5 (D.D.C. "
                   "June 23, 2020)",
         decided="2008-12-23", court="enacted_law",
         gloss="Immigration detention is governed by the immigration laws."),
    rule("bivens_special_factors.immigration_enforcement",
         "setting_area(immigration_enforcement, immigration)",
         authority="8 U.S.C. §§ 1226, 1357; Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017)",
         decided="2017-06-19",
         court="enacted_law", gloss="Immigration enforcement, at the border or in the interior, is governed by the immigration laws."),
    rule("bivens_special_factors.military_service",
         "setting_area(military_service, military)",
         authority="U.S. Const. art. I, § 8, cls. 12-14; Chappell v. Wallace, 462 U.S. 296, 301-02 (1983)",
         decided="1983-06-13",
         court="enacted_law", gloss="Military service is governed by the laws Congress makes for the armed forces."),
    rule("bivens_special_factors.social_security_disability_review",
         "setting_area(social_security_disability_review, social_security)",
         authority="42 U.S.C. §§ 405(g), 421; Schweiker v. Chilicky, 487 U.S. 412, 424-25 (1988)",
         decided="1988-06-24",
         court="enacted_law", gloss="The review of disability benefits is governed by the Social Security Act."),
    rule("bivens_special_factors.federal_employment",
         "setting_area(federal_employment, federal_civil_service)",
         authority="5 U.S.C. §§ 7501-7703 (Civil Service Reform Act); Bush v. Lucas, 462 U.S. 367, 385-88 (1983)",
         decided="1983-06-13",
         court="enacted_law", gloss="Federal employment is governed by the civil-service laws."),
    # border enforcement lies in the immigration field through its broader kind, immigration enforcement
    # (bivens_new_context's settings taxonomy; Hernandez v. Mesa, 589 U.S. 93, 108-09 (2020))
]

# The special factors the Supreme Court has named, each with where it named it (the closed set `check`
# names an argued factor against).
FACTORS = {
    "challenge_to_general_policy": ("Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 74 (2001); Ziglar v. Abbasi, "
                                    "582 U.S. 120, 140-41 (2017)", "2001-11-27"),
    "executive_deliberations": ("Ziglar v. Abbasi, 582 U.S. 120, 141-42 (2017)", "2017-06-19"),
    "congressional_action": ("Bush v. Lucas, 462 U.S. 367, 388-90 (1983); Schweiker v. Chilicky, 487 U.S. 412, "
                             "423 (1988); Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017)", "1983-06-13"),
    "prosecutorial_discretion": ("Wayte v. United States, 470 U.S. 598, 607 (1985); Hartman v. Moore, 547 U.S. "
                                 "250, 262-63 (2006)", "1985-03-19"),
    "national_security": ("Ziglar v. Abbasi, 582 U.S. 120, 142-43 (2017); Hernandez v. Mesa, 589 U.S. 93, "
                          "108-09 (2020)", "2017-06-19"),
    "foreign_relations": ("Hernandez v. Mesa, 589 U.S. 93, 103-06 (2020)", "2020-02-25"),
    "alternative_remedies": ("Bush v. Lucas, 462 U.S. 367, 388 (1983); Ziglar v. Abbasi, 582 U.S. 120, 145 "
                             "(2017)", "1983-06-13"),
    "military_affairs": ("Chappell v. Wallace, 462 U.S. 296, 300-04 (1983); United States v. Stanley, 483 U.S. "
                         "669, 683-84 (1987)", "1983-06-13"),
    "private_defendant": ("Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 71-73 (2001); Minneci v. Pollard, 565 "
                          "U.S. 118, 131 (2012)", "2001-11-27"),
    "congress_better_equipped": ("Egbert v. Boule, 596 U.S. 482, 492 (2022)", "2022-06-08"),
    "agency_defendant": ("FDIC v. Meyer, 510 U.S. 471, 484-86 (1994); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, "
                         "69-70 (2001)", "1994-02-23"),
}
for factor, (authority, decided) in FACTORS.items():
    RULES.append(rule(f"bivens_special_factors.kind_{factor}", f"special_factor_kind({factor})",
                      authority=authority, decided=decided, court="supreme_court",
                      gloss=f"{factor.replace('_', ' ').capitalize()} is a special factor that may counsel "
                            f"hesitation."))

RULES += [
    rule("bivens_special_factors.known_factor",
         "known_symbol(factor, F) if special_factor_kind(F)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 582 U.S. 120, 136 (2017)", decided="1971-06-21",
         court="supreme_court", gloss="A factor the Supreme Court has named is a known special factor."),
    rule("bivens_special_factors.unknown_factor",
         "unknown_symbol(factor, F) if argued_special_factor(F) and not known_symbol(factor, F)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 582 U.S. 120, 136 (2017)", decided="1971-06-21",
         court="supreme_court", gloss="An argued factor the rule book does not know is named for the author to fix."),
    rule("bivens_special_factors.area_of_setting",
         "count_in_area(C, Area) if count_setting(C, S) and setting_within(S, K) and setting_area(K, Area)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017)", decided="1971-06-21",
         court="supreme_court", gloss="The conduct lies in the field its setting belongs to."),
    rule("bivens_special_factors.area_stated",
         "count_in_area(C, Area) if count_concerns_area(C, Area)",
         authority="Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017); Schweiker v. Chilicky, 487 U.S. 412, 423 (1988)",
         decided="1988-06-24",
         court="supreme_court", gloss="The conduct lies in the field the record says it does."),
    rule("bivens_special_factors.argued",
         "special_factor_argued(C, F) if bivens_claim_challenged(C, D) and argued_special_factor(F)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); " + ABBASI, decided="1971-06-21", court="supreme_court",
         gloss="The special factors the defendants argue are weighed for each challenged Bivens count."),
    rule("bivens_special_factors.reached_in_new_context",
         "special_factors_reached(C) if bivens_claim_challenged(C, D) and new_context(C, D)"
         " and not cause_of_action_assumed(C)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-60 (2017); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1971-06-21", court="supreme_court",
         gloss="Step two is reached only if the claim arises in a new context."),
    rule("bivens_special_factors.remedy_decided",
         "remedy_question_reached(C, D) if bivens_claim_challenged(C, D) and not cause_of_action_assumed(C)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Wood v. Moss, 572 U.S. 744, 757 (2014); Ashcroft v. Iqbal, 556 U.S. 662, 675 (2009); Hernandez "
                   "v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1971-06-21",
         court="supreme_court", gloss="A court decides whether a Bivens remedy lies unless it assumes, without deciding, that one does "
               "and disposes of the claim on another ground (as the Supreme Court has done for immunity).",
         test="we have several times assumed without deciding that Bivens extends to First Amendment claims"),
    rule("bivens_special_factors.considered",
         "special_factor_considered(C, F) if special_factor_argued(C, F) and special_factors_reached(C)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1971-06-21", court="supreme_court",
         gloss="At step two the court weighs each special factor argued."),
    rule("bivens_special_factors.challenge_to_general_policy",
         "special_factor(C, challenge_to_general_policy) if count_challenges(C, A) and not hands_on_conduct(A)"
         " and general_policy(A)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1860 (2017); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 74 "
                   "(2001); Mejia-Mejia v. ICE, No. 18-cv-1445, 2019 WL 4707150, at *4 (D.D.C. Sept. 26, 2019)",
         decided="2017-06-19", court="supreme_court",
         gloss="Bivens is not a proper vehicle for altering an entity's policy: a challenge to general government "
               "policy counsels hesitation."),
    rule("bivens_special_factors.executive_deliberations",
         "special_factor(C, executive_deliberations) if count_challenges(C, A) and not hands_on_conduct(A)"
         " and general_policy(A) and count_against(C, D) and performed(D, A) and holds_rank(D, R)"
         " and rank_level(R, high_level_official)",
         authority="Ziglar v. Abbasi, 137 S. Ct. 1843, 1860-61 (2017); Cheney v. U.S. Dist. Ct. for D.C., 542 U.S. "
                   "367, 382-85 (2004); Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (D.D.C. Sept. 26, 2019)",
         decided="2017-06-19", court="supreme_court",
         gloss="Suing high-ranking officials over the policy they made invites discovery into executive "
               "deliberations, which counsels hesitation."),
    rule("bivens_special_factors.congressional_action",
         "special_factor(C, congressional_action) if count_in_area(C, Area)"
         " and legislated_in_area(Statute, Area) and extensive_congressional_action(Area)",
         authority="Bush v. Lucas, 462 U.S. 367, 378, 388-90 (1983); Ziglar v. Abbasi, 137 S. Ct. 1843, 1862 (2017); Spagnola v. Mathis, 859 F.2d 223, 229 n.10 "
                   "(D.C. Cir. 1988); Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (citing Fiallo v. Bell, 430 U.S. "
                   "787, 792 (1977))",
         decided="1983-06-13", court="supreme_court",
         gloss="Frequent and intense congressional action in the field, without a damages remedy, counsels "
               "hesitation; no explicit congressional declaration is needed."),
    rule("bivens_special_factors.congress_deliberately_silent",
         "special_factor(C, congressional_action) if special_factor_argued(C, congressional_action)"
         " and count_in_area(C, Area) and congress_declined_damages_remedy(Area)",
         authority="Schweiker v. Chilicky, 487 U.S. 412, 423 (1988); Bush v. Lucas, 462 U.S. 367, 388-90 (1983); "
                   "Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017)",
         decided="1988-06-24",
         court="supreme_court", gloss="Where Congress has legislated in the field and not provided damages against officers, its silence "
               "is notable and counsels hesitation.",
         test="the design of a Government program suggests that Congress has provided what it considers adequate "
              "remedial mechanisms"),
    rule("bivens_special_factors.prosecutorial_discretion",
         "special_factor(C, prosecutorial_discretion) if count_challenges(C, A) and "
         "act_involved_prosecution_decisions(A)",
         authority="Reno v. Am.-Arab Anti-Discrimination Comm., 525 U.S. 471, 489-90 (1999); Wayte v. United States, 470 U.S. 598, 607-08 (1985); Mejia-Mejia v. ICE, 2019 WL 4707150, at *5 (D.D.C. Sept. 26, 2019); K.O. v. ICE, No. "
                   "20-309 (RC), Mem. Op. at 22 (D.D.C. June 23, 2020)",
         decided="1999-02-24", court="supreme_court",
         gloss="A challenge to the Executive's exercise of prosecutorial discretion raises separation-of-powers "
               "concerns that counsel hesitation."),
    rule("bivens_special_factors.national_security",
         "special_factor(C, national_security) if special_factor_argued(C, national_security)"
         " and count_challenges(C, A) and implicates_national_security(A)",
         authority="Ziglar v. Abbasi, 582 U.S. 120, 142-43 (2017); Hernandez v. Mesa, 589 U.S. 93, 108-09 (2020)",
         decided="2017-06-19", court="supreme_court",
         gloss="Conduct that implicates national security, wherever it takes place, counsels hesitation: "
               "national-security policy is the prerogative of Congress and the President."),
    rule("bivens_special_factors.foreign_relations",
         "special_factor(C, foreign_relations) if special_factor_argued(C, foreign_relations)"
         " and count_challenges(C, A) and implicates_foreign_relations(A)",
         authority="Hernandez v. Mesa, 589 U.S. 93, 103-06 (2020)",
         decided="2020-02-25", court="supreme_court",
         gloss="Conduct that implicates foreign relations counsels hesitation: they are committed to the "
               "political branches."),
    rule("bivens_special_factors.military",
         "special_factor(C, military_affairs) if special_factor_argued(C, military_affairs)"
         " and count_challenges(C, A) and incident_to_military_service(A)",
         authority="Chappell v. Wallace, 462 U.S. 296, 300-04 (1983); United States v. Stanley, 483 U.S. 669, "
                   "683-84 (1987)",
         decided="1987-06-25", court="supreme_court",
         gloss="Injuries that arise out of activity incident to military service: the Constitution commits the "
               "military to Congress and the President.",
         test="no Bivens remedy is available for injuries that arise out of or are in the course of activity "
              "incident to service"),
    rule("bivens_special_factors.private_defendant",
         "special_factor(C, private_defendant) if special_factor_argued(C, private_defendant)"
         " and count_against(C, D) and privately_employed(D) and count_challenges(C, A)"
         " and within_traditional_state_tort_law(A)",
         authority="Minneci v. Pollard, 565 U.S. 118, 131 (2012); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, "
                   "72-73 (2001)",
         decided="2012-01-10", court="supreme_court",
         gloss="A private defendant whose conduct is of a kind state tort law traditionally reaches is answerable "
               "there, which counsels against a Bivens remedy.",
         test="where that conduct is of a kind that typically falls within the scope of traditional state tort "
              "law ... the prisoner must seek a remedy under state tort law"),
    rule("bivens_special_factors.agency_defendant",
         "special_factor(C, agency_defendant) if special_factor_argued(C, agency_defendant)"
         " and count_against(C, D) and sovereign_defendant(D)",
         authority="FDIC v. Meyer, 510 U.S. 471, 484-86 (1994); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 69-70 "
                   "(2001); Kentucky v. Graham, 473 U.S. 159, 165-66 (1985) (an official-capacity suit is a suit "
                   "against the entity)",
         decided="1994-02-23", court="supreme_court",
         gloss="A damages action directly against a federal agency (or an official in an official capacity) would "
               "bypass qualified immunity and impose a potentially enormous financial burden on the Government: "
               "decisions of federal fiscal policy are for Congress.",
         test="the logic of Bivens itself does not support such an extension"),
    rule("bivens_special_factors.reason_to_pause",
         "special_factor(C, congress_better_equipped) if special_factor_argued(C, congress_better_equipped)"
         " and congress_better_equipped(C)",
         authority="Egbert v. Boule, 596 U.S. 482, 492 (2022)",
         decided="2022-06-08", court="supreme_court",
         gloss="Even a single reason to think Congress might be better equipped to create a damages remedy is "
               "reason to pause, and forecloses one.",
         test="If there is even a single 'reason to pause before applying Bivens in a new context,' a court may "
              "not recognize a Bivens remedy"),
    rule("bivens_special_factors.alternative_remedies",
         "special_factor(C, alternative_remedies) if bivens_claim_challenged(C, D) and alternative_remedy(R)",
         authority="Bush v. Lucas, 462 U.S. 367, 378, 388-90 (1983); Ziglar v. Abbasi, 137 S. Ct. 1843, 1858 (2017); Wilson v. Libby, 535 F.3d 697, 709 (D.C. Cir. "
                   "2008)",
         decided="1983-06-13", court="supreme_court",
         gloss="An alternative remedial process (not necessarily for exactly the same claim) counsels "
               "hesitation."),
    rule("bivens_special_factors.alternative_remedy",
         "alternative_remedy(R) if remedy_pointed_to(R) and not parallel_ftca_remedy(R) and alternative_process(R)"
         " and not remedy_inadequate(R)",
         authority="Bush v. Lucas, 462 U.S. 367, 378, 385-90 (1983); Schweiker v. Chilicky, 487 U.S. 412, 425 (1988); "
                   "Minneci v. Pollard, 565 U.S. 118, 129-30 (2012); Ziglar v. Abbasi, 137 S. Ct. 1843, 1858 (2017); "
                   "Wilson v. Libby, 535 F.3d 697, 709 (D.C. Cir. 2008)",
         decided="1983-06-13", court="supreme_court",
         gloss="A remedy the parties point to counts if it is an alternative, existing process for protecting "
               "the plaintiffs' interests that the court does not find inadequate (meaningful remedies, even if "
               "not complete relief).",
         test="comprehensive procedural and substantive provisions giving meaningful remedies against the United "
              "States"),
    rule("bivens_special_factors.alternative_remedial_structure_exists",
         "alternative_remedy(R) if remedy_pointed_to(R) and not parallel_ftca_remedy(R) and alternative_process(R)",
         authority="Egbert v. Boule, 596 U.S. 482, 493, 497-98 (2022)",
         decided="2022-06-08", court="supreme_court", supersedes="bivens_special_factors.alternative_remedy",
         how="abrogated",
         gloss="An alternative remedial structure forecloses a Bivens remedy by its existence, whatever a court "
               "thinks of its adequacy.",
         test="So long as Congress or the Executive has created a remedial process that it finds sufficient to "
              "secure an adequate level of deterrence, the courts cannot second-guess that calibration"),
    rule("bivens_special_factors.remedy_found_inadequate",
         "remedy_inadequate(R) if remedy_pointed_to(R) and alternative_found_inadequate(R)",
         authority="Bush v. Lucas, 462 U.S. 367, 378, 388 (1983); Carlson v. Green, 446 U.S. 14, 19-23 (1980)",
         decided="1983-06-13", court="supreme_court",
         gloss="Before Egbert, a court weighed whether the alternative gave meaningful redress: one it finds "
               "inadequate does not counsel hesitation."),
    rule("bivens_special_factors.ftca_is_parallel",
         "parallel_ftca_remedy(R) if claims_under_ftca(R)",
         authority="Carlson v. Green, 446 U.S. 14, 19-20 (1980); Loumiet v. United States, 828 F.3d 935, 945 "
                   "(D.C. Cir. 2016); Quintero Perez v. United States, 8 F.4th 1095, 1105 (9th Cir. 2021)",
         decided="1980-04-22", court="supreme_court",
         gloss="The FTCA is a parallel, complementary remedy against the United States, without comparable "
               "deterrence: it is not an alternative that counsels hesitation."),
    rule("bivens_special_factors.hesitation",
         "hesitation_counselled(C) if special_factors_reached(C) and special_factor(C, F)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857 (2017)",
         decided="1971-06-21", court="supreme_court",
         gloss="One special factor that gives reason to pause is enough to reject a Bivens extension."),
    rule("bivens_special_factors.primary",
         "primary_special_factor(C, F) if special_factor(C, F) and primary_weight(F)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 24-25 (D.D.C. June 23, 2020)",
         decided="1971-06-21", court="D.D.C.",
         gloss="Among the special factors found, the court may weigh some more than others."),
    rule("bivens_special_factors.recognised_context",
         "bivens_remedy(C, D) if bivens_claim_challenged(C, D) and not new_context(C, D)"
         " and not remedy_displaced_by_statute(C, D)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Ziglar v. Abbasi, 137 S. Ct. 1843, 1855-57 (2017); Carlson v. Green, 446 U.S. 14, 18 (1980)",
         decided="1971-06-21", court="supreme_court",
         gloss="A claim in a context the Supreme Court has recognised has a Bivens remedy."),
    rule("bivens_special_factors.no_special_factor",
         "bivens_remedy(C, D) if new_context(C, D) and bivens_claim_challenged(C, D) and not hesitation_counselled(C)"
         " and not remedy_displaced_by_statute(C, D)",
         authority="Bivens v. Six Unknown Named Agents, 403 U.S. 388, 396-97 (1971) (special factors counselling hesitation); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-58 (2017)",
         decided="1971-06-21", court="supreme_court",
         gloss="In a new context, a Bivens remedy may be extended only if no special factor counsels hesitation.",
         test="whether there are any special factors that counsel hesitation about granting the extension"),
]

LIMITS = [
    limit("bivens_special_factors.lack_of_alternative_not_dispositive",
          "bivens_remedy(C, D)", "count_against(C, D) and parallel_ftca_remedy(R)",
          authority="Schweiker v. Chilicky, 487 U.S. 412, 421-22 (1988); Quintero Perez v. United States, 8 F.4th 1095, 1105 (9th Cir. 2021) (citing Schweiker v. "
                    "Chilicky, 487 U.S. 412, 421-22 (1988)); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at "
                    "25 (D. Ariz. Mar. 31, 2022)",
          decided="1988-06-24", court="supreme_court",
          gloss="the lack of an adequate alternative remedy (the FTCA alone) does not by itself make a Bivens "
                "remedy available"),
]

QUESTIONS = [
    question("special_factor", "Bivens step two: special factor", "special_factor(C, F)",
             "special_factor_argued(C, F)", reached="special_factor_considered(C, F)",
             may_decline="Egbert v. Boule, 596 U.S. 482, 492 (2022); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020): "
                         "one factor that counsels hesitation is enough, so a court need not weigh the rest",
             holds="counsels hesitation", fails="does not count", short="Step 2", order=51),
    question("bivens_remedy", "Bivens remedy", "bivens_remedy(C, D)", "bivens_claim_challenged(C, D)",
             reached="remedy_question_reached(C, D)",
             holds="remedy", fails="no Bivens remedy", short="Bivens remedy", order=52),
]
