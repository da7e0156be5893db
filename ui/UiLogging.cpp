#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "roster.ui", QtInfoMsg)
