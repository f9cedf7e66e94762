// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace zabota::ui {

// A line's level as a horizontal bar from -60 to 0 dB full scale: green while speech is at a good level, yellow when
// loud, red near clipping; the peak of the last seconds as a tick and the speech threshold as a dashed line. Screen
// readers get the figure as the accessible value.
class LevelMeter final : public QWidget {
    Q_OBJECT

public:
    static constexpr double kFloorDbfs = -60.0;

    explicit LevelMeter(QWidget* parent = nullptr);

    void setLevel(double dbfs);
    void setThreshold(double dbfs);
    void reset();
    [[nodiscard]] double level() const { return m_level; }
    [[nodiscard]] double peak() const { return m_peak; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int xOf(double dbfs, const QRect& bar) const;

    double m_level = -90.0;
    double m_peak = -90.0;
    double m_threshold = -40.0;
    qint64 m_peakAtMs = 0;
};

} // namespace zabota::ui
