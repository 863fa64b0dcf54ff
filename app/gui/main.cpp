#include "app/mainwindow.h"
#include "app/translations.h"
#include "support/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QThreadPool>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Segmentor"));
    QApplication::setApplicationName(QStringLiteral("Segmentor"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("segmentor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/segmentor/icons/segmentor.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer segmentation for Magento 2 stores"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QStringLiteral("Use this language (en, fr, de) once."),
                                      QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.process(app);

    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : AppSettings().language();
    installTranslations(app, language);

    MainWindow window;
    window.show();
    window.startUp();
    const int status = app.exec();
    // Let running store workers finish before the window and the SQL drivers are destroyed.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
