#include "sqlpreviewdialog.h"
