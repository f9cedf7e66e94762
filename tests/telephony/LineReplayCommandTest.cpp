// SPDX-License-Identifier: GPL-3.0-or-later
// The real `zabota line-replay`, run as a process on recordings written here with libsndfile.
#include "tests/support/QtPrinting.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using zabota::telephony::CallerIdStandard;
using zabota::tests::LineSignal;
using zabota::tests::SpeechSignal;
using zabota::tests::TestCall;

namespace {

struct Run {
    int exitCode = -1;
    QStringList lines;
    QString errors;
};

Run replay(const QTemporaryDir& dir, const QStringList& arguments)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    // The log file goes to the temporary folder, not to the user's data.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ZABOTA_EXECUTABLE), QStringList{QStringLiteral("line-replay")} + arguments);
    REQUIRE(process.waitForFinished(60'000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("zabota line-replay prints the caller ID of a recorded Bell 202 call as a JSON line", "[telephony][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TestCall call;
    call.number = "79123456789";
    call.name = "IVANOVA MARIA";
    auto signal = LineSignal::silence(1000);
    const auto message = LineSignal::withNoise(
        LineSignal::atLevel(LineSignal::callerId(CallerIdStandard::Bell202, call), -20.0), 20.0, 31);
    signal.insert(signal.end(), message.begin(), message.end());
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(path, signal));

    const QString standard = GENERATE(QStringLiteral("auto"), QStringLiteral("bell202"));
    INFO(standard.toStdString());
    const Run run = replay(dir, {path, QStringLiteral("--standard"), standard});
    INFO(run.errors.toStdString());
    INFO(run.lines.join(u'\n').toStdString());
    REQUIRE(run.exitCode == 0);
    // The caller ID starts a call, which the end of the recording cuts short: a call too short to keep. (The noise
    // after the message may sound like someone picking up.)
    REQUIRE(run.lines.size() >= 3);
    QJsonParseError error{};
    const QJsonObject start = QJsonDocument::fromJson(run.lines.first().toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(start.value(u"event").toString() == QStringLiteral("call-start"));
    CHECK(start.value(u"direction").toString() == QStringLiteral("incoming"));
    const QJsonObject discarded = QJsonDocument::fromJson(run.lines.last().toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(discarded.value(u"event").toString() == QStringLiteral("call-discarded"));
    const QStringList callerIds = run.lines.filter(QStringLiteral("\"event\":\"caller-id\""));
    REQUIRE(callerIds.size() == 1);
    const QJsonObject event = QJsonDocument::fromJson(callerIds[0].toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(event.value(u"event").toString() == QStringLiteral("caller-id"));
    CHECK(event.value(u"standard").toString() == QStringLiteral("bell202"));
    CHECK(event.value(u"number").toString() == QStringLiteral("79123456789"));
    CHECK(event.value(u"name").toString() == QStringLiteral("IVANOVA MARIA"));
    CHECK(event.value(u"time").toString() == QStringLiteral("11221530"));
    CHECK(event.value(u"withheld").toBool() == false);
    const double t = event.value(u"t").toDouble();
    CHECK(t > 1.0);
    CHECK(t <= double(signal.size()) / LineSignal::kSampleRate);
}

TEST_CASE("zabota line-replay prints DTMF digits with their times", "[telephony][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("digits.wav"));
    REQUIRE(LineSignal::writeWav(path, LineSignal::atLevel(LineSignal::dtmf("507"), -10.0)));
    const Run run = replay(dir, {path, QStringLiteral("--standard"), QStringLiteral("v23")});
    INFO(run.lines.join(u'\n').toStdString());
    REQUIRE(run.exitCode == 0);
    // Digits on an idle line start an outgoing call, which the recording's end cuts short.
    REQUIRE(run.lines.size() == 5);
    CHECK(QJsonDocument::fromJson(run.lines.first().toUtf8()).object().value(u"event").toString() ==
          QStringLiteral("call-start"));
    CHECK(QJsonDocument::fromJson(run.lines.last().toUtf8()).object().value(u"event").toString() ==
          QStringLiteral("call-discarded"));
    QString digits;
    double last = 0;
    for (const QString& line : run.lines.mid(1, 3)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        CHECK(event.value(u"event").toString() == QStringLiteral("dtmf"));
        digits += event.value(u"digit").toString();
        CHECK(event.value(u"t").toDouble() > last);
        last = event.value(u"t").toDouble();
    }
    CHECK(digits == QStringLiteral("507"));
}

TEST_CASE("zabota line-replay refuses a missing file and a recording not at 8000 Hz with exit code 1",
          "[telephony][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Run missing = replay(dir, {dir.filePath(QStringLiteral("nothing.wav"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.lines.isEmpty());
    CHECK_FALSE(missing.errors.isEmpty());

    const QString wide = dir.filePath(QStringLiteral("wide.wav"));
    REQUIRE(LineSignal::writeWav(wide, LineSignal::silence(500), 16'000));
    const Run refused = replay(dir, {wide});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errors.contains(QStringLiteral("16000")));
}

TEST_CASE("zabota line-replay refuses wrong arguments with exit code 2", "[telephony][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quiet.wav"));
    REQUIRE(LineSignal::writeWav(path, LineSignal::silence(500)));
    CHECK(replay(dir, {path, QStringLiteral("--standard"), QStringLiteral("morse")}).exitCode == 2);
    CHECK(replay(dir, {}).exitCode == 2);
    CHECK(replay(dir, {path, path}).exitCode == 2);
    CHECK(replay(dir, {path, QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(replay(dir, {path}).exitCode == 0);
}

TEST_CASE("zabota line-replay prints a whole call: rings, answer, busy tone and its end", "[telephony][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto signal = LineSignal::silence(1000);
    const auto rings = LineSignal::rings(2, {1000, 4000});
    signal.insert(signal.end(), rings.begin(), rings.end());
    const auto voice = LineSignal::atLevel(SpeechSignal::russianSpeech(QStringLiteral("Алло, слушаю вас.")), -15.0);
    REQUIRE_FALSE(voice.empty());
    signal.insert(signal.end(), voice.begin(), voice.end());
    const double busyAt = double(signal.size()) / LineSignal::kSampleRate;
    const auto busy = LineSignal::exchangeTone(4, 350, 350);
    signal.insert(signal.end(), busy.begin(), busy.end());
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(LineSignal::writeWav(path, signal));

    const Run run = replay(dir, {path});
    INFO(run.lines.join(u'\n').toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.lines.size() >= 6);
    CHECK(run.lines[0] == QStringLiteral("{\"t\":1.000,\"event\":\"call-start\",\"direction\":\"incoming\"}"));
    CHECK(run.lines[1] == QStringLiteral("{\"t\":1.000,\"event\":\"ring\",\"ring\":1}"));
    CHECK(run.lines[2] == QStringLiteral("{\"t\":6.000,\"event\":\"ring\",\"ring\":2}"));
    CHECK(run.lines[3] == QStringLiteral("{\"t\":11.000,\"event\":\"answer\"}"));
    const QJsonObject end = QJsonDocument::fromJson(run.lines.last().toUtf8()).object();
    CHECK(end.value(u"event").toString() == QStringLiteral("call-end"));
    CHECK(end.value(u"reason").toString() == QStringLiteral("busy"));
    CHECK(end.value(u"answered").toBool());
    CHECK(end.value(u"direction").toString() == QStringLiteral("incoming"));
    CHECK(end.value(u"duration").toDouble() == Approx(busyAt - 1.0).margin(0.1));
    CHECK(end.value(u"t").toDouble() == Approx(busyAt).margin(0.1));
}
