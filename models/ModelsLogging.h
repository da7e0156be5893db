#pragma once

#include <QLoggingCategory>

// The one logging category of models/. Lines never carry a token, password or request body.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
