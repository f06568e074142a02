"""Shared fixtures, hypothesis profiles and the rule-knockout hook.

Profiles (hypothesis settings for every property test):
- `dev` (default): 100 examples each, random, with the example database;
- `ci` (used when CI is set): deterministic (derandomized, no database), 20
  examples each — the property and stateful tests then add about 40 s on 2 cores;
- `thorough` (LEXCHECK_PROFILE=thorough): 2,000 examples each;
- `knockout` (set by scripts/knockout.py): deterministic, 15 examples each;
- `counterexample`: generated cases only, up to 1,000, to see the minimal case a broken rule fails on.
LEXCHECK_PROFILE names a profile explicitly and wins over CI.

Knockout: when LEXCHECK_KNOCKOUT names a rule id, `lexcheck.rules.rulebook()`
returns the rule book without that rule, so every test runs against it
(scripts/knockout.py sets it, one rule per pytest process).
"""
from __future__ import annotations

import os

os.environ["LEXCHECK_CHECK_BOUNDS"] = "1"  # before lexcheck.engine.rulings is imported

import pytest
from hypothesis import HealthCheck, Phase, settings

_slow = [HealthCheck.too_slow]
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=_slow)
settings.register_profile("ci", settings.get_profile("ci"), max_examples=20, deadline=None, derandomize=True,
                          print_blob=True, database=None, suppress_health_check=_slow)
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=_slow)
settings.register_profile("knockout", max_examples=15, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_slow)
# generated cases only (no explicit bundled examples): what hypothesis finds and shrinks when a
# rule is broken, e.g. LEXCHECK_KNOCKOUT=<rule id> LEXCHECK_PROFILE=counterexample pytest -k <property>
settings.register_profile("counterexample", max_examples=1000, deadline=None, derandomize=True, database=None,
                          phases=[Phase.generate, Phase.shrink], suppress_health_check=_slow)
settings.load_profile(os.environ.get("LEXCHECK_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

_knockout = os.environ.get("LEXCHECK_KNOCKOUT")
if _knockout:
    import lexcheck.rules as _rules

    _knocked_out = _rules.rulebook().without(_knockout)  # KeyError: no such rule
    _rules.rulebook = lambda: _knocked_out


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite the golden explanation files under tests/golden/ from the current output.")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def book():
    from lexcheck.engine.api import rulebook
    return rulebook()


@pytest.fixture(scope="session")
def aiil(book):
    from lexcheck.engine.api import derive_case, open_case
    return derive_case(open_case("aiil-v-sessions", book), book)


@pytest.fixture(scope="session")
def ko_mass(book):
    from lexcheck.engine.api import derive_case, open_case
    return derive_case(open_case("ko-v-sessions", book), book)


@pytest.fixture(scope="session")
def open_finding(book):
    """A small case that leaves a deciding finding open (tests/cases/open-finding.yaml)."""
    from pathlib import Path
    from lexcheck.engine.api import derive_case, open_case
    return derive_case(open_case(str(Path(__file__).parent / "cases" / "open-finding.yaml"), book), book)


@pytest.fixture(scope="session")
def ko_ice(book):
    from lexcheck.engine.api import derive_case, open_case
    return derive_case(open_case("ko-v-ice", book), book)
