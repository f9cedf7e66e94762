// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomingCallCard.h"

#include "tests/support/TestDatabase.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;
using telephony::LineCall;

namespace {

LineCall ringingCall(const QString& number, int rings)
{
    LineCall call;
    call.id = 7;
    call.line = QStringLiteral("Линия 1");
    call.startedAt = QDateTime(QDate(2026, 3, 10), QTime(14, 31));
    call.rings = rings;
    if (!number.isEmpty()) {
        telephony::CallerId id;
        id.number = number;
        call.callerId = id;
    }
    return call;
}

} // namespace

TEST_CASE("the call card shows the caller's families and latest appeals, and Enter registers the call",
          "[ui][telephony]")
{
    tests::TestDatabase t;
    const auto family = t.families().createFamily(tests::TestDatabase::familyDraft(
        QStringLiteral("Сорокина"), QDate(2014, 5, 3), QStringLiteral("+7 912 345-67-89")));
    REQUIRE(family);
    auto draft = t.draft(QStringLiteral("Сорокина Ирина"), QStringLiteral("Конфликт с сыном-подростком"));
    draft.applicantPhone = QStringLiteral("8 (912) 345-67-89");
    const auto earlier = t.journal().registerEntry(draft);
    REQUIRE(earlier);

    ui::IncomingCallCard card;
    QSignalSpy asked(&card, &ui::IncomingCallCard::registerRequested);
    card.showCall(ringingCall(QString(), 1));
    CHECK(card.numberText() == QStringLiteral("Waiting for the number…"));
    CHECK(card.stateText() == QStringLiteral("Ringing (1 rings)"));

    // The number as caller ID gives it: with the country code, no punctuation.
    card.showCall(ringingCall(QStringLiteral("79123456789"), 2));
    card.showLookup(t.families().lookupByPhone(QStringLiteral("79123456789")));
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    CHECK(card.numberText() == QStringLiteral("79123456789"));
    CHECK(card.stateText() == QStringLiteral("Ringing (2 rings)"));
    REQUIRE(card.familyRows().size() == 1);
    CHECK(card.familyRows().first().contains(QStringLiteral("Сорокина")));
    REQUIRE(card.entryRows().size() == 1);
    CHECK(card.entryRows().first().startsWith(earlier->registrationNumber()));
    CHECK(card.entryRows().first().contains(QStringLiteral("Конфликт с сыном-подростком")));

    card.activateWindow();
    QTest::keyClick(&card, Qt::Key_Return);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first().toInt() == 7);
    QTest::keyClick(&card, Qt::Key_Escape);
    CHECK(card.isHidden());
}

TEST_CASE("the call card says when a number is unknown, withheld or not kept, and how the call ended",
          "[ui][telephony]")
{
    tests::TestDatabase t;
    ui::IncomingCallCard card;

    LineCall call = ringingCall(QStringLiteral("73452000000"), 3);
    card.showCall(call);
    card.showLookup(t.families().lookupByPhone(call.number()));
    CHECK(card.familyRows().isEmpty());
    CHECK(card.entryRows().isEmpty());

    // Nobody answered: a missed call, with its time and rings.
    call.ended = true;
    call.endedAt = call.startedAt.addSecs(20);
    card.showCall(call);
    CHECK(card.stateText() == QStringLiteral("Missed call at 14:31 (3 rings)"));

    // Answered, talked two minutes five seconds, recording attached.
    call.answeredAt = call.startedAt.addSecs(10);
    call.endedAt = call.answeredAt.addSecs(125);
    call.kept = true;
    call.entryId = 1;
    card.showCall(call);
    CHECK(card.stateText() == QStringLiteral("Ended, talked 02:05 · recording attached to the entry"));

    telephony::CallerId withheld;
    withheld.absence = telephony::NumberAbsence::Withheld;
    call.callerId = withheld;
    card.showCall(call);
    CHECK(card.numberText() == QStringLiteral("Number withheld"));

    call.mode = telephony::LineMode::Anonymous;
    call.callerId.reset();
    card.showCall(call);
    CHECK(card.numberText() == QStringLiteral("Anonymous line"));
}
