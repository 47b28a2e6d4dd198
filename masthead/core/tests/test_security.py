"""Security headers on every kind of response, and uploads that could be
active content (SVG, HTML) served as sandboxed downloads."""

import io
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model

ROOT = Path(__file__).resolve().parents[3]

SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(2)</script></svg>"
)
SCRIPTED_HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def directives(header: str) -> dict[str, str]:
    parsed = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        parsed[name] = value
    return parsed


def assert_common_headers(response) -> None:
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
    assert "Content-Security-Policy" in response


def assert_reader_policy(response) -> None:
    assert_common_headers(response)
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"].startswith("'self'")
    assert policy["img-src"] == "'self' data:"
    assert response["X-Frame-Options"] == "DENY"


@pytest.fixture
def upload(newsroom):
    """A text document and the URL of an original image, as uploaded."""
    from masthead.core.models import NewsImage

    document = get_document_model().objects.create(
        title="Budget notes", file=ContentFile(b"Plain notes.", name="notes.txt")
    )
    image = NewsImage.objects.exclude(file="").first()
    return {"document": document.url, "image": image.file.url}


@pytest.fixture
def reader_urls(live_article, upload):
    topic = live_article.topics.first()
    return {
        "front page": "/",
        "article": live_article.url,
        "topic": f"/topics/{topic.slug}/",
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
        "search": "/search/?q=story",
        "members join": "/members/join/",
        "newsletters": "/newsletters/",
        "api json": "/ghost/api/content/openapi.json",
        "404": "/no-such-page/",
        "400": "/?after=not-a-cursor",
    }


def test_reader_responses_carry_every_security_header(client, reader_urls):
    for name, url in reader_urls.items():
        response = client.get(url)
        assert response.status_code < 500, name
        assert_reader_policy(response)
    assert client.get(reader_urls["404"]).status_code == 404
    assert client.get(reader_urls["400"]).status_code == 400


@pytest.mark.parametrize("cached", [False, True])
def test_a_refused_host_gets_the_headers_too(client, db, settings, cached):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 600 if cached else 0
    response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert_reader_policy(response)


def test_static_files_carry_the_headers(client, settings, db):
    settings.WHITENOISE_USE_FINDERS = True
    response = client.get("/static/core/site.css")
    assert response.status_code == 200
    assert_reader_policy(response)


def test_the_admin_has_its_own_policy_and_previews_can_be_framed(
    editor_client, live_article
):
    login = Client().get("/admin/login/")
    assert login.status_code == 200
    assert_common_headers(login)
    policy = directives(login["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"

    preview = editor_client.get(f"/admin/pages/{live_article.pk}/edit/preview/")
    assert preview.status_code == 200
    assert directives(preview["Content-Security-Policy"])["frame-ancestors"] == (
        "'self'"
    )
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_https_responses_carry_hsts(client, settings, db):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in client.get("/")


def test_cached_pages_keep_every_header(client, live_article, page_cache):
    from masthead.wsgi import application

    fresh = client.get(live_article.url)
    assert fresh["X-Masthead-Cache"] == "miss"
    environ = {}
    setup_testing_defaults(environ)
    environ.update(
        REQUEST_METHOD="GET",
        PATH_INFO=live_article.url,
        HTTP_HOST="testserver",
        SERVER_NAME="testserver",
        **{"wsgi.input": io.BytesIO()},
    )
    answers = []
    b"".join(application(environ, lambda status, headers: answers.append(headers)))
    cached = dict(answers[0])
    assert cached["X-Masthead-Cache"] == "hit"
    for name in (
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy",
    ):
        assert cached[name] == fresh[name], name


def test_pictures_stay_inline_with_the_headers(client, upload):
    response = client.get(upload["image"])
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert_common_headers(response)


def test_a_text_document_is_served_with_the_headers(client, upload):
    response = client.get(upload["document"])
    assert response.status_code == 200
    assert_common_headers(response)
    assert "sandbox" in directives(response["Content-Security-Policy"])


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("drawing.svg", SCRIPTED_SVG, "image/svg+xml"),
        ("page.html", SCRIPTED_HTML, "text/html"),
        ("page.xml", SCRIPTED_SVG, "application/xml"),
        ("code.js", b"alert(1)", "text/javascript"),
    ],
)
def test_active_content_in_media_is_a_sandboxed_download(
    client, db, media_root, name, content, content_type
):
    folder = media_root / "original_images"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(content)
    response = client.get(f"/media/original_images/{name}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert directives(response["Content-Security-Policy"]) == {
        "default-src": "'none'",
        "sandbox": "",
    }


@pytest.mark.parametrize(
    ("name", "content"),
    [("drawing.svg", SCRIPTED_SVG), ("page.html", SCRIPTED_HTML)],
)
def test_active_documents_are_sandboxed_downloads(client, db, name, content):
    # Refused as uploads (WAGTAILDOCS_EXTENSIONS); one stored before that,
    # or by a script, is still served as a download.
    document = get_document_model().objects.create(
        title=name, file=ContentFile(content, name=name)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in directives(response["Content-Security-Policy"])
    assert_common_headers(response)


def test_documents_are_not_served_around_their_view(client, db):
    document = get_document_model().objects.create(
        title="Notes", file=ContentFile(b"Private notes.", name="private.txt")
    )
    path = document.file.url
    assert path.startswith("/media/documents/")
    assert client.get(path).status_code == 404
    sneaky = path.replace("/media/documents/", "/media/images/../documents/")
    assert client.get(sneaky).status_code == 404


@pytest.mark.parametrize(
    ("name", "content"),
    [("drawing.svg", SCRIPTED_SVG), ("page.html", SCRIPTED_HTML)],
)
def test_editors_cannot_upload_active_content(editor_client, name, content):
    document = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
    )
    assert document.json()["success"] is False
    image = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
    )
    assert image.json()["success"] is False
    assert get_document_model().objects.count() == 0


def production_env(tmp_path, **overrides) -> dict[str, str]:
    """A production-like environment, nothing inherited from the tests'."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL", "MASTHEAD_"))
    }
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="news.example",
        DJANGO_SECURE_SSL_REDIRECT="1",
        DJANGO_BEHIND_TLS_PROXY="1",
        MASTHEAD_VAR_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    env.update(overrides)
    return env


def production_settings(tmp_path, **overrides) -> dict:
    code = (
        "import json; from masthead import settings as s; print(json.dumps({"
        "'hsts': s.SECURE_HSTS_SECONDS, 'preload': s.SECURE_HSTS_PRELOAD, "
        "'silenced': s.SILENCED_SYSTEM_CHECKS, "
        "'img': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=production_env(tmp_path, **overrides),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_https_sites_get_a_year_of_hsts_and_preload_only_when_asked(tmp_path):
    assert production_settings(tmp_path) == {
        "hsts": 31536000,
        "preload": False,
        "silenced": ["security.W021"],
        "img": ["'self'", "data:"],
    }
    preloaded = production_settings(tmp_path, DJANGO_SECURE_HSTS_PRELOAD="1")
    assert (preloaded["preload"], preloaded["silenced"]) == (True, [])
    plain_http = production_settings(tmp_path, DJANGO_SECURE_SSL_REDIRECT="0")
    assert (plain_http["hsts"], plain_http["preload"]) == (0, False)


def test_pictures_from_a_cdn_are_allowed_on_pages(tmp_path):
    cdn = production_settings(tmp_path, DJANGO_MEDIA_URL="https://cdn.example/m/")
    assert cdn["img"] == ["'self'", "data:", "https://cdn.example"]


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
