"""The doctrine: one module per test, loaded into one checked rule book."""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module

# Order matters only for reading: the record first, then each doctrine.
DOCTRINES = [
    "courts",
    "record",
    "prima_facie_showing",
    "long_arm",
    "imputation",
    "express_aiming",
    "purposeful_direction",
    "purposeful_availment",
    "but_for_nexus",
    "relatedness",
    "reasonableness",
    "specific_jurisdiction",
    "general_jurisdiction",
    "jurisdictional_discovery",
    "venue",
    "transfer",
    "jurisdiction_first",
    "procedural_rulings",
    "rights",
    "section_1983",
    "statutory_immunity",
    "sovereign_immunity",
    "bivens_new_context",
    "bivens_special_factors",
    "workable_cause_of_action",
    "ftca_as_alternative_remedy",
    "qualified_immunity",
    "absolute_immunity",
    "conspiracy_1985",
    "neglect_1986",
    "ftca_exhaustion",
    "ftca_exceptions",
    "leave_to_amend",
    "disposition",
    "summary_judgment",
    "appellate_review",
]


@lru_cache(maxsize=1)
def rulebook():
    """The checked rule book (built once per process)."""
    from lexcheck.engine.rulebook import RuleBook
    return RuleBook.from_modules([import_module(f"lexcheck.rules.{name}") for name in DOCTRINES])
