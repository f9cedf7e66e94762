// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrator.h"
#include "core/storage/SqliteFunctions.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
// Extended result codes of a UNIQUE or PRIMARY KEY constraint.
constexpr int kSqliteConstraintUnique = 2067;
constexpr int kSqliteConstraintPrimaryKey = 1555;

// PostgreSQL: how long to wait for a server that does not answer, the oldest version the schema is written for, and
// the key of the advisory lock that makes workstations take turns at upgrading the schema.
constexpr int kConnectTimeoutSeconds = 10;
// A connection whose server has gone is opened again at most this often, so that a form that reads several things
// waits for one timeout, not one per read.
constexpr qint64 kReconnectEveryMs = 3000;
// A pulled cable sends no answer at all: TCP keepalives and a send timeout find that out in seconds rather than the
// quarter of an hour the system waits by default.
const std::pair<const char*, const char*> kLinkChecks[] = {
    {"keepalives", "1"},       {"keepalives_idle", "10"},     {"keepalives_interval", "3"},
    {"keepalives_count", "3"}, {"tcp_user_timeout", "10000"},
};
constexpr int kOldestPostgres = 130000;
constexpr qint64 kMigrationLock = 7'215'001;

} // namespace

QString Database::defaultMigrationsDir()
{
    return QStringLiteral(":/zabota/migrations");
}

Database::Database(QString connectionName, DatabaseAddress address, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
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

Result<std::unique_ptr<Database>> Database::open(const DatabaseAddress& address, const QString& migrationsDir)
{
    if (address.isPostgres())
        return openPostgres(address, migrationsDir);
    return openSqlite(address.path(), migrationsDir);
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

    std::unique_ptr<Database> db(new Database(nextConnectionName(), DatabaseAddress::sqlite(info.absoluteFilePath()),
                                              SqlDialect(SqlDialect::Kind::Sqlite)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open())
            return std::unexpected(db->toError(connection.lastError()));
    }
    if (auto configured = db->configureSqlite(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = db->migrate(migrationsDir); !migrated)
        return std::unexpected(migrated.error());
    if (auto measured = db->refreshStatistics(); !measured)
        qCWarning(lcDatabase) << "statistics not refreshed:" << measured.error().detail;
    qCInfo(lcDatabase) << "opened" << db->path() << "schema" << db->m_schemaVersion;
    return db;
}

Result<std::unique_ptr<Database>> Database::connectPostgres(const DatabaseAddress& address)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Kind::CantOpen,
                    tr("This installation of Zabota cannot work with PostgreSQL: the Qt PostgreSQL driver is missing. "
                       "Ask your administrator to install the package libqt6sql6-psql."),
                    QSqlDatabase::drivers().join(QLatin1Char(' ')));
    std::unique_ptr<Database> db(new Database(nextConnectionName(), address, SqlDialect(SqlDialect::Kind::Postgres)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        connection.setHostName(address.host());
        connection.setPort(address.port());
        connection.setDatabaseName(address.databaseName());
        connection.setUserName(address.user());
        connection.setPassword(address.password());
        // An unreachable server answers nothing: without a timeout the console would wait minutes to say so.
        DatabaseAddress options = address;
        const auto given = address.options();
        if (std::ranges::none_of(given, [](const auto& option) { return option.first == u"connect_timeout"; }))
            options = options.withOption(QStringLiteral("connect_timeout"), QString::number(kConnectTimeoutSeconds));
        options = options.withOption(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));
        if (std::ranges::none_of(given, [](const auto& option) { return option.first == u"application_name"; }))
            options = options.withOption(QStringLiteral("application_name"), QStringLiteral("zabota"));
        for (const auto& [key, value] : kLinkChecks) {
            if (std::ranges::none_of(given, [key](const auto& option) { return option.first == QLatin1String(key); }))
                options = options.withOption(QLatin1String(key), QLatin1String(value));
        }
        connection.setConnectOptions(options.connectOptions());
        if (!connection.open())
            return std::unexpected(db->toError(connection.lastError()));
    }
    if (auto configured = db->configurePostgres(); !configured)
        return std::unexpected(configured.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseAddress& address, const QString& migrationsDir)
{
    auto connected = connectPostgres(address);
    if (!connected)
        return std::unexpected(connected.error());
    std::unique_ptr<Database> db = std::move(*connected);

    // Two workstations started at once: the second waits here until the first has upgraded the schema, then finds
    // nothing left to do. The lock belongs to the session and goes with it if the console is killed.
    QSqlQuery lock(db->connection());
    if (!lock.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kMigrationLock)) || !lock.next())
        return std::unexpected(db->toError(lock.lastError()));
    if (!lock.value(0).toBool()) {
        qCInfo(lcDatabase) << "another workstation is upgrading" << db->path() << "- waiting";
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
            return std::unexpected(db->toError(lock.lastError()));
    }
    const Status migrated = db->migrate(migrationsDir);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock)))
        qCWarning(lcDatabase) << "migration lock not released:" << lock.lastError().text();
    if (!migrated)
        return std::unexpected(migrated.error());
    qCInfo(lcDatabase) << "opened" << db->path() << "schema" << db->m_schemaVersion;
    return db;
}

Result<int> Database::storedSchemaVersion() const
{
    QSqlQuery query(connection());
    const QString hasTable = m_dialect.kind() == SqlDialect::Kind::Sqlite
                                 ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                                  "'schema_migrations'")
                                 : QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                  "c.relnamespace WHERE c.relname = 'schema_migrations' AND "
                                                  "n.nspname = current_schema()");
    if (!query.exec(hasTable) || !query.next())
        return std::unexpected(toError(query.lastError()));
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return std::unexpected(toError(query.lastError()));
    return query.value(0).toInt();
}

Result<DatabaseProbe> Database::probe(const DatabaseAddress& address, const QString& migrationsDir)
{
    DatabaseProbe probe;
    std::unique_ptr<Database> db;
    if (address.isPostgres()) {
        auto connected = connectPostgres(address);
        if (!connected)
            return std::unexpected(connected.error());
        db = std::move(*connected);
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("SELECT current_setting('server_version'), COALESCE((SELECT ssl FROM "
                                       "pg_stat_ssl WHERE pid = pg_backend_pid()), false)")) ||
            !query.next())
            return std::unexpected(db->toError(query.lastError()));
        probe.serverVersion = query.value(0).toString().section(QLatin1Char(' '), 0, 0);
        probe.encrypted = query.value(1).toBool();
    } else {
        const QFileInfo info(address.path());
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        if (!info.exists()) {
            probe.exists = false;
            if (!QFileInfo(info.absolutePath()).isDir())
                return fail(Error::Kind::CantOpen,
                            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), {},
                            QStringLiteral("file"));
            return probe;
        }
        if (!info.isFile())
            return fail(Error::Kind::CantOpen, tr("%1 is a folder, not a database file.").arg(shown), {},
                        QStringLiteral("file"));
        if (info.size() > 0) {
            QFile file(address.path());
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::Kind::CantOpen, tr("The database file %1 cannot be opened.").arg(shown),
                            file.errorString(), QStringLiteral("file"));
            if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
                return fail(Error::Kind::Corrupt, tr("%1 is not a Zabota database.").arg(shown), {},
                            QStringLiteral("file"));
        }
        db.reset(new Database(nextConnectionName(), DatabaseAddress::sqlite(info.absoluteFilePath()),
                              SqlDialect(SqlDialect::Kind::Sqlite)));
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(address.path());
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open())
            return std::unexpected(db->toError(connection.lastError()));
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_migrations') FROM sqlite_master WHERE "
                                       "type = 'table'")) ||
            !query.next())
            return std::unexpected(db->toError(query.lastError()));
        if (query.value(0).toInt() > 0 && query.value(1).toInt() == 0)
            return fail(Error::Kind::Corrupt, tr("%1 is a database of another program, not of Zabota.").arg(shown), {},
                        QStringLiteral("file"));
    }
    auto version = db->storedSchemaVersion();
    if (!version)
        return std::unexpected(version.error());
    probe.schemaVersion = *version;
    auto migrations = Migrator::load(migrationsDir, db->dialect());
    if (!migrations)
        return std::unexpected(migrations.error());
    probe.newestVersion = migrations->isEmpty() ? 0 : migrations->last().version;
    if (probe.schemaVersion > probe.newestVersion)
        return fail(Error::Kind::TooNew,
                    tr("This database was written by a newer version of Zabota (schema %1; this version knows %2). "
                       "Update the console before opening it.")
                        .arg(probe.schemaVersion)
                        .arg(probe.newestVersion),
                    db->path());
    if (probe.schemaVersion > 0) {
        QSqlQuery count(db->connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM journal_entry")) || !count.next())
            return std::unexpected(db->toError(count.lastError()));
        probe.entries = count.value(0).toLongLong();
    }
    return probe;
}

Status Database::migrate(const QString& migrationsDir)
{
    auto version = Migrator::apply(*this, migrationsDir);
    if (!version) {
        qCWarning(lcDatabase) << "migration failed:" << version.error().detail;
        return std::unexpected(version.error());
    }
    m_schemaVersion = *version;
    return {};
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
                        .arg(QDir::toNativeSeparators(path())));
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
        // Switching a new file to WAL fails at once, without waiting for the busy timeout, while another connection
        // opening it at the same moment reads it: two workstations started together try again for a while.
        QElapsedTimer waited;
        waited.start();
        while (!query.exec(pragma)) {
            if ((query.lastError().nativeErrorCode().toInt() & 0xff) != kSqliteBusy || waited.elapsed() > 5000)
                return std::unexpected(toError(query.lastError()));
            QThread::msleep(20);
        }
    }
    if (!addSqliteFunctions(connection()))
        return fail(Error::Kind::CantOpen,
                    tr("The database file %1 cannot be prepared for use.").arg(QDir::toNativeSeparators(path())),
                    QStringLiteral("the console's SQL functions were refused"));
    return {};
}

Status Database::configurePostgres()
{
    QSqlQuery query(connection());
    // Text is compared, folded and indexed as Unicode: a database in another encoding would garble Cyrillic.
    if (!query.exec(QStringLiteral("SELECT current_setting('server_encoding'), "
                                   "current_setting('server_version_num')::integer")) ||
        !query.next())
        return std::unexpected(toError(query.lastError()));
    const QString encoding = query.value(0).toString();
    const int version = query.value(1).toInt();
    if (encoding != QLatin1String("UTF8"))
        return fail(Error::Kind::Corrupt,
                    tr("The database %1 stores text as %2, which cannot hold every letter the console writes. Ask "
                       "your administrator to create it again with ENCODING 'UTF8'.")
                        .arg(path(), encoding));
    if (version < kOldestPostgres)
        return fail(Error::Kind::CantOpen,
                    tr("The database server %1 runs PostgreSQL %2; the console needs version %3 or newer. Ask your "
                       "administrator to upgrade the server.")
                        .arg(path())
                        .arg(version / 10000)
                        .arg(kOldestPostgres / 10000));
    if (auto started = startPostgresSession(); !started)
        return started;
    // A database with tables but without our bookkeeping table belongs to another program: refuse before changing it.
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COUNT(*) FILTER (WHERE c.relname = 'schema_migrations') "
                                   "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()")) ||
        !query.next())
        return std::unexpected(toError(query.lastError()));
    if (query.value(0).toInt() > 0 && query.value(1).toInt() == 0)
        return fail(Error::Kind::Corrupt,
                    tr("The database %1 holds the tables of another program, not of Zabota. Give the address of the "
                       "console's own database with --database.")
                        .arg(path()));
    return {};
}

Status Database::startPostgresSession() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Times are whole seconds since the epoch in both dialects: the server's own clock functions, should a
    // statement ever need them, count in UTC as SQLite's do.
    if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return std::unexpected(toError(query.lastError()));
    // The server's notices ("already exists, skipping") are no news to anyone.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        return std::unexpected(toError(query.lastError()));
    return {};
}

QSqlDatabase Database::connection() const
{
    if (m_lost && !m_inTransaction)
        reconnect();
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::reconnect() const
{
    QElapsedTimer clock;
    clock.start();
    const qint64 now = clock.msecsSinceReference();
    if (m_lastReconnect != 0 && now - m_lastReconnect < kReconnectEveryMs)
        return;
    m_lastReconnect = now;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        qCWarning(lcDatabase) << "the server is still away:" << db.lastError().text();
        return;
    }
    m_lost = false;
    if (auto started = startPostgresSession(); !started) {
        qCWarning(lcDatabase) << "reconnected, but the session could not be set up:" << started.error().detail;
        return;
    }
    qCInfo(lcDatabase) << "connected again to" << path();
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
    if (!query.exec()) {
        Error error = toError(query.lastError());
        if (m_inTransaction && !m_dialect.undoFailedWrite().isEmpty()) {
            m_transactionFailed = true;
            QSqlQuery undo(connection());
            if (!undo.exec(m_dialect.undoFailedWrite()))
                qCWarning(lcDatabase) << "failed transaction not taken back:" << undo.lastError().text();
        }
        return std::unexpected(error);
    }
    return {};
}

Error Database::toError(const QSqlError& error) const
{
    const QString detail = error.text() + QLatin1String(" (") + error.nativeErrorCode() + QLatin1Char(')');
    qCWarning(lcDatabase) << "database error:" << detail;
    return m_dialect.kind() == SqlDialect::Kind::Sqlite ? sqliteError(error, detail) : postgresError(error, detail);
}

Error Database::sqliteError(const QSqlError& error, const QString& detail) const
{
    const int extended = error.nativeErrorCode().toInt();
    const QString shown = QDir::toNativeSeparators(path());
    if (extended == kSqliteConstraintUnique || extended == kSqliteConstraintPrimaryKey)
        return {Error::Kind::Conflict,
                tr("The same record was saved just before, so nothing was saved now. Reload it and try again."),
                detail,
                {}};
    switch (extended & 0xff) {
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

Error Database::postgresError(const QSqlError& error, const QString& detail) const
{
    // A statement's error carries its SQLSTATE; a failed connection only libpq's text, which is matched in English
    // (the messages of a server or client set to another language fall through to the general sentence).
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();
    const QString server = m_address.host().isEmpty() ? tr("on this computer") : m_address.host();
    const QString shown = path();
    const auto says = [&text](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };

    if (state == u"23505")
        return {Error::Kind::Conflict,
                tr("Another workstation saved the same record at the same moment, so nothing was saved here. Reload "
                   "it and try again."),
                detail,
                {}};
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return {Error::Kind::Busy,
                tr("Another workstation was changing the same records at the same moment. Nothing was saved; try "
                   "again in a moment."),
                detail,
                {}};
    if (state == u"57014")
        return {Error::Kind::Busy,
                tr("The database server took too long to answer. Nothing was saved; try again in a moment, and tell "
                   "your administrator if it keeps happening."),
                detail,
                {}};
    if (state == u"25006")
        return {Error::Kind::ReadOnly,
                tr("The database %1 accepts no changes at the moment (the server is read-only). Nothing was saved; "
                   "ask your administrator.")
                    .arg(shown),
                detail,
                {}};
    if (state == u"42501")
        return {Error::Kind::ReadOnly,
                tr("The database role «%1» is not allowed to use the tables of the database %2. Nothing was saved; "
                   "ask your administrator to make the role the owner of the database.")
                    .arg(m_address.user(), shown),
                detail,
                {}};
    if (state == u"53100")
        return {Error::Kind::Storage,
                tr("The database server %1 has run out of disk space. Nothing was saved; tell your administrator.")
                    .arg(server),
                detail,
                {}};
    if (state == u"53300" || says("too many clients") || says("remaining connection slots"))
        return {Error::Kind::Busy,
                tr("The database server %1 serves as many workstations as it may at the moment. Try again in a "
                   "moment, or ask your administrator to raise its max_connections.")
                    .arg(server),
                detail,
                {}};
    if (state == u"3D000" || (says("does not exist") && says("database")))
        return {Error::Kind::CantOpen,
                tr("The server %1 has no database «%2». Check the name in the address, or ask your administrator "
                   "to create the database.")
                    .arg(server, m_address.databaseName()),
                detail, QStringLiteral("database")};
    // The encrypted connection (TLS): refused by either side, or a certificate that does not check out. Before the
    // login's refusal: a server that takes this workstation only over TLS says so in its pg_hba.conf refusal.
    if (says("no pg_hba.conf entry") && says("no encryption"))
        return {Error::Kind::CantOpen,
                tr("The database server %1 accepts this workstation only over an encrypted connection (TLS): set "
                   "TLS to «require» or stricter.")
                    .arg(server),
                detail, QStringLiteral("sslmode")};
    if (says("does not support SSL"))
        return {Error::Kind::CantOpen,
                tr("The database server %1 does not offer an encrypted connection (TLS), and the settings require "
                   "one, so the console did not connect. Ask your administrator to switch TLS on at the server, or "
                   "choose a TLS setting that allows an unencrypted connection.")
                    .arg(server),
                detail, QStringLiteral("sslmode")};
    if (says("root certificate"))
        return {Error::Kind::CantOpen,
                tr("The root certificate (of the authority that signed the server's certificate) cannot be read, so "
                   "the server cannot be checked and the console did not connect. Choose the root certificate file "
                   "your administrator gave you."),
                detail, QStringLiteral("sslrootcert")};
    if (says("does not match host name"))
        return {Error::Kind::CantOpen,
                tr("The certificate of the database server is made out for another name than %1, so the console "
                   "did not connect. Give the server's name as its certificate has it, or ask your administrator.")
                    .arg(server),
                detail, QStringLiteral("host")};
    if (says("certificate verify failed") || says("certificate"))
        return {Error::Kind::CantOpen,
                tr("The certificate of the database server %1 is not signed by the authority of the root "
                   "certificate given, so the console did not connect. Check the root certificate file with your "
                   "administrator.")
                    .arg(server),
                detail, QStringLiteral("sslrootcert")};
    if (state == u"28P01" || state == u"28000" || says("password authentication failed") ||
        says("no password supplied") || says("authentication failed") || says("no pg_hba.conf entry") ||
        (says("role") && says("does not exist")))
        return {Error::Kind::Auth,
                tr("The database server %1 did not accept the user «%2» with this password. Check the user name and "
                   "the password, or ask your administrator whether this workstation may connect.")
                    .arg(server, m_address.user()),
                detail, QStringLiteral("password")};
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03" ||
        says("could not connect") || says("connection refused") || says("could not translate host name") ||
        says("timeout expired") || says("server closed the connection") || says("no connection to the server") ||
        says("starting up") || says("shutting down") || error.type() == QSqlError::ConnectionError ||
        !QSqlDatabase::database(m_connectionName, false).isOpen()) {
        m_lost = true;
        return {Error::Kind::CantOpen,
                tr("The console cannot reach the database server %1. Check that the server is running and that the "
                   "address %2 is right, and the network between them; nothing was saved.")
                    .arg(server, shown),
                detail, QStringLiteral("host")};
    }
    return {Error::Kind::Storage,
            tr("The database reported an error. Nothing was saved; the details are in the log."),
            detail,
            {}};
}

} // namespace zabota::core
