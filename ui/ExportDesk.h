// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace zabota::core {
class JournalExportJob;
class JournalService;
} // namespace zabota::core

namespace zabota::ui {

// The journal's export in the main window: Journal → Export… (Ctrl+E) opens the export dialog with the journal view's
// filters. Offered to supervisors and administrators; for everyone else the action stays off and says why.
class ExportDesk final : public QObject {
    Q_OBJECT

public:
    using CurrentFilter = std::function<core::JournalFilter()>;

    // `window` parents the dialog; `currentFilter` gives the journal view's filters.
    ExportDesk(QWidget* window, core::JournalService& journal, CurrentFilter currentFilter);

    [[nodiscard]] QAction* exportAction() const { return m_exportAction; }
    // Enables the export once the job is given (and the user may export); null switches it off.
    void setJob(core::JournalExportJob* job);
    // Opens the export dialog, if the user may export.
    void showExport();

Q_SIGNALS:
    // A line for the window's status bar.
    void statusMessage(const QString& text);

private:
    QWidget* m_window;
    core::JournalService& m_journal;
    CurrentFilter m_currentFilter;
    core::JournalExportJob* m_job = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace zabota::ui
