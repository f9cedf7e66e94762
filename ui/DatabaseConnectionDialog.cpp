// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DatabaseConnectionDialog.h"

#include "core/storage/PasswordKeyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace zabota::ui {

namespace {

QString portText(int port)
{
    return port == core::ConnectionSettings::kDefaultPort ? QString() : QString::number(port);
}

} // namespace

DatabaseConnectionDialog::DatabaseConnectionDialog(QSettings& settings, core::PasswordKeyring& keyring,
                                                   const QString& current, const QString& defaultFile, QWidget* parent)
    : CheckedDialog(parent)
    , m_settings(settings)
    , m_keyring(keyring)
    , m_defaultFile(defaultFile)
    , m_stored(core::ConnectionSettings::load(settings))
{
    setWindowTitle(tr("Database connection"));

    auto* currentLabel = new QLabel(tr("This console works on: %1").arg(current.toHtmlEscaped()), this);
    currentLabel->setWordWrap(true);
    currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sqlite = new QRadioButton(tr("A database &file on this computer (a single desk)"), this);
    m_sqlite->setObjectName(QStringLiteral("sqliteButton"));
    m_postgres = new QRadioButton(tr("A PostgreSQL &server shared by several workstations"), this);
    m_postgres->setObjectName(QStringLiteral("postgresButton"));

    m_sqliteBox = new QWidget(this);
    m_file = new QLineEdit(m_sqliteBox);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(QDir::toNativeSeparators(defaultFile));
    m_file->setClearButtonEnabled(true);
    auto* browseFile = new QPushButton(tr("&Browse…"), m_sqliteBox);
    browseFile->setAutoDefault(false);
    connect(browseFile, &QPushButton::clicked, this, &DatabaseConnectionDialog::browseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseFile);
    auto* sqliteForm = new QFormLayout(m_sqliteBox);
    sqliteForm->setContentsMargins(24, 0, 0, 0);
    // A row of a field and its button: the label is the field's buddy, so that its Alt key reaches the field.
    auto* fileLabel = new QLabel(tr("Fi&le:"), m_sqliteBox);
    fileLabel->setBuddy(m_file);
    sqliteForm->addRow(fileLabel, fileRow);

    m_postgresBox = new QWidget(this);
    m_host = new QLineEdit(m_postgresBox);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.centre.local or 192.168.1.10"));
    m_port = new QLineEdit(m_postgresBox);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setPlaceholderText(QString::number(core::ConnectionSettings::kDefaultPort));
    m_port->setMaxLength(5);
    m_database = new QLineEdit(m_postgresBox);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(m_postgresBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(m_postgresBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked for at the start if left empty"));
    m_remember =
        new QCheckBox(tr("&Remember the password (in the system keyring, never in the settings)"), m_postgresBox);
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_sslMode = new QComboBox(m_postgresBox);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("disable: never encrypt"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("prefer: encrypt if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: always encrypt, without checking the server's certificate"),
                       QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca: always encrypt, check the server's certificate"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full: always encrypt, check the certificate and the server's name"),
                       QStringLiteral("verify-full"));
    m_rootCertificate = new QLineEdit(m_postgresBox);
    m_rootCertificate->setObjectName(QStringLiteral("rootCertificateEdit"));
    m_rootCertificate->setPlaceholderText(tr("root.crt, from your administrator"));
    m_browseCertificate = new QPushButton(tr("B&rowse…"), m_postgresBox);
    m_browseCertificate->setAutoDefault(false);
    connect(m_browseCertificate, &QPushButton::clicked, this, &DatabaseConnectionDialog::browseCertificate);
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(m_browseCertificate);
    auto* postgresForm = new QFormLayout(m_postgresBox);
    postgresForm->setContentsMargins(24, 0, 0, 0);
    postgresForm->addRow(tr("Ser&ver:"), m_host);
    postgresForm->addRow(tr("&Port:"), m_port);
    postgresForm->addRow(tr("&Database:"), m_database);
    postgresForm->addRow(tr("&User:"), m_user);
    postgresForm->addRow(tr("Pass&word:"), m_password);
    postgresForm->addRow(QString(), m_remember);
    postgresForm->addRow(tr("&Encryption (TLS):"), m_sslMode);
    auto* certificateLabel = new QLabel(tr("Root &certificate:"), m_postgresBox);
    certificateLabel->setBuddy(m_rootCertificate);
    postgresForm->addRow(certificateLabel, certificateRow);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &DatabaseConnectionDialog::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(&m_tester, &core::ConnectionTester::finished, this, &DatabaseConnectionDialog::onTested);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    auto* note = new QLabel(tr("The console connects with these settings at its next start. A database given with "
                               "--database on the command line takes precedence over them."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseConnectionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(currentLabel);
    layout->addSpacing(6);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqliteBox);
    layout->addWidget(m_postgres);
    layout->addWidget(m_postgresBox);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseConnectionDialog::updateEnabled);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &DatabaseConnectionDialog::updateEnabled);
    showSettings(m_stored);
    resize(640, sizeHint().height());
}

DatabaseConnectionDialog::~DatabaseConnectionDialog() = default;

QWidget* DatabaseConnectionDialog::field(const QString& name) const
{
    if (name == u"file")
        return m_file;
    if (name == u"host")
        return m_host;
    if (name == u"port")
        return m_port;
    if (name == u"database")
        return m_database;
    if (name == u"user")
        return m_user;
    if (name == u"password")
        return m_password;
    if (name == u"sslmode")
        return m_sslMode;
    if (name == u"sslrootcert")
        return m_rootCertificate;
    return nullptr;
}

void DatabaseConnectionDialog::showSettings(const core::ConnectionSettings& s)
{
    (s.kind == core::ConnectionSettings::Kind::Postgres ? m_postgres : m_sqlite)->setChecked(true);
    m_file->setText(QDir::toNativeSeparators(s.file));
    m_host->setText(s.host);
    m_port->setText(portText(s.port));
    m_database->setText(s.databaseName);
    m_user->setText(s.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(s.sslMode)));
    m_rootCertificate->setText(QDir::toNativeSeparators(s.rootCertificate));
    m_remember->setChecked(s.rememberPassword);
    if (s.kind == core::ConnectionSettings::Kind::Postgres && s.rememberPassword) {
        auto kept = m_keyring.read(s.keyringKey());
        if (kept)
            m_password->setText(*kept);
        else
            m_result->setText(kept.error().message);
    }
    updateEnabled();
}

void DatabaseConnectionDialog::updateEnabled()
{
    const bool server = m_postgres->isChecked();
    m_sqliteBox->setEnabled(!server);
    m_postgresBox->setEnabled(server);
    const bool verifies = m_sslMode->currentData().toString().startsWith(QLatin1String("verify-"));
    m_rootCertificate->setEnabled(server && verifies);
    m_browseCertificate->setEnabled(server && verifies);
}

core::Result<core::ConnectionSettings> DatabaseConnectionDialog::typedSettings() const
{
    core::ConnectionSettings s;
    s.kind =
        m_postgres->isChecked() ? core::ConnectionSettings::Kind::Postgres : core::ConnectionSettings::Kind::Sqlite;
    s.file = QDir::fromNativeSeparators(m_file->text().trimmed());
    s.host = m_host->text().trimmed();
    s.databaseName = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    s.rootCertificate = QDir::fromNativeSeparators(m_rootCertificate->text().trimmed());
    s.rememberPassword = s.kind == core::ConnectionSettings::Kind::Postgres && m_remember->isChecked();
    // With the file chosen the server's fields are kept as typed, for when the console goes back to the server.
    auto port = core::ConnectionSettings::parsePort(m_port->text());
    if (!port && s.kind == core::ConnectionSettings::Kind::Postgres)
        return std::unexpected(port.error());
    s.port = port ? *port : m_stored.port;
    if (auto valid = s.validate(); !valid)
        return std::unexpected(valid.error());
    return s;
}

QString DatabaseConnectionDialog::password() const
{
    return m_password->text();
}

QString DatabaseConnectionDialog::testResultText() const
{
    return m_result->text();
}

void DatabaseConnectionDialog::testConnection()
{
    auto typed = typedSettings();
    if (!typed) {
        showRefusal(typed.error());
        return;
    }
    clearRefusal();
    core::DatabaseAddress address = typed->address(m_defaultFile);
    if (address.isPostgres() && !m_password->text().isEmpty())
        address = address.withPassword(m_password->text());
    m_lastResult.reset();
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(address.isPostgres() ? tr("Connecting to %1…").arg(address.shown())
                                           : tr("Looking at %1…").arg(QDir::toNativeSeparators(address.path())));
    m_tester.start(address);
}

void DatabaseConnectionDialog::onTested(const core::ConnectionTestResult& result)
{
    m_lastResult = result;
    m_test->setEnabled(true);
    m_result->setStyleSheet(result.reached() ? QStringLiteral("color: #1e6b2f;") : QStringLiteral("color: #b00020;"));
    m_result->setText(result.message);
}

void DatabaseConnectionDialog::accept()
{
    auto typed = typedSettings();
    if (!typed) {
        showRefusal(typed.error());
        return;
    }
    core::ConnectionSettings settings = *typed;
    const bool server = settings.kind == core::ConnectionSettings::Kind::Postgres;
    if (settings.rememberPassword && m_password->text().isEmpty()) {
        showRefusal({core::Error::Kind::Validation,
                     tr("Type the password to remember, or leave «Remember the password» unticked: the console then "
                        "asks for it at its start."),
                     {},
                     QStringLiteral("password")});
        return;
    }
    if (settings.rememberPassword) {
        if (auto kept = m_keyring.write(settings.keyringKey(), m_password->text()); !kept) {
            m_remember->setChecked(false);
            showRefusal({kept.error().kind,
                         kept.error().message + QLatin1Char(' ') +
                             tr("«Remember the password» was switched off: press OK again to save the settings "
                                "without it."),
                         kept.error().detail, QStringLiteral("password")});
            return;
        }
    }
    // A password kept for settings that no longer keep it is forgotten.
    const bool keptBefore = m_stored.kind == core::ConnectionSettings::Kind::Postgres && m_stored.rememberPassword;
    if (keptBefore && (!settings.rememberPassword || m_stored.keyringKey() != settings.keyringKey())) {
        if (auto forgotten = m_keyring.remove(m_stored.keyringKey()); !forgotten)
            qWarning("the password kept for %s was not forgotten: %s", qUtf8Printable(m_stored.keyringKey()),
                     qUtf8Printable(forgotten.error().detail));
    }
    if (!server)
        settings.rememberPassword = false;
    settings.save(m_settings);
    m_settings.sync();
    m_stored = settings;
    acceptIf({});
}

void DatabaseConnectionDialog::browseFile()
{
    const QString start = m_file->text().isEmpty() ? m_defaultFile : m_file->text();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Database file"), start, tr("Zabota databases (*.sqlite);;All files (*)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void DatabaseConnectionDialog::browseCertificate()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Root certificate"), m_rootCertificate->text(),
                                                        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_rootCertificate->setText(QDir::toNativeSeparators(chosen));
}

} // namespace zabota::ui
