"""Each case is derived alone: nothing leaks from one derivation into the next."""
import threading

from casebuilder import FORUM_ACT, derive, holds


def test_facts_of_one_case_do_not_leak_into_the_next():
    first = derive(FORUM_ACT + ["act_against(act1, p1)"])
    assert holds(first, "specific_jurisdiction(d1, arizona)")
    second = derive(FORUM_ACT)
    assert not holds(second, "but_for_cause(act1, p1)")
    assert not holds(second, "specific_jurisdiction(d1, arizona)")


def test_derivation_is_deterministic(aiil):
    from lexcheck.engine.api import derive_case
    again = derive_case(aiil.case, aiil.book)
    assert [(r.id, r.outcome, r.element, r.because) for r in again.rulings] == \
           [(r.id, r.outcome, r.element, r.because) for r in aiil.rulings]


def test_a_derivation_in_another_thread_sees_only_its_own_case():
    results = {}

    def work(name, facts):
        results[name] = holds(derive(facts), "specific_jurisdiction(d1, arizona)")

    threads = [threading.Thread(target=work, args=("with", FORUM_ACT + ["act_against(act1, p1)"])),
               threading.Thread(target=work, args=("without", FORUM_ACT))]
    for t in threads:
        t.start()
        t.join()
    assert results == {"with": True, "without": False}


# -- nothing half-loaded ------------------------------------------------------

def _stored_facts(book) -> dict:
    """Every record fact and finding pyDatalog holds right now (none, between derivations)."""
    from pyDatalog import pyEngine
    from lexcheck.engine.vocabulary import DERIVED
    out = {}
    for p in book.vocabulary:
        if p.kind != DERIVED:
            rows = pyEngine.Literal(p.name, [pyEngine.Var(f"V{i}") for i in range(p.arity)]).ask()
            if rows:
                out[p.name] = rows
    return out


def _outcomes(d):
    return [(r.id, r.outcome, r.element, r.because) for r in d.rulings]


BAD_FILES = {
    "malformed YAML": "case: [unclosed\n",
    "an error on the last line": None,  # the bundled case with one bad fact appended
    "a python tag": "facts: !!python/object/apply:os.system ['true']\n",
    "billion laughs": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcd", "bcde")),
}


def test_a_file_that_fails_to_load_changes_nothing(book, ko_mass, tmp_path):
    import pytest
    from lexcheck.engine.api import UserError, bundled_cases, derive_case, open_case
    before = _outcomes(derive_case(ko_mass.case, book))
    assert _stored_facts(book) == {}
    for name, text in BAD_FILES.items():
        if text is None:
            text = bundled_cases()["ko-v-sessions"].read_text().replace(
                "\nrulings:", "\n  - fact: performed(nobody, act1)\n    cite: X\nrulings:", 1)
        path = tmp_path / "bad.yaml"
        path.write_text(text)
        with pytest.raises(UserError):
            open_case(str(path), book)
        assert _stored_facts(book) == {}, name
        assert _outcomes(derive_case(ko_mass.case, book)) == before, name
    assert _stored_facts(book) == {}


def test_a_derivation_that_fails_midway_leaves_no_fact_behind(book):
    import pytest
    from lexcheck.engine import store
    from lexcheck.engine.syntax import parse_atom

    def atoms_then_failure():
        yield parse_atom("performed(d1, act1)")
        yield parse_atom("took_place_in(act1, arizona)")
        raise RuntimeError("the case broke halfway")

    with pytest.raises(RuntimeError):
        store.derive(book, atoms_then_failure())
    assert _stored_facts(book) == {}
    assert not holds(derive(["took_place_in(act1, arizona)"]), "expressly_aimed(d1, act1, arizona)")
