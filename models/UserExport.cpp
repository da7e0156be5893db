#include "UserExport.h"

#include "Csv.h"
#include "UserJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

QString UserExport::cellText(const User &user, UserField field)
{
    switch (field) {
    case UserField::CreatedAt:
    case UserField::UpdatedAt: {
        const QDateTime when = user.value(field).toDateTime();
        return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
    }
    case UserField::Name:
        return user.displayName();
    case UserField::Metadata:
        return user.metadata.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(user.metadata)).toJson(QJsonDocument::Compact));
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser:
        return user.value(field).toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    default:
        return user.value(field).toString();
    }
}

QString UserExport::extension(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::JsonLines:
        break;
    }
    return QStringLiteral("jsonl");
}

bool UserExport::write(QIODevice *device, const QList<UserField> &columns, int rowCount,
                       const std::function<User(int)> &userAt, const Options &options, QString *error)
{
    const auto failed = [device, error] {
        if (error)
            *error = QCoreApplication::translate("UserExport", "The file could not be written: %1")
                         .arg(device->errorString());
        return false;
    };
    const auto put = [device](const QByteArray &bytes) { return device->write(bytes) == bytes.size(); };
    const auto jsonOf = [&columns](const User &user) {
        QJsonObject object;
        for (UserField field : columns)
            object.insert(UserFields::key(field), UserJson::fieldToJson(user, field));
        return object;
    };

    switch (options.format) {
    case Format::Csv: {
        if (options.byteOrderMark && !put("\xEF\xBB\xBF"))
            return failed();
        QStringList header;
        for (UserField field : columns)
            header << UserFields::label(field);
        if (!put(Csv::record(header)))
            return failed();
        for (int row = 0; row < rowCount; ++row) {
            const User user = userAt(row);
            QStringList cells;
            for (UserField field : columns)
                cells << cellText(user, field);
            if (!put(Csv::record(cells)))
                return failed();
        }
        return true;
    }
    case Format::Json: {
        if (!put("[\n"))
            return failed();
        for (int row = 0; row < rowCount; ++row) {
            const QByteArray line = "  " + QJsonDocument(jsonOf(userAt(row))).toJson(QJsonDocument::Compact)
                + (row + 1 < rowCount ? ",\n" : "\n");
            if (!put(line))
                return failed();
        }
        return put("]\n") || failed();
    }
    case Format::JsonLines:
        for (int row = 0; row < rowCount; ++row) {
            if (!put(QJsonDocument(jsonOf(userAt(row))).toJson(QJsonDocument::Compact) + '\n'))
                return failed();
        }
        return true;
    }
    return false;
}
