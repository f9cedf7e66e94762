// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"
#include "core/partner/Partner.h"

#include <QCoreApplication>

namespace zabota::core {

class PartnerRepository;

// The resource map as the logged-in user works with it: everyone reads it, only an administrator changes it.
class PartnerService final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::PartnerService)

public:
    PartnerService(PartnerRepository& partners, User currentUser);

    [[nodiscard]] const User& currentUser() const { return m_user; }
    // Whether the current user may add, change and switch off partners.
    [[nodiscard]] bool canEdit() const;

    [[nodiscard]] Result<QList<Partner>> list(bool activeOnly = true) const;
    [[nodiscard]] Result<Partner> partner(PartnerId id) const;
    [[nodiscard]] Result<PartnerId> add(const Partner& partner);
    [[nodiscard]] Status update(PartnerId id, const Partner& partner);
    [[nodiscard]] Status deactivate(PartnerId id);
    [[nodiscard]] Status activate(PartnerId id);

    // Whether a partner matches what was typed in a search box: every word, case and Ё/Е folded, somewhere in its
    // name, services, territory, contact person or phone. Empty text matches every partner.
    [[nodiscard]] static bool matches(const Partner& partner, const QString& typed);

private:
    [[nodiscard]] Status requireAdministrator() const;

    PartnerRepository& m_partners;
    User m_user;
};

} // namespace zabota::core
