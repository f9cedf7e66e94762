// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseAddress.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

namespace zabota::core {

// Tells the windows of this workstation what the other workstations have changed, and whether the database server
// can be reached, on a thread and a connection of its own so that a server that has gone never stops a window.
//
// On PostgreSQL it listens on the channel zabota_change, where every statement that changes a shown table says the
// table's name when its transaction commits (migration 0016); a server that stops answering its heartbeat is reported
// lost, tried again every few seconds, and reported back, and then everything counts as changed (what was said while
// it was away was not heard). On an SQLite file, which workstations may share too, it watches the file's data version:
// another connection's commit changes it, though not which table.
class ChangeFeed final : public QObject {
    Q_OBJECT

public:
    // How often the server is asked whether it is there, and how long changes are gathered into one message (a batch
    // of a thousand rows is one refresh, not a thousand).
    static constexpr int kHeartbeatMs = 2000;
    static constexpr int kSqliteCheckMs = 1000;
    static constexpr int kGatherMs = 50;
    // The channel the server's triggers notify.
    static constexpr const char* kChannel = "zabota_change";

    // `address` is the database the console has open (Database::address()); the feed opens it again and starts at
    // once.
    explicit ChangeFeed(DatabaseAddress address, QObject* parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // Whether the server answered the last heartbeat (always true for an SQLite file).
    [[nodiscard]] bool isConnected() const { return m_connected; }
    // Why it is not, in a sentence for the status bar.
    [[nodiscard]] QString lostMessage() const { return m_lostMessage; }

Q_SIGNALS:
    // Tables changed by another connection: journal_entry, handoff, support_case, plan_item, family, family_member.
    // Empty: anything may have changed (an SQLite file, or the server came back).
    void changed(const QSet<QString>& tables);
    // The feed has its connection and hears changes from now on: at the start, and again when the server is back.
    void listening();
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
    bool m_connected = true;
    QString m_lostMessage;
};

} // namespace zabota::core
