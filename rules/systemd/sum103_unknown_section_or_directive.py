"""## What it does
Reports a section or directive that systemd does not know, or a directive in a section
where systemd does not look for it (`After=` under `[Service]`), with a did-you-mean
suggestion (`Want=` → `Wants=`, `wantedby=` → `WantedBy=`). The table of sections and
directives is generated from systemd itself (`systemd --dump-configuration-items`); the
message names the systemd version it came from. Directives of later systemd releases
(`RestartSteps=`, `OpenFile=`, `ImportCredential=`, ...) are reported as warnings that say
which release added them, not as typos. A section that does not belong to the
unit's type (`[Socket]` in a `.service`) is reported too. Sections and directives starting
with `X-` are extensions and never reported.

## Why is this bad?
systemd ignores unknown sections and directives with a log line nobody reads at boot: a
misspelt `Wants=` or a `Restart=` under `[Unit]` silently does nothing, and the unit
behaves as if the line were not there.

## Example
```ini title=web.service
[Unit]
Description=Web app
Want=postgresql.service

[Service]
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Use instead
```ini title=web.service
[Unit]
Description=Web app
Wants=postgresql.service
After=postgresql.service

[Service]
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Fix safety
A did-you-mean in the same section comes with a fix that renames the directive. It is
unsafe: the directive was ignored so far, and the fix makes it take effect.

## Options
- `extra-directives` (list of strings, default `[]`): directives to accept on top of the
  table, for a newer systemd than the one the table came from: `"Service.OpenFile"` for one
  section, or `"OpenFile"` for any section.
- `extra-sections` (list of strings, default `[]`): section names to accept.

```toml
[tool.sumlint.systemd]
extra-directives = ["Service.OpenFile", "Unit.SurviveFinalKillSignal"]
```
"""

from __future__ import annotations

import difflib

from sumlint.diagnostics import Fix, Severity, TextEdit, Violation
from sumlint.rule import Option, Rule
from sumlint.systemd import directives as table


_EXEC = ("Service", "Socket", "Mount", "Swap")
_RESOURCE = ("Service", "Socket", "Mount", "Swap", "Slice", "Scope")
# Directives of systemd releases newer than a Debian 12 host's 252 (systemd NEWS), so that a
# unit written for Ubuntu 24.04 (255) is not told its `RestartSteps=` is a typo. The table
# is generated from the host's systemd; this list only names what came after it.
NEWER: dict[str, tuple[int, tuple[str, ...]]] = {
    "OpenFile": (253, ("Service",)), "ReloadSignal": (253, ("Service",)),
    "LogFilterPatterns": (253, _EXEC), "MemoryZSwapMax": (253, _RESOURCE),
    "StartupMemoryZSwapMax": (253, _RESOURCE),
    "RestartSteps": (254, ("Service",)), "RestartMaxDelaySec": (254, ("Service",)),
    "RestartMode": (254, ("Service",)), "ImportCredential": (254, _EXEC),
    "MemoryPressureWatch": (254, _RESOURCE), "MemoryPressureThresholdSec": (254, _RESOURCE),
    "DelegateSubgroup": (254, _RESOURCE), "RootEphemeral": (254, _EXEC),
    "SurviveFinalKillSignal": (254, ("Unit",)),
    "SetLoginEnvironment": (255, _EXEC), "CoredumpReceive": (255, _RESOURCE),
    "PollLimitIntervalSec": (255, ("Socket",)), "PollLimitBurst": (255, ("Socket",)),
    "WantsMountsFor": (256, ("Unit",)), "MemoryZSwapWriteback": (256, _RESOURCE),
    "PrivatePIDs": (257, _EXEC), "DeferReactivation": (257, ("Timer",)),
}


_SUGGESTIONS: dict[tuple[str, tuple[str, ...]], str | None] = {}


def _suggest(word: str, choices: list[str]) -> str | None:
    """The closest choice (memoised: a unit of thousands of `A=A=A=` lines asked difflib the
    same question each time, 0.5 ms per line)."""
    key = (word, tuple(choices))
    if key not in _SUGGESTIONS:
        if len(_SUGGESTIONS) > 4096:
            _SUGGESTIONS.clear()
        _SUGGESTIONS[key] = _closest(word, choices) if len(word) <= 100 else None
    return _SUGGESTIONS[key]


def _closest(word: str, choices: list[str]) -> str | None:
    lower = {c.lower(): c for c in choices}
    if word.lower() in lower:
        return lower[word.lower()]
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    if not found:
        found = difflib.get_close_matches(word.lower(), list(lower), n=1, cutoff=0.75)
        found = [lower[f] for f in found]
    return found[0] if found else None


class UnknownSectionOrDirective(Rule):
    code = "SUM103"
    name = "unknown-section-or-directive"
    summary = "Section or directive unknown to systemd, or in the wrong section"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    fixable = True
    embedded = True
    options = {
        "extra-directives": Option([], "Directives to accept on top of the generated table "
                                       "(\"Section.Key\" or \"Key\")"),
        "extra-sections": Option([], "Section names to accept on top of the generated table"),
    }

    def check(self, model, ctx):
        if model.foreign:
            return
        version = table.version().split(" ")[0]
        known_sections = set(table.table()["sections"])
        extra_sections = set(ctx.options.get("extra-sections", ()) or ())
        extra = set(ctx.options.get("extra-directives", ()) or ())
        allowed = set(table.sections_for(model.type)) | extra_sections
        kind = f"a .{model.type} unit" if model.type else "a unit"
        for section in model.sections:
            name = section.name
            if name.startswith("X-") or name in allowed or model.has_placeholder(name):
                continue
            if name in known_sections:
                message = (f"section [{name}] does not belong in {kind} (it has "
                           f"{', '.join(f'[{s}]' for s in table.sections_for(model.type))}); "
                           "systemd ignores it and every directive in it")
            else:
                hint = _suggest(name, sorted(allowed))
                message = (f"unknown section [{name}]"
                           + (f" (did you mean [{hint}]?)" if hint else "")
                           + f"; systemd {version} ignores it and every directive in it")
            yield Violation(message, section.name_span)
        for directive in model.directives:
            section, key = directive.section, directive.key
            if section is None or section not in allowed or section not in known_sections:
                continue  # an ignored section is reported once, above
            if key.startswith("X-") or key in extra or f"{section}.{key}" in extra:
                continue
            if table.directive_type(section, key) is not None or model.has_placeholder(key):
                continue
            newer = NEWER.get(key)
            try:
                table_version = int(version)
            except ValueError:
                table_version = 0
            if newer is not None and section in newer[1] and newer[0] > table_version:
                yield Violation(
                    f"`{key}=` is newer than systemd {version}, the version sumlint's directive "
                    f"table comes from (systemd {newer[0]} added it): a host with an older systemd "
                    f"ignores it; if every server runs systemd {newer[0]} or later, add "
                    f"\"{section}.{key}\" to `extra-directives`", directive.key_span,
                    severity=Severity.WARNING)
                continue
            homes = [s for s in table.sections_with(key) if s in allowed]
            elsewhere = [s for s in table.sections_with(key) if s not in allowed]
            fix = None
            if homes:
                message = (f"`{key}=` belongs in [{homes[0]}], not [{section}]; systemd ignores "
                           "it here")
            elif elsewhere:
                message = (f"`{key}=` is a [{elsewhere[0]}] directive, and {kind} has no "
                           f"[{elsewhere[0]}] section; systemd ignores it")
            else:
                hint = _suggest(key, table.keys_of(section))
                where = ""
                if hint is None:
                    for other in sorted(allowed - {section}):
                        hint = _suggest(key, table.keys_of(other))
                        if hint:
                            where = f" in [{other}]"
                            break
                if hint and not where:
                    fix = Fix(f"Replace `{key}=` by `{hint}=`",
                              (TextEdit(directive.key_span, hint),), safe=False)
                message = (f"unknown directive `{key}=` in [{section}]"
                           + (f" (did you mean `{hint}=`{where}?)" if hint else "")
                           + f"; systemd {version} ignores it (directives of a newer systemd "
                           "can be allowed with `extra-directives`)")
            yield Violation(message, directive.key_span, fix=fix)
