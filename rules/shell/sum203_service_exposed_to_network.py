"""## What it does
Reports a script that exposes a required service beyond localhost: a firewall rule that
opens its port (`ufw allow 6379`, `ufw allow from any to any port 6379`, `ufw allow redis`,
`iptables … --dport 6379 -j ACCEPT`, `firewall-cmd --add-port=6379/tcp`, nftables
`dport 6379 accept`), or a change to its configuration that listens on every interface
or drops protected mode: `bind 0.0.0.0`, `bind *`, `bind ::` or `protected-mode no`
written into its config file with `sed -i`, `echo … >>`, `tee`, or a heredoc (also one
fed to `install /dev/stdin /etc/redis/redis.conf`), or passed
as `--bind`/`--protected-mode` / `CONFIG SET`. Rules limited to loopback (`-i lo`,
`-s 127.0.0.1`, `from 127.0.0.1`) are fine. Also runs on shell blocks in runbooks.

## Why is this bad?
Redis has no authentication by default and its protocol can write files on the server:
an open Redis port is a remote code execution hole that scanners find within hours. The
platform runs Redis on the same host as the app, so nothing ever needs it on the network.

## Example
```bash title=provision.sh
#!/bin/bash
set -euo pipefail
ufw allow 6379/tcp
sed -i 's/^bind .*/bind 0.0.0.0/' /etc/redis/redis.conf
```

## Use instead
```bash title=provision.sh
#!/bin/bash
set -euo pipefail
ufw allow OpenSSH
sed -i 's/^bind .*/bind 127.0.0.1 -::1/' /etc/redis/redis.conf
```
"""

from __future__ import annotations

import re

from sumlint.diagnostics import Severity, Span, Violation
from sumlint.rule import Rule

LISTEN_ALL_RE = re.compile(r"\bbind\s+(?:[^\s/'\"]+\s+)*?(?:0\.0\.0\.0|\*|::|\[::\]|-::\*|\*-?::\*?)(?=[\s/'\"]|$)",
                           re.IGNORECASE)
PROTECTED_OFF_RE = re.compile(r"\bprotected-mode\s+no\b", re.IGNORECASE)
LOOPBACK = ("127.0.0.1", "::1", "localhost", "lo", "127.0.0.0/8")
WRITERS = {"echo", "printf", "cat", "tee"}
# Commands that copy their standard input into the config: only their heredoc is read
# (`install -m 0640 /dev/stdin /etc/redis/redis.conf <<'CONF'`).
STDIN_WRITERS = {"install", "cp", "dd", "sponge"}


def _exposes(text: str) -> re.Match | None:
    return LISTEN_ALL_RE.search(text) or PROTECTED_OFF_RE.search(text)


def _sed_replacements(expr: str) -> str:
    """The text a sed expression writes: replacements of s///, text of a/i/c commands."""
    out = []
    for part in re.split(r";|\n", expr):
        part = part.strip()
        m = re.match(r"^(?:[^s]*?)s(.)", part)
        if m and not part[: m.start(1) - 1].strip().endswith(("a", "i", "c")):
            d = m.group(1)
            pieces = re.split(r"(?<!\\)" + re.escape(d), part[m.end(1):])
            if len(pieces) >= 2:
                out.append(pieces[1])
                continue
        out.append(re.sub(r"^[0-9/$^.,]*\s*[aic]\\?\s*", "", part))
    return "\n".join(out)


class ServiceExposedToNetwork(Rule):
    code = "SUM203"
    name = "service-exposed-to-network"
    summary = "Required service opened to the network (firewall rule, bind 0.0.0.0, protected-mode no)"
    kinds = frozenset({"shell"})
    severity = Severity.ERROR
    embedded = True

    def check(self, model, ctx):
        for service in ctx.services:
            for cmd in model.commands:
                for span, what in self._findings(model, cmd, service):
                    name = service.names[0] if service.names else service.name
                    if "protected-mode" in what.lower():
                        action = "keep `protected-mode yes`"
                    elif "bind" in what.lower():
                        action = "bind it to `127.0.0.1 -::1` instead"
                    else:
                        action = "remove the rule"
                    yield Violation(f"{what} exposes {name} beyond localhost; {name} must only "
                                    f"listen on 127.0.0.1/::1 with protected mode on: {action}", span)

    def _findings(self, script, cmd, service):
        if not cmd.argv:
            return
        base = cmd.base
        args = cmd.argv[1:]
        texts = [a.text for a in args]
        port = str(service.port) if service.port else None
        names = {service.name, *(n.lower() for n in service.names)}
        if base == "ufw" and "allow" in texts:
            if any(t in LOOPBACK for t in texts):
                return
            for k, a in enumerate(args):
                t = a.text.lower()
                if port and re.fullmatch(rf"{port}(?:/(?:tcp|udp))?|[0-9]+:[0-9]+(?:/tcp)?", t) and \
                        (t.split("/")[0] == port or self._in_range(t, port)) or t in names:
                    start = texts.index("allow")  # quote the rule as written (`ufw allow from X to any port 6379`)
                    yield a.span, f"`ufw {' '.join(texts[start:k + 1])}`"
                    return
        elif base in ("iptables", "ip6tables"):
            if any(t in ("-D", "--delete") for t in texts) or any(t in LOOPBACK for t in texts):
                return
            if port and "ACCEPT" in texts:
                for i, t in enumerate(texts):
                    if t in ("--dport", "--dports", "--destination-port") and i + 1 < len(texts) and \
                            port in re.split(r"[,:]", texts[i + 1]):
                        source = next((f" -s {texts[j + 1]}" for j, w in enumerate(texts[:-1])
                                       if w in ("-s", "--source")), "")
                        yield args[i + 1].span, f"`{base} … --dport {texts[i + 1]}{source} -j ACCEPT`"
                        return
        elif base == "firewall-cmd":
            for a in args:
                m = re.match(r"--add-(port|service)=(.*)", a.text)
                if m and (m.group(2).split("/")[0] == port or m.group(2).lower() in names):
                    yield a.span, f"`firewall-cmd {a.text}`"
                    return
        elif base == "nft":
            for i, t in enumerate(texts):
                if t == "dport" and i + 1 < len(texts) and port and texts[i + 1].strip("{} ") == port and \
                        "accept" in texts[i + 1:]:
                    yield args[i + 1].span, f"`nft … dport {port} accept`"
                    return
        if base == "redis-cli" or base in (p for p in service.packages) or \
                base in (f"{service.name}-server", f"{service.name}-cli"):
            lowered = [t.lower() for t in texts]
            for i, t in enumerate(lowered):
                if t in ("--bind", "bind") and i + 1 < len(texts) and texts[i + 1] in ("0.0.0.0", "*", "::"):
                    yield args[i + 1].span, f"`{base} … {texts[i]} {texts[i + 1]}`"
                    return
                if t in ("--protected-mode", "protected-mode") and i + 1 < len(texts) and lowered[i + 1] == "no":
                    yield args[i + 1].span, f"`{base} … {texts[i]} no`"
                    return
        # Writes into the service's configuration file.
        if (base != "sed" and base not in WRITERS and base not in STDIN_WRITERS) or \
                not self._writes_config(script, cmd, service):
            return
        if base == "sed":
            for a in args:
                if a.text.startswith("-") or self._is_conf(a.text, service):
                    continue
                if _exposes(_sed_replacements(a.text)):
                    yield a.span, f"`sed` writing `{_exposes(_sed_replacements(a.text)).group(0)}` into the config"
                    return
        if base in STDIN_WRITERS:
            for r in cmd.redirects:
                if r.heredoc is not None:
                    for text, span in r.heredoc.line_spans():
                        m = _exposes(text)
                        if m and not text.lstrip().startswith("#"):
                            yield Span(span.line, m.start() + 1, span.line, m.end() + 1), \
                                f"`{base}` writing `{m.group(0)}` into the config"
                            return
            return
        if base in WRITERS:
            for a in args:
                m = _exposes(a.text)
                if m and not self._is_conf(a.text, service):
                    yield a.span, f"writing `{m.group(0)}` into the config"
                    return
            for r in cmd.redirects:
                if r.heredoc is not None:
                    for text, span in r.heredoc.line_spans():
                        m = _exposes(text)
                        if m:
                            yield Span(span.line, m.start() + 1, span.line, m.end() + 1), \
                                f"writing `{m.group(0)}` into the config"
                            return
            # echo "bind 0.0.0.0" | tee -a /etc/redis/redis.conf
            if base == "tee" and cmd.parent is not None and cmd.parent.type == "pipeline":
                for sibling in cmd.parent.children:
                    if sibling is cmd or sibling.type != "command":
                        continue
                    for a in sibling.argv[1:]:
                        m = _exposes(a.text)
                        if m:
                            yield a.span, f"writing `{m.group(0)}` into the config"
                            return

    @staticmethod
    def _in_range(text: str, port: str) -> bool:
        m = re.fullmatch(r"([0-9]+):([0-9]+)(?:/\w+)?", text)
        return bool(m) and int(m.group(1)) <= int(port) <= int(m.group(2))

    def _is_conf(self, text: str, service) -> bool:
        low = text.lower()
        keys = {service.name.lower(), *(p.lower() for p in service.packages)}
        return "/" in low and any(k in low for k in keys) and ("conf" in low)

    def _writes_config(self, script, cmd, service) -> bool:
        if any(self._is_conf(a.text, service) for a in cmd.argv[1:]):
            return True
        return any(r.target is not None and r.op in (">", ">>", ">|", "&>", "&>>") and
                   self._is_conf(_resolved(script, r.target), service) for r in cmd.redirects)


def _resolved(script, word) -> str:
    text = word.text
    for name, value in script.variables.items():
        text = text.replace("${" + name + "}", value).replace("$" + name, value)
    return text
