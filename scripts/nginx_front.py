"""Run Debian's nginx with Masthead's front-cache configuration on loopback.

Used by the tests and the breaking-news benchmark: the server block is
``deploy/nginx/masthead.conf.template`` exactly as deployed, wrapped in a
minimal main configuration whose files all live in a temporary folder.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from string import Template

NGINX = "/usr/sbin/nginx"
TEMPLATE = Path(__file__).resolve().parents[1] / "deploy/nginx/masthead.conf.template"

MAIN = """\
{user}worker_processes {workers};
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    # As Debian's own nginx.conf sets them.
    sendfile on;
    tcp_nopush on;
    access_log off;
    default_type application/octet-stream;
    types {{ text/html html; text/css css; application/javascript js;
             image/jpeg jpg; image/webp webp; image/svg+xml svg; }}
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
{servers}
}}
"""

STATIC_SERVER = """\
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ default_type text/html; }}
    }}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def available() -> bool:
    return os.path.exists(NGINX)


def front_config(*, port: int, upstream: str, static_root: str, media_root: str,
                 cache_dir: str) -> str:  # fmt: skip
    return Template(TEMPLATE.read_text()).safe_substitute(
        LISTEN=f"127.0.0.1:{port}",
        SERVER_NAME="127.0.0.1 localhost",
        UPSTREAM=upstream,
        CACHE_DIR=cache_dir,
        STATIC_ROOT=static_root,
        MEDIA_ROOT=media_root,
    )


def static_config(*, port: int, root: str) -> str:
    return STATIC_SERVER.format(port=port, root=root)


@contextlib.contextmanager
def running(servers: list[str], *, workers: int = 2) -> Iterator[str]:
    """Start nginx with ``servers`` (server blocks); yield its folder."""
    folder = tempfile.mkdtemp(prefix="masthead-nginx-")
    config = Path(folder) / "nginx.conf"
    config.write_text(
        MAIN.format(
            # As root, workers would drop to "nobody", who cannot read the
            # private temporary folders the tests and benchmarks use.
            user="user root;\n" if os.geteuid() == 0 else "",
            workers=workers,
            folder=folder,
            servers="\n".join(servers),
        )
    )
    subprocess.run([NGINX, "-t", "-q", "-c", str(config)], check=True)
    subprocess.run([NGINX, "-c", str(config)], check=True)
    try:
        for _ in range(50):
            if (Path(folder) / "nginx.pid").exists():
                break
            time.sleep(0.05)
        yield folder
    finally:
        subprocess.run([NGINX, "-c", str(config), "-s", "stop"], check=False)
        time.sleep(0.2)
        shutil.rmtree(folder, ignore_errors=True)
