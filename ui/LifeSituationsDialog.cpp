// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LifeSituationsDialog.h"

#include "core/journal/JournalService.h"
#include "core/navigator/NavigatorService.h"
#include "core/partner/PartnerService.h"
#include "ui/LifeSituationDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTreeWidget>

namespace zabota::ui {

namespace {

enum Column { Title, Category, Urgency, Steps, Partners };

} // namespace

LifeSituationsDialog::LifeSituationsDialog(core::NavigatorService& navigator, const core::JournalService& journal,
                                           const core::PartnerService& partners, QWidget* parent)
    : DirectoryDialog(navigator.canEdit(), texts(), parent)
    , m_navigator(navigator)
    , m_journal(journal)
    , m_partners(partners)
{
    setWindowTitle(tr("Life situations"));

    auto* hint = new QLabel(tr("The navigator: what the dispatcher does in each life situation, which partners help, "
                               "and the category and urgency an appeal gets."),
                            this);
    hint->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    setUp(top, {tr("Life situation"), tr("Category"), tr("Urgency"), tr("Steps"), tr("Partners")});

    resize(900, 520);
    tree()->setColumnWidth(Category, fontMetrics().horizontalAdvance(QStringLiteral("Детско-родительские отн.")) + 24);
    tree()->setColumnWidth(Urgency, fontMetrics().horizontalAdvance(QStringLiteral("Экстренное")) + 24);
    tree()->setColumnWidth(Steps, fontMetrics().horizontalAdvance(QStringLiteral("Шаги")) + 24);
    tree()->setColumnWidth(Partners, fontMetrics().horizontalAdvance(QStringLiteral("Партнёры")) + 24);
}

DirectoryDialog::Texts LifeSituationsDialog::texts()
{
    return {
        .showInactive = tr("Show &inactive"),
        .showInactiveTip = tr("Also the situations switched off, which are no longer offered"),
        .add = tr("&Add…"),
        .insertKey = tr("Insert"),
        .edit = tr("&Edit…"),
        .enterKey = tr("Enter"),
        .deactivate = tr("&Deactivate"),
        .deactivateTip = tr("Delete: the situation is no longer offered, but entries keep it"),
        .reactivate = tr("&Reactivate"),
        .open = tr("&Open…"),
        .refusal = tr("Only an administrator changes the life situations of the navigator."),
        .inactive = tr("%1 (inactive)"),
        .question = tr("Deactivate «%1»?"),
        .consequence = tr("It is no longer offered in the registration form; entries that chose it keep it. "
                          "Reactivate takes it back."),
    };
}

core::Result<QList<DirectoryDialog::Row>> LifeSituationsDialog::rows() const
{
    const auto situations = m_navigator.situations(false);
    if (!situations)
        return std::unexpected(situations.error());
    QList<Row> found;
    for (const core::LifeSituation& s : *situations) {
        found << Row{.id = s.id,
                     .active = s.active,
                     .name = s.title,
                     .others = {s.categoryTitle, core::label(s.urgency), QString::number(s.items.size()),
                                QString::number(s.partners.size())},
                     .toolTip = s.description};
    }
    return found;
}

core::Status LifeSituationsDialog::setActive(qint64 id, bool active)
{
    return active ? m_navigator.activateSituation(id) : m_navigator.deactivateSituation(id);
}

std::optional<core::LifeSituationId> LifeSituationsDialog::edit(const std::optional<core::LifeSituation>& existing)
{
    const auto categories = m_journal.categories(true);
    const auto partners = m_partners.list(false);
    if (!categories || !partners) {
        showMessage(categories ? partners.error().message : categories.error().message);
        return std::nullopt;
    }
    LifeSituationDialog dialog(m_navigator, *categories, *partners, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedId();
}

void LifeSituationsDialog::addNew()
{
    if (!m_navigator.canEdit()) {
        showMessage(tr("Only an administrator changes the life situations of the navigator."));
        return;
    }
    if (const auto saved = edit(std::nullopt)) {
        showMessage({});
        reload(saved);
    }
    tree()->setFocus(Qt::OtherFocusReason);
}

void LifeSituationsDialog::openCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto situation = m_navigator.situation(*id);
    if (!situation) {
        showMessage(situation.error().message);
        reload();
        return;
    }
    if (const auto saved = edit(*situation)) {
        showMessage({});
        reload(saved);
    }
    tree()->setFocus(Qt::OtherFocusReason);
}

} // namespace zabota::ui
