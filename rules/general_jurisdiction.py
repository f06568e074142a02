"""General jurisdiction — decided only when the plaintiffs argue it.

"A nonresident's contacts with the forum may allow a district court to exercise
either general or specific personal jurisdiction." In re W. States, 715 F.3d at
741. "Plaintiffs do not argue that general jurisdiction exists here" (A.I.I.L.
fn. 11), so the court does not reach it; for an individual, general
jurisdiction lies where he is domiciled.

A corporation is "at home" where it is incorporated and where it has its
principal place of business (Goodyear Dunlop Tires Operations, S.A. v. Brown,
564 U.S. 915, 924 (2011); Daimler, 571 U.S. at 137); elsewhere only in "an
exceptional case" (Daimler, 571 U.S. at 139 n.19, Perkins v. Benguet), a
finding the court makes; substantial sales in a state do not make it at home
(Daimler, at 139). Since Mallory v. Norfolk Southern Railway Co., 600 U.S. 122
(2023), a corporation that registers to do business under a statute that
conditions registration on consent to general jurisdiction has consented to it.

Not modelled: imputing a subsidiary's contacts to its parent (Daimler left
the agency theory rejected); unincorporated associations' homes.
"""
from lexcheck.engine.rulebook import limit, question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

# The kinds of party whose home general jurisdiction asks about are the closed vocabulary `party_kind`,
# declared in record with the party's `kind:` fact.

PREDICATES = [
    pred("general_jurisdiction_argued", "defendant:party forum:symbol",
         "the plaintiffs argue general jurisdiction over {defendant} in {forum}", DERIVED),
    pred("general_jurisdiction", "defendant:party forum:symbol",
         "the court has general jurisdiction over {defendant} in {forum}", DERIVED),
    pred("incorporated_in", "party:party state:place", "{party} is incorporated in {state}", RECORD),
    pred("principal_place_of_business_in", "party:party state:place",
         "{party}'s principal place of business is in {state}", RECORD),
    pred("substantial_business_in", "party:party state:place",
         "{party} does substantial, continuous business in {state}", RECORD),
    pred("exceptional_case_at_home", "defendant:party",
         "{defendant}'s operations in the forum are so substantial that this is an exceptional case in which "
         "it is at home there", FINDING),
    pred("registered_to_do_business_in", "party:party state:state",
         "{party} registered to do business in {state}", RECORD),
    pred("registration_is_consent_to_jurisdiction", "state:symbol",
         "{state}'s registration statute conditions registration on consent to general jurisdiction", DERIVED),
]

RULES = [
    rule("general_jurisdiction.only_when_argued",
         "general_jurisdiction_argued(D, F) if personal_jurisdiction_contested(D, F)"
         " and argued_general_jurisdiction(D)",
         authority="Fed. R. Civ. P. 12(b)(2); Pebble Beach Co. v. Caddy, 453 F.3d 1151, 1154 (9th Cir. 2006)",
         decided="1938", court="enacted_law",
         gloss="The plaintiff bears the burden; a basis for jurisdiction the plaintiff does not argue is "
               "not decided."),
    rule("general_jurisdiction.domicile",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and domiciled_in(D, F)",
         authority="Milliken v. Meyer, 311 U.S. 457, 462-63 (1940); In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741 (9th Cir. 2013); "
                   "Daimler AG v. Bauman, 571 U.S. 117, 125 (2014)",
         decided="1940-12-16", court="supreme_court",
         gloss="An individual is subject to general jurisdiction where domiciled."),
    rule("general_jurisdiction.place_of_incorporation",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and incorporated_in(D, F)",
         authority="Goodyear Dunlop Tires Operations, S.A. v. Brown, 564 U.S. 915, 924 (2011); "
                   "Daimler AG v. Bauman, 571 U.S. 117, 137 (2014)",
         decided="2011-06-27", court="supreme_court",
         gloss="A corporation is at home, and subject to general jurisdiction, where it is incorporated.",
         test="paradigm all-purpose forums"),
    rule("general_jurisdiction.principal_place_of_business",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and principal_place_of_business_in(D, F)",
         authority="Goodyear Dunlop Tires Operations, S.A. v. Brown, 564 U.S. 915, 924 (2011); "
                   "Daimler AG v. Bauman, 571 U.S. 117, 137 (2014)",
         decided="2011-06-27", court="supreme_court",
         gloss="A corporation is at home where it has its principal place of business."),
    rule("general_jurisdiction.exceptional_case",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and incorporated_in(D, Elsewhere)"
         " and exceptional_case_at_home(D)",
         authority="Daimler AG v. Bauman, 571 U.S. 117, 139 n.19 (2014) (citing Perkins v. Benguet "
                   "Consol. Mining Co., 342 U.S. 437 (1952))",
         decided="2014-01-14", court="supreme_court",
         gloss="In an exceptional case a corporation's operations outside its state of incorporation may be "
               "so substantial as to make it at home there (an individual's home is his domicile)."),
    rule("general_jurisdiction.consent_by_registration",
         "general_jurisdiction(D, F) if general_jurisdiction_argued(D, F) and registered_to_do_business_in(D, F)"
         " and registration_is_consent_to_jurisdiction(F)",
         authority="Mallory v. Norfolk S. Ry. Co., 600 U.S. 122, 134-36 (2023)",
         decided="2023-06-27", court="supreme_court",
         gloss="A corporation that registers under a statute requiring consent to general jurisdiction has "
               "consented to it."),
    rule("general_jurisdiction.pennsylvania_registration_statute",
         "registration_is_consent_to_jurisdiction(pennsylvania)",
         authority="42 Pa. Cons. Stat. § 5301(a)(2)(i), (b); Mallory v. Norfolk S. Ry. Co., 600 U.S. 122, 134 (2023)",
         decided="2023-06-27", court="enacted_law",
         gloss="Pennsylvania's registration statute makes registration consent to general jurisdiction."),
]

LIMITS = [
    limit("general_jurisdiction.substantial_sales_alone",
          "general_jurisdiction(D, F)", "substantial_business_in(D, F)",
          authority="Daimler AG v. Bauman, 571 U.S. 117, 139 & n.20 (2014)",
          decided="2014-01-14", court="supreme_court",
          gloss="doing substantial, continuous business in a state does not by itself make a corporation at "
                "home there"),
]

QUESTIONS = [
    question("general_jurisdiction", "General personal jurisdiction",
             "general_jurisdiction(D, F)", "personal_jurisdiction_contested(D, F)",
             reached="general_jurisdiction_argued(D, F)", holds="jurisdiction", fails="no jurisdiction",
             not_reached="not at issue", short="General PJ", order=10),
]
