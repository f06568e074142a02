"""Appellate review: the claims an appeal or a writ of certiorari brings up, and
the judgment on each — affirmed, reversed, or vacated, and remanded.

"The Supreme Court or any other court of appellate jurisdiction may affirm,
modify, vacate, set aside or reverse any judgment, decree, or order of a court
lawfully brought before it for review, and may remand the cause and direct the
entry of such appropriate judgment, decree, or order, or require such further
proceedings to be had as may be just under the circumstances." 28 U.S.C.
§ 2106. A ruling on qualified immunity, whether on a motion to dismiss or for
summary judgment, is reviewed de novo on the record below (Elder v. Holloway,
510 U.S. 510, 516 (1994)); the
denial of immunity is appealable before final judgment (Mitchell v. Forsyth,
472 U.S. 511, 530 (1985)), and so, with it, whether a Bivens remedy lies at all
(Wilkie v. Robbins, 551 U.S. 537, 549 n.4 (2007); Hernandez v. Mesa, 582 U.S.
548, 553-54 (2017) (per curiam)).

So the reviewing court decides each question about a claim brought up by the
doctrine applied to the record, exactly as a trial court would (every merits
question reads `claim_challenged`); what the court below held is a primitive
record fact — it ruled for the defendant (dismissal, summary judgment, or
immunity) or let the claim go forward — and the disposition comes from
comparing the two: the same result is affirmed; a claim the court below let go
forward that fails on review is reversed (with judgment for the defendant to be
entered below); a judgment for the defendant that the reviewing court rejects
is vacated, and the claim goes back for further proceedings. A claim is brought
up by the party who lost it below: a defendant whom the court below refused
dismissal, summary judgment or immunity, or a plaintiff whose claim it
rejected.

Not modelled: whether certiorari is granted (a matter of the Court's discretion,
Sup. Ct. R. 10: a petition the Court decided is stated as `appealed`);
appellate jurisdiction itself (a final decision, 28 U.S.C. § 1291; the
collateral-order doctrine's limit to questions of law, Johnson v. Jones, 515
U.S. 304, 313 (1995)), standards of review other than de novo (clear error on findings of
fact: a reviewing court's findings are stated as the court's own), cross-
appeals, a modification short of reversal, and a reversal that renders
judgment without remanding (every reversal here returns the case for the entry
of judgment, as 28 U.S.C. § 2106 allows).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

SECTION_2106 = "28 U.S.C. § 2106"

PREDICATES = [
    # the record: who sought review, and what the court below held
    pred("appealed", "party:party review:symbol",
         "{party} sought review of the judgment below by {review} (an appeal or a petition for certiorari)",
         RECORD),
    pred("ruled_below_for_defendant", "count:count defendant:party",
         "the court below ruled for {defendant} on {count} (dismissal, summary judgment or qualified immunity)",
         RECORD),
    pred("ruled_below_for_plaintiff", "count:count defendant:party",
         "the court below let {count} against {defendant} go forward (it denied dismissal, summary judgment or "
         "qualified immunity)", RECORD),
    # derived
    pred("claim_on_review", "count:count defendant:party",
         "the party who lost {count} against {defendant} below brought it up for review", DERIVED),
    pred("judgment_affirmed", "count:count defendant:party",
         "the judgment below on {count} against {defendant} is affirmed", DERIVED),
    pred("judgment_reversed", "count:count defendant:party",
         "the judgment below letting {count} against {defendant} go forward is reversed", DERIVED),
    pred("judgment_vacated", "count:count defendant:party",
         "the judgment below for {defendant} on {count} is vacated", DERIVED),
    pred("remanded", "count:count defendant:party",
         "{count} against {defendant} is remanded to the court below", DERIVED),
]

RULES = [
    rule("appellate_review.defendant_seeks_review",
         "claim_on_review(C, D) if ruled_below_for_plaintiff(C, D) and appealed(D, A)",
         authority="Mitchell v. Forsyth, 472 U.S. 511, 530 (1985); 28 U.S.C. §§ 1291, 1254(1)",
         decided="1985-06-19", court="supreme_court",
         gloss="A defendant refused dismissal, summary judgment or immunity below brings the claim up by appealing.",
         test="a district court's denial of a claim of qualified immunity, to the extent that it turns on an issue "
              "of law, is an appealable 'final decision'"),
    rule("appellate_review.plaintiff_seeks_review",
         "claim_on_review(C, D) if ruled_below_for_defendant(C, D) and appealed(P, A) and plaintiff(P)",
         authority="28 U.S.C. §§ 1291, 1254(1); Fed. R. App. P. 3(a)(1) (1968)",
         decided="1968-07-01", court="enacted_law",
         gloss="A plaintiff whose claim the court below rejected brings it up by appealing."),
    rule("appellate_review.claim_on_review_is_at_issue",
         "claim_challenged(C, D) if claim_on_review(C, D) and count_against(C, D) and count_invokes(C, R)"
         " and known_symbol(right, R)",
         authority="28 U.S.C. § 2106 (1948); Elder v. Holloway, 510 U.S. 510, 516 (1994); Johnson v. Jones, 515 "
                   "U.S. 304, 313 (1995); Wilkie v. Robbins, 551 U.S. 537, 549 n.4 (2007)",
         decided="1948-06-25", court="enacted_law",
         gloss="A claim on a right the rule book knows, brought up for review, is decided afresh on the record "
               "below: every question about it is at issue as it was there.",
         test="appellate review of qualified immunity dispositions is to be conducted in light of all relevant "
              "precedents, not simply those cited to, or discovered by, the district court"),
    rule("appellate_review.affirmed_for_defendant",
         "judgment_affirmed(C, D) if claim_on_review(C, D) and ruled_below_for_defendant(C, D)"
         " and claim_dismissed(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A judgment for the defendant is affirmed when the claim fails on review too.",
         test="may affirm ... any judgment ... lawfully brought before it for review"),
    rule("appellate_review.affirmed_for_plaintiff",
         "judgment_affirmed(C, D) if claim_on_review(C, D) and ruled_below_for_plaintiff(C, D)"
         " and not claim_dismissed(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A ruling letting the claim go forward is affirmed when the claim survives review too.",
         test="may affirm ... any judgment ... lawfully brought before it for review"),
    rule("appellate_review.reversed",
         "judgment_reversed(C, D) if claim_on_review(C, D) and ruled_below_for_plaintiff(C, D)"
         " and claim_dismissed(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A ruling letting the claim go forward is reversed when the claim fails on review.",
         test="may ... reverse any judgment ... and may remand the cause and direct the entry of such appropriate "
              "judgment"),
    rule("appellate_review.vacated",
         "judgment_vacated(C, D) if claim_on_review(C, D) and ruled_below_for_defendant(C, D)"
         " and not claim_dismissed(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A judgment for the defendant on a ground that fails on review is vacated, for the claim to go "
               "forward.",
         test="may ... vacate, set aside ... any judgment ... or require such further proceedings to be had as may "
              "be just"),
    rule("appellate_review.remand_after_vacatur",
         "remanded(C, D) if judgment_vacated(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A claim whose judgment is vacated goes back for further proceedings.",
         test="require such further proceedings to be had as may be just under the circumstances"),
    rule("appellate_review.remand_after_reversal",
         "remanded(C, D) if judgment_reversed(C, D)",
         authority=SECTION_2106, decided="1948-06-25", court="enacted_law",
         gloss="A claim whose judgment is reversed goes back for the entry of the judgment the review requires.",
         test="remand the cause and direct the entry of such appropriate judgment"),
]

QUESTIONS = [
    question("judgment_affirmed", "On review: affirmed", "judgment_affirmed(C, D)", "claim_on_review(C, D)",
             holds="affirmed", fails="not affirmed", short="Affirmed", order=97),
    question("judgment_reversed", "On review: reversed", "judgment_reversed(C, D)", "claim_on_review(C, D)",
             reached="ruled_below_for_plaintiff(C, D)", holds="reversed", fails="not reversed", short="Reversed",
             order=98),
    question("judgment_vacated", "On review: vacated", "judgment_vacated(C, D)", "claim_on_review(C, D)",
             reached="ruled_below_for_defendant(C, D)", holds="vacated", fails="not vacated", short="Vacated",
             order=99),
    question("remanded", "On review: remanded", "remanded(C, D)", "claim_on_review(C, D)",
             holds="remanded", fails="not remanded", short="Remanded", order=100),
]
