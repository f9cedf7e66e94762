// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statistics/StatisticsReader.h"

#include "core/statistics/StatisticsReportBuilder.h"
#include "core/statistics/StatisticsRepository.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

#include <memory>

namespace zabota::core {

// Lives on the reader's thread; its connection is opened there, at the first request, and closed there.
class StatisticsReader::Worker final : public QObject {
public:
    Worker(DatabaseAddress address, const std::atomic<quint64>& latest)
        : m_address(std::move(address))
        , m_latest(latest)
    {}

    void run(StatisticsReader* reader, quint64 ticket, const StatisticsPeriod& period)
    {
        if (ticket < m_latest.load())
            return; // a newer request is queued behind this one
        QElapsedTimer timer;
        timer.start();
        Answer answer;
        answer.ticket = ticket;
        answer.period = period;
        if (!m_repository) {
            auto db = Database::open(m_address);
            if (!db) {
                answer.report = std::unexpected(db.error());
                Q_EMIT reader->answered(answer);
                return;
            }
            m_db = std::move(*db);
            m_repository = std::make_unique<StatisticsRepository>(*m_db);
        }
        answer.report = StatisticsReportBuilder::compute(*m_repository, period);
        answer.elapsedMs = timer.elapsed();
        Q_EMIT reader->answered(answer);
    }

    void close()
    {
        m_repository.reset();
        m_db.reset();
    }

private:
    DatabaseAddress m_address;
    const std::atomic<quint64>& m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StatisticsRepository> m_repository;
};

StatisticsReader::StatisticsReader(DatabaseAddress address, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(address), m_latest))
{
    qRegisterMetaType<Answer>();
    m_thread.setObjectName(QStringLiteral("statistics-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StatisticsReader::~StatisticsReader()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 StatisticsReader::request(const StatisticsPeriod& period)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, ticket, period] { m_worker->run(this, ticket, period); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace zabota::core
