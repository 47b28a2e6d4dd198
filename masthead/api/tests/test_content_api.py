import pytest

from masthead.api.models import ContentAPIKey
from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db

BASE = "/ghost/api/content"


@pytest.fixture
def key(db):
    return ContentAPIKey.objects.create(name="tests").key


def get(client, path, key, **params):
    return client.get(f"{BASE}{path}", {"key": key, **params})


@pytest.mark.parametrize("bad_key", [None, "", "0" * 26, "not-a-key"])
def test_a_key_is_required(client, newsroom, bad_key):
    params = {} if bad_key is None else {"key": bad_key}
    response = client.get(f"{BASE}/posts/", params)
    assert response.status_code == 401
    error = response.json()["errors"][0]
    assert error["type"] == "UnauthorizedError"
    assert error["message"] == "Authorization failed"


def test_a_revoked_key_is_refused_at_once(client, newsroom, key):
    assert get(client, "/posts/", key).status_code == 200
    api_key = ContentAPIKey.objects.get(key=key)
    api_key.revoked = True
    api_key.save()
    assert get(client, "/posts/", key).status_code == 401
    assert ContentAPIKey.objects.get(key=key).revoked_at is not None


def test_keys_look_like_ghosts():
    key = ContentAPIKey.objects.create(name="x").key
    assert len(key) == 26
    int(key, 16)


def test_posts_paginate_like_ghost(client, newsroom, key):
    data = get(client, "/posts/", key, limit=3, page=2).json()
    assert [p["slug"] for p in data["posts"]] == ["story-5", "story-4", "story-3"]
    assert data["meta"]["pagination"] == {
        "page": 2,
        "limit": 3,
        "pages": 3,
        "total": 8,
        "next": 3,
        "prev": 1,
    }
    everything = get(client, "/posts/", key, limit="all").json()
    assert len(everything["posts"]) == 8


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "-1"},
        {"limit": "ten"},
        {"page": "0"},
        {"page": "x"},
        {"order": "nonsense desc"},
        {"order": "title sideways"},
        {"filter": "secret_field:1"},
        {"filter": "tag:[energy"},
        {"filter": "tag:"},
        {"filter": "published_at:>'yesterday'"},
        {"filter": "x" * 2000},
    ],
)
def test_bad_parameters_get_ghost_shaped_400s(client, newsroom, key, params):
    response = get(client, "/posts/", key, **params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["type"] in {
        "ValidationError",
        "BadRequestError",
    }


@pytest.mark.parametrize(
    ("nql", "expected"),
    [
        ("tag:energy", ["story-7", "story-5", "story-3", "story-2"]),
        (
            "tag:[council,harbour]",
            ["story-8", "story-7", "story-6", "story-4", "story-3", "story-1"],
        ),
        ("tag:energy+author:cy-moss", ["story-7", "story-3"]),
        ("tag:-energy", ["story-8", "story-6", "story-4", "story-1"]),
        ("slug:story-2", ["story-2"]),
        ("featured:true", []),
    ],
)
def test_filters(client, newsroom, key, nql, expected):
    data = get(client, "/posts/", key, filter=nql, fields="slug", limit="all").json()
    assert [p["slug"] for p in data["posts"]] == expected


def test_fields_include_and_formats(client, newsroom, key):
    post = get(
        client,
        "/posts/slug/story-2/",
        key,
        include="authors,tags",
        fields="slug,authors,plaintext",
        formats="plaintext",
    ).json()["posts"][0]
    assert set(post) == {"slug", "authors", "plaintext"}
    assert [a["slug"] for a in post["authors"]] == ["bo-lind", "ada-reed"]
    assert "<p>" not in post["plaintext"]


def test_members_only_posts_expose_only_public_fields(client, newsroom, key):
    ArticlePage.objects.filter(slug="story-2").update(visibility="paid")
    post = get(client, "/posts/slug/story-2/", key, formats="html,plaintext").json()[
        "posts"
    ][0]
    assert post["html"] == ""
    assert post["plaintext"] == ""
    assert post["visibility"] == "paid"
    assert post["excerpt"] == "What happened in story 2."


def test_etag_and_cache_headers(client, newsroom, key):
    first = get(client, "/posts/", key)
    assert first["Cache-Control"] == "public, max-age=60"
    assert first["Access-Control-Allow-Origin"] == "*"
    again = client.get(f"{BASE}/posts/", {"key": key}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    ArticlePage.objects.filter(slug="story-8").update(title="Changed headline")
    changed = client.get(
        f"{BASE}/posts/", {"key": key}, HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert changed.status_code == 200


def test_rate_limit(client, newsroom, key, settings):
    settings.MASTHEAD_API_RATE = "3/60"
    codes = [get(client, "/tags/", key).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    assert (
        get(client, "/tags/", key).json()["errors"][0]["type"] == "TooManyRequestsError"
    )


def test_authors_tags_and_settings(client, newsroom, key):
    authors = get(client, "/authors/", key, include="count.posts").json()["authors"]
    assert [(a["slug"], a["count"]["posts"]) for a in authors] == [
        ("ada-reed", 4),
        ("bo-lind", 3),
        ("cy-moss", 3),
    ]
    tag = get(client, "/tags/slug/energy/", key).json()["tags"][0]
    assert tag["name"] == "Energy"
    assert get(client, "/tags/slug/nothing/", key).status_code == 404
    settings_data = get(client, "/settings/", key).json()["settings"]
    assert settings_data["title"] == "The Pristan Courier"


def test_ukrainian_content(client, newsroom, key):
    posts = get(client, "/posts/", key, locale="uk").json()["posts"]
    assert [p["title"] for p in posts] == ["Історія номер 8", "Історія номер 7"]


def test_no_member_data_in_any_response(client, newsroom, key, member):
    for path in [
        "/posts/",
        "/authors/",
        "/tags/",
        "/settings/",
        "/posts/slug/story-1/",
    ]:
        body = get(client, path, key, include="authors,tags").content.decode()
        assert member.email not in body
        assert "reader@example.org" not in body


def test_unknown_ids_are_404(client, newsroom, key):
    assert get(client, "/posts/zzzz/", key).status_code == 404
    assert get(client, "/posts/" + "f" * 30 + "/", key).status_code == 404
