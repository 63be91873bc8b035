"""The command line: ``sumlint check``, ``rules``, ``rule``, ``clean``, ``server``.

Exit codes: 0 clean (below ``fail-on``), 1 findings, 2 usage/config/internal error. An
internal error on a file (a rule that raised) does not stop ``check``: the other findings are
reported, with a SUM004 for the crash, and the exit code is 2 even with ``--exit-zero``.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):  # the fast path: no click, no rules
        from sumlint import __version__

        print(f"sumlint {__version__}")
        raise SystemExit(0)
    cli = _build_cli()
    cli.main(args=args, prog_name="sumlint")


def _build_cli():
    import click

    from sumlint import __version__

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, "-V", "--version", prog_name="sumlint")
    def cli() -> None:
        """Lint a deployment golden path: systemd units, deploy scripts, runbooks, Django
        settings, env examples and requirements, alone and against each other."""

    @cli.command()
    @click.argument("paths", nargs=-1, type=click.Path(path_type=str))
    @click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=str),
                  help="Use this config file instead of searching for one.")
    @click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
    @click.option("--select", help="Comma-separated codes or prefixes to run; replaces the configured selection.")
    @click.option("--ignore", help="Comma-separated codes or prefixes to skip, on top of the configured `ignore`.")
    @click.option("--extend-select", help="Codes or prefixes to enable on top of the selection.")
    @click.option("--output-format", "-f", type=click.Choice(["text", "json", "sarif", "github", "gitlab"]),
                  default="text", show_default=True)
    @click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=str),
                  help="Write the report to this file instead of stdout (its folder is created).")
    @click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
                  help="Lowest severity that makes the exit code 1 [default: warning].")
    @click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found (an internal error still exits 2).")
    @click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
    @click.option("--unsafe-fixes", is_flag=True, help="Also apply (or show) unsafe fixes.")
    @click.option("--diff", is_flag=True, help="Print fixes as a unified diff; write nothing.")
    @click.option("--no-cache", is_flag=True, help="Do not read or write .sumlint_cache/.")
    @click.option("--stdin-filename", help="The path of the file read from stdin (with `-`).")
    @click.option("--show-suppressed", is_flag=True, help="Also list suppressed diagnostics.")
    @click.option("--shellcheck/--no-shellcheck", default=None,
                  help="Run ShellCheck on shell scripts (needs the `shellcheck` extra).")
    @click.option("--force-exclude", is_flag=True,
                  help="Skip excluded, git-ignored and unclassified files even when named on the "
                       "command line (for pre-commit, which passes every changed file).")
    @click.option("--show-files", is_flag=True,
                  help="List the files that would be linted, with their kind, and exit.")
    @click.option("--add-suppressions", is_flag=True,
                  help="Add a `sumlint: disable=CODE` comment for every problem found (to adopt "
                       "sumlint or a new rule now and fix later; like ruff's --add-noqa).")
    @click.option("--statistics", is_flag=True,
                  help="Print one line per rule with its number of problems instead of the problems "
                       "(text or json).")
    @click.option("--show-source/--no-show-source", default=None,
                  help="Show each problem's source line with a caret underline (text format) "
                       "[default: on a terminal].")
    @click.option("--verbose", "-v", is_flag=True, help="Show tracebacks of internal errors.")
    @click.option("--quiet", "-q", is_flag=True, help="Print diagnostics only, no summary.")
    def check(**options) -> None:
        """Lint PATHS (default: the current folder)."""
        from sumlint.check_command import run_check

        raise SystemExit(run_check(**options))

    @cli.command("rules")
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
    def rules_command(fmt: str) -> None:
        """List every rule: code, name, kind, default severity, fixable."""
        from sumlint.docs import rules_listing

        click.echo(rules_listing(fmt), nl=False)

    @cli.command("rule")
    @click.argument("code")
    def rule_command(code: str) -> None:
        """Show a rule's full documentation."""
        from sumlint.docs import rule_page
        from sumlint.registry import all_rules

        rules = all_rules()
        rule = rules.get(code.upper())
        if rule is None:
            import difflib

            close = difflib.get_close_matches(code.upper(), list(rules), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            click.echo(f"sumlint: no rule {code}{hint}; `sumlint rules` lists them", err=True)
            raise SystemExit(2)
        click.echo(rule_page(rule))

    @cli.command()
    def clean() -> None:
        """Remove the .sumlint_cache/ folder of the current project."""
        from sumlint.check_command import clean_cache

        raise SystemExit(clean_cache())

    @cli.command()
    @click.option("--stdio", is_flag=True, default=True, help="Talk LSP over stdin/stdout (default).")
    def server(stdio: bool) -> None:
        """Start the language server (LSP over stdio) for editors."""
        try:
            from sumlint.lsp.server import serve
        except ImportError as err:
            click.echo(f"sumlint: the language server needs the `server` extra "
                       f"(pip install 'sumlint[server]'): {err}", err=True)
            raise SystemExit(2)
        serve()

    return cli
