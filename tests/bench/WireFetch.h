#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

// A QNetworkAccessManager that notes every GET it sends (URL and headers, to be sent again by
// WireFetch) and how many were in flight at once at most.
class RecordingAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void startRecording();
    QList<QNetworkRequest> stopRecording();
    int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    bool m_recording = false;
    QList<QNetworkRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

// The same requests again with a bare QNetworkAccessManager that reads each body and does nothing
// with it, `depth` at a time, in order: the transfer alone, as the yardstick for loading. It
// runs on a thread of its own while the caller's thread waits, so nothing of the window (its
// timers, deferred deletes, repaints) runs meanwhile.
class WireFetch {
public:
    struct Outcome {
        double seconds = 0;
        qint64 bodyBytes = 0;
        int failures = 0;
    };
    static Outcome run(const QList<QNetworkRequest> &requests, int depth);

private:
    static Outcome fetch(const QList<QNetworkRequest> &requests, int depth);
};
