<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>zabota::app::DemoCommand</name>
    <message numerus="yes">
        <source>Filling %1 with %2 demo entries over %n year(s), seed %3…</source>
        <translation>
            <numerusform>Filling %1 with %2 demo entries over %n year, seed %3…</numerusform>
            <numerusform>Filling %1 with %2 demo entries over %n years, seed %3…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal in %1 holds %n entries already; demo data go only into an empty journal. Choose another database with --database.</source>
        <translation>
            <numerusform>The journal in %1 holds %n entry already; demo data go only into an empty journal. Choose another database with --database.</numerusform>
            <numerusform>The journal in %1 holds %n entries already; demo data go only into an empty journal. Choose another database with --database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::app::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (%2).</numerusform>
            <numerusform>Exported %n entries to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::app::MigrateCommand</name>
    <message numerus="yes">
        <source>  %1: %Ln rows copied</source>
        <translation>
            <numerusform>  %1: %Ln row copied</numerusform>
            <numerusform>  %1: %Ln rows copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseService</name>
    <message numerus="yes">
        <source>%n plan item(s) are not done yet. Close the case anyway? They will be marked cancelled.</source>
        <translation>
            <numerusform>%n plan item is not done yet. Close the case anyway? It will be marked cancelled.</numerusform>
            <numerusform>%n plan items are not done yet. Close the case anyway? They will be marked cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::core::ConnectionTester</name>
    <message numerus="yes">
        <source>%1 is a Zabota database with %n journal entries.</source>
        <translation>
            <numerusform>%1 is a Zabota database with %n journal entry.</numerusform>
            <numerusform>%1 is a Zabota database with %n journal entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::core::FamilyService</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalExporter</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::CallDesk</name>
    <message numerus="yes">
        <source>Lines: %n listened to</source>
        <translation>
            <numerusform>Lines: %n listened to</numerusform>
            <numerusform>Lines: %n listened to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phone lines saved: %n</source>
        <translation>
            <numerusform>Phone lines saved: %n</numerusform>
            <numerusform>Phone lines saved: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old call recordings deleted under the keeping rules (%1 freed).</source>
        <translation>
            <numerusform>%n old call recording deleted under the keeping rules (%1 freed).</numerusform>
            <numerusform>%n old call recordings deleted under the keeping rules (%1 freed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings could not be deleted: %1</source>
        <translation>
            <numerusform>%n recording could not be deleted: %1</numerusform>
            <numerusform>%n recordings could not be deleted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::CaseDesk</name>
    <message numerus="yes">
        <source>%n new handoff(s) in your inbox: Ctrl+I opens it.</source>
        <translation>
            <numerusform>%n new handoff in your inbox: Ctrl+I opens it.</numerusform>
            <numerusform>%n new handoffs in your inbox: Ctrl+I opens it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::CaseWindow</name>
    <message numerus="yes">
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Late by %n day</numerusform>
            <numerusform>Late by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::CasesWindow</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late thing(s)</source>
        <translation>
            <numerusform>, %n late thing</numerusform>
            <numerusform>, %n late things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::EntryDialog</name>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::ExportDesk</name>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyCardDialog</name>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyRegistryWindow</name>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::IncomingCallCard</name>
    <message numerus="yes">
        <source>Missed call at %1 (%n rings)</source>
        <translation>
            <numerusform>Missed call at %1 (%n ring)</numerusform>
            <numerusform>Missed call at %1 (%n rings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ringing (%n rings)</source>
        <translation>
            <numerusform>Ringing (%n ring)</numerusform>
            <numerusform>Ringing (%n rings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter</source>
        <translation>
            <numerusform>%n entry matches the filter</numerusform>
            <numerusform>%n entries match the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::NewFamilyDialog</name>
    <message numerus="yes">
        <source>%n family(ies) in the registry may be this one. Take one of them (Enter on the list), or press Create again to make a new family anyway.</source>
        <translation>
            <numerusform>%n family in the registry may be this one. Take it (Enter on the list), or press Create again to make a new family anyway.</numerusform>
            <numerusform>%n families in the registry may be this one. Take one of them (Enter on the list), or press Create again to make a new family anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::UsersDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
