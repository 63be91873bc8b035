"""Where "Disable SUMxxx for this line" puts its comment: one that sumlint reads as covering
the line, in the comment syntax of the file kind, never inside a here-document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sumlint import kinds, suppressions
from sumlint.diagnostics import TextEdit
from sumlint.lsp.suppress import (disable_edit, fence_ranges, heredoc_body_lines, markdown_block_start,
                                  triple_quoted_lines)

COMMENT = {kinds.MARKDOWN: "html"}
TRAILING = (kinds.SHELL, kinds.SETTINGS, kinds.REQUIREMENTS)


def apply(text: str, edit: TextEdit) -> str:
    lines = text.split("\n")

    def offset(line: int, column: int) -> int:
        return sum(len(l) + 1 for l in lines[: line - 1]) + column - 1

    span = edit.span
    return text[: offset(span.line, span.column)] + edit.new_text + text[offset(span.end_line, span.end_column):]


def covered(kind: str, text: str, line: int, code: str = "SUM101") -> tuple[str, int]:
    """Apply the disable edit; return the new text and whether ``line``'s content is covered."""
    edit = disable_edit(kind, text, line, code)
    assert edit is not None
    new = apply(text, edit)
    shift = new.count("\n") - text.count("\n")
    found, bad = suppressions.parse(new, COMMENT.get(kind, "#"), kind)
    assert not bad
    target = line + (shift if edit.span.line <= line and edit.span.column == 1 and shift else 0)
    assert any(s.covers(code, target) for s in found), (new, target)
    return new, target


def test_unit_gets_a_comment_line_above_with_its_indentation():
    text = "[Unit]\nAfter=network.target\n  Wants=x\n"
    new, _ = covered(kinds.SYSTEMD, text, 3)
    assert new.split("\n")[2] == "  # sumlint: disable=SUM101"


def test_unit_continuation_lines_get_the_comment_above_the_first_line():
    text = "[Service]\nExecStart=/bin/foo \\\n  --bar\n"
    new, _ = covered(kinds.SYSTEMD, text, 3)
    assert new.split("\n")[1] == "# sumlint: disable=SUM101"


def test_shell_gets_a_trailing_comment_unless_the_line_continues():
    new, _ = covered(kinds.SHELL, "set -e\nsystemctl restart x   \n", 2)
    assert new == "set -e\nsystemctl restart x  # sumlint: disable=SUM101\n"
    new, _ = covered(kinds.SHELL, "cmd \\\n  --flag \\\n  --other\n", 2)
    assert new.startswith("# sumlint: disable=SUM101\ncmd \\\n")


def test_env_files_get_a_line_above():
    # systemd's EnvironmentFile= would read a trailing comment as part of the value.
    new, _ = covered(kinds.ENV, "A=1\nREDIS_URL=redis://x\n", 2)
    assert new == "A=1\n# sumlint: disable=SUM101\nREDIS_URL=redis://x\n"


def test_settings_and_requirements_get_trailing_comments():
    new, _ = covered(kinds.SETTINGS, "CACHES = {}\n", 1)
    assert new == "CACHES = {}  # sumlint: disable=SUM101\n"
    new, _ = covered(kinds.REQUIREMENTS, "celery==5.3\n", 1)
    assert new == "celery==5.3  # sumlint: disable=SUM101\n"


def test_nothing_inside_a_heredoc_or_a_triple_quoted_string():
    script = "cat <<EOF > /etc/x.conf\nbind 127.0.0.1\nEOF\necho done\n"
    assert disable_edit(kinds.SHELL, script, 2, "SUM101") is None
    assert disable_edit(kinds.SHELL, script, 3, "SUM101") is None
    assert disable_edit(kinds.SHELL, script, 4, "SUM101") is not None
    assert heredoc_body_lines(script.split("\n")) == {2, 3}
    tabbed = "cat <<-'END'\n\tx\n\tEND\necho\n"
    assert heredoc_body_lines(tabbed.split("\n")) == {2, 3}
    settings_text = 'DOC = """\nREDIS_URL = 1\n"""\nX = 1\n'
    assert triple_quoted_lines(settings_text.split("\n")) == {2, 3}
    assert disable_edit(kinds.SETTINGS, settings_text, 2, "SUM101") is None


def test_nothing_on_a_shebang_line():
    # `#!/bin/bash  # sumlint: …` would run `bash '# sumlint: …' script`: only the file-level
    # comment (`Disable … for this file`, after the shebang) can suppress a finding there
    from sumlint.lsp.suppress import disable_file_edit

    for kind in (kinds.SHELL, kinds.SETTINGS):
        text = "#!/usr/bin/env bash\necho hi\n"
        assert disable_edit(kind, text, 1, "SUM204") is None
        edit = disable_file_edit(kind, text, "SUM204")
        assert (edit.span.line, edit.new_text) == (2, "# sumlint: disable-file=SUM204\n")
    assert disable_edit(kinds.SHELL, "echo hi\n", 1, "SUM204") is not None


def test_markdown_comment_goes_above_the_block():
    text = "# Title\n\nFirst line\nsecond line with the problem\n\n```bash\nsystemctl x\n\nmore\n```\n"
    new, _ = covered(kinds.MARKDOWN, text, 4)
    assert new.split("\n")[2] == "<!-- sumlint: disable=SUM101 -->"
    new, _ = covered(kinds.MARKDOWN, text, 9)  # inside a fence with a blank line in it
    assert new.split("\n")[5] == "<!-- sumlint: disable=SUM101 -->"
    assert fence_ranges(text.split("\n")) == [(6, 10)]
    assert markdown_block_start(text.split("\n"), 7) == 6


def test_an_existing_suppression_gets_the_code_added():
    text = "[Unit]\n# sumlint: disable=SUM102 -- reason\nAfter=x\n"
    found, _ = suppressions.parse(text, "#", kinds.SYSTEMD)
    edit = disable_edit(kinds.SYSTEMD, text, 3, "SUM101", found)
    assert apply(text, edit) == "[Unit]\n# sumlint: disable=SUM102,SUM101 -- reason\nAfter=x\n"
    assert disable_edit(kinds.SYSTEMD, text, 3, "SUM102", found) is None  # already there
    md = "<!-- sumlint: disable=SUM301 -->\nSome text\n"
    found, _ = suppressions.parse(md, "html", kinds.MARKDOWN)
    assert apply(md, disable_edit(kinds.MARKDOWN, md, 2, "SUM302", found)).startswith(
        "<!-- sumlint: disable=SUM301,SUM302 -->")


def test_out_of_range_lines_get_nothing():
    assert disable_edit(kinds.SHELL, "echo\n", 0, "SUM101") is None
    assert disable_edit(kinds.SHELL, "echo\n", 5, "SUM101") is None


LINE = st.sampled_from(["", "  ", "echo hi", "x \\", "  --flag", "# note", "cat <<EOF", "EOF", "```",
                        "```bash", "~~~", "- item", "[Unit]", "After=a", "KEY=v", 'S = """', '"""',
                        "text `code`", "    indented"])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(list(kinds.KINDS)), st.lists(LINE, min_size=1, max_size=12), st.data())
def test_any_offered_comment_covers_the_line(kind, lines, data):
    text = "\n".join(lines) + "\n"
    line = data.draw(st.integers(1, len(lines)))
    edit = disable_edit(kind, text, line, "SUM101")
    if edit is None:  # only where no comment can cover the line without changing the file
        content = lines[line - 1].strip()
        assert (not content
                or (content.startswith(("#", ";")) and kind not in (kinds.MARKDOWN, *TRAILING))
                or (kind == kinds.SHELL and line in heredoc_body_lines(lines))
                or (kind == kinds.SETTINGS and line in triple_quoted_lines(lines))), (kind, lines, line)
        return
    covered(kind, text, line)


def test_disable_for_the_whole_file():
    from sumlint.lsp.suppress import disable_file_edit

    script = "#!/bin/bash\nset -e\n"
    assert apply(script, disable_file_edit(kinds.SHELL, script, "SUM204")) == \
        "#!/bin/bash\n# sumlint: disable-file=SUM204\nset -e\n"
    settings_text = "# -*- coding: utf-8 -*-\nX = 1\n"
    assert apply(settings_text, disable_file_edit(kinds.SETTINGS, settings_text, "SUM401")).split("\n")[1] == \
        "# sumlint: disable-file=SUM401"
    md = "---\ntitle: x\n---\n# Runbook\n"
    assert apply(md, disable_file_edit(kinds.MARKDOWN, md, "SUM301")).split("\n")[3] == \
        "<!-- sumlint: disable-file=SUM301 -->"
    unit = "# sumlint: disable-file=SUM102\n[Unit]\n"
    found, _ = suppressions.parse(unit, "#", kinds.SYSTEMD)
    new = apply(unit, disable_file_edit(kinds.SYSTEMD, unit, "SUM101", found))
    assert new.startswith("# sumlint: disable-file=SUM102,SUM101\n")
    assert disable_file_edit(kinds.SYSTEMD, unit, "SUM102", found) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(kinds.KINDS)), st.lists(LINE, min_size=1, max_size=8))
def test_a_file_level_comment_covers_every_line(kind, lines):
    from sumlint.lsp.suppress import disable_file_edit

    text = "\n".join(lines) + "\n"
    new = apply(text, disable_file_edit(kind, text, "SUM101"))
    found, _ = suppressions.parse(new, COMMENT.get(kind, "#"), kind)
    assert any(s.file_level and s.covers("SUM101", 1) for s in found), new
