// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCaseMaker.h"

#include "core/auth/UserRepository.h"
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/supportcase/CaseService.h"

#include <QSqlQuery>

namespace zabota::core {

namespace {

struct Activity {
    const char16_t* section;
    const char16_t* activity;
    const char16_t* partner;
    const char16_t* volume;
};

// Activities of the plans of the seeds' families: crisis, conflict with a teenager, loss of income, disability.
constexpr Activity kActivities[] = {
    {u"Социально-психологические услуги", u"Консультации психолога для родителей",
     u"МАУ «Центр психолого-педагогической помощи»", u"1 раз в неделю"},
    {u"Социально-педагогические услуги", u"Занятия с подростком: профилактика зависимости от гаджетов", u"",
     u"2 раза в месяц"},
    {u"Социально-правовые услуги", u"Помощь в оформлении единого пособия", u"Отделение Социального фонда",
     u"однократно"},
    {u"Социально-трудовые услуги", u"Содействие матери в трудоустройстве", u"Центр занятости населения", u"однократно"},
    {u"Социально-медицинские услуги", u"Направление ребёнка на обследование (ПМПК)", u"Детская поликлиника",
     u"однократно"},
    {u"Социально-бытовые услуги", u"Содействие во временном проживании в кризисном отделении", u"",
     u"по необходимости"},
    {u"Повышение коммуникативного потенциала", u"Семейная медиация: занятия с супругами", u"", u"4 встречи"},
    {u"Социально-педагогические услуги", u"Посещение семьи на дому куратором случая", u"", u"1 раз в месяц"},
};

constexpr CaseLevel kLevels[] = {CaseLevel::Crisis, CaseLevel::Rehabilitation, CaseLevel::Rehabilitation,
                                 CaseLevel::Maintenance};

} // namespace

DemoCaseMaker::DemoCaseMaker(Database& db, QList<UserId> dispatchers, QList<UserId> curators, quint32 seed)
    : m_db(db)
    , m_dispatchers(std::move(dispatchers))
    , m_curators(std::move(curators))
    , m_rng(seed ^ 0xca5e5U)
{}

Result<int> DemoCaseMaker::make(int cases, const QDate& today)
{
    if (cases <= 0 || m_dispatchers.isEmpty() || m_curators.isEmpty())
        return 0;
    // The latest appeal of each family that called in the period, oldest first.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT MAX(id), family_id FROM journal_entry WHERE family_id IS NOT NULL AND received_at >= ? "
                       "AND received_at < ? GROUP BY family_id ORDER BY MAX(id) LIMIT ?"));
    q.addBindValue(today.addDays(-90).startOfDay().toSecsSinceEpoch());
    q.addBindValue(today.startOfDay().toSecsSinceEpoch());
    q.addBindValue(cases + 6);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<std::pair<qint64, qint64>> appeals;
    while (q.next())
        appeals.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();

    UserRepository users(m_db);
    HandoffRepository handoffs(m_db);
    QDateTime now;
    auto clock = [&now] {
        return now;
    };
    const qsizetype opened = std::max<qsizetype>(0, appeals.size() - 6);
    int made = 0;
    for (qsizetype i = 0; i < appeals.size(); ++i) {
        const auto [entryId, familyId] = appeals.at(i);
        auto dispatcher = users.get(m_dispatchers.at(m_rng.bounded(int(m_dispatchers.size()))));
        auto curator = users.get(m_curators.at(i % m_curators.size()));
        if (!dispatcher || !curator)
            return std::unexpected((dispatcher ? curator : dispatcher).error());
        // Spread over the period, the waiting ones last: the last two are today's, one is three days late.
        const bool waiting = i >= opened;
        const qint64 daysAgo =
            waiting ? (i == appeals.size() - 1 ? 3 : 0) : 85 - 80 * i / std::max<qsizetype>(opened, 1);
        now = QDateTime(today.addDays(-daysAgo), QTime(10, 0).addSecs(m_rng.bounded(6 * 3600)));
        HandoffService offering(handoffs, users, *dispatcher, clock);
        auto offer =
            offering.offer(entryId, familyId, waiting && i % 2 == 0 ? std::nullopt : std::optional(curator->id),
                           QStringLiteral("Семья просит помощи, нужен куратор случая"));
        if (!offer)
            return std::unexpected(offer.error());
        if (waiting)
            continue;
        now = now.addSecs(2 * 3600);
        HandoffService accepting(handoffs, users, *curator, clock);
        auto accepted = accepting.accept(offer->id);
        if (!accepted)
            return std::unexpected(accepted.error());
        const CaseId caseId = *accepted->caseId;
        CaseService curatorCases(m_db, *curator, clock);
        const QDate opening = now.date();
        const int year = opening.year();
        auto ok =
            curatorCases.setDetails(caseId, QStringLiteral("Заявление о предоставлении социального сопровождения"),
                                    kLevels[m_rng.bounded(int(std::size(kLevels)))]);
        if (ok)
            ok = curatorCases.setContract(
                caseId, {QStringLiteral("СС-%1/%2").arg(i + 1).arg(year), opening, opening.addMonths(6)});
        if (!ok)
            return std::unexpected(ok.error());
        const int items = 3 + int(m_rng.bounded(3));
        const int firstActivity = int(m_rng.bounded(int(std::size(kActivities))));
        for (int n = 0; n < items; ++n) {
            const Activity& a = kActivities[(firstActivity + n) % std::size(kActivities)]; // no activity twice
            PlanItemDraft d;
            d.section = QString::fromUtf16(a.section);
            d.activity = QString::fromUtf16(a.activity);
            d.partner = QString::fromUtf16(a.partner);
            d.volume = QString::fromUtf16(a.volume);
            d.responsibleId = curator->id;
            d.dueDate = opening.addDays(14 + m_rng.bounded(90));
            auto item = curatorCases.addPlanItem(caseId, d);
            if (!item)
                return std::unexpected(item.error());
            // What was due a week ago or earlier is done, mostly.
            if (d.dueDate < today.addDays(-7) && m_rng.bounded(4) != 0) {
                now = d.dueDate.startOfDay().addSecs(12 * 3600);
                if (auto done =
                        curatorCases.markDone(*item, d.dueDate.addDays(-1), QStringLiteral("проведено полностью"));
                    !done)
                    return std::unexpected(done.error());
            }
        }
        now = QDateTime(opening, QTime(16, 0));
        ProtocolDraft p;
        p.number = QStringLiteral("1");
        p.date = opening;
        p.kind = ProtocolKind::Consilium;
        p.participants = curator->fullName + QStringLiteral(" — куратор случая\nПсихолог центра\nСоциальный педагог");
        p.body = QStringLiteral("Информацию куратора случая о положении семьи и её нуждаемости.");
        p.decision = ProtocolDecision::TakeOn;
        p.decisionText =
            QStringLiteral("Принять семью на социальное сопровождение и утвердить индивидуальный план сопровождения.");
        if (auto protocol = curatorCases.addProtocol(caseId, p); !protocol)
            return std::unexpected(protocol.error());
        ++made;
    }
    return made;
}

} // namespace zabota::core
