// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProtocolDialog.h"

#include "ui/EnumCombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>

namespace zabota::ui {

namespace {

QPlainTextEdit* textBox(const QString& text, int lines, QWidget* parent)
{
    auto* box = new QPlainTextEdit(text, parent);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

} // namespace

QString ProtocolDialog::wording(core::ProtocolDecision decision)
{
    switch (decision) {
    case core::ProtocolDecision::TakeOn:
        return tr("To take the family on social support and to approve the individual support plan.");
    case core::ProtocolDecision::ChangePlan:
        return tr("To change the individual support plan as discussed.");
    case core::ProtocolDecision::ChangeLevel:
        return tr("To change the level of support.");
    case core::ProtocolDecision::EndSupport:
        return tr("To end the social support of the family.");
    }
    return {};
}

ProtocolDialog::ProtocolDialog(const core::ProtocolDraft& protocol, Save save, QWidget* parent)
    : CheckedDialog(parent)
    , m_save(std::move(save))
{
    setWindowTitle(tr("Protocol"));
    m_number = new QLineEdit(protocol.number, this);
    m_kind = new QComboBox(this);
    fillCombo<core::ProtocolKind>(m_kind);
    select(m_kind, protocol.kind);
    m_participants = textBox(protocol.participants, 4, this);
    m_participants->setPlaceholderText(tr("One per line: name, position or agency"));
    m_body = textBox(protocol.body, 5, this);
    m_body->setPlaceholderText(tr("What was heard and discussed"));
    m_decision = new QComboBox(this);
    fillCombo<core::ProtocolDecision>(m_decision);
    select(m_decision, protocol.decision);
    m_decisionText =
        textBox(protocol.decisionText.isEmpty() ? wording(protocol.decision) : protocol.decisionText, 3, this);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        // The wording follows the decision while it is one of the usual ones, never over what was typed.
        const QString typed = m_decisionText->toPlainText().trimmed();
        const bool usual = typed.isEmpty() || std::ranges::any_of(core::allValues<core::ProtocolDecision>(),
                                                                  [&typed](auto d) { return wording(d) == typed; });
        if (usual)
            m_decisionText->setPlainText(wording(selected(m_decision, core::ProtocolDecision::TakeOn)));
    });
    m_date = new QDateEdit(protocol.date.isValid() ? protocol.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout(this);
    form->addRow(banner());
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Meeting:"), m_kind);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("&Heard:"), m_body);
    form->addRow(tr("D&ecision:"), m_decision);
    form->addRow(tr("&Wording:"), m_decisionText);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(buttons);
    setTabOrder(m_number, m_kind);
    setTabOrder(m_kind, m_participants);
    setTabOrder(m_participants, m_body);
    setTabOrder(m_body, m_decision);
    setTabOrder(m_decision, m_decisionText);
    setTabOrder(m_decisionText, m_date);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProtocolDialog::accept);
    // Enter starts a new line in the text boxes: Ctrl+Enter saves from anywhere.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ProtocolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProtocolDialog::reject);
    resize(600, sizeHint().height());
    m_participants->setFocus(Qt::OtherFocusReason);
}

core::ProtocolDraft ProtocolDialog::protocol() const
{
    core::ProtocolDraft p;
    p.number = m_number->text().trimmed();
    p.date = m_date->date();
    p.kind = selected(m_kind, core::ProtocolKind::Consilium);
    p.participants = m_participants->toPlainText().trimmed();
    p.body = m_body->toPlainText().trimmed();
    p.decision = selected(m_decision, core::ProtocolDecision::TakeOn);
    p.decisionText = m_decisionText->toPlainText().trimmed();
    return p;
}

QWidget* ProtocolDialog::field(const QString& name) const
{
    if (name == u"protocolNo")
        return m_number;
    if (name == u"protocolDate")
        return m_date;
    if (name == u"participants")
        return m_participants;
    if (name == u"decisionText")
        return m_decisionText;
    return nullptr;
}

void ProtocolDialog::accept()
{
    if (m_save)
        acceptIf(m_save(protocol()));
    else
        QDialog::accept();
}

} // namespace zabota::ui
