// SPDX-License-Identifier: GPL-3.0-or-later
// Calls recorded to real files, read back with libsndfile and decoded with the real opusdec; one recorded by a
// process that is killed with SIGKILL half-way.
#include "core/telephony/CallRecorder.h"

#include "core/telephony/WavReader.h"
#include "tests/support/FileSizeLimit.h"
#include "tests/support/QtPrinting.h"
#include "tests/telephony/RecordingProbe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <cmath>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using zabota::core::Error;
using zabota::telephony::CallRecorder;
using zabota::telephony::WavReader;
using zabota::tests::FileSizeLimit;
using zabota::tests::ProbeTone;

namespace {

// Writes `seconds` of the probe tone in 20 ms blocks.
void writeTone(CallRecorder& recorder, double seconds)
{
    const auto total = qint64(seconds * ProbeTone::kSampleRate);
    for (qint64 at = 0; at < total; at += ProbeTone::kBlock) {
        const auto block = ProbeTone::samples(at, std::min<qint64>(ProbeTone::kBlock, total - at));
        REQUIRE(recorder.write(block));
    }
}

// The Opus file decoded at 8 kHz by opusdec, as samples.
std::vector<qint16> decodeOpus(const QString& opusPath)
{
    const QString wavPath = opusPath + QStringLiteral(".decoded.wav");
    QFile::remove(wavPath);
    QProcess opusdec;
    opusdec.start(QStringLiteral(OPUSDEC_EXECUTABLE),
                  {QStringLiteral("--quiet"), QStringLiteral("--rate"), QStringLiteral("8000"), opusPath, wavPath});
    REQUIRE(opusdec.waitForFinished(30'000));
    INFO(QString::fromLocal8Bit(opusdec.readAllStandardError()).toStdString());
    REQUIRE(opusdec.exitStatus() == QProcess::NormalExit);
    REQUIRE(opusdec.exitCode() == 0);
    auto samples = WavReader::read(wavPath);
    REQUIRE(samples);
    return *samples;
}

double rms(const std::vector<qint16>& samples, std::size_t from, std::size_t to)
{
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(samples[i]) * double(samples[i]);
    return std::sqrt(sum / double(to - from));
}

unsigned modeOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct RiffSizes {
    qint64 riff = -1; // the RIFF chunk's size field: the file's length less 8
    qint64 data = -1; // the data chunk's size field: the bytes of sound
};

// The sizes a WAV header claims, read byte by byte as a player other than libsndfile reads them; libsndfile itself
// forgives a header it left unfinished.
RiffSizes riffSizesOf(const QByteArray& file)
{
    const auto le32 = [&file](qsizetype at) {
        return qint64(quint8(file[at])) | qint64(quint8(file[at + 1])) << 8 | qint64(quint8(file[at + 2])) << 16 |
               qint64(quint8(file[at + 3])) << 24;
    };
    RiffSizes sizes;
    if (file.size() < 12 || !file.startsWith("RIFF") || file.mid(8, 4) != "WAVE")
        return sizes;
    sizes.riff = le32(4);
    for (qsizetype at = 12; at + 8 <= file.size(); at += 8 + le32(at + 4) + (le32(at + 4) & 1)) {
        if (file.mid(at, 4) == "data") {
            sizes.data = le32(at + 4);
            break;
        }
    }
    return sizes;
}

} // namespace

TEST_CASE("a recorded call reads back sample for sample and its Opus copy decodes to the same length",
          "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    const QString opus = dir.filePath(QStringLiteral("call.opus"));
    auto recorder = CallRecorder::start(wav, opus);
    REQUIRE(recorder);
    writeTone(**recorder, 3.01); // 3 s and a block of 80 samples
    CHECK((*recorder)->samplesWritten() == 24080);
    CHECK((*recorder)->durationMs() == 3010);
    REQUIRE((*recorder)->finish());
    CHECK((*recorder)->finish()); // twice is harmless
    CHECK_FALSE((*recorder)->write(ProbeTone::samples(0, 160)));

    const auto back = WavReader::read(wav);
    REQUIRE(back);
    CHECK(*back == ProbeTone::samples(0, 24080));
    CHECK(CallRecorder::readableDurationMs(wav).value() == 3010);

    // 16 kb/s against the WAV's 128 kb/s.
    CHECK(QFileInfo(opus).size() * 5 < QFileInfo(wav).size());
    const auto decoded = decodeOpus(opus);
    // Ogg Opus trims the encoder's delay and padding: the length comes back to the sample.
    CHECK(std::abs(qint64(decoded.size()) - 24080) <= 8);
    // Not silence: the tone at about its level (lossy, so only roughly).
    const double written = rms(*back, 8000, 16000);
    const double heard = rms(decoded, 8000, 16000);
    CHECK(heard > written * 0.7);
    CHECK(heard < written * 1.3);
}

TEST_CASE("a recording copied while it is being written opens with every sample written so far",
          "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    auto recorder = CallRecorder::start(wav);
    REQUIRE(recorder);
    CHECK(CallRecorder::readableDurationMs(wav).value() == 0);
    qint64 written = 0;
    for (int block = 0; block < 30; ++block) {
        // Blocks of uneven length, as a sound card may hand them over.
        const qint64 length = 80 + 37 * (block % 5);
        REQUIRE((*recorder)->write(ProbeTone::samples(written, length)));
        written += length;
        const QString copy = dir.filePath(QStringLiteral("copy-%1.wav").arg(block));
        REQUIRE(QFile::copy(wav, copy));
        // The header is up to date, for any player.
        const QByteArray bytes = contentOf(copy);
        const RiffSizes sizes = riffSizesOf(bytes);
        REQUIRE(sizes.riff == bytes.size() - 8);
        REQUIRE(sizes.data == 2 * written);
        const auto back = WavReader::read(copy);
        REQUIRE(back);
        REQUIRE(back->size() == std::size_t(written));
        REQUIRE(*back == ProbeTone::samples(0, written));
        // Read in place too, while the recorder still has it open.
        REQUIRE(WavReader::read(wav).value().size() == std::size_t(written));
    }
}

TEST_CASE("recordings are private: the folders made for them are 0700 and the files 0600", "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const unsigned parentMode = modeOf(dir.path());
    const QString wav = dir.filePath(QStringLiteral("recordings/2026/03/call.wav"));
    const QString opus = dir.filePath(QStringLiteral("recordings/2026/03/call.opus"));
    auto recorder = CallRecorder::start(wav, opus);
    REQUIRE(recorder);
    writeTone(**recorder, 0.2);
    REQUIRE((*recorder)->finish());
    CHECK(modeOf(dir.filePath(QStringLiteral("recordings"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("recordings/2026"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("recordings/2026/03"))) == 0700);
    CHECK(modeOf(wav) == 0600);
    CHECK(modeOf(opus) == 0600);
    CHECK(modeOf(dir.path()) == parentMode); // a folder that was there is left as it was
}

TEST_CASE("an existing file is never written over", "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    const QString opus = dir.filePath(QStringLiteral("call.opus"));
    QFile existing(GENERATE(true, false) ? wav : opus);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("an earlier call");
    existing.close();

    const auto refused = CallRecorder::start(wav, opus);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(existing.fileName())));
    CHECK(contentOf(existing.fileName()) == QByteArrayLiteral("an earlier call"));
    // Nothing half-made is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QFileInfo(existing).fileName()});
}

TEST_CASE("a folder that cannot be made gives a sentence naming it", "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A file where the folder should be stops mkdir() for root too, which permissions would not.
    const QString blocker = dir.filePath(QStringLiteral("recordings"));
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();

    const auto refused = CallRecorder::start(blocker + QStringLiteral("/2026/call.wav"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::CantOpen);
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(blocker + QStringLiteral("/2026"))));
    CHECK_FALSE(refused.error().detail.isEmpty());

    const auto unreadable = CallRecorder::readableDurationMs(blocker);
    REQUIRE_FALSE(unreadable);
    CHECK(unreadable.error().message.contains(QDir::toNativeSeparators(blocker)));
}

TEST_CASE("a full disk stops the recording with a sentence naming the file, and what was written stays readable",
          "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    auto recorder = CallRecorder::start(wav);
    REQUIRE(recorder);
    std::optional<Error> stopped;
    {
        const FileSizeLimit limit(64 * 1024); // about 4 s of the call
        for (qint64 at = 0; at < 10 * ProbeTone::kSampleRate && !stopped; at += ProbeTone::kBlock)
            if (auto written = (*recorder)->write(ProbeTone::samples(at, ProbeTone::kBlock)); !written)
                stopped = written.error();
    }
    REQUIRE(stopped);
    CHECK(stopped->message.contains(QDir::toNativeSeparators(wav)));
    CHECK_FALSE(stopped->detail.isEmpty());
    CHECK_FALSE((*recorder)->isRecording());
    // Every later block is refused the same way, not silently dropped.
    const auto later = (*recorder)->write(ProbeTone::samples(0, ProbeTone::kBlock));
    REQUIRE_FALSE(later);
    CHECK(later.error().message == stopped->message);

    const qint64 kept = (*recorder)->samplesWritten();
    CHECK(kept > 3 * ProbeTone::kSampleRate);
    CHECK(kept < 5 * ProbeTone::kSampleRate);
    const auto back = WavReader::read(wav);
    REQUIRE(back);
    CHECK(*back == ProbeTone::samples(0, kept));
}

TEST_CASE("a recording process killed with SIGKILL leaves a WAV with every second it announced and an Opus file "
          "short of at most a second",
          "[telephony][recording]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    const QString opus = dir.filePath(QStringLiteral("call.opus"));
    QProcess probe;
    probe.start(QStringLiteral(ZABOTA_RECORDING_PROBE), {wav, opus});
    REQUIRE(probe.waitForStarted(10'000));

    static const QRegularExpression announced(QStringLiteral("recorded (\\d+) s"));
    int seconds = 0;
    QByteArray output;
    while (seconds < 3) {
        REQUIRE(probe.waitForReadyRead(5'000));
        output += probe.readAllStandardOutput();
        for (const QString& line : QString::fromLatin1(output).split(u'\n', Qt::SkipEmptyParts))
            if (const auto match = announced.match(line); match.hasMatch())
                seconds = std::max(seconds, match.captured(1).toInt());
    }
    // Half a block after the announcement: the kill lands in the middle of the next writes.
    QThread::msleep(330);
    probe.kill(); // SIGKILL
    REQUIRE(probe.waitForFinished(5'000));
    REQUIRE(probe.exitStatus() == QProcess::CrashExit);
    output += probe.readAllStandardOutput();
    for (const QString& line : QString::fromLatin1(output).split(u'\n', Qt::SkipEmptyParts))
        if (const auto match = announced.match(line); match.hasMatch())
            seconds = std::max(seconds, match.captured(1).toInt());
    INFO("announced " << seconds << " s");

    const auto kept = WavReader::read(wav);
    REQUIRE(kept);
    INFO("the WAV holds " << kept->size() << " samples");
    // Its header says so too (it lags by one block at most if the kill fell between a block and its header).
    const QByteArray bytes = contentOf(wav);
    const RiffSizes sizes = riffSizesOf(bytes);
    CHECK(sizes.data >= 2 * qint64(seconds) * ProbeTone::kSampleRate);
    CHECK(sizes.data >= 2 * qint64(kept->size()) - 2 * ProbeTone::kBlock);
    CHECK(sizes.riff >= bytes.size() - 8 - 2 * ProbeTone::kBlock);
    CHECK(kept->size() >= std::size_t(seconds) * ProbeTone::kSampleRate);
    CHECK(*kept == ProbeTone::samples(0, qint64(kept->size())));
    CHECK(CallRecorder::readableDurationMs(wav).value() >= seconds * 1000);

    const auto decoded = decodeOpus(opus);
    INFO("the Opus file decodes to " << decoded.size() << " samples");
    CHECK(decoded.size() >= std::size_t(seconds - 1) * ProbeTone::kSampleRate);
    CHECK(decoded.size() <= kept->size() + ProbeTone::kBlock);
}
