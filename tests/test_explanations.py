"""Every ruling's explanation agrees with the ruling and rests on the case file."""
import pytest

from lexcheck.engine.explain import FACT, FINDING_MADE


def leaves(node):
    for n in node.walk():
        if n.kind in (FACT, FINDING_MADE) and n.holds:
            yield n


@pytest.mark.parametrize("name", ["aiil", "ko_mass", "ko_ice"])
def test_each_explanation_matches_its_ruling_and_cites_the_case_file(name, request):
    d = request.getfixturevalue(name)
    stated = {str(f.atom) for f in d.case.facts}
    for r in d.rulings:
        node = d.explain(r)
        assert node.holds == (r.outcome == "holds"), r.id
        if r.outcome == "not_reached":
            assert node.kind == "not_reached"
        for leaf in leaves(node):
            assert leaf.atom in stated and leaf.cite, (r.id, leaf.atom)


def test_a_holding_explanation_is_a_proof_down_to_cited_facts(aiil):
    node = aiil.explain(aiil.ruling("purposefully_directed_or_availed/lloyd/arizona"))
    assert node.rule.id == "specific_jurisdiction.prong_one"
    cited = {leaf.atom: leaf.cite for leaf in leaves(node)}
    assert cited["took_place_in(tender_age_facility_licensing, arizona)"] == "Doc. 41 at 48"


def test_every_derived_atom_has_a_proof(aiil):
    ex = aiil.explainer
    from lexcheck.engine.syntax import Atom
    for p in aiil.book.vocabulary:
        if p.kind == "derived":
            for row in aiil.model.rows(p.name):
                assert ex.prove(Atom(p.name, row)).holds
