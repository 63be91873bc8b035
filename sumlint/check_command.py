"""``sumlint check``: configuration, the run, fixes, output and the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from sumlint.config import ConfigError, load_config
from sumlint.diagnostics import Severity


def run_check(paths, config_path, isolated, select, ignore, extend_select, output_format, fail_on,
              exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename, show_suppressed,
              shellcheck, verbose, quiet) -> int:
    from sumlint.runner import InternalError

    try:
        return _run(paths, config_path, isolated, select, ignore, extend_select, output_format,
                    fail_on, exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename,
                    show_suppressed, shellcheck, quiet)
    except ConfigError as err:
        print(f"sumlint: error: {err}", file=sys.stderr)
        return 2
    except (InternalError, Exception) as err:  # never a bare traceback for users
        if verbose:
            import traceback

            traceback.print_exc()
        else:
            print(f"sumlint: internal error: {err} (run with --verbose for the traceback)", file=sys.stderr)
        return 2


def _codes(value: str | None, option: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    from sumlint.config import CODE_PREFIX_RE

    codes = tuple(c.strip() for c in value.split(",") if c.strip())
    for code in codes:
        if not CODE_PREFIX_RE.match(code):
            raise ConfigError(f"{option}: {code!r} is not a rule code or prefix (SUM, SUM1, SUM101, ALL)")
    return codes


def _run(paths, config_path, isolated, select, ignore, extend_select, output_format, fail_on,
         exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename, show_suppressed,
         shellcheck, quiet) -> int:
    from sumlint.output import OutputContext, render
    from sumlint.runner import Linter, check_paths

    cwd = Path.cwd()
    use_stdin = list(paths) == ["-"]
    if use_stdin and not stdin_filename:
        raise ConfigError("reading from stdin (`-`) needs --stdin-filename PATH")
    targets = [Path(p) for p in paths if p != "-"] or ([Path(stdin_filename)] if use_stdin else [cwd])
    start = targets[0] if targets[0].exists() else cwd
    config = load_config(start if start.is_dir() else start.parent,
                         Path(config_path) if config_path else None, isolated)
    for option, value in (("--select", select), ("--ignore", ignore), ("--extend-select", extend_select)):
        codes = _codes(value, option)
        if codes is not None:
            setattr(config, option[2:].replace("-", "_"), codes)
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    if shellcheck is not None:
        config.shellcheck = shellcheck

    linter = Linter(config)
    if use_stdin:
        from sumlint.discovery import classify_file

        path = (cwd / stdin_filename).resolve()
        kind = classify_file(path, config)
        if kind is None:
            raise ConfigError(f"--stdin-filename {stdin_filename}: not a file kind sumlint reads")
        text = sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")
        file_result = linter.lint_text(path, text, kind)
        result = linter.finish([file_result], linter.run_project([file_result]), None)
    else:
        result = check_paths(targets, config, linter, explicit=bool(paths))

    diagnostics = result.diagnostics if show_suppressed else result.active
    context = OutputContext(cwd=cwd, color=sys.stdout.isatty() and output_format == "text",
                            show_source=sys.stdout.isatty() and output_format == "text",
                            files_checked=len(result.files), show_suppressed=show_suppressed)
    text = render(output_format, diagnostics, context)
    if quiet and output_format == "text":
        text = "\n".join(l for l in text.split("\n") if ":" in l and not l.startswith(("Found", "All", "[*]"))) + "\n"
    sys.stdout.write(text)
    failing = [d for d in result.active if d.severity >= config.fail_on]
    return 0 if exit_zero or not failing else 1


def clean_cache() -> int:
    import shutil

    from sumlint.config import load_config

    config = load_config(Path.cwd())
    cache = config.root / ".sumlint_cache"
    if cache.is_dir():
        shutil.rmtree(cache)
        print(f"Removed {cache}")
    else:
        print(f"No cache at {cache}")
    return 0
