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

A contract is availment by its forum obligations, not by its counterparty's
address. "If the question is whether an individual's contract with an
out-of-state party alone can automatically establish sufficient minimum
contacts in the other party's home forum, we believe the answer clearly is that
it cannot." Burger King, 471 U.S. at 478. What counts is "prior negotiations and
contemplated future consequences, along with the terms of the contract and the
parties' actual course of dealing" (id. at 479): a defendant who "reach[ed] out
beyond one state and create[d] continuing relationships and obligations with
citizens of another state" (id. at 473, quoting Travelers Health Ass'n v.
Virginia, 339 U.S. 643, 647 (1950)) — Rudzewicz's twenty-year franchise, its
payments and notices due at the Miami headquarters and its supervision from
there (id. at 479-81) — has availed himself of that state. A choice of the
forum's law "reinforced his deliberate affiliation with the forum State" but is
not enough alone (id. at 482). So the record states the contract
(`contracted_with`), where its continuing obligations are to be performed or
owed (`contract_obligations_in`) and any choice of law (`chose_law_of`); the
contract with a forum resident alone, and the choice of law alone, are limits.

Contacts the plaintiff brought about are not the defendant's availment: "The
unilateral activity of those who claim some relationship with a nonresident
defendant cannot satisfy the requirement of contact with the forum State"
(Hanson, 357 U.S. at 253; Burger King, 471 U.S. at 475). Weston's two trips to
California, made at Picot's request and reimbursed, incidental to work centred
in Michigan, did not avail him of California (Picot v. Weston, 780 F.3d 1206,
1212-13 (9th Cir. 2015)): the named exception `unilateral_activity_exception`,
in force from Picot's date in the Ninth Circuit. The First Circuit states the
same limit as voluntariness, one of availment's two "cornerstones" (Sawtelle v.
Farrell, 70 F.3d 1381, 1391 (1st Cir. 1995): "voluntariness and
foreseeability"), in force there from Sawtelle's date.

Forum acts that are steps in litigation pending elsewhere are not availment
(Morrill; the exception lives in express_aiming).

Not modelled: the First Circuit's foreseeability cornerstone as a finding of its
own (whether the defendant could reasonably anticipate being haled into the
forum's courts); the weighing of the negotiations and course of dealing (the
record states where the obligations lie); one-shot contracts beyond that
(Boschetto's "broader vehicle for commercial activity").
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("purposeful_availment_act", "defendant:party act:symbol forum:symbol",
         "by {act}, {defendant} purposefully availed himself of {forum}", DERIVED),
    pred("unilateral_activity_exception", "act:symbol",
         "{act} was brought about by the plaintiff's request, the unilateral activity of another, not the "
         "defendant's purposeful availment", DERIVED, exception=True,
         negated="{act} was not brought about by the plaintiff's request or another's unilateral activity"),
    pred("made_at_request_of", "act:symbol party:party",
         "{act} was made at {party}'s request (and for {party})", RECORD),
    pred("contracted_with", "act:symbol counterparty:party",
         "{act} was a contract the defendant entered into with {counterparty}", RECORD),
    pred("contract_obligations_in", "act:symbol state:place",
         "the contract {act} created continuing obligations to be performed in, or owed to the other party in, "
         "{state} (payments, notices, supervision over its term)", RECORD),
    pred("chose_law_of", "act:symbol state:place", "the contract {act} chose {state}'s law to govern it", RECORD),
]

RULES = [
    rule("purposeful_availment.deliberate_forum_contact",
         "purposeful_availment_act(D, A, F) if attributable(D, A) and accepted_as_true(A) and intentional_act(A)"
         " and took_place_in(A, F) and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F) and not unilateral_activity_exception(A)",
         authority="Hanson v. Denckla, 357 U.S. 235, 253 (1958); Burger King Corp. v. Rudzewicz, 471 U.S. 462, 474-76 (1985); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013); "
                   "K.O. v. Sessions, 436 F. Supp. 3d 442, 451 (D. Mass. 2020); Sawtelle v. Farrell, 70 F.3d 1381, 1391 (1st Cir. 1995)",
         decided="1958-06-23", court="supreme_court",
         gloss="A deliberate contact the defendant himself made with the forum, other than national "
               "policymaking, is purposeful availment.",
         test="the contacts must be deliberate and 'proximately result from the actions of the defendant himself'"),
    rule("purposeful_availment.at_plaintiffs_request",
         "unilateral_activity_exception(A) if made_at_request_of(A, P) and plaintiff(P)",
         authority="Picot v. Weston, 780 F.3d 1206, 1212-13 (9th Cir. 2015) (citing Hanson v. Denckla, 357 U.S. "
                   "235, 253 (1958), and Burger King Corp. v. Rudzewicz, 471 U.S. 462, 475 (1985))",
         decided="2015-03-19", court="ninth",
         gloss="A forum contact the defendant made at the plaintiff's request is the plaintiff's unilateral "
               "activity, not the defendant's purposeful availment.",
         test="The unilateral activity of those who claim some relationship with a nonresident defendant cannot "
              "satisfy the requirement of contact with the forum State"),
    rule("purposeful_availment.first_circuit_voluntariness",
         "unilateral_activity_exception(A) if made_at_request_of(A, P) and plaintiff(P)",
         authority="Sawtelle v. Farrell, 70 F.3d 1381, 1391 (1st Cir. 1995) (citing Burger King Corp. v. "
                   "Rudzewicz, 471 U.S. 462, 475 (1985)); Ticketmaster-New York, Inc. v. Alioto, 26 F.3d 201, "
                   "207-08 (1st Cir. 1994)",
         decided="1995-12-05", court="first",
         gloss="In the First Circuit availment rests on voluntariness: a forum contact the defendant made at the "
               "plaintiff's request is the plaintiff's unilateral activity, not the defendant's voluntary contact.",
         test="The cornerstones upon which the concept of purposeful availment rest are voluntariness and "
              "foreseeability"),
    rule("purposeful_availment.contract_with_forum_obligations",
         "purposeful_availment_act(D, A, F) if attributable(D, A) and accepted_as_true(A) and intentional_act(A)"
         " and contracted_with(A, P) and contract_obligations_in(A, F) and not national_policymaking_exception(A)"
         " and not litigation_elsewhere_exception(A, F)",
         authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 473, 478-81 (1985) (quoting Travelers Health "
                   "Ass'n v. Virginia, 339 U.S. 643, 647 (1950))",
         decided="1985-05-20", court="supreme_court",
         gloss="A defendant who contracts for continuing obligations to be performed in or owed into the forum "
               "has purposefully availed himself of it.",
         test="prior negotiations and contemplated future consequences, along with the terms of the contract "
              "and the parties' actual course of dealing"),
]

LIMITS = [
    limit("purposeful_availment.forum_resident_contract_alone",
          "purposeful_availment_act(D, A, F)", "contracted_with(A, P) and domiciled_in(P, F)",
          authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 478 (1985)",
          decided="1985-05-20", court="supreme_court",
          gloss="a contract with a forum resident does not alone establish minimum contacts in the resident's "
                "home forum"),
    limit("purposeful_availment.choice_of_law_alone",
          "purposeful_availment_act(D, A, F)", "chose_law_of(A, F)",
          authority="Burger King Corp. v. Rudzewicz, 471 U.S. 462, 482 (1985)",
          decided="1985-05-20", court="supreme_court",
          gloss="choosing the forum's law reinforces a deliberate affiliation with the forum but is not "
                "availment by itself"),
]
