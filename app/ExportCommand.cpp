// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExportCommand.h"

#include "app/CommandFailure.h"
#include "app/CommandPassword.h"
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/export/JournalExporter.h"
#include "core/journal/CategoryRepository.h"
#include "core/storage/Database.h"
#include "ui/SettingsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>
#include <QTextStream>

namespace zabota::app {

namespace {

const CommandFailure failed("export");

// The operating system's account running the command, for the audit log.
QString systemAccount()
{
    for (const char* name : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("?");
}

} // namespace

ExportCommand::ExportCommand(ExportCommandOptions options)
    : m_options(std::move(options))
{}

int ExportCommand::run()
{
    const ExportCommandOptions& o = m_options;
    core::JournalExportRequest request;
    request.filter.from = o.from;
    request.filter.to = o.to;
    request.filter.channel = o.channel;
    request.filter.status = o.status;
    request.filter.text = o.search;
    request.format = o.format;
    request.depersonalised = o.depersonalised;
    request.columns = o.columns.isEmpty() ? core::JournalColumns::defaults(o.depersonalised) : o.columns;
    request.path = QFileInfo(o.output).isDir() ? QDir(o.output).filePath(core::JournalExporter::defaultFileName(
                                                     request.filter, o.format, o.depersonalised))
                                               : o.output;
    request.centre = ui::SettingsDialog::storedCentre();
    request.via = QStringLiteral("command line, account %1").arg(systemAccount());
    if (auto valid = core::JournalExporter::validate(request); !valid)
        return failed(valid.error(), CommandLine::kUsageError);

    // A mistyped --database must not make a new, empty database file (a server's database is never made by the
    // console).
    const QFileInfo databaseFile(o.database.path());
    if (!o.database.isPostgres() && !databaseFile.isFile())
        return failed(tr("There is no database at %1. Give the console's database with --database.")
                          .arg(QDir::toNativeSeparators(databaseFile.absoluteFilePath())),
                      CommandLine::kExportDatabaseError);
    auto db = core::Database::open(o.database);
    if (!db)
        return failed(db.error(), CommandLine::kExportDatabaseError);

    auto secret = CommandPassword::read(m_options.passwordFile);
    if (!secret)
        return failed(secret.error(), CommandLine::kUsageError);
    core::UserRepository users(**db);
    const core::AuthService auth(users);
    auto user = auth.login(o.user, *secret);
    if (!user) {
        const int code = user.error().kind == core::Error::Kind::Auth ? CommandLine::kExportNotAllowed
                                                                      : CommandLine::kExportDatabaseError;
        return failed(user.error(), code);
    }
    if (!core::JournalExporter::mayExport(*user))
        return failed(core::JournalExporter::notAllowedMessage(), CommandLine::kExportNotAllowed);

    if (!o.category.isEmpty()) {
        auto categories = core::CategoryRepository(**db).list(true);
        if (!categories)
            return failed(categories.error(), CommandLine::kExportDatabaseError);
        bool isNumber = false;
        const qint64 number = o.category.toLongLong(&isNumber);
        QStringList titles;
        for (const core::ProblemCategory& c : *categories) {
            titles << c.title;
            if ((isNumber && c.id == number) || c.title.compare(o.category, Qt::CaseInsensitive) == 0) {
                request.filter.categoryId = c.id;
                request.categoryTitle = c.title;
            }
        }
        if (!request.filter.categoryId)
            return failed(tr("There is no problem category «%1». The categories are: %2.")
                              .arg(o.category, titles.join(QStringLiteral("; "))),
                          CommandLine::kUsageError);
    }
    if (!o.dispatcher.isEmpty()) {
        auto found = users.findByLogin(o.dispatcher);
        if (!found)
            return failed(found.error(), CommandLine::kExportDatabaseError);
        if (!*found)
            return failed(tr("There is no user with the login «%1».").arg(o.dispatcher), CommandLine::kUsageError);
        request.filter.dispatcherId = (*found)->first.id;
        request.dispatcherName = (*found)->first.fullName;
    }

    core::JournalExporter exporter(**db, *user, QSysInfo::machineHostName());
    auto summary = exporter.run(request);
    if (!summary) {
        const core::Error& error = summary.error();
        if (error.field == u"path")
            return failed(error, CommandLine::kExportCannotWrite);
        switch (error.kind) {
        case core::Error::Kind::Validation:
            return failed(error, CommandLine::kUsageError);
        case core::Error::Kind::NotFound:
            return failed(error, CommandLine::kExportNoRows);
        case core::Error::Kind::Auth:
            return failed(error, CommandLine::kExportNotAllowed);
        default:
            return failed(error, CommandLine::kExportDatabaseError);
        }
    }
    qInfo("export: %lld entries to %s by %s", summary->rows, qUtf8Printable(summary->path), qUtf8Printable(o.user));
    QTextStream(stdout) << tr("Exported %n entries to %1 (%2).", nullptr, int(summary->rows))
                               .arg(QDir::toNativeSeparators(summary->path), core::toCode(summary->format).toUpper())
                        << Qt::endl;
    return 0;
}

} // namespace zabota::app
