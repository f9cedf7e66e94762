// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/telephony/CallerId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace zabota::telephony {

// Whether a line keeps who called. Children's helplines are anonymous: no number is stored and nothing is recorded.
enum class LineMode { Identified, Anonymous };

// One phone line tapped by a line-recording adapter, as this workstation knows it. Lines belong to the workstation
// (the adapter is plugged into it), so they live in its settings, not in the shared database.
struct LineConfig {
    static constexpr double kMinGainDb = -20.0;
    static constexpr double kMaxGainDb = 30.0;
    static constexpr int kMaxRetentionDays = 3650;

    QString name;              // "Телефон доверия", unique on the workstation
    QByteArray deviceId;       // QAudioDevice::id() of the adapter's input
    QString deviceDescription; // what the device was called, to name it when it is unplugged
    LineMode mode = LineMode::Identified;
    std::optional<CallerIdStandard> standard; // nullopt: listen for every standard ("auto")
    double gainDb = 0.0;                      // applied to the audio before anything else
    double voxOnDbfs = -40.0;                 // speech above this level (after the gain); set by the calibration
    bool record = true;                       // ignored on an anonymous line
    int retentionDays = 365;                  // recordings older than this are deleted; 0 keeps them
    bool enabled = true;

    [[nodiscard]] bool records() const { return record && mode == LineMode::Identified; }
    friend bool operator==(const LineConfig&, const LineConfig&) = default;
};

// Reads and writes the lines in the workstation's settings, and checks a line before it is kept.
class LineConfigStore final {
    Q_DECLARE_TR_FUNCTIONS(zabota::telephony::LineConfigStore)

public:
    [[nodiscard]] static QList<LineConfig> load(QSettings& settings);
    static void save(QSettings& settings, const QList<LineConfig>& lines);
    // Refuses, with a sentence naming the field, a line that cannot work: no name, a name another line has (lines
    // other than `index` in `lines`), no audio input, gain or retention out of range.
    [[nodiscard]] static core::Status check(const LineConfig& line, const QList<LineConfig>& lines, qsizetype index);
};

// "auto", "bell202", "v23", "dtmf", "aon": the settings' and the command line's name of a line's caller ID standard.
[[nodiscard]] QString standardSetting(const std::optional<CallerIdStandard>& standard);
[[nodiscard]] std::optional<CallerIdStandard> standardFromSetting(const QString& key);

} // namespace zabota::telephony
