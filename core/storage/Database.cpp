// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

namespace {

Q_LOGGING_CATEGORY(lcDatabase, "zabota.database")

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("zabota-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes that deserve their own message.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

QString Database::defaultMigrationsDir()
{
    return QStringLiteral(":/zabota/migrations");
}

Database::Database(QString connectionName, QString path, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, const QString& migrationsDir)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        if (!info.isFile())
            return fail(Error::Kind::CantOpen, tr("%1 is a folder, not a database file.").arg(shown));
        if (!info.isWritable())
            return fail(Error::Kind::ReadOnly,
                        tr("The database file %1 is read-only. Ask your administrator for write access, or start the "
                           "console with --database and another file.")
                            .arg(shown));
        if (info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::Kind::CantOpen, tr("The database file %1 cannot be opened.").arg(shown),
                            file.errorString());
            if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
                return fail(Error::Kind::Corrupt,
                            tr("%1 is not a Zabota database. Choose the right file with --database.").arg(shown));
        }
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::Kind::CantOpen, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return fail(Error::Kind::ReadOnly,
                    tr("The folder %1 is read-only, so the database cannot be written there. Ask your administrator "
                       "for write access, or start the console with --database and another file.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));

    std::unique_ptr<Database> db(
        new Database(nextConnectionName(), info.absoluteFilePath(), SqlDialect(SqlDialect::Kind::Sqlite)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open())
            return std::unexpected(db->toError(connection.lastError()));
    }
    if (auto configured = db->configureSqlite(); !configured)
        return std::unexpected(configured.error());

    auto version = Migrator::apply(*db, migrationsDir);
    if (!version) {
        qCWarning(lcDatabase) << "migration failed:" << version.error().detail;
        return std::unexpected(version.error());
    }
    db->m_schemaVersion = *version;
    if (auto measured = db->refreshStatistics(); !measured)
        qCWarning(lcDatabase) << "statistics not refreshed:" << measured.error().detail;
    qCInfo(lcDatabase) << "opened" << db->m_path << "schema" << db->m_schemaVersion;
    return db;
}

Status Database::configureSqlite()
{
    QSqlQuery query(connection());
    // A non-empty file without our bookkeeping table belongs to another program: refuse before changing it.
    if (!query.exec(QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_migrations') FROM sqlite_master "
                                   "WHERE type = 'table'")) ||
        !query.next())
        return std::unexpected(toError(query.lastError()));
    if (query.value(0).toInt() > 0 && query.value(1).toInt() == 0)
        return fail(Error::Kind::Corrupt,
                    tr("%1 is a database of another program, not of Zabota. Choose the right file with --database.")
                        .arg(QDir::toNativeSeparators(m_path)));
    query.finish();

    // temp_store = MEMORY keeps statement journals in memory: on disk, once one statement of a long transaction
    // spills its journal to a temporary file, every later statement writes its pages there too (the journal of a
    // 5,000-entry batch did so 18 times an entry).
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA busy_timeout = 5000"),
                              QStringLiteral("PRAGMA temp_store = MEMORY"),
                              // 32 MB of pages (the default is 2 MB): the registry and journal indexes stay in memory.
                              QStringLiteral("PRAGMA cache_size = -32768")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return std::unexpected(toError(query.lastError()));
    }
    return {};
}

Status Database::refreshStatistics()
{
    // PostgreSQL's autovacuum measures its tables by itself.
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return {};
    // Below this many rows every plan is fast; a small table's figures do not go stale in a way that matters.
    constexpr qint64 kWorthMeasuring = 1000;
    QSqlQuery q(connection());
    // Every table of the schema with an id key, its highest id (it stands for the row count: rows are seldom
    // deleted, and it costs one index step) and that of the last measuring. SQLite's own tables and the shadow
    // tables of the full-text indexes are left out.
    if (!q.exec(QStringLiteral(
            "SELECT m.name, p.max_id FROM sqlite_master m LEFT JOIN planner_measure p ON p.tbl = m.name "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND EXISTS (SELECT 1 FROM "
            "pragma_table_info(m.name) WHERE name = 'id') AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE "
            "v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')")))
        return std::unexpected(toError(q.lastError()));
    QList<std::pair<QString, qint64>> measuredBefore;
    while (q.next())
        measuredBefore.append({q.value(0).toString(), q.value(1).isNull() ? -1 : q.value(1).toLongLong()});
    bool stale = false;
    QList<std::pair<QString, qint64>> sizes;
    for (const auto& [table, measured] : std::as_const(measuredBefore)) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)) || !q.next())
            return std::unexpected(toError(q.lastError()));
        const qint64 rows = q.value(0).toLongLong();
        sizes.append({table, rows});
        if (std::max(rows, measured) < kWorthMeasuring)
            continue;
        // Never measured, or grown or shrunk several times over since.
        if (measured < 0 || rows > 2 * measured || measured > 2 * rows) {
            stale = true;
            continue;
        }
        // An index made by a migration since the last measuring has no figures yet.
        QSqlQuery unmeasured = prepare(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name = ? AND NOT "
                           "EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)"));
        unmeasured.addBindValue(table);
        if (!unmeasured.exec() || !unmeasured.next())
            return std::unexpected(toError(unmeasured.lastError()));
        stale = stale || unmeasured.value(0).toInt() > 0;
    }
    if (!stale)
        return {};
    QElapsedTimer timer;
    timer.start();
    // analysis_limit makes ANALYZE read about this many rows of each index instead of all of them.
    if (!q.exec(QStringLiteral("PRAGMA analysis_limit = 1000")) || !q.exec(QStringLiteral("ANALYZE")))
        return std::unexpected(toError(q.lastError()));
    QSqlQuery record = prepare(QStringLiteral("INSERT INTO planner_measure (tbl, max_id) VALUES (?, ?) ON CONFLICT "
                                              "(tbl) DO UPDATE SET max_id = excluded.max_id"));
    for (const auto& [table, rows] : std::as_const(sizes)) {
        record.addBindValue(table);
        record.addBindValue(rows);
        if (!record.exec())
            return std::unexpected(toError(record.lastError()));
    }
    qCInfo(lcDatabase) << "planner statistics refreshed in" << timer.elapsed() << "ms";
    return {};
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        qCWarning(lcDatabase) << "prepare failed:" << query.lastError().text() << sql;
    return query;
}

Status Database::exec(QSqlQuery& query) const
{
    if (!query.exec())
        return std::unexpected(toError(query.lastError()));
    return {};
}

Error Database::toError(const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text() + QLatin1String(" (") + error.nativeErrorCode() + QLatin1Char(')');
    qCWarning(lcDatabase) << "database error:" << detail;
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return {Error::Kind::Busy,
                tr("The database is busy: another program is writing to it. Nothing was lost; try again in a moment."),
                detail,
                {}};
    case kSqliteReadOnly:
        return {Error::Kind::ReadOnly,
                tr("The database %1 cannot be written: it is read-only. Nothing was saved; ask your administrator for "
                   "write access.")
                    .arg(shown),
                detail,
                {}};
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return {Error::Kind::Corrupt,
                tr("%1 is not a Zabota database or is damaged. Restore it from a backup or choose another file.")
                    .arg(shown),
                detail,
                {}};
    case kSqliteCantOpen:
        return {Error::Kind::CantOpen, tr("The database file %1 cannot be opened.").arg(shown), detail, {}};
    default:
        return {Error::Kind::Storage,
                tr("The database reported an error. Nothing was saved; the details are in the log."),
                detail,
                {}};
    }
}

} // namespace zabota::core
