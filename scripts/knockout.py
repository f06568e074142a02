"""Rule knockout: is every rule load-bearing and tested?

For each rule in the rule book, run the tests with that one rule removed
(`LEXCHECK_KNOCKOUT=<rule id>`, read by tests/conftest.py) and check that at
least one test fails. A rule no test misses is either dead (remove it) or
untested (test it). Prints each rule's fate, the kill rate and every survivor;
exits 1 if any rule survives.

Only the test modules that touch the rule are run: those naming its doctrine,
its id, or a predicate its conclusion feeds, and always the bundled and docket
cases' reproduction tests — the rule's own doctrine's module first, then the
real decisions, property modules last, stopping at the first failure (-x), with the
deterministic `knockout` hypothesis profile. Rules run in parallel processes.

The test that killed each rule is remembered in scripts/knockout_killers.json
(committed, refreshed by every run): a rule's remembered killer runs alone
first, and only if it no longer fails are the rule's modules run in full. So a
repeat run takes minutes where a run from nothing (`--fresh`) takes about half
an hour; a stale entry costs one short pytest run, never a wrong verdict.

    python scripts/knockout.py                  # every rule, 2 processes
    python scripts/knockout.py --fresh          # every rule, remembered killers ignored
    python scripts/knockout.py --sample 3       # 3 rules picked by --seed (CI)
    python scripts/knockout.py --rules long_arm.arizona express_aiming.direct_command
    python scripts/knockout.py --tests 'test_prop*'   # what the property tests alone kill
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
KILLERS = Path(__file__).resolve().parent / "knockout_killers.json"
# every recorded ruling of the bundled and the docket cases: run for every rule
CASE_MODULES = ("test_bundled_cases.py", "test_docket.py")


def downstream(book, pred: str) -> set:
    """`pred` and every predicate a rule or question concludes from it, transitively."""
    feeds: dict = {}
    for r in book.rules:
        for lit in r.body:
            atom = getattr(lit, "atom", lit)
            if hasattr(atom, "pred"):
                feeds.setdefault(atom.pred, set()).add(r.head.pred)
    seen, todo = set(), [pred]
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo.extend(feeds.get(p, ()))
    return seen


def relevant_tests(book, rule, glob: str = "test_*.py") -> list[str]:
    """Test modules that touch the rule, its own doctrine's first and property modules last."""
    words = {rule.id, rule.doctrine} | downstream(book, rule.head.pred)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")
    own = f"test_{rule.doctrine}.py"
    chosen = []
    for path in sorted(TESTS.glob(glob)):
        if path.name == "test_knockout.py":  # it runs this script: knocking out within a knockout
            continue
        text = path.read_text(encoding="utf-8")
        # property modules reach every doctrine through the rulings they check, and the bundled
        # and docket cases through the real decisions they reproduce
        if path.name == own or path.name in CASE_MODULES or "properties" in path.name \
                or path.name == "test_stateful.py" or pattern.search(text):
            chosen.append(path)
    if not chosen:
        chosen = sorted(TESTS.glob(glob))

    def rank(path):
        # the own module, then the real decisions (seconds, and they rest on most rules), then the
        # rest by size, the property modules last
        kind = 0 if path.name == own else 1 if path.name in CASE_MODULES else \
            3 if ("properties" in path.name or "stateful" in path.name) else 2
        return (kind, path.stat().st_size)
    return [str(p.relative_to(ROOT)) for p in sorted(chosen, key=rank)]


def pytest_run(rule_id: str, tests: list[str], profile: str) -> tuple[int, str, str]:
    """(exit code, first failed test's node id, output tail) of one pytest run with the rule removed."""
    env = {**os.environ, "LEXCHECK_KNOCKOUT": rule_id, "LEXCHECK_PROFILE": profile}
    env.pop("CI", None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    failed = failed_tests(done.stdout)
    tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-3:])
    return done.returncode, (failed[0] if failed else ""), tail


def failed_tests(stdout: str) -> list[str]:
    """Node ids from pytest's short summary; an id may hold spaces, and the line may end " - <message>"."""
    return re.findall(r"^FAILED (.+?)(?: - .*)?$", stdout, re.M)


def knock_out(rule_id: str, tests: list[str], profile: str, killer: str = "") -> tuple[str, str, float]:
    """(fate, detail, seconds): fate is killed, survived or error; when killed, detail is the killer's id."""
    start = time.monotonic()
    if killer:
        code, failed, _ = pytest_run(rule_id, [killer], profile)
        if code == 1:
            return "killed", failed or killer, time.monotonic() - start
    code, failed, tail = pytest_run(rule_id, tests, profile)
    took = time.monotonic() - start
    if code == 1:
        return "killed", failed or "a test failed", took
    if code == 0:
        return "survived", f"{len(tests)} test modules pass without it", took
    return "error", f"pytest exit {code}: {tail}", took


def read_killers() -> dict:
    try:
        return json.loads(KILLERS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_killers(killers: dict, fates: dict) -> None:
    for i, (fate, detail, _) in fates.items():
        if fate == "killed" and "::" in detail:
            killers[i] = detail
        else:
            killers.pop(i, None)
    KILLERS.write_text(json.dumps(dict(sorted(killers.items())), indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel processes (default: CPUs)")
    ap.add_argument("--sample", type=int, help="knock out only this many rules, picked by --seed")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rules", nargs="*", help="rule ids to knock out (default: every rule)")
    ap.add_argument("--profile", default="knockout", help="hypothesis profile (tests/conftest.py)")
    ap.add_argument("--tests", default="test_*.py", metavar="GLOB",
                    help="only test modules matching GLOB, e.g. 'test_prop*' to measure the properties alone")
    ap.add_argument("--fresh", action="store_true",
                    help="ignore the remembered killers and run each rule's modules in full")
    ap.add_argument("--no-save", action="store_true", help="leave scripts/knockout_killers.json as it is")
    args = ap.parse_args(argv)

    from lexcheck.rules import rulebook
    book = rulebook()
    ids = [r.id for r in book.rules]
    if args.rules:
        unknown = sorted(set(args.rules) - set(ids))
        if unknown:
            print(f"knockout: no rule {', '.join(unknown)} in the rule book", file=sys.stderr)
            return 2
        ids = [i for i in ids if i in args.rules]
    if args.sample:
        ids = sorted(random.Random(args.seed).sample(ids, min(args.sample, len(ids))))

    start = time.monotonic()
    jobs = {i: relevant_tests(book, book.rule(i), args.tests) for i in ids}
    # the remembered killer only where the modules chosen still include it
    killers = read_killers()
    first = {i: k for i, k in killers.items() if i in jobs and k.split("::")[0] in jobs[i] and not args.fresh}
    save = args.profile == "knockout" and not args.no_save  # another profile's killer may not kill under this one
    fates: dict = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        running = {pool.submit(knock_out, i, jobs[i], args.profile, first.get(i, "")): i for i in ids}
        for n, done in enumerate(as_completed(running), 1):
            i = running[done]
            fates[i] = done.result()
            # a line per rule as it ends, on stderr, and the killers so far: a long run can be watched,
            # and an interrupted one keeps what it learnt
            print(f"[{n}/{len(ids)}] {i}: {fates[i][0]} ({fates[i][2]:.0f}s)", file=sys.stderr, flush=True)
            if save and fates[i][0] == "killed":
                save_killers(killers, {i: fates[i]})
    if save:
        save_killers(killers, fates)
    width = max(len(i) for i in ids)
    for i in ids:
        fate, detail, took = fates[i]
        print(f"{i:<{width}}  {fate:<8}  {took:5.1f}s  {detail}")
    killed = [i for i in ids if fates[i][0] == "killed"]
    survivors = [i for i in ids if fates[i][0] != "killed"]
    print(f"\nkill rate: {len(killed)}/{len(ids)} = {100 * len(killed) / len(ids):.0f}% "
          f"({time.monotonic() - start:.0f}s, {args.jobs} processes)")
    for i in survivors:
        print(f"  survivor: {i} ({fates[i][0]}): {book.rule(i).gloss}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
