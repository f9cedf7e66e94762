// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/LineConfig.h"
#include "core/telephony/LineEvent.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace zabota::telephony {

class LineCaptureWorker;

// Where a call's recording goes, relative to the recordings directory: the WAV and its Opus copy (empty: none).
struct RecordingPaths {
    QString wav;
    QString opus;
};

// One line listened to: its adapter's input captured with QAudioSource at 8 kHz, 16-bit mono, in a thread of its own,
// where the line monitor, the level meter and the recorder run too. The GUI thread only receives the signals below,
// queued. Anonymous lines give no number and no recording.
class LineCapture final : public QObject {
    Q_OBJECT

public:
    // Names a new recording (called in the capture's thread, so it must not touch the database).
    using Namer = std::function<RecordingPaths(const QString& line, const QDateTime& startedAt)>;

    // With an empty `recordingsDir` or no `namer` nothing is recorded, whatever the line says.
    LineCapture(LineConfig line, QString recordingsDir, Namer namer, QObject* parent = nullptr);
    ~LineCapture() override;

    // Opens the input and starts listening; opened() or failed() tells how it went.
    void start();
    // Stops listening; a call in progress ends there and its recording is closed.
    void stop();
    [[nodiscard]] const LineConfig& line() const { return m_line; }
    // When the first sample was heard: an event's time is this plus its sample over 8,000.
    [[nodiscard]] QDateTime timeOf(qint64 sample) const;

signals:
    void opened();
    void failed(const QString& message);
    // The level of the last 100 ms after the gain, in dB full scale (-90 for silence).
    void levelMeasured(double dbfs);
    void lineEvent(const zabota::telephony::LineEvent& event);
    // A call began to be recorded, from the call's first sample, to `paths`.
    void recordingStarted(qint64 callStart, const zabota::telephony::RecordingPaths& paths);
    // The recording of the call that began at `callStart` is closed. Calls not answered and calls too short to be
    // calls are not kept (`kept` false, the files are gone); `error` is set if writing failed on the way.
    void recordingFinished(qint64 callStart, const zabota::telephony::RecordingPaths& paths, qint64 durationMs,
                           bool kept, const QString& error);

private:
    void onStarted(const QDateTime& firstSample);

    LineConfig m_line;
    QString m_recordingsDir;
    Namer m_namer;
    QThread* m_thread = nullptr;
    QPointer<LineCaptureWorker> m_worker;
    QDateTime m_firstSample;
};

} // namespace zabota::telephony
