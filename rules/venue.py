"""Venue — the general venue statute, 28 U.S.C. § 1391, as in force on the case's date.

"A civil action may be brought in— (1) a judicial district in which any defendant
resides, if all defendants are residents of the State in which the district is
located; (2) a judicial district in which a substantial part of the events or
omissions giving rise to the claim occurred, or a substantial part of property
that is the subject of the action is situated; or (3) if there is no district in
which an action may otherwise be brought as provided in this section, any
judicial district in which any defendant is subject to the court's personal
jurisdiction with respect to such action." 28 U.S.C. § 1391(b) (as amended by the
Federal Courts Jurisdiction and Venue Clarification Act of 2011, Pub. L. 112-63,
effective Jan. 6, 2012). The 1990 text (Judicial Improvements Act of 1990, Pub. L.
101-650) read, for an action not founded only on diversity: "(1) a judicial
district where any defendant resides, if all defendants reside in the same State,
(2) a judicial district in which a substantial part of the events or omissions
giving rise to the claim occurred ..., or (3) a judicial district in which any
defendant may be found, if there is no district in which the action may otherwise
be brought." § 1391(c) (1988 text): a corporate defendant "shall be deemed to
reside in any judicial district in which it is subject to personal jurisdiction at
the time the action is commenced"; § 1391(c)(1)-(2) (2011): a natural person resides
where domiciled, an entity defendant wherever it is subject to the court's personal
jurisdiction with respect to the action. § 1391(e): an officer or employee of the
United States sued in an official capacity may be sued where "a defendant in the
action resides" or where "the plaintiff resides"; it does not reach damages actions
against officers personally (Stafford v. Briggs, 444 U.S. 527, 542-45 (1980)).

"A substantial part of the events" is the court's characterisation of the record
(a finding); in a tort action the place where the harm was felt can be such a
part (Myers v. Bennett Law Offices, 238 F.3d 1068, 1075-76 (9th Cir. 2001)). An
objection to venue (Rule 12(b)(3)) puts the finding in issue; a court may decide
venue before personal jurisdiction (Leroy v. Great W. United Corp., 443 U.S. 173,
180 (1979)), so venue is reached whatever personal jurisdiction comes to.

Not modelled: districts within a multi-district state (a district is its state
here; § 1391(d)); venue before 1990 ("where the claim arose"); the residence of a
natural person before the 2011 text (courts read it as domicile); unincorporated
associations' residence; property as the subject of the action; special venue
statutes (§ 1400, ERISA, Title VII); the official-capacity officer's residence
where he performs his duties; pendent venue; waiver by failing to object (Rule
12(h)(1)) beyond "venue is decided only when objected to".
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("objected_to_venue", "defendant:party", "{defendant} moved to dismiss for improper venue", RECORD),
    # sued_in_official_capacity(D) is declared with official-capacity suits, in sovereign_immunity
    pred("substantial_part_of_events_in", "state:state",
         "a substantial part of the events or omissions giving rise to the claims occurred in {state}", FINDING,
         raised_by="objected_to_venue(Defendant) and forum_state(State)"),
    pred("venue_contested", "forum:symbol", "a defendant contests venue in {forum}", DERIVED),
    pred("entity_defendant", "defendant:party", "{defendant} is a corporation", DERIVED),
    pred("resides_in", "party:party state:symbol", "{party} resides, for venue, in {state}", DERIVED,
         negated='{party} does not reside, for venue, in {state}'),
    pred("defendant_not_resident_of", "state:symbol", "some defendant does not reside in {state}", DERIVED,
         negated='every defendant resides in {state}'),
    pred("all_defendants_reside_in", "state:symbol", "every defendant resides in {state}", DERIVED),
    pred("venue_lies_in", "state:symbol",
         "{state} is a district where the action may be brought under § 1391(b)(1) or (b)(2)", DERIVED),
    pred("some_district_otherwise_proper", "forum:symbol",
         "some district other than by the fallback is a proper venue for the action brought in {forum}",
         DERIVED, exception=True,
         negated='no district other than by the fallback is a proper venue for the action brought in {forum}'),
    pred("venue_proper", "forum:symbol", "venue is proper in {forum}", DERIVED,
         negated='venue is not proper in {forum}'),
]

_B_1990 = "28 U.S.C. § 1391(b) (as amended by the Judicial Improvements Act of 1990, Pub. L. 101-650, § 311)"
_B_2011 = ("28 U.S.C. § 1391(b) (as amended by the Federal Courts Jurisdiction and Venue Clarification Act of 2011, "
           "Pub. L. 112-63, § 202)")

RULES = [
    rule("venue.contested",
         "venue_contested(F) if objected_to_venue(D) and forum_state(F)",
         authority="Fed. R. Civ. P. 12(b)(3) (1938); Piedmont Label Co. v. Sun Garden Packing Co., 598 F.2d 491, "
                   "496 (9th Cir. 1979)",
         decided="1938", court="enacted_law",
         gloss="When a defendant moves to dismiss for improper venue, the plaintiff must show venue is proper."),
    # residence (§ 1391(c))
    rule("venue.corporation",
         "entity_defendant(D) if defendant(D) and incorporated_in(D, S)",
         authority="28 U.S.C. § 1391(c) (as amended by the Judicial Improvements and Access to Justice Act, Pub. L. "
                   "100-702, § 1013 (1988))",
         decided="1988-11-19", court="enacted_law",
         gloss="A defendant incorporated somewhere is a corporation, whose residence § 1391(c) defines."),
    rule("venue.corporate_residence_1988",
         "resides_in(D, F) if entity_defendant(D) and subject_to_personal_jurisdiction(D, F)",
         authority="28 U.S.C. § 1391(c) (as amended by Pub. L. 100-702, § 1013 (1988))",
         decided="1988-11-19", court="enacted_law",
         gloss="A corporate defendant resides in any district in which it is subject to personal jurisdiction.",
         test="a defendant that is a corporation shall be deemed to reside in any judicial district in which it "
              "is subject to personal jurisdiction at the time the action is commenced"),
    rule("venue.entity_residence_2011",
         "resides_in(D, F) if entity_defendant(D) and subject_to_personal_jurisdiction(D, F)",
         authority="28 U.S.C. § 1391(c)(2) (as amended by Pub. L. 112-63, § 202 (2011))",
         decided="2012-01-06", court="enacted_law",
         supersedes=("venue.corporate_residence_1988",), how="superseded",
         gloss="An entity defendant resides in any district in which it is subject to the court's personal "
               "jurisdiction with respect to the action.",
         test="if a defendant, in any judicial district in which such defendant is subject to the court's "
              "personal jurisdiction with respect to the civil action in question"),
    rule("venue.natural_person_domicile_2011",
         "resides_in(P, S) if domiciled_in(P, S)",
         authority="28 U.S.C. § 1391(c)(1) (as amended by Pub. L. 112-63, § 202 (2011))",
         decided="2012-01-06", court="enacted_law",
         gloss="A natural person resides in the district where he or she is domiciled.",
         test="a natural person ... shall be deemed to reside in the judicial district in which that person is "
              "domiciled"),
    rule("venue.defendant_not_resident",
         "defendant_not_resident_of(S) if resides_in(D1, S) and defendant(D1) and defendant(D)"
         " and not resides_in(D, S)",
         authority=_B_1990, decided="1990-12-01", court="enacted_law",
         gloss="A state is not every defendant's residence when some defendant does not reside there."),
    rule("venue.all_defendants_reside",
         "all_defendants_reside_in(S) if resides_in(D, S) and defendant(D) and not defendant_not_resident_of(S)",
         authority=_B_1990, decided="1990-12-01", court="enacted_law",
         gloss="Every defendant resides in the state."),
    # § 1391(b)(1) and (b)(2) for any district (read by the fallback and by transfer)
    rule("venue.lies_where_all_defendants_reside",
         "venue_lies_in(S) if all_defendants_reside_in(S)",
         authority=_B_1990 + "; " + _B_2011, decided="1990-12-01", court="enacted_law",
         gloss="An action may be brought where any defendant resides, if all defendants reside in that state."),
    rule("venue.lies_where_events_occurred",
         "venue_lies_in(S) if substantial_part_of_events_in(S)",
         authority=_B_1990 + "; " + _B_2011, decided="1990-12-01", court="enacted_law",
         gloss="An action may be brought where a substantial part of the events or omissions giving rise to the "
               "claim occurred."),
    # § 1391(b) in the forum
    rule("venue.residence_1990",
         "venue_proper(F) if venue_contested(F) and all_defendants_reside_in(F)",
         authority=_B_1990 + "(1)", decided="1990-12-01", court="enacted_law",
         gloss="Venue lies where any defendant resides, if all defendants reside in the same state.",
         test="a judicial district where any defendant resides, if all defendants reside in the same State"),
    rule("venue.residence_2011",
         "venue_proper(F) if venue_contested(F) and all_defendants_reside_in(F)",
         authority=_B_2011 + "(1)", decided="2012-01-06", court="enacted_law",
         supersedes=("venue.residence_1990",), how="superseded",
         gloss="Venue lies where any defendant resides, if all defendants are residents of that state.",
         test="a judicial district in which any defendant resides, if all defendants are residents of the State "
              "in which the district is located"),
    rule("venue.substantial_part_of_events",
         "venue_proper(F) if venue_contested(F) and substantial_part_of_events_in(F)",
         authority=_B_1990 + "(2) (unchanged in 2011); Myers v. Bennett Law Offices, 238 F.3d 1068, 1075-76 (9th "
                   "Cir. 2001)",
         decided="1990-12-01", court="enacted_law",
         gloss="Venue lies where a substantial part of the events or omissions giving rise to the claim occurred.",
         test="a judicial district in which a substantial part of the events or omissions giving rise to the "
              "claim occurred"),
    rule("venue.otherwise_proper",
         "some_district_otherwise_proper(F) if venue_contested(F) and venue_lies_in(S)",
         authority=_B_1990 + "(3); " + _B_2011 + "(3)", decided="1990-12-01", court="enacted_law",
         gloss="The fallback is closed when some district satisfies (b)(1) or (b)(2)."),
    rule("venue.fallback_1990",
         "venue_proper(F) if venue_contested(F) and subject_to_personal_jurisdiction(D, F)"
         " and not some_district_otherwise_proper(F)",
         authority=_B_1990 + "(3)", decided="1990-12-01", court="enacted_law",
         gloss="If no district otherwise qualifies, venue lies where any defendant may be found.",
         test="a judicial district in which any defendant may be found, if there is no district in which the "
              "action may otherwise be brought"),
    rule("venue.fallback_2011",
         "venue_proper(F) if venue_contested(F) and subject_to_personal_jurisdiction(D, F)"
         " and not some_district_otherwise_proper(F)",
         authority=_B_2011 + "(3)", decided="2012-01-06", court="enacted_law",
         supersedes=("venue.fallback_1990",), how="superseded",
         gloss="If no district otherwise qualifies, venue lies where any defendant is subject to the court's "
               "personal jurisdiction with respect to the action.",
         test="if there is no district in which an action may otherwise be brought as provided in this section, "
              "any judicial district in which any defendant is subject to the court's personal jurisdiction"),
    # § 1391(e): officers of the United States in their official capacity
    rule("venue.official_capacity_defendant_residence",
         "venue_proper(F) if venue_contested(F) and sued_in_official_capacity(D) and resides_in(D2, F)"
         " and defendant(D2)",
         authority="28 U.S.C. § 1391(e) (Mandamus and Venue Act of 1962, Pub. L. 87-748); 28 U.S.C. "
                   "§ 1391(e)(1)(A) (2011); Stafford v. Briggs, 444 U.S. 527, 542-45 (1980)",
         decided="1962-10-05", court="enacted_law",
         gloss="An action against a federal officer in an official capacity may be brought where any defendant "
               "resides.",
         test="in any judicial district in which (A) a defendant in the action resides"),
    rule("venue.official_capacity_plaintiff_residence",
         "venue_proper(F) if venue_contested(F) and sued_in_official_capacity(D) and plaintiff(P)"
         " and domiciled_in(P, F)",
         authority="28 U.S.C. § 1391(e) (Mandamus and Venue Act of 1962, Pub. L. 87-748); 28 U.S.C. "
                   "§ 1391(e)(1)(C) (2011); Stafford v. Briggs, 444 U.S. 527, 542-45 (1980)",
         decided="1962-10-05", court="enacted_law",
         gloss="An action against a federal officer in an official capacity may be brought where the plaintiff "
               "resides (no real property being involved).",
         test="(C) the plaintiff resides if no real property is involved in the action"),
]

QUESTIONS = [
    question("venue", "Venue (28 U.S.C. § 1391)", "venue_proper(F)", "venue_contested(F)",
             holds="proper", fails="improper", short="Venue", order=26),
]
