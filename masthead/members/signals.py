from django.dispatch import Signal

# Sent after a transaction that changed the running member totals commits.
member_counts_changed = Signal()
