// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"
#include "core/telephony/LineCapture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace zabota::telephony {

class RecordingArchive;

// A call on one of the workstation's lines, as the console knows it so far.
struct LineCall {
    int id = 0; // numbered by the desk from 1, for the life of the console
    QString line;
    LineMode mode = LineMode::Identified;
    CallDirection direction = CallDirection::Incoming;
    QDateTime startedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    int rings = 0;
    std::optional<CallerId> callerId; // none on an anonymous line
    QString dialled;                  // an outgoing call's digits
    bool ended = false;
    bool discarded = false; // too short to be a call: nothing of it is kept
    bool kept = false;      // ended and its recording kept in the archive
    qint64 durationMs = 0;
    std::optional<qint64> recordingId;
    QString recordingError;
    std::optional<core::EntryId> entryId; // the journal entry it was registered as
    bool toldOfRecording = false;

    // The number to show and to look families up by: the caller's, or the digits dialled.
    [[nodiscard]] QString number() const;
};

// The lines of this workstation at work: starts a capture per enabled line, follows each line's calls from the
// captures' events, keeps their recordings in the archive and ties them to the journal entries the dispatcher
// registers. Lives in the GUI thread; the captures run in threads of their own.
class LineDesk final : public QObject {
    Q_OBJECT

public:
    explicit LineDesk(RecordingArchive* archive, QObject* parent = nullptr);
    ~LineDesk() override;

    // Stops the captures of the lines before and starts one for each enabled line of `lines`.
    void setLines(const QList<LineConfig>& lines);
    [[nodiscard]] QList<LineConfig> lines() const;
    // The call of that id, if the desk still knows it.
    [[nodiscard]] std::optional<LineCall> call(int id) const;
    // The calls in progress, oldest first.
    [[nodiscard]] QList<LineCall> activeCalls() const;

    // The call was registered as `entry`; `told` whether the caller was told the call is recorded. The recording is
    // attached to the entry now, or when the call ends if it is still going on.
    [[nodiscard]] core::Status linkEntry(int callId, core::EntryId entry, bool told);

signals:
    // Anything new about a call: it started, rang, the number came, it was answered, it ended.
    void callChanged(const zabota::telephony::LineCall& call);
    void lineOpened(const QString& line);
    void lineFailed(const QString& line, const QString& message);
    void levelMeasured(const QString& line, double dbfs);

private:
    struct Line {
        LineConfig config;
        std::unique_ptr<LineCapture> capture;
        int callId = 0;                 // the call in progress on it, 0 if none
        QHash<qint64, int> callByStart; // the capture's calls by their first sample
    };

    void stopLines();
    void forgetOldCalls();
    void onEvent(Line& line, const LineEvent& event);
    void onRecordingFinished(Line& line, qint64 callStart, const RecordingPaths& paths, qint64 durationMs, bool kept,
                             const QString& error);
    core::Status attach(LineCall& call);
    LineCall* findCall(int id);

    RecordingArchive* m_archive;
    std::vector<std::unique_ptr<Line>> m_lines;
    QHash<int, LineCall> m_calls;
    int m_nextCall = 1;
};

} // namespace zabota::telephony

Q_DECLARE_METATYPE(zabota::telephony::LineCall)
