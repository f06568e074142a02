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

An argument may be typed with a *closed vocabulary* instead of a base type
(``forum:state``, ``right:right``): a symbol whose members the rule book
declares once (``symbols("state", ...)``). Such an argument is a symbol
everywhere the engine reads it; a case file that names a member the rule book
does not know gets a warning with did-you-mean, so an unknown symbol never
silently changes an outcome.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

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
    closed: str = ""  # the closed vocabulary its values come from ("state", "right", ...), if any


@dataclass(frozen=True)
class Symbols:
    """A closed vocabulary: the symbols the rule book knows for one kind of
    thing (states, circuits, rights, ranks ...). Several doctrine modules may
    add members to one vocabulary; each member may carry a short gloss."""
    name: str
    means: str
    members: tuple  # (symbol, gloss) pairs
    doctrine: str = ""
    named: bool = False  # each gloss is the member's name, which prose reads instead of the symbol


def symbols(name: str, means: str, members, *, named: bool = False) -> Symbols:
    """Declare (or add to) a closed vocabulary: ``symbols("circuit", "a federal circuit", ["first", ...])``.
    `members` is a list of symbols or of (symbol, gloss) pairs. With `named=True` each gloss is the
    member's name (``("new_york", "New York")``): explanations read the name where the symbol stands."""
    pairs = tuple((m, "") if isinstance(m, str) else (m[0], m[1]) for m in members)
    return Symbols(name, means, pairs, named=named)


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
    # For a finding: the record facts that put its question in issue (e.g. a
    # defendant asserting qualified immunity puts both prongs in issue). Where
    # they hold and the case file does not decide the finding, it is open.
    raised_by: str = ""
    # How an explanation says the atom does not hold, where "it is not the case that ..." would read as a
    # double negative a lawyer trips on ("the law did not clearly establish ..."): a sentence with the same slots.
    negated: str = ""

    @property
    def arity(self) -> int:
        return len(self.args)

    def render(self, values) -> str:
        return self.sentence.format(**{a.name: str(v) for a, v in zip(self.args, values)})

    def render_negated(self, values) -> str:
        if not self.negated:
            return f"it is not the case that {self.render(values)}"
        return self.negated.format(**{a.name: str(v) for a, v in zip(self.args, values)})

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(f'{a.name}: {a.closed or a.type}' for a in self.args)})"


def pred(name: str, args: str, sentence: str, kind: str, *, exception: bool = False,
         functional: bool = False, raised_by: str = "", negated: str = "") -> Predicate:
    """Declare a predicate: ``pred("age_at_separation", "child:party age:int", "{child} was {age}", RECORD)``."""
    parsed = []
    for part in args.split():
        arg_name, _, arg_type = part.partition(":")
        if arg_type in TYPES:
            parsed.append(Arg(arg_name, arg_type))
        else:  # a closed vocabulary: a symbol from a declared set (checked when declared)
            parsed.append(Arg(arg_name, "symbol", arg_type))
    return Predicate(name, tuple(parsed), sentence, kind, exception, functional, raised_by=raised_by,
                     negated=negated)


class VocabularyError(ValueError):
    pass


@dataclass
class Vocabulary:
    predicates: dict = field(default_factory=dict)
    limit_ids: set = field(default_factory=set)  # a recorded ruling's `because` may name a limit
    closed: dict = field(default_factory=dict)   # closed vocabulary name -> {symbol: gloss}
    closed_means: dict = field(default_factory=dict)  # closed vocabulary name -> what its members are
    names: dict = field(default_factory=dict)  # named closed vocabulary -> {symbol: the name prose reads}
    courts: object = None  # the rule book's declared courts (law_in_force.Courts), for checking a header's `court:`

    def declare_symbols(self, s: Symbols, doctrine: str) -> None:
        if not re.match(r"^[a-z][a-z0-9_]*$", s.name) or s.name in TYPES:
            raise VocabularyError(f"closed vocabulary {s.name!r} (in {doctrine}): a name in lower case "
                                  f"that is not a base type ({', '.join(TYPES)})")
        members = self.closed.setdefault(s.name, {})
        if s.means:
            self.closed_means.setdefault(s.name, s.means)
        for sym, gloss in s.members:
            if not re.match(r"^[a-z][a-z0-9_]*$", sym):
                raise VocabularyError(f"closed vocabulary {s.name!r} (in {doctrine}): member {sym!r} "
                                      f"is not a lower-case identifier")
            if gloss or sym not in members:
                members[sym] = gloss
            if s.named and gloss:
                self.names.setdefault(s.name, {})[sym] = gloss

    def name_of(self, arg: Arg, value) -> Optional[str]:
        """The declared name of a symbol an argument holds, read in prose instead of the symbol: from
        the argument's closed vocabulary, else from the vocabulary the argument is named after
        (`state:symbol` reads a state's name); where that vocabulary has the member but no name for it
        (a forum that is a state), the name another vocabulary declares for it. Else None."""
        own = [c for c in (arg.closed, arg.name) if c and value in self.closed.get(c, {})]
        for closed in own:
            name = self.names.get(closed, {}).get(value)
            if name:
                return name
        if own:
            for names in self.names.values():
                if value in names:
                    return names[value]
        return None

    def unknown_member(self, closed: str, value) -> Optional[tuple]:
        """(message, fix) when `value` is not a member of the closed vocabulary, else None."""
        members = self.closed.get(closed, {})
        if value in members:
            return None
        close = difflib.get_close_matches(str(value), list(members), n=3, cutoff=0.75)
        hint = f"did you mean {' or '.join(f'`{c}`' for c in close)}? " if close else ""
        listing = ", ".join(sorted(members)) if len(members) <= 40 else \
            f"{len(members)} of them: `lexcheck vocab --symbols {closed}` lists them"
        what = self.closed_means.get(closed, closed)
        return (f"`{value}` is not a {closed} the rule book knows ({what}); no rule reads it, "
                f"so it cannot decide anything",
                f"{hint}known: {listing}")

    def declare(self, p: Predicate, doctrine: str) -> None:
        where = f"predicate {p.name!r} (in {doctrine})"
        if p.name in self.predicates:
            raise VocabularyError(f"{where} is already declared in {self.predicates[p.name].doctrine}")
        if p.kind not in KINDS:
            raise VocabularyError(f"{where}: kind must be one of {', '.join(KINDS)}, not {p.kind!r}")
        if p.exception and p.kind != DERIVED:
            raise VocabularyError(f"{where}: only a derived predicate can be an exception")
        if p.raised_by and p.kind != FINDING:
            raise VocabularyError(f"{where}: only a finding is raised by record facts (`raised_by`)")
        for a in p.args:
            if a.type not in TYPES:
                raise VocabularyError(f"{where}: argument {a.name!r} has unknown type {a.type!r}")
            if a.closed and a.closed not in self.closed:
                raise VocabularyError(f"{where}: argument {a.name!r} has unknown type {a.closed!r} "
                                      f"(a base type: {', '.join(TYPES)}; or a closed vocabulary "
                                      f"declared with `symbols(...)`)")
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
