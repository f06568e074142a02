"""The JSON contract: every `--format json` output names its schema and version.

Each schema is a JSON Schema file in this package (`<name>.schema.json`);
`envelope` stamps an output with its name and version, `schema` reads a
schema, and `validate` checks an output against the schema it names (with
jsonschema, which only the tests need). Fields are only added within a
version; renaming or removing one bumps it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

BASE = "https://lexcheck.invalid/"

# schema name -> (file, version)
SCHEMAS = {
    "lexcheck.explanation": ("explanation.schema.json", 1),
    "lexcheck.atom_explanation": ("atom-explanation.schema.json", 1),
    "lexcheck.report": ("report.schema.json", 1),
    "lexcheck.holdings": ("holdings.schema.json", 1),
    "lexcheck.verify": ("verify.schema.json", 1),
    "lexcheck.what_if": ("what-if.schema.json", 1),
    "lexcheck.flip": ("flip.schema.json", 1),
    "lexcheck.check": ("check.schema.json", 1),
    "lexcheck.rules": ("rules.schema.json", 1),
    "lexcheck.cite_check": ("cite-check.schema.json", 1),
    "lexcheck.vocab": ("vocab.schema.json", 1),
    "lexcheck.batch": ("batch.schema.json", 1),  # each line of `batch`'s JSON lines
}


def version(name: str) -> int:
    return SCHEMAS[name][1]


def envelope(name: str, data: dict) -> dict:
    """`data` with `schema` and `version` first."""
    return {"schema": name, "version": version(name), **data}


@lru_cache(maxsize=None)
def _text(file: str) -> str:
    return resources.files("lexcheck.engine").joinpath(file).read_text("utf-8")


def schema(name: str) -> dict:
    return json.loads(_text(SCHEMAS[name][0]))


def validate(data) -> None:
    """Raise jsonschema.ValidationError unless `data` satisfies the schema its `schema` field names."""
    import jsonschema
    from referencing import Registry, Resource
    if not isinstance(data, dict) or data.get("schema") not in SCHEMAS:
        raise jsonschema.ValidationError(f"no known `schema` field: {str(data)[:80]}")
    registry = Registry().with_resources(
        (BASE + file, Resource.from_contents(json.loads(_text(file)))) for file, _ in SCHEMAS.values())
    jsonschema.Draft202012Validator(schema(data["schema"]), registry=registry).validate(data)
