// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supportcase/CaseList.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace zabota::ui {

// Who holds what and what is late. Cases: the open support cases (closed ones too on request) with their curator,
// level, contract and how many plan items are open and late; a supervisor sees everyone's, with the count per curator,
// a curator their own. Late: plan items past their due date and handoffs past their deadline, the longest late first.
// Enter opens the case (or, for a handoff, the handoffs window).
class CasesWindow final : public QWidget {
    Q_OBJECT

public:
    enum class Page { Cases, Late };

    CasesWindow(const core::CaseList& cases, core::User user, QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] QTableWidget* caseTable() const { return m_caseTable; }
    [[nodiscard]] QTableWidget* lateTable() const { return m_lateTable; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] const QList<core::CaseSummary>& cases() const { return m_cases; }
    [[nodiscard]] const QList<core::OverdueRow>& late() const { return m_late; }

public Q_SLOTS:
    void reload();
    void openCurrent();

Q_SIGNALS:
    void openCase(zabota::core::CaseId id);
    void openHandoffs();

private:
    [[nodiscard]] std::optional<core::UserId> scope() const;

    const core::CaseList& m_list;
    const core::User m_user;
    QList<core::CaseSummary> m_cases;
    QList<core::OverdueRow> m_late;
    QComboBox* m_scope = nullptr;
    QCheckBox* m_closedToo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_caseTable = nullptr;
    QTableWidget* m_lateTable = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace zabota::ui
