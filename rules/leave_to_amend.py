"""Leave to amend: freely given, unless amendment would be futile.

Courts may deny leave for "undue delay, bad faith or dilatory motive ...,
repeated failure to cure deficiencies ..., undue prejudice ..., [or] futility
of amendment." Foman v. Davis, 371 U.S. 178, 182 (1962). "Courts may deny a
motion to amend a complaint as futile ... if the proposed claim would not
survive a motion to dismiss." James Madison Ltd. v. Ludwig, 82 F.3d 1085, 1099
(D.C. Cir. 1996). A.I.I.L., Order at 30: "there is no basis for concluding that
Plaintiffs' claims can be saved through amendment of the complaint" (Neitzke
v. Williams, 490 U.S. 319, 327 (1989): no set of facts). K.O., Mem. Op. at 31:
the Second Amended Complaint "makes identical Bivens and statutory conspiracy
claims"; the new FTCA claims were filed before the administrative claim, a
defect amendment cannot cure (Schneider v. Kissinger), and "[j]udicial economy
would be better served by the filing of a new action" (id. at 32-33).

A dismissal is beyond cure when each claim in the count failed on a legal
ground no new facts could change: no Bivens remedy because special factors
counsel hesitation, qualified immunity because the law was not clearly
established, or a § 1986 claim without a valid § 1985(3) claim.

Not modelled: undue delay, bad faith, prejudice and repeated failure (not
argued here); the discretion to prefer a new action beyond futility.
"""
from lexcheck.engine.rulebook import question, rule
from lexcheck.engine.vocabulary import DERIVED, RECORD, pred

PREDICATES = [
    pred("moved_for_leave_to_amend", "motion:symbol", "the plaintiffs moved, by {motion}, for leave to amend", RECORD),
    pred("proposes_amended_count", "motion:symbol count:count", "{motion} proposes to replead {count}", RECORD),
    pred("proposed_count_unchanged", "motion:symbol count:count",
         "the amendment {motion} proposes leaves {count} substantively unchanged", RECORD),
    pred("proposes_new_claims", "motion:symbol claims:symbol", "{motion} proposes to add {claims}", RECORD),
    pred("dismissed_on_legal_ground", "count:count defendant:party",
         "{count} against {defendant} was dismissed on a legal ground no new facts could change", DERIVED,
         negated='{count} against {defendant} was not dismissed on a ground no new facts could change'),
    pred("curable_dismissal", "count:count", "some claim in {count} was dismissed on a ground amendment might cure",
         DERIVED,
         negated='no claim in {count} was dismissed on a ground amendment might cure'),
    pred("amendment_futile", "count:count", "amending {count} would be futile", DERIVED, exception=True,
         negated='amending {count} would not be futile'),
    pred("leave_to_amend", "count:count", "the plaintiffs have leave to amend {count}", DERIVED),
    pred("new_claims_proposed", "claims:symbol", "the plaintiffs propose to add {claims}", DERIVED),
    pred("leave_to_add_claims", "claims:symbol", "the plaintiffs have leave to add {claims}", DERIVED),
    pred("motion_to_amend_granted", "motion:symbol", "{motion}, the motion for leave to amend, is granted", DERIVED),
]

RULES = [
    rule("leave_to_amend.no_bivens_remedy_is_legal",
         "dismissed_on_legal_ground(C, D) if claim_dismissed(C, D) and bivens_claim_challenged(C, D)"
         " and new_context(C, D) and hesitation_counselled(C)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (leave is denied where amendment would be futile); Foman v. Davis, 371 U.S. 178, 182 (1962) (futility); Neitzke v. Williams, 490 U.S. 319, 326-27 (1989) (a dispositive issue of law); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 30 (D. Ariz. Mar. 31, 2022); Neitzke v. "
                   "Williams, 490 U.S. 319, "
                   "327 (1989)",
         decided="1962-12-03", court="supreme_court",
         gloss="Special factors that counsel against a Bivens remedy do not depend on how the facts are pleaded."),
    rule("leave_to_amend.immunity_is_legal",
         "dismissed_on_legal_ground(C, D) if claim_dismissed(C, D) and qualified_immunity(C, D)"
         " and not clearly_established(C, D)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (leave is denied where amendment would be futile); Foman v. Davis, 371 U.S. 178, 182 (1962) (futility); Neitzke v. Williams, 490 U.S. 319, 326-27 (1989) (a dispositive issue of law); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 30 (D. Ariz. Mar. 31, 2022); Neitzke v. "
                   "Williams, 490 U.S. 319, 327 (1989)",
         decided="1962-12-03", court="supreme_court",
         gloss="That the law was not clearly established cannot be cured by pleading more facts."),
    rule("leave_to_amend.derivative_claim_is_legal",
         "dismissed_on_legal_ground(C, D) if claim_dismissed(C, D) and section_1986_claim_challenged(C, D)"
         " and count_alleges_conspiracy(C, K) and not valid_section_1985_claim(K)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (leave is denied where amendment would be futile); Foman v. Davis, 371 U.S. 178, 182 (1962) (futility); Neitzke v. Williams, 490 U.S. 319, 326-27 (1989) (a dispositive issue of law); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, Order at 30 (D. Ariz. Mar. 31, 2022); Panahi v. "
                   "Los Angeles Police Dep't, "
                   "839 F.2d 621, 626 (9th Cir. 1988)",
         decided="1962-12-03", court="supreme_court",
         gloss="A § 1986 claim falls with a § 1985(3) claim barred as a matter of law."),
    rule("leave_to_amend.curable",
         "curable_dismissal(C) if claim_dismissed(C, D) and not dismissed_on_legal_ground(C, D)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962)",
         decided="1962-12-03", court="supreme_court",
         gloss="A claim dismissed for a pleading defect may be cured by amendment."),
    rule("leave_to_amend.no_set_of_facts",
         "amendment_futile(C) if count_dismissed(C) and not curable_dismissal(C)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (leave is denied where amendment would be futile); Neitzke v. Williams, 490 U.S. 319, 327 (1989); A.I.I.L. v. Sessions, No. CV-19-00481-TUC-JCH, "
                   "Order at 30 (D. Ariz. "
                   "Mar. 31, 2022)",
         decided="1962-12-03", court="supreme_court",
         gloss="Leave is denied when it is clear the plaintiffs cannot allege any set of facts that would entitle "
               "them to relief."),
    rule("leave_to_amend.identical_claims",
         "amendment_futile(C) if count_dismissed(C) and proposes_amended_count(M, C) and proposed_count_unchanged(M, "
         "C)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (futility of amendment); James Madison Ltd. v. Ludwig, 82 F.3d 1085, 1099 (D.C. Cir. 1996) (citing Foman v. Davis, 371 "
                   "U.S. 178, 181-82 (1962)); K.O. v. ICE, No. 20-309 (RC), Mem. Op. at 31 (D.D.C. June 23, 2020)",
         decided="1962-12-03", court="supreme_court",
         gloss="An amendment that repleads a dismissed claim unchanged would not survive a motion to dismiss: "
               "it is futile."),
    rule("leave_to_amend.freely_given",
         "leave_to_amend(C) if count_dismissed(C) and not amendment_futile(C)",
         authority="Fed. R. Civ. P. 15(a)(2); Foman v. Davis, 371 U.S. 178, 182 (1962)",
         decided="1962-12-03", court="enacted_law",
         gloss="Leave to amend is freely given when justice so requires — absent futility."),
    rule("leave_to_amend.new_claims_proposed",
         "new_claims_proposed(X) if moved_for_leave_to_amend(M) and proposes_new_claims(M, X)",
         authority="Fed. R. Civ. P. 15(a)(2)",
         decided="1938", court="enacted_law",
         gloss="A motion for leave to amend may propose new claims."),
    rule("leave_to_amend.new_claims",
         "leave_to_add_claims(X) if new_claims_proposed(X) and not premature_ftca_claims(X)",
         authority="Foman v. Davis, 371 U.S. 178, 182 (1962) (leave is freely given unless amendment would be futile); Schneider v. Kissinger, 310 F. Supp. 2d 251, 269-70 (D.D.C. 2004) (quoting Duplan v. Harper, "
                   "188 F.3d 1195, 1199 (10th Cir. 1999)); Firestone v. Firestone, 76 F.3d 1205, 1208 (D.C. Cir. 1996)",
         decided="1962-12-03", court="supreme_court",
         gloss="New claims may be added unless futile; FTCA claims brought before the administrative claim was "
               "presented cannot be cured by amendment (a new action is the course)."),
    rule("leave_to_amend.motion_granted_for_a_count",
         "motion_to_amend_granted(M) if moved_for_leave_to_amend(M) and proposes_amended_count(M, C)"
         " and leave_to_amend(C)",
         authority="Fed. R. Civ. P. 15(a)(2)",
         decided="1938", court="enacted_law",
         gloss="A motion for leave to amend is granted to the extent some amendment is allowed."),
    rule("leave_to_amend.motion_granted_for_new_claims",
         "motion_to_amend_granted(M) if moved_for_leave_to_amend(M) and proposes_new_claims(M, X)"
         " and leave_to_add_claims(X)",
         authority="Fed. R. Civ. P. 15(a)(2)",
         decided="1938", court="enacted_law",
         gloss="A motion for leave to amend is granted to the extent some amendment is allowed."),
]

QUESTIONS = [
    question("leave_to_amend", "Leave to amend", "leave_to_amend(C)", "count_challenged(C)",
             reached="count_dismissed(C)", holds="granted", fails="denied", short="Leave to amend", order=91),
    question("leave_to_add_claims", "Leave to add new claims", "leave_to_add_claims(X)", "new_claims_proposed(X)",
             holds="granted", fails="denied", order=92),
    question("motion_to_amend", "Motion for leave to amend", "motion_to_amend_granted(M)",
             "moved_for_leave_to_amend(M)", holds="granted", fails="denied", order=93),
]
