// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zabota::core::demo {

// The life situations of the seeded problem categories, in their order (migration 0001).
enum class Topic {
    Spousal,
    ParentChild,
    Legal,
    Benefits,
    Employment,
    Housing,
    Violence,
    Addiction,
    Behaviour,
    Disability,
    Other
};
inline constexpr int kTopicCount = 11;

// Who speaks in a summary: a parent or relative of the child, the child, a neighbour, or a partner agency.
enum class Voice { Family, Child, Neighbour, Agency };

// A summary with slots the composer fills in:
//   {who} {who_l}        the applicant as the family calls them: «Мать», «бабушка»
//   {child} {Child}      the child as the applicant calls them (сын, внучка, …), and the cases _acc _gen _dat _ins
//   {age} {yage}         the child's age after a noun («сына 15 лет», «дочь 4 лет»): a teenager's, a young child's
//   {age_n}              the teenager's age as counted («мальчику 2 года»)
//   {teen}               what a teenager does that worries the family
//   {school} {addr} {kids} {sum} {agency} {appt} {curator}
//   {how}                how a consultation was given, by the channel: «по телефону», «в очной форме», …
//   [he|she]             the form for the applicant's gender; <he|she> the form for the child's.
struct SummaryTemplate {
    Topic topic;
    Voice voice;
    QString text;
    QString agencyKinds; // for Voice::Agency: the kinds of agency (Agency::kind) that send such a letter
    bool crisis = false; // a family in danger now: urgent or an emergency, whatever its topic
};

struct Surname {
    QString male;
    QString female;
};

// A man's first name and the patronymics of his son and daughter.
struct FatherName {
    QString name;
    QString sonPatronymic;
    QString daughterPatronymic;
};

// A partner that refers families: its name as the journal records it, the name after «из», and the form of its
// document number with %1 for the number and %2 for the date.
struct Agency {
    QString name;
    QString fromName;
    QString documentFormat;
    QChar kind; // s school, d kindergarten, k КДН и ЗП, p police, h hospital, o guardianship, z social protection,
                // e employment centre, c social services centre
};

// What dispatchers write in «action taken», by the state the appeal is in.
struct TopicActions {
    QStringList closed;
    QStringList inWork;
};

// A member of the demo centre's staff.
struct StaffMember {
    QString login;
    QString fullName;
    QString dativeShort; // «Морозовой Н. П.», as in «Передано куратору случая Морозовой Н. П.»
    Role role;
};

// The Russian words the demo journal is made of: names of the Ulyanovsk region (Russian, Tatar, Chuvash), the
// partner agencies of the Dimitrovgrad dispatcher service (seed 004), and the phrases of its journal.
struct Vocabulary {
    QList<Surname> surnames;
    QList<FatherName> maleNames;
    QStringList femaleNames;
    QList<SummaryTemplate> summaries;
    QStringList teenIssues;
    QStringList schools;
    QStringList streets;
    QList<Agency> agencies;
    QList<TopicActions> actions;      // a family's appeal, indexed by Topic
    QList<TopicActions> voiceActions; // a child's, a neighbour's, an agency's appeal, indexed by Voice
    QStringList handoffs;             // status "handed off"
    QStringList emergencies;          // urgency "emergency"
    QStringList extras;               // a second sentence now and then
    QStringList categoryTitles;       // indexed by Topic: the seeded titles
    QStringList mobilePrefixes;
    QString cityCode;
    QList<StaffMember> staff;
};

// Built once; immutable.
[[nodiscard]] const Vocabulary& vocabulary();

} // namespace zabota::core::demo
