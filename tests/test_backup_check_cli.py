"""Backups and checks from the command line and Settings: how many backups a folder keeps (saved
with the folder, used by every backup into it) and the messages in the chosen language."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.backups import (
    AUTOMATIC,
    DEFAULT_RETENTION,
    RETENTION_FILE,
    RetentionPolicy,
    backup_file,
    backup_file_name,
    backup_folder_for,
    folder_retention,
    save_folder_retention,
)
from desktop.cli import main as cli_main
from desktop.forms.settings_dialog import SettingsDialog


def _old_auto_backups(folder: Path, stem: str, days: int) -> list[Path]:
    """One automatic backup a day for the last ``days`` days (placeholders named like backups)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    paths = []
    for day in range(1, days + 1):
        path = folder / backup_file_name(Path(f"{stem}.sqlite"), now - dt.timedelta(days=day),
                                         AUTOMATIC)
        path.write_bytes(b"SQLite format 3\x00")
        paths.append(path)
    return paths


def test_a_folder_without_a_saved_policy_keeps_the_default(tmp_path: Path) -> None:
    assert folder_retention(tmp_path) == DEFAULT_RETENTION
    (tmp_path / RETENTION_FILE).write_text("{not json", encoding="utf-8")
    assert folder_retention(tmp_path) == DEFAULT_RETENTION  # unreadable: the safe default
    with pytest.raises(ValueError):
        save_folder_retention(tmp_path, RetentionPolicy(0, 4, 12))


def test_automatic_backups_rotate_with_the_folder_policy(demo_store, db_path: Path) -> None:
    folder = backup_folder_for(db_path)
    _old_auto_backups(folder, db_path.stem, days=20)
    save_folder_retention(folder, RetentionPolicy(keep_daily=3, keep_weekly=1, keep_monthly=1))
    backup_file(db_path, reason=AUTOMATIC)
    kept = sorted(p.name for p in folder.glob(f"{db_path.stem}-*-auto*.sqlite"))
    # Today's new backup plus the two days before it: the newest of each of the last 3 days
    # (the week and month keep nothing more: their newest is among those).
    assert len(kept) == 3


def test_backup_command_saves_and_applies_the_policy(demo_store, db_path: Path, capsys) -> None:
    demo_store.close()
    folder = backup_folder_for(db_path)
    _old_auto_backups(folder, db_path.stem, days=3)
    _old_auto_backups(folder, db_path.stem + "x", days=1)  # another database's: never touched
    assert cli_main(["--db", str(db_path), "backup", "--keep-daily", "2"]) == 0
    saved = json.loads((folder / RETENTION_FILE).read_text(encoding="utf-8"))
    assert saved == {"keep_daily": 2, "keep_weekly": 4, "keep_monthly": 12}
    assert "Backed up" in capsys.readouterr().out

    assert cli_main(["--db", str(db_path), "backup", "--keep-monthly", "0"]) == 1
    assert "--keep-monthly" in capsys.readouterr().err
    assert folder_retention(folder).keep_monthly == 12  # the refused value was not saved


def test_settings_dialog_sets_how_many_backups_are_kept(demo_store, db_path: Path,
                                                        qtbot: QtBot) -> None:
    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_spins["daily"].value() == DEFAULT_RETENTION.keep_daily
    dialog.keep_spins["daily"].selectAll()
    qtbot.keyClicks(dialog.keep_spins["daily"], "14")
    dialog.keep_spins["monthly"].setValue(24)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert folder_retention(backup_folder_for(db_path)) == RetentionPolicy(14, 4, 24)


def test_backup_command_speaks_russian(demo_store, db_path: Path, capsys, qapp) -> None:
    from desktop.i18n import install_language

    demo_store.close()
    try:
        assert cli_main(["--db", str(db_path), "--lang", "ru", "backup"]) == 0
    finally:
        install_language(qapp, "en")
    out = capsys.readouterr().out
    assert "Резервная копия" in out and "3 встречи" in out and "1 обязательство" in out


def test_check_command_names_the_kind_of_problem_in_german(demo_store, db_path: Path, capsys,
                                                           qapp) -> None:
    from desktop.i18n import install_language

    # A sum no figure gives (the demo's press figures name no reporter, so make no sums).
    demo_store.conn.execute("INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source,"
                            " level, value_usd_cents, figure_count)"
                            " VALUES ('KGZ', 'BLR', '2021', 'export', 'TOTAL', 'NSC', 0, 100, 1),"
                            " ('KGZ', 'BLR', '2022', 'export', 'TOTAL', 'NSC', 0, 100, 1),"
                            " ('KGZ', 'BLR', '2023', 'export', 'TOTAL', 'NSC', 0, 100, 1)")
    demo_store.close()
    try:
        assert cli_main(["--db", str(db_path), "--lang", "de", "check"]) == 1
    finally:
        install_language(qapp, "en")
    out = capsys.readouterr().out
    assert "Handelszusammenfassung veraltet" in out and "reparierbar" in out
    assert "3 Probleme, 0 Warnungen" in out
