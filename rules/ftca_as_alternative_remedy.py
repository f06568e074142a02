"""Whether an FTCA claim is an alternative remedy that counsels hesitation: the
Fifth Circuit's answer after Abbasi.

Carlson v. Green, 446 U.S. 14, 19-20 (1980), held the FTCA a parallel,
complementary remedy, not a reason to deny a Bivens action (bivens_special_factors
states it, for every court). After Ziglar v. Abbasi, 582 U.S. 120, 145 (2017)
("when alternative methods of relief are available, a Bivens remedy usually is
not"), the Fifth Circuit held that the FTCA claim a plaintiff brings beside his
Bivens claim is such an alternative: Oliva v. Nivar, 973 F.3d 438, 443-44 (5th
Cir. 2020) (as Johnson v. Santiago summarises it, "the FTCA constituted a
special factor precluding a Bivens claim"). Other circuits kept Carlson's view
(Loumiet v. United States, 828 F.3d 935, 945 (D.C. Cir. 2016); Quintero Perez v.
United States, 8 F.4th 1095, 1105 (9th Cir. 2021)), so the rule binds the Fifth
Circuit and the district courts in it only, from its date; elsewhere the
FTCA stays parallel.

The court must still find the FTCA claim an alternative, existing process
(`alternative_process`), as for any remedy pointed to.

Not modelled: Egbert v. Boule, 596 U.S. 482, 493 (2022) (an alternative
remedial structure forecloses a Bivens remedy by its existence, whatever its
adequacy), which bivens_special_factors states for every court; the pin cite
above was not confirmed from the opinion's text.
"""
from lexcheck.engine.rulebook import rule

RULES = [
    rule("ftca_as_alternative_remedy.fifth_circuit",
         "alternative_remedy(R) if remedy_pointed_to(R) and claims_under_ftca(R) and alternative_process(R)",
         authority="Oliva v. Nivar, 973 F.3d 438, 443-44 (5th Cir. 2020); Ziglar v. Abbasi, 582 U.S. 120, 145 "
                   "(2017)",
         decided="2020-09-02", court="fifth",
         supersedes=("bivens_special_factors.ftca_is_parallel",), how="abrogated",
         gloss="In the Fifth Circuit an FTCA claim the court finds an alternative process counsels hesitation "
               "before extending Bivens.",
         test="when alternative methods of relief are available, a Bivens remedy usually is not"),
]
