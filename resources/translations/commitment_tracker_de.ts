<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AmountEcho</name>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="80"/>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="81"/>
        <source>= {amount} {unit}</source>
        <translation>= {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="63"/>
        <source>= {currency} {amount}</source>
        <translation>= {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="56"/>
        <source>= {currency} {amount} billion</source>
        <translation>= {amount} Mrd. {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="59"/>
        <source>= {currency} {amount} million</source>
        <translation>= {amount} Mio. {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="37"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>ChangeLogView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/change_log_view.py" line="237"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="139"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="140"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="137"/>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="141"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="138"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="164"/>
        <location filename="../../desktop/views/change_log_view.py" line="178"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="142"/>
        <source>Find in fields and values…</source>
        <translation>In Feldern und Werten suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="239"/>
        <source>Newest %1 of %2 changes</source>
        <translation>Die neuesten %1 von %2 Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="143"/>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>ChangeNames</name>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="44"/>
        <source>Add %n trade figures</source>
        <translation>
            <numerusform>Hinzufügen von %n Handelszahl</numerusform>
            <numerusform>Hinzufügen von %n Handelszahlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="19"/>
        <location filename="../../desktop/texts/change_names.py" line="126"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="120"/>
        <source>Change default currency</source>
        <translation>Änderung der Standardwährung</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="119"/>
        <source>Change home country</source>
        <translation>Änderung des eigenen Landes</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="121"/>
        <source>Change settings</source>
        <translation>Änderung der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="117"/>
        <source>Complete milestone “{0}”</source>
        <translation>Abschluss des Meilensteins „{0}“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="84"/>
        <source>Delete %n commitments</source>
        <translation>
            <numerusform>Löschen von %n Verpflichtung</numerusform>
            <numerusform>Löschen von %n Verpflichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="85"/>
        <source>Delete %n initiatives</source>
        <translation>
            <numerusform>Löschen von %n Initiative</numerusform>
            <numerusform>Löschen von %n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="83"/>
        <source>Delete %n meetings</source>
        <translation>
            <numerusform>Löschen von %n Treffen</numerusform>
            <numerusform>Löschen von %n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="88"/>
        <source>Delete %n metric definitions</source>
        <translation>
            <numerusform>Löschen von %n Kennzahldefinition</numerusform>
            <numerusform>Löschen von %n Kennzahldefinitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="87"/>
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Löschen von %n Organisation</numerusform>
            <numerusform>Löschen von %n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="86"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>Löschen von %n Person</numerusform>
            <numerusform>Löschen von %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="91"/>
        <source>Delete %n progress notes</source>
        <translation>
            <numerusform>Löschen von %n Fortschrittsnotiz</numerusform>
            <numerusform>Löschen von %n Fortschrittsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="93"/>
        <source>Delete %n records</source>
        <translation>
            <numerusform>Löschen von %n Datensatz</numerusform>
            <numerusform>Löschen von %n Datensätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="90"/>
        <source>Delete %n revisions</source>
        <translation>
            <numerusform>Löschen von %n Revision</numerusform>
            <numerusform>Löschen von %n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="89"/>
        <source>Delete %n trade figures</source>
        <translation>
            <numerusform>Löschen von %n Handelszahl</numerusform>
            <numerusform>Löschen von %n Handelszahlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="106"/>
        <source>Delete commitment “{0}”</source>
        <translation>Löschen der Verpflichtung „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="107"/>
        <source>Delete initiative “{0}”</source>
        <translation>Löschen der Initiative „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="105"/>
        <source>Delete meeting “{0}”</source>
        <translation>Löschen des Treffens „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="110"/>
        <source>Delete metric “{0}”</source>
        <translation>Löschen der Kennzahl „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="109"/>
        <source>Delete organisation “{0}”</source>
        <translation>Löschen der Organisation „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="108"/>
        <source>Delete person “{0}”</source>
        <translation>Löschen der Person „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="100"/>
        <source>Delete progress note</source>
        <translation>Löschen der Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="112"/>
        <source>Delete record “{0}”</source>
        <translation>Löschen des Datensatzes „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="99"/>
        <source>Delete revision</source>
        <translation>Löschen der Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="98"/>
        <source>Delete trade figure</source>
        <translation>Löschen der Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="67"/>
        <source>Edit commitment “{0}”</source>
        <translation>Bearbeiten der Verpflichtung „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="68"/>
        <source>Edit initiative “{0}”</source>
        <translation>Bearbeiten der Initiative „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="66"/>
        <source>Edit meeting “{0}”</source>
        <translation>Bearbeiten des Treffens „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="71"/>
        <source>Edit metric “{0}”</source>
        <translation>Bearbeiten der Kennzahl „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="70"/>
        <source>Edit organisation “{0}”</source>
        <translation>Bearbeiten der Organisation „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="69"/>
        <source>Edit person “{0}”</source>
        <translation>Bearbeiten der Person „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="73"/>
        <source>Edit progress note</source>
        <translation>Bearbeiten der Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="75"/>
        <source>Edit record “{0}”</source>
        <translation>Bearbeiten des Datensatzes „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="72"/>
        <source>Edit revision</source>
        <translation>Bearbeiten der Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="64"/>
        <source>Edit trade figure</source>
        <translation>Bearbeiten der Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="63"/>
        <source>Edit trade figure {0}</source>
        <translation>Bearbeiten der Handelszahl für {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="122"/>
        <source>Import {0}</source>
        <translation>Import von {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="49"/>
        <source>New commitment “{0}”</source>
        <translation>Neue Verpflichtung „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="50"/>
        <source>New initiative “{0}”</source>
        <translation>Neue Initiative „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="48"/>
        <source>New meeting “{0}”</source>
        <translation>Neues Treffen „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="53"/>
        <source>New metric “{0}”</source>
        <translation>Neue Kennzahl „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="52"/>
        <source>New organisation “{0}”</source>
        <translation>Neue Organisation „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="51"/>
        <source>New person “{0}”</source>
        <translation>Neue Person „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="55"/>
        <source>New progress note</source>
        <translation>Neue Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="57"/>
        <source>New record “{0}”</source>
        <translation>Neuer Datensatz „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="54"/>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="46"/>
        <source>New trade figure</source>
        <translation>Neue Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="45"/>
        <source>New trade figure {0}</source>
        <translation>Neue Handelszahl für {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="36"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="124"/>
        <source>Redo import of {0}</source>
        <translation>Wiederholen des Imports von {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="36"/>
        <source>Redo {0}</source>
        <translation>Wiederherstellen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="118"/>
        <source>Reopen milestone “{0}”</source>
        <translation>Wiederaufnahme des Meilensteins „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="31"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="123"/>
        <source>Undo import of {0}</source>
        <translation>Rückgängigmachen des Imports von {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="31"/>
        <source>Undo {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="110"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="145"/>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="31"/>
        <source>Baseline date does not match its period</source>
        <translation>Ausgangsdatum passt nicht zu seinem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="35"/>
        <source>Baseline differs from the figures</source>
        <translation>Ausgangswert weicht von den Zahlen ab</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="19"/>
        <source>Broken reference</source>
        <translation>Defekter Verweis</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="155"/>
        <source>Can be repaired safely</source>
        <translation>Kann sicher repariert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="111"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="43"/>
        <source>Check could not finish</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="107"/>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="127"/>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="18"/>
        <source>Damaged file or index</source>
        <translation>Beschädigte Datei oder beschädigter Index</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="30"/>
        <source>Deadline not after the baseline</source>
        <translation>Frist nicht nach dem Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="33"/>
        <source>Direction against the target</source>
        <translation>Richtung widerspricht dem Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="28"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="49"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="41"/>
        <source>Figure stored from both sides</source>
        <translation>Zahl von beiden Seiten gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="42"/>
        <source>More of the same</source>
        <translation>Weitere gleicher Art</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="178"/>
        <source>None can be repaired in place; restore a backup (File &gt; Restore).</source>
        <translation>Nichts davon lässt sich direkt reparieren; stellen Sie eine Sicherung wieder her (Datei &gt; Wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="21"/>
        <source>Not a Commitment Tracker file</source>
        <translation>Keine Commitment-Tracker-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="204"/>
        <location filename="../../desktop/forms/check_database_dialog.py" line="209"/>
        <source>Nothing was repaired: {0}</source>
        <translation>Nichts wurde repariert: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="22"/>
        <source>Part of the schema is missing</source>
        <translation>Ein Teil des Schemas fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="36"/>
        <source>Possibly the same person twice</source>
        <translation>Möglicherweise dieselbe Person doppelt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="186"/>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="187"/>
        <source>Repair {0} finding(s)? The database is backed up first; orphan rows are removed or unlinked, summaries and indexes rebuilt.</source>
        <translation>{0} Befund(e) reparieren? Die Datenbank wird zuerst gesichert; verwaiste Zeilen werden entfernt oder gelöst, Zusammenfassungen und Indizes neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="211"/>
        <source>Repaired {0} finding(s).</source>
        <translation>{0} Befund(e) repariert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="201"/>
        <source>Repairing {0}…</source>
        <translation>{0} wird repariert…</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="25"/>
        <source>Required value missing</source>
        <translation>Erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="27"/>
        <source>Rule broken</source>
        <translation>Regel verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="23"/>
        <source>Schema changed by another tool</source>
        <translation>Schema von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="24"/>
        <source>Schema object added by another tool</source>
        <translation>Schemaobjekt von einem anderen Programm hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="20"/>
        <source>Search index out of date</source>
        <translation>Suchindex veraltet</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="40"/>
        <source>Sources differ on one figure</source>
        <translation>Quellen weichen bei einer Zahl voneinander ab</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="32"/>
        <source>Target equals the baseline</source>
        <translation>Zielwert gleich dem Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="29"/>
        <source>Target not positive</source>
        <translation>Zielwert nicht positiv</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="113"/>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="213"/>
        <source>The file as it was is kept in {0}.</source>
        <translation>Die Datei im vorherigen Zustand liegt in {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="37"/>
        <source>Trade figure above the ceiling</source>
        <translation>Handelszahl über der Obergrenze</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="38"/>
        <source>Trade summary out of date</source>
        <translation>Handelszusammenfassung veraltet</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="39"/>
        <source>Trade summary switched off</source>
        <translation>Handelszusammenfassung abgeschaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="34"/>
        <source>Unit is not the metric&apos;s currency</source>
        <translation>Einheit ist nicht die Währung der Kennzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="26"/>
        <source>Unknown value</source>
        <translation>Unbekannter Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="49"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="175"/>
        <source>{0} can be repaired safely (a backup is taken first).</source>
        <translation>{0} kann sicher repariert werden (zuerst wird eine Sicherung erstellt).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="165"/>
        <source>{0} could not be checked: {1}</source>
        <translation>{0} konnte nicht geprüft werden: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="168"/>
        <source>{0} has not been checked yet.</source>
        <translation>{0} wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="170"/>
        <source>{0}: no problems found.</source>
        <translation>{0}: keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="171"/>
        <source>{0}: {1} problem(s), {2} warning(s).</source>
        <translation>{0}: {1} Problem(e), {2} Warnung(en).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="477"/>
        <source> (one of: {0})</source>
        <translation> (eine von: {0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="409"/>
        <source>%n error(s); nothing was imported</source>
        <translation>
            <numerusform>%n Fehler; nichts wurde importiert</numerusform>
            <numerusform>%n Fehler; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="131"/>
        <source>&apos;{0}&apos; is not a batch number</source>
        <translation>„{0}“ ist keine Stapelnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="106"/>
        <source>&apos;{0}&apos; is not a text encoding a table is written in (e.g. utf-8, cp1251, cp1252)</source>
        <translation>„{0}“ ist keine Zeichenkodierung, in der eine Tabelle geschrieben sein kann (z. B. utf-8, cp1251, cp1252)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="382"/>
        <source>, {0} rounded to cents</source>
        <translation>, {0} auf Cent gerundet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="380"/>
        <source>, {0} skipped (breakdowns)</source>
        <translation>, {0} übersprungen (Aufschlüsselungen)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="508"/>
        <source>--kind commitment needs --commitment ID</source>
        <translation>--kind commitment braucht --commitment ID</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="506"/>
        <source>--kind partner needs --partner ISO3</source>
        <translation>--kind partner braucht --partner ISO3</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="295"/>
        <source>12 months to {0}</source>
        <translation>12 Monate bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="315"/>
        <source>; provisional {0} ({1}): {2}</source>
        <translation>; vorläufig {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="384"/>
        <source>Dry run of {0} ({1}): {2}; nothing stored.</source>
        <translation>Probelauf von {0} ({1}): {2}; nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="481"/>
        <source>Exported %n trade figure(s) to {0}.</source>
        <translation>
            <numerusform>%n Handelszahl nach {0} exportiert.</numerusform>
            <numerusform>%n Handelszahlen nach {0} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="387"/>
        <source>Imported {0} ({1}) as batch {2}: {3}.</source>
        <translation>{0} ({1}) als Stapel {2} importiert: {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="273"/>
        <source>Loaded the example data into {0} (%n records).</source>
        <translation>
            <numerusform>Die Beispieldaten wurden in {0} geladen (%n Datensatz).</numerusform>
            <numerusform>Die Beispieldaten wurden in {0} geladen (%n Datensätze).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="291"/>
        <source>No commitments recorded.</source>
        <translation>Keine Verpflichtungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="196"/>
        <source>TOTAL or the start of an HS code, e.g. 27 or 2709</source>
        <translation>TOTAL oder der Anfang eines HS-Codes, z. B. 27 oder 2709</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="271"/>
        <source>The example data were already in {0}; nothing added.</source>
        <translation>Die Beispieldaten waren bereits in {0}; nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="139"/>
        <source>Track bilateral intergovernmental commitments, initiatives and trade figures. Without a subcommand the desktop application starts.</source>
        <translation>Bilaterale zwischenstaatliche Verpflichtungen, Initiativen und Handelszahlen verfolgen. Ohne Unterbefehl startet die Desktop-Anwendung.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="538"/>
        <source>Undid import batch {0}: {1} inserted figure(s) removed, {2} updated figure(s) restored.</source>
        <translation>Importstapel {0} rückgängig gemacht: {1} eingefügte Zahl(en) entfernt, {2} geänderte Zahl(en) wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="526"/>
        <source>Wrote {0}.</source>
        <translation>{0} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="174"/>
        <source>XLSX sheet name or number (default: the first with a recognised header)</source>
        <translation>Name oder Nummer des XLSX-Blatts (Standard: das erste mit erkannter Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="298"/>
        <source>[{0}] #{1} {2} — {3}, target {4} {5} by {6}; {7}</source>
        <translation>[{0}] Nr. {1} {2} — {3}, Ziel {4} {5} bis {6}; {7}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="168"/>
        <source>check everything and show what would change; store nothing</source>
        <translation>alles prüfen und zeigen, was sich ändern würde; nichts speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="146"/>
        <source>check the installation on a temporary database (migrate, load the demo, compute status, draw a plot, write a PDF) and exit</source>
        <translation>die Installation an einer temporären Datenbank prüfen (Migration, Beispiel laden, Status berechnen, Diagramm zeichnen, PDF schreiben) und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>database file (default: commitments.sqlite in the application data folder; the environment variable COMMITMENT_TRACKER_DB overrides it)</source>
        <translation>Datenbankdatei (Standard: commitments.sqlite im Datenordner der Anwendung; die Umgebungsvariable COMMITMENT_TRACKER_DB hat Vorrang)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="172"/>
        <source>delimiter of a CSV file (default: detected among , ; tab |; write &apos;tab&apos; for a tab)</source>
        <translation>Trennzeichen einer CSV-Datei (Standard: erkannt unter , ; Tab |; &apos;tab&apos; für einen Tabulator)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="591"/>
        <source>error: {0}</source>
        <translation>Fehler: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="182"/>
        <source>export trade figures to CSV (UTF-8 with BOM) or XLSX</source>
        <translation>Handelszahlen als CSV (UTF-8 mit BOM) oder XLSX exportieren</translation>
    </message>
    <message>
        <source>first period (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">erster Zeitraum (YYYY, YYYY-MM oder YYYY-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="190"/>
        <source>first period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year)</source>
        <translation>erster Zeitraum: YYYY, YYYY-Sn (Halbjahr), YYYY-Qn, YYYY-MM oder YYYY-MM/YYYY-MM (Monate innerhalb eines Jahres)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="158"/>
        <source>import trade figures from a CSV or XLSX file (one batch, all or nothing)</source>
        <translation>Handelszahlen aus einer CSV- oder XLSX-Datei importieren (ein Stapel, alles oder nichts)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="594"/>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>language of the window and of reports (default: the one chosen in Tools &gt; Settings, else the system&apos;s, else English)</source>
        <translation>Sprache des Fensters und der Berichte (Standard: die unter „Extras &gt; Einstellungen“ gewählte, sonst die des Systems, sonst Englisch)</translation>
    </message>
    <message>
        <source>last period</source>
        <translation type="vanished">letzter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="193"/>
        <source>last period (the same forms); a figure is exported when its whole period lies within --from and --to</source>
        <translation>letzter Zeitraum (dieselben Formen); eine Zahl wird exportiert, wenn ihr ganzer Zeitraum innerhalb von --from und --to liegt</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="297"/>
        <source>latest {0} {1} ({2})</source>
        <translation>zuletzt {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="163"/>
        <source>layout of the file (default: found from the header; a column mapping saved for the header is used too)</source>
        <translation>Aufbau der Datei (Standard: aus der Kopfzeile erkannt; eine dafür gespeicherte Spaltenzuordnung wird ebenfalls verwendet)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="177"/>
        <source>line or sheet row of the header (default: found below title rows)</source>
        <translation>Zeile oder Blattzeile der Kopfzeile (Standard: unter Titelzeilen gesucht)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="150"/>
        <source>load the Kyrgyzstan–Belarus reference case</source>
        <translation>das Referenzbeispiel Kirgisistan–Belarus laden</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="296"/>
        <source>no actual yet</source>
        <translation>noch kein Istwert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="198"/>
        <source>only the HS codes of this product group&apos;s chapters (never TOTAL): {0}</source>
        <translation>nur die HS-Codes der Kapitel dieser Warengruppe (nie TOTAL): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="213"/>
        <source>only the commitments in this status (with --kind portfolio)</source>
        <translation>nur die Verpflichtungen mit diesem Status (mit --kind portfolio)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="188"/>
        <source>only this flow</source>
        <translation>nur diese Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="186"/>
        <source>only this partner</source>
        <translation>nur dieser Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="185"/>
        <source>only this reporter</source>
        <translation>nur dieses meldende Land</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="217"/>
        <source>paper size (default: A4)</source>
        <translation>Papiergröße (Standard: A4)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="207"/>
        <source>portfolio summary (default), partner briefing (needs --partner), or one commitment on one page (needs --commitment)</source>
        <translation>Portfolioübersicht (Standard), Partnerbriefing (braucht --partner) oder eine Verpflichtung auf einer Seite (braucht --commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="155"/>
        <source>print machine-readable JSON</source>
        <translation>maschinenlesbares JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="362"/>
        <source>reading {0}</source>
        <translation>{0} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="314"/>
        <source>run rate: {0} {1} a year</source>
        <translation>Hochrechnung: {0} {1} pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="313"/>
        <source>same period of the previous year: {0} {1} a year</source>
        <translation>gegenüber dem Vorjahreszeitraum: {0} {1} pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="153"/>
        <source>show where every commitment stands</source>
        <translation>den Stand jeder Verpflichtung zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <source>source recorded for rows without a source column</source>
        <translation>Quelle für Zeilen ohne Quellenspalte</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="170"/>
        <source>text encoding of a CSV file (default: detected; e.g. utf-8, cp1251)</source>
        <translation>Zeichenkodierung einer CSV-Datei (Standard: erkannt; z. B. utf-8, cp1251)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="160"/>
        <source>the CSV or XLSX file</source>
        <translation>die CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="204"/>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="221"/>
        <source>the batch number import-trade printed</source>
        <translation>die von import-trade ausgegebene Stapelnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="215"/>
        <source>the commitment (with --kind commitment)</source>
        <translation>die Verpflichtung (mit --kind commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="184"/>
        <source>the file to write: OUT.csv or OUT.xlsx</source>
        <translation>die zu schreibende Datei: OUT.csv oder OUT.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="209"/>
        <source>the partner (with --kind partner)</source>
        <translation>der Partner (mit --kind partner)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="219"/>
        <source>undo an import batch as a whole</source>
        <translation>einen Importstapel als Ganzes rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="166"/>
        <source>unit of the values (default: what the header says, else usd)</source>
        <translation>Einheit der Werte (Standard: laut Kopfzeile, sonst usd)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="201"/>
        <source>write a printable progress report as PDF</source>
        <translation>einen druckbaren Fortschrittsbericht als PDF schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="118"/>
        <source>{0} cannot be the delimiter: give one character that is not the quote, a line break, a letter, a digit, &apos;.&apos;, &apos;-&apos; or &apos;+&apos; (or &apos;tab&apos;)</source>
        <translation>{0} kann nicht das Trennzeichen sein: Geben Sie ein einzelnes Zeichen an, das weder das Anführungszeichen noch ein Zeilenumbruch, ein Buchstabe, eine Ziffer, &apos;.&apos;, &apos;-&apos; oder &apos;+&apos; ist (oder &apos;tab&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="374"/>
        <source>{0} inserted, {1} updated, {2} unchanged</source>
        <translation>{0} eingefügt, {1} aktualisiert, {2} unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="377"/>
        <source>{0} would be inserted, {1} updated, {2} unchanged</source>
        <translation>{0} würden eingefügt, {1} aktualisiert, {2} unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="351"/>
        <source>{0}: no such file</source>
        <translation>{0}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="514"/>
        <source>{0}: no such folder</source>
        <translation>{0}: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="350"/>
        <source>{0}: not a regular file (a folder, pipe or device)</source>
        <translation>{0}: keine reguläre Datei (ein Ordner, eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="356"/>
        <source>{0}: this is the database itself (or a file SQLite keeps beside it), not a file to import</source>
        <translation>{0}: Das ist die Datenbank selbst (oder eine Datei, die SQLite daneben anlegt), keine Datei zum Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="407"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliDataSafety</name>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="237"/>
        <source> (repairable)</source>
        <translation> (reparierbar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="37"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n Verpflichtung</numerusform>
            <numerusform>%n Verpflichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="38"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="37"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="39"/>
        <source>%n trade figure(s)</source>
        <translation>
            <numerusform>%n Handelszahl</numerusform>
            <numerusform>%n Handelszahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="245"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="129"/>
        <source>--keep-daily, --keep-weekly and --keep-monthly take a number from 1 to {0}</source>
        <translation>--keep-daily, --keep-weekly und --keep-monthly erwarten eine Zahl von 1 bis {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="247"/>
        <source>; %n can be repaired safely with --repair</source>
        <translation>
            <numerusform>; %n kann mit --repair sicher repariert werden</numerusform>
            <numerusform>; %n können mit --repair sicher repariert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="225"/>
        <source>After the repair:</source>
        <translation>Nach der Reparatur:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="156"/>
        <source>Backed up the current database to {0}.</source>
        <translation>Die aktuelle Datenbank wurde in {0} gesichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="218"/>
        <source>Backed up to {0} before repairing.</source>
        <translation>Vor der Reparatur in {0} gesichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="117"/>
        <location filename="../../desktop/cli_data_safety.py" line="132"/>
        <source>Backed up {0} to {1} ({2}; checked).</source>
        <translation>{0} wurde in {1} gesichert ({2}; geprüft).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="181"/>
        <source>Interrupted after the restore: {0} was replaced by the backup {1}.</source>
        <translation>Nach der Wiederherstellung abgebrochen: {0} wurde durch die Sicherung {1} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="184"/>
        <source>Interrupted: nothing was restored; {0} was left as it was.</source>
        <translation>Abgebrochen: Nichts wurde wiederhergestellt; {0} ist unverändert geblieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="215"/>
        <source>Nothing repaired: {0}.</source>
        <translation>Nichts repariert: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old backup(s) (keeping the newest of each of the last {0} days, {1} weeks and {2} months).</source>
        <translation type="vanished">
            <numerusform>%n alte Sicherung entfernt (behalten wird die neueste jedes der letzten {0} Tage, {1} Wochen und {2} Monate).</numerusform>
            <numerusform>%n alte Sicherungen entfernt (behalten wird die neueste jedes der letzten {0} Tage, {1} Wochen und {2} Monate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="137"/>
        <source>Removed %n old backup(s) (keeping the newest of each of the last {0} days, {1} weeks and {2} months; backups made with Backup now or this command and copies taken before an import, restore or repair are kept at least {3} days and the last {4} of each kind).</source>
        <translation>
            <numerusform>%n alte Sicherung entfernt (behalten wird die neueste jedes der letzten {0} Tage, {1} Wochen und {2} Monate; mit „Jetzt sichern“ oder diesem Befehl erstellte Sicherungen und vor einem Import, einer Wiederherstellung oder Reparatur angelegte Kopien werden mindestens {3} Tage aufbewahrt, die letzten {4} jeder Art in jedem Fall).</numerusform>
            <numerusform>%n alte Sicherungen entfernt (behalten wird die neueste jedes der letzten {0} Tage, {1} Wochen und {2} Monate; mit „Jetzt sichern“ oder diesem Befehl erstellte Sicherungen und vor einem Import, einer Wiederherstellung oder Reparatur angelegte Kopien werden mindestens {3} Tage aufbewahrt, die letzten {4} jeder Art in jedem Fall).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="169"/>
        <source>Restored {0} from {1} ({2}).</source>
        <translation>{0} wurde aus {1} wiederhergestellt ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="158"/>
        <source>The current database was damaged; it was moved unchanged to {0}.</source>
        <translation>Die aktuelle Datenbank war beschädigt; sie wurde unverändert nach {0} verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="186"/>
        <source>The state before the restore is kept in {0}.</source>
        <translation>Der Stand vor der Wiederherstellung bleibt in {0} erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="50"/>
        <source>back the database up (SQLite backup API, checked) into the backup folder beside it, then rotate old backups; or to FILE</source>
        <translation>die Datenbank sichern (SQLite-Backup-API, geprüft) in den Sicherungsordner daneben, dann alte Sicherungen rotieren; oder nach FILE</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="73"/>
        <source>check the database in depth (integrity, references, the application&apos;s rules, summaries); exit status 0 only when it is healthy</source>
        <translation>die Datenbank gründlich prüfen (Integrität, Verweise, Regeln der Anwendung, Zusammenfassungen); Exit-Status 0 nur, wenn sie fehlerfrei ist</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="78"/>
        <source>print machine-readable JSON</source>
        <translation>maschinenlesbares JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="77"/>
        <source>repair what can be repaired safely (after a backup), then check again</source>
        <translation>reparieren, was sicher reparierbar ist (nach einer Sicherung), dann erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="220"/>
        <source>repaired: {0}</source>
        <translation>repariert: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="68"/>
        <source>replace the database with a backup; the current file is backed up first</source>
        <translation>die Datenbank durch eine Sicherung ersetzen; die aktuelle Datei wird zuerst gesichert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="56"/>
        <source>rotation keeps the newest backup of each of the last N days (default: as saved for the backup folder, else 7); the choice is saved for the folder</source>
        <translation>die Rotation behält die neueste Sicherung jedes der letzten N Tage (Standard: wie für den Ordner gespeichert, sonst 7); die Wahl wird für den Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="60"/>
        <source>rotation keeps the newest backup of each of the last N months (default: as saved for the backup folder, else 12); the choice is saved for the folder</source>
        <translation>die Rotation behält die neueste Sicherung jedes der letzten N Monate (Standard: wie für den Ordner gespeichert, sonst 12); die Wahl wird für den Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="58"/>
        <source>rotation keeps the newest backup of each of the last N weeks (default: as saved for the backup folder, else 4); the choice is saved for the folder</source>
        <translation>die Rotation behält die neueste Sicherung jeder der letzten N Wochen (Standard: wie für den Ordner gespeichert, sonst 4); die Wahl wird für den Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="70"/>
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="54"/>
        <source>write the backup to FILE instead (FILE must not exist yet)</source>
        <translation>die Sicherung stattdessen nach FILE schreiben (FILE darf noch nicht existieren)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="244"/>
        <source>{0}: %n problem(s)</source>
        <translation>
            <numerusform>{0}: %n Problem</numerusform>
            <numerusform>{0}: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="240"/>
        <source>{0}: no problems found.</source>
        <translation>{0}: keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="339"/>
        <source>&amp;Remember this mapping for files with these columns</source>
        <translation>Diese Zuordnung für Dateien mit diesen Spalten &amp;merken</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="325"/>
        <source>&amp;Values are in:</source>
        <translation>&amp;Werte sind in:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="312"/>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="311"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="306"/>
        <source>Map columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="109"/>
        <source>Net weight (kg)</source>
        <translation>Nettogewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="497"/>
        <source>Not TOTAL or an HS code: {0}</source>
        <translation>Weder TOTAL noch ein HS-Code: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="105"/>
        <source>Partner (ISO alpha-3)</source>
        <translation>Partner (ISO alpha-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Product (TOTAL or HS)</source>
        <translation>Ware (TOTAL oder HS-Code)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="108"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="108"/>
        <source>Quantity unit (t, kg, u, …)</source>
        <translation>Mengeneinheit (t, kg, u, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="105"/>
        <source>Reporter (ISO alpha-3)</source>
        <translation>Meldeland (ISO alpha-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="494"/>
        <source>Still needed: {0}</source>
        <translation>Noch erforderlich: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="338"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="463"/>
        <source>TOTAL or an HS code</source>
        <translation>TOTAL oder ein HS-Code</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="307"/>
        <source>The columns of {0} are in no layout the import knows. Choose the column holding each field, or type one value for every row (e.g. the reporter of a national table). The first rows of the file are shown for reference.</source>
        <translation>Die Spalten von {0} entsprechen keinem Aufbau, den der Import kennt. Wählen Sie für jedes Feld die Spalte, die es enthält, oder geben Sie einen Wert für alle Zeilen ein (z. B. das Meldeland einer nationalen Tabelle). Die ersten Zeilen der Datei werden zur Orientierung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="99"/>
        <source>The file names no unit: check the unit of the values.</source>
        <translation>Die Datei nennt keine Einheit: Prüfen Sie die Einheit der Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="100"/>
        <source>The file says its values are in {0}.</source>
        <translation>Laut der Datei sind die Werte in {0} angegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="396"/>
        <source>The title names {0} (reporter) and {1} (partner).</source>
        <translation>Der Titel nennt {0} (Meldeland) und {1} (Partner).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="92"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="328"/>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="334"/>
        <source>Values use a decimal &amp;comma (1 234,56)</source>
        <translation>Werte mit Dezimal&amp;komma (1 234,56)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="335"/>
        <source>Words of the flow column</source>
        <translation>Wörter der Spalte Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="336"/>
        <source>Words of the product column (the code each stands for)</source>
        <translation>Wörter der Spalte Ware (der Code, für den jedes steht)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="320"/>
        <source>e.g. BLR</source>
        <translation>z. B. BLR</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="320"/>
        <source>e.g. KGZ</source>
        <translation>z. B. KGZ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="323"/>
        <source>e.g. National Statistical Committee</source>
        <translation>z. B. Nationales Statistikkomitee</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="322"/>
        <source>e.g. TOTAL (all goods)</source>
        <translation>z. B. TOTAL (alle Waren)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="324"/>
        <source>e.g. t</source>
        <translation>z. B. t</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="321"/>
        <source>export or import</source>
        <translation>Ausfuhr oder Einfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="93"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="330"/>
        <source>million US dollars</source>
        <translation>Millionen US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="313"/>
        <source>or the same value for every row</source>
        <translation>oder derselbe Wert für alle Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="310"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="92"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="329"/>
        <source>thousand US dollars</source>
        <translation>Tausend US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="318"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="430"/>
        <source>— not a flow —</source>
        <translation>— keine Handelsrichtung —</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="802"/>
        <source>&amp;Add revision…</source>
        <translation>Revision &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="779"/>
        <source>&amp;Baseline value</source>
        <translation>&amp;Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="796"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="781"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="803"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="777"/>
        <source>&amp;Partner country</source>
        <translation>&amp;Partnerland</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="799"/>
        <source>&amp;Related</source>
        <translation>Ver&amp;knüpfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="804"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="777"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="781"/>
        <source>&amp;Unit / currency</source>
        <translation>&amp;Einheit / Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="789"/>
        <source>&amp;Within</source>
        <translation>&amp;Innerhalb von</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="785"/>
        <location filename="../../desktop/forms/commitment_form.py" line="786"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="964"/>
        <source>12 months to {0}</source>
        <translation>12 Monate bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="959"/>
        <source>A baseline of 0 has no growth rate: there is no compound path, so progress is judged along the linear path.</source>
        <translation>Ein Ausgangswert von 0 hat keine Wachstumsrate: Es gibt keinen exponentiellen Pfad, daher wird der Fortschritt am linearen Pfad gemessen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="924"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="927"/>
        <source>A unit or currency is required.</source>
        <translation>Eine Einheit oder Währung ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="780"/>
        <source>Baseline p&amp;eriod</source>
        <translation>Aus&amp;gangszeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="966"/>
        <source>Baseline {0}, but the figures of the metric give {1} for {2} (more than 1 % apart): check the baseline and the metric.</source>
        <translation>Ausgangswert {0}, aber die Zahlen der Kennzahl ergeben {1} für {2} (mehr als 1 % Abweichung): Prüfen Sie den Ausgangswert und die Kennzahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="861"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1106"/>
        <source>Choose the source meeting first</source>
        <translation>Wählen Sie zuerst das Ausgangstreffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Delete the selected revision (Undo brings it back)</source>
        <translation type="vanished">Die ausgewählte Revision löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="782"/>
        <source>Directio&amp;n</source>
        <translation>Ric&amp;htung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="819"/>
        <source>Edit commitment – {0}</source>
        <translation>Verpflichtung bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="883"/>
        <source>Initiative: {0}</source>
        <translation>Initiative: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Later meetings that reaffirmed or changed this commitment.</source>
        <translation type="vanished">Spätere Treffen, die diese Verpflichtung bekräftigt oder geändert haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="809"/>
        <source>Later meetings that reaffirmed or changed this commitment. They are stored with the commitment when you save it.</source>
        <translation>Spätere Treffen, die diese Verpflichtung bekräftigt oder geändert haben. Die Revisionen werden beim Speichern der Verpflichtung mitgespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="879"/>
        <source>Meeting: {0}</source>
        <translation>Treffen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="814"/>
        <source>Meetings this commitment came from or was revised at, and initiatives linked to it. Double-click to open.</source>
        <translation>Treffen, auf denen diese Verpflichtung eingegangen oder revidiert wurde, und mit ihr verknüpfte Initiativen. Doppelklick öffnet den Eintrag.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="778"/>
        <source>Metric de&amp;finition</source>
        <translation>Kennzahl&amp;definition</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="779"/>
        <source>Metric descr&amp;iption</source>
        <translation>Beschreibung der Kennzah&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="783"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="817"/>
        <source>New commitment</source>
        <translation>Neue Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>New deadline</source>
        <translation>Neue Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>New target</source>
        <translation>Neuer Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Notes can be added once the commitment is saved.</source>
        <translation type="vanished">Notizen können hinzugefügt werden, sobald die Verpflichtung gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="798"/>
        <source>Pro&amp;gress notes</source>
        <translation>Fortschritts&amp;notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="794"/>
        <source>Raise (higher is better)</source>
        <translation>Erhöhen (höher ist besser)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="797"/>
        <source>Re&amp;visions</source>
        <translation>&amp;Revisionen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="861"/>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="795"/>
        <source>Reduce (lower is better)</source>
        <translation>Senken (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="805"/>
        <source>Remove the selected revision (Save stores the change, Cancel keeps the revision)</source>
        <translation>Die ausgewählte Revision entfernen („Speichern“ übernimmt die Änderung, „Abbrechen“ behält die Revision)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="782"/>
        <source>Responsible bod&amp;y</source>
        <translation>Zust&amp;ändige Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="807"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Revisions can be added once the commitment is saved.</source>
        <translation type="vanished">Revisionen können hinzugefügt werden, sobald die Verpflichtung gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="793"/>
        <source>Set dead&amp;line</source>
        <translation>Frist &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1112"/>
        <source>Set the deadline this long after the date of the source meeting</source>
        <translation>Die Frist um diese Zeitspanne nach dem Datum des Ausgangstreffens setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="778"/>
        <source>Source &amp;meeting</source>
        <translation>A&amp;usgangstreffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="780"/>
        <source>T&amp;arget value</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="934"/>
        <source>The deadline must come after the end of the baseline period ({0}).</source>
        <translation>Die Frist muss nach dem Ende des Ausgangszeitraums ({0}) liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="788"/>
        <source>The period the baseline value refers to</source>
        <translation>Der Zeitraum, auf den sich der Ausgangswert bezieht</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1092"/>
        <source>The unit is the currency of the metric definition.</source>
        <translation>Die Einheit ist die Währung der Kennzahldefinition.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1094"/>
        <source>The unit is the unit of the metric definition.</source>
        <translation>Die Einheit ist die Einheit der Kennzahldefinition.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="812"/>
        <source>They are stored with the commitment when you save it.</source>
        <translation>Die Notizen werden beim Speichern der Verpflichtung mitgespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="977"/>
        <source>USD {0} m</source>
        <translation>{0} Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="783"/>
        <source>Verbatim &amp;quote</source>
        <translation>&amp;Wörtliches Zitat</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="787"/>
        <source>What the figure measures, in words</source>
        <translation>Was die Kennzahl misst, in Worten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="791"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="792"/>
        <source>of the source meeting</source>
        <translation>nach dem Ausgangstreffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="790"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>CommitmentPlot</name>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="256"/>
        <source>12 months to {0}</source>
        <translation>12 Monate bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="448"/>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="496"/>
        <source>Actual from figures without a stated reporter</source>
        <translation>Istwert aus Zahlen ohne angegebenes Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="466"/>
        <source>Actual, rolling 12 months</source>
        <translation>Istwert, gleitende 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="508"/>
        <source>Baseline {0}:
{1}</source>
        <translation>Ausgangswert {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="235"/>
        <source>Metric: {0}</source>
        <translation>Kennzahl: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="321"/>
        <source>Mirror, provisional: partial year annualised</source>
        <translation>Spiegeldaten, vorläufig: unvollständiges Jahr annualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="189"/>
        <source>Mirror, {0}</source>
        <translation>Spiegeldaten, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="437"/>
        <source>No compound path: a constant growth rate cannot start or end at zero, so the linear path is drawn.</source>
        <translation>Kein exponentieller Pfad: Eine konstante Wachstumsrate kann nicht bei null beginnen oder enden, daher wird der lineare Pfad gezeichnet.</translation>
    </message>
    <message>
        <source>No compound path: a constant growth rate cannot start or end at zero. Switch to the linear path.</source>
        <translation type="vanished">Kein exponentieller Pfad: Eine konstante Wachstumsrate kann nicht bei null beginnen oder enden. Wechseln Sie zum linearen Pfad.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="236"/>
        <source>No metric definition is chosen for this commitment, so its actual values are unknown. Choose one in the commitment&apos;s form.</source>
        <translation>Für diese Verpflichtung ist keine Kennzahldefinition gewählt, daher sind ihre Istwerte unbekannt. Wählen Sie eine im Formular der Verpflichtung.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="216"/>
        <source>No source given — reporter not stated</source>
        <translation>Keine Quelle angegeben — Meldeland nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="519"/>
        <source>Originally: {0}
by {1}</source>
        <translation>Ursprünglich: {0}
bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="479"/>
        <source>Other source: {0}</source>
        <translation>Andere Quelle: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="471"/>
        <source>Partner&apos;s mirror figures</source>
        <translation>Spiegeldaten des Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="501"/>
        <source>Projection at current pace</source>
        <translation>Projektion beim aktuellen Tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="322"/>
        <source>Provisional: partial year annualised</source>
        <translation>Vorläufig: unvollständiges Jahr annualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="228"/>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="536"/>
        <source>Reaffirmed or revised</source>
        <translation>Bekräftigt oder revidiert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="223"/>
        <source>Required path (compound)</source>
        <translation>Erforderlicher Pfad (exponentiell)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="436"/>
        <source>Required path (linear instead of compound)</source>
        <translation>Erforderlicher Pfad (linear statt exponentiell)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="222"/>
        <source>Required path (linear)</source>
        <translation>Erforderlicher Pfad (linear)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="228"/>
        <source>Revised</source>
        <translation>Revidiert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="553"/>
        <source>Revised target</source>
        <translation>Revidierter Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="250"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="523"/>
        <source>Target: {0}
by {1}</source>
        <translation>Zielwert: {0}
bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="141"/>
        <source>USD million</source>
        <translation>Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="257"/>
        <source>latest actual: {0}</source>
        <translation>letzter Istwert: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="217"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="563"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="252"/>
        <source>{0:.0f} % of target</source>
        <translation>{0:.0f} % des Zielwerts</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="253"/>
        <source>{0:.0f} % of the time elapsed</source>
        <translation>{0:.0f} % der Zeit verstrichen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="194"/>
        <source>{0} annualised:
{1} (run rate)</source>
        <translation>{0} annualisiert:
{1} (Hochrechnung)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="192"/>
        <source>{0} annualised:
{1} (same period {2})</source>
        <translation>{0} annualisiert:
{1} ({2} ggü. Vorjahreszeitraum)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="185"/>
        <source>{0} m</source>
        <translation>{0} Mio.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="215"/>
        <source>{0} — reporter not stated</source>
        <translation>{0} — Meldeland nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="287"/>
        <source>↑ Projection by {0}:
{1}</source>
        <translation>↑ Projektion bis {0}:
{1}</translation>
    </message>
</context>
<context>
    <name>CommitmentPlotView</name>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="109"/>
        <source>&amp;Linear</source>
        <translation>&amp;Linear</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="111"/>
        <source>C&amp;ompound</source>
        <translation>E&amp;xponentiell</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="108"/>
        <source>Required path:</source>
        <translation>Erforderlicher Pfad:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="159"/>
        <source>Select a commitment to see its progress.</source>
        <translation>Wählen Sie eine Verpflichtung, um ihren Fortschritt zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="110"/>
        <source>The same amount of growth every year</source>
        <translation>Jedes Jahr derselbe Zuwachs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="112"/>
        <source>The same growth rate every year</source>
        <translation>Jedes Jahr dieselbe Wachstumsrate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="149"/>
        <source>This commitment cannot be plotted: {0}</source>
        <translation>Diese Verpflichtung kann nicht dargestellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusTableModel</name>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="119"/>
        <source>12 months to {0}</source>
        <translation>12 Monate bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="341"/>
        <source>Another source gives this figure another value; the plot shows it as a series of its own.</source>
        <translation>Eine andere Quelle nennt für diese Zahl einen anderen Wert; das Diagramm zeigt ihn als eigene Reihe.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="348"/>
        <source>At the observed pace, by {0}</source>
        <translation>Beim beobachteten Tempo bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Days
left</source>
        <translation>Tage
übrig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="345"/>
        <source>From now on, {0} per year is required.</source>
        <translation>Ab jetzt sind {0} pro Jahr erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="79"/>
        <source>How much of the time from the baseline to the deadline has passed</source>
        <translation>Wie viel der Zeit vom Ausgangswert bis zur Frist vergangen ist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Latest actual</source>
        <translation>Letzter Istwert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="325"/>
        <source>Metric: {0}</source>
        <translation>Kennzahl: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="335"/>
        <source>No actual value yet.</source>
        <translation>Noch kein Istwert.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="187"/>
        <source>No complete year to compare it with.</source>
        <translation>Kein vollständiges Jahr zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="325"/>
        <source>No metric definition: the actual value is unknown.</source>
        <translation>Keine Kennzahldefinition: Der Istwert ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="80"/>
        <source>Observed growth per year since the baseline, against the growth per year the target requires from the baseline</source>
        <translation>Beobachtetes Wachstum pro Jahr seit dem Ausgangswert im Vergleich zum Wachstum pro Jahr, das der Zielwert ab dem Ausgangswert erfordert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="132"/>
        <source>Originally: {0} by {1}; revised on {2}</source>
        <translation>Ursprünglich: {0} bis {1}; revidiert am {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Projected
at deadline</source>
        <translation>Projektion
zur Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="173"/>
        <source>Provisional reading from {0}: {1}. The official status stays with complete years.</source>
        <translation>Vorläufige Einschätzung ({0}): {1}. Der offizielle Status beruht weiterhin auf vollständigen Jahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="192"/>
        <source>Provisional status: {0} (growth required: {1} a year).</source>
        <translation>Vorläufiger Status: {0} (erforderliches Wachstum: {1} pro Jahr).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="160"/>
        <source>Provisional {0}: {1}</source>
        <translation>Vorläufig ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="182"/>
        <source>Run rate: × 12 / {0} months gives {1} for {2}, ignoring seasonality.</source>
        <translation>Hochrechnung: × 12 / {0} Monate ergibt {1} für {2}, ohne Berücksichtigung der Saisonalität.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="338"/>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="336"/>
        <source>Stale: the latest actual is older than 12 months.</source>
        <translation>Veraltet: Der letzte Istwert ist älter als 12 Monate.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="77"/>
        <source>The latest actual and the period it covers; rolling sums say &quot;12 months to&quot; the last month</source>
        <translation>Der letzte Istwert und der Zeitraum, den er abdeckt; gleitende Summen nennen „12 Monate bis“ zum letzten Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="76"/>
        <source>The latest actual as a share of the target</source>
        <translation>Der letzte Istwert als Anteil am Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="74"/>
        <source>The official status, from complete years (Open SDG method); below it, a provisional reading of a newer partial year, where there is one</source>
        <translation>Der offizielle Status aus vollständigen Jahren (Open-SDG-Methode); darunter, falls vorhanden, eine vorläufige Einschätzung eines neueren unvollständigen Jahres</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="82"/>
        <source>The value at the deadline if the observed growth continues</source>
        <translation>Der Wert zur Frist, wenn das beobachtete Wachstum anhält</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Time
elapsed</source>
        <translation>Verstrichene
Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="100"/>
        <source>USD {0} m</source>
        <translation>{0} Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Yearly growth:
observed /
required</source>
        <translation>Wachstum/Jahr:
beobachtet /
erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="339"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="144"/>
        <source>sources differ</source>
        <translation>Quellen weichen ab</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="145"/>
        <source>sources differ by {0}</source>
        <translation>Quellen weichen um {0} ab</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="314"/>
        <source>{0}
by {1}</source>
        <translation>{0}
bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="189"/>
        <source>{0} a year on {1}.</source>
        <translation>{0} pro Jahr gegenüber {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="200"/>
        <source>{0} days ago</source>
        <translation>vor {0} Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="309"/>
        <source>{0} observed
{1} required</source>
        <translation>{0} beobachtet
{1} erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="176"/>
        <source>{0} on the same period of the previous year ({1}, same source); {2} × (1 {0}) gives {3} for {4}.</source>
        <translation>{0} gegenüber dem Vorjahreszeitraum ({1}, gleiche Quelle); {2} × (1 {0}) ergibt {3} für {4}.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="162"/>
        <source>Choose a country</source>
        <translation>Wählen Sie ein Land</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="164"/>
        <source>Choose a country from the list</source>
        <translation>Wählen Sie ein Land aus der Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="86"/>
        <source>Type a name or code</source>
        <translation>Namen oder Code eingeben</translation>
    </message>
</context>
<context>
    <name>CountryListPicker</name>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="285"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="287"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="286"/>
        <source>Add the chosen country to the list</source>
        <translation>Das gewählte Land zur Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="289"/>
        <source>Chosen countries</source>
        <translation>Gewählte Länder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="290"/>
        <source>Country to add</source>
        <translation>Hinzuzufügendes Land</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="288"/>
        <source>Remove the selected countries (Del)</source>
        <translation>Die ausgewählten Länder entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="298"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="299"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="301"/>
        <location filename="../../desktop/views/dashboard_view.py" line="388"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="302"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="431"/>
        <source>Commitment deadline</source>
        <translation>Frist der Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="295"/>
        <source>Commitments, most urgent first</source>
        <translation>Verpflichtungen, dringendste zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="305"/>
        <source>Due in the next {0} days, and overdue</source>
        <translation>Fällig in den nächsten {0} Tagen und überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="432"/>
        <source>Due {0}</source>
        <translation>Fällig {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="421"/>
        <source>Every commitment has a recent actual.</source>
        <translation>Jede Verpflichtung hat einen aktuellen Istwert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="430"/>
        <source>Initiative due</source>
        <translation>Frist der Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="430"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="416"/>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="432"/>
        <source>OVERDUE since {0}</source>
        <translation>ÜBERFÄLLIG seit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="308"/>
        <source>Select a commitment in the table to see its progress plot.</source>
        <translation>Wählen Sie eine Verpflichtung in der Tabelle, um ihr Fortschrittsdiagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="524"/>
        <source>Shown: {0} of {1}</source>
        <translation>Angezeigt: {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="307"/>
        <source>Stale data: latest actual older than {0} months</source>
        <translation>Veraltete Daten: letzter Istwert älter als {0} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="453"/>
        <source>latest actual {0}, {1} months old</source>
        <translation>letzter Istwert {0}, {1} Monate alt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="451"/>
        <source>no actual value yet</source>
        <translation>noch kein Istwert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="449"/>
        <source>no metric definition, so no actual value</source>
        <translation>keine Kennzahldefinition, daher kein Istwert</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialogs</name>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="178"/>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="177"/>
        <source>&amp;Open another file…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="68"/>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="176"/>
        <source>&amp;Restore newest good backup</source>
        <translation>Neueste gute Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="68"/>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="179"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="191"/>
        <source>Commitment Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Commitment-Tracker-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="168"/>
        <source>No good backup of this database was found.</source>
        <translation>Es wurde keine gute Sicherung dieser Datenbank gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="67"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="190"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="158"/>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="165"/>
        <source>The file is left exactly as it is: a restore moves it aside into the backup folder, it never overwrites it.</source>
        <translation>Die Datei bleibt genau so, wie sie ist: Eine Wiederherstellung verschiebt sie in den Sicherungsordner und überschreibt sie nie.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="171"/>
        <source>The newest good backup is from {0} ({1}, {2}).</source>
        <translation>Die neueste gute Sicherung ist vom {0} ({1}, {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="43"/>
        <source>another program (it did not say who)</source>
        <translation>einem anderen Programm (es hat nicht gesagt, wer)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="85"/>
        <source>open for writing by {0}</source>
        <translation>zum Schreiben geöffnet von {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="162"/>
        <source>{0} cannot be opened: {1}.</source>
        <translation>{0} kann nicht geöffnet werden: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="160"/>
        <source>{0} is not a Commitment Tracker database ({1}).</source>
        <translation>{0} ist keine Commitment-Tracker-Datenbank ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="205"/>
        <source>{0} is not an SQLite database: there is nothing to check.</source>
        <translation>{0} ist keine SQLite-Datenbank: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="77"/>
        <source>{0} is open for writing by {1}.

Only one person can change a database at a time. You can open it read-only: you see everything, but cannot change anything until it is closed there.</source>
        <translation>{0} ist zum Schreiben geöffnet von {1}.

Nur eine Person kann eine Datenbank gleichzeitig ändern. Sie können sie schreibgeschützt öffnen: Sie sehen alles, können aber nichts ändern, bis sie dort geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="48"/>
        <source>{user} on {host} (process {pid}) since {time}</source>
        <translation>{user} auf {host} (Prozess {pid}) seit {time}</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="99"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n Verpflichtung</numerusform>
            <numerusform>%n Verpflichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="100"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="104"/>
        <source>%n meeting participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer des Treffens</numerusform>
            <numerusform>%n Teilnehmer des Treffens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="98"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="103"/>
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="111"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n weiterer Datensatz</numerusform>
            <numerusform>%n weitere Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="105"/>
        <source>%n partner country(s)</source>
        <translation>
            <numerusform>%n Partnerland</numerusform>
            <numerusform>%n Partnerländer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="109"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="107"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="102"/>
        <source>%n progress note(s)</source>
        <translation>
            <numerusform>%n Fortschrittsnotiz</numerusform>
            <numerusform>%n Fortschrittsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="101"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="106"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="108"/>
        <source>%n trade figure(s)</source>
        <translation>
            <numerusform>%n Handelszahl</numerusform>
            <numerusform>%n Handelszahlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="40"/>
        <source>Delete the commitment {0}?</source>
        <translation>Die Verpflichtung {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="41"/>
        <source>Delete the initiative {0}?</source>
        <translation>Die Initiative {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="39"/>
        <source>Delete the meeting {0}?</source>
        <translation>Das Treffen {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="45"/>
        <source>Delete the metric definition {0}?</source>
        <translation>Die Kennzahldefinition {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="44"/>
        <source>Delete the organisation {0}?</source>
        <translation>Die Organisation {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="43"/>
        <source>Delete the person {0}?</source>
        <translation>Die Person {0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="42"/>
        <source>Delete the trade figure {0}?</source>
        <translation>Die Handelszahl {0} löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="53"/>
        <source>Delete these %n commitments?</source>
        <translation>
            <numerusform>%n Verpflichtung löschen?</numerusform>
            <numerusform>Diese %n Verpflichtungen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="54"/>
        <source>Delete these %n initiatives?</source>
        <translation>
            <numerusform>%n Initiative löschen?</numerusform>
            <numerusform>Diese %n Initiativen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="52"/>
        <source>Delete these %n meetings?</source>
        <translation>
            <numerusform>%n Treffen löschen?</numerusform>
            <numerusform>Diese %n Treffen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="58"/>
        <source>Delete these %n metric definitions?</source>
        <translation>
            <numerusform>%n Kennzahldefinition löschen?</numerusform>
            <numerusform>Diese %n Kennzahldefinitionen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="57"/>
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>%n Organisation löschen?</numerusform>
            <numerusform>Diese %n Organisationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="56"/>
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>%n Person löschen?</numerusform>
            <numerusform>Diese %n Personen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="60"/>
        <source>Delete these %n records?</source>
        <translation>
            <numerusform>%n Datensatz löschen?</numerusform>
            <numerusform>Diese %n Datensätze löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="55"/>
        <source>Delete these %n trade figures?</source>
        <translation>
            <numerusform>%n Handelszahl löschen?</numerusform>
            <numerusform>Diese %n Handelszahlen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="47"/>
        <source>Delete {0}?</source>
        <translation>{0} löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="31"/>
        <source>Deleted with it: {0}.</source>
        <translation>Ebenfalls gelöscht werden: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="32"/>
        <source>Deleted with them: {0}.</source>
        <translation>Ebenfalls gelöscht werden: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="33"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Sie können dies rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="119"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="85"/>
        <source>{0} will no longer name these commitments.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Verpflichtungen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Verpflichtungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="86"/>
        <source>{0} will no longer name these initiatives.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Initiativen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Initiativen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="84"/>
        <source>{0} will no longer name these meetings.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Treffen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Treffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="88"/>
        <source>{0} will no longer name these organisations.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Organisationen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Organisationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="87"/>
        <source>{0} will no longer name these people.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Personen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="91"/>
        <source>{0} will no longer name these records.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Datensätze.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Datensätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="74"/>
        <source>{0} will no longer name this commitment.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Verpflichtung.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Verpflichtung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="75"/>
        <source>{0} will no longer name this initiative.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Initiative.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Initiative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="73"/>
        <source>{0} will no longer name this meeting.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf dieses Treffen.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf dieses Treffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="77"/>
        <source>{0} will no longer name this organisation.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Organisation.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="76"/>
        <source>{0} will no longer name this person.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diese Person.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diese Person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="81"/>
        <source>{0} will no longer name this record.</source>
        <translation>
            <numerusform>{0} verweist dann nicht mehr auf diesen Datensatz.</numerusform>
            <numerusform>{0} verweisen dann nicht mehr auf diesen Datensatz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="89"/>
        <source>{0} will no longer use these metric definitions.</source>
        <translation>
            <numerusform>{0} verwendet dann diese Kennzahldefinitionen nicht mehr.</numerusform>
            <numerusform>{0} verwenden dann diese Kennzahldefinitionen nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="78"/>
        <source>{0} will no longer use this metric definition.</source>
        <translation>
            <numerusform>{0} verwendet dann diese Kennzahldefinition nicht mehr.</numerusform>
            <numerusform>{0} verwenden dann diese Kennzahldefinition nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="63"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und noch %n</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscardChangesQuestion</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="497"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="487"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="488"/>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="492"/>
        <source>What you changed in this form has not been saved. Cancel returns to the form.</source>
        <translation>Ihre Änderungen in diesem Formular wurden nicht gespeichert. „Abbrechen“ kehrt zum Formular zurück.</translation>
    </message>
</context>
<context>
    <name>DuplicateNotice</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/duplicate_notice.py" line="30"/>
        <source>%n such records are stored; the button opens the first.</source>
        <translation>
            <numerusform>Es ist %n solcher Datensatz gespeichert; die Schaltfläche öffnet den ersten.</numerusform>
            <numerusform>Es sind %n solche Datensätze gespeichert; die Schaltfläche öffnet den ersten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="67"/>
        <source>A commitment titled “{0}” is already recorded ({1}, deadline {2}).</source>
        <translation>Bereits erfasst: Verpflichtung „{0}“ ({1}, Frist {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="58"/>
        <source>A meeting in {0} on {1} is already recorded: “{2}”.</source>
        <translation>Bereits erfasst: Treffen am {1} in {0}: „{2}“.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="47"/>
        <source>A person named “{0}” is already recorded ({1}).</source>
        <translation>Bereits erfasst: Person „{0}“ ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="49"/>
        <source>A person named “{0}” is already recorded.</source>
        <translation>Bereits erfasst: Person „{0}“.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="145"/>
        <source>Close this form and edit the record already stored</source>
        <translation>Dieses Formular schließen und den bereits gespeicherten Datensatz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="144"/>
        <source>Open the e&amp;xisting one</source>
        <translation>Vorhandenen &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../desktop/error_messages.py" line="187"/>
        <source>A figure for this reporter, partner, period, flow, product and source already exists.</source>
        <translation>Eine Zahl für dieses Meldeland, diesen Partner, Zeitraum, diese Handelsrichtung, Ware und Quelle gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="150"/>
        <source>A metric with values typed in stays an indicator: delete its values first.</source>
        <translation>Eine Kennzahl mit eingegebenen Werten bleibt ein Indikator: Löschen Sie zuerst ihre Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="179"/>
        <source>A note belongs to exactly one initiative or one commitment.</source>
        <translation>Eine Notiz gehört zu genau einer Initiative oder einer Verpflichtung.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="184"/>
        <source>A person who took part in meetings cannot be deleted; remove them from those meetings first.</source>
        <translation>Eine Person, die an Treffen teilgenommen hat, kann nicht gelöscht werden; entfernen Sie sie zuerst aus diesen Treffen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="39"/>
        <source>Baseline period</source>
        <translation>Ausgangszeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="38"/>
        <source>Baseline value</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="172"/>
        <source>Choose two different countries.</source>
        <translation>Wählen Sie zwei verschiedene Länder.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="63"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="101"/>
        <location filename="../../desktop/error_messages.py" line="384"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="71"/>
        <location filename="../../desktop/error_messages.py" line="366"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="35"/>
        <location filename="../../desktop/error_messages.py" line="385"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="30"/>
        <location filename="../../desktop/error_messages.py" line="50"/>
        <location filename="../../desktop/error_messages.py" line="51"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="41"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="56"/>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="104"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="59"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="254"/>
        <source>Details: {0}</source>
        <translation>Einzelheiten: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="45"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="49"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="48"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="103"/>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="47"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="198"/>
        <source>Figures of this import batch were changed after the import; undoing it would lose those changes.</source>
        <translation>Zahlen dieses Importstapels wurden nach dem Import geändert; das Rückgängigmachen würde diese Änderungen verwerfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="106"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="102"/>
        <source>File layout</source>
        <translation>Dateiaufbau</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="96"/>
        <source>First period</source>
        <translation>Erster Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="89"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="32"/>
        <source>Forum / event</source>
        <translation>Forum / Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="105"/>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="55"/>
        <source>Home country</source>
        <translation>Eigenes Land</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="100"/>
        <location filename="../../desktop/error_messages.py" line="383"/>
        <source>Import batch</source>
        <translation>Importstapel</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="72"/>
        <location filename="../../desktop/error_messages.py" line="367"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="62"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="97"/>
        <source>Last period</source>
        <translation>Letzter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="381"/>
        <source>Link of an initiative to a commitment</source>
        <translation>Verknüpfung einer Initiative mit einer Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="380"/>
        <source>Link of an initiative to a meeting</source>
        <translation>Verknüpfung einer Initiative mit einem Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="69"/>
        <location filename="../../desktop/error_messages.py" line="365"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="377"/>
        <source>Meeting country</source>
        <translation>Land eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="376"/>
        <source>Meeting participant</source>
        <translation>Teilnehmer eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="378"/>
        <source>Meeting topic</source>
        <translation>Thema eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="74"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="73"/>
        <location filename="../../desktop/error_messages.py" line="368"/>
        <source>Metric definition</source>
        <translation>Kennzahldefinition</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="373"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="53"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="61"/>
        <source>Name in the original language</source>
        <translation>Name in der Originalsprache</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="83"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="84"/>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="181"/>
        <source>Nothing is selected.</source>
        <translation>Nichts ist ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="64"/>
        <location filename="../../desktop/error_messages.py" line="371"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="82"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="37"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="88"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="36"/>
        <source>Partner countries</source>
        <translation>Partnerländer</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="34"/>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="58"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="95"/>
        <source>Period basis</source>
        <translation>Zeitraumbasis</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="65"/>
        <location filename="../../desktop/error_messages.py" line="66"/>
        <location filename="../../desktop/error_messages.py" line="370"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="31"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="67"/>
        <location filename="../../desktop/error_messages.py" line="68"/>
        <location filename="../../desktop/error_messages.py" line="372"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="54"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="90"/>
        <location filename="../../desktop/error_messages.py" line="91"/>
        <source>Product code</source>
        <translation>Warencode</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="94"/>
        <source>Product group</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="92"/>
        <location filename="../../desktop/error_messages.py" line="93"/>
        <source>Products</source>
        <translation>Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="375"/>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="86"/>
        <location filename="../../desktop/error_messages.py" line="87"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="75"/>
        <source>Responsible body</source>
        <translation>Zuständige Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="374"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="81"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="107"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="382"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="60"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="98"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="33"/>
        <source>Source URL</source>
        <translation>Quellen-URL</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="78"/>
        <source>Source citation</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="70"/>
        <source>Source meeting</source>
        <translation>Ursprungstreffen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="46"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="79"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="40"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="85"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="278"/>
        <source>The backup {0} could not be made.</source>
        <translation>Die Sicherung {0} konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="200"/>
        <source>The column mapping is incomplete: every required column needs a column of the file.</source>
        <translation>Die Spaltenzuordnung ist unvollständig: Jede erforderliche Spalte braucht eine Spalte der Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="271"/>
        <source>The disk holding {0} is full. Nothing was saved.</source>
        <translation>Der Datenträger mit {0} ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="257"/>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="295"/>
        <source>The record no longer exists: it was deleted, perhaps in another window.</source>
        <translation>Der Datensatz existiert nicht mehr: Er wurde gelöscht, vielleicht in einem anderen Fenster.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="131"/>
        <source>The target equals the baseline: a commitment raises or reduces a value, so its target must differ from the baseline.</source>
        <translation>Der Zielwert ist gleich dem Ausgangswert: Eine Verpflichtung erhöht oder senkt einen Wert, daher muss ihr Zielwert vom Ausgangswert abweichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="136"/>
        <source>The target is above the baseline: choose “Raise” as the direction, or correct the target.</source>
        <translation>Der Zielwert liegt über dem Ausgangswert: Wählen Sie als Richtung „Erhöhen“ oder korrigieren Sie den Zielwert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="134"/>
        <source>The target is below the baseline: choose “Reduce” as the direction, or correct the target.</source>
        <translation>Der Zielwert liegt unter dem Ausgangswert: Wählen Sie als Richtung „Senken“ oder korrigieren Sie den Zielwert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="182"/>
        <source>There are no trade figures to add.</source>
        <translation>Es gibt keine Handelszahlen zum Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="194"/>
        <source>This import batch has already been undone.</source>
        <translation>Dieser Importstapel wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="195"/>
        <source>This import batch is in place; there is nothing to redo.</source>
        <translation>Dieser Importvorgang ist nicht rückgängig gemacht; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="196"/>
        <source>This import was undone elsewhere and cannot be redone here; import the file again.</source>
        <translation>Dieser Import wurde an anderer Stelle rückgängig gemacht und kann hier nicht wiederhergestellt werden; importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="379"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="80"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="369"/>
        <source>Trade figure</source>
        <translation>Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="99"/>
        <source>Trade figures</source>
        <translation>Handelszahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="42"/>
        <source>Unit / currency</source>
        <translation>Einheit / Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="44"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="57"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="43"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="152"/>
        <source>Values are typed in only for an indicator.</source>
        <translation>Werte werden nur für einen Indikator eingegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="76"/>
        <source>Verbatim quote</source>
        <translation>Wörtliches Zitat</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="77"/>
        <source>Verbatim source text</source>
        <translation>Wörtlicher Quelltext</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="276"/>
        <source>{0} can only be read: nothing was saved.</source>
        <translation>{0} kann nur gelesen werden: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="279"/>
        <source>{0} cannot be used.</source>
        <translation>{0} kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="273"/>
        <source>{0} could not be read or written (disk error). Nothing was saved.</source>
        <translation>{0} konnte nicht gelesen oder geschrieben werden (Datenträgerfehler). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="268"/>
        <source>{0} is busy: another program is writing to it. Nothing was saved; try again.</source>
        <translation>{0} ist belegt: Ein anderes Programm schreibt gerade hinein. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="261"/>
        <source>{0} is damaged.</source>
        <translation>{0} ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="259"/>
        <source>{0} is not a Commitment Tracker database.</source>
        <translation>{0} ist keine Commitment-Tracker-Datenbank.</translation>
    </message>
    <message>
        <source>{0} is not a period: write YYYY, YYYY-MM or YYYY-Qn.</source>
        <translation type="vanished">{0} ist kein Zeitraum: Schreiben Sie JJJJ, JJJJ-MM oder JJJJ-Qn.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="297"/>
        <source>{0} is not a period: write YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year).</source>
        <translation>{0} ist kein Zeitraum: Schreiben Sie JJJJ, JJJJ-Sn (Halbjahr), JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM (Monate innerhalb eines Jahres).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="266"/>
        <source>{0} is open for writing by {1}.</source>
        <translation>{0} ist zum Schreiben geöffnet von {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="265"/>
        <source>{0} is open for writing in another program.</source>
        <translation>{0} ist in einem anderen Programm zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="358"/>
        <source>{0} no. {1}</source>
        <translation>{0} Nr. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="319"/>
        <source>{0} was added after the import was undone. Redoing the import would overwrite it, so nothing was changed.</source>
        <translation>{0} wurde hinzugefügt, nachdem der Import rückgängig gemacht worden war. Das Wiederherstellen des Imports würde den Datensatz überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="331"/>
        <source>{0} was added again after this step (an import, another program). Undoing or redoing the step now would overwrite it, so nothing was changed; the step stays in the undo history.</source>
        <translation>{0} wurde nach diesem Schritt erneut hinzugefügt (durch einen Import oder ein anderes Programm). Den Schritt jetzt rückgängig zu machen oder wiederherzustellen würde den Datensatz überschreiben, daher wurde nichts geändert; der Schritt bleibt im Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="314"/>
        <source>{0} was changed after the import was undone. Redoing the import would overwrite that change, so nothing was changed.</source>
        <translation>{0} wurde geändert, nachdem der Import rückgängig gemacht worden war. Das Wiederherstellen des Imports würde diese Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="324"/>
        <source>{0} was changed after this step (an import, another program). Undoing or redoing the step now would overwrite that change, so nothing was changed; the step stays in the undo history.</source>
        <translation>{0} wurde nach diesem Schritt geändert (durch einen Import oder ein anderes Programm). Den Schritt jetzt rückgängig zu machen oder wiederherzustellen würde diese Änderung überschreiben, daher wurde nichts geändert; der Schritt bleibt im Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="307"/>
        <source>{0} was changed by hand after the import. Undoing the import would lose that change, so nothing was changed.</source>
        <translation>{0} wurde nach dem Import von Hand geändert. Das Rückgängigmachen des Imports würde diese Änderung verwerfen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="317"/>
        <source>{0} was deleted after the import was undone, so the import cannot be redone. Nothing was changed.</source>
        <translation>{0} wurde gelöscht, nachdem der Import rückgängig gemacht worden war, daher kann der Import nicht wiederhergestellt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="309"/>
        <source>{0} was deleted after the import, so the import can no longer be undone as a whole. Nothing was changed.</source>
        <translation>{0} wurde nach dem Import gelöscht, daher kann der Import nicht mehr als Ganzes rückgängig gemacht werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="328"/>
        <source>{0} was deleted after this step, so the step cannot be undone or redone now. Nothing was changed; the step stays in the undo history.</source>
        <translation>{0} wurde nach diesem Schritt gelöscht, daher kann der Schritt jetzt weder rückgängig gemacht noch wiederhergestellt werden. Nichts wurde geändert; der Schritt bleibt im Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="359"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="225"/>
        <source>{0}, row {1}</source>
        <translation>{0}, Zeile {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="159"/>
        <source>{field} has more decimals than allowed.</source>
        <translation>{field} hat mehr Nachkommastellen als erlaubt.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="161"/>
        <source>{field} is above the largest value a figure may have (USD 1,000,000,000,000,000).</source>
        <translation>{field} liegt über dem größten zulässigen Wert einer Zahl (1.000.000.000.000.000 USD).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="121"/>
        <source>{field} is not a valid date.</source>
        <translation>{field} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="118"/>
        <source>{field} is required.</source>
        <translation>{field} ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="183"/>
        <source>{field} is still in use and cannot be deleted.</source>
        <translation>{field} wird noch verwendet und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="160"/>
        <source>{field} is too large.</source>
        <translation>{field} ist zu groß.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="158"/>
        <source>{field} is too long.</source>
        <translation>{field} ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="173"/>
        <source>{field} must be TOTAL or an HS code of 2 to 10 digits.</source>
        <translation>{field} muss TOTAL oder ein HS-Code mit 2 bis 10 Ziffern sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="174"/>
        <source>{field} must be TOTAL or the start of an HS code, e.g. 27 or 2709.</source>
        <translation>{field} muss TOTAL oder der Anfang eines HS-Codes sein, z. B. 27 oder 2709.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="120"/>
        <source>{field} must be a number.</source>
        <translation>{field} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be a period: YYYY, YYYY-MM or YYYY-Qn.</source>
        <translation type="vanished">{field} muss ein Zeitraum sein: JJJJ, JJJJ-MM oder JJJJ-Qn.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="123"/>
        <source>{field} must be a period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year).</source>
        <translation>{field} muss ein Zeitraum sein: JJJJ, JJJJ-Sn (Halbjahr), JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM (Monate innerhalb eines Jahres).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="149"/>
        <source>{field} must be a quantity unit such as t, kg, u or l.</source>
        <translation>{field} muss eine Mengeneinheit sein, etwa t, kg, u oder l.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="125"/>
        <source>{field} must be a year, a quarter or a month (YYYY, YYYY-Qn or YYYY-MM).</source>
        <translation>{field} muss ein Jahr, ein Quartal oder ein Monat sein (JJJJ, JJJJ-Qn oder JJJJ-MM).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="165"/>
        <source>{field} must be text.</source>
        <translation>{field} muss ein Text sein.</translation>
    </message>
    <message>
        <source>{field} must be the currency of the metric definition ({currency}).</source>
        <translation type="vanished">{field} muss die Währung der Kennzahldefinition sein ({currency}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="146"/>
        <source>{field} must be the unit of the metric definition ({currency}).</source>
        <translation>{field} muss die Einheit der Kennzahldefinition sein ({currency}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="127"/>
        <source>{field} must come after the end of the baseline period.</source>
        <translation>{field} muss nach dem Ende des Ausgangszeitraums liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="171"/>
        <source>{field} must differ from the reporting country.</source>
        <translation>{field} muss sich vom Meldeland unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="129"/>
        <source>{field} must not be before the start.</source>
        <translation>{field} darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="119"/>
        <source>{field} must not be negative.</source>
        <translation>{field} darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="156"/>
        <source>{field} must start with http:// or https://.</source>
        <translation>{field} muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="208"/>
        <source>{field}: a report is a PDF file; the file name must end in .pdf.</source>
        <translation>{field}: Ein Bericht ist eine PDF-Datei; der Dateiname muss auf .pdf enden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="148"/>
        <source>{field}: a trade value is in USD.</source>
        <translation>{field}: Ein Handelswert wird in USD angegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="177"/>
        <source>{field}: choose a product group from the list.</source>
        <translation>{field}: Wählen Sie eine Warengruppe aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="169"/>
        <source>{field}: choose a record from the list.</source>
        <translation>{field}: Wählen Sie einen Datensatz aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="168"/>
        <source>{field}: choose one of the values offered.</source>
        <translation>{field}: Wählen Sie einen der angebotenen Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="176"/>
        <source>{field}: list HS chapters between 01 and 97, e.g. 01-24,30.</source>
        <translation>{field}: Geben Sie HS-Kapitel zwischen 01 und 97 an, z. B. 01-24,30.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="166"/>
        <source>{field}: remove the control character {code} (character {position}): it cannot be stored.</source>
        <translation>{field}: Entfernen Sie das Steuerzeichen {code} (Position {position}): Es kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="170"/>
        <source>{field}: the chosen record no longer exists.</source>
        <translation>{field}: Der gewählte Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="163"/>
        <source>{field}: the figures of this chapter would add up to more than the database can hold.</source>
        <translation>{field}: Die Zahlen dieses Kapitels ergäben zusammen mehr, als die Datenbank speichern kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="202"/>
        <source>{field}: the file name must end in .csv or .xlsx.</source>
        <translation>{field}: Der Dateiname muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="203"/>
        <source>{field}: the folder does not exist.</source>
        <translation>{field}: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="139"/>
        <source>{field}: the new target equals the baseline ({baseline}); a commitment raises or reduces a value.</source>
        <translation>{field}: Der neue Zielwert ist gleich dem Ausgangswert ({baseline}); eine Verpflichtung erhöht oder senkt einen Wert.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="144"/>
        <source>{field}: the new target is above the baseline ({baseline}) of a commitment to reduce the value.</source>
        <translation>{field}: Der neue Zielwert liegt über dem Ausgangswert ({baseline}) einer Verpflichtung, den Wert zu senken.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="142"/>
        <source>{field}: the new target is below the baseline ({baseline}) of a commitment to raise the value.</source>
        <translation>{field}: Der neue Zielwert liegt unter dem Ausgangswert ({baseline}) einer Verpflichtung, den Wert zu erhöhen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="186"/>
        <source>{field}: the same person is listed twice.</source>
        <translation>{field}: Dieselbe Person ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="122"/>
        <source>{field}: the year must be between 1900 and 2100.</source>
        <translation>{field}: Das Jahr muss zwischen 1900 und 2100 liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="180"/>
        <source>{field}: there is nothing to store.</source>
        <translation>{field}: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="157"/>
        <source>{field}: this entry already exists.</source>
        <translation>{field}: Dieser Eintrag existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="207"/>
        <source>{field}: this is a backup of a database; choose another file.</source>
        <translation>{field}: Dies ist eine Sicherung einer Datenbank; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="205"/>
        <source>{field}: this is the database (or a file SQLite keeps beside it); choose another file.</source>
        <translation>{field}: Dies ist die Datenbank (oder eine Datei, die SQLite daneben anlegt); wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="153"/>
        <source>{field}: this period has a value from this source in row {first_row} already.</source>
        <translation>{field}: Für diesen Zeitraum gibt es in Zeile {first_row} bereits einen Wert aus dieser Quelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="178"/>
        <source>{field}: this position belongs to another person.</source>
        <translation>{field}: Diese Position gehört einer anderen Person.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="190"/>
        <source>{field}: this source&apos;s figure is already recorded, told from the partner&apos;s side (reporter not stated). A figure published for a country pair is stored only once: edit that one instead.</source>
        <translation>{field}: Die Zahl dieser Quelle ist bereits erfasst, aus Sicht des Partners (Meldeland nicht angegeben). Eine für ein Länderpaar veröffentlichte Zahl wird nur einmal gespeichert: Bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="155"/>
        <source>{field}: unknown country code.</source>
        <translation>{field}: unbekannter Ländercode.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="348"/>
        <source>Remove the control character {0} (character {1}): it cannot be stored.</source>
        <translation>Entfernen Sie das Steuerzeichen {0} (Position {1}): Es kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/formatting.py" line="139"/>
        <source>USD {0} m</source>
        <translation>{0} Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="124"/>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/forms/history_dialog.py" line="55"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/history_dialog.py" line="56"/>
        <source>History of %1 #%2 %3</source>
        <translation>Verlauf von %1 Nr. %2 %3</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="44"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="36"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="37"/>
        <source>Commitment revision</source>
        <translation>Revision einer Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="42"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="43"/>
        <source>Import batch</source>
        <translation>Importvorgang</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="38"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="40"/>
        <source>Initiative–commitment link</source>
        <translation>Verknüpfung Initiative–Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="39"/>
        <source>Initiative–meeting link</source>
        <translation>Verknüpfung Initiative–Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="34"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="35"/>
        <source>Meeting participant</source>
        <translation>Teilnehmer eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="34"/>
        <source>Meeting partner country</source>
        <translation>Partnerland eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="35"/>
        <source>Meeting topic</source>
        <translation>Thema eines Treffens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="38"/>
        <source>Metric definition</source>
        <translation>Kennzahldefinition</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="124"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="124"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="37"/>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="44"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="36"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="43"/>
        <source>Trade figure</source>
        <translation>Handelsdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>ImportHistoryView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="176"/>
        <source>%Ln figure(s) it added will be removed.</source>
        <translation>
            <numerusform>%Ln von ihm hinzugefügte Zahl wird entfernt.</numerusform>
            <numerusform>%Ln von ihm hinzugefügte Zahlen werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="177"/>
        <source>%Ln figure(s) it changed will get the previous value back.</source>
        <translation>
            <numerusform>%Ln von ihm geänderte Zahl erhält ihren vorherigen Wert zurück.</numerusform>
            <numerusform>%Ln von ihm geänderte Zahlen erhalten ihren vorherigen Wert zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="110"/>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="43"/>
        <source>, %Ln restored.</source>
        <translation>
            <numerusform>, %Ln wiederhergestellt.</numerusform>
            <numerusform>, %Ln wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="42"/>
        <source>Import of {0} undone: %Ln figure(s) removed</source>
        <translation>
            <numerusform>Import von {0} rückgängig gemacht: %Ln Zahl entfernt</numerusform>
            <numerusform>Import von {0} rückgängig gemacht: %Ln Zahlen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {0} undone: {1} figures removed, {2} restored.</source>
        <translation type="vanished">Import von {0} rückgängig gemacht: {1} Werte entfernt, {2} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <location filename="../../desktop/views/import_history_view.py" line="214"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="216"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="235"/>
        <source>No imports yet. File &gt; Import trade figures… reads CSV and XLSX files; each import is listed here.</source>
        <translation>Noch keine Importe. Datei &gt; Handelsdaten importieren… liest CSV- und XLSX-Dateien; jeder Import wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="111"/>
        <source>Remove the figures the selected import added and give the figures it changed their previous values</source>
        <translation>Die Werte entfernen, die der ausgewählte Import hinzugefügt hat, und den von ihm geänderten Werten ihre früheren Werte zurückgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="230"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="215"/>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="215"/>
        <source>UN Comtrade</source>
        <translation>UN Comtrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="216"/>
        <source>UN Comtrade (legacy)</source>
        <translation>UN Comtrade (altes Format)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="220"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="158"/>
        <location filename="../../desktop/views/import_history_view.py" line="165"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="174"/>
        <source>Undo the import of {0} ({1})?</source>
        <translation>Den Import von {0} ({1}) rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo the import of {0} ({1})?
{2} figures it added are removed and {3} figures it changed get their previous values.</source>
        <translation type="vanished">Den Import von {0} ({1}) rückgängig machen?
{2} von ihm hinzugefügte Werte werden entfernt, und {3} von ihm geänderte Werte erhalten ihre früheren Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="213"/>
        <source>Undone {0}</source>
        <translation>Rückgängig gemacht {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="220"/>
        <source>million USD</source>
        <translation>Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="219"/>
        <source>thousand USD</source>
        <translation>Tsd. USD</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/import_messages.py" line="174"/>
        <source>UN Comtrade values are in US dollars; the unit thousand-usd does not apply</source>
        <translation>Werte von UN Comtrade sind in US-Dollar angegeben; die Einheit thousand-usd gilt hier nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="135"/>
        <source>a cell of the workbook holds more than {limit} characters, more than a spreadsheet cell can</source>
        <translation>eine Zelle der Arbeitsmappe enthält mehr als {limit} Zeichen, mehr als eine Tabellenzelle fassen kann</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="211"/>
        <source>a figure with this reporter, partner, period, flow, product and source is stored already (edit it instead)</source>
        <translation>eine Zahl mit diesem Meldeland, Partner, Zeitraum, dieser Handelsrichtung, Ware und Quelle ist bereits gespeichert (bearbeiten Sie sie stattdessen)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="63"/>
        <source>a flow code is required</source>
        <translation>ein Code der Handelsrichtung ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="62"/>
        <source>a flow is required (export or import)</source>
        <translation>eine Handelsrichtung ist erforderlich (export oder import)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="36"/>
        <source>a partner country code is required</source>
        <translation>ein Ländercode des Partners ist erforderlich</translation>
    </message>
    <message>
        <source>a period is required (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">ein Zeitraum ist erforderlich (JJJJ, JJJJ-MM oder JJJJ-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="41"/>
        <source>a period is required (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM)</source>
        <translation>ein Zeitraum ist erforderlich (JJJJ, JJJJ-Sn, JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="58"/>
        <source>a product code is required (TOTAL or an HS code)</source>
        <translation>ein Warencode ist erforderlich (TOTAL oder ein HS-Code)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="94"/>
        <source>a quantity needs its unit (quantity_unit: t, kg, u, …)</source>
        <translation>eine Menge braucht ihre Einheit (quantity_unit: t, kg, u, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="95"/>
        <source>a quantity unit needs its quantity</source>
        <translation>eine Mengeneinheit braucht ihre Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="111"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line} and holds {length} characters, more than a value may ({limit}): is its closing quote missing?</source>
        <translation>ein Wert in Anführungszeichen beginnt hier, reicht über {lines} Zeilen bis Zeile {last_line} und enthält {length} Zeichen, mehr als ein Wert haben darf ({limit}): fehlt sein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="108"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line} that look like rows of the file: is its closing quote missing?</source>
        <translation>ein Wert in Anführungszeichen beginnt hier und reicht über {lines} Zeilen bis Zeile {last_line}, die wie Zeilen der Datei aussehen: fehlt sein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="105"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line}, but this column never holds line breaks: is its closing quote missing?</source>
        <translation>ein Wert in Anführungszeichen beginnt hier und reicht über {lines} Zeilen bis Zeile {last_line}, aber diese Spalte enthält nie Zeilenumbrüche: fehlt sein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="35"/>
        <source>a reporter country code is required</source>
        <translation>ein Ländercode des Meldelands ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="145"/>
        <source>a row holds more than {limit} XML elements, more than the cells of a sheet&apos;s 16,384 columns</source>
        <translation>eine Zeile enthält mehr als {limit} XML-Elemente, mehr als die Zellen der 16.384 Spalten eines Blatts</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="68"/>
        <location filename="../../desktop/import_messages.py" line="202"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="137"/>
        <source>a value stands in column {column}, beyond the {limit} columns a table may have</source>
        <translation>ein Wert steht in Spalte {column}, jenseits der {limit} Spalten, die eine Tabelle haben darf</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="116"/>
        <source>a value starting in this row is longer than {limit} characters: is a closing quote missing?</source>
        <translation>ein Wert, der in dieser Zeile beginnt, ist länger als {limit} Zeichen: fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="182"/>
        <source>duplicate row: an earlier line has the same reporter, partner, period, flow, product and source</source>
        <translation>doppelte Zeile: eine frühere Zeile hat dasselbe Meldeland, denselben Partner, Zeitraum, dieselbe Handelsrichtung, Ware und Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="180"/>
        <source>duplicate row: line {first_line} has the same reporter, partner, period, flow, product and source</source>
        <translation>doppelte Zeile: Zeile {first_line} hat dasselbe Meldeland, denselben Partner, Zeitraum, dieselbe Handelsrichtung, Ware und Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="172"/>
        <source>format “mapped” needs a column mapping, and none is saved for these columns</source>
        <translation>das Format „mapped“ braucht eine Spaltenzuordnung, und für diese Spalten ist keine gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="161"/>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="184"/>
        <source>line {first_line} tells the same figure of this source from the partner&apos;s side (reporter not stated): it is stored once</source>
        <translation>Zeile {first_line} gibt dieselbe Zahl dieser Quelle aus Sicht des Partners an (Meldeland nicht angegeben): sie wird nur einmal gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="165"/>
        <source>missing columns: {columns}</source>
        <translation>fehlende Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="166"/>
        <source>missing columns: {columns} (the header was read as {count} column(s) with the delimiter {delimiter}; the file seems to use {likely})</source>
        <translation>fehlende Spalten: {columns} (die Kopfzeile wurde mit dem Trennzeichen {delimiter} als {count} Spalte(n) gelesen; die Datei scheint {likely} zu verwenden)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="120"/>
        <source>not a readable XLSX workbook (damaged): {detail}</source>
        <translation>keine lesbare XLSX-Arbeitsmappe (beschädigt): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="118"/>
        <source>not a readable XLSX workbook (damaged, or not saved by a spreadsheet program): {detail}</source>
        <translation>keine lesbare XLSX-Arbeitsmappe (beschädigt oder nicht von einem Tabellenkalkulationsprogramm gespeichert): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="162"/>
        <source>not a regular file (a pipe, device or socket): save the table as a file</source>
        <translation>keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket): speichern Sie die Tabelle als Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="99"/>
        <source>not readable as CSV: {detail}</source>
        <translation>nicht als CSV lesbar: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="40"/>
        <source>partner and reporter must differ ({value})</source>
        <translation>Partner und Meldeland müssen sich unterscheiden ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="80"/>
        <source>remove the control character {char} (character {position}): it cannot be stored</source>
        <translation>entfernen Sie das Steuerzeichen {char} (Position {position}): es kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="82"/>
        <source>remove the half of a character {char} (character {position}): it cannot be stored</source>
        <translation>entfernen Sie das unvollständige Zeichen {char} (Position {position}): es kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="209"/>
        <source>row {row} has the same reporter, partner, period, flow, product and source</source>
        <translation>Zeile {row} hat dasselbe Meldeland, denselben Partner, Zeitraum, dieselbe Handelsrichtung, Ware und Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="213"/>
        <source>row {row} tells the same figure of this source from the partner&apos;s side (reporter not stated)</source>
        <translation>Zeile {row} gibt dieselbe Zahl dieser Quelle aus Sicht des Partners an (Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="219"/>
        <source>the block has {value} columns; expected reporter, partner, period, flow, product, value_usd and optionally source and note</source>
        <translation>der Block hat {value} Spalten; erwartet werden reporter, partner, period, flow, product, value_usd und optional source und note</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="147"/>
        <source>the cell holds {length} characters, more than a spreadsheet cell can ({limit})</source>
        <translation>die Zelle enthält {length} Zeichen, mehr als eine Tabellenzelle fassen kann ({limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="222"/>
        <source>the clipboard holds no rows; copy cells in a spreadsheet first</source>
        <translation>die Zwischenablage enthält keine Zeilen; kopieren Sie zuerst Zellen in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="200"/>
        <source>the column “{column}” (for {field}) is not in the header</source>
        <translation>die Spalte „{column}“ (für {field}) ist nicht in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="217"/>
        <source>the column “{value}” appears twice</source>
        <translation>die Spalte „{value}“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="218"/>
        <source>the column “{value}” is missing</source>
        <translation>die Spalte „{value}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="169"/>
        <source>the columns are in no known layout (simple, UN Comtrade, UN Comtrade legacy) and no column mapping is saved for them: map the columns</source>
        <translation>die Spalten entsprechen keinem bekannten Format (simple, UN Comtrade, UN Comtrade legacy), und für sie ist keine Spaltenzuordnung gespeichert: ordnen Sie die Spalten zu</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="195"/>
        <source>the field “{field}” needs a column or a constant</source>
        <translation>das Feld „{field}“ braucht eine Spalte oder einen festen Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="190"/>
        <source>the figure with this reporter, partner, period, flow, product and source is stored with reporter_stated {stored}, but this line says {given}: an import does not change that; edit the figure instead</source>
        <translation>die Zahl mit diesem Meldeland, Partner, Zeitraum, dieser Handelsrichtung, Ware und Quelle ist mit reporter_stated {stored} gespeichert, diese Zeile sagt aber {given}: ein Import ändert das nicht; bearbeiten Sie stattdessen die Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="177"/>
        <source>the figures of {reporter} {partner} {period} {flow}, chapter {chapter}, add up to more than the database can hold as a sum</source>
        <translation>die Zahlen {reporter} {partner} {period} {flow}, Kapitel {chapter}, ergeben zusammen mehr, als die Datenbank als Summe speichern kann</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="164"/>
        <source>the file cannot be read: {detail}</source>
        <translation>die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="160"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="179"/>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="155"/>
        <source>the file holds binary data (NUL bytes), not a text table: is it really a CSV file?</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes), keine Texttabelle: ist es wirklich eine CSV-Datei?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="157"/>
        <source>the file is empty: no header row and no data</source>
        <translation>die Datei ist leer: keine Kopfzeile und keine Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="151"/>
        <source>the header row {row} is empty or not among the first rows</source>
        <translation>die Kopfzeile {row} ist leer oder nicht unter den ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="176"/>
        <source>the header says thousand US dollars but the unit usd was asked for</source>
        <translation>die Kopfzeile nennt Tausend US-Dollar, angefordert wurde aber die Einheit usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="84"/>
        <source>the line has {cells} cells but the header has {columns} columns (a value holding the delimiter without quotes?)</source>
        <translation>die Zeile hat {cells} Zellen, die Kopfzeile aber {columns} Spalten (ein Wert mit dem Trennzeichen ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="114"/>
        <source>the line is longer than {limit} characters: not a table of trade figures</source>
        <translation>die Zeile ist länger als {limit} Zeichen: keine Tabelle mit Handelszahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="67"/>
        <source>the note is longer than {limit} characters</source>
        <translation>die Anmerkung ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="93"/>
        <source>the quantity unit is longer than {limit} characters</source>
        <translation>die Mengeneinheit ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="221"/>
        <source>the row has more cells than the block has columns</source>
        <translation>die Zeile hat mehr Zellen, als der Block Spalten hat</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="149"/>
        <source>the sheet “{sheet}” cannot be read (damaged workbook): {detail}</source>
        <translation>das Blatt „{sheet}“ kann nicht gelesen werden (beschädigte Arbeitsmappe): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="66"/>
        <source>the source is longer than {limit} characters</source>
        <translation>die Quelle ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="97"/>
        <source>the text is not valid {encoding}; name the file&apos;s encoding (utf-8, cp1251, cp1252)</source>
        <translation>der Text ist kein gültiges {encoding}; geben Sie die Kodierung der Datei an (utf-8, cp1251, cp1252)</translation>
    </message>
    <message>
        <source>the unit “{value}” is not usd or thousand-usd</source>
        <translation type="vanished">die Einheit „{value}“ ist weder usd noch thousand-usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="196"/>
        <source>the unit “{value}” is not usd, thousand-usd or million-usd</source>
        <translation>die Einheit „{value}“ ist weder usd noch thousand-usd noch million-usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="158"/>
        <source>the workbook has no sheet “{sheet}” (sheets: {sheets})</source>
        <translation>die Arbeitsmappe hat kein Blatt „{sheet}“ (Blätter: {sheets})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="133"/>
        <source>the workbook holds more than {limit} different texts, more than a workbook may (save the table as CSV)</source>
        <translation>die Arbeitsmappe enthält mehr als {limit} verschiedene Texte, mehr als eine Arbeitsmappe haben darf (speichern Sie die Tabelle als CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="121"/>
        <source>the workbook is damaged here: {detail}</source>
        <translation>die Arbeitsmappe ist hier beschädigt: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="159"/>
        <source>the workbook is empty: no sheet holds any data</source>
        <translation>die Arbeitsmappe ist leer: kein Blatt enthält Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="122"/>
        <source>the workbook needs more memory than this computer has free: save the table as CSV</source>
        <translation>die Arbeitsmappe braucht mehr Arbeitsspeicher, als auf diesem Computer frei ist: speichern Sie die Tabelle als CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="128"/>
        <source>the workbook part {part} unpacks to {size} MB, more than the {limit} MB a part may (damaged, or not saved by a spreadsheet program)</source>
        <translation>der Teil {part} der Arbeitsmappe ist entpackt {size} MB groß, mehr als die {limit} MB, die ein Teil haben darf (beschädigt oder nicht von einem Tabellenkalkulationsprogramm gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="124"/>
        <source>the workbook unpacks to {size} MB, more than the {limit} MB a workbook may (save the table as CSV, or split it)</source>
        <translation>die Arbeitsmappe ist entpackt {size} MB groß, mehr als die {limit} MB, die eine Arbeitsmappe haben darf (speichern Sie die Tabelle als CSV oder teilen Sie sie auf)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="131"/>
        <source>the workbook&apos;s styles and other parts hold more than {limit} XML elements (damaged, or not saved by a spreadsheet program)</source>
        <translation>die Formatvorlagen und anderen Teile der Arbeitsmappe enthalten mehr als {limit} XML-Elemente (beschädigt oder nicht von einem Tabellenkalkulationsprogramm gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="126"/>
        <source>the workbook&apos;s texts unpack to {size} MB, more than the {limit} MB a workbook may hold (save the table as CSV)</source>
        <translation>die Texte der Arbeitsmappe sind entpackt {size} MB groß, mehr als die {limit} MB, die eine Arbeitsmappe enthalten darf (speichern Sie die Tabelle als CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="142"/>
        <source>the worksheet {part} holds more than the {limit} rows a worksheet can have (damaged, or not saved by a spreadsheet program)</source>
        <translation>das Arbeitsblatt {part} enthält mehr als die {limit} Zeilen, die ein Arbeitsblatt haben kann (beschädigt oder nicht von einem Tabellenkalkulationsprogramm gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="139"/>
        <source>the worksheet {part} holds more than {limit} MB before its cells (damaged, or not saved by a spreadsheet program)</source>
        <translation>das Arbeitsblatt {part} enthält vor seinen Zellen mehr als {limit} MB (beschädigt oder nicht von einem Tabellenkalkulationsprogramm gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="152"/>
        <source>this is a password-protected (encrypted) XLSX workbook or an old binary .xls file: open it in a spreadsheet program and save it as .xlsx without a password, or as CSV</source>
        <translation>dies ist eine kennwortgeschützte (verschlüsselte) XLSX-Arbeitsmappe oder eine alte binäre .xls-Datei: öffnen Sie sie in einem Tabellenkalkulationsprogramm und speichern Sie sie als .xlsx ohne Kennwort oder als CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="102"/>
        <source>this line is UTF-8, but line {first_line} before it is not ({encoding}?): the file mixes encodings; save it in one encoding (UTF-8)</source>
        <translation>diese Zeile ist UTF-8, die frühere Zeile {first_line} aber nicht ({encoding}?): die Datei mischt Kodierungen; speichern Sie sie in einer einzigen Kodierung (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="100"/>
        <source>this line is not UTF-8, but line {first_line} before it is: the file mixes encodings; save it in one encoding (UTF-8)</source>
        <translation>diese Zeile ist nicht UTF-8, die frühere Zeile {first_line} aber schon: die Datei mischt Kodierungen; speichern Sie sie in einer einzigen Kodierung (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="187"/>
        <source>this source&apos;s figure is already stored, told from the partner&apos;s side ({reporter} {partner} {flow}, reporter not stated)</source>
        <translation>die Zahl dieser Quelle ist bereits gespeichert, aus Sicht des Partners ({reporter} {partner} {flow}, Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="229"/>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="232"/>
        <source>{name} “{char}”</source>
        <translation>{name} „{char}“</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="231"/>
        <source>“{char}”</source>
        <translation>„{char}“</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="208"/>
        <source>“{value}” has more decimals than whole cents allow</source>
        <translation>„{value}“ hat mehr Nachkommastellen, als ganze Cent erlauben</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="92"/>
        <source>“{value}” has more than {places} decimals</source>
        <translation>„{value}“ hat mehr als {places} Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="74"/>
        <source>“{value}” has more than {places} decimals: values are stored in whole cents</source>
        <translation>„{value}“ hat mehr als {places} Nachkommastellen: Werte werden in ganzen Cent gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="78"/>
        <source>“{value}” has more than {places} decimals: values in million US dollars are stored in whole cents</source>
        <translation>„{value}“ hat mehr als {places} Nachkommastellen: Werte in Millionen US-Dollar werden auf ganze Cent genau gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="76"/>
        <source>“{value}” has more than {places} decimals: values in thousand US dollars are stored in whole cents</source>
        <translation>„{value}“ hat mehr als {places} Nachkommastellen: Werte in Tausend US-Dollar werden auf ganze Cent genau gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="203"/>
        <source>“{value}” holds a thousands separator; write the number without grouping, with “.” as the decimal point</source>
        <translation>„{value}“ enthält ein Tausendertrennzeichen; schreiben Sie die Zahl ohne Gruppierung, mit „.“ als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="205"/>
        <source>“{value}” holds a thousands separator; write the number without grouping, with “.” or “{decimal_point}” as the decimal point</source>
        <translation>„{value}“ enthält ein Tausendertrennzeichen; schreiben Sie die Zahl ohne Gruppierung, mit „.“ oder „{decimal_point}“ als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="37"/>
        <source>“{value}” is an aggregate such as World, not a reporting country</source>
        <translation>„{value}“ ist ein Aggregat wie Welt, kein meldendes Land</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="199"/>
        <source>“{value}” is mapped to “{flow}”, which is not a flow</source>
        <translation>„{value}“ ist „{flow}“ zugeordnet, das keine Handelsrichtung ist</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="197"/>
        <source>“{value}” is mapped to “{product}”, which is not TOTAL or an HS code</source>
        <translation>„{value}“ ist „{product}“ zugeordnet, das weder TOTAL noch ein HS-Code ist</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="88"/>
        <source>“{value}” is negative; quantities and net weights must not be negative</source>
        <translation>„{value}“ ist negativ; Mengen und Nettogewichte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="73"/>
        <source>“{value}” is negative; trade values must not be negative</source>
        <translation>„{value}“ ist negativ; Handelswerte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="59"/>
        <source>“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits</source>
        <translation>„{value}“ ist weder TOTAL noch ein HS-Code mit 2, 4, 6, 8 oder 10 Ziffern</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="60"/>
        <source>“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits (a leading zero lost? keep product codes as text)</source>
        <translation>„{value}“ ist weder TOTAL noch ein HS-Code mit 2, 4, 6, 8 oder 10 Ziffern (eine führende Null verloren? Warencodes als Text speichern)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="215"/>
        <source>“{value}” is not a column name (reporter, partner, period, flow, product, value_usd, source, note)</source>
        <translation>„{value}“ ist kein Spaltenname (reporter, partner, period, flow, product, value_usd, source, note)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="194"/>
        <source>“{value}” is not a field (fields: {fields})</source>
        <translation>„{value}“ ist kein Feld (Felder: {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="64"/>
        <source>“{value}” is not a flow (export, import, re-export, re-import, turnover)</source>
        <translation>„{value}“ ist keine Handelsrichtung (export, import, re-export, re-import, turnover)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="39"/>
        <source>“{value}” is not a known ISO alpha-3 country code</source>
        <translation>„{value}“ ist kein bekannter ISO-alpha-3-Ländercode</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="69"/>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="70"/>
        <source>“{value}” is not a number (use “.” as the decimal point and no thousands separators)</source>
        <translation>„{value}“ ist keine Zahl (verwenden Sie „.“ als Dezimaltrennzeichen und keine Tausendertrennzeichen)</translation>
    </message>
    <message>
        <source>“{value}” is not a period (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">„{value}“ ist kein Zeitraum (JJJJ, JJJJ-MM oder JJJJ-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="43"/>
        <source>“{value}” is not a period (YYYY, YYYY-Sn for a half-year, YYYY-Qn, YYYY-MM, or YYYY-MM/YYYY-MM for months within one year)</source>
        <translation>„{value}“ ist kein Zeitraum (JJJJ, JJJJ-Sn für ein Halbjahr, JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM für Monate innerhalb eines Jahres)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="55"/>
        <source>“{value}” is not a period (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM, YYYY-MM/YYYY-MM, or words such as “январь–сентябрь 2024”, “I полугодие 2025”, “Jan–Sep 2024”, “H1 2025”)</source>
        <translation>„{value}“ ist kein Zeitraum (JJJJ, JJJJ-Sn, JJJJ-Qn, JJJJ-MM, JJJJ-MM/JJJJ-MM oder in Worten wie „январь–сентябрь 2024“, „I полугодие 2025“, „Jan–Sep 2024“, „H1 2025“)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="51"/>
        <source>“{value}” is not a period: a span of months must lie within one year and end after it starts</source>
        <translation>„{value}“ ist kein Zeitraum: eine Monatsspanne muss innerhalb eines Jahres liegen und nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="50"/>
        <source>“{value}” is not a period: the half-year must be S1 or S2</source>
        <translation>„{value}“ ist kein Zeitraum: das Halbjahr muss S1 oder S2 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="46"/>
        <source>“{value}” is not a period: the month must be 01 to 12</source>
        <translation>„{value}“ ist kein Zeitraum: der Monat muss 01 bis 12 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="47"/>
        <source>“{value}” is not a period: the quarter must be Q1 to Q4</source>
        <translation>„{value}“ ist kein Zeitraum: das Quartal muss Q1 bis Q4 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="48"/>
        <source>“{value}” is not a period: the year must be between {first_year} and {last_year}</source>
        <translation>„{value}“ ist kein Zeitraum: das Jahr muss zwischen {first_year} und {last_year} liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="86"/>
        <source>“{value}” is not yes or no (is the reporter stated? yes, no; also true/false, 1/0)</source>
        <translation>„{value}“ ist weder yes noch no (ist das Meldeland angegeben? yes, no oder ja, nein; auch true/false, 1/0)</translation>
    </message>
    <message>
        <source>“{value}” is too large</source>
        <translation type="vanished">„{value}“ ist zu groß</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="72"/>
        <source>“{value}” is too large: a figure is at most USD {limit}</source>
        <translation>„{value}“ ist zu groß: eine Zahl beträgt höchstens {limit} USD</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="90"/>
        <source>“{value}” is too large: a quantity or net weight is below 10^15</source>
        <translation>„{value}“ ist zu groß: Eine Menge oder ein Nettogewicht liegt unter 10^15</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="53"/>
        <source>“{value}” names no year: write the period with its year (such as “январь–сентябрь 2024” or “I полугодие 2025”)</source>
        <translation>„{value}“ nennt kein Jahr: Schreiben Sie den Zeitraum mit seinem Jahr (etwa „январь–сентябрь 2024“ oder „I полугодие 2025“)</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesEditor</name>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="123"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="124"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="126"/>
        <source>Paste lines copied from a spreadsheet: period, value, source and, optionally, a note, separated by tabs</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen: Zeitraum, Wert, Quelle und optional eine Anmerkung, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="125"/>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="128"/>
        <source>Periods as in trade figures: 2024, 2024-Q1, 2024-03, 2024-S1 or 2024-01/2024-09</source>
        <translation>Zeiträume wie bei Handelszahlen: 2024, 2024-Q1, 2024-03, 2024-S1 oder 2024-01/2024-09</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="228"/>
        <source>&amp;Add milestone</source>
        <translation>Meilenstein &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="215"/>
        <source>&amp;Due date</source>
        <translation>&amp;Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="238"/>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="225"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Meilensteine</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <source>&amp;Partner country</source>
        <translation>Partner&amp;land</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="229"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <location filename="../../desktop/forms/initiative_form.py" line="232"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="318"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="237"/>
        <source>Add a milestone to edit it here</source>
        <translation>Fügen Sie einen Meilenstein hinzu, um ihn hier zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="216"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="218"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="217"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="215"/>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="234"/>
        <source>Do&amp;ne</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="235"/>
        <source>Done &amp;on</source>
        <translation>Erledigt &amp;am</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="233"/>
        <source>Due &amp;date</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="247"/>
        <source>Edit initiative – {0}</source>
        <translation>Initiative bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="217"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="239"/>
        <source>Lin&amp;ks</source>
        <translation>Ver&amp;knüpfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="224"/>
        <source>Linked &amp;commitments</source>
        <translation>Verknüpfte &amp;Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="223"/>
        <source>Linked m&amp;eetings</source>
        <translation>Verknüpfte &amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="324"/>
        <source>Milestone {0}: a title is required.</source>
        <translation>Meilenstein {0}: Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="327"/>
        <source>Milestone {0}: {1}</source>
        <translation>Meilenstein {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="240"/>
        <source>Milestone&amp;s</source>
        <translation>Meilen&amp;steine</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="230"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="231"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="245"/>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>Notes can be added once the initiative is saved.</source>
        <translation type="vanished">Notizen können hinzugefügt werden, sobald die Initiative gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="241"/>
        <source>Progress &amp;log</source>
        <translation>Fortschritts&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="216"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <source>Se&amp;ctor</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>Sta&amp;rt date</source>
        <translation>Beginn&amp;datum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="218"/>
        <source>Stalled</source>
        <translation>Ins Stocken geraten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="333"/>
        <source>The due date must not be before the start date ({0}).</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Beginndatum ({0}) liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="243"/>
        <source>They are stored with the initiative when you save it.</source>
        <translation>Die Notizen werden beim Speichern der Initiative mitgespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="222"/>
        <source>e.g. Agriculture</source>
        <translation>z. B. Landwirtschaft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>
… and {0} more</source>
        <translation type="vanished">
… und {0} weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="441"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="478"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="471"/>
        <source>&amp;Backup now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="473"/>
        <source>&amp;Check database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="475"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474"/>
        <location filename="../../desktop/main_window.py" line="487"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="466"/>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Liste als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="485"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="475"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="476"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="467"/>
        <source>&amp;Import trade figures…</source>
        <translation>Handelsdaten &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="465"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="465"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="469"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="470"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="477"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="477"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="482"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="489"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="488"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1224"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1111"/>
        <source>Backed up automatically to {0}</source>
        <translation>Automatisch gesichert nach {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1082"/>
        <source>Backed up to {0}</source>
        <translation>Gesichert nach {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1075"/>
        <location filename="../../desktop/main_window.py" line="1101"/>
        <source>Backing up {0}…</source>
        <translation>{0} wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="877"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="456"/>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="800"/>
        <source>Commitment Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Commitment-Tracker-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="808"/>
        <source>Commitment Tracker databases (*.sqlite)</source>
        <translation>Commitment-Tracker-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Commitments &amp;&amp; metrics</source>
        <translation type="vanished">Verpflichtungen &amp;&amp; Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="454"/>
        <source>Commitments and metrics</source>
        <translation>Verpflichtungen und Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="452"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="444"/>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="718"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the {0} {1}?</source>
        <translation type="vanished">{0} „{1}“ löschen?</translation>
    </message>
    <message>
        <source>Delete these {0} {1}?</source>
        <translation type="vanished">Diese {0} Einträge ({1}) löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="468"/>
        <source>E&amp;xport trade figures…</source>
        <translation>Handelsdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="470"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="vanished">PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="876"/>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="891"/>
        <source>Exported %Ln row(s) to {0}</source>
        <translation>
            <numerusform>%Ln Zeile nach {0} exportiert</numerusform>
            <numerusform>%Ln Zeilen nach {0} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="944"/>
        <source>Exported %Ln trade figure(s) to {0}</source>
        <translation>
            <numerusform>%Ln Handelszahl nach {0} exportiert</numerusform>
            <numerusform>%Ln Handelszahlen nach {0} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation type="vanished">{0} Zeilen nach {1} exportiert</translation>
    </message>
    <message>
        <source>Exported {0} trade figures to {1}</source>
        <translation type="vanished">{0} Handelsdaten nach {1} exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="919"/>
        <source>Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped</source>
        <translation>{0} importiert: {1} eingefügt, {2} aktualisiert, {3} unverändert, {4} übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="454"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="453"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="612"/>
        <source>Meetings: {meetings} · Commitments: {commitments} · Initiatives: {initiatives} · People: {people} · Trade figures: {trade_figures}</source>
        <translation>Treffen: {meetings} · Verpflichtungen: {commitments} · Initiativen: {initiatives} · Personen: {people} · Handelsdaten: {trade_figures}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="807"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1062"/>
        <source>Nothing can be changed: the database is read-only ({0}).</source>
        <translation>Nichts kann geändert werden: Die Datenbank ist schreibgeschützt ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="933"/>
        <source>Nothing exported: correct the Trade page&apos;s filter first</source>
        <translation>Nichts exportiert: Korrigieren Sie zuerst den Filter der Seite Handel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="486"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="799"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>People &amp;&amp; organisations</source>
        <translation type="vanished">Personen &amp;&amp; Organisationen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="455"/>
        <source>People and organisations</source>
        <translation>Personen und Organisationen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="469"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="449"/>
        <source>Read-only: {0}</source>
        <translation>Schreibgeschützt: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="321"/>
        <location filename="../../desktop/main_window.py" line="484"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="472"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restored {0} from {1}.</source>
        <translation type="vanished">{0} aus {1} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1188"/>
        <source>Restored {0} from {1}: {2}.</source>
        <translation>{0} wurde aus {1} wiederhergestellt: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1160"/>
        <source>Restoring {0}…</source>
        <translation>{0} wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1085"/>
        <source>Rotation removed %n older backup(s) (backups made with Backup now and copies taken before an import, restore or repair are kept at least {0} days).</source>
        <translation>
            <numerusform>Die Rotation hat %n ältere Sicherung entfernt (mit „Jetzt sichern“ erstellte Sicherungen und vor einem Import, einer Wiederherstellung oder Reparatur angelegte Kopien werden mindestens {0} Tage aufbewahrt).</numerusform>
            <numerusform>Die Rotation hat %n ältere Sicherungen entfernt (mit „Jetzt sichern“ erstellte Sicherungen und vor einem Import, einer Wiederherstellung oder Reparatur angelegte Kopien werden mindestens {0} Tage aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1009"/>
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1012"/>
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>%Ln Seite an den Drucker gesendet</numerusform>
            <numerusform>%Ln Seiten an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer</source>
        <translation type="vanished">{0} Seiten an den Drucker gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="583"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1115"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1107"/>
        <source>The backup at close failed: {0}
Your changes are saved in the database itself.</source>
        <translation>Die Sicherung beim Schließen ist fehlgeschlagen: {0}
Ihre Änderungen sind in der Datenbank selbst gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1078"/>
        <source>The backup failed: {0}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1182"/>
        <source>The backup was not restored: {0}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1191"/>
        <source>The previous state is kept in {0}.</source>
        <translation>Der vorherige Stand liegt in {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="860"/>
        <source>This database is empty. Load the example (Kyrgyzstan–Belarus, Almaty 2025) to see how the application works? You can delete it later.</source>
        <translation>Diese Datenbank ist leer. Das Beispiel (Kirgisistan–Belarus, Almaty 2025) laden, um zu sehen, wie die Anwendung funktioniert? Sie können es später löschen.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="452"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="491"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="455"/>
        <source>Trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="317"/>
        <location filename="../../desktop/main_window.py" line="483"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="vanished">Sie können dies rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="449"/>
        <location filename="../../desktop/main_window.py" line="1060"/>
        <source>opened read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1167"/>
        <source>{0} cannot be opened after the restore: {1}</source>
        <translation>{0} kann nach der Wiederherstellung nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="584"/>
        <source>{0} could not be refreshed and may show the database as it was before: {1}</source>
        <translation>Aktualisierung fehlgeschlagen: {0}. Dort kann noch der vorherige Stand der Datenbank angezeigt werden. Ursache: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="815"/>
        <source>{0} exists already; use Open.</source>
        <translation>{0} existiert bereits; verwenden Sie Öffnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1234"/>
        <source>{0} {1}

Tracks bilateral intergovernmental commitments, initiatives and trade figures.

Qt {2} · PySide6 {3}
Python {4}
SQLite {5}</source>
        <translation>{0} {1}

Verfolgt bilaterale zwischenstaatliche Verpflichtungen, Initiativen und Handelsdaten.

Qt {2} · PySide6 {3}
Python {4}
SQLite {5}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="508"/>
        <source>&amp;Add participant</source>
        <translation>Teilnehmer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="481"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="483"/>
        <source>&amp;Forum / event</source>
        <translation>&amp;Forum / Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="493"/>
        <source>&amp;Participants</source>
        <translation>Teil&amp;nehmer</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="494"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="480"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="490"/>
        <source>&amp;Verbatim source text</source>
        <translation>&amp;Wörtlicher Quelltext</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="587"/>
        <source>Choose a person from the list, or create them with “New person…”.</source>
        <translation>Wählen Sie eine Person aus der Liste oder legen Sie sie mit „Neue Person…“ an.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="505"/>
        <source>Choose a position or type a title</source>
        <translation>Wählen Sie eine Position oder geben Sie eine Bezeichnung ein</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="414"/>
        <source>Commitment made: {0} (deadline {1})</source>
        <translation>Eingegangene Verpflichtung: {0} (Frist {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="418"/>
        <source>Commitment {0} on {1}: {2}</source>
        <translation>Verpflichtung {0} am {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="507"/>
        <source>Create a person who is not in the list yet</source>
        <translation>Eine Person anlegen, die noch nicht in der Liste ist</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="492"/>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="513"/>
        <source>Double-click a position (or press F2) to change it</source>
        <translation>Doppelklicken Sie auf eine Position (oder drücken Sie F2), um sie zu ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="517"/>
        <source>Edit meeting – {0}</source>
        <translation>Treffen bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="422"/>
        <source>Initiative: {0} ({1})</source>
        <translation>Initiative: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="506"/>
        <source>Ne&amp;w person…</source>
        <translation>Neue Pers&amp;on…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="515"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="426"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="482"/>
        <source>P&amp;lace</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="487"/>
        <source>Participant l&amp;ist</source>
        <translation>Teilnehmer&amp;liste</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="484"/>
        <source>Partner &amp;countries</source>
        <translation>Partner&amp;länder</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="501"/>
        <source>Perso&amp;n</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="511"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="503"/>
        <source>Position &amp;held then</source>
        <translation>Damalige Pos&amp;ition</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="511"/>
        <source>Position held then</source>
        <translation>Damalige Position</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="496"/>
        <source>Pr&amp;oduced</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="497"/>
        <source>Produced at this &amp;meeting (double-click an item to open it):</source>
        <translation>Ergebnisse dieses Tre&amp;ffens (Doppelklick öffnet einen Eintrag):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="509"/>
        <source>Re&amp;move participant</source>
        <translation>Teilnehmer ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="499"/>
        <source>Separate topics with commas</source>
        <translation>Themen durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="489"/>
        <source>Source &amp;URL</source>
        <translation>Quellen-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="488"/>
        <source>Source c&amp;itation</source>
        <translation>Quellen&amp;angabe</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="486"/>
        <source>Summar&amp;y</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="485"/>
        <source>Top&amp;ics</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="502"/>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="442"/>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="444"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="438"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="443"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="443"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="442"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="438"/>
        <source>reaffirmed</source>
        <translation>bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="444"/>
        <source>stalled</source>
        <translation>ins Stocken geraten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="593"/>
        <source>{0} is already listed as a participant.</source>
        <translation>{0} ist bereits als Teilnehmer aufgeführt.</translation>
    </message>
</context>
<context>
    <name>MetricDefinitionDialog</name>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="735"/>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Flow</source>
        <translation>&amp;Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="418"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="418"/>
        <source>&amp;Reporter (whose statistics)</source>
        <translation>&amp;Meldeland (wessen Statistik)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="421"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="417"/>
        <source>&amp;Values</source>
        <translation>Wer&amp;te</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="518"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="521"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="523"/>
        <source>(no source)</source>
        <translation>(ohne Quelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="598"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>A product group</source>
        <translation>Eine Warengruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="792"/>
        <source>A third country&apos;s statistics.</source>
        <translation>Statistik eines Drittlandes.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>All goods</source>
        <translation>Alle Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="430"/>
        <source>Also count figures whose reporter is not stated</source>
        <translation>Auch Zahlen ohne angegebenes Meldeland einrechnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="448"/>
        <source>Annual (calendar years)</source>
        <translation>Jährlich (Kalenderjahre)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="600"/>
        <source>Another metric definition has this name.</source>
        <translation>Eine andere Kennzahldefinition hat diesen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="672"/>
        <source>Choose a product group from the list.</source>
        <translation>Wählen Sie eine Warengruppe aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="425"/>
        <source>Default order</source>
        <translation>Standardreihenfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="771"/>
        <source>Default order: national statistics first, international compilations last.</source>
        <translation>Standardreihenfolge: zuerst die nationale Statistik, zuletzt internationale Datenbanken.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="768"/>
        <source>Default order: national statistics first, then international compilations, then figures whose reporter is not stated.</source>
        <translation>Standardreihenfolge: zuerst die nationale Statistik, dann internationale Datenbanken, dann Zahlen ohne angegebenes Meldeland.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="421"/>
        <source>Descr&amp;iption</source>
        <translation>Besch&amp;reibung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="424"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="428"/>
        <source>Each figure is taken from the first source in this list that reports it; two sources are never added up</source>
        <translation>Jede Zahl wird aus der ersten Quelle dieser Liste übernommen, die sie meldet; zwei Quellen werden nie addiert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="462"/>
        <source>Edit metric definition – {0}</source>
        <translation>Kennzahldefinition bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="435"/>
        <source>Exports</source>
        <translation>Ausfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="431"/>
        <source>Figures published for the two countries without saying whose statistics they are count as sources of their own. They come after the reporter&apos;s own sources unless you move them up in Sources.</source>
        <translation>Zahlen, die für die beiden Länder veröffentlicht wurden, ohne anzugeben, wessen Statistik sie sind, gelten als eigene Quellen. Sie folgen nach den eigenen Quellen des Meldelands, sofern Sie sie unter „Quellen“ nicht nach oben verschieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="419"/>
        <source>HS &amp;chapters</source>
        <translation>HS-&amp;Kapitel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>HS chapters</source>
        <translation>HS-Kapitel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="436"/>
        <source>Imports</source>
        <translation>Einfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="439"/>
        <source>Indicator entered by hand</source>
        <translation>Manuell eingegebener Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="657"/>
        <source>Name the HS chapters, e.g. 01-24,30.</source>
        <translation>Nennen Sie die HS-Kapitel, z. B. 01-24,30.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="461"/>
        <source>New metric definition</source>
        <translation>Neue Kennzahldefinition</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="786"/>
        <source>No home country is set (Tools &gt; Settings).</source>
        <translation>Kein eigenes Land festgelegt (Extras &gt; Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="765"/>
        <source>No trade figures of this pair yet: their sources will be taken in the default order (national statistics first).</source>
        <translation>Für dieses Länderpaar gibt es noch keine Handelszahlen: Ihre Quellen werden in der Standardreihenfolge herangezogen (zuerst die nationale Statistik).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="788"/>
        <source>Our own statistics.</source>
        <translation>Unsere eigene Statistik.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="420"/>
        <source>Period &amp;basis</source>
        <translation>Zeitraum&amp;basis</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="460"/>
        <source>Plots and reports will say:</source>
        <translation>Diagramme und Berichte werden sagen:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="419"/>
        <source>Pro&amp;ducts</source>
        <translation>&amp;Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="420"/>
        <source>Product &amp;group</source>
        <translation>Waren&amp;gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="449"/>
        <source>Rolling 12 months (monthly data)</source>
        <translation>Gleitende 12 Monate (Monatsdaten)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="455"/>
        <source>Rolling: each point sums the 12 months up to a month, so the latest data count before the year is complete</source>
        <translation>Gleitend: Jeder Punkt summiert die 12 Monate bis zu einem Monat, sodass die neuesten Daten zählen, bevor das Jahr vollständig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="458"/>
        <source>Swap reporter and partner (and exports with imports): the same trade as the other country reports it</source>
        <translation>Meldeland und Partner tauschen (und Ausfuhren mit Einfuhren): derselbe Handel, wie ihn das andere Land meldet</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="649"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="670"/>
        <source>The partner must differ from the reporter.</source>
        <translation>Der Partner muss sich vom Meldeland unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="790"/>
        <source>The partner&apos;s statistics: mirror figures of our trade with it.</source>
        <translation>Die Statistik des Partners: Spiegeldaten unseres Handels mit ihm.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="426"/>
        <source>The reporter&apos;s national statistics first, international compilations last</source>
        <translation>Zuerst die nationale Statistik des Meldelands, zuletzt internationale Datenbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="445"/>
        <source>The unit every value of the metric is shown with</source>
        <translation>Die Einheit, in der jeder Wert der Kennzahl angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="668"/>
        <source>These are not HS chapters.</source>
        <translation>Das sind keine HS-Kapitel.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="438"/>
        <source>Trade quantity</source>
        <translation>Handelsmenge</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="438"/>
        <source>Trade value</source>
        <translation>Handelswert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="441"/>
        <source>Trade value: US dollars summed from trade figures. Trade quantity: their quantity in one unit (t, kg, u…). Indicator: values you type or paste per period, each with its source.</source>
        <translation>Handelswert: Summe der Handelszahlen in US-Dollar. Handelsmenge: ihre Menge in einer Einheit (t, kg, u…). Indikator: Werte, die Sie je Zeitraum eingeben oder einfügen, jeweils mit ihrer Quelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="435"/>
        <source>Turnover (exports + imports)</source>
        <translation>Handelsumsatz (Ausfuhren + Einfuhren)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="453"/>
        <source>Two-digit HS chapters from 01 to 97: single chapters and ranges, separated by commas</source>
        <translation>Zweistellige HS-Kapitel von 01 bis 97: einzelne Kapitel und Bereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="423"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="457"/>
        <source>Use the other side&apos;s figures</source>
        <translation>Die Zahlen der anderen Seite verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="736"/>
        <source>Used by {0} commitment(s): {1}{2}. Changing the definition changes their actual values.</source>
        <translation>Verwendet von {0} Verpflichtung(en): {1}{2}. Eine Änderung der Definition ändert ihre Istwerte.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="661"/>
        <source>Write two-digit chapters from 01 to 97, single or as ranges, separated by commas (e.g. 01-24,30).</source>
        <translation>Schreiben Sie zweistellige Kapitel von 01 bis 97, einzeln oder als Bereiche, durch Kommas getrennt (z. B. 01-24,30).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="774"/>
        <source>Your order: each figure comes from the first source that has it.</source>
        <translation>Ihre Reihenfolge: Jede Zahl stammt aus der ersten Quelle, die sie enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="452"/>
        <source>e.g. 01-24,30</source>
        <translation>z. B. 01-24,30</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="451"/>
        <source>e.g. Turnover with Belarus, our statistics</source>
        <translation>z. B. Handelsumsatz mit Belarus, unsere Statistik</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="520"/>
        <source>{0} (international compilation)</source>
        <translation>{0} (internationale Datenbank)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="517"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="759"/>
        <source>{0} chapter(s)</source>
        <translation>{0} Kapitel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="725"/>
        <source>{0}, in {1}: values typed per period, each with its source</source>
        <translation>{0}, in {1}: Werte je Zeitraum eingegeben, jeweils mit ihrer Quelle</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <location filename="../../desktop/metric_text.py" line="55"/>
        <source>(no source)</source>
        <translation>(ohne Quelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="66"/>
        <source>(reporter not stated)</source>
        <translation>(Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="35"/>
        <source>Exports to {0}</source>
        <translation>Ausfuhren nach {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="38"/>
        <source>HS chapters {0}</source>
        <translation>HS-Kapitel {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="36"/>
        <source>Imports from {0}</source>
        <translation>Einfuhren aus {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="34"/>
        <source>Turnover (exports + imports) with {0}</source>
        <translation>Handelsumsatz (Ausfuhren + Einfuhren) mit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="42"/>
        <source>all goods</source>
        <translation>alle Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="43"/>
        <source>annual</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="43"/>
        <source>rolling 12 months</source>
        <translation>gleitende 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="67"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="30"/>
        <source>{0}, values typed per period with their source; {1}</source>
        <translation>{0}, Werte je Zeitraum mit ihrer Quelle eingegeben; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="46"/>
        <source>{0}, {1}, as reported by {2}; USD, {3}</source>
        <translation>{0}, {1}, gemeldet von {2}; USD, {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="48"/>
        <source>{0}, {1}, as reported by {2}; in {3}, {4}</source>
        <translation>{0}, {1}, gemeldet von {2}; in {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="54"/>
        <source>{0}; sources in this order: {1}</source>
        <translation>{0}; Quellen in dieser Reihenfolge: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="51"/>
        <source>{0}; then figures published without a stated reporter</source>
        <translation>{0}; danach Zahlen, die ohne Angabe des Meldelands veröffentlicht wurden</translation>
    </message>
</context>
<context>
    <name>MirrorView</name>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="157"/>
        <source>&amp;Our country:</source>
        <translation>&amp;Unser Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="178"/>
        <location filename="../../desktop/views/mirror_view.py" line="206"/>
        <source>All goods</source>
        <translation>Alle Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="162"/>
        <source>Annual figures, else 12 months, else 4 quarters of each year</source>
        <translation>Jahreswerte, sonst 12 Monate, sonst 4 Quartale jedes Jahres</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="264"/>
        <source>Cannot compare: {0}</source>
        <translation>Vergleich nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="252"/>
        <source>Choose two countries to compare their figures.</source>
        <translation>Wählen Sie zwei Länder, um ihre Zahlen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="171"/>
        <source>Each side as it reports: our exports are mirrored by the partner&apos;s imports from us, our imports by its exports to us. Gap: how far the partner&apos;s figure lies from ours, in % of ours. Mirror figures differ (imports valued CIF, exports FOB; timing; re-exports; coverage); neither is corrected. Values in USD million.</source>
        <translation>Jede Seite so, wie sie meldet: Unseren Ausfuhren entsprechen die Einfuhren des Partners von uns, unseren Einfuhren seine Ausfuhren zu uns. Abweichung: wie weit die Zahl des Partners von unserer entfernt liegt, in % unserer Zahl. Spiegeldaten weichen ab (Einfuhren zu CIF-, Ausfuhren zu FOB-Werten; zeitliche Zuordnung; Wiederausfuhren; Erfassungsbereich); keine Seite wird korrigiert. Werte in Mio. USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="192"/>
        <source>Exports {0}→{1}</source>
        <translation>Ausfuhren {0}→{1}</translation>
    </message>
    <message>
        <source>First period (empty: from the earliest)</source>
        <translation type="vanished">Erster Zeitraum (leer: ab dem frühesten)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="165"/>
        <source>First period (empty: from the earliest); a figure is listed when its whole period lies within the range</source>
        <translation>Erster Zeitraum (leer: ab dem frühesten); eine Zahl wird aufgeführt, wenn ihr ganzer Zeitraum im Bereich liegt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="197"/>
        <source>Gap</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="192"/>
        <source>Imports {0}←{1}</source>
        <translation>Einfuhren {0}←{1}</translation>
    </message>
    <message>
        <source>Last period (empty: to the latest)</source>
        <translation type="vanished">Letzter Zeitraum (leer: bis zum neuesten)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="167"/>
        <source>Last period (empty: to the latest); a figure is listed when its whole period lies within the range</source>
        <translation>Letzter Zeitraum (leer: bis zum neuesten); eine Zahl wird aufgeführt, wenn ihr ganzer Zeitraum im Bereich liegt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="270"/>
        <source>Neither {0} nor {1} reports figures for this pair and these periods.</source>
        <translation>Weder {0} noch {1} meldet Zahlen für dieses Paar und diese Zeiträume.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="290"/>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="158"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="159"/>
        <source>Peri&amp;ods:</source>
        <translation>Zeit&amp;räume:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="191"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="160"/>
        <source>Pro&amp;ducts:</source>
        <translation>&amp;Waren:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="161"/>
        <source>Sum to complete &amp;years</source>
        <translation>Zu vollständigen &amp;Jahren summieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="293"/>
        <source>The partner reports {0} than we do</source>
        <translation>Der Partner meldet {0} als wir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="193"/>
        <source>Turnover {0}↔{1}</source>
        <translation>Handelsumsatz {0}↔{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="294"/>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="294"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="189"/>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="190"/>
        <source>partner</source>
        <translation>des Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="196"/>
        <location filename="../../desktop/views/mirror_view.py" line="197"/>
        <source>{0}
{1} data</source>
        <translation>{0}
Zahlen: {1}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="95"/>
        <source>A value is required</source>
        <translation>Ein Wert ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/number_edit.py" line="103"/>
        <source>At most %n decimals</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle</numerusform>
            <numerusform>Höchstens %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="102"/>
        <source>At most one decimal</source>
        <translation>Höchstens eine Nachkommastelle</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="105"/>
        <source>Enter a number like %1 (no thousands separators)</source>
        <translation>Geben Sie eine Zahl wie %1 ein (ohne Tausendertrennzeichen)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="100"/>
        <source>Enter a whole number</source>
        <translation>Geben Sie eine ganze Zahl ein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="97"/>
        <source>Negative values are not allowed</source>
        <translation>Negative Werte sind nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop/opening.py" line="62"/>
        <source>Details: {0}</source>
        <translation>Einzelheiten: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="123"/>
        <source>Looking for a good backup of {0}…</source>
        <translation>Suche nach einer guten Sicherung von {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="134"/>
        <source>Restoring {0}…</source>
        <translation>{0} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="137"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="60"/>
        <source>{0} is on a network share, so it opens read-only: nothing can be changed in it.</source>
        <translation>{0} liegt auf einer Netzwerkfreigabe und wird daher schreibgeschützt geöffnet: Darin kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="357"/>
        <source>%1 %2 has only %3 days.</source>
        <translation>Der %1 %2 hat nur %3 Tage.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="304"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Datum im Kalender auswählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="303"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="368"/>
        <source>Enter a date like %1 (or %2).</source>
        <translation>Geben Sie ein Datum wie %1 ein (oder %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="347"/>
        <source>Enter a date, or uncheck “Set” to leave it empty.</source>
        <translation>Geben Sie ein Datum ein, oder deaktivieren Sie „Setzen“, um es leer zu lassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="348"/>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="301"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="367"/>
        <source>The date must not be after %1.</source>
        <translation>Das Datum darf nicht nach dem %1 liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="365"/>
        <source>The date must not be before %1.</source>
        <translation>Das Datum darf nicht vor dem %1 liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="362"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Das Jahr muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="354"/>
        <source>There is no day 0.</source>
        <translation>Einen Tag 0 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="350"/>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>Einen Monat %1 gibt es nicht: Die Monate gehen von 1 bis 12.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="302"/>
        <source>Uncheck to leave the date empty</source>
        <translation>Deaktivieren, um das Datum leer zu lassen</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="80"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="79"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="77"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="78"/>
        <source>&amp;Short name</source>
        <translation>&amp;Kurzname</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="67"/>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="68"/>
        <source>Commission</source>
        <translation>Kommission</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="69"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="90"/>
        <source>Edit organisation – {0}</source>
        <translation>Organisation bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="65"/>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="70"/>
        <source>International organisation</source>
        <translation>Internationale Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="66"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="81"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="88"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="71"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="114"/>
        <source>A half-year or a span of months cannot be used here: enter a year, a quarter or a month (YYYY, YYYY-Qn or YYYY-MM)</source>
        <translation>Ein Halbjahr oder eine Monatsspanne ist hier nicht möglich: Geben Sie ein Jahr, ein Quartal oder einen Monat ein (JJJJ, JJJJ-Qn oder JJJJ-MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="111"/>
        <source>A period is required</source>
        <translation>Ein Zeitraum ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="132"/>
        <source>A span of months must lie within one year</source>
        <translation>Eine Monatsspanne muss innerhalb eines Jahres liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="141"/>
        <source>Enter a period as YYYY, YYYY-MM or YYYY-Qn</source>
        <translation>Geben Sie einen Zeitraum als JJJJ, JJJJ-MM oder JJJJ-Qn ein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="139"/>
        <source>Enter a period as YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year)</source>
        <translation>Geben Sie einen Zeitraum als JJJJ, JJJJ-Sn (Halbjahr), JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM (Monate innerhalb eines Jahres) ein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="127"/>
        <source>The half-year must be S1 or S2 (H1 or H2)</source>
        <translation>Das Halbjahr muss S1 oder S2 (H1 oder H2) sein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="134"/>
        <location filename="../../desktop/widgets/period_edit.py" line="137"/>
        <source>The month must be 01 to 12</source>
        <translation>Der Monat muss 01 bis 12 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="124"/>
        <source>The quarter must be Q1 to Q4</source>
        <translation>Das Quartal muss Q1 bis Q4 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="135"/>
        <source>The span must end after it starts</source>
        <translation>Die Spanne muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="119"/>
        <source>The year must be between %1 and %2</source>
        <translation>Das Jahr muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="65"/>
        <source>YYYY, YYYY-MM or YYYY-Qn</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-Qn</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="63"/>
        <source>YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM</source>
        <translation>JJJJ, JJJJ-Sn, JJJJ-Qn, JJJJ-MM oder JJJJ-MM/JJJJ-MM</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Apr</source>
        <comment>abbreviated month name</comment>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Aug</source>
        <comment>abbreviated month name</comment>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="34"/>
        <source>Dec</source>
        <comment>abbreviated month name</comment>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Feb</source>
        <comment>abbreviated month name</comment>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="47"/>
        <source>H1 {0}</source>
        <translation>1. Halbjahr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="47"/>
        <source>H2 {0}</source>
        <translation>2. Halbjahr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Jan</source>
        <comment>abbreviated month name</comment>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Jul</source>
        <comment>abbreviated month name</comment>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Jun</source>
        <comment>abbreviated month name</comment>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Mar</source>
        <comment>abbreviated month name</comment>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>May</source>
        <comment>abbreviated month name</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="34"/>
        <source>Nov</source>
        <comment>abbreviated month name</comment>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Oct</source>
        <comment>abbreviated month name</comment>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Sep</source>
        <comment>abbreviated month name</comment>
        <translation>Sep.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="50"/>
        <source>{0}–{1} {2}</source>
        <translation>{0}–{1} {2}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="237"/>
        <source>&amp;Add position</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="228"/>
        <source>&amp;Country</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="226"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="230"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="238"/>
        <source>&amp;Remove position</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="232"/>
        <source>As written in the person&apos;s own language</source>
        <translation>Wie in der eigenen Sprache der Person geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="243"/>
        <source>Edit person – {0}</source>
        <translation>Person bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="235"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="229"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="227"/>
        <source>Nati&amp;ve name</source>
        <translation>Name in der &amp;Landessprache</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="241"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="239"/>
        <source>Remove the position whose row has the focus</source>
        <translation>Die Position in der Zeile mit dem Fokus entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>PlotWidget</name>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="101"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="137"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="136"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="136"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="139"/>
        <location filename="../../desktop/plots/plot_widget.py" line="157"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="102"/>
        <source>Save the plot as a PNG image, an SVG drawing or a PDF</source>
        <translation>Das Diagramm als PNG-Bild, SVG-Zeichnung oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="158"/>
        <source>The plot could not be saved:
{0}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden:
{0}</translation>
    </message>
</context>
<context>
    <name>ProgressNoteDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="433"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="433"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="440"/>
        <source>Edit progress note – {0}</source>
        <translation>Fortschrittsnotiz bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="437"/>
        <source>Keep the note in the form; the form&apos;s Save stores it</source>
        <translation>Die Notiz in das Formular übernehmen; „Speichern“ im Formular speichert sie</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="439"/>
        <source>New progress note</source>
        <translation>Neue Fortschrittsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="436"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="434"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="434"/>
        <source>Source &amp;URL</source>
        <translation>Quellen-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="463"/>
        <source>The note text is required.</source>
        <translation>Der Text der Notiz ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="468"/>
        <source>The source URL must start with http:// or https://.</source>
        <translation>Die Quellen-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ProgressNotesPanel</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="513"/>
        <source>&amp;Add note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="514"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="515"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Delete the selected note (Undo brings it back)</source>
        <translation type="vanished">Die ausgewählte Notiz löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="512"/>
        <source>Progress notes</source>
        <translation>Fortschrittsnotizen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="516"/>
        <source>Remove the selected note (Save stores the change, Cancel keeps the note)</source>
        <translation>Die ausgewählte Notiz entfernen („Speichern“ übernimmt die Änderung, „Abbrechen“ behält die Notiz)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../desktop/record_kinds.py" line="150"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="140"/>
        <source>All goods</source>
        <translation>Alle Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="146"/>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="195"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="197"/>
        <source>Baseline period</source>
        <translation>Ausgangszeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="225"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="152"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="193"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="177"/>
        <location filename="../../desktop/record_kinds.py" line="189"/>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <source>Commitments that use it keep their targets but show no actual values until another metric definition is chosen.</source>
        <translation type="vanished">Verpflichtungen, die sie verwenden, behalten ihre Zielwerte, zeigen aber keine Istwerte, bis eine andere Kennzahldefinition gewählt ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="151"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="175"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="283"/>
        <location filename="../../desktop/record_kinds.py" line="301"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="171"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="201"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="227"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="202"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="246"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="127"/>
        <source>Exports</source>
        <translation>Ausfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="221"/>
        <location filename="../../desktop/record_kinds.py" line="263"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="174"/>
        <source>Forum / event</source>
        <translation>Forum / Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="135"/>
        <source>HS {0}</source>
        <translation>HS {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="128"/>
        <source>Imports</source>
        <translation>Einfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="151"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="109"/>
        <source>Indicator entered by hand</source>
        <translation>Manuell eingegebener Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="240"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="236"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Its milestones and progress log go with it.</source>
        <translation type="vanished">Ihre Meilensteine und ihr Fortschrittsprotokoll werden mit gelöscht.</translation>
    </message>
    <message>
        <source>Its participants, partner countries and topics go with it; commitments and initiatives stay but lose the link.</source>
        <translation type="vanished">Ihre Teilnehmer, Partnerländer und Themen werden mit gelöscht; Verpflichtungen und Initiativen bleiben, verlieren aber die Verknüpfung.</translation>
    </message>
    <message>
        <source>Its revisions and progress notes go with it.</source>
        <translation type="vanished">Ihre Revisionen und Fortschrittsnotizen werden mit gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="219"/>
        <location filename="../../desktop/record_kinds.py" line="300"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="284"/>
        <source>Latest position</source>
        <translation>Letzte Position</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="168"/>
        <location filename="../../desktop/record_kinds.py" line="285"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="218"/>
        <source>Metric definition</source>
        <translation>Kennzahldefinition</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="215"/>
        <source>Metric definitions</source>
        <translation>Kennzahldefinitionen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="247"/>
        <source>Milestones done</source>
        <translation>Erledigte Meilensteine</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="281"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="282"/>
        <source>Native spelling</source>
        <translation>Schreibweise in der Landessprache</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="267"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="298"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="294"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="244"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="176"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="194"/>
        <location filename="../../desktop/record_kinds.py" line="223"/>
        <location filename="../../desktop/record_kinds.py" line="242"/>
        <location filename="../../desktop/record_kinds.py" line="261"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="278"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="262"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="173"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Positions that named it keep their title.</source>
        <translation type="vanished">Positionen, die sie nennen, behalten ihre Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="264"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="224"/>
        <source>Products</source>
        <translation>Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="150"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="222"/>
        <location filename="../../desktop/record_kinds.py" line="260"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="205"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="204"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="146"/>
        <source>Rolling 12 months</source>
        <translation>Gleitende 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="241"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="299"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="178"/>
        <location filename="../../desktop/record_kinds.py" line="266"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="203"/>
        <source>Source meeting</source>
        <translation>Ausgangstreffen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="152"/>
        <source>Stalled</source>
        <translation>Ins Stocken geraten</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="245"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="243"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="198"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>The positions held go with the person.</source>
        <translation type="vanished">Die bekleideten Positionen werden mit der Person gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="172"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="256"/>
        <source>Trade figures</source>
        <translation>Handelsdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="108"/>
        <source>Trade quantity</source>
        <translation>Handelsmenge</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="108"/>
        <source>Trade value</source>
        <translation>Handelswert</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="127"/>
        <source>Turnover</source>
        <translation>Handelsumsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="200"/>
        <location filename="../../desktop/record_kinds.py" line="220"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="226"/>
        <source>Used by commitments</source>
        <translation>Verwendet von Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="265"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="vanished">Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="190"/>
        <source>commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="96"/>
        <source>export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="96"/>
        <source>import</source>
        <translation>Einfuhr</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation type="vanished">Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="237"/>
        <source>initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="vanished">Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="169"/>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>metric definition</source>
        <translation type="vanished">Kennzahldefinition</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="216"/>
        <source>metric definitions</source>
        <translation>Kennzahldefinitionen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="vanished">Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="295"/>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="279"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">Person</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="161"/>
        <source>raise</source>
        <translation>erhöhen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="161"/>
        <source>reduce</source>
        <translation>senken</translation>
    </message>
    <message>
        <source>trade figure</source>
        <translation type="vanished">Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="257"/>
        <source>trade figures</source>
        <translation>Handelszahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="273"/>
        <source>{0}→{1} {2} {3}</source>
        <translation>{0}→{1} {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="91"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="185"/>
        <source>“{0}” ({1})</source>
        <translation>„{0}“ ({1})</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/record_list_view.py" line="109"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_list_view.py" line="98"/>
        <source>Filter (Ctrl+F)…</source>
        <translation>Filter (Strg+F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_list_view.py" line="108"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation type="vanished">{0} Einträge</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="166"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Verpflichtung:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="157"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="156"/>
        <source>&amp;Preview…</source>
        <translation>Vorscha&amp;u…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="156"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="160"/>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="172"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="163"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="214"/>
        <source>Choose the partner.</source>
        <translation>Wählen Sie den Partner.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="155"/>
        <location filename="../../desktop/forms/report_dialog.py" line="237"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="213"/>
        <source>No partner country occurs in the meetings or commitments yet.</source>
        <translation>In den Treffen oder Verpflichtungen kommt noch kein Partnerland vor.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="169"/>
        <source>One commitment</source>
        <translation>Eine Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="161"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="238"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="167"/>
        <source>Paper &amp;size:</source>
        <translation>Papier&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="168"/>
        <source>Partner briefing</source>
        <translation>Partnerbriefing</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="168"/>
        <source>Portfolio summary</source>
        <translation>Portfolioübersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="173"/>
        <source>Portfolio summary: every commitment with its plot and sources. Partner briefing: everything about one partner for the next meeting. One commitment: one page.</source>
        <translation>Portfolioübersicht: jede Verpflichtung mit ihrem Diagramm und ihren Quellen. Partnerbriefing: alles über einen Partner für das nächste Treffen. Eine Verpflichtung: eine Seite.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="154"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="154"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="162"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="216"/>
        <source>There are no commitments to report on yet.</source>
        <translation>Es gibt noch keine Verpflichtungen für einen Bericht.</translation>
    </message>
</context>
<context>
    <name>ReportRun</name>
    <message>
        <location filename="../../desktop/report_worker.py" line="277"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="317"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="331"/>
        <source>Laying out and writing the pages…</source>
        <translation>Seiten werden gesetzt und geschrieben…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="333"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="277"/>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="280"/>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/report_worker.py" line="329"/>
        <source>Reading figures and drawing plots: %n commitment(s)…</source>
        <translation>
            <numerusform>Zahlen werden gelesen und Diagramme gezeichnet: %n Verpflichtung…</numerusform>
            <numerusform>Zahlen werden gelesen und Diagramme gezeichnet: %n Verpflichtungen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="349"/>
        <source>The report could not be produced: {0}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="115"/>
        <source> (figures out of date)</source>
        <translation> (Zahlen veraltet)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="356"/>
        <source>(no home country set)</source>
        <translation>(kein eigenes Land festgelegt)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="82"/>
        <location filename="../../desktop/reports/report_html.py" line="306"/>
        <source>(no source given)</source>
        <translation>(keine Quelle angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="93"/>
        <location filename="../../desktop/reports/report_html.py" line="185"/>
        <source>12 months to {0}</source>
        <translation>12 Monate bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="139"/>
        <source>Achieved commitments not listed: {0}.</source>
        <translation>Erreichte Verpflichtungen (nicht aufgeführt): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="268"/>
        <source>All goods, USD million, {0}. Our exports are mirrored by {1}&apos;s imports from us, our imports by its exports to us. Gap: how far {1}&apos;s figure lies from ours, in % of ours (bold beyond ±10 %). Imports are valued CIF, exports FOB; neither side is corrected.</source>
        <translation>Alle Waren, Mio. USD, {0}. Unseren Ausfuhren entsprechen die Einfuhren von {1} aus unserem Land, unseren Einfuhren seine Ausfuhren zu uns. Abweichung: wie weit die Zahl von {1} von unserer entfernt liegt, in % unserer Zahl (fett bei mehr als ±10 %). Einfuhren werden zu CIF-, Ausfuhren zu FOB-Werten bewertet; keine Seite wird korrigiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="204"/>
        <source>All initiatives</source>
        <translation>Alle Initiativen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="139"/>
        <source>Appendix: the trade figures behind the key figures</source>
        <translation>Anhang: die Handelszahlen hinter den Eckdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="116"/>
        <location filename="../../desktop/reports/provenance_html.py" line="114"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="72"/>
        <source>Baseline (USD m)</source>
        <translation>Ausgangswert (Mio. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="196"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="240"/>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="162"/>
        <location filename="../../desktop/reports/report_html.py" line="295"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="350"/>
        <source>Commitment: {0}</source>
        <translation>Verpflichtung: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="119"/>
        <source>Countries:</source>
        <translation>Länder:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="381"/>
        <location filename="../../desktop/reports/status_summary.py" line="69"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="125"/>
        <location filename="../../desktop/reports/progress_report.py" line="185"/>
        <location filename="../../desktop/reports/progress_report.py" line="209"/>
        <location filename="../../desktop/reports/provenance_html.py" line="39"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="380"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="126"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="164"/>
        <location filename="../../desktop/reports/report_html.py" line="298"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="187"/>
        <location filename="../../desktop/reports/partner_briefing.py" line="209"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="131"/>
        <source>Earlier meetings not listed: {0}.</source>
        <translation>Frühere Treffen (nicht aufgeführt): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="287"/>
        <source>Earlier periods not listed: {0}.</source>
        <translation>Frühere Zeiträume (nicht aufgeführt): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="129"/>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="241"/>
        <source>Exports</source>
        <translation>Ausfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="224"/>
        <source>Exports to and imports from {0} by product group, USD million, complete years {1}–{2}, as reported by {3}.</source>
        <translation>Ausfuhren nach und Einfuhren aus {0} nach Warengruppen, Mio. USD, vollständige Jahre {1}–{2}, nach Angaben von {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="281"/>
        <source>Exports {0}→{1}</source>
        <translation>Ausfuhren {0}→{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="331"/>
        <location filename="../../desktop/reports/report_html.py" line="362"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="382"/>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="127"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="278"/>
        <source>Gap</source>
        <translation>Abweich.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="166"/>
        <source>Growth/yr: observed, needed</source>
        <translation>Wachstum/Jahr: beobachtet, erforderlich</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="240"/>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="330"/>
        <location filename="../../desktop/reports/report_html.py" line="361"/>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="241"/>
        <source>Imports</source>
        <translation>Einfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="282"/>
        <source>Imports {0}←{1}</source>
        <translation>Einfuhren {0}←{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="186"/>
        <location filename="../../desktop/reports/progress_report.py" line="165"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="207"/>
        <source>Initiative, sector</source>
        <translation>Initiative, Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="172"/>
        <location filename="../../desktop/reports/progress_report.py" line="235"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="125"/>
        <source>Key figure</source>
        <translation>Eckwert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="233"/>
        <source>Key figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="209"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="163"/>
        <location filename="../../desktop/reports/report_html.py" line="297"/>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="72"/>
        <source>Latest (USD m)</source>
        <translation>Letzter Wert (Mio. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="117"/>
        <location filename="../../desktop/reports/provenance_html.py" line="113"/>
        <source>Latest actual</source>
        <translation>Letzter Istwert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="186"/>
        <location filename="../../desktop/reports/progress_report.py" line="210"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="126"/>
        <source>Meeting, place, forum</source>
        <translation>Treffen, Ort, Forum</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="237"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="234"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="65"/>
        <source>Metric: {0}</source>
        <translation>Kennzahl: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="187"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="209"/>
        <location filename="../../desktop/reports/progress_report.py" line="166"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="304"/>
        <source>Mirror figures, {0}</source>
        <translation>Spiegeldaten, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="258"/>
        <source>Mirror-figure gaps</source>
        <translation>Abweichungen der Spiegeldaten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="211"/>
        <source>New deadline</source>
        <translation>Neue Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="210"/>
        <source>New target</source>
        <translation>Neuer Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="220"/>
        <source>No chapter-level trade figures recorded for {0} in {1}&apos;s statistics (no complete year by HS chapter).</source>
        <translation>In der Statistik von {1} sind für {0} keine Handelsdaten auf Kapitelebene erfasst (kein vollständiges Jahr nach HS-Kapiteln).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="306"/>
        <location filename="../../desktop/reports/provenance_html.py" line="141"/>
        <source>No commitments recorded.</source>
        <translation>Keine Verpflichtungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="260"/>
        <source>No home country is set (Tools &gt; Settings), so there are no own figures to compare.</source>
        <translation>Kein eigenes Land festgelegt (Extras &gt; Einstellungen), daher gibt es keine eigenen Zahlen zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="217"/>
        <source>No home country is set (Tools &gt; Settings), so there are no own trade statistics to show.</source>
        <translation>Kein eigenes Land festgelegt (Extras &gt; Einstellungen), daher gibt es keine eigene Handelsstatistik zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="174"/>
        <source>No initiatives with {0} recorded.</source>
        <translation>Keine Initiativen mit {0} erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="155"/>
        <source>No linked initiatives.</source>
        <translation>Keine verknüpften Initiativen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="108"/>
        <source>No meetings with {0} recorded.</source>
        <translation>Keine Treffen mit {0} erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="234"/>
        <source>No metric defined.</source>
        <translation>Keine Kennzahl definiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="145"/>
        <location filename="../../desktop/reports/report_html.py" line="351"/>
        <source>No metric definition: the actual values are not computed from trade figures.</source>
        <translation>Keine Kennzahldefinition: Die Istwerte werden nicht aus Handelsdaten berechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="262"/>
        <source>No mirror figures: neither {0} nor {1} reports trade with the other.</source>
        <translation>Keine Spiegeldaten: Weder {0} noch {1} meldet Handel mit dem jeweils anderen Land.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="142"/>
        <source>No open commitments with {0}.</source>
        <translation>Keine offenen Verpflichtungen mit {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="190"/>
        <source>No overdue milestones.</source>
        <translation>Keine überfälligen Meilensteine.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="29"/>
        <source>No progress notes.</source>
        <translation>Keine Fortschrittsnotizen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="195"/>
        <source>No revisions.</source>
        <translation>Keine Revisionen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="172"/>
        <source>No source meeting recorded.</source>
        <translation>Kein Ausgangstreffen erfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="300"/>
        <source>No trade figures are printed in this briefing.</source>
        <translation>In diesem Briefing sind keine Handelszahlen abgedruckt.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="72"/>
        <source>No trade figures give this value.</source>
        <translation>Diesem Wert liegen keine Handelszahlen zugrunde.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="356"/>
        <source>No trade figures make up the actual values yet.</source>
        <translation>Noch keine Handelsdaten, aus denen sich die Istwerte ergeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="263"/>
        <source>No values typed in yet.</source>
        <translation>Noch keine Werte eingegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="211"/>
        <location filename="../../desktop/reports/progress_report.py" line="266"/>
        <location filename="../../desktop/reports/provenance_html.py" line="40"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="148"/>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="195"/>
        <source>OVERDUE:</source>
        <translation>ÜBERFÄLLIG:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="122"/>
        <source>Observed growth per year</source>
        <translation>Beobachtetes Wachstum pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="74"/>
        <source>Observed growth/yr</source>
        <translation>Beobachtetes Wachstum/Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="136"/>
        <source>Open commitments</source>
        <translation>Offene Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="188"/>
        <source>Overdue by</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="176"/>
        <source>Overdue milestones</source>
        <translation>Überfällige Meilensteine</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="208"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="127"/>
        <source>Participants (position then)</source>
        <translation>Teilnehmer (damalige Position)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="296"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="352"/>
        <source>Partner briefing: {0} ({1})</source>
        <translation>Partnerbriefing: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="231"/>
        <source>Partner: {0} · Commitment #{1}</source>
        <translation>Partner: {0} · Verpflichtung Nr. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="280"/>
        <location filename="../../desktop/reports/progress_report.py" line="264"/>
        <location filename="../../desktop/reports/provenance_html.py" line="126"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="331"/>
        <location filename="../../desktop/reports/report_html.py" line="361"/>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="346"/>
        <source>Printed {0} · Database: {1}</source>
        <translation>Gedruckt {0} · Datenbank: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="370"/>
        <source>Printed {0} · {1}</source>
        <translation>Gedruckt {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="69"/>
        <source>Printed:</source>
        <translation>Gedruckt:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="127"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="165"/>
        <location filename="../../desktop/reports/report_html.py" line="299"/>
        <source>Progress</source>
        <translation>Fortschr.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="240"/>
        <source>Progress notes</source>
        <translation>Fortschrittsnotizen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="295"/>
        <location filename="../../desktop/reports/status_summary.py" line="68"/>
        <source>Progress summary</source>
        <translation>Fortschrittsübersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="120"/>
        <source>Progress towards target</source>
        <translation>Fortschritt zum Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="125"/>
        <source>Projected at deadline</source>
        <translation>Projektion zur Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="100"/>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="37"/>
        <source>Provisional ({0}, run rate)</source>
        <translation>Vorläufig ({0}, Hochrechnung)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="70"/>
        <source>Provisional ({0}, run rate): {1}</source>
        <translation>Vorläufig ({0}, Hochrechnung): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="36"/>
        <source>Provisional ({0}, same period a year earlier)</source>
        <translation>Vorläufig ({0}, gegenüber dem Vorjahreszeitraum)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="68"/>
        <source>Provisional ({0}, same period a year earlier): {1}</source>
        <translation>Vorläufig ({0}, gegenüber dem Vorjahreszeitraum): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="102"/>
        <source>Provisional {0}: {1}</source>
        <translation>Vorläufig ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="106"/>
        <source>Provisional: same period a year earlier</source>
        <translation>Vorläufig: Vorjahreszeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="196"/>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="106"/>
        <source>Recent meetings</source>
        <translation>Jüngste Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="126"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="123"/>
        <source>Required growth per year</source>
        <translation>Erforderliches Wachstum pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="124"/>
        <source>Required growth per year from now</source>
        <translation>Erforderliches Wachstum pro Jahr ab jetzt</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="74"/>
        <source>Required growth/yr</source>
        <translation>Erforderliches Wachstum/Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="238"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="242"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="330"/>
        <location filename="../../desktop/reports/progress_report.py" line="265"/>
        <location filename="../../desktop/reports/provenance_html.py" line="40"/>
        <location filename="../../desktop/reports/provenance_html.py" line="128"/>
        <location filename="../../desktop/reports/report_html.py" line="360"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="183"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="298"/>
        <location filename="../../desktop/reports/progress_report.py" line="252"/>
        <source>Sources of the trade figures</source>
        <translation>Quellen der Handelsdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Stalled</source>
        <translation>Ins Stocken geraten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="163"/>
        <location filename="../../desktop/reports/partner_briefing.py" line="208"/>
        <location filename="../../desktop/reports/progress_report.py" line="115"/>
        <location filename="../../desktop/reports/progress_report.py" line="166"/>
        <location filename="../../desktop/reports/report_html.py" line="297"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="164"/>
        <location filename="../../desktop/reports/progress_report.py" line="118"/>
        <location filename="../../desktop/reports/report_html.py" line="298"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="73"/>
        <source>Target (USD m)</source>
        <translation>Zielwert (Mio. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="121"/>
        <source>Time elapsed</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="238"/>
        <source>Top products in {0}</source>
        <translation>Wichtigste Waren {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="128"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="215"/>
        <source>Trade structure</source>
        <translation>Handelsstruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="306"/>
        <source>Trade structure, {0}</source>
        <translation>Handelsstruktur, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="283"/>
        <source>Turnover</source>
        <translation>Handelsumsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="329"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="265"/>
        <location filename="../../desktop/reports/provenance_html.py" line="128"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="250"/>
        <source>Values of the indicator</source>
        <translation>Werte des Indikators</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="189"/>
        <source>Verbatim:</source>
        <translation>Wörtlich:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="50"/>
        <source>annualised {0}, {1} a year</source>
        <translation>annualisiert {0}, {1} pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="53"/>
        <source>annualised {0}, {1} against the required {2} a year</source>
        <translation>annualisiert {0}, {1} gegenüber den erforderlichen {2} pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="48"/>
        <source>annualised {0}; no complete year to compare it with</source>
        <translation>annualisiert {0}; kein vollständiges Jahr zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="309"/>
        <source>another source&apos;s differing values</source>
        <translation>abweichende Werte einer anderen Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="365"/>
        <source>cannot start painting the report (is the file writable?)</source>
        <translation>Das Zeichnen des Berichts kann nicht beginnen (ist die Datei beschreibbar?)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="266"/>
        <source>complete years</source>
        <translation>vollständige Jahre</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="314"/>
        <source>counted in the actual values</source>
        <translation>in die Istwerte eingerechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="327"/>
        <source>counted in the provisional reading</source>
        <translation>in die vorläufige Einschätzung eingerechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="145"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="144"/>
        <source>done {0}</source>
        <translation>erledigt am {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="320"/>
        <source>drawn beside the actual values, not counted</source>
        <translation>neben den Istwerten dargestellt, nicht eingerechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="142"/>
        <source>due {0}</source>
        <translation>fällig am {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="323"/>
        <location filename="../../desktop/reports/report_html.py" line="334"/>
        <source>entered by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="146"/>
        <source>figures out of date</source>
        <translation>Zahlen veraltet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>import</source>
        <translation>Einfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="52"/>
        <source>import of {0} on {1}</source>
        <translation>Import von {0} am {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="303"/>
        <source>none (all commitments)</source>
        <translation>keine (alle Verpflichtungen)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="193"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="209"/>
        <source>originally: {0} by {1}</source>
        <translation>ursprünglich: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="193"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="403"/>
        <source>page size must be one of {0}, not {1}</source>
        <translation>Die Papiergröße muss eine von {0} sein, nicht {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="391"/>
        <source>page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="300"/>
        <source>partner {0}</source>
        <translation>Partner {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="353"/>
        <source>partner {0}; the {1} most recent meetings; commitments not yet achieved; trade figures of {2} and {0}, all goods</source>
        <translation>Partner {0}; die {1} jüngsten Treffen; noch nicht erreichte Verpflichtungen; Handelsdaten von {2} und {0}, alle Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="267"/>
        <source>periods as reported (no complete year is known)</source>
        <translation>Zeiträume wie gemeldet (kein vollständiges Jahr bekannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="64"/>
        <source>reporter not stated</source>
        <translation>Meldeland nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="92"/>
        <location filename="../../desktop/reports/report_html.py" line="192"/>
        <source>source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="195"/>
        <source>sources differ</source>
        <translation>Quellen weichen ab</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="197"/>
        <source>sources differ by {0}</source>
        <translation>Quellen weichen um {0} ab</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="302"/>
        <source>status {0}</source>
        <translation>Status {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="65"/>
        <source>told from {0}&apos;s side</source>
        <translation>aus Sicht von {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>turnover</source>
        <translation>Handelsumsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="55"/>
        <source>typed by {0} on {1}</source>
        <translation>eingegeben von {0} am {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="54"/>
        <source>typed in</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="309"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (Meldeland nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="69"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="118"/>
        <location filename="../../desktop/reports/status_summary.py" line="54"/>
        <source>{0} by {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="182"/>
        <source>{0} days</source>
        <translation>{0} Tg.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="89"/>
        <source>{0} in {1} × 12 / {2} months (a run rate, ignoring seasonality)</source>
        <translation>{0} ({1}) × 12 / {2} Monate (Hochrechnung, ohne Berücksichtigung der Saisonalität)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="83"/>
        <source>{0} in {1}: {2} on {3} ({4}), applied to {5} ({6})</source>
        <translation>{0} ({1}): {2} gegenüber {3} ({4}), angewandt auf {5} ({6})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="93"/>
        <source>{unit} {amount} m</source>
        <translation>{amount} Mio. {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="128"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="186"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="65"/>
        <source>At close</source>
        <translation>Beim Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="64"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="63"/>
        <source>Backup now</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="178"/>
        <source>Backups of {0}, newest first. Restoring replaces the database with the chosen backup; the current state is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Sicherungen von {0}, die neueste zuerst. Die Wiederherstellung ersetzt die Datenbank durch die gewählte Sicherung; der aktuelle Stand wird zuerst gesichert, sodass sich eine Wiederherstellung durch Wiederherstellen dieser Sicherung rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="68"/>
        <source>Before a repair</source>
        <translation>Vor einer Reparatur</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="67"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="69"/>
        <source>Before a schema upgrade</source>
        <translation>Vor einer Schemaaktualisierung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="66"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="83"/>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="70"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="84"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="83"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="246"/>
        <source>Replace the database with the backup of {0} ({1})?</source>
        <translation>Die Datenbank durch die Sicherung vom {0} ({1}) ersetzen?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="177"/>
        <location filename="../../desktop/forms/restore_dialog.py" line="252"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="250"/>
        <source>The current state is backed up first. The undo history is cleared.</source>
        <translation>Der aktuelle Stand wird zuerst gesichert. Der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="188"/>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="185"/>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="84"/>
        <source>Trade figures</source>
        <translation>Handelszahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="218"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="78"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="77"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="289"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="289"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="290"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="292"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="295"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="336"/>
        <source>A changed commitment needs a new target value or a new deadline.</source>
        <translation>Eine geänderte Verpflichtung braucht einen neuen Zielwert oder eine neue Frist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="294"/>
        <source>Changed (new target or deadline)</source>
        <translation>Geändert (neuer Zielwert oder neue Frist)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="303"/>
        <source>Edit revision – {0}</source>
        <translation>Revision bearbeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="298"/>
        <source>Keep the revision in the commitment form; the commitment&apos;s Save stores it</source>
        <translation>Die Revision in das Verpflichtungsformular übernehmen; „Speichern“ der Verpflichtung speichert sie</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="291"/>
        <source>N&amp;ote</source>
        <translation>A&amp;nmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="290"/>
        <source>New &amp;target value</source>
        <translation>Neuer Ziel&amp;wert</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="291"/>
        <source>New dead&amp;line</source>
        <translation>Neue &amp;Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="301"/>
        <source>New revision – {0}</source>
        <translation>Neue Revision – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="297"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="293"/>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="339"/>
        <source>The new deadline must come after the end of the baseline period ({0}).</source>
        <translation>Die neue Frist muss nach dem Ende des Ausgangszeitraums ({0}) liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="296"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>SafetyWorkers</name>
    <message>
        <location filename="../../desktop/safety_workers.py" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="91"/>
        <source>&amp;Home country</source>
        <translation>&amp;Eigenes Land</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="94"/>
        <source>&amp;Keep backups</source>
        <translation>Sicherungen &amp;aufbewahren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="92"/>
        <source>Default &amp;currency</source>
        <translation>Standard&amp;währung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="98"/>
        <source>Rotation keeps the newest backup of each of the last N days, weeks and months (backups before imports, restores and repairs are kept apart)</source>
        <translation>Die Rotation behält die neueste Sicherung jedes der letzten N Tage, Wochen und Monate (Sicherungen vor Importen, Wiederherstellungen und Reparaturen werden getrennt aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="150"/>
        <source>The backup settings could not be saved: {0}</source>
        <translation>Die Sicherungseinstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="107"/>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="104"/>
        <source>The language of the window and the reports; numbers and dates follow it too</source>
        <translation>Die Sprache des Fensters und der Berichte; Zahlen und Daten folgen ihr ebenfalls</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="103"/>
        <source>The unit new commitments start with</source>
        <translation>Die Einheit, mit der neue Verpflichtungen beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="101"/>
        <source>Your own country: the reporter of the trade figures you track</source>
        <translation>Ihr eigenes Land: das Meldeland der Handelsdaten, die Sie verfolgen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="95"/>
        <source>days,</source>
        <translation>Tage,</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="97"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="96"/>
        <source>weeks,</source>
        <translation>Wochen,</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../desktop/status_labels.py" line="28"/>
        <source>Acceleration needed</source>
        <translation>Beschleunigung nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="26"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="30"/>
        <source>Deterioration</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="29"/>
        <source>Limited progress</source>
        <translation>Begrenzter Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="32"/>
        <source>No data since baseline</source>
        <translation>Keine Daten seit dem Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="27"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="31"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>TabbedFormDialog</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="1010"/>
        <source>Please check the “{0}” page: {1}.</source>
        <translation>Bitte prüfen Sie die Seite „{0}“: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="1005"/>
        <source>Some fields on this page need attention</source>
        <translation>Einige Felder auf dieser Seite erfordern Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="87"/>
        <source> (done)</source>
        <translation> (erledigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="87"/>
        <source> (open)</source>
        <translation> (offen)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="70"/>
        <source>Commitment deadline</source>
        <translation>Frist der Verpflichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="69"/>
        <source>Commitment made</source>
        <translation>Verpflichtung eingegangen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="61"/>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="82"/>
        <source>Deadline: {0}</source>
        <translation>Frist: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="89"/>
        <source>Due: {0}</source>
        <translation>Fällig: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="73"/>
        <source>Initiative due</source>
        <translation>Frist der Initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="80"/>
        <source>Made: {0}</source>
        <translation>Eingegangen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="68"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="61"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="72"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="62"/>
        <source>Milestones
and initiatives</source>
        <translation>Meilensteine
und Initiativen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="128"/>
        <source>No dated meetings, commitments or milestones with this partner.</source>
        <translation>Keine datierten Treffen, Verpflichtungen oder Meilensteine mit diesem Partner.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="84"/>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="84"/>
        <source>Revised</source>
        <translation>Revidiert</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="71"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="62"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="182"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="106"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="161"/>
        <source>No partner has meetings, commitments or initiatives yet.</source>
        <translation>Noch kein Partner hat Treffen, Verpflichtungen oder Initiativen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="159"/>
        <source>Timeline with {0}</source>
        <translation>Zeitleiste mit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="167"/>
        <source>{0} events</source>
        <translation>{0} Ereignisse</translation>
    </message>
</context>
<context>
    <name>TradeExport</name>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="101"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="142"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="101"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="144"/>
        <source>Export trade figures</source>
        <translation>Handelsdaten exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="104"/>
        <source>Export {0}</source>
        <translation>{0} exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="140"/>
        <source>Exporting {0} to {1}…</source>
        <translation>{0} wird nach {1} exportiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="177"/>
        <source>The export failed: {0}</source>
        <translation>Der Export ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="72"/>
        <source>all trade figures</source>
        <translation>alle Handelsdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="52"/>
        <source>flow {0}</source>
        <translation>Handelsrichtung {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="50"/>
        <source>partner {0}</source>
        <translation>Partner {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="57"/>
        <source>periods from {0}</source>
        <translation>Zeiträume ab {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="59"/>
        <source>periods up to {0}</source>
        <translation>Zeiträume bis {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="54"/>
        <source>periods {0} to {1}</source>
        <translation>Zeiträume {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="62"/>
        <source>product TOTAL only</source>
        <translation>nur Ware TOTAL</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="63"/>
        <source>product codes starting with {0}</source>
        <translation>Warencodes, die mit {0} beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="67"/>
        <source>product group {0}</source>
        <translation>Warengruppe {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="69"/>
        <source>product group {0} (HS chapters {1})</source>
        <translation>Warengruppe {0} (HS-Kapitel {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="48"/>
        <source>reporter {0}</source>
        <translation>Meldeland {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="73"/>
        <source>trade figures with {0}</source>
        <translation>Handelsdaten mit {0}</translation>
    </message>
</context>
<context>
    <name>TradeFigureDialog</name>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="144"/>
        <source>&amp;Flow</source>
        <translation>&amp;Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="141"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="149"/>
        <source>&amp;Quantity and unit</source>
        <translation>Men&amp;ge und Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="140"/>
        <source>&amp;Reporter</source>
        <translation>&amp;Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="154"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="147"/>
        <source>&amp;Value (USD)</source>
        <translation>&amp;Wert (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="183"/>
        <source>Choose or type its unit (t, kg, u, …).</source>
        <translation>Einheit wählen oder eingeben (t, kg, u, …).</translation>
    </message>
    <message>
        <source>Choose or type the unit of the quantity (t, kg, u, …).</source>
        <translation type="vanished">Wählen Sie die Einheit der Menge oder geben Sie sie ein (t, kg, u, …).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="95"/>
        <source>Edit trade figure</source>
        <translation>Handelszahl bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="192"/>
        <source>Enter TOTAL or an HS code of 2, 4, 6, 8 or 10 digits.</source>
        <translation>Geben Sie TOTAL oder einen HS-Code mit 2, 4, 6, 8 oder 10 Ziffern ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="185"/>
        <source>Enter the quantity in {0}, or clear the unit.</source>
        <translation>Geben Sie die Menge in {0} ein oder leeren Sie die Einheit.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="111"/>
        <source>Export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="111"/>
        <source>Import</source>
        <translation>Einfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="155"/>
        <source>N&amp;ote</source>
        <translation>A&amp;nmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="152"/>
        <source>Net &amp;weight (kg)</source>
        <translation>Ne&amp;ttogewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="94"/>
        <source>New trade figure</source>
        <translation>Neue Handelszahl</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="143"/>
        <source>P&amp;eriod</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="170"/>
        <source>Partner and reporter must differ.</source>
        <translation>Partner und Meldeland müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="145"/>
        <source>Pro&amp;duct (TOTAL or HS code)</source>
        <translation>Wa&amp;re (TOTAL oder HS-Code)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="113"/>
        <source>Re-export</source>
        <translation>Wiederausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="113"/>
        <source>Re-import</source>
        <translation>Wiedereinfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="102"/>
        <source>Reporter not stated (as published)</source>
        <translation>Meldeland nicht angegeben (wie veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="129"/>
        <source>The unit of the quantity: t (tonnes), kg, u (items), l, m³ … as the source gives it.</source>
        <translation>Die Einheit der Menge: t (Tonnen), kg, u (Stück), l, m³ … wie in der Quelle angegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="104"/>
        <source>Tick when the source gives the figure for the two countries without saying whose statistics it is. Reporter and partner then only say from whose side the flow is told (whose exports), and the figure is kept as a series of its own, never merged with either country&apos;s statistics.</source>
        <translation>Ankreuzen, wenn die Quelle die Zahl für die beiden Länder angibt, ohne zu sagen, wessen Statistik es ist. Meldeland und Partner geben dann nur an, aus wessen Sicht die Handelsrichtung angegeben ist (wessen Ausfuhren), und die Zahl wird als eigene Reihe geführt, nie mit der Statistik eines der beiden Länder zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="112"/>
        <source>Turnover (published total)</source>
        <translation>Handelsumsatz (veröffentlichte Summe)</translation>
    </message>
</context>
<context>
    <name>TradeImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_import_dialog.py" line="505"/>
        <source>%Ln data row(s):</source>
        <translation>
            <numerusform>%Ln Datenzeile:</numerusform>
            <numerusform>%Ln Datenzeilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_import_dialog.py" line="514"/>
        <source>%Ln value(s) rounded to whole cents.</source>
        <translation>
            <numerusform>%Ln Wert auf ganze Cent gerundet.</numerusform>
            <numerusform>%Ln Werte auf ganze Cent gerundet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="265"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="268"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="267"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="264"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="282"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="279"/>
        <source>&amp;Map columns…</source>
        <translation>Spa&amp;lten zuordnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="275"/>
        <source>&amp;Source for rows without one:</source>
        <translation>&amp;Quelle für Zeilen ohne Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="274"/>
        <source>&amp;Values in:</source>
        <translation>&amp;Werte in:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="562"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="652"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="669"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="287"/>
        <source>Choose a CSV or XLSX file: our simple layout, a UN Comtrade download, or any table whose columns you map.</source>
        <translation>Wählen Sie eine CSV- oder XLSX-Datei: unser einfacher Aufbau, ein UN-Comtrade-Download oder jede Tabelle, deren Spalten Sie zuordnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="70"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="322"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="325"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="531"/>
        <source>Errors: {0}. Nothing is stored until the file is corrected.</source>
        <translation>Fehler: {0}. Nichts wird gespeichert, bis die Datei korrigiert ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="713"/>
        <source>Errors: {0}. Nothing was stored.</source>
        <translation>Fehler: {0}. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="266"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="281"/>
        <source>First rows as in the &amp;file</source>
        <translation>Erste Zeilen wie in der Dat&amp;ei</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="280"/>
        <source>First rows as they will be &amp;stored</source>
        <translation>Erste Zeilen, wie sie &amp;gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="489"/>
        <source>Format: {0}</source>
        <translation>Format: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="270"/>
        <source>Header &amp;row:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="727"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="263"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="356"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="653"/>
        <source>Import trade figures</source>
        <translation>Handelsdaten importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="697"/>
        <source>Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped. The import is listed in the import history, where it can be undone as a whole.</source>
        <translation>{0} importiert: {1} eingefügt, {2} aktualisiert, {3} unverändert, {4} übersprungen. Der Import steht im Importverlauf, wo er als Ganzes rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="682"/>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="659"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="564"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="87"/>
        <source>Line {0}, column “{1}”: {2}</source>
        <translation>Zeile {0}, Spalte „{1}“: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="88"/>
        <source>Line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="72"/>
        <source>Mapped columns</source>
        <translation>Zugeordnete Spalten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="652"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="421"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="519"/>
        <source>Ready to import: re-imported rows update the stored figures instead of adding them twice.</source>
        <translation>Bereit zum Import: Erneut importierte Zeilen aktualisieren die gespeicherten Zahlen, statt sie doppelt hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="269"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="70"/>
        <source>Simple (reporter, partner, period, …)</source>
        <translation>Einfach (Meldeland, Partner, Zeitraum, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="512"/>
        <source>Skipped, so totals are not counted twice: {0}</source>
        <translation>Übersprungen, damit Summen nicht doppelt zählen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="516"/>
        <source>The columns are in no known layout: map them to the fields of a trade figure (Map columns…).</source>
        <translation>Die Spalten haben keinen bekannten Aufbau: Ordnen Sie sie den Feldern einer Handelszahl zu (Spalten zuordnen…).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="459"/>
        <source>The file cannot be read: {0}</source>
        <translation>Die Datei kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="534"/>
        <source>The first {0} are listed.</source>
        <translation>Die ersten {0} sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="719"/>
        <source>The import failed; nothing was stored: {0}</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="717"/>
        <source>The import was refused; nothing was stored.</source>
        <translation>Der Import wurde abgelehnt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="272"/>
        <source>The line (or sheet row) holding the column names; “find” looks below title rows</source>
        <translation>Die Zeile (oder Blattzeile) mit den Spaltennamen; „suchen“ sucht unterhalb von Titelzeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="357"/>
        <source>Trade statistics (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Handelsstatistik (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="277"/>
        <source>Type or paste the path of a CSV or XLSX file and press Enter, or choose it</source>
        <translation>Pfad einer CSV- oder XLSX-Datei eingeben oder einfügen und die Eingabetaste drücken oder die Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="71"/>
        <source>UN Comtrade</source>
        <translation>UN Comtrade</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="71"/>
        <source>UN Comtrade (legacy)</source>
        <translation>UN Comtrade (altes Format)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="330"/>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="349"/>
        <source>as the file says (USD)</source>
        <translation>wie in der Datei angegeben (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="348"/>
        <source>as the file says (million USD)</source>
        <translation>wie in der Datei angegeben (Mio. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="346"/>
        <source>as the file says (thousand USD)</source>
        <translation>wie in der Datei angegeben (Tsd. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="495"/>
        <source>delimiter: {0}</source>
        <translation>Trennzeichen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="276"/>
        <source>e.g. UN Comtrade, downloaded 2025-06-30</source>
        <translation>z. B. UN Comtrade, heruntergeladen am 2025-06-30</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="493"/>
        <source>encoding {0}</source>
        <translation>Kodierung {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="271"/>
        <source>find</source>
        <translation>suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="334"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="336"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="379"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="481"/>
        <source>first with data</source>
        <translation>erstes mit Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="497"/>
        <source>header on line {0}</source>
        <translation>Kopfzeile in Zeile {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="332"/>
        <source>million US dollars</source>
        <translation>Millionen US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="491"/>
        <source>sheet “{0}”</source>
        <translation>Blatt „{0}“</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="331"/>
        <source>thousand US dollars</source>
        <translation>Tausend US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="72"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="501"/>
        <source>values in US dollars</source>
        <translation>Werte in US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="500"/>
        <source>values in million US dollars</source>
        <translation>Werte in Millionen US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="499"/>
        <source>values in thousand US dollars</source>
        <translation>Werte in Tausend US-Dollar</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="78"/>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>{0} data rows: {1} valid, {2} skipped; errors: {3}.</source>
        <translation type="vanished">{0} Datenzeilen: {1} gültig, {2} übersprungen; Fehler: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="505"/>
        <source>{0} valid, {1} skipped; errors: {2}.</source>
        <translation>{0} gültig, {1} übersprungen; Fehler: {2}.</translation>
    </message>
    <message>
        <source>{0} values were rounded to whole cents.</source>
        <translation type="vanished">{0} Werte wurden auf ganze Cent gerundet.</translation>
    </message>
</context>
<context>
    <name>TradePasteDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="229"/>
        <source>%Ln row(s) · problems: {0}. Fix them in the spreadsheet and paste again: nothing is stored until every cell is valid.</source>
        <translation>
            <numerusform>%Ln Zeile · Probleme: {0}. Beheben Sie sie in der Tabellenkalkulation und fügen Sie erneut ein: Nichts wird gespeichert, bis jede Zelle gültig ist.</numerusform>
            <numerusform>%Ln Zeilen · Probleme: {0}. Beheben Sie sie in der Tabellenkalkulation und fügen Sie erneut ein: Nichts wird gespeichert, bis jede Zelle gültig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="225"/>
        <source>%Ln row(s), all valid. They are stored as one step that Undo takes back.</source>
        <translation>
            <numerusform>%Ln Zeile, gültig. Sie wird als ein Schritt gespeichert, den Rückgängig zurücknimmt.</numerusform>
            <numerusform>%Ln Zeilen, alle gültig. Sie werden als ein Schritt gespeichert, den Rückgängig zurücknimmt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="158"/>
        <source>&amp;Source for rows without one:</source>
        <translation>&amp;Quelle für Zeilen ohne Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="235"/>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="234"/>
        <source>&amp;Store %Ln figure(s)</source>
        <translation>
            <numerusform>%Ln Zahl &amp;speichern</numerusform>
            <numerusform>%Ln Zahlen &amp;speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store {0} figures</source>
        <translation type="vanished">{0} Zahlen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="46"/>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="153"/>
        <source>Columns: reporter, partner, period, flow, product, value in USD, and optionally source and note (a header line with these names may come first, in any order). {0} and no thousands separators. Nothing is stored until every cell is valid.</source>
        <translation>Spalten: Meldeland, Partner, Zeitraum, Handelsrichtung, Ware, Wert in USD und optional Quelle und Anmerkung (eine Kopfzeile mit diesen Namen darf vorangehen, in beliebiger Reihenfolge). {0}, ohne Tausendertrennzeichen. Nichts wird gespeichert, bis jede Zelle gültig ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="78"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="78"/>
        <source>Header, {0}</source>
        <translation>Kopfzeile, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="45"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="256"/>
        <source>Nothing was stored: row {0}: {1}</source>
        <translation>Nichts wurde gespeichert: Zeile {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="261"/>
        <source>Nothing was stored: {0}</source>
        <translation>Nichts wurde gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="150"/>
        <source>Paste trade figures</source>
        <translation>Handelsdaten einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="46"/>
        <source>Reporter stated</source>
        <translation>Meldeland angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="79"/>
        <source>Row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="79"/>
        <source>Row {0}, {1}</source>
        <translation>Zeile {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="45"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="59"/>
        <source>Stored as {0}</source>
        <translation>Gespeichert als {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="151"/>
        <source>Values use “.” as the decimal point</source>
        <translation>Werte verwenden „.“ als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="152"/>
        <source>Values use “.” or “{0}” as the decimal point</source>
        <translation>Werte verwenden „.“ oder „{0}“ als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="76"/>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="194"/>
        <source>column {0}</source>
        <translation>Spalte {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="159"/>
        <source>e.g. National Statistical Committee, 2025</source>
        <translation>z. B. Nationales Statistikkomitee, 2025</translation>
    </message>
    <message>
        <source>{0} rows · problems: {1}. Fix them in the spreadsheet and paste again: nothing is stored until every cell is valid.</source>
        <translation type="vanished">{0} Zeilen · Probleme: {1}. Beheben Sie sie in der Tabellenkalkulation und fügen Sie erneut ein: Nichts wird gespeichert, bis jede Zelle gültig ist.</translation>
    </message>
    <message>
        <source>{0} rows, all valid. They are stored as one step that Undo takes back.</source>
        <translation type="vanished">{0} Zeilen, alle gültig. Sie werden als ein Schritt gespeichert, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="203"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TradeStructurePlot</name>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="32"/>
        <source>Exports</source>
        <translation>Ausfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="32"/>
        <source>Imports</source>
        <translation>Einfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="66"/>
        <source>No complete year of figures by HS chapter for this partner.</source>
        <translation>Kein vollständiges Jahr mit Zahlen nach HS-Kapiteln für diesen Partner.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="37"/>
        <source>Not classified</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="49"/>
        <source>Source: {0}&apos;s trade statistics (chapter figures summed by product group; complete years only)</source>
        <translation>Quelle: Handelsstatistik von {0}
(Kapitelzahlen nach Warengruppen summiert; nur vollständige Jahre)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="60"/>
        <source>Trade of {0} with {1} by product group</source>
        <translation>Handel von {0} mit {1} nach Warengruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="91"/>
        <source>USD million</source>
        <translation>Mio. USD</translation>
    </message>
</context>
<context>
    <name>TradeStructureView</name>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="105"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Exports</source>
        <translation>Ausfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Imports</source>
        <translation>Einfuhren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <location filename="../../desktop/views/trade_structure_view.py" line="164"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="166"/>
        <source>Share of the chapter in the turnover (exports plus imports over all HS chapters) of {0} with {1} in {2}</source>
        <translation>Anteil des Kapitels am Handelsumsatz (Ausfuhren plus Einfuhren über alle HS-Kapitel) von {0} mit {1} im Jahr {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="163"/>
        <source>Share of {0} turnover with {1}</source>
        <translation>Anteil am Handelsumsatz mit {1} {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="148"/>
        <source>The home country reports no trade figures yet (set the home country under Settings, then import figures).</source>
        <translation>Das eigene Land meldet noch keine Handelsdaten (legen Sie das eigene Land unter Einstellungen fest und importieren Sie dann Zahlen).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="160"/>
        <source>Top products</source>
        <translation>Wichtigste Waren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="159"/>
        <source>Top products in {0}, USD million</source>
        <translation>Wichtigste Waren {0}, Mio. USD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="177"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>TradeTableModel</name>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="334"/>
        <source>All goods (reported total)</source>
        <translation>Alle Waren (gemeldete Summe)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Flow</source>
        <translation>Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="336"/>
        <source>HS chapter {0}: {1}</source>
        <translation>HS-Kapitel {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Import</source>
        <translation>Einfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="64"/>
        <source>Net weight (kg)</source>
        <translation>Nettogewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="94"/>
        <source>Re-export</source>
        <translation>Wiederausfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="94"/>
        <source>Re-import</source>
        <translation>Wiedereinfuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Reporter</source>
        <translation>Meldeland</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="349"/>
        <source>Reporter not stated: the figure was published for {0} and {1} without saying whose statistics it is; the flow is told from the side of {0}. It is a series of its own, never merged with either country&apos;s statistics.</source>
        <translation>Meldeland nicht angegeben: Die Zahl wurde für {0} und {1} veröffentlicht, ohne anzugeben, wessen Statistik sie ist; die Handelsrichtung ist aus Sicht von {0} angegeben. Sie bildet eine eigene Reihe und wird nie mit der Statistik eines der beiden Länder zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Turnover</source>
        <translation>Handelsumsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="338"/>
        <source>USD {0}</source>
        <translation>{0} USD</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="309"/>
        <source>{0} kg</source>
        <translation>{0} kg</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="88"/>
        <source>{0} — not stated</source>
        <translation>{0} — nicht angegeben</translation>
    </message>
</context>
<context>
    <name>TradeView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="651"/>
        <source>%Ln figure(s) are selected. Delete at most {0} at a time, or undo a whole import from the import history.</source>
        <translation>
            <numerusform>%Ln Zahl ist ausgewählt. Löschen Sie höchstens {0} auf einmal, oder machen Sie einen ganzen Import im Importverlauf rückgängig.</numerusform>
            <numerusform>%Ln Zahlen sind ausgewählt. Löschen Sie höchstens {0} auf einmal, oder machen Sie einen ganzen Import im Importverlauf rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="574"/>
        <source>%Ln figure(s) · adding up the values…</source>
        <translation>
            <numerusform>%Ln Zahl · die Werte werden addiert…</numerusform>
            <numerusform>%Ln Zahlen · die Werte werden addiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="576"/>
        <source>%Ln figure(s) · sum of the listed values: USD {0}</source>
        <translation>
            <numerusform>%Ln Zahl · Summe der aufgeführten Werte: {0} USD</numerusform>
            <numerusform>%Ln Zahlen · Summe der aufgeführten Werte: {0} USD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="555"/>
        <source>%Ln figure(s) · the sum could not be computed: {0}</source>
        <translation>
            <numerusform>%Ln Zahl · die Summe konnte nicht berechnet werden: {0}</numerusform>
            <numerusform>%Ln Zahlen · die Summe konnte nicht berechnet werden: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="345"/>
        <source>&amp;Clear filter</source>
        <translation>Filter zurücks&amp;etzen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="349"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="323"/>
        <source>&amp;Figures</source>
        <translation>&amp;Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="355"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="324"/>
        <source>&amp;Mirror figures</source>
        <translation>&amp;Spiegeldaten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="348"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="328"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="351"/>
        <source>&amp;Paste block…</source>
        <translation>Block ein&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="327"/>
        <source>&amp;Reporter:</source>
        <translation>&amp;Meldeland:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="326"/>
        <source>&amp;Structure</source>
        <translation>S&amp;truktur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="373"/>
        <source>Any flow</source>
        <translation>Jede Handelsrichtung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="376"/>
        <source>Any product group</source>
        <translation>Jede Warengruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="357"/>
        <source>Counts and adds the listed figures as they are: a total and its chapters, or a year and its months, are both added when both are listed</source>
        <translation>Zählt und addiert die aufgeführten Zahlen so, wie sie sind: eine Summe und ihre Kapitel oder ein Jahr und seine Monate werden beide addiert, wenn beide aufgeführt sind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="350"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="356"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="329"/>
        <source>F&amp;low:</source>
        <translation>&amp;Handelsrichtung:</translation>
    </message>
    <message>
        <source>First period (empty: from the earliest)</source>
        <translation type="vanished">Erster Zeitraum (leer: ab dem frühesten)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="333"/>
        <source>First period (empty: from the earliest); a figure is listed when its whole period lies within the range</source>
        <translation>Erster Zeitraum (leer: ab dem frühesten); eine Zahl wird aufgeführt, wenn ihr ganzer Zeitraum im Bereich liegt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="325"/>
        <source>Import &amp;history</source>
        <translation>Import&amp;verlauf</translation>
    </message>
    <message>
        <source>Last period (empty: to the latest)</source>
        <translation type="vanished">Letzter Zeitraum (leer: bis zum neuesten)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="335"/>
        <source>Last period (empty: to the latest); a figure is listed when its whole period lies within the range</source>
        <translation>Letzter Zeitraum (leer: bis zum neuesten); eine Zahl wird aufgeführt, wenn ihr ganzer Zeitraum im Bereich liegt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="571"/>
        <source>No figures</source>
        <translation>Keine Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="572"/>
        <source>No figures match the filter</source>
        <translation>Keine Zahlen entsprechen dem Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="678"/>
        <source>Nothing can be pasted: the database is open read-only.</source>
        <translation>Es kann nichts eingefügt werden: Die Datenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="352"/>
        <source>Paste rows copied from a spreadsheet (Ctrl+V): reporter, partner, period, flow, product, value_usd[, source, note]; a header line is optional</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen (Strg+V): reporter, partner, period, flow, product, value_usd[, source, note]; eine Kopfzeile ist optional</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="330"/>
        <source>Peri&amp;ods:</source>
        <translation>Zeitr&amp;äume:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="331"/>
        <source>Pro&amp;duct:</source>
        <translation>Wa&amp;re:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="407"/>
        <source>Product: enter TOTAL or the first digits of an HS code</source>
        <translation>Ware: Geben Sie TOTAL oder die ersten Ziffern eines HS-Codes ein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="343"/>
        <source>TOTAL for reported totals, or the first digits of HS codes (27 lists chapter 27 and its headings)</source>
        <translation>TOTAL für gemeldete Summen oder die ersten Ziffern von HS-Codes (27 listet Kapitel 27 und seine Positionen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="337"/>
        <source>TOTAL or HS code start</source>
        <translation>TOTAL oder Anfang des HS-Codes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="663"/>
        <source>Trade figures</source>
        <translation>Handelsdaten</translation>
    </message>
    <message>
        <source>{0} figures are selected. Delete at most {1} at a time, or undo a whole import from the import history.</source>
        <translation type="vanished">{0} Zahlen sind ausgewählt. Löschen Sie höchstens {1} auf einmal, oder machen Sie einen ganzen Import im Importverlauf rückgängig.</translation>
    </message>
    <message>
        <source>{0} figures · adding up the values…</source>
        <translation type="vanished">{0} Zahlen · die Werte werden addiert…</translation>
    </message>
    <message>
        <source>{0} figures · sum of the listed values: USD {1}</source>
        <translation type="vanished">{0} Zahlen · Summe der aufgeführten Werte: {1} USD</translation>
    </message>
    <message>
        <source>{0} figures · the sum could not be computed: {1}</source>
        <translation type="vanished">{0} Zahlen · die Summe konnte nicht berechnet werden: {1}</translation>
    </message>
</context>
</TS>
