// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresServer.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zabota::tests {

namespace {

const QString kHost = QStringLiteral("127.0.0.1");
const QString kSuperuser = QStringLiteral("zabota_admin");
const QString kRole = QStringLiteral("zabota");
const QString kTemplate = QStringLiteral("zabota_template");
const QString kStateFile = QStringLiteral("server.ini");
const QString kAdminConnection = QStringLiteral("zabota-test-postgres-superuser");
constexpr int kToolTimeoutMs = 120'000;

bool asRoot()
{
    return ::geteuid() == 0;
}

// The newest PostgreSQL's programs: Debian keeps them off PATH, in /usr/lib/postgresql/<version>/bin.
QString findBinaries()
{
    const QString given = qEnvironmentVariable("ZABOTA_TEST_POSTGRES_BIN");
    if (!given.isEmpty())
        return given;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::ranges::sort(versions, std::greater{}, [](const QString& v) { return v.toDouble(); });
    for (const QString& version : std::as_const(versions)) {
        const QString bin = root.filePath(version + QLatin1String("/bin"));
        if (QFileInfo(bin + QLatin1String("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

// The command that runs a program as the user postgres, for a test run as root (the server refuses to run as root).
QStringList asPostgres()
{
    return {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
}

// A chroot made in a private temporary folder has a / that only root may enter: there the user postgres cannot start
// any program (and PostgreSQL checks its own programs as that user, so no privilege lent to it helps). Such a / is
// opened for passing through, as every ordinary / is, not for reading; a machine whose / is open already is left as
// it is.
void letPostgresThroughRoot()
{
    struct stat root {};
    if (::stat("/", &root) != 0 || (root.st_mode & S_IXOTH) != 0)
        return;
    if (::chmod("/", (root.st_mode & 07777) | S_IXOTH) == 0)
        qWarning("/ could be entered by root alone; it may now be passed through by every user, as the PostgreSQL "
                 "test server needs");
}

// Runs one of PostgreSQL's programs; as root it runs as the user postgres.
std::expected<QString, QString> runTool(const QString& bin, const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    const QString program = bin + QLatin1Char('/') + tool;
    if (asRoot()) {
        const QStringList command = asPostgres();
        process.setProgram(command.first());
        process.setArguments(command.mid(1) + QStringList{program} + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.start();
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::unexpected(tool + QLatin1String(" did not finish: ") + process.errorString());
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(tool + QLatin1String(" failed: ") + output);
    return output;
}

// Where the cluster's folder goes: the temporary folder, unless the server, running as postgres, could not reach it
// (TMPDIR in root's home).
QString temporaryBase()
{
    const QString base = QDir::tempPath();
    if (!asRoot())
        return base;
    QProcess probe;
    const QStringList command = asPostgres();
    probe.start(command.first(), command.mid(1) + QStringList{QStringLiteral("test"), QStringLiteral("-w"), base});
    const bool reachable =
        probe.waitForFinished() && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    return reachable ? base : QStringLiteral("/tmp");
}

// A port nobody listens on at the moment.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QString::number(QRandomGenerator::system()->generate(), 16);
    return secret;
}

std::expected<void, QString> exec(QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return std::unexpected(sql + QLatin1String(": ") + query.lastError().text());
    return {};
}

} // namespace

struct PostgresServer::Cluster {
    QString bin;
    QString dir; // data/, the socket and the log
    int port = 0;
    QString password;
    bool owned = false; // started by this process, which stops it when it ends
    bool tls = false;   // offers TLS with a certificate for 127.0.0.1 signed by tls/root.crt (makeCertificates)

    // The superuser's connection to this server (a test may run a server of its own beside the shared one).
    [[nodiscard]] QString adminConnection() const
    {
        return kAdminConnection + QLatin1Char('-') + QString::number(port);
    }

    [[nodiscard]] core::DatabaseAddress address(const QString& databaseName) const
    {
        return core::DatabaseAddress::postgres(kHost, port, databaseName, kRole, password);
    }

    std::expected<QString, QString> stop() const
    {
        return runTool(bin, QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), dir + QLatin1String("/data"), QStringLiteral("-m"),
                        QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    // Stops the server and removes its folder once `pid` has ended, however it ends.
    void watch(qint64 pid) const
    {
        const QString prefix = asRoot() ? asPostgres().join(QLatin1Char(' ')) + QLatin1Char(' ') : QString();
        QProcess watchdog;
        watchdog.setProgram(QStringLiteral("sh"));
        watchdog.setArguments({QStringLiteral("-c"),
                               QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; %1\"$2/pg_ctl\" -D "
                                              "\"$3/data\" -m immediate -w stop; rm -rf \"$3\"")
                                   .arg(prefix),
                               QStringLiteral("zabota-postgres-watchdog"), QString::number(pid), bin, dir});
        watchdog.setStandardInputFile(QProcess::nullDevice());
        watchdog.setStandardOutputFile(QProcess::nullDevice());
        watchdog.setStandardErrorFile(QProcess::nullDevice());
        watchdog.startDetached();
    }

    [[nodiscard]] QString tlsDir() const { return dir + QLatin1String("/tls"); }

    // A certificate authority of the test's own (tls/root.crt), the server's certificate for 127.0.0.1 signed by it,
    // and a second authority that signed nothing (tls/other-root.crt), made with openssl. The server's key belongs to
    // the user the server runs as, readable by it alone, as PostgreSQL demands.
    [[nodiscard]] std::expected<void, QString> makeCertificates() const
    {
        const QString folder = tlsDir();
        if (!QDir().mkpath(folder))
            return std::unexpected(QLatin1String("cannot make ") + folder);
        {
            QFile extensions(folder + QLatin1String("/server.ext"));
            if (!extensions.open(QIODevice::WriteOnly) ||
                extensions.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n") < 0)
                return std::unexpected(QLatin1String("cannot write ") + extensions.fileName());
        }
        const QStringList newKey{QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes")};
        const QList<QStringList> steps{
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Zabota test authority"), QStringLiteral("-keyout"),
                            QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.crt")},
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Another authority"), QStringLiteral("-keyout"),
                            QStringLiteral("other-root.key"), QStringLiteral("-out"), QStringLiteral("other-root.crt")},
            QStringList{QStringLiteral("req")} + newKey +
                QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                            QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr")},
            QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("root.crt"),
                        QStringLiteral("-CAkey"), QStringLiteral("root.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")}};
        for (const QStringList& arguments : steps) {
            QProcess openssl;
            openssl.setWorkingDirectory(folder);
            openssl.setProcessChannelMode(QProcess::MergedChannels);
            openssl.setStandardInputFile(QProcess::nullDevice());
            openssl.start(QStringLiteral("openssl"), arguments);
            if (!openssl.waitForFinished(kToolTimeoutMs) || openssl.exitStatus() != QProcess::NormalExit ||
                openssl.exitCode() != 0)
                return std::unexpected(QLatin1String("openssl ") + arguments.first() + QLatin1String(" failed: ") +
                                       openssl.errorString() + QLatin1Char(' ') +
                                       QString::fromLocal8Bit(openssl.readAll()));
        }
        const QString key = folder + QLatin1String("/server.key");
        ::chmod(QFile::encodeName(key).constData(), 0600);
        if (asRoot()) {
            const passwd* postgres = ::getpwnam("postgres");
            for (const QString& path : {folder, key, folder + QLatin1String("/server.crt")}) {
                if (postgres == nullptr ||
                    ::chown(QFile::encodeName(path).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                    return std::unexpected(QLatin1String("cannot give ") + path + QLatin1String(" to postgres"));
            }
        }
        return {};
    }

    // The superuser's connection, opened on first use.
    std::expected<QSqlDatabase, QString> admin() const
    {
        QSqlDatabase connection = QSqlDatabase::database(adminConnection(), false);
        if (!connection.isValid()) {
            connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection());
            connection.setHostName(kHost);
            connection.setPort(port);
            connection.setDatabaseName(QStringLiteral("postgres"));
            connection.setUserName(kSuperuser);
            connection.setPassword(password);
        }
        if (!connection.isOpen() && !connection.open())
            return std::unexpected(QLatin1String("cannot connect to the test server: ") +
                                   connection.lastError().text());
        return connection;
    }

    // Initialises a cluster in a new temporary folder and starts its server; `watched` is the process whose end
    // stops it. With `tls` the server offers TLS (makeCertificates).
    static std::expected<Cluster, QString> start(qint64 watched, bool tls = false)
    {
        Cluster cluster;
        cluster.tls = tls;
        cluster.bin = findBinaries();
        if (cluster.bin.isEmpty())
            return std::unexpected(QStringLiteral("PostgreSQL's initdb was not found in /usr/lib/postgresql/*/bin: "
                                                  "install the package postgresql (bash packaging/build.sh deps)"));
        if (asRoot())
            letPostgresThroughRoot();
        QTemporaryDir folder(temporaryBase() + QLatin1String("/zabota-pg-XXXXXX"));
        if (!folder.isValid())
            return std::unexpected(QLatin1String("no temporary folder: ") + folder.errorString());
        folder.setAutoRemove(false);
        cluster.dir = folder.path();
        cluster.password = randomSecret();
        const QString passwordFile = cluster.dir + QLatin1String("/password");
        {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(cluster.password.toLatin1()) < 0)
                return std::unexpected(QLatin1String("cannot write ") + passwordFile);
        }
        if (asRoot()) {
            // The server runs as postgres: it gets the folder (the temporary folder's parent lets everyone in).
            const passwd* postgres = ::getpwnam("postgres");
            if (postgres == nullptr)
                return std::unexpected(QStringLiteral("the tests run as root, so PostgreSQL must run as the user "
                                                      "postgres, which does not exist: install the package "
                                                      "postgresql"));
            for (const QString& path : {cluster.dir, passwordFile}) {
                if (::chown(QFile::encodeName(path).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                    return std::unexpected(QLatin1String("cannot give ") + path + QLatin1String(" to postgres"));
            }
        }
        ::chmod(QFile::encodeName(cluster.dir).constData(), 0700);
        cluster.watch(watched);

        auto initialised = runTool(
            cluster.bin, QStringLiteral("initdb"),
            {QStringLiteral("-D"), cluster.dir + QLatin1String("/data"), QStringLiteral("-U"), kSuperuser,
             QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-host=scram-sha-256"),
             QStringLiteral("--auth-local=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
        QFile::remove(passwordFile);
        if (!initialised)
            return std::unexpected(initialised.error());
        if (tls) {
            if (auto made = cluster.makeCertificates(); !made)
                return std::unexpected(made.error());
        }

        // A port found free may be taken before the server binds it: another try on another port.
        QString lastError;
        for (int attempt = 0; attempt < 5 && cluster.port == 0; ++attempt) {
            const int port = freePort();
            // A test cluster keeps nothing worth a flush to the disk.
            const QString options = QStringLiteral("-c listen_addresses=%1 -p %2 -k %3 -c fsync=off -c "
                                                   "synchronous_commit=off -c full_page_writes=off -c "
                                                   "max_connections=200")
                                        .arg(kHost)
                                        .arg(port)
                                        .arg(cluster.dir) +
                                    (tls ? QStringLiteral(" -c ssl=on -c ssl_cert_file=%1/server.crt -c "
                                                          "ssl_key_file=%1/server.key")
                                               .arg(cluster.tlsDir())
                                         : QString());
            auto started = runTool(cluster.bin, QStringLiteral("pg_ctl"),
                                   {QStringLiteral("-D"), cluster.dir + QLatin1String("/data"), QStringLiteral("-l"),
                                    cluster.dir + QLatin1String("/log"), QStringLiteral("-w"), QStringLiteral("-t"),
                                    QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
            if (started) {
                cluster.port = port;
            } else {
                QFile log(cluster.dir + QLatin1String("/log"));
                lastError = started.error() +
                            (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
            }
        }
        if (cluster.port == 0)
            return std::unexpected(QLatin1String("the test server did not start: ") + lastError);

        // The console's role, and the template every test database is copied from, migrated by that role.
        auto admin = cluster.admin();
        if (!admin)
            return std::unexpected(admin.error());
        for (const QString& sql :
             {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(kRole, cluster.password),
              QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0").arg(kTemplate, kRole)}) {
            if (auto ok = exec(*admin, sql); !ok)
                return std::unexpected(ok.error());
        }
        {
            auto migrated = core::Database::openPostgres(cluster.address(kTemplate));
            if (!migrated)
                return std::unexpected(QLatin1String("the template was not migrated: ") + migrated.error().message +
                                       QLatin1String(" / ") + migrated.error().detail);
        }
        if (auto ok = exec(*admin, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(kTemplate)); !ok)
            return std::unexpected(ok.error());
        return cluster;
    }

    // The shared server a fixture wrote into `stateDir`, if it answers.
    static std::optional<Cluster> shared(const QString& stateDir)
    {
        const QString path = stateDir + QLatin1Char('/') + kStateFile;
        if (stateDir.isEmpty() || !QFileInfo::exists(path))
            return std::nullopt;
        const QSettings state(path, QSettings::IniFormat);
        Cluster cluster;
        cluster.bin = state.value(QStringLiteral("bin")).toString();
        cluster.dir = state.value(QStringLiteral("dir")).toString();
        cluster.port = state.value(QStringLiteral("port")).toInt();
        cluster.password = state.value(QStringLiteral("password")).toString();
        if (cluster.port == 0 || !cluster.admin())
            return std::nullopt;
        return cluster;
    }
};

namespace {

std::unique_ptr<PostgresServer> g_server;
QString g_startError;

} // namespace

PostgresServer::PostgresServer(std::unique_ptr<Cluster> cluster)
    : m_cluster(std::move(cluster))
{}

PostgresServer::~PostgresServer()
{
    const QString admin = m_cluster->adminConnection();
    if (QSqlDatabase::contains(admin)) {
        QSqlDatabase::database(admin, false).close();
        QSqlDatabase::removeDatabase(admin);
    }
    if (m_cluster->owned) {
        if (auto stopped = m_cluster->stop(); !stopped)
            qWarning("%s", qUtf8Printable(stopped.error()));
    }
}

std::expected<PostgresServer*, QString> PostgresServer::instance()
{
    if (!g_server && g_startError.isEmpty()) {
        // The server of the ctest run, if there is one; ZABOTA_TEST_POSTGRES names another run's folder.
        auto cluster =
            Cluster::shared(qEnvironmentVariable("ZABOTA_TEST_POSTGRES", QStringLiteral(ZABOTA_TEST_POSTGRES_DIR)));
        if (!cluster) {
            auto started = Cluster::start(QCoreApplication::applicationPid());
            if (started) {
                cluster = std::move(*started);
                cluster->owned = true;
            } else {
                g_startError = started.error();
            }
        }
        if (cluster) {
            g_server.reset(new PostgresServer(std::make_unique<Cluster>(std::move(*cluster))));
            // Before the application object goes, and the SQL drivers with it.
            qAddPostRoutine([] { g_server.reset(); });
        }
    }
    if (!g_server)
        return std::unexpected(g_startError);
    return g_server.get();
}

std::expected<std::unique_ptr<PostgresServer>, QString> PostgresServer::startWithTls()
{
    auto started = Cluster::start(QCoreApplication::applicationPid(), true);
    if (!started)
        return std::unexpected(started.error());
    started->owned = true;
    return std::unique_ptr<PostgresServer>(new PostgresServer(std::make_unique<Cluster>(std::move(*started))));
}

QString PostgresServer::rootCertificate() const
{
    return m_cluster->tls ? m_cluster->tlsDir() + QLatin1String("/root.crt") : QString();
}

QString PostgresServer::otherRootCertificate() const
{
    return m_cluster->tls ? m_cluster->tlsDir() + QLatin1String("/other-root.crt") : QString();
}

std::expected<core::DatabaseAddress, QString> PostgresServer::createDatabase(bool migrated)
{
    static int created = 0;
    auto admin = m_cluster->admin();
    if (!admin)
        return std::unexpected(admin.error());
    const QString name = QStringLiteral("zt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++created);
    if (auto ok = exec(*admin, QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3")
                                   .arg(name, kRole, migrated ? kTemplate : QStringLiteral("template0")));
        !ok)
        return std::unexpected(ok.error());
    return m_cluster->address(name);
}

void PostgresServer::dropDatabase(const core::DatabaseAddress& address)
{
    auto admin = m_cluster->admin();
    if (!admin) {
        qWarning("%s", qUtf8Printable(admin.error()));
        return;
    }
    if (auto ok = exec(*admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address.databaseName()));
        !ok)
        qWarning("%s", qUtf8Printable(ok.error()));
}

std::expected<void, QString> PostgresServer::runAsSuperuser(const QString& databaseName, const QStringList& statements)
{
    const QString name = m_cluster->adminConnection() + QLatin1Char('-') + databaseName;
    std::expected<void, QString> result;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setHostName(kHost);
        connection.setPort(m_cluster->port);
        connection.setDatabaseName(databaseName);
        connection.setUserName(kSuperuser);
        connection.setPassword(m_cluster->password);
        if (!connection.open()) {
            result = std::unexpected(connection.lastError().text());
        } else {
            for (const QString& sql : statements) {
                result = exec(connection, sql);
                if (!result)
                    break;
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int PostgresServer::runFixture(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() != 2 || (arguments[0] != u"start" && arguments[0] != u"stop")) {
        err << "usage: --postgres-server start|stop DIR" << Qt::endl;
        return 2;
    }
    const QString stateDir = arguments[1];
    const QString statePath = stateDir + QLatin1Char('/') + kStateFile;
    // A server an earlier run left behind goes first.
    if (QFileInfo::exists(statePath)) {
        const QSettings state(statePath, QSettings::IniFormat);
        Cluster previous;
        previous.bin = state.value(QStringLiteral("bin")).toString();
        previous.dir = state.value(QStringLiteral("dir")).toString();
        if (QFileInfo::exists(previous.dir + QLatin1String("/data/postmaster.pid"))) {
            if (auto stopped = previous.stop(); stopped)
                out << "stopped the PostgreSQL test server in " << previous.dir << Qt::endl;
            else
                err << stopped.error() << Qt::endl;
        }
        QFile::remove(statePath);
    }
    if (arguments[0] == u"stop")
        return 0;

    // The server outlives this process: it stops with the fixture's cleanup, or with ctest, whichever comes first.
    auto cluster = Cluster::start(::getppid());
    if (!cluster) {
        err << "the PostgreSQL test server did not start: " << cluster.error() << Qt::endl;
        return 1;
    }
    QSqlDatabase::removeDatabase(cluster->adminConnection());
    QDir().mkpath(stateDir);
    {
        QSettings state(statePath, QSettings::IniFormat);
        state.setValue(QStringLiteral("bin"), cluster->bin);
        state.setValue(QStringLiteral("dir"), cluster->dir);
        state.setValue(QStringLiteral("port"), cluster->port);
        state.setValue(QStringLiteral("password"), cluster->password);
        state.sync();
        if (state.status() != QSettings::NoError) {
            err << "cannot write " << statePath << Qt::endl;
            (void)cluster->stop();
            return 1;
        }
    }
    out << "PostgreSQL test server in " << cluster->dir << ", listening on " << kHost << ':' << cluster->port
        << Qt::endl;
    return 0;
}

} // namespace zabota::tests
