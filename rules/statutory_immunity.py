"""Statutory immunity: a statute that makes the remedy against the United States exclusive.

"The remedy against the United States provided by sections 1346(b) and 2672 of
title 28 ... for damage for personal injury, including death, resulting from
the performance of medical, surgical, dental, or related functions ... by any
commissioned officer or employee of the Public Health Service while acting
within the scope of his office or employment, shall be exclusive of any other
civil action or proceeding by reason of the same subject-matter against the
officer or employee." 42 U.S.C. § 233(a). "Section 233(a) grants absolute
immunity to PHS officers and employees for actions arising out of the
performance of medical or related functions within the scope of their
employment by barring all actions against them for such conduct"; "the
immunity provided by § 233(a) precludes Bivens actions against individual PHS
officers or employees for harms arising out of constitutional violations
committed while acting within the scope of their office or employment." Hui v.
Castaneda, 559 U.S. 799, 806 (2010). The Westfall Act's own exclusivity
provision, by contrast, "shall not extend or apply to a civil action against an
employee of the Government ... brought for a violation of the Constitution"
(28 U.S.C. § 2679(b)(2)(A); Hui, 559 U.S. at 807): where Congress excepts
constitutional claims, the exclusive remedy does not bar a Bivens claim.

A statute's coverage is law (the employees it names, by service, or every
federal employee; the functions it names, or every act within the scope of
employment); what an employee did, and the function it was, are record facts
(`act_function`). The immunity is a defence the defendant asserts
(`asserted_statutory_immunity`) and is a ruling per claim; where it holds, no
Bivens remedy lies (bivens_special_factors reads `remedy_displaced_by_statute`)
and no context or special-factors analysis is needed (Hui, at 807, 810-12:
Carlson does not narrow it).

Not modelled: the Attorney General's scope-of-employment certification and
substitution of the United States (28 U.S.C. §§ 233(c), 2679(d)); the other
statutes that follow § 233(a)'s pattern (e.g. 10 U.S.C. § 1089(a)); the
remedy against the United States itself (ftca_exhaustion, ftca_exceptions).
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    # the record
    pred("asserted_statutory_immunity", "defendant:party",
         "{defendant} asserts that a statute makes the remedy against the United States exclusive of any action "
         "against him or her", RECORD),
    pred("act_function", "act:symbol function:symbol", "{act} was the performance of a {function} function",
         RECORD),
    # law
    pred("exclusive_remedy_statute", "statute:symbol",
         "{statute} makes the remedy against the United States exclusive of any other civil action against the "
         "officer or employee", DERIVED),
    pred("statute_covers_service", "statute:symbol agency:symbol",
         "{statute} covers the officers and employees of {agency}", DERIVED),
    pred("statute_covers_every_employee", "statute:symbol", "{statute} covers every employee of the Government",
         DERIVED),
    pred("statute_covers_function", "statute:symbol function:symbol",
         "{statute} covers injury resulting from the performance of {function} functions", DERIVED),
    pred("statute_covers_every_act", "statute:symbol",
         "{statute} covers any act or omission within the scope of office or employment", DERIVED),
    pred("statute_excepts_constitutional_claims", "statute:symbol",
         "{statute} does not extend to a civil action against an employee for a violation of the Constitution",
         DERIVED),
    pred("function_kind", "function:symbol", "{function} is a kind of function the rule book names (a statute or an immunity doctrine)", DERIVED),
    # derived
    pred("statutory_immunity_asserted", "count:count defendant:party",
         "{defendant} asserts statutory immunity to {count}", DERIVED),
    pred("employee_covered", "statute:symbol defendant:party", "{statute} covers {defendant}", DERIVED),
    pred("conduct_covered", "statute:symbol act:symbol", "{statute} covers {act}", DERIVED),
    pred("claim_preserved", "statute:symbol count:count",
         "{statute} does not reach {count}: it preserves constitutional claims against employees", DERIVED,
         exception=True,
         negated='{statute} reaches {count}: it preserves no constitutional claim here'),
    pred("statutory_immunity", "count:count defendant:party",
         "a statute makes the remedy against the United States exclusive of {count} against {defendant}", DERIVED),
    pred("remedy_displaced_by_statute", "count:count defendant:party",
         "Congress has made another remedy exclusive of {count} against {defendant}", DERIVED, exception=True,
         negated='no statute makes another remedy exclusive of {count} against {defendant}'),
]

HUI = "Hui v. Castaneda, 559 U.S. 799, 806 (2010)"
S233 = ("42 U.S.C. § 233(a) (Emergency Health Personnel Act of 1970, Pub. L. 91-623, § 4, 84 Stat. 1868, 1870)",
        "1970-12-31")
WESTFALL = ("28 U.S.C. § 2679(b) (Federal Employees Liability Reform and Tort Compensation Act of 1988, Pub. L. "
            "100-694, § 5, 102 Stat. 4563, 4564)", "1988-11-18")

# § 233(a): "medical, surgical, dental, or related functions"
FUNCTIONS = ("medical", "surgical", "dental", "related_medical")

RULES = [
    rule("statutory_immunity.section_233a", "exclusive_remedy_statute(section_233a)",
         authority=S233[0], decided=S233[1], court="enacted_law",
         gloss="Section 233(a) makes the FTCA remedy against the United States exclusive of any other civil action "
               "against the officer or employee.",
         test="shall be exclusive of any other civil action or proceeding by reason of the same subject-matter "
              "against the officer or employee"),
    rule("statutory_immunity.section_233a_service", "statute_covers_service(section_233a, public_health_service)",
         authority=S233[0], decided=S233[1], court="enacted_law",
         gloss="Section 233(a) covers the commissioned officers and employees of the Public Health Service."),
    rule("statutory_immunity.westfall_act", "exclusive_remedy_statute(westfall_act)",
         authority=WESTFALL[0], decided=WESTFALL[1], court="enacted_law",
         gloss="The Westfall Act makes the FTCA remedy exclusive of any other civil action against the employee "
               "whose act gave rise to the claim."),
    rule("statutory_immunity.westfall_act_employees", "statute_covers_every_employee(westfall_act)",
         authority=WESTFALL[0] + "; 28 U.S.C. § 2671", decided=WESTFALL[1], court="enacted_law",
         gloss="The Westfall Act covers every employee of the Government."),
    rule("statutory_immunity.westfall_act_acts", "statute_covers_every_act(westfall_act)",
         authority=WESTFALL[0], decided=WESTFALL[1], court="enacted_law",
         gloss="The Westfall Act covers any negligent or wrongful act within the scope of office or employment."),
    rule("statutory_immunity.westfall_act_constitutional_exception",
         "statute_excepts_constitutional_claims(westfall_act)",
         authority="28 U.S.C. § 2679(b)(2)(A); Hui v. Castaneda, 559 U.S. 799, 807 (2010)",
         decided=WESTFALL[1], court="enacted_law",
         gloss="The Westfall Act's exclusivity does not extend to a civil action for a violation of the "
               "Constitution.",
         test="does not extend or apply to a civil action against an employee of the Government which is brought "
              "for a violation of the Constitution of the United States"),
]
for function in FUNCTIONS:
    RULES.append(rule(f"statutory_immunity.section_233a_{function}",
                      f"statute_covers_function(section_233a, {function})",
                      authority=S233[0], decided=S233[1], court="enacted_law",
                      gloss=f"Section 233(a) covers injury from the performance of {function.replace('_', ' ')} "
                            f"functions."))
    RULES.append(rule(f"statutory_immunity.function_{function}", f"function_kind({function})",
                      authority=S233[0], decided=S233[1], court="enacted_law",
                      gloss=f"A {function.replace('_', ' ')} function is one § 233(a) names."))

RULES += [
    rule("statutory_immunity.known_function", "known_symbol(function, F) if function_kind(F)",
         authority=S233[0], decided=S233[1], court="enacted_law",
         gloss="A function a statute names is a known function."),
    rule("statutory_immunity.unknown_function",
         "unknown_symbol(function, F) if act_function(A, F) and not known_symbol(function, F)",
         authority=S233[0], decided=S233[1], court="enacted_law",
         gloss="A function no statute names is named for the author: no exclusive-remedy statute can cover it."),
    rule("statutory_immunity.asserted",
         "statutory_immunity_asserted(C, D) if claim_challenged(C, D) and asserted_statutory_immunity(D)",
         authority="Hui v. Castaneda, 559 U.S. 799, 801-02 (2010) (the defendants moved to dismiss on § 233(a))",
         decided="2010-05-03", court="supreme_court",
         gloss="Statutory immunity is a defence the defendant asserts against a challenged claim."),
    rule("statutory_immunity.service_covered",
         "employee_covered(S, D) if exclusive_remedy_statute(S) and statute_covers_service(S, G)"
         " and member_of_agency(D, G) and federal_officer(D)",
         authority=HUI, decided="2010-05-03", court="supreme_court",
         gloss="A statute naming a service covers its officers and employees."),
    rule("statutory_immunity.every_employee_covered",
         "employee_covered(S, D) if exclusive_remedy_statute(S) and statute_covers_every_employee(S)"
         " and federal_officer(D)",
         authority=WESTFALL[0] + "; 28 U.S.C. § 2671", decided=WESTFALL[1], court="enacted_law",
         gloss="A statute covering every employee of the Government covers each federal officer."),
    rule("statutory_immunity.function_covered",
         "conduct_covered(S, A) if act_function(A, F) and statute_covers_function(S, F)",
         authority=HUI, decided="2010-05-03", court="supreme_court",
         gloss="A statute covers conduct that was the performance of a function it names."),
    rule("statutory_immunity.every_act_covered",
         "conduct_covered(S, A) if count_challenges(C, A) and statute_covers_every_act(S)",
         authority=WESTFALL[0], decided=WESTFALL[1], court="enacted_law",
         gloss="A statute covering every act within the scope of employment covers any act a count challenges."),
    rule("statutory_immunity.constitutional_claims_preserved",
         "claim_preserved(S, C) if statute_excepts_constitutional_claims(S) and count_invokes(C, R)"
         " and right_clause(R, P, K)",
         authority="28 U.S.C. § 2679(b)(2)(A); Hui v. Castaneda, 559 U.S. 799, 807 (2010)",
         decided=WESTFALL[1], court="enacted_law",
         gloss="A statute that excepts constitutional claims leaves a Bivens claim against the employee standing."),
    rule("statutory_immunity.immune",
         "statutory_immunity(C, D) if statutory_immunity_asserted(C, D) and count_challenges(C, A) and performed(D, A)"
         " and employee_covered(S, D) and conduct_covered(S, A) and acted_within_scope_of_employment(D)"
         " and not claim_preserved(S, C)",
         authority=HUI + "; 42 U.S.C. § 233(a)", decided="2010-05-03", court="supreme_court",
         gloss="An employee a statute covers, sued for covered conduct within the scope of employment, is immune: "
               "the remedy against the United States is exclusive, of a Bivens action too.",
         test="the immunity provided by § 233(a) precludes Bivens actions against individual PHS officers or "
              "employees for harms arising out of constitutional violations committed while acting within the "
              "scope of their office or employment"),
    rule("statutory_immunity.displaces_bivens",
         "remedy_displaced_by_statute(C, D) if statutory_immunity(C, D)",
         authority="Hui v. Castaneda, 559 U.S. 799, 806-07, 810-12 (2010)", decided="2010-05-03",
         court="supreme_court",
         gloss="Where a statute makes another remedy exclusive, no Bivens remedy lies, whatever the context."),
]

RULES.append(rule(
    "statutory_immunity.immunity_is_legal",
    "dismissed_on_legal_ground(C, D) if claim_dismissed(C, D) and statutory_immunity(C, D)",
    authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (futility of amendment); Hui v. Castaneda, 559 U.S. 799, "
              "806 (2010)",
    decided="2010-05-03", court="supreme_court",
    gloss="A claim barred because a statute makes another remedy exclusive cannot be cured by pleading more "
          "facts."))

RULES += [
    rule("statutory_immunity.claim_dismissed",
         "claim_dismissed(C, D) if statutory_immunity(C, D)",
         authority=HUI + "; Fed. R. Civ. P. 12(b)(6)", decided="2010-05-03", court="supreme_court",
         gloss="A claim against an employee a statute makes immune is dismissed: the remedy lies against the "
               "United States."),
    rule("statutory_immunity.before_qualified_immunity",
         "claim_fails_before_immunity(C, D) if statutory_immunity(C, D)",
         authority="Hui v. Castaneda, 559 U.S. 799, 806 (2010) (absolute immunity \"by barring all actions\")",
         decided="2010-05-03", court="supreme_court",
         gloss="An employee a statute makes absolutely immune need not rely on qualified immunity."),
]

QUESTIONS = [
    question("statutory_immunity", "Statutory immunity (exclusive remedy)", "statutory_immunity(C, D)",
             "statutory_immunity_asserted(C, D)", holds="immune", fails="not immune", short="Statutory immunity",
             order=49),
]
