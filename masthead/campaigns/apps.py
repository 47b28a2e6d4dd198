from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "masthead.campaigns"
    label = "campaigns"
    verbose_name = "Membership drive"
