// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseDocuments.h"
#include "core/family/Family.h"
#include "core/supportcase/SupportPlan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace zabota::core {
class CaseService;
class HandoffService;
} // namespace zabota::core

namespace zabota::ui {

// A support case as its curator runs it. Case: the basis, the level and the contract (Ctrl+S saves, the contract
// prints). Plan: the items of the individual support plan (Insert adds, Enter edits, Ctrl+D marks done; late items
// in red; the plan prints). Protocols: the meetings and their decisions (Insert adds one, each prints). History: how
// the family came to the curator. "End support" closes the case with an outcome, asking first when plan items are
// still open. A closed case, or someone else's for a curator, is shown read-only.
class CaseWindow final : public QDialog {
    Q_OBJECT

public:
    CaseWindow(core::CaseService& cases, core::CaseId id, QList<core::CuratorChoice> specialists,
               QWidget* parent = nullptr);

    // The partner organisations offered for plan items.
    void setPartnerNames(const QStringList& names) { m_partners = names; }
    void setCentre(const core::CentreDetails& centre) { m_centre = centre; }
    // Lists the moves of the handoff that opened the case on the History tab.
    void showHandoffs(const core::HandoffService& handoffs);

    [[nodiscard]] const core::CaseSummary& summary() const { return m_case; }
    [[nodiscard]] const QList<core::PlanItem>& planItems() const { return m_plan; }
    [[nodiscard]] const QList<core::Protocol>& protocolList() const { return m_protocols; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget* planTable() const { return m_planTable; }
    [[nodiscard]] QTableWidget* protocolTable() const { return m_protocolTable; }
    [[nodiscard]] QString headerText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString historyText() const;
    [[nodiscard]] QWidget* field(const QString& name) const;

public Q_SLOTS:
    void reload();
    void saveDetails();
    void addPlanItem();
    void editPlanItem();
    void markDone();
    void addProtocol();
    void endSupport();
    // Print to `path`, or to a file chosen in a dialog (then opened) when it is empty. False if nothing was written.
    bool printContract(const QString& path = {});
    bool printPlan(const QString& path = {});
    bool printProtocol(const QString& path = {});

Q_SIGNALS:
    void caseChanged(zabota::core::CaseId id);

private:
    QWidget* makeCaseTab();
    QWidget* makePlanTab();
    QWidget* makeProtocolTab();
    void fillPlan();
    void fillProtocols();
    void updateEnabled();
    void showMessage(const QString& text, bool refusal = true);
    // Reports a refusal of the service; true when `status` is fine.
    bool check(const core::Status& status);
    void changed();
    // The file to print to: `path`, or one chosen by the user starting from `suggested` (empty if cancelled).
    [[nodiscard]] QString printPath(const QString& path, const QString& suggested);
    bool printed(const QString& path, bool chosen, const core::Status& written);
    [[nodiscard]] QHash<core::UserId, QString> specialistNames() const;

    core::CaseService& m_cases;
    const core::CaseId m_id;
    const core::HandoffService* m_handoffs = nullptr;
    QList<core::CuratorChoice> m_specialists;
    QStringList m_partners;
    core::CentreDetails m_centre;
    core::CaseSummary m_case;
    QList<core::PlanItem> m_plan;
    QList<core::Protocol> m_protocols;

    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_basis = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_contractNo = nullptr;
    QDateEdit* m_contractDate = nullptr;
    QDateEdit* m_contractUntil = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_printContract = nullptr;
    QTableWidget* m_planTable = nullptr;
    QPushButton* m_addItem = nullptr;
    QPushButton* m_editItem = nullptr;
    QPushButton* m_doneItem = nullptr;
    QTableWidget* m_protocolTable = nullptr;
    QPushButton* m_addProtocol = nullptr;
    QPlainTextEdit* m_history = nullptr;
    QPushButton* m_endSupport = nullptr;
};

} // namespace zabota::ui
