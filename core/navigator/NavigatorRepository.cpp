// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/navigator/NavigatorRepository.h"

#include "core/partner/PartnerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/text/TextFold.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace zabota::core {

namespace {

// The steps of a draft as they are kept: blank lines dropped, spaces collapsed.
QStringList cleanSteps(const QStringList& steps)
{
    QStringList result;
    for (const QString& step : steps) {
        if (const QString clean = step.simplified(); !clean.isEmpty())
            result << clean;
    }
    return result;
}

// The partners of a draft, each once, in the order first named.
QList<PartnerId> distinctPartners(const QList<PartnerId>& partners)
{
    QList<PartnerId> result;
    for (const PartnerId id : partners) {
        if (!result.contains(id))
            result << id;
    }
    return result;
}

} // namespace

NavigatorRepository::NavigatorRepository(Database& db, const PartnerRepository& partners)
    : m_db(db)
    , m_partners(partners)
{}

Status NavigatorRepository::validate(const LifeSituationDraft& d)
{
    auto invalid = [](const QString& message, const char* field) {
        return fail(Error::Kind::Validation, message, {}, QString::fromLatin1(field));
    };
    const QString title = d.title.simplified();
    if (title.isEmpty())
        return invalid(tr("Enter the name of the life situation."), "title");
    if (title.size() > situationLimits::kTitle)
        return invalid(tr("A name is at most %1 characters.").arg(situationLimits::kTitle), "title");
    if (d.description.trimmed().size() > situationLimits::kDescription)
        return invalid(tr("The description is at most %1 characters.").arg(situationLimits::kDescription),
                       "description");
    if (d.services.trimmed().size() > situationLimits::kServices)
        return invalid(tr("The services are at most %1 characters.").arg(situationLimits::kServices), "services");
    const QStringList steps = cleanSteps(d.steps);
    if (steps.size() > situationLimits::kSteps)
        return invalid(
            tr("A checklist has at most %1 steps; this one has %2.").arg(situationLimits::kSteps).arg(steps.size()),
            "steps");
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].size() > situationLimits::kStep)
            return invalid(
                tr("Step %1 of the checklist is longer than %2 characters.").arg(i + 1).arg(situationLimits::kStep),
                "steps");
    }
    return {};
}

Result<QList<LifeSituation>> NavigatorRepository::select(const QString& condition, const QVariantList& binds) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT s.id, s.title, s.description, s.services, s.category_id, c.title, s.urgency, "
                       "s.position, s.active FROM life_situation s "
                       "LEFT JOIN problem_category c ON c.id = s.category_id ") +
        condition + QStringLiteral(" ORDER BY s.position, s.id"));
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<LifeSituation> situations;
    QHash<LifeSituationId, qsizetype> index;
    while (q.next()) {
        LifeSituation s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.description = q.value(2).toString();
        s.services = q.value(3).toString();
        s.categoryId = sql::idFrom(q.value(4));
        s.categoryTitle = q.value(5).toString();
        s.urgency = fromCode<Urgency>(q.value(6).toString()).value_or(Urgency::Planned);
        s.position = q.value(7).toInt();
        s.active = q.value(8).toBool();
        index.insert(s.id, situations.size());
        situations << s;
    }
    if (situations.isEmpty())
        return situations;

    // The steps and partners of every situation read: a dozen situations, read whole.
    QSqlQuery items = m_db.prepare(
        QStringLiteral("SELECT situation_id, id, text FROM situation_item ORDER BY situation_id, position, id"));
    if (auto ok = m_db.exec(items); !ok)
        return std::unexpected(ok.error());
    while (items.next()) {
        if (const auto at = index.constFind(items.value(0).toLongLong()); at != index.cend())
            situations[*at].items << ChecklistItem{items.value(1).toLongLong(), items.value(2).toString()};
    }
    auto partners = m_partners.list(false);
    if (!partners)
        return std::unexpected(partners.error());
    QHash<PartnerId, Partner> partnerById;
    for (const Partner& partner : std::as_const(*partners))
        partnerById.insert(partner.id, partner);
    QSqlQuery links = m_db.prepare(
        QStringLiteral("SELECT situation_id, partner_id FROM situation_partner ORDER BY situation_id, position"));
    if (auto ok = m_db.exec(links); !ok)
        return std::unexpected(ok.error());
    while (links.next()) {
        const auto at = index.constFind(links.value(0).toLongLong());
        const auto partner = partnerById.constFind(links.value(1).toLongLong());
        if (at != index.cend() && partner != partnerById.cend())
            situations[*at].partners << *partner;
    }
    return situations;
}

Result<QList<LifeSituation>> NavigatorRepository::situations(bool activeOnly) const
{
    if (activeOnly)
        return select(QStringLiteral("WHERE s.active = ?"), {true});
    return select({}, {});
}

Result<LifeSituation> NavigatorRepository::situation(LifeSituationId id) const
{
    auto found = select(QStringLiteral("WHERE s.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Kind::NotFound, tr("The life situation no longer exists."));
    return found->first();
}

Status NavigatorRepository::checkTitleFree(const QString& title, std::optional<LifeSituationId> except) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, title FROM life_situation WHERE active = ?"));
    q.addBindValue(true);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    const QString folded = text::fold(title);
    while (q.next()) {
        if (except && q.value(0).toLongLong() == *except)
            continue;
        if (text::fold(q.value(1).toString()) == folded)
            return fail(Error::Kind::Conflict, tr("There is a life situation «%1» already.").arg(q.value(1).toString()),
                        {}, QStringLiteral("title"));
    }
    return {};
}

Status NavigatorRepository::checkPartners(const QList<PartnerId>& partners) const
{
    for (const PartnerId id : partners) {
        if (auto partner = m_partners.get(id); !partner)
            return fail(partner.error().kind, partner.error().message, partner.error().detail,
                        QStringLiteral("partners"));
    }
    return {};
}

Status NavigatorRepository::writeSteps(LifeSituationId id, const QStringList& steps)
{
    // A step whose text stays keeps its row (and its id in the entries that ticked it); the others go and come.
    QSqlQuery current = m_db.prepare(QStringLiteral("SELECT id, text FROM situation_item WHERE situation_id = ?"));
    current.addBindValue(id);
    if (auto ok = m_db.exec(current); !ok)
        return ok;
    QMultiHash<QString, ChecklistItemId> unused;
    while (current.next())
        unused.insert(current.value(1).toString(), current.value(0).toLongLong());
    current.finish();

    QSqlQuery move = m_db.prepare(QStringLiteral("UPDATE situation_item SET position = ? WHERE id = ?"));
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO situation_item (situation_id, position, text) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int position = int(i) + 1;
        if (const auto kept = unused.constFind(steps[i]); kept != unused.cend()) {
            move.bindValue(0, position);
            move.bindValue(1, *kept);
            if (auto ok = m_db.exec(move); !ok)
                return ok;
            unused.remove(steps[i], *kept);
            continue;
        }
        insert.bindValue(0, id);
        insert.bindValue(1, position);
        insert.bindValue(2, steps[i]);
        if (auto ok = m_db.exec(insert); !ok)
            return ok;
    }
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM situation_item WHERE id = ?"));
    for (const ChecklistItemId gone : std::as_const(unused)) {
        remove.bindValue(0, gone);
        if (auto ok = m_db.exec(remove); !ok)
            return ok;
    }
    return {};
}

Status NavigatorRepository::writePartners(LifeSituationId id, const QList<PartnerId>& partners)
{
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM situation_partner WHERE situation_id = ?"));
    clear.addBindValue(id);
    if (auto ok = m_db.exec(clear); !ok)
        return ok;
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO situation_partner (situation_id, partner_id, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < partners.size(); ++i) {
        insert.bindValue(0, id);
        insert.bindValue(1, partners[i]);
        insert.bindValue(2, int(i) + 1);
        if (auto ok = m_db.exec(insert); !ok)
            return ok;
    }
    return {};
}

Result<LifeSituationId> NavigatorRepository::add(const LifeSituationDraft& draft)
{
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QList<PartnerId> partners = distinctPartners(draft.partners);
    if (auto ok = checkTitleFree(draft.title, std::nullopt); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkPartners(partners); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO life_situation (title, description, services, category_id, urgency, position, "
                       "active) SELECT ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1, ? FROM life_situation "
                       "RETURNING id"));
    for (const QVariant& value :
         {sql::text(draft.title.simplified()), sql::text(draft.description), sql::text(draft.services),
          sql::id(draft.categoryId), QVariant(toCode(draft.urgency)), QVariant(true)})
        q.addBindValue(value);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const LifeSituationId id = q.value(0).toLongLong();
    q.finish();
    if (auto ok = writeSteps(id, cleanSteps(draft.steps)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writePartners(id, partners); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status NavigatorRepository::update(LifeSituationId id, const LifeSituationDraft& draft)
{
    if (auto ok = validate(draft); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = situation(id);
    if (!current)
        return std::unexpected(current.error());
    const QList<PartnerId> partners = distinctPartners(draft.partners);
    if (current->active) {
        if (auto ok = checkTitleFree(draft.title, id); !ok)
            return ok;
    }
    if (auto ok = checkPartners(partners); !ok)
        return ok;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE life_situation SET title = ?, description = ?, services = ?, "
                                              "category_id = ?, urgency = ? WHERE id = ?"));
    for (const QVariant& value :
         {sql::text(draft.title.simplified()), sql::text(draft.description), sql::text(draft.services),
          sql::id(draft.categoryId), QVariant(toCode(draft.urgency)), QVariant(id)})
        q.addBindValue(value);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    if (auto ok = writeSteps(id, cleanSteps(draft.steps)); !ok)
        return ok;
    if (auto ok = writePartners(id, partners); !ok)
        return ok;
    return tx->commit();
}

Status NavigatorRepository::setActive(LifeSituationId id, bool active)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = situation(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->active == active)
        return {};
    if (active) {
        if (auto ok = checkTitleFree(current->title, id); !ok)
            return ok;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE life_situation SET active = ? WHERE id = ?"));
    q.addBindValue(active);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

Result<EntryChecklist> NavigatorRepository::checklistOf(EntryId entry) const
{
    EntryChecklist checklist;
    QSqlQuery chosen =
        m_db.prepare(QStringLiteral("SELECT situation_id, title FROM entry_situation WHERE entry_id = ?"));
    chosen.addBindValue(entry);
    if (auto ok = m_db.exec(chosen); !ok)
        return std::unexpected(ok.error());
    if (!chosen.next())
        return checklist;
    checklist.situationId = chosen.value(0).toLongLong();
    checklist.situationTitle = chosen.value(1).toString();
    chosen.finish();

    QSqlQuery marks = m_db.prepare(
        QStringLiteral("SELECT item_id, text, ticked FROM entry_checklist WHERE entry_id = ? ORDER BY position"));
    marks.addBindValue(entry);
    if (auto ok = m_db.exec(marks); !ok)
        return std::unexpected(ok.error());
    while (marks.next())
        checklist.marks << ChecklistMark{sql::idFrom(marks.value(0)), marks.value(1).toString(),
                                         marks.value(2).toBool()};
    return checklist;
}

Status NavigatorRepository::writeChecklist(EntryId entry, const EntryChecklist& checklist)
{
    QString title;
    QSet<ChecklistItemId> items;
    if (checklist.situationId) {
        auto situation = this->situation(*checklist.situationId);
        if (!situation)
            return fail(situation.error().kind, situation.error().message, situation.error().detail,
                        QStringLiteral("situation"));
        if (!situation->active) {
            auto kept = checklistOf(entry);
            if (!kept)
                return std::unexpected(kept.error());
            if (kept->situationId != checklist.situationId)
                return fail(
                    Error::Kind::Conflict,
                    tr("The life situation «%1» is no longer used: choose another one, or none.").arg(situation->title),
                    {}, QStringLiteral("situation"));
        }
        title =
            checklist.situationTitle.simplified().isEmpty() ? situation->title : checklist.situationTitle.simplified();
        for (const ChecklistItem& item : std::as_const(situation->items))
            items.insert(item.id);
    }

    for (const QString& table : {QStringLiteral("entry_checklist"), QStringLiteral("entry_situation")}) {
        QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE entry_id = ?").arg(table));
        clear.addBindValue(entry);
        if (auto ok = m_db.exec(clear); !ok)
            return ok;
    }
    if (!checklist.situationId)
        return {};

    QSqlQuery chosen =
        m_db.prepare(QStringLiteral("INSERT INTO entry_situation (entry_id, situation_id, title) VALUES (?, ?, ?)"));
    chosen.addBindValue(entry);
    chosen.addBindValue(*checklist.situationId);
    chosen.addBindValue(title);
    if (auto ok = m_db.exec(chosen); !ok)
        return ok;
    QSqlQuery mark = m_db.prepare(QStringLiteral(
        "INSERT INTO entry_checklist (entry_id, position, item_id, text, ticked) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ChecklistMark& m : checklist.marks) {
        const QString text = m.text.simplified();
        if (text.isEmpty())
            continue;
        // A step removed from the situation meanwhile is kept by its text alone.
        const bool known = m.itemId && items.contains(*m.itemId);
        mark.bindValue(0, entry);
        mark.bindValue(1, ++position);
        mark.bindValue(2, sql::id(known ? m.itemId : std::nullopt));
        mark.bindValue(3, text);
        mark.bindValue(4, m.ticked);
        if (auto ok = m_db.exec(mark); !ok)
            return ok;
    }
    return {};
}

} // namespace zabota::core
