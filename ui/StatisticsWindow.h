// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/statistics/StatisticsPeriod.h"
#include "core/statistics/StatisticsReader.h"
#include "core/statistics/StatisticsReport.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace zabota::core {
class StatisticsService;
}

namespace zabota::ui {

// The supervisor's statistics: a period (month, quarter or year, or any days; the current quarter first) and, for it
// beside the previous period, a tab for each section of the report with its table (figure, this period, previous
// period, change) and its chart. Alt+Left and Alt+Right step to the previous and the next period. The report is
// computed on a thread of its own; the window stays usable and says it is computing. Ctrl+P exports it to PDF,
// Ctrl+E to XLSX.
class StatisticsWindow final : public QWidget {
    Q_OBJECT

public:
    explicit StatisticsWindow(core::StatisticsService& statistics, QWidget* parent = nullptr);
    ~StatisticsWindow() override;

    // The period chosen, and the report shown (of the latest period that was computed without error).
    [[nodiscard]] core::StatisticsPeriod period() const { return m_period; }
    [[nodiscard]] const std::optional<core::StatisticsReport>& report() const { return m_report; }
    [[nodiscard]] bool isBusy() const { return m_waiting != 0; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // The table and the chart of a section by its key ("channels", "cases", …); null when there is none.
    [[nodiscard]] QTableWidget* table(const QString& sectionKey) const;
    [[nodiscard]] QChartView* chartView(const QString& sectionKey) const;

    void setPeriod(const core::StatisticsPeriod& period);
    // Exports the report shown to `path`, or to a file the user chooses when `path` is empty; false when nothing was
    // written (the reason is shown).
    bool exportPdf(const QString& path = {});
    bool exportXlsx(const QString& path = {});

public Q_SLOTS:
    void previousPeriod();
    void nextPeriod();
    // Computes the report of the period chosen again, with what was registered since.
    void recompute();

Q_SIGNALS:
    // A report was computed and shown, or refused with a message.
    void reportShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseKind(int index);
    void datesEdited();
    void showPeriodControls();
    void answered(const core::StatisticsReader::Answer& answer);
    void display(const core::StatisticsReport& report);
    void showMessage(const QString& text, bool error = true);
    bool exportAs(bool pdf, const QString& path);

    core::StatisticsService& m_statistics;
    std::unique_ptr<core::StatisticsReader> m_reader;
    core::StatisticsPeriod m_period;
    std::optional<core::StatisticsReport> m_report;
    quint64 m_waiting = 0; // the ticket of the request whose answer is awaited; 0 when none is
    bool m_updatingControls = false;
    bool m_exporting = false; // a file is being made: the window waits for it before it closes

    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_comparison = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTimer* m_edited = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_xlsxAction = nullptr;
    QHash<QString, QTableWidget*> m_tables;
    QHash<QString, QChartView*> m_charts;
    QHash<QString, QLabel*> m_notes;
};

} // namespace zabota::ui
