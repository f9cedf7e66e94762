// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <span>

struct sf_private_tag;
struct OggOpusEnc;

namespace zabota::telephony {

// Records one call as it happens, from 16-bit 8 kHz mono blocks, to a WAV file and optionally an Opus copy for the
// archive. Both files are written so that a crash or a kill -9 loses almost nothing: the WAV header is rewritten
// after every block (the file opens at any moment with every sample written so far), and the Opus encoder is told
// to put an Ogg page on the disk about twice a second instead of holding seconds of audio. Once a second of audio
// both files are also forced from the page cache to the disk, so that a power cut loses no more than that second.
//
// Call recordings are personal data: the folders it creates are 0700, the files 0600, and an existing file is never
// overwritten. The WAV is the recording; the Opus file is a copy. When the WAV cannot be written (the disk is full)
// the recording stops: both files are closed with what they hold and every later write() fails. When only the Opus
// copy fails, it is closed and the WAV goes on.
class CallRecorder final {
    Q_DECLARE_TR_FUNCTIONS(zabota::telephony::CallRecorder)

public:
    static constexpr int kSampleRate = 8000;
    // Speech on a phone line needs little: 16 kb/s Opus is about a seventh of the 8 kHz WAV.
    static constexpr int kOpusBitrate = 16000;
    // How much audio may sit in the page cache before the files are forced to the disk.
    static constexpr qint64 kSyncEverySamples = kSampleRate;

    // Creates the files (and their folders) and writes the headers. `opusPath` empty: no Opus copy.
    [[nodiscard]] static core::Result<std::unique_ptr<CallRecorder>> start(const QString& wavPath,
                                                                           const QString& opusPath = {});
    // How much of a WAV file can be read, in milliseconds: after a crash, how much of the call was kept.
    [[nodiscard]] static core::Result<qint64> readableDurationMs(const QString& wavPath);

    ~CallRecorder();
    CallRecorder(const CallRecorder&) = delete;
    CallRecorder& operator=(const CallRecorder&) = delete;

    [[nodiscard]] core::Status write(std::span<const qint16> samples);
    // Closes both files. Safe to call twice; the destructor calls it too.
    [[nodiscard]] core::Status finish();

    // Samples kept in the WAV file so far.
    [[nodiscard]] qint64 samplesWritten() const { return m_samples; }
    [[nodiscard]] qint64 durationMs() const { return m_samples * 1000 / kSampleRate; }
    [[nodiscard]] QString wavPath() const { return m_wavPath; }
    [[nodiscard]] QString opusPath() const { return m_opusPath; }
    // False once the WAV could not be written or the recording was finished.
    [[nodiscard]] bool isRecording() const { return m_wav != nullptr; }
    // False once the Opus copy could not be written (or there was none).
    [[nodiscard]] bool hasOpusCopy() const { return m_opus != nullptr; }

private:
    struct OpusSink;
    struct WavCloser {
        void operator()(sf_private_tag* file) const;
    };
    struct OpusDeleter {
        void operator()(OggOpusEnc* encoder) const;
    };

    CallRecorder(QString wavPath, QString opusPath);
    [[nodiscard]] core::Status startOpus();
    [[nodiscard]] core::Status stopWav(const QString& detail);
    [[nodiscard]] core::Status dropOpus(const QString& detail);
    void syncToDisk();

    QString m_wavPath;
    QString m_opusPath;
    std::unique_ptr<sf_private_tag, WavCloser> m_wav;
    std::unique_ptr<OpusSink> m_opusSink; // declared before the encoder, which closes it when destroyed
    std::unique_ptr<OggOpusEnc, OpusDeleter> m_opus;
    qint64 m_samples = 0;
    qint64 m_syncedSamples = 0;
    std::optional<core::Error> m_stopped; // why the WAV stopped, repeated by every later write()
};

} // namespace zabota::telephony
