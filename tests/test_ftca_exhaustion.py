"""FTCA: no action before the administrative claim (28 U.S.C. § 2675(a); McNeil, 508 U.S. at 113)."""
import pytest
from casebuilder import derive, holds

FTCA = ["claims_under_ftca(torts)", "exhaustion_contested(torts)"]


@pytest.mark.parametrize("filed, presented, premature", [
    ("2018-09-05", "2018-10-09", True),    # K.O.: suit a month before the claim
    ("2018-10-10", "2018-10-09", False),
    ("2018-10-09", "2018-10-09", False),
])
def test_claims_are_premature_only_when_the_action_began_before_the_claim_was_presented(filed, presented, premature):
    d = derive(FTCA + [f"action_commenced_on({filed})", f"administrative_claim_presented_on(torts, {presented})"])
    assert holds(d, "premature_ftca_claims(torts)") is premature
    assert d.ruling("premature_ftca_claims/torts").outcome == ("holds" if premature else "fails")


def test_ko_ftca_claims_were_filed_before_the_administrative_claim(ko_ice):
    assert ko_ice.ruling("premature_ftca_claims/proposed_ftca_claims").outcome == "holds"
