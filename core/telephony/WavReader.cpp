// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/WavReader.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <sndfile.h>

namespace zabota::telephony {

namespace {

struct FileCloser {
    void operator()(SNDFILE* file) const { sf_close(file); }
};

} // namespace

core::Result<std::vector<qint16>> WavReader::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    SF_INFO info{};
    const std::unique_ptr<SNDFILE, FileCloser> file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &info));
    if (!file)
        return core::fail(core::Error::Kind::CantOpen, tr("%1 cannot be read as a sound file.").arg(shown),
                          QString::fromLocal8Bit(sf_strerror(nullptr)));
    if (info.samplerate != kSampleRate)
        return core::fail(core::Error::Kind::Validation,
                          tr("%1 is sampled at %2 Hz; only recordings of the phone line at 8000 Hz can be replayed.")
                              .arg(shown)
                              .arg(info.samplerate));
    if (info.channels < 1 || info.channels > 2)
        return core::fail(
            core::Error::Kind::Validation,
            tr("%1 has %2 channels; only mono and stereo recordings can be replayed.").arg(shown).arg(info.channels));

    std::vector<qint16> frames(std::size_t(info.frames) * std::size_t(info.channels));
    const sf_count_t framesRead = sf_readf_short(file.get(), frames.data(), info.frames);
    if (framesRead < 0)
        return core::fail(core::Error::Kind::Corrupt, tr("%1 cannot be read as a sound file.").arg(shown),
                          QString::fromLocal8Bit(sf_strerror(file.get())));
    frames.resize(std::size_t(framesRead) * std::size_t(info.channels));
    if (info.channels == 1)
        return frames;

    std::vector<qint16> mono(static_cast<std::size_t>(framesRead));
    for (std::size_t i = 0; i < mono.size(); ++i)
        mono[i] = qint16((int(frames[2 * i]) + int(frames[2 * i + 1])) / 2);
    return mono;
}

} // namespace zabota::telephony
