"""Hypothesis strategies for hostile and malformed case files.

Small composite strategies, each a noun: `plain_values` (anything YAML can
hold), `case_shaped_data` (a valid case, then one field anywhere replaced by
something wrong), `yaml_texts` (dumped data, optionally cut or corrupted),
`hostile_texts` (deep nesting, alias bombs, tags, huge values, odd unicode),
`duplicate_key_texts` (a valid case with one key written twice),
`number_forms` (scalars YAML 1.1 would turn into numbers, booleans or dates)
`injections` (markup, formulas and escape sequences aimed at the output) and
`large_valid_cases` (many parties and acts, up to the engine's limits).
Sizes are capped so every example is quick to generate and to load.
"""
from __future__ import annotations

import yaml
from hypothesis import strategies as st

from casebuilder import case_data

# Characters that stress a YAML scanner or an atom parser.
TRICKY = ["(", ")", ",", ":", "-", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", "{", "}", "[", "]",
          "\t", "\n", "\r", "\x00", "\x85", "\u2028", "\ufeff", "é", "ß", "𝔘", "\U0001F600", "\\", "__import__",
          "\x1b[2J", "\x9b", "\u202e", "<script>", "=cmd|", "[x](javascript:alert(1))"]

texts = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(TRICKY), max_size=8).map("".join),
                  st.sampled_from(["TODO", "yes", "no", "null", "~", "2022-02-30", "1e999", "0x1F", ".nan",
                                   "performed(d1, act1)", "performed(d1, act1", "expressly_aimed(d1, a, arizona)",
                                   "age_at_separation(p1, ten)", "Performed(D, A)", "p(" + "x, " * 50 + "x)"]))
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
                    st.floats(allow_nan=True, allow_infinity=True), texts, st.dates().map(str))


# Mapping keys: mostly the fields a case file has (so the checks behind them run), sometimes anything.
FIELDS = ["case", "parties", "counts", "facts", "rulings", "id", "caption", "court", "circuit", "forum",
          "decided", "motion", "name", "role", "cite", "fact", "finding", "page", "status", "ruling", "outcome",
          "element", "against", "right", "agency", "rank"]
keys = st.one_of(st.sampled_from(FIELDS), texts, st.integers(-3, 3))


def _nested(max_leaves: int):
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)), max_leaves=max_leaves)


_SMALL, _LARGER = _nested(3), _nested(8)  # built once: building a recursive strategy is costly


def plain_values(max_leaves: int = 8):
    """Anything a YAML document can hold: nested lists and mappings of scalars."""
    return _SMALL if max_leaves <= 3 else _LARGER


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, path + (i,))


def _replace(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {k: (_replace(v, rest, new) if k == head else v) for k, v in value.items()}
    return [(_replace(v, rest, new) if i == head else v) for i, v in enumerate(value)]


VALID_FACTS = ["performed(d1, act1)", "took_place_in(act1, arizona)", "intentional_act(act1)",
               "pleaded_in_complaint(act1)", "moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)",
               "age_at_separation(p1, 7)", "age_at_separation(p1, 9)", "act_against(act1, p1)"]


@st.composite
def case_shaped_data(draw):
    """A valid case file, then up to three fields anywhere replaced by a wrong type or a hostile value."""
    data = case_data(draw(st.lists(st.sampled_from(VALID_FACTS), max_size=6)),
                     findings=draw(st.lists(st.sampled_from(["national_policymaking(act1)"]), max_size=1)))
    data["rulings"] = [{"ruling": "specific_jurisdiction(d1, arizona)", "outcome": "fails", "cite": "Op. at 3"}]
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(list(_paths(data))))
        data = _replace(data, path, draw(plain_values(max_leaves=3)))
    return data


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's when present: generation stays cheap


def _dump(value) -> str:
    return yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=10 ** 6)


@st.composite
def yaml_texts(draw):
    """YAML text of plain or case-shaped data, sometimes cut short or with characters spliced in."""
    text = _dump(draw(st.one_of(plain_values(), case_shaped_data())))
    how = draw(st.sampled_from(["as is", "cut", "splice", "indent"]))
    if how == "cut" and text:
        text = text[: draw(st.integers(0, len(text)))]
    elif how == "splice":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(TRICKY + [": ", "- ", "  ", "&a ", "*a", "!!str ", "? "])) + text[at:]
    elif how == "indent":
        lines = text.splitlines()
        if lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from([" ", "\t", "   "])) + lines[i]
        text = "\n".join(lines)
    return text


@st.composite
def hostile_texts(draw):
    """Texts built to hurt a loader: bombs, depth, tags, size, and odd encodings."""
    kind = draw(st.sampled_from(["deep", "laughs", "self alias", "tag", "merge", "huge value", "many items",
                                 "documents", "unicode", "random"]))
    n = draw(st.integers(1, 60))
    if kind == "deep":
        open_, close = draw(st.sampled_from([("[", "]"), ("{a: ", "}")]))
        return "case: " + open_ * n * 3 + "x" + close * n * 3 + "\n"
    if kind == "laughs":
        width = draw(st.integers(2, 12))
        text = "a: &a [" + ", ".join(["lol"] * width) + "]\n"
        for prev, name in zip("abcdefgh", "bcdefghi"):
            text += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * width) + "]\n"
        return text + "case: *i\n"
    if kind == "self alias":
        return "case: &a [*a]\n" if n % 2 else "case: &a {x: *a}\n"
    if kind == "tag":
        tag = draw(st.sampled_from(["!!python/object/apply:os.system", "!!python/name:os.system",
                                    "!!python/object/new:type", "!!binary", "!!set", "!!omap", "!custom",
                                    "!!python/module:os"]))
        return f"case: {tag} [x]\nfacts:\n  - fact: {tag} 'performed(d1, act1)'\n    cite: X\n"
    if kind == "merge":
        return "base: &b {id: t}\ncase:\n  <<: *b\n  caption: C\n"
    if kind == "huge value":
        return "case:\n  caption: " + "x" * draw(st.sampled_from([4_999, 5_000, 5_001, 20_000])) + "\n"
    if kind == "many items":
        return "facts:\n" + "  - fact: performed(d1, act1)\n    cite: X\n" * (n * 2)
    if kind == "documents":
        return "case: {id: a}\n---\ncase: {id: b}\n"
    if kind == "unicode":
        return _dump(case_data([draw(st.text(min_size=1, max_size=30))]))
    return draw(st.text(max_size=200))


# What YAML 1.1 resolves to something other than text: sexagesimal, octal, hex, binary, underscores,
# infinities, NaN, floats, booleans, null words, dates and times.
NUMBER_FORMS = ["1:20", "190:20:30", "010", "0o17", "0x1F", "0b101", "1_000", "+12", "-0", ".inf", "-.Inf", ".NaN",
                "1e3", "6.02e+23", "3.", "yes", "No", "ON", "off", "y", "n", "True", "2022-01-01",
                "2001-12-14t21:59:43.10-05:00", "12:30:00", "0.", "1" * 5000]


@st.composite
def number_forms(draw):
    """A scalar written as YAML 1.1 would read a number, a boolean or a date (or a very long number)."""
    return draw(st.one_of(st.sampled_from(NUMBER_FORMS),
                          st.integers(-10 ** 6, 10 ** 6).map(lambda n: f"{n:_}"),
                          st.integers(0, 10 ** 6).map(oct).map(lambda o: "0" + o[2:])))


INJECTIONS = ["<script>alert(1)</script>", "[click](javascript:alert(1))", "<javascript:alert(1)>",
              "# Heading", "=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\\\" ] ; \"", "a|b|c",
              "*bold* _it_ `code`", "![img](http://x/y.png)"]


@st.composite
def injections(draw):
    """Text aimed at a renderer: markup, formulas, quotes that close a DOT string."""
    return draw(st.one_of(st.sampled_from(INJECTIONS),
                          st.lists(st.sampled_from(INJECTIONS + TRICKY[:20]), min_size=1, max_size=4).map(" ".join)))


_CASE_LINES = [
    "case:", "  id: t", "  caption: T v. U", "  court: D. Test", "  circuit: ninth", "  forum: arizona",
    "  decided: 2022-01-01", "  motion: MTD", "parties:", "  - id: d1", "    name: D One", "    role: defendant",
    "    cite: Compl. 2", "facts:", "  - fact: performed(d1, act1)", "    cite: Compl. 3",
    "  - finding: national_policymaking(act1)", "    page: Op. at 2", "rulings:",
    "  - ruling: specific_jurisdiction(d1, arizona)", "    outcome: fails", "    cite: Op. at 3"]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _key_column(line: str) -> int:
    return _indent(line) + 2 if line.lstrip().startswith("- ") else _indent(line)


@st.composite
def duplicate_key_texts(draw):
    """(text, first line, second line): a valid case file with one key written again later in the same
    mapping (a whole section, a header field or an item's field), at a boundary between its entries."""
    lines = _CASE_LINES
    i = draw(st.sampled_from([n for n, line in enumerate(lines) if ":" in line]))
    c = _key_column(lines[i])
    end = i + 1
    while end < len(lines) and _key_column(lines[end]) >= c and \
            not (lines[end].lstrip().startswith("- ") and _indent(lines[end]) + 2 == c):
        end += 1
    at = draw(st.sampled_from([j for j in range(i + 1, end + 1)
                               if j == end or (_key_column(lines[j]) == c and not lines[j].lstrip().startswith("- "))]))
    key = lines[i].lstrip().removeprefix("- ").split(":")[0]
    again = " " * c + key + (": []" if c == 0 else ": again")
    return "\n".join(lines[:at] + [again] + lines[at:]) + "\n", i + 1, at + 1


# A valid case file with five text fields left to fill in ({cite}, {page}, {name}, {caption}, {note}),
# each written as a plain (unquoted) YAML scalar.
HEAD_FOR_VALUES = """\
case:
  id: t
  caption: {caption}
  court: D. Test
  circuit: ninth
  forum: arizona
  decided: 2022-01-01
  motion: MTD
parties:
  - id: d1
    name: {name}
    role: defendant
    cite: Compl. 2
facts:
  - fact: performed(d1, act1)
    cite: {cite}
    note: {note}
  - finding: national_policymaking(act1)
    page: {page}
"""


@st.composite
def large_valid_cases(draw, max_parties: int = 160, max_acts: int = 160):
    """A valid case of many parties and acts (each act performed by a defendant, in the forum, against a
    plaintiff): large enough to reach the engine's limits, small enough to stay inside the file's."""
    n_p = draw(st.integers(1, max_parties // 2))
    n_d = draw(st.integers(1, max_parties - n_p))
    return large_case(n_p, n_d, draw(st.integers(1, max_acts)))


def large_case(n_p: int, n_d: int, n_a: int) -> dict:
    """`n_p` plaintiffs, `n_d` defendants, `n_a` acts in the forum, each against a plaintiff."""
    facts = [f"moved_to_dismiss_for_lack_of_personal_jurisdiction(d{i})" for i in range(n_d)]
    for a in range(n_a):
        facts += [f"performed(d{a % n_d}, act{a})", f"intentional_act(act{a})", f"took_place_in(act{a}, arizona)",
                  f"act_against(act{a}, p{a % n_p})"]
    return case_data(facts, plaintiffs=[f"p{i}" for i in range(n_p)], defendants=[f"d{i}" for i in range(n_d)])
