"""Helpers for the end-to-end language server tests (the real server, a real client)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Callable, Sequence

from lsprotocol import types as lsp

SERVER_COMMAND = [sys.executable, "-m", "sumlint", "server"]

CELERY_UNIT = """\
[Unit]
Description=Celery worker
After=network.target

[Service]
Type=simple
ExecStart=/srv/site/venv/bin/celery -A config worker --loglevel=INFO

[Install]
WantedBy=multi-user.target
"""

CELERY_UNIT_FIXED = CELERY_UNIT.replace(
    "After=network.target\n", "After=network.target redis-server.service\nWants=redis-server.service\n")


def capabilities(document_changes: bool = True, encodings: Sequence[str] | None = None,
                 watch_registration: bool = True, progress: bool = False) -> lsp.ClientCapabilities:
    return lsp.ClientCapabilities(
        window=lsp.WindowClientCapabilities(work_done_progress=progress),
        general=lsp.GeneralClientCapabilities(position_encodings=list(encodings)) if encodings else None,
        workspace=lsp.WorkspaceClientCapabilities(
            workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=document_changes),
            did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=watch_registration),
        ),
        text_document=lsp.TextDocumentClientCapabilities(
            publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(
                related_information=True, version_support=True,
                code_description_support=True, tag_support=lsp.ClientDiagnosticsTagOptions(
                    value_set=[lsp.DiagnosticTag.Unnecessary])),
            code_action=lsp.CodeActionClientCapabilities(
                code_action_literal_support=lsp.ClientCodeActionLiteralOptions(
                    code_action_kind=lsp.ClientCodeActionKindOptions(
                        value_set=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll,
                                   lsp.CodeActionKind.Source])),
                is_preferred_support=True),
            hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown]),
            completion=lsp.CompletionClientCapabilities(completion_item=lsp.ClientCompletionItemOptions(
                documentation_format=[lsp.MarkupKind.Markdown, lsp.MarkupKind.PlainText])),
        ),
    )


async def initialize(client, root: Path, debounce_ms: int = 0, **caps) -> lsp.InitializeResult:
    return await client.initialize_session(lsp.InitializeParams(
        capabilities=capabilities(**caps),
        root_uri=root.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options={"debounce": debounce_ms},
    ))


def open_document(client, path: Path, text: str | None = None, language_id: str = "",
                  version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id=language_id, version=version,
                                           text=path.read_text() if text is None else text)))
    return uri


def change_document(client, uri: str, version: int, text: str) -> None:
    """A full-text change (the simplest sync every client supports)."""
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))


async def wait_for_diagnostics(client, uri: str, predicate: Callable[[list], bool],
                               timeout: float = 60.0) -> list[lsp.Diagnostic]:
    """Wait until the latest diagnostics published for ``uri`` satisfy ``predicate``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        current = client.diagnostics.get(uri)
        if current is not None and predicate(list(current)):
            return list(current)
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for diagnostics on {uri}; last: {current!r}")
        await asyncio.sleep(0.02)


def codes(diagnostics) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def apply_edits(text: str, edits: Sequence[lsp.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) to ``text`` the way an editor does."""
    lines = text.split("\n")

    def offset(position: lsp.Position) -> int:
        line = min(position.line, len(lines) - 1)
        start = sum(len(l) + 1 for l in lines[:line])
        units = 0
        column = 0
        for char in lines[line]:
            if units >= position.character:
                break
            units += 2 if ord(char) > 0xFFFF else 1
            column += 1
        return start + column

    result = text
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        result = result[:start] + edit.new_text + result[end:]
    return result


def edits_of(action: lsp.CodeAction, uri: str) -> list[lsp.TextEdit]:
    edit = action.edit
    assert edit is not None, action
    if edit.document_changes:
        return [e for change in edit.document_changes if change.text_document.uri == uri for e in change.edits]
    return list((edit.changes or {}).get(uri, []))


async def raw_request(client, method: str, params) -> object:
    """Send a request whose params the client's types would refuse (a malformed request)."""
    import uuid
    from concurrent.futures import Future

    msg_id = str(uuid.uuid4())
    future: Future = Future()
    client.protocol._request_futures[msg_id] = future
    client.protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
    return await asyncio.wait_for(asyncio.wrap_future(future), 20)


def raw_bytes(client, body: bytes) -> None:
    """Send bytes that are not a JSON-RPC message at all, with a correct header."""
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)


def record_publishes(client, uri: str) -> list[tuple[int | None, list]]:
    """Every publishDiagnostics for ``uri`` from now on, as (version, diagnostics)."""
    seen: list[tuple[int | None, list]] = []

    def on_publish(params) -> None:
        if params.uri == uri:
            seen.append((params.version, list(params.diagnostics)))
        listen()

    def listen() -> None:
        client.protocol.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, on_publish)

    listen()
    return seen
