"""Varnish Cache with a VCL that only names the two backends (timeouts as the scenario says);
everything else is Varnish's built-in VCL. No body-size setting exists in Varnish."""

from __future__ import annotations

from .base import Setup, Software


def files(setup: Setup) -> dict[str, str]:
    timeouts = f".connect_timeout = {setup.timeout}s; .first_byte_timeout = {setup.timeout}s; .between_bytes_timeout = {setup.timeout}s;"
    return {
        "default.vcl": (
            "vcl 4.1;\n\n"
            f'backend upstream {{ .host = "127.0.0.1"; .port = "{setup.upstream}"; {timeouts} }}\n'
            f'backend dead {{ .host = "127.0.0.1"; .port = "{setup.dead}"; {timeouts} }}\n\n'
            'sub vcl_recv {\n    if (req.url ~ "^/dead/") {\n        set req.backend_hint = dead;\n    } else {\n        set req.backend_hint = upstream;\n    }\n}\n'
        )
    }


def argv(setup: Setup) -> list[str]:
    return [
        "varnishd",
        "-F",
        "-n",
        f"{setup.folder}/work",
        "-a",
        f"127.0.0.1:{setup.port}",
        "-f",
        f"{setup.folder}/default.vcl",
        "-s",
        "malloc,32m",
        "-T",
        "none",
    ]


PROXY = Software("varnish", "Varnish", "proxy", "varnish", "varnishd", files, argv, True, writable=("work",))
