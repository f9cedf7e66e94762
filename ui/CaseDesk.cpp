// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaseDesk.h"

#include "core/family/FamilyService.h"
#include "core/handoff/HandoffService.h"
#include "core/partner/PartnerService.h"
#include "ui/CaseWindow.h"
#include "ui/CasesWindow.h"
#include "ui/HandoffDialog.h"
#include "ui/HandoffInboxWindow.h"
#include "ui/SettingsDialog.h"

#include <QAction>

namespace zabota::ui {

namespace {

QAction* makeAction(const QString& text, const char* name, const QKeySequence& keys, const QString& tip,
                    QObject* parent)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(keys);
    action->setEnabled(false); // until the service is given
    action->setStatusTip(tip);
    return action;
}

void bringUp(QWidget* window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

CaseDesk::CaseDesk(QWidget* window, core::User user, CurrentEntry currentEntry)
    : QObject(window)
    , m_window(window)
    , m_user(std::move(user))
    , m_currentEntry(std::move(currentEntry))
{
    m_handOffAction = makeAction(tr("Hand to a &curator…"), "handOffAction", QKeySequence(Qt::CTRL | Qt::Key_H),
                                 tr("Hand the family of the selected entry to a case curator"), this);
    connect(m_handOffAction, &QAction::triggered, this, &CaseDesk::handOffCurrentEntry);
    m_handoffsAction = makeAction(tr("Hand&offs…"), "handoffsAction", QKeySequence(Qt::CTRL | Qt::Key_I),
                                  tr("Families offered to you, returned to you or late"), this);
    connect(m_handoffsAction, &QAction::triggered, this, &CaseDesk::showHandoffs);
    m_casesAction = makeAction(tr("&Cases…"), "casesAction", QKeySequence(Qt::CTRL | Qt::Key_K),
                               tr("The support cases and who holds them"), this);
    connect(m_casesAction, &QAction::triggered, this, [this] { showCases(false); });
    m_lateAction = makeAction(tr("&Late work…"), "lateAction", QKeySequence(Qt::CTRL | Qt::Key_L),
                              tr("Plan items past their due date and handoffs past their deadline"), this);
    connect(m_lateAction, &QAction::triggered, this, [this] { showCases(true); });
}

QList<core::CuratorChoice> CaseDesk::curators() const
{
    if (!m_families)
        return {};
    auto found = m_families->curators();
    return found ? *found : QList<core::CuratorChoice>();
}

void CaseDesk::setHandoffService(core::HandoffService* handoffs)
{
    if (m_handoffInbox && handoffs != m_handoffs)
        delete m_handoffInbox;
    m_handoffs = handoffs;
    m_knownInbox = inboxIds();
    m_handOffAction->setEnabled(m_handoffs != nullptr);
    m_handoffsAction->setEnabled(m_handoffs != nullptr);
}

void CaseDesk::setCaseServices(core::CaseService* cases, const core::CaseList* list)
{
    if (m_casesWindow && (cases != m_caseService || list != m_caseList))
        delete m_casesWindow;
    m_caseService = cases;
    m_caseList = list;
    m_casesAction->setEnabled(m_caseService && m_caseList);
    m_lateAction->setEnabled(m_caseService && m_caseList);
}

std::optional<QSet<core::HandoffId>> CaseDesk::inboxIds() const
{
    if (!m_handoffs || !m_user.hasRole(core::Role::Curator))
        return std::nullopt;
    auto inbox = m_handoffs->inbox();
    if (!inbox)
        return std::nullopt;
    QSet<core::HandoffId> ids;
    for (const core::Handoff& handoff : std::as_const(*inbox))
        ids.insert(handoff.id);
    return ids;
}

void CaseDesk::reloadChanged(const QSet<QString>& tables)
{
    const auto touched = [&tables](const char* table) {
        return tables.isEmpty() || tables.contains(QLatin1String(table));
    };
    if (touched("handoff")) {
        if (m_handoffInbox)
            m_handoffInbox->reload();
        if (auto ids = inboxIds()) {
            const qsizetype arrived = m_knownInbox ? (*ids - *m_knownInbox).size() : 0;
            m_knownInbox = ids;
            if (arrived > 0)
                Q_EMIT statusMessage(tr("%n new handoff(s) in your inbox: Ctrl+I opens it.", nullptr, int(arrived)));
        }
    }
    if (m_casesWindow && (touched("support_case") || touched("plan_item") || touched("handoff")))
        m_casesWindow->reload();
}

HandoffInboxWindow* CaseDesk::showHandoffs()
{
    if (!m_handoffs)
        return nullptr;
    if (!m_handoffInbox) {
        m_handoffInbox = new HandoffInboxWindow(*m_handoffs, m_window);
        m_handoffInbox->setAttribute(Qt::WA_DeleteOnClose);
        m_handoffInbox->setCurators(curators());
        // The curator who accepts goes on in the case at once.
        connect(m_handoffInbox, &HandoffInboxWindow::caseOpened, this, [this](qint64 id) { openCase(id); });
    }
    bringUp(m_handoffInbox);
    return m_handoffInbox;
}

CasesWindow* CaseDesk::showCases(bool late)
{
    if (!m_caseService || !m_caseList)
        return nullptr;
    if (!m_casesWindow) {
        m_casesWindow = new CasesWindow(*m_caseList, m_user, m_window);
        m_casesWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_casesWindow, &CasesWindow::openCase, this, [this](qint64 id) { openCase(id); });
        connect(m_casesWindow, &CasesWindow::openHandoffs, this, &CaseDesk::showHandoffs);
    } else {
        m_casesWindow->reload();
    }
    bringUp(m_casesWindow);
    m_casesWindow->showPage(late ? CasesWindow::Page::Late : CasesWindow::Page::Cases);
    return m_casesWindow;
}

CaseWindow* CaseDesk::openCase(qint64 caseId)
{
    if (!m_caseService)
        return nullptr;
    auto* window = new CaseWindow(*m_caseService, caseId, curators(), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The plan's items name partner organisations of the directory, or any other typed in.
    if (m_partners) {
        if (auto partners = m_partners->list()) {
            QStringList names;
            for (const core::Partner& p : std::as_const(*partners))
                names << p.name;
            window->setPartnerNames(names);
        }
    }
    window->setCentre(SettingsDialog::storedCentre());
    if (m_handoffs)
        window->showHandoffs(*m_handoffs);
    connect(window, &CaseWindow::caseChanged, this, [this] {
        if (m_casesWindow)
            m_casesWindow->reload();
    });
    bringUp(window);
    return window;
}

void CaseDesk::handOffCurrentEntry()
{
    if (!m_handoffs)
        return;
    const auto entry = m_currentEntry();
    if (!entry) {
        Q_EMIT statusMessage(tr("Select the entry whose family is to be handed over."));
        return;
    }
    HandoffDialog dialog(*m_handoffs, curators(), entry->id, entry->familyId,
                         tr("Entry %1: %2").arg(entry->registrationNumber(), entry->draft.summary.left(200)), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.offered())
        Q_EMIT statusMessage(tr("Entry %1 handed over").arg(entry->registrationNumber()));
}

} // namespace zabota::ui
