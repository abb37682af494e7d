"""One vocabulary of question types: every type is answerable, metadata, or holds no answer."""

from __future__ import annotations

from sp_collect.engine.model import (
    ANSWERABLE_TYPES,
    ATTACHMENT_TYPES,
    NO_ANSWER_TYPES,
    QUESTION_TYPES,
)
from sp_collect.engine.session import METADATA_KEYS


def test_the_type_sets_partition_the_question_types() -> None:
    groups = (ANSWERABLE_TYPES, NO_ANSWER_TYPES, frozenset(METADATA_KEYS))
    assert frozenset().union(*groups) == frozenset(QUESTION_TYPES)
    assert sum(len(group) for group in groups) == len(QUESTION_TYPES)
    assert ATTACHMENT_TYPES <= ANSWERABLE_TYPES
