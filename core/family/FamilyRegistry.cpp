// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/FamilyRegistry.h"

#include "core/family/DistrictRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/text/AddressKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace zabota::core {

namespace {

const QString kSelectSummary =
    QStringLiteral("SELECT f.id, f.card_no, f.district_id, d.name, md.name, f.registered_address, f.actual_address, "
                   "f.special_attention, cur.full_name, f.updated_at, "
                   "(SELECT TRIM(m.surname || ' ' || m.first_name || ' ' || m.patronymic) FROM family_member m "
                   "WHERE m.family_id = f.id ORDER BY m.position LIMIT 1), "
                   "(SELECT COUNT(*) FROM family_member m WHERE m.family_id = f.id), "
                   "EXISTS (SELECT 1 FROM family_registration r WHERE r.family_id = f.id AND r.removed_on IS NULL) "
                   "FROM family f "
                   "LEFT JOIN district d ON d.id = f.district_id "
                   "LEFT JOIN micro_district md ON md.id = f.micro_district_id "
                   "LEFT JOIN app_user cur ON cur.id = f.curator_id ");

FamilySummary summaryFrom(const QSqlQuery& q)
{
    FamilySummary s;
    s.id = q.value(0).toLongLong();
    s.cardNo = q.value(1).toString();
    s.districtId = sql::idFrom(q.value(2));
    s.districtName = q.value(3).toString();
    s.microDistrictName = q.value(4).toString();
    s.registeredAddress = q.value(5).toString();
    s.actualAddress = q.value(6).toString();
    s.specialAttention = q.value(7).toBool();
    s.curatorName = q.value(8).toString();
    s.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong());
    s.firstMemberName = q.value(10).toString().simplified();
    s.memberCount = q.value(11).toInt();
    s.onRegister = q.value(12).toBool();
    return s;
}

} // namespace

FamilyRegistry::FamilyRegistry(Database& db)
    : m_db(db)
{}

FamilyRegistry::Where FamilyRegistry::where(const FamilyFilter& f)
{
    QStringList conditions;
    QVariantList binds;
    const QDate at = f.at.isValid() ? f.at : QDate::currentDate();
    if (f.districtId) {
        conditions << QStringLiteral("f.district_id = ?");
        binds << *f.districtId;
    }
    if (f.microDistrictId) {
        conditions << QStringLiteral("f.micro_district_id = ?");
        binds << *f.microDistrictId;
    }
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    if (f.category) {
        const QString held = QStringLiteral("(SELECT %1 FROM family_category c WHERE %2c.category = ? AND "
                                            "c.date_from <= ? AND (c.date_to IS NULL OR c.date_to >= ?))");
        if (at >= today) {
            // The card's mask answers from the registry's narrow index; only a card whose mask may be out of date
            // on that day (a period ends or begins in between) is checked against its periods.
            conditions << QStringLiteral("(f.category_mask & ?) <> 0 AND (f.category_mask_exact_until >= ? OR "
                                         "EXISTS ") +
                              held.arg(QLatin1String("1"), QLatin1String("c.family_id = f.id AND ")) + QLatin1Char(')');
            binds << (qint64(1) << int(*f.category)) << sql::date(at);
        } else {
            // A day in the past: masks know nothing of periods that ended before they were computed.
            conditions << QStringLiteral("f.id IN ") + held.arg(QLatin1String("c.family_id"), QString());
        }
        binds << toCode(*f.category) << sql::date(at) << sql::date(at);
    }
    // Families on the register as a set, read from its own index instead of a search per family.
    if (f.onRegister) {
        conditions << QStringLiteral(
                          "f.id %1 (SELECT r.family_id FROM family_registration r WHERE r.removed_on IS NULL)")
                          .arg(*f.onRegister ? QLatin1String("IN") : QLatin1String("NOT IN"));
    }
    if (f.specialAttention) {
        conditions << QStringLiteral("f.special_attention = ?");
        binds << *f.specialAttention;
    }
    if (f.curatorId) {
        conditions << QStringLiteral("f.curator_id = ?");
        binds << *f.curatorId;
    }
    if (f.hasMinors) {
        // A minor was born after the day 18 years before `at` (ISO dates compare as text). Nobody is born in the
        // future, so as of today the youngest member decides; for a day in the past every member is looked at.
        const QVariant adultBefore = sql::date(at.addYears(-18));
        if (at >= today) {
            conditions << (*f.hasMinors
                               ? QStringLiteral("f.youngest_birth_date > ?")
                               : QStringLiteral("(f.youngest_birth_date IS NULL OR f.youngest_birth_date <= ?)"));
            binds << adultBefore;
        } else {
            conditions << (*f.hasMinors ? QStringLiteral("EXISTS ") : QStringLiteral("NOT EXISTS ")) +
                              QStringLiteral("(SELECT 1 FROM family_member m WHERE m.family_id = f.id AND "
                                             "m.birth_date > ? AND m.birth_date <= ?)");
            binds << adultBefore << sql::date(at);
        }
    }
    return {conditions.isEmpty() ? QString() : QLatin1String("WHERE ") + conditions.join(QLatin1String(" AND ")),
            binds};
}

Result<QList<FamilySummary>> FamilyRegistry::search(const QString& typed, int limit) const
{
    QStringList words;
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-.]+$"));
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("\\D")));
    if (phoneLike.match(typed.trimmed()).hasMatch() && digits.size() >= 3) {
        // The first digits of a number: a leading 8 is the trunk prefix of +7, as text::normalisePhone has it.
        if (digits.size() > 1 && digits.front() == QLatin1Char('8'))
            digits.front() = QLatin1Char('7');
        words << digits;
    } else {
        // Folded as the addresses are indexed ("улица" is "ул", "д." and "кв." are dropped); names fold the same way.
        words = text::addressKey(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (words.isEmpty())
        return QList<FamilySummary>();
    QSqlQuery match = m_db.prepare(m_db.dialect().familySearchMatch());
    match.addBindValue(m_db.dialect().familySearchQuery(words));
    match.addBindValue(limit);
    if (auto ok = m_db.exec(match); !ok)
        return std::unexpected(ok.error());
    QList<FamilyId> ids;
    while (match.next())
        ids << match.value(0).toLongLong();
    match.finish();
    if (ids.isEmpty())
        return QList<FamilySummary>();
    QStringList marks;
    QVariantList binds;
    for (FamilyId id : std::as_const(ids)) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto found = summaries(QStringLiteral("WHERE f.id IN (%1)").arg(marks.join(QLatin1Char(','))), binds);
    if (!found)
        return found;
    // In the order of the match.
    std::ranges::sort(*found, {}, [&ids](const FamilySummary& s) { return ids.indexOf(s.id); });
    return found;
}

Result<QList<FamilySummary>> FamilyRegistry::summaries(const QString& condition, const QVariantList& binds,
                                                       const QString& tail, const QDate& at) const
{
    QSqlQuery q = m_db.prepare(kSelectSummary + condition + tail);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<FamilySummary> result;
    while (q.next())
        result << summaryFrom(q);
    q.finish();
    if (auto ok = addDetails(result, at.isValid() ? at : QDate::currentDate()); !ok)
        return std::unexpected(ok.error());
    return result;
}

Status FamilyRegistry::addDetails(QList<FamilySummary>& families, const QDate& today) const
{
    if (families.isEmpty())
        return {};
    // Three small queries for the whole page rather than three subqueries a row: the same in both dialects.
    QHash<FamilyId, qsizetype> at;
    QStringList marks;
    QVariantList ids;
    for (qsizetype i = 0; i < families.size(); ++i) {
        at.insert(families[i].id, i);
        marks << QStringLiteral("?");
        ids << families[i].id;
    }
    const QString in = marks.join(QLatin1Char(','));
    auto each = [&](const QString& sql, const QVariantList& binds,
                    const std::function<void(FamilySummary&, const QSqlQuery&)>& add) -> Status {
        QSqlQuery q = m_db.prepare(sql);
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        if (auto ok = m_db.exec(q); !ok)
            return ok;
        while (q.next())
            add(families[at.value(q.value(0).toLongLong())], q);
        return {};
    };
    if (auto ok = each(QStringLiteral("SELECT family_id, phone FROM family_phone WHERE family_id IN (%1) "
                                      "ORDER BY family_id, position")
                           .arg(in),
                       ids, [](FamilySummary& f, const QSqlQuery& q) { f.phones << q.value(1).toString(); });
        !ok)
        return ok;
    if (auto ok = each(QStringLiteral("SELECT family_id, birth_date FROM family_member WHERE family_id IN (%1) AND "
                                      "birth_date > ? ORDER BY family_id, birth_date")
                           .arg(in),
                       ids + QVariantList{sql::date(today.addYears(-18))},
                       [](FamilySummary& f, const QSqlQuery& q) { f.minorBirthDates << sql::dateFrom(q.value(1)); });
        !ok)
        return ok;
    return each(QStringLiteral("SELECT family_id, category FROM family_category WHERE family_id IN (%1) AND "
                               "date_from <= ? AND (date_to IS NULL OR date_to >= ?) ORDER BY family_id, date_from")
                    .arg(in),
                ids + QVariantList{sql::date(today), sql::date(today)}, [](FamilySummary& f, const QSqlQuery& q) {
                    if (const auto category = fromCode<FamilyCategory>(q.value(1).toString()))
                        f.categories << *category;
                });
}

Result<QList<FamilySummary>> FamilyRegistry::page(const FamilyFilter& filter, int offset, int limit) const
{
    Where w = where(filter);
    w.binds << limit << offset;
    // Cards get their ids as they are created, so the newest card has the highest id: ordering by the key lets the
    // planner read the matches of a filter from a narrow index and sort only their ids.
    return summaries(w.sql, w.binds, QStringLiteral(" ORDER BY f.id DESC LIMIT ? OFFSET ?"), filter.at);
}

Result<int> FamilyRegistry::count(const FamilyFilter& filter) const
{
    const Where w = where(filter);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM family f ") + w.sql);
    for (const QVariant& bind : w.binds)
        q.addBindValue(bind);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toInt();
}

Result<QList<DistrictCount>> FamilyRegistry::countByDistrict(const FamilyFilter& filter) const
{
    const Where w = where(filter);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT f.district_id, COUNT(*) FROM family f ") + w.sql +
                               QStringLiteral(" GROUP BY f.district_id"));
    for (const QVariant& bind : w.binds)
        q.addBindValue(bind);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QHash<qint64, int> counts;
    int withoutDistrict = 0;
    while (q.next()) {
        if (q.value(0).isNull())
            withoutDistrict = q.value(1).toInt();
        else
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    q.finish();
    auto all = DistrictRepository(m_db).districts();
    if (!all)
        return std::unexpected(all.error());
    QList<DistrictCount> result;
    for (const District& d : std::as_const(*all))
        result << DistrictCount{d.id, d.name, counts.value(d.id)};
    result << DistrictCount{std::nullopt, QCoreApplication::translate("zabota::core::FamilyRepository", "No district"),
                            withoutDistrict};
    return result;
}

} // namespace zabota::core
