"""The regional report's and the workshops synthesis's fixed wording (en, fr, nl, es).

Read through :func:`sp_collect.reports.texts.t`. A text with ``|`` has a singular and a plural
form (``one|other``), chosen by the ``n`` given: French counts 0 and 1 as singular.
"""

from __future__ import annotations

# key → (en, fr, nl, es)
REGIONAL_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # separators and small patterns
    "sep": ("; ", " ; ", "; ", "; "),
    "label_value": ("{label}: {value}", "{label} : {value}", "{label}: {value}",
                    "{label}: {value}"),
    "count_of": ("{count} of {n}", "{count} sur {n}", "{count} van {n}", "{count} de {n}"),
    "caption_table": ("Table {n}. {caption}", "Tableau {n}. {caption}", "Tabel {n}. {caption}",
                      "Tabla {n}. {caption}"),
    "caption_figure": ("Figure {n}. {caption}", "Figure {n}. {caption}", "Figuur {n}. {caption}",
                       "Figura {n}. {caption}"),
    "no_data": ("no data", "pas de données", "geen gegevens", "sin datos"),
    "no_data_head": ("No data", "Pas de données", "Geen gegevens", "Sin datos"),
    "chart_left_out": (
        "[Chart left out: this computer cannot draw images for Word (the cairo library is "
        "missing). The PDF version has it; the table below gives its figures.]",
        "[Graphique omis : cet ordinateur ne peut pas dessiner d’images pour Word (la bibliothèque "
        "cairo manque). La version PDF le contient ; le tableau ci-dessous en donne les chiffres.]",
        "[Grafiek weggelaten: deze computer kan geen afbeeldingen voor Word tekenen (de "
        "cairo-bibliotheek ontbreekt). De pdf-versie bevat hem; de tabel hieronder geeft de "
        "cijfers.]",
        "[Gráfico omitido: este equipo no puede dibujar imágenes para Word (falta la biblioteca "
        "cairo). La versión PDF lo incluye; la tabla siguiente da sus cifras.]",
    ),
    # counted nouns
    "n_institutions": ("{n} institution|{n} institutions", "{n} institution|{n} institutions",
                       "{n} instelling|{n} instellingen", "{n} institución|{n} instituciones"),
    "n_listed": ("{n} listed institution|{n} listed institutions",
                 "{n} institution listée|{n} institutions listées",
                 "{n} vermelde instelling|{n} vermelde instellingen",
                 "{n} institución de la lista|{n} instituciones de la lista"),
    "n_key_informants": ("{n} key informant|{n} key informants",
                         "{n} informateur clé|{n} informateurs clés",
                         "{n} sleutelinformant|{n} sleutelinformanten",
                         "{n} informante clave|{n} informantes clave"),
    "n_beneficiaries": ("{n} beneficiary|{n} beneficiaries", "{n} bénéficiaire|{n} bénéficiaires",
                        "{n} begunstigde|{n} begunstigden", "{n} beneficiario|{n} beneficiarios"),
    "n_workshops": ("{n} workshop|{n} workshops", "{n} atelier|{n} ateliers",
                    "{n} workshop|{n} workshops", "{n} taller|{n} talleres"),
    "n_scored_items": ("{n} scored item|{n} scored items",
                       "{n} question notée|{n} questions notées",
                       "{n} gescoorde vraag|{n} gescoorde vragen",
                       "{n} pregunta puntuada|{n} preguntas puntuadas"),
    "n_gates": ("{n} gate|{n} gates", "{n} seuil critique|{n} seuils critiques",
                "{n} poortvraag|{n} poortvragen", "{n} umbral crítico|{n} umbrales críticos"),
    "n_corridors": ("{n} corridor|{n} corridors", "{n} corridor|{n} corridors",
                    "{n} corridor|{n} corridors", "{n} corredor|{n} corredores"),
    "n_quotations": ("{n} quotation|{n} quotations", "{n} citation|{n} citations",
                     "{n} citaat|{n} citaten", "{n} cita|{n} citas"),
    "n_submissions": (
        "{n} submission (the chosen one, else the latest, counts)|"
        "{n} submissions (the chosen one, else the latest, counts)",
        "{n} réponse (celle choisie, sinon la plus récente, compte)|"
        "{n} réponses (celle choisie, sinon la plus récente, compte)",
        "{n} inzending (de gekozen, anders de laatste, telt)|"
        "{n} inzendingen (de gekozen, anders de laatste, telt)",
        "{n} envío (cuenta el elegido o, si no, el más reciente)|"
        "{n} envíos (cuenta el elegido o, si no, el más reciente)",
    ),
    # titles, chapters, front page
    "regional_title": (
        "Status quo and gap analysis of digital social protection systems and cross-border "
        "portability of benefits in the Caribbean Community (CARICOM)",
        "État des lieux et analyse des écarts des systèmes numériques de protection sociale et de "
        "la portabilité transfrontalière des prestations dans la Communauté des Caraïbes (CARICOM)",
        "Nulmeting en kloofanalyse van digitale socialebeschermingssystemen en de "
        "grensoverschrijdende overdraagbaarheid van uitkeringen in de Caribische Gemeenschap "
        "(CARICOM)",
        "Situación actual y análisis de brechas de los sistemas digitales de protección social y "
        "de la portabilidad transfronteriza de prestaciones en la Comunidad del Caribe (CARICOM)",
    ),
    "regional_footer": ("CARICOM status quo and gap analysis · {date}",
                        "CARICOM : état des lieux et analyse des écarts · {date}",
                        "CARICOM-nulmeting en kloofanalyse · {date}",
                        "CARICOM: situación actual y análisis de brechas · {date}"),
    "contents": ("Contents", "Table des matières", "Inhoud", "Índice"),
    "figures_tables": ("List of figures and tables", "Liste des figures et tableaux",
                       "Lijst van figuren en tabellen", "Lista de figuras y tablas"),
    "ch1": ("1. Executive summary", "1. Résumé analytique", "1. Managementsamenvatting",
            "1. Resumen ejecutivo"),
    "ch2": ("2. Method and limitations", "2. Méthode et limites", "2. Methode en beperkingen",
            "2. Método y limitaciones"),
    "ch3": ("3. Coverage", "3. Couverture", "3. Dekking", "3. Cobertura"),
    "ch4": ("4. Regional status quo", "4. État des lieux régional", "4. Regionale nulmeting",
            "4. Situación actual regional"),
    "ch5": ("5. Country profiles", "5. Profils par pays", "5. Landenprofielen",
            "5. Perfiles de país"),
    "ch6": ("6. Readiness evaluation", "6. Évaluation de la préparation",
            "6. Beoordeling van de gereedheid", "6. Evaluación de la preparación"),
    "ch7": ("7. Gap analysis", "7. Analyse des écarts", "7. Kloofanalyse",
            "7. Análisis de brechas"),
    "ch8": ("8. Corridors and data exchange", "8. Corridors et échange de données",
            "8. Corridors en gegevensuitwisseling", "8. Corredores e intercambio de datos"),
    "ch9": ("9. Comparison with international frameworks",
            "9. Comparaison avec les cadres internationaux",
            "9. Vergelijking met internationale kaders",
            "9. Comparación con los marcos internacionales"),
    "ch10": ("10. Voices: interviews and beneficiaries",
             "10. Témoignages : entretiens et bénéficiaires",
             "10. Stemmen: interviews en begunstigden", "10. Voces: entrevistas y beneficiarios"),
    "ch11": ("11. Workshop validation", "11. Validation en atelier", "11. Validatie in workshops",
             "11. Validación en talleres"),
    "ch12": ("12. Recommendations and roadmap", "12. Recommandations et feuille de route",
             "12. Aanbevelingen en stappenplan", "12. Recomendaciones y hoja de ruta"),
    "front_meta": (
        "Data cut-off {cut_off}; workspace “{workspace}”; scoring configuration {config} version "
        "{version}; scores {kind}; report language {language}.",
        "Date d’arrêté des données {cut_off} ; espace de travail « {workspace} » ; configuration "
        "de notation {config} version {version} ; scores {kind} ; langue du rapport {language}.",
        "Peildatum gegevens {cut_off}; werkruimte ‘{workspace}’; scoringsconfiguratie {config} "
        "versie {version}; scores {kind}; taal van het rapport {language}.",
        "Fecha de corte de los datos {cut_off}; espacio de trabajo «{workspace}»; configuración de "
        "puntuación {config} versión {version}; puntuaciones {kind}; idioma del informe "
        "{language}.",
    ),
    "kind_validated": ("validated (workshop corrections applied)",
                       "validés (corrections d’atelier appliquées)",
                       "gevalideerd (workshopcorrecties toegepast)",
                       "validadas (correcciones de los talleres aplicadas)"),
    "kind_self": ("self-reported (workshop corrections not applied)",
                  "autodéclarés (corrections d’atelier non appliquées)",
                  "zelfgerapporteerd (workshopcorrecties niet toegepast)",
                  "autodeclaradas (correcciones de los talleres no aplicadas)"),
    "draft": ("Draft for validation: no workshop correction has been applied yet.",
              "Projet soumis à validation : aucune correction d’atelier n’a encore été appliquée.",
              "Concept ter validatie: er is nog geen workshopcorrectie toegepast.",
              "Borrador para validación: aún no se ha aplicado ninguna corrección de taller."),
    "policy_named": (
        "Institutions are named with their consent: the study team chose to name them.",
        "Les institutions sont nommées avec leur consentement : l’équipe de l’étude a choisi de "
        "les nommer.",
        "Instellingen worden met hun toestemming bij naam genoemd: het studieteam heeft daarvoor "
        "gekozen.",
        "Las instituciones se nombran con su consentimiento: el equipo del estudio decidió "
        "nombrarlas.",
    ),
    "policy_unnamed": (
        "Institutions are not named: results are shown for countries and the region only, as the "
        "survey's consent text promises.",
        "Les institutions ne sont pas nommées : les résultats sont présentés uniquement par pays "
        "et pour la région, comme le promet le texte de consentement de l’enquête.",
        "Instellingen worden niet bij naam genoemd: resultaten worden alleen per land en voor de "
        "regio getoond, zoals de toestemmingstekst van de enquête belooft.",
        "Las instituciones no se nombran: los resultados se presentan solo por país y para la "
        "región, como promete el texto de consentimiento de la encuesta.",
    ),
    # horizons
    "horizon_short": ("short term (< 12 months)", "court terme (< 12 mois)",
                      "korte termijn (< 12 maanden)", "corto plazo (< 12 meses)"),
    "horizon_medium": ("medium term (1–3 years)", "moyen terme (1 à 3 ans)",
                       "middellange termijn (1–3 jaar)", "mediano plazo (1–3 años)"),
    "horizon_long": ("long term (> 3 years)", "long terme (> 3 ans)", "lange termijn (> 3 jaar)",
                     "largo plazo (> 3 años)"),
    # executive summary
    "exec_coverage": (
        "{states_answered} of {states} member states and associate members and {answered} of "
        "{listed} answered the survey; {kii} and {people} were interviewed; {workshops}.",
        "{states_answered} des {states} États membres et membres associés et {answered} sur "
        "{listed} ont répondu à l’enquête ; {kii} et {people} ont été interrogés ; {workshops}.",
        "{states_answered} van de {states} lidstaten en geassocieerde leden en {answered} van de "
        "{listed} beantwoordden de enquête; {kii} en {people} werden geïnterviewd; {workshops}.",
        "Respondieron a la encuesta {states_answered} de los {states} Estados miembros y miembros "
        "asociados y {answered} de {listed}; se entrevistó a {kii} y {people}; {workshops}.",
    ),
    "exec_workshops": (
        "{n} workshop validated the findings|{n} workshops validated the findings",
        "{n} atelier a validé les constats|{n} ateliers ont validé les constats",
        "{n} workshop valideerde de bevindingen|{n} workshops valideerden de bevindingen",
        "{n} taller validó los hallazgos|{n} talleres validaron los hallazgos",
    ),
    "exec_overall": (
        "Of {institutions} with an overall index, the median is {median} (range {low}–{high}); "
        "{spread}.",
        "Sur {institutions} ayant un indice global, la médiane est de {median} (étendue "
        "{low}–{high}) ; {spread}.",
        "Van {institutions} met een totale index is de mediaan {median} (bereik {low}–{high}); "
        "{spread}.",
        "De {institutions} con índice global, la mediana es {median} (rango {low}–{high}); "
        "{spread}.",
    ),
    "at_level": ("{institutions} at level {level}", "{institutions} au niveau {level}",
                 "{institutions} op niveau {level}", "{institutions} en el nivel {level}"),
    "exec_strong_weak": (
        "The strongest dimension is {strong} (median index {strong_median}) and the weakest "
        "{weak} (median {weak_median}).",
        "La dimension la plus forte est {strong} (indice médian {strong_median}) et la plus "
        "faible {weak} (médiane {weak_median}).",
        "De sterkste dimensie is {strong} (mediane index {strong_median}) en de zwakste {weak} "
        "(mediaan {weak_median}).",
        "La dimensión más fuerte es {strong} (índice mediano {strong_median}) y la más débil, "
        "{weak} (mediana {weak_median}).",
    ),
    "exec_targets": (
        "{n} of {institutions} meets T-min (pilot-ready), {t_int} T-int (interoperable) and "
        "{t_opt} T-opt.|{n} of {institutions} meet T-min (pilot-ready), {t_int} T-int "
        "(interoperable) and {t_opt} T-opt.",
        "{n} sur {institutions} atteint T-min (prêt pour un pilote), {t_int} T-int (interopérable) "
        "et {t_opt} T-opt.|{n} sur {institutions} atteignent T-min (prêt pour un pilote), {t_int} "
        "T-int (interopérable) et {t_opt} T-opt.",
        "{n} van de {institutions} haalt T-min (klaar voor een pilot), {t_int} T-int "
        "(interoperabel) en {t_opt} T-opt.|{n} van de {institutions} halen T-min (klaar voor een "
        "pilot), {t_int} T-int (interoperabel) en {t_opt} T-opt.",
        "{n} de {institutions} alcanza T-min (listo para un piloto), {t_int} T-int (interoperable) "
        "y {t_opt} T-opt.|{n} de {institutions} alcanzan T-min (listo para un piloto), {t_int} "
        "T-int (interoperable) y {t_opt} T-opt.",
    ),
    "exec_gaps": ("The most common gaps (highest summed priority) are: {gaps}.",
                  "Les écarts les plus fréquents (priorité cumulée la plus élevée) sont : {gaps}.",
                  "De meest voorkomende kloven (hoogste opgetelde prioriteit) zijn: {gaps}.",
                  "Las brechas más comunes (mayor prioridad sumada) son: {gaps}."),
    "exec_challenges": (
        "The challenges institutions report most often are {list}.",
        "Les difficultés que les institutions signalent le plus souvent sont : {list}.",
        "De uitdagingen die instellingen het vaakst melden zijn: {list}.",
        "Los desafíos que las instituciones señalan con más frecuencia son: {list}.",
    ),
    "port_electronic": (
        "a median {value} % of outgoing Agreement requests are sent electronically (n = {n})",
        "une médiane de {value} % des demandes sortantes au titre de l’Accord sont envoyées par "
        "voie électronique (n = {n})",
        "een mediaan van {value} % van de uitgaande verzoeken onder de Overeenkomst wordt "
        "elektronisch verzonden (n = {n})",
        "una mediana del {value} % de las solicitudes salientes del Acuerdo se envía por vía "
        "electrónica (n = {n})",
    ),
    "port_record": (
        "obtaining a foreign insurance record takes a median {days} days (n = {n})",
        "obtenir un relevé d’assurance étranger prend une médiane de {days} jours (n = {n})",
        "een buitenlands verzekeringsoverzicht verkrijgen duurt mediaan {days} dagen (n = {n})",
        "obtener un historial de seguro extranjero lleva una mediana de {days} días (n = {n})",
    ),
    "port_decision": ("deciding a complete claim {days} days (n = {n})",
                      "statuer sur une demande complète {days} jours (n = {n})",
                      "beslissen over een volledige aanvraag {days} dagen (n = {n})",
                      "resolver una solicitud completa, {days} días (n = {n})"),
    "port_abroad": (
        "{n} Agreement benefit is paid to people living abroad ({institutions})|"
        "{n} Agreement benefits are paid to people living abroad ({institutions})",
        "{n} prestation de l’Accord est versée à des personnes vivant à l’étranger "
        "({institutions})|{n} prestations de l’Accord sont versées à des personnes vivant à "
        "l’étranger ({institutions})",
        "{n} uitkering onder de Overeenkomst wordt betaald aan personen in het buitenland "
        "({institutions})|{n} uitkeringen onder de Overeenkomst worden betaald aan personen in "
        "het buitenland ({institutions})",
        "{n} prestación del Acuerdo se paga a personas que viven en el extranjero "
        "({institutions})|{n} prestaciones del Acuerdo se pagan a personas que viven en el "
        "extranjero ({institutions})",
    ),
    "port_none": (
        "No institution reported portability figures (s4_06, s4_08, s4_09, s5_02).",
        "Aucune institution n’a communiqué de chiffres de portabilité (s4_06, s4_08, s4_09, "
        "s5_02).",
        "Geen enkele instelling gaf cijfers over overdraagbaarheid (s4_06, s4_08, s4_09, s5_02).",
        "Ninguna institución comunicó cifras de portabilidad (s4_06, s4_08, s4_09, s5_02).",
    ),
    "port_today": ("Portability today: {parts}.", "La portabilité aujourd’hui : {parts}.",
                   "Overdraagbaarheid vandaag: {parts}.", "La portabilidad hoy: {parts}."),
    "ben_aware": ("{share} had heard of the Agreement (n = {n})",
                  "{share} avaient entendu parler de l’Accord (n = {n})",
                  "{share} had van de Overeenkomst gehoord (n = {n})",
                  "el {share} había oído hablar del Acuerdo (n = {n})"),
    "ben_counted": (
        "{share} of claimants had their periods abroad fully counted (n = {n})",
        "pour {share} des demandeurs, les périodes à l’étranger ont été entièrement prises en "
        "compte (n = {n})",
        "bij {share} van de aanvragers werden de perioden in het buitenland volledig meegeteld "
        "(n = {n})",
        "al {share} de los solicitantes se les computaron íntegramente los periodos en el "
        "extranjero (n = {n})",
    ),
    "topic_awareness": ("awareness of the Agreement", "connaissance de l’Accord",
                        "bekendheid met de Overeenkomst", "conocimiento del Acuerdo"),
    "topic_counted": ("periods counted", "périodes prises en compte", "meegetelde perioden",
                      "periodos computados"),
    "ben_small": ("{topic}: fewer than {small} answers, not shown",
                  "{topic} : moins de {small} réponses, non présenté",
                  "{topic}: minder dan {small} antwoorden, niet getoond",
                  "{topic}: menos de {small} respuestas, no se muestra"),
    "ben_decision": ("the median time to a decision was {decision} (n = {n})",
                     "le délai médian jusqu’à la décision était : {decision} (n = {n})",
                     "de mediane tijd tot een beslissing was {decision} (n = {n})",
                     "el tiempo mediano hasta la decisión fue {decision} (n = {n})"),
    "ben_reason": (
        "the most frequent reason for not claiming is “{reason}” ({count} of {n})",
        "le motif le plus fréquent de non-demande est « {reason} » ({count} sur {n})",
        "de meest genoemde reden om geen aanvraag in te dienen is ‘{reason}’ ({count} van {n})",
        "el motivo más frecuente para no solicitar es «{reason}» ({count} de {n})",
    ),
    "ben_sentence": ("Beneficiaries: {parts}.", "Bénéficiaires : {parts}.",
                     "Begunstigden: {parts}.", "Beneficiarios: {parts}."),
    "ben_none_yet": ("No beneficiary interview has been received yet.",
                     "Aucun entretien avec des bénéficiaires n’a encore été reçu.",
                     "Er is nog geen interview met begunstigden ontvangen.",
                     "Todavía no se ha recibido ninguna entrevista a beneficiarios."),
    "roadmap_lines": (
        "The roadmap in three lines (the top action of each horizon):",
        "La feuille de route en trois lignes (la première action de chaque horizon) :",
        "Het stappenplan in drie regels (de belangrijkste actie per termijn):",
        "La hoja de ruta en tres líneas (la acción principal de cada horizonte):",
    ),
    # method and limitations
    "method_model": (
        "Instruments: {forms}. {saved} Scoring model: {items} ({per_dim}), {gates}; each item "
        "scores 0–4 and an index is 100 × Σ weight·score / Σ 4·weight over the items answered. "
        "Items not applicable (hidden by the form's skip logic or answered “not applicable”) and "
        "“don't know” answers are left out of the index, never counted as failures. A failed gate "
        "caps its dimension at level {cap}. Targets: T-min {t_min}, T-int {t_int}, T-opt {t_opt}. "
        "A dimension is provisional below {provisional} % completeness.",
        "Instruments : {forms}. {saved} Modèle de notation : {items} ({per_dim}), {gates} ; "
        "chaque question est notée de 0 à 4 et un indice vaut 100 × Σ poids·score / Σ 4·poids "
        "sur les questions répondues. Les questions non applicables (masquées par la logique de "
        "saut du formulaire ou répondues « sans objet ») et les réponses « ne sait pas » sont "
        "exclues de l’indice, jamais comptées comme des échecs. Un seuil critique non atteint "
        "plafonne sa dimension au niveau {cap}. Cibles : T-min {t_min}, T-int {t_int}, T-opt "
        "{t_opt}. Une dimension est provisoire en dessous de {provisional} % de complétude.",
        "Instrumenten: {forms}. {saved} Scoringsmodel: {items} ({per_dim}), {gates}; elke vraag "
        "scoort 0–4 en een index is 100 × Σ gewicht·score / Σ 4·gewicht over de beantwoorde "
        "vragen. Niet-toepasselijke vragen (verborgen door de overslaglogica van het formulier of "
        "beantwoord met ‘niet van toepassing’) en antwoorden ‘weet niet’ tellen niet mee in de "
        "index en nooit als tekortkoming. Een niet-gehaalde poortvraag beperkt de dimensie tot "
        "niveau {cap}. Doelen: T-min {t_min}, T-int {t_int}, T-opt {t_opt}. Een dimensie is "
        "voorlopig onder {provisional} % volledigheid.",
        "Instrumentos: {forms}. {saved} Modelo de puntuación: {items} ({per_dim}), {gates}; cada "
        "pregunta puntúa de 0 a 4 y un índice es 100 × Σ peso·puntuación / Σ 4·peso sobre las "
        "preguntas respondidas. Las preguntas no aplicables (ocultas por la lógica de salto del "
        "formulario o respondidas «no aplica») y las respuestas «no sabe» quedan fuera del "
        "índice y nunca cuentan como fallos. Un umbral crítico no superado limita su dimensión al "
        "nivel {cap}. Metas: T-min {t_min}, T-int {t_int}, T-opt {t_opt}. Una dimensión es "
        "provisional por debajo del {provisional} % de completitud.",
    ),
    "form_version": ("{form} version {version}", "{form} version {version}",
                     "{form} versie {version}", "{form} versión {version}"),
    "none_installed": ("none installed", "aucun installé", "geen geïnstalleerd",
                       "ninguno instalado"),
    "saved_between": ("Responses were saved from {start} to {end}.",
                      "Les réponses ont été enregistrées du {start} au {end}.",
                      "De antwoorden zijn opgeslagen van {start} tot {end}.",
                      "Las respuestas se guardaron del {start} al {end}."),
    "saved_never": ("No response has a save date yet.",
                    "Aucune réponse n’a encore de date d’enregistrement.",
                    "Nog geen antwoord heeft een opslagdatum.",
                    "Ninguna respuesta tiene aún fecha de guardado."),
    "method_country": (
        "Country figures are medians over the country's institutions (levels: the median "
        "institution's level, gates applied). Where a country has one institution, its country "
        "figures are that institution's.",
        "Les chiffres par pays sont des médianes sur les institutions du pays (niveaux : le "
        "niveau de l’institution médiane, seuils critiques appliqués). Lorsqu’un pays n’a qu’une "
        "institution, ses chiffres sont ceux de cette institution.",
        "Landcijfers zijn medianen over de instellingen van het land (niveaus: het niveau van de "
        "mediane instelling, poortvragen toegepast). Heeft een land één instelling, dan zijn de "
        "landcijfers die van die instelling.",
        "Las cifras por país son medianas sobre las instituciones del país (niveles: el nivel de "
        "la institución mediana, con los umbrales críticos aplicados). Cuando un país tiene una "
        "sola institución, sus cifras son las de esa institución.",
    ),
    "limitations": ("Limitations", "Limites", "Beperkingen", "Limitaciones"),
    "lim_self": (
        "Answers are self-reported; validation workshops reviewed the scores of {n} of "
        "{institutions}.",
        "Les réponses sont autodéclarées ; les ateliers de validation ont examiné les scores de "
        "{n} sur {institutions}.",
        "De antwoorden zijn zelfgerapporteerd; validatieworkshops hebben de scores van {n} van de "
        "{institutions} besproken.",
        "Las respuestas son autodeclaradas; los talleres de validación revisaron las puntuaciones "
        "de {n} de {institutions}.",
    ),
    "silent_listed": (
        "{n} listed institution did not answer|{n} listed institutions did not answer",
        "{n} institution listée n’a pas répondu|{n} institutions listées n’ont pas répondu",
        "{n} vermelde instelling heeft niet geantwoord|"
        "{n} vermelde instellingen hebben niet geantwoord",
        "{n} institución de la lista no respondió|{n} instituciones de la lista no respondieron",
    ),
    "lim_nonresponse": ("Non-response: {what}.", "Non-réponse : {what}.", "Non-respons: {what}.",
                        "Falta de respuesta: {what}."),
    "lim_provisional": (
        "{n} institution has at least one provisional dimension (too few applicable items "
        "answered).|{n} institutions have at least one provisional dimension (too few applicable "
        "items answered).",
        "{n} institution a au moins une dimension provisoire (trop peu de questions applicables "
        "répondues).|{n} institutions ont au moins une dimension provisoire (trop peu de "
        "questions applicables répondues).",
        "{n} instelling heeft ten minste één voorlopige dimensie (te weinig toepasselijke vragen "
        "beantwoord).|{n} instellingen hebben ten minste één voorlopige dimensie (te weinig "
        "toepasselijke vragen beantwoord).",
        "{n} institución tiene al menos una dimensión provisional (demasiado pocas preguntas "
        "aplicables respondidas).|{n} instituciones tienen al menos una dimensión provisional "
        "(demasiado pocas preguntas aplicables respondidas).",
    ),
    "lim_small": (
        "Quartiles and inter-quartile ranges are given only from {small} institutions; "
        "beneficiary figures for fewer than {small} people are not shown.",
        "Les quartiles et écarts interquartiles ne sont donnés qu’à partir de {small} "
        "institutions ; les chiffres sur moins de {small} bénéficiaires ne sont pas présentés.",
        "Kwartielen en interkwartielafstanden worden pas vanaf {small} instellingen gegeven; "
        "cijfers over minder dan {small} begunstigden worden niet getoond.",
        "Los cuartiles y rangos intercuartílicos solo se dan a partir de {small} instituciones; "
        "las cifras de menos de {small} beneficiarios no se muestran.",
    ),
    "lim_dk": (
        "“Don't know” sensitivity: scoring “don't know” as 0 instead of leaving it out moves the "
        "overall index by 5 points or more for {institutions}.",
        "Sensibilité au « ne sait pas » : noter « ne sait pas » 0 au lieu de l’exclure déplace "
        "l’indice global de 5 points ou plus pour {institutions}.",
        "Gevoeligheid voor ‘weet niet’: ‘weet niet’ als 0 scoren in plaats van weglaten "
        "verschuift de totale index met 5 punten of meer bij {institutions}.",
        "Sensibilidad al «no sabe»: puntuar «no sabe» como 0 en lugar de excluirlo mueve el "
        "índice global 5 puntos o más en {institutions}.",
    ),
    "lim_version": (
        "The scoring configuration (version {version}) has not been piloted as version 1.0 yet; "
        "weights and thresholds may change.",
        "La configuration de notation (version {version}) n’a pas encore été pilotée en version "
        "1.0 ; pondérations et seuils peuvent changer.",
        "De scoringsconfiguratie (versie {version}) is nog niet als versie 1.0 in een pilot "
        "getest; gewichten en drempels kunnen veranderen.",
        "La configuración de puntuación (versión {version}) aún no se ha pilotado como versión "
        "1.0; los pesos y umbrales pueden cambiar.",
    ),
    # coverage
    "group": ("Group", "Groupe", "Groep", "Grupo"),
    "group_full": ("full member", "membre à part entière", "volwaardig lid", "miembro pleno"),
    "group_associate": ("associate member", "membre associé", "geassocieerd lid",
                        "miembro asociado"),
    "group_other": ("other", "autre", "overig", "otro"),
    "listed_form_a": ("Listed institutions: Form A", "Institutions listées : formulaire A",
                      "Vermelde instellingen: formulier A",
                      "Instituciones de la lista: formulario A"),
    "interviews": ("Interviews", "Entretiens", "Interviews", "Entrevistas"),
    "beneficiaries": ("Beneficiaries", "Bénéficiaires", "Begunstigden", "Beneficiarios"),
    "workshops": ("Workshops", "Ateliers", "Workshops", "Talleres"),
    "no_institution_listed": ("no institution listed", "aucune institution listée",
                              "geen instelling vermeld", "ninguna institución en la lista"),
    "cov_declined": (
        "{n} institution declined the survey (consent refused; not named)|"
        "{n} institutions declined the survey (consent refused; not named)",
        "{n} institution a refusé l’enquête (consentement refusé ; non nommée)|"
        "{n} institutions ont refusé l’enquête (consentement refusé ; non nommées)",
        "{n} instelling weigerde de enquête (geen toestemming; niet genoemd)|"
        "{n} instellingen weigerden de enquête (geen toestemming; niet genoemd)",
        "{n} institución rechazó la encuesta (sin consentimiento; no se nombra)|"
        "{n} instituciones rechazaron la encuesta (sin consentimiento; no se nombran)",
    ),
    "cov_duplicates": (
        "{n} institution sent several Form A submissions (the one the coordinator chose counts, "
        "else the latest)|{n} institutions sent several Form A submissions (the one the "
        "coordinator chose counts, else the latest)",
        "{n} institution a envoyé plusieurs réponses au formulaire A (celle choisie par le "
        "coordinateur compte, sinon la plus récente)|{n} institutions ont envoyé plusieurs "
        "réponses au formulaire A (celle choisie par le coordinateur compte, sinon la plus "
        "récente)",
        "{n} instelling stuurde meerdere inzendingen van formulier A (de door de coördinator "
        "gekozen inzending telt, anders de laatste)|{n} instellingen stuurden meerdere "
        "inzendingen van formulier A (de door de coördinator gekozen inzending telt, anders de "
        "laatste)",
        "{n} institución envió varias respuestas al formulario A (cuenta la elegida por el "
        "coordinador o, si no, la más reciente)|{n} instituciones enviaron varias respuestas al "
        "formulario A (cuenta la elegida por el coordinador o, si no, la más reciente)",
    ),
    "cov_kii_declined": (
        "{n} key informant declined the interview|{n} key informants declined the interview",
        "{n} informateur clé a refusé l’entretien|{n} informateurs clés ont refusé l’entretien",
        "{n} sleutelinformant weigerde het interview|{n} sleutelinformanten weigerden het "
        "interview",
        "{n} informante clave rechazó la entrevista|{n} informantes clave rechazaron la "
        "entrevista",
    ),
    "cov_ben_refused": (
        "{n} beneficiary interview did not go ahead (not eligible or no consent)|"
        "{n} beneficiary interviews did not go ahead (not eligible or no consent)",
        "{n} entretien avec un bénéficiaire n’a pas eu lieu (non éligible ou sans consentement)|"
        "{n} entretiens avec des bénéficiaires n’ont pas eu lieu (non éligibles ou sans "
        "consentement)",
        "{n} interview met een begunstigde ging niet door (niet in aanmerking of geen "
        "toestemming)|{n} interviews met begunstigden gingen niet door (niet in aanmerking of "
        "geen toestemming)",
        "{n} entrevista a beneficiarios no se realizó (no elegible o sin consentimiento)|"
        "{n} entrevistas a beneficiarios no se realizaron (no elegibles o sin consentimiento)",
    ),
    "cov_caption": (
        "Every member state and associate member, its listed institutions and what was received. "
        "Beneficiaries by country of work; interviews and workshops count the country's presence.",
        "Chaque État membre et membre associé, ses institutions listées et ce qui a été reçu. "
        "Bénéficiaires par pays de travail ; entretiens et ateliers comptent la présence du pays.",
        "Elke lidstaat en elk geassocieerd lid, de vermelde instellingen en wat is ontvangen. "
        "Begunstigden per land van werk; interviews en workshops tellen de aanwezigheid van het "
        "land.",
        "Cada Estado miembro y miembro asociado, sus instituciones de la lista y lo recibido. "
        "Beneficiarios por país de trabajo; entrevistas y talleres cuentan la presencia del país.",
    ),
    "status_no_answer": ("no answer", "pas de réponse", "geen antwoord", "sin respuesta"),
    "status_answered": ("answered", "a répondu", "heeft geantwoord", "respondió"),
    "unit_country": ("country", "pays", "land", "país"),
    "unit_institution": ("institution", "institution", "instelling", "institución"),
    "this_country": ("that country", "ce pays", "dat land", "ese país"),
    "this_institution": ("that institution", "cette institution", "die instelling",
                         "esa institución"),
    "cross_cutting": ("Cross-cutting", "Transversal", "Dimensieoverstijgend", "Transversal"),
    # status quo and profiles
    "sq_caseloads": ("caseloads and processing times",
                     "volumes de dossiers et délais de traitement",
                     "dossieraantallen en doorlooptijden",
                     "volumen de casos y plazos de tramitación"),
    "sq_procedures": ("procedures, payments and causes of delay",
                      "procédures, paiements et causes de retard",
                      "procedures, betalingen en oorzaken van vertraging",
                      "procedimientos, pagos y causas de demora"),
    "sq_channels": ("exchange channels and platforms", "canaux et plateformes d’échange",
                    "uitwisselingskanalen en platforms", "canales y plataformas de intercambio"),
    "sq_identifiers": ("identifiers, records and standards", "identifiants, dossiers et normes",
                       "identificatiecodes, registers en standaarden",
                       "identificadores, registros y estándares"),
    "sq_systems": ("systems, continuity and connectivity", "systèmes, continuité et connectivité",
                   "systemen, continuïteit en connectiviteit",
                   "sistemas, continuidad y conectividad"),
    "sq_security": ("security and privacy", "sécurité et protection de la vie privée",
                    "beveiliging en privacy", "seguridad y privacidad"),
    "sq_mobile": ("services to mobile workers", "services aux travailleurs mobiles",
                  "diensten voor mobiele werknemers", "servicios a los trabajadores móviles"),
    "sq_intro": (
        "What the institutions answered (n = {n} in all), question by question. n: institutions "
        "that answered the question (a question skipped by the form's logic is not asked); a "
        "multiple choice counts every answer chosen.",
        "Réponses des institutions (n = {n} au total), question par question. n : institutions "
        "ayant répondu à la question (une question écartée par la logique du formulaire n’est pas "
        "posée) ; un choix multiple compte chaque réponse choisie.",
        "Antwoorden van de instellingen (n = {n} in totaal), vraag per vraag. n: instellingen die "
        "de vraag beantwoordden (een vraag die de logica van het formulier overslaat, wordt niet "
        "gesteld); bij meerkeuze telt elk gekozen antwoord.",
        "Respuestas de las instituciones (n = {n} en total), pregunta por pregunta. n: "
        "instituciones que respondieron la pregunta (una pregunta omitida por la lógica del "
        "formulario no se formula); en una opción múltiple cuenta cada respuesta elegida.",
    ),
    "institutions": ("Institutions", "Institutions", "Instellingen", "Instituciones"),
    "total_median_range": ("total; median (min–max)", "total ; médiane (min–max)",
                           "totaal; mediaan (min–max)", "total; mediana (mín–máx)"),
    "median_range": ("median (min–max)", "médiane (min–max)", "mediaan (min–max)",
                     "mediana (mín–máx)"),
    "profiles_intro": (
        "One profile per member state and associate member. Figures are totals (counts) or "
        "medians (times, shares, indices) over the country's institutions; the regional median "
        "is given beside each index.",
        "Un profil par État membre et membre associé. Les chiffres sont des totaux (effectifs) "
        "ou des médianes (délais, parts, indices) sur les institutions du pays ; la médiane "
        "régionale figure à côté de chaque indice.",
        "Eén profiel per lidstaat en geassocieerd lid. Cijfers zijn totalen (aantallen) of "
        "medianen (doorlooptijden, aandelen, indices) over de instellingen van het land; de "
        "regionale mediaan staat naast elke index.",
        "Un perfil por Estado miembro y miembro asociado. Las cifras son totales (recuentos) o "
        "medianas (plazos, proporciones, índices) sobre las instituciones del país; la mediana "
        "regional figura junto a cada índice.",
    ),
    "prof_institutions": ("Institutions: {list}.", "Institutions : {list}.",
                          "Instellingen: {list}.", "Instituciones: {list}."),
    "none_listed": ("none listed", "aucune listée", "geen vermeld", "ninguna en la lista"),
    "prof_no_data": (
        "No data: no institution of this country has answered the survey yet.",
        "Pas de données : aucune institution de ce pays n’a encore répondu à l’enquête.",
        "Geen gegevens: nog geen enkele instelling van dit land heeft de enquête beantwoord.",
        "Sin datos: ninguna institución de este país ha respondido aún a la encuesta.",
    ),
    "prof_status": ("Agreement status: {list}.", "Statut de l’Accord : {list}.",
                    "Status van de Overeenkomst: {list}.", "Situación del Acuerdo: {list}."),
    "with_median": ("{label} (median)", "{label} (médiane)", "{label} (mediaan)",
                    "{label} (mediana)"),
    "key_figures": ("Key figures", "Chiffres clés", "Kerncijfers", "Cifras clave"),
    "key_figures_year": ("Key figures (reference year {year})",
                         "Chiffres clés (année de référence {year})",
                         "Kerncijfers (referentiejaar {year})",
                         "Cifras clave (año de referencia {year})"),
    "value": ("Value", "Valeur", "Waarde", "Valor"),
    "prof_channels": (
        "Channels for exchanging case information: {channels}. Main partner countries: "
        "{partners}.",
        "Canaux d’échange d’informations sur les dossiers : {channels}. Principaux pays "
        "partenaires : {partners}.",
        "Kanalen voor het uitwisselen van dossierinformatie: {channels}. Belangrijkste "
        "partnerlanden: {partners}.",
        "Canales para intercambiar información de casos: {channels}. Principales países socios: "
        "{partners}.",
    ),
    "prof_themes": (
        "Interview themes for the country: {themes}. Workshop corrections applied: {n}.",
        "Thèmes des entretiens pour le pays : {themes}. Corrections d’atelier appliquées : {n}.",
        "Interviewthema’s voor het land: {themes}. Toegepaste workshopcorrecties: {n}.",
        "Temas de las entrevistas en el país: {themes}. Correcciones de taller aplicadas: {n}.",
    ),
    "no_interview_coded": ("no interview coded", "aucun entretien codé",
                           "geen interview gecodeerd", "ninguna entrevista codificada"),
    "index_median": ("Index (median)", "Indice (médiane)", "Index (mediaan)", "Índice (mediana)"),
    "regional_median": ("Regional median", "Médiane régionale", "Regionale mediaan",
                        "Mediana regional"),
    "self_assessment": ("Self-assessment (1–5)", "Auto-évaluation (1–5)", "Zelfbeoordeling (1–5)",
                        "Autoevaluación (1–5)"),
    "gap_item": ("Gap (item)", "Écart (question)", "Kloof (vraag)", "Brecha (pregunta)"),
    "summed_priority": ("Summed priority", "Priorité cumulée", "Opgetelde prioriteit",
                        "Prioridad sumada"),
    "top_three_gaps": ("Top three gaps: {country}", "Les trois principaux écarts : {country}",
                       "De drie grootste kloven: {country}",
                       "Las tres principales brechas: {country}"),
    # readiness, gaps, corridors, frameworks
    "scoring_rules": (
        "Scoring rules: items not applicable (hidden by skip logic or answered “not applicable”) "
        "are excluded, never counted as failures; “don't know” is excluded and lowers "
        "completeness.",
        "Règles de notation : les questions non applicables (masquées par la logique de saut ou "
        "répondues « sans objet ») sont exclues, jamais comptées comme des échecs ; « ne sait "
        "pas » est exclu et réduit la complétude.",
        "Scoringsregels: niet-toepasselijke vragen (verborgen door de overslaglogica of "
        "beantwoord met ‘niet van toepassing’) vallen weg en tellen nooit als tekortkoming; "
        "‘weet niet’ valt weg en verlaagt de volledigheid.",
        "Reglas de puntuación: las preguntas no aplicables (ocultas por la lógica de salto o "
        "respondidas «no aplica») se excluyen y nunca cuentan como fallos; «no sabe» se excluye "
        "y reduce la completitud.",
    ),
    "indices_by_dimension": ("Indices by dimension", "Indices par dimension",
                             "Indices per dimensie", "Índices por dimensión"),
    "heatmap_title": ("Heat-map: {unit} × sub-dimension", "Carte de chaleur : {unit} × "
                      "sous-dimension", "Heatmap: {unit} × subdimensie",
                      "Mapa de calor: {unit} × subdimensión"),
    "levels_distribution": ("Distribution of maturity levels", "Répartition des niveaux de "
                            "maturité", "Verdeling van de volwassenheidsniveaus",
                            "Distribución de los niveles de madurez"),
    "no_index": ("no index", "pas d’indice", "geen index", "sin índice"),
    "levels_caption": (
        "Institutions at each maturity level, per dimension (gates applied).",
        "Institutions à chaque niveau de maturité, par dimension (seuils critiques appliqués).",
        "Instellingen per volwassenheidsniveau, per dimensie (poortvragen toegepast).",
        "Instituciones en cada nivel de madurez, por dimensión (umbrales críticos aplicados).",
    ),
    "targets_included": (
        "Gates and the configuration's extra rules are included.",
        "Les seuils critiques et les règles supplémentaires de la configuration sont pris en "
        "compte.",
        "Poortvragen en de extra regels van de configuratie zijn meegerekend.",
        "Se incluyen los umbrales críticos y las reglas adicionales de la configuración.",
    ),
    "min_max": ("Min–max", "Min–max", "Min–max", "Mín–máx"),
    "iqr": ("IQR", "EIQ", "IKA", "RIC"),
    "weakest_link": ("Weakest link", "Maillon faible", "Zwakste schakel", "Eslabón más débil"),
    "no_quartiles": ("Fewer than {small} institutions: no quartiles.",
                     "Moins de {small} institutions : pas de quartiles.",
                     "Minder dan {small} instellingen: geen kwartielen.",
                     "Menos de {small} instituciones: sin cuartiles."),
    "heatmap_caption": (
        "Sub-dimension indices (0–100, rounded half up); red below T-min ({t_min}), amber below "
        "T-int ({t_int}), green at or above; blank: no scored answer.",
        "Indices par sous-dimension (0–100, arrondis au plus proche, demi vers le haut) ; rouge "
        "sous T-min ({t_min}), orange sous T-int ({t_int}), vert au-delà ; vide : aucune réponse "
        "notée.",
        "Indices per subdimensie (0–100, half naar boven afgerond); rood onder T-min ({t_min}), "
        "oranje onder T-int ({t_int}), groen op of boven; leeg: geen gescoord antwoord.",
        "Índices por subdimensión (0–100, redondeo de la mitad hacia arriba); rojo por debajo de "
        "T-min ({t_min}), ámbar por debajo de T-int ({t_int}), verde igual o superior; en blanco: "
        "ninguna respuesta puntuada.",
    ),
    "self_median": ("Self-reported (median)", "Autodéclaré (médiane)",
                    "Zelfgerapporteerd (mediaan)", "Autodeclarado (mediana)"),
    "validated_median": ("Validated (median)", "Validé (médiane)", "Gevalideerd (mediaan)",
                         "Validado (mediana)"),
    "self_vs_validated_indices": ("Self-reported and validated indices",
                                  "Indices autodéclarés et validés",
                                  "Zelfgerapporteerde en gevalideerde indices",
                                  "Índices autodeclarados y validados"),
    "corrected_institutions": (
        "{n} institution had answers corrected at a workshop.|"
        "{n} institutions had answers corrected at a workshop.",
        "{n} institution a vu des réponses corrigées en atelier.|"
        "{n} institutions ont vu des réponses corrigées en atelier.",
        "Bij {n} instelling zijn antwoorden in een workshop gecorrigeerd.|"
        "Bij {n} instellingen zijn antwoorden in een workshop gecorrigeerd.",
        "{n} institución tuvo respuestas corregidas en un taller.|"
        "{n} instituciones tuvieron respuestas corregidas en un taller.",
    ),
    "gap_matrix": ("Gap matrix", "Matrice des écarts", "Kloofmatrix", "Matriz de brechas"),
    "common_gaps": ("Common gaps", "Écarts fréquents", "Veelvoorkomende kloven",
                    "Brechas comunes"),
    "with_the_gap": ("Institutions with the gap", "Institutions concernées",
                     "Instellingen met de kloof", "Instituciones con la brecha"),
    "common_gaps_caption": (
        "The {n} items with the highest summed priority (weight × (4 − score)).",
        "Les {n} questions à la priorité cumulée la plus élevée (poids × (4 − score)).",
        "De {n} vragen met de hoogste opgetelde prioriteit (gewicht × (4 − score)).",
        "Las {n} preguntas con mayor prioridad sumada (peso × (4 − puntuación)).",
    ),
    "barriers_themes": ("Barriers reported and interview themes",
                        "Obstacles signalés et thèmes des entretiens",
                        "Gemelde belemmeringen en interviewthema’s",
                        "Obstáculos señalados y temas de las entrevistas"),
    "gap_cell": ("{gap}; level {level}", "{gap} ; niveau {level}", "{gap}; niveau {level}",
                 "{gap}; nivel {level}"),
    "no_gap": ("no gap", "aucun écart", "geen kloof", "sin brecha"),
    "gap_matrix_caption": (
        "Each cell: the highest-priority gap of the dimension in {unit} and its maturity level "
        "(colour: level 1 red to level 5 green).",
        "Chaque cellule : l’écart le plus prioritaire de la dimension pour {unit} et son niveau de "
        "maturité (couleur : du niveau 1 en rouge au niveau 5 en vert).",
        "Elke cel: de kloof met de hoogste prioriteit van de dimensie in {unit} en het "
        "volwassenheidsniveau (kleur: niveau 1 rood tot niveau 5 groen).",
        "Cada celda: la brecha más prioritaria de la dimensión en {unit} y su nivel de madurez "
        "(color: del nivel 1 en rojo al nivel 5 en verde).",
    ),
    "barrier_reported": ("Barrier reported", "Obstacle signalé", "Gemelde belemmering",
                         "Obstáculo señalado"),
    "barriers_caption": (
        "Most frequent barriers in Form A (s10_05 challenges, s4_15 causes of delay, s5_08 "
        "conditions to join a regional exchange).",
        "Obstacles les plus fréquents dans le formulaire A (s10_05 difficultés, s4_15 causes de "
        "retard, s5_08 conditions pour rejoindre un échange régional).",
        "Meest genoemde belemmeringen in formulier A (s10_05 uitdagingen, s4_15 oorzaken van "
        "vertraging, s5_08 voorwaarden om aan een regionale uitwisseling deel te nemen).",
        "Obstáculos más frecuentes en el formulario A (s10_05 desafíos, s4_15 causas de demora, "
        "s5_08 condiciones para unirse a un intercambio regional).",
    ),
    "answers_coded": ("Interview answers coded", "Réponses d’entretien codées",
                      "Gecodeerde interviewantwoorden", "Respuestas de entrevista codificadas"),
    "debrief_gaps": ("Gaps noted in debriefs", "Écarts notés dans les comptes rendus",
                     "Kloven genoteerd in debriefings", "Brechas anotadas en los informes"),
    "themes_caption": ("Themes raised by {kii}, by dimension (Form B).",
                       "Thèmes soulevés par {kii}, par dimension (formulaire B).",
                       "Thema’s aangekaart door {kii}, per dimensie (formulier B).",
                       "Temas planteados por {kii}, por dimensión (formulario B)."),
    "corridors_intro": (
        "Agreement parties (most of their institutions report the Agreement ratified): "
        "{parties}. A corridor is a country pair that institutions name as main partners (s4_07); "
        "its weight is how many institutions name it and the Agreement caseload (s4_02–s4_04) "
        "shared over the partners named. Its readiness is the weakest institution's "
        "Administrative and Technical index on either side.",
        "Parties à l’Accord (la plupart de leurs institutions déclarent l’Accord ratifié) : "
        "{parties}. Un corridor est une paire de pays que des institutions citent comme "
        "principaux partenaires (s4_07) ; son poids est le nombre d’institutions qui le citent et "
        "le volume de dossiers de l’Accord (s4_02–s4_04) réparti entre les partenaires cités. Sa "
        "préparation est l’indice administratif et technique de l’institution la plus faible de "
        "part et d’autre.",
        "Partijen bij de Overeenkomst (de meeste van hun instellingen melden de Overeenkomst als "
        "geratificeerd): {parties}. Een corridor is een landenpaar dat instellingen als "
        "belangrijkste partners noemen (s4_07); het gewicht is hoeveel instellingen het noemen en "
        "het dossieraantal onder de Overeenkomst (s4_02–s4_04) verdeeld over de genoemde "
        "partners. De gereedheid is de administratieve en technische index van de zwakste "
        "instelling aan beide zijden.",
        "Partes del Acuerdo (la mayoría de sus instituciones declaran el Acuerdo ratificado): "
        "{parties}. Un corredor es un par de países que las instituciones nombran como socios "
        "principales (s4_07); su peso es cuántas instituciones lo nombran y el volumen de casos "
        "del Acuerdo (s4_02–s4_04) repartido entre los socios nombrados. Su preparación es el "
        "índice administrativo y técnico de la institución más débil de cada lado.",
    ),
    "none_reported": ("none reported", "aucune signalée", "geen gemeld", "ninguna declarada"),
    "corridors_ready": (
        "{corridors} between parties; {ready} (every institution on both sides meets T-min): "
        "{list}.",
        "{corridors} entre parties ; {ready} (toutes les institutions des deux côtés atteignent "
        "T-min) : {list}.",
        "{corridors} tussen partijen; {ready} (elke instelling aan beide zijden haalt T-min): "
        "{list}.",
        "{corridors} entre partes; {ready} (todas las instituciones de ambos lados alcanzan "
        "T-min): {list}.",
    ),
    "n_pilot_ready": ("{n} is pilot-ready|{n} are pilot-ready",
                      "{n} est prêt pour un pilote|{n} sont prêts pour un pilote",
                      "{n} is klaar voor een pilot|{n} zijn klaar voor een pilot",
                      "{n} está listo para un piloto|{n} están listos para un piloto"),
    "corridors_parties": ("Corridors between Agreement parties",
                          "Corridors entre parties à l’Accord",
                          "Corridors tussen partijen bij de Overeenkomst",
                          "Corredores entre partes del Acuerdo"),
    "corridors_flagged": (
        "Flagged: partner pairs where a side is not an Agreement party or gave no status",
        "Signalées : paires de partenaires dont un côté n’est pas partie à l’Accord ou n’a pas "
        "indiqué de statut",
        "Gemarkeerd: partnerparen waarvan één zijde geen partij bij de Overeenkomst is of geen "
        "status gaf",
        "Señalados: pares de socios en los que un lado no es parte del Acuerdo o no indicó su "
        "situación",
    ),
    "corridors_left_out": (
        "{n} lighter corridor is not listed.|{n} lighter corridors are not listed.",
        "{n} corridor moins chargé n’est pas listé.|{n} corridors moins chargés ne sont pas "
        "listés.",
        "{n} lichtere corridor is niet opgenomen.|{n} lichtere corridors zijn niet opgenomen.",
        "{n} corredor de menor peso no se incluye.|{n} corredores de menor peso no se incluyen.",
    ),
    "from_to": ("From → to", "De → vers", "Van → naar", "De → a"),
    "named_by": ("Named by", "Cité par", "Genoemd door", "Citado por"),
    "caseload": ("Caseload", "Dossiers", "Dossiers", "Casos"),
    "pilot_ready": ("Pilot-ready", "Prêt pour un pilote", "Klaar voor pilot",
                    "Listo para piloto"),
    "blocks_first": ("What blocks it first", "Premier blocage", "Wat eerst blokkeert",
                     "Primer bloqueo"),
    "no_survey_side": ("no survey on one side", "pas d’enquête d’un côté",
                       "geen enquête aan één zijde", "sin encuesta en un lado"),
    "below_t_min": ("no failed gate; indices below T-min",
                    "aucun seuil critique manqué ; indices sous T-min",
                    "geen niet-gehaalde poortvraag; indices onder T-min",
                    "ningún umbral crítico fallido; índices por debajo de T-min"),
    "criterion": ("Criterion", "Critère", "Criterium", "Criterio"),
    "reference": ("Reference", "Référence", "Referentie", "Referencia"),
    "crit_met": ("Met", "Atteint", "Gehaald", "Cumplido"),
    "crit_not_met": ("Not met", "Non atteint", "Niet gehaald", "No cumplido"),
    "frameworks_intro": (
        "Per criterion, how many institutions (of {n}) meet it, given the scored items and "
        "thresholds of {file}; “no data”: an item or index it needs has no score.",
        "Pour chaque critère, le nombre d’institutions (sur {n}) qui l’atteignent, d’après les "
        "questions notées et les seuils de {file} ; « pas de données » : une question ou un "
        "indice nécessaire n’a pas de score.",
        "Per criterium, hoeveel instellingen (van {n}) eraan voldoen, volgens de gescoorde vragen "
        "en drempels van {file}; ‘geen gegevens’: een vraag of index die het nodig heeft, heeft "
        "geen score.",
        "Para cada criterio, cuántas instituciones (de {n}) lo cumplen, según las preguntas "
        "puntuadas y los umbrales de {file}; «sin datos»: una pregunta o índice que necesita no "
        "tiene puntuación.",
    ),
    "frameworks_caption": (
        "Criteria met per {unit} (a country meets a criterion when all its institutions do).",
        "Critères atteints par {unit} (un pays atteint un critère lorsque toutes ses "
        "institutions l’atteignent).",
        "Gehaalde criteria per {unit} (een land haalt een criterium wanneer al zijn instellingen "
        "dat doen).",
        "Criterios cumplidos por {unit} (un país cumple un criterio cuando todas sus "
        "instituciones lo cumplen).",
    ),
    "frameworks_legend": ("Frameworks", "Cadres", "Kaders", "Marcos"),
    # voices: interviews, beneficiaries
    "high_salience": ("High salience", "Saillance forte", "Hoge relevantie", "Relevancia alta"),
    "medium": ("Medium", "Moyenne", "Gemiddeld", "Media"),
    "low": ("Low", "Faible", "Laag", "Baja"),
    "untagged": ("Untagged", "Non étiqueté", "Niet gelabeld", "Sin etiqueta"),
    "total": ("Total", "Total", "Totaal", "Total"),
    "kii_heading": ("Key informants (Form B)", "Informateurs clés (formulaire B)",
                    "Sleutelinformanten (formulier B)", "Informantes clave (formulario B)"),
    "kii_intro": (
        "Interviews recorded: {total}, {consented} of them with the respondent's consent. Answers "
        "the interviewer tagged with a dimension, by salience:",
        "Entretiens enregistrés : {total}, dont {consented} avec le consentement de la personne "
        "interrogée. Réponses que l’enquêteur a rattachées à une dimension, par saillance :",
        "Geregistreerde interviews: {total}, waarvan {consented} met toestemming van de "
        "respondent. Antwoorden die de interviewer aan een dimensie koppelde, naar relevantie:",
        "Entrevistas registradas: {total}, {consented} de ellas con el consentimiento de la "
        "persona entrevistada. Respuestas que el entrevistador asoció a una dimensión, por "
        "relevancia:",
    ),
    "respondent_role": ("Respondent's role", "Fonction de la personne interrogée",
                        "Functie van de respondent", "Cargo de la persona entrevistada"),
    "themes_per_role": ("Themes per role", "Thèmes par fonction", "Thema’s per functie",
                        "Temas por cargo"),
    "quotes_rule": (
        "Quotations are used only where the respondent permitted them ({quotes}); never with "
        "names{country}. † : to be confirmed by the respondent.",
        "Les citations ne sont reprises que lorsque la personne interrogée l’a permis ({quotes}) ; "
        "jamais avec des noms{country}. † : à confirmer par la personne interrogée.",
        "Citaten worden alleen gebruikt waar de respondent dat toestond ({quotes}); nooit met "
        "namen{country}. †: nog te bevestigen door de respondent.",
        "Las citas se usan solo cuando la persona entrevistada lo permitió ({quotes}); nunca con "
        "nombres{country}. †: pendiente de confirmación por la persona entrevistada.",
    ),
    "quotes_country_only": (", and attributed to a country only",
                            ", et attribuées à un pays seulement",
                            ", en alleen aan een land toegeschreven",
                            ", y atribuidas solo a un país"),
    "ben_heading": ("Beneficiaries (Form C)", "Bénéficiaires (formulaire C)",
                    "Begunstigden (formulier C)", "Beneficiarios (formulario C)"),
    "ben_intro": (
        "Beneficiaries interviewed with consent: {n} ({refused} not eligible or without "
        "consent). A person counts in every country they worked in; cells with fewer than "
        "{small} people are not shown (“n < {small}”).",
        "Bénéficiaires interrogés avec leur consentement : {n} ({refused} non éligibles ou sans "
        "consentement). Une personne compte dans chaque pays où elle a travaillé ; les cellules "
        "de moins de {small} personnes ne sont pas présentées (« n < {small} »).",
        "Met toestemming geïnterviewde begunstigden: {n} ({refused} niet in aanmerking of zonder "
        "toestemming). Iemand telt mee in elk land waar hij of zij heeft gewerkt; cellen met "
        "minder dan {small} personen worden niet getoond (‘n < {small}’).",
        "Beneficiarios entrevistados con consentimiento: {n} ({refused} no elegibles o sin "
        "consentimiento). Una persona cuenta en cada país en el que trabajó; las celdas con menos "
        "de {small} personas no se muestran («n < {small}»).",
    ),
    "ben_no_data": ("No data: no beneficiary interview has been received.",
                    "Pas de données : aucun entretien avec des bénéficiaires n’a été reçu.",
                    "Geen gegevens: er is geen interview met begunstigden ontvangen.",
                    "Sin datos: no se ha recibido ninguna entrevista a beneficiarios."),
    "country_of_work": ("Country of work", "Pays de travail", "Land van werk", "País de trabajo"),
    "people": ("People", "Personnes", "Personen", "Personas"),
    "heard_agreement": ("Heard of the Agreement", "Connaît l’Accord", "Kent de Overeenkomst",
                        "Conoce el Acuerdo"),
    "periods_counted": ("Periods counted", "Périodes prises en compte", "Perioden meegeteld",
                        "Periodos computados"),
    "time_to_decision": ("Median time to decision", "Délai médian de décision",
                         "Mediane tijd tot beslissing", "Tiempo mediano hasta la decisión"),
    "smartphone": ("Smartphone", "Smartphone", "Smartphone", "Teléfono inteligente"),
    "prefer_sharing": ("Prefer institutions to share records",
                       "Préfère que les institutions échangent les dossiers",
                       "Wil dat instellingen gegevens delen",
                       "Prefiere que las instituciones compartan los registros"),
    "all_beneficiaries": ("All beneficiaries", "Ensemble des bénéficiaires", "Alle begunstigden",
                          "Todos los beneficiarios"),
    "told_moving": ("Told what happens when moving", "Informé des conséquences d’un départ",
                    "Geïnformeerd over gevolgen van verhuizen",
                    "Informado de lo que ocurre al mudarse"),
    "transfer_loss": ("Loses money on transfers", "Perd de l’argent sur les virements",
                      "Verliest geld bij overboekingen", "Pierde dinero en las transferencias"),
    "complained": ("Complained or appealed", "A réclamé ou fait appel",
                   "Klacht of bezwaar ingediend", "Reclamó o recurrió"),
    "satisfied": ("Satisfied with the claim", "Satisfait de la demande",
                  "Tevreden over de aanvraag", "Satisfecho con la solicitud"),
    "median_costs": ("Median costs (most used currency)", "Coûts médians (devise la plus utilisée)",
                     "Mediane kosten (meest gebruikte valuta)",
                     "Costes medianos (moneda más usada)"),
    "experience_caption": (
        "Information and claim experience (claimants only where asked).",
        "Information et expérience de la demande (demandeurs seulement, là où la question leur "
        "est posée).",
        "Informatie en ervaring met de aanvraag (alleen aanvragers, waar het hun gevraagd is).",
        "Información y experiencia con la solicitud (solo solicitantes, cuando se les preguntó).",
    ),
    "reasons_not_claiming": ("Reasons for not claiming (n = {n}): {list}.",
                             "Motifs de non-demande (n = {n}) : {list}.",
                             "Redenen om geen aanvraag in te dienen (n = {n}): {list}.",
                             "Motivos para no solicitar (n = {n}): {list}."),
    # workshops
    "ws_no_data": (
        "No data: no validation workshop summary (Form D) has been received.",
        "Pas de données : aucune synthèse d’atelier de validation (formulaire D) n’a été reçue.",
        "Geen gegevens: er is geen samenvatting van een validatieworkshop (formulier D) "
        "ontvangen.",
        "Sin datos: no se ha recibido ningún resumen de taller de validación (formulario D).",
    ),
    "workshop": ("Workshop", "Atelier", "Workshop", "Taller"),
    "dates": ("Dates", "Dates", "Data", "Fechas"),
    "amended": ("Amended", "Modifiés", "Gewijzigd", "Enmendados"),
    "contested": ("Contested", "Contestés", "Betwist", "Impugnados"),
    "corrections": ("Corrections", "Corrections", "Correcties", "Correcciones"),
    "endorsed": ("Recommendations endorsed", "Recommandations approuvées",
                 "Aanbevelingen onderschreven", "Recomendaciones respaldadas"),
    "ws_totals": ("Workshops: {workshops}; findings discussed: {findings}.",
                  "Ateliers : {workshops} ; constats examinés : {findings}.",
                  "Workshops: {workshops}; besproken bevindingen: {findings}.",
                  "Talleres: {workshops}; hallazgos examinados: {findings}."),
    "ws_amended": ("Findings validated with amended wording:",
                   "Constats validés avec une formulation modifiée :",
                   "Bevindingen gevalideerd met gewijzigde formulering:",
                   "Hallazgos validados con redacción enmendada:"),
    "ws_contested": ("Findings contested:", "Constats contestés :", "Betwiste bevindingen:",
                     "Hallazgos impugnados:"),
    "corr_problems": ("Corrections that could not be applied: {list}.",
                      "Corrections non applicables : {list}.",
                      "Correcties die niet konden worden toegepast: {list}.",
                      "Correcciones que no pudieron aplicarse: {list}."),
    "corr_all_applied": ("Every correction could be applied.",
                         "Toutes les corrections ont pu être appliquées.",
                         "Alle correcties konden worden toegepast.",
                         "Todas las correcciones pudieron aplicarse."),
    "follow_up_action": ("Follow-up action", "Action de suivi", "Vervolgactie",
                         "Acción de seguimiento"),
    "owner": ("Owner", "Responsable", "Verantwoordelijke", "Responsable"),
    "due": ("Due", "Échéance", "Termijn", "Plazo"),
    "status": ("Status", "Statut", "Status", "Estado"),
    # recommendations and roadmap
    "recs_intro": (
        "Recommendations come from the scoring configuration (one per gap item, merged across "
        "institutions) and from the workshops (Form D). They are ranked by the institutions for "
        "which they address a failed gate, then by institutions concerned and summed priority. "
        "Horizon: a workshop's own; otherwise administrative and institutional measures short "
        "term, technical medium term, legal long term. Who acts: the actor the scoring "
        "configuration names for the recommendation; for a workshop's recommendation, the lead "
        "the workshop proposed.",
        "Les recommandations proviennent de la configuration de notation (une par question en "
        "écart, regroupées entre institutions) et des ateliers (formulaire D). Elles sont "
        "classées selon le nombre d’institutions pour lesquelles elles lèvent un seuil critique "
        "non atteint, puis selon les institutions concernées et la priorité cumulée. Horizon : "
        "celui fixé par l’atelier ; sinon court terme pour les mesures administratives et "
        "institutionnelles, moyen terme pour les mesures techniques, long terme pour les mesures "
        "juridiques. Qui agit : l’acteur que la configuration de notation désigne pour la "
        "recommandation ; pour une recommandation d’atelier, le responsable proposé par "
        "l’atelier.",
        "Aanbevelingen komen uit de scoringsconfiguratie (één per vraag met een kloof, "
        "samengevoegd over instellingen) en uit de workshops (formulier D). Ze zijn gerangschikt "
        "naar het aantal instellingen waarvoor ze een niet-gehaalde poortvraag aanpakken, daarna "
        "naar betrokken instellingen en opgetelde prioriteit. Termijn: die van de workshop; "
        "anders korte termijn voor administratieve en institutionele maatregelen, middellange "
        "termijn voor technische en lange termijn voor juridische. Wie handelt: de actor die de "
        "scoringsconfiguratie bij de aanbeveling noemt; bij een aanbeveling van een workshop de "
        "trekker die de workshop voorstelde.",
        "Las recomendaciones provienen de la configuración de puntuación (una por pregunta con "
        "brecha, agrupadas entre instituciones) y de los talleres (formulario D). Se ordenan por "
        "el número de instituciones en las que resuelven un umbral crítico no superado y luego "
        "por instituciones afectadas y prioridad sumada. Horizonte: el que fijó el taller; si no, "
        "corto plazo para las medidas administrativas e institucionales, mediano plazo para las "
        "técnicas y largo plazo para las jurídicas. Quién actúa: el actor que la configuración de "
        "puntuación indica para la recomendación; en una recomendación de taller, el responsable "
        "que propuso el taller.",
    ),
    "no_rec_horizon": ("No recommendation for this horizon.",
                       "Aucune recommandation pour cet horizon.",
                       "Geen aanbeveling voor deze termijn.",
                       "Ninguna recomendación para este horizonte."),
    "institutions_gates": ("Institutions (gates)", "Institutions (seuils)",
                           "Instellingen (poortvragen)", "Instituciones (umbrales)"),
    "who_acts": ("Who acts", "Qui agit", "Wie handelt", "Quién actúa"),
    "source": ("Source", "Source", "Bron", "Fuente"),
    "source_scoring": ("scoring: {items}", "notation : {items}", "scoring: {items}",
                       "puntuación: {items}"),
    "source_workshop": ("workshop {id}", "atelier {id}", "workshop {id}", "taller {id}"),
    "lead_not_named": ("not named", "non désigné", "niet genoemd", "no designado"),
    "support": ("Support", "Soutien", "Steun", "Apoyo"),
    "none_period": ("None.", "Aucune.", "Geen.", "Ninguna."),
    # annexes
    "annex_a": ("Annex A. Scores by {unit}", "Annexe A. Scores par {unit}",
                "Bijlage A. Scores per {unit}", "Anexo A. Puntuaciones por {unit}"),
    "annex_b": ("Annex B. Item-level results", "Annexe B. Résultats par question",
                "Bijlage B. Resultaten per vraag", "Anexo B. Resultados por pregunta"),
    "annex_c": ("Annex C. Instruments and configuration", "Annexe C. Instruments et configuration",
                "Bijlage C. Instrumenten en configuratie", "Anexo C. Instrumentos y configuración"),
    "annex_d": ("Annex D. Sources", "Annexe D. Sources", "Bijlage D. Bronnen",
                "Anexo D. Fuentes"),
    "annex_e": ("Annex E. Glossary", "Annexe E. Glossaire", "Bijlage E. Woordenlijst",
                "Anexo E. Glosario"),
    "scoring_config_version": ("Scoring configuration {id} version {version}",
                               "Configuration de notation {id} version {version}",
                               "Scoringsconfiguratie {id} versie {version}",
                               "Configuración de puntuación {id} versión {version}"),
    "framework_criteria": ("Framework criteria: {file} version {version}",
                           "Critères des cadres : {file} version {version}",
                           "Criteria van de kaders: {file} versie {version}",
                           "Criterios de los marcos: {file} versión {version}"),
    "no_glossary": ("No glossary ships with these forms.",
                    "Aucun glossaire n’accompagne ces formulaires.",
                    "Bij deze formulieren hoort geen woordenlijst.",
                    "Estos formularios no incluyen glosario."),
    "glossary_intro": (
        "The institutional and legal terms the forms use in every language (several forms: "
        "singular; plural).",
        "Les termes institutionnels et juridiques employés par les formulaires dans chaque "
        "langue (plusieurs formes : singulier ; pluriel).",
        "De institutionele en juridische termen die de formulieren in elke taal gebruiken "
        "(meerdere vormen: enkelvoud; meervoud).",
        "Los términos institucionales y jurídicos que usan los formularios en cada idioma "
        "(varias formas: singular; plural).",
    ),
    "meet_t_min": ("Meet T-min", "Atteignent T-min", "Halen T-min", "Alcanzan T-min"),
    "scores_annex_caption": (
        "Medians over each country's institutions (institutions not named).",
        "Médianes sur les institutions de chaque pays (institutions non nommées).",
        "Medianen over de instellingen van elk land (instellingen niet genoemd).",
        "Medianas sobre las instituciones de cada país (instituciones no nombradas).",
    ),
    "levels": ("Levels", "Niveaux", "Niveaus", "Niveles"),
    "submissions": ("Submissions", "Réponses reçues", "Inzendingen", "Envíos"),
    "issa_guidelines": ("ISSA ICT Guidelines", "Lignes directrices TIC de l’AISS",
                        "ICT-richtlijnen ISSA", "Directrices TIC de la AISS"),
    "dim_short": ("Dim.", "Dim.", "Dim.", "Dim."),
    "n_a": ("n/a", "s.o.", "n.v.t.", "n/a"),
    "dk": ("dk", "nsp", "wn", "ns"),
    "no_answer_head": ("No answer", "Sans réponse", "Geen antwoord", "Sin respuesta"),
    "items_caption": (
        "Institutions per score (0–4), not applicable (answered so, hidden by skip logic or not "
        "in the form version answered), don't know, no answer; the ISSA ICT Guidelines (2016 "
        "numbering) each item rests on.",
        "Institutions par score (0–4), sans objet (répondu ainsi, masqué par la logique de saut "
        "ou absent de la version du formulaire remplie), ne sait pas, sans réponse ; les lignes "
        "directrices TIC de l’AISS (numérotation 2016) sur lesquelles repose chaque question.",
        "Instellingen per score (0–4), niet van toepassing (zo beantwoord, verborgen door de "
        "overslaglogica of niet in de ingevulde formulierversie), weet niet, geen antwoord; de "
        "ICT-richtlijnen van de ISSA (nummering 2016) waarop elke vraag berust.",
        "Instituciones por puntuación (0–4), no aplicable (respondido así, oculto por la lógica "
        "de salto o ausente en la versión del formulario respondida), no sabe, sin respuesta; "
        "las directrices TIC de la AISS (numeración de 2016) en que se basa cada pregunta.",
    ),
    "sources_intro": (
        "Documents the institutions cited or uploaded, by title (not attached; not attributed "
        "under the default naming policy).",
        "Documents cités ou téléversés par les institutions, par titre (non joints ; non "
        "attribués selon la règle de dénomination par défaut).",
        "Documenten die de instellingen noemden of uploadden, op titel (niet bijgevoegd; niet "
        "toegeschreven volgens de standaardregel voor naamgeving).",
        "Documentos que las instituciones citaron o subieron, por título (no adjuntos; no "
        "atribuidos según la norma de identificación por defecto).",
    ),
    "domestic_instrument": ("Domestic instrument: {title}", "Texte national : {title}",
                            "Nationaal instrument: {title}", "Instrumento nacional: {title}"),
    "document_title": ("Document: {title}", "Document : {title}", "Document: {title}",
                       "Documento: {title}"),
    "evidence_uploaded": ("Supporting documents uploaded: {list}.",
                          "Pièces justificatives téléversées : {list}.",
                          "Geüploade bewijsstukken: {list}.",
                          "Documentos justificativos subidos: {list}."),
    # the workshops synthesis
    "ws_synthesis_title": ("Synthesis of the validation workshops",
                           "Synthèse des ateliers de validation",
                           "Synthese van de validatieworkshops",
                           "Síntesis de los talleres de validación"),
    "ws_synthesis_subtitle": ("{title}. {workshops}.", "{title}. {workshops}.",
                              "{title}. {workshops}.", "{title}. {workshops}."),
    "ws_findings_follow_up": ("Findings, corrections and follow-up",
                              "Constats, corrections et suivi",
                              "Bevindingen, correcties en opvolging",
                              "Hallazgos, correcciones y seguimiento"),
    "ws_recommendations": ("Recommendations of the workshops", "Recommandations des ateliers",
                           "Aanbevelingen van de workshops", "Recomendaciones de los talleres"),
    "ws_footer": ("{title} · {date}", "{title} · {date}", "{title} · {date}", "{title} · {date}"),
}  # fmt: skip
