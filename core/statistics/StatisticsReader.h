// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/statistics/StatisticsReport.h"
#include "core/storage/DatabaseAddress.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace zabota::core {

// Computes statistics reports on a thread of its own, with a database connection of its own, so that a year over a
// large journal never stops the window. Requests are numbered: one made while an older one waits makes the older be
// skipped, and the caller ignores answers to any but its latest ticket.
class StatisticsReader final : public QObject {
    Q_OBJECT

public:
    struct Answer {
        quint64 ticket = 0;
        StatisticsPeriod period;
        Result<StatisticsReport> report = StatisticsReport{};
        qint64 elapsedMs = 0; // how long the computation took
    };

    // `address` is the database the console has open (Database::address()); the reader opens it again for reading.
    explicit StatisticsReader(DatabaseAddress address, QObject* parent = nullptr);
    ~StatisticsReader() override;
    StatisticsReader(const StatisticsReader&) = delete;
    StatisticsReader& operator=(const StatisticsReader&) = delete;

    // Asks for the report of `period` beside its previous period; returns the request's ticket.
    quint64 request(const StatisticsPeriod& period);

Q_SIGNALS:
    // Delivered on the thread the reader was made on.
    void answered(const zabota::core::StatisticsReader::Answer& answer);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker;
    std::atomic<quint64> m_latest = 0;
};

} // namespace zabota::core
