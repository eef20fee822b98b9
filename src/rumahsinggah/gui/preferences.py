"""Desk preferences (language, idle lock minutes) kept as JSON in the config folder.

Qt-free. Store-wide office settings live in the store instead (``services.settings``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from rumahsinggah.locations import resolve_config_dir

LANGUAGES = ("id", "en")
FILENAME = "preferences.json"


@dataclass
class Preferences:
    language: str = "id"
    idle_lock_minutes: int = 10
    last_username: str = ""

    def normalised(self) -> Preferences:
        lang = self.language if self.language in LANGUAGES else "id"
        try:
            minutes = int(self.idle_lock_minutes)
        except (TypeError, ValueError):
            minutes = 10
        return Preferences(lang, max(1, min(minutes, 240)), str(self.last_username or ""))


def preferences_path(config_dir: Path | None = None) -> Path:
    return (config_dir or resolve_config_dir()) / FILENAME


def load_preferences(config_dir: Path | None = None) -> Preferences:
    path = preferences_path(config_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    return Preferences(**{k: v for k, v in data.items() if k in known}).normalised()


def save_preferences(prefs: Preferences, config_dir: Path | None = None) -> Path:
    path = preferences_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs.normalised()), indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


# -- window sizes per user (a file of their own: Preferences objects held by windows would
# otherwise write stale sizes back) ---------------------------------------------------------
SIZES_FILENAME = "window_sizes.json"


def _sizes_path(config_dir: Path | None = None) -> Path:
    return (config_dir or resolve_config_dir()) / SIZES_FILENAME


def _load_sizes(config_dir: Path | None = None) -> dict:
    try:
        data = json.loads(_sizes_path(config_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_window_size(user: str, key: str, config_dir: Path | None = None) -> tuple[int, int] | None:
    value = _load_sizes(config_dir).get(user, {})
    value = value.get(key) if isinstance(value, dict) else None
    try:
        width, height = int(value[0]), int(value[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return (width, height) if width > 0 and height > 0 else None


def save_window_size(user: str, key: str, width: int, height: int,
                     config_dir: Path | None = None) -> None:
    data = _load_sizes(config_dir)
    per_user = data.get(user) if isinstance(data.get(user), dict) else {}
    per_user[key] = [int(width), int(height)]
    data[user] = per_user
    path = _sizes_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(path)
