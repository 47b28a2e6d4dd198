"""The standards page: how the newsroom works, and what its labels mean."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from masthead.core.pages import ReaderPageMixin
from masthead.news.labels import (
    VERIFICATION_EXPLANATIONS,
    WORK_TYPE_EXPLANATIONS,
    WorkType,
    verification_anchor,
    work_type_anchor,
)
from masthead.news.verification import VerificationStatus


class StandardsPage(ReaderPageMixin, Page):
    """The newsroom's editorial standards, written by its editors, followed
    by the meaning of every label its stories carry (each label on a story
    links to its explanation here) and a link to the corrections log."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["news.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("standards page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["work_types"] = [
            {
                "anchor": work_type_anchor(value),
                "label": label,
                "explanation": WORK_TYPE_EXPLANATIONS[value],
            }
            for value, label in WorkType.choices
        ]
        context["verification_statuses"] = [
            {
                "anchor": verification_anchor(value),
                "label": label,
                "explanation": VERIFICATION_EXPLANATIONS[value],
            }
            for value, label in VerificationStatus.choices
            if value
        ]
        return context
