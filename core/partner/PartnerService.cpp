// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partner/PartnerService.h"

#include "core/partner/PartnerRepository.h"
#include "core/text/TextFold.h"

#include <algorithm>

namespace zabota::core {

PartnerService::PartnerService(PartnerRepository& partners, User currentUser)
    : m_partners(partners)
    , m_user(std::move(currentUser))
{}

bool PartnerService::canEdit() const
{
    return m_user.hasRole(Role::Administrator);
}

Status PartnerService::requireAdministrator() const
{
    if (!canEdit())
        return fail(Error::Kind::Auth, tr("Only an administrator can change the partner organisations."));
    return {};
}

Result<QList<Partner>> PartnerService::list(bool activeOnly) const
{
    return m_partners.list(activeOnly);
}

Result<Partner> PartnerService::partner(PartnerId id) const
{
    return m_partners.get(id);
}

Result<PartnerId> PartnerService::add(const Partner& partner)
{
    if (auto ok = requireAdministrator(); !ok)
        return std::unexpected(ok.error());
    return m_partners.add(partner);
}

Status PartnerService::update(PartnerId id, const Partner& partner)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_partners.update(id, partner);
}

Status PartnerService::deactivate(PartnerId id)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_partners.deactivate(id);
}

Status PartnerService::activate(PartnerId id)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_partners.activate(id);
}

bool PartnerService::matches(const Partner& partner, const QString& typed)
{
    const QStringList words = text::searchWords(typed);
    if (words.isEmpty())
        return true;
    const QString haystack = text::fold(
        QStringList{partner.name, partner.services, partner.territory, partner.contactPerson, partner.phone}.join(
            QLatin1Char(' ')));
    return std::ranges::all_of(words, [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace zabota::core
