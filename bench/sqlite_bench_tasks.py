"""The background task of ``sqlite_writes.py``: a read-then-write transaction
run by ``manage.py worker``."""

from django.db import connection, transaction
from django_tasks import task


@task()
def record_write(*, number: int) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT value FROM bench_counter WHERE id = 0")
        value = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO bench_event (source, number) VALUES ('worker', %s)",
            [number],
        )
        cursor.execute("UPDATE bench_counter SET value = %s WHERE id = 0", [value + 1])
