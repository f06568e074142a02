"""The Fifth Circuit's rule that an FTCA claim the court finds an alternative process counsels hesitation
(Oliva v. Nivar, 973 F.3d at 443-44), against Carlson's parallel-remedy rule elsewhere."""
from casebuilder import BIVENS_CONTEXT, SEIZURE, derive, holds, without

NEW = without(BIVENS_CONTEXT, "count_setting(c1, home_search_and_arrest)") + [
    "count_setting(c1, hospital_entrance_security_screening)", "argued_special_factor(alternative_remedies)",
    "remedy_pointed_to(ftca_counts)", "claims_under_ftca(ftca_counts)"]
FOUND = "alternative_process(ftca_counts)"


def run(circuit, found=True):
    return derive(NEW, findings=[FOUND] if found else [], denied=[] if found else [FOUND], counts=SEIZURE,
                  circuit=circuit, forum="texas" if circuit == "fifth" else "arizona")


def test_in_the_fifth_circuit_an_ftca_claim_found_an_alternative_bars_the_remedy():
    d = run("fifth")
    assert d.ruling("special_factor/c1/alternative_remedies").outcome == "holds"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "fails"


def test_in_the_fifth_circuit_the_ftca_claim_still_needs_the_courts_finding():
    d = run("fifth", found=False)
    assert d.ruling("special_factor/c1/alternative_remedies").outcome == "fails"


def test_elsewhere_the_ftca_stays_a_parallel_remedy():
    d = run("ninth")
    assert holds(d, "parallel_ftca_remedy(ftca_counts)")
    assert d.ruling("special_factor/c1/alternative_remedies").outcome == "fails"
    assert d.ruling("bivens_remedy/c1/d1").outcome == "holds"
