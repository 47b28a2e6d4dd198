"""Settings of ``sqlite_writes.py``: the project's, or SQLite's own defaults.

With ``MASTHEAD_BENCH_SQLITE_PLAIN=1`` the project's SQLite options (WAL set
by ``init_command``, ``BEGIN IMMEDIATE``, a 20 s busy timeout) are replaced
by SQLite's defaults: deferred transactions and no busy timeout (the
benchmark also turns the file's journal back to a rollback journal).
"""

import os

from masthead.settings import *  # noqa: F403
from masthead.settings import DATABASES

if os.environ.get("MASTHEAD_BENCH_SQLITE_PLAIN") == "1":
    DATABASES["default"]["OPTIONS"] = {"timeout": 0}
