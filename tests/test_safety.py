"""No user text is ever executed: case files, queries, ruling ids and facts
typed on the command line are parsed as data. Two proofs: a marker file the
payload would create never appears, and Python's audit hooks see no code
compiled or executed and no process started while hostile input is handled."""
import sys

import pytest
from click.testing import CliRunner
from lexcheck.cli import main
from lexcheck.engine.casefile import CaseFileError, check_atom, load_case_text
from lexcheck.engine.syntax import SyntaxProblem, parse_atom

HOSTILE = [
    "__import__('os').system('touch {marker}')",
    "performed(d1, __import__('os').system('touch {marker}'))",
    "performed(d1, act1) and (lambda: open('{marker}', 'w'))()",
    "exec(\"open('{marker}','w')\")",
    "eval(compile('open(\"{marker}\",\"w\")', 'x', 'exec'))",
    "performed(d1, act1).__class__.__mro__[1].__subclasses__()",
    "performed(__builtins__, __import__)",
    "{{{{ ''.__class__ }}}}",
    "performed(d1, \"'; import os; os.system('touch {marker}') #\")",
]
WATCHED = ("exec", "compile", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn",
           "os.fork", "ctypes.dlopen", "pickle.find_class", "marshal.loads")
_watching = []
_seen = []


def _hook(event, args):
    if _watching and event in WATCHED:
        _seen.append(event)


sys.addaudithook(_hook)  # hooks cannot be removed; this one only records while a test watches


class nothing_runs:
    """Fail if, inside the block, any code is compiled or executed or a process started."""

    def __enter__(self):
        _seen.clear()
        _watching.append(True)

    def __exit__(self, *exc):
        _watching.clear()
        assert _seen == [], f"code ran: {_seen}"


def case_text(atom: str) -> str:
    return ("case: {id: t, caption: T, court: C, circuit: ninth, forum: arizona, decided: 2022-01-01, motion: M}\n"
            "parties:\n  - {id: d1, name: D, role: defendant, cite: X}\n"
            f"facts:\n  - fact: {atom!r}\n    cite: X\n")


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Import every module and build every parser first (lark compiles its grammar once), so neither is
    mistaken for running user code."""
    from lexcheck.engine.syntax import argument_columns
    argument_columns("p(x)")
    for args in (["query", "aiil-v-sessions", "tender_age(X)"], ["check", "ko-v-sessions"],
                 ["explain", "aiil-v-sessions", "nope"], ["explain", "aiil-v-sessions", "nope(x)"],
                 ["holdings", "ko-v-sessions"]):
        CliRunner().invoke(main, args)


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_case_file_containing_python_does_not_run_it(book, tmp_path, payload):
    marker = tmp_path / "ran"
    with nothing_runs():
        with pytest.raises(CaseFileError):
            load_case_text(case_text(payload.format(marker=marker)), book.vocabulary, "evil.yaml")
    assert not marker.exists()


@pytest.mark.parametrize("payload", HOSTILE)
def test_check_on_a_case_file_containing_python_does_not_run_it(tmp_path, payload):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(case_text(payload.format(marker=marker)))
    with nothing_runs():
        result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert not marker.exists()


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_query_containing_python_does_not_run_it(tmp_path, payload):
    """Rejected, or (a dunder name is a Variable, a quoted string is text) answered as plain data."""
    marker = tmp_path / "ran"
    with nothing_runs():
        result = CliRunner().invoke(main, ["query", "ko-v-sessions", payload.format(marker=marker)])
    assert (result.exit_code, result.output.startswith("lexcheck: query:")) in ((2, True), (0, False))
    assert "Traceback" not in result.output and not marker.exists()


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_fact_typed_on_the_command_line_is_only_ever_data(book, tmp_path, payload):
    """What a command's `--add FACT` goes through: the grammar, then the vocabulary's checks."""
    marker = tmp_path / "ran"
    with nothing_runs():
        try:
            atom = parse_atom(payload.format(marker=marker))
        except SyntaxProblem:
            atom = None
        assert atom is None or check_atom(book.vocabulary, atom, {"d1": None}, {}) is not None
    assert not marker.exists()


def test_a_quoted_string_of_python_is_kept_as_text():
    atom = parse_atom("performed(d1, \"__import__('os').system('x')\")")
    assert atom.args[1] == "__import__('os').system('x')"


def test_a_ruling_id_containing_python_is_just_an_unknown_id(tmp_path):
    marker = tmp_path / "ran"
    with nothing_runs():
        result = CliRunner().invoke(main, ["explain", "aiil-v-sessions",
                                           f"__import__('os').system('touch {marker}')"])
    assert result.exit_code == 2 and "no ruling" in result.output
    assert not marker.exists() and "Traceback" not in result.output


def test_a_yaml_python_tag_is_refused_and_never_constructed(book, tmp_path):
    marker = tmp_path / "ran"
    text = case_text("performed(d1, act1)").replace(
        "facts:", f"facts: !!python/object/apply:os.system ['touch {marker}']\nx:")
    with nothing_runs():
        with pytest.raises(CaseFileError, match="YAML tag tag:yaml.org,2002:python/object/apply:os.system"):
            load_case_text(text, book.vocabulary, "evil.yaml")
    assert not marker.exists()


def test_the_audit_hook_would_see_code_running():
    """The proof above can fail: running code while watching is caught."""
    with pytest.raises(AssertionError, match="code ran"):
        with nothing_runs():
            exec("1 + 1")


def test_building_the_parser_reads_no_pickle_from_the_cache_folder(tmp_path, monkeypatch):
    """lark's table cache was a pickle in ~/.cache/lexcheck/, unpickled on every command; a planted
    file there ran code. The parser is now built in the process, and nothing is unpickled."""
    from lexcheck.engine import syntax
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "lexcheck").mkdir()
    (tmp_path / "lexcheck" / f"grammar-py{sys.version_info[0]}{sys.version_info[1]}.lark").write_bytes(b"planted")
    syntax._lark.cache_clear()
    _seen.clear()
    _watching.append(True)
    try:
        assert syntax.parse_goal("performed(D, A)")  # builds the parser (lark compiles its lexer's regexes)
    finally:
        _watching.clear()
    assert syntax._lark.cache_info().currsize == 1
    assert [e for e in _seen if e in ("pickle.find_class", "marshal.loads")] == []


@pytest.mark.parametrize("text", ["cite: !!python/object/apply:os.system ['true']", "cite: !!binary aGVsbG8=",
                                  "cite: !!set {a, b}", "cite: &a 1:20\nnote: *a"])
def test_a_cite_is_text_or_refused_never_constructed(book, text):
    doc = case_text("performed(d1, act1)").replace("    cite: X\n", "    " + text.replace("\n", "\n    ") + "\n")
    with nothing_runs():
        try:
            case = load_case_text(doc, book.vocabulary, "evil.yaml")
        except CaseFileError as e:
            assert "is not allowed" in str(e)
            return
    assert [f.cite for f in case.facts if f.line] == ["1:20"]
