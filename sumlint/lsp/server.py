"""``sumlint server``: a language server (LSP over stdio) with live diagnostics and fixes.

What it does
------------
* Publishes diagnostics for every file kind sumlint reads on open, on save and, debounced
  (300 ms by default), on change. The unsaved buffer is linted, never the file on disk.
* Configuration is found from each workspace folder the way ``sumlint check`` run there
  finds it (a file outside every folder: the way ``sumlint check FILE`` does). Saving or
  changing (``workspace/didChangeWatchedFiles``) ``pyproject.toml``, ``sumlint.toml`` or
  ``.sumlint.toml`` reloads it and re-lints the open files; a configuration that does not
  load is reported as a diagnostic on the config file, and the last good one stays in use.
* Cross-file rules: facts are extracted from the whole project once at start-up (in the
  background), kept current from watched-file events and from the open buffers, and the
  open documents whose project diagnostics change are re-published.
* Code actions: each diagnostic's fix (unsafe fixes labelled), "Disable SUMxxx for this
  line" (the comment syntax of the file kind, see ``sumlint.lsp.suppress``), and "Fix all
  safe sumlint fixes in this file" (``source.fixAll.sumlint``).
* Hover on a code in a suppression comment shows the rule's summary and a link to its docs.

Initialization options (all optional): ``{"debounce": 300}``, the delay in milliseconds
between the last change and the lint (0 lints on every change).

Bad input never stops the server: an unknown document gets no answer, a malformed request
an LSP error (from pygls). A rule (or front-end) that crashes on a document costs only its
own findings: the document gets its other diagnostics plus SUM004 at its first line, and the
crash is logged each time and shown once (``internal_error``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import sys
from pathlib import Path
from typing import Any, Callable

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from sumlint import __version__, kinds
from sumlint.config import CONFIG_FILES
from sumlint.diagnostics import Diagnostic
from sumlint.lsp import convert, suppress
from sumlint.lsp.positions import LineIndex, normalise_encoding
from sumlint.lsp.workspace import Document, ProjectState, key_of, read_text
from sumlint.runner import FileResult

log = logging.getLogger("sumlint.lsp")

DEFAULT_DEBOUNCE_MS = 300
FIX_ALL_KIND = "source.fixAll.sumlint"
FIX_ALL_PASSES = 10
WATCHERS_ID = "sumlint-watched-files"
MAX_LONE_FILE_PROJECT = 2000  # files read for a file outside every workspace folder

# For untitled buffers (no file name to classify): the editor's language id.
LANGUAGE_KINDS = {
    "systemd": kinds.SYSTEMD, "shellscript": kinds.SHELL, "sh": kinds.SHELL, "bash": kinds.SHELL,
    "markdown": kinds.MARKDOWN, "mdx": kinds.MARKDOWN, "dotenv": kinds.ENV, "pip-requirements": kinds.REQUIREMENTS,
    "requirements": kinds.REQUIREMENTS,
}
UNTITLED_NAMES = {
    kinds.SYSTEMD: "untitled.service", kinds.SHELL: "untitled.sh", kinds.MARKDOWN: "untitled.md",
    kinds.ENV: ".env.example", kinds.REQUIREMENTS: "requirements.txt",
}


def _guard(function: Callable) -> Callable:
    """Run a handler; log what it raises instead of letting it reach the client."""

    @functools.wraps(function)
    def wrapper(server: "SumlintServer", *args: Any) -> Any:
        try:
            return function(server, *args)
        except Exception as err:  # a bug in the server: say so, keep serving
            log.exception("sumlint server: %s failed", function.__name__)
            server.log(lsp.MessageType.Error, f"{function.__name__} failed: {type(err).__name__}: {err}")
            return None

    return wrapper


class SumlintProtocol(LanguageServerProtocol):
    """pygls drops a request whose params do not fit the method's types, and the client
    then waits forever; answer it with InvalidParams (or InternalError) instead."""

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as err:
            if isinstance(data, dict) and "id" in data and "method" in data \
                    and isinstance(data["id"], (int, str)):
                detail = err.__cause__ or err
                error = type(err)(message=f"{type(err).MESSAGE}: {data.get('method')}: "
                                  f"{str(detail).splitlines()[0] if str(detail) else ''}")
                self._send_response(data["id"], error=error.to_response_error())
            raise


class SumlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("sumlint", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
                         protocol_cls=SumlintProtocol)
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.docs: dict[str, Document] = {}
        self.projects: list[ProjectState] = []  # workspace folders first, then lone files'
        self.tasks: set[asyncio.Task] = set()
        self.reported: set[str] = set()
        self._watch_lock: asyncio.Lock | None = None
        self.watched_globs: list[str] = []  # the file-watcher globs registered with the client

    # -- small helpers ------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        try:
            return normalise_encoding(self.workspace.position_encoding)
        except RuntimeError:
            return normalise_encoding(None)

    def log(self, kind: lsp.MessageType, message: str) -> None:
        try:
            self.window_log_message(lsp.LogMessageParams(type=kind, message=f"sumlint: {message}"))
        except Exception:  # the client is gone: nothing to tell
            log.debug("could not send a log message", exc_info=True)

    def report_server_error(self, error: Exception, source: Any) -> None:
        # pygls would pop up a message for errors outside requests (a notification about an
        # unknown document, a malformed message); a log line is enough.
        self.log(lsp.MessageType.Error, f"{type(error).__name__}: {error}")

    @property
    def watch_lock(self) -> asyncio.Lock:
        if self._watch_lock is None:  # created on the server's event loop
            self._watch_lock = asyncio.Lock()
        return self._watch_lock

    def spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.ensure_future(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def buffer_text(self, doc: Document) -> str:
        try:
            return self.workspace.get_text_document(doc.uri).source
        except Exception:
            return doc.text

    def index_for_path(self, path: str) -> LineIndex | None:
        key = key_of(path)
        for doc in self.docs.values():
            if doc.key == key:
                return LineIndex(doc.text, self.encoding)
        text = read_text(Path(path))
        return LineIndex(text, self.encoding) if text is not None else None

    def uri_for_path(self, path: str) -> str:
        key = key_of(path)
        for doc in self.docs.values():
            if doc.key == key and not doc.virtual:
                return doc.uri
        return convert.path_uri(path)

    # -- projects -----------------------------------------------------------------------

    def setup_projects(self) -> None:
        folders = []
        try:
            folders = [f.uri for f in self.workspace.folders.values()]
            if not folders and self.workspace.root_uri:
                folders = [self.workspace.root_uri]
        except RuntimeError:
            pass
        for uri in folders:
            path = to_fs_path(uri) if uri else None
            if not path or not Path(path).is_dir():
                continue
            if any(p.folder and key_of(p.start) == key_of(path) for p in self.projects):
                continue
            project = ProjectState(Path(path), folder=True)
            self.projects.insert(0, project)
            self.after_config_load(project)
            self.spawn(self.scan(project))
        self.projects.sort(key=lambda p: (not p.folder, -len(key_of(p.start))))

    def project_for(self, path: Path | None) -> ProjectState:
        if path is not None:
            key = key_of(path)
            for project in self.projects:
                start = key_of(project.start if project.folder else project.root)
                if key == start or key.startswith(start.rstrip("/") + "/"):
                    return project
            candidate = ProjectState(path.parent if path.parent.is_dir() else Path.cwd(), folder=False)
        else:
            folders = [p for p in self.projects if p.folder]
            if folders:
                return folders[0]
            candidate = ProjectState(Path.cwd(), folder=False)
        for project in self.projects:
            if not project.folder and key_of(project.root) == key_of(candidate.root):
                return project
        self.projects.append(candidate)
        self.after_config_load(candidate)
        self.spawn(self.scan(candidate))
        return candidate

    async def scan(self, project: ProjectState) -> None:
        """Extract the facts of every file of the project (in the background, one file at a
        time so that requests are answered meanwhile), then run the project rules."""
        from sumlint.discovery import discover

        project.scan_generation += 1
        generation = project.scan_generation
        project.scanned = False
        config, linter = project.config, project.linter
        if config is None or linter is None:
            return
        loop = asyncio.get_running_loop()
        try:
            found = await loop.run_in_executor(None, discover, [config.root], config)
        except Exception as err:
            self.log(lsp.MessageType.Warning, f"cannot read the project at {config.root}: {err}")
            return
        if not project.folder and len(found.files) > MAX_LONE_FILE_PROJECT:
            # A file opened outside every workspace folder, in a folder with no project
            # around it (a home folder): reading thousands of files behind the user's back
            # is not worth it. Per-file rules still run; project rules do not.
            self.log(lsp.MessageType.Info, f"{config.root} has {len(found.files)} files to read; "
                     "cross-file rules are off for files outside the workspace folders there "
                     "(open the folder as a workspace to enable them)")
            return
        disk: dict[str, FileResult] = {}
        progress = await self.progress_begin(f"sumlint: reading {config.root.name or config.root}",
                                             len(found.files))
        try:
            for number, (path, kind) in enumerate(found.files, start=1):
                if generation != project.scan_generation or linter is not project.linter:
                    return  # a newer scan (the configuration changed) took over
                disk[key_of(path)] = project.lint_disk_file(path, kind)
                if progress and number % 25 == 0:
                    self.progress_report(progress, number, len(found.files))
                await asyncio.sleep(0)
        finally:
            self.progress_end(progress, f"{len(disk)} files read")
        if generation != project.scan_generation:
            return
        project.disk = disk
        for path in sorted(project.changed_during_scan):
            self.update_disk(project, path)
        project.changed_during_scan.clear()
        project.scanned = True
        project.touch()
        self.log(lsp.MessageType.Info, f"read {len(disk)} files under {config.root}")
        self.refresh(project)

    # -- work-done progress (a bar in the editor while the project is read) -----------------

    async def progress_begin(self, title: str, total: int) -> str | None:
        window = self.client_capabilities.window
        if total < 50 or not (window and window.work_done_progress):
            return None  # small projects are read before a progress bar would show
        token = f"sumlint-{id(self)}-{len(self.reported)}-{asyncio.get_running_loop().time()}"
        try:
            await self.work_done_progress.create_async(token)
            self.work_done_progress.begin(token, lsp.WorkDoneProgressBegin(
                title=title, message=f"0/{total} files", percentage=0, cancellable=False))
        except Exception:
            return None
        return token

    def progress_report(self, token: str, done: int, total: int) -> None:
        try:
            self.work_done_progress.report(token, lsp.WorkDoneProgressReport(
                message=f"{done}/{total} files", percentage=done * 100 // max(total, 1)))
        except Exception:
            log.debug("progress report failed", exc_info=True)

    def progress_end(self, token: str | None, message: str) -> None:
        if token is None:
            return
        try:
            self.work_done_progress.end(token, lsp.WorkDoneProgressEnd(message=message))
        except Exception:
            log.debug("progress end failed", exc_info=True)

    def after_config_load(self, project: ProjectState) -> None:
        """Publish (or clear) the diagnostic on a configuration file that does not load."""
        problem = project.problem
        previous = project.problem_published
        if previous is not None and (problem is None or key_of(problem.path) != key_of(previous)):
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=convert.path_uri(previous), diagnostics=[]))
            project.problem_published = None
        if problem is None:
            return
        text = self.open_text(problem.path)
        if text is None:
            text = read_text(problem.path) or ""
        span = convert.config_error_span(text, problem.message, problem.path.name == "pyproject.toml")
        index = LineIndex(text, self.encoding)
        message = f"{problem.message} (sumlint keeps using the last configuration that loaded)"
        diagnostic = lsp.Diagnostic(range=convert.lsp_range(index, span), message=message,
                                    severity=lsp.DiagnosticSeverity.Error, source=convert.SOURCE,
                                    code="config")
        uri = self.uri_for_path(str(problem.path))
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[diagnostic]))
        project.problem_published = problem.path

    def open_text(self, path: Path) -> str | None:
        key = key_of(path)
        for doc in self.docs.values():
            if doc.key == key:
                return self.buffer_text(doc)
        return None

    def reload_config(self, projects: list[ProjectState]) -> None:
        for project in projects:
            changed = project.load_config()
            self.after_config_load(project)
            if not changed:
                continue
            self.log(lsp.MessageType.Info, f"configuration reloaded for {project.root}")
            project.scanned = False  # project rules wait for the facts read with the new config
            for doc in list(self.docs.values()):
                if doc.project is project:
                    self.classify(doc)
                    self.lint(doc, refresh=False)
            self.spawn(self.scan(project))
            self.refresh(project)
        self.spawn(self.register_watchers())  # `[tool.sumlint.kinds]` may name new globs

    # -- documents ----------------------------------------------------------------------

    def classify(self, doc: Document) -> None:
        project = doc.project
        assert project is not None and project.config is not None
        config = project.config
        if doc.virtual:
            doc.kind = LANGUAGE_KINDS.get(doc.language_id)
            doc.excluded = False
            return
        from sumlint.discovery import classify_at

        kind = classify_at(doc.path, config, lambda _path: self.buffer_text(doc)[:128].encode("utf-8", "replace"))
        doc.kind = kind
        doc.excluded = kind is not None and project.is_excluded(doc.path)

    def open(self, uri: str, version: int | None, language_id: str) -> Document:
        fs_path = to_fs_path(uri) if uri.startswith("file:") else None
        virtual = fs_path is None
        project = self.project_for(Path(fs_path) if fs_path else None)
        if virtual:
            kind = LANGUAGE_KINDS.get(language_id)
            # (an untitled MDX buffer is read as MDX: the parser goes by the file name)
            path = project.root / ("untitled.mdx" if language_id == "mdx" else UNTITLED_NAMES.get(kind or "", "untitled"))
        else:
            path = Path(fs_path)
            if not path.is_absolute():
                path = path.absolute()
        doc = Document(uri=uri, path=path, key=key_of(path) if not virtual else uri, kind=None,
                       version=version, language_id=language_id, virtual=virtual, project=project)
        self.docs[uri] = doc
        doc.text = self.buffer_text(doc)
        self.classify(doc)
        if doc.excluded:
            self.log(lsp.MessageType.Info, f"{path} is excluded by the configuration; not linted")
        return doc

    def lint(self, doc: Document, refresh: bool = True) -> None:
        """Lint the buffer now and (with ``refresh``) publish the project's open documents."""
        self.cancel_timer(doc)
        doc.text = self.buffer_text(doc)
        project = doc.project
        if project is None or project.linter is None:
            return
        if doc.kind is None or doc.excluded:
            doc.result = None
            doc.linted_version = doc.version
            if doc.published:
                self.publish(doc, [])
            return
        previous = doc.result
        doc.result = lint_buffer(project.linter, doc.path, doc.text, doc.kind)
        self.report_errors(project)  # a crash is contained: the result holds SUM004 and the rest
        if previous is not None and previous.facts == doc.result.facts:
            doc.result.facts = previous.facts  # same facts: project findings can be reused
        doc.linted_version = doc.version
        if refresh:
            self.refresh(project)

    def report_errors(self, project: ProjectState) -> None:
        """Log (and show, once) each crash the project's linter contained since last asked."""
        if project.linter is not None and project.linter.errors:
            for err in project.linter.take_errors():
                self.internal_error(err)

    def internal_error(self, err: Exception) -> None:
        message = f"internal error (a bug in sumlint; please report it): {err}"
        details = getattr(err, "traceback", "")
        self.log(lsp.MessageType.Error, f"{message}\n{details}" if details else message)
        if message not in self.reported:
            self.reported.add(message)
            try:
                self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error,
                                                               message=f"sumlint: {message}"))
            except Exception:
                log.debug("could not show a message", exc_info=True)

    def refresh(self, project: ProjectState) -> None:
        """Run the project rules and publish every open document of the project whose
        diagnostics changed."""
        docs = [d for d in self.docs.values() if d.project is project and d.result is not None]
        open_results = {d.key: d.result for d in docs if not d.virtual}
        by_key = project.project_diagnostics(open_results)
        self.report_errors(project)  # crashes of project rules, and of files read from disk
        for doc in docs:
            # An untitled buffer is no file of the project: project rules never see it.
            doc.active = project.finish(doc.result, by_key.get(doc.key, []),
                                        project.scanned and not doc.virtual)
            self.publish(doc)

    def publish(self, doc: Document, diagnostics: list | None = None) -> None:
        if diagnostics is None:
            index = LineIndex(doc.text, self.encoding)
            indexes: dict[str, LineIndex | None] = {}

            def index_for(path: str) -> LineIndex | None:
                if path not in indexes:
                    indexes[path] = self.index_for_path(path)
                return indexes[path]

            diagnostics = [convert.to_lsp(d, index, index_for, self.uri_for_path) for d in doc.active]
        # The version is that of the text that was linted: a refresh caused by another file
        # while a change of this one waits for its debounce must not label old findings new.
        version = doc.linted_version if doc.linted_version != -1 else doc.version
        if diagnostics == doc.published and version == doc.published_version:
            return
        doc.published = diagnostics
        doc.published_version = version
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=version))

    def cancel_timer(self, doc: Document) -> None:
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None

    def schedule(self, doc: Document) -> None:
        self.cancel_timer(doc)
        if self.debounce <= 0:
            self.lint(doc)
            return
        loop = asyncio.get_event_loop()
        doc.timer = loop.call_later(self.debounce, self._timer_fired, doc)

    def _timer_fired(self, doc: Document) -> None:
        doc.timer = None
        if self.docs.get(doc.uri) is not doc:
            return
        try:
            self.lint(doc)
        except Exception as err:
            log.exception("debounced lint failed")
            self.log(lsp.MessageType.Error, f"lint failed: {type(err).__name__}: {err}")

    def fresh(self, doc: Document) -> None:
        """Make sure the diagnostics are those of the current buffer (a change may be pending)."""
        if doc.linted_version != doc.version or doc.timer is not None:
            self.lint(doc)

    def close(self, doc: Document) -> None:
        self.cancel_timer(doc)
        self.docs.pop(doc.uri, None)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[]))
        project = doc.project
        if project is None or doc.virtual:
            return
        # The project's facts for the file go back to what is on disk.
        if project.config is not None and project.linter is not None:
            self.update_disk(project, doc.path)
        self.refresh(project)

    # -- watched files ------------------------------------------------------------------

    async def files_changed(self, changes: list[lsp.FileEvent]) -> None:
        """Files changed outside the editor: update the projects' facts (one file at a time,
        so that a `git checkout` of many files does not stall the editor), then re-run the
        project rules. Events are handled in the order they came."""
        async with self.watch_lock:
            config_projects: list[ProjectState] = []
            touched: list[ProjectState] = []
            for change in changes:
                fs_path = to_fs_path(change.uri) if change.uri.startswith("file:") else None
                if not fs_path:
                    continue
                path = Path(fs_path)
                affected = [p for p in self.projects if p.affected_by_config_file(path)]
                if path.name in CONFIG_FILES or affected:  # a config file, or a base one extends
                    config_projects.extend(p for p in affected if p not in config_projects)
                    continue
                for project in self.projects:
                    if not project.contains(path) or project.linter is None or project.config is None:
                        continue
                    if project not in touched:
                        touched.append(project)
                    if not project.scanned:
                        project.changed_during_scan.add(path)  # the scan may have read it already
                    self.update_disk(project, path, deleted=change.type == lsp.FileChangeType.Deleted)
                    await asyncio.sleep(0)
            if config_projects:
                self.reload_config(config_projects)
            for project in touched:
                if project not in config_projects:
                    self.refresh(project)

    def update_disk(self, project: ProjectState, path: Path, deleted: bool = False) -> None:
        """Read one file's facts from disk again (or forget them: deleted, excluded, no kind).
        An open file keeps its buffer's facts."""
        from sumlint.discovery import classify_file

        assert project.config is not None
        key = key_of(path)
        project.touch()
        if deleted or not path.exists():
            prefix = key.rstrip("/") + "/"  # a deleted folder takes its files with it
            for gone in [k for k in project.disk if k == key or k.startswith(prefix)]:
                project.disk.pop(gone, None)
            return
        if any(d.key == key for d in self.docs.values()):
            return  # the buffer, not the disk, is what counts for an open file
        kind = classify_file(path, project.config) if path.is_file() else None
        if kind is None or project.is_excluded(path):
            project.disk.pop(key, None)
            return
        project.disk[key] = project.lint_disk_file(path, kind)

    async def register_watchers(self) -> None:
        capability = self.client_capabilities.workspace
        watched = capability.did_change_watched_files if capability else None
        if not watched or not watched.dynamic_registration:
            return
        globs: list[str] = ["**/{" + ",".join(CONFIG_FILES) + "}"]
        for patterns in kinds.DEFAULT_GLOBS.values():
            for pattern in patterns:
                glob = pattern if pattern.startswith("**/") else "**/" + pattern
                if glob not in globs:
                    globs.append(glob)
        for project in self.projects:
            for base in (project.config.extends if project.config else ()):
                glob = "**/" + base.name  # a base configuration under another name
                if glob not in globs:
                    globs.append(glob)
            for patterns in (project.config.kind_globs.values() if project.config else ()):
                for pattern in patterns:
                    glob = pattern if pattern.startswith("**/") else "**/" + pattern
                    if glob not in globs:
                        globs.append(glob)
        if globs == self.watched_globs:
            return
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in globs])
        try:
            if self.watched_globs:  # a config change added kinds: replace the registration
                await self.client_unregister_capability_async(lsp.UnregistrationParams(unregisterations=[
                    lsp.Unregistration(id=WATCHERS_ID, method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)]))
            await self.client_register_capability_async(lsp.RegistrationParams(registrations=[
                lsp.Registration(id=WATCHERS_ID, method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                 register_options=options)]))
            self.watched_globs = globs
        except Exception as err:
            self.log(lsp.MessageType.Warning, f"could not register file watchers: {err}")

    # -- code actions -------------------------------------------------------------------

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        doc = self.docs.get(params.text_document.uri)
        if doc is None or doc.kind is None or doc.excluded or doc.project is None:
            return None
        self.fresh(doc)
        if doc.result is None:
            return None
        only = list(params.context.only or [])

        def wanted(kind: str) -> bool:
            return not only or any(kind == o or kind.startswith(f"{o}.") for o in only)

        index = LineIndex(doc.text, self.encoding)
        start = index.from_lsp(params.range.start.line, params.range.start.character)
        end = index.from_lsp(params.range.end.line, params.range.end.character)
        newline = doc.result.source.newline if doc.result.source else "\n"
        lsp_diags = {id(d): convert.to_lsp(d, index, self.index_for_path, self.uri_for_path) for d in doc.active}
        actions: list[lsp.CodeAction] = []
        disabled: set[tuple[str, int]] = set()
        if wanted(lsp.CodeActionKind.QuickFix):
            for diagnostic in doc.active:
                span = diagnostic.span
                if (span.end_line, span.end_column) < start or (span.line, span.column) > end:
                    continue
                if diagnostic.fix is not None:
                    fix = diagnostic.fix
                    title = f"{fix.message} ({diagnostic.code})" if fix.safe else \
                        f"{fix.message} ({diagnostic.code}, unsafe fix: review the change)"
                    actions.append(lsp.CodeAction(
                        title=title, kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[lsp_diags[id(diagnostic)]], is_preferred=fix.safe,
                        edit=self.workspace_edit(doc, convert.text_edits(fix.edits, index, newline))))
                if diagnostic.code in suppress.NOT_SUPPRESSIBLE or (diagnostic.code, span.line) in disabled:
                    continue
                edit = suppress.disable_edit(doc.kind, doc.result.source.text if doc.result.source
                                             else doc.text, span.line, diagnostic.code,
                                             doc.result.suppressions)
                if edit is None:
                    continue
                disabled.add((diagnostic.code, span.line))
                actions.append(lsp.CodeAction(
                    title=f"Disable {diagnostic.code} for this line", kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[lsp_diags[id(diagnostic)]],
                    edit=self.workspace_edit(doc, convert.text_edits([edit], index, newline))))
            for code in dict.fromkeys(d.code for d in doc.active if d.code not in suppress.NOT_SUPPRESSIBLE
                                      and not ((d.span.end_line, d.span.end_column) < start
                                               or (d.span.line, d.span.column) > end)):
                edit = suppress.disable_file_edit(doc.kind, doc.result.source.text if doc.result.source
                                                  else doc.text, code, doc.result.suppressions)
                if edit is not None:
                    actions.append(lsp.CodeAction(
                        title=f"Disable {code} for this file", kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[lsp_diags[id(d)] for d in doc.active if d.code == code],
                        edit=self.workspace_edit(doc, convert.text_edits([edit], index, newline))))
        if wanted(FIX_ALL_KIND) and any(d.fix is not None and d.fix.safe for d in doc.active):
            edit = self.fix_all_edit(doc)
            if edit is not None:
                actions.append(lsp.CodeAction(title="Fix all safe sumlint fixes in this file",
                                              kind=FIX_ALL_KIND, edit=self.workspace_edit(doc, [edit])))
        return actions

    def workspace_edit(self, doc: Document, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
        capability = self.client_capabilities.workspace
        edit_capability = capability.workspace_edit if capability else None
        if edit_capability is not None and edit_capability.document_changes:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
                edits=edits)])
        return lsp.WorkspaceEdit(changes={doc.uri: edits})

    def fix_all_edit(self, doc: Document) -> lsp.TextEdit | None:
        """Apply the safe fixes, re-lint, repeat until nothing is left to fix (fixes can make
        room for others); one edit from the buffer to the result."""
        from sumlint.fixes import fix_text

        project = doc.project
        assert project is not None and project.linter is not None and doc.kind is not None
        original = doc.text
        text = original
        for _ in range(FIX_ALL_PASSES):
            result = lint_buffer(project.linter, doc.path, text, doc.kind)
            extra: list[Diagnostic] = []
            if not doc.virtual:
                others = {d.key: d.result for d in self.docs.values()
                          if d.project is project and d.result is not None and not d.virtual}
                others[doc.key] = result
                extra = project.project_diagnostics(others).get(doc.key, [])
            active = project.finish(result, extra, project.scanned and not doc.virtual)
            self.report_errors(project)  # the other rules' fixes still apply
            if result.source is None:
                break
            fixed, count = fix_text(result.source, active)
            if count == 0:
                break
            text = ("\ufeff" if result.source.had_bom else "") + fixed
        return convert.minimal_edit(original, text, self.encoding)

    # -- completion of codes in suppression comments -------------------------------------

    def capability_formats(self, feature: str) -> list | None:
        """The markup kinds the client renders for hover or completion documentation
        (plain text when it does not say, as the protocol has it)."""
        text_document = self.client_capabilities.text_document
        formats = None
        if text_document is not None and feature == "hover" and text_document.hover:
            formats = text_document.hover.content_format
        elif text_document is not None and feature == "completion" and text_document.completion:
            item = text_document.completion.completion_item
            formats = item.documentation_format if item else None
        return list(formats) if formats else [lsp.MarkupKind.PlainText]

    def completion(self, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        doc = self.docs.get(params.text_document.uri)
        if doc is None or doc.kind is None or doc.excluded:
            return None
        text = self.buffer_text(doc)
        index = LineIndex(text, self.encoding)
        line, column = index.from_lsp(params.position.line, params.position.character)
        if line > len(index.lines):
            return None
        before = index.lines[line - 1][: column - 1]
        if "sumlint" not in before:
            return None
        nearby = [d.code for d in doc.active if line <= d.span.line <= line + 3]
        items = completion_items(before, nearby, self.capability_formats("completion"))
        return lsp.CompletionList(is_incomplete=False, items=items) if items is not None else None

    # -- hover --------------------------------------------------------------------------

    def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        doc = self.docs.get(params.text_document.uri)
        if doc is None or doc.kind is None or doc.excluded:
            return None
        self.fresh(doc)
        if doc.result is None:
            return None
        index = LineIndex(doc.text, self.encoding)
        line, column = index.from_lsp(params.position.line, params.position.character)
        for suppression in doc.result.suppressions:
            for code, span in suppression.codes:
                if span.line == line and span.column <= column <= span.end_column:
                    return lsp.Hover(contents=markup(hover_text(code), self.capability_formats("hover")),
                                     range=convert.lsp_range(index, span))
        return None


def lint_buffer(linter, path: Path, text: str, kind: str) -> FileResult:
    """Lint an editor buffer. A lone surrogate (JSON allows ``"\\ud800"``) is not UTF-8:
    it reaches the decoder as an invalid byte sequence and becomes a positioned SUM001."""
    return linter.lint_bytes(path, text.encode("utf-8", errors="surrogatepass"), kind)


SUPPRESSION_PREFIX_RE = re.compile(
    r"(?:#|;|<!--)\s*sumlint\s*:\s*disable(?:-file)?\s*=\s*(?P<codes>(?:[A-Za-z0-9]+\s*,\s*)*)(?P<partial>[A-Za-z0-9]*)$")


def markup(markdown: str, formats) -> lsp.MarkupContent:
    """Markdown when the client renders it (its declared formats), else plain text."""
    if formats is None or lsp.MarkupKind.Markdown in formats:
        return lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=markdown)
    plain = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1: \2", markdown).replace("**", "").replace("`", "")
    return lsp.MarkupContent(kind=lsp.MarkupKind.PlainText, value=plain)


def completion_items(line_before: str, nearby: list[str], formats=None) -> list[lsp.CompletionItem] | None:
    """Rule codes to complete after ``sumlint: disable=`` (and after each comma); the codes
    of diagnostics on the lines the comment covers come first."""
    match = SUPPRESSION_PREFIX_RE.search(line_before)
    if match is None:
        return None
    from sumlint.registry import all_rules

    taken = {c.strip() for c in match.group("codes").split(",") if c.strip()}
    partial = match.group("partial").upper()
    items = []
    for code, rule in all_rules().items():
        if code in taken or not code.startswith(partial):
            continue
        rank = "0" if code in nearby else "1"
        items.append(lsp.CompletionItem(
            label=code, kind=lsp.CompletionItemKind.Value, detail=rule.name,
            documentation=markup(hover_text(code), formats),
            sort_text=f"{rank}{code}", filter_text=code))
    return items


def hover_text(code: str) -> str:
    from sumlint.registry import all_rules

    rule = all_rules().get(code)
    if rule is not None:
        details = [", ".join(sorted(rule.kinds)) if rule.kinds else "", str(rule.severity),
                   "fixable" if rule.fixable else ""]
        return (f"**{code}** `{rule.name}`: {rule.summary}\n\n"
                f"{' · '.join(d for d in details if d)}\n\n[Documentation]({rule.doc_url()})")
    if code.startswith("SC"):
        return f"**{code}**: a ShellCheck check\n\n[Documentation]({convert.SHELLCHECK_WIKI.format(code=code)})"
    return f"**{code}** is not a sumlint rule (`sumlint rules` lists them)"


def build_server() -> SumlintServer:
    server = SumlintServer()

    @server.feature(lsp.INITIALIZE)
    @_guard
    def initialize(ls: SumlintServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict):
            if isinstance(options.get("sumlint"), dict):
                options = options["sumlint"]
            debounce = options.get("debounce")
            if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
                ls.debounce = debounce / 1000

    @server.feature(lsp.INITIALIZED)
    @_guard
    def initialized(ls: SumlintServer, params: lsp.InitializedParams) -> None:
        ls.setup_projects()
        ls.spawn(ls.register_watchers())

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    @_guard
    def did_open(ls: SumlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if not ls.projects:
            ls.setup_projects()
        doc = ls.open(item.uri, item.version, item.language_id)
        ls.lint(doc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    @_guard
    def did_change(ls: SumlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        doc = ls.docs.get(params.text_document.uri)
        if doc is None:
            return
        doc.version = params.text_document.version
        if doc.virtual or doc.kind is None:
            ls.classify(doc)  # a change of language (untitled) or a shebang typed into a new script
        ls.schedule(doc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    @_guard
    def did_save(ls: SumlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        doc = ls.docs.get(params.text_document.uri)
        fs_path = to_fs_path(params.text_document.uri)
        if fs_path:  # a config file, or a base configuration one extends
            path = Path(fs_path)
            affected = [p for p in ls.projects if p.affected_by_config_file(path)]
            if affected:
                ls.reload_config(affected)
        if doc is not None:
            ls.lint(doc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    @_guard
    def did_close(ls: SumlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        doc = ls.docs.get(params.text_document.uri)
        if doc is not None:
            ls.close(doc)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @_guard
    def did_change_watched_files(ls: SumlintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.spawn(ls.files_changed(list(params.changes)))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    @_guard
    def did_change_folders(ls: SumlintServer, params: lsp.DidChangeWorkspaceFoldersParams) -> None:
        removed = {key_of(to_fs_path(f.uri) or f.uri) for f in params.event.removed}
        ls.projects = [p for p in ls.projects if not (p.folder and key_of(p.start) in removed)]
        ls.setup_projects()
        for doc in list(ls.docs.values()):
            path = None if doc.virtual else doc.path
            doc.project = ls.project_for(path)
            ls.classify(doc)
            ls.lint(doc)

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]))
    @_guard
    def code_action(ls: SumlintServer, params: lsp.CodeActionParams):
        return ls.code_actions(params)

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=["=", ","]))
    @_guard
    def completion(ls: SumlintServer, params: lsp.CompletionParams):
        return ls.completion(params)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    @_guard
    def hover(ls: SumlintServer, params: lsp.HoverParams):
        return ls.hover(params)

    @server.feature(lsp.SHUTDOWN)
    @_guard
    def shutdown(ls: SumlintServer, params: Any) -> None:
        for doc in ls.docs.values():
            ls.cancel_timer(doc)
        for task in list(ls.tasks):
            task.cancel()

    return server


def serve() -> None:
    """Run the server on stdin/stdout until the client says exit (or goes away)."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING,
                        format="sumlint server: %(levelname)s: %(message)s")
    stdin, stdout = _private_stdio()
    build_server().start_io(stdin, stdout)


def _private_stdio():
    """The LSP stream on private copies of fds 0 and 1; fd 0 becomes /dev/null and fd 1 a copy
    of stderr. A print() in a rule or a subprocess (ShellCheck) that inherits the standard
    streams can then neither corrupt the protocol nor swallow the client's messages."""
    import os

    try:
        stdin = os.fdopen(os.dup(0), "rb")
        stdout = os.fdopen(os.dup(1), "wb")
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.dup2(2, 1)
    except OSError:
        return sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    return stdin, stdout
