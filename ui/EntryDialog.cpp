// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EntryDialog.h"

#include "core/family/FamilyService.h"
#include "core/handoff/HandoffService.h"
#include "core/journal/JournalService.h"
#include "core/navigator/NavigatorService.h"
#include "core/text/DateText.h"
#include "ui/EnumCombo.h"
#include "ui/FamilyLinkPanel.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocumentFragment>

#include "ui_EntryDialog.h"

namespace zabota::ui {

namespace {

const QString kDateTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
const QString kBannerStyle = QStringLiteral("QFrame#banner { background: #fdecea; border: 1px solid #d93025; "
                                            "border-radius: 4px; } QLabel { color: #a50e0e; }");
// After a reload: not an error, but something to read before saving.
const QString kNoticeStyle = QStringLiteral("QFrame#banner { background: #fff8e1; border: 1px solid #f9a825; "
                                            "border-radius: 4px; } QLabel { color: #4e342e; }");
const QString kSituation = QStringLiteral("situation");
const QString kOverLimitStyle = QStringLiteral("color: #c5221f; font-weight: bold;");

qint64 minuteOf(const QDateTime& at)
{
    return at.isValid() ? at.toSecsSinceEpoch() / 60 : -1;
}

// A value of the change history as one line of the list: empty shown as such, line breaks folded.
QString shownValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return EntryDialog::tr("(empty)");
    return core::JournalService::fieldValue(field, value);
}

// A step of the checklist as the text of a check box: broken into lines of at most `width` pixels, since a check box
// does not wrap its text, and with its ampersands shown as such.
QString checkBoxText(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n')).replace(QLatin1Char('&'), QLatin1String("&&"));
}

// A field of the merge as a person reads it.
QString fieldName(const QString& code)
{
    return code == kSituation ? EntryDialog::tr("Life situation") : core::JournalService::fieldLabel(code);
}

QString fieldNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names << fieldName(code);
    return names.join(QStringLiteral(", "));
}

// The text a user typed into a text field of the draft, cut to a length a banner can quote; empty for other fields.
QString typedExcerpt(const core::EntryDraft& d, const QString& code)
{
    const std::pair<const char*, const QString*> texts[] = {
        {"line", &d.line},
        {"applicantName", &d.applicantName},
        {"applicantPhone", &d.applicantPhone},
        {"referringAgency", &d.referringAgency},
        {"referringDocNo", &d.referringDocNo},
        {"summary", &d.summary},
        {"actionTaken", &d.actionTaken},
    };
    constexpr int kExcerpt = 80;
    for (const auto& [name, text] : texts) {
        if (code != QLatin1String(name))
            continue;
        const QString simple = text->simplified();
        return simple.size() > kExcerpt ? simple.left(kExcerpt - 1) + QChar(0x2026) : simple;
    }
    return {};
}

} // namespace

EntryDialog::EntryDialog(core::JournalService& journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::EntryDialog>())
{
    setUpForm();
    setWindowTitle(tr("New journal entry"));
    loadCategories(std::nullopt, {});
    load(m_journal.newDraft());
    // Received now, by phone, from a parent: the defaults above the name are usually right.
    m_ui->applicantName->setFocus(Qt::OtherFocusReason);
}

EntryDialog::EntryDialog(core::JournalService& journal, const core::JournalEntry& existing, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::EntryDialog>())
    , m_existing(existing)
{
    setUpForm();
    setWindowTitle(tr("Journal entry %1").arg(existing.registrationNumber()));
    loadCategories(existing.draft.categoryId, existing.categoryTitle);
    load(existing.draft);
    showEntryDetails();
    m_ui->receivedAt->setFocus(Qt::OtherFocusReason);
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::setUpForm()
{
    m_ui->setupUi(this);

    fillCombo<core::Channel>(m_ui->channel);
    fillCombo<core::CallerType>(m_ui->callerType);
    fillCombo<core::Urgency>(m_ui->urgency);
    fillCombo<core::EntryStatus>(m_ui->status);

    m_ui->line->setMaxLength(core::limits::kLine);
    m_ui->applicantName->setMaxLength(core::limits::kName);
    m_ui->applicantPhone->setMaxLength(core::limits::kPhone);
    m_ui->referringAgency->setMaxLength(core::limits::kAgency);
    m_ui->referringDocNo->setMaxLength(core::limits::kDocNo);

    m_ui->header->hide();
    // The navigator shows once enableNavigator() gives it its service.
    m_ui->situationLabel->hide();
    m_ui->situation->hide();
    m_ui->situationPanel->hide();
    m_ui->banner->setStyleSheet(kBannerStyle);
    m_ui->banner->hide();
    m_ui->reloadButton->hide();
    m_ui->useMineButton->hide();
    m_ui->historyButton->hide();
    m_ui->history->hide();

    m_ui->mainLayout->setStretchFactor(m_ui->summary, 3);
    m_ui->mainLayout->setStretchFactor(m_ui->actionTaken, 1);
    m_ui->mainLayout->setStretchFactor(m_ui->history, 2);

    QPushButton* save = m_ui->buttons->button(QDialogButtonBox::Save);
    QPushButton* cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    save->setDefault(true);
    save->setToolTip(tr("Enter, or Ctrl+Enter in the text boxes"));
    cancel->setToolTip(tr("Esc"));
    // Save right after the last field, whatever side of Cancel the platform draws it on.
    setTabOrder(m_ui->status, save);
    setTabOrder(save, cancel);
    setTabOrder(cancel, m_ui->historyButton);

    // Tab leaves the date instead of walking its day, month, year, hour and minute: the time is usually right.
    m_ui->receivedAt->installEventFilter(this);

    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(keys), this);
        connect(shortcut, &QShortcut::activated, this, &EntryDialog::accept);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &EntryDialog::reloadEntry);
    connect(m_ui->useMineButton, &QPushButton::clicked, this, &EntryDialog::useMine);
    connect(m_ui->anonymous, &QCheckBox::toggled, this, &EntryDialog::setAnonymous);
    connect(m_ui->callerType, &QComboBox::currentIndexChanged, this, [this] {
        const bool agency = selected(m_ui->callerType, core::CallerType::Other) == core::CallerType::Agency;
        m_ui->referringAgency->setPlaceholderText(agency ? tr("Required for an agency") : QString());
    });
    connect(m_ui->situation, &QComboBox::currentIndexChanged, this, &EntryDialog::situationChosen);
    connect(m_ui->summary, &QPlainTextEdit::textChanged, this,
            [this] { updateCounter(m_ui->summary, m_ui->summaryCounter, core::limits::kSummary); });
    connect(m_ui->actionTaken, &QPlainTextEdit::textChanged, this,
            [this] { updateCounter(m_ui->actionTaken, m_ui->actionTakenCounter, core::limits::kAction); });
    connect(m_ui->historyButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->history->setVisible(open);
        m_ui->historyButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    updateCounter(m_ui->summary, m_ui->summaryCounter, core::limits::kSummary);
    updateCounter(m_ui->actionTaken, m_ui->actionTakenCounter, core::limits::kAction);
}

void EntryDialog::loadCategories(std::optional<core::CategoryId> keep, const QString& keepTitle)
{
    QComboBox* combo = m_ui->category;
    combo->clear();
    combo->addItem(tr("— choose —"));
    auto categories = m_journal.categories(true);
    if (!categories)
        showError(categories.error());
    bool kept = false;
    for (const core::ProblemCategory& category : categories.value_or(QList<core::ProblemCategory>())) {
        const bool isKept = keep && category.id == *keep;
        if (!category.active && !isKept)
            continue;
        combo->addItem(category.active ? category.title : tr("%1 (no longer used)").arg(category.title), category.id);
        kept = kept || isKept;
    }
    if (keep && !kept)
        combo->addItem(keepTitle, *keep);
}

void EntryDialog::startFrom(const core::EntryDraft& draft)
{
    load(draft);
    // A call's number came with the draft: its families are offered at once, as if the phone had been typed.
    if (m_familyPanel && !draft.applicantPhone.isEmpty())
        m_familyPanel->suggest(draft.applicantPhone);
}

void EntryDialog::addPanel(QWidget* panel)
{
    panel->setParent(this);
    m_ui->mainLayout->insertWidget(0, panel);
}

void EntryDialog::load(const core::EntryDraft& d)
{
    m_loaded = d;
    m_ui->receivedAt->setDateTime(d.receivedAt);
    select(m_ui->channel, d.channel);
    m_ui->line->setText(d.line);
    select(m_ui->callerType, d.callerType);

    // Name and phone go into the editors; an anonymous entry then hides them as ticking the box would.
    {
        const QSignalBlocker blocker(m_ui->anonymous);
        m_ui->anonymous->setChecked(false);
        m_hiddenName.clear();
        m_hiddenPhone.clear();
        setAnonymous(false);
        m_ui->applicantName->setText(d.applicantName);
        m_ui->applicantPhone->setText(d.applicantPhone);
        m_ui->anonymous->setChecked(d.anonymous);
        if (d.anonymous)
            setAnonymous(true);
    }

    m_ui->referringAgency->setText(d.referringAgency);
    m_ui->referringDocNo->setText(d.referringDocNo);
    m_ui->category->setCurrentIndex(d.categoryId ? std::max(0, m_ui->category->findData(*d.categoryId)) : 0);
    select(m_ui->urgency, d.urgency);
    m_autoCategory = d.categoryId;
    m_autoUrgency = d.urgency;
    m_ui->summary->setPlainText(d.summary);
    m_ui->actionTaken->setPlainText(d.actionTaken);
    select(m_ui->status, d.status);
}

void EntryDialog::showEntryDetails()
{
    const core::JournalEntry& e = *m_existing;
    QStringList parts;
    if (e.version > 1 && e.updatedAt.isValid())
        parts << tr("Entry %1 · registered by %2 at %3 · last changed by %4 at %5")
                     .arg(e.registrationNumber(), e.createdByName, e.createdAt.toString(kDateTimeFormat),
                          e.updatedByName, e.updatedAt.toString(kDateTimeFormat));
    else
        parts << tr("Entry %1 · registered by %2 at %3")
                     .arg(e.registrationNumber(), e.createdByName, e.createdAt.toString(kDateTimeFormat));
    if (e.draft.disposition != core::Disposition::Case)
        parts << core::label(e.draft.disposition);
    m_ui->header->setText(parts.join(QStringLiteral(" · ")));
    m_ui->header->show();

    m_ui->history->clear();
    auto history = m_journal.history(e.id);
    if (!history) {
        showError(history.error());
        m_ui->historyButton->hide();
        return;
    }
    for (const core::EntryChange& change : *history) {
        for (const core::FieldChange& f : change.fields) {
            const QString line = tr("%1 — %2: %3: %4 → %5")
                                     .arg(change.changedAt.toString(kDateTimeFormat), change.changedByName,
                                          core::JournalService::fieldLabel(f.field), shownValue(f.field, f.before),
                                          shownValue(f.field, f.after));
            auto* item = new QListWidgetItem(line.simplified(), m_ui->history);
            item->setToolTip(line);
        }
    }
    m_ui->historyButton->setText(tr("H&istory (%1)").arg(m_ui->history->count()));
    m_ui->historyButton->setVisible(m_ui->history->count() > 0);
}

core::EntryDraft EntryDialog::draft() const
{
    core::EntryDraft d = m_loaded;
    const QDateTime at = m_ui->receivedAt->dateTime();
    // The form shows minutes: an unchanged minute keeps the stored seconds, a changed one has none.
    if (minuteOf(at) == minuteOf(m_loaded.receivedAt))
        d.receivedAt = m_loaded.receivedAt;
    else
        d.receivedAt = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
    d.channel = selected(m_ui->channel, m_loaded.channel);
    d.line = m_ui->line->text();
    d.callerType = selected(m_ui->callerType, m_loaded.callerType);
    d.anonymous = m_ui->anonymous->isChecked();
    // While «Anonymous» is ticked the editors are empty and what was typed waits aside.
    d.applicantName = m_ui->applicantName->text();
    d.applicantPhone = m_ui->applicantPhone->text();
    d.referringAgency = m_ui->referringAgency->text();
    d.referringDocNo = m_ui->referringDocNo->text();
    const QVariant category = m_ui->category->currentData();
    d.categoryId = category.isValid() ? std::optional<core::CategoryId>(category.toLongLong()) : std::nullopt;
    d.urgency = selected(m_ui->urgency, m_loaded.urgency);
    d.summary = m_ui->summary->toPlainText();
    d.actionTaken = m_ui->actionTaken->toPlainText();
    d.status = selected(m_ui->status, m_loaded.status);
    return d;
}

bool EntryDialog::isModified() const
{
    return draft() != m_loaded || (m_familyPanel && m_familyPanel->isChanged()) || checklist() != m_loadedChecklist;
}

void EntryDialog::enableFamilies(core::FamilyService& families)
{
    if (m_familyPanel)
        return;
    m_familyPanel = new FamilyLinkPanel(
        families,
        [this] {
            core::JournalEntry entry;
            entry.draft = draft();
            return core::FamilyService::draftFromEntry(entry);
        },
        this);
    // Below the status, above the history: the family comes after the appeal is written down.
    const int at = m_ui->mainLayout->indexOf(m_ui->historyButton);
    m_ui->mainLayout->insertWidget(at, m_familyPanel);
    setTabOrder(m_ui->status, m_familyPanel->searchEdit());
    setTabOrder(m_familyPanel->searchEdit(), m_familyPanel->newFamilyButton());
    setTabOrder(m_familyPanel->newFamilyButton(), m_ui->buttons->button(QDialogButtonBox::Save));
    if (m_existing)
        m_familyPanel->setLinkedFamily(m_existing->familyId);
    // The caller's phone is the likeliest way to the family: look it up as soon as it is typed.
    connect(m_ui->applicantPhone, &QLineEdit::editingFinished, this, [this] {
        if (!m_familyPanel->isChanged() && !(m_existing && m_existing->familyId))
            m_familyPanel->suggest(m_ui->applicantPhone->text());
    });
    if (m_existing && !m_existing->familyId)
        m_familyPanel->suggest(m_existing->draft.applicantPhone);
}

void EntryDialog::enableNavigator(core::NavigatorService& navigator)
{
    if (m_navigator)
        return;
    m_navigator = &navigator;
    m_ui->situationLabel->show();
    m_ui->situation->show();
    core::EntryChecklist kept;
    if (m_existing) {
        if (auto found = navigator.checklistOf(m_existing->id))
            kept = *found;
        else
            showError(found.error());
    }
    loadNavigator(kept);
}

void EntryDialog::loadNavigator(const core::EntryChecklist& kept)
{
    m_loadedChecklist = kept;
    auto situations = m_navigator->situations();
    if (!situations)
        showError(situations.error());
    m_situations = situations.value_or(QList<core::LifeSituation>());
    const QSignalBlocker blocker(m_ui->situation);
    QComboBox* combo = m_ui->situation;
    combo->clear();
    combo->addItem(tr("(none)"));
    for (const core::LifeSituation& situation : std::as_const(m_situations))
        combo->addItem(situation.title, situation.id);
    if (kept.situationId && combo->findData(*kept.situationId) < 0) {
        // Switched off since the entry chose it: the entry keeps it.
        if (auto own = m_navigator->situation(*kept.situationId))
            m_situations << *own;
        combo->addItem(tr("%1 (no longer used)").arg(kept.situationTitle), *kept.situationId);
    }
    combo->setCurrentIndex(kept.situationId ? std::max(0, combo->findData(*kept.situationId)) : 0);
    showChecklist(kept);
}

void EntryDialog::situationChosen()
{
    if (!m_navigator)
        return;
    const QVariant chosen = m_ui->situation->currentData();
    if (!chosen.isValid()) {
        showChecklist({});
        return;
    }
    const core::LifeSituationId id = chosen.toLongLong();
    const auto situation = std::ranges::find(m_situations, id, &core::LifeSituation::id);
    if (m_loadedChecklist.situationId == id)
        showChecklist(m_loadedChecklist); // the steps as the entry keeps them, with its ticks
    else if (situation != m_situations.cend())
        showChecklist(core::NavigatorService::checklistFor(*situation));
    if (situation == m_situations.cend())
        return;

    // The situation's defaults replace what the form put in place, never what the dispatcher chose.
    const QVariant category = m_ui->category->currentData();
    const std::optional<core::CategoryId> shown =
        category.isValid() ? std::optional<core::CategoryId>(category.toLongLong()) : std::nullopt;
    if (situation->categoryId && shown == m_autoCategory) {
        if (const int index = m_ui->category->findData(*situation->categoryId); index >= 0) {
            m_ui->category->setCurrentIndex(index);
            m_autoCategory = situation->categoryId;
        }
    }
    if (selected(m_ui->urgency, m_autoUrgency) == m_autoUrgency) {
        select(m_ui->urgency, situation->urgency);
        m_autoUrgency = situation->urgency;
    }
}

void EntryDialog::showChecklist(const core::EntryChecklist& checklist)
{
    for (QCheckBox* box : std::as_const(m_checks)) {
        if (box->hasFocus())
            m_ui->situation->setFocus(Qt::OtherFocusReason);
        delete box;
    }
    m_checks.clear();
    m_shownChecklist = checklist;
    const int width = fontMetrics().averageCharWidth() * 60;
    for (const core::ChecklistMark& mark : checklist.marks) {
        auto* box = new QCheckBox(checkBoxText(mark.text, fontMetrics(), width), m_ui->situationPanel);
        box->setChecked(mark.ticked);
        box->setToolTip(mark.text);
        m_ui->checklistLayout->addWidget(box);
        box->show(); // at once, not when the layout gets round to it: Tab may come first
        m_checks << box;
    }
    // The steps come right after the situation, before the category it set.
    QWidget* previous = m_ui->situation;
    for (QCheckBox* box : std::as_const(m_checks)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_ui->category);
    showSituationDetails(checklist.situationId);
    m_ui->situationPanel->setVisible(checklist.situationId.has_value());
}

void EntryDialog::showSituationDetails(std::optional<core::LifeSituationId> id)
{
    const auto situation = id ? std::ranges::find(m_situations, *id, &core::LifeSituation::id) : m_situations.cend();
    if (situation == m_situations.cend()) {
        m_ui->situationPartners->clear();
        return;
    }
    QStringList html;
    if (!situation->services.isEmpty())
        html
            << QStringLiteral("<b>%1</b> %2").arg(tr("Services:").toHtmlEscaped(), situation->services.toHtmlEscaped());
    QStringList partners;
    for (const core::Partner& partner : situation->partners) {
        if (!partner.active)
            continue;
        const QString details = partner.phone.isEmpty() ? core::label(partner.kind)
                                                        : tr("%1, %2").arg(core::label(partner.kind), partner.phone);
        partners << tr("%1 — %2").arg(partner.name, details).toHtmlEscaped();
    }
    if (!partners.isEmpty())
        html << QStringLiteral("<b>%1</b><br>%2")
                    .arg(tr("Partners:").toHtmlEscaped(), partners.join(QStringLiteral("<br>")));
    m_ui->situationPartners->setText(html.join(QStringLiteral("<br>")));
}

core::EntryChecklist EntryDialog::checklist() const
{
    core::EntryChecklist checklist = m_shownChecklist;
    for (qsizetype i = 0; i < checklist.marks.size() && i < m_checks.size(); ++i)
        checklist.marks[i].ticked = m_checks[i]->isChecked();
    return checklist;
}

QString EntryDialog::situationPartnersText() const
{
    return m_ui->situationPanel->isHidden()
               ? QString()
               : QTextDocumentFragment::fromHtml(m_ui->situationPartners->text()).toPlainText();
}

void EntryDialog::showHandoffs(const core::HandoffService& handoffs)
{
    if (!m_existing)
        return;
    if (!m_handoffs) {
        m_handoffs = new QLabel(this);
        m_handoffs->setWordWrap(true);
        m_handoffs->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->header) + 1, m_handoffs);
    }
    const auto moves = handoffs.historyOfEntry(m_existing->id);
    if (!moves) {
        m_handoffs->setText(moves.error().message);
        return;
    }
    QStringList lines;
    for (const core::HandoffTransition& move : *moves)
        lines << core::HandoffService::describe(move);
    m_handoffs->setText(
        lines.isEmpty() ? QString() : tr("Handed to curators:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_handoffs->setVisible(!lines.isEmpty());
}

QString EntryDialog::handoffText() const
{
    return m_handoffs && !m_handoffs->isHidden() ? m_handoffs->text() : QString();
}

QWidget* EntryDialog::field(const QString& name) const
{
    const std::pair<const char*, QWidget*> fields[] = {
        {"receivedAt", m_ui->receivedAt},
        {"channel", m_ui->channel},
        {"line", m_ui->line},
        {"callerType", m_ui->callerType},
        {"anonymous", m_ui->anonymous},
        {"applicantName", m_ui->applicantName},
        {"applicantPhone", m_ui->applicantPhone},
        {"referringAgency", m_ui->referringAgency},
        {"referringDocNo", m_ui->referringDocNo},
        {"situation", m_ui->situation},
        {"category", m_ui->category},
        {"urgency", m_ui->urgency},
        {"summary", m_ui->summary},
        {"actionTaken", m_ui->actionTaken},
        {"status", m_ui->status},
    };
    for (const auto& [code, widget] : fields) {
        if (name == QLatin1String(code))
            return widget;
    }
    return nullptr;
}

QString EntryDialog::bannerText() const
{
    return m_ui->banner->isHidden() ? QString() : m_ui->bannerLabel->text();
}

bool EntryDialog::reloadOffered() const
{
    return !m_ui->banner->isHidden() && !m_ui->reloadButton->isHidden();
}

bool EntryDialog::useMineOffered() const
{
    return !m_ui->banner->isHidden() && !m_ui->useMineButton->isHidden();
}

QString EntryDialog::headerText() const
{
    return m_ui->header->isHidden() ? QString() : m_ui->header->text();
}

QStringList EntryDialog::historyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->history->count(); ++i)
        lines << m_ui->history->item(i)->text();
    return lines;
}

void EntryDialog::accept()
{
    const core::EntryDraft d = draft();
    // The checklist is saved with the entry, in the same transaction, and only when it changed.
    core::JournalService::AlsoWrite alsoWrite;
    if (const core::EntryChecklist ticks = checklist(); m_navigator && ticks != m_loadedChecklist) {
        alsoWrite = [navigator = m_navigator, ticks](core::EntryId id) {
            return navigator->writeChecklist(id, ticks);
        };
    }
    auto saved = m_existing ? m_journal.updateEntry(m_existing->id, m_existing->version, d, alsoWrite)
                            : m_journal.registerEntry(d, alsoWrite);
    if (!saved) {
        showError(saved.error());
        return;
    }
    clearBanner();
    m_saved = *saved;
    if (m_familyPanel && m_familyPanel->isChanged()) {
        // The entry is saved whatever becomes of the link; a failed link is said and can be made again.
        if (auto linked = m_familyPanel->apply(*saved); linked)
            m_saved->familyId = *linked;
        else
            QMessageBox::warning(this, windowTitle(),
                                 tr("Entry %1 is saved, but it is not linked to the family: %2")
                                     .arg(saved->registrationNumber(), linked.error().message));
    }
    QDialog::accept();
}

void EntryDialog::reject()
{
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard the changes?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setInformativeText(tr("What you typed in this form will be lost."));
        box.setDefaultButton(QMessageBox::No);
        box.setEscapeButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

bool EntryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->receivedAt && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        if (!(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (mods & Qt::ShiftModifier))) {
                focusPreviousChild();
                return true;
            }
            if (key->key() == Qt::Key_Tab) {
                focusNextChild();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EntryDialog::showError(const core::Error& error)
{
    m_ui->banner->setStyleSheet(kBannerStyle);
    m_ui->bannerLabel->setText(error.message);
    m_ui->banner->show();
    const bool canReload = error.kind == core::Error::Kind::Conflict && m_existing;
    m_ui->reloadButton->setVisible(canReload);
    m_ui->useMineButton->hide();

    QWidget* target = field(error.field);
    if (target && !target->isEnabled())
        target = m_ui->anonymous; // the name or phone of an anonymous appeal
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    else if (canReload)
        m_ui->reloadButton->setFocus(Qt::OtherFocusReason);
}

void EntryDialog::showNotice(const QString& message)
{
    m_ui->banner->setStyleSheet(kNoticeStyle);
    m_ui->bannerLabel->setText(message);
    m_ui->banner->show();
    m_ui->reloadButton->hide();
}

void EntryDialog::clearBanner()
{
    m_ui->bannerLabel->clear();
    m_ui->banner->hide();
    m_ui->reloadButton->hide();
    m_ui->useMineButton->hide();
}

void EntryDialog::setAnonymous(bool anonymous)
{
    if (anonymous) {
        m_hiddenName = m_ui->applicantName->text();
        m_hiddenPhone = m_ui->applicantPhone->text();
        m_ui->applicantName->clear();
        m_ui->applicantPhone->clear();
    } else {
        m_ui->applicantName->setText(m_hiddenName);
        m_ui->applicantPhone->setText(m_hiddenPhone);
        m_hiddenName.clear();
        m_hiddenPhone.clear();
    }
    m_ui->applicantName->setEnabled(!anonymous);
    m_ui->applicantPhone->setEnabled(!anonymous);
    m_ui->applicantName->setPlaceholderText(anonymous ? tr("Not kept for an anonymous appeal") : tr("Full name"));
    m_ui->applicantPhone->setPlaceholderText(anonymous ? tr("Not kept for an anonymous appeal")
                                                       : QStringLiteral("+7 (912) 345-67-89"));
}

void EntryDialog::updateCounter(const QPlainTextEdit* editor, QLabel* counter, int limit)
{
    const auto length = editor->toPlainText().trimmed().size();
    counter->setText(QStringLiteral("%1/%2").arg(length).arg(limit));
    const bool over = length > limit;
    counter->setStyleSheet(over ? kOverLimitStyle : QString());
    counter->setToolTip(over ? tr("%n character(s) too many", nullptr, int(length - limit)) : QString());
}

void EntryDialog::reloadEntry()
{
    if (!m_existing)
        return;
    // Reload never throws away what was typed, so it asks nothing first. The form shows the entry as it is saved now,
    // with the dispatcher's own changes put back on top wherever the other person left that field alone: what a
    // dispatcher interrupted by a colleague's save expects, since both pieces of work stay and only a field both of
    // them changed needs a decision. There the form shows the colleague's value (a save never overwrites what nobody
    // has seen), the banner names the field and quotes what the dispatcher had typed, and «Put my version back» shows
    // the dispatcher's own value again. Nothing is saved until the dispatcher saves.
    auto fresh = m_journal.entry(m_existing->id);
    if (!fresh) {
        core::Error error = fresh.error();
        if (error.kind == core::Error::Kind::NotFound)
            error.message = tr("Entry %1 was deleted at another workstation while you were editing it, so it cannot "
                               "be saved. Your text is still in the form: copy what you need into a new entry.")
                                .arg(m_existing->registrationNumber());
        showError(error);
        return;
    }
    const core::EntryDraft mine = draft();
    const core::EntryChecklist mineChecklist = checklist();
    const core::EntryChecklist baseChecklist = m_loadedChecklist;
    auto merged = core::JournalService::mergeDrafts(m_loaded, mine, fresh->draft);

    m_existing = *fresh;
    loadCategories(fresh->draft.categoryId, fresh->categoryTitle);
    load(merged.draft);
    m_loaded = fresh->draft;
    if (m_navigator) {
        const auto kept = m_navigator->checklistOf(fresh->id);
        if (!kept)
            showError(kept.error());
        const core::EntryChecklist theirs = kept.value_or(core::EntryChecklist{});
        loadNavigator(theirs);
        // The checklist merges as one more field.
        if (mineChecklist != baseChecklist && mineChecklist != theirs) {
            if (theirs == baseChecklist) {
                showOwnChecklist(mineChecklist);
                merged.reapplied << kSituation;
            } else {
                merged.collided << kSituation;
            }
        }
    }
    m_mine = mine;
    m_mineChecklist = mineChecklist;
    m_collided = merged.collided;
    showEntryDetails();

    const core::JournalEntry& e = *m_existing;
    QStringList notice{tr("Entry %1 now shows what %2 saved at %3 (%4).")
                           .arg(e.registrationNumber(), e.updatedByName, core::text::shownTime(e.updatedAt),
                                core::text::shownDate(e.updatedAt.toLocalTime().date()))};
    if (!merged.reapplied.isEmpty())
        notice << tr("Your changes to %1 are back in the form: save to keep them.").arg(fieldNames(merged.reapplied));
    if (!merged.collided.isEmpty()) {
        QStringList yours;
        for (const QString& code : std::as_const(merged.collided)) {
            const QString typed = typedExcerpt(mine, code);
            yours << (typed.isEmpty() ? fieldName(code) : tr("%1 (yours: «%2»)").arg(fieldName(code), typed));
        }
        notice << tr("You both changed %1: the form shows their version, and «Put my version back» shows yours.")
                      .arg(yours.join(QStringLiteral("; ")));
    }
    if (merged.reapplied.isEmpty() && merged.collided.isEmpty())
        notice << tr("None of your changes needed putting back.");
    showNotice(notice.join(QLatin1Char(' ')));
    m_ui->useMineButton->setVisible(!merged.collided.isEmpty());
    if (!merged.collided.isEmpty())
        m_ui->useMineButton->setFocus(Qt::OtherFocusReason);
    else
        m_ui->receivedAt->setFocus(Qt::OtherFocusReason);
}

void EntryDialog::useMine()
{
    if (m_collided.isEmpty())
        return;
    const core::EntryDraft loaded = m_loaded;
    load(core::takeFields(core::JournalService::draftFields(), draft(), m_mine, m_collided));
    m_loaded = loaded;
    if (m_navigator && m_collided.contains(kSituation))
        showOwnChecklist(m_mineChecklist);
    showNotice(tr("Your version of %1 is back in the form: saving puts it over theirs.").arg(fieldNames(m_collided)));
    m_collided.clear();
    m_ui->useMineButton->hide();
    m_ui->receivedAt->setFocus(Qt::OtherFocusReason);
}

void EntryDialog::showOwnChecklist(const core::EntryChecklist& checklist)
{
    {
        const QSignalBlocker blocker(m_ui->situation);
        m_ui->situation->setCurrentIndex(
            checklist.situationId ? std::max(0, m_ui->situation->findData(*checklist.situationId)) : 0);
    }
    showChecklist(checklist);
}

} // namespace zabota::ui
