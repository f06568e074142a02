"""The record: parties, acts, places and people, as a case file states them.

These predicates are the primitive facts every doctrine reads — who did what,
where, to whom, at what rank — plus the court's leaf findings. None of them is
a conclusion; the doctrine modules derive conclusions from them.

Not modelled: the content of acts beyond what the doctrines read (an act is an
identifier with properties), and dates of acts (no doctrine here turns on them).
"""
from lexcheck.engine.rulebook import principle
from lexcheck.engine.vocabulary import FINDING, RECORD, pred

# A finding is open only where the case file says the question was raised and
# the court left it undecided (`status: open`); a finding on a question nobody
# raised is not made. Adding a finding to the vocabulary therefore changes no
# case that never heard of it.
PRINCIPLES = [
    principle("record.party_presentation",
              authority="Greenlaw v. United States, 554 U.S. 237, 243-44 (2008); United States v. "
                        "Sineneng-Smith, 590 U.S. 371, 375-76 (2020)",
              decided="2008-06-23", court="supreme_court",
              gloss="courts decide the questions the parties present: a finding on a question nobody raised "
                    "is not made"),
]

PREDICATES = [
    # the court and the parties (generated from the case file's header and parties)
    pred("forum_state", "state:forum", "the court sits in {state}", RECORD),
    pred("forum_in_circuit", "state:forum circuit:circuit", "{state} lies in {circuit}", RECORD),
    pred("plaintiff", "party:party", "{party} is a plaintiff", RECORD),
    pred("defendant", "party:party", "{party} is a defendant", RECORD),
    pred("member_of_agency", "party:party agency:symbol", "{party} served in {agency}", RECORD),
    pred("holds_rank", "party:party rank:symbol", "{party} held the rank of {rank}", RECORD),
    pred("count_invokes", "count:count right:symbol", "{count} invokes {right}", RECORD),
    pred("count_against", "count:count defendant:party", "{count} is brought against {defendant}", RECORD),
    # the motion
    pred("moved_to_dismiss_for_lack_of_personal_jurisdiction", "defendant:party",
         "{defendant} moved to dismiss for lack of personal jurisdiction", RECORD),
    pred("requested_jurisdictional_discovery", "forum:symbol",
         "the plaintiffs asked for jurisdictional discovery in {forum}", RECORD),
    pred("argued_general_jurisdiction", "defendant:party",
         "the plaintiffs argued that {defendant} is subject to general jurisdiction", RECORD),
    pred("domiciled_in", "party:party state:symbol", "{party} is domiciled in {state}", RECORD),
    # acts and how they are alleged
    pred("performed", "party:party act:symbol", "{party} personally carried out {act}", RECORD),
    pred("carried_out_by", "actor:symbol act:symbol", "{actor} (not a party) carried out {act}", RECORD),
    pred("ordered", "party:party agent:symbol act:symbol",
         "{party} directly ordered {agent} to carry out {act}", RECORD),
    pred("agent_located_in", "agent:symbol state:symbol", "{agent} was located in {state}", RECORD),
    pred("act_against", "act:symbol plaintiff:party", "{act} was taken against {plaintiff} specifically", RECORD),
    pred("intentional_act", "act:symbol", "{act} was an intentional act", RECORD),
    pred("pleaded_in_complaint", "act:symbol", "{act} is alleged in the complaint", RECORD),
    pred("asserted_in_brief", "act:symbol", "{act} is asserted in a brief", RECORD),
    pred("contradicted_by_affidavit", "act:symbol",
         "a defense affidavit contradicts the allegation of {act}", RECORD),
    pred("plaintiff_evidence_supports", "act:symbol",
         "the plaintiffs' own evidence supports the allegation of {act}", RECORD),
    pred("took_place_in", "act:symbol state:symbol", "{act} took place in {state}", RECORD),
    pred("directed_at_region", "act:symbol region:symbol", "{act} was directed at {region}", RECORD),
    pred("region_includes", "region:symbol state:symbol", "{region} includes {state}", RECORD),
    pred("aimed_at_plaintiff_class", "act:symbol",
         "{act} was undertaken specifically to deal with people in the plaintiffs' situation", RECORD),
    pred("supervisory_position", "party:party agency:symbol", "{party} supervised {agency}", RECORD),
    pred("conspiracy_member", "party:party conspiracy:symbol",
         "{party} is alleged to have joined {conspiracy}", RECORD),
    pred("harm_felt_in", "plaintiff:party state:symbol", "{plaintiff} suffered harm in {state}", RECORD),
    # the children
    pred("age_at_separation", "child:party age:int", "{child} was {age} years old when separated", RECORD,
         functional=True),
    pred("tender_age_limit", "age:int", "the complaint defines tender age as {age} and under", RECORD,
         functional=True),
    pred("child_of", "child:party parent:party", "{child} is the child of {parent}", RECORD),
    pred("custodial_placement_in", "child:party state:symbol",
         "{child} was held long-term (in a custodial placement) in {state}", RECORD),
    pred("licensed_tender_age_facilities_in", "act:symbol state:symbol",
         "{act} licensed new tender-age facilities in {state}", RECORD),
    pred("tender_age_facilities_existed_before", "act:symbol state:symbol",
         "tender-age facilities already existed in {state} before {act}", RECORD),
    # findings: open-textured characterisations a court makes from the record
    pred("national_policymaking", "act:symbol",
         "{act} was national policymaking, oversight or regulatory work", FINDING),
    # a request for jurisdictional discovery puts in issue whether a better showing is needed
    pred("more_satisfactory_showing_needed", "forum:symbol",
         "a more satisfactory showing of the jurisdictional facts in {forum} is necessary", FINDING,
         raised_by="requested_jurisdictional_discovery(Forum)"),
    pred("compelling_case_of_unreasonableness", "defendant:party forum:symbol",
         "{defendant} made a compelling case that jurisdiction in {forum} would be unreasonable", FINDING),
]
