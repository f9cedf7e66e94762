// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LevelMeter.h"

#include <QDateTime>
#include <QPainter>

#include <algorithm>

namespace zabota::ui {

namespace {

// How long the peak tick stays before it falls back to the level.
constexpr qint64 kPeakHoldMs = 2000;
constexpr double kLoudDbfs = -12.0;
constexpr double kClipDbfs = -3.0;

} // namespace

LevelMeter::LevelMeter(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Line level"));
}

QSize LevelMeter::sizeHint() const
{
    return {320, fontMetrics().height() * 2};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 2};
}

void LevelMeter::setLevel(double dbfs)
{
    m_level = dbfs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (dbfs >= m_peak || now - m_peakAtMs > kPeakHoldMs) {
        m_peak = dbfs;
        m_peakAtMs = now;
    }
    setToolTip(tr("%1 dB, peak %2 dB").arg(qRound(m_level)).arg(qRound(m_peak)));
    setAccessibleDescription(toolTip());
    update();
}

void LevelMeter::setThreshold(double dbfs)
{
    m_threshold = dbfs;
    update();
}

void LevelMeter::reset()
{
    m_level = m_peak = -90.0;
    m_peakAtMs = 0;
    update();
}

int LevelMeter::xOf(double dbfs, const QRect& bar) const
{
    const double share = (std::clamp(dbfs, kFloorDbfs, 0.0) - kFloorDbfs) / -kFloorDbfs;
    return bar.left() + int(share * bar.width());
}

void LevelMeter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int scale = fontMetrics().height();
    const QRect bar = rect().adjusted(1, 1, -1, -scale);
    painter.fillRect(bar, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    const QColor colour = m_level >= kClipDbfs   ? QColor(0xd3, 0x2f, 0x2f)
                          : m_level >= kLoudDbfs ? QColor(0xf9, 0xa8, 0x25)
                                                 : QColor(0x38, 0x8e, 0x3c);
    const QRect filled(bar.left() + 1, bar.top() + 1, xOf(m_level, bar) - bar.left() - 1, bar.height() - 2);
    if (filled.width() > 0)
        painter.fillRect(filled, colour);

    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    const int peakX = xOf(m_peak, bar);
    if (m_peak > kFloorDbfs)
        painter.drawLine(peakX, bar.top() + 1, peakX, bar.bottom() - 1);

    painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
    const int thresholdX = xOf(m_threshold, bar);
    painter.drawLine(thresholdX, bar.top(), thresholdX, bar.bottom());

    painter.setPen(palette().color(QPalette::WindowText));
    for (int db = int(kFloorDbfs); db <= 0; db += 10) {
        const int x = xOf(db, bar);
        painter.drawLine(x, bar.bottom(), x, bar.bottom() + 3);
        const QString text = QString::number(db);
        const int width = fontMetrics().horizontalAdvance(text);
        painter.drawText(std::clamp(x - width / 2, 0, this->width() - width), height() - fontMetrics().descent(), text);
    }
}

} // namespace zabota::ui
