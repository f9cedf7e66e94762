// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoFamilyComposer.h"

#include "core/demo/DemoRandom.h"
#include "core/text/DateText.h"

#include <QRandomGenerator>

#include <algorithm>

namespace zabota::core {

namespace {

// Streets of Tyumen by district (seed 000's order: Центральный, Калининский, Ленинский, Восточный), two for each of
// its four micro-districts.
const QList<QStringList>& streetsOfDistrict()
{
    static const QList<QStringList> streets = [] {
        auto list = [](std::initializer_list<const char*> items) {
            QStringList result;
            for (const char* item : items)
                result << QString::fromUtf8(item);
            return result;
        };
        return QList<QStringList>{
            list({"ул. Республики", "ул. Ленина", "ул. Первомайская", "ул. Герцена", "ул. Орджоникидзе", "ул. Семакова",
                  "ул. Грибоедова", "ул. Хохрякова"}),
            list({"ул. Калинина", "ул. Ямская", "ул. Дамбовская", "ул. Депутатская", "ул. Энергетиков", "ул. Чаплина",
                  "ул. Сакко", "ул. Тимофея Чаркова"}),
            list({"ул. Мельникайте", "ул. Пермякова", "ул. Харьковская", "ул. Федюнинского", "ул. 50 лет Октября",
                  "ул. Холодильная", "ул. Котовского", "ул. Мельзаводская"}),
            list({"ул. Широтная", "ул. Монтажников", "ул. Газовиков", "ул. Ставропольская", "ул. Народная",
                  "ул. Николая Фёдорова", "ул. Бориса Житкова", "ул. Клары Цеткин"}),
        };
    }();
    return streets;
}

} // namespace

DemoFamilyComposer::DemoFamilyComposer(QRandomGenerator& rng, QList<Place> places, QList<UserId> curators)
    : m_rng(rng)
    , m_words(demo::vocabulary())
    , m_places(std::move(places))
    , m_curators(std::move(curators))
{}

int DemoFamilyComposer::uniform(int lowest, int highest)
{
    return lowest + int(m_rng.bounded(highest - lowest + 1));
}

bool DemoFamilyComposer::chance(int percent)
{
    return demo::chance(m_rng, percent);
}

int DemoFamilyComposer::weighted(std::initializer_list<int> weights)
{
    return demo::weighted(m_rng, weights);
}

QDate DemoFamilyComposer::dateBetween(const QDate& from, const QDate& to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(qint64(m_rng.bounded(quint64(days) + 1)));
}

QString DemoFamilyComposer::phone()
{
    if (chance(7)) {
        // A home phone: Tyumen's code, or the local number alone.
        const QString n = QString::number(uniform(200000, 699999));
        switch (weighted({50, 30, 20})) {
        case 0:
            return QStringLiteral("8(3452)%1-%2-%3").arg(n.mid(0, 2), n.mid(2, 2), n.mid(4, 2));
        case 1:
            return QStringLiteral("8 (3452) %1-%2-%3").arg(n.mid(0, 2), n.mid(2, 2), n.mid(4, 2));
        default:
            return QStringLiteral("+7 3452 %1").arg(n);
        }
    }
    const QString prefix = m_words.mobilePrefixes[m_rng.bounded(int(m_words.mobilePrefixes.size()))];
    const QString n = QStringLiteral("%1").arg(m_rng.bounded(10'000'000), 7, 10, QLatin1Char('0'));
    const QString a = n.mid(0, 3);
    const QString b = n.mid(3, 2);
    const QString c = n.mid(5, 2);
    switch (weighted({35, 20, 15, 10, 10, 10})) {
    case 0:
        return QStringLiteral("+7 (%1) %2-%3-%4").arg(prefix, a, b, c);
    case 1:
        return QStringLiteral("8 %1 %2 %3 %4").arg(prefix, a, b, c);
    case 2:
        return QLatin1Char('8') + prefix + n;
    case 3:
        return QStringLiteral("8-%1-%2-%3-%4").arg(prefix, a, b, c);
    case 4:
        return QLatin1String("+7") + prefix + n;
    default:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(prefix, a, b, c);
    }
}

QString DemoFamilyComposer::address(const Place& place)
{
    const QStringList& streets = streetsOfDistrict()[place.districtIndex % 4];
    const QString& street = streets[(place.microIndex % 4) * 2 + int(m_rng.bounded(2))];
    QString result = QStringLiteral("г. Тюмень, %1, д. %2").arg(street).arg(uniform(1, 150));
    if (chance(15))
        result += QStringLiteral(", корп. %1").arg(uniform(1, 4));
    if (chance(85)) // the rest live in private houses
        result += QStringLiteral(", кв. %1").arg(uniform(1, 240));
    return result;
}

FamilyRepository::NewFamily DemoFamilyComposer::compose(const QDate& createdOn, const QDate& today)
{
    FamilyRepository::NewFamily result;
    FamilyDraft& d = result.draft;

    // 0 both parents, 1 a single mother, 2 a single father, 3 a grandmother as guardian, 4 a mother and a stepfather.
    const int kind = weighted({55, 30, 3, 5, 7});
    const demo::Surname& surname = m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))];
    const demo::FatherName& father = m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))];
    const demo::FatherName& grandfather = m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))];
    auto femaleName = [&] {
        return m_words.femaleNames[m_rng.bounded(int(m_words.femaleNames.size()))];
    };
    auto maleName = [&]() -> const demo::FatherName& {
        return m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))];
    };

    // The children: 1–4, a year or more apart, the eldest sometimes already grown up.
    const int childCount = 1 + weighted({40, 35, 17, 8});
    const int motherAge = uniform(22 + 2 * (childCount - 1), 46);
    const QDate motherBirth = dateBetween(today.addYears(-motherAge - 1).addDays(1), today.addYears(-motherAge));
    QList<QDate> childBirths;
    QDate earliest = std::max(motherBirth.addYears(19), today.addYears(-21));
    for (int i = 0; i < childCount; ++i) {
        const int left = childCount - i - 1; // leave room for the younger ones
        const QDate latest = today.addDays(-30 - 400 * left);
        const QDate born = std::min(dateBetween(earliest, std::max(earliest, latest)), today.addDays(-30));
        childBirths << born;
        earliest = born.addDays(400);
    }

    FamilyMember mother;
    mother.surname = surname.female;
    mother.firstName = femaleName();
    mother.patronymic = maleName().daughterPatronymic;
    mother.birthDate = motherBirth;
    mother.sex = Sex::Female;
    mother.relation = Relation::Mother;
    mother.legalRepresentative = true;
    mother.schoolOrWork = chance(65) ? QStringLiteral("работает") : QString();

    FamilyMember dad;
    dad.surname = surname.male;
    dad.firstName = father.name;
    dad.patronymic = grandfather.sonPatronymic;
    dad.birthDate = dateBetween(motherBirth.addYears(-6), motherBirth.addYears(2));
    dad.sex = Sex::Male;
    dad.relation = Relation::Father;
    dad.legalRepresentative = true;
    dad.schoolOrWork = chance(85) ? QStringLiteral("работает") : QString();

    switch (kind) {
    case 0:
        d.members << mother << dad;
        break;
    case 1:
        if (chance(40)) // she went back to her own surname
            mother.surname = m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))].female;
        d.members << mother;
        break;
    case 2:
        d.members << dad;
        break;
    case 3: {
        FamilyMember grandmother;
        grandmother.surname =
            chance(60) ? surname.female : m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))].female;
        grandmother.firstName = femaleName();
        grandmother.patronymic = maleName().daughterPatronymic;
        grandmother.birthDate = dateBetween(motherBirth.addYears(-30), motherBirth.addYears(-19));
        grandmother.sex = Sex::Female;
        grandmother.relation = Relation::Guardian;
        grandmother.legalRepresentative = true;
        grandmother.schoolOrWork = QStringLiteral("пенсионер");
        d.members << grandmother;
        break;
    }
    default: {
        const demo::Surname& other = m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))];
        FamilyMember stepfather;
        stepfather.surname = other.male;
        stepfather.firstName = maleName().name;
        stepfather.patronymic = maleName().sonPatronymic;
        stepfather.birthDate = dateBetween(motherBirth.addYears(-8), motherBirth.addYears(3));
        stepfather.sex = Sex::Male;
        stepfather.relation = Relation::Stepparent;
        stepfather.schoolOrWork = QStringLiteral("работает");
        if (chance(50))
            mother.surname = other.female; // she took her husband's name
        d.members << mother << stepfather;
        break;
    }
    }

    int minors = 0;
    bool disabledChild = false;
    for (const QDate& born : std::as_const(childBirths)) {
        FamilyMember child;
        const bool female = chance(49);
        child.sex = female ? Sex::Female : Sex::Male;
        child.surname = female ? surname.female : surname.male;
        child.firstName = female ? femaleName() : maleName().name;
        child.patronymic = female ? father.daughterPatronymic : father.sonPatronymic;
        child.birthDate = born;
        const int age = *child.ageAt(today);
        child.relation = age >= 18 ? Relation::AdultChild : kind == 3 ? Relation::Ward : Relation::Child;
        if (age < 18)
            ++minors;
        child.schoolOrWork = age < 3    ? QString()
                             : age < 7  ? QStringLiteral("детский сад № %1").arg(uniform(1, 180))
                             : age < 18 ? QStringLiteral("СОШ № %1").arg(uniform(1, 94))
                                        : (chance(60) ? QStringLiteral("студент") : QStringLiteral("работает"));
        if (age < 18 && !disabledChild && chance(4)) {
            child.disability = true;
            disabledChild = true;
        }
        d.members << child;
    }

    // Where they live: registered at one address, now and then living at another in the same micro-district.
    const Place& place = m_places[m_rng.bounded(int(m_places.size()))];
    d.districtId = place.districtId;
    d.microDistrictId = place.microDistrictId;
    d.registeredAddress = address(place);
    d.actualAddress = chance(15) ? address(place) : d.registeredAddress;

    // Phones: the parents' mobiles, now and then a home phone.
    d.phones << phone();
    if (d.members.size() > 1 && d.members[1].relation != Relation::Child && chance(45))
        d.phones << phone();
    if (chance(8))
        d.phones << phone();

    // Categories, each held for a period; some of them over.
    auto add = [&](FamilyCategory category, const QDate& from, std::optional<QDate> to = std::nullopt) {
        d.categories << FamilyCategoryPeriod{category, from, to};
    };
    if (minors >= 3) {
        QList<QDate> minorBirths;
        for (const QDate& born : std::as_const(childBirths))
            if (born > today.addYears(-18))
                minorBirths << born;
        add(FamilyCategory::Large, minorBirths[2]);
    }
    if (kind == 1 || kind == 2)
        add(FamilyCategory::SingleParent, dateBetween(childBirths.last(), today));
    if (kind == 3)
        add(FamilyCategory::Foster, dateBetween(childBirths.last(), today));
    if (disabledChild)
        add(FamilyCategory::DisabledChild, dateBetween(childBirths.first(), today));
    if (chance(kind == 1 ? 45 : 20)) {
        // Low income is confirmed for a year at a time.
        const QDate from = dateBetween(today.addYears(-3), today.addDays(-1));
        const QDate to = from.addYears(1).addDays(-1);
        add(FamilyCategory::LowIncome, from, to);
        if (to < today && chance(50))
            add(FamilyCategory::LowIncome, to.addDays(1), to.addYears(1));
    }
    if ((kind == 0 || kind == 4) && chance(7))
        add(FamilyCategory::MilitaryParticipant, dateBetween(QDate(2022, 9, 21), today));
    if (chance(1))
        add(FamilyCategory::OrphanageGraduate, dateBetween(motherBirth.addYears(18), motherBirth.addYears(23)));
    const bool hard = chance(8);
    if (hard) {
        const QDate from = dateBetween(today.addYears(-2), today);
        add(FamilyCategory::HardSituation, from,
            chance(50) ? std::optional(from.addMonths(uniform(3, 12))) : std::nullopt);
        d.needs << NeedCircumstance::FamilyConflict;
    }
    const bool dangerous = minors > 0 && chance(3);
    if (dangerous) {
        // Социально опасное положение: on the register by a КДН decision, always watched.
        const QDate from = dateBetween(today.addYears(-2), today.addDays(-7));
        add(FamilyCategory::SociallyDangerous, from);
        RegistrationPeriod r;
        r.registeredOn = from;
        r.basis =
            QStringLiteral("постановление КДН и ЗП № %1 от %2").arg(++m_kdnNo % 400 + 1).arg(text::shownDate(from));
        result.registrations << r;
        d.needs << NeedCircumstance::ChildAdaptation;
    } else if (minors > 0 && chance(2)) {
        // Was on the register once and was taken off when things got better.
        const QDate from = dateBetween(today.addYears(-3), today.addYears(-1));
        RegistrationPeriod r;
        r.registeredOn = from;
        r.basis =
            QStringLiteral("постановление КДН и ЗП № %1 от %2").arg(++m_kdnNo % 400 + 1).arg(text::shownDate(from));
        r.removedOn = from.addMonths(uniform(6, 12));
        r.removalReason = RemovalReason::Improvement;
        r.removalNote = QStringLiteral("обстановка в семье нормализовалась");
        result.registrations << r;
    }
    if (kind == 1 && chance(20))
        d.needs << NeedCircumstance::NoWork;
    if (disabledChild)
        d.needs << NeedCircumstance::DisabledMemberCare;
    std::ranges::sort(d.needs);
    d.needs.erase(std::unique(d.needs.begin(), d.needs.end()), d.needs.end());

    d.specialAttention = dangerous || (hard && chance(40)) || chance(2);
    if (!m_curators.isEmpty() && (dangerous || hard || chance(30)))
        d.curatorId = m_curators[m_rng.bounded(int(m_curators.size()))];
    if (minors >= 3 || kind == 3)
        d.housingNotes = chance(50) ? QStringLiteral("квартира в собственности, %1 комн.").arg(uniform(1, 4))
                                    : QStringLiteral("съёмное жильё");
    if (kind == 1 || hard)
        d.incomeNotes = QStringLiteral("доход ниже прожиточного минимума");
    (void)createdOn;
    return result;
}

} // namespace zabota::core
