"""Jurisdictional discovery.

"Discovery may be appropriately granted where pertinent facts bearing on the
question of jurisdiction are controverted or where a more satisfactory showing
of the facts is necessary." Boschetto, 539 F.3d at 1020. It may be denied
"[w]here a plaintiff's claim of personal jurisdiction appears to be both
attenuated and based on bare allegations in the face of specific denials."
Pebble Beach, 453 F.3d at 1160. "Because the allegations in the FAC have failed
to make a prima facie showing of purposeful direction and a 'but for'
connection ... 'it is wholly speculative that discovery will lead to evidence
necessary.'" A.I.I.L.

Not modelled: the district court's residual discretion (reviewed for abuse);
the rules state when discovery is warranted and when it is speculative.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("prima_facie_showing_made", "forum:symbol",
         "the plaintiffs made a prima facie showing on prongs 1 and 2 for some defendant in {forum}", DERIVED,
         negated='the plaintiffs made no prima facie showing on prongs 1 and 2 for any defendant in {forum}'),
    pred("jurisdictional_facts_controverted", "forum:symbol",
         "pertinent jurisdictional facts are controverted in {forum}", DERIVED,
         negated='no pertinent jurisdictional fact is controverted in {forum}'),
    pred("discovery_would_help", "forum:symbol",
         "discovery could bear on the jurisdictional facts in {forum}", DERIVED),
    pred("discovery_speculative", "forum:symbol",
         "jurisdictional discovery in {forum} is wholly speculative: the claim is attenuated and no prima "
         "facie showing was made", DERIVED, exception=True,
         negated='jurisdictional discovery in {forum} is not wholly speculative'),
    pred("jurisdictional_discovery", "forum:symbol",
         "jurisdictional discovery is granted in {forum}", DERIVED,
         negated='jurisdictional discovery is not granted in {forum}'),
]

RULES = [
    rule("jurisdictional_discovery.prima_facie_showing",
         "prima_facie_showing_made(F) if purposefully_directed_or_availed(D, F) and arises_out_of(D, F)",
         authority="Mavrix Photo, Inc. v. Brand Techs., Inc., 647 F.3d 1218, 1223 (9th Cir. 2011); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 625-26 (1st Cir. 2001)",
         decided="2011", court=("ninth", "first"),
         gloss="A prima facie showing covers purposeful direction and the but-for connection."),
    rule("jurisdictional_discovery.controverted_facts",
         "jurisdictional_facts_controverted(F) if requested_jurisdictional_discovery(F)"
         " and contradicted_by_affidavit(A)",
         authority="Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008); Laub v. U.S. Dep't of the Interior, 342 F.3d 1080, 1093 (9th Cir. 2003) (quoting Butcher's Union Local No. 498 v. SDC Inv., Inc., 788 F.2d 535, 540 (9th Cir. 1986)); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 625-26 (1st Cir. 2001)",
         decided="2001", court=("ninth", "first"),
         gloss="A defense affidavit contradicting a jurisdictional allegation controverts pertinent facts."),
    rule("jurisdictional_discovery.helps_when_controverted",
         "discovery_would_help(F) if jurisdictional_facts_controverted(F)",
         authority="Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008); Laub v. U.S. Dep't of the Interior, 342 F.3d 1080, 1093 (9th Cir. 2003) (quoting Butcher's Union Local No. 498 v. SDC Inv., Inc., 788 F.2d 535, 540 (9th Cir. 1986)); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 625-26 (1st Cir. 2001)",
         decided="2001", court=("ninth", "first"),
         gloss="Discovery may be granted where pertinent jurisdictional facts are controverted."),
    rule("jurisdictional_discovery.helps_when_showing_needed",
         "discovery_would_help(F) if requested_jurisdictional_discovery(F)"
         " and more_satisfactory_showing_needed(F)",
         authority="Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008); Laub v. U.S. Dep't of the Interior, 342 F.3d 1080, 1093 (9th Cir. 2003) (quoting Butcher's Union Local No. 498 v. SDC Inv., Inc., 788 F.2d 535, 540 (9th Cir. 1986)); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 625-26 (1st Cir. 2001)",
         decided="2001", court=("ninth", "first"),
         gloss="Discovery may be granted where a more satisfactory showing of the facts is necessary."),
    rule("jurisdictional_discovery.speculative",
         "discovery_speculative(F) if requested_jurisdictional_discovery(F) and not prima_facie_showing_made(F)"
         " and not jurisdictional_facts_controverted(F)",
         authority="Pebble Beach Co. v. Caddy, 453 F.3d 1151, 1160 (9th Cir. 2006); "
                   "Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 626-27 (1st Cir. 2001)",
         decided="2006", court=("ninth", "first"),
         gloss="Without a prima facie showing and with nothing controverted, discovery is a hunch: "
               "the claim is attenuated.",
         test="both attenuated and based on bare allegations in the face of specific denials"),
    rule("jurisdictional_discovery.granted",
         "jurisdictional_discovery(F) if requested_jurisdictional_discovery(F) and not discovery_speculative(F)"
         " and discovery_would_help(F)",
         authority="Boschetto v. Hansing, 539 F.3d 1011, 1020 (9th Cir. 2008); Laub v. U.S. Dep't of the Interior, 342 F.3d 1080, 1093 (9th Cir. 2003) (quoting Butcher's Union Local No. 498 v. SDC Inv., Inc., 788 F.2d 535, 540 (9th Cir. 1986)); United States v. Swiss Am. Bank, Ltd., 274 F.3d 610, 625-26 (1st Cir. 2001)",
         decided="2001", court=("ninth", "first"),
         gloss="Jurisdictional discovery is granted when it could help and is not speculative."),
]

QUESTIONS = [
    question("jurisdictional_discovery", "Jurisdictional discovery",
             "jurisdictional_discovery(F)", "requested_jurisdictional_discovery(F)",
             holds="granted", fails="denied", short="Discovery", order=30),
]
