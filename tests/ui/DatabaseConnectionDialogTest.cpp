// SPDX-License-Identifier: GPL-3.0-or-later
// Service → Database connection…: the settings a workstation is pointed at its database with, checked as typed,
// tried against the real PostgreSQL test server off the GUI thread, and the password kept only in a system keyring.
#include "ui/DatabaseConnectionDialog.h"

#include "core/journal/JournalService.h"
#include "core/storage/ConnectionSettings.h"
#include "core/storage/PasswordKeyring.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/SecretService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WidgetTesting.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;
using Outcome = core::ConnectionTestResult::Outcome;

namespace {

const QString kDefaultFile = QStringLiteral("/var/lib/zabota/zabota.sqlite");
const QString kSecret = QStringLiteral("Kl3ver&Tr1cky pass");

// The dialog over a settings file of the test's own, and a keyring entry name nobody else uses.
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("zabota.conf"));
    QSettings settings{path, QSettings::IniFormat};
    core::PasswordKeyring keyring{QStringLiteral("zabota-tests-%1").arg(QCoreApplication::applicationPid())};

    std::unique_ptr<ui::DatabaseConnectionDialog> open()
    {
        auto dialog = std::make_unique<ui::DatabaseConnectionDialog>(settings, keyring,
                                                                     QStringLiteral("/tmp/desk.sqlite"), kDefaultFile);
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }

    [[nodiscard]] QString fileText()
    {
        settings.sync();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

template <typename Widget>
Widget* child(const QWidget& dialog, const char* name)
{
    auto* widget = dialog.findChild<Widget*>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

void setText(const QWidget& dialog, const char* name, const QString& text)
{
    child<QLineEdit>(dialog, name)->setText(text);
}

void chooseSslMode(const QWidget& dialog, const QString& mode)
{
    auto* combo = child<QComboBox>(dialog, "sslModeCombo");
    const int index = combo->findData(mode);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A server database's settings typed into the dialog, the password too.
void typeServer(const QWidget& dialog, const core::DatabaseAddress& address, const QString& password)
{
    child<QRadioButton>(dialog, "postgresButton")->setChecked(true);
    setText(dialog, "hostEdit", address.host());
    setText(dialog, "portEdit", QString::number(address.port()));
    setText(dialog, "databaseEdit", address.databaseName());
    setText(dialog, "userEdit", address.user());
    setText(dialog, "passwordEdit", password);
}

core::ConnectionTestResult tested(ui::DatabaseConnectionDialog& dialog)
{
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    // The test runs on a thread of its own: the window keeps answering meanwhile.
    CHECK(dialog.testRunning());
    CHECK_FALSE(dialog.testButton()->isEnabled());
    CHECK(dialog.testResultText().startsWith(QStringLiteral("Connecting to postgresql://")));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.testRunning(); }, 30'000));
    CHECK(dialog.testButton()->isEnabled());
    REQUIRE(dialog.lastTestResult());
    return *dialog.lastTestResult();
}

} // namespace

TEST_CASE("only an administrator is offered the database connection, in the Service menu", "[ui][database]")
{
    tests::IsolatedSettings isolated;
    tests::TestDatabase db;
    core::PasswordKeyring keyring(QStringLiteral("zabota-tests"));

    ui::MainWindow dispatcherWindow(db.journal(), db.auth());
    auto* dispatcherAction = dispatcherWindow.findChild<QAction*>(QStringLiteral("databaseConnectionAction"));
    REQUIRE(dispatcherAction);
    dispatcherWindow.setDatabaseConnection(&keyring, db.address(), kDefaultFile);
    CHECK_FALSE(dispatcherAction->isEnabled());
    CHECK_FALSE(dispatcherWindow.showDatabaseConnection());

    core::JournalService adminJournal(db.journalRepo(), db.categories(), db.admin(), [&db] { return db.now(); });
    ui::MainWindow adminWindow(adminJournal, db.auth());
    auto* adminAction = adminWindow.findChild<QAction*>(QStringLiteral("databaseConnectionAction"));
    REQUIRE(adminAction);
    CHECK_FALSE(adminAction->isEnabled()); // not before the window knows the keyring
    adminWindow.setDatabaseConnection(&keyring, db.address(), kDefaultFile);
    CHECK(adminAction->isEnabled());
    CHECK(adminAction->text() == QStringLiteral("Database &connection…"));
}

TEST_CASE("the connection settings refuse what cannot work, with a sentence in the field at fault", "[ui][database]")
{
    Fixture f;
    // No root certificate where libpq would look for one either.
    QTemporaryDir home;
    const QByteArray previousHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    auto dialog = f.open();
    typeServer(*dialog,
               core::DatabaseAddress::postgres(QString(), 5432, QStringLiteral("zabota"), QStringLiteral("zabota")),
               {});

    const auto refusal = [&](const char* fieldName) {
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(QApplication::focusWidget() == dialog->field(QLatin1String(fieldName)));
        return dialog->messageText();
    };
    CHECK(refusal("host").startsWith(QStringLiteral("Name the database server")));
    setText(*dialog, "hostEdit", QStringLiteral("db server.local"));
    CHECK(refusal("host").contains(QStringLiteral("cannot be the name of a server")));
    setText(*dialog, "hostEdit", QStringLiteral("db.centre.local"));
    setText(*dialog, "portEdit", QStringLiteral("70000"));
    CHECK(refusal("port").startsWith(QStringLiteral("The port is a whole number from 1 to 65535, not «70000».")));
    setText(*dialog, "portEdit", QStringLiteral("54a"));
    CHECK(refusal("port").contains(QStringLiteral("not «54a»")));
    setText(*dialog, "portEdit", QStringLiteral("6432"));
    setText(*dialog, "databaseEdit", QString());
    CHECK(refusal("database").startsWith(QStringLiteral("Name the database on the server")));
    setText(*dialog, "databaseEdit", QStringLiteral("centre"));
    setText(*dialog, "userEdit", QStringLiteral(" "));
    CHECK(refusal("user").startsWith(QStringLiteral("Name the database user")));
    setText(*dialog, "userEdit", QStringLiteral("dispatch"));

    // The root certificate is asked for only where the server's certificate is checked.
    auto* certificate = child<QLineEdit>(*dialog, "rootCertificateEdit");
    chooseSslMode(*dialog, QStringLiteral("require"));
    CHECK_FALSE(certificate->isEnabled());
    chooseSslMode(*dialog, QStringLiteral("verify-full"));
    CHECK(certificate->isEnabled());
    CHECK(refusal("sslrootcert")
              .startsWith(QStringLiteral(
                  "With «verify-full» the console checks the server's certificate against the certificate of "
                  "the authority that signed it")));
    setText(*dialog, "rootCertificateEdit", home.filePath(QStringLiteral("missing.crt")));
    CHECK(refusal("sslrootcert").contains(QStringLiteral("cannot be read")));
    QFile root(home.filePath(QStringLiteral("root.crt")));
    REQUIRE(root.open(QIODevice::WriteOnly));
    root.write("-----BEGIN CERTIFICATE-----\n");
    root.close();
    setText(*dialog, "rootCertificateEdit", root.fileName());
    CHECK(dialog->typedSettings().has_value());

    // A file for a single desk: a folder is no file.
    child<QRadioButton>(*dialog, "sqliteButton")->setChecked(true);
    CHECK_FALSE(child<QLineEdit>(*dialog, "hostEdit")->isEnabled());
    setText(*dialog, "fileEdit", home.path());
    CHECK(refusal("file").contains(QStringLiteral("is a folder")));
    setText(*dialog, "fileEdit", home.filePath(QStringLiteral("no/such/folder/zabota.sqlite")));
    CHECK(refusal("file").contains(QStringLiteral("does not exist")));
    // Nothing was written while the settings were refused.
    CHECK_FALSE(core::ConnectionSettings::stored(f.settings));
    qputenv("HOME", previousHome);
}

TEST_CASE("the connection settings are kept and read back, and the server's fields survive a switch to a file",
          "[ui][database]")
{
    Fixture f;
    QTemporaryDir certificates;
    QFile root(certificates.filePath(QStringLiteral("root.crt")));
    REQUIRE(root.open(QIODevice::WriteOnly));
    root.close();
    {
        auto dialog = f.open();
        CHECK(child<QRadioButton>(*dialog, "sqliteButton")->isChecked()); // the default, as before
        typeServer(*dialog,
                   core::DatabaseAddress::postgres(QStringLiteral("db.centre.local"), 6432, QStringLiteral("centre"),
                                                   QStringLiteral("dispatch")),
                   {});
        chooseSslMode(*dialog, QStringLiteral("verify-full"));
        setText(*dialog, "rootCertificateEdit", root.fileName());
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    }
    const auto stored = core::ConnectionSettings::load(f.settings);
    CHECK(stored.kind == core::ConnectionSettings::Kind::Postgres);
    CHECK(stored.host == QStringLiteral("db.centre.local"));
    CHECK(stored.port == 6432);
    CHECK(stored.databaseName == QStringLiteral("centre"));
    CHECK(stored.user == QStringLiteral("dispatch"));
    CHECK(stored.sslMode == QStringLiteral("verify-full"));
    CHECK(stored.rootCertificate == root.fileName());
    CHECK_FALSE(stored.rememberPassword);
    const auto address = stored.address(kDefaultFile);
    CHECK(address.isPostgres());
    CHECK(address.host() == QStringLiteral("db.centre.local"));
    CHECK(address.port() == 6432);
    CHECK(address.password().isEmpty());
    CHECK(address.options().contains(std::pair{QStringLiteral("sslmode"), QStringLiteral("verify-full")}));
    CHECK(address.options().contains(std::pair{QStringLiteral("sslrootcert"), root.fileName()}));
    {
        auto dialog = f.open();
        CHECK(child<QRadioButton>(*dialog, "postgresButton")->isChecked());
        CHECK(child<QLineEdit>(*dialog, "hostEdit")->text() == QStringLiteral("db.centre.local"));
        CHECK(child<QLineEdit>(*dialog, "portEdit")->text() == QStringLiteral("6432"));
        CHECK(child<QComboBox>(*dialog, "sslModeCombo")->currentData().toString() == QStringLiteral("verify-full"));
        CHECK(dialog->typedSettings().value() == stored);
        // Back to a file for a while: the server's settings stay for the next time.
        child<QRadioButton>(*dialog, "sqliteButton")->setChecked(true);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    }
    const auto file = core::ConnectionSettings::load(f.settings);
    CHECK(file.kind == core::ConnectionSettings::Kind::Sqlite);
    CHECK(file.address(kDefaultFile) == core::DatabaseAddress::sqlite(kDefaultFile));
    CHECK(file.host == QStringLiteral("db.centre.local"));
    CHECK(file.port == 6432);
}

TEST_CASE("with no keyring the password is kept nowhere, and the person is told so", "[ui][database][keyring]")
{
    // A session without a keyring: no D-Bus session bus to find one on.
    const QByteArray previous = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const bool hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    QTemporaryDir nowhere;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + nowhere.filePath(QStringLiteral("no-bus")).toLocal8Bit());
    Fixture f;
    {
        auto dialog = f.open();
        typeServer(*dialog,
                   core::DatabaseAddress::postgres(QStringLiteral("db.centre.local"), 5432, QStringLiteral("zabota"),
                                                   QStringLiteral("zabota")),
                   kSecret);
        auto* remember = child<QCheckBox>(*dialog, "rememberBox");
        remember->setChecked(true);
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->messageText().startsWith(QStringLiteral("No system keyring is available on this computer")));
        CHECK(dialog->messageText().contains(QStringLiteral("press OK again to save the settings without it")));
        CHECK_FALSE(remember->isChecked());
        CHECK_FALSE(core::ConnectionSettings::stored(f.settings));
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    }
    CHECK(core::ConnectionSettings::load(f.settings).host == QStringLiteral("db.centre.local"));
    CHECK_FALSE(core::ConnectionSettings::load(f.settings).rememberPassword);
    CHECK_FALSE(f.fileText().isEmpty());
    CHECK_FALSE(f.fileText().contains(kSecret));
    CHECK_FALSE(f.fileText().contains(QStringLiteral("Tr1cky")));
    const auto kept = f.keyring.read(core::ConnectionSettings::load(f.settings).keyringKey());
    REQUIRE_FALSE(kept);
    CHECK(kept.error().kind == core::Error::Kind::CantOpen);
    if (hadBus)
        qputenv("DBUS_SESSION_BUS_ADDRESS", previous);
    else
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

TEST_CASE("a remembered password goes to the system keyring and comes back from it, never to the settings",
          "[ui][database][keyring]")
{
    tests::SecretService secrets; // before anything talks to a keyring
    if (!secrets.error().isEmpty())
        FAIL(secrets.error().toStdString());
    Fixture f;
    const auto server = core::DatabaseAddress::postgres(QStringLiteral("db.centre.local"), 5432,
                                                        QStringLiteral("zabota"), QStringLiteral("dispatch"));
    {
        auto dialog = f.open();
        typeServer(*dialog, server, kSecret);
        child<QCheckBox>(*dialog, "rememberBox")->setChecked(true);
        dialog->accept();
        INFO(dialog->messageText().toStdString());
        CHECK(dialog->result() == QDialog::Accepted);
    }
    const auto stored = core::ConnectionSettings::load(f.settings);
    CHECK(stored.rememberPassword);
    CHECK(f.fileText().contains(QStringLiteral("rememberPassword=true")));
    CHECK_FALSE(f.fileText().contains(kSecret));
    CHECK_FALSE(f.fileText().contains(QStringLiteral("Tr1cky")));
    CHECK(f.keyring.read(stored.keyringKey()).value() == kSecret);
    CHECK(stored.keyringKey() == QStringLiteral("postgresql://dispatch@db.centre.local:5432/zabota"));
    {
        // The dialog opened again shows the kept password; unticking the box forgets it.
        auto dialog = f.open();
        CHECK(dialog->password() == kSecret);
        CHECK(child<QCheckBox>(*dialog, "rememberBox")->isChecked());
        child<QCheckBox>(*dialog, "rememberBox")->setChecked(false);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    }
    CHECK_FALSE(core::ConnectionSettings::load(f.settings).rememberPassword);
    const auto forgotten = f.keyring.read(stored.keyringKey());
    REQUIRE_FALSE(forgotten);
    CHECK(forgotten.error().kind == core::Error::Kind::NotFound);
}

TEST_CASE("Test connection says what came of trying the test server, without changing its database",
          "[ui][database][postgres]")
{
    auto& server = tests::PostgresServer::get();
    auto migrated = server.createDatabase(true);
    REQUIRE(migrated);
    auto empty = server.createDatabase(false);
    REQUIRE(empty);
    Fixture f;
    auto dialog = f.open();

    SECTION("the right password reaches a Zabota database")
    {
        typeServer(*dialog, *migrated, migrated->password());
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::Reached);
        CHECK(result.message.startsWith(QStringLiteral("Connected to PostgreSQL 1")));
        CHECK(result.message.contains(QStringLiteral("is a Zabota database with 0 journal entries")));
        CHECK(result.message.contains(QStringLiteral("The connection is not encrypted.")));
        CHECK(dialog->testResultText() == result.message);
    }
    SECTION("a wrong password is named as such, and shown nowhere")
    {
        const QString wrong = QStringLiteral("not-the-password");
        typeServer(*dialog, *migrated, wrong);
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::WrongPassword);
        CHECK(result.message.contains(QStringLiteral("did not accept the user «zabota» with this password")));
        CHECK_FALSE(result.message.contains(wrong));
        CHECK_FALSE(result.message.contains(migrated->password()));
    }
    SECTION("a server without TLS is refused where TLS is required, in a sentence that says so")
    {
        typeServer(*dialog, *migrated, migrated->password());
        chooseSslMode(*dialog, QStringLiteral("require"));
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::TlsRefused);
        CHECK(result.message.contains(QStringLiteral("does not offer an encrypted connection (TLS)")));
        CHECK(result.field == QStringLiteral("sslmode"));
    }
    SECTION("a port nobody listens on is a server out of reach")
    {
        // Port 1 (tcpmux) is served by nothing on a test machine: the connection is refused at once.
        typeServer(*dialog, *migrated, migrated->password());
        setText(*dialog, "portEdit", QStringLiteral("1"));
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::Unreachable);
        CHECK(result.message.contains(QStringLiteral("cannot reach the database server 127.0.0.1")));
    }
    SECTION("a missing database is named")
    {
        typeServer(*dialog, migrated->withDatabaseName(QStringLiteral("no_such_centre")), migrated->password());
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::NoSuchDatabase);
        CHECK(result.message.contains(QStringLiteral("«no_such_centre»")));
    }
    SECTION("an empty database is reached and left empty")
    {
        typeServer(*dialog, *empty, empty->password());
        const auto result = tested(*dialog);
        CHECK(result.outcome == Outcome::NewDatabase);
        CHECK(result.message.contains(QStringLiteral("is empty: the console sets up its tables there")));
        // Trying the connection set nothing up.
        {
            QSqlDatabase look = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("look"));
            look.setHostName(empty->host());
            look.setPort(empty->port());
            look.setDatabaseName(empty->databaseName());
            look.setUserName(empty->user());
            look.setPassword(empty->password());
            REQUIRE(look.open());
            QSqlQuery tables(look);
            REQUIRE(tables.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")));
            REQUIRE(tables.next());
            CHECK(tables.value(0).toInt() == 0);
            look.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
    }
    dialog.reset();
    server.dropDatabase(*migrated);
    server.dropDatabase(*empty);
}
