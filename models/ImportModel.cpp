#include "ImportModel.h"

#include "Csv.h"
#include "FieldRules.h"
#include "HeaderFields.h"
#include "JsonText.h"

#include <QSet>
#include <array>

namespace {
// The fields a duplicate is recognised by: each names one person on every service that has it.
constexpr std::array kIdentityFields{ UserField::Email, UserField::ExternalId, UserField::Username };

// A password cell shows this, never the password or its length.
QString passwordMask()
{
    return QString(8, QChar(0x2022));
}
} // namespace

ImportModel::ImportModel(const ServiceDescription &description, QObject *parent)
    : QAbstractTableModel(parent),
      m_fields(description.createFields),
      m_minPasswordLength(description.minPasswordLength)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        m_mapping << Unmapped;
}

bool ImportModel::read(const QByteArray &data)
{
    const Csv::ReadResult result = Csv::read(data);
    beginResetModel();
    m_rows.clear();
    m_headers.clear();
    m_error.clear();
    if (!result.error.isEmpty()) {
        // A file read only in part would import a part the admin did not choose: nothing is kept.
        m_error = result.error;
    } else if (result.records.isEmpty()) {
        m_error = tr("The file is empty.");
    } else {
        m_headers = result.records.first();
        for (qsizetype i = 0; i < m_headers.size(); ++i) {
            if (m_headers.at(i).trimmed().isEmpty())
                m_headers[i] = tr("Column %1").arg(i + 1);
        }
        for (qsizetype i = 1; i < result.records.size(); ++i) {
            const QStringList &cells = result.records.at(i);
            // A spreadsheet's empty rows (",,,") are not users.
            if (std::all_of(cells.cbegin(), cells.cend(),
                            [](const QString &c) { return c.trimmed().isEmpty(); }))
                continue;
            Row row;
            row.cells = cells;
            m_rows << row;
        }
        if (m_rows.isEmpty())
            m_error = tr("The file has column names but no rows.");
    }
    guessMapping();
    for (Row &row : m_rows)
        check(row);
    checkDuplicates();
    endResetModel();
    Q_EMIT countsChanged();
    return m_error.isEmpty();
}

void ImportModel::guessMapping()
{
    QList<UserField> fields;
    for (const FieldSpec &spec : std::as_const(m_fields))
        fields << spec.field;
    m_mapping = HeaderFields::guessColumns(m_headers, fields);
}

int ImportModel::fieldIndex(UserField field) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).field == field)
            return i;
    }
    return -1;
}

int ImportModel::columnOf(UserField field) const
{
    const int index = fieldIndex(field);
    return index < 0 ? -1 : index + FirstFieldColumn;
}

const FieldSpec *ImportModel::fieldAt(int column) const
{
    const int index = column - FirstFieldColumn;
    return index < 0 || index >= m_fields.size() ? nullptr : &m_fields.at(index);
}

int ImportModel::mappedColumn(UserField field) const
{
    const int index = fieldIndex(field);
    return index < 0 ? Unmapped : m_mapping.at(index);
}

void ImportModel::setMappedColumn(UserField field, int fileColumn)
{
    const int index = fieldIndex(field);
    if (index < 0 || fileColumn < Unmapped || fileColumn >= m_headers.size()
        || m_mapping.at(index) == fileColumn)
        return;
    m_mapping[index] = fileColumn;
    for (Row &row : m_rows)
        check(row);
    checkDuplicates();
    rowsChanged();
}

void ImportModel::setKnownUsers(const QList<User> &users)
{
    m_known.clear();
    for (const User &user : users) {
        for (UserField field : kIdentityFields) {
            const QString value = user.value(field).toString().trimmed().toCaseFolded();
            if (!value.isEmpty())
                m_known[field].insert(value, user.displayName());
        }
    }
    checkDuplicates();
    rowsChanged();
}

QString ImportModel::textAt(const Row &row, int index) const
{
    const FieldSpec &spec = m_fields.at(index);
    QString text;
    if (row.edited.contains(index))
        text = row.edited.value(index);
    else if (m_mapping.at(index) != Unmapped)
        text = row.cells.value(m_mapping.at(index));
    // A password is taken as typed; everything else without the spaces around it, as the form does.
    if (spec.editor != FieldSpec::Editor::Password)
        text = text.trimmed();
    if (text.isEmpty() && spec.defaultValue.isValid()) {
        // What the create form would start with (the least privilege, where it matters).
        if (spec.defaultValue.typeId() == QMetaType::Bool)
            return spec.defaultValue.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        return spec.defaultValue.toString();
    }
    if (spec.editor == FieldSpec::Editor::Choice) {
        // "Admin" in a file means the choice "admin".
        for (const QString &choice : spec.choices) {
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return choice;
        }
    }
    return text;
}

QString ImportModel::text(int row, UserField field) const
{
    const int index = fieldIndex(field);
    if (row < 0 || row >= m_rows.size() || index < 0)
        return QString();
    return textAt(m_rows.at(row), index);
}

void ImportModel::check(Row &row) const
{
    row.problems.clear();
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString problem = FieldRules::problem(m_fields.at(i), textAt(row, i), m_minPasswordLength);
        if (!problem.isEmpty())
            row.problems.insert(i, problem);
    }
}

void ImportModel::checkDuplicates()
{
    QHash<UserField, QHash<QString, int>> above; // a folded value -> the first row holding it
    QHash<UserField, QHash<QString, QString>> known = m_known;
    // Users created by this import are known users now, wherever their row is.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.outcome != Outcome::Created)
            continue;
        for (UserField field : kIdentityFields) {
            const int index = fieldIndex(field);
            const QString value = index < 0 ? QString() : textAt(row, index).toCaseFolded();
            if (!value.isEmpty())
                known[field].insert(value, row.created.displayName());
        }
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        row.duplicate.clear();
        if (row.outcome == Outcome::Created)
            continue;
        for (UserField field : kIdentityFields) {
            const int index = fieldIndex(field);
            const QString value = index < 0 ? QString() : textAt(row, index).toCaseFolded();
            if (value.isEmpty())
                continue;
            const QString label = UserFields::label(field);
            if (known.value(field).contains(value)) {
                row.duplicate
                    = tr("%1 matches the existing user %2.").arg(label, known.value(field).value(value));
                break;
            }
            if (above.value(field).contains(value)) {
                row.duplicate = tr("%1 repeats row %2.").arg(label).arg(above.value(field).value(value) + 1);
                break;
            }
            above[field].insert(value, r);
        }
    }
}

bool ImportModel::setText(int row, UserField field, const QString &text)
{
    const int index = fieldIndex(field);
    if (row < 0 || row >= m_rows.size() || index < 0)
        return false;
    Row &target = m_rows[row];
    if (target.outcome == Outcome::Created || target.outcome == Outcome::Sending)
        return false;
    target.edited.insert(index, text);
    // An edited row is judged afresh: the server's complaint was about what it held before.
    target.outcome = Outcome::NotSent;
    target.serverMessage.clear();
    check(target);
    checkDuplicates();
    rowsChanged();
    return true;
}

ImportModel::RowStatus ImportModel::status(int row) const
{
    const Row &r = m_rows.at(row);
    switch (r.outcome) {
    case Outcome::Sending:
        return RowStatus::Sending;
    case Outcome::Created:
        return RowStatus::Created;
    case Outcome::Unknown:
        return RowStatus::Unknown;
    case Outcome::Refused:
    case Outcome::NotSent:
        break;
    }
    if (!r.duplicate.isEmpty())
        return RowStatus::Duplicate;
    if (!r.problems.isEmpty())
        return RowStatus::NeedsFixing;
    return r.outcome == Outcome::Refused ? RowStatus::Refused : RowStatus::Ready;
}

QString ImportModel::message(int row) const
{
    const Row &r = m_rows.at(row);
    switch (status(row)) {
    case RowStatus::Duplicate:
        return r.duplicate;
    case RowStatus::NeedsFixing: {
        QStringList all;
        for (int i = 0; i < m_fields.size(); ++i) {
            if (r.problems.contains(i))
                all << r.problems.value(i);
        }
        return all.join(QLatin1Char(' '));
    }
    default:
        return r.serverMessage;
    }
}

UserChanges ImportModel::input(int row) const
{
    UserChanges changes;
    const Row &r = m_rows.at(row);
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldSpec &spec = m_fields.at(i);
        const QString text = textAt(r, i);
        switch (spec.editor) {
        case FieldSpec::Editor::Check:
            changes.insert(spec.field, FieldRules::flag(text).value_or(false));
            break;
        case FieldSpec::Editor::Json: {
            const QVariantMap map = JsonObjectText::parse(text).value;
            if (!map.isEmpty())
                changes.insert(spec.field, map);
            break;
        }
        default:
            if (!text.isEmpty())
                changes.insert(spec.field, text);
        }
    }
    return changes;
}

QList<int> ImportModel::sendableRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        const RowStatus s = status(row);
        if (s == RowStatus::Ready || s == RowStatus::Refused)
            rows << row;
    }
    return rows;
}

int ImportModel::count(RowStatus wanted) const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (status(row) == wanted)
            ++n;
    }
    return n;
}

QString ImportModel::summary() const
{
    QStringList parts;
    parts << tr("%Ln ready", nullptr, count(RowStatus::Ready));
    parts << tr("%Ln need(s) fixing", nullptr, count(RowStatus::NeedsFixing));
    parts << tr("%Ln duplicate(s)", nullptr, count(RowStatus::Duplicate));
    if (const int created = count(RowStatus::Created))
        parts << tr("%Ln created", nullptr, created);
    if (const int refused = count(RowStatus::Refused))
        parts << tr("%Ln refused by the server", nullptr, refused);
    if (const int unknown = count(RowStatus::Unknown))
        parts << tr("%Ln with no answer", nullptr, unknown);
    return parts.join(QStringLiteral(", "));
}

QString ImportModel::statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
        return tr("Ready");
    case RowStatus::NeedsFixing:
        return tr("Needs fixing");
    case RowStatus::Duplicate:
        return tr("Duplicate");
    case RowStatus::Sending:
        return tr("Sending…");
    case RowStatus::Created:
        return tr("Created");
    case RowStatus::Refused:
        return tr("Refused");
    case RowStatus::Unknown:
        return tr("No answer");
    }
    return QString();
}

void ImportModel::setSending(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].outcome = Outcome::Sending;
    m_rows[row].serverMessage.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT countsChanged();
}

void ImportModel::setResult(int row, const BulkItem &item)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    switch (item.status) {
    case BulkItem::Status::Pending:
    case BulkItem::Status::Running:
        r.outcome = Outcome::Sending;
        r.serverMessage = item.message; // "the server asked to wait" while paused
        break;
    case BulkItem::Status::Succeeded:
        r.outcome = Outcome::Created;
        r.created = item.user;
        r.serverMessage = tr("Created with ID %1.").arg(item.user.id);
        break;
    case BulkItem::Status::Failed:
        r.outcome = Outcome::Refused;
        r.serverMessage = item.message;
        break;
    case BulkItem::Status::Unknown:
        r.outcome = Outcome::Unknown;
        r.serverMessage = item.message;
        break;
    case BulkItem::Status::Canceled:
    case BulkItem::Status::Skipped:
        r.outcome = Outcome::NotSent;
        r.serverMessage = item.message;
        break;
    }
    // Only this row changed: a later row with the same email was a duplicate already (this row
    // claimed it first), so the duplicates are named afresh once, after the run.
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT countsChanged();
}

void ImportModel::recheckDuplicates()
{
    checkDuplicates();
    rowsChanged();
}

void ImportModel::rowsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    Q_EMIT countsChanged();
}

int ImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size()) + 2;
}

QVariant ImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    if (role == StatusRole)
        return int(status(row));
    if (column == StatusColumn) {
        if (role == Qt::DisplayRole)
            return statusText(status(row));
        if (role == Qt::ToolTipRole)
            return message(row);
        return QVariant();
    }
    if (column == MessageColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return message(row);
        return QVariant();
    }
    const int field = column - FirstFieldColumn;
    const FieldSpec &spec = m_fields.at(field);
    const Row &r = m_rows.at(row);
    const QString problem = status(row) == RowStatus::NeedsFixing ? r.problems.value(field) : QString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = textAt(r, field);
        if (spec.editor == FieldSpec::Editor::Password && !text.isEmpty())
            return passwordMask();
        // One line per cell: a value with line breaks is shown whole in the editor.
        return QString(text).replace(QLatin1Char('\n'), QChar(0x21B5));
    }
    case Qt::EditRole:
        return textAt(r, field);
    case Qt::ToolTipRole:
        return spec.editor == FieldSpec::Editor::Password ? problem
                                                          : (problem.isEmpty() ? textAt(r, field) : problem);
    case ProblemRole:
        return problem;
    default:
        return QVariant();
    }
}

bool ImportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() == StatusColumn
        || index.column() == MessageColumn)
        return false;
    return setText(index.row(), m_fields.at(index.column() - FirstFieldColumn).field, value.toString());
}

Qt::ItemFlags ImportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == StatusColumn || index.column() == MessageColumn)
        return flags;
    const RowStatus s = status(index.row());
    if (s != RowStatus::Created && s != RowStatus::Sending)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == StatusColumn)
        return tr("Status");
    if (section == MessageColumn)
        return tr("Message");
    const FieldSpec *field = fieldAt(section);
    if (!field)
        return QVariant();
    const FieldSpec &spec = *field;
    return QString(UserFields::label(spec.field) + (spec.required ? QStringLiteral(" *") : QString()));
}
