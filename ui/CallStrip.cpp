// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CallStrip.h"

#include "core/text/DateText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace zabota::ui {

CallStrip::CallStrip(const telephony::LineCall& call, bool recorded, QWidget* parent)
    : QFrame(parent)
    , m_call(call)
{
    setObjectName(QStringLiteral("callStrip"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_told = new QCheckBox(tr("The caller was told the call is &being recorded"), this);
    m_told->setVisible(recorded);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_told);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &CallStrip::tick);
    updateCall(call);
}

void CallStrip::updateCall(const telephony::LineCall& call)
{
    m_call = call;
    if (call.ended || !call.answeredAt.isValid())
        m_clock->stop();
    else if (!m_clock->isActive())
        m_clock->start();
    tick();
}

bool CallStrip::toldOfRecording() const
{
    return m_told->isVisible() && m_told->isChecked();
}

QString CallStrip::text() const
{
    return m_label->text();
}

void CallStrip::tick()
{
    const QString number = m_call.number().isEmpty() ? tr("no number") : m_call.number();
    QString state;
    if (m_call.ended)
        state = m_call.answeredAt.isValid()
                    ? tr("ended, talked %1").arg(core::text::shownDuration(m_call.answeredAt.msecsTo(m_call.endedAt)))
                    : tr("ended");
    else if (m_call.answeredAt.isValid())
        state =
            tr("talking %1").arg(core::text::shownDuration(m_call.answeredAt.msecsTo(QDateTime::currentDateTime())));
    else
        state = tr("ringing");
    m_label->setText(tr("Call on the line \"%1\" from %2 at %3: %4")
                         .arg(m_call.line, number, m_call.startedAt.toString(u"HH:mm"), state));
}

} // namespace zabota::ui
