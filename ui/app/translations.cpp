#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C) locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // English needs its file too: the plural forms of "%n segment(s)".
    auto *own = new QTranslator(&app);
    const QStringList places = {QStringLiteral(":/i18n"),
                                QDir(QCoreApplication::applicationDirPath())
                                    .filePath(QStringLiteral("../share/segmentor/translations"))};
    bool loaded = false;
    for (const QString &dir : places)
        if (own->load(locale, QStringLiteral("segmentor"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    if (!loaded && locale.language() != QLocale::English) { // unknown language: English
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        for (const QString &dir : places)
            if ((loaded = own->load(locale, QStringLiteral("segmentor"), QStringLiteral("_"), dir)))
                break;
    }
    if (!loaded) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}
