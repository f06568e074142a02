"""Transfer for convenience (§ 1404(a)) and to cure want of venue (§ 1406(a); Goldlawr) or of personal
jurisdiction (§ 1631, in the First Circuit)."""
from casebuilder import derive, holds

CONVENIENCE = ["moved_to_transfer_for_convenience(d1, texas)"]
IMPROPER_VENUE = ["objected_to_venue(d1)", "domiciled_in(d1, texas)"]
CURE = ["transfer_requested_to_cure(p1, texas)"]
NO_EVENTS_HERE = ["substantial_part_of_events_in(arizona)"]


def _out(d, rid):
    return d.ruling(rid).outcome


def test_the_court_transfers_for_convenience_where_the_action_might_have_been_brought_and_the_balance_favors_it():
    d = derive(CONVENIENCE + ["domiciled_in(d1, texas)"], findings=["convenience_favors_transfer(texas)"])
    assert _out(d, "convenience_transfer/texas") == "holds"


def test_no_convenience_transfer_when_the_court_finds_the_balance_does_not_favor_it():
    d = derive(CONVENIENCE + ["domiciled_in(d1, texas)"], denied=["convenience_favors_transfer(texas)"])
    assert _out(d, "convenience_transfer/texas") == "fails"


def test_a_convenience_motion_the_court_has_not_weighed_is_undetermined():
    d = derive(CONVENIENCE + ["domiciled_in(d1, texas)"])
    assert _out(d, "convenience_transfer/texas") == "undetermined"


def test_no_transfer_to_a_district_where_venue_would_not_lie():
    d = derive(CONVENIENCE + ["domiciled_in(d1, arizona)"], findings=["convenience_favors_transfer(texas)"])
    assert _out(d, "convenience_transfer/texas") == "fails"


def test_no_transfer_where_a_defendant_could_not_be_served_hoffman_v_blaski():
    d = derive(CONVENIENCE + ["domiciled_in(d1, arizona)"],
               findings=["convenience_favors_transfer(texas)", "substantial_part_of_events_in(texas)"])
    assert _out(d, "convenience_transfer/texas") == "fails"


def test_a_defendant_found_subject_to_jurisdiction_in_the_transferee_state_is_amenable_there():
    d = derive(CONVENIENCE + ["domiciled_in(d1, arizona)"],
               findings=["convenience_favors_transfer(texas)", "substantial_part_of_events_in(texas)",
                         "subject_to_jurisdiction_in(d1, texas)"])
    assert _out(d, "convenience_transfer/texas") == "holds"


def test_a_corporation_is_amenable_where_incorporated_and_where_its_principal_place_of_business_is():
    d = derive(["incorporated_in(d1, delaware)", "principal_place_of_business_in(d1, texas)"])
    assert holds(d, "amenable_in(d1, delaware)") and holds(d, "amenable_in(d1, texas)")


def test_improper_venue_is_cured_by_transfer_in_the_interest_of_justice():
    d = derive(IMPROPER_VENUE + CURE, findings=["transfer_in_interest_of_justice(texas)"], denied=NO_EVENTS_HERE)
    assert _out(d, "venue_proper/arizona") == "fails"
    assert _out(d, "cure_transfer/texas") == "holds"
    assert _out(d, "dismissed_for_want_of_venue/arizona") == "fails"


def test_improper_venue_without_a_transfer_in_the_interest_of_justice_is_dismissed():
    d = derive(IMPROPER_VENUE + CURE, denied=NO_EVENTS_HERE + ["transfer_in_interest_of_justice(texas)"])
    assert _out(d, "cure_transfer/texas") == "fails"
    assert _out(d, "dismissed_for_want_of_venue/arizona") == "holds"


def test_an_action_with_proper_venue_is_neither_dismissed_nor_cured_by_transfer():
    d = derive(["objected_to_venue(d1)", "domiciled_in(d1, arizona)"] + CURE,
               findings=["transfer_in_interest_of_justice(texas)"])
    assert _out(d, "dismissed_for_want_of_venue/arizona") == "fails"
    assert _out(d, "cure_transfer/texas") == "fails"


def test_a_transfer_for_convenience_is_not_a_dismissal_for_improper_venue():
    d = derive(IMPROPER_VENUE + CONVENIENCE, findings=["convenience_favors_transfer(texas)"], denied=NO_EVENTS_HERE)
    assert _out(d, "dismissed_for_want_of_venue/arizona") == "fails"


def test_improper_venue_is_cured_by_transfer_though_the_court_lacks_personal_jurisdiction_goldlawr():
    d = derive(IMPROPER_VENUE + CURE + ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)"],
               findings=["transfer_in_interest_of_justice(texas)"], denied=NO_EVENTS_HERE)
    assert holds(d, "lacks_personal_jurisdiction(d1)")
    assert _out(d, "cure_transfer/texas") == "holds"


PJ_CURE = ["moved_to_dismiss_for_lack_of_personal_jurisdiction(d1)", "domiciled_in(d1, texas)",
           "transfer_requested_to_cure(p1, texas)"]


def test_want_of_personal_jurisdiction_is_cured_by_transfer_under_section_1631_in_the_first_circuit():
    d = derive(PJ_CURE, forum="massachusetts", circuit="first", findings=["transfer_in_interest_of_justice(texas)"])
    assert _out(d, "cure_transfer/texas") == "holds"


def test_section_1631_for_personal_jurisdiction_is_not_in_force_in_the_ninth_circuit():
    d = derive(PJ_CURE, findings=["transfer_in_interest_of_justice(texas)"])
    assert _out(d, "cure_transfer/texas") == "fails"


def test_no_section_1631_transfer_where_the_court_has_personal_jurisdiction():
    d = derive(["domiciled_in(d1, texas)", "transfer_requested_to_cure(p1, texas)"], forum="massachusetts",
               circuit="first", findings=["transfer_in_interest_of_justice(texas)"])
    assert _out(d, "cure_transfer/texas") == "fails"


def test_check_warns_of_a_misspelled_transferee_state_with_did_you_mean(tmp_path):
    import yaml
    from casebuilder import case_data
    from click.testing import CliRunner
    from lexcheck.cli import main
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case_data(["transfer_requested_to_cure(p1, califronia)"]), sort_keys=False))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "did you mean `california`?" in result.output
