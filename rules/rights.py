"""The rights a count may invoke: a closed, declared set, each with its authority.

A count's `right:` names the right it sues on. The constitutional rights are
classified by provision and clause ("the constitutional right at issue", Ziglar
v. Abbasi, 582 U.S. 120, 140 (2017)), the level at which step one of *Bivens*
compares them; the statutory ones by the statute that gives the cause of
action. A right the rule book does not declare is not silently "no claim":
`unknown_symbol(right, R)` is derived for it, `check` warns (with the known
rights), and the count is put at issue nowhere (procedural_rulings reads
`known_symbol(right, R)`), so no ruling survives or fails on it unseen.

The same mechanism names unknown ranks, settings and special factors (their
members are declared in bivens_new_context and bivens_special_factors).

Not modelled: the elements of each right (whether the facts pleaded make out
a violation is the court's finding, `constitutional_violation_pleaded`);
incorporation against the States beyond listing the Fourteenth Amendment
rights; statutory rights other than §§ 1985(3), 1986 and the FTCA.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("statutory_right", "right:symbol statute:symbol", "{right} is a cause of action under {statute}", DERIVED),
    pred("known_symbol", "kind:symbol value:symbol", "{value} is a {kind} the rule book knows", DERIVED),
    pred("unknown_symbol", "kind:symbol value:symbol",
         "the case file names {value} as a {kind}, and the rule book knows no such {kind}", DERIVED),
]

AMENDMENTS = {
    "first_amendment": ("U.S. Const. amend. I", "1791-12-15"),
    "fourth_amendment": ("U.S. Const. amend. IV", "1791-12-15"),
    "fifth_amendment": ("U.S. Const. amend. V", "1791-12-15"),
    "eighth_amendment": ("U.S. Const. amend. VIII", "1791-12-15"),
    "fourteenth_amendment": ("U.S. Const. amend. XIV, § 1", "1868-07-09"),
}

# Rights beyond those the family-separation counts invoke (declared in bivens_new_context.RIGHTS):
# right -> (provision, clause, authority for the classification, its date).
RIGHTS = {
    "first_amendment_speech": ("first_amendment", "free_speech",
                               "Reichle v. Howards, 566 U.S. 658, 663 n.4 (2012)", "2012-06-04"),
    "first_amendment_retaliation": ("first_amendment", "retaliation",
                                    "Hartman v. Moore, 547 U.S. 250, 256 (2006); Egbert v. Boule, 596 U.S. 482, "
                                    "498-99 (2022)", "2006-04-25"),
    "first_amendment_free_exercise": ("first_amendment", "free_exercise",
                                      "Ashcroft v. Iqbal, 556 U.S. 662, 675-76 (2009)", "2009-05-18"),
    "fourth_amendment_unreasonable_search": ("fourth_amendment", "search_and_seizure",
                                             "U.S. Const. amend. IV; Bivens v. Six Unknown Named Agents, 403 U.S. "
                                             "388, 389 (1971)", "1971-06-21"),
    "fourth_amendment_false_arrest": ("fourth_amendment", "search_and_seizure",
                                      "Manuel v. City of Joliet, 580 U.S. 357, 367 (2017)", "2017-03-21"),
    "fourth_amendment_excessive_force": ("fourth_amendment", "excessive_force",
                                         "Graham v. Connor, 490 U.S. 386, 394-95 (1989); Hernandez v. Mesa, 589 "
                                         "U.S. 93, 102-03 (2020)", "1989-05-15"),
    "fifth_amendment_excessive_force": ("fifth_amendment", "excessive_force",
                                        "Hernandez v. Mesa, 589 U.S. 93, 102-03 (2020)", "2020-02-25"),
    "fifth_amendment_retaliation_for_property_rights": ("fifth_amendment", "takings",
                                                        "Dolan v. City of Tigard, 512 U.S. 374, 385 (1994); Wilkie "
                                                        "v. Robbins, 551 U.S. 537, 548-49 (2007)", "1994-06-24"),
    "fifth_amendment_substantive_due_process": ("fifth_amendment", "substantive_due_process",
                                                "Collins v. City of Harker Heights, 503 U.S. 115, 125 (1992)",
                                                "1992-02-26"),
    "eighth_amendment_cruel_and_unusual_punishment": ("eighth_amendment", "cruel_and_unusual_punishment",
                                                      "Hope v. Pelzer, 536 U.S. 730, 737 (2002); Rhodes v. "
                                                      "Chapman, 452 U.S. 337, 346 (1981)", "1981-06-15"),
    "eighth_amendment_excessive_force": ("eighth_amendment", "excessive_force",
                                         "Hudson v. McMillian, 503 U.S. 1, 6-7 (1992); Goldey v. Fields, 606 U.S. "
                                         "___ (2025) (per curiam)", "1992-02-25"),
    "eighth_amendment_failure_to_protect": ("eighth_amendment", "failure_to_protect",
                                            "Farmer v. Brennan, 511 U.S. 825, 833 (1994)", "1994-06-06"),
    "fourteenth_amendment_due_process": ("fourteenth_amendment", "substantive_due_process",
                                         "U.S. Const. amend. XIV, § 1; Collins v. City of Harker Heights, 503 U.S. "
                                         "115, 125 (1992)", "1992-02-26"),
    "fourteenth_amendment_procedural_due_process": ("fourteenth_amendment", "procedural_due_process",
                                                    "U.S. Const. amend. XIV, § 1; Mathews v. Eldridge, 424 U.S. "
                                                    "319, 332 (1976)", "1976-02-24"),
    "fourteenth_amendment_equal_protection": ("fourteenth_amendment", "equal_protection",
                                              "U.S. Const. amend. XIV, § 1; Washington v. Davis, 426 U.S. 229, "
                                              "239-40 (1976)", "1976-06-07"),
}

# Statutory causes of action: right -> (statute, authority, date).
STATUTORY = {
    "section_1985_3_conspiracy": ("section_1985", "42 U.S.C. § 1985(3); Griffin v. Breckenridge, 403 U.S. 88, "
                                                  "102-03 (1971)", "1971-06-07"),
    "section_1986_neglect_to_prevent": ("section_1986", "42 U.S.C. § 1986", "1871-04-20"),
    "ftca_negligence": ("ftca", "28 U.S.C. § 1346(b)(1); United States v. Orleans, 425 U.S. 807, 813 (1976)",
                        "1946-08-02"),
    "ftca_intentional_tort": ("ftca", "28 U.S.C. §§ 1346(b)(1), 2680(h); Millbrook v. United States, 569 U.S. "
                                      "50, 52-53 (2013)", "1974-03-16"),
}

RULES = []
for right, (provision, clause, authority, _classified) in RIGHTS.items():
    text, _ = AMENDMENTS[provision]
    RULES.append(rule(f"rights.{right}", f"right_clause({right}, {provision}, {clause})",
                      authority=f"{text}; {authority}", decided=AMENDMENTS[provision][1],
                      court="enacted_law", gloss=f"{right.replace('_', ' ')} is a {clause.replace('_', ' ')} right under the "
                            f"{provision.replace('_', ' ')}."))
for right, (statute, authority, decided) in STATUTORY.items():
    RULES.append(rule(f"rights.{right}", f"statutory_right({right}, {statute})", authority=authority,
                      decided=decided, court="enacted_law", gloss=f"{right.replace('_', ' ')} is a cause of action the statute "
                                             f"({statute.replace('_', ' ')}) gives."))

RULES += [
    rule("rights.known_constitutional",
         "known_symbol(right, R) if right_clause(R, P, K)",
         authority="U.S. Const. amends. I-XIV; Ziglar v. Abbasi, 582 U.S. 120, 140 (2017)", decided="1791-12-15",
         court="enacted_law", gloss="A constitutional right the rule book classifies by provision and clause is a known right."),
    rule("rights.known_statutory",
         "known_symbol(right, R) if statutory_right(R, S)",
         authority="42 U.S.C. §§ 1985(3), 1986 (Civil Rights Act of 1871); Alexander v. Sandoval, 532 U.S. 275, 286 "
                   "(2001)", decided="1871-04-20",
         court="enacted_law", gloss="A right of action a statute gives is a known right."),
    rule("rights.unknown_right",
         "unknown_symbol(right, R) if count_invokes(C, R) and not known_symbol(right, R)",
         authority="Alexander v. Sandoval, 532 U.S. 275, 286-87 (2001) (private rights of action must be created "
                   "by law, not by courts)",
         decided="1791-12-15",
         court="supreme_court", gloss="A count on a right no declared law gives is named for the author to fix, not decided silently."),
]
