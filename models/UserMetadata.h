#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <initializer_list>
#include <utility>

// A user's free-form metadata (Papr Memory): a QVariantMap, or the JSON text of an object as a
// page of users brought it. Building two maps per user for every page, for a table that never
// shows them, and packing them again for UserRows, was a fifth of Load All's CPU for that
// service: the text is kept as it came (UserRows stores it as it is) and becomes a map the
// first time it is read. Reads like the QVariantMap it stands for; like any lazily filled
// value, one object is not to be read from two threads at once (copies are independent).
class UserMetadata {
public:
    UserMetadata() = default;
    UserMetadata(const QVariantMap &map) : m_map(map) { } // NOLINT: stands in for a map
    UserMetadata(std::initializer_list<std::pair<QString, QVariant>> items) : m_map(items) { }
    // `text` is a JSON object that QJsonDocument reads (a dialect's reader has checked it).
    static UserMetadata fromJsonText(const QByteArray &text);

    const QVariantMap &map() const;
    operator const QVariantMap &() const { return map(); } // NOLINT: stands in for a map
    // The JSON text while it has not been read into a map; empty once it has, or for a map.
    const QByteArray &jsonText() const { return m_text; }

    bool isEmpty() const { return map().isEmpty(); }
    qsizetype size() const { return map().size(); }
    bool contains(const QString &key) const { return map().contains(key); }
    QVariant value(const QString &key) const { return map().value(key); }

    friend bool operator==(const UserMetadata &a, const UserMetadata &b) { return a.map() == b.map(); }
    friend bool operator!=(const UserMetadata &a, const UserMetadata &b) { return !(a == b); }

private:
    mutable QVariantMap m_map;
    mutable QByteArray m_text;
};
