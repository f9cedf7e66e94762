// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalReader.h"

#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <memory>

namespace zabota::core {

// Lives on the reader's thread; its connection is opened there, at the first request, and closed there.
class JournalReader::Worker final : public QObject {
public:
    Worker(DatabaseAddress address, const std::atomic<quint64>& latest)
        : m_address(std::move(address))
        , m_latest(latest)
    {}

    void run(JournalReader* reader, quint64 ticket, const JournalFilter& filter, int limit)
    {
        if (ticket < m_latest.load())
            return; // a newer request is queued behind this one
        Answer answer;
        answer.ticket = ticket;
        answer.filter = filter;
        if (!m_journal) {
            auto db = Database::open(m_address);
            if (!db) {
                answer.count = std::unexpected(db.error());
                Q_EMIT reader->answered(answer);
                return;
            }
            m_db = std::move(*db);
            m_journal = std::make_unique<JournalRepository>(*m_db);
        }
        answer.count = m_journal->count(filter);
        if (answer.count && ticket == m_latest.load())
            answer.page = m_journal->page(filter, 0, limit);
        Q_EMIT reader->answered(answer);
    }

    void close()
    {
        m_journal.reset();
        m_db.reset();
    }

private:
    DatabaseAddress m_address;
    const std::atomic<quint64>& m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JournalRepository> m_journal;
};

JournalReader::JournalReader(DatabaseAddress address, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(address), m_latest))
{
    qRegisterMetaType<Answer>();
    m_thread.setObjectName(QStringLiteral("journal-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

JournalReader::~JournalReader()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 JournalReader::request(const JournalFilter& filter, int limit)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, ticket, filter, limit] { m_worker->run(this, ticket, filter, limit); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace zabota::core
