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
