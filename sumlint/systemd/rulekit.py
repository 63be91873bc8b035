"""Helpers shared by the systemd rules: what a unit runs, unit-name matching, fix edits.

Cheap to import (no parser import); rules read ``UnitModel``s only.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sumlint.diagnostics import Span, TextEdit

if TYPE_CHECKING:
    from sumlint.policy import Service
    from sumlint.systemd.model import UnitModel
    from sumlint.systemd.parser import Directive

PULL_KEYS = ("Wants", "Requires", "BindsTo", "BindTo")


def label(model: "UnitModel") -> str:
    """How messages name the unit: its file name, or "this unit" for runbook blocks."""
    return f"`{model.name}`" if model.name else "this unit"


def command_words(model: "UnitModel", keys: tuple[str, ...] = ("ExecStart",)) -> list[str]:
    """The words of the unit's commands, with ``sh -c '...'`` scripts split into words too."""
    from sumlint.systemd.model import split_words

    words: list[str] = []
    for line in model.exec_lines:
        if line.key not in keys:
            continue
        for word in line.argv:
            if any(ch in word for ch in " \t"):
                words.extend(w for w, _, _ in split_words(word))
            else:
                words.append(word)
    return words


def service_unit_matches(service: "Service", item: str, model: "UnitModel") -> bool:
    """``item`` (a unit name in a dependency list) names the service, an alias, an instance
    of it (``redis-server@main.service``), or is a placeholder standing for a unit name."""
    if model.is_placeholder(item):
        return True
    if "." not in item:
        return False  # `After=redis`: systemd ignores a name without its type suffix (SUM104)
    if service.is_unit(item):
        return True
    if "@" in item:
        stem, _, rest = item.partition("@")
        suffix = rest.rsplit(".", 1)[-1] if "." in rest else "service"
        if service.is_unit(f"{stem}.{suffix}"):
            return True
    return False


def is_user_unit(model: "UnitModel") -> bool:
    """A user unit (``systemctl --user``): in a ``user/`` folder (``~/.config/systemd/user``)
    or installed into ``default.target``. It runs as its user and cannot depend on system
    units such as ``redis-server.service``."""
    parts = model.path.parts
    if "user" in parts[-3:-1] or any(p.endswith("systemd-user") for p in parts[:-1]):
        return True
    return any(item == "default.target" for item, _, _ in model.items("Install", "WantedBy"))


def depends_on(service: "Service", model: "UnitModel") -> bool:
    """The policy says this unit needs the service (its name or ExecStart words match)."""
    if not service.dependents:
        return False
    if model.name and service.is_unit(model.name):
        return False  # the service itself
    words = [model.name] if model.name else []
    words.extend(command_words(model))
    return service.depends(*words) if words else False


def mentions(model: "UnitModel", section: str, keys: tuple[str, ...], service: "Service") \
        -> list[tuple[str, Span, "Directive"]]:
    """Items in force under ``[section] key=`` (for any of ``keys``) naming the service."""
    found = []
    for key in keys:
        for item, span, directive in model.items(section, key):
            if service_unit_matches(service, item, model):
                found.append((item, span, directive))
    return found


@dataclass
class ListAddition:
    """Adding ``names`` to ``[section] key=``: merged into the file's last such line, or a
    new line (``line_text``) to insert after the section's last directive."""

    key: str
    names: list[str]
    edit: TextEdit | None = None  # when merged into an existing line
    line_text: str | None = None  # when a new line is needed


def add_to_list(model: "UnitModel", section: str, key: str, names: list[str]) -> ListAddition | None:
    """How to add ``names`` to a list directive in the file itself. None when a drop-in
    resets that list after the file (an edit to the file could not make it stick)."""
    if any(d.key == key and d.section == section and d.empty
           for dropin in model.dropins for d in dropin.file.directives):
        return None
    own = [d for d in model.directives if d.section == section and d.key == key]
    if own:
        last = own[-1]
        if "#" not in last.value and ";" not in last.value:
            if last.empty:
                line, column = last.position(0)
                return ListAddition(key, names, edit=TextEdit(Span(line, column, line, column),
                                                              " ".join(names)))
            end = last.value_span
            return ListAddition(key, names, edit=TextEdit(
                Span(end.end_line, end.end_column, end.end_line, end.end_column),
                " " + " ".join(names)))
    return ListAddition(key, names, line_text=f"{key}={' '.join(names)}")


def insert_lines(model: "UnitModel", section: str, lines: list[str]) -> TextEdit:
    """An edit that inserts ``lines`` at the end of the file's last ``[section]`` (after its
    last directive), or a new ``[section]`` before the first section."""
    own_sections = model.own_sections(section)
    text = "".join(line + "\n" for line in lines)
    if own_sections:
        # At the end of the last directive's (last physical) line: this stays right in a
        # block embedded in markdown too, where the line after a block is not the block's.
        target = own_sections[-1]
        last = target.directives[-1] if target.directives else None
        end_line = last.end_line if last else target.span.line
        end_column = last.end_column if last else target.span.end_column
        return TextEdit(Span(end_line, end_column, end_line, end_column), "\n" + text.rstrip("\n"))
    header = f"[{section}]\n" + text
    if model.sections:
        first = model.sections[0].span.line
        return TextEdit(Span(first, 1, first, 1), header + "\n")
    return TextEdit(Span(1, 1, 1, 1), header)


def section_anchor(model: "UnitModel", section: str) -> Span:
    """Where to report something missing from ``[section]``: its header, else the first
    section header, else the start of the file."""
    own = model.own_sections(section)
    if own:
        return own[0].span
    if model.sections:
        return model.sections[0].span
    return Span(1, 1, 1, 1)


def trailing_comment(key: str, value: str, value_type: str | None) -> int | None:
    """Offset of a ``#`` that starts a would-be trailing comment in ``value`` (systemd keeps
    it as part of the value), or None. A ``#`` counts when blanks come before it and, for
    free text (``Description=``), a blank or the end after it; in commands and environment
    assignments a ``#`` inside quotes does not count."""
    if "#" not in value:
        return None
    quoted = key.startswith("Exec") or key in ("Environment", "ExecCondition")
    free_text = value_type == "STRING"
    quote = None
    for i, ch in enumerate(value):
        if quoted:
            if quote:
                if ch == quote:
                    quote = None
                continue
            if ch in "'\"":
                quote = ch
                continue
        if ch != "#" or i == 0 or value[i - 1] not in " \t":
            continue
        nxt = value[i + 1: i + 2]
        if free_text and nxt not in ("", " ", "\t"):
            continue
        return i
    return None


def template_between(model: "UnitModel", first_line: int, second_line: int) -> bool:
    """A template statement (``{% else %}``) lies between two lines: both may not be in
    the rendered unit at once."""
    lines = model.file.template_lines  # ascending
    index = bisect.bisect_right(lines, first_line)
    return index < len(lines) and lines[index] < second_line
