#pragma once

#include <QMainWindow>

// The application window. It only wires: menus, tool bar, status bar and panes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
