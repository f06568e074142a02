"""Prong 2 beyond but-for causation — "arise out of or relate to" (Ford, 2021).

"The first half of that standard asks about causation; but the back half,
after the 'or,' contemplates that some relationships will support jurisdiction
without a causal showing." Ford Motor Co. v. Mont. Eighth Jud. Dist. Ct., 592
U.S. 351, 362 (2021). When a company "serves a market for a product in a State
and that product causes injury in the State to one of its residents, the
State's courts may entertain the resulting suit" (id. at 363, quoting
World-Wide Volkswagen, 444 U.S. at 297). What does not relate: the claims of
nonresidents who were not injured in the forum and whose claims have no
connection with it, however similar to forum residents' claims (Bristol-Myers
Squibb Co. v. Superior Ct., 582 U.S. 255, 264-65 (2017)) — encoded as the limit
`relatedness.bristol_myers_nonresident_claims`. The "relate to" route is in force from
Ford's date; before it, only the causal test of but_for_nexus decides prong 2.

The First Circuit has said "or relate to" since before Ford, in its own words:
"the claim underlying the litigation must directly arise out of, or relate to,
the defendant's forum-state activities" (United Elec., Radio & Mach. Workers
of Am. v. 163 Pleasant St. Corp., 960 F.2d 1080, 1089 (1st Cir. 1992); Sawtelle
v. Farrell, 70 F.3d 1381, 1388-89 (1st Cir. 1995)); the defendant's in-forum
conduct must form "an important, or at least material, element of proof" in
the plaintiff's case (Harlow v. Children's Hosp., 432 F.3d 50, 61 (1st Cir.
2005), quoting United Elec. Workers, 960 F.2d at 1089). Whether it does is the
court's finding, `forum_contact_material_to_claim`; the rule is in force in the
First Circuit only.

Not modelled: the outer bounds of "relate to" beyond a market served for the
very kind of product or service the claim concerns ("the phrase 'relate to'
incorporates real limits", 592 U.S. at 362); the First Circuit's flexible,
relaxed weighing of relatedness beyond the finding, and its tort cases' talk of
proximate cause.
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import FINDING, RECORD, pred

PREDICATES = [
    pred("contact_concerns", "act:symbol subject:symbol",
         "{act} concerned {subject} (a product, a service or a line of business)", RECORD),
    pred("claim_concerns", "plaintiff:party subject:symbol",
         "{plaintiff}'s claim concerns {subject}", RECORD),
    pred("forum_contact_material_to_claim", "act:symbol plaintiff:party",
         "{act} forms an important, or at least material, element of proof in {plaintiff}'s case", FINDING),
]

RULES = [
    rule("relatedness.relate_to_forum_market",
         "arises_out_of(D, F) if forum_related_act(D, A, F) and contact_concerns(A, S) and plaintiff(P)"
         " and claim_concerns(P, S) and harm_felt_in(P, F)",
         authority="Ford Motor Co. v. Mont. Eighth Jud. Dist. Ct., 592 U.S. 351, 359-63 (2021)",
         decided="2021-03-25", court="supreme_court",
         gloss="A claim relates to a defendant's forum contacts when the defendant served the forum's market "
               "for the very product or service the claim concerns and the plaintiff was injured there.",
         test="arise out of or relate to the defendant's contacts with the forum"),
    rule("relatedness.first_circuit_material_element_of_proof",
         "arises_out_of(D, F) if forum_related_act(D, A, F) and plaintiff(P)"
         " and forum_contact_material_to_claim(A, P)",
         authority="United Elec., Radio & Mach. Workers of Am. v. 163 Pleasant St. Corp., 960 F.2d 1080, 1089 "
                   "(1st Cir. 1992); Sawtelle v. Farrell, 70 F.3d 1381, 1388-89 (1st Cir. 1995); Harlow v. "
                   "Children's Hosp., 432 F.3d 50, 61 (1st Cir. 2005)",
         decided="1992", court="first",
         gloss="In the First Circuit a claim relates to the defendant's forum-state activities when his forum "
               "contact is an important, or at least material, element of proof in the plaintiff's case.",
         test="the claim underlying the litigation must directly arise out of, or relate to, the defendant's "
              "forum-state activities"),
]

LIMITS = [
    limit("relatedness.bristol_myers_nonresident_claims",
          "arises_out_of(D, F)",
          "contact_concerns(A, S) and claim_concerns(P, S) and not harm_felt_in(P, F)",
          authority="Bristol-Myers Squibb Co. v. Superior Ct. of Cal., 582 U.S. 255, 264-65 (2017)",
          decided="2017-06-19", court="supreme_court",
          gloss="a plaintiff not injured in the forum does not make her claim relate to the forum by sharing "
                "its subject with forum residents' claims"),
]
