<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackgroundWorkIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this task</source>
        <translation>Diese Aufgabe anhalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation><numerusform>%1 (+%n weitere)</numerusform><numerusform>%1 (+%n weitere)</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartBuilders</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>%1
%2: %3 members</source>
        <translation>%1
%2: %3 Mitglieder</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConditionBuilderWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>%L1 members</source>
        <translation>%L1 Mitglieder</translation>
    </message>
    <message>
        <source>match all conditions (counted in %L1 s)</source>
        <translation>erfüllen alle Bedingungen (gezählt in %L1 s)</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add condition…</source>
        <translation>Bedingung hinzufügen…</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>In Gruppe fassen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>SQL anzeigen</translation>
    </message>
    <message>
        <source>The statement that selects the members, with its bound values</source>
        <translation>Die Abfrage, die die Mitglieder auswählt, mit ihren gebundenen Werten</translation>
    </message>
    <message>
        <source>Explain a customer…</source>
        <translation>Einen Kunden erklären…</translation>
    </message>
    <message>
        <source>See which conditions one customer passes or fails, and why</source>
        <translation>Sehen, welche Bedingungen ein Kunde erfüllt oder nicht, und warum</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Connect to a store to count the members</source>
        <translation>Verbinden Sie einen Shop, um die Mitglieder zu zählen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Condition types</source>
        <translation>Bedingungstypen</translation>
    </message>
    <message>
        <source>Drag into a group, or press Enter to add where the cursor is.</source>
        <translation>In eine Gruppe ziehen oder Eingabe drücken, um an der Cursorposition hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the highlighted conditions to count the members</source>
        <translation>Korrigieren Sie die markierten Bedingungen, um die Mitglieder zu zählen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Duplicate condition</source>
        <translation>Bedingung duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1 conditions</source>
        <translation>%1 Bedingungen duplizieren</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Bedingung löschen</translation>
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation>%1 Bedingungen löschen</translation>
    </message>
    <message>
        <source>Move condition up</source>
        <translation>Bedingung nach oben</translation>
    </message>
    <message>
        <source>Move condition down</source>
        <translation>Bedingung nach unten</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Shop konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ConditionChooserDialog</name>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConditionPalette</name>
    <message>
        <source>Find a condition type</source>
        <translation>Bedingungstyp suchen</translation>
    </message>
</context>
<context>
    <name>ConditionPaletteTree</name>
    <message>
        <source>Condition types</source>
        <translation>Bedingungstypen</translation>
    </message>
</context>
<context>
    <name>ConditionRowEditor</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>EINE</translation>
    </message>
    <message>
        <source>Click to switch between ALL and ANY</source>
        <translation>Klicken, um zwischen ALLE und EINE zu wechseln</translation>
    </message>
    <message>
        <source>Switch to ALL</source>
        <translation>Zu ALLE wechseln</translation>
    </message>
    <message>
        <source>Switch to ANY</source>
        <translation>Zu EINE wechseln</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <source>Click to switch between TRUE and FALSE</source>
        <translation>Klicken, um zwischen WAHR und FALSCH zu wechseln</translation>
    </message>
    <message>
        <source>Switch to TRUE</source>
        <translation>Zu WAHR wechseln</translation>
    </message>
    <message>
        <source>Switch to FALSE</source>
        <translation>Zu FALSCH wechseln</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Change operator to "%1"</source>
        <translation>Operator auf „%1“ ändern</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Wert ändern</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Change attribute to "%1"</source>
        <translation>Attribut auf „%1“ ändern</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <source>Products in the cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <source>Which products are looked at</source>
        <translation>Welche Produkte betrachtet werden</translation>
    </message>
    <message>
        <source>Change product source</source>
        <translation>Produktquelle ändern</translation>
    </message>
    <message>
        <source>include</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <source>include no</source>
        <translation>enthalten kein</translation>
    </message>
    <message>
        <source>Click to switch between items found and no item found</source>
        <translation>Klicken, um zwischen „Artikel gefunden“ und „kein Artikel gefunden“ zu wechseln</translation>
    </message>
    <message>
        <source>Require matching items</source>
        <translation>Passende Artikel verlangen</translation>
    </message>
    <message>
        <source>Require no matching item</source>
        <translation>Keinen passenden Artikel verlangen</translation>
    </message>
    <message>
        <source>at least one</source>
        <translation>mindestens einen</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>not exactly</source>
        <translation>nicht genau</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>How many matching items</source>
        <translation>Wie viele passende Artikel</translation>
    </message>
    <message>
        <source>Change item count</source>
        <translation>Artikelanzahl ändern</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>where</source>
        <translation>bei denen</translation>
    </message>
    <message>
        <source>of these are</source>
        <translation>dieser Bedingungen sind</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>is in none of</source>
        <translation>ist in keinem von</translation>
    </message>
    <message>
        <source>is in one of</source>
        <translation>ist in einem von</translation>
    </message>
    <message>
        <source>Click to switch between in and not in</source>
        <translation>Klicken, um zwischen „in“ und „nicht in“ zu wechseln</translation>
    </message>
    <message>
        <source>Switch segment membership</source>
        <translation>Segmentzugehörigkeit umkehren</translation>
    </message>
    <message>
        <source>Change segments</source>
        <translation>Segmente ändern</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>of these conditions are</source>
        <translation>dieser Bedingungen sind</translation>
    </message>
    <message>
        <source>Default billing address</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <source>Default shipping address</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <source>Any saved address</source>
        <translation>Beliebige gespeicherte Adresse</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Aggregate over the orders</source>
        <translation>Kennzahl über die Bestellungen</translation>
    </message>
    <message>
        <source>Change aggregate</source>
        <translation>Kennzahl ändern</translation>
    </message>
    <message>
        <source>over orders where</source>
        <translation>über Bestellungen, bei denen</translation>
    </message>
    <message>
        <source>over all orders</source>
        <translation>über alle Bestellungen</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>This condition is kept but ignored (Ctrl+M to turn it back on)</source>
        <translation>Diese Bedingung bleibt erhalten, wird aber ignoriert (Strg+M schaltet sie wieder ein)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
</context>
<context>
    <name>ConditionTemplates</name>
    <message>
        <source>Ordered products</source>
        <translation>Bestellte Produkte</translation>
    </message>
    <message>
        <source>Products in the cart</source>
        <translation>Produkte im Warenkorb</translation>
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation>Produkte auf der Wunschliste</translation>
    </message>
    <message>
        <source>Viewed products</source>
        <translation>Angesehene Produkte</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>ALL of these conditions</source>
        <translation>ALLE dieser Bedingungen</translation>
    </message>
    <message>
        <source>A group that holds when every condition in it holds</source>
        <translation>Eine Gruppe, die gilt, wenn jede ihrer Bedingungen gilt</translation>
    </message>
    <message>
        <source>ANY of these conditions</source>
        <translation>EINE dieser Bedingungen</translation>
    </message>
    <message>
        <source>A group that holds when at least one condition in it holds</source>
        <translation>Eine Gruppe, die gilt, wenn mindestens eine ihrer Bedingungen gilt</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Newsletter status</source>
        <translation>Newsletter-Status</translation>
    </message>
    <message>
        <source>The customer's newsletter subscription</source>
        <translation>Das Newsletter-Abonnement des Kunden</translation>
    </message>
    <message>
        <source>The current cart: %1</source>
        <translation>Der aktuelle Warenkorb: %1</translation>
    </message>
    <message>
        <source>Default billing address</source>
        <translation>Standard-Rechnungsadresse</translation>
    </message>
    <message>
        <source>Conditions on the same billing address</source>
        <translation>Bedingungen an dieselbe Rechnungsadresse</translation>
    </message>
    <message>
        <source>Default shipping address</source>
        <translation>Standard-Lieferadresse</translation>
    </message>
    <message>
        <source>Conditions on the same shipping address</source>
        <translation>Bedingungen an dieselbe Lieferadresse</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Beliebige Adresse</translation>
    </message>
    <message>
        <source>Conditions on one of the saved addresses</source>
        <translation>Bedingungen an eine der gespeicherten Adressen</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Inside an address group, or as a new billing address group</source>
        <translation>In einer Adressgruppe oder als neue Rechnungsadressgruppe</translation>
    </message>
    <message>
        <source>An aggregate over the customer's orders</source>
        <translation>Eine Kennzahl über die Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <source>Filters which orders count, inside an orders group</source>
        <translation>Filtert, welche Bestellungen zählen, innerhalb einer Bestellgruppe</translation>
    </message>
    <message>
        <source>Customers with (or without) matching items</source>
        <translation>Kunden mit (oder ohne) passende Artikel</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Inside a products group, or as a new one</source>
        <translation>In einer Produktgruppe oder als neue</translation>
    </message>
    <message>
        <source>Member of segments</source>
        <translation>Mitglied von Segmenten</translation>
    </message>
    <message>
        <source>Whether the customer is in other segments</source>
        <translation>Ob der Kunde in anderen Segmenten ist</translation>
    </message>
    <message>
        <source>Not a member of segments</source>
        <translation>Kein Mitglied von Segmenten</translation>
    </message>
    <message>
        <source>Whether the customer is in none of other segments</source>
        <translation>Ob der Kunde in keinem anderen Segment ist</translation>
    </message>
</context>
<context>
    <name>ConditionTreeModel</name>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (stummgeschaltet)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match this condition on its own</source>
        <translation><numerusform>%n Mitglied erfüllt diese Bedingung für sich</numerusform><numerusform>%n Mitglieder erfüllen diese Bedingung für sich</numerusform></translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Bedingung löschen</translation>
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation>%1 Bedingungen löschen</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
    <message>
        <source>Move %1 conditions</source>
        <translation>%1 Bedingungen verschieben</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Bedingung kopieren</translation>
    </message>
    <message>
        <source>Copy %1 conditions</source>
        <translation>%1 Bedingungen kopieren</translation>
    </message>
</context>
<context>
    <name>ConditionValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Number of days (fractions allowed: 0.5 is twelve hours)</source>
        <translation>Anzahl Tage (Bruchteile erlaubt: 0,5 sind zwölf Stunden)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Pick values from the list</source>
        <translation>Werte aus der Liste wählen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a store</source>
        <translation>Mit einem Shop verbinden</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove the selected connection from this list (and its password from the keychain)</source>
        <translation>Die gewählte Verbindung aus dieser Liste entfernen (und ihr Passwort aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>/path/to/store.db</source>
        <translation>/pfad/zum/shop.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>magento</source>
        <translation>magento</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>No system keychain: the password is asked for each time</source>
        <translation>Kein Schlüsselbund: Das Passwort wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>optional, e.g. "Live shop (read-only copy)"</source>
        <translation>optional, z. B. „Live-Shop (schreibgeschützte Kopie)“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>UTC (Magento's default)</source>
        <translation>UTC (Magento-Standard)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>Tabellen&amp;präfix:</translation>
    </message>
    <message>
        <source>Store time &amp;zone:</source>
        <translation>&amp;Zeitzone des Shops:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Open a SQLite store</source>
        <translation>SQLite-Shop öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Test the connection to see whether Segmentor can read this store.</source>
        <translation>Testen Sie die Verbindung, um zu sehen, ob Segmentor diesen Shop lesen kann.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>No demo store</source>
        <translation>Kein Demo-Shop</translation>
    </message>
    <message>
        <source>Creating the demo store…</source>
        <translation>Demo-Shop wird erstellt…</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>A realistic Magento store with %1 customers, generated on this computer the first time (about a minute).</source>
        <translation>Ein realistischer Magento-Shop mit %1 Kunden, beim ersten Mal auf diesem Computer erzeugt (etwa eine Minute).</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Generating %1 customers with their orders, carts and wishlists into %2.</source>
        <translation>Erzeuge %1 Kunden mit Bestellungen, Warenkörben und Wunschlisten in %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Could not load the customer</source>
        <translation>Der Kunde konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 · guest (orders without an account)</source>
        <translation>%1 · Gast (Bestellungen ohne Konto)</translation>
    </message>
    <message>
        <source>%1 · customer #%2</source>
        <translation>%1 · Kunde Nr. %2</translation>
    </message>
    <message>
        <source>%1 · no longer in the store</source>
        <translation>%1 · nicht mehr im Shop</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Lifetime sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Durchschnittliche Bestellung</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erste Bestellung</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>Keine Adresse hinterlegt</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Member of this segment since %1.</source>
        <translation>Mitglied dieses Segments seit %1.</translation>
    </message>
    <message>
        <source>Not in this segment's stored membership.</source>
        <translation>Nicht unter den gespeicherten Mitgliedern dieses Segments.</translation>
    </message>
    <message>
        <source>Excluded by hand on %1.</source>
        <translation>Am %1 von Hand ausgeschlossen.</translation>
    </message>
    <message>
        <source>Included by hand on %1.</source>
        <translation>Am %1 von Hand eingeschlossen.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>&lt;b style='color:#1b6e37'&gt;✔ The definition matches this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#1b6e37'&gt;✔ Die Definition trifft jetzt auf diesen Kunden zu.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#a31d1d'&gt;✘ The definition does not match this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#a31d1d'&gt;✘ Die Definition trifft jetzt nicht auf diesen Kunden zu.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No explanation: the customer is not in the store.</source>
        <translation>Keine Erklärung: Der Kunde ist nicht im Shop.</translation>
    </message>
    <message>
        <source>Preview of an unsaved definition: no override or journal.</source>
        <translation>Vorschau einer ungespeicherten Definition: keine Ausnahmen, kein Journal.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>Segments (%1)</source>
        <translation>Segmente (%1)</translation>
    </message>
</context>
<context>
    <name>DemoStoreJob</name>
    <message>
        <source>Cancelled: no demo store was created.</source>
        <translation>Abgebrochen: Es wurde kein Demo-Shop erstellt.</translation>
    </message>
    <message>
        <source>Creating the demo store</source>
        <translation>Demo-Shop wird erstellt</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>z. B. Newsletter</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Mailchimp-Zielgruppe</translation>
    </message>
    <message>
        <source>Klaviyo list</source>
        <translation>Klaviyo-Liste</translation>
    </message>
    <message>
        <source>Transactional (no marketing consent)</source>
        <translation>Transaktional (ohne Marketing-Einwilligung)</translation>
    </message>
    <message>
        <source>Subscribed (they opted in)</source>
        <translation>Abonniert (mit Einwilligung)</translation>
    </message>
    <message>
        <source>Pending (Mailchimp asks them to confirm)</source>
        <translation>Ausstehend (Mailchimp bittet um Bestätigung)</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Neue Kontakte:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Push after each refresh of:</source>
        <translation>Nach jeder Aktualisierung senden von:</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain, never in Segmentor's tables.</source>
        <translation>Der API-Schlüssel liegt im Schlüsselbund des Systems, nie in Segmentors Tabellen.</translation>
    </message>
    <message>
        <source>Audience id:</source>
        <translation>Zielgruppen-ID:</translation>
    </message>
    <message>
        <source>List id:</source>
        <translation>Listen-ID:</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>z. B. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>e.g. XyZ123</source>
        <translation>z. B. XyZ123</translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>gespeichert; neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the destination a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <source>Enter the Mailchimp audience id (Audience → Settings → Audience name and defaults).</source>
        <translation>Geben Sie die Mailchimp-Zielgruppen-ID ein (Audience → Settings → Audience name and defaults).</translation>
    </message>
    <message>
        <source>Enter the Klaviyo list id (Lists &amp; segments → the list → Settings).</source>
        <translation>Geben Sie die Klaviyo-Listen-ID ein (Lists &amp; segments → die Liste → Settings).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Refresh “%1”</source>
        <translation>„%1“ aktualisieren</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:15pt'&gt;&lt;b style='color:#1b6e37'&gt;+%1&lt;/b&gt; would enter &amp;nbsp; &lt;b style='color:#a31d1d'&gt;−%2&lt;/b&gt; would leave&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:15pt'&gt;&lt;b style='color:#1b6e37'&gt;+%1&lt;/b&gt; kämen hinzu &amp;nbsp; &lt;b style='color:#a31d1d'&gt;−%2&lt;/b&gt; fielen heraus&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The segment has %1 members now and would have %2 after the refresh. Nothing has changed yet.</source>
        <translation>Das Segment hat jetzt %1 Mitglieder und hätte nach der Aktualisierung %2. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Would enter (%1)</source>
        <translation>Kämen hinzu (%1)</translation>
    </message>
    <message>
        <source>Would leave (%1)</source>
        <translation>Fielen heraus (%1)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Guest %1</source>
        <translation>Gast %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 (%2)</source>
        <translation>Kunde %1 (%2)</translation>
    </message>
    <message>
        <source>Explain a customer</source>
        <translation>Einen Kunden erklären</translation>
    </message>
    <message>
        <source>Explain a customer · %1</source>
        <translation>Einen Kunden erklären · %1</translation>
    </message>
    <message>
        <source>a customer id such as 42, or an e-mail address</source>
        <translation>eine Kundennummer wie 42 oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Customer id or e-mail:</source>
        <translation>&amp;Kundennummer oder E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Values compared</source>
        <translation>Verglichene Werte</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>✔ the condition is true for this customer · ✘ it is false · muted conditions are shown in grey and ignored. A group set to FALSE wants its conditions to be false.</source>
        <translation>✔ die Bedingung ist für diesen Kunden wahr · ✘ sie ist falsch · stummgeschaltete Bedingungen sind grau und werden ignoriert. Eine auf FALSCH gestellte Gruppe verlangt falsche Bedingungen.</translation>
    </message>
    <message>
        <source>Enter a customer id or an e-mail address, then press Explain.</source>
        <translation>Geben Sie eine Kundennummer oder E-Mail-Adresse ein und drücken Sie Erklären.</translation>
    </message>
    <message>
        <source>– muted</source>
        <translation>– stummgeschaltet</translation>
    </message>
    <message>
        <source>✔ true</source>
        <translation>✔ wahr</translation>
    </message>
    <message>
        <source>✘ false</source>
        <translation>✘ falsch</translation>
    </message>
    <message>
        <source>Evaluating the segment for %1…</source>
        <translation>Werte das Segment für %1 aus…</translation>
    </message>
    <message>
        <source>This customer cannot be explained: %1</source>
        <translation>Dieser Kunde kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <source>There is no customer with id %1 in this store.</source>
        <translation>In diesem Shop gibt es keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No customer or guest with the e-mail "%1" in this store.</source>
        <translation>Kein Kunde oder Gast mit der E-Mail „%1“ in diesem Shop.</translation>
    </message>
    <message>
        <source>%1 is IN this segment</source>
        <translation>%1 ist IN diesem Segment</translation>
    </message>
    <message>
        <source>%1 is NOT in this segment</source>
        <translation>%1 ist NICHT in diesem Segment</translation>
    </message>
    <message>
        <source>guest (orders without an account)</source>
        <translation>Gast (Bestellungen ohne Konto)</translation>
    </message>
    <message>
        <source>registered customer</source>
        <translation>registrierter Kunde</translation>
    </message>
    <message>
        <source>evaluated as of %1 (%2)</source>
        <translation>ausgewertet zum %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>the guest %1</source>
        <translation>der Gast %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>The same e-mail also belongs to %1: enter an id to explain another one.</source>
        <translation>Dieselbe E-Mail gehört auch zu %1: Geben Sie eine Nummer ein, um einen anderen zu erklären.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error / details</source>
        <translation>Fehler / Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsView</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Completed with failures</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted (resumed by the next sync)</source>
        <translation>Unterbrochen (wird beim nächsten Abgleich fortgesetzt)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Preview only</source>
        <translation>Nur Vorschau</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>Klaviyo</source>
        <translation>Klaviyo</translation>
    </message>
    <message>
        <source>Cannot read the integrations: %1</source>
        <translation>Die Integrationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preview: %1 to add, %2 to remove. Nothing was sent.</source>
        <translation>Vorschau: %1 hinzuzufügen, %2 zu entfernen. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 added and %2 removed; the next sync continues from there.</source>
        <translation>Abgleich nach %1 Hinzufügungen und %2 Entfernungen abgebrochen; der nächste setzt dort fort.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 removed</source>
        <translation>Abgeglichen: %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>, %n refused (see below)</source>
        <translation><numerusform>, %n abgelehnt (siehe unten)</numerusform><numerusform>, %n abgelehnt (siehe unten)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n without an email skipped</source>
        <translation><numerusform>, %n ohne E-Mail übersprungen</numerusform><numerusform>, %n ohne E-Mail übersprungen</numerusform></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Audience / list</source>
        <translation>Zielgruppe / Liste</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Preview only (dry run)</source>
        <translation>Nur Vorschau (Probelauf)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a destination and a segment, then Sync now: only the changes since the last sync are sent.</source>
        <translation>Wählen Sie ein Ziel und ein Segment, dann Jetzt abgleichen: Nur die Änderungen seit dem letzten Abgleich werden gesendet.</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Abgleichsverlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Refused members of the selected sync</source>
        <translation>Abgelehnte Mitglieder des gewählten Abgleichs</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>Serve the REST API</source>
        <translation>REST-API bereitstellen</translation>
    </message>
    <message>
        <source>HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses open it to the network.</source>
        <translation>HOST:PORT. 127.0.0.1 hält die API auf diesem Computer; andere Adressen öffnen sie für das Netzwerk.</translation>
    </message>
    <message>
        <source>Off. Marketing tools and scripts can read segments and members over HTTP with a token.</source>
        <translation>Aus. Marketing-Werkzeuge und Skripte können Segmente und Mitglieder per HTTP mit einem Token lesen.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>Token erstellen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Requests appear here while the API is on.</source>
        <translation>Anfragen erscheinen hier, solange die API läuft.</translation>
    </message>
    <message>
        <source>Tokens (stored hashed; a token is shown once, when created):</source>
        <translation>Tokens (gehasht gespeichert; ein Token wird nur einmal gezeigt, beim Erstellen):</translation>
    </message>
    <message>
        <source>Request log:</source>
        <translation>Anfrageprotokoll:</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token "%1"? Tools using it stop getting answers at once.</source>
        <translation>Den Token „%1“ widerrufen? Werkzeuge, die ihn nutzen, erhalten sofort keine Antworten mehr.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>read + refresh</source>
        <translation>Lesen + Aktualisieren</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <source>The selected sync has no refused members.</source>
        <translation>Der gewählte Abgleich hat keine abgelehnten Mitglieder.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the destination "%1" with its sync history and stored API key? Nothing is deleted in the tool itself.</source>
        <translation>Das Ziel „%1“ mit Abgleichsverlauf und gespeichertem API-Schlüssel entfernen? Im Werkzeug selbst wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The destination was not saved: %1</source>
        <translation>Das Ziel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Destination %1 saved.</source>
        <translation>Ziel %1 gespeichert.</translation>
    </message>
    <message>
        <source>The destination was not removed: %1</source>
        <translation>Das Ziel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Destination %1 removed.</source>
        <translation>Ziel %1 entfernt.</translation>
    </message>
    <message>
        <source>No API key is stored for %1: edit the destination and enter its key.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert: Bearbeiten Sie das Ziel und geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <source>Syncing %1 to %2…</source>
        <translation>Gleiche %1 mit %2 ab…</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 von %2 Änderungen gesendet</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Paket…</translation>
    </message>
    <message>
        <source>— stopped —</source>
        <translation>— gestoppt —</translation>
    </message>
    <message>
        <source>Enter the address as HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>Geben Sie die Adresse als HOST:PORT ein, z. B. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cannot serve the API: %1</source>
        <translation>Die API kann nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>Serving on http://%1/v1/ — try %2</source>
        <translation>Bereit unter http://%1/v1/ — probieren Sie %2</translation>
    </message>
    <message>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Offen für das Netzwerk: Tokens gehen im Klartext, wenn kein TLS-Proxy davor steht.</translation>
    </message>
    <message>
        <source>Create API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <source>e.g. crm-sync</source>
        <translation>z. B. crm-sync</translation>
    </message>
    <message>
        <source>May refresh segments (write access)</source>
        <translation>Darf Segmente aktualisieren (Schreibzugriff)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation>Der Token wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>Copy the token now: it is not stored and cannot be shown again. Send it as
Authorization: Bearer &lt;token&gt;</source>
        <translation>Kopieren Sie den Token jetzt: Er wird nicht gespeichert und kann nicht erneut angezeigt werden. Senden Sie ihn als
Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Der Token wurde nicht widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>LiveCounter</name>
    <message>
        <source>No store is connected.</source>
        <translation>Kein Shop ist verbunden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Segmentor</source>
        <translation>Segmentor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>%1 — Segmentor</source>
        <translation>%1 — Segmentor</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to a store…</source>
        <translation>Mit einem Shop &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Segmentor</source>
        <translation>&amp;Über Segmentor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <source>The demo store was not created: %1</source>
        <translation>Der Demo-Shop wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Segmentor&lt;/h2&gt;&lt;p&gt;Preparing a demo store to explore: %1 customers with their orders, carts and wishlists, and five example segments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Segmentor&lt;/h2&gt;&lt;p&gt;Ein Demo-Shop zum Erkunden wird vorbereitet: %1 Kunden mit Bestellungen, Warenkörben und Wunschlisten sowie fünf Beispielsegmente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The example segments could not be imported: %1</source>
        <translation>Die Beispielsegmente konnten nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation><numerusform>%n Segment</numerusform><numerusform>%n Segmente</numerusform></translation>
    </message>
    <message>
        <source>The new language applies the next time Segmentor starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Segmentor.</translation>
    </message>
    <message>
        <source>About Segmentor</source>
        <translation>Über Segmentor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for Magento 2 stores: describe a segment as a tree of conditions and get its members, with the reason any one customer is in or out.&lt;/p&gt;&lt;p&gt;Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The demo store's catalog comes from the UCI Online Retail dataset (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Kundensegmentierung für Magento-2-Shops: Beschreiben Sie ein Segment als Baum von Bedingungen und erhalten Sie seine Mitglieder – mit der Begründung, warum ein Kunde dazugehört oder nicht.&lt;/p&gt;&lt;p&gt;Shops: SQLite, MySQL/MariaDB, PostgreSQL. Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Der Katalog des Demo-Shops stammt aus dem Datensatz UCI Online Retail (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 members in all</source>
        <translation>%1 Mitglieder insgesamt</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Die Mitglieder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search email or name…</source>
        <translation>E-Mail oder Name suchen…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>Von Hand ausgeschlossen</translation>
    </message>
    <message>
        <source>Included by hand</source>
        <translation>Von Hand eingeschlossen</translation>
    </message>
    <message>
        <source>Any override</source>
        <translation>Mit Ausnahme</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Ohne Ausnahme</translation>
    </message>
    <message>
        <source>New in the last refresh</source>
        <translation>Neu seit der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Ausschließen…</translation>
    </message>
    <message>
        <source>Keep the selected customers out of this segment, whatever the conditions say</source>
        <translation>Die gewählten Kunden aus diesem Segment heraushalten, egal was die Bedingungen sagen</translation>
    </message>
    <message>
        <source>Include…</source>
        <translation>Einschließen…</translation>
    </message>
    <message>
        <source>Keep the selected customers in this segment, whatever the conditions say</source>
        <translation>Die gewählten Kunden in diesem Segment halten, egal was die Bedingungen sagen</translation>
    </message>
    <message>
        <source>Reset override</source>
        <translation>Ausnahme zurücksetzen</translation>
    </message>
    <message>
        <source>Let the conditions decide again for the selected customers</source>
        <translation>Für die gewählten Kunden wieder die Bedingungen entscheiden lassen</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>E-Mails kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Refresh…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <source>See who would enter and leave, then refresh the membership</source>
        <translation>Sehen, wer hinzukäme und herausfiele, dann die Mitglieder aktualisieren</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>Evaluating the definition…</source>
        <translation>Werte die Definition aus…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>%1+ customers, counting…</source>
        <translation>%1+ Kunden, zähle…</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <source> · preview of the unsaved definition</source>
        <translation> · Vorschau der ungespeicherten Definition</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n customer(s)</source>
        <translation><numerusform>%n Kunden ausschließen</numerusform><numerusform>%n Kunden ausschließen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Include %n customer(s)</source>
        <translation><numerusform>%n Kunden einschließen</numerusform><numerusform>%n Kunden einschließen</numerusform></translation>
    </message>
    <message>
        <source>Reason (optional, kept in the history):</source>
        <translation>Grund (optional, wird im Verlauf gespeichert):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Override reset for %n customer(s).</source>
        <translation><numerusform>Ausnahme für %n Kunden zurückgesetzt.</numerusform><numerusform>Ausnahme für %n Kunden zurückgesetzt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation><numerusform>%n Kunde ausgeschlossen; er fällt bei der nächsten Aktualisierung heraus.</numerusform><numerusform>%n Kunden ausgeschlossen; sie fallen bei der nächsten Aktualisierung heraus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation><numerusform>%n Kunde eingeschlossen; er kommt bei der nächsten Aktualisierung hinzu.</numerusform><numerusform>%n Kunden eingeschlossen; sie kommen bei der nächsten Aktualisierung hinzu.</numerusform></translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export the selected customers</source>
        <translation>Die gewählten Kunden exportieren</translation>
    </message>
    <message>
        <source>Export all customers</source>
        <translation>Alle Kunden exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv);;Excel-2003-XML (*.xml)</translation>
    </message>
    <message>
        <source>Exporting %1 customers to %2…</source>
        <translation>Exportiere %1 Kunden nach %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 customers exported to %2.</source>
        <translation>%1 Kunden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not copy: %1</source>
        <translation>Kopieren nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) copied.</source>
        <translation><numerusform>%n E-Mail kopiert.</numerusform><numerusform>%n E-Mails kopiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>Von Hand ausgeschlossen</translation>
    </message>
    <message>
        <source>Included by hand</source>
        <translation>Von Hand eingeschlossen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Not a member since the last refresh</source>
        <translation>Seit der letzten Aktualisierung kein Mitglied</translation>
    </message>
    <message>
        <source>Joined in the last refresh</source>
        <translation>Bei der letzten Aktualisierung hinzugekommen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Database driver missing</source>
        <translation>Datenbanktreiber fehlt</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Datenbank nicht gefunden</translation>
    </message>
    <message>
        <source>Not a Magento schema</source>
        <translation>Kein Magento-Schema</translation>
    </message>
    <message>
        <source>Missing tables</source>
        <translation>Fehlende Tabellen</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A Magento 2 store with %1 customers (server %2).</source>
        <translation>Ein Magento-2-Shop mit %1 Kunden (Server %2).</translation>
    </message>
    <message>
        <source>A Magento 2 store with %1 customers.</source>
        <translation>Ein Magento-2-Shop mit %1 Kunden.</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>Unter %1 liegt keine Shop-Datei.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-psql).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-mysql oder libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Nothing answers at %1:%2. Check the host name and the port, and that the database server is running and reachable from this computer.</source>
        <translation>Unter %1:%2 antwortet nichts. Prüfen Sie Hostname und Port und ob der Datenbankserver läuft und von diesem Computer erreichbar ist.</translation>
    </message>
    <message>
        <source>The server answered but refused user "%1": check the user name and the password.</source>
        <translation>Der Server hat geantwortet, aber den Benutzer „%1“ abgelehnt: Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The server has no database named "%1" (or this user may not use it).</source>
        <translation>Der Server hat keine Datenbank namens „%1“ (oder dieser Benutzer darf sie nicht verwenden).</translation>
    </message>
    <message>
        <source>None of Magento's tables are in this database. Is it the right database, or do its tables have a prefix?</source>
        <translation>Diese Datenbank enthält keine Magento-Tabellen. Ist es die richtige Datenbank, oder haben ihre Tabellen ein Präfix?</translation>
    </message>
    <message>
        <source>None of Magento's tables with the prefix "%1" are in this database. Check the table prefix.</source>
        <translation>Diese Datenbank enthält keine Magento-Tabellen mit dem Präfix „%1“. Prüfen Sie das Tabellenpräfix.</translation>
    </message>
    <message numerus="yes">
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation><numerusform>Diesem Magento-Schema fehlt %n Tabelle, die Segmentor liest: %1.</numerusform><numerusform>Diesem Magento-Schema fehlen %n Tabellen, die Segmentor liest: %1.</numerusform></translation>
    </message>
    <message>
        <source>The database said: %1</source>
        <translation>Die Datenbank meldet: %1</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>no segment with the code "%1"</source>
        <translation>kein Segment mit dem Code „%1“</translation>
    </message>
    <message>
        <source>Computing who would enter and leave…</source>
        <translation>Berechne, wer hinzukäme und herausfiele…</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Probelauf abgebrochen.</translation>
    </message>
    <message>
        <source>Refresh not run.</source>
        <translation>Aktualisierung nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <source>Refresh cancelled: the membership is unchanged.</source>
        <translation>Aktualisierung abgebrochen: Die Mitglieder sind unverändert.</translation>
    </message>
    <message>
        <source>Refreshed: +%1, −%2, %3 members.</source>
        <translation>Aktualisiert: +%1, −%2, %3 Mitglieder.</translation>
    </message>
</context>
<context>
    <name>ReportJobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SalesDashboardWidget</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Compute the figures again from the store</source>
        <translation>Die Zahlen erneut aus dem Shop berechnen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The comparison period ends before it starts.</source>
        <translation>Der Vergleichszeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose at least one segment</source>
        <translation>Wählen Sie mindestens ein Segment</translation>
    </message>
    <message>
        <source>Choose at least one order status.</source>
        <translation>Wählen Sie mindestens einen Bestellstatus.</translation>
    </message>
    <message>
        <source>Computing sales for %1…</source>
        <translation>Berechne Umsätze für %1…</translation>
    </message>
    <message>
        <source>The sales report failed: %1</source>
        <translation>Der Umsatzbericht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 orders from %3 customers</source>
        <translation>%1: %2 Bestellungen von %3 Kunden</translation>
    </message>
    <message>
        <source> · %1: %2 orders</source>
        <translation> · %1: %2 Bestellungen</translation>
    </message>
    <message>
        <source> · amounts in %1 (base currency) · statuses: %2</source>
        <translation> · Beträge in %1 (Basiswährung) · Status: %2</translation>
    </message>
    <message>
        <source>Export the statistics table</source>
        <translation>Statistiktabelle exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SalesMetrics</name>
    <message>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Customers who ordered</source>
        <translation>Bestellende Kunden</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>SalesStatisticsModel</name>
    <message>
        <source>Every order of the period with the chosen statuses, and all customers of the store (registered and guests): the base of the percentages. Segments may overlap, so their rows do not add up to it.</source>
        <translation>Alle Bestellungen des Zeitraums mit den gewählten Status und alle Kunden des Shops (registriert und Gäste): die Basis der Prozente. Segmente können sich überschneiden, daher ergeben ihre Zeilen nicht die Summe.</translation>
    </message>
    <message>
        <source>Current members of the segment</source>
        <translation>Aktuelle Mitglieder des Segments</translation>
    </message>
    <message>
        <source>Members as a share of all customers of the store</source>
        <translation>Anteil der Mitglieder an allen Kunden des Shops</translation>
    </message>
    <message>
        <source>The members' orders in the period with the chosen statuses</source>
        <translation>Die Bestellungen der Mitglieder im Zeitraum mit den gewählten Status</translation>
    </message>
    <message>
        <source>Share of all orders in the period with the chosen statuses</source>
        <translation>Anteil an allen Bestellungen des Zeitraums mit den gewählten Status</translation>
    </message>
    <message>
        <source>Discounts granted, as a positive amount</source>
        <translation>Gewährte Rabatte als positiver Betrag</translation>
    </message>
    <message>
        <source>Average order value: grand total / orders</source>
        <translation>Durchschnittlicher Bestellwert: Gesamtsumme / Bestellungen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>% customers</source>
        <translation>% Kunden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>% orders</source>
        <translation>% Bestellungen</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>Ø Bestellwert</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Matched customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This segment cannot be saved: %1</source>
        <translation>Dieses Segment kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>e.g. VIP customers</source>
        <translation>z. B. VIP-Kunden</translation>
    </message>
    <message>
        <source>e.g. vip-customers</source>
        <translation>z. B. vip-kunden</translation>
    </message>
    <message>
        <source>A unique short name used by exports, the command line and the REST API: lower-case letters, digits, - and _</source>
        <translation>Ein eindeutiger Kurzname für Exporte, die Kommandozeile und die REST-API: Kleinbuchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>Active (refreshed, exported and applied)</source>
        <translation>Aktiv (aktualisiert, exportiert und angewendet)</translation>
    </message>
    <message>
        <source>all websites (or website ids, e.g. 1, 2)</source>
        <translation>alle Websites (oder Website-IDs, z. B. 1, 2)</translation>
    </message>
    <message>
        <source>Registered customers</source>
        <translation>Registrierte Kunden</translation>
    </message>
    <message>
        <source>Guests (by e-mail)</source>
        <translation>Gäste (nach E-Mail)</translation>
    </message>
    <message>
        <source>Registered customers and guests</source>
        <translation>Registrierte Kunden und Gäste</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled (segmentor-cli refresh --all)</source>
        <translation>Geplant (segmentor-cli refresh --all)</translation>
    </message>
    <message>
        <source>When a customer is in several segments that move customers to a group, the lowest priority wins</source>
        <translation>Ist ein Kunde in mehreren Segmenten, die in eine Gruppe verschieben, gewinnt die niedrigste Priorität</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>&amp;Apply to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ktualisierung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Move the members to a customer group after each refresh</source>
        <translation>Mitglieder nach jeder Aktualisierung in eine Kundengruppe verschieben</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>Kunden&amp;gruppe:</translation>
    </message>
    <message>
        <source>Customers who leave the segment keep their group. Guests have no group and are not moved.</source>
        <translation>Kunden, die das Segment verlassen, behalten ihre Gruppe. Gäste haben keine Gruppe und werden nicht verschoben.</translation>
    </message>
    <message>
        <source>None ticked: all websites</source>
        <translation>Keine angehakt: alle Websites</translation>
    </message>
    <message>
        <source>The segment needs a name.</source>
        <translation>Das Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ (at most 64 characters).</source>
        <translation>Der Code muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und darf nur a-z, 0-9, - und _ enthalten (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Choose the customer group the members move to.</source>
        <translation>Wählen Sie die Kundengruppe, in die die Mitglieder wechseln.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>New segment: %1</source>
        <translation>Neues Segment: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Preview of members</source>
        <translation>Vorschau der Mitglieder</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Loading segments</source>
        <translation>Segmente werden geladen</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Nie aktualisiert</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message>
        <source>Filter segments by name, code or status…</source>
        <translation>Segmente nach Name, Code oder Status filtern…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No segments yet&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;New segment&lt;/b&gt; or import the example definitions with &lt;b&gt;Import…&lt;/b&gt; (the examples/ folder holds five).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Segmente&lt;/h3&gt;&lt;p&gt;Legen Sie eines mit &lt;b&gt;Neues Segment&lt;/b&gt; an oder importieren Sie die Beispieldefinitionen mit &lt;b&gt;Importieren…&lt;/b&gt; (der Ordner examples/ enthält fünf).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Die Segmente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the segment being refreshed kept its previous members.</source>
        <translation>Aktualisierung abgebrochen; das betroffene Segment behält seine bisherigen Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation><numerusform>%n Segment aktualisiert: %1 neu, %2 ausgetreten.</numerusform><numerusform>%n Segmente aktualisiert: %1 neu, %2 ausgetreten.</numerusform></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <source>Create a segment (Ctrl+N)</source>
        <translation>Ein Segment anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import definitions…</source>
        <translation>Definitionen &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport definitions…</source>
        <translation>Definitionen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh members</source>
        <translation>Mitglieder &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Recompute the members of the selected segments (F5)</source>
        <translation>Die Mitglieder der gewählten Segmente neu berechnen (F5)</translation>
    </message>
    <message>
        <source>Re&amp;load list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Find segment</source>
        <translation>Segment &amp;suchen</translation>
    </message>
    <message>
        <source>Cancel refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <source>Delete the segment "%1" with its members, overrides and history?</source>
        <translation>Das Segment „%1“ mit Mitgliedern, Ausnahmen und Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 segments with their members, overrides and history?

%2</source>
        <translation>Diese %1 Segmente mit Mitgliedern, Ausnahmen und Verlauf löschen?

%2</translation>
    </message>
    <message>
        <source>Delete segments</source>
        <translation>Segmente löschen</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n segment(s).</source>
        <translation><numerusform>%n Segment gelöscht.</numerusform><numerusform>%n Segmente gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>Could not duplicate %1: %2</source>
        <translation>%1 konnte nicht dupliziert werden: %2</translation>
    </message>
    <message>
        <source>Created %1, an inactive copy of %2.</source>
        <translation>%1 angelegt, eine inaktive Kopie von %2.</translation>
    </message>
    <message>
        <source>Import segment definitions</source>
        <translation>Segmentdefinitionen importieren</translation>
    </message>
    <message>
        <source>Segment definitions (*.json)</source>
        <translation>Segmentdefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s): %1.</source>
        <translation><numerusform>%n Segment importiert: %1.</numerusform><numerusform>%n Segmente importiert: %1.</numerusform></translation>
    </message>
    <message>
        <source>Export the definition</source>
        <translation>Definition exportieren</translation>
    </message>
    <message>
        <source>Export %1 definitions into a folder</source>
        <translation>%1 Definitionen in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Exported %1 definitions to %2.</source>
        <translation>%1 Definitionen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No store open&lt;/h3&gt;&lt;p&gt;Connect to a Magento store with &lt;b&gt;File &amp;gt; Connect to a store…&lt;/b&gt; (Ctrl+O), or open the demo store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Shop geöffnet&lt;/h3&gt;&lt;p&gt;Verbinden Sie einen Magento-Shop mit &lt;b&gt;Datei &amp;gt; Mit einem Shop verbinden…&lt;/b&gt; (Strg+O) oder öffnen Sie den Demo-Shop.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Refresh members</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>SegmentOperations</name>
    <message>
        <source>another segment already uses the code "%1"</source>
        <translation>ein anderes Segment verwendet bereits den Code „%1“</translation>
    </message>
    <message>
        <source>no segment with this code</source>
        <translation>kein Segment mit diesem Code</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <source>Refreshing %n segment(s)</source>
        <translation><numerusform>%n Segment wird aktualisiert</numerusform><numerusform>%n Segmente werden aktualisiert</numerusform></translation>
    </message>
    <message>
        <source>Refreshing %1: %2</source>
        <translation>Aktualisiere %1: %2</translation>
    </message>
</context>
<context>
    <name>SegmentSummaryView</name>
    <message>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>EINE</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <source>If &lt;b&gt;%1&lt;/b&gt; of these conditions are &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Wenn &lt;b&gt;%1&lt;/b&gt; dieser Bedingungen &lt;b&gt;%2&lt;/b&gt; sind:</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>No conditions: every customer the segment applies to is a member.</source>
        <translation>Keine Bedingungen: Jeder Kunde, für den das Segment gilt, ist Mitglied.</translation>
    </message>
    <message>
        <source>Select a segment to read its conditions here.</source>
        <translation>Wählen Sie ein Segment, um hier seine Bedingungen zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected.</source>
        <translation><numerusform>%n Segment ausgewählt.</numerusform><numerusform>%n Segmente ausgewählt.</numerusform></translation>
    </message>
    <message>
        <source>registered customers</source>
        <translation>registrierte Kunden</translation>
    </message>
    <message>
        <source>guests (by e-mail)</source>
        <translation>Gäste (nach E-Mail)</translation>
    </message>
    <message>
        <source>registered customers and guests</source>
        <translation>registrierte Kunden und Gäste</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Applies to %1 of %2</source>
        <translation>Gilt für %1 von %2</translation>
    </message>
    <message>
        <source>all websites</source>
        <translation>allen Websites</translation>
    </message>
    <message>
        <source>websites %1</source>
        <translation>den Websites %1</translation>
    </message>
    <message>
        <source>%1 members at the last refresh (%2)</source>
        <translation>%1 Mitglieder bei der letzten Aktualisierung (%2)</translation>
    </message>
    <message>
        <source>Not refreshed yet: no members are stored</source>
        <translation>Noch nicht aktualisiert: keine Mitglieder gespeichert</translation>
    </message>
    <message>
        <source>Refreshed on schedule</source>
        <translation>Nach Zeitplan aktualisiert</translation>
    </message>
    <message>
        <source>Refreshed by hand</source>
        <translation>Von Hand aktualisiert</translation>
    </message>
    <message>
        <source>Moves its members to customer group %1 (priority %2)</source>
        <translation>Verschiebt seine Mitglieder in Kundengruppe %1 (Priorität %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inactive&lt;/b&gt;: not refreshed, exported or applied</source>
        <translation>&lt;b&gt;Inaktiv&lt;/b&gt;: weder aktualisiert noch exportiert oder angewendet</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQL of the segment</source>
        <translation>SQL des Segments</translation>
    </message>
    <message>
        <source>SQL of "%1"</source>
        <translation>SQL von „%1“</translation>
    </message>
    <message>
        <source>SQL of “%1”</source>
        <translation>SQL von „%1“</translation>
    </message>
    <message>
        <source>The statement that selects the members of this segment: one row per member, &lt;b&gt;customer_id&lt;/b&gt; for customers and &lt;b&gt;guest_key&lt;/b&gt; (the e-mail) for guests. Values are bound, never written into the text: each &lt;b&gt;?&lt;/b&gt; takes the value listed on the right, in the same order.</source>
        <translation>Die Abfrage, die die Mitglieder dieses Segments auswählt: eine Zeile pro Mitglied, &lt;b&gt;customer_id&lt;/b&gt; für Kunden und &lt;b&gt;guest_key&lt;/b&gt; (die E-Mail) für Gäste. Werte werden gebunden, nie in den Text geschrieben: Jedes &lt;b&gt;?&lt;/b&gt; nimmt den rechts aufgeführten Wert in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>%1 (the connected store)</source>
        <translation>%1 (der verbundene Shop)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>&amp;Copy SQL and values</source>
        <translation>SQL und Werte &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the statement followed by its bound values as SQL comments.</source>
        <translation>Kopiert die Abfrage, gefolgt von ihren gebundenen Werten als SQL-Kommentare.</translation>
    </message>
    <message>
        <source>SQL statement</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Gebundene Werte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abfrage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bound values&lt;/b&gt;, in the order of the &lt;b&gt;?&lt;/b&gt; placeholders</source>
        <translation>&lt;b&gt;Gebundene Werte&lt;/b&gt; in der Reihenfolge der Platzhalter &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation><numerusform>-- %n gebundener Wert, in der Reihenfolge der Platzhalter ?:
</numerusform><numerusform>-- %n gebundene Werte, in der Reihenfolge der Platzhalter ?:
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied the statement and its %n bound value(s).</source>
        <translation><numerusform>Abfrage und %n gebundener Wert kopiert.</numerusform><numerusform>Abfrage und %n gebundene Werte kopiert.</numerusform></translation>
    </message>
    <message>
        <source>Compiling for %1…</source>
        <translation>Kompiliere für %1…</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b00020'&gt;The SQL cannot be shown: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b00020'&gt;Das SQL kann nicht angezeigt werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>seg_fold() is Segmentor's Unicode case folding, registered on its own SQLite connections: to run this statement elsewhere, replace it with lower().</source>
        <translation>seg_fold() ist Segmentors Unicode-Kleinschreibung, registriert auf seinen eigenen SQLite-Verbindungen: Um diese Abfrage anderswo auszuführen, ersetzen Sie sie durch lower().</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bound value(s) · evaluated as of now in the store's time zone.</source>
        <translation><numerusform>%1 · %n gebundener Wert · jetzt in der Zeitzone des Shops ausgewertet.</numerusform><numerusform>%1 · %n gebundene Werte · jetzt in der Zeitzone des Shops ausgewertet.</numerusform></translation>
    </message>
</context>
</TS>