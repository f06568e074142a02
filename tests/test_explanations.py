"""Every ruling's explanation agrees with the ruling and rests on the case file."""
import json

import pytest

from lexcheck.engine.explain import (ABSENT, DENIED, EXCEPTION, FACT, FINDING_MADE, LAW, NO_RULE_APPLIES, OPEN,
                                     RULE_FIRED, UNDETERMINED)
from lexcheck.engine.syntax import parse_atom, python_value

VERDICT = {"holds": True, "fails": False, "not_reached": False, "undetermined": None}


def leaves(node):
    for n in node.walk():
        if n.kind in (FACT, FINDING_MADE) and n.holds:
            yield n


def _value(d, atom_text):
    a = parse_atom(atom_text)
    return d.bounds.value(a.pred, tuple(python_value(x) for x in a.args))


@pytest.mark.parametrize("name", ["aiil", "ko_mass", "ko_ice", "open_finding"])
def test_each_explanation_matches_its_ruling_and_rests_on_the_case_file(name, request):
    d = request.getfixturevalue(name)
    made = {str(f.atom): f for f in d.case.facts if f.status == "made"}
    denied = {str(f.atom): f for f in d.case.facts if f.status == "denied"}
    for r in d.rulings:
        node = d.explain(r)
        assert node.holds is VERDICT[r.outcome], r.id
        assert node.kind == {"not_reached": "not_reached", "undetermined": "undetermined"}.get(r.outcome, node.kind)
        for n in node.walk():
            where = (r.id, n.kind, n.atom)
            if n.kind in (FACT, FINDING_MADE) and n.holds:        # a leaf the proof rests on: stated, with its cite
                assert n.atom in made and n.cite == made[n.atom].cite, where
            elif n.kind == DENIED:                                 # a finding the court declined, with the page
                assert n.atom in denied and n.cite == denied[n.atom].cite, where
            elif n.kind == ABSENT and parse_atom(n.atom).is_ground():
                assert n.atom not in made, where                   # "not shown" is really not in the case file
            elif n.kind == OPEN:
                assert n.atom not in made and n.atom not in denied, where
            elif n.kind in (RULE_FIRED, LAW) and n.holds:          # each step's rule actually fired
                assert _value(d, n.atom) is True and n.rule.head.pred == n.atom.split("(")[0], where
            elif n.kind == NO_RULE_APPLIES and parse_atom(n.atom).is_ground():
                assert _value(d, n.atom) is False, where           # ... or actually failed
            elif n.kind == UNDETERMINED and not n.atom.startswith("not "):
                assert _value(d, n.atom) is None, where
            elif n.kind == EXCEPTION:                              # the exception really applies
                assert _value(d, n.atom.removeprefix("not ")) is True, where


@pytest.mark.parametrize("name", ["aiil", "ko_mass", "ko_ice", "open_finding"])
def test_an_explanation_of_every_kind_of_ruling_validates_against_the_published_schema(name, request):
    import jsonschema
    from lexcheck.engine import api
    from lexcheck.engine.explanations import schema
    d = request.getfixturevalue(name)
    validator = jsonschema.Draft202012Validator(schema())
    # one ruling per question and outcome covers every shape; all 424 of A.I.I.L.'s take minutes
    sample = {(r.question.id, r.outcome): r for r in reversed(d.rulings)}
    for r in sample.values():
        data = json.loads(api.explanation(d, r, "json"))
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, (r.id, errors[0].message, list(errors[0].path))
        assert data["verdict"] == r.outcome and data["tree"]["holds"] is VERDICT[r.outcome]


def test_a_holding_explanation_is_a_proof_down_to_cited_facts(aiil):
    node = aiil.explain(aiil.ruling("purposefully_directed_or_availed/lloyd/arizona"))
    assert node.rule.id == "specific_jurisdiction.prong_one"
    cited = {leaf.atom: leaf.cite for leaf in leaves(node)}
    assert cited["took_place_in(tender_age_facility_licensing, arizona)"] == "Doc. 41 at 48"


def test_a_negated_element_in_a_proof_says_why_it_is_not_so(aiil):
    # "not national policymaking" holds for the licensing because the court declined that finding
    node = aiil.explain(aiil.ruling("purposefully_directed_or_availed/lloyd/arizona"))
    absence = next(n for n in node.walk() if n.atom == "not national_policymaking_exception(tender_age_facility_licensing)")
    assert any(n.kind == DENIED and n.cite == "Order at 14" for n in absence.walk())


def test_every_derived_atom_has_a_proof(aiil):
    ex = aiil.explainer
    from lexcheck.engine.syntax import Atom
    for p in aiil.book.vocabulary:
        if p.kind == "derived":
            for row in aiil.bounds.lo.rows(p.name):
                assert ex.prove(Atom(p.name, row)).holds


def test_the_why_not_names_each_childs_reason_under_prong_two(aiil):
    from lexcheck.engine.explanations import lines
    text = [(l.status, l.sentence) for l in lines(aiil.explain(aiil.ruling("arises_out_of/lloyd/arizona")))]
    assert ("DEFEATED", "by the exception: the means tender age facility licensing created in Arizona already "
                        "existed there, so the harm would have come without it") in text
    assert ("NOT SHOWN", "J.A.H.I. was held long-term (in a custodial placement) in Arizona") in text
    assert ("FALSE", "13 <= 12") in text                        # K.E.O.H. was not of tender age
    # the exception is shown once, with its rule, not again as a separate MET node beneath
    assert sum(1 for s, t in text if "already existed in Arizona before" in t and s == "MET") == 0


def test_not_reached_names_the_earlier_failure_and_the_authority_for_stopping(aiil):
    from lexcheck.engine import api
    out = " ".join(api.explanation(aiil, aiil.ruling("reasonable_exercise/lloyd/arizona"), "text", width=80).split())
    assert "Not reached: the court decides this only if the court reaches reasonableness for Scott Lloyd" in out
    assert "The earlier failure that stopped the court: it is not established that the claims arise out of Scott Lloyd's" in out
    assert "Burger King Corp. v. Rudzewicz, 471 U.S. 462, 476 (1985)" in out


def test_an_undetermined_ruling_names_the_open_finding_that_would_decide_it(open_finding):
    r = open_finding.ruling("specific_jurisdiction/director/arizona")
    assert r.outcome == "undetermined" and r.open == ("national_policymaking(facility_licensing)",)
    assert ("needs a finding on whether facility licensing was national policymaking, oversight or regulatory work "
            "[national_policymaking(facility_licensing)]") in r.ground


def test_text_explanations_fit_in_80_columns(aiil, ko_mass):
    from lexcheck.engine import api
    for d in (aiil, ko_mass):
        for r in d.rulings[:12]:
            long = [l for l in api.explanation(d, r, "text", width=80).splitlines() if len(l) > 80]
            assert not long, (r.id, long[:2])


# -- names, not ids, in prose ---------------------------------------------------

def _sentence(d, text):
    from lexcheck.engine.syntax import Atom, parse_atom, python_value
    a = parse_atom(text)
    return d.explainer.sentence(Atom(a.pred, tuple(python_value(x) for x in a.args)))


def test_a_forum_reads_as_its_states_name_in_an_explanation(aiil):
    assert _sentence(aiil, "forum_state(arizona)") == "the court sits in Arizona"
    assert _sentence(aiil, "forum_state(new_hampshire)") == "the court sits in New Hampshire"


def test_a_circuit_reads_as_its_declared_name_in_an_explanation(aiil):
    assert _sentence(aiil, "forum_in_circuit(arizona, ninth)") == "Arizona lies in the Ninth Circuit"
    assert _sentence(aiil, "forum_in_circuit(district_of_columbia, dc)") == \
        "the District of Columbia lies in the D.C. Circuit"


def test_a_symbol_argument_named_after_a_named_vocabulary_reads_as_the_name(book):
    from lexcheck.engine.vocabulary import Arg
    voc = book.vocabulary
    assert voc.name_of(Arg("state", "symbol"), "new_york") == "New York"
    assert voc.name_of(Arg("circuit", "symbol"), "first") == "the First Circuit"
    # a forum that is a state reads as the state's name; an argument of no such vocabulary keeps none
    assert voc.name_of(Arg("state", "symbol", "forum"), "utah") == "Utah"
    assert voc.name_of(Arg("act", "symbol"), "arizona") is None


def test_another_symbol_reads_as_words_in_an_explanation(aiil):
    assert _sentence(aiil, "took_place_in(tender_age_facility_licensing, arizona)") == \
        "tender age facility licensing took place in Arizona"


def test_a_count_reads_as_its_number_and_title_in_an_explanation(aiil):
    count = aiil.case.counts["count_1"]
    shown = aiil.explainer.shown(next(a for p in aiil.book.vocabulary for a in p.args if a.type == "count"),
                                 "count_1")
    assert shown == f"count 1 ({count.title})"


def test_ids_stay_in_the_json_and_the_rule_brackets_while_the_prose_reads_names(aiil):
    import json
    from lexcheck.engine import api
    r = aiil.ruling("arises_out_of/lloyd/arizona")
    text = api.explanation(aiil, r, "text", width=80)
    assert "[arises_out_of/lloyd/arizona]" in text and "contacts with Arizona" in text
    assert " arizona " not in text and "tender_age_facility_licensing created" not in text
    data = json.loads(api.explanation(aiil, r, "json"))
    nodes, todo = [], [data["tree"]]
    while todo:  # every node of the tree, wherever it hangs
        n = todo.pop()
        if isinstance(n, dict):
            if "atom" in n and "sentence" in n:
                nodes.append(n)
            todo += list(n.values())
        elif isinstance(n, list):
            todo += n
    named = [n for n in nodes if "tender_age_facility_licensing, arizona" in n["atom"]]
    assert named and all("Arizona" in n["sentence"] and "arizona" not in n["sentence"] for n in named)
