<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundWorkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/app/backgroundworkindicator.cpp" line="38" />
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform><numerusform>%1 (+%n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/app/mainwindow.cpp" line="433" />
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message numerus="yes">
        <location filename="../ui/connection/probeverdicttext.cpp" line="50" />
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation>
            <numerusform>This Magento schema lacks %n table Segmentor reads: %1.</numerusform><numerusform>This Magento schema lacks %n tables Segmentor reads: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="115" />
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation>
            <numerusform>Refreshed %n segment: %1 joined, %2 left.</numerusform><numerusform>Refreshed %n segments: %1 joined, %2 left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="265" />
        <source>Deleted %n segment(s).</source>
        <translation>
            <numerusform>Deleted %n segment.</numerusform><numerusform>Deleted %n segments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentlistpane.cpp" line="302" />
        <source>Imported %n segment(s): %1.</source>
        <translation>
            <numerusform>Imported %n segment: %1.</numerusform><numerusform>Imported %n segments: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentrefreshjob.cpp" line="43" />
        <source>Refreshing %n segment(s)</source>
        <translation>
            <numerusform>Refreshing %n segment</numerusform><numerusform>Refreshing %n segments</numerusform></translation>
    </message>
</context>
</TS>