"""Where the database lives by default: the local (not roaming) application data folder."""

from __future__ import annotations

import os
from pathlib import Path

from desktop import APP_NAME, ORGANISATION_NAME

DATABASE_FILE_NAME = "commitments.sqlite"
DATABASE_ENVIRONMENT_VARIABLE = "COMMITMENT_TRACKER_DB"


def default_database_path() -> Path:
    """``$COMMITMENT_TRACKER_DB`` if set, else ``commitments.sqlite`` in AppLocalDataLocation."""
    from_environment = os.environ.get(DATABASE_ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    # QtCore only: no display is needed to ask where the data folder is.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / DATABASE_FILE_NAME


def ensure_default_folder(path: Path) -> None:
    """Create the application data folder on first start (only for the default location)."""
    path.parent.mkdir(parents=True, exist_ok=True)
