"""The systemd front-end and rules against real units, with the installed systemd as oracle.

* Every unit file installed on this host parses without an exception, and every position
  (problems, keys, values, list items, diagnostics) falls inside the file.
* Every SUM103 (unknown section/directive) and SUM104 (unparsable value) sumlint reports
  on a host unit is also reported by ``systemd-analyze verify`` on that file, at that line.
* Mutated copies of host units (a misspelt directive, a wrong section) are reported by both.
* ``--fix`` on SUM101/SUM102 yields units that sumlint reports clean and that
  ``systemd-analyze verify`` accepts as far as directives go.
* The real Celery units (``/work/shared/corpus/celery-extra-systemd``) get SUM101 with a fix.

Skipped, with the reason, where the host has no unit folder or no systemd-analyze.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.diagnostics import Span
from sumlint.fixes import fix_text
from sumlint.runner import Linter
from sumlint.source import UnreadableFile, decode, read_source
from sumlint.systemd import directives as table
from sumlint.systemd import frontend
from sumlint.rule import RuleContext

UNIT_DIRS = (Path("/lib/systemd/system"), Path("/usr/lib/systemd/system"))
SUFFIXES = tuple(f".{t}" for t in table.table()["unit_sections"])
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "celery-extra-systemd"
VERIFY_LINE = re.compile(r"^(?P<path>/[^:]+):(?P<line>\d+): (?P<message>.*)$")
DIRECTIVE_TROUBLE = re.compile(r"Unknown (key|section)|Failed to parse|Failed to add dependency|"
                               r"Invalid|not absolute|out of range|Missing '='|Assignment outside")


def host_units() -> list[Path]:
    seen: set[Path] = set()
    found: list[Path] = []
    for folder in UNIT_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not (path.name.endswith(SUFFIXES) or (path.suffix == ".conf" and path.parent.name.endswith(".d"))):
                continue
            try:
                real = path.resolve()
                if not real.is_file() or real in seen:
                    continue
            except OSError:
                continue
            seen.add(real)
            found.append(path)
    return found


HOST_UNITS = host_units()
ANALYZE = shutil.which("systemd-analyze")


def need_units() -> None:
    if not HOST_UNITS:
        pytest.skip("no unit files under /lib/systemd/system or /usr/lib/systemd/system on this host")


def need_analyze() -> None:
    if ANALYZE is None:
        pytest.skip("systemd-analyze is not installed on this host")


def verify(paths: list[Path]) -> dict[str, list[tuple[int, str]]]:
    """``systemd-analyze verify`` on the files (in batches); path -> [(line, message)]."""
    found: dict[str, list[tuple[int, str]]] = {}
    for _, output in _verify_batches(paths):
        for line in output.split("\n"):
            match = VERIFY_LINE.match(line.strip())
            if match:
                found.setdefault(match.group("path"), []).append(
                    (int(match.group("line")), match.group("message")))
    return found


def _verify_batches(paths: list[Path]):
    """Run ``systemd-analyze verify`` on batches of files; yield (batch, output)."""
    # systemd loads units by name: a batch must not hold two files with the same name.
    batches: list[list[Path]] = []
    for path in paths:
        home = next((b for b in batches if len(b) < 40 and all(p.name != path.name for p in b)), None)
        if home is None:
            home = []
            batches.append(home)
        home.append(path)
    for batch in batches:
        run = subprocess.run([ANALYZE, "verify", "--man=no", *map(str, batch)], capture_output=True,
                             text=True, timeout=300, check=False)
        yield batch, run.stdout + run.stderr


def refusals(paths: list[Path]) -> set[str]:
    """Paths of the units ``systemd-analyze verify`` refuses to load ("NAME: ... Refusing.")."""
    refused: set[str] = set()
    for batch, output in _verify_batches(paths):
        for path in batch:
            if re.search(rf"^{re.escape(path.name)}: .*Refusing\.", output, re.MULTILINE):
                refused.add(str(path))
    return refused


def inside(span, lines: list[str]) -> bool:
    if not (1 <= span.line <= span.end_line <= len(lines)):
        return False
    if not 1 <= span.column <= len(lines[span.line - 1]) + 1:
        return False
    if not 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1:
        return False
    return (span.line, span.column) <= (span.end_line, span.end_column)


def lint(path: Path, text: str | None = None, root: Path | None = None):
    config = Config(root=root or path.parent)
    data = text.encode("utf-8") if text is not None else path.read_bytes()
    source = decode(path, data, "systemd")
    return Linter(config).lint_source(source), source


def test_every_host_unit_parses_with_positions_inside_the_file() -> None:
    need_units()
    config = Config(root=Path("/"))
    linter = Linter(config)
    bad: list[str] = []
    checked = 0
    for path in HOST_UNITS:
        try:
            source = read_source(path, "systemd")
        except UnreadableFile:
            continue
        lines = source.lines
        ctx = RuleContext(path=path, kind="systemd", config=config, source=source)
        model = frontend.parse(source, ctx)
        facts = frontend.facts(model, ctx)
        spans = [p.span for p in model.problems]
        for directive in model.directives:
            spans.extend([directive.key_span, directive.value_span])
            spans.extend(span for _, span in directive.items())
            assert source.lines[directive.key_span.line - 1][
                directive.key_span.column - 1:directive.key_span.end_column - 1] == directive.key
        for section, keys in facts["sections"].items():
            for key, items in keys.items():
                origins = facts["origins"].get(section, {}).get(key) or [None] * len(items)
                # Items from drop-ins have spans in the drop-in file.
                spans.extend(Span.from_list(raw) for (_, raw), origin in zip(items, origins)
                             if origin is None)
        result = linter.lint_source(source)
        spans.extend(d.span for d in result.diagnostics)
        bad.extend(f"{path}: {span}" for span in spans if not inside(span, lines))
        checked += 1
    assert checked > 0
    assert not bad, "positions outside the file:\n" + "\n".join(bad[:20])


def test_findings_on_host_units_are_confirmed_by_systemd() -> None:
    """SUM103/SUM104 at the same line, SUM109 as a refusal to load the unit."""
    need_units()
    need_analyze()
    linter = Linter(Config(root=Path("/")))
    claims: dict[str, list[tuple[str, int]]] = {}
    for path in HOST_UNITS:
        if "@" in path.name or path.suffix == ".conf":
            continue  # systemd-analyze cannot verify templates or lone drop-ins
        try:
            source = read_source(path, "systemd")
        except UnreadableFile:
            continue
        logical_end = _logical_ends(source)
        for d in linter.lint_source(source).diagnostics:
            if d.code in ("SUM103", "SUM104", "SUM109"):
                # systemd names the last physical line of a continued directive.
                claims.setdefault(str(path), []).append((d.code, logical_end.get(d.span.line, d.span.line)))
    if not claims:
        print(f"no SUM103/SUM104 on the {len(HOST_UNITS)} host units: nothing for systemd to confirm "
              "(the mutation test below compares both on broken copies)")
        return
    said = verify([Path(p) for p in claims])
    unconfirmed = [f"{path}:{line}: {code}" for path, found in claims.items() for code, line in found
                   if code != "SUM109"
                   and not any(n == line and DIRECTIVE_TROUBLE.search(m) for n, m in said.get(path, []))]
    refused = refusals([Path(p) for p, found in claims.items() if any(c == "SUM109" for c, _ in found)])
    unconfirmed += [f"{path}: SUM109" for path, found in claims.items()
                    if any(c == "SUM109" for c, _ in found) and path not in refused]
    assert not unconfirmed, "sumlint reports what systemd accepts:\n" + "\n".join(unconfirmed)


def _logical_ends(source) -> dict[int, int]:
    """Line -> last physical line of the directive it belongs to."""
    from sumlint.systemd.parser import parse_text

    ends: dict[int, int] = {}
    for directive in parse_text(source.text).directives:
        for line in range(directive.line, directive.end_line + 1):
            ends[line] = directive.end_line
    return ends


def _mutations(text: str) -> list[tuple[str, int, str]]:
    """(mutated text, line, description): a misspelt key, a bad value, a misplaced key."""
    lines = text.split("\n")
    found = []
    for index, line in enumerate(lines):
        match = re.match(r"^([A-Z][A-Za-z]+)=", line)
        if match and len(match.group(1)) > 4:
            key = match.group(1)
            misspelt = key[:-1]
            if not table.sections_with(misspelt) and not table.sections_with(misspelt + "s"):
                mutated = lines[:index] + [misspelt + line[len(key):]] + lines[index + 1:]
                found.append(("\n".join(mutated), index + 1, f"{key} -> {misspelt}"))
                break
    for index, line in enumerate(lines):
        match = re.match(r"^(Type|Restart|KillMode|RemainAfterExit|PrivateTmp|TimeoutStopSec)=\S+$", line)
        if match:
            mutated = lines[:index] + [line + "x"] + lines[index + 1:]
            found.append(("\n".join(mutated), index + 1, f"bad {match.group(1)}= value"))
            break
    if not any(l.strip() == "Type=oneshot" for l in lines):
        for index, line in enumerate(lines):
            if line.startswith("ExecStart=") and not line.endswith("\\"):
                mutated = lines[:index + 1] + [line] + lines[index + 1:]
                found.append(("\n".join(mutated), index + 2, "second ExecStart="))
                break
    for index, line in enumerate(lines):
        if line.strip() == "[Service]":
            mutated = lines[:index + 1] + ["After=network.target"] + lines[index + 1:]
            found.append(("\n".join(mutated), index + 2, "After= in [Service]"))
            break
    return found


def test_mutated_host_units_are_reported_by_sumlint_and_by_systemd(tmp_path: Path) -> None:
    need_units()
    need_analyze()
    candidates = [p for p in HOST_UNITS if p.suffix == ".service" and "@" not in p.name
                  and p.parent.name == "system" and not p.is_symlink()][:30]
    expected: dict[str, tuple[int, str]] = {}
    mine: dict[str, bool] = {}
    for number, path in enumerate(candidates):
        try:
            text = read_source(path, "systemd").text
        except UnreadableFile:
            continue
        for variant, (mutated, line, what) in enumerate(_mutations(text)):
            folder = tmp_path / f"{number}-{variant}"
            folder.mkdir()
            target = folder / path.name
            target.write_text(mutated, encoding="utf-8")
            expected[str(target)] = (line, what)
            result, _ = lint(target)
            code = ("SUM104" if what.startswith("bad ") else "SUM109" if "ExecStart" in what
                    else "SUM103")
            mine[str(target)] = any(d.code == code and d.span.line == line for d in result.diagnostics)
    assert expected, "no host unit could be mutated"
    said = verify([Path(p) for p in expected if "ExecStart" not in expected[p][1]])
    refused = refusals([Path(p) for p in expected if "ExecStart" in expected[p][1]])
    for path, (line, what) in expected.items():
        if "ExecStart" in what:
            systemd_says = path in refused
        else:
            systemd_says = any(n == line and DIRECTIVE_TROUBLE.search(m) for n, m in said.get(path, []))
        assert systemd_says, f"{path}: systemd did not report the mutation ({what}) at line {line}"
        assert mine[path], f"{path}: sumlint did not report the mutation ({what}) at line {line}"


FIX_CASES = {
    "sum-site-celery.service": (
        "[Unit]\nDescription=Celery for the site\nAfter=network.target\n\n"
        "[Service]\nType=simple\nExecStart=/bin/true\n\n[Install]\nWantedBy=multi-user.target\n"),
    "sum-site-beat.service": (
        "[Unit]\nDescription=Beat\nWants=redis-server.service\n\n"
        "[Service]\nExecStart=/bin/sh -c '/bin/true celery beat'\n"),
    "web.service": (
        "[Unit]\nDescription=Web\nWants=postgresql.service nginx.service\nRequires=\\\n"
        "  memcached.service\n\n[Service]\nExecStart=/bin/true\n"),
    "nosection-celery.service": "[Service]\nExecStart=/bin/true\n",
}


@pytest.mark.parametrize("name", sorted(FIX_CASES))
def test_fixed_units_are_clean_and_accepted_by_systemd(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    text = FIX_CASES[name]
    applied_total = 0
    for _ in range(10):
        result, source = lint(path, text, tmp_path)
        fixed, applied = fix_text(source, result.diagnostics)
        if not applied or fixed == text:
            break
        applied_total += applied
        text = fixed
    assert applied_total > 0, f"{name}: no fix was applied"
    result, _ = lint(path, text, tmp_path)
    left = [(d.code, d.message) for d in result.diagnostics if d.code in ("SUM101", "SUM102", "SUM103")]
    assert not left, f"{name}: still reported after --fix: {left}\n{text}"
    need_analyze()
    path.write_text(text, encoding="utf-8")
    said = verify([path])
    trouble = [m for _, m in said.get(str(path), []) if DIRECTIVE_TROUBLE.search(m)]
    assert not trouble, f"{name}: systemd-analyze verify objects to the fixed unit: {trouble}\n{text}"


def test_real_celery_units_need_redis_and_the_fix_is_accepted(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the shared corpus is not on this host)")
    units = sorted(CORPUS.glob("*.service"))
    assert units
    for unit in units:
        result, source = lint(unit)
        sum101 = [d for d in result.diagnostics if d.code == "SUM101"]
        assert len(sum101) == 1, f"{unit.name}: {[(d.code, d.message) for d in result.diagnostics]}"
        assert "redis-server.service" in sum101[0].message
        assert (sum101[0].span.line, sum101[0].span.column) == (1, 1)  # the [Unit] header
        fixed, applied = fix_text(source, sum101)
        assert applied == 1
        assert "After=network.target redis-server.service\nWants=redis-server.service\n" in fixed
        target = tmp_path / unit.name
        target.write_text(fixed, encoding="utf-8")
        again, _ = lint(target)
        assert not [d for d in again.diagnostics if d.code == "SUM101"]
        if ANALYZE:
            said = verify([target])
            trouble = [m for _, m in said.get(str(target), []) if DIRECTIVE_TROUBLE.search(m)]
            assert not trouble, f"{unit.name}: {trouble}"


# -- differential fuzzing against systemd ---------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SECTIONS = ["[Unit]", "[Service]", "[Install]", "[Socket]", "[X-Ext]", "[Servce]"]
_KEYS = ["Description=web", "After=network.target", "Wants=a.service", "Documentation=man:x(1)",
         "User=nobody", "Restart=on-failure", "RestartSec=5", "Environment=A=1",
         "WantedBy=multi-user.target", "Alias=b.service", "X-Note=hi",
         "Wnts=a.service", "Descriptio=x", "ExecStar=/bin/true", "Restar=always", "WantdBy=x.target",
         "wants=a.service", "ListenStream=/run/x.sock"]
_line = st.one_of(
    st.sampled_from(_SECTIONS),
    st.builds(lambda key, cont: key + (" \\\n# note\n  b.service" if cont else ""),
              st.sampled_from(_KEYS), st.booleans()),
    st.sampled_from(["# comment", "; comment", ""]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(_line, min_size=1, max_size=14))
def test_sum103_matches_systemd_on_random_units(tmp_path: Path, body: list[str]) -> None:
    """Random units: the lines SUM103 reports are exactly the lines systemd calls unknown."""
    need_analyze()
    text = "[Service]\nExecStart=/bin/true\n" + "\n".join(body) + "\n"
    unit = tmp_path / "fuzz.service"
    unit.write_text(text, encoding="utf-8")
    result, source = lint(unit)
    ends = _logical_ends(source)
    ours = {ends.get(d.span.line, d.span.line) for d in result.diagnostics if d.code == "SUM103"}
    said = verify([unit]).get(str(unit), [])
    theirs = {n for n, m in said if m.startswith(("Unknown key", "Unknown section"))}
    assert ours == theirs, f"{text}\nsumlint: {sorted(ours)}  systemd: {sorted(theirs)}\n{said}"


_TYPED = ["Restart", "RestartSec", "Type", "RemainAfterExit", "KillMode", "KillSignal", "Nice",
          "UMask", "PrivateTmp", "TimeoutStopSec", "StandardOutput", "NotifyAccess",
          "OOMScoreAdjust", "TimeoutStartSec", "WatchdogSec"]
_VALUES = ["yes", "no", "on", "maybe", "1", "0", "5", "5s", "5min 3s", "1.5h", "infinity", "5x",
           "2 minutes later", "simple", "forking", "daemon", "always", "on-fail", "on-abort",
           "mixed", "all", "SIGTERM", "TERM", "SIGFOO", "RTMIN+2", "-20", "20", "-1001", "0777",
           "0888", "journal", "file:/var/log/x", "append:/x", "logfile", "main", "exec", "none",
           "12ms", "3 days", "1y 2M", "0x10", "+5", "-5"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(_TYPED), st.sampled_from(_VALUES)), min_size=1, max_size=12))
def test_sum104_matches_systemd_on_random_values(tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    """Random typed values: SUM104 reports exactly the lines systemd fails to parse."""
    need_analyze()
    body = [f"{key}={value}" for key, value in pairs]
    text = "[Unit]\nDescription=values\n[Service]\nExecStart=/bin/true\n" + "\n".join(body) + "\n"
    unit = tmp_path / "values-fuzz.service"
    unit.write_text(text, encoding="utf-8")
    result, _ = lint(unit)
    ours = {d.span.line for d in result.diagnostics if d.code == "SUM104"}
    said = verify([unit]).get(str(unit), [])
    theirs = {n for n, m in said if n > 4 and DIRECTIVE_TROUBLE.search(m)}
    assert ours == theirs, f"{text}\nsumlint: {sorted(ours)}  systemd: {sorted(theirs)}\n{said}"


_MATRIX_EXTRA = [" 5", "05", "1e3", "5.", ".5s", "5sec", "1min30s", "-1", "1,2", "SIGRTMIN",
                 "RTMAX-1", "RTMIN+31", "RTMAX-31", "SIGPOLL", "IOT", "9", "64", "65", "0", "022",
                 "0888", "777", "-0", "inherit", "null", "tty", "kmsg+console", "syslog", "fd:foo",
                 "file:x", "truncate:/x", "socket", "journal+console", "on-success", "idle",
                 "dbus", "oneshot", "control-group", "process", "TRUE", "Off", "1000", "-1000",
                 "19", "-21", "0x13", "5us", "1w", "1m"]


def test_value_matrix_matches_systemd(tmp_path: Path) -> None:
    """Every typed [Service] key with every value of the pool: SUM104 fires exactly where
    systemd-analyze verify rejects the value."""
    need_analyze()
    pool = _VALUES + _MATRIX_EXTRA
    differences = []
    for key in _TYPED:
        unit = tmp_path / f"matrix-{key.lower()}.service"
        lines = ["[Unit]", "Description=x", "[Service]", "ExecStart=/bin/true"] + [f"{key}={v}" for v in pool]
        unit.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result, _ = lint(unit)
        ours = {d.span.line for d in result.diagnostics if d.code == "SUM104"}
        said = verify([unit]).get(str(unit), [])
        theirs = {n for n, m in said if n > 4 and DIRECTIVE_TROUBLE.search(m)}
        differences += [f"{key}={pool[n - 5]}: only {'sumlint' if n in ours else 'systemd'} rejects it"
                        for n in sorted(ours ^ theirs)]
    assert not differences, "\n".join(differences)
