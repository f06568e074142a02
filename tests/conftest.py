"""Shared fixtures and hypothesis profiles.

Profiles: `ci` (deterministic, bounded; used when CI is set) and `thorough`
(LEXCHECK_PROFILE=thorough: many more examples). Default is `dev`.
"""
from __future__ import annotations

import os

os.environ["LEXCHECK_CHECK_BOUNDS"] = "1"  # before lexcheck.engine.rulings is imported

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, print_blob=True,
                          database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("LEXCHECK_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


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
