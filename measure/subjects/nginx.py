"""nginx as a reverse proxy (with proxy_cache) and as an origin: Debian's build, foreground."""

from __future__ import annotations

import signal

from .base import Setup, Software

TEMP = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def _main(setup: Setup, server: str, http_extra: str = "") -> str:
    temps = "".join(f"    {name}_temp_path {setup.folder}/tmp/{name};\n" for name in TEMP)
    return (
        f"pid {setup.folder}/nginx.pid;\nerror_log {setup.folder}/error.log;\nevents {{}}\nhttp {{\n    access_log off;\n{temps}{http_extra}"
        f"    server {{\n        listen 127.0.0.1:{setup.port};\n{server}    }}\n}}\n"
    )


def proxy_files(setup: Setup) -> dict[str, str]:
    server = (
        f"        client_max_body_size {setup.body_limit // 1024 // 1024}m;\n"
        f"        proxy_connect_timeout {setup.timeout}s;\n        proxy_read_timeout {setup.timeout}s;\n        proxy_send_timeout {setup.timeout}s;\n"
        f"        location / {{\n            proxy_pass http://127.0.0.1:{setup.upstream};\n            proxy_cache cache;\n        }}\n"
        f"        location /dead/ {{\n            proxy_pass http://127.0.0.1:{setup.dead};\n        }}\n"
    )
    return {"nginx.conf": _main(setup, server, f"    proxy_cache_path {setup.folder}/cache keys_zone=cache:1m;\n")}


def origin_files(setup: Setup) -> dict[str, str]:
    server = f'        client_max_body_size {setup.body_limit // 1024 // 1024}m;\n        location / {{\n            return 200 "ok\\n";\n        }}\n'
    return {"nginx.conf": _main(setup, server)}


def argv(setup: Setup) -> list[str]:
    return ["nginx", "-e", "stderr", "-p", str(setup.folder), "-c", f"{setup.folder}/nginx.conf", "-g", "daemon off;"]


PROXY = Software("nginx", "nginx", "proxy", "nginx", "nginx", proxy_files, argv, True, signal.SIGQUIT, ("error.log",), ("tmp", "cache"))
ORIGIN = Software("nginx-origin", "nginx", "origin", "nginx", "nginx", origin_files, argv, False, signal.SIGQUIT, ("error.log",), ("tmp",))
