"""Jurisdiction first: a court without jurisdiction does not reach the merits.

"Without jurisdiction the court cannot proceed at all in any cause. Jurisdiction
is power to declare the law, and when it ceases to exist, the only function
remaining to the court is that of announcing the fact and dismissing the cause."
Steel Co. v. Citizens for a Better Env't, 523 U.S. 83, 94 (1998) (quoting Ex parte
McCardle, 7 Wall. 506, 514 (1869)). "Personal jurisdiction, too, is 'an essential
element of the jurisdiction of a district ... court,' without which the court is
'powerless to proceed to an adjudication.'" Ruhrgas AG v. Marathon Oil Co., 526 U.S.
574, 584 (1999). But "a federal court has leeway 'to choose among threshold grounds
for denying audience to a case on the merits'" (Sinochem Int'l Co. v. Malaysia Int'l
Shipping Corp., 549 U.S. 422, 431 (2007), quoting Ruhrgas, 526 U.S. at 585): venue,
personal jurisdiction and forum non conveniens may be taken in any order, and a
case dismissed or transferred for want of venue (28 U.S.C. § 1406(a)) is not
decided on its merits either.

So a threshold ground that disposes of a defendant — no personal jurisdiction over
him (contested, not established, no jurisdictional discovery pending), or venue
improper on his objection — forecloses the merits of every claim against him: a
claim is challenged (procedural_rulings' `claim_challenged`, which every merits
question reads) only when the merits are not foreclosed, and one ruling per claim
says "not reached" with the ground. Personal jurisdiction is the defendant's to
raise: one who does not contest it is subject to it (Fed. R. Civ. P. 12(h)(1)). A
court that, having found no jurisdiction, decides the merits in the alternative
(A.I.I.L., Order at 30) reaches them: that is a finding of what the court did, and
it is not made unless the case file states it.

Not modelled: subject-matter jurisdiction and standing (the Steel Co. question
itself: no doctrine here decides them); forum non conveniens; claim-by-claim
jurisdiction; whether an alternative merits holding after a finding of no
jurisdiction binds (it is recorded, not judged).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, pred

PREDICATES = [
    pred("merits_decided_in_the_alternative", "motion:symbol",
         "the court, though it found a threshold ground against the movants, decided {motion}'s merits grounds in "
         "the alternative", FINDING,
         negated="the court did not decide {motion}'s merits grounds in the alternative"),
    pred("subject_to_personal_jurisdiction", "defendant:party forum:symbol",
         "{defendant} is subject to the court's personal jurisdiction in {forum}", DERIVED,
         negated="{defendant} is not shown subject to the court's personal jurisdiction in {forum}"),
    pred("lacks_personal_jurisdiction", "defendant:party",
         "the court lacks personal jurisdiction over {defendant}", DERIVED),
    pred("threshold_dismissal", "defendant:party",
         "a threshold ground (no personal jurisdiction, improper venue) disposes of the claims against {defendant}",
         DERIVED),
    pred("merits_foreclosed", "defendant:party motion:symbol",
         "a threshold ground disposes of {defendant}, so the court does not reach the merits {motion} raises",
         DERIVED, exception=True,
         negated='no threshold ground disposes of {defendant}, so the court reaches the merits {motion} raises'),
    pred("merits_set_aside", "count:count defendant:party",
         "the merits of {count} against {defendant} are raised, but a threshold ground disposes of {defendant}",
         DERIVED),
]

_STEEL = ("Steel Co. v. Citizens for a Better Env't, 523 U.S. 83, 94-95 (1998); Ruhrgas AG v. Marathon Oil Co., "
          "526 U.S. 574, 584-85 (1999)")
_SINOCHEM = "Sinochem Int'l Co. v. Malaysia Int'l Shipping Corp., 549 U.S. 422, 430-31 (2007)"

RULES = [
    rule("jurisdiction_first.specific",
         "subject_to_personal_jurisdiction(D, F) if specific_jurisdiction(D, F)",
         authority="Int'l Shoe Co. v. Washington, 326 U.S. 310, 316 (1945)",
         decided="1945-12-03", court="supreme_court",
         gloss="A defendant over whom the court has specific jurisdiction is subject to its jurisdiction."),
    rule("jurisdiction_first.general",
         "subject_to_personal_jurisdiction(D, F) if general_jurisdiction(D, F)",
         authority="Milliken v. Meyer, 311 U.S. 457, 462-63 (1940)",
         decided="1940-12-16", court="supreme_court",
         gloss="A defendant at home in the forum is subject to the court's jurisdiction there."),
    rule("jurisdiction_first.not_contested",
         "subject_to_personal_jurisdiction(D, F) if defendant(D) and forum_state(F)"
         " and not moved_to_dismiss_for_lack_of_personal_jurisdiction(D)",
         authority="Fed. R. Civ. P. 12(h)(1) (1938); Ins. Corp. of Ireland v. Compagnie des Bauxites de Guinee, "
                   "456 U.S. 694, 703 (1982)",
         decided="1938", court="enacted_law",
         gloss="Personal jurisdiction is a personal right: a defendant who does not contest it is subject to it."),
    rule("jurisdiction_first.lacking",
         "lacks_personal_jurisdiction(D) if personal_jurisdiction_contested(D, F)"
         " and not subject_to_personal_jurisdiction(D, F) and not jurisdictional_discovery(F)",
         authority="Fed. R. Civ. P. 12(b)(2) (1938); " + _STEEL,
         decided="1938", court="enacted_law",
         gloss="Contested and not shown, with no jurisdictional discovery pending, personal jurisdiction is "
               "lacking."),
    rule("jurisdiction_first.no_personal_jurisdiction",
         "threshold_dismissal(D) if lacks_personal_jurisdiction(D)",
         authority=_STEEL,
         decided="1999-05-17", court="supreme_court",
         gloss="Without personal jurisdiction over a defendant the court is powerless to adjudicate the claims "
               "against him.",
         test="without which the court is powerless to proceed to an adjudication"),
    rule("jurisdiction_first.improper_venue",
         "threshold_dismissal(D) if objected_to_venue(D) and venue_contested(F) and not venue_proper(F)",
         authority="28 U.S.C. § 1406(a) (1948); " + _SINOCHEM,
         decided="1948-06-25", court="enacted_law",
         gloss="Where venue is improper on a defendant's objection, the action is dismissed or transferred, not "
               "decided on the merits.",
         test="shall dismiss, or if it be in the interest of justice, transfer"),
    rule("jurisdiction_first.motion_to_dismiss",
         "merits_foreclosed(D, M) if moved_to_dismiss(D, M) and threshold_dismissal(D)"
         " and not merits_decided_in_the_alternative(M)",
         authority=_STEEL + "; " + _SINOCHEM,
         decided="1998-03-04", court="supreme_court",
         gloss="A court that lacks jurisdiction (or dismisses on another threshold ground) does not reach the "
               "merits of the claims against that defendant.",
         test="the only function remaining to the court is that of announcing the fact and dismissing the cause"),
    rule("jurisdiction_first.summary_judgment",
         "merits_foreclosed(D, M) if moved_for_summary_judgment(D, M) and threshold_dismissal(D)"
         " and not merits_decided_in_the_alternative(M)",
         authority=_STEEL + "; " + _SINOCHEM,
         decided="1998-03-04", court="supreme_court",
         gloss="A court that lacks jurisdiction does not grant or deny summary judgment on the merits."),
    rule("jurisdiction_first.set_aside_on_motion_to_dismiss",
         "merits_set_aside(C, D) if count_against(C, D) and moved_to_dismiss(D, M)"
         " and motion_ground(M, failure_to_state_a_claim) and merits_foreclosed(D, M)",
         authority=_STEEL,
         decided="1998-03-04", court="supreme_court",
         gloss="The merits of a claim a defendant moved to dismiss are set aside when a threshold ground disposes "
               "of him."),
    rule("jurisdiction_first.set_aside_on_summary_judgment",
         "merits_set_aside(C, D) if count_against(C, D) and moved_for_summary_judgment(D, M)"
         " and merits_foreclosed(D, M)",
         authority=_STEEL,
         decided="1998-03-04", court="supreme_court",
         gloss="The merits of a claim a defendant moved for summary judgment on are set aside when a threshold "
               "ground disposes of him."),
]

QUESTIONS = [
    question("merits", "The merits (jurisdiction first)", "claim_challenged(C, D)", "merits_set_aside(C, D)",
             reached="claim_challenged(C, D)", holds="decided", fails="not decided", short="Merits", order=44),
]
