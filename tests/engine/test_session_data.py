"""FormSession data: to_json/from_json round trips, finalized answers, load_answers, audit."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.errors import AnswerError

YES_NO = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    return {"type": kind, "id": id_, "label": id_, **props}


def ticking_clock() -> Any:
    ticks = itertools.count()
    start = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    return lambda: start + dt.timedelta(seconds=next(ticks))


FORM = make_form(
    languages=["en", "fr"],
    settings={"audit": True, "instance_name": "concat('Interview ', ${name})"},
    items=[
        {"type": "start", "id": "started"},
        q("text", "name", required=True),
        q("select_one", "ok", choices=YES_NO, or_other=True),
        q("integer", "age", constraint=". < 120"),
        q("text", "job", relevant="${age} >= 18"),
        {
            "type": "repeat",
            "id": "kids",
            "items": [q("text", "kname"), q("select_multiple", "likes", choices=YES_NO)],
        },
        {"type": "calculate", "id": "n_kids", "calculation": "count(${kids})"},
    ],
)


def filled() -> FormSession:
    s = FormSession(FORM, "fr", metadata={"interviewer": "Ann"}, clock=ticking_clock())
    s.answer("name", "Joy")
    s.answer("ok", "other")
    s.answer("ok_other", "perhaps")
    s.answer("age", 30)
    s.answer("job", "baker")
    s.answer("age", 12)  # job kept but hidden
    s.add_repeat("kids")
    s.add_repeat("kids")
    s.answer("kids[1].likes", ["no", "yes"])
    s.enter("name")
    s.leave("name")
    return s


def test_to_json_round_trips_exactly_through_json_text() -> None:
    s = filled()
    data = json.loads(json.dumps(s.to_json()))
    restored = FormSession.from_json(FORM, data)
    assert restored.to_json() == data
    assert restored.value("job") == "baker"
    assert not restored.is_relevant("job")
    assert restored.language == "fr"
    assert restored.prompts() == s.prompts()
    assert restored.errors() == s.errors()
    assert restored.finalized_answers() == s.finalized_answers()


def test_from_json_refuses_another_form_and_bad_values() -> None:
    data = filled().to_json()
    other = make_form(id="other", items=[q("text", "name")])
    with pytest.raises(AnswerError) as caught:
        FormSession.from_json(other, data)
    assert caught.value.code == "form_mismatch"
    data["answers"]["age"] = "old"
    with pytest.raises(AnswerError) as caught:
        FormSession.from_json(FORM, data)
    assert caught.value.code == "answers_invalid"


def test_finalized_answers_shape() -> None:
    data = filled().finalized_answers()
    assert data == {
        "started": "2026-11-23T09:00:00+00:00",
        "name": "Joy",
        "ok": "other",
        "ok_other": "perhaps",
        "age": 12,
        "kids": [{}, {"likes": ["yes", "no"]}],
        "n_kids": 2,
    }


def test_load_answers_is_the_inverse_of_finalized_answers() -> None:
    original = filled()
    fresh = FormSession(FORM, metadata={"interviewer": "Ann"})
    assert fresh.load_answers(original.finalized_answers()) == []
    assert fresh.finalized_answers() | {"started": None} == (
        original.finalized_answers() | {"started": None}
    )


def test_load_answers_reports_every_refused_value_with_its_path() -> None:
    s = FormSession(FORM)
    issues = s.load_answers(
        {"name": 3, "age": "x", "nope": 1, "kids": [{"likes": ["maybe"]}, {"kname": "B"}]}
    )
    assert [(i.path, i.kind) for i in issues] == [
        ("name", "type"),
        ("age", "type"),
        ("nope", "type"),
        ("kids[0].likes", "type"),
    ]
    assert str(issues[1]).startswith("age: expected a whole number")
    assert s.value("kids[1].kname") == "B"
    assert [i.path for i in s.load_answers({"kids": "x"})] == ["kids"]


def test_instance_name() -> None:
    assert filled().instance_name() == "Interview Joy"
    assert FormSession(make_form(items=[q("text", "a")])).instance_name() is None


def test_audit_events_and_reasons_after_finalize() -> None:
    s = filled()
    kinds = [(e["kind"], e["path"]) for e in s.audit]
    assert kinds[:2] == [("change", "name"), ("change", "ok")]
    assert ("add_repeat", "kids[1]") in kinds
    assert kinds[-2:] == [("enter", "name"), ("leave", "name")]
    first = s.audit[0]
    assert first == {"t": "2026-11-23T09:00:01+00:00", "kind": "change", "path": "name",
                     "old": None, "new": "Joy"}  # fmt: skip
    s.remove_repeat("kids", 0)
    assert s.audit[-1]["kind"] == "remove_repeat"
    s.mark_finalized()
    result = s.answer("name", "Joyce")
    assert (result.ok, result.status) == (False, "readonly")
    assert "reason" in (result.message or "")
    assert s.value("name") == "Joy"
    assert s.answer("name", "Joyce", reason="typo in the name").ok
    assert s.audit[-1]["reason"] == "typo in the name"
    assert s.finalized
    assert FormSession.from_json(FORM, s.to_json()).finalized


def test_no_audit_when_the_form_turns_it_off() -> None:
    form = make_form(settings={"audit": False}, items=[q("text", "a")])
    s = FormSession(form)
    s.enter("a")
    s.answer("a", "x")
    assert s.audit == []
