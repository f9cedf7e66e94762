// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"
#include "core/export/JournalExportRequest.h"
#include "core/storage/DatabaseAddress.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace zabota::core {

// Runs journal exports off the GUI thread, one at a time: each on a thread of its own with a database connection of
// its own (a connection serves one thread), reporting progress and able to stop. A stopped or failed export leaves no
// file (JournalExporter).
class JournalExportJob final : public QObject {
    Q_OBJECT

public:
    // `address` is the database the console has open (Database::address()); `user` the person exporting.
    JournalExportJob(DatabaseAddress address, User user, QObject* parent = nullptr);
    // Stops an export still running and waits for it.
    ~JournalExportJob() override;
    JournalExportJob(const JournalExportJob&) = delete;
    JournalExportJob& operator=(const JournalExportJob&) = delete;

    [[nodiscard]] const User& user() const { return m_user; }
    [[nodiscard]] bool mayExport() const;
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // Starts an export; false while another one runs.
    bool start(const JournalExportRequest& request);
    // Asks the running export to stop; finished() follows with `cancelled` set.
    void cancel();
    // The outcome of the last export, once finished() has been emitted.
    [[nodiscard]] const std::optional<Result<ExportSummary>>& outcome() const { return m_outcome; }

Q_SIGNALS:
    // `done` rows of `total` (a PDF counts its rows twice); delivered on the job's thread, a few times a second.
    void progress(qint64 done, qint64 total);
    // The export has ended: outcome() holds how.
    void finished();

private:
    void onThreadFinished();

    DatabaseAddress m_address;
    User m_user;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    std::optional<Result<ExportSummary>> m_result; // written by the thread, read once it has finished
    std::optional<Result<ExportSummary>> m_outcome;
};

} // namespace zabota::core
