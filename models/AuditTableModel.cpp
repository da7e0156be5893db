#include "AuditTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace {
// The locale's short time format with seconds: two changes a few seconds apart must not look
// like one. Short formats name minutes as "mm" in every locale Qt knows.
QString timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return format;
}

QString valueText(const QString &field, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return AuditTableModel::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? AuditTableModel::tr("yes") : AuditTableModel::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return AuditTableModel::tr("(empty)");
        if (field == UserFields::key(UserField::State) || field == UserFields::key(UserField::Active))
            return UserStates::label(UserStates::fromKey(text));
        return text;
    }
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        if (items.isEmpty())
            return AuditTableModel::tr("(empty)");
        QStringList texts;
        for (const QJsonValue &item : items)
            texts << (item.isString() ? item.toString() : valueText(field, item));
        return texts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return value.toObject().isEmpty()
            ? AuditTableModel::tr("(empty)")
            : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QString fieldLabel(const QString &key)
{
    bool known = false;
    const UserField field = UserFields::fromKey(key, &known);
    return known ? UserFields::label(field) : key;
}
} // namespace

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditTableModel::setTrail(AuditTrail *trail)
{
    if (m_trail)
        disconnect(m_trail, nullptr, this, nullptr);
    m_trail = trail;
    if (m_trail)
        connect(m_trail, &AuditTrail::appended, this, &AuditTableModel::prepend);
    reload();
}

void AuditTableModel::reload()
{
    int skipped = 0;
    QList<AuditEntry> entries = m_trail ? m_trail->entries(&skipped) : QList<AuditEntry>();
    std::reverse(entries.begin(), entries.end());
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (skipped != m_skipped) {
        m_skipped = skipped;
        Q_EMIT skippedCountChanged(skipped);
    }
}

void AuditTableModel::prepend(const AuditEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

QStringList AuditTableModel::connectionNames() const
{
    QStringList names;
    for (const AuditEntry &entry : m_entries) {
        if (!entry.connectionName.isEmpty() && !names.contains(entry.connectionName))
            names << entry.connectionName;
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

QString AuditTableModel::timeText(const QDateTime &time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormatWithSeconds(locale));
}

QString AuditTableModel::userText(const AuditEntry &entry)
{
    if (entry.userName.isEmpty() || entry.userName == entry.userId)
        return entry.userId;
    if (entry.userId.isEmpty())
        return entry.userName;
    return tr("%1 (%2)").arg(entry.userName, entry.userId);
}

QString AuditTableModel::resultText(const AuditEntry &entry)
{
    const QString outcome = AuditEntry::outcomeLabel(entry.outcome);
    return entry.httpStatus > 0 ? tr("%1 (HTTP %2)").arg(outcome).arg(entry.httpStatus) : outcome;
}

QString AuditTableModel::changesText(const AuditEntry &entry, const QString &separator)
{
    const QString password = UserFields::key(UserField::Password);
    const QString id = UserFields::key(UserField::Id);
    QStringList parts;
    for (const AuditEntry::FieldChange &change : entry.changes) {
        if (change.field == id) {
            continue; // the user's id has its own column; "ID: usr_1 → (empty)" says nothing of a delete
        } else if (change.field == password) {
            // The trail never holds a password; nor does anything shown from it.
            parts << tr("password changed");
        } else if (change.before.isNull() || change.before.isUndefined()) {
            // Nothing before: a created user's field. An empty one says nothing (and a refused
            // create has nothing but empty ones: no user was made).
            if (!isEmptyValue(change.after))
                parts << tr("%1: %2").arg(fieldLabel(change.field), valueText(change.field, change.after));
        } else {
            parts << tr("%1: %2 → %3")
                         .arg(fieldLabel(change.field), valueText(change.field, change.before),
                              valueText(change.field, change.after));
        }
    }
    return parts.join(separator);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
        case Connection:
            return entry.connectionUrl;
        case Changes:
            return changesText(entry, QStringLiteral("\n"));
        case Error:
            return entry.error;
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Time:
        return timeText(entry.time);
    case Connection:
        return entry.connectionName;
    case Operation:
        return AuditEntry::operationLabel(entry.operation);
    case User:
        return userText(entry);
    case Changes:
        // One line in the table; the tooltip and the detail view show one change per line.
        return changesText(entry).simplified();
    case Result:
        return resultText(entry);
    case Error:
        return entry.error.simplified();
    case Actor:
        return entry.actor;
    }
    return QVariant();
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Connection:
        return tr("Connection");
    case Operation:
        return tr("Change");
    case User:
        return tr("User");
    case Changes:
        return tr("Fields");
    case Result:
        return tr("Result");
    case Error:
        return tr("Error");
    case Actor:
        return tr("By");
    }
    return QVariant();
}
