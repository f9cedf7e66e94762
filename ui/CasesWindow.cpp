// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CasesWindow.h"

#include "core/text/DateText.h"
#include "ui/RowTable.h"
#include "ui/ViewKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

const QColor kLate(0xb0, 0x00, 0x20);

void setRow(QTableWidget* table, int row, const QStringList& cells, bool late)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (late)
            item->setForeground(kLate);
        table->setItem(row, column, item);
    }
}

} // namespace

CasesWindow::CasesWindow(const core::CaseList& cases, core::User user, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_list(cases)
    , m_user(std::move(user))
{
    setWindowTitle(tr("Cases"));
    m_scope = new QComboBox(this);
    if (m_user.hasRole(core::Role::Curator))
        m_scope->addItem(tr("My cases"), m_user.id);
    if (m_user.hasRole(core::Role::Supervisor) || !m_user.hasRole(core::Role::Curator))
        m_scope->addItem(tr("Everyone's cases"));
    m_closedToo = new QCheckBox(tr("Closed &too"), this);
    auto* scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);

    m_caseTable = makeRowTable({tr("Case"), tr("Family"), tr("Curator"), tr("Opened"), tr("Level"), tr("Contract"),
                                tr("Open items"), tr("Late items"), tr("State")},
                               this);
    m_lateTable = makeRowTable(
        {tr("What"), tr("Number"), tr("Family"), tr("Holder"), tr("Due"), tr("Late by"), tr("Activity or note")}, this);
    // Thousands of cases: the columns are measured once a reload, not on every row.
    for (QTableWidget* table : {m_caseTable, m_lateTable})
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_caseTable, tr("&Cases"));
    m_tabs->addTab(m_lateTable, tr("&Late"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    for (QTableWidget* table : {m_caseTable, m_lateTable}) {
        (new ViewKeys(table))->on({QKeySequence(Qt::Key_Return)}, [this] { openCurrent(); });
        connect(table, &QTableWidget::cellDoubleClicked, this, &CasesWindow::openCurrent);
    }
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &CasesWindow::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CasesWindow::reload);
    connect(m_closedToo, &QCheckBox::toggled, this, &CasesWindow::reload);
    // Due dates pass while the window is open.
    auto* minute = new QTimer(this);
    minute->setInterval(60'000);
    connect(minute, &QTimer::timeout, this, &CasesWindow::reload);
    minute->start();

    auto* filters = new QHBoxLayout;
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope);
    filters->addWidget(m_closedToo);
    filters->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    reload();
    resize(1100, 560);
}

std::optional<core::UserId> CasesWindow::scope() const
{
    const QVariant id = m_scope->currentData();
    return id.isValid() ? std::optional(id.toLongLong()) : std::nullopt;
}

QString CasesWindow::summaryText() const
{
    return m_summary->text();
}

void CasesWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Cases ? 0 : 1);
    (page == Page::Cases ? m_caseTable : m_lateTable)->setFocus(Qt::OtherFocusReason);
}

void CasesWindow::reload()
{
    const auto found = m_list.cases({scope(), !m_closedToo->isChecked()});
    const auto late = m_list.overdue(scope());
    if (!found || !late) {
        m_summary->setText((found ? late.error() : found.error()).message);
        return;
    }
    m_cases = *found;
    m_late = *late;

    const int keepCase = m_caseTable->currentRow();
    m_caseTable->setRowCount(int(m_cases.size()));
    QMap<QString, std::pair<int, int>> perCurator; // open cases and cases with late items
    for (int row = 0; row < m_cases.size(); ++row) {
        const core::CaseSummary& c = m_cases.at(row);
        const QString contract =
            c.contract.number.isEmpty()
                ? tr("none")
                : tr("%1 of %2").arg(c.contract.number, core::text::shownDate(c.contract.signedOn));
        setRow(m_caseTable, row,
               {c.caseNo, c.familyName, c.curatorName, core::text::shownDate(c.openedAt.date()),
                c.level ? core::label(*c.level) : QString(), contract, QString::number(c.openItems),
                QString::number(c.overdueItems),
                c.isClosed() ? tr("closed %1").arg(core::text::shownDate(c.closedAt.date())) : tr("open")},
               c.overdueItems > 0);
        if (!c.isClosed()) {
            auto& counts = perCurator[c.curatorName];
            ++counts.first;
            counts.second += c.overdueItems > 0 ? 1 : 0;
        }
    }
    if (!m_cases.isEmpty())
        m_caseTable->selectRow(std::clamp(keepCase, 0, int(m_cases.size()) - 1));

    const QDateTime now = QDateTime::currentDateTime();
    const int keepLate = m_lateTable->currentRow();
    m_lateTable->setRowCount(int(m_late.size()));
    for (int row = 0; row < m_late.size(); ++row) {
        const core::OverdueRow& r = m_late.at(row);
        const bool item = r.kind == core::OverdueRow::Kind::PlanItem;
        const qint64 days = std::max<qint64>(r.due.date().daysTo(now.date()), 0);
        setRow(m_lateTable, row,
               {item ? tr("plan item") : tr("handoff"), r.number, r.familyName,
                r.holder.isEmpty() ? tr("the curators' queue") : r.holder,
                item ? core::text::shownDate(r.due.date()) : core::text::shownDateTime(r.due),
                days > 0 ? tr("%n day(s)", nullptr, int(days)) : tr("today"), r.what},
               true);
    }
    if (!m_late.isEmpty())
        m_lateTable->selectRow(std::clamp(keepLate, 0, int(m_late.size()) - 1));
    for (QTableWidget* table : {m_caseTable, m_lateTable})
        table->resizeColumnsToContents();

    QStringList lines{tr("%n open case(s)", nullptr,
                         int(std::ranges::count_if(m_cases, [](const auto& c) { return !c.isClosed(); }))) +
                      tr(", %n late thing(s)", nullptr, int(m_late.size()))};
    if (!scope() && perCurator.size() > 0) {
        QStringList holders;
        for (auto it = perCurator.cbegin(); it != perCurator.cend(); ++it)
            holders << tr("%1: %2 (late: %3)").arg(it.key()).arg(it->first).arg(it->second);
        lines << tr("By curator: ") + holders.join(QStringLiteral("; "));
    }
    m_summary->setText(lines.join(u'\n'));
    m_tabs->setTabText(1, m_late.isEmpty() ? tr("&Late") : tr("&Late (%1)").arg(m_late.size()));
}

void CasesWindow::openCurrent()
{
    if (m_tabs->currentIndex() == 0) {
        const int row = m_caseTable->currentRow();
        if (row >= 0 && row < m_cases.size())
            Q_EMIT openCase(m_cases.at(row).id);
        return;
    }
    const int row = m_lateTable->currentRow();
    if (row < 0 || row >= m_late.size())
        return;
    if (m_late.at(row).kind == core::OverdueRow::Kind::PlanItem)
        Q_EMIT openCase(m_late.at(row).caseId);
    else
        Q_EMIT openHandoffs();
}

} // namespace zabota::ui
