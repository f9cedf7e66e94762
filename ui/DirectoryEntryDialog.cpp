// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DirectoryEntryDialog.h"

#include "ui/MessageLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zabota::ui {

DirectoryEntryDialog::DirectoryEntryDialog(bool readOnly, std::optional<qint64> existingId, QWidget* parent)
    : QDialog(parent)
    , m_readOnly(readOnly)
    , m_existingId(existingId)
    , m_message(makeMessageLabel(this, MessageKind::Banner))
{}

void DirectoryEntryDialog::setFields(const QHash<QString, QWidget*>& fields)
{
    m_fields = fields;
}

QVBoxLayout* DirectoryEntryDialog::makeLayout(const QString& readOnlyHint)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    if (m_readOnly) {
        auto* hint = new QLabel(readOnlyHint, this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    return layout;
}

QDialogButtonBox* DirectoryEntryDialog::makeButtons()
{
    auto* buttons = new QDialogButtonBox(
        m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectoryEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton* save = buttons->button(QDialogButtonBox::Save))
        save->setDefault(true);
    return buttons;
}

QWidget* DirectoryEntryDialog::field(const QString& name) const
{
    return m_fields.value(name);
}

QString DirectoryEntryDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DirectoryEntryDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    core::Status saved;
    if (m_existingId) {
        saved = saveChanges(*m_existingId);
        if (saved)
            m_savedId = m_existingId;
    } else if (auto id = saveNew()) {
        m_savedId = *id;
    } else {
        saved = std::unexpected(id.error());
    }
    if (!saved) {
        m_message->setText(saved.error().message);
        m_message->show();
        if (QWidget* target = field(saved.error().field))
            target->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace zabota::ui
