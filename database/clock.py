"""Current time and identity helpers, kept in one place so tests can pin them."""

from __future__ import annotations

import datetime as _dt


def utc_now_text() -> str:
    """Return the current UTC time as ISO text with seconds, e.g. ``2026-11-28T13:21:00Z``."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> _dt.date:
    """Return today's local date (the analyst's calendar day)."""
    return _dt.date.today()


def new_uuid() -> str:
    """Return a new random UUID as 36-character text."""
    import uuid  # loads platform; only writes need it

    return str(uuid.uuid4())


def current_user() -> str:
    """Return the operating-system user name recorded in the audit log."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
