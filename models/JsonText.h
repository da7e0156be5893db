#pragma once

#include <QString>
#include <QVariantMap>

// Free-form JSON objects typed by an admin (a user's metadata): parsed here, outside ui/, with
// the position of the first error in terms a person can find in the editor.
struct JsonObjectText {
    bool ok = false;
    QVariantMap value;
    QString error; // "missing comma at line 3, column 7"
    int offset = -1; // character offset of the error in the text

    static JsonObjectText parse(const QString &text);
    // Indented JSON of `value`, for the editor.
    static QString format(const QVariantMap &value);
};
