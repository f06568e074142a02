"""`lexcheck report`: the HTML page, read as data (the browser test drives it in Chromium).

The page is built from the explanation JSON; these tests check what it holds —
the grid, the explanations, escaping, no network — without a browser.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from lexcheck.cli import main
from lexcheck.engine import api, cites, contract, report


@pytest.fixture(scope="module")
def ko():
    d = api.derive_case(api.open_case("ko-v-sessions"))
    data = report.report_data(d)
    return d, data, report.html(data)


def test_the_report_data_validates_against_its_schema(ko):
    _, data, _ = ko
    contract.validate(json.loads(json.dumps(data)))


def test_every_ruling_has_a_cell_or_a_section_and_its_explanation(ko):
    d, _, page = ko
    for r in d.rulings:
        assert f'id="r-{r.id}"' in page, r.id
    assert page.count('<td class="o-') == sum(r.question.id in ("general_jurisdiction", "specific_jurisdiction",
                                                                 "prong_one", "prong_two", "prong_three")
                                              for r in d.rulings)


def test_the_page_fetches_nothing():
    page = report.html(report.report_data(api.derive_case(api.open_case("biliack-v-paul-revere"))))
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', page)
    assert "@import" not in page and "url(" not in page


def test_each_cell_says_its_outcome_in_words_not_colour_alone(ko):
    _, _, page = ko
    cells = re.findall(r'<td class="o-(\w+)"[^>]*><a [^>]*><span aria-hidden="true">.</span> ([^<]+)</a>', page)
    assert cells and all(label.strip() for _, label in cells)
    assert {"fails", "not_reached"} <= {o for o, _ in cells}


def test_grounds_shared_by_many_defendants_are_grouped_with_their_names(ko):
    _, _, page = ko
    assert re.search(r'<span class="who">11 defendants:</span>', page)
    assert "(shown for Alex Azar)" in page


def test_a_sub_proof_that_recurs_is_drawn_once_and_referenced(ko):
    _, _, page = ko
    anchors = re.findall(r'<li class="inner[^"]*" id="p-(\w+)"', page)
    assert len(anchors) == len(set(anchors))
    refs = set(re.findall(r'<a class="same" href="#p-(\w+)"', page))
    assert refs and refs <= set(anchors)


def test_each_rule_line_is_held_once_and_every_tree_points_only_at_lines_it_holds(ko):
    _, _, page = ko
    parts = re.findall(r'<template id="m-(\d+)">(.*?)</template>', page, flags=re.S)
    assert parts and len({body for _, body in parts}) == len(parts)
    trees = re.findall(r'<script type="text/x-lexcheck-tree">(.*?)</script>', page, flags=re.S)
    used = {k for t in trees for k in re.findall(r"<m(\d+)>", t)}
    assert used == {k for k, _ in parts}


def test_a_tree_kept_as_text_cannot_end_its_block(tmp_path):
    data = report.report_data(api.derive_case(api.open_case("biliack-v-paul-revere")))
    data["explanations"][0]["tree"]["sentence"] = "</script><script>alert(1)</script><!--"
    page = report.html(data)
    assert "<script>alert(1)" not in page and "<!--" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page


def test_authorities_are_linked_to_courtlistener_by_citation(ko):
    _, _, page = ko
    assert '<a class="cite" href="https://www.courtlistener.com/c/U.S./571/277/"' in page  # Walden v. Fiore


def test_every_value_is_escaped(tmp_path):
    from lexcheck.engine.report import html
    data = report.report_data(api.derive_case(api.open_case("biliack-v-paul-revere")))
    data["case"]["caption"] = "<script>alert(1)</script> & Co."
    data["parties"][0]["name"] = '"><img src=x onerror=alert(1)>'
    page = html(data)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co." in page


def test_a_cite_eyecite_cannot_read_is_shown_as_text_and_listed():
    text = "Fed. R. Civ. P. 12(b)(6); Walden v. Fiore, 571 U.S. 277, 285 (2014)"
    assert cites.problems(text) == ["Fed. R. Civ. P. 12(b)(6)"]
    linked = str(report.authority_html(text))
    assert linked.startswith("Fed. R. Civ. P. 12(b)(6); Walden v. Fiore, <a class=\"cite\"")
    assert "".join(s.text for s in cites.segments(text)) == text


def test_rules_check_cites_lists_authorities_without_a_readable_citation():
    result = CliRunner().invoke(main, ["rules", "--check-cites"])
    assert result.exit_code == 1
    assert "disposition.motion_granted: no citation eyecite can read in: Fed. R. Civ. P. 12(b)(6)" in result.output


def test_report_writes_the_file_only_when_it_is_complete(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", "biliack-v-paul-revere", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    bad = tmp_path / "bad.html"
    result = CliRunner().invoke(main, ["report", "no-such-case", "-o", str(bad)])
    assert result.exit_code == 2 and not bad.exists()
    assert list(tmp_path.iterdir()) == [out]


def test_the_report_reads_a_rulings_arguments_by_name_not_id(ko):
    d, data, page = ko
    assert data["names"]["massachusetts"] == "Massachusetts"
    assert all(data["names"][p.id] == p.name for p in d.case.parties.values() if p.id in data["names"])
    assert "Massachusetts" in page
    # the ids stay where a machine reads them: the rulings' ids and arguments
    assert any(x["ruling"]["id"].endswith("/massachusetts") for x in data["explanations"])
