"""HAProxy in HTTP mode with its small object cache; a body limit needs a deny rule (HAProxy has
no body-size directive). The `defaults` timeouts are the Debian package's, but connect and server
shortened to the scenario's."""

from __future__ import annotations

from .base import Setup, Software


def files(setup: Setup) -> dict[str, str]:
    return {
        "haproxy.cfg": (
            "defaults\n    mode http\n    log global\n    option httplog\n"
            f"    timeout connect {setup.timeout}s\n    timeout client 50s\n    timeout server {setup.timeout}s\n\n"
            "cache small\n    total-max-size 4\n    max-age 60\n\n"
            f"frontend web\n    bind 127.0.0.1:{setup.port}\n"
            f"    http-request deny deny_status 413 if {{ req.hdr_val(content-length) gt {setup.body_limit} }}\n"
            "    use_backend dead if { path_beg /dead/ }\n    default_backend upstream\n\n"
            f"backend upstream\n    http-request cache-use small\n    http-response cache-store small\n    server up 127.0.0.1:{setup.upstream}\n\n"
            f"backend dead\n    server down 127.0.0.1:{setup.dead}\n"
        )
    }


def argv(setup: Setup) -> list[str]:
    return ["haproxy", "-db", "-f", f"{setup.folder}/haproxy.cfg"]


PROXY = Software("haproxy", "HAProxy", "proxy", "haproxy", "haproxy", files, argv, True)
