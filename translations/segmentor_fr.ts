<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundWorkIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this task</source>
        <translation>Arrêter cette tâche</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation><numerusform>%1 (+%n autre)</numerusform><numerusform>%1 (+%n autres)</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartBuilders</name>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>%1 (comparison)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2: %3 members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Select all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionBuilderWidget</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%L1 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>match all conditions (counted in %L1 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add condition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap in group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement that selects the members, with its bound values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain a customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See which conditions one customer passes or fails, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Connect to a store to count the members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag into a group, or press Enter to add where the cursor is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the highlighted conditions to count the members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate %1 conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move condition up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move condition down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionChooserDialog</name>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionPalette</name>
    <message>
        <source>Find a condition type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionPaletteTree</name>
    <message>
        <source>Condition types</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionRowEditor</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALL</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>AU MOINS UNE</translation>
    </message>
    <message>
        <source>Click to switch between ALL and ANY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to ALL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to ANY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRUE</source>
        <translation>VRAIES</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FAUSSES</translation>
    </message>
    <message>
        <source>Click to switch between TRUE and FALSE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to TRUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to FALSE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change operator to "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change attribute to "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordered products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products in the cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewed products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which products are looked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change product source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to switch between items found and no item found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require matching items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require no matching item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not exactly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fewer than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many matching items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change item count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of these are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>is in none of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is in one of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to switch between in and not in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch segment membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of these conditions are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default shipping address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any saved address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aggregate over the orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change aggregate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over orders where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over all orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>This condition is kept but ignored (Ctrl+M to turn it back on)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionTemplates</name>
    <message>
        <source>Ordered products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products in the cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewed products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALL of these conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group that holds when every condition in it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ANY of these conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group that holds when at least one condition in it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newsletter status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's newsletter subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current cart: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions on the same billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default shipping address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions on the same shipping address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions on one of the saved addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inside an address group, or as a new billing address group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An aggregate over the customer's orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters which orders count, inside an orders group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers with (or without) matching items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inside a products group, or as a new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member of segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the customer is in other segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a member of segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the customer is in none of other segments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionTreeModel</name>
    <message>
        <source>%1 (muted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match this condition on its own</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy %1 conditions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionValueEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of days (fractions allowed: 0.5 is twelve hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick values from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a store</source>
        <translation>Se connecter à une boutique</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Remove the selected connection from this list (and its password from the keychain)</source>
        <translation>Retirer la connexion choisie de cette liste (et son mot de passe du trousseau)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
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
        <translation>/chemin/vers/boutique.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>Ouvrir la boutique de démonstration</translation>
    </message>
    <message>
        <source>magento</source>
        <translation>magento</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>No system keychain: the password is asked for each time</source>
        <translation>Pas de trousseau système : le mot de passe est demandé à chaque fois</translation>
    </message>
    <message>
        <source>optional, e.g. "Live shop (read-only copy)"</source>
        <translation>facultatif, p. ex. « Boutique en ligne (copie en lecture seule) »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>UTC (Magento's default)</source>
        <translation>UTC (par défaut dans Magento)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>&amp;Préfixe des tables :</translation>
    </message>
    <message>
        <source>Store time &amp;zone:</source>
        <translation>&amp;Fuseau horaire de la boutique :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Open a SQLite store</source>
        <translation>Ouvrir une boutique SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Test the connection to see whether Segmentor can read this store.</source>
        <translation>Testez la connexion pour savoir si Segmentor peut lire cette boutique.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <source>No demo store</source>
        <translation>Pas de boutique de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo store…</source>
        <translation>Création de la boutique de démonstration…</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <source>A realistic Magento store with %1 customers, generated on this computer the first time (about a minute).</source>
        <translation>Une boutique Magento réaliste de %1 clients, générée sur cet ordinateur la première fois (environ une minute).</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Generating %1 customers with their orders, carts and wishlists into %2.</source>
        <translation>Génération de %1 clients avec leurs commandes, paniers et listes d'envies dans %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Could not load the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · guest (orders without an account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · customer #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · no longer in the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No address on file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tel. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member of this segment since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in this segment's stored membership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded by hand on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included by hand on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#1b6e37'&gt;✔ The definition matches this customer now.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#a31d1d'&gt;✘ The definition does not match this customer now.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No explanation: the customer is not in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of an unsaved definition: no override or journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoStoreJob</name>
    <message>
        <source>Cancelled: no demo store was created.</source>
        <translation>Annulé : aucune boutique de démonstration n'a été créée.</translation>
    </message>
    <message>
        <source>Creating the demo store</source>
        <translation>Création de la boutique de démonstration</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Refresh “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='font-size:15pt'&gt;&lt;b style='color:#1b6e37'&gt;+%1&lt;/b&gt; would enter &amp;nbsp; &lt;b style='color:#a31d1d'&gt;−%2&lt;/b&gt; would leave&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The segment has %1 members now and would have %2 after the refresh. Nothing has changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would enter (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would leave (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Guest %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain a customer · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a customer id such as 42, or an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer id or e-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ the condition is true for this customer · ✘ it is false · muted conditions are shown in grey and ignored. A group set to FALSE wants its conditions to be false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a customer id or an e-mail address, then press Explain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– muted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluating the segment for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer cannot be explained: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no customer with id %1 in this store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer or guest with the e-mail "%1" in this store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is IN this segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is NOT in this segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guest (orders without an account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registered customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluated as of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the guest %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same e-mail also belongs to %1: enter an id to explain another one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error / details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
</context>
<context>
    <name>LiveCounter</name>
    <message>
        <source>No store is connected.</source>
        <translation type="unfinished" />
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
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1 — Segmentor</source>
        <translation>%1 — Segmentor</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to a store…</source>
        <translation>Se &amp;connecter à une boutique…</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>Connexions &amp;récentes</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>Ouvrir la boutique de &amp;démonstration</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Segmentor</source>
        <translation>À &amp;propos de Segmentor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>The demo store was not created: %1</source>
        <translation>La boutique de démonstration n'a pas été créée : %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Segmentor&lt;/h2&gt;&lt;p&gt;Preparing a demo store to explore: %1 customers with their orders, carts and wishlists, and five example segments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Segmentor&lt;/h2&gt;&lt;p&gt;Préparation d'une boutique de démonstration à explorer : %1 clients avec leurs commandes, paniers et listes d'envies, et cinq segments d'exemple.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The example segments could not be imported: %1</source>
        <translation>Les segments d'exemple n'ont pas pu être importés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message>
        <source>The new language applies the next time Segmentor starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de Segmentor.</translation>
    </message>
    <message>
        <source>About Segmentor</source>
        <translation>À propos de Segmentor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for Magento 2 stores: describe a segment as a tree of conditions and get its members, with the reason any one customer is in or out.&lt;/p&gt;&lt;p&gt;Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The demo store's catalog comes from the UCI Online Retail dataset (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Segmentation de la clientèle des boutiques Magento 2 : décrivez un segment comme un arbre de conditions et obtenez ses membres, avec la raison pour laquelle chaque client en fait partie ou non.&lt;/p&gt;&lt;p&gt;Boutiques : SQLite, MySQL/MariaDB, PostgreSQL. Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Le catalogue de la boutique de démonstration provient du jeu de données UCI Online Retail (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 members in all</source>
        <translation>%1 membres au total</translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search email or name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New in the last refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exclude…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the selected customers out of this segment, whatever the conditions say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the selected customers in this segment, whatever the conditions say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the conditions decide again for the selected customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See who would enter and leave, then refresh the membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluating the definition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1+ customers, counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · preview of the unsaved definition</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exclude %n customer(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n customer(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reason (optional, kept in the history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Override reset for %n customer(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1 customers to %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
    <message>
        <source>%1 customers exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n email(s) copied.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a member since the last refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined in the last refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Database driver missing</source>
        <translation>Pilote de base de données manquant</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <source>Not a Magento schema</source>
        <translation>Pas un schéma Magento</translation>
    </message>
    <message>
        <source>Missing tables</source>
        <translation>Tables manquantes</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>A Magento 2 store with %1 customers (server %2).</source>
        <translation>Une boutique Magento 2 de %1 clients (serveur %2).</translation>
    </message>
    <message>
        <source>A Magento 2 store with %1 customers.</source>
        <translation>Une boutique Magento 2 de %1 clients.</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>Il n'y a pas de fichier de boutique à l'emplacement %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-psql).</source>
        <translation>Le pilote Qt SQL %1 n'est pas installé (Debian : libqt6sql6-mysql ou libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Nothing answers at %1:%2. Check the host name and the port, and that the database server is running and reachable from this computer.</source>
        <translation>Rien ne répond à %1:%2. Vérifiez le nom d'hôte et le port, et que le serveur de base de données est démarré et joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The server answered but refused user "%1": check the user name and the password.</source>
        <translation>Le serveur a répondu mais a refusé l'utilisateur « %1 » : vérifiez le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server has no database named "%1" (or this user may not use it).</source>
        <translation>Le serveur n'a pas de base de données nommée « %1 » (ou cet utilisateur n'y a pas accès).</translation>
    </message>
    <message>
        <source>None of Magento's tables are in this database. Is it the right database, or do its tables have a prefix?</source>
        <translation>Aucune table Magento dans cette base. Est-ce la bonne base, ou ses tables ont-elles un préfixe ?</translation>
    </message>
    <message>
        <source>None of Magento's tables with the prefix "%1" are in this database. Check the table prefix.</source>
        <translation>Aucune table Magento avec le préfixe « %1 » dans cette base. Vérifiez le préfixe des tables.</translation>
    </message>
    <message numerus="yes">
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation><numerusform>Il manque à ce schéma Magento %n table lue par Segmentor : %1.</numerusform><numerusform>Il manque à ce schéma Magento %n tables lues par Segmentor : %1.</numerusform></translation>
    </message>
    <message>
        <source>The database said: %1</source>
        <translation>La base de données a répondu : %1</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>no segment with the code "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing who would enter and leave…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh cancelled: the membership is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshed: +%1, −%2, %3 members.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportJobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SalesDashboardWidget</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute the figures again from the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comparison period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one order status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing sales for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sales report failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 orders from %3 customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1: %2 orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · amounts in %1 (base currency) · statuses: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the statistics table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SalesMetrics</name>
    <message>
        <source>Grand total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers who ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SalesStatisticsModel</name>
    <message>
        <source>Every order of the period with the chosen statuses, and all customers of the store (registered and guests): the base of the percentages. Segments may overlap, so their rows do not add up to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current members of the segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members as a share of all customers of the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The members' orders in the period with the chosen statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of all orders in the period with the chosen statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts granted, as a positive amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average order value: grand total / orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AOV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Matched customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This segment cannot be saved: %1</source>
        <translation>Ce segment ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <source>e.g. VIP customers</source>
        <translation>p. ex. Clients VIP</translation>
    </message>
    <message>
        <source>e.g. vip-customers</source>
        <translation>p. ex. clients-vip</translation>
    </message>
    <message>
        <source>A unique short name used by exports, the command line and the REST API: lower-case letters, digits, - and _</source>
        <translation>Un nom court et unique, utilisé par les exports, la ligne de commande et l'API REST : minuscules, chiffres, - et _</translation>
    </message>
    <message>
        <source>Active (refreshed, exported and applied)</source>
        <translation>Actif (actualisé, exporté et appliqué)</translation>
    </message>
    <message>
        <source>all websites (or website ids, e.g. 1, 2)</source>
        <translation>tous les sites (ou numéros de site, p. ex. 1, 2)</translation>
    </message>
    <message>
        <source>Registered customers</source>
        <translation>Clients inscrits</translation>
    </message>
    <message>
        <source>Guests (by e-mail)</source>
        <translation>Invités (par e-mail)</translation>
    </message>
    <message>
        <source>Registered customers and guests</source>
        <translation>Clients inscrits et invités</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Scheduled (segmentor-cli refresh --all)</source>
        <translation>Planifiée (segmentor-cli refresh --all)</translation>
    </message>
    <message>
        <source>When a customer is in several segments that move customers to a group, the lowest priority wins</source>
        <translation>Quand un client est dans plusieurs segments qui déplacent vers un groupe, la priorité la plus basse l'emporte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <source>&amp;Apply to:</source>
        <translation>S'&amp;applique à :</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualisation :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Move the members to a customer group after each refresh</source>
        <translation>Déplacer les membres dans un groupe de clients après chaque actualisation</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>&amp;Groupe de clients :</translation>
    </message>
    <message>
        <source>Customers who leave the segment keep their group. Guests have no group and are not moved.</source>
        <translation>Les clients qui quittent le segment gardent leur groupe. Les invités n'ont pas de groupe et ne sont pas déplacés.</translation>
    </message>
    <message>
        <source>None ticked: all websites</source>
        <translation>Aucun coché : tous les sites</translation>
    </message>
    <message>
        <source>The segment needs a name.</source>
        <translation>Le segment doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ (at most 64 characters).</source>
        <translation>Le code doit commencer par une minuscule ou un chiffre et ne contenir que a-z, 0-9, - et _ (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose the customer group the members move to.</source>
        <translation>Choisissez le groupe de clients où vont les membres.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>New segment: %1</source>
        <translation>Nouveau segment : %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Loading segments</source>
        <translation>Chargement des segments</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Jamais actualisé</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation en cours</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>État de l'actualisation</translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message>
        <source>Filter segments by name, code or status…</source>
        <translation>Filtrer les segments par nom, code ou état…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No segments yet&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;New segment&lt;/b&gt; or import the example definitions with &lt;b&gt;Import…&lt;/b&gt; (the examples/ folder holds five).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de segment&lt;/h3&gt;&lt;p&gt;Créez-en un avec &lt;b&gt;Nouveau segment&lt;/b&gt; ou importez les définitions d'exemple avec &lt;b&gt;Importer…&lt;/b&gt; (le dossier examples/ en contient cinq).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Les segments n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the segment being refreshed kept its previous members.</source>
        <translation>Actualisation annulée ; le segment en cours garde ses membres précédents.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation><numerusform>%n segment actualisé : %1 entrés, %2 sortis.</numerusform><numerusform>%n segments actualisés : %1 entrés, %2 sortis.</numerusform></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échecs : %1</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <source>Create a segment (Ctrl+N)</source>
        <translation>Créer un segment (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import definitions…</source>
        <translation>&amp;Importer des définitions…</translation>
    </message>
    <message>
        <source>E&amp;xport definitions…</source>
        <translation>E&amp;xporter les définitions…</translation>
    </message>
    <message>
        <source>&amp;Refresh members</source>
        <translation>&amp;Actualiser les membres</translation>
    </message>
    <message>
        <source>Recompute the members of the selected segments (F5)</source>
        <translation>Recalculer les membres des segments choisis (F5)</translation>
    </message>
    <message>
        <source>Re&amp;load list</source>
        <translation>Re&amp;charger la liste</translation>
    </message>
    <message>
        <source>&amp;Find segment</source>
        <translation>&amp;Chercher un segment</translation>
    </message>
    <message>
        <source>Cancel refresh</source>
        <translation>Annuler l'actualisation</translation>
    </message>
    <message>
        <source>Delete the segment "%1" with its members, overrides and history?</source>
        <translation>Supprimer le segment « %1 » avec ses membres, exceptions et historique ?</translation>
    </message>
    <message>
        <source>Delete these %1 segments with their members, overrides and history?

%2</source>
        <translation>Supprimer ces %1 segments avec leurs membres, exceptions et historique ?

%2</translation>
    </message>
    <message>
        <source>Delete segments</source>
        <translation>Supprimer des segments</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n segment(s).</source>
        <translation><numerusform>%n segment supprimé.</numerusform><numerusform>%n segments supprimés.</numerusform></translation>
    </message>
    <message>
        <source>Could not duplicate %1: %2</source>
        <translation>Impossible de dupliquer %1 : %2</translation>
    </message>
    <message>
        <source>Created %1, an inactive copy of %2.</source>
        <translation>%1 créé, copie inactive de %2.</translation>
    </message>
    <message>
        <source>Import segment definitions</source>
        <translation>Importer des définitions de segments</translation>
    </message>
    <message>
        <source>Segment definitions (*.json)</source>
        <translation>Définitions de segments (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s): %1.</source>
        <translation><numerusform>%n segment importé : %1.</numerusform><numerusform>%n segments importés : %1.</numerusform></translation>
    </message>
    <message>
        <source>Export the definition</source>
        <translation>Exporter la définition</translation>
    </message>
    <message>
        <source>Export %1 definitions into a folder</source>
        <translation>Exporter %1 définitions dans un dossier</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 definitions to %2.</source>
        <translation>%1 définitions exportées vers %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>SegmentOperations</name>
    <message>
        <source>another segment already uses the code "%1"</source>
        <translation>un autre segment utilise déjà le code « %1 »</translation>
    </message>
    <message>
        <source>no segment with this code</source>
        <translation>aucun segment avec ce code</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <source>Refreshing %n segment(s)</source>
        <translation><numerusform>Actualisation de %n segment</numerusform><numerusform>Actualisation de %n segments</numerusform></translation>
    </message>
    <message>
        <source>Refreshing %1: %2</source>
        <translation>Actualisation de %1 : %2</translation>
    </message>
</context>
<context>
    <name>SegmentSummaryView</name>
    <message>
        <source>ALL</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>AU MOINS UNE</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>VRAIES</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FAUSSES</translation>
    </message>
    <message>
        <source>If &lt;b&gt;%1&lt;/b&gt; of these conditions are &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Si &lt;b&gt;%1&lt;/b&gt; de ces conditions sont &lt;b&gt;%2&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>No conditions: every customer the segment applies to is a member.</source>
        <translation>Aucune condition : chaque client concerné par le segment en est membre.</translation>
    </message>
    <message>
        <source>Select a segment to read its conditions here.</source>
        <translation>Choisissez un segment pour lire ses conditions ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected.</source>
        <translation><numerusform>%n segment sélectionné.</numerusform><numerusform>%n segments sélectionnés.</numerusform></translation>
    </message>
    <message>
        <source>registered customers</source>
        <translation>clients inscrits</translation>
    </message>
    <message>
        <source>guests (by e-mail)</source>
        <translation>invités (par e-mail)</translation>
    </message>
    <message>
        <source>registered customers and guests</source>
        <translation>clients inscrits et invités</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Applies to %1 of %2</source>
        <translation>S'applique aux %1 de %2</translation>
    </message>
    <message>
        <source>all websites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>websites %1</source>
        <translation>les sites %1</translation>
    </message>
    <message>
        <source>%1 members at the last refresh (%2)</source>
        <translation>%1 membres à la dernière actualisation (%2)</translation>
    </message>
    <message>
        <source>Not refreshed yet: no members are stored</source>
        <translation>Pas encore actualisé : aucun membre enregistré</translation>
    </message>
    <message>
        <source>Refreshed on schedule</source>
        <translation>Actualisé selon la planification</translation>
    </message>
    <message>
        <source>Refreshed by hand</source>
        <translation>Actualisé à la main</translation>
    </message>
    <message>
        <source>Moves its members to customer group %1 (priority %2)</source>
        <translation>Déplace ses membres dans le groupe de clients %1 (priorité %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inactive&lt;/b&gt;: not refreshed, exported or applied</source>
        <translation>&lt;b&gt;Inactif&lt;/b&gt; : ni actualisé, ni exporté, ni appliqué</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>SQLite</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement that selects the members of this segment: one row per member, &lt;b&gt;customer_id&lt;/b&gt; for customers and &lt;b&gt;guest_key&lt;/b&gt; (the e-mail) for guests. Values are bound, never written into the text: each &lt;b&gt;?&lt;/b&gt; takes the value listed on the right, in the same order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the connected store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy SQL and values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the statement followed by its bound values as SQL comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bound values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Bound values&lt;/b&gt;, in the order of the &lt;b&gt;?&lt;/b&gt; placeholders</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the statement and its %n bound value(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Compiling for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#b00020'&gt;The SQL cannot be shown: %1&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seg_fold() is Segmentor's Unicode case folding, registered on its own SQLite connections: to run this statement elsewhere, replace it with lower().</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n bound value(s) · evaluated as of now in the store's time zone.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
</TS>