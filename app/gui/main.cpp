#include "app/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Segmentor"));
    QApplication::setApplicationName(QStringLiteral("Segmentor"));
    MainWindow window;
    window.show();
    return app.exec();
}
