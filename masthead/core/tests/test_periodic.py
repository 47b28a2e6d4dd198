import pytest

from masthead.core import periodic


@pytest.fixture
def jobs(monkeypatch):
    """An empty job table for the test (the apps' own jobs are put back)."""
    monkeypatch.setattr(periodic, "jobs", {})
    return periodic.jobs


def test_jobs_run_on_their_clock_and_a_failing_one_does_not_stop_the_rest(jobs):
    ran = []

    def broken():
        raise RuntimeError("a bug in one job")

    periodic.register("broken", broken, every=10)
    periodic.register("digest", lambda: ran.append("digest"), every=30)

    assert periodic.run_due(now=100.0) == ["broken", "digest"]
    assert periodic.run_due(now=105.0) == []
    assert periodic.run_due(now=111.0) == ["broken"]
    assert periodic.run_due(now=131.0) == ["broken", "digest"]
    assert ran == ["digest", "digest"]


def test_the_apps_register_their_jobs():
    assert {"newsletters.resume", "newsletters.digests", "api.webhooks"} <= set(
        periodic.jobs
    )
