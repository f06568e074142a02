"""Validating a case file's plain data into a `Case`, every problem at once.

Each field, item and atom is checked against the layout and the vocabulary;
every problem is a `Problem` with its line:column (from `caseread.Located`)
and a fix, and any error refuses the whole file (nothing half-loaded). The
structural layout is also published as a JSON Schema (`casefile.schema.json`)
for editors; the messages here are lexcheck's own.
"""
from __future__ import annotations

import datetime as _dt
import difflib
from typing import Any, Optional

from .casemodel import Case, CaseFileError, Count, Fact, Party, Problem, RecordedRuling, _split_readings
from .caseread import Located
from .escape import CONTROL
from .law_in_force import GUARD
from .syntax import Atom, Date, SyntaxProblem, Var, argument_columns, parse_atom, python_value
from .vocabulary import DERIVED, FINDING, RECORD, Vocabulary

CASE_FIELDS = {"id", "caption", "citation", "court", "circuit", "forum", "docket", "decided", "judge",
               "motion", "source"}
REQUIRED_CASE_FIELDS = ("id", "caption", "court", "circuit", "forum", "decided", "motion")
PARTY_FIELDS = {"id", "name", "role", "agency", "title", "rank", "kind", "cite"}
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
    "kind_of_party": "the `parties:` list (`kind:`)",
    "count_invokes": "the `counts:` list (`right:`)",
    "count_against": "the `counts:` list (`against:`)",
    GUARD: "the rule book and the `case:` header (`court:`, `circuit:`, `decided:`)",
}


MAX_SUGGESTIONS = 50     # "did you mean" hints per file; past it, the errors come without one
MAX_CANDIDATES = 400     # names compared for one hint (the nearest in length)
_suggested = [0]         # hints given in the file being checked (reset by load_case_data)


def _did_you_mean(name: str, options) -> str:
    """A hint naming the closest option, within a bounded amount of work: at
    most MAX_SUGGESTIONS hints per file, each comparing at most MAX_CANDIDATES
    names (so 2,000 misspelt names against 2,000 parties cost no more than 50)."""
    if _suggested[0] >= MAX_SUGGESTIONS:
        return ""
    _suggested[0] += 1
    name = str(name)
    options = [str(o) for o in options]
    if len(options) > MAX_CANDIDATES:
        options = sorted(options, key=lambda o: (abs(len(o) - len(name)), o))[:MAX_CANDIDATES]
    close = difflib.get_close_matches(name, sorted(options), n=1, cutoff=0.5)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _suggest_predicate(vocabulary: Vocabulary, name: str) -> str:
    if _suggested[0] >= MAX_SUGGESTIONS:
        return ""
    _suggested[0] += 1
    return vocabulary.suggest(name)


def _is_placeholder(value) -> bool:
    return isinstance(value, str) and value.strip().startswith(PLACEHOLDER)


class _Checker:
    def __init__(self, vocabulary: Vocabulary, source: str, located: Optional[Located]):
        self.vocabulary, self.source = vocabulary, source
        self.positions = located.positions if located else {}
        self.values = located.values if located else {}
        self.problems: list[Problem] = []
        self.placeholders: set = set()
        self.unknown: set = set()  # paths of mappings with an unknown field
        self.atom_at: dict = {}  # (line, predicate, args) of a fact -> (column where its atom's text starts, text)

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
        bad = CONTROL.search(str(value))
        if bad:  # YAML text is refused earlier (caseread); this is data built by a program
            self.error(path, f"`{name}` holds the control character U+{ord(bad.group()):04X}, which a terminal "
                             f"would act on", "delete it: a case file's values are plain text",
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


def load_case_data(data: Any, vocabulary: Vocabulary, source: str = "<data>",
                   located: Optional[Located] = None) -> Case:
    """Validate plain data (as parsed from YAML, or built by a test) into a Case.
    Pure: it reads its arguments and returns a new Case or raises; nothing else changes."""
    ck = _Checker(vocabulary, source, located if isinstance(located, Located) else None)
    _suggested[0] = 0
    sections = ", ".join(f"`{k}:`" for k in ("case", "parties", "counts", "facts", "rulings"))
    if not isinstance(data, dict) or (data and not any(k in TOP_FIELDS for k in data)):
        what = f"a {_kind_of(data)}" if not isinstance(data, dict) else "a mapping with none of its sections"
        raise CaseFileError([Problem(source, 1, 1, f"not a case file: its YAML is {what}; a case file is a "
                                                   f"mapping of the sections {sections}",
                                     fix="give the path of a case file (`lexcheck new FILE` writes one)")])
    ck.find_placeholders(data)
    top = ck.mapping(data, (), "the case file", TOP_FIELDS)
    meta = _check_meta(ck, top.get("case"))
    parties = _check_parties(ck, top.get("parties"))
    counts = _check_counts(ck, top.get("counts"), parties)
    facts = _generated_facts(meta, parties, counts)
    facts += _check_facts(ck, top.get("facts"), parties, counts)
    _check_consistency(ck, facts, meta, parties)
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
    if isinstance(value, dict) and not value:
        ck.error(path, "the `case:` header is empty",
                 "give it id, caption, court, circuit, forum, decided and motion (`lexcheck new` writes one)")
        return {k: "" for k in CASE_FIELDS}
    m = ck.mapping(value, path, "the `case:` header", CASE_FIELDS)
    meta = {}
    for k in sorted(CASE_FIELDS):
        meta[k] = ck.text(m.get(k), path + (k,), k, required=k in REQUIRED_CASE_FIELDS and bool(m)) \
            if (path + (k,)) not in ck.placeholders else ""
    for k, example in (("forum", "arizona"), ("circuit", "ninth")):
        if meta[k] and not _symbol_ok(meta[k]):
            ck.error(path + (k,), f"`{k}` must be a lower-case identifier{_not_symbol(meta[k])}",
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
                    "kind_of_party": lambda a: ("parties", party_paths.get(a[0]), "kind"),
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
                column, text = ck.atom_at.get((f.line, f.atom.pred, f.atom.args), (f.column, str(f.atom)))
                cols = argument_columns(text)
                where = (f.line, column + cols[i] - 1 if column and len(cols) > i else column or 1)
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


MAX_SYMBOL = 100  # characters in an identifier


def _not_symbol(value) -> str:
    """The end of "must be a lower-case identifier...": what is wrong with `value`."""
    if isinstance(value, str) and len(value) > MAX_SYMBOL:
        return f" of at most {MAX_SYMBOL} characters, not one of {len(value):,} ({value[:20]!r}...)"
    return f", not {_show(value) if not isinstance(value, str) else repr(value)}"


def _symbol_ok(s) -> bool:
    return isinstance(s, str) and bool(s) and s[0].islower() and s.isascii() and \
        all(c.islower() or c.isdigit() or c == "_" for c in s) and len(s) <= MAX_SYMBOL


def _check_parties(ck: _Checker, value) -> dict:
    parties = {}
    for i, item in enumerate(ck.sequence(value, ("parties",), "parties")):
        path = ("parties", i)
        m = ck.mapping(item, path, "a party", PARTY_FIELDS)
        if not m:
            continue
        pid = m.get("id")
        if not _symbol_ok(pid):
            ck.error(path + ("id",), f"party id must be a lower-case identifier{_not_symbol(pid)}",
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
        for k in ("agency", "rank", "kind"):
            if m.get(k) is not None and not _symbol_ok(m.get(k)):
                ck.error(path + (k,), f"`{k}` must be a lower-case identifier{_not_symbol(m.get(k))}",
                         "use lower case and underscores, e.g. `hhs`, `agency_head` or `corporation`",
                         where=ck.at_value(path + (k,)))
        agency, rank, kind = (m.get(k) if _symbol_ok(m.get(k)) else "" for k in ("agency", "rank", "kind"))
        parties[pid] = Party(pid, ck.text(m.get("name"), path + ("name",), "name"), role if role in ROLES else "",
                             agency, ck.text(m.get("title"), path + ("title",), "title", required=False),
                             rank, ck.text(m.get("cite"), path + ("cite",), "cite"), kind)
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
            ck.error(path + ("id",), f"count id must be a lower-case identifier{_not_symbol(cid)}",
                     "use lower case, digits and underscores, e.g. `count_1`")
            continue
        if cid in counts:
            ck.error(path + ("id",), f"count `{cid}` is declared twice",
                     "give each count its own id, or delete the second entry")
            continue
        right = m.get("right")
        if not _symbol_ok(right):
            ck.error(path + ("right",), f"`right` must be a lower-case identifier{_not_symbol(right)}",
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
        if p.kind:
            facts.append(Fact(Atom("kind_of_party", (p.id, p.kind)), RECORD, p.cite))
    for c in counts.values():
        if c.right:
            facts.append(Fact(Atom("count_invokes", (c.id, c.right)), RECORD, c.cite))
        for d in c.against:
            facts.append(Fact(Atom("count_against", (c.id, d)), RECORD, c.cite))
    return facts


def check_atom(vocabulary: Vocabulary, atom: Atom, parties: dict, counts: dict) -> Optional[str]:
    """Why this ground atom is not acceptable, or None."""
    _suggested[0] = 0
    bad = atom_problem(vocabulary, atom, parties, counts)
    return bad[0] if bad else None


def atom_problem(vocabulary: Vocabulary, atom: Atom, parties: dict, counts: dict) -> Optional[tuple]:
    """(message, fix, index of the argument at fault or None), or None if the ground atom is acceptable."""
    if atom.pred not in vocabulary:
        return (f"unknown predicate `{atom.pred}`{_suggest_predicate(vocabulary, atom.pred)}",
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
        if isinstance(value, int) and value < 0:
            return (f"must be a whole number of 0 or more, not {value}", "write the number without a minus sign")
        return None if isinstance(value, int) else (f"must be a whole number, not {_show(value)}",
                                                    "write digits only, e.g. 13")
    if typ == "date":
        return None if isinstance(value, Date) else (f"must be a date, not {_show(value)}",
                                                     "write the date as YYYY-MM-DD, e.g. 2018-05-25")
    if typ == "text":
        return None if isinstance(value, str) else (f"must be a quoted string, not {_show(value)}",
                                                     'put the text in double quotes, e.g. "as pleaded"')
    if not isinstance(value, str) or not _symbol_ok(value):
        return (f"must be a lower-case identifier{_not_symbol(value)}",
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
        if path + (name,) in ck.values and isinstance(text, str) and "\n" not in text:
            ck.atom_at[(line, atom.pred, atom.args)] = (where[1], text)  # a closed symbol's warning points at it
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


def contradicts_header(atom: Atom, meta: dict, parties: dict) -> Optional[tuple]:
    """(message, fix) when a stated atom contradicts what the header or the
    parties say (a second forum state, a defendant stated as a plaintiff)."""
    args = tuple(python_value(a) for a in atom.args)
    forum = meta.get("forum")
    if atom.pred in ("forum_state", "forum_in_circuit") and forum and args and args[0] != forum:
        return (f"`{atom}` names a second forum: the `case:` header says `forum: {forum}`, and a case has one",
                "change `forum:` in the header if the forum is wrong; otherwise delete this")
    if atom.pred == "forum_in_circuit" and meta.get("circuit") and len(args) > 1 and args[1] != meta["circuit"]:
        return (f"`{atom}` names a second circuit: the `case:` header says `circuit: {meta['circuit']}`",
                "change `circuit:` in the header if it is wrong; otherwise delete this")
    if atom.pred in ROLES and args and args[0] in parties:
        role = parties[args[0]].role
        if role and role != atom.pred:
            return (f"`{atom}` makes `{args[0]}` both a {role} (its `role:` under `parties:`) and a {atom.pred}",
                    f"a party has one role: correct `role:` under `parties:`, or delete this")
    return None


def _check_consistency(ck: _Checker, facts: list[Fact], meta: Optional[dict] = None,
                       parties: Optional[dict] = None) -> None:
    seen: dict = {}
    values: dict = {}
    for f in facts:
        here = (f.line, f.column) if f.line else None
        bad = contradicts_header(f.atom, meta or {}, parties or {}) if f.line and f.atom.pred in GENERATED else None
        if bad:
            ck.error(("facts",), bad[0], bad[1], where=here)
            continue
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
                                      f"{_suggest_predicate(ck.vocabulary, str(name))}",
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
