from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from masthead.campaigns.queries import METER_TTL, current_meter


@require_GET
def meter_json(request: HttpRequest) -> JsonResponse:
    """The live count, for pages served from a cache to fill in."""
    meter = current_meter()
    response = JsonResponse(meter.as_json() if meter else {"campaign_id": None})
    # Shared caches (a CDN) may keep it for METER_TTL seconds; browsers ask
    # again each time, so a page never shows an older number than it was served.
    response["Cache-Control"] = f"public, max-age=0, s-maxage={METER_TTL}"
    return response
