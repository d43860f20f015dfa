"""The interface language: the languages we ship, the user's choice, and installing translators.

Our own messages come from ``resources/translations/commitment_tracker_<code>.qm``; Qt's own dialog
texts (buttons of QMessageBox, QFileDialog, the print dialog) from ``qtbase_<code>.qm`` in the
PySide6 wheel. ``install_language`` swaps both at run time: Qt then sends every widget a
``QEvent.LanguageChange``, and widgets answer it by calling their ``retranslate_ui()``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop import APP_NAME, ORGANISATION_NAME
from resources import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
CATALOG = "commitment_tracker"
FALLBACK = "en"
SETTINGS_KEY = "ui/language"
# Code -> (name of the language in itself, the locale its numbers and dates follow).
_LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "en_US"),
    "ru": ("Русский", "ru_RU"),
    "de": ("Deutsch", "de_DE"),
}

_installed: list[QTranslator] = []
_current: str = FALLBACK


def available_languages() -> list[str]:
    """The language codes the interface can be shown in, English first."""
    return list(_LANGUAGES)


def language_name(code: str) -> str:
    """The name of a language as its speakers write it (the same whatever the current language,
    so anyone can find their own in the list)."""
    return _LANGUAGES[code][0]


def current_language() -> str:
    """The language installed last (English until ``install_language`` runs)."""
    return _current


def normalise(code: str | None) -> str | None:
    """``code`` as one of ours ("ru", "de_DE", "de-AT" -> "de"), or None if we do not ship it."""
    if not code:
        return None
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in _LANGUAGES else None


def system_language() -> str:
    """The first of the system's preferred languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code is not None:
            return code
    return FALLBACK


def _settings() -> QSettings:
    # Explicit names, so a command (whose Qt application has no names set) reads the same file.
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION_NAME,
                     APP_NAME)


def saved_language() -> str | None:
    """The language chosen in Tools > Settings, if any."""
    return normalise(str(_settings().value(SETTINGS_KEY, "") or ""))


def save_language(code: str) -> None:
    """Remember ``code`` as the user's choice for the next start."""
    if code not in _LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {available_languages()}")
    settings = _settings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def startup_language(requested: str | None = None) -> str:
    """The language to start in: ``--lang``, else the saved choice, else the system's, else
    English."""
    return normalise(requested) or saved_language() or system_language()


def locale_for(code: str) -> QLocale:
    """The locale numbers and dates follow in language ``code``.

    The system's own locale when it speaks that language (an en_GB or de_AT user keeps their
    regional formats), else the language's main locale (ru_RU, de_DE, en_US).
    """
    system = QLocale.system()
    # A "C"/POSIX system locale is taken as English: its plain formats stay as they were.
    speaks_it = (normalise(system.name()) == code
                 or (code == FALLBACK and system.language() == QLocale.Language.C))
    return system if speaks_it else QLocale(_LANGUAGES[code][1])


def qt_translations_dir() -> str:
    """The folder of Qt's own .qm files (qtbase_ru.qm, ...) inside the PySide6 wheel."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(app: QCoreApplication, code: str) -> str:
    """Show the interface in ``code`` from now on; returns the code installed.

    The previous translators are removed first. The default QLocale is set before the new
    translators go in, because installing them is what makes widgets retranslate, and their
    numbers and dates must already follow the new locale then. English needs no translator.
    """
    global _current
    code = normalise(code) or FALLBACK
    QLocale.setDefault(locale_for(code))
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if code != FALLBACK:
        for name, folder in ((f"{CATALOG}_{code}", str(TRANSLATIONS_DIR)),
                             (f"qtbase_{code}", qt_translations_dir())):
            translator = QTranslator(app)
            # A missing file leaves that part in English rather than stopping the application.
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = code
    return code
