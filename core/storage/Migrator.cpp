// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

Result<QList<Migrator::Migration>> Migrator::load(const QString& dir, const SqlDialect& dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.([a-z]+))?\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const QString tag = match.captured(3);
        if (!tag.isEmpty() && tag != dialect.fileTag())
            continue;
        QFile f(dir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Migration, tr("The database upgrade %1 could not be read.").arg(file),
                        f.errorString());
        migrations.append({match.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    std::ranges::sort(migrations, {}, &Migration::version);
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version == migrations[i - 1].version)
            return fail(Error::Kind::Migration,
                        tr("Two database upgrades carry the number %1.").arg(migrations[i].version),
                        migrations[i - 1].name + QLatin1String(", ") + migrations[i].name);
    }
    return migrations;
}

QStringList Migrator::statements(const QString& sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Result<int> Migrator::apply(const Database& db, const QString& dir)
{
    auto migrations = load(dir, db.dialect());
    if (!migrations)
        return std::unexpected(migrations.error());

    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                   "name TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
        return std::unexpected(db.toError(query.lastError()));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return std::unexpected(db.toError(query.lastError()));
    int version = query.value(0).toInt();
    query.finish();

    if (migrations->isEmpty())
        return fail(Error::Kind::Migration, tr("This build of Zabota carries no database schema. Reinstall it."), dir);
    const int newest = migrations->isEmpty() ? 0 : migrations->last().version;
    if (version > newest)
        return fail(Error::Kind::TooNew,
                    tr("This database was written by a newer version of Zabota (schema %1; this version knows %2). "
                       "Update the console before opening it.")
                        .arg(version)
                        .arg(newest),
                    db.path());

    for (const Migration& migration : std::as_const(*migrations)) {
        if (migration.version <= version)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        // Another workstation may have applied it while this one waited for the write lock.
        QSqlQuery applied(db.connection());
        if (!applied.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !applied.next())
            return std::unexpected(db.toError(applied.lastError()));
        if (applied.value(0).toInt() >= migration.version) {
            version = applied.value(0).toInt();
            continue;
        }
        applied.finish();
        const QStringList parts = statements(db.dialect().expand(migration.sql));
        for (const QString& statement : parts) {
            QSqlQuery step(db.connection());
            if (!step.exec(statement)) {
                return fail(Error::Kind::Migration,
                            tr("The database could not be upgraded to version %1, so it was left as it was. "
                               "Please report this to your administrator.")
                                .arg(migration.version),
                            migration.name + QLatin1String(": ") + step.lastError().text() + QLatin1String(" in: ") +
                                statement);
            }
        }
        QSqlQuery record(db.connection());
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!record.exec())
            return std::unexpected(db.toError(record.lastError()));
        if (auto committed = tx->commit(); !committed)
            return std::unexpected(committed.error());
        version = migration.version;
    }
    return version;
}

} // namespace zabota::core
