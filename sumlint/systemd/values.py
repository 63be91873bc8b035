"""Value syntax of systemd directives, by the value type ``systemd --dump-configuration-items``
prints (``BOOLEAN``, ``SECONDS``, ``SERVICETYPE``, ...), following systemd's own parsers
(``parse_boolean()``, ``parse_sec()``, ``service_type_from_string()``, ...) and the man pages
systemd.unit(5), systemd.service(5), systemd.exec(5), systemd.kill(5), systemd.time(7).

``problem(section, key, value_type, value)`` returns None when the value parses, else a
short explanation. Only types whose syntax is certain are checked; everything else is
accepted (a linter that is unsure stays quiet). Callers skip values with placeholders.
"""

from __future__ import annotations

import re

BOOLEANS = ("1", "yes", "y", "true", "t", "on", "0", "no", "n", "false", "f", "off")
TIME_UNITS = ("usec", "us", "μs", "µs", "msec", "ms", "seconds", "second", "sec", "s",
              "minutes", "minute", "min", "m", "hours", "hour", "hr", "h", "days", "day", "d",
              "weeks", "week", "w", "months", "month", "M", "years", "year", "y")
_UNIT_ALT = "|".join(sorted(map(re.escape, TIME_UNITS), key=len, reverse=True))
TIMESPAN_RE = re.compile(
    rf"^(?:infinity|\+?(?:(?:\d+(?:\.\d+)?|\.\d+)[ \t]*(?:{_UNIT_ALT})?[ \t]*)+)$")
ENUMS: dict[str, tuple[str, ...]] = {
    "SERVICETYPE": ("simple", "exec", "forking", "oneshot", "dbus", "notify", "notify-reload",
                    "idle"),
    "SERVICERESTART": ("no", "on-success", "on-failure", "on-abnormal", "on-watchdog",
                       "on-abort", "always"),
    "SERVICEEXITTYPE": ("main", "cgroup"),
    "KILLMODE": ("control-group", "process", "mixed", "none"),
    "ACCESS": ("none", "main", "exec", "all"),
    "TIMEOUTMODE": ("terminate", "abort", "kill"),
    "ACTION": ("none", "reboot", "reboot-force", "reboot-immediate", "poweroff",
               "poweroff-force", "poweroff-immediate", "exit", "exit-force", "soft-reboot",
               "soft-reboot-force", "kexec", "kexec-force", "halt", "halt-force",
               "halt-immediate"),
}
JOB_MODES = ("fail", "replace", "replace-irreversibly", "isolate", "flush",
             "ignore-dependencies", "ignore-requirements")
OUTPUTS = ("inherit", "null", "tty", "journal", "kmsg", "journal+console", "kmsg+console",
           "socket", "syslog", "syslog+console")
INPUTS = ("null", "tty", "tty-force", "tty-fail", "data", "socket")
# signal_from_string(): these names (not the aliases IOT and POLL), with or without SIG,
# RTMIN+n / RTMAX-n for n up to 30, or a number from 1 to 64 (checked against systemd 252).
SIGNALS = ("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1",
           "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP",
           "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS")
SIGNAL_RE = re.compile(r"^(?:SIG)?(?:" + "|".join(SIGNALS)
                       + r"|RTMIN(?:\+(?P<plus>\d+))?|RTMAX(?:-(?P<minus>\d+))?)$")
UNIT_TYPES = ("service", "socket", "target", "device", "mount", "automount", "swap", "timer",
              "path", "slice", "scope")
UNIT_NAME_RE = re.compile(r"^[A-Za-z0-9:_.\\-]+(?:@[A-Za-z0-9:_.\\-]*)?\.(?:"
                          + "|".join(UNIT_TYPES) + r")$")
SPECIFIER_RE = re.compile(r"%.")
OCTAL_RE = re.compile(r"^0?[0-7]{1,4}$")
# Specifiers that expand to absolute paths (systemd.unit(5), "Specifiers").
ABSOLUTE_SPECIFIERS = ("%h", "%t", "%S", "%C", "%L", "%E", "%T", "%V", "%d", "%y", "%Y")
# [Timer] directives typed TIMER that take a time span (OnCalendar= takes a calendar event).
TIMER_SPAN_KEYS = frozenset({"OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
                             "OnUnitInactiveSec"})
# Directives typed OTHER that take a plain time span (systemd.service(5), systemd.unit(5)).
OTHER_SPAN_KEYS = frozenset({"TimeoutStopSec", "TimeoutAbortSec", "JobTimeoutSec",
                             "JobRunningTimeoutSec"})
ABSOLUTE_PATH_KEYS = frozenset({"Where", "RootDirectory", "TTYPath", "PathExists",
                                "PathExistsGlob", "PathChanged", "PathModified",
                                "DirectoryNotEmpty", "RootImage"})


def _choices(values: tuple[str, ...]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _integer(value: str) -> int | None:
    """``value`` read as C's strtol() with base 0 reads it (0x hex, leading-0 octal), or None."""
    match = re.fullmatch(r"([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)", value)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    digits = match.group(2)
    if digits[:2] in ("0x", "0X"):
        return sign * int(digits[2:], 16)
    if digits.startswith("0") and len(digits) > 1:
        return sign * int(digits[1:], 8)
    return sign * int(digits, 10)


def is_absolute(path: str) -> bool:
    return path.startswith("/") or path.startswith(ABSOLUTE_SPECIFIERS)


def unit_name_problem(name: str) -> str | None:
    expanded = SPECIFIER_RE.sub("x", name)
    if UNIT_NAME_RE.match(expanded):
        return None
    if "." not in expanded or expanded.rsplit(".", 1)[-1] not in UNIT_TYPES:
        return (f"`{name}` is not a unit name: it needs a type suffix such as "
                f"`{name}.service` or `{name}.target`")
    return f"`{name}` is not a valid unit name (letters, digits and `:-_.\\@` only)"


def problem(section: str, key: str, value_type: str | None, value: str) -> str | None:
    """None if ``value`` parses for ``value_type``, else what is wrong (an empty value, the
    reset to the default, always parses)."""
    if value == "" or value_type is None:
        return None
    if value_type == "BOOLEAN":
        if value.lower() in BOOLEANS:
            return None
        return f"`{value}` is not a boolean (use `yes`/`no`, `true`/`false`, `on`/`off` or `1`/`0`)"
    if (value_type == "TIMER" and key in TIMER_SPAN_KEYS) or key in OTHER_SPAN_KEYS:
        value_type = "SECONDS"
    if value_type == "SECONDS":
        if TIMESPAN_RE.match(value):
            return None
        return (f"`{value}` is not a time span (e.g. `5`, `90s`, `5min 30s`, `1h`, "
                "`infinity`; see systemd.time(7))")
    if value_type in ENUMS:
        choices = ENUMS[value_type]
        if value in choices:
            return None
        return f"`{value}` is not one of {_choices(choices)}"
    if value_type == "MODE":
        if key.endswith("JobMode"):
            return None if value in JOB_MODES else f"`{value}` is not one of {_choices(JOB_MODES)}"
        if key == "UMask" or key.endswith(("DirectoryMode", "SocketMode")):
            return None if OCTAL_RE.match(value) else f"`{value}` is not an octal file mode such as `0022`"
        return None
    if value_type == "UNSIGNED":
        number = _integer(value)
        return None if number is not None and number >= 0 else f"`{value}` is not an unsigned integer"
    if value_type == "INTEGER":
        return None if _integer(value) is not None else f"`{value}` is not an integer"
    if value_type == "NICE":
        number = _integer(value)
        if number is not None and -20 <= number <= 19:
            return None
        return f"`{value}` is not a nice level (an integer from -20 to 19)"
    if value_type == "OOMSCOREADJUST":
        number = _integer(value)
        if number is not None and -1000 <= number <= 1000:
            return None
        return f"`{value}` is not an OOM score adjustment (an integer from -1000 to 1000)"
    if value_type == "SIGNAL":
        number = _integer(value)
        if number is not None:
            return None if 1 <= number <= 64 else f"`{value}` is not a signal number (1 to 64)"
        match = SIGNAL_RE.match(value)
        offset = match and (match.group("plus") or match.group("minus"))
        if match and (offset is None or int(offset) <= 30):
            return None
        return f"`{value}` is not a signal name such as `SIGTERM`"
    if value_type == "OUTPUT":
        if value in OUTPUTS or value.startswith("fd:"):
            return None
        kind, colon, path = value.partition(":")
        if colon and kind in ("file", "append", "truncate"):
            return None if is_absolute(path) else f"`{path}` is not an absolute path"
        return f"`{value}` is not one of {_choices(OUTPUTS)}, `file:PATH`, `append:PATH`, `truncate:PATH` or `fd:NAME`"
    if value_type == "INPUT":
        if value in INPUTS or value.startswith("fd:"):
            return None
        if value.startswith("file:"):
            return None if is_absolute(value[5:]) else f"`{value[5:]}` is not an absolute path"
        return f"`{value}` is not one of {_choices(INPUTS)}, `file:PATH` or `fd:NAME`"
    if value_type in ("UNIT", "SLICE"):
        found = unit_name_problem(value)
        if found is None and value_type == "SLICE" and not SPECIFIER_RE.sub("x", value).endswith(".slice"):
            return f"`{value}` is not a slice unit name (it must end in `.slice`)"
        return found
    if value_type == "PATH" and key in ABSOLUTE_PATH_KEYS:
        return None if is_absolute(value) else f"`{value}` is not an absolute path"
    return None


# Specifier letters systemd 252 resolves (systemd.unit(5), "Specifiers"; checked against
# systemd-analyze verify). "%%" is a literal percent sign; "%" before anything that is not
# a letter or digit (or at the end) is kept as it is.
SPECIFIER_LETTERS = frozenset("abcdfghijlmnopqrstuvwyABCEGHIJLMNPRSTUVWY")
SPECIFIER_NAMES = {
    "a": "the architecture", "A": "the OS image version", "b": "the boot ID",
    "B": "the OS build ID", "C": "the cache directory", "d": "the credentials directory",
    "E": "the configuration directory", "f": "the unescaped instance or prefix name",
    "g": "the user's group", "G": "the user's GID", "h": "the user's home directory",
    "H": "the host name", "i": "the instance name", "I": "the unescaped instance name",
    "j": "the final component of the prefix", "J": "the unescaped final component",
    "l": "the short host name", "L": "the log directory", "m": "the machine ID",
    "M": "the OS image ID", "n": "the full unit name", "N": "the unit name without suffix",
    "o": "the OS ID", "p": "the prefix name", "P": "the unescaped prefix name",
    "q": "the pretty host name", "s": "the user's shell", "S": "the state directory",
    "t": "the runtime directory", "T": "the temporary directory", "u": "the user name",
    "U": "the user's UID", "v": "the kernel release", "V": "the directory for larger "
    "temporary files", "w": "the OS version ID", "W": "the OS variant ID",
    "y": "the path of the unit file", "Y": "the directory of the unit file",
}


def specifiers(value: str) -> list[tuple[int, str]]:
    """(offset, letter) of every specifier in ``value``; ``%%`` is skipped. Letters that
    are not specifiers are included (callers check them against SPECIFIER_LETTERS)."""
    found = []
    i, n = 0, len(value)
    while i < n:
        if value[i] == "%" and i + 1 < n:
            nxt = value[i + 1]
            if nxt == "%":
                i += 2
                continue
            if nxt.isascii() and nxt.isalnum():
                found.append((i, nxt))
                i += 2
                continue
        i += 1
    return found
