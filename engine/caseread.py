"""Reading a case file: bounded bytes, then YAML as plain text with positions.

Two jobs, each bounded before it starts:

- `read_bounded(path)` reads at most `MAX_BYTES + 1` bytes, and only from a
  regular file: a FIFO, a device (`/dev/zero`), a socket or a folder is refused
  in one line before a byte is read (the file is opened non-blocking, so a FIFO
  with no writer cannot hang it, and its kind is taken from the open file, not
  from a name that could change in between).
- `read_yaml(text, source)` turns YAML into plain data — mappings, lists, text
  and blanks — walking the parser's *events* (never a recursive composer), so
  depth, node count (aliases expanded), value length, tags, merge keys and
  duplicate keys are all checked as the events arrive.

Every scalar is kept as text exactly as written: YAML 1.1's number and boolean
forms (`1:20` sexagesimal, `010` octal, `0x1F`, `1_000`, `.inf`, `yes`) are
never converted, so a cite or a page is never rewritten; only a plain empty
value, `~` or `null` is blank. A duplicate key is an error naming both lines.
libyaml's parser produces the events when PyYAML has it (about ten times faster
than pure Python, and not recursive); when it finds the YAML malformed, the
pure-Python parser reads the text again so the message and position are always
the same.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field

import yaml

from .casemodel import CaseFileError, Problem

MAX_BYTES = 1_000_000   # a case file; the largest bundled one is about 30 kB
MAX_NODES = 50_000      # YAML nodes once aliases are expanded (stops "billion laughs")
MAX_DEPTH = 20          # nesting; a case file needs 4
MAX_VALUE = 5_000       # characters in one value

_TAG = "tag:yaml.org,2002:"
# Explicit tags that only say "this is plain data"; the value is kept as text whatever they say.
_PLAIN_TAGS = {_TAG + t for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}
_NULLS = {"", "~", "null", "Null", "NULL"}
_FAST_PARSER = getattr(yaml, "CSafeLoader", None)  # libyaml, when PyYAML was built with it
_FAST_LOADER = _FAST_PARSER  # the name the tests switch off

# Characters a value may not hold: C0 controls but tab and line breaks, DEL, C1
# controls (a terminal reads ESC and CSI as commands), and the bidirectional
# overrides that make text display in another order than it reads.
_CONTROL = {c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)} | {0x7F} | set(range(0x80, 0xA0)) | \
    set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
_CONTROL_TABLE = dict.fromkeys(_CONTROL)


def too_large(source: str) -> CaseFileError:
    return CaseFileError([Problem(source, 1, 1, f"the file is larger than {MAX_BYTES:,} bytes, the limit; "
                                                f"a case file is far smaller",
                                  fix="split it into one file per case, or trim it")])


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_bounded(path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a CaseFileError
    with one line saying why not. Never blocks and never reads more than
    `limit + 1` bytes."""
    source = printable(str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise CaseFileError([Problem(source, 1, 1, open_problem(e), fix=_open_fix(e))]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CaseFileError([Problem(source, 1, 1, f"not a case file: {source} is {file_kind(info.st_mode)}, "
                                                       f"not a regular file",
                                         fix="give the path of a .yaml case file")])
        if info.st_size > limit:
            raise too_large(source)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 16, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise too_large(source)
        return b"".join(chunks)
    except OSError as e:
        raise CaseFileError([Problem(source, 1, 1, f"cannot read the file: {e.strerror}",
                                     fix="check the path and its permissions")]) from None
    finally:
        os.close(fd)


def open_problem(e: OSError) -> str:
    """Why a path cannot be opened, in words (a symlink loop is not a missing file)."""
    if e.errno == errno.ELOOP:
        return "cannot read the file: a symbolic link that loops (it points, through links, back at itself)"
    if e.errno == errno.ENOENT:
        return "cannot read the file: no such file"
    return f"cannot read the file: {e.strerror or e}"


def _open_fix(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "point the link at a real case file, or give the file's own path"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "check the file's permissions"
    return "check the path"


def decode(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise CaseFileError([Problem(source, line, column, f"not UTF-8 text (byte {e.start:,})",
                                     fix="save the file as UTF-8")]) from None


# -- YAML with positions ----------------------------------------------------

class _Refused(Exception):
    """The YAML cannot be taken as plain, bounded data; says where."""

    def __init__(self, mark, message: str, fix: str = "write the case as plain YAML: text, numbers, lists "
                                                       "and `field: value` lines, without tags or aliases"):
        super().__init__(message)
        self.line, self.column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.message, self.fix = message, fix


@dataclass
class Located:
    """Where every key and item sits (line, column), and where each value starts."""
    positions: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)  # path -> (line, column, quoted?)
    nodes: int = 0


def _at(mark) -> tuple:
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Plain data from a stream of YAML events, bounded as it goes."""

    def __init__(self, source: str):
        self.source = source
        self.loc = Located()
        self.anchors: dict = {}       # anchor -> (value, expanded size, height) once complete
        self.open_anchors: set = set()
        self.duplicates: list = []
        self.nodes = 0

    def count(self, n: int, mark) -> None:
        self.nodes += n
        if self.nodes > MAX_NODES:
            raise _Refused(mark, f"more than {MAX_NODES:,} YAML nodes once aliases are expanded; "
                                 f"a case file is far smaller (and needs no aliases)")

    def build(self, events) -> object:
        """The document's value (None for an empty stream)."""
        events = iter(events)
        value, documents = None, 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(event.start_mark, "more than one YAML document (`---`) in the file",
                                   "keep one case per file: delete the `---` line and what follows, or split the file")
                value = self.node(next(events), events, (), 1)[0]
        return value

    def node(self, event, events, path: tuple, depth: int):
        """(value, expanded size, height) of the node starting at `event`."""
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in self.open_anchors:
                raise _Refused(event.start_mark, "an alias refers to the list or mapping that contains it",
                               "write the value out in full (a case file needs no aliases)")
            if event.anchor not in self.anchors:
                raise _Refused(event.start_mark, f"the alias *{event.anchor} names no anchor before it",
                               "write the value out in full (a case file needs no aliases)")
            value, size, height = self.anchors[event.anchor]
            if depth + height - 1 > MAX_DEPTH:
                raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep once aliases are "
                                                 f"expanded; a case file needs 4")
            self.count(size, event.start_mark)
            self.loc.positions[path] = _at(event.start_mark)
            return value, size, height
        if depth > MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep; a case file needs 4",
                           "keep to the layout `lexcheck new` writes: sections, items, fields")
        self.count(1, event.start_mark)
        self.loc.positions[path] = _at(event.start_mark)
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and tag not in _PLAIN_TAGS:
            raise _Refused(event.start_mark, f"the YAML tag {tag} is not allowed; a case file is plain data "
                                             f"(text, numbers, lists and `field: value` mappings)")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.open_anchors.add(anchor)
        if isinstance(event, yaml.ScalarEvent):
            result = self.scalar(event, path), 1, 1
        elif isinstance(event, yaml.SequenceStartEvent):
            result = self.sequence(events, path, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            result = self.mapping(events, path, depth)
        else:  # the parser emits no other event here
            raise _Refused(event.start_mark, f"unexpected YAML ({type(event).__name__})")
        if anchor is not None:
            self.open_anchors.discard(anchor)
            self.anchors[anchor] = result
        return result

    def scalar(self, event, path: tuple):
        plain = event.style in (None, "")
        self.loc.values[path] = _at(event.start_mark) + (event.style in ("'", '"'),)
        text = event.value
        if len(text) > MAX_VALUE:
            raise _Refused(event.start_mark, f"a value of {len(text):,} characters; the limit is "
                                             f"{MAX_VALUE:,} per value",
                           "shorten it: a fact states one thing, and a note or title needs no more than a paragraph")
        bad = next((c for c in text if ord(c) in _CONTROL), None)
        if bad is not None:
            raise _Refused(event.start_mark, f"a value holds the control character U+{ord(bad):04X}, which a "
                                             f"terminal would act on",
                           "delete it: a case file's values are plain text")
        if plain and event.tag is None and text in _NULLS:
            return None
        if plain and event.tag is None and text == "<<":
            raise _Refused(event.start_mark, "YAML merge keys (`<<`) are not supported", "write each field out in full")
        return text  # exactly as written: YAML's number and boolean forms are never converted

    def sequence(self, events, path: tuple, depth: int):
        out, size, height = [], 1, 1
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                return out, size, height + 1
            value, n, h = self.node(event, events, path + (len(out),), depth + 1)
            out.append(value)
            size, height = size + n, max(height, h)
        raise _Refused(None, "the YAML ends inside a list")  # the parser reports this first

    def mapping(self, events, path: tuple, depth: int):
        out, size, height, lines = {}, 1, 1, {}
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                return out, size, height + 1
            if not isinstance(event, yaml.ScalarEvent) or event.anchor is not None:
                raise _Refused(event.start_mark, "a key must be a plain name such as `cite`",
                               "write `field: value`, with a name before the colon")
            key = self.scalar(event, path + ("<key>",))
            key = "" if key is None else key
            where = _at(event.start_mark)
            value, n, h = self.node(next(events), events, path + (key,), depth + 1)
            if key in out:
                first = lines[key]
                self.duplicates.append(Problem(
                    self.source, where[0], where[1],
                    f"the key `{key}` appears twice in one mapping (line {first[0]} and line {where[0]}); "
                    f"YAML would keep only the second and silently lose the first",
                    fix=f"merge the two `{key}:` entries into one, or delete the one that is wrong"))
            else:
                out[key], lines[key] = value, where
            self.loc.positions[path + (key,)] = lines[key]
            size, height = size + n, max(height, h)
        raise _Refused(None, "the YAML ends inside a mapping")


def read_yaml(text: str, source: str):
    """(value, located) or raise CaseFileError with the position of the fault."""
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise too_large(source)
    if _FAST_LOADER is not None:
        try:
            return _built(yaml.parse(text, Loader=_FAST_LOADER), source)
        except yaml.YAMLError:
            pass  # malformed: the pure-Python parser says where, in its words
    try:
        return _built(yaml.parse(text, Loader=yaml.SafeLoader), source)
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
    except yaml.YAMLError as e:
        raise CaseFileError([Problem(source, 1, 1, f"malformed YAML: {e}",
                                     fix="save the file as plain UTF-8 YAML")]) from None


def _built(events, source: str):
    builder = _Builder(source)
    try:
        value = builder.build(events)
    except _Refused as e:
        raise CaseFileError([Problem(source, e.line, e.column, f"refused: {e.message}", fix=e.fix)]) from None
    if builder.duplicates:
        raise CaseFileError(builder.duplicates)
    return ({} if value is None else value), builder.loc


def printable(text: str) -> str:
    """`text` with every control character shown as an escape (for echoing a path or an argument)."""
    from .escape import terminal
    return terminal(text)
