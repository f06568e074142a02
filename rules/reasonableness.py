"""Prong 3 — fair play and substantial justice (reasonableness).

"Once a plaintiff has made a sufficient showing on the first two prongs, the
burden shifts to the defendant to make a compelling case that jurisdiction
would be unreasonable." Burger King, 471 U.S. at 476. Seven factors are
weighed (Marina Salina Cruz, 649 F.2d at 1270). "The third prong is only
addressed after a plaintiff has made a sufficient showing on the first two
prongs." A.I.I.L. (citing Burger King, 471 U.S. at 476).

The First Circuit weighs its own "Gestalt factors" — the defendant's burden of
appearing, the forum state's interest, the plaintiff's interest in convenient
relief, the judicial system's interest in effective resolution, and the common
interests of all sovereigns in substantive social policies — on a sliding
scale: "the weaker the plaintiff's showing on the first two prongs ..., the
less a defendant need show in terms of unreasonableness to defeat
jurisdiction" (Ticketmaster-New York, Inc. v. Alioto, 26 F.3d 201, 209-10 (1st
Cir. 1994); Sawtelle v. Farrell, 70 F.3d 1381, 1394-96 (1st Cir. 1995)). Its
result is its own finding, `gestalt_factors_defeat_jurisdiction`, in force in
the First Circuit; elsewhere the finding is Burger King's compelling case.

Not modelled: the weighing of the seven factors or the Gestalt factors, which
is the court's judgment; the case file states the result as the finding
(`compelling_case_of_unreasonableness`, or in the First Circuit
`gestalt_factors_defeat_jurisdiction`), made or denied.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, pred

PREDICATES = [
    pred("reasonableness_reached", "defendant:party forum:symbol",
         "the court reaches reasonableness for {defendant} in {forum}", DERIVED),
    pred("reasonable_exercise", "defendant:party forum:symbol",
         "exercising jurisdiction over {defendant} in {forum} is reasonable", DERIVED),
    pred("unreasonable_exercise", "defendant:party forum:symbol",
         "exercising jurisdiction over {defendant} in {forum} would offend fair play and substantial justice",
         DERIVED, exception=True,
         negated='exercising jurisdiction over {defendant} in {forum} would not offend fair play and substantial justice'),
    pred("gestalt_factors_defeat_jurisdiction", "defendant:party",
         "weighed on the First Circuit's sliding scale, the Gestalt factors make jurisdiction over "
         "{defendant} unreasonable", FINDING),
]

RULES = [
    rule("reasonableness.reached_after_prongs_one_and_two",
         "reasonableness_reached(D, F) if purposefully_directed_or_availed(D, F) and arises_out_of(D, F)",
         authority="World-Wide Volkswagen Corp. v. Woodson, 444 U.S. 286, 292 (1980); Burger King Corp. v. "
                   "Rudzewicz, 471 U.S. 462, 476 (1985)",
         decided="1980-01-21", court="supreme_court",
         gloss="Reasonableness is addressed only after the plaintiff has made a sufficient showing on the "
               "first two prongs."),
    rule("reasonableness.compelling_case",
         "unreasonable_exercise(D, F) if compelling_case_of_unreasonableness(D, F)",
         authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 477-78 (1985)",
         decided="1985-05-20", court="supreme_court",
         gloss="A defendant who presents a compelling case that jurisdiction would be unreasonable defeats it.",
         test="he must present a compelling case that the presence of some other considerations would render "
              "jurisdiction unreasonable"),
    rule("reasonableness.first_circuit_gestalt_factors",
         "unreasonable_exercise(D, F) if forum_in_circuit(F, first) and gestalt_factors_defeat_jurisdiction(D)",
         authority="Ticketmaster-New York, Inc. v. Alioto, 26 F.3d 201, 209-10 (1st Cir. 1994); "
                   "Sawtelle v. Farrell, 70 F.3d 1381, 1394-96 (1st Cir. 1995)",
         decided="1994-04-13", court="first",
         gloss="In the First Circuit, the Gestalt factors weighed on a sliding scale may defeat jurisdiction.",
         test="the weaker the plaintiff's showing on the first two prongs (relatedness and purposeful availment), "
              "the less a defendant need show in terms of unreasonableness to defeat jurisdiction"),
    rule("reasonableness.no_compelling_case",
         "reasonable_exercise(D, F) if reasonableness_reached(D, F)"
         " and not unreasonable_exercise(D, F)",
         authority="Int'l Shoe Co. v. Washington, 326 U.S. 310, 316 (1945); World-Wide Volkswagen Corp. v. "
                   "Woodson, 444 U.S. 286, 292 (1980); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 476-77 (1985); "
                   "Ins. Co. of N. Am. v. Marina Salina Cruz, 649 F.2d 1266, 1270 (9th Cir. 1981)",
         decided="1980-01-21", court="supreme_court",
         gloss="Once prongs one and two are met, jurisdiction is reasonable unless the defendant makes a "
               "compelling case otherwise.",
         test="(1) the extent of the defendants' purposeful interjection into the forum state's affairs; "
              "(2) the burden on the defendant of defending in the forum; (3) the extent of conflict with the "
              "sovereignty of the defendants' state; (4) the forum state's interest in adjudicating the "
              "dispute; (5) the most efficient judicial resolution of the controversy; (6) the importance of "
              "the forum to the plaintiff's interest in convenient and effective relief; and (7) the "
              "existence of an alternative forum"),
]
