"""What if the record were different: re-derive a case with facts or findings
added, denied or dropped, and search for the smallest such changes that flip a
ruling.

Changes are written in the case files' own syntax (`took_place_in(x, arizona)`)
and parsed by the lark grammar in `syntax`; nothing is evaluated. A record fact
can be added or dropped; a finding can be made (`add`), denied (`deny`) or left
open (`drop`).

`flips` is a bounded breadth-first search, smallest change sets first. Its
candidates are not guessed from the whole vocabulary: they are read off the
ruling's own explanation — the facts and findings a proof rests on (drop them,
deny them), the missing facts, denied findings and open findings a refutation
stops at (add them, make them), the facts behind a defeating exception (drop
them) — and, for a set that does not flip it yet, off the explanation under
that set. Each set is screened by asking pyDatalog for the ruling's own atoms
(whether it is at issue, reached, and holds) in both bounds of the changed
facts, a goal-directed query that derives only what those atoms need; a set's
whole bounds are derived only when its explanation is needed for the next
round. Every reported flip is then re-derived in full from the changed case
file, with the two-valued model checked against its bounds, before it is
shown. The search says when its budget cut it short.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .casefile import Case, Fact, check_atom
from .explain import ABSENT, DENIED, FACT, FINDING_MADE, LIMIT, OPEN, Node
from .kleene import Facts, bounds, values
from .law_in_force import case_atoms
from .rulebook import RuleBook
from .rulings import (FAILS, HOLDS, NOT_REACHED, UNDETERMINED, Derivation, Ruling, _bind, _check_bounds, outcome_of, run)
from .store import derive
from .syntax import Atom, SyntaxProblem, parse_atom, python_value
from .vocabulary import DERIVED, FINDING, RECORD

ADD, DENY, DROP = "add", "deny", "drop"
GONE = "not_at_issue"
# Facts the case file's header, parties and counts generate: the frame of the
# case, not part of the record a flip may change.
_FRAME = {"forum_state", "forum_in_circuit", "plaintiff", "defendant", "member_of_agency", "holds_rank",
          "count_invokes", "count_against"}


class ChangeError(ValueError):
    """A change that cannot be made; the message says why."""


@dataclass(frozen=True)
class Change:
    op: str     # add | deny | drop
    atom: Atom

    @property
    def key(self) -> tuple:
        return (self.atom.pred, tuple(python_value(a) for a in self.atom.args))

    def __str__(self) -> str:
        return f"--{self.op} '{self.atom}'"

    def describe(self, kind: str, sentence: str = "") -> str:
        """In words: `sentence` is the atom's English sentence."""
        what = sentence or str(self.atom)
        if self.op == DROP:
            return f"had the court left open whether {what}" if kind == FINDING else f"had the record not shown that {what}"
        if self.op == DENY:
            return f"had the court declined to find that {what}"
        return f"had the court found that {what}" if kind == FINDING else f"had the record shown that {what}"


def parse_change(op: str, text: str, book: RuleBook, case: Case) -> Change:
    """A change written as an atom, checked against the vocabulary and the case."""
    try:
        atom = parse_atom(text)
    except SyntaxProblem as e:
        raise ChangeError(f"--{op} {text!r}: {e.message}") from None
    bad = check_atom(book.vocabulary, atom, case.parties, case.counts)
    if bad:
        raise ChangeError(f"--{op} {atom}: {bad}")
    kind = book.vocabulary.get(atom.pred).kind
    if kind == DERIVED:
        raise ChangeError(f"--{op} {atom}: `{atom.pred}` is derived: conclusions are derived, not stated; "
                          f"change the facts or findings the rules reach it from")
    from .casecheck import contradicts_header
    clash = contradicts_header(atom, case.meta, case.parties) if op == ADD else None
    if clash:
        raise ChangeError(f"--add {atom}: {clash[0]}")
    if op == DENY and kind != FINDING:
        raise ChangeError(f"--deny {atom}: only a finding can be denied; `{atom.pred}` is a record fact "
                          f"(use --drop)")
    change = Change(op, atom)
    stated = [f for f in case.facts if f.key == change.key]
    if op == DROP and not stated:
        raise ChangeError(f"--drop {atom}: the case file does not state it")
    if op == ADD and any(f.status == "made" for f in stated):
        raise ChangeError(f"--add {atom}: the case file already states it")
    if op == DENY and any(f.status == "denied" for f in stated):
        raise ChangeError(f"--deny {atom}: the case file already denies it")
    return change


def apply(book: RuleBook, case: Case, changes) -> Case:
    """The case with the changes made (one change per atom)."""
    keys = [c.key for c in changes]
    if len(set(keys)) != len(keys):
        raise ChangeError("two changes name the same fact or finding")
    drop, add = [], []
    wanted = set(keys)
    drop = [f for f in case.facts if f.key in wanted]
    for c in changes:
        kind = book.vocabulary.get(c.atom.pred).kind
        if c.op != DROP:
            add.append(Fact(c.atom, RECORD if kind == RECORD else FINDING, "what-if",
                            "denied" if c.op == DENY else "made"))
        elif kind == FINDING:  # a finding dropped is left open: argued, and undecided
            add.append(Fact(c.atom, FINDING, "what-if", "open"))
    return case.with_changes(add=add, drop=drop)


@dataclass
class Changed:
    id: str
    old: Optional[Ruling]
    new: Optional[Ruling]


def what_if(book: RuleBook, d: Derivation, changes, case: Optional[Case] = None) -> tuple[Derivation, list[Changed]]:
    """Re-derive with the changes (made to `case`, by default the derived one: e.g.
    the same case under the law of another date); the rulings whose outcome changed."""
    d2 = run(book, apply(book, case or d.case, changes))
    old = {r.id: r for r in d.rulings}
    new = {r.id: r for r in d2.rulings}
    out = []
    for rid in list(old) + [r for r in new if r not in old]:
        a, b = old.get(rid), new.get(rid)
        if a is None or b is None or a.outcome != b.outcome:
            out.append(Changed(rid, a, b))
    return d2, out


# -- flips -------------------------------------------------------------------------

@dataclass
class Flip:
    changes: tuple
    old: str
    new: str
    derivation: Derivation = None   # the verified re-derivation

    @property
    def size(self) -> int:
        return len(self.changes)


@dataclass
class FlipSearch:
    ruling: Ruling
    flips: list = field(default_factory=list)
    tried: int = 0
    cut_short: bool = False
    max_changes: int = 2
    budget: int = 0
    seconds: float = 0.0       # the time budget (0: none)
    out_of_time: bool = False  # cut short by the time budget, not the change-set budget


class _Screened:
    """One change set, screened: the ruling's own atoms valued by a goal-directed
    pyDatalog query; the whole case derived only when its explanation is needed."""

    def __init__(self, book: RuleBook, case: Case, facts: Facts, values: dict):
        self.book, self.case, self.facts, self.values = book, case, facts, values
        self._derivation: Optional[Derivation] = None

    def value(self, pred: str, args: tuple) -> Optional[bool]:
        """Bounds.value's answer, for the atoms screened."""
        return self.values[(pred, tuple(args))]

    @property
    def derivation(self) -> Derivation:
        if self._derivation is None:
            self._derivation = Derivation(self.book, self.case, bounds=bounds(self.book, self.case, self.facts))
        return self._derivation


class _Screen:
    """Outcome and explanation of one ruling under a change set, from the bounds only."""

    def __init__(self, book: RuleBook, case: Case, ruling: Ruling):
        self.book, self.case, self.ruling = book, case, ruling
        q = ruling.question
        self.reached = _bind(q.parsed_reached, q.parsed_atom, ruling.atom) if q.parsed_reached else None
        self.at_issue = _bind(q.parsed_at_issue, q.parsed_atom, ruling.atom)
        self.facts = Facts.of(book, case)
        self.atoms = [a for a in (self.at_issue, self.reached, ruling.atom) if a is not None]

    def derive(self, changes) -> _Screened:
        case = apply(self.book, self.case, changes)
        facts = self.facts.changed(self.book, drop=[c.key for c in changes if c.op == DROP],
                                   made=[c.key for c in changes if c.op == ADD],
                                   denied=[c.key for c in changes if c.op == DENY])
        got = values(self.book, case, self.atoms, facts)
        return _Screened(self.book, case, facts, {(a.pred, a.args): v for a, v in zip(self.atoms, got)})

    def outcome(self, d) -> str:
        """`d`: a Derivation or a screened change set."""
        b = d.bounds if isinstance(d, Derivation) else d
        if b.value(self.at_issue.pred, self.at_issue.args) is not True:
            return GONE  # no longer at issue: not a ruling that flipped
        return outcome_of(b, self.ruling.atom, self.reached)

    def tree(self, d, outcome: str) -> Node:
        d = d if isinstance(d, Derivation) else d.derivation
        r = Ruling(self.ruling.id, self.ruling.question, self.ruling.atom, outcome)
        return d.explain(r)


def candidates(book: RuleBook, case: Case, tree: Node) -> list[Change]:
    """The single changes an explanation points at, in a stable order."""
    out: dict = {}
    stated = {f.key: f for f in case.facts}

    def consider(op, atom_text):
        try:
            atom = parse_atom(atom_text)
        except SyntaxProblem:
            return
        if not atom.is_ground() or atom.pred in _FRAME:
            return
        c = Change(op, atom)
        if c.key in out:
            return
        f = stated.get(c.key)
        if op == DROP and f is None:
            return
        if op in (ADD, DENY) and f is not None and f.status == ("made" if op == ADD else "denied"):
            return
        if check_atom(book.vocabulary, atom, case.parties, case.counts):
            return
        out[c.key + (op,)] = c

    def walk(n: Node, under_limit: bool = False):
        if n.kind == LIMIT:
            under_limit = True  # limits derive nothing: what they cite cannot flip anything
        elif not under_limit:
            if n.kind == FACT:
                consider(DROP, n.atom)
            elif n.kind == FINDING_MADE:
                consider(DENY, n.atom)
            elif n.kind == DENIED:
                consider(ADD, n.atom)
            elif n.kind == ABSENT:
                consider(ADD, n.atom)
            elif n.kind == OPEN:
                consider(ADD, n.atom)
                consider(DENY, n.atom)
        for c in n.children:
            walk(c, under_limit)
        for a in n.attempts:
            for nodes in a.met:
                for m in nodes:
                    walk(m, under_limit)
            for b in a.branches:
                walk(b, under_limit)
            for nodes in a.after:
                for m in nodes:
                    walk(m, under_limit)

    walk(tree)
    return sorted(out.values(), key=lambda c: (c.op, str(c.atom)))


FLIP_SECONDS = 300  # `lexcheck flip`'s default time budget; the library's default is none


def flips(book: RuleBook, d: Derivation, rid: str, max_changes: int = 2, budget: int = 1000,
          seconds: float = 0, progress=None) -> FlipSearch:
    """The smallest sets of changes that change the ruling's outcome, smallest
    first. The search stops after `budget` change sets or once `seconds` have
    passed (checked before each set), whichever comes first; what it found by
    then is kept and verified. `progress(done, total, stage)`, if given, is
    called as change sets are tried (total: the budget) and flips verified."""
    import time
    deadline = time.monotonic() + seconds if seconds else None
    ruling = d.ruling(rid)
    screen = _Screen(book, d.case, ruling)
    old = ruling.outcome
    search = FlipSearch(ruling, max_changes=max_changes, budget=budget, seconds=seconds)
    found: list[tuple[frozenset, str]] = []
    frontier = [((), d)]  # change sets that do not settle the ruling yet, with their derivation
    seen: set = {frozenset()}
    for size in range(1, max_changes + 1):
        nxt = []
        for base, base_d in frontier:
            outcome = screen.outcome(base_d)
            tree = screen.tree(base_d, outcome)
            for c in candidates(book, base_d.case, tree):
                if any(c.key == b.key for b in base):
                    continue
                changes = base + (c,)
                key = frozenset((x.op, x.key) for x in changes)
                if key in seen:
                    continue
                seen.add(key)
                if search.tried >= budget:
                    search.cut_short = True
                    break
                if deadline is not None and time.monotonic() > deadline:
                    search.cut_short = search.out_of_time = True
                    break
                search.tried += 1
                if progress:
                    progress(search.tried, budget, "trying change sets")
                try:
                    cd = screen.derive(changes)
                except ValueError:
                    continue
                new = screen.outcome(cd)
                if new not in (old, GONE):
                    # minimal: no smaller set already found gives the same outcome
                    if not any(s <= key and o == new for s, o in found):
                        found.append((key, new))
                        search.flips.append(Flip(tuple(sorted(changes, key=str)), old, new))
                if new in (old, UNDETERMINED) and size < max_changes:
                    nxt.append((changes, cd))
            if search.cut_short:
                break
        if search.cut_short:
            break
        frontier = nxt
    for i, f in enumerate(search.flips):
        if progress:
            progress(i, len(search.flips), "re-deriving each flip")
        _verify(book, d.case, screen, f)
    search.flips.sort(key=_order)
    return search


def _verify(book: RuleBook, case: Case, screen: "_Screen", f: Flip) -> None:
    """Re-derive the changed case from its case file: its two-valued model must
    lie within its bounds, and agree with a definite outcome."""
    changed = apply(book, case, f.changes)
    model = derive(book, case_atoms(book, changed))
    d2 = Derivation(book, changed, model, bounds=bounds(book, changed))
    _check_bounds(d2)
    got = screen.outcome(d2)
    atom = screen.ruling.atom
    if got != f.new or (got == HOLDS and not model.holds(atom.pred, atom.args)) or \
            (got == FAILS and model.holds(atom.pred, atom.args)):
        raise AssertionError(f"flip {[str(c) for c in f.changes]} screened as {f.new} but re-derived as {got}")


def rederive(book: RuleBook, case: Case, f: Flip) -> Derivation:
    """The changed case, derived in full (for its explanations)."""
    if f.derivation is None:
        f.derivation = run(book, apply(book, case, f.changes))
    return f.derivation


_OP_ORDER = {DROP: 0, DENY: 1, ADD: 2}


def _order(f: Flip):
    """Smallest first; the opposite verdict before "not reached", and either
    before a merely undetermined one; then
    changes to what the record states (drop, deny) before additions."""
    return (f.size, {UNDETERMINED: 2, NOT_REACHED: 1}.get(f.new, 0), sorted(_OP_ORDER[c.op] for c in f.changes),
            [str(c) for c in f.changes])
