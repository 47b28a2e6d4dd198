"""The page cache: whole pages for anonymous readers, purged by key.

A view that may be cached names what its page shows with ``tag()`` (an
article, a topic, "the feed" …). ``PageCacheMiddleware`` stores the finished
response with those tags and the time its rendering began; ``purge()`` stamps
a tag with the time of a change. An entry is served only while none of its
tags was purged after its rendering began, so a publish, update or unpublish
shows on every page that carries the article at once, and a page rendered from
the old content while the change was committing is never kept.

Only what is the same for every anonymous reader is stored: GET requests
without a session cookie or ``Authorization`` header, answered 200 with no
``Set-Cookie`` (so never a page holding a CSRF token or a member's name), by
a view that tagged its page. Members and editors carry a session cookie and
always get a freshly rendered page.

Entries and tag stamps live in the ``pages`` cache (``settings.CACHES``):
shared by every process (a file cache by default, Redis when configured), so
a purge made by the process that published is seen by all. A missing stamp
(never written, or evicted) makes an entry a miss, never a stale hit.
While a Redis page cache is unreachable every page is rendered
(``masthead.core.cache``); nothing is served from this process's copy then,
since purges made elsewhere cannot reach it.
``masthead.wsgi`` answers hits before Django's request handling starts.
"""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port

CACHE_ALIAS = "pages"
ENTRY_PREFIX = "page:"
STAMP_PREFIX = "purged:"
# A new stamp's distance before the rendering that writes it.
STAMP_EPSILON = 1e-6
# The time of the latest purge of any tag.
GENERATION = "purged-any"
# Tag on every cached page: purged by changes that touch the whole site
# (settings, navigation, authors' and topics' names, campaigns).
SITE = "site"
# Query parameters a cached page may depend on; any other parameter makes
# the request uncacheable, so random query strings cannot fill the cache.
CACHED_PARAMS = frozenset({"after"})
HEADER = "X-Masthead-Cache"
# How long a front cache (nginx, deploy/nginx) may keep a response: the
# seconds of MASTHEAD_FRONT_CACHE_SECONDS for pages cached here, 0 for every
# other response. nginx reads it and does not pass it on to readers.
FRONT_HEADER = "X-Accel-Expires"


def page_cache():
    return caches[CACHE_ALIAS]


def tag(request: HttpRequest, *tags: str) -> None:
    """Let the page answering ``request`` be cached, purged by ``tags``."""
    request._page_cache_tags = {*getattr(request, "_page_cache_tags", ()), *tags}


def purge(tags: Iterable[str]) -> None:
    """Every cached page carrying any of ``tags`` is stale from now on."""
    now = time.time()
    stamps = {STAMP_PREFIX + name: now for name in set(tags)}
    page_cache().set_many({**stamps, GENERATION: now}, timeout=None)
    local.forget_stamps()


def purge_on_commit(tags: Iterable[str]) -> None:
    """Purge now, and again once the current transaction commits: a page
    rendered from the old content in between is not kept either."""
    tags = set(tags)
    purge(tags)
    transaction.on_commit(lambda: purge(tags))


def purge_site() -> None:
    purge_on_commit([SITE])


@dataclass(frozen=True)
class Entry:
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    tags: frozenset[str]
    rendered_at: float


def entry_key(scheme: str, host: str, path: str, query: str) -> str | None:
    """The cache key of a URL, or None when the URL is not cacheable.

    A query string is cacheable only in its plain form: each parameter of
    ``CACHED_PARAMS`` at most once, with a value, nothing else; so one page
    has one key and query strings cannot multiply entries."""
    if query:
        parts = query.split("&")
        names = [part.split("=", 1)[0] for part in parts]
        if (
            len(set(names)) != len(names)
            or not set(names) <= CACHED_PARAMS
            or any(not part.partition("=")[2] for part in parts)
        ):
            return None
    url = f"{scheme}://{host.lower()}{path}?{query}"
    return ENTRY_PREFIX + hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


def is_anonymous(cookies: str, authorization: str | None) -> bool:
    """No session cookie and no credentials: the reader sees what all see.

    Any mention of the session cookie's name counts, however it is spaced
    or cased: a false "signed in" only costs a rendering."""
    if authorization:
        return False
    return settings.SESSION_COOKIE_NAME.lower() not in cookies.lower()


class LocalCopy:
    """This process's copy of recent entries and tag stamps.

    A hit then costs no trip to the shared cache at all. The copy holds while
    the shared ``GENERATION`` (the time of the latest purge anywhere) is the
    one it was read under; that is checked at most every ``CHECK_SECONDS``,
    so a purge made by another process shows here within that time, and one
    made by this process at once.
    """

    CHECK_SECONDS = 0.1
    MAX_ENTRIES = 500

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.stamps: dict[str, float] = {}
        self.generation: float | None = None
        self.checked_at = 0.0

    def forget_stamps(self) -> None:
        with self.lock:
            self.stamps = {}
            self.checked_at = 0.0

    def forget(self) -> None:
        with self.lock:
            self.entries.clear()
            self.stamps = {}
            self.generation = None
            self.checked_at = 0.0

    def check_generation(self) -> None:
        now = time.monotonic()
        if now - self.checked_at < self.CHECK_SECONDS:
            return
        generation = page_cache().get(GENERATION)
        with self.lock:
            if generation != self.generation:
                self.stamps = {}
                self.generation = generation
            self.checked_at = now

    def entry(self, key: str, *, shared: bool = False) -> Entry | None:
        entry = None if shared else self.entries.get(key)
        if entry is not None:
            with self.lock:
                if key in self.entries:
                    self.entries.move_to_end(key)  # least recently used goes first
        else:
            entry = page_cache().get(key)
            if not isinstance(entry, Entry):
                return None
            self.remember(key, entry)
        return entry

    def remember(self, key: str, entry: Entry) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.MAX_ENTRIES:
                self.entries.popitem(last=False)

    def tag_stamps(self, tags: frozenset[str]) -> dict[str, float]:
        stamps = self.stamps
        missing = [name for name in tags if name not in stamps]
        if missing:
            found = page_cache().get_many([STAMP_PREFIX + name for name in missing])
            fetched = {key.removeprefix(STAMP_PREFIX): v for key, v in found.items()}
            stamps.update(fetched)  # only stamps that exist are remembered
        return {name: stamps[name] for name in tags if name in stamps}


local = LocalCopy()


def is_fresh(entry: Entry) -> bool:
    """No tag of ``entry`` was purged since it was rendered, and it has not
    expired."""
    if time.time() - entry.rendered_at > settings.MASTHEAD_PAGE_CACHE_SECONDS:
        return False
    stamps = local.tag_stamps(entry.tags)
    if len(stamps) != len(entry.tags):
        return False  # a stamp was evicted: the entry cannot be trusted
    return all(stamp < entry.rendered_at for stamp in stamps.values())


def fresh_entry(key: str) -> Entry | None:
    """The stored page for ``key``, if it is fresh: this process's copy, or
    else the shared one (another process may have rendered it anew)."""
    local.check_generation()
    if not shared_cache_available():
        # Purges made elsewhere cannot reach this process now: its copy
        # cannot be trusted, so every request renders until Redis is back.
        local.forget()
        return None
    entry = local.entry(key)
    if entry is not None and not is_fresh(entry):
        entry = local.entry(key, shared=True)
    if entry is None or not is_fresh(entry):
        return None
    return entry


def shared_cache_available() -> bool:
    """False while the shared cache is a Redis found unreachable
    (``core.cache``): pages are then neither served from a cache nor kept."""
    return getattr(page_cache(), "available", True)


def store(key: str, entry: Entry) -> None:
    cache = page_cache()
    if not shared_cache_available():
        return
    # A tag without a stamp (never purged, or its stamp was evicted) gets one
    # just before this rendering: older entries with the tag, which may
    # predate a purge whose stamp was lost, are then stale, never fresh again.
    for name in entry.tags:
        cache.add(STAMP_PREFIX + name, entry.rendered_at - STAMP_EPSILON, timeout=None)
    cache.set(key, entry, settings.MASTHEAD_PAGE_CACHE_SECONDS)
    local.remember(key, entry)


def anonymous_get(method: str | None, meta: dict) -> bool:
    """A GET, with the page cache on, by someone without session or
    credentials (``meta``: a WSGI environ or ``request.META``)."""
    return (
        method == "GET"
        and bool(settings.MASTHEAD_PAGE_CACHE_SECONDS)
        and is_anonymous(meta.get("HTTP_COOKIE", ""), meta.get("HTTP_AUTHORIZATION"))
    )


def request_key(request: HttpRequest) -> str | None:
    if not anonymous_get(request.method, request.META):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        # Django answers 400 further in, where the security headers are set.
        return None
    port = split_domain_port(host)[1]
    if port and port != request.get_port():
        return None  # ALLOWED_HOSTS ignores ports: one entry per real port only
    return entry_key(
        request.scheme, host, request.path, request.META.get("QUERY_STRING", "")
    )


def cacheable(response: HttpResponse) -> bool:
    return (
        response.status_code == HTTPStatus.OK
        and not response.streaming
        and not response.cookies
        and "Set-Cookie" not in response
    )


def response_from(entry: Entry) -> HttpResponse:
    response = HttpResponse(entry.content, status=entry.status)
    for name, value in hit_headers(entry):
        response[name] = value
    return response


def hit_headers(entry: Entry) -> list[tuple[str, str]]:
    """The stored headers, marked as a hit the front cache may keep."""
    return [*entry.headers, (HEADER, "hit"), (FRONT_HEADER, front_seconds())]


def front_seconds() -> str:
    return str(settings.MASTHEAD_FRONT_CACHE_SECONDS)


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous readers.

    Place first, so the stored response carries every header the other
    middleware add, and a hit skips them all.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.respond(request)
        if FRONT_HEADER not in response:
            response[FRONT_HEADER] = "0"  # the front cache must not keep it
        return response

    def respond(self, request: HttpRequest) -> HttpResponse:
        key = request_key(request)
        if key is None:
            return self.get_response(request)
        entry = fresh_entry(key)
        if entry is not None:
            return response_from(entry)
        started = time.time()
        response = self.get_response(request)
        tags = getattr(request, "_page_cache_tags", None)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if tags is not None and not signed_in and cacheable(response):
            headers = tuple(
                (name, value)
                for name, value in response.items()
                if name.lower()
                not in {HEADER.lower(), FRONT_HEADER.lower(), "content-length"}
            )
            store(
                key,
                Entry(
                    status=response.status_code,
                    headers=headers,
                    content=response.content,
                    tags=frozenset({*tags, SITE}),
                    rendered_at=started,
                ),
            )
            response[HEADER] = "miss"
            response[FRONT_HEADER] = front_seconds()
        return response


def environ_key(environ: dict) -> str | None:
    """``request_key`` for a WSGI environ, before Django has made a request.

    Host and scheme are read as Django reads them; a host that Django would
    refuse has no entry, since entries are stored only after Django accepted
    the request."""
    if not anonymous_get(environ.get("REQUEST_METHOD"), environ):
        return None
    host = environ.get("HTTP_HOST")
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        host = environ["HTTP_X_FORWARDED_HOST"]
    if not host:
        return None
    scheme = environ.get("wsgi.url_scheme", "http")
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        forwarded = environ.get(header, "").split(",", 1)[0].strip()
        if forwarded:
            scheme = "https" if forwarded == secure_value else "http"
    raw_path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "/")
    path = raw_path.encode("iso-8859-1").decode("utf-8", "replace")
    return entry_key(scheme, host, path or "/", environ.get("QUERY_STRING", ""))


class PageCacheApp:
    """WSGI wrapper that answers cache hits without entering Django at all:
    no request object, no middleware, no URL resolving. Misses and every
    other request go to Django, whose ``PageCacheMiddleware`` stores pages."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        key = environ_key(environ)
        entry = fresh_entry(key) if key is not None else None
        if entry is None:
            return self.application(environ, start_response)
        status = f"{entry.status} {HTTPStatus(entry.status).phrase}"
        headers = [*hit_headers(entry), ("Content-Length", str(len(entry.content)))]
        start_response(status, headers)
        return [entry.content]


def tagged(*tags: str):
    """Decorate a view whose page may be cached, purged by ``tags``."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            tag(request, *tags)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
