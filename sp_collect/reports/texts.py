"""The reports' fixed wording in English, French, Dutch and Spanish; data fill the ``{}``s."""

from __future__ import annotations

from sp_collect.errors import ReportError

LANGUAGES: tuple[str, ...] = ("en", "fr", "nl", "es")

# key → (en, fr, nl, es)
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "page": ("Page", "Page", "Pagina", "Página"),
    "contents": ("Contents", "Sommaire", "Inhoud", "Índice"),
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
    "weakest_link": ("Weakest link", "Maillon faible", "Zwakste schakel", "Eslabón más débil"),
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
    "targets_heading": ("Targets", "Cibles", "Doelen", "Metas"),
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
    "recomputed": (
        "Indices recomputed with the corrections",
        "Indices recalculés avec les corrections",
        "Indices herberekend met de correcties",
        "Índices recalculados con las correcciones",
    ),
    # regional
    "regional_title": (
        "Status quo and gap analysis of digital readiness for cross-border portability",
        "État des lieux et analyse des écarts de préparation numérique à la portabilité",
        "Nulmeting en kloofanalyse van digitale gereedheid voor grensoverschrijdende "
        "overdraagbaarheid",
        "Situación actual y análisis de brechas de la preparación digital para la portabilidad",
    ),
    "method": ("Method", "Méthode", "Methode", "Método"),
    "method_text": (
        "{institutions} institutions were scored with the scoring config {config} version "
        "{version} ({items} scored items: {per_dim}; {gates} gates). Each item scores 0–4; "
        "dimension and sub-dimension indices are 100 × Σ w·s / Σ 4·w over the items answered, "
        "“don’t know” and “not applicable” excluded. Levels: {levels}. A failed gate caps its "
        "dimension at level {cap}. Targets: T-min {t_min}, T-int {t_int}, T-opt {t_opt}. A "
        "dimension is provisional when under {threshold} of its applicable items are answered. "
        "This report shows the {version_kind} scores. {interviews} key-informant interviews were "
        "recorded.",
        "{institutions} institutions ont été notées avec la configuration {config} version "
        "{version} ({items} questions notées : {per_dim} ; {gates} seuils critiques). Chaque "
        "question est notée de 0 à 4 ; les indices sont 100 × Σ w·s / Σ 4·w sur les questions "
        "répondues, hors « ne sait pas » et « sans objet ». Niveaux : {levels}. Un seuil critique "
        "non atteint plafonne sa dimension au niveau {cap}. Cibles : T-min {t_min}, T-int {t_int}, "
        "T-opt {t_opt}. Une dimension est provisoire lorsque moins de {threshold} de ses questions "
        "applicables ont une réponse. Ce rapport présente les scores {version_kind}. {interviews} "
        "entretiens avec des informateurs clés ont été enregistrés.",
        "{institutions} instellingen zijn gescoord met scoringsconfiguratie {config} versie "
        "{version} ({items} gescoorde vragen: {per_dim}; {gates} poortvragen). Elke vraag scoort "
        "0–4; indices zijn 100 × Σ w·s / Σ 4·w over de beantwoorde vragen, zonder ‘weet niet’ en "
        "‘niet van toepassing’. Niveaus: {levels}. Een niet-gehaalde poortvraag beperkt de "
        "dimensie tot niveau {cap}. Doelen: T-min {t_min}, T-int {t_int}, T-opt {t_opt}. Een "
        "dimensie is voorlopig wanneer minder dan {threshold} van de toepasselijke vragen is "
        "beantwoord. Dit rapport toont de {version_kind} scores. Er zijn {interviews} interviews "
        "met sleutelinformanten vastgelegd.",
        "Se puntuaron {institutions} instituciones con la configuración {config} versión "
        "{version} ({items} preguntas puntuadas: {per_dim}; {gates} umbrales críticos). Cada "
        "pregunta puntúa de 0 a 4; los índices son 100 × Σ w·s / Σ 4·w sobre las preguntas "
        "respondidas, sin «no sabe» ni «no aplica». Niveles: {levels}. Un umbral crítico no "
        "superado limita su dimensión al nivel {cap}. Metas: T-min {t_min}, T-int {t_int}, "
        "T-opt {t_opt}. Una dimensión es provisional cuando menos del {threshold} de sus "
        "preguntas aplicables tiene respuesta. Este informe muestra las puntuaciones "
        "{version_kind}. Se registraron {interviews} entrevistas con informantes clave.",
    ),
    "coverage": ("Coverage", "Couverture", "Dekking", "Cobertura"),
    "coverage_text": (
        "{answered} of the {listed} institutions in the study’s list answered the survey, and "
        "{others} institutions not in the list, from {countries} countries or territories.",
        "{answered} des {listed} institutions de la liste de l’étude ont répondu à l’enquête, "
        "ainsi que {others} institutions hors liste, dans {countries} pays ou territoires.",
        "{answered} van de {listed} instellingen op de lijst van het onderzoek hebben de enquête "
        "ingevuld, en {others} instellingen buiten de lijst, uit {countries} landen of gebieden.",
        "{answered} de las {listed} instituciones de la lista del estudio respondieron la "
        "encuesta, y {others} instituciones fuera de la lista, de {countries} países o "
        "territorios.",
    ),
    "interviews": ("Interviews", "Entretiens", "Interviews", "Entrevistas"),
    "institutions_answered": ("Institutions that answered", "Institutions ayant répondu",
                              "Instellingen die antwoordden", "Instituciones que respondieron"),
    "results": ("Results by dimension", "Résultats par dimension", "Resultaten per dimensie",
                "Resultados por dimensión"),
    "median": ("Median", "Médiane", "Mediaan", "Mediana"),
    "min_max": ("Min–max", "Min–max", "Min–max", "Mín–máx"),
    "iqr": ("IQR", "EIQ", "IKA", "RIC"),
    "count_n": ("n", "n", "n", "n"),
    "targets_met_text": (
        "{t_min} institutions are pilot-ready (T-min), {t_int} interoperable (T-int) and {t_opt} "
        "at the aspirational target (T-opt), out of {total}.",
        "{t_min} institutions sont prêtes pour un pilote (T-min), {t_int} interopérables (T-int) "
        "et {t_opt} à la cible ambitieuse (T-opt), sur {total}.",
        "{t_min} instellingen zijn klaar voor een pilot (T-min), {t_int} interoperabel (T-int) en "
        "{t_opt} op het streefniveau (T-opt), van de {total}.",
        "{t_min} instituciones están listas para un piloto (T-min), {t_int} son interoperables "
        "(T-int) y {t_opt} alcanzan la meta aspiracional (T-opt), de {total}.",
    ),
    "heatmap": ("Heat-map: institutions × sub-dimensions", "Carte thermique : institutions × "
                "sous-dimensions", "Heatmap: instellingen × subdimensies",
                "Mapa de calor: instituciones × subdimensiones"),
    "heatmap_caption": (
        "Sub-dimension indices (0–100); red below T-min ({t_min}), amber below T-int ({t_int}), "
        "green at or above T-int; blank: no scored answer.",
        "Indices par sous-dimension (0–100) ; rouge sous T-min ({t_min}), orange sous T-int "
        "({t_int}), vert à partir de T-int ; vide : aucune réponse notée.",
        "Indices per subdimensie (0–100); rood onder T-min ({t_min}), oranje onder T-int "
        "({t_int}), groen vanaf T-int; leeg: geen gescoord antwoord.",
        "Índices por subdimensión (0–100); rojo bajo T-min ({t_min}), ámbar bajo T-int "
        "({t_int}), verde desde T-int; vacío: sin respuesta puntuada.",
    ),
    "levels_distribution": ("Distribution of maturity levels", "Répartition des niveaux de "
                            "maturité", "Verdeling van volwassenheidsniveaus",
                            "Distribución de niveles de madurez"),
    "no_index": ("no index", "sans indice", "geen index", "sin índice"),
    "corridors": ("Corridor matrix", "Matrice des corridors", "Corridormatrix",
                  "Matriz de corredores"),
    "corridor_text": (
        "Each cell is the corridor readiness of a pair: the lower of the two overall indices. "
        "{ready} of {pairs} pairs are pilot-ready (both institutions meet T-min; shaded green).",
        "Chaque cellule indique la préparation du corridor : le plus faible des deux indices "
        "globaux. {ready} paires sur {pairs} sont prêtes pour un pilote (les deux institutions "
        "atteignent T-min ; en vert).",
        "Elke cel is de corridorgereedheid van een paar: de laagste van beide totale indices. "
        "{ready} van de {pairs} paren zijn klaar voor een pilot (beide instellingen halen T-min; "
        "groen).",
        "Cada celda es la preparación del corredor: el menor de los dos índices globales. "
        "{ready} de {pairs} pares están listos para un piloto (ambas instituciones alcanzan "
        "T-min; en verde).",
    ),
    "common_gaps": ("Common gaps", "Écarts communs", "Gemeenschappelijke kloven",
                    "Brechas comunes"),
    "common_gaps_text": (
        "Sub-dimensions ranked by the share of institutions below T-min ({t_min}).",
        "Sous-dimensions classées selon la part des institutions sous T-min ({t_min}).",
        "Subdimensies gerangschikt naar het aandeel instellingen onder T-min ({t_min}).",
        "Subdimensiones ordenadas por la proporción de instituciones bajo T-min ({t_min}).",
    ),
    "below_t_min": ("Below T-min", "Sous T-min", "Onder T-min", "Bajo T-min"),
    "share": ("Share", "Part", "Aandeel", "Proporción"),
    "frameworks": ("Comparison with international frameworks", "Comparaison avec les cadres "
                   "internationaux", "Vergelijking met internationale kaders",
                   "Comparación con marcos internacionales"),
    "frameworks_text": (
        "For each criterion, how many of the {total} institutions meet it, given the scored items "
        "and thresholds listed in {file}. “Not assessable”: an item or index it needs has no "
        "score.",
        "Pour chaque critère, combien des {total} institutions y satisfont, selon les questions "
        "et seuils de {file}. « Non évaluable » : une question ou un indice requis n’a pas de "
        "score.",
        "Per criterium: hoeveel van de {total} instellingen eraan voldoen, volgens de vragen en "
        "drempels in {file}. ‘Niet te beoordelen’: een benodigde vraag of index heeft geen "
        "score.",
        "Para cada criterio, cuántas de las {total} instituciones lo cumplen, según las "
        "preguntas y umbrales de {file}. «No evaluable»: falta la puntuación de una pregunta o "
        "índice necesario.",
    ),
    "criterion": ("Criterion", "Critère", "Criterium", "Criterio"),
    "reference": ("Reference", "Référence", "Referentie", "Referencia"),
    "meets": ("Meet it", "Y satisfont", "Voldoen", "Lo cumplen"),
    "not_assessable": ("Not assessable", "Non évaluable", "Niet te beoordelen", "No evaluable"),
    "observations": ("Observations from the interviews", "Observations issues des entretiens",
                     "Waarnemingen uit de interviews", "Observaciones de las entrevistas"),
    "observations_text": (
        "{interviews} key-informant interviews (consent given: {consented}); {quotes} key quotes "
        "may be used, {coded} of them coded by dimension. Quotes marked † are subject to the "
        "respondent’s review.",
        "{interviews} entretiens avec des informateurs clés (consentement : {consented}) ; "
        "{quotes} citations utilisables, dont {coded} codées par dimension. Les citations "
        "marquées † sont soumises à la relecture du répondant.",
        "{interviews} interviews met sleutelinformanten (toestemming: {consented}); {quotes} "
        "bruikbare citaten, waarvan {coded} gecodeerd per dimensie. Citaten met † worden eerst "
        "aan de respondent voorgelegd.",
        "{interviews} entrevistas con informantes clave (con consentimiento: {consented}); "
        "{quotes} citas utilizables, {coded} codificadas por dimensión. Las citas marcadas con † "
        "están sujetas a revisión del entrevistado.",
    ),
    "not_coded": ("Not coded", "Non codées", "Niet gecodeerd", "Sin codificar"),
    "no_quotes": ("No key quote.", "Aucune citation.", "Geen citaat.", "Ninguna cita."),
    "anonymous": ("a respondent", "un répondant", "een respondent", "un entrevistado"),
    "annex": ("Annex tables", "Tableaux annexes", "Bijlagetabellen", "Tablas anexas"),
    "annex_scores": ("Scores by institution", "Scores par institution", "Scores per instelling",
                     "Puntuaciones por institución"),
    "levels_col": ("Levels L/I/A/T", "Niveaux L/I/A/T", "Niveaus L/I/A/T", "Niveles L/I/A/T"),
    "capped_note": (
        "* level capped by a failed gate; target: the highest target met.",
        "* niveau plafonné par un seuil critique non atteint ; cible : la plus haute atteinte.",
        "* niveau begrensd door een niet-gehaalde poortvraag; doel: het hoogste bereikte doel.",
        "* nivel limitado por un umbral crítico no superado; meta: la más alta alcanzada.",
    ),
    "annex_validation": ("Self-reported and validated overall indices", "Indices globaux "
                         "autodéclarés et validés", "Zelfgerapporteerde en gevalideerde totale "
                         "indices", "Índices globales autodeclarados y validados"),
    "no_institutions": (
        "no Form A response to score: add or import institutional surveys first",
        "aucune réponse au formulaire A à noter : ajoutez ou importez d’abord des enquêtes",
        "geen antwoorden op formulier A om te scoren: voeg eerst enquêtes toe of importeer ze",
        "ninguna respuesta al formulario A que puntuar: añada o importe primero encuestas",
    ),
}  # fmt: skip


def t(key: str, language: str, /, **values: object) -> str:
    """The text in ``language`` (English for a form language the catalogue lacks, e.g. ``ht``),
    with ``{name}``s filled in."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    text = _TEXTS[key][index]
    return text.format(**values) if values else text


def check_language(language: str) -> None:
    """Refuse a language the reports' own wording is not written in."""
    if language not in LANGUAGES:
        raise ReportError(
            f"this report is written in {', '.join(LANGUAGES)}, not {language!r}; choose one",
            code="report_language",
        )
