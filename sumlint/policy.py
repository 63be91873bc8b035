"""The service policy: which services production requires, and how each file kind names them.

Rules never hard-code "redis": they iterate over ``ctx.services`` (the required services)
and use these fields. The built-in default, used when no configuration says otherwise, is
exactly the Redis policy below.
"""

from __future__ import annotations

import fnmatch
import re

from sumlint.records import record


@record(frozen=True)
class Service:
    """A service the policy knows: how units, packages, prose, settings and env name it."""

    name: str  # the policy key, e.g. "redis"
    units: tuple[str, ...]  # systemd units; the first is canonical, the rest aliases
    packages: tuple[str, ...]  # OS packages that provide it
    names: tuple[str, ...]  # how prose names it ("Redis")
    preflight: tuple[str, ...]  # commands that check it answers ("redis-cli ping")
    preflight_reply: str | None  # what a healthy preflight prints ("PONG")
    port: int | None
    env: tuple[str, ...]  # environment variables that point at it ("REDIS_URL")
    dependents: tuple[str, ...]  # glob patterns on unit names or ExecStart words ("*celery*")
    url_schemes: tuple[str, ...] = ()  # URL schemes that address it ("redis", "rediss")
    cache_backends: tuple[str, ...] = ()  # Django cache backends that use it
    required: bool = True
    hosts: tuple[str, ...] = ()  # hosts besides loopback where it may run (globs: "redis", "*.cache.amazonaws.com")

    def __init__(self, name: str, units: tuple[str, ...], packages: tuple[str, ...], names: tuple[str, ...],
                 preflight: tuple[str, ...], preflight_reply: str | None, port: int | None,
                 env: tuple[str, ...], dependents: tuple[str, ...], url_schemes: tuple[str, ...] = (),
                 cache_backends: tuple[str, ...] = (), required: bool = True, hosts: tuple[str, ...] = ()) -> None:
        self.__dict__.update(name=name, units=units, packages=packages, names=names, preflight=preflight,
                             preflight_reply=preflight_reply, port=port, env=env, dependents=dependents,
                             url_schemes=url_schemes, cache_backends=cache_backends, required=required,
                             hosts=hosts)

    def allows_host(self, host: str) -> bool:
        """A host the policy lists (``hosts``) besides loopback: a Docker Compose service
        name, a managed instance."""
        return any(fnmatch.fnmatch(host.lower(), pattern.lower()) for pattern in self.hosts)

    @property
    def unit(self) -> str:
        """The canonical unit; a policy may name only packages (then ``<name>.service``)."""
        return self.units[0] if self.units else f"{self.name}.service"

    def is_unit(self, unit_name: str) -> bool:
        """True for the canonical unit or an alias (``redis`` and ``redis.service`` both match)."""
        name = unit_name if "." in unit_name else unit_name + ".service"
        return name in self.units

    def depends(self, *words: str) -> bool:
        """True when a unit name or ExecStart word matches one of ``dependents``."""
        return any(fnmatch.fnmatch(w.lower(), pat.lower()) for w in words for pat in self.dependents)

    def switch_off_pattern(self) -> re.Pattern[str] | None:
        """``use_redis=false``, ``disable_redis=1``, ``app_redis_enabled=0``: a variable that
        turns the service off, set that way; also ``redis_optional=true`` and
        ``redis_required=false``, which let the software start without it (to match against
        lower-cased ``name=value``; None for a service without a one-word name)."""
        stems = "|".join(re.escape(n.lower()) for n in self.names if re.fullmatch(r"\w+", n))
        if not stems:
            return None
        # separators: ``redis_enabled``, .NET's ``Redis__Enabled`` and ``Redis:Enabled``, ``useRedis``
        sep = r"(?:__?|:)"  # (not "redis.enabled": a Helm chart's bundled copy)
        # the role the switch names after the service: ``enable_redis_cache=false`` turns off the
        # cache on it (not ``enable_redis_tls=false``, a setting of it)
        role = r"(?:" + sep + r"?(?:cache|caching|sessions?|queues?|broker))?"
        return re.compile(
            r"(?:[a-z0-9]+" + sep + r")*(?:(?:disable|no|skip|without)" + sep + r"?(?:" + stems + r")" + role
            + r"|(?:" + stems + r")" + sep + r"?(?:disabled|off|optional))"
            r"\s*=\s*[\"']?(?:1|true|yes|on)[\"']?|(?:[a-z0-9]+" + sep + r")*(?:(?:use|enable|with|include)" + sep
            + r"?(?:" + stems + r")" + role + r"|(?:" + stems + r")" + sep
            + r"?(?:enabled|on|required))\s*=\s*[\"']?(?:0|false|no|off)[\"']?")

    def names_pattern(self) -> re.Pattern[str]:
        """A word-bounded, case-insensitive pattern for the service's prose names."""
        alternatives = sorted({*self.names, *(u.removesuffix(".service") for u in self.units)},
                              key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])",
                          re.IGNORECASE)


REDIS = Service(
    name="redis",
    units=("redis-server.service", "redis.service"),
    packages=("redis-server", "redis"),
    names=("Redis",),
    preflight=("redis-cli ping",),
    preflight_reply="PONG",
    port=6379,
    env=("REDIS_URL",),
    dependents=("*celery*",),
    url_schemes=("redis", "rediss", "unix"),
    cache_backends=("django.core.cache.backends.redis.RedisCache",
                    "django_redis.cache.RedisCache"),
)

DEFAULT_SERVICES: dict[str, Service] = {"redis": REDIS}

# config key -> (field name, converter); used by config.py to build services from TOML.
SERVICE_KEYS: dict[str, str] = {
    "units": "units", "packages": "packages", "names": "names", "preflight": "preflight",
    "preflight-reply": "preflight_reply", "port": "port", "env": "env",
    "dependents": "dependents", "url-schemes": "url_schemes",
    "cache-backends": "cache_backends", "required": "required", "hosts": "hosts",
}
