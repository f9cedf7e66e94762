// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/JournalExportJob.h"

#include "core/export/JournalExporter.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>

namespace zabota::core {

namespace {

// Progress reaches the window at most this often.
constexpr qint64 kProgressIntervalMs = 100;

} // namespace

JournalExportJob::JournalExportJob(DatabaseAddress address, User user, QObject* parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_user(std::move(user))
{}

JournalExportJob::~JournalExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool JournalExportJob::mayExport() const
{
    return JournalExporter::mayExport(m_user);
}

bool JournalExportJob::start(const JournalExportRequest& request)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_result.reset();
    m_outcome.reset();
    m_thread = QThread::create([this, request] {
        auto db = Database::open(m_address);
        if (!db) {
            m_result = std::unexpected(db.error());
            return;
        }
        JournalExporter exporter(**db, m_user, QSysInfo::machineHostName());
        QElapsedTimer sinceReport;
        sinceReport.start();
        m_result = exporter.run(request, [this, &sinceReport](qint64 done, qint64 total) {
            if (done == total || sinceReport.elapsed() >= kProgressIntervalMs) {
                sinceReport.restart();
                Q_EMIT progress(done, total);
            }
            return !m_cancel.load();
        });
    });
    m_thread->setObjectName(QStringLiteral("journal-export"));
    connect(m_thread, &QThread::finished, this, &JournalExportJob::onThreadFinished);
    m_thread->start();
    return true;
}

void JournalExportJob::cancel()
{
    m_cancel = true;
}

void JournalExportJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete std::exchange(m_thread, nullptr);
    m_outcome = std::move(m_result);
    m_result.reset();
    if (!m_outcome)
        m_outcome = fail(Error::Kind::Storage, tr("The export stopped without a word. Try again."));
    Q_EMIT finished();
}

} // namespace zabota::core
