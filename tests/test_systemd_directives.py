"""The generated directive table: it matches the installed systemd, and the value checks
agree with systemd's parsers on known good and bad values."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from sumlint.systemd import directives as table
from sumlint.systemd import gen_directives, values

BINARY = next((c for c in gen_directives.CANDIDATES if Path(c).exists()), None)


def test_table_has_the_sections_and_the_version() -> None:
    data = table.table()
    assert data["systemd_version"] and data["generator"] == "python -m sumlint.systemd.gen_directives"
    assert table.sections_for("service") == ("Unit", "Service", "Install")
    assert table.sections_for("target") == ("Unit", "Install")
    assert table.directive_type("Unit", "After") == "UNIT [...]"
    assert table.directive_type("Service", "After") is None
    assert table.list_kind("Unit", "After") == "words"
    assert table.list_kind("Service", "ExecStartPre") == "lines"
    assert table.list_kind("Service", "User") == "single"


def test_committed_table_is_what_the_installed_systemd_prints() -> None:
    if BINARY is None:
        pytest.skip("no systemd binary on this host to regenerate the table from")
    fresh = gen_directives.generate(BINARY)
    committed = table.table()
    if fresh["systemd_version"] != committed["systemd_version"]:
        pytest.skip(f"installed systemd {fresh['systemd_version']} is not the table's "
                    f"{committed['systemd_version']}; regenerate with `python -m sumlint.systemd.gen_directives`")
    assert fresh["sections"] == committed["sections"]
    assert fresh["unit_sections"] == committed["unit_sections"]


def test_generator_writes_a_file(tmp_path: Path) -> None:
    if BINARY is None:
        pytest.skip("no systemd binary on this host")
    out = tmp_path / "table.json"
    assert gen_directives.main(["--output", str(out)]) == 0
    assert '"systemd_version"' in out.read_text()


@pytest.mark.parametrize("value_type, key, value", [
    ("BOOLEAN", "PrivateTmp", "Yes"), ("BOOLEAN", "PrivateTmp", "0"),
    ("SECONDS", "RestartSec", "1min 30s"), ("SECONDS", "RestartSec", "100ms"),
    ("SECONDS", "RestartSec", "infinity"), ("SECONDS", "RestartSec", "1.5h"),
    ("SERVICETYPE", "Type", "exec"), ("SERVICERESTART", "Restart", "on-abnormal"),
    ("SIGNAL", "KillSignal", "SIGRTMIN+3"), ("SIGNAL", "KillSignal", "TERM"), ("SIGNAL", "KillSignal", "15"),
    ("MODE", "UMask", "0027"), ("MODE", "UMask", "77"), ("NICE", "Nice", "-20"),
    ("OUTPUT", "StandardOutput", "append:/var/log/x.log"), ("UNIT", "Unit", "x@%i.service"),
])
def test_values_systemd_accepts(value_type, key, value) -> None:
    assert values.problem("Service", key, value_type, value) is None


@pytest.mark.parametrize("value_type, key, value", [
    ("BOOLEAN", "PrivateTmp", "maybe"), ("SECONDS", "RestartSec", "5 seconds later"),
    ("SECONDS", "RestartSec", "5x"), ("SERVICETYPE", "Type", "daemon"),
    ("SERVICERESTART", "Restart", "on-fail"), ("SIGNAL", "KillSignal", "SIGFOO"),
    ("MODE", "UMask", "0999"), ("NICE", "Nice", "20"), ("OUTPUT", "StandardOutput", "logfile"),
    ("UNIT", "Unit", "redis"), ("SLICE", "Slice", "web"),
])
def test_values_systemd_rejects(value_type, key, value) -> None:
    assert values.problem("Service", key, value_type, value)


def test_value_checks_agree_with_systemd_analyze(tmp_path: Path) -> None:
    """Each bad value above, in a unit, is also rejected by systemd-analyze verify."""
    import shutil

    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed on this host")
    lines = ["[Unit]", "Description=values", "[Service]", "ExecStart=/bin/true",
             "PrivateTmp=maybe", "RestartSec=5x", "Type=daemon", "Restart=on-fail",
             "KillSignal=SIGFOO", "UMask=0999", "Nice=20", "StandardOutput=logfile"]
    unit = tmp_path / "values.service"
    unit.write_text("\n".join(lines) + "\n")
    run = subprocess.run([analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True,
                         timeout=120, check=False)
    output = run.stdout + run.stderr
    for number in range(5, len(lines) + 1):
        assert f"{unit}:{number}:" in output, f"systemd accepted line {number}: {lines[number - 1]}\n{output}"
