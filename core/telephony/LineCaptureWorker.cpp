// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineCaptureWorker.h"

#include "core/telephony/CallRecorder.h"
#include "core/telephony/LineMonitor.h"

#include <QAudioSource>
#include <QDir>
#include <QFile>
#include <QMediaDevices>

#include <cmath>
#include <cstring>

namespace zabota::telephony {

namespace {

constexpr int kSampleRate = 8000;
// Audio kept for the start of a recording: a call is known only after its first ring or caller ID, up to the 10 s an
// outgoing call's dial tone and digits take.
constexpr qsizetype kPreRoll = 15 * kSampleRate;
// The level meter's period: 100 ms.
constexpr qint64 kLevelSamples = kSampleRate / 10;
// An input that delivered nothing for this long is taken to be gone.
constexpr int kSilentInputMs = 3000;

QAudioDevice findInput(const QByteArray& id)
{
    for (const auto& device : QMediaDevices::audioInputs())
        if (device.id() == id)
            return device;
    return {};
}

} // namespace

LineCaptureWorker::LineCaptureWorker(LineConfig line, QString recordingsDir, LineCapture::Namer namer,
                                     LineCapture* capture)
    : m_line(std::move(line))
    , m_recordingsDir(std::move(recordingsDir))
    , m_namer(std::move(namer))
    , m_capture(capture)
    , m_gain(std::pow(10.0, m_line.gainDb / 20.0))
    , m_watchdog(new QTimer(this))
    , m_ring(kPreRoll)
{
    LineMonitorSettings settings;
    settings.standard = m_line.standard;
    settings.voxOnDbfs = m_line.voxOnDbfs;
    settings.voxOffDbfs = m_line.voxOnDbfs - 6.0;
    m_monitor = std::make_unique<LineMonitor>(settings, [this](const LineEvent& event) { m_events.push_back(event); });

    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(kSilentInputMs);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        fail(LineCapture::tr("The input \"%1\" of the line \"%2\" delivers no sound.")
                 .arg(m_line.deviceDescription, m_line.name));
    });
}

LineCaptureWorker::~LineCaptureWorker()
{
    close();
}

void LineCaptureWorker::open()
{
    const QAudioDevice device = findInput(m_line.deviceId);
    if (device.isNull()) {
        fail(
            LineCapture::tr("The input \"%1\" of the line \"%2\" is not connected.")
                .arg(m_line.deviceDescription.isEmpty() ? QString::fromUtf8(m_line.deviceId) : m_line.deviceDescription,
                     m_line.name));
        return;
    }
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        qInfo("line %s: %s says it does not take 8 kHz mono; asking anyway", qUtf8Printable(m_line.name),
              qUtf8Printable(device.description()));
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(kSampleRate / 5 * 2); // 200 ms
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            fail(LineCapture::tr("The input of the line \"%1\" stopped: the adapter was unplugged or failed.")
                     .arg(m_line.name));
    });
    m_input = m_source->start();
    if (!m_input) {
        fail(LineCapture::tr("The input \"%1\" of the line \"%2\" cannot be opened.")
                 .arg(device.description(), m_line.name));
        return;
    }
    connect(m_input, &QIODevice::readyRead, this, &LineCaptureWorker::readAudio);
    m_watchdog->start();
}

void LineCaptureWorker::close()
{
    // Once only: the capture closes the worker before its thread ends, the destructor would again.
    if (m_closed)
        return;
    m_closed = true;
    m_watchdog->stop();
    if (m_source) {
        if (m_input)
            disconnect(m_input, nullptr, this, nullptr);
        m_source->stop();
        m_source.reset();
        m_input = nullptr;
    }
    if (m_monitor) {
        m_monitor->finish();
        for (const auto& event : std::exchange(m_events, {}))
            handle(event);
    }
    if (m_recorder)
        finishRecording(m_position, true);
}

void LineCaptureWorker::readAudio()
{
    m_pending += m_input->readAll();
    const qsizetype count = m_pending.size() / 2;
    if (count == 0)
        return;
    m_watchdog->start();
    if (!m_started) {
        m_started = true;
        emit started(QDateTime::currentDateTime());
        emit m_capture->opened();
    }
    std::vector<qint16> samples(static_cast<std::size_t>(count));
    std::memcpy(samples.data(), m_pending.constData(), std::size_t(count) * 2);
    m_pending.remove(0, count * 2);
    process(samples);
}

void LineCaptureWorker::process(std::span<qint16> samples)
{
    for (auto& sample : samples) {
        const double amplified = std::round(sample * m_gain);
        sample = qint16(std::clamp(amplified, -32768.0, 32767.0));
        m_levelSum += double(sample) * sample;
        if (++m_levelCount == kLevelSamples) {
            const double rms = std::sqrt(m_levelSum / double(m_levelCount)) / 32768.0;
            emit m_capture->levelMeasured(rms > 0.0 ? std::max(-90.0, 20.0 * std::log10(rms)) : -90.0);
            m_levelSum = 0.0;
            m_levelCount = 0;
        }
    }
    m_ring.append(samples);
    m_monitor->feed(samples);
    m_position += qint64(samples.size());
    for (const auto& event : std::exchange(m_events, {}))
        handle(event);
    if (m_recorder)
        writeUpTo(m_position);
}

void LineCaptureWorker::handle(const LineEvent& event)
{
    LineEvent shown = event;
    if (m_line.mode == LineMode::Anonymous) {
        // Nothing that identifies the caller leaves the capture thread.
        shown.callerId.number.clear();
        shown.callerId.name.clear();
        shown.dialled.clear();
    }
    switch (event.kind) {
    case LineEventKind::CallStarted:
        if (m_recorder)
            finishRecording(event.sample, true);
        emit m_capture->lineEvent(shown);
        startRecording(event);
        return;
    case LineEventKind::CallEnded:
        if (m_recorder)
            finishRecording(m_position, event.answered || event.direction == CallDirection::Outgoing);
        break;
    case LineEventKind::CallDiscarded:
        if (m_recorder)
            finishRecording(m_position, false);
        break;
    default:
        break;
    }
    emit m_capture->lineEvent(shown);
}

void LineCaptureWorker::startRecording(const LineEvent& event)
{
    if (!m_line.records() || m_recordingsDir.isEmpty() || !m_namer)
        return;
    const qint64 msBack = (m_position - event.callStart) * 1000 / kSampleRate;
    m_recordingPaths = m_namer(m_line.name, QDateTime::currentDateTime().addMSecs(-msBack));
    const QDir dir(m_recordingsDir);
    auto recorder =
        CallRecorder::start(dir.filePath(m_recordingPaths.wav),
                            m_recordingPaths.opus.isEmpty() ? QString() : dir.filePath(m_recordingPaths.opus));
    m_recordingCallStart = event.callStart;
    if (!recorder) {
        if (!recorder.error().detail.isEmpty())
            qWarning("%s", qUtf8Printable(recorder.error().detail));
        emit m_capture->recordingFinished(event.callStart, m_recordingPaths, 0, false, recorder.error().message);
        return;
    }
    m_recorder = std::move(*recorder);
    m_recordingError.clear();
    m_written = std::max(event.callStart, m_ring.begin());
    emit m_capture->recordingStarted(event.callStart, m_recordingPaths);
}

void LineCaptureWorker::writeUpTo(qint64 sample)
{
    if (!m_recorder || sample <= m_written)
        return;
    const auto samples = m_ring.copy(m_written, sample);
    m_written = sample;
    if (!m_recordingError.isEmpty())
        return;
    if (auto written = m_recorder->write(samples); !written) {
        m_recordingError = written.error().message;
        if (!written.error().detail.isEmpty())
            qWarning("%s", qUtf8Printable(written.error().detail));
    }
}

void LineCaptureWorker::finishRecording(qint64 upTo, bool keep)
{
    writeUpTo(upTo);
    if (auto finished = m_recorder->finish(); !finished && m_recordingError.isEmpty())
        m_recordingError = finished.error().message;
    const qint64 duration = m_recorder->durationMs();
    m_recorder.reset();
    if (!keep) {
        const QDir dir(m_recordingsDir);
        QFile::remove(dir.filePath(m_recordingPaths.wav));
        if (!m_recordingPaths.opus.isEmpty())
            QFile::remove(dir.filePath(m_recordingPaths.opus));
    }
    emit m_capture->recordingFinished(m_recordingCallStart, m_recordingPaths, duration, keep, m_recordingError);
}

void LineCaptureWorker::fail(const QString& message)
{
    m_watchdog->stop();
    emit m_capture->failed(message);
}

} // namespace zabota::telephony
