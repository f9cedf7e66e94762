// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyLinkPanel.h"

#include "core/family/FamilyService.h"
#include "core/journal/JournalEntry.h"
#include "ui/FamilyCardDialog.h"
#include "ui/NewFamilyDialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace zabota::ui {

namespace {

// How long typing must pause before the families are looked up.
constexpr int kSearchDelayMs = 150;
constexpr int kShownFamilies = 20;
constexpr int kVisibleRows = 5;

} // namespace

FamilyLinkPanel::FamilyLinkPanel(core::FamilyService& families, std::function<core::FamilyDraft()> draftSource,
                                 QWidget* parent)
    : QWidget(parent)
    , m_families(families)
    , m_draftSource(std::move(draftSource))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* familyLabel = new QLabel(tr("Family:"), this);
    m_link = new QLabel(this);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    m_open = new QPushButton(tr("Open &card"), this);
    m_unlink = new QPushButton(tr("Rem&ove link"), this);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_open);
    linkRow->addWidget(m_unlink);
    layout->addWidget(familyLabel, 0, 0);
    layout->addLayout(linkRow, 0, 1);

    auto* searchLabel = new QLabel(tr("&Find family:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Phone, surname or address"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_newFamily = new QPushButton(tr("Ne&w family from the entry…"), this);
    m_newFamily->setToolTip(tr("Alt+W"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newFamily);
    layout->addWidget(searchLabel, 1, 0);
    layout->addLayout(searchRow, 1, 1);

    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("Families found"));
    m_results->setUniformItemSizes(true);
    m_results->setMaximumHeight(m_results->sizeHintForRow(0) > 0 ? m_results->sizeHintForRow(0) * kVisibleRows
                                                                 : fontMetrics().height() * (kVisibleRows + 2));
    m_results->hide();
    m_status = new QLabel(this);
    m_status->hide();
    layout->addWidget(m_results, 2, 1);
    layout->addWidget(m_status, 3, 1);
    layout->setColumnStretch(1, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &FamilyLinkPanel::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_suggested.clear(); });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemDoubleClicked, this, &FamilyLinkPanel::chooseCurrent);
    connect(m_newFamily, &QPushButton::clicked, this, &FamilyLinkPanel::createNew);
    connect(m_open, &QPushButton::clicked, this, &FamilyLinkPanel::openCard);
    connect(m_unlink, &QPushButton::clicked, this, &FamilyLinkPanel::unlink);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    showChoice();
}

void FamilyLinkPanel::setLinkedFamily(std::optional<core::FamilyId> id)
{
    m_linked = id;
    m_linkedText.clear();
    m_choice = Choice::Keep;
    m_chosen.reset();
    if (id) {
        const auto found = m_families.summary(*id);
        if (!found)
            m_linkedText = found.error().message;
        else if (*found)
            m_linkedText = core::FamilyService::describe(**found);
        else
            m_linkedText = tr("The linked family card no longer exists.");
    }
    showChoice();
}

void FamilyLinkPanel::suggest(const QString& typed)
{
    // Only into an empty box or over an earlier suggestion: never over what the dispatcher typed.
    if (typed.trimmed().isEmpty() || (!m_search->text().isEmpty() && m_search->text() != m_suggested))
        return;
    m_suggested = typed.trimmed();
    m_search->setText(m_suggested);
}

QString FamilyLinkPanel::linkText() const
{
    return m_link->text();
}

std::optional<core::FamilyId> FamilyLinkPanel::shownFamily() const
{
    switch (m_choice) {
    case Choice::Keep:
        return m_linked;
    case Choice::Existing:
        return m_chosen ? std::optional(m_chosen->id) : std::nullopt;
    case Choice::New:
    case Choice::None:
        return std::nullopt;
    }
    return std::nullopt;
}

void FamilyLinkPanel::showChoice()
{
    switch (m_choice) {
    case Choice::Keep:
        m_link->setText(m_linked ? m_linkedText : tr("not chosen yet"));
        break;
    case Choice::Existing:
        m_link->setText(m_chosen ? core::FamilyService::describe(*m_chosen) : QString());
        break;
    case Choice::New: {
        const QString who = m_newDraft.members.isEmpty()
                                ? QString()
                                : QStringList{m_newDraft.members.first().surname, m_newDraft.members.first().firstName}
                                      .join(QLatin1Char(' '))
                                      .trimmed();
        m_link->setText(tr("a new family (%1), created when the entry is saved").arg(who));
        break;
    }
    case Choice::None:
        m_link->setText(tr("none: the link is removed when the entry is saved"));
        break;
    }
    m_open->setEnabled(shownFamily().has_value());
    m_unlink->setEnabled(m_choice == Choice::Existing || m_choice == Choice::New ||
                         (m_choice == Choice::Keep && m_linked));
}

void FamilyLinkPanel::choose(Choice choice, std::optional<core::FamilySummary> family)
{
    m_choice = choice;
    m_chosen = std::move(family);
    // Choosing the family the entry has is no change.
    if (m_choice == Choice::Existing && m_chosen && m_linked && m_chosen->id == *m_linked)
        m_choice = Choice::Keep;
    if (m_choice == Choice::None && !m_linked)
        m_choice = Choice::Keep;
    showChoice();
    Q_EMIT choiceChanged();
}

void FamilyLinkPanel::runSearch()
{
    m_debounce->stop();
    m_results->clear();
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty()) {
        m_results->hide();
        m_status->hide();
        return;
    }
    const auto found = m_families.search(typed, kShownFamilies);
    if (!found) {
        m_results->hide();
        m_status->setText(found.error().message);
        m_status->show();
        return;
    }
    for (const core::FamilySummary& family : std::as_const(*found)) {
        auto* item = new QListWidgetItem(core::FamilyService::describe(family), m_results);
        item->setData(Qt::UserRole, QVariant::fromValue(family.id));
    }
    m_results->setVisible(!found->isEmpty());
    if (!found->isEmpty())
        m_results->setCurrentRow(0);
    m_status->setText(found->isEmpty() ? tr("No family matches. Alt+W makes a new one from the entry.")
                                       : tr("Enter links the family under the cursor."));
    m_status->show();
}

void FamilyLinkPanel::chooseCurrent()
{
    const QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const auto id = item->data(Qt::UserRole).value<core::FamilyId>();
    const auto found = m_families.summary(id);
    if (!found || !*found) {
        m_status->setText(found ? tr("This family card no longer exists.") : found.error().message);
        m_status->show();
        return;
    }
    choose(Choice::Existing, **found);
    // Chosen: Enter in the search box saves the entry again.
    m_results->hide();
    m_status->setText(tr("Chosen: the entry is linked to this family when it is saved."));
    m_search->setFocus(Qt::OtherFocusReason);
}

void FamilyLinkPanel::createNew()
{
    NewFamilyDialog dialog(m_families, m_draftSource ? m_draftSource() : core::FamilyDraft(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto existing = dialog.chosenFamily()) {
        choose(Choice::Existing, *existing);
        return;
    }
    m_newDraft = dialog.draft();
    choose(Choice::New);
}

void FamilyLinkPanel::unlink()
{
    choose(Choice::None);
}

void FamilyLinkPanel::openCard()
{
    const auto id = shownFamily();
    if (!id)
        return;
    FamilyCardDialog card(m_families, *id, this);
    if (card.isLoaded())
        card.exec();
}

core::Result<std::optional<core::FamilyId>> FamilyLinkPanel::apply(const core::JournalEntry& saved)
{
    switch (m_choice) {
    case Choice::Keep:
        return saved.familyId;
    case Choice::Existing:
        if (auto ok = m_families.linkEntry(saved.id, m_chosen->id); !ok)
            return std::unexpected(ok.error());
        return std::optional(m_chosen->id);
    case Choice::New: {
        auto family = m_families.createFromEntry(saved, m_newDraft);
        if (!family)
            return std::unexpected(family.error());
        return std::optional(family->id);
    }
    case Choice::None:
        if (auto ok = m_families.linkEntry(saved.id, std::nullopt); !ok)
            return std::unexpected(ok.error());
        return std::optional<core::FamilyId>();
    }
    return saved.familyId;
}

bool FamilyLinkPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_results->count() > 0) {
            m_results->setFocus(Qt::OtherFocusReason);
            return true;
        }
        // Enter in a box with families listed links the one under the cursor instead of saving the entry.
        if (enter && key->modifiers() == Qt::NoModifier) {
            if (m_debounce->isActive())
                runSearch();
            if (m_results->isVisible() && m_results->currentItem()) {
                chooseCurrent();
                return true;
            }
        }
    } else if (watched == m_results) {
        if (enter && key->modifiers() == Qt::NoModifier) {
            chooseCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_results->currentRow() <= 0) {
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace zabota::ui
