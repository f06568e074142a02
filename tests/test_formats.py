"""Markdown citations and the text layout, in isolation."""
import pytest

from lexcheck.engine.explanations import cite_md


@pytest.mark.parametrize("authority, memo", [
    ("Walden v. Fiore, 571 U.S. 277, 284 (2014)", "*Walden v. Fiore*, 571 U.S. 277, 284 (2014)"),
    ("Ariz. R. Civ. P. 4.2(a); see Daimler AG v. Bauman, 571 U.S. 117, 125 (2014)",
     "Ariz. R. Civ. P. 4.2(a); see *Daimler AG v. Bauman*, 571 U.S. 117, 125 (2014)"),
    ("Walden v. Fiore, 571 U.S. 277, 284 (2014) (quoting Burger King Corp. v. Rudzewicz, 471 U.S. 462, 475 (1985))",
     "*Walden v. Fiore*, 571 U.S. 277, 284 (2014) (quoting *Burger King Corp. v. Rudzewicz*, 471 U.S. 462, 475 (1985))"),
    ("In re W. States Wholesale Natural Gas Antitrust Litig., 715 F.3d 716, 741-42 (9th Cir. 2013) "
     "(citing Schwarzenegger, 374 F.3d at 802)",
     "*In re W. States Wholesale Natural Gas Antitrust Litig.*, 715 F.3d 716, 741-42 (9th Cir. 2013) "
     "(citing *Schwarzenegger*, 374 F.3d at 802)"),
    ("Hilsenrath v. Equity Trust (Jersey) Ltd., 2008 WL 728902, *4 n.5 (N.D. Cal. 2008)",
     "*Hilsenrath v. Equity Trust (Jersey) Ltd.*, 2008 WL 728902, *4 n.5 (N.D. Cal. 2008)"),
    ("Al-Kidd v. Gonzales, No. CV:05-093-S-EJL, 2006 WL 5429570, at *3 (D. Idaho Sept. 27, 2006)",
     "*Al-Kidd v. Gonzales*, No. CV:05-093-S-EJL, 2006 WL 5429570, at *3 (D. Idaho Sept. 27, 2006)"),
    ("Mass. Gen. L. ch. 223A, § 3", "Mass. Gen. L. ch. 223A, § 3"),
])
def test_case_names_are_italicised_and_statutes_are_not(authority, memo):
    assert cite_md(authority) == memo


def test_every_rule_authority_gets_at_least_one_italic_case_name_or_is_a_statute(book):
    for r in book.rules:
        md = cite_md(r.authority)
        assert "*" in md or any(s in r.authority for s in ("R. Civ. P.", "Gen. L.", "U.S.C.", "U.S. Const.", "§")), (r.id, md)


def test_the_schema_and_the_readme_name_every_kind_of_node():
    from pathlib import Path
    from lexcheck.engine import explain
    from lexcheck.engine.explanations import schema
    kinds = {v for k, v in vars(explain).items() if k.isupper() and isinstance(v, str) and k not in ("LO", "HI", "DERIVED", "FINDING", "RECORD", "NOT_RAISED")}
    enum = set(schema()["$defs"]["node"]["properties"]["kind"]["enum"])
    assert kinds == enum
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert all(f"`{k}`" in readme for k in enum)
