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

Not modelled: internet-publication targeting (the "something more" cases).
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("expressly_aimed", "defendant:party act:symbol forum:symbol",
         "{defendant}'s {act} was expressly aimed at {forum}", DERIVED),
    pred("national_policymaking_exception", "act:symbol",
         "{act} was national policymaking, which is not express aiming", DERIVED, exception=True),
    pred("communicated_with", "act:symbol recipient:symbol",
         "{act} was a communication (a call, letter or message) to {recipient}", RECORD),
    pred("located_in", "person:symbol state:symbol", "{person} was in {state}", RECORD),
]

RULES = [
    rule("express_aiming.conduct_in_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and took_place_in(A, F)"
         " and not national_policymaking_exception(A)",
         authority="Walden v. Fiore, 571 U.S. 277, 284 (2014); Schwarzenegger v. Fred Martin Motor Co., "
                   "374 F.3d 797, 803 (9th Cir. 2004)",
         decided="2014-02-25", court="supreme_court",
         gloss="A defendant's own conduct in the forum is aimed at the forum.",
         test="(2) expressly aimed at the forum state"),
    rule("express_aiming.directed_at_forum",
         "expressly_aimed(D, A, F) if attributable(D, A) and directed_at_region(A, R) and region_includes(R, F)"
         " and not national_policymaking_exception(A)",
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
         " and act_against(A, P) and plaintiff(P)",
         authority="Calder v. Jones, 465 U.S. 783, 789-90 (1984); Walden v. Fiore, 571 U.S. 277, 287 (2014); "
                   "Biliack v. Paul Revere Life Ins. Co., 265 F. Supp. 3d 1003, 1008-09 (D. Ariz. 2017)",
         decided="1984-03-20", court="supreme_court",
         gloss="Communications a defendant sends to people in the forum to act against a specific plaintiff "
               "are aimed at the forum.",
         test="the defendants directly contacted plaintiff's Arizona doctors to influence them to support the "
              "denial of plaintiff's disability claims"),
    rule("express_aiming.national_policymaking_exception",
         "national_policymaking_exception(A) if national_policymaking(A)",
         authority="Doe v. Am. Nat. Red Cross, 112 F.3d 1048, 1051 (9th Cir. 1997); "
                   "Oksner v. Blakey, 347 F. App'x 290, 292 (9th Cir. 2009)",
         decided="1997", court="ninth",
         gloss="National policy implementation, oversight and regulatory work are not express aiming at a forum.",
         test="the mere fact that federal officials enforce federal laws and policies on a nationwide basis "
              "is not sufficient in and of itself to confer personal jurisdiction"),
]

LIMITS = [
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
          gloss="knowing that the plaintiff is in the forum does not aim conduct at the forum: the plaintiff "
                "cannot be the only link between the defendant and the forum"),
    limit("express_aiming.supervisory_position_alone",
          "expressly_aimed(D, A, F)", "supervisory_position(D, Agency)",
          authority="Calder v. Jones, 465 U.S. 783, 790 (1984) (each defendant's contacts assessed individually); Al-Kidd v. Gonzales, No. CV:05-093-S-EJL, 2006 WL 5429570, at *3 (D. Idaho Sept. 27, 2006)",
          decided="1984-03-20", court="supreme_court",
          gloss="personal jurisdiction cannot be based solely on a defendant's supervisory position"),
]
