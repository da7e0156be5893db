#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "roster.models", QtInfoMsg)
