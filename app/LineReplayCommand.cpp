// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LineReplayCommand.h"

#include "core/telephony/LineMonitor.h"
#include "core/telephony/WavReader.h"

#include <QTextStream>

#include <algorithm>
#include <span>

namespace zabota::app {

namespace {

using telephony::CallerId;
using telephony::LineEvent;
using telephony::LineEventKind;

// Samples handed to the monitor at a time: a second, as capture would.
constexpr std::size_t kBlock = 8000;

QString jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\', out += c;
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString jsonBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString seconds(qint64 samples)
{
    return QString::number(double(samples) / telephony::LineMonitor::kSampleRate, 'f', 3);
}

QString callerIdFields(const CallerId& id)
{
    return QStringLiteral(",\"standard\":%1,\"number\":%2,\"name\":%3,\"time\":%4,\"withheld\":%5,\"unavailable\":%6")
               .arg(jsonString(telephony::standardKey(id.standard)), jsonString(id.number), jsonString(id.name),
                    jsonString(id.dateTime), jsonBool(id.withheld()),
                    jsonBool(id.absence == telephony::NumberAbsence::Unavailable)) +
           // АОН also sends the caller's category (1 an ordinary subscriber, 2 a hotel, 7 a payphone…).
           (id.standard == telephony::CallerIdStandard::Aon ? QStringLiteral(",\"category\":") + jsonString(id.category)
                                                            : QString());
}

QString json(const LineEvent& event)
{
    QString fields;
    switch (event.kind) {
    case LineEventKind::CallStarted:
        fields = QStringLiteral(",\"direction\":%1").arg(jsonString(telephony::directionKey(event.direction)));
        break;
    case LineEventKind::Ring:
        fields = QStringLiteral(",\"ring\":%1").arg(event.ring);
        break;
    case LineEventKind::CallerId:
        fields = callerIdFields(event.callerId);
        break;
    case LineEventKind::Dtmf:
        fields = QStringLiteral(",\"digit\":%1").arg(jsonString(QString(event.digit)));
        break;
    case LineEventKind::CallEnded:
    case LineEventKind::CallDiscarded:
        fields =
            QStringLiteral(",\"reason\":%1,\"answered\":%2,\"duration\":%3,\"direction\":%4")
                .arg(jsonString(telephony::endKey(event.end)), jsonBool(event.answered),
                     seconds(event.sample - event.callStart), jsonString(telephony::directionKey(event.direction)));
        if (event.direction == telephony::CallDirection::Outgoing)
            fields += QStringLiteral(",\"dialled\":%1").arg(jsonString(event.dialled));
        break;
    case LineEventKind::Answered:
    case LineEventKind::SpeechStarted:
    case LineEventKind::SpeechStopped:
    case LineEventKind::BusyTone:
        break;
    }
    return QStringLiteral("{\"t\":%1,\"event\":%2%3}")
        .arg(seconds(event.sample), jsonString(telephony::eventKey(event.kind)), fields);
}

} // namespace

LineReplayCommand::LineReplayCommand(LineReplayOptions options)
    : m_options(std::move(options))
{}

int LineReplayCommand::run()
{
    QTextStream out(stdout);
    telephony::LineMonitorSettings settings;
    settings.standard = m_options.standard;
    telephony::LineMonitor monitor(settings, [&out](const LineEvent& event) { out << json(event) << '\n'; });
    const auto read = telephony::WavReader::stream(m_options.path, qsizetype(kBlock),
                                                   [&monitor](std::span<const qint16> block) { monitor.feed(block); });
    if (!read) {
        out.flush();
        QTextStream(stderr) << read.error().message << Qt::endl;
        if (!read.error().detail.isEmpty())
            qWarning("%s", qUtf8Printable(read.error().detail));
        return 1;
    }
    monitor.finish();
    out.flush();
    return 0;
}

} // namespace zabota::app
