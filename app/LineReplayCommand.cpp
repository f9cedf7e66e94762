// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LineReplayCommand.h"

#include "core/telephony/CallerIdDecoder.h"
#include "core/telephony/DtmfDetector.h"
#include "core/telephony/FskStandardGuess.h"
#include "core/telephony/WavReader.h"

#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

namespace zabota::app {

namespace {

using telephony::CallerId;
using telephony::CallerIdStandard;

// Two FSK receivers reporting the same message within this many samples (100 ms) heard the same message.
constexpr qint64 kSameMessage = 800;
// The audio before a message's end over which its FSK standard is told: 1 s, about the length of a message.
constexpr qint64 kMessageSpan = 8000;

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

QString time(qint64 sample)
{
    return QString::number(double(sample) / telephony::CallerIdDecoder::kSampleRate, 'f', 3);
}

struct Event {
    qint64 sample = 0;
    QString json;
};

Event callerIdEvent(const CallerId& id)
{
    return {id.endSample,
            QStringLiteral("{\"t\":%1,\"event\":\"caller-id\",\"standard\":%2,\"number\":%3,\"name\":%4,\"time\":%5,"
                           "\"withheld\":%6,\"unavailable\":%7}")
                .arg(time(id.endSample), jsonString(telephony::standardKey(id.standard)), jsonString(id.number),
                     jsonString(id.name), jsonString(id.dateTime), jsonBool(id.withheld()),
                     jsonBool(id.absence == telephony::NumberAbsence::Unavailable))};
}

bool sameMessage(const CallerId& a, const CallerId& b)
{
    return a.number == b.number && a.name == b.name && a.dateTime == b.dateTime && a.absence == b.absence &&
           std::abs(a.endSample - b.endSample) <= kSameMessage;
}

// When every standard is listened to, the Bell 202 and V.23 receivers both decode an FSK message: one report is
// kept, labelled with the standard its tones belong to.
std::vector<CallerId> mergeFsk(std::vector<CallerId> found, std::span<const qint16> samples)
{
    std::vector<CallerId> merged;
    std::vector<bool> taken(found.size(), false);
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (taken[i])
            continue;
        CallerId id = found[i];
        for (std::size_t j = i + 1; j < found.size(); ++j) {
            if (taken[j] || found[j].standard == id.standard || found[j].standard == CallerIdStandard::Dtmf ||
                id.standard == CallerIdStandard::Dtmf || !sameMessage(id, found[j]))
                continue;
            taken[j] = true;
            const qint64 end = std::min<qint64>(id.endSample, qint64(samples.size()));
            const qint64 start = std::max<qint64>(0, end - kMessageSpan);
            id.standard = telephony::guessFskStandard(samples.subspan(std::size_t(start), std::size_t(end - start)));
        }
        merged.push_back(id);
    }
    return merged;
}

} // namespace

LineReplayCommand::LineReplayCommand(LineReplayOptions options)
    : m_options(std::move(options))
{}

int LineReplayCommand::run()
{
    auto samples = telephony::WavReader::read(m_options.path);
    if (!samples) {
        QTextStream(stderr) << samples.error().message << Qt::endl;
        if (!samples.error().detail.isEmpty())
            qWarning("%s", qUtf8Printable(samples.error().detail));
        return 1;
    }

    std::vector<CallerIdStandard> standards = {CallerIdStandard::Bell202, CallerIdStandard::V23,
                                               CallerIdStandard::Dtmf};
    if (m_options.standard)
        standards = {*m_options.standard};

    std::vector<CallerId> found;
    for (auto standard : standards) {
        telephony::CallerIdDecoder decoder(standard, [&found](const CallerId& id) { found.push_back(id); });
        decoder.feed(*samples);
    }
    std::ranges::stable_sort(found, {}, &CallerId::endSample);
    if (!m_options.standard)
        found = mergeFsk(std::move(found), *samples);

    std::vector<Event> events;
    for (const auto& id : found)
        events.push_back(callerIdEvent(id));
    telephony::DtmfDetector dtmf([&events](const telephony::DtmfDetector::Digit& digit) {
        events.push_back({digit.sample, QStringLiteral("{\"t\":%1,\"event\":\"dtmf\",\"digit\":%2}")
                                            .arg(time(digit.sample), jsonString(QString(digit.digit)))});
    });
    dtmf.feed(*samples);
    std::ranges::stable_sort(events, {}, &Event::sample);

    QTextStream out(stdout);
    for (const auto& event : events)
        out << event.json << '\n';
    out.flush();
    return 0;
}

} // namespace zabota::app
