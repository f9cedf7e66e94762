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

namespace {

using File = std::unique_ptr<SNDFILE, FileCloser>;

// Opens a recording that can be replayed: 8000 Hz, mono or stereo.
core::Result<File> openLine(const QString& path, SF_INFO& info)
{
    const QString shown = QDir::toNativeSeparators(path);
    File file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &info));
    if (!file)
        return core::fail(core::Error::Kind::CantOpen, WavReader::tr("%1 cannot be read as a sound file.").arg(shown),
                          QString::fromLocal8Bit(sf_strerror(nullptr)));
    if (info.samplerate != WavReader::kSampleRate)
        return core::fail(
            core::Error::Kind::Validation,
            WavReader::tr("%1 is sampled at %2 Hz; only recordings of the phone line at 8000 Hz can be replayed.")
                .arg(shown)
                .arg(info.samplerate));
    if (info.channels < 1 || info.channels > 2)
        return core::fail(core::Error::Kind::Validation,
                          WavReader::tr("%1 has %2 channels; only mono and stereo recordings can be replayed.")
                              .arg(shown)
                              .arg(info.channels));
    return file;
}

} // namespace

core::Result<std::vector<qint16>> WavReader::read(const QString& path)
{
    std::vector<qint16> samples;
    auto read = stream(path, kSampleRate, [&samples](std::span<const qint16> block) {
        samples.insert(samples.end(), block.begin(), block.end());
    });
    if (!read)
        return std::unexpected(read.error());
    return samples;
}

core::Status WavReader::stream(const QString& path, qsizetype blockSamples,
                               const std::function<void(std::span<const qint16>)>& take)
{
    SF_INFO info{};
    auto file = openLine(path, info);
    if (!file)
        return std::unexpected(file.error());
    const auto block = std::size_t(std::max<qsizetype>(1, blockSamples));
    std::vector<qint16> frames(block * std::size_t(info.channels));
    std::vector<qint16> mono(info.channels == 2 ? block : 0);
    for (;;) {
        const sf_count_t count = sf_readf_short(file->get(), frames.data(), sf_count_t(block));
        if (count < 0)
            return core::fail(core::Error::Kind::Corrupt,
                              tr("%1 cannot be read as a sound file.").arg(QDir::toNativeSeparators(path)),
                              QString::fromLocal8Bit(sf_strerror(file->get())));
        if (count == 0)
            return {};
        if (info.channels == 1) {
            take(std::span<const qint16>(frames.data(), std::size_t(count)));
            continue;
        }
        for (std::size_t i = 0; i < std::size_t(count); ++i)
            mono[i] = qint16((int(frames[2 * i]) + int(frames[2 * i + 1])) / 2);
        take(std::span<const qint16>(mono.data(), std::size_t(count)));
    }
}

} // namespace zabota::telephony
