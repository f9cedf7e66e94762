// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatisticsWindow.h"

#include "core/statistics/StatisticsService.h"
#include "tests/support/StatisticsDataSet.h"
#include "tests/support/WidgetTesting.h"
#include "tests/ui/FocusedKeys.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QProcess>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

// The cells of the table's row whose first cell is `label` (a part's label is indented in the table).
QStringList rowOf(QTableWidget* table, const QString& label)
{
    REQUIRE(table != nullptr);
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text().trimmed() != label)
            continue;
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        return cells;
    }
    FAIL("no row " + label.toStdString());
    return {};
}

// The value of a bar set at a category of the chart's category axis.
double barValue(QChartView* view, const QString& set, const QString& category)
{
    REQUIRE(view != nullptr);
    const auto series = view->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
    REQUIRE(bars != nullptr);
    const auto axes = bars->attachedAxes();
    auto* names = qobject_cast<QBarCategoryAxis*>(axes.first());
    REQUIRE(names != nullptr);
    const qsizetype at = names->categories().indexOf(category);
    REQUIRE(at >= 0);
    for (QBarSet* s : bars->barSets())
        if (s->label() == set)
            return s->at(at);
    FAIL("no bar set " + set.toStdString());
    return -1;
}

bool reportFor(ui::StatisticsWindow* window, const core::StatisticsPeriod& period)
{
    return QTest::qWaitFor([&] { return !window->isBusy() && window->report() && window->report()->period == period; },
                           10'000);
}

// How many different pictures the PDF holds, as pdfimages takes them out of it (a picture drawn on two pages, or
// clipped away on one, counts once).
int distinctImages(const QString& pdf)
{
    QTemporaryDir out;
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-all"), pdf, out.filePath(QStringLiteral("image"))});
    REQUIRE(p.waitForFinished(30'000));
    REQUIRE(p.exitCode() == 0);
    QSet<QByteArray> seen;
    for (const QFileInfo& file : QDir(out.path()).entryInfoList(QDir::Files)) {
        QFile f(file.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        seen.insert(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return int(seen.size());
}

} // namespace

TEST_CASE("a supervisor opens the statistics with the keyboard, steps to March and reads its tables and charts",
          "[ui][statistics]")
{
    tests::IsolatedSettings settings;
    const tests::CLocale locale;
    tests::StatisticsDataSet d; // the clock stands at 20 April 2026
    core::JournalService journal(d.t.journalRepo(), d.t.categories(), d.supervisor, [&d] { return d.t.now(); });
    auto statistics = d.statistics();
    ui::MainWindow main(journal, d.t.auth());
    main.setStatisticsService(&statistics);
    main.show();
    main.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&main));

    press(Qt::Key_T, Qt::ControlModifier);
    auto* window = main.findChild<ui::StatisticsWindow*>();
    REQUIRE(window != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(window));
    // The current quarter comes first, beside the one before it.
    REQUIRE(reportFor(window, core::StatisticsPeriod::quarter(2026, 2)));
    CHECK(window->report()->previous == core::StatisticsPeriod::quarter(2026, 1));
    CHECK(window->findChild<QLabel*>(QStringLiteral("comparisonLabel"))->text().startsWith(QStringLiteral("Q2 2026")));

    // Up in the period box: a month, the month of today; Alt+Left: the month before.
    CHECK(focused() == window->findChild<QComboBox*>(QStringLiteral("periodKind")));
    press(Qt::Key_Up);
    REQUIRE(reportFor(window, core::StatisticsPeriod::month(2026, 4)));
    press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(reportFor(window, core::StatisticsPeriod::month(2026, 3)));
    CHECK(window->report()->previous == core::StatisticsPeriod::month(2026, 2));
    CHECK(window->messageText().isEmpty());
    CHECK(window->tabs()->count() == int(window->report()->sections.size()));

    // The tables hold the figures of StatisticsTest, with the change.
    QTableWidget* channels = window->table(QStringLiteral("channels"));
    REQUIRE(channels != nullptr);
    CHECK(channels->horizontalHeaderItem(1)->text() == QStringLiteral("March 2026"));
    CHECK(channels->horizontalHeaderItem(2)->text() == QStringLiteral("February 2026"));
    CHECK(rowOf(channels, core::label(core::Channel::Phone)) == QStringList{core::label(core::Channel::Phone),
                                                                            QStringLiteral("4"), QStringLiteral("4"),
                                                                            QStringLiteral("0")});
    CHECK(rowOf(channels, core::label(core::Channel::VK)).mid(1) ==
          QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("+1")});
    CHECK(rowOf(window->table(QStringLiteral("categories")), QStringLiteral("Детско-родительские отношения")).mid(1) ==
          QStringList{QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("0")});
    CHECK(rowOf(window->table(QStringLiteral("appeals")), QStringLiteral("Entries in the journal")).mid(1) ==
          QStringList{QStringLiteral("11"), QStringLiteral("6"), QStringLiteral("+5 (+83.3%)")});
    CHECK(rowOf(window->table(QStringLiteral("callers")), QStringLiteral("Share of minors")).mid(1) ==
          QStringList{QStringLiteral("25.0%"), QStringLiteral("20.0%"), QStringLiteral("+5.0 pp")});
    CHECK(rowOf(window->table(QStringLiteral("handoffs")), QStringLiteral("Time to acceptance, mean")).mid(1) ==
          QStringList{QStringLiteral("43.0 h"), QStringLiteral("6.0 h"), QStringLiteral("+37.0 h")});
    CHECK(rowOf(window->table(QStringLiteral("cases")), QStringLiteral("Closed with a positive result")).mid(1) ==
          QStringList{QStringLiteral("66.7%"), QStringLiteral("100.0%"), QStringLiteral("-33.3 pp")});
    CHECK(rowOf(window->table(QStringLiteral("register")), QStringLiteral("On the register at the end")).mid(1) ==
          QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("-3 (-60.0%)")});

    // The charts: bars of both months for the channels and the categories, a pie of March's outcomes.
    QChartView* channelChart = window->chartView(QStringLiteral("channels"));
    CHECK(barValue(channelChart, QStringLiteral("March 2026"), core::label(core::Channel::Phone)) == 4);
    CHECK(barValue(channelChart, QStringLiteral("February 2026"), core::label(core::Channel::WalkIn)) == 1);
    CHECK(barValue(channelChart, QStringLiteral("March 2026"), core::label(core::Channel::Messenger)) == 1);
    CHECK(barValue(window->chartView(QStringLiteral("categories")), QStringLiteral("March 2026"),
                   QStringLiteral("Кризис супружеских отношений")) == 2);
    CHECK(barValue(window->chartView(QStringLiteral("callers")), QStringLiteral("February 2026"),
                   QStringLiteral("Adults")) == 3);
    QChartView* outcomes = window->chartView(QStringLiteral("cases"));
    REQUIRE(outcomes != nullptr);
    REQUIRE(outcomes->chart()->series().size() == 1);
    auto* pie = qobject_cast<QPieSeries*>(outcomes->chart()->series().first());
    REQUIRE(pie != nullptr);
    REQUIRE(pie->count() == 2); // outcomes with no case are left out
    CHECK(pie->slices().at(0)->value() == 2);
    CHECK(pie->slices().at(0)->label() == QStringLiteral("66.7%"));
    CHECK(pie->slices().at(1)->value() == 1);
    CHECK(pie->slices().at(1)->label() == QStringLiteral("33.3%"));
    const auto markers = outcomes->chart()->legend()->markers(pie);
    REQUIRE(markers.size() == 2);
    CHECK(markers.at(0)->label() == core::label(core::CaseOutcome::ImprovedRemoved) + QStringLiteral(": 2"));
    CHECK(markers.at(1)->label() == core::label(core::CaseOutcome::Moved) + QStringLiteral(": 1"));

    // The whole report to PDF and XLSX, with every chart as a picture.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("март.pdf"));
    REQUIRE(window->exportPdf(pdf));
    CHECK(window->messageText().contains(pdf));
    CHECK(distinctImages(pdf) == int(window->report()->sections.size()));
    REQUIRE(window->exportXlsx(dir.filePath(QStringLiteral("март.xlsx"))));
    CHECK(QFile(dir.filePath(QStringLiteral("март.xlsx"))).size() > 10'000);
    window->close();
}

TEST_CASE("days chosen by hand that end before they start are refused, and the last report stays", "[ui][statistics]")
{
    tests::IsolatedSettings settings;
    const tests::CLocale locale;
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    ui::StatisticsWindow window(statistics);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(reportFor(&window, core::StatisticsPeriod::quarter(2026, 2)));

    // Down twice more in the period box: days chosen by hand, the quarter's at first.
    press(Qt::Key_Down);
    REQUIRE(reportFor(&window, core::StatisticsPeriod::year(2026)));
    press(Qt::Key_Down);
    REQUIRE(reportFor(&window, core::StatisticsPeriod::custom(QDate(2026, 1, 1), QDate(2026, 12, 31))));
    auto* from = window.findChild<QDateEdit*>(QStringLiteral("periodFrom"));
    auto* to = window.findChild<QDateEdit*>(QStringLiteral("periodTo"));
    REQUIRE(from->isEnabled());
    from->setFocus();
    from->setDate(QDate(2026, 3, 10));
    to->setFocus(); // leaving the first box applies the days
    REQUIRE(reportFor(&window, core::StatisticsPeriod::custom(QDate(2026, 3, 10), QDate(2026, 12, 31))));
    to->setDate(QDate(2026, 3, 1));
    press(Qt::Key_Tab);
    REQUIRE(QTest::qWaitFor([&] { return !window.messageText().isEmpty(); }, 5000));
    CHECK(window.messageText() == QStringLiteral("The period ends on 01.03.2026, before it starts on 10.03.2026. "
                                                 "Choose a last day on or after the first."));
    CHECK(window.report()->period.from() == QDate(2026, 3, 10)); // the last days that made a period
    CHECK(window.report()->period.to() == QDate(2026, 12, 31));
    CHECK(
        window.findChild<QLabel*>(QStringLiteral("comparisonLabel"))->text().startsWith(QStringLiteral("10.03.2026")));

    to->setFocus();
    to->setDate(QDate(2026, 3, 19));
    press(Qt::Key_Tab);
    REQUIRE(reportFor(&window, core::StatisticsPeriod::custom(QDate(2026, 3, 10), QDate(2026, 3, 19))));
    CHECK(window.messageText().isEmpty());
    CHECK(rowOf(window.table(QStringLiteral("appeals")), QStringLiteral("Entries in the journal")).mid(1, 2) ==
          QStringList{QStringLiteral("4"), QStringLiteral("5")});
}

TEST_CASE("the statistics stay closed to a dispatcher", "[ui][statistics]")
{
    tests::IsolatedSettings settings;
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    ui::MainWindow main(d.t.journal(), d.t.auth());
    main.setStatisticsService(&statistics);
    auto* action = main.findChild<QAction*>(QStringLiteral("statisticsAction"));
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    CHECK(main.showStatistics() == nullptr);
}
