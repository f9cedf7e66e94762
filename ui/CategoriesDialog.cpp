// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CategoriesDialog.h"

#include "core/journal/JournalService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

CategoriesDialog::CategoriesDialog(core::JournalService& journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Problem categories"));
    auto* hint = new QLabel(tr("Ticked categories are offered in the registration form. A category that is no longer "
                               "needed is unticked: entries filed under it keep it."),
                            this);
    hint->setWordWrap(true);
    m_title->setMaxLength(core::limits::kCategoryTitle);
    m_title->setPlaceholderText(tr("Title of a new category, or a new title for the selected one"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_title, 1);
    editRow->addWidget(m_add);
    editRow->addWidget(m_rename);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CategoriesDialog::add);
    connect(m_rename, &QPushButton::clicked, this, &CategoriesDialog::rename);
    connect(m_title, &QLineEdit::returnPressed, this, &CategoriesDialog::add);
    connect(m_list, &QListWidget::itemChanged, this, &CategoriesDialog::toggled);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        m_rename->setEnabled(current != nullptr);
        if (current != nullptr)
            m_title->setText(current->text());
    });
    reload();
    m_rename->setEnabled(false);
    m_title->setFocus();
}

QString CategoriesDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CategoriesDialog::reload()
{
    const auto categories = m_journal.categories(true);
    if (!categories) {
        showError(categories.error().message);
        return;
    }
    m_loading = true;
    m_list->clear();
    for (const core::ProblemCategory& category : *categories) {
        auto* item = new QListWidgetItem(category.title, m_list);
        item->setData(kIdRole, category.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(category.active ? Qt::Checked : Qt::Unchecked);
        if (!category.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_loading = false;
}

void CategoriesDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CategoriesDialog::add()
{
    auto added = m_journal.addCategory(m_title->text());
    if (!added) {
        showError(added.error().message);
        m_title->setFocus();
        return; // the typed title stays in the field
    }
    showError({});
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    m_title->clear(); // ready for the next one
}

void CategoriesDialog::rename()
{
    QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr)
        return;
    const int row = m_list->row(item);
    auto renamed = m_journal.renameCategory(item->data(kIdRole).toLongLong(), m_title->text());
    if (!renamed) {
        showError(renamed.error().message);
        m_title->setFocus();
        return;
    }
    showError({});
    reload();
    m_list->setCurrentRow(row);
}

void CategoriesDialog::toggled(QListWidgetItem* item)
{
    if (m_loading)
        return;
    const bool active = item->checkState() == Qt::Checked;
    auto changed = m_journal.setCategoryActive(item->data(kIdRole).toLongLong(), active);
    showError(changed ? QString() : changed.error().message);
    const int row = m_list->row(item);
    reload();
    m_list->setCurrentRow(row);
}

} // namespace zabota::ui
