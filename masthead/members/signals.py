from django.dispatch import Signal

# Sent after a transaction that changed the running member totals commits.
member_counts_changed = Signal()

# Sent inside the transaction that first confirms a member's address.
member_confirmed = Signal()

# Sent inside the erasure transaction, before the member row goes: apps
# that keep data about the member (``member``, ``email``) delete it here.
member_erasing = Signal()

# Sent to build a member's data export; receivers return ``(key, data)``.
member_data_requested = Signal()

# Sent to build the account page; receivers return ``(order, html)``:
# sections other apps add for the signed-in member (``request``, ``member``).
account_sections_requested = Signal()
