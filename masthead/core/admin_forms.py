"""Small pieces shared by the apps' admin views."""


class PrefillFromQuery:
    """A create view whose form starts with ``?<prefill_field>=<id>`` chosen
    (a button on a page's edit screen opens the form for that page)."""

    prefill_field = ""

    def get_initial(self):
        initial = super().get_initial()
        value = self.request.GET.get(self.prefill_field, "")
        if value.isdigit():
            initial[self.prefill_field] = int(value)
        return initial
