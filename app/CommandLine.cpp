// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "app/Localisation.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/JournalExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace zabota::app {

namespace {

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            CommandLine::tr("The database to open: a file, created if missing (default: the one chosen in Service → "
                            "Database connection, else %1), or a database on a PostgreSQL server shared by several "
                            "workstations, as postgresql://user@server[:port]/database[?sslmode=require]. Without a "
                            "password in the address the console asks for it.")
                .arg(QDir::toNativeSeparators(CommandLine::defaultDatabasePath())),
            CommandLine::tr("path or URL")};
}

// The database --database names, or the default file; a mistake in a PostgreSQL address comes back as a sentence.
std::expected<core::DatabaseAddress, QString> databaseFrom(const QCommandLineParser& parser,
                                                           const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return core::DatabaseAddress::sqlite(CommandLine::defaultDatabasePath());
    auto address = core::DatabaseAddress::parse(parser.value(option));
    if (!address)
        return std::unexpected(address.error().message);
    return *address;
}

QCommandLineOption languageOption()
{
    return {
        QStringLiteral("lang"),
        CommandLine::tr("The language of the console: ru or en (default: the one chosen in the settings, else ru)."),
        CommandLine::tr("language")};
}

std::expected<QString, QString> language(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return Localisation::stored();
    const QString value = parser.value(option);
    if (!Localisation::languages().contains(value))
        return std::unexpected(CommandLine::tr("Unknown language «%1»: use ru or en.").arg(value));
    return value;
}

// A whole number from `lowest` to `highest`, or the sentence that says what is wrong with it.
std::expected<qint64, QString> number(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 lowest,
                                      qint64 highest)
{
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < lowest || value > highest)
        return std::unexpected(CommandLine::tr("--%1 takes a whole number from %2 to %3, not «%4».")
                                   .arg(option.names().constFirst())
                                   .arg(lowest)
                                   .arg(highest)
                                   .arg(text));
    return value;
}

} // namespace

bool CommandLine::isDemoCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == kDemoCommand;
}

bool CommandLine::isLineReplayCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == kLineReplayCommand;
}

bool CommandLine::isExportCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == kExportCommand;
}

bool CommandLine::isMigrateCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == kMigrateCommand;
}

bool CommandLine::onlyPrints(const QStringList& arguments)
{
    static const QStringList printing = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all"),
                                         QStringLiteral("-?"), QStringLiteral("-v"),     QStringLiteral("--version")};
    return std::ranges::any_of(arguments.mid(1), [](const QString& argument) { return printing.contains(argument); });
}

QString CommandLine::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("zabota.sqlite"));
}

std::expected<WindowOptions, QString> CommandLine::parseWindow(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Zabota: the dispatcher console of a family social-service centre.\n"
           "Run «%1 demo --help» to fill a database with demo data without opening a window, «%1 export journal "
           "--help» to export the journal to a file, «%1 migrate --help» to move a desk's database to a PostgreSQL "
           "server.")
            .arg(QCoreApplication::applicationName()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption lang = languageOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("If the journal is empty, fill it with %1 demo entries over %2 years first.")
                                      .arg(kDemoEntries)
                                      .arg(kDemoYears));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 tr("Leave after the given number of milliseconds (for smoke tests)."),
                                 tr("milliseconds"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({database, lang, demo, quitAfter});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(
            tr("Unknown command «%1». The commands are «demo», «export», «line-replay» and «migrate»; see --help.")
                .arg(parser.positionalArguments().constFirst()));
    WindowOptions options;
    auto address = databaseFrom(parser, database);
    if (!address)
        return std::unexpected(address.error());
    options.database = *address;
    options.databaseGiven = parser.isSet(database);
    auto chosen = language(parser, lang);
    if (!chosen)
        return std::unexpected(chosen.error());
    options.language = *chosen;
    options.demo = parser.isSet(demo);
    if (parser.isSet(quitAfter)) {
        auto ms = number(parser, quitAfter, 0, 24 * 3600 * 1000);
        if (!ms)
            return std::unexpected(ms.error());
        options.quitAfterMs = int(*ms);
    }
    return options;
}

std::expected<DemoCommandOptions, QString> CommandLine::parseDemo(const QCoreApplication& app)
{
    const core::DemoOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills the journal of an empty database with plausible, made-up appeals and the demo staff, without a "
           "window. Every demo user's password is «%1».")
            .arg(core::DemoGenerator::kPassword));
    parser.addHelpOption();
    parser.addPositionalArgument(kDemoCommand, tr("The command: fill a database with demo data."));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption lang = languageOption();
    const QCommandLineOption entries(QStringLiteral("entries"),
                                     tr("How many appeals to make up (default: %1).").arg(kDemoEntries), tr("count"));
    const QCommandLineOption families(
        QStringLiteral("families"),
        tr("How many family cards to make up, tied to the appeals from their phones (default: %1).").arg(kDemoFamilies),
        tr("count"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   tr("How many years the journal covers (default: %1).").arg(kDemoYears), tr("years"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("The random seed: the same seed and end date give the same journal (default: "
                                     "%1).")
                                      .arg(defaults.seed),
                                  tr("number"));
    const QCommandLineOption endDate(
        QStringLiteral("end-date"), tr("The day the journal ends before, as YYYY-MM-DD (default: today)."), tr("date"));
    parser.addOptions({database, lang, entries, families, years, seed, endDate});
    parser.process(app);

    if (parser.positionalArguments() != QStringList{kDemoCommand})
        return std::unexpected(
            tr("«demo» takes options only; see «%1 demo --help».").arg(QCoreApplication::applicationName()));
    DemoCommandOptions options;
    auto address = databaseFrom(parser, database);
    if (!address)
        return std::unexpected(address.error());
    options.database = *address;
    auto chosen = language(parser, lang);
    if (!chosen)
        return std::unexpected(chosen.error());
    options.language = *chosen;
    options.entries = kDemoEntries;
    if (parser.isSet(entries)) {
        auto value = number(parser, entries, 0, core::DemoGenerator::kMaxEntries);
        if (!value)
            return std::unexpected(value.error());
        options.entries = int(*value);
    }
    options.families = kDemoFamilies;
    if (parser.isSet(families)) {
        auto value = number(parser, families, 0, core::DemoGenerator::kMaxFamilies);
        if (!value)
            return std::unexpected(value.error());
        options.families = int(*value);
    }
    options.years = kDemoYears;
    if (parser.isSet(years)) {
        auto value = number(parser, years, 1, core::DemoGenerator::kMaxYears);
        if (!value)
            return std::unexpected(value.error());
        options.years = int(*value);
    }
    options.seed = defaults.seed;
    if (parser.isSet(seed)) {
        auto value = number(parser, seed, 0, std::numeric_limits<quint32>::max());
        if (!value)
            return std::unexpected(value.error());
        options.seed = quint32(*value);
    }
    options.endDate = defaults.endDate;
    if (parser.isSet(endDate)) {
        options.endDate = QDate::fromString(parser.value(endDate), Qt::ISODate);
        if (!options.endDate.isValid())
            return std::unexpected(tr("--end-date takes a date as YYYY-MM-DD, not «%1».").arg(parser.value(endDate)));
    }
    return options;
}

std::expected<LineReplayOptions, QString> CommandLine::parseLineReplay(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decodes a recording of the phone line (a WAV file at 8000 Hz, mono or stereo) with the caller ID and DTMF "
           "decoders and prints every event as one JSON object a line."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(kLineReplayCommand, tr("The command: decode a recording of the phone line."));
    parser.addPositionalArgument(tr("file"), tr("The recording to decode."));
    const QCommandLineOption lang = languageOption();
    const QCommandLineOption standard(QStringLiteral("standard"),
                                      tr("The caller ID standard: bell202, v23, dtmf, aon (the Russian АОН) or auto "
                                         "(default: auto, all of them at once)."),
                                      tr("standard"));
    parser.addOptions({lang, standard});
    if (!parser.parse(app.arguments()))
        return std::unexpected(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.constFirst() != kLineReplayCommand)
        return std::unexpected(tr("«line-replay» takes one recording; see «%1 line-replay --help».")
                                   .arg(QCoreApplication::applicationName()));
    auto chosen = language(parser, lang);
    if (!chosen)
        return std::unexpected(chosen.error());
    LineReplayOptions options;
    options.path = positional.at(1);
    const QString key = parser.value(standard);
    if (parser.isSet(standard) && key != u"auto") {
        options.standard = telephony::standardFromKey(key);
        if (!options.standard)
            return std::unexpected(
                tr("Unknown caller ID standard «%1»: use bell202, v23, dtmf, aon or auto.").arg(key));
    }
    return options;
}

namespace {

// The codes of an enum's values, "a, b, c", for the help and for mistakes.
template <typename E>
QString codes()
{
    QStringList all;
    for (const E value : core::allValues<E>())
        all << core::toCode(value);
    return all.join(QStringLiteral(", "));
}

std::expected<QDate, QString> isoDate(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::unexpected(
            CommandLine::tr("--%1 takes a date as YYYY-MM-DD, not «%2».").arg(option.names().constFirst(), text));
    return date;
}

// The first and last day of a named period around `today`.
std::optional<std::pair<QDate, QDate>> namedPeriod(const QString& name, const QDate& today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    if (name == u"this-month")
        return std::pair{month, today};
    if (name == u"last-month")
        return std::pair{month.addMonths(-1), month.addDays(-1)};
    if (name == u"this-quarter")
        return std::pair{quarter, today};
    if (name == u"last-quarter")
        return std::pair{quarter.addMonths(-3), quarter.addDays(-1)};
    if (name == u"this-year")
        return std::pair{year, today};
    if (name == u"last-year")
        return std::pair{year.addYears(-1), year.addDays(-1)};
    return std::nullopt;
}

} // namespace

std::expected<ExportCommandOptions, QString> CommandLine::parseExport(const QCoreApplication& app, const QDate& today)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports the hotline journal to a file without a window, for scheduled reports: CSV (UTF-8 with semicolons, "
           "as Russian Excel opens it), XLSX, or PDF (A4 landscape). The export is made on behalf of a console user "
           "who is a supervisor or an administrator (--user), whose password is read from --password-file or from the "
           "environment variable %1; it is written to the audit log with that user, this computer and the operating "
           "system's account.\n\n"
           "Exit codes: 0 exported (one line on stdout: how many entries, which file); %2 wrong arguments or dates; "
           "%3 no entry matches; %4 the file cannot be written (no such folder, no permission, the disk is full); %5 "
           "the database cannot be read; %6 wrong login or password, or the user may not export. Messages go to "
           "stderr.")
            .arg(kPasswordVariable)
            .arg(kUsageError)
            .arg(kExportNoRows)
            .arg(kExportCannotWrite)
            .arg(kExportDatabaseError)
            .arg(kExportNotAllowed));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(kExportCommand, tr("The command: export to a file."));
    parser.addPositionalArgument(QStringLiteral("journal"), tr("What to export: the hotline journal."));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption lang = languageOption();
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day of the period, YYYY-MM-DD."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day of the period, YYYY-MM-DD."), tr("date"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("Instead of --from and --to: this-month, last-month, this-quarter, "
                                       "last-quarter, this-year or last-year (by the computer's date)."),
                                    tr("name"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv, xlsx or pdf (default: from the output file's extension, else xlsx)."),
                                    tr("format"));
    core::JournalFilter quarter;
    quarter.from = QDate(2026, 1, 1);
    quarter.to = QDate(2026, 3, 31);
    const QCommandLineOption output(
        QStringLiteral("output"),
        tr("The file to write (replaced if it exists), or a folder to write «%1» in.")
            .arg(core::JournalExporter::defaultFileName(quarter, core::ExportFormat::Xlsx, false)),
        tr("path"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     tr("Only this channel: %1.").arg(codes<core::Channel>()), tr("channel"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("Only this problem category, by its title or number."), tr("category"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only this status: %1.").arg(codes<core::EntryStatus>()), tr("status"));
    const QCommandLineOption dispatcher(QStringLiteral("dispatcher"),
                                        tr("Only the entries registered by this user (login)."), tr("login"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        tr("Only the entries the journal's search finds for these words, phone or registration number."), tr("words"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     tr("The columns, separated by commas: %1 (default: those the console offers "
                                        "first).")
                                         .arg(core::JournalColumns::allCodes()),
                                     tr("list"));
    const QCommandLineOption depersonalised(
        QStringLiteral("depersonalised"),
        tr("Leave out everything that could lead to the person: names, phones, registration and referral numbers, "
           "the summary and the action taken; dates without the time. For reports that leave the centre."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The login of the supervisor or administrator the export is made by (required)."),
                                  tr("login"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("A file whose first line is that user's password; keep it readable by its owner only. Without it the "
           "password is taken from %1.")
            .arg(kPasswordVariable),
        tr("path"));
    parser.addOptions({database, lang, from, to, period, format, output, channel, category, status, dispatcher, search,
                       columns, depersonalised, user, passwordFile});
    const QString seeHelp = tr("See «%1 export journal --help».").arg(QCoreApplication::applicationName());
    if (!parser.parse(app.arguments()))
        return std::unexpected(parser.errorText() + u' ' + seeHelp);
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.positionalArguments() != QStringList{kExportCommand, QStringLiteral("journal")})
        return std::unexpected(tr("«export» exports the journal: «%1 export journal [options]». %2")
                                   .arg(QCoreApplication::applicationName(), seeHelp));

    ExportCommandOptions options;
    auto address = databaseFrom(parser, database);
    if (!address)
        return std::unexpected(address.error() + u' ' + seeHelp);
    options.database = *address;
    auto chosen = language(parser, lang);
    if (!chosen)
        return std::unexpected(chosen.error());
    options.language = *chosen;

    if (parser.isSet(period)) {
        if (parser.isSet(from) || parser.isSet(to))
            return std::unexpected(tr("Give either --period or --from and --to, not both."));
        const auto named = namedPeriod(parser.value(period), today);
        if (!named)
            return std::unexpected(tr("Unknown period «%1»: use this-month, last-month, this-quarter, last-quarter, "
                                      "this-year or last-year.")
                                       .arg(parser.value(period)));
        options.from = named->first;
        options.to = named->second;
    }
    if (parser.isSet(from)) {
        auto date = isoDate(parser, from);
        if (!date)
            return std::unexpected(date.error());
        options.from = *date;
    }
    if (parser.isSet(to)) {
        auto date = isoDate(parser, to);
        if (!date)
            return std::unexpected(date.error());
        options.to = *date;
    }

    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return std::unexpected(tr("Name the file to write with --output. %1").arg(seeHelp));
    options.output = parser.value(output);
    std::optional<core::ExportFormat> explicitFormat;
    if (parser.isSet(format)) {
        explicitFormat = core::fromCode<core::ExportFormat>(parser.value(format).toLower());
        if (!explicitFormat)
            return std::unexpected(tr("Unknown format «%1»: use csv, xlsx or pdf.").arg(parser.value(format)));
    }
    if (QFileInfo(options.output).isDir()) {
        options.format = explicitFormat.value_or(core::ExportFormat::Xlsx);
    } else {
        const auto named = core::formatOfPath(options.output);
        if (explicitFormat && named && *explicitFormat != *named)
            return std::unexpected(tr("--format is %1, but the file %2 is named as %3. Make them agree.")
                                       .arg(core::toCode(*explicitFormat), options.output, core::toCode(*named)));
        if (!explicitFormat && !named)
            return std::unexpected(
                tr("Say which format to write with --format csv, xlsx or pdf, or end the file's name in one of them."));
        options.format = explicitFormat ? *explicitFormat : *named;
    }

    if (parser.isSet(channel)) {
        options.channel = core::fromCode<core::Channel>(parser.value(channel));
        if (!options.channel)
            return std::unexpected(
                tr("Unknown channel «%1»: use %2.").arg(parser.value(channel), codes<core::Channel>()));
    }
    if (parser.isSet(status)) {
        options.status = core::fromCode<core::EntryStatus>(parser.value(status));
        if (!options.status)
            return std::unexpected(
                tr("Unknown status «%1»: use %2.").arg(parser.value(status), codes<core::EntryStatus>()));
    }
    options.category = parser.value(category).trimmed();
    options.dispatcher = parser.value(dispatcher).trimmed();
    options.search = parser.value(search).trimmed();
    options.depersonalised = parser.isSet(depersonalised);
    if (parser.isSet(columns)) {
        auto parsed = core::JournalColumns::parse(parser.value(columns));
        if (!parsed)
            return std::unexpected(parsed.error());
        options.columns = *parsed;
    }
    options.user = parser.value(user).trimmed();
    if (options.user.isEmpty())
        return std::unexpected(tr("Name the supervisor or administrator the export is made by with --user LOGIN; the "
                                  "password comes from --password-file or %1.")
                                   .arg(kPasswordVariable));
    options.passwordFile = parser.value(passwordFile);
    if (options.passwordFile.isEmpty() && qEnvironmentVariableIsEmpty(qPrintable(kPasswordVariable)))
        return std::unexpected(tr("The password of %1 is missing: give --password-file with a file readable only by "
                                  "you, or set the environment variable %2.")
                                   .arg(options.user, kPasswordVariable));
    return options;
}

std::expected<MigrateCommandOptions, QString> CommandLine::parseMigrate(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves the database of a single desk (an SQLite file) to a database on a PostgreSQL server that several "
           "workstations share, and checks the copy: every table's rows are counted and their checksums compared. "
           "The source is brought up to the console's schema first. The target must be a new, empty database owned "
           "by the console's role (the console sets up its tables); a database that holds data already is refused, "
           "never merged or overwritten. The copy is one transaction: if it fails, does not match or is stopped "
           "with Ctrl+C, the target is left as it was. Close the console on the desk before moving its database.\n\n"
           "The server's password comes from the address, else from --password-file, else from the environment "
           "variable %1, else from libpq's ~/.pgpass; it is never printed.\n\n"
           "Progress goes to stderr; at the end a table of every table's rows in the source and the target and "
           "whether their checksums match goes to stdout.\n\n"
           "Exit codes: 0 moved, every table matches; %2 wrong arguments; %3 the source cannot be read; %4 the "
           "server cannot be reached or the target cannot be used; %5 the server refused the user or the password; "
           "%6 the target holds data already; %7 the copy failed (the target was left as it was); %8 a table does "
           "not match (the target was left as it was; with --verify: the databases differ); %9 stopped.")
            .arg(kPasswordVariable)
            .arg(kUsageError)
            .arg(kMigrateSourceError)
            .arg(kMigrateTargetUnreachable)
            .arg(kMigrateTargetRefusedLogin)
            .arg(kMigrateTargetNotEmpty)
            .arg(kMigrateCopyFailed)
            .arg(kMigrateMismatch)
            .arg(kMigrateStopped));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(kMigrateCommand, tr("The command: move a database to a PostgreSQL server."));
    const QCommandLineOption lang = languageOption();
    const QCommandLineOption from(
        QStringLiteral("from"), tr("The desk's database file, as sqlite:PATH (or the path alone)."), tr("sqlite:path"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The PostgreSQL database to move it to, as "
                                   "postgresql://user@server[:port]/database[?sslmode=require]."),
                                tr("URL"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("A file whose first line is the server's password for that user; keep it readable by its owner only."),
        tr("path"));
    const QCommandLineOption verify(
        QStringLiteral("verify"), tr("Copy nothing: only compare the two databases, table by table, as after a move."));
    parser.addOptions({lang, from, to, passwordFile, verify});
    const QString seeHelp = tr("See «%1 migrate --help».").arg(QCoreApplication::applicationName());
    if (!parser.parse(app.arguments()))
        return std::unexpected(parser.errorText() + u' ' + seeHelp);
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.positionalArguments() != QStringList{kMigrateCommand})
        return std::unexpected(tr("«migrate» takes options only. %1").arg(seeHelp));

    MigrateCommandOptions options;
    auto chosen = language(parser, lang);
    if (!chosen)
        return std::unexpected(chosen.error());
    options.language = *chosen;
    options.verifyOnly = parser.isSet(verify);

    QString source = parser.value(from).trimmed();
    if (source.isEmpty())
        return std::unexpected(tr("Name the desk's database file with --from sqlite:PATH. %1").arg(seeHelp));
    if (core::DatabaseAddress::isUrl(source))
        return std::unexpected(tr("--from takes the database file of a single desk, as sqlite:PATH, not a server's "
                                  "address. %1")
                                   .arg(seeHelp));
    if (source.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        source = source.mid(7);
    if (source.startsWith(QLatin1String("//")))
        source = source.mid(2); // sqlite:///path, as a URL would write it
    if (source.isEmpty())
        return std::unexpected(tr("--from names no file: write it as sqlite:/path/to/zabota.sqlite. %1").arg(seeHelp));
    options.source = source;

    const QString target = parser.value(to).trimmed();
    if (target.isEmpty())
        return std::unexpected(
            tr("Name the PostgreSQL database to move to with --to postgresql://user@server/database. %1").arg(seeHelp));
    if (!core::DatabaseAddress::isUrl(target))
        return std::unexpected(tr("--to takes the address of a PostgreSQL database, as "
                                  "postgresql://user@server/database. %1")
                                   .arg(seeHelp));
    auto address = core::DatabaseAddress::parse(target);
    if (!address)
        return std::unexpected(address.error().message);
    options.target = *address;
    options.passwordFile = parser.value(passwordFile);
    if (!options.passwordFile.isEmpty() && !options.target.password().isEmpty())
        return std::unexpected(tr("Give the password either in the address or with --password-file, not both."));
    return options;
}

} // namespace zabota::app
