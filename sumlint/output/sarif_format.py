"""SARIF 2.1.0 (OASIS), for code-scanning tools such as GitHub code scanning.

One run; ``tool.driver.rules`` describes every rule that has a result (id, name, short and
full description, help as text and markdown from the rule's docstring, helpUri, default
level). Each result has ruleId, ruleIndex, level, message and a physical location whose
``uri`` is relative to the project root (``uriBaseId`` ``PROJECTROOT``, resolved in
``originalUriBaseIds``); a file outside the root gets an absolute ``file://`` URI.
``Diagnostic.related`` become relatedLocations, fixes become SARIF fixes. Each result has a
``partialFingerprints`` entry (``sumlintFinding/v1``) that hashes the code, the file, the
message and the rank among identical findings of the file, not the line, so that code
scanning keeps tracking an alert when lines move (``sumlint.output.fingerprints``). Suppressed
diagnostics are always included, with an ``inSource`` suppression whose justification is
the comment's reason. Columns count Unicode code points (``columnKind``), end exclusive.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from sumlint.diagnostics import Severity, Span
from sumlint.output import OutputContext
from sumlint.output.fingerprints import fingerprint, ranks

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "PROJECTROOT"
INFORMATION_URI = "https://github.com/sumlint/sumlint"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "sumlintFinding/v1"


def _artifact(path: str, root: Path | None) -> dict:
    p = Path(path)
    if root is not None:
        try:
            return {"uri": quote(p.relative_to(root).as_posix(), safe="/"), "uriBaseId": BASE_ID}
        except ValueError:
            pass
    return {"uri": p.absolute().as_uri()}


def _region(span: Span) -> dict:
    return {"startLine": span.line, "startColumn": span.column,
            "endLine": max(span.end_line, span.line),
            "endColumn": span.end_column if span.end_line > span.line else max(span.end_column, span.column)}


def _descriptor(code: str, rule) -> dict:
    if rule is None:  # a bridged tool's code (ShellCheck)
        url = f"https://www.shellcheck.net/wiki/{code}" if code.startswith("SC") else INFORMATION_URI
        return {"id": code, "name": code, "shortDescription": {"text": f"ShellCheck {code}"},
                "helpUri": url, "help": {"text": f"See {url}", "markdown": f"See [{code}]({url})."},
                "defaultConfiguration": {"level": "warning"}}
    from sumlint.docs import sections

    doc = rule.doc or rule.summary
    what = sections(doc).get("What it does") or rule.summary
    return {
        "id": rule.code, "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(what.split())},
        "help": {"text": doc, "markdown": doc},
        "helpUri": rule.doc_url(),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": sorted({rule.family or "engine", *rule.kinds})},
    }


def build(diagnostics, context: OutputContext) -> dict:
    from sumlint import __version__
    from sumlint.registry import all_rules

    known = all_rules()
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    root = context.root
    results = []
    rank = ranks(diagnostics)
    for d in diagnostics:
        artifact = _artifact(d.path, root)
        location = {"physicalLocation": {"artifactLocation": artifact, "region": _region(d.span)}}
        result: dict = {"ruleId": d.code, "ruleIndex": index[d.code], "level": LEVELS[d.severity],
                        "message": {"text": d.message}, "locations": [location],
                        "partialFingerprints": {
                            FINGERPRINT_KEY: fingerprint(d.code, artifact["uri"], d.message, rank[id(d)])}}
        if d.related:
            result["relatedLocations"] = [
                {"id": i + 1, "message": {"text": r.message},
                 "physicalLocation": {"artifactLocation": _artifact(r.path, root), "region": _region(r.span)}}
                for i, r in enumerate(d.related)]
        if d.fix:
            result["fixes"] = [{
                "description": {"text": d.fix.message + ("" if d.fix.safe else " (unsafe)")},
                "artifactChanges": [{
                    "artifactLocation": _artifact(d.path, root),
                    "replacements": [{"deletedRegion": _region(e.span), "insertedContent": {"text": e.new_text}}
                                     for e in d.fix.edits]}]}]
        if d.suppressed:
            suppression = {"kind": "inSource", "status": "accepted"}
            if d.suppressed.reason:
                suppression["justification"] = d.suppressed.reason
            result["suppressions"] = [suppression]
        results.append(result)
    run: dict = {
        "tool": {"driver": {"name": "sumlint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI,
                            "rules": [_descriptor(c, known.get(c)) for c in codes]}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": True}],
    }
    if root is not None:
        uri = Path(root).absolute().as_uri()
        run["originalUriBaseIds"] = {BASE_ID: {"uri": uri if uri.endswith("/") else uri + "/"}}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(diagnostics, context: OutputContext) -> str:
    return json.dumps(build(list(diagnostics), context), indent=2) + "\n"
