"""Email addresses as Masthead keeps them."""


def normalize_email(email: str) -> str:
    """The one stored form of an address: trimmed, lower case.

    Sign-ups, subscriptions and suppressions compare addresses in this form.
    """
    return email.strip().lower()
