// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatisticsWindow.h"

#include "core/statistics/StatisticsFormat.h"
#include "core/statistics/StatisticsService.h"
#include "ui/MessageLabel.h"
#include "ui/RowTable.h"
#include "ui/SettingsDialog.h"
#include "ui/StatisticsCharts.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

using Kind = core::StatisticsPeriod::Kind;

constexpr int kEditDelayMs = 400;
const Kind kKinds[] = {Kind::Month, Kind::Quarter, Kind::Year, Kind::Custom};

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// A name that may stand in a file name: «Q1 2026», «01.03.2026 – 15.03.2026».
QString fileNamePart(QString text)
{
    static const QString kForbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : kForbidden)
        text.replace(c, u'-');
    return text;
}

} // namespace

StatisticsWindow::StatisticsWindow(core::StatisticsService& statistics, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_statistics(statistics)
    , m_reader(std::make_unique<core::StatisticsReader>(statistics.databaseAddress()))
    , m_period(core::StatisticsPeriod::containing(Kind::Quarter, statistics.today()))
{
    setWindowTitle(tr("Statistics"));
    setObjectName(QStringLiteral("statisticsWindow"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItems({tr("Month"), tr("Quarter"), tr("Year"), tr("Days from… to…")});
    auto* kindLabel = new QLabel(tr("&Period:"), this);
    kindLabel->setBuddy(m_kind);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    auto* previous = new QAction(tr("◀ Previous"), this);
    previous->setObjectName(QStringLiteral("previousPeriodAction"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previous->setToolTip(tr("The previous period (Alt+Left)"));
    connect(previous, &QAction::triggered, this, &StatisticsWindow::previousPeriod);
    auto* next = new QAction(tr("Next ▶"), this);
    next->setObjectName(QStringLiteral("nextPeriodAction"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    next->setToolTip(tr("The next period (Alt+Right)"));
    connect(next, &QAction::triggered, this, &StatisticsWindow::nextPeriod);
    auto* again = new QAction(tr("Recompute"), this);
    again->setObjectName(QStringLiteral("recomputeAction"));
    again->setShortcut(QKeySequence::Refresh);
    again->setToolTip(tr("Count again, with what was registered since (F5)"));
    connect(again, &QAction::triggered, this, &StatisticsWindow::recompute);
    m_pdfAction = new QAction(tr("Export to P&DF…"), this);
    m_pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pdfAction->setToolTip(tr("The whole report with its charts as an A4 PDF document (Ctrl+P)"));
    connect(m_pdfAction, &QAction::triggered, this, [this] { exportPdf(); });
    m_xlsxAction = new QAction(tr("Export to &XLSX…"), this);
    m_xlsxAction->setObjectName(QStringLiteral("exportXlsxAction"));
    m_xlsxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_xlsxAction->setToolTip(tr("Every table of the report as a spreadsheet, figures as numbers (Ctrl+E)"));
    connect(m_xlsxAction, &QAction::triggered, this, [this] { exportXlsx(); });
    m_pdfAction->setEnabled(false);
    m_xlsxAction->setEnabled(false);
    addActions({previous, next, again, m_pdfAction, m_xlsxAction});

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // computing, for as long as it takes
    m_busy->setFormat(tr("Computing…"));
    m_busy->setTextVisible(true);
    m_busy->setMaximumWidth(200);
    m_busy->hide();
    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("comparisonLabel"));
    m_comparison->setWordWrap(true);
    QFont bigger = m_comparison->font();
    bigger.setBold(true);
    m_comparison->setFont(bigger);
    m_message = makeMessageLabel(this, MessageKind::Banner);
    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(buttonFor(previous, this));
    bar->addWidget(buttonFor(next, this));
    bar->addWidget(buttonFor(again, this));
    bar->addStretch();
    bar->addWidget(m_busy);
    bar->addWidget(buttonFor(m_pdfAction, this));
    bar->addWidget(buttonFor(m_xlsxAction, this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_comparison);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_edited = new QTimer(this);
    m_edited->setSingleShot(true);
    m_edited->setInterval(kEditDelayMs);
    connect(m_edited, &QTimer::timeout, this, &StatisticsWindow::datesEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StatisticsWindow::chooseKind);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updatingControls)
                m_edited->start();
        });
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_edited->isActive()) {
                m_edited->stop();
                datesEdited();
            }
        });
    }
    connect(m_reader.get(), &core::StatisticsReader::answered, this, &StatisticsWindow::answered);

    resize(1200, 720);
    showPeriodControls();
    recompute();
    m_kind->setFocus();
}

StatisticsWindow::~StatisticsWindow() = default;

QString StatisticsWindow::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QTableWidget* StatisticsWindow::table(const QString& sectionKey) const
{
    return m_tables.value(sectionKey);
}

QChartView* StatisticsWindow::chartView(const QString& sectionKey) const
{
    return m_charts.value(sectionKey);
}

void StatisticsWindow::showPeriodControls()
{
    m_updatingControls = true;
    m_kind->setCurrentIndex(int(std::ranges::find(kKinds, m_period.kind()) - std::begin(kKinds)));
    m_from->setDate(m_period.from());
    m_to->setDate(m_period.to());
    // Only days chosen by hand are typed; a month, quarter or year is stepped through.
    const bool custom = m_period.kind() == Kind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_updatingControls = false;
}

void StatisticsWindow::setPeriod(const core::StatisticsPeriod& period)
{
    m_period = period;
    showPeriodControls();
    recompute();
}

void StatisticsWindow::chooseKind(int index)
{
    if (m_updatingControls || index < 0 || index >= int(std::size(kKinds)))
        return;
    const Kind kind = kKinds[index];
    if (kind == Kind::Custom) {
        // The same days, now to be changed by hand.
        setPeriod(core::StatisticsPeriod::custom(m_period.from(), m_period.to()));
        return;
    }
    // The month, quarter or year of the period's last day, or of today when the period runs past it.
    const QDate today = m_statistics.today();
    const QDate anchor = m_period.from() <= today && today < m_period.to() ? today : m_period.to();
    setPeriod(core::StatisticsPeriod::containing(kind, anchor.isValid() ? anchor : today));
}

void StatisticsWindow::datesEdited()
{
    if (m_period.kind() != Kind::Custom)
        return;
    m_period = core::StatisticsPeriod::custom(m_from->date(), m_to->date());
    recompute();
}

void StatisticsWindow::previousPeriod()
{
    if (!m_period.validate())
        return;
    setPeriod(m_period.previous());
}

void StatisticsWindow::nextPeriod()
{
    if (!m_period.validate())
        return;
    setPeriod(m_period.next());
}

void StatisticsWindow::recompute()
{
    if (auto ok = m_period.validate(); !ok) {
        // The report of the last good period stays on show; the sentence says what to change.
        m_waiting = 0;
        m_busy->hide();
        showMessage(ok.error().message);
        m_comparison->setText(m_report ? core::StatisticsFormat::comparison(*m_report) : QString());
        Q_EMIT reportShown();
        return;
    }
    m_message->hide();
    m_waiting = m_reader->request(m_period);
    m_busy->show();
    m_comparison->setText(tr("Computing %1…").arg(m_period.title()));
}

void StatisticsWindow::answered(const core::StatisticsReader::Answer& answer)
{
    if (answer.ticket != m_waiting)
        return; // the period was changed since
    m_waiting = 0;
    m_busy->hide();
    if (!answer.report) {
        if (!answer.report.error().detail.isEmpty())
            qWarning("statistics: %s", qUtf8Printable(answer.report.error().detail));
        showMessage(answer.report.error().message);
        // The report on show is still the last one computed.
        m_comparison->setText(m_report ? core::StatisticsFormat::comparison(*m_report) : QString());
        Q_EMIT reportShown();
        return;
    }
    qInfo("statistics of %s computed in %lld ms", qUtf8Printable(answer.period.title()), answer.elapsedMs);
    display(*answer.report);
    Q_EMIT reportShown();
}

void StatisticsWindow::display(const core::StatisticsReport& report)
{
    m_report = report;
    m_comparison->setText(core::StatisticsFormat::comparison(report));
    m_pdfAction->setEnabled(true);
    m_xlsxAction->setEnabled(true);
    const QStringList headers = core::StatisticsFormat::headers(report);
    for (const core::StatisticsSection& section : report.sections) {
        QTableWidget* table = m_tables.value(section.key);
        if (!table) {
            // The first report makes a tab for each section; later ones fill them again.
            auto* page = new QSplitter(Qt::Horizontal, m_tabs);
            auto* left = new QWidget(page);
            auto* column = new QVBoxLayout(left);
            column->setContentsMargins(0, 0, 0, 0);
            table = makeRowTable(headers, left);
            table->setObjectName(QStringLiteral("table-") + section.key);
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            table->horizontalHeader()->setStretchLastSection(false);
            table->setAlternatingRowColors(true);
            auto* note = new QLabel(left);
            note->setWordWrap(true);
            note->setObjectName(QStringLiteral("note-") + section.key);
            column->addWidget(table, 1);
            column->addWidget(note);
            page->addWidget(left);
            if (section.chart != core::StatisticsChart::None) {
                auto* view = new QChartView(page);
                view->setObjectName(QStringLiteral("chart-") + section.key);
                view->setRenderHint(QPainter::Antialiasing);
                view->setMinimumWidth(380);
                page->addWidget(view);
                m_charts.insert(section.key, view);
                page->setStretchFactor(1, 1);
            }
            m_tables.insert(section.key, table);
            m_notes.insert(section.key, note);
            m_tabs->addTab(page, section.title);
        }
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(section.rows.size()));
        for (int r = 0; r < section.rows.size(); ++r) {
            const core::StatisticsRow& row = section.rows.at(r);
            const QStringList cells{row.level > 0 ? QStringLiteral("    ") + row.label : row.label,
                                    core::StatisticsFormat::value(row, row.current),
                                    core::StatisticsFormat::value(row, row.previous),
                                    core::StatisticsFormat::change(row)};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (row.level == 0) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                table->setItem(r, c, item);
            }
        }
        if (table->rowCount() > 0 && table->currentRow() < 0)
            table->setCurrentCell(0, 0);
        // The table as wide as its columns (up to half the window), the chart in the rest.
        const int wanted = table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width() +
                           2 * table->frameWidth() + 4;
        table->parentWidget()->setMinimumWidth(std::min(wanted, width() / 2));
        m_notes.value(section.key)->setText(section.note);
        m_notes.value(section.key)->setVisible(!section.note.isEmpty());
        if (QChartView* view = m_charts.value(section.key)) {
            QChart* old = view->chart();
            view->setChart(StatisticsCharts::make(section, report));
            delete old;
        }
    }
}

void StatisticsWindow::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("background: #fce8e6; color: #a50e0e; padding: 6px; "
                                                    "border-radius: 3px;")
                                   : QStringLiteral("background: #e6f4ea; color: #0d652d; padding: 6px; "
                                                    "border-radius: 3px;"));
    m_message->setText(text);
    m_message->show();
}

bool StatisticsWindow::exportPdf(const QString& path)
{
    return exportAs(true, path);
}

bool StatisticsWindow::exportXlsx(const QString& path)
{
    return exportAs(false, path);
}

bool StatisticsWindow::exportAs(bool pdf, const QString& path)
{
    if (m_exporting)
        return false;
    if (!m_report) {
        showMessage(tr("There is no report to export yet: wait until it is computed."));
        return false;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = tr("Statistics %1").arg(fileNamePart(m_report->period.title())) +
                             (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"));
        target = QFileDialog::getSaveFileName(
            this, pdf ? tr("Export the statistics to PDF") : tr("Export the statistics to XLSX"),
            QDir(folder).filePath(name), pdf ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
        if (target.isEmpty())
            return false;
    }
    const auto format = pdf ? core::StatisticsService::Format::Pdf : core::StatisticsService::Format::Xlsx;
    const core::StatisticsReport report = *m_report;
    const core::CentreDetails centre = SettingsDialog::storedCentre();

    // The charts are drawn here (they are widgets' graphics); the file is made on a thread of its own while the
    // window keeps painting with its progress bar (keys and clicks wait), and is then saved here with its record
    // in the audit log.
    m_exporting = true;
    m_pdfAction->setEnabled(false);
    m_xlsxAction->setEnabled(false);
    m_busy->setFormat(tr("Exporting…"));
    m_busy->show();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QList<core::StatisticsPicture> pictures = StatisticsCharts::pictures(report);
    std::optional<core::Result<QByteArray>> content;
    QThread* worker = QThread::create([&content, format, &report, &centre, &pictures] {
        content = core::StatisticsService::render(format, report, centre, pictures);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    QApplication::restoreOverrideCursor();
    m_exporting = false;
    m_busy->setFormat(tr("Computing…"));
    m_busy->setVisible(m_waiting != 0);
    m_pdfAction->setEnabled(true);
    m_xlsxAction->setEnabled(true);

    if (!content)
        content = core::fail(core::Error::Kind::Storage, tr("The report could not be made."));
    const core::Status written = *content ? m_statistics.save(format, target, **content, report)
                                          : core::Status(std::unexpected(content->error()));
    if (!written) {
        if (!written.error().detail.isEmpty())
            qWarning("statistics export: %s", qUtf8Printable(written.error().detail));
        showMessage(written.error().message);
        return false;
    }
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)), false);
    if (path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    return true;
}

void StatisticsWindow::closeEvent(QCloseEvent* event)
{
    // The file being made belongs to this window: it closes once the file is written.
    if (m_exporting) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace zabota::ui
