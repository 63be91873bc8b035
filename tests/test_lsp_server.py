"""End-to-end tests of `sumlint server`: the real server in a subprocess, a pytest-lsp client."""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from pygls.exceptions import JsonRpcException, JsonRpcMethodNotFound

from lsp_support import (CELERY_UNIT, CELERY_UNIT_FIXED, SERVER_COMMAND, apply_edits, change_document,
                         codes, edits_of, initialize, open_document, raw_bytes, raw_request,
                         record_publishes, wait_for_diagnostics)

pytestmark = pytest.mark.asyncio


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND), scope="function")
async def client(lsp_client: LanguageClient):
    lsp_client.registrations = []

    @lsp_client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        lsp_client.registrations.extend(params.registrations)

    @lsp_client.feature(lsp.CLIENT_UNREGISTER_CAPABILITY)
    def unregister(params: lsp.UnregistrationParams) -> None:
        gone = {u.id for u in params.unregisterations}
        lsp_client.registrations[:] = [r for r in lsp_client.registrations if r.id not in gone]

    yield
    if lsp_client.error is None:
        await lsp_client.shutdown_session()


def has(code: str):
    return lambda diagnostics: code in codes(diagnostics)


async def code_actions(client, uri: str, diagnostic: lsp.Diagnostic | None = None,
                       only: list[str] | None = None, range_: lsp.Range | None = None):
    rng = range_ or (diagnostic.range if diagnostic else lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)))
    return await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), range=rng,
        context=lsp.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [], only=only)))


async def test_diagnostics_on_open_of_celery_unit(client: LanguageClient, tmp_path):
    (tmp_path / "celery.service").write_text(CELERY_UNIT)
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", language_id="systemd")
    diagnostics = await wait_for_diagnostics(client, uri, has("SUM101"))
    [sum101] = [d for d in diagnostics if d.code == "SUM101"]
    assert sum101.source == "sumlint"
    assert sum101.severity == lsp.DiagnosticSeverity.Error
    assert sum101.code_description is not None
    assert sum101.code_description.href.endswith("#sum101")
    assert "redis" in sum101.message.lower()
    # The diagnostic points into the [Unit] section of the file, on a real token.
    line = CELERY_UNIT.split("\n")[sum101.range.start.line]
    assert sum101.range.start.character < sum101.range.end.character <= len(line)
    assert line[sum101.range.start.character:sum101.range.end.character].strip()


async def test_diagnostics_cleared_after_change_with_the_fix(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))
    change_document(client, uri, 2, CELERY_UNIT_FIXED)
    assert await wait_for_diagnostics(client, uri, lambda d: not d) == []
    # Unsaved buffers are linted, not the file on disk (which does not even exist here).
    assert not (tmp_path / "celery.service").exists()


async def test_code_action_applies_the_sum101_fix(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    diagnostics = await wait_for_diagnostics(client, uri, has("SUM101"))
    [sum101] = [d for d in diagnostics if d.code == "SUM101"]
    actions = await code_actions(client, uri, sum101)
    fixes = [a for a in actions if a.kind == lsp.CodeActionKind.QuickFix and a.is_preferred]
    assert len(fixes) == 1, [a.title for a in actions]
    assert "SUM101" in fixes[0].title and "unsafe" not in fixes[0].title
    assert fixes[0].diagnostics and fixes[0].diagnostics[0].code == "SUM101"
    fixed = apply_edits(CELERY_UNIT, edits_of(fixes[0], uri))
    assert fixed == CELERY_UNIT_FIXED
    change_document(client, uri, 2, fixed)
    assert await wait_for_diagnostics(client, uri, lambda d: not d) == []


async def test_code_actions_offer_disable_comment_and_fix_all(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    [sum101] = [d for d in await wait_for_diagnostics(client, uri, has("SUM101")) if d.code == "SUM101"]
    actions = await code_actions(client, uri, sum101)
    titles = [a.title for a in actions]
    assert "Disable SUM101 for this line" in titles
    assert "Disable SUM101 for this file" in titles
    assert "Fix all safe sumlint fixes in this file" in titles
    [whole_file] = [a for a in actions if a.title == "Disable SUM101 for this file"]
    assert apply_edits(CELERY_UNIT, edits_of(whole_file, uri)).startswith("# sumlint: disable-file=SUM101\n[Unit]")
    [disable] = [a for a in actions if a.title == "Disable SUM101 for this line"]
    disabled = apply_edits(CELERY_UNIT, edits_of(disable, uri))
    line = sum101.range.start.line
    assert disabled.split("\n")[line] == "# sumlint: disable=SUM101"  # units: a line above
    change_document(client, uri, 2, disabled)
    assert await wait_for_diagnostics(client, uri, lambda d: not d) == []

    change_document(client, uri, 3, CELERY_UNIT)
    await wait_for_diagnostics(client, uri, has("SUM101"))
    only = await code_actions(client, uri, only=[lsp.CodeActionKind.SourceFixAll])
    assert [a.kind for a in only] == ["source.fixAll.sumlint"]
    assert apply_edits(CELERY_UNIT, edits_of(only[0], uri)) == CELERY_UNIT_FIXED
    # `only` filters: no quick fixes when the client asks for source actions.
    assert not [a for a in only if a.kind == lsp.CodeActionKind.QuickFix]


async def test_edits_are_plain_changes_without_document_changes_support(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path, document_changes=False)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    [sum101] = [d for d in await wait_for_diagnostics(client, uri, has("SUM101")) if d.code == "SUM101"]
    [fix] = [a for a in await code_actions(client, uri, sum101) if a.is_preferred]
    assert fix.edit.document_changes is None and uri in fix.edit.changes
    assert apply_edits(CELERY_UNIT, fix.edit.changes[uri]) == CELERY_UNIT_FIXED


async def test_hover_on_suppression_code_shows_the_rule_summary(client: LanguageClient, tmp_path):
    from sumlint.registry import all_rules

    await initialize(client, tmp_path)
    text = "# sumlint: disable=SUM101 -- the broker runs on another host\n" + CELERY_UNIT
    uri = open_document(client, tmp_path / "celery.service", text, "systemd")
    await wait_for_diagnostics(client, uri, lambda d: "SUM101" not in codes(d))
    column = text.index("SUM101") + 2
    hover = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, column)))
    assert hover is not None
    assert all_rules()["SUM101"].summary in hover.contents.value
    assert all_rules()["SUM101"].doc_url() in hover.contents.value
    assert (hover.range.start.character, hover.range.end.character) == (text.index("SUM101"), text.index("SUM101") + 6)
    # Elsewhere on the line: no hover.
    nothing = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, 3)))
    assert nothing is None


async def test_non_ascii_columns_follow_the_negotiated_encoding(client: LanguageClient, tmp_path):
    # An unused suppression (SUM002) after characters outside ASCII and outside the BMP.
    text = 'echo "Grüße 🚀"  # sumlint: disable=SUM001\n'
    await initialize(client, tmp_path, encodings=["utf-8", "utf-16"])
    uri = open_document(client, tmp_path / "deploy.sh", text, "shellscript")
    [unused] = [d for d in await wait_for_diagnostics(client, uri, has("SUM002")) if d.code == "SUM002"]
    start = text.index("SUM001")
    assert unused.range.start.character == len(text[:start].encode("utf-8"))  # utf-8 negotiated
    assert unused.range.end.character == len(text[:start].encode("utf-8")) + 6
    assert lsp.DiagnosticTag.Unnecessary in (unused.tags or [])


async def test_utf16_is_the_default_encoding(client: LanguageClient, tmp_path):
    text = 'echo "Grüße 🚀"  # sumlint: disable=SUM001\n'
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "deploy.sh", text, "shellscript")
    [unused] = [d for d in await wait_for_diagnostics(client, uri, has("SUM002")) if d.code == "SUM002"]
    start = text.index("SUM001")
    assert unused.range.start.character == len(text[:start].encode("utf-16-le")) // 2
    # The fix (remove the comment) round-trips through UTF-16 positions.
    actions = await code_actions(client, uri, unused)
    [remove] = [a for a in actions if a.is_preferred]
    assert apply_edits(text, edits_of(remove, uri)) == 'echo "Grüße 🚀"\n'


async def test_debounce_coalesces_changes(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path, debounce_ms=300)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))
    seen = record_publishes(client, uri)
    for version in range(2, 7):  # five quick edits, well within the debounce
        change_document(client, uri, version, CELERY_UNIT + f"# edit {version}\n")
    await wait_for_diagnostics(client, uri, lambda d: bool(seen))
    await asyncio.sleep(0.6)
    assert [version for version, _ in seen] == [6]  # linted once, for the last text


async def test_config_reload_and_broken_config(client: LanguageClient, tmp_path):
    config = tmp_path / "sumlint.toml"
    config.write_text('ignore = []\n')
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))

    config.write_text('ignore = ["SUM101"]\n')
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
    assert await wait_for_diagnostics(client, uri, lambda d: not d) == []

    # A broken config: a diagnostic on the config file; the last good config stays in use.
    config.write_text('ignore = ["SUM101"]\nselcet = ["SUM"]\n')
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
    [problem] = await wait_for_diagnostics(client, config.as_uri(), lambda d: len(d) == 1)
    assert problem.severity == lsp.DiagnosticSeverity.Error
    assert "selcet" in problem.message and "select" in problem.message  # did-you-mean
    assert (problem.range.start.line, problem.range.start.character, problem.range.end.character) == (1, 0, 6)
    change_document(client, uri, 2, CELERY_UNIT + "\n")
    await asyncio.sleep(0.3)
    assert codes(client.diagnostics[uri]) == []

    # Saving a fixed config (didSave) reloads it and clears the config diagnostic.
    config.write_text('ignore = []\n')
    config_uri = open_document(client, config, language_id="toml")
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(
        text_document=lsp.TextDocumentIdentifier(uri=config_uri)))
    await wait_for_diagnostics(client, config_uri, lambda d: not d)
    await wait_for_diagnostics(client, uri, has("SUM101"))


async def test_a_changed_base_configuration_is_reloaded(client: LanguageClient, tmp_path):
    """`extend` names a shared base under any file name: a change to it (on disk, or saved
    in the editor) reloads the projects that extend it."""
    base = tmp_path / "shared" / "team-base.toml"
    base.parent.mkdir()
    base.write_text("ignore = []\n")
    site = tmp_path / "site"
    site.mkdir()
    (site / "sumlint.toml").write_text('extend = "../shared/team-base.toml"\n')
    await initialize(client, site)
    uri = open_document(client, site / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))

    base.write_text('ignore = ["SUM101"]\n')
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=base.as_uri(), type=lsp.FileChangeType.Changed)]))
    assert await wait_for_diagnostics(client, uri, lambda d: not d) == []

    base.write_text("ignore = []\n")
    base_uri = open_document(client, base, language_id="toml")
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(
        text_document=lsp.TextDocumentIdentifier(uri=base_uri)))
    await wait_for_diagnostics(client, uri, has("SUM101"))


async def test_invalid_toml_at_start_is_reported_with_its_position(client: LanguageClient, tmp_path):
    config = tmp_path / "sumlint.toml"
    config.write_text('select = ["SUM"]\nignore = [\n')
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    # Defaults are used meanwhile, so the unit is still linted.
    await wait_for_diagnostics(client, uri, has("SUM101"))
    [problem] = await wait_for_diagnostics(client, config.as_uri(), lambda d: len(d) == 1)
    assert "invalid TOML" in problem.message
    assert (problem.range.start.line, problem.range.start.character, problem.range.end.character) == (1, 9, 10)


async def test_bad_input_never_stops_the_server(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    unknown = (tmp_path / "never-opened.service").as_uri()
    # Notifications about a document the server was never told about.
    change_document(client, unknown, 2, "[Unit]\n")
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=unknown)))
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=unknown)))
    # Requests about it: nothing.
    assert await code_actions(client, unknown) is None
    assert await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=unknown), position=lsp.Position(0, 0))) is None
    # A file of no kind sumlint reads: no diagnostics, no actions.
    notes = open_document(client, tmp_path / "notes.txt", "# sumlint: disable=SUM101\n", "plaintext")
    assert await code_actions(client, notes) is None
    # A binary-ish buffer and an absurd position.
    weird = open_document(client, tmp_path / "weird.sh", "\x00\x01\ud800", "shellscript")
    await wait_for_diagnostics(client, weird, has("SUM001"))
    assert await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=weird), position=lsp.Position(99, 99))) is None
    # A malformed request and an unknown method: LSP errors.
    with pytest.raises(JsonRpcException):
        await raw_request(client, lsp.TEXT_DOCUMENT_CODE_ACTION, {"textDocument": 7})
    with pytest.raises(JsonRpcException):
        await raw_request(client, lsp.TEXT_DOCUMENT_HOVER, {"textDocument": {"uri": weird}, "position": {"line": -5}})
    with pytest.raises(JsonRpcMethodNotFound):
        await raw_request(client, "sumlint/noSuchMethod", {})
    raw_bytes(client, b"{this is not json")
    # Still serving.
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))
    assert list(client.diagnostics.get(notes, [])) == []


# -- cross-file rules ------------------------------------------------------------------------

WORKER_UNIT = """\
[Unit]
After=redis6.service
Wants=redis6.service

[Service]
ExecStart=/srv/app/venv/bin/celery -A proj worker
"""
RUNBOOK = "# Provisioning\n\nInstall Redis and enable it: `systemctl enable --now {unit}`.\n"
SCRIPT = "#!/bin/bash\nset -euo pipefail\nsystemctl enable --now {unit}\n"


def cross_file_project(root, runbook_unit="redis-server.service"):
    (root / "deploy" / "systemd").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "deploy" / "systemd" / "celery.service").write_text(WORKER_UNIT)
    (root / "docs" / "runbook.md").write_text(RUNBOOK.format(unit=runbook_unit))
    return root / "deploy" / "systemd" / "celery.service", root / "docs" / "runbook.md"


def sum501_lines(diagnostics) -> list[int]:
    return sorted(d.range.start.line for d in diagnostics if d.code == "SUM501")


async def test_editing_the_runbook_updates_the_open_units_diagnostics(client: LanguageClient, tmp_path):
    unit, runbook = cross_file_project(tmp_path)
    await initialize(client, tmp_path)
    unit_uri = open_document(client, unit, language_id="systemd")
    # Facts of the whole workspace (the runbook is not open) are read at start-up.
    diagnostics = await wait_for_diagnostics(client, unit_uri, has("SUM501"))
    assert sum501_lines(diagnostics) == [1, 2]
    [first] = [d for d in diagnostics if d.code == "SUM501" and d.range.start.line == 1]
    assert first.related_information and first.related_information[0].location.uri == runbook.as_uri()
    assert first.related_information[0].location.range.start.line == 2

    # Edit the runbook in the editor (unsaved): the unit's SUM501 goes away ...
    runbook_uri = open_document(client, runbook, language_id="markdown")
    change_document(client, runbook_uri, 2, RUNBOOK.format(unit="redis6.service"))
    await wait_for_diagnostics(client, unit_uri, lambda d: "SUM501" not in codes(d))
    # ... and comes back when the edit is undone.
    change_document(client, runbook_uri, 3, RUNBOOK.format(unit="redis-server.service"))
    await wait_for_diagnostics(client, unit_uri, lambda d: sum501_lines(d) == [1, 2])
    # Closing the runbook without saving: the disk version counts again (still redis-server).
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(
        text_document=lsp.TextDocumentIdentifier(uri=runbook_uri)))
    await asyncio.sleep(0.3)
    assert sum501_lines(client.diagnostics[unit_uri]) == [1, 2]


async def test_watched_file_changes_update_project_diagnostics(client: LanguageClient, tmp_path):
    unit, runbook = cross_file_project(tmp_path)
    await initialize(client, tmp_path)
    unit_uri = open_document(client, unit, language_id="systemd")
    await wait_for_diagnostics(client, unit_uri, has("SUM501"))
    [registration] = [r for r in client.registrations if r.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]  # raw JSON
    assert "**/*.service" in globs and "**/*.md" in globs and any("sumlint.toml" in g for g in globs)

    runbook.write_text(RUNBOOK.format(unit="redis6.service"))  # e.g. a git checkout
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=runbook.as_uri(), type=lsp.FileChangeType.Changed)]))
    await wait_for_diagnostics(client, unit_uri, lambda d: "SUM501" not in codes(d))

    runbook.unlink()
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=runbook.as_uri(), type=lsp.FileChangeType.Deleted)]))
    new = tmp_path / "docs" / "install.md"
    new.write_text(RUNBOOK.format(unit="redis-server.service"))
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=new.as_uri(), type=lsp.FileChangeType.Created)]))
    await wait_for_diagnostics(client, unit_uri, lambda d: sum501_lines(d) == [1, 2])


async def test_editing_the_provisioning_script_updates_the_unit(client: LanguageClient, tmp_path):
    from sumlint.runner import frontend

    if frontend("shell") is None:
        pytest.skip("the shell front-end is not in this tree yet (the runbook tests cover the mechanism)")
    unit, runbook = cross_file_project(tmp_path, runbook_unit="redis6.service")
    script = tmp_path / "provision.sh"
    script.write_text(SCRIPT.format(unit="redis6"))
    await initialize(client, tmp_path)
    unit_uri = open_document(client, unit, language_id="systemd")
    await wait_for_diagnostics(client, unit_uri, lambda d: "SUM501" not in codes(d) and "SUM101" in codes(d))
    script_uri = open_document(client, script, language_id="shellscript")
    change_document(client, script_uri, 2, SCRIPT.format(unit="redis-server"))
    # Now the script enables the policy's unit: the unit's redis6 names are the odd ones out.
    await wait_for_diagnostics(client, unit_uri, lambda d: sum501_lines(d) == [1, 2])


async def test_untitled_buffers_use_the_language_id_and_excluded_files_are_skipped(client: LanguageClient, tmp_path):
    (tmp_path / "sumlint.toml").write_text('extend-exclude = ["vendor"]\n')
    (tmp_path / "vendor").mkdir()
    await initialize(client, tmp_path)
    untitled = "untitled:Untitled-1"
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=untitled, language_id="systemd", version=1, text=CELERY_UNIT)))
    await wait_for_diagnostics(client, untitled, has("SUM101"))
    # An untitled MDX buffer is read as MDX: the indented line in a JSX block is prose.
    untitled_mdx = "untitled:Untitled-2"
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=untitled_mdx, language_id="mdx", version=1,
        text="# Setup\n\n<Card title=\"Cache\">\n    Redis is optional here.\n</Card>\n")))
    [sum301] = [d for d in await wait_for_diagnostics(client, untitled_mdx, has("SUM301")) if d.code == "SUM301"]
    assert (sum301.range.start.line, sum301.range.start.character) == (3, 13)
    # Excluded by the configuration, as `sumlint check` would: nothing is published.
    excluded = open_document(client, tmp_path / "vendor" / "celery.service", CELERY_UNIT, "systemd")
    included = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, included, has("SUM101"))
    assert list(client.diagnostics.get(excluded, [])) == []
    assert await code_actions(client, excluded) is None


async def test_fixes_keep_crlf_line_endings_and_the_bom(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    text = "\ufeff" + CELERY_UNIT.replace("\n", "\r\n")
    uri = open_document(client, tmp_path / "celery.service", text, "systemd")
    [sum101] = [d for d in await wait_for_diagnostics(client, uri, has("SUM101")) if d.code == "SUM101"]
    assert sum101.range.start.line == 0 and sum101.range.start.character >= 1  # after the BOM
    [fix] = [a for a in await code_actions(client, uri, sum101) if a.is_preferred]
    expected = "\ufeff" + CELERY_UNIT_FIXED.replace("\n", "\r\n")
    assert apply_edits(text, edits_of(fix, uri)) == expected
    [fix_all] = await code_actions(client, uri, only=["source.fixAll"])
    assert apply_edits(text, edits_of(fix_all, uri)) == expected


async def test_the_start_up_scan_reports_progress(client: LanguageClient, tmp_path):
    for number in range(60):
        (tmp_path / f"note{number}.md").write_text(f"# Note {number}\n\nNothing to see.\n")
    await initialize(client, tmp_path, progress=True)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))
    for _ in range(200):
        if any(r and isinstance(r[-1], lsp.WorkDoneProgressEnd) for r in client.progress_reports.values()):
            break
        await asyncio.sleep(0.05)
    [reports] = list(client.progress_reports.values())
    assert isinstance(reports[0], lsp.WorkDoneProgressBegin) and "sumlint" in reports[0].title
    assert isinstance(reports[-1], lsp.WorkDoneProgressEnd) and reports[-1].message == "60 files read"
    percentages = [r.percentage for r in reports if isinstance(r, lsp.WorkDoneProgressReport)]
    assert percentages == sorted(percentages) and percentages


async def test_published_versions_are_those_of_the_linted_text(client: LanguageClient, tmp_path):
    unit, runbook = cross_file_project(tmp_path)
    await initialize(client, tmp_path, debounce_ms=400)
    unit_uri = open_document(client, unit, language_id="systemd")
    await wait_for_diagnostics(client, unit_uri, lambda d: sum501_lines(d) == [1, 2])
    seen = record_publishes(client, unit_uri)
    # Version 2 of the unit (a line added on top) waits for its debounce; meanwhile another
    # file changes on disk, and the project's findings are re-published at once.
    change_document(client, unit_uri, 2, "# moved down\n" + WORKER_UNIT)
    runbook.write_text(RUNBOOK.format(unit="redis6.service"))
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=runbook.as_uri(), type=lsp.FileChangeType.Changed)]))
    await wait_for_diagnostics(client, unit_uri, lambda d: "SUM501" not in codes(d) and any(
        x.code == "SUM101" and x.range.start.line == 1 for x in d))
    assert seen and seen[-1][0] == 2
    for version, diagnostics in seen:
        [sum101] = [d for d in diagnostics if d.code == "SUM101"]
        # SUM101 sits on the [Unit] line: line 0 in version 1, line 1 in version 2.
        assert sum101.range.start.line == {1: 0, 2: 1}[version], seen


async def test_completion_of_codes_in_suppression_comments(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, uri, has("SUM101"))
    typed = "# sumlint: disable=SUM10"
    change_document(client, uri, 2, typed + "\n" + CELERY_UNIT)
    result = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, len(typed))))
    labels = [item.label for item in result.items]
    assert "SUM101" in labels and all(label.startswith("SUM10") for label in labels)
    # The code of the finding on the line the comment covers sorts first.
    first = min(result.items, key=lambda item: item.sort_text)
    assert first.label == "SUM101"
    # Elsewhere: no completions from sumlint.
    nothing = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(2, 3)))
    assert nothing is None


async def test_files_outside_the_workspace_and_added_folders(client: LanguageClient, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (second / "sumlint.toml").write_text('ignore = ["SUM101"]\n')
    await initialize(client, first)
    # A file outside every workspace folder: configured as `sumlint check FILE` would be.
    outside = open_document(client, second / "celery.service", CELERY_UNIT, "systemd")
    inside = open_document(client, first / "celery.service", CELERY_UNIT, "systemd")
    await wait_for_diagnostics(client, inside, has("SUM101"))
    await wait_for_diagnostics(client, outside, lambda d: d == [])
    client.workspace_did_change_workspace_folders(lsp.DidChangeWorkspaceFoldersParams(
        event=lsp.WorkspaceFoldersChangeEvent(
            added=[lsp.WorkspaceFolder(uri=second.as_uri(), name="second")], removed=[])))
    change_document(client, outside, 2, CELERY_UNIT + "\n")
    await asyncio.sleep(0.3)
    assert list(client.diagnostics[outside]) == [] and has("SUM101")(client.diagnostics[inside])


SAMPLES = {
    "deploy/celery.service": CELERY_UNIT,
    "deploy.sh": "#!/bin/bash\nset -euo pipefail\nredis-cli ping  # sumlint: disable=SUM001\n"
                 "cat <<EOF > /etc/x.conf\nbind 0.0.0.0\nEOF\nsystemctl restart sum-x-celery.service\n",
    "docs/runbook.md": "# Runbook\n\nRedis is optional.\n\n```bash\nsystemctl enable --now redis6\n```\n",
    "config/settings.py": 'import os\nCACHES = {"default": {"BACKEND": "x"}}\n',
    ".env.example": "REDIS_URL=redis://127.0.0.1:6380/0\n",
    "requirements.txt": "Django>=4.2\ncelery\n",
}
ALPHABET = list("abc =#\n\\\"'`[]{}$<>-_/é🚀") + ["sumlint: disable=SUM101", "```", "<<EOF\n", "[Unit]\n"]


async def test_random_edits_and_requests_never_break_the_server(client: LanguageClient, tmp_path):
    import random

    rng = random.Random(20261128)
    await initialize(client, tmp_path)
    texts: dict[str, str] = {}
    versions: dict[str, int] = {}
    for name, text in SAMPLES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        uri = open_document(client, path, text)
        texts[uri], versions[uri] = text, 1
    for _ in range(60):
        uri = rng.choice(sorted(texts))
        text = texts[uri]
        start = rng.randint(0, len(text))
        end = min(len(text), start + rng.randint(0, 8))
        text = text[:start] + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 4))) + text[end:]
        versions[uri] += 1
        texts[uri] = text
        change_document(client, uri, versions[uri], text)
        lines = text.split("\n")
        line = rng.randint(0, len(lines) + 1)
        position = lsp.Position(line, rng.randint(0, 12))
        actions = await code_actions(client, uri, range_=lsp.Range(lsp.Position(0, 0), position)) or []
        for action in actions:
            for edit in edits_of(action, uri):
                assert (edit.range.start.line, edit.range.start.character) <= (edit.range.end.line, edit.range.end.character)
                assert edit.range.end.line <= len(lines)
            apply_edits(text, edits_of(action, uri))  # applies cleanly
        await client.text_document_hover_async(lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=position))
        await client.text_document_completion_async(lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=position))
    # Still serving, with diagnostics inside each document.
    for uri, text in texts.items():
        diagnostics = await wait_for_diagnostics(client, uri, lambda d: True)
        for diagnostic in diagnostics:
            assert diagnostic.range.end.line <= len(text.split("\n"))
    assert not [m for m in client.log_messages if m.type == lsp.MessageType.Error], client.log_messages


async def test_unsafe_fixes_are_labelled_and_left_out_of_fix_all(client: LanguageClient, tmp_path):
    text = "[Unit]\nDescription=Web app\nWant=postgresql.service\n\n[Service]\nExecStart=/srv/app/venv/bin/gunicorn config.wsgi\n"
    await initialize(client, tmp_path)
    uri = open_document(client, tmp_path / "web.service", text, "systemd")
    [typo] = [d for d in await wait_for_diagnostics(client, uri, has("SUM103")) if d.code == "SUM103"]
    actions = await code_actions(client, uri, typo)
    [unsafe] = [a for a in actions if "Wants=" in a.title]
    assert "unsafe" in unsafe.title and not unsafe.is_preferred
    assert apply_edits(text, edits_of(unsafe, uri)) == text.replace("Want=", "Wants=")
    fix_all = await code_actions(client, uri, only=["source.fixAll.sumlint"])
    assert all("Wants=" not in apply_edits(text, edits_of(a, uri)) for a in fix_all)


async def test_new_kind_globs_are_watched_and_classify_files(client: LanguageClient, tmp_path):
    config = tmp_path / "sumlint.toml"
    config.write_text("ignore = []\n")
    await initialize(client, tmp_path)
    script = tmp_path / "release.deploy"
    uri = open_document(client, script, "echo hi  # sumlint: disable=SUM001\n", "plaintext")
    await asyncio.sleep(0.3)
    assert list(client.diagnostics.get(uri, [])) == []  # not a kind sumlint reads (yet)
    config.write_text('[kinds]\nshell = ["*.deploy"]\n')
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
    await wait_for_diagnostics(client, uri, has("SUM002"))  # now a shell script
    for _ in range(100):
        globs = [w["globPattern"] for r in client.registrations for w in r.register_options["watchers"]]
        if "**/*.deploy" in globs:
            break
        await asyncio.sleep(0.05)
    assert "**/*.deploy" in globs and len(client.registrations) == 1
