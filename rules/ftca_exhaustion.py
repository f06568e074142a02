"""FTCA exhaustion: no suit before the administrative claim.

"An action shall not be instituted upon a claim against the United States for
money damages ... unless the claimant shall have first presented the claim to
the appropriate Federal agency" and it has been denied. 28 U.S.C. § 2675(a);
McNeil v. United States, 508 U.S. 106, 113 (1993). "Plaintiffs' first
Complaint in this case was filed on September 5, 2018. ... Plaintiffs did not
present their administrative tort claims pursuant to the FTCA until October 9,
2018." K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 31 (citing Schneider v. Kissinger, 310 F. Supp.
2d 251, 269-70 (D.D.C. 2004): "[a]llowing claimants generally to bring suit
under the FTCA before exhausting their administrative remedies and to cure the
jurisdictional defect by filing an amended complaint would render the
exhaustion requirement meaningless").

Claims are premature when the action was commenced before the administrative
claim was presented; leave_to_amend reads that as a defect amendment cannot
cure.

Not modelled: whether an administrative claim was ever properly presented
(K.O. left it open); the six-month deemed denial; the limitation periods of
28 U.S.C. § 2401(b).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("action_commenced_on", "date:date", "this action was commenced on {date}", RECORD),
    pred("administrative_claim_presented_on", "claims:symbol date:date",
         "the administrative claim for {claims} was presented on {date}", RECORD),
    pred("exhaustion_contested", "claims:symbol",
         "the United States argues that {claims} were not exhausted before suit", RECORD),
    pred("premature_ftca_claims", "claims:symbol",
         "{claims} were brought in an action commenced before the administrative claim was presented", DERIVED,
         exception=True,
         negated='{claims} were not brought before the administrative claim was presented'),
]

RULES = [
    rule("ftca_exhaustion.suit_before_claim",
         "premature_ftca_claims(X) if claims_under_ftca(X) and administrative_claim_presented_on(X, Presented)"
         " and action_commenced_on(Filed) and Filed < Presented",
         authority="28 U.S.C. § 2675(a); McNeil v. United States, 508 U.S. 106, 113 (1993)",
         decided="1993", court="enacted_law",
         gloss="An FTCA action may not be instituted before the claim is presented to the agency; an action "
               "commenced earlier is premature.",
         test="An action shall not be instituted upon a claim against the United States ... unless the claimant "
              "shall have first presented the claim to the appropriate Federal agency"),
]

QUESTIONS = [
    question("ftca_exhaustion", "FTCA: suit before the administrative claim", "premature_ftca_claims(X)",
             "exhaustion_contested(X)", holds="premature", fails="exhausted", order=80),
]
