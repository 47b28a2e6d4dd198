import threading
from datetime import datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.campaigns.tests.factories import CampaignFactory
from masthead.members.models import Member, MemberCount
from masthead.members.services import confirm_member, create_member, recount

pytestmark = pytest.mark.django_db


def meter_of(client, url="/"):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one(
        "[data-meter]"
    )


def test_no_campaign_no_meter(client, home_page):
    assert meter_of(client) is None


def test_meter_shows_count_goal_and_deadline(client, home_page, member):
    campaign = CampaignFactory()
    meter = meter_of(client)
    assert (
        meter.select_one("#meter-heading").get_text(" ", strip=True) == "1 out of 5,000"
    )
    bar = meter.select_one("progress")
    assert (bar["value"], bar["max"]) == ("1", "5000")
    assert bar["aria-labelledby"] == "meter-heading"
    assert "Help us reach 5,000 members" in meter.get_text()
    shown = datetime.fromisoformat(meter.select_one("time")["datetime"])
    assert shown == campaign.ends_at
    uk = meter_of(client, "/uk/")
    assert "Допоможіть нам" in uk.get_text()
    assert "1 з 5\xa0000" in uk.select_one("#meter-heading").get_text(" ", strip=True)


def test_meter_moves_as_soon_as_a_member_is_confirmed(
    client, home_page, django_capture_on_commit_callbacks
):
    CampaignFactory()
    assert client.get("/campaigns/meter.json").json()["count"] == 0
    new = create_member(email="joiner@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        confirm_member(member=new)
    data = client.get("/campaigns/meter.json").json()
    assert data["count"] == 1
    assert data["goal"] == 5000
    assert meter_of(client).select_one("[data-meter-count]").get_text() == "1"


def test_meter_json_is_briefly_cacheable(client, home_page):
    CampaignFactory()
    response = client.get("/campaigns/meter.json")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=3"
    assert set(response.json()) >= {"count", "goal", "percent", "ends_at", "finished"}


def test_meter_json_without_a_campaign(client, home_page):
    assert client.get("/campaigns/meter.json").json() == {"campaign_id": None}


@pytest.mark.parametrize(("members", "met"), [(3, True), (1, False)])
def test_a_finished_campaign_says_whether_it_met_its_goal(
    client, home_page, members, met
):
    CampaignFactory(
        goal=3,
        starts_at=timezone.now() - timedelta(days=40),
        ends_at=timezone.now() - timedelta(days=1),
    )
    for n in range(members):
        confirm_member(member=create_member(email=f"m{n}@example.org"))
    text = meter_of(client).get_text()
    assert ("We reached our goal" in text) is met
    assert ("ended without reaching its goal" in text) is not met
    assert "Join us" not in text


def test_a_campaign_that_ended_long_ago_is_not_shown(client, home_page):
    CampaignFactory(
        starts_at=timezone.now() - timedelta(days=90),
        ends_at=timezone.now() - timedelta(days=60),
    )
    assert meter_of(client) is None


def test_deadline_must_follow_the_start():
    campaign = CampaignFactory.build(ends_at=timezone.now() - timedelta(days=30))
    with pytest.raises(ValidationError):
        campaign.clean()


def test_the_meter_costs_no_query_on_a_page_view(client, home_page):
    client.get("/")
    with CaptureQueriesContext(connection) as without:
        client.get("/")
    CampaignFactory()
    client.get("/")  # fills the meter cache
    with CaptureQueriesContext(connection) as with_meter:
        response = client.get("/")
    assert "out of 5,000" in response.content.decode()
    assert len(with_meter) == len(without)


@pytest.mark.django_db(transaction=True)
def test_concurrent_sign_ups_are_counted_exactly():
    members = [create_member(email=f"rush{n}@example.org") for n in range(24)]
    recount("members")
    barrier = threading.Barrier(8)
    errors = []

    def confirm_batch(batch):
        try:
            barrier.wait()
            for member in batch:
                confirm_member(member=member)
                confirm_member(member=member)  # a double click changes nothing
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=confirm_batch, args=(members[n::8],)) for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Member.objects.exclude(confirmed_at=None).count() == 24
    assert MemberCount.objects.get(metric="members").value == 24
