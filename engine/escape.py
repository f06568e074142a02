"""Escaping user text for each output format, in one place.

Every value a case file or a command line supplies (captions, cites, notes,
paths, atoms' text) passes through one of these before a renderer writes it:

- `md`: Markdown inline text — no line breaks (so no injected headings or list
  items), and the characters that make links, images, emphasis, code, tables
  and raw HTML (`<script>`, `<javascript:...>` autolinks) are backslash-escaped;
- `dot`: the inside of a double-quoted Graphviz string;
- `csv_cell`: a spreadsheet cell that starts with `=`, `+`, `-`, `@`, a tab or
  a carriage return is prefixed with `'`, so it is never read as a formula;
- `html`: text or an attribute value in HTML;
- `terminal`: control characters (ESC, CSI, NUL, ...) shown as escapes, never
  sent raw to a terminal.

The loader already refuses control characters in case-file values and atoms
(`caseread`, `syntax`); these are the second line, for text from anywhere.
"""
from __future__ import annotations

import html as _html
import re

# C0 controls but tab and line breaks, DEL, C1 controls, bidirectional overrides.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=~-]|\d+[.)])")
_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029]+\s*")


def terminal(text: str) -> str:
    """`text` with each control character written as its escape (`\\x1b`), the rest unchanged."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def md(text: str) -> str:
    """Inline Markdown for `text`: one line, nothing it holds becomes markup."""
    text = _BREAKS.sub(" ", terminal(str(text)))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def dot(text: str) -> str:
    """The inside of a double-quoted DOT string: backslashes and quotes escaped, breaks as spaces."""
    return _BREAKS.sub(" ", terminal(str(text))).replace("\\", "\\\\").replace('"', '\\"')


def csv_cell(value):
    """A CSV cell a spreadsheet will show as text, never evaluate."""
    if not isinstance(value, str):
        return value
    value = terminal(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def html(text: str) -> str:
    """Text or a quoted attribute value in HTML."""
    return _html.escape(terminal(str(text)), quote=True)
