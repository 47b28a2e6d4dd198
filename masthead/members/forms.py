import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from masthead.members.models import Tier
from masthead.members.payments import MAX_DONATION, MIN_DONATION

# Whole units with up to two decimals; no signs, exponents or "NaN".
AMOUNT = re.compile(r"[0-9]{1,7}(\.[0-9]{1,2})?")


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "required": True}),
    )


class SubscribeForm(forms.Form):
    tier = forms.ModelChoiceField(
        queryset=Tier.objects.filter(is_paid=True), to_field_name="slug"
    )
    interval = forms.ChoiceField(
        choices=[("month", _("Monthly")), ("year", _("Yearly"))]
    )

    def clean(self):
        data = super().clean()
        tier, interval = data.get("tier"), data.get("interval")
        if tier and interval and not tier.price_id(interval):
            raise forms.ValidationError(
                _("This tier is not offered with that billing period.")
            )
        return data


class DonationForm(forms.Form):
    amount = forms.CharField(label=_("Amount (EUR)"), max_length=12)
    recurring = forms.BooleanField(label=_("Give this every month"), required=False)
    email = forms.EmailField(label=_("Email address"), required=False)

    def clean_amount(self) -> int:
        raw = self.cleaned_data["amount"].strip().replace(",", ".")
        if not AMOUNT.fullmatch(raw):
            raise forms.ValidationError(_("Enter an amount such as 10 or 12.50."))
        cents = int(Decimal(raw) * 100)
        if not MIN_DONATION <= cents <= MAX_DONATION:
            raise forms.ValidationError(
                _("Enter an amount between %(low)s and %(high)s.")
                % {"low": MIN_DONATION // 100, "high": MAX_DONATION // 100}
            )
        return cents
