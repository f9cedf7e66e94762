// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"
#include "core/storage/DatabaseAddress.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace zabota::core {

// Answers the journal's filtered count and first page on a thread of its own, with a database connection of its
// own, so that a search over a large journal never stops the window. Requests are numbered: a request made while
// an older one waits makes the older one be skipped, and the caller ignores answers to any but its latest ticket.
class JournalReader final : public QObject {
    Q_OBJECT

public:
    struct Answer {
        quint64 ticket = 0;
        JournalFilter filter;
        Result<int> count = 0;
        Result<QList<JournalEntry>> page = QList<JournalEntry>{};
    };

    // `address` is the database the console has open (Database::address()); the reader opens it again for reading.
    explicit JournalReader(DatabaseAddress address, QObject* parent = nullptr);
    ~JournalReader() override;
    JournalReader(const JournalReader&) = delete;
    JournalReader& operator=(const JournalReader&) = delete;

    // Asks for the count of entries matching `filter` and its first `limit` rows; returns the request's ticket.
    quint64 request(const JournalFilter& filter, int limit);

Q_SIGNALS:
    // Delivered on the thread the reader was made on.
    void answered(const zabota::core::JournalReader::Answer& answer);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker;
    std::atomic<quint64> m_latest = 0;
};

} // namespace zabota::core
