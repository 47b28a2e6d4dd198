"""Ghost's own JavaScript client (@tryghost/content-api), run by Node,
against Masthead's Content API on a live server."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from masthead.api.models import ContentAPIKey
from masthead.news.demo import load_demo
from masthead.news.services import ensure_site_tree
from masthead.news.tests import sample_content

CLIENT = Path(__file__).parent / "ghost_client"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def node():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    if not (CLIENT / "node_modules" / "@tryghost" / "content-api").exists():
        pytest.skip("Ghost's client is not installed: run `make install-test`")
    return node


def test_ghosts_client_reads_masthead(live_server, node):
    ensure_site_tree()
    load_demo(content=sample_content)
    key = ContentAPIKey.objects.create(name="Ghost client")
    revoked = ContentAPIKey.objects.create(name="Old app", revoked=True)
    result = subprocess.run(
        [node, str(CLIENT / "check.cjs")],
        env={
            **os.environ,
            "MASTHEAD_URL": live_server.url,
            "MASTHEAD_KEY": key.key,
            "MASTHEAD_REVOKED_KEY": revoked.key,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)

    assert [p["slug"] for p in out["posts"]] == ["story-8", "story-7", "story-6"]
    story_7 = out["posts"][1]
    assert story_7["authors"] == ["ada-reed", "cy-moss"]
    assert story_7["primary_author"] == "ada-reed"
    assert story_7["tags"] == ["council", "energy"]
    assert "word word" in story_7["html"]
    assert out["pagination"] == {
        "page": 1,
        "limit": 3,
        "pages": 3,
        "total": 8,
        "next": 2,
        "prev": None,
    }
    assert out["bySlug"] == {
        "slug": "story-8",
        "title": "Story number 8",
        "author": "Bo Lind",
    }
    assert out["byId"] == "story-7"
    assert out["authors"] == ["ada-reed", "bo-lind", "cy-moss"]
    assert dict(out["tags"]) == {"council": 2, "energy": 4, "harbour": 4}
    assert out["settings"] == "The Pristan Courier"
    assert out["filtered"] == ["story-7", "story-5", "story-3", "story-2"]
    assert out["missing"] == "NotFoundError"
    assert out["revoked"] == ["UnauthorizedError", 401]
