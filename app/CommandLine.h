// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// The command line of the `zabota` executable. Descriptions are translated, so the translators are installed before
// parsing (Localisation::fromArguments reads --lang first). --help and --version print and leave; a mistake comes
// back as a sentence to print before leaving with kUsageError.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::CommandLine)

public:
    static inline const QString kDemoCommand = QStringLiteral("demo");
    static inline const QString kLineReplayCommand = QStringLiteral("line-replay");
    static constexpr int kDemoEntries = 20'000;
    // A family card for every ten appeals, as in a centre that has kept its registry for some years.
    static constexpr int kDemoFamilies = 2'000;
    static constexpr int kDemoYears = 3;
    static constexpr int kUsageError = 2;

    // Whether the arguments start the headless `demo` subcommand.
    [[nodiscard]] static bool isDemoCommand(const QStringList& arguments);
    // Whether the arguments start the headless `line-replay` subcommand.
    [[nodiscard]] static bool isLineReplayCommand(const QStringList& arguments);
    // Whether the arguments ask only for help or the version, which need no window.
    [[nodiscard]] static bool onlyPrints(const QStringList& arguments);
    // ~/.local/share/zabota/zabota.sqlite on Linux: the application's data folder.
    [[nodiscard]] static QString defaultDatabasePath();

    [[nodiscard]] static std::expected<WindowOptions, QString> parseWindow(const QCoreApplication& app);
    [[nodiscard]] static std::expected<DemoCommandOptions, QString> parseDemo(const QCoreApplication& app);
    // Unlike the others, a mistake here never leaves from inside the parser: it comes back, so that the command
    // leaves with kUsageError as documented.
    [[nodiscard]] static std::expected<LineReplayOptions, QString> parseLineReplay(const QCoreApplication& app);
};

} // namespace zabota::app
