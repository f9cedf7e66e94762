// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HandoffInboxWindow.h"

#include "core/handoff/HandoffService.h"
#include "core/text/DateText.h"
#include "ui/MessageLabel.h"
#include "ui/ViewKeys.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace zabota::ui {

HandoffInboxWindow::HandoffInboxWindow(core::HandoffService& handoffs, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_handoffs(handoffs)
{
    setWindowTitle(tr("Handoffs"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Entry"), tr("From"), tr("To"), tr("Accept by"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = makeMessageLabel(this, MessageKind::Inline);

    m_accept = new QPushButton(tr("&Accept"), this);
    m_giveBack = new QPushButton(tr("&Return…"), this);
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_reassign = new QPushButton(tr("Offer a&gain…"), this);
    m_reassign->setToolTip(tr("Offer to another curator or to the queue, with a new deadline"));
    connect(m_reassign, &QPushButton::clicked, this, [this] { reassignCurrent(); });
    m_accept->setToolTip(tr("Enter"));
    m_giveBack->setToolTip(tr("Ctrl+Backspace"));
    connect(m_accept, &QPushButton::clicked, this, &HandoffInboxWindow::acceptCurrent);
    connect(m_giveBack, &QPushButton::clicked, this, [this] { giveBackCurrent(); });
    connect(m_withdraw, &QPushButton::clicked, this, &HandoffInboxWindow::withdrawCurrent);
    (new ViewKeys(m_table))->on({QKeySequence(Qt::Key_Return)}, [this] { acceptCurrent(); });
    auto* back = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace), this);
    connect(back, &QShortcut::activated, this, [this] { giveBackCurrent(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &HandoffInboxWindow::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_giveBack);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_reassign);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    // Offers made or moved anywhere in this console show at once.
    connect(&m_handoffs, &core::HandoffService::handoffChanged, this, &HandoffInboxWindow::reload);
    // Deadlines pass while the window is open: late rows are marked, and escalated, within a minute.
    auto* minute = new QTimer(this);
    minute->setInterval(60'000);
    connect(minute, &QTimer::timeout, this, &HandoffInboxWindow::reload);
    minute->start();
    reload();
    resize(900, 420);
}

QString HandoffInboxWindow::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HandoffInboxWindow::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void HandoffInboxWindow::showRefusal(const core::Error& error)
{
    showMessage(error.message);
    if (error.kind == core::Error::Kind::Conflict)
        reload();
}

core::HandoffId HandoffInboxWindow::handoffAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

std::optional<core::Handoff> HandoffInboxWindow::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void HandoffInboxWindow::reload()
{
    // Escalating below signals a change, which asks for a reload: the one under way reads everything anyway.
    if (m_reloading)
        return;
    const QScopedValueRollback guard(m_reloading, true);
    const core::HandoffId keep = current() ? current()->id : 0;
    // Escalate what is late first, so that the supervisor's list is current.
    if (auto escalated = m_handoffs.escalateOverdue(); !escalated)
        showMessage(escalated.error().message);
    m_rows.clear();
    const core::User& user = m_handoffs.currentUser();
    auto add = [this](const core::Result<QList<core::Handoff>>& found) {
        if (!found) {
            showMessage(found.error().message);
            return;
        }
        for (const core::Handoff& h : *found) {
            if (std::ranges::none_of(m_rows, [&h](const core::Handoff& r) { return r.id == h.id; }))
                m_rows << h;
        }
    };
    if (user.hasRole(core::Role::Curator))
        add(m_handoffs.inbox());
    add(m_handoffs.returnedToMe());
    if (user.hasRole(core::Role::Supervisor))
        add(m_handoffs.escalated());

    const QDateTime now = QDateTime::currentDateTime();
    m_table->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const core::Handoff& h = m_rows.at(row);
        const QStringList cells{core::label(h.state),
                                h.applicantName.isEmpty() ? h.entryNumber
                                                          : tr("%1, %2").arg(h.entryNumber, h.applicantName),
                                h.offeredByName,
                                h.curatorId ? h.curatorName : tr("the curators' queue"),
                                core::text::shownDateTime(h.deadline),
                                h.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (h.isOverdueAt(now))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
        }
        if (h.id == keep)
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    updateButtons();
}

void HandoffInboxWindow::updateButtons()
{
    const auto h = current();
    const core::User& user = m_handoffs.currentUser();
    const bool open = h && !core::HandoffRules::isFinal(h->state) && h->state != core::HandoffState::Returned;
    m_accept->setEnabled(open && user.hasRole(core::Role::Curator));
    m_giveBack->setEnabled(open && user.hasRole(core::Role::Curator));
    m_withdraw->setEnabled(h && !core::HandoffRules::isFinal(h->state) &&
                           (h->offeredBy == user.id || user.hasRole(core::Role::Supervisor)));
    m_reassign->setEnabled(h && core::HandoffRules::next(h->state, core::HandoffAction::Reassign).has_value() &&
                           (user.hasRole(core::Role::Supervisor) ||
                            (h->offeredBy == user.id && h->state == core::HandoffState::Returned)));
}

void HandoffInboxWindow::acceptCurrent()
{
    const auto h = current();
    if (!h)
        return;
    auto accepted = m_handoffs.accept(h->id);
    if (!accepted) {
        showRefusal(accepted.error());
        return;
    }
    showMessage({});
    reload();
    if (accepted->caseId)
        Q_EMIT caseOpened(*accepted->caseId);
}

void HandoffInboxWindow::giveBackCurrent(const QString& reason)
{
    const auto h = current();
    if (!h)
        return;
    QString typed = reason;
    if (typed.isEmpty()) {
        bool ok = false;
        typed = QInputDialog::getMultiLineText(this, tr("Return the handoff"),
                                               tr("Why does the family go back to the dispatcher?"), {}, &ok);
        if (!ok)
            return;
    }
    auto returned = m_handoffs.giveBack(h->id, typed);
    if (!returned) {
        showRefusal(returned.error());
        return;
    }
    showMessage({});
    reload();
}

void HandoffInboxWindow::withdrawCurrent()
{
    const auto h = current();
    if (!h)
        return;
    auto withdrawn = m_handoffs.withdraw(h->id);
    if (!withdrawn) {
        showRefusal(withdrawn.error());
        return;
    }
    showMessage({});
    reload();
}

void HandoffInboxWindow::reassignCurrent(std::optional<core::UserId> curator, bool ask)
{
    const auto h = current();
    if (!h)
        return;
    if (ask) {
        QStringList names{tr("the curators' queue")};
        for (const core::CuratorChoice& c : std::as_const(m_curators))
            names << c.fullName;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Offer again"), tr("Offer the family of %1 to:").arg(h->entryNumber), names, 0, false, &ok);
        if (!ok)
            return;
        const auto index = names.indexOf(chosen);
        curator = index > 0 ? std::optional(m_curators.at(index - 1).id) : std::nullopt;
    }
    auto offered = m_handoffs.reassign(h->id, curator);
    if (!offered) {
        showRefusal(offered.error());
        return;
    }
    showMessage({});
    reload();
}

} // namespace zabota::ui
