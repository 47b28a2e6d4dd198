"""Background work of the members app (django-tasks)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from sesame.utils import get_query_string

from masthead.members.models import Member


@task()
def send_login_link(*, member_id: int, base_url: str, language: str = "en") -> None:
    """Email the member a single-use link that logs them in."""
    member = Member.objects.select_related("user").filter(pk=member_id).first()
    if member is None:  # erased before the email went out
        return
    with translation.override(language):
        link = (
            base_url.rstrip("/")
            + reverse("members:login")
            + get_query_string(member.user)
        )
        minutes = settings.SESAME_MAX_AGE // 60
        context = {"link": link, "minutes": minutes}
        message = EmailMultiAlternatives(
            subject=render_to_string(
                "members/email/login_subject.txt", context
            ).strip(),
            body=render_to_string("members/email/login.txt", context),
            to=[member.email],
        )
        message.attach_alternative(
            render_to_string("members/email/login.html", context), "text/html"
        )
        message.send()
