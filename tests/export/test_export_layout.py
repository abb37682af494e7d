"""Layout and cells on inline forms: every answer shape, versions, sensitive groups, names."""

from __future__ import annotations

from types import SimpleNamespace

from forms_helpers import make_form

from sp_collect.analysis.export.layout import TableNamer, form_layout
from sp_collect.analysis.export.rows import response_rows

YES_NO = [{"value": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"value": "no", "label": "No"}]
FORM = {
    "id": "household-survey",
    "languages": ["en", "fr"],
    "choice_lists": {"yes_no": YES_NO},
    "items": [
        {"type": "text", "id": "name", "label": "Name", "tags": {"sensitive": True}},
        {"type": "select_multiple", "id": "aid", "label": "Aid", "choices": "yes_no",
         "or_other": True},
        {"type": "rank", "id": "ranked", "label": "Rank", "choices": "yes_no"},
        {"type": "matrix", "id": "grid", "label": "Grid", "choices": "yes_no",
         "rows": [{"value": "r1", "label": "Row 1"}, {"value": "r2", "label": "Row 2"}]},
        {"type": "image", "id": "photo", "label": "Photo"},
        {"type": "repeat", "id": "members", "label": "Members", "items": [
            {"type": "integer", "id": "age", "label": "Age"},
            {"type": "repeat", "id": "jobs", "label": "Jobs", "items": [
                {"type": "text", "id": "job", "label": "Job"},
            ]},
        ]},
        {"type": "section", "id": "private", "label": "Private", "tags": {"sensitive": True},
         "items": [{"type": "text", "id": "phone", "label": "Phone"}]},
        {"type": "repeat", "id": "contacts", "label": "Contacts", "tags": {"sensitive": True},
         "items": [{"type": "text", "id": "contact", "label": "Contact"}]},
    ],
}  # fmt: skip
ANSWERS = {
    "name": "Ada",
    "aid": ["no", "other"],
    "aid_other": "food",
    "ranked": ["no", "yes"],
    "grid": {"r1": "yes", "r2": "no"},
    "photo": {"sha256": "ab" * 32, "name": "p.jpg", "media_type": "image/jpeg", "size": 3},
    "members": [{"age": 40, "jobs": [{"job": "fisher"}, {"job": "cook"}]}, {"age": 9}],
    "phone": "555",
    "contacts": [{"contact": "x"}],
}


def layout(*versions, labels=False, sensitive=False, language="en"):
    namer = TableNamer(["codebook"])
    return form_layout(
        list(versions), namer, language=language, labels=labels, include_sensitive=sensitive
    )


def rows_of(form_layout_, answers):
    response = SimpleNamespace(
        uuid="u1", form_version="1", status="finalized", revision=1, author="a", sender=None,
        created_at="t0", updated_at="t1", instance_name="", answers=answers,
    )  # fmt: skip
    by_table: dict[str, list[dict[str, object]]] = {}
    tables = {t.name: t.table for t in form_layout_.root.walk()}
    for name, row in response_rows(form_layout_.root, response):
        by_table.setdefault(name, []).append(dict(zip(tables[name].column_names, row, strict=True)))
    return by_table


def test_every_answer_shape_fills_its_columns() -> None:
    rows = rows_of(layout(make_form(FORM)), ANSWERS)
    (main,) = rows["household_survey"]
    assert main["aid"] == "no other" and main["aid/yes"] == 0 and main["aid/no"] == 1
    assert main["aid/other"] == 1 and main["aid_other"] == "food"
    assert main["ranked"] == "no yes"
    assert main["grid/r1"] == "yes" and main["grid/r2"] == "no"
    assert main["photo"] == "p.jpg" and main["photo/sha256"] == "ab" * 32


def test_labels_replace_values_in_the_chosen_language() -> None:
    rows = rows_of(layout(make_form(FORM), labels=True, language="fr"), ANSWERS)
    (main,) = rows["household_survey"]
    assert main["aid"] == "No; Autre" and main["ranked"] == "No; Oui"
    assert main["grid/r1"] == "Oui" and main["aid/no"] == 1


def test_unanswered_select_multiple_is_empty_not_zero() -> None:
    (main,) = rows_of(layout(make_form(FORM)), {})["household_survey"]
    assert main["aid"] is None and main["aid/yes"] is None and main["aid/other"] is None


def test_nested_repeats_get_keys_and_parent_keys() -> None:
    rows = rows_of(layout(make_form(FORM)), ANSWERS)
    assert [(m["key"], m["parent_key"], m["age"]) for m in rows["members"]] == [
        ("u1/members[1]", "u1", 40),
        ("u1/members[2]", "u1", 9),
    ]
    assert [(j["key"], j["parent_key"], j["response_uuid"]) for j in rows["jobs"]] == [
        ("u1/members[1]/jobs[1]", "u1/members[1]", "u1"),
        ("u1/members[1]/jobs[2]", "u1/members[1]", "u1"),
    ]


def test_sensitive_questions_sections_and_repeats_are_left_out() -> None:
    result = layout(make_form(FORM))
    tables = [t.name for t in result.root.walk()]
    assert tables == ["household_survey", "members", "jobs"]
    columns = result.root.table.column_names
    assert "name" not in columns and "phone" not in columns
    assert {"name", "private", "phone", "contacts", "contact"} <= set(result.left_out)
    full = layout(make_form(FORM), sensitive=True)
    assert [t.name for t in full.root.walk()] == ["household_survey", "members", "jobs", "contacts"]
    assert {"name", "phone"} <= set(full.root.table.column_names)
    assert full.left_out == () and "contact" in full.sensitive_included


def test_columns_are_the_union_of_the_installed_versions() -> None:
    old = make_form(
        {
            "id": "f",
            "version": "1",
            "choice_lists": {"c": [{"value": "a", "label": "A"}, {"value": "gone", "label": "G"}]},
            "items": [
                {"type": "select_multiple", "id": "q", "label": "Q", "choices": "c"},
                {"type": "integer", "id": "dropped", "label": "Dropped"},
            ],
        }
    )
    new = make_form(
        {
            "id": "f",
            "version": "2",
            "choice_lists": {"c": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
            "items": [
                {"type": "text", "id": "added", "label": "Added"},
                {"type": "select_multiple", "id": "q", "label": "Q", "choices": "c"},
            ],
        }
    )
    columns = layout(new, old).root.table.column_names[9:]
    assert columns == ["added", "q", "q/a", "q/b", "q/gone", "dropped"]


def test_table_names_are_short_unique_and_avoid_reserved_ones() -> None:
    namer = TableNamer(["codebook"])
    assert namer.name("codebook") == "codebook_2"
    long_name = "a-very-long-form-identifier-for-a-study"
    assert namer.name(long_name) == "a_very_long_form_identifier_for"
    assert namer.name(long_name + "-2") == "a_very_long_form_identifier_f_2"
    assert namer.name("Members") == "Members" and namer.name("members") == "members_2"


def test_a_field_sensitive_in_any_version_is_left_out_of_all() -> None:
    def version(number: str, tags: dict[str, bool]):
        item = {"type": "text", "id": "phone", "label": "Phone", "tags": tags}
        return make_form({"id": "f", "version": number, "items": [item]})

    result = layout(version("2", {}), version("1", {"sensitive": True}))
    assert "phone" not in result.root.table.column_names and result.left_out == ("phone",)
