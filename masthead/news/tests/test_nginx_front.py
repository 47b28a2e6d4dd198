"""The documented nginx front cache (deploy/nginx) in front of a live
Masthead: it keeps what Masthead marks cacheable for a second, lets signed-in
readers through, and shows a published change within that second."""

import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from masthead.news.services import ensure_site_tree
from masthead.news.tests.factories import ArticlePageFactory

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import nginx_front

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def front(live_server, settings, tmp_path):
    if not nginx_front.available():
        pytest.skip(f"nginx is not installed at {nginx_front.NGINX} (Debian nginx)")
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 600
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver"]
    port = nginx_front.free_port()
    server = nginx_front.front_config(
        port=port,
        upstream=live_server.url.removeprefix("http://"),
        static_root=str(tmp_path),
        media_root=str(tmp_path),
        cache_dir=str(tmp_path / "front-cache"),
    )
    with nginx_front.running([server], workers=1):
        yield f"http://127.0.0.1:{port}"


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read().decode()


def test_the_front_cache_keeps_pages_for_a_second_and_lets_members_through(
    front, settings
):
    home = ensure_site_tree()
    article = ArticlePageFactory(parent=home, title="Ferry back", slug="ferry")
    headers, _ = fetch(f"{front}/ferry/")
    assert headers["X-Front-Cache"] == "MISS"
    headers, body = fetch(f"{front}/ferry/")
    assert headers["X-Front-Cache"] == "HIT"
    assert "Ferry back" in body
    assert "X-Accel-Expires" not in headers  # nginx keeps it to itself

    headers, _ = fetch(f"{front}/ferry/", cookie="sessionid=someone")
    assert headers["X-Front-Cache"] == "BYPASS"
    # The join form sets a CSRF cookie: never kept.
    for _ in range(2):
        headers, _ = fetch(f"{front}/members/join/")
        assert headers["X-Front-Cache"] != "HIT"

    revision = article.get_latest_revision_as_object()
    revision.title = "Ferry back on schedule"
    revision.save_revision().publish()
    published = time.monotonic()
    # Within the front cache's second, plus one rendering (which a loaded
    # test machine may stretch).
    bound = settings.MASTHEAD_FRONT_CACHE_SECONDS + 1.0
    while "Ferry back on schedule" not in fetch(f"{front}/ferry/")[1]:
        assert time.monotonic() - published < bound, "the change did not show"
        time.sleep(0.05)


def test_uploads_from_nginx_carry_the_download_headers(front, tmp_path):
    (tmp_path / "photo.png").write_bytes(b"PNG")
    (tmp_path / "drawing.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "private.txt").write_bytes(b"Private.")

    headers, _ = fetch(f"{front}/media/photo.png")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Disposition" not in headers
    headers, _ = fetch(f"{front}/media/drawing.svg")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Disposition"] == "attachment"
    assert headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(f"{front}/media/documents/private.txt")
    assert refused.value.code == 404
