"""The unsafe fixes of the shell rules (SUM204 strict mode, SUM207 --noinput): what they
write, that CRLF survives, and that the fixed script is clean of the finding."""

from __future__ import annotations

from pathlib import Path

from sumlint.config import Config
from sumlint.fixes import fix_text
from sumlint.runner import Linter
from sumlint.source import decode


def _fix(text: str, tmp_path: Path, code: str) -> tuple[str, list]:
    path = tmp_path / "deploy.sh"
    linter = Linter(Config(root=tmp_path))
    source = decode(path, text.encode("utf-8"), "shell")
    found = [d for d in linter.lint_source(source).diagnostics if d.code == code]
    assert found and all(d.fix is not None and not d.fix.safe for d in found)
    safe_only, applied = fix_text(source, found)
    assert applied == 0 and safe_only == source.raw_text  # unsafe: not applied by --fix alone
    new, applied = fix_text(source, found, unsafe=True)
    again = linter.lint_source(decode(path, new.encode("utf-8"), "shell")).diagnostics
    return new, [d for d in again if d.code == code]


def test_strict_mode_fix(tmp_path) -> None:
    text = "#!/bin/bash\r\ncd /srv/app\r\nredis-cli ping || exit 1\r\npython manage.py migrate\r\n"
    new, left = _fix(text, tmp_path, "SUM204")
    assert new == ("#!/bin/bash\r\nset -euo pipefail\r\ncd /srv/app\r\nredis-cli ping || exit 1\r\n"
                   "python manage.py migrate\r\n")
    assert left == []


def test_strict_mode_fix_for_sh(tmp_path) -> None:
    new, left = _fix("#!/bin/sh\napt-get install -y redis-server\n", tmp_path, "SUM204")
    assert new.startswith("#!/bin/sh\nset -eu\napt-get")
    assert left == []


def test_no_fix_when_set_comes_late(tmp_path) -> None:
    path = tmp_path / "deploy.sh"
    text = "#!/bin/bash\npython manage.py migrate\nset -euo pipefail\n"
    found = [d for d in Linter(Config(root=tmp_path)).lint_source(decode(path, text.encode(), "shell")).diagnostics
             if d.code == "SUM204"]
    assert len(found) == 1 and found[0].fix is None and "comes too late" in found[0].message


def test_noinput_fix(tmp_path) -> None:
    text = "#!/bin/bash\nset -euo pipefail\n./venv/bin/python manage.py collectstatic --clear  # static\n"
    new, left = _fix(text, tmp_path, "SUM207")
    assert new.endswith("manage.py collectstatic --noinput --clear  # static\n")
    assert left == []
