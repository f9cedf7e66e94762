// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ConnectionSettings.h"
#include "core/storage/ConnectionTester.h"
#include "ui/CheckedDialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QWidget;

namespace zabota::core {
class PasswordKeyring;
}

namespace zabota::ui {

// Service → Database connection…: where this workstation's console finds its database. An SQLite file on this computer
// (a single desk, the default) or a PostgreSQL server that several workstations share: server, port, database, user,
// password, how the connection is encrypted (sslmode, with the root certificate that verify-ca and verify-full check
// the server against). «Test connection» tries the settings typed, off the GUI thread, and says what came of it.
// «Remember password» keeps the password in the system keyring, never in the settings; with no keyring the box is
// switched off and the console asks for the password at its start. OK checks the settings and writes them; they take
// effect at the console's next start (--database on the command line still takes precedence).
class DatabaseConnectionDialog final : public CheckedDialog {
    Q_OBJECT

public:
    // `settings` is where the workstation's settings live; `current` the database the console works on now (shown at
    // the top); `defaultFile` the SQLite file used when none is named.
    DatabaseConnectionDialog(QSettings& settings, core::PasswordKeyring& keyring, const QString& current,
                             const QString& defaultFile, QWidget* parent = nullptr);
    ~DatabaseConnectionDialog() override;

    [[nodiscard]] QWidget* field(const QString& name) const override;
    // The settings as typed, checked; a refusal names the field at fault.
    [[nodiscard]] core::Result<core::ConnectionSettings> typedSettings() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] QPushButton* testButton() const { return m_test; }
    [[nodiscard]] QString testResultText() const;
    [[nodiscard]] std::optional<core::ConnectionTestResult> lastTestResult() const { return m_lastResult; }
    [[nodiscard]] bool testRunning() const { return m_tester.isRunning(); }

    // Tries the settings typed (after checking them); the answer comes in the result line.
    void testConnection();
    void accept() override;

private:
    void showSettings(const core::ConnectionSettings& settings);
    void updateEnabled();
    void onTested(const core::ConnectionTestResult& result);
    void browseFile();
    void browseCertificate();

    QSettings& m_settings;
    core::PasswordKeyring& m_keyring;
    QString m_defaultFile;
    core::ConnectionSettings m_stored;
    core::ConnectionTester m_tester;
    std::optional<core::ConnectionTestResult> m_lastResult;

    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QWidget* m_sqliteBox = nullptr;
    QWidget* m_postgresBox = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_rootCertificate = nullptr;
    QPushButton* m_browseCertificate = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace zabota::ui
