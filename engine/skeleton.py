"""`lexcheck new`: a commented case-file skeleton to fill in.

Every value the user must supply is `TODO`, which `check` reports (one error
per placeholder, with its line) until it is replaced. The lists of predicates
and rulings in the comments come from the rule book, so they stay current.
"""
from __future__ import annotations

from pathlib import Path

from .casefile import GENERATED, PLACEHOLDER
from .reference import example, slots
from .rulebook import RuleBook
from .vocabulary import FINDING, RECORD

TODO = PLACEHOLDER


def _comment_list(items: list[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = min(48, max((len(a) for a, _ in items), default=0))
    return [f"{indent}#   {a.ljust(width)}  {b}" for a, b in items]


def skeleton(book: RuleBook, case_id: str, file_name: str) -> str:
    record = [(example(p), slots(p)) for p in book.vocabulary if p.kind == RECORD and p.name not in GENERATED]
    findings = [(example(p), slots(p)) for p in book.vocabulary if p.kind == FINDING]
    seen, questions = set(), []
    for q in book.questions:
        if q.parsed_atom.pred not in seen:
            seen.add(q.parsed_atom.pred)
            questions.append((example(book.vocabulary.get(q.parsed_atom.pred)), q.title))
    lines = f"""\
# A lexcheck case file: one court decision — its parties, the facts of the
# record (each with the record cite it comes from), the findings the court
# made (each with the opinion page), and what the court held.
#
# Replace every {TODO}; delete the optional lines you don't need. Then:
#   lexcheck check {file_name}     # each problem with line:column and a fix
#   lexcheck verify {file_name}    # the rulings the rules derive, against the court's
# `lexcheck vocab` lists every predicate; `lexcheck vocab NAME` shows one in full
# (its arguments, and the rules that read it).
#
# Write every item in block style, one `field: value` per line: the commas of
# an atom would split a `{{ ... }}` mapping. Identifiers (party ids, acts,
# places) are lower case with underscores: `tennessee_employee`, `arizona`.

case:
  id: {case_id}
  caption: {TODO}                      # e.g. Biliack v. Paul Revere Life Ins. Co.
  citation: {TODO}                     # optional: e.g. 265 F. Supp. 3d 1003 (D. Ariz. 2017)
  court: {TODO}                        # as the reporter abbreviates it: D. Ariz., 9th Cir., U.S.
  circuit: {TODO}                      # lower case: first ... eleventh, dc, federal
  forum: {TODO}                        # the state where the court sits, lower case: arizona
  decided: {TODO}                      # YYYY-MM-DD (or YYYY-MM, YYYY): the case is derived under the law of this date
  motion: {TODO}                       # the motion decided, e.g. Motion to Dismiss (Doc. 12)
  # docket, judge and source are optional too

parties:                             # `role:` is plaintiff or defendant; every party has a `cite:`
  - id: {TODO}                         # e.g. biliack (you will use the id in facts)
    name: {TODO}                       # as the opinion names the party
    role: plaintiff
    cite: {TODO}                       # where the record names the party, e.g. Compl. ¶ 3
  - id: {TODO}
    name: {TODO}
    role: defendant
    cite: {TODO}
    # agency: {TODO}                   # optional, lower case: where the defendant served
    # rank: {TODO}                     # optional, lower case, e.g. agency_head

# counts:                            # optional: the claims, by id
#   - id: count_1
#     title: Bad faith
#     right: insurance_bad_faith
#     against: all_defendants        # or a list of party ids: [id1, id2]
#     cite: Compl. ¶¶ 40-52

facts:
  # Record facts: what the record says happened, each with its `cite:`.
  # Acts, places and people are lower-case identifiers you choose
  # (`contacts_with_doctors`, `arizona`). The record facts you can state:
"""
    out = lines.splitlines()
    out += _comment_list(record)
    out += ["  - fact: " + TODO + "                     # e.g. performed(tennessee_employee, contacts_with_doctors)",
            "    cite: " + TODO + "                     # e.g. Compl. ¶ 12",
            "",
            "  # Findings: characterisations the court makes, each with the opinion",
            "  # `page:`; `status: denied` when the court declined to make one;",
            "  # `status: open` when the question was argued and the court left it",
            "  # undecided. A finding on a question nobody raised is left out: it is",
            "  # then not made (party presentation). The findings you can state:"]
    out += _comment_list(findings)
    out += ["  # - finding: " + (findings[0][0] if findings else "some_finding(x)"),
            "  #   page: Order at 14",
            "  #   status: open                 # made (the default), denied, or open (argued, undecided)",
            "",
            "rulings:                           # what the court held; only `verify` reads these",
            "  # outcome: holds, fails or not_reached. The rulings lexcheck derives:"]
    out += _comment_list(questions)
    out += ["  - ruling: " + TODO + "                   # e.g. specific_jurisdiction(tennessee_employee, arizona)",
            "    outcome: " + TODO + "                  # holds, fails or not_reached",
            "    cite: " + TODO + "                     # the opinion page, e.g. Order at 15",
            ""]
    return "\n".join(out)


def write_skeleton(book: RuleBook, path: Path) -> str:
    """Write a new skeleton at `path`; refuses to overwrite. Returns the text."""
    text = skeleton(book, path.stem, str(path))
    with open(path, "x", encoding="utf-8") as f:  # "x": fails if the file exists
        f.write(text)
    return text
