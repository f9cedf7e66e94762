// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/ExportFormat.h"
#include "core/export/JournalColumns.h"
#include "core/journal/JournalEnums.h"
#include "core/storage/DatabaseAddress.h"
#include "core/telephony/CallerId.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <expected>
#include <optional>

namespace zabota::app {

// What `zabota [options]` was asked to do: open the console's window.
struct WindowOptions {
    core::DatabaseAddress database; // an SQLite file or a PostgreSQL database
    bool databaseGiven = false;     // by --database; else the workstation's settings say (or the default file)
    QString language;
    bool demo = false;    // fill an empty journal with demo data first
    int quitAfterMs = -1; // smoke tests: leave after this long, wherever the console is; -1: never
};

// What `zabota demo [options]` was asked to do: fill a database with demo data, without a window.
struct DemoCommandOptions {
    core::DatabaseAddress database;
    QString language;
    int entries = 0;
    int families = 0;
    int years = 0;
    quint32 seed = 0;
    QDate endDate;
};

// What `zabota line-replay FILE [--standard S]` was asked to do: decode a recording of the phone line.
struct LineReplayOptions {
    QString path;
    std::optional<telephony::CallerIdStandard> standard; // none: every standard at once ("auto")
};

// What `zabota export journal [options]` was asked to do: write the journal, filtered, to a file without a window.
struct ExportCommandOptions {
    core::DatabaseAddress database;
    QString language;
    std::optional<QDate> from;
    std::optional<QDate> to;
    core::ExportFormat format = core::ExportFormat::Xlsx;
    QString output; // a file, or a folder to write the file of the default name in
    std::optional<core::Channel> channel;
    QString category; // a category's title (any case) or id
    std::optional<core::EntryStatus> status;
    QString dispatcher;                 // a login
    QString search;                     // words, a phone or a registration number, as in the journal's search box
    QList<core::JournalColumn> columns; // empty: the defaults
    bool depersonalised = false;
    QString user;         // the console user the export is made by
    QString passwordFile; // where that user's password is; empty: the ZABOTA_PASSWORD environment variable
};

// What `zabota migrate --from sqlite:PATH --to postgresql://…` was asked to do: move a desk's database to the server,
// or with --verify only compare the two.
struct MigrateCommandOptions {
    QString language;
    QString source;               // the SQLite file
    core::DatabaseAddress target; // the PostgreSQL database
    QString passwordFile;         // where the server's password is; empty: the address, ZABOTA_PASSWORD or ~/.pgpass
    bool verifyOnly = false;      // copy nothing: compare the rows and checksums of every table
};

// The command line of the `zabota` executable. Descriptions are translated, so the translators are installed before
// parsing (Localisation::fromArguments reads --lang first). --help and --version print and leave; a mistake comes
// back as a sentence to print before leaving with kUsageError.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::CommandLine)

public:
    static inline const QString kDemoCommand = QStringLiteral("demo");
    static inline const QString kLineReplayCommand = QStringLiteral("line-replay");
    static inline const QString kExportCommand = QStringLiteral("export");
    static inline const QString kMigrateCommand = QStringLiteral("migrate");
    static inline const QString kPasswordVariable = QStringLiteral("ZABOTA_PASSWORD");
    static constexpr int kDemoEntries = 20'000;
    // A family card for every ten appeals, as in a centre that has kept its registry for some years.
    static constexpr int kDemoFamilies = 2'000;
    static constexpr int kDemoYears = 3;
    static constexpr int kUsageError = 2;
    // The other exit codes of `zabota export`.
    static constexpr int kExportNoRows = 3;
    static constexpr int kExportCannotWrite = 4;
    static constexpr int kExportDatabaseError = 5;
    static constexpr int kExportNotAllowed = 6;
    // The other exit codes of `zabota migrate`.
    static constexpr int kMigrateSourceError = 3;
    static constexpr int kMigrateTargetUnreachable = 4;
    static constexpr int kMigrateTargetRefusedLogin = 5;
    static constexpr int kMigrateTargetNotEmpty = 6;
    static constexpr int kMigrateCopyFailed = 7;
    static constexpr int kMigrateMismatch = 8;
    static constexpr int kMigrateStopped = 130; // as a shell reports a command stopped with Ctrl+C

    // Whether the arguments start the headless `demo` subcommand.
    [[nodiscard]] static bool isDemoCommand(const QStringList& arguments);
    // Whether the arguments start the headless `line-replay` subcommand.
    [[nodiscard]] static bool isLineReplayCommand(const QStringList& arguments);
    // Whether the arguments start the headless `export` subcommand.
    [[nodiscard]] static bool isExportCommand(const QStringList& arguments);
    // Whether the arguments start the headless `migrate` subcommand.
    [[nodiscard]] static bool isMigrateCommand(const QStringList& arguments);
    // Whether the arguments ask only for help or the version, which need no window.
    [[nodiscard]] static bool onlyPrints(const QStringList& arguments);
    // ~/.local/share/zabota/zabota.sqlite on Linux: the application's data folder.
    [[nodiscard]] static QString defaultDatabasePath();

    [[nodiscard]] static std::expected<WindowOptions, QString> parseWindow(const QCoreApplication& app);
    [[nodiscard]] static std::expected<DemoCommandOptions, QString> parseDemo(const QCoreApplication& app);
    // Unlike the others, a mistake here never leaves from inside the parser: it comes back, so that the command
    // leaves with kUsageError as documented.
    [[nodiscard]] static std::expected<LineReplayOptions, QString> parseLineReplay(const QCoreApplication& app);
    // As parseLineReplay: a mistake comes back, so that the command leaves with kUsageError. `today` places --period.
    [[nodiscard]] static std::expected<ExportCommandOptions, QString> parseExport(const QCoreApplication& app,
                                                                                  const QDate& today);
    // As parseLineReplay: a mistake comes back, so that the command leaves with kUsageError.
    [[nodiscard]] static std::expected<MigrateCommandOptions, QString> parseMigrate(const QCoreApplication& app);
};

} // namespace zabota::app
