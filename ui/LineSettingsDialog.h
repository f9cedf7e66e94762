// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/LineConfig.h"
#include "ui/CheckedDialog.h"

#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace zabota::telephony {
class LineCapture;
}

namespace zabota::ui {

class LevelMeter;

// The workstation's phone lines: for each, the audio input its adapter is plugged into, a name, whether the line is
// anonymous, the caller ID standard, the gain, recording and how long recordings are kept. "Listen" opens the input
// and shows its level live; "Calibrate" measures three seconds of the idle line and puts the speech threshold above
// its noise. Insert adds a line, Delete removes the one chosen; OK checks every line and keeps them all, or none.
class LineSettingsDialog final : public CheckedDialog {
    Q_OBJECT

public:
    explicit LineSettingsDialog(QList<telephony::LineConfig> lines, QWidget* parent = nullptr);
    ~LineSettingsDialog() override;

    [[nodiscard]] const QList<telephony::LineConfig>& lines() const { return m_lines; }
    [[nodiscard]] QWidget* field(const QString& name) const override;
    [[nodiscard]] LevelMeter* meter() const { return m_meter; }
    [[nodiscard]] QString calibrationText() const;
    [[nodiscard]] bool listening() const { return m_capture != nullptr; }

    void addLine();
    void removeLine();
    void listen();
    void calibrate();

    void accept() override;

private:
    void showLine(int row);
    void storeLine();
    void fillDevices(const telephony::LineConfig& line);
    void stopListening();
    void onLevel(double dbfs);
    void updateEnabled();

    QList<telephony::LineConfig> m_lines;
    int m_row = -1;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_standard = nullptr;
    QDoubleSpinBox* m_gain = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QCheckBox* m_record = nullptr;
    QSpinBox* m_retention = nullptr;
    QCheckBox* m_enabled = nullptr;
    QPushButton* m_listen = nullptr;
    QPushButton* m_calibrate = nullptr;
    LevelMeter* m_meter = nullptr;
    QLabel* m_calibration = nullptr;

    std::unique_ptr<telephony::LineCapture> m_capture;
    QList<double> m_calibrationLevels; // collected while calibrating
    bool m_calibrating = false;
};

} // namespace zabota::ui
