"""Summary judgment: judgment on the record, not the pleadings.

"The court shall grant summary judgment if the movant shows that there is no
genuine dispute as to any material fact and the movant is entitled to judgment
as a matter of law." Fed. R. Civ. P. 56(a); Celotex Corp. v. Catrett, 477 U.S.
317, 322-23 (1986). On qualified immunity the court views the evidence "in the
light most favorable to the opposing party" and may not resolve genuine
disputes of fact in favor of the party seeking summary judgment. Tolan v.
Cotton, 572 U.S. 650, 656-57 (2014) (per curiam). A fully briefed motion for
summary judgment puts the claims it challenges at issue (procedural_rulings),
and every merits question is then decided on the record: the court's findings
(`constitutional_violation_pleaded` reads "the facts shown") are findings on
the record.

So: summary judgment is granted on a claim that fails as a matter of law (no
Bivens remedy; immunity), and denied on one that survives. A genuine dispute of
material fact is the court's finding (`genuine_dispute_of_material_fact`): the
facts in dispute, taken the non-movant's way, make out the violation the count
alleges, so the violation prong is met for summary judgment — and the officer
is immune only if the law was not clearly established on the plaintiff's
version of the facts.

Not modelled: the burden of production (Celotex's "pointing out" the absence of
evidence); partial summary judgment beyond claim by claim; Rule 56(d)
discovery; a video that "blatantly contradicts" one version (Scott v. Harris,
550 U.S. 372, 380 (2007)) — the court's finding of no genuine dispute stands
for it.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, pred

PREDICATES = [
    pred("genuine_dispute_of_material_fact", "count:count defendant:party",
         "a genuine dispute of material fact remains whether {defendant} did what, on the plaintiff's version of "
         "the record, violates the right {count} invokes", FINDING,
         negated="no genuine dispute of material fact remains on whether {defendant} violated the right {count} "
                 "invokes"),
    pred("summary_judgment_sought", "count:count defendant:party",
         "{defendant}'s fully briefed motion for summary judgment challenges {count}", DERIVED),
    pred("summary_judgment_granted", "count:count defendant:party",
         "summary judgment is granted to {defendant} on {count}", DERIVED,
         negated="summary judgment is denied to {defendant} on {count}"),
]

RULES = [
    rule("summary_judgment.sought",
         "summary_judgment_sought(C, D) if claim_challenged(C, D) and moved_for_summary_judgment(D, M)"
         " and fully_briefed(M)",
         authority="Fed. R. Civ. P. 56(a); Celotex Corp. v. Catrett, 477 U.S. 317, 322-23 (1986)",
         decided="1986-06-25", court="enacted_law",
         gloss="A fully briefed motion for summary judgment asks for judgment on each claim it challenges.",
         test="a party may move for summary judgment, identifying each claim or defense ... on which summary "
              "judgment is sought"),
    rule("summary_judgment.disputed_facts_for_the_nonmovant",
         "right_violated(C, D) if constitutional_claim(C, D) and summary_judgment_sought(C, D)"
         " and genuine_dispute_of_material_fact(C, D)",
         authority="Tolan v. Cotton, 572 U.S. 650, 656-57 (2014) (per curiam); Anderson v. Liberty Lobby, Inc., "
                   "477 U.S. 242, 255 (1986)",
         decided="2014-05-05", court="supreme_court",
         gloss="On summary judgment a genuine dispute over facts that, the plaintiff's way, make out a violation "
               "is resolved for the plaintiff: the violation prong is met.",
         test="courts may not resolve genuine disputes of fact in favor of the party seeking summary judgment"),
    rule("summary_judgment.granted",
         "summary_judgment_granted(C, D) if summary_judgment_sought(C, D) and claim_dismissed(C, D)",
         authority="Fed. R. Civ. P. 56(a); Celotex Corp. v. Catrett, 477 U.S. 317, 322-23 (1986)",
         decided="1986-06-25", court="enacted_law",
         gloss="Summary judgment is granted on a claim that fails as a matter of law.",
         test="the movant is entitled to judgment as a matter of law"),
]

QUESTIONS = [
    question("summary_judgment", "Summary judgment", "summary_judgment_granted(C, D)", "summary_judgment_sought(C, D)",
             holds="granted", fails="denied", short="Summary judgment", order=92),
]
