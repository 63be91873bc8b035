"""Pathological inputs for every file kind, generated at run time (never committed).

Each ``Case`` builds a small project (relative path -> text or bytes) whose size grows
with ``n``, the number of repeated units (characters, lines, nesting levels, rows, files).
``full`` is the size the robustness brief asks for; tests run ``small`` (moderate, so the
suite stays quick), ``bench/bench_pathological.py`` runs ``full`` and fractions of it to
show that the time grows linearly.

``lint_project(root)`` runs sumlint over a project folder the way ``sumlint check`` does
(per-file rules, embedded blocks, project rules, suppressions) and returns the result;
``check_positions`` returns the diagnostics whose span lies outside their file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

Files = dict[str, "str | bytes"]


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    build: Callable[[int], Files]
    full: int
    small: int
    # The linted file must be reported unreadable (SUM001) at any size: e.g. nesting deeper
    # than the parser can follow. None: either is fine; False: never SUM001.
    unreadable: bool | None = None


# One file name per kind, and a plausible first line for each.
FILE = {
    "systemd": "deploy/app.service",
    "shell": "deploy/deploy.sh",
    "markdown": "docs/RUNBOOK.md",
    "settings": "mysite/settings/production.py",
    "env": ".env.example",
    "requirements": "requirements.txt",
}
HEAD = {
    "systemd": "[Service]\nExecStart=/usr/bin/true\n",
    "shell": "#!/usr/bin/env bash\nset -euo pipefail\n",
    "markdown": "# Runbook\n\n",
    "settings": "import os\n\n",
    "env": "DJANGO_SETTINGS_MODULE=mysite.settings.production\n",
    "requirements": "Django>=4.2\n",
}
# How to put a long token where each kind reads values (so the value parsers see it).
VALUE_LINE = {
    "systemd": "Environment=X={v}\nExecStart=/usr/bin/echo {v}\n",
    "shell": 'echo "{v}"\nexport X={v}\n',
    "markdown": "See {v} for details.\n\n```sh\ncurl {v}\n```\n",
    "settings": 'X = "{v}"\nY = os.environ.get("Y", "{v}")\n',
    "env": "X={v}\nREDIS_URL={v}\n",
    "requirements": "{v}\n",
}

RUNS = {"star": "*", "underscore": "_", "bracket": "[", "backtick": "`", "backslash": "\\",
        "percent": "%", "braces": "{{", "dunder": "__", "dollar": "$", "dquote": '"', "squote": "'",
        "paren": "(", "hash": "#", "lt": "<", "equals": "=", "dashes": "-", "space": " ",
        "tab": "\t", "pipe": "|", "semicolon": ";", "dollar_paren": "$(", "dollar_brace": "${",
        "at": "@", "colon": ":", "slash": "/", "excl": "!", "bang_bracket": "![", "lt_bang": "<!--",
        "gt": ">", "amp": "&", "question": "?", "dot": ".", "dollar_bracket": "$[", "heredoc": "<<a;",
        "suffix": ".service", "unit_dash": "a.service- ", "scheme": "a+", "url_sep": "://",
        "sentence": "Redis. ", "eg": "e.g. ", "link": "[a](", "tag": "<a ", "assign": "A=",
        "export": "export ", "specifier": "%i", "redis": "redis ", "dunder_word": "__A", "at_word": "@a",
        "crlf": "\r", "quote_mix": "'\"`", "backslash_n": "\\\n"}


def _project(kind: str, body: str, head: bool = True) -> Files:
    return {FILE[kind]: (HEAD[kind] if head else "") + body}


def _junk(n: int, seed: int = 1) -> str:
    """NUL-free text that looks binary: control characters, high code points, odd spaces."""
    rng = random.Random(seed)
    alphabet = ([chr(c) for c in range(1, 32)] + [chr(c) for c in range(0x7f, 0x100)]
                + list("\u2028\u2029\ufeff\u200b\ufffd\U0001f600\\\"'`$()[]{}<>*_#%=;|&")
                + [chr(c) for c in range(0x300, 0x310)])
    return "".join(rng.choice(alphabet) for _ in range(n))


def _cases_for(kind: str) -> list[Case]:
    cases: list[Case] = [
        Case(f"{kind}-long-line", kind, lambda n: _project(kind, "a" * n + "\n"), 200_000, 20_000),
        Case(f"{kind}-long-word-line", kind,
             lambda n: _project(kind, "word " * (n // 5) + "\n"), 200_000, 20_000),
        Case(f"{kind}-many-short-lines", kind,
             lambda n: _project(kind, "".join(_short_line(kind, i) for i in range(n))), 100_000, 5_000),
        Case(f"{kind}-blank-lines", kind, lambda n: _project(kind, "\n" * n), 100_000, 10_000),
        Case(f"{kind}-junk", kind, lambda n: _project(kind, _junk(n)), 200_000, 20_000),
        Case(f"{kind}-invalid-utf8", kind,
             lambda n: {FILE[kind]: HEAD[kind].encode() + b"\xff\xfe" * (n // 2)}, 200_000, 20_000, True),
        Case(f"{kind}-mixed-newlines", kind,
             lambda n: _project(kind, "".join(_short_line(kind, i).rstrip("\n") + ("\r\n", "\r", "\n")[i % 3]
                                              for i in range(n))), 100_000, 5_000),
        Case(f"{kind}-cr-only", kind,
             lambda n: _project(kind, "".join(_short_line(kind, i).rstrip("\n") + "\r" for i in range(n))),
             100_000, 5_000),
        Case(f"{kind}-long-url", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="redis://h" + "a" * n + ":6379/0")),
             100_000, 10_000),
        Case(f"{kind}-long-url-path", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="https://example.com/" + "a/" * (n // 2))),
             100_000, 10_000),
        Case(f"{kind}-long-placeholder", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="{{ " + "x" * n + " }}")), 100_000, 10_000),
        Case(f"{kind}-open-placeholder", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="{{ x" * (n // 4))), 100_000, 10_000),
        Case(f"{kind}-dollar-brace-placeholder", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="${" + "X" * n + "}")), 100_000, 10_000),
        Case(f"{kind}-long-value-words", kind,
             lambda n: _project(kind, VALUE_LINE[kind].format(v="redis " * (n // 6))), 100_000, 10_000),
    ]
    for label, run in RUNS.items():
        cases.append(Case(f"{kind}-run-{label}", kind,
                          lambda n, run=run: _project(kind, run * (n // len(run)) + "\n"), 200_000, 4_000))
        cases.append(Case(f"{kind}-run-{label}-value", kind,
                          lambda n, run=run: _project(kind, VALUE_LINE[kind].format(v=run * (n // len(run)))),
                          100_000, 2_000))
        cases.append(Case(f"{kind}-run-{label}-lines", kind,
                          lambda n, run=run: _project(kind, (run * 3 + "\n") * (n // 4)), 100_000, 2_000))
    return cases


def _short_line(kind: str, i: int) -> str:
    return {
        "systemd": f"Environment=K{i}=v{i}\n",
        "shell": f"echo {i}\n",
        "markdown": f"line {i} about redis\n",
        "settings": f"X{i} = {i}\n",
        "env": f"K{i}=v{i}\n",
        "requirements": f"package-{i}=={i}.0\n",
    }[kind]


# -- kind-specific ---------------------------------------------------------------------------

def _systemd() -> list[Case]:
    def dropins(n: int) -> Files:
        files: Files = {"deploy/app.service": "[Unit]\nDescription=App\n\n[Service]\nExecStart=/usr/bin/true\n"}
        for i in range(n):
            files[f"deploy/app.service.d/{i:05d}-x.conf"] = f"[Service]\nEnvironment=K{i}=v{i}\nAfter=x{i}.service\n"
        return files

    return [
        Case("systemd-continuations", "systemd",
             lambda n: _project("systemd", "ExecStart=/usr/bin/echo \\\n" + "  arg \\\n" * n + "  end\n"),
             10_000, 2_000),
        Case("systemd-continuation-comments", "systemd",
             lambda n: _project("systemd", "ExecStart=/usr/bin/echo \\\n" + "# c\n  arg \\\n" * n + "  end\n"),
             10_000, 2_000),
        Case("systemd-continuation-at-eof", "systemd",
             lambda n: _project("systemd", "ExecStart=/usr/bin/echo \\\n" + "\\\n" * n), 10_000, 2_000),
        Case("systemd-many-sections", "systemd",
             lambda n: _project("systemd", "".join(f"[S{i}]\nK=v\n" for i in range(n))), 50_000, 2_000),
        Case("systemd-many-directives", "systemd",
             lambda n: _project("systemd", "[Unit]\n" + "After=redis.service\n" * n), 100_000, 5_000),
        Case("systemd-long-after", "systemd",
             lambda n: _project("systemd", "[Unit]\nAfter=" + "redis.service " * (n // 14) + "\n"), 200_000, 20_000),
        Case("systemd-long-section-header", "systemd",
             lambda n: _project("systemd", "[" + "S" * n + "\n"), 200_000, 20_000),
        Case("systemd-quotes-in-exec", "systemd",
             lambda n: _project("systemd", 'ExecStart=/bin/sh -c "' + '\\"' * (n // 2) + "\n"), 200_000, 20_000),
        Case("systemd-env-quotes", "systemd",
             lambda n: _project("systemd", 'Environment="A=' + "' \"" * (n // 3) + "\n"), 200_000, 20_000),
        Case("systemd-specifiers", "systemd",
             lambda n: _project("systemd", "ExecStart=/usr/bin/echo " + "%i%%%n" * (n // 6) + "\n"), 200_000, 20_000),
        Case("systemd-dropin-folder", "systemd", dropins, 1_000, 100),
    ]


def _nested(open_: str, close: str, n: int, middle: str = "x") -> str:
    return open_ * n + middle + close * n


def _shell() -> list[Case]:
    sh = lambda body: _project("shell", body)  # noqa: E731
    return [
        Case("shell-nested-command-subst", "shell",
             lambda n: sh("x=" + _nested("$( echo ", " )", n) + "\n"), 500, 500),
        Case("shell-nested-command-subst-quoted", "shell",
             lambda n: sh('x="' + _nested('$(echo "', '")', n) + '"\n'), 500, 500),
        Case("shell-nested-backticks", "shell",
             lambda n: sh("x=" + "".join("`echo " + "\\" * (2 ** min(i, 6) - 1) for i in range(n)) + "\n"), 500, 500),
        Case("shell-nested-if", "shell",
             lambda n: sh("if true; then\n" * n + "redis-cli ping\n" + "fi\n" * n), 500, 500),
        Case("shell-nested-subshells", "shell", lambda n: sh(_nested("( ", " )", n, "true") + "\n"), 500, 500),
        Case("shell-nested-braces", "shell", lambda n: sh(_nested("{ ", " ; }", n, "true") + "\n"), 500, 500),
        Case("shell-nested-functions", "shell",
             lambda n: sh("".join(f"f{i}() {{\n" for i in range(n)) + "true\n" + "}\n" * n), 500, 500),
        Case("shell-nested-arith", "shell", lambda n: sh("x=$((" + "(" * n + "1" + ")" * n + "))\n"), 500, 500),
        Case("shell-nested-param", "shell",
             lambda n: sh("x=" + "${X:-" * n + "y" + "}" * n + "\n"), 500, 500),
        Case("shell-nested-while-case", "shell",
             lambda n: sh("while true; do case $x in a) \n" * n + "true\n" + ";; esac; done\n" * n), 500, 500),
        Case("shell-exports", "shell",
             lambda n: sh("".join(f"export VAR_{i}=value{i}\n" for i in range(n))), 50_000, 2_000),
        Case("shell-and-chain", "shell", lambda n: sh("true" + " && true" * n + "\n"), 50_000, 2_000),
        Case("shell-pipeline", "shell", lambda n: sh("cat x" + " | cat" * n + "\n"), 50_000, 2_000),
        Case("shell-many-functions", "shell",
             lambda n: sh("".join(f"f{i}() {{ f{i + 1}; }}\n" for i in range(n)) + "f0\n"), 10_000, 500),
        Case("shell-many-heredocs", "shell",
             lambda n: sh("".join(f"cat <<EOF{i}\nline $x\nEOF{i}\n" for i in range(n))), 10_000, 500),
        Case("shell-unterminated-heredoc", "shell",
             lambda n: sh("cat <<EOF\n" + "line $(x) `y` ${z}\n" * n), 50_000, 2_000),
        Case("shell-unbalanced-quotes", "shell", lambda n: sh("echo \"a 'b\n" * n), 50_000, 2_000),
        Case("shell-unbalanced-parens", "shell", lambda n: sh("echo $(\n" * n), 10_000, 500),
        Case("shell-backslash-continuations", "shell",
             lambda n: sh("redis-cli \\\n" + "  ping \\\n" * n + "  end\n"), 50_000, 2_000),
        Case("shell-systemctl-many", "shell",
             lambda n: sh("".join(f"systemctl restart unit{i}.service\n" for i in range(n))), 10_000, 500),
        Case("shell-long-case", "shell",
             lambda n: sh("case $1 in\n" + "".join(f"  a{i}) echo {i} ;;\n" for i in range(n)) + "esac\n"),
             10_000, 500),
        Case("shell-step-loop", "shell",
             lambda n: sh("for step in " + " ".join(f"s{i}" for i in range(n)) + "; do\n  case $step in\n"
                          + "".join(f"    s{i}) systemctl restart u{i} ;;\n" for i in range(n)) + "  esac\ndone\n"),
             2_000, 200),
        Case("shell-many-variables-chain", "shell",
             lambda n: sh("V0=redis\n" + "".join(f'V{i + 1}="$V{i}"\n' for i in range(n)) + f'redis-cli -u "$V{n}" ping\n'),
             10_000, 500),
    ]


def _markdown() -> list[Case]:
    md = lambda body: _project("markdown", body)  # noqa: E731
    return [
        Case("markdown-table", "markdown",
             lambda n: md("| a | b |\n|---|---|\n" + "".join(f"| redis {i} | `x{i}` |\n" for i in range(n))),
             5_000, 500),
        Case("markdown-fenced-blocks", "markdown",
             lambda n: md("".join(f"Step {i}:\n\n```sh\nsystemctl restart app{i}\n```\n\n" for i in range(n))),
             10_000, 300),
        Case("markdown-fenced-unit-blocks", "markdown",
             lambda n: md("".join(f"```ini title=a{i}.service\n[Service]\nExecStart=/usr/bin/x{i}\n```\n\n"
                                  for i in range(n))), 10_000, 300),
        Case("markdown-unclosed-fence", "markdown",
             lambda n: md("```sh\n" + "echo $x\n" * n), 50_000, 2_000),
        Case("markdown-fence-runs", "markdown", lambda n: md("```\n" * n), 50_000, 2_000),
        # a heading that ends like an attribute list ("{#id}") after a long run of blanks
        Case("markdown-heading-blanks-before-brace", "markdown", lambda n: md("## redis" + " " * n + "x}\n"),
             200_000, 20_000),
        Case("markdown-heading-attribute-runs", "markdown", lambda n: md("## redis" + " {#a" * (n // 4) + "}\n"),
             200_000, 20_000),
        # MkDocs containers: many admonitions, one long body, and containers nested as deep as they go
        Case("markdown-admonitions", "markdown",
             lambda n: md("!!! note \"Redis (optional)\"\n    Redis is optional here.\n\n" * (n // 3)), 60_000, 3_000),
        Case("markdown-admonition-long-body", "markdown",
             lambda n: md("=== \"Ubuntu\"\n\n" + "    sudo apt install -y redis-server\n\n" * (n // 2)), 60_000, 2_000),
        Case("markdown-admonitions-nested", "markdown",
             lambda n: md("".join("    " * i + "!!! note\n" for i in range(n)) + "    " * n + "Redis is optional.\n"),
             500, 100),
        Case("markdown-untagged-command-blocks", "markdown",  # each block is read as shell
             lambda n: md("".join(f"```\nsudo systemctl restart app{i}\n```\n\n" for i in range(n))), 10_000, 300),
        Case("markdown-nested-lists", "markdown",
             lambda n: md("".join("  " * i + "- item redis\n" for i in range(n))), 1_000, 1_000),
        Case("markdown-nested-ordered-lists", "markdown",
             lambda n: md("".join("   " * i + "1. item\n" for i in range(n))), 1_000, 1_000),
        Case("markdown-nested-blockquotes", "markdown",
             lambda n: md(">" * n + " redis is optional\n"), 1_000, 1_000),
        Case("markdown-nested-blockquote-lines", "markdown",
             lambda n: md("".join(">" * i + " line\n" for i in range(n))), 1_000, 1_000),
        Case("markdown-nested-list-quote", "markdown", lambda n: md("> - " * n + "redis\n"), 1_000, 1_000),
        Case("markdown-nested-brackets", "markdown", lambda n: md(_nested("[", "](x)", n) + "\n"), 5_000, 5_000),
        Case("markdown-nested-emphasis", "markdown", lambda n: md(_nested("*_", "_*", n, "redis") + "\n"),
             5_000, 500),
        Case("markdown-unbalanced-emphasis", "markdown", lambda n: md("*a _b " * (n // 6) + "\n"), 200_000, 20_000),
        Case("markdown-unbalanced-links", "markdown", lambda n: md("[a](b " * (n // 6) + "\n"), 200_000, 20_000),
        Case("markdown-link-defs", "markdown",
             lambda n: md("".join(f"[r{i}]: https://x/{i}\n" for i in range(n))), 10_000, 1_000),
        Case("markdown-html-comments", "markdown",
             lambda n: md("<!-- " * n + "\n"), 100_000, 10_000),
        Case("markdown-html-blocks", "markdown", lambda n: md("<div>\n" * n), 50_000, 2_000),
        # HTML blocks' text is prose: one block of tagged sentences, and tags or quotes never closed
        Case("markdown-html-prose", "markdown",
             lambda n: md("<div>\n" + "Redis is <b>optional</b> &amp; <code>x</code>.\n" * (n // 48)), 200_000, 20_000),
        Case("markdown-html-unclosed-tags", "markdown", lambda n: md("<div>\n" + "Redis <a " * (n // 9)), 200_000, 20_000),
        Case("markdown-html-unclosed-attributes", "markdown",
             lambda n: md("<div>\n" + '<p title="Redis ' * (n // 17)), 200_000, 20_000),
        Case("markdown-html-skipped-elements", "markdown", lambda n: md("<div>\n" + "<pre>Redis " * (n // 11)),
             200_000, 20_000),
        # <tr> rows are table rows: many rows, and one row of many cells never closed
        # MDX (`*.mdx`): JSX tags on lines of their own, one tag's attributes over many lines,
        # a tag left open, and indented text (prose there, not code)
        Case("mdx-jsx-tag-lines", "markdown",
             lambda n: {"docs/setup.mdx": "# Setup\n\n" + "<Card title=\"Redis (optional)\">\n    Text.\n</Card>\n"
                        * (n // 5)}, 100_000, 5_000),
        Case("mdx-open-tags", "markdown",
             lambda n: {"docs/setup.mdx": "# Setup\n\n" + "<Step\n  title=\"x\"\n" * (n // 3)}, 100_000, 5_000),
        Case("mdx-indented-lines", "markdown",
             lambda n: {"docs/setup.mdx": "# Setup\n\n" + "    Redis is optional here.\n" * n}, 50_000, 2_000),
        Case("markdown-html-table-rows", "markdown",
             lambda n: md("<table>\n" + "<tr><td>Redis</td><td><i>optional</i></td></tr>\n" * (n // 43)),
             200_000, 20_000),
        Case("markdown-html-wide-row", "markdown", lambda n: md("<table>\n<tr>" + "<td>Redis optional " * (n // 19)),
             200_000, 20_000),
        Case("markdown-html-long-cell", "markdown",
             lambda n: md("<table>\n<tr><td>Redis</td><td>" + "Redis is optional. " * (n // 19)), 200_000, 20_000),
        Case("markdown-long-sentence", "markdown",
             lambda n: md("Redis " + "is optional, maybe, if you want, " * (n // 32) + "ok.\n"), 200_000, 20_000),
        Case("markdown-many-sentences", "markdown",
             lambda n: md("Redis is optional. " * (n // 19) + "\n"), 200_000, 20_000),
        Case("markdown-long-heading", "markdown", lambda n: md("# " + "Redis optional " * (n // 15) + "\n"),
             200_000, 20_000),
        Case("markdown-many-headings", "markdown",
             lambda n: md("".join(f"## Step {i}\n\nsudo systemctl restart x{i}\n\n" for i in range(n))), 10_000, 500),
        Case("markdown-env-blocks", "markdown",
             lambda n: md("```env\n" + "".join(f"K{i}=v{i}\n" for i in range(n)) + "```\n"), 50_000, 2_000),
        Case("markdown-plain-hedged-lines", "markdown",  # every line is a prose unit of its own
             lambda n: md("```text\n" + "".join(f"Redis {i} (optional)\n" for i in range(n)) + "```\n"),
             50_000, 2_000),
        Case("markdown-env-hedged-comments", "markdown",
             lambda n: md("```env\n" + "".join(f"# Redis only if needed\nREDIS_URL_{i}=redis://h/{i}\n"
                                                 for i in range(n)) + "```\n"), 20_000, 1_000),
        Case("markdown-switch-lines", "markdown",  # every line turns the service off
             lambda n: md("```env\n" + "REDIS_ENABLED=false\n" * n + "```\n"), 50_000, 2_000),
        Case("markdown-optional-groups", "markdown",  # "# Optional" over each of many groups
             lambda n: md("```bash\n" + "# Optional\nA=1\nREDIS_URL=redis://h/0\n" * (n // 3) + "```\n"),
             60_000, 3_000),
        Case("markdown-heading-questions", "markdown",
             lambda n: md("".join(f"### Do we need Redis {i}?\n\nNo. Not here.\n\n" for i in range(n))), 10_000, 500),
        Case("markdown-continuation-chain", "markdown",  # each sentence goes on about the one before
             lambda n: md("Redis keeps the sessions." + " It is optional, though." * (n // 24) + "\n"),
             200_000, 20_000),
        Case("markdown-hedged-table-rows", "markdown",
             lambda n: md("| Service | Required |\n|---|---|\n" + "| Redis | no (optional) |\n" * n),
             5_000, 500),
        Case("markdown-without-column-rows", "markdown",  # a "Without Redis" column over many rows
             lambda n: md("| Feature | Without Redis |\n|---|---|\n" + "| Cache | per process |\n" * n),
             5_000, 500),
        Case("markdown-long-code-span", "markdown", lambda n: md("`" + "x" * n + "\n"), 200_000, 20_000),
        Case("markdown-suppression-comments", "markdown",
             lambda n: md("<!-- sumlint: disable=SUM301 -->\nx\n" * n), 20_000, 1_000),
        Case("markdown-slow-shell-blocks", "markdown",  # each block is slow for tree-sitter
             lambda n: md("".join("```sh\ncurl " + "[a](" * 2_000 + "\n```\n\n" for _ in range(n))), 100, 3),
        Case("markdown-embedded-deep-shell", "markdown",
             lambda n: md("```sh\n" + "x=" + _nested("$( echo ", " )", n) + "\n```\n"), 500, 500),
    ]


def _settings() -> list[Case]:
    py = lambda body: _project("settings", body)  # noqa: E731
    return [
        Case("settings-assignments", "settings",
             lambda n: py("".join(f"SETTING_{i} = os.environ.get('V{i}', 'd{i}')\n" for i in range(n))),
             10_000, 500),
        Case("settings-deep-expression", "settings", lambda n: py("X = " + "1 + " * n + "1\n"), 5_000, 5_000),
        Case("settings-deep-parens", "settings", lambda n: py("X = " + "(" * n + "1" + ")" * n + "\n"),
             5_000, 500),
        Case("settings-deep-lists", "settings", lambda n: py("X = " + "[" * n + "]" * n + "\n"), 5_000, 5_000),
        Case("settings-deep-dicts", "settings",
             lambda n: py("CACHES = " + "{'default': " * n + "'x'" + "}" * n + "\n"), 5_000, 5_000),
        Case("settings-deep-calls", "settings", lambda n: py("X = " + "f(" * n + ")" * n + "\n"), 5_000, 5_000),
        Case("settings-deep-attributes", "settings", lambda n: py("X = os" + ".environ" * n + "\n"), 5_000, 5_000),
        Case("settings-deep-if", "settings",
             lambda n: py("".join(" " * i + "if True:\n" for i in range(n)) + " " * n + "X = 1\n"), 100, 50),
        Case("settings-deep-getenv", "settings",
             lambda n: py("X = " + "os.environ.get('A', " * n + "'x'" + ")" * n + "\n"), 5_000, 5_000),
        Case("settings-ref-chain", "settings",
             lambda n: py("A0 = os.environ['REDIS_URL']\n" + "".join(f"A{i + 1} = A{i}\n" for i in range(n))
                          + f"CACHES = {{'default': {{'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': A{n}}}}}\n"),
             10_000, 500),
        Case("settings-item-assignments", "settings",
             lambda n: py("CACHES = {}\n" + "".join(f"CACHES['k{i}'] = {{'LOCATION': 'redis://x/{i}'}}\n"
                                                   for i in range(n))), 10_000, 500),
        Case("settings-long-string", "settings", lambda n: py("X = '" + "a" * n + "'\n"), 200_000, 20_000),
        Case("settings-long-string-concat", "settings", lambda n: py("X = " + "'a' " * (n // 4) + "\n"),
             200_000, 20_000),
        Case("settings-long-list", "settings", lambda n: py("X = [" + "1, " * (n // 3) + "]\n"), 200_000, 20_000),
        Case("settings-syntax-error-unbalanced", "settings", lambda n: py("X = (" * n + "\n"), 1_000, 200, True),
        Case("settings-star-import-cycle", "settings",
             lambda n: {"mysite/settings/production.py": "from .base import *\n" + "X = 1\n" * n,
                        "mysite/settings/base.py": "from .production import *\n" + "Y = 2\n" * n}, 10_000, 500),
        Case("settings-star-import-chain", "settings",
             lambda n: {"mysite/settings/production.py": "from .s0 import *\n",
                        **{f"mysite/settings/s{i}.py": f"from .s{i + 1} import *\nX{i} = {i}\n" for i in range(n)}},
             200, 30),
    ]


def _env() -> list[Case]:
    return [
        Case("env-many-lines", "env",
             lambda n: _project("env", "".join(f"export VAR_{i}=value{i}\n" for i in range(n))), 50_000, 2_000),
        Case("env-unbalanced-quotes", "env", lambda n: _project("env", "X=\"a\n" + "b 'c\n" * n), 50_000, 2_000),
        Case("env-long-quoted", "env", lambda n: _project("env", "X='" + "a" * n + "\n"), 200_000, 20_000),
        Case("env-escaped-quotes", "env", lambda n: _project("env", 'X="' + '\\"' * (n // 2) + "\n"), 200_000, 20_000),
        Case("env-interpolation", "env", lambda n: _project("env", "X=" + "${A:-" * (n // 5) + "\n"), 200_000, 20_000),
        Case("env-many-urls", "env",
             lambda n: _project("env", "".join(f"URL_{i}=redis://h{i}:6379/{i}\n" for i in range(n))), 50_000, 2_000),
    ]


def _requirements() -> list[Case]:
    return [
        Case("requirements-many-lines", "requirements",
             lambda n: _project("requirements", "".join(f"package-{i}[extra]>={i}.0; python_version >= '3.8'\n"
                                                        for i in range(n))), 10_000, 1_000),
        Case("requirements-include-cycle", "requirements",
             lambda n: {"requirements.txt": "-r requirements-b.txt\n" + "a==1\n" * n,
                        "requirements-b.txt": "-r requirements.txt\n" + "b==1\n" * n}, 10_000, 500),
        Case("requirements-self-include", "requirements",
             lambda n: {"requirements.txt": "-r requirements.txt\n" * n + "django\n"}, 10_000, 500),
        Case("requirements-include-chain", "requirements",
             lambda n: {"requirements.txt": "-r requirements/r0.txt\n",
                        **{f"requirements/r{i}.txt": f"-r r{i + 1}.txt\npkg{i}\n" for i in range(n)}}, 500, 50),
        Case("requirements-include-fanout", "requirements",
             lambda n: {"requirements.txt": "".join(f"-r requirements/r{i}.txt\n" for i in range(n)),
                        **{f"requirements/r{i}.txt": f"-c ../requirements.txt\npkg{i}\n" for i in range(n)}},
             1_000, 100),
        Case("requirements-long-markers", "requirements",
             lambda n: _project("requirements", "x; " + " and ".join(["python_version > '3'"] * (n // 25)) + "\n"),
             200_000, 20_000),
        Case("requirements-long-extras", "requirements",
             lambda n: _project("requirements", "x[" + ",".join(["a"] * (n // 2)) + "\n"), 200_000, 20_000),
        Case("requirements-continuations", "requirements",
             lambda n: _project("requirements", "django \\\n" * n + "\n"), 50_000, 2_000),
        Case("requirements-hashes", "requirements",
             lambda n: _project("requirements", "django==4.2 \\\n" + "    --hash=sha256:" + "a" * 64 + " \\\n" * n
                                + "    --hash=sha256:00\n"), 10_000, 1_000),
        Case("requirements-long-url-req", "requirements",
             lambda n: _project("requirements", "pkg @ https://x/" + "a" * n + ".whl\n"), 200_000, 20_000),
        Case("requirements-vcs", "requirements",
             lambda n: _project("requirements", "-e git+https://x/" + "a/" * (n // 2) + "#egg=" + "b" * 10 + "\n"),
             200_000, 20_000),
    ]


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for kind in FILE:
        cases.extend(_cases_for(kind))
    cases += _systemd() + _shell() + _markdown() + _settings() + _env() + _requirements()
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return cases


CASES = {case.name: case for case in all_cases()}


# -- running -----------------------------------------------------------------------------------

def write_project(root: Path, files: Files) -> Path:
    """Write the files under ``root``; return the linted file (the first)."""
    first = None
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8", errors="surrogatepass"))
        first = first or path
    (root / "pyproject.toml").write_text("[tool.sumlint]\n")
    return first


def lint_project(root: Path, target: Path | None = None):
    """``sumlint check`` over ``root`` (or only ``target``, with project rules over all)."""
    from sumlint.config import from_table
    from sumlint.runner import check_paths

    config = from_table({}, None)
    config.root = root
    if target is not None:
        return check_paths([target], config, explicit=True)
    return check_paths([root], config)


def check_positions(result) -> list[str]:
    """Diagnostics whose span is not inside the file it names (text read from disk)."""
    from sumlint.source import UnreadableFile, decode, read_bytes

    bad: list[str] = []
    lines_of: dict[str, list[str] | None] = {}
    for d in result.diagnostics:
        if d.path not in lines_of:
            try:
                lines_of[d.path] = decode(Path(d.path), read_bytes(Path(d.path)), "x").lines
            except (UnreadableFile, OSError):
                lines_of[d.path] = None
        lines = lines_of[d.path]
        s = d.span
        if lines is None:  # not decodable: the span must still be sane
            if s.line < 1 or s.column < 1:
                bad.append(f"{d.code} {s}")
            continue
        ok = (1 <= s.line <= len(lines) and 1 <= s.end_line <= len(lines)
              and (s.line, s.column) <= (s.end_line, s.end_column)
              and 1 <= s.column <= len(lines[s.line - 1]) + 1
              and 1 <= s.end_column <= len(lines[s.end_line - 1]) + 1)
        if not ok:
            bad.append(f"{d.code} at {s} ({d.message[:80]})")
    return bad
