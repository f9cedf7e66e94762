// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineConfig.h"

#include <QSettings>

namespace zabota::telephony {

namespace {

const QString kArray = QStringLiteral("lines");
const QString kAuto = QStringLiteral("auto");

} // namespace

QString standardSetting(const std::optional<CallerIdStandard>& standard)
{
    return standard ? standardKey(*standard) : kAuto;
}

std::optional<CallerIdStandard> standardFromSetting(const QString& key)
{
    return key == kAuto ? std::nullopt : standardFromKey(key);
}

QList<LineConfig> LineConfigStore::load(QSettings& settings)
{
    QList<LineConfig> lines;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        LineConfig line;
        line.name = settings.value(QStringLiteral("name")).toString();
        line.deviceId = settings.value(QStringLiteral("device")).toByteArray();
        line.deviceDescription = settings.value(QStringLiteral("deviceDescription")).toString();
        line.mode = settings.value(QStringLiteral("mode")).toString() == u"anonymous" ? LineMode::Anonymous
                                                                                      : LineMode::Identified;
        line.standard = standardFromSetting(settings.value(QStringLiteral("standard"), kAuto).toString());
        line.gainDb = std::clamp(settings.value(QStringLiteral("gainDb"), 0.0).toDouble(), LineConfig::kMinGainDb,
                                 LineConfig::kMaxGainDb);
        line.voxOnDbfs = settings.value(QStringLiteral("voxOnDbfs"), line.voxOnDbfs).toDouble();
        line.record = settings.value(QStringLiteral("record"), true).toBool();
        line.retentionDays =
            std::clamp(settings.value(QStringLiteral("retentionDays"), 365).toInt(), 0, LineConfig::kMaxRetentionDays);
        line.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        if (!line.name.isEmpty())
            lines.append(line);
    }
    settings.endArray();
    return lines;
}

void LineConfigStore::save(QSettings& settings, const QList<LineConfig>& lines)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), line.name);
        settings.setValue(QStringLiteral("device"), line.deviceId);
        settings.setValue(QStringLiteral("deviceDescription"), line.deviceDescription);
        settings.setValue(QStringLiteral("mode"), line.mode == LineMode::Anonymous ? QStringLiteral("anonymous")
                                                                                   : QStringLiteral("identified"));
        settings.setValue(QStringLiteral("standard"), standardSetting(line.standard));
        settings.setValue(QStringLiteral("gainDb"), line.gainDb);
        settings.setValue(QStringLiteral("voxOnDbfs"), line.voxOnDbfs);
        settings.setValue(QStringLiteral("record"), line.record);
        settings.setValue(QStringLiteral("retentionDays"), line.retentionDays);
        settings.setValue(QStringLiteral("enabled"), line.enabled);
    }
    settings.endArray();
    settings.sync();
}

core::Status LineConfigStore::check(const LineConfig& line, const QList<LineConfig>& lines, qsizetype index)
{
    using core::Error;
    const QString name = line.name.trimmed();
    if (name.isEmpty())
        return core::fail(Error::Kind::Validation, tr("Give the line a name, e.g. \"Hotline 1\"."), {},
                          QStringLiteral("name"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i != index && lines[i].name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return core::fail(Error::Kind::Validation, tr("Another line is already called \"%1\".").arg(name), {},
                              QStringLiteral("name"));
    }
    if (line.deviceId.isEmpty())
        return core::fail(Error::Kind::Validation, tr("Choose the audio input the line's adapter is plugged into."), {},
                          QStringLiteral("device"));
    if (line.gainDb < LineConfig::kMinGainDb || line.gainDb > LineConfig::kMaxGainDb)
        return core::fail(
            Error::Kind::Validation,
            tr("The gain must be between %1 and %2 dB.").arg(LineConfig::kMinGainDb).arg(LineConfig::kMaxGainDb), {},
            QStringLiteral("gain"));
    if (line.retentionDays < 0 || line.retentionDays > LineConfig::kMaxRetentionDays)
        return core::fail(Error::Kind::Validation,
                          tr("Keep recordings from 0 (for ever) to %1 days.").arg(LineConfig::kMaxRetentionDays), {},
                          QStringLiteral("retention"));
    return {};
}

} // namespace zabota::telephony
