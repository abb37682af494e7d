"""The form model: the single source of truth for the JSON form format and its JSON Schema.

Property names mirror XLSForm's columns (``id`` is XLSForm's ``name``) so that ODK/Kobo authors
feel at home. Expressions are kept as source text here; the engine compiles them once per form.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from sp_collect.engine.choice_files import MEDIA_FILE_PATTERN
from sp_collect.engine.texts import Text, text_in  # noqa: F401 (text_in: callers import it here)

Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_.-]*$")]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")]
Expression = str
"""An expression in XLSForm syntax (XPath 1.0 semantics), e.g. ``${age} >= 18``."""
ScalarDefault = str | int | float | bool | list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Choice(BaseModel):
    """One choice. Extra columns (e.g. ``country``) are allowed and usable in ``choice_filter``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    value: Annotated[str, StringConstraints(min_length=1)]
    label: Text
    image: str | None = None

    def extra_columns(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class Settings(_Strict):
    mode: Literal["survey", "interview"] = "survey"
    """``interview``: one question at a time, a timer and free notes."""
    audit: bool = True
    instance_name: Expression | None = None
    """Expression naming a response in lists, like XLSForm's ``instance_name``."""
    allow_choice_duplicates: bool = False
    """A value may appear more than once in a choice list (XLSForm's setting of that name);
    a ``choice_filter`` tells the copies apart."""


class _Item(_Strict):
    id: Identifier
    label: Text | None = None
    hint: Text | None = None
    relevant: Expression | None = None
    appearance: str | None = None
    tags: dict[str, Any] = Field(default_factory=dict)
    """Free key/values: scoring (``dim``, ``sub``), ``core``; ``sensitive: true``: personal data."""


class _Question(_Item):
    required: bool | Expression = False
    required_message: Text | None = None
    constraint: Expression | None = None
    constraint_message: Text | None = None
    readonly: bool | Expression = False
    default: ScalarDefault | None = None
    """A static value, or an expression when it is a string starting with ``=``."""
    last_saved: Identifier | None = None
    """A new response starts with the answer this question had in the last response of the
    form saved on this device (ODK's ``${last-saved#id}``); without one, the default applies."""
    calculation: Expression | None = None


class Note(_Item):
    type: Literal["note"]


class TextQuestion(_Question):
    type: Literal["text"]


class IntegerQuestion(_Question):
    type: Literal["integer"]


class DecimalQuestion(_Question):
    type: Literal["decimal"]


class _SelectBase(_Question):
    choices: Identifier | list[Choice]
    """The name of a list in ``choice_lists``, or the choices inline."""
    choice_filter: Expression | None = None


class SelectOne(_SelectBase):
    type: Literal["select_one"]
    or_other: bool = False
    """Adds an ``other`` choice and an "other, specify" text field ``<id>_other``."""


class SelectMultiple(_SelectBase):
    type: Literal["select_multiple"]
    or_other: bool = False


class Rank(_SelectBase):
    type: Literal["rank"]


class DateQuestion(_Question):
    type: Literal["date"]


class TimeQuestion(_Question):
    type: Literal["time"]


class DateTimeQuestion(_Question):
    type: Literal["datetime"]


class Calculate(_Question):
    type: Literal["calculate"]


class FileQuestion(_Question):
    type: Literal["file"]
    accept: list[str] = Field(default_factory=list)
    """File name suffixes accepted, e.g. ``[".pdf", ".docx"]``; empty means any."""


class ImageQuestion(_Question):
    type: Literal["image"]


class AudioQuestion(_Question):
    type: Literal["audio"]


class SignatureQuestion(_Question):
    type: Literal["signature"]


class GeopointQuestion(_Question):
    type: Literal["geopoint"]


class Matrix(_Question):
    """Rows × columns of one choice list; the answer maps each row's value to a column value."""

    type: Literal["matrix"]
    rows: list[Choice]
    choices: Identifier | list[Choice]


MetadataType = Literal["start", "end", "interviewer", "device_id", "form_version", "language"]


class Metadata(_Item):
    """Filled automatically by the session; never shown."""

    type: MetadataType


class Section(_Item):
    type: Literal["section"]
    items: list[AnyItem]


class Repeat(_Item):
    type: Literal["repeat"]
    items: list[AnyItem]
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=1)
    repeat_count: Expression | None = None
    """A fixed or dynamic number of instances, e.g. ``${household_size}``."""


AnyItem = Annotated[
    Note
    | TextQuestion
    | IntegerQuestion
    | DecimalQuestion
    | SelectOne
    | SelectMultiple
    | Rank
    | DateQuestion
    | TimeQuestion
    | DateTimeQuestion
    | Calculate
    | FileQuestion
    | ImageQuestion
    | AudioQuestion
    | SignatureQuestion
    | GeopointQuestion
    | Matrix
    | Metadata
    | Section
    | Repeat,
    Field(discriminator="type"),
]

Section.model_rebuild()
Repeat.model_rebuild()

QUESTION_TYPES: tuple[str, ...] = (
    "note", "text", "integer", "decimal", "select_one", "select_multiple", "rank", "date",
    "time", "datetime", "calculate", "file", "image", "audio", "signature", "geopoint",
    "matrix", "section", "repeat", "start", "end", "interviewer", "device_id", "form_version",
    "language",
)  # fmt: skip
ATTACHMENT_TYPES = frozenset({"file", "image", "audio", "signature"})
"""Questions answered with a file: the answer is a reference to an encrypted attachment."""
NO_ANSWER_TYPES = frozenset({"note", "section", "repeat", "calculate"})
"""Items that hold no answer of their own (a calculate's value is computed)."""
ANSWERABLE_TYPES = frozenset(
    {"text", "integer", "decimal", "select_one", "select_multiple", "rank", "date", "time",
     "datetime", "geopoint", "matrix", *ATTACHMENT_TYPES}
)  # fmt: skip
"""Questions a person answers (metadata fills itself)."""


class ChoiceFile(_Strict):
    """A choice list supplied as a media file beside the form (ODK's form media)."""

    file: Annotated[str, StringConstraints(pattern=MEDIA_FILE_PATTERN)]
    """The file's name, e.g. ``towns.csv`` (CSV, GeoJSON or ODK's XML)."""
    value: str = "name"
    """The column holding each choice's value."""
    label: str = "label"
    """The column holding each choice's label (``label::Language`` columns translate it)."""
    languages: dict[str, LanguageCode] = Field(default_factory=dict)
    """A ``label::Name`` column's language name → its code, where the name is not a code."""


class Form(_Strict):
    schema_: str | None = Field(default=None, alias="$schema")
    id: Identifier
    version: Annotated[str, StringConstraints(min_length=1)]
    title: Text
    languages: list[LanguageCode] = Field(default_factory=lambda: ["en"], min_length=1)
    default_language: LanguageCode = "en"
    settings: Settings = Field(default_factory=Settings)
    choice_lists: dict[Identifier, list[Choice]] = Field(default_factory=dict)
    choice_files: dict[Identifier, ChoiceFile] = Field(default_factory=dict)
    """Lists whose choices come from a media file installed with the form; until the file
    is there the list is empty and its questions say which file is missing."""
    items: list[AnyItem]

    @model_validator(mode="before")
    @classmethod
    def _file_lists_exist(cls, data: Any) -> Any:
        """A list named in ``choice_files`` exists (empty) even before its file is attached."""
        files = data.get("choice_files") if isinstance(data, dict) else None
        lists = data.get("choice_lists", {}) if isinstance(data, dict) else None
        if isinstance(files, dict) and isinstance(lists, dict) and files.keys() - lists.keys():
            data = {**data, "choice_lists": {**{name: [] for name in files}, **lists}}
        return data

    def missing_file(self, list_name: str) -> str | None:
        """The file of a file list that has no choices yet, else None."""
        entry = self.choice_files.get(list_name)
        return entry.file if entry is not None and not self.choice_lists.get(list_name) else None

    def walk(self) -> Iterator[tuple[str, Any]]:
        """Every item in form order with its JSON pointer, sections and repeats included."""

        def visit(items: list[Any], base: str) -> Iterator[tuple[str, Any]]:
            for index, item in enumerate(items):
                pointer = f"{base}/{index}"
                yield pointer, item
                if isinstance(item, Section | Repeat):
                    yield from visit(item.items, f"{pointer}/items")

        yield from visit(self.items, "/items")


def form_json_schema() -> dict[str, Any]:
    """The JSON Schema that form authors' editors use (shipped as resources/form.schema.json)."""
    schema = Form.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://sp-collect.invalid/form.schema.json"
    return schema
