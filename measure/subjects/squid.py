"""Squid in accelerator (reverse proxy) mode: two origin peers, chosen by path; no ICP, HTCP or
netdb, and a resolver on 127.0.0.1, so no traffic (no DNS query either) leaves loopback; its memory
cache as packaged."""

from __future__ import annotations

from .base import Setup, Software


def files(setup: Setup) -> dict[str, str]:
    return {
        "squid.conf": (
            f"http_port 127.0.0.1:{setup.port} accel defaultsite=127.0.0.1 no-vhost\n"
            f"cache_peer 127.0.0.1 parent {setup.upstream} 0 no-query originserver name=upstream\n"
            f"cache_peer 127.0.0.1 parent {setup.dead} 0 no-query originserver name=dead\n"
            "acl deadpath urlpath_regex ^/dead/\ncache_peer_access dead allow deadpath\ncache_peer_access dead deny all\n"
            "cache_peer_access upstream deny deadpath\ncache_peer_access upstream allow all\n"
            "never_direct allow all\nhttp_access allow all\n"
            f"connect_timeout {setup.timeout} seconds\nread_timeout {setup.timeout} seconds\nrequest_body_max_size {setup.body_limit // 1024 // 1024} MB\n"
            "netdb_filename none\nicp_port 0\nhtcp_port 0\ndns_nameservers 127.0.0.1\nshutdown_lifetime 1 seconds\n"
            f"pid_filename {setup.folder}/squid.pid\ncache_log {setup.folder}/cache.log\naccess_log none\ncoredump_dir {setup.folder}\n"
        )
    }


def argv(setup: Setup) -> list[str]:
    return ["squid", "-N", "-d", "1", "-f", f"{setup.folder}/squid.conf"]


PROXY = Software("squid", "Squid", "proxy", "squid", "squid", files, argv, True, logs=("cache.log",))
