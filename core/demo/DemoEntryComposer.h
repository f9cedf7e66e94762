// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoVocabulary.h"
#include "core/journal/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QRandomGenerator;

namespace zabota::core {

// Makes up one plausible appeal of a Russian family dispatcher service: who called and how, about what, what the
// dispatcher did, and where it stands now. Every choice comes from the random generator it is given, so the same
// generator state gives the same appeal.
class DemoEntryComposer final {
public:
    // `categories[topic]` is the category an appeal of that topic is filed under; `curators` are the curators'
    // names in the dative, as «Передано куратору случая …» needs them.
    DemoEntryComposer(QRandomGenerator& rng, QList<CategoryId> categories, QStringList curators);

    // An appeal received at `receivedAt`, `ageDays` days before the end of the demo period (old ones are closed,
    // recent ones still open). Off working hours nobody walks in and no post is opened.
    [[nodiscard]] EntryDraft compose(const QDateTime& receivedAt, int ageDays, bool workingHours);

private:
    enum class Relation { Parent, Grandparent, AuntUncle, Sibling, None };

    // The slots of one appeal's texts.
    struct Context {
        bool applicantFemale = true;
        bool childFemale = false;
        Relation relation = Relation::Parent;
        QString who;
        int age = 0;
        int youngAge = 0;
        int agency = -1;
        Channel channel = Channel::Phone;
        QDateTime receivedAt;
    };

    struct Applicant {
        QString name;
        QString phone;
        bool female = true;
    };

    [[nodiscard]] EntryDraft quickCall(const QDateTime& receivedAt);
    [[nodiscard]] QString expand(QStringView text, const Context& c);
    [[nodiscard]] QString slot(QStringView name, const Context& c);
    [[nodiscard]] QString childForm(const Context& c, int grammaticalCase) const;
    [[nodiscard]] QString action(demo::Topic topic, demo::Voice voice, Urgency urgency, bool crisis, EntryStatus status,
                                 const Context& c);
    [[nodiscard]] EntryStatus statusFor(int ageDays);
    [[nodiscard]] Urgency urgencyFor(demo::Topic topic, demo::Voice voice);
    [[nodiscard]] Channel channelFor(demo::Voice voice, bool workingHours);
    [[nodiscard]] QString adultName(bool female);
    [[nodiscard]] QString childName(bool female);
    [[nodiscard]] QString mobilePhone();
    [[nodiscard]] QString cityPhone();
    [[nodiscard]] QString appointment(const QDateTime& receivedAt);
    [[nodiscard]] QString digits(int count);

    [[nodiscard]] int uniform(int lowest, int highest); // both inclusive
    [[nodiscard]] bool chance(int percent);
    [[nodiscard]] int weighted(std::initializer_list<int> weights);
    [[nodiscard]] const QString& pick(const QStringList& items);

    QRandomGenerator& m_rng;
    const demo::Vocabulary& m_words;
    QList<CategoryId> m_categories;
    QStringList m_curators;
    QList<QList<int>> m_familyTemplates; // by topic
    QList<int> m_childTemplates;
    QList<int> m_neighbourTemplates;
    QList<int> m_agencyTemplates;
    QHash<int, QList<int>> m_agenciesOfTemplate; // the agencies that may send an agency template
    QList<Applicant> m_recentParents;            // callers who ring again
    int m_nextRecent = 0;
};

} // namespace zabota::core
