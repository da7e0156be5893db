#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

// One parsed HTTP request as the stand-in services see it. Qt Core only, so the request parser
// that fills it can be built into a fuzzer without the network module.
struct MockRequest {
    QByteArray method;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated fields joined with ", "
    QByteArray body;
    QStringList captures; // the route pattern's capture groups

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The decoded value of `key`, matched on the decoded name ("page[number]" also when the
    // client sent "page%5Bnumber%5D").
    QString queryValue(const QString &key) const
    {
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first == key)
                return item.second;
        }
        return QString();
    }
    bool hasQuery(const QString &key) const
    {
        const auto items = query.queryItems(QUrl::FullyDecoded);
        return std::any_of(items.cbegin(), items.cend(), [&](const auto &item) { return item.first == key; });
    }
    // Whether the client asked for the connection to end after this answer: "Connection: close",
    // or HTTP/1.0 without "Connection: keep-alive".
    bool wantsClose() const
    {
        const QList<QByteArray> options = header("connection").toLower().split(',');
        const auto has = [&](const char *option) {
            return std::any_of(options.cbegin(), options.cend(),
                               [&](const QByteArray &o) { return o.trimmed() == option; });
        };
        return has("close") || (version == "HTTP/1.0" && !has("keep-alive"));
    }
};
