"""Domain preferences stored in the database, so the command line sees them too."""

from __future__ import annotations

from database import change_names
from database import validation as v
from database.operations import InsertRows, new_row
from database.services.base import Result, next_id, run, update_steps
from database.store import Store

SUPPORTED_CURRENCIES = ("USD",)


def get_setting(store: Store, key: str) -> str | None:
    """The stored value of ``key`` or None."""
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def home_country(store: Store) -> str | None:
    """The analyst's own country (ISO alpha-3), if set."""
    return get_setting(store, "home_country")


def _set(store: Store, key: str, value: str, name: change_names.ChangeName) -> Result:
    def build():
        found = store.conn.execute("SELECT id FROM settings WHERE key = ?", (key,)).fetchone()
        if found:
            return update_steps("settings", found[0], {"value": value}, name=name), found[0]
        setting_id = next_id(store, "settings")
        row = new_row("settings", {"key": key, "value": value}, record_id=setting_id)
        return InsertRows((("settings", row),), name=name), setting_id
    return run(store, build)


def set_home_country(store: Store, iso3: str) -> Result:
    """Set the analyst's own country."""
    code = v.country_code(store, "home_country", iso3)
    return _set(store, "home_country", code,
                change_names.ChangeName(change_names.SET_HOME_COUNTRY, "settings"))


def set_default_currency(store: Store, currency: str) -> Result:
    """Set the currency new commitments start with."""
    code = v.choice("default_currency", (currency or "").strip().upper(), SUPPORTED_CURRENCIES)
    return _set(store, "default_currency", code,
                change_names.ChangeName(change_names.SET_DEFAULT_CURRENCY, "settings"))
