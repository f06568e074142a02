"""A docket: derive many case files, one line of rulings per case, in order.

Each worker process loads and checks the rule book and compiles it to
pyDatalog once, then derives its cases one at a time in isolation (the store
asserts a case's facts and retracts them afterwards), so memory stays flat
however long the docket. pyDatalog keeps its state per thread and is not
thread-safe across them, hence processes. Results come back in input order, so
`--jobs 4` prints exactly what `--jobs 1` prints. A file that cannot be loaded
is reported and skipped.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import contract, escape

CASE_SUFFIXES = (".yaml", ".yml")
SCHEMA = "lexcheck.batch"  # each JSON line: engine/batch.schema.json
CSV_COLUMNS = ["file", "case", "rulings", "holds", "fails", "not_reached", "outcomes"]


@dataclass
class Result:
    """One input: its output line, or the one-line error that made it skip."""
    source: str
    line: str = ""
    rulings: int = 0
    error: str = ""


def inputs(args: Iterable[str]) -> list[str]:
    """Files in the order given; a folder stands for its entries named *.yaml or
    *.yml, sorted by name — every one, so a FIFO, a device, a dangling or
    looping symbolic link or a folder so named is reported and skipped like any
    file that cannot be loaded, never passed over in silence."""
    out = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            out += sorted(str(p) for p in path.iterdir() if p.suffix in CASE_SUFFIXES)
        else:
            out.append(arg)
    return out


def derive_one(source: str, fmt: str = "jsonl", grounds: bool = False, as_of: str = "") -> Result:
    """Load, derive and format one case (under the law of `as_of`, if given);
    any user-facing problem becomes `error`."""
    from .api import UserError, open_case, rulebook
    from .rulings import run
    book = rulebook()
    try:
        case = open_case(source, book, as_of or None)
    except UserError as e:
        return Result(source, error=str(e))
    try:
        d = run(book, case)
        return _format(source, d, fmt, grounds)
    except Exception as e:  # one case's failure must not end the docket; say which and why
        return Result(source, error=f"{source}: internal error while deriving: {type(e).__name__}: {e}")


def _format(source: str, d, fmt: str, grounds: bool) -> Result:
    case = d.case
    if fmt == "csv":
        counts = {o: sum(r.outcome == o for r in d.rulings) for o in ("holds", "fails", "not_reached")}
        row = [source, case.id, len(d.rulings), counts["holds"], counts["fails"], counts["not_reached"],
               " ".join(f"{r.id}={r.outcome}" for r in d.rulings)]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow([escape.csv_cell(c) for c in row])
        return Result(source, buf.getvalue(), len(d.rulings))
    rulings = []
    for r in d.rulings:
        item = {"id": r.id, "outcome": r.outcome}
        if grounds:
            item.update(element=r.element, because=r.because, ground=r.ground)
        rulings.append(item)
    as_of = case.meta.get("as_of")
    line = json.dumps(contract.envelope(SCHEMA, {"file": source, "case": case.id,
                                                 "as_of": str(as_of) if as_of else None, "rulings": rulings}),
                      ensure_ascii=False)
    return Result(source, line, len(d.rulings))


def _work(job) -> Result:
    return derive_one(*job)


def _warm() -> None:
    """Worker start-up: check the rule book and compile it before the first case.
    A worker ignores Ctrl-C: the parent stops the pool and reports what finished."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .api import rulebook
    from .store import derive
    derive(rulebook(), [])


def derive_all(sources: list[str], jobs: int = 1, fmt: str = "jsonl", grounds: bool = False,
               as_of: str = "") -> Iterator[Result]:
    """Each source's Result, in input order, as soon as it (and all before it) are done."""
    work = [(s, fmt, grounds, as_of) for s in sources]
    if jobs <= 1 or len(sources) <= 1:
        for job in work:
            yield _work(job)
        return
    import multiprocessing
    from .api import rulebook
    rulebook()  # forked workers inherit the checked rule book
    chunk = max(1, min(32, len(work) // (jobs * 8)))
    with multiprocessing.Pool(min(jobs, len(work)), initializer=_warm) as pool:
        yield from pool.imap(_work, work, chunksize=chunk)


MAX_JOBS = 64  # worker processes; more only compete for the same cores


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
