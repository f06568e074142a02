"""Golden explanations: key rulings of both bundled cases (and one undetermined
ruling from tests/cases/open-finding.yaml), as text, JSON and Markdown.

They change only through the explicit update command:

    python -m pytest tests/test_golden.py --update-golden

then review the diff (`git diff tests/golden`) before committing it.
"""
import json
from pathlib import Path

import pytest

from lexcheck.engine import api

GOLDEN = Path(__file__).parent / "golden"

# (case fixture, ruling id, what it shows)
KEY_RULINGS = [
    ("aiil", "purposefully_directed_or_availed/lloyd/arizona", "why: prong 1 met by licensing Arizona facilities"),
    ("aiil", "specific_jurisdiction/lloyd/arizona", "why not: prong 2 fails, each child's own reason"),
    ("aiil", "arises_out_of/lloyd/arizona", "why not: D.S.V.H.'s but-for link defeated by existing capacity"),
    ("aiil", "reasonable_exercise/lloyd/arizona", "not reached: prong 3 after prong 2 fails (Burger King)"),
    ("aiil", "purposefully_directed_or_availed/sessions/arizona", "why not: national policymaking; Walden; brief"),
    ("aiil", "arises_out_of/sessions/arizona", "not reached: prong 2 after prong 1 fails (Schwarzenegger)"),
    ("aiil", "jurisdictional_discovery/arizona", "why not: discovery speculative"),
    ("aiil", "general_jurisdiction/azar/arizona", "not reached: not argued"),
    ("ko_mass", "purposefully_directed_or_availed/sessions/massachusetts", "why not: agents without an order"),
    ("ko_mass", "specific_jurisdiction/lloyd/massachusetts", "why not: prong 1"),
    ("ko_mass", "reasonable_exercise/kelly/massachusetts", "not reached"),
    ("ko_mass", "jurisdictional_discovery/massachusetts", "why not: discovery speculative"),
    ("open_finding", "specific_jurisdiction/director/arizona", "undetermined: national policymaking left open"),
    ("open_finding", "purposefully_directed_or_availed/director/arizona", "undetermined: prong 1"),
]
MARKDOWN = {"specific_jurisdiction/lloyd/arizona", "purposefully_directed_or_availed/sessions/arizona"}


def _outputs(d, rid):
    ruling = d.ruling(rid)
    out = {"txt": api.explanation(d, ruling, "text", width=80),
           "json": api.explanation(d, ruling, "json")}
    if rid in MARKDOWN:
        out["md"] = api.explanation(d, ruling, "md")
    return out


@pytest.mark.parametrize("fixture, rid, shows", KEY_RULINGS, ids=[f"{f}:{r}" for f, r, _ in KEY_RULINGS])
def test_explanation_matches_its_golden_file(fixture, rid, shows, request, update_golden):
    d = request.getfixturevalue(fixture)
    for ext, text in _outputs(d, rid).items():
        path = GOLDEN / d.case.id / f"{rid.replace('/', '__')}.{ext}"
        if update_golden:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            continue
        assert path.exists(), f"no golden file {path}; run pytest tests/test_golden.py --update-golden"
        assert text == path.read_text(encoding="utf-8"), \
            f"{path.name} differs from the golden file; if intended, run --update-golden and review the diff"


def test_the_golden_set_covers_why_why_not_not_reached_and_undetermined(aiil, ko_mass, open_finding):
    cases = {"aiil": aiil, "ko_mass": ko_mass, "open_finding": open_finding}
    outcomes = {cases[f].ruling(r).outcome for f, r, _ in KEY_RULINGS}
    assert outcomes == {"holds", "fails", "not_reached", "undetermined"}
    assert len(KEY_RULINGS) >= 10 and {"aiil", "ko_mass"} <= {f for f, _, _ in KEY_RULINGS}


def test_every_golden_file_belongs_to_a_key_ruling():
    expected = {f"{rid.replace('/', '__')}" for _, rid, _ in KEY_RULINGS}
    stray = [p for p in GOLDEN.rglob("*.*") if p.stem not in expected]
    assert not stray, f"golden files for no key ruling: {stray}"


def test_golden_json_files_are_valid_explanations():
    import jsonschema
    from lexcheck.engine.explanations import schema
    files = sorted(GOLDEN.rglob("*.json"))
    assert len(files) == len(KEY_RULINGS)
    for p in files:
        jsonschema.validate(json.loads(p.read_text()), schema())
