// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/FamilyService.h"

#include "core/audit/AuditRepository.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/text/AddressKey.h"
#include "core/text/DateText.h"
#include "core/text/PhoneNumber.h"
#include "core/text/TextFold.h"

#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace zabota::core {

namespace {} // namespace

FamilyService::FamilyService(FamilyRepository& families, DistrictRepository& districts, AuditRepository& audit,
                             User currentUser, Clock clock, QObject* parent)
    : QObject(parent)
    , m_families(families)
    , m_districts(districts)
    , m_audit(audit)
    , m_user(std::move(currentUser))
    , m_clock(std::move(clock))
    , m_workstation(QSysInfo::machineHostName())
{}

Status FamilyService::validate(const FamilyDraft& d, const QDate& today)
{
    auto invalid = [](const QString& message, const QString& field) {
        return fail(Error::Kind::Validation, message, {}, field);
    };
    auto member = [](qsizetype i, const char* field) {
        return QStringLiteral("members[%1].%2").arg(i).arg(QLatin1String(field));
    };

    struct Address {
        const QString* text;
        const char* field;
        const char* name;
    };
    const Address addresses[] = {
        {&d.registeredAddress, "registeredAddress", QT_TR_NOOP("registered address")},
        {&d.actualAddress, "actualAddress", QT_TR_NOOP("actual address")},
    };
    for (const Address& a : addresses) {
        if (!a.text->isEmpty() && a.text->trimmed().isEmpty())
            return invalid(tr("The %1 holds only spaces: type the address or leave the field empty.").arg(tr(a.name)),
                           QString::fromLatin1(a.field));
        if (a.text->trimmed().size() > limits::kAddress)
            return invalid(tr("The %1 is %2 characters long; at most %3 fit. Shorten it; nothing has been lost.")
                               .arg(tr(a.name))
                               .arg(a.text->trimmed().size())
                               .arg(limits::kAddress),
                           QString::fromLatin1(a.field));
    }
    if (d.housingNotes.trimmed().size() > limits::kNotes || d.incomeNotes.trimmed().size() > limits::kNotes)
        return invalid(
            tr("The notes are longer than %1 characters. Shorten them; nothing has been lost.").arg(limits::kNotes),
            d.housingNotes.trimmed().size() > limits::kNotes ? QStringLiteral("housingNotes")
                                                             : QStringLiteral("incomeNotes"));

    for (qsizetype i = 0; i < d.phones.size(); ++i) {
        const QString phone = d.phones[i].trimmed();
        if (phone.isEmpty())
            continue;
        if (phone.size() > limits::kPhone || !text::normalisePhone(phone))
            return invalid(tr("«%1» is not a phone number: use 5 to 15 digits, with spaces, brackets, hyphens and a "
                              "leading + if needed.")
                               .arg(phone),
                           QStringLiteral("phones[%1]").arg(i));
    }

    QSet<QString> seen;
    for (qsizetype i = 0; i < d.members.size(); ++i) {
        const FamilyMember& m = d.members[i];
        const qsizetype shown = i + 1;
        if (m.surname.trimmed().isEmpty() && m.firstName.trimmed().isEmpty() && m.patronymic.trimmed().isEmpty())
            return invalid(tr("Member %1 has no name: enter at least the surname or the first name, or remove the "
                              "row.")
                               .arg(shown),
                           member(i, "surname"));
        for (const QString* part : {&m.surname, &m.firstName, &m.patronymic}) {
            if (part->trimmed().size() > limits::kName)
                return invalid(tr("The name of member %1 is longer than %2 characters. Shorten it; nothing has been "
                                  "lost.")
                                   .arg(shown)
                                   .arg(limits::kName),
                               member(i, "surname"));
        }
        const QString name = m.fullName();
        if (m.birthDate.isValid()) {
            if (m.birthDate > today)
                return invalid(tr("The birth date of %1, %2, is in the future: check the date.")
                                   .arg(name, text::shownDate(m.birthDate)),
                               member(i, "birthDate"));
            if (m.birthDate < kEarliestBirth)
                return invalid(tr("The birth date of %1, %2, is before %3: check the year.")
                                   .arg(name, text::shownDate(m.birthDate), text::shownDate(kEarliestBirth)),
                               member(i, "birthDate"));
            const int age = *m.ageAt(today);
            if (isMinorRelation(m.relation) && age >= 18)
                return invalid(tr("%1 is %2 years old, but is listed as «%3», which is for minors: check the birth "
                                  "date, or choose «%4».")
                                   .arg(name)
                                   .arg(age)
                                   .arg(label(m.relation), label(Relation::AdultChild)),
                               member(i, "birthDate"));
        }
        const QString snilsDigits = QString(m.snils).remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
        if (!snilsDigits.isEmpty() &&
            (snilsDigits.size() != 11 || !std::ranges::all_of(snilsDigits, [](QChar c) { return c.isDigit(); })))
            return invalid(tr("The СНИЛС of %1 must have 11 digits, as in 123-456-789 01.").arg(name),
                           member(i, "snils"));
        if (m.schoolOrWork.trimmed().size() > limits::kSchoolOrWork)
            return invalid(tr("The school or work place of %1 is longer than %2 characters. Shorten it; nothing has "
                              "been lost.")
                               .arg(name)
                               .arg(limits::kSchoolOrWork),
                           member(i, "schoolOrWork"));
        const QString key = text::fold(name) + QLatin1Char('|') + m.birthDate.toString(Qt::ISODate);
        if (seen.contains(key))
            return invalid(
                tr("%1, born %2, is listed twice: remove one of the rows.")
                    .arg(name, m.birthDate.isValid() ? text::shownDate(m.birthDate) : tr("on an unknown date")),
                member(i, "surname"));
        seen.insert(key);
    }

    for (qsizetype i = 0; i < d.categories.size(); ++i) {
        const FamilyCategoryPeriod& c = d.categories[i];
        if (!c.from.isValid())
            return invalid(tr("Enter the date from which the family is «%1».").arg(label(c.category)),
                           QStringLiteral("categories[%1].from").arg(i));
        if (c.to && c.to->isValid() && *c.to < c.from)
            return invalid(tr("The category «%1» ends on %2, before it begins on %3: check the dates.")
                               .arg(label(c.category), text::shownDate(*c.to), text::shownDate(c.from)),
                           QStringLiteral("categories[%1].to").arg(i));
    }
    return {};
}

DuplicateKeys FamilyService::duplicateKeys(const FamilyDraft& d, const QDate& today)
{
    DuplicateKeys keys;
    for (const QString& phone : d.phones) {
        if (const auto digits = text::normalisePhone(phone); digits && !keys.phoneDigits.contains(*digits))
            keys.phoneDigits << *digits;
    }
    for (const QString& address : {d.registeredAddress, d.actualAddress}) {
        const QString key = text::addressKey(address);
        if (!key.isEmpty() && !keys.addressKeys.contains(key))
            keys.addressKeys << key;
    }
    for (const FamilyMember& m : d.members) {
        if (m.birthDate.isValid() && m.isMinorAt(today) && !m.surname.trimmed().isEmpty())
            keys.children << DuplicateKeys::Child{m.birthDate, text::surnameParts(m.surname)};
    }
    return keys;
}

QList<int> FamilyService::childrenAges(const QList<FamilyMember>& members, const QDate& at)
{
    QList<int> ages;
    for (const FamilyMember& m : members) {
        if (const auto age = m.ageAt(at); age && *age >= 0 && *age < 18)
            ages << *age;
    }
    std::ranges::sort(ages, std::greater<>());
    return ages;
}

QString FamilyService::reasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SamePhone:
        return tr("the same phone");
    case DuplicateReason::SameSurnameAndChildBirthDate:
        return tr("the same surname and a child's birth date");
    case DuplicateReason::SameAddress:
        return tr("the same address");
    }
    return {};
}

Status FamilyService::audit(AuditAction action, FamilyId id, const QString& details)
{
    AuditRecord record;
    record.at = m_clock();
    record.userId = m_user.id;
    record.workstation = m_workstation;
    record.action = action;
    record.objectType = kAuditObject;
    record.objectId = id;
    record.details = details;
    auto appended = m_audit.append(record);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

Result<Family> FamilyService::createFamily(const FamilyDraft& draft)
{
    const QDateTime now = m_clock();
    if (auto ok = validate(draft, now.date()); !ok)
        return std::unexpected(ok.error());
    auto family = m_families.insert(draft, m_user.id, now);
    if (!family)
        return family;
    if (auto ok = audit(AuditAction::Create, family->id, family->cardNo); !ok)
        return std::unexpected(ok.error());
    Q_EMIT familyAdded(family->id);
    return family;
}

FamilyDraft FamilyService::draftFromEntry(const JournalEntry& entry)
{
    FamilyDraft draft;
    if (entry.draft.anonymous)
        return draft;
    const QStringList words = entry.draft.applicantName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        FamilyMember applicant;
        applicant.surname = words.value(0);
        applicant.firstName = words.value(1);
        applicant.patronymic = words.mid(2).join(QLatin1Char(' '));
        applicant.relation = Relation::Other;
        draft.members << applicant;
    }
    if (!entry.draft.applicantPhone.trimmed().isEmpty())
        draft.phones << entry.draft.applicantPhone.trimmed();
    return draft;
}

Result<Family> FamilyService::createFromEntry(const JournalEntry& entry, const std::optional<FamilyDraft>& edited)
{
    auto family = createFamily(edited.value_or(draftFromEntry(entry)));
    if (!family)
        return family;
    if (auto ok = m_families.linkEntry(entry.id, family->id); !ok)
        return std::unexpected(ok.error());
    return family;
}

Result<Family> FamilyService::updateFamily(FamilyId id, int expectedVersion, const FamilyDraft& draft)
{
    const QDateTime now = m_clock();
    if (auto ok = validate(draft, now.date()); !ok)
        return std::unexpected(ok.error());
    auto family = m_families.update(id, expectedVersion, draft, m_user.id, now);
    if (!family)
        return family;
    if (auto ok = audit(AuditAction::Update, id, family->cardNo); !ok)
        return std::unexpected(ok.error());
    Q_EMIT familyChanged(id);
    return family;
}

Result<Family> FamilyService::openCard(FamilyId id)
{
    auto family = m_families.get(id);
    if (!family)
        return family;
    if (auto ok = audit(AuditAction::View, id, family->cardNo); !ok)
        return std::unexpected(ok.error());
    return family;
}

Result<QList<JournalEntry>> FamilyService::entriesOf(FamilyId id) const
{
    return m_families.entriesOf(id);
}

Status FamilyService::linkEntry(EntryId entryId, std::optional<FamilyId> familyId)
{
    auto linked = m_families.linkEntry(entryId, familyId);
    if (linked && familyId)
        Q_EMIT familyChanged(*familyId);
    return linked;
}

Result<QList<DuplicateCandidate>> FamilyService::duplicates(const FamilyDraft& draft,
                                                            std::optional<FamilyId> except) const
{
    return m_families.findCandidates(duplicateKeys(draft, m_clock().date()), except);
}

Result<PhoneLookup> FamilyService::lookupByPhone(const QString& typed) const
{
    const auto digits = text::normalisePhone(typed);
    if (!digits)
        return fail(Error::Kind::Validation, tr("«%1» is not a phone number: use 5 to 15 digits.").arg(typed.trimmed()),
                    {}, QStringLiteral("phone"));
    return m_families.byPhone(*digits);
}

FamilyFilter FamilyService::dated(FamilyFilter filter) const
{
    const QDate today = m_clock().date();
    if (!filter.at.isValid())
        filter.at = today;
    filter.today = today;
    return filter;
}

Status FamilyService::mayKeepDistricts() const
{
    if (!m_user.hasRole(Role::Administrator))
        return fail(Error::Kind::Auth, tr("Only an administrator can change the districts."));
    return {};
}

Result<DistrictId> FamilyService::addDistrict(const QString& name)
{
    if (auto ok = mayKeepDistricts(); !ok)
        return std::unexpected(ok.error());
    return m_districts.addDistrict(name);
}

Result<MicroDistrictId> FamilyService::addMicroDistrict(DistrictId district, const QString& name)
{
    if (auto ok = mayKeepDistricts(); !ok)
        return std::unexpected(ok.error());
    return m_districts.addMicroDistrict(district, name);
}

Status FamilyService::renameDistrict(DistrictId id, const QString& name)
{
    if (auto ok = mayKeepDistricts(); !ok)
        return ok;
    return m_districts.renameDistrict(id, name);
}

Status FamilyService::renameMicroDistrict(MicroDistrictId id, const QString& name)
{
    if (auto ok = mayKeepDistricts(); !ok)
        return ok;
    return m_districts.renameMicroDistrict(id, name);
}

Status FamilyService::setSpecialist(MicroDistrictId id, std::optional<UserId> specialist)
{
    if (auto ok = mayKeepDistricts(); !ok)
        return ok;
    return m_districts.setSpecialist(id, specialist);
}

Result<QList<CuratorChoice>> FamilyService::curators() const
{
    return m_families.curators();
}

Result<std::optional<FamilySummary>> FamilyService::summary(FamilyId id) const
{
    return m_families.summary(id);
}

QString FamilyService::describe(const FamilySummary& family)
{
    QStringList parts{tr("No. %1").arg(family.cardNo)};
    if (!family.firstMemberName.isEmpty())
        parts << family.firstMemberName;
    const QString address = family.actualAddress.isEmpty() ? family.registeredAddress : family.actualAddress;
    if (!address.isEmpty())
        parts << address;
    parts << tr("%n member(s)", nullptr, family.memberCount);
    return parts.join(QStringLiteral(" · "));
}

Result<QList<FamilySummary>> FamilyService::search(const QString& typed, int limit) const
{
    return m_families.search(typed, limit);
}

Result<QList<FamilySummary>> FamilyService::registry(const FamilyFilter& filter, int offset, int limit) const
{
    return m_families.page(dated(filter), offset, limit);
}

Result<int> FamilyService::registryCount(const FamilyFilter& filter) const
{
    return m_families.count(dated(filter));
}

Result<QList<DistrictCount>> FamilyService::countByDistrict(const FamilyFilter& filter) const
{
    return m_families.countByDistrict(dated(filter));
}

Result<QList<District>> FamilyService::districts() const
{
    return m_districts.districts();
}

Result<QList<MicroDistrict>> FamilyService::microDistricts(std::optional<DistrictId> district) const
{
    return m_districts.microDistricts(district);
}

Result<RegistrationPeriod> FamilyService::putOnRegister(FamilyId id, const QDate& on, const QString& basis)
{
    if (!on.isValid())
        return fail(Error::Kind::Validation, tr("Enter the date the family was put on the register."), {},
                    QStringLiteral("registeredOn"));
    if (on > m_clock().date())
        return fail(Error::Kind::Validation,
                    tr("The registration date %1 is in the future: check it.").arg(text::shownDate(on)), {},
                    QStringLiteral("registeredOn"));
    if (basis.trimmed().isEmpty())
        return fail(Error::Kind::Validation,
                    tr("Enter the basis of the registration, such as the КДН decision number and date."), {},
                    QStringLiteral("basis"));
    if (basis.trimmed().size() > limits::kBasis)
        return fail(
            Error::Kind::Validation,
            tr("The basis is longer than %1 characters. Shorten it; nothing has been lost.").arg(limits::kBasis), {},
            QStringLiteral("basis"));
    auto period = m_families.putOnRegister(id, on, basis, m_user.id, m_clock());
    if (!period)
        return period;
    if (auto ok = audit(AuditAction::Update, id, QStringLiteral("register on %1").arg(on.toString(Qt::ISODate))); !ok)
        return std::unexpected(ok.error());
    Q_EMIT familyChanged(id);
    return period;
}

Result<RegistrationPeriod> FamilyService::takeOffRegister(FamilyId id, const QDate& on, RemovalReason reason,
                                                          const QString& note)
{
    if (!on.isValid())
        return fail(Error::Kind::Validation, tr("Enter the date the family was taken off the register."), {},
                    QStringLiteral("removedOn"));
    if (on > m_clock().date())
        return fail(Error::Kind::Validation,
                    tr("The removal date %1 is in the future: check it.").arg(text::shownDate(on)), {},
                    QStringLiteral("removedOn"));
    if (reason == RemovalReason::Other && note.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Describe the reason for taking the family off the register."), {},
                    QStringLiteral("removalNote"));
    auto period = m_families.takeOffRegister(id, on, reason, note, m_user.id, m_clock());
    if (!period)
        return period;
    if (auto ok = audit(AuditAction::Update, id,
                        QStringLiteral("register off %1 (%2)").arg(on.toString(Qt::ISODate), toCode(reason)));
        !ok)
        return std::unexpected(ok.error());
    Q_EMIT familyChanged(id);
    return period;
}

const QList<DraftField<FamilyDraft>>& FamilyService::draftFields()
{
    static const QList<DraftField<FamilyDraft>> kFields = {
        // A micro-district belongs to its district: the two go together.
        {QStringLiteral("district"),
         [](const FamilyDraft& a, const FamilyDraft& b) {
             return a.districtId == b.districtId && a.microDistrictId == b.microDistrictId;
         },
         [](const FamilyDraft& from, FamilyDraft& to) {
             to.districtId = from.districtId;
             to.microDistrictId = from.microDistrictId;
         }},
        draftField("curator", &FamilyDraft::curatorId),
        draftField("registeredAddress", &FamilyDraft::registeredAddress),
        draftField("actualAddress", &FamilyDraft::actualAddress),
        draftField("phones", &FamilyDraft::phones),
        draftField("housingNotes", &FamilyDraft::housingNotes),
        draftField("incomeNotes", &FamilyDraft::incomeNotes),
        draftField("specialAttention", &FamilyDraft::specialAttention),
        draftField("members", &FamilyDraft::members),
        draftField("categories", &FamilyDraft::categories),
        // The same circumstances in another order are the same.
        {QStringLiteral("needs"),
         [](const FamilyDraft& a, const FamilyDraft& b) {
             return a.needs.size() == b.needs.size() &&
                    std::ranges::all_of(a.needs, [&b](NeedCircumstance n) { return b.needs.contains(n); });
         },
         [](const FamilyDraft& from, FamilyDraft& to) {
             to.needs = from.needs;
         }},
    };
    return kFields;
}

QString FamilyService::fieldLabel(const QString& field)
{
    static const QList<std::pair<const char*, const char*>> kLabels = {
        {"district", QT_TR_NOOP("District")},
        {"curator", QT_TR_NOOP("Curator")},
        {"registeredAddress", QT_TR_NOOP("Registered address")},
        {"actualAddress", QT_TR_NOOP("Actual address")},
        {"phones", QT_TR_NOOP("Phones")},
        {"housingNotes", QT_TR_NOOP("Housing")},
        {"incomeNotes", QT_TR_NOOP("Income")},
        {"specialAttention", QT_TR_NOOP("Special attention")},
        {"members", QT_TR_NOOP("Members")},
        {"categories", QT_TR_NOOP("Categories")},
        {"needs", QT_TR_NOOP("Circumstances of need")},
    };
    for (const auto& [code, text] : kLabels) {
        if (field == QLatin1String(code))
            return tr(text);
    }
    return field;
}

DraftMerge<FamilyDraft> FamilyService::mergeDrafts(const FamilyDraft& base, const FamilyDraft& mine,
                                                   const FamilyDraft& theirs)
{
    return core::mergeDrafts(draftFields(), base, mine, theirs);
}

} // namespace zabota::core
