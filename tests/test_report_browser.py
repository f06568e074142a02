"""The HTML report in a real browser: headless Chromium (Debian's `chromium`
package) driven by playwright, opened from disk.

Skipped with the reason when playwright or Chromium is missing; under CI=true
a missing browser is a failure (`.ci/run` installs Chromium first).
LEXCHECK_CHROMIUM names another Chromium executable.
"""
from __future__ import annotations

import os
import re
import shutil

import pytest

from lexcheck.engine import api, report


def _chromium() -> str:
    exe = os.environ.get("LEXCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed (pip install -e '.[test]')"
    if problem is None and not exe:
        problem = "no Chromium executable (apt-get install chromium, or set LEXCHECK_CHROMIUM)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI=true but the browser test cannot run: {problem}")
        pytest.skip(problem)
    return exe


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "ko-v-sessions.html"
    path.write_text(report.html(report.report_data(api.derive_case(api.open_case("ko-v-sessions")))), "utf-8")
    return path


@pytest.fixture
def page(browser, page_file):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(page_file.as_uri())
    yield pg
    context.close()
    assert [u for u in requests if not u.startswith("file:")] == [], "the report fetched something"
    assert errors == [], errors


def test_the_report_opens_from_disk_with_its_grid_and_every_ruling_collapsed(page, tmp_path):
    assert page.title().startswith("K.O. v. Sessions")
    assert page.get_by_role("heading", level=1).inner_text() == "K.O. v. Sessions"
    assert page.get_by_role("navigation", name="Filters").is_visible()
    grid = page.locator("#party-grid")
    assert grid.locator("tbody tr").count() == 11
    assert grid.locator("tr[data-party=lloyd] td[data-issue=prong_one]").inner_text().strip() == "✗ not met"
    lloyd = page.locator('[id="r-purposefully_directed_or_availed/lloyd/massachusetts"]')
    assert lloyd.count() == 1 and lloyd.locator(".body").is_hidden()
    page.screenshot(path=str(tmp_path / "opened.png"))
    assert (tmp_path / "opened.png").stat().st_size > 10_000


def test_selecting_a_cell_opens_that_rulings_explanation_tree(page, tmp_path):
    page.locator("#party-grid tr[data-party=lloyd] td[data-issue=prong_one] a").click()
    ruling = page.locator('[id="r-purposefully_directed_or_availed/lloyd/massachusetts"]')
    assert ruling.locator(".body").is_visible()
    tree = ruling.locator("ul.tree")
    assert "NOT MET" in tree.locator("summary").first.inner_text()
    # a rule with its id and authority is on screen; deeper steps open on demand
    rule = tree.locator(".attempt summary").first
    assert rule.is_visible() and "RULE TRIED" in rule.inner_text()
    assert rule.locator("code").inner_text().count(".") >= 1  # the rule's id
    assert rule.locator("a.cite").first.get_attribute("href").startswith("https://www.courtlistener.com/c/")
    # the failed element was explained under an earlier ruling: opened here, it shows that reasoning here
    ref = tree.locator("li.ref > details").last.element_handle()  # fixed: the copy holds more references
    assert ref.is_visible() and ref.query_selector("li") is None
    ref.query_selector("summary").click(position={"x": 5, "y": 5})
    page.wait_for_function("d => d.dataset.filled === '1'", arg=ref)
    assert ref.evaluate("d => d.open")
    assert ref.query_selector(":scope > div.attempt > details > summary, :scope > ul > li").is_visible()
    assert ref.query_selector("[id]") is None  # the copy adds no second element with the same id
    page.screenshot(path=str(tmp_path / "expanded.png"))


def test_a_rulings_tree_is_built_only_when_it_is_opened(page):
    assert page.locator("ul.tree li").count() == 0  # the page opens with its grids and headings only
    page.locator("#party-grid tr[data-party=lloyd] td[data-issue=prong_one] a").click()
    lloyd = '[id="r-purposefully_directed_or_availed/lloyd/massachusetts"]'
    assert page.locator(f"{lloyd} ul.tree li").count() > 0
    assert page.locator(f"{lloyd} ul.tree code").count() > 0  # its rules' lines are filled in
    assert not re.search(r"<m\d", page.locator(f"{lloyd} ul.tree").inner_html())
    assert page.locator(f"ul.tree li:not({lloyd} li)").count() == 0


def test_a_shared_sub_proof_under_an_unopened_ruling_is_built_when_referenced(page):
    # open the last ruling only: a reference in it points at a drawing under a ruling not yet built
    page.locator("details.ruling").last.locator(":scope > summary").click()
    ref = page.evaluate_handle("""() => {
      const refs = document.querySelectorAll("details.ruling:last-of-type li.ref > details");
      return Array.from(refs).find(d => !document.getElementById(d.dataset.ref)) || null; }""").as_element()
    assert ref is not None, "no reference to a drawing under another ruling"
    ref.evaluate("d => { d.open = true; }")
    page.wait_for_function("d => d.dataset.filled === '1'", arg=ref)
    assert ref.query_selector(":scope > ul > li, :scope > div") is not None
    home = ref.evaluate("d => document.getElementById(d.dataset.ref).closest('details.ruling').dataset.built")
    assert home == "1"


def test_the_keyboard_opens_a_ruling(page):
    summary = page.locator('[id="r-specific_jurisdiction/azar/massachusetts"] > summary')
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator('[id="r-specific_jurisdiction/azar/massachusetts"] .body').is_visible()


def test_filtering_by_party_shows_only_that_partys_rulings_and_row(page, tmp_path):
    page.select_option("#f-party", "lloyd")
    rows = page.locator("#party-grid tbody tr:visible")
    assert rows.count() == 1 and rows.first.get_attribute("data-party") == "lloyd"
    shown = page.locator("details.ruling:visible")
    assert shown.count() >= 5
    for pid in shown.evaluate_all("els => els.map(e => e.dataset.parties)"):
        assert "lloyd" in pid.split()
    assert page.locator("#shown").inner_text() == f"{shown.count()} of {page.locator('details.ruling').count()} rulings shown"
    page.screenshot(path=str(tmp_path / "lloyd.png"), full_page=False)


def test_filtering_by_outcome_and_issue_dims_the_other_cells(page):
    page.select_option("#f-issue", "prong_one")
    page.select_option("#f-outcome", "fails")
    assert page.locator("#party-grid td.dim[data-issue=prong_two]").count() == 11
    assert page.locator("#party-grid td:not(.dim)[data-issue=prong_one]").count() == 11
    assert all(o == "fails" for o in page.locator("details.ruling:visible").evaluate_all(
        "els => els.map(e => e.dataset.outcome)"))


def test_the_search_box_finds_rulings_by_a_record_cite(page):
    page.fill("#f-search", "Ochoa v. J.B. Martin")
    visible = page.locator("details.ruling:visible")
    assert 0 < visible.count() < page.locator("details.ruling").count()
    page.fill("#f-search", "no such words anywhere")
    assert page.locator("details.ruling:visible").count() == 0
    assert page.locator("#shown").inner_text().startswith("0 of ")


def test_the_search_box_reads_trees_not_yet_built_down_to_their_rules(page):
    rule_id = page.locator("template[id^=m-]").first.evaluate("t => t.content.querySelector('code').textContent")
    page.fill("#f-search", rule_id)
    assert page.locator("details.ruling:visible").count() > 0
    assert page.locator("ul.tree li").count() == 0  # searching built nothing


def test_a_reference_to_a_shared_sub_proof_leads_to_where_it_is_drawn(page):
    page.locator("#expand").click()
    link = page.locator("a.same:visible").first
    target = link.get_attribute("href")[1:]
    link.click()
    assert page.locator(f'[id="{target}"]').is_visible()


def test_printing_expands_every_explanation(page):
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.ruling:not([data-built])").count() == 0  # every tree is built to print
    assert page.locator("details:not([open])").count() == 0
    assert page.locator("nav.filters").is_hidden()


def test_ways_tried_for_each_party_are_one_node_that_opens_onto_each(page, tmp_path):
    # "some defendant purposefully directed conduct at Massachusetts" is tried once per defendant: the
    # eleven ways are one item, "for each of 11 defendants (names)", closed until it is opened
    page.locator('[id="r-jurisdictional_discovery/massachusetts"] > summary').click()
    ruling = page.locator('[id="r-jurisdictional_discovery/massachusetts"]')
    group = ruling.locator("li.branch.group > details").first
    group.evaluate("d => { for (let p = d.parentElement; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true; }")
    summary = group.locator(":scope > summary")
    assert summary.is_visible()
    assert re.match(r"for each of 11 defendants \(Alex Azar, .*\): NOT MET", summary.inner_text())
    ways = group.locator(":scope > ol > li.branch")
    assert ways.count() == 11 and ways.first.is_hidden()
    summary.click()
    assert ways.first.is_visible() and ways.last.is_visible()
    assert "way 1 of 11" in ways.first.inner_text()
    page.screenshot(path=str(tmp_path / "group.png"))
