#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// One answer of a stand-in route, before any fault spoils it.
struct MockResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static MockResponse json(int status, const QJsonDocument &document);
    static MockResponse empty(int status);
    // The server's own answers (no route, wrong method, refused framing, injected failures):
    // {"error":{"code":"mock_fault","message":...}}.
    static MockResponse plainError(int status, const QByteArray &message);
    static QByteArray reasonPhrase(int status);
};
