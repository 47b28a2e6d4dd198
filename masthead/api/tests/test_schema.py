"""schemathesis against the Content API's own OpenAPI schema.

Generated requests (valid and invalid parameters, odd slugs and ids) run
in-process through Django; every response must be no server error, carry a
documented status and content type, and match the documented body.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test.utils import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi import checks as openapi_checks

from masthead.api.models import ContentAPIKey
from masthead.api.openapi import document
from masthead.wsgi import application

schema = schemathesis.openapi.from_dict(document("http://testserver"))
schema.app = application

CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def api_key(newsroom_module, django_db_blocker):
    """A key, made inside the module's newsroom transaction; rate limit lifted.

    Requests go through the WSGI application in this process, as Django's
    test client does; like it, keep Django from closing the test's database
    connection at the end of each request.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with (
            django_db_blocker.unblock(),
            override_settings(
                MASTHEAD_API_RATE="1000000/60",
                ALLOWED_HOSTS=["testserver", "localhost"],
            ),
        ):
            yield ContentAPIKey.objects.create(name="schemathesis").key
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_schema_is_served(client, db):
    data = client.get("/ghost/api/content/openapi.json").json()
    assert data["openapi"].startswith("3.")
    assert "/ghost/api/content/posts/" in data["paths"]


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.django_db
def test_api_conforms_to_its_schema(case, api_key, db):
    case.query = {**(case.query or {}), "key": api_key}
    case.call_and_validate(checks=CHECKS)
