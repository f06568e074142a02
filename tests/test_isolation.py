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
