// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/navigator/NavigatorRepository.h"
#include "core/navigator/NavigatorService.h"
#include "core/partner/PartnerRepository.h"
#include "core/partner/PartnerService.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace zabota::tests {

// The partner directory and the navigator over a TestDatabase, as its administrator and its dispatcher see them.
class PartnerNetwork {
public:
    explicit PartnerNetwork(TestDatabase& t)
        : m_partnerRepo(t.db())
        , m_situationRepo(t.db(), m_partnerRepo)
        , m_adminPartners(m_partnerRepo, t.admin())
        , m_partners(m_partnerRepo, t.dispatcher())
        , m_adminNavigator(m_situationRepo, t.admin())
        , m_navigator(m_situationRepo, t.dispatcher())
    {}

    core::PartnerRepository& partnerRepo() { return m_partnerRepo; }
    core::PartnerService& adminPartners() { return m_adminPartners; }
    core::PartnerService& partners() { return m_partners; }
    core::NavigatorService& adminNavigator() { return m_adminNavigator; }
    core::NavigatorService& navigator() { return m_navigator; }

    // The situation in use with this title; fails the test if there is none.
    core::LifeSituation situation(const QString& title)
    {
        const auto all = m_navigator.situations();
        REQUIRE(all.has_value());
        for (const core::LifeSituation& s : *all) {
            if (s.title == title)
                return s;
        }
        FAIL("no life situation " << title.toStdString());
        return {};
    }

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
    core::NavigatorRepository m_situationRepo;
    core::PartnerService m_adminPartners;
    core::PartnerService m_partners;
    core::NavigatorService m_adminNavigator;
    core::NavigatorService m_navigator;
};

} // namespace zabota::tests
