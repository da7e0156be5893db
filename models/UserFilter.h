#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// What "matches the filter" means, as a value (qBittorrent's TorrentFilter): case- and
// accent-insensitive containment, so "zoe" finds "Zoë" and "muller" finds "Müller".
class UserFilter {
public:
    UserFilter() = default;
    explicit UserFilter(const QString &text);

    bool isEmpty() const { return m_needle.isEmpty(); }
    const QString &needle() const { return m_needle; }
    bool matches(const QString &haystack) const;
    // Whether every text this filter matches is matched by `other` too (this needle contains
    // the other's): what a filter narrowed by typing on can start from.
    bool narrows(const UserFilter &other) const;

    // Lower-case, accents stripped: the form both sides are compared in.
    static QString fold(const QString &text);
    // fold(text) as UTF-8, appended to `out`; plain ASCII, as most names and every address is,
    // is lower-cased in place without the Unicode round trip.
    static void appendFolded(QStringView text, QByteArray &out);

private:
    QString m_needle;
};
