"""Regenerate ``sumlint/data/systemd_directives.json`` from the installed systemd.

Run ``python -m sumlint.systemd.gen_directives`` on a host with systemd. The directive
names and their value types come from ``systemd --dump-configuration-items`` (every
section and directive the installed version knows, with a type such as ``BOOLEAN`` or
``UNIT [...]``); nothing in the table is typed by hand. The sections each unit type may
contain follow systemd.unit(5) and the type's own man page (systemd.service(5), ...):
``[Unit]`` and ``[Install]`` everywhere, plus the type's own section.

Options: ``--systemd PATH`` (the systemd binary), ``--output PATH``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

CANDIDATES = ("/usr/lib/systemd/systemd", "/lib/systemd/systemd")
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "systemd_directives.json"

# systemd.unit(5): every unit file may have [Unit] and [Install]; the type's man page adds
# its own section (targets and devices have none).
TYPE_SECTIONS = {
    "service": "Service", "socket": "Socket", "mount": "Mount", "automount": "Automount",
    "swap": "Swap", "timer": "Timer", "path": "Path", "slice": "Slice", "scope": "Scope",
    "target": None, "device": None,
}


def parse_dump(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        header = re.fullmatch(r"\[([^\]]+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), {})
            continue
        if current is not None and "=" in line:
            key, _, kind = line.partition("=")
            current[key] = kind
    return sections


def version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False).stdout
    first = out.split("\n", 1)[0].strip()  # "systemd 252 (252.38-1~deb12u1)"
    return first.removeprefix("systemd ").strip() or "unknown"


def generate(binary: str) -> dict:
    dump = subprocess.run([binary, "--dump-configuration-items"], capture_output=True, text=True,
                          check=True).stdout
    sections = parse_dump(dump)
    if "Unit" not in sections or "Install" not in sections:
        raise SystemExit(f"{binary} --dump-configuration-items printed no [Unit]/[Install] table")
    unit_sections = {t: ["Unit", *([s] if s else []), "Install"] for t, s in TYPE_SECTIONS.items()}
    return {
        "systemd_version": version(binary),
        "source": f"{binary} --dump-configuration-items",
        "generator": "python -m sumlint.systemd.gen_directives",
        "unit_sections": unit_sections,
        "sections": {name: dict(sorted(items.items())) for name, items in sections.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--systemd", default=next((c for c in CANDIDATES if Path(c).exists()), None))
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not args.systemd:
        print("no systemd binary found; pass --systemd PATH", file=sys.stderr)
        return 2
    data = generate(args.systemd)
    args.output.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    count = sum(len(v) for v in data["sections"].values())
    print(f"wrote {args.output}: {count} directives in {len(data['sections'])} sections "
          f"from systemd {data['systemd_version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
