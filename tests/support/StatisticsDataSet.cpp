// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StatisticsDataSet.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <functional>

namespace zabota::tests {

namespace {

QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

StatisticsDataSet::StatisticsDataSet()
{
    sokolova =
        t.addUser(QStringLiteral("sokolova"), QStringLiteral("Соколова Ирина Павловна"), {core::Role::Dispatcher});
    curator = t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    supervisor = t.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна"), {core::Role::Supervisor});
    registerEntries();
    handOver();
    closeCases();
    keepRegister();
    t.setNow(at(2026, 4, 20, 10));
}

void StatisticsDataSet::registerEntries()
{
    using core::CallerType;
    using core::Channel;
    using core::Urgency;
    core::JournalService bySokolova(t.journalRepo(), t.categories(), sokolova, [this] { return t.now(); });
    struct Appeal {
        QDateTime received;
        bool sokolova;
        Channel channel;
        CallerType caller;
        int category; // position in the seeded list, from 1
        Urgency urgency;
    };
    const Appeal appeals[] = {
        {at(2026, 3, 2, 9, 15), false, Channel::Phone, CallerType::Parent, 2, Urgency::Planned},
        {at(2026, 3, 3, 11), false, Channel::Phone, CallerType::Child, 2, Urgency::Urgent},
        {at(2026, 3, 5, 14, 20), false, Channel::VK, CallerType::Child, 1, Urgency::Planned},
        {at(2026, 3, 10, 10), false, Channel::WalkIn, CallerType::Relative, 3, Urgency::Planned},
        {at(2026, 3, 12, 16, 45), false, Channel::Phone, CallerType::Anonymous, 7, Urgency::Emergency},
        {at(2026, 3, 31, 23, 30), false, Channel::Email, CallerType::Agency, 4, Urgency::Planned},
        {}, // 7: a silent call
        {}, // 8: a wrong number
        {at(2026, 3, 1, 0, 5), true, Channel::Phone, CallerType::Parent, 1, Urgency::Urgent},
        {at(2026, 3, 18, 13), true, Channel::Messenger, CallerType::Neighbour, 2, Urgency::Planned},
        {}, // 11: hung up
        {at(2026, 2, 3, 10), false, Channel::Phone, CallerType::Parent, 1, Urgency::Planned},
        {at(2026, 2, 14, 12), false, Channel::Phone, CallerType::Child, 2, Urgency::Urgent},
        {at(2026, 2, 28, 23, 50), false, Channel::WalkIn, CallerType::Other, 3, Urgency::Planned},
        {}, // 15: information only
        {at(2026, 2, 10, 9), true, Channel::Phone, CallerType::Parent, 2, Urgency::Planned},
        {at(2026, 2, 22, 15), true, Channel::Phone, CallerType::Neighbour, 2, Urgency::Planned},
        {at(2026, 4, 1, 0, 10), false, Channel::Phone, CallerType::Parent, 1, Urgency::Planned},
        {at(2026, 1, 31, 22), false, Channel::Phone, CallerType::Child, 2, Urgency::Planned},
        {at(2025, 12, 15, 10), false, Channel::Phone, CallerType::Parent, 1, Urgency::Planned},
        {at(2025, 11, 20, 10), false, Channel::Letter, CallerType::Relative, 3, Urgency::Planned},
    };
    struct QuickCall {
        int number;
        QDateTime received;
        bool sokolova;
        core::Disposition disposition;
    };
    const QuickCall quickCalls[] = {
        {7, at(2026, 3, 15, 12), false, core::Disposition::Silent},
        {8, at(2026, 3, 20, 12), false, core::Disposition::WrongNumber},
        {11, at(2026, 3, 25, 12), true, core::Disposition::HangUp},
        {15, at(2026, 2, 20, 12), false, core::Disposition::Information},
    };
    entries = QList<core::EntryId>(int(std::size(appeals)) + 1, 0);
    for (int n = 1; n <= int(std::size(appeals)); ++n) {
        const Appeal& a = appeals[n - 1];
        if (!a.received.isValid())
            continue;
        t.setNow(at(2026, 4, 20, 10));
        core::EntryDraft d =
            t.draft(a.caller == CallerType::Anonymous ? QString() : QStringLiteral("Заявитель %1").arg(n),
                    QStringLiteral("Обращение номер %1").arg(n), a.received);
        if (a.caller == CallerType::Anonymous) {
            d.anonymous = true;
            d.applicantPhone.clear();
        }
        if (a.caller == CallerType::Agency)
            d.referringAgency = QStringLiteral("МАОУ СОШ № 1");
        d.channel = a.channel;
        d.callerType = a.caller;
        d.categoryId = t.categoryId(a.category - 1);
        d.urgency = a.urgency;
        auto entry = a.sokolova ? bySokolova.registerEntry(d) : t.journal().registerEntry(d);
        if (!entry)
            FAIL(entry.error().message.toStdString());
        entries[n] = entry->id;
    }
    for (const QuickCall& call : quickCalls) {
        t.setNow(call.received);
        auto entry = call.sokolova ? bySokolova.registerQuickCall(call.disposition)
                                   : t.journal().registerQuickCall(call.disposition);
        if (!entry)
            FAIL(entry.error().message.toStdString());
        entries[call.number] = entry->id;
    }
}

void StatisticsDataSet::handOver()
{
    auto clock = [this] {
        return t.now();
    };
    core::HandoffService dispatcher(handoffRepo, t.users(), t.dispatcher(), clock);
    core::HandoffService morozova(handoffRepo, t.users(), curator, clock);
    auto offer = [&](int entry, const QDateTime& when, const QDateTime& deadline) {
        t.setNow(when);
        auto offered = dispatcher.offer(entries.at(entry), std::nullopt, curator.id, {}, deadline);
        if (!offered)
            FAIL(offered.error().message.toStdString());
        return offered->id;
    };
    auto step = [&](const QDateTime& when, const std::function<core::Result<core::Handoff>()>& move) {
        t.setNow(when);
        auto moved = move();
        if (!moved)
            FAIL(moved.error().message.toStdString());
    };
    const auto h6 = offer(16, at(2026, 2, 10, 12), at(2026, 2, 11, 12));
    step(at(2026, 2, 10, 18), [&] { return morozova.accept(h6); });
    const auto h7 = offer(12, at(2026, 2, 20, 10), at(2026, 2, 21, 10));
    step(at(2026, 2, 21, 9), [&] { return morozova.giveBack(h7, QStringLiteral("Семья помощи не просит")); });
    step(at(2026, 2, 21, 11), [&] { return dispatcher.withdraw(h7, QStringLiteral("Семья отказалась")); });
    const auto h4 = offer(13, at(2026, 2, 25, 10), at(2026, 2, 26, 10));
    step(at(2026, 3, 1, 10), [&] { return morozova.accept(h4); });
    const auto h1 = offer(1, at(2026, 3, 2, 10), at(2026, 3, 3, 10));
    step(at(2026, 3, 2, 14), [&] { return morozova.accept(h1); });
    const auto h2 = offer(2, at(2026, 3, 3, 12), at(2026, 3, 4, 12));
    step(at(2026, 3, 5, 12), [&] { return morozova.accept(h2); });
    const auto h3 = offer(4, at(2026, 3, 10, 11), at(2026, 3, 11, 11));
    step(at(2026, 3, 10, 15), [&] { return morozova.giveBack(h3, QStringLiteral("Нужен юрист, а не куратор")); });
    step(at(2026, 3, 10, 16), [&] { return dispatcher.reassign(h3, curator.id, at(2026, 3, 12, 16)); });
    step(at(2026, 3, 11, 11), [&] { return morozova.accept(h3); });
    const auto h5 = offer(5, at(2026, 3, 12, 17), at(2026, 3, 13, 17));
    t.setNow(at(2026, 3, 16, 9));
    const auto escalated = dispatcher.escalateOverdue();
    REQUIRE(escalated);
    REQUIRE(*escalated == 1);
    step(at(2026, 3, 17, 10), [&] { return dispatcher.withdraw(h5, QStringLiteral("Передано в полицию")); });
}

void StatisticsDataSet::closeCases()
{
    core::CaseService cases(t.db(), curator, [this] { return t.now(); });
    auto caseOf = [this](int entry) {
        auto found = t.db().list(QStringLiteral("SELECT id FROM support_case WHERE entry_id = ?"), {entries.at(entry)},
                                 [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        return found->first();
    };
    struct Closing {
        int entry;
        QDateTime when;
        core::CaseOutcome outcome;
    };
    const Closing closings[] = {
        {16, at(2026, 2, 20, 12), core::CaseOutcome::ImprovedRemoved},
        {13, at(2026, 3, 30, 12), core::CaseOutcome::ImprovedRemoved},
        {1, at(2026, 3, 20, 12), core::CaseOutcome::ImprovedRemoved},
        {2, at(2026, 3, 25, 12), core::CaseOutcome::Moved},
        {4, at(2026, 4, 5, 12), core::CaseOutcome::Refused},
    };
    for (const Closing& c : closings) {
        t.setNow(c.when);
        auto closed = cases.close(caseOf(c.entry), c.outcome, {}, true);
        if (!closed)
            FAIL(closed.error().message.toStdString());
    }
}

void StatisticsDataSet::keepRegister()
{
    t.setNow(at(2026, 4, 20, 10));
    struct Stay {
        const char16_t* surname;
        QDate on;
        QDate off;
        core::RemovalReason reason = core::RemovalReason::Other;
    };
    const Stay stays[] = {
        {u"Первова", QDate(2026, 1, 15), {}},
        {u"Вторых", QDate(2026, 2, 10), QDate(2026, 3, 5), core::RemovalReason::Improvement},
        {u"Третьякова", QDate(2026, 3, 1), QDate(2026, 3, 31), core::RemovalReason::Moved},
        {u"Четверикова", QDate(2026, 3, 20), {}},
        {u"Пятакова", QDate(2025, 12, 1), QDate(2026, 2, 28), core::RemovalReason::Improvement},
        {u"Шестакова", QDate(2026, 4, 1), {}},
        {u"Семенова", QDate(2025, 11, 10), QDate(2026, 3, 1), core::RemovalReason::Turned18},
        {u"Осьмакова", QDate(2025, 3, 1), QDate(2026, 3, 10), core::RemovalReason::Other},
        {u"Девяткина", QDate(2026, 2, 5), QDate(2026, 3, 15), core::RemovalReason::Improvement},
    };
    for (const Stay& stay : stays) {
        auto family = t.families().createFamily(TestDatabase::familyDraft(QString::fromUtf16(stay.surname)));
        if (!family)
            FAIL(family.error().message.toStdString());
        if (auto on = t.families().putOnRegister(family->id, stay.on, QStringLiteral("Постановление КДН № 1")); !on)
            FAIL(on.error().message.toStdString());
        if (stay.off.isValid()) {
            auto off =
                t.families().takeOffRegister(family->id, stay.off, stay.reason, QStringLiteral("Иное основание"));
            if (!off)
                FAIL(off.error().message.toStdString());
        }
    }
}

} // namespace zabota::tests
