// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/family/Family.h"
#include "core/handoff/Handoff.h"
#include "core/journal/JournalEntry.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace zabota::core {
class CaseList;
class CaseService;
class FamilyService;
class HandoffService;
class PartnerService;
} // namespace zabota::core

namespace zabota::ui {

class CaseWindow;
class CasesWindow;
class HandoffInboxWindow;

// The curators' side of the main window: handing the selected entry's family to a curator (Ctrl+H), the handoffs
// (Ctrl+I), the support cases (Ctrl+K) and late work (Ctrl+L), and the case windows they open. The window puts the
// actions in its menus and gives the services once the user has logged in; an action stays off without its service.
class CaseDesk final : public QObject {
    Q_OBJECT

public:
    using CurrentEntry = std::function<std::optional<core::JournalEntry>()>;

    // `window` parents the dialogs and windows; `currentEntry` is the entry selected in the journal.
    CaseDesk(QWidget* window, core::User user, CurrentEntry currentEntry);

    [[nodiscard]] QAction* handOffAction() const { return m_handOffAction; }
    [[nodiscard]] QAction* handoffsAction() const { return m_handoffsAction; }
    [[nodiscard]] QAction* casesAction() const { return m_casesAction; }
    [[nodiscard]] QAction* lateAction() const { return m_lateAction; }

    // The curators offered for handoffs and as the specialists of plan items.
    void setFamilyService(core::FamilyService* families) { m_families = families; }
    // The partner organisations offered for plan items.
    void setPartnerService(core::PartnerService* partners) { m_partners = partners; }
    void setHandoffService(core::HandoffService* handoffs);
    void setCaseServices(core::CaseService* cases, const core::CaseList* list);
    [[nodiscard]] core::HandoffService* handoffService() const { return m_handoffs; }

    // Opens (or raises) the handoff inbox; null without a handoff service.
    HandoffInboxWindow* showHandoffs();
    // Opens (or raises) the list of cases on the page given; null without the case services.
    CasesWindow* showCases(bool late = false);
    // Opens the window of a support case; null without the case services.
    CaseWindow* openCase(qint64 caseId);
    // Hands the family of the selected entry to a curator.
    void handOffCurrentEntry();
    // Another workstation changed `tables` (empty: anything may have changed): the inbox and the list of cases read
    // again, and a curator hears of handoffs new in the inbox even when it is closed.
    void reloadChanged(const QSet<QString>& tables);

Q_SIGNALS:
    // A line for the window's status bar.
    void statusMessage(const QString& text);

private:
    [[nodiscard]] QList<core::CuratorChoice> curators() const;
    // The handoffs in the inbox of a curator; nullopt for another user or when they cannot be read.
    [[nodiscard]] std::optional<QSet<core::HandoffId>> inboxIds() const;

    QWidget* m_window;
    const core::User m_user;
    CurrentEntry m_currentEntry;
    core::FamilyService* m_families = nullptr;
    core::PartnerService* m_partners = nullptr;
    core::HandoffService* m_handoffs = nullptr;
    core::CaseService* m_caseService = nullptr;
    const core::CaseList* m_caseList = nullptr;
    QPointer<HandoffInboxWindow> m_handoffInbox;
    // The handoffs in the curator's inbox when it was last looked at, to tell which are new; nullopt before that.
    std::optional<QSet<core::HandoffId>> m_knownInbox;
    QPointer<CasesWindow> m_casesWindow;
    QAction* m_handOffAction = nullptr;
    QAction* m_handoffsAction = nullptr;
    QAction* m_casesAction = nullptr;
    QAction* m_lateAction = nullptr;
};

} // namespace zabota::ui
