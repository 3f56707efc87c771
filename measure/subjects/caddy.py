"""Caddy 2 from a Caddyfile: no admin endpoint, no automatic HTTPS, storage in the temp folder."""

from __future__ import annotations

from .base import Setup, Software


def files(setup: Setup) -> dict[str, str]:
    transport = f"transport http {{\n            dial_timeout {setup.timeout}s\n            response_header_timeout {setup.timeout}s\n        }}"
    return {
        "Caddyfile": (
            f"{{\n    admin off\n    auto_https off\n    storage file_system {setup.folder}/data\n}}\n\n"
            f"http://127.0.0.1:{setup.port} {{\n    bind 127.0.0.1\n    request_body {{\n        max_size {setup.body_limit // 1024 // 1024}MB\n    }}\n"
            f"    reverse_proxy /dead/* 127.0.0.1:{setup.dead} {{\n        {transport}\n    }}\n"
            f"    reverse_proxy 127.0.0.1:{setup.upstream} {{\n        {transport}\n    }}\n}}\n"
        )
    }


def argv(setup: Setup) -> list[str]:
    return ["caddy", "run", "--config", f"{setup.folder}/Caddyfile", "--adapter", "caddyfile"]


PROXY = Software("caddy", "Caddy", "proxy", "caddy", "caddy", files, argv, writable=("data", "config"))
