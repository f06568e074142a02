"""Sovereign immunity of the United States and its agencies: waiver, and the FTCA's exclusivity.

"Absent a waiver, sovereign immunity shields the Federal Government and its
agencies from suit. ... Sovereign immunity is jurisdictional in nature." FDIC
v. Meyer, 510 U.S. 471, 475 (1994). A sue-and-be-sued clause waives an agency's
immunity, and is "liberally construed" (id. at 480, citing Federal Housing
Admin. v. Burr, 309 U.S. 242, 245 (1940)) — except that "[t]he authority of any
federal agency to sue and be sued in its own name shall not be construed to
authorize suits against such federal agency on claims which are cognizable
under section 1346(b)" (28 U.S.C. § 2679(a)): for those the FTCA's remedy
against the United States is exclusive. A claim is cognizable under § 1346(b)
only if the United States would be liable as "a private person" "in accordance
with the law of the place where the act or omission occurred", which means
the law of the State; "federal law, not state law, provides the source of
liability for a claim alleging the deprivation of a federal constitutional
right", so "the United States simply has not rendered itself liable under
§ 1346(b) for constitutional tort claims" (Meyer, at 477-78). An official sued
in an official capacity is the entity (Kentucky v. Graham, 473 U.S. 159, 165-66
(1985)).

The questions are per claim against an agency (or an official sued in an
official capacity) that asserts its immunity: whether the FTCA's remedy is
exclusive of the claim (`ftca_exclusive_remedy`), and whether immunity is
waived (`sovereign_immunity_waived`). Whether a Bivens remedy lies against the
agency is step two's (bivens_special_factors: an agency defendant, Meyer at
484-86).

Not modelled: waivers other than a sue-and-be-sued clause and the FTCA's own
(§ 1346(b)); a "clear" showing that Congress meant to limit a sue-and-be-sued
clause (Meyer, at 480-81: none was attempted); Eleventh Amendment immunity of
the States; the Tucker Act; the Administrative Procedure Act's waiver for
relief other than money damages (5 U.S.C. § 702).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    # the record
    pred("federal_agency", "party:party", "{party} is an agency of the United States, sued in its own name", RECORD),
    pred("sued_in_official_capacity", "party:party", "{party} is a federal official sued in an official capacity",
         RECORD),
    pred("sue_and_be_sued_clause", "party:party", "the statute that creates {party} lets it sue and be sued",
         RECORD),
    pred("asserted_sovereign_immunity", "defendant:party", "{defendant} asserts the sovereign immunity of the United "
                                                           "States", RECORD),
    # derived
    pred("sovereign_defendant", "party:party",
         "{party} is the United States' agency, or an official sued in an official capacity", DERIVED),
    pred("sovereign_immunity_asserted", "count:count defendant:party",
         "{defendant}, a federal agency or official sued in an official capacity, asserts sovereign immunity to "
         "{count}", DERIVED),
    pred("cognizable_under_1346b", "count:count",
         "{count} is a claim for which the United States would be liable as a private person under the law of "
         "the place (28 U.S.C. § 1346(b))", DERIVED),
    pred("ftca_exclusive_remedy", "count:count defendant:party",
         "the FTCA's remedy against the United States is exclusive of {count} against {defendant} (28 U.S.C. "
         "§ 2679(a))", DERIVED, exception=True,
         negated="the FTCA's remedy is not exclusive of {count} against {defendant}"),
    pred("sovereign_immunity_waived", "count:count defendant:party",
         "Congress has waived the sovereign immunity of {defendant} for {count}", DERIVED),
]

MEYER = "FDIC v. Meyer, 510 U.S. 471"

RULES = [
    rule("sovereign_immunity.official_capacity_is_the_entity",
         "sovereign_defendant(D) if sued_in_official_capacity(D)",
         authority="Kentucky v. Graham, 473 U.S. 159, 165-66 (1985); " + MEYER + ", 475 (1994)",
         decided="1985-06-28", court="supreme_court",
         gloss="A suit against an official in an official capacity is a suit against the entity of which the "
               "official is an agent.",
         test="official-capacity suits generally represent only another way of pleading an action against an "
              "entity of which an officer is an agent"),
    rule("sovereign_immunity.agency",
         "sovereign_defendant(D) if federal_agency(D)",
         authority=MEYER + ", 475 (1994) (citing Loeffler v. Frank, 486 U.S. 549, 554 (1988))",
         decided="1988-05-31", court="supreme_court",
         gloss="Sovereign immunity shields the Federal Government and its agencies."),
    rule("sovereign_immunity.asserted",
         "sovereign_immunity_asserted(C, D) if claim_challenged(C, D) and sovereign_defendant(D)"
         " and asserted_sovereign_immunity(D)",
         authority=MEYER + ", 475 (1994) (sovereign immunity is jurisdictional)",
         decided="1994-02-23", court="supreme_court",
         gloss="A federal agency (or an official sued in an official capacity) that asserts sovereign immunity "
               "puts the waiver in issue for each claim against it."),
    rule("sovereign_immunity.cognizable_state_law_tort",
         "cognizable_under_1346b(C) if count_invokes(C, R) and statutory_right(R, ftca)",
         authority="28 U.S.C. § 1346(b)(1); " + MEYER + ", 477-78 (1994)",
         decided="1946-08-02", court="enacted_law",
         gloss="A tort claim for which a private person would be liable under the law of the place is cognizable "
               "under § 1346(b).",
         test="under circumstances where the United States, if a private person, would be liable to the claimant "
              "in accordance with the law of the place where the act or omission occurred"),
    rule("sovereign_immunity.ftca_exclusive",
         "ftca_exclusive_remedy(C, D) if sovereign_immunity_asserted(C, D) and cognizable_under_1346b(C)",
         authority="28 U.S.C. § 2679(a); " + MEYER + ", 476-77 (1994)",
         decided="1946-08-02", court="enacted_law",
         gloss="For a claim cognizable under § 1346(b), the FTCA's remedy against the United States is exclusive: "
               "an agency's power to sue and be sued does not authorise the suit.",
         test="shall not be construed to authorize suits against such federal agency on claims which are "
              "cognizable under section 1346(b)"),
    rule("sovereign_immunity.sue_and_be_sued_waiver",
         "sovereign_immunity_waived(C, D) if sovereign_immunity_asserted(C, D) and sue_and_be_sued_clause(D)"
         " and not ftca_exclusive_remedy(C, D)",
         authority=MEYER + ", 475-83 (1994); Federal Housing Admin. v. Burr, 309 U.S. 242, 245 (1940)",
         decided="1994-02-23", court="supreme_court",
         gloss="A sue-and-be-sued clause waives an agency's immunity for a claim — a constitutional tort claim "
               "too — that is not cognizable under § 1346(b).",
         test="By permitting FSLIC to sue and be sued, Congress effected a broad waiver of FSLIC's immunity from "
              "suit"),
]

QUESTIONS = [
    question("ftca_exclusive_remedy", "FTCA as the exclusive remedy (§ 2679(a))", "ftca_exclusive_remedy(C, D)",
             "sovereign_immunity_asserted(C, D)", holds="exclusive", fails="not cognizable under § 1346(b)",
             short="§ 2679(a)", order=46),
    question("sovereign_immunity_waived", "Sovereign immunity: waiver", "sovereign_immunity_waived(C, D)",
             "sovereign_immunity_asserted(C, D)", holds="waived", fails="immune", short="Waiver", order=47),
]
