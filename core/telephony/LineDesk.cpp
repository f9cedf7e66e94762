// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineDesk.h"

#include "core/telephony/RecordingArchive.h"

namespace zabota::telephony {

QString LineCall::number() const
{
    if (callerId && !callerId->number.isEmpty())
        return callerId->number;
    return dialled;
}

namespace {

// The calls the desk remembers, ended ones included, for cards still open and entries saved late.
constexpr qsizetype kCallsKept = 200;

} // namespace

LineDesk::LineDesk(RecordingArchive* archive, QObject* parent)
    : QObject(parent)
    , m_archive(archive)
{}

LineDesk::~LineDesk()
{
    stopLines();
}

void LineDesk::stopLines()
{
    for (const auto& line : m_lines)
        line->capture->stop();
    // A call in progress ended as its capture stopped: its recording is kept and catalogued before the lines go.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_lines.clear();
}

void LineDesk::setLines(const QList<LineConfig>& lines)
{
    stopLines();
    for (const auto& config : lines) {
        if (!config.enabled)
            continue;
        auto line = std::make_unique<Line>();
        line->config = config;
        LineCapture::Namer namer;
        QString directory;
        if (m_archive) {
            directory = m_archive->directory();
            // Called from the captures' threads, which may not use the database. The number is not known yet.
            namer = [archive = m_archive](const QString& name, const QDateTime& startedAt) {
                const auto paths = archive->newPathsNow(name, startedAt, QString());
                return RecordingPaths{paths.wav, paths.opus};
            };
        }
        line->capture = std::make_unique<LineCapture>(config, directory, namer);
        Line* raw = line.get();
        connect(raw->capture.get(), &LineCapture::opened, this, [this, raw] { emit lineOpened(raw->config.name); });
        connect(raw->capture.get(), &LineCapture::failed, this,
                [this, raw](const QString& message) { emit lineFailed(raw->config.name, message); });
        connect(raw->capture.get(), &LineCapture::levelMeasured, this,
                [this, raw](double dbfs) { emit levelMeasured(raw->config.name, dbfs); });
        connect(raw->capture.get(), &LineCapture::lineEvent, this,
                [this, raw](const LineEvent& event) { onEvent(*raw, event); });
        connect(raw->capture.get(), &LineCapture::recordingFinished, this,
                [this, raw](qint64 callStart, const RecordingPaths& paths, qint64 durationMs, bool kept,
                            const QString& error) {
                    onRecordingFinished(*raw, callStart, paths, durationMs, kept, error);
                });
        m_lines.push_back(std::move(line));
        raw->capture->start();
    }
}

QList<LineConfig> LineDesk::lines() const
{
    QList<LineConfig> lines;
    for (const auto& line : m_lines)
        lines.append(line->config);
    return lines;
}

std::optional<LineCall> LineDesk::call(int id) const
{
    const auto found = m_calls.constFind(id);
    if (found == m_calls.cend())
        return std::nullopt;
    return *found;
}

QList<LineCall> LineDesk::activeCalls() const
{
    QList<LineCall> calls;
    for (const auto& call : m_calls)
        if (!call.ended)
            calls.append(call);
    std::ranges::sort(calls, {}, &LineCall::id);
    return calls;
}

LineCall* LineDesk::findCall(int id)
{
    const auto found = m_calls.find(id);
    return found == m_calls.end() ? nullptr : &*found;
}

void LineDesk::onEvent(Line& line, const LineEvent& event)
{
    const QDateTime at = line.capture->timeOf(event.sample);
    if (event.kind == LineEventKind::CallStarted) {
        LineCall call;
        call.id = m_nextCall++;
        call.line = line.config.name;
        call.mode = line.config.mode;
        call.direction = event.direction;
        call.startedAt = at;
        line.callId = call.id;
        line.callByStart.insert(event.callStart, call.id);
        m_calls.insert(call.id, call);
        emit callChanged(call);
        return;
    }
    LineCall* call = findCall(line.callByStart.value(event.callStart));
    if (!call)
        return; // an event outside a call: speech on an idle line, a digit
    switch (event.kind) {
    case LineEventKind::Ring:
        call->rings = event.ring;
        break;
    case LineEventKind::CallerId:
        if (call->mode == LineMode::Identified)
            call->callerId = event.callerId;
        break;
    case LineEventKind::Answered:
        call->answeredAt = at;
        break;
    case LineEventKind::Dtmf:
        if (call->direction == CallDirection::Outgoing && call->mode == LineMode::Identified)
            call->dialled += event.digit;
        break;
    case LineEventKind::CallEnded:
    case LineEventKind::CallDiscarded:
        call->ended = true;
        call->discarded = event.kind == LineEventKind::CallDiscarded;
        call->endedAt = at;
        if (!event.dialled.isEmpty())
            call->dialled = event.dialled;
        line.callByStart.remove(event.callStart);
        if (line.callId == call->id)
            line.callId = 0;
        break;
    default:
        return; // speech and tones change nothing the dispatcher sees
    }
    emit callChanged(*call);
    // A call dropped as too short is forgotten once those who show it were told.
    if (event.kind == LineEventKind::CallDiscarded)
        m_calls.remove(call->id);
    forgetOldCalls();
}

void LineDesk::forgetOldCalls()
{
    // A console runs for weeks: the calls ended long ago, whose entries and recordings are in the database, go.
    const auto ended = [](const LineCall& call) {
        return call.ended;
    };
    while (m_calls.size() > kCallsKept) {
        auto oldest = std::ranges::min_element(m_calls, {}, &LineCall::id);
        if (oldest == m_calls.end() || !ended(*oldest))
            return;
        m_calls.erase(oldest);
    }
}

void LineDesk::onRecordingFinished(Line& line, qint64 callStart, const RecordingPaths& paths, qint64 durationMs,
                                   bool kept, const QString& error)
{
    // The call's own record: the recording is finished before the call's end is reported.
    LineCall* call = findCall(line.callByStart.value(callStart, line.callId));
    if (call) {
        call->durationMs = durationMs;
        call->recordingError = error;
    }
    if (!kept || !m_archive)
        return;
    core::NewRecording recording;
    recording.lineName = line.config.name;
    recording.direction = call && call->direction == CallDirection::Outgoing ? core::CallDirection::Outgoing
                                                                             : core::CallDirection::Incoming;
    recording.number = call ? call->number() : QString();
    recording.startedAt = call ? call->startedAt : line.capture->timeOf(callStart);
    recording.path = paths.wav;
    recording.opusPath = paths.opus;
    // The row is written once the recording is whole: a recording cut off by a crash is found by its file.
    auto id = m_archive->started(recording);
    if (id) {
        if (auto finished = m_archive->finished(*id, durationMs); !finished)
            id = std::unexpected(finished.error());
    }
    if (!id) {
        if (call)
            call->recordingError = id.error().message;
        qWarning("recording %s not catalogued: %s", qUtf8Printable(paths.wav), qUtf8Printable(id.error().detail));
        return;
    }
    if (!call)
        return;
    call->recordingId = *id;
    call->kept = true;
    if (call->entryId) {
        if (auto attached = attach(*call); !attached)
            call->recordingError = attached.error().message;
    }
}

core::Status LineDesk::linkEntry(int callId, core::EntryId entry, bool told)
{
    LineCall* call = findCall(callId);
    if (!call)
        return {};
    call->entryId = entry;
    call->toldOfRecording = told;
    if (call->recordingId)
        return attach(*call);
    return {};
}

core::Status LineDesk::attach(LineCall& call)
{
    if (!m_archive || !call.recordingId || !call.entryId)
        return {};
    auto attached = m_archive->attach(*call.recordingId, *call.entryId, call.toldOfRecording);
    if (attached)
        emit callChanged(call);
    return attached;
}

} // namespace zabota::telephony
