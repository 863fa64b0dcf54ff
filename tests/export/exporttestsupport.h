#pragma once
// Helpers shared by the export tests: files, and independent readers of XLSX (openpyxl) and
// SpreadsheetML (QXmlStreamReader).
#include "export/exportcolumns.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace exporttest {

inline const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

QList<seg::ExportColumn> columnsOf(const QStringList &ids);
QByteArray readAll(const QString &path);
void writeFile(const QString &path, const QByteArray &content);

// The workbook as openpyxl sees it, or an empty object (and `why`) when it cannot be read.
QJsonObject readXlsx(const QString &path, QString &why);
bool openpyxlAvailable();

struct XmlCell
{
    QString type, text, style;
};
struct XmlSheet
{
    QString name, autoFilter;
    bool frozen = false;
    QList<QList<XmlCell>> rows;
};
QList<XmlSheet> parseSpreadsheetMl(const QByteArray &xml, QString &processingInstruction,
                                   QString &error);

} // namespace exporttest
