// SPDX-License-Identifier: GPL-3.0-or-later
// The console stopped by the system (a shutdown, a service manager): it leaves as when its window is closed, instead
// of dying where it stands.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <csignal>

namespace {

QString logOf(const QTemporaryDir& dir)
{
    QFile log(dir.filePath(QStringLiteral("data/zabota/zabota.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace

TEST_CASE("the console told to stop by a signal leaves cleanly, with its first-run dialog open", "[app][ui]")
{
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        INFO("signal " << signalNumber);
        QTemporaryDir dir;
        QProcess console;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(ZABOTA_EXECUTABLE),
                      {QStringLiteral("--database"), dir.filePath(QStringLiteral("zabota.sqlite")),
                       QStringLiteral("--lang"), QStringLiteral("en")});
        REQUIRE(console.waitForStarted(10'000));
        // Up when the database has its schema (the first-run dialog then waits for the first administrator).
        REQUIRE(QTest::qWaitFor([&] { return logOf(dir).contains(QStringLiteral("opened")); }, 20'000));
        QTest::qWait(300);
        REQUIRE(console.state() == QProcess::Running);

        ::kill(pid_t(console.processId()), signalNumber);
        REQUIRE(console.waitForFinished(10'000));
        CHECK(console.exitStatus() == QProcess::NormalExit);
        CHECK(console.exitCode() == 0);
        CHECK(logOf(dir).contains(QStringLiteral("signal %1: leaving").arg(signalNumber)));
    }
}
