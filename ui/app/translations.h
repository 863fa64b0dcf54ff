#pragma once

#include <QString>

class QCoreApplication;

// Installs Qt's own translations and Segmentor's for `language` ("fr", "de", ...); empty
// follows the system locale. Looks in the application's resources (:/i18n), then next to
// the installed binary (../share/segmentor/translations). Returns the language installed
// ("en" when none was needed or found).
QString installTranslations(QCoreApplication &app, const QString &language);
