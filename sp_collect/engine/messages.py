"""The engine's own words shown to respondents, in the study's four languages (English fallback)."""

from __future__ import annotations

_MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "en": "This question requires an answer.",
        "fr": "Cette question demande une réponse.",
        "nl": "Deze vraag moet beantwoord worden.",
        "es": "Esta pregunta requiere una respuesta.",
    },
    "constraint": {
        "en": "This answer is not allowed here.",
        "fr": "Cette réponse n'est pas admise ici.",
        "nl": "Dit antwoord is hier niet toegestaan.",
        "es": "Esta respuesta no está permitida aquí.",
    },
    "other_required": {
        "en": "Please specify the other answer.",
        "fr": "Veuillez préciser l'autre réponse.",
        "nl": "Geef het andere antwoord op.",
        "es": "Especifique la otra respuesta.",
    },
    "other": {"en": "Other", "fr": "Autre", "nl": "Anders", "es": "Otro"},
    "other_specify": {
        "en": "Other, please specify",
        "fr": "Autre, veuillez préciser",
        "nl": "Anders, namelijk",
        "es": "Otro, especifique",
    },
}


def message(key: str, language: str) -> str:
    """The message in ``language`` (``fr-CA`` uses ``fr``), else in English."""
    texts = _MESSAGES[key]
    return texts.get(language) or texts.get(language.partition("-")[0]) or texts["en"]
