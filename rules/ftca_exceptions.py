"""The FTCA's exceptions: the discretionary function, and intentional torts with the law-enforcement proviso.

"The provisions of this chapter and section 1346(b) ... shall not apply to ...
(a) Any claim ... based upon the exercise or performance or the failure to
exercise or perform a discretionary function or duty on the part of a federal
agency or an employee of the Government, whether or not the discretion involved
be abused." 28 U.S.C. § 2680(a). Two steps: the conduct must "involve[] an
element of judgment or choice" — and it does not "when a federal statute,
regulation, or policy specifically prescribes a course of action for an
employee to follow", for "the employee has no rightful option but to adhere to
the directive" (Berkovitz v. United States, 486 U.S. 531, 536 (1988)); and the
judgment must be "of the kind that the discretionary function exception was
designed to shield", grounded in social, economic or political policy (id. at
536-37); "the focus of the inquiry is ... on the nature of the actions taken and
on whether they are susceptible to policy analysis" (United States v. Gaubert,
499 U.S. 315, 325 (1991)).

"(h) Any claim arising out of assault, battery, false imprisonment, false
arrest, malicious prosecution, abuse of process, libel, slander,
misrepresentation, deceit, or interference with contract rights: Provided, That,
with regard to acts or omissions of investigative or law enforcement officers
of the United States Government, the provisions of this chapter and section
1346(b) ... shall apply to any claim arising ... out of assault, battery, false
imprisonment, false arrest, abuse of process, or malicious prosecution."
28 U.S.C. § 2680(h); Millbrook v. United States, 569 U.S. 50, 55-57 (2013) (the
proviso reaches any act of a law-enforcement officer within the scope of
employment, not only searches, seizures and arrests).

Each exception is a ruling per claim and the act it rests on, decided when
the United States asserts it.

Gaubert's presumption (499 U.S. at 324-25): where established policy allows an
agent discretion (the court's finding `discretion_conferred`), the conduct
involves judgment or choice and is presumed grounded in policy unless the
complaint alleges facts that would support the contrary (`presumption_rebutted`);
the exception is not confined to planning-level decisions (at 325-26), so no
rule reads whether an act was "operational".

Not modelled: the other § 2680 exceptions (foreign country, combatant
activities, ...); exhaustion is ftca_exhaustion's.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("ftca_claim_rests_on", "claims:symbol act:symbol", "{claims} rest on {act}", RECORD),
    pred("ftca_exception_asserted", "claims:symbol exception:symbol",
         "the United States argues that the {exception} exception bars {claims}", RECORD),
    pred("directive_prescribed", "act:symbol directive:symbol",
         "{directive}, a federal statute, regulation or policy, specifically prescribed the course of action for "
         "{act}", RECORD),
    pred("claim_arises_out_of", "act:symbol tort:symbol", "the claim on {act} arises out of {tort}", RECORD),
    pred("law_enforcement_officer", "party:party",
         "{party} is an investigative or law enforcement officer of the United States", RECORD),
    pred("involved_judgment_or_choice", "act:symbol", "{act} involved an element of judgment or choice", FINDING),
    pred("susceptible_to_policy_analysis", "act:symbol",
         "the judgment {act} involved is of the kind grounded in social, economic or political policy", FINDING),
    pred("discretion_conferred", "act:symbol directive:symbol",
         "{directive}, an established governmental policy expressed or implied by statute, regulation or agency "
         "guidelines, left {act} to the employee's discretion", FINDING),
    pred("presumption_rebutted", "act:symbol",
         "the complaint alleges facts that would support a finding that {act} is not the kind of conduct that can "
         "be said to be grounded in the policy of the regulatory regime", FINDING),
    pred("policy_presumption_rebutted", "act:symbol",
         "the presumption that {act}, an exercise of discretion policy allows, is grounded in policy is rebutted",
         DERIVED, exception=True,
         negated='the presumption that {act} is grounded in policy is not rebutted'),
    pred("policy_grounded", "act:symbol",
         "the judgment {act} involved is of the kind the discretionary-function exception shields, grounded in "
         "social, economic or political policy", DERIVED),
    pred("intentional_tort_listed", "tort:symbol", "§ 2680(h) lists {tort}", DERIVED),
    pred("proviso_tort", "tort:symbol", "the law-enforcement proviso of § 2680(h) reaches {tort}", DERIVED),
    pred("ftca_exception_at_issue", "claims:symbol act:symbol exception:symbol",
         "the United States argues that the {exception} exception bars {claims}, resting on {act}", DERIVED),
    pred("discretionary_function_at_issue", "claims:symbol act:symbol",
         "the United States argues that the discretionary-function exception bars {claims}, resting on {act}",
         DERIVED),
    pred("intentional_tort_at_issue", "claims:symbol act:symbol",
         "the United States argues that the intentional-tort exception bars {claims}, resting on {act}", DERIVED),
    pred("mandatory_directive", "act:symbol",
         "a federal statute, regulation or policy specifically prescribed the course of action for {act}, so the "
         "employee had no rightful option but to adhere to it", DERIVED, exception=True,
         negated='no federal statute, regulation or policy specifically prescribed the course of action for {act}'),
    pred("discretionary_conduct", "act:symbol", "{act} involved an element of judgment or choice", DERIVED),
    pred("law_enforcement_proviso", "act:symbol",
         "the law-enforcement proviso applies: {act} was an investigative or law enforcement officer's, and the "
         "claim arises out of a tort the proviso names", DERIVED, exception=True,
         negated='the law-enforcement proviso does not apply to {act}'),
    pred("discretionary_function_exception", "claims:symbol act:symbol",
         "the discretionary-function exception bars {claims} resting on {act}", DERIVED),
    pred("intentional_tort_exception", "claims:symbol act:symbol",
         "the intentional-tort exception bars {claims} resting on {act}", DERIVED),
]

INTENTIONAL_TORTS = ("assault", "battery", "false_imprisonment", "false_arrest", "malicious_prosecution",
                     "abuse_of_process", "libel", "slander", "misrepresentation", "deceit",
                     "interference_with_contract_rights")
PROVISO_TORTS = ("assault", "battery", "false_imprisonment", "false_arrest", "abuse_of_process",
                 "malicious_prosecution")

RULES = []
for tort in INTENTIONAL_TORTS:
    RULES.append(rule(f"ftca_exceptions.listed_{tort}", f"intentional_tort_listed({tort})",
                      authority="28 U.S.C. § 2680(h)", decided="1946-08-02",
                      court="enacted_law", gloss=f"The intentional-tort exception lists {tort.replace('_', ' ')}."))
for tort in PROVISO_TORTS:
    RULES.append(rule(f"ftca_exceptions.proviso_{tort}", f"proviso_tort({tort})",
                      authority="28 U.S.C. § 2680(h) (proviso, added by Pub. L. 93-253, § 2 (1974))",
                      decided="1974-03-16",
                      court="enacted_law", gloss=f"The law-enforcement proviso reaches {tort.replace('_', ' ')}."))

RULES += [
    rule("ftca_exceptions.at_issue",
         "ftca_exception_at_issue(X, A, E) if ftca_exception_asserted(X, E) and claims_under_ftca(X)"
         " and ftca_claim_rests_on(X, A)",
         authority="28 U.S.C. § 2680; Berkovitz v. United States, 486 U.S. 531, 535 (1988)", decided="1988-06-13",
         court="enacted_law", gloss="An exception the United States asserts is decided for each act an FTCA claim rests on."),
    rule("ftca_exceptions.discretionary_function_at_issue",
         "discretionary_function_at_issue(X, A) if ftca_exception_at_issue(X, A, discretionary_function)",
         authority="28 U.S.C. § 2680(a)", decided="1946-08-02",
         court="enacted_law", gloss="The discretionary-function exception is decided where the United States asserts it."),
    rule("ftca_exceptions.intentional_tort_at_issue",
         "intentional_tort_at_issue(X, A) if ftca_exception_at_issue(X, A, intentional_tort)",
         authority="28 U.S.C. § 2680(h)", decided="1946-08-02",
         court="enacted_law", gloss="The intentional-tort exception is decided where the United States asserts it."),
    rule("ftca_exceptions.mandatory_directive",
         "mandatory_directive(A) if directive_prescribed(A, Directive)",
         authority="Berkovitz v. United States, 486 U.S. 531, 536, 544 (1988)", decided="1988-06-13",
         court="supreme_court", gloss="Where a statute, regulation or policy specifically prescribes the course of action, the employee "
               "has no discretion to exercise.",
         test="the discretionary function exception will not apply when a federal statute, regulation, or policy "
              "specifically prescribes a course of action for an employee to follow"),
    rule("ftca_exceptions.judgment_or_choice",
         "discretionary_conduct(A) if involved_judgment_or_choice(A) and not mandatory_directive(A)",
         authority="Berkovitz v. United States, 486 U.S. 531, 536 (1988); United States v. Gaubert, 499 U.S. 315, "
                   "322 (1991)",
         decided="1988-06-13",
         court="supreme_court", gloss="Conduct is discretionary when it involves an element of judgment or choice that no directive "
               "took away.",
         test="conduct cannot be discretionary unless it involves an element of judgment or choice"),
    rule("ftca_exceptions.discretion_allowed_by_policy",
         "discretionary_conduct(A) if discretion_conferred(A, Directive) and not mandatory_directive(A)",
         authority="United States v. Gaubert, 499 U.S. 315, 324 (1991)", decided="1991-03-26",
         court="supreme_court",
         gloss="Conduct that established policy, expressed or implied by statute, regulation or guidelines, leaves "
               "to the employee's discretion involves an element of judgment or choice."),
    rule("ftca_exceptions.susceptible_to_policy_analysis",
         "policy_grounded(A) if susceptible_to_policy_analysis(A)",
         authority="Berkovitz v. United States, 486 U.S. 531, 536-37 (1988); United States v. Gaubert, 499 U.S. "
                   "315, 325 (1991)",
         decided="1988-06-13", court="supreme_court",
         gloss="Judgment grounded in social, economic or political policy is the kind the exception was designed "
               "to shield.",
         test="the discretionary function exception insulates the Government from liability if the action "
              "challenged in the case involves the permissible exercise of policy judgment"),
    rule("ftca_exceptions.presumed_grounded_in_policy",
         "policy_grounded(A) if discretion_conferred(A, Directive) and not policy_presumption_rebutted(A)",
         authority="United States v. Gaubert, 499 U.S. 315, 324-25 (1991)", decided="1991-03-26",
         court="supreme_court",
         gloss="Where established policy allows an agent discretion, the agent's acts are presumed grounded in "
               "policy — day-to-day operational decisions too — unless the complaint alleges facts to the "
               "contrary.",
         test="When established governmental policy, as expressed or implied by statute, regulation, or agency "
              "guidelines, allows a Government agent to exercise discretion, it must be presumed that the agent's "
              "acts are grounded in policy when exercising that discretion"),
    rule("ftca_exceptions.presumption_rebutted",
         "policy_presumption_rebutted(A) if presumption_rebutted(A)",
         authority="United States v. Gaubert, 499 U.S. 315, 324-25 (1991)", decided="1991-03-26",
         court="supreme_court",
         gloss="A complaint that alleges facts supporting a finding that the conduct is not grounded in the "
               "regulatory regime's policy rebuts the presumption.",
         test="it must allege facts which would support a finding that the challenged actions are not the kind of "
              "conduct that can be said to be grounded in the policy of the regulatory regime"),
    rule("ftca_exceptions.discretionary_function",
         "discretionary_function_exception(X, A) if discretionary_function_at_issue(X, A)"
         " and discretionary_conduct(A) and policy_grounded(A)",
         authority="28 U.S.C. § 2680(a); Berkovitz v. United States, 486 U.S. 531, 536-37 (1988); United States v. "
                   "Gaubert, 499 U.S. 315, 322-25 (1991)",
         decided="1988-06-13",
         court="enacted_law", gloss="The exception bars a claim on discretionary conduct whose judgment is grounded in public policy.",
         test="based upon the exercise or performance or the failure to exercise or perform a discretionary "
              "function or duty"),
    rule("ftca_exceptions.law_enforcement_proviso",
         "law_enforcement_proviso(A) if claim_arises_out_of(A, T) and proviso_tort(T) and performed(P, A)"
         " and law_enforcement_officer(P)",
         authority="28 U.S.C. § 2680(h) (proviso); Millbrook v. United States, 569 U.S. 50, 55-57 (2013)",
         decided="2013-04-16",
         court="enacted_law", gloss="The United States answers for the assault, battery, false imprisonment, false arrest, abuse of "
               "process or malicious prosecution of its law enforcement officers."),
    rule("ftca_exceptions.intentional_tort",
         "intentional_tort_exception(X, A) if intentional_tort_at_issue(X, A)"
         " and claim_arises_out_of(A, T) and intentional_tort_listed(T) and not law_enforcement_proviso(A)",
         authority="28 U.S.C. § 2680(h); Millbrook v. United States, 569 U.S. 50, 52 (2013)", decided="1974-03-16",
         court="enacted_law", gloss="The exception bars a claim arising out of an intentional tort § 2680(h) lists, unless the "
               "law-enforcement proviso brings it back.",
         test="Any claim arising out of assault, battery, false imprisonment, false arrest, malicious prosecution, "
              "abuse of process, libel, slander, misrepresentation, deceit, or interference with contract rights"),
]

QUESTIONS = [
    question("discretionary_function", "FTCA: discretionary-function exception",
             "discretionary_function_exception(X, A)", "discretionary_function_at_issue(X, A)",
             holds="barred", fails="not barred", short="§ 2680(a)", order=81),
    question("intentional_tort_exception", "FTCA: intentional-tort exception",
             "intentional_tort_exception(X, A)", "intentional_tort_at_issue(X, A)",
             holds="barred", fails="not barred", short="§ 2680(h)", order=82),
]
