// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/audio/PulseServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QThread>

namespace zabota::tests {

namespace {

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

PulseServer::PulseServer()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    const QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("home"));
    dir.mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString socket = dir.filePath(QStringLiteral("native"));
    m_server = QStringLiteral("unix:") + socket;
    const QByteArray config = "load-module module-native-protocol-unix auth-anonymous=1 socket=" + socket.toUtf8() +
                              "\n"
                              "load-module module-null-sink sink_name=line_sink rate=48000 channels=1\n"
                              "load-module module-remap-source master=line_sink.monitor source_name=line_in\n"
                              "set-default-sink line_sink\n"
                              "set-default-source line_in\n";
    const QString configPath = dir.filePath(QStringLiteral("pa.conf"));
    if (!writeFile(configPath, config)) {
        m_error = QStringLiteral("cannot write %1").arg(configPath);
        return;
    }

    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessEnvironment(environment());
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    m_daemon->start(QStringLiteral("pulseaudio"),
                    {QStringLiteral("-n"), QStringLiteral("-F"), configPath, QStringLiteral("--exit-idle-time=-1"),
                     QStringLiteral("--daemonize=no"), QStringLiteral("--use-pid-file=no")});
    if (!m_daemon->waitForStarted(5000)) {
        m_error = QStringLiteral("pulseaudio did not start: %1").arg(m_daemon->errorString());
        return;
    }
    // Ready once a client can talk to it.
    const QDeadlineTimer deadline(10000);
    for (;;) {
        QProcess info;
        info.setProcessEnvironment(environment());
        info.start(QStringLiteral("pactl"), {QStringLiteral("info")});
        if (info.waitForFinished(3000) && info.exitStatus() == QProcess::NormalExit && info.exitCode() == 0)
            break;
        if (deadline.hasExpired() || m_daemon->state() != QProcess::Running) {
            m_error = QStringLiteral("pulseaudio did not answer: ") + QString::fromLocal8Bit(m_daemon->readAll());
            return;
        }
        QThread::msleep(100);
    }
    qputenv("PULSE_SERVER", m_server.toUtf8());

    m_keepBusy = std::make_unique<QProcess>();
    m_keepBusy->setProcessEnvironment(environment());
    m_keepBusy->setStandardInputFile(QStringLiteral("/dev/zero"));
    m_keepBusy->start(QStringLiteral("pacat"),
                      {QStringLiteral("--playback"), QStringLiteral("-d"), QStringLiteral("line_sink"),
                       QStringLiteral("--latency-msec=20"), QStringLiteral("--raw")});
    if (!m_keepBusy->waitForStarted(5000))
        m_error = QStringLiteral("pacat did not start: %1").arg(m_keepBusy->errorString());
}

PulseServer::~PulseServer()
{
    for (auto* process : {m_player.get(), m_keepBusy.get(), m_daemon.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000)) {
                process->kill();
                process->waitForFinished(3000);
            }
        }
    }
}

QProcessEnvironment PulseServer::environment() const
{
    auto environment = QProcessEnvironment::systemEnvironment();
    const QDir dir(m_dir.path());
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    if (!m_server.isEmpty())
        environment.insert(QStringLiteral("PULSE_SERVER"), m_server);
    return environment;
}

QAudioDevice PulseServer::input()
{
    for (const auto& device : QMediaDevices::audioInputs())
        if (device.id() == kInput)
            return device;
    return {};
}

bool PulseServer::play(const QString& wavPath)
{
    if (m_player && m_player->state() != QProcess::NotRunning) {
        m_player->kill();
        m_player->waitForFinished(3000);
    }
    m_player = std::make_unique<QProcess>();
    m_player->setProcessEnvironment(environment());
    m_player->setProcessChannelMode(QProcess::MergedChannels);
    m_player->start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("line_sink"), wavPath});
    if (!m_player->waitForStarted(5000)) {
        m_error = QStringLiteral("paplay did not start: ") + m_player->errorString();
        return false;
    }
    return true;
}

bool PulseServer::playing() const
{
    return m_player && m_player->state() != QProcess::NotRunning;
}

} // namespace zabota::tests
