from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from masthead.newsletters.models import Newsletter
from masthead.newsletters.queries import open_newsletters


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "required": True}),
    )
    newsletters = forms.ModelMultipleChoiceField(
        label=_("Newsletters"),
        queryset=open_newsletters(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one newsletter.")},
    )


class PreferencesForm(forms.Form):
    newsletters = forms.ModelMultipleChoiceField(
        queryset=Newsletter.objects.all(), required=False
    )


class ComposeForm(forms.Form):
    """The admin's "send this article" form."""

    newsletter = forms.ModelChoiceField(
        label=_("Newsletter"), queryset=Newsletter.objects.all(), empty_label=None
    )
    subject = forms.CharField(label=pgettext_lazy("email", "Subject"), max_length=200)
    request_key = forms.UUIDField(widget=forms.HiddenInput)
