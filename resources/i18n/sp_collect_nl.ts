<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AttachmentWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="38"/>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="40"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="62"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="75"/>
        <source>No file attached</source>
        <translation>Geen bestand bijgevoegd</translation>
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
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="145"/>
        <source>Stop recording</source>
        <translation>Opname stoppen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="153"/>
        <source>Recording failed: %s</source>
        <translation>Opname mislukt: %s</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="70"/>
        <source>Change the passphrase</source>
        <translation>De wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="73"/>
        <source>Type the current passphrase, then the new one twice (at least %1 characters). The old passphrase stops working at once; the recovery code stays the same.</source>
        <translation>Typ de huidige wachtzin en daarna tweemaal de nieuwe (minstens %1 tekens). De oude werkt meteen niet meer; de herstelcode blijft dezelfde.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="78"/>
        <source>You opened the workspace with the recovery code. Choose a new passphrase now (at least %1 characters): the forgotten one stops working.</source>
        <translation>U hebt de werkruimte met de herstelcode geopend. Kies nu een nieuwe wachtzin (minstens %1 tekens): de vergeten wachtzin werkt dan niet meer.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="82"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Huidige wachtzin</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="83"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="84"/>
        <source>New passphrase &amp;again</source>
        <translation>Nieuwe wachtzin &amp;nogmaals</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="85"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="86"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="87"/>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="92"/>
        <source>The new passphrase is too short.</source>
        <translation>De nieuwe wachtzin is te kort.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="94"/>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="96"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtzin is gelijk aan de huidige.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="80"/>
        <source>Two copies of the same revision arrived with different answers. The questions that differ are highlighted: choose which answer to keep for each, then save. The result becomes the next revision, waiting for review.</source>
        <translation>Twee kopieën van dezelfde revisie kwamen aan met verschillende antwoorden. De vragen die verschillen zijn gemarkeerd: kies per vraag welk antwoord u houdt en bewaar. Het resultaat wordt de volgende revisie, die op controle wacht.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="85"/>
        <source>Conflicts to resolve</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="86"/>
        <source>Both copies side by side</source>
        <translation>Beide kopieën naast elkaar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="87"/>
        <source>Show &amp;only the questions that differ</source>
        <translation>&amp;Alleen de vragen tonen die verschillen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="88"/>
        <source>&amp;Save the resolution</source>
        <translation>Oplossing &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="99"/>
        <source>%1, revision %2, from %3: %4 answer(s) differ</source>
        <translation>%1, revisie %2, van %3: %4 antwoord(en) verschillen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="110"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="176"/>
        <source>Ours</source>
        <translation>Onze</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="177"/>
        <source>Incoming</source>
        <translation>Binnenkomend</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="178"/>
        <source>Answer to keep for %1</source>
        <translation>Te houden antwoord voor %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="205"/>
        <source>Conflict resolved; the response waits for review again.</source>
        <translation>Conflict opgelost; het antwoord wacht opnieuw op controle.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="69"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="75"/>
        <source>Every response in this workspace, counted. The heat-map shows readiness indices (0–100, workshop corrections applied) per institution.</source>
        <translation>Alle antwoorden in deze werkruimte, geteld. De heatmap toont de gereedheidsindexen (0–100, met de correcties van de workshop) per instelling.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="80"/>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="81"/>
        <source>By form</source>
        <translation>Per formulier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="82"/>
        <source>By country</source>
        <translation>Per land</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="83"/>
        <source>By institution</source>
        <translation>Per instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="88"/>
        <source>Responses %1</source>
        <translation>Antwoorden %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="89"/>
        <source>Readiness by institution and sub-dimension</source>
        <translation>Gereedheid per instelling en subdimensie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="90"/>
        <source>Readiness heat-map</source>
        <translation>Heatmap van de gereedheid</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="119"/>
        <source>No responses yet.</source>
        <translation>Nog geen antwoorden.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="123"/>
        <source>No response names a country yet.</source>
        <translation>Nog geen antwoord noemt een land.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="125"/>
        <source>No response names an institution yet.</source>
        <translation>Nog geen antwoord noemt een instelling.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="131"/>
        <source>The institutions could not be scored: %1</source>
        <translation>De instellingen konden niet worden gescoord: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="134"/>
        <source>No institution has been scored yet.</source>
        <translation>Nog geen enkele instelling is gescoord.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="138"/>
        <source>Red below 25, orange below 50, yellow below 75, green from 75; a dash: not scored.</source>
        <translation>Rood onder 25, oranje onder 50, geel onder 75, groen vanaf 75; een streepje: niet gescoord.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="266"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="270"/>
        <source>&amp;Resume</source>
        <translation>&amp;Verdergaan</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="272"/>
        <source>Responses being filled in. Every answer is saved as soon as it is given.</source>
        <translation>Antwoorden die nog worden ingevuld. Elk antwoord wordt bewaard zodra het gegeven is.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="283"/>
        <source>No drafts. Start a new response from Home (Ctrl+N).</source>
        <translation>Geen concepten. Begin een nieuw antwoord vanuit Start (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="116"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="119"/>
        <source>Data export</source>
        <translation>Gegevensexport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="122"/>
        <source>Every response of every form, one table per form and per repeat with a codebook, for analysis in a spreadsheet or a statistics program. The exported files are not encrypted: keep them on an encrypted disk.</source>
        <translation>Alle antwoorden van alle formulieren, één tabel per formulier en per herhaling met een codeboek, voor analyse in een rekenblad of statistisch programma. De geëxporteerde bestanden zijn niet versleuteld: bewaar ze op een versleutelde schijf.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>F&amp;older</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Language of labels</source>
        <translation>&amp;Taal van de labels</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="132"/>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="133"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="167"/>
        <source>Export folder</source>
        <translation>Exportmap</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="134"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="135"/>
        <source>Choose the export folder</source>
        <translation>De exportmap kiezen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="136"/>
        <source>Language of labels</source>
        <translation>Taal van de labels</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="137"/>
        <source>Write choice &amp;labels instead of codes</source>
        <translation>Keuze&amp;labels schrijven in plaats van codes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="138"/>
        <source>Write choice labels instead of codes</source>
        <translation>Keuzelabels schrijven in plaats van codes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="139"/>
        <source>Include &amp;sensitive fields (personal data)</source>
        <translation>&amp;Gevoelige velden opnemen (persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="140"/>
        <source>Include sensitive fields</source>
        <translation>Gevoelige velden opnemen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="141"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="142"/>
        <source>Export the responses</source>
        <translation>De antwoorden exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="143"/>
        <source>Open the &amp;folder</source>
        <translation>De &amp;map openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="144"/>
        <source>Open the export folder</source>
        <translation>De exportmap openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="153"/>
        <source>Warning: the export will contain names, contact details and other personal data of respondents, unencrypted. Only do this if the study&apos;s data protection rules allow it, and delete the files when the analysis is done.</source>
        <translation>Let op: de export bevat namen, contactgegevens en andere persoonsgegevens van respondenten, onversleuteld. Doe dit alleen als de gegevensbeschermingsregels van het onderzoek het toelaten, en verwijder de bestanden na de analyse.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="163"/>
        <source>Will write: %1</source>
        <translation>Schrijft naar: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="194"/>
        <source>Exporting the responses…</source>
        <translation>De antwoorden worden geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="209"/>
        <source>Exported %1 response(s) to %2.</source>
        <translation>%1 antwoord(en) geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="213"/>
        <source>%1: %2 row(s)</source>
        <translation>%1: %2 rij(en)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="219"/>
        <source>Sensitive fields left out: %1</source>
        <translation>Weggelaten gevoelige velden: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="378"/>
        <source>Create a workspace</source>
        <translation>Een werkruimte aanmaken</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Survey</source>
        <translation>Vragenlijst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="59"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="60"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="67"/>
        <source>%n more draft(s) on the Drafts page</source>
        <translation>
            <numerusform>Nog %n concept op de pagina Concepten</numerusform>
            <numerusform>Nog %n concepten op de pagina Concepten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="74"/>
        <source>Draft “%1”: %2 of %3 questions answered (%4%), edited %5</source>
        <translation>Concept ‘%1’: %2 van %3 vragen beantwoord (%4%), bewerkt %5</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="75"/>
        <source>unnamed</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="68"/>
        <source>No draft</source>
        <translation>Geen concept</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="69"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="70"/>
        <source>Start: %1</source>
        <translation>Beginnen: %1</translation>
    </message>
</context>
<context>
    <name>FormHost</name>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="156"/>
        <location filename="../../sp_collect/ui/form_host.py" line="157"/>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="158"/>
        <source>Reopen to correct…</source>
        <translation>Heropenen om te verbeteren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="166"/>
        <source>%1 — read-only. Reopen it to correct an answer; the reason is kept.</source>
        <translation>%1 — alleen-lezen. Heropen het om een antwoord te verbeteren; de reden wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="171"/>
        <source>Returned by the coordinator: their comments are shown on the questions. Correct the answers, then finalize again.</source>
        <translation>Teruggestuurd door de coördinator: de opmerkingen staan bij de vragen. Verbeter de antwoorden en rond daarna opnieuw af.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="176"/>
        <source>Answers are saved as you go.</source>
        <translation>Antwoorden worden meteen bewaard.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="201"/>
        <source>Response finalized.</source>
        <translation>Antwoord afgerond.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="203"/>
        <source>Response finalized: it is in the Outbox, ready to send.</source>
        <translation>Antwoord afgerond: het staat in de Postvak uit, klaar om te verzenden.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="209"/>
        <source>Reopen to correct</source>
        <translation>Heropenen om te verbeteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="210"/>
        <source>Why does this response need to change? (kept in the audit trail)</source>
        <translation>Waarom moet dit antwoord veranderen? (bewaard in het logboek)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="231"/>
        <source>The file %1 could not be read; choose another one.</source>
        <translation>Het bestand %1 kon niet worden gelezen; kies een ander.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="140"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>FormToolbar</name>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="39"/>
        <source>Language of the questions</source>
        <translation>Taal van de vragen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="42"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="45"/>
        <source>&amp;Review</source>
        <translation>&amp;Controleren</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="133"/>
        <source>This response was returned for correction. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Dit antwoord is teruggestuurd voor correctie. Bij de eerste wijziging wordt om een reden gevraagd, die in het auditlogboek wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="138"/>
        <source>This response is finalized. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Dit antwoord is afgerond. Bij de eerste wijziging wordt om een reden gevraagd, die in het auditlogboek wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="151"/>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="152"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="166"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="306"/>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="518"/>
        <source>Add another entry?</source>
        <translation>Nog een invoer toevoegen?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="519"/>
        <source>Add another “%1”?</source>
        <translation>Nog een ‘%1’ toevoegen?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="307"/>
        <source>This response is finalized. Why does it need to change?</source>
        <translation>Dit antwoord is afgerond. Waarom moet het veranderen?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="319"/>
        <source>Not changed: %1 put back, because a finalized response changes only with a reason.</source>
        <translation>Niet gewijzigd: %1 teruggezet, omdat een afgerond antwoord alleen met een reden verandert.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="328"/>
        <source>Attachments cannot be saved here; open the response from a workspace.</source>
        <translation>Bijlagen kunnen hier niet worden bewaard; open het antwoord vanuit een werkruimte.</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="26"/>
        <source>Latitude (−90 to 90)</source>
        <translation>Breedtegraad (−90 tot 90)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="27"/>
        <source>Longitude (−180 to 180)</source>
        <translation>Lengtegraad (−180 tot 180)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="28"/>
        <source>Altitude in metres (optional)</source>
        <translation>Hoogte in meter (optioneel)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="29"/>
        <source>Accuracy in metres (optional)</source>
        <translation>Nauwkeurigheid in meter (optioneel)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="71"/>
        <source>Out of range: %s</source>
        <translation>Buiten bereik: %s</translation>
    </message>
</context>
<context>
    <name>HeaderRow</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="60"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="65"/>
        <source>Move this entry up</source>
        <translation>Deze invoer omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="66"/>
        <source>Move this entry down</source>
        <translation>Deze invoer omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="74"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="115"/>
        <source>Remove this entry?</source>
        <translation>Deze invoer verwijderen?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="116"/>
        <source>Remove “%s” and every answer in it?</source>
        <translation>“%s” en alle antwoorden erin verwijderen?</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="98"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="101"/>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="102"/>
        <source>&amp;Forms you can fill in</source>
        <translation>&amp;Formulieren die u kunt invullen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="103"/>
        <source>Forms you can fill in</source>
        <translation>Formulieren die u kunt invullen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="104"/>
        <source>Start a &amp;new response</source>
        <translation>Een &amp;nieuw antwoord beginnen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="105"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="106"/>
        <source>Install a form &amp;package…</source>
        <translation>Formulier&amp;pakket installeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="108"/>
        <source>Install the forms your coordinator sent, after checking who signed them</source>
        <translation>De formulieren van uw coördinator installeren, na controle van wie ze heeft ondertekend</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="110"/>
        <source>&amp;Add a form file…</source>
        <translation>Formulierbestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="111"/>
        <source>Install a form written as JSON (sp_collect&apos;s format)</source>
        <translation>Een formulier in JSON installeren (het formaat van sp_collect)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="112"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>XLSForm &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="114"/>
        <source>Convert and install a form written for ODK, KoboToolbox or SurveyCTO</source>
        <translation>Een formulier voor ODK, KoboToolbox of SurveyCTO omzetten en installeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="122"/>
        <source>Forms from %1&apos;s package, version %2.</source>
        <translation>Formulieren uit het pakket van %1, versie %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="128"/>
        <source>No form package installed yet: ask your coordinator for one.</source>
        <translation>Nog geen formulierpakket geïnstalleerd: vraag er een aan uw coördinator.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="134"/>
        <source>Forms installed in this coordinator workspace. Waiting for review: %1.</source>
        <translation>Formulieren in deze coördinatiewerkruimte. Wachtend op controle: %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="141"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="143"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="146"/>
        <source>Inbox (returned)</source>
        <translation>Postvak in (teruggestuurd)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="210"/>
        <source>Install a form package</source>
        <translation>Formulierpakket installeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="212"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Formulierpakketten (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="226"/>
        <source>This package was signed by %1.

Fingerprint: %2

Compare it with the fingerprint your coordinator gave you (by phone or in person). Does it match exactly?</source>
        <translation>Dit pakket is ondertekend door %1.

Vingerafdruk: %2

Vergelijk deze met de vingerafdruk die uw coördinator u gaf (telefonisch of persoonlijk). Komt hij precies overeen?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="231"/>
        <source>Check who signed the forms</source>
        <translation>Controleer wie de formulieren heeft ondertekend</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="233"/>
        <source>Nothing was installed.</source>
        <translation>Er is niets geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="244"/>
        <source>Add a form file</source>
        <translation>Formulierbestand toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="246"/>
        <source>Forms (*.json)</source>
        <translation>Formulieren (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="259"/>
        <source>Import an XLSForm</source>
        <translation>XLSForm importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="261"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="269"/>
        <source>Converting the XLSForm…</source>
        <translation>De XLSForm wordt omgezet…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="279"/>
        <source>Installed: %1.</source>
        <translation>Geïnstalleerd: %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="286"/>
        <source>XLSForm imported</source>
        <translation>XLSForm geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/home.py" line="291"/>
        <source>The form was installed. %n feature(s) of the XLSForm had no exact equivalent and were changed or left out: see the details.</source>
        <translation>
            <numerusform>Het formulier is geïnstalleerd. %n onderdeel van de XLSForm had geen exacte tegenhanger en is aangepast of weggelaten: zie de details.</numerusform>
            <numerusform>Het formulier is geïnstalleerd. %n onderdelen van de XLSForm hadden geen exacte tegenhanger en zijn aangepast of weggelaten: zie de details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="301"/>
        <source>The form was installed; every feature of the XLSForm was kept.</source>
        <translation>Het formulier is geïnstalleerd; alle onderdelen van de XLSForm zijn behouden.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="100"/>
        <source>Identity &amp; contacts</source>
        <translation>Identiteit en contacten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="106"/>
        <source>Others check this fingerprint before they trust you: read it to them over the phone, let them scan the QR code, or send them your contact card file.</source>
        <translation>Anderen controleren deze vingerafdruk voordat ze u vertrouwen: lees hem voor aan de telefoon, laat hen de QR-code scannen, of stuur hun uw contactkaartbestand.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="110"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="111"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="112"/>
        <source>Your fingerprint:</source>
        <translation>Uw vingerafdruk:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="113"/>
        <source>Your fingerprint</source>
        <translation>Uw vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="114"/>
        <source>QR code of your contact card</source>
        <translation>QR-code van uw contactkaart</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="115"/>
        <source>&amp;Export contact card…</source>
        <translation>Contactkaart &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="116"/>
        <source>Export your contact card to a file</source>
        <translation>Uw contactkaart naar een bestand exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="117"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="118"/>
        <source>Contacts and their fingerprints</source>
        <translation>Contacten en hun vingerafdrukken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="138"/>
        <source>Export contact card</source>
        <translation>Contactkaart exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="140"/>
        <source>Contact cards (*.json)</source>
        <translation>Contactkaarten (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="148"/>
        <source>%1 could not be written; choose another folder.</source>
        <translation>%1 kon niet worden geschreven; kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="153"/>
        <source>Contact card written to %1.</source>
        <translation>Contactkaart geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="160"/>
        <source>Field device</source>
        <translation>Veldapparaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="161"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="167"/>
        <source>Not trusted yet</source>
        <translation>Nog niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="168"/>
        <source>Trusted</source>
        <translation>Vertrouwd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="169"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="99"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="117"/>
        <source>Preview of %s</source>
        <translation>Voorbeeld van %s</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="22"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="23"/>
        <source>Merged; some responses held</source>
        <translation>Samengevoegd; sommige antwoorden vastgehouden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="24"/>
        <source>Already imported</source>
        <translation>Al geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="25"/>
        <source>Held: unknown sender</source>
        <translation>Vastgehouden: onbekende afzender</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="26"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="41"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="33"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="34"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="35"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="36"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="37"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="38"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="39"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="40"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="42"/>
        <source>Missing bundles</source>
        <translation>Ontbrekende bundels</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="43"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="52"/>
        <source>%1 (%2) is not a trusted contact yet: the bundle waits until you check this fingerprint with them and trust them.</source>
        <translation>%1 (%2) is nog geen vertrouwd contact: de bundel wacht tot u deze vingerafdruk met hen controleert en hen vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="62"/>
        <source>Responses waiting for a form version this workspace lacks: %1. Install it, then import this bundle again.</source>
        <translation>Antwoorden die wachten op een formulierversie die deze werkruimte mist: %1. Installeer die en importeer deze bundel daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="68"/>
        <source>Already imported; nothing changed.</source>
        <translation>Al geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="70"/>
        <source>The sender was revoked: their bundles are refused.</source>
        <translation>De afzender is ingetrokken: diens bundels worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="78"/>
        <source>held since %1</source>
        <translation>vastgehouden sinds %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="84"/>
        <source>%1 failed constraint(s) in the responses merged: Review lists them</source>
        <translation>%1 niet-voldane voorwaarde(n) in de samengevoegde antwoorden: Controle toont ze</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="93"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="99"/>
        <source>older than a bundle already received from this sender</source>
        <translation>ouder dan een bundel die al van deze afzender is ontvangen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="107"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="109"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="126"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="127"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="154"/>
        <source>%n response(s) refused: see the file&apos;s notes.</source>
        <translation>
            <numerusform>%n antwoord geweigerd: zie de notities bij het bestand.</numerusform>
            <numerusform>%n antwoorden geweigerd: zie de notities bij het bestand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="73"/>
        <source>Imports</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="78"/>
        <source>Drop .spbundle files here, or choose them. You can keep working meanwhile.</source>
        <translation>Sleep .spbundle-bestanden hierheen, of kies ze. U kunt intussen verder werken.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="80"/>
        <source>&amp;Choose bundles…</source>
        <translation>Bundels &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="81"/>
        <source>Choose bundle files to import</source>
        <translation>Bundelbestanden kiezen om te importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="82"/>
        <source>Import results</source>
        <translation>Resultaten van het importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="104"/>
        <source>Choose bundles to import</source>
        <translation>Bundels kiezen om te importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="106"/>
        <source>Bundles (*.spbundle);;All files (*)</source>
        <translation>Bundels (*.spbundle);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="122"/>
        <source>Importing %1 bundle(s)…</source>
        <translation>%1 bundel(s) importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="142"/>
        <source>%1 file(s): %2 response(s) new or updated, %3 conflict(s), %4 held, %5 refused.</source>
        <translation>%1 bestand(en): %2 antwoord(en) nieuw of bijgewerkt, %3 conflict(en), %4 vastgehouden, %5 geweigerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="159"/>
        <source>%n failed constraint(s) in the responses merged: Review lists them.</source>
        <translation>
            <numerusform>%n niet-voldane voorwaarde in de samengevoegde antwoorden: Controle toont die.</numerusform>
            <numerusform>%n niet-voldane voorwaarden in de samengevoegde antwoorden: Controle toont ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="136"/>
        <source>Inbox</source>
        <translation>Postvak in</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="140"/>
        <source>&amp;Correct</source>
        <translation>&amp;Verbeteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="141"/>
        <source>&amp;Import a return file…</source>
        <translation>Een retourbestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="142"/>
        <source>Import a return file from the coordinator</source>
        <translation>Een retourbestand van de coördinator importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="145"/>
        <source>Responses the coordinator sent back. Open one to see the comments on its questions, correct it and finalize it again.</source>
        <translation>Antwoorden die de coördinator heeft teruggestuurd. Open er een om de opmerkingen bij de vragen te zien, verbeter het en rond het opnieuw af.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="163"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="165"/>
        <source>Nothing returned. Import a return file when the coordinator sends one.</source>
        <translation>Niets teruggestuurd. Importeer een retourbestand wanneer de coördinator er een stuurt.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="172"/>
        <source>Import a return file</source>
        <translation>Een retourbestand importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="174"/>
        <source>Return files (*.spreturn);;All files (*)</source>
        <translation>Retourbestanden (*.spreturn);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="184"/>
        <source>Importing the return…</source>
        <translation>Retour importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="189"/>
        <source>This return was already imported; nothing changed.</source>
        <translation>Deze retour was al geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="193"/>
        <source>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comment(s).</source>
        <translation>
            <numerusform>Van %1: %2 bevestigd, %3 goedgekeurd, %4 teruggestuurd voor correctie met %n opmerking.</numerusform>
            <numerusform>Van %1: %2 bevestigd, %3 goedgekeurd, %4 teruggestuurd voor correctie met %n opmerkingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewClock</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="25"/>
        <source>Interview time</source>
        <translation>Duur van het interview</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="32"/>
        <source>Interview time: %s</source>
        <translation>Duur van het interview: %s</translation>
    </message>
</context>
<context>
    <name>InterviewNotes</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="45"/>
        <source>Interview notes</source>
        <translation>Interviewnotities</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="50"/>
        <source>Anything worth remembering about this interview</source>
        <translation>Alles wat het onthouden waard is over dit interview</translation>
    </message>
</context>
<context>
    <name>IssueLink</name>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="45"/>
        <source>Press Enter to go to this question</source>
        <translation>Druk op Enter om naar deze vraag te gaan</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="46"/>
        <source>Go to this question</source>
        <translation>Ga naar deze vraag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="259"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="272"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="276"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="287"/>
        <source>Social-security study</source>
        <translation>Onderzoek naar sociale zekerheid</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="288"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="289"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="291"/>
        <source>Close the workspace now; the passphrase opens it again</source>
        <translation>Sluit de werkruimte nu; de wachtzin opent haar weer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="293"/>
        <source>Lock the workspace</source>
        <translation>De werkruimte vergrendelen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="294"/>
        <source>New response</source>
        <translation>Nieuw antwoord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="295"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="52"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="56"/>
        <source>&amp;Open (read-only)</source>
        <translation>&amp;Openen (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="57"/>
        <source>&amp;Export a bundle…</source>
        <translation>Een bundel &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="58"/>
        <source>Export a bundle for the coordinator</source>
        <translation>Een bundel voor de coördinator exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="66"/>
        <source>Finalized responses. Export a bundle to send the ones not yet confirmed (waiting: %1, confirmed by the coordinator: %2).</source>
        <translation>Afgeronde antwoorden. Exporteer een bundel om de nog niet bevestigde te verzenden (wachtend: %1, bevestigd door de coördinator: %2).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="76"/>
        <source>Nothing finalized yet. Finish a draft and finalize it on its review screen.</source>
        <translation>Nog niets afgerond. Maak een concept af en rond het af op het controlescherm.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="86"/>
        <source>Export a bundle</source>
        <translation>Een bundel exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="88"/>
        <source>Bundles (*.spbundle)</source>
        <translation>Bundels (*.spbundle)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="103"/>
        <source>Exporting the bundle…</source>
        <translation>Bundel exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="114"/>
        <source>Last bundle: %n response(s) for %1, written to %2.</source>
        <translation>
            <numerusform>Laatste bundel: %n antwoord voor %1, geschreven naar %2.</numerusform>
            <numerusform>Laatste bundel: %n antwoorden voor %1, geschreven naar %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="120"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="123"/>
        <source>Forms and packages</source>
        <translation>Formulieren en pakketten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="126"/>
        <source>Tick the forms the field teams need, then build the package and send it to them. Each build gets the next version number; devices only accept a newer package signed by you.</source>
        <translation>Vink de formulieren aan die de veldteams nodig hebben, bouw dan het pakket en stuur het hun. Elke bouw krijgt het volgende versienummer; apparaten aanvaarden alleen een nieuwer pakket dat u ondertekende.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="131"/>
        <source>Installed forms; tick those to put in the package</source>
        <translation>Geïnstalleerde formulieren; vink aan wat in het pakket moet</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="132"/>
        <source>&amp;Add a form file…</source>
        <translation>Een formulierbestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="133"/>
        <source>Install a form written as JSON</source>
        <translation>Een formulier in JSON installeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="134"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>Een XLSForm &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="135"/>
        <source>Convert and install an XLSForm</source>
        <translation>Een XLSForm omzetten en installeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="136"/>
        <source>Include the readiness &amp;scoring configuration</source>
        <translation>De &amp;scoreconfiguratie van de paraatheid meesturen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="139"/>
        <source>&amp;Assignments (optional): a device, named by the fingerprint on its Identity page, then the form ids it collects (empty: all), an institution and a country code its new responses start with.</source>
        <translation>&amp;Toewijzingen (optioneel): een apparaat, aangeduid met de vingerafdruk op zijn Identiteitspagina, dan de formulier-id&apos;s die het verzamelt (leeg: alle), en een instellings- en landcode waarmee zijn nieuwe antwoorden beginnen.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="147"/>
        <source>Device fingerprint</source>
        <translation>Vingerafdruk van het apparaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="148"/>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="149"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="213"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="150"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="214"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="153"/>
        <source>Assignments per device</source>
        <translation>Toewijzingen per apparaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="154"/>
        <source>Add a de&amp;vice</source>
        <translation>Een a&amp;pparaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="155"/>
        <source>Add a device assignment</source>
        <translation>Een apparaattoewijzing toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="156"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="157"/>
        <source>Remove the chosen assignment</source>
        <translation>De gekozen toewijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="158"/>
        <source>Add a &amp;backup recipient…</source>
        <translation>Een &amp;reserve-ontvanger toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="160"/>
        <source>Add the contact card of a backup coordinator workspace</source>
        <translation>De contactkaart van een reserve-coördinatorwerkruimte toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="162"/>
        <source>B&amp;uild and save the package…</source>
        <translation>Het pakket &amp;bouwen en opslaan…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="163"/>
        <source>Build, sign and save the form package</source>
        <translation>Het formulierpakket bouwen, ondertekenen en opslaan</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="164"/>
        <source>Your fingerprint, to read out to field teams</source>
        <translation>Uw vingerafdruk, om aan de veldteams voor te lezen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="165"/>
        <source>Devices in the last package</source>
        <translation>Apparaten in het laatste pakket</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="166"/>
        <source>What each device was assigned and sent back</source>
        <translation>Wat elk apparaat toegewezen kreeg en terugstuurde</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Versions installed</source>
        <translation>Geïnstalleerde versies</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="211"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="212"/>
        <source>Assigned forms</source>
        <translation>Toegewezen formulieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="215"/>
        <source>Responses received</source>
        <translation>Ontvangen antwoorden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="216"/>
        <source>Forms received</source>
        <translation>Ontvangen formulieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="218"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>A backup workspace&apos;s contact card</source>
        <translation>De contactkaart van een reservewerkruimte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>Cards (*.json)</source>
        <translation>Kaarten (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="281"/>
        <source>Backup recipients: %1</source>
        <translation>Reserve-ontvangers: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Add a form file</source>
        <translation>Een formulierbestand toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Forms (*.json)</source>
        <translation>Formulieren (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>Import an XLSForm</source>
        <translation>Een XLSForm importeren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="310"/>
        <source>Installing the form…</source>
        <translation>Het formulier wordt geïnstalleerd…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="321"/>
        <source>Installed: %1.</source>
        <translation>Geïnstalleerd: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="324"/>
        <source>%n feature(s) of the XLSForm had no exact equivalent:</source>
        <translation>
            <numerusform>%n onderdeel van het XLSForm had geen exact equivalent:</numerusform>
            <numerusform>%n onderdelen van het XLSForm hadden geen exact equivalent:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="336"/>
        <source>Save the form package</source>
        <translation>Het formulierpakket opslaan</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="337"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Formulierpakketten (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="362"/>
        <source>Signing the package…</source>
        <translation>Het pakket wordt ondertekend…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="370"/>
        <source>Saved package version %1 to %2. Send it to the field teams, and read them your fingerprint separately (by phone or in person):</source>
        <translation>Pakketversie %1 opgeslagen in %2. Stuur het naar de veldteams en lees hun uw vingerafdruk apart voor (telefonisch of persoonlijk):</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="378"/>
        <source>Saved package version %1.</source>
        <translation>Pakketversie %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../sp_collect/ui/worker.py" line="124"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="69"/>
        <source>Held bundles (unknown senders)</source>
        <translation>Vastgehouden bundels (onbekende afzenders)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="70"/>
        <source>Senders waiting to be trusted</source>
        <translation>Afzenders die op vertrouwen wachten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="71"/>
        <source>Fingerprint of the selected sender</source>
        <translation>Vingerafdruk van de gekozen afzender</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="72"/>
        <source>&amp;Trust this sender…</source>
        <translation>Deze afzender &amp;vertrouwen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="73"/>
        <source>Trust the selected sender</source>
        <translation>De gekozen afzender vertrouwen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="74"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="75"/>
        <source>Revoke the selected sender</source>
        <translation>De gekozen afzender intrekken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="88"/>
        <source>Bundles from these senders wait until you trust them. Call or meet the sender and ask them to read their fingerprint (Identity &amp; contacts in their app); trust them only if every group matches.</source>
        <translation>Bundels van deze afzenders wachten tot u hen vertrouwt. Bel of ontmoet de afzender en vraag de vingerafdruk voor te lezen (Identiteit en contacten in hun app); vertrouw alleen als elke groep overeenkomt.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="117"/>
        <source>Sender: %1, %2</source>
        <translation>Afzender: %1, %2</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="126"/>
        <source>Did %1 read you this fingerprint, and does every group match?

%2

Their held bundles will be imported.</source>
        <translation>Heeft %1 u deze vingerafdruk voorgelezen, en komt elke groep overeen?

%2

De vastgehouden bundels worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="131"/>
        <source>Trust this sender</source>
        <translation>Deze afzender vertrouwen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="144"/>
        <source>Importing the held bundles…</source>
        <translation>Vastgehouden bundels importeren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="158"/>
        <source>Revoke this sender</source>
        <translation>Deze afzender intrekken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="160"/>
        <source>Refuse every bundle from %1, now and later? Their held bundles will be rejected.</source>
        <translation>Elke bundel van %1 weigeren, nu en later? De vastgehouden bundels worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="171"/>
        <source>Sender revoked; their bundles will be rejected.</source>
        <translation>Afzender ingetrokken; de bundels worden geweigerd.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="120"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="122"/>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="141"/>
        <source>Coordinator:</source>
        <translation>Coördinator:</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="35"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="36"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="139"/>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="163"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="145"/>
        <source>Readiness of one institution</source>
        <translation>Paraatheid van één instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="146"/>
        <source>Indices, levels, failed gates, targets and the gaps to close.</source>
        <translation>Indexen, niveaus, niet-gehaalde drempelitems, doelen en de te dichten kloven.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="149"/>
        <source>Regional summary</source>
        <translation>Regionaal overzicht</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="150"/>
        <source>Every scored institution and country, with the regional statistics.</source>
        <translation>Alle gescoorde instellingen en landen, met de regionale statistieken.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="153"/>
        <source>Validation workshop</source>
        <translation>Validatieworkshop</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="154"/>
        <source>What a workshop (Form D) agreed, and the scores it changed.</source>
        <translation>Wat een workshop (formulier D) overeenkwam, en de scores die het wijzigde.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="157"/>
        <source>One response, printed</source>
        <translation>Eén antwoord, afgedrukt</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="158"/>
        <source>Every answer of one response, with its review comments.</source>
        <translation>Alle antwoorden van één vragenlijst, met de reviewopmerkingen.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="166"/>
        <source>Choose a report and what it is about, then write it where you like. You can keep working while it is written.</source>
        <translation>Kies een rapport en waarover het gaat, en schrijf het waar u wilt. U kunt verder werken terwijl het wordt geschreven.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;About</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="183"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="184"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="185"/>
        <source>File format of the report</source>
        <translation>Bestandsformaat van het rapport</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="186"/>
        <source>What the report is about</source>
        <translation>Waarover het rapport gaat</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="187"/>
        <source>&amp;Validated scores (with the workshop&apos;s corrections)</source>
        <translation>&amp;Gevalideerde scores (met de correcties van de workshop)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="188"/>
        <source>Use validated scores</source>
        <translation>Gevalideerde scores gebruiken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="191"/>
        <source>&amp;Write the report…</source>
        <translation>Het rapport &amp;schrijven…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="192"/>
        <source>Write the report to a file</source>
        <translation>Het rapport naar een bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="193"/>
        <source>&amp;Open the report</source>
        <translation>Het rapport &amp;openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="194"/>
        <source>Open the written report</source>
        <translation>Het geschreven rapport openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="195"/>
        <source>Open its &amp;folder</source>
        <translation>De &amp;map openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="196"/>
        <source>Open the folder of the written report</source>
        <translation>De map van het geschreven rapport openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="236"/>
        <source>The latest workshop</source>
        <translation>De laatste workshop</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="242"/>
        <source>Every scored institution</source>
        <translation>Alle gescoorde instellingen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="257"/>
        <source>Write the report</source>
        <translation>Het rapport schrijven</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="259"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="294"/>
        <source>Writing the report…</source>
        <translation>Het rapport wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="306"/>
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="189"/>
        <source>&amp;Name the institutions (else: country and a number)</source>
        <translation>De instellingen bij &amp;naam noemen (anders: land en nummer)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="190"/>
        <source>Name the institutions in the report</source>
        <translation>De instellingen in het rapport bij naam noemen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="239"/>
        <source>Institutions in %1</source>
        <translation>Instellingen in %1</translation>
    </message>
</context>
<context>
    <name>ResponseTable</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="154"/>
        <source>Search by name, form or status</source>
        <translation>Zoeken op naam, formulier of status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="155"/>
        <source>Search the list</source>
        <translation>In de lijst zoeken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="156"/>
        <source>Responses</source>
        <translation>Antwoorden</translation>
    </message>
</context>
<context>
    <name>ResponsesPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="239"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Earlier comments</source>
        <translation>Eerdere opmerkingen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="77"/>
        <source>Answers of the selected response</source>
        <translation>Antwoorden van het gekozen antwoord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="78"/>
        <source>Question to comment on</source>
        <translation>Vraag om op te reageren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="79"/>
        <source>What should be corrected?</source>
        <translation>Wat moet er verbeterd worden?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="80"/>
        <source>Comment on the chosen question</source>
        <translation>Opmerking bij de gekozen vraag</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation>Opmerking &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="82"/>
        <source>Comments to send back</source>
        <translation>Opmerkingen om terug te sturen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="83"/>
        <source>Remove co&amp;mment</source>
        <translation>Op&amp;merking verwijderen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="84"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="85"/>
        <source>Re&amp;turn with comments</source>
        <translation>Met opmerkingen &amp;terugsturen</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="34"/>
        <source>Waiting for review</source>
        <translation>Wacht op controle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="35"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="36"/>
        <source>Returned for correction</source>
        <translation>Teruggestuurd ter verbetering</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="100"/>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="106"/>
        <source>Responses received from the field. Select one to read it; approve it, or pick questions, write what to correct and return it. Then send the returns.</source>
        <translation>Antwoorden ontvangen uit het veld. Kies er een om te lezen; keur het goed, of kies vragen, schrijf wat verbeterd moet worden en stuur het terug. Verstuur daarna de retouren.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="110"/>
        <source>Show responses of this form</source>
        <translation>Antwoorden van dit formulier tonen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="111"/>
        <source>Show responses with this status</source>
        <translation>Antwoorden met deze status tonen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="112"/>
        <source>&amp;Send returns and receipts…</source>
        <translation>Retouren en ontvangstbewijzen &amp;versturen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="114"/>
        <source>Write a return file with decisions and receipts for each device</source>
        <translation>Per apparaat een retourbestand met besluiten en ontvangstbewijzen schrijven</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="117"/>
        <source>Search by name, form, sender or status</source>
        <translation>Zoeken op naam, formulier, afzender of status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="124"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="135"/>
        <source>All forms</source>
        <translation>Alle formulieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="149"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="150"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="152"/>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="153"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="154"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="156"/>
        <source>Nothing to review with these filters.</source>
        <translation>Niets te controleren met deze filters.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="185"/>
        <source>Select a response to read it.</source>
        <translation>Kies een antwoord om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="192"/>
        <source>%1, revision %2: %3</source>
        <translation>%1, revisie %2: %3</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="221"/>
        <source>Decision saved. Send the returns when you have reviewed the batch.</source>
        <translation>Besluit bewaard. Verstuur de retouren wanneer u de reeks hebt gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="239"/>
        <source>Folder for the return files</source>
        <translation>Map voor de retourbestanden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="250"/>
        <source>return files</source>
        <translation>retourbestanden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="260"/>
        <source>Writing the return files…</source>
        <translation>Retourbestanden schrijven…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="265"/>
        <source>%1 return file(s) written: %2</source>
        <translation>%1 retourbestand(en) geschreven: %2</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="45"/>
        <source>Back to the questions</source>
        <translation>Terug naar de vragen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="47"/>
        <source>Finalize…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="70"/>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/review_panel.py" line="74"/>
        <source>%n answer(s) need attention before this response can be finalized.</source>
        <translation>
            <numerusform>%n antwoord vraagt aandacht voordat dit antwoord kan worden afgerond.</numerusform>
            <numerusform>%n antwoorden vragen aandacht voordat dit antwoord kan worden afgerond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="80"/>
        <source>Every required question is answered and valid.</source>
        <translation>Elke verplichte vraag is geldig beantwoord.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="113"/>
        <source>Finalize this response?</source>
        <translation>Dit antwoord afronden?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="115"/>
        <source>A finalized response is ready to send and can no longer be edited unless it is reopened. Finalize it now?</source>
        <translation>Een afgerond antwoord is klaar om te verzenden en kan niet meer worden gewijzigd, tenzij het wordt heropend. Nu afronden?</translation>
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
        <translation>Paraatheidsscores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="138"/>
        <source>One row per institution with a finished survey (Form A). Validated scores include the corrections agreed at the validation workshop (Form D). Click a column to sort; choose a row to see the answers behind its score.</source>
        <translation>Eén rij per instelling met een afgewerkte enquête (formulier A). Gevalideerde scores bevatten de correcties van de validatieworkshop (formulier D). Klik op een kolom om te sorteren; kies een rij om de antwoorden achter de score te zien.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="146"/>
        <source>Validated (with the workshop&apos;s corrections)</source>
        <translation>Gevalideerd (met de correcties van de workshop)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="147"/>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="171"/>
        <source>Self-reported</source>
        <translation>Zelf gerapporteerd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="150"/>
        <source>&amp;Scores:</source>
        <translation>&amp;Scores:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="151"/>
        <source>Which scores to show</source>
        <translation>Welke scores tonen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="152"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filteren:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="153"/>
        <source>institution, country, target…</source>
        <translation>instelling, land, doel…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="154"/>
        <source>Filter the institutions</source>
        <translation>De instellingen filteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="155"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Herberekenen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="156"/>
        <source>Recompute the scores</source>
        <translation>De scores herberekenen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="157"/>
        <source>Scores per institution</source>
        <translation>Scores per instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="158"/>
        <source>Items behind the chosen institution&apos;s score</source>
        <translation>Items achter de score van de gekozen instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="159"/>
        <source>&amp;Open the survey</source>
        <translation>De enquête &amp;openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="160"/>
        <source>Open the chosen institution&apos;s survey</source>
        <translation>De enquête van de gekozen instelling openen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="165"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="166"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="168"/>
        <source>Levels L/I/A/T</source>
        <translation>Niveaus L/I/A/T</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="169"/>
        <source>Failed gates</source>
        <translation>Niet-gehaalde drempelitems</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="170"/>
        <source>Target met</source>
        <translation>Gehaald doel</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="192"/>
        <source>Computing the scores…</source>
        <translation>De scores worden berekend…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="220"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="239"/>
        <source>%n institution(s) scored.</source>
        <translation>
            <numerusform>%n instelling gescoord.</numerusform>
            <numerusform>%n instellingen gescoord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="241"/>
        <source>No institution is scored yet: import and approve finished surveys.</source>
        <translation>Nog geen instelling gescoord: importeer en keur afgewerkte enquêtes goed.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="265"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="272"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="266"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="172"/>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="179"/>
        <source>Overall index from the survey&apos;s own answers</source>
        <translation>Totaalindex uit de eigen antwoorden van de enquête</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="180"/>
        <source>Overall index with the workshop&apos;s corrections</source>
        <translation>Totaalindex met de correcties van de workshop</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="267"/>
        <source>Gate</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="268"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="269"/>
        <source>Self-reported score</source>
        <translation>Zelf gerapporteerde score</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="270"/>
        <source>Validated score</source>
        <translation>Gevalideerde score</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="271"/>
        <source>Corrected at the workshop</source>
        <translation>Gecorrigeerd op de workshop</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="294"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="300"/>
        <source>(no answer)</source>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="314"/>
        <source>Items behind the score of %1</source>
        <translation>Items achter de score van %1</translation>
    </message>
</context>
<context>
    <name>SearchableChecklistWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="226"/>
        <source>Type to filter…</source>
        <translation>Typ om te filteren…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="228"/>
        <source>Filter the choices</source>
        <translation>De keuzes filteren</translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="50"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="88"/>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/section_nav.py" line="91"/>
        <source>%n answer(s) need attention</source>
        <translation>
            <numerusform>%n antwoord vraagt aandacht</numerusform>
            <numerusform>%n antwoorden vragen aandacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="158"/>
        <location filename="../../sp_collect/ui/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="162"/>
        <source>&amp;Language of the app</source>
        <translation>&amp;Taal van de app</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="163"/>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="164"/>
        <source>Default &amp;export folder</source>
        <translation>Standaardmap voor &amp;exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="165"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="166"/>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
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
        <translation>Standaardmap voor exporteren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="169"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="170"/>
        <source>Choose the default export folder</source>
        <translation>De standaardmap voor exporteren kiezen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="175"/>
        <source>These choices are kept on this computer for you. Forms can be shown in another language from the form&apos;s own language switch.</source>
        <translation>Deze keuzes worden op deze computer voor u bewaard. Formulieren kunnen in een andere taal worden getoond met de taalkeuze van het formulier zelf.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="171"/>
        <source>Change the &amp;passphrase…</source>
        <translation>De &amp;wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="172"/>
        <source>Change the workspace passphrase</source>
        <translation>De wachtzin van de werkruimte wijzigen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="199"/>
        <source>The passphrase was changed.</source>
        <translation>De wachtzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="112"/>
        <source>Preparing the demo workspaces (only the first time)…</source>
        <translation>De demowerkruimten worden voorbereid (alleen de eerste keer)…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="142"/>
        <source>Unlocked with the recovery code. The new passphrase is set: use it from now on; the recovery code still works.</source>
        <translation>Ontgrendeld met de herstelcode. De nieuwe wachtzin is ingesteld: gebruik die voortaan; de herstelcode blijft geldig.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="167"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
</context>
<context>
    <name>SignatureWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="108"/>
        <source>Clear signature</source>
        <translation>Handtekening wissen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="141"/>
        <source>Signed (%s)</source>
        <translation>Ondertekend (%s)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="126"/>
        <source>Unlock the workspace</source>
        <translation>De werkruimte ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="127"/>
        <source>I forgot the passphrase: use the recovery code</source>
        <translation>Ik ben de wachtzin vergeten: de herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="128"/>
        <source>Demo passphrase: %1</source>
        <translation>Wachtzin van de demo: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="129"/>
        <source>Workspace to open</source>
        <translation>Te openen werkruimte</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="136"/>
        <source>Demo workspace of the coordinator</source>
        <translation>Demowerkruimte van de coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="137"/>
        <source>Demo workspace of a field officer</source>
        <translation>Demowerkruimte van een veldmedewerker</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="158"/>
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>Nieuwe wachtzin (minstens %n teken)</numerusform>
            <numerusform>Nieuwe wachtzin (minstens %n tekens)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="160"/>
        <source>The new passphrase again</source>
        <translation>De nieuwe wachtzin nog eens</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Nieuwe wachtzin instellen en ontgrendelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="179"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>De nieuwe wachtzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De nieuwe wachtzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="181"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation>De twee nieuwe wachtzinnen verschillen; typ ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="190"/>
        <source>Type the recovery code first.</source>
        <translation>Typ eerst de herstelcode.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="192"/>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtzin.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="92"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="87"/>
        <source>The passphrase was changed.</source>
        <translation>De wachtzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>_AboutYouPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="255"/>
        <location filename="../../sp_collect/ui/unlock.py" line="273"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="256"/>
        <source>Who uses this workspace?</source>
        <translation>Wie gebruikt deze werkruimte?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="259"/>
        <source>A field workspace fills in forms and sends bundles; a coordinator workspace receives, reviews and reports.</source>
        <translation>Een veldwerkruimte vult formulieren in en verstuurt bundels; een coördinatiewerkruimte ontvangt, controleert en rapporteert.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="263"/>
        <source>Field officer or interviewer</source>
        <translation>Veldmedewerker of interviewer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="264"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="270"/>
        <location filename="../../sp_collect/ui/unlock.py" line="276"/>
        <source>Name of the person or team</source>
        <translation>Naam van de persoon of het team</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="274"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="286"/>
        <source>Choose a passphrase</source>
        <translation>Een wachtzin kiezen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="289"/>
        <source>Everything in the workspace is encrypted with it. Use a few words only you know, at least %1 characters.</source>
        <translation>Alles in de werkruimte wordt ermee versleuteld. Gebruik een paar woorden die alleen u kent, minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="296"/>
        <location filename="../../sp_collect/ui/unlock.py" line="306"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="297"/>
        <location filename="../../sp_collect/ui/unlock.py" line="307"/>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="319"/>
        <source>The passphrase is too short.</source>
        <translation>De wachtzin is te kort.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="321"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="332"/>
        <source>Write down the recovery code</source>
        <translation>Schrijf de herstelcode op</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="335"/>
        <source>It opens the workspace if the passphrase is forgotten. It is shown only this once: write it on paper and keep it away from this laptop.</source>
        <translation>Hiermee opent u de werkruimte als de wachtzin vergeten is. Hij wordt maar één keer getoond: schrijf hem op papier en bewaar hem niet bij deze laptop.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="348"/>
        <source>I have written the recovery code down</source>
        <translation>Ik heb de herstelcode opgeschreven</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="358"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="360"/>
        <source>Your fingerprint (others check it before trusting you): %1</source>
        <translation>Uw vingerafdruk (anderen controleren die voordat ze u vertrouwen): %1</translation>
    </message>
</context>
<context>
    <name>_TemporalWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="49"/>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="55"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="56"/>
        <source>Clear the answer</source>
        <translation>Het antwoord wissen</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="57"/>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="98"/>
        <source>(no answer)</source>
        <translation>(geen antwoord)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="20"/>
        <source>The passphrase does not open this workspace. Check it and try again.</source>
        <translation>Deze wachtzin opent deze werkruimte niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="24"/>
        <source>This recovery code does not open this workspace. Check it and try again.</source>
        <translation>Deze herstelcode opent deze werkruimte niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="28"/>
        <source>The workspace is open in another window or program; close it there first.</source>
        <translation>De werkruimte is open in een ander venster of programma; sluit hem daar eerst.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="32"/>
        <source>The disk is full; free some space and try again (nothing was changed).</source>
        <translation>De schijf is vol; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="36"/>
        <source>The passphrase cannot be empty.</source>
        <translation>De wachtzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="46"/>
        <source>Something unexpected went wrong. Your saved answers are safe. The details were written to the log file for a bug report.</source>
        <translation>Er ging iets onverwachts mis. Uw bewaarde antwoorden zijn veilig. De details staan in het logbestand voor een foutmelding.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="59"/>
        <source>Could not finish</source>
        <translation>Kon niet worden voltooid</translation>
    </message>
</context>
<context>
    <name>responses</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="81"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="82"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="84"/>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="85"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="37"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="38"/>
        <source>Finalized, not sent</source>
        <translation>Afgerond, niet verzonden</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="39"/>
        <source>Sent, not confirmed yet</source>
        <translation>Verzonden, nog niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="40"/>
        <source>Confirmed by the coordinator</source>
        <translation>Bevestigd door de coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="41"/>
        <source>Approved by the coordinator</source>
        <translation>Goedgekeurd door de coördinator</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="42"/>
        <source>Returned for correction</source>
        <translation>Teruggestuurd ter verbetering</translation>
    </message>
</context>
</TS>
