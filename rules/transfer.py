"""Transfer: for convenience (28 U.S.C. § 1404(a)), and to cure want of venue
(§ 1406(a)) or of jurisdiction (§ 1631).

"For the convenience of parties and witnesses, in the interest of justice, a
district court may transfer any civil action to any other district or division
where it might have been brought." § 1404(a) (1948). "The district court of a
district in which is filed a case laying venue in the wrong division or district
shall dismiss, or if it be in the interest of justice, transfer such case to any
district or division in which it could have been brought." § 1406(a) (1948).
Section 1406(a) authorizes transfer "whether the court in which it was filed had
personal jurisdiction over the defendants or not." Goldlawr, Inc. v. Heiman, 369
U.S. 463, 466 (1962). "Whenever a civil action is filed in a court ... and that
court finds that there is a want of jurisdiction, the court shall, if it is in the
interest of justice, transfer such action ... to any other such court ... in which
the action ... could have been brought at the time it was filed." § 1631 (Federal
Courts Improvement Act of 1982); the First Circuit reads "jurisdiction" to include
personal jurisdiction (Fed. Home Loan Bank of Boston v. Moody's Corp., 821 F.3d 102,
114-19 (1st Cir. 2016)).

"Where it might have been brought" is a district where venue lies and the
defendants are amenable to process (Hoffman v. Blaski, 363 U.S. 335, 343-44
(1960)): here, where § 1391(b)(1) or (b)(2) lays venue (venue's `venue_lies_in`)
and every defendant is at home (domicile, incorporation, principal place of
business) or found subject to jurisdiction there. The § 1404(a) balance is
discretionary ("an individualized, case-by-case consideration of convenience and
fairness", Stewart Org., Inc. v. Ricoh Corp., 487 U.S. 22, 29 (1988); Jones v. GNC
Franchising, Inc., 211 F.3d 495, 498-99 (9th Cir. 2000)), and so is "the interest of
justice": both are findings the court makes, put in issue by the motion or request;
a file that leaves them undecided gets an undetermined ruling, never a silent no.
Where venue or jurisdiction is wanting and no transfer is made, the action is
dismissed as to the defendant (§ 1406(a); Fed. R. Civ. P. 12(b)(2)-(3)).

Not modelled: the Jones factors one by one; transfer to a district to which all
parties consent (2011 text); transfer within a district between divisions;
whether § 1631 reaches personal jurisdiction outside the First Circuit (a split);
§ 1406(a) transfer where venue is proper but jurisdiction wanting (some circuits).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("moved_to_transfer_for_convenience", "party:party state:state",
         "{party} moved to transfer the action, for convenience, to the district court in {state}", RECORD),
    pred("transfer_requested_to_cure", "party:party state:state",
         "{party} asked, if venue or jurisdiction is wanting, that the action be transferred to the district court "
         "in {state} rather than dismissed", RECORD),
    pred("subject_to_jurisdiction_in", "defendant:party state:state",
         "{defendant} would be subject to personal jurisdiction in {state}", FINDING),
    pred("convenience_favors_transfer", "state:state",
         "the convenience of parties and witnesses and the interest of justice favor transfer to {state}", FINDING,
         raised_by="moved_to_transfer_for_convenience(Party, State)"),
    pred("transfer_in_interest_of_justice", "state:state",
         "it is in the interest of justice to transfer the action to {state} rather than dismiss it", FINDING,
         raised_by="transfer_requested_to_cure(Party, State)"),
    pred("amenable_in", "defendant:party state:symbol", "{defendant} is amenable to process in {state}", DERIVED,
         negated='{defendant} is not amenable to process in {state}'),
    pred("defendant_not_amenable_in", "state:symbol", "some defendant is not amenable to process in {state}",
         DERIVED,
         negated='every defendant is amenable to process in {state}'),
    pred("could_have_been_brought_in", "state:symbol", "the action could have been brought in {state}", DERIVED),
    pred("convenience_transfer_sought", "state:symbol", "transfer to {state} for convenience is sought", DERIVED),
    pred("convenience_transfer", "state:symbol", "the action is transferred to {state} for convenience", DERIVED),
    pred("cure_transfer_sought", "state:symbol",
         "transfer to {state} is asked for, if venue or jurisdiction is wanting", DERIVED),
    pred("cure_transfer", "state:symbol",
         "the action is transferred to {state} to cure want of venue or jurisdiction", DERIVED),
    pred("action_transferred", "forum:symbol", "the action is transferred from {forum}", DERIVED, exception=True,
         negated='the action is not transferred from {forum}'),
    pred("dismissed_for_want_of_venue", "forum:symbol", "the action is dismissed for improper venue in {forum}",
         DERIVED),
]

RULES = [
    # where the action might have been brought (Hoffman v. Blaski)
    rule("transfer.amenable_at_home",
         "amenable_in(D, S) if defendant(D) and domiciled_in(D, S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960); Milliken v. Meyer, 311 U.S. 457, 462-63 (1940)",
         decided="1960-06-13", court="supreme_court",
         gloss="A defendant can be sued where he is domiciled."),
    rule("transfer.amenable_where_incorporated",
         "amenable_in(D, S) if defendant(D) and incorporated_in(D, S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960); Goodyear Dunlop Tires Operations, S.A. v. "
                   "Brown, 564 U.S. 915, 924 (2011)",
         decided="1960-06-13", court="supreme_court",
         gloss="A corporation can be sued where it is incorporated."),
    rule("transfer.amenable_at_principal_place_of_business",
         "amenable_in(D, S) if defendant(D) and principal_place_of_business_in(D, S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960); Daimler AG v. Bauman, 571 U.S. 117, 137 (2014)",
         decided="1960-06-13", court="supreme_court",
         gloss="A corporation can be sued where it has its principal place of business."),
    rule("transfer.amenable_as_found",
         "amenable_in(D, S) if subject_to_jurisdiction_in(D, S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960)",
         decided="1960-06-13", court="supreme_court",
         gloss="A defendant the court finds would be subject to jurisdiction in another state is amenable there."),
    rule("transfer.someone_not_amenable",
         "defendant_not_amenable_in(S) if venue_lies_in(S) and defendant(D) and not amenable_in(D, S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960)",
         decided="1960-06-13", court="supreme_court",
         gloss="An action could not have been brought where some defendant could not be served."),
    rule("transfer.might_have_been_brought",
         "could_have_been_brought_in(S) if venue_lies_in(S) and not defendant_not_amenable_in(S)",
         authority="Hoffman v. Blaski, 363 U.S. 335, 343-44 (1960); 28 U.S.C. § 1404(a) (1948)",
         decided="1960-06-13", court="supreme_court",
         gloss="An action might have been brought where venue lies and every defendant is amenable to process.",
         test="where it might have been brought"),
    # § 1404(a)
    rule("transfer.convenience_sought",
         "convenience_transfer_sought(S) if moved_to_transfer_for_convenience(P, S)",
         authority="28 U.S.C. § 1404(a) (1948)", decided="1948-06-25", court="enacted_law",
         gloss="A party may move to transfer the action for convenience."),
    rule("transfer.for_convenience",
         "convenience_transfer(S) if convenience_transfer_sought(S) and could_have_been_brought_in(S)"
         " and convenience_favors_transfer(S)",
         authority="28 U.S.C. § 1404(a) (1948); Stewart Org., Inc. v. Ricoh Corp., 487 U.S. 22, 29 (1988); Jones "
                   "v. GNC Franchising, Inc., 211 F.3d 495, 498-99 (9th Cir. 2000)",
         decided="1948-06-25", court="enacted_law",
         gloss="The court may transfer, for convenience and in the interest of justice, to a district where the "
               "action might have been brought.",
         test="For the convenience of parties and witnesses, in the interest of justice, a district court may "
              "transfer any civil action to any other district or division where it might have been brought"),
    # want of venue or jurisdiction: dismiss or transfer
    rule("transfer.cure_sought",
         "cure_transfer_sought(S) if transfer_requested_to_cure(P, S)",
         authority="28 U.S.C. § 1406(a) (1948)", decided="1948-06-25", court="enacted_law",
         gloss="A party may ask that the action be transferred rather than dismissed."),
    rule("transfer.cure_want_of_venue",
         "cure_transfer(S) if cure_transfer_sought(S) and venue_contested(F) and not venue_proper(F)"
         " and could_have_been_brought_in(S) and transfer_in_interest_of_justice(S)",
         authority="28 U.S.C. § 1406(a) (1948); Goldlawr, Inc. v. Heiman, 369 U.S. 463, 466-67 (1962)",
         decided="1948-06-25", court="enacted_law",
         gloss="Where venue is wrong, the court may transfer, in the interest of justice, to a district where the "
               "action could have been brought — whether or not it has personal jurisdiction over the defendants.",
         test="shall dismiss, or if it be in the interest of justice, transfer such case to any district or "
              "division in which it could have been brought"),
    rule("transfer.cure_want_of_personal_jurisdiction",
         "cure_transfer(S) if cure_transfer_sought(S) and lacks_personal_jurisdiction(D)"
         " and could_have_been_brought_in(S) and transfer_in_interest_of_justice(S)",
         authority="28 U.S.C. § 1631 (1982); Fed. Home Loan Bank of Boston v. Moody's Corp., 821 F.3d 102, 114-19 "
                   "(1st Cir. 2016)",
         decided="2016", court="first",
         gloss="Where the court lacks personal jurisdiction, it transfers, in the interest of justice, to a court "
               "in which the action could have been brought.",
         test="that court finds that there is a want of jurisdiction, the court shall, if it is in the interest of "
              "justice, transfer such action"),
    rule("transfer.transferred",
         "action_transferred(F) if forum_state(F) and cure_transfer(S)",
         authority="28 U.S.C. § 1406(a) (1948)", decided="1948-06-25", court="enacted_law",
         gloss="An action transferred to cure want of venue or jurisdiction is not dismissed."),
    rule("transfer.transferred_for_convenience",
         "action_transferred(F) if forum_state(F) and convenience_transfer(S)",
         authority="28 U.S.C. § 1404(a) (1948)", decided="1948-06-25", court="enacted_law",
         gloss="An action transferred for convenience is not dismissed."),
    rule("transfer.dismissed_for_want_of_venue",
         "dismissed_for_want_of_venue(F) if venue_contested(F) and not venue_proper(F)"
         " and not action_transferred(F)",
         authority="28 U.S.C. § 1406(a) (1948); Fed. R. Civ. P. 12(b)(3) (1938)",
         decided="1948-06-25", court="enacted_law",
         gloss="An action laying venue in the wrong district is dismissed unless it is transferred.",
         test="shall dismiss, or if it be in the interest of justice, transfer"),
]

QUESTIONS = [
    question("transfer_for_convenience", "Transfer for convenience (§ 1404(a))", "convenience_transfer(S)",
             "convenience_transfer_sought(S)", holds="transferred", fails="not transferred", order=27),
    question("cure_transfer", "Transfer to cure want of venue or jurisdiction (§§ 1406(a), 1631)",
             "cure_transfer(S)", "cure_transfer_sought(S)", holds="transferred", fails="not transferred",
             order=28),
    question("venue_dismissal", "Dismissal for improper venue (§ 1406(a))", "dismissed_for_want_of_venue(F)",
             "venue_contested(F)", holds="dismissed", fails="not dismissed", order=29),
]
