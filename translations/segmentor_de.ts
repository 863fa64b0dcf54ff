<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiPane</name>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="39"/>
        <source>Cannot read the integrations: %1</source>
        <translation>Die Integrationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="69"/>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="70"/>
        <source>Serve the REST API</source>
        <translation>REST-API bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="72"/>
        <source>HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses open it to the network.</source>
        <translation>HOST:PORT. 127.0.0.1 hält die API auf diesem Computer; andere Adressen öffnen sie für das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="79"/>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="88"/>
        <source>Create token…</source>
        <translation>Token erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="89"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="97"/>
        <source>Requests appear here while the API is on.</source>
        <translation>Anfragen erscheinen hier, solange die API läuft.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="104"/>
        <source>Tokens (stored hashed; a token is shown once, when created):</source>
        <translation>Tokens (gehasht gespeichert; ein Token wird nur einmal gezeigt, beim Erstellen):</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="107"/>
        <source>Request log:</source>
        <translation>Anfrageprotokoll:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="194"/>
        <source>— stopped —</source>
        <translation>— gestoppt —</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="200"/>
        <source>Off. Marketing tools and scripts can read segments and members over HTTP with a token.</source>
        <translation>Aus. Marketing-Werkzeuge und Skripte können Segmente und Mitglieder per HTTP mit einem Token lesen.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="205"/>
        <source>Serving on http://%1/v1/ — try %2</source>
        <translation>Bereit unter http://%1/v1/ — probieren Sie %2</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="208"/>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Offen für das Netzwerk: Tokens gehen im Klartext, wenn kein TLS-Proxy davor steht.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="219"/>
        <source>Enter the address as HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>Geben Sie die Adresse als HOST:PORT ein, z. B. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="221"/>
        <source>Cannot serve the API: %1</source>
        <translation>Die API kann nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="245"/>
        <source>Create API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="247"/>
        <source>e.g. crm-sync</source>
        <translation>z. B. crm-sync</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="248"/>
        <source>May refresh segments (write access)</source>
        <translation>Darf Segmente aktualisieren (Schreibzugriff)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="250"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="253"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="273"/>
        <source>The token was not created: %1</source>
        <translation>Der Token wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="293"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="295"/>
        <source>Copy the token now: it is not stored and cannot be shown again. Send it as
Authorization: Bearer &lt;token&gt;</source>
        <translation>Kopieren Sie den Token jetzt: Er wird nicht gespeichert und kann nicht erneut angezeigt werden. Senden Sie ihn als
Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="302"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="318"/>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="319"/>
        <source>Revoke the token &quot;%1&quot;? Tools using it stop getting answers at once.</source>
        <translation>Den Token „%1“ widerrufen? Werkzeuge, die ihn nutzen, erhalten sofort keine Antworten mehr.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="330"/>
        <source>The token was not revoked: %1</source>
        <translation>Der Token wurde nicht widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="43"/>
        <source>read + refresh</source>
        <translation>Lesen + Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="43"/>
        <source>read only</source>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="55"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="57"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="59"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>AsOfField</name>
    <message>
        <location filename="../ui/builder/asoffield.cpp" line="9"/>
        <source>Evaluate as &amp;of</source>
        <translation>Auswerten &amp;zum</translation>
    </message>
    <message>
        <location filename="../ui/builder/asoffield.cpp" line="12"/>
        <source>Count and preview the segment as it was at this time: orders, carts, wishlists, views, logins and customers created later are ignored, and &quot;in the last N days&quot; counts back from this time. Later edits and status changes are not undone.</source>
        <translation>Das Segment so zählen und anzeigen, wie es zu diesem Zeitpunkt war: später angelegte Bestellungen, Warenkörbe, Wunschlisten, Ansichten, Anmeldungen und Kunden werden ignoriert, und „in den letzten N Tagen“ zählt ab diesem Zeitpunkt. Spätere Änderungen und Statuswechsel werden nicht zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>BackgroundWorkIndicator</name>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="22"/>
        <source>Stop this task</source>
        <translation>Diese Aufgabe anhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/backgroundworkindicator.cpp" line="42"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilders</name>
    <message>
        <location filename="../ui/dashboard/chartbuckets.cpp" line="19"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="87"/>
        <source>%1 by segment</source>
        <translation>%1 nach Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="118"/>
        <source>%1 · %2
%3: %4
Orders: %5 · Customers who ordered: %6</source>
        <translation>%1 · %2
%3: %4
Bestellungen: %5 · Kunden mit Bestellung: %6</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="143"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="144"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="145"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="146"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="158"/>
        <source>%1 (part)</source>
        <translation>%1 (angebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="173"/>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="184"/>
        <source>%1
%2
%3: %4</source>
        <translation>%1
%2
%3: %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="195"/>
        <source>Solid: %1 · dashed: %2</source>
        <translation>Durchgezogen: %1 · gestrichelt: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="211"/>
        <source>Segment size over time</source>
        <translation>Segmentgröße im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="232"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="253"/>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="254"/>
        <source>%1 has %2 members</source>
        <translation>%1 hat %2 Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="260"/>
        <source>%1 of the %2 members of %3 (%4) are also in %5.
Double-click to list them.</source>
        <translation>%1 der %2 Mitglieder von %3 (%4) sind auch in %5.
Doppelklicken, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="86"/>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="175"/>
        <source>Refreshed at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="200"/>
        <source>%1
%2: %3 members</source>
        <translation>%1
%2: %3 Mitglieder</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="22"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="27"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="95"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="97"/>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConditionBuilderWidget</name>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="125"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="127"/>
        <source>%L1 members</source>
        <translation>%L1 Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="128"/>
        <source>match all conditions (counted in %L1 s)</source>
        <translation>erfüllen alle Bedingungen (gezählt in %L1 s)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="143"/>
        <source>Counting failed: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="175"/>
        <source>Add condition…</source>
        <translation>Bedingung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="179"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="181"/>
        <source>Wrap in group</source>
        <translation>In Gruppe fassen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="184"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="186"/>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="578"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="188"/>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="580"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="190"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="192"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="194"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="207"/>
        <source>Show SQL</source>
        <translation>SQL anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="208"/>
        <source>The statement that selects the members, with its bound values</source>
        <translation>Die Abfrage, die die Mitglieder auswählt, mit ihren gebundenen Werten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="209"/>
        <source>Explain a customer…</source>
        <translation>Einen Kunden erklären…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="211"/>
        <source>See which conditions one customer passes or fails, and why</source>
        <translation>Sehen, welche Bedingungen ein Kunde erfüllt oder nicht, und warum</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="213"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="218"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="257"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="276"/>
        <source>Connect to a store to count the members</source>
        <translation>Verbinden Sie einen Shop, um die Mitglieder zu zählen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="297"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="310"/>
        <source>Condition types</source>
        <translation>Bedingungstypen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="313"/>
        <source>Drag into a group, or press Enter to add where the cursor is.</source>
        <translation>In eine Gruppe ziehen oder Eingabe drücken, um an der Cursorposition hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="514"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="530"/>
        <source>Fix the highlighted conditions to count the members</source>
        <translation>Korrigieren Sie die markierten Bedingungen, um die Mitglieder zu zählen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="578"/>
        <source>Unmute</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="580"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="604"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="616"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="688"/>
        <source>Move condition up</source>
        <translation>Bedingung nach oben</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="688"/>
        <source>Move condition down</source>
        <translation>Bedingung nach unten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="127"/>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="197"/>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="362"/>
        <source>The store could not be read: %1</source>
        <translation>Der Shop konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="22"/>
        <source>&quot;%1&quot; is locked: unlock it first (Ctrl+L)</source>
        <translation>„%1“ ist gesperrt: zuerst entsperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="60"/>
        <source>Lock condition</source>
        <translation>Bedingung sperren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="60"/>
        <source>Unlock condition</source>
        <translation>Bedingung entsperren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="133"/>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
</context>
<context>
    <name>ConditionChooserDialog</name>
    <message>
        <location filename="../ui/builder/conditionchooserdialog.cpp" line="13"/>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionchooserdialog.cpp" line="18"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConditionPalette</name>
    <message>
        <location filename="../ui/builder/conditionpalette.cpp" line="84"/>
        <source>Find a condition type</source>
        <translation>Bedingungstyp suchen</translation>
    </message>
</context>
<context>
    <name>ConditionPaletteTree</name>
    <message>
        <location filename="../ui/builder/conditionpalette.cpp" line="28"/>
        <source>Condition types</source>
        <translation>Bedingungstypen</translation>
    </message>
</context>
<context>
    <name>ConditionRowEditor</name>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="30"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="370"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="31"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="32"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="412"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="33"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="34"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="65"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="202"/>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="202"/>
        <source>ANY</source>
        <translation>EINE</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="203"/>
        <source>Click to switch between ALL and ANY</source>
        <translation>Klicken, um zwischen ALLE und EINE zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="206"/>
        <source>Switch to ALL</source>
        <translation>Zu ALLE wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="206"/>
        <source>Switch to ANY</source>
        <translation>Zu EINE wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>Click to switch between TRUE and FALSE</source>
        <translation>Klicken, um zwischen WAHR und FALSCH zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="213"/>
        <source>Switch to TRUE</source>
        <translation>Zu WAHR wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="213"/>
        <source>Switch to FALSE</source>
        <translation>Zu FALSCH wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="225"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="233"/>
        <source>Change operator to &quot;%1&quot;</source>
        <translation>Operator auf „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="242"/>
        <source>Change value</source>
        <translation>Wert ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="267"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="286"/>
        <source>Change attribute to &quot;%1&quot;</source>
        <translation>Attribut auf „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="292"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="301"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="303"/>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="304"/>
        <source>Products in the cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="305"/>
        <source>Products in the wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="306"/>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="308"/>
        <source>Which products are looked at</source>
        <translation>Welche Produkte betrachtet werden</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="315"/>
        <source>Change product source</source>
        <translation>Produktquelle ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="317"/>
        <source>include</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="317"/>
        <source>include no</source>
        <translation>enthalten kein</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="318"/>
        <source>Click to switch between items found and no item found</source>
        <translation>Klicken, um zwischen „Artikel gefunden“ und „kein Artikel gefunden“ zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="322"/>
        <source>Require matching items</source>
        <translation>Passende Artikel verlangen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="322"/>
        <source>Require no matching item</source>
        <translation>Keinen passenden Artikel verlangen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="326"/>
        <source>at least one</source>
        <translation>mindestens einen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="326"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="327"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="327"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="328"/>
        <source>not exactly</source>
        <translation>nicht genau</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="328"/>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="329"/>
        <source>fewer than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="329"/>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="332"/>
        <source>How many matching items</source>
        <translation>Wie viele passende Artikel</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="346"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="356"/>
        <source>Change item count</source>
        <translation>Artikelanzahl ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="363"/>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="363"/>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="26"/>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="364"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="424"/>
        <source>where</source>
        <translation>bei denen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="364"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="424"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="450"/>
        <source>of these are</source>
        <translation>dieser Bedingungen sind</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="369"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="371"/>
        <source>is in none of</source>
        <translation>ist in keinem von</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="371"/>
        <source>is in one of</source>
        <translation>ist in einem von</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="372"/>
        <source>Click to switch between in and not in</source>
        <translation>Klicken, um zwischen „in“ und „nicht in“ zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="376"/>
        <source>Switch segment membership</source>
        <translation>Segmentzugehörigkeit umkehren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="386"/>
        <source>Change segments</source>
        <translation>Segmente ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="406"/>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="406"/>
        <source>of these conditions are</source>
        <translation>dieser Bedingungen sind</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="414"/>
        <source>Default billing address</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="415"/>
        <source>Default shipping address</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="416"/>
        <source>Any saved address</source>
        <translation>Beliebige gespeicherte Adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="422"/>
        <source>Change address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="428"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="433"/>
        <source>Aggregate over the orders</source>
        <translation>Kennzahl über die Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="445"/>
        <source>Change aggregate</source>
        <translation>Kennzahl ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="450"/>
        <source>over orders where</source>
        <translation>über Bestellungen, bei denen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="452"/>
        <source>over all orders</source>
        <translation>über alle Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="474"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="476"/>
        <source>Locked: it and the conditions inside it cannot be edited, moved or deleted (Ctrl+L unlocks)</source>
        <translation>Gesperrt: sie und die Bedingungen darin können nicht bearbeitet, verschoben oder gelöscht werden (Strg+L entsperrt)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="481"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="482"/>
        <source>This condition is kept but ignored (Ctrl+M to turn it back on)</source>
        <translation>Diese Bedingung bleibt erhalten, wird aber ignoriert (Strg+M schaltet sie wieder ein)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="265"/>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="27"/>
        <source>units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="28"/>
        <source>spent</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="29"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="33"/>
        <source>What is counted: matching items, their quantity, the amount spent on them (base currency) or the orders they are in</source>
        <translation>Was gezählt wird: passende Artikel, ihre Menge, der dafür ausgegebene Betrag (Basiswährung) oder die Bestellungen, in denen sie sind</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="41"/>
        <source>Count %1</source>
        <translation>Zählen: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="47"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="53"/>
        <source>Recency: the last order (later is better); frequency: the number of orders; monetary: lifetime sales. Scores 1 to 5 by quintile among the segment&apos;s customers with orders.</source>
        <translation>Aktualität: die letzte Bestellung (später ist besser); Häufigkeit: die Anzahl der Bestellungen; Umsatz: der Gesamtumsatz. Werte 1 bis 5 nach Quintil unter den Kunden des Segments mit Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="62"/>
        <source>Change RFM score</source>
        <translation>RFM-Wert ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="69"/>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="70"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="77"/>
        <source>The share of the customers kept, the same at every refresh</source>
        <translation>Der behaltene Anteil der Kunden, bei jeder Aktualisierung derselbe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="83"/>
        <source>Change sample size</source>
        <translation>Stichprobengröße ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="85"/>
        <source>of the customers, seed</source>
        <translation>der Kunden, Startwert</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="88"/>
        <source>Another seed draws another sample; the same seed the same one</source>
        <translation>Ein anderer Startwert zieht eine andere Stichprobe; derselbe Startwert dieselbe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="95"/>
        <source>Change sample seed</source>
        <translation>Startwert der Stichprobe ändern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="103"/>
        <source>by their conditions</source>
        <translation>nach ihren Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="104"/>
        <source>by their stored members</source>
        <translation>nach ihren gespeicherten Mitgliedern</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="108"/>
        <source>By their conditions: evaluated now, like the segments&apos; own rules. By their stored members: the member lists as the last refresh left them, with the customers included or excluded by hand (the segments refresh first when all are refreshed)</source>
        <translation>Nach ihren Bedingungen: jetzt ausgewertet, wie die Regeln der Segmente. Nach ihren gespeicherten Mitgliedern: die Mitgliederlisten, wie die letzte Aktualisierung sie hinterlassen hat, mit den von Hand ein- oder ausgeschlossenen Kunden (diese Segmente werden zuerst aktualisiert, wenn alle aktualisiert werden)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="117"/>
        <source>Read segments %1</source>
        <translation>Segmente %1 lesen</translation>
    </message>
</context>
<context>
    <name>ConditionTemplates</name>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="39"/>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="40"/>
        <source>Products in the cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="42"/>
        <source>Products in the wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="43"/>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="96"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="98"/>
        <source>ALL of these conditions</source>
        <translation>ALLE dieser Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="99"/>
        <source>A group that holds when every condition in it holds</source>
        <translation>Eine Gruppe, die gilt, wenn jede ihrer Bedingungen gilt</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="102"/>
        <source>ANY of these conditions</source>
        <translation>EINE dieser Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="103"/>
        <source>A group that holds when at least one condition in it holds</source>
        <translation>Eine Gruppe, die gilt, wenn mindestens eine ihrer Bedingungen gilt</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="114"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="118"/>
        <source>Newsletter status</source>
        <translation>Newsletter-Status</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="119"/>
        <source>The customer&apos;s newsletter subscription</source>
        <translation>Das Newsletter-Abonnement des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="125"/>
        <source>The current cart: %1</source>
        <translation>Der aktuelle Warenkorb: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="128"/>
        <source>Default billing address</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="129"/>
        <source>Conditions on the same billing address</source>
        <translation>Bedingungen an dieselbe Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="131"/>
        <source>Default shipping address</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="132"/>
        <source>Conditions on the same shipping address</source>
        <translation>Bedingungen an dieselbe Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="134"/>
        <source>Any address</source>
        <translation>Beliebige Adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="135"/>
        <source>Conditions on one of the saved addresses</source>
        <translation>Bedingungen an eine der gespeicherten Adressen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="141"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="142"/>
        <source>Inside an address group, or as a new billing address group</source>
        <translation>In einer Adressgruppe oder als neue Rechnungsadressgruppe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="148"/>
        <source>An aggregate over the customer&apos;s orders</source>
        <translation>Eine Kennzahl über die Bestellungen des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="154"/>
        <source>Order: %1</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="155"/>
        <source>Filters which orders count, inside an orders group</source>
        <translation>Filtert, welche Bestellungen zählen, innerhalb einer Bestellgruppe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="161"/>
        <source>Customers with (or without) matching items</source>
        <translation>Kunden mit (oder ohne) passende Artikel</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="168"/>
        <source>Amount spent on products</source>
        <translation>Ausgaben für Produkte</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="169"/>
        <source>The sum of the matching items&apos; row totals (base currency)</source>
        <translation>Die Summe der Zeilensummen der passenden Artikel (Basiswährung)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="174"/>
        <source>Orders with products</source>
        <translation>Bestellungen mit Produkten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="175"/>
        <source>The number of orders with a matching item</source>
        <translation>Die Anzahl der Bestellungen mit einem passenden Artikel</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="183"/>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="184"/>
        <source>Inside a products group, or as a new one</source>
        <translation>In einer Produktgruppe oder als neue</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="196"/>
        <source>A score from 1 to 5 among the segment&apos;s customers with orders</source>
        <translation>Ein Wert von 1 bis 5 unter den Kunden des Segments mit Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="206"/>
        <source>Random sample</source>
        <translation>Zufallsstichprobe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="207"/>
        <source>A stable random share of the customers, for test and control groups</source>
        <translation>Ein stabiler zufälliger Anteil der Kunden, für Test- und Kontrollgruppen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="215"/>
        <source>Member of segments</source>
        <translation>Mitglied von Segmenten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="215"/>
        <source>Whether the customer is in other segments</source>
        <translation>Ob der Kunde in anderen Segmenten ist</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="219"/>
        <source>Not a member of segments</source>
        <translation>Kein Mitglied von Segmenten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="220"/>
        <source>Whether the customer is in none of other segments</source>
        <translation>Ob der Kunde in keinem anderen Segment ist</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="225"/>
        <source>In the stored member lists</source>
        <translation>In den gespeicherten Mitgliederlisten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="226"/>
        <source>Whether the customer is on other segments&apos; member lists as they stand, manual includes and excludes counted</source>
        <translation>Ob der Kunde auf den aktuellen Mitgliederlisten anderer Segmente steht, manuelle Ein- und Ausschlüsse eingerechnet</translation>
    </message>
</context>
<context>
    <name>ConditionTreeController</name>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="35"/>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="35"/>
        <source>Move %1 conditions</source>
        <translation>%1 Bedingungen verschieben</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="40"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="41"/>
        <source>Copy condition</source>
        <translation>Bedingung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="41"/>
        <source>Copy %1 conditions</source>
        <translation>%1 Bedingungen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="58"/>
        <source>Delete condition</source>
        <translation>Bedingung löschen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="59"/>
        <source>Delete %1 conditions</source>
        <translation>%1 Bedingungen löschen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="76"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="76"/>
        <source>Unmute</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="92"/>
        <source>Wrap in group</source>
        <translation>In Gruppe fassen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="104"/>
        <source>Duplicate condition</source>
        <translation>Bedingung duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="105"/>
        <source>Duplicate %1 conditions</source>
        <translation>%1 Bedingungen duplizieren</translation>
    </message>
</context>
<context>
    <name>ConditionTreeModel</name>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="183"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="184"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="300"/>
        <source>%1 (muted)</source>
        <translation>%1 (stummgeschaltet)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="312"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="316"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/conditiontreemodel.cpp" line="334"/>
        <source>%n member(s) match this condition on its own</source>
        <translation>
            <numerusform>%n Mitglied erfüllt diese Bedingung für sich</numerusform>
            <numerusform>%n Mitglieder erfüllen diese Bedingung für sich</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="340"/>
        <source>Counted in %1: a slow condition, it slows every count and refresh</source>
        <translation>Gezählt in %1: eine langsame Bedingung, sie verlangsamt jede Zählung und Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="341"/>
        <source>Counted in %1</source>
        <translation>Gezählt in %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="368"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="368"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>ConditionValueEditor</name>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="87"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="142"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="149"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="151"/>
        <source>days ago</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="158"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="173"/>
        <source>Number of days (fractions allowed: 0.5 is twelve hours)</source>
        <translation>Anzahl Tage (Bruchteile erlaubt: 0,5 sind zwölf Stunden)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="192"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="216"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="263"/>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="362"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="314"/>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="333"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="334"/>
        <source>Pick values from the list</source>
        <translation>Werte aus der Liste wählen</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="341"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="56"/>
        <source>Connect to a store</source>
        <translation>Mit einem Shop verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="81"/>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="85"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="87"/>
        <source>Remove the selected connection from this list (and its password from the keychain)</source>
        <translation>Die gewählte Verbindung aus dieser Liste entfernen (und ihr Passwort aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="92"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="93"/>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="94"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="115"/>
        <source>/path/to/store.db</source>
        <translation>/pfad/zum/shop.db</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="116"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="118"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="119"/>
        <source>Open the demo store</source>
        <translation>Demo-Shop öffnen</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="143"/>
        <source>magento</source>
        <translation>magento</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="150"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="141"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="144"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="146"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="155"/>
        <source>No system keychain: the password is asked for each time</source>
        <translation>Kein Schlüsselbund: Das Passwort wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="161"/>
        <source>optional, e.g. &quot;Live shop (read-only copy)&quot;</source>
        <translation>optional, z. B. „Live-Shop (schreibgeschützte Kopie)“</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="163"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="167"/>
        <source>UTC (Magento&apos;s default)</source>
        <translation>UTC (Magento-Standard)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="112"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="170"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="171"/>
        <source>Table &amp;prefix:</source>
        <translation>Tabellen&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="172"/>
        <source>Store time &amp;zone:</source>
        <translation>&amp;Zeitzone des Shops:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="189"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="191"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="208"/>
        <source>Open a SQLite store</source>
        <translation>SQLite-Shop öffnen</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="209"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="279"/>
        <source>Test the connection to see whether Segmentor can read this store.</source>
        <translation>Testen Sie die Verbindung, um zu sehen, ob Segmentor diesen Shop lesen kann.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="360"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="360"/>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="374"/>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="387"/>
        <source>No demo store</source>
        <translation>Kein Demo-Shop</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="398"/>
        <source>Creating the demo store…</source>
        <translation>Demo-Shop wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="441"/>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="121"/>
        <source>A realistic Magento store with %1 customers, generated on this computer the first time (about a minute).</source>
        <translation>Ein realistischer Magento-Shop mit %1 Kunden, beim ersten Mal auf diesem Computer erzeugt (etwa eine Minute).</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="138"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="149"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="399"/>
        <source>Generating %1 customers with their orders, carts and wishlists into %2.</source>
        <translation>Erzeuge %1 Kunden mit Bestellungen, Warenkörben und Wunschlisten in %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../ui/support/connectionprofile.cpp" line="11"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="75"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="78"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="101"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="104"/>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="226"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="107"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="vanished">Erklären</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="146"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="146"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="vanished">Journal</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="135"/>
        <source>Explain…</source>
        <translation>Erklären…</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="138"/>
        <source>Open the condition-by-condition explanation for this customer</source>
        <translation>Die Erklärung Bedingung für Bedingung für diesen Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="144"/>
        <source>&lt;b&gt;Journal&lt;/b&gt; — when this customer entered or left the segment</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt; — wann dieser Kunde das Segment betreten oder verlassen hat</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="148"/>
        <source>This segment</source>
        <translation>Dieses Segment</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="150"/>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="151"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="151"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="151"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="152"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="187"/>
        <source>Could not load the customer</source>
        <translation>Der Kunde konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="199"/>
        <source>%1 · guest (orders without an account)</source>
        <translation>%1 · Gast (Bestellungen ohne Konto)</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="200"/>
        <source>%1 · customer #%2</source>
        <translation>%1 · Kunde Nr. %2</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="201"/>
        <source>%1 · no longer in the store</source>
        <translation>%1 · nicht mehr im Shop</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="211"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="212"/>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="216"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="219"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="220"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="221"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="222"/>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="223"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="224"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="227"/>
        <source>Lifetime sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="230"/>
        <source>Average order</source>
        <translation>Durchschnittliche Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="232"/>
        <source>First order</source>
        <translation>Erste Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="233"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="236"/>
        <source>No address on file</source>
        <translation>Keine Adresse hinterlegt</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="247"/>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="259"/>
        <source>Member of this segment since %1.</source>
        <translation>Mitglied dieses Segments seit %1.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="261"/>
        <source>Not in this segment&apos;s stored membership.</source>
        <translation>Nicht unter den gespeicherten Mitgliedern dieses Segments.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="263"/>
        <source>Excluded by hand on %1.</source>
        <translation>Am %1 von Hand ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="264"/>
        <source>Included by hand on %1.</source>
        <translation>Am %1 von Hand eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="267"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="275"/>
        <source>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ The definition matches this customer now&lt;/b&gt; — the exclusion keeps them out.</source>
        <translation>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ Die Definition trifft jetzt auf diesen Kunden zu&lt;/b&gt; — der Ausschluss hält ihn draußen.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="277"/>
        <source>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ The definition matches this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ Die Definition trifft jetzt auf diesen Kunden zu.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="280"/>
        <source>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ The definition does not match this customer now&lt;/b&gt; — the inclusion keeps them in.</source>
        <translation>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ Die Definition trifft jetzt nicht auf diesen Kunden zu&lt;/b&gt; — die Aufnahme hält ihn drin.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="282"/>
        <source>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ The definition does not match this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ Die Definition trifft jetzt nicht auf diesen Kunden zu.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="287"/>
        <source>No explanation: the customer is not in the store.</source>
        <translation>Keine Erklärung: Der Kunde ist nicht im Shop.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="290"/>
        <source>Preview of an unsaved definition: no override or journal.</source>
        <translation>Vorschau einer ungespeicherten Definition: keine Ausnahmen, kein Journal.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="295"/>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="295"/>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="296"/>
        <source>No entries yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation type="vanished">Keine Einträge</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="301"/>
        <source>Segments (%1)</source>
        <translation>Segmente (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="20"/>
        <source>Sales by segment</source>
        <translation>Umsatz nach Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="21"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="22"/>
        <source>Size over time</source>
        <translation>Größe im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="23"/>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
</context>
<context>
    <name>DemoStoreJob</name>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="23"/>
        <source>Cancelled: no demo store was created.</source>
        <translation>Abgebrochen: Es wurde kein Demo-Shop erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="61"/>
        <source>Creating the demo store</source>
        <translation>Demo-Shop wird erstellt</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="21"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="24"/>
        <source>e.g. Newsletter</source>
        <translation>z. B. Newsletter</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="26"/>
        <source>Mailchimp audience</source>
        <translation>Mailchimp-Zielgruppe</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="27"/>
        <source>Klaviyo list</source>
        <translation>Klaviyo-Liste</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="35"/>
        <source>Transactional (no marketing consent)</source>
        <translation>Transaktional (ohne Marketing-Einwilligung)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="37"/>
        <source>Subscribed (they opted in)</source>
        <translation>Abonniert (mit Einwilligung)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="38"/>
        <source>Pending (Mailchimp asks them to confirm)</source>
        <translation>Ausstehend (Mailchimp bittet um Bestätigung)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="40"/>
        <source>New contacts:</source>
        <translation>Neue Kontakte:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="85"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="86"/>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="75"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="131"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="76"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="132"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="77"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="134"/>
        <source>Push after each refresh of:</source>
        <translation>Nach jeder Aktualisierung senden von:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="139"/>
        <source>The API key is kept in the system keychain, never in Segmentor&apos;s tables.</source>
        <translation>Der API-Schlüssel liegt im Schlüsselbund des Systems, nie in Segmentors Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="125"/>
        <source>Audience id:</source>
        <translation>Zielgruppen-ID:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="28"/>
        <source>Webhook (enter/exit events)</source>
        <translation>Webhook (Ein-/Austrittsereignisse)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="58"/>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="59"/>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="60"/>
        <source>Scheduled refresh failed</source>
        <translation>Geplante Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="73"/>
        <source> events per request</source>
        <translation> Ereignisse pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="91"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="92"/>
        <source>Batches:</source>
        <translation>Stapel:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="125"/>
        <source>List id:</source>
        <translation>Listen-ID:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="126"/>
        <source>e.g. a1b2c3d4e5</source>
        <translation>z. B. a1b2c3d4e5</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="126"/>
        <source>e.g. XyZ123</source>
        <translation>z. B. XyZ123</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="131"/>
        <source>Signing secret:</source>
        <translation>Signaturgeheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="132"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="133"/>
        <source>Send the joiners and leavers of:</source>
        <translation>Ein- und Austritte senden von:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="135"/>
        <source>Each request is signed: X-Segmentor-Signature is sha256= and the HMAC-SHA256 of &quot;timestamp.body&quot; with the secret. The secret is kept in the system keychain, never in Segmentor&apos;s tables.</source>
        <translation>Jede Anfrage wird signiert: X-Segmentor-Signature ist sha256= und der HMAC-SHA256 von „timestamp.body“ mit dem Geheimnis. Das Geheimnis liegt im Schlüsselbund des Systems, nie in den Tabellen von Segmentor.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="147"/>
        <source>https://example.com/hooks/segmentor</source>
        <translation>https://example.com/hooks/segmentor</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="161"/>
        <source>Edit destination %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="171"/>
        <source>stored; type a new key to replace it</source>
        <translation>gespeichert; neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="172"/>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="214"/>
        <source>Give the destination a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="216"/>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="218"/>
        <source>Choose the segments whose joiners and leavers are sent.</source>
        <translation>Wählen Sie die Segmente, deren Ein- und Austritte gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="221"/>
        <source>Enter the Mailchimp audience id (Audience → Settings → Audience name and defaults).</source>
        <translation>Geben Sie die Mailchimp-Zielgruppen-ID ein (Audience → Settings → Audience name and defaults).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="223"/>
        <source>Enter the Klaviyo list id (Lists &amp; segments → the list → Settings).</source>
        <translation>Geben Sie die Klaviyo-Listen-ID ein (Lists &amp; segments → die Liste → Settings).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="226"/>
        <source>The URL must start with https:// (or http://).</source>
        <translation>Die URL muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="227"/>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="229"/>
        <source>Enter the signing secret (share it with the receiver).</source>
        <translation>Geben Sie das Signaturgeheimnis ein (teilen Sie es mit dem Empfänger).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="230"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>DestinationTableModel</name>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="53"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="56"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="58"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="83"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="85"/>
        <source>Audience / list / URL</source>
        <translation>Zielgruppe / Liste / URL</translation>
    </message>
    <message>
        <source>Audience / list</source>
        <translation type="vanished">Zielgruppe / Liste</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="87"/>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="89"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>DestinationsPane</name>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="78"/>
        <source>Cannot read the integrations: %1</source>
        <translation>Die Integrationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="104"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="106"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="107"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="108"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="118"/>
        <source>Sync</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="122"/>
        <source>Preview only (dry run)</source>
        <translation>Nur Vorschau (Probelauf)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="123"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="131"/>
        <source>Choose a destination and a segment, then Sync now: only the changes since the last sync are sent.</source>
        <translation>Wählen Sie ein Ziel und ein Segment, dann Jetzt abgleichen: Nur die Änderungen seit dem letzten Abgleich werden gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="136"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="146"/>
        <source>Sync history</source>
        <translation>Abgleichsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="151"/>
        <location filename="../ui/integrations/destinationspane.cpp" line="280"/>
        <source>Refused members of the selected sync</source>
        <translation>Abgelehnte Mitglieder des gewählten Abgleichs</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="281"/>
        <source>The selected sync has no refused members.</source>
        <translation>Der gewählte Abgleich hat keine abgelehnten Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="332"/>
        <source>Remove destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="333"/>
        <source>Remove the destination &quot;%1&quot; with its sync history and stored API key? Nothing is deleted in the tool itself.</source>
        <translation>Das Ziel „%1“ mit Abgleichsverlauf und gespeichertem API-Schlüssel entfernen? Im Werkzeug selbst wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="344"/>
        <source>The API key could not be stored: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="353"/>
        <source>The destination was not saved: %1</source>
        <translation>Das Ziel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="355"/>
        <source>Destination %1 saved.</source>
        <translation>Ziel %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="375"/>
        <source>The destination was not removed: %1</source>
        <translation>Das Ziel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="377"/>
        <source>Destination %1 removed.</source>
        <translation>Ziel %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="401"/>
        <source>No API key is stored for %1: edit the destination and enter its key.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert: Bearbeiten Sie das Ziel und geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="411"/>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="412"/>
        <source>Syncing %1 to %2…</source>
        <translation>Gleiche %1 mit %2 ab…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="427"/>
        <source>%1 of %2 changes sent</source>
        <translation>%1 von %2 Änderungen gesendet</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="444"/>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="446"/>
        <source>Preview: %1 to add, %2 to remove. Nothing was sent.</source>
        <translation>Vorschau: %1 hinzuzufügen, %2 zu entfernen. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="451"/>
        <source>Sync cancelled after %1 added and %2 removed; the next sync continues from there.</source>
        <translation>Abgleich nach %1 Hinzufügungen und %2 Entfernungen abgebrochen; der nächste setzt dort fort.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="457"/>
        <source>Synced: %1 added, %2 removed</source>
        <translation>Abgeglichen: %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integrations/destinationspane.cpp" line="458"/>
        <source>, %n refused (see below)</source>
        <translation>
            <numerusform>, %n abgelehnt (siehe unten)</numerusform>
            <numerusform>, %n abgelehnt (siehe unten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integrations/destinationspane.cpp" line="460"/>
        <source>, %n without an email skipped</source>
        <translation>
            <numerusform>, %n ohne E-Mail übersprungen</numerusform>
            <numerusform>, %n ohne E-Mail übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="472"/>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Paket…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="14"/>
        <source>Refresh “%1”</source>
        <translation>„%1“ aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="19"/>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b style=&apos;color:#1b6e37&apos;&gt;+%1&lt;/b&gt; would enter &amp;nbsp; &lt;b style=&apos;color:#a31d1d&apos;&gt;−%2&lt;/b&gt; would leave&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b style=&apos;color:#1b6e37&apos;&gt;+%1&lt;/b&gt; kämen hinzu &amp;nbsp; &lt;b style=&apos;color:#a31d1d&apos;&gt;−%2&lt;/b&gt; fielen heraus&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="26"/>
        <source>The segment has %1 members now and would have %2 after the refresh. Nothing has changed yet.</source>
        <translation>Das Segment hat jetzt %1 Mitglieder und hätte nach der Aktualisierung %2. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="32"/>
        <source>Would enter (%1)</source>
        <translation>Kämen hinzu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="37"/>
        <source>Would leave (%1)</source>
        <translation>Fielen heraus (%1)</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="47"/>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="62"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="69"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="30"/>
        <source>Guest %1</source>
        <translation>Gast %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="32"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="33"/>
        <source>Customer %1 (%2)</source>
        <translation>Kunde %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="43"/>
        <source>Explain a customer</source>
        <translation>Einen Kunden erklären</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="44"/>
        <source>Explain a customer · %1</source>
        <translation>Einen Kunden erklären · %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="48"/>
        <source>a customer id such as 42, or an e-mail address</source>
        <translation>eine Kundennummer wie 42 oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="51"/>
        <source>&amp;Customer id or e-mail:</source>
        <translation>&amp;Kundennummer oder E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="53"/>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Values compared</source>
        <translation>Verglichene Werte</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="84"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="89"/>
        <source>✔ the condition is true for this customer · ✘ it is false · muted conditions are shown in grey and ignored. A group set to FALSE wants its conditions to be false.</source>
        <translation>✔ die Bedingung ist für diesen Kunden wahr · ✘ sie ist falsch · stummgeschaltete Bedingungen sind grau und werden ignoriert. Eine auf FALSCH gestellte Gruppe verlangt falsche Bedingungen.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="108"/>
        <location filename="../ui/builder/explaindialog.cpp" line="173"/>
        <source>Enter a customer id or an e-mail address, then press Explain.</source>
        <translation>Geben Sie eine Kundennummer oder E-Mail-Adresse ein und drücken Sie Erklären.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="149"/>
        <source>– muted</source>
        <translation>– stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="157"/>
        <source>✔ true</source>
        <translation>✔ wahr</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="157"/>
        <source>✘ false</source>
        <translation>✘ falsch</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="181"/>
        <source>Evaluating the segment for %1…</source>
        <translation>Werte das Segment für %1 aus…</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="200"/>
        <source>%1. Enter a customer id to explain one of them.</source>
        <translation>%1. Geben Sie eine Kunden-ID ein, um einen von ihnen zu erklären.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="202"/>
        <source>This customer cannot be explained: %1</source>
        <translation>Dieser Kunde kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="213"/>
        <source>There is no customer with id %1 in this store.</source>
        <translation>In diesem Shop gibt es keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="214"/>
        <source>No customer or guest with the e-mail &quot;%1&quot; in this store.</source>
        <translation>Kein Kunde oder Gast mit der E-Mail „%1“ in diesem Shop.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="220"/>
        <source>%1 is IN this segment</source>
        <translation>%1 ist IN diesem Segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="221"/>
        <source>%1 is NOT in this segment</source>
        <translation>%1 ist NICHT in diesem Segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="229"/>
        <source>guest (orders without an account)</source>
        <translation>Gast (Bestellungen ohne Konto)</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="229"/>
        <source>registered customer</source>
        <translation>registrierter Kunde</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="230"/>
        <source>evaluated as of %1 (%2)</source>
        <translation>ausgewertet zum %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="232"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="233"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>the guest %1</source>
        <translation type="vanished">der Gast %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="vanished">Kunde %1</translation>
    </message>
    <message>
        <source>The same e-mail also belongs to %1: enter an id to explain another one.</source>
        <translation type="vanished">Dieselbe E-Mail gehört auch zu %1: Geben Sie eine Nummer ein, um einen anderen zu erklären.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="27"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="30"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="42"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="47"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="55"/>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="57"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="62"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="71"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="71"/>
        <source>Error / details</source>
        <translation>Fehler / Details</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="114"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="122"/>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="147"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="148"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="162"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="163"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="175"/>
        <source>%1 events exported to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="178"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsText</name>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="7"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="8"/>
        <source>Completed with failures</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="9"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="10"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="11"/>
        <source>Interrupted (resumed by the next sync)</source>
        <translation>Unterbrochen (wird beim nächsten Abgleich fortgesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="12"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="13"/>
        <source>Preview only</source>
        <translation>Nur Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="21"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="23"/>
        <source>Klaviyo</source>
        <translation>Klaviyo</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="25"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>LiveCounter</name>
    <message>
        <location filename="../ui/builder/livecounter.cpp" line="134"/>
        <source>No store is connected.</source>
        <translation>Kein Shop ist verbunden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="48"/>
        <source>Segmentor</source>
        <translation>Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="88"/>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="90"/>
        <source>%1 — Segmentor</source>
        <translation>%1 — Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="118"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="120"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="124"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="154"/>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Das Dashboard konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="169"/>
        <source>&amp;Connect to a store…</source>
        <translation>Mit einem Shop &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="174"/>
        <source>&amp;Recent connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="175"/>
        <source>Open the &amp;demo store</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="179"/>
        <location filename="../ui/app/mainwindow.cpp" line="375"/>
        <location filename="../ui/app/mainwindow.cpp" line="408"/>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="194"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="200"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="201"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="203"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="218"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="245"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="252"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="256"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="269"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="270"/>
        <source>&amp;About Segmentor</source>
        <translation>&amp;Über Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="273"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="276"/>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="295"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="363"/>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="401"/>
        <source>The demo store was not created: %1</source>
        <translation>Der Demo-Shop wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="414"/>
        <source>&lt;h2&gt;Welcome to Segmentor&lt;/h2&gt;&lt;p&gt;Preparing a demo store to explore: %1 customers with their orders, carts and wishlists, and five example segments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Segmentor&lt;/h2&gt;&lt;p&gt;Ein Demo-Shop zum Erkunden wird vorbereitet: %1 Kunden mit Bestellungen, Warenkörben und Wunschlisten sowie fünf Beispielsegmente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="436"/>
        <source>The example segments could not be imported: %1</source>
        <translation>Die Beispielsegmente konnten nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/mainwindow.cpp" line="475"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="493"/>
        <source>The new language applies the next time Segmentor starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Segmentor.</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="499"/>
        <source>About Segmentor</source>
        <translation>Über Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="500"/>
        <source>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for Magento 2 stores: describe a segment as a tree of conditions and get its members, with the reason any one customer is in or out.&lt;/p&gt;&lt;p&gt;Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The demo store&apos;s catalog comes from the UCI Online Retail dataset (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Kundensegmentierung für Magento-2-Shops: Beschreiben Sie ein Segment als Baum von Bedingungen und erhalten Sie seine Mitglieder – mit der Begründung, warum ein Kunde dazugehört oder nicht.&lt;/p&gt;&lt;p&gt;Shops: SQLite, MySQL/MariaDB, PostgreSQL. Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Der Katalog des Demo-Shops stammt aus dem Datensatz UCI Online Retail (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="476"/>
        <source>%1 members in all</source>
        <translation>%1 Mitglieder insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="171"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="483"/>
        <source>REST API on %1</source>
        <translation>REST-API auf %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="485"/>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Offen für das Netzwerk: Tokens gehen im Klartext, wenn kein TLS-Proxy davor steht.</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="233"/>
        <source>Sc&amp;hedule refreshes…</source>
        <translation>Aktualisierungen &amp;planen…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="235"/>
        <source>Connect to a store first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Shop.</translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="126"/>
        <source>Could not read the members: %1</source>
        <translation>Die Mitglieder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="156"/>
        <source>Search email or name…</source>
        <translation>E-Mail oder Name suchen…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="164"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="170"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="176"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="177"/>
        <source>Excluded by hand</source>
        <translation>Von Hand ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="178"/>
        <source>Included by hand</source>
        <translation>Von Hand eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="179"/>
        <source>Any override</source>
        <translation>Mit Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="180"/>
        <source>No override</source>
        <translation>Ohne Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="181"/>
        <source>New in the last refresh</source>
        <translation>Neu seit der letzten Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="184"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="207"/>
        <source>Exclude…</source>
        <translation>Ausschließen…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="209"/>
        <source>Keep the selected customers out of this segment, whatever the conditions say</source>
        <translation>Die gewählten Kunden aus diesem Segment heraushalten, egal was die Bedingungen sagen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="210"/>
        <source>Include…</source>
        <translation>Einschließen…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="212"/>
        <source>Keep the selected customers in this segment, whatever the conditions say</source>
        <translation>Die gewählten Kunden in diesem Segment halten, egal was die Bedingungen sagen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="213"/>
        <source>Reset override</source>
        <translation>Ausnahme zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="214"/>
        <source>Let the conditions decide again for the selected customers</source>
        <translation>Für die gewählten Kunden wieder die Bedingungen entscheiden lassen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="215"/>
        <source>Copy emails</source>
        <translation>E-Mails kopieren</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="216"/>
        <location filename="../ui/members/matchedcustomersview.cpp" line="511"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="219"/>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="220"/>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="222"/>
        <source>Refresh…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="223"/>
        <source>See who would enter and leave, then refresh the membership</source>
        <translation>Sehen, wer hinzukäme und herausfiele, dann die Mitglieder aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="329"/>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="331"/>
        <source>Evaluating the definition…</source>
        <translation>Werte die Definition aus…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="331"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="333"/>
        <source>%1+ customers, counting…</source>
        <translation>%1+ Kunden, zähle…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="335"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="335"/>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="337"/>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="338"/>
        <source> · preview of the unsaved definition</source>
        <translation> · Vorschau der ungespeicherten Definition</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="434"/>
        <source>Reset the override of %n customer(s)</source>
        <translation>
            <numerusform>Ausnahme für %n Kunden zurücksetzen</numerusform>
            <numerusform>Ausnahme für %n Kunden zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="436"/>
        <source>Exclude %n customer(s)</source>
        <translation>
            <numerusform>%n Kunden ausschließen</numerusform>
            <numerusform>%n Kunden ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="437"/>
        <source>Include %n customer(s)</source>
        <translation>
            <numerusform>%n Kunden einschließen</numerusform>
            <numerusform>%n Kunden einschließen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="439"/>
        <source>Reason (optional, kept in the history):</source>
        <translation>Grund (optional, wird im Verlauf gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="450"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="458"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="462"/>
        <source>Override reset for %n customer(s).</source>
        <translation>
            <numerusform>Ausnahme für %n Kunden zurückgesetzt.</numerusform>
            <numerusform>Ausnahme für %n Kunden zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="464"/>
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation>
            <numerusform>%n Kunde ausgeschlossen; er fällt bei der nächsten Aktualisierung heraus.</numerusform>
            <numerusform>%n Kunden ausgeschlossen; sie fallen bei der nächsten Aktualisierung heraus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="465"/>
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation>
            <numerusform>%n Kunde eingeschlossen; er kommt bei der nächsten Aktualisierung hinzu.</numerusform>
            <numerusform>%n Kunden eingeschlossen; sie kommen bei der nächsten Aktualisierung hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="480"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="484"/>
        <source>Export the selected customers</source>
        <translation>Die gewählten Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="484"/>
        <source>Export all customers</source>
        <translation>Alle Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="486"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv);;Excel-2003-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="507"/>
        <source>Exporting %1 customers to %2…</source>
        <translation>Exportiere %1 Kunden nach %2…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="509"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="532"/>
        <location filename="../ui/members/matchedcustomersview.cpp" line="535"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="536"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="539"/>
        <source>%1 customers exported to %2.</source>
        <translation>%1 Kunden nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="557"/>
        <source>Could not copy: %1</source>
        <translation>Kopieren nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="560"/>
        <source>%n email(s) copied.</source>
        <translation>
            <numerusform>%n E-Mail kopiert.</numerusform>
            <numerusform>%n E-Mails kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../ui/members/memberstatedelegate.cpp" line="23"/>
        <location filename="../ui/members/membertablemodel.cpp" line="380"/>
        <location filename="../ui/members/membertablemodel.cpp" line="448"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/memberstatedelegate.cpp" line="26"/>
        <location filename="../ui/members/membertablemodel.cpp" line="381"/>
        <location filename="../ui/members/membertablemodel.cpp" line="449"/>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/memberstatedelegate.cpp" line="29"/>
        <location filename="../ui/members/membertablemodel.cpp" line="450"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="385"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="415"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="456"/>
        <source>Excluded by hand</source>
        <translation>Von Hand ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="457"/>
        <source>Included by hand</source>
        <translation>Von Hand eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="458"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="459"/>
        <source>Not a member since the last refresh</source>
        <translation>Seit der letzten Aktualisierung kein Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="460"/>
        <source>Joined in the last refresh</source>
        <translation>Bei der letzten Aktualisierung hinzugekommen</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="496"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>OverlapMembersDialog</name>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="26"/>
        <source>Members of %1 and %2</source>
        <translation>Mitglieder von %1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="27"/>
        <source>In both (%1 ∩ %2)</source>
        <translation>In beiden (%1 ∩ %2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="28"/>
        <source>Only in %1 (%1 − %2)</source>
        <translation>Nur in %1 (%1 − %2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="65"/>
        <source>Listing the members failed: %1</source>
        <translation>Auflisten der Mitglieder fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="74"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="80"/>
        <source>%1 members; the first %2 are listed.</source>
        <translation>%1 Mitglieder; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="83"/>
        <source>%1 members.</source>
        <translation>%1 Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="102"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>OverlapView</name>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="20"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="25"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="26"/>
        <source>Each cell: members in both the row and the column segment, and their share of the &lt;b&gt;row&lt;/b&gt; segment. Double-click a cell to list them; right-click for the members only in the row segment.</source>
        <translation>Jede Zelle: Mitglieder sowohl des Zeilen- als auch des Spaltensegments und ihr Anteil am &lt;b&gt;Zeilen&lt;/b&gt;segment. Doppelklick auf eine Zelle listet sie auf; Rechtsklick für die Mitglieder nur im Zeilensegment.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="60"/>
        <source>Members in both %1 and %2…</source>
        <translation>Mitglieder in %1 und %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="62"/>
        <source>Members in %1 but not in %2…</source>
        <translation>Mitglieder in %1, aber nicht in %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="67"/>
        <source>New segment from union of %1 and %2…</source>
        <translation>Neues Segment aus der Vereinigung von %1 und %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="70"/>
        <source>New segment from intersection of %1 and %2…</source>
        <translation>Neues Segment aus der Schnittmenge von %1 und %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="73"/>
        <source>New segment from %1 minus %2…</source>
        <translation>Neues Segment aus %1 ohne %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="80"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="90"/>
        <source>Computing the overlap failed: %1</source>
        <translation>Berechnung der Überschneidung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="122"/>
        <source>Overlap of %1 segments</source>
        <translation>Überschneidung von %1 Segmenten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="170"/>
        <source>Choose two segments or more.</source>
        <translation>Wählen Sie mindestens zwei Segmente.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="173"/>
        <source>Computing the overlap of %1 segments…</source>
        <translation>Überschneidung von %1 Segmenten wird berechnet…</translation>
    </message>
</context>
<context>
    <name>PerformanceBuilders</name>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="39"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="49"/>
        <source>Orders counted while the customer was a member</source>
        <translation>Bestellungen gezählt, solange der Kunde Mitglied war</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="50"/>
        <source>Orders counted for today&apos;s members</source>
        <translation>Bestellungen der heutigen Mitglieder gezählt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="57"/>
        <source>%1 · changes against %2</source>
        <translation>%1 · Veränderungen gegenüber %2</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation type="vanished">ggü. %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="88"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="89"/>
        <source>%1 over the period</source>
        <translation>%1 im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="94"/>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="96"/>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="99"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="102"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="104"/>
        <source>Revenue per member</source>
        <translation>Umsatz pro Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="109"/>
        <source>%1 · %2
%3 members during the period (%4 at its start, %5 at its end)
%6 of them ordered: %7 orders, %8
%9</source>
        <translation>%1 · %2
%3 Mitglieder im Zeitraum (%4 zu Beginn, %5 am Ende)
%6 davon haben bestellt: %7 Bestellungen, %8
%9</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="128"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="129"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="130"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="131"/>
        <source>Conversion rate %1</source>
        <translation>Konversionsrate %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="142"/>
        <source>%1 (part)</source>
        <translation>%1 (teilweise)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="159"/>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="170"/>
        <source>%1
%2
Conversion rate: %3 (%4 of %5 members)</source>
        <translation>%1
%2
Konversionsrate: %3 (%4 von %5 Mitgliedern)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="183"/>
        <source>Solid: %1 · dashed: %2</source>
        <translation>Durchgezogen: %1 · gestrichelt: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="187"/>
        <source>Conversion %</source>
        <translation>Konversion %</translation>
    </message>
</context>
<context>
    <name>PerformanceView</name>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="64"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="72"/>
        <source>Today&apos;s members</source>
        <translation>Heutige Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="73"/>
        <source>Members at the time of the order</source>
        <translation>Mitglieder zum Zeitpunkt der Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="75"/>
        <source>Today&apos;s members: every order of the period by the segment&apos;s current members.
Members at the time of the order: an order counts only when it was placed while the customer was in the segment (from the refresh journal).</source>
        <translation>Heutige Mitglieder: jede Bestellung des Zeitraums der aktuellen Mitglieder des Segments.
Mitglieder zum Zeitpunkt der Bestellung: eine Bestellung zählt nur, wenn sie aufgegeben wurde, während der Kunde im Segment war (aus dem Aktualisierungsjournal).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="78"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="79"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="80"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="81"/>
        <source>Import email engagement</source>
        <translation>E-Mail-Engagement importieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="82"/>
        <source>Read the campaign reports of the segments synced to Mailchimp or Klaviyo (sent, delivered, opens, clicks, unsubscribes)</source>
        <translation>Die Kampagnenberichte der mit Mailchimp oder Klaviyo synchronisierten Segmente lesen (gesendet, zugestellt, Öffnungen, Klicks, Abmeldungen)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="84"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="85"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="88"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="90"/>
        <source>Excel workbook…</source>
        <translation>Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="96"/>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Period totals</source>
        <translation>Summen des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Per period</source>
        <translation>Pro Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Daily snapshots</source>
        <translation>Tägliche Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="124"/>
        <source>Email engagement</source>
        <translation>E-Mail-Engagement</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="159"/>
        <location filename="../ui/dashboard/performanceview.cpp" line="304"/>
        <location filename="../ui/dashboard/performanceview.cpp" line="403"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="257"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="261"/>
        <source>The comparison period ends before it starts.</source>
        <translation>Der Vergleichszeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="275"/>
        <source>Choose at least one segment</source>
        <translation>Wählen Sie mindestens ein Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="280"/>
        <source>Choose at least one order status.</source>
        <translation>Wählen Sie mindestens einen Bestellstatus.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="286"/>
        <source>Computing segment performance for %1…</source>
        <translation>Segment-Performance für %1 wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="309"/>
        <source>The performance report failed: %1</source>
        <translation>Der Performance-Bericht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="317"/>
        <source>%1 · %2 · amounts in %3 (base currency) · statuses: %4</source>
        <translation>%1 · %2 · Beträge in %3 (Basiswährung) · Status: %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="320"/>
        <source> · no email engagement imported</source>
        <translation> · kein E-Mail-Engagement importiert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="321"/>
        <source> · campaigns with engagement: %1</source>
        <translation> · Kampagnen mit Engagement: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="351"/>
        <source>Daily snapshots (%1)</source>
        <translation>Tägliche Momentaufnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="352"/>
        <source>Email engagement (%1)</source>
        <translation>E-Mail-Engagement (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="372"/>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="373"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="374"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="377"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="385"/>
        <source>Importing email engagement from Mailchimp and Klaviyo…</source>
        <translation>E-Mail-Engagement wird aus Mailchimp und Klaviyo importiert…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="408"/>
        <source>The engagement import failed: %1</source>
        <translation>Der Engagement-Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="412"/>
        <source>Email engagement imported · campaigns: %1 · segments: %2</source>
        <translation>E-Mail-Engagement importiert · Kampagnen: %1 · Segmente: %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../ui/dashboard/periodpicker.cpp" line="47"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/periodpicker.cpp" line="53"/>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="18"/>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="19"/>
        <source>For a number of days</source>
        <translation>Für eine Anzahl von Tagen</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="22"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="34"/>
        <source>Applies to every segment&apos;s refresh history and membership journal. With a number of days, older rows are deleted after each refresh made in this application, and the status bar says how many. Scheduled refreshes choose their own: segmentor-cli refresh --all --keep-history DAYS.</source>
        <translation>Gilt für den Aktualisierungsverlauf und das Mitgliederjournal jedes Segments. Mit einer Anzahl von Tagen werden ältere Zeilen nach jeder Aktualisierung in dieser Anwendung gelöscht, und die Statusleiste nennt die Anzahl. Geplante Aktualisierungen wählen selbst: segmentor-cli refresh --all --keep-history TAGE.</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="44"/>
        <source>&amp;Keep refresh history:</source>
        <translation>Verlauf &amp;behalten:</translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="11"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="13"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="15"/>
        <source>Database driver missing</source>
        <translation>Datenbanktreiber fehlt</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="17"/>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="19"/>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="21"/>
        <source>Database not found</source>
        <translation>Datenbank nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="23"/>
        <source>Not a Magento schema</source>
        <translation>Kein Magento-Schema</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="25"/>
        <source>Missing tables</source>
        <translation>Fehlende Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="27"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="39"/>
        <source>A Magento 2 store with %1 customers (server %2).</source>
        <translation>Ein Magento-2-Shop mit %1 Kunden (Server %2).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="42"/>
        <source>A Magento 2 store with %1 customers.</source>
        <translation>Ein Magento-2-Shop mit %1 Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="44"/>
        <source>There is no store file at %1.</source>
        <translation>Unter %1 liegt keine Shop-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="46"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-psql).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-mysql oder libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="50"/>
        <source>Nothing answers at %1:%2. Check the host name and the port, and that the database server is running and reachable from this computer.</source>
        <translation>Unter %1:%2 antwortet nichts. Prüfen Sie Hostname und Port und ob der Datenbankserver läuft und von diesem Computer erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="56"/>
        <source>The server answered but refused user &quot;%1&quot;: check the user name and the password.</source>
        <translation>Der Server hat geantwortet, aber den Benutzer „%1“ abgelehnt: Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="60"/>
        <source>The server has no database named &quot;%1&quot; (or this user may not use it).</source>
        <translation>Der Server hat keine Datenbank namens „%1“ (oder dieser Benutzer darf sie nicht verwenden).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="64"/>
        <source>None of Magento&apos;s tables are in this database. Is it the right database, or do its tables have a prefix?</source>
        <translation>Diese Datenbank enthält keine Magento-Tabellen. Ist es die richtige Datenbank, oder haben ihre Tabellen ein Präfix?</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="67"/>
        <source>None of Magento&apos;s tables with the prefix &quot;%1&quot; are in this database. Check the table prefix.</source>
        <translation>Diese Datenbank enthält keine Magento-Tabellen mit dem Präfix „%1“. Prüfen Sie das Tabellenpräfix.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connection/probeverdicttext.cpp" line="71"/>
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation>
            <numerusform>Diesem Magento-Schema fehlt %n Tabelle, die Segmentor liest: %1.</numerusform>
            <numerusform>Diesem Magento-Schema fehlen %n Tabellen, die Segmentor liest: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="75"/>
        <source>The database said: %1</source>
        <translation>Die Datenbank meldet: %1</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="46"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="68"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>kein Segment mit dem Code „%1“</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="95"/>
        <source>Computing who would enter and leave…</source>
        <translation>Berechne, wer hinzukäme und herausfiele…</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="110"/>
        <source>Dry run cancelled.</source>
        <translation>Probelauf abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="119"/>
        <source>Refresh not run.</source>
        <translation>Aktualisierung nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="152"/>
        <source>Refreshing…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="168"/>
        <source>Refresh cancelled: the membership is unchanged.</source>
        <translation>Aktualisierung abgebrochen: Die Mitglieder sind unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="173"/>
        <source>Refreshed: +%1, −%2, %3 members.</source>
        <translation>Aktualisiert: +%1, −%2, %3 Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="177"/>
        <source>History older than %1 days deleted: %2 rows.</source>
        <translation>Verlauf älter als %1 Tage gelöscht: %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="182"/>
        <source>The old history could not be deleted: %1</source>
        <translation>Der alte Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="186"/>
        <source>Push problems: %1</source>
        <translation>Probleme beim Übertragen: %1</translation>
    </message>
</context>
<context>
    <name>ReportJobBar</name>
    <message>
        <location filename="../ui/dashboard/reportjobbar.cpp" line="18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SalesDashboardWidget</name>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="43"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="52"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="53"/>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="54"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="55"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="56"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="57"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="60"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="62"/>
        <source>Excel workbook…</source>
        <translation>Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="66"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="67"/>
        <source>Compute the figures again from the store</source>
        <translation>Die Zahlen erneut aus dem Shop berechnen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Zeitraum</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation type="vanished">Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="70"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="129"/>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="291"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="236"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="241"/>
        <source>The comparison period ends before it starts.</source>
        <translation>Der Vergleichszeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="252"/>
        <source>Choose at least one segment</source>
        <translation>Wählen Sie mindestens ein Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="257"/>
        <source>Choose at least one order status.</source>
        <translation>Wählen Sie mindestens einen Bestellstatus.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="265"/>
        <source>Computing sales for %1…</source>
        <translation>Berechne Umsätze für %1…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="296"/>
        <source>The sales report failed: %1</source>
        <translation>Der Umsatzbericht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="310"/>
        <source>%1: %2 orders from %3 customers</source>
        <translation>%1: %2 Bestellungen von %3 Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="314"/>
        <source> · %1: %2 orders</source>
        <translation> · %1: %2 Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="318"/>
        <source> · amounts in %1 (base currency) · statuses: %2</source>
        <translation> · Beträge in %1 (Basiswährung) · Status: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="346"/>
        <source>Export the statistics table</source>
        <translation>Statistiktabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="347"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="347"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="352"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SalesMetrics</name>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="19"/>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="21"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="23"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="25"/>
        <source>Customers who ordered</source>
        <translation>Bestellende Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="27"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="29"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="31"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="33"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="35"/>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="37"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>SalesStatisticsModel</name>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="116"/>
        <source>Every order of the period with the chosen statuses, and all customers of the store (registered and guests): the base of the percentages. Segments may overlap, so their rows do not add up to it.</source>
        <translation>Alle Bestellungen des Zeitraums mit den gewählten Status und alle Kunden des Shops (registriert und Gäste): die Basis der Prozente. Segmente können sich überschneiden, daher ergeben ihre Zeilen nicht die Summe.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="132"/>
        <source>Current members of the segment</source>
        <translation>Aktuelle Mitglieder des Segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="134"/>
        <source>Members as a share of all customers of the store</source>
        <translation>Anteil der Mitglieder an allen Kunden des Shops</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="136"/>
        <source>The members&apos; orders in the period with the chosen statuses</source>
        <translation>Die Bestellungen der Mitglieder im Zeitraum mit den gewählten Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="138"/>
        <source>Share of all orders in the period with the chosen statuses</source>
        <translation>Anteil an allen Bestellungen des Zeitraums mit den gewählten Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="140"/>
        <source>Discounts granted, as a positive amount</source>
        <translation>Gewährte Rabatte als positiver Betrag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="142"/>
        <source>Average order value: grand total / orders</source>
        <translation>Durchschnittlicher Bestellwert: Gesamtsumme / Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="150"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="152"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="154"/>
        <source>% customers</source>
        <translation>% Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="156"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="158"/>
        <source>% orders</source>
        <translation>% Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="160"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="162"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="164"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="166"/>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="168"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="170"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="172"/>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="174"/>
        <source>AOV</source>
        <translation>Ø Bestellwert</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="37"/>
        <source>Schedule refreshes</source>
        <translation>Aktualisierungen planen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="40"/>
        <source>Cron refreshes the active segments whose refresh mode is &lt;b&gt;Automatic&lt;/b&gt;, even while Segmentor is closed. The store&apos;s password goes to a private file only you can read (%1), never into the crontab.</source>
        <translation>Cron aktualisiert die aktiven Segmente mit dem Aktualisierungsmodus &lt;b&gt;Automatisch&lt;/b&gt;, auch wenn Segmentor geschlossen ist. Das Passwort des Shops kommt in eine private Datei, die nur Sie lesen können (%1), nie in die Crontab.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="51"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="52"/>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="53"/>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="54"/>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="55"/>
        <source>Every night at 2:00</source>
        <translation>Jede Nacht um 2:00</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="56"/>
        <source>Weekdays at 7:00</source>
        <translation>Werktags um 7:00</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="57"/>
        <source>Custom (cron expression)</source>
        <translation>Benutzerdefiniert (Cron-Ausdruck)</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="61"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="63"/>
        <source>minute hour day month weekday, e.g. 0 */2 * * *</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 0 */2 * * *</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="64"/>
        <source>Cron &amp;expression:</source>
        <translation>Cron-&amp;Ausdruck:</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="70"/>
        <source>Current schedule</source>
        <translation>Aktueller Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="72"/>
        <source>Reading the crontab…</source>
        <translation>Crontab wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="78"/>
        <source>Last scheduled runs</source>
        <translation>Letzte geplante Läufe</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="89"/>
        <location filename="../ui/schedule/scheduledialog.cpp" line="240"/>
        <source>&amp;Install schedule</source>
        <translation>Zeitplan &amp;installieren</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="90"/>
        <source>Re&amp;move schedule</source>
        <translation>Zeitplan &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="139"/>
        <source>Would run next on %1.</source>
        <translation>Nächster Lauf: %1.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="145"/>
        <source>Type a cron expression: minute hour day month weekday.</source>
        <translation>Geben Sie einen Cron-Ausdruck ein: Minute Stunde Tag Monat Wochentag.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="146"/>
        <source>This expression never runs.</source>
        <translation>Dieser Ausdruck läuft nie.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="191"/>
        <source>The crontab could not be changed or read: %1</source>
        <translation>Die Crontab konnte nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="195"/>
        <source>No refresh is scheduled: segments refresh only when you ask.</source>
        <translation>Keine Aktualisierung geplant: Segmente werden nur auf Anforderung aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="202"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="204"/>
        <source>&lt;b&gt;Scheduled:&lt;/b&gt; %1 (&lt;tt&gt;%2&lt;/tt&gt;)&lt;br&gt;&lt;b&gt;Next run:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Store:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Geplant:&lt;/b&gt; %1 (&lt;tt&gt;%2&lt;/tt&gt;)&lt;br&gt;&lt;b&gt;Nächster Lauf:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Shop:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="206"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="214"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="220"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="221"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="222"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="223"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="224"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="228"/>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="234"/>
        <source>No scheduled refresh has run yet.</source>
        <translation>Bisher ist keine geplante Aktualisierung gelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="240"/>
        <source>&amp;Update schedule</source>
        <translation>Zeitplan &amp;aktualisieren</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="43"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="47"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="48"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="54"/>
        <source>Matched customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="67"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="97"/>
        <source>This segment cannot be saved: %1</source>
        <translation>Dieses Segment kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="129"/>
        <source>e.g. VIP customers</source>
        <translation>z. B. VIP-Kunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="132"/>
        <source>e.g. vip-customers</source>
        <translation>z. B. vip-kunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="136"/>
        <source>A unique short name used by exports, the command line and the REST API: lower-case letters, digits, - and _</source>
        <translation>Ein eindeutiger Kurzname für Exporte, die Kommandozeile und die REST-API: Kleinbuchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="150"/>
        <source>Active (refreshed, exported and applied)</source>
        <translation>Aktiv (aktualisiert, exportiert und angewendet)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="161"/>
        <source>all websites (or website ids, e.g. 1, 2)</source>
        <translation>alle Websites (oder Website-IDs, z. B. 1, 2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="175"/>
        <source>Registered customers</source>
        <translation>Registrierte Kunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="176"/>
        <source>Guests (by e-mail)</source>
        <translation>Gäste (nach E-Mail)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="177"/>
        <source>Registered customers and guests</source>
        <translation>Registrierte Kunden und Gäste</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="180"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="181"/>
        <source>Scheduled (segmentor-cli refresh --all)</source>
        <translation>Geplant (segmentor-cli refresh --all)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="184"/>
        <source>Frozen: a static list, never recomputed</source>
        <translation>Eingefroren: eine statische Liste, nie neu berechnet</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="191"/>
        <source>When a customer is in several segments that move customers to a group, the lowest priority wins</source>
        <translation>Ist ein Kunde in mehreren Segmenten, die in eine Gruppe verschieben, gewinnt die niedrigste Priorität</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="195"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="196"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="198"/>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="199"/>
        <source>&amp;Apply to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="200"/>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ktualisierung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="201"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="210"/>
        <source>Move the members to a customer group after each refresh</source>
        <translation>Mitglieder nach jeder Aktualisierung in eine Kundengruppe verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="221"/>
        <source>Customer &amp;group:</source>
        <translation>Kunden&amp;gruppe:</translation>
    </message>
    <message>
        <source>Customers who leave the segment keep their group. Guests have no group and are not moved.</source>
        <translation type="vanished">Kunden, die das Segment verlassen, behalten ihre Gruppe. Gäste haben keine Gruppe und werden nicht verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="247"/>
        <source>&amp;Export the members to a folder after each refresh</source>
        <translation>Mitglieder nach jeder Aktualisierung in einen Ordner &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="253"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="256"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="264"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="265"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="266"/>
        <source>XML Spreadsheet 2003 (.xml)</source>
        <translation>XML-Kalkulationstabelle 2003 (.xml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="269"/>
        <source>all columns; e.g. email,firstname,lastname</source>
        <translation>alle Spalten; z. B. email,firstname,lastname</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="274"/>
        <source> newest files</source>
        <translation> neueste Dateien</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="276"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="279"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="280"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="281"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="282"/>
        <source>Files are named with the segment code and the refresh time (UTC), written whole or not at all; older ones are deleted.</source>
        <translation>Dateien tragen den Segmentcode und die Aktualisierungszeit (UTC), werden ganz oder gar nicht geschrieben; ältere werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="336"/>
        <source>The segment was saved, but not its export after refresh: %1</source>
        <translation>Das Segment wurde gespeichert, sein Export nach der Aktualisierung jedoch nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="373"/>
        <source>None ticked: all websites</source>
        <translation>Keine angehakt: alle Websites</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="434"/>
        <source>The segment needs a name.</source>
        <translation>Das Segment braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="441"/>
        <source>The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ (at most 64 characters).</source>
        <translation>Der Code muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und darf nur a-z, 0-9, - und _ enthalten (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="447"/>
        <source>Choose the customer group the members move to.</source>
        <translation>Wählen Sie die Kundengruppe, in die die Mitglieder wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="455"/>
        <source>Choose the folder the members are exported to (a full path).</source>
        <translation>Wählen Sie den Ordner, in den die Mitglieder exportiert werden (ein vollständiger Pfad).</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="542"/>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="542"/>
        <source>New segment: %1</source>
        <translation>Neues Segment: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="543"/>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="58"/>
        <source>Preview of members</source>
        <translation>Vorschau der Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="70"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="223"/>
        <source>When a moved customer leaves, put them back in their previous group</source>
        <translation>Verlässt ein verschobener Kunde das Segment, ihn in seine vorherige Gruppe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="229"/>
        <source>Without it, customers who leave keep their group. A customer whose group was changed since the move is left alone. Guests have no group and are not moved.</source>
        <translation>Ohne diese Option behalten austretende Kunden ihre Gruppe. Ein Kunde, dessen Gruppe seit der Verschiebung geändert wurde, bleibt unberührt. Gäste haben keine Gruppe und werden nicht verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="469"/>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="470"/>
        <source>Restore version %1 as the segment&apos;s definition? It is saved at once as a new version; the current definition stays in the list, so you can restore it again. Changes not saved in this editor are discarded.</source>
        <translation>Version %1 als Definition des Segments wiederherstellen? Sie wird sofort als neue Version gespeichert; die aktuelle Definition bleibt in der Liste und kann wiederhergestellt werden. Nicht gespeicherte Änderungen in diesem Editor gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="486"/>
        <source>Version %1 cannot be restored: %2</source>
        <translation>Version %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="55"/>
        <source>Loading segments</source>
        <translation>Segmente werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="80"/>
        <source>Never refreshed</source>
        <translation>Nie aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="81"/>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="82"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="102"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="102"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="106"/>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="107"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="140"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="142"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="146"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="148"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="150"/>
        <source>Last refresh</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="152"/>
        <source>Refresh status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="80"/>
        <source>Filter segments by name, code or status…</source>
        <translation>Segmente nach Name, Code oder Status filtern…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="116"/>
        <source>&lt;h3&gt;No segments yet&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;New segment&lt;/b&gt; or import the example definitions with &lt;b&gt;Import…&lt;/b&gt; (the examples/ folder holds five).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Segmente&lt;/h3&gt;&lt;p&gt;Legen Sie eines mit &lt;b&gt;Neues Segment&lt;/b&gt; an oder importieren Sie die Beispieldefinitionen mit &lt;b&gt;Importieren…&lt;/b&gt; (der Ordner examples/ enthält fünf).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="126"/>
        <source>The segments could not be read: %1</source>
        <translation>Die Segmente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="138"/>
        <source>Refresh cancelled; the segment being refreshed kept its previous members.</source>
        <translation>Aktualisierung abgebrochen; das betroffene Segment behält seine bisherigen Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="140"/>
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation>
            <numerusform>%n Segment aktualisiert: %1 neu, %2 ausgetreten.</numerusform>
            <numerusform>%n Segmente aktualisiert: %1 neu, %2 ausgetreten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="144"/>
        <source>Not refreshed, frozen as static lists: %1.</source>
        <translation>Nicht aktualisiert, als statische Listen eingefroren: %1.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="147"/>
        <source>History older than %1 days deleted: %2 rows.</source>
        <translation>Verlauf älter als %1 Tage gelöscht: %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="152"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="161"/>
        <source>&amp;New segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="163"/>
        <source>Create a segment (Ctrl+N)</source>
        <translation>Ein Segment anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="165"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="169"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="171"/>
        <source>S&amp;plit into test and control…</source>
        <translation>In Test und Kontrolle au&amp;fteilen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="172"/>
        <source>Two new segments: a random share of this one&apos;s members (test) and the others (control)</source>
        <translation>Zwei neue Segmente: ein zufälliger Anteil seiner Mitglieder (Test) und die übrigen (Kontrolle)</translation>
    </message>
    <message>
        <source>New segment from &amp;union…</source>
        <translation type="vanished">Neues Segment aus &amp;Vereinigung…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="176"/>
        <source>A new segment of the customers in any of the selected segments</source>
        <translation>Ein neues Segment der Kunden in einem der ausgewählten Segmente</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="177"/>
        <source>New segment from &amp;intersection…</source>
        <translation>Neues Segment aus &amp;Schnittmenge…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="179"/>
        <source>A new segment of the customers in all of the selected segments</source>
        <translation>Ein neues Segment der Kunden in allen ausgewählten Segmenten</translation>
    </message>
    <message>
        <source>New segment from &amp;difference…</source>
        <translation type="vanished">Neues Segment aus &amp;Differenz…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="181"/>
        <source>A new segment of the customers in the first selected segment and in none of the others</source>
        <translation>Ein neues Segment der Kunden im zuerst ausgewählten Segment und in keinem der anderen</translation>
    </message>
    <message>
        <source>F&amp;reeze as a static list</source>
        <translation type="vanished">Als statische Liste ein&amp;frieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="184"/>
        <source>Keep the current members: refreshes skip the segment; include and exclude still edit it</source>
        <translation>Die aktuellen Mitglieder behalten: Aktualisierungen überspringen das Segment; Ein- und Ausschließen ändern es weiterhin</translation>
    </message>
    <message>
        <source>U&amp;nfreeze…</source>
        <translation type="vanished">A&amp;uftauen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="187"/>
        <source>Recompute the members from the conditions again</source>
        <translation>Die Mitglieder wieder aus den Bedingungen berechnen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="188"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="192"/>
        <source>&amp;Import definitions…</source>
        <translation>Definitionen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="197"/>
        <source>E&amp;xport definitions…</source>
        <translation>Definitionen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="201"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="316"/>
        <source>&amp;Refresh members</source>
        <translation>Mitglieder &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="203"/>
        <source>Recompute the members of the selected segments (F5)</source>
        <translation>Die Mitglieder der gewählten Segmente neu berechnen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="204"/>
        <source>Re&amp;load list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="206"/>
        <source>&amp;Find segment</source>
        <translation>Segment &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="316"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="317"/>
        <source>Cancel refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="337"/>
        <source>Delete the segment &quot;%1&quot; with its members, overrides and history?</source>
        <translation>Das Segment „%1“ mit Mitgliedern, Ausnahmen und Verlauf löschen?</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="339"/>
        <source>Delete these %1 segments with their members, overrides and history?

%2</source>
        <translation>Diese %1 Segmente mit Mitgliedern, Ausnahmen und Verlauf löschen?

%2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="342"/>
        <source>Delete segments</source>
        <translation>Segmente löschen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="355"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="357"/>
        <source>Deleted %n segment(s).</source>
        <translation>
            <numerusform>%n Segment gelöscht.</numerusform>
            <numerusform>%n Segmente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="366"/>
        <source>Could not duplicate %1: %2</source>
        <translation>%1 konnte nicht dupliziert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="371"/>
        <source>Created %1, an inactive copy of %2.</source>
        <translation>%1 angelegt, eine inaktive Kopie von %2.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="380"/>
        <source>Could not split %1: %2</source>
        <translation>%1 konnte nicht aufgeteilt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="385"/>
        <source>Created %1 (test) and %2 (control) from %3, both inactive.</source>
        <translation>%1 (Test) und %2 (Kontrolle) aus %3 erstellt, beide inaktiv.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="408"/>
        <source>Could not combine %1: %2</source>
        <translation>%1 konnten nicht kombiniert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="413"/>
        <source>Review the new segment %1, then save it.</source>
        <translation>Prüfen Sie das neue Segment %1 und speichern Sie es dann.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="422"/>
        <source>Could not freeze %1: %2</source>
        <translation>%1 konnte nicht eingefroren werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="427"/>
        <source>%1 is frozen: its %2 members stay as they are until you unfreeze it.</source>
        <translation>%1 ist eingefroren: seine %2 Mitglieder bleiben, wie sie sind, bis Sie es auftauen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="438"/>
        <source>Could not unfreeze %1: %2</source>
        <translation>%1 konnte nicht aufgetaut werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="443"/>
        <source>%1 is no longer frozen: the next refresh recomputes its members.</source>
        <translation>%1 ist nicht mehr eingefroren: die nächste Aktualisierung berechnet seine Mitglieder neu.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="453"/>
        <source>Unfreeze %1</source>
        <translation>%1 auftauen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="454"/>
        <source>From now on, how is %1 refreshed? Its next refresh recomputes the members from its conditions (customers included or excluded by hand stay so).</source>
        <translation>Wie wird %1 von nun an aktualisiert? Die nächste Aktualisierung berechnet die Mitglieder aus seinen Bedingungen neu (von Hand ein- oder ausgeschlossene Kunden bleiben es).</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="458"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="459"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Split into test and control</source>
        <translation type="vanished">In Test und Kontrolle aufteilen</translation>
    </message>
    <message>
        <source>Test group:</source>
        <translation type="vanished">Testgruppe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="vanished">Startwert:</translation>
    </message>
    <message>
        <source>The same seed always draws the same customers.</source>
        <translation type="vanished">Derselbe Startwert zieht immer dieselben Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="470"/>
        <source>Import segment definitions</source>
        <translation>Segmentdefinitionen importieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="472"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="503"/>
        <source>Segment definitions (*.json)</source>
        <translation>Segmentdefinitionen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="483"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="488"/>
        <source>Imported %n segment(s): %1.</source>
        <translation>
            <numerusform>%n Segment importiert: %1.</numerusform>
            <numerusform>%n Segmente importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="501"/>
        <source>Export the definition</source>
        <translation>Definition exportieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="507"/>
        <source>Export %1 definitions into a folder</source>
        <translation>%1 Definitionen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="519"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="521"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="523"/>
        <source>Exported %1 definitions to %2.</source>
        <translation>%1 Definitionen nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="563"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="91"/>
        <source>&lt;h3&gt;No store open&lt;/h3&gt;&lt;p&gt;Connect to a Magento store with &lt;b&gt;File &amp;gt; Connect to a store…&lt;/b&gt; (Ctrl+O), or open the demo store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Shop geöffnet&lt;/h3&gt;&lt;p&gt;Verbinden Sie einen Magento-Shop mit &lt;b&gt;Datei &amp;gt; Mit einem Shop verbinden…&lt;/b&gt; (Strg+O) oder öffnen Sie den Demo-Shop.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="175"/>
        <source>New segment from uni&amp;on…</source>
        <translation>Neues Segment aus &amp;Vereinigung…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="180"/>
        <source>New segment from differen&amp;ce…</source>
        <translation>Neues Segment aus &amp;Differenz…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="183"/>
        <source>Free&amp;ze as a static list</source>
        <translation>Als statische Liste einf&amp;rieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="186"/>
        <source>Un&amp;freeze…</source>
        <translation>Auf&amp;tauen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="194"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="195"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="199"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="317"/>
        <source>Refresh members</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>SegmentOperations</name>
    <message>
        <source>another segment already uses the code &quot;%1&quot;</source>
        <translation type="vanished">ein anderes Segment verwendet bereits den Code „%1“</translation>
    </message>
    <message>
        <source>no segment with this code</source>
        <translation type="vanished">kein Segment mit diesem Code</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="vanished">Kopie von %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="vanished">Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="vanished">Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="45"/>
        <source>Refreshing %n segment(s)</source>
        <translation>
            <numerusform>%n Segment wird aktualisiert</numerusform>
            <numerusform>%n Segmente werden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="46"/>
        <source>Refreshing %1: %2</source>
        <translation>Aktualisiere %1: %2</translation>
    </message>
</context>
<context>
    <name>SegmentSummaryView</name>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="11"/>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="12"/>
        <source>ANY</source>
        <translation>EINE</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="14"/>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="14"/>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="15"/>
        <source>If &lt;b&gt;%1&lt;/b&gt; of these conditions are &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Wenn &lt;b&gt;%1&lt;/b&gt; dieser Bedingungen &lt;b&gt;%2&lt;/b&gt; sind:</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="26"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="50"/>
        <source>No conditions: every customer the segment applies to is a member.</source>
        <translation>Keine Bedingungen: Jeder Kunde, für den das Segment gilt, ist Mitglied.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="60"/>
        <source>Select a segment to read its conditions here.</source>
        <translation>Wählen Sie ein Segment, um hier seine Bedingungen zu lesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsummaryview.cpp" line="62"/>
        <source>%n segments selected.</source>
        <translation>
            <numerusform>%n Segment ausgewählt.</numerusform>
            <numerusform>%n Segmente ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="75"/>
        <source>registered customers</source>
        <translation>registrierte Kunden</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="78"/>
        <source>guests (by e-mail)</source>
        <translation>Gäste (nach E-Mail)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="81"/>
        <source>registered customers and guests</source>
        <translation>registrierte Kunden und Gäste</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="88"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="89"/>
        <source>Applies to %1 of %2</source>
        <translation>Gilt für %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="91"/>
        <source>all websites</source>
        <translation>allen Websites</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="92"/>
        <source>websites %1</source>
        <translation>den Websites %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="94"/>
        <source>%1 members at the last refresh (%2)</source>
        <translation>%1 Mitglieder bei der letzten Aktualisierung (%2)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="99"/>
        <source>Not refreshed yet: no members are stored</source>
        <translation>Noch nicht aktualisiert: keine Mitglieder gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="100"/>
        <source>Refreshed on schedule</source>
        <translation>Nach Zeitplan aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="101"/>
        <source>Frozen as a static list: never recomputed, include and exclude edit it</source>
        <translation>Als statische Liste eingefroren: nie neu berechnet, Ein- und Ausschließen ändern es</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="104"/>
        <source>Refreshed by hand</source>
        <translation>Von Hand aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="106"/>
        <source>Moves its members to customer group %1 (priority %2)</source>
        <translation>Verschiebt seine Mitglieder in Kundengruppe %1 (Priorität %2)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="109"/>
        <source>&lt;b&gt;Inactive&lt;/b&gt;: not refreshed, exported or applied</source>
        <translation>&lt;b&gt;Inaktiv&lt;/b&gt;: weder aktualisiert noch exportiert oder angewendet</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="112"/>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="114"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
</context>
<context>
    <name>SizeHistoryView</name>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="22"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="27"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="28"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="29"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="30"/>
        <source>All snapshots</source>
        <translation>Alle Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="33"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="36"/>
        <source>&lt;b&gt;Show&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anzeigen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="48"/>
        <source>&lt;h3&gt;No size history yet&lt;/h3&gt;&lt;p&gt;Every refresh records how many members a segment has.&lt;br&gt;Refresh your segments (or let the scheduled refresh run) and their sizes appear here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Größenverlauf&lt;/h3&gt;&lt;p&gt;Jede Aktualisierung erfasst, wie viele Mitglieder ein Segment hat.&lt;br&gt;Aktualisieren Sie Ihre Segmente (oder lassen Sie die geplante Aktualisierung laufen), dann erscheinen ihre Größen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="67"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="75"/>
        <source>Reading the size history failed: %1</source>
        <translation>Lesen des Größenverlaufs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="85"/>
        <source>%1 snapshots of %2 segments</source>
        <translation>%1 Momentaufnahmen von %2 Segmenten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="129"/>
        <source>Reading the size history…</source>
        <translation>Größenverlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="133"/>
        <source>Choose at least one segment</source>
        <translation>Wählen Sie mindestens ein Segment</translation>
    </message>
</context>
<context>
    <name>SplitSegmentDialog</name>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="16"/>
        <source>Split into test and control</source>
        <translation>In Test und Kontrolle aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="24"/>
        <source>Two new inactive segments from %1: a random share of its members (%1-test) and the others (%1-control).</source>
        <translation>Zwei neue inaktive Segmente aus %1: ein zufälliger Anteil seiner Mitglieder (%1-test) und die übrigen (%1-control).</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="27"/>
        <source>Test group:</source>
        <translation>Testgruppe:</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="28"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="29"/>
        <source>The same seed always draws the same customers.</source>
        <translation>Derselbe Startwert zieht immer dieselben Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="31"/>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="28"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="30"/>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="32"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="44"/>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="48"/>
        <source>SQL of the segment</source>
        <translation>SQL des Segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="44"/>
        <source>SQL of &quot;%1&quot;</source>
        <translation>SQL von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="48"/>
        <source>SQL of “%1”</source>
        <translation>SQL von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="55"/>
        <source>The statement that selects the members of this segment: one row per member, &lt;b&gt;customer_id&lt;/b&gt; for customers and &lt;b&gt;guest_key&lt;/b&gt; (the e-mail) for guests. Values are bound, never written into the text: each &lt;b&gt;?&lt;/b&gt; takes the value listed on the right, in the same order.</source>
        <translation>Die Abfrage, die die Mitglieder dieses Segments auswählt: eine Zeile pro Mitglied, &lt;b&gt;customer_id&lt;/b&gt; für Kunden und &lt;b&gt;guest_key&lt;/b&gt; (die E-Mail) für Gäste. Werte werden gebunden, nie in den Text geschrieben: Jedes &lt;b&gt;?&lt;/b&gt; nimmt den rechts aufgeführten Wert in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="65"/>
        <source>%1 (the connected store)</source>
        <translation>%1 (der verbundene Shop)</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="70"/>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="73"/>
        <source>&amp;Copy SQL and values</source>
        <translation>SQL und Werte &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="75"/>
        <source>Copies the statement followed by its bound values as SQL comments.</source>
        <translation>Kopiert die Abfrage, gefolgt von ihren gebundenen Werten als SQL-Kommentare.</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="90"/>
        <source>SQL statement</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="102"/>
        <source>Bound values</source>
        <translation>Gebundene Werte</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="112"/>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abfrage&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="114"/>
        <source>&lt;b&gt;Bound values&lt;/b&gt;, in the order of the &lt;b&gt;?&lt;/b&gt; placeholders</source>
        <translation>&lt;b&gt;Gebundene Werte&lt;/b&gt; in der Reihenfolge der Platzhalter &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="183"/>
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation>
            <numerusform>-- %n gebundener Wert, in der Reihenfolge der Platzhalter ?:
</numerusform>
            <numerusform>-- %n gebundene Werte, in der Reihenfolge der Platzhalter ?:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="196"/>
        <source>Copied the statement and its %n bound value(s).</source>
        <translation>
            <numerusform>Abfrage und %n gebundener Wert kopiert.</numerusform>
            <numerusform>Abfrage und %n gebundene Werte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="211"/>
        <source>Compiling for %1…</source>
        <translation>Kompiliere für %1…</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="235"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The SQL cannot be shown: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Das SQL kann nicht angezeigt werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="253"/>
        <source>seg_fold() is Segmentor&apos;s Unicode case folding, registered on its own SQLite connections: to run this statement elsewhere, replace it with lower().</source>
        <translation>seg_fold() ist Segmentors Unicode-Kleinschreibung, registriert auf seinen eigenen SQLite-Verbindungen: Um diese Abfrage anderswo auszuführen, ersetzen Sie sie durch lower().</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="259"/>
        <source>%1 · %n bound value(s) · evaluated as of now in the store&apos;s time zone.</source>
        <translation>
            <numerusform>%1 · %n gebundener Wert · jetzt in der Zeitzone des Shops ausgewertet.</numerusform>
            <numerusform>%1 · %n gebundene Werte · jetzt in der Zeitzone des Shops ausgewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncFailureTableModel</name>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="36"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="36"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="51"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="53"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="55"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="57"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="86"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="88"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="90"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="92"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="94"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="96"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="98"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="100"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="102"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="22"/>
        <location filename="../ui/editor/versionsview.cpp" line="25"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="24"/>
        <source>%1 (database user %2)</source>
        <translation>%1 (Datenbankbenutzer %2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Saved by</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="65"/>
        <source>&amp;Restore this version…</source>
        <translation>Diese Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="68"/>
        <source>Saves this version as the newest one; the current definition stays in the list, so restoring can be undone by restoring it</source>
        <translation>Speichert diese Version als neueste; die aktuelle Definition bleibt in der Liste, die Wiederherstellung lässt sich also durch deren Wiederherstellung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="105"/>
        <source>Loading the versions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="114"/>
        <source>Could not read the versions: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="155"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="172"/>
        <source>No version yet: the history starts with the next save.</source>
        <translation>Noch keine Version: Der Verlauf beginnt mit dem nächsten Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="173"/>
        <source>Each save keeps a version. Select one to see what restoring it would change.</source>
        <translation>Jedes Speichern bewahrt eine Version. Wählen Sie eine aus, um zu sehen, was ihre Wiederherstellung ändern würde.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="192"/>
        <source>Version %1 is the current definition.</source>
        <translation>Version %1 ist die aktuelle Definition.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="200"/>
        <source>Restoring version %1 would make these changes to the current definition:</source>
        <translation>Die Wiederherstellung von Version %1 würde die aktuelle Definition so ändern:</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="203"/>
        <source>No difference: version %1 reads the same as the current one.</source>
        <translation>Kein Unterschied: Version %1 liest sich wie die aktuelle.</translation>
    </message>
</context>
<context>
    <name>seg::ConditionCatalog</name>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="63"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="64"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="65"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="66"/>
        <source>Not specified</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="68"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="215"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="69"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="70"/>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="71"/>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="72"/>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="73"/>
        <source>Never subscribed</source>
        <translation>Nie abonniert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="76"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="77"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="116"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="78"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="117"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="79"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="80"/>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="81"/>
        <source>Name suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="83"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="84"/>
        <source>Age (years)</source>
        <translation>Alter (Jahre)</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="85"/>
        <source>Days until birthday</source>
        <translation>Tage bis zum Geburtstag</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="87"/>
        <source>Registered at</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="88"/>
        <source>Days since registration</source>
        <translation>Tage seit der Registrierung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="90"/>
        <source>Last login at</source>
        <translation>Letzte Anmeldung am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="91"/>
        <source>Days since last login</source>
        <translation>Tage seit der letzten Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="93"/>
        <source>Account updated at</source>
        <translation>Konto geändert am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="94"/>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="95"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="96"/>
        <source>Created in store view</source>
        <translation>Erstellt in Store-View</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="97"/>
        <source>Created in (store view name)</source>
        <translation>Erstellt in (View-Name)</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="98"/>
        <source>Account is active</source>
        <translation>Konto ist aktiv</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="99"/>
        <source>Account is confirmed</source>
        <translation>Konto ist bestätigt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="100"/>
        <source>Failed logins</source>
        <translation>Fehlanmeldungen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="101"/>
        <source>First failed login</source>
        <translation>Erste Fehlanmeldung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="102"/>
        <source>Lock expires</source>
        <translation>Sperre endet</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="103"/>
        <source>Tax/VAT number</source>
        <translation>Steuer-/USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="108"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="109"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="110"/>
        <source>Region id</source>
        <translation>Regions-ID</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="111"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="112"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="113"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="114"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="115"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="118"/>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="119"/>
        <source>VAT number is valid</source>
        <translation>USt-IdNr. ist gültig</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="124"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="125"/>
        <source>Placed at</source>
        <translation>Aufgegeben am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="126"/>
        <source>Days since placed</source>
        <translation>Tage seit der Bestellung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="128"/>
        <source>Updated at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="129"/>
        <source>Store view</source>
        <translation>Store-View</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="130"/>
        <source>Order currency</source>
        <translation>Bestellwährung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="131"/>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="132"/>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="133"/>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="134"/>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="135"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="136"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="137"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="138"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="139"/>
        <source>Quantity ordered</source>
        <translation>Bestellte Menge</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="140"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="141"/>
        <source>Billing country</source>
        <translation>Rechnungsland</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="142"/>
        <source>Shipping country</source>
        <translation>Lieferland</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="146"/>
        <source>Number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="147"/>
        <source>Lifetime sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="148"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="149"/>
        <source>Lifetime refunds</source>
        <translation>Erstattungen gesamt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="150"/>
        <source>Purchased quantity</source>
        <translation>Gekaufte Menge</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="151"/>
        <source>Total discount</source>
        <translation>Rabatt gesamt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="152"/>
        <source>Total shipping</source>
        <translation>Versandkosten gesamt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="153"/>
        <source>Total tax</source>
        <translation>Steuer gesamt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="154"/>
        <source>First order date</source>
        <translation>Datum der ersten Bestellung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="155"/>
        <source>Last order date</source>
        <translation>Datum der letzten Bestellung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="156"/>
        <source>Days since first order</source>
        <translation>Tage seit der ersten Bestellung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="158"/>
        <source>Days since last order</source>
        <translation>Tage seit der letzten Bestellung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="163"/>
        <source>Has a cart</source>
        <translation>Hat einen Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="164"/>
        <source>Cart lines</source>
        <translation>Warenkorbpositionen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="165"/>
        <source>Cart quantity</source>
        <translation>Menge im Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="166"/>
        <source>Cart subtotal</source>
        <translation>Zwischensumme des Warenkorbs</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="167"/>
        <source>Cart grand total</source>
        <translation>Gesamtsumme des Warenkorbs</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="168"/>
        <source>Cart discount</source>
        <translation>Warenkorbrabatt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="169"/>
        <source>Cart coupon code</source>
        <translation>Gutscheincode im Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="170"/>
        <source>Cart created at</source>
        <translation>Warenkorb erstellt am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="171"/>
        <source>Cart updated at</source>
        <translation>Warenkorb geändert am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="172"/>
        <source>Days since cart update</source>
        <translation>Tage seit der letzten Warenkorbänderung</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="178"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="179"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="180"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="181"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="182"/>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="183"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="186"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="188"/>
        <source>Added to wishlist at</source>
        <translation>Zur Wunschliste hinzugefügt am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="190"/>
        <source>Viewed at</source>
        <translation>Angesehen am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="192"/>
        <source>Ordered at</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="194"/>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="199"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="199"/>
        <source>Customer attribute</source>
        <translation>Kundenattribut</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="201"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="203"/>
        <source>Orders and lifetime value</source>
        <translation>Bestellungen &amp; Umsatz</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="204"/>
        <source>Orders aggregate</source>
        <translation>Bestellkennzahl</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="205"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="206"/>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="207"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="207"/>
        <source>Cart attribute</source>
        <translation>Warenkorbattribut</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="209"/>
        <source>Cart products</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="210"/>
        <source>Products in cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="211"/>
        <source>Wishlist</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="212"/>
        <source>Products in wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="213"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="214"/>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="215"/>
        <source>Newsletter status</source>
        <translation>Newsletter-Status</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="217"/>
        <source>Other segments</source>
        <translation>Andere Segmente</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="217"/>
        <source>Member of segments</source>
        <translation>Mitglied von Segmenten</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="219"/>
        <source>RFM scores</source>
        <translation>RFM-Werte</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="219"/>
        <source>RFM score</source>
        <translation>RFM-Wert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="220"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="220"/>
        <source>Random sample</source>
        <translation>Zufallsstichprobe</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="302"/>
        <source>Recency score</source>
        <translation>Aktualitätswert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="303"/>
        <source>Frequency score</source>
        <translation>Häufigkeitswert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="304"/>
        <source>Monetary score</source>
        <translation>Umsatzwert</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="310"/>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="311"/>
        <source>amount spent</source>
        <translation>ausgegebener Betrag</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="312"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="313"/>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="328"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="329"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="330"/>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="331"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="332"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="333"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="334"/>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="335"/>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="336"/>
        <source>is not one of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="337"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="338"/>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="339"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="340"/>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="341"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="342"/>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="343"/>
        <source>is within the last N days</source>
        <translation>in den letzten N Tagen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="344"/>
        <source>is not within the last N days</source>
        <translation>nicht in den letzten N Tagen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="345"/>
        <source>was between N and M days ago</source>
        <translation>vor N bis M Tagen</translation>
    </message>
</context>
<context>
    <name>seg::CustomerProfileLoader</name>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="36"/>
        <source>cannot read the customer</source>
        <translation>der Kunde kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="90"/>
        <source>Default billing and shipping</source>
        <translation>Standard-Rechnungs- und Lieferadresse</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="91"/>
        <source>Default billing</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="92"/>
        <source>Default shipping</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="93"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="174"/>
        <source>Shipping (latest order)</source>
        <translation>Lieferung (letzte Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="175"/>
        <source>Billing (latest order)</source>
        <translation>Rechnung (letzte Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="200"/>
        <source>cannot read the member&apos;s segments</source>
        <translation>die Segmente des Mitglieds können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="220"/>
        <source>cannot read the override</source>
        <translation>die Ausnahme kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="236"/>
        <source>cannot read the member&apos;s journal</source>
        <translation>das Journal des Mitglieds kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>seg::DailySnapshotStore</name>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="20"/>
        <source>writing the daily snapshots failed: %1</source>
        <translation>das Schreiben der täglichen Momentaufnahmen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="46"/>
        <source>replacing the daily snapshots failed</source>
        <translation>das Ersetzen der täglichen Momentaufnahmen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="104"/>
        <source>reading the daily snapshots failed</source>
        <translation>das Lesen der täglichen Momentaufnahmen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::DefinitionDiff</name>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="27"/>
        <source> (muted)</source>
        <translation> (stummgeschaltet)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="28"/>
        <source> (locked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="140"/>
        <source>all websites</source>
        <translation>alle Websites</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="151"/>
        <source>registered customers</source>
        <translation>registrierte Kunden</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="153"/>
        <source>guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="155"/>
        <source>registered customers and guests</source>
        <translation>registrierte Kunden und Gäste</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="162"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="162"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="167"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="172"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="173"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="192"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="193"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="194"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="196"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="197"/>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="199"/>
        <source>Apply to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="201"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="203"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="205"/>
        <source>Move to customer group</source>
        <translation>In Kundengruppe verschieben</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="237"/>
        <source> (in: %1)</source>
        <translation> (in: %1)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="259"/>
        <source>%1 changed</source>
        <comment>settings</comment>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="261"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="262"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="263"/>
        <source>%1 changed</source>
        <comment>conditions</comment>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="265"/>
        <source>conditions: %1</source>
        <translation>Bedingungen: %1</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="266"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
</context>
<context>
    <name>seg::DefinitionVersions</name>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="33"/>
        <source>no segment with this code</source>
        <translation>kein Segment mit diesem Code</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="38"/>
        <source>no version %1</source>
        <translation>keine Version %1</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="45"/>
        <source>as it was before the history started</source>
        <translation>wie vor Beginn des Verlaufs</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="48"/>
        <source>created by an import</source>
        <translation>durch einen Import angelegt</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="49"/>
        <source>created as a copy</source>
        <translation>als Kopie angelegt</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="50"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="55"/>
        <source>restored version %1: %2</source>
        <translation>Version %1 wiederhergestellt: %2</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="57"/>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="140"/>
        <source>version %1 cannot be read: %2</source>
        <translation>Version %1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>seg::ExportColumns</name>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="17"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="18"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="20"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="21"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="22"/>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="23"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="24"/>
        <source>Registered at</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="25"/>
        <source>Billing country</source>
        <translation>Rechnungsland</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="26"/>
        <source>Billing region</source>
        <translation>Rechnungsregion</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="27"/>
        <source>Billing city</source>
        <translation>Rechnungsort</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="28"/>
        <source>Billing postcode</source>
        <translation>Rechnungs-PLZ</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="29"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="30"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="31"/>
        <source>Lifetime sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="32"/>
        <source>Last order at</source>
        <translation>Letzte Bestellung am</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="69"/>
        <source>unknown export column %1 (known: %2)</source>
        <translation>unbekannte Exportspalte %1 (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="70"/>
        <source>unknown export columns %1 (known: %2)</source>
        <translation>unbekannte Exportspalten %1 (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>seg::History</name>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="22"/>
        <source>Refresh started</source>
        <translation>Aktualisierung gestartet</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="23"/>
        <source>Refresh finished</source>
        <translation>Aktualisierung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="24"/>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="25"/>
        <source>Refresh cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="26"/>
        <source>Refresh interrupted</source>
        <translation>Aktualisierung unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="27"/>
        <source>Customers added</source>
        <translation>Kunden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="28"/>
        <source>Customers removed</source>
        <translation>Kunden entfernt</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="29"/>
        <source>Customer group changed</source>
        <translation>Kundengruppe geändert</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="30"/>
        <source>Customer excluded</source>
        <translation>Kunde ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="31"/>
        <source>Customer included</source>
        <translation>Kunde eingeschlossen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="32"/>
        <source>Override reset</source>
        <translation>Ausnahme zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="33"/>
        <source>Refresh skipped</source>
        <translation>Aktualisierung übersprungen</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="34"/>
        <source>Frozen as a static list</source>
        <translation>Als statische Liste eingefroren</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="35"/>
        <source>Unfrozen</source>
        <translation>Aufgetaut</translation>
    </message>
</context>
<context>
    <name>seg::HistoryLog</name>
    <message>
        <location filename="../core/history/historylog.cpp" line="30"/>
        <source>cannot read the segment %1</source>
        <translation>das Segment %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="33"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>kein Segment mit dem Code „%1“</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="48"/>
        <source>cannot read the history of %1</source>
        <translation>der Verlauf von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="78"/>
        <location filename="../core/history/historylog.cpp" line="104"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="81"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="82"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="83"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="84"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="85"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="86"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="87"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="88"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>seg::MemberExplainer</name>
    <message>
        <source>cannot look up the e-mail</source>
        <translation type="vanished">die E-Mail-Adresse kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Enter a customer id or an e-mail address.</source>
        <translation type="vanished">Geben Sie eine Kunden-ID oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This segment (not saved yet)</source>
        <translation type="vanished">Dieses Segment (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; (not saved yet)</source>
        <translation type="vanished">Segment „%1“ (noch nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>seg::MemberExporter</name>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="276"/>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="281"/>
        <source>the CSV delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;</source>
        <translation>das CSV-Trennzeichen muss &apos;,&apos; oder &apos;;&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="291"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="297"/>
        <source>it is a directory</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="334"/>
        <location filename="../core/export/memberexporter.cpp" line="359"/>
        <source>the store rejected the export query: %1</source>
        <translation>der Shop hat die Exportabfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="342"/>
        <location filename="../core/export/memberexporter.cpp" line="365"/>
        <location filename="../core/export/memberexporter.cpp" line="375"/>
        <source>the export query failed: %1</source>
        <translation>die Exportabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="392"/>
        <source>cannot prepare the export in the store session: %1</source>
        <translation>Der Export kann in der Shop-Sitzung nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>seg::MemberKeyResolver</name>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="39"/>
        <source>website %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="46"/>
        <source>customer %1 (%2)</source>
        <translation>Kunde %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="78"/>
        <source>expected a customer id or an e-mail address, got nothing</source>
        <translation>Kunden-ID oder E-Mail-Adresse erwartet, nichts erhalten</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="84"/>
        <location filename="../core/members/memberkeyresolver.cpp" line="140"/>
        <source>no customer with id %1 in this store</source>
        <translation>kein Kunde mit der ID %1 in diesem Shop</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="110"/>
        <source>%1 is the e-mail of several customers: %2; give the customer id instead</source>
        <translation>%1 ist die E-Mail mehrerer Kunden: %2; geben Sie stattdessen die Kunden-ID an</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="117"/>
        <source>%1 is neither a customer nor a guest of this store</source>
        <translation>%1 ist weder Kunde noch Gast dieses Shops</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="123"/>
        <source>%1 is neither a customer nor a guest on the segment&apos;s websites (%2)</source>
        <translation>%1 ist weder Kunde noch Gast auf den Websites des Segments (%2)</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="125"/>
        <source>; it is the e-mail of %1</source>
        <translation>; es ist die E-Mail von %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="136"/>
        <source>cannot look up customer %1</source>
        <translation>Kunde %1 kann nicht gesucht werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="163"/>
        <source>cannot look up the e-mail %1</source>
        <translation>E-Mail %1 kann nicht gesucht werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="178"/>
        <source>cannot read the websites</source>
        <translation>Websites können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="197"/>
        <source>cannot look up the guest orders of %1</source>
        <translation>Gastbestellungen von %1 können nicht gesucht werden</translation>
    </message>
</context>
<context>
    <name>seg::MemberPageQuery</name>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="27"/>
        <source>Override</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="28"/>
        <source>Joined in last refresh</source>
        <translation>Bei der letzten Aktualisierung hinzugekommen</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="79"/>
        <source>cannot prepare the member list in the store session: %1</source>
        <translation>die Mitgliederliste kann in der Shop-Sitzung nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="104"/>
        <source>cannot read the last refresh</source>
        <translation>die letzte Aktualisierung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="117"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>kein Segment mit dem Code „%1“</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="141"/>
        <source>cannot read the members</source>
        <translation>die Mitglieder können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="157"/>
        <source>cannot stage the members: %1</source>
        <translation>die Mitglieder können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="191"/>
        <source>computing the members failed</source>
        <translation>die Berechnung der Mitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="219"/>
        <source>reading the guests&apos; orders failed</source>
        <translation>das Lesen der Gastbestellungen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="241"/>
        <location filename="../core/members/memberpagequery.cpp" line="305"/>
        <source>counting the members failed</source>
        <translation>das Zählen der Mitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="244"/>
        <source>counting the members returned no row</source>
        <translation>das Zählen der Mitglieder lieferte keine Zeile</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="252"/>
        <location filename="../core/members/memberpagequery.cpp" line="364"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="270"/>
        <location filename="../core/members/memberpagequery.cpp" line="315"/>
        <location filename="../core/members/memberpagequery.cpp" line="387"/>
        <source>reading the members failed</source>
        <translation>das Lesen der Mitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="430"/>
        <source>cannot read the members&apos; details</source>
        <translation>Details der Mitglieder können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the customer groups</source>
        <translation type="vanished">die Kundengruppen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the countries</source>
        <translation type="vanished">die Länder können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the members&apos; names</source>
        <translation type="vanished">die Namen der Mitglieder können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="539"/>
        <source>cannot stage the selected members</source>
        <translation>die ausgewählten Mitglieder können nicht bereitgestellt werden</translation>
    </message>
</context>
<context>
    <name>seg::MembershipTimeline</name>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="68"/>
        <location filename="../core/reports/membershiptimeline.cpp" line="150"/>
        <source>reading the member journal failed</source>
        <translation>das Lesen des Mitgliederjournals ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="86"/>
        <source>reading the segment members failed</source>
        <translation>das Lesen der Segmentmitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="122"/>
        <source>reading the period&apos;s orders failed</source>
        <translation>das Lesen der Bestellungen des Zeitraums ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::NodeDescription</name>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="23"/>
        <source>%1 is within the last %2 days</source>
        <translation>%1: in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="26"/>
        <source>%1 is not within the last %2 days</source>
        <translation>%1: nicht in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="30"/>
        <source>%1 was between %2 and %3 days ago</source>
        <translation>%1: vor %2 bis %3 Tagen</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="54"/>
        <source>%1 of these are %2</source>
        <translation>%1 dieser Bedingungen sind %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="55"/>
        <location filename="../core/definition/nodedescription.cpp" line="70"/>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="55"/>
        <location filename="../core/definition/nodedescription.cpp" line="70"/>
        <source>ANY</source>
        <translation>EINE</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="56"/>
        <location filename="../core/definition/nodedescription.cpp" line="71"/>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="56"/>
        <location filename="../core/definition/nodedescription.cpp" line="71"/>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="58"/>
        <source>Default billing address</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="59"/>
        <source>Default shipping address</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="60"/>
        <source>Any address</source>
        <translation>Beliebige Adresse</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="62"/>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="63"/>
        <source>Products in the cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="64"/>
        <source>Products in the wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="65"/>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="69"/>
        <source>If %1 of these conditions are %2</source>
        <translation>Wenn %1 dieser Bedingungen %2 sind</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="77"/>
        <location filename="../core/definition/nodedescription.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="78"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="79"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="83"/>
        <source>%1 where %2</source>
        <translation>%1, bei der %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="89"/>
        <source>%1, counting orders where %2</source>
        <translation>%1, gezählt werden Bestellungen, bei denen %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="90"/>
        <source>%1, counting all orders</source>
        <translation>%1, gezählt werden alle Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="95"/>
        <source>no item</source>
        <translation>kein Artikel</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="97"/>
        <source>quantity %1 %2</source>
        <translation>Menge %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="101"/>
        <source>amount spent %1 %2</source>
        <translation>ausgegebener Betrag %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="105"/>
        <source>distinct orders %1 %2</source>
        <translation>verschiedene Bestellungen %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="109"/>
        <source>item count %1 %2</source>
        <translation>Artikelanzahl %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="113"/>
        <source>at least one item</source>
        <translation>mindestens ein Artikel</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="115"/>
        <source>%1: %2 where %3</source>
        <translation>%1: %2, bei denen %3</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="120"/>
        <source>Stored member %1 segments %2</source>
        <translation>Gespeichertes Mitglied %1 Segmente %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="124"/>
        <source>Member %1 segments %2</source>
        <translation>Mitglied %1 Segmente %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="121"/>
        <location filename="../core/definition/nodedescription.cpp" line="125"/>
        <source>of any of</source>
        <translation>mindestens eines der</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="122"/>
        <location filename="../core/definition/nodedescription.cpp" line="126"/>
        <source>of none of</source>
        <translation>keines der</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="131"/>
        <source>Random sample of %1% (seed &quot;%2&quot;)</source>
        <translation>Zufallsstichprobe von %1 % (Startwert „%2“)</translation>
    </message>
</context>
<context>
    <name>seg::OrderStatuses</name>
    <message>
        <location filename="../core/reports/orderstatuses.cpp" line="19"/>
        <location filename="../core/reports/orderstatuses.cpp" line="34"/>
        <source>reading the order statuses failed</source>
        <translation>das Lesen der Bestellstatus ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::OverlapReport</name>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="28"/>
        <source>the overlap report was cancelled</source>
        <translation>der Überschneidungsbericht wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="41"/>
        <source>computing the overlap failed</source>
        <translation>die Berechnung der Überschneidung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="73"/>
        <source>counting the members failed</source>
        <translation>das Zählen der Mitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="85"/>
        <source>listing the members failed</source>
        <translation>das Auflisten der Mitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="116"/>
        <source>reading the customers failed</source>
        <translation>das Lesen der Kunden ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::PerformanceReport</name>
    <message>
        <location filename="../core/reports/performancereport.cpp" line="19"/>
        <source>the report was cancelled</source>
        <translation>der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/reports/performancereport.cpp" line="137"/>
        <source>the period is empty or its dates are invalid</source>
        <translation>der Zeitraum ist leer oder seine Daten sind ungültig</translation>
    </message>
</context>
<context>
    <name>seg::PerformanceTables</name>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="30"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="31"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="32"/>
        <location filename="../core/reports/performancetables.cpp" line="65"/>
        <location filename="../core/reports/performancetables.cpp" line="82"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="33"/>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="34"/>
        <location filename="../core/reports/performancetables.cpp" line="66"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="35"/>
        <source>Members at start</source>
        <translation>Mitglieder zu Beginn</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="36"/>
        <source>Members at end</source>
        <translation>Mitglieder am Ende</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="37"/>
        <location filename="../core/reports/performancetables.cpp" line="69"/>
        <source>Converters</source>
        <translation>Konvertierte</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="38"/>
        <source>Conversion rate (%)</source>
        <translation>Konversionsrate (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="39"/>
        <location filename="../core/reports/performancetables.cpp" line="70"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="40"/>
        <location filename="../core/reports/performancetables.cpp" line="71"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="41"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="42"/>
        <source>Revenue per member</source>
        <translation>Umsatz pro Mitglied</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="64"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="67"/>
        <source>Joined</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="68"/>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="72"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="83"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="84"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="85"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="86"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="87"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="88"/>
        <source>Unique opens</source>
        <translation>Eindeutige Öffnungen</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="89"/>
        <source>Open rate (%)</source>
        <translation>Öffnungsrate (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="90"/>
        <source>Unique clicks</source>
        <translation>Eindeutige Klicks</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="91"/>
        <source>Click rate (%)</source>
        <translation>Klickrate (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="92"/>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
</context>
<context>
    <name>seg::PickLists</name>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="97"/>
        <source>cannot read the %1 attribute</source>
        <translation>das Attribut %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="106"/>
        <location filename="../core/lookups/picklists.cpp" line="142"/>
        <location filename="../core/lookups/picklists.cpp" line="185"/>
        <location filename="../core/lookups/picklists.cpp" line="222"/>
        <location filename="../core/lookups/picklists.cpp" line="279"/>
        <location filename="../core/lookups/picklists.cpp" line="299"/>
        <location filename="../core/lookups/picklists.cpp" line="404"/>
        <location filename="../core/lookups/picklists.cpp" line="426"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="115"/>
        <source>cannot read the countries</source>
        <translation>die Länder können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="134"/>
        <source>cannot read the regions</source>
        <translation>die Regionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="141"/>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="156"/>
        <location filename="../core/lookups/picklists.cpp" line="165"/>
        <source>cannot read the customer groups</source>
        <translation>die Kundengruppen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="168"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="178"/>
        <source>cannot read the websites</source>
        <translation>die Websites können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="196"/>
        <source>cannot read the store views</source>
        <translation>die Store-Views können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="203"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="215"/>
        <location filename="../core/lookups/picklists.cpp" line="230"/>
        <source>cannot read the order statuses</source>
        <translation>die Bestellstatus können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="245"/>
        <source>Check / Money order</source>
        <translation>Scheck / Zahlungsanweisung</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="247"/>
        <source>Bank Transfer Payment</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="248"/>
        <source>Cash On Delivery</source>
        <translation>Nachnahme</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="249"/>
        <source>Purchase Order</source>
        <translation>Bestellschein</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="251"/>
        <source>No Payment Information Required</source>
        <translation>Keine Zahlungsinformationen erforderlich</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="253"/>
        <source>PayPal Express Checkout</source>
        <translation>PayPal Express Checkout</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="255"/>
        <source>Credit Card (Braintree)</source>
        <translation>Kreditkarte (Braintree)</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="268"/>
        <source>cannot read the payment methods</source>
        <translation>die Zahlungsarten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="290"/>
        <source>cannot read the shipping methods</source>
        <translation>die Versandarten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="317"/>
        <location filename="../core/lookups/picklists.cpp" line="340"/>
        <source>cannot read the categories</source>
        <translation>die Kategorien können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="331"/>
        <source>cannot read the category names</source>
        <translation>die Kategorienamen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="369"/>
        <location filename="../core/lookups/picklists.cpp" line="372"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="397"/>
        <source>cannot read the products</source>
        <translation>die Produkte können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="467"/>
        <source>no store is open</source>
        <translation>kein Shop ist geöffnet</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="493"/>
        <source>unknown pick list</source>
        <translation>unbekannte Auswahlliste</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="500"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="502"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="504"/>
        <source>Customer groups</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="506"/>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="508"/>
        <source>Store views</source>
        <translation>Store-Views</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="510"/>
        <source>Order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="512"/>
        <source>Payment methods</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="514"/>
        <source>Shipping methods</source>
        <translation>Versandarten</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="516"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="518"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="520"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>seg::ReportPeriods</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="94"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="96"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="98"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="100"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="102"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="104"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="106"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="108"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="110"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="112"/>
        <location filename="../core/reports/reportperiod.cpp" line="127"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="121"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="123"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="125"/>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
</context>
<context>
    <name>seg::ReportSql</name>
    <message>
        <source>reports need Segmentor&apos;s tables in the store database; this store keeps them in the local workspace %1 (its user may not create tables)</source>
        <translation type="vanished">Berichte brauchen die Tabellen von Segmentor in der Shop-Datenbank; dieser Shop hält sie im lokalen Arbeitsbereich %1 (sein Benutzer darf keine Tabellen anlegen)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsql.cpp" line="20"/>
        <source>the store&apos;s schema is not loaded</source>
        <translation>das Schema des Shops ist nicht geladen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsql.cpp" line="66"/>
        <source>unknown segment: %1</source>
        <translation>unbekanntes Segment: %1</translation>
    </message>
</context>
<context>
    <name>seg::ReportTableFile</name>
    <message>
        <location filename="../core/reports/reporttablefile.cpp" line="39"/>
        <location filename="../core/reports/reporttablefile.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reporttablefile.cpp" line="65"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>seg::SalesReport</name>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="24"/>
        <source>the report was cancelled</source>
        <translation>der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="55"/>
        <source>counting segment members failed</source>
        <translation>das Zählen der Segmentmitglieder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="102"/>
        <source>preparing the report in the workspace failed: %1</source>
        <translation>Vorbereiten des Berichts im Arbeitsbereich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="147"/>
        <source>reading the period&apos;s orders failed</source>
        <translation>Lesen der Bestellungen des Zeitraums fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="198"/>
        <source>computing the segments&apos; sales failed</source>
        <translation>die Berechnung der Segmentumsätze ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="230"/>
        <source>counting the store&apos;s customers failed</source>
        <translation>das Zählen der Kunden des Shops ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="240"/>
        <source>the period is empty or its dates are invalid</source>
        <translation>der Zeitraum ist leer oder seine Daten sind ungültig</translation>
    </message>
</context>
<context>
    <name>seg::SalesTableExport</name>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="13"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="14"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="15"/>
        <source>% of all customers</source>
        <translation>% aller Kunden</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="16"/>
        <source>Customers who ordered</source>
        <translation>Kunden mit Bestellung</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="18"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="19"/>
        <source>% of all orders</source>
        <translation>% aller Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="20"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="21"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="22"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="23"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="24"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="25"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="26"/>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="27"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="58"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="vanished">%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>seg::SegmentSizeHistory</name>
    <message>
        <location filename="../core/reports/segmentsizehistory.cpp" line="32"/>
        <source>reading the segment size snapshots failed</source>
        <translation>das Lesen der Segmentgrößen-Momentaufnahmen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::SqlPreview</name>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="vanished">Boolescher Wert</translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="vanished">Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="vanished">Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="vanished">Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="vanished">Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="vanished">Text</translation>
    </message>
</context>
<context>
    <name>seg::StoreCurrency</name>
    <message>
        <location filename="../core/reports/storecurrency.cpp" line="21"/>
        <source>reading the base currency failed</source>
        <translation>das Lesen der Basiswährung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/reports/storecurrency.cpp" line="31"/>
        <source>reading the orders&apos; currency failed</source>
        <translation>das Lesen der Bestellwährung ist fehlgeschlagen</translation>
    </message>
</context>
</TS>
