// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HandoffDialog.h"

#include "core/handoff/HandoffService.h"
#include "ui/MessageLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace zabota::ui {

HandoffDialog::HandoffDialog(core::HandoffService& handoffs, const QList<core::CuratorChoice>& curators, qint64 entryId,
                             std::optional<qint64> familyId, const QString& entryShown, QWidget* parent)
    : QDialog(parent)
    , m_handoffs(handoffs)
    , m_entryId(entryId)
    , m_familyId(familyId)
{
    setWindowTitle(tr("Hand to a curator"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(entryShown, this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_message = makeMessageLabel(this, MessageKind::Banner);
    layout->addWidget(m_message);

    m_curator = new QComboBox(this);
    m_curator->addItem(tr("The curators' queue (whoever accepts first)"));
    for (const core::CuratorChoice& c : curators)
        m_curator->addItem(c.fullName, QVariant::fromValue(c.id));
    m_deadline = new QDateTimeEdit(m_handoffs.defaultDeadline(), this);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the curator should know first"));
    auto* form = new QFormLayout;
    // The note right after the curator: Tab walks the deadline's day, month and year, which rarely change.
    form->addRow(tr("&Curator:"), m_curator);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Accept by:"), m_deadline);
    setTabOrder(m_curator, m_note);
    setTabOrder(m_note, m_deadline);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* offer = buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    offer->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoffDialog::accept);
    // Enter starts a new line in the note; Ctrl+Enter hands over from anywhere.
    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(keys), this);
        connect(shortcut, &QShortcut::activated, this, &HandoffDialog::accept);
    }
    offer->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoffDialog::reject);
    m_curator->setFocus(Qt::OtherFocusReason);
    resize(520, sizeHint().height());
}

QString HandoffDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HandoffDialog::accept()
{
    const QVariant curator = m_curator->currentData();
    auto offered = m_handoffs.offer(m_entryId, m_familyId,
                                    curator.isValid() ? std::optional(curator.value<core::UserId>()) : std::nullopt,
                                    m_note->toPlainText(), m_deadline->dateTime());
    if (!offered) {
        m_message->setText(offered.error().message);
        m_message->show();
        (offered.error().field == QLatin1String("deadline") ? static_cast<QWidget*>(m_deadline) : m_curator)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_offered = *offered;
    QDialog::accept();
}

} // namespace zabota::ui
