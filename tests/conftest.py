import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # tests/harness.py

SHARED = Path(__file__).resolve().parents[2] / "shared"

import pytest  # noqa: E402


@pytest.fixture
def fake_engine(monkeypatch):
    """A tiny front-end for every kind and two fake rules, so engine tests do not depend on
    the real front-ends (which other tests cover). See tests/engine_fakes.py."""
    import engine_fakes

    return engine_fakes.install(monkeypatch)


@pytest.fixture
def cli(monkeypatch, capsysbinary):
    """Run ``sumlint ARGS`` in-process in a folder: ``cli(["check"], cwd=..., stdin=b"")``
    returns (exit code, stdout, stderr) as text."""
    import io

    from sumlint.cli import main

    def run(args, cwd=None, stdin: bytes | None = None):
        if cwd is not None:
            monkeypatch.chdir(cwd)
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        out, err = capsysbinary.readouterr()
        code = exc.value.code
        return (code if isinstance(code, int) else (0 if code is None else 2),
                out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))

    return run


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "internal_errors: the test makes sumlint crash on purpose (SUM004 is expected)")


@pytest.fixture(autouse=True)
def _no_internal_errors(request, monkeypatch):
    """A crash in sumlint (a rule, front-end or facts extractor that raises) no longer stops a
    run: the runner contains it as a SUM004 diagnostic and goes on. So that every test whose
    code path crashes still fails, as it did when the crash propagated, each contained crash
    is recorded here and fails the test at teardown, with its traceback. Tests that make
    something crash on purpose are marked ``@pytest.mark.internal_errors``. (A server or CLI
    in a child process is not seen here; those tests check its output and exit code.)"""
    if request.node.get_closest_marker("internal_errors") is not None:
        yield
        return
    from sumlint import runner

    crashes: list = []
    original = runner.Linter._crash

    def record(self, what, path, err, into):
        error = original(self, what, path, err, into)
        crashes.append(error)
        return error

    monkeypatch.setattr(runner.Linter, "_crash", record)
    yield
    if crashes:
        pytest.fail(f"sumlint crashed ({len(crashes)} internal errors, SUM004); the first:\n"
                    f"{crashes[0]}\n{crashes[0].traceback}", pytrace=False)


def assert_no_internal_error(result) -> None:
    """Fail when a lint result (a ``FileResult`` or a ``RunResult``) holds a contained crash:
    the explicit guard of the fuzz and robustness tests (hypothesis shrinks on it)."""
    files = result.files if hasattr(result, "files") else [result]
    errors = [e for f in files for e in f.errors]
    assert not errors, f"{errors[0]}\n{errors[0].traceback}"
    internal = [d for d in getattr(result, "diagnostics", ()) if d.code == "SUM004"]
    assert not internal, internal[0].message  # a project rule's crash is only in the diagnostics
