"""A throwaway PostgreSQL cluster for the tests and benchmarks: Debian's server binaries,
run as an unprivileged user, on a free loopback port, with TLS and password sign-in.

``start(folder)`` runs ``initdb`` and ``pg_ctl start`` and returns a :class:`Cluster`;
``cluster.new_database()`` makes an empty database owned by an ordinary (not superuser) role
the application signs in as, and returns its URL. ``stop()`` ends the server. Nothing is
left outside ``folder``. As root (CI), the server runs as Debian's ``postgres`` user, since
PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

APP_ROLE = "rs_app"
SUPERUSER = "rs_admin"


def server_bin() -> Path | None:
    """The newest installed server's bin folder (``/usr/lib/postgresql/N/bin``)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def available() -> bool:
    return server_bin() is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _chown(path: Path) -> None:
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for p in [path, *path.rglob("*")]:
            os.chown(p, pw.pw_uid, pw.pw_gid)


@dataclass
class Cluster:
    folder: Path
    port: int
    admin_password: str
    app_password: str
    bin: Path
    _count: int = field(default=0)

    def admin_url(self, database: str = "postgres") -> str:
        return (f"postgresql://{SUPERUSER}:{self.admin_password}@127.0.0.1:{self.port}"
                f"/{database}")

    def url(self, database: str) -> str:
        return f"postgresql://{APP_ROLE}:{self.app_password}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.admin_url(database), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, prefix: str = "rs") -> str:
        """An empty database the application role owns (pg_trgm made by the admin, as a
        server's administrator does once); its URL."""
        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}"
        self.admin(f"CREATE DATABASE {name} OWNER {APP_ROLE}")
        self.admin("CREATE EXTENSION IF NOT EXISTS pg_trgm", name)
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
                                        "-m", "immediate", "stop"]),
                       capture_output=True, check=False)


def _self_signed(folder: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
         "-newkey", "rsa:2048", "-keyout", str(folder / "server.key"),
         "-out", str(folder / "server.crt")],
        check=True, capture_output=True)
    os.chmod(folder / "server.key", 0o600)


def start(folder: Path, *, tls: bool = True, fast: bool = True) -> Cluster:
    """Make and start a cluster under ``folder``; raises if the server binaries are missing.

    ``fast``: fsync off, as for any throwaway cluster (tests, benchmarks): a crash of this
    server loses nothing anyone keeps.
    """
    bindir = server_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not installed (Debian: postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    data = folder / "data"
    admin_password = secrets.token_hex(12)
    app_password = secrets.token_hex(12)
    pwfile = folder / "pw"
    pwfile.write_text(admin_password)
    _chown(folder)
    _run(_as_server_user([
        str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile),
        "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
        "--locale=C.UTF-8", "--no-sync"]))
    pwfile.unlink()
    conf = [f"port = {_free_port()}", "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{folder}'", "max_connections = 200"]
    if tls:
        _self_signed(data)
        _chown(data)
        conf += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"]
    if fast:
        conf += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
    with (data / "postgresql.conf").open("a") as f:
        f.write("\n".join(conf) + "\n")
    port = int(conf[0].split("=")[1])
    _run(_as_server_user([
        str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
        "-t", "60", "start"]))
    cluster = Cluster(folder, port, admin_password, app_password, bindir)
    deadline = time.monotonic() + 30
    while True:
        try:
            cluster.admin(f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{app_password}'")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return cluster


def new_folder() -> Path:
    """A fresh folder the server's user can reach (under the system's temporary folder)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rumahsinggah-pg-"))
    os.chmod(folder, 0o755)
    return folder


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): "
                           f"{done.stdout[-2000:]}{done.stderr[-2000:]}")


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
