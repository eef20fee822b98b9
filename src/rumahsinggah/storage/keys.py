"""The key file: the store key, wrapped once per user and once by the recovery key.

The store is encrypted with a random 32-byte key that no person ever types. The key file
(``rumahsinggah.keys`` beside the database, JSON) keeps that key wrapped with AES-GCM under:

* one key per user account, derived from the user's password with Argon2id (the parameters
  and salt are stored with each entry, so they can be raised later entry by entry);
* one recovery key: 160 random bits shown once at set-up as 8 groups of 4 base32 letters.

Each wrapped entry is bound (AES-GCM associated data) to the key file's ``store_id`` and to
the entry's name, so entries cannot be swapped between users or key files. ``key_check`` is an
HMAC of the store key: a key unwrapped from any entry must match it.

Since version 2 an entry does not wrap the store key itself: it wraps an X25519 private key
(under the password or recovery key) and keeps the public key in the clear, with the store key
sealed to that public key. An administrator can therefore rotate the store key (re-seal it to
every remaining entry's public key) without knowing anyone's password; an entry left out, or
an old copy of the key file, opens only the old key. Version 1 entries still open.

Writes are atomic (temporary file, fsync, rename, fsync of the folder) and a copy is kept in
the backups folder, so a power cut never leaves half a key file and a deleted key file can be
put back. Nothing here ever overwrites a key file it could not read.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths

FORMAT = "rumahsinggah-keys"
VERSION = 2  # 2: entries hold a key pair, so the store key can be rotated
STORE_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. OWASP (2024) asks at least m=47104 KiB t=1 p=1 or m=19456 KiB t=2 p=1."""

    memory_kib: int = 65536
    iterations: int = 2
    parallelism: int = 1

    def meets_owasp(self) -> bool:
        """At or above one of OWASP's equivalent Argon2id settings (all with p=1)."""
        return self.parallelism >= 1 and any(
            self.memory_kib >= m and self.iterations >= t for m, t in OWASP_MINIMUMS
        )


# OWASP Password Storage Cheat Sheet: equivalent Argon2id settings (memory KiB, passes).
OWASP_MINIMUMS = ((47104, 1), (19456, 2), (12288, 3), (9216, 4), (7168, 5))


DEFAULT_KDF = KdfParams()


class KeyFileError(StoreError):
    """A problem with the key file (missing, damaged, not matching the store)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    early = _EARLY.pop(_early_key(password, salt, params), None)
    if early is not None:
        early.join()
        if early.key is not None:
            return early.key
    return _derive(password, salt, params)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"), salt, params.iterations, params.memory_kib,
        params.parallelism, 32, Type.ID,
    )


class _EarlyDerivation(threading.Thread):
    def __init__(self, password: str, salt: bytes, params: KdfParams) -> None:
        super().__init__(name="kdf", daemon=True)
        self._args: tuple | None = (password, salt, params)
        self.key: bytes | None = None

    def run(self) -> None:
        args, self._args = self._args, None
        try:
            self.key = _derive(*args)
        except Exception:  # noqa: BLE001 - derive_password_key derives again and raises
            self.key = None


# Derivations begun before they are asked for, keyed by a digest (not the password itself).
_EARLY: dict[tuple[bytes, bytes, KdfParams], _EarlyDerivation] = {}


def _early_key(password: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes, KdfParams]:
    return hashlib.sha256(password.encode("utf-8")).digest(), salt, params


def begin_unlock(paths: DataPaths, username: str, password: str) -> bool:
    """Start deriving ``username``'s key on a thread, so a command that will sign in pays for
    the derivation while it imports the store layers (argon2 runs outside the GIL, on the
    other core). The derivation is as strong as ever; ``unlock_user`` takes its result. False
    when there is nothing to start (no key file, unknown user)."""
    try:
        entry = load(paths).users.get(normal_username(username))
        kdf = entry["kdf"] if entry else None
        if not kdf:
            return False
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]),
                           int(kdf["parallelism"]))
        salt = _unb64(kdf["salt"])
    except (StoreError, KeyError, TypeError, ValueError, binascii.Error):
        return False
    job = _EarlyDerivation(password, salt, params)
    _EARLY[_early_key(password, salt, params)] = job
    job.start()
    return True


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits, not a password: HKDF is enough to stretch it.
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"rumahsinggah recovery v1"
    ).derive(secret)


def key_check(store_key: bytes) -> str:
    return hmac.new(store_key, b"rumahsinggah store key check v1", hashlib.sha256).hexdigest()


def key_id(store_key: bytes) -> str:
    """A short public name of a store key (which key sealed a file): not secret."""
    return key_check(store_key)[:16]


def _pub_bytes(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _box_key(shared: bytes, epk: bytes, pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + pub,
                info=b"rumahsinggah sealed store key v2").derive(shared)


def seal_to(public_b64: str, store_key: bytes, aad: bytes) -> dict[str, str]:
    """Seal ``store_key`` so only the holder of the private key of ``public_b64`` opens it."""
    pub = _unb64(public_b64)
    eph = X25519PrivateKey.generate()
    epk = _pub_bytes(eph.public_key())
    key = _box_key(eph.exchange(X25519PublicKey.from_public_bytes(pub)), epk, pub)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return {"epk": _b64(epk), "nonce": _b64(nonce),
            "box": _b64(AESGCM(key).encrypt(nonce, store_key, aad))}


def _open_sealed(private: X25519PrivateKey, sealed: dict[str, str], aad: bytes) -> bytes | None:
    try:
        epk = _unb64(sealed["epk"])
        pub = _pub_bytes(private.public_key())
        key = _box_key(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, pub)
        return AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["box"]), aad)
    except (InvalidTag, KeyError, ValueError, binascii.Error):
        return None


def new_store_key() -> bytes:
    return secrets.token_bytes(STORE_KEY_BYTES)


# ---- recovery key text ------------------------------------------------------------------


def new_recovery_key() -> tuple[bytes, str]:
    """Random recovery secret and its printable form: ``ABCD-EFGH-...`` (8 groups of 4)."""
    secret = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(secret).decode("ascii")
    return secret, "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accept the recovery key as typed: any case, spaces or dashes, 0/O and 1/I/L mix-ups."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        raise ValueError("length")
    try:
        return base64.b32decode(cleaned)
    except binascii.Error as exc:
        raise ValueError("alphabet") from exc


# ---- the file ---------------------------------------------------------------------------


@dataclass
class KeyFile:
    """The parsed key file. ``users`` maps a username (lower case) to its wrapped entry."""

    store_id: str
    check: str
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    demo: bool = False
    created_at: str = ""
    params: KdfParams = DEFAULT_KDF  # cost for entries written from now on

    # -- wrapping ------------------------------------------------------------------------

    def _aad(self, name: str) -> bytes:
        return f"{FORMAT}:{self.store_id}:{name}".encode()

    def _seal(self, kek: bytes, name: str, store_key: bytes) -> dict[str, Any]:
        """A new key pair for entry ``name``: private key under ``kek``, store key sealed."""
        private = X25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        nonce = secrets.token_bytes(NONCE_BYTES)
        public = _b64(_pub_bytes(private.public_key()))
        return {
            "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, raw, self._aad(name))),
            "public": public,
            "sealed": seal_to(public, store_key, self._aad(name)),
            "changed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    def _unseal(self, kek: bytes, name: str, entry: dict[str, Any]) -> bytes | None:
        try:
            inner = AESGCM(kek).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped"]), self._aad(name)
            )
        except InvalidTag:
            return None
        if "public" in entry:  # version 2: ``inner`` is the entry's private key
            key = _open_sealed(X25519PrivateKey.from_private_bytes(inner),
                               entry.get("sealed") or {}, self._aad(name))
            if key is None:
                return None
        else:  # version 1: ``inner`` is the store key itself
            key = inner
        if not hmac.compare_digest(key_check(key), self.check):
            raise KeyFileError(
                "Berkas kunci rusak: kunci yang terbuka tidak cocok dengan tanda kunci basis data. "
                "Berkas tidak diubah. Pakai salinan rumahsinggah.keys dari folder backups."
            )
        return key

    def rotated(self, new_key: bytes) -> tuple[KeyFile, list[str]]:
        """A copy of this key file for ``new_key``: each version-2 entry re-sealed to its
        public key. Returns it and the names of entries left out (version 1, which need a
        new password from an administrator)."""
        users: dict[str, dict[str, Any]] = {}
        dropped: list[str] = []
        for name, entry in self.users.items():
            if "public" not in entry:
                dropped.append(name)
                continue
            users[name] = dict(entry, sealed=seal_to(entry["public"], new_key,
                                                     self._aad(f"user:{name}")))
        recovery = None
        if self.recovery is not None:
            if "public" in self.recovery:
                recovery = dict(self.recovery, sealed=seal_to(
                    self.recovery["public"], new_key, self._aad("recovery")))
            else:
                dropped.append("#pemulihan")
        return KeyFile(store_id=self.store_id, check=key_check(new_key), users=users,
                       recovery=recovery, demo=self.demo, created_at=self.created_at,
                       params=self.params), dropped

    def set_user(self, username: str, user_id: uuid.UUID, password: str,
                 store_key: bytes) -> None:
        """(Re-)wrap the store key for one user; every other entry stays byte for byte."""
        name = normal_username(username)
        params = self.params
        salt = secrets.token_bytes(SALT_BYTES)
        kek = derive_password_key(password, salt, params)
        entry = {
            "user_id": str(user_id),
            "kdf": {
                "name": "argon2id",
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "parallelism": params.parallelism,
                "salt": _b64(salt),
            },
        }
        entry.update(self._seal(kek, f"user:{name}", store_key))
        self.users[name] = entry

    def remove_user(self, username: str) -> bool:
        return self.users.pop(normal_username(username), None) is not None

    def has_user(self, username: str) -> bool:
        return normal_username(username) in self.users

    def unlock_user(self, username: str, password: str) -> bytes | None:
        """The store key if ``password`` is right for ``username``; None otherwise.

        An unknown user costs one derivation too, so timing does not tell which was wrong.
        """
        name = normal_username(username)
        entry = self.users.get(name)
        if entry is None:
            derive_password_key(password, b"\0" * SALT_BYTES, self.params)
            return None
        kdf = entry["kdf"]
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"]))
        kek = derive_password_key(password, _unb64(kdf["salt"]), params)
        return self._unseal(kek, f"user:{name}", entry)

    def set_recovery(self, secret: bytes, store_key: bytes) -> None:
        salt = secrets.token_bytes(SALT_BYTES)
        entry: dict[str, Any] = {"kdf": {"name": "hkdf-sha256", "salt": _b64(salt)}}
        entry.update(self._seal(_recovery_kek(secret, salt), "recovery", store_key))
        self.recovery = entry

    def unlock_recovery(self, secret: bytes) -> bytes | None:
        if not self.recovery:
            return None
        kek = _recovery_kek(secret, _unb64(self.recovery["kdf"]["salt"]))
        return self._unseal(kek, "recovery", self.recovery)

    # -- (de)serialising -------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "created_at": self.created_at,
            "demo": self.demo,
            "cipher": "aes-256-gcm",
            "key_check": self.check,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "parallelism": self.params.parallelism,
            },
            "users": self.users,
            "recovery": self.recovery,
        }


def new_key_file(store_key: bytes, *, demo: bool = False,
                 params: KdfParams = DEFAULT_KDF) -> KeyFile:
    return KeyFile(
        store_id=uuid.uuid4().hex, check=key_check(store_key), demo=demo,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"), params=params,
    )


def normal_username(username: str) -> str:
    return username.strip().lower()


def _damaged(path: Path, detail: str) -> KeyFileError:
    return KeyFileError(
        f"Berkas kunci {path.name} rusak atau bukan berkas kunci Rumah Singgah ({detail}). "
        "Berkas tidak diubah. Salin berkas kunci dari folder backups atau dari salinan lain "
        f"ke {path.parent}, lalu coba lagi."
    )


def _check_entry(path: Path, entry: Any, *, user: bool) -> None:
    if not isinstance(entry, dict):
        raise _damaged(path, "entri tidak sah")
    kdf = entry.get("kdf")
    if not isinstance(kdf, dict) or "salt" not in kdf:
        raise _damaged(path, "parameter kunci hilang")
    try:
        _unb64(kdf["salt"])
        _unb64(entry["nonce"])
        _unb64(entry["wrapped"])
        if user:
            uuid.UUID(entry["user_id"])
            for k in ("memory_kib", "iterations", "parallelism"):
                if int(kdf[k]) < 1:
                    raise ValueError(k)
    except (KeyError, ValueError, TypeError, binascii.Error) as exc:
        raise _damaged(path, "entri tidak lengkap") from exc


def load(paths: DataPaths) -> KeyFile:
    """Read and validate the key file; raise an Indonesian StoreError when it cannot be used."""
    path = paths.key_file
    if paths.on_server:
        from rumahsinggah.storage import server_keys

        raw = server_keys.read_raw(paths)
        if raw is None:
            raise KeyFileError(
                f"Basis data di server {paths.label} belum disiapkan (belum ada akun). "
                "Siapkan dengan 'rumahsinggah --database ALAMAT init'.")
        return parse(raw, path)
    if not path.exists():
        spare = paths.backups / path.name
        hint = (f" Ada salinan di {spare}: salin ke {path.parent}." if spare.exists() else "")
        raise KeyFileError(
            f"Berkas kunci {path.name} tidak ditemukan di {path.parent}. Tanpa berkas ini basis "
            f"data terenkripsi tidak dapat dibuka.{hint} Basis data tidak diubah."
        )
    return load_path(path)


def load_path(path: Path) -> KeyFile:
    """Read and validate the key file at ``path`` (the current one or a pending one)."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, "isi tidak terbaca") from exc
    except OSError as exc:
        raise KeyFileError(f"Berkas kunci {path.name} tidak dapat dibaca: {exc}") from exc
    return parse(raw, path)


def parse(raw: Any, path: Path) -> KeyFile:
    """Validate the JSON of a key file (also one read from a backup archive)."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _damaged(path, "format tidak dikenal")
    if not isinstance(raw.get("version"), int):
        raise _damaged(path, "versi tidak ada")
    if raw["version"] > VERSION:
        raise KeyFileError(
            f"Berkas kunci {path.name} dibuat oleh versi Rumah Singgah yang lebih baru. "
            "Perbarui aplikasi; berkas tidak diubah."
        )
    users = raw.get("users")
    if not isinstance(users, dict) or not isinstance(raw.get("store_id"), str) or not isinstance(
        raw.get("key_check"), str
    ):
        raise _damaged(path, "bagian wajib hilang")
    for entry in users.values():
        _check_entry(path, entry, user=True)
    if raw.get("recovery") is not None:
        _check_entry(path, raw["recovery"], user=False)
    try:
        kdf = raw.get("kdf") or {}
        params = KdfParams(
            int(kdf.get("memory_kib", DEFAULT_KDF.memory_kib)),
            int(kdf.get("iterations", DEFAULT_KDF.iterations)),
            int(kdf.get("parallelism", DEFAULT_KDF.parallelism)),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise _damaged(path, "parameter kunci tidak sah") from exc
    return KeyFile(
        store_id=raw["store_id"], check=raw["key_check"], users=dict(users),
        recovery=raw.get("recovery"), demo=bool(raw.get("demo")),
        created_at=str(raw.get("created_at", "")), params=params,
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old or the new file, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # Owner-only on POSIX: the entries are safe only as long as the passwords are strong.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def serialize(keys: KeyFile) -> bytes:
    return (json.dumps(keys.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def pending_path(paths: DataPaths) -> Path:
    """The key file of a key rotation under way (its journal): see storage.rekey."""
    return paths.root / "rumahsinggah.keys.next"


def save(paths: DataPaths, keys: KeyFile) -> None:
    """Write the key file atomically, then a spare copy in the backups folder."""
    data = serialize(keys)
    if paths.on_server:
        from rumahsinggah.storage import server_keys

        server_keys.write(paths, data)
        return
    atomic_write(paths.key_file, data)
    with contextlib.suppress(OSError):  # the spare copy is a convenience
        atomic_write(paths.backups / paths.key_file.name, data)


# ---- sign-in state: the throttle and failures waiting for the audit trail ----------------


def signin_path(paths: DataPaths) -> Path:
    return paths.root / "rumahsinggah.signin"


@dataclass
class SignInState:
    """Failed attempts per username and failures not yet written to the audit trail.

    A failed sign-in cannot write to the store (it could not be opened), so the failure waits
    here and the next successful sign-in copies it into the audit trail. Kept beside the key
    file, not in it: a failure never rewrites the key material.
    """

    failures: dict[str, dict[str, float]] = field(default_factory=dict)
    pending: list[dict[str, Any]] = field(default_factory=list)

    MAX_PENDING = 500
    MAX_NAMES = 200

    @classmethod
    def load(cls, paths: DataPaths) -> SignInState:
        try:
            raw = json.loads(signin_path(paths).read_text("utf-8"))
            failures = {
                str(k): {"count": float(v["count"]), "until": float(v["until"])}
                for k, v in raw.get("failures", {}).items()
            }
            pending = [p for p in raw.get("pending", []) if isinstance(p, dict)]
        except FileNotFoundError:
            return cls()
        except (ValueError, TypeError, KeyError, AttributeError, OSError):
            # Only counters live here; a damaged file starts them again rather than lock out.
            return cls(pending=[{"reason": "signin_state_damaged"}])
        return cls(failures, pending[-cls.MAX_PENDING :])

    def save(self, paths: DataPaths) -> None:
        if len(self.failures) > self.MAX_NAMES:
            newest = sorted(self.failures.items(), key=lambda kv: kv[1]["until"])
            self.failures = dict(newest[-self.MAX_NAMES :])
        data = {"version": 1, "failures": self.failures,
                "pending": self.pending[-self.MAX_PENDING :]}
        try:
            atomic_write(signin_path(paths), json.dumps(data, indent=1).encode("utf-8"))
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            # Disk full: counters are kept best-effort; reading the records matters more.
