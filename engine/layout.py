"""Plain-text layout shared by every terminal output: one width policy, one
wrapping helper, one table helper, and writing a file format safely.

Width: the terminal's, between 80 and 120 columns; 80 when piped.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
from pathlib import Path


def width() -> int:
    return max(80, min(120, shutil.get_terminal_size((80, 24)).columns))


def wrap(text: str, indent: int = 0, hang: int = 2, width_: int | None = None) -> list[str]:
    """`text` wrapped at the width, the first line indented by `indent`, the rest by `indent + hang`.
    Words (ids, cites) are never broken."""
    return textwrap.wrap(text, width=width_ or width(), initial_indent=" " * indent,
                         subsequent_indent=" " * (indent + hang), break_on_hyphens=False,
                         break_long_words=False) or [" " * indent]


def table(head: list[str], rows: list[list[str]], indent: int = 2, gap: int = 2) -> list[str]:
    """A left-aligned table with a rule under the heading; nothing is cut."""
    cols = len(head)
    w = [max([len(head[i])] + [len(r[i]) for r in rows if i < len(r)]) for i in range(cols)]
    pad = " " * indent

    def line(cells):
        return (pad + (" " * gap).join(str(c).ljust(w[i]) for i, c in enumerate(cells))).rstrip()

    body = [line(r) for r in rows]
    first = line(head)
    return [first, pad + "-" * (max(len(x) for x in [first] + body) - indent)] + body


def write_file(path: str, text: str) -> None:
    """Write `text` to `path` only once it is complete: a failure before this leaves no file, and
    one during it leaves the old file (if any) as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file would be
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
