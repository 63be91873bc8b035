"""``sumlint check --add-suppressions``: afterwards the project passes, nothing but comments
was added, the file keeps its BOM, line endings and mode, and a second run adds nothing."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from test_engine_cli import make_project

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _only_comments_added(before: str, after: str) -> bool:
    """Every line of ``before`` is in ``after`` in order, as it was or with a trailing
    suppression comment; every other line of ``after`` is a suppression comment."""
    old = before.split("\n")
    k = 0
    for line in after.split("\n"):
        if k < len(old) and (line == old[k] or line.startswith(old[k] + "  # sumlint: disable=")):
            k += 1
        elif "sumlint: disable" not in line:
            return False
    return k == len(old)


def test_examples_pass_after_adding_suppressions(cli, tmp_path):
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    (root / ".git").mkdir()
    code, before_out, _ = cli(["check", "--no-cache"], cwd=root)
    assert code == 1
    originals = {p: p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}
    code, out, err = cli(["check", "--no-cache", "--add-suppressions"], cwd=root)
    assert (code, err) == (0, "")
    problems = int(before_out.split("Found ")[1].split()[0])
    added = int(out.split()[1])
    assert 0 < added <= problems  # (two codes on one line or block share a comment)
    assert cli(["check", "--no-cache"], cwd=root)[:2] == (0, "All checks passed (10 files checked).\n")
    changed = [p for p, text in originals.items() if p.read_text(encoding="utf-8") != text]
    assert changed
    for path in changed:
        assert _only_comments_added(originals[path], path.read_text(encoding="utf-8")), path
    shebang = (root / "deploy" / "deploy.sh").read_text(encoding="utf-8").split("\n")
    assert shebang[0] == "#!/bin/bash"  # (SUM204 is on the #! line: a file-level comment after it)
    assert shebang[1] == "# sumlint: disable-file=SUM204"
    assert cli(["check", "--no-cache", "--add-suppressions"], cwd=root)[:2] == (0, "No suppressions added.\n")


def test_keeps_bom_crlf_and_mode_and_names_what_it_cannot_cover(cli, tmp_path):
    script = ("\ufeff#!/bin/bash\r\nset -euo pipefail\r\nufw allow 6379/tcp\r\n"
              "cat > /etc/redis/redis.conf <<EOF\r\nbind 0.0.0.0\r\nEOF\r\n")
    make_project(tmp_path, {"provision.sh": script.encode("utf-8")})
    path = tmp_path / "provision.sh"
    path.chmod(0o750)
    code, out, err = cli(["check", "--no-cache", "--isolated", "--add-suppressions"], cwd=tmp_path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf#!/bin/bash\r\n")
    assert b"ufw allow 6379/tcp  # sumlint: disable=SUM203\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n") == script.count("\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o750
    # the heredoc body is text written to redis.conf: no comment there, the problem stays
    assert code == 1 and out == "Added 1 suppression to 1 file.\n"
    assert err.startswith("provision.sh:5:1: SUM203 no suppression comment can cover this")
    code, out, _ = cli(["check", "--no-cache", "--isolated"], cwd=tmp_path)
    assert code == 1 and out.startswith("provision.sh:5:1: SUM203") and "Found 1 problem" in out


def test_usage_errors(cli, tmp_path):
    make_project(tmp_path, {"deploy.sh": "echo hi\n"})
    for extra in (["--fix"], ["--diff"]):
        code, _, err = cli(["check", "--no-cache", "--add-suppressions", *extra], cwd=tmp_path)
        assert code == 2 and "--add-suppressions cannot be combined" in err


def test_many_findings_with_comment_lines_above_each(cli, tmp_path):
    # each finding is on a continued line, so each comment is a line of its own above it: the
    # lines below move down one at a time, and every comment must still land on its own line
    body = "".join(f"ufw allow 6379 \\\n  comment 'n{k}'\n" for k in range(60))
    make_project(tmp_path, {"provision.sh": "#!/bin/bash\nset -euo pipefail\n" + body})
    code, out, _ = cli(["check", "--no-cache", "--isolated"], cwd=tmp_path)
    assert code == 1 and "Found 60 problems" in out
    code, out, err = cli(["check", "--no-cache", "--isolated", "--add-suppressions"], cwd=tmp_path)
    assert (code, out, err) == (0, "Added 60 suppressions to 1 file.\n", "")
    lines = (tmp_path / "provision.sh").read_text(encoding="utf-8").split("\n")
    assert lines[2:5] == ["# sumlint: disable=SUM203", "ufw allow 6379 \\", "  comment 'n0'"]
    assert lines.count("# sumlint: disable=SUM203") == 60
    assert cli(["check", "--no-cache", "--isolated"], cwd=tmp_path)[0] == 0


def test_a_file_sumlint_cannot_write_back_is_left_alone(cli, tmp_path):
    make_project(tmp_path, {"deploy.sh": b"#!/bin/bash\necho \xff\xfe caf\xe9\n"})
    before = (tmp_path / "deploy.sh").read_bytes()
    code, out, err = cli(["check", "--no-cache", "--isolated", "--add-suppressions"], cwd=tmp_path)
    assert code == 1 and out == "No suppressions added.\n"
    assert err.startswith("deploy.sh:2:") and " SUM001 no suppression comment can cover this" in err
    assert (tmp_path / "deploy.sh").read_bytes() == before
