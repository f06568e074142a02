"""42 U.S.C. § 1983: the damages action against state and local officers.

"Every person who, under color of any statute, ordinance, regulation, custom,
or usage, of any State ... subjects, or causes to be subjected, any citizen ...
to the deprivation of any rights, privileges, or immunities secured by the
Constitution and laws, shall be liable to the party injured." 42 U.S.C.
§ 1983; Monroe v. Pape, 365 U.S. 167, 171-72, 184 (1961). Congress gave the
cause of action, so there is no *Bivens* inquiry: a claim against an officer
who acted under color of state law is a § 1983 claim, and a *Bivens* claim is
one against anyone else (bivens_new_context reads `section_1983_defendant`).
The officer may plead qualified immunity as a federal officer may (Harlow v.
Fitzgerald, 457 U.S. 800, 818 (1982); Hope v. Pelzer, 536 U.S. 730, 736
(2002)); qualified_immunity reads `constitutional_claim` for both.

Not modelled: municipal liability (Monell v. Dep't of Soc. Servs., 436 U.S.
658, 690-94 (1978)); § 1983 suits on federal statutes; private parties acting
under color of state law beyond what the record states
(`acted_under_color_of_state_law`).
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("acted_under_color_of_state_law", "party:party",
         "{party} acted under color of state law (a state or local officer)", RECORD),
    pred("section_1983_defendant", "party:party", "{party} is suable under § 1983, not under Bivens", DERIVED,
         negated='{party} is not suable under § 1983'),
    pred("section_1983_claim", "count:count defendant:party",
         "{count} seeks damages from {defendant} under § 1983 for violating a constitutional right", DERIVED),
    pred("constitutional_claim", "count:count defendant:party",
         "{count} seeks damages from {defendant} personally for violating a constitutional right", DERIVED),
]

RULES = [
    rule("section_1983.state_actor",
         "section_1983_defendant(D) if defendant(D) and acted_under_color_of_state_law(D)",
         authority="42 U.S.C. § 1983; Monroe v. Pape, 365 U.S. 167, 184 (1961)", decided="1961-02-20",
         court="enacted_law", gloss="An officer who acted under color of state law is sued under § 1983.",
         test="Every person who, under color of any statute ... of any State ... subjects ... any citizen ... to "
              "the deprivation of any rights ... secured by the Constitution"),
    rule("section_1983.claim",
         "section_1983_claim(C, D) if count_against(C, D) and section_1983_defendant(D) and count_invokes(C, R)"
         " and right_clause(R, P, K)",
         authority="42 U.S.C. § 1983; Monroe v. Pape, 365 U.S. 167, 171-72 (1961)", decided="1961-02-20",
         court="enacted_law", gloss="A count for the deprivation of a constitutional right by a state officer is a § 1983 claim."),
    rule("section_1983.constitutional_claim",
         "constitutional_claim(C, D) if section_1983_claim(C, D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982); Hope v. Pelzer, 536 U.S. 730, 736 (2002)",
         decided="1982-06-24",
         court="supreme_court", gloss="A § 1983 claim is a damages claim against an official personally for a constitutional violation."),
    rule("section_1983.bivens_is_constitutional_claim",
         "constitutional_claim(C, D) if bivens_claim(C, D)",
         authority="Butz v. Economou, 438 U.S. 478, 504 (1978); Harlow v. Fitzgerald, 457 U.S. 800, 818 n.30 (1982)",
         decided="1978-06-29",
         court="supreme_court", gloss="A Bivens claim is a damages claim against a federal official personally, with the same immunity "
               "as a § 1983 claim."),
]
