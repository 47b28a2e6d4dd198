#!/usr/bin/env python
"""Breaking news on one small server: a large newsroom under wrk.

    make bench
    .venv/bin/python bench/breaking.py [--articles 100000] [--members 1000000]

Generates a large newsroom in bulk on SQLite in a temporary folder (100,000
articles, 500 authors, 2,000 topics, 1,000,000 members by default), then:

1. renders the article, feed and topic pages in-process (median of N cold
   renders, page cache off) and counts their SQL queries;
2. starts Masthead with its production server (granian, 2 workers, DEBUG
   off) on 127.0.0.1 and measures each page with wrk at 50 connections:
   cold (page cache off: every request rendered) and warm (page cache on);
3. serves the same article HTML as a static file from nginx (the physical
   reference) and through the documented nginx front cache (deploy/nginx);
4. compares WSGI servers on the warm and cold article page.

Prints Markdown tables. Needs Debian's wrk and nginx (``make bench`` installs
them).
"""

import argparse
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import nginx_front  # noqa: E402

BIN = Path(sys.executable).parent
WORKERS = 2
SERVERS = {
    "granian, 2 workers, backpressure 2": [
        str(BIN / "granian"), "--interface", "wsgi", "--workers", str(WORKERS),
        "--blocking-threads", "1", "--backpressure", "2",
        "--host", "127.0.0.1", "--port", "{port}", "masthead.wsgi:application",
    ],
    "granian, 2 workers, defaults": [
        str(BIN / "granian"), "--interface", "wsgi", "--workers", str(WORKERS),
        "--host", "127.0.0.1", "--port", "{port}", "masthead.wsgi:application",
    ],
    "gunicorn sync, 4 workers": [
        str(BIN / "gunicorn"), "masthead.wsgi", "-b", "127.0.0.1:{port}",
        "-w", "4", "--access-logfile", "/dev/null",
    ],
    "gunicorn gthread, 2 workers × 8 threads": [
        str(BIN / "gunicorn"), "masthead.wsgi", "-b", "127.0.0.1:{port}",
        "-w", "2", "--threads", "8", "-k", "gthread", "--access-logfile", "/dev/null",
    ],
}  # fmt: skip
CHOSEN = "granian, 2 workers, backpressure 2"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def server(name: str, *, cache: bool):
    """Run Masthead under the server ``name`` with the page cache on or off."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "MASTHEAD_PAGE_CACHE_SECONDS": "600" if cache else "0",
        "PYTHONPATH": str(ROOT),
    }
    command = [part.replace("{port}", str(port)) for part in SERVERS[name]]
    log = open(Path(os.environ["MASTHEAD_VAR_DIR"]) / "server.log", "ab")  # noqa: SIM115
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=log)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            with contextlib.suppress(OSError):
                # Only http URLs of the benchmark's own local servers.
                urllib.request.urlopen(url + "/robots.txt", timeout=2).read()  # nosec B310
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"{name} did not start; see server.log")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def fetch(url: str) -> bytes:
    # Only http URLs of the benchmark's own local servers.
    with urllib.request.urlopen(url, timeout=30) as response:  # nosec B310
        return response.read()


def wrk(url: str, *, duration: int, connections: int) -> dict:
    """Requests per second and p50/p99 latency in ms, from wrk."""
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(output, "50%"),
        "p99": latency(output, "99%"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def latency(output: str, percentile: str) -> float:
    value, unit = re.search(
        rf"^\s+{re.escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", output, re.M
    ).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def row(label: str, result: dict, reference: float | None = None) -> str:
    ratio = f"{result['rps'] / reference:.1%}" if reference else ""
    errors = f" ({result['errors']} errors)" if result["errors"] else ""
    return (
        f"| {label} | {result['rps']:,.0f}{errors} | {result['p50']:.2f} "
        f"| {result['p99']:.2f} | {ratio} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--authors", type=int, default=500)
    parser.add_argument("--topics", type=int, default=2_000)
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    for tool in ("wrk", nginx_front.NGINX):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: `make bench` installs Debian's wrk and nginx")

    os.environ.pop("DATABASE_URL", None)  # the embedded default: SQLite
    began = time.perf_counter()
    harness.start_django("masthead-breaking-")
    import bulkgen

    from masthead.news.models import ArticlePage

    started = time.perf_counter()
    bulkgen.generate(articles=args.articles, authors=args.authors, topics=args.topics)
    articles_seconds = time.perf_counter() - started
    started = time.perf_counter()
    bulkgen.generate_members(args.members)
    members_seconds = time.perf_counter() - started

    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    topic = article.topics.first()
    pages = {"article": article.url, "feed": "/", "topic": f"/topics/{topic.slug}/"}
    print(
        f"Newsroom: {args.articles:,} articles, {args.authors} authors, "
        f"{args.topics:,} topics ({articles_seconds:.0f} s); "
        f"{args.members:,} members ({members_seconds:.0f} s). SQLite, "
        f"{os.cpu_count()} CPUs, wrk -t2 -c{args.connections} -d{args.duration}s.\n"
    )

    print(f"## Cold render in-process (median of {args.renders}, page cache off)\n")
    print("| page | URL | p50 ms | p90 ms | SQL queries |")
    print("|---|---|---|---|---|")
    for result in harness.measure_renders(pages, args.renders):
        print(
            f"| {result['page']} | `{result['url']}` | {result['median']:.1f} "
            f"| {result['p90']:.1f} | {result['queries']} |"
        )

    load = {"duration": args.duration, "connections": args.connections}
    results = {}
    with server(CHOSEN, cache=False) as url:
        for name, path in pages.items():
            fetch(url + path)
            results[f"{name}, cold"] = wrk(url + path, **load)
    with server(CHOSEN, cache=True) as url:
        for name, path in pages.items():
            fetch(url + path)
            results[f"{name}, warm"] = wrk(url + path, **load)
        html = fetch(url + pages["article"])
        static = tempfile.mkdtemp(prefix="masthead-static-")
        Path(static, "article.html").write_bytes(html)
        static_port, front_port = free_port(), free_port()
        servers = [
            nginx_front.static_config(port=static_port, root=static),
            nginx_front.front_config(
                port=front_port,
                upstream=url.removeprefix("http://"),
                static_root=str(Path(os.environ["MASTHEAD_VAR_DIR"]) / "static"),
                media_root=str(Path(os.environ["MASTHEAD_VAR_DIR"]) / "media"),
                cache_dir=str(Path(static) / "front-cache"),
            ),
        ]
        with nginx_front.running(servers):
            nginx_url = f"http://127.0.0.1:{static_port}/article.html"
            results["nginx static file"] = wrk(nginx_url, **load)
            front_url = f"http://127.0.0.1:{front_port}{pages['article']}"
            fetch(front_url)
            results["article, warm, nginx front cache"] = wrk(front_url, **load)
    reference = results["nginx static file"]["rps"]

    print(f"\n## HTTP, {CHOSEN}, {args.connections} connections\n")
    print("| page | requests/s | p50 ms | p99 ms | of nginx static |")
    print("|---|---|---|---|---|")
    for label, result in results.items():
        print(row(label, result, reference))

    print("\n## WSGI servers, article page\n")
    print("| server | warm requests/s | warm p99 ms | cold requests/s | cold p99 ms |")
    print("|---|---|---|---|---|")
    for name in SERVERS:
        measured = {}
        for cache in (True, False):
            with server(name, cache=cache) as url:
                fetch(url + pages["article"])
                measured[cache] = wrk(url + pages["article"], **load)
        print(
            f"| {name} | {measured[True]['rps']:,.0f} | {measured[True]['p99']:.2f} "
            f"| {measured[False]['rps']:,.0f} | {measured[False]['p99']:.2f} |"
        )
    print(f"\nWhole run: {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
