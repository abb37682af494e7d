"""Assignments carried in a form package: which forms, institution and country each device gets.

A package's ``assignments`` object is ``{"devices": {FINGERPRINT: {...}}}``; each device is
named by its contact card's fingerprint (six groups of four letters, as read aloud) and gets
``forms`` (form ids; empty = every form of the package), and optionally an ``institution`` code
and a ``country`` code that the device's new responses start with. A device the package does not
name sees every form, as before assignments existed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sp_collect.errors import BundleError

if TYPE_CHECKING:  # reading a package's assignments needs no form model (pydantic)
    from sp_collect.engine.model import Form

DEVICES = "devices"
_LETTERS = re.compile(r"^[A-Z2-7]{24}$")
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")


@dataclass(frozen=True)
class Assignment:
    """What one device is asked to collect."""

    fingerprint: str
    forms: tuple[str, ...] = ()
    institution: str | None = None
    country: str | None = None

    def allows(self, form_id: str) -> bool:
        return not self.forms or form_id in self.forms

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"forms": list(self.forms)}
        if self.institution:
            record["institution"] = self.institution
        if self.country:
            record["country"] = self.country
        return record


def normalize_fingerprint(text: str) -> str:
    """``jzp4tjl7…`` or ``JZP4 TJL7 …`` → ``JZP4 TJL7 LD3G SACG JPUP G5CA``; else an error."""
    letters = re.sub(r"[\s-]+", "", text).upper()
    if not _LETTERS.match(letters):
        raise BundleError(
            f"{text!r} is not a device fingerprint: give the six groups of four letters the "
            "device's Identity page shows",
            code="bad_assignment",
        )
    return " ".join(letters[i : i + 4] for i in range(0, 24, 4))


def assignments_body(assignments: Iterable[Assignment]) -> dict[str, Any]:
    """The package's ``assignments`` object (empty when nobody is assigned anything)."""
    devices = {a.fingerprint: a.to_dict() for a in assignments}
    return {DEVICES: devices} if devices else {}


def read_assignments(
    body: Mapping[str, Any], form_ids: Iterable[str] | None = None
) -> dict[str, Assignment]:
    """Fingerprint → assignment, checked against the package's forms when ``form_ids`` is given."""
    known = set(form_ids) if form_ids is not None else None
    devices = body.get(DEVICES, {}) if body else {}
    if not isinstance(devices, dict):
        raise _invalid("'devices' must be an object keyed by fingerprint")
    result = {}
    for key, record in devices.items():
        fingerprint = normalize_fingerprint(str(key))
        if not isinstance(record, dict):
            raise _invalid(f"the assignment of {fingerprint} must be an object")
        forms = record.get("forms", [])
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            raise _invalid(f"the forms assigned to {fingerprint} must be a list of form ids")
        unknown = sorted(set(forms) - known) if known is not None else []
        if unknown:
            raise _invalid(
                f"{fingerprint} is assigned {', '.join(unknown)}, which the package does not "
                "contain; add the form or remove it from the assignment"
            )
        codes = {name: record.get(name) for name in ("institution", "country")}
        for name, code in codes.items():
            if code is not None and not (isinstance(code, str) and _CODE.match(code)):
                raise _invalid(f"the {name} assigned to {fingerprint} must be a choice code")
        result[fingerprint] = Assignment(
            fingerprint, tuple(forms), codes["institution"], codes["country"]
        )
    return result


def _invalid(reason: str) -> BundleError:
    return BundleError(f"the package's assignments are invalid: {reason}.", code="bad_assignment")


def assigned_answers(form: Form, assignment: Assignment | None) -> dict[str, str]:
    """The answers a new response starts with: the assigned institution and country, in the
    form's first (not repeated) questions choosing from the ``institution`` and ``country`` lists.
    The country follows from the institution's ``country`` column when not assigned itself."""
    from sp_collect.engine.model import SelectOne  # loaded already: ``form`` is one

    if assignment is None or not (assignment.institution or assignment.country):
        return {}
    country = assignment.country
    if assignment.institution and not country:
        for choice in form.choice_lists.get("institution", []):
            if choice.value == assignment.institution:
                country = str(choice.extra_columns().get("country") or "") or None
    wanted = {"country": country, "institution": assignment.institution}
    answers: dict[str, str] = {}
    for item in _top_level_items(form.items):
        if isinstance(item, SelectOne) and isinstance(item.choices, str):
            value = wanted.get(item.choices)
            if value:
                answers[item.id] = value
                wanted[item.choices] = None  # only the first question of each list
    return answers


def _top_level_items(items: list[Any]) -> Iterable[Any]:
    from sp_collect.engine.model import Repeat  # loaded already: these are a form's items

    for item in items:
        yield item
        if not isinstance(item, Repeat) and hasattr(item, "items"):
            yield from _top_level_items(item.items)
