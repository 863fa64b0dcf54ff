#include "explaindialog.h"

ExplainDialog::~ExplainDialog() = default;
