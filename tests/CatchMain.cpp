// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner, in its own file because it takes long to compile. It creates the QApplication every test
// shares; with no display it falls back to the offscreen platform, so that test discovery at build time works too.
// `--postgres-server start|stop DIR` runs the fixture of the PostgreSQL test run instead of tests.
#define CATCH_CONFIG_RUNNER
#include "tests/support/PostgresServer.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zabota-tests"));
    // The fixture that starts or stops the PostgreSQL server of a test run.
    if (const QStringList arguments = QApplication::arguments();
        arguments.size() > 1 && arguments[1] == u"--postgres-server")
        return zabota::tests::PostgresServer::runFixture(arguments.mid(2));
    return Catch::Session().run(argc, argv);
}
