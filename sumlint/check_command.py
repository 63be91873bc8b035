"""``sumlint check``: configuration, the run, fixes, output and the exit code.

Exit codes: 0 when nothing at or above ``fail-on`` is reported (or ``--exit-zero``), 1 when
something is, 2 for a usage or configuration error or an internal error. With ``--diff``
(which writes nothing and prints only the diff, like ruff) the exit code is 1 when there is
a diff and 0 when there is none.

An internal error (a rule, front-end or facts extractor that raised: a bug in sumlint) on a
file costs only what crashed: the report still holds every other finding, plus a SUM004 at
1:1 of the file, and each crash gets one line on stderr (its traceback with ``--verbose``).
The exit code is then 2, also with ``--exit-zero`` and ``--diff``: the results are
incomplete. A crash outside any file (in the output, say) stops the run with one line.
"""

from __future__ import annotations

import os
import sys
from dataclasses import field
from pathlib import Path

from sumlint.config import Config, ConfigError, load_config
from sumlint.diagnostics import Severity
from sumlint.records import record

MAX_FIX_PASSES = 10


class UsageError(ConfigError):
    """A bad command line (exit 2, like a configuration error)."""


def run_check(paths, config_path, isolated, select, ignore, extend_select, output_format, fail_on,
              exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename, show_suppressed,
              shellcheck, verbose, quiet, force_exclude=False, show_files=False, statistics=False,
              show_source=None, add_suppressions=False, output_file=None, **extra) -> int:
    from sumlint.runner import InternalError

    try:
        return _run(paths, config_path, isolated, select, ignore, extend_select, output_format,
                    fail_on, exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename,
                    show_suppressed, shellcheck, quiet, verbose, force_exclude, show_files,
                    statistics, show_source, add_suppressions, output_file)
    except ConfigError as err:
        print(f"sumlint: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sumlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sumlint check | head`: the reader left; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
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
    import difflib

    from sumlint.config import CODE_PREFIX_RE
    from sumlint.registry import rule_index as all_rules

    codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    for code in codes:
        if not CODE_PREFIX_RE.match(code):
            raise UsageError(f"{option}: {code!r} is not a rule code or prefix (SUM, SUM1, SUM101, ALL)")
        if len(code) == 6 and code.startswith("SUM") and code not in all_rules():
            close = difflib.get_close_matches(code, list(all_rules()), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise UsageError(f"{option}: no rule {code}{hint}; `sumlint rules` lists them")
    return codes


def apply_cli_selection(config: Config, select: str | None, ignore: str | None,
                        extend_select: str | None) -> None:
    """Command-line selection is a layer over the configuration's (ruff's model): ``--select``
    replaces the configured ``select``, ``extend-select`` and ``ignore``; ``--ignore`` and
    ``--extend-select`` add to what is left."""
    selected = _codes(select, "--select")
    ignored = _codes(ignore, "--ignore")
    extended = _codes(extend_select, "--extend-select")
    if selected is not None:
        config.select, config.extend_select, config.ignore = selected, (), ()
    if ignored is not None:
        config.ignore = (*config.ignore, *ignored)
    if extended is not None:
        config.extend_select = (*config.extend_select, *extended)


@record
class FixOutcome:
    """What ``--fix``/``--diff`` did: fixes applied, texts before and after."""

    fixed: int = 0  # fixes applied
    originals: dict[str, str] = field(default_factory=dict)  # path -> raw text before fixing
    sources: dict[str, object] = field(default_factory=dict)  # path -> fixed SourceFile

    def __init__(self, fixed: int = 0, originals: dict[str, str] | None = None,
                 sources: dict[str, object] | None = None) -> None:
        self.fixed = fixed
        self.originals = {} if originals is None else originals
        self.sources = {} if sources is None else sources


def _run(paths, config_path, isolated, select, ignore, extend_select, output_format, fail_on,
         exit_zero, fix, unsafe_fixes, diff, no_cache, stdin_filename, show_suppressed,
         shellcheck, quiet, verbose=False, force_exclude=False, show_files=False, statistics=False,
         show_source=None, add_suppressions=False, output_file=None) -> int:
    from sumlint.output import OutputContext, render
    from sumlint.runner import Linter, check_paths

    cwd = Path.cwd()
    paths = list(paths)
    use_stdin = "-" in paths
    if use_stdin and paths != ["-"]:
        raise UsageError("`-` (read from stdin) cannot be combined with other paths")
    if use_stdin and not stdin_filename:
        raise UsageError("reading from stdin (`-`) needs --stdin-filename PATH")
    if statistics and output_format not in ("text", "json"):
        raise UsageError(f"--statistics prints text or json, not {output_format}")
    if statistics and diff:
        raise UsageError("--statistics and --diff cannot be combined")
    if add_suppressions and (fix or diff or use_stdin):
        raise UsageError("--add-suppressions cannot be combined with --fix, --diff or stdin")
    if add_suppressions and output_file:
        raise UsageError("--add-suppressions writes no report; --output-file has nothing to write")
    report = _Report(output_file)
    if stdin_filename and not use_stdin and not paths:
        use_stdin = True  # `--stdin-filename x.sh` alone reads stdin, like ruff
    targets = [Path(p) for p in paths if p != "-"] or ([Path(stdin_filename)] if use_stdin else [cwd])
    for target in targets if not use_stdin else ():
        if not os.path.lexists(target):
            raise UsageError(f"{target}: no such file or directory")
    # The configuration is searched from the first path (for a new, unsaved file: its
    # nearest existing folder), else from the working directory.
    first = Path(os.path.abspath(targets[0]))
    start = next((p for p in (first, *first.parents) if p.exists()), cwd)
    config = load_config(start if start.is_dir() else start.parent,
                         Path(config_path) if config_path else None, isolated)
    apply_cli_selection(config, select, ignore, extend_select)
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    if shellcheck is not None:
        config.shellcheck = shellcheck

    if show_files:
        return _show_files(targets, config, cwd, force_exclude, report)

    cache = None
    if not no_cache and not use_stdin:
        from sumlint.cache import Cache

        cache = Cache(config)
    linter = Linter(config)
    if use_stdin:
        result, stdin_source, stdin_data = _lint_stdin(linter, config, cwd, stdin_filename, cache)
    else:
        result = check_paths(targets, config, linter, explicit=bool(paths), cache=cache,
                             force_exclude=force_exclude)
        stdin_source, stdin_data = None, None

    if add_suppressions:
        code = _add_suppressions(linter, result, cache, cwd, quiet)
        return 2 if _internal_errors(linter, cwd, verbose) else code

    outcome = FixOutcome()
    if fix or diff:
        result = _fix(linter, result, unsafe_fixes, outcome, stdin_source)

    if diff:
        text = _unified_diff(outcome, cwd)
        report.write(text)
        if not quiet:
            n = outcome.fixed
            print(f"Would fix {n} problem{'s' if n != 1 else ''}." if n else "No fixes available.",
                  file=sys.stderr)
        if _internal_errors(linter, cwd, verbose):
            return 2
        return 0 if exit_zero or not text else 1

    write_errors = 0
    if fix and stdin_data is None:
        write_errors = _write_fixed(outcome, cache, linter)

    shown = result.diagnostics if (show_suppressed or output_format == "sarif") else result.active
    stream = None if output_file else sys.stdout
    if fix and stdin_data is not None:
        # The fixed file goes to stdout (for editors and pipes); the report to stderr.
        fixed = outcome.sources.get(str(stdin_source.path)) if stdin_source is not None else None
        if fixed is None:
            sys.stdout.buffer.write(stdin_data)  # unchanged, byte for byte
        else:
            sys.stdout.buffer.write(fixed.encode())
        sys.stdout.flush()
        stream = None if output_file else sys.stderr
    hidden = 0 if unsafe_fixes else sum(1 for d in result.active if d.fix and not d.fix.safe)
    context = OutputContext(cwd=cwd, color=_color(stream, output_format),
                            show_source=output_format == "text" and (
                                _isatty(stream) if show_source is None else show_source),
                            files_checked=len(result.report) if result.report is not None else len(result.files),
                            fixed=outcome.fixed,
                            show_suppressed=show_suppressed, root=config.root, quiet=quiet,
                            unsafe_hidden=hidden, unsafe_fixes=unsafe_fixes)
    if statistics:
        from sumlint.output.statistics import render_statistics

        text = render_statistics(output_format, shown, context)
    else:
        text = render(output_format, shown, context)
    if stream is sys.stderr:
        stream.write(text)
        stream.flush()
    else:
        report.write(text)
    if _internal_errors(linter, cwd, verbose) or write_errors:
        return 2
    failing = [d for d in result.active if d.severity >= config.fail_on]
    return 0 if exit_zero or not failing else 1


def _internal_errors(linter, cwd: Path, verbose: bool) -> int:
    """Say each crash the run contained (each is a SUM004 in the report) on stderr, with its
    traceback under ``--verbose``; how many there were."""
    from sumlint.output import display_path

    errors = linter.take_errors()
    for error in errors:
        where = display_path(str(error.path), cwd) if error.path is not None else "the project"
        print(f"sumlint: internal error in {error.what} on {where}: {error.summary} "
              "(a bug in sumlint; please report it)", file=sys.stderr)
        if verbose:
            sys.stderr.write(error.traceback)
    return len(errors)


def _add_suppressions(linter, result, cache, cwd: Path, quiet: bool) -> int:
    """``--add-suppressions``: write the comments; exit 0 when every problem is now covered."""
    from sumlint.add_suppressions import add_suppressions
    from sumlint.output import display_path

    added, files, left = add_suppressions(linter, result.active, cache)
    for d in left:
        print(f"{display_path(d.path, cwd)}:{d.span.line}:{d.span.column}: {d.code} no suppression comment can "
              "cover this without changing the file (left as it is)", file=sys.stderr)
    if not quiet:
        print(f"Added {added} suppression{'s' if added != 1 else ''} to {files} file{'s' if files != 1 else ''}."
              if added else "No suppressions added.")
    return 1 if left else 0


def _show_files(targets: list[Path], config: Config, cwd: Path, force_exclude: bool, report) -> int:
    """``--show-files``: what discovery found, with each file's kind (and what it skipped)."""
    from sumlint.discovery import discover
    from sumlint.output import display_path

    found = discover(targets, config, force_exclude)
    lines = [f"{display_path(str(p), cwd)}  {kind}" for p, kind in found.files]
    lines += [f"{display_path(str(p), cwd)}  (no kind: SUM001)" for p in found.unknown]
    lines += [f"{display_path(str(p), cwd)}  ({message})" for p, message in found.problems]
    report.write("".join(line + "\n" for line in sorted(lines)))
    return 0


class _Report:
    """Where the report goes: stdout, or the ``--output-file`` (its folder created; UTF-8,
    ``\\n`` line ends; a file that cannot be written is a usage error, exit 2)."""

    def __init__(self, output_file: str | None) -> None:
        self.path = Path(output_file) if output_file else None

    def write(self, text: str) -> None:
        if self.path is None:
            _write_stdout(text)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as handle:
                handle.write(text)
        except OSError as err:
            raise UsageError(f"--output-file {self.path}: cannot write it ({err.strerror or err})") from None


def _isatty(stream) -> bool:
    return stream is not None and stream.isatty()


def _color(stream, output_format: str) -> bool:
    if output_format != "text" or os.environ.get("NO_COLOR") or stream is None:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def _write_stdout(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _lint_stdin(linter, config: Config, cwd: Path, stdin_filename: str, cache):
    """Lint stdin as the file ``stdin_filename``; project rules see the rest of the project
    from disk with stdin in place of that file."""
    from sumlint.discovery import classify_file, discover
    from sumlint.source import UnreadableFile, decode

    path = Path(os.path.abspath(cwd / stdin_filename))
    kind = classify_file(path, config)
    if kind is None:
        raise UsageError(f"--stdin-filename {stdin_filename}: not a file kind sumlint reads "
                         "(map it to a kind in `[tool.sumlint.kinds]`)")
    data = sys.stdin.buffer.read()
    try:
        source = decode(path, data, kind, config.max_file_size)
        file_result = linter.lint_source(source)
    except UnreadableFile as err:
        source = None
        file_result = linter.unreadable(path, kind, err)
    results = [file_result]
    report = None
    if linter.project_rules and config.root.is_dir():
        whole = discover([config.root], config)
        me = path.resolve()
        lint = (lambda p, k: cache.lint(linter, p, k)) if cache is not None else linter.lint_path
        results.extend(lint(p, k) for p, k in whole.files if p.resolve() != me)
        report = {path}
    result = linter.finish(results, linter.run_project(results), report)
    return result, source, data


def _fix(linter, result, unsafe: bool, outcome: FixOutcome, stdin_source):
    """Apply fixes, re-lint, and repeat until nothing changes (at most MAX_FIX_PASSES)."""
    from sumlint.fixes import fix_text, fixes_to_apply
    from sumlint.source import UnreadableFile, decode, read_source

    results = list(result.files)
    kinds = {str(r.path): r.kind for r in results}
    for _ in range(MAX_FIX_PASSES):
        by_path: dict[str, list] = {}
        for d in fixes_to_apply(result.active, unsafe):
            by_path.setdefault(d.path, []).append(d)
        changed: dict[str, object] = {}
        for path, diagnostics in sorted(by_path.items()):
            kind = kinds.get(path)
            if kind is None:
                continue
            source = outcome.sources.get(path)
            if source is None:
                if stdin_source is not None and path == str(stdin_source.path):
                    source = stdin_source
                else:
                    try:
                        source = read_source(Path(path), kind, linter.config.max_file_size)
                    except UnreadableFile:
                        continue
                outcome.originals.setdefault(path, source.raw_text)
            new_text, applied = fix_text(source, diagnostics, unsafe)
            if not applied or new_text == source.raw_text:
                continue
            data = source.encode(new_text)
            try:
                new_source = decode(Path(path), data, kind, max(linter.config.max_file_size, len(data)))
            except UnreadableFile:
                continue  # a fix that produced something unreadable: keep the file as it was
            outcome.fixed += applied
            outcome.sources[path] = new_source
            changed[path] = linter.lint_source(new_source)
        if not changed:
            break
        results = [changed.get(str(r.path), r) for r in results]
        result = linter.finish(results, linter.run_project(results), result.report)
    return result


def _unified_diff(outcome: FixOutcome, cwd: Path) -> str:
    import difflib
    import re

    from sumlint.output import display_path

    out: list[str] = []
    for path in sorted(outcome.sources):
        before = outcome.originals.get(path, "")
        after = outcome.sources[path].raw_text
        if before == after:
            continue
        shown = display_path(path, cwd)
        split = lambda text: re.findall(r"[^\n]*\n|[^\n]+$", text)
        lines = list(difflib.unified_diff(split(before), split(after), f"a/{shown}", f"b/{shown}"))
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _write_fixed(outcome: FixOutcome, cache, linter) -> int:
    """Write every fixed file atomically, keeping its mode (and owner where allowed)."""
    errors = 0
    for path, source in sorted(outcome.sources.items()):
        if outcome.originals.get(path) == source.raw_text:
            continue
        data = source.encode()
        try:
            atomic_write(Path(path), data)
        except OSError as err:
            print(f"sumlint: error: cannot write the fixed {path}: {err.strerror or err}", file=sys.stderr)
            errors += 1
            continue
        if cache is not None:
            from sumlint.cache import content_hash

            cache.store(linter.lint_source(source), content_hash(data))
    return errors


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path``'s content: temp file in the same folder, then rename. A symlink is
    followed (its target is rewritten, the link stays); mode and owner are kept."""
    import tempfile

    target = Path(os.path.realpath(path))
    info = target.stat()
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".sumlint-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, info.st_mode & 0o7777)
        if hasattr(os, "chown"):
            try:
                os.chown(temp, info.st_uid, info.st_gid)
            except OSError:
                pass  # not allowed to give the file away: keep ours
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def clean_cache() -> int:
    from sumlint.cache import CACHE_DIR, clean

    try:
        config = load_config(Path.cwd())
    except ConfigError as err:  # a broken config still has a root: the folder it is in
        from sumlint.config import find_config, find_root

        print(f"sumlint: warning: {err}", file=sys.stderr)
        config = Config(root=find_root(Path.cwd().resolve(), find_config(Path.cwd().resolve())))
    if clean(config.root):
        print(f"Removed {config.root / CACHE_DIR}")
    else:
        print(f"No cache at {config.root / CACHE_DIR}")
    return 0
