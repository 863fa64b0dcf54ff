#include "testdatabases.h"

#include <QApplication>
#include <QThreadPool>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Widgets are created for real, on the offscreen platform: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Workers a test's window started (counts, pick lists, list reloads) may still run on a
    // loaded machine: let them end before QApplication and the SQL drivers go away.
    QThreadPool::globalInstance()->waitForDone();
    segtest::runTestsEndCleanups();
    return result;
}
