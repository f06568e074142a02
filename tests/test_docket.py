"""The development docket reproduces: every ruling a court recorded in a real decision
encoded under facts/docket/ is derived by the rules as the court decided it (or the
court declined a question it was free to decline). A rule the real decisions rest on
cannot be dropped or bent without one of these failing.

A newly encoded case lands with its first-run score logged in its area's README.md
and the rules generalised until it reproduces (the honest protocol: README,
"Growing the docket")."""
import pytest
from lexcheck.engine.api import derive_case, docket_cases, open_case
from lexcheck.engine.rulings import verify

CASES = [(area, name) for area, cases in docket_cases().items() for name in cases]


def test_the_docket_has_real_decisions_in_each_area():
    assert {area for area, _ in CASES} >= {"personal_jurisdiction", "merits"}


@pytest.mark.parametrize("area,name", CASES, ids=[name for _, name in CASES])
def test_every_recorded_ruling_of_a_docket_case_is_reproduced(area, name, book):
    d = derive_case(open_case(str(docket_cases()[area][name]), book), book)
    results = verify(d)
    assert results, f"{name} records no ruling to compare"
    assert all(c.ok for c in results), [c.problems for c in results if not c.ok]
