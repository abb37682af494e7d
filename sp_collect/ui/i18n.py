"""The UI language: Qt translators for our strings and Qt's own, switched live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sp_collect.resources import resource_path

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "es": "Español",
}
"""Language code → its name written in that language (what the settings list shows)."""
SOURCE_LANGUAGE = "en"


def qm_path(code: str) -> str:
    """Where the compiled catalogue of a language is (built by tools/build_translations.py)."""
    return str(resource_path("i18n", f"sp_collect_{code}.qm"))


def system_language() -> str:
    """The operating system's language if we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


class Translations:
    """Holds the installed translators; installing one makes Qt send LanguageChange events."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._ours = QTranslator(app)
        self._qt = QTranslator(app)
        self.language = SOURCE_LANGUAGE

    def apply(self, code: str) -> bool:
        """Switch the UI to ``code``; False when its catalogue is missing (English stays)."""
        if code not in LANGUAGES:
            code = SOURCE_LANGUAGE
        self._app.removeTranslator(self._ours)
        self._app.removeTranslator(self._qt)
        self.language = SOURCE_LANGUAGE
        if code == SOURCE_LANGUAGE:
            # English needs only its plural forms ("1 draft", "2 drafts"): a small catalogue.
            if self._ours.load(qm_path(code)):
                self._app.installTranslator(self._ours)
            return True
        if not self._ours.load(qm_path(code)):
            return False
        # Qt's own dialogs (file chooser, message-box buttons) in the same language.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt.load(f"qtbase_{code}", qt_folder):
            self._app.installTranslator(self._qt)
        self._app.installTranslator(self._ours)
        self.language = code
        return True
