"""Qualified immunity: two prongs, either order.

"Qualified immunity shields federal and state officials from money damages
unless a plaintiff pleads facts showing (1) that the official violated a
statutory or constitutional right, and (2) that the right was 'clearly
established' at the time of the challenged conduct." Ashcroft v. al-Kidd, 563
U.S. 731, 735 (2011). "[E]xisting law must have placed the constitutionality
of the officer's conduct 'beyond debate'", by "'controlling authority' or 'a
robust consensus of cases of persuasive authority'". District of Columbia v.
Wesby, 138 S. Ct. 577, 589-90 (2018). Courts may decide the prongs in either
order (Pearson v. Callahan, 555 U.S. 223, 236 (2009)); the defendant pleads the
defence (Harlow v. Fitzgerald, 457 U.S. 800, 815 (1982)). "[T]he Court need not
address whether they would be entitled to qualified immunity for the Bivens
claims because those fail to state a claim for other reasons." K.O. v. ICE,
Mem. Op. at 26 n.4; A.I.I.L., Order at 27.

A claim's liability may turn on open legal questions (other doctrine modules
say which: conspiracy_1985 adds the intracorporate-conspiracy question). The
right is clearly established when none of them is unsettled; a question is
settled by an authority binding in this court (the Supreme Court, or the court
of appeals for this circuit) or by a robust consensus (a finding). As both
courts did, the narrower clearly-established prong is taken first: the
violation prong is reached only if the right was clearly established.
Immunity is reached only for a claim that does not already fail on another
ground (no Bivens remedy; a § 1986 claim without a § 1985 claim).

For a constitutional (Bivens) claim, both prongs rest on the court's reading of
constitutional law, which no rule here derives: whether the facts pleaded make
out a violation (Pearson, 555 U.S. at 232), and whether existing law placed the
conduct's unlawfulness beyond debate (al-Kidd, 563 U.S. at 741) are findings
on each claim. A case file that does not decide them leaves immunity on that
claim undetermined (both courts here never reached it: no Bivens remedy).

The obvious case: "a general constitutional rule already identified in the
decisional law may apply with obvious clarity to the specific conduct in
question, even though the very action in question has not previously been
held unlawful." Hope v. Pelzer, 536 U.S. 730, 741 (2002); Taylor v. Riojas, 592
U.S. 7, 8-9 (2020) (per curiam). A violation the court finds obvious
(`obvious_violation`) is clearly established without a case on point. Where
the court finds no such obviousness, the usual demand for specificity stands
— "especially important in the Fourth Amendment context" of excessive force
(Mullenix v. Luna, 577 U.S. 7, 12 (2015) (per curiam); Kisela v. Hughes, 584
U.S. 100, 104-05 (2018) (per curiam)) — and only the court's finding that
existing law placed the conduct beyond debate establishes the right.

The order of the prongs: from Saucier v. Katz, 533 U.S. 194, 201 (2001), a
court had to decide first whether the facts shown make out a violation; only
Pearson v. Callahan, 555 U.S. 223, 236 (2009), overruling that sequence, let a
court decide the clearly-established prong alone. So a court's not reaching
the violation prong is consistent with any derived answer only under the law
in force from Pearson (`prong_order_discretionary`); before it, and after
Saucier, declining prong one is a mismatch. In every era a court that finds no
violation need go no further (Saucier, 533 U.S. at 201), so prong two may be
left undecided where the rules derive no violation.

Not modelled: the authorities behind a constitutional claim's clearly-established
prong (the finding stands for them); absolute immunity; the authorities the
defendants cite for the other side (they make the question no more settled for
the plaintiffs).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    # the record
    pred("asserted_qualified_immunity", "defendant:party", "{defendant} pleads qualified immunity", RECORD),
    pred("authority_holds", "authority:symbol proposition:symbol", "{authority} holds that {proposition}", RECORD),
    pred("decided_by", "authority:symbol court:symbol", "{authority} was decided by the {court}", RECORD),
    pred("authority_involved_unauthorized_conduct", "authority:symbol",
         "{authority} concerned conduct the officials were not authorised to take", RECORD),
    pred("acted_within_scope_of_employment", "party:party",
         "{party} acted within the scope of federal office or employment", RECORD),
    # findings
    pred("robust_consensus", "proposition:symbol",
         "a robust consensus of persuasive authority holds that {proposition}", FINDING),
    # asserting qualified immunity puts both prongs in issue: undecided, they are open
    pred("constitutional_violation_pleaded", "count:count defendant:party",
         "the facts shown in {count} (pleaded, or in the record on summary judgment) make out {defendant}'s "
         "violation of the constitutional right it invokes",
         FINDING, negated="the facts shown in {count} (pleaded, or in the record on summary judgment) make out no "
                          "violation by {defendant} of the constitutional right it invokes", raised_by="asserted_qualified_immunity(Defendant) and count_against(Count, Defendant)"),
    pred("conduct_clearly_unlawful", "count:count defendant:party",
         "existing law placed beyond debate that the conduct {count} alleges against {defendant} was unconstitutional",
         FINDING, negated="existing law did not place beyond debate that the conduct {count} alleges against "
                          "{defendant} was unconstitutional", raised_by="asserted_qualified_immunity(Defendant) and count_against(Count, Defendant)"),
    pred("obvious_violation", "count:count defendant:party",
         "the violation {count} alleges against {defendant} is obvious: a general constitutional rule applies to it "
         "with obvious clarity, though no case on point held such conduct unlawful", FINDING,
         negated="the violation {count} alleges against {defendant} is not obvious enough to need no case on point"),
    # law
    pred("binding_everywhere", "court:symbol", "the {court}'s decisions bind every federal court", DERIVED),
    pred("court_of_appeals_for", "court:symbol circuit:symbol", "the {court} hears appeals in {circuit}",
         DERIVED),
    # derived
    pred("qualified_immunity_raised", "count:count defendant:party",
         "{defendant} pleads qualified immunity to {count}", DERIVED,
         negated='{defendant} does not plead qualified immunity to {count}'),
    pred("binding_here", "authority:symbol", "{authority} is controlling authority in this court", DERIVED),
    pred("authority_inapposite", "authority:symbol",
         "{authority} is distinguishable: it concerned unauthorised conduct, and here the officials acted within "
         "the scope of their employment", DERIVED, exception=True,
         negated='{authority} is not distinguished as a case of unauthorised conduct'),
    pred("settled_law", "proposition:symbol",
         "controlling authority or a robust consensus establishes that {proposition}", DERIVED),
    pred("unsettled_question", "count:count defendant:party",
         "liability on {count} against {defendant} turns on a legal question that was not beyond debate", DERIVED,
         exception=True, negated="every legal question liability on {count} against {defendant} turns on was beyond "
                                 "debate"),
    pred("clearly_established", "count:count defendant:party",
         "the law clearly established that {defendant}'s conduct alleged in {count} was unlawful", DERIVED,
         negated="the law did not clearly establish that {defendant}'s conduct alleged in {count} was unlawful"),
    pred("violation_prong_reached", "count:count defendant:party",
         "the court reaches whether {defendant} violated the right {count} invokes", DERIVED),
    pred("right_violated", "count:count defendant:party",
         "the facts shown make out {defendant}'s violation of the right {count} invokes", DERIVED,
         negated="the facts shown make out no violation by {defendant} of the right {count} invokes"),
    pred("claim_fails_before_immunity", "count:count defendant:party",
         "{count} against {defendant} already fails on another ground, so immunity need not be decided", DERIVED,
         exception=True, negated="{count} against {defendant} fails on no other ground first, so immunity is decided"),
    pred("obvious_case", "count:count defendant:party",
         "{defendant}'s violation of the right {count} invokes was obvious, so no case on point was needed",
         DERIVED, exception=True,
         negated="no obvious violation by {defendant} of the right {count} invokes dispenses with a case on point"),
    pred("prong_order_discretionary", "count:count defendant:party",
         "the court may decide either prong of immunity on {count} against {defendant} first, and need not "
         "decide the other", DERIVED),
    pred("prong_two_declinable", "count:count defendant:party",
         "the court need not decide whether the law was clearly established for {count} against {defendant}",
         DERIVED),
    pred("qualified_immunity_reached", "count:count defendant:party",
         "the court reaches qualified immunity on {count} for {defendant}", DERIVED),
    pred("prongs_decided", "count:count defendant:party",
         "the court decides qualified immunity on the constitutional claim in {count} against {defendant}, prong by "
         "prong", DERIVED),
    pred("qualified_immunity", "count:count defendant:party",
         "{defendant} is entitled to qualified immunity on {count}", DERIVED,
         negated="{defendant} is not entitled to qualified immunity on {count}"),
]

RULES = [
    rule("qualified_immunity.supreme_court", "binding_everywhere(supreme_court)",
         authority="U.S. Const. art. III, § 1; Hutto v. Davis, 454 U.S. 370, 375 (1982) (per curiam)",
         decided="1982-01-11", court="enacted_law",
         gloss="The Supreme Court's decisions bind every federal court."),
]
for court, circuit, name in (("first_circuit", "first", "First"), ("ninth_circuit", "ninth", "Ninth"),
                             ("dc_circuit", "dc", "D.C.")):
    RULES.append(rule(f"qualified_immunity.{court}", f"court_of_appeals_for({court}, {circuit})",
                      authority="28 U.S.C. §§ 41, 1294; Hart v. Massanari, 266 F.3d 1155, 1170-71 (9th Cir. 2001)",
                      decided="2001", court="enacted_law",
                      gloss=f"The Court of Appeals for the {name} Circuit hears appeals from the district courts "
                            f"of the {name} Circuit."))

RULES += [
    rule("qualified_immunity.raised",
         "qualified_immunity_raised(C, D) if claim_challenged(C, D) and asserted_qualified_immunity(D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 815 (1982)",
         decided="1982-06-24", court="supreme_court",
         gloss="Qualified immunity is a defence the defendant must plead."),
    rule("qualified_immunity.supreme_court_binds",
         "binding_here(A) if decided_by(A, Court) and binding_everywhere(Court)",
         authority="Wilson v. Layne, 526 U.S. 603, 617 (1999); District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018)",
         decided="1999-05-24", court="supreme_court",
         gloss="A Supreme Court decision is controlling authority."),
    rule("qualified_immunity.circuit_binds",
         "binding_here(A) if decided_by(A, Court) and court_of_appeals_for(Court, Circuit) and forum_state(F)"
         " and forum_in_circuit(F, Circuit)",
         authority="Wilson v. Layne, 526 U.S. 603, 617 (1999); District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018)",
         decided="1999-05-24", court="supreme_court",
         gloss="A decision of the court of appeals for this circuit is controlling authority here."),
    rule("qualified_immunity.unauthorized_conduct_distinguishable",
         "authority_inapposite(A) if authority_involved_unauthorized_conduct(A) and acted_within_scope_of_employment(D)"
         " and defendant(D)",
         authority="A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 29 (D. Ariz. Mar. 31, 2022)",
         decided="2022-03-31", court="D. Ariz.",
         gloss="A case about unauthorised conduct is distinguishable where the officials acted within the scope of "
               "their employment."),
    rule("qualified_immunity.controlling_authority",
         "settled_law(P) if authority_holds(A, P) and binding_here(A) and not authority_inapposite(A)",
         authority="Wilson v. Layne, 526 U.S. 603, 617 (1999); District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018) (quoting Ashcroft v. al-Kidd, "
                   "563 U.S. 731, 741-42 (2011))",
         decided="1999-05-24", court="supreme_court",
         gloss="Controlling authority settles a legal question."),
    rule("qualified_immunity.robust_consensus",
         "settled_law(P) if robust_consensus(P)",
         authority="Wilson v. Layne, 526 U.S. 603, 617 (1999); District of Columbia v. Wesby, 138 S. Ct. 577, 589-90 (2018) (quoting Ashcroft v. al-Kidd, "
                   "563 U.S. 731, 741-42 (2011))",
         decided="1999-05-24", court="supreme_court",
         gloss="A robust consensus of cases of persuasive authority settles a legal question."),
    rule("qualified_immunity.clearly_established",
         "clearly_established(C, D) if qualified_immunity_raised(C, D) and not unsettled_question(C, D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982); Ashcroft v. al-Kidd, 563 U.S. 731, 741 (2011); District of Columbia v. Wesby, 138 S. Ct. 577, "
                   "589 (2018)",
         decided="1982-06-24", court="supreme_court",
         gloss="A right is clearly established when existing law placed the question beyond debate.",
         test="existing law must have placed the constitutionality of the officer's conduct beyond debate"),
    rule("qualified_immunity.constitutional_question_open",
         "unsettled_question(C, D) if constitutional_claim(C, D) and qualified_immunity_raised(C, D)"
         " and not conduct_clearly_unlawful(C, D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982); Ashcroft v. al-Kidd, 563 U.S. 731, 741-42 (2011); District of Columbia v. Wesby, 138 S. Ct. "
                   "577, 589-90 (2018)",
         decided="1982-06-24", court="supreme_court",
         gloss="A constitutional claim turns on an open question unless existing law placed the unlawfulness of "
               "the official's conduct beyond debate.",
         test="existing precedent must have placed the statutory or constitutional question beyond debate"),
    rule("qualified_immunity.constitutional_violation",
         "right_violated(C, D) if constitutional_claim(C, D) and constitutional_violation_pleaded(C, D)",
         authority="Saucier v. Katz, 533 U.S. 194, 201 (2001); Pearson v. Callahan, 555 U.S. 223, 232 (2009); Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011)",
         decided="2001-06-18", court="supreme_court",
         gloss="A constitutional claim shows a violation when the facts pleaded make out a violation of the right "
               "it invokes.",
         test="whether the facts that a plaintiff has alleged ... make out a violation of a constitutional right"),
    rule("qualified_immunity.prong_order",
         "violation_prong_reached(C, D) if qualified_immunity_raised(C, D) and clearly_established(C, D)",
         authority="Pearson v. Callahan, 555 U.S. 223, 236 (2009); Rasul v. Myers, 563 F.3d 527, 530 (D.C. Cir. "
                   "2009); Felarca v. Birgeneau, 891 F.3d 809, 815-16 (9th Cir. 2018)",
         decided="2009-01-21", court="supreme_court",
         gloss="The court may decide only the narrower clearly-established prong; the violation prong is reached "
               "only if that prong does not dispose of the claim."),
    rule("qualified_immunity.bivens_claim_fails_first",
         "claim_fails_before_immunity(C, D) if bivens_claim_challenged(C, D) and not bivens_remedy(C, D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818-19 (1982); Pearson v. Callahan, 555 U.S. 223, 236-42 (2009) (no need to decide immunity where the claim fails on another ground); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 26 n.4 (D.D.C. June 23, 2020); A.I.I.L. v. Sessions, "
                   "No. CV-19-00481-TUC-JCH, "
                   "Order at 27 (citing Clark, 2021 WL 2386115, at *5)",
         decided="1982-06-24", court="supreme_court",
         gloss="A Bivens claim with no Bivens remedy fails for that reason; immunity on it need not be reached."),
    rule("qualified_immunity.reached",
         "qualified_immunity_reached(C, D) if qualified_immunity_raised(C, D) and not claim_fails_before_immunity(C, "
         "D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818-19 (1982); Pearson v. Callahan, 555 U.S. 223, 236-42 (2009); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 26 n.4 (D.D.C. June 23, 2020); Pearson v. Callahan, "
                   "555 U.S. 223, 231 (2009)",
         decided="1982-06-24", court="supreme_court",
         gloss="Qualified immunity is decided on a claim that does not already fail for another reason."),
    rule("qualified_immunity.prongs_decided",
         "prongs_decided(C, D) if qualified_immunity_reached(C, D) and constitutional_claim(C, D)",
         authority="Saucier v. Katz, 533 U.S. 194, 201 (2001); Pearson v. Callahan, 555 U.S. 223, 232, 236 (2009); Saucier v. Katz, 533 U.S. 194, 201 (2001)",
         decided="2001-06-18",
         court="supreme_court", gloss="On a constitutional claim the court decides immunity by its two prongs: a violation, and clearly "
               "established law."),
    # Immunity, by the prong that decides it, for the claims on which it is reached (so the ruling's
    # ground names that prong). (§ 1985(3) validity reads the unsettled-law bar directly:
    # conspiracy_1985.barred_by_unsettled_law.)
    rule("qualified_immunity.entitled_not_clearly_established",
         "qualified_immunity(C, D) if qualified_immunity_reached(C, D) and not clearly_established(C, D)",
         authority="Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982); Ashcroft v. al-Kidd, 563 U.S. 731, 735, 741 (2011); District of Columbia v. Wesby, 138 S. Ct. "
                   "577, 589-90 (2018)",
         decided="1982-06-24", court="supreme_court",
         gloss="The official is immune: no controlling authority or robust consensus placed the question beyond "
               "debate, so the right was not clearly established."),
    rule("qualified_immunity.either_order",
         "qualified_immunity(C, D) if qualified_immunity_reached(C, D) and constitutional_claim(C, D)"
         " and not right_violated(C, D)",
         authority="Saucier v. Katz, 533 U.S. 194, 201 (2001); Pearson v. Callahan, 555 U.S. 223, 236 (2009); Ashcroft v. Iqbal, 556 U.S. 662, 680-87 (2009)",
         decided="2001-06-18",
         court="supreme_court", gloss="The official is immune: the court may take the violation prong first, and the facts shown make "
               "out no violation of the constitutional right, whatever the state of the law.",
         test="[t]he judges of the district courts and the courts of appeals should be permitted to exercise their "
              "sound discretion in deciding which of the two prongs ... should be addressed first"),
    rule("qualified_immunity.entitled_no_violation",
         "qualified_immunity(C, D) if qualified_immunity_reached(C, D) and violation_prong_reached(C, D)"
         " and not right_violated(C, D)",
         authority="Ashcroft v. al-Kidd, 563 U.S. 731, 735 (2011)",
         decided="2011-05-31", court="supreme_court",
         gloss="The official is immune: the facts pleaded show no violation of a statutory or constitutional right."),
]

RULES += [
    rule("qualified_immunity.obvious_case",
         "obvious_case(C, D) if constitutional_claim(C, D) and constitutional_violation_pleaded(C, D)"
         " and obvious_violation(C, D)",
         authority="Hope v. Pelzer, 536 U.S. 730, 741 (2002); Taylor v. Riojas, 592 U.S. 7, 8-9 (2020) (per curiam)",
         decided="2002-06-27", court="supreme_court",
         gloss="An obvious violation of a general constitutional rule is clearly established without a case on "
               "point.",
         test="a general constitutional rule already identified in the decisional law may apply with obvious "
              "clarity to the specific conduct in question, even though the very action in question has not "
              "previously been held unlawful"),
    rule("qualified_immunity.constitutional_question_open_unless_obvious",
         "unsettled_question(C, D) if constitutional_claim(C, D) and qualified_immunity_raised(C, D)"
         " and not conduct_clearly_unlawful(C, D) and not obvious_case(C, D)",
         authority="Hope v. Pelzer, 536 U.S. 730, 739-41 (2002); Mullenix v. Luna, 577 U.S. 7, 11-12 (2015) (per "
                   "curiam); Kisela v. Hughes, 584 U.S. 100, 104-05 (2018) (per curiam)",
         decided="2002-06-27", court="supreme_court",
         supersedes=("qualified_immunity.constitutional_question_open",), how="superseded",
         gloss="A constitutional claim turns on an open question unless existing law placed the official's "
               "conduct beyond debate, or the violation was obvious.",
         test="officials can still be on notice that their conduct violates established law even in novel factual "
              "circumstances"),
    rule("qualified_immunity.saucier_sequence_mandatory",
         "prong_two_declinable(C, D) if prongs_decided(C, D) and not right_violated(C, D)",
         authority="Saucier v. Katz, 533 U.S. 194, 201 (2001)", decided="2001-06-18", court="supreme_court",
         gloss="A court that finds no violation need not ask whether the law was clearly established.",
         test="If no constitutional right would have been violated were the allegations established, there is no "
              "necessity for further inquiries concerning qualified immunity"),
    rule("qualified_immunity.pearson_either_prong_first",
         "prong_order_discretionary(C, D) if prongs_decided(C, D)",
         authority="Pearson v. Callahan, 555 U.S. 223, 236 (2009) (overruling in part Saucier v. Katz, 533 U.S. "
                   "194, 201 (2001))",
         decided="2009-01-21", court="supreme_court",
         gloss="The Saucier sequence is no longer mandatory: a court may decide either prong first and leave the "
               "other undecided.",
         test="while the sequence set forth there is often appropriate, it should no longer be regarded as "
              "mandatory"),
    rule("qualified_immunity.pearson_prong_two_declinable",
         "prong_two_declinable(C, D) if prong_order_discretionary(C, D)",
         authority="Pearson v. Callahan, 555 U.S. 223, 236 (2009)", decided="2009-01-21", court="supreme_court",
         gloss="Under Pearson a court may leave the clearly-established prong undecided."),
]

PEARSON = ("Pearson v. Callahan, 555 U.S. 223, 236 (2009): a court may decide either prong first, and need not "
           "decide the other")

QUESTIONS = [
    question("qualified_immunity", "Qualified immunity", "qualified_immunity(C, D)", "qualified_immunity_raised(C, D)",
             reached="qualified_immunity_reached(C, D)", holds="immune", fails="not immune", short="Immunity",
             order=60),
    question("clearly_established", "Qualified immunity, prong 2: clearly established law",
             "clearly_established(C, D)", "prongs_decided(C, D)",
             holds="the law was clearly established", fails="the law was not clearly established", short="Prong 2",
             order=61, may_decline=PEARSON, declinable="prong_two_declinable(C, D)"),
    question("violation_shown", "Qualified immunity, prong 1: a violation of the right",
             "right_violated(C, D)", "prongs_decided(C, D)",
             holds="a violation is shown", fails="no violation is shown", short="Prong 1", order=62,
             may_decline=PEARSON, declinable="prong_order_discretionary(C, D)"),
]
