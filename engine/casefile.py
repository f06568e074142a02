"""Case files: one YAML file per case, loaded safely and checked in full.

Every problem is reported with file:line:column and what to do; a file with
any error is refused whole (nothing half-loaded). YAML is composed with the
safe loader (no object tags) and walked node by node, so positions survive.
"""
from __future__ import annotations

import datetime as _dt
import difflib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Optional

import yaml

from .law_in_force import GUARD
from .syntax import Atom, Date, SyntaxProblem, Var, argument_columns, parse_atom, python_value
from .vocabulary import DERIVED, FINDING, RECORD, Vocabulary

MAX_BYTES = 1_000_000   # a case file; the largest bundled one is about 30 kB
MAX_NODES = 50_000      # YAML nodes once aliases are expanded (stops "billion laughs")
MAX_DEPTH = 20          # nesting; a case file needs 4
MAX_VALUE = 5_000       # characters in one value

CASE_FIELDS = {"id", "caption", "citation", "court", "circuit", "forum", "docket", "decided", "judge",
               "motion", "source"}
REQUIRED_CASE_FIELDS = ("id", "caption", "court", "circuit", "forum", "decided", "motion")
PARTY_FIELDS = {"id", "name", "role", "agency", "title", "rank", "cite"}
ROLES = ("plaintiff", "defendant")
COUNT_FIELDS = {"id", "title", "right", "against", "cite"}
FACT_FIELDS = {"fact", "finding", "cite", "page", "status", "note"}
FINDING_STATUS = ("made", "denied", "open")  # open: argued, and left undecided by the court
RULING_FIELDS = {"ruling", "outcome", "element", "because", "cite", "note"}
OUTCOMES = ("holds", "fails", "not_reached")
TOP_FIELDS = {"case", "parties", "counts", "facts", "rulings"}
PLACEHOLDER = "TODO"  # `lexcheck new` writes it wherever the user must fill something in

# Record facts the loader writes from the header, parties and counts.
GENERATED = {
    "forum_state": "the `case:` header (`forum:`)",
    "forum_in_circuit": "the `case:` header (`forum:` and `circuit:`)",
    "plaintiff": "the `parties:` list (`role: plaintiff`)",
    "defendant": "the `parties:` list (`role: defendant`)",
    "member_of_agency": "the `parties:` list (`agency:`)",
    "holds_rank": "the `parties:` list (`rank:`)",
    "count_invokes": "the `counts:` list (`right:`)",
    "count_against": "the `counts:` list (`against:`)",
    GUARD: "the rule book and the `case:` header (`court:`, `circuit:`, `decided:`)",
}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    severity: str = "error"  # or "warning"
    fix: str = ""            # what to do about it, in a sentence

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}" + \
            (f" — fix: {self.fix}" if self.fix else "")

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column, "severity": self.severity,
                "message": self.message, "fix": self.fix}


class CaseFileError(Exception):
    """The case file cannot be loaded; `problems` lists every error (and warning) found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in errors))


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    role: str
    agency: str = ""
    title: str = ""
    rank: str = ""
    cite: str = ""


@dataclass(frozen=True)
class Count:
    id: str
    title: str
    right: str
    against: tuple
    cite: str


@dataclass(frozen=True)
class Fact:
    """A record fact or a finding, with where it comes from (line 0: written
    by the loader from the header, parties or counts)."""
    atom: Atom
    kind: str
    cite: str
    status: str = "made"  # findings may be denied, or open (argued and left undecided)
    line: int = 0
    note: str = ""
    column: int = 0

    @cached_property  # looked up for every element an explanation visits
    def key(self) -> tuple:
        return (self.atom.pred, tuple(python_value(a) for a in self.atom.args))

    @property
    def where(self) -> str:
        return f"{self.cite}, line {self.line}" if self.line else self.cite


@dataclass(frozen=True)
class RecordedRuling:
    atom: Atom
    outcome: str
    element: str
    because: str
    cite: str
    line: int
    column: int = 0


@dataclass(frozen=True)
class Conflict:
    """The record gives two or more values for a one-value predicate (e.g. two
    ages for one child). `facts` holds one entry per value, in file order."""
    pred: str
    key: tuple   # the arguments before the last
    facts: tuple

    @property
    def group(self) -> tuple:
        return (self.pred, self.key)

    @property
    def label(self) -> str:
        return f"{self.pred}({', '.join(str(k) for k in self.key)}, _)"

    @property
    def values(self) -> list:
        return [f.key[1][-1] for f in self.facts]


@dataclass
class Case:
    """One case file, loaded. `facts` are the entries the case is derived
    under; where the record gives two values of a one-value predicate (two ages
    for one child), one reading is in `facts` (the first stated, unless chosen
    otherwise) and the others wait in `unused` — see `conflicts()`."""
    meta: dict
    parties: dict
    counts: dict
    facts: list
    rulings: list
    source: str
    warnings: list = field(default_factory=list)
    unused: list = field(default_factory=list)   # other readings of one-value predicates
    functional: frozenset = frozenset()          # the vocabulary's one-value predicates

    @property
    def id(self) -> str:
        return self.meta["id"]

    def _group(self, f: Fact):
        if f.status == "made" and f.atom.pred in self.functional and f.atom.args:
            return (f.atom.pred, f.key[1][:-1])
        return None

    def conflicts(self) -> list[Conflict]:
        """Each one-value predicate the record states with different values, in file order."""
        groups: dict = {}
        for f in sorted(self.facts + self.unused, key=lambda f: (f.line == 0, f.line)):
            g = self._group(f)
            if g is not None:
                groups.setdefault(g, {}).setdefault(f.key[1][-1], f)
        return [Conflict(pred, key, tuple(by_value.values())) for (pred, key), by_value in groups.items()
                if len(by_value) > 1]

    def chosen(self, c: Conflict):
        """The value this case is derived under for conflict `c`."""
        return next(f.key[1][-1] for f in self.facts if self._group(f) == c.group)

    def atoms(self) -> list[Atom]:
        """What the engine is told: every record fact and every finding made."""
        seen, out = set(), []
        for f in self.facts:
            if f.status == "made" and f.key not in seen:
                seen.add(f.key)
                out.append(f.atom)
        return out

    def support(self, pred: str, args: tuple) -> list[Fact]:
        """The case-file entries that state this atom."""
        # Explanations ask this thousands of times per case: index the facts once
        # (rebuilt if the list is replaced or grows).
        index = self.__dict__.get("_support")
        if index is None or index[0] is not self.facts or index[1] != len(self.facts):
            by_key: dict = {}
            for f in self.facts:
                by_key.setdefault(f.key, []).append(f)
            index = self.__dict__["_support"] = (self.facts, len(self.facts), by_key)
        return list(index[2].get((pred, tuple(args)), ()))

    def with_reading(self, reading: dict) -> "Case":
        """The case derived under other readings: {(pred, key args): value}."""
        everything = self.facts + self.unused
        return replace(self, **_split_readings(everything, self.functional, prefer=reading))

    def with_changes(self, add: list = (), drop: list = ()) -> "Case":
        """The case with facts dropped and added. An added value of a one-value
        predicate is the reading used (what if the child was 13?)."""
        drop_keys = {f.key for f in drop}
        kept = [f for f in self.facts + self.unused if f.key not in drop_keys]
        prefer = {(f.atom.pred, f.key[1][:-1]): f.key[1][-1] for f in add
                  if f.atom.pred in self.functional and f.atom.args and f.status == "made"}
        current = {g: v for g, v in ((self._group(f), f.key[1][-1]) for f in self.facts) if g is not None}
        return replace(self, **_split_readings(kept + list(add), self.functional, prefer={**current, **prefer}))


def _split_readings(facts: list, functional: frozenset, prefer: dict = None) -> dict:
    """{'facts': in effect, 'unused': other readings}: one value per one-value
    group — `prefer`'s where it names one that is stated, else the first stated."""
    prefer = prefer or {}
    chosen: dict = {}
    for f in facts:
        if f.status == "made" and f.atom.pred in functional and f.atom.args:
            group, value = (f.atom.pred, f.key[1][:-1]), f.key[1][-1]
            if group not in chosen or (prefer.get(group) == value and chosen[group] != value):
                chosen[group] = value
    in_effect, unused = [], []
    for f in facts:
        if f.status == "made" and f.atom.pred in functional and f.atom.args and \
                chosen[(f.atom.pred, f.key[1][:-1])] != f.key[1][-1]:
            unused.append(f)
        else:
            in_effect.append(f)
    return {"facts": in_effect, "unused": unused}


# -- YAML with positions ----------------------------------------------------

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_TAG + t for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


class _Refused(Exception):
    """The YAML cannot be taken as plain, bounded data; says where."""

    def __init__(self, mark, message: str, fix: str = "write the case as plain YAML: text, numbers, lists "
                                                       "and `field: value` lines, without tags or aliases"):
        super().__init__(message)
        self.line, self.column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.message, self.fix = message, fix


class _BoundedLoader(yaml.SafeLoader):
    """The safe loader's composer, refusing nesting deeper than MAX_DEPTH and
    more than MAX_NODES nodes before it recurses into them."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._count = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            return super().compose_node(parent, index)
        self._depth += 1
        self._count += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(self.peek_event().start_mark,
                               f"nested more than {MAX_DEPTH} levels deep; a case file needs 4",
                               "keep to the layout `lexcheck new` writes: sections, items, fields")
            if self._count > MAX_NODES:
                raise _Refused(self.peek_event().start_mark,
                               f"more than {MAX_NODES:,} YAML nodes; a case file is far smaller")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _expanded_size(node, sizes: dict, depth: int) -> int:
    """How many nodes `node` becomes once every alias is expanded, counted
    without expanding (each distinct node once); refuses past the bounds."""
    if id(node) in sizes:
        if sizes[id(node)] is None:
            raise _Refused(node.start_mark, "an alias refers to the list or mapping that contains it",
                           "write the value out in full (a case file needs no aliases)")
        return sizes[id(node)]
    if depth > MAX_DEPTH:
        raise _Refused(node.start_mark, f"nested more than {MAX_DEPTH} levels deep once aliases are expanded; "
                                        f"a case file needs 4")
    sizes[id(node)] = None  # being counted: meeting it again means a cycle
    total = 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            total += _expanded_size(k, sizes, depth + 1) + _expanded_size(v, sizes, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            total += _expanded_size(v, sizes, depth + 1)
    if total > MAX_NODES:
        raise _Refused(node.start_mark, f"more than {MAX_NODES:,} YAML nodes once aliases are expanded; "
                                        f"a case file is far smaller (and needs no aliases)")
    sizes[id(node)] = total
    return total


@dataclass
class _Located:
    """Where every key and item sits (line, column), and where each value starts."""
    positions: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)  # path -> (line, column, quoted?)
    nodes: int = 0


def _plain(node, loc: _Located, path: tuple, depth: int = 0):
    loc.nodes += 1
    if loc.nodes > MAX_NODES:
        raise _Refused(node.start_mark, f"more than {MAX_NODES:,} YAML nodes once aliases are expanded; "
                                        f"a case file is far smaller (and needs no aliases)")
    if depth > MAX_DEPTH:
        raise _Refused(node.start_mark, f"nested more than {MAX_DEPTH} levels deep (an alias may refer to "
                                        f"itself); a case file needs 4")
    here = (node.start_mark.line + 1, node.start_mark.column + 1)
    loc.positions[path] = here
    if node.tag not in _PLAIN_TAGS:
        raise _Refused(node.start_mark, f"the YAML tag {node.tag} is not allowed; a case file is plain data "
                                        f"(text, numbers, lists and `field: value` mappings)")
    if isinstance(node, yaml.MappingNode):
        out = {}
        for k, v in node.value:
            if k.tag == _TAG + "merge" or (k.tag == _TAG + "str" and k.value == "<<" and k.style is None):
                raise _Refused(k.start_mark, "YAML merge keys (`<<`) are not supported",
                               "write each field out in full")
            key = _plain(k, loc, path + ("<key>",), depth + 1)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                key = str(key)
            out[key] = _plain(v, loc, path + (key,), depth + 1)
            loc.positions[path + (key,)] = (k.start_mark.line + 1, k.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_plain(v, loc, path + (i,), depth + 1) for i, v in enumerate(node.value)]
    loc.values[path] = here + (node.style in ("'", '"'),)
    if len(node.value) > MAX_VALUE:
        raise _Refused(node.start_mark, f"a value of {len(node.value):,} characters; the limit is "
                                        f"{MAX_VALUE:,} per value",
                       "shorten it: a fact states one thing, and a note or title needs no more than a paragraph")
    if node.tag == _TAG + "timestamp":
        return node.value  # checked as text, so a bad date is reported where it is
    try:
        return _SCALARS.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as e:
        raise _Refused(node.start_mark, f"cannot read the value {node.value[:40]!r}: {e}",
                       "quote it to make it text, or write a shorter number") from None


_SCALARS = yaml.SafeLoader("")  # resolves scalar tags (int, float, bool, null)


def read_yaml(text: str, source: str):
    """(value, located) or raise CaseFileError with the position of the fault."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise CaseFileError([Problem(source, 1, 1, f"the file is larger than {MAX_BYTES:,} bytes, the limit; "
                                                   f"a case file is far smaller",
                                     fix="split it into one file per case, or trim it")])
    try:
        node = _compose(text)
    except _Refused as e:
        raise CaseFileError([Problem(source, e.line, e.column, f"refused: {e.message}", fix=e.fix)]) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = (e.problem or e.context or "unreadable").replace("<stream end>", "the end of the file")
        if e.context and e.problem and e.context_mark is not None:
            what += f" ({e.context} that started at line {e.context_mark.line + 1}, " \
                    f"column {e.context_mark.column + 1})"
        fix = "indent with spaces: YAML does not allow tabs" if "'\\t'" in what else \
            "check the indentation and quoting here; a value containing `: ` or starting with a special " \
            "character needs quotes"
        raise CaseFileError([Problem(source, line, col, f"malformed YAML: {what}", fix=fix)]) from None
    except yaml.reader.ReaderError as e:
        before = text[:e.position]
        line, col = before.count("\n") + 1, e.position - (before.rfind("\n") + 1) + 1
        raise CaseFileError([Problem(source, line, col, f"a character YAML does not allow: U+{e.character:04X}",
                                     fix="delete it (control characters cannot appear in a YAML file)")]) from None
    except (yaml.YAMLError, RecursionError, ValueError) as e:
        raise CaseFileError([Problem(source, 1, 1, f"malformed YAML: {e}",
                                     fix="save the file as plain UTF-8 YAML")]) from None
    loc = _Located()
    if node is None:
        return {}, loc
    try:
        _expanded_size(node, {}, 0)  # before expanding anything: aliases can multiply a small file
        return _plain(node, loc, ()), loc
    except _Refused as e:
        raise CaseFileError([Problem(source, e.line, e.column, f"refused: {e.message}", fix=e.fix)]) from None
    finally:
        # The constructor remembers every node it built; forget them, or a
        # docket's memory grows with every file read.
        _SCALARS.constructed_objects.clear()


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml, when PyYAML was built with it
_FEW_INDICATORS = 500


def _compose(text: str):
    """The YAML node tree. libyaml composes a case file ten times faster than
    pure-Python PyYAML, but only a shallow one (its composer recurses in C,
    where deep nesting crashes the process); otherwise, and on any failure,
    the bounded pure-Python composer reads the text, so errors, positions and
    refusals are always its own."""
    if _FAST_LOADER is not None:
        try:
            shallow = _shallow(text)
        except Exception:
            shallow = False  # malformed: the pure-Python loader says where
        if shallow:
            try:
                return yaml.compose(text, Loader=_FAST_LOADER)
            except Exception:
                pass
    loader = _BoundedLoader(text)  # reads the text at once: may refuse a character
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _shallow(text: str) -> bool:
    """Whether the text nests no deeper than a case file may. Every collection
    starts at an indicator (`-`, `?`, `:`, `[`, `{`), so a text with few of them
    is shallow; otherwise count the depth from libyaml's event stream, which is
    not recursive."""
    if sum(text.count(c) for c in "-?:[{") <= _FEW_INDICATORS:
        return True
    depth = 0
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return True


# -- validation -------------------------------------------------------------

def _did_you_mean(name: str, options) -> str:
    close = difflib.get_close_matches(str(name), sorted(str(o) for o in options), n=1, cutoff=0.5)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _is_placeholder(value) -> bool:
    return isinstance(value, str) and value.strip().startswith(PLACEHOLDER)


class _Checker:
    def __init__(self, vocabulary: Vocabulary, source: str, located: Optional[_Located]):
        self.vocabulary, self.source = vocabulary, source
        self.positions = located.positions if located else {}
        self.values = located.values if located else {}
        self.problems: list[Problem] = []
        self.placeholders: set = set()
        self.unknown: set = set()  # paths of mappings with an unknown field

    def at(self, path: tuple) -> tuple:
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def at_value(self, path: tuple, offset: int = 0) -> tuple:
        """Where the value at `path` starts, `offset` characters into its text."""
        if path in self.values:
            line, col, quoted = self.values[path]
            return line, col + int(quoted) + offset
        return self.at(path)

    def error(self, path, message, fix="", severity="error", where=None):
        if any(path[:len(p)] == p for p in self.placeholders):
            return  # reported once, as a placeholder to fill in
        line, col = where or self.at(path)
        self.problems.append(Problem(self.source, line, col, message, severity, fix))

    def warn(self, path, message, fix="", where=None):
        self.error(path, message, fix, severity="warning", where=where)

    def find_placeholders(self, value, path=()):
        """Report each TODO that `lexcheck new` left, once, and skip its other checks."""
        if isinstance(value, dict):
            for k, v in value.items():
                self.find_placeholders(v, path + (k,))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self.find_placeholders(v, path + (i,))
        elif _is_placeholder(value):
            name = next((str(p) for p in reversed(path) if isinstance(p, str)), "value")
            self.error(path, f"`{name}` is still a placeholder ({value.strip()[:60]!r})",
                       f"replace TODO with the real `{name}` (the comment beside it gives an example), or "
                       f"delete the line if it is optional", where=self.at_value(path))
            self.placeholders.add(path)

    def text(self, value, path, name, required=True) -> str:
        if value is None or value == "":
            if required and path[:-1] not in self.unknown:  # a misspelt field is reported as unknown
                self.error(path, f"`{name}` is missing", f"add `{name}: ...`")
            return ""
        if isinstance(value, bool):
            self.error(path, f"`{name}` must be text, not {str(value).lower()}",
                       "quote the value: YAML reads yes/no/on/off/true/false as true or false",
                       where=self.at_value(path))
            return ""
        if isinstance(value, (_dt.date,)):
            return value.isoformat()
        if not isinstance(value, (str, int, float)):
            self.error(path, f"`{name}` must be text, not a {_kind_of(value)}", f"write `{name}: ` and one value",
                       where=self.at_value(path))
            return ""
        return str(value)

    def mapping(self, value, path, name, allowed: set) -> dict:
        if not isinstance(value, dict):
            self.error(path, f"{name} must be a mapping of `field: value` lines, not a {_kind_of(value)}",
                       f"write one `field: value` per line under it; fields: {', '.join(sorted(allowed))}")
            return {}
        for key in value:
            if key not in allowed:
                self.unknown.add(path)
                hint = _did_you_mean(key, allowed)
                fix = f"use one of the fields {', '.join(sorted(allowed))}"
                if hint:
                    fix = f"rename it to `{hint.split('`')[1]}`"
                if str(key).rstrip().endswith(")"):
                    hint = " — an atom's commas split a `{ ... }` mapping"
                    fix = "write the item in block style (one `field: value` per line) or quote the atom"
                self.error(path + (key,), f"unknown field `{key}` in {name}{hint}", fix)
        return value

    def sequence(self, value, path, name) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"`{name}` must be a list, not a {_kind_of(value)}",
                       "start each item on its own line with `- `")
            return []
        return value


def _kind_of(value) -> str:
    return {dict: "mapping", list: "list", str: "text", int: "number", float: "number", bool: "true/false",
            type(None): "blank"}.get(type(value), type(value).__name__)


def load_case_text(text: str, vocabulary: Vocabulary, source: str = "<text>") -> Case:
    data, located = read_yaml(text, source)
    return load_case_data(data, vocabulary, source, located)


def load_case_file(path, vocabulary: Vocabulary) -> Case:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CaseFileError([Problem(str(path), 1, 1, f"the file is larger than {MAX_BYTES:,} bytes, the "
                                                          f"limit; a case file is far smaller",
                                         fix="split it into one file per case, or trim it")])
        raw = path.read_bytes()
    except OSError as e:
        raise CaseFileError([Problem(str(path), 1, 1, f"cannot read the file: {e.strerror}",
                                     fix="check the path")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise CaseFileError([Problem(str(path), line, column, f"not UTF-8 text (byte {e.start:,})",
                                     fix="save the file as UTF-8")]) from None
    return load_case_text(text, vocabulary, str(path))


def load_case_data(data: Any, vocabulary: Vocabulary, source: str = "<data>",
                   located: Optional[_Located] = None) -> Case:
    """Validate plain data (as parsed from YAML, or built by a test) into a Case.
    Pure: it reads its arguments and returns a new Case or raises; nothing else changes."""
    ck = _Checker(vocabulary, source, located if isinstance(located, _Located) else None)
    ck.find_placeholders(data)
    top = ck.mapping(data, (), "the case file", TOP_FIELDS)
    meta = _check_meta(ck, top.get("case"))
    parties = _check_parties(ck, top.get("parties"))
    counts = _check_counts(ck, top.get("counts"), parties)
    facts = _generated_facts(meta, parties, counts)
    facts += _check_facts(ck, top.get("facts"), parties, counts)
    _check_consistency(ck, facts)
    _check_symbols(ck, meta, parties, counts, facts)
    rulings = _check_rulings(ck, top.get("rulings"), parties, counts)
    ck.problems.sort(key=lambda p: (p.line, p.column))
    if any(p.severity == "error" for p in ck.problems):
        raise CaseFileError(ck.problems)
    functional = frozenset(p.name for p in vocabulary if p.functional)
    return Case(meta, parties, counts, rulings=rulings, source=source, functional=functional,
                warnings=[p for p in ck.problems if p.severity == "warning"], **_split_readings(facts, functional))


def _check_meta(ck: _Checker, value) -> dict:
    path = ("case",)
    if value is None:
        ck.error((), "the `case:` header is missing",
                 "add a `case:` header with id, caption, court, circuit, forum, decided and motion "
                 "(`lexcheck new` writes one)")
        return {k: "" for k in CASE_FIELDS}
    m = ck.mapping(value, path, "the `case:` header", CASE_FIELDS)
    meta = {}
    for k in sorted(CASE_FIELDS):
        meta[k] = ck.text(m.get(k), path + (k,), k, required=k in REQUIRED_CASE_FIELDS and bool(m)) \
            if (path + (k,)) not in ck.placeholders else ""
    for k, example in (("forum", "arizona"), ("circuit", "ninth")):
        if meta[k] and not _symbol_ok(meta[k]):
            ck.error(path + (k,), f"`{k}` must be a lower-case identifier, not {meta[k]!r}",
                     f"write it in lower case with underscores, e.g. `{example}`", where=ck.at_value(path + (k,)))
    if meta["decided"] and not _partial_date_ok(meta["decided"]):
        ck.error(path + ("decided",), f"`decided` is not a date: {meta['decided']!r}",
                 "write YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known", where=ck.at_value(path + ("decided",)))
    return meta


def _check_symbols(ck: _Checker, meta: dict, parties: dict, counts: dict, facts: list) -> None:
    """Warn where the file names a court, circuit, state, right, rank ... that the
    rule book's closed vocabularies do not know: no rule reads such a symbol, so
    it can never decide anything, and the file's author should hear so."""
    voc = ck.vocabulary
    court = meta.get("court") or ""
    known_court = voc.courts.named(court) if voc.courts else None
    if court and voc.courts and known_court is None:
        close = difflib.get_close_matches(court, sorted({c.names[0] for c in voc.courts}), n=3, cutoff=0.6)
        ck.warn(("case", "court"), f"`{court}` is not a court the rule book knows, so only the Supreme Court's, "
                f"enacted law's and the header circuit's rules decide this case",
                (f"did you mean {' or '.join(f'`{c}`' for c in close)}? " if close else "")
                + "write the court as the reporter abbreviates it, e.g. `D. Ariz.`, `9th Cir.` or `U.S.`",
                where=ck.at_value(("case", "court")))
    circuit = meta.get("circuit") or ""
    if known_court is not None and known_court.circuit and circuit and known_court.circuit != circuit:
        ck.warn(("case", "circuit"), f"`{court}` sits in the {known_court.circuit} circuit, not the {circuit}",
                f"write `circuit: {known_court.circuit}`", where=ck.at_value(("case", "circuit")))
    header = {"forum": ("forum_state", 0), "circuit": ("forum_in_circuit", 1)}
    for field_name, (pred_name, i) in header.items():
        value = meta.get(field_name)
        if not value or pred_name not in voc:
            continue
        arg = voc.get(pred_name).args[i]
        bad = arg.closed and _symbol_ok(value) and voc.unknown_member(arg.closed, value)
        if bad:
            ck.warn(("case", field_name), f"`{field_name}: {value}`: {bad[0]}", bad[1],
                    where=ck.at_value(("case", field_name)))
    party_paths = {pid: i for i, pid in enumerate(parties)}
    count_paths = {cid: i for i, cid in enumerate(counts)}
    generated_at = {"holds_rank": lambda a: ("parties", party_paths.get(a[0]), "rank"),
                    "member_of_agency": lambda a: ("parties", party_paths.get(a[0]), "agency"),
                    "count_invokes": lambda a: ("counts", count_paths.get(a[0]), "right")}
    warned = set()
    for f in facts:
        if f.atom.pred in ("forum_state", "forum_in_circuit") and not f.line:
            continue
        p = voc.get(f.atom.pred)
        for i, (arg, value) in enumerate(zip(p.args, f.key[1])):
            if not arg.closed or (arg.closed, value) in warned:
                continue
            bad = voc.unknown_member(arg.closed, value)
            if not bad:
                continue
            warned.add((arg.closed, value))
            if f.line:
                cols = argument_columns(str(f.atom))
                where = (f.line, f.column + cols[i] - 1 if f.column and len(cols) > i else f.column or 1)
                ck.warn(("facts",), f"`{f.atom}`: {bad[0]}", bad[1], where=where)
            else:
                path = generated_at.get(f.atom.pred, lambda a: ("case",))(f.key[1])
                ck.warn(path, f"`{value}`: {bad[0]}", bad[1], where=ck.at_value(path))


def _partial_date_ok(text: str) -> bool:
    padded = {4: "-01-01", 7: "-01", 10: ""}.get(len(text))
    if padded is None:
        return False
    try:
        _dt.date.fromisoformat(text + padded)
        return True
    except ValueError:
        return False


def _symbol_ok(s) -> bool:
    return isinstance(s, str) and bool(s) and s[0].islower() and s.isascii() and \
        all(c.islower() or c.isdigit() or c == "_" for c in s) and len(s) <= 100


def _check_parties(ck: _Checker, value) -> dict:
    parties = {}
    for i, item in enumerate(ck.sequence(value, ("parties",), "parties")):
        path = ("parties", i)
        m = ck.mapping(item, path, "a party", PARTY_FIELDS)
        if not m:
            continue
        pid = m.get("id")
        if not _symbol_ok(pid):
            ck.error(path + ("id",), f"party id must be a lower-case identifier, not {pid!r}",
                     "use lower case, digits and underscores, e.g. `sessions` or `doe_1`",
                     where=ck.at_value(path + ("id",)) if "id" in m else None)
            continue
        if pid in parties:
            ck.error(path + ("id",), f"party `{pid}` is declared twice",
                     "give each party its own id, or delete the second entry", where=ck.at_value(path + ("id",)))
            continue
        role = ck.text(m.get("role"), path + ("role",), "role")
        if role and role not in ROLES:
            ck.error(path + ("role",), f"role must be plaintiff or defendant, not {role!r}",
                     f"write `role: plaintiff` or `role: defendant`{_did_you_mean(role, ROLES)}",
                     where=ck.at_value(path + ("role",)))
        for k in ("agency", "rank"):
            if m.get(k) is not None and not _symbol_ok(m.get(k)):
                ck.error(path + (k,), f"`{k}` must be a lower-case identifier, not {m.get(k)!r}",
                         "use lower case and underscores, e.g. `hhs` or `agency_head`", where=ck.at_value(path + (k,)))
        agency, rank = (m.get(k) if _symbol_ok(m.get(k)) else "" for k in ("agency", "rank"))
        parties[pid] = Party(pid, ck.text(m.get("name"), path + ("name",), "name"), role if role in ROLES else "",
                             agency, ck.text(m.get("title"), path + ("title",), "title", required=False),
                             rank, ck.text(m.get("cite"), path + ("cite",), "cite"))
    return parties


def _check_counts(ck: _Checker, value, parties: dict) -> dict:
    counts = {}
    for i, item in enumerate(ck.sequence(value, ("counts",), "counts")):
        path = ("counts", i)
        m = ck.mapping(item, path, "a count", COUNT_FIELDS)
        if not m:
            continue
        cid = m.get("id")
        if not _symbol_ok(cid):
            ck.error(path + ("id",), f"count id must be a lower-case identifier, not {cid!r}",
                     "use lower case, digits and underscores, e.g. `count_1`")
            continue
        if cid in counts:
            ck.error(path + ("id",), f"count `{cid}` is declared twice",
                     "give each count its own id, or delete the second entry")
            continue
        right = m.get("right")
        if not _symbol_ok(right):
            ck.error(path + ("right",), f"`right` must be a lower-case identifier, not {right!r}",
                     "name the right in lower case, e.g. `fifth_amendment_family_integrity`")
            right = ""
        against = m.get("against")
        if against == "all_defendants":
            against = [p.id for p in parties.values() if p.role == "defendant"]
        elif not isinstance(against, list):
            ck.error(path + ("against",), "`against` must be a list of party ids or `all_defendants`",
                     "write `against: [id1, id2]` or `against: all_defendants`")
            against = []
        known = []
        for j, d in enumerate(against):
            if isinstance(d, str) and d in parties:
                known.append(d)
            else:
                ck.error(path + ("against", j), f"`{d}` is not a declared party",
                         f"declare it under `parties:` or correct the id{_did_you_mean(d, parties)}")
        counts[cid] = Count(cid, ck.text(m.get("title"), path + ("title",), "title"), right,
                            tuple(known), ck.text(m.get("cite"), path + ("cite",), "cite"))
    return counts


def _generated_facts(meta: dict, parties: dict, counts: dict) -> list[Fact]:
    """The header, parties and counts, stated as record facts with their cites."""
    facts = []
    caption = meta.get("caption") or "case header"
    if _symbol_ok(meta.get("forum")):
        facts.append(Fact(Atom("forum_state", (meta["forum"],)), RECORD, caption))
        if _symbol_ok(meta.get("circuit")):
            facts.append(Fact(Atom("forum_in_circuit", (meta["forum"], meta["circuit"])), RECORD, caption))
    for p in parties.values():
        if p.role:
            facts.append(Fact(Atom(p.role, (p.id,)), RECORD, p.cite))
        if p.agency:
            facts.append(Fact(Atom("member_of_agency", (p.id, p.agency)), RECORD, p.cite))
        if p.rank:
            facts.append(Fact(Atom("holds_rank", (p.id, p.rank)), RECORD, p.cite))
    for c in counts.values():
        if c.right:
            facts.append(Fact(Atom("count_invokes", (c.id, c.right)), RECORD, c.cite))
        for d in c.against:
            facts.append(Fact(Atom("count_against", (c.id, d)), RECORD, c.cite))
    return facts


def check_atom(vocabulary: Vocabulary, atom: Atom, parties: dict, counts: dict) -> Optional[str]:
    """Why this ground atom is not acceptable, or None."""
    bad = atom_problem(vocabulary, atom, parties, counts)
    return bad[0] if bad else None


def atom_problem(vocabulary: Vocabulary, atom: Atom, parties: dict, counts: dict) -> Optional[tuple]:
    """(message, fix, index of the argument at fault or None), or None if the ground atom is acceptable."""
    if atom.pred not in vocabulary:
        return (f"unknown predicate `{atom.pred}`{vocabulary.suggest(atom.pred)}",
                "use a predicate `lexcheck vocab` lists (or declare a new one in the doctrine module that reads it)",
                None)
    p = vocabulary.get(atom.pred)
    if len(atom.args) != p.arity:
        return (f"`{atom.pred}` takes {p.arity} argument{'s' if p.arity != 1 else ''}, not {len(atom.args)}",
                f"write it as {p.signature}", None)
    for i, (arg, value) in enumerate(zip(p.args, atom.args)):
        if isinstance(value, Var):
            return (f"argument `{arg.name}` of `{atom.pred}` is the variable {value}; a fact states constants only",
                    "write a value in lower case (a capitalised word is a variable)", i)
        bad = _type_problem(arg.type, value, parties, counts)
        if bad:
            return (f"argument `{arg.name}` of `{atom.pred}` {bad[0]}", bad[1], i)
    return None


def _type_problem(typ: str, value, parties: dict, counts: dict) -> Optional[tuple]:
    if typ == "int":
        return None if isinstance(value, int) else (f"must be a whole number, not {_show(value)}",
                                                    "write digits only, e.g. 13")
    if typ == "date":
        return None if isinstance(value, Date) else (f"must be a date, not {_show(value)}",
                                                     "write the date as YYYY-MM-DD, e.g. 2018-05-25")
    if typ == "text":
        return None if isinstance(value, str) else (f"must be a quoted string, not {_show(value)}",
                                                     'put the text in double quotes, e.g. "as pleaded"')
    if not isinstance(value, str) or not _symbol_ok(value):
        return (f"must be a lower-case identifier, not {_show(value)}",
                "use lower case, digits and underscores, e.g. `policy_memo`")
    if typ == "party" and value not in parties:
        return (f"names `{value}`, which is not a declared party",
                f"declare `{value}` under `parties:` or correct the id{_did_you_mean(value, parties)}")
    if typ == "count" and value not in counts:
        return (f"names `{value}`, which is not a declared count",
                f"declare `{value}` under `counts:` or correct the id{_did_you_mean(value, counts)}")
    return None


def _show(v) -> str:
    return str(v) if isinstance(v, (int, Date)) else repr(v)


def _parse_item_atom(ck: _Checker, text, path: tuple, example: str) -> Optional[Atom]:
    """The atom in a `fact:`/`finding:`/`ruling:` field, or None after reporting why not."""
    if not isinstance(text, str):
        ck.error(path, f"`{path[-1]}` must be an atom such as `{example}`, not a {_kind_of(text)}",
                 f"write `{path[-1]}: {example}`", where=ck.at_value(path))
        return None
    try:
        return parse_atom(text)
    except SyntaxProblem as e:
        offset = e.column - 1 if e.line == 1 else 0
        ck.error(path, e.message, e.fix or f"write one atom, e.g. `{example}`", where=ck.at_value(path, offset))
        return None


def _check_atom_at(ck: _Checker, atom: Atom, text: str, path: tuple, parties: dict, counts: dict) -> bool:
    bad = atom_problem(ck.vocabulary, atom, parties, counts)
    if not bad:
        return True
    message, fix, index = bad
    columns = argument_columns(text) if index is not None and "\n" not in text else []
    offset = columns[index] - 1 if index is not None and index < len(columns) else 0
    ck.error(path, message, fix, where=ck.at_value(path, offset))
    return False


def _check_facts(ck: _Checker, value, parties: dict, counts: dict) -> list[Fact]:
    facts = []
    for i, item in enumerate(ck.sequence(value, ("facts",), "facts")):
        path = ("facts", i)
        m = ck.mapping(item, path, "a fact", FACT_FIELDS)
        if not m or path in ck.unknown:
            continue  # an unknown field is reported; the rest of the item would only echo it
        has_fact, has_finding = "fact" in m, "finding" in m
        if has_fact == has_finding:
            ck.error(path, "each item states exactly one `fact:` or one `finding:`" if has_fact
                     else "this item has neither `fact:` nor `finding:`",
                     "split it into one item per atom: `- fact: ...` with `cite:`, or `- finding: ...` with `page:`")
            continue
        name = "fact" if has_fact else "finding"
        text = m[name]
        atom = _parse_item_atom(ck, text, path + (name,), "performed(some_defendant, some_act)")
        if atom is None or not _check_atom_at(ck, atom, text, path + (name,), parties, counts):
            continue
        kind = ck.vocabulary.get(atom.pred).kind
        where = ck.at_value(path + (name,))
        if atom.pred == GUARD:
            ck.error(path + (name,), f"`{atom.pred}` is stated by the engine from the rule book and the case header",
                     "delete it: which rules are in force follows from `court:`, `circuit:` and `decided:` "
                     "(`lexcheck rules` shows each rule's court and interval)", where=where)
            continue
        if kind == DERIVED:
            ck.error(path + (name,), f"`{atom.pred}` is derived: conclusions are derived, not stated",
                     f"state the record facts the rules reach it from (`lexcheck vocab {atom.pred}` shows the rules)",
                     where=where)
            continue
        if has_fact and kind == FINDING:
            ck.error(path + (name,), f"`{atom.pred}` is a finding a court makes, not a record fact",
                     "write it as `- finding: ...` with the opinion `page:` that makes it", where=where)
            continue
        if has_finding and kind == RECORD:
            ck.error(path + (name,), f"`{atom.pred}` is a record fact, not a finding",
                     "write it as `- fact: ...` with its record `cite:`", where=where)
            continue
        line, column = ck.at(path)
        note = ck.text(m.get("note"), path + ("note",), "note", required=False)
        if has_fact:
            if "page" in m or "status" in m:
                ck.error(path + ("page" if "page" in m else "status",),
                         "`page:` and `status:` belong to findings; a fact has a `cite:`",
                         "give the fact its record `cite:` (e.g. `FAC ¶ 64`) and delete `page:`/`status:`")
                continue
            cite = ck.text(m.get("cite"), path + ("cite",), "cite", required=False)
            if not cite:
                if (path + ("cite",)) not in ck.placeholders:
                    ck.error(path, f"fact `{atom}` has no record `cite:`",
                             "add `cite:` with where the record says it, e.g. `FAC ¶ 64` or `Doc. 41 at 48`")
                continue
            facts.append(Fact(atom, RECORD, cite, "made", line, note, column))
        else:
            if "cite" in m:
                ck.error(path + ("cite",), "a finding cites the opinion `page:` that makes it, not a record `cite:`",
                         "rename `cite:` to `page:` and give the opinion page, e.g. `Order at 14`")
                continue
            page = ck.text(m.get("page"), path + ("page",), "page", required=False)
            if not page:
                if (path + ("page",)) not in ck.placeholders:
                    ck.error(path, f"finding `{atom}` has no `page:` of the opinion that makes it",
                             "add `page:` with the opinion page, e.g. `Order at 14`")
                continue
            status = m.get("status", "made")
            if status not in FINDING_STATUS:
                ck.error(path + ("status",), f"status must be `made`, `denied` or `open`, not {status!r}",
                         "write `status: denied` when the court declined to make the finding, `status: open` "
                         "when the question was argued and left undecided; a finding on a question nobody "
                         "raised is left out", where=ck.at_value(path + ("status",)))
                continue
            facts.append(Fact(atom, FINDING, page, status, line, note, column))
    return facts


def _check_consistency(ck: _Checker, facts: list[Fact]) -> None:
    seen: dict = {}
    values: dict = {}
    for f in facts:
        here = (f.line, f.column) if f.line else None
        if f.key in seen:
            first = seen[f.key]
            if first.status != f.status:
                ck.error(("facts",), f"`{f.atom}` is both {first.status} ({first.where}) and {f.status} ({f.where})",
                         "keep the one the opinion supports and delete the other", where=here)
            elif not first.line:
                ck.warn(("facts",), f"`{f.atom}` is already stated by {GENERATED.get(f.atom.pred, 'the header')}",
                        "delete this line", where=here)
            else:
                ck.warn(("facts",), f"duplicate: `{f.atom}` is already stated on line {first.line}",
                        "delete one of the two (if the cites differ, keep one entry and list both cites in it)",
                        where=here)
            continue
        seen[f.key] = f
        p = ck.vocabulary.get(f.atom.pred)
        if p.functional and f.status == "made" and f.atom.args:
            k = (f.atom.pred, f.key[1][:-1])
            first = values.setdefault(k, f)
            if first is not f:
                ck.warn(("facts",), f"conflicting readings of the record: `{first.atom}` ({first.where}) and "
                                    f"`{f.atom}` ({f.where})",
                        "if the record really says both, keep both: lexcheck derives under the first and "
                        "`lexcheck check` compares the rulings under each; otherwise delete the wrong one",
                        where=here)


def _check_rulings(ck: _Checker, value, parties: dict, counts: dict) -> list[RecordedRuling]:
    rulings, seen = [], {}
    for i, item in enumerate(ck.sequence(value, ("rulings",), "rulings")):
        path = ("rulings", i)
        m = ck.mapping(item, path, "a ruling", RULING_FIELDS)
        if not m or path in ck.unknown:
            continue
        if "ruling" not in m:
            ck.error(path, "this item has no `ruling:`",
                     "write `- ruling: specific_jurisdiction(some_defendant, arizona)` with `outcome:` and `cite:`")
            continue
        text = m.get("ruling")
        atom = _parse_item_atom(ck, text, path + ("ruling",), "specific_jurisdiction(some_defendant, arizona)")
        if atom is None or not _check_atom_at(ck, atom, text, path + ("ruling",), parties, counts):
            continue
        outcome = m.get("outcome")
        if outcome not in OUTCOMES:
            if (path + ("outcome",)) not in ck.placeholders:
                ck.error(path + ("outcome",), f"outcome must be holds, fails or not_reached, not {outcome!r}",
                         f"write `outcome: holds`, `fails` or `not_reached`{_did_you_mean(outcome, OUTCOMES)}",
                         where=ck.at_value(path + ("outcome",)) if "outcome" in m else None)
            continue
        bad_name = False
        for k in ("element", "because"):
            name = m.get(k)
            if name is None:
                continue
            if not isinstance(name, str) or (name not in ck.vocabulary and name not in ck.vocabulary.limit_ids):
                ck.error(path + (k,), f"`{k}` names unknown predicate {name!r}"
                                      f"{ck.vocabulary.suggest(str(name))}",
                         f"name the predicate of the element that failed (see `lexcheck vocab`), or delete `{k}:`",
                         where=ck.at_value(path + (k,)))
                bad_name = True
        if bad_name:
            continue
        line = ck.at(path)[0]
        key = (atom.pred, tuple(python_value(a) for a in atom.args))
        if key in seen:
            first = seen[key]
            if first.outcome != outcome:
                ck.error(path + ("ruling",), f"ruling `{atom}` is recorded twice with different outcomes "
                                             f"({first.outcome} on line {first.line}, {outcome} here)",
                         "keep the outcome the opinion gives and delete the other entry")
            else:
                ck.warn(path + ("ruling",), f"duplicate: ruling `{atom}` is already recorded on line {first.line}",
                        "delete one of the two")
            continue
        r = RecordedRuling(atom, outcome, m.get("element") or "", m.get("because") or "",
                           ck.text(m.get("cite"), path + ("cite",), "cite"), line,
                           ck.at_value(path + ("ruling",))[1])
        seen[key] = r
        rulings.append(r)
    return rulings
