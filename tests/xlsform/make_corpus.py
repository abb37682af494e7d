"""Write the XLSForm test corpus (tests/xlsform/corpus/*.xlsx) with openpyxl.

Run ``.venv/bin/python tests/xlsform/make_corpus.py`` after changing a form below and commit the
.xlsx files with it. Forms follow the ODK sample forms' style; each sheet is a list of rows whose
first row is the header.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

CORPUS = Path(__file__).parent / "corpus"
Sheet = list[list[Any]]
EN, FR, NL, ES = "English (en)", "Français (fr)", "Nederlands (nl)", "Español (es)"

YES_NO: Sheet = [["yn", "yes", "Yes"], ["yn", "no", "No"]]
CHOICES_HEADER = ["list_name", "name", "label"]

FORMS: dict[str, dict[str, Sheet]] = {
    "household_roster": {
        "survey": [
            [
                "type",
                "name",
                "label",
                "hint",
                "constraint",
                "required",
                "repeat_count",
                "calculation",
            ],
            [
                "integer",
                "hh_size",
                "How many people live here?",
                "Count everyone",
                ". >= 1 and . <= 20",
                "yes",
            ],
            ["begin repeat", "member", "Household member", None, None, None, "${hh_size}"],
            ["text", "member_name", "Name", None, None, "yes"],
            ["integer", "member_age", "Age of ${member_name}", None, ". >= 0 and . < 120"],
            ["select_one sex", "member_sex", "Sex"],
            [
                "calculate",
                "is_adult",
                None,
                None,
                None,
                None,
                None,
                "if(${member_age} >= 18, 1, 0)",
            ],
            ["end repeat"],
            ["calculate", "members", None, None, None, None, None, "count(${member})"],
            ["calculate", "adults", None, None, None, None, None, "sum(${is_adult})"],
            ["note", "summary", "${members} members, ${adults} adults"],
        ],
        "choices": [CHOICES_HEADER, ["sex", "f", "Female"], ["sex", "m", "Male"]],
        "settings": [
            ["form_id", "version", "form_title"],
            ["household_roster", "2026.1", "Household roster"],
        ],
    },
    "cascading_selects": {
        "survey": [
            ["type", "name", "label", "choice_filter", "required"],
            ["select_one country", "country", "Country", None, "yes"],
            ["select_one parish", "parish", "Parish", "country=${country}", "yes"],
            ["select_one town", "town", "Town", "country=${country} and parish=${parish}"],
        ],
        "choices": [
            ["list_name", "name", "label", "country", "parish"],
            ["country", "jm", "Jamaica"],
            ["country", "tt", "Trinidad and Tobago"],
            ["parish", "kgn", "Kingston", "jm"],
            ["parish", "sta", "St Andrew", "jm"],
            ["parish", "pos", "Port of Spain", "tt"],
            ["town", "downtown", "Downtown", "jm", "kgn"],
            ["town", "halfway", "Half Way Tree", "jm", "sta"],
            ["town", "stclair", "St Clair", "tt", "pos"],
            ["town", "woodbrook", "Woodbrook", "tt", "pos"],
        ],
        "settings": [["form_id", "version"], ["cascading", "1"]],
    },
    "multilingual": {
        "survey": [
            [
                "type",
                "name",
                f"label::{EN}",
                f"label::{FR}",
                f"label::{NL}",
                f"label::{ES}",
                f"hint::{EN}",
                f"hint::{FR}",
                "constraint",
                f"constraint_message::{EN}",
                f"constraint_message::{FR}",
                f"constraint_message::{NL}",
                f"constraint_message::{ES}",
            ],
            [
                "integer",
                "age",
                "Age",
                "Âge",
                "Leeftijd",
                "Edad",
                "In years",
                "En années",
                ". >= 15",
                "At least 15",
                "Au moins 15",
                "Minstens 15",
                "Al menos 15",
            ],
            ["select_one yn", "insured", "Insured?", "Assuré ?", "Verzekerd?", "¿Asegurado?"],
        ],
        "choices": [
            ["list_name", "name", f"label::{EN}", f"label::{FR}", f"label::{NL}", f"label::{ES}"],
            ["yn", "yes", "Yes", "Oui", "Ja", "Sí"],
            ["yn", "no", "No", "Non", "Nee", "No"],
        ],
        "settings": [["form_id", "version", "default_language"], ["multilingual", "3", FR]],
    },
    "languages_without_codes": {
        "survey": [
            [
                "type",
                "name",
                "label::English",
                "label::Français",
                "label::Kreyòl",
                "label::Papiamentu",
            ],
            ["text", "name", "Name", "Nom", "Non", "Nòmber"],
        ],
        "settings": [["form_id", "version", "default_language"], ["no_codes", "1", "English"]],
    },
    "repeat_calculations": {
        "survey": [
            ["type", "name", "label", "calculation", "constraint"],
            ["begin repeat", "job", "Job"],
            ["text", "employer", "Employer"],
            ["decimal", "income", "Monthly income", None, ". >= 0"],
            ["end repeat"],
            ["calculate", "jobs", None, "count(${job})"],
            ["calculate", "total_income", None, "sum(${income})"],
            ["calculate", "top_income", None, "max(${income})"],
            [
                "calculate",
                "average",
                None,
                "if(${jobs} > 0, round(${total_income} div ${jobs}, 2), 0)",
            ],
        ],
        "settings": [["form_id", "version"], ["repeat_calculations", "1"]],
    },
    "constraints": {
        "survey": [
            ["type", "name", "label", "constraint", "constraint_message"],
            [
                "integer",
                "contributions",
                "Months of contributions",
                ". >= 0 and . <= 600",
                "Between 0 and 600 months",
            ],
            [
                "text",
                "nis",
                "National insurance number",
                "regex(., '^[A-Z]{2}[0-9]{6}$')",
                "Two letters then six digits",
            ],
            [
                "date",
                "claim_date",
                "Date of claim",
                ". <= today()",
                "The date cannot be in the future",
            ],
            ["decimal", "rate", "Contribution rate (%)", ". > 0 and . < 100"],
        ],
        "settings": [["form_id", "version"], ["constraints", "1"]],
    },
    "required_expressions": {
        "survey": [
            ["type", "name", "label", "required", "required_message", "relevant"],
            ["select_one yn", "employed", "Are you employed?", "yes", "Please answer"],
            ["text", "employer", "Employer", "${employed} = 'yes'", "Name the employer"],
            ["integer", "hours", "Hours a week", "true()", None, "${employed} = 'yes'"],
            ["text", "comment", "Comment", "no"],
        ],
        "choices": [CHOICES_HEADER, *YES_NO],
        "settings": [["form_id", "version"], ["required_expressions", "1"]],
    },
    "defaults": {
        "survey": [
            ["type", "name", "label", "default", "read_only"],
            ["integer", "children", "Children", "0"],
            ["decimal", "rate", "Rate", "12.5"],
            ["text", "country_name", "Country", "Barbados", "yes"],
            ["select_one yn", "consent", "Consent", "yes"],
            ["select_multiple benefits", "benefits", "Benefits", "old_age sickness"],
            ["date", "visit", "Visit date", "today()"],
            ["text", "city", "City", "concat('Bridge', 'town')"],
        ],
        "choices": [
            CHOICES_HEADER,
            *YES_NO,
            ["benefits", "old_age", "Old age"],
            ["benefits", "sickness", "Sickness"],
            ["benefits", "maternity", "Maternity"],
        ],
        "settings": [["form_id", "version"], ["defaults", "1"]],
    },
    "or_other": {
        "survey": [
            ["type", "name", "label"],
            ["select_one scheme or_other", "scheme", "Which scheme?"],
            ["select_multiple scheme or_other", "schemes", "Which schemes?"],
        ],
        "choices": [
            CHOICES_HEADER,
            ["scheme", "nis", "National insurance"],
            ["scheme", "private", "Private pension"],
        ],
        "settings": [["form_id", "version"], ["or_other", "1"]],
    },
    "groups": {
        "survey": [
            ["type", "name", "label", "relevant", "appearance"],
            ["select_one yn", "has_institution", "Do you work for an institution?"],
            [
                "begin group",
                "institution",
                "Institution",
                "${has_institution} = 'yes'",
                "field-list",
            ],
            ["text", "inst_name", "Institution name"],
            ["begin group", "contact", "Contact person"],
            ["text", "contact_name", "Name"],
            ["text", "contact_email", "E-mail", "${contact_name} != ''"],
            ["end group"],
            ["end group"],
            ["begin group", "closing", "Closing", None, "table-list"],
            ["note", "thanks", "Thank you"],
            ["end group"],
        ],
        "choices": [CHOICES_HEADER, *YES_NO],
        "settings": [["form_id", "version"], ["groups", "1"]],
    },
    "nested_repeats": {
        "survey": [
            ["type", "name", "label", "repeat_count", "calculation"],
            ["integer", "n_members", "Members"],
            ["begin repeat", "member", "Member", "${n_members}"],
            ["text", "m_name", "Name"],
            ["integer", "n_jobs", "How many jobs does ${m_name} have?"],
            ["begin repeat", "job", "Job", "${n_jobs}"],
            ["decimal", "wage", "Wage"],
            ["end repeat"],
            ["calculate", "member_wages", None, None, "sum(${wage})"],
            ["end repeat"],
            ["calculate", "all_jobs", None, None, "count(${job})"],
        ],
        "settings": [["form_id", "version"], ["nested_repeats", "1"]],
    },
    "metadata": {
        "survey": [
            ["type", "name", "label"],
            ["start", "start"],
            ["end", "end"],
            ["deviceid", "deviceid"],
            ["username", "username"],
            ["today", "today"],
            ["audit", "audit"],
            ["phonenumber", "phonenumber"],
            ["text", "respondent", "Respondent"],
        ],
        "settings": [
            ["form_id", "version", "form_title", "instance_name", "style"],
            ["metadata", "2026.2", "Metadata", "concat('Interview ', ${respondent})", "pages"],
        ],
    },
    "likert_grid": {
        "survey": [
            ["type", "name", "label", "appearance"],
            ["begin group", "satisfaction", "How satisfied are you with…", "field-list"],
            ["select_one agree", "header", "Service", "label"],
            ["select_one agree", "speed", "Speed of payment", "list-nolabel"],
            ["select_one agree", "staff", "Staff courtesy", "list-nolabel"],
            ["end group"],
            ["select_one agree", "overall", "Overall", "likert"],
            ["select_one agree", "again", "Would you recommend it?", "minimal"],
            ["select_multiple agree", "many", "Pick", "autocomplete"],
        ],
        "choices": [
            CHOICES_HEADER,
            ["agree", "1", "Disagree"],
            ["agree", "2", "Neutral"],
            ["agree", "3", "Agree"],
        ],
        "settings": [["form_id", "version"], ["likert_grid", "1"]],
    },
    "all_types": {
        "survey": [
            ["type", "name", "label", "appearance", "calculation"],
            ["text", "t", "Text", "multiline"],
            ["integer", "i", "Integer"],
            ["decimal", "d", "Decimal"],
            ["date", "dt", "Date"],
            ["time", "tm", "Time"],
            ["dateTime", "dtm", "Date and time"],
            ["geopoint", "gp", "Location"],
            ["image", "photo", "Photo"],
            ["audio", "rec", "Recording"],
            ["file", "doc", "Document"],
            ["note", "nt", "A note"],
            ["rank yn", "rk", "Rank these"],
            ["image", "sig", "Signature", "signature"],
            ["calculate", "double", None, None, "${i} * 2"],
            ["select_multiple yn", "sm", "Several"],
        ],
        "choices": [CHOICES_HEADER, *YES_NO],
        "settings": [["form_id", "version"], ["all_types", "1"]],
    },
    "xpath_paths": {
        "survey": [
            ["type", "name", "label", "relevant", "calculation", "read_only"],
            ["integer", "a", "A"],
            ["begin group", "g", "G"],
            ["integer", "b", "B", "/data/a > 1"],
            ["end group"],
            ["calculate", "total", None, None, "/data/a + /data/g/b"],
            ["text", "shown", "Shown", "../a = 5", None, "/data/a > 3"],
        ],
        "settings": [["form_id", "version"], ["xpath_paths", "1"]],
    },
    "unsupported": {
        "survey": [
            ["type", "name", "label", "appearance", "parameters", "calculation", "relevant"],
            ["select_one_from_file towns.csv", "town", "Town"],
            ["select_one country", "country", "Country", "search('countries')"],
            [
                "calculate",
                "rate",
                None,
                None,
                None,
                "pulldata('rates', 'rate', 'code', ${country})",
            ],
            ["integer", "income", "Income", None, None, None, "pulldata('x', 'y', 'z', 'w') = 1"],
            ["geopoint", "where", "Where", "placement-map"],
            ["trigger", "ok", "Press OK"],
            ["range", "score", "Score", None, "start=1 end=5 step=1"],
            ["barcode", "code", "Scan code"],
            ["geotrace", "road", "Road"],
            ["geoshape", "field", "Field"],
            ["background-audio", "bg"],
            ["image", "pic", "Picture", None, "max-pixels=1024"],
            ["text", "uses_rate", "Rate is ${rate}"],
            ["calculate", "double_rate", None, None, None, "${rate} * 2"],
        ],
        "choices": [CHOICES_HEADER, ["country", "jm", "Jamaica"]],
        "settings": [["form_id", "version", "public_key"], ["unsupported", "1", "MIIB"]],
    },
    "entities_external": {
        "survey": [
            ["type", "name", "label", "save_to", "guidance_hint", "media::image"],
            ["text", "tree", "Tree species", "species", "Look at the leaves", "tree.png"],
            ["select_one_external district", "district", "District"],
            ["note", "done", "Recorded ${tree}"],
        ],
        "choices": [CHOICES_HEADER, ["district", "placeholder", "Placeholder"]],
        "external_choices": [CHOICES_HEADER, ["district", "north", "North"]],
        "entities": [["list_name", "label"], ["trees", "${tree}"]],
        "settings": [["form_id", "version"], ["entities_external", "1"]],
    },
}
BROKEN: dict[str, dict[str, Sheet]] = {
    "broken_unclosed_group": {
        "survey": [["type", "name", "label"], ["begin group", "g", "G"], ["text", "a", "A"]],
    },
    "broken_no_survey": {"notes": [["what"], ["this workbook is a budget, not a form"]]},
}


def write(path: Path, sheets: dict[str, Sheet]) -> Path:
    """Save ``sheets`` (title → rows, the first row the header) as an .xlsx workbook."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for name, sheets in {**FORMS, **BROKEN}.items():
        print(write(CORPUS / f"{name}.xlsx", sheets))


if __name__ == "__main__":
    main()
