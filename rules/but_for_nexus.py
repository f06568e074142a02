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

The general causal test: an act that created in the forum the means through
which the plaintiff was harmed (facilities, a program, a capacity) is a but-for
cause of a plaintiff the means were for, harmed there — unless such means
already existed there, so the harm would have come without the act. The
licensing of tender-age facilities is one instance: the means are the
facilities, the people they were for are tender-age children, the harm is
being held there long-term, and facilities that existed before defeat the
link (`but_for_nexus.licensing_*` state the instance in the general
predicates; a case may also state the general record facts directly).

A claim for breach of a contract arises out of the contract itself (McGee,
355 U.S. at 223; Burger King, 471 U.S. at 478-79: the dispute "grew directly
out of a contract which had a substantial connection with that State").

Not modelled: the First Circuit's "relatedness" prong beyond but-for is in
relatedness (its "material element of proof", and Ford's "relate to"); causal
theories other than direct
action and the creation of means of harm.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("but_for_cause", "act:symbol plaintiff:party",
         "but for {act}, {plaintiff} would not have suffered the harm", DERIVED),
    pred("tender_age", "child:party", "{child} was of tender age", DERIVED),
    pred("existing_capacity_exception", "act:symbol forum:symbol",
         "the means {act} created in {forum} already existed there, so the harm would have come without it",
         DERIVED, exception=True,
         negated='the means {act} created in {forum} did not already exist there'),
    pred("created_means_of_harm_in", "act:symbol state:symbol",
         "{act} created in {state} the means (facilities, a program, a capacity) through which harm was done",
         DERIVED),
    pred("among_those_the_means_served", "plaintiff:party act:symbol",
         "{plaintiff} was one of the people the means {act} created were for", DERIVED),
    pred("harmed_through_the_means_in", "plaintiff:party state:symbol",
         "{plaintiff} was harmed through those means in {state}", DERIVED),
    pred("created_capacity_in", "act:symbol state:place",
         "{act} created in {state} the facilities, program or capacity through which the plaintiffs were harmed",
         RECORD),
    pred("capacity_was_for", "act:symbol plaintiff:party",
         "the capacity {act} created was for people in {plaintiff}'s situation", RECORD),
    pred("harmed_through_capacity_in", "plaintiff:party state:place",
         "{plaintiff} was harmed through that capacity in {state}", RECORD),
    pred("breach_of", "breach:symbol contract:symbol", "{breach} was a breach of the contract {contract}", RECORD),
    pred("capacity_existed_before", "act:symbol state:place",
         "the capacity {act} created already existed in {state} before it", RECORD),
]

RULES = [
    rule("but_for_nexus.act_against_plaintiff",
         "but_for_cause(A, P) if act_against(A, P)",
         authority="Shaffer v. Heitner, 433 U.S. 186, 204 (1977) (the relationship among the defendant, the forum and the litigation); Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1977-06-24", court="supreme_court",
         gloss="A claim for an act taken against the plaintiff arises out of that act.",
         test="the cause of action would not have arisen without the contact between the defendant and forum state"),
    rule("but_for_nexus.claim_on_the_contract",
         "but_for_cause(A, P) if contracted_with(A, P) and breach_of(B, A) and act_against(B, P)",
         authority="McGee v. Int'l Life Ins. Co., 355 U.S. 220, 223 (1957); Burger King Corp. v. Rudzewicz, "
                   "471 U.S. 462, 478-79 (1985)",
         decided="1957-12-16", court="supreme_court",
         gloss="A claim for breach of a contract arises out of the contract: the counterparty's claim would "
               "not exist without it.",
         test="the suit was based on a contract which had substantial connection with that State"),
    rule("but_for_nexus.means_created_in_forum",
         "but_for_cause(A, P) if created_means_of_harm_in(A, F) and among_those_the_means_served(P, A)"
         " and harmed_through_the_means_in(P, F) and not existing_capacity_exception(A, F)",
         authority="Shute v. Carnival Cruise Lines, 897 F.2d 377, 385 (9th Cir. 1990); "
                   "Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1990", court="ninth",
         gloss="An act that created in the forum the means of the harm is a but-for cause for a plaintiff the "
               "means were for, harmed through them there, unless such means already existed.",
         test="a 'nexus between the cause of action and the defendant's activities in the forum'"),
    rule("but_for_nexus.existing_capacity",
         "existing_capacity_exception(A, F) if capacity_existed_before(A, F)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="Where the means already existed in the forum, the harm would have come without the act."),
    # the family-separation instance: licensing tender-age facilities (A.I.I.L., Order at 14-16)
    rule("but_for_nexus.licensing_creates_facilities",
         "created_means_of_harm_in(A, F) if licensed_tender_age_facilities_in(A, F)",
         authority="A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 15-16 (D. Ariz. Mar. 31, 2022); "
                   "Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="2022-03-31", court="D. Ariz.",
         gloss="Licensing new facilities in the forum creates the means through which those housed there are held."),
    rule("but_for_nexus.licensing_serves_tender_age_children",
         "among_those_the_means_served(P, A) if licensed_tender_age_facilities_in(A, F) and tender_age(P)",
         authority="A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 15-16 (D. Ariz. Mar. 31, 2022)",
         decided="2022-03-31", court="D. Ariz.",
         gloss="Tender-age facilities are for children of tender age; an older child is not among those they served."),
    rule("but_for_nexus.licensing_harm_is_custody_there",
         "harmed_through_the_means_in(P, F) if custodial_placement_in(P, F)",
         authority="A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 15-16 (D. Ariz. Mar. 31, 2022)",
         decided="2022-03-31", court="D. Ariz.",
         gloss="A child held long-term in the forum was harmed through the facilities there; a child moved on "
               "within days was not."),
    rule("but_for_nexus.licensing_facilities_existed",
         "existing_capacity_exception(A, F) if tender_age_facilities_existed_before(A, F)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995); A.I.I.L. v. Sessions, "
                   "Order at 16",
         decided="1995", court="ninth",
         gloss="Where tender-age facilities already existed in the forum, the child could have been housed there "
               "anyway."),
    # the general record facts, for any case that states them directly
    rule("but_for_nexus.capacity_created",
         "created_means_of_harm_in(A, F) if created_capacity_in(A, F)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="Creating facilities, a program or a capacity in the forum creates the means of harm there."),
    rule("but_for_nexus.capacity_for_plaintiff",
         "among_those_the_means_served(P, A) if capacity_was_for(A, P)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="The plaintiffs the capacity was for are among those the means served."),
    rule("but_for_nexus.harmed_through_capacity",
         "harmed_through_the_means_in(P, F) if harmed_through_capacity_in(P, F)",
         authority="Terracom v. Valley Nat. Bank, 49 F.3d 555, 561 (9th Cir. 1995)",
         decided="1995", court="ninth",
         gloss="A plaintiff harmed through the capacity in the forum was harmed through the means there."),
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
