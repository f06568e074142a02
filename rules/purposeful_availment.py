"""Purposeful availment — prong 1 by the defendant's own deliberate forum contacts.

Prong 1 is met when "the defendant purposefully availed himself of the
privileges of conducting activities in the forum, thereby invoking the benefits
and protections of its laws." In re W. States, 715 F.3d at 741-42. The
Massachusetts court required "'purposeful availment' which focuses on whether
the Defendants had voluntary contacts with Massachusetts—the contacts must be
deliberate and 'proximately result from the actions of the defendant
himself.'" K.O. v. Sessions, 436 F. Supp. 3d at 451. The HHS/ORR licensing of
Arizona facilities were "contacts in which the HHS/ORR Defendants availed
themselves of the benefits and protections of Arizona's laws." A.I.I.L. Enforcing
national policy is not such a contact (Oksner).

Not modelled: contract-based availment (performance in the forum, choice of law).
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("purposeful_availment_act", "defendant:party act:symbol forum:symbol",
         "by {act}, {defendant} purposefully availed himself of {forum}", DERIVED),
]

RULES = [
    rule("purposeful_availment.deliberate_forum_contact",
         "purposeful_availment_act(D, A, F) if attributable(D, A) and accepted_as_true(A) and intentional_act(A)"
         " and took_place_in(A, F) and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Hanson v. Denckla, 357 U.S. 235, 253 (1958); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 474-76 (1985); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013); "
                   "K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020); Sawtelle v. Farrell, 70 F.3d 1381, 1391 (1st Cir. 1995)",
         decided="1958-06-23", court="supreme_court",
         gloss="A deliberate contact the defendant himself made with the forum, other than national "
               "policymaking, is purposeful availment.",
         test="the contacts must be deliberate and 'proximately result from the actions of the defendant himself'"),
]
