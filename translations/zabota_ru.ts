<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>zabota::app::Application</name>
    <message>
        <source>Zabota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making up %1 demo appeals over %2 years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::app::CommandLine</name>
    <message>
        <source>The database file to open, created if missing (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console: ru or en (default: the one chosen in the settings, else ru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language «%1»: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not «%4».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zabota: the dispatcher console of a family social-service centre.
Run «%1 demo --help» to fill a database with demo data without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the journal is empty, fill it with %1 demo entries over %2 years first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave after the given number of milliseconds (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command «%1». The only command is «demo»; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the journal of an empty database with plausible, made-up appeals and the demo staff, without a window. Every demo user&apos;s password is «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command: fill a database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many appeals to make up (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years the journal covers (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed and end date give the same journal (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the journal ends before, as YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«demo» takes options only; see «%1 demo --help».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD, not «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::app::DemoCommand</name>
    <message numerus="yes">
        <source>The journal in %1 holds %n entries already; demo data go only into an empty journal. Choose another file with --database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filling %1 with %2 demo entries over %n year(s), seed %3…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2 entries (%3%), %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s: %2 users and %3 entries created in %4. The demo staff log in with the password «%5» (dispatcher petrova.a, curator morozova.n, supervisor belova.t); the administrator is created at the first start of the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::AuthService</name>
    <message>
        <source>Enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2 to 32 Latin letters, digits, dots, hyphens or underscores, for example ivanova.m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator has been created already. Log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is switched off. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::CallerType</name>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::CategoryRepository</name>
    <message>
        <source>Enter the category&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category title is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category «%1» exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VKontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odnoklassniki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask your administrator for write access, or start the console with --database and another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Zabota database. Choose the right file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database cannot be written there. Ask your administrator for write access, or start the console with --database and another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Zabota. Choose the right file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it is read-only. Nothing was saved; ask your administrator for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Zabota database or is damaged. Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::DemoGenerator</name>
    <message>
        <source>The number of demo entries must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo journal must cover 1 to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo journal needs a valid end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no active problem categories: add at least one, then generate the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Disposition</name>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::EntryStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalRepository</name>
    <message>
        <source>Entry %1 was changed by %2 at %3 while you were editing it. Your changes are still in the form: reload the entry to see theirs, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is numbered in %2: its date must stay in that year. Register a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed by someone else while you were editing it. Your changes are still in the form: reload the entry, then apply them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalService</name>
    <message>
        <source>Enter the date and time the appeal was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal cannot be received in the future: check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before %1: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 fit. Shorten it; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous appeal keeps no name or phone: clear them, or untick «Anonymous».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a phone number: use 5 to 15 digits, with spaces, brackets, hyphens and a leading + if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name or phone, or mark the appeal anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agency that referred the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the problem category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary of the appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the list of categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Migrator</name>
    <message>
        <source>The database upgrade %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two database upgrades carry the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Zabota carries no database schema. Reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Zabota (schema %1; this version knows %2). Update the console before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1, so it was left as it was. Please report this to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Role</name>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::Urgency</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::core::UserRepository</name>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::CategoriesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked categories are offered in the registration form. A category that is no longer needed is unticked: entries filed under it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of a new category, or a new title for the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::EntryDialog</name>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry as it is saved now; what you typed here is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the appeal was received. Type the digits, or change the part under the cursor with Up and Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line or address the appeal came to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calle&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name or phone is kept for an anonymous appeal. What you typed comes back if you untick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applica&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency that referred the family; required when the caller is an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters of a category to choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the summary and the action taken, Enter starts a new line and Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter — save, Esc — close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, or Ctrl+Enter in the text boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · registered by %2 at %3 · last changed by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · registered by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3: %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept for an anonymous appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reload entry %1 as it is saved now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has no administrator yet: create the administrator&apos;s account, who will then add the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::JournalFilterBar</name>
    <message>
        <source>Period the appeals were received in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher who registered the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, phone, words, 15/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds words of the applicant&apos;s name, summary and action taken, a phone number, or a registration number. Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dispatchers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::JournalModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number: number within the year / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: the emergency response service must act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zabota — hotline journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an appeal in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected entry to read or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the journal again, with entries made at other workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal by name, phone, words or registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silent call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a call with no case data at once, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users and see who may use the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem &amp;categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, switch on and off the categories of appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zabota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown with the current filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has been read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zabota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zabota %1&lt;/h3&gt;&lt;p&gt;The dispatcher console of a family social-service centre: the hotline journal of appeals.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Zabota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes after the console is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zabota::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ivanova.m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) has been added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
