// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/FamilyRepository.h"

#include "core/auth/User.h"
#include "core/family/CategoryMasks.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilySearchIndex.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/storage/YearlyCounter.h"
#include "core/text/AddressKey.h"
#include "core/text/DateText.h"
#include "core/text/PhoneNumber.h"
#include "core/text/TextFold.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace zabota::core {

namespace {

const QString kSelectFamily = QStringLiteral(
    "SELECT f.id, f.card_year, f.card_seq, f.card_no, f.district_id, f.micro_district_id, f.registered_address, "
    "f.actual_address, f.housing_notes, f.income_notes, f.special_attention, f.curator_id, f.created_at, "
    "f.created_by, f.updated_at, f.updated_by, f.version, d.name, md.name, cur.full_name, cu.full_name, "
    "uu.full_name "
    "FROM family f "
    "LEFT JOIN district d ON d.id = f.district_id "
    "LEFT JOIN micro_district md ON md.id = f.micro_district_id "
    "LEFT JOIN app_user cur ON cur.id = f.curator_id "
    "JOIN app_user cu ON cu.id = f.created_by "
    "JOIN app_user uu ON uu.id = f.updated_by "
    "WHERE f.id = ?");

RegistrationPeriod registrationFrom(const QSqlQuery& q)
{
    RegistrationPeriod r;
    r.id = q.value(0).toLongLong();
    r.registeredOn = sql::dateFrom(q.value(1));
    r.basis = q.value(2).toString();
    if (!q.value(3).isNull())
        r.removedOn = sql::dateFrom(q.value(3));
    if (!q.value(4).isNull())
        r.removalReason = fromCode<RemovalReason>(q.value(4).toString());
    r.removalNote = q.value(5).toString();
    r.createdAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong());
    r.createdBy = q.value(7).toLongLong();
    r.createdByName = q.value(8).toString();
    return r;
}

const QString kSelectRegistration =
    QStringLiteral("SELECT r.id, r.registered_on, r.basis, r.removed_on, r.removal_reason, r.removal_note, "
                   "r.created_at, r.created_by, u.full_name FROM family_registration r "
                   "JOIN app_user u ON u.id = r.created_by ");

} // namespace

QString FamilyRepository::changedMeanwhile(const Family& current)
{
    return tr("Family card %1 was changed by %2 at %3 (%4) while you were editing it. Your changes are still in the "
              "form: reload the card to see theirs, and yours are put back where they did not change the same field.")
        .arg(current.cardNo, current.updatedByName, text::shownTime(current.updatedAt),
             text::shownDate(current.updatedAt.toLocalTime().date()));
}

FamilyRepository::FamilyRepository(Database& db, const JournalRepository& journal)
    : m_db(db)
    , m_journal(journal)
    , m_registry(db)
{}

Status FamilyRepository::writeChildren(FamilyId id, const FamilyDraft& d, const QDate& today, bool fresh) const
{
    for (const char* table : {"family_phone", "family_member", "family_category", "family_need"}) {
        if (fresh)
            break;
        QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE family_id = ?").arg(QLatin1String(table)));
        remove.addBindValue(id);
        if (auto ok = m_db.exec(remove); !ok)
            return ok;
    }
    QSqlQuery phone = m_db.prepare(
        QStringLiteral("INSERT INTO family_phone (family_id, position, phone, digits) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const QString& typed : d.phones) {
        if (typed.trimmed().isEmpty())
            continue;
        phone.bindValue(0, id);
        phone.bindValue(1, position++);
        phone.bindValue(2, sql::text(typed));
        phone.bindValue(3, sql::text(text::normalisePhone(typed).value_or(QString())));
        if (auto ok = m_db.exec(phone); !ok)
            return ok;
    }
    QSqlQuery member = m_db.prepare(QStringLiteral(
        "INSERT INTO family_member (family_id, position, surname, first_name, patronymic, surname_key, birth_date, "
        "sex, relation, school_or_work, disability, legal_representative, snils) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < d.members.size(); ++i) {
        const FamilyMember& m = d.members[i];
        const QVariantList values{id,
                                  i,
                                  sql::text(m.surname),
                                  sql::text(m.firstName),
                                  sql::text(m.patronymic),
                                  sql::text(text::fold(m.surname)),
                                  sql::date(m.birthDate),
                                  m.sex ? QVariant(toCode(*m.sex)) : QVariant(QMetaType(QMetaType::QString)),
                                  toCode(m.relation),
                                  sql::text(m.schoolOrWork),
                                  m.disability,
                                  m.legalRepresentative,
                                  sql::text(m.snils)};
        for (int v = 0; v < values.size(); ++v)
            member.bindValue(v, values[v]);
        if (auto ok = m_db.exec(member); !ok)
            return ok;
    }
    QSqlQuery youngest = m_db.prepare(QStringLiteral(
        "UPDATE family SET youngest_birth_date = (SELECT MAX(birth_date) FROM family_member WHERE family_id = ?) "
        "WHERE id = ?"));
    youngest.addBindValue(id);
    youngest.addBindValue(id);
    if (auto ok = m_db.exec(youngest); !ok)
        return ok;
    QSqlQuery category = m_db.prepare(
        QStringLiteral("INSERT INTO family_category (family_id, category, date_from, date_to) VALUES (?, ?, ?, ?)"));
    for (const FamilyCategoryPeriod& c : d.categories) {
        category.bindValue(0, id);
        category.bindValue(1, toCode(c.category));
        category.bindValue(2, sql::date(c.from));
        category.bindValue(3, sql::date(c.to.value_or(QDate())));
        if (auto ok = m_db.exec(category); !ok)
            return ok;
    }
    QSqlQuery need =
        m_db.prepare(QStringLiteral("INSERT INTO family_need (family_id, need) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (NeedCircumstance n : d.needs) {
        need.bindValue(0, id);
        need.bindValue(1, toCode(n));
        if (auto ok = m_db.exec(need); !ok)
            return ok;
    }
    if (auto ok = CategoryMasks(m_db).write(id, d.categories, today); !ok)
        return ok;
    return FamilySearchIndex(m_db).write(id, d, fresh);
}

Result<int> FamilyRepository::refreshCategoryMasks(const QDate& today)
{
    return CategoryMasks(m_db).refresh(today);
}

Result<qint64> FamilyRepository::rebuildSearchIndex()
{
    return FamilySearchIndex(m_db).rebuild();
}

Result<Family> FamilyRepository::insert(const FamilyDraft& d, UserId by, const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = insertRow(d, by, now);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(*id);
}

Result<QList<FamilyId>> FamilyRepository::insertBatch(const QList<NewFamily>& families)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QSqlQuery registration = m_db.prepare(QStringLiteral(
        "INSERT INTO family_registration (family_id, registered_on, basis, removed_on, removal_reason, removal_note, "
        "created_at, created_by, removed_at, removed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<FamilyId> ids;
    ids.reserve(families.size());
    for (const NewFamily& f : families) {
        auto id = insertRow(f.draft, f.by, f.at);
        if (!id)
            return std::unexpected(id.error());
        ids << *id;
        for (const RegistrationPeriod& r : f.registrations) {
            const QVariantList values{
                *id,
                sql::date(r.registeredOn),
                sql::text(r.basis),
                sql::date(r.removedOn.value_or(QDate())),
                r.removalReason ? QVariant(toCode(*r.removalReason)) : QVariant(QMetaType(QMetaType::QString)),
                sql::text(r.removalNote),
                f.at.toSecsSinceEpoch(),
                f.by,
                r.removedOn ? QVariant(f.at.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
                r.removedOn ? QVariant(f.by) : QVariant(QMetaType(QMetaType::LongLong))};
            for (int v = 0; v < values.size(); ++v)
                registration.bindValue(v, values[v]);
            if (auto ok = m_db.exec(registration); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return ids;
}

Result<FamilyId> FamilyRepository::insertRow(const FamilyDraft& d, UserId by, const QDateTime& now)
{
    const int year = now.toLocalTime().date().year();
    const auto number = YearlyCounter(m_db, QStringLiteral("family_counter"), QStringLiteral("card_year")).next(year);
    if (!number)
        return std::unexpected(number.error());
    const int seq = *number;

    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO family (card_year, card_seq, card_no, district_id, micro_district_id, registered_address, "
        "registered_address_key, actual_address, actual_address_key, housing_notes, income_notes, special_attention, "
        "curator_id, created_at, created_by, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    const qint64 at = now.toSecsSinceEpoch();
    const QVariantList values{year,
                              seq,
                              QStringLiteral("%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0')),
                              sql::id(d.districtId),
                              sql::id(d.microDistrictId),
                              sql::text(d.registeredAddress),
                              sql::text(text::addressKey(d.registeredAddress)),
                              sql::text(d.actualAddress),
                              sql::text(text::addressKey(d.actualAddress)),
                              sql::text(d.housingNotes),
                              sql::text(d.incomeNotes),
                              d.specialAttention,
                              sql::id(d.curatorId),
                              at,
                              by,
                              at,
                              by};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values[i]);
    if (auto ok = m_db.exec(insert); !ok)
        return std::unexpected(ok.error());
    insert.next();
    const FamilyId id = insert.value(0).toLongLong();
    insert.finish();
    if (auto ok = writeChildren(id, d, now.toLocalTime().date(), true); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<Family> FamilyRepository::update(FamilyId id, int expectedVersion, const FamilyDraft& d, UserId by,
                                        const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // A save from another workstation waits for this one and then finds the new version (see lockCard).
    if (auto ok = lockCard(id); !ok)
        return std::unexpected(ok.error());
    auto current = get(id);
    if (!current && current.error().kind == Error::Kind::NotFound)
        return fail(Error::Kind::NotFound,
                    tr("This family card was deleted at another workstation while you were editing it, so it cannot "
                       "be saved. Your edits are still in the form: copy what you need before you close it."),
                    QStringLiteral("family %1: gone before an update from version %2").arg(id).arg(expectedVersion));
    if (!current)
        return std::unexpected(current.error());
    if (current->version != expectedVersion)
        return fail(Error::Kind::Conflict, changedMeanwhile(*current),
                    QStringLiteral("family %1: expected version %2, found %3")
                        .arg(id)
                        .arg(expectedVersion)
                        .arg(current->version));
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE family SET district_id = ?, micro_district_id = ?, registered_address = ?, registered_address_key = ?, "
        "actual_address = ?, actual_address_key = ?, housing_notes = ?, income_notes = ?, special_attention = ?, "
        "curator_id = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"));
    const QVariantList values{sql::id(d.districtId),
                              sql::id(d.microDistrictId),
                              sql::text(d.registeredAddress),
                              sql::text(text::addressKey(d.registeredAddress)),
                              sql::text(d.actualAddress),
                              sql::text(text::addressKey(d.actualAddress)),
                              sql::text(d.housingNotes),
                              sql::text(d.incomeNotes),
                              d.specialAttention,
                              sql::id(d.curatorId),
                              now.toSecsSinceEpoch(),
                              by,
                              id,
                              expectedVersion};
    for (int i = 0; i < values.size(); ++i)
        update.bindValue(i, values[i]);
    if (auto ok = m_db.exec(update); !ok)
        return std::unexpected(ok.error());
    if (update.numRowsAffected() != 1) {
        // Not with the row locked above; should a database let it happen, the refusal still says who saved last.
        auto latest = get(id);
        return fail(Error::Kind::Conflict, changedMeanwhile(latest.value_or(*current)),
                    QStringLiteral("family %1: no row of version %2 to update").arg(id).arg(expectedVersion));
    }
    if (auto ok = writeChildren(id, d, now.toLocalTime().date()); !ok)
        return std::unexpected(ok.error());
    // Read before the commit: after it another workstation may have saved again, and the record returned must be
    // the one this save made (its version is what the caller's next save is checked against).
    auto saved = get(id);
    if (!saved)
        return saved;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<Family> FamilyRepository::get(FamilyId id) const
{
    QSqlQuery q = m_db.prepare(kSelectFamily);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The family card no longer exists."));
    Family f;
    f.id = q.value(0).toLongLong();
    f.cardYear = q.value(1).toInt();
    f.cardSeq = q.value(2).toInt();
    f.cardNo = q.value(3).toString();
    FamilyDraft& d = f.draft;
    d.districtId = sql::idFrom(q.value(4));
    d.microDistrictId = sql::idFrom(q.value(5));
    d.registeredAddress = q.value(6).toString();
    d.actualAddress = q.value(7).toString();
    d.housingNotes = q.value(8).toString();
    d.incomeNotes = q.value(9).toString();
    d.specialAttention = q.value(10).toBool();
    d.curatorId = sql::idFrom(q.value(11));
    f.createdAt = QDateTime::fromSecsSinceEpoch(q.value(12).toLongLong());
    f.createdBy = q.value(13).toLongLong();
    f.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(14).toLongLong());
    f.updatedBy = q.value(15).toLongLong();
    f.version = q.value(16).toInt();
    f.districtName = q.value(17).toString();
    f.microDistrictName = q.value(18).toString();
    f.curatorName = q.value(19).toString();
    f.createdByName = q.value(20).toString();
    f.updatedByName = q.value(21).toString();
    q.finish();

    QSqlQuery phones =
        m_db.prepare(QStringLiteral("SELECT phone, digits FROM family_phone WHERE family_id = ? ORDER BY position"));
    phones.addBindValue(id);
    if (auto ok = m_db.exec(phones); !ok)
        return std::unexpected(ok.error());
    while (phones.next()) {
        d.phones << phones.value(0).toString();
        f.phoneDigits << phones.value(1).toString();
    }

    QSqlQuery members = m_db.prepare(
        QStringLiteral("SELECT surname, first_name, patronymic, birth_date, sex, relation, school_or_work, disability, "
                       "legal_representative, snils FROM family_member WHERE family_id = ? ORDER BY position"));
    members.addBindValue(id);
    if (auto ok = m_db.exec(members); !ok)
        return std::unexpected(ok.error());
    while (members.next()) {
        FamilyMember m;
        m.surname = members.value(0).toString();
        m.firstName = members.value(1).toString();
        m.patronymic = members.value(2).toString();
        m.birthDate = sql::dateFrom(members.value(3));
        if (!members.value(4).isNull())
            m.sex = fromCode<Sex>(members.value(4).toString());
        m.relation = fromCode<Relation>(members.value(5).toString()).value_or(Relation::Other);
        m.schoolOrWork = members.value(6).toString();
        m.disability = members.value(7).toBool();
        m.legalRepresentative = members.value(8).toBool();
        m.snils = members.value(9).toString();
        d.members << m;
    }

    QSqlQuery categories = m_db.prepare(QStringLiteral(
        "SELECT category, date_from, date_to FROM family_category WHERE family_id = ? ORDER BY date_from, id"));
    categories.addBindValue(id);
    if (auto ok = m_db.exec(categories); !ok)
        return std::unexpected(ok.error());
    while (categories.next()) {
        const auto category = fromCode<FamilyCategory>(categories.value(0).toString());
        if (!category)
            continue;
        FamilyCategoryPeriod c{*category, sql::dateFrom(categories.value(1)), std::nullopt};
        if (!categories.value(2).isNull())
            c.to = sql::dateFrom(categories.value(2));
        d.categories << c;
    }

    QSqlQuery needs = m_db.prepare(QStringLiteral("SELECT need FROM family_need WHERE family_id = ?"));
    needs.addBindValue(id);
    if (auto ok = m_db.exec(needs); !ok)
        return std::unexpected(ok.error());
    while (needs.next()) {
        if (const auto need = fromCode<NeedCircumstance>(needs.value(0).toString()))
            d.needs << *need;
    }
    std::ranges::sort(d.needs);

    QSqlQuery registrations =
        m_db.prepare(kSelectRegistration + QLatin1String("WHERE r.family_id = ? ORDER BY r.registered_on, r.id"));
    registrations.addBindValue(id);
    if (auto ok = m_db.exec(registrations); !ok)
        return std::unexpected(ok.error());
    while (registrations.next())
        f.registrations << registrationFrom(registrations);
    return f;
}

Result<QList<FamilySummary>> FamilyRepository::page(const FamilyFilter& filter, int offset, int limit) const
{
    return m_registry.page(filter, offset, limit);
}

Result<int> FamilyRepository::count(const FamilyFilter& filter) const
{
    return m_registry.count(filter);
}

Result<QList<DistrictCount>> FamilyRepository::countByDistrict(const FamilyFilter& filter) const
{
    return m_registry.countByDistrict(filter);
}

Result<QList<DuplicateCandidate>> FamilyRepository::findCandidates(const DuplicateKeys& keys,
                                                                   std::optional<FamilyId> except) const
{
    QHash<FamilyId, QList<DuplicateReason>> reasons;
    QList<FamilyId> order;
    auto add = [&](FamilyId id, DuplicateReason reason) {
        if (except && *except == id)
            return;
        if (!reasons.contains(id))
            order << id;
        if (!reasons[id].contains(reason))
            reasons[id] << reason;
    };

    QSqlQuery phone = m_db.prepare(QStringLiteral("SELECT DISTINCT family_id FROM family_phone WHERE digits = ?"));
    for (const QString& digits : keys.phoneDigits) {
        if (digits.isEmpty())
            continue;
        phone.bindValue(0, digits);
        if (auto ok = m_db.exec(phone); !ok)
            return std::unexpected(ok.error());
        while (phone.next())
            add(phone.value(0).toLongLong(), DuplicateReason::SamePhone);
    }
    QSqlQuery child =
        m_db.prepare(QStringLiteral("SELECT family_id, surname_key FROM family_member WHERE birth_date = ?"));
    for (const DuplicateKeys::Child& c : keys.children) {
        if (!c.birthDate.isValid() || c.surnameParts.isEmpty())
            continue;
        child.bindValue(0, sql::date(c.birthDate));
        if (auto ok = m_db.exec(child); !ok)
            return std::unexpected(ok.error());
        while (child.next()) {
            const QStringList stored = text::surnameParts(child.value(1).toString());
            const bool same =
                std::ranges::any_of(stored, [&](const QString& part) { return c.surnameParts.contains(part); });
            if (same)
                add(child.value(0).toLongLong(), DuplicateReason::SameSurnameAndChildBirthDate);
        }
    }
    QSqlQuery address = m_db.prepare(QStringLiteral("SELECT id FROM family WHERE registered_address_key = ? UNION "
                                                    "SELECT id FROM family WHERE actual_address_key = ?"));
    for (const QString& key : keys.addressKeys) {
        if (key.isEmpty())
            continue;
        address.bindValue(0, key);
        address.bindValue(1, key);
        if (auto ok = m_db.exec(address); !ok)
            return std::unexpected(ok.error());
        while (address.next())
            add(address.value(0).toLongLong(), DuplicateReason::SameAddress);
    }

    QList<DuplicateCandidate> result;
    for (FamilyId id : std::as_const(order)) {
        auto found = summary(id);
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            result << DuplicateCandidate{**found, reasons.value(id)};
    }
    return result;
}

Result<QList<JournalEntry>> FamilyRepository::entries(const QString& condition, const QVariant& bind, int limit) const
{
    // One query for all of them: reading the entries one by one cost a round trip each.
    QVariantList binds{bind};
    if (limit > 0)
        binds << limit;
    return m_journal.select(QStringLiteral("WHERE e.") + condition, binds,
                            QStringLiteral(" ORDER BY e.received_at DESC, e.id DESC") +
                                (limit > 0 ? QStringLiteral(" LIMIT ?") : QString()));
}

Result<QList<CuratorChoice>> FamilyRepository::curators() const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT u.id, u.full_name FROM app_user u JOIN user_role r ON r.user_id = "
                                    "u.id WHERE r.role = ? AND u.active ORDER BY u.full_name, u.id"));
    q.addBindValue(toCode(Role::Curator));
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<CuratorChoice> result;
    while (q.next())
        result << CuratorChoice{q.value(0).toLongLong(), q.value(1).toString()};
    return result;
}

Result<std::optional<FamilySummary>> FamilyRepository::summary(FamilyId id) const
{
    auto found = m_registry.summaries(QStringLiteral("WHERE f.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<FamilySummary>();
    return std::optional<FamilySummary>(found->first());
}

Result<QList<FamilySummary>> FamilyRepository::search(const QString& typed, int limit) const
{
    return m_registry.search(typed, limit);
}

Result<PhoneLookup> FamilyRepository::byPhone(const QString& digits) const
{
    PhoneLookup lookup;
    lookup.digits = digits;
    if (digits.isEmpty())
        return lookup;
    auto families =
        m_registry.summaries(QStringLiteral("WHERE f.id IN (SELECT family_id FROM family_phone WHERE digits = ?)"),
                             {digits}, QStringLiteral(" ORDER BY f.updated_at DESC, f.id DESC"));
    if (!families)
        return std::unexpected(families.error());
    lookup.families = *families;
    auto found = entries(QStringLiteral("phone_digits = ?"), digits, kLookupEntries);
    if (!found)
        return std::unexpected(found.error());
    lookup.entries = *found;
    return lookup;
}

Status FamilyRepository::linkEntry(EntryId entryId, std::optional<FamilyId> familyId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (familyId) {
        QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM family WHERE id = ?"));
        exists.addBindValue(*familyId);
        if (auto ok = m_db.exec(exists); !ok)
            return ok;
        if (!exists.next())
            return fail(Error::Kind::NotFound, tr("The family card no longer exists."));
    }
    QSqlQuery link = m_db.prepare(QStringLiteral("UPDATE journal_entry SET family_id = ? WHERE id = ?"));
    link.addBindValue(sql::id(familyId));
    link.addBindValue(entryId);
    if (auto ok = m_db.exec(link); !ok)
        return ok;
    if (link.numRowsAffected() != 1)
        return fail(Error::Kind::NotFound, tr("The journal entry no longer exists."));
    return tx->commit();
}

Result<QList<JournalEntry>> FamilyRepository::entriesOf(FamilyId id) const
{
    return entries(QStringLiteral("family_id = ?"), id, 0);
}

Result<std::optional<RegistrationPeriod>> FamilyRepository::openRegistration(FamilyId id) const
{
    QSqlQuery q = m_db.prepare(kSelectRegistration + QLatin1String("WHERE r.family_id = ? AND r.removed_on IS NULL"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<RegistrationPeriod>();
    return std::optional<RegistrationPeriod>(registrationFrom(q));
}

Status FamilyRepository::lockCard(FamilyId id) const
{
    // The card's row stays locked until the transaction ends: two workstations never put a family on the register,
    // or take it off, on the same reading of its history.
    QSqlQuery lock = m_db.prepare(QStringLiteral("SELECT id FROM family WHERE id = ?") + m_db.dialect().lockRows());
    lock.addBindValue(id);
    return m_db.exec(lock);
}

Result<RegistrationPeriod> FamilyRepository::putOnRegister(FamilyId id, const QDate& on, const QString& basis,
                                                           UserId by, const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = lockCard(id); !ok)
        return std::unexpected(ok.error());
    auto family = get(id);
    if (!family)
        return std::unexpected(family.error());
    if (family->onRegister())
        return fail(Error::Kind::Conflict,
                    tr("Family %1 is already on the register since %2: take it off first.")
                        .arg(family->cardNo, text::shownDate(family->registrations.last().registeredOn)));
    if (!family->registrations.isEmpty()) {
        const auto& last = family->registrations.last();
        if (last.removedOn && on < *last.removedOn)
            return fail(Error::Kind::Validation,
                        tr("Family %1 was taken off the register on %2: it can be put on again only from that day.")
                            .arg(family->cardNo, text::shownDate(*last.removedOn)),
                        {}, QStringLiteral("registeredOn"));
    }
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO family_registration (family_id, registered_on, basis, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(id);
    insert.addBindValue(sql::date(on));
    insert.addBindValue(sql::text(basis));
    insert.addBindValue(now.toSecsSinceEpoch());
    insert.addBindValue(by);
    if (auto ok = m_db.exec(insert); !ok)
        return std::unexpected(ok.error());
    insert.finish();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    auto open = openRegistration(id);
    if (!open)
        return std::unexpected(open.error());
    return **open;
}

Result<RegistrationPeriod> FamilyRepository::takeOffRegister(FamilyId id, const QDate& on, RemovalReason reason,
                                                             const QString& note, UserId by, const QDateTime& now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = lockCard(id); !ok)
        return std::unexpected(ok.error());
    auto family = get(id);
    if (!family)
        return std::unexpected(family.error());
    if (!family->onRegister())
        return fail(Error::Kind::Conflict,
                    tr("Family %1 is not on the register, so it cannot be taken off.").arg(family->cardNo));
    const RegistrationPeriod open = family->registrations.last();
    if (on < open.registeredOn)
        return fail(Error::Kind::Validation,
                    tr("Family %1 was put on the register on %2: it cannot be taken off before that day.")
                        .arg(family->cardNo, text::shownDate(open.registeredOn)),
                    {}, QStringLiteral("removedOn"));
    QSqlQuery close = m_db.prepare(
        QStringLiteral("UPDATE family_registration SET removed_on = ?, removal_reason = ?, removal_note = ?, "
                       "removed_at = ?, removed_by = ? WHERE id = ? AND removed_on IS NULL"));
    close.addBindValue(sql::date(on));
    close.addBindValue(toCode(reason));
    close.addBindValue(sql::text(note));
    close.addBindValue(now.toSecsSinceEpoch());
    close.addBindValue(by);
    close.addBindValue(open.id);
    if (auto ok = m_db.exec(close); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    RegistrationPeriod closed = open;
    closed.removedOn = on;
    closed.removalReason = reason;
    closed.removalNote = note.trimmed();
    return closed;
}

} // namespace zabota::core
