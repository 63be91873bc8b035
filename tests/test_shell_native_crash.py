"""tree-sitter-bash's scanner corrupts memory on text full of control characters (an
intermittent segfault, reproduced with a bare ``Parser.parse`` on tree-sitter 0.25/0.26 and
tree-sitter-bash 0.23.3/0.25.1). sumlint hands the parser a same-length printable stand-in
for such characters; these tests pin that the stand-in keeps every position, and run a
crash-prone corpus in a child process so a native crash fails one test, not the suite."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sumlint.shell.model import _without_control_characters, build


def test_stand_ins_keep_byte_length_and_code_points() -> None:
    text = "echo a\x01b\x85c\u200bd\U000f0000e\tf\r\n"
    data = text.encode("utf-8")
    clean = _without_control_characters(data)
    assert len(clean) == len(data)
    assert len(clean.decode("utf-8")) == len(text)
    assert b"\t" in clean and b"\r\n" in clean
    assert all(ch in "\t\r\n" or ch.isprintable() for ch in clean.decode("utf-8"))


def test_printable_text_is_untouched() -> None:
    data = "echo 'ünïcode ok' # é\n".encode("utf-8")
    assert _without_control_characters(data) is data


def test_positions_after_control_characters_are_exact() -> None:
    script = build("echo \x01\x02 x\nredis-cli ping\n")
    (cmd,) = [c for c in script.commands if c.name == "redis-cli"]
    assert (cmd.span.line, cmd.span.column) == (2, 1)


def test_control_character_soup_does_not_crash_the_process() -> None:
    # Shell tokens mixed with runs of control/format/unassigned characters: without the
    # stand-ins this crashed the interpreter in 3 of 4 runs (seeds 2-4); with them, never.
    code = textwrap.dedent("""
        import random, sys
        sys.path.insert(0, %r)
        from sumlint.shell.model import build
        from test_shell_fuzz import TOKENS
        chars = [chr(c) for c in range(0, 0x250)] + ["\\u200b", "\\ufeff", "\\U000f0000", "\\U00105ace"]
        for seed in (2, 3):
            rng = random.Random(seed)
            for _ in range(6000):
                parts = [rng.choice(TOKENS) if rng.random() < 0.6 else
                         "".join(rng.choice(chars) for _ in range(rng.randint(1, 8)))
                         for _ in range(rng.randint(1, 40))]
                build(" ".join(parts))
        print("ok")
    """) % str(__import__("pathlib").Path(__file__).parent)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and result.stdout.strip() == "ok", (result.returncode, result.stderr[-2000:])
