// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace zabota::core {

// What trying a database's connection came to, in a sentence for the person who typed the settings.
struct ConnectionTestResult {
    enum class Outcome {
        Reached,        // a database of the console, ready
        NewDatabase,    // reached, with no schema yet: the console sets it up at its first start (or migrate fills it)
        WrongPassword,  // the server refused the user or the password
        Unreachable,    // no server answers at that address
        TlsRefused,     // the encrypted connection was refused, or the server's certificate does not check out
        NoSuchDatabase, // the server has no database of that name
        NotUsable,      // another program's database, a wrong encoding, too old a server, a file that is no database
        TooNew,         // written by a newer version of the console
        Failed,         // anything else
    };

    Outcome outcome = Outcome::Failed;
    QString message;
    QString field; // the setting at fault: host, password, sslmode, sslrootcert, database, file; empty if none

    [[nodiscard]] bool reached() const { return outcome == Outcome::Reached || outcome == Outcome::NewDatabase; }
};

// Tries the connection to a database the way the console will open it, without changing anything there
// (Database::probe), on a thread of its own so that a server that does not answer never freezes a window. The result
// comes with finished(); a test started while another runs makes the earlier one's result go unreported.
class ConnectionTester final : public QObject {
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    // Waits for the tests still running (each gives up after the connection's timeout).
    ~ConnectionTester() override;

    void start(const DatabaseAddress& address);
    [[nodiscard]] bool isRunning() const { return m_current != nullptr; }

    // The test itself, on the calling thread.
    [[nodiscard]] static ConnectionTestResult testNow(const DatabaseAddress& address);

signals:
    void finished(const zabota::core::ConnectionTestResult& result);

private:
    QList<QThread*> m_threads;
    QThread* m_current = nullptr;
};

} // namespace zabota::core
