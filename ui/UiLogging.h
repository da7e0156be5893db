#pragma once

#include <QLoggingCategory>

// The one logging category of ui/.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
