// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaseWindow.h"

#include "core/handoff/HandoffService.h"
#include "core/supportcase/CaseService.h"
#include "core/text/DateText.h"
#include "ui/EnumCombo.h"
#include "ui/MessageLabel.h"
#include "ui/PlanItemDialog.h"
#include "ui/ProtocolDialog.h"
#include "ui/RowTable.h"
#include "ui/ViewKeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

const QColor kLate(0xb0, 0x00, 0x20);

// A file name from a document's number: "СС-15/2026" → "СС-15-2026".
QString fileNamePart(const QString& text)
{
    QString name = text;
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, u'-');
    return name.trimmed();
}

} // namespace

CaseWindow::CaseWindow(core::CaseService& cases, core::CaseId id, QList<core::CuratorChoice> specialists,
                       QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_id(id)
    , m_specialists(std::move(specialists))
{
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = makeMessageLabel(this, MessageKind::Banner);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeCaseTab(), tr("&Case"));
    m_tabs->addTab(makePlanTab(), tr("&Plan"));
    m_tabs->addTab(makeProtocolTab(), tr("P&rotocols"));
    m_history = new QPlainTextEdit(this);
    m_history->setReadOnly(true);
    m_tabs->addTab(m_history, tr("&History"));

    m_endSupport = new QPushButton(tr("En&d support…"), this);
    m_endSupport->setToolTip(tr("Close the case with its outcome"));
    connect(m_endSupport, &QPushButton::clicked, this, &CaseWindow::endSupport);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_endSupport);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(960, 620);
    reload();
}

QWidget* CaseWindow::makeCaseTab()
{
    auto* page = new QWidget(this);
    m_basis = new QLineEdit(page);
    m_basis->setPlaceholderText(tr("e.g. the mother's application of 10.03.2026"));
    m_level = new QComboBox(page);
    m_level->addItem(tr("(not set)"));
    for (const core::CaseLevel level : core::allValues<core::CaseLevel>())
        m_level->addItem(core::label(level), QString(core::toCode(level)));
    m_contractNo = new QLineEdit(page);
    m_contractDate = new QDateEdit(page);
    m_contractDate->setCalendarPopup(true);
    m_contractUntil = new QDateEdit(page);
    m_contractUntil->setCalendarPopup(true);
    m_save = new QPushButton(tr("&Save"), page);
    m_save->setToolTip(tr("Ctrl+S"));
    m_printContract = new QPushButton(tr("Prin&t contract…"), page);
    connect(m_save, &QPushButton::clicked, this, &CaseWindow::saveDetails);
    connect(m_printContract, &QPushButton::clicked, this, [this] { printContract(); });
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &CaseWindow::saveDetails);

    auto* form = new QFormLayout;
    form->addRow(tr("&Basis:"), m_basis);
    form->addRow(tr("Le&vel:"), m_level);
    form->addRow(tr("Contract &no.:"), m_contractNo);
    form->addRow(tr("Signed &on:"), m_contractDate);
    form->addRow(tr("Valid &until:"), m_contractUntil);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_printContract);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget* CaseWindow::makePlanTab()
{
    auto* page = new QWidget(this);
    m_planTable = makeRowTable(
        {tr("No."), tr("Section and activity"), tr("Responsible"), tr("Volume"), tr("Due"), tr("Completion")}, page);
    // The activity wraps in a column of its own width; the completion mark takes the room left.
    m_planTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_planTable->setColumnWidth(1, 330);
    m_addItem = new QPushButton(tr("&Add item…"), page);
    m_addItem->setToolTip(tr("Insert"));
    m_editItem = new QPushButton(tr("&Edit item…"), page);
    m_editItem->setToolTip(tr("Enter"));
    m_doneItem = new QPushButton(tr("Mar&k done…"), page);
    m_doneItem->setToolTip(tr("Ctrl+D"));
    auto* print = new QPushButton(tr("Pr&int plan…"), page);
    connect(m_addItem, &QPushButton::clicked, this, &CaseWindow::addPlanItem);
    connect(m_editItem, &QPushButton::clicked, this, &CaseWindow::editPlanItem);
    connect(m_doneItem, &QPushButton::clicked, this, &CaseWindow::markDone);
    connect(print, &QPushButton::clicked, this, [this] { printPlan(); });
    auto* keys = new ViewKeys(m_planTable);
    keys->on({QKeySequence(Qt::Key_Insert)}, [this] { addPlanItem(); });
    keys->on({QKeySequence(Qt::Key_Return)}, [this] { editPlanItem(); });
    keys->on({QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { markDone(); });
    connect(m_planTable, &QTableWidget::currentCellChanged, this, &CaseWindow::updateEnabled);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_addItem, m_editItem, m_doneItem})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(print);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_planTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* CaseWindow::makeProtocolTab()
{
    auto* page = new QWidget(this);
    m_protocolTable = makeRowTable({tr("No."), tr("Date"), tr("Meeting"), tr("Decision")}, page);
    m_addProtocol = new QPushButton(tr("&Add protocol…"), page);
    m_addProtocol->setToolTip(tr("Insert"));
    auto* print = new QPushButton(tr("Pr&int protocol…"), page);
    print->setToolTip(tr("Enter"));
    connect(m_addProtocol, &QPushButton::clicked, this, &CaseWindow::addProtocol);
    connect(print, &QPushButton::clicked, this, [this] { printProtocol(); });
    auto* keys = new ViewKeys(m_protocolTable);
    keys->on({QKeySequence(Qt::Key_Insert)}, [this] { addProtocol(); });
    keys->on({QKeySequence(Qt::Key_Return)}, [this] { printProtocol(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addProtocol);
    buttons->addStretch();
    buttons->addWidget(print);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_protocolTable, 1);
    layout->addLayout(buttons);
    return page;
}

void CaseWindow::showHandoffs(const core::HandoffService& handoffs)
{
    m_handoffs = &handoffs;
    reload();
}

QString CaseWindow::headerText() const
{
    return m_header->text();
}

QString CaseWindow::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CaseWindow::historyText() const
{
    return m_history->toPlainText();
}

QWidget* CaseWindow::field(const QString& name) const
{
    if (name == u"basis")
        return m_basis;
    if (name == u"contractNo")
        return m_contractNo;
    if (name == u"contractDate")
        return m_contractDate;
    if (name == u"contractUntil")
        return m_contractUntil;
    return nullptr;
}

void CaseWindow::showMessage(const QString& text, bool refusal)
{
    m_message->setText(text);
    m_message->setStyleSheet(refusal ? QStringLiteral("background: #fce8e6; color: #a50e0e; padding: 6px;")
                                     : QStringLiteral("background: #e6f4ea; color: #0d652d; padding: 6px;"));
    m_message->setVisible(!text.isEmpty());
}

bool CaseWindow::check(const core::Status& status)
{
    if (status) {
        showMessage({});
        return true;
    }
    showMessage(status.error().message);
    if (QWidget* at = field(status.error().field))
        at->setFocus(Qt::OtherFocusReason);
    return false;
}

void CaseWindow::changed()
{
    reload();
    Q_EMIT caseChanged(m_id);
}

void CaseWindow::reload()
{
    auto found = m_cases.summary(m_id);
    if (!found) {
        showMessage(found.error().message);
        return;
    }
    m_case = *found;
    setWindowTitle(tr("Case %1 — %2").arg(m_case.caseNo, m_case.familyName));
    QStringList header{tr("<b>Case %1</b>, opened %2, curator %3")
                           .arg(m_case.caseNo.toHtmlEscaped(), core::text::shownDate(m_case.openedAt.date()),
                                m_case.curatorName.toHtmlEscaped())};
    header << tr("Family: %1").arg(m_case.familyName.toHtmlEscaped()) +
                  (m_case.familyCardNo.isEmpty() ? QString() : tr(", card %1").arg(m_case.familyCardNo)) +
                  (m_case.familyAddress.isEmpty() ? QString()
                                                  : QStringLiteral(", ") + m_case.familyAddress.toHtmlEscaped());
    if (!m_case.entryNumber.isEmpty())
        header << tr("Journal entry %1").arg(m_case.entryNumber);
    if (m_case.isClosed())
        header << tr("<b>Closed %1: %2</b>")
                          .arg(core::text::shownDate(m_case.closedAt.date()),
                               m_case.outcome ? core::label(*m_case.outcome) : QString()) +
                      (m_case.closingReason.isEmpty() ? QString()
                                                      : QStringLiteral(" — ") + m_case.closingReason.toHtmlEscaped());
    m_header->setText(header.join(QStringLiteral("<br>")));

    m_basis->setText(m_case.basis);
    m_level->setCurrentIndex(m_case.level ? m_level->findData(QString(core::toCode(*m_case.level))) : 0);
    m_contractNo->setText(m_case.contract.number);
    m_contractDate->setDate(m_case.contract.signedOn.isValid() ? m_case.contract.signedOn : m_cases.today());
    m_contractUntil->setDate(m_case.contract.validUntil.isValid() ? m_case.contract.validUntil
                                                                  : m_contractDate->date().addMonths(6));

    if (auto plan = m_cases.plan(m_id))
        m_plan = *plan;
    else
        showMessage(plan.error().message);
    if (auto protocols = m_cases.protocols(m_id))
        m_protocols = *protocols;
    else
        showMessage(protocols.error().message);
    fillPlan();
    fillProtocols();

    QStringList history{
        tr("%1 — the case opened, curator %2").arg(core::text::shownDateTime(m_case.openedAt), m_case.curatorName)};
    if (m_handoffs && m_case.entryId) {
        if (auto moves = m_handoffs->historyOfEntry(*m_case.entryId)) {
            history.clear();
            for (const core::HandoffTransition& move : *moves)
                history << core::HandoffService::describe(move);
        }
    }
    for (const core::Protocol& p : std::as_const(m_protocols))
        history << tr("%1 — protocol %2 (%3): %4")
                       .arg(core::text::shownDate(p.draft.date), p.draft.number, core::label(p.draft.kind),
                            p.draft.decisionText);
    if (m_case.isClosed())
        history << tr("%1 — support ended: %2")
                           .arg(core::text::shownDateTime(m_case.closedAt),
                                m_case.outcome ? core::label(*m_case.outcome) : QString()) +
                       (m_case.closingReason.isEmpty() ? QString() : QStringLiteral(" — ") + m_case.closingReason);
    m_history->setPlainText(history.join(u'\n'));
    updateEnabled();
}

QHash<core::UserId, QString> CaseWindow::specialistNames() const
{
    QHash<core::UserId, QString> names;
    for (const core::CuratorChoice& c : m_specialists)
        names.insert(c.id, c.fullName);
    return names;
}

void CaseWindow::fillPlan()
{
    const int keep = m_planTable->currentRow();
    const QHash<core::UserId, QString> names = specialistNames();
    const QDate today = m_cases.today();
    m_planTable->setRowCount(int(m_plan.size()));
    for (int row = 0; row < m_plan.size(); ++row) {
        const core::PlanItem& item = m_plan.at(row);
        const core::PlanItemDraft& d = item.draft;
        QStringList who;
        if (d.responsibleId)
            who << names.value(*d.responsibleId);
        if (!d.partner.isEmpty())
            who << d.partner;
        QString mark = core::label(item.status);
        if (item.status == core::PlanItemStatus::Done)
            mark = tr("Done %1").arg(core::text::shownDate(item.doneOn)) +
                   (item.doneNote.isEmpty() ? QString() : QStringLiteral(": ") + item.doneNote);
        else if (item.isOverdueAt(today))
            mark = tr("Late by %n day(s)", nullptr, int(d.dueDate.daysTo(today)));
        const QStringList cells{QString::number(row + 1),
                                d.section.isEmpty() ? d.activity : d.section + u'\n' + d.activity,
                                who.join(u'\n'),
                                d.volume,
                                core::text::shownDate(d.dueDate),
                                mark};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            if (item.isOverdueAt(today))
                cell->setForeground(kLate);
            else if (item.status != core::PlanItemStatus::Planned)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_planTable->setItem(row, column, cell);
        }
    }
    m_planTable->resizeRowsToContents();
    if (!m_plan.isEmpty())
        m_planTable->selectRow(std::clamp(keep, 0, int(m_plan.size()) - 1));
}

void CaseWindow::fillProtocols()
{
    m_protocolTable->setRowCount(int(m_protocols.size()));
    for (int row = 0; row < m_protocols.size(); ++row) {
        const core::ProtocolDraft& p = m_protocols.at(row).draft;
        const QStringList cells{p.number, core::text::shownDate(p.date), core::label(p.kind), p.decisionText};
        for (int column = 0; column < cells.size(); ++column)
            m_protocolTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!m_protocols.isEmpty())
        m_protocolTable->selectRow(int(m_protocols.size()) - 1);
}

void CaseWindow::updateEnabled()
{
    const bool mine = m_cases.mayChange(m_case);
    for (QWidget* w : std::initializer_list<QWidget*>{m_basis, m_level, m_contractNo, m_contractDate, m_contractUntil,
                                                      m_save, m_addItem, m_addProtocol, m_endSupport})
        w->setEnabled(mine);
    const int row = m_planTable->currentRow();
    const bool planned = row >= 0 && row < m_plan.size() && m_plan.at(row).status == core::PlanItemStatus::Planned;
    m_editItem->setEnabled(mine && planned);
    m_doneItem->setEnabled(mine && planned);
    m_printContract->setEnabled(!m_case.contract.number.isEmpty());
}

void CaseWindow::saveDetails()
{
    if (!m_cases.mayChange(m_case))
        return;
    std::optional<core::CaseLevel> level;
    if (m_level->currentIndex() > 0)
        level = core::fromCode<core::CaseLevel>(m_level->currentData().toString());
    // A contract is saved once it has a number; one that had a number keeps being checked.
    std::optional<core::SupportContract> contract;
    if (!m_contractNo->text().trimmed().isEmpty() || !m_case.contract.number.isEmpty())
        contract = core::SupportContract{m_contractNo->text(), m_contractDate->date(), m_contractUntil->date()};
    if (!check(m_cases.saveCase(m_id, m_basis->text(), level, contract)))
        return;
    changed();
    showMessage(tr("Saved."), false);
}

void CaseWindow::addPlanItem()
{
    if (!m_cases.mayChange(m_case))
        return;
    core::PlanItemDraft blank;
    blank.responsibleId = m_case.curatorId;
    blank.dueDate = std::max(m_cases.today(), m_case.openedAt.date()).addMonths(1);
    const core::CaseId id = m_id;
    PlanItemDialog dialog(
        blank, m_specialists, m_partners,
        [this, id](const core::PlanItemDraft& item) -> core::Status {
            auto added = m_cases.addPlanItem(id, item);
            return added ? core::Status{} : std::unexpected(added.error());
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    m_planTable->selectRow(m_planTable->rowCount() - 1);
    m_planTable->setFocus();
}

void CaseWindow::editPlanItem()
{
    const int row = m_planTable->currentRow();
    if (row < 0 || row >= m_plan.size() || !m_editItem->isEnabled())
        return;
    const core::PlanItemId itemId = m_plan.at(row).id;
    PlanItemDialog dialog(
        m_plan.at(row).draft, m_specialists, m_partners,
        [this, itemId](const core::PlanItemDraft& item) { return m_cases.updatePlanItem(itemId, item); }, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void CaseWindow::markDone()
{
    const int row = m_planTable->currentRow();
    if (row < 0 || row >= m_plan.size() || !m_doneItem->isEnabled())
        return;
    const core::PlanItem item = m_plan.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark done"));
    auto* message = makeMessageLabel(&dialog, MessageKind::Banner);
    auto* what = new QLabel(item.draft.activity, &dialog);
    what->setWordWrap(true);
    auto* note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("What was done, e.g. 4 consultations held"));
    auto* on = new QDateEdit(m_cases.today(), &dialog);
    on->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(message);
    form->addRow(what);
    form->addRow(tr("&What was done:"), note);
    form->addRow(tr("Done &on:"), on);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (auto ok = m_cases.markDone(item.id, on->date(), note->text()); !ok) {
            message->setText(ok.error().message);
            message->show();
            on->setFocus();
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    note->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void CaseWindow::addProtocol()
{
    if (!m_cases.mayChange(m_case))
        return;
    core::ProtocolDraft blank;
    blank.number = QString::number(m_protocols.size() + 1);
    blank.date = m_cases.today();
    blank.decision = m_protocols.isEmpty() ? core::ProtocolDecision::TakeOn : core::ProtocolDecision::ChangePlan;
    blank.participants = m_case.curatorName + tr(" — case curator");
    const core::CaseId id = m_id;
    ProtocolDialog dialog(
        blank,
        [this, id](const core::ProtocolDraft& p) -> core::Status {
            auto added = m_cases.addProtocol(id, p);
            return added ? core::Status{} : std::unexpected(added.error());
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    m_tabs->setCurrentIndex(2);
    m_protocolTable->setFocus();
}

void CaseWindow::endSupport()
{
    if (!m_cases.mayChange(m_case))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End support"));
    auto* message = makeMessageLabel(&dialog, MessageKind::Banner);
    auto* outcome = new QComboBox(&dialog);
    fillCombo<core::CaseOutcome>(outcome);
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setTabChangesFocus(true);
    reason->setPlaceholderText(tr("What became of the family; required for \"Other\""));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(message);
    form->addRow(tr("&Outcome:"), outcome);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto chosen = selected(outcome, core::CaseOutcome::Other);
        auto closed = m_cases.close(m_id, chosen, reason->toPlainText());
        if (!closed && closed.error().field == u"openItems") {
            // Open plan items: the curator decides whether they are cancelled with the case.
            if (QMessageBox::question(&dialog, tr("End support"), closed.error().message) != QMessageBox::Yes)
                return;
            closed = m_cases.close(m_id, chosen, reason->toPlainText(), true);
        }
        if (!closed) {
            message->setText(closed.error().message);
            message->show();
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    outcome->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

QString CaseWindow::printPath(const QString& path, const QString& suggested)
{
    if (!path.isEmpty())
        return path;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Save as PDF"), QDir(folder).filePath(fileNamePart(suggested)),
                                        tr("PDF documents (*.pdf)"));
}

bool CaseWindow::printed(const QString& path, bool chosen, const core::Status& written)
{
    if (!written) {
        showMessage(written.error().message);
        return false;
    }
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    if (chosen)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

bool CaseWindow::printContract(const QString& path)
{
    if (m_case.contract.number.isEmpty()) {
        showMessage(tr("Enter and save the contract's number first."));
        return false;
    }
    const QString target = printPath(path, tr("Contract %1.pdf").arg(m_case.contract.number));
    if (target.isEmpty())
        return false;
    return printed(target, path.isEmpty(), core::CaseDocuments(m_centre).writeContract(target, m_case));
}

bool CaseWindow::printPlan(const QString& path)
{
    const QString target = printPath(path, tr("Support plan %1.pdf").arg(m_case.caseNo));
    if (target.isEmpty())
        return false;
    return printed(target, path.isEmpty(),
                   core::CaseDocuments(m_centre).writePlan(target, m_case, m_plan, specialistNames()));
}

bool CaseWindow::printProtocol(const QString& path)
{
    const int row = m_protocolTable->currentRow();
    if (row < 0 || row >= m_protocols.size()) {
        showMessage(tr("Choose the protocol to print."));
        return false;
    }
    const core::Protocol& protocol = m_protocols.at(row);
    const QString target = printPath(path, tr("Protocol %1 of case %2.pdf").arg(protocol.draft.number, m_case.caseNo));
    if (target.isEmpty())
        return false;
    return printed(target, path.isEmpty(), core::CaseDocuments(m_centre).writeProtocol(target, m_case, protocol));
}

} // namespace zabota::ui
