// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QCoreApplication>

namespace zabota::core {

class Database;

// The city's districts and micro-districts (seed 000: 4 × 4, each micro-district with its specialist).
// An administrator renames them, adds new ones and names the specialists; a district or micro-district is never deleted
// (cards refer to it), and names are unique (a district in the city, a micro-district in its district).
class DistrictRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::DistrictRepository)

public:
    static constexpr int kNameLength = 100;

    explicit DistrictRepository(Database& db);

    [[nodiscard]] Result<QList<District>> districts() const;
    [[nodiscard]] Result<QList<MicroDistrict>> microDistricts(std::optional<DistrictId> district = {}) const;

    // A new district or micro-district, last in its list.
    [[nodiscard]] Result<DistrictId> addDistrict(const QString& name);
    [[nodiscard]] Result<MicroDistrictId> addMicroDistrict(DistrictId district, const QString& name);
    [[nodiscard]] Status renameDistrict(DistrictId id, const QString& name);
    [[nodiscard]] Status renameMicroDistrict(MicroDistrictId id, const QString& name);
    // The district specialist (участковый специалист) of a micro-district; nullopt: none.
    [[nodiscard]] Status setSpecialist(MicroDistrictId id, std::optional<UserId> specialist);

private:
    // Checks a name and that no other row of `table` in the same scope (`scope` = the district for micro-districts)
    // bears it, case and Ё/Е folded; `except` is the row being renamed.
    [[nodiscard]] Status checkName(const QString& name, bool micro, std::optional<DistrictId> scope,
                                   std::optional<qint64> except) const;

private:
    Database& m_db;
};

} // namespace zabota::core
