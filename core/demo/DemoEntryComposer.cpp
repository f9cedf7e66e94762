// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoEntryComposer.h"

#include "core/demo/DemoRandom.h"

#include <QRandomGenerator>

namespace zabota::core {

using demo::Topic;
using demo::Voice;

namespace {

constexpr int kRecentCallers = 1000;

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// An age as counted («мальчику 1 год, 3 года, 15 лет») or, after a noun, in the genitive («дочь 1 года, 3 лет»).
QString ageText(int years, bool genitive)
{
    const int last = years % 10;
    const int lastTwo = years % 100;
    const char* unit = "лет";
    if (last == 1 && lastTwo != 11)
        unit = genitive ? "года" : "год";
    else if (!genitive && last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14))
        unit = "года";
    return QString::number(years) + QLatin1Char(' ') + u(unit);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The child as the applicant calls them, in the six cases: nominative, accusative, genitive, dative,
// instrumental, prepositional. Rows: son, daughter, grandson, granddaughter, nephew, niece, brother, sister.
const char* const kChildForms[8][6] = {
    {"сын", "сына", "сына", "сыну", "сыном", "сыне"},
    {"дочь", "дочь", "дочери", "дочери", "дочерью", "дочери"},
    {"внук", "внука", "внука", "внуку", "внуком", "внуке"},
    {"внучка", "внучку", "внучки", "внучке", "внучкой", "внучке"},
    {"племянник", "племянника", "племянника", "племяннику", "племянником", "племяннике"},
    {"племянница", "племянницу", "племянницы", "племяннице", "племянницей", "племяннице"},
    {"брат", "брата", "брата", "брату", "братом", "брате"},
    {"сестра", "сестру", "сестры", "сестре", "сестрой", "сестре"},
};

// The same for a child of no relation to the applicant (a pupil, a neighbour's child).
const char* const kStrangerChildForms[2][6] = {
    {"мальчик", "мальчика", "мальчика", "мальчику", "мальчиком", "мальчике"},
    {"девочка", "девочку", "девочки", "девочке", "девочкой", "девочке"},
};

const QString kMainLine = QString::fromUtf8("Семейная диспетчерская");
const QString kTrustLine = QString::fromUtf8("Телефон доверия");
const QString kChildLine = QString::fromUtf8("Детский телефон доверия");

} // namespace

DemoEntryComposer::DemoEntryComposer(QRandomGenerator& rng, QList<CategoryId> categories, QStringList curators)
    : m_rng(rng)
    , m_words(demo::vocabulary())
    , m_categories(std::move(categories))
    , m_curators(std::move(curators))
{
    m_familyTemplates.resize(demo::kTopicCount);
    for (int i = 0; i < m_words.summaries.size(); ++i) {
        const demo::SummaryTemplate& t = m_words.summaries[i];
        switch (t.voice) {
        case Voice::Family:
            m_familyTemplates[int(t.topic)] << i;
            break;
        case Voice::Child:
            m_childTemplates << i;
            break;
        case Voice::Neighbour:
            m_neighbourTemplates << i;
            break;
        case Voice::Agency:
            m_agencyTemplates << i;
            for (int a = 0; a < m_words.agencies.size(); ++a) {
                if (t.agencyKinds.contains(m_words.agencies[a].kind))
                    m_agenciesOfTemplate[i] << a;
            }
            Q_ASSERT(!m_agenciesOfTemplate[i].isEmpty());
            break;
        }
    }
    if (m_curators.isEmpty())
        m_curators << QString::fromUtf8("Морозовой Н. П.");
    m_recentParents.reserve(kRecentCallers);
}

int DemoEntryComposer::uniform(int lowest, int highest)
{
    return int(m_rng.bounded(lowest, highest + 1));
}

bool DemoEntryComposer::chance(int percent)
{
    return demo::chance(m_rng, percent);
}

int DemoEntryComposer::weighted(std::initializer_list<int> weights)
{
    return demo::weighted(m_rng, weights);
}

const QString& DemoEntryComposer::pick(const QStringList& items)
{
    return items[m_rng.bounded(int(items.size()))];
}

QString DemoEntryComposer::digits(int count)
{
    QString result(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        result[i] = QLatin1Char(char('0' + m_rng.bounded(10)));
    return result;
}

QString DemoEntryComposer::mobilePhone()
{
    const QString prefix = pick(m_words.mobilePrefixes);
    const QString n = digits(7);
    const QStringView a = QStringView(n).mid(0, 3);
    const QStringView b = QStringView(n).mid(3, 2);
    const QStringView c = QStringView(n).mid(5, 2);
    // As dispatchers type them: every form the journal has seen.
    switch (weighted({35, 20, 15, 10, 10, 5, 5})) {
    case 0:
        return QStringLiteral("+7 (%1) %2-%3-%4").arg(prefix, a, b, c);
    case 1:
        return QStringLiteral("8 %1 %2 %3 %4").arg(prefix, a, b, c);
    case 2:
        return QLatin1Char('8') + prefix + n;
    case 3:
        return QStringLiteral("8-%1-%2-%3-%4").arg(prefix, a, b, c);
    case 4:
        return QLatin1String("+7") + prefix + n;
    case 5:
        return QStringLiteral("%1 %2-%3-%4").arg(prefix, a, b, c);
    default:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(prefix, a, b, c);
    }
}

QString DemoEntryComposer::cityPhone()
{
    const QString first = QString::number(uniform(2, 6));
    const QString rest = digits(4);
    const QStringView b = QStringView(rest).mid(0, 2);
    const QStringView c = QStringView(rest).mid(2, 2);
    switch (weighted({45, 35, 20})) {
    case 0:
        return QStringLiteral("8(%1)%2-%3-%4").arg(m_words.cityCode, first, b, c);
    case 1:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(m_words.cityCode, first, b, c);
    default:
        return QStringLiteral("%1-%2-%3").arg(first, b, c); // a local number, typed without the code
    }
}

QString DemoEntryComposer::adultName(bool female)
{
    const demo::Surname& surname = m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))];
    const demo::FatherName& father = m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))];
    const QString& first =
        female ? pick(m_words.femaleNames) : m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))].name;
    const QString& last = female ? surname.female : surname.male;
    const QString& patronymic = female ? father.daughterPatronymic : father.sonPatronymic;
    // Most give the full name; some only the surname and first name, some introduce themselves by name and
    // patronymic, as on the phone.
    switch (weighted({82, 12, 6})) {
    case 0:
        return last + QLatin1Char(' ') + first + QLatin1Char(' ') + patronymic;
    case 1:
        return last + QLatin1Char(' ') + first;
    default:
        return first + QLatin1Char(' ') + patronymic;
    }
}

QString DemoEntryComposer::childName(bool female)
{
    const demo::Surname& surname = m_words.surnames[m_rng.bounded(int(m_words.surnames.size()))];
    const QString& first =
        female ? pick(m_words.femaleNames) : m_words.maleNames[m_rng.bounded(int(m_words.maleNames.size()))].name;
    if (chance(30))
        return first;
    return (female ? surname.female : surname.male) + QLatin1Char(' ') + first;
}

QString DemoEntryComposer::appointment(const QDateTime& receivedAt)
{
    QDate day = receivedAt.date();
    for (int workdays = uniform(1, 6); workdays > 0;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --workdays;
    }
    int hour = uniform(9, 15);
    if (hour == 13) // lunch
        hour = 14;
    const QTime time(hour, chance(50) ? 0 : 30);
    return day.toString(QStringLiteral("dd.MM.yyyy")) + QString::fromUtf8(" в ") +
           time.toString(QStringLiteral("HH:mm"));
}

QString DemoEntryComposer::childForm(const Context& c, int grammaticalCase) const
{
    int row = 0;
    switch (c.relation) {
    case Relation::Parent:
        row = 0;
        break;
    case Relation::Grandparent:
        row = 2;
        break;
    case Relation::AuntUncle:
        row = 4;
        break;
    case Relation::Sibling:
        row = 6;
        break;
    case Relation::None:
        return u(kStrangerChildForms[c.childFemale ? 1 : 0][grammaticalCase]);
    }
    return u(kChildForms[row + (c.childFemale ? 1 : 0)][grammaticalCase]);
}

QString DemoEntryComposer::slot(QStringView name, const Context& c)
{
    if (name == u"who")
        return c.who;
    if (name == u"who_l")
        return c.who.toLower();
    if (name == u"child")
        return childForm(c, 0);
    if (name == u"Child")
        return capitalised(childForm(c, 0));
    if (name == u"child_acc")
        return childForm(c, 1);
    if (name == u"child_gen")
        return childForm(c, 2);
    if (name == u"child_dat")
        return childForm(c, 3);
    if (name == u"child_ins")
        return childForm(c, 4);
    if (name == u"child_pre")
        return childForm(c, 5);
    if (name == u"age")
        return ageText(c.age, true);
    if (name == u"age_n")
        return ageText(c.age, false);
    if (name == u"yage")
        return ageText(c.youngAge, true);
    if (name == u"teen") {
        const int first = m_rng.bounded(int(m_words.teenIssues.size()));
        if (chance(60))
            return m_words.teenIssues[first];
        const int second =
            (first + 1 + m_rng.bounded(int(m_words.teenIssues.size()) - 1)) % int(m_words.teenIssues.size());
        return m_words.teenIssues[first] + QLatin1String(", ") + m_words.teenIssues[second];
    }
    if (name == u"school")
        return pick(m_words.schools);
    if (name == u"addr")
        return pick(m_words.streets) + QString::fromUtf8(", д. ") + QString::number(uniform(1, 120)) +
               (chance(70) ? QString::fromUtf8(", кв. ") + QString::number(uniform(1, 180)) : QString());
    if (name == u"kids") {
        static const QStringList kids = {u("двое детей"), u("трое детей"), u("четверо детей"), u("пятеро детей")};
        return kids[weighted({40, 40, 14, 6})];
    }
    if (name == u"sum")
        return QString::number(uniform(8, 180)) + QString::fromUtf8(" тыс. руб.");
    if (name == u"agency")
        return c.agency >= 0 ? m_words.agencies[c.agency].fromName : QString();
    if (name == u"appt")
        return appointment(c.receivedAt);
    if (name == u"curator")
        return pick(m_curators);
    if (name == u"how") {
        switch (c.channel) {
        case Channel::Phone:
            return u("по телефону");
        case Channel::WalkIn:
            return u("в очной форме");
        case Channel::DistrictVisit:
            return u("на дому");
        case Channel::Email:
            return u("по электронной почте");
        case Channel::Letter:
            return u("письменно");
        default:
            return u("онлайн");
        }
    }
    return QString();
}

// Fills the slots, then resolves [he|she] by the applicant's gender and <he|she> by the child's.
QString DemoEntryComposer::expand(QStringView text, const Context& c)
{
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('{')) {
            const qsizetype end = text.indexOf(QLatin1Char('}'), i);
            out += expand(slot(text.mid(i + 1, end - i - 1), c), c);
            i = end;
        } else if (ch == QLatin1Char('[') || ch == QLatin1Char('<')) {
            const QChar close = ch == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('>');
            const bool female = ch == QLatin1Char('[') ? c.applicantFemale : c.childFemale;
            const qsizetype end = text.indexOf(close, i);
            const QStringView options = text.mid(i + 1, end - i - 1);
            const qsizetype bar = options.indexOf(QLatin1Char('|'));
            out += female ? options.mid(bar + 1) : options.left(bar);
            i = end;
        } else {
            out += ch;
        }
    }
    return out;
}

EntryStatus DemoEntryComposer::statusFor(int ageDays)
{
    // Old appeals are long closed; the last days' are still being worked on.
    int pickIndex = 0;
    if (ageDays <= 1)
        pickIndex = weighted({50, 30, 12, 8});
    else if (ageDays <= 7)
        pickIndex = weighted({15, 40, 20, 25});
    else if (ageDays <= 30)
        pickIndex = weighted({3, 30, 17, 50});
    else if (ageDays <= 90)
        pickIndex = weighted({0, 10, 8, 82});
    else
        pickIndex = weighted({0, 1, 1, 98});
    static constexpr EntryStatus kStatuses[] = {EntryStatus::New, EntryStatus::InWork, EntryStatus::HandedOff,
                                                EntryStatus::Closed};
    return kStatuses[pickIndex];
}

Urgency DemoEntryComposer::urgencyFor(Topic topic, Voice voice)
{
    int index = 0;
    if (topic == Topic::Violence)
        index = voice == Voice::Agency ? weighted({60, 32, 8}) : weighted({50, 32, 18});
    else if (voice == Voice::Agency)
        index = weighted({85, 14, 1});
    else if (voice == Voice::Child)
        index = topic == Topic::Other || topic == Topic::Behaviour ? weighted({95, 5, 0}) : weighted({70, 25, 5});
    else if (topic == Topic::Housing)
        index = weighted({80, 14, 6});
    else if (topic == Topic::Addiction)
        index = weighted({85, 12, 3});
    else
        index = weighted({92, 7, 1});
    static constexpr Urgency kUrgencies[] = {Urgency::Planned, Urgency::Urgent, Urgency::Emergency};
    return kUrgencies[index];
}

Channel DemoEntryComposer::channelFor(Voice voice, bool workingHours)
{
    static constexpr Channel kChannels[] = {Channel::Phone,  Channel::WalkIn,       Channel::Email,
                                            Channel::VK,     Channel::OK,           Channel::Messenger,
                                            Channel::Letter, Channel::DistrictVisit};
    int index = 0;
    switch (voice) {
    case Voice::Family:
        index = weighted({53, 14, 8, 6, 4, 7, 3, 5});
        break;
    case Voice::Child:
        index = weighted({55, 5, 0, 20, 0, 20, 0, 0});
        break;
    case Voice::Neighbour:
        index = weighted({80, 10, 0, 0, 0, 10, 0, 0});
        break;
    case Voice::Agency:
        index = weighted({30, 0, 40, 0, 0, 0, 30, 0});
        break;
    }
    Channel channel = kChannels[index];
    // Nobody walks in, visits or opens the post at night or at the weekend: those came by phone.
    if (!workingHours &&
        (channel == Channel::WalkIn || channel == Channel::DistrictVisit || channel == Channel::Letter))
        channel = Channel::Phone;
    return channel;
}

QString DemoEntryComposer::action(Topic topic, Voice voice, Urgency urgency, bool crisis, EntryStatus status,
                                  const Context& c)
{
    if (status == EntryStatus::New)
        return {};
    QString main;
    if (urgency == Urgency::Emergency || crisis) {
        main = pick(m_words.emergencies);
    } else if (status == EntryStatus::HandedOff) {
        main = pick(m_words.handoffs);
    } else {
        const demo::TopicActions& pool =
            voice == Voice::Family ? m_words.actions[int(topic)] : m_words.voiceActions[int(voice)];
        const bool longCase = voice == Voice::Family && (topic == Topic::Spousal || topic == Topic::ParentChild ||
                                                         topic == Topic::Violence || topic == Topic::Addiction);
        if (status == EntryStatus::InWork)
            main = pick(pool.inWork);
        else if (longCase && chance(12))
            main = QString::fromUtf8("Передано куратору случая {curator}, семья взята на сопровождение");
        else
            main = pick(pool.closed);
    }
    if (voice == Voice::Family) {
        if (urgency == Urgency::Urgent && chance(50) && (topic == Topic::Spousal || topic == Topic::ParentChild))
            main.prepend(QString::fromUtf8("Оказана экстренная психологическая помощь {how}. "));
        const QString& extra = pick(m_words.extras);
        const QString meeting = QString::fromUtf8("Информированный");
        if (chance(18) && !(main.contains(meeting) && extra.contains(meeting)))
            main += QLatin1String(". ") + extra;
    }
    return expand(main, c);
}

EntryDraft DemoEntryComposer::quickCall(const QDateTime& receivedAt)
{
    static constexpr Disposition kDispositions[] = {Disposition::Silent, Disposition::HangUp, Disposition::WrongNumber,
                                                    Disposition::Information};
    EntryDraft d;
    d.receivedAt = receivedAt;
    d.channel = Channel::Phone;
    const int line = weighted({60, 25, 15});
    d.line = line == 0 ? kMainLine : line == 1 ? kTrustLine : kChildLine;
    d.callerType = CallerType::Anonymous;
    d.anonymous = true;
    d.urgency = Urgency::Planned;
    d.status = EntryStatus::Closed;
    d.disposition = kDispositions[weighted({35, 30, 15, 20})];
    return d;
}

EntryDraft DemoEntryComposer::compose(const QDateTime& receivedAt, int ageDays, bool workingHours)
{
    // One call in seven carries no case: silence, a hang-up, a wrong number, a question answered at once.
    if (chance(15))
        return quickCall(receivedAt);

    EntryDraft d;
    d.receivedAt = receivedAt;
    Context c;
    c.receivedAt = receivedAt;
    c.childFemale = chance(50);
    Voice voice = Voice::Family;
    std::optional<Applicant> returning;

    // Who calls: mostly parents; children in one appeal in five (seed 004: 19%).
    switch (weighted({62, 19, 8, 4, 7})) {
    case 0: {
        d.callerType = CallerType::Parent;
        if (!m_recentParents.isEmpty() && chance(12))
            returning = m_recentParents[m_rng.bounded(int(m_recentParents.size()))];
        c.applicantFemale = returning ? returning->female : chance(80);
        c.who = c.applicantFemale ? u("Мать") : u("Отец");
        c.relation = Relation::Parent;
        break;
    }
    case 1:
        d.callerType = CallerType::Child;
        voice = Voice::Child;
        c.applicantFemale = chance(58);
        c.childFemale = c.applicantFemale;
        c.relation = Relation::None;
        break;
    case 2: {
        d.callerType = CallerType::Relative;
        static const std::pair<const char*, Relation> kRelatives[] = {
            {"Бабушка", Relation::Grandparent},    {"Дедушка", Relation::Grandparent},
            {"Тётя", Relation::AuntUncle},         {"Дядя", Relation::AuntUncle},
            {"Старшая сестра", Relation::Sibling}, {"Старший брат", Relation::Sibling},
        };
        const int which = weighted({45, 15, 20, 5, 10, 5});
        c.who = u(kRelatives[which].first);
        c.relation = kRelatives[which].second;
        c.applicantFemale = which % 2 == 0;
        break;
    }
    case 3:
        d.callerType = CallerType::Neighbour;
        voice = Voice::Neighbour;
        c.applicantFemale = chance(70);
        c.relation = Relation::None;
        break;
    default:
        d.callerType = CallerType::Agency;
        voice = Voice::Agency;
        c.applicantFemale = chance(85);
        c.relation = Relation::None;
        break;
    }

    // What about: for families by the shares of seed 004 (psychological help 59%), for the others their own kinds.
    int templateIndex = 0;
    if (voice == Voice::Family) {
        Topic topic = Topic::Other;
        if (c.relation == Relation::Parent)
            topic = Topic(weighted({34, 36, 6, 8, 3, 3, 3, 2, 2, 2, 1}));
        else
            topic = Topic(weighted({0, 44, 10, 14, 0, 5, 6, 6, 9, 3, 3}));
        const QList<int>& candidates = m_familyTemplates[int(topic)];
        templateIndex = candidates[m_rng.bounded(int(candidates.size()))];
    } else {
        const QList<int>& candidates = voice == Voice::Child       ? m_childTemplates
                                       : voice == Voice::Neighbour ? m_neighbourTemplates
                                                                   : m_agencyTemplates;
        templateIndex = candidates[m_rng.bounded(int(candidates.size()))];
        if (voice == Voice::Agency) {
            const QList<int>& senders = m_agenciesOfTemplate[templateIndex];
            c.agency = senders[m_rng.bounded(int(senders.size()))];
        }
    }
    const demo::SummaryTemplate& summary = m_words.summaries[templateIndex];
    const Topic topic = summary.topic;
    const bool teenage =
        topic == Topic::ParentChild || topic == Topic::Behaviour || topic == Topic::Addiction || voice == Voice::Child;
    c.age = topic == Topic::Employment ? uniform(14, 17)
            : teenage                  ? uniform(voice == Voice::Child ? 10 : 11, 17)
                                       : uniform(1, 17);
    c.youngAge = uniform(2, 9);
    d.summary = expand(summary.text, c);
    d.categoryId = m_categories[int(topic)];

    // About one appeal in ten is anonymous, most of them children on the children's helpline.
    const int anonymousPercent = voice == Voice::Child       ? 35
                                 : voice == Voice::Neighbour ? 15
                                 : voice == Voice::Agency    ? 0
                                                             : 4;
    d.anonymous = !returning && chance(anonymousPercent);
    d.channel = returning && chance(70) ? Channel::Phone : channelFor(voice, workingHours);
    c.channel = d.channel;
    if (d.anonymous && voice != Voice::Child && chance(50))
        d.callerType = CallerType::Anonymous;
    if (d.channel == Channel::Phone) {
        if (voice == Voice::Child && d.anonymous)
            d.line = kChildLine;
        else
            d.line = chance(75) ? kMainLine : kTrustLine;
    }

    if (!d.anonymous) {
        if (returning) {
            d.applicantName = returning->name;
            d.applicantPhone = returning->phone;
        } else {
            d.applicantName = voice == Voice::Child ? childName(c.applicantFemale) : adultName(c.applicantFemale);
            int phonePercent = 0;
            switch (d.channel) {
            case Channel::Phone:
                phonePercent = 92; // caller ID
                break;
            case Channel::WalkIn:
                phonePercent = 70;
                break;
            case Channel::DistrictVisit:
                phonePercent = 65;
                break;
            case Channel::Letter:
                phonePercent = 55;
                break;
            default:
                phonePercent = 38;
                break;
            }
            if (chance(phonePercent)) {
                const bool city = voice == Voice::Agency ? chance(80) : chance(12);
                d.applicantPhone = city ? cityPhone() : mobilePhone();
            }
            if (d.callerType == CallerType::Parent && !d.applicantPhone.isEmpty()) {
                const Applicant caller{d.applicantName, d.applicantPhone, c.applicantFemale};
                if (m_recentParents.size() < kRecentCallers)
                    m_recentParents.append(caller);
                else
                    m_recentParents[m_nextRecent] = caller;
                m_nextRecent = (m_nextRecent + 1) % kRecentCallers;
            }
        }
    }

    if (voice == Voice::Agency) {
        const demo::Agency& agency = m_words.agencies[c.agency];
        d.referringAgency = agency.name;
        const QDate sent = receivedAt.date().addDays(-uniform(0, 6));
        d.referringDocNo =
            agency.documentFormat.arg(QString::number(uniform(12, 2400)), sent.toString(QStringLiteral("dd.MM.yyyy")));
    }

    d.urgency = summary.crisis ? (chance(70) ? Urgency::Emergency : Urgency::Urgent) : urgencyFor(topic, voice);
    d.status = statusFor(ageDays);
    if (d.urgency == Urgency::Emergency && d.status == EntryStatus::New)
        d.status = EntryStatus::HandedOff; // an emergency is never left waiting
    d.actionTaken = action(topic, voice, d.urgency, summary.crisis, d.status, c);
    d.disposition = Disposition::Case;
    return d;
}

} // namespace zabota::core
