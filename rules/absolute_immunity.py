"""Absolute immunities: prosecutorial, legislative and judicial — by the function performed.

"[I]mmunity is justified and defined by the functions it protects and serves,
not by the person to whom it attaches." Forrester v. White, 484 U.S. 219, 227
(1988); Buckley v. Fitzsimmons, 509 U.S. 259, 269 (1993) (the "functional
approach"). A prosecutor is absolutely immune "in initiating a prosecution and
in presenting the State's case", activities "intimately associated with the
judicial phase of the criminal process" (Imbler v. Pachtman, 424 U.S. 409,
430-31 (1976)) — not for investigative or administrative work (Buckley, 509
U.S. at 273). Legislators are absolutely immune for "legislative activities"
(Tenney v. Brandhove, 341 U.S. 367, 376 (1951)), local legislators too;
"[w]hether an act is legislative turns on the nature of the act, rather than on
the motive or intent of the official performing it" (Bogan v. Scott-Harris, 523
U.S. 44, 54 (1998)); for Members of Congress the Speech or Debate Clause (U.S.
Const. art. I, § 6, cl. 1). A judge is absolutely immune for judicial acts
("a function normally performed by a judge") unless taken "in the clear absence
of all jurisdiction" (Stump v. Sparkman, 435 U.S. 349, 356-57, 362 (1978);
Bradley v. Fisher, 80 U.S. (13 Wall.) 335, 351 (1872)); not for administrative
acts such as firing an employee (Forrester, 484 U.S. at 229-30).

The function an act performed is a record fact (`act_function`, shared with
statutory_immunity); which functions carry absolute immunity is law. The
immunity is a defence the defendant asserts, one ruling per claim; where it
holds, the claim is dismissed and qualified immunity is not reached.

Not modelled: witnesses' immunity (Briscoe v. LaHue); quasi-judicial
officers beyond the judicial function; the official's burden to show that
absolute immunity is justified for the function (Burns v. Reed, 500 U.S. 478,
486 (1991)) beyond the function's classification; immunity from injunctive
relief.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, FINDING, RECORD, pred

PREDICATES = [
    pred("asserted_absolute_immunity", "defendant:party", "{defendant} asserts absolute immunity", RECORD),
    pred("clear_absence_of_jurisdiction", "act:symbol", "{act} was taken in the clear absence of all jurisdiction",
         FINDING),
    pred("absolutely_immune_function", "function:symbol immunity:symbol",
         "the performance of a {function} function carries {immunity} absolute immunity", DERIVED),
    pred("absolute_immunity_asserted", "count:count defendant:party",
         "{defendant} asserts absolute immunity to {count}", DERIVED),
    pred("immunity_forfeited", "act:symbol",
         "{act} was taken in the clear absence of all jurisdiction, so judicial immunity does not cover it", DERIVED,
         exception=True,
         negated='{act} was not taken in the clear absence of all jurisdiction'),
    pred("absolute_immunity", "count:count defendant:party",
         "{defendant} is absolutely immune from {count} for the function performed", DERIVED),
]

# function -> (immunity, authority, date, what)
FUNCTIONS = {
    "advocacy_in_judicial_phase": ("prosecutorial",
                                   "Imbler v. Pachtman, 424 U.S. 409, 430-31 (1976); Buckley v. Fitzsimmons, 509 "
                                   "U.S. 259, 269-73 (1993)", "1976-03-02",
                                   "initiating a prosecution and presenting the case"),
    "legislative_act": ("legislative",
                        "U.S. Const. art. I, § 6, cl. 1; Tenney v. Brandhove, 341 U.S. 367, 376 (1951); Bogan v. "
                        "Scott-Harris, 523 U.S. 44, 54-55 (1998)", "1951-05-21",
                        "legislative activity, judged by the nature of the act"),
    "judicial_act": ("judicial",
                     "Bradley v. Fisher, 80 U.S. (13 Wall.) 335, 351 (1872); Stump v. Sparkman, 435 U.S. 349, "
                     "356-57, 362 (1978)", "1872",
                     "a function normally performed by a judge"),
}
# functions the same officials perform that carry no absolute immunity (known, so `check` accepts them)
UNPROTECTED = {
    "investigative": ("Buckley v. Fitzsimmons, 509 U.S. 259, 273-76 (1993)", "1993-06-24"),
    "administrative": ("Forrester v. White, 484 U.S. 219, 229-30 (1988)", "1988-01-12"),
}

RULES = []
for function, (immunity, authority, decided, what) in FUNCTIONS.items():
    RULES.append(rule(f"absolute_immunity.{immunity}", f"absolutely_immune_function({function}, {immunity})",
                      authority=authority, decided=decided, court="supreme_court",
                      gloss=f"{what.capitalize()} carries {immunity} absolute immunity."))
    RULES.append(rule(f"absolute_immunity.known_{function}", f"function_kind({function})",
                      authority=authority, decided=decided, court="supreme_court",
                      gloss=f"A {function.replace('_', ' ')} function is one the immunity doctrine names."))
for function, (authority, decided) in UNPROTECTED.items():
    RULES.append(rule(f"absolute_immunity.known_{function}", f"function_kind({function})",
                      authority=authority, decided=decided, court="supreme_court",
                      gloss=f"An {function} function is one the immunity doctrine names, and it carries no absolute "
                            f"immunity."))

RULES += [
    rule("absolute_immunity.asserted",
         "absolute_immunity_asserted(C, D) if claim_challenged(C, D) and asserted_absolute_immunity(D)",
         authority="Imbler v. Pachtman, 424 U.S. 409, 419-20 (1976); Burns v. Reed, 500 U.S. 478, 486 (1991)",
         decided="1976-03-02", court="supreme_court",
         gloss="Absolute immunity is a defence the official asserts against a challenged claim."),
    rule("absolute_immunity.clear_absence_of_jurisdiction",
         "immunity_forfeited(A) if clear_absence_of_jurisdiction(A)",
         authority="Stump v. Sparkman, 435 U.S. 349, 356-57 (1978); Bradley v. Fisher, 80 U.S. (13 Wall.) 335, 351 "
                   "(1872)",
         decided="1872", court="supreme_court",
         gloss="A judge acting in the clear absence of all jurisdiction is not immune.",
         test="A judge will not be deprived of immunity because the action he took was in error, was done "
              "maliciously, or was in excess of his authority; rather, he will be subject to liability only when he "
              "has acted in the clear absence of all jurisdiction"),
    rule("absolute_immunity.functional_test",
         "absolute_immunity(C, D) if absolute_immunity_asserted(C, D) and count_challenges(C, A) and performed(D, A)"
         " and act_function(A, F) and absolutely_immune_function(F, I) and not immunity_forfeited(A)",
         authority="Forrester v. White, 484 U.S. 219, 227-29 (1988); Buckley v. Fitzsimmons, 509 U.S. 259, 269 "
                   "(1993); Imbler v. Pachtman, 424 U.S. 409, 430-31 (1976)",
         decided="1988-01-12", court="supreme_court",
         gloss="An official is absolutely immune for an act that performed a function carrying absolute immunity, "
               "whoever performed it.",
         test="immunity is justified and defined by the functions it protects and serves, not by the person to "
              "whom it attaches"),
    rule("absolute_immunity.claim_dismissed",
         "claim_dismissed(C, D) if absolute_immunity(C, D)",
         authority="Imbler v. Pachtman, 424 U.S. 409, 431 (1976); Fed. R. Civ. P. 12(b)(6)",
         decided="1976-03-02", court="supreme_court",
         gloss="A claim against an official absolutely immune from it is dismissed."),
    rule("absolute_immunity.before_qualified_immunity",
         "claim_fails_before_immunity(C, D) if absolute_immunity(C, D)",
         authority="Imbler v. Pachtman, 424 U.S. 409, 419 n.13, 430-31 (1976)",
         decided="1976-03-02", court="supreme_court",
         gloss="An official absolutely immune need not rely on qualified immunity."),
    rule("absolute_immunity.immunity_is_legal",
         "dismissed_on_legal_ground(C, D) if claim_dismissed(C, D) and absolute_immunity(C, D)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (futility of amendment); Imbler v. Pachtman, 424 U.S. "
                   "409, 427-28 (1976)",
         decided="1976-03-02", court="supreme_court",
         gloss="Absolute immunity for the function performed cannot be cured by pleading more facts."),
]

QUESTIONS = [
    question("absolute_immunity", "Absolute immunity (the function performed)", "absolute_immunity(C, D)",
             "absolute_immunity_asserted(C, D)", holds="immune", fails="not immune", short="Absolute immunity",
             order=48),
]
