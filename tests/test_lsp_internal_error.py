"""The language server with a rule that crashes (a bug in sumlint, made on purpose): the
document still gets its other diagnostics, plus SUM004 at its first line, and the crash is
shown to the user once and logged with its traceback. The real server in a subprocess whose
SUM107 raises on a buffer containing ``CRASH``."""

from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from lsp_support import (
    CELERY_UNIT,
    change_document,
    codes,
    initialize,
    open_document,
    wait_for_diagnostics,
)
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio

CRASHING_SERVER = """
from sumlint.registry import load_rule

rule = load_rule("SUM107")
check = rule.check


def crashing_check(self, model, ctx):
    if ctx.source is not None and "CRASH" in ctx.source.text:
        raise IndexError("list index out of range")
    return check(self, model, ctx)


rule.check = crashing_check

from sumlint.cli import main

main(["server"])
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-c", CRASHING_SERVER]),
                    scope="function")
async def client(lsp_client: LanguageClient):
    @lsp_client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        pass

    yield
    if lsp_client.error is None:
        await lsp_client.shutdown_session()


def crash_messages(client) -> list[str]:
    return [m.message for m in client.messages if "internal error" in m.message]


async def test_a_crashing_rule_leaves_the_other_diagnostics_and_adds_sum004(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    path = tmp_path / "celery.service"
    text = "# CRASH\n" + CELERY_UNIT
    path.write_text(text)
    uri = open_document(client, path, text, "systemd")
    diagnostics = await wait_for_diagnostics(client, uri, lambda ds: "SUM004" in codes(ds))
    assert "SUM101" in codes(diagnostics)  # the other rules still report
    [internal] = [d for d in diagnostics if d.code == "SUM004"]
    assert internal.severity == lsp.DiagnosticSeverity.Error
    assert (internal.range.start.line, internal.range.start.character) == (0, 0)
    assert internal.message.startswith("internal error in SUM107: IndexError: list index out of range")
    # Shown once, though every lint of the buffer crashes again; logged with the traceback.
    change_document(client, uri, 2, text + "\n")
    await wait_for_diagnostics(client, uri, lambda ds: "SUM004" in codes(ds))
    await asyncio.sleep(0.3)
    [shown] = crash_messages(client)
    assert "internal error in SUM107 on " in shown and "IndexError: list index out of range" in shown
    logged = [m.message for m in client.log_messages if "internal error in SUM107" in m.message]
    assert logged and "Traceback (most recent call last):" in logged[0]
    # The bug's trigger removed: SUM004 goes, the other diagnostics stay.
    change_document(client, uri, 3, CELERY_UNIT)
    diagnostics = await wait_for_diagnostics(client, uri, lambda ds: "SUM004" not in codes(ds))
    assert "SUM101" in codes(diagnostics)
