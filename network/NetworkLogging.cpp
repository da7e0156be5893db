#include "NetworkLogging.h"

Q_LOGGING_CATEGORY(lcNetwork, "roster.network", QtInfoMsg)
