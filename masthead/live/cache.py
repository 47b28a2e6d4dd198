"""Page-cache tags of live coverage (see ``news.cache``).

A live page and its entries endpoint carry ``live:<page id>``; an entry's
save or delete purges that tag only. Both also carry the article tag, so a
publish of the page itself (a new headline, coverage ended, unpublished)
refreshes them with every other page that shows the story.
"""

from django.http import HttpRequest

from masthead.core import pagecache
from masthead.news.cache import article_tag


def live_tag(page_id: int) -> str:
    return f"live:{page_id}"


def tag_live_page(request: HttpRequest, page) -> None:
    pagecache.tag(request, live_tag(page.pk), article_tag(page))


def purge_live_page(page_id: int) -> None:
    """The live page and its endpoint, now and again after the commit.

    Not the article tag: that would also purge the front page, topic and
    author pages and feeds that list the story, on every entry, and none of
    them shows entries.
    """
    pagecache.purge_on_commit([live_tag(page_id)])
