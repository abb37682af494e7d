"""The reports' fixed wording in English, French, Dutch and Spanish; data fill the ``{}``s.

One lookup, :func:`t`, over this catalogue and the regional report's
(:mod:`sp_collect.reports.texts_regional`). A text written ``one|other`` is counted: ``t`` picks
the form for the ``n`` given, by each language's plural rule.
"""

from __future__ import annotations

from sp_collect.errors import ReportError
from sp_collect.reports.numbers import number
from sp_collect.reports.texts_regional import REGIONAL_TEXTS

LANGUAGES: tuple[str, ...] = ("en", "fr", "nl", "es")

# key → (en, fr, nl, es)
_COMMON: dict[str, tuple[str, str, str, str]] = {
    "page": ("Page", "Page", "Pagina", "Página"),
    "generated": (
        "Produced with sp_collect on {date} from the data in workspace “{workspace}”.",
        "Produit avec sp_collect le {date} à partir des données de l’espace « {workspace} ».",
        "Gemaakt met sp_collect op {date} uit de gegevens van werkruimte ‘{workspace}’.",
        "Elaborado con sp_collect el {date} a partir de los datos del espacio «{workspace}».",
    ),
    "yes": ("yes", "oui", "ja", "sí"),
    "no": ("no", "non", "nee", "no"),
    "none": ("none", "aucun", "geen", "ninguno"),
    "institution": ("Institution", "Institution", "Instelling", "Institución"),
    "country": ("Country", "Pays", "Land", "País"),
    "dimension": ("Dimension", "Dimension", "Dimensie", "Dimensión"),
    "subdimension": ("Sub-dimension", "Sous-dimension", "Subdimensie", "Subdimensión"),
    "index": ("Index", "Indice", "Index", "Índice"),
    "level": ("Level", "Niveau", "Niveau", "Nivel"),
    "completeness": ("Completeness", "Complétude", "Volledigheid", "Completitud"),
    "provisional": ("Provisional", "Provisoire", "Voorlopig", "Provisional"),
    "overall": ("Overall", "Global", "Totaal", "Global"),
    "self_reported": ("Self-reported", "Autodéclaré", "Zelfgerapporteerd", "Autodeclarado"),
    "validated": ("Validated", "Validé", "Gevalideerd", "Validado"),
    "target": ("Target", "Cible", "Doel", "Meta"),
    "T_min": ("T-min (pilot-ready)", "T-min (prêt pour un pilote)", "T-min (klaar voor een pilot)",
              "T-min (listo para un piloto)"),
    "T_int": ("T-int (interoperable)", "T-int (interopérable)", "T-int (interoperabel)",
              "T-int (interoperable)"),
    "T_opt": ("T-opt (aspirational)", "T-opt (ambition)", "T-opt (streefniveau)",
              "T-opt (aspiracional)"),
    "met": ("met", "atteinte", "bereikt", "alcanzada"),
    "not_met": ("not met", "non atteinte", "niet bereikt", "no alcanzada"),
    "item": ("Item", "Question", "Vraag", "Pregunta"),
    "question": ("Question", "Question", "Vraag", "Pregunta"),
    "answer": ("Answer", "Réponse", "Antwoord", "Respuesta"),
    "score": ("Score", "Score", "Score", "Puntuación"),
    "weight": ("Weight", "Poids", "Gewicht", "Peso"),
    "priority": ("Priority", "Priorité", "Prioriteit", "Prioridad"),
    "recommendation": ("Recommendation", "Recommandation", "Aanbeveling", "Recomendación"),
    "issa": (
        "ISSA ICT Guidelines: {refs}",
        "Lignes directrices de l'AISS sur les TIC : {refs}",
        "ICT-richtlijnen van de ISSA: {refs}",
        "Directrices de la AISS sobre TIC: {refs}",
    ),
    "reason": ("Reason", "Motif", "Reden", "Motivo"),
    "gap_to": ("Gap to {target}", "Écart à {target}", "Kloof tot {target}", "Brecha a {target}"),
    # readiness profile
    "readiness_title": ("Readiness profile", "Profil de préparation", "Gereedheidsprofiel",
                        "Perfil de preparación"),
    "scores_version": (
        "Scoring config {config} version {version}; scores: {version_kind}.",
        "Configuration de notation {config} version {version} ; scores : {version_kind}.",
        "Scoringsconfiguratie {config} versie {version}; scores: {version_kind}.",
        "Configuración de puntuación {config} versión {version}; puntuaciones: {version_kind}.",
    ),
    "capped_level": (
        "capped by a gate; {level} without it",
        "plafonné par un seuil ; {level} sans lui",
        "begrensd door een poortvraag; {level} zonder",
        "limitado por un umbral; {level} sin él",
    ),
    "gate_marker": (
        "◆ gate (critical item). Priority = weight × (4 − score).",
        "◆ seuil critique. Priorité = poids × (4 − score).",
        "◆ poortvraag (kritieke vraag). Prioriteit = gewicht × (4 − score).",
        "◆ umbral crítico. Prioridad = peso × (4 − puntuación).",
    ),
    "indices_vs_targets": ("Indices against targets", "Indices et cibles", "Indices en doelen",
                           "Índices frente a metas"),
    "chart_caption": (
        "Bars: dimension indices (0–100). Lines: T-min ({t_min}) and T-int ({t_int}).",
        "Barres : indices par dimension (0–100). Lignes : T-min ({t_min}) et T-int ({t_int}).",
        "Staven: indices per dimensie (0–100). Lijnen: T-min ({t_min}) en T-int ({t_int}).",
        "Barras: índices por dimensión (0–100). Líneas: T-min ({t_min}) y T-int ({t_int}).",
    ),
    "overall_line": (
        "Overall index {overall}; weakest link {weakest} ({dimension}).",
        "Indice global {overall} ; maillon faible {weakest} ({dimension}).",
        "Totale index {overall}; zwakste schakel {weakest} ({dimension}).",
        "Índice global {overall}; eslabón más débil {weakest} ({dimension}).",
    ),
    "failed_gates": ("Failed gates", "Seuils critiques non atteints", "Niet-gehaalde poortvragen",
                     "Umbrales críticos no superados"),
    "no_failed_gates": ("Every gate is passed.", "Tous les seuils critiques sont atteints.",
                        "Alle poortvragen zijn gehaald.",
                        "Se superan todos los umbrales críticos."),
    "gate_low_score": ("score {score} (≤ 1)", "score {score} (≤ 1)", "score {score} (≤ 1)",
                       "puntuación {score} (≤ 1)"),
    "gate_dk": ("“don’t know”: unverified", "« ne sait pas » : non vérifié",
                "‘weet niet’: niet geverifieerd", "«no sabe»: sin verificar"),
    "gate_unanswered": ("not answered", "sans réponse", "niet beantwoord", "sin respuesta"),
    "gate_unscored": ("answer cannot be scored", "réponse non notable", "antwoord niet te scoren",
                      "respuesta no puntuable"),
    "gate_cap": (
        "A failed gate caps its dimension at level {level}.",
        "Un seuil critique non atteint plafonne sa dimension au niveau {level}.",
        "Een niet-gehaalde poortvraag beperkt de dimensie tot niveau {level}.",
        "Un umbral crítico no superado limita su dimensión al nivel {level}.",
    ),
    "top_gaps": ("Top gaps and recommendations", "Principaux écarts et recommandations",
                 "Belangrijkste kloven en aanbevelingen", "Principales brechas y recomendaciones"),
    "no_gaps": ("No item scores below 4.", "Aucune question n’a un score inférieur à 4.",
                "Geen vraag scoort lager dan 4.", "Ninguna pregunta puntúa por debajo de 4."),
    "subdimensions": ("Sub-dimensions", "Sous-dimensions", "Subdimensies", "Subdimensiones"),
    "completeness_flags": ("Completeness", "Complétude", "Volledigheid", "Completitud"),
    "provisional_note": (
        "A dimension is provisional when fewer than {threshold} of its applicable items have an "
        "answer other than “don’t know”. Provisional: {dims}.",
        "Une dimension est provisoire lorsque moins de {threshold} de ses questions applicables "
        "ont une réponse autre que « ne sait pas ». Provisoires : {dims}.",
        "Een dimensie is voorlopig wanneer minder dan {threshold} van de toepasselijke vragen een "
        "ander antwoord dan ‘weet niet’ heeft. Voorlopig: {dims}.",
        "Una dimensión es provisional cuando menos del {threshold} de sus preguntas aplicables "
        "tiene una respuesta distinta de «no sabe». Provisionales: {dims}.",
    ),
    "sensitivity": (
        "Sensitivity run (“don’t know” scored 0): overall index {overall}.",
        "Variante de sensibilité (« ne sait pas » noté 0) : indice global {overall}.",
        "Gevoeligheidsanalyse (‘weet niet’ als 0): totale index {overall}.",
        "Análisis de sensibilidad («no sabe» = 0): índice global {overall}.",
    ),
    "self_vs_validated": ("Self-reported and validated scores", "Scores autodéclarés et validés",
                          "Zelfgerapporteerde en gevalideerde scores",
                          "Puntuaciones autodeclaradas y validadas"),
    "corrected_items": (
        "Items corrected at the validation workshop: {items}.",
        "Questions corrigées lors de l’atelier de validation : {items}.",
        "Vragen gecorrigeerd tijdens de validatieworkshop: {items}.",
        "Preguntas corregidas en el taller de validación: {items}.",
    ),
    "no_corrections": (
        "No workshop correction applies: both versions are the same.",
        "Aucune correction d’atelier : les deux versions sont identiques.",
        "Geen workshopcorrecties: beide versies zijn gelijk.",
        "Ninguna corrección del taller: ambas versiones coinciden.",
    ),
    # response
    "response_title": ("Completed response", "Réponse complète", "Ingevulde vragenlijst",
                       "Respuesta completada"),
    "sensitive_left_out": (
        "{count} answer(s) tagged sensitive (personal data) are left out of this printout; "
        "print them only when needed, with --include-sensitive.",
        "{count} réponse(s) marquée(s) sensible(s) (données personnelles) ne sont pas imprimées ; "
        "imprimez-les seulement si nécessaire, avec --include-sensitive.",
        "{count} antwoord(en) gemarkeerd als gevoelig (persoonsgegevens) zijn weggelaten; druk "
        "ze alleen af wanneer nodig, met --include-sensitive.",
        "{count} respuesta(s) marcada(s) como sensible(s) (datos personales) no se imprimen; "
        "imprímalas solo si es necesario, con --include-sensitive.",
    ),
    "sensitive_included": (
        "This printout includes {count} answer(s) tagged sensitive (personal data): keep it "
        "safe and destroy it when no longer needed.",
        "Cette impression contient {count} réponse(s) sensible(s) (données personnelles) : "
        "conservez-la en lieu sûr et détruisez-la dès qu’elle n’est plus utile.",
        "Deze afdruk bevat {count} gevoelig(e) antwoord(en) (persoonsgegevens): bewaar hem "
        "veilig en vernietig hem wanneer hij niet meer nodig is.",
        "Esta impresión contiene {count} respuesta(s) sensible(s) (datos personales): "
        "guárdela en lugar seguro y destrúyala cuando ya no sea necesaria.",
    ),
    "response_meta": (
        "Response {uuid}, revision {revision}, status {status}, form {form} version {version}.",
        "Réponse {uuid}, révision {revision}, statut {status}, formulaire {form} "
        "version {version}.",
        "Antwoord {uuid}, revisie {revision}, status {status}, formulier {form} versie {version}.",
        "Respuesta {uuid}, revisión {revision}, estado {status}, formulario {form} versión "
        "{version}.",
    ),
    "comment": ("Coordinator comment", "Commentaire du coordinateur", "Opmerking coördinator",
                "Comentario del coordinador"),
    "comments": ("Coordinator comments", "Commentaires du coordinateur",
                 "Opmerkingen van de coördinator", "Comentarios del coordinador"),
    "no_answer": ("(no answer)", "(sans réponse)", "(geen antwoord)", "(sin respuesta)"),
    "attached_file": ("attached file: {name}", "fichier joint : {name}", "bijlage: {name}",
                      "archivo adjunto: {name}"),
    "signature_block": (
        "Checked and confirmed on behalf of the institution",
        "Vérifié et confirmé au nom de l’institution",
        "Gecontroleerd en bevestigd namens de instelling",
        "Revisado y confirmado en nombre de la institución",
    ),
    "sign_name": ("Name and position", "Nom et fonction", "Naam en functie", "Nombre y cargo"),
    "sign_date": ("Date", "Date", "Datum", "Fecha"),
    "sign_signature": ("Signature", "Signature", "Handtekening", "Firma"),
    # workshop
    "workshop_title": ("Workshop summary", "Synthèse de l’atelier", "Samenvatting van de workshop",
                       "Resumen del taller"),
    "attendance": ("Attendance", "Participation", "Aanwezigheid", "Asistencia"),
    "participants_line": (
        "{total} participants in the roster ({listed} listed by name), {unlisted} more not in the "
        "roster; {countries} countries or territories represented.",
        "{total} participants inscrits ({listed} cités nommément), {unlisted} autres hors liste ; "
        "{countries} pays ou territoires représentés.",
        "{total} deelnemers op de lijst ({listed} bij naam vermeld), nog {unlisted} niet op de "
        "lijst; {countries} landen of gebieden vertegenwoordigd.",
        "{total} participantes en la lista ({listed} citados por su nombre), {unlisted} más fuera "
        "de la lista; {countries} países o territorios representados.",
    ),
    "not_listed": ("(not listed by name)", "(non cité nommément)", "(niet bij naam vermeld)",
                   "(no citado por su nombre)"),
    "sessions": ("Sessions", "Sessions", "Sessies", "Sesiones"),
    "findings": ("Findings", "Constats", "Bevindingen", "Hallazgos"),
    "findings_line": (
        "{total} findings: {validated} validated as drafted, {amended} validated with amendments, "
        "{contested} contested, {other} other.",
        "{total} constats : {validated} validés tels quels, {amended} validés avec modifications, "
        "{contested} contestés, {other} autres.",
        "{total} bevindingen: {validated} gevalideerd zoals opgesteld, {amended} gevalideerd met "
        "wijzigingen, {contested} betwist, {other} overige.",
        "{total} hallazgos: {validated} validados tal cual, {amended} validados con enmiendas, "
        "{contested} impugnados, {other} otros.",
    ),
    "score_corrections": ("Score corrections", "Corrections de scores", "Scorecorrecties",
                          "Correcciones de puntuación"),
    "recommendations": ("Recommendations", "Recommandations", "Aanbevelingen", "Recomendaciones"),
    "follow_up": ("Follow-up actions", "Actions de suivi", "Vervolgacties",
                  "Acciones de seguimiento"),
    "other_content": ("Other content", "Autres éléments", "Overige inhoud", "Otros contenidos"),
    "identification": ("Identification", "Identification", "Identificatie", "Identificación"),
    "presented": ("Presented at the workshop", "Présentés à l’atelier",
                  "Gepresenteerd op de workshop", "Presentados en el taller"),
    "annexes": ("Annexes", "Annexes", "Bijlagen", "Anexos"),
    "no_annex": ("No annex listed.", "Aucune annexe.", "Geen bijlagen vermeld.",
                 "Ningún anexo."),
    "sign_off": ("Sign-off", "Validation du document", "Ondertekening", "Aprobación"),
    "signed": ("Signed by the rapporteur.", "Signé par le rapporteur.",
               "Ondertekend door de rapporteur.", "Firmado por el relator."),
    "not_signed": ("Not signed yet.", "Pas encore signé.", "Nog niet ondertekend.",
                   "Aún sin firmar."),
    "dissent": ("{finding}, dissenting view: {text}", "{finding}, avis divergent : {text}",
                "{finding}, afwijkende mening: {text}", "{finding}, opinión discrepante: {text}"),
    "dissent_anonymised": (
        "{finding}: a dissenting view was recorded; the participants asked for it to be "
        "anonymised, so it is not reproduced.",
        "{finding} : un avis divergent a été exprimé ; les participants ont demandé qu’il soit "
        "anonymisé, il n’est donc pas reproduit.",
        "{finding}: er is een afwijkende mening vastgelegd; de deelnemers vroegen die te "
        "anonimiseren, dus ze wordt niet weergegeven.",
        "{finding}: se registró una opinión discrepante; los participantes pidieron anonimizarla, "
        "por lo que no se reproduce.",
    ),
    "corr_unknown_item": (
        "the workshop corrects {item}, which is not a question of the institutional survey; "
        "fix the item in the correction log",
        "l’atelier corrige {item}, qui n’est pas une question de l’enquête institutionnelle ; "
        "corrigez l’item dans le journal des corrections",
        "de workshop corrigeert {item}, dat geen vraag van de institutionele vragenlijst is; "
        "verbeter het item in het correctielogboek",
        "el taller corrige {item}, que no es una pregunta de la encuesta institucional; "
        "corrija el ítem en el registro de correcciones",
    ),
    "corr_no_item": ("an item without an ID", "un item sans identifiant", "een item zonder ID",
                     "un ítem sin identificador"),
    "corr_not_a_number": (
        "the corrected answer to {item} must be a number, not “{values}”",
        "la réponse corrigée à {item} doit être un nombre, pas « {values} »",
        "het gecorrigeerde antwoord op {item} moet een getal zijn, niet ‘{values}’",
        "la respuesta corregida a {item} debe ser un número, no «{values}»",
    ),
    "corr_unknown_choice": (
        "{values} is not an answer code of {item}; use one of {choices}",
        "{values} n’est pas un code de réponse de {item} ; utilisez l’un de {choices}",
        "{values} is geen antwoordcode van {item}; gebruik een van {choices}",
        "{values} no es un código de respuesta de {item}; use uno de {choices}",
    ),
    "corr_no_answer": (
        "the correction to {item} gives no answer; use one of {choices}",
        "la correction de {item} ne donne aucune réponse ; utilisez l’un de {choices}",
        "de correctie van {item} geeft geen antwoord; gebruik een van {choices}",
        "la corrección de {item} no da ninguna respuesta; use uno de {choices}",
    ),
    "corr_no_survey": (
        "{institution} has no institutional survey to correct",
        "{institution} n’a pas d’enquête institutionnelle à corriger",
        "{institution} heeft geen institutionele vragenlijst om te corrigeren",
        "{institution} no tiene encuesta institucional que corregir",
    ),
    "corr_in_record": (
        "workshop record {record}: {problem}",
        "compte rendu d’atelier {record} : {problem}",
        "workshopverslag {record}: {problem}",
        "registro del taller {record}: {problem}",
    ),
    "corrections_left_out": (
        "Corrections that could not be applied: {problems}. The recomputed indices use this "
        "workshop’s corrections only.",
        "Corrections non applicables : {problems}. Les indices recalculés n’utilisent que les "
        "corrections de cet atelier.",
        "Correcties die niet konden worden toegepast: {problems}. De herberekende indices "
        "gebruiken alleen de correcties van deze workshop.",
        "Correcciones que no pudieron aplicarse: {problems}. Los índices recalculados usan solo "
        "las correcciones de este taller.",
    ),
    "recomputed": (
        "Indices recomputed with the corrections",
        "Indices recalculés avec les corrections",
        "Indices herberekend met de correcties",
        "Índices recalculados con las correcciones",
    ),
    "median": ("Median", "Médiane", "Mediaan", "Mediana"),
    "share": ("Share", "Part", "Aandeel", "Proporción"),
    "anonymous": ("a respondent", "un répondant", "een respondent", "un entrevistado"),
    "no_institutions": (
        "no Form A response to score: add or import institutional surveys first",
        "aucune réponse au formulaire A à noter : ajoutez ou importez d’abord des enquêtes",
        "geen antwoorden op formulier A om te scoren: voeg eerst enquêtes toe of importeer ze",
        "ninguna respuesta al formulario A que puntuar: añada o importe primero encuestas",
    ),
}  # fmt: skip


_TEXTS: dict[str, tuple[str, str, str, str]] = {**_COMMON, **REGIONAL_TEXTS}
PLURAL_MARK = "|"
# whole numbers filled in as they are, not grouped by thousands ("2024", not "2,024")
_VERBATIM = frozenset({"year", "revision", "version"})


def t(key: str, language: str, /, **values: object) -> str:
    """The text in ``language`` (English for a form language the catalogue lacks, e.g. ``ht``),
    with ``{name}``s filled in (whole numbers grouped by thousands as the language writes them);
    a counted text takes the singular or plural form for ``n``."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    text = _TEXTS[key][index]
    if PLURAL_MARK in text:
        one, other = text.split(PLURAL_MARK)
        text = one if is_singular(int(values["n"]), LANGUAGES[index]) else other  # type: ignore[call-overload]
    if not values:
        return text
    return text.format(**{name: _filled(name, value, language) for name, value in values.items()})


def _filled(name: str, value: object, language: str) -> object:
    counted = isinstance(value, int) and not isinstance(value, bool) and name not in _VERBATIM
    return number(value, language) if counted else value  # type: ignore[arg-type]


def is_singular(count: int, language: str) -> bool:
    """The plural rule: French counts 0 and 1 as singular ("0 institution"); English, Dutch and
    Spanish only 1 ("0 institutions")."""
    return count in (0, 1) if language == "fr" else count == 1


def upper_first(text: str) -> str:
    """The text with its first letter a capital (the rest unchanged, unlike ``capitalize``)."""
    return text[:1].upper() + text[1:]


def catalogue() -> dict[str, tuple[str, str, str, str]]:
    """Every key and its four texts (for the tests that check the translations)."""
    return dict(_TEXTS)


def check_language(language: str) -> None:
    """Refuse a language the reports' own wording is not written in."""
    if language not in LANGUAGES:
        raise ReportError(
            f"this report is written in {', '.join(LANGUAGES)}, not {language!r}; choose one",
            code="report_language",
        )
