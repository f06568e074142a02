"""Purposeful direction — Calder's effects test (prong 1 in tort cases, Ninth Circuit).

"Under Calder, purposeful direction requires 'the defendant allegedly have (1)
committed an intentional act, (2) expressly aimed at the forum state, (3)
causing harm that the defendant knows is likely to be suffered in the forum
state.'" Schwarzenegger, 374 F.3d at 803. "In tort cases, the inquiry under the
first part of the test ... is whether a defendant purposefully directed his
activities at the forum state." Yahoo!, 433 F.3d at 1206. Knowledge may be
inferred: the HHS/ORR Defendants "licensed facilities in Arizona specifically
to house tender aged children separated from their parents at the border, [so]
it can be inferred that they were aware the harm would be suffered in Arizona."
And where the act targets a specific plaintiff the defendant knows is in the
forum, the defendant knows "that the brunt of that injury would be felt by
respondent in the State in which she lives and works." Calder, 465 U.S. at
789-90 (as in Biliack, 265 F. Supp. 3d at 1008-09).

Where the plaintiff's injured interest has its value in the forum's market (a
copyright in photos whose market is the forum's), an intentional act that
destroys that value causes harm the defendant knows is likely to be suffered
there: the harm Brand's posting did was one "it recognized was likely to be
suffered in California", where the photos' market lay (Mavrix, 647 F.3d at
1231-32, as summarised by the docket's sources).

Express aiming, the second element, has its own module (express_aiming).
Not modelled: the purposeful-availment test used for contract claims beyond
what purposeful_availment encodes.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("knows_harm_likely_in", "defendant:party act:symbol forum:symbol",
         "{defendant} knew harm from {act} was likely to be suffered in {forum}", DERIVED),
    pred("purposeful_direction_act", "defendant:party act:symbol forum:symbol",
         "{defendant} purposefully directed {act} at {forum} (Calder effects test)", DERIVED),
    pred("circuit_applies_effects_test", "circuit:symbol",
         "{circuit} asks about purposeful direction in tort cases", DERIVED),
    pred("interest_valued_in_market_of", "plaintiff:party state:place",
         "the interest of {plaintiff}'s that was injured (a copyright, a business) had a substantial part of its "
         "value in {state}'s market", RECORD),
    pred("knew_located_in", "defendant:party plaintiff:party state:place",
         "{defendant} knew that {plaintiff} was in {state}", RECORD),
]

RULES = [
    rule("purposeful_direction.calder_effects_test",
         "purposeful_direction_act(D, A, F) if attributable(D, A) and accepted_as_true(A) and intentional_act(A)"
         " and expressly_aimed(D, A, F) and knows_harm_likely_in(D, A, F)",
         authority="Calder v. Jones, 465 U.S. 783, 788-90 (1984); Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 803 (9th Cir. 2004); "
                   "Calder v. Jones, 465 U.S. 783 (1984)",
         decided="1984-03-20", court="supreme_court",
         gloss="An intentional act, expressly aimed at the forum, causing harm the defendant knows is "
               "likely to be suffered there.",
         test="(1) committed an intentional act, (2) expressly aimed at the forum state, (3) causing harm "
              "that the defendant knows is likely to be suffered in the forum state"),
    rule("purposeful_direction.knowledge_from_forum_conduct",
         "knows_harm_likely_in(D, A, F) if attributable(D, A) and took_place_in(A, F)"
         " and aimed_at_plaintiff_class(A)",
         authority="Bancroft & Masters, Inc. v. Augusta Nat'l Inc., 223 F.3d 1082, 1087 (9th Cir. 2000); Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 803 (9th Cir. 2004)",
         decided="2000", court="ninth",
         gloss="A defendant who acts in the forum specifically to deal with people in the plaintiffs' "
               "situation knows the harm is likely to be suffered there."),
    rule("purposeful_direction.knowledge_from_direct_command",
         "knows_harm_likely_in(D, A, F) if ordered(D, Agent, A) and agent_located_in(Agent, F)"
         " and act_against(A, P) and plaintiff(P)",
         authority="Bancroft & Masters, Inc. v. Augusta Nat'l Inc., 223 F.3d 1082, 1087 (9th Cir. 2000); Ibrahim v. Dep't of Homeland Sec., 538 F.3d 1250, 1253 (9th Cir. 2008)",
         decided="2000", court="ninth",
         gloss="A defendant who commands an actor in the forum to act against a plaintiff knows the harm "
               "will be suffered there."),
    rule("purposeful_direction.knowledge_of_plaintiffs_location",
         "knows_harm_likely_in(D, A, F) if attributable(D, A) and act_against(A, P) and plaintiff(P)"
         " and knew_located_in(D, P, F)",
         authority="Calder v. Jones, 465 U.S. 783, 789-90 (1984); Schwarzenegger v. Fred Martin Motor Co., "
                   "374 F.3d 797, 803 (9th Cir. 2004)",
         decided="1984-03-20", court="supreme_court",
         gloss="A defendant who acts against a specific plaintiff he knows is in the forum knows the harm is "
               "likely to be suffered there.",
         test="they knew that the brunt of that injury would be felt by respondent in the State in which she "
              "lives and works"),
    rule("purposeful_direction.knowledge_from_forum_market",
         "knows_harm_likely_in(D, A, F) if attributable(D, A) and intentional_act(A) and act_against(A, P)"
         " and plaintiff(P) and interest_valued_in_market_of(P, F)",
         authority="Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1231-32 (9th Cir. 2011)",
         decided="2011-08-08", court="ninth",
         gloss="An intentional act against an interest whose value lies in the forum's market causes harm the "
               "defendant knows is likely to be suffered there."),
    rule("purposeful_direction.ninth_circuit_tort_test",
         "circuit_applies_effects_test(ninth)",
         authority="Core-Vent Corp. v. Nobel Indus. AB, 11 F.3d 1482, 1485-86 (9th Cir. 1993); Yahoo! Inc. v. La Ligue Contre Le Racisme Et L'Antisemitisme, 433 F.3d 1199, 1206 "
                   "(9th Cir. 2006); Schwarzenegger, 374 F.3d at 802",
         decided="1993", court="ninth",
         gloss="In tort cases the Ninth Circuit asks whether the defendant purposefully directed his "
               "activities at the forum."),
]
