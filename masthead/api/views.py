"""A read-only Content API that speaks Ghost's dialect.

Paths, the ``key`` parameter, ``include``, ``fields``, ``formats``,
``filter`` (see ``nql``), ``limit``/``page``/``order`` and the error shape
follow Ghost's Content API, so Ghost's own client and themes' tooling work
against Masthead unchanged. ``locale=uk`` picks the language.
"""

import hashlib
import json
import math
import uuid
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from masthead.api import nql, serializers
from masthead.api.models import ContentAPIKey
from masthead.core import ratelimit
from masthead.core.i18n import active_locale
from masthead.news import queries
from masthead.news.models import ArticlePage, Author, Topic

DEFAULT_LIMIT = 15
MAX_LIMIT = 100  # "all" is capped too: a page of the archive, not the archive
CACHE_SECONDS = 60
ORDERS = {
    "published_at": "first_published_at",
    "updated_at": "last_published_at",
    "title": "title",
    "name": "name",
    "slug": "slug",
}


class APIError(Exception):
    def __init__(
        self, status: int, kind: str, message: str, context: str | None = None
    ):
        super().__init__(message)
        self.status, self.kind, self.message, self.context = (
            status,
            kind,
            message,
            context,
        )


def error_response(error: APIError) -> JsonResponse:
    return JsonResponse(
        {
            "errors": [
                {
                    "message": error.message,
                    "context": error.context,
                    "type": error.kind,
                    "details": None,
                    "property": None,
                    "help": None,
                    "code": None,
                    "id": str(uuid.uuid4()),
                    "ghostErrorCode": None,
                }
            ]
        },
        status=error.status,
    )


def key_cache_name(key: str) -> str:
    return f"masthead:api-key:{hashlib.sha256(key.encode()).hexdigest()[:32]}"


def check_key(request: HttpRequest) -> str:
    key = request.GET.get("key", "")
    if not key:
        raise APIError(
            401,
            "UnauthorizedError",
            "Authorization failed",
            "No Content API key given.",
        )
    valid = cache.get(key_cache_name(key))
    if valid is None:
        valid = ContentAPIKey.objects.filter(key=key, revoked=False).exists()
        cache.set(key_cache_name(key), valid, 300)
    if not valid:
        raise APIError(
            401, "UnauthorizedError", "Authorization failed", "Unknown Content API Key"
        )
    try:
        ratelimit.hit(
            "content-api", key, ratelimit.Limit.parse(settings.MASTHEAD_API_RATE)
        )
    except ratelimit.RateLimited as limited:
        raise APIError(
            429,
            "TooManyRequestsError",
            "Too many requests.",
            f"Retry after {limited.retry_after} s.",
        ) from None
    return key


@receiver(post_save, sender=ContentAPIKey)
@receiver(post_delete, sender=ContentAPIKey)
def forget_key(sender, instance, **kwargs) -> None:
    cache.delete(key_cache_name(instance.key))


def listing_params(request: HttpRequest, *, default_order: str) -> dict:
    raw_limit = request.GET.get("limit", str(DEFAULT_LIMIT))
    raw_page = request.GET.get("page", "1")
    if raw_limit == "all":
        limit = MAX_LIMIT
    elif raw_limit.isascii() and raw_limit.isdigit() and int(raw_limit) > 0:
        limit = min(int(raw_limit), MAX_LIMIT)
    else:
        raise APIError(
            400,
            "ValidationError",
            "Validation error, cannot read limit.",
            raw_limit[:50],
        )
    if not (raw_page.isascii() and raw_page.isdigit() and int(raw_page) > 0):
        raise APIError(
            400, "ValidationError", "Validation error, cannot read page.", raw_page[:50]
        )
    order = request.GET.get("order", default_order).strip().split()
    if (
        not order
        or order[0] not in ORDERS
        or (len(order) > 1 and order[1] not in ("asc", "desc"))
    ):
        raise APIError(
            400, "ValidationError", "Validation error, cannot order by that."
        )
    direction = "-" if len(order) == 1 or order[1] == "desc" else ""
    return {
        "limit": limit,
        "page": int(raw_page),
        "order": (order[0], direction),
    }


def csv_param(request: HttpRequest, name: str) -> set[str]:
    return {
        part.strip() for part in request.GET.get(name, "").split(",") if part.strip()
    }


def paginate(queryset: QuerySet, params: dict) -> tuple[list, dict]:
    total = queryset.count()
    limit, page = params["limit"], params["page"]
    pages = max(1, math.ceil(total / limit))
    items = list(queryset[(page - 1) * limit : page * limit])
    meta = {
        "pagination": {
            "page": page,
            "limit": limit,
            "pages": pages,
            "total": total,
            "next": page + 1 if page < pages else None,
            "prev": page - 1 if page > 1 else None,
        }
    }
    return items, meta


def only_fields(items: list[dict], fields: set[str]) -> list[dict]:
    if not fields:
        return items
    return [{k: v for k, v in item.items() if k in fields} for item in items]


def post_filters(clauses: list[nql.Clause], locale: Locale) -> Q:
    condition = Q()
    for clause in clauses:
        key = clause.key
        values = list(clause.values)
        if key in {"tag", "tags", "primary_tag", "tags.slug"}:
            part = Q(
                pk__in=ArticlePage.topics.through.objects.filter(
                    topic__slug__in=values
                ).values("articlepage_id")
            )
        elif key in {"author", "authors", "primary_author", "authors.slug"}:
            part = Q(article_authors__author__slug__in=values)
        elif key == "slug":
            part = Q(slug__in=values)
        elif key == "id":
            part = Q(pk__in=[serializers.pk_from(v) for v in values])
        elif key == "visibility":
            part = Q(visibility__in=values)
        elif key == "featured":
            part = Q() if values == ["false"] else Q(pk__in=[])
        elif key == "published_at" and clause.op and len(values) == 1:
            try:
                moment = datetime.fromisoformat(values[0])
            except ValueError:
                raise APIError(
                    400, "BadRequestError", "Cannot read that date."
                ) from None
            lookup = {">": "gt", "<": "lt", ">=": "gte", "<=": "lte"}[clause.op]
            part = Q(**{f"first_published_at__{lookup}": moment})
        else:
            raise APIError(
                400, "BadRequestError", f"Filtering by {key!r} is not supported."
            )
        condition &= ~part if clause.negate else part
    return condition


def snippet_filters(clauses: list[nql.Clause]) -> Q:
    condition = Q()
    for clause in clauses:
        if clause.key == "slug":
            part = Q(slug__in=clause.values)
        elif clause.key == "id":
            part = Q(pk__in=[serializers.pk_from(v) for v in clause.values])
        else:
            raise APIError(
                400, "BadRequestError", f"Filtering by {clause.key!r} is not supported."
            )
        condition &= ~part if clause.negate else part
    return condition


def api_view(resource: str) -> Callable:
    """Wrap a view: key check, language, errors, caching headers, ETag."""

    def decorate(view: Callable) -> Callable:
        @require_GET
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            language = request.GET.get("locale", settings.LANGUAGE_CODE)
            if language not in dict(settings.LANGUAGES):
                language = settings.LANGUAGE_CODE
            try:
                check_key(request)
                with translation.override(language):
                    data, meta = view(request, *args, locale=active_locale(), **kwargs)
            except nql.FilterError as error:
                response = error_response(APIError(400, "BadRequestError", str(error)))
            except APIError as error:
                response = error_response(error)
            else:
                document = {resource: data}
                if meta is not None:
                    document["meta"] = meta
                body = json.dumps(document, ensure_ascii=False)
                etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
                if request.headers.get("If-None-Match") == etag:
                    response = HttpResponseNotModified()
                else:
                    response = HttpResponse(
                        body, content_type="application/json; charset=utf-8"
                    )
                response["ETag"] = etag
                response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
            response["Access-Control-Allow-Origin"] = "*"
            response["Vary"] = "Accept-Version"
            return response

        return wrapper

    return decorate


def articles_for(request: HttpRequest, locale: Locale) -> QuerySet[ArticlePage]:
    clauses = nql.parse(request.GET["filter"]) if request.GET.get("filter") else []
    return (
        ArticlePage.objects.published()
        .public()
        .filter(locale=locale)
        .filter(post_filters(clauses, locale))
        .distinct()
    )


def serialize_posts(request, articles: list[ArticlePage], locale: Locale) -> list[dict]:
    queries.localize_bylines(articles, locale=locale)
    include = csv_param(request, "include")
    formats = csv_param(request, "formats") or {"html"}
    posts = [
        serializers.post_json(a, request, include=include, formats=formats)
        for a in articles
    ]
    return only_fields(posts, csv_param(request, "fields"))


@api_view("posts")
def posts(request: HttpRequest, *, locale: Locale):
    params = listing_params(request, default_order="published_at desc")
    field, direction = params["order"]
    ordered = articles_for(request, locale).order_by(
        f"{direction}{ORDERS[field]}", f"{direction}pk"
    )
    articles, meta = paginate(queries.with_listing_data(ordered), params)
    return serialize_posts(request, articles, locale), meta


@api_view("posts")
def post(request: HttpRequest, *, locale: Locale, ghost_id: str = "", slug: str = ""):
    articles = articles_for(request, locale)
    lookup = {"slug": slug} if slug else {"pk": serializers.pk_from(ghost_id)}
    found = list(queries.with_listing_data(articles.filter(**lookup))[:1])
    if not found:
        raise APIError(404, "NotFoundError", "Post not found.")
    return serialize_posts(request, found, locale), None


def snippet_listing(
    request, model, serializer, locale: Locale, *, one: dict | None = None
):
    clauses = nql.parse(request.GET["filter"]) if request.GET.get("filter") else []
    items = model.objects.filter(locale=locale).filter(snippet_filters(clauses))
    if model is Author:
        items = items.select_related("avatar")
    counting = "count.posts" in csv_param(request, "include")
    if counting:
        # Live posts in this language, as Ghost counts published posts.
        pages = "bylines__page__" if model is Author else "articles__"
        items = items.annotate(
            post_count=Count(
                pages + "pk",
                filter=Q(**{pages + "live": True, pages + "locale": locale}),
                distinct=True,
            )
        )
    if one is not None:
        found = list(items.filter(**one)[:1])
        if not found:
            raise APIError(
                404, "NotFoundError", f"{model._meta.verbose_name.title()} not found."
            )
        return found, None
    params = listing_params(request, default_order="name asc")
    field, direction = params["order"]
    if field not in {"name", "slug"}:
        raise APIError(
            400, "ValidationError", "Validation error, cannot order by that."
        )
    return paginate(items.order_by(f"{direction}{field}", "pk"), params)


def serialize_snippets(request, found, serializer) -> list[dict]:
    counting = "count.posts" in csv_param(request, "include")
    data = [
        serializer(item, request, post_count=item.post_count if counting else None)
        for item in found
    ]
    return only_fields(data, csv_param(request, "fields"))


@api_view("authors")
def authors(
    request: HttpRequest, *, locale: Locale, ghost_id: str = "", slug: str = ""
):
    one = (
        {"slug": slug}
        if slug
        else ({"pk": serializers.pk_from(ghost_id)} if ghost_id else None)
    )
    found, meta = snippet_listing(
        request, Author, serializers.author_json, locale, one=one
    )
    return serialize_snippets(request, found, serializers.author_json), meta


@api_view("tags")
def tags(request: HttpRequest, *, locale: Locale, ghost_id: str = "", slug: str = ""):
    one = (
        {"slug": slug}
        if slug
        else ({"pk": serializers.pk_from(ghost_id)} if ghost_id else None)
    )
    found, meta = snippet_listing(request, Topic, serializers.tag_json, locale, one=one)
    return serialize_snippets(request, found, serializers.tag_json), meta


@api_view("settings")
def site_settings(request: HttpRequest, *, locale: Locale):
    return serializers.settings_json(request), {}
