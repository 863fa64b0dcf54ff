<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundWorkIndicator</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform><numerusform>%1 (+%n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>ConditionTreeModel</name>
    <message numerus="yes">
        <source>%n member(s) match this condition on its own</source>
        <translation>
            <numerusform>%n member match this condition on its own</numerusform><numerusform>%n members match this condition on its own</numerusform></translation>
    </message>
</context>
<context>
    <name>DestinationsPane</name>
    <message numerus="yes">
        <source>, %n refused (see below)</source>
        <translation>
            <numerusform>, %n refused (see below)</numerusform><numerusform>, %n refused (see below)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n without an email skipped</source>
        <translation>
            <numerusform>, %n without an email skipped</numerusform><numerusform>, %n without an email skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchedCustomersView</name>
    <message numerus="yes">
        <source>Exclude %n customer(s)</source>
        <translation>
            <numerusform>Exclude %n customer</numerusform><numerusform>Exclude %n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Include %n customer(s)</source>
        <translation>
            <numerusform>Include %n customer</numerusform><numerusform>Include %n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Override reset for %n customer(s).</source>
        <translation>
            <numerusform>Override reset for %n customer.</numerusform><numerusform>Override reset for %n customers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) excluded; they leave at the next refresh.</source>
        <translation>
            <numerusform>%n customer excluded; they leave at the next refresh.</numerusform><numerusform>%n customers excluded; they leave at the next refresh.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) included; they join at the next refresh.</source>
        <translation>
            <numerusform>%n customer included; they join at the next refresh.</numerusform><numerusform>%n customers included; they join at the next refresh.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) copied.</source>
        <translation>
            <numerusform>%n email copied.</numerusform><numerusform>%n emails copied.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProbeVerdictText</name>
    <message numerus="yes">
        <source>This Magento schema lacks %n table(s) Segmentor reads: %1.</source>
        <translation>
            <numerusform>This Magento schema lacks %n table Segmentor reads: %1.</numerusform><numerusform>This Magento schema lacks %n tables Segmentor reads: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentListPane</name>
    <message numerus="yes">
        <source>Refreshed %n segment(s): %1 joined, %2 left.</source>
        <translation>
            <numerusform>Refreshed %n segment: %1 joined, %2 left.</numerusform><numerusform>Refreshed %n segments: %1 joined, %2 left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n segment(s).</source>
        <translation>
            <numerusform>Deleted %n segment.</numerusform><numerusform>Deleted %n segments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s): %1.</source>
        <translation>
            <numerusform>Imported %n segment: %1.</numerusform><numerusform>Imported %n segments: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentRefreshJob</name>
    <message numerus="yes">
        <source>Refreshing %n segment(s)</source>
        <translation>
            <numerusform>Refreshing %n segment</numerusform><numerusform>Refreshing %n segments</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentSummaryView</name>
    <message numerus="yes">
        <source>%n segments selected.</source>
        <translation>
            <numerusform>%n segments selected.</numerusform><numerusform>%n segments selected.</numerusform></translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message numerus="yes">
        <source>-- %n bound value(s), in the order of the ? placeholders:
</source>
        <translation>
            <numerusform>-- %n bound value, in the order of the ? placeholders:
</numerusform><numerusform>-- %n bound values, in the order of the ? placeholders:
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied the statement and its %n bound value(s).</source>
        <translation>
            <numerusform>Copied the statement and its %n bound value.</numerusform><numerusform>Copied the statement and its %n bound values.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bound value(s) · evaluated as of now in the store's time zone.</source>
        <translation>
            <numerusform>%1 · %n bound value · evaluated as of now in the store's time zone.</numerusform><numerusform>%1 · %n bound values · evaluated as of now in the store's time zone.</numerusform></translation>
    </message>
</context>
</TS>