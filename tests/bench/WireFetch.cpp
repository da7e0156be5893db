#include "WireFetch.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QThread>
#include <memory>

void RecordingAccessManager::startRecording()
{
    m_requests.clear();
    m_maxInFlight = 0;
    m_recording = true;
}

QList<QNetworkRequest> RecordingAccessManager::stopRecording()
{
    m_recording = false;
    return std::exchange(m_requests, {});
}

QNetworkReply *RecordingAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                     QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    const bool isGet = operation == GetOperation
        || (operation == CustomOperation
            && request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "GET");
    if (m_recording && isGet) {
        m_requests.append(request);
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --m_inFlight; });
    }
    return reply;
}

WireFetch::Outcome WireFetch::run(const QList<QNetworkRequest> &requests, int depth)
{
    Outcome outcome;
    std::unique_ptr<QThread> thread(QThread::create([&] { outcome = fetch(requests, depth); }));
    thread->start();
    thread->wait();
    return outcome;
}

WireFetch::Outcome WireFetch::fetch(const QList<QNetworkRequest> &requests, int depth)
{
    Outcome outcome;
    QNetworkAccessManager manager;
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    std::function<void()> sendNext;
    sendNext = [&] {
        while (inFlight < qMax(1, depth) && next < requests.size()) {
            QNetworkRequest request(requests.at(next++).url());
            const QNetworkRequest &recorded = requests.at(next - 1);
            for (const QByteArray &name : recorded.rawHeaderList())
                request.setRawHeader(name, recorded.rawHeader(name));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QNetworkReply *reply = manager.get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                outcome.bodyBytes += reply->readAll().size();
                if (reply->error() != QNetworkReply::NoError)
                    ++outcome.failures;
                reply->deleteLater();
                --inFlight;
                if (next < requests.size())
                    sendNext();
                else if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    QElapsedTimer clock;
    clock.start();
    sendNext();
    if (!requests.isEmpty())
        loop.exec();
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    return outcome;
}
