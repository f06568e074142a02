"""Bivens step two: the difficulty of defining a workable cause of action.

"[A] Bivens remedy is a subject of judgment ... Robbins's claim ... [raises] the
difficulty of devising a workable cause of action. ... [T]he Government is no
ordinary landowner ... and the question would be whether the officials' hard
bargaining went 'too far' ... [A] general provision for tort-like liability
when Government employees are unduly zealous in pressing a governmental
interest affecting property would invite an onslaught of Bivens actions. ... We
think accordingly that any damages remedy for actions by Government employees
who push too hard for the Government's benefit may come better, if at all,
through legislation." Wilkie v. Robbins, 551 U.S. 537, 555-62 (2007).

A special factor like the others (bivens_special_factors weighs it; one is
enough): the defendants argue it, and the court finds that a damages action
for the wrong alleged would turn on a standard courts cannot apply without
reaching legitimate official conduct (`no_workable_standard`, a finding on the
count). The factor is a kind of the Supreme Court's own list, so `check` knows
it as an argued factor.

Not modelled: the Court's reasons for the finding (the Government's legitimate
hard bargaining as a landowner; the number of suits a "too much" standard would
invite) — they are what the finding stands for.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import FINDING, pred

WILKIE = "Wilkie v. Robbins, 551 U.S. 537, 555-62 (2007)"

PREDICATES = [
    pred("no_workable_standard", "count:count",
         "a damages action for the wrong {count} alleges would turn on a standard (how much pressure is too much) "
         "courts could not apply without reaching legitimate official conduct", FINDING),
]

RULES = [
    rule("workable_cause_of_action.kind",
         "special_factor_kind(unworkable_cause_of_action)",
         authority=WILKIE, decided="2007-06-25", court="supreme_court",
         gloss="The difficulty of defining a workable cause of action is a special factor that may counsel "
               "hesitation."),
    rule("workable_cause_of_action.factor",
         "special_factor(C, unworkable_cause_of_action) if special_factor_argued(C, unworkable_cause_of_action)"
         " and no_workable_standard(C)",
         authority=WILKIE, decided="2007-06-25", court="supreme_court",
         gloss="A wrong that no workable standard separates from legitimate official conduct counsels leaving any "
               "damages remedy to Congress.",
         test="any damages remedy for actions by Government employees who push too hard for the Government's "
              "benefit may come better, if at all, through legislation"),
]
