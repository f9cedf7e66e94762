// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/LineCapture.h"
#include "core/telephony/SampleRing.h"

#include <QAudioDevice>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QAudioSource;
class QIODevice;

namespace zabota::telephony {

class CallRecorder;
class LineMonitor;

// The part of LineCapture that lives in the capture thread: it owns the audio source, the monitor and the recorder.
// Created and destroyed in that thread; talks to the GUI thread through LineCapture's signals only.
class LineCaptureWorker final : public QObject {
    Q_OBJECT

public:
    LineCaptureWorker(LineConfig line, QString recordingsDir, LineCapture::Namer namer, LineCapture* capture);
    ~LineCaptureWorker() override;

    void open();
    void close();

signals:
    void started(const QDateTime& firstSample);

private:
    void readAudio();
    void process(std::span<qint16> samples);
    void handle(const LineEvent& event);
    void startRecording(const LineEvent& event);
    void finishRecording(qint64 upTo, bool keep);
    void writeUpTo(qint64 sample);
    void fail(const QString& message);

    LineConfig m_line;
    QString m_recordingsDir;
    LineCapture::Namer m_namer;
    LineCapture* m_capture; // signals only: it lives in the GUI thread
    double m_gain = 1.0;

    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_input = nullptr;
    QTimer* m_watchdog;   // a child, so that it moves to the capture thread with the worker
    QByteArray m_pending; // an odd byte left from a read
    bool m_started = false;
    bool m_closed = false;

    std::unique_ptr<LineMonitor> m_monitor;
    std::vector<LineEvent> m_events;
    SampleRing m_ring;
    qint64 m_position = 0; // samples processed

    double m_levelSum = 0.0;
    qint64 m_levelCount = 0;

    std::unique_ptr<CallRecorder> m_recorder;
    RecordingPaths m_recordingPaths;
    qint64 m_recordingCallStart = 0;
    qint64 m_written = 0; // the next sample the recorder takes
    QString m_recordingError;
};

} // namespace zabota::telephony
