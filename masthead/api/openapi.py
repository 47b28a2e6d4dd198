"""The Content API's OpenAPI 3 description, served at a stable URL."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from masthead.api.views import DEFAULT_LIMIT, MAX_LIMIT


def nullable(kind: str) -> dict:
    return {"type": [kind, "null"]}


ERROR = {
    "type": "object",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["message", "type"],
                "properties": {
                    "message": {"type": "string"},
                    "type": {"type": "string"},
                    "context": nullable("string"),
                },
            },
        }
    },
}

# Items list no required keys: ``fields`` lets a client ask for any subset.
AUTHOR = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "slug": {"type": "string"},
        "name": {"type": "string"},
        "profile_image": nullable("string"),
        "bio": nullable("string"),
        "url": {"type": "string"},
        "count": {"type": "object", "properties": {"posts": {"type": "integer"}}},
    },
}

TAG = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "slug": {"type": "string"},
        "name": {"type": "string"},
        "description": nullable("string"),
        "visibility": {"type": "string"},
        "url": {"type": "string"},
        "count": {"type": "object", "properties": {"posts": {"type": "integer"}}},
    },
}

POST = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "uuid": {"type": "string"},
        "title": {"type": "string"},
        "slug": {"type": "string"},
        "html": {"type": "string"},
        "plaintext": {"type": "string"},
        "feature_image": nullable("string"),
        "feature_image_alt": nullable("string"),
        "feature_image_caption": nullable("string"),
        "featured": {"type": "boolean"},
        "visibility": {"type": "string", "enum": ["public", "members", "paid"]},
        "published_at": nullable("string"),
        "updated_at": nullable("string"),
        "excerpt": {"type": "string"},
        "reading_time": {"type": "integer"},
        "url": {"type": "string"},
        "authors": {"type": "array", "items": AUTHOR},
        "tags": {"type": "array", "items": TAG},
        "primary_author": {"oneOf": [AUTHOR, {"type": "null"}]},
        "primary_tag": {"oneOf": [TAG, {"type": "null"}]},
    },
}

PAGINATION = {
    "type": "object",
    "required": ["pagination"],
    "properties": {
        "pagination": {
            "type": "object",
            "required": ["page", "limit", "pages", "total"],
            "properties": {
                "page": {"type": "integer", "minimum": 1},
                "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                "pages": {"type": "integer", "minimum": 1},
                "total": {"type": "integer", "minimum": 0},
                "next": nullable("integer"),
                "prev": nullable("integer"),
            },
        }
    },
}


def envelope(resource: str, item: dict, *, paginated: bool) -> dict:
    schema = {
        "type": "object",
        "required": [resource],
        "properties": {resource: {"type": "array", "items": item}},
    }
    if paginated:
        schema["required"].append("meta")
        schema["properties"]["meta"] = PAGINATION
    return schema


def json_content(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


ERRORS = {
    "400": {"description": "Bad parameter", "content": json_content(ERROR)},
    "401": {
        "description": "Missing, unknown or revoked key",
        "content": json_content(ERROR),
    },
    "429": {
        "description": "Too many requests for this key",
        "content": json_content(ERROR),
    },
}

LISTING_PARAMETERS = [
    {
        "name": "limit",
        "in": "query",
        "schema": {"type": "string", "default": str(DEFAULT_LIMIT)},
    },
    {"name": "page", "in": "query", "schema": {"type": "string", "default": "1"}},
    {"name": "order", "in": "query", "schema": {"type": "string"}},
    {"name": "filter", "in": "query", "schema": {"type": "string"}},
]
COMMON_PARAMETERS = [
    {"name": "include", "in": "query", "schema": {"type": "string"}},
    {"name": "fields", "in": "query", "schema": {"type": "string"}},
    {
        "name": "locale",
        "in": "query",
        "schema": {"type": "string", "enum": ["en", "uk"]},
    },
]


def browse(
    resource: str, item: dict, summary: str, *, extra: list | None = None
) -> dict:
    return {
        "get": {
            "summary": summary,
            "operationId": f"browse_{resource}",
            "parameters": LISTING_PARAMETERS + COMMON_PARAMETERS + (extra or []),
            "responses": {
                "200": {
                    "description": "A page",
                    "content": json_content(envelope(resource, item, paginated=True)),
                },
                **ERRORS,
            },
        }
    }


def read(
    resource: str, item: dict, by: str, summary: str, *, extra: list | None = None
) -> dict:
    return {
        "get": {
            "summary": summary,
            "operationId": f"read_{resource}_by_{by}",
            "parameters": [
                {
                    "name": by if by == "slug" else "ghost_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                },
                *COMMON_PARAMETERS,
                *(extra or []),
            ],
            "responses": {
                "200": {
                    "description": "One item",
                    "content": json_content(envelope(resource, item, paginated=False)),
                },
                "404": {"description": "Not found", "content": json_content(ERROR)},
                **ERRORS,
            },
        }
    }


FORMATS = [{"name": "formats", "in": "query", "schema": {"type": "string"}}]


def document(base_url: str) -> dict:
    base = "/ghost/api/content"
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Masthead Content API",
            "version": "1.0.0",
            "description": "Read-only content, in the dialect of Ghost's Content API.",
        },
        "servers": [{"url": base_url.rstrip("/")}],
        "security": [{"key": []}],
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "key"}}
        },
        "paths": {
            f"{base}/posts/": browse(
                "posts", POST, "Published posts, newest first", extra=FORMATS
            ),
            f"{base}/posts/slug/{{slug}}/": read(
                "posts", POST, "slug", "A post by slug", extra=FORMATS
            ),
            f"{base}/posts/{{ghost_id}}/": read(
                "posts", POST, "id", "A post by id", extra=FORMATS
            ),
            f"{base}/authors/": browse("authors", AUTHOR, "Authors"),
            f"{base}/authors/slug/{{slug}}/": read(
                "authors", AUTHOR, "slug", "An author by slug"
            ),
            f"{base}/tags/": browse("tags", TAG, "Topics, as Ghost tags"),
            f"{base}/tags/slug/{{slug}}/": read("tags", TAG, "slug", "A topic by slug"),
            f"{base}/settings/": {
                "get": {
                    "summary": "The newsroom's public settings",
                    "operationId": "browse_settings",
                    "parameters": [COMMON_PARAMETERS[2]],
                    "responses": {
                        "200": {
                            "description": "Settings",
                            "content": json_content(
                                {
                                    "type": "object",
                                    "required": ["settings"],
                                    "properties": {
                                        "settings": {
                                            "type": "object",
                                            "required": ["title", "url"],
                                            "properties": {
                                                "title": {"type": "string"},
                                                "url": {"type": "string"},
                                            },
                                        }
                                    },
                                }
                            ),
                        },
                        **ERRORS,
                    },
                }
            },
        },
    }


@require_GET
def openapi_json(request: HttpRequest) -> JsonResponse:
    response = JsonResponse(document(request.build_absolute_uri("/")))
    response["Access-Control-Allow-Origin"] = "*"
    return response
