#pragma once

#include "ApiRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

// Shared by the suites: fixtures from tests/data and canned responses.
namespace TestSupport {

inline QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(ROSTER_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

inline QJsonDocument fixtureJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(fixture(relativePath));
}

inline ApiResponse response(int status, const QByteArray &body,
                            const QString &what = QStringLiteral("the test"))
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.what = what;
    r.url = QUrl(QStringLiteral("https://users.example.com/api"));
    return r;
}

inline ApiResponse transportFailure(QNetworkReply::NetworkError error)
{
    ApiResponse r;
    r.networkError = error;
    r.networkErrorString = QStringLiteral("transport failed");
    r.url = QUrl(QStringLiteral("https://users.example.com:8443/api"));
    r.what = QStringLiteral("the test");
    return r;
}

} // namespace TestSupport
