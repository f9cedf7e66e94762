// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through real audio: a user-space PulseAudio with a null sink stands in for the line adapter. A whole
// generated call (caller ID, rings, speech, busy tone) is played into the sink; the console's capture path reads the
// sink's monitor through Qt Multimedia like any input and must give the number, the events in order and a recording
// of the right length.
#include "core/recording/RecordingRepository.h"
#include "core/telephony/CallRecorder.h"
#include "core/telephony/LineCapture.h"
#include "core/telephony/LineDesk.h"
#include "core/telephony/RecordingArchive.h"
#include "tests/audio/PulseServer.h"
#include "tests/support/TestDatabase.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/CallDesk.h"
#include "ui/CallStrip.h"
#include "ui/EntryDialog.h"
#include "ui/IncomingCallCard.h"
#include "ui/MainWindow.h"
#include "ui/RecordingPlayer.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using telephony::CallDirection;
using telephony::CallerIdStandard;
using telephony::LineEvent;
using telephony::LineEventKind;
using tests::LineSignal;

namespace {

constexpr int kRate = 8000;
const QByteArray kNumber = "79123456789";

void append(std::vector<qint16>& to, const std::vector<qint16>& more)
{
    to.insert(to.end(), more.begin(), more.end());
}

struct GeneratedCall {
    std::vector<qint16> samples;
    qint64 speechEnd = 0; // the sample where the caller stopped talking
    qint64 busyStart = 0;
};

// A Russian line's call as the adapter hears it: V.23 caller ID before the first ring, two rings of the 1 s on, 4 s
// off cadence, the dispatcher answers, both talk, the caller hangs up and the exchange sends the busy tone.
GeneratedCall generatedCall()
{
    GeneratedCall call;
    tests::TestCall id;
    id.number = kNumber;
    id.name = "SOROKINA";
    append(call.samples, LineSignal::silence(500));
    append(call.samples, LineSignal::atLevel(LineSignal::callerId(CallerIdStandard::V23, id), -15.0));
    append(call.samples, LineSignal::ringBurst(1000));
    append(call.samples, LineSignal::silence(4000));
    append(call.samples, LineSignal::ringBurst(1000));
    append(call.samples, LineSignal::silence(1500));
    append(call.samples, LineSignal::atLevel(tests::SpeechSignal::russianSpeech(QStringLiteral(
                                                 "Здравствуйте, это центр помощи семье. Слушаю вас, говорите.")),
                                             -18.0));
    append(call.samples, LineSignal::silence(400));
    append(call.samples, LineSignal::atLevel(tests::SpeechSignal::russianSpeech(QStringLiteral(
                                                 "Добрый день. Мне нужна консультация психолога для сына.")),
                                             -20.0));
    call.speechEnd = qint64(call.samples.size());
    append(call.samples, LineSignal::silence(600));
    call.busyStart = qint64(call.samples.size());
    append(call.samples, LineSignal::exchangeTone(5, 350, 350));
    append(call.samples, LineSignal::silence(2000));
    return call;
}

telephony::LineConfig lineConfig(const QAudioDevice& device)
{
    telephony::LineConfig line;
    line.name = QStringLiteral("Линия 1");
    line.deviceId = device.id();
    line.deviceDescription = device.description();
    line.standard = std::nullopt; // automatic: the V.23 message must be told from Bell 202 by itself
    line.record = true;
    return line;
}

// The shared server: Qt Multimedia reads PULSE_SERVER once, when it is first used.
tests::PulseServer& pulse()
{
    static tests::PulseServer server;
    return server;
}

} // namespace

TEST_CASE("a call played into the line's sound card gives the number, the events in order and its recording",
          "[audio][telephony]")
{
    REQUIRE(pulse().error().isEmpty());
    const QAudioDevice input = tests::PulseServer::input();
    INFO("PulseAudio at " << pulse().server().toStdString());
    REQUIRE_FALSE(input.isNull());

    QTemporaryDir recordings;
    const GeneratedCall call = generatedCall();
    const QString wav = recordings.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(wav, call.samples));

    telephony::LineCapture capture(
        lineConfig(input), recordings.filePath(QStringLiteral("archive")), [](const QString&, const QDateTime&) {
            return telephony::RecordingPaths{QStringLiteral("2026/11/call.wav"), QStringLiteral("2026/11/call.opus")};
        });
    std::vector<LineEvent> events;
    QObject::connect(&capture, &telephony::LineCapture::lineEvent, &capture,
                     [&events](const LineEvent& event) { events.push_back(event); });
    QSignalSpy opened(&capture, &telephony::LineCapture::opened);
    QSignalSpy failed(&capture, &telephony::LineCapture::failed);
    QSignalSpy levels(&capture, &telephony::LineCapture::levelMeasured);
    QSignalSpy finished(&capture, &telephony::LineCapture::recordingFinished);
    capture.start();
    REQUIRE(opened.wait(5000));
    // The first second or so of a new stream is never delivered: let it pass before the call comes.
    QTest::qWait(2000);

    REQUIRE(pulse().play(wav));
    const qint64 callSeconds = qint64(call.samples.size()) / kRate;
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, int(callSeconds + 15) * 1000));
    CHECK(failed.isEmpty());
    CHECK(levels.size() > 50);

    std::vector<LineEventKind> kinds;
    for (const auto& event : events)
        if (event.kind != LineEventKind::SpeechStarted && event.kind != LineEventKind::SpeechStopped)
            kinds.push_back(event.kind);
    const std::vector<LineEventKind> expected = {
        LineEventKind::CallStarted, LineEventKind::CallerId, LineEventKind::Ring,     LineEventKind::Ring,
        LineEventKind::Answered,    LineEventKind::BusyTone, LineEventKind::CallEnded};
    CHECK(kinds == expected);
    const auto callerId = std::ranges::find(events, LineEventKind::CallerId, &LineEvent::kind);
    REQUIRE(callerId != events.end());
    CHECK(callerId->callerId.number == QString::fromLatin1(kNumber));
    CHECK(callerId->callerId.standard == CallerIdStandard::V23);
    const auto ended = std::ranges::find(events, LineEventKind::CallEnded, &LineEvent::kind);
    REQUIRE(ended != events.end());
    CHECK(ended->answered);
    CHECK(ended->end == telephony::CallEnd::BusyTone);

    // The recording runs from the call's start (the caller ID) to where the busy tone was told.
    const QList<QVariant> done = finished.first();
    CHECK(done.at(3).toBool());             // kept
    CHECK(done.at(4).toString().isEmpty()); // no error
    const qint64 durationMs = done.at(2).toLongLong();
    const qint64 startSample = 500 * kRate / 1000;
    const qint64 least = (call.busyStart - startSample) * 1000 / kRate;
    INFO("recorded " << durationMs << " ms; the call until the busy tone is " << least << " ms");
    CHECK(durationMs >= least);
    CHECK(durationMs <= least + 3500);
    const QString recorded = recordings.filePath(QStringLiteral("archive/2026/11/call.wav"));
    const auto readable = telephony::CallRecorder::readableDurationMs(recorded);
    REQUIRE(readable);
    CHECK(std::abs(*readable - durationMs) <= 20);
    CHECK(QFileInfo(recorded).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    capture.stop();
}

TEST_CASE("the dispatcher registers a ringing call from its card and the recording lands on the entry",
          "[audio][telephony][ui]")
{
    REQUIRE(pulse().error().isEmpty());
    const QAudioDevice input = tests::PulseServer::input();
    REQUIRE_FALSE(input.isNull());

    tests::TestDatabase t;
    // The call comes now: the journal's clock must not be behind it.
    t.setNow(QDateTime::currentDateTime().addSecs(3600));
    // The family that calls, known by its phone.
    const auto family = t.families().createFamily(tests::TestDatabase::familyDraft(
        QStringLiteral("Сорокина"), QDate(2014, 5, 3), QStringLiteral("+7 912 345-67-89")));
    REQUIRE(family);
    core::RecordingRepository repository(t.db());
    telephony::RecordingArchive archive(QDir(t.dir()).filePath(QStringLiteral("recordings")), repository);
    telephony::LineDesk desk(&archive);
    ui::MainWindow window(t.journal(), t.auth());
    window.setFamilyService(&t.families());
    window.setTelephony(&desk, &archive);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QSignalSpy opened(&desk, &telephony::LineDesk::lineOpened);
    desk.setLines(QList<telephony::LineConfig>{lineConfig(input)});
    REQUIRE(opened.wait(5000));
    QTest::qWait(2000);

    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(wav, generatedCall().samples));
    REQUIRE(pulse().play(wav));

    ui::CallDesk* calls = window.callDesk();
    REQUIRE(calls);
    ui::IncomingCallCard* card = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            card = calls->latestCard();
            return card && card->numberText() == QString::fromLatin1(kNumber) && !card->familyRows().isEmpty();
        },
        8000));
    CHECK(card->familyRows().first().contains(QStringLiteral("Сорокина")));
    CHECK(card->stateText().contains(QStringLiteral("Ringing")));

    // Enter on the card opens the registration form filled in from the call; it is saved while the call goes on.
    bool toldShown = false;
    QString phone;
    QString line;
    QString stripText;
    const auto seen = tests::keyboard::inNextDialog<ui::EntryDialog>([&](ui::EntryDialog& form) {
        using tests::keyboard::pressIn;
        phone = form.draft().applicantPhone;
        line = form.draft().line;
        auto* strip = form.findChild<ui::CallStrip*>();
        toldShown = strip && strip->toldBox()->isVisible();
        if (strip) {
            stripText = strip->text();
            strip->toldBox()->setChecked(true);
        }
        // The applicant; past the phone (filled in), the agency and the document no. to the category; to the summary.
        tests::keyboard::typeIn(form, QStringLiteral("Сорокина Ирина Павловна"));
        for (int i = 0; i < 4; ++i)
            pressIn(form, Qt::Key_Tab);
        pressIn(form, Qt::Key_Down);
        pressIn(form, Qt::Key_Tab);
        pressIn(form, Qt::Key_Tab);
        tests::keyboard::typeIn(form, QStringLiteral("Консультация психолога для сына"));
        pressIn(form, Qt::Key_Return, Qt::ControlModifier);
        INFO(form.bannerText().toStdString());
        CHECK(form.result() == QDialog::Accepted);
    });
    card->activateWindow();
    QTest::keyClick(card, Qt::Key_Return);
    REQUIRE(tests::keyboard::dialogDone(seen));
    CHECK(phone == QString::fromLatin1(kNumber));
    CHECK(line == QStringLiteral("Линия 1"));
    CHECK(toldShown);
    CHECK(stripText.contains(QString::fromLatin1(kNumber)));

    const auto entries = t.journal().page({}, 0, 5);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const core::JournalEntry entry = entries->first();
    CHECK(entry.draft.applicantPhone == QString::fromLatin1(kNumber));
    CHECK(entry.draft.channel == core::Channel::Phone);

    // The caller hangs up: the recording is attached to the entry, with the warning ticked.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto attached = archive.ofEntry(entry.id);
            return attached && attached->size() == 1;
        },
        40000));
    const auto attached = archive.ofEntry(entry.id).value().first();
    CHECK(attached.toldOfRecording);
    CHECK(attached.number == QString::fromLatin1(kNumber));
    CHECK(attached.lineName == QStringLiteral("Линия 1"));
    CHECK(attached.durationMs.value_or(0) > 15000);
    CHECK(QFileInfo::exists(archive.absolutePath(attached.path)));
    CHECK(archive.orphans().value().isEmpty());
    CHECK(desk.activeCalls().isEmpty());

    // The entry's recordings, as its form shows them: listed with the warning, and playing.
    std::unique_ptr<QWidget> panel(calls->recordingsPanel(entry.id));
    auto* player = qobject_cast<ui::RecordingPlayer*>(panel.get());
    REQUIRE(player);
    REQUIRE(player->rows().size() == 1);
    CHECK(player->rows().first().contains(QString::fromLatin1(kNumber)));
    CHECK(player->rows().first().contains(QStringLiteral("the caller was told")));
    player->playCurrent();
    CHECK(QTest::qWaitFor([&] { return player->player()->position() > 500; }, 5000));
    player->player()->stop();
}

TEST_CASE("an anonymous line shows no number, keeps none and records nothing", "[audio][telephony][ui]")
{
    REQUIRE(pulse().error().isEmpty());
    const QAudioDevice input = tests::PulseServer::input();
    REQUIRE_FALSE(input.isNull());

    tests::TestDatabase t;
    core::RecordingRepository repository(t.db());
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("recordings"));
    telephony::RecordingArchive archive(folder, repository);
    telephony::LineDesk desk(&archive);
    ui::MainWindow window(t.journal(), t.auth());
    window.setTelephony(&desk, &archive);
    window.show();

    telephony::LineConfig line = lineConfig(input);
    line.name = QStringLiteral("Детский телефон доверия");
    line.mode = telephony::LineMode::Anonymous;
    QSignalSpy opened(&desk, &telephony::LineDesk::lineOpened);
    std::vector<telephony::LineCall> seen;
    QObject::connect(&desk, &telephony::LineDesk::callChanged, &desk,
                     [&seen](const telephony::LineCall& call) { seen.push_back(call); });
    desk.setLines(QList<telephony::LineConfig>{line});
    REQUIRE(opened.wait(5000));
    QTest::qWait(2000);

    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(wav, generatedCall().samples));
    REQUIRE(pulse().play(wav));
    REQUIRE(QTest::qWaitFor([&] { return !seen.empty() && seen.back().ended; }, 40000));

    // The caller ID was on the line, but nothing of it reached the console, and no file was written.
    CHECK(std::ranges::none_of(seen, [](const telephony::LineCall& call) { return call.callerId.has_value(); }));
    CHECK(seen.back().answeredAt.isValid());
    CHECK_FALSE(seen.back().kept);
    ui::IncomingCallCard* card = window.callDesk()->card(seen.back().id);
    REQUIRE(card);
    CHECK(card->numberText() == QStringLiteral("Anonymous line"));
    CHECK(archive.orphans().value().isEmpty());
    const bool written = QDir(folder).exists() && !QDir(folder).isEmpty();
    CHECK_FALSE(written);
}

TEST_CASE("a console stopped during a call keeps the call's recording whole, catalogued and waiting for an entry",
          "[audio][telephony]")
{
    REQUIRE(pulse().error().isEmpty());
    const QAudioDevice input = tests::PulseServer::input();
    REQUIRE_FALSE(input.isNull());

    tests::TestDatabase t;
    t.setNow(QDateTime::currentDateTime().addSecs(3600));
    core::RecordingRepository repository(t.db());
    telephony::RecordingArchive archive(QDir(t.dir()).filePath(QStringLiteral("recordings")), repository);
    auto desk = std::make_unique<telephony::LineDesk>(&archive);
    QSignalSpy opened(desk.get(), &telephony::LineDesk::lineOpened);
    std::optional<telephony::LineCall> last;
    QObject::connect(desk.get(), &telephony::LineDesk::callChanged, desk.get(),
                     [&last](const telephony::LineCall& call) { last = call; });
    desk->setLines(QList<telephony::LineConfig>{lineConfig(input)});
    REQUIRE(opened.wait(5000));
    QTest::qWait(2000);

    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(wav, generatedCall().samples));
    REQUIRE(pulse().play(wav));
    // The dispatcher has answered and the caller speaks when the console is told to stop (the system shuts down).
    REQUIRE(QTest::qWaitFor([&] { return last && last->answeredAt.isValid(); }, 20000));
    QTest::qWait(2000);
    REQUIRE_FALSE(last->ended);
    desk.reset();

    // Not a crash: the recording has its length and the number, it is not marked cut off, and nothing needs recovery.
    const auto orphans = archive.orphans();
    REQUIRE(orphans);
    REQUIRE(orphans->size() == 1);
    const core::CallRecording& kept = orphans->first();
    CHECK(kept.isFinished());
    CHECK_FALSE(kept.interrupted);
    CHECK(kept.number == QString::fromLatin1(kNumber));
    // From the first sign of the call (the caller ID) through the rings and two seconds of speech.
    CHECK(kept.durationMs.value_or(0) > 8000);
    const auto readable = telephony::CallRecorder::readableDurationMs(archive.absolutePath(kept.path));
    REQUIRE(readable);
    CHECK(std::abs(*readable - *kept.durationMs) <= 100);
    const auto recovered = archive.recover();
    REQUIRE(recovered);
    CHECK(recovered->isEmpty());
}
