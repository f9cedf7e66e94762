// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LineSettingsDialog.h"

#include "core/telephony/LineCapture.h"
#include "ui/LevelMeter.h"
#include "ui/ViewKeys.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace zabota::ui {

namespace {

using telephony::LineConfig;
using telephony::LineMode;

// Calibration: ten level readings (100 ms each) a second, three seconds of them.
constexpr int kCalibrationReadings = 30;
// Speech is taken to start this far above the idle line's noise...
constexpr double kSpeechAboveNoiseDb = 12.0;
// ...but never below this, where a quiet line's hum would open it.
constexpr double kLowestThresholdDbfs = -55.0;

} // namespace

LineSettingsDialog::LineSettingsDialog(QList<LineConfig> lines, QWidget* parent)
    : CheckedDialog(parent)
    , m_lines(std::move(lines))
{
    setWindowTitle(tr("Phone lines"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lineList"));
    m_list->setAccessibleName(tr("Lines"));
    auto* keys = new ViewKeys(m_list);
    keys->on({QKeySequence(Qt::Key_Insert)}, [this] { addLine(); });
    keys->on({QKeySequence(Qt::Key_Delete)}, [this] { removeLine(); });
    m_add = new QPushButton(tr("&Add line"), this);
    m_add->setToolTip(tr("Insert"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setToolTip(tr("Delete"));
    for (QPushButton* button : {m_add, m_remove})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &LineSettingsDialog::addLine);
    connect(m_remove, &QPushButton::clicked, this, &LineSettingsDialog::removeLine);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto* listSide = new QVBoxLayout;
    listSide->addWidget(m_list, 1);
    listSide->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setMaxLength(60);
    m_device = new QComboBox(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Identified: the number is shown and kept"), int(LineMode::Identified));
    m_mode->addItem(tr("Anonymous: no number, no recording"), int(LineMode::Anonymous));
    m_standard = new QComboBox(this);
    m_standard->addItem(tr("Automatic (every standard)"), telephony::standardSetting(std::nullopt));
    m_standard->addItem(tr("Bell 202 (FSK, as in North America)"),
                        telephony::standardSetting(telephony::CallerIdStandard::Bell202));
    m_standard->addItem(tr("ETSI V.23 (FSK, CLIP)"), telephony::standardSetting(telephony::CallerIdStandard::V23));
    m_standard->addItem(tr("DTMF (CLIP)"), telephony::standardSetting(telephony::CallerIdStandard::Dtmf));
    m_standard->addItem(tr("Russian АОН (multi-frequency)"),
                        telephony::standardSetting(telephony::CallerIdStandard::Aon));
    m_gain = new QDoubleSpinBox(this);
    m_gain->setRange(LineConfig::kMinGainDb, LineConfig::kMaxGainDb);
    m_gain->setSingleStep(1.0);
    m_gain->setDecimals(0);
    m_gain->setSuffix(tr(" dB"));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(-70.0, -10.0);
    m_threshold->setDecimals(0);
    m_threshold->setSuffix(tr(" dB"));
    m_threshold->setToolTip(tr("Sound above this level counts as speech: a call is answered, and a call with no "
                               "speech for a while has ended."));
    m_record = new QCheckBox(tr("Record every call"), this);
    m_record->setObjectName(QStringLiteral("recordBox"));
    m_retention = new QSpinBox(this);
    m_retention->setRange(0, LineConfig::kMaxRetentionDays);
    m_retention->setSpecialValueText(tr("for ever"));
    m_retention->setSuffix(tr(" days"));
    m_enabled = new QCheckBox(tr("Listen to this line"), this);

    m_meter = new LevelMeter(this);
    m_listen = new QPushButton(tr("&Listen"), this);
    m_listen->setCheckable(true);
    m_listen->setToolTip(tr("Open the input and show its level (F5)"));
    m_listen->setShortcut(QKeySequence(Qt::Key_F5));
    m_calibrate = new QPushButton(tr("&Calibrate"), this);
    m_calibrate->setToolTip(tr("Measure three seconds of the idle line and set the speech threshold above its noise"));
    m_calibration = new QLabel(tr("Press Listen to see the line's level."), this);
    m_calibration->setWordWrap(true);
    for (QPushButton* button : {m_listen, m_calibrate})
        button->setAutoDefault(false);
    connect(m_listen, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            listen();
        else
            stopListening();
    });
    connect(m_calibrate, &QPushButton::clicked, this, &LineSettingsDialog::calibrate);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Audio &input:"), m_device);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Caller I&D:"), m_standard);
    form->addRow(tr("&Gain:"), m_gain);
    form->addRow(tr("Speech &threshold:"), m_threshold);
    form->addRow(QString(), m_record);
    form->addRow(tr("&Keep recordings:"), m_retention);
    form->addRow(QString(), m_enabled);
    auto* levelBox = new QGroupBox(tr("Level"), this);
    auto* levelButtons = new QHBoxLayout;
    levelButtons->addWidget(m_listen);
    levelButtons->addWidget(m_calibrate);
    levelButtons->addStretch(1);
    auto* levelLayout = new QVBoxLayout(levelBox);
    levelLayout->addWidget(m_meter);
    levelLayout->addLayout(levelButtons);
    levelLayout->addWidget(m_calibration);
    auto* editSide = new QVBoxLayout;
    editSide->addLayout(form);
    editSide->addWidget(levelBox);
    editSide->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LineSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LineSettingsDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(listSide, 2);
    columns->addLayout(editSide, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const auto& line : m_lines)
        m_list->addItem(line.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeLine();
        showLine(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_row >= 0)
            m_list->item(m_row)->setText(text);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &LineSettingsDialog::updateEnabled);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_meter, &LevelMeter::setThreshold);
    connect(m_gain, &QDoubleSpinBox::valueChanged, this, [this] {
        // The capture applies the gain: listen again with the new one.
        if (m_capture) {
            storeLine();
            stopListening();
            listen();
        }
    });
    if (m_lines.isEmpty())
        showLine(-1);
    else
        m_list->setCurrentRow(0);
    resize(820, 520);
}

LineSettingsDialog::~LineSettingsDialog()
{
    stopListening();
}

QWidget* LineSettingsDialog::field(const QString& name) const
{
    if (name == u"name")
        return m_name;
    if (name == u"device")
        return m_device;
    if (name == u"gain")
        return m_gain;
    if (name == u"retention")
        return m_retention;
    return nullptr;
}

QString LineSettingsDialog::calibrationText() const
{
    return m_calibration->text();
}

void LineSettingsDialog::fillDevices(const LineConfig& line)
{
    m_device->clear();
    const auto inputs = QMediaDevices::audioInputs();
    for (const auto& input : inputs)
        m_device->addItem(input.description(), input.id());
    if (!line.deviceId.isEmpty() && m_device->findData(line.deviceId) < 0)
        m_device->addItem(
            tr("%1 (not connected)")
                .arg(line.deviceDescription.isEmpty() ? QString::fromUtf8(line.deviceId) : line.deviceDescription),
            line.deviceId);
    if (m_device->count() == 0)
        m_device->setPlaceholderText(tr("No audio input found"));
    m_device->setCurrentIndex(line.deviceId.isEmpty() ? (inputs.isEmpty() ? -1 : 0)
                                                      : m_device->findData(line.deviceId));
}

void LineSettingsDialog::showLine(int row)
{
    stopListening();
    m_row = row;
    const bool has = row >= 0 && row < m_lines.size();
    const LineConfig line = has ? m_lines[row] : LineConfig();
    m_loading = true;
    m_name->setText(line.name);
    fillDevices(line);
    m_mode->setCurrentIndex(m_mode->findData(int(line.mode)));
    m_standard->setCurrentIndex(m_standard->findData(telephony::standardSetting(line.standard)));
    m_gain->setValue(line.gainDb);
    m_threshold->setValue(line.voxOnDbfs);
    m_meter->setThreshold(line.voxOnDbfs);
    m_meter->reset();
    m_record->setChecked(line.record);
    m_retention->setValue(line.retentionDays);
    m_enabled->setChecked(line.enabled);
    m_loading = false;
    m_calibration->setText(has ? tr("Press Listen to see the line's level.")
                               : tr("No lines yet: press Insert to add the first one."));
    for (QWidget* editor :
         std::initializer_list<QWidget*>{m_name, m_device, m_mode, m_standard, m_gain, m_threshold, m_record,
                                         m_retention, m_enabled, m_listen, m_calibrate, m_remove})
        editor->setEnabled(has);
    updateEnabled();
}

void LineSettingsDialog::storeLine()
{
    if (m_loading || m_row < 0 || m_row >= m_lines.size())
        return;
    LineConfig& line = m_lines[m_row];
    line.name = m_name->text().trimmed();
    line.deviceId = m_device->currentData().toByteArray();
    const QString description = m_device->currentText();
    if (!line.deviceId.isEmpty() && !description.endsWith(u')'))
        line.deviceDescription = description;
    line.mode = static_cast<LineMode>(m_mode->currentData().toInt());
    line.standard = telephony::standardFromSetting(m_standard->currentData().toString());
    line.gainDb = m_gain->value();
    line.voxOnDbfs = m_threshold->value();
    line.record = m_record->isChecked();
    line.retentionDays = m_retention->value();
    line.enabled = m_enabled->isChecked();
}

void LineSettingsDialog::updateEnabled()
{
    const bool has = m_row >= 0;
    const bool anonymous = static_cast<LineMode>(m_mode->currentData().toInt()) == LineMode::Anonymous;
    m_record->setEnabled(has && !anonymous);
    m_retention->setEnabled(has && !anonymous);
    m_record->setToolTip(anonymous ? tr("Anonymous lines are never recorded.") : QString());
}

void LineSettingsDialog::addLine()
{
    storeLine();
    LineConfig line;
    line.name = tr("Line %1").arg(m_lines.size() + 1);
    m_lines.append(line);
    m_list->addItem(line.name);
    m_list->setCurrentRow(int(m_lines.size() - 1));
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void LineSettingsDialog::removeLine()
{
    if (m_row < 0 || m_row >= m_lines.size())
        return;
    stopListening();
    const int row = m_row;
    m_row = -1; // nothing to store from the form of the line going away
    m_lines.removeAt(row);
    delete m_list->takeItem(row);
    if (m_lines.isEmpty())
        showLine(-1);
    else
        m_list->setCurrentRow(std::min(row, int(m_lines.size() - 1)));
}

void LineSettingsDialog::listen()
{
    if (m_row < 0)
        return;
    storeLine();
    LineConfig line = m_lines[m_row];
    line.record = false;
    m_capture = std::make_unique<telephony::LineCapture>(line, QString(), telephony::LineCapture::Namer());
    connect(m_capture.get(), &telephony::LineCapture::levelMeasured, this, &LineSettingsDialog::onLevel);
    connect(m_capture.get(), &telephony::LineCapture::opened, this,
            [this] { m_calibration->setText(tr("Listening. Speak on the line or leave it idle to calibrate.")); });
    connect(m_capture.get(), &telephony::LineCapture::failed, this, [this](const QString& message) {
        m_calibration->setText(message);
        m_calibrating = false;
    });
    m_calibration->setText(tr("Opening the input…"));
    m_capture->start();
    const QSignalBlocker blocker(m_listen);
    m_listen->setChecked(true);
}

void LineSettingsDialog::stopListening()
{
    m_calibrating = false;
    if (!m_capture)
        return;
    m_capture.reset();
    const QSignalBlocker blocker(m_listen);
    m_listen->setChecked(false);
}

void LineSettingsDialog::calibrate()
{
    if (m_row < 0)
        return;
    if (!m_capture)
        listen();
    m_calibrationLevels.clear();
    m_calibrating = true;
    m_calibration->setText(tr("Calibrating: keep the line idle for three seconds…"));
}

void LineSettingsDialog::onLevel(double dbfs)
{
    m_meter->setLevel(dbfs);
    if (!m_calibrating)
        return;
    m_calibrationLevels.append(dbfs);
    if (m_calibrationLevels.size() < kCalibrationReadings)
        return;
    m_calibrating = false;
    // The noise is what the idle line mostly has: the median, so that a click does not raise it.
    std::ranges::sort(m_calibrationLevels);
    const double noise = m_calibrationLevels[m_calibrationLevels.size() / 2];
    const double threshold = std::max(kLowestThresholdDbfs, std::round(noise + kSpeechAboveNoiseDb));
    m_threshold->setValue(threshold);
    QString text = tr("Line noise %1 dB: speech threshold set to %2 dB.").arg(qRound(noise)).arg(qRound(threshold));
    if (threshold > -25.0)
        text += QLatin1Char(' ') + tr("The line is noisy: check the adapter's cable, or lower the gain.");
    m_calibration->setText(text);
}

void LineSettingsDialog::accept()
{
    storeLine();
    // The line being edited first: a refusal then names what was just typed.
    QList<qsizetype> order;
    if (m_row >= 0)
        order << m_row;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (i != m_row)
            order << i;
    for (const qsizetype i : order) {
        const auto checked = telephony::LineConfigStore::check(m_lines[i], m_lines, i);
        if (!checked) {
            m_list->setCurrentRow(int(i));
            acceptIf(checked);
            return;
        }
    }
    stopListening();
    for (auto& line : m_lines)
        line.name = line.name.trimmed();
    acceptIf({});
}

} // namespace zabota::ui
