// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "app/Localisation.h"
#include "core/demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace zabota::app {

namespace {

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            CommandLine::tr("The database to open: a file, created if missing (default: %1), or a database on a "
                            "PostgreSQL server shared by several workstations, as "
                            "postgresql://user@server[:port]/database[?sslmode=require]. Without a password in the "
                            "address the console asks for it.")
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
           "Run «%1 demo --help» to fill a database with demo data without opening a window.")
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
        return std::unexpected(tr("Unknown command «%1». The commands are «demo» and «line-replay»; see --help.")
                                   .arg(parser.positionalArguments().constFirst()));
    WindowOptions options;
    auto address = databaseFrom(parser, database);
    if (!address)
        return std::unexpected(address.error());
    options.database = *address;
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

} // namespace zabota::app
