#include "app/mainwindow.h"

#include <gtest/gtest.h>

TEST(MainWindow, OpensAtTheDocumentedSize)
{
    MainWindow window;
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Segmentor"));
    EXPECT_EQ(window.size(), QSize(1280, 800));
}
