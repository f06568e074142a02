"""Limits of the engine that a valid case file can reach, checked at load.

A case file within the file limits (`caseread`) may still be larger than an
engine can derive. Each such limit is checked here, before any derivation, and
reported as one `Problem` naming the file and the limit, so `check` exits 2
with its report (and its JSON), and every other command prints one line.

Today there is one: the three-valued bounds (`kleene`) enumerate the open
groundings of each finding predicate over the case's constants, at most
`kleene.MAX_OPEN_PER_PREDICATE` per predicate. When the evaluator that
replaces that fixpoint has no such limit, this check finds none and says
nothing.
"""
from __future__ import annotations

from .casemodel import Case, Problem
from .rulebook import RuleBook
from .vocabulary import FINDING

_PLURAL = {"party": "parties", "text": "texts", "date": "dates", "int": "numbers", "symbol": "names"}


def engine_problems(book: RuleBook, case: Case) -> list[Problem]:
    """One error per engine limit this case exceeds (usually none)."""
    from . import kleene
    limit = getattr(kleene, "MAX_OPEN_PER_PREDICATE", None)
    facts_of, constants = getattr(kleene, "Facts", None), getattr(kleene, "_rule_constants", None)
    if limit is None or facts_of is None or constants is None:
        return []
    values = {t: set(v) for t, v in facts_of.of(book, case).values.items()}
    for t, vs in constants(book).items():
        values.setdefault(t, set()).update(vs)
    out = []
    for p in book.vocabulary:
        if p.kind != FINDING:
            continue
        size = 1
        for a in p.args:
            size *= len(values.get(a.type, ()))
        if size > limit:
            kinds = " × ".join(f"{len(values.get(a.type, ())):,} {_PLURAL.get(a.type, a.type + 's')}"
                               for a in p.args)
            out.append(Problem(case.source, 1, 1,
                               f"too large for the three-valued engine: the finding `{p.name}` could be open for "
                               f"{size:,} combinations of this case's constants ({kinds}); the engine's limit is "
                               f"{limit:,} per finding",
                               fix="split the docket into smaller cases (fewer parties, acts or other names "
                                   "per file)"))
            break  # one line says it; the others have the same cause
    return out
