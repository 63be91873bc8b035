"""Why SUM301 reports, or does not report, a piece of markdown: the claims and where readings return.

    .venv/bin/python bench/sum301_trace.py TEXT [METHOD ...]
    .venv/bin/python bench/sum301_trace.py --file DOC.md [METHOD ...]

TEXT is linted as the body of a small runbook ("# Deploy", a blank line, then TEXT; "\\n" in it is
a line break, so a table or a fenced block can be written on one line), a file as it is. The
script prints every claim the analyser makes (its reading, ``how``, its wording, and the
analyser methods that led to it, innermost last), then the SUM301 diagnostics. Each METHOD
named (a method of ``sumlint.markdown.claims.Analyser``, or a function of that module) is
traced: every time it returns, the line of claims.py it returns from and the value. That is the
quickest way to find which test turned a reading down::

    .venv/bin/python bench/sum301_trace.py "If Redis is available in your cluster, Kong uses it." _condition

The code is the checkout the script sits in (a worktree of an older commit traces that commit).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkout import use_checkout  # noqa: E402

use_checkout(ROOT)
sys.path.insert(0, str(ROOT / "tests"))

from harness import fixture_config  # noqa: E402
from sumlint.markdown import claims  # noqa: E402
from sumlint.runner import Linter  # noqa: E402
from sumlint.source import decode  # noqa: E402

_CLAIMS_FILE = str(Path(claims.__file__).resolve())


def trace(text: str, methods: list[str], name: str = "/tmp/trace.md", out=None) -> int:
    """Lint ``text`` and print the claims, the named methods' returns and the diagnostics."""
    out = out or sys.stdout
    original = claims.Analyser._claim

    def noted(self, *args, **kwargs):
        claim = original(self, *args, **kwargs)
        chain = [frame.name for frame in traceback.extract_stack()[:-1]
                 if str(Path(frame.filename).resolve()) == _CLAIMS_FILE][-5:]
        print(f"claim: {claim.how} “{claim.wording}” via {' > '.join(chain)}", file=out)
        return claim

    wanted = set(methods)

    def tracer(frame, event, _arg):
        if frame.f_code.co_name not in wanted or frame.f_code.co_filename != claims.__file__:
            return None

        def local(inner, inner_event, value):
            if inner_event == "return":
                print(f"{inner.f_code.co_name} returns at claims.py:{inner.f_lineno}: {value!r:.160}", file=out)
            return local
        return local

    linter = Linter(fixture_config(Path("/tmp")))
    claims.Analyser._claim = noted
    before = sys.gettrace()  # (a coverage tool's or a debugger's, put back afterwards)
    if wanted:
        sys.settrace(tracer)
    try:
        result = linter.lint_source(decode(Path(name), text.encode("utf-8"), "markdown"))
    finally:
        sys.settrace(before)
        claims.Analyser._claim = original
    found = [d for d in result.diagnostics if d.code == "SUM301"]
    for diagnostic in found:
        print(f"SUM301 {diagnostic.span.line}:{diagnostic.span.column} {diagnostic.message}", file=out)
    if not found:
        print("no SUM301 report", file=out)
    return 0


def main(argv: list[str]) -> int:
    if not argv or {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0 if argv else 2
    if argv[0] == "--file":
        if len(argv) < 2 or not Path(argv[1]).is_file():
            print(f"error: no such file: {argv[1] if len(argv) > 1 else ''}")
            return 2
        path = Path(argv[1])
        return trace(path.read_bytes().decode("utf-8", errors="replace"), argv[2:], str(path))
    body = argv[0].replace("\\n", "\n")
    return trace(f"# Deploy\n\n{body}\n", argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
