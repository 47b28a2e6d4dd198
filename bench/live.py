#!/usr/bin/env python
"""Live coverage: one live page, 1,000 readers polling it, a writer posting.

    .venv/bin/python bench/live.py [--readers 1000] [--interval 2] [--rate 1]
                                   [--duration 40]
    .venv/bin/python bench/live.py --matrix   # several intervals and rates

Starts Masthead as ``breaking.py`` does (granian, 2 workers, SQLite, the
page cache on), creates a live page with 20 entries, then connects
``--readers`` simulated readers: asyncio tasks on raw keep-alive HTTP/1.1
connections, each asking for ``/live/<id>/entries.json`` every
``--interval`` seconds (random phase), as the page's script does. A writer
thread posts ``--rate`` entries per second through the ORM for
``--duration`` seconds. Prints entries posted, entries delivered to readers
per second (summed over readers), delivery latency (entry committed →
reader has it), requests served per second, the page-cache hit ratio and
the database queries the misses cost.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import resource
import shutil
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import harness

PREFILL = 20
# granian's backpressure counts connections, idle keep-alive ones included
# (https://github.com/emmett-framework/granian/issues/789): the deployed
# "backpressure 2" serves 4 readers at a time when 1,000 connect directly.
# Readers behind nginx (deploy/nginx) share a few upstream connections; here
# they connect straight to granian, so it may hold them all.
LIVE_SERVER = "granian, 2 workers, backpressure 1100"
LIVE_COMMAND = [
    "{bin}/granian", "--interface", "wsgi", "--workers", "2",
    "--blocking-threads", "1", "--backpressure", "1100",
    "--host", "127.0.0.1", "--port", "{port}", "masthead.wsgi:application",
]  # fmt: skip


@dataclass
class Stats:
    requests: int = 0
    hits: int = 0
    misses: int = 0
    errors: int = 0
    delivered: int = 0
    latencies: list[float] = field(default_factory=list)


def create_live_page():
    from masthead.live.models import LiveBlogPage, LiveEntry
    from masthead.news.models import ArticleAuthor, Author
    from masthead.news.services import ensure_site_tree

    home = ensure_site_tree()
    author = Author.objects.create(name="Bench Reporter", slug="bench-reporter")
    page = LiveBlogPage(
        title="Bench live coverage",
        slug="bench-live",
        standfirst="A developing story, for the benchmark.",
        body=json.dumps([{"type": "paragraph", "value": "<p>Summary.</p>"}]),
    )
    page.article_authors = [ArticleAuthor(author=author, sort_order=0)]
    home.add_child(instance=page)
    page.save_revision().publish()
    for number in range(PREFILL):
        LiveEntry.objects.create(
            page=page,
            headline=f"Earlier entry {number}",
            body=entry_body(number),
            author=author,
            is_key_event=number % 7 == 0,
        )
    return page, author


def entry_body(number: int) -> str:
    text = (
        f"Update {number}: crews are working along the embankment and the "
        "council will speak again within the hour. "
    ) * 3
    return json.dumps([{"type": "text", "value": f"<p>{text}</p>"}])


def queries_per_render(page) -> int:
    """SQL statements of one uncached rendering of the endpoint."""
    from django.db import connection
    from django.test import Client

    client = Client()
    path = f"/live/{page.pk}/entries.json"
    client.get(path)
    counter = harness.QueryCounter()
    with connection.execute_wrapper(counter):
        response = client.get(path)
    assert response.status_code == 200, response.status_code
    return counter.count


def writer(page, author, *, rate: float, duration: float, committed: dict) -> None:
    """Post ``rate`` entries a second for ``duration`` seconds; remember
    when each was committed."""
    from django.db import connection

    from masthead.live.models import LiveEntry

    started = time.monotonic()
    number = PREFILL
    while time.monotonic() - started < duration:
        due = started + (number - PREFILL) / rate
        if due > time.monotonic():
            time.sleep(due - time.monotonic())
        entry = LiveEntry.objects.create(
            page=page,
            headline=f"Entry {number}",
            body=entry_body(number),
            author=author,
        )
        committed[entry.pk] = time.time()  # autocommit: saved and purged
        number += 1
    connection.close()


def rendered(headers: dict) -> bool:
    """Whether Masthead rendered this answer (not its page cache, not nginx's)."""
    if headers.get("x-masthead-cache") != "miss":
        return False
    # Through nginx, a stored "miss" answer is served again as a front hit.
    return headers.get("x-front-cache", "MISS") in {"MISS", "EXPIRED", "BYPASS"}


async def read_response(stream: asyncio.StreamReader) -> tuple[int, dict, bytes]:
    head = await stream.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        body = await stream.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        chunks = []
        while size := int((await stream.readuntil(b"\r\n")).strip(), 16):
            chunks.append(await stream.readexactly(size))
            await stream.readexactly(2)
        await stream.readuntil(b"\r\n")
        body = b"".join(chunks)
    else:
        raise OSError("no length")  # reconnect
    return status, headers, body


async def reader(
    host: str,
    port: int,
    path: str,
    *,
    interval: float,
    stop_at: float,
    committed: dict,
    stats: Stats,
    ready: asyncio.Event,
) -> None:
    stream, sink = await asyncio.open_connection(host, port)
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    seen: set[int] = set()
    await ready.wait()
    await asyncio.sleep(random.uniform(0, interval))
    while time.time() < stop_at:
        asked = time.monotonic()
        try:
            sink.write(request)
            status, headers, body = await read_response(stream)
        except (OSError, asyncio.IncompleteReadError):
            stats.errors += 1
            stream, sink = await asyncio.open_connection(host, port)
            continue
        now = time.time()
        stats.requests += 1
        if status != 200:
            stats.errors += 1
        elif rendered(headers):
            stats.misses += 1
        else:
            stats.hits += 1
        if status == 200:
            for entry in json.loads(body)["entries"]:
                if entry["id"] in seen:
                    continue
                seen.add(entry["id"])
                if entry["id"] in committed:
                    stats.delivered += 1
                    stats.latencies.append(now - committed[entry["id"]])
        await asyncio.sleep(max(0.0, interval - (time.monotonic() - asked)))
    sink.close()


async def run_readers(
    url: str, path: str, *, readers: int, interval: float, duration: float, start_writer
) -> tuple[Stats, float]:
    parts = urlsplit(url)
    stats = Stats()
    committed: dict[int, float] = {}
    ready = asyncio.Event()
    # Readers connect first and poll a while before the writer starts, so
    # each already has the page's entries when the measured part begins.
    warmup = interval + 1
    stop_at = time.time() + warmup + duration + interval + 2
    tasks = [
        asyncio.create_task(
            reader(
                parts.hostname,
                parts.port,
                path,
                interval=interval,
                stop_at=stop_at,
                committed=committed,
                stats=stats,
                ready=ready,
            )
        )
        for _ in range(readers)
    ]
    await asyncio.sleep(1)  # connections open
    ready.set()
    await asyncio.sleep(warmup)
    before = Stats(requests=stats.requests, hits=stats.hits, misses=stats.misses)
    began = time.monotonic()
    thread = threading.Thread(target=start_writer, args=(committed,))
    thread.start()
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - began
    thread.join()
    stats.requests -= before.requests
    stats.hits -= before.hits
    stats.misses -= before.misses
    stats.posted = len(committed)
    return stats, elapsed


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure(url, page, author, *, readers, interval, rate, duration, per_miss):
    path = f"/live/{page.pk}/entries.json"

    def start_writer(committed):
        writer(page, author, rate=rate, duration=duration, committed=committed)

    stats, elapsed = asyncio.run(
        run_readers(
            url,
            path,
            readers=readers,
            interval=interval,
            duration=duration,
            start_writer=start_writer,
        )
    )
    expected = stats.posted * readers
    latencies = stats.latencies or [float("nan")]
    return {
        "readers": readers,
        "interval": interval,
        "rate": rate,
        "posted": stats.posted,
        "delivered": stats.delivered,
        "complete": stats.delivered / expected if expected else 0.0,
        "delivered_per_s": stats.delivered / elapsed,
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "rps": stats.requests / elapsed,
        "hit_ratio": stats.hits / stats.requests if stats.requests else 0.0,
        "misses": stats.misses,
        "queries": stats.misses * per_miss,
        "queries_per_entry": stats.misses * per_miss / max(1, stats.posted),
        "queries_per_poll": stats.misses * per_miss / max(1, stats.requests),
        "errors": stats.errors,
    }


def print_rows(rows: list[dict]) -> None:
    print(
        "| readers | poll s | entries/s posted | entries posted | delivered "
        "| delivered entries/s | latency p50 s | p95 s | max s | requests/s "
        "| cache hits | misses (renders) | DB queries per entry | per poll | errors |"
    )
    print("|---" * 15 + "|")
    for r in rows:
        print(
            f"| {r['readers']:,} | {r['interval']:g} | {r['rate']:g} | {r['posted']} "
            f"| {r['delivered']:,} ({r['complete']:.1%}) "
            f"| {r['delivered_per_s']:,.0f} | {r['p50']:.2f} | {r['p95']:.2f} "
            f"| {r['max']:.2f} | {r['rps']:,.0f} | {r['hit_ratio']:.2%} "
            f"| {r['misses']} | {r['queries_per_entry']:.1f} "
            f"| {r['queries_per_poll']:.3f} | {r['errors']} |"
        )


@contextlib.contextmanager
def front_cache(upstream_url: str):
    """nginx with deploy/nginx's front cache in front of ``upstream_url``."""
    import breaking
    import nginx_front

    var = Path(os.environ["MASTHEAD_VAR_DIR"])
    port = breaking.free_port()
    config = nginx_front.front_config(
        port=port,
        upstream=upstream_url.removeprefix("http://"),
        static_root=str(var / "static"),
        media_root=str(var / "media"),
        cache_dir=str(var / "front-cache"),
    )
    with nginx_front.running([config]):
        yield f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=1000)
    parser.add_argument("--interval", type=float, default=2.0, help="poll seconds")
    parser.add_argument("--rate", type=float, default=1.0, help="entries a second")
    parser.add_argument("--duration", type=float, default=40.0, help="seconds")
    parser.add_argument(
        "--matrix", action="store_true", help="run several intervals and rates"
    )
    parser.add_argument("--server", default=None, help="a server of breaking.py")
    parser.add_argument(
        "--nginx",
        action="store_true",
        help="readers go through the nginx front cache of deploy/nginx to "
        "granian as deployed (backpressure 2)",
    )
    args = parser.parse_args()
    # One socket per reader here and one in the server.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))

    os.environ.pop("DATABASE_URL", None)  # the embedded default: SQLite
    harness.start_django("masthead-live-")
    import breaking

    breaking.SERVERS[LIVE_SERVER] = [
        part.replace("{bin}", str(breaking.BIN)) for part in LIVE_COMMAND
    ]
    server = args.server or (breaking.CHOSEN if args.nginx else LIVE_SERVER)

    page, author = create_live_page()
    per_miss = queries_per_render(page)
    if args.matrix:
        configs = [(5, 0.5), (2, 1), (2, 5), (1, 2), (1, 10)]
    else:
        configs = [(args.interval, args.rate)]
    print(
        f"Live page with {PREFILL} entries to start; SQLite; {os.cpu_count()} CPUs; "
        f"{server}, page cache on{', behind nginx' if args.nginx else ''}; "
        f"{args.readers:,} readers (asyncio, one "
        f"keep-alive connection each) in one process on the same machine; "
        f"{args.duration:g} s of posting per row. One uncached rendering of the "
        f"endpoint costs {per_miss} SQL queries.\n"
    )
    rows = []
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(breaking.server(server, cache=True))
        if args.nginx:
            url = stack.enter_context(front_cache(url))
        for interval, rate in configs:
            row = measure(
                url,
                page,
                author,
                readers=args.readers,
                interval=interval,
                rate=rate,
                duration=args.duration,
                per_miss=per_miss,
            )
            rows.append(row)
            print_rows(rows[-1:])
            sys.stdout.flush()
    print()
    print_rows(rows)
    shutil.rmtree(os.environ["MASTHEAD_VAR_DIR"], ignore_errors=True)


if __name__ == "__main__":
    main()
