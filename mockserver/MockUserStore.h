#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

// The users of one stand-in service in creation order, shaped for directories of 100,000: a user
// is found by id without a scan, and each user's searchable text is folded once, when the user is
// stored or changed, instead of on every search. List handlers read a page straight out of it.
class MockUserStore {
public:
    // The text a search looks in, already folded (MockJson::fold); empty when the service has no
    // search.
    using SearchText = std::function<QString(const QJsonObject &)>;

    explicit MockUserStore(QString idKey, SearchText searchText = {});

    qsizetype size() const { return m_users.size(); }
    const QJsonObject &at(qsizetype index) const { return m_users.at(index); }
    const QList<QJsonObject> &all() const { return m_users; }
    // Where the user with this id is, or -1.
    qsizetype indexOf(const QString &id) const;
    const QString &searchText(qsizetype index) const { return m_searchText.at(index); }

    void reserve(qsizetype count);
    void append(const QJsonObject &user);
    void replace(qsizetype index, const QJsonObject &user);
    void removeAt(qsizetype index);

private:
    QString idOf(const QJsonObject &user) const { return user.value(m_idKey).toString(); }

    QString m_idKey;
    SearchText m_fold;
    QList<QJsonObject> m_users;
    QList<QString> m_searchText;
    // Rebuilt on the next lookup after a removal shifts positions; appends keep it current.
    mutable QHash<QString, qsizetype> m_index;
    mutable bool m_indexStale = false;
};
