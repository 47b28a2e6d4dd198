"""Language versions: linked, switched between, and their status for editors."""

import pytest
from bs4 import BeautifulSoup

from masthead.news.models import ArticlePage
from masthead.news.translations import OUTDATED, SOURCE, UP_TO_DATE, version_statuses

pytestmark = pytest.mark.django_db


def states(page) -> dict[str, str]:
    return {s.page.locale.language_code: s.state for s in version_statuses(page)}


def test_a_translation_is_up_to_date_until_its_source_changes(editor_client, newsroom):
    english = ArticlePage.objects.get(slug="story-7", locale__language_code="en")
    ukrainian = english.get_translation(
        english.get_translations().get().locale
    ).specific
    assert states(english) == {"en": SOURCE, "uk": UP_TO_DATE}

    english.title = "Story number 7, with the vote's result"
    english.save_revision().publish()
    english.refresh_from_db()
    statuses = {s.state: s for s in version_statuses(ukrainian)}
    assert set(statuses) == {SOURCE, OUTDATED}
    assert statuses[OUTDATED].source_changed_at == english.last_published_at

    # Editors see it on both versions' edit screens.
    page = editor_client.get(f"/admin/pages/{ukrainian.pk}/edit/").content.decode()
    soup = BeautifulSoup(page, "html.parser")
    outdated = soup.select_one('[data-translation-state="outdated"]')
    assert "Source changed since" in outdated.get_text()
    assert soup.select_one('[data-translation-state="source"] a')["href"] == (
        f"/admin/pages/{english.pk}/edit/"
    )

    # The translator catches up: up to date again.
    ukrainian.refresh_from_db()
    ukrainian.title = "Історія номер 7, з результатом голосування"
    ukrainian.save_revision().publish()
    assert states(english) == {"en": SOURCE, "uk": UP_TO_DATE}


def test_an_untranslated_story_says_how_to_translate(editor_client, newsroom):
    english = ArticlePage.objects.get(slug="story-1", locale__language_code="en")
    assert version_statuses(english) == []
    page = editor_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert "No other language version yet" in page


def test_readers_switch_to_the_other_version_and_see_hreflang(client, newsroom):
    soup = BeautifulSoup(client.get("/story-7/").content, "html.parser")
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup.select("link[rel=alternate][hreflang]")
    }
    assert alternates["uk"].endswith("/uk/story-7/")
    assert alternates["en"].endswith("/story-7/")
    switch = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switch["uk"] == "/uk/story-7/"
