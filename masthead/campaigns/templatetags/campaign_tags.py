from django import template
from django.utils.translation import get_language

from masthead.campaigns.queries import current_meter

register = template.Library()


@register.inclusion_tag("campaigns/meter.html")
def campaign_meter():
    """The membership-drive banner, when a campaign is on."""
    meter = current_meter()
    return {
        "meter": meter,
        "message": meter.message(get_language() or "en") if meter else None,
    }
