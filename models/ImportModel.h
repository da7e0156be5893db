#pragma once

#include "BulkOperation.h"
#include "ServiceDescription.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

// Users to create, read from a CSV file whose first record names its columns: each of the
// service's create fields is filled from the file column mapped to it (guessed from the header,
// changed by the admin) or from the create form's default. Every row is checked with the create
// form's own rules (FieldRules) and against the users already known and the rows above it (same
// email, external ID or username, compared without case); rows that need fixing and duplicates
// are never sent. Cells can be edited to fix a row. As the rows are sent, each row's status follows
// its result: created rows are done and not sent again; rows the server refused keep its words
// and stay editable, ready to go again.
//
// Columns: the status, the message (a problem or the server's words), then one per create field.
// A password is never shown: its cells display a mask.
class ImportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class RowStatus {
        Ready,
        NeedsFixing, // a field breaks the create form's rules
        Duplicate, // the same person as a known user or a row above
        Sending,
        Created,
        Refused, // the server said no; editable, sent again with the next run
        Unknown, // sent, but no answer said whether the user was created
    };
    static constexpr int StatusRole = Qt::UserRole + 1; // the row's RowStatus, as an int
    static constexpr int ProblemRole = Qt::UserRole + 2; // a field cell: what is wrong with it
    static constexpr int Unmapped = -1;
    // The status and why come first, where the eye looks for them; the fields follow.
    static constexpr int StatusColumn = 0;
    static constexpr int MessageColumn = 1;
    static constexpr int FirstFieldColumn = 2;

    explicit ImportModel(const ServiceDescription &description, QObject *parent = nullptr);

    // Reads CSV text. False when it could not be read whole: error() says why (nothing is kept).
    bool read(const QByteArray &data);
    QString error() const { return m_error; }
    // The file's column names (its first record), "Column 3" where a header is empty.
    QStringList fileColumns() const { return m_headers; }
    const QList<FieldSpec> &fields() const { return m_fields; }

    // Which file column fills `field`, or Unmapped.
    int mappedColumn(UserField field) const;
    void setMappedColumn(UserField field, int fileColumn);
    // The users already on the server (as far as they are loaded), for the duplicate check.
    void setKnownUsers(const QList<User> &users);

    int columnOf(UserField field) const;
    // The create field a column shows, or nullptr for the status and message columns.
    const FieldSpec *fieldAt(int column) const;

    // The value a row sends for `field`, as text (the file's, the admin's edit, or the default).
    QString text(int row, UserField field) const;
    // The admin's edit of a cell; the row is checked again.
    bool setText(int row, UserField field, const QString &text);
    RowStatus status(int row) const;
    // What is wrong with the row, or the server's words about it.
    QString message(int row) const;
    // What a row sends: its non-empty fields, flags as bool and metadata as a map.
    UserChanges input(int row) const;
    // The rows to send now: ready, or refused and unchanged since.
    QList<int> sendableRows() const;
    int count(RowStatus status) const;
    // "3 ready, 1 needs fixing, 2 duplicates" (and what was created, refused or unanswered).
    QString summary() const;
    static QString statusText(RowStatus status);

    // The row went out as part of a run.
    void setSending(int row);
    // The row's item of the run changed (a result, a pause, a cancel).
    void setResult(int row, const BulkItem &item);
    // After a run: rows repeating a created one name it as the existing user.
    void recheckDuplicates();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Statuses changed: the summary and the number of rows to send may have.
    void countsChanged();

private:
    enum class Outcome { NotSent, Sending, Created, Refused, Unknown };
    struct Row {
        QStringList cells; // as read from the file
        QHash<int, QString> edited; // by field index: what the admin typed
        QHash<int, QString> problems; // by field index: what breaks the rules
        QString duplicate; // why it is the same person as someone else; empty when not
        Outcome outcome = Outcome::NotSent;
        QString serverMessage;
        User created;
    };

    int fieldIndex(UserField field) const;
    QString textAt(const Row &row, int fieldIndex) const;
    void check(Row &row) const;
    void checkDuplicates();
    void guessMapping();
    void rowsChanged();

    QList<FieldSpec> m_fields;
    int m_minPasswordLength = 0;
    QStringList m_headers;
    QList<int> m_mapping; // by field index: a file column or Unmapped
    QList<Row> m_rows;
    // By field (email, external ID, username): a folded value -> the known user's name.
    QHash<UserField, QHash<QString, QString>> m_known;
    QString m_error;
};
