// SPDX-License-Identifier: GPL-3.0-or-later
// The zabota executable: `zabota [options]` opens the console's window; `zabota demo [options]` fills a database
// with demo data on a QCoreApplication, without creating a widget; `zabota line-replay FILE.wav` decodes a recording of
// the phone line the same way; `zabota export journal` writes the journal to a file on a QGuiApplication with the
// offscreen platform (the PDF needs fonts, never a display); `zabota migrate` moves a desk's database to a PostgreSQL
// server on a QCoreApplication.
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/DemoCommand.h"
#include "app/ExportCommand.h"
#include "app/LineReplayCommand.h"
#include "app/Localisation.h"
#include "app/LogFile.h"
#include "app/MigrateCommand.h"
#include "core/storage/DatabaseAddress.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Before any QSettings or QStandardPaths: the organisation stays empty so that the data go to
// ~/.local/share/zabota (and ~/.config/zabota); the organisation domain stands in for it in QSettings, which would
// otherwise file the settings under "Unknown Organization".
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("zabota"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("zabota"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZABOTA_VERSION));
}

void startLog()
{
    zabota::app::LogFile::install(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("zabota.log")));
    // A PostgreSQL address may carry a password: it never reaches the log.
    qInfo("zabota %s started: %s", ZABOTA_VERSION,
          qUtf8Printable(zabota::core::DatabaseAddress::withoutPasswords(QCoreApplication::arguments().join(u' '))));
}

// Scheduled jobs often run without XDG_RUNTIME_DIR, and Qt says so on stderr whenever a GUI application starts: a cron
// job would mail that line after every export. Only that line is dropped, and only while the application starts.
QtMessageHandler previousHandler = nullptr;

void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

int usageError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return zabota::app::CommandLine::kUsageError;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace zabota::app;
    setIdentity();

    // The application object is chosen before it exists: the subcommand, --help and --version never load the GUI
    // platform, so they work without a display.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::isDemoCommand(rawArguments) || CommandLine::isLineReplayCommand(rawArguments) ||
        CommandLine::isMigrateCommand(rawArguments) || CommandLine::onlyPrints(rawArguments)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else if (CommandLine::isExportCommand(rawArguments)) {
        // Scheduled jobs have no display: the fonts of the PDF come through the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietStartup);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    startLog();

    QString language = Localisation::fromArguments(QCoreApplication::arguments());
    if (!Localisation::languages().contains(language))
        language = Localisation::stored(); // a wrong --lang is reported by the parser
    Localisation::install(*app, language);

    if (CommandLine::isDemoCommand(QCoreApplication::arguments())) {
        auto options = CommandLine::parseDemo(*app);
        if (!options)
            return usageError(options.error());
        return DemoCommand(*options).run();
    }

    if (CommandLine::isLineReplayCommand(QCoreApplication::arguments())) {
        auto options = CommandLine::parseLineReplay(*app);
        if (!options)
            return usageError(options.error());
        return LineReplayCommand(*options).run();
    }

    if (CommandLine::isExportCommand(QCoreApplication::arguments())) {
        auto options = CommandLine::parseExport(*app, QDate::currentDate());
        if (!options)
            return usageError(options.error());
        return ExportCommand(*options).run();
    }

    if (CommandLine::isMigrateCommand(QCoreApplication::arguments())) {
        auto options = CommandLine::parseMigrate(*app);
        if (!options)
            return usageError(options.error());
        return MigrateCommand(*options).run();
    }

    auto options = CommandLine::parseWindow(*app);
    if (!options)
        return usageError(options.error());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.zabota.Zabota"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("zabota")));
    Application application(*options);
    return application.run();
}
