// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeFeed.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace zabota::core {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "zabota.changes")

} // namespace

// Lives on the feed's thread, with its connection and its timers; tells the feed through queued calls.
class ChangeFeed::Worker final : public QObject {
public:
    Worker(DatabaseAddress address, ChangeFeed* feed)
        : m_address(std::move(address))
        , m_feed(feed)
    {}

    void start()
    {
        m_beat = new QTimer(this);
        connect(m_beat, &QTimer::timeout, this, &Worker::beat);
        m_gather = new QTimer(this);
        m_gather->setSingleShot(true);
        m_gather->setInterval(kGatherMs);
        connect(m_gather, &QTimer::timeout, this, &Worker::flush);
        (void)connectNow();
        m_beat->start(m_address.isPostgres() ? kHeartbeatMs : kSqliteCheckMs);
    }

    void stop()
    {
        m_beat->stop();
        m_gather->stop();
        m_db.reset();
    }

private:
    bool connectNow()
    {
        auto db = Database::open(m_address);
        if (!db) {
            lose(db.error());
            return false;
        }
        m_db = std::move(*db);
        if (m_address.isPostgres()) {
            QSqlDriver* driver = m_db->connection().driver();
            connect(driver, &QSqlDriver::notification, this, &Worker::heard, Qt::UniqueConnection);
            if (!driver->subscribeToNotification(QLatin1String(kChannel))) {
                Error error = m_db->toError(driver->lastError());
                m_db.reset();
                lose(error);
                return false;
            }
        } else {
            m_dataVersion = dataVersion();
        }
        QMetaObject::invokeMethod(m_feed, [feed = m_feed] { Q_EMIT feed->listening(); });
        return true;
    }

    // The server is asked whether it is there (or the file whether another connection wrote to it); a server that
    // is away is looked for again.
    void beat()
    {
        if (!m_db) {
            if (connectNow()) {
                qCInfo(lcFeed) << "the database is back:" << m_address.shown();
                m_lost = false;
                QMetaObject::invokeMethod(m_feed, [feed = m_feed] {
                    feed->m_connected = true;
                    feed->m_lostMessage.clear();
                    Q_EMIT feed->connectionRestored();
                    Q_EMIT feed->changed({});
                });
            }
            return;
        }
        if (m_address.isPostgres()) {
            QSqlQuery query(m_db->connection());
            if (!query.exec(QStringLiteral("SELECT 1"))) {
                const Error error = m_db->toError(query.lastError());
                m_db.reset();
                lose(error);
            }
            return;
        }
        if (const qint64 version = dataVersion(); version != m_dataVersion) {
            m_dataVersion = version;
            QMetaObject::invokeMethod(m_feed, [feed = m_feed] { Q_EMIT feed->changed({}); });
        }
    }

    void heard(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
    {
        if (name != QLatin1String(kChannel))
            return;
        m_pending.insert(payload.toString());
        if (!m_gather->isActive())
            m_gather->start();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        QMetaObject::invokeMethod(
            m_feed, [feed = m_feed, tables = std::exchange(m_pending, {})] { Q_EMIT feed->changed(tables); });
    }

    void lose(const Error& error)
    {
        if (m_lost)
            return;
        m_lost = true;
        qCWarning(lcFeed) << "the database is away:" << error.message << error.detail;
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, message = error.message] {
            feed->m_connected = false;
            feed->m_lostMessage = message;
            Q_EMIT feed->connectionLost(message);
        });
    }

    [[nodiscard]] qint64 dataVersion() const
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return m_dataVersion;
        return query.value(0).toLongLong();
    }

    DatabaseAddress m_address;
    ChangeFeed* m_feed;
    std::unique_ptr<Database> m_db;
    QTimer* m_beat = nullptr;
    QTimer* m_gather = nullptr;
    QSet<QString> m_pending;
    qint64 m_dataVersion = -1;
    bool m_lost = false;
};

ChangeFeed::ChangeFeed(DatabaseAddress address, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(address), this))
{
    m_thread.setObjectName(QStringLiteral("change-feed"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->start(); }, Qt::QueuedConnection);
}

ChangeFeed::~ChangeFeed()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace zabota::core
