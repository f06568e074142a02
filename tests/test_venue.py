"""Venue under 28 U.S.C. § 1391(b), (c) and (e), as in force on the case's date."""
import pytest

from casebuilder import case_data, derive, holds

from lexcheck.engine.api import rulebook
from lexcheck.engine.casefile import load_case_data
from lexcheck.engine.rulings import run

OBJECTED = ["objected_to_venue(d1)"]


def _venue(facts, **kw):
    return derive(OBJECTED + facts, **kw).ruling("venue_proper/arizona").outcome


def _derive_on(date, facts, **kw):
    data = case_data(facts, **kw)
    data["case"]["decided"] = date
    book = rulebook()
    return run(book, load_case_data(data, book.vocabulary, "<synthetic>"))


def test_venue_is_decided_only_when_a_defendant_objects_to_it():
    d = derive(["domiciled_in(d1, arizona)"])
    with pytest.raises(KeyError):
        d.ruling("venue_proper/arizona")


def test_venue_lies_where_the_only_defendant_resides():
    assert _venue(["domiciled_in(d1, arizona)"]) == "holds"


def test_venue_does_not_lie_by_residence_when_another_defendant_resides_in_another_state():
    assert _venue(["domiciled_in(d1, arizona)", "domiciled_in(d2, texas)"], defendants=("d1", "d2"),
                  findings=["substantial_part_of_events_in(texas)"],
                  denied=["substantial_part_of_events_in(arizona)"]) == "fails"


def test_with_defendants_residing_in_different_states_and_no_district_otherwise_the_fallback_lays_venue():
    assert _venue(["domiciled_in(d1, arizona)", "domiciled_in(d2, texas)"], defendants=("d1", "d2"),
                  denied=["substantial_part_of_events_in(arizona)"]) == "holds"


def test_venue_lies_where_all_defendants_reside():
    assert _venue(["domiciled_in(d1, arizona)", "domiciled_in(d2, arizona)"], defendants=("d1", "d2")) == "holds"


def test_venue_lies_where_a_substantial_part_of_the_events_occurred():
    assert _venue(["domiciled_in(d1, texas)"], findings=["substantial_part_of_events_in(arizona)"]) == "holds"


def test_venue_is_improper_where_neither_residence_nor_the_events_lay_it_and_another_district_would():
    assert _venue(["domiciled_in(d1, texas)"], denied=["substantial_part_of_events_in(arizona)"]) == "fails"


def test_an_objection_left_undecided_on_the_events_leaves_venue_undetermined():
    assert _venue(["domiciled_in(d1, texas)"]) == "undetermined"


def test_the_fallback_lays_venue_where_a_defendant_is_subject_to_jurisdiction_if_no_district_otherwise_would():
    assert _venue([], denied=["substantial_part_of_events_in(arizona)"]) == "holds"


def test_the_fallback_needs_a_defendant_subject_to_jurisdiction_in_the_forum():
    assert _venue(["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"],
                  denied=["substantial_part_of_events_in(arizona)"]) == "fails"


def test_a_corporation_resides_where_it_is_subject_to_personal_jurisdiction():
    d = derive(OBJECTED + ["incorporated_in(d1, delaware)"])
    assert holds(d, "resides_in(d1, arizona)")
    assert d.ruling("venue_proper/arizona").outcome == "holds"


def test_a_corporation_that_successfully_contests_jurisdiction_does_not_reside_in_the_forum():
    d = derive(OBJECTED + ["incorporated_in(d1, delaware)", "moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"],
               denied=["substantial_part_of_events_in(arizona)"])
    assert not holds(d, "resides_in(d1, arizona)")
    assert d.ruling("venue_proper/arizona").outcome == "fails"


def test_an_officer_sued_in_an_official_capacity_may_be_sued_where_the_plaintiff_resides():
    assert _venue(["domiciled_in(d1, texas)", "sued_in_official_capacity(d1)", "domiciled_in(p1, arizona)"],
                  denied=["substantial_part_of_events_in(arizona)"]) == "holds"


def test_an_officer_sued_personally_may_not_be_sued_where_the_plaintiff_resides_stafford():
    assert _venue(["domiciled_in(d1, texas)", "member_of_agency(d1, ice)", "domiciled_in(p1, arizona)"],
                  denied=["substantial_part_of_events_in(arizona)"]) == "fails"


def test_an_officer_sued_in_an_official_capacity_may_be_sued_where_any_defendant_resides():
    assert _venue(["domiciled_in(d1, texas)", "sued_in_official_capacity(d1)", "domiciled_in(d2, arizona)"],
                  defendants=("d1", "d2"), denied=["substantial_part_of_events_in(arizona)"]) == "holds"


def test_section_1391e_lays_venue_where_one_defendant_resides_though_the_others_do_not_and_the_events_were_elsewhere():
    # not (b)(1) (the defendants reside in different states), not (b)(2) (the events were in Texas), and the
    # fallback is closed (Texas would do): only § 1391(e)(1)(A) lays venue in Arizona
    d = derive(OBJECTED + ["domiciled_in(d1, texas)", "sued_in_official_capacity(d1)", "domiciled_in(d2, arizona)"],
               defendants=("d1", "d2"), findings=["substantial_part_of_events_in(texas)"],
               denied=["substantial_part_of_events_in(arizona)"])
    r = d.ruling("venue_proper/arizona")
    assert r.outcome == "holds"
    assert d.explain(r).rule.id == "venue.official_capacity_defendant_residence"


def test_the_same_defendants_sued_personally_have_no_venue_where_only_one_resides():
    d = derive(OBJECTED + ["domiciled_in(d1, texas)", "domiciled_in(d2, arizona)"],
               defendants=("d1", "d2"), findings=["substantial_part_of_events_in(texas)"],
               denied=["substantial_part_of_events_in(arizona)"])
    assert d.ruling("venue_proper/arizona").outcome == "fails"


def test_a_natural_persons_residence_is_his_domicile_only_under_the_2011_text():
    facts = OBJECTED + ["domiciled_in(d1, arizona)"]
    assert holds(_derive_on("2026-01-01", facts), "resides_in(d1, arizona)")
    assert not holds(_derive_on("2005-06-01", facts), "resides_in(d1, arizona)")


def test_the_1990_text_decides_a_case_before_2012_and_the_2011_text_after():
    facts = OBJECTED + ["incorporated_in(d1, delaware)"]
    old, new = _derive_on("2005-06-01", facts), _derive_on("2026-01-01", facts)
    assert old.ruling("venue_proper/arizona").outcome == "holds"
    assert new.ruling("venue_proper/arizona").outcome == "holds"
    assert old.explain(old.ruling("venue_proper/arizona")).rule.id == "venue.residence_1990"
    assert new.explain(new.ruling("venue_proper/arizona")).rule.id == "venue.residence_2011"


def test_check_warns_of_a_misspelled_state_in_the_substantial_part_finding_with_did_you_mean(tmp_path):
    import yaml
    from click.testing import CliRunner
    from lexcheck.cli import main
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case_data(OBJECTED, findings=["substantial_part_of_events_in(arizonaa)"]),
                                   sort_keys=False))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "`arizonaa` is not a state the rule book knows" in result.output
    assert "did you mean `arizona`?" in result.output


def test_the_1990_fallback_lays_venue_where_a_defendant_may_be_found_before_2012():
    d = _derive_on("2005-06-01", OBJECTED, denied=["substantial_part_of_events_in(arizona)"])
    r = d.ruling("venue_proper/arizona")
    assert r.outcome == "holds"
    assert d.explain(r).rule.id == "venue.fallback_1990"


def _rules_used(d, rid):
    return {n.rule.id for n in d.explain(d.ruling(rid)).walk() if getattr(n, "rule", None) is not None}


def test_an_entitys_residence_is_by_the_1988_text_before_2012_and_by_section_1391c2_after():
    facts = OBJECTED + ["incorporated_in(d1, delaware)"]
    old, new = _rules_used(_derive_on("2005-06-01", facts), "venue_proper/arizona"), \
        _rules_used(_derive_on("2026-01-01", facts), "venue_proper/arizona")
    assert "venue.corporate_residence_1988" in old and "venue.entity_residence_2011" not in old
    assert "venue.entity_residence_2011" in new and "venue.corporate_residence_1988" not in new


def test_the_2011_fallback_lays_venue_where_a_defendant_is_subject_to_jurisdiction_after_2012():
    d = _derive_on("2026-01-01", OBJECTED, denied=["substantial_part_of_events_in(arizona)"])
    r = d.ruling("venue_proper/arizona")
    assert r.outcome == "holds"
    assert d.explain(r).rule.id == "venue.fallback_2011"
