// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/partner/Partner.h"

#include <QCoreApplication>

namespace zabota::core {

class Database;

// The partner organisations of the resource map (seed 001). Names are unique among the partners in use, case and
// Ё/Е folded; a partner is switched off, never deleted. Who may change the list is PartnerService's concern.
class PartnerRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::PartnerRepository)

public:
    explicit PartnerRepository(Database& db);

    // The partners by kind (in the order of PartnerKind) and then by name; only those in use if `activeOnly`.
    [[nodiscard]] Result<QList<Partner>> list(bool activeOnly = true) const;
    [[nodiscard]] Result<Partner> get(PartnerId id) const;
    // A new partner, in use; its id and active flag are ignored.
    [[nodiscard]] Result<PartnerId> add(const Partner& partner);
    // Changes everything but the active flag.
    [[nodiscard]] Status update(PartnerId id, const Partner& partner);
    [[nodiscard]] Status deactivate(PartnerId id);
    // Takes a partner back into use, unless one in use bears its name meanwhile.
    [[nodiscard]] Status activate(PartnerId id);

    // Checks the fields; the error names the field at fault ("name", "email", …).
    [[nodiscard]] static Status validate(const Partner& partner);

private:
    // Refuses a name that a partner in use other than `except` bears, case and Ё/Е folded.
    [[nodiscard]] Status checkNameFree(const QString& name, std::optional<PartnerId> except) const;
    [[nodiscard]] Status setActive(PartnerId id, bool active);

    Database& m_db;
};

} // namespace zabota::core
