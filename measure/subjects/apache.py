"""Apache httpd as a reverse proxy (mod_proxy_http, mod_cache with cache_disk) and as an origin
serving one file; Debian's build, foreground, every path in the temp folder."""

from __future__ import annotations

from .base import Setup, Software

MODULES = "/usr/lib/apache2/modules"


def _main(setup: Setup, modules: tuple[str, ...], rest: str) -> str:
    loads = "".join(f"LoadModule {name}_module {MODULES}/mod_{name}.so\n" for name in ("mpm_event", "authz_core", *modules))
    return (
        f"ServerRoot {setup.folder}\nDefaultRuntimeDir {setup.folder}\nPidFile {setup.folder}/httpd.pid\nMutex file:{setup.folder} default\n"
        f"ErrorLog {setup.folder}/error.log\n{loads}Listen 127.0.0.1:{setup.port}\nServerName 127.0.0.1\nLimitRequestBody {setup.body_limit}\n{rest}"
    )


def proxy_files(setup: Setup) -> dict[str, str]:
    rest = (
        f"ProxyTimeout {setup.timeout}\nProxyPass /dead/ http://127.0.0.1:{setup.dead}/dead/\nProxyPass / http://127.0.0.1:{setup.upstream}/\n"
        f"CacheEnable disk /\nCacheRoot {setup.folder}/cache\n"
    )
    return {"httpd.conf": _main(setup, ("proxy", "proxy_http", "cache", "cache_disk"), rest)}


def origin_files(setup: Setup) -> dict[str, str]:
    rest = f'AliasMatch "^/" "{setup.folder}/www/ok.txt"\n<Directory "{setup.folder}/www">\n    Require all granted\n</Directory>\n'
    return {"httpd.conf": _main(setup, ("alias",), rest), "www/ok.txt": "ok\n"}


def argv(setup: Setup) -> list[str]:
    return ["apache2", "-f", f"{setup.folder}/httpd.conf", "-DFOREGROUND"]


PROXY = Software(
    "apache", "Apache httpd", "proxy", "apache2", "apache2", proxy_files, argv, True, logs=("error.log",), writable=("cache",), shown=("httpd.conf",)
)
ORIGIN = Software("apache-origin", "Apache httpd", "origin", "apache2", "apache2", origin_files, argv, logs=("error.log",), shown=("httpd.conf",))
