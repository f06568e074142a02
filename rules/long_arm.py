"""The forum state's long-arm reach.

"Federal courts ordinarily follow state law in determining the bounds of their
jurisdiction over persons. ... Arizona has authorized its courts to exercise
personal jurisdiction to the maximum extent permitted by the Due Process
Clause." A.I.I.L. (citing Daimler, 571 U.S. at 125; Ariz. R. Civ. P. 4.2(a)).
Massachusetts' long-arm statute reaches as far (K.O. v. Sessions, as A.I.I.L.
describes it).

Not modelled: long-arm statutes narrower than due process (each state's
enumerated grounds); a forum with none of these rules gets no specific
jurisdiction, which the explanation says.
"""
from lexcheck.engine.rulebook import rule
from lexcheck.engine.vocabulary import DERIVED, pred

PREDICATES = [
    pred("long_arm_reaches_due_process_limit", "state:symbol",
         "{state}'s long-arm rule reaches to the limit of due process", DERIVED),
]

RULES = [
    rule("long_arm.arizona",
         "long_arm_reaches_due_process_limit(arizona)",
         authority="Ariz. R. Civ. P. 4.2(a); see Daimler AG v. Bauman, 571 U.S. 117, 125 (2014)",
         decided="2014-01-14", court="enacted_law",
         gloss="Arizona's courts may exercise personal jurisdiction to the maximum extent due process allows."),
    rule("long_arm.massachusetts",
         "long_arm_reaches_due_process_limit(massachusetts)",
         authority="Mass. Gen. L. ch. 223A, § 3; K.O. v. Sessions, 436 F. Supp. 3d 442, 448-49 (D. Mass. 2020); Good Hope Indus., Inc. v. Ryder Scott Co., 378 Mass. 1, 6 (1979)",
         decided="1979", court="enacted_law",
         gloss="Massachusetts' long-arm statute permits jurisdiction to the fullest extent due process allows."),
]
