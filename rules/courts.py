"""The courts, the circuits and the states: where a rule's authority binds.

Every rule names the court whose authority it states (`court=`); a case
header names the court deciding it (`court:`, as the reporter abbreviates it)
and its circuit. The engine reads this table to decide which rules are in force
for a case (`engine/law_in_force.py`):

- the Supreme Court binds every court: "it is this Court's prerogative alone
  to overrule one of its precedents", State Oil Co. v. Khan, 522 U.S. 3, 20
  (1997); Hutto v. Davis, 454 U.S. 370, 375 (1982) (per curiam);
- enacted law (the Constitution, statutes, rules of procedure; a state's law
  where its own terms reach) binds every court;
- a court of appeals binds itself and the district courts of its circuit
  (28 U.S.C. §§ 41, 1294; Hart v. Massanari, 266 F.3d 1155, 1170-71 (9th Cir.
  2001)), and no other court;
- a district court's decision binds no other court, and not even another judge
  of the same court; it is persuasive authority elsewhere (Camreta v. Greene,
  563 U.S. 692, 709 n.7 (2011)). A rule whose authority is a district court's
  own reasoning is in force in that court only.

The closed vocabularies `state` (the fifty states, the District of Columbia
and the territories, as the forum a case names), `circuit` and `court` are
declared here, so `check` warns when a case file names one the rule book does
not know.

Not modelled: state courts' own hierarchies (a state court decision binds as
the law of its state only where a rule says so in its atoms); en banc versus
panel decisions within a circuit (a rule carries the date of the decision that
states it); the Temporary Emergency Court of Appeals and other special courts.
"""
from lexcheck.engine.law_in_force import CIRCUIT, DISTRICT, ENACTED, SUPREME, court
from lexcheck.engine.vocabulary import symbols

COURTS = [
    court("supreme_court", SUPREME, "Supreme Court of the United States", names=("U.S.", "S. Ct.", "SCOTUS")),
    court("enacted_law", ENACTED, "enacted law (the Constitution, statutes and rules of procedure)"),
    court('first', CIRCUIT, 'U.S. Court of Appeals for the First Circuit', names=('1st Cir.',), circuit='first'),
    court('second', CIRCUIT, 'U.S. Court of Appeals for the Second Circuit', names=('2d Cir.',), circuit='second'),
    court('third', CIRCUIT, 'U.S. Court of Appeals for the Third Circuit', names=('3d Cir.',), circuit='third'),
    court('fourth', CIRCUIT, 'U.S. Court of Appeals for the Fourth Circuit', names=('4th Cir.',), circuit='fourth'),
    court('fifth', CIRCUIT, 'U.S. Court of Appeals for the Fifth Circuit', names=('5th Cir.',), circuit='fifth'),
    court('sixth', CIRCUIT, 'U.S. Court of Appeals for the Sixth Circuit', names=('6th Cir.',), circuit='sixth'),
    court('seventh', CIRCUIT, 'U.S. Court of Appeals for the Seventh Circuit', names=('7th Cir.',), circuit='seventh'),
    court('eighth', CIRCUIT, 'U.S. Court of Appeals for the Eighth Circuit', names=('8th Cir.',), circuit='eighth'),
    court('ninth', CIRCUIT, 'U.S. Court of Appeals for the Ninth Circuit', names=('9th Cir.',), circuit='ninth'),
    court('tenth', CIRCUIT, 'U.S. Court of Appeals for the Tenth Circuit', names=('10th Cir.',), circuit='tenth'),
    court('eleventh', CIRCUIT, 'U.S. Court of Appeals for the Eleventh Circuit', names=('11th Cir.',), circuit='eleventh'),
    court('dc', CIRCUIT, 'U.S. Court of Appeals for the D.C. Circuit', names=('D.C. Cir.',), circuit='dc'),
    court('federal', CIRCUIT, 'U.S. Court of Appeals for the Federal Circuit', names=('Fed. Cir.',), circuit='federal'),
    # First Circuit
    court('D. Me.', DISTRICT, 'U.S. District Court for the District of Maine', circuit='first', state='maine'),
    court('D. Mass.', DISTRICT, 'U.S. District Court for the District of Massachusetts', circuit='first', state='massachusetts'),
    court('D.N.H.', DISTRICT, 'U.S. District Court for the District of New Hampshire', circuit='first', state='new_hampshire'),
    court('D.R.I.', DISTRICT, 'U.S. District Court for the District of Rhode Island', circuit='first', state='rhode_island'),
    court('D.P.R.', DISTRICT, 'U.S. District Court for the District of Puerto Rico', circuit='first', state='puerto_rico'),
    # Second Circuit
    court('D. Conn.', DISTRICT, 'U.S. District Court for the District of Connecticut', circuit='second', state='connecticut'),
    court('N.D.N.Y.', DISTRICT, 'U.S. District Court for the Northern District of New York', circuit='second', state='new_york'),
    court('S.D.N.Y.', DISTRICT, 'U.S. District Court for the Southern District of New York', circuit='second', state='new_york'),
    court('E.D.N.Y.', DISTRICT, 'U.S. District Court for the Eastern District of New York', circuit='second', state='new_york'),
    court('W.D.N.Y.', DISTRICT, 'U.S. District Court for the Western District of New York', circuit='second', state='new_york'),
    court('D. Vt.', DISTRICT, 'U.S. District Court for the District of Vermont', circuit='second', state='vermont'),
    # Third Circuit
    court('D. Del.', DISTRICT, 'U.S. District Court for the District of Delaware', circuit='third', state='delaware'),
    court('D.N.J.', DISTRICT, 'U.S. District Court for the District of New Jersey', circuit='third', state='new_jersey'),
    court('E.D. Pa.', DISTRICT, 'U.S. District Court for the Eastern District of Pennsylvania', circuit='third', state='pennsylvania'),
    court('M.D. Pa.', DISTRICT, 'U.S. District Court for the Middle District of Pennsylvania', circuit='third', state='pennsylvania'),
    court('W.D. Pa.', DISTRICT, 'U.S. District Court for the Western District of Pennsylvania', circuit='third', state='pennsylvania'),
    court('D.V.I.', DISTRICT, 'U.S. District Court for the District of U.S. Virgin Islands', circuit='third', state='virgin_islands'),
    # Fourth Circuit
    court('D. Md.', DISTRICT, 'U.S. District Court for the District of Maryland', circuit='fourth', state='maryland'),
    court('E.D.N.C.', DISTRICT, 'U.S. District Court for the Eastern District of North Carolina', circuit='fourth', state='north_carolina'),
    court('M.D.N.C.', DISTRICT, 'U.S. District Court for the Middle District of North Carolina', circuit='fourth', state='north_carolina'),
    court('W.D.N.C.', DISTRICT, 'U.S. District Court for the Western District of North Carolina', circuit='fourth', state='north_carolina'),
    court('D.S.C.', DISTRICT, 'U.S. District Court for the District of South Carolina', circuit='fourth', state='south_carolina'),
    court('E.D. Va.', DISTRICT, 'U.S. District Court for the Eastern District of Virginia', circuit='fourth', state='virginia'),
    court('W.D. Va.', DISTRICT, 'U.S. District Court for the Western District of Virginia', circuit='fourth', state='virginia'),
    court('N.D. W. Va.', DISTRICT, 'U.S. District Court for the Northern District of West Virginia', circuit='fourth', state='west_virginia'),
    court('S.D. W. Va.', DISTRICT, 'U.S. District Court for the Southern District of West Virginia', circuit='fourth', state='west_virginia'),
    # Fifth Circuit
    court('E.D. La.', DISTRICT, 'U.S. District Court for the Eastern District of Louisiana', circuit='fifth', state='louisiana'),
    court('M.D. La.', DISTRICT, 'U.S. District Court for the Middle District of Louisiana', circuit='fifth', state='louisiana'),
    court('W.D. La.', DISTRICT, 'U.S. District Court for the Western District of Louisiana', circuit='fifth', state='louisiana'),
    court('N.D. Miss.', DISTRICT, 'U.S. District Court for the Northern District of Mississippi', circuit='fifth', state='mississippi'),
    court('S.D. Miss.', DISTRICT, 'U.S. District Court for the Southern District of Mississippi', circuit='fifth', state='mississippi'),
    court('N.D. Tex.', DISTRICT, 'U.S. District Court for the Northern District of Texas', circuit='fifth', state='texas'),
    court('S.D. Tex.', DISTRICT, 'U.S. District Court for the Southern District of Texas', circuit='fifth', state='texas'),
    court('E.D. Tex.', DISTRICT, 'U.S. District Court for the Eastern District of Texas', circuit='fifth', state='texas'),
    court('W.D. Tex.', DISTRICT, 'U.S. District Court for the Western District of Texas', circuit='fifth', state='texas'),
    # Sixth Circuit
    court('E.D. Ky.', DISTRICT, 'U.S. District Court for the Eastern District of Kentucky', circuit='sixth', state='kentucky'),
    court('W.D. Ky.', DISTRICT, 'U.S. District Court for the Western District of Kentucky', circuit='sixth', state='kentucky'),
    court('E.D. Mich.', DISTRICT, 'U.S. District Court for the Eastern District of Michigan', circuit='sixth', state='michigan'),
    court('W.D. Mich.', DISTRICT, 'U.S. District Court for the Western District of Michigan', circuit='sixth', state='michigan'),
    court('N.D. Ohio', DISTRICT, 'U.S. District Court for the Northern District of Ohio', circuit='sixth', state='ohio'),
    court('S.D. Ohio', DISTRICT, 'U.S. District Court for the Southern District of Ohio', circuit='sixth', state='ohio'),
    court('E.D. Tenn.', DISTRICT, 'U.S. District Court for the Eastern District of Tennessee', circuit='sixth', state='tennessee'),
    court('M.D. Tenn.', DISTRICT, 'U.S. District Court for the Middle District of Tennessee', circuit='sixth', state='tennessee'),
    court('W.D. Tenn.', DISTRICT, 'U.S. District Court for the Western District of Tennessee', circuit='sixth', state='tennessee'),
    # Seventh Circuit
    court('N.D. Ill.', DISTRICT, 'U.S. District Court for the Northern District of Illinois', circuit='seventh', state='illinois'),
    court('C.D. Ill.', DISTRICT, 'U.S. District Court for the Central District of Illinois', circuit='seventh', state='illinois'),
    court('S.D. Ill.', DISTRICT, 'U.S. District Court for the Southern District of Illinois', circuit='seventh', state='illinois'),
    court('N.D. Ind.', DISTRICT, 'U.S. District Court for the Northern District of Indiana', circuit='seventh', state='indiana'),
    court('S.D. Ind.', DISTRICT, 'U.S. District Court for the Southern District of Indiana', circuit='seventh', state='indiana'),
    court('E.D. Wis.', DISTRICT, 'U.S. District Court for the Eastern District of Wisconsin', circuit='seventh', state='wisconsin'),
    court('W.D. Wis.', DISTRICT, 'U.S. District Court for the Western District of Wisconsin', circuit='seventh', state='wisconsin'),
    # Eighth Circuit
    court('E.D. Ark.', DISTRICT, 'U.S. District Court for the Eastern District of Arkansas', circuit='eighth', state='arkansas'),
    court('W.D. Ark.', DISTRICT, 'U.S. District Court for the Western District of Arkansas', circuit='eighth', state='arkansas'),
    court('N.D. Iowa', DISTRICT, 'U.S. District Court for the Northern District of Iowa', circuit='eighth', state='iowa'),
    court('S.D. Iowa', DISTRICT, 'U.S. District Court for the Southern District of Iowa', circuit='eighth', state='iowa'),
    court('D. Minn.', DISTRICT, 'U.S. District Court for the District of Minnesota', circuit='eighth', state='minnesota'),
    court('E.D. Mo.', DISTRICT, 'U.S. District Court for the Eastern District of Missouri', circuit='eighth', state='missouri'),
    court('W.D. Mo.', DISTRICT, 'U.S. District Court for the Western District of Missouri', circuit='eighth', state='missouri'),
    court('D. Neb.', DISTRICT, 'U.S. District Court for the District of Nebraska', circuit='eighth', state='nebraska'),
    court('D.N.D.', DISTRICT, 'U.S. District Court for the District of North Dakota', circuit='eighth', state='north_dakota'),
    court('D.S.D.', DISTRICT, 'U.S. District Court for the District of South Dakota', circuit='eighth', state='south_dakota'),
    # Ninth Circuit
    court('D. Alaska', DISTRICT, 'U.S. District Court for the District of Alaska', circuit='ninth', state='alaska'),
    court('D. Ariz.', DISTRICT, 'U.S. District Court for the District of Arizona', circuit='ninth', state='arizona'),
    court('C.D. Cal.', DISTRICT, 'U.S. District Court for the Central District of California', circuit='ninth', state='california'),
    court('E.D. Cal.', DISTRICT, 'U.S. District Court for the Eastern District of California', circuit='ninth', state='california'),
    court('N.D. Cal.', DISTRICT, 'U.S. District Court for the Northern District of California', circuit='ninth', state='california'),
    court('S.D. Cal.', DISTRICT, 'U.S. District Court for the Southern District of California', circuit='ninth', state='california'),
    court('D. Haw.', DISTRICT, 'U.S. District Court for the District of Hawaii', circuit='ninth', state='hawaii'),
    court('D. Idaho', DISTRICT, 'U.S. District Court for the District of Idaho', circuit='ninth', state='idaho'),
    court('D. Mont.', DISTRICT, 'U.S. District Court for the District of Montana', circuit='ninth', state='montana'),
    court('D. Nev.', DISTRICT, 'U.S. District Court for the District of Nevada', circuit='ninth', state='nevada'),
    court('D. Or.', DISTRICT, 'U.S. District Court for the District of Oregon', circuit='ninth', state='oregon'),
    court('E.D. Wash.', DISTRICT, 'U.S. District Court for the Eastern District of Washington', circuit='ninth', state='washington'),
    court('W.D. Wash.', DISTRICT, 'U.S. District Court for the Western District of Washington', circuit='ninth', state='washington'),
    court('D. Guam', DISTRICT, 'U.S. District Court for the District of Guam', circuit='ninth', state='guam'),
    court('D.N. Mar. I.', DISTRICT, 'U.S. District Court for the District of Northern Mariana Islands', circuit='ninth', state='northern_mariana_islands'),
    # Tenth Circuit
    court('D. Colo.', DISTRICT, 'U.S. District Court for the District of Colorado', circuit='tenth', state='colorado'),
    court('D. Kan.', DISTRICT, 'U.S. District Court for the District of Kansas', circuit='tenth', state='kansas'),
    court('D.N.M.', DISTRICT, 'U.S. District Court for the District of New Mexico', circuit='tenth', state='new_mexico'),
    court('N.D. Okla.', DISTRICT, 'U.S. District Court for the Northern District of Oklahoma', circuit='tenth', state='oklahoma'),
    court('E.D. Okla.', DISTRICT, 'U.S. District Court for the Eastern District of Oklahoma', circuit='tenth', state='oklahoma'),
    court('W.D. Okla.', DISTRICT, 'U.S. District Court for the Western District of Oklahoma', circuit='tenth', state='oklahoma'),
    court('D. Utah', DISTRICT, 'U.S. District Court for the District of Utah', circuit='tenth', state='utah'),
    court('D. Wyo.', DISTRICT, 'U.S. District Court for the District of Wyoming', circuit='tenth', state='wyoming'),
    # Eleventh Circuit
    court('M.D. Ala.', DISTRICT, 'U.S. District Court for the Middle District of Alabama', circuit='eleventh', state='alabama'),
    court('N.D. Ala.', DISTRICT, 'U.S. District Court for the Northern District of Alabama', circuit='eleventh', state='alabama'),
    court('S.D. Ala.', DISTRICT, 'U.S. District Court for the Southern District of Alabama', circuit='eleventh', state='alabama'),
    court('M.D. Fla.', DISTRICT, 'U.S. District Court for the Middle District of Florida', circuit='eleventh', state='florida'),
    court('N.D. Fla.', DISTRICT, 'U.S. District Court for the Northern District of Florida', circuit='eleventh', state='florida'),
    court('S.D. Fla.', DISTRICT, 'U.S. District Court for the Southern District of Florida', circuit='eleventh', state='florida'),
    court('M.D. Ga.', DISTRICT, 'U.S. District Court for the Middle District of Georgia', circuit='eleventh', state='georgia'),
    court('N.D. Ga.', DISTRICT, 'U.S. District Court for the Northern District of Georgia', circuit='eleventh', state='georgia'),
    court('S.D. Ga.', DISTRICT, 'U.S. District Court for the Southern District of Georgia', circuit='eleventh', state='georgia'),
    # D.C. Circuit
    court('D.D.C.', DISTRICT, 'U.S. District Court for the District of District of Columbia', circuit='dc', state='district_of_columbia'),
]

SYMBOLS = [
    # named: prose reads a state or a circuit by its name ("Arizona", "the Ninth Circuit"), not its symbol
    symbols("state", "a U.S. state, the District of Columbia or a territory, in lower case with underscores", [
        ('alabama', 'Alabama'),
        ('alaska', 'Alaska'),
        ('american_samoa', 'American Samoa'),
        ('arizona', 'Arizona'),
        ('arkansas', 'Arkansas'),
        ('california', 'California'),
        ('colorado', 'Colorado'),
        ('connecticut', 'Connecticut'),
        ('delaware', 'Delaware'),
        ('district_of_columbia', 'the District of Columbia'),
        ('florida', 'Florida'),
        ('georgia', 'Georgia'),
        ('guam', 'Guam'),
        ('hawaii', 'Hawaii'),
        ('idaho', 'Idaho'),
        ('illinois', 'Illinois'),
        ('indiana', 'Indiana'),
        ('iowa', 'Iowa'),
        ('kansas', 'Kansas'),
        ('kentucky', 'Kentucky'),
        ('louisiana', 'Louisiana'),
        ('maine', 'Maine'),
        ('maryland', 'Maryland'),
        ('massachusetts', 'Massachusetts'),
        ('michigan', 'Michigan'),
        ('minnesota', 'Minnesota'),
        ('mississippi', 'Mississippi'),
        ('missouri', 'Missouri'),
        ('montana', 'Montana'),
        ('nebraska', 'Nebraska'),
        ('nevada', 'Nevada'),
        ('new_hampshire', 'New Hampshire'),
        ('new_jersey', 'New Jersey'),
        ('new_mexico', 'New Mexico'),
        ('new_york', 'New York'),
        ('north_carolina', 'North Carolina'),
        ('north_dakota', 'North Dakota'),
        ('northern_mariana_islands', 'the Northern Mariana Islands'),
        ('ohio', 'Ohio'),
        ('oklahoma', 'Oklahoma'),
        ('oregon', 'Oregon'),
        ('pennsylvania', 'Pennsylvania'),
        ('puerto_rico', 'Puerto Rico'),
        ('rhode_island', 'Rhode Island'),
        ('south_carolina', 'South Carolina'),
        ('south_dakota', 'South Dakota'),
        ('tennessee', 'Tennessee'),
        ('texas', 'Texas'),
        ('virgin_islands', 'the U.S. Virgin Islands'),
        ('utah', 'Utah'),
        ('vermont', 'Vermont'),
        ('virginia', 'Virginia'),
        ('washington', 'Washington'),
        ('west_virginia', 'West Virginia'),
        ('wisconsin', 'Wisconsin'),
        ('wyoming', 'Wyoming'),
    ], named=True),
    symbols("circuit", "a federal judicial circuit, as a case header's `circuit:` names it", [
        ('first', 'the First Circuit'),
        ('second', 'the Second Circuit'),
        ('third', 'the Third Circuit'),
        ('fourth', 'the Fourth Circuit'),
        ('fifth', 'the Fifth Circuit'),
        ('sixth', 'the Sixth Circuit'),
        ('seventh', 'the Seventh Circuit'),
        ('eighth', 'the Eighth Circuit'),
        ('ninth', 'the Ninth Circuit'),
        ('tenth', 'the Tenth Circuit'),
        ('eleventh', 'the Eleventh Circuit'),
        ('dc', 'the D.C. Circuit'),
        ('federal', 'the Federal Circuit'),
    ], named=True),
]
