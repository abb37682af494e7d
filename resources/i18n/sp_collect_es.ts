<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttachmentWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="38"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="40"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="62"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="75"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
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
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="145"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="153"/>
        <source>Recording failed: %s</source>
        <translation>La grabación falló: %s</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="70"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="73"/>
        <source>Type the current passphrase, then the new one twice (at least %1 characters). The old passphrase stops working at once; the recovery code stays the same.</source>
        <translation>Escriba la frase de contraseña actual y luego la nueva dos veces (al menos %1 caracteres). La antigua deja de funcionar de inmediato; el código de recuperación no cambia.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="78"/>
        <source>You opened the workspace with the recovery code. Choose a new passphrase now (at least %1 characters): the forgotten one stops working.</source>
        <translation>Abrió el espacio de trabajo con el código de recuperación. Elija ahora una nueva frase de contraseña (al menos %1 caracteres): la olvidada deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="82"/>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="83"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="84"/>
        <source>New passphrase &amp;again</source>
        <translation>Nueva frase de contraseña, &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="85"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="86"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="87"/>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="92"/>
        <source>The new passphrase is too short.</source>
        <translation>La nueva frase de contraseña es demasiado corta.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="94"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings_passphrase.py" line="96"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="74"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="80"/>
        <source>Two copies of the same revision arrived with different answers. The questions that differ are highlighted: choose which answer to keep for each, then save. The result becomes the next revision, waiting for review.</source>
        <translation>Llegaron dos copias de la misma revisión con respuestas distintas. Las preguntas que difieren están resaltadas: elija qué respuesta conservar en cada una y guarde. El resultado pasa a ser la revisión siguiente, pendiente de revisión.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="85"/>
        <source>Conflicts to resolve</source>
        <translation>Conflictos que resolver</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="86"/>
        <source>Both copies side by side</source>
        <translation>Las dos copias lado a lado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="87"/>
        <source>Show &amp;only the questions that differ</source>
        <translation>Mostrar &amp;solo las preguntas que difieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="88"/>
        <source>&amp;Save the resolution</source>
        <translation>&amp;Guardar la resolución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="99"/>
        <source>%1, revision %2, from %3: %4 answer(s) differ</source>
        <translation>%1, revisión %2, de %3: %4 respuesta(s) difieren</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="110"/>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="176"/>
        <source>Ours</source>
        <translation>La nuestra</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="177"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="121"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="178"/>
        <source>Answer to keep for %1</source>
        <translation>Respuesta que conservar para %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/conflicts_page.py" line="205"/>
        <source>Conflict resolved; the response waits for review again.</source>
        <translation>Conflicto resuelto; la respuesta vuelve a esperar revisión.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="69"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="75"/>
        <source>Every response in this workspace, counted. The heat-map shows readiness indices (0–100, workshop corrections applied) per institution.</source>
        <translation>Todas las respuestas de este espacio, contadas. El mapa de calor muestra los índices de preparación (0–100, con las correcciones del taller) por institución.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="80"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="81"/>
        <source>By form</source>
        <translation>Por formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="82"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="83"/>
        <source>By institution</source>
        <translation>Por institución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="88"/>
        <source>Responses %1</source>
        <translation>Respuestas %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="89"/>
        <source>Readiness by institution and sub-dimension</source>
        <translation>Preparación por institución y subdimensión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="90"/>
        <source>Readiness heat-map</source>
        <translation>Mapa de calor de la preparación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="119"/>
        <source>No responses yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="123"/>
        <source>No response names a country yet.</source>
        <translation>Ninguna respuesta nombra aún un país.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="125"/>
        <source>No response names an institution yet.</source>
        <translation>Ninguna respuesta nombra aún una institución.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="131"/>
        <source>The institutions could not be scored: %1</source>
        <translation>No se pudo puntuar a las instituciones: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="134"/>
        <source>No institution has been scored yet.</source>
        <translation>Aún no se ha puntuado ninguna institución.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/dashboard_page.py" line="138"/>
        <source>Red below 25, orange below 50, yellow below 75, green from 75; a dash: not scored.</source>
        <translation>Rojo por debajo de 25, naranja por debajo de 50, amarillo por debajo de 75, verde desde 75; un guion: sin puntuar.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="266"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="270"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="272"/>
        <source>Responses being filled in. Every answer is saved as soon as it is given.</source>
        <translation>Respuestas en curso. Cada respuesta se guarda en cuanto se da.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="283"/>
        <source>No drafts. Start a new response from Home (Ctrl+N).</source>
        <translation>No hay borradores. Empiece una respuesta nueva desde Inicio (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="116"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="119"/>
        <source>Data export</source>
        <translation>Exportación de datos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="122"/>
        <source>Every response of every form, one table per form and per repeat with a codebook, for analysis in a spreadsheet or a statistics program. The exported files are not encrypted: keep them on an encrypted disk.</source>
        <translation>Todas las respuestas de todos los formularios, una tabla por formulario y por repetición con un libro de códigos, para analizarlas en una hoja de cálculo o un programa estadístico. Los archivos exportados no están cifrados: guárdelos en un disco cifrado.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>F&amp;older</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="128"/>
        <source>&amp;Language of labels</source>
        <translation>&amp;Idioma de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="132"/>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="133"/>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="167"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="134"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="135"/>
        <source>Choose the export folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="136"/>
        <source>Language of labels</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="137"/>
        <source>Write choice &amp;labels instead of codes</source>
        <translation>Escribir las &amp;etiquetas de las opciones en lugar de los códigos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="138"/>
        <source>Write choice labels instead of codes</source>
        <translation>Escribir las etiquetas de las opciones en lugar de los códigos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="139"/>
        <source>Include &amp;sensitive fields (personal data)</source>
        <translation>Incluir los campos &amp;sensibles (datos personales)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="140"/>
        <source>Include sensitive fields</source>
        <translation>Incluir los campos sensibles</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="141"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="142"/>
        <source>Export the responses</source>
        <translation>Exportar las respuestas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="143"/>
        <source>Open the &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="144"/>
        <source>Open the export folder</source>
        <translation>Abrir la carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="153"/>
        <source>Warning: the export will contain names, contact details and other personal data of respondents, unencrypted. Only do this if the study&apos;s data protection rules allow it, and delete the files when the analysis is done.</source>
        <translation>Atención: la exportación contendrá, sin cifrar, nombres, datos de contacto y otros datos personales de los encuestados. Hágalo solo si las normas de protección de datos del estudio lo permiten, y borre los archivos al terminar el análisis.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="163"/>
        <source>Will write: %1</source>
        <translation>Se escribirá: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="194"/>
        <source>Exporting the responses…</source>
        <translation>Exportando las respuestas…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="209"/>
        <source>Exported %1 response(s) to %2.</source>
        <translation>%1 respuesta(s) exportada(s) a %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="213"/>
        <source>%1: %2 row(s)</source>
        <translation>%1: %2 fila(s)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/export_page.py" line="219"/>
        <source>Sensitive fields left out: %1</source>
        <translation>Campos sensibles omitidos: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="378"/>
        <source>Create a workspace</source>
        <translation>Crear un espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="55"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="59"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="60"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="67"/>
        <source>%n more draft(s) on the Drafts page</source>
        <translation>
            <numerusform>%n borrador más en la página Borradores</numerusform>
            <numerusform>%n borradores más en la página Borradores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="74"/>
        <source>Draft “%1”: %2 of %3 questions answered (%4%), edited %5</source>
        <translation>Borrador «%1»: %2 de %3 preguntas respondidas (%4 %), editado el %5</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="75"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="68"/>
        <source>No draft</source>
        <translation>Ningún borrador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="69"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_card.py" line="70"/>
        <source>Start: %1</source>
        <translation>Empezar: %1</translation>
    </message>
</context>
<context>
    <name>FormHost</name>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="156"/>
        <location filename="../../sp_collect/ui/form_host.py" line="157"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="158"/>
        <source>Reopen to correct…</source>
        <translation>Reabrir para corregir…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="166"/>
        <source>%1 — read-only. Reopen it to correct an answer; the reason is kept.</source>
        <translation>%1 — solo lectura. Reábrala para corregir una respuesta; el motivo se conserva.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="171"/>
        <source>Returned by the coordinator: their comments are shown on the questions. Correct the answers, then finalize again.</source>
        <translation>Devuelta por el coordinador: sus comentarios aparecen en las preguntas. Corrija las respuestas y vuelva a finalizar.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="176"/>
        <source>Answers are saved as you go.</source>
        <translation>Las respuestas se guardan sobre la marcha.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="201"/>
        <source>Response finalized.</source>
        <translation>Respuesta finalizada.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="203"/>
        <source>Response finalized: it is in the Outbox, ready to send.</source>
        <translation>Respuesta finalizada: está en la Bandeja de salida, lista para enviar.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="209"/>
        <source>Reopen to correct</source>
        <translation>Reabrir para corregir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="210"/>
        <source>Why does this response need to change? (kept in the audit trail)</source>
        <translation>¿Por qué debe cambiar esta respuesta? (se guarda en el historial)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_host.py" line="231"/>
        <source>The file %1 could not be read; choose another one.</source>
        <translation>No se pudo leer el archivo %1; elija otro.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="140"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>FormToolbar</name>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="39"/>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="42"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_toolbar.py" line="45"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="133"/>
        <source>This response was returned for correction. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Esta respuesta fue devuelta para corrección. El primer cambio pide un motivo, que se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="138"/>
        <source>This response is finalized. The first change asks for a reason, which is kept in the audit trail.</source>
        <translation>Esta respuesta está finalizada. El primer cambio pide un motivo, que se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="151"/>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="152"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="166"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="306"/>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="518"/>
        <source>Add another entry?</source>
        <translation>¿Añadir otra entrada?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="519"/>
        <source>Add another “%1”?</source>
        <translation>¿Añadir otro «%1»?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="307"/>
        <source>This response is finalized. Why does it need to change?</source>
        <translation>Esta respuesta está finalizada. ¿Por qué debe cambiar?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="319"/>
        <source>Not changed: %1 put back, because a finalized response changes only with a reason.</source>
        <translation>Sin cambios: %1 restablecido, porque una respuesta finalizada solo cambia con un motivo.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_view.py" line="328"/>
        <source>Attachments cannot be saved here; open the response from a workspace.</source>
        <translation>Aquí no se pueden guardar adjuntos; abra la respuesta desde un espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="26"/>
        <source>Latitude (−90 to 90)</source>
        <translation>Latitud (−90 a 90)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="27"/>
        <source>Longitude (−180 to 180)</source>
        <translation>Longitud (−180 a 180)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="28"/>
        <source>Altitude in metres (optional)</source>
        <translation>Altitud en metros (opcional)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="29"/>
        <source>Accuracy in metres (optional)</source>
        <translation>Precisión en metros (opcional)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/geopoint.py" line="71"/>
        <source>Out of range: %s</source>
        <translation>Fuera de rango: %s</translation>
    </message>
</context>
<context>
    <name>HeaderRow</name>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="60"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="65"/>
        <source>Move this entry up</source>
        <translation>Subir esta entrada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="66"/>
        <source>Move this entry down</source>
        <translation>Bajar esta entrada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="74"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="115"/>
        <source>Remove this entry?</source>
        <translation>¿Quitar esta entrada?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_page.py" line="116"/>
        <source>Remove “%s” and every answer in it?</source>
        <translation>¿Quitar «%s» y todas sus respuestas?</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="98"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="101"/>
        <source>Welcome, %1</source>
        <translation>Bienvenido/a, %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="102"/>
        <source>&amp;Forms you can fill in</source>
        <translation>&amp;Formularios que puede rellenar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="103"/>
        <source>Forms you can fill in</source>
        <translation>Formularios que puede rellenar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="104"/>
        <source>Start a &amp;new response</source>
        <translation>Empezar una respuesta &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="105"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="106"/>
        <source>Install a form &amp;package…</source>
        <translation>Instalar un &amp;paquete de formularios…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="108"/>
        <source>Install the forms your coordinator sent, after checking who signed them</source>
        <translation>Instalar los formularios que envió su coordinador, tras comprobar quién los firmó</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="110"/>
        <source>&amp;Add a form file…</source>
        <translation>&amp;Añadir un archivo de formulario…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="111"/>
        <source>Install a form written as JSON (sp_collect&apos;s format)</source>
        <translation>Instalar un formulario escrito en JSON (formato de sp_collect)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="112"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>&amp;Importar un XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="114"/>
        <source>Convert and install a form written for ODK, KoboToolbox or SurveyCTO</source>
        <translation>Convertir e instalar un formulario escrito para ODK, KoboToolbox o SurveyCTO</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="122"/>
        <source>Forms from %1&apos;s package, version %2.</source>
        <translation>Formularios del paquete de %1, versión %2.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="128"/>
        <source>No form package installed yet: ask your coordinator for one.</source>
        <translation>Aún no hay ningún paquete de formularios instalado: pídale uno a su coordinador.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="134"/>
        <source>Forms installed in this coordinator workspace. Waiting for review: %1.</source>
        <translation>Formularios instalados en este espacio de coordinación. Pendientes de revisión: %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="141"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="143"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="146"/>
        <source>Inbox (returned)</source>
        <translation>Bandeja de entrada (devueltas)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="210"/>
        <source>Install a form package</source>
        <translation>Instalar un paquete de formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="212"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Paquetes de formularios (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="226"/>
        <source>This package was signed by %1.

Fingerprint: %2

Compare it with the fingerprint your coordinator gave you (by phone or in person). Does it match exactly?</source>
        <translation>Este paquete fue firmado por %1.

Huella: %2

Compárela con la huella que le dio su coordinador (por teléfono o en persona). ¿Coincide exactamente?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="231"/>
        <source>Check who signed the forms</source>
        <translation>Compruebe quién firmó los formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="233"/>
        <source>Nothing was installed.</source>
        <translation>No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="244"/>
        <source>Add a form file</source>
        <translation>Añadir un archivo de formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="246"/>
        <source>Forms (*.json)</source>
        <translation>Formularios (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="259"/>
        <source>Import an XLSForm</source>
        <translation>Importar un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="261"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="269"/>
        <source>Converting the XLSForm…</source>
        <translation>Convirtiendo el XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="279"/>
        <source>Installed: %1.</source>
        <translation>Instalado: %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="286"/>
        <source>XLSForm imported</source>
        <translation>XLSForm importado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/home.py" line="291"/>
        <source>The form was installed. %n feature(s) of the XLSForm had no exact equivalent and were changed or left out: see the details.</source>
        <translation>
            <numerusform>El formulario se instaló. %n función del XLSForm no tenía un equivalente exacto y se cambió u omitió: vea los detalles.</numerusform>
            <numerusform>El formulario se instaló. %n funciones del XLSForm no tenían un equivalente exacto y se cambiaron u omitieron: vea los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/home.py" line="301"/>
        <source>The form was installed; every feature of the XLSForm was kept.</source>
        <translation>El formulario se instaló; se conservaron todas las funciones del XLSForm.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="100"/>
        <source>Identity &amp; contacts</source>
        <translation>Identidad y contactos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="106"/>
        <source>Others check this fingerprint before they trust you: read it to them over the phone, let them scan the QR code, or send them your contact card file.</source>
        <translation>Los demás comprueban esta huella antes de confiar en usted: léasela por teléfono, deje que escaneen el código QR, o envíeles su archivo de tarjeta de contacto.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="110"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="111"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="112"/>
        <source>Your fingerprint:</source>
        <translation>Su huella:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="113"/>
        <source>Your fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="114"/>
        <source>QR code of your contact card</source>
        <translation>Código QR de su tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="115"/>
        <source>&amp;Export contact card…</source>
        <translation>&amp;Exportar la tarjeta de contacto…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="116"/>
        <source>Export your contact card to a file</source>
        <translation>Exportar su tarjeta de contacto a un archivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="117"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="118"/>
        <source>Contacts and their fingerprints</source>
        <translation>Contactos y sus huellas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="130"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="138"/>
        <source>Export contact card</source>
        <translation>Exportar la tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="140"/>
        <source>Contact cards (*.json)</source>
        <translation>Tarjetas de contacto (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="148"/>
        <source>%1 could not be written; choose another folder.</source>
        <translation>No se pudo escribir %1; elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="153"/>
        <source>Contact card written to %1.</source>
        <translation>Tarjeta de contacto escrita en %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="160"/>
        <source>Field device</source>
        <translation>Dispositivo de campo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="161"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="167"/>
        <source>Not trusted yet</source>
        <translation>Aún sin confianza</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="168"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/identity_page.py" line="169"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="99"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/attachment.py" line="117"/>
        <source>Preview of %s</source>
        <translation>Vista previa de %s</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="22"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="23"/>
        <source>Merged; some responses held</source>
        <translation>Fusionado; algunas respuestas retenidas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="24"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="25"/>
        <source>Held: unknown sender</source>
        <translation>Retenido: remitente desconocido</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="26"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="41"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="33"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="34"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="35"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="36"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="37"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="38"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="39"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="40"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="42"/>
        <source>Missing bundles</source>
        <translation>Lotes que faltan</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="43"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="52"/>
        <source>%1 (%2) is not a trusted contact yet: the bundle waits until you check this fingerprint with them and trust them.</source>
        <translation>%1 (%2) aún no es un contacto de confianza: el paquete espera a que verifique esta huella con esa persona y confíe en ella.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="62"/>
        <source>Responses waiting for a form version this workspace lacks: %1. Install it, then import this bundle again.</source>
        <translation>Respuestas a la espera de una versión del formulario que falta en este espacio de trabajo: %1. Instálela y vuelva a importar este paquete.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="68"/>
        <source>Already imported; nothing changed.</source>
        <translation>Ya importado; no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="70"/>
        <source>The sender was revoked: their bundles are refused.</source>
        <translation>El remitente fue revocado: sus paquetes se rechazan.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="78"/>
        <source>held since %1</source>
        <translation>retenido desde el %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="84"/>
        <source>%1 failed constraint(s) in the responses merged: Review lists them</source>
        <translation>%1 restricción(es) no cumplida(s) en las respuestas fusionadas: Revisión las muestra</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="93"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="99"/>
        <source>older than a bundle already received from this sender</source>
        <translation>anterior a un lote ya recibido de este remitente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="107"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="109"/>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="126"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/import_results.py" line="127"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="154"/>
        <source>%n response(s) refused: see the file&apos;s notes.</source>
        <translation>
            <numerusform>%n respuesta rechazada: vea las notas del archivo.</numerusform>
            <numerusform>%n respuestas rechazadas: vea las notas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="73"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="78"/>
        <source>Drop .spbundle files here, or choose them. You can keep working meanwhile.</source>
        <translation>Suelte aquí archivos .spbundle, o elíjalos. Puede seguir trabajando mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="80"/>
        <source>&amp;Choose bundles…</source>
        <translation>&amp;Elegir lotes…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="81"/>
        <source>Choose bundle files to import</source>
        <translation>Elegir los archivos de lotes que importar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="82"/>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="104"/>
        <source>Choose bundles to import</source>
        <translation>Elegir los lotes que importar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="106"/>
        <source>Bundles (*.spbundle);;All files (*)</source>
        <translation>Lotes (*.spbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="122"/>
        <source>Importing %1 bundle(s)…</source>
        <translation>Importando %1 lote(s)…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="142"/>
        <source>%1 file(s): %2 response(s) new or updated, %3 conflict(s), %4 held, %5 refused.</source>
        <translation>%1 archivo(s): %2 respuesta(s) nuevas o actualizadas, %3 conflicto(s), %4 retenidas, %5 rechazadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="159"/>
        <source>%n failed constraint(s) in the responses merged: Review lists them.</source>
        <translation>
            <numerusform>%n restricción no cumplida en las respuestas fusionadas: Revisión la muestra.</numerusform>
            <numerusform>%n restricciones no cumplidas en las respuestas fusionadas: Revisión las muestra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="136"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="140"/>
        <source>&amp;Correct</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="141"/>
        <source>&amp;Import a return file…</source>
        <translation>&amp;Importar un archivo de devolución…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="142"/>
        <source>Import a return file from the coordinator</source>
        <translation>Importar un archivo de devolución del coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="145"/>
        <source>Responses the coordinator sent back. Open one to see the comments on its questions, correct it and finalize it again.</source>
        <translation>Respuestas que el coordinador devolvió. Abra una para ver los comentarios en sus preguntas, corríjala y vuelva a finalizarla.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="163"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="165"/>
        <source>Nothing returned. Import a return file when the coordinator sends one.</source>
        <translation>Nada devuelto. Importe un archivo de devolución cuando el coordinador envíe uno.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="172"/>
        <source>Import a return file</source>
        <translation>Importar un archivo de devolución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="174"/>
        <source>Return files (*.spreturn);;All files (*)</source>
        <translation>Archivos de devolución (*.spreturn);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="184"/>
        <source>Importing the return…</source>
        <translation>Importando la devolución…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="189"/>
        <source>This return was already imported; nothing changed.</source>
        <translation>Esta devolución ya se había importado; nada cambió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="193"/>
        <source>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comment(s).</source>
        <translation>
            <numerusform>De %1: %2 confirmadas, %3 aprobadas, %4 devueltas para corrección con %n comentario.</numerusform>
            <numerusform>De %1: %2 confirmadas, %3 aprobadas, %4 devueltas para corrección con %n comentarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewClock</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="25"/>
        <source>Interview time</source>
        <translation>Duración de la entrevista</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="32"/>
        <source>Interview time: %s</source>
        <translation>Duración de la entrevista: %s</translation>
    </message>
</context>
<context>
    <name>InterviewNotes</name>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="45"/>
        <source>Interview notes</source>
        <translation>Notas de la entrevista</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/form_interview.py" line="50"/>
        <source>Anything worth remembering about this interview</source>
        <translation>Todo lo que valga la pena recordar de esta entrevista</translation>
    </message>
</context>
<context>
    <name>IssueLink</name>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="45"/>
        <source>Press Enter to go to this question</source>
        <translation>Pulse Intro para ir a esta pregunta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_links.py" line="46"/>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="259"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="270"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="272"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="276"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="287"/>
        <source>Social-security study</source>
        <translation>Estudio sobre la seguridad social</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="288"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="289"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="291"/>
        <source>Close the workspace now; the passphrase opens it again</source>
        <translation>Cerrar el espacio de trabajo ahora; la frase de contraseña lo vuelve a abrir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="293"/>
        <source>Lock the workspace</source>
        <translation>Bloquear el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="294"/>
        <source>New response</source>
        <translation>Respuesta nueva</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="295"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="52"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="56"/>
        <source>&amp;Open (read-only)</source>
        <translation>&amp;Abrir (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="57"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exportar un lote…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="58"/>
        <source>Export a bundle for the coordinator</source>
        <translation>Exportar un lote para el coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="66"/>
        <source>Finalized responses. Export a bundle to send the ones not yet confirmed (waiting: %1, confirmed by the coordinator: %2).</source>
        <translation>Respuestas finalizadas. Exporte un lote para enviar las que aún no están confirmadas (en espera: %1, confirmadas por el coordinador: %2).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="76"/>
        <source>Nothing finalized yet. Finish a draft and finalize it on its review screen.</source>
        <translation>Aún no hay nada finalizado. Termine un borrador y finalícelo en su pantalla de revisión.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="86"/>
        <source>Export a bundle</source>
        <translation>Exportar un lote</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="88"/>
        <source>Bundles (*.spbundle)</source>
        <translation>Lotes (*.spbundle)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/outbox.py" line="103"/>
        <source>Exporting the bundle…</source>
        <translation>Exportando el lote…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="114"/>
        <source>Last bundle: %n response(s) for %1, written to %2.</source>
        <translation>
            <numerusform>Último paquete: %n respuesta para %1, escrito en %2.</numerusform>
            <numerusform>Último paquete: %n respuestas para %1, escrito en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="120"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="123"/>
        <source>Forms and packages</source>
        <translation>Formularios y paquetes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="126"/>
        <source>Tick the forms the field teams need, then build the package and send it to them. Each build gets the next version number; devices only accept a newer package signed by you.</source>
        <translation>Marque los formularios que necesitan los equipos de campo, luego genere el paquete y envíeselo. Cada generación recibe el siguiente número de versión; los dispositivos solo aceptan un paquete más reciente firmado por usted.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="131"/>
        <source>Installed forms; tick those to put in the package</source>
        <translation>Formularios instalados; marque los que van en el paquete</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="132"/>
        <source>&amp;Add a form file…</source>
        <translation>&amp;Añadir un archivo de formulario…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="133"/>
        <source>Install a form written as JSON</source>
        <translation>Instalar un formulario escrito en JSON</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="134"/>
        <source>&amp;Import an XLSForm…</source>
        <translation>&amp;Importar un XLSForm…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="135"/>
        <source>Convert and install an XLSForm</source>
        <translation>Convertir e instalar un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="136"/>
        <source>Include the readiness &amp;scoring configuration</source>
        <translation>Incluir la configuración de &amp;puntuación de la preparación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="139"/>
        <source>&amp;Assignments (optional): a device, named by the fingerprint on its Identity page, then the form ids it collects (empty: all), an institution and a country code its new responses start with.</source>
        <translation>&amp;Asignaciones (opcional): un dispositivo, indicado por la huella de su página Identidad, luego los identificadores de los formularios que recoge (vacío: todos), y un código de institución y de país con los que empiezan sus nuevas respuestas.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="147"/>
        <source>Device fingerprint</source>
        <translation>Huella del dispositivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="148"/>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="149"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="213"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="150"/>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="214"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="153"/>
        <source>Assignments per device</source>
        <translation>Asignaciones por dispositivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="154"/>
        <source>Add a de&amp;vice</source>
        <translation>Añadir un &amp;dispositivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="155"/>
        <source>Add a device assignment</source>
        <translation>Añadir una asignación de dispositivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="156"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="157"/>
        <source>Remove the chosen assignment</source>
        <translation>Quitar la asignación elegida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="158"/>
        <source>Add a &amp;backup recipient…</source>
        <translation>Añadir un destinatario de &amp;respaldo…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="160"/>
        <source>Add the contact card of a backup coordinator workspace</source>
        <translation>Añadir la tarjeta de contacto de un espacio de coordinación de respaldo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="162"/>
        <source>B&amp;uild and save the package…</source>
        <translation>&amp;Generar y guardar el paquete…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="163"/>
        <source>Build, sign and save the form package</source>
        <translation>Generar, firmar y guardar el paquete de formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="164"/>
        <source>Your fingerprint, to read out to field teams</source>
        <translation>Su huella, para leerla a los equipos de campo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="165"/>
        <source>Devices in the last package</source>
        <translation>Dispositivos del último paquete</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="166"/>
        <source>What each device was assigned and sent back</source>
        <translation>Lo que se asignó a cada dispositivo y lo que devolvió</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="182"/>
        <source>Versions installed</source>
        <translation>Versiones instaladas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="211"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="212"/>
        <source>Assigned forms</source>
        <translation>Formularios asignados</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="215"/>
        <source>Responses received</source>
        <translation>Respuestas recibidas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="216"/>
        <source>Forms received</source>
        <translation>Formularios recibidos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="218"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>A backup workspace&apos;s contact card</source>
        <translation>La tarjeta de contacto de un espacio de respaldo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="265"/>
        <source>Cards (*.json)</source>
        <translation>Tarjetas (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="281"/>
        <source>Backup recipients: %1</source>
        <translation>Destinatarios de respaldo: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Add a form file</source>
        <translation>Añadir un archivo de formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="287"/>
        <source>Forms (*.json)</source>
        <translation>Formularios (*.json)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>Import an XLSForm</source>
        <translation>Importar un XLSForm</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="294"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForms (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="310"/>
        <source>Installing the form…</source>
        <translation>Instalando el formulario…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="321"/>
        <source>Installed: %1.</source>
        <translation>Instalado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="324"/>
        <source>%n feature(s) of the XLSForm had no exact equivalent:</source>
        <translation>
            <numerusform>%n elemento del XLSForm no tenía equivalente exacto:</numerusform>
            <numerusform>%n elementos del XLSForm no tenían equivalente exacto:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="336"/>
        <source>Save the form package</source>
        <translation>Guardar el paquete de formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="337"/>
        <source>Form packages (*.sppackage)</source>
        <translation>Paquetes de formularios (*.sppackage)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="362"/>
        <source>Signing the package…</source>
        <translation>Firmando el paquete…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="370"/>
        <source>Saved package version %1 to %2. Send it to the field teams, and read them your fingerprint separately (by phone or in person):</source>
        <translation>Paquete versión %1 guardado en %2. Envíelo a los equipos de campo y léales su huella por separado (por teléfono o en persona):</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="378"/>
        <source>Saved package version %1.</source>
        <translation>Paquete versión %1 guardado.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../sp_collect/ui/worker.py" line="124"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="69"/>
        <source>Held bundles (unknown senders)</source>
        <translation>Lotes retenidos (remitentes desconocidos)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="70"/>
        <source>Senders waiting to be trusted</source>
        <translation>Remitentes a la espera de confianza</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="71"/>
        <source>Fingerprint of the selected sender</source>
        <translation>Huella del remitente seleccionado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="72"/>
        <source>&amp;Trust this sender…</source>
        <translation>&amp;Confiar en este remitente…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="73"/>
        <source>Trust the selected sender</source>
        <translation>Confiar en el remitente seleccionado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="74"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="75"/>
        <source>Revoke the selected sender</source>
        <translation>Revocar el remitente seleccionado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="88"/>
        <source>Bundles from these senders wait until you trust them. Call or meet the sender and ask them to read their fingerprint (Identity &amp; contacts in their app); trust them only if every group matches.</source>
        <translation>Los lotes de estos remitentes esperan hasta que confíe en ellos. Llame o reúnase con el remitente y pídale que lea su huella (Identidad y contactos en su aplicación); confíe solo si todos los grupos coinciden.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="117"/>
        <source>Sender: %1, %2</source>
        <translation>Remitente: %1, %2</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="126"/>
        <source>Did %1 read you this fingerprint, and does every group match?

%2

Their held bundles will be imported.</source>
        <translation>¿%1 le leyó esta huella y coinciden todos los grupos?

%2

Sus lotes retenidos se importarán.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="131"/>
        <source>Trust this sender</source>
        <translation>Confiar en este remitente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="144"/>
        <source>Importing the held bundles…</source>
        <translation>Importando los lotes retenidos…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="158"/>
        <source>Revoke this sender</source>
        <translation>Revocar este remitente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="160"/>
        <source>Refuse every bundle from %1, now and later? Their held bundles will be rejected.</source>
        <translation>¿Rechazar todos los lotes de %1, ahora y en adelante? Sus lotes retenidos serán rechazados.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/quarantine.py" line="171"/>
        <source>Sender revoked; their bundles will be rejected.</source>
        <translation>Remitente revocado; sus lotes serán rechazados.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="120"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="122"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/base.py" line="141"/>
        <source>Coordinator:</source>
        <translation>Coordinador:</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="35"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/rank.py" line="36"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="139"/>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="163"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="145"/>
        <source>Readiness of one institution</source>
        <translation>Preparación de una institución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="146"/>
        <source>Indices, levels, failed gates, targets and the gaps to close.</source>
        <translation>Índices, niveles, criterios bloqueantes no cumplidos, metas y brechas por cerrar.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="149"/>
        <source>Regional summary</source>
        <translation>Resumen regional</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="150"/>
        <source>Every scored institution and country, with the regional statistics.</source>
        <translation>Todas las instituciones y países puntuados, con las estadísticas regionales.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="153"/>
        <source>Validation workshop</source>
        <translation>Taller de validación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="154"/>
        <source>What a workshop (Form D) agreed, and the scores it changed.</source>
        <translation>Lo que acordó un taller (formulario D) y las puntuaciones que cambió.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="157"/>
        <source>One response, printed</source>
        <translation>Una respuesta, impresa</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="158"/>
        <source>Every answer of one response, with its review comments.</source>
        <translation>Todas las respuestas de un cuestionario, con sus comentarios de revisión.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="166"/>
        <source>Choose a report and what it is about, then write it where you like. You can keep working while it is written.</source>
        <translation>Elija un informe y su tema, y escríbalo donde quiera. Puede seguir trabajando mientras se escribe.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="179"/>
        <source>&amp;About</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="183"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="184"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="185"/>
        <source>File format of the report</source>
        <translation>Formato de archivo del informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="186"/>
        <source>What the report is about</source>
        <translation>El tema del informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="187"/>
        <source>&amp;Validated scores (with the workshop&apos;s corrections)</source>
        <translation>Puntuaciones &amp;validadas (con las correcciones del taller)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="188"/>
        <source>Use validated scores</source>
        <translation>Usar las puntuaciones validadas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="191"/>
        <source>&amp;Write the report…</source>
        <translation>&amp;Escribir el informe…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="192"/>
        <source>Write the report to a file</source>
        <translation>Escribir el informe en un archivo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="193"/>
        <source>&amp;Open the report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="194"/>
        <source>Open the written report</source>
        <translation>Abrir el informe escrito</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="195"/>
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="196"/>
        <source>Open the folder of the written report</source>
        <translation>Abrir la carpeta del informe escrito</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="236"/>
        <source>The latest workshop</source>
        <translation>El último taller</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="242"/>
        <source>Every scored institution</source>
        <translation>Todas las instituciones puntuadas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="257"/>
        <source>Write the report</source>
        <translation>Escribir el informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="259"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="294"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="306"/>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="189"/>
        <source>&amp;Name the institutions (else: country and a number)</source>
        <translation>&amp;Nombrar las instituciones (si no: país y número)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="190"/>
        <source>Name the institutions in the report</source>
        <translation>Nombrar las instituciones en el informe</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/reports_page.py" line="239"/>
        <source>Institutions in %1</source>
        <translation>Instituciones de %1</translation>
    </message>
</context>
<context>
    <name>ResponseTable</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="154"/>
        <source>Search by name, form or status</source>
        <translation>Buscar por nombre, formulario o estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="155"/>
        <source>Search the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="156"/>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>ResponsesPage</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="239"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="75"/>
        <source>Earlier comments</source>
        <translation>Comentarios anteriores</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="77"/>
        <source>Answers of the selected response</source>
        <translation>Respuestas de la respuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="78"/>
        <source>Question to comment on</source>
        <translation>Pregunta que comentar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="79"/>
        <source>What should be corrected?</source>
        <translation>¿Qué hay que corregir?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="80"/>
        <source>Comment on the chosen question</source>
        <translation>Comentario sobre la pregunta elegida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Añadir comentario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="82"/>
        <source>Comments to send back</source>
        <translation>Comentarios que devolver</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="83"/>
        <source>Remove co&amp;mment</source>
        <translation>Quitar co&amp;mentario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="84"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_detail.py" line="85"/>
        <source>Re&amp;turn with comments</source>
        <translation>Devol&amp;ver con comentarios</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="34"/>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="35"/>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="36"/>
        <source>Returned for correction</source>
        <translation>Devuelta para corregir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="100"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="106"/>
        <source>Responses received from the field. Select one to read it; approve it, or pick questions, write what to correct and return it. Then send the returns.</source>
        <translation>Respuestas recibidas del campo. Elija una para leerla; apruébela, o elija preguntas, escriba qué corregir y devuélvala. Después envíe las devoluciones.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="110"/>
        <source>Show responses of this form</source>
        <translation>Mostrar las respuestas de este formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="111"/>
        <source>Show responses with this status</source>
        <translation>Mostrar las respuestas con este estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="112"/>
        <source>&amp;Send returns and receipts…</source>
        <translation>&amp;Enviar devoluciones y acuses de recibo…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="114"/>
        <source>Write a return file with decisions and receipts for each device</source>
        <translation>Escribir para cada dispositivo un archivo de devolución con las decisiones y los acuses de recibo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="117"/>
        <source>Search by name, form, sender or status</source>
        <translation>Buscar por nombre, formulario, remitente o estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="124"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="135"/>
        <source>All forms</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="149"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="150"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="151"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="152"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="153"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="154"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="156"/>
        <source>Nothing to review with these filters.</source>
        <translation>Nada que revisar con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="185"/>
        <source>Select a response to read it.</source>
        <translation>Elija una respuesta para leerla.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="192"/>
        <source>%1, revision %2: %3</source>
        <translation>%1, revisión %2: %3</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="221"/>
        <source>Decision saved. Send the returns when you have reviewed the batch.</source>
        <translation>Decisión guardada. Envíe las devoluciones cuando haya revisado el lote.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="239"/>
        <source>Folder for the return files</source>
        <translation>Carpeta de los archivos de devolución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="250"/>
        <source>return files</source>
        <translation>archivos de devolución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="260"/>
        <source>Writing the return files…</source>
        <translation>Escribiendo los archivos de devolución…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/review_page.py" line="265"/>
        <source>%1 return file(s) written: %2</source>
        <translation>%1 archivo(s) de devolución escrito(s): %2</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="45"/>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="47"/>
        <source>Finalize…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="70"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/review_panel.py" line="74"/>
        <source>%n answer(s) need attention before this response can be finalized.</source>
        <translation>
            <numerusform>%n respuesta requiere atención antes de poder finalizar.</numerusform>
            <numerusform>%n respuestas requieren atención antes de poder finalizar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="80"/>
        <source>Every required question is answered and valid.</source>
        <translation>Todas las preguntas obligatorias tienen una respuesta válida.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="113"/>
        <source>Finalize this response?</source>
        <translation>¿Finalizar esta respuesta?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/review_panel.py" line="115"/>
        <source>A finalized response is ready to send and can no longer be edited unless it is reopened. Finalize it now?</source>
        <translation>Una respuesta finalizada está lista para enviar y ya no se puede editar salvo que se reabra. ¿Finalizarla ahora?</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="132"/>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="135"/>
        <source>Readiness scores</source>
        <translation>Puntuaciones de preparación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="138"/>
        <source>One row per institution with a finished survey (Form A). Validated scores include the corrections agreed at the validation workshop (Form D). Click a column to sort; choose a row to see the answers behind its score.</source>
        <translation>Una fila por institución con una encuesta terminada (formulario A). Las puntuaciones validadas incluyen las correcciones acordadas en el taller de validación (formulario D). Haga clic en una columna para ordenar; elija una fila para ver las respuestas detrás de su puntuación.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="146"/>
        <source>Validated (with the workshop&apos;s corrections)</source>
        <translation>Validadas (con las correcciones del taller)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="147"/>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="171"/>
        <source>Self-reported</source>
        <translation>Autodeclaradas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="150"/>
        <source>&amp;Scores:</source>
        <translation>&amp;Puntuaciones:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="151"/>
        <source>Which scores to show</source>
        <translation>Qué puntuaciones mostrar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="152"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="153"/>
        <source>institution, country, target…</source>
        <translation>institución, país, meta…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="154"/>
        <source>Filter the institutions</source>
        <translation>Filtrar las instituciones</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="155"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="156"/>
        <source>Recompute the scores</source>
        <translation>Recalcular las puntuaciones</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="157"/>
        <source>Scores per institution</source>
        <translation>Puntuaciones por institución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="158"/>
        <source>Items behind the chosen institution&apos;s score</source>
        <translation>Ítems detrás de la puntuación de la institución elegida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="159"/>
        <source>&amp;Open the survey</source>
        <translation>&amp;Abrir la encuesta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="160"/>
        <source>Open the chosen institution&apos;s survey</source>
        <translation>Abrir la encuesta de la institución elegida</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="165"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="166"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="168"/>
        <source>Levels L/I/A/T</source>
        <translation>Niveles L/I/A/T</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="169"/>
        <source>Failed gates</source>
        <translation>Criterios bloqueantes no cumplidos</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="170"/>
        <source>Target met</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="192"/>
        <source>Computing the scores…</source>
        <translation>Calculando las puntuaciones…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="220"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="239"/>
        <source>%n institution(s) scored.</source>
        <translation>
            <numerusform>%n institución puntuada.</numerusform>
            <numerusform>%n instituciones puntuadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="241"/>
        <source>No institution is scored yet: import and approve finished surveys.</source>
        <translation>Todavía no hay instituciones puntuadas: importe y apruebe encuestas terminadas.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="265"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="272"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="266"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="172"/>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="179"/>
        <source>Overall index from the survey&apos;s own answers</source>
        <translation>Índice global según las propias respuestas de la encuesta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="180"/>
        <source>Overall index with the workshop&apos;s corrections</source>
        <translation>Índice global con las correcciones del taller</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="267"/>
        <source>Gate</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="268"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="269"/>
        <source>Self-reported score</source>
        <translation>Puntuación autodeclarada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="270"/>
        <source>Validated score</source>
        <translation>Puntuación validada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="271"/>
        <source>Corrected at the workshop</source>
        <translation>Corregido en el taller</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="294"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="300"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="314"/>
        <source>Items behind the score of %1</source>
        <translation>Ítems detrás de la puntuación de %1</translation>
    </message>
</context>
<context>
    <name>SearchableChecklistWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="226"/>
        <source>Type to filter…</source>
        <translation>Escriba para filtrar…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/choices.py" line="228"/>
        <source>Filter the choices</source>
        <translation>Filtrar las opciones</translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="50"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/section_nav.py" line="88"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/section_nav.py" line="91"/>
        <source>%n answer(s) need attention</source>
        <translation>
            <numerusform>%n respuesta requiere atención</numerusform>
            <numerusform>%n respuestas requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="158"/>
        <location filename="../../sp_collect/ui/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="162"/>
        <source>&amp;Language of the app</source>
        <translation>&amp;Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="163"/>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="164"/>
        <source>Default &amp;export folder</source>
        <translation>Carpeta de &amp;exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="165"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="166"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
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
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="169"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="170"/>
        <source>Choose the default export folder</source>
        <translation>Elegir la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="175"/>
        <source>These choices are kept on this computer for you. Forms can be shown in another language from the form&apos;s own language switch.</source>
        <translation>Estas opciones se guardan en este ordenador para usted. Los formularios pueden mostrarse en otro idioma con el selector de idioma del propio formulario.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="171"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="172"/>
        <source>Change the workspace passphrase</source>
        <translation>Cambiar la frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/settings.py" line="199"/>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="112"/>
        <source>Preparing the demo workspaces (only the first time)…</source>
        <translation>Preparando los espacios de demostración (solo la primera vez)…</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="142"/>
        <source>Unlocked with the recovery code. The new passphrase is set: use it from now on; the recovery code still works.</source>
        <translation>Desbloqueado con el código de recuperación. La nueva frase de contraseña está establecida: úsela a partir de ahora; el código de recuperación sigue siendo válido.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/app.py" line="167"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>SignatureWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="108"/>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/signature.py" line="141"/>
        <source>Signed (%s)</source>
        <translation>Firmado (%s)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="126"/>
        <source>Unlock the workspace</source>
        <translation>Desbloquear el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="127"/>
        <source>I forgot the passphrase: use the recovery code</source>
        <translation>Olvidé la frase de contraseña: usar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="128"/>
        <source>Demo passphrase: %1</source>
        <translation>Frase de contraseña de la demo: %1</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="129"/>
        <source>Workspace to open</source>
        <translation>Espacio de trabajo que abrir</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="136"/>
        <source>Demo workspace of the coordinator</source>
        <translation>Espacio de demostración del coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="137"/>
        <source>Demo workspace of a field officer</source>
        <translation>Espacio de demostración de un agente de campo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="149"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="158"/>
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>Nueva frase de contraseña (al menos %n carácter)</numerusform>
            <numerusform>Nueva frase de contraseña (al menos %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="160"/>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="171"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Establecer la nueva frase y desbloquear</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="179"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La nueva frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La nueva frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="181"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="190"/>
        <source>Type the recovery code first.</source>
        <translation>Escriba primero el código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="192"/>
        <source>Type the passphrase first.</source>
        <translation>Escriba primero la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="92"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/main_window.py" line="87"/>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>_AboutYouPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="255"/>
        <location filename="../../sp_collect/ui/unlock.py" line="273"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="256"/>
        <source>Who uses this workspace?</source>
        <translation>¿Quién usa este espacio de trabajo?</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="259"/>
        <source>A field workspace fills in forms and sends bundles; a coordinator workspace receives, reviews and reports.</source>
        <translation>Un espacio de campo rellena formularios y envía lotes; un espacio de coordinación recibe, revisa e informa.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="263"/>
        <source>Field officer or interviewer</source>
        <translation>Agente de campo o entrevistador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="264"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="270"/>
        <location filename="../../sp_collect/ui/unlock.py" line="276"/>
        <source>Name of the person or team</source>
        <translation>Nombre de la persona o del equipo</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="274"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="286"/>
        <source>Choose a passphrase</source>
        <translation>Elegir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="289"/>
        <source>Everything in the workspace is encrypted with it. Use a few words only you know, at least %1 characters.</source>
        <translation>Todo el espacio de trabajo se cifra con ella. Use unas palabras que solo usted conozca, al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="296"/>
        <location filename="../../sp_collect/ui/unlock.py" line="306"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="297"/>
        <location filename="../../sp_collect/ui/unlock.py" line="307"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="319"/>
        <source>The passphrase is too short.</source>
        <translation>La frase de contraseña es demasiado corta.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="321"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="332"/>
        <source>Write down the recovery code</source>
        <translation>Anote el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="335"/>
        <source>It opens the workspace if the passphrase is forgotten. It is shown only this once: write it on paper and keep it away from this laptop.</source>
        <translation>Abre el espacio de trabajo si se olvida la frase de contraseña. Solo se muestra esta vez: anótelo en papel y guárdelo lejos de este portátil.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="348"/>
        <source>I have written the recovery code down</source>
        <translation>He anotado el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="358"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/unlock.py" line="360"/>
        <source>Your fingerprint (others check it before trusting you): %1</source>
        <translation>Su huella (los demás la comprueban antes de confiar en usted): %1</translation>
    </message>
</context>
<context>
    <name>_TemporalWidget</name>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="49"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="55"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/widgets/temporal.py" line="56"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="57"/>
        <location filename="../../sp_collect/ui/coordinator/answer_rows.py" line="98"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="20"/>
        <source>The passphrase does not open this workspace. Check it and try again.</source>
        <translation>La frase de contraseña no abre este espacio de trabajo. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="24"/>
        <source>This recovery code does not open this workspace. Check it and try again.</source>
        <translation>Este código de recuperación no abre este espacio de trabajo. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="28"/>
        <source>The workspace is open in another window or program; close it there first.</source>
        <translation>El espacio de trabajo está abierto en otra ventana u otro programa; ciérrelo allí primero.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="32"/>
        <source>The disk is full; free some space and try again (nothing was changed).</source>
        <translation>El disco está lleno; libere espacio e inténtelo de nuevo (no se cambió nada).</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="36"/>
        <source>The passphrase cannot be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="46"/>
        <source>Something unexpected went wrong. Your saved answers are safe. The details were written to the log file for a bug report.</source>
        <translation>Algo inesperado salió mal. Sus respuestas guardadas están a salvo. Los detalles se escribieron en el registro para un informe de error.</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/errors.py" line="59"/>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
</context>
<context>
    <name>responses</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="81"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="82"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="83"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="84"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="85"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="37"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="38"/>
        <source>Finalized, not sent</source>
        <translation>Finalizada, sin enviar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="39"/>
        <source>Sent, not confirmed yet</source>
        <translation>Enviada, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="40"/>
        <source>Confirmed by the coordinator</source>
        <translation>Confirmada por el coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="41"/>
        <source>Approved by the coordinator</source>
        <translation>Aprobada por el coordinador</translation>
    </message>
    <message>
        <location filename="../../sp_collect/ui/responses_page.py" line="42"/>
        <source>Returned for correction</source>
        <translation>Devuelta para corregir</translation>
    </message>
</context>
</TS>
