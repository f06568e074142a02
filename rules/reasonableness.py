"""Prong 3 — fair play and substantial justice (reasonableness).

"Once a plaintiff has made a sufficient showing on the first two prongs, the
burden shifts to the defendant to make a compelling case that jurisdiction
would be unreasonable." Burger King, 471 U.S. at 476. Seven factors are
weighed (Marina Salina Cruz, 649 F.2d at 1270). "The third prong is only
addressed after a plaintiff has made a sufficient showing on the first two
prongs." A.I.I.L. (citing Burger King, 471 U.S. at 476).

Not modelled: the weighing of the seven factors, which is the court's
judgment; the case file states the result as the finding
`compelling_case_of_unreasonableness` (made or denied).
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("reasonableness_reached", "defendant:party forum:symbol",
         "the court reaches reasonableness for {defendant} in {forum}", DERIVED),
    pred("reasonable_exercise", "defendant:party forum:symbol",
         "exercising jurisdiction over {defendant} in {forum} is reasonable", DERIVED),
]

RULES = [
    rule("reasonableness.reached_after_prongs_one_and_two",
         "reasonableness_reached(D, F) if purposefully_directed_or_availed(D, F) and arises_out_of(D, F)",
         authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 476 (1985)",
         decided="1985-05-20", court="supreme_court",
         gloss="Reasonableness is addressed only after the plaintiff has made a sufficient showing on the "
               "first two prongs."),
    rule("reasonableness.no_compelling_case",
         "reasonable_exercise(D, F) if reasonableness_reached(D, F)"
         " and not compelling_case_of_unreasonableness(D, F)",
         authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 476-77 (1985); Ins. Co. of N. Am. v. "
                   "Marina Salina Cruz, 649 F.2d 1266, 1270 (9th Cir. 1981)",
         decided="1985-05-20", court="supreme_court",
         gloss="Once prongs one and two are met, jurisdiction is reasonable unless the defendant makes a "
               "compelling case otherwise.",
         test="(1) the extent of the defendants' purposeful interjection into the forum state's affairs; "
              "(2) the burden on the defendant of defending in the forum; (3) the extent of conflict with the "
              "sovereignty of the defendants' state; (4) the forum state's interest in adjudicating the "
              "dispute; (5) the most efficient judicial resolution of the controversy; (6) the importance of "
              "the forum to the plaintiff's interest in convenient and effective relief; and (7) the "
              "existence of an alternative forum"),
]
