<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttachmentWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="38"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="40"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="62"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="75"/>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
</context>
<context>
    <name>AudioWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="128"/>
        <source>Audio (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.aac)</source>
        <translation>Audio (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.aac)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="133"/>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="148"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="145"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="153"/>
        <source>Recording failed: %s</source>
        <translation>L&apos;enregistrement a échoué : %s</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="70"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="73"/>
        <source>Type the current passphrase, then the new one twice (at least %1 characters). The old passphrase stops working at once; the recovery code stays the same.</source>
        <translation>Tapez la phrase secrète actuelle, puis la nouvelle deux fois (au moins %1 caractères). L&apos;ancienne cesse aussitôt de fonctionner ; le code de récupération reste le même.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="78"/>
        <source>You opened the workspace with the recovery code. Choose a new passphrase now (at least %1 characters): the forgotten one stops working.</source>
        <translation>Vous avez ouvert l&apos;espace de travail avec le code de récupération. Choisissez maintenant une nouvelle phrase secrète (au moins %1 caractères) : celle oubliée cesse de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="82"/>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="83"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="84"/>
        <source>New passphrase &amp;again</source>
        <translation>Nouvelle phrase secrète, &amp;encore</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="85"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="86"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="87"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, encore</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="92"/>
        <source>The new passphrase is too short.</source>
        <translation>La nouvelle phrase secrète est trop courte.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="94"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="96"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="80"/>
        <source>Two copies of the same revision arrived with different answers. The questions that differ are highlighted: choose which answer to keep for each, then save. The result becomes the next revision, waiting for review.</source>
        <translation>Deux copies de la même révision sont arrivées avec des réponses différentes. Les questions qui diffèrent sont mises en évidence : choisissez la réponse à garder pour chacune, puis enregistrez. Le résultat devient la révision suivante, en attente de vérification.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="85"/>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="86"/>
        <source>Both copies side by side</source>
        <translation>Les deux copies côte à côte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="87"/>
        <source>Show &amp;only the questions that differ</source>
        <translation>Afficher &amp;seulement les questions qui diffèrent</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="88"/>
        <source>&amp;Save the resolution</source>
        <translation>&amp;Enregistrer la résolution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="99"/>
        <source>%1, revision %2, from %3: %4 answer(s) differ</source>
        <translation>%1, révision %2, de %3 : %4 réponse(s) diffèrent</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="110"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="176"/>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="177"/>
        <source>Incoming</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="178"/>
        <source>Answer to keep for %1</source>
        <translation>Réponse à garder pour %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="205"/>
        <source>Conflict resolved; the response waits for review again.</source>
        <translation>Conflit résolu ; la réponse attend à nouveau la vérification.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="69"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="75"/>
        <source>Every response in this workspace, counted. The heat-map shows readiness indices (0–100, workshop corrections applied) per institution.</source>
        <translation>Toutes les réponses de cet espace, comptées. La carte de chaleur montre les indices de préparation (0–100, corrections de l&apos;atelier appliquées) par institution.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="80"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="81"/>
        <source>By form</source>
        <translation>Par formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="82"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="83"/>
        <source>By institution</source>
        <translation>Par institution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="88"/>
        <source>Responses %1</source>
        <translation>Réponses %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="89"/>
        <source>Readiness by institution and sub-dimension</source>
        <translation>Préparation par institution et sous-dimension</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="90"/>
        <source>Readiness heat-map</source>
        <translation>Carte de chaleur de la préparation</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="119"/>
        <source>No responses yet.</source>
        <translation>Aucune réponse pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="123"/>
        <source>No response names a country yet.</source>
        <translation>Aucune réponse ne nomme encore de pays.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="125"/>
        <source>No response names an institution yet.</source>
        <translation>Aucune réponse ne nomme encore d&apos;institution.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="131"/>
        <source>The institutions could not be scored: %1</source>
        <translation>Les institutions n&apos;ont pas pu être notées : %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="134"/>
        <source>No institution has been scored yet.</source>
        <translation>Aucune institution n&apos;a encore été notée.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="138"/>
        <source>Red below 25, orange below 50, yellow below 75, green from 75; a dash: not scored.</source>
        <translation>Rouge sous 25, orange sous 50, jaune sous 75, vert à partir de 75 ; un tiret : non noté.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="266"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="270"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="272"/>
        <source>Responses being filled in. Every answer is saved as soon as it is given.</source>
        <translation>Réponses en cours de saisie. Chaque réponse est enregistrée dès qu’elle est donnée.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="283"/>
        <source>No drafts. Start a new response from Home (Ctrl+N).</source>
        <translation>Aucun brouillon. Commencez une nouvelle réponse depuis l’Accueil (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="116"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="119"/>
        <source>Data export</source>
        <translation>Export des données</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="122"/>
        <source>Every response of every form, one table per form and per repeat with a codebook, for analysis in a spreadsheet or a statistics program. The exported files are not encrypted: keep them on an encrypted disk.</source>
        <translation>Toutes les réponses de tous les formulaires, une table par formulaire et par répétition avec un dictionnaire des codes, pour l&apos;analyse dans un tableur ou un logiciel statistique. Les fichiers exportés ne sont pas chiffrés : gardez-les sur un disque chiffré.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Language of labels</source>
        <translation>&amp;Langue des libellés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="132"/>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="133"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="167"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="134"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="135"/>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="136"/>
        <source>Language of labels</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="137"/>
        <source>Write choice &amp;labels instead of codes</source>
        <translation>Écrire les &amp;libellés des choix au lieu des codes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="138"/>
        <source>Write choice labels instead of codes</source>
        <translation>Écrire les libellés des choix au lieu des codes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="139"/>
        <source>Include &amp;sensitive fields (personal data)</source>
        <translation>Inclure les champs &amp;sensibles (données personnelles)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="140"/>
        <source>Include sensitive fields</source>
        <translation>Inclure les champs sensibles</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="141"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="142"/>
        <source>Export the responses</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="143"/>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="144"/>
        <source>Open the export folder</source>
        <translation>Ouvrir le dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="153"/>
        <source>Warning: the export will contain names, contact details and other personal data of respondents, unencrypted. Only do this if the study&apos;s data protection rules allow it, and delete the files when the analysis is done.</source>
        <translation>Attention : l&apos;export contiendra, en clair, les noms, coordonnées et autres données personnelles des répondants. Ne le faites que si les règles de protection des données de l&apos;étude le permettent, et supprimez les fichiers une fois l&apos;analyse terminée.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="163"/>
        <source>Will write: %1</source>
        <translation>Écrira : %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="194"/>
        <source>Exporting the responses…</source>
        <translation>Export des réponses…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="209"/>
        <source>Exported %1 response(s) to %2.</source>
        <translation>%1 réponse(s) exportée(s) vers %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="213"/>
        <source>%1: %2 row(s)</source>
        <translation>%1 : %2 ligne(s)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="219"/>
        <source>Sensitive fields left out: %1</source>
        <translation>Champs sensibles laissés de côté : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="378"/>
        <source>Create a workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="59"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="60"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="67"/>
        <source>%n more draft(s) on the Drafts page</source>
        <translation>
            <numerusform>%n autre brouillon dans la page Brouillons</numerusform>
            <numerusform>%n autres brouillons dans la page Brouillons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="74"/>
        <source>Draft “%1”: %2 of %3 questions answered (%4%), edited %5</source>
        <translation>Brouillon « %1 » : %2 questions répondues sur %3 (%4 %), modifié le %5</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="75"/>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="68"/>
        <source>No draft</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="69"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="70"/>
        <source>Start: %1</source>
        <translation>Commencer : %1</translation>
    </message>
</context>
<context>
    <name>FormHost</name>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="156"/>
        <location filename="../../sp_collect/ui/form_host.py" line="157"/>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="158"/>
        <source>Reopen to correct…</source>
        <translation>Rouvrir pour corriger…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="166"/>
        <source>%1 — read-only. Reopen it to correct an answer; the reason is kept.</source>
        <translation>%1 — lecture seule. Rouvrez-la pour corriger une réponse ; le motif est conservé.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="171"/>
        <source>Returned by the coordinator: their comments are shown on the questions. Correct the answers, then finalize again.</source>
        <translation>Renvoyée par le coordinateur : ses commentaires figurent sur les questions. Corrigez les réponses, puis finalisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="176"/>
        <source>Answers are saved as you go.</source>
        <translation>Les réponses sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="201"/>
        <source>Response finalized.</source>
        <translation>Réponse finalisée.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="203"/>
        <source>Response finalized: it is in the Outbox, ready to send.</source>
        <translation>Réponse finalisée : elle est dans la boîte d&apos;envoi, prête à partir.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="209"/>
        <source>Reopen to correct</source>
        <translation>Rouvrir pour corriger</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="210"/>
        <source>Why does this response need to change? (kept in the audit trail)</source>
        <translation>Pourquoi cette réponse doit-elle changer ? (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="231"/>
        <source>The file %1 could not be read; choose another one.</source>
        <translation>Le fichier %1 est illisible ; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="140"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>FormToolbar</name>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="39"/>
        <source>Language of the questions</source>
        <translation>Langue des questions</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="42"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="45"/>
        <source>&amp;Review</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="133"/>
        <source>This response was returned for correction. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Cette réponse a été renvoyée pour correction. La première modification demande un motif, conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="138"/>
        <source>This response is finalized. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Cette réponse est finalisée. La première modification demande un motif, conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="151"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="152"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="166"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="306"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="518"/>
        <source>Add another entry?</source>
        <translation>Ajouter une autre entrée ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="519"/>
        <source>Add another “%1”?</source>
        <translation>Ajouter un autre « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="307"/>
        <source>This response is finalized. Why does it need to change?</source>
        <translation>Cette réponse est finalisée. Pourquoi doit-elle changer ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="319"/>
        <source>Not changed: %1 put back, because a finalized response changes only with a reason.</source>
        <translation>Non modifié : %1 rétabli, car une réponse finalisée ne change qu&apos;avec un motif.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="328"/>
        <source>Attachments cannot be saved here; open the response from a workspace.</source>
        <translation>Les pièces jointes ne peuvent pas être enregistrées ici ; ouvrez la réponse depuis un espace de travail.</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="26"/>
        <source>Latitude (−90 to 90)</source>
        <translation>Latitude (−90 à 90)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="27"/>
        <source>Longitude (−180 to 180)</source>
        <translation>Longitude (−180 à 180)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="28"/>
        <source>Altitude in metres (optional)</source>
        <translation>Altitude en mètres (facultatif)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="29"/>
        <source>Accuracy in metres (optional)</source>
        <translation>Précision en mètres (facultatif)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="71"/>
        <source>Out of range: %s</source>
        <translation>Hors limites : %s</translation>
    </message>
</context>
<context>
    <name>HeaderRow</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="60"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="65"/>
        <source>Move this entry up</source>
        <translation>Monter cette entrée</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="66"/>
        <source>Move this entry down</source>
        <translation>Descendre cette entrée</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="74"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="115"/>
        <source>Remove this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="116"/>
        <source>Remove “%s” and every answer in it?</source>
        <translation>Supprimer « %s » et toutes ses réponses ?</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="98"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="101"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="102"/>
        <source>&amp;Forms you can fill in</source>
        <translation>&amp;Formulaires à remplir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="103"/>
        <source>Forms you can fill in</source>
        <translation>Formulaires à remplir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="104"/>
        <source>Start a &amp;new response</source>
        <translation>Commencer une &amp;nouvelle réponse</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="105"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="106"/>
        <source>Install a form &amp;package…</source>
        <translation>Installer un &amp;paquet de formulaires…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="108"/>
        <source>Install the forms your coordinator sent, after checking who signed them</source>
        <translation>Installer les formulaires envoyés par votre coordinateur, après avoir vérifié qui les a signés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="110"/>
        <source>&amp;Add a form file…</source>
        <translation>&amp;Ajouter un fichier de formulaire…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="111"/>
        <source>Install a form written as JSON (sp_collect&apos;s format)</source>
        <translation>Installer un formulaire écrit en JSON (format de sp_collect)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="112"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>&amp;Importer un XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="114"/>
        <source>Convert and install a form written for ODK, KoboToolbox or SurveyCTO</source>
        <translation>Convertir et installer un formulaire écrit pour ODK, KoboToolbox ou SurveyCTO</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="122"/>
        <source>Forms from %1&apos;s package, version %2.</source>
        <translation>Formulaires du paquet de %1, version %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="128"/>
        <source>No form package installed yet: ask your coordinator for one.</source>
        <translation>Aucun paquet de formulaires installé : demandez-en un à votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="134"/>
        <source>Forms installed in this coordinator workspace. Waiting for review: %1.</source>
        <translation>Formulaires installés dans cet espace de coordination. En attente de vérification : %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="141"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="143"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="146"/>
        <source>Inbox (returned)</source>
        <translation>Boîte de réception (renvoyées)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="210"/>
        <source>Install a form package</source>
        <translation>Installer un paquet de formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="212"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Paquets de formulaires (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="226"/>
        <source>This package was signed by %1.

Fingerprint: %2

Compare it with the fingerprint your coordinator gave you (by phone or in person). Does it match exactly?</source>
        <translation>Ce paquet a été signé par %1.

Empreinte : %2

Comparez-la avec l&apos;empreinte que votre coordinateur vous a donnée (par téléphone ou en personne). Correspond-elle exactement ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="231"/>
        <source>Check who signed the forms</source>
        <translation>Vérifiez qui a signé les formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="233"/>
        <source>Nothing was installed.</source>
        <translation>Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="244"/>
        <source>Add a form file</source>
        <translation>Ajouter un fichier de formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="246"/>
        <source>Forms (*.json)</source>
        <translation>Formulaires (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="259"/>
        <source>Import an XLSForm</source>
        <translation>Importer un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="261"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="269"/>
        <source>Converting the XLSForm…</source>
        <translation>Conversion du XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="279"/>
        <source>Installed: %1.</source>
        <translation>Installé : %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="286"/>
        <source>XLSForm imported</source>
        <translation>XLSForm importé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/home.py" line="291"/>
        <source>The form was installed. %n feature(s) of the XLSForm had no exact equivalent and were changed or left out: see the details.</source>
        <translation>
            <numerusform>Le formulaire a été installé. %n fonction du XLSForm n&apos;avait pas d&apos;équivalent exact et a été modifiée ou omise : voir les détails.</numerusform>
            <numerusform>Le formulaire a été installé. %n fonctions du XLSForm n&apos;avaient pas d&apos;équivalent exact et ont été modifiées ou omises : voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="301"/>
        <source>The form was installed; every feature of the XLSForm was kept.</source>
        <translation>Le formulaire a été installé ; toutes les fonctions du XLSForm ont été conservées.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="100"/>
        <source>Identity &amp; contacts</source>
        <translation>Identité et contacts</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="106"/>
        <source>Others check this fingerprint before they trust you: read it to them over the phone, let them scan the QR code, or send them your contact card file.</source>
        <translation>Les autres vérifient cette empreinte avant de vous faire confiance : lisez-la-leur au téléphone, laissez-les scanner le code QR, ou envoyez-leur votre fichier de carte de contact.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="110"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="111"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="112"/>
        <source>Your fingerprint:</source>
        <translation>Votre empreinte :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="113"/>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="114"/>
        <source>QR code of your contact card</source>
        <translation>Code QR de votre carte de contact</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="115"/>
        <source>&amp;Export contact card…</source>
        <translation>&amp;Exporter la carte de contact…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="116"/>
        <source>Export your contact card to a file</source>
        <translation>Exporter votre carte de contact dans un fichier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="117"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="118"/>
        <source>Contacts and their fingerprints</source>
        <translation>Contacts et leurs empreintes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="138"/>
        <source>Export contact card</source>
        <translation>Exporter la carte de contact</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="140"/>
        <source>Contact cards (*.json)</source>
        <translation>Cartes de contact (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="148"/>
        <source>%1 could not be written; choose another folder.</source>
        <translation>%1 n&apos;a pas pu être écrit ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="153"/>
        <source>Contact card written to %1.</source>
        <translation>Carte de contact écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="160"/>
        <source>Field device</source>
        <translation>Appareil de terrain</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="161"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="167"/>
        <source>Not trusted yet</source>
        <translation>Pas encore de confiance</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="168"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="169"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="99"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="117"/>
        <source>Preview of %s</source>
        <translation>Aperçu de %s</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="22"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="23"/>
        <source>Merged; some responses held</source>
        <translation>Fusionné ; certaines réponses en attente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="24"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="25"/>
        <source>Held: unknown sender</source>
        <translation>En attente : expéditeur inconnu</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="26"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="41"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="33"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="34"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="35"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="36"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="37"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="38"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="39"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="40"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="42"/>
        <source>Missing bundles</source>
        <translation>Lots manquants</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="43"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="52"/>
        <source>%1 (%2) is not a trusted contact yet: the bundle waits until you check this fingerprint with them and trust them.</source>
        <translation>%1 (%2) n’est pas encore un contact de confiance : le lot attend que vous vérifiiez cette empreinte avec cette personne et lui fassiez confiance.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="62"/>
        <source>Responses waiting for a form version this workspace lacks: %1. Install it, then import this bundle again.</source>
        <translation>Réponses en attente d’une version de formulaire absente de cet espace de travail : %1. Installez-la, puis importez de nouveau ce lot.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="68"/>
        <source>Already imported; nothing changed.</source>
        <translation>Déjà importé ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="70"/>
        <source>The sender was revoked: their bundles are refused.</source>
        <translation>L’expéditeur a été révoqué : ses lots sont refusés.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="78"/>
        <source>held since %1</source>
        <translation>en attente depuis le %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="84"/>
        <source>%1 failed constraint(s) in the responses merged: Review lists them</source>
        <translation>%1 contrainte(s) non respectée(s) dans les réponses fusionnées : Vérification les liste</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="93"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="99"/>
        <source>older than a bundle already received from this sender</source>
        <translation>plus ancien qu’un lot déjà reçu de cet expéditeur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="107"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="109"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="126"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="127"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="154"/>
        <source>%n response(s) refused: see the file&apos;s notes.</source>
        <translation>
            <numerusform>%n réponse refusée : voir les notes du fichier.</numerusform>
            <numerusform>%n réponses refusées : voir les notes du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="73"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="78"/>
        <source>Drop .spbundle files here, or choose them. You can keep working meanwhile.</source>
        <translation>Déposez des fichiers .spbundle ici, ou choisissez-les. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="80"/>
        <source>&amp;Choose bundles…</source>
        <translation>&amp;Choisir des lots…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="81"/>
        <source>Choose bundle files to import</source>
        <translation>Choisir les fichiers de lots à importer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="82"/>
        <source>Import results</source>
        <translation>Résultats de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="104"/>
        <source>Choose bundles to import</source>
        <translation>Choisir les lots à importer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="106"/>
        <source>Bundles (*.spbundle);;All files (*)</source>
        <translation>Lots (*.spbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="122"/>
        <source>Importing %1 bundle(s)…</source>
        <translation>Importation de %1 lot(s)…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="142"/>
        <source>%1 file(s): %2 response(s) new or updated, %3 conflict(s), %4 held, %5 refused.</source>
        <translation>%1 fichier(s) : %2 réponse(s) nouvelles ou mises à jour, %3 conflit(s), %4 en attente, %5 refusée(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="159"/>
        <source>%n failed constraint(s) in the responses merged: Review lists them.</source>
        <translation>
            <numerusform>%n contrainte non respectée dans les réponses fusionnées : Vérification la liste.</numerusform>
            <numerusform>%n contraintes non respectées dans les réponses fusionnées : Vérification les liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="136"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="140"/>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="141"/>
        <source>&amp;Import a return file…</source>
        <translation>&amp;Importer un fichier de retour…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="142"/>
        <source>Import a return file from the coordinator</source>
        <translation>Importer un fichier de retour du coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="145"/>
        <source>Responses the coordinator sent back. Open one to see the comments on its questions, correct it and finalize it again.</source>
        <translation>Réponses renvoyées par le coordinateur. Ouvrez-en une pour voir les commentaires sur ses questions, corrigez-la et finalisez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="163"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="165"/>
        <source>Nothing returned. Import a return file when the coordinator sends one.</source>
        <translation>Rien de renvoyé. Importez un fichier de retour quand le coordinateur en envoie un.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="172"/>
        <source>Import a return file</source>
        <translation>Importer un fichier de retour</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="174"/>
        <source>Return files (*.spreturn);;All files (*)</source>
        <translation>Fichiers de retour (*.spreturn);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="184"/>
        <source>Importing the return…</source>
        <translation>Importation du retour…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="189"/>
        <source>This return was already imported; nothing changed.</source>
        <translation>Ce retour a déjà été importé ; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="193"/>
        <source>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comment(s).</source>
        <translation>
            <numerusform>De %1 : %2 confirmées, %3 approuvées, %4 renvoyées pour correction avec %n commentaire.</numerusform>
            <numerusform>De %1 : %2 confirmées, %3 approuvées, %4 renvoyées pour correction avec %n commentaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewClock</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="25"/>
        <source>Interview time</source>
        <translation>Durée de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="32"/>
        <source>Interview time: %s</source>
        <translation>Durée de l&apos;entretien : %s</translation>
    </message>
</context>
<context>
    <name>InterviewNotes</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="45"/>
        <source>Interview notes</source>
        <translation>Notes d&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="50"/>
        <source>Anything worth remembering about this interview</source>
        <translation>Tout ce qui mérite d’être retenu de cet entretien</translation>
    </message>
</context>
<context>
    <name>IssueLink</name>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="45"/>
        <source>Press Enter to go to this question</source>
        <translation>Appuyez sur Entrée pour aller à cette question</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="46"/>
        <source>Go to this question</source>
        <translation>Aller à cette question</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="259"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Field</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="272"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="276"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="287"/>
        <source>Social-security study</source>
        <translation>Étude sur la sécurité sociale</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="288"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="289"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="291"/>
        <source>Close the workspace now; the passphrase opens it again</source>
        <translation>Fermer l&apos;espace de travail maintenant ; la phrase secrète le rouvre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="293"/>
        <source>Lock the workspace</source>
        <translation>Verrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="294"/>
        <source>New response</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="295"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="52"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="56"/>
        <source>&amp;Open (read-only)</source>
        <translation>&amp;Ouvrir (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="57"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="58"/>
        <source>Export a bundle for the coordinator</source>
        <translation>Exporter un lot pour le coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="66"/>
        <source>Finalized responses. Export a bundle to send the ones not yet confirmed (waiting: %1, confirmed by the coordinator: %2).</source>
        <translation>Réponses finalisées. Exportez un lot pour envoyer celles qui ne sont pas encore confirmées (en attente : %1, confirmées par le coordinateur : %2).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="76"/>
        <source>Nothing finalized yet. Finish a draft and finalize it on its review screen.</source>
        <translation>Rien de finalisé pour l&apos;instant. Terminez un brouillon et finalisez-le sur son écran de vérification.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="86"/>
        <source>Export a bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="88"/>
        <source>Bundles (*.spbundle)</source>
        <translation>Lots (*.spbundle)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="103"/>
        <source>Exporting the bundle…</source>
        <translation>Exportation du lot…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="114"/>
        <source>Last bundle: %n response(s) for %1, written to %2.</source>
        <translation>
            <numerusform>Dernier lot : %n réponse pour %1, écrit dans %2.</numerusform>
            <numerusform>Dernier lot : %n réponses pour %1, écrit dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="120"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="123"/>
        <source>Forms and packages</source>
        <translation>Formulaires et paquets</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="126"/>
        <source>Tick the forms the field teams need, then build the package and send it to them. Each build gets the next version number; devices only accept a newer package signed by you.</source>
        <translation>Cochez les formulaires dont les équipes de terrain ont besoin, puis construisez le paquet et envoyez-le-leur. Chaque construction reçoit le numéro de version suivant ; les appareils n&apos;acceptent qu&apos;un paquet plus récent signé par vous.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="131"/>
        <source>Installed forms; tick those to put in the package</source>
        <translation>Formulaires installés ; cochez ceux à mettre dans le paquet</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="132"/>
        <source>&amp;Add a form file…</source>
        <translation>&amp;Ajouter un fichier de formulaire…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="133"/>
        <source>Install a form written as JSON</source>
        <translation>Installer un formulaire écrit en JSON</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="134"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>&amp;Importer un XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="135"/>
        <source>Convert and install an XLSForm</source>
        <translation>Convertir et installer un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="136"/>
        <source>Include the readiness &amp;scoring configuration</source>
        <translation>Inclure la configuration de &amp;notation de la préparation</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="139"/>
        <source>&amp;Assignments (optional): a device, named by the fingerprint on its Identity page, then the form ids it collects (empty: all), an institution and a country code its new responses start with.</source>
        <translation>&amp;Affectations (facultatif) : un appareil, désigné par l&apos;empreinte de sa page Identité, puis les identifiants des formulaires qu&apos;il collecte (vide : tous), un code d&apos;institution et de pays par lesquels ses nouvelles réponses commencent.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="147"/>
        <source>Device fingerprint</source>
        <translation>Empreinte de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="148"/>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="149"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="213"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="150"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="214"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="153"/>
        <source>Assignments per device</source>
        <translation>Affectations par appareil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="154"/>
        <source>Add a de&amp;vice</source>
        <translation>Ajouter un a&amp;ppareil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="155"/>
        <source>Add a device assignment</source>
        <translation>Ajouter une affectation d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="156"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="157"/>
        <source>Remove the chosen assignment</source>
        <translation>Retirer l&apos;affectation choisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="158"/>
        <source>Add a &amp;backup recipient…</source>
        <translation>Ajouter un destinataire de &amp;secours…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="160"/>
        <source>Add the contact card of a backup coordinator workspace</source>
        <translation>Ajouter la carte de contact d&apos;un espace coordinateur de secours</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="162"/>
        <source>B&amp;uild and save the package…</source>
        <translation>&amp;Construire et enregistrer le paquet…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="163"/>
        <source>Build, sign and save the form package</source>
        <translation>Construire, signer et enregistrer le paquet de formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="164"/>
        <source>Your fingerprint, to read out to field teams</source>
        <translation>Votre empreinte, à lire aux équipes de terrain</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="165"/>
        <source>Devices in the last package</source>
        <translation>Appareils du dernier paquet</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="166"/>
        <source>What each device was assigned and sent back</source>
        <translation>Ce que chaque appareil a reçu comme affectation et a renvoyé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Versions installed</source>
        <translation>Versions installées</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="211"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="212"/>
        <source>Assigned forms</source>
        <translation>Formulaires affectés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="215"/>
        <source>Responses received</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="216"/>
        <source>Forms received</source>
        <translation>Formulaires reçus</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="218"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>A backup workspace&apos;s contact card</source>
        <translation>La carte de contact d&apos;un espace de secours</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>Cards (*.json)</source>
        <translation>Cartes (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="281"/>
        <source>Backup recipients: %1</source>
        <translation>Destinataires de secours : %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Add a form file</source>
        <translation>Ajouter un fichier de formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Forms (*.json)</source>
        <translation>Formulaires (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>Import an XLSForm</source>
        <translation>Importer un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="310"/>
        <source>Installing the form…</source>
        <translation>Installation du formulaire…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="321"/>
        <source>Installed: %1.</source>
        <translation>Installé : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="324"/>
        <source>%n feature(s) of the XLSForm had no exact equivalent:</source>
        <translation>
            <numerusform>%n élément du XLSForm n’avait pas d’équivalent exact :</numerusform>
            <numerusform>%n éléments du XLSForm n’avaient pas d’équivalent exact :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="336"/>
        <source>Save the form package</source>
        <translation>Enregistrer le paquet de formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="337"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Paquets de formulaires (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="362"/>
        <source>Signing the package…</source>
        <translation>Signature du paquet…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="370"/>
        <source>Saved package version %1 to %2. Send it to the field teams, and read them your fingerprint separately (by phone or in person):</source>
        <translation>Paquet version %1 enregistré dans %2. Envoyez-le aux équipes de terrain et lisez-leur votre empreinte séparément (par téléphone ou en personne) :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="378"/>
        <source>Saved package version %1.</source>
        <translation>Paquet version %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../sp_collect/ui/worker.py" line="124"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="69"/>
        <source>Held bundles (unknown senders)</source>
        <translation>Lots en attente (expéditeurs inconnus)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="70"/>
        <source>Senders waiting to be trusted</source>
        <translation>Expéditeurs en attente de confiance</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="71"/>
        <source>Fingerprint of the selected sender</source>
        <translation>Empreinte de l&apos;expéditeur choisi</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="72"/>
        <source>&amp;Trust this sender…</source>
        <translation>Faire &amp;confiance à cet expéditeur…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="73"/>
        <source>Trust the selected sender</source>
        <translation>Faire confiance à l&apos;expéditeur choisi</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="74"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="75"/>
        <source>Revoke the selected sender</source>
        <translation>Révoquer l&apos;expéditeur choisi</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="88"/>
        <source>Bundles from these senders wait until you trust them. Call or meet the sender and ask them to read their fingerprint (Identity &amp; contacts in their app); trust them only if every group matches.</source>
        <translation>Les lots de ces expéditeurs attendent que vous leur fassiez confiance. Appelez ou rencontrez l&apos;expéditeur et demandez-lui de lire son empreinte (Identité et contacts dans son application) ; faites-lui confiance seulement si chaque groupe correspond.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="117"/>
        <source>Sender: %1, %2</source>
        <translation>Expéditeur : %1, %2</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="126"/>
        <source>Did %1 read you this fingerprint, and does every group match?

%2

Their held bundles will be imported.</source>
        <translation>%1 vous a-t-il lu cette empreinte, et chaque groupe correspond-il ?

%2

Ses lots en attente seront importés.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="131"/>
        <source>Trust this sender</source>
        <translation>Faire confiance à cet expéditeur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="144"/>
        <source>Importing the held bundles…</source>
        <translation>Importation des lots en attente…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="158"/>
        <source>Revoke this sender</source>
        <translation>Révoquer cet expéditeur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="160"/>
        <source>Refuse every bundle from %1, now and later? Their held bundles will be rejected.</source>
        <translation>Refuser tous les lots de %1, maintenant et plus tard ? Ses lots en attente seront rejetés.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="171"/>
        <source>Sender revoked; their bundles will be rejected.</source>
        <translation>Expéditeur révoqué ; ses lots seront rejetés.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="120"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="122"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="141"/>
        <source>Coordinator:</source>
        <translation>Coordinateur :</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="35"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="36"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="139"/>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="163"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="145"/>
        <source>Readiness of one institution</source>
        <translation>Préparation d&apos;une institution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="146"/>
        <source>Indices, levels, failed gates, targets and the gaps to close.</source>
        <translation>Indices, niveaux, critères bloquants non atteints, cibles et écarts à combler.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="149"/>
        <source>Regional summary</source>
        <translation>Synthèse régionale</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="150"/>
        <source>Every scored institution and country, with the regional statistics.</source>
        <translation>Toutes les institutions et tous les pays notés, avec les statistiques régionales.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="153"/>
        <source>Validation workshop</source>
        <translation>Atelier de validation</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="154"/>
        <source>What a workshop (Form D) agreed, and the scores it changed.</source>
        <translation>Ce qu&apos;un atelier (formulaire D) a convenu, et les scores qu&apos;il a modifiés.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="157"/>
        <source>One response, printed</source>
        <translation>Une réponse, imprimée</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="158"/>
        <source>Every answer of one response, with its review comments.</source>
        <translation>Toutes les réponses d&apos;un questionnaire, avec ses commentaires de revue.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="166"/>
        <source>Choose a report and what it is about, then write it where you like. You can keep working while it is written.</source>
        <translation>Choisissez un rapport et son objet, puis écrivez-le où vous voulez. Vous pouvez continuer à travailler pendant son écriture.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;About</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="183"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="184"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="185"/>
        <source>File format of the report</source>
        <translation>Format de fichier du rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="186"/>
        <source>What the report is about</source>
        <translation>L&apos;objet du rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="187"/>
        <source>&amp;Validated scores (with the workshop&apos;s corrections)</source>
        <translation>Scores &amp;validés (avec les corrections de l&apos;atelier)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="188"/>
        <source>Use validated scores</source>
        <translation>Utiliser les scores validés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="191"/>
        <source>&amp;Write the report…</source>
        <translation>É&amp;crire le rapport…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="192"/>
        <source>Write the report to a file</source>
        <translation>Écrire le rapport dans un fichier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="193"/>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="194"/>
        <source>Open the written report</source>
        <translation>Ouvrir le rapport écrit</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="195"/>
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="196"/>
        <source>Open the folder of the written report</source>
        <translation>Ouvrir le dossier du rapport écrit</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="236"/>
        <source>The latest workshop</source>
        <translation>Le dernier atelier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="242"/>
        <source>Every scored institution</source>
        <translation>Toutes les institutions notées</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="257"/>
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="259"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="294"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="306"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="189"/>
        <source>&amp;Name the institutions (else: country and a number)</source>
        <translation>&amp;Nommer les institutions (sinon : pays et numéro)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="190"/>
        <source>Name the institutions in the report</source>
        <translation>Nommer les institutions dans le rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="239"/>
        <source>Institutions in %1</source>
        <translation>Institutions – %1</translation>
    </message>
</context>
<context>
    <name>ResponseTable</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="154"/>
        <source>Search by name, form or status</source>
        <translation>Rechercher par nom, formulaire ou statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="155"/>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="156"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>ResponsesPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="239"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Earlier comments</source>
        <translation>Commentaires précédents</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="77"/>
        <source>Answers of the selected response</source>
        <translation>Réponses de la réponse choisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="78"/>
        <source>Question to comment on</source>
        <translation>Question à commenter</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="79"/>
        <source>What should be corrected?</source>
        <translation>Que faut-il corriger ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="80"/>
        <source>Comment on the chosen question</source>
        <translation>Commentaire sur la question choisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="82"/>
        <source>Comments to send back</source>
        <translation>Commentaires à renvoyer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="83"/>
        <source>Remove co&amp;mment</source>
        <translation>Supprimer le co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="84"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="85"/>
        <source>Re&amp;turn with comments</source>
        <translation>Ren&amp;voyer avec commentaires</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="34"/>
        <source>Waiting for review</source>
        <translation>En attente de vérification</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="35"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="36"/>
        <source>Returned for correction</source>
        <translation>Renvoyée pour correction</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="100"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="106"/>
        <source>Responses received from the field. Select one to read it; approve it, or pick questions, write what to correct and return it. Then send the returns.</source>
        <translation>Réponses reçues du terrain. Choisissez-en une pour la lire ; approuvez-la, ou choisissez des questions, écrivez ce qu&apos;il faut corriger et renvoyez-la. Puis envoyez les retours.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="110"/>
        <source>Show responses of this form</source>
        <translation>Afficher les réponses de ce formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="111"/>
        <source>Show responses with this status</source>
        <translation>Afficher les réponses ayant ce statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="112"/>
        <source>&amp;Send returns and receipts…</source>
        <translation>&amp;Envoyer retours et accusés de réception…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="114"/>
        <source>Write a return file with decisions and receipts for each device</source>
        <translation>Écrire pour chaque appareil un fichier de retour avec les décisions et les accusés de réception</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="117"/>
        <source>Search by name, form, sender or status</source>
        <translation>Rechercher par nom, formulaire, expéditeur ou statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="124"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="135"/>
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="150"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="151"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="152"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="153"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="154"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="156"/>
        <source>Nothing to review with these filters.</source>
        <translation>Rien à vérifier avec ces filtres.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="185"/>
        <source>Select a response to read it.</source>
        <translation>Choisissez une réponse pour la lire.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="192"/>
        <source>%1, revision %2: %3</source>
        <translation>%1, révision %2 : %3</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="221"/>
        <source>Decision saved. Send the returns when you have reviewed the batch.</source>
        <translation>Décision enregistrée. Envoyez les retours quand vous aurez vérifié le lot.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="239"/>
        <source>Folder for the return files</source>
        <translation>Dossier des fichiers de retour</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="250"/>
        <source>return files</source>
        <translation>fichiers de retour</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="260"/>
        <source>Writing the return files…</source>
        <translation>Écriture des fichiers de retour…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="265"/>
        <source>%1 return file(s) written: %2</source>
        <translation>%1 fichier(s) de retour écrit(s) : %2</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="45"/>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="47"/>
        <source>Finalize…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="70"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/review_panel.py" line="74"/>
        <source>%n answer(s) need attention before this response can be finalized.</source>
        <translation>
            <numerusform>%n réponse demande votre attention avant que cette réponse puisse être finalisée.</numerusform>
            <numerusform>%n réponses demandent votre attention avant que cette réponse puisse être finalisée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="80"/>
        <source>Every required question is answered and valid.</source>
        <translation>Toutes les questions obligatoires ont une réponse valide.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="113"/>
        <source>Finalize this response?</source>
        <translation>Finaliser cette réponse ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="115"/>
        <source>A finalized response is ready to send and can no longer be edited unless it is reopened. Finalize it now?</source>
        <translation>Une réponse finalisée est prête à être envoyée et ne peut plus être modifiée sauf si elle est rouverte. La finaliser maintenant ?</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="132"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="135"/>
        <source>Readiness scores</source>
        <translation>Scores de préparation</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="138"/>
        <source>One row per institution with a finished survey (Form A). Validated scores include the corrections agreed at the validation workshop (Form D). Click a column to sort; choose a row to see the answers behind its score.</source>
        <translation>Une ligne par institution ayant une enquête terminée (formulaire A). Les scores validés incluent les corrections convenues à l&apos;atelier de validation (formulaire D). Cliquez sur une colonne pour trier ; choisissez une ligne pour voir les réponses derrière son score.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="146"/>
        <source>Validated (with the workshop&apos;s corrections)</source>
        <translation>Validés (avec les corrections de l&apos;atelier)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="147"/>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="171"/>
        <source>Self-reported</source>
        <translation>Auto-déclarés</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="150"/>
        <source>&amp;Scores:</source>
        <translation>&amp;Scores :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="151"/>
        <source>Which scores to show</source>
        <translation>Quels scores afficher</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="152"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="153"/>
        <source>institution, country, target…</source>
        <translation>institution, pays, cible…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="154"/>
        <source>Filter the institutions</source>
        <translation>Filtrer les institutions</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="155"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalculer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="156"/>
        <source>Recompute the scores</source>
        <translation>Recalculer les scores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="157"/>
        <source>Scores per institution</source>
        <translation>Scores par institution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="158"/>
        <source>Items behind the chosen institution&apos;s score</source>
        <translation>Items derrière le score de l&apos;institution choisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="159"/>
        <source>&amp;Open the survey</source>
        <translation>&amp;Ouvrir l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="160"/>
        <source>Open the chosen institution&apos;s survey</source>
        <translation>Ouvrir l&apos;enquête de l&apos;institution choisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="165"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="166"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="168"/>
        <source>Levels L/I/A/T</source>
        <translation>Niveaux L/I/A/T</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="169"/>
        <source>Failed gates</source>
        <translation>Critères bloquants non atteints</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="170"/>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="192"/>
        <source>Computing the scores…</source>
        <translation>Calcul des scores…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="220"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="239"/>
        <source>%n institution(s) scored.</source>
        <translation>
            <numerusform>%n institution notée.</numerusform>
            <numerusform>%n institutions notées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="241"/>
        <source>No institution is scored yet: import and approve finished surveys.</source>
        <translation>Aucune institution n&apos;est encore notée : importez et approuvez des enquêtes terminées.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="265"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="272"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="266"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="172"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="179"/>
        <source>Overall index from the survey&apos;s own answers</source>
        <translation>Indice global d’après les réponses de l’enquête elle-même</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="180"/>
        <source>Overall index with the workshop&apos;s corrections</source>
        <translation>Indice global avec les corrections de l’atelier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="267"/>
        <source>Gate</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="268"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="269"/>
        <source>Self-reported score</source>
        <translation>Score auto-déclaré</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="270"/>
        <source>Validated score</source>
        <translation>Score validé</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="271"/>
        <source>Corrected at the workshop</source>
        <translation>Corrigé à l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="294"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="300"/>
        <source>(no answer)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="314"/>
        <source>Items behind the score of %1</source>
        <translation>Items derrière le score de %1</translation>
    </message>
</context>
<context>
    <name>SearchableChecklistWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="226"/>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="228"/>
        <source>Filter the choices</source>
        <translation>Filtrer les choix</translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="50"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="88"/>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/section_nav.py" line="91"/>
        <source>%n answer(s) need attention</source>
        <translation>
            <numerusform>%n réponse à revoir</numerusform>
            <numerusform>%n réponses à revoir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="158"/>
        <location filename="../../sp_collect/ui/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="162"/>
        <source>&amp;Language of the app</source>
        <translation>&amp;Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="163"/>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="164"/>
        <source>Default &amp;export folder</source>
        <translation>Dossier d&apos;&amp;exportation par défaut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="165"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="166"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="167"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="168"/>
        <location filename="../../sp_collect/ui/settings.py" line="206"/>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="169"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="170"/>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="175"/>
        <source>These choices are kept on this computer for you. Forms can be shown in another language from the form&apos;s own language switch.</source>
        <translation>Ces choix sont conservés sur cet ordinateur pour vous. Les formulaires peuvent être affichés dans une autre langue avec le sélecteur de langue du formulaire.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="171"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="172"/>
        <source>Change the workspace passphrase</source>
        <translation>Changer la phrase secrète de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="199"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="112"/>
        <source>Preparing the demo workspaces (only the first time)…</source>
        <translation>Préparation des espaces de démonstration (la première fois seulement)…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="142"/>
        <source>Unlocked with the recovery code. The new passphrase is set: use it from now on; the recovery code still works.</source>
        <translation>Déverrouillé avec le code de récupération. La nouvelle phrase secrète est enregistrée : utilisez-la désormais ; le code de récupération reste valable.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="167"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>SignatureWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="108"/>
        <source>Clear signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="141"/>
        <source>Signed (%s)</source>
        <translation>Signé (%s)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="126"/>
        <source>Unlock the workspace</source>
        <translation>Déverrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="127"/>
        <source>I forgot the passphrase: use the recovery code</source>
        <translation>J&apos;ai oublié la phrase secrète : utiliser le code de récupération</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="128"/>
        <source>Demo passphrase: %1</source>
        <translation>Phrase secrète de la démo : %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="129"/>
        <source>Workspace to open</source>
        <translation>Espace de travail à ouvrir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="136"/>
        <source>Demo workspace of the coordinator</source>
        <translation>Espace de démonstration du coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="137"/>
        <source>Demo workspace of a field officer</source>
        <translation>Espace de démonstration d&apos;un agent de terrain</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="158"/>
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>Nouvelle phrase secrète (au moins %n caractère)</numerusform>
            <numerusform>Nouvelle phrase secrète (au moins %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="160"/>
        <source>The new passphrase again</source>
        <translation>La nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Enregistrer la nouvelle phrase secrète et déverrouiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="179"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La nouvelle phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La nouvelle phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="181"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="190"/>
        <source>Type the recovery code first.</source>
        <translation>Saisissez d&apos;abord le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="192"/>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="92"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="87"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>_AboutYouPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="255"/>
        <location filename="../../sp_collect/ui/unlock.py" line="273"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="256"/>
        <source>Who uses this workspace?</source>
        <translation>Qui utilise cet espace de travail ?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="259"/>
        <source>A field workspace fills in forms and sends bundles; a coordinator workspace receives, reviews and reports.</source>
        <translation>Un espace de terrain remplit des formulaires et envoie des lots ; un espace de coordination reçoit, vérifie et produit les rapports.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="263"/>
        <source>Field officer or interviewer</source>
        <translation>Agent de terrain ou enquêteur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="264"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="270"/>
        <location filename="../../sp_collect/ui/unlock.py" line="276"/>
        <source>Name of the person or team</source>
        <translation>Nom de la personne ou de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="274"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="286"/>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="289"/>
        <source>Everything in the workspace is encrypted with it. Use a few words only you know, at least %1 characters.</source>
        <translation>Tout l&apos;espace de travail est chiffré avec elle. Utilisez quelques mots que vous seul connaissez, au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="296"/>
        <location filename="../../sp_collect/ui/unlock.py" line="306"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="297"/>
        <location filename="../../sp_collect/ui/unlock.py" line="307"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="319"/>
        <source>The passphrase is too short.</source>
        <translation>La phrase secrète est trop courte.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="321"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="332"/>
        <source>Write down the recovery code</source>
        <translation>Notez le code de récupération</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="335"/>
        <source>It opens the workspace if the passphrase is forgotten. It is shown only this once: write it on paper and keep it away from this laptop.</source>
        <translation>Il ouvre l&apos;espace de travail si la phrase secrète est oubliée. Il n&apos;est affiché qu&apos;une fois : notez-le sur papier et gardez-le loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="348"/>
        <source>I have written the recovery code down</source>
        <translation>J&apos;ai noté le code de récupération</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="358"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="360"/>
        <source>Your fingerprint (others check it before trusting you): %1</source>
        <translation>Votre empreinte (les autres la vérifient avant de vous faire confiance) : %1</translation>
    </message>
</context>
<context>
    <name>_TemporalWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="49"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="55"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="56"/>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="57"/>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="98"/>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="20"/>
        <source>The passphrase does not open this workspace. Check it and try again.</source>
        <translation>La phrase secrète n’ouvre pas cet espace de travail. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="24"/>
        <source>This recovery code does not open this workspace. Check it and try again.</source>
        <translation>Ce code de récupération n’ouvre pas cet espace de travail. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="28"/>
        <source>The workspace is open in another window or program; close it there first.</source>
        <translation>L’espace de travail est ouvert dans une autre fenêtre ou un autre programme ; fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="32"/>
        <source>The disk is full; free some space and try again (nothing was changed).</source>
        <translation>Le disque est plein ; libérez de l’espace et réessayez (rien n’a été modifié).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="36"/>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="46"/>
        <source>Something unexpected went wrong. Your saved answers are safe. The details were written to the log file for a bug report.</source>
        <translation>Un problème inattendu s&apos;est produit. Vos réponses enregistrées sont en sécurité. Les détails ont été écrits dans le journal pour un rapport d&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="59"/>
        <source>Could not finish</source>
        <translation>Impossible de terminer</translation>
    </message>
</context>
<context>
    <name>responses</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="82"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="83"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="84"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="85"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="37"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="38"/>
        <source>Finalized, not sent</source>
        <translation>Finalisée, non envoyée</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="39"/>
        <source>Sent, not confirmed yet</source>
        <translation>Envoyée, pas encore confirmée</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="40"/>
        <source>Confirmed by the coordinator</source>
        <translation>Confirmée par le coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="41"/>
        <source>Approved by the coordinator</source>
        <translation>Approuvée par le coordinateur</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="42"/>
        <source>Returned for correction</source>
        <translation>Renvoyée pour correction</translation>
    </message>
</context>
</TS>
