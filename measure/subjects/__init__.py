"""Every server and proxy measured, declared once (one module per configuration generator)."""

from __future__ import annotations

import subprocess
from importlib import metadata

from . import apache, apps, caddy, haproxy, nginx, squid, trafficserver, varnish
from .base import Setup, Software, StartError, running

SOFTWARE: tuple[Software, ...] = (
    nginx.PROXY,
    apache.PROXY,
    haproxy.PROXY,
    varnish.PROXY,
    squid.PROXY,
    caddy.PROXY,
    trafficserver.PROXY,
    nginx.ORIGIN,
    apache.ORIGIN,
    apps.NODE_SERVER,
    apps.GO_SERVER,
    apps.UVICORN,
    apps.GUNICORN,
    apps.PHP_SERVER,
)


def version(software: Software) -> str:
    """The exact version installed: the Debian package's version, or the PyPI distribution's."""
    if software.reported:
        return software.reported()
    if software.package.startswith("pypi:"):
        return metadata.version(software.package.removeprefix("pypi:"))
    found = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", software.versioned or software.package], capture_output=True, text=True, timeout=10)
    if found.returncode or not found.stdout:
        raise StartError(f"{software.name} ({software.key}): package {software.package} is not installed")
    return found.stdout.strip()


__all__ = ["SOFTWARE", "Setup", "Software", "StartError", "running", "version"]
