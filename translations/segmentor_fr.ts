<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiPane</name>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="39"/>
        <source>Cannot read the integrations: %1</source>
        <translation>Impossible de lire les intégrations : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="69"/>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="70"/>
        <source>Serve the REST API</source>
        <translation>Servir l&apos;API REST</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="72"/>
        <source>HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses open it to the network.</source>
        <translation>HÔTE:PORT. 127.0.0.1 garde l&apos;API sur cet ordinateur ; d&apos;autres adresses l&apos;ouvrent au réseau.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="79"/>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="88"/>
        <source>Create token…</source>
        <translation>Créer un jeton…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="89"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="97"/>
        <source>Requests appear here while the API is on.</source>
        <translation>Les requêtes s&apos;affichent ici tant que l&apos;API est active.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="104"/>
        <source>Tokens (stored hashed; a token is shown once, when created):</source>
        <translation>Jetons (stockés hachés ; un jeton n&apos;est montré qu&apos;une fois, à sa création) :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="107"/>
        <source>Request log:</source>
        <translation>Journal des requêtes :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="194"/>
        <source>— stopped —</source>
        <translation>— arrêtée —</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="200"/>
        <source>Off. Marketing tools and scripts can read segments and members over HTTP with a token.</source>
        <translation>Arrêtée. Les outils marketing et les scripts peuvent lire segments et membres en HTTP avec un jeton.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="205"/>
        <source>Serving on http://%1/v1/ — try %2</source>
        <translation>En service sur http://%1/v1/ — essayez %2</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="208"/>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Ouverte au réseau : les jetons circulent en clair sans proxy TLS devant.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="219"/>
        <source>Enter the address as HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>Saisissez l&apos;adresse sous la forme HÔTE:PORT, p. ex. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="221"/>
        <source>Cannot serve the API: %1</source>
        <translation>Impossible de servir l&apos;API : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="245"/>
        <source>Create API token</source>
        <translation>Créer un jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="247"/>
        <source>e.g. crm-sync</source>
        <translation>p. ex. crm-sync</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="248"/>
        <source>May refresh segments (write access)</source>
        <translation>Peut actualiser les segments (accès en écriture)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="250"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="253"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="273"/>
        <source>The token was not created: %1</source>
        <translation>Le jeton n&apos;a pas été créé : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="293"/>
        <source>Token %1</source>
        <translation>Jeton %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="295"/>
        <source>Copy the token now: it is not stored and cannot be shown again. Send it as
Authorization: Bearer &lt;token&gt;</source>
        <translation>Copiez le jeton maintenant : il n&apos;est pas stocké et ne pourra plus être affiché. Envoyez-le ainsi :
Authorization: Bearer &lt;jeton&gt;</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="302"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="318"/>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="319"/>
        <source>Revoke the token &quot;%1&quot;? Tools using it stop getting answers at once.</source>
        <translation>Révoquer le jeton « %1 » ? Les outils qui l&apos;utilisent n&apos;obtiendront plus de réponse.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apipane.cpp" line="330"/>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n&apos;a pas été révoqué : %1</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="43"/>
        <source>read + refresh</source>
        <translation>lecture + actualisation</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="43"/>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="55"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="57"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/integrations/apitokentablemodel.cpp" line="59"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>AsOfField</name>
    <message>
        <location filename="../ui/builder/asoffield.cpp" line="9"/>
        <source>Evaluate as &amp;of</source>
        <translation>Évaluer à la &amp;date du</translation>
    </message>
    <message>
        <location filename="../ui/builder/asoffield.cpp" line="12"/>
        <source>Count and preview the segment as it was at this time: orders, carts, wishlists, views, logins and customers created later are ignored, and &quot;in the last N days&quot; counts back from this time. Later edits and status changes are not undone.</source>
        <translation>Compter et prévisualiser le segment tel qu&apos;il était à ce moment : les commandes, paniers, listes d&apos;envies, consultations, connexions et clients créés plus tard sont ignorés, et « dans les N derniers jours » compte à partir de ce moment. Les modifications et changements de statut ultérieurs ne sont pas annulés.</translation>
    </message>
</context>
<context>
    <name>BackgroundWorkIndicator</name>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="22"/>
        <source>Stop this task</source>
        <translation>Arrêter cette tâche</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/backgroundworkindicator.cpp" line="42"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilders</name>
    <message>
        <location filename="../ui/dashboard/chartbuckets.cpp" line="19"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="87"/>
        <source>%1 by segment</source>
        <translation>%1 par segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="118"/>
        <source>%1 · %2
%3: %4
Orders: %5 · Customers who ordered: %6</source>
        <translation>%1 · %2
%3 : %4
Commandes : %5 · Clients ayant commandé : %6</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="143"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="144"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="145"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="146"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="158"/>
        <source>%1 (part)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="173"/>
        <source>%1 (comparison)</source>
        <translation>%1 (comparaison)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="184"/>
        <source>%1
%2
%3: %4</source>
        <translation>%1
%2
%3 : %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="195"/>
        <source>Solid: %1 · dashed: %2</source>
        <translation>Trait plein : %1 · pointillés : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="211"/>
        <source>Segment size over time</source>
        <translation>Taille du segment dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="232"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="253"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="254"/>
        <source>%1 has %2 members</source>
        <translation>%1 compte %2 membres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartbuilders.cpp" line="260"/>
        <source>%1 of the %2 members of %3 (%4) are also in %5.
Double-click to list them.</source>
        <translation>%1 des %2 membres de %3 (%4) sont aussi dans %5.
Double-cliquez pour les afficher.</translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="86"/>
        <source>%1 (comparison)</source>
        <translation>%1 (comparaison)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="175"/>
        <source>Refreshed at</source>
        <translation>Actualisé le</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartrender.cpp" line="200"/>
        <source>%1
%2: %3 members</source>
        <translation>%1
%2 : %3 membres</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="22"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="27"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="95"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="97"/>
        <source>all %1</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/checklistbutton.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ConditionBuilderWidget</name>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="125"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="127"/>
        <source>%L1 members</source>
        <translation>%L1 membres</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="128"/>
        <source>match all conditions (counted in %L1 s)</source>
        <translation>remplissent toutes les conditions (compté en %L1 s)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="143"/>
        <source>Counting failed: %1</source>
        <translation>Échec du comptage : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="175"/>
        <source>Add condition…</source>
        <translation>Ajouter une condition…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="179"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="181"/>
        <source>Wrap in group</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="184"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="186"/>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="578"/>
        <source>Mute</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="188"/>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="580"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="190"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="192"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="194"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="207"/>
        <source>Show SQL</source>
        <translation>Afficher le SQL</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="208"/>
        <source>The statement that selects the members, with its bound values</source>
        <translation>La requête qui sélectionne les membres, avec ses valeurs liées</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="209"/>
        <source>Explain a customer…</source>
        <translation>Expliquer un client…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="211"/>
        <source>See which conditions one customer passes or fails, and why</source>
        <translation>Voir quelles conditions un client remplit ou non, et pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="213"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="218"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="257"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="276"/>
        <source>Connect to a store to count the members</source>
        <translation>Connectez une boutique pour compter les membres</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="297"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="310"/>
        <source>Condition types</source>
        <translation>Types de conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="313"/>
        <source>Drag into a group, or press Enter to add where the cursor is.</source>
        <translation>Glissez dans un groupe, ou appuyez sur Entrée pour ajouter à l&apos;emplacement du curseur.</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="514"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="530"/>
        <source>Fix the highlighted conditions to count the members</source>
        <translation>Corrigez les conditions surlignées pour compter les membres</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="578"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="580"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="604"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="616"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="688"/>
        <source>Move condition up</source>
        <translation>Monter la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="688"/>
        <source>Move condition down</source>
        <translation>Descendre la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="127"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="197"/>
        <source>Edit condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="362"/>
        <source>The store could not be read: %1</source>
        <translation>La boutique n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="22"/>
        <source>&quot;%1&quot; is locked: unlock it first (Ctrl+L)</source>
        <translation>« %1 » est verrouillé : déverrouillez-le d&apos;abord (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="60"/>
        <source>Lock condition</source>
        <translation>Verrouiller la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderlocks.cpp" line="60"/>
        <source>Unlock condition</source>
        <translation>Déverrouiller la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionbuilderwidget.cpp" line="133"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>ConditionChooserDialog</name>
    <message>
        <location filename="../ui/builder/conditionchooserdialog.cpp" line="13"/>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionchooserdialog.cpp" line="18"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>ConditionPalette</name>
    <message>
        <location filename="../ui/builder/conditionpalette.cpp" line="84"/>
        <source>Find a condition type</source>
        <translation>Chercher un type de condition</translation>
    </message>
</context>
<context>
    <name>ConditionPaletteTree</name>
    <message>
        <location filename="../ui/builder/conditionpalette.cpp" line="28"/>
        <source>Condition types</source>
        <translation>Types de conditions</translation>
    </message>
</context>
<context>
    <name>ConditionRowEditor</name>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="30"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="370"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="31"/>
        <source>Cart</source>
        <translation>Panier</translation>
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
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="34"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="65"/>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="202"/>
        <source>ALL</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="202"/>
        <source>ANY</source>
        <translation>AU MOINS UNE</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="203"/>
        <source>Click to switch between ALL and ANY</source>
        <translation>Cliquez pour basculer entre TOUTES et AU MOINS UNE</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="206"/>
        <source>Switch to ALL</source>
        <translation>Passer à TOUTES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="206"/>
        <source>Switch to ANY</source>
        <translation>Passer à AU MOINS UNE</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>TRUE</source>
        <translation>VRAIES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>FALSE</source>
        <translation>FAUSSES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="209"/>
        <source>Click to switch between TRUE and FALSE</source>
        <translation>Cliquez pour basculer entre VRAIES et FAUSSES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="213"/>
        <source>Switch to TRUE</source>
        <translation>Passer à VRAIES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="213"/>
        <source>Switch to FALSE</source>
        <translation>Passer à FAUSSES</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="225"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="233"/>
        <source>Change operator to &quot;%1&quot;</source>
        <translation>Changer l&apos;opérateur en « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="242"/>
        <source>Change value</source>
        <translation>Changer la valeur</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="267"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="286"/>
        <source>Change attribute to &quot;%1&quot;</source>
        <translation>Changer l&apos;attribut en « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="292"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="301"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="303"/>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="304"/>
        <source>Products in the cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="305"/>
        <source>Products in the wishlist</source>
        <translation>Produits de la liste d&apos;envies</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="306"/>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="308"/>
        <source>Which products are looked at</source>
        <translation>Quels produits sont examinés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="315"/>
        <source>Change product source</source>
        <translation>Changer la source des produits</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="317"/>
        <source>include</source>
        <translation>contiennent</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="317"/>
        <source>include no</source>
        <translation>ne contiennent aucun</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="318"/>
        <source>Click to switch between items found and no item found</source>
        <translation>Cliquez pour basculer entre « articles trouvés » et « aucun article trouvé »</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="322"/>
        <source>Require matching items</source>
        <translation>Exiger des articles correspondants</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="322"/>
        <source>Require no matching item</source>
        <translation>N&apos;exiger aucun article correspondant</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="326"/>
        <source>at least one</source>
        <translation>au moins un</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="326"/>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="327"/>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="327"/>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="328"/>
        <source>not exactly</source>
        <translation>pas exactement</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="328"/>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="329"/>
        <source>fewer than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="329"/>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="332"/>
        <source>How many matching items</source>
        <translation>Combien d&apos;articles correspondants</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="346"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="356"/>
        <source>Change item count</source>
        <translation>Changer le nombre d&apos;articles</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="363"/>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="363"/>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="26"/>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="364"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="424"/>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="364"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="424"/>
        <location filename="../ui/builder/conditionroweditor.cpp" line="450"/>
        <source>of these are</source>
        <translation>de ces conditions sont</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="369"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="371"/>
        <source>is in none of</source>
        <translation>n&apos;est dans aucun de</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="371"/>
        <source>is in one of</source>
        <translation>est dans l&apos;un de</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="372"/>
        <source>Click to switch between in and not in</source>
        <translation>Cliquez pour basculer entre « dans » et « pas dans »</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="376"/>
        <source>Switch segment membership</source>
        <translation>Inverser l&apos;appartenance au segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="386"/>
        <source>Change segments</source>
        <translation>Changer les segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="406"/>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="406"/>
        <source>of these conditions are</source>
        <translation>de ces conditions sont</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="414"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="415"/>
        <source>Default shipping address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="416"/>
        <source>Any saved address</source>
        <translation>N&apos;importe quelle adresse enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="422"/>
        <source>Change address</source>
        <translation>Changer l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="428"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="433"/>
        <source>Aggregate over the orders</source>
        <translation>Agrégat sur les commandes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="445"/>
        <source>Change aggregate</source>
        <translation>Changer l&apos;agrégat</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="450"/>
        <source>over orders where</source>
        <translation>sur les commandes où</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="452"/>
        <source>over all orders</source>
        <translation>sur toutes les commandes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="474"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="476"/>
        <source>Locked: it and the conditions inside it cannot be edited, moved or deleted (Ctrl+L unlocks)</source>
        <translation>Verrouillé : ni elle ni les conditions qu&apos;elle contient ne peuvent être modifiées, déplacées ou supprimées (Ctrl+L déverrouille)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="481"/>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="482"/>
        <source>This condition is kept but ignored (Ctrl+M to turn it back on)</source>
        <translation>Cette condition est conservée mais ignorée (Ctrl+M pour la réactiver)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditor.cpp" line="265"/>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="27"/>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="28"/>
        <source>spent</source>
        <translation>dépensés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="29"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="33"/>
        <source>What is counted: matching items, their quantity, the amount spent on them (base currency) or the orders they are in</source>
        <translation>Ce qui est compté : les articles correspondants, leur quantité, le montant dépensé (devise de base) ou les commandes qui les contiennent</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="41"/>
        <source>Count %1</source>
        <translation>Compter : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="47"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="53"/>
        <source>Recency: the last order (later is better); frequency: the number of orders; monetary: lifetime sales. Scores 1 to 5 by quintile among the segment&apos;s customers with orders.</source>
        <translation>Récence : la dernière commande (plus récente = mieux) ; fréquence : le nombre de commandes ; monétaire : le chiffre d&apos;affaires cumulé. Scores de 1 à 5 par quintile parmi les clients du segment ayant commandé.</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="62"/>
        <source>Change RFM score</source>
        <translation>Changer le score RFM</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="69"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="70"/>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="77"/>
        <source>The share of the customers kept, the same at every refresh</source>
        <translation>La part des clients retenue, la même à chaque actualisation</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="83"/>
        <source>Change sample size</source>
        <translation>Changer la taille de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="85"/>
        <source>of the customers, seed</source>
        <translation>des clients, graine</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="88"/>
        <source>Another seed draws another sample; the same seed the same one</source>
        <translation>Une autre graine tire un autre échantillon ; la même graine, le même</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="95"/>
        <source>Change sample seed</source>
        <translation>Changer la graine de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="103"/>
        <source>by their conditions</source>
        <translation>selon leurs conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="104"/>
        <source>by their stored members</source>
        <translation>selon leurs membres enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="108"/>
        <source>By their conditions: evaluated now, like the segments&apos; own rules. By their stored members: the member lists as the last refresh left them, with the customers included or excluded by hand (the segments refresh first when all are refreshed)</source>
        <translation>Selon leurs conditions : évaluées maintenant, comme les règles des segments. Selon leurs membres enregistrés : les listes de membres telles que la dernière actualisation les a laissées, avec les clients inclus ou exclus à la main (ces segments sont actualisés en premier quand tous le sont)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionroweditorscores.cpp" line="117"/>
        <source>Read segments %1</source>
        <translation>Lire les segments %1</translation>
    </message>
</context>
<context>
    <name>ConditionTemplates</name>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="39"/>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="40"/>
        <source>Products in the cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="42"/>
        <source>Products in the wishlist</source>
        <translation>Produits de la liste d&apos;envies</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="43"/>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="96"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="98"/>
        <source>ALL of these conditions</source>
        <translation>TOUTES ces conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="99"/>
        <source>A group that holds when every condition in it holds</source>
        <translation>Un groupe vrai quand toutes ses conditions sont vraies</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="102"/>
        <source>ANY of these conditions</source>
        <translation>AU MOINS UNE condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="103"/>
        <source>A group that holds when at least one condition in it holds</source>
        <translation>Un groupe vrai quand au moins une de ses conditions est vraie</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="114"/>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="118"/>
        <source>Newsletter status</source>
        <translation>Statut newsletter</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="119"/>
        <source>The customer&apos;s newsletter subscription</source>
        <translation>L&apos;abonnement du client à la newsletter</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="125"/>
        <source>The current cart: %1</source>
        <translation>Le panier actuel : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="128"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="129"/>
        <source>Conditions on the same billing address</source>
        <translation>Conditions sur la même adresse de facturation</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="131"/>
        <source>Default shipping address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="132"/>
        <source>Conditions on the same shipping address</source>
        <translation>Conditions sur la même adresse de livraison</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="134"/>
        <source>Any address</source>
        <translation>N&apos;importe quelle adresse</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="135"/>
        <source>Conditions on one of the saved addresses</source>
        <translation>Conditions sur l&apos;une des adresses enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="141"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="142"/>
        <source>Inside an address group, or as a new billing address group</source>
        <translation>Dans un groupe d&apos;adresse, ou comme nouveau groupe d&apos;adresse de facturation</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="148"/>
        <source>An aggregate over the customer&apos;s orders</source>
        <translation>Un agrégat sur les commandes du client</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="154"/>
        <source>Order: %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="155"/>
        <source>Filters which orders count, inside an orders group</source>
        <translation>Filtre les commandes prises en compte, dans un groupe de commandes</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="161"/>
        <source>Customers with (or without) matching items</source>
        <translation>Clients avec (ou sans) articles correspondants</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="168"/>
        <source>Amount spent on products</source>
        <translation>Montant dépensé en produits</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="169"/>
        <source>The sum of the matching items&apos; row totals (base currency)</source>
        <translation>La somme des totaux de ligne des articles correspondants (devise de base)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="174"/>
        <source>Orders with products</source>
        <translation>Commandes avec des produits</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="175"/>
        <source>The number of orders with a matching item</source>
        <translation>Le nombre de commandes contenant un article correspondant</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="183"/>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="184"/>
        <source>Inside a products group, or as a new one</source>
        <translation>Dans un groupe de produits, ou comme nouveau groupe</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="196"/>
        <source>A score from 1 to 5 among the segment&apos;s customers with orders</source>
        <translation>Un score de 1 à 5 parmi les clients du segment ayant commandé</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="206"/>
        <source>Random sample</source>
        <translation>Échantillon aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="207"/>
        <source>A stable random share of the customers, for test and control groups</source>
        <translation>Une part aléatoire et stable des clients, pour les groupes test et témoin</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="215"/>
        <source>Member of segments</source>
        <translation>Membre de segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="215"/>
        <source>Whether the customer is in other segments</source>
        <translation>Si le client est dans d&apos;autres segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="219"/>
        <source>Not a member of segments</source>
        <translation>Pas membre de segments</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="220"/>
        <source>Whether the customer is in none of other segments</source>
        <translation>Si le client n&apos;est dans aucun autre segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="225"/>
        <source>In the stored member lists</source>
        <translation>Dans les listes de membres enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontemplates.cpp" line="226"/>
        <source>Whether the customer is on other segments&apos; member lists as they stand, manual includes and excludes counted</source>
        <translation>Si le client figure sur les listes de membres d&apos;autres segments telles qu&apos;elles sont, inclusions et exclusions manuelles comprises</translation>
    </message>
</context>
<context>
    <name>ConditionTreeController</name>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="35"/>
        <source>Move condition</source>
        <translation>Déplacer la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="35"/>
        <source>Move %1 conditions</source>
        <translation>Déplacer %1 conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="40"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="41"/>
        <source>Copy condition</source>
        <translation>Copier la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="41"/>
        <source>Copy %1 conditions</source>
        <translation>Copier %1 conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="58"/>
        <source>Delete condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="59"/>
        <source>Delete %1 conditions</source>
        <translation>Supprimer %1 conditions</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="76"/>
        <source>Mute</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="76"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="92"/>
        <source>Wrap in group</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="104"/>
        <source>Duplicate condition</source>
        <translation>Dupliquer la condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreecontroller.cpp" line="105"/>
        <source>Duplicate %1 conditions</source>
        <translation>Dupliquer %1 conditions</translation>
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
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="312"/>
        <source>muted</source>
        <translation>désactivée</translation>
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
            <numerusform>%n membre remplit cette condition à lui seul</numerusform>
            <numerusform>%n membres remplissent cette condition à elle seule</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="340"/>
        <source>Counted in %1: a slow condition, it slows every count and refresh</source>
        <translation>Comptée en %1 : une condition lente, elle ralentit chaque comptage et chaque actualisation</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="341"/>
        <source>Counted in %1</source>
        <translation>Comptée en %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="368"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditiontreemodel.cpp" line="368"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>ConditionValueEditor</name>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="87"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="87"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="142"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="149"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="151"/>
        <source>days ago</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="158"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="173"/>
        <source>Number of days (fractions allowed: 0.5 is twelve hours)</source>
        <translation>Nombre de jours (fractions permises : 0,5 vaut douze heures)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="192"/>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="216"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ</translation>
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
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="333"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="334"/>
        <source>Pick values from the list</source>
        <translation>Choisir des valeurs dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/builder/conditionvalueeditor.cpp" line="341"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="56"/>
        <source>Connect to a store</source>
        <translation>Se connecter à une boutique</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="81"/>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="85"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="87"/>
        <source>Remove the selected connection from this list (and its password from the keychain)</source>
        <translation>Retirer la connexion choisie de cette liste (et son mot de passe du trousseau)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="92"/>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
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
        <translation>/chemin/vers/boutique.db</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="116"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="118"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="119"/>
        <source>Open the demo store</source>
        <translation>Ouvrir la boutique de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="143"/>
        <source>magento</source>
        <translation>magento</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="150"/>
        <source>Remember the password in the system keychain</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="141"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="144"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="146"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="155"/>
        <source>No system keychain: the password is asked for each time</source>
        <translation>Pas de trousseau système : le mot de passe est demandé à chaque fois</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="161"/>
        <source>optional, e.g. &quot;Live shop (read-only copy)&quot;</source>
        <translation>facultatif, p. ex. « Boutique en ligne (copie en lecture seule) »</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="163"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="167"/>
        <source>UTC (Magento&apos;s default)</source>
        <translation>UTC (par défaut dans Magento)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="112"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="170"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="171"/>
        <source>Table &amp;prefix:</source>
        <translation>&amp;Préfixe des tables :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="172"/>
        <source>Store time &amp;zone:</source>
        <translation>&amp;Fuseau horaire de la boutique :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="189"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="191"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="208"/>
        <source>Open a SQLite store</source>
        <translation>Ouvrir une boutique SQLite</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="209"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="279"/>
        <source>Test the connection to see whether Segmentor can read this store.</source>
        <translation>Testez la connexion pour savoir si Segmentor peut lire cette boutique.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="360"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="360"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="374"/>
        <source>Demo store</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="387"/>
        <source>No demo store</source>
        <translation>Pas de boutique de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="398"/>
        <source>Creating the demo store…</source>
        <translation>Création de la boutique de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="441"/>
        <source>Password not stored</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="121"/>
        <source>A realistic Magento store with %1 customers, generated on this computer the first time (about a minute).</source>
        <translation>Une boutique Magento réaliste de %1 clients, générée sur cet ordinateur la première fois (environ une minute).</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="138"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="149"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="399"/>
        <source>Generating %1 customers with their orders, carts and wishlists into %2.</source>
        <translation>Génération de %1 clients avec leurs commandes, paniers et listes d&apos;envies dans %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../ui/support/connectionprofile.cpp" line="11"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="75"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="78"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="107"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="vanished">Expliquer</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="146"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="146"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="vanished">Journal</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="135"/>
        <source>Explain…</source>
        <translation>Expliquer…</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="138"/>
        <source>Open the condition-by-condition explanation for this customer</source>
        <translation>Ouvrir l’explication condition par condition pour ce client</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="144"/>
        <source>&lt;b&gt;Journal&lt;/b&gt; — when this customer entered or left the segment</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt; — quand ce client est entré dans le segment ou l’a quitté</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="148"/>
        <source>This segment</source>
        <translation>Ce segment</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="149"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="150"/>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
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
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="152"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="187"/>
        <source>Could not load the customer</source>
        <translation>Impossible de charger le client</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="199"/>
        <source>%1 · guest (orders without an account)</source>
        <translation>%1 · invité (commandes sans compte)</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="200"/>
        <source>%1 · customer #%2</source>
        <translation>%1 · client n° %2</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="201"/>
        <source>%1 · no longer in the store</source>
        <translation>%1 · n&apos;est plus dans la boutique</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="211"/>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="212"/>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="216"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="219"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="220"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="221"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="222"/>
        <source>Customer group</source>
        <translation>Groupe de clients</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="223"/>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="224"/>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="227"/>
        <source>Lifetime sales</source>
        <translation>Ventes cumulées</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="230"/>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="232"/>
        <source>First order</source>
        <translation>Première commande</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="233"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="236"/>
        <source>No address on file</source>
        <translation>Aucune adresse enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="247"/>
        <source>Tel. %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="259"/>
        <source>Member of this segment since %1.</source>
        <translation>Membre de ce segment depuis le %1.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="261"/>
        <source>Not in this segment&apos;s stored membership.</source>
        <translation>Pas dans les membres enregistrés de ce segment.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="263"/>
        <source>Excluded by hand on %1.</source>
        <translation>Exclu à la main le %1.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="264"/>
        <source>Included by hand on %1.</source>
        <translation>Inclus à la main le %1.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="267"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="275"/>
        <source>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ The definition matches this customer now&lt;/b&gt; — the exclusion keeps them out.</source>
        <translation>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ La définition correspond maintenant à ce client&lt;/b&gt; — l’exclusion le maintient dehors.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="277"/>
        <source>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ The definition matches this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e37&apos;&gt;✔ La définition correspond à ce client maintenant.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="280"/>
        <source>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ The definition does not match this customer now&lt;/b&gt; — the inclusion keeps them in.</source>
        <translation>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ La définition ne correspond plus à ce client&lt;/b&gt; — l’inclusion le garde dedans.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="282"/>
        <source>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ The definition does not match this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#a31d1d&apos;&gt;✘ La définition ne correspond pas à ce client maintenant.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="287"/>
        <source>No explanation: the customer is not in the store.</source>
        <translation>Pas d&apos;explication : le client n&apos;est pas dans la boutique.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="290"/>
        <source>Preview of an unsaved definition: no override or journal.</source>
        <translation>Aperçu d&apos;une définition non enregistrée : ni exception ni journal.</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="295"/>
        <source>Entered</source>
        <translation>Entré</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="295"/>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="296"/>
        <source>No entries yet</source>
        <translation>Aucune entrée pour l’instant</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation type="vanished">Aucune entrée</translation>
    </message>
    <message>
        <location filename="../ui/members/customerdetailsdialog.cpp" line="301"/>
        <source>Segments (%1)</source>
        <translation>Segments (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="20"/>
        <source>Sales by segment</source>
        <translation>Ventes par segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="21"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="22"/>
        <source>Size over time</source>
        <translation>Taille dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpane.cpp" line="23"/>
        <source>Overlap</source>
        <translation>Recoupement</translation>
    </message>
</context>
<context>
    <name>DemoStoreJob</name>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="23"/>
        <source>Cancelled: no demo store was created.</source>
        <translation>Annulé : aucune boutique de démonstration n&apos;a été créée.</translation>
    </message>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="61"/>
        <source>Creating the demo store</source>
        <translation>Création de la boutique de démonstration</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="21"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="24"/>
        <source>e.g. Newsletter</source>
        <translation>p. ex. Newsletter</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="26"/>
        <source>Mailchimp audience</source>
        <translation>Audience Mailchimp</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="27"/>
        <source>Klaviyo list</source>
        <translation>Liste Klaviyo</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="35"/>
        <source>Transactional (no marketing consent)</source>
        <translation>Transactionnel (sans consentement marketing)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="37"/>
        <source>Subscribed (they opted in)</source>
        <translation>Abonnés (ils ont consenti)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="38"/>
        <source>Pending (Mailchimp asks them to confirm)</source>
        <translation>En attente (Mailchimp leur demande de confirmer)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="40"/>
        <source>New contacts:</source>
        <translation>Nouveaux contacts :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="85"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="86"/>
        <source>Tool:</source>
        <translation>Outil :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="75"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="131"/>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="76"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="132"/>
        <source>API address:</source>
        <translation>Adresse de l&apos;API :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="77"/>
        <location filename="../ui/integrations/destinationdialog.cpp" line="134"/>
        <source>Push after each refresh of:</source>
        <translation>Envoyer après chaque actualisation de :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="139"/>
        <source>The API key is kept in the system keychain, never in Segmentor&apos;s tables.</source>
        <translation>La clé d&apos;API est gardée dans le trousseau du système, jamais dans les tables de Segmentor.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="125"/>
        <source>Audience id:</source>
        <translation>Identifiant d&apos;audience :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="28"/>
        <source>Webhook (enter/exit events)</source>
        <translation>Webhook (événements d&apos;entrée/sortie)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="58"/>
        <source>Entered</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="59"/>
        <source>Left</source>
        <translation>Sortis</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="60"/>
        <source>Scheduled refresh failed</source>
        <translation>Échec d&apos;une actualisation planifiée</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="73"/>
        <source> events per request</source>
        <translation> événements par requête</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="91"/>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="92"/>
        <source>Batches:</source>
        <translation>Lots :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="125"/>
        <source>List id:</source>
        <translation>Identifiant de liste :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="126"/>
        <source>e.g. a1b2c3d4e5</source>
        <translation>p. ex. a1b2c3d4e5</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="126"/>
        <source>e.g. XyZ123</source>
        <translation>p. ex. XyZ123</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="131"/>
        <source>Signing secret:</source>
        <translation>Secret de signature :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="132"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="133"/>
        <source>Send the joiners and leavers of:</source>
        <translation>Envoyer les entrants et les sortants de :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="135"/>
        <source>Each request is signed: X-Segmentor-Signature is sha256= and the HMAC-SHA256 of &quot;timestamp.body&quot; with the secret. The secret is kept in the system keychain, never in Segmentor&apos;s tables.</source>
        <translation>Chaque requête est signée : X-Segmentor-Signature vaut sha256= suivi du HMAC-SHA256 de « timestamp.body » avec le secret. Le secret est gardé dans le trousseau du système, jamais dans les tables de Segmentor.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="147"/>
        <source>https://example.com/hooks/segmentor</source>
        <translation>https://example.com/hooks/segmentor</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="161"/>
        <source>Edit destination %1</source>
        <translation>Modifier la destination %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="171"/>
        <source>stored; type a new key to replace it</source>
        <translation>enregistrée ; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="172"/>
        <source>not stored yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="214"/>
        <source>Give the destination a name.</source>
        <translation>Donnez un nom à la destination.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="216"/>
        <source>Choose at least one event.</source>
        <translation>Choisissez au moins un événement.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="218"/>
        <source>Choose the segments whose joiners and leavers are sent.</source>
        <translation>Choisissez les segments dont les entrants et les sortants sont envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="221"/>
        <source>Enter the Mailchimp audience id (Audience → Settings → Audience name and defaults).</source>
        <translation>Saisissez l&apos;identifiant d&apos;audience Mailchimp (Audience → Settings → Audience name and defaults).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="223"/>
        <source>Enter the Klaviyo list id (Lists &amp; segments → the list → Settings).</source>
        <translation>Saisissez l&apos;identifiant de liste Klaviyo (Lists &amp; segments → la liste → Settings).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="226"/>
        <source>The URL must start with https:// (or http://).</source>
        <translation>L&apos;URL doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="227"/>
        <source>The API address must start with https://.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="229"/>
        <source>Enter the signing secret (share it with the receiver).</source>
        <translation>Saisissez le secret de signature (à partager avec le destinataire).</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationdialog.cpp" line="230"/>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="83"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="85"/>
        <source>Audience / list / URL</source>
        <translation>Audience / liste / URL</translation>
    </message>
    <message>
        <source>Audience / list</source>
        <translation type="vanished">Audience / liste</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="87"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationtablemodel.cpp" line="89"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>DestinationsPane</name>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="78"/>
        <source>Cannot read the integrations: %1</source>
        <translation>Impossible de lire les intégrations : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="104"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="106"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="107"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="108"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="118"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="122"/>
        <source>Preview only (dry run)</source>
        <translation>Aperçu seulement (simulation)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="123"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="131"/>
        <source>Choose a destination and a segment, then Sync now: only the changes since the last sync are sent.</source>
        <translation>Choisissez une destination et un segment, puis Synchroniser maintenant : seuls les changements depuis la dernière synchronisation sont envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="136"/>
        <source>Segment:</source>
        <translation>Segment :</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="146"/>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="151"/>
        <location filename="../ui/integrations/destinationspane.cpp" line="280"/>
        <source>Refused members of the selected sync</source>
        <translation>Membres refusés de la synchronisation choisie</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="281"/>
        <source>The selected sync has no refused members.</source>
        <translation>La synchronisation choisie n&apos;a aucun membre refusé.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="332"/>
        <source>Remove destination</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="333"/>
        <source>Remove the destination &quot;%1&quot; with its sync history and stored API key? Nothing is deleted in the tool itself.</source>
        <translation>Retirer la destination « %1 » avec son historique et sa clé d&apos;API ? Rien n&apos;est supprimé dans l&apos;outil lui-même.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="344"/>
        <source>The API key could not be stored: %1</source>
        <translation>La clé d&apos;API n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="353"/>
        <source>The destination was not saved: %1</source>
        <translation>La destination n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="355"/>
        <source>Destination %1 saved.</source>
        <translation>Destination %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="375"/>
        <source>The destination was not removed: %1</source>
        <translation>La destination n&apos;a pas été retirée : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="377"/>
        <source>Destination %1 removed.</source>
        <translation>Destination %1 retirée.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="401"/>
        <source>No API key is stored for %1: edit the destination and enter its key.</source>
        <translation>Aucune clé d&apos;API enregistrée pour %1 : modifiez la destination et saisissez sa clé.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="411"/>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="412"/>
        <source>Syncing %1 to %2…</source>
        <translation>Synchronisation de %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="427"/>
        <source>%1 of %2 changes sent</source>
        <translation>%1 changements sur %2 envoyés</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="444"/>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="446"/>
        <source>Preview: %1 to add, %2 to remove. Nothing was sent.</source>
        <translation>Aperçu : %1 à ajouter, %2 à retirer. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="451"/>
        <source>Sync cancelled after %1 added and %2 removed; the next sync continues from there.</source>
        <translation>Synchronisation annulée après %1 ajouts et %2 retraits ; la prochaine reprendra là.</translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="457"/>
        <source>Synced: %1 added, %2 removed</source>
        <translation>Synchronisé : %1 ajoutés, %2 retirés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integrations/destinationspane.cpp" line="458"/>
        <source>, %n refused (see below)</source>
        <translation>
            <numerusform>, %n refusé (voir ci-dessous)</numerusform>
            <numerusform>, %n refusés (voir ci-dessous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integrations/destinationspane.cpp" line="460"/>
        <source>, %n without an email skipped</source>
        <translation>
            <numerusform>, %n sans e-mail ignoré</numerusform>
            <numerusform>, %n sans e-mail ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/integrations/destinationspane.cpp" line="472"/>
        <source>Cancelling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="14"/>
        <source>Refresh “%1”</source>
        <translation>Actualiser « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="19"/>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b style=&apos;color:#1b6e37&apos;&gt;+%1&lt;/b&gt; would enter &amp;nbsp; &lt;b style=&apos;color:#a31d1d&apos;&gt;−%2&lt;/b&gt; would leave&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b style=&apos;color:#1b6e37&apos;&gt;+%1&lt;/b&gt; entreraient &amp;nbsp; &lt;b style=&apos;color:#a31d1d&apos;&gt;−%2&lt;/b&gt; sortiraient&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="26"/>
        <source>The segment has %1 members now and would have %2 after the refresh. Nothing has changed yet.</source>
        <translation>Le segment a %1 membres maintenant et en aurait %2 après l&apos;actualisation. Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="32"/>
        <source>Would enter (%1)</source>
        <translation>Entreraient (%1)</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="37"/>
        <source>Would leave (%1)</source>
        <translation>Sortiraient (%1)</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="47"/>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="62"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/members/dryrundialog.cpp" line="69"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="30"/>
        <source>Guest %1</source>
        <translation>Invité %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="32"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="33"/>
        <source>Customer %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="43"/>
        <source>Explain a customer</source>
        <translation>Expliquer un client</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="44"/>
        <source>Explain a customer · %1</source>
        <translation>Expliquer un client · %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="48"/>
        <source>a customer id such as 42, or an e-mail address</source>
        <translation>un numéro de client comme 42, ou une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="51"/>
        <source>&amp;Customer id or e-mail:</source>
        <translation>N° de &amp;client ou e-mail :</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="53"/>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="77"/>
        <source>Values compared</source>
        <translation>Valeurs comparées</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="84"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="89"/>
        <source>✔ the condition is true for this customer · ✘ it is false · muted conditions are shown in grey and ignored. A group set to FALSE wants its conditions to be false.</source>
        <translation>✔ la condition est vraie pour ce client · ✘ elle est fausse · les conditions désactivées sont en gris et ignorées. Un groupe réglé sur FAUSSES attend des conditions fausses.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="108"/>
        <location filename="../ui/builder/explaindialog.cpp" line="173"/>
        <source>Enter a customer id or an e-mail address, then press Explain.</source>
        <translation>Saisissez un numéro de client ou une adresse e-mail, puis appuyez sur Expliquer.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="149"/>
        <source>– muted</source>
        <translation>– désactivée</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="157"/>
        <source>✔ true</source>
        <translation>✔ vraie</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="157"/>
        <source>✘ false</source>
        <translation>✘ fausse</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="181"/>
        <source>Evaluating the segment for %1…</source>
        <translation>Évaluation du segment pour %1…</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="200"/>
        <source>%1. Enter a customer id to explain one of them.</source>
        <translation>%1. Saisissez un identifiant client pour expliquer l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="202"/>
        <source>This customer cannot be explained: %1</source>
        <translation>Ce client ne peut pas être expliqué : %1</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="213"/>
        <source>There is no customer with id %1 in this store.</source>
        <translation>Il n&apos;y a pas de client n° %1 dans cette boutique.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="214"/>
        <source>No customer or guest with the e-mail &quot;%1&quot; in this store.</source>
        <translation>Aucun client ni invité avec l&apos;e-mail « %1 » dans cette boutique.</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="220"/>
        <source>%1 is IN this segment</source>
        <translation>%1 est DANS ce segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="221"/>
        <source>%1 is NOT in this segment</source>
        <translation>%1 n&apos;est PAS dans ce segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="229"/>
        <source>guest (orders without an account)</source>
        <translation>invité (commandes sans compte)</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="229"/>
        <source>registered customer</source>
        <translation>client inscrit</translation>
    </message>
    <message>
        <location filename="../ui/builder/explaindialog.cpp" line="230"/>
        <source>evaluated as of %1 (%2)</source>
        <translation>évalué au %1 (%2)</translation>
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
        <translation type="vanished">l&apos;invité %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="vanished">client %1</translation>
    </message>
    <message>
        <source>The same e-mail also belongs to %1: enter an id to explain another one.</source>
        <translation type="vanished">Le même e-mail appartient aussi à %1 : saisissez un numéro pour en expliquer un autre.</translation>
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
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="47"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="55"/>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="57"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="62"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Trigger</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="71"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="71"/>
        <source>Error / details</source>
        <translation>Erreur / détails</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="114"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="122"/>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="147"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="148"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="162"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="163"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="175"/>
        <source>%1 events exported to %2.</source>
        <translation>%1 événements exportés vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="178"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsText</name>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="7"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="8"/>
        <source>Completed with failures</source>
        <translation>Terminé avec des échecs</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="9"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="10"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="11"/>
        <source>Interrupted (resumed by the next sync)</source>
        <translation>Interrompu (repris à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="12"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/integrations/integrationstext.cpp" line="13"/>
        <source>Preview only</source>
        <translation>Aperçu seulement</translation>
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
        <translation>Aucune boutique n&apos;est connectée.</translation>
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
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="90"/>
        <source>%1 — Segmentor</source>
        <translation>%1 — Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="118"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="120"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="124"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="154"/>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="169"/>
        <source>&amp;Connect to a store…</source>
        <translation>Se &amp;connecter à une boutique…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="174"/>
        <source>&amp;Recent connections</source>
        <translation>Connexions &amp;récentes</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="175"/>
        <source>Open the &amp;demo store</source>
        <translation>Ouvrir la boutique de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="179"/>
        <location filename="../ui/app/mainwindow.cpp" line="375"/>
        <location filename="../ui/app/mainwindow.cpp" line="408"/>
        <source>Demo store</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="194"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="200"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="201"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="203"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="218"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="245"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="252"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="256"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="269"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="270"/>
        <source>&amp;About Segmentor</source>
        <translation>À &amp;propos de Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="273"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="276"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="295"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="363"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="401"/>
        <source>The demo store was not created: %1</source>
        <translation>La boutique de démonstration n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="414"/>
        <source>&lt;h2&gt;Welcome to Segmentor&lt;/h2&gt;&lt;p&gt;Preparing a demo store to explore: %1 customers with their orders, carts and wishlists, and five example segments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Segmentor&lt;/h2&gt;&lt;p&gt;Préparation d&apos;une boutique de démonstration à explorer : %1 clients avec leurs commandes, paniers et listes d&apos;envies, et cinq segments d&apos;exemple.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="436"/>
        <source>The example segments could not be imported: %1</source>
        <translation>Les segments d&apos;exemple n&apos;ont pas pu être importés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/mainwindow.cpp" line="475"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="493"/>
        <source>The new language applies the next time Segmentor starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Segmentor.</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="499"/>
        <source>About Segmentor</source>
        <translation>À propos de Segmentor</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="500"/>
        <source>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for Magento 2 stores: describe a segment as a tree of conditions and get its members, with the reason any one customer is in or out.&lt;/p&gt;&lt;p&gt;Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The demo store&apos;s catalog comes from the UCI Online Retail dataset (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Segmentation de la clientèle des boutiques Magento 2 : décrivez un segment comme un arbre de conditions et obtenez ses membres, avec la raison pour laquelle chaque client en fait partie ou non.&lt;/p&gt;&lt;p&gt;Boutiques : SQLite, MySQL/MariaDB, PostgreSQL. Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Le catalogue de la boutique de démonstration provient du jeu de données UCI Online Retail (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="476"/>
        <source>%1 members in all</source>
        <translation>%1 membres au total</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="171"/>
        <source>Connect…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="483"/>
        <source>REST API on %1</source>
        <translation>API REST sur %1</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="485"/>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Ouverte au réseau : les jetons circulent en clair sans proxy TLS devant.</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="233"/>
        <source>Sc&amp;hedule refreshes…</source>
        <translation>&amp;Planifier les actualisations…</translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="235"/>
        <source>Connect to a store first.</source>
        <translation>Connectez-vous d’abord à une boutique.</translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="126"/>
        <source>Could not read the members: %1</source>
        <translation>Impossible de lire les membres : %1</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="156"/>
        <source>Search email or name…</source>
        <translation>Chercher un e-mail ou un nom…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="164"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="170"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="176"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="177"/>
        <source>Excluded by hand</source>
        <translation>Exclus à la main</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="178"/>
        <source>Included by hand</source>
        <translation>Inclus à la main</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="179"/>
        <source>Any override</source>
        <translation>Avec exception</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="180"/>
        <source>No override</source>
        <translation>Sans exception</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="181"/>
        <source>New in the last refresh</source>
        <translation>Nouveaux à la dernière actualisation</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="184"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="207"/>
        <source>Exclude…</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="209"/>
        <source>Keep the selected customers out of this segment, whatever the conditions say</source>
        <translation>Garder les clients choisis hors de ce segment, quelles que soient les conditions</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="210"/>
        <source>Include…</source>
        <translation>Inclure…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="212"/>
        <source>Keep the selected customers in this segment, whatever the conditions say</source>
        <translation>Garder les clients choisis dans ce segment, quelles que soient les conditions</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="213"/>
        <source>Reset override</source>
        <translation>Annuler l&apos;exception</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="214"/>
        <source>Let the conditions decide again for the selected customers</source>
        <translation>Laisser de nouveau les conditions décider pour les clients choisis</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="215"/>
        <source>Copy emails</source>
        <translation>Copier les e-mails</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="216"/>
        <location filename="../ui/members/matchedcustomersview.cpp" line="511"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="219"/>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="220"/>
        <source>Export all…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="222"/>
        <source>Refresh…</source>
        <translation>Actualiser…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="223"/>
        <source>See who would enter and leave, then refresh the membership</source>
        <translation>Voir qui entrerait et sortirait, puis actualiser les membres</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="329"/>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="331"/>
        <source>Evaluating the definition…</source>
        <translation>Évaluation de la définition…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="331"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="333"/>
        <source>%1+ customers, counting…</source>
        <translation>%1+ clients, comptage…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="335"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="335"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="337"/>
        <source> · %1 selected</source>
        <translation> · %1 sélectionné(s)</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="338"/>
        <source> · preview of the unsaved definition</source>
        <translation> · aperçu de la définition non enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="434"/>
        <source>Reset the override of %n customer(s)</source>
        <translation>
            <numerusform>Réinitialiser l’exception de %n client</numerusform>
            <numerusform>Réinitialiser l’exception de %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="436"/>
        <source>Exclude %n customer(s)</source>
        <translation>
            <numerusform>Exclure %n client</numerusform>
            <numerusform>Exclure %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="437"/>
        <source>Include %n customer(s)</source>
        <translation>
            <numerusform>Inclure %n client</numerusform>
            <numerusform>Inclure %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="439"/>
        <source>Reason (optional, kept in the history):</source>
        <translation>Motif (facultatif, conservé dans l&apos;historique) :</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="450"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="458"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="462"/>
        <source>Override reset for %n customer(s).</source>
        <translation>
            <numerusform>Exception annulée pour %n client.</numerusform>
            <numerusform>Exception annulée pour %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="464"/>
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation>
            <numerusform>%n client exclu ; il sort à la prochaine actualisation.</numerusform>
            <numerusform>%n clients exclus ; ils sortent à la prochaine actualisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="465"/>
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation>
            <numerusform>%n client inclus ; il entre à la prochaine actualisation.</numerusform>
            <numerusform>%n clients inclus ; ils entrent à la prochaine actualisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="480"/>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="484"/>
        <source>Export the selected customers</source>
        <translation>Exporter les clients choisis</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="484"/>
        <source>Export all customers</source>
        <translation>Exporter tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="486"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv);;XML Excel 2003 (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="507"/>
        <source>Exporting %1 customers to %2…</source>
        <translation>Export de %1 clients vers %2…</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="509"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="532"/>
        <location filename="../ui/members/matchedcustomersview.cpp" line="535"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="536"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="539"/>
        <source>%1 customers exported to %2.</source>
        <translation>%1 clients exportés vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/members/matchedcustomersview.cpp" line="557"/>
        <source>Could not copy: %1</source>
        <translation>Copie impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/members/matchedcustomersview.cpp" line="560"/>
        <source>%n email(s) copied.</source>
        <translation>
            <numerusform>%n e-mail copié.</numerusform>
            <numerusform>%n e-mails copiés.</numerusform>
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
        <translation>Exclu</translation>
    </message>
    <message>
        <location filename="../ui/members/memberstatedelegate.cpp" line="26"/>
        <location filename="../ui/members/membertablemodel.cpp" line="381"/>
        <location filename="../ui/members/membertablemodel.cpp" line="449"/>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location filename="../ui/members/memberstatedelegate.cpp" line="29"/>
        <location filename="../ui/members/membertablemodel.cpp" line="450"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="385"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="415"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="456"/>
        <source>Excluded by hand</source>
        <translation>Exclus à la main</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="457"/>
        <source>Included by hand</source>
        <translation>Inclus à la main</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="458"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="459"/>
        <source>Not a member since the last refresh</source>
        <translation>Non membre depuis la dernière actualisation</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="460"/>
        <source>Joined in the last refresh</source>
        <translation>Entré à la dernière actualisation</translation>
    </message>
    <message>
        <location filename="../ui/members/membertablemodel.cpp" line="496"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OverlapMembersDialog</name>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="26"/>
        <source>Members of %1 and %2</source>
        <translation>Membres de %1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="27"/>
        <source>In both (%1 ∩ %2)</source>
        <translation>Dans les deux (%1 ∩ %2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="28"/>
        <source>Only in %1 (%1 − %2)</source>
        <translation>Seulement dans %1 (%1 − %2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="65"/>
        <source>Listing the members failed: %1</source>
        <translation>La liste des membres a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="74"/>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="80"/>
        <source>%1 members; the first %2 are listed.</source>
        <translation>%1 membres ; les %2 premiers sont listés.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="83"/>
        <source>%1 members.</source>
        <translation>%1 membres.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapmembersdialog.cpp" line="102"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>OverlapView</name>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="20"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="25"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="26"/>
        <source>Each cell: members in both the row and the column segment, and their share of the &lt;b&gt;row&lt;/b&gt; segment. Double-click a cell to list them; right-click for the members only in the row segment.</source>
        <translation>Chaque cellule : les membres à la fois du segment de la ligne et de celui de la colonne, et leur part du segment de la &lt;b&gt;ligne&lt;/b&gt;. Double-cliquez sur une cellule pour les lister ; clic droit pour les membres du seul segment de la ligne.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="60"/>
        <source>Members in both %1 and %2…</source>
        <translation>Membres à la fois de %1 et de %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="62"/>
        <source>Members in %1 but not in %2…</source>
        <translation>Membres de %1 mais pas de %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="67"/>
        <source>New segment from union of %1 and %2…</source>
        <translation>Nouveau segment : union de %1 et %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="70"/>
        <source>New segment from intersection of %1 and %2…</source>
        <translation>Nouveau segment : intersection de %1 et %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="73"/>
        <source>New segment from %1 minus %2…</source>
        <translation>Nouveau segment : %1 sauf %2…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="80"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="90"/>
        <source>Computing the overlap failed: %1</source>
        <translation>Le calcul du recoupement a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="122"/>
        <source>Overlap of %1 segments</source>
        <translation>Recoupement de %1 segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="170"/>
        <source>Choose two segments or more.</source>
        <translation>Choisissez au moins deux segments.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/overlapview.cpp" line="173"/>
        <source>Computing the overlap of %1 segments…</source>
        <translation>Calcul du recoupement de %1 segments…</translation>
    </message>
</context>
<context>
    <name>PerformanceBuilders</name>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="39"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="49"/>
        <source>Orders counted while the customer was a member</source>
        <translation>Commandes comptées pendant que le client était membre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="50"/>
        <source>Orders counted for today&apos;s members</source>
        <translation>Commandes comptées pour les membres actuels</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="57"/>
        <source>%1 · changes against %2</source>
        <translation>%1 · évolutions par rapport à %2</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation type="vanished">vs %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="88"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="89"/>
        <source>%1 over the period</source>
        <translation>%1 sur la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="94"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="96"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="99"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="102"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="104"/>
        <source>Revenue per member</source>
        <translation>Chiffre d&apos;affaires par membre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="109"/>
        <source>%1 · %2
%3 members during the period (%4 at its start, %5 at its end)
%6 of them ordered: %7 orders, %8
%9</source>
        <translation>%1 · %2
%3 membres pendant la période (%4 au début, %5 à la fin)
%6 d&apos;entre eux ont commandé : %7 commandes, %8
%9</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="128"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="129"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="130"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="131"/>
        <source>Conversion rate %1</source>
        <translation>Taux de conversion %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="142"/>
        <source>%1 (part)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="159"/>
        <source>%1 (comparison)</source>
        <translation>%1 (comparaison)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="170"/>
        <source>%1
%2
Conversion rate: %3 (%4 of %5 members)</source>
        <translation>%1
%2
Taux de conversion : %3 (%4 sur %5 membres)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="183"/>
        <source>Solid: %1 · dashed: %2</source>
        <translation>Plein : %1 · pointillé : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performancebuilders.cpp" line="187"/>
        <source>Conversion %</source>
        <translation>Conversion %</translation>
    </message>
</context>
<context>
    <name>PerformanceView</name>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="64"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="72"/>
        <source>Today&apos;s members</source>
        <translation>Membres actuels</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="73"/>
        <source>Members at the time of the order</source>
        <translation>Membres au moment de la commande</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="75"/>
        <source>Today&apos;s members: every order of the period by the segment&apos;s current members.
Members at the time of the order: an order counts only when it was placed while the customer was in the segment (from the refresh journal).</source>
        <translation>Membres actuels : toutes les commandes de la période des membres actuels du segment.
Membres au moment de la commande : une commande ne compte que si elle a été passée pendant que le client était dans le segment (d&apos;après le journal des actualisations).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="78"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="79"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="80"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="81"/>
        <source>Import email engagement</source>
        <translation>Importer l&apos;engagement e-mail</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="82"/>
        <source>Read the campaign reports of the segments synced to Mailchimp or Klaviyo (sent, delivered, opens, clicks, unsubscribes)</source>
        <translation>Lire les rapports des campagnes des segments synchronisés avec Mailchimp ou Klaviyo (envoyés, délivrés, ouvertures, clics, désabonnements)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="84"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="85"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="88"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="90"/>
        <source>Excel workbook…</source>
        <translation>Classeur Excel…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="96"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Period totals</source>
        <translation>Totaux de la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Per period</source>
        <translation>Par période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="123"/>
        <source>Daily snapshots</source>
        <translation>Instantanés quotidiens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="124"/>
        <source>Email engagement</source>
        <translation>Engagement e-mail</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="159"/>
        <location filename="../ui/dashboard/performanceview.cpp" line="304"/>
        <location filename="../ui/dashboard/performanceview.cpp" line="403"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="257"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="261"/>
        <source>The comparison period ends before it starts.</source>
        <translation>La période de comparaison se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="275"/>
        <source>Choose at least one segment</source>
        <translation>Choisissez au moins un segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="280"/>
        <source>Choose at least one order status.</source>
        <translation>Choisissez au moins un statut de commande.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="286"/>
        <source>Computing segment performance for %1…</source>
        <translation>Calcul de la performance des segments pour %1…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="309"/>
        <source>The performance report failed: %1</source>
        <translation>Le rapport de performance a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="317"/>
        <source>%1 · %2 · amounts in %3 (base currency) · statuses: %4</source>
        <translation>%1 · %2 · montants en %3 (devise de base) · statuts : %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="320"/>
        <source> · no email engagement imported</source>
        <translation> · aucun engagement e-mail importé</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="321"/>
        <source> · campaigns with engagement: %1</source>
        <translation> · campagnes avec engagement : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="351"/>
        <source>Daily snapshots (%1)</source>
        <translation>Instantanés quotidiens (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="352"/>
        <source>Email engagement (%1)</source>
        <translation>Engagement e-mail (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="372"/>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="373"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="374"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="377"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="385"/>
        <source>Importing email engagement from Mailchimp and Klaviyo…</source>
        <translation>Import de l&apos;engagement e-mail depuis Mailchimp et Klaviyo…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="408"/>
        <source>The engagement import failed: %1</source>
        <translation>L&apos;import de l&apos;engagement a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/performanceview.cpp" line="412"/>
        <source>Email engagement imported · campaigns: %1 · segments: %2</source>
        <translation>Engagement e-mail importé · campagnes : %1 · segments : %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../ui/dashboard/periodpicker.cpp" line="47"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/periodpicker.cpp" line="53"/>
        <source>Compare to</source>
        <translation>Comparer à</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="18"/>
        <source>Forever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="19"/>
        <source>For a number of days</source>
        <translation>Pendant un nombre de jours</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="22"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="34"/>
        <source>Applies to every segment&apos;s refresh history and membership journal. With a number of days, older rows are deleted after each refresh made in this application, and the status bar says how many. Scheduled refreshes choose their own: segmentor-cli refresh --all --keep-history DAYS.</source>
        <translation>S&apos;applique à l&apos;historique des actualisations et au journal des membres de chaque segment. Avec un nombre de jours, les lignes plus anciennes sont supprimées après chaque actualisation faite dans cette application, et la barre d&apos;état indique combien. Les actualisations planifiées choisissent la leur : segmentor-cli refresh --all --keep-history JOURS.</translation>
    </message>
    <message>
        <location filename="../ui/app/preferencesdialog.cpp" line="44"/>
        <source>&amp;Keep refresh history:</source>
        <translation>&amp;Conserver l&apos;historique :</translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="11"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="13"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="15"/>
        <source>Database driver missing</source>
        <translation>Pilote de base de données manquant</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="17"/>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="19"/>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="21"/>
        <source>Database not found</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="23"/>
        <source>Not a Magento schema</source>
        <translation>Pas un schéma Magento</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="25"/>
        <source>Missing tables</source>
        <translation>Tables manquantes</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="27"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="39"/>
        <source>A Magento 2 store with %1 customers (server %2).</source>
        <translation>Une boutique Magento 2 de %1 clients (serveur %2).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="42"/>
        <source>A Magento 2 store with %1 customers.</source>
        <translation>Une boutique Magento 2 de %1 clients.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="44"/>
        <source>There is no store file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de boutique à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="46"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-psql).</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé (Debian : libqt6sql6-mysql ou libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="50"/>
        <source>Nothing answers at %1:%2. Check the host name and the port, and that the database server is running and reachable from this computer.</source>
        <translation>Rien ne répond à %1:%2. Vérifiez le nom d&apos;hôte et le port, et que le serveur de base de données est démarré et joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="56"/>
        <source>The server answered but refused user &quot;%1&quot;: check the user name and the password.</source>
        <translation>Le serveur a répondu mais a refusé l&apos;utilisateur « %1 » : vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="60"/>
        <source>The server has no database named &quot;%1&quot; (or this user may not use it).</source>
        <translation>Le serveur n&apos;a pas de base de données nommée « %1 » (ou cet utilisateur n&apos;y a pas accès).</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="64"/>
        <source>None of Magento&apos;s tables are in this database. Is it the right database, or do its tables have a prefix?</source>
        <translation>Aucune table Magento dans cette base. Est-ce la bonne base, ou ses tables ont-elles un préfixe ?</translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="67"/>
        <source>None of Magento&apos;s tables with the prefix &quot;%1&quot; are in this database. Check the table prefix.</source>
        <translation>Aucune table Magento avec le préfixe « %1 » dans cette base. Vérifiez le préfixe des tables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connection/probeverdicttext.cpp" line="71"/>
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation>
            <numerusform>Il manque à ce schéma Magento %n table lue par Segmentor : %1.</numerusform>
            <numerusform>Il manque à ce schéma Magento %n tables lues par Segmentor : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="75"/>
        <source>The database said: %1</source>
        <translation>La base de données a répondu : %1</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="46"/>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="68"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>aucun segment avec le code « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="95"/>
        <source>Computing who would enter and leave…</source>
        <translation>Calcul des entrées et sorties…</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="110"/>
        <source>Dry run cancelled.</source>
        <translation>Simulation annulée.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="119"/>
        <source>Refresh not run.</source>
        <translation>Actualisation non lancée.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="152"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="168"/>
        <source>Refresh cancelled: the membership is unchanged.</source>
        <translation>Actualisation annulée : les membres sont inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="173"/>
        <source>Refreshed: +%1, −%2, %3 members.</source>
        <translation>Actualisé : +%1, −%2, %3 membres.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="177"/>
        <source>History older than %1 days deleted: %2 rows.</source>
        <translation>Historique de plus de %1 jours supprimé : %2 lignes.</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="182"/>
        <source>The old history could not be deleted: %1</source>
        <translation>L&apos;ancien historique n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <location filename="../ui/members/refreshcontroller.cpp" line="186"/>
        <source>Push problems: %1</source>
        <translation>Problèmes d’envoi : %1</translation>
    </message>
</context>
<context>
    <name>ReportJobBar</name>
    <message>
        <location filename="../ui/dashboard/reportjobbar.cpp" line="18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SalesDashboardWidget</name>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="42"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="43"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="52"/>
        <source>Bar chart</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="53"/>
        <source>Line chart</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="54"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="55"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="56"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="57"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="60"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="62"/>
        <source>Excel workbook…</source>
        <translation>Classeur Excel…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="66"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="67"/>
        <source>Compute the figures again from the store</source>
        <translation>Recalculer les chiffres depuis la boutique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Période</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation type="vanished">Comparer à</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="70"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="129"/>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="291"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="236"/>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="241"/>
        <source>The comparison period ends before it starts.</source>
        <translation>La période de comparaison finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="252"/>
        <source>Choose at least one segment</source>
        <translation>Choisissez au moins un segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="257"/>
        <source>Choose at least one order status.</source>
        <translation>Choisissez au moins un statut de commande.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="265"/>
        <source>Computing sales for %1…</source>
        <translation>Calcul des ventes pour %1…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="296"/>
        <source>The sales report failed: %1</source>
        <translation>Le rapport des ventes a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="310"/>
        <source>%1: %2 orders from %3 customers</source>
        <translation>%1 : %2 commandes de %3 clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="314"/>
        <source> · %1: %2 orders</source>
        <translation> · %1 : %2 commandes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="318"/>
        <source> · amounts in %1 (base currency) · statuses: %2</source>
        <translation> · montants en %1 (devise de base) · statuts : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="346"/>
        <source>Export the statistics table</source>
        <translation>Exporter le tableau statistique</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="347"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="347"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesdashboardwidget.cpp" line="352"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>SalesMetrics</name>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="19"/>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="21"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="23"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="25"/>
        <source>Customers who ordered</source>
        <translation>Clients ayant commandé</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="27"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="29"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="31"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="33"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="35"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesmetric.cpp" line="37"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>SalesStatisticsModel</name>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="116"/>
        <source>Every order of the period with the chosen statuses, and all customers of the store (registered and guests): the base of the percentages. Segments may overlap, so their rows do not add up to it.</source>
        <translation>Toutes les commandes de la période aux statuts choisis, et tous les clients de la boutique (inscrits et invités) : la base des pourcentages. Les segments peuvent se recouper, leurs lignes ne s&apos;additionnent donc pas.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="132"/>
        <source>Current members of the segment</source>
        <translation>Membres actuels du segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="134"/>
        <source>Members as a share of all customers of the store</source>
        <translation>Part des membres parmi tous les clients de la boutique</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="136"/>
        <source>The members&apos; orders in the period with the chosen statuses</source>
        <translation>Les commandes des membres sur la période, aux statuts choisis</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="138"/>
        <source>Share of all orders in the period with the chosen statuses</source>
        <translation>Part de toutes les commandes de la période aux statuts choisis</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="140"/>
        <source>Discounts granted, as a positive amount</source>
        <translation>Remises accordées, en montant positif</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="142"/>
        <source>Average order value: grand total / orders</source>
        <translation>Panier moyen : total TTC / commandes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="150"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="152"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="154"/>
        <source>% customers</source>
        <translation>% clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="156"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="158"/>
        <source>% orders</source>
        <translation>% commandes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="160"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="162"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="164"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="166"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="168"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="170"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="172"/>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/salesstatisticsmodel.cpp" line="174"/>
        <source>AOV</source>
        <translation>Panier moyen</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="37"/>
        <source>Schedule refreshes</source>
        <translation>Planifier les actualisations</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="40"/>
        <source>Cron refreshes the active segments whose refresh mode is &lt;b&gt;Automatic&lt;/b&gt;, even while Segmentor is closed. The store&apos;s password goes to a private file only you can read (%1), never into the crontab.</source>
        <translation>Cron actualise les segments actifs dont le mode d’actualisation est &lt;b&gt;Automatique&lt;/b&gt;, même quand Segmentor est fermé. Le mot de passe de la boutique va dans un fichier privé que vous seul pouvez lire (%1), jamais dans la crontab.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="51"/>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="52"/>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="53"/>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="54"/>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="55"/>
        <source>Every night at 2:00</source>
        <translation>Chaque nuit à 2 h 00</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="56"/>
        <source>Weekdays at 7:00</source>
        <translation>En semaine à 7 h 00</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="57"/>
        <source>Custom (cron expression)</source>
        <translation>Personnalisé (expression cron)</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="61"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="63"/>
        <source>minute hour day month weekday, e.g. 0 */2 * * *</source>
        <translation>minute heure jour mois jour-de-semaine, p. ex. 0 */2 * * *</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="64"/>
        <source>Cron &amp;expression:</source>
        <translation>&amp;Expression cron :</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="70"/>
        <source>Current schedule</source>
        <translation>Planification actuelle</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="72"/>
        <source>Reading the crontab…</source>
        <translation>Lecture de la crontab…</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="78"/>
        <source>Last scheduled runs</source>
        <translation>Dernières exécutions planifiées</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="83"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="89"/>
        <location filename="../ui/schedule/scheduledialog.cpp" line="240"/>
        <source>&amp;Install schedule</source>
        <translation>&amp;Installer la planification</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="90"/>
        <source>Re&amp;move schedule</source>
        <translation>&amp;Supprimer la planification</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="139"/>
        <source>Would run next on %1.</source>
        <translation>Prochaine exécution : %1.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="145"/>
        <source>Type a cron expression: minute hour day month weekday.</source>
        <translation>Saisissez une expression cron : minute heure jour mois jour-de-semaine.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="146"/>
        <source>This expression never runs.</source>
        <translation>Cette expression ne s’exécute jamais.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="191"/>
        <source>The crontab could not be changed or read: %1</source>
        <translation>Impossible de lire ou de modifier la crontab : %1</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="195"/>
        <source>No refresh is scheduled: segments refresh only when you ask.</source>
        <translation>Aucune actualisation planifiée : les segments ne s’actualisent que sur demande.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="202"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="204"/>
        <source>&lt;b&gt;Scheduled:&lt;/b&gt; %1 (&lt;tt&gt;%2&lt;/tt&gt;)&lt;br&gt;&lt;b&gt;Next run:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Store:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Planifié :&lt;/b&gt; %1 (&lt;tt&gt;%2&lt;/tt&gt;)&lt;br&gt;&lt;b&gt;Prochaine exécution :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Boutique :&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="206"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="214"/>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="220"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="221"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="222"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="223"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="224"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="228"/>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="234"/>
        <source>No scheduled refresh has run yet.</source>
        <translation>Aucune actualisation planifiée n’a encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../ui/schedule/scheduledialog.cpp" line="240"/>
        <source>&amp;Update schedule</source>
        <translation>&amp;Mettre à jour la planification</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="43"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="47"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="48"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="54"/>
        <source>Matched customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="67"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="97"/>
        <source>This segment cannot be saved: %1</source>
        <translation>Ce segment ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="129"/>
        <source>e.g. VIP customers</source>
        <translation>p. ex. Clients VIP</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="132"/>
        <source>e.g. vip-customers</source>
        <translation>p. ex. clients-vip</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="136"/>
        <source>A unique short name used by exports, the command line and the REST API: lower-case letters, digits, - and _</source>
        <translation>Un nom court et unique, utilisé par les exports, la ligne de commande et l&apos;API REST : minuscules, chiffres, - et _</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="150"/>
        <source>Active (refreshed, exported and applied)</source>
        <translation>Actif (actualisé, exporté et appliqué)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="161"/>
        <source>all websites (or website ids, e.g. 1, 2)</source>
        <translation>tous les sites (ou numéros de site, p. ex. 1, 2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="175"/>
        <source>Registered customers</source>
        <translation>Clients inscrits</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="176"/>
        <source>Guests (by e-mail)</source>
        <translation>Invités (par e-mail)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="177"/>
        <source>Registered customers and guests</source>
        <translation>Clients inscrits et invités</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="180"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="181"/>
        <source>Scheduled (segmentor-cli refresh --all)</source>
        <translation>Planifiée (segmentor-cli refresh --all)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="184"/>
        <source>Frozen: a static list, never recomputed</source>
        <translation>Figé : une liste statique, jamais recalculée</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="191"/>
        <source>When a customer is in several segments that move customers to a group, the lowest priority wins</source>
        <translation>Quand un client est dans plusieurs segments qui déplacent vers un groupe, la priorité la plus basse l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="195"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="196"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="198"/>
        <source>&amp;Websites:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="199"/>
        <source>&amp;Apply to:</source>
        <translation>S&apos;&amp;applique à :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="200"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualisation :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="201"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="210"/>
        <source>Move the members to a customer group after each refresh</source>
        <translation>Déplacer les membres dans un groupe de clients après chaque actualisation</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="221"/>
        <source>Customer &amp;group:</source>
        <translation>&amp;Groupe de clients :</translation>
    </message>
    <message>
        <source>Customers who leave the segment keep their group. Guests have no group and are not moved.</source>
        <translation type="vanished">Les clients qui quittent le segment gardent leur groupe. Les invités n&apos;ont pas de groupe et ne sont pas déplacés.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="247"/>
        <source>&amp;Export the members to a folder after each refresh</source>
        <translation>&amp;Exporter les membres dans un dossier après chaque actualisation</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="253"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="256"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="264"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="265"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="266"/>
        <source>XML Spreadsheet 2003 (.xml)</source>
        <translation>Feuille de calcul XML 2003 (.xml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="269"/>
        <source>all columns; e.g. email,firstname,lastname</source>
        <translation>toutes les colonnes ; p. ex. email,firstname,lastname</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="274"/>
        <source> newest files</source>
        <translation> fichiers les plus récents</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="276"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="279"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="280"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="281"/>
        <source>&amp;Keep:</source>
        <translation>Co&amp;nserver :</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="282"/>
        <source>Files are named with the segment code and the refresh time (UTC), written whole or not at all; older ones are deleted.</source>
        <translation>Les fichiers portent le code du segment et l&apos;heure de l&apos;actualisation (UTC), sont écrits en entier ou pas du tout ; les plus anciens sont supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="336"/>
        <source>The segment was saved, but not its export after refresh: %1</source>
        <translation>Le segment a été enregistré, mais pas son export après actualisation : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="373"/>
        <source>None ticked: all websites</source>
        <translation>Aucun coché : tous les sites</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="434"/>
        <source>The segment needs a name.</source>
        <translation>Le segment doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="441"/>
        <source>The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ (at most 64 characters).</source>
        <translation>Le code doit commencer par une minuscule ou un chiffre et ne contenir que a-z, 0-9, - et _ (64 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="447"/>
        <source>Choose the customer group the members move to.</source>
        <translation>Choisissez le groupe de clients où vont les membres.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="455"/>
        <source>Choose the folder the members are exported to (a full path).</source>
        <translation>Choisissez le dossier où les membres sont exportés (un chemin complet).</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="542"/>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="542"/>
        <source>New segment: %1</source>
        <translation>Nouveau segment : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="543"/>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="58"/>
        <source>Preview of members</source>
        <translation>Aperçu des membres</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="70"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="223"/>
        <source>When a moved customer leaves, put them back in their previous group</source>
        <translation>Quand un client déplacé sort, le remettre dans son groupe précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="229"/>
        <source>Without it, customers who leave keep their group. A customer whose group was changed since the move is left alone. Guests have no group and are not moved.</source>
        <translation>Sinon, les clients qui sortent gardent leur groupe. Un client dont le groupe a changé depuis le déplacement n&apos;est pas touché. Les invités n&apos;ont pas de groupe et ne sont pas déplacés.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="469"/>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="470"/>
        <source>Restore version %1 as the segment&apos;s definition? It is saved at once as a new version; the current definition stays in the list, so you can restore it again. Changes not saved in this editor are discarded.</source>
        <translation>Restaurer la version %1 comme définition du segment ? Elle est enregistrée aussitôt comme nouvelle version ; la définition actuelle reste dans la liste, vous pourrez donc la restaurer. Les modifications non enregistrées dans cet éditeur sont abandonnées.</translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="486"/>
        <source>Version %1 cannot be restored: %2</source>
        <translation>La version %1 ne peut pas être restaurée : %2</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="55"/>
        <source>Loading segments</source>
        <translation>Chargement des segments</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="80"/>
        <source>Never refreshed</source>
        <translation>Jamais actualisé</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="81"/>
        <source>Refreshing</source>
        <translation>Actualisation en cours</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="82"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="102"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="102"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="106"/>
        <source>Frozen</source>
        <translation>Figé</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="107"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="140"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="142"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="144"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="146"/>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="148"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="150"/>
        <source>Last refresh</source>
        <translation>Actualisé le</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="152"/>
        <source>Refresh status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="80"/>
        <source>Filter segments by name, code or status…</source>
        <translation>Filtrer les segments par nom, code ou état…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="116"/>
        <source>&lt;h3&gt;No segments yet&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;New segment&lt;/b&gt; or import the example definitions with &lt;b&gt;Import…&lt;/b&gt; (the examples/ folder holds five).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de segment&lt;/h3&gt;&lt;p&gt;Créez-en un avec &lt;b&gt;Nouveau segment&lt;/b&gt; ou importez les définitions d&apos;exemple avec &lt;b&gt;Importer…&lt;/b&gt; (le dossier examples/ en contient cinq).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="126"/>
        <source>The segments could not be read: %1</source>
        <translation>Les segments n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="138"/>
        <source>Refresh cancelled; the segment being refreshed kept its previous members.</source>
        <translation>Actualisation annulée ; le segment en cours garde ses membres précédents.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="140"/>
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation>
            <numerusform>%n segment actualisé : %1 entrés, %2 sortis.</numerusform>
            <numerusform>%n segments actualisés : %1 entrés, %2 sortis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="144"/>
        <source>Not refreshed, frozen as static lists: %1.</source>
        <translation>Non actualisés, figés en listes statiques : %1.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="147"/>
        <source>History older than %1 days deleted: %2 rows.</source>
        <translation>Historique de plus de %1 jours supprimé : %2 lignes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="152"/>
        <source>Failed: %1</source>
        <translation>Échecs : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="161"/>
        <source>&amp;New segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="163"/>
        <source>Create a segment (Ctrl+N)</source>
        <translation>Créer un segment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="165"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="169"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="171"/>
        <source>S&amp;plit into test and control…</source>
        <translation>Sc&amp;inder en test et témoin…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="172"/>
        <source>Two new segments: a random share of this one&apos;s members (test) and the others (control)</source>
        <translation>Deux nouveaux segments : une part aléatoire de ses membres (test) et les autres (témoin)</translation>
    </message>
    <message>
        <source>New segment from &amp;union…</source>
        <translation type="vanished">Nouveau segment par &amp;union…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="176"/>
        <source>A new segment of the customers in any of the selected segments</source>
        <translation>Un nouveau segment des clients présents dans l&apos;un des segments sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="177"/>
        <source>New segment from &amp;intersection…</source>
        <translation>Nouveau segment par in&amp;tersection…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="179"/>
        <source>A new segment of the customers in all of the selected segments</source>
        <translation>Un nouveau segment des clients présents dans tous les segments sélectionnés</translation>
    </message>
    <message>
        <source>New segment from &amp;difference…</source>
        <translation type="vanished">Nouveau segment par &amp;différence…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="181"/>
        <source>A new segment of the customers in the first selected segment and in none of the others</source>
        <translation>Un nouveau segment des clients du premier segment sélectionné et d&apos;aucun des autres</translation>
    </message>
    <message>
        <source>F&amp;reeze as a static list</source>
        <translation type="vanished">&amp;Figer en liste statique</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="184"/>
        <source>Keep the current members: refreshes skip the segment; include and exclude still edit it</source>
        <translation>Garder les membres actuels : les actualisations ignorent le segment ; inclure et exclure le modifient toujours</translation>
    </message>
    <message>
        <source>U&amp;nfreeze…</source>
        <translation type="vanished">&amp;Défiger…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="187"/>
        <source>Recompute the members from the conditions again</source>
        <translation>Recalculer de nouveau les membres à partir des conditions</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="188"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="192"/>
        <source>&amp;Import definitions…</source>
        <translation>&amp;Importer des définitions…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="197"/>
        <source>E&amp;xport definitions…</source>
        <translation>E&amp;xporter les définitions…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="201"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="316"/>
        <source>&amp;Refresh members</source>
        <translation>&amp;Actualiser les membres</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="203"/>
        <source>Recompute the members of the selected segments (F5)</source>
        <translation>Recalculer les membres des segments choisis (F5)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="204"/>
        <source>Re&amp;load list</source>
        <translation>Re&amp;charger la liste</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="206"/>
        <source>&amp;Find segment</source>
        <translation>&amp;Chercher un segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="316"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="317"/>
        <source>Cancel refresh</source>
        <translation>Annuler l&apos;actualisation</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="337"/>
        <source>Delete the segment &quot;%1&quot; with its members, overrides and history?</source>
        <translation>Supprimer le segment « %1 » avec ses membres, exceptions et historique ?</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="339"/>
        <source>Delete these %1 segments with their members, overrides and history?

%2</source>
        <translation>Supprimer ces %1 segments avec leurs membres, exceptions et historique ?

%2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="342"/>
        <source>Delete segments</source>
        <translation>Supprimer des segments</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="355"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="357"/>
        <source>Deleted %n segment(s).</source>
        <translation>
            <numerusform>%n segment supprimé.</numerusform>
            <numerusform>%n segments supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="366"/>
        <source>Could not duplicate %1: %2</source>
        <translation>Impossible de dupliquer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="371"/>
        <source>Created %1, an inactive copy of %2.</source>
        <translation>%1 créé, copie inactive de %2.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="380"/>
        <source>Could not split %1: %2</source>
        <translation>Impossible de scinder %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="385"/>
        <source>Created %1 (test) and %2 (control) from %3, both inactive.</source>
        <translation>%1 (test) et %2 (témoin) créés à partir de %3, tous deux inactifs.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="408"/>
        <source>Could not combine %1: %2</source>
        <translation>Impossible de combiner %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="413"/>
        <source>Review the new segment %1, then save it.</source>
        <translation>Vérifiez le nouveau segment %1, puis enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="422"/>
        <source>Could not freeze %1: %2</source>
        <translation>Impossible de figer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="427"/>
        <source>%1 is frozen: its %2 members stay as they are until you unfreeze it.</source>
        <translation>%1 est figé : ses %2 membres restent tels quels jusqu&apos;à ce que vous le défigiez.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="438"/>
        <source>Could not unfreeze %1: %2</source>
        <translation>Impossible de défiger %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="443"/>
        <source>%1 is no longer frozen: the next refresh recomputes its members.</source>
        <translation>%1 n&apos;est plus figé : la prochaine actualisation recalcule ses membres.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="453"/>
        <source>Unfreeze %1</source>
        <translation>Défiger %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="454"/>
        <source>From now on, how is %1 refreshed? Its next refresh recomputes the members from its conditions (customers included or excluded by hand stay so).</source>
        <translation>Comment %1 sera-t-il actualisé désormais ? Sa prochaine actualisation recalcule les membres à partir de ses conditions (les clients inclus ou exclus à la main le restent).</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="458"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="459"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Split into test and control</source>
        <translation type="vanished">Scinder en test et témoin</translation>
    </message>
    <message>
        <source>Test group:</source>
        <translation type="vanished">Groupe test :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="vanished">Graine :</translation>
    </message>
    <message>
        <source>The same seed always draws the same customers.</source>
        <translation type="vanished">La même graine tire toujours les mêmes clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="470"/>
        <source>Import segment definitions</source>
        <translation>Importer des définitions de segments</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="472"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="503"/>
        <source>Segment definitions (*.json)</source>
        <translation>Définitions de segments (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="483"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="488"/>
        <source>Imported %n segment(s): %1.</source>
        <translation>
            <numerusform>%n segment importé : %1.</numerusform>
            <numerusform>%n segments importés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="501"/>
        <source>Export the definition</source>
        <translation>Exporter la définition</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="507"/>
        <source>Export %1 definitions into a folder</source>
        <translation>Exporter %1 définitions dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="519"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="521"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="523"/>
        <source>Exported %1 definitions to %2.</source>
        <translation>%1 définitions exportées vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="563"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="91"/>
        <source>&lt;h3&gt;No store open&lt;/h3&gt;&lt;p&gt;Connect to a Magento store with &lt;b&gt;File &amp;gt; Connect to a store…&lt;/b&gt; (Ctrl+O), or open the demo store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune boutique ouverte&lt;/h3&gt;&lt;p&gt;Connectez une boutique Magento avec &lt;b&gt;Fichier &amp;gt; Se connecter à une boutique…&lt;/b&gt; (Ctrl+O), ou ouvrez la boutique de démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="175"/>
        <source>New segment from uni&amp;on…</source>
        <translation>Nouveau segment par uni&amp;on…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="180"/>
        <source>New segment from differen&amp;ce…</source>
        <translation>Nouveau segment par di&amp;fférence…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="183"/>
        <source>Free&amp;ze as a static list</source>
        <translation>Fi&amp;ger en liste statique</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="186"/>
        <source>Un&amp;freeze…</source>
        <translation>&amp;Défiger…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="194"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="195"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="199"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="317"/>
        <source>Refresh members</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>SegmentOperations</name>
    <message>
        <source>another segment already uses the code &quot;%1&quot;</source>
        <translation type="vanished">un autre segment utilise déjà le code « %1 »</translation>
    </message>
    <message>
        <source>no segment with this code</source>
        <translation type="vanished">aucun segment avec ce code</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="vanished">Copie de %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="vanished">impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="vanished">impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="45"/>
        <source>Refreshing %n segment(s)</source>
        <translation>
            <numerusform>Actualisation de %n segment</numerusform>
            <numerusform>Actualisation de %n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="46"/>
        <source>Refreshing %1: %2</source>
        <translation>Actualisation de %1 : %2</translation>
    </message>
</context>
<context>
    <name>SegmentSummaryView</name>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="11"/>
        <source>ALL</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="12"/>
        <source>ANY</source>
        <translation>AU MOINS UNE</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="14"/>
        <source>TRUE</source>
        <translation>VRAIES</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="14"/>
        <source>FALSE</source>
        <translation>FAUSSES</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="15"/>
        <source>If &lt;b&gt;%1&lt;/b&gt; of these conditions are &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Si &lt;b&gt;%1&lt;/b&gt; de ces conditions sont &lt;b&gt;%2&lt;/b&gt; :</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="26"/>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="50"/>
        <source>No conditions: every customer the segment applies to is a member.</source>
        <translation>Aucune condition : chaque client concerné par le segment en est membre.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="60"/>
        <source>Select a segment to read its conditions here.</source>
        <translation>Choisissez un segment pour lire ses conditions ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsummaryview.cpp" line="62"/>
        <source>%n segments selected.</source>
        <translation>
            <numerusform>%n segment sélectionné.</numerusform>
            <numerusform>%n segments sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="75"/>
        <source>registered customers</source>
        <translation>clients inscrits</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="78"/>
        <source>guests (by e-mail)</source>
        <translation>invités (par e-mail)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="81"/>
        <source>registered customers and guests</source>
        <translation>clients inscrits et invités</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="88"/>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="89"/>
        <source>Applies to %1 of %2</source>
        <translation>S&apos;applique aux %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="91"/>
        <source>all websites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="92"/>
        <source>websites %1</source>
        <translation>les sites %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="94"/>
        <source>%1 members at the last refresh (%2)</source>
        <translation>%1 membres à la dernière actualisation (%2)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="99"/>
        <source>Not refreshed yet: no members are stored</source>
        <translation>Pas encore actualisé : aucun membre enregistré</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="100"/>
        <source>Refreshed on schedule</source>
        <translation>Actualisé selon la planification</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="101"/>
        <source>Frozen as a static list: never recomputed, include and exclude edit it</source>
        <translation>Figé en liste statique : jamais recalculé, inclure et exclure le modifient</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="104"/>
        <source>Refreshed by hand</source>
        <translation>Actualisé à la main</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="106"/>
        <source>Moves its members to customer group %1 (priority %2)</source>
        <translation>Déplace ses membres dans le groupe de clients %1 (priorité %2)</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="109"/>
        <source>&lt;b&gt;Inactive&lt;/b&gt;: not refreshed, exported or applied</source>
        <translation>&lt;b&gt;Inactif&lt;/b&gt; : ni actualisé, ni exporté, ni appliqué</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="112"/>
        <source>Last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsummaryview.cpp" line="114"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>SizeHistoryView</name>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="22"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="27"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="28"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="29"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="30"/>
        <source>All snapshots</source>
        <translation>Tous les relevés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="33"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="36"/>
        <source>&lt;b&gt;Show&lt;/b&gt;</source>
        <translation>&lt;b&gt;Afficher&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="48"/>
        <source>&lt;h3&gt;No size history yet&lt;/h3&gt;&lt;p&gt;Every refresh records how many members a segment has.&lt;br&gt;Refresh your segments (or let the scheduled refresh run) and their sizes appear here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore d’historique de taille&lt;/h3&gt;&lt;p&gt;Chaque actualisation enregistre le nombre de membres d’un segment.&lt;br&gt;Actualisez vos segments (ou laissez l’actualisation planifiée s’exécuter) et leurs tailles apparaîtront ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="67"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="75"/>
        <source>Reading the size history failed: %1</source>
        <translation>La lecture de l’historique de taille a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="85"/>
        <source>%1 snapshots of %2 segments</source>
        <translation>%1 relevés de %2 segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="129"/>
        <source>Reading the size history…</source>
        <translation>Lecture de l’historique de taille…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sizehistoryview.cpp" line="133"/>
        <source>Choose at least one segment</source>
        <translation>Choisissez au moins un segment</translation>
    </message>
</context>
<context>
    <name>SplitSegmentDialog</name>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="16"/>
        <source>Split into test and control</source>
        <translation>Scinder en test et témoin</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="24"/>
        <source>Two new inactive segments from %1: a random share of its members (%1-test) and the others (%1-control).</source>
        <translation>Deux nouveaux segments inactifs à partir de %1 : une part aléatoire de ses membres (%1-test) et les autres (%1-control).</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="27"/>
        <source>Test group:</source>
        <translation>Groupe test :</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="28"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="29"/>
        <source>The same seed always draws the same customers.</source>
        <translation>La même graine tire toujours les mêmes clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/splitsegmentdialog.cpp" line="31"/>
        <source>Split</source>
        <translation>Scinder</translation>
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
        <translation>SQL du segment</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="44"/>
        <source>SQL of &quot;%1&quot;</source>
        <translation>SQL de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="48"/>
        <source>SQL of “%1”</source>
        <translation>SQL de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="55"/>
        <source>The statement that selects the members of this segment: one row per member, &lt;b&gt;customer_id&lt;/b&gt; for customers and &lt;b&gt;guest_key&lt;/b&gt; (the e-mail) for guests. Values are bound, never written into the text: each &lt;b&gt;?&lt;/b&gt; takes the value listed on the right, in the same order.</source>
        <translation>La requête qui sélectionne les membres de ce segment : une ligne par membre, &lt;b&gt;customer_id&lt;/b&gt; pour les clients et &lt;b&gt;guest_key&lt;/b&gt; (l&apos;e-mail) pour les invités. Les valeurs sont liées, jamais écrites dans le texte : chaque &lt;b&gt;?&lt;/b&gt; prend la valeur listée à droite, dans le même ordre.</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="65"/>
        <source>%1 (the connected store)</source>
        <translation>%1 (la boutique connectée)</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="70"/>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="73"/>
        <source>&amp;Copy SQL and values</source>
        <translation>&amp;Copier le SQL et les valeurs</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="75"/>
        <source>Copies the statement followed by its bound values as SQL comments.</source>
        <translation>Copie la requête suivie de ses valeurs liées en commentaires SQL.</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="90"/>
        <source>SQL statement</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Placeholder</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="94"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="102"/>
        <source>Bound values</source>
        <translation>Valeurs liées</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="112"/>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requête&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="114"/>
        <source>&lt;b&gt;Bound values&lt;/b&gt;, in the order of the &lt;b&gt;?&lt;/b&gt; placeholders</source>
        <translation>&lt;b&gt;Valeurs liées&lt;/b&gt;, dans l&apos;ordre des paramètres &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="183"/>
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation>
            <numerusform>-- %n valeur liée, dans l&apos;ordre des paramètres ? :
</numerusform>
            <numerusform>-- %n valeurs liées, dans l&apos;ordre des paramètres ? :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="196"/>
        <source>Copied the statement and its %n bound value(s).</source>
        <translation>
            <numerusform>Requête et %n valeur liée copiées.</numerusform>
            <numerusform>Requête et %n valeurs liées copiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="211"/>
        <source>Compiling for %1…</source>
        <translation>Compilation pour %1…</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="235"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The SQL cannot be shown: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Le SQL ne peut pas être affiché : %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="253"/>
        <source>seg_fold() is Segmentor&apos;s Unicode case folding, registered on its own SQLite connections: to run this statement elsewhere, replace it with lower().</source>
        <translation>seg_fold() est la mise en minuscules Unicode de Segmentor, enregistrée sur ses propres connexions SQLite : pour exécuter cette requête ailleurs, remplacez-la par lower().</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/builder/sqlpreviewdialog.cpp" line="259"/>
        <source>%1 · %n bound value(s) · evaluated as of now in the store&apos;s time zone.</source>
        <translation>
            <numerusform>%1 · %n valeur liée · évalué maintenant dans le fuseau horaire de la boutique.</numerusform>
            <numerusform>%1 · %n valeurs liées · évalué maintenant dans le fuseau horaire de la boutique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncFailureTableModel</name>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="36"/>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="36"/>
        <source>remove</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="51"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="53"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="55"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncfailuretablemodel.cpp" line="57"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="86"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="88"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="90"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="92"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="94"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="96"/>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="98"/>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="100"/>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <location filename="../ui/integrations/syncruntablemodel.cpp" line="102"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="22"/>
        <location filename="../ui/editor/versionsview.cpp" line="25"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="24"/>
        <source>%1 (database user %2)</source>
        <translation>%1 (utilisateur de base %2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>Saved by</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="48"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="65"/>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="68"/>
        <source>Saves this version as the newest one; the current definition stays in the list, so restoring can be undone by restoring it</source>
        <translation>Enregistre cette version comme la plus récente ; la définition actuelle reste dans la liste, la restaurer annule donc la restauration</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="105"/>
        <source>Loading the versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="114"/>
        <source>Could not read the versions: %1</source>
        <translation>Impossible de lire les versions : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="155"/>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="172"/>
        <source>No version yet: the history starts with the next save.</source>
        <translation>Aucune version pour l&apos;instant : l&apos;historique commence au prochain enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="173"/>
        <source>Each save keeps a version. Select one to see what restoring it would change.</source>
        <translation>Chaque enregistrement conserve une version. Sélectionnez-en une pour voir ce que sa restauration changerait.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="192"/>
        <source>Version %1 is the current definition.</source>
        <translation>La version %1 est la définition actuelle.</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="200"/>
        <source>Restoring version %1 would make these changes to the current definition:</source>
        <translation>Restaurer la version %1 apporterait ces changements à la définition actuelle :</translation>
    </message>
    <message>
        <location filename="../ui/editor/versionsview.cpp" line="203"/>
        <source>No difference: version %1 reads the same as the current one.</source>
        <translation>Aucune différence : la version %1 se lit comme l&apos;actuelle.</translation>
    </message>
</context>
<context>
    <name>seg::ConditionCatalog</name>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="63"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="64"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="65"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="66"/>
        <source>Not specified</source>
        <translation>Non précisé</translation>
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
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="70"/>
        <source>Not activated</source>
        <translation>Non activé</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="71"/>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="72"/>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="73"/>
        <source>Never subscribed</source>
        <translation>Jamais abonné</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="76"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="77"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="116"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="78"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="117"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="79"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="80"/>
        <source>Name prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="81"/>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="83"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="84"/>
        <source>Age (years)</source>
        <translation>Âge (ans)</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="85"/>
        <source>Days until birthday</source>
        <translation>Jours avant l&apos;anniversaire</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="87"/>
        <source>Registered at</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="88"/>
        <source>Days since registration</source>
        <translation>Jours depuis l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="90"/>
        <source>Last login at</source>
        <translation>Dernière connexion le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="91"/>
        <source>Days since last login</source>
        <translation>Jours depuis la dernière connexion</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="93"/>
        <source>Account updated at</source>
        <translation>Compte modifié le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="94"/>
        <source>Customer group</source>
        <translation>Groupe de clients</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="95"/>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="96"/>
        <source>Created in store view</source>
        <translation>Créé dans la vue magasin</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="97"/>
        <source>Created in (store view name)</source>
        <translation>Vue de création (nom)</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="98"/>
        <source>Account is active</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="99"/>
        <source>Account is confirmed</source>
        <translation>Compte confirmé</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="100"/>
        <source>Failed logins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="101"/>
        <source>First failed login</source>
        <translation>Première connexion échouée</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="102"/>
        <source>Lock expires</source>
        <translation>Fin du verrouillage</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="103"/>
        <source>Tax/VAT number</source>
        <translation>N° de TVA / fiscal</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="108"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="109"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="110"/>
        <source>Region id</source>
        <translation>ID de région</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="111"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="112"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="113"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="114"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="115"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="118"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="119"/>
        <source>VAT number is valid</source>
        <translation>N° de TVA valide</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="123"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="124"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="125"/>
        <source>Placed at</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="126"/>
        <source>Days since placed</source>
        <translation>Jours depuis la commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="128"/>
        <source>Updated at</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="129"/>
        <source>Store view</source>
        <translation>Vue magasin</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="130"/>
        <source>Order currency</source>
        <translation>Devise de la commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="131"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="132"/>
        <source>Shipping method</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="133"/>
        <source>Coupon code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="134"/>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="135"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="136"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="137"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="138"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="139"/>
        <source>Quantity ordered</source>
        <translation>Quantité commandée</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="140"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="141"/>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="142"/>
        <source>Shipping country</source>
        <translation>Pays de livraison</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="146"/>
        <source>Number of orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="147"/>
        <source>Lifetime sales</source>
        <translation>Ventes cumulées</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="148"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="149"/>
        <source>Lifetime refunds</source>
        <translation>Remboursements cumulés</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="150"/>
        <source>Purchased quantity</source>
        <translation>Quantité achetée</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="151"/>
        <source>Total discount</source>
        <translation>Remises totales</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="152"/>
        <source>Total shipping</source>
        <translation>Frais de livraison totaux</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="153"/>
        <source>Total tax</source>
        <translation>Taxes totales</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="154"/>
        <source>First order date</source>
        <translation>Date de la première commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="155"/>
        <source>Last order date</source>
        <translation>Date de la dernière commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="156"/>
        <source>Days since first order</source>
        <translation>Jours depuis la première commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="158"/>
        <source>Days since last order</source>
        <translation>Jours depuis la dernière commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="163"/>
        <source>Has a cart</source>
        <translation>A un panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="164"/>
        <source>Cart lines</source>
        <translation>Lignes du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="165"/>
        <source>Cart quantity</source>
        <translation>Quantité dans le panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="166"/>
        <source>Cart subtotal</source>
        <translation>Sous-total du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="167"/>
        <source>Cart grand total</source>
        <translation>Total TTC du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="168"/>
        <source>Cart discount</source>
        <translation>Remise du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="169"/>
        <source>Cart coupon code</source>
        <translation>Code promo du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="170"/>
        <source>Cart created at</source>
        <translation>Panier créé le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="171"/>
        <source>Cart updated at</source>
        <translation>Panier modifié le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="172"/>
        <source>Days since cart update</source>
        <translation>Jours depuis la modification du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="178"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="179"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="180"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="181"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="182"/>
        <source>Product type</source>
        <translation>Type de produit</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="183"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="186"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="188"/>
        <source>Added to wishlist at</source>
        <translation>Ajouté à la liste d&apos;envies le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="190"/>
        <source>Viewed at</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="192"/>
        <source>Ordered at</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="194"/>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="199"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="199"/>
        <source>Customer attribute</source>
        <translation>Attribut client</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="201"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="203"/>
        <source>Orders and lifetime value</source>
        <translation>Commandes et valeur client</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="204"/>
        <source>Orders aggregate</source>
        <translation>Agrégat des commandes</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="205"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="206"/>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="207"/>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="207"/>
        <source>Cart attribute</source>
        <translation>Attribut du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="209"/>
        <source>Cart products</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="210"/>
        <source>Products in cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="211"/>
        <source>Wishlist</source>
        <translation>Liste d&apos;envies</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="212"/>
        <source>Products in wishlist</source>
        <translation>Produits de la liste d&apos;envies</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="213"/>
        <location filename="../core/catalog/conditioncatalog.cpp" line="214"/>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="215"/>
        <source>Newsletter status</source>
        <translation>Statut newsletter</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="217"/>
        <source>Other segments</source>
        <translation>Autres segments</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="217"/>
        <source>Member of segments</source>
        <translation>Membre de segments</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="219"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="219"/>
        <source>RFM score</source>
        <translation>Score RFM</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="220"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="220"/>
        <source>Random sample</source>
        <translation>Échantillon aléatoire</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="302"/>
        <source>Recency score</source>
        <translation>Score de récence</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="303"/>
        <source>Frequency score</source>
        <translation>Score de fréquence</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="304"/>
        <source>Monetary score</source>
        <translation>Score monétaire</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="310"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="311"/>
        <source>amount spent</source>
        <translation>montant dépensé</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="312"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="313"/>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="328"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="329"/>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="330"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="331"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="332"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="333"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="334"/>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="335"/>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="336"/>
        <source>is not one of</source>
        <translation>n&apos;est aucun de</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="337"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="338"/>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="339"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="340"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="341"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="342"/>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="343"/>
        <source>is within the last N days</source>
        <translation>dans les N derniers jours</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="344"/>
        <source>is not within the last N days</source>
        <translation>pas dans les N derniers jours</translation>
    </message>
    <message>
        <location filename="../core/catalog/conditioncatalog.cpp" line="345"/>
        <source>was between N and M days ago</source>
        <translation>il y a entre N et M jours</translation>
    </message>
</context>
<context>
    <name>seg::CustomerProfileLoader</name>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="36"/>
        <source>cannot read the customer</source>
        <translation>impossible de lire le client</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="90"/>
        <source>Default billing and shipping</source>
        <translation>Facturation et livraison par défaut</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="91"/>
        <source>Default billing</source>
        <translation>Facturation par défaut</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="92"/>
        <source>Default shipping</source>
        <translation>Livraison par défaut</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="93"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="174"/>
        <source>Shipping (latest order)</source>
        <translation>Livraison (dernière commande)</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="175"/>
        <source>Billing (latest order)</source>
        <translation>Facturation (dernière commande)</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="200"/>
        <source>cannot read the member&apos;s segments</source>
        <translation>impossible de lire les segments du membre</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="220"/>
        <source>cannot read the override</source>
        <translation>impossible de lire l&apos;exception</translation>
    </message>
    <message>
        <location filename="../core/members/customerprofile.cpp" line="236"/>
        <source>cannot read the member&apos;s journal</source>
        <translation>impossible de lire le journal du membre</translation>
    </message>
</context>
<context>
    <name>seg::DailySnapshotStore</name>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="20"/>
        <source>writing the daily snapshots failed: %1</source>
        <translation>l&apos;écriture des instantanés quotidiens a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="46"/>
        <source>replacing the daily snapshots failed</source>
        <translation>le remplacement des instantanés quotidiens a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/dailysnapshotstore.cpp" line="104"/>
        <source>reading the daily snapshots failed</source>
        <translation>la lecture des instantanés quotidiens a échoué</translation>
    </message>
</context>
<context>
    <name>seg::DefinitionDiff</name>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="27"/>
        <source> (muted)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="28"/>
        <source> (locked)</source>
        <translation> (verrouillée)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="140"/>
        <source>all websites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="151"/>
        <source>registered customers</source>
        <translation>clients inscrits</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="153"/>
        <source>guests</source>
        <translation>invités</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="155"/>
        <source>registered customers and guests</source>
        <translation>clients inscrits et invités</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="162"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="162"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="167"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="172"/>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="173"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="192"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="193"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="194"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="196"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="197"/>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="199"/>
        <source>Apply to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="201"/>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="203"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="205"/>
        <source>Move to customer group</source>
        <translation>Déplacer vers le groupe de clients</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="237"/>
        <source> (in: %1)</source>
        <translation> (dans : %1)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="259"/>
        <source>%1 changed</source>
        <comment>settings</comment>
        <translation>%1 : modifié</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="261"/>
        <source>%1 added</source>
        <translation>%1 ajoutée(s)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="262"/>
        <source>%1 removed</source>
        <translation>%1 supprimée(s)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="263"/>
        <source>%1 changed</source>
        <comment>conditions</comment>
        <translation>%1 modifiée(s)</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="265"/>
        <source>conditions: %1</source>
        <translation>conditions : %1</translation>
    </message>
    <message>
        <location filename="../core/definition/definitiondiff.cpp" line="266"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
</context>
<context>
    <name>seg::DefinitionVersions</name>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="33"/>
        <source>no segment with this code</source>
        <translation>aucun segment avec ce code</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="38"/>
        <source>no version %1</source>
        <translation>pas de version %1</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="45"/>
        <source>as it was before the history started</source>
        <translation>tel qu&apos;il était avant le début de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="48"/>
        <source>created by an import</source>
        <translation>créé par un import</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="49"/>
        <source>created as a copy</source>
        <translation>créé comme copie</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="50"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="55"/>
        <source>restored version %1: %2</source>
        <translation>version %1 restaurée : %2</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="57"/>
        <source>imported: %1</source>
        <translation>importé : %1</translation>
    </message>
    <message>
        <location filename="../core/operations/definitionversions.cpp" line="140"/>
        <source>version %1 cannot be read: %2</source>
        <translation>la version %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>seg::ExportColumns</name>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="17"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="18"/>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="19"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="20"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="21"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="22"/>
        <source>Customer group</source>
        <translation>Groupe de clients</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="23"/>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="24"/>
        <source>Registered at</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="25"/>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="26"/>
        <source>Billing region</source>
        <translation>Région de facturation</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="27"/>
        <source>Billing city</source>
        <translation>Ville de facturation</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="28"/>
        <source>Billing postcode</source>
        <translation>Code postal de facturation</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="29"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="30"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="31"/>
        <source>Lifetime sales</source>
        <translation>Ventes cumulées</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="32"/>
        <source>Last order at</source>
        <translation>Dernière commande le</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="69"/>
        <source>unknown export column %1 (known: %2)</source>
        <translation>colonne d&apos;export inconnue %1 (connues : %2)</translation>
    </message>
    <message>
        <location filename="../core/export/exportcolumns.cpp" line="70"/>
        <source>unknown export columns %1 (known: %2)</source>
        <translation>colonnes d&apos;export inconnues %1 (connues : %2)</translation>
    </message>
</context>
<context>
    <name>seg::History</name>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="22"/>
        <source>Refresh started</source>
        <translation>Actualisation lancée</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="23"/>
        <source>Refresh finished</source>
        <translation>Actualisation terminée</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="24"/>
        <source>Refresh failed</source>
        <translation>Échec de l&apos;actualisation</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="25"/>
        <source>Refresh cancelled</source>
        <translation>Actualisation annulée</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="26"/>
        <source>Refresh interrupted</source>
        <translation>Actualisation interrompue</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="27"/>
        <source>Customers added</source>
        <translation>Clients ajoutés</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="28"/>
        <source>Customers removed</source>
        <translation>Clients retirés</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="29"/>
        <source>Customer group changed</source>
        <translation>Groupe de clients modifié</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="30"/>
        <source>Customer excluded</source>
        <translation>Client exclu</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="31"/>
        <source>Customer included</source>
        <translation>Client inclus</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="32"/>
        <source>Override reset</source>
        <translation>Exception annulée</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="33"/>
        <source>Refresh skipped</source>
        <translation>Actualisation ignorée</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="34"/>
        <source>Frozen as a static list</source>
        <translation>Figé en liste statique</translation>
    </message>
    <message>
        <location filename="../core/repository/segmentrepository.cpp" line="35"/>
        <source>Unfrozen</source>
        <translation>Défigé</translation>
    </message>
</context>
<context>
    <name>seg::HistoryLog</name>
    <message>
        <location filename="../core/history/historylog.cpp" line="30"/>
        <source>cannot read the segment %1</source>
        <translation>impossible de lire le segment %1</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="33"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>aucun segment avec le code « %1 »</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="48"/>
        <source>cannot read the history of %1</source>
        <translation>impossible de lire l&apos;historique de %1</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="78"/>
        <location filename="../core/history/historylog.cpp" line="104"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="81"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="82"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="83"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="84"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="85"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="86"/>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="87"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../core/history/historylog.cpp" line="88"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>seg::MemberExplainer</name>
    <message>
        <source>cannot look up the e-mail</source>
        <translation type="vanished">impossible de rechercher l&apos;e-mail</translation>
    </message>
    <message>
        <source>Enter a customer id or an e-mail address.</source>
        <translation type="vanished">Saisissez un ID client ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>This segment (not saved yet)</source>
        <translation type="vanished">Ce segment (pas encore enregistré)</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; (not saved yet)</source>
        <translation type="vanished">Segment « %1 » (pas encore enregistré)</translation>
    </message>
</context>
<context>
    <name>seg::MemberExporter</name>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="276"/>
        <source>no output file given</source>
        <translation>aucun fichier de sortie indiqué</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="281"/>
        <source>the CSV delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;</source>
        <translation>le séparateur CSV doit être &apos;,&apos; ou &apos;;&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="291"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="297"/>
        <source>it is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="334"/>
        <location filename="../core/export/memberexporter.cpp" line="359"/>
        <source>the store rejected the export query: %1</source>
        <translation>la boutique a refusé la requête d&apos;export : %1</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="342"/>
        <location filename="../core/export/memberexporter.cpp" line="365"/>
        <location filename="../core/export/memberexporter.cpp" line="375"/>
        <source>the export query failed: %1</source>
        <translation>la requête d&apos;export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/export/memberexporter.cpp" line="392"/>
        <source>cannot prepare the export in the store session: %1</source>
        <translation>impossible de préparer l’export dans la session de la boutique : %1</translation>
    </message>
</context>
<context>
    <name>seg::MemberKeyResolver</name>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="39"/>
        <source>website %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="46"/>
        <source>customer %1 (%2)</source>
        <translation>client %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="78"/>
        <source>expected a customer id or an e-mail address, got nothing</source>
        <translation>un identifiant client ou une adresse e-mail était attendu, rien n&apos;a été donné</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="84"/>
        <location filename="../core/members/memberkeyresolver.cpp" line="140"/>
        <source>no customer with id %1 in this store</source>
        <translation>aucun client avec l&apos;identifiant %1 dans cette boutique</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="110"/>
        <source>%1 is the e-mail of several customers: %2; give the customer id instead</source>
        <translation>%1 est l&apos;e-mail de plusieurs clients : %2 ; donnez plutôt l&apos;identifiant client</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="117"/>
        <source>%1 is neither a customer nor a guest of this store</source>
        <translation>%1 n&apos;est ni un client ni un invité de cette boutique</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="123"/>
        <source>%1 is neither a customer nor a guest on the segment&apos;s websites (%2)</source>
        <translation>%1 n&apos;est ni un client ni un invité sur les sites du segment (%2)</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="125"/>
        <source>; it is the e-mail of %1</source>
        <translation> ; c&apos;est l&apos;e-mail de %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="136"/>
        <source>cannot look up customer %1</source>
        <translation>impossible de rechercher le client %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="163"/>
        <source>cannot look up the e-mail %1</source>
        <translation>impossible de rechercher l&apos;e-mail %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="178"/>
        <source>cannot read the websites</source>
        <translation>impossible de lire les sites</translation>
    </message>
    <message>
        <location filename="../core/members/memberkeyresolver.cpp" line="197"/>
        <source>cannot look up the guest orders of %1</source>
        <translation>impossible de rechercher les commandes invité de %1</translation>
    </message>
</context>
<context>
    <name>seg::MemberPageQuery</name>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="27"/>
        <source>Override</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="28"/>
        <source>Joined in last refresh</source>
        <translation>Entré à la dernière actualisation</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="79"/>
        <source>cannot prepare the member list in the store session: %1</source>
        <translation>impossible de préparer la liste des membres dans la session de la boutique : %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="104"/>
        <source>cannot read the last refresh</source>
        <translation>impossible de lire la dernière actualisation</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="117"/>
        <source>no segment with the code &quot;%1&quot;</source>
        <translation>aucun segment avec le code « %1 »</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="141"/>
        <source>cannot read the members</source>
        <translation>impossible de lire les membres</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="157"/>
        <source>cannot stage the members: %1</source>
        <translation>impossible de préparer les membres : %1</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="191"/>
        <source>computing the members failed</source>
        <translation>le calcul des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="219"/>
        <source>reading the guests&apos; orders failed</source>
        <translation>la lecture des commandes des invités a échoué</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="241"/>
        <location filename="../core/members/memberpagequery.cpp" line="305"/>
        <source>counting the members failed</source>
        <translation>le comptage des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="244"/>
        <source>counting the members returned no row</source>
        <translation>le comptage des membres n&apos;a renvoyé aucune ligne</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="252"/>
        <location filename="../core/members/memberpagequery.cpp" line="364"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>colonne inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="270"/>
        <location filename="../core/members/memberpagequery.cpp" line="315"/>
        <location filename="../core/members/memberpagequery.cpp" line="387"/>
        <source>reading the members failed</source>
        <translation>la lecture des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="430"/>
        <source>cannot read the members&apos; details</source>
        <translation>impossible de lire les détails des membres</translation>
    </message>
    <message>
        <source>cannot read the customer groups</source>
        <translation type="vanished">impossible de lire les groupes de clients</translation>
    </message>
    <message>
        <source>cannot read the countries</source>
        <translation type="vanished">impossible de lire les pays</translation>
    </message>
    <message>
        <source>cannot read the members&apos; names</source>
        <translation type="vanished">impossible de lire les noms des membres</translation>
    </message>
    <message>
        <location filename="../core/members/memberpagequery.cpp" line="539"/>
        <source>cannot stage the selected members</source>
        <translation>impossible de préparer les membres sélectionnés</translation>
    </message>
</context>
<context>
    <name>seg::MembershipTimeline</name>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="68"/>
        <location filename="../core/reports/membershiptimeline.cpp" line="150"/>
        <source>reading the member journal failed</source>
        <translation>la lecture du journal des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="86"/>
        <source>reading the segment members failed</source>
        <translation>la lecture des membres du segment a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/membershiptimeline.cpp" line="122"/>
        <source>reading the period&apos;s orders failed</source>
        <translation>la lecture des commandes de la période a échoué</translation>
    </message>
</context>
<context>
    <name>seg::NodeDescription</name>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="23"/>
        <source>%1 is within the last %2 days</source>
        <translation>%1 : dans les %2 derniers jours</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="26"/>
        <source>%1 is not within the last %2 days</source>
        <translation>%1 : pas dans les %2 derniers jours</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="30"/>
        <source>%1 was between %2 and %3 days ago</source>
        <translation>%1 : il y a entre %2 et %3 jours</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="54"/>
        <source>%1 of these are %2</source>
        <translation>%1 de ces conditions sont %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="55"/>
        <location filename="../core/definition/nodedescription.cpp" line="70"/>
        <source>ALL</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="55"/>
        <location filename="../core/definition/nodedescription.cpp" line="70"/>
        <source>ANY</source>
        <translation>AU MOINS UNE</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="56"/>
        <location filename="../core/definition/nodedescription.cpp" line="71"/>
        <source>TRUE</source>
        <translation>VRAIES</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="56"/>
        <location filename="../core/definition/nodedescription.cpp" line="71"/>
        <source>FALSE</source>
        <translation>FAUSSES</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="58"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="59"/>
        <source>Default shipping address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="60"/>
        <source>Any address</source>
        <translation>N&apos;importe quelle adresse</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="62"/>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="63"/>
        <source>Products in the cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="64"/>
        <source>Products in the wishlist</source>
        <translation>Produits de la liste d&apos;envies</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="65"/>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="69"/>
        <source>If %1 of these conditions are %2</source>
        <translation>Si %1 de ces conditions sont %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="77"/>
        <location filename="../core/definition/nodedescription.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="78"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="79"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="83"/>
        <source>%1 where %2</source>
        <translation>%1 où %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="89"/>
        <source>%1, counting orders where %2</source>
        <translation>%1, en comptant les commandes où %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="90"/>
        <source>%1, counting all orders</source>
        <translation>%1, en comptant toutes les commandes</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="95"/>
        <source>no item</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="97"/>
        <source>quantity %1 %2</source>
        <translation>quantité %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="101"/>
        <source>amount spent %1 %2</source>
        <translation>montant dépensé %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="105"/>
        <source>distinct orders %1 %2</source>
        <translation>commandes distinctes %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="109"/>
        <source>item count %1 %2</source>
        <translation>nombre d&apos;articles %1 %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="113"/>
        <source>at least one item</source>
        <translation>au moins un article</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="115"/>
        <source>%1: %2 where %3</source>
        <translation>%1 : %2 où %3</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="120"/>
        <source>Stored member %1 segments %2</source>
        <translation>Membre enregistré %1 segments %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="124"/>
        <source>Member %1 segments %2</source>
        <translation>Membre %1 segments %2</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="121"/>
        <location filename="../core/definition/nodedescription.cpp" line="125"/>
        <source>of any of</source>
        <translation>d&apos;au moins un des</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="122"/>
        <location filename="../core/definition/nodedescription.cpp" line="126"/>
        <source>of none of</source>
        <translation>d&apos;aucun des</translation>
    </message>
    <message>
        <location filename="../core/definition/nodedescription.cpp" line="131"/>
        <source>Random sample of %1% (seed &quot;%2&quot;)</source>
        <translation>Échantillon aléatoire de %1 % (graine « %2 »)</translation>
    </message>
</context>
<context>
    <name>seg::OrderStatuses</name>
    <message>
        <location filename="../core/reports/orderstatuses.cpp" line="19"/>
        <location filename="../core/reports/orderstatuses.cpp" line="34"/>
        <source>reading the order statuses failed</source>
        <translation>la lecture des statuts de commande a échoué</translation>
    </message>
</context>
<context>
    <name>seg::OverlapReport</name>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="28"/>
        <source>the overlap report was cancelled</source>
        <translation>le rapport de recoupement a été annulé</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="41"/>
        <source>computing the overlap failed</source>
        <translation>le calcul du recoupement a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="73"/>
        <source>counting the members failed</source>
        <translation>le comptage des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="85"/>
        <source>listing the members failed</source>
        <translation>la liste des membres a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/overlapreport.cpp" line="116"/>
        <source>reading the customers failed</source>
        <translation>la lecture des clients a échoué</translation>
    </message>
</context>
<context>
    <name>seg::PerformanceReport</name>
    <message>
        <location filename="../core/reports/performancereport.cpp" line="19"/>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <location filename="../core/reports/performancereport.cpp" line="137"/>
        <source>the period is empty or its dates are invalid</source>
        <translation>la période est vide ou ses dates sont invalides</translation>
    </message>
</context>
<context>
    <name>seg::PerformanceTables</name>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="30"/>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="31"/>
        <source>Period end</source>
        <translation>Fin de période</translation>
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
        <translation>Appartenance</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="34"/>
        <location filename="../core/reports/performancetables.cpp" line="66"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="35"/>
        <source>Members at start</source>
        <translation>Membres au début</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="36"/>
        <source>Members at end</source>
        <translation>Membres à la fin</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="37"/>
        <location filename="../core/reports/performancetables.cpp" line="69"/>
        <source>Converters</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="38"/>
        <source>Conversion rate (%)</source>
        <translation>Taux de conversion (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="39"/>
        <location filename="../core/reports/performancetables.cpp" line="70"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="40"/>
        <location filename="../core/reports/performancetables.cpp" line="71"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="41"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="42"/>
        <source>Revenue per member</source>
        <translation>Chiffre d&apos;affaires par membre</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="64"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="67"/>
        <source>Joined</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="68"/>
        <source>Left</source>
        <translation>Sortis</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="72"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="83"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="84"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="85"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="86"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="87"/>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="88"/>
        <source>Unique opens</source>
        <translation>Ouvertures uniques</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="89"/>
        <source>Open rate (%)</source>
        <translation>Taux d&apos;ouverture (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="90"/>
        <source>Unique clicks</source>
        <translation>Clics uniques</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="91"/>
        <source>Click rate (%)</source>
        <translation>Taux de clic (%)</translation>
    </message>
    <message>
        <location filename="../core/reports/performancetables.cpp" line="92"/>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
</context>
<context>
    <name>seg::PickLists</name>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="97"/>
        <source>cannot read the %1 attribute</source>
        <translation>impossible de lire l&apos;attribut %1</translation>
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
        <translation>impossible de lire les pays</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="134"/>
        <source>cannot read the regions</source>
        <translation>impossible de lire les régions</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="141"/>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="156"/>
        <location filename="../core/lookups/picklists.cpp" line="165"/>
        <source>cannot read the customer groups</source>
        <translation>impossible de lire les groupes de clients</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="168"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="178"/>
        <source>cannot read the websites</source>
        <translation>impossible de lire les sites</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="196"/>
        <source>cannot read the store views</source>
        <translation>impossible de lire les vues magasin</translation>
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
        <translation>impossible de lire les statuts de commande</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="245"/>
        <source>Check / Money order</source>
        <translation>Chèque / mandat</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="247"/>
        <source>Bank Transfer Payment</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="248"/>
        <source>Cash On Delivery</source>
        <translation>Paiement à la livraison</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="249"/>
        <source>Purchase Order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="251"/>
        <source>No Payment Information Required</source>
        <translation>Aucune information de paiement requise</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="253"/>
        <source>PayPal Express Checkout</source>
        <translation>PayPal Express Checkout</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="255"/>
        <source>Credit Card (Braintree)</source>
        <translation>Carte bancaire (Braintree)</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="268"/>
        <source>cannot read the payment methods</source>
        <translation>impossible de lire les modes de paiement</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="290"/>
        <source>cannot read the shipping methods</source>
        <translation>impossible de lire les modes de livraison</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="317"/>
        <location filename="../core/lookups/picklists.cpp" line="340"/>
        <source>cannot read the categories</source>
        <translation>impossible de lire les catégories</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="331"/>
        <source>cannot read the category names</source>
        <translation>impossible de lire les noms des catégories</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="369"/>
        <location filename="../core/lookups/picklists.cpp" line="372"/>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="397"/>
        <source>cannot read the products</source>
        <translation>impossible de lire les produits</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="467"/>
        <source>no store is open</source>
        <translation>aucune boutique n&apos;est ouverte</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="493"/>
        <source>unknown pick list</source>
        <translation>liste de choix inconnue</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="500"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="502"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="504"/>
        <source>Customer groups</source>
        <translation>Groupes de clients</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="506"/>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="508"/>
        <source>Store views</source>
        <translation>Vues magasin</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="510"/>
        <source>Order statuses</source>
        <translation>Statuts de commande</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="512"/>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="514"/>
        <source>Shipping methods</source>
        <translation>Modes de livraison</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="516"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="518"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../core/lookups/picklists.cpp" line="520"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>seg::ReportPeriods</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="94"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="96"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="98"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="100"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="102"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="104"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="106"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="108"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="110"/>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="112"/>
        <location filename="../core/reports/reportperiod.cpp" line="127"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="121"/>
        <source>No comparison</source>
        <translation>Sans comparaison</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="123"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="125"/>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
</context>
<context>
    <name>seg::ReportSql</name>
    <message>
        <source>reports need Segmentor&apos;s tables in the store database; this store keeps them in the local workspace %1 (its user may not create tables)</source>
        <translation type="vanished">les rapports ont besoin des tables de Segmentor dans la base de la boutique ; cette boutique les garde dans l&apos;espace de travail local %1 (son utilisateur ne peut pas créer de tables)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsql.cpp" line="20"/>
        <source>the store&apos;s schema is not loaded</source>
        <translation>le schéma de la boutique n&apos;est pas chargé</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsql.cpp" line="66"/>
        <source>unknown segment: %1</source>
        <translation>segment inconnu : %1</translation>
    </message>
</context>
<context>
    <name>seg::ReportTableFile</name>
    <message>
        <location filename="../core/reports/reporttablefile.cpp" line="39"/>
        <location filename="../core/reports/reporttablefile.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reporttablefile.cpp" line="65"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>seg::SalesReport</name>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="24"/>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="55"/>
        <source>counting segment members failed</source>
        <translation>le comptage des membres du segment a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="102"/>
        <source>preparing the report in the workspace failed: %1</source>
        <translation>la préparation du rapport dans l’espace de travail a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="147"/>
        <source>reading the period&apos;s orders failed</source>
        <translation>la lecture des commandes de la période a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="198"/>
        <source>computing the segments&apos; sales failed</source>
        <translation>le calcul des ventes des segments a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="230"/>
        <source>counting the store&apos;s customers failed</source>
        <translation>le comptage des clients de la boutique a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/salesreport.cpp" line="240"/>
        <source>the period is empty or its dates are invalid</source>
        <translation>la période est vide ou ses dates sont invalides</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="15"/>
        <source>% of all customers</source>
        <translation>% de tous les clients</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="16"/>
        <source>Customers who ordered</source>
        <translation>Clients ayant commandé</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="18"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="19"/>
        <source>% of all orders</source>
        <translation>% de toutes les commandes</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="20"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="21"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="22"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="23"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="24"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="25"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="26"/>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="27"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../core/reports/salestableexport.cpp" line="58"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="vanished">impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>seg::SegmentSizeHistory</name>
    <message>
        <location filename="../core/reports/segmentsizehistory.cpp" line="32"/>
        <source>reading the segment size snapshots failed</source>
        <translation>la lecture des relevés de taille des segments a échoué</translation>
    </message>
</context>
<context>
    <name>seg::SqlPreview</name>
    <message>
        <source>null</source>
        <translation type="vanished">nul</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="vanished">booléen</translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="vanished">entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="vanished">nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="vanished">date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="vanished">date et heure</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="vanished">texte</translation>
    </message>
</context>
<context>
    <name>seg::StoreCurrency</name>
    <message>
        <location filename="../core/reports/storecurrency.cpp" line="21"/>
        <source>reading the base currency failed</source>
        <translation>la lecture de la devise de base a échoué</translation>
    </message>
    <message>
        <location filename="../core/reports/storecurrency.cpp" line="31"/>
        <source>reading the orders&apos; currency failed</source>
        <translation>la lecture de la devise des commandes a échoué</translation>
    </message>
</context>
</TS>
