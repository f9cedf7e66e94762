// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoVocabulary.h"
#include "core/family/FamilyRepository.h"

#include <QList>

class QRandomGenerator;

namespace zabota::core {

// Makes up one plausible family card of a social-service centre in Tyumen: parents and children with consistent
// names (surnames and patronymics in their gender forms), birth dates, phones as dispatchers type them, an address in
// one of the districts and micro-districts, categories held for periods, and now and then a stay on the register on
// a КДН basis. Every choice comes from the random generator it is given.
class DemoFamilyComposer final {
public:
    struct Place {
        DistrictId districtId = 0;
        MicroDistrictId microDistrictId = 0;
        int districtIndex = 0; // 0..3 in the districts' order: picks the streets
        int microIndex = 0;    // 0..3 within the district
    };

    // `places` are the micro-districts to settle families in; `curators` the ids of the curators.
    DemoFamilyComposer(QRandomGenerator& rng, QList<Place> places, QList<UserId> curators);

    // A family whose card is written on `createdOn`, judged as of `today`.
    [[nodiscard]] FamilyRepository::NewFamily compose(const QDate& createdOn, const QDate& today);

    // A phone as a dispatcher types it, in one of the journal's forms.
    [[nodiscard]] QString phone();

private:
    [[nodiscard]] int uniform(int lowest, int highest); // both inclusive
    [[nodiscard]] bool chance(int percent);
    [[nodiscard]] int weighted(std::initializer_list<int> weights);
    [[nodiscard]] QDate dateBetween(const QDate& from, const QDate& to);
    [[nodiscard]] QString address(const Place& place);

    QRandomGenerator& m_rng;
    const demo::Vocabulary& m_words;
    QList<Place> m_places;
    QList<UserId> m_curators;
    int m_kdnNo = 0;
};

} // namespace zabota::core
