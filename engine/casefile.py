"""Case files: one YAML file per case, loaded safely and checked in full.

Every problem is reported with file:line:column and what to do; a file with
any error is refused whole (nothing half-loaded). Three modules do the work,
and this one joins them:

- `casemodel`: the data model (`Case`, `Fact`, `Party`, `Problem`, ...);
- `caseread`: bounded reading (regular files only, at most the size limit)
  and YAML as plain text with positions (duplicate keys refused, every scalar
  kept as written);
- `casecheck`: validation against the layout and the vocabulary.
"""
from __future__ import annotations

from pathlib import Path

from .casecheck import (  # noqa: F401  (the names other modules import from here)
    CASE_FIELDS, COUNT_FIELDS, FACT_FIELDS, FINDING_STATUS, GENERATED, OUTCOMES, PARTY_FIELDS, PLACEHOLDER,
    REQUIRED_CASE_FIELDS, ROLES, RULING_FIELDS, TOP_FIELDS, atom_problem, check_atom, load_case_data)
from .casemodel import (  # noqa: F401
    Case, CaseFileError, Conflict, Count, Fact, Party, Problem, RecordedRuling)
from .caseread import (  # noqa: F401
    _FAST_LOADER, MAX_BYTES, MAX_DEPTH, MAX_NODES, MAX_VALUE, Located, decode, read_bounded, read_yaml)
from .vocabulary import Vocabulary


def load_case_text(text: str, vocabulary: Vocabulary, source: str = "<text>") -> Case:
    data, located = read_yaml(text, source)
    return load_case_data(data, vocabulary, source, located)


def load_case_file(path, vocabulary: Vocabulary) -> Case:
    """A case file from disk: a regular file of at most MAX_BYTES bytes of UTF-8 YAML."""
    from .escape import terminal
    raw = read_bounded(Path(path))
    source = terminal(str(path))  # the name problems are reported under: never a raw control character
    return load_case_text(decode(raw, source), vocabulary, source)


def schema() -> dict:
    """The published JSON Schema of a case file's layout (`casefile.schema.json`,
    installed with the package): structural only — the loader's own checks
    (atoms, names, dates, contradictions) go further."""
    import json
    from importlib import resources
    return json.loads(resources.files("lexcheck.engine").joinpath("casefile.schema.json").read_text("utf-8"))
