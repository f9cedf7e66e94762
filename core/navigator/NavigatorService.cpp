// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/navigator/NavigatorService.h"

#include "core/navigator/NavigatorRepository.h"

namespace zabota::core {

NavigatorService::NavigatorService(NavigatorRepository& situations, User currentUser)
    : m_situations(situations)
    , m_user(std::move(currentUser))
{}

bool NavigatorService::canEdit() const
{
    return m_user.hasRole(Role::Administrator);
}

Status NavigatorService::requireAdministrator() const
{
    if (!canEdit())
        return fail(Error::Kind::Auth, tr("Only an administrator can change the life situations of the navigator."));
    return {};
}

Result<QList<LifeSituation>> NavigatorService::situations(bool activeOnly) const
{
    return m_situations.situations(activeOnly);
}

Result<LifeSituation> NavigatorService::situation(LifeSituationId id) const
{
    return m_situations.situation(id);
}

Result<LifeSituationId> NavigatorService::addSituation(const LifeSituationDraft& draft)
{
    if (auto ok = requireAdministrator(); !ok)
        return std::unexpected(ok.error());
    return m_situations.add(draft);
}

Status NavigatorService::updateSituation(LifeSituationId id, const LifeSituationDraft& draft)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_situations.update(id, draft);
}

Status NavigatorService::deactivateSituation(LifeSituationId id)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_situations.setActive(id, false);
}

Status NavigatorService::activateSituation(LifeSituationId id)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    return m_situations.setActive(id, true);
}

EntryChecklist NavigatorService::checklistFor(const LifeSituation& situation)
{
    EntryChecklist checklist{situation.id, situation.title, {}};
    for (const ChecklistItem& item : situation.items)
        checklist.marks << ChecklistMark{item.id, item.text, false};
    return checklist;
}

Result<EntryChecklist> NavigatorService::checklistOf(EntryId entry) const
{
    return m_situations.checklistOf(entry);
}

Status NavigatorService::writeChecklist(EntryId entry, const EntryChecklist& checklist)
{
    return m_situations.writeChecklist(entry, checklist);
}

} // namespace zabota::core
