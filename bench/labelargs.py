"""Argument checks shared by the SUM301 scoring scripts (``sum301_*.py``).

They take label files and a few flags by hand, without argparse, so that a test can call
``main(argv)`` directly; this keeps ``-h``, an unknown flag and a missing file from ending in
a traceback.
"""

from __future__ import annotations

from pathlib import Path


def bad_usage(argv: list[str], doc: str, flags: tuple[str, ...] = ()) -> int | None:
    """Print help or a one-line error for ``argv``; return the exit code, or None to go on.

    ``argv`` holds the label files and the valueless ``flags``; options with a value are taken
    out of it before the call.
    """
    if not argv or {"-h", "--help"} & set(argv):
        print(doc)
        return 0 if argv else 2
    for arg in argv:
        if arg.startswith("-") and arg not in flags:
            print(f"error: unknown option {arg!r} (see --help)")
            return 2
        if not arg.startswith("-") and not Path(arg).is_file():
            print(f"error: no such labels file: {arg}")
            return 2
    return None
