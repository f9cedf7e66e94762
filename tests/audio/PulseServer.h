// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioDevice>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace zabota::tests {

// A PulseAudio server of the test's own, in a temporary directory, with a null sink "line_sink" whose monitor is an
// ordinary input "line_in": what is played into the sink is what a line adapter would deliver. It runs as any user
// (root included), needs no session, and sets PULSE_SERVER for this process, so it must be started before Qt
// Multimedia is first used. The sink is kept busy so that capture gets its first second of audio.
class PulseServer final {
public:
    PulseServer();
    ~PulseServer();
    PulseServer(const PulseServer&) = delete;
    PulseServer& operator=(const PulseServer&) = delete;

    // Empty when the server runs; otherwise what went wrong, with its log.
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString server() const { return m_server; }

    // Starts playing a WAV file into the sink (as the line would deliver it) and returns at once; false (and error())
    // if paplay did not start. playing() tells when it has finished.
    [[nodiscard]] bool play(const QString& wavPath);
    [[nodiscard]] bool playing() const;

    static constexpr const char* kInput = "line_in";
    // The sink's monitor as Qt Multimedia lists it among the inputs: the line adapter of the tests; null if missing.
    [[nodiscard]] static QAudioDevice input();

private:
    [[nodiscard]] QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_server;
    QString m_error;
    std::unique_ptr<QProcess> m_daemon;
    std::unique_ptr<QProcess> m_keepBusy;
    std::unique_ptr<QProcess> m_player;
};

} // namespace zabota::tests
