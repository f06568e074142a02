"""General jurisdiction — decided only when the plaintiffs argue it.

"A nonresident's contacts with the forum may allow a district court to exercise
either general or specific personal jurisdiction." In re W. States, 715 F.3d at
741. "Plaintiffs do not argue that general jurisdiction exists here" (A.I.I.L.
fn. 11), so the court does not reach it; for an individual, general
jurisdiction lies where he is domiciled.

Not modelled: general jurisdiction over entities (place of incorporation and
principal place of business).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("general_jurisdiction_argued", "defendant:party forum:symbol",
         "the plaintiffs argue general jurisdiction over {defendant} in {forum}", DERIVED),
    pred("general_jurisdiction", "defendant:party forum:symbol",
         "the court has general jurisdiction over {defendant} in {forum}", DERIVED),
]

RULES = [
    rule("general_jurisdiction.only_when_argued",
         "general_jurisdiction_argued(D, F) if personal_jurisdiction_contested(D, F)"
         " and argued_general_jurisdiction(D)",
         authority="Pebble Beach Co. v. Caddy, 453 F.3d 1151, 1154 (9th Cir. 2006)",
         decided="2006", court="ninth",
         gloss="The plaintiff bears the burden; a basis for jurisdiction the plaintiff does not argue is "
               "not decided."),
    rule("general_jurisdiction.domicile",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and domiciled_in(D, F)",
         authority="In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741 (9th Cir. 2013); "
                   "Daimler AG v. Bauman, 571 U.S. 117, 125 (2014)",
         decided="2014-01-14", court="ninth",
         gloss="An individual is subject to general jurisdiction where domiciled."),
]

QUESTIONS = [
    question("general_jurisdiction", "General personal jurisdiction",
             "general_jurisdiction(D, F)", "personal_jurisdiction_contested(D, F)",
             reached="general_jurisdiction_argued(D, F)", holds="jurisdiction", fails="no jurisdiction",
             not_reached="not at issue", short="General PJ", order=10),
]
