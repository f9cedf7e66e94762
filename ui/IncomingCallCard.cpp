// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomingCallCard.h"

#include "core/text/DateText.h"
#include "ui/RowTable.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

using telephony::CallDirection;
using telephony::LineCall;
using telephony::LineMode;

constexpr int kIdRole = Qt::UserRole;

} // namespace

IncomingCallCard::IncomingCallCard(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("incomingCallCard"));
    // A call must not steal the keys of the form being typed in.
    setAttribute(Qt::WA_ShowWithoutActivating);
    m_title = new QLabel(this);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("callNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_lookupMessage = new QLabel(this);
    m_lookupMessage->setWordWrap(true);
    m_families = makeRowTable({tr("Card"), tr("Family"), tr("Address"), tr("Register")}, this);
    m_families->setObjectName(QStringLiteral("callFamilies"));
    m_entries = makeRowTable({tr("No."), tr("Received"), tr("Summary")}, this);
    m_entries->setObjectName(QStringLiteral("callEntries"));
    m_register = new QPushButton(tr("&New appeal from this call"), this);
    m_register->setDefault(true);
    m_register->setToolTip(tr("Register the call in the journal, filled in from it (Enter)"));
    m_openFamily = new QPushButton(tr("Open &family card"), this);
    auto* hide = new QPushButton(tr("&Hide"), this);
    hide->setToolTip(tr("Esc"));
    connect(m_register, &QPushButton::clicked, this, [this] { emit registerRequested(m_call.id); });
    connect(m_openFamily, &QPushButton::clicked, this, [this] {
        if (const auto* item = m_families->item(m_families->currentRow(), 0))
            emit familyRequested(item->data(kIdRole).toLongLong());
    });
    connect(m_families, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit familyRequested(m_families->item(row, 0)->data(kIdRole).toLongLong()); });
    connect(m_entries, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit entryRequested(m_entries->item(row, 0)->data(kIdRole).toLongLong()); });
    connect(hide, &QPushButton::clicked, this, &QWidget::hide);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_openFamily);
    buttons->addStretch(1);
    buttons->addWidget(hide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_number);
    layout->addWidget(m_state);
    layout->addWidget(m_lookupMessage);
    layout->addWidget(new QLabel(tr("Families with this phone:"), this));
    layout->addWidget(m_families, 1);
    layout->addWidget(new QLabel(tr("Latest appeals from it:"), this));
    layout->addWidget(m_entries, 1);
    layout->addLayout(buttons);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &IncomingCallCard::updateState);
    m_families->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_families->horizontalHeader()->setStretchLastSection(false);
    m_entries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    resize(640, 420);
}

void IncomingCallCard::showCall(const LineCall& call)
{
    m_call = call;
    m_title->setText(call.direction == CallDirection::Incoming ? tr("Incoming call on the line \"%1\"").arg(call.line)
                                                               : tr("Outgoing call on the line \"%1\"").arg(call.line));
    setWindowTitle(m_title->text());
    m_number->setText(numberText());
    updateState();
    if (call.ended)
        m_clock->stop();
    else if (!m_clock->isActive())
        m_clock->start();
}

QString IncomingCallCard::numberText() const
{
    if (m_call.mode == LineMode::Anonymous)
        return tr("Anonymous line");
    if (!m_call.number().isEmpty())
        return m_call.number();
    if (m_call.callerId && m_call.callerId->withheld())
        return tr("Number withheld");
    if (m_call.callerId)
        return tr("Number not available");
    if (m_call.direction == CallDirection::Outgoing)
        return m_call.ended ? tr("No digits heard") : tr("Dialling…");
    return m_call.ended ? tr("No number came") : tr("Waiting for the number…");
}

QString IncomingCallCard::stateText() const
{
    const QDateTime now = m_call.ended ? m_call.endedAt : QDateTime::currentDateTime();
    QString text;
    if (m_call.ended) {
        if (m_call.direction == CallDirection::Incoming && !m_call.answeredAt.isValid())
            text = tr("Missed call at %1 (%n rings)", nullptr, m_call.rings).arg(m_call.startedAt.toString(u"HH:mm"));
        else
            text = tr("Ended, talked %1")
                       .arg(core::text::shownDuration(m_call.answeredAt.isValid() ? m_call.answeredAt.msecsTo(now)
                                                                                  : m_call.startedAt.msecsTo(now)));
        if (m_call.kept)
            text +=
                QStringLiteral(" · ") + (m_call.entryId ? tr("recording attached to the entry") : tr("recording kept"));
    } else if (m_call.answeredAt.isValid() || m_call.direction == CallDirection::Outgoing) {
        text = tr("Talking %1")
                   .arg(core::text::shownDuration(
                       (m_call.answeredAt.isValid() ? m_call.answeredAt : m_call.startedAt).msecsTo(now)));
    } else {
        text = tr("Ringing (%n rings)", nullptr, m_call.rings);
    }
    if (!m_call.recordingError.isEmpty())
        text += QStringLiteral(" · ") + m_call.recordingError;
    return text;
}

void IncomingCallCard::updateState()
{
    m_state->setText(stateText());
}

void IncomingCallCard::showLookup(const core::Result<core::PhoneLookup>& lookup)
{
    m_families->setRowCount(0);
    m_entries->setRowCount(0);
    if (!lookup) {
        m_lookupMessage->setText(lookup.error().message);
        return;
    }
    m_lookupMessage->setText(lookup->families.isEmpty() && lookup->entries.isEmpty()
                                 ? tr("No family card and no appeal has this number yet.")
                                 : QString());
    m_lookupMessage->setVisible(!m_lookupMessage->text().isEmpty());
    for (const auto& family : lookup->families) {
        const int row = m_families->rowCount();
        m_families->insertRow(row);
        auto* card = new QTableWidgetItem(family.cardNo);
        card->setData(kIdRole, family.id);
        m_families->setItem(row, 0, card);
        m_families->setItem(row, 1, new QTableWidgetItem(family.firstMemberName));
        m_families->setItem(
            row, 2,
            new QTableWidgetItem(family.actualAddress.isEmpty() ? family.registeredAddress : family.actualAddress));
        m_families->setItem(row, 3, new QTableWidgetItem(family.onRegister ? tr("on the register") : QString()));
    }
    for (const auto& entry : lookup->entries) {
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        auto* number = new QTableWidgetItem(entry.registrationNumber());
        number->setData(kIdRole, entry.id);
        m_entries->setItem(row, 0, number);
        m_entries->setItem(row, 1, new QTableWidgetItem(core::text::shownDateTime(entry.draft.receivedAt)));
        m_entries->setItem(row, 2, new QTableWidgetItem(entry.draft.summary.section(u'\n', 0, 0)));
    }
    if (m_families->rowCount() > 0)
        m_families->selectRow(0);
    m_openFamily->setEnabled(m_families->rowCount() > 0);
}

QStringList IncomingCallCard::familyRows() const
{
    QStringList rows;
    for (int row = 0; row < m_families->rowCount(); ++row)
        rows << m_families->item(row, 0)->text() + QLatin1String(" | ") + m_families->item(row, 1)->text();
    return rows;
}

QStringList IncomingCallCard::entryRows() const
{
    QStringList rows;
    for (int row = 0; row < m_entries->rowCount(); ++row)
        rows << m_entries->item(row, 0)->text() + QLatin1String(" | ") + m_entries->item(row, 2)->text();
    return rows;
}

void IncomingCallCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit registerRequested(m_call.id);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace zabota::ui
