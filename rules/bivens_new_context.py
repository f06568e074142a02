"""Bivens, step one: does the claim arise in a new context?

"The court must first inquire whether the request involves a claim that arises
in a new context or involves a new category of defendants." Hernandez v. Mesa,
140 S. Ct. 735, 743 (2020). "A case might differ in a meaningful way because of
the rank of the officers involved; the constitutional right at issue; the
generality or specificity of the official action; the extent of judicial
guidance ...; the statutory or other legal mandate under which the officer was
operating; the risk of disruptive intrusion by the Judiciary into the
functioning of other branches; or the presence of potential special factors
that previous Bivens cases did not consider." Ziglar v. Abbasi, 137 S. Ct.
1843, 1859-60 (2017). "[I]t is insufficient that the asserted claim arises
under the same broad constitutional provision" (Hernandez, at 743); "[e]ven a
single 'modest' departure ... suffices" (Abbasi, at 1864). "[E]ach Government
official ... is only liable for his or her own misconduct" (Iqbal, 556 U.S. at
677): personal involvement or a sufficient causal connection (Felarca, 891 F.3d
at 819-20) — so a Fourth Amendment claim against officials not involved in the
hands-on conduct is new (A.I.I.L., Order at 21). "Neither Bivens, Davis, nor
Carlson dealt with the rights of noncitizens in immigration detention ...
[or] of minors"; "immigration detention is a different context from the
federal prison system" (K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 20 (D.D.C. June 23, 2020)).

The three recognised contexts are law facts (rules with no body), each
described by the same features a claim has: provision, right, rank,
involvement, official action and setting. A claim's features come from the
record (the count's right, the defendant's rank, what the defendant did, where,
to whom). A claim is in a new context when, against each recognised context,
it has some feature value that precedent lacks — or when the defendant is not
an individual federal officer (a new category of defendants, Malesko).

Settings are a taxonomy (`SETTINGS`: a specific setting is a kind of the
broader one the Supreme Court states a precedent in, Abbasi, 582 U.S. at 131),
and ranks are placed at levels (`RANKS`); a count's setting matches a
precedent's when any kind it belongs to is the precedent's. Carlson's defendants
included the Director of the Bureau of Prisons (446 U.S. at 16 n.1); sharing
an amendment and an institution with Carlson is not its context (Goldey v.
Fields (2025): Eighth Amendment excessive force differs in the right). A
count against a state officer is a § 1983 claim, not a Bivens claim
(section_1983). Unknown ranks and settings are named by `check`.

Not modelled: the extent of judicial guidance, the risk of intrusion into other
branches and unconsidered special factors as step-one features (the courts here
did not rely on them at step one); courts of appeals' decisions applying
Bivens (Papa, Lanuza, Guerra, Brunoehler, Ioane, Chavez): only the Supreme
Court's three contexts are recognised. The recognised contexts' plaintiffs are
described only by what they lacked (none concerned noncitizens or minors).
"""
from lexcheck.engine.rulebook import limit, question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    # law: the recognised contexts and the anatomy of the rights the counts invoke
    pred("recognized_context", "precedent:symbol", "{precedent} recognised an implied damages remedy", DERIVED),
    pred("precedent_feature", "precedent:symbol feature:symbol value:symbol",
         "in {precedent}, the {feature} was {value}", DERIVED,
         negated='in {precedent}, the {feature} was other than {value}'),
    pred("right_clause", "right:symbol provision:symbol clause:symbol",
         "{right} is a {clause} right under the {provision}", DERIVED),
    pred("rank_level", "rank:symbol level:symbol", "an officer of the rank {rank} is a {level}", DERIVED),
    pred("setting_kind", "setting:symbol kind:symbol", "{setting} is a kind of {kind}", DERIVED),
    pred("setting_within", "setting:symbol kind:symbol", "{setting} is, or is a kind of, {kind}", DERIVED),
    pred("setting_matches", "count:count precedent:symbol",
         "the setting of {count} is, at the generality the Supreme Court states it, the setting of {precedent}",
         DERIVED,
         negated='the setting of {count} is not, at the generality the Supreme Court states it, the setting of {precedent}'),
    # the record
    pred("count_challenges", "count:count act:symbol", "{count} challenges {act}", RECORD),
    pred("count_setting", "count:count setting:symbol", "the conduct {count} challenges took place in {setting}",
         RECORD),
    pred("hands_on_conduct", "act:symbol", "{act} was hands-on conduct toward the plaintiffs", RECORD,
         negated='{act} was not hands-on conduct toward the plaintiffs'),
    pred("federal_officer", "party:party", "{party} is a federal officer sued in an individual capacity", RECORD,
         negated='{party} is not a federal officer sued in an individual capacity'),
    pred("noncitizen", "party:party", "{party} is not a United States citizen", RECORD),
    pred("general_policy", "act:symbol",
         "{act} was the formulation or implementation of a general government policy", FINDING),
    # derived
    pred("bivens_claim", "count:count defendant:party",
         "{count} seeks damages from {defendant} for a constitutional violation (a Bivens claim)", DERIVED),
    pred("bivens_claim_challenged", "count:count defendant:party",
         "the motion to dismiss challenges the Bivens claim in {count} against {defendant}", DERIVED),
    pred("minor", "party:party", "{party} was a minor", DERIVED),
    pred("personally_involved", "count:count defendant:party",
         "{defendant} was personally involved in the hands-on conduct {count} challenges", DERIVED,
         negated='{defendant} was not personally involved in the hands-on conduct {count} challenges'),
    pred("count_feature", "count:count feature:symbol value:symbol",
         "in {count}, the {feature} is {value}", DERIVED),
    pred("officer_feature", "defendant:party feature:symbol value:symbol",
         "for {defendant}, the {feature} is {value}", DERIVED),
    pred("claim_feature", "count:count defendant:party feature:symbol value:symbol",
         "in {count} against {defendant}, the {feature} is {value}", DERIVED),
    pred("count_differs", "count:count precedent:symbol feature:symbol",
         "{count} differs from {precedent} in its {feature}", DERIVED),
    pred("officer_differs", "defendant:party precedent:symbol feature:symbol",
         "{defendant} differs from the officers in {precedent} in {feature}", DERIVED),
    pred("claim_differs", "count:count defendant:party precedent:symbol feature:symbol",
         "{count} against {defendant} differs from {precedent} in the official's {feature}", DERIVED),
    pred("count_distinguished", "count:count precedent:symbol",
         "{count} differs in a meaningful way from {precedent}", DERIVED,
         negated='{count} does not differ in a meaningful way from {precedent}'),
    pred("officer_distinguished", "defendant:party precedent:symbol",
         "{defendant} differs in a meaningful way from the officers in {precedent}", DERIVED,
         negated='{defendant} does not differ in a meaningful way from the officers in {precedent}'),
    pred("claim_distinguished", "count:count defendant:party precedent:symbol",
         "{count} against {defendant} differs in a meaningful way from {precedent} in the official's conduct", DERIVED,
         negated="{count} against {defendant} does not differ in a meaningful way from {precedent} in the official's conduct"),
    pred("count_may_match", "count:count precedent:symbol",
         "{count} does not differ from {precedent} in its right, setting or plaintiffs", DERIVED),
    pred("differs_on", "count:count defendant:party precedent:symbol feature:symbol",
         "{count} against {defendant} differs from {precedent} in its {feature}", DERIVED),
    pred("matches_recognized_context", "count:count defendant:party",
         "{count} against {defendant} arises in a context Bivens, Davis or Carlson recognised", DERIVED,
         negated='{count} against {defendant} arises in no context Bivens, Davis or Carlson recognised'),
    pred("new_context", "count:count defendant:party",
         "{count} against {defendant} arises in a new Bivens context", DERIVED,
         negated='{count} against {defendant} does not arise in a new Bivens context'),
]

ABBASI = "Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60 (2017)"

# Each recognised context, described by the features a claim has (Hernandez, 140 S. Ct. at 743-44;
# K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 18, 20; A.I.I.L., Order at 18).
PRECEDENTS = {
    "bivens": ("Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics, 403 U.S. 388, 397 (1971)",
               "1971-06-21",
               "line federal narcotics agents' warrantless entry, search and arrest in a home",
               {"provision": "fourth_amendment", "right": "search_and_seizure", "rank": "line_officer",
                "involvement": "personal", "official_action": "individual_conduct",
                "setting": "home_search_and_arrest"}),
    "davis": ("Davis v. Passman, 442 U.S. 228, 230 (1979)", "1979-06-05",
              "a Congressman's sex discrimination against his staffer",
              {"provision": "fifth_amendment", "right": "equal_protection", "rank": "member_of_congress",
               "involvement": "personal", "official_action": "individual_conduct",
               "setting": "congressional_employment"}),
    "carlson": ("Carlson v. Green, 446 U.S. 14, 20 (1980)", "1980-04-22",
                "federal prison officials' failure to give a prisoner adequate medical care",
                {"provision": "eighth_amendment", "right": "cruel_and_unusual_punishment", "rank": "line_officer",
                 "involvement": "personal", "official_action": "individual_conduct", "setting": "federal_prison"}),
}

# The constitutional rights the counts invoke (Collins v. City of Harker Heights, 503 U.S. 115, 125 (1992):
# due process is procedural or substantive; Davis: the Fifth Amendment has an equal-protection component).
RIGHTS = {
    "fourth_amendment_unreasonable_seizure": ("fourth_amendment", "search_and_seizure",
                                              "U.S. Const. amend. IV; Bivens v. Six Unknown Named Agents of Fed. "
                                              "Bureau of Narcotics, 403 U.S. 388, 397 (1971)", "1791-12-15"),
    "fifth_amendment_equal_protection": ("fifth_amendment", "equal_protection",
                                         "U.S. Const. amend. V; Davis v. Passman, 442 U.S. 228, 234-35 (1979)",
                                         "1979-06-05"),
    "fifth_amendment_procedural_due_process": ("fifth_amendment", "procedural_due_process",
                                               "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. "
                                               "115, 125 (1992)", "1992"),
    "fifth_amendment_coerced_asylum_waiver": ("fifth_amendment", "procedural_due_process",
                                              "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. "
                                              "115, 125 (1992)", "1992"),
    "fifth_amendment_family_integrity": ("fifth_amendment", "substantive_due_process",
                                         "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. 115, "
                                         "125 (1992)", "1992"),
    "fifth_amendment_medical_care": ("fifth_amendment", "substantive_due_process",
                                     "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. 115, 125 "
                                     "(1992)", "1992"),
    "fifth_amendment_mental_health_care": ("fifth_amendment", "substantive_due_process",
                                           "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. 115, "
                                           "125 (1992)", "1992"),
    "fifth_amendment_punitive_treatment": ("fifth_amendment", "substantive_due_process",
                                           "U.S. Const. amend. V; Collins v. City of Harker Heights, 503 U.S. 115, "
                                           "125 (1992)", "1992"),
    "eighth_amendment_medical_care": ("eighth_amendment", "cruel_and_unusual_punishment",
                                      "U.S. Const. amend. VIII; Carlson v. Green, 446 U.S. 14, 20 (1980)",
                                      "1980-04-22"),
}

RANKS = {"cabinet_secretary": "high_level_official", "agency_head": "high_level_official",
         "senior_advisor": "high_level_official", "line_officer": "line_officer",
         "member_of_congress": "member_of_congress", "warden": "supervisory_official",
         "supervisor": "supervisory_official", "prosecutor": "prosecutor", "military_officer": "military_officer"}

# Settings as a taxonomy: a specific setting is a kind of the broader one the Supreme Court states a
# precedent at (Abbasi, 582 U.S. at 131: Bivens was "a claim against FBN agents for handcuffing a man in
# his own home without a warrant"; Carlson "a claim against prison officials for failure to treat an
# inmate's asthma"). setting -> (kind, authority, date).
SETTINGS = {
    "warrantless_home_entry_and_arrest": ("home_search_and_arrest", "Ziglar v. Abbasi, 582 U.S. 120, 131 (2017); "
                                          "Bivens, 403 U.S. 388, 389 (1971)", "1971-06-21"),
    "warrantless_home_search": ("home_search_and_arrest", "Bivens, 403 U.S. 388, 389 (1971); Ziglar v. Abbasi, "
                                "582 U.S. 120, 131 (2017)", "1971-06-21"),
    "federal_penitentiary": ("federal_prison", "Carlson v. Green, 446 U.S. 14, 16 & n.1 (1980); Ziglar v. Abbasi, "
                             "582 U.S. 120, 131 (2017)", "1980-04-22"),
    "federal_correctional_institution": ("federal_prison", "Carlson v. Green, 446 U.S. 14, 16 (1980); Ziglar v. "
                                         "Abbasi, 582 U.S. 120, 131 (2017)", "1980-04-22"),
    "federal_medical_center": ("federal_prison", "Carlson v. Green, 446 U.S. 14, 16 & n.1 (1980)", "1980-04-22"),
    "congressional_office": ("congressional_employment", "Davis v. Passman, 442 U.S. 228, 230-31 (1979)",
                             "1979-06-05"),
    "interior_immigration_enforcement": ("immigration_enforcement", "8 U.S.C. §§ 1226(a), 1357(a); Tun-Cos v. "
                                         "Perrotte, 922 F.3d 514, 525-26 (4th Cir. 2019)", "2019-04-26"),
    "border_enforcement": ("immigration_enforcement", "8 U.S.C. §§ 1225, 1357(a); Hernandez v. Mesa, 589 U.S. 93, "
                           "108-09 (2020)", "2020-02-25"),
    "cross_border_shooting": ("border_enforcement", "Hernandez v. Mesa, 589 U.S. 93, 103 (2020)", "2020-02-25"),
    "port_of_entry": ("border_enforcement", "Hernandez v. Mesa, 589 U.S. 93, 108-09 (2020)", "2020-02-25"),
}

RULES = []
for name, (authority, decided, what, features) in PRECEDENTS.items():
    RULES.append(rule(f"bivens_new_context.{name}", f"recognized_context({name})", authority=authority,
                      decided=decided, court="supreme_court", gloss=f"{name.capitalize()} recognised a damages remedy: {what}."))
    for feature, value in features.items():
        RULES.append(rule(f"bivens_new_context.{name}_{feature}", f"precedent_feature({name}, {feature}, {value})",
                          authority=authority, decided=decided, court="supreme_court",
                          gloss=f"{name.capitalize()}'s context: the {feature} was {value.replace('_', ' ')}."))
for right, (provision, clause, authority, decided) in RIGHTS.items():
    RULES.append(rule(f"bivens_new_context.right_{right}", f"right_clause({right}, {provision}, {clause})",
                      authority=authority, decided="1791-12-15", court="enacted_law",
                      gloss=f"{right.replace('_', ' ')} is a {clause.replace('_', ' ')} right under the "
                            f"{provision.replace('_', ' ')}."))
for setting, (kind, authority, decided) in SETTINGS.items():
    RULES.append(rule(f"bivens_new_context.setting_{setting}", f"setting_kind({setting}, {kind})",
                      authority=authority, decided=decided,
                      court="supreme_court", gloss=f"A {setting.replace('_', ' ')} is a kind of {kind.replace('_', ' ')}."))
RULES.append(rule("bivens_new_context.carlson_rank_director", "precedent_feature(carlson, rank, high_level_official)",
                  authority="Carlson v. Green, 446 U.S. 14, 16 n.1 (1980) (the petitioners included the Director of "
                            "the Bureau of Prisons); Goldey v. Fields, 606 U.S. ___ (2025) (per curiam)",
                  decided="1980-04-22",
                  court="supreme_court", gloss="Carlson's defendants included the head of the federal prison agency as well as line "
                        "officers."))
for rank, level in RANKS.items():
    RULES.append(rule(f"bivens_new_context.rank_{rank}", f"rank_level({rank}, {level})",
                      authority="Carlson v. Green, 446 U.S. 14, 16 n.1 (1980); Ziglar v. Abbasi, 137 S. Ct. 1843, "
                                "1860 (2017); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 22-23 (D. Ariz. "
                                "Mar. 31, 2022)",
                      decided="1980-04-22", court="supreme_court",
                      gloss=f"For the rank of the officers involved, a {rank.replace('_', ' ')} is a "
                            f"{level.replace('_', ' ')}."))

RULES += [
    rule("bivens_new_context.bivens_claim",
         "bivens_claim(C, D) if count_against(C, D) and count_invokes(C, R) and right_clause(R, P, K)"
         " and not section_1983_defendant(D)",
         authority="Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics, 403 U.S. 388, 397 (1971); "
                   "Monroe v. Pape, 365 U.S. 167, 184 (1961)",
         decided="1971-06-21", court="supreme_court",
         gloss="A count seeking damages for violating a constitutional right from anyone not sued under § 1983 "
               "(a state officer) is a Bivens claim."),
    rule("bivens_new_context.challenged",
         "bivens_claim_challenged(C, D) if bivens_claim(C, D) and claim_challenged(C, D)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1857-59 (2017); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1980-04-22", court="supreme_court",
         gloss="A Bivens claim challenged on a motion to dismiss gets the two-step inquiry."),
    rule("bivens_new_context.minor",
         "minor(P) if age_at_separation(P, A) and A < 18",
         authority="6 U.S.C. § 279(g)(2) (a child is a person under 18); Flores v. Reno, Stipulated Settlement Agreement ¶ 4, No. 85-4544 (C.D. Cal. Jan. 17, 1997), as "
                   "K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 4, describes it",
         decided="2002-11-25", court="enacted_law",
         gloss="A minor is a person under the age of eighteen."),
    rule("bivens_new_context.personal_participation",
         "personally_involved(C, D) if count_challenges(C, A) and hands_on_conduct(A) and performed(D, A)",
         authority="Rizzo v. Goode, 423 U.S. 362, 371-77 (1976); Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691-94 (1978) (no liability without personal involvement; no respondeat superior); Ashcroft v. Iqbal, 556 U.S. 662, 676-77 (2009); Felarca v. Birgeneau, 891 F.3d 809, 819-20 "
                   "(9th Cir. 2018)",
         decided="1976-01-21", court="supreme_court",
         gloss="An official who personally took part in the hands-on conduct is personally involved in it."),
    rule("bivens_new_context.direct_order",
         "personally_involved(C, D) if count_challenges(C, A) and hands_on_conduct(A) and ordered(D, Agent, A)",
         authority="Rizzo v. Goode, 423 U.S. 362, 371-77 (1976); Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691-94 (1978) (no liability without personal involvement; no respondeat superior); Ashcroft v. Iqbal, 556 U.S. 662, 676-77 (2009); Felarca v. Birgeneau, 891 F.3d 809, 819-20 (9th Cir. 2018) (quoting Starr v. Baca, 652 F.3d "
                   "1202, 1207 (9th Cir. 2011)); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 21 (D. "
                   "Ariz. Mar. 31, 2022)",
         decided="1976-01-21", court="supreme_court",
         gloss="An official who directed or ordered the hands-on conduct has a sufficient causal connection to it."),
    rule("bivens_new_context.feature_provision",
         "count_feature(C, provision, P) if count_invokes(C, R) and right_clause(R, P, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); " + ABBASI, decided="1980-04-22", court="supreme_court",
         gloss="A claim's context includes the constitutional provision it rests on."),
    rule("bivens_new_context.feature_right",
         "count_feature(C, right, K) if count_invokes(C, R) and right_clause(R, P, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); " + ABBASI, decided="1980-04-22", court="supreme_court",
         gloss="A claim's context includes the constitutional right at issue."),
    rule("bivens_new_context.feature_rank",
         "officer_feature(D, rank, L) if defendant(D) and holds_rank(D, R) and rank_level(R, L)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); " + ABBASI, decided="1980-04-22", court="supreme_court",
         gloss="A claim's context includes the rank of the officer sued."),
    rule("bivens_new_context.feature_personal_involvement",
         "claim_feature(C, D, involvement, personal) if bivens_claim(C, D) and personally_involved(C, D)",
         authority="Rizzo v. Goode, 423 U.S. 362, 371-77 (1976); Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691-94 (1978) (no liability without personal involvement; no respondeat superior); Ashcroft v. Iqbal, 556 U.S. 662, 677 (2009); Felarca v. Birgeneau, 891 F.3d 809, 819-20 "
                   "(9th Cir. 2018)",
         decided="1976-01-21", court="supreme_court",
         gloss="A claim against an official personally involved in the conduct is about that official's own conduct."),
    rule("bivens_new_context.feature_no_personal_involvement",
         "claim_feature(C, D, involvement, supervisory_only) if bivens_claim(C, D) and not personally_involved(C, D)",
         authority="Rizzo v. Goode, 423 U.S. 362, 371-77 (1976); Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691-94 (1978) (no liability without personal involvement; no respondeat superior); Ashcroft v. Iqbal, 556 U.S. 662, 677 (2009); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, "
                   "Order at 21 (D. Ariz. "
                   "Mar. 31, 2022)",
         decided="1976-01-21", court="supreme_court",
         gloss="A claim against an official not involved in the hands-on conduct would hold a supervisor liable "
               "for what subordinates did."),
    rule("bivens_new_context.feature_general_policy",
         "claim_feature(C, D, official_action, general_policy) if bivens_claim(C, D) and count_challenges(C, A)"
         " and performed(D, A) and not hands_on_conduct(A) and general_policy(A)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); " + ABBASI, decided="1980-04-22", court="supreme_court",
         gloss="A claim against an official for making or carrying out a general policy differs in the generality "
               "of the official action."),
    rule("bivens_new_context.feature_individual_conduct",
         "claim_feature(C, D, official_action, individual_conduct) if bivens_claim(C, D)"
         " and personally_involved(C, D)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); " + ABBASI, decided="1980-04-22", court="supreme_court",
         gloss="A claim about an official's own hands-on conduct concerns specific, individual action."),
    rule("bivens_new_context.setting_itself",
         "setting_within(S, S) if count_setting(C, S)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 139-40 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A setting is within itself."),
    rule("bivens_new_context.setting_broader",
         "setting_within(S, K) if setting_within(S, J) and setting_kind(J, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 131, 139-40 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A setting is within every broader kind its kind belongs to."),
    rule("bivens_new_context.feature_setting",
         "count_feature(C, setting, K) if count_setting(C, S) and setting_within(S, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1860 (2017); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 20 "
                   "(D.D.C. June 23, "
                   "2020)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim's context includes the setting and the legal mandate under which the officer acted."),
    rule("bivens_new_context.feature_noncitizen_plaintiffs",
         "count_feature(C, plaintiffs, noncitizens) if count_invokes(C, R) and plaintiff(P) and noncitizen(P)",
         authority="Hernandez v. Mesa, 140 S. Ct. 735, 743-44 (2020); K.O. v. ICE, No. 20-309 (RC), Mem. Op. "
                   "at 20 (D.D.C. June 23, 2020)",
         decided="2020-02-25", court="supreme_court",
         gloss="None of the recognised contexts concerned the rights of noncitizens."),
    rule("bivens_new_context.feature_minor_plaintiffs",
         "count_feature(C, plaintiffs, minors) if count_invokes(C, R) and plaintiff(P) and minor(P)",
         authority="K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 20 (D.D.C. June 23, 2020)",
         decided="2020-06-23", court="D.D.C.",
         gloss="None of the recognised contexts concerned the rights of minors."),
    # Features are compared at the level they belong to (the count, the officer, the claim), so each
    # comparison is made once; a count that already differs from a precedent rules that precedent out
    # for every defendant.
    rule("bivens_new_context.setting_matches",
         "setting_matches(C, Prec) if count_feature(C, setting, K) and precedent_feature(Prec, setting, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 131, 139-40 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A count's setting matches a precedent's when it is, or is a kind of, the setting the Supreme "
               "Court states the precedent in."),
    rule("bivens_new_context.setting_differs",
         "count_differs(C, Prec, setting) if count_setting(C, S) and recognized_context(Prec)"
         " and not setting_matches(C, Prec)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 139-40 (2017); Goldey v. Fields, 606 U.S. ___ (2025) (per "
                   "curiam)",
         decided="1980-04-22",
         court="supreme_court", gloss="A count differs from a precedent in its setting when no kind its setting belongs to is the "
               "precedent's."),
    rule("bivens_new_context.count_differs",
         "count_differs(C, Prec, F) if count_feature(C, F, V) and recognized_context(Prec) and F != setting"
         " and not precedent_feature(Prec, F, V)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A count differs from a recognised context in a feature the precedent did not have."),
    rule("bivens_new_context.officer_differs",
         "officer_differs(D, Prec, F) if officer_feature(D, F, V) and recognized_context(Prec)"
         " and not precedent_feature(Prec, F, V)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="An officer differs from those in a recognised context in a feature the precedent did not have."),
    rule("bivens_new_context.claim_differs",
         "claim_differs(C, D, Prec, F) if claim_feature(C, D, F, V) and recognized_context(Prec)"
         " and not precedent_feature(Prec, F, V)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim differs from a recognised context in a feature the precedent did not have."),
    rule("bivens_new_context.known_rank",
         "known_symbol(rank, R) if rank_level(R, L)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 140 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A rank the rule book places at a level is a known rank."),
    rule("bivens_new_context.unknown_rank",
         "unknown_symbol(rank, R) if holds_rank(P, R) and not known_symbol(rank, R)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 140 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A rank the rule book does not place is named for the author: step one cannot compare it."),
    rule("bivens_new_context.known_setting",
         "known_symbol(setting, S) if setting_kind(S, K)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 131 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A setting in the taxonomy is a known setting."),
    rule("bivens_new_context.known_precedent_setting",
         "known_symbol(setting, S) if precedent_feature(P, setting, S)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 131 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A recognised context's setting is a known setting."),
    rule("bivens_new_context.known_area_setting",
         "known_symbol(setting, S) if setting_area(S, A)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 143-44 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A setting classified in a field of law is a known setting."),
    rule("bivens_new_context.unknown_setting",
         "unknown_symbol(setting, S) if count_setting(C, S) and not known_symbol(setting, S)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 582 U.S. 120, 139-40 (2017)", decided="1980-04-22",
         court="supreme_court", gloss="A setting outside the taxonomy is named for the author: it is compared as one no precedent had."),
    rule("bivens_new_context.count_distinguished",
         "count_distinguished(C, Prec) if count_differs(C, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1864-65 (2017); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1980-04-22", court="supreme_court",
         gloss="Even a single modest departure from a recognised context is a meaningful difference."),
    rule("bivens_new_context.officer_distinguished",
         "officer_distinguished(D, Prec) if officer_differs(D, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1860, 1864 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A difference in the rank of the officers involved is a meaningful difference."),
    rule("bivens_new_context.claim_distinguished",
         "claim_distinguished(C, D, Prec) if claim_differs(C, D, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1860, 1864 (2017); Ashcroft v. Iqbal, 556 U.S. 662, 677 (2009)",
         decided="1980-04-22", court="supreme_court",
         gloss="A difference in the official's involvement or the generality of the action is a meaningful "
               "difference."),
    rule("bivens_new_context.count_may_match",
         "count_may_match(C, Prec) if count_invokes(C, R) and right_clause(R, P, K) and recognized_context(Prec)"
         " and not count_distinguished(C, Prec)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A count no different from a recognised context in its right, setting or plaintiffs may match it."),
    rule("bivens_new_context.differs_on_count",
         "differs_on(C, D, Prec, F) if bivens_claim(C, D) and count_differs(C, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim differs from a recognised context where its count does."),
    rule("bivens_new_context.differs_on_officer",
         "differs_on(C, D, Prec, F) if bivens_claim(C, D) and officer_differs(D, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim differs from a recognised context where the officer sued does."),
    rule("bivens_new_context.differs_on_claim",
         "differs_on(C, D, Prec, F) if claim_differs(C, D, Prec, F)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859-60, 1864 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim differs from a recognised context in its own features."),
    rule("bivens_new_context.matches",
         "matches_recognized_context(C, D) if bivens_claim(C, D) and count_may_match(C, Prec)"
         " and not officer_distinguished(D, Prec) and not claim_distinguished(C, D, Prec)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859 (2017)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim no different in a meaningful way from Bivens, Davis or Carlson arises in a recognised "
               "context."),
    rule("bivens_new_context.new_context",
         "new_context(C, D) if bivens_claim(C, D) and not matches_recognized_context(C, D)",
         authority="Carlson v. Green, 446 U.S. 14, 18-19 (1980) (whether a damages remedy lies is asked of each claim); Ziglar v. Abbasi, 137 S. Ct. 1843, 1859 (2017); Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
         decided="1980-04-22", court="supreme_court",
         gloss="A claim different in a meaningful way from every recognised Bivens context arises in a new context.",
         test="different in a meaningful way from previous Bivens cases decided by [the Supreme] Court"),
    rule("bivens_new_context.new_category_of_defendants",
         "new_context(C, D) if bivens_claim(C, D) and not federal_officer(D)",
         authority="FDIC v. Meyer, 510 U.S. 471, 484-86 (1994); Corr. Servs. Corp. v. Malesko, 534 U.S. 61, 68 (2001); Hernandez v. Mesa, 140 S. Ct. 735, 743 "
                   "(2020)",
         decided="1994-02-23", court="supreme_court",
         gloss="Bivens has been recognised only against individual federal officers; any other defendant is a new "
               "category of defendants."),
]

LIMITS = [
    limit("bivens_new_context.same_provision_not_enough",
          "matches_recognized_context(C, D)", "count_against(C, D) and count_feature(C, provision, P)"
          " and precedent_feature(Prec, provision, P)",
          authority="Hernandez v. Mesa, 140 S. Ct. 735, 743 (2020)",
          decided="2020-02-25", court="supreme_court",
          gloss="a claim may arise in a new context even if it rests on the same constitutional provision as a "
                "recognised one"),
]

QUESTIONS = [
    question("bivens_new_context", "Bivens step one: new context", "new_context(C, D)", "bivens_claim_challenged(C, D)",
             reached="remedy_question_reached(C, D)",
             holds="new context", fails="recognised context", short="Step 1", order=50),
]
