"""## What it does
In a deploy runbook, finds the baseline package install (the first `apt install`,
`apt-get install`, `dnf install` or `yum install` in a shell block, also one with no language
whose every line is a command, that installs packages of several components or one of a
server's base: `python3…`, `nginx`, `postgresql…`; a single add-on such as `apt-get install -y
tesseract-ocr-spa`, or one with its headers, `apt-get install memcached libmemcached-dev`, is
no baseline) and reports it when it
lacks the package of a required service (by default `redis-server`) and no other install
command in the runbook installs it either.

Only runbooks are checked: documents with shell blocks that operate a server
(`systemctl`, package installs), about this stack (Django, Wagtail, Gunicorn, Celery), whose
file name or a heading says deploy, install, provision, set up, production or runbook, and
that do not run the app with Django's development server alone (`manage.py runserver` and no
gunicorn, uWSGI, Uvicorn, Daphne or `.service` unit in a code block, code span or heading: a
local set-up guide; "Use a production WSGI server like Gunicorn" in prose is advice). A
runbook that points the service at another host (a managed instance: `rediss://cache.example.com`)
or runs it in a container (`image: redis:7` in a compose block, `docker run -d redis:7`, `docker
compose up -d redis`, or a host the runbook prepares for Docker, `curl -fsSL https://get.docker.com
| sh` or `apt install docker.io`, that brings the whole compose project up) is not expected to
install it.

## Why is this bad?
Whoever follows the runbook installs exactly what its commands install. If the required
service is not in them, the new server comes up without it, and the first symptom is a
500 on a cache read or a Celery worker that never starts.

## Example
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo apt install -y python3-venv nginx postgresql
sudo systemctl enable --now nginx
```
````

## Use instead
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo apt install -y python3-venv nginx postgresql redis-server
sudo systemctl enable --now nginx redis-server
```
````

## Fix safety
The fix appends the package to the install command. It is unsafe: it changes the
instructions people follow.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule


class RunbookInstallWithoutServicePackage(Rule):
    code = "SUM303"
    name = "runbook-install-without-service-package"
    summary = "A runbook's baseline package install lacks a required service's package"
    kinds = frozenset({"markdown"})
    severity = Severity.WARNING
    fixable = True

    def check(self, model, ctx):
        from sumlint.markdown.frontend import install_packages
        from sumlint.markdown.runbook import containerised_service, external_service, is_runbook

        commands = model.shell_commands() if hasattr(model, "shell_commands") else []
        installs = [(f, c, install_packages(c)) for f, c in commands]
        installs = [(f, c, p) for f, c, p in installs if p]
        if not installs:
            return
        dependents = tuple(d for s in ctx.services for d in s.dependents)
        if not is_runbook(model, dependents):
            return
        baseline = next((i for i in installs if _is_baseline(i[2], ctx.services)), None)
        if baseline is None:
            return  # every install is a single add-on ("apt-get install -y tesseract-ocr-spa"): no baseline
        fence, first, packages = baseline
        for service in ctx.services:
            if not service.packages:
                continue
            wanted = set(service.packages)
            if any(name in wanted for _, _, pkgs in installs for name, _ in pkgs):
                continue
            if external_service(model, service) or containerised_service(model, service):
                continue  # (a managed instance on another host, or a container: no package on this one)
            label = service.names[0] if service.names else service.name
            tool = next(s for w, s in zip(first.argv, first.spans) if w in ("apt", "apt-get", "dnf", "yum", "zypper", "apk"))
            last = packages[-1][1]
            fix = Fix(f"Add {service.packages[0]} to the install command",
                      (TextEdit(Span(last.end_line, last.end_column, last.end_line, last.end_column),
                                " " + service.packages[0]),), safe=False)
            yield Violation(
                f"the runbook's baseline install ({' '.join(n for n, _ in packages[:6])}"
                f"{' …' if len(packages) > 6 else ''}) lacks {service.packages[0]}, and no other "
                f"step installs it; {label} is required in production: add {service.packages[0]}",
                Span(tool.line, tool.column, last.end_line, last.end_column), fix=fix)


# packages of a server's base: a single one of these is a baseline install, any other single
# package is an add-on step ("apt-get install -y tesseract-ocr-spa" on a troubleshooting page)
_BASE_PACKAGES = ("python3", "python", "nginx", "postgresql", "libpq", "build-essential", "git", "supervisor",
                  "gunicorn", "certbot", "ufw", "curl", "apache2", "caddy", "mysql", "mariadb", "uwsgi")


def _is_baseline(packages, services) -> bool:
    """The install that sets the server up: packages of several components, or one of a
    server's base (not "apt-get install memcached libmemcached-dev": one add-on and its headers)."""
    wanted = {p for s in services for p in s.packages}
    names = [name.lower() for name, _ in packages]
    if any(name in wanted or name.startswith(_BASE_PACKAGES) for name in names):
        return True
    stems = sorted({_stem(name) for name in names}, key=len)
    return len(stems) >= 2 and not all(stem.startswith(stems[0]) for stem in stems)


def _stem(name: str) -> str:
    """The component a package belongs to: "libmemcached-dev" and "memcached" are one."""
    name = name.split("=", 1)[0]
    for suffix in ("-dev", "-devel", "-tools", "-utils", "-client", "-common", "-doc"):
        name = name.removesuffix(suffix)
    return name.removeprefix("lib") or name
