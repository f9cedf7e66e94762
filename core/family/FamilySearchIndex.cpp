// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/FamilySearchIndex.h"

#include "core/storage/Database.h"
#include "core/text/AddressKey.h"
#include "core/text/PhoneNumber.h"
#include "core/text/TextFold.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace zabota::core {

namespace {

// The folded text the search index holds for a card, in the dialect's form: the members' names, the addresses, the
// phone numbers (also without the country code: a dispatcher often types the number as "904 555 …").
QStringList searchTexts(const SqlDialect& dialect, const FamilyDraft& d)
{
    QStringList names;
    for (const FamilyMember& m : d.members)
        names << text::fold(m.surname) << text::fold(m.firstName) << text::fold(m.patronymic);
    QStringList phones;
    for (const QString& typed : d.phones) {
        const QString digits = text::normalisePhone(typed).value_or(QString());
        phones << digits;
        if (digits.size() == 11)
            phones << digits.mid(1);
    }
    return {
        dialect.familySearchText(names.join(QLatin1Char(' ')).simplified()),
        dialect.familySearchText(QStringList{text::addressKey(d.registeredAddress), text::addressKey(d.actualAddress)}
                                     .join(QLatin1Char(' '))
                                     .simplified()),
        dialect.familySearchText(phones.join(QLatin1Char(' ')).simplified())};
}

} // namespace

FamilySearchIndex::FamilySearchIndex(const Database& db)
    : m_db(db)
{}

Status FamilySearchIndex::write(FamilyId id, const FamilyDraft& d, bool fresh) const
{
    if (!fresh) {
        QSqlQuery remove = m_db.prepare(m_db.dialect().familySearchRemove());
        remove.bindValue(QStringLiteral(":id"), id);
        if (auto ok = m_db.exec(remove); !ok)
            return ok;
    }
    const QStringList text = searchTexts(m_db.dialect(), d);
    QSqlQuery add = m_db.prepare(m_db.dialect().familySearchAdd());
    add.bindValue(QStringLiteral(":id"), id);
    add.bindValue(QStringLiteral(":names"), text[0]);
    add.bindValue(QStringLiteral(":addresses"), text[1]);
    add.bindValue(QStringLiteral(":phones"), text[2]);
    return m_db.exec(add);
}

Result<qint64> FamilySearchIndex::rebuild() const
{
    const SqlDialect& dialect = m_db.dialect();
    if (const QString clear = dialect.familySearchClear(); !clear.isEmpty()) {
        QSqlQuery forget = m_db.prepare(clear);
        if (auto ok = m_db.exec(forget); !ok)
            return std::unexpected(ok.error());
    }
    // In batches by id: the cards' addresses, then their members and phones, each batch indexed with one statement.
    constexpr int kBatch = 1000;
    QSqlQuery cards = m_db.prepare(
        QStringLiteral("SELECT id, registered_address, actual_address FROM family WHERE id > ? ORDER BY id LIMIT ?"));
    QSqlQuery members = m_db.prepare(QStringLiteral("SELECT family_id, surname, first_name, patronymic FROM "
                                                    "family_member WHERE family_id BETWEEN ? AND ? "
                                                    "ORDER BY family_id, position, id"));
    QSqlQuery phones = m_db.prepare(QStringLiteral(
        "SELECT family_id, phone FROM family_phone WHERE family_id BETWEEN ? AND ? ORDER BY family_id, position, id"));
    QSqlQuery index = m_db.prepare(dialect.familySearchAddMany());
    qint64 indexed = 0;
    FamilyId after = 0;
    for (;;) {
        cards.bindValue(0, after);
        cards.bindValue(1, kBatch);
        if (auto ok = m_db.exec(cards); !ok)
            return std::unexpected(ok.error());
        QList<FamilyId> ids;
        QHash<FamilyId, FamilyDraft> drafts;
        while (cards.next()) {
            const FamilyId id = cards.value(0).toLongLong();
            ids << id;
            FamilyDraft& d = drafts[id];
            d.registeredAddress = cards.value(1).toString();
            d.actualAddress = cards.value(2).toString();
        }
        cards.finish();
        if (ids.isEmpty())
            break;
        after = ids.last();
        for (QSqlQuery* part : {&members, &phones}) {
            part->bindValue(0, ids.first());
            part->bindValue(1, ids.last());
            if (auto ok = m_db.exec(*part); !ok)
                return std::unexpected(ok.error());
            while (part->next()) {
                FamilyDraft& d = drafts[part->value(0).toLongLong()];
                if (part == &phones) {
                    d.phones << part->value(1).toString();
                } else {
                    FamilyMember m;
                    m.surname = part->value(1).toString();
                    m.firstName = part->value(2).toString();
                    m.patronymic = part->value(3).toString();
                    d.members << m;
                }
            }
            part->finish();
        }
        QJsonArray rows;
        for (const FamilyId id : std::as_const(ids)) {
            const QStringList text = searchTexts(dialect, drafts.value(id));
            rows.append(QJsonArray{id, text[0], text[1], text[2]});
        }
        index.bindValue(QStringLiteral(":rows"), QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (auto ok = m_db.exec(index); !ok)
            return std::unexpected(ok.error());
        indexed += ids.size();
    }
    return indexed;
}

} // namespace zabota::core
