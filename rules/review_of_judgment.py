"""Review of a judgment after trial: an appeal that contests whether the claim lies puts it at issue.

"The courts of appeals ... shall have jurisdiction of appeals from all final
decisions of the district courts" (28 U.S.C. § 1291); a party against whom a
judgment is entered on a verdict may contest on appeal that the claim can be
maintained at all under the controlling law (Fed. R. Civ. P. 50(a), (b);
Unitherm Food Sys., Inc. v. Swift-Eckrich, Inc., 546 U.S. 394, 399-404 (2006)
for preserving a sufficiency challenge). FDIC v. Meyer, 510 U.S. 471, 474
(1994) (FDIC, FSLIC's successor, appealed the judgment on the jury's verdict;
the Supreme Court decided whether FSLIC's immunity was waived and whether a
Bivens action lay against it); Bray v. Alexandria Women's Health Clinic, 506
U.S. 263, 266-67 (1993) (the petitioners appealed the judgment after trial on
the § 1985(3) claim).

A claim so contested is *challenged* (`claim_challenged`), as on a motion to
dismiss or for summary judgment, and every merits question about it is at
issue: whether a remedy lies, immunity, the elements.

Not modelled: preservation (a Rule 50 motion at trial) and the standard of
review of the jury's findings; the appellate disposition (affirm, reverse,
vacate, remand), which is the appellate-posture doctrine's; a judgment entered
against only some defendants.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import RECORD, pred

PREDICATES = [
    pred("judgment_challenged_on_appeal", "defendant:party count:count",
         "{defendant} appeals the judgment entered against it on {count} after trial, contesting that the claim lies",
         RECORD),
]

RULES = [
    rule("review_of_judgment.claim_challenged_on_appeal",
         "claim_challenged(C, D) if count_against(C, D) and judgment_challenged_on_appeal(D, C)"
         " and count_invokes(C, R) and known_symbol(right, R)",
         authority="28 U.S.C. § 1291; Fed. R. Civ. P. 50(a), (b) (1938); FDIC v. Meyer, 510 U.S. 471, 474 (1994); "
                   "Bray v. Alexandria Women's Health Clinic, 506 U.S. 263, 266-67 (1993)",
         decided="1948-06-25", court="enacted_law",
         gloss="A count on a right the rule book knows is at issue against a defendant who appeals the judgment "
               "entered on it after trial, contesting that the claim lies."),
]
