"""Answers collected with an earlier version of the scored form, read as the current one.

A configuration scores one version of its form; ``previous_versions`` says, for each earlier
version, which current items an old question answers (and how its codes translate), and which
items that version never asked. Those are *not applicable* for its responses, with the reason,
never a failed gate or a gap. Questions that kept their id keep their answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sp_collect.analysis.scoring_config import ScoringConfig


@dataclass(frozen=True)
class VersionedAnswers:
    """Answers keyed by the configuration's current item ids, and the items the version lacks."""

    answers: dict[str, Any]
    not_asked: dict[str, str] = field(default_factory=dict)
    """Item id → why it has no answer (the form version it was collected with did not ask it)."""


def as_current(
    config: ScoringConfig, form_version: str | None, answers: Mapping[str, Any]
) -> VersionedAnswers:
    """``answers`` of ``form_version`` as the configuration's items read them."""
    previous = config.previous_versions.get(form_version or "")
    if previous is None:
        return VersionedAnswers(dict(answers))
    current = {key: value for key, value in answers.items() if key not in previous.items}
    for old, targets in previous.items.items():
        if old in answers:
            for new, codes in targets.items():
                current[new] = _translate(answers[old], codes)
    reason = f"not asked in form version {form_version}"
    not_asked = {item_id: reason for item_id in previous.not_asked}
    for item_id in not_asked:
        current.pop(item_id, None)
    return VersionedAnswers(current, not_asked)


def _translate(value: Any, codes: Mapping[str, str] | None) -> Any:
    if codes is None or value is None:
        return value
    if isinstance(value, list):
        return [codes.get(str(code), code) for code in value]
    return codes.get(str(value), value)
