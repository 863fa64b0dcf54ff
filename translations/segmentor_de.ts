<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackgroundWorkIndicator</name>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="20"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/backgroundworkindicator.cpp" line="21"/>
        <source>Stop this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/backgroundworkindicator.cpp" line="38"/>
        <source>%1 (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="45"/>
        <source>Connect to a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="70"/>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="74"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="75"/>
        <source>Remove the selected connection from this list (and its password from the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="80"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="81"/>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="82"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="89"/>
        <source>/path/to/store.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="90"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="94"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="95"/>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="96"/>
        <source>A realistic Magento store with 20,000 customers, generated on this computer the first time (about a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="114"/>
        <source>magento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="118"/>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="121"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="123"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="124"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="125"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="126"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="131"/>
        <source>No system keychain: the password is asked for each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="141"/>
        <source>optional, e.g. &quot;Live shop (read-only copy)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="143"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="147"/>
        <source>UTC (Magento&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="153"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="155"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="156"/>
        <source>Table &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="157"/>
        <source>Store time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="173"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="175"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="191"/>
        <source>Open a SQLite store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="192"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="255"/>
        <source>Test the connection to see whether Segmentor can read this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="327"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="327"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="341"/>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="354"/>
        <source>No demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="365"/>
        <source>Creating the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="366"/>
        <source>Generating 20,000 customers with their orders, carts and wishlists into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="405"/>
        <source>Password not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../ui/app/connectionprofile.cpp" line="13"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStoreJob</name>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="22"/>
        <source>Cancelled: no demo store was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/demostorejob.cpp" line="55"/>
        <source>Creating the demo store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="48"/>
        <source>Segmentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="73"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="74"/>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="75"/>
        <source>%1 — Segmentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="109"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="112"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="118"/>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="151"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="152"/>
        <source>&amp;Connect to a store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="155"/>
        <source>&amp;Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="156"/>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="160"/>
        <location filename="../ui/app/mainwindow.cpp" line="324"/>
        <location filename="../ui/app/mainwindow.cpp" line="356"/>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="176"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="182"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="183"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="185"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="193"/>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="203"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="209"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="212"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="224"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="225"/>
        <source>&amp;About Segmentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="228"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="230"/>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="249"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="312"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="350"/>
        <source>The demo store was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="361"/>
        <source>&lt;h2&gt;Welcome to Segmentor&lt;/h2&gt;&lt;p&gt;Preparing a demo store to explore: %1 customers with their orders, carts and wishlists, and five example segments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="402"/>
        <source>The example segments could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/mainwindow.cpp" line="434"/>
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="435"/>
        <source>%1 memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="441"/>
        <source>The new language applies the next time Segmentor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="446"/>
        <source>About Segmentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="447"/>
        <source>&lt;h3&gt;Segmentor %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for Magento 2 stores: describe a segment as a tree of conditions and get its members, with the reason any one customer is in or out.&lt;/p&gt;&lt;p&gt;Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The demo store&apos;s catalog comes from the UCI Online Retail dataset (CC BY 4.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="10"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="11"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="12"/>
        <source>Database driver missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="13"/>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="14"/>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="15"/>
        <source>Database not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="16"/>
        <source>Not a Magento schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="17"/>
        <source>Missing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="18"/>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="29"/>
        <source>A Magento 2 store with %1 customers (server %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="31"/>
        <source>A Magento 2 store with %1 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="33"/>
        <source>There is no store file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="35"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="37"/>
        <source>Nothing answers at %1:%2. Check the host name and the port, and that the database server is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="40"/>
        <source>The server answered but refused user &quot;%1&quot;: check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="42"/>
        <source>The server has no database named &quot;%1&quot; (or this user may not use it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="45"/>
        <source>None of Magento&apos;s tables are in this database. Is it the right database, or do its tables have a prefix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="47"/>
        <source>None of Magento&apos;s tables with the prefix &quot;%1&quot; are in this database. Check the table prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connection/probeverdicttext.cpp" line="50"/>
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connection/probeverdicttext.cpp" line="53"/>
        <source>The database said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="47"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="52"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="54"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="59"/>
        <source>Matched customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="66"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="89"/>
        <source>This segment cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="113"/>
        <source>e.g. VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="115"/>
        <source>e.g. vip-customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="117"/>
        <source>A unique short name used by exports, the command line and the REST API: lower-case letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="131"/>
        <source>Active (refreshed, exported and applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="142"/>
        <source>all websites (or website ids, e.g. 1, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="149"/>
        <source>Registered customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="150"/>
        <source>Guests (by e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="151"/>
        <source>Registered customers and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="154"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="155"/>
        <source>Scheduled (segmentor-cli refresh --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="160"/>
        <source>When a customer is in several segments that move customers to a group, the lowest priority wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="163"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="164"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="165"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="167"/>
        <source>&amp;Websites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="168"/>
        <source>&amp;Apply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="169"/>
        <source>&amp;Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="170"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="178"/>
        <source>Move the members to a customer group after each refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="188"/>
        <source>Customer &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="189"/>
        <source>Customers who leave the segment keep their group. Guests have no group and are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="219"/>
        <source>None ticked: all websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="288"/>
        <source>The segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="295"/>
        <source>The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="300"/>
        <source>Choose the customer group the members move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="318"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="318"/>
        <source>New segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/segmenteditordialog.cpp" line="319"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="54"/>
        <source>Loading segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="80"/>
        <source>Never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="82"/>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="84"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="86"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="103"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="103"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="140"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="141"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="142"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="143"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="144"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="145"/>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="146"/>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="68"/>
        <source>Filter segments by name, code or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="79"/>
        <source>&lt;h3&gt;No segments yet&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;New segment&lt;/b&gt; or import the example definitions with &lt;b&gt;Import…&lt;/b&gt; (the examples/ folder holds five).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="104"/>
        <source>The segments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="113"/>
        <source>Refresh cancelled; the segment being refreshed kept its previous members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="115"/>
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="118"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="126"/>
        <source>&amp;New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="128"/>
        <source>Create a segment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="129"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="132"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="134"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="137"/>
        <source>&amp;Import definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="139"/>
        <source>E&amp;xport definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="141"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="231"/>
        <source>&amp;Refresh members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="143"/>
        <source>Recompute the members of the selected segments (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="144"/>
        <source>Re&amp;load list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="146"/>
        <source>&amp;Find segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="231"/>
        <source>Cancel refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="250"/>
        <source>Delete the segment &quot;%1&quot; with its members, overrides and history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="251"/>
        <source>Delete these %1 segments with their members, overrides and history?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="253"/>
        <source>Delete segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="263"/>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="265"/>
        <source>Deleted %n segment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="273"/>
        <source>Could not duplicate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="278"/>
        <source>Created %1, an inactive copy of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="285"/>
        <source>Import segment definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="286"/>
        <location filename="../ui/segments/segmentlistpane.cpp" line="316"/>
        <source>Segment definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="297"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="302"/>
        <source>Imported %n segment(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="314"/>
        <source>Export the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="320"/>
        <source>Export %1 definitions into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="335"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="337"/>
        <source>Exported %1 definitions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistpane.cpp" line="368"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentOperations</name>
    <message>
        <location filename="../ui/segments/segmentoperations.cpp" line="70"/>
        <source>another segment already uses the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentoperations.cpp" line="111"/>
        <location filename="../ui/segments/segmentoperations.cpp" line="162"/>
        <source>no segment with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentoperations.cpp" line="114"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentoperations.cpp" line="129"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentoperations.cpp" line="157"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="43"/>
        <source>Refreshing %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="44"/>
        <source>Refreshing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
