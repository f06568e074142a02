"""Specific personal jurisdiction — the Ninth Circuit's three prongs.

"[S]pecific jurisdiction exists only if: (1) the defendant purposefully availed
himself of the privileges of conducting activities in the forum ... or
purposely directed conduct at the forum that had effects in the forum; (2) the
claim arises out of the defendant's forum-related activities; and (3) the
exercise of jurisdiction comports with fair play and substantial justice, i.e.,
it is reasonable." In re W. States, 715 F.3d at 741-42 (citing
Schwarzenegger, 374 F.3d at 802). The plaintiff bears the burden on the first
two; if either fails, jurisdiction is not established (Schwarzenegger, 374 F.3d
at 802), so prong 2 is reached only after prong 1.

Prong 1's tests live in purposeful_direction, express_aiming and
purposeful_availment; prong 2 in but_for_nexus; prong 3 in reasonableness.
The First Circuit states the same three parts in its own words and order —
"the claim underlying the litigation must directly arise out of, or relate
to, the defendant's forum-state activities"; "the defendant's in-state
contacts must represent a purposeful availment"; and the Gestalt factors
(United Elec. Workers v. 163 Pleasant St. Corp., 960 F.2d 1080, 1089 (1st Cir.
1992); Sawtelle, 70 F.3d at 1388-89) — but its courts may stop at whichever
part fails (K.O. v. Sessions decided availment and did not reach relatedness),
so the order of reaching is not changed for it. Its own words are rules in
force in the First Circuit beside the Ninth Circuit's: relatedness's "material
element of proof" in relatedness (`relatedness.first_circuit_material_element_of_proof`),
availment's voluntariness in purposeful_availment
(`purposeful_availment.first_circuit_voluntariness`), and the Gestalt factors in
reasonableness (`reasonableness.first_circuit_gestalt_factors`).

Where the circuit asks about purposeful direction in tort cases and the claims
against a defendant sound in tort, the effects test governs prong 1 and a
contact of availment alone does not meet it: "A purposeful availment analysis
is most often used in suits sounding in contract. A purposeful direction
analysis, on the other hand, is most often used in suits sounding in tort"
(Schwarzenegger, 374 F.3d at 802; Pebble Beach Co. v. Caddy, 453 F.3d 1151,
1155-56 (9th Cir. 2006), deciding a Lanham Act suit by express aiming alone).
The named exception `effects_test_governs`; a case file says the claims sound
in tort with `claims_sound_in_tort` (unstated, both tests count).

Not modelled: the Ninth Circuit's later caution that the two tests are not
rigidly divided by the claim's label (Davis v. Cranfield Aerospace Sols., Ltd.,
71 F.4th 1154 (9th Cir. 2023)); claim-by-claim jurisdiction (the courts here ruled per defendant);
the order in which a First Circuit court takes relatedness and availment (a
First Circuit court that stops at relatedness, not deciding availment, is not yet
a declinable question: prong 1 has no `may_decline`).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("personal_jurisdiction_contested", "defendant:party forum:symbol",
         "{defendant} contests personal jurisdiction in {forum}", DERIVED),
    pred("forum_related_act", "defendant:party act:symbol forum:symbol",
         "{act} is {defendant}'s purposeful contact with {forum}", DERIVED),
    pred("claims_sound_in_tort", "defendant:party",
         "the claims against {defendant} sound in tort (not in contract)", RECORD),
    pred("effects_test_governs", "defendant:party forum:symbol",
         "the claims against {defendant} sound in tort, so in {forum}'s circuit prong 1 asks about purposeful "
         "direction, not availment", DERIVED, exception=True,
         negated="the claims against {defendant} are not shown to sound in tort only, so in {forum}'s circuit either test of prong 1 may be met"),
    pred("purposefully_directed_or_availed", "defendant:party forum:symbol",
         "{defendant} purposefully directed conduct at, or availed himself of, {forum} (prong 1)", DERIVED),
    pred("arising_out_of_reached", "defendant:party forum:symbol",
         "the court reaches whether the claims arise out of {defendant}'s contacts with {forum}", DERIVED),
    pred("arises_out_of", "defendant:party forum:symbol",
         "the claims arise out of {defendant}'s contacts with {forum} (prong 2, but for)", DERIVED),
    pred("specific_jurisdiction", "defendant:party forum:symbol",
         "the court has specific personal jurisdiction over {defendant} in {forum}", DERIVED),
]

RULES = [
    rule("specific_jurisdiction.contested",
         "personal_jurisdiction_contested(D, F) if moved_to_dismiss_for_lack_of_personal_jurisdiction(D)"
         " and forum_state(F)",
         authority="Fed. R. Civ. P. 12(b)(2); Pebble Beach Co. v. Caddy, 453 F.3d 1151, 1154 (9th Cir. 2006); Sawtelle v. Farrell, 70 F.3d 1381, 1387 (1st Cir. 1995)",
         decided="1938", court="enacted_law",
         gloss="When a defendant moves to dismiss for lack of personal jurisdiction, the plaintiff must "
               "show the court has it."),
    rule("specific_jurisdiction.availment_contact",
         "forum_related_act(D, A, F) if purposeful_availment_act(D, A, F) and not effects_test_governs(D, F)",
         authority="Hanson v. Denckla, 357 U.S. 235, 253 (1958); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 472-76 (1985); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013); Sawtelle v. Farrell, 70 F.3d 1381, 1389 (1st Cir. 1995)",
         decided="1958-06-23", court="supreme_court",
         gloss="A contact by which the defendant purposefully availed himself of the forum satisfies prong 1."),
    rule("specific_jurisdiction.tort_effects_test",
         "effects_test_governs(D, F) if claims_sound_in_tort(D) and forum_in_circuit(F, C)"
         " and circuit_applies_effects_test(C)",
         authority="Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 802 (9th Cir. 2004); Pebble Beach Co. "
                   "v. Caddy, 453 F.3d 1151, 1155-56 (9th Cir. 2006)",
         decided="2004", court="ninth",
         gloss="Where the claims sound in tort, the Ninth Circuit asks whether the defendant purposefully "
               "directed conduct at the forum, not whether he availed himself of it.",
         test="A purposeful direction analysis, on the other hand, is most often used in suits sounding in tort"),
    rule("specific_jurisdiction.direction_contact",
         "forum_related_act(D, A, F) if purposeful_direction_act(D, A, F) and forum_in_circuit(F, C)"
         " and circuit_applies_effects_test(C)",
         authority="Core-Vent Corp. v. Nobel Indus. AB, 11 F.3d 1482, 1485-86 (9th Cir. 1993); Yahoo! Inc. v. La Ligue Contre Le Racisme Et L'Antisemitisme, 433 F.3d 1199, 1206 "
                   "(9th Cir. 2006)",
         decided="1993", court="ninth",
         gloss="Where the circuit asks about purposeful direction in tort cases, conduct purposefully "
               "directed at the forum satisfies prong 1."),
    rule("specific_jurisdiction.prong_one",
         "purposefully_directed_or_availed(D, F) if personal_jurisdiction_contested(D, F)"
         " and forum_related_act(D, A, F)",
         authority="Hanson v. Denckla, 357 U.S. 235, 253 (1958); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 472-76 (1985); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013) "
                   "(citing Schwarzenegger, 374 F.3d at 802); Sawtelle v. Farrell, 70 F.3d 1381, 1389 (1st Cir. 1995)",
         decided="1958-06-23", court="supreme_court",
         gloss="Prong 1: the defendant purposefully directed conduct at, or purposefully availed himself "
               "of, the forum."),
    rule("specific_jurisdiction.prong_two_reached",
         "arising_out_of_reached(D, F) if purposefully_directed_or_availed(D, F)",
         authority="Hanson v. Denckla, 357 U.S. 235, 251-53 (1958) (no purposeful contact, so no jurisdiction, "
                   "whatever the claim's ties to the forum); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 472-76 (1985); Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 802 (9th Cir. 2004); K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020)",
         decided="1958-06-23", court="supreme_court",
         gloss="If the plaintiff fails prong 1, jurisdiction is not established and prong 2 need not be reached."),
    rule("specific_jurisdiction.prong_two",
         "arises_out_of(D, F) if forum_related_act(D, A, F) and plaintiff(P) and but_for_cause(A, P)",
         authority="Int'l Shoe Co. v. Washington, 326 U.S. 310, 319 (1945) (obligations that \"arise out of or are connected with the activities within the state\"); Helicopteros Nacionales de Colombia, S.A. v. Hall, 466 U.S. 408, 414 (1984); Shute v. Carnival Cruise Lines, 897 F.2d 377, 385 (9th Cir. 1990); "
                   "Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1945-12-03", court="supreme_court",
         gloss="Prong 2: some plaintiff's claim would not have arisen but for the defendant's forum contact."),
    rule("specific_jurisdiction.three_prongs",
         "specific_jurisdiction(D, F) if personal_jurisdiction_contested(D, F)"
         " and long_arm_authorizes(D, F) and purposefully_directed_or_availed(D, F)"
         " and arises_out_of(D, F) and reasonable_exercise(D, F)",
         authority="Int'l Shoe Co. v. Washington, 326 U.S. 310, 316 (1945); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 472-78 (1985); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013); "
                   "Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 802 (9th Cir. 2004); Harlow v. Children's Hosp., 432 F.3d 50, 57 (1st Cir. 2005); Sawtelle v. Farrell, 70 F.3d 1381, 1388-89 (1st Cir. 1995)",
         decided="1945-12-03", court="supreme_court",
         gloss="Specific jurisdiction needs all three prongs: purposeful direction or availment, claims "
               "arising out of the forum contacts, and reasonableness.",
         test="(1) ... purposefully availed ... or purposely directed conduct at the forum ...; (2) the claim "
              "arises out of the defendant's forum-related activities; and (3) the exercise of jurisdiction "
              "comports with fair play and substantial justice"),
]

QUESTIONS = [
    question("specific_jurisdiction", "Specific personal jurisdiction",
             "specific_jurisdiction(D, F)", "personal_jurisdiction_contested(D, F)",
             holds="jurisdiction", fails="no jurisdiction", short="Specific PJ", order=20),
    question("prong_one", "Prong 1: purposeful direction or availment",
             "purposefully_directed_or_availed(D, F)", "personal_jurisdiction_contested(D, F)",
             holds="met", fails="not met", short="Prong 1", order=21),
    question("prong_two", "Prong 2: arising out of forum contacts (but for)",
             "arises_out_of(D, F)", "personal_jurisdiction_contested(D, F)",
             reached="arising_out_of_reached(D, F)", holds="met", fails="not met", short="Prong 2", order=22),
    question("prong_three", "Prong 3: reasonableness",
             "reasonable_exercise(D, F)", "personal_jurisdiction_contested(D, F)",
             reached="reasonableness_reached(D, F)", holds="met", fails="not met", short="Prong 3", order=23),
]
