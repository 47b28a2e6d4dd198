"""The labels readers see on a story: its type of work and, per claim, its
verification status (the Trust Project's "type of work" and "citations and
references" indicators). Each label has a plain explanation, shown on the
standards page that the labels link to."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.news.verification import VerificationStatus


class WorkType(models.TextChoices):
    NEWS = "news", _("News")
    ANALYSIS = "analysis", _("Analysis")
    EXPLAINER = "explainer", _("Explainer")
    OPINION = "opinion", _("Opinion")
    REVIEW = "review", _("Review")
    FACT_CHECK = "fact_check", _("Fact check")
    SPONSORED = "sponsored", _("Sponsored")


# The schema.org type of each kind of story (NewsArticle's subtypes).
SCHEMA_TYPES = {
    WorkType.NEWS: "ReportageNewsArticle",
    WorkType.ANALYSIS: "AnalysisNewsArticle",
    WorkType.EXPLAINER: "BackgroundNewsArticle",
    WorkType.OPINION: "OpinionNewsArticle",
    WorkType.REVIEW: "ReviewNewsArticle",
    WorkType.FACT_CHECK: "NewsArticle",
    WorkType.SPONSORED: "AdvertiserContentArticle",
}

WORK_TYPE_EXPLANATIONS = {
    WorkType.NEWS: _(
        "Facts our reporters gathered, checked and attributed: what happened, "
        "where, when and to whom. News does not give the newsroom's opinion."
    ),
    WorkType.ANALYSIS: _(
        "Interpretation by a reporter who knows the subject: why it happened and "
        "what may follow, grounded in facts that are given in the story."
    ),
    WorkType.EXPLAINER: _(
        "Background and context that help readers understand a subject in the "
        "news: how something works, what came before."
    ),
    WorkType.OPINION: _(
        "The argument of its author, not of the newsroom. Facts in it are "
        "checked like any other story's."
    ),
    WorkType.REVIEW: _(
        "A critic's assessment of a book, performance, place or product."
    ),
    WorkType.FACT_CHECK: _(
        "A claim made in public, checked against the evidence, with a finding."
    ),
    WorkType.SPONSORED: _(
        "Paid for by an advertiser or partner named on the story. The newsroom's "
        "reporters do not write it and it is not news."
    ),
}

VERIFICATION_EXPLANATIONS = {
    VerificationStatus.VERIFIED: _(
        "We confirmed it ourselves, from at least two independent sources or from "
        "evidence we examined (documents, footage we geolocated, our own presence)."
    ),
    VerificationStatus.NOT_VERIFIED: _(
        "Someone credible said it, and we report who, but we could not confirm it "
        "independently yet. We say so next to the claim."
    ),
    VerificationStatus.DISPUTED: _(
        "Sources contradict each other or the evidence; we give each side and what "
        "we know."
    ),
}


def work_type_anchor(value: str) -> str:
    return f"type-{value}"


def verification_anchor(value: str) -> str:
    return f"verification-{value}"
