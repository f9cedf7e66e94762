// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/CallRecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <fcntl.h>
#include <opusenc.h>
#include <sndfile.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zabota::telephony {

namespace {

Q_LOGGING_CATEGORY(lcRecording, "zabota.telephony.recording")

// libopusenc holds audio back twice: for its encoding decisions (2 s by default) and before it closes an Ogg page
// (1 s by default); both are counted in 48 kHz samples. A kill loses what is held, so both are kept short: 0.1 s
// of look-ahead costs the speech codec nothing audible, and a page every 0.5 s adds about 3 % of page headers.
constexpr int kOpusDecisionDelay = 4800;
constexpr int kOpusMuxingDelay = 24000;
// The encoder's effort, 0 to 10 (10 by default). A phone line carries nothing above 4 kHz: told so (narrowband, the
// speech codec's VoIP tuning) and at effort 5 the encoder spends less than half the processor time of its defaults
// (measured: 4.3 % of a core for one line at the defaults, 2.0 % so), and a workstation may record several lines.
constexpr int kOpusComplexity = 5;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int error)
{
    return qt_error_string(error);
}

// Creates the missing folders above `filePath`, each 0700 (existing ones are left as they are). On failure returns
// the folder that could not be made and errno.
std::optional<std::pair<QString, int>> makePrivateFolders(const QString& filePath)
{
    QStringList missing;
    QString current = QFileInfo(filePath).absolutePath();
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString up = QFileInfo(current).path();
        if (up == current)
            break;
        current = up;
    }
    for (const QString& folder : missing)
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST)
            return std::pair{folder, errno};
    return std::nullopt;
}

// Opens a new file for writing, 0600, refusing one that exists: no recording is ever written over another.
int createPrivateFile(const QString& path)
{
    return ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
}

} // namespace

struct CallRecorder::OpusSink {
    int fd = -1;
    int error = 0; // errno of the first failed write or close

    static int write(void* self, const unsigned char* data, opus_int32 length)
    {
        auto* sink = static_cast<OpusSink*>(self);
        while (length > 0) {
            const ssize_t done = ::write(sink->fd, data, std::size_t(length));
            if (done < 0 && errno == EINTR)
                continue;
            if (done <= 0) {
                sink->error = done < 0 ? errno : ENOSPC;
                return 1;
            }
            data += done;
            length -= opus_int32(done);
        }
        return 0;
    }

    static int close(void* self)
    {
        auto* sink = static_cast<OpusSink*>(self);
        if (sink->fd < 0)
            return 0;
        // The page cache survives a kill of the console but not a power cut: a finished call goes to the disk.
        if (::fdatasync(sink->fd) != 0 && errno != EINVAL && sink->error == 0)
            sink->error = errno;
        if (::close(sink->fd) != 0 && sink->error == 0)
            sink->error = errno;
        sink->fd = -1;
        return sink->error == 0 ? 0 : 1;
    }
};

void CallRecorder::WavCloser::operator()(sf_private_tag* file) const
{
    sf_close(file);
}

void CallRecorder::OpusDeleter::operator()(OggOpusEnc* encoder) const
{
    ope_encoder_destroy(encoder);
}

CallRecorder::CallRecorder(QString wavPath, QString opusPath)
    : m_wavPath(std::move(wavPath))
    , m_opusPath(std::move(opusPath))
{}

CallRecorder::~CallRecorder()
{
    if (auto done = finish(); !done)
        qCWarning(lcRecording) << done.error().message << done.error().detail;
}

core::Result<std::unique_ptr<CallRecorder>> CallRecorder::start(const QString& wavPath, const QString& opusPath)
{
    using core::Error;
    const QStringList paths = opusPath.isEmpty() ? QStringList{wavPath} : QStringList{wavPath, opusPath};
    for (const QString& path : paths)
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return core::fail(
                Error::Kind::Conflict,
                tr("The recording %1 already exists; a recording is never written over another.").arg(shown(path)));
    for (const QString& path : paths)
        if (const auto failed = makePrivateFolders(path))
            return core::fail(Error::Kind::CantOpen,
                              tr("The folder %1 for call recordings cannot be created.").arg(shown(failed->first)),
                              systemError(failed->second));

    std::unique_ptr<CallRecorder> recorder(new CallRecorder(wavPath, opusPath));
    const int fd = createPrivateFile(wavPath);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return core::fail(
                Error::Kind::Conflict,
                tr("The recording %1 already exists; a recording is never written over another.").arg(shown(wavPath)));
        return core::fail(Error::Kind::CantOpen, tr("The recording %1 cannot be created.").arg(shown(wavPath)),
                          systemError(error));
    }
    SF_INFO info{};
    info.samplerate = kSampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    // libsndfile owns the descriptor from here, and closes it when opening fails too.
    recorder->m_wav.reset(sf_open_fd(fd, SFM_WRITE, &info, SF_TRUE));
    if (!recorder->m_wav) {
        const QString detail = QString::fromLocal8Bit(sf_strerror(nullptr));
        QFile::remove(wavPath);
        return core::fail(Error::Kind::CantOpen, tr("The recording %1 cannot be created.").arg(shown(wavPath)), detail);
    }
    // The header is rewritten after every write, so that the file is whole at any moment: read while it grows,
    // copied, or left behind by a crash, it opens with every sample written so far.
    sf_command(recorder->m_wav.get(), SFC_SET_UPDATE_HEADER_AUTO, nullptr, SF_TRUE);

    if (!opusPath.isEmpty()) {
        if (auto started = recorder->startOpus(); !started) {
            recorder->m_wav.reset();
            QFile::remove(wavPath);
            return std::unexpected(started.error());
        }
    }
    return recorder;
}

core::Status CallRecorder::startOpus()
{
    using core::Error;
    const auto cannotCreate = [this](const QString& detail) {
        return core::fail(Error::Kind::CantOpen, tr("The recording %1 cannot be created.").arg(shown(m_opusPath)),
                          detail);
    };
    m_opusSink = std::make_unique<OpusSink>();
    m_opusSink->fd = createPrivateFile(m_opusPath);
    if (m_opusSink->fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return core::fail(Error::Kind::Conflict,
                              tr("The recording %1 already exists; a recording is never written over another.")
                                  .arg(shown(m_opusPath)));
        return cannotCreate(systemError(error));
    }
    const auto giveUp = [this](const QString& detail) {
        m_opus.reset();
        OpusSink::close(m_opusSink.get());
        QFile::remove(m_opusPath);
        return detail;
    };

    const std::unique_ptr<OggOpusComments, void (*)(OggOpusComments*)> comments(ope_comments_create(),
                                                                                ope_comments_destroy);
    if (!comments)
        return cannotCreate(giveUp(QStringLiteral("ope_comments_create: out of memory")));
    static const OpusEncCallbacks kCallbacks{&OpusSink::write, &OpusSink::close};
    int error = OPE_OK;
    m_opus.reset(
        ope_encoder_create_callbacks(&kCallbacks, m_opusSink.get(), comments.get(), kSampleRate, 1, 0, &error));
    if (!m_opus)
        return cannotCreate(giveUp(QString::fromLatin1(ope_strerror(error))));
    const int settings[] = {
        ope_encoder_ctl(m_opus.get(), OPUS_SET_BITRATE(kOpusBitrate)),
        ope_encoder_ctl(m_opus.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)),
        ope_encoder_ctl(m_opus.get(), OPUS_SET_APPLICATION(OPUS_APPLICATION_VOIP)),
        ope_encoder_ctl(m_opus.get(), OPUS_SET_MAX_BANDWIDTH(OPUS_BANDWIDTH_NARROWBAND)),
        ope_encoder_ctl(m_opus.get(), OPUS_SET_COMPLEXITY(kOpusComplexity)),
        ope_encoder_ctl(m_opus.get(), OPE_SET_DECISION_DELAY(kOpusDecisionDelay)),
        ope_encoder_ctl(m_opus.get(), OPE_SET_MUXING_DELAY(kOpusMuxingDelay)),
    };
    for (const int setting : settings)
        if (setting != OPE_OK)
            return cannotCreate(giveUp(QString::fromLatin1(ope_strerror(setting))));
    // The header pages go out now: a file cut short after the first page still decodes.
    if (const int flushed = ope_encoder_flush_header(m_opus.get()); flushed != OPE_OK)
        return cannotCreate(
            giveUp(QString::fromLatin1(ope_strerror(flushed)) + QStringLiteral(": ") + systemError(m_opusSink->error)));
    return {};
}

core::Status CallRecorder::write(std::span<const qint16> samples)
{
    if (m_stopped)
        return std::unexpected(*m_stopped);
    if (!m_wav)
        return core::fail(core::Error::Kind::Validation,
                          tr("The recording %1 is already closed.").arg(shown(m_wavPath)));
    if (samples.empty())
        return {};

    const auto count = sf_count_t(samples.size());
    const sf_count_t written = sf_write_short(m_wav.get(), samples.data(), count);
    m_samples += std::max<sf_count_t>(written, 0);
    if (written != count)
        return stopWav(QString::fromLocal8Bit(sf_strerror(m_wav.get())));

    if (m_opus) {
        const int encoded = ope_encoder_write(m_opus.get(), samples.data(), int(samples.size()));
        if (encoded != OPE_OK)
            return dropOpus(QString::fromLatin1(ope_strerror(encoded)) + QStringLiteral(": ") +
                            systemError(m_opusSink->error));
    }
    if (m_samples - m_syncedSamples >= kSyncEverySamples)
        syncToDisk();
    return {};
}

void CallRecorder::syncToDisk()
{
    m_syncedSamples = m_samples;
    // What the encoder still holds (its short delays) is not written yet; what it wrote goes to the disk with the WAV.
    sf_write_sync(m_wav.get());
    if (m_opus && m_opusSink->fd >= 0 && ::fdatasync(m_opusSink->fd) != 0 && errno != EINVAL)
        qCWarning(lcRecording) << "Opus copy not synced:" << m_opusPath << systemError(errno);
}

core::Status CallRecorder::stopWav(const QString& detail)
{
    m_stopped =
        core::Error{core::Error::Kind::Storage,
                    tr("The recording stopped: %1 cannot be written. The disk may be full.").arg(shown(m_wavPath)),
                    detail,
                    {}};
    qCWarning(lcRecording) << "recording stopped after" << m_samples << "samples:" << m_wavPath << detail;
    if (auto closed = finish(); !closed)
        qCWarning(lcRecording) << closed.error().detail;
    return std::unexpected(*m_stopped);
}

core::Status CallRecorder::dropOpus(const QString& detail)
{
    qCWarning(lcRecording) << "Opus copy dropped:" << m_opusPath << detail;
    m_opus.reset();
    OpusSink::close(m_opusSink.get());
    return core::fail(core::Error::Kind::Storage,
                      tr("The archive copy %1 cannot be written. The disk may be full; the call is still recorded to "
                         "%2.")
                          .arg(shown(m_opusPath), shown(m_wavPath)),
                      detail);
}

core::Status CallRecorder::finish()
{
    core::Status result;
    if (m_opus) {
        // Draining encodes what the encoder still holds, writes the last page and closes the file.
        const int drained = ope_encoder_drain(m_opus.get());
        m_opus.reset();
        OpusSink::close(m_opusSink.get());
        if (drained != OPE_OK)
            result = core::fail(
                core::Error::Kind::Storage,
                tr("The end of the recording %1 could not be written. The disk may be full.").arg(shown(m_opusPath)),
                QString::fromLatin1(ope_strerror(drained)) + QStringLiteral(": ") + systemError(m_opusSink->error));
    }
    if (m_wav) {
        sf_write_sync(m_wav.get());
        const int closed = sf_close(m_wav.release());
        if (closed != 0 && result)
            result = core::fail(
                core::Error::Kind::Storage,
                tr("The end of the recording %1 could not be written. The disk may be full.").arg(shown(m_wavPath)),
                QString::fromLocal8Bit(sf_error_number(closed)));
    }
    return result;
}

core::Result<qint64> CallRecorder::readableDurationMs(const QString& wavPath)
{
    SF_INFO info{};
    const std::unique_ptr<sf_private_tag, WavCloser> file(
        sf_open(QFile::encodeName(wavPath).constData(), SFM_READ, &info));
    if (!file)
        return core::fail(core::Error::Kind::CantOpen, tr("%1 cannot be read as a sound file.").arg(shown(wavPath)),
                          QString::fromLocal8Bit(sf_strerror(nullptr)));
    if (info.samplerate <= 0)
        return core::fail(core::Error::Kind::Corrupt, tr("%1 cannot be read as a sound file.").arg(shown(wavPath)),
                          QStringLiteral("sample rate %1").arg(info.samplerate));
    return qint64(info.frames) * 1000 / info.samplerate;
}

} // namespace zabota::telephony
