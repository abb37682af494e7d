"""Which scored items a response's own skip logic hid: evaluated by the engine, not guessed.

A Form A response stores only the answers of relevant questions, so an item that is missing
may be unanswered *or* never asked (an associate member is not asked whether the Agreement has
domestic effect). The form's ``relevant`` expressions decide: the answers are loaded into a
:class:`~sp_collect.engine.FormSession` (one per response, about 10 ms for Form A) and every
scored item the session does not show is *hidden*, hence not applicable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # importing the scoring (the app's coordinator pages) needs no session yet
    from sp_collect.engine import CompiledForm


class FormRelevance:
    """Relevance of a config's scored items in one form, for answers of that form."""

    def __init__(self, form: CompiledForm, item_ids: Iterable[str]) -> None:
        self._form = form
        # Only top-level questions: a repeated question has no single relevance per response.
        self._items = tuple(
            qid for qid in item_ids if qid in form.items and not form.items[qid].scope
        )

    def hidden(self, answers: Mapping[str, Any]) -> frozenset[str]:
        """The scored items the form would not show with these answers."""
        from sp_collect.engine import FormSession  # loaded already: ``self._form`` is compiled

        session = FormSession(self._form, language=self._form.model.default_language)
        # Answers that do not fit (another form version) are left out; the rest still decide.
        session.load_answers(answers)
        return frozenset(qid for qid in self._items if not session.is_relevant(qid))
