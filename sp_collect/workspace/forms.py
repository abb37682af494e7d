"""The installed forms: install (JSON or XLSForm), list, and compile each version once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sp_collect.engine.texts import text_in
from sp_collect.errors import FormDefinitionError, NotFound
from sp_collect.workspace.changes import Changes

if TYPE_CHECKING:  # listing forms needs neither the engine nor the sync layer: loaded on use
    from sp_collect.engine import CompiledForm
    from sp_collect.storage import FormRow, Store
    from sp_collect.sync.assignments import Assignment


@dataclass(frozen=True)
class FormSummary:
    """What a list of forms shows about the newest version of one, without compiling it."""

    form_id: str
    version: str
    titles: str | dict[str, str]
    default_language: str
    languages: tuple[str, ...]
    interview: bool
    sections: int

    def title(self, language: str) -> str:
        """The title in ``language`` where the form has it, else in its default language."""
        return text_in(self.titles, language, self.default_language) or self.form_id


class FormCatalog:
    """Every installed form version; compiled forms are cached for the workspace's lifetime."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._compiled: dict[tuple[str, str], CompiledForm] = {}
        self._summaries: dict[tuple[str, str], FormSummary] = {}
        self.assignment: Callable[[], Assignment | None] = lambda: None
        """This device's assignment (the workspace connects it to its packages)."""

    def add(
        self, source: Path | str | Mapping[str, Any], media: Mapping[str, bytes] | None = None
    ) -> Changes:
        """Install a form version with its media (the choice files it names; a form file's own
        are looked for beside it); every version stays installed so old drafts reopen."""
        from sp_collect.engine import load_form

        form = load_form(dict(source) if isinstance(source, Mapping) else Path(source))
        definition = _read_definition(source)
        if media is None:
            media = media_beside(definition, source)
        definition, missing = attach(definition, media)
        if _file_names(definition) & media.keys():
            form = load_form(definition)  # the lists its files filled are checked too
        with self._store.atomic():
            new = self._store.forms.add(form.id, form.version, definition)
            if new:
                self.keep_media(definition, media)
                self._store.events.append("form_added", form.id, {"version": form.version})
        verb = "installed" if new else "was already installed:"
        message = f"{verb} {form.id} {form.version}"
        if missing:
            message += f"; its files {', '.join(missing)} are missing: put them beside the form"
        return Changes(forms=frozenset({form.id}), message=message)

    def keep_media(self, definition: Mapping[str, Any], media: Mapping[str, bytes]) -> None:
        """Store the media files a newly installed form version names (sealed, like the
        identity keys), so that packages built from it carry them."""
        form_id, version = str(definition["id"]), str(definition["version"])
        for name in sorted(_file_names(definition) & media.keys()):
            self._store.secrets.put(_media_key(form_id, version, name), media[name])

    def media(self, form_id: str, version: str) -> dict[str, bytes]:
        """The media files installed with a form version (file name → bytes)."""
        definition = self._store.forms.get(form_id, version) or {}
        found: dict[str, bytes] = {}
        for name in sorted(_file_names(definition)):
            try:
                found[name] = self._store.secrets.get(_media_key(form_id, version, name))
            except NotFound:
                continue
        return found

    def import_xlsform(self, path: Path | str) -> tuple[Changes, tuple[str, ...]]:
        """Convert an XLSForm and install it; also says what had no exact equivalent."""
        from sp_collect.engine.xlsform import import_xlsform  # pyxform loads only when needed

        result = import_xlsform(path)
        return self.add(result.form, result.media), tuple(result.report.lines())

    def list(self) -> list[FormRow]:
        """Installed form versions; on a device with an assignment, only the assigned forms."""
        assignment = self.assignment() if self._store.info.role == "field" else None
        rows = self._store.forms.list()
        return [row for row in rows if assignment is None or assignment.allows(row.form_id)]

    def question_labels(
        self, form_id: str, version: str | None = None, language: str | None = None
    ) -> dict[str, str]:
        """Question id → its label in ``language`` (the form's default language if None)."""
        model = self.compiled(form_id, version).model
        language = language or model.default_language
        return {
            item.id: text_in(getattr(item, "label", None), language, model.default_language)
            for _pointer, item in model.walk()
            if getattr(item, "id", None)
        }

    def summaries(self) -> list[FormSummary]:
        """The newest version of each installed form (read once per version, not compiled)."""
        latest: dict[str, FormRow] = {}
        for row in self.list():  # oldest first: the last one of a form wins
            latest[row.form_id] = row
        found = []
        for form_id, row in latest.items():
            key = (form_id, row.version)
            if key not in self._summaries:
                definition = self._store.forms.get(form_id, row.version) or {}
                languages = tuple(definition.get("languages") or ["en"])
                items = definition.get("items") or []
                self._summaries[key] = FormSummary(
                    form_id=form_id,
                    version=row.version,
                    titles=definition.get("title") or row.title,
                    default_language=str(definition.get("default_language") or languages[0]),
                    languages=languages,
                    interview=(definition.get("settings") or {}).get("mode") == "interview",
                    sections=sum(1 for item in items if item.get("type") == "section"),
                )
            found.append(self._summaries[key])
        return found

    def compiled(self, form_id: str, version: str | None = None) -> CompiledForm:
        """One form version (the newest by default), ready for a session."""
        if version is None:
            definition = self._store.forms.latest(form_id)
            if definition is None:
                raise NotFound(
                    f"no form '{form_id}' is installed; add it with 'forms add' first",
                    code="form_missing",
                )
            version = str(definition["version"])
        key = (form_id, version)
        if key not in self._compiled:
            definition = self._store.forms.get(form_id, version)
            if definition is None:
                raise NotFound(
                    f"form '{form_id}' version {version} is not installed",
                    code="form_version_missing",
                )
            from sp_collect.engine import load_form

            self._compiled[key] = load_form(definition)
        return self._compiled[key]


def attach(
    definition: Mapping[str, Any], media: Mapping[str, bytes]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The form with its file lists filled from ``media``, and the files still missing."""
    from sp_collect.engine.choice_files import ChoiceFileError, attach_choice_files

    try:
        return attach_choice_files(definition, media)
    except ChoiceFileError as exc:
        raise FormDefinitionError(
            f"{exc}; send the form's files again", code="choice_file_unreadable"
        ) from None


def _file_names(definition: Mapping[str, Any]) -> set[str]:
    from sp_collect.engine.choice_files import file_lists

    return {entry["file"] for entry in file_lists(definition).values()}


def _media_key(form_id: str, version: str, name: str) -> str:
    return f"form_media/{form_id}/{version}/{name}"


def media_beside(definition: Mapping[str, Any], source: object) -> dict[str, bytes]:
    """The choice files a form file names that lie in its folder."""
    if not isinstance(source, Path | str):
        return {}
    folder = Path(source).parent
    return {
        name: (folder / name).read_bytes()
        for name in sorted(_file_names(definition))
        if (folder / name).is_file()
    }


def _read_definition(source: Path | str | Mapping[str, Any]) -> dict[str, Any]:
    """The form's JSON as a dict, read and parsed once (errors name the file and line)."""
    from sp_collect.engine.loader import read_form_json

    if isinstance(source, Mapping):
        return dict(source)
    _name, data = read_form_json(Path(source))
    if not isinstance(data, dict):
        raise FormDefinitionError(
            f"{source}: a form file must hold a JSON object", code="form_not_object"
        )
    return data
