// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/RecordingArchive.h"

#include "core/recording/RecordingRepository.h"
#include "core/telephony/CallRecorder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace zabota::telephony {

namespace {

Q_LOGGING_CATEGORY(lcArchive, "zabota.telephony.archive")

const QString kNoNumber = QStringLiteral("nonumber");
// Long enough for any line name an administrator gives, short enough for the 255 bytes of a file name in UTF-8.
constexpr qsizetype kMaxLineLength = 40;

// A line name as a part of a file name: letters and digits of any script stay; anything else a file system or the
// name's own "-" separators could take for something else becomes "_".
QString lineForName(const QString& lineName)
{
    QString result;
    for (const QChar c : lineName.trimmed()) {
        const bool keep = c.isLetterOrNumber() || c == u'+';
        if (keep)
            result += c;
        else if (!result.endsWith(u'_'))
            result += u'_';
    }
    result = result.left(kMaxLineLength);
    while (result.startsWith(u'_'))
        result.remove(0, 1);
    while (result.endsWith(u'_'))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("line") : result;
}

// A phone number as a part of a file name: its digits (with a leading +), or "nonumber" when there is none (not known
// yet, withheld, an anonymous line).
QString numberForName(const QString& number)
{
    QString result;
    for (const QChar c : number)
        if ((c >= u'0' && c <= u'9') || (c == u'+' && result.isEmpty()))
            result += c;
    return result.isEmpty() || result == QStringLiteral("+") ? kNoNumber : result;
}

QString opusBeside(const QString& wav)
{
    return wav.chopped(4) + QStringLiteral(".opus");
}

// What a file name made by newPaths() says: the line (as written in the name), the number and the start.
struct NameParts {
    QString line;
    QString number;
    QDateTime startedAt;
};

std::optional<NameParts> partsOf(const QString& relative)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})-(\\d{6})-([^-]+)-([^-]+)(?:-\\d+)?\\.wav$"));
    const auto match = pattern.match(QFileInfo(relative).fileName());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString number = match.captured(4);
    return NameParts{match.captured(3), number == kNoNumber ? QString() : number, QDateTime(date, time)};
}

} // namespace

RecordingArchive::RecordingArchive(QString directory, core::RecordingRepository& repository)
    : m_directory(std::move(directory))
    , m_repository(repository)
{}

QString RecordingArchive::absolutePath(const QString& relative) const
{
    return QDir(m_directory).filePath(relative);
}

bool RecordingArchive::isTaken(const QString& relativeWav, bool catalogue) const
{
    if (m_given.contains(relativeWav))
        return true;
    for (const QString& path : {relativeWav, opusBeside(relativeWav)}) {
        const QFileInfo info(absolutePath(path));
        if (info.exists() || info.isSymLink())
            return true;
    }
    if (!catalogue)
        return false;
    // A row keeps its path after the keeping rules deleted the files.
    const auto row = m_repository.findByPath(relativeWav);
    return row && row->has_value();
}

RecordingArchive::Paths RecordingArchive::newPaths(const QString& lineName, const QDateTime& startedAt,
                                                   const QString& number)
{
    return givePaths(lineName, startedAt, number, true);
}

RecordingArchive::Paths RecordingArchive::newPathsNow(const QString& lineName, const QDateTime& startedAt,
                                                      const QString& number)
{
    return givePaths(lineName, startedAt, number, false);
}

RecordingArchive::Paths RecordingArchive::givePaths(const QString& lineName, const QDateTime& startedAt,
                                                    const QString& number, bool catalogue)
{
    const QMutexLocker locker(&m_givenLock);
    const QDateTime local = startedAt.toLocalTime();
    const QString folder = local.toString(QStringLiteral("yyyy/MM/"));
    const QString stem = folder + local.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + lineForName(lineName) + u'-' +
                         numberForName(number);
    QString wav = stem + QStringLiteral(".wav");
    for (int n = 2; isTaken(wav, catalogue); ++n)
        wav = stem + QStringLiteral("-%1.wav").arg(n);
    m_given.insert(wav);
    return {wav, opusBeside(wav)};
}

core::Result<core::RecordingId> RecordingArchive::started(const core::NewRecording& recording)
{
    return m_repository.insert(recording);
}

core::Status RecordingArchive::finished(core::RecordingId id, qint64 durationMs)
{
    return m_repository.finish(id, durationMs);
}

qint64 RecordingArchive::readableDurationMs(const QString& relative) const
{
    // A file cut off before its header was written, or gone, kept nothing of the call: 0, and the row says so.
    const auto readable = CallRecorder::readableDurationMs(absolutePath(relative));
    if (!readable) {
        qCWarning(lcArchive) << "nothing readable in" << relative << readable.error().detail;
        return 0;
    }
    return *readable;
}

core::Result<QList<core::CallRecording>> RecordingArchive::recover()
{
    QList<core::CallRecording> recovered;
    const auto unfinished = m_repository.unfinished();
    if (!unfinished)
        return std::unexpected(unfinished.error());
    for (const core::CallRecording& recording : *unfinished) {
        if (auto marked = m_repository.markInterrupted(recording.id, readableDurationMs(recording.path)); !marked)
            return std::unexpected(marked.error());
        auto updated = m_repository.get(recording.id);
        if (!updated)
            return std::unexpected(updated.error());
        recovered << *updated;
    }

    QStringList files;
    const QDir root(m_directory);
    QDirIterator it(m_directory, {QStringLiteral("*.wav")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    std::ranges::sort(files);
    for (const QString& relative : files) {
        const auto row = m_repository.findByPath(relative);
        if (!row)
            return std::unexpected(row.error());
        if (row->has_value())
            continue;
        core::NewRecording found;
        found.path = relative;
        found.recoveredDurationMs = readableDurationMs(relative);
        if (QFileInfo::exists(absolutePath(opusBeside(relative))))
            found.opusPath = opusBeside(relative);
        if (const auto parts = partsOf(relative)) {
            found.lineName = parts->line;
            found.number = parts->number;
            found.startedAt = parts->startedAt;
        } else {
            // Not a name this console gave: the file was last written when the call ended.
            found.startedAt = QFileInfo(absolutePath(relative)).lastModified().addMSecs(-*found.recoveredDurationMs);
        }
        auto id = m_repository.insert(found);
        if (!id)
            return std::unexpected(id.error());
        auto inserted = m_repository.get(*id);
        if (!inserted)
            return std::unexpected(inserted.error());
        qCInfo(lcArchive) << "recording without a row added:" << relative;
        recovered << *inserted;
    }
    return recovered;
}

core::Result<QList<core::CallRecording>> RecordingArchive::orphans() const
{
    return m_repository.withoutEntry();
}

core::Status RecordingArchive::attach(core::RecordingId id, qint64 entryId, bool toldOfRecording)
{
    return m_repository.attach(id, entryId, toldOfRecording);
}

core::Result<QList<core::CallRecording>> RecordingArchive::ofEntry(qint64 entryId) const
{
    return m_repository.ofEntry(entryId);
}

void RecordingArchive::removeEmptyFolders(const QString& relative) const
{
    // The month's folder, then the year's, once the keeping rules emptied them; rmdir() leaves a full one alone.
    QDir root(m_directory);
    for (QString folder = QFileInfo(relative).path(); folder != QStringLiteral(".") && !folder.isEmpty();
         folder = QFileInfo(folder).path())
        if (!root.rmdir(folder))
            break;
}

core::Result<RecordingArchive::RetentionReport>
RecordingArchive::applyRetention(const QDateTime& now, const std::function<int(const QString& lineName)>& daysFor)
{
    RetentionReport report;
    const auto lines = m_repository.linesWithFiles();
    if (!lines)
        return std::unexpected(lines.error());
    for (const QString& line : *lines) {
        const int days = daysFor(line);
        if (days <= 0)
            continue;
        const auto old = m_repository.finishedBefore(line, now.addDays(-days));
        if (!old)
            return std::unexpected(old.error());
        for (core::CallRecording recording : *old) {
            bool allGone = true;
            for (const QString& relative : {recording.path, recording.opusPath}) {
                if (relative.isEmpty())
                    continue;
                const QString path = absolutePath(relative);
                const QFileInfo info(path);
                if (!info.exists() && !info.isSymLink())
                    continue; // deleted by hand, or by an earlier run that could not mark the row
                const qint64 size = info.isFile() ? info.size() : 0;
                QFile file(path);
                if (!file.remove()) {
                    allGone = false;
                    report.failures << RetentionFailure{
                        recording, path,
                        core::Error{core::Error::Kind::Storage,
                                    tr("The recording %1 is past the keeping time of line %2 but could not be "
                                       "deleted. Delete it by hand, or ask the administrator to check the "
                                       "recordings folder.")
                                        .arg(QDir::toNativeSeparators(path), line),
                                    file.errorString(),
                                    {}}};
                    continue;
                }
                report.bytes += size;
                removeEmptyFolders(relative);
            }
            if (!allGone)
                continue;
            if (auto marked = m_repository.markDeleted(recording.id, now); !marked)
                return std::unexpected(marked.error());
            recording.deletedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch());
            report.deleted << recording;
        }
    }
    report.count = int(report.deleted.size());
    if (report.count > 0 || !report.failures.isEmpty())
        qCInfo(lcArchive) << "keeping rules deleted" << report.count << "recordings," << report.bytes << "bytes;"
                          << report.failures.size() << "could not be deleted";
    return report;
}

} // namespace zabota::telephony
