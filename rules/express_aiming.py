"""Express aiming — the second element of Calder's effects test.

"[T]he defendant allegedly [must] have ... (2) expressly aimed at the forum
state." Schwarzenegger, 374 F.3d at 803. "Such action does not need to be
pervasive but does need to establish a direct link between the defendant and
the forum state": a direct command to a specific in-forum actor about a specific
plaintiff suffices (Ibrahim, 538 F.3d at 1253; Soler, 762 F. App'x at 385).
"National policy implementation, oversight, and regulatory work do not
constitute such personal and express aim at a forum state." A.I.I.L. (citing
Doe v. Am. Nat'l Red Cross, 112 F.3d at 1051; Oksner, 347 F. App'x at 292).
"Even if the above allegations could be construed to directly target Arizona,
the express aim prong fails because the alleged acts implicate national
policymaking." Two limits: where the plaintiff felt the harm (Walden, 571 U.S.
at 289-90), and a supervisory position (al-Kidd), never by themselves make
express aiming.

Communications sent into the forum count as the defendant's own forum contacts
when they target a specific plaintiff: A.I.I.L. describes Biliack, 265 F. Supp.
3d at 1008-09, as "exercising personal jurisdiction in Arizona over defendants
living in Tennessee and Massachusetts ... where the defendants directly
contacted plaintiff's Arizona doctors to influence them to support the denial
of plaintiff's disability claims" — as the Calder reporters "relied on phone
calls to 'California sources'" (Walden, 571 U.S. at 287) for an article
"expressly aimed at California" (Calder, 465 U.S. at 789). Knowing where the
plaintiff lives is not enough by itself: "the plaintiff cannot be the only link
between the defendant and the forum" (Walden, 571 U.S. at 285).

Four more routes to the forum. Calder's own: an intentional tort whose subject
and focal point is a forum resident's life and activities in the forum, whose
brunt she felt there ("California is the focal point both of the story and of
the harm suffered", 465 U.S. at 788-90). Keeton's: regular circulation in, and
so exploitation of, the forum's market (465 U.S. at 773-81). Mavrix's for
internet content: a site merely accessible in the forum is not aimed at it;
"something more" is needed — exploiting the forum's market for commercial gain
(647 F.3d at 1229-31). And since Briskin v. Shopify (9th Cir. 2025) (en banc),
knowingly reaching into a person or device the defendant knows is in the
forum, with no forum-specific targeting required; Briskin overruled AMA
Multimedia v. Wanat's requirement that the site target the forum more than
other places (970 F.3d at 1210-12), encoded as the limit
`express_aiming.wanat_differential_targeting`, in force 2020-08-17 until Briskin.

Before Walden, the Ninth Circuit held express aiming "satisfied when the
defendant is alleged to have engaged in wrongful conduct targeted at a
plaintiff whom the defendant knows to be a resident of the forum state"
(Bancroft & Masters, Inc. v. Augusta Nat'l Inc., 223 F.3d 1082, 1087 (9th Cir.
2000); Myers, 238 F.3d at 1074: a credit report sought on Nevada residents).
The knowledge is the actor's when acting (`knew_located_in_when_acting`): a
seller who learns where the buyer lives after the sale did not target a known
resident by the listing.
Walden v. Fiore, 571 U.S. 277, 289-90 (2014), reversing the Ninth Circuit,
abrogated it: knowing the plaintiff is in the forum is not aiming. So
`express_aiming.individualized_targeting` is in force in the Ninth Circuit from
2000 and ended by Walden's limit `express_aiming.knowing_where_the_plaintiff_is_alone`.

The national-policymaking exception concerns government officials' policy
work (Doe v. Am. Nat'l Red Cross; Oksner): it is in play only for an act
attributable to a government official, never for a private defendant's act.

Briskin's rule is declared as overruling Wanat's limit in the Ninth Circuit
from 2025-04-21 (`supersedes=`): a case decided before then still meets
Wanat's limit, one decided after does not.

Litigation centred elsewhere (Morrill v. Scott Fin. Corp., 873 F.3d 1136,
1143-49 (9th Cir. 2017)): acts a litigant takes in the forum as steps in a
proceeding pending in another state — subpoenas the other state's procedure
required to be issued by a forum court for forum deponents, an appearance to
defend them — are not aimed at the forum; their focal point is the proceeding
elsewhere, and their forum connection is incidental to where the plaintiffs
live. Encoded as the named exception `litigation_elsewhere_exception`, in force
from Morrill's date in the Ninth Circuit, which defeats every route here and
purposeful availment (purposeful_availment) alike.

Not modelled: the weighing of a site's audience share; "entering" a forum by
selling through a third party's platform.
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("expressly_aimed", "defendant:party act:symbol forum:symbol",
         "{defendant}'s {act} was expressly aimed at {forum}", DERIVED),
    pred("national_policymaking_exception", "act:symbol",
         "{act} was national policymaking, which is not express aiming", DERIVED, exception=True,
         negated='{act} was not national policymaking'),
    pred("communicated_with", "act:symbol recipient:symbol",
         "{act} was a communication (a call, letter or message) to {recipient}", RECORD),
    pred("located_in", "person:symbol state:place", "{person} was in {state}", RECORD),
    pred("government_official", "party:party", "{party} is a government official", DERIVED),
    pred("concerned_forum_activities_of", "act:symbol plaintiff:party state:place",
         "{act}'s subject was {plaintiff}'s life and activities in {state}", RECORD),
    pred("regularly_circulated_in", "act:symbol state:place",
         "{act} (a publication or product) was regularly circulated, sold or marketed in {state}", RECORD),
    pred("internet_content", "act:symbol",
         "{act} was content published on a website that can be reached from anywhere", RECORD),
    # the forum of these two findings is the court's own (the case header's `forum:`)
    pred("forum_market_exploited", "act:symbol",
         "through {act} the defendant exploited the forum's market for commercial gain — something more "
         "than a site that can be reached there", FINDING),
    pred("differentially_targeted", "act:symbol",
         "{act} targeted the forum more than other places (a forum-specific focus)", FINDING),
    pred("litigation_elsewhere_exception", "act:symbol forum:symbol",
         "{act} was a step in a proceeding pending outside {forum}, incidental to it, which is not aiming at "
         "or availing oneself of {forum}", DERIVED, exception=True,
         negated='{act} was not a step incidental to a proceeding pending outside {forum}'),
    pred("step_in_proceeding", "act:symbol proceeding:symbol",
         "{act} was a procedural step taken in {proceeding} (a subpoena, a filing, an appearance)", RECORD),
    pred("proceeding_pending_in", "proceeding:symbol state:place",
         "{proceeding} was pending in the courts of {state}", RECORD,
         negated='{proceeding} was not pending in the courts of {state}'),
    pred("knew_located_in_when_acting", "act:symbol plaintiff:party state:place",
         "when {act} was done, it was done knowing that {plaintiff} lived in {state}", RECORD),
    pred("knowingly_reached_into", "act:symbol state:place",
         "{act} reached into a person or device the defendant knew to be in {state}", RECORD),
]

RULES = [
    rule("express_aiming.conduct_in_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and took_place_in(A, F)"
         " and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Int'l Shoe Co. v. Washington, 326 U.S. 310, 316-19 (1945); Hanson v. Denckla, 357 U.S. 235, 253 (1958); Walden v. Fiore, 571 U.S. 277, 284 (2014); Schwarzenegger v. Fred Martin Motor Co., "
                   "374 F.3d 797, 803 (9th Cir. 2004)",
         decided="1945-12-03", court="supreme_court",
         gloss="A defendant's own conduct in the forum is aimed at the forum.",
         test="(2) expressly aimed at the forum state"),
    rule("express_aiming.directed_at_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and directed_at_region(A, R) and region_includes(R, F)"
         " and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Schwarzenegger v. Fred Martin Motor Co., 374 F.3d 797, 803 (9th Cir. 2004)",
         decided="2004", court="ninth",
         gloss="Conduct directed at a region that includes the forum targets the forum, unless it is "
               "national policymaking.",
         test="(2) expressly aimed at the forum state"),
    rule("express_aiming.direct_command",
         "expressly_aimed(D, A, F) if ordered(D, Agent, A) and agent_located_in(Agent, F)"
         " and act_against(A, P) and plaintiff(P)",
         authority="Ibrahim v. Dep't of Homeland Sec., 538 F.3d 1250, 1253 (9th Cir. 2008); "
                   "Soler v. Cty. of San Diego, 762 F. App'x 383, 385 (9th Cir. 2019)",
         decided="2008", court="ninth",
         gloss="A direct command to a specific actor in the forum to act against a specific plaintiff "
               "is aimed at the forum.",
         test="the out-of-state defendants each made a direct command to a specific actor in the forum "
              "state to take a specific action against a specific plaintiff"),
    rule("express_aiming.communication_into_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and communicated_with(A, R) and located_in(R, F)"
         " and act_against(A, P) and plaintiff(P)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Calder v. Jones, 465 U.S. 783, 789-90 (1984); Walden v. Fiore, 571 U.S. 277, 287 (2014); "
                   "Biliack v. Paul Revere Life Ins. Co., 265 F. Supp. 3d 1003, 1008-09 (D. Ariz. 2017)",
         decided="1984-03-20", court="supreme_court",
         gloss="Communications a defendant sends to people in the forum to act against a specific plaintiff "
               "are aimed at the forum.",
         test="the defendants directly contacted plaintiff's Arizona doctors to influence them to support the "
              "denial of plaintiff's disability claims"),
    rule("express_aiming.calder_focal_point",
         "expressly_aimed(D, A, F) if attributable(D, A) and intentional_act(A) and act_against(A, P)"
         " and plaintiff(P) and concerned_forum_activities_of(A, P, F) and harm_felt_in(P, F)"
         " and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Calder v. Jones, 465 U.S. 783, 788-90 (1984)",
         decided="1984-03-20", court="supreme_court",
         gloss="An intentional tort whose subject and focal point is a plaintiff's life in the forum, "
               "and whose brunt she felt there, is aimed at the forum.",
         test="California is the focal point both of the story and of the harm suffered"),
    rule("express_aiming.regular_circulation",
         "expressly_aimed(D, A, F) if attributable(D, A) and regularly_circulated_in(A, F)"
         " and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Keeton v. Hustler Magazine, Inc., 465 U.S. 770, 773-81 (1984)",
         decided="1984-03-20", court="supreme_court",
         gloss="Regularly circulating a publication or product in the forum exploits its market and is "
               "aimed at it.",
         test="regular monthly sales of thousands of magazines cannot by any stretch of the imagination be "
              "characterized as random, isolated, or fortuitous"),
    rule("express_aiming.internet_something_more",
         "expressly_aimed(D, A, F) if attributable(D, A) and internet_content(A) and forum_state(F)"
         " and forum_market_exploited(A) and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1229-31 (9th Cir. 2011)",
         decided="2011-08-08", court="ninth",
         gloss="Internet content is aimed at a forum when, beyond being reachable there, it exploits the "
               "forum's market for commercial gain.",
         test="'something more' — conduct directly targeting the forum — is required"),
    rule("express_aiming.individualized_targeting",
         "expressly_aimed(D, A, F) if attributable(D, A) and intentional_act(A) and act_against(A, P)"
         " and plaintiff(P) and knew_located_in_when_acting(A, P, F) and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Bancroft & Masters, Inc. v. Augusta Nat'l Inc., 223 F.3d 1082, 1087 (9th Cir. 2000); "
                   "Myers v. Bennett L. Offs., 238 F.3d 1068, 1074 (9th Cir. 2001) (abrogated by Walden v. Fiore, "
                   "571 U.S. 277, 289-90 (2014))",
         decided="2000", court="ninth",
         gloss="Wrongful conduct targeted at a plaintiff the defendant knows lives in the forum is aimed at the "
               "forum (until Walden, 2014).",
         test="wrongful conduct targeted at a plaintiff whom the defendant knows to be a resident of the forum state"),
    rule("express_aiming.knowing_reach_into_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and intentional_act(A) and knowingly_reached_into(A, F)"
         " and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Briskin v. Shopify, Inc., 135 F.4th 739, 757-58 (9th Cir. 2025) (en banc) (overruling "
                   "AMA Multimedia, LLC v. Wanat, 970 F.3d 1201, 1210-12 (9th Cir. 2020), on differential targeting)",
         decided="2025-04-21", court="ninth",
         supersedes=("express_aiming.wanat_differential_targeting",), how="overruled",
         gloss="Knowingly reaching into a person or device the defendant knows is in the forum is aimed at "
               "the forum, without forum-specific targeting.",
         test="express aiming does not require that the defendant target the forum more than other places"),
    rule("express_aiming.litigation_centred_elsewhere",
         "litigation_elsewhere_exception(A, F) if step_in_proceeding(A, L) and forum_state(F)"
         " and not proceeding_pending_in(L, F)",
         authority="Morrill v. Scott Fin. Corp., 873 F.3d 1136, 1143-49 (9th Cir. 2017) (citing Walden v. Fiore, "
                   "571 U.S. 277, 284-86 (2014))",
         decided="2017-10-23", court="ninth",
         gloss="Steps a litigant takes in the forum for a proceeding pending elsewhere are not aimed at the "
               "forum: their focal point is that proceeding, and their forum tie incidental."),
    rule("express_aiming.government_official_by_office",
         "government_official(D) if member_of_agency(D, Agency)",
         authority="Doe v. Am. Nat. Red Cross, 112 F.3d 1048, 1051 (9th Cir. 1997)",
         decided="1997", court="ninth",
         gloss="A defendant who served in a government agency is a government official."),
    rule("express_aiming.government_official_federal_officer",
         "government_official(D) if federal_officer(D)",
         authority="Oksner v. Blakey, 347 F. App'x 290, 292 (9th Cir. 2009)",
         decided="2009", court="ninth",
         gloss="A federal officer sued in an individual capacity is a government official."),
    rule("express_aiming.national_policymaking_exception",
         "national_policymaking_exception(A) if attributable(D, A) and government_official(D)"
         " and national_policymaking(A)",
         authority="Doe v. Am. Nat. Red Cross, 112 F.3d 1048, 1051 (9th Cir. 1997); "
                   "Oksner v. Blakey, 347 F. App'x 290, 292 (9th Cir. 2009)",
         decided="1997", court="ninth",
         gloss="A government official's national policy implementation, oversight and regulatory work are "
               "not express aiming at a forum; a private defendant's act is never in play for it.",
         test="the mere fact that federal officials enforce federal laws and policies on a nationwide basis "
              "is not sufficient in and of itself to confer personal jurisdiction"),
]

LIMITS = [
    limit("express_aiming.website_accessible_in_forum",
          "expressly_aimed(D, A, F)", "internet_content(A) and not forum_market_exploited(A)",
          authority="Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1229-31 (9th Cir. 2011)",
          decided="2011-08-08", court="ninth",
          gloss="a website that can be reached in the forum, without something more, is not aimed at it"),
    limit("express_aiming.wanat_differential_targeting",
          "expressly_aimed(D, A, F)", "internet_content(A) and not differentially_targeted(A)",
          authority="AMA Multimedia, LLC v. Wanat, 970 F.3d 1201, 1210-12 (9th Cir. 2020) (overruled on this "
                    "point by Briskin v. Shopify, Inc., 135 F.4th 739 (9th Cir. 2025) (en banc))",
          decided="2020-08-17", court="ninth",
          gloss="internet content that does not target the forum more than other places is not aimed at it "
                "(until Briskin, 2025)"),
    limit("express_aiming.walden_plaintiff_connections",
          "expressly_aimed(D, A, F)", "harm_felt_in(P, F)",
          authority="Walden v. Fiore, 571 U.S. 277, 289-90 (2014)",
          decided="2014-02-25", court="supreme_court",
          gloss="where the plaintiff felt the harm, and the plaintiff's forum connections, are not the "
                "defendant's contacts with the forum"),
    limit("express_aiming.knowing_where_the_plaintiff_is_alone",
          "expressly_aimed(D, A, F)", "knew_located_in(D, P, F)",
          authority="Walden v. Fiore, 571 U.S. 277, 285, 289-90 (2014)",
          decided="2014-02-25", court="supreme_court",
          supersedes=("express_aiming.individualized_targeting",), how="abrogated",
          gloss="knowing that the plaintiff is in the forum does not aim conduct at the forum: the plaintiff "
                "cannot be the only link between the defendant and the forum"),
    limit("express_aiming.supervisory_position_alone",
          "expressly_aimed(D, A, F)", "supervisory_position(D, Agency)",
          authority="Calder v. Jones, 465 U.S. 783, 790 (1984) (each defendant's contacts assessed individually); Al-Kidd v. Gonzales, No. CV:05-093-S-EJL, 2006 WL 5429570, at *3 (D. Idaho Sept. 27, 2006)",
          decided="1984-03-20", court="supreme_court",
          gloss="personal jurisdiction cannot be based solely on a defendant's supervisory position"),
]
