"""What systemd knows: sections per unit type, directives per section and their value types.

The table is ``sumlint/data/systemd_directives.json``, generated from the installed systemd
by ``python -m sumlint.systemd.gen_directives`` (never edited by hand). List semantics
(which directives accumulate over repeated lines and are reset by an empty assignment)
follow from the value type, plus the few ``OTHER``-typed directives that systemd.unit(5),
systemd.exec(5) and systemd.service(5) document as lists.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

# Value types whose directive is a blank-separated list, accumulating over lines.
WORD_LIST_TYPES = frozenset({"UNIT [...]", "PATH [...]", "MOUNTFLAG [...]", "SOCKETS", "STATUS",
                             "SYSCALLS", "FAMILIES", "NAMESPACES", "FILESYSTEMS", "ARCHS"})
# Value types where each line adds one item (the whole value), accumulating.
LINE_LIST_TYPES = frozenset({"PATH [ARGUMENT [...]]", "SOCKET [...]", "FILE", "CONDITION",
                             "PATH[:PATH[:OPTIONS]] [...]", "ENVIRON", "DEVICE", "DEVICEWEIGHT",
                             "DEVICELATENCY", "BANDWIDTH", "SOCKETBIND"})
# OTHER-typed directives that are documented as blank-separated lists.
WORD_LIST_KEYS = frozenset({
    "Documentation", "WantedBy", "RequiredBy", "Alias", "Also", "UpheldBy",
    "RuntimeDirectory", "StateDirectory", "CacheDirectory", "LogsDirectory",
    "ConfigurationDirectory", "SupplementaryGroups", "PassEnvironment", "UnsetEnvironment",
    "Sockets", "Symlinks", "ReadWriteDirectories", "ReadOnlyDirectories",
    "InaccessibleDirectories", "ExtensionDirectories", "ExtensionImages", "RestrictFileSystems",
    "BindPaths", "BindReadOnlyPaths", "TemporaryFileSystem", "ExecPaths", "NoExecPaths",
    "ConditionKernelCommandLine",
})
# OTHER-typed directives where each line adds an item.
LINE_LIST_KEYS = frozenset({"SetCredential", "SetCredentialEncrypted", "LoadCredential",
                            "LoadCredentialEncrypted", "ImportCredential", "LogExtraFields",
                            "ExecCondition", "ExecStartPre", "ExecStartPost", "ExecReload",
                            "ExecStop", "ExecStopPost", "ExecStart", "DeviceAllow",
                            "IPAddressAllow", "IPAddressDeny", "ListenStream", "ListenDatagram",
                            "ListenSequentialPacket", "ListenFIFO", "ListenSpecial",
                            "ListenNetlink", "ListenMessageQueue", "ListenUSBFunction",
                            "OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
                            "OnUnitInactiveSec", "OnCalendar", "OnClockChange",
                            "OnTimezoneChange", "PathExists", "PathExistsGlob", "PathChanged",
                            "PathModified", "DirectoryNotEmpty", "Environment",
                            "EnvironmentFile"})
EXEC_KEYS = ("ExecCondition", "ExecStartPre", "ExecStart", "ExecStartPost", "ExecReload",
             "ExecStop", "ExecStopPost")


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    from importlib import resources  # imported when a unit is first checked, not at start-up

    data = resources.files("sumlint.data").joinpath("systemd_directives.json").read_text("utf-8")
    return json.loads(data)


def version() -> str:
    return str(table().get("systemd_version", "unknown"))


def sections_for(unit_type: str | None) -> tuple[str, ...]:
    """The sections a unit of this type may have (every known section for an unknown type)."""
    data = table()
    if unit_type is None:
        return tuple(data["sections"])
    return tuple(data["unit_sections"].get(unit_type, ("Unit", "Install")))


def directive_type(section: str, key: str) -> str | None:
    """The value type systemd prints for ``[section] key=`` (None if unknown there)."""
    return table()["sections"].get(section, {}).get(key)


def sections_with(key: str) -> list[str]:
    return [name for name, items in table()["sections"].items() if key in items]


def keys_of(section: str) -> list[str]:
    return list(table()["sections"].get(section, {}))


@lru_cache(maxsize=4096)
def list_kind(section: str | None, key: str) -> str:
    """``"words"`` (blank-separated list), ``"lines"`` (one item per line) or ``"single"``."""
    if key in WORD_LIST_KEYS:
        return "words"
    if key in LINE_LIST_KEYS or key.startswith(("Condition", "Assert")):
        return "lines"
    kind = directive_type(section or "", key) if section else None
    if kind in WORD_LIST_TYPES:
        return "words"
    if kind in LINE_LIST_TYPES:
        return "lines"
    return "single"
