"""The record: parties, acts, places and people, as a case file states them.

These predicates are the primitive facts every doctrine reads — who did what,
where, to whom, at what rank — plus the court's leaf findings. None of them is
a conclusion; the doctrine modules derive conclusions from them.

Where something happened or someone is, the argument is a `place` (a closed
vocabulary: the states, D.C. and the territories, the United States as a
whole, and the foreign countries), so `check` warns with did-you-mean on a
misspelled one; a forum is a `forum` (a place whose long-arm law the rule book
states); a party's kind (`kind:` in `parties:`) is a `party_kind`.

Not modelled: the content of acts beyond what the doctrines read (an act is an
identifier with properties), dates of acts (no doctrine here turns on them), and
places below a state (a city or a district is named by its state).
"""
from lexcheck.engine.rulebook import principle
from lexcheck.engine.vocabulary import FINDING, RECORD, pred, symbols
from lexcheck.rules.long_arm import STATES

PARTY_KINDS = ["individual", "corporation", "unincorporated_association", "government_official", "sovereign"]

# Foreign countries as a record names them (sovereign states, with the United Kingdom's four nations, since
# opinions name them): a place outside the United States, where acts happen and parties live.
FOREIGN_COUNTRIES = [
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua_and_barbuda", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia_and_herzegovina", "botswana", "brazil", "brunei", "bulgaria",
    "burkina_faso", "burundi", "cabo_verde", "cambodia", "cameroon", "canada", "central_african_republic", "chad",
    "chile", "china", "colombia", "comoros", "congo", "costa_rica", "cote_d_ivoire", "croatia", "cuba", "cyprus",
    "czech_republic", "democratic_republic_of_the_congo", "denmark", "djibouti", "dominica", "dominican_republic",
    "ecuador", "egypt", "el_salvador", "equatorial_guinea", "eritrea", "estonia", "eswatini", "ethiopia", "fiji",
    "finland", "france", "gabon", "gambia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
    "guinea_bissau", "guyana", "haiti", "honduras", "hong_kong", "hungary", "iceland", "india", "indonesia", "iran",
    "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo",
    "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "marshall_islands",
    "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new_zealand", "nicaragua", "niger",
    "nigeria", "north_korea", "north_macedonia", "norway", "oman", "pakistan", "palau", "palestine", "panama",
    "papua_new_guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "saint_kitts_and_nevis", "saint_lucia", "saint_vincent_and_the_grenadines", "samoa", "san_marino",
    "sao_tome_and_principe", "saudi_arabia", "senegal", "serbia", "seychelles", "sierra_leone", "singapore",
    "slovakia", "slovenia", "solomon_islands", "somalia", "south_africa", "south_korea", "south_sudan", "spain",
    "sri_lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "timor_leste", "togo", "tonga", "trinidad_and_tobago", "tunisia", "turkey", "turkmenistan",
    "tuvalu", "uganda", "ukraine", "united_arab_emirates", "united_kingdom", "england", "scotland", "wales",
    "northern_ireland", "uruguay", "uzbekistan", "vanuatu", "vatican_city", "venezuela", "vietnam", "yemen",
    "zambia", "zimbabwe",
]

SYMBOLS = [
    symbols("place", "where something happened or someone is: a U.S. state, D.C. or a territory, the United "
                     "States as a whole (`united_states`), or a foreign country", STATES + ["united_states"]
            + FOREIGN_COUNTRIES),
    # declared with the record fact that reads it (a party's `kind:`); general jurisdiction asks where each kind
    # is at home
    symbols("party_kind", "what kind of person a party is (where it is at home differs)", PARTY_KINDS),
]

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
    pred("kind_of_party", "party:party kind:party_kind", "{party} is a party of the kind {kind}", RECORD),
    pred("count_invokes", "count:count right:symbol", "{count} invokes {right}", RECORD),
    pred("count_against", "count:count defendant:party", "{count} is brought against {defendant}", RECORD),
    # the motion
    pred("moved_to_dismiss_for_lack_of_personal_jurisdiction", "defendant:party",
         "{defendant} moved to dismiss for lack of personal jurisdiction", RECORD,
         negated='{defendant} did not move to dismiss for lack of personal jurisdiction'),
    pred("requested_jurisdictional_discovery", "forum:forum",
         "the plaintiffs asked for jurisdictional discovery in {forum}", RECORD),
    pred("argued_general_jurisdiction", "defendant:party",
         "the plaintiffs argued that {defendant} is subject to general jurisdiction", RECORD),
    pred("domiciled_in", "party:party state:place", "{party} is domiciled in {state}", RECORD),
    # acts and how they are alleged
    pred("performed", "party:party act:symbol", "{party} personally carried out {act}", RECORD),
    pred("carried_out_by", "actor:symbol act:symbol", "{actor} (not a party) carried out {act}", RECORD),
    pred("ordered", "party:party agent:symbol act:symbol",
         "{party} directly ordered {agent} to carry out {act}", RECORD),
    pred("agent_located_in", "agent:symbol state:place", "{agent} was located in {state}", RECORD),
    pred("act_against", "act:symbol plaintiff:party", "{act} was taken against {plaintiff} specifically", RECORD),
    pred("intentional_act", "act:symbol", "{act} was an intentional act", RECORD),
    pred("pleaded_in_complaint", "act:symbol", "{act} is alleged in the complaint", RECORD),
    pred("asserted_in_brief", "act:symbol", "{act} is asserted in a brief", RECORD),
    pred("contradicted_by_affidavit", "act:symbol",
         "a defense affidavit contradicts the allegation of {act}", RECORD,
         negated='no defense affidavit contradicts the allegation of {act}'),
    pred("plaintiff_evidence_supports", "act:symbol",
         "the plaintiffs' own evidence supports the allegation of {act}", RECORD),
    pred("took_place_in", "act:symbol state:place", "{act} took place in {state}", RECORD),
    pred("directed_at_region", "act:symbol region:symbol", "{act} was directed at {region}", RECORD),
    pred("region_includes", "region:symbol state:place", "{region} includes {state}", RECORD),
    pred("aimed_at_plaintiff_class", "act:symbol",
         "{act} was undertaken specifically to deal with people in the plaintiffs' situation", RECORD),
    pred("supervisory_position", "party:party agency:symbol", "{party} supervised {agency}", RECORD),
    pred("conspiracy_member", "party:party conspiracy:symbol",
         "{party} is alleged to have joined {conspiracy}", RECORD),
    pred("harm_felt_in", "plaintiff:party state:place", "{plaintiff} suffered harm in {state}", RECORD),
    # the children
    pred("age_at_separation", "child:party age:int", "{child} was {age} years old when separated", RECORD,
         functional=True),
    pred("tender_age_limit", "age:int", "the complaint defines tender age as {age} and under", RECORD,
         functional=True),
    pred("child_of", "child:party parent:party", "{child} is the child of {parent}", RECORD),
    pred("custodial_placement_in", "child:party state:place",
         "{child} was held long-term (in a custodial placement) in {state}", RECORD),
    pred("licensed_tender_age_facilities_in", "act:symbol state:place",
         "{act} licensed new tender-age facilities in {state}", RECORD),
    pred("tender_age_facilities_existed_before", "act:symbol state:place",
         "tender-age facilities already existed in {state} before {act}", RECORD),
    # findings: open-textured characterisations a court makes from the record
    pred("national_policymaking", "act:symbol",
         "{act} was national policymaking, oversight or regulatory work", FINDING),
    # a request for jurisdictional discovery puts in issue whether a better showing is needed
    pred("more_satisfactory_showing_needed", "forum:forum",
         "a more satisfactory showing of the jurisdictional facts in {forum} is necessary", FINDING,
         raised_by="requested_jurisdictional_discovery(Forum)"),
    pred("compelling_case_of_unreasonableness", "defendant:party forum:forum",
         "{defendant} made a compelling case that jurisdiction in {forum} would be unreasonable", FINDING),
]
