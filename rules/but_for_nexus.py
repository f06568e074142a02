"""Prong 2 — the claim arises out of the defendant's forum-related activities ("but for").

"The Ninth Circuit has adopted a 'but for' standard which requires a 'nexus
between the cause of action and the defendant's activities in the forum.'"
Shute, 897 F.2d at 385. "The nexus must be such that the cause of action would
not have arisen without the contact between the defendant and forum state."
Terracom, 49 F.3d at 561. As A.I.I.L. applied it to the licensing of Arizona
tender-age facilities, per child: a child over the tender age, a child not held
long-term in Arizona, and a child who could have been housed in the facilities
that already existed, were each not harmed "but for" the new licensing. A
parent's separation harm arises as the child's does.

Not modelled: the First Circuit's "relatedness" prong is treated as but-for;
causal theories other than direct action and facility licensing.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("but_for_cause", "act:symbol plaintiff:party",
         "but for {act}, {plaintiff} would not have suffered the harm", DERIVED),
    pred("tender_age", "child:party", "{child} was of tender age", DERIVED),
    pred("existing_capacity_exception", "act:symbol forum:symbol",
         "children could have been housed in the tender-age facilities that already existed in {forum} "
         "before {act}", DERIVED, exception=True),
]

RULES = [
    rule("but_for_nexus.act_against_plaintiff",
         "but_for_cause(A, P) if act_against(A, P)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="A claim for an act taken against the plaintiff arises out of that act.",
         test="the cause of action would not have arisen without the contact between the defendant and forum state"),
    rule("but_for_nexus.facility_licensing",
         "but_for_cause(A, P) if licensed_tender_age_facilities_in(A, F) and tender_age(P)"
         " and custodial_placement_in(P, F) and not existing_capacity_exception(A, F)",
         authority="Shute v. Carnival Cruise Lines, 897 F.2d 377, 385 (9th Cir. 1990); "
                   "Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1990", court="ninth",
         gloss="Licensing new tender-age facilities in the forum is a but-for cause only for a tender-age "
               "child held long-term there who could not have been housed in facilities that already existed.",
         test="a 'nexus between the cause of action and the defendant's activities in the forum'"),
    rule("but_for_nexus.existing_capacity",
         "existing_capacity_exception(A, F) if tender_age_facilities_existed_before(A, F)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="Where facilities of the kind already existed in the forum, there is no showing the child "
               "would not have been housed there anyway."),
    rule("but_for_nexus.parent_through_child",
         "but_for_cause(A, P) if child_of(C, P) and but_for_cause(A, C)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="A parent's separation harm arises from an act as the separated child's does."),
    rule("but_for_nexus.tender_age",
         "tender_age(C) if age_at_separation(C, N) and tender_age_limit(L) and N <= L",
         authority="A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 14 (D. Ariz. Mar. 31, 2022) "
                   "(adopting the complaint's definition, Doc. 41 at 45)",
         decided="2022-03-31", court="D. Ariz.",
         gloss="A child is of tender age at or under the age the complaint defines."),
]
