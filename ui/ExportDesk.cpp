// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportDesk.h"

#include "core/export/JournalExportJob.h"
#include "core/export/JournalExporter.h"
#include "core/journal/JournalService.h"
#include "ui/ExportDialog.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QDir>

namespace zabota::ui {

ExportDesk::ExportDesk(QWidget* window, core::JournalService& journal, CurrentFilter currentFilter)
    : QObject(window)
    , m_window(window)
    , m_journal(journal)
    , m_currentFilter(std::move(currentFilter))
{
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &ExportDesk::showExport);
    setJob(nullptr);
}

void ExportDesk::setJob(core::JournalExportJob* job)
{
    m_job = job;
    const bool allowed = core::JournalExporter::mayExport(m_journal.currentUser());
    m_exportAction->setEnabled(m_job && allowed);
    const QString tip = allowed ? tr("Export the journal as it is filtered to CSV, Excel or PDF, for reports")
                                : core::JournalExporter::notAllowedMessage();
    m_exportAction->setStatusTip(tip);
    m_exportAction->setToolTip(tip);
}

void ExportDesk::showExport()
{
    if (!m_job || !m_job->mayExport())
        return;
    ExportDialog dialog(m_journal, *m_job, SettingsDialog::storedCentre(), m_window);
    dialog.setFilter(m_currentFilter());
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    const core::ExportSummary& done = *dialog.summary();
    Q_EMIT statusMessage(
        tr("Exported %n entries to %1", nullptr, int(done.rows)).arg(QDir::toNativeSeparators(done.path)));
}

} // namespace zabota::ui
