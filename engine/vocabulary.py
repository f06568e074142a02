"""Every predicate the rules or a case file may use, declared once.

A predicate has named, typed arguments, an English sentence with a slot per
argument (explanations are rendered through it) and a kind:

- ``record``  — what the record says happened; stated in case files with a cite;
- ``finding`` — an open-textured characterisation a court makes from the record
  (e.g. "this conduct was national policymaking"); stated in case files with
  the opinion page that makes it, as made or denied;
- ``derived`` — concluded by rules only; a case file may never state one.

Derived predicates may be marked ``exception``: a named limit that defeats an
element (e.g. the national-policymaking exception to express aiming).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

RECORD, FINDING, DERIVED = "record", "finding", "derived"
KINDS = (RECORD, FINDING, DERIVED)

# Argument types. `party` must name a party declared in the case file; the
# others are checked by the value's shape.
TYPES = {
    "party": "a party id declared under `parties:`",
    "count": "a count id declared under `counts:`",
    "symbol": "a lower-case identifier such as `arizona` or `policy_planning`",
    "int": "a whole number",
    "date": "a date written YYYY-MM-DD",
    "text": "a quoted string",
}


@dataclass(frozen=True)
class Arg:
    name: str
    type: str


@dataclass(frozen=True)
class Predicate:
    name: str
    args: tuple
    sentence: str
    kind: str
    exception: bool = False
    # At most one value of the last argument per combination of the others
    # (e.g. one age per child); two different values are a contradiction.
    functional: bool = False
    doctrine: str = ""

    @property
    def arity(self) -> int:
        return len(self.args)

    def render(self, values) -> str:
        return self.sentence.format(**{a.name: str(v) for a, v in zip(self.args, values)})

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(f'{a.name}: {a.type}' for a in self.args)})"


def pred(name: str, args: str, sentence: str, kind: str, *, exception: bool = False,
         functional: bool = False) -> Predicate:
    """Declare a predicate: ``pred("age_at_separation", "child:party age:int", "{child} was {age}", RECORD)``."""
    parsed = []
    for part in args.split():
        arg_name, _, arg_type = part.partition(":")
        parsed.append(Arg(arg_name, arg_type))
    return Predicate(name, tuple(parsed), sentence, kind, exception, functional)


class VocabularyError(ValueError):
    pass


@dataclass
class Vocabulary:
    predicates: dict = field(default_factory=dict)
    limit_ids: set = field(default_factory=set)  # a recorded ruling's `because` may name a limit

    def declare(self, p: Predicate, doctrine: str) -> None:
        where = f"predicate {p.name!r} (in {doctrine})"
        if p.name in self.predicates:
            raise VocabularyError(f"{where} is already declared in {self.predicates[p.name].doctrine}")
        if p.kind not in KINDS:
            raise VocabularyError(f"{where}: kind must be one of {', '.join(KINDS)}, not {p.kind!r}")
        if p.exception and p.kind != DERIVED:
            raise VocabularyError(f"{where}: only a derived predicate can be an exception")
        for a in p.args:
            if a.type not in TYPES:
                raise VocabularyError(f"{where}: argument {a.name!r} has unknown type {a.type!r}")
        try:
            p.sentence.format(**{a.name: "x" for a in p.args})
        except (KeyError, IndexError, ValueError) as e:
            raise VocabularyError(f"{where}: its sentence has a slot that is not an argument: {e}") from None
        object.__setattr__(p, "doctrine", doctrine)
        self.predicates[p.name] = p

    def get(self, name: str) -> Predicate:
        try:
            return self.predicates[name]
        except KeyError:
            raise VocabularyError(f"unknown predicate {name!r}{self.suggest(name)}") from None

    def suggest(self, name: str) -> str:
        close = difflib.get_close_matches(name, self.predicates, n=3, cutoff=0.6)
        return f" (did you mean {' or '.join(close)}?)" if close else ""

    def __contains__(self, name: str) -> bool:
        return name in self.predicates

    def __iter__(self):
        return iter(sorted(self.predicates.values(), key=lambda p: p.name))
