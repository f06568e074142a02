"""Whose contacts count: the defendant's own, and an agent's only by direct order.

"[T]he relationship must arise out of contacts that the defendant *himself*
creates with the forum State." Walden, 571 U.S. at 284 (quoting Burger King,
471 U.S. at 475). The cases that impute an in-forum agent's contacts "involve a
direct link between the out-of-state defendant and an in-state agent or actor
... Without such a direct link or order, it cannot be said that the HHS/ORR
Defendants were agents of the other Defendants." A.I.I.L. (discussing Ochoa,
Myers, Biliack, Stadt). "[T]he Ninth Circuit has not adopted a conspiracy
theory of personal jurisdiction." Hilsenrath, 2008 WL 728902, at *4 n.5.

An agent's or employee's acts within the scope of the agency count against the
principal: "For purposes of personal jurisdiction, the actions of an agent are
attributable to the principal" (Sher v. Johnson, 911 F.2d 1357, 1362 (9th Cir.
1990)); a law firm's paralegal who ordered credit reports on the firm's form
acted for the firm (Myers v. Bennett L. Offs., 238 F.3d 1068, 1073-74 (9th Cir.
2001)). It runs one way only: an employee's own contacts are "not to be judged
according to their employer's activities there" (Calder, 465 U.S. at 790), so
nothing here attributes the principal's acts to the agent.

Not modelled: corporate alter-ego and respondeat-superior imputation for
entity defendants (no entity defendant moved here).
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("attributable", "defendant:party act:symbol", "{act} is attributable to {defendant}", DERIVED),
    pred("acted_as_agent_of", "agent:symbol principal:party act:symbol",
         "{agent} did {act} as {principal}'s employee or agent, within the scope of that employment or agency",
         RECORD),
]

RULES = [
    rule("imputation.own_conduct",
         "attributable(D, A) if performed(D, A)",
         authority="Hanson v. Denckla, 357 U.S. 235, 253 (1958); Walden v. Fiore, 571 U.S. 277, 284 (2014) (quoting Burger King Corp. v. Rudzewicz, "
                   "471 U.S. 462, 475 (1985))",
         decided="1958-06-23", court="supreme_court",
         gloss="What a defendant did personally is his own contact."),
    rule("imputation.direct_order",
         "attributable(D, A) if ordered(D, Agent, A)",
         authority="Daimler AG v. Bauman, 571 U.S. 117, 135 n.13 (2014) (a defendant \"can purposefully avail itself of a forum by directing its agents ... to take action there\"); Ochoa v. J.B. Martin & Sons Farms, Inc., 287 F.3d 1182, 1186, 1190 (9th Cir. 2002); "
                   "Myers v. Bennett L. Offs., 238 F.3d 1068, 1071, 1073-74 (9th Cir. 2001); "
                   "Biliack v. Paul Revere Life Ins. Co., 265 F. Supp. 3d 1003, 1008-09 (D. Ariz. 2017); "
                   "Stadt v. Univ. of Rochester, 921 F. Supp. 1023, 1026 (W.D.N.Y. 1996)",
         decided="2014-01-14", court="supreme_court",
         gloss="An agent's act counts against the defendant who directly ordered it."),
    rule("imputation.agent_within_scope",
         "attributable(D, A) if acted_as_agent_of(Agent, D, A)",
         authority="Sher v. Johnson, 911 F.2d 1357, 1362 (9th Cir. 1990); Myers v. Bennett L. Offs., 238 F.3d "
                   "1068, 1073-74 (9th Cir. 2001)",
         decided="1990", court="ninth",
         gloss="What an employee or agent did for the defendant, within the scope of the employment or agency, "
               "counts against the defendant.",
         test="For purposes of personal jurisdiction, the actions of an agent are attributable to the principal"),
]

LIMITS = [
    limit("imputation.no_conspiracy_theory",
          "forum_related_act(D, A, F)",
          "conspiracy_member(D, X) and conspiracy_member(Other, X) and performed(Other, A)"
          " and took_place_in(A, F) and not ordered(D, Other, A)",
          authority="Walden v. Fiore, 571 U.S. 277, 284-86 (2014) (the defendant's own contacts); Hilsenrath v. Equity Trust (Jersey) Ltd., 2008 WL 728902, *4 n.5 (N.D. Cal. 2008); "
                    "Karsten Mfg. Corp. v. U.S. Golf Ass'n, 728 F. Supp. 1429, 1434 (D. Ariz. 1990)",
          decided="2014-02-25", court="supreme_court",
          gloss="an alleged co-conspirator's forum contacts are not imputed: there is no conspiracy "
                "theory of personal jurisdiction"),
    limit("imputation.agent_without_order",
          "forum_related_act(D, A, F)",
          "carried_out_by(Actor, A) and took_place_in(A, F) and not ordered(D, Actor, A)"
          " and not acted_as_agent_of(Actor, D, A)",
          authority="Walden v. Fiore, 571 U.S. 277, 284-86 (2014); Ochoa v. J.B. Martin & Sons Farms, Inc., 287 F.3d 1182, 1190 (9th Cir. 2002); "
                    "K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020)",
          decided="2014-02-25", court="supreme_court",
          gloss="forum contacts by personnel the defendant did not directly order, and who did not act as "
                "its agent, are not the defendant's own contacts"),
]
