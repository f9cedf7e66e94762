// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseDocuments.h"
#include "core/export/JournalExportRequest.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace zabota::core {
class JournalExportJob;
class JournalService;
} // namespace zabota::core

namespace zabota::ui {

// Exports the journal to a file: the period and filters (those of the journal view to begin with), the columns, the
// format, depersonalised or not, and the file, in the Documents folder by default. The export runs on the job's thread
// with a progress bar and can be stopped (Esc); a refusal (a period that ends before it starts, a folder that cannot
// be written, no entry matching) is said in a banner and the dialog keeps every choice. Closes when the file is
// written.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    // Named periods; Chosen takes the dates as they are typed.
    enum class Period { Chosen, AllTime, ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, LastYear };

    ExportDialog(core::JournalService& journal, core::JournalExportJob& job, core::CentreDetails centre,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Takes over the journal view's filters: the period, channel, category, status, dispatcher and search words.
    void setFilter(const core::JournalFilter& filter);
    void setPeriod(Period period);
    [[nodiscard]] core::JournalExportRequest request() const;
    // The banner's text; empty while hidden.
    [[nodiscard]] QString messageText() const;
    // What the export wrote, once it has.
    [[nodiscard]] const std::optional<core::ExportSummary>& summary() const { return m_summary; }
    [[nodiscard]] bool isExporting() const;

public Q_SLOTS:
    void startExport();
    // Stops a running export (the dialog stays, saying so); otherwise closes.
    void reject() override;

private:
    void applyPeriod();
    void onDateEdited();
    void fillColumns();
    void rememberColumns();
    void useDefaultColumns();
    void updatePath();
    void browse();
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void setRunning(bool running);
    void showMessage(const QString& text, bool error = true);
    void focusField(const QString& field);
    [[nodiscard]] core::ExportFormat format() const;

    core::JournalService& m_journal;
    core::JournalExportJob& m_job;
    core::CentreDetails m_centre;
    QLabel* m_banner = nullptr;
    QWidget* m_form = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_dispatcher = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_depersonalised = nullptr;
    QListWidget* m_columns = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    bool m_pathChosen = false;         // typed or browsed: only its extension follows the format then
    bool m_listDepersonalised = false; // the kind of columns the list shows
    QList<core::JournalColumn> m_personalColumns;
    QList<core::JournalColumn> m_depersonalisedColumns;
    std::optional<core::ExportSummary> m_summary;
};

} // namespace zabota::ui
