import json

import pytest

from masthead.live.models import CoverageStatus, LiveEntry
from masthead.live.tests.factories import LiveBlogPageFactory, LiveEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_page(home_page):
    return LiveBlogPageFactory(parent=home_page)


def test_pinning_an_entry_unpins_the_pages_other_one(live_page, home_page):
    first = LiveEntryFactory(page=live_page, is_pinned=True)
    other_page = LiveBlogPageFactory(parent=home_page)
    elsewhere = LiveEntryFactory(page=other_page, is_pinned=True)

    second = LiveEntryFactory(page=live_page, is_pinned=True)

    first.refresh_from_db()
    assert not first.is_pinned
    assert second.is_pinned
    assert LiveEntry.objects.filter(page=live_page, is_pinned=True).get() == second
    elsewhere.refresh_from_db()
    assert elsewhere.is_pinned  # another page's pin is its own


def test_pinning_again_by_editing_keeps_one_pin(live_page):
    first = LiveEntryFactory(page=live_page, is_pinned=True)
    second = LiveEntryFactory(page=live_page)
    second.is_pinned = True
    second.save()
    first.is_pinned = True
    first.save()
    assert list(
        LiveEntry.objects.filter(page=live_page, is_pinned=True).values_list(
            "pk", flat=True
        )
    ) == [first.pk]


def test_key_events_are_listed_newest_first(live_page):
    from masthead.live.queries import key_events

    early = LiveEntryFactory(page=live_page, is_key_event=True, headline="")
    LiveEntryFactory(page=live_page)
    late = LiveEntryFactory(page=live_page, is_key_event=True, headline="Bridge shut")

    assert key_events(live_page) == [late, early]
    assert late.label == "Bridge shut"
    assert early.label == early.body_text()  # no headline: its first words


def test_ending_coverage_records_when(live_page):
    assert live_page.is_live_coverage
    assert live_page.coverage_start_time == live_page.first_published_at
    live_page.coverage_status = CoverageStatus.ENDED
    live_page.save()
    assert live_page.coverage_ended_at is not None
    live_page.coverage_status = CoverageStatus.LIVE
    live_page.save()
    assert live_page.coverage_ended_at is None


def test_body_text_reads_text_and_quotes(live_page):
    entry = LiveEntryFactory(
        page=live_page,
        body=json.dumps(
            [
                {"type": "text", "value": "<p>Water <b>rising</b>.</p>"},
                {"type": "quote", "value": {"text": "Leave now.", "attribution": ""}},
                {"type": "embed", "value": "https://example.social/@x/1"},
            ]
        ),
    )
    assert entry.body_text() == "Water rising. Leave now."
