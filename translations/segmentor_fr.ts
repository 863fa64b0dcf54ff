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
        <translation>Semaine du %1</translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (comparaison)</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Actualisé le</translation>
    </message>
    <message>
        <source>%1
%2: %3 members</source>
        <translation>%1
%2 : %3 membres</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ConditionBuilderWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%L1 members</source>
        <translation>%L1 membres</translation>
    </message>
    <message>
        <source>match all conditions (counted in %L1 s)</source>
        <translation>remplissent toutes les conditions (compté en %L1 s)</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Échec du comptage : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add condition…</source>
        <translation>Ajouter une condition…</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>Afficher le SQL</translation>
    </message>
    <message>
        <source>The statement that selects the members, with its bound values</source>
        <translation>La requête qui sélectionne les membres, avec ses valeurs liées</translation>
    </message>
    <message>
        <source>Explain a customer…</source>
        <translation>Expliquer un client…</translation>
    </message>
    <message>
        <source>See which conditions one customer passes or fails, and why</source>
        <translation>Voir quelles conditions un client remplit ou non, et pourquoi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Connect to a store to count the members</source>
        <translation>Connectez une boutique pour compter les membres</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Condition types</source>
        <translation>Types de conditions</translation>
    </message>
    <message>
        <source>Drag into a group, or press Enter to add where the cursor is.</source>
        <translation>Glissez dans un groupe, ou appuyez sur Entrée pour ajouter à l'emplacement du curseur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fix the highlighted conditions to count the members</source>
        <translation>Corrigez les conditions surlignées pour compter les membres</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Duplicate condition</source>
        <translation>Dupliquer la condition</translation>
    </message>
    <message>
        <source>Duplicate %1 conditions</source>
        <translation>Dupliquer %1 conditions</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation>Supprimer %1 conditions</translation>
    </message>
    <message>
        <source>Move condition up</source>
        <translation>Monter la condition</translation>
    </message>
    <message>
        <source>Move condition down</source>
        <translation>Descendre la condition</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>La boutique n'a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>ConditionChooserDialog</name>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>ConditionPalette</name>
    <message>
        <source>Find a condition type</source>
        <translation>Chercher un type de condition</translation>
    </message>
</context>
<context>
    <name>ConditionPaletteTree</name>
    <message>
        <source>Condition types</source>
        <translation>Types de conditions</translation>
    </message>
</context>
<context>
    <name>ConditionRowEditor</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
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
        <translation>Cliquez pour basculer entre TOUTES et AU MOINS UNE</translation>
    </message>
    <message>
        <source>Switch to ALL</source>
        <translation>Passer à TOUTES</translation>
    </message>
    <message>
        <source>Switch to ANY</source>
        <translation>Passer à AU MOINS UNE</translation>
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
        <translation>Cliquez pour basculer entre VRAIES et FAUSSES</translation>
    </message>
    <message>
        <source>Switch to TRUE</source>
        <translation>Passer à VRAIES</translation>
    </message>
    <message>
        <source>Switch to FALSE</source>
        <translation>Passer à FAUSSES</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Change operator to "%1"</source>
        <translation>Changer l'opérateur en « %1 »</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Changer la valeur</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Change attribute to "%1"</source>
        <translation>Changer l'attribut en « %1 »</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <source>Products in the cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation>Produits de la liste d'envies</translation>
    </message>
    <message>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <source>Which products are looked at</source>
        <translation>Quels produits sont examinés</translation>
    </message>
    <message>
        <source>Change product source</source>
        <translation>Changer la source des produits</translation>
    </message>
    <message>
        <source>include</source>
        <translation>contiennent</translation>
    </message>
    <message>
        <source>include no</source>
        <translation>ne contiennent aucun</translation>
    </message>
    <message>
        <source>Click to switch between items found and no item found</source>
        <translation>Cliquez pour basculer entre « articles trouvés » et « aucun article trouvé »</translation>
    </message>
    <message>
        <source>Require matching items</source>
        <translation>Exiger des articles correspondants</translation>
    </message>
    <message>
        <source>Require no matching item</source>
        <translation>N'exiger aucun article correspondant</translation>
    </message>
    <message>
        <source>at least one</source>
        <translation>au moins un</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>not exactly</source>
        <translation>pas exactement</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>How many matching items</source>
        <translation>Combien d'articles correspondants</translation>
    </message>
    <message>
        <source>Change item count</source>
        <translation>Changer le nombre d'articles</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <source>of these are</source>
        <translation>de ces conditions sont</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>is in none of</source>
        <translation>n'est dans aucun de</translation>
    </message>
    <message>
        <source>is in one of</source>
        <translation>est dans l'un de</translation>
    </message>
    <message>
        <source>Click to switch between in and not in</source>
        <translation>Cliquez pour basculer entre « dans » et « pas dans »</translation>
    </message>
    <message>
        <source>Switch segment membership</source>
        <translation>Inverser l'appartenance au segment</translation>
    </message>
    <message>
        <source>Change segments</source>
        <translation>Changer les segments</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>of these conditions are</source>
        <translation>de ces conditions sont</translation>
    </message>
    <message>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <source>Default shipping address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <source>Any saved address</source>
        <translation>N'importe quelle adresse enregistrée</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Changer l'adresse</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Aggregate over the orders</source>
        <translation>Agrégat sur les commandes</translation>
    </message>
    <message>
        <source>Change aggregate</source>
        <translation>Changer l'agrégat</translation>
    </message>
    <message>
        <source>over orders where</source>
        <translation>sur les commandes où</translation>
    </message>
    <message>
        <source>over all orders</source>
        <translation>sur toutes les commandes</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>This condition is kept but ignored (Ctrl+M to turn it back on)</source>
        <translation>Cette condition est conservée mais ignorée (Ctrl+M pour la réactiver)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
</context>
<context>
    <name>ConditionTemplates</name>
    <message>
        <source>Ordered products</source>
        <translation>Produits commandés</translation>
    </message>
    <message>
        <source>Products in the cart</source>
        <translation>Produits du panier</translation>
    </message>
    <message>
        <source>Products in the wishlist</source>
        <translation>Produits de la liste d'envies</translation>
    </message>
    <message>
        <source>Viewed products</source>
        <translation>Produits consultés</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>ALL of these conditions</source>
        <translation>TOUTES ces conditions</translation>
    </message>
    <message>
        <source>A group that holds when every condition in it holds</source>
        <translation>Un groupe vrai quand toutes ses conditions sont vraies</translation>
    </message>
    <message>
        <source>ANY of these conditions</source>
        <translation>AU MOINS UNE de ces conditions</translation>
    </message>
    <message>
        <source>A group that holds when at least one condition in it holds</source>
        <translation>Un groupe vrai quand au moins une de ses conditions est vraie</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Newsletter status</source>
        <translation>Statut newsletter</translation>
    </message>
    <message>
        <source>The customer's newsletter subscription</source>
        <translation>L'abonnement du client à la newsletter</translation>
    </message>
    <message>
        <source>The current cart: %1</source>
        <translation>Le panier actuel : %1</translation>
    </message>
    <message>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <source>Conditions on the same billing address</source>
        <translation>Conditions sur la même adresse de facturation</translation>
    </message>
    <message>
        <source>Default shipping address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <source>Conditions on the same shipping address</source>
        <translation>Conditions sur la même adresse de livraison</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>N'importe quelle adresse</translation>
    </message>
    <message>
        <source>Conditions on one of the saved addresses</source>
        <translation>Conditions sur l'une des adresses enregistrées</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Inside an address group, or as a new billing address group</source>
        <translation>Dans un groupe d'adresse, ou comme nouveau groupe d'adresse de facturation</translation>
    </message>
    <message>
        <source>An aggregate over the customer's orders</source>
        <translation>Un agrégat sur les commandes du client</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <source>Filters which orders count, inside an orders group</source>
        <translation>Filtre les commandes prises en compte, dans un groupe de commandes</translation>
    </message>
    <message>
        <source>Customers with (or without) matching items</source>
        <translation>Clients avec (ou sans) articles correspondants</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <source>Inside a products group, or as a new one</source>
        <translation>Dans un groupe de produits, ou comme nouveau groupe</translation>
    </message>
    <message>
        <source>Member of segments</source>
        <translation>Membre de segments</translation>
    </message>
    <message>
        <source>Whether the customer is in other segments</source>
        <translation>Si le client est dans d'autres segments</translation>
    </message>
    <message>
        <source>Not a member of segments</source>
        <translation>Pas membre de segments</translation>
    </message>
    <message>
        <source>Whether the customer is in none of other segments</source>
        <translation>Si le client n'est dans aucun autre segment</translation>
    </message>
</context>
<context>
    <name>ConditionTreeModel</name>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match this condition on its own</source>
        <translation><numerusform>%n membre remplit cette condition à lui seul</numerusform><numerusform>%n membres remplissent cette condition à elle seule</numerusform></translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Delete %1 conditions</source>
        <translation>Supprimer %1 conditions</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Déplacer la condition</translation>
    </message>
    <message>
        <source>Move %1 conditions</source>
        <translation>Déplacer %1 conditions</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Copier la condition</translation>
    </message>
    <message>
        <source>Copy %1 conditions</source>
        <translation>Copier %1 conditions</translation>
    </message>
</context>
<context>
    <name>ConditionValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Number of days (fractions allowed: 0.5 is twelve hours)</source>
        <translation>Nombre de jours (fractions permises : 0,5 vaut douze heures)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick values from the list</source>
        <translation>Choisir des valeurs dans la liste</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
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
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
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
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Could not load the customer</source>
        <translation>Impossible de charger le client</translation>
    </message>
    <message>
        <source>%1 · guest (orders without an account)</source>
        <translation>%1 · invité (commandes sans compte)</translation>
    </message>
    <message>
        <source>%1 · customer #%2</source>
        <translation>%1 · client n° %2</translation>
    </message>
    <message>
        <source>%1 · no longer in the store</source>
        <translation>%1 · n'est plus dans la boutique</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Groupe de clients</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Lifetime sales</source>
        <translation>Ventes cumulées</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Première commande</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>Aucune adresse enregistrée</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>Member of this segment since %1.</source>
        <translation>Membre de ce segment depuis le %1.</translation>
    </message>
    <message>
        <source>Not in this segment's stored membership.</source>
        <translation>Pas dans les membres enregistrés de ce segment.</translation>
    </message>
    <message>
        <source>Excluded by hand on %1.</source>
        <translation>Exclu à la main le %1.</translation>
    </message>
    <message>
        <source>Included by hand on %1.</source>
        <translation>Inclus à la main le %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>&lt;b style='color:#1b6e37'&gt;✔ The definition matches this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#1b6e37'&gt;✔ La définition correspond à ce client maintenant.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#a31d1d'&gt;✘ The definition does not match this customer now.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#a31d1d'&gt;✘ La définition ne correspond pas à ce client maintenant.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No explanation: the customer is not in the store.</source>
        <translation>Pas d'explication : le client n'est pas dans la boutique.</translation>
    </message>
    <message>
        <source>Preview of an unsaved definition: no override or journal.</source>
        <translation>Aperçu d'une définition non enregistrée : ni exception ni journal.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <source>Segments (%1)</source>
        <translation>Segments (%1)</translation>
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
    <name>DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>p. ex. Newsletter</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Audience Mailchimp</translation>
    </message>
    <message>
        <source>Klaviyo list</source>
        <translation>Liste Klaviyo</translation>
    </message>
    <message>
        <source>Transactional (no marketing consent)</source>
        <translation>Transactionnel (sans consentement marketing)</translation>
    </message>
    <message>
        <source>Subscribed (they opted in)</source>
        <translation>Abonnés (ils ont consenti)</translation>
    </message>
    <message>
        <source>Pending (Mailchimp asks them to confirm)</source>
        <translation>En attente (Mailchimp leur demande de confirmer)</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Nouveaux contacts :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Outil :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d'API :</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l'API :</translation>
    </message>
    <message>
        <source>Push after each refresh of:</source>
        <translation>Envoyer après chaque actualisation de :</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain, never in Segmentor's tables.</source>
        <translation>La clé d'API est gardée dans le trousseau du système, jamais dans les tables de Segmentor.</translation>
    </message>
    <message>
        <source>Audience id:</source>
        <translation>Identifiant d'audience :</translation>
    </message>
    <message>
        <source>List id:</source>
        <translation>Identifiant de liste :</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>p. ex. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>e.g. XyZ123</source>
        <translation>p. ex. XyZ123</translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation>Modifier la destination %1</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>enregistrée ; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>Give the destination a name.</source>
        <translation>Donnez un nom à la destination.</translation>
    </message>
    <message>
        <source>Enter the Mailchimp audience id (Audience → Settings → Audience name and defaults).</source>
        <translation>Saisissez l'identifiant d'audience Mailchimp (Audience → Settings → Audience name and defaults).</translation>
    </message>
    <message>
        <source>Enter the Klaviyo list id (Lists &amp; segments → the list → Settings).</source>
        <translation>Saisissez l'identifiant de liste Klaviyo (Lists &amp; segments → la liste → Settings).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L'adresse de l'API doit commencer par https://.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d'API.</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Refresh “%1”</source>
        <translation>Actualiser « %1 »</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:15pt'&gt;&lt;b style='color:#1b6e37'&gt;+%1&lt;/b&gt; would enter &amp;nbsp; &lt;b style='color:#a31d1d'&gt;−%2&lt;/b&gt; would leave&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:15pt'&gt;&lt;b style='color:#1b6e37'&gt;+%1&lt;/b&gt; entreraient &amp;nbsp; &lt;b style='color:#a31d1d'&gt;−%2&lt;/b&gt; sortiraient&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The segment has %1 members now and would have %2 after the refresh. Nothing has changed yet.</source>
        <translation>Le segment a %1 membres maintenant et en aurait %2 après l'actualisation. Rien n'a encore changé.</translation>
    </message>
    <message>
        <source>Would enter (%1)</source>
        <translation>Entreraient (%1)</translation>
    </message>
    <message>
        <source>Would leave (%1)</source>
        <translation>Sortiraient (%1)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Guest %1</source>
        <translation>Invité %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Customer %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <source>Explain a customer</source>
        <translation>Expliquer un client</translation>
    </message>
    <message>
        <source>Explain a customer · %1</source>
        <translation>Expliquer un client · %1</translation>
    </message>
    <message>
        <source>a customer id such as 42, or an e-mail address</source>
        <translation>un numéro de client comme 42, ou une adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Customer id or e-mail:</source>
        <translation>N° de &amp;client ou e-mail :</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Values compared</source>
        <translation>Valeurs comparées</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>✔ the condition is true for this customer · ✘ it is false · muted conditions are shown in grey and ignored. A group set to FALSE wants its conditions to be false.</source>
        <translation>✔ la condition est vraie pour ce client · ✘ elle est fausse · les conditions désactivées sont en gris et ignorées. Un groupe réglé sur FAUSSES attend des conditions fausses.</translation>
    </message>
    <message>
        <source>Enter a customer id or an e-mail address, then press Explain.</source>
        <translation>Saisissez un numéro de client ou une adresse e-mail, puis appuyez sur Expliquer.</translation>
    </message>
    <message>
        <source>– muted</source>
        <translation>– désactivée</translation>
    </message>
    <message>
        <source>✔ true</source>
        <translation>✔ vraie</translation>
    </message>
    <message>
        <source>✘ false</source>
        <translation>✘ fausse</translation>
    </message>
    <message>
        <source>Evaluating the segment for %1…</source>
        <translation>Évaluation du segment pour %1…</translation>
    </message>
    <message>
        <source>This customer cannot be explained: %1</source>
        <translation>Ce client ne peut pas être expliqué : %1</translation>
    </message>
    <message>
        <source>There is no customer with id %1 in this store.</source>
        <translation>Il n'y a pas de client n° %1 dans cette boutique.</translation>
    </message>
    <message>
        <source>No customer or guest with the e-mail "%1" in this store.</source>
        <translation>Aucun client ni invité avec l'e-mail « %1 » dans cette boutique.</translation>
    </message>
    <message>
        <source>%1 is IN this segment</source>
        <translation>%1 est DANS ce segment</translation>
    </message>
    <message>
        <source>%1 is NOT in this segment</source>
        <translation>%1 n'est PAS dans ce segment</translation>
    </message>
    <message>
        <source>guest (orders without an account)</source>
        <translation>invité (commandes sans compte)</translation>
    </message>
    <message>
        <source>registered customer</source>
        <translation>client inscrit</translation>
    </message>
    <message>
        <source>evaluated as of %1 (%2)</source>
        <translation>évalué au %1 (%2)</translation>
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
        <translation>l'invité %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>The same e-mail also belongs to %1: enter an id to explain another one.</source>
        <translation>Le même e-mail appartient aussi à %1 : saisissez un numéro pour en expliquer un autre.</translation>
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
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error / details</source>
        <translation>Erreur / détails</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l'historique : %1</translation>
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
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation>%1 événements exportés vers %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsView</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Completed with failures</source>
        <translation>Terminé avec des échecs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted (resumed by the next sync)</source>
        <translation>Interrompu (repris à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Preview only</source>
        <translation>Aperçu seulement</translation>
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
        <translation>Impossible de lire les intégrations : %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Preview: %1 to add, %2 to remove. Nothing was sent.</source>
        <translation>Aperçu : %1 à ajouter, %2 à retirer. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 added and %2 removed; the next sync continues from there.</source>
        <translation>Synchronisation annulée après %1 ajouts et %2 retraits ; la prochaine reprendra là.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 removed</source>
        <translation>Synchronisé : %1 ajoutés, %2 retirés</translation>
    </message>
    <message numerus="yes">
        <source>, %n refused (see below)</source>
        <translation><numerusform>, %n refusé (voir ci-dessous)</numerusform><numerusform>, %n refusés (voir ci-dessous)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n without an email skipped</source>
        <translation><numerusform>, %n sans e-mail ignoré</numerusform><numerusform>, %n sans e-mail ignorés</numerusform></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Audience / list</source>
        <translation>Audience / liste</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Preview only (dry run)</source>
        <translation>Aperçu seulement (simulation)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a destination and a segment, then Sync now: only the changes since the last sync are sent.</source>
        <translation>Choisissez une destination et un segment, puis Synchroniser maintenant : seuls les changements depuis la dernière synchronisation sont envoyés.</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment :</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Refused members of the selected sync</source>
        <translation>Membres refusés de la synchronisation choisie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>Serve the REST API</source>
        <translation>Servir l'API REST</translation>
    </message>
    <message>
        <source>HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses open it to the network.</source>
        <translation>HÔTE:PORT. 127.0.0.1 garde l'API sur cet ordinateur ; d'autres adresses l'ouvrent au réseau.</translation>
    </message>
    <message>
        <source>Off. Marketing tools and scripts can read segments and members over HTTP with a token.</source>
        <translation>Arrêtée. Les outils marketing et les scripts peuvent lire segments et membres en HTTP avec un jeton.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Create token…</source>
        <translation>Créer un jeton…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Requests appear here while the API is on.</source>
        <translation>Les requêtes s'affichent ici tant que l'API est active.</translation>
    </message>
    <message>
        <source>Tokens (stored hashed; a token is shown once, when created):</source>
        <translation>Jetons (stockés hachés ; un jeton n'est montré qu'une fois, à sa création) :</translation>
    </message>
    <message>
        <source>Request log:</source>
        <translation>Journal des requêtes :</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token "%1"? Tools using it stop getting answers at once.</source>
        <translation>Révoquer le jeton « %1 » ? Les outils qui l'utilisent n'obtiendront plus de réponse.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>read + refresh</source>
        <translation>lecture + actualisation</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>The selected sync has no refused members.</source>
        <translation>La synchronisation choisie n'a aucun membre refusé.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <source>Remove the destination "%1" with its sync history and stored API key? Nothing is deleted in the tool itself.</source>
        <translation>Retirer la destination « %1 » avec son historique et sa clé d'API ? Rien n'est supprimé dans l'outil lui-même.</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation>La clé d'API n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The destination was not saved: %1</source>
        <translation>La destination n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Destination %1 saved.</source>
        <translation>Destination %1 enregistrée.</translation>
    </message>
    <message>
        <source>The destination was not removed: %1</source>
        <translation>La destination n'a pas été retirée : %1</translation>
    </message>
    <message>
        <source>Destination %1 removed.</source>
        <translation>Destination %1 retirée.</translation>
    </message>
    <message>
        <source>No API key is stored for %1: edit the destination and enter its key.</source>
        <translation>Aucune clé d'API enregistrée pour %1 : modifiez la destination et saisissez sa clé.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>Syncing %1 to %2…</source>
        <translation>Synchronisation de %1 vers %2…</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 changements sur %2 envoyés</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>— stopped —</source>
        <translation>— arrêtée —</translation>
    </message>
    <message>
        <source>Enter the address as HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>Saisissez l'adresse sous la forme HÔTE:PORT, p. ex. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cannot serve the API: %1</source>
        <translation>Impossible de servir l'API : %1</translation>
    </message>
    <message>
        <source>Serving on http://%1/v1/ — try %2</source>
        <translation>En service sur http://%1/v1/ — essayez %2</translation>
    </message>
    <message>
        <source>Open to the network: tokens travel in clear text unless a TLS proxy is in front.</source>
        <translation>Ouverte au réseau : les jetons circulent en clair sans proxy TLS devant.</translation>
    </message>
    <message>
        <source>Create API token</source>
        <translation>Créer un jeton d'API</translation>
    </message>
    <message>
        <source>e.g. crm-sync</source>
        <translation>p. ex. crm-sync</translation>
    </message>
    <message>
        <source>May refresh segments (write access)</source>
        <translation>Peut actualiser les segments (accès en écriture)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation>Le jeton n'a pas été créé : %1</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Jeton %1</translation>
    </message>
    <message>
        <source>Copy the token now: it is not stored and cannot be shown again. Send it as
Authorization: Bearer &lt;token&gt;</source>
        <translation>Copiez le jeton maintenant : il n'est pas stocké et ne pourra plus être affiché. Envoyez-le ainsi :
Authorization: Bearer &lt;jeton&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n'a pas été révoqué : %1</translation>
    </message>
</context>
<context>
    <name>LiveCounter</name>
    <message>
        <source>No store is connected.</source>
        <translation>Aucune boutique n'est connectée.</translation>
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
    <message>
        <source>Connect…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Impossible de lire les membres : %1</translation>
    </message>
    <message>
        <source>Search email or name…</source>
        <translation>Chercher un e-mail ou un nom…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>Exclus à la main</translation>
    </message>
    <message>
        <source>Included by hand</source>
        <translation>Inclus à la main</translation>
    </message>
    <message>
        <source>Any override</source>
        <translation>Avec exception</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Sans exception</translation>
    </message>
    <message>
        <source>New in the last refresh</source>
        <translation>Nouveaux à la dernière actualisation</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <source>Keep the selected customers out of this segment, whatever the conditions say</source>
        <translation>Garder les clients choisis hors de ce segment, quelles que soient les conditions</translation>
    </message>
    <message>
        <source>Include…</source>
        <translation>Inclure…</translation>
    </message>
    <message>
        <source>Keep the selected customers in this segment, whatever the conditions say</source>
        <translation>Garder les clients choisis dans ce segment, quelles que soient les conditions</translation>
    </message>
    <message>
        <source>Reset override</source>
        <translation>Annuler l'exception</translation>
    </message>
    <message>
        <source>Let the conditions decide again for the selected customers</source>
        <translation>Laisser de nouveau les conditions décider pour les clients choisis</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>Copier les e-mails</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Refresh…</source>
        <translation>Actualiser…</translation>
    </message>
    <message>
        <source>See who would enter and leave, then refresh the membership</source>
        <translation>Voir qui entrerait et sortirait, puis actualiser les membres</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>Evaluating the definition…</source>
        <translation>Évaluation de la définition…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1+ customers, counting…</source>
        <translation>%1+ clients, comptage…</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 sélectionné(s)</translation>
    </message>
    <message>
        <source> · preview of the unsaved definition</source>
        <translation> · aperçu de la définition non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n customer(s)</source>
        <translation><numerusform>Exclure %n client</numerusform><numerusform>Exclure %n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Include %n customer(s)</source>
        <translation><numerusform>Inclure %n client</numerusform><numerusform>Inclure %n clients</numerusform></translation>
    </message>
    <message>
        <source>Reason (optional, kept in the history):</source>
        <translation>Motif (facultatif, conservé dans l'historique) :</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Override reset for %n customer(s).</source>
        <translation><numerusform>Exception annulée pour %n client.</numerusform><numerusform>Exception annulée pour %n clients.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation><numerusform>%n client exclu ; il sort à la prochaine actualisation.</numerusform><numerusform>%n clients exclus ; ils sortent à la prochaine actualisation.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation><numerusform>%n client inclus ; il entre à la prochaine actualisation.</numerusform><numerusform>%n clients inclus ; ils entrent à la prochaine actualisation.</numerusform></translation>
    </message>
    <message>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <source>Export the selected customers</source>
        <translation>Exporter les clients choisis</translation>
    </message>
    <message>
        <source>Export all customers</source>
        <translation>Exporter tous les clients</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv);;XML Excel 2003 (*.xml)</translation>
    </message>
    <message>
        <source>Exporting %1 customers to %2…</source>
        <translation>Export de %1 clients vers %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
    <message>
        <source>%1 customers exported to %2.</source>
        <translation>%1 clients exportés vers %2.</translation>
    </message>
    <message>
        <source>Could not copy: %1</source>
        <translation>Copie impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) copied.</source>
        <translation><numerusform>%n e-mail copié.</numerusform><numerusform>%n e-mails copiés.</numerusform></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Excluded by hand</source>
        <translation>Exclus à la main</translation>
    </message>
    <message>
        <source>Included by hand</source>
        <translation>Inclus à la main</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Not a member since the last refresh</source>
        <translation>Non membre depuis la dernière actualisation</translation>
    </message>
    <message>
        <source>Joined in the last refresh</source>
        <translation>Entré à la dernière actualisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>aucun segment avec le code « %1 »</translation>
    </message>
    <message>
        <source>Computing who would enter and leave…</source>
        <translation>Calcul des entrées et sorties…</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Simulation annulée.</translation>
    </message>
    <message>
        <source>Refresh not run.</source>
        <translation>Actualisation non lancée.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Refresh cancelled: the membership is unchanged.</source>
        <translation>Actualisation annulée : les membres sont inchangés.</translation>
    </message>
    <message>
        <source>Refreshed: +%1, −%2, %3 members.</source>
        <translation>Actualisé : +%1, −%2, %3 membres.</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Classeur Excel…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Compute the figures again from the store</source>
        <translation>Recalculer les chiffres depuis la boutique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Comparer à</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>The comparison period ends before it starts.</source>
        <translation>La période de comparaison finit avant de commencer.</translation>
    </message>
    <message>
        <source>Choose at least one segment</source>
        <translation>Choisissez au moins un segment</translation>
    </message>
    <message>
        <source>Choose at least one order status.</source>
        <translation>Choisissez au moins un statut de commande.</translation>
    </message>
    <message>
        <source>Computing sales for %1…</source>
        <translation>Calcul des ventes pour %1…</translation>
    </message>
    <message>
        <source>The sales report failed: %1</source>
        <translation>Le rapport des ventes a échoué : %1</translation>
    </message>
    <message>
        <source>%1: %2 orders from %3 customers</source>
        <translation>%1 : %2 commandes de %3 clients</translation>
    </message>
    <message>
        <source> · %1: %2 orders</source>
        <translation> · %1 : %2 commandes</translation>
    </message>
    <message>
        <source> · amounts in %1 (base currency) · statuses: %2</source>
        <translation> · montants en %1 (devise de base) · statuts : %2</translation>
    </message>
    <message>
        <source>Export the statistics table</source>
        <translation>Exporter le tableau statistique</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
</context>
<context>
    <name>SalesMetrics</name>
    <message>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Customers who ordered</source>
        <translation>Clients ayant commandé</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>SalesStatisticsModel</name>
    <message>
        <source>Every order of the period with the chosen statuses, and all customers of the store (registered and guests): the base of the percentages. Segments may overlap, so their rows do not add up to it.</source>
        <translation>Toutes les commandes de la période aux statuts choisis, et tous les clients de la boutique (inscrits et invités) : la base des pourcentages. Les segments peuvent se recouper, leurs lignes ne s'additionnent donc pas.</translation>
    </message>
    <message>
        <source>Current members of the segment</source>
        <translation>Membres actuels du segment</translation>
    </message>
    <message>
        <source>Members as a share of all customers of the store</source>
        <translation>Part des membres parmi tous les clients de la boutique</translation>
    </message>
    <message>
        <source>The members' orders in the period with the chosen statuses</source>
        <translation>Les commandes des membres sur la période, aux statuts choisis</translation>
    </message>
    <message>
        <source>Share of all orders in the period with the chosen statuses</source>
        <translation>Part de toutes les commandes de la période aux statuts choisis</translation>
    </message>
    <message>
        <source>Discounts granted, as a positive amount</source>
        <translation>Remises accordées, en montant positif</translation>
    </message>
    <message>
        <source>Average order value: grand total / orders</source>
        <translation>Panier moyen : total TTC / commandes</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>% customers</source>
        <translation>% clients</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>% orders</source>
        <translation>% commandes</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>Panier moyen</translation>
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
    <message>
        <source>Preview of members</source>
        <translation>Aperçu des membres</translation>
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
        <translation>Statut</translation>
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
        <translation>Actualisé le</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>État</translation>
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
    <message>
        <source>&lt;h3&gt;No store open&lt;/h3&gt;&lt;p&gt;Connect to a Magento store with &lt;b&gt;File &amp;gt; Connect to a store…&lt;/b&gt; (Ctrl+O), or open the demo store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune boutique ouverte&lt;/h3&gt;&lt;p&gt;Connectez une boutique Magento avec &lt;b&gt;Fichier &amp;gt; Se connecter à une boutique…&lt;/b&gt; (Ctrl+O), ou ouvrez la boutique de démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Refresh members</source>
        <translation>Actualiser</translation>
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
        <translation>SQL du segment</translation>
    </message>
    <message>
        <source>SQL of "%1"</source>
        <translation>SQL de « %1 »</translation>
    </message>
    <message>
        <source>SQL of “%1”</source>
        <translation>SQL de « %1 »</translation>
    </message>
    <message>
        <source>The statement that selects the members of this segment: one row per member, &lt;b&gt;customer_id&lt;/b&gt; for customers and &lt;b&gt;guest_key&lt;/b&gt; (the e-mail) for guests. Values are bound, never written into the text: each &lt;b&gt;?&lt;/b&gt; takes the value listed on the right, in the same order.</source>
        <translation>La requête qui sélectionne les membres de ce segment : une ligne par membre, &lt;b&gt;customer_id&lt;/b&gt; pour les clients et &lt;b&gt;guest_key&lt;/b&gt; (l'e-mail) pour les invités. Les valeurs sont liées, jamais écrites dans le texte : chaque &lt;b&gt;?&lt;/b&gt; prend la valeur listée à droite, dans le même ordre.</translation>
    </message>
    <message>
        <source>%1 (the connected store)</source>
        <translation>%1 (la boutique connectée)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <source>&amp;Copy SQL and values</source>
        <translation>&amp;Copier le SQL et les valeurs</translation>
    </message>
    <message>
        <source>Copies the statement followed by its bound values as SQL comments.</source>
        <translation>Copie la requête suivie de ses valeurs liées en commentaires SQL.</translation>
    </message>
    <message>
        <source>SQL statement</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Valeurs liées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requête&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bound values&lt;/b&gt;, in the order of the &lt;b&gt;?&lt;/b&gt; placeholders</source>
        <translation>&lt;b&gt;Valeurs liées&lt;/b&gt;, dans l'ordre des paramètres &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation><numerusform>-- %n valeur liée, dans l'ordre des paramètres ? :
</numerusform><numerusform>-- %n valeurs liées, dans l'ordre des paramètres ? :
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied the statement and its %n bound value(s).</source>
        <translation><numerusform>Requête et %n valeur liée copiées.</numerusform><numerusform>Requête et %n valeurs liées copiées.</numerusform></translation>
    </message>
    <message>
        <source>Compiling for %1…</source>
        <translation>Compilation pour %1…</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b00020'&gt;The SQL cannot be shown: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b00020'&gt;Le SQL ne peut pas être affiché : %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>seg_fold() is Segmentor's Unicode case folding, registered on its own SQLite connections: to run this statement elsewhere, replace it with lower().</source>
        <translation>seg_fold() est la mise en minuscules Unicode de Segmentor, enregistrée sur ses propres connexions SQLite : pour exécuter cette requête ailleurs, remplacez-la par lower().</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bound value(s) · evaluated as of now in the store's time zone.</source>
        <translation><numerusform>%1 · %n valeur liée · évalué maintenant dans le fuseau horaire de la boutique.</numerusform><numerusform>%1 · %n valeurs liées · évalué maintenant dans le fuseau horaire de la boutique.</numerusform></translation>
    </message>
</context>
</TS>