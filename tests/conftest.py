"""Shared fixtures and hypothesis profiles.

Profiles: `ci` (deterministic, bounded; used when CI is set) and `thorough`
(LEXCHECK_PROFILE=thorough: many more examples). Default is `dev`.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, print_blob=True,
                          database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("LEXCHECK_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


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
def ko_ice(book):
    from lexcheck.engine.api import derive_case, open_case
    return derive_case(open_case("ko-v-ice", book), book)
