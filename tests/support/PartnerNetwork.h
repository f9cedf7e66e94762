// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner/PartnerRepository.h"
#include "core/partner/PartnerService.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace zabota::tests {

// The partner directory over a TestDatabase, as its administrator and its dispatcher see them.
class PartnerNetwork {
public:
    explicit PartnerNetwork(TestDatabase& t)
        : m_partnerRepo(t.db())
        , m_adminPartners(m_partnerRepo, t.admin())
        , m_partners(m_partnerRepo, t.dispatcher())
    {}

    core::PartnerRepository& partnerRepo() { return m_partnerRepo; }
    core::PartnerService& adminPartners() { return m_adminPartners; }
    core::PartnerService& partners() { return m_partners; }

    // The partner in use with this name; fails the test if there is none.
    core::Partner partner(const QString& name)
    {
        const auto all = m_partners.list();
        REQUIRE(all.has_value());
        for (const core::Partner& p : *all) {
            if (p.name == name)
                return p;
        }
        FAIL("no partner " << name.toStdString());
        return {};
    }

private:
    core::PartnerRepository m_partnerRepo;
    core::PartnerService m_adminPartners;
    core::PartnerService m_partners;
};

} // namespace zabota::tests
