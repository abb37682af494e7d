"""XLSForm question types → ours, read from pyxform's own type dictionary so every alias works.

pyxform accepts many names for one type (``int``, ``integer``, ``q int``, ``add integer prompt``);
its ``QUESTION_TYPE_DICT`` says what each one means (the XForm control, data type and preload).
We map that meaning, not the name, so an alias can never be unknown here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyxform.aliases import _type_alias_map
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

from sp_collect.engine.xlsform.report import Action


@dataclass(frozen=True)
class TypeMapping:
    """Our type for an XLSForm type; ``None`` when the row has no equivalent at all."""

    type: str | None
    action: Action | None = None
    """How the report describes the change; None when the type is an exact equivalent."""
    detail: str = ""
    calculation: str | None = None
    """The calculation a converted metadata row gets (``today()``, ``''``)."""
    constraint: str | None = None
    """A constraint pyxform adds with the type (``phone number``, ``percentage``)."""
    hint: str | None = None


_INPUT = {
    "string": "text", "int": "integer", "decimal": "decimal", "date": "date", "time": "time",
    "dateTime": "datetime", "geopoint": "geopoint",
}  # fmt: skip
_UPLOAD = {"image": "image", "audio": "audio", "application": "file"}
_AS_TEXT = {
    "barcode": "it became a text question where the code is typed",
    "geotrace": "it became a text question: 'lat lon' points separated by ';'",
    "geoshape": "it became a text question: 'lat lon' points separated by ';'",
}
_PROPERTIES = {"deviceid": "device_id", "username": "interviewer"}
_UNREAD_PROPERTIES = {
    "phonenumber": "the phone number",
    "simserial": "the SIM card's serial number",
    "subscriberid": "the subscriber id",
    "email": "the account e-mail",
}
_ASKED = {
    "start-geopoint": (
        "geopoint", "the location is not recorded by itself: it became a location question",
    ),
    "background-geopoint": (
        "geopoint", "the location is not tracked: it became a location question",
    ),
    "background-audio": (
        "audio", "nothing is recorded in the background: it became an audio question",
    ),
    "osm": ("file", "OpenMapKit is not opened: it became a file question that takes the .osm file"),
}  # fmt: skip


def map_type(kind: str) -> TypeMapping:
    """What pyxform's type ``kind`` (any alias) becomes here."""
    if kind in _ASKED:
        return TypeMapping(_ASKED[kind][0], "converted", _ASKED[kind][1])
    spec: dict[str, Any] = QUESTION_TYPE_DICT.get(_type_alias_map.get(kind, kind)) or {}
    bind: dict[str, Any] = spec.get("bind") or {}
    control: dict[str, Any] = spec.get("control") or {}
    tag = control.get("tag")
    mapped = _preloaded(bind) if bind.get("jr:preload") else _by_control(kind, tag, bind, control)
    if mapped is None:
        return TypeMapping(None, "dropped", f"question type '{kind}' is unknown here")
    extra_constraint = bind.get("constraint")
    extra_hint = spec.get("hint")
    if extra_constraint or extra_hint:
        return TypeMapping(
            mapped.type,
            mapped.action,
            mapped.detail,
            mapped.calculation,
            extra_constraint,
            extra_hint,
        )
    return mapped


def _preloaded(bind: dict[str, Any]) -> TypeMapping | None:
    preload, param = bind["jr:preload"], str(bind.get("jr:preloadParams", ""))
    if preload == "timestamp" and param in ("start", "end"):
        return TypeMapping(param)
    if preload == "date" and param == "today":
        return TypeMapping("calculate", "converted", "it became a calculate of today()", "today()")
    name = param.removeprefix("uri:")
    if preload == "property" and name in _PROPERTIES:
        return TypeMapping(_PROPERTIES[name])
    if preload == "property" and name in _UNREAD_PROPERTIES:
        return TypeMapping(
            "calculate",
            "converted",
            f"sp_collect does not read {_UNREAD_PROPERTIES[name]}: it became a hidden value "
            "that stays empty",
            "''",
        )
    return None


def _by_control(
    kind: str, tag: str | None, bind: dict[str, Any], control: dict[str, Any]
) -> TypeMapping | None:
    data = bind.get("type")
    if tag is None:
        if data == "string":  # calculate, hidden
            return TypeMapping("calculate")
        if kind == "audit":
            return TypeMapping("audit")
        return None
    if tag == "input":
        if bind.get("readonly") == "true()":
            return TypeMapping("note")
        if data in _INPUT:
            return TypeMapping(_INPUT[data])
        if data in _AS_TEXT:
            return TypeMapping("text", "converted", f"'{kind}' has no equivalent: {_AS_TEXT[data]}")
        return None
    if tag == "upload":
        media = str(control.get("mediatype", "")).split("/")[0]
        if media == "video":
            return TypeMapping(
                "file", "converted", "it became a file question that takes the video"
            )
        return TypeMapping(_UPLOAD[media]) if media in _UPLOAD else None
    if tag == "select1":
        return TypeMapping("select_one")
    if tag == "select":
        return TypeMapping("select_multiple")
    if tag == "odk:rank":
        return TypeMapping("rank")
    if tag == "trigger":
        return TypeMapping(
            "select_one", "converted", "it became a select_one with the single choice OK"
        )
    if tag == "range":
        return TypeMapping(
            "integer", "converted", "it became a number question constrained between start and end"
        )
    return None
