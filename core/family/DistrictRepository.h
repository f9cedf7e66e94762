// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

namespace zabota::core {

class Database;

// The city's districts and micro-districts (seed 000: 4 × 4, each micro-district with its specialist).
class DistrictRepository final {
public:
    explicit DistrictRepository(Database& db);

    [[nodiscard]] Result<QList<District>> districts() const;
    [[nodiscard]] Result<QList<MicroDistrict>> microDistricts(std::optional<DistrictId> district = {}) const;

private:
    Database& m_db;
};

} // namespace zabota::core
