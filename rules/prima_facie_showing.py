"""Burden and standard on a Rule 12(b)(2) motion decided on written materials.

"Where ... the defendant's motion is based on written materials rather than an
evidentiary hearing, the plaintiff need only make a prima facie showing of
jurisdictional facts ... uncontroverted allegations in the complaint must be
taken as true." Mavrix, 647 F.3d at 1223. "The Court may not assume the truth
of allegations in a pleading that are contradicted by an affidavit, but factual
disputes are resolved in Plaintiff's favor." Id. (quoting Data Disc). And
"Plaintiffs cannot amend their pleading through an opposition brief."
Schneider, 151 F.3d at 1197 n.1.

Not modelled: the later preponderance showing at a hearing or trial (Data Disc,
557 F.2d at 1285 n.2) — no case here reached it.
"""
from lexcheck.engine.rulebook import limit, rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("accepted_as_true", "act:symbol", "the allegation of {act} is taken as true", DERIVED),
]

RULES = [
    rule("prima_facie_showing.uncontroverted_allegation",
         "accepted_as_true(A) if pleaded_in_complaint(A) and not contradicted_by_affidavit(A)",
         authority="Fed. R. Civ. P. 12(b)(2) (decided on the papers); Data Disc, Inc. v. Sys. Tech. Assocs., Inc., 557 F.2d 1280, 1285 (9th Cir. 1977); Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1223 (9th Cir. 2011); Mass. Sch. of Law at Andover, Inc. v. Am. Bar Ass'n, 142 F.3d 26, 34 (1st Cir. 1998)",
         decided="1938", court="enacted_law",
         gloss="An allegation in the complaint that no affidavit contradicts is taken as true.",
         test="uncontroverted allegations in the complaint must be taken as true"),
    rule("prima_facie_showing.disputes_resolved_for_plaintiff",
         "accepted_as_true(A) if pleaded_in_complaint(A) and contradicted_by_affidavit(A)"
         " and plaintiff_evidence_supports(A)",
         authority="Fed. R. Civ. P. 12(b)(2) (decided on the papers); Mavrix, 647 F.3d at 1223 (quoting Data Disc, Inc. v. Sys. Tech. Assocs., Inc., "
                   "557 F.2d 1280, 1284 (9th Cir. 1977)); Foster-Miller, Inc. v. Babcock & Wilcox Can., 46 F.3d 138, 145 (1st Cir. 1995)",
         decided="1938", court="enacted_law",
         gloss="A contradicted allegation still counts when the plaintiff's own evidence supports it: "
               "factual disputes are resolved in the plaintiff's favour.",
         test="factual disputes are resolved in Plaintiff's favor"),
]

LIMITS = [
    limit("prima_facie_showing.brief_cannot_amend",
          "accepted_as_true(A)", "asserted_in_brief(A)",
          authority="Schneider v. California Dep't of Corr., 151 F.3d 1194, 1197 n.1 (9th Cir. 1998)",
          decided="1998", court="ninth",
          gloss="an allegation made only in an opposition brief cannot amend the complaint"),
]
