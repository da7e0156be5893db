#pragma once

#include "User.h"

#include <QIODevice>
#include <QList>
#include <functional>

// Writes users as the admin sees them — the view's columns, in the view's order — to CSV (RFC
// 4180, UTF-8, an optional byte-order mark, formula-looking cells guarded), to a JSON array, or
// to JSON lines. Cells hold the text the table shows, except dates (ISO 8601, UTC) so that a
// spreadsheet or a script reads them the same in every locale; JSON uses Roster's stable keys.
class UserExport {
public:
    enum class Format { Csv, Json, JsonLines };

    struct Options {
        Format format = Format::Csv;
        bool byteOrderMark = false; // CSV only: for spreadsheets that need it to read UTF-8
    };

    // `rowCount` rows, each produced on demand by `userAt` (the view's order).
    static bool write(QIODevice *device, const QList<UserField> &columns, int rowCount,
                      const std::function<User(int)> &userAt, const Options &options,
                      QString *error = nullptr);

    // The text of one cell as exported.
    static QString cellText(const User &user, UserField field);
    static QString extension(Format format);
};
