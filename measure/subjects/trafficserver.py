"""Apache Traffic Server run by traffic_server itself (not traffic_manager) from a run root in the
temp folder: Debian's /etc/trafficserver copied there, with only the listen port, the upstream
timeouts, a loopback-only resolver and the remap rules changed, and a 32 MB cache folder."""

from __future__ import annotations

from pathlib import Path

from .base import Setup, Software

PACKAGED = Path("/etc/trafficserver")
CHANGED = ("records.config", "remap.config", "storage.config")


def files(setup: Setup) -> dict[str, str]:
    root = setup.folder / "root"
    out = {}
    if PACKAGED.is_dir():
        for path in PACKAGED.rglob("*"):
            if path.is_file():
                out[f"root/etc/{path.relative_to(PACKAGED)}"] = path.read_text(errors="replace")
    layout = {"prefix": "/usr", "exec_prefix": "/usr", "bindir": "/usr/bin", "sbindir": "/usr/sbin", "libdir": "/usr/lib/trafficserver"}
    layout |= {"libexecdir": "/usr/lib/trafficserver/modules", "datadir": "/usr/share/trafficserver", "includedir": "/usr/include"}
    layout |= {"sysconfdir": f"{root}/etc", "localstatedir": f"{root}/state", "runtimedir": f"{root}/run", "logdir": f"{root}/log"}
    layout |= {"cachedir": f"{root}/cache"}
    out["root/runroot.yaml"] = "".join(f"{key}: {value}\n" for key, value in layout.items())
    records = (
        "CONFIG proxy.config.admin.user_id STRING #-1\n"
        f"CONFIG proxy.config.http.server_ports STRING {setup.port}:ipv4:ip-in=127.0.0.1\n"
        "CONFIG proxy.config.dns.nameservers STRING 127.0.0.1\n"
        f"CONFIG proxy.config.http.connect_attempts_timeout INT {setup.timeout}\n"
        f"CONFIG proxy.config.http.transaction_no_activity_timeout_out INT {setup.timeout}\n"
    )
    out["root/etc/records.config"] = out.get("root/etc/records.config", "") + "\n# changed for the measurement\n" + records
    out["root/etc/remap.config"] = f"map http://127.0.0.1/dead/ http://127.0.0.1:{setup.dead}/dead/\nmap http://127.0.0.1/ http://127.0.0.1:{setup.upstream}/\n"
    out["root/etc/storage.config"] = f"{root}/cache 32M\n"
    out["changes.txt"] = "".join(f"# {name}\n{out['root/etc/' + name].split('# changed for the measurement')[-1].strip()}\n\n" for name in CHANGED)
    return out


def argv(setup: Setup) -> list[str]:
    return ["traffic_server", f"--run-root={setup.folder}/root"]


PROXY = Software(
    "trafficserver",
    "Apache Traffic Server",
    "proxy",
    "trafficserver",
    "traffic_server",
    files,
    argv,
    True,
    logs=("root/log/diags.log", "root/log/error.log"),
    writable=("root/state", "root/run", "root/log", "root/cache"),
    shown=("changes.txt",),
)
