<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FormCard</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="59"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/form_card.py" line="67"/>
        <source>%n more draft(s) on the Drafts page</source>
        <translation>
            <numerusform>%n more draft on the Drafts page</numerusform>
            <numerusform>%n more drafts on the Drafts page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/home.py" line="291"/>
        <source>The form was installed. %n feature(s) of the XLSForm had no exact equivalent and were changed or left out: see the details.</source>
        <translation>
            <numerusform>The form was installed. %n feature of the XLSForm had no exact equivalent and was changed or left out: see the details.</numerusform>
            <numerusform>The form was installed. %n features of the XLSForm had no exact equivalent and were changed or left out: see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="154"/>
        <source>%n response(s) refused: see the file&apos;s notes.</source>
        <translation>
            <numerusform>%n response refused: see the file&apos;s notes.</numerusform>
            <numerusform>%n responses refused: see the file&apos;s notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/imports_page.py" line="159"/>
        <source>%n failed constraint(s) in the responses merged: Review lists them.</source>
        <translation>
            <numerusform>%n failed constraint in the responses merged: Review lists it.</numerusform>
            <numerusform>%n failed constraints in the responses merged: Review lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="193"/>
        <source>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comment(s).</source>
        <translation>
            <numerusform>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comment.</numerusform>
            <numerusform>From %1: %2 confirmed, %3 approved, %4 returned for correction with %n comments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/outbox.py" line="114"/>
        <source>Last bundle: %n response(s) for %1, written to %2.</source>
        <translation>
            <numerusform>Last bundle: %n response for %1, written to %2.</numerusform>
            <numerusform>Last bundle: %n responses for %1, written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/packages_page.py" line="324"/>
        <source>%n feature(s) of the XLSForm had no exact equivalent:</source>
        <translation>
            <numerusform>%n feature of the XLSForm had no exact equivalent:</numerusform>
            <numerusform>%n features of the XLSForm had no exact equivalent:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/review_panel.py" line="74"/>
        <source>%n answer(s) need attention before this response can be finalized.</source>
        <translation>
            <numerusform>%n answer needs attention before this response can be finalized.</numerusform>
            <numerusform>%n answers need attention before this response can be finalized.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/coordinator/scores_page.py" line="239"/>
        <source>%n institution(s) scored.</source>
        <translation>
            <numerusform>%n institution scored.</numerusform>
            <numerusform>%n institutions scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/section_nav.py" line="91"/>
        <source>%n answer(s) need attention</source>
        <translation>
            <numerusform>%n answer needs attention</numerusform>
            <numerusform>%n answers need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="158"/>
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>New passphrase (at least %n character)</numerusform>
            <numerusform>New passphrase (at least %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sp_collect/ui/unlock.py" line="179"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The new passphrase needs at least %n character.</numerusform>
            <numerusform>The new passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
