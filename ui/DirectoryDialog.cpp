// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DirectoryDialog.h"

#include "ui/MessageLabel.h"
#include "ui/ViewKeys.h"

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
constexpr int kNameColumn = 0;

} // namespace

DirectoryDialog::DirectoryDialog(bool canEdit, Texts texts, QWidget* parent)
    : QDialog(parent)
    , m_canEdit(canEdit)
    , m_texts(std::move(texts))
{}

void DirectoryDialog::setUp(QHBoxLayout* top, const QStringList& columns)
{
    m_showInactive = new QCheckBox(m_texts.showInactive, this);
    m_showInactive->setToolTip(m_texts.showInactiveTip);
    top->addWidget(m_showInactive);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels(columns);
    m_tree->header()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // The view takes Return for its own "activated": the keys are read from its events before it.
    auto* keys = new ViewKeys(m_tree);
    keys->on({QKeySequence(Qt::Key_Return)}, [this] { openCurrent(); });
    keys->on({QKeySequence(Qt::Key_Insert)}, [this] { addNew(); });
    keys->on({QKeySequence(Qt::Key_Delete)}, [this] {
        if (m_canEdit)
            deactivateCurrent();
        else
            showMessage(m_texts.refusal);
    });
    m_message = makeMessageLabel(this, MessageKind::Inline);

    auto* actions = new QHBoxLayout;
    if (m_canEdit) {
        m_add = new QPushButton(m_texts.add, this);
        m_add->setToolTip(m_texts.insertKey);
        m_open = new QPushButton(m_texts.edit, this);
        m_open->setToolTip(m_texts.enterKey);
        m_deactivate = new QPushButton(m_texts.deactivate, this);
        m_deactivate->setToolTip(m_texts.deactivateTip);
        m_activate = new QPushButton(m_texts.reactivate, this);
        connect(m_add, &QPushButton::clicked, this, &DirectoryDialog::addNew);
        connect(m_deactivate, &QPushButton::clicked, this, &DirectoryDialog::deactivateCurrent);
        connect(m_activate, &QPushButton::clicked, this, &DirectoryDialog::activateCurrent);
    } else {
        m_open = new QPushButton(m_texts.open, this);
        m_open->setToolTip(m_texts.enterKey);
        auto* readOnly = new QLabel(m_texts.refusal, this);
        readOnly->setWordWrap(true);
        actions->addWidget(readOnly, 1);
    }
    connect(m_open, &QPushButton::clicked, this, &DirectoryDialog::openCurrent);
    for (QPushButton* button : {m_add, m_open, m_deactivate, m_activate}) {
        if (button) {
            button->setAutoDefault(false);
            actions->addWidget(button);
        }
    }
    if (m_canEdit)
        actions->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_showInactive, &QCheckBox::toggled, this, [this] { reload(currentId()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DirectoryDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &DirectoryDialog::openCurrent);

    reload();
    m_tree->setFocus(Qt::OtherFocusReason);
}

QString DirectoryDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DirectoryDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<qint64> DirectoryDialog::currentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(kNameColumn, kIdRole).toLongLong();
}

void DirectoryDialog::reload(std::optional<qint64> select)
{
    auto loaded = rows();
    if (!loaded) {
        showMessage(loaded.error().message);
        return;
    }
    m_rows = std::move(*loaded);
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.active && !m_showInactive->isChecked())
            continue;
        auto* item = new QTreeWidgetItem(m_tree, QStringList{row.active ? row.name : m_texts.inactive.arg(row.name)} +
                                                     row.others);
        item->setData(kNameColumn, kIdRole, row.id);
        item->setToolTip(kNameColumn, row.toolTip);
        if (!row.active) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, inactive);
        }
        if (select && row.id == *select)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void DirectoryDialog::updateButtons()
{
    const auto id = currentId();
    const auto found = std::ranges::find(m_rows, id.value_or(0), &Row::id);
    const bool active = found != m_rows.cend() && found->active;
    m_open->setEnabled(id.has_value());
    if (m_deactivate)
        m_deactivate->setEnabled(id && active);
    if (m_activate)
        m_activate->setEnabled(id && !active);
}

void DirectoryDialog::deactivateCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto found = std::ranges::find(m_rows, *id, &Row::id);
    if (found == m_rows.cend() || !found->active)
        return;
    QMessageBox box(QMessageBox::Question, windowTitle(), m_texts.question.arg(found->name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(m_texts.consequence);
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes && switchRow(*id, false))
        m_tree->setFocus(Qt::OtherFocusReason);
}

void DirectoryDialog::activateCurrent()
{
    if (const auto id = currentId())
        switchRow(*id, true);
}

bool DirectoryDialog::switchRow(qint64 id, bool active)
{
    if (const auto done = setActive(id, active); !done) {
        showMessage(done.error().message);
        return false;
    }
    showMessage({});
    reload(id);
    return true;
}

} // namespace zabota::ui
