#pragma once

#include <QLoggingCategory>

// The one logging category of network/. Lines never carry a token, password or request body.
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
