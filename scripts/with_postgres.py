#!/usr/bin/env python3
"""Run a command against a private, throw-away PostgreSQL server.

    python scripts/with_postgres.py -- pytest

Starts Debian's PostgreSQL on a free loopback port with its data folder in a
temporary directory, sets ``DATABASE_URL`` for the command, and removes
everything afterwards. PostgreSQL refuses to run as root, so as root the
server runs as the ``postgres`` system user (created by Debian's package).
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def find_bin_dir() -> str:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if os.path.exists(os.path.join(candidate, "pg_ctl")):
            return candidate
    found = shutil.which("pg_ctl")
    if found:
        return os.path.dirname(found)
    sys.exit("PostgreSQL is not installed (Debian package 'postgresql').")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    bin_dir = find_bin_dir()
    base = tempfile.mkdtemp(prefix="masthead-pg-")
    data = os.path.join(base, "data")
    port = free_port()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
    run = lambda cmd, **kw: subprocess.run(as_server_user(cmd), check=True, **kw)  # noqa: E731
    try:
        run(
            [
                f"{bin_dir}/initdb",
                "-D",
                data,
                "-U",
                "masthead",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
            stdout=subprocess.DEVNULL,
        )
        options = (
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100"
        )
        run(
            [
                f"{bin_dir}/pg_ctl",
                "-D",
                data,
                "-o",
                options,
                "-l",
                f"{base}/server.log",
                "-w",
                "start",
            ],
            stdout=subprocess.DEVNULL,
        )
        env = dict(
            os.environ, DATABASE_URL=f"postgres://masthead@127.0.0.1:{port}/postgres"
        )
        print(f"PostgreSQL running on 127.0.0.1:{port} (data in {data})", flush=True)
        return subprocess.call(args, env=env)
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            run(
                [f"{bin_dir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                stdout=subprocess.DEVNULL,
            )
        time.sleep(0.2)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
