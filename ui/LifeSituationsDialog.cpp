// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LifeSituationsDialog.h"

#include "core/journal/JournalService.h"
#include "core/navigator/NavigatorService.h"
#include "core/partner/PartnerService.h"
#include "ui/LifeSituationDialog.h"
#include "ui/MessageLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { Title, Category, Urgency, Steps, Partners };

} // namespace

LifeSituationsDialog::LifeSituationsDialog(core::NavigatorService& navigator, const core::JournalService& journal,
                                           const core::PartnerService& partners, QWidget* parent)
    : QDialog(parent)
    , m_navigator(navigator)
    , m_journal(journal)
    , m_partners(partners)
{
    setWindowTitle(tr("Life situations"));
    const bool admin = m_navigator.canEdit();

    auto* hint = new QLabel(tr("The navigator: what the dispatcher does in each life situation, which partners help, "
                               "and the category and urgency an appeal gets."),
                            this);
    hint->setWordWrap(true);
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);
    m_showInactive->setToolTip(tr("Also the situations switched off, which are no longer offered"));

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Life situation"), tr("Category"), tr("Urgency"), tr("Steps"), tr("Partners")});
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);
    m_message = makeMessageLabel(this, MessageKind::Inline);

    auto* actions = new QHBoxLayout;
    if (admin) {
        m_add = new QPushButton(tr("&Add…"), this);
        m_add->setToolTip(tr("Insert"));
        m_open = new QPushButton(tr("&Edit…"), this);
        m_open->setToolTip(tr("Enter"));
        m_deactivate = new QPushButton(tr("&Deactivate"), this);
        m_deactivate->setToolTip(tr("Delete: the situation is no longer offered, but entries keep it"));
        m_activate = new QPushButton(tr("&Reactivate"), this);
        connect(m_add, &QPushButton::clicked, this, &LifeSituationsDialog::addSituation);
        connect(m_deactivate, &QPushButton::clicked, this, &LifeSituationsDialog::deactivateCurrent);
        connect(m_activate, &QPushButton::clicked, this, &LifeSituationsDialog::activateCurrent);
    } else {
        m_open = new QPushButton(tr("&Open…"), this);
        m_open->setToolTip(tr("Enter"));
        auto* readOnly = new QLabel(tr("Only an administrator changes the life situations of the navigator."), this);
        readOnly->setWordWrap(true);
        actions->addWidget(readOnly, 1);
    }
    connect(m_open, &QPushButton::clicked, this, &LifeSituationsDialog::openCurrent);
    for (QPushButton* button : {m_add, m_open, m_deactivate, m_activate}) {
        if (button) {
            button->setAutoDefault(false);
            actions->addWidget(button);
        }
    }
    if (admin)
        actions->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_showInactive);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_showInactive, &QCheckBox::toggled, this, [this] { reload(currentId()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LifeSituationsDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &LifeSituationsDialog::openCurrent);

    reload();
    resize(900, 520);
    m_tree->setColumnWidth(Category, fontMetrics().horizontalAdvance(QStringLiteral("Детско-родительские отн.")) + 24);
    m_tree->setColumnWidth(Urgency, fontMetrics().horizontalAdvance(QStringLiteral("Экстренное")) + 24);
    m_tree->setColumnWidth(Steps, fontMetrics().horizontalAdvance(QStringLiteral("Шаги")) + 24);
    m_tree->setColumnWidth(Partners, fontMetrics().horizontalAdvance(QStringLiteral("Партнёры")) + 24);
    m_tree->setFocus(Qt::OtherFocusReason);
}

QString LifeSituationsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LifeSituationsDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<core::LifeSituationId> LifeSituationsDialog::currentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Title, kIdRole).toLongLong();
}

void LifeSituationsDialog::reload(std::optional<core::LifeSituationId> select)
{
    const auto situations = m_navigator.situations(false);
    if (!situations) {
        showMessage(situations.error().message);
        return;
    }
    m_all = *situations;
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const core::LifeSituation& s : std::as_const(m_all)) {
        if (!s.active && !m_showInactive->isChecked())
            continue;
        auto* item = new QTreeWidgetItem(m_tree, {s.active ? s.title : tr("%1 (inactive)").arg(s.title),
                                                  s.categoryTitle, core::label(s.urgency),
                                                  QString::number(s.items.size()), QString::number(s.partners.size())});
        item->setData(Title, kIdRole, s.id);
        item->setToolTip(Title, s.description);
        if (!s.active) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, inactive);
        }
        if (select && s.id == *select)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void LifeSituationsDialog::updateButtons()
{
    const auto id = currentId();
    const auto found = std::ranges::find(m_all, id.value_or(0), &core::LifeSituation::id);
    const bool active = found != m_all.cend() && found->active;
    m_open->setEnabled(id.has_value());
    if (m_deactivate)
        m_deactivate->setEnabled(id && active);
    if (m_activate)
        m_activate->setEnabled(id && !active);
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

void LifeSituationsDialog::addSituation()
{
    if (!m_navigator.canEdit()) {
        showMessage(tr("Only an administrator changes the life situations of the navigator."));
        return;
    }
    if (const auto saved = edit(std::nullopt)) {
        showMessage({});
        reload(saved);
    }
    m_tree->setFocus(Qt::OtherFocusReason);
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
    m_tree->setFocus(Qt::OtherFocusReason);
}

void LifeSituationsDialog::deactivateCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto found = std::ranges::find(m_all, *id, &core::LifeSituation::id);
    if (found == m_all.cend() || !found->active)
        return;
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Deactivate «%1»?").arg(found->title),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("It is no longer offered in the registration form; entries that chose it keep it. "
                              "Reactivate takes it back."));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const auto done = m_navigator.deactivateSituation(*id); !done) {
        showMessage(done.error().message);
        return;
    }
    showMessage({});
    reload(id);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void LifeSituationsDialog::activateCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    if (const auto done = m_navigator.activateSituation(*id); !done) {
        showMessage(done.error().message);
        return;
    }
    showMessage({});
    reload(id);
}

bool LifeSituationsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The view takes Return for its own "activated" and would not pass it on: the keys are read before it.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Insert:
            addSituation();
            return true;
        case Qt::Key_Delete:
            if (m_navigator.canEdit())
                deactivateCurrent();
            else
                showMessage(tr("Only an administrator changes the life situations of the navigator."));
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace zabota::ui
