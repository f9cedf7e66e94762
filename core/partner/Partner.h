// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <QDate>
#include <QString>

namespace zabota::core {

using PartnerId = qint64;

// What a partner organisation of the resource map is (seed 001: schools, social services, health, police, ЗАГС, the
// employment centre, banks…).
enum class PartnerKind {
    School,
    Kindergarten,
    SocialServices,
    Health,
    Police,
    Zags,
    Employment,
    SocialFund,
    Guardianship,
    Kdn,
    Bank,
    Ngo,
    Other,
};

template <>
struct EnumTraits<PartnerKind> {
    static constexpr const char* context = "zabota::core::PartnerKind";
    static std::span<const EnumItem<PartnerKind>> items();
};

// A partner organisation of the resource map. The administrator fills in everything but the id; one that no longer
// works with the centre is switched off, never deleted, since support plans and the navigator may still name it.
struct Partner {
    PartnerId id = 0;
    PartnerKind kind = PartnerKind::Other;
    QString name;
    QString agreementNo; // the agreement on cooperation (соглашение о сотрудничестве), if there is one
    QDate agreementDate; // null when unknown or none
    QString services;    // what the partner does for families, as the dispatcher reads it
    QString phone;       // as written, extensions and several numbers included
    QString email;
    QString contactPerson;
    QString territory; // the district or settlements it serves
    bool active = true;

    bool operator==(const Partner&) const = default;
};

// Limits of a partner's fields; the forms use them too.
namespace partnerLimits {
constexpr int kName = 300;
constexpr int kAgreementNo = 100;
constexpr int kServices = 2000;
constexpr int kPhone = 100;
constexpr int kEmail = 200;
constexpr int kContactPerson = 200;
constexpr int kTerritory = 300;
} // namespace partnerLimits

} // namespace zabota::core
