// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportDialog.h"

#include "core/export/JournalExportJob.h"
#include "core/export/JournalExporter.h"
#include "core/journal/JournalService.h"
#include "ui/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

// The earliest date the journal accepts; in the "from" box it reads as "no lower bound".
const QDate kEarliest(2000, 1, 1);
constexpr int kProgressSteps = 1000;

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = value.isValid() ? combo->findData(value) : -1;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox* makeCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    return combo;
}

QDateEdit* makeDateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(kEarliest);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(core::JournalService& journal, core::JournalExportJob& job, core::CentreDetails centre,
                           QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_job(job)
    , m_centre(std::move(centre))
    , m_personalColumns(core::JournalColumns::defaults(false))
    , m_depersonalisedColumns(core::JournalColumns::defaults(true))
{
    setWindowTitle(tr("Export the journal"));
    setObjectName(QStringLiteral("exportDialog"));

    m_banner = makeMessageLabel(this, MessageKind::Banner);
    m_banner->setObjectName(QStringLiteral("messageLabel"));
    m_form = new QWidget(this);

    m_period = makeCombo(QStringLiteral("periodCombo"), m_form);
    m_period->setMinimumContentsLength(14);
    m_period->addItem(tr("Dates chosen"), int(Period::Chosen));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_from = makeDateEdit(QStringLiteral("fromDate"), m_form);
    m_from->setSpecialValueText(tr("any date"));
    m_from->setToolTip(tr("Received on or after"));
    m_to = makeDateEdit(QStringLiteral("toDate"), m_form);
    m_to->setToolTip(tr("Received on or before"));
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), m_form));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);

    m_channel = makeCombo(QStringLiteral("channelCombo"), m_form);
    m_channel->addItem(tr("All channels"));
    for (const core::Channel channel : core::allValues<core::Channel>())
        m_channel->addItem(core::label(channel), int(channel));
    m_category = makeCombo(QStringLiteral("categoryCombo"), m_form);
    m_category->addItem(tr("All categories"));
    if (const auto categories = m_journal.categories(true)) {
        for (const core::ProblemCategory& c : *categories) {
            m_category->addItem(c.active ? c.title : tr("%1 (no longer used)").arg(c.title), c.id);
            m_category->setItemData(m_category->count() - 1, c.title, Qt::ToolTipRole);
        }
    }
    m_status = makeCombo(QStringLiteral("statusCombo"), m_form);
    m_status->addItem(tr("All statuses"));
    for (const core::EntryStatus status : core::allValues<core::EntryStatus>())
        m_status->addItem(core::label(status), int(status));
    m_dispatcher = makeCombo(QStringLiteral("dispatcherCombo"), m_form);
    m_dispatcher->addItem(tr("All dispatchers"));
    if (const auto dispatchers = m_journal.dispatchers()) {
        for (const auto& [id, name] : *dispatchers)
            m_dispatcher->addItem(name, id);
    }
    m_search = new QLineEdit(m_form);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("every entry of the period"));
    m_search->setToolTip(tr("Only the entries the journal's search finds for these words, phone or registration "
                            "number"));

    m_format = makeCombo(QStringLiteral("formatCombo"), m_form);
    for (const core::ExportFormat format : core::allValues<core::ExportFormat>())
        m_format->addItem(core::label(format), int(format));
    selectData(m_format, int(core::ExportFormat::Xlsx));
    m_depersonalised = new QCheckBox(tr("&Depersonalised: for reports that leave the centre"), m_form);
    m_depersonalised->setObjectName(QStringLiteral("depersonalisedCheck"));
    m_depersonalised->setToolTip(
        tr("Leaves out everything that could lead to the person: names, phones, registration and referral numbers, "
           "the summary and the action taken. Dates are given without the time."));

    m_columns = new QListWidget(m_form);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setMinimumHeight(fontMetrics().height() * 9);
    auto* defaults = new QPushButton(tr("Defa&ults"), m_form);
    defaults->setObjectName(QStringLiteral("defaultColumnsButton"));
    defaults->setAutoDefault(false);
    auto* columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_columns, 1);
    auto* columnButtons = new QVBoxLayout;
    columnButtons->addWidget(defaults);
    columnButtons->addStretch(1);
    columnsRow->addLayout(columnButtons);

    m_path = new QLineEdit(m_form);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto* browseButton = new QPushButton(tr("&Browse…"), m_form);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    auto addRow = [this, form](const QString& text, QWidget* buddy, QLayout* row) {
        auto* label = new QLabel(text, m_form);
        label->setBuddy(buddy);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, buddy);
    };
    addRow(tr("&Period:"), m_period, periodRow);
    addRow(tr("C&hannel:"), m_channel, nullptr);
    addRow(tr("Ca&tegory:"), m_category, nullptr);
    addRow(tr("&Status:"), m_status, nullptr);
    addRow(tr("D&ispatcher:"), m_dispatcher, nullptr);
    addRow(tr("Sea&rch:"), m_search, nullptr);
    addRow(tr("F&ormat:"), m_format, nullptr);
    form->addRow(QString(), m_depersonalised);
    addRow(tr("Co&lumns:"), m_columns, columnsRow);
    addRow(tr("&File:"), m_path, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    fillColumns();
    setPeriod(Period::ThisMonth);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportDialog::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportDialog::onDateEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePath);
    connect(m_depersonalised, &QCheckBox::toggled, this, [this] {
        rememberColumns();
        fillColumns();
        updatePath();
    });
    connect(defaults, &QPushButton::clicked, this, &ExportDialog::useDefaultColumns);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_job, &core::JournalExportJob::progress, this, &ExportDialog::onProgress);
    connect(&m_job, &core::JournalExportJob::finished, this, &ExportDialog::onFinished);

    if (!m_job.mayExport()) {
        showMessage(core::JournalExporter::notAllowedMessage());
        m_form->setEnabled(false);
        m_exportButton->setEnabled(false);
    }
    m_path->setFocus();
}

ExportDialog::~ExportDialog()
{
    if (m_job.isRunning())
        m_job.cancel();
}

void ExportDialog::setFilter(const core::JournalFilter& filter)
{
    if (!filter.from && !filter.to) {
        setPeriod(Period::AllTime);
    } else {
        {
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_from->setDate(filter.from.value_or(kEarliest));
            m_to->setDate(filter.to.value_or(m_journal.now().date()));
        }
        setPeriod(Period::Chosen);
    }
    selectData(m_channel, filter.channel ? QVariant(int(*filter.channel)) : QVariant());
    selectData(m_category, filter.categoryId ? QVariant(*filter.categoryId) : QVariant());
    selectData(m_status, filter.status ? QVariant(int(*filter.status)) : QVariant());
    selectData(m_dispatcher, filter.dispatcherId ? QVariant(*filter.dispatcherId) : QVariant());
    m_search->setText(filter.text.trimmed());
    updatePath();
}

void ExportDialog::setPeriod(Period period)
{
    {
        const QSignalBlocker block(m_period);
        selectData(m_period, int(period));
    }
    applyPeriod();
}

void ExportDialog::applyPeriod()
{
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const QDate today = m_journal.now().date();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    std::optional<std::pair<QDate, QDate>> dates;
    switch (period) {
    case Period::Chosen:
        break;
    case Period::AllTime:
        // The boxes read "any date" to today; typing a date in them makes the period the dates chosen.
        dates = {kEarliest, today};
        break;
    case Period::ThisMonth:
        dates = {month, today};
        break;
    case Period::LastMonth:
        dates = {month.addMonths(-1), month.addDays(-1)};
        break;
    case Period::ThisQuarter:
        dates = {quarter, today};
        break;
    case Period::LastQuarter:
        dates = {quarter.addMonths(-3), quarter.addDays(-1)};
        break;
    case Period::ThisYear:
        dates = {year, today};
        break;
    case Period::LastYear:
        dates = {year.addYears(-1), year.addDays(-1)};
        break;
    }
    if (dates) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(dates->first);
        m_to->setDate(dates->second);
    }
    updatePath();
}

void ExportDialog::onDateEdited()
{
    {
        const QSignalBlocker block(m_period);
        selectData(m_period, int(Period::Chosen));
    }
    // Unlike the journal's filter, a period that ends before it starts is left as typed: the export says so.
    updatePath();
}

core::ExportFormat ExportDialog::format() const
{
    return static_cast<core::ExportFormat>(m_format->currentData().toInt());
}

core::JournalExportRequest ExportDialog::request() const
{
    core::JournalExportRequest r;
    core::JournalFilter& f = r.filter;
    if (static_cast<Period>(m_period->currentData().toInt()) != Period::AllTime) {
        if (m_from->date() != kEarliest)
            f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_channel->currentData().isValid())
        f.channel = static_cast<core::Channel>(m_channel->currentData().toInt());
    if (m_category->currentData().isValid()) {
        f.categoryId = m_category->currentData().toLongLong();
        r.categoryTitle = m_category->currentData(Qt::ToolTipRole).toString();
    }
    if (m_status->currentData().isValid())
        f.status = static_cast<core::EntryStatus>(m_status->currentData().toInt());
    if (m_dispatcher->currentData().isValid()) {
        f.dispatcherId = m_dispatcher->currentData().toLongLong();
        r.dispatcherName = m_dispatcher->currentText();
    }
    f.text = m_search->text().trimmed();
    r.format = format();
    r.depersonalised = m_depersonalised->isChecked();
    r.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem* item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            r.columns << static_cast<core::JournalColumn>(item->data(Qt::UserRole).toInt());
    }
    r.path = m_path->text().trimmed();
    r.centre = m_centre;
    return r;
}

void ExportDialog::rememberColumns()
{
    QList<core::JournalColumn> chosen;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            chosen << static_cast<core::JournalColumn>(m_columns->item(i)->data(Qt::UserRole).toInt());
    }
    // Kept for the kind of list shown, to come back to when the box is ticked or cleared again.
    (m_listDepersonalised ? m_depersonalisedColumns : m_personalColumns) = chosen;
}

void ExportDialog::fillColumns()
{
    const bool depersonalised = m_depersonalised->isChecked();
    const QList<core::JournalColumn>& chosen = depersonalised ? m_depersonalisedColumns : m_personalColumns;
    m_listDepersonalised = depersonalised;
    m_columns->clear();
    for (const core::JournalColumn column : core::JournalColumns::offered(depersonalised)) {
        auto* item = new QListWidgetItem(core::label(column), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
}

void ExportDialog::useDefaultColumns()
{
    (m_depersonalised->isChecked() ? m_depersonalisedColumns : m_personalColumns) =
        core::JournalColumns::defaults(m_depersonalised->isChecked());
    fillColumns();
}

void ExportDialog::updatePath()
{
    const core::ExportFormat chosenFormat = format();
    if (m_pathChosen) {
        // Only the extension follows the format, and only when it names one.
        const QString path = m_path->text().trimmed();
        const QFileInfo info(path);
        if (core::formatOfPath(path) && core::formatOfPath(path) != chosenFormat)
            m_path->setText(
                QDir(info.path())
                    .filePath(info.completeBaseName() + QLatin1Char('.') + core::extensionOf(chosenFormat)));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(
        core::JournalExporter::defaultFileName(request().filter, chosenFormat, m_depersonalised->isChecked()))));
}

void ExportDialog::browse()
{
    const core::ExportFormat chosenFormat = format();
    const QString pattern = QStringLiteral("%1 (*.%2)").arg(core::label(chosenFormat), core::extensionOf(chosenFormat));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the journal to"), m_path->text().trimmed(), pattern);
    if (path.isEmpty())
        return;
    if (!core::formatOfPath(path))
        path += QLatin1Char('.') + core::extensionOf(chosenFormat);
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathChosen = true;
    updatePath();
}

bool ExportDialog::isExporting() const
{
    return m_job.isRunning();
}

void ExportDialog::startExport()
{
    if (m_job.isRunning() || !m_job.mayExport())
        return;
    m_banner->hide();
    const core::JournalExportRequest r = request();
    if (auto valid = core::JournalExporter::validate(r); !valid) {
        showMessage(valid.error().message);
        focusField(valid.error().field);
        return;
    }
    if (QFileInfo(r.path).isFile()) {
        const auto answer = QMessageBox::question(
            this, tr("Export the journal"), tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(r.path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            focusField(QStringLiteral("path"));
            return;
        }
    }
    if (!m_job.start(r))
        return;
    setRunning(true);
}

void ExportDialog::reject()
{
    if (m_job.isRunning()) {
        m_job.cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(int(done * kProgressSteps / total));
}

void ExportDialog::onFinished()
{
    setRunning(false);
    const auto& outcome = m_job.outcome();
    if (!outcome)
        return;
    if (!*outcome) {
        showMessage(outcome->error().message);
        focusField(outcome->error().field);
        return;
    }
    if ((*outcome)->cancelled) {
        showMessage(tr("The export was stopped; no file was written."), false);
        return;
    }
    m_summary = **outcome;
    accept();
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_closeButton->setText(running ? tr("S&top") : tr("&Close"));
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_closeButton->setFocus();
    }
}

void ExportDialog::showMessage(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fce8e6; color: #a50e0e; padding: 6px; "
                                                   "border-radius: 3px;")
                                  : QStringLiteral("background: #e8f0fe; color: #174ea6; padding: 6px; "
                                                   "border-radius: 3px;"));
    m_banner->show();
}

QString ExportDialog::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ExportDialog::focusField(const QString& field)
{
    QWidget* widget = nullptr;
    if (field == u"from")
        widget = m_from;
    else if (field == u"to")
        widget = m_to;
    else if (field == u"columns")
        widget = m_columns;
    else if (field == u"path")
        widget = m_path;
    if (widget && widget->isEnabled())
        widget->setFocus(Qt::OtherFocusReason);
}

} // namespace zabota::ui
