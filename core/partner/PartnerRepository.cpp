// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partner/PartnerRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/text/TextFold.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace zabota::core {

std::span<const EnumItem<PartnerKind>> EnumTraits<PartnerKind>::items()
{
    static constexpr EnumItem<PartnerKind> kItems[] = {
        {PartnerKind::School, "school", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "School")},
        {PartnerKind::Kindergarten, "kindergarten", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Kindergarten")},
        {PartnerKind::SocialServices, "social_services",
         QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Social services")},
        {PartnerKind::Health, "health", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Health care")},
        {PartnerKind::Police, "police", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Police")},
        {PartnerKind::Zags, "zags", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Civil registry office")},
        {PartnerKind::Employment, "employment", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Employment centre")},
        {PartnerKind::SocialFund, "social_fund",
         QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Pension and social fund")},
        {PartnerKind::Guardianship, "guardianship",
         QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Guardianship authority")},
        {PartnerKind::Kdn, "kdn", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Juvenile affairs commission")},
        {PartnerKind::Bank, "bank", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Bank")},
        {PartnerKind::Ngo, "ngo", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Non-profit organisation")},
        {PartnerKind::Other, "other", QT_TRANSLATE_NOOP("zabota::core::PartnerKind", "Other")},
    };
    return kItems;
}

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, kind, name, agreement_no, agreement_date, services, phone, email, contact_person, "
                   "territory, active FROM partner ");

Partner partnerFrom(const QSqlQuery& q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.kind = fromCode<PartnerKind>(q.value(1).toString()).value_or(PartnerKind::Other);
    p.name = q.value(2).toString();
    p.agreementNo = q.value(3).toString();
    p.agreementDate = sql::dateFrom(q.value(4));
    p.services = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.contactPerson = q.value(8).toString();
    p.territory = q.value(9).toString();
    p.active = q.value(10).toBool();
    return p;
}

int kindOrder(PartnerKind kind)
{
    return int(allValues<PartnerKind>().indexOf(kind));
}

// The values of the columns a partner fills, in the order the INSERT and UPDATE statements name them.
QVariantList fieldValues(const Partner& p)
{
    return {toCode(p.kind),           sql::text(p.name.simplified()),
            sql::text(p.agreementNo), sql::date(p.agreementDate),
            sql::text(p.services),    sql::text(p.phone),
            sql::text(p.email),       sql::text(p.contactPerson),
            sql::text(p.territory)};
}

} // namespace

PartnerRepository::PartnerRepository(Database& db)
    : m_db(db)
{}

Result<QList<Partner>> PartnerRepository::list(bool activeOnly) const
{
    auto read = activeOnly ? m_db.list(kSelect + QStringLiteral("WHERE active = ?"), {true}, partnerFrom)
                           : m_db.list(kSelect, {}, partnerFrom);
    if (!read)
        return read;
    QList<Partner> partners = std::move(*read);
    // By kind in the order the enum lists them, which is not the order of their codes.
    std::ranges::stable_sort(partners, [](const Partner& a, const Partner& b) {
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        return text::fold(a.name).localeAwareCompare(text::fold(b.name)) < 0;
    });
    return partners;
}

Result<Partner> PartnerRepository::get(PartnerId id) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The partner organisation no longer exists."));
    return partnerFrom(q);
}

Status PartnerRepository::validate(const Partner& p)
{
    auto invalid = [](const QString& message, const char* field) {
        return fail(Error::Kind::Validation, message, {}, QString::fromLatin1(field));
    };
    if (p.name.simplified().isEmpty())
        return invalid(tr("Enter the name of the organisation."), "name");
    struct Limit {
        const QString* text;
        int max;
        const char* field;
    };
    const Limit limits[] = {
        {&p.name, partnerLimits::kName, "name"},
        {&p.agreementNo, partnerLimits::kAgreementNo, "agreementNo"},
        {&p.services, partnerLimits::kServices, "services"},
        {&p.phone, partnerLimits::kPhone, "phone"},
        {&p.email, partnerLimits::kEmail, "email"},
        {&p.contactPerson, partnerLimits::kContactPerson, "contactPerson"},
        {&p.territory, partnerLimits::kTerritory, "territory"},
    };
    for (const Limit& limit : limits) {
        if (limit.text->trimmed().size() > limit.max)
            return invalid(tr("At most %1 characters fit here; shorten it.").arg(limit.max), limit.field);
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return invalid(tr("«%1» is not an e-mail address: it looks like name@example.ru.").arg(p.email.trimmed()),
                       "email");
    return {};
}

Status PartnerRepository::checkNameFree(const QString& name, std::optional<PartnerId> except) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, name FROM partner WHERE active = ?"));
    q.addBindValue(true);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    const QString folded = text::fold(name);
    while (q.next()) {
        if (except && q.value(0).toLongLong() == *except)
            continue;
        if (text::fold(q.value(1).toString()) == folded)
            return fail(Error::Kind::Conflict,
                        tr("There is a partner organisation «%1» already.").arg(q.value(1).toString()), {},
                        QStringLiteral("name"));
    }
    return {};
}

Result<PartnerId> PartnerRepository::add(const Partner& partner)
{
    if (auto ok = validate(partner); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkNameFree(partner.name, std::nullopt); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO partner (kind, name, agreement_no, agreement_date, services, phone, email, contact_person, "
        "territory, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& value : fieldValues(partner))
        q.addBindValue(value);
    q.addBindValue(true);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const PartnerId id = q.value(0).toLongLong();
    q.finish();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status PartnerRepository::update(PartnerId id, const Partner& partner)
{
    if (auto ok = validate(partner); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = get(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->active) {
        if (auto ok = checkNameFree(partner.name, id); !ok)
            return ok;
    }
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE partner SET kind = ?, name = ?, agreement_no = ?, agreement_date = ?, services = ?, "
                       "phone = ?, email = ?, contact_person = ?, territory = ? WHERE id = ?"));
    for (const QVariant& value : fieldValues(partner))
        q.addBindValue(value);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

Status PartnerRepository::deactivate(PartnerId id)
{
    return setActive(id, false);
}

Status PartnerRepository::activate(PartnerId id)
{
    return setActive(id, true);
}

Status PartnerRepository::setActive(PartnerId id, bool active)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = get(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->active == active)
        return {};
    if (active) {
        if (auto ok = checkNameFree(current->name, id); !ok)
            return ok;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE partner SET active = ? WHERE id = ?"));
    q.addBindValue(active);
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

} // namespace zabota::core
