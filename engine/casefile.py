"""Case files: one YAML file per case, loaded safely and checked in full.

Every problem is reported with file:line:column and what to do; a file with
any error is refused whole (nothing half-loaded). YAML is composed with the
safe loader (no object tags) and walked node by node, so positions survive.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from .syntax import Atom, Date, SyntaxProblem, Var, parse_atom, python_value
from .vocabulary import DERIVED, FINDING, RECORD, Vocabulary

MAX_BYTES = 1_000_000
MAX_NODES = 50_000
MAX_DEPTH = 20

CASE_FIELDS = {"id", "caption", "citation", "court", "circuit", "forum", "docket", "decided", "judge",
               "motion", "source"}
REQUIRED_CASE_FIELDS = ("id", "caption", "court", "circuit", "forum", "decided", "motion")
PARTY_FIELDS = {"id", "name", "role", "agency", "title", "rank", "cite"}
ROLES = ("plaintiff", "defendant")
COUNT_FIELDS = {"id", "title", "right", "against", "cite"}
FACT_FIELDS = {"fact", "finding", "cite", "page", "status", "note"}
FINDING_STATUS = ("made", "denied")
RULING_FIELDS = {"ruling", "outcome", "element", "because", "cite", "note"}
OUTCOMES = ("holds", "fails", "not_reached")
TOP_FIELDS = {"case", "parties", "counts", "facts", "rulings"}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


class CaseFileError(Exception):
    """The case file cannot be loaded; `problems` lists every error found."""

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
    """A record fact or a finding, with where it comes from."""
    atom: Atom
    kind: str
    cite: str
    status: str = "made"  # findings may be denied
    line: int = 0
    note: str = ""

    @property
    def key(self) -> tuple:
        return (self.atom.pred, tuple(python_value(a) for a in self.atom.args))


@dataclass(frozen=True)
class RecordedRuling:
    atom: Atom
    outcome: str
    element: str
    because: str
    cite: str
    line: int


@dataclass
class Case:
    meta: dict
    parties: dict
    counts: dict
    facts: list
    rulings: list
    source: str
    warnings: list = field(default_factory=list)
    _by_key: Optional[dict] = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.meta["id"]

    def atoms(self) -> list[Atom]:
        """What the engine is told: every record fact, and every finding made."""
        seen, out = set(), []
        for f in self.facts:
            if f.status == "made" and f.key not in seen:
                seen.add(f.key)
                out.append(f.atom)
        return out

    def support(self, pred: str, args: tuple) -> list[Fact]:
        """The case-file entries that state this atom."""
        if self._by_key is None:  # explanations ask this thousands of times per case
            self._by_key = {}
            for f in self.facts:
                self._by_key.setdefault(f.key, []).append(f)
        return list(self._by_key.get((pred, tuple(args)), ()))

    def with_changes(self, add: list = (), drop: list = ()) -> "Case":
        drop_keys = {f.key for f in drop}
        facts = [f for f in self.facts if f.key not in drop_keys] + list(add)
        return Case(self.meta, self.parties, self.counts, facts, self.rulings, self.source, self.warnings)


# -- YAML with positions ----------------------------------------------------

_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


class _Located:
    """A plain value plus the line/column of every key and item inside it."""

    def __init__(self):
        self.positions: dict[tuple, tuple] = {}
        self.nodes = 0


def _plain(node, loc: _Located, path: tuple, depth: int = 0):
    loc.nodes += 1
    if loc.nodes > MAX_NODES:
        raise _TooBig(f"more than {MAX_NODES} YAML nodes (aliases included); a case file is far smaller")
    if depth > MAX_DEPTH:
        raise _TooBig(f"nested more than {MAX_DEPTH} levels deep")
    loc.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag not in _PLAIN_TAGS:
        raise _TooBig(f"line {node.start_mark.line + 1}: the YAML tag {node.tag} is not allowed; "
                      f"a case file is plain data")
    if isinstance(node, yaml.MappingNode):
        out = {}
        for k, v in node.value:
            key = _plain(k, loc, path + ("<key>",), depth + 1)
            if not isinstance(key, (str, int)):
                key = str(key)
            loc.positions[path + (key,)] = (k.start_mark.line + 1, k.start_mark.column + 1)
            out[key] = _plain(v, loc, path + (key,), depth + 1)
            loc.positions[path + (key,)] = (k.start_mark.line + 1, k.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_plain(v, loc, path + (i,), depth + 1) for i, v in enumerate(node.value)]
    return _SCALARS.construct_object(node, deep=True)


_SCALARS = yaml.SafeLoader("")  # resolves scalar tags (int, bool, date) and refuses Python tags


class _TooBig(Exception):
    pass


def read_yaml(text: str, source: str):
    """(value, positions) or raise CaseFileError with the position of the fault."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise CaseFileError([Problem(source, 1, 1, f"file is larger than {MAX_BYTES:,} bytes; "
                                                   f"a case file is far smaller (split it or trim it)")])
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise CaseFileError([Problem(source, line, col, f"malformed YAML: {e.problem or e.context}")]) from None
    except (yaml.YAMLError, RecursionError) as e:
        raise CaseFileError([Problem(source, 1, 1, f"malformed YAML: {e}")]) from None
    loc = _Located()
    if node is None:
        return {}, loc.positions
    try:
        return _plain(node, loc, ()), loc.positions
    except _TooBig as e:
        raise CaseFileError([Problem(source, 1, 1, f"refused: {e}")]) from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as e:
        line, col = loc.positions.get((), (1, 1))
        raise CaseFileError([Problem(source, line, col, f"malformed YAML value: {e}")]) from None


# -- validation -------------------------------------------------------------

class _Checker:
    def __init__(self, vocabulary: Vocabulary, source: str, positions: dict):
        self.vocabulary, self.source, self.positions = vocabulary, source, positions
        self.problems: list[Problem] = []

    def at(self, path: tuple) -> tuple:
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def error(self, path, message, column_offset=0, severity="error"):
        line, col = self.at(path)
        self.problems.append(Problem(self.source, line, col + column_offset, message, severity))

    def warn(self, path, message):
        self.error(path, message, severity="warning")

    def text(self, value, path, name, required=True) -> str:
        if value is None or value == "":
            if required:
                self.error(path, f"`{name}` is missing")
            return ""
        if isinstance(value, (_dt.date,)):
            return value.isoformat()
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.error(path, f"`{name}` must be text, not {type(value).__name__}")
            return ""
        return str(value)

    def mapping(self, value, path, name, allowed: set) -> dict:
        if not isinstance(value, dict):
            self.error(path, f"{name} must be a mapping of `field: value`, not {type(value).__name__}")
            return {}
        for key in value:
            if key not in allowed:
                from difflib import get_close_matches
                close = get_close_matches(str(key), sorted(allowed), n=1)
                hint = f" (did you mean `{close[0]}`?)" if close else f" (allowed: {', '.join(sorted(allowed))})"
                if str(key).rstrip().endswith(")"):
                    hint = (" — an atom's commas split a `{ ... }` mapping: write the item in block style "
                            "(one `field: value` per line) or quote the atom")
                self.error(path + (key,), f"unknown field `{key}` in {name}{hint}")
        return value

    def sequence(self, value, path, name) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"`{name}` must be a list (each item starting with `- `)")
            return []
        return value


def load_case_text(text: str, vocabulary: Vocabulary, source: str = "<text>") -> Case:
    data, positions = read_yaml(text, source)
    return load_case_data(data, vocabulary, source, positions)


def load_case_file(path, vocabulary: Vocabulary) -> Case:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CaseFileError([Problem(str(path), 1, 1, f"cannot read the file: {e.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        raise CaseFileError([Problem(str(path), 1, 1, f"file is larger than {MAX_BYTES:,} bytes; "
                                                      f"a case file is far smaller")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CaseFileError([Problem(str(path), 1, 1, f"not UTF-8 text (byte {e.start})")]) from None
    return load_case_text(text, vocabulary, str(path))


def load_case_data(data: Any, vocabulary: Vocabulary, source: str = "<data>",
                   positions: Optional[dict] = None) -> Case:
    """Validate plain data (as parsed from YAML, or built by a test) into a Case."""
    ck = _Checker(vocabulary, source, positions or {})
    top = ck.mapping(data, (), "the case file", TOP_FIELDS)
    meta = _check_meta(ck, top.get("case"))
    parties = _check_parties(ck, top.get("parties"))
    counts = _check_counts(ck, top.get("counts"), parties)
    facts = _generated_facts(meta, parties, counts)
    facts += _check_facts(ck, top.get("facts"), parties, counts)
    _check_consistency(ck, facts)
    rulings = _check_rulings(ck, top.get("rulings"), parties, counts)
    errors = [p for p in ck.problems if p.severity == "error"]
    if errors:
        raise CaseFileError(ck.problems)
    return Case(meta, parties, counts, facts, rulings, source,
                warnings=[p for p in ck.problems if p.severity == "warning"])


def _check_meta(ck: _Checker, value) -> dict:
    path = ("case",)
    if value is None:
        ck.error((), "the `case:` header is missing (caption, court, circuit, forum, decided, motion)")
        return {"id": "", "forum": "", "circuit": ""}
    m = ck.mapping(value, path, "the `case:` header", CASE_FIELDS)
    meta = {k: ck.text(m.get(k), path + (k,), k, required=k in REQUIRED_CASE_FIELDS) for k in CASE_FIELDS}
    for k in ("forum", "circuit"):
        if meta[k] and not _symbol_ok(meta[k]):
            ck.error(path + (k,), f"`{k}` must be a lower-case identifier such as `arizona`, not {meta[k]!r}")
    if meta["decided"]:
        if not _partial_date_ok(meta["decided"]):
            ck.error(path + ("decided",), f"`decided` must be a date YYYY-MM-DD (or YYYY-MM, or YYYY, when "
                                          f"the day is not known), not {meta['decided']!r}")
    return meta


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
            ck.error(path + ("id",), f"party id must be a lower-case identifier such as `sessions`, not {pid!r}")
            continue
        if pid in parties:
            ck.error(path + ("id",), f"party `{pid}` is declared twice")
            continue
        role = ck.text(m.get("role"), path + ("role",), "role")
        if role and role not in ROLES:
            ck.error(path + ("role",), f"role must be one of {', '.join(ROLES)}, not {role!r}")
        for k in ("agency", "rank"):
            if m.get(k) is not None and not _symbol_ok(m.get(k)):
                ck.error(path + (k,), f"`{k}` must be a lower-case identifier such as `hhs`, not {m.get(k)!r}")
        parties[pid] = Party(pid, ck.text(m.get("name"), path + ("name",), "name"), role,
                             m.get("agency") or "", ck.text(m.get("title"), path, "title", required=False),
                             m.get("rank") or "", ck.text(m.get("cite"), path + ("cite",), "cite"))
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
            ck.error(path + ("id",), f"count id must be a lower-case identifier such as `count_1`, not {cid!r}")
            continue
        if cid in counts:
            ck.error(path + ("id",), f"count `{cid}` is declared twice")
        right = m.get("right")
        if not _symbol_ok(right):
            ck.error(path + ("right",), f"`right` must be a lower-case identifier such as "
                                        f"`fifth_amendment_family_integrity`, not {right!r}")
        against = m.get("against")
        if against == "all_defendants":
            against = [p.id for p in parties.values() if p.role == "defendant"]
        elif not isinstance(against, list):
            ck.error(path + ("against",), "`against` must be a list of party ids or `all_defendants`")
            against = []
        for j, d in enumerate(against):
            if d not in parties:
                ck.error(path + ("against", j), f"`{d}` is not a declared party")
        counts[cid] = Count(cid, ck.text(m.get("title"), path + ("title",), "title"), right or "",
                            tuple(d for d in against if d in parties), ck.text(m.get("cite"), path + ("cite",), "cite"))
    return counts


def _generated_facts(meta: dict, parties: dict, counts: dict) -> list[Fact]:
    """The header, parties and counts, stated as record facts with their cites."""
    facts = []
    caption = meta.get("caption") or "case header"
    if meta.get("forum"):
        facts.append(Fact(Atom("forum_state", (meta["forum"],)), RECORD, caption))
        if meta.get("circuit"):
            facts.append(Fact(Atom("forum_in_circuit", (meta["forum"], meta["circuit"])), RECORD, caption))
    for p in parties.values():
        if p.role:
            facts.append(Fact(Atom(p.role, (p.id,)), RECORD, p.cite))
        if p.agency:
            facts.append(Fact(Atom("member_of_agency", (p.id, p.agency)), RECORD, p.cite))
        if p.rank:
            facts.append(Fact(Atom("holds_rank", (p.id, p.rank)), RECORD, p.cite))
    for c in counts.values():
        facts.append(Fact(Atom("count_invokes", (c.id, c.right)), RECORD, c.cite))
        for d in c.against:
            facts.append(Fact(Atom("count_against", (c.id, d)), RECORD, c.cite))
    return facts


def check_atom(vocabulary: Vocabulary, atom: Atom, parties: dict, counts: dict) -> Optional[str]:
    """Why this ground atom is not acceptable, or None."""
    if atom.pred not in vocabulary:
        return f"unknown predicate `{atom.pred}`{vocabulary.suggest(atom.pred)}; see `lexcheck vocab`"
    p = vocabulary.get(atom.pred)
    if len(atom.args) != p.arity:
        return f"`{atom.pred}` takes {p.arity} argument{'s' if p.arity != 1 else ''} ({p.signature}), " \
               f"not {len(atom.args)}"
    for arg, value in zip(p.args, atom.args):
        if isinstance(value, Var):
            return f"argument `{arg.name}` is the variable {value}; a fact states constants only"
        bad = _type_problem(arg.type, value, parties, counts)
        if bad:
            return f"argument `{arg.name}` of `{atom.pred}` {bad}"
    return None


def _type_problem(typ: str, value, parties: dict, counts: dict) -> Optional[str]:
    if typ == "int":
        return None if isinstance(value, int) else f"must be a whole number, not {_show(value)}"
    if typ == "date":
        return None if isinstance(value, Date) else f"must be a date YYYY-MM-DD, not {_show(value)}"
    if typ == "text":
        return None if isinstance(value, str) else f"must be a quoted string, not {_show(value)}"
    if not isinstance(value, str) or not _symbol_ok(value):
        return f"must be an identifier, not {_show(value)}"
    if typ == "party" and value not in parties:
        return f"names `{value}`, which is not a declared party"
    if typ == "count" and value not in counts:
        return f"names `{value}`, which is not a declared count"
    return None


def _show(v) -> str:
    return str(v) if isinstance(v, (int, Date)) else repr(v)


def _check_facts(ck: _Checker, value, parties: dict, counts: dict) -> list[Fact]:
    facts = []
    for i, item in enumerate(ck.sequence(value, ("facts",), "facts")):
        path = ("facts", i)
        m = ck.mapping(item, path, "a fact", FACT_FIELDS)
        if not m:
            continue
        has_fact, has_finding = "fact" in m, "finding" in m
        if has_fact == has_finding:
            ck.error(path, "each item states exactly one `fact:` or one `finding:`")
            continue
        field_name = "fact" if has_fact else "finding"
        text = m[field_name]
        if not isinstance(text, str):
            ck.error(path + (field_name,), f"`{field_name}` must be an atom such as "
                                           f"`age_at_separation(keoh, 13)`, not {type(text).__name__}")
            continue
        try:
            atom = parse_atom(text)
        except SyntaxProblem as e:
            ck.error(path + (field_name,), e.message, column_offset=len(field_name) + 2 + e.column - 1)
            continue
        bad = check_atom(ck.vocabulary, atom, parties, counts)
        if bad:
            ck.error(path + (field_name,), bad)
            continue
        kind = ck.vocabulary.get(atom.pred).kind
        if kind == DERIVED:
            ck.error(path + (field_name,), f"`{atom.pred}` is derived: conclusions are derived, not stated. "
                                           f"State the record facts the rules reach it from")
            continue
        if has_fact and kind == FINDING:
            ck.error(path + ("fact",), f"`{atom.pred}` is a finding a court makes; write it as "
                                       f"`finding:` with the opinion `page:` that makes it")
            continue
        if has_finding and kind == RECORD:
            ck.error(path + ("finding",), f"`{atom.pred}` is a record fact; write it as `fact:` with its "
                                          f"record `cite:`")
            continue
        if has_fact:
            cite = ck.text(m.get("cite"), path + ("cite",), "cite", required=False)
            if not cite:
                ck.error(path, f"fact `{atom}` has no record `cite:` (e.g. `FAC ¶ 64`, `Doc. 41 at 48`)")
                continue
            if "page" in m or "status" in m:
                ck.error(path, "`page:` and `status:` belong to findings; a fact has a `cite:`")
                continue
            facts.append(Fact(atom, RECORD, cite, "made", ck.at(path)[0], str(m.get("note") or "")))
        else:
            page = ck.text(m.get("page"), path + ("page",), "page", required=False)
            if not page:
                ck.error(path, f"finding `{atom}` has no `page:` of the opinion that makes it (e.g. `Order at 14`)")
                continue
            status = m.get("status", "made")
            if status not in FINDING_STATUS:
                ck.error(path + ("status",), f"status must be `made` or `denied`, not {status!r} "
                                             f"(leave a finding out to keep it open)")
                continue
            facts.append(Fact(atom, FINDING, page, status, ck.at(path)[0], str(m.get("note") or "")))
    return facts


def _check_consistency(ck: _Checker, facts: list[Fact]) -> None:
    seen: dict = {}
    values: dict = {}
    for f in facts:
        if f.key in seen:
            first = seen[f.key]
            if first.status != f.status:
                ck.error(("facts",), f"`{f.atom}` is both made and denied (lines {first.line} and {f.line})")
            elif f.line:
                ck.warn(("facts",), f"duplicate: `{f.atom}` is stated twice (lines {first.line} and {f.line})")
            continue
        seen[f.key] = f
        p = ck.vocabulary.get(f.atom.pred)
        if p.functional and f.status == "made":
            k = (f.atom.pred, f.key[1][:-1])
            if k in values and values[k].key[1][-1] != f.key[1][-1]:
                other = values[k]
                ck.warn(("facts",), f"conflicting readings of the record: `{other.atom}` ({other.cite}) and "
                                    f"`{f.atom}` ({f.cite}); both are used")
            values.setdefault(k, f)


def _check_rulings(ck: _Checker, value, parties: dict, counts: dict) -> list[RecordedRuling]:
    rulings = []
    for i, item in enumerate(ck.sequence(value, ("rulings",), "rulings")):
        path = ("rulings", i)
        m = ck.mapping(item, path, "a ruling", RULING_FIELDS)
        if not m:
            continue
        text = m.get("ruling")
        try:
            atom = parse_atom(text if isinstance(text, str) else "")
        except SyntaxProblem as e:
            ck.error(path + ("ruling",), f"`ruling` must be the atom the court ruled on: {e.message}")
            continue
        bad = check_atom(ck.vocabulary, atom, parties, counts)
        if bad:
            ck.error(path + ("ruling",), bad)
            continue
        outcome = m.get("outcome")
        if outcome not in OUTCOMES:
            ck.error(path + ("outcome",), f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
            continue
        for k in ("element", "because"):
            if m.get(k) is not None and m.get(k) not in ck.vocabulary and m.get(k) not in ck.vocabulary.limit_ids:
                ck.error(path + (k,), f"`{k}` names unknown predicate {m.get(k)!r}"
                                      f"{ck.vocabulary.suggest(str(m.get(k)))}")
        rulings.append(RecordedRuling(atom, outcome, m.get("element") or "", m.get("because") or "",
                                      ck.text(m.get("cite"), path + ("cite",), "cite"), ck.at(path)[0]))
    return rulings
