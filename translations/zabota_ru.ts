<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>zabota::app::Application</name>
    <message>
        <source>Zabota</source>
        <translation>Забота</translation>
    </message>
    <message>
        <source>Making up %1 demo appeals over %2 years…</source>
        <translation>Создание демонстрационных данных: обращений — %1, лет — %2…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the user «%2».</source>
        <translation>Сервер базы данных %1 запрашивает пароль пользователя «%2».</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>этого компьютера</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings name the database %1. Change the connection settings, or quit?</source>
        <translation>В настройках этого рабочего места указана база данных %1. Изменить настройки подключения или выйти?</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Настройки подключения…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>zabota::app::CommandLine</name>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>The language of the console: ru or en (default: the one chosen in the settings, else ru).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — выбранный в настройках, иначе ru).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unknown language «%1»: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not «%4».</source>
        <translation>Для --%1 укажите целое число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>If the journal is empty, fill it with %1 demo entries over %2 years first.</source>
        <translation>Если журнал пуст, сначала заполнить его демонстрационными данными: записей — %1, лет — %2.</translation>
    </message>
    <message>
        <source>Leave after the given number of milliseconds (for smoke tests).</source>
        <translation>Завершить работу через заданное число миллисекунд (для проверочных запусков).</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Fills the journal of an empty database with plausible, made-up appeals and the demo staff, without a window. Every demo user&apos;s password is «%1».</source>
        <translation>Заполняет журнал пустой базы данных правдоподобными вымышленными обращениями и создаёт демонстрационных сотрудников, не открывая окна. Пароль всех демонстрационных пользователей — «%1».</translation>
    </message>
    <message>
        <source>The command: fill a database with demo data.</source>
        <translation>Команда: заполнить базу демонстрационными данными.</translation>
    </message>
    <message>
        <source>How many appeals to make up (default: %1).</source>
        <translation>Сколько обращений создать (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>How many years the journal covers (default: %1).</source>
        <translation>За сколько лет заполнить журнал (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>years</source>
        <translation>годы</translation>
    </message>
    <message>
        <source>The random seed: the same seed and end date give the same journal (default: %1).</source>
        <translation>Начальное значение генератора случайных чисел: при тех же значении и дате окончания получается тот же журнал (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>The day the journal ends before, as YYYY-MM-DD (default: today).</source>
        <translation>День, до которого заполняется журнал, в формате ГГГГ-ММ-ДД (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>«demo» takes options only; see «%1 demo --help».</source>
        <translation>Команда «demo» принимает только параметры; см. «%1 demo --help».</translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD, not «%1».</source>
        <translation>Для --end-date укажите дату в формате ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
    <message>
        <source>How many family cards to make up, tied to the appeals from their phones (default: %1).</source>
        <translation>Сколько учётных карт семей создать; обращения с их телефонов привязываются к ним (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Decodes a recording of the phone line (a WAV file at 8000 Hz, mono or stereo) with the caller ID and DTMF decoders and prints every event as one JSON object a line.</source>
        <translation>Расшифровывает запись телефонной линии (WAV-файл 8000 Гц, моно или стерео) декодерами определителя номера и DTMF и выводит каждое событие отдельной строкой в виде объекта JSON.</translation>
    </message>
    <message>
        <source>The command: decode a recording of the phone line.</source>
        <translation>Команда: расшифровать запись телефонной линии.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The recording to decode.</source>
        <translation>Запись, которую нужно расшифровать.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандарт</translation>
    </message>
    <message>
        <source>«line-replay» takes one recording; see «%1 line-replay --help».</source>
        <translation>«line-replay» принимает одну запись; см. «%1 line-replay --help».</translation>
    </message>
    <message>
        <source>The caller ID standard: bell202, v23, dtmf, aon (the Russian АОН) or auto (default: auto, all of them at once).</source>
        <translation>Стандарт определителя номера: bell202, v23, dtmf, aon (российский АОН) или auto (по умолчанию auto — все сразу).</translation>
    </message>
    <message>
        <source>Unknown caller ID standard «%1»: use bell202, v23, dtmf, aon or auto.</source>
        <translation>Неизвестный стандарт определителя «%1»: укажите bell202, v23, dtmf, aon или auto.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not «%2».</source>
        <translation>--%1 принимает дату в виде ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>Exports the hotline journal to a file without a window, for scheduled reports: CSV (UTF-8 with semicolons, as Russian Excel opens it), XLSX, or PDF (A4 landscape). The export is made on behalf of a console user who is a supervisor or an administrator (--user), whose password is read from --password-file or from the environment variable %1; it is written to the audit log with that user, this computer and the operating system&apos;s account.

Exit codes: 0 exported (one line on stdout: how many entries, which file); %2 wrong arguments or dates; %3 no entry matches; %4 the file cannot be written (no such folder, no permission, the disk is full); %5 the database cannot be read; %6 wrong login or password, or the user may not export. Messages go to stderr.</source>
        <translation>Выгружает журнал телефона доверия в файл без окна, для отчётов по расписанию: CSV (UTF-8 с точкой с запятой, как его открывает русский Excel), XLSX или PDF (A4, альбомная). Выгрузка делается от имени пользователя консоли — руководителя или администратора (--user), пароль которого читается из --password-file или из переменной окружения %1; она записывается в журнал аудита с этим пользователем, этим компьютером и учётной записью системы.

Коды выхода: 0 выгружено (одна строка в stdout: сколько записей, какой файл); %2 неверные аргументы или даты; %3 нет подходящих записей; %4 файл нельзя записать (нет папки, нет прав, диск заполнен); %5 базу данных нельзя прочитать; %6 неверный логин или пароль либо пользователю нельзя выгружать. Сообщения идут в stderr.</translation>
    </message>
    <message>
        <source>The command: export to a file.</source>
        <translation>Команда: выгрузка в файл.</translation>
    </message>
    <message>
        <source>What to export: the hotline journal.</source>
        <translation>Что выгружать: журнал телефона доверия.</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD.</source>
        <translation>Первый день периода, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD.</source>
        <translation>Последний день периода, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Instead of --from and --to: this-month, last-month, this-quarter, last-quarter, this-year or last-year (by the computer&apos;s date).</source>
        <translation>Вместо --from и --to: this-month, last-month, this-quarter, last-quarter, this-year или last-year (по дате компьютера).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf (default: from the output file&apos;s extension, else xlsx).</source>
        <translation>csv, xlsx или pdf (по умолчанию — по расширению файла, иначе xlsx).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists), or a folder to write «%1» in.</source>
        <translation>Файл для записи (заменяется, если существует) или папка, в которую записать «%1».</translation>
    </message>
    <message>
        <source>Only this channel: %1.</source>
        <translation>Только этот канал: %1.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Only this problem category, by its title or number.</source>
        <translation>Только эта категория проблем, по названию или номеру.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>Только этот статус: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Only the entries registered by this user (login).</source>
        <translation>Только записи, зарегистрированные этим пользователем (логин).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Only the entries the journal&apos;s search finds for these words, phone or registration number.</source>
        <translation>Только записи, которые поиск журнала находит по этим словам, телефону или регистрационному номеру.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>слова</translation>
    </message>
    <message>
        <source>The columns, separated by commas: %1 (default: those the console offers first).</source>
        <translation>Столбцы через запятую: %1 (по умолчанию — те, что консоль предлагает первыми).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>Leave out everything that could lead to the person: names, phones, registration and referral numbers, the summary and the action taken; dates without the time. For reports that leave the centre.</source>
        <translation>Исключить всё, что может указать на человека: имена, телефоны, регистрационные номера и номера направлений, содержание и принятые меры; даты без времени. Для отчётов, которые уходят из центра.</translation>
    </message>
    <message>
        <source>The login of the supervisor or administrator the export is made by (required).</source>
        <translation>Логин руководителя или администратора, от имени которого делается выгрузка (обязательно).</translation>
    </message>
    <message>
        <source>A file whose first line is that user&apos;s password; keep it readable by its owner only. Without it the password is taken from %1.</source>
        <translation>Файл, первая строка которого — пароль этого пользователя; он должен быть доступен для чтения только владельцу. Без него пароль берётся из %1.</translation>
    </message>
    <message>
        <source>See «%1 export journal --help».</source>
        <translation>См. «%1 export journal --help».</translation>
    </message>
    <message>
        <source>«export» exports the journal: «%1 export journal [options]». %2</source>
        <translation>«export» выгружает журнал: «%1 export journal [параметры]». %2</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Укажите либо --period, либо --from и --to, но не то и другое.</translation>
    </message>
    <message>
        <source>Unknown period «%1»: use this-month, last-month, this-quarter, last-quarter, this-year or last-year.</source>
        <translation>Неизвестный период «%1»: используйте this-month, last-month, this-quarter, last-quarter, this-year или last-year.</translation>
    </message>
    <message>
        <source>Name the file to write with --output. %1</source>
        <translation>Укажите файл для записи в --output. %1</translation>
    </message>
    <message>
        <source>Unknown format «%1»: use csv, xlsx or pdf.</source>
        <translation>Неизвестный формат «%1»: используйте csv, xlsx или pdf.</translation>
    </message>
    <message>
        <source>--format is %1, but the file %2 is named as %3. Make them agree.</source>
        <translation>--format указан как %1, но файл %2 назван как %3. Согласуйте их.</translation>
    </message>
    <message>
        <source>Say which format to write with --format csv, xlsx or pdf, or end the file&apos;s name in one of them.</source>
        <translation>Укажите формат: --format csv, xlsx или pdf, или дайте файлу одно из этих расширений.</translation>
    </message>
    <message>
        <source>Unknown channel «%1»: use %2.</source>
        <translation>Неизвестный канал «%1»: используйте %2.</translation>
    </message>
    <message>
        <source>Unknown status «%1»: use %2.</source>
        <translation>Неизвестный статус «%1»: используйте %2.</translation>
    </message>
    <message>
        <source>Name the supervisor or administrator the export is made by with --user LOGIN; the password comes from --password-file or %1.</source>
        <translation>Укажите руководителя или администратора, от имени которого делается выгрузка: --user ЛОГИН; пароль берётся из --password-file или %1.</translation>
    </message>
    <message>
        <source>The password of %1 is missing: give --password-file with a file readable only by you, or set the environment variable %2.</source>
        <translation>Нет пароля пользователя %1: укажите --password-file с файлом, доступным только вам, или задайте переменную окружения %2.</translation>
    </message>
    <message>
        <source>path or URL</source>
        <translation>путь или адрес</translation>
    </message>
    <message>
        <source>The database to open: a file, created if missing (default: the one chosen in Service → Database connection, else %1), or a database on a PostgreSQL server shared by several workstations, as postgresql://user@server[:port]/database[?sslmode=require]. Without a password in the address the console asks for it.</source>
        <translation>База данных: файл, создаётся, если его нет (по умолчанию: выбранная в Сервис → Подключение к базе данных, иначе %1), или база на сервере PostgreSQL, общая для нескольких рабочих мест, в виде postgresql://пользователь@сервер[:порт]/база[?sslmode=require]. Если в адресе нет пароля, консоль спросит его.</translation>
    </message>
    <message>
        <source>Zabota: the dispatcher console of a family social-service centre.
Run «%1 demo --help» to fill a database with demo data without opening a window, «%1 export journal --help» to export the journal to a file, «%1 migrate --help» to move a desk&apos;s database to a PostgreSQL server.</source>
        <translation>«Забота»: консоль диспетчера центра социальной помощи семье и детям.
Запустите «%1 demo --help», чтобы заполнить базу демонстрационными данными без окна, «%1 export journal --help», чтобы выгрузить журнал в файл, «%1 migrate --help», чтобы перенести базу рабочего места на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>Unknown command «%1». The commands are «demo», «export», «line-replay» and «migrate»; see --help.</source>
        <translation>Неизвестная команда «%1». Команды: «demo», «export», «line-replay» и «migrate»; см. --help.</translation>
    </message>
    <message>
        <source>Moves the database of a single desk (an SQLite file) to a database on a PostgreSQL server that several workstations share, and checks the copy: every table&apos;s rows are counted and their checksums compared. The source is brought up to the console&apos;s schema first. The target must be a new, empty database owned by the console&apos;s role (the console sets up its tables); a database that holds data already is refused, never merged or overwritten. The copy is one transaction: if it fails, does not match or is stopped with Ctrl+C, the target is left as it was. Close the console on the desk before moving its database.

The server&apos;s password comes from the address, else from --password-file, else from the environment variable %1, else from libpq&apos;s ~/.pgpass; it is never printed.

Progress goes to stderr; at the end a table of every table&apos;s rows in the source and the target and whether their checksums match goes to stdout.

Exit codes: 0 moved, every table matches; %2 wrong arguments; %3 the source cannot be read; %4 the server cannot be reached or the target cannot be used; %5 the server refused the user or the password; %6 the target holds data already; %7 the copy failed (the target was left as it was); %8 a table does not match (the target was left as it was; with --verify: the databases differ); %9 stopped.</source>
        <translation>Переносит базу данных одного рабочего места (файл SQLite) в базу на сервере PostgreSQL, общую для нескольких рабочих мест, и проверяет копию: строки каждой таблицы пересчитываются, их контрольные суммы сравниваются. Сначала исходная база приводится к схеме консоли. Целевая база должна быть новой и пустой, принадлежать роли консоли (таблицы консоль создаст сама); база, в которой уже есть данные, отклоняется — ничего не сливается и не перезаписывается. Копирование идёт одной транзакцией: если оно не удалось, не совпало или остановлено по Ctrl+C, целевая база остаётся как была. Перед переносом закройте консоль на этом рабочем месте.

Пароль сервера берётся из адреса, иначе из --password-file, иначе из переменной окружения %1, иначе из ~/.pgpass библиотеки libpq; он никогда не выводится.

Ход работы выводится в stderr; в конце в stdout выводится таблица: строки каждой таблицы в исходной и целевой базе и совпали ли их контрольные суммы.

Коды выхода: 0 — перенесено, все таблицы совпадают; %2 — неверные аргументы; %3 — исходную базу не прочитать; %4 — сервер недоступен или целевую базу нельзя использовать; %5 — сервер не принял пользователя или пароль; %6 — в целевой базе уже есть данные; %7 — копирование не удалось (целевая база осталась как была); %8 — таблица не совпала (целевая база осталась как была; с --verify: базы различаются); %9 — остановлено.</translation>
    </message>
    <message>
        <source>The command: move a database to a PostgreSQL server.</source>
        <translation>Команда: перенести базу данных на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>The desk&apos;s database file, as sqlite:PATH (or the path alone).</source>
        <translation>Файл базы данных рабочего места, в виде sqlite:ПУТЬ (или просто путь).</translation>
    </message>
    <message>
        <source>sqlite:path</source>
        <translation>sqlite:путь</translation>
    </message>
    <message>
        <source>The PostgreSQL database to move it to, as postgresql://user@server[:port]/database[?sslmode=require].</source>
        <translation>База PostgreSQL, в которую переносить, в виде postgresql://пользователь@сервер[:порт]/база[?sslmode=require].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>A file whose first line is the server&apos;s password for that user; keep it readable by its owner only.</source>
        <translation>Файл, первая строка которого — пароль этого пользователя на сервере; он должен быть доступен для чтения только владельцу.</translation>
    </message>
    <message>
        <source>Copy nothing: only compare the two databases, table by table, as after a move.</source>
        <translation>Ничего не копировать: только сравнить две базы по таблицам, как после переноса.</translation>
    </message>
    <message>
        <source>See «%1 migrate --help».</source>
        <translation>См. «%1 migrate --help».</translation>
    </message>
    <message>
        <source>«migrate» takes options only. %1</source>
        <translation>Команда «migrate» принимает только параметры. %1</translation>
    </message>
    <message>
        <source>Name the desk&apos;s database file with --from sqlite:PATH. %1</source>
        <translation>Укажите файл базы рабочего места: --from sqlite:ПУТЬ. %1</translation>
    </message>
    <message>
        <source>--from takes the database file of a single desk, as sqlite:PATH, not a server&apos;s address. %1</source>
        <translation>--from принимает файл базы одного рабочего места в виде sqlite:ПУТЬ, а не адрес сервера. %1</translation>
    </message>
    <message>
        <source>--from names no file: write it as sqlite:/path/to/zabota.sqlite. %1</source>
        <translation>В --from не указан файл: пишите sqlite:/путь/к/zabota.sqlite. %1</translation>
    </message>
    <message>
        <source>Name the PostgreSQL database to move to with --to postgresql://user@server/database. %1</source>
        <translation>Укажите базу PostgreSQL, в которую переносить: --to postgresql://пользователь@сервер/база. %1</translation>
    </message>
    <message>
        <source>--to takes the address of a PostgreSQL database, as postgresql://user@server/database. %1</source>
        <translation>--to принимает адрес базы PostgreSQL в виде postgresql://пользователь@сервер/база. %1</translation>
    </message>
    <message>
        <source>Give the password either in the address or with --password-file, not both.</source>
        <translation>Укажите пароль либо в адресе, либо в --password-file, но не в обоих.</translation>
    </message>
</context>
<context>
    <name>zabota::app::CommandPassword</name>
    <message>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Файл с паролем %1 не читается: %2.</translation>
    </message>
    <message>
        <source>Warning: others may read the password file %1; make it readable by you only (chmod 600).</source>
        <translation>Внимание: файл с паролем %1 могут читать другие; сделайте его доступным только себе (chmod 600).</translation>
    </message>
</context>
<context>
    <name>zabota::app::DemoCommand</name>
    <message numerus="yes">
        <source>Filling %1 with %2 demo entries over %n year(s), seed %3…</source>
        <translation>
            <numerusform>Заполнение %1: демонстрационных записей — %2 за %n год, начальное значение %3…</numerusform>
            <numerusform>Заполнение %1: демонстрационных записей — %2 за %n года, начальное значение %3…</numerusform>
            <numerusform>Заполнение %1: демонстрационных записей — %2 за %n лет, начальное значение %3…</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2 entries (%3%), %4 s</source>
        <translation>  %1 из %2 записей (%3%), %4 с</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 users, %3 entries and %4 family cards created in %5, %6 entries tied to a family. The demo staff log in with the password «%7» (dispatcher petrova.a, curator morozova.n, supervisor belova.t); the administrator is created at the first start of the console.</source>
        <translation>Готово за %1 с: в %5 создано пользователей — %2, записей — %3, учётных карт семей — %4; к семьям привязано записей — %6. Демонстрационные сотрудники входят с паролем «%7» (диспетчер petrova.a, куратор случая morozova.n, руководитель belova.t); администратор создаётся при первом запуске программы.</translation>
    </message>
    <message numerus="yes">
        <source>The journal in %1 holds %n entries already; demo data go only into an empty journal. Choose another database with --database.</source>
        <translation>
            <numerusform>В журнале %1 уже %n запись; демонстрационные данные добавляются только в пустой журнал. Выберите другую базу в --database.</numerusform>
            <numerusform>В журнале %1 уже %n записи; демонстрационные данные добавляются только в пустой журнал. Выберите другую базу в --database.</numerusform>
            <numerusform>В журнале %1 уже %n записей; демонстрационные данные добавляются только в пустой журнал. Выберите другую базу в --database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::app::ExportCommand</name>
    <message>
        <source>There is no database at %1. Give the console&apos;s database with --database.</source>
        <translation>Базы данных по пути %1 нет. Укажите базу консоли в --database.</translation>
    </message>
    <message>
        <source>There is no problem category «%1». The categories are: %2.</source>
        <translation>Категории проблем «%1» нет. Категории: %2.</translation>
    </message>
    <message>
        <source>There is no user with the login «%1».</source>
        <translation>Пользователя с логином «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2).</source>
        <translation>
            <numerusform>Выгружена %n запись в %1 (%2).</numerusform>
            <numerusform>Выгружено %n записи в %1 (%2).</numerusform>
            <numerusform>Выгружено %n записей в %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::app::MigrateCommand</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows in source</source>
        <translation>Строк в исходной</translation>
    </message>
    <message>
        <source>Rows in target</source>
        <translation>Строк в целевой</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>РАЗЛИЧАЕТСЯ</translation>
    </message>
    <message>
        <source>There is no database file at %1. Give the desk&apos;s database with --from sqlite:PATH.</source>
        <translation>Файла базы данных %1 нет. Укажите базу рабочего места: --from sqlite:ПУТЬ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the desk&apos;s database with --from sqlite:PATH.</source>
        <translation>%1 — папка, а не файл базы данных. Укажите базу рабочего места: --from sqlite:ПУТЬ.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln rows copied</source>
        <translation>
            <numerusform>  %1: скопирована %Ln строка</numerusform>
            <numerusform>  %1: скопированы %Ln строки</numerusform>
            <numerusform>  %1: скопировано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows…</source>
        <translation>  %1: %2 из %3 строк…</translation>
    </message>
    <message>
        <source>Writing the search index of %1…</source>
        <translation>Запись поискового индекса %1…</translation>
    </message>
    <message>
        <source>Comparing every table of the two databases…</source>
        <translation>Сравнение всех таблиц двух баз…</translation>
    </message>
    <message>
        <source>The databases differ: see the tables marked DIFFERENT.</source>
        <translation>Базы различаются: см. таблицы с отметкой РАЗЛИЧАЕТСЯ.</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same rows: every table matches.</source>
        <translation>В %1 и %2 одни и те же строки: все таблицы совпадают.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 in one transaction…</source>
        <translation>Перенос %1 в %2 одной транзакцией…</translation>
    </message>
    <message>
        <source>Nothing was copied: the database %1 is as it was; the details are in the log.</source>
        <translation>Ничего не скопировано: база %1 осталась как была; подробности в журнале работы.</translation>
    </message>
    <message>
        <source>Stopped: nothing was copied, the database %1 is as it was.</source>
        <translation>Остановлено: ничего не скопировано, база %1 осталась как была.</translation>
    </message>
    <message>
        <source>The copy does not match the source in the tables marked DIFFERENT, so it was taken back: the database %1 is as it was.</source>
        <translation>Копия не совпала с исходной в таблицах с отметкой РАЗЛИЧАЕТСЯ, поэтому отменена: база %1 осталась как была.</translation>
    </message>
    <message>
        <source>Moved %1 rows of %2 tables from %3 to %4 in %5 s: every table matches. The search index holds the journal&apos;s %6 entries and %7 family cards. Point the workstations at the server (Service → Database connection…) and keep %3 as a backup.</source>
        <translation>Перенесено строк: %1 из таблиц: %2, из %3 в %4 за %5 с; все таблицы совпадают. В поисковом индексе записей журнала: %6, учётных карт семей: %7. Переключите рабочие места на сервер (Сервис → Подключение к базе данных…) и сохраните %3 как резервную копию.</translation>
    </message>
</context>
<context>
    <name>zabota::core::AuditAction</name>
    <message>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>zabota::core::AuditRepository</name>
    <message>
        <source>An audit record must name the kind of object it is about.</source>
        <translation>В записи журнала аудита должен быть указан тип объекта.</translation>
    </message>
</context>
<context>
    <name>zabota::core::AuthService</name>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>A login is 2 to 32 Latin letters, digits, dots, hyphens or underscores, for example ivanova.m.</source>
        <translation>Логин — это от 2 до 32 латинских букв, цифр, точек, дефисов или знаков подчёркивания, например ivanova.m.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Введите фамилию, имя и отчество пользователя.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>ФИО не может быть длиннее 200 символов.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
    <message>
        <source>The administrator has been created already. Log in instead.</source>
        <translation>Администратор уже создан. Войдите в программу.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask your administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>Добавлять пользователей может только администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::core::CallDirection</name>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
</context>
<context>
    <name>zabota::core::CallerType</name>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Сосед</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Не известно</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseDocuments</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseLevel</name>
    <message>
        <source>Crisis</source>
        <translation>Экстренный</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Реабилитационный</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Поддерживающий</translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseList</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Такого случая больше нет.</translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseOutcome</name>
    <message>
        <source>Improved, taken off the register</source>
        <translation>Улучшение, снята с учёта</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Refused support</source>
        <translation>Отказ от сопровождения</translation>
    </message>
    <message>
        <source>Child turned 18</source>
        <translation>Ребёнку исполнилось 18 лет</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>zabota::core::CaseService</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Этого случая сопровождения больше нет.</translation>
    </message>
    <message>
        <source>Only the case&apos;s curator or a supervisor can change the case.</source>
        <translation>Изменять случай может только его куратор или руководитель.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s number.</source>
        <translation>Введите номер договора.</translation>
    </message>
    <message>
        <source>Enter the day the contract was signed; it cannot be in the future.</source>
        <translation>Укажите дату подписания договора; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>The contract ends on %1, before it was signed on %2: check the dates.</source>
        <translation>Договор заканчивается %1 — раньше, чем подписан (%2): проверьте даты.</translation>
    </message>
    <message>
        <source>The case is closed: its plan cannot change.</source>
        <translation>Случай закрыт: план сопровождения изменить нельзя.</translation>
    </message>
    <message>
        <source>Describe the activity of the plan item.</source>
        <translation>Опишите мероприятие плана.</translation>
    </message>
    <message>
        <source>Enter the due date of the plan item.</source>
        <translation>Укажите срок выполнения мероприятия.</translation>
    </message>
    <message>
        <source>The due date %1 is before the case opened on %2: choose a later day.</source>
        <translation>Срок %1 раньше даты открытия случая (%2): выберите более позднюю дату.</translation>
    </message>
    <message>
        <source>Enter the day the activity was done; it cannot be in the future.</source>
        <translation>Укажите дату выполнения мероприятия; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>The plan item no longer exists.</source>
        <translation>Этого мероприятия плана больше нет.</translation>
    </message>
    <message>
        <source>The case is closed already.</source>
        <translation>Случай уже закрыт.</translation>
    </message>
    <message>
        <source>Say why the case closes.</source>
        <translation>Укажите причину закрытия случая.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s) are not done yet. Close the case anyway? They will be marked cancelled.</source>
        <translation>
            <numerusform>%n мероприятие плана ещё не выполнено. Всё равно закрыть случай? Оно будет отмечено как отменённое.</numerusform>
            <numerusform>%n мероприятия плана ещё не выполнены. Всё равно закрыть случай? Они будут отмечены как отменённые.</numerusform>
            <numerusform>%n мероприятий плана ещё не выполнено. Всё равно закрыть случай? Они будут отмечены как отменённые.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is closed: it cannot change.</source>
        <translation>Случай закрыт: изменить его нельзя.</translation>
    </message>
    <message>
        <source>The day %1 is before the case opened on %2: choose a later day.</source>
        <translation>День %1 раньше открытия случая %2: выберите более поздний день.</translation>
    </message>
    <message>
        <source>The case is closed: no protocol can be added.</source>
        <translation>Случай закрыт: протокол добавить нельзя.</translation>
    </message>
    <message>
        <source>Enter the protocol&apos;s number.</source>
        <translation>Укажите номер протокола.</translation>
    </message>
    <message>
        <source>Enter the day of the meeting; it cannot be in the future.</source>
        <translation>Укажите дату заседания; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>The meeting on %1 was long before the case opened on %2: check the date.</source>
        <translation>Заседание %1 задолго до открытия случая %2: проверьте дату.</translation>
    </message>
    <message>
        <source>List who took part in the meeting.</source>
        <translation>Перечислите участников заседания.</translation>
    </message>
    <message>
        <source>Write the decision as the meeting worded it.</source>
        <translation>Запишите решение так, как его сформулировало заседание.</translation>
    </message>
</context>
<context>
    <name>zabota::core::CategoryRepository</name>
    <message>
        <source>Enter the category&apos;s title.</source>
        <translation>Введите название категории.</translation>
    </message>
    <message>
        <source>A category title is at most %1 characters.</source>
        <translation>Название категории — не более %1 символов.</translation>
    </message>
    <message>
        <source>The category «%1» exists already.</source>
        <translation>Категория «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>VKontakte</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <source>Odnoklassniki</source>
        <translation>Одноклассники</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>District visit</source>
        <translation>Выезд участкового специалиста</translation>
    </message>
</context>
<context>
    <name>zabota::core::ConnectionSettings</name>
    <message>
        <source>The port is a whole number from 1 to 65535, not «%1». PostgreSQL listens on %2 unless your administrator says otherwise; leave the field empty for it.</source>
        <translation>Порт — целое число от 1 до 65535, а не «%1». PostgreSQL слушает порт %2, если администратор не сказал иного; для него оставьте поле пустым.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the database file in it, or a new file name.</source>
        <translation>%1 — папка: выберите файл базы в ней или новое имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a file in a folder that does.</source>
        <translation>Папки %1 нет: выберите файл в существующей папке.</translation>
    </message>
    <message>
        <source>Name the database server: its name or IP address, as your administrator gives it (for example db.centre.local or 192.168.1.10).</source>
        <translation>Укажите сервер базы данных: его имя или IP-адрес, как сообщил администратор (например, db.centre.local или 192.168.1.10).</translation>
    </message>
    <message>
        <source>«%1» cannot be the name of a server: a server&apos;s name or IP address has no spaces, slashes or @. Write only the name, for example db.centre.local.</source>
        <translation>«%1» не может быть именем сервера: в имени или IP-адресе сервера нет пробелов, косых черт и @. Напишите только имя, например db.centre.local.</translation>
    </message>
    <message>
        <source>The port is a whole number from 1 to 65535. PostgreSQL listens on %1 unless your administrator says otherwise.</source>
        <translation>Порт — целое число от 1 до 65535. PostgreSQL слушает порт %1, если администратор не сказал иного.</translation>
    </message>
    <message>
        <source>Name the database on the server (your administrator created it; often zabota).</source>
        <translation>Укажите базу данных на сервере (её создал администратор; часто zabota).</translation>
    </message>
    <message>
        <source>Name the database user: the role the console logs in to the server as (often zabota).</source>
        <translation>Укажите пользователя базы данных — роль, под которой консоль входит на сервер (часто zabota).</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted: %1.</source>
        <translation>Выберите, как шифруется подключение: %1.</translation>
    </message>
    <message>
        <source>With «%1» the console checks the server&apos;s certificate against the certificate of the authority that signed it: choose that root certificate file (your administrator gives it, often root.crt), or choose «require» to encrypt without checking.</source>
        <translation>При «%1» консоль проверяет сертификат сервера по сертификату подписавшего его центра: выберите этот корневой сертификат (его даёт администратор, часто root.crt) или выберите «require», чтобы шифровать без проверки.</translation>
    </message>
    <message>
        <source>The root certificate %1 cannot be read: choose the file your administrator gave you.</source>
        <translation>Корневой сертификат %1 не читается: выберите файл, который дал администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::core::ConnectionTester</name>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: the console creates it there at its next start.</source>
        <translation>Базы данных %1 ещё нет: консоль создаст её при следующем запуске.</translation>
    </message>
    <message>
        <source>%1 is an empty database file: the console sets it up at its next start.</source>
        <translation>%1 — пустой файл базы данных: консоль подготовит его при следующем запуске.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a Zabota database with %n journal entries.</source>
        <translation>
            <numerusform>%1 — база «Заботы», в журнале %n запись.</numerusform>
            <numerusform>%1 — база «Заботы», в журнале %n записи.</numerusform>
            <numerusform>%1 — база «Заботы», в журнале %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 on %2. The database «%3» is empty: the console sets up its tables there at its first start, or a desk&apos;s database can be moved into it with «zabota migrate».</source>
        <translation>Подключение к PostgreSQL %1 на %2 установлено. База «%3» пуста: консоль создаст в ней свои таблицы при первом запуске, или в неё можно перенести базу рабочего места командой «zabota migrate».</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 on %2: «%3» is a Zabota database with %4 journal entries.</source>
        <translation>Подключение к PostgreSQL %1 на %2 установлено: «%3» — база «Заботы», записей в журнале: %4.</translation>
    </message>
    <message>
        <source>Its tables are brought up to this version of the console at the next start.</source>
        <translation>Её таблицы будут обновлены до этой версии консоли при следующем запуске.</translation>
    </message>
    <message>
        <source>The connection is encrypted (TLS).</source>
        <translation>Подключение зашифровано (TLS).</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Подключение не зашифровано.</translation>
    </message>
    <message>
        <source>The server offers no TLS; ask your administrator to switch it on if the network between you is not trusted.</source>
        <translation>Сервер не предлагает TLS; попросите администратора включить его, если сети между вами нельзя доверять.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask your administrator for write access, or start the console with --database and another file.</source>
        <translation>Файл базы данных %1 доступен только для чтения. Попросите администратора дать права на запись или запустите программу с параметром --database и другим файлом.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл базы данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a Zabota database. Choose the right file with --database.</source>
        <translation>%1 не является базой данных программы «Забота». Укажите нужный файл в параметре --database.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database cannot be written there. Ask your administrator for write access, or start the console with --database and another file.</source>
        <translation>Папка %1 доступна только для чтения, поэтому записать в неё базу данных нельзя. Попросите администратора дать права на запись или запустите программу с параметром --database и другим файлом.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Zabota. Choose the right file with --database.</source>
        <translation>%1 — база данных другой программы, а не «Заботы». Укажите нужный файл в параметре --database.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>База данных занята: в неё записывает другая программа. Ничего не потеряно; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it is read-only. Nothing was saved; ask your administrator for write access.</source>
        <translation>Не удаётся записать в базу данных %1: она доступна только для чтения. Ничего не сохранено; попросите администратора дать права на запись.</translation>
    </message>
    <message>
        <source>%1 is not a Zabota database or is damaged. Restore it from a backup or choose another file.</source>
        <translation>Файл %1 не является базой данных программы «Забота» или повреждён. Восстановите его из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved; the details are in the log.</source>
        <translation>Ошибка базы данных. Ничего не сохранено; подробности записаны в лог-файл программы.</translation>
    </message>
    <message>
        <source>This installation of Zabota cannot work with PostgreSQL: the Qt PostgreSQL driver is missing. Ask your administrator to install the package libqt6sql6-psql.</source>
        <translation>Эта установка «Заботы» не может работать с PostgreSQL: нет драйвера Qt для PostgreSQL. Попросите администратора установить пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database %1 stores text as %2, which cannot hold every letter the console writes. Ask your administrator to create it again with ENCODING &apos;UTF8&apos;.</source>
        <translation>База данных %1 хранит текст в кодировке %2, в которой помещаются не все буквы, которые пишет консоль. Попросите администратора создать её заново с ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>The database server %1 runs PostgreSQL %2; the console needs version %3 or newer. Ask your administrator to upgrade the server.</source>
        <translation>На сервере базы данных %1 работает PostgreSQL %2; консоли нужна версия %3 или новее. Попросите администратора обновить сервер.</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not of Zabota. Give the address of the console&apos;s own database with --database.</source>
        <translation>В базе данных %1 таблицы другой программы, а не «Заботы». Укажите адрес собственной базы консоли в --database.</translation>
    </message>
    <message>
        <source>The same record was saved just before, so nothing was saved now. Reload it and try again.</source>
        <translation>Эта же запись была сохранена только что, поэтому сейчас ничего не сохранено. Загрузите её заново и повторите.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>Another workstation saved the same record at the same moment, so nothing was saved here. Reload it and try again.</source>
        <translation>Другое рабочее место сохранило эту же запись в тот же момент, поэтому здесь ничего не сохранено. Загрузите её заново и повторите.</translation>
    </message>
    <message>
        <source>Another workstation was changing the same records at the same moment. Nothing was saved; try again in a moment.</source>
        <translation>Другое рабочее место в тот же момент изменяло те же записи. Ничего не сохранено; повторите чуть позже.</translation>
    </message>
    <message>
        <source>The database server took too long to answer. Nothing was saved; try again in a moment, and tell your administrator if it keeps happening.</source>
        <translation>Сервер базы данных слишком долго не отвечал. Ничего не сохранено; повторите чуть позже, а если это повторяется, сообщите администратору.</translation>
    </message>
    <message>
        <source>The database %1 accepts no changes at the moment (the server is read-only). Nothing was saved; ask your administrator.</source>
        <translation>База данных %1 сейчас не принимает изменений (сервер только для чтения). Ничего не сохранено; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The database role «%1» is not allowed to use the tables of the database %2. Nothing was saved; ask your administrator to make the role the owner of the database.</source>
        <translation>Роли базы данных «%1» не разрешено работать с таблицами базы %2. Ничего не сохранено; попросите администратора сделать эту роль владельцем базы.</translation>
    </message>
    <message>
        <source>The database server %1 has run out of disk space. Nothing was saved; tell your administrator.</source>
        <translation>На сервере базы данных %1 закончилось место на диске. Ничего не сохранено; сообщите администратору.</translation>
    </message>
    <message>
        <source>The database server %1 serves as many workstations as it may at the moment. Try again in a moment, or ask your administrator to raise its max_connections.</source>
        <translation>Сервер базы данных %1 уже обслуживает столько рабочих мест, сколько ему разрешено. Повторите чуть позже или попросите администратора увеличить max_connections.</translation>
    </message>
    <message>
        <source>The server %1 has no database «%2». Check the name in the address, or ask your administrator to create the database.</source>
        <translation>На сервере %1 нет базы данных «%2». Проверьте имя в адресе или попросите администратора создать базу.</translation>
    </message>
    <message>
        <source>The database server %1 did not accept the user «%2» with this password. Check the user name and the password, or ask your administrator whether this workstation may connect.</source>
        <translation>Сервер базы данных %1 не принял пользователя «%2» с этим паролем. Проверьте имя пользователя и пароль или спросите администратора, разрешено ли этому рабочему месту подключаться.</translation>
    </message>
    <message>
        <source>The console cannot reach the database server %1. Check that the server is running and that the address %2 is right, and the network between them; nothing was saved.</source>
        <translation>Консоль не может связаться с сервером базы данных %1. Проверьте, что сервер работает, что адрес %2 верен и что сеть между ними в порядке; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a Zabota database.</source>
        <translation>%1 — не база данных «Заботы».</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Zabota.</source>
        <translation>%1 — база данных другой программы, а не «Заботы».</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Zabota (schema %1; this version knows %2). Update the console before opening it.</source>
        <translation>Эта база данных записана более новой версией «Заботы» (схема %1; эта версия знает %2). Обновите консоль, прежде чем открывать её.</translation>
    </message>
    <message>
        <source>The database server %1 accepts this workstation only over an encrypted connection (TLS): set TLS to «require» or stricter.</source>
        <translation>Сервер базы данных %1 принимает это рабочее место только по зашифрованному подключению (TLS): выберите TLS «require» или строже.</translation>
    </message>
    <message>
        <source>The database server %1 does not offer an encrypted connection (TLS), and the settings require one, so the console did not connect. Ask your administrator to switch TLS on at the server, or choose a TLS setting that allows an unencrypted connection.</source>
        <translation>Сервер базы данных %1 не предлагает зашифрованного подключения (TLS), а настройки его требуют, поэтому консоль не подключилась. Попросите администратора включить TLS на сервере или выберите режим TLS, допускающий подключение без шифрования.</translation>
    </message>
    <message>
        <source>The root certificate (of the authority that signed the server&apos;s certificate) cannot be read, so the server cannot be checked and the console did not connect. Choose the root certificate file your administrator gave you.</source>
        <translation>Корневой сертификат (центра, подписавшего сертификат сервера) не читается, поэтому сервер нельзя проверить, и консоль не подключилась. Выберите файл корневого сертификата, который дал администратор.</translation>
    </message>
    <message>
        <source>The certificate of the database server is made out for another name than %1, so the console did not connect. Give the server&apos;s name as its certificate has it, or ask your administrator.</source>
        <translation>Сертификат сервера базы данных выписан на другое имя, не %1, поэтому консоль не подключилась. Укажите имя сервера так, как оно записано в сертификате, или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 is not signed by the authority of the root certificate given, so the console did not connect. Check the root certificate file with your administrator.</source>
        <translation>Сертификат сервера базы данных %1 не подписан центром указанного корневого сертификата, поэтому консоль не подключилась. Сверьте файл корневого сертификата с администратором.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be prepared for use.</source>
        <translation>Файл базы данных %1 не удаётся подготовить к работе.</translation>
    </message>
</context>
<context>
    <name>zabota::core::DatabaseAddress</name>
    <message>
        <source>No database was given: give the path of a database file, or the address of a PostgreSQL database such as %1.</source>
        <translation>База данных не указана: укажите путь к файлу базы или адрес базы PostgreSQL, например %1.</translation>
    </message>
    <message>
        <source>«%1» is not a database the console can open: give the path of a database file, or the address of a PostgreSQL database such as %2.</source>
        <translation>«%1» — не база данных, которую может открыть консоль: укажите путь к файлу базы или адрес базы PostgreSQL, например %2.</translation>
    </message>
    <message>
        <source>The database address «%1» cannot be read. Write it as postgresql://user:password@server:5432/database; a character such as @, : or / in the password is written as %40, %3A or %2F.</source>
        <translation>Адрес базы данных «%1» не удаётся разобрать. Пишите его в виде postgresql://пользователь:пароль@сервер:5432/база; символы @, : или / в пароле пишутся как %40, %3A или %2F.</translation>
    </message>
    <message>
        <source>The database address «%1» names no database: write its name after the server, as in %2.</source>
        <translation>В адресе базы данных «%1» не указана база: напишите её имя после сервера, как в %2.</translation>
    </message>
    <message>
        <source>The database address «%1» has port 0: leave the port out for the usual 5432, or give the server&apos;s port.</source>
        <translation>В адресе базы данных «%1» порт 0: не указывайте порт, чтобы взять обычный 5432, или укажите порт сервера.</translation>
    </message>
    <message>
        <source>The database address «%1» has a # part, which means nothing here: leave it out.</source>
        <translation>В адресе базы данных «%1» есть часть после #, которая здесь ничего не значит: уберите её.</translation>
    </message>
    <message>
        <source>The database address «%1» has the setting «%2», which the console does not know. The settings it takes are: %3.</source>
        <translation>В адресе базы данных «%1» есть параметр «%2», который консоль не знает. Допустимые параметры: %3.</translation>
    </message>
    <message>
        <source>The setting «%1» of the database address «%2» needs a value without «;».</source>
        <translation>Значение параметра «%1» в адресе базы данных «%2» не должно содержать «;».</translation>
    </message>
    <message>
        <source>The database address «%1» has sslmode=%2; it takes one of: %3.</source>
        <translation>В адресе базы данных «%1» указано sslmode=%2; допустимые значения: %3.</translation>
    </message>
</context>
<context>
    <name>zabota::core::DatabaseMover</name>
    <message>
        <source>%1 has the schema of version %2 and %3 that of version %4: open both with the same version of the console first.</source>
        <translation>У %1 схема версии %2, а у %3 — версии %4: сначала откройте обе базы одной версией консоли.</translation>
    </message>
    <message>
        <source>%1 and %2 do not have the same tables, so nothing was copied: %3</source>
        <translation>В %1 и %2 разные таблицы, поэтому ничего не скопировано: %3</translation>
    </message>
    <message>
        <source>the table %1 is missing in %2.</source>
        <translation>в %2 нет таблицы %1.</translation>
    </message>
    <message>
        <source>the column %1.%2 is missing in %3.</source>
        <translation>в %3 нет столбца %1.%2.</translation>
    </message>
    <message>
        <source>the column %1.%2 holds values of another type in each.</source>
        <translation>столбец %1.%2 хранит в них значения разных типов.</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle, so they cannot be copied one after the other. Nothing was copied.</source>
        <translation>Таблицы %1 ссылаются друг на друга по кругу, поэтому их нельзя скопировать одну за другой. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>No temporary folder can be made on this computer.</source>
        <translation>На этом компьютере не удаётся создать временную папку.</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: строк — %2</translation>
    </message>
    <message>
        <source>The database %1 already holds data (%2). A database is moved only into a new, empty one, so that nothing there is mixed up or overwritten, and nothing was copied: ask the server&apos;s administrator for a new database, owned by the console&apos;s role, and give its address.</source>
        <translation>В базе данных %1 уже есть данные (%2). База переносится только в новую, пустую базу, чтобы там ничего не смешалось и не перезаписалось; ничего не скопировано. Попросите администратора сервера создать новую базу, принадлежащую роли консоли, и укажите её адрес.</translation>
    </message>
</context>
<context>
    <name>zabota::core::DemoGenerator</name>
    <message>
        <source>The number of demo entries must be between 0 and %1.</source>
        <translation>Число демонстрационных записей должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>The demo journal must cover 1 to %1 years.</source>
        <translation>Демонстрационный журнал может охватывать от 1 до %1 лет.</translation>
    </message>
    <message>
        <source>The demo journal needs a valid end date.</source>
        <translation>Укажите правильную дату окончания демонстрационного журнала.</translation>
    </message>
    <message>
        <source>The journal has no active problem categories: add at least one, then generate the demo.</source>
        <translation>В журнале нет действующих категорий проблем: добавьте хотя бы одну, затем создайте демонстрационные данные.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Disposition</name>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation>Молчание</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Сброс звонка</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Ошибка номера</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>zabota::core::DistrictRepository</name>
    <message>
        <source>Enter the micro-district&apos;s name.</source>
        <translation>Введите название микрорайона.</translation>
    </message>
    <message>
        <source>Enter the district&apos;s name.</source>
        <translation>Введите название района.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Название — не более %1 символов.</translation>
    </message>
    <message>
        <source>The district has a micro-district «%1» already.</source>
        <translation>В этом районе уже есть микрорайон «%1».</translation>
    </message>
    <message>
        <source>There is a district «%1» already.</source>
        <translation>Район «%1» уже есть.</translation>
    </message>
    <message>
        <source>The district no longer exists.</source>
        <translation>Этого района больше нет.</translation>
    </message>
    <message>
        <source>The micro-district no longer exists.</source>
        <translation>Этого микрорайона больше нет.</translation>
    </message>
</context>
<context>
    <name>zabota::core::EntryStatus</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Передано куратору</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>zabota::core::ExportFile</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Укажите файл для выгрузки.</translation>
    </message>
    <message>
        <source>%1 is a folder. Name the file to write in it, for example %2.</source>
        <translation>%1 — это папка. Укажите имя файла в ней, например %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder, or create this one first.</source>
        <translation>Папки %1 нет. Выберите существующую папку или сначала создайте эту.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so nothing can be written in it. Choose another folder.</source>
        <translation>%1 — это файл, а не папка, в него ничего нельзя записать. Выберите другую папку.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1 (%2). Choose another folder, such as your Documents, or ask your administrator for write access.</source>
        <translation>Вам нельзя записывать в папку %1 (%2). Выберите другую папку, например «Документы», или попросите администратора дать право записи.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2). Make room on it or choose another folder.</source>
        <translation>Диск, на котором находится %1, заполнен (%2). Освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>The name %1 is too long for the disk. Choose a shorter one.</source>
        <translation>Имя %1 слишком длинное для диска. Выберите покороче.</translation>
    </message>
    <message>
        <source>Nothing can be written in the folder %1 (%2). Choose another folder.</source>
        <translation>В папку %1 ничего нельзя записать (%2). Выберите другую папку.</translation>
    </message>
    <message>
        <source>%1 is a folder. Name the file to write in it.</source>
        <translation>%1 — это папка. Укажите имя файла в ней.</translation>
    </message>
    <message>
        <source>The export could not be saved as %1 (%2). Choose another name or folder; nothing was left behind.</source>
        <translation>Выгрузку не удалось сохранить как %1 (%2). Выберите другое имя или папку; ничего не осталось.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The disk may be full: make room on it or choose another folder, then export again. No part of the file was left behind.</source>
        <translation>Не удалось записать %1: %2. Возможно, диск заполнен: освободите место или выберите другую папку и выгрузите снова. Части файла не осталось.</translation>
    </message>
</context>
<context>
    <name>zabota::core::ExportFormat</name>
    <message>
        <source>CSV, for Excel and other programs</source>
        <translation>CSV для Excel и других программ</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF to print (A4 landscape)</source>
        <translation>PDF для печати (A4, альбомная)</translation>
    </message>
</context>
<context>
    <name>zabota::core::FamilyCategory</name>
    <message>
        <source>Large family</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Замещающая семья</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>Неполная семья</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Малоимущая семья</translation>
    </message>
    <message>
        <source>With a disabled child</source>
        <translation>Семья с ребёнком-инвалидом</translation>
    </message>
    <message>
        <source>Family of a special military operation participant</source>
        <translation>Семья участника СВО</translation>
    </message>
    <message>
        <source>Graduate of an orphanage</source>
        <translation>Выпускник организации для детей-сирот</translation>
    </message>
    <message>
        <source>In a difficult life situation</source>
        <translation>Семья в трудной жизненной ситуации (ТЖС)</translation>
    </message>
    <message>
        <source>In a socially dangerous situation</source>
        <translation>Семья в социально опасном положении (СОП)</translation>
    </message>
</context>
<context>
    <name>zabota::core::FamilyRepository</name>
    <message>
        <source>The family card no longer exists.</source>
        <translation>Этой учётной карты семьи больше нет.</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Район не указан</translation>
    </message>
    <message>
        <source>The journal entry no longer exists.</source>
        <translation>Этой записи журнала больше нет.</translation>
    </message>
    <message>
        <source>Family %1 is already on the register since %2: take it off first.</source>
        <translation>Семья (учётная карта № %1) уже состоит на учёте с %2: сначала снимите её с учёта.</translation>
    </message>
    <message>
        <source>Family %1 was taken off the register on %2: it can be put on again only from that day.</source>
        <translation>Семья (учётная карта № %1) снята с учёта %2: поставить её на учёт снова можно не ранее этой даты.</translation>
    </message>
    <message>
        <source>Family %1 is not on the register, so it cannot be taken off.</source>
        <translation>Семья (учётная карта № %1) не состоит на учёте, поэтому снять её с учёта нельзя.</translation>
    </message>
    <message>
        <source>Family %1 was put on the register on %2: it cannot be taken off before that day.</source>
        <translation>Семья (учётная карта № %1) поставлена на учёт %2: снять её с учёта раньше этой даты нельзя.</translation>
    </message>
    <message>
        <source>Family card %1 was changed by %2 at %3 (%4) while you were editing it. Your changes are still in the form: reload the card to see theirs, and yours are put back where they did not change the same field.</source>
        <translation>Учётную карту семьи %1 изменил(а) %2 в %3 (%4), пока вы её редактировали. Ваши изменения остались в форме: обновите карту, чтобы увидеть чужие, — ваши вернутся туда, где другой человек не менял то же поле.</translation>
    </message>
    <message>
        <source>This family card was deleted at another workstation while you were editing it, so it cannot be saved. Your edits are still in the form: copy what you need before you close it.</source>
        <translation>Эта учётная карта семьи удалена на другом рабочем месте, пока вы её редактировали, поэтому её нельзя сохранить. Ваши правки остались в форме: скопируйте нужное, прежде чем закрыть её.</translation>
    </message>
</context>
<context>
    <name>zabota::core::FamilyService</name>
    <message>
        <source>registered address</source>
        <translation>адрес регистрации</translation>
    </message>
    <message>
        <source>actual address</source>
        <translation>адрес фактического проживания</translation>
    </message>
    <message>
        <source>The %1 holds only spaces: type the address or leave the field empty.</source>
        <translation>Поле «%1» содержит только пробелы: введите адрес или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 fit. Shorten it; nothing has been lost.</source>
        <translation>В поле «%1» %2 симв., а помещается не более %3. Сократите текст; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Shorten them; nothing has been lost.</source>
        <translation>Примечания длиннее %1 симв. Сократите их; ничего не потеряно.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number: use 5 to 15 digits, with spaces, brackets, hyphens and a leading + if needed.</source>
        <translation>«%1» — не номер телефона: введите от 5 до 15 цифр; при необходимости — с пробелами, скобками, дефисами и знаком + в начале.</translation>
    </message>
    <message>
        <source>Member %1 has no name: enter at least the surname or the first name, or remove the row.</source>
        <translation>В строке %1 состава семьи не указано ФИО: введите хотя бы фамилию или имя либо удалите строку.</translation>
    </message>
    <message>
        <source>The name of member %1 is longer than %2 characters. Shorten it; nothing has been lost.</source>
        <translation>В строке %1 состава семьи фамилия, имя или отчество длиннее %2 симв. Сократите текст; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The birth date of %1, %2, is in the future: check the date.</source>
        <translation>%1: дата рождения %2 ещё не наступила — проверьте дату.</translation>
    </message>
    <message>
        <source>The birth date of %1, %2, is before %3: check the year.</source>
        <translation>%1: дата рождения %2 раньше %3 — проверьте год.</translation>
    </message>
    <message>
        <source>%1 is %2 years old, but is listed as «%3», which is for minors: check the birth date, or choose «%4».</source>
        <translation>%1: полных лет — %2, но указана степень родства «%3», предусмотренная только для несовершеннолетних: проверьте дату рождения или выберите «%4».</translation>
    </message>
    <message>
        <source>The СНИЛС of %1 must have 11 digits, as in 123-456-789 01.</source>
        <translation>%1: СНИЛС должен состоять из 11 цифр, например 123-456-789 01.</translation>
    </message>
    <message>
        <source>The school or work place of %1 is longer than %2 characters. Shorten it; nothing has been lost.</source>
        <translation>%1: место учёбы или работы длиннее %2 симв. Сократите текст; ничего не потеряно.</translation>
    </message>
    <message>
        <source>%1, born %2, is listed twice: remove one of the rows.</source>
        <translation>%1 (дата рождения: %2) указан(а) в составе семьи дважды: удалите одну из строк.</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Enter the date from which the family is «%1».</source>
        <translation>Укажите дату, с которой семья относится к категории «%1».</translation>
    </message>
    <message>
        <source>The category «%1» ends on %2, before it begins on %3: check the dates.</source>
        <translation>Дата окончания категории «%1» (%2) раньше даты её начала (%3): проверьте даты.</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <source>the same surname and a child&apos;s birth date</source>
        <translation>та же фамилия и дата рождения ребёнка</translation>
    </message>
    <message>
        <source>the same address</source>
        <translation>тот же адрес</translation>
    </message>
    <message>
        <source>«%1» is not a phone number: use 5 to 15 digits.</source>
        <translation>«%1» — не номер телефона: введите от 5 до 15 цифр.</translation>
    </message>
    <message>
        <source>Enter the date the family was put on the register.</source>
        <translation>Укажите дату постановки семьи на учёт.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future: check it.</source>
        <translation>Дата постановки на учёт %1 ещё не наступила: проверьте её.</translation>
    </message>
    <message>
        <source>Enter the basis of the registration, such as the КДН decision number and date.</source>
        <translation>Укажите основание постановки на учёт, например номер и дату постановления КДН.</translation>
    </message>
    <message>
        <source>The basis is longer than %1 characters. Shorten it; nothing has been lost.</source>
        <translation>Основание длиннее %1 симв. Сократите текст; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Enter the date the family was taken off the register.</source>
        <translation>Укажите дату снятия семьи с учёта.</translation>
    </message>
    <message>
        <source>The removal date %1 is in the future: check it.</source>
        <translation>Дата снятия с учёта %1 ещё не наступила: проверьте её.</translation>
    </message>
    <message>
        <source>Describe the reason for taking the family off the register.</source>
        <translation>Опишите причину снятия семьи с учёта.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can change the districts.</source>
        <translation>Изменять районы может только администратор.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Special attention</source>
        <translation>Особое внимание</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав семьи</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Circumstances of need</source>
        <translation>Обстоятельства нуждаемости</translation>
    </message>
</context>
<context>
    <name>zabota::core::HandoffAction</name>
    <message>
        <source>Offer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Передать руководителю</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Переназначить</translation>
    </message>
</context>
<context>
    <name>zabota::core::HandoffRepository</name>
    <message>
        <source>The handoff no longer exists.</source>
        <translation>Этой передачи семьи больше нет.</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>Someone changed this handoff at the same moment. Nothing was changed.</source>
        <translation>В тот же момент эту передачу изменил другой пользователь. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Этого случая сопровождения больше нет.</translation>
    </message>
    <message>
        <source>You cannot %1 this handoff now: it is %2. Nothing was changed.</source>
        <translation>Сейчас нельзя %1 эту передачу семьи: её статус — «%2». Ничего не изменено.</translation>
    </message>
    <message>
        <source>offered to %1</source>
        <translation>предложена куратору %1</translation>
    </message>
    <message>
        <source>offered to the curators&apos; queue</source>
        <translation>предложена в общую очередь кураторов</translation>
    </message>
    <message>
        <source>You cannot %1 this handoff now: it was %2 by %3 at %4 (%5). Nothing was changed.</source>
        <translation>Сейчас нельзя %1 эту передачу: её %2 — %3 в %4 (%5). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The handoff of entry %1 was changed by %2 at %3 (%4) while you had it open: it is now %5. Nothing was changed; look at it again and decide.</source>
        <translation>Передачу по обращению %1 изменил(а) %2 в %3 (%4), пока она была у вас открыта: теперь она %5. Ничего не изменено; посмотрите её ещё раз и решите.</translation>
    </message>
</context>
<context>
    <name>zabota::core::HandoffService</name>
    <message>
        <source>%1 is not a case curator: hand the family to a curator or to the curators&apos; queue.</source>
        <translation>%1 — не куратор случая: передайте семью куратору или в общую очередь кураторов.</translation>
    </message>
    <message>
        <source>The deadline to accept has passed already: choose a later one.</source>
        <translation>Срок принятия уже прошёл: укажите более поздний.</translation>
    </message>
    <message>
        <source>Only a case curator can accept a handoff.</source>
        <translation>Принять семью может только куратор случая.</translation>
    </message>
    <message>
        <source>This handoff is offered to %1, not to you.</source>
        <translation>Эта семья передана не вам, а куратору %1.</translation>
    </message>
    <message>
        <source>Say why the handoff goes back: the dispatcher will read it.</source>
        <translation>Укажите, почему семья возвращается: диспетчер увидит причину.</translation>
    </message>
    <message>
        <source>Only a case curator can return a handoff.</source>
        <translation>Вернуть семью может только куратор случая.</translation>
    </message>
    <message>
        <source>Only the dispatcher who offered the handoff, or a supervisor, can withdraw it.</source>
        <translation>Отозвать передачу может только передавший её диспетчер или руководитель.</translation>
    </message>
    <message>
        <source>Only a supervisor can reassign a handoff.</source>
        <translation>Переназначить передачу может только руководитель.</translation>
    </message>
    <message>
        <source>not accepted by the deadline</source>
        <translation>не принята в срок</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>истёк срок</translation>
    </message>
    <message>
        <source>the curators&apos; queue</source>
        <translation>общая очередь кураторов</translation>
    </message>
</context>
<context>
    <name>zabota::core::HandoffState</name>
    <message>
        <source>Offered</source>
        <translation>Передано куратору</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Передано руководителю</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalColumn</name>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Направившая организация</translation>
    </message>
    <message>
        <source>Referral document No.</source>
        <translation>№ документа направления</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Категория проблемы</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Вид звонка</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalColumns</name>
    <message>
        <source>Unknown column «%1». The columns are: %2.</source>
        <translation>Неизвестный столбец «%1». Столбцы: %2.</translation>
    </message>
    <message>
        <source>Name at least one column. The columns are: %1.</source>
        <translation>Укажите хотя бы один столбец. Столбцы: %1.</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalExportJob</name>
    <message>
        <source>The export stopped without a word. Try again.</source>
        <translation>Выгрузка остановилась без объяснения. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalExporter</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator exports the journal. Ask one of them for the report.</source>
        <translation>Журнал выгружает только руководитель или администратор. Попросите отчёт у одного из них.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <source>Journal %1 — %2</source>
        <translation>Журнал %1 — %2</translation>
    </message>
    <message>
        <source>Journal from %1</source>
        <translation>Журнал с %1</translation>
    </message>
    <message>
        <source>Journal up to %1</source>
        <translation>Журнал по %1</translation>
    </message>
    <message>
        <source>Journal, all time</source>
        <translation>Журнал за всё время</translation>
    </message>
    <message>
        <source>(depersonalised)</source>
        <translation>(обезличенный)</translation>
    </message>
    <message>
        <source>The first day of the period is not a valid date.</source>
        <translation>Первый день периода — недопустимая дата.</translation>
    </message>
    <message>
        <source>The last day of the period is not a valid date.</source>
        <translation>Последний день периода — недопустимая дата.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2. Correct the dates: the end must be on or after the start.</source>
        <translation>Период заканчивается %1 — раньше, чем начинается (%2). Исправьте даты: конец должен быть не раньше начала.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Выберите хотя бы один столбец для выгрузки.</translation>
    </message>
    <message>
        <source>The column «%1» could lead to the person and has no place in a depersonalised export. Leave it out, or export without depersonalising.</source>
        <translation>Столбец «%1» может указать на человека, ему не место в обезличенной выгрузке. Исключите его или выгружайте без обезличивания.</translation>
    </message>
    <message>
        <source>Name the file to export to.</source>
        <translation>Укажите файл для выгрузки.</translation>
    </message>
    <message>
        <source>Hotline journal</source>
        <translation>Журнал телефона доверия</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Dispatcher: %1</source>
        <translation>Диспетчер: %1</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Поиск: «%1»</translation>
    </message>
    <message>
        <source>Depersonalised: no names, phones, registration numbers or free text</source>
        <translation>Обезличено: без имён, телефонов, регистрационных номеров и свободного текста</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation>Выгружено %1, %2</translation>
    </message>
    <message>
        <source>No entry of the journal matches the period %1 and the filters chosen, so nothing was written. Widen the period or the filters.</source>
        <translation>Ни одна запись журнала не подходит под период %1 и выбранные фильтры, поэтому ничего не записано. Расширьте период или фильтры.</translation>
    </message>
    <message>
        <source>%1 entries match, more than an Excel sheet holds (%2). Export a shorter period, or to CSV.</source>
        <translation>Подходит записей: %1 — больше, чем вмещает лист Excel (%2). Выгрузите более короткий период или в CSV.</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalRepository</name>
    <message>
        <source>Entry %1 is numbered in %2: its date must stay in that year. Register a new entry instead.</source>
        <translation>Запись № %1 зарегистрирована в %2 году: её дата должна оставаться в пределах этого года. Если нужна дата другого года, зарегистрируйте новую запись.</translation>
    </message>
    <message>
        <source>The journal entry no longer exists.</source>
        <translation>Этой записи журнала больше нет.</translation>
    </message>
    <message>
        <source>Entry %1 was registered by %2: only they can take it back.</source>
        <translation>Запись № %1 зарегистрировал(а) %2: отменить её может только автор.</translation>
    </message>
    <message>
        <source>Entry %1 has been changed since it was registered, so it can no longer be taken back.</source>
        <translation>Запись № %1 изменялась после регистрации, поэтому её регистрацию уже нельзя отменить.</translation>
    </message>
    <message>
        <source>Entry %1 can no longer be taken back: entries have been registered after it.</source>
        <translation>Регистрацию записи № %1 уже нельзя отменить: после неё зарегистрированы другие записи.</translation>
    </message>
    <message>
        <source>Entry %1 was changed by %2 at %3 (%4) while you were editing it. Your changes are still in the form: reload the entry to see theirs, and yours are put back where they did not change the same field.</source>
        <translation>Запись %1 изменил(а) %2 в %3 (%4), пока вы её редактировали. Ваши изменения остались в форме: обновите запись, чтобы увидеть чужие, — ваши вернутся туда, где другой человек не менял то же поле.</translation>
    </message>
    <message>
        <source>This journal entry was deleted at another workstation while you were editing it (a call registered by mistake is taken back that way), so it cannot be saved. Your text is still in the form: copy what you need into a new entry.</source>
        <translation>Эта запись журнала удалена на другом рабочем месте, пока вы её редактировали (так отменяют ошибочно зарегистрированный звонок), поэтому её нельзя сохранить. Ваш текст остался в форме: скопируйте нужное в новую запись.</translation>
    </message>
</context>
<context>
    <name>zabota::core::JournalService</name>
    <message>
        <source>Enter the date and time the appeal was received.</source>
        <translation>Укажите дату и время поступления обращения.</translation>
    </message>
    <message>
        <source>The appeal cannot be received in the future: check the date and time.</source>
        <translation>Обращение не может поступить в будущем: проверьте дату и время.</translation>
    </message>
    <message>
        <source>The date is before %1: check the year.</source>
        <translation>Дата раньше %1: проверьте год.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <source>applicant&apos;s name</source>
        <translation>ФИО заявителя</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>referring agency</source>
        <translation>направившая организация</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <source>action taken</source>
        <translation>принятые меры</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 fit. Shorten it; nothing has been lost.</source>
        <translation>В поле «%1» %2 симв., а помещается не более %3. Сократите текст; ничего не потеряно.</translation>
    </message>
    <message>
        <source>An anonymous appeal keeps no name or phone: clear them, or untick «Anonymous».</source>
        <translation>В анонимном обращении не сохраняются ФИО и телефон: очистите эти поля или снимите отметку «Анонимное обращение».</translation>
    </message>
    <message>
        <source>«%1» is not a phone number: use 5 to 15 digits, with spaces, brackets, hyphens and a leading + if needed.</source>
        <translation>«%1» — не номер телефона: введите от 5 до 15 цифр; при необходимости — с пробелами, скобками, дефисами и знаком + в начале.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name or phone, or mark the appeal anonymous.</source>
        <translation>Укажите ФИО или телефон заявителя либо отметьте обращение как анонимное.</translation>
    </message>
    <message>
        <source>Name the agency that referred the family.</source>
        <translation>Укажите организацию, направившую семью.</translation>
    </message>
    <message>
        <source>Choose the problem category.</source>
        <translation>Выберите категорию проблемы.</translation>
    </message>
    <message>
        <source>Write a short summary of the appeal.</source>
        <translation>Кратко изложите содержание обращения.</translation>
    </message>
    <message>
        <source>Only an administrator can change the list of categories.</source>
        <translation>Изменять список категорий может только администратор.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Направившая организация</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Вид звонка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Entry %1 is an appeal: it is not removed, but corrected or closed.</source>
        <translation>Запись № %1 — обращение: его не удаляют, а исправляют или закрывают.</translation>
    </message>
    <message>
        <source>Entry %1 was registered more than %2 minutes ago and stays in the journal.</source>
        <translation>Запись № %1 зарегистрирована больше %2 минут назад и остаётся в журнале.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Migrator</name>
    <message>
        <source>The database upgrade %1 could not be read.</source>
        <translation>Не удалось прочитать файл обновления базы данных %1.</translation>
    </message>
    <message>
        <source>Two database upgrades carry the number %1.</source>
        <translation>Два обновления базы данных имеют один и тот же номер %1.</translation>
    </message>
    <message>
        <source>This build of Zabota carries no database schema. Reinstall it.</source>
        <translation>В этой сборке программы «Забота» нет схемы базы данных. Переустановите программу.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Zabota (schema %1; this version knows %2). Update the console before opening it.</source>
        <translation>Эта база данных создана более новой версией программы «Забота» (схема %1; эта версия знает схемы до %2). Обновите программу, прежде чем открывать эту базу.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1, so it was left as it was. Please report this to your administrator.</source>
        <translation>Не удалось обновить базу данных до версии %1, поэтому она оставлена без изменений. Сообщите об этом администратору.</translation>
    </message>
</context>
<context>
    <name>zabota::core::NavigatorRepository</name>
    <message>
        <source>Enter the name of the life situation.</source>
        <translation>Введите название жизненной ситуации.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Название — не более %1 символов.</translation>
    </message>
    <message>
        <source>The description is at most %1 characters.</source>
        <translation>Описание — не более %1 символов.</translation>
    </message>
    <message>
        <source>The services are at most %1 characters.</source>
        <translation>Услуги — не более %1 символов.</translation>
    </message>
    <message>
        <source>A checklist has at most %1 steps; this one has %2.</source>
        <translation>В перечне шагов не более %1 шагов, а в этом — %2.</translation>
    </message>
    <message>
        <source>Step %1 of the checklist is longer than %2 characters.</source>
        <translation>Шаг %1 перечня длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The life situation no longer exists.</source>
        <translation>Этой жизненной ситуации больше нет.</translation>
    </message>
    <message>
        <source>There is a life situation «%1» already.</source>
        <translation>Жизненная ситуация «%1» уже есть.</translation>
    </message>
    <message>
        <source>The life situation «%1» is no longer used: choose another one, or none.</source>
        <translation>Жизненная ситуация «%1» больше не используется: выберите другую или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>zabota::core::NavigatorService</name>
    <message>
        <source>Only an administrator can change the life situations of the navigator.</source>
        <translation>Менять жизненные ситуации навигатора может только администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::core::NeedCircumstance</name>
    <message>
        <source>Full or partial loss of the ability to care for oneself</source>
        <translation>Полная или частичная утрата способности к самообслуживанию</translation>
    </message>
    <message>
        <source>A disabled family member who needs constant care</source>
        <translation>Наличие в семье инвалида, нуждающегося в постоянном постороннем уходе</translation>
    </message>
    <message>
        <source>A child with difficulties of social adaptation</source>
        <translation>Наличие ребёнка, испытывающего трудности в социальной адаптации</translation>
    </message>
    <message>
        <source>No one can care for a disabled person, a child or children</source>
        <translation>Отсутствие возможности обеспечения ухода за инвалидом, ребёнком, детьми</translation>
    </message>
    <message>
        <source>Conflict or violence within the family</source>
        <translation>Внутрисемейный конфликт, насилие в семье</translation>
    </message>
    <message>
        <source>No fixed place of residence</source>
        <translation>Отсутствие определённого места жительства</translation>
    </message>
    <message>
        <source>No work and no means of subsistence</source>
        <translation>Отсутствие работы и средств к существованию</translation>
    </message>
    <message>
        <source>Other circumstances worsening living conditions</source>
        <translation>Иные обстоятельства, ухудшающие условия жизнедеятельности</translation>
    </message>
</context>
<context>
    <name>zabota::core::PartnerKind</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Социальное обслуживание</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Civil registry office</source>
        <translation>ЗАГС</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
    <message>
        <source>Pension and social fund</source>
        <translation>Социальный фонд</translation>
    </message>
    <message>
        <source>Guardianship authority</source>
        <translation>Опека и попечительство</translation>
    </message>
    <message>
        <source>Juvenile affairs commission</source>
        <translation>КДН и ЗП</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>zabota::core::PartnerRepository</name>
    <message>
        <source>The partner organisation no longer exists.</source>
        <translation>Этой организации-партнёра больше нет.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Введите название организации.</translation>
    </message>
    <message>
        <source>At most %1 characters fit here; shorten it.</source>
        <translation>Здесь помещается не более %1 символов: сократите текст.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address: it looks like name@example.ru.</source>
        <translation>«%1» — не адрес электронной почты: он выглядит как name@example.ru.</translation>
    </message>
    <message>
        <source>There is a partner organisation «%1» already.</source>
        <translation>Организация-партнёр «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>zabota::core::PartnerService</name>
    <message>
        <source>Only an administrator can change the partner organisations.</source>
        <translation>Менять организации-партнёры может только администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::core::PasswordKeyring</name>
    <message>
        <source>The keyring keeps no password for this database.</source>
        <translation>В хранилище ключей нет пароля для этой базы данных.</translation>
    </message>
    <message>
        <source>The system keyring refused access to the password (it is locked, or access was denied), so the password was not kept there.</source>
        <translation>Системное хранилище ключей не дало доступа к паролю (оно заблокировано или доступ запрещён), поэтому пароль там не сохранён.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer (no Secret Service such as GNOME Keyring or KeePassXC, and no KWallet, answers), so the password cannot be kept. The console asks for it at its start; a ~/.pgpass file works too.</source>
        <translation>На этом компьютере нет системного хранилища ключей (не отвечают ни Secret Service — GNOME Keyring или KeePassXC, — ни KWallet), поэтому пароль нельзя сохранить. Консоль спросит его при запуске; можно также использовать файл ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time, so the password was not kept. The console asks for it at its start.</source>
        <translation>Системное хранилище ключей не ответило вовремя, поэтому пароль не сохранён. Консоль спросит его при запуске.</translation>
    </message>
</context>
<context>
    <name>zabota::core::PdfTableWriter</name>
    <message>
        <source>the headings leave no room for the rows; choose fewer or wider columns</source>
        <translation>заголовки не оставляют места для строк; выберите меньше столбцов или более широкие</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>the pages were never drawn</source>
        <translation>страницы так и не были нарисованы</translation>
    </message>
</context>
<context>
    <name>zabota::core::PlanItemStatus</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>zabota::core::ProtocolDecision</name>
    <message>
        <source>Take on support</source>
        <translation>Принять на сопровождение</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Изменить план</translation>
    </message>
    <message>
        <source>Change the level</source>
        <translation>Изменить уровень</translation>
    </message>
    <message>
        <source>End support</source>
        <translation>Завершить сопровождение</translation>
    </message>
</context>
<context>
    <name>zabota::core::ProtocolKind</name>
    <message>
        <source>Case conference</source>
        <translation>Консилиум специалистов</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Juvenile affairs commission</source>
        <translation>КДН и ЗП</translation>
    </message>
</context>
<context>
    <name>zabota::core::RecordingRepository</name>
    <message>
        <source>The recording of this call was already closed.</source>
        <translation>Запись этого разговора уже закрыта.</translation>
    </message>
    <message>
        <source>This recording was deleted on %1 under the keeping rules of its line; it can no longer be attached to an entry.</source>
        <translation>Эта запись удалена %1 по сроку хранения записей линии; прикрепить её к обращению уже нельзя.</translation>
    </message>
    <message>
        <source>This recording is already attached to entry %1. Nothing was changed.</source>
        <translation>Эта запись уже прикреплена к обращению %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal entry no longer exists.</source>
        <translation>Этого обращения в журнале больше нет.</translation>
    </message>
    <message>
        <source>The call recording no longer exists.</source>
        <translation>Этой записи разговора больше нет.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Relation</name>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Stepparent</source>
        <translation>Отчим или мачеха</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун или попечитель</translation>
    </message>
    <message>
        <source>Child (minor)</source>
        <translation>Ребёнок (несовершеннолетний)</translation>
    </message>
    <message>
        <source>Ward (minor)</source>
        <translation>Подопечный (несовершеннолетний)</translation>
    </message>
    <message>
        <source>Adult son or daughter</source>
        <translation>Совершеннолетний сын или дочь</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>zabota::core::RemovalReason</name>
    <message>
        <source>The situation improved</source>
        <translation>Улучшение положения семьи</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>The child turned 18</source>
        <translation>Достижение ребёнком 18 лет</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>zabota::core::Role</name>
    <message>
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
    <message>
        <source>Case curator</source>
        <translation>Куратор случая</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>zabota::core::Sex</name>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
</context>
<context>
    <name>zabota::core::StatisticsExporter</name>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>Statistics of appeals, handoffs, support cases and the register</source>
        <translation>Статистика обращений, передач кураторам, случаев сопровождения и учёта семей</translation>
    </message>
    <message>
        <source>Computed on %1</source>
        <translation>Рассчитано %1</translation>
    </message>
    <message>
        <source>The PDF of the report could not be made.</source>
        <translation>Не удалось сформировать PDF отчёта.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made: no room for temporary files.</source>
        <translation>Не удалось сформировать таблицу: нет места для временных файлов.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made.</source>
        <translation>Не удалось сформировать таблицу.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Изменение, %</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
</context>
<context>
    <name>zabota::core::StatisticsFormat</name>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a time in hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>a change and the same as a percentage</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a change of a share in percentage points</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) compared with %4 (%5 – %6)</source>
        <translation>%1 (%2 – %3) в сравнении с периодом %4 (%5 – %6)</translation>
    </message>
</context>
<context>
    <name>zabota::core::StatisticsPeriod</name>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Выберите первый день периода.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Выберите последний день периода.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2. Choose a last day on or after the first.</source>
        <translation>Период заканчивается %1 — раньше, чем начинается (%2). Выберите последний день не раньше первого.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter and its year</comment>
        <translation>%1 квартал %2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the first and the last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>zabota::core::StatisticsReportBuilder</name>
    <message>
        <source>Journal entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>Entries received in the period. An appeal is an entry with case data; the calls registered with one key carry none. The tables of channels, categories, callers and urgency count appeals; the table of dispatchers counts every entry.</source>
        <translation>Записи, поступившие за период. Обращение — запись с содержанием дела; звонки, отмеченные одной клавишей, его не имеют. Таблицы каналов, категорий, абонентов и срочности считают обращения; таблица диспетчеров — все записи.</translation>
    </message>
    <message>
        <source>Entries in the journal</source>
        <translation>Записей в журнале</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Appeals by channel</source>
        <translation>Обращения по каналам</translation>
    </message>
    <message>
        <source>Appeals by problem category</source>
        <translation>Обращения по категориям проблем</translation>
    </message>
    <message>
        <source>Categories no longer in use are shown while they have appeals in either period.</source>
        <translation>Категории, которые больше не используются, показаны, пока в одном из периодов есть обращения по ним.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Appeals by caller: minors and adults</source>
        <translation>Обращения по абонентам: несовершеннолетние и взрослые</translation>
    </message>
    <message>
        <source>Minors: callers of the type «%1». Adults: «%2», «%3» and «%4». Agencies call about a family. For «%5» and «%6» callers the age is not known. The share of minors is taken of every appeal.</source>
        <translation>Несовершеннолетние: абоненты типа «%1». Взрослые: «%2», «%3» и «%4». Организации обращаются по поводу семьи. Для абонентов «%5» и «%6» возраст неизвестен. Доля несовершеннолетних считается от всех обращений.</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Несовершеннолетние</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <source>Share of minors</source>
        <translation>Доля несовершеннолетних</translation>
    </message>
    <message>
        <source>Appeals by urgency</source>
        <translation>Обращения по срочности</translation>
    </message>
    <message>
        <source>Journal entries by dispatcher</source>
        <translation>Записи журнала по диспетчерам</translation>
    </message>
    <message>
        <source>Every entry registered by the person, calls without an appeal included.</source>
        <translation>Все записи, зарегистрированные сотрудником, включая звонки без обращения.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Handoffs to case curators</source>
        <translation>Передачи кураторам случаев</translation>
    </message>
    <message>
        <source>Offered: handoffs made in the period. Accepted, returned, escalated and withdrawn: handoffs that moved so in the period, each counted once. The times run from the offer to the acceptance, over the handoffs accepted in the period, and the deadline is the one in force when the handoff was accepted.</source>
        <translation>Предложено: передачи, сделанные за период. Принято, возвращено, эскалировано и отозвано: передачи, перешедшие в это состояние за период, каждая один раз. Время считается от предложения до принятия по передачам, принятым за период; срок — действовавший в момент принятия.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>Возвращено куратором</translation>
    </message>
    <message>
        <source>Escalated past the deadline</source>
        <translation>Эскалировано после срока</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Accepted by the deadline</source>
        <translation>Принято в срок</translation>
    </message>
    <message>
        <source>Time to acceptance, median</source>
        <translation>Время до принятия, медиана</translation>
    </message>
    <message>
        <source>Time to acceptance, mean</source>
        <translation>Время до принятия, среднее</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Случаи сопровождения</translation>
    </message>
    <message>
        <source>A positive result is the outcome «%1».</source>
        <translation>Положительный результат — исход «%1».</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Outcome not stated</source>
        <translation>Исход не указан</translation>
    </message>
    <message>
        <source>Closed with a positive result</source>
        <translation>Закрыто с положительным результатом</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Открыто на конец периода</translation>
    </message>
    <message>
        <source>Families on the preventive register</source>
        <translation>Семьи на профилактическом учёте</translation>
    </message>
    <message>
        <source>A family is on the register from the day it is put on it until the day it is taken off. At the start: before the first day&apos;s changes; at the end: after the last day&apos;s. A positive result is the reason «%1».</source>
        <translation>Семья состоит на учёте со дня постановки до дня снятия. На начало — до изменений первого дня; на конец — после изменений последнего. Положительный результат — причина «%1».</translation>
    </message>
    <message>
        <source>On the register at the start</source>
        <translation>На учёте на начало периода</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Поставлено на учёт</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Снято с учёта</translation>
    </message>
    <message>
        <source>Reason not stated</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <source>On the register at the end</source>
        <translation>На учёте на конец периода</translation>
    </message>
    <message>
        <source>Taken off with a positive result</source>
        <translation>Снято с положительным результатом</translation>
    </message>
</context>
<context>
    <name>zabota::core::StatisticsService</name>
    <message>
        <source>The statistics are for supervisors and administrators.</source>
        <translation>Статистика доступна руководителям и администраторам.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or name.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку или имя.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
</context>
<context>
    <name>zabota::core::Urgency</name>
    <message>
        <source>Planned</source>
        <translation>Плановое</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочное</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренное</translation>
    </message>
</context>
<context>
    <name>zabota::core::UserRepository</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>Этого пользователя больше нет.</translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
</context>
<context>
    <name>zabota::telephony::CallRecorder</name>
    <message>
        <source>The recording %1 already exists; a recording is never written over another.</source>
        <translation>Запись %1 уже существует; запись разговора никогда не записывается поверх другой.</translation>
    </message>
    <message>
        <source>The folder %1 for call recordings cannot be created.</source>
        <translation>Не удаётся создать папку %1 для записей разговоров.</translation>
    </message>
    <message>
        <source>The recording %1 cannot be created.</source>
        <translation>Не удаётся создать файл записи %1.</translation>
    </message>
    <message>
        <source>The recording %1 is already closed.</source>
        <translation>Запись %1 уже закрыта.</translation>
    </message>
    <message>
        <source>The recording stopped: %1 cannot be written. The disk may be full.</source>
        <translation>Запись остановлена: не удаётся записать %1. Возможно, диск заполнен.</translation>
    </message>
    <message>
        <source>The archive copy %1 cannot be written. The disk may be full; the call is still recorded to %2.</source>
        <translation>Не удаётся записать архивную копию %1. Возможно, диск заполнен; разговор по-прежнему записывается в %2.</translation>
    </message>
    <message>
        <source>The end of the recording %1 could not be written. The disk may be full.</source>
        <translation>Не удалось записать конец записи %1. Возможно, диск заполнен.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a sound file.</source>
        <translation>Файл %1 не читается как звуковой.</translation>
    </message>
</context>
<context>
    <name>zabota::telephony::LineCapture</name>
    <message>
        <source>The input &quot;%1&quot; of the line &quot;%2&quot; delivers no sound.</source>
        <translation>Вход «%1» линии «%2» не передаёт звук.</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; of the line &quot;%2&quot; is not connected.</source>
        <translation>Вход «%1» линии «%2» не подключён.</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; of the line &quot;%2&quot; cannot be opened.</source>
        <translation>Не удаётся открыть вход «%1» линии «%2».</translation>
    </message>
    <message>
        <source>The input of the line &quot;%1&quot; stopped: the adapter was unplugged or failed.</source>
        <translation>Вход линии «%1» остановился: адаптер отключён или неисправен.</translation>
    </message>
</context>
<context>
    <name>zabota::telephony::LineConfigStore</name>
    <message>
        <source>Give the line a name, e.g. &quot;Hotline 1&quot;.</source>
        <translation>Дайте линии название, например «Горячая линия 1».</translation>
    </message>
    <message>
        <source>Another line is already called &quot;%1&quot;.</source>
        <translation>Линия с названием «%1» уже есть.</translation>
    </message>
    <message>
        <source>Choose the audio input the line&apos;s adapter is plugged into.</source>
        <translation>Выберите звуковой вход, к которому подключён адаптер линии.</translation>
    </message>
    <message>
        <source>The gain must be between %1 and %2 dB.</source>
        <translation>Усиление должно быть от %1 до %2 дБ.</translation>
    </message>
    <message>
        <source>Keep recordings from 0 (for ever) to %1 days.</source>
        <translation>Срок хранения записей — от 0 (бессрочно) до %1 дней.</translation>
    </message>
</context>
<context>
    <name>zabota::telephony::RecordingArchive</name>
    <message>
        <source>The recording %1 is past the keeping time of line %2 but could not be deleted. Delete it by hand, or ask the administrator to check the recordings folder.</source>
        <translation>Срок хранения записи %1 на линии %2 истёк, но удалить её не удалось. Удалите её вручную или попросите администратора проверить папку записей.</translation>
    </message>
</context>
<context>
    <name>zabota::telephony::WavReader</name>
    <message>
        <source>%1 cannot be read as a sound file.</source>
        <translation>%1 не удаётся прочитать как звуковой файл.</translation>
    </message>
    <message>
        <source>%1 is sampled at %2 Hz; only recordings of the phone line at 8000 Hz can be replayed.</source>
        <translation>Частота дискретизации %1 — %2 Гц; воспроизводятся только записи телефонной линии с частотой 8000 Гц.</translation>
    </message>
    <message>
        <source>%1 has %2 channels; only mono and stereo recordings can be replayed.</source>
        <translation>Каналов в %1: %2; воспроизводятся только моно- и стереозаписи.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CallDesk</name>
    <message>
        <source>The lines of this workstation: audio inputs, caller ID, gain, recording</source>
        <translation>Линии этого рабочего места: звуковые входы, определитель номера, усиление, запись</translation>
    </message>
    <message>
        <source>Recorded calls that no journal entry holds: attach or register them</source>
        <translation>Записанные звонки, не прикреплённые ни к одному обращению: прикрепите или зарегистрируйте их</translation>
    </message>
    <message>
        <source>Bring back the card of the latest call</source>
        <translation>Снова показать карточку последнего звонка</translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation>Звонков пока не было.</translation>
    </message>
    <message>
        <source>No phone lines</source>
        <translation>Телефонные линии не настроены</translation>
    </message>
    <message>
        <source>Service → Phone lines to set up the lines of this workstation</source>
        <translation>Сервис → Телефонные линии — настройка линий этого рабочего места</translation>
    </message>
    <message numerus="yes">
        <source>Lines: %n listened to</source>
        <translation>
            <numerusform>Линии: слушается %n</numerusform>
            <numerusform>Линии: слушаются %n</numerusform>
            <numerusform>Линии: слушаются %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines: %1 of %2 not working</source>
        <translation>Линии: не работают %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Phone lines saved: %n</source>
        <translation>
            <numerusform>Сохранена %n телефонная линия</numerusform>
            <numerusform>Сохранены %n телефонные линии</numerusform>
            <numerusform>Сохранено %n телефонных линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old call recordings deleted under the keeping rules (%1 freed).</source>
        <translation>
            <numerusform>По сроку хранения удалена %n старая запись разговора (освобождено %1).</numerusform>
            <numerusform>По сроку хранения удалены %n старые записи разговоров (освобождено %1).</numerusform>
            <numerusform>По сроку хранения удалено %n старых записей разговоров (освобождено %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings could not be deleted: %1</source>
        <translation>
            <numerusform>Не удалось удалить %n запись: %1</numerusform>
            <numerusform>Не удалось удалить %n записи: %1</numerusform>
            <numerusform>Не удалось удалить %n записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;hone lines…</source>
        <translation>Телефонные &amp;линии…</translation>
    </message>
    <message>
        <source>Recordin&amp;gs without an entry…</source>
        <translation>&amp;Записи без обращения…</translation>
    </message>
    <message>
        <source>Show the call car&amp;d</source>
        <translation>&amp;Карточка звонка</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CallStrip</name>
    <message>
        <source>no number</source>
        <translation>номер не определён</translation>
    </message>
    <message>
        <source>ended, talked %1</source>
        <translation>завершён, разговор %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>talking %1</source>
        <translation>разговор %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <source>Call on the line &quot;%1&quot; from %2 at %3: %4</source>
        <translation>Звонок на линии «%1» с номера %2 в %3: %4</translation>
    </message>
    <message>
        <source>The caller was told the call is &amp;being recorded</source>
        <translation>Абонент предупреждён о записи раз&amp;говора</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CaseDesk</name>
    <message>
        <source>Hand to a &amp;curator…</source>
        <translation>&amp;Передать куратору…</translation>
    </message>
    <message>
        <source>Hand the family of the selected entry to a case curator</source>
        <translation>Передать семью из выбранной записи куратору случая</translation>
    </message>
    <message>
        <source>Hand&amp;offs…</source>
        <translation>&amp;Передачи семей…</translation>
    </message>
    <message>
        <source>Families offered to you, returned to you or late</source>
        <translation>Семьи, переданные вам, возвращённые вам или просроченные</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>&amp;Случаи…</translation>
    </message>
    <message>
        <source>The support cases and who holds them</source>
        <translation>Случаи сопровождения и кто их ведёт</translation>
    </message>
    <message>
        <source>&amp;Late work…</source>
        <translation>П&amp;росроченное…</translation>
    </message>
    <message>
        <source>Plan items past their due date and handoffs past their deadline</source>
        <translation>Просроченные пункты планов и непринятые вовремя передачи</translation>
    </message>
    <message>
        <source>Select the entry whose family is to be handed over.</source>
        <translation>Выберите запись, семью из которой нужно передать.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Запись %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 handed over</source>
        <translation>Семья из записи %1 передана</translation>
    </message>
    <message numerus="yes">
        <source>%n new handoff(s) in your inbox: Ctrl+I opens it.</source>
        <translation>
            <numerusform>%n новая передача во входящих: откройте их по Ctrl+I.</numerusform>
            <numerusform>%n новые передачи во входящих: откройте их по Ctrl+I.</numerusform>
            <numerusform>%n новых передач во входящих: откройте их по Ctrl+I.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::CaseWindow</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <source>P&amp;rotocols</source>
        <translation>П&amp;ротоколы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>En&amp;d support…</source>
        <translation>&amp;Завершить сопровождение…</translation>
    </message>
    <message>
        <source>Close the case with its outcome</source>
        <translation>Закрыть случай с итогом</translation>
    </message>
    <message>
        <source>e.g. the mother&apos;s application of 10.03.2026</source>
        <translation>например, заявление матери от 10.03.2026</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задан)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Prin&amp;t contract…</source>
        <translation>Пе&amp;чать договора…</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Основ&amp;ание:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Contract &amp;no.:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Действует д&amp;о:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Section and activity</source>
        <translation>Раздел и мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>Пра&amp;вить…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Mar&amp;k done…</source>
        <translation>&amp;Отметить выполнение…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Pr&amp;int plan…</source>
        <translation>Пе&amp;чать плана…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Add protocol…</source>
        <translation>&amp;Добавить протокол…</translation>
    </message>
    <message>
        <source>Pr&amp;int protocol…</source>
        <translation>Пе&amp;чать протокола…</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Случай %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt;, opened %2, curator %3</source>
        <translation>&lt;b&gt;Случай %1&lt;/b&gt;, открыт %2, куратор %3</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Семья: %1</translation>
    </message>
    <message>
        <source>, card %1</source>
        <translation>, карточка %1</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Запись журнала %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed %1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Закрыт %1: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — the case opened, curator %2</source>
        <translation>%1 — открыт случай, куратор %2</translation>
    </message>
    <message>
        <source>%1 — protocol %2 (%3): %4</source>
        <translation>%1 — протокол %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 — support ended: %2</source>
        <translation>%1 — сопровождение завершено: %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Просрочен на %n день</numerusform>
            <numerusform>Просрочен на %n дня</numerusform>
            <numerusform>Просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>What was done, e.g. 4 consultations held</source>
        <translation>Что сделано, например: проведено 4 консультации</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>&amp;Дата выполнения:</translation>
    </message>
    <message>
        <source> — case curator</source>
        <translation> — куратор случая</translation>
    </message>
    <message>
        <source>End support</source>
        <translation>Завершить сопровождение</translation>
    </message>
    <message>
        <source>What became of the family; required for &quot;Other&quot;</source>
        <translation>Что стало с семьёй; обязательно для «Иное»</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Enter and save the contract&apos;s number first.</source>
        <translation>Сначала укажите и сохраните номер договора.</translation>
    </message>
    <message>
        <source>Contract %1.pdf</source>
        <translation>Договор %1.pdf</translation>
    </message>
    <message>
        <source>Support plan %1.pdf</source>
        <translation>План сопровождения %1.pdf</translation>
    </message>
    <message>
        <source>Choose the protocol to print.</source>
        <translation>Выберите протокол для печати.</translation>
    </message>
    <message>
        <source>Protocol %1 of case %2.pdf</source>
        <translation>Протокол %1 случая %2.pdf</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CasesWindow</name>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Мои случаи</translation>
    </message>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>Случаи всех кураторов</translation>
    </message>
    <message>
        <source>Closed &amp;too</source>
        <translation>&amp;Закрытые тоже</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Открытых пунктов</translation>
    </message>
    <message>
        <source>Late items</source>
        <translation>Просроченных</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Просрочено на</translation>
    </message>
    <message>
        <source>Activity or note</source>
        <translation>Мероприятие или записка</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Случаи</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>Просро&amp;ченное</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>закрыт %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>пункт плана</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>передача</translation>
    </message>
    <message>
        <source>the curators&apos; queue</source>
        <translation>очередь кураторов</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n открытый случай</numerusform>
            <numerusform>%n открытых случая</numerusform>
            <numerusform>%n открытых случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late thing(s)</source>
        <translation>
            <numerusform>, %n просрочено</numerusform>
            <numerusform>, %n просрочено</numerusform>
            <numerusform>, %n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (late: %3)</source>
        <translation>%1: %2 (с просрочкой: %3)</translation>
    </message>
    <message>
        <source>By curator: </source>
        <translation>По кураторам: </translation>
    </message>
    <message>
        <source>&amp;Late (%1)</source>
        <translation>Просро&amp;ченное (%1)</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CategoriesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>Категории проблем</translation>
    </message>
    <message>
        <source>Ticked categories are offered in the registration form. A category that is no longer needed is unticked: entries filed under it keep it.</source>
        <translation>Отмеченные категории предлагаются в форме регистрации. С ненужной категории отметку снимают: у записей, отнесённых к ней, она сохраняется.</translation>
    </message>
    <message>
        <source>Title of a new category, or a new title for the selected one</source>
        <translation>Название новой категории или новое название выбранной</translation>
    </message>
</context>
<context>
    <name>zabota::ui::CategoryPeriodDialog</name>
    <message>
        <source>Add category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С даты:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::DatabaseConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>This console works on: %1</source>
        <translation>Консоль работает с базой: %1</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer (a single desk)</source>
        <translation>База данных в &amp;файле на этом компьютере (одно рабочее место)</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by several workstations</source>
        <translation>Общий &amp;сервер PostgreSQL для нескольких рабочих мест</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>db.centre.local or 192.168.1.10</source>
        <translation>db.centre.local или 192.168.1.10</translation>
    </message>
    <message>
        <source>asked for at the start if left empty</source>
        <translation>если оставить пустым, спросит при запуске</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, never in the settings)</source>
        <translation>&amp;Запомнить пароль (в системном хранилище ключей, не в настройках)</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: не шифровать</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server offers it</source>
        <translation>prefer: шифровать, если сервер предлагает</translation>
    </message>
    <message>
        <source>require: always encrypt, without checking the server&apos;s certificate</source>
        <translation>require: всегда шифровать, без проверки сертификата сервера</translation>
    </message>
    <message>
        <source>verify-ca: always encrypt, check the server&apos;s certificate</source>
        <translation>verify-ca: всегда шифровать, проверять сертификат сервера</translation>
    </message>
    <message>
        <source>verify-full: always encrypt, check the certificate and the server&apos;s name</source>
        <translation>verify-full: всегда шифровать, проверять сертификат и имя сервера</translation>
    </message>
    <message>
        <source>root.crt, from your administrator</source>
        <translation>root.crt от администратора</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Обзо&amp;р…</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Серв&amp;ер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation>&amp;Корневой сертификат:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>The console connects with these settings at its next start. A database given with --database on the command line takes precedence over them.</source>
        <translation>Консоль подключится с этими настройками при следующем запуске. База, указанная в командной строке через --database, важнее них.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Type the password to remember, or leave «Remember the password» unticked: the console then asks for it at its start.</source>
        <translation>Введите пароль, который нужно запомнить, или снимите флажок «Запомнить пароль»: тогда консоль спросит его при запуске.</translation>
    </message>
    <message>
        <source>«Remember the password» was switched off: press OK again to save the settings without it.</source>
        <translation>Флажок «Запомнить пароль» снят: нажмите OK ещё раз, чтобы сохранить настройки без пароля.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Zabota databases (*.sqlite);;All files (*)</source>
        <translation>Базы «Заботы» (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>zabota::ui::DistrictsDialog</name>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>District / micro-district</source>
        <translation>Район / микрорайон</translation>
    </message>
    <message>
        <source>District specialist</source>
        <translation>Участковый специалист</translation>
    </message>
    <message>
        <source>Add &amp;district…</source>
        <translation>Добавить &amp;район…</translation>
    </message>
    <message>
        <source>Add &amp;micro-district…</source>
        <translation>Добавить &amp;микрорайон…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Specialist…</source>
        <translation>&amp;Специалист…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>user no. %1</source>
        <translation>пользователь № %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <source>Choose the district first.</source>
        <translation>Сначала выберите район.</translation>
    </message>
    <message>
        <source>New micro-district</source>
        <translation>Новый микрорайон</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Choose a micro-district: its specialist is named there.</source>
        <translation>Выберите микрорайон: специалист назначается на микрорайон.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>Specialist of %1:</source>
        <translation>Специалист микрорайона «%1»:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::EntryDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>Обно&amp;вить</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>&amp;Поступило</translation>
    </message>
    <message>
        <source>When the appeal was received. Type the digits, or change the part under the cursor with Up and Down</source>
        <translation>Когда поступило обращение. Введите цифры или измените часть под курсором клавишами со стрелками вверх и вниз</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Линия</translation>
    </message>
    <message>
        <source>The phone line or address the appeal came to</source>
        <translation>Телефонная линия или адрес, на который поступило обращение</translation>
    </message>
    <message>
        <source>Calle&amp;r</source>
        <translation>Кто о&amp;братился</translation>
    </message>
    <message>
        <source>No name or phone is kept for an anonymous appeal. What you typed comes back if you untick it</source>
        <translation>Для анонимного обращения ФИО и телефон не сохраняются. Если снять отметку, введённое вернётся</translation>
    </message>
    <message>
        <source>&amp;Anonymous appeal</source>
        <translation>&amp;Анонимное обращение</translation>
    </message>
    <message>
        <source>Applica&amp;nt</source>
        <translation>&amp;Заявитель</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Referring a&amp;gency</source>
        <translation>&amp;Направившая организация</translation>
    </message>
    <message>
        <source>The agency that referred the family; required when the caller is an agency</source>
        <translation>Организация, направившая семью; обязательна, если обратилась организация</translation>
    </message>
    <message>
        <source>&amp;Document no.</source>
        <translation>№ &amp;документа</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Катего&amp;рия</translation>
    </message>
    <message>
        <source>Type the first letters of a category to choose it</source>
        <translation>Чтобы выбрать категорию, начните вводить её название</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Сро&amp;чность</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Содер&amp;жание</translation>
    </message>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves the entry</source>
        <translation>Enter — новая строка; Ctrl+Enter — сохранить запись</translation>
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation>Принятые &amp;меры</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <source>In the summary and the action taken, Enter starts a new line and Ctrl+Enter saves</source>
        <translation>В полях «Содержание» и «Принятые меры» Enter начинает новую строку, а Ctrl+Enter сохраняет запись</translation>
    </message>
    <message>
        <source>Enter — save, Esc — close</source>
        <translation>Enter — сохранить, Esc — закрыть</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Запись журнала № %1</translation>
    </message>
    <message>
        <source>Enter, or Ctrl+Enter in the text boxes</source>
        <translation>Enter, а в многострочных полях — Ctrl+Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Required for an agency</source>
        <translation>Обязательно, если обратилась организация</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>Entry %1 · registered by %2 at %3 · last changed by %4 at %5</source>
        <translation>Запись № %1 · зарегистрирована: %2, %3 · последнее изменение: %4, %5</translation>
    </message>
    <message>
        <source>Entry %1 · registered by %2 at %3</source>
        <translation>Запись № %1 · зарегистрирована: %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3: %4 → %5</source>
        <translation>%1 — %2: %3: %4 → %5</translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation>&amp;История изменений (%1)</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Всё, что вы ввели в этой форме, будет потеряно.</translation>
    </message>
    <message>
        <source>Not kept for an anonymous appeal</source>
        <translation>Не сохраняется для анонимного обращения</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>На %n символ больше допустимого</numerusform>
            <numerusform>На %n символа больше допустимого</numerusform>
            <numerusform>На %n символов больше допустимого</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is saved, but it is not linked to the family: %2</source>
        <translation>Запись %1 сохранена, но не привязана к семье: %2</translation>
    </message>
    <message>
        <source>Handed to curators:</source>
        <translation>Передача семьи куратору:</translation>
    </message>
    <message>
        <source>Life &amp;situation</source>
        <translation>Жизн&amp;енная ситуация</translation>
    </message>
    <message>
        <source>The navigator&apos;s life situation: its checklist and partners show below, and it sets the category and urgency unless you chose them yourself</source>
        <translation>Жизненная ситуация из навигатора: ниже появятся шаги диспетчера и партнёры, а категория и срочность выставятся сами, если вы не выбрали их вручную</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Услуги:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Партнёры:</translation>
    </message>
    <message>
        <source>Show the entry as it is saved now, with your changes put back where the other person left the field alone</source>
        <translation>Показать запись в сохранённом сейчас виде, вернув ваши изменения туда, где другой человек не трогал поле</translation>
    </message>
    <message>
        <source>Show your own values again in the fields you both changed</source>
        <translation>Снова показать ваши значения в полях, которые изменили вы оба</translation>
    </message>
    <message>
        <source>Put my version &amp;back</source>
        <translation>Вернуть мо&amp;ю версию</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Жизненная ситуация</translation>
    </message>
    <message>
        <source>Entry %1 was deleted at another workstation while you were editing it, so it cannot be saved. Your text is still in the form: copy what you need into a new entry.</source>
        <translation>Запись %1 удалена на другом рабочем месте, пока вы её редактировали, поэтому её нельзя сохранить. Ваш текст остался в форме: скопируйте нужное в новую запись.</translation>
    </message>
    <message>
        <source>Entry %1 now shows what %2 saved at %3 (%4).</source>
        <translation>Запись %1 теперь показывает то, что сохранил(а) %2 в %3 (%4).</translation>
    </message>
    <message>
        <source>Your changes to %1 are back in the form: save to keep them.</source>
        <translation>Ваши изменения полей %1 возвращены в форму: сохраните, чтобы их оставить.</translation>
    </message>
    <message>
        <source>%1 (yours: «%2»)</source>
        <translation>%1 (ваше: «%2»)</translation>
    </message>
    <message>
        <source>You both changed %1: the form shows their version, and «Put my version back» shows yours.</source>
        <translation>Вы оба изменили %1: форма показывает чужой вариант, а «Вернуть мою версию» покажет ваш.</translation>
    </message>
    <message>
        <source>None of your changes needed putting back.</source>
        <translation>Возвращать ваши изменения не понадобилось.</translation>
    </message>
    <message>
        <source>Your version of %1 is back in the form: saving puts it over theirs.</source>
        <translation>Ваш вариант %1 возвращён в форму: при сохранении он заменит чужой.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::ExportDesk</name>
    <message>
        <source>&amp;Export…</source>
        <translation>Вы&amp;грузить…</translation>
    </message>
    <message>
        <source>Export the journal as it is filtered to CSV, Excel or PDF, for reports</source>
        <translation>Выгрузить журнал с текущими фильтрами в CSV, Excel или PDF для отчётов</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Выгружена %n запись в %1</numerusform>
            <numerusform>Выгружено %n записи в %1</numerusform>
            <numerusform>Выгружено %n записей в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zabota::ui::ExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>Поступившие не раньше</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>Поступившие не позже</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (больше не используется)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All dispatchers</source>
        <translation>Все диспетчеры</translation>
    </message>
    <message>
        <source>every entry of the period</source>
        <translation>все записи периода</translation>
    </message>
    <message>
        <source>Only the entries the journal&apos;s search finds for these words, phone or registration number</source>
        <translation>Только записи, которые поиск журнала находит по этим словам, телефону или регистрационному номеру</translation>
    </message>
    <message>
        <source>&amp;Depersonalised: for reports that leave the centre</source>
        <translation>&amp;Обезличить: для отчётов, которые уходят из центра</translation>
    </message>
    <message>
        <source>Leaves out everything that could lead to the person: names, phones, registration and referral numbers, the summary and the action taken. Dates are given without the time.</source>
        <translation>Исключает всё, что может указать на человека: имена, телефоны, регистрационные номера и номера направлений, содержание и принятые меры. Даты даются без времени.</translation>
    </message>
    <message>
        <source>Defa&amp;ults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ка&amp;тегория:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>D&amp;ispatcher:</source>
        <translation>&amp;Диспетчер:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Столб&amp;цы:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>Export the journal to</source>
        <translation>Выгрузить журнал в</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Выгрузка остановлена; файл не записан.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ост&amp;ановить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyCardDialog</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Special a&amp;ttention</source>
        <translation>Особое &amp;внимание</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Put on register…</source>
        <translation>&amp;Поставить на учёт…</translation>
    </message>
    <message>
        <source>Take o&amp;ff register…</source>
        <translation>Сн&amp;ять с учёта…</translation>
    </message>
    <message>
        <source>Family card</source>
        <translation>Учётная карта семьи</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <source>School or work</source>
        <translation>Место учёбы или работы</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>Поставлена на учёт</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Снята с учёта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Re&amp;gistered address:</source>
        <translation>Адрес р&amp;егистрации:</translation>
    </message>
    <message>
        <source>A&amp;ctual address:</source>
        <translation>&amp;Фактический адрес:</translation>
    </message>
    <message>
        <source>P&amp;hones (one a line):</source>
        <translation>&amp;Телефоны (по одному в строке):</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Доходы:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1: %2 years</source>
        <translation>%1: %2 лет</translation>
    </message>
    <message>
        <source>Family card %1</source>
        <translation>Учётная карта семьи № %1</translation>
    </message>
    <message>
        <source>Card no. %1</source>
        <translation>Карта № %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Район: %1</translation>
    </message>
    <message>
        <source>Curator: %1</source>
        <translation>Куратор случая: %1</translation>
    </message>
    <message>
        <source>on the register</source>
        <translation>состоит на учёте</translation>
    </message>
    <message>
        <source>not on the register</source>
        <translation>не состоит на учёте</translation>
    </message>
    <message>
        <source>SPECIAL ATTENTION</source>
        <translation>ОСОБОЕ ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Put on register</source>
        <translation>Поставить на учёт</translation>
    </message>
    <message>
        <source>e.g. commission decision no. 12 of 03.03.2026</source>
        <translation>например, постановление КДН № 12 от 03.03.2026</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Take off register</source>
        <translation>Снять с учёта</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>H&amp;ousing:</source>
        <translation>&amp;Жильё:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>C&amp;urator:</source>
        <translation>&amp;Куратор:</translation>
    </message>
    <message>
        <source>Circumstances of need</source>
        <translation>Обстоятельства нуждаемости</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Добавить &amp;члена семьи…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>(no district)</source>
        <translation>(район не указан)</translation>
    </message>
    <message>
        <source>(no curator)</source>
        <translation>(куратор не назначен)</translation>
    </message>
    <message>
        <source>(no micro-district)</source>
        <translation>(микрорайон не указан)</translation>
    </message>
    <message>
        <source>Remove %1 from the card? The card keeps the change only when you save it.</source>
        <translation>Убрать «%1» из состава семьи? Изменение попадёт в карту только после сохранения.</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>этого члена семьи</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of this card?</source>
        <translation>Отменить несохранённые изменения карты?</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>Новая кате&amp;гория…</translation>
    </message>
    <message>
        <source>Re&amp;move category</source>
        <translation>Убрать категори&amp;ю</translation>
    </message>
    <message>
        <source>%1 (yours: «%2»)</source>
        <translation>%1 (ваше: «%2»)</translation>
    </message>
    <message>
        <source>Put my version &amp;back</source>
        <translation>Вернуть мо&amp;ю версию</translation>
    </message>
    <message>
        <source>Show the card as it is saved now, with your changes put back where the other person left the field alone</source>
        <translation>Показать карту в сохранённом сейчас виде, вернув ваши изменения туда, где другой человек не трогал поле</translation>
    </message>
    <message>
        <source>Show your own values again in the fields you both changed</source>
        <translation>Снова показать ваши значения в полях, которые изменили вы оба</translation>
    </message>
    <message>
        <source>Family card %1 was deleted at another workstation while you were editing it, so it cannot be saved. Your edits are still in the form: copy what you need before you close it.</source>
        <translation>Учётная карта семьи %1 удалена на другом рабочем месте, пока вы её редактировали, поэтому её нельзя сохранить. Ваши правки остались в форме: скопируйте нужное, прежде чем закрыть её.</translation>
    </message>
    <message>
        <source>Card %1 now shows what %2 saved at %3 (%4).</source>
        <translation>Карта %1 теперь показывает то, что сохранил(а) %2 в %3 (%4).</translation>
    </message>
    <message>
        <source>Your changes to %1 are back in the form: save to keep them.</source>
        <translation>Ваши изменения полей %1 возвращены в форму: сохраните, чтобы их оставить.</translation>
    </message>
    <message>
        <source>You both changed %1: the card shows their version, and «Put my version back» shows yours.</source>
        <translation>Вы оба изменили %1: карта показывает чужой вариант, а «Вернуть мою версию» покажет ваш.</translation>
    </message>
    <message>
        <source>None of your changes needed putting back.</source>
        <translation>Возвращать ваши изменения не понадобилось.</translation>
    </message>
    <message>
        <source>Your version of %1 is back in the form: saving puts it over theirs.</source>
        <translation>Ваш вариант %1 возвращён в форму: при сохранении он заменит чужой.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyLinkPanel</name>
    <message>
        <source>Family:</source>
        <translation>Семья:</translation>
    </message>
    <message>
        <source>Open &amp;card</source>
        <translation>Откр&amp;ыть карточку</translation>
    </message>
    <message>
        <source>Rem&amp;ove link</source>
        <translation>Отвязат&amp;ь</translation>
    </message>
    <message>
        <source>&amp;Find family:</source>
        <translation>Найти &amp;семью:</translation>
    </message>
    <message>
        <source>Phone, surname or address</source>
        <translation>Телефон, фамилия или адрес</translation>
    </message>
    <message>
        <source>Ne&amp;w family from the entry…</source>
        <translation>Новая семья из &amp;обращения…</translation>
    </message>
    <message>
        <source>Alt+W</source>
        <translation>Alt+О</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Найденные семьи</translation>
    </message>
    <message>
        <source>The linked family card no longer exists.</source>
        <translation>Учётной карты привязанной семьи больше нет.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>пока не выбрана</translation>
    </message>
    <message>
        <source>a new family (%1), created when the entry is saved</source>
        <translation>новая семья (%1): будет создана при сохранении записи</translation>
    </message>
    <message>
        <source>none: the link is removed when the entry is saved</source>
        <translation>нет: связь будет снята при сохранении записи</translation>
    </message>
    <message>
        <source>No family matches. Alt+W makes a new one from the entry.</source>
        <translation>Подходящих семей нет. Alt+О — новая семья из обращения.</translation>
    </message>
    <message>
        <source>Enter links the family under the cursor.</source>
        <translation>Enter — привязать выделенную семью.</translation>
    </message>
    <message>
        <source>This family card no longer exists.</source>
        <translation>Этой учётной карты семьи больше нет.</translation>
    </message>
    <message>
        <source>Chosen: the entry is linked to this family when it is saved.</source>
        <translation>Выбрано: запись будет привязана к этой семье при сохранении.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyRegistryModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <source>District / micro-district</source>
        <translation>Район / микрорайон</translation>
    </message>
    <message>
        <source>Main member</source>
        <translation>Основной член семьи</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членов семьи</translation>
    </message>
    <message>
        <source>On register</source>
        <translation>На учёте</translation>
    </message>
    <message>
        <source>Special attention</source>
        <translation>Особое внимание</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор случая</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Возраст детей</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>zabota::ui::FamilyRegistryWindow</name>
    <message>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Family registry</source>
        <translation>Реестр семей</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Состоят на учёте</translation>
    </message>
    <message>
        <source>Not on the register</source>
        <translation>Не состоят на учёте</translation>
    </message>
    <message>
        <source>Special attention</source>
        <translation>Особое внимание</translation>
    </message>
    <message>
        <source>Without special attention</source>
        <translation>Без особого внимания</translation>
    </message>
    <message>
        <source>With minors</source>
        <translation>С несовершеннолетними</translation>
    </message>
    <message>
        <source>Without minors</source>
        <translation>Без несовершеннолетних</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Micro-district:</source>
        <translation>&amp;Микрорайон:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Учёт:</translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation>&amp;Внимание:</translation>
    </message>
    <message>
        <source>Mi&amp;nors:</source>
        <translation>&amp;Несовершеннолетние:</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карту</translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n семья</numerusform>
            <numerusform>%n семьи</numerusform>
            <numerusform>%n семей</numerusform>
        </translation>
    </message>
    <message>
        <source>no district</source>
        <translation>без района</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>C&amp;urator:</source>
        <translation>Кура&amp;тор:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>The console has no administrator yet: create the administrator&apos;s account, who will then add the other users.</source>
        <translation>В программе ещё нет администратора. Создайте его учётную запись — затем администратор добавит остальных пользователей.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Повто&amp;р пароля</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не менее %1 символов</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль в оба поля.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::HandoffDialog</name>
    <message>
        <source>Hand to a curator</source>
        <translation>Передать куратору</translation>
    </message>
    <message>
        <source>The curators&apos; queue (whoever accepts first)</source>
        <translation>Общая очередь кураторов (кто первым примет)</translation>
    </message>
    <message>
        <source>What the curator should know first</source>
        <translation>Что куратору нужно знать в первую очередь</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>&amp;Куратор:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Accept by:</source>
        <translation>Принять &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>П&amp;ередать</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>zabota::ui::HandoffInboxWindow</name>
    <message>
        <source>Handoffs</source>
        <translation>Передачи семей</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>Принять до</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>the curators&apos; queue</source>
        <translation>общая очередь кураторов</translation>
    </message>
    <message>
        <source>Return the handoff</source>
        <translation>Вернуть семью диспетчеру</translation>
    </message>
    <message>
        <source>Why does the family go back to the dispatcher?</source>
        <translation>Почему семья возвращается диспетчеру?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Offer a&amp;gain…</source>
        <translation>Передать &amp;другому…</translation>
    </message>
    <message>
        <source>Offer to another curator or to the queue, with a new deadline</source>
        <translation>Передать другому куратору или в очередь, с новым сроком</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Передать снова</translation>
    </message>
    <message>
        <source>Offer the family of %1 to:</source>
        <translation>Передать семью по записи %1:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::IncomingCallCard</name>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&amp;New appeal from this call</source>
        <translation>&amp;Новое обращение по звонку</translation>
    </message>
    <message>
        <source>Register the call in the journal, filled in from it (Enter)</source>
        <translation>Зарегистрировать звонок в журнале с заполненными из него полями (Enter)</translation>
    </message>
    <message>
        <source>Open &amp;family card</source>
        <translation>Открыть &amp;карточку семьи</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Families with this phone:</source>
        <translation>Семьи с этим телефоном:</translation>
    </message>
    <message>
        <source>Latest appeals from it:</source>
        <translation>Последние обращения с него:</translation>
    </message>
    <message>
        <source>Incoming call on the line &quot;%1&quot;</source>
        <translation>Входящий звонок на линии «%1»</translation>
    </message>
    <message>
        <source>Outgoing call on the line &quot;%1&quot;</source>
        <translation>Исходящий звонок на линии «%1»</translation>
    </message>
    <message>
        <source>Anonymous line</source>
        <translation>Анонимная линия</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <source>Number not available</source>
        <translation>Номер недоступен</translation>
    </message>
    <message>
        <source>No number came</source>
        <translation>Номер не передан</translation>
    </message>
    <message>
        <source>Waiting for the number…</source>
        <translation>Ожидание номера…</translation>
    </message>
    <message numerus="yes">
        <source>Missed call at %1 (%n rings)</source>
        <translation>
            <numerusform>Пропущенный звонок в %1 (%n гудок)</numerusform>
            <numerusform>Пропущенный звонок в %1 (%n гудка)</numerusform>
            <numerusform>Пропущенный звонок в %1 (%n гудков)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended, talked %1</source>
        <translation>Завершён, разговор %1</translation>
    </message>
    <message>
        <source>recording attached to the entry</source>
        <translation>запись прикреплена к обращению</translation>
    </message>
    <message>
        <source>recording kept</source>
        <translation>запись сохранена</translation>
    </message>
    <message>
        <source>Talking %1</source>
        <translation>Разговор %1</translation>
    </message>
    <message numerus="yes">
        <source>Ringing (%n rings)</source>
        <translation>
            <numerusform>Звонит (%n гудок)</numerusform>
            <numerusform>Звонит (%n гудка)</numerusform>
            <numerusform>Звонит (%n гудков)</numerusform>
        </translation>
    </message>
    <message>
        <source>No family card and no appeal has this number yet.</source>
        <translation>С этим номером пока нет ни карточки семьи, ни обращений.</translation>
    </message>
    <message>
        <source>on the register</source>
        <translation>на учёте</translation>
    </message>
    <message>
        <source>No digits heard</source>
        <translation>Набранных цифр не слышно</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Набор номера…</translation>
    </message>
</context>
<context>
    <name>zabota::ui::JournalFilterBar</name>
    <message>
        <source>Period the appeals were received in</source>
        <translation>Период поступления обращений</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>Поступило не ранее</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>с начала</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>Поступило не позднее</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Категория проблемы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Dispatcher who registered the appeal</source>
        <translation>Диспетчер, зарегистрировавший обращение</translation>
    </message>
    <message>
        <source>Search: name, phone, words, 15/2026</source>
        <translation>Поиск: ФИО, телефон, слова, 15/2026</translation>
    </message>
    <message>
        <source>Finds words of the applicant&apos;s name, summary and action taken, a phone number, or a registration number. Esc clears the search.</source>
        <translation>Ищет слова из ФИО заявителя, содержания и принятых мер, номер телефона или регистрационный номер. Esc очищает поиск.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>All dispatchers</source>
        <translation>Все диспетчеры</translation>
    </message>
</context>
<context>
    <name>zabota::ui::JournalModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
    <message>
        <source>Registration number: number within the year / year</source>
        <translation>Регистрационный номер: номер в пределах года / год</translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation>Принятые меры: %1</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Линия: %1</translation>
    </message>
    <message>
        <source>Emergency: the emergency response service must act now</source>
        <translation>Экстренное: нужны немедленные действия службы экстренного реагирования (ССЭР)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>zabota::ui::LevelMeter</name>
    <message>
        <source>Line level</source>
        <translation>Уровень линии</translation>
    </message>
    <message>
        <source>%1 dB, peak %2 dB</source>
        <translation>%1 дБ, пик %2 дБ</translation>
    </message>
</context>
<context>
    <name>zabota::ui::LifeSituationDialog</name>
    <message>
        <source>Life situation</source>
        <translation>Жизненная ситуация</translation>
    </message>
    <message>
        <source>New life situation</source>
        <translation>Новая жизненная ситуация</translation>
    </message>
    <message>
        <source>How a family in this situation usually puts it</source>
        <translation>Как обычно описывает положение семья</translation>
    </message>
    <message>
        <source>The services the situation needs</source>
        <translation>Услуги, которые нужны в этой ситуации</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>The category an appeal in this situation gets, unless the dispatcher chooses another</source>
        <translation>Категория, которую получает обращение в этой ситуации, если диспетчер не выберет другую</translation>
    </message>
    <message>
        <source>What the dispatcher does, one step a line</source>
        <translation>Что делает диспетчер, по одному шагу в строке</translation>
    </message>
    <message>
        <source>Space ticks the partner under the cursor</source>
        <translation>Пробел отмечает партнёра под курсором</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Услуги:</translation>
    </message>
    <message>
        <source>Default &amp;category:</source>
        <translation>&amp;Категория по умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Срочность:</translation>
    </message>
    <message>
        <source>Checklist, one step a &amp;line:</source>
        <translation>&amp;Шаги диспетчера, по одному в строке:</translation>
    </message>
    <message>
        <source>Suggested &amp;partners:</source>
        <translation>&amp;Партнёры:</translation>
    </message>
    <message>
        <source>Only an administrator changes the life situations of the navigator.</source>
        <translation>Жизненные ситуации навигатора меняет только администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::LifeSituationsDialog</name>
    <message>
        <source>Life situations</source>
        <translation>Жизненные ситуации</translation>
    </message>
    <message>
        <source>The navigator: what the dispatcher does in each life situation, which partners help, and the category and urgency an appeal gets.</source>
        <translation>Навигатор: что делает диспетчер в каждой жизненной ситуации, какие партнёры помогают и какие категорию и срочность получает обращение.</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Показать отключённые</translation>
    </message>
    <message>
        <source>Also the situations switched off, which are no longer offered</source>
        <translation>Также отключённые ситуации, которые больше не предлагаются</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Жизненная ситуация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Delete: the situation is no longer offered, but entries keep it</source>
        <translation>Delete: ситуация больше не предлагается, но остаётся в обращениях</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Откр&amp;ыть…</translation>
    </message>
    <message>
        <source>Only an administrator changes the life situations of the navigator.</source>
        <translation>Жизненные ситуации навигатора меняет только администратор.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>Deactivate «%1»?</source>
        <translation>Отключить «%1»?</translation>
    </message>
    <message>
        <source>It is no longer offered in the registration form; entries that chose it keep it. Reactivate takes it back.</source>
        <translation>Она больше не будет предлагаться в форме регистрации; обращения, где её выбрали, сохранят её. Кнопка «Вернуть» возвращает её в работу.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::LineSettingsDialog</name>
    <message>
        <source>Phone lines</source>
        <translation>Телефонные линии</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить линию</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Identified: the number is shown and kept</source>
        <translation>С определением: номер показывается и сохраняется</translation>
    </message>
    <message>
        <source>Anonymous: no number, no recording</source>
        <translation>Анонимная: без номера и без записи</translation>
    </message>
    <message>
        <source>Automatic (every standard)</source>
        <translation>Автоматически (все стандарты)</translation>
    </message>
    <message>
        <source>Bell 202 (FSK, as in North America)</source>
        <translation>Bell 202 (FSK, как в Северной Америке)</translation>
    </message>
    <message>
        <source>ETSI V.23 (FSK, CLIP)</source>
        <translation>ETSI V.23 (FSK, CLIP)</translation>
    </message>
    <message>
        <source>DTMF (CLIP)</source>
        <translation>DTMF (CLIP)</translation>
    </message>
    <message>
        <source>Russian АОН (multi-frequency)</source>
        <translation>Российский АОН (многочастотный)</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> дБ</translation>
    </message>
    <message>
        <source>Sound above this level counts as speech: a call is answered, and a call with no speech for a while has ended.</source>
        <translation>Звук громче этого уровня считается речью: по нему видно, что на звонок ответили, а долгая тишина означает конец разговора.</translation>
    </message>
    <message>
        <source>Record every call</source>
        <translation>Записывать каждый звонок</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Listen to this line</source>
        <translation>Слушать эту линию</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Слушать</translation>
    </message>
    <message>
        <source>Open the input and show its level (F5)</source>
        <translation>Открыть вход и показать его уровень (F5)</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Калибровать</translation>
    </message>
    <message>
        <source>Measure three seconds of the idle line and set the speech threshold above its noise</source>
        <translation>Измерить три секунды тишины на линии и поставить порог речи выше её шума</translation>
    </message>
    <message>
        <source>Press Listen to see the line&apos;s level.</source>
        <translation>Нажмите «Слушать», чтобы увидеть уровень линии.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Audio &amp;input:</source>
        <translation>Звуковой &amp;вход:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>&amp;Gain:</source>
        <translation>Уси&amp;ление:</translation>
    </message>
    <message>
        <source>Speech &amp;threshold:</source>
        <translation>Порог р&amp;ечи:</translation>
    </message>
    <message>
        <source>&amp;Keep recordings:</source>
        <translation>&amp;Хранить записи:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключён)</translation>
    </message>
    <message>
        <source>No audio input found</source>
        <translation>Звуковые входы не найдены</translation>
    </message>
    <message>
        <source>No lines yet: press Insert to add the first one.</source>
        <translation>Линий пока нет: нажмите Insert, чтобы добавить первую.</translation>
    </message>
    <message>
        <source>Anonymous lines are never recorded.</source>
        <translation>Анонимные линии никогда не записываются.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
    <message>
        <source>Listening. Speak on the line or leave it idle to calibrate.</source>
        <translation>Идёт прослушивание. Говорите в линию или оставьте её в тишине для калибровки.</translation>
    </message>
    <message>
        <source>Opening the input…</source>
        <translation>Открывается вход…</translation>
    </message>
    <message>
        <source>Calibrating: keep the line idle for three seconds…</source>
        <translation>Калибровка: три секунды на линии должно быть тихо…</translation>
    </message>
    <message>
        <source>Line noise %1 dB: speech threshold set to %2 dB.</source>
        <translation>Шум линии %1 дБ: порог речи установлен на %2 дБ.</translation>
    </message>
    <message>
        <source>The line is noisy: check the adapter&apos;s cable, or lower the gain.</source>
        <translation>Линия шумит: проверьте кабель адаптера или уменьшите усиление.</translation>
    </message>
    <message>
        <source>Caller I&amp;D:</source>
        <translation>&amp;Определитель:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Zabota — hotline journal</source>
        <translation>Забота — журнал обращений</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>Register an appeal in the journal</source>
        <translation>Зарегистрировать обращение в журнале</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Open entry</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <source>Open the selected entry to read or change it</source>
        <translation>Открыть выбранную запись для просмотра или изменения</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Обно&amp;вить</translation>
    </message>
    <message>
        <source>Read the journal again, with entries made at other workstations</source>
        <translation>Перечитать журнал вместе с записями, сделанными на других рабочих местах</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the journal by name, phone, words or registration number</source>
        <translation>Искать в журнале по ФИО, телефону, словам или регистрационному номеру</translation>
    </message>
    <message>
        <source>&amp;Silent call</source>
        <translation>&amp;Молчание</translation>
    </message>
    <message>
        <source>&amp;Hung up</source>
        <translation>С&amp;брос звонка</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>О&amp;шибка номера</translation>
    </message>
    <message>
        <source>&amp;Information only</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Register a call with no case data at once, closed</source>
        <translation>Сразу зарегистрировать звонок без данных по существу и закрыть запись</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>Add users and see who may use the console</source>
        <translation>Добавить пользователей и посмотреть, кто может работать в программе</translation>
    </message>
    <message>
        <source>Only an administrator manages users</source>
        <translation>Пользователями управляет только администратор</translation>
    </message>
    <message>
        <source>Problem &amp;categories…</source>
        <translation>&amp;Категории проблем…</translation>
    </message>
    <message>
        <source>Add, rename, switch on and off the categories of appeals</source>
        <translation>Добавить, переименовать, включить или отключить категории обращений</translation>
    </message>
    <message>
        <source>Only an administrator changes the categories</source>
        <translation>Категории изменяет только администратор</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About Zabota</source>
        <translation>&amp;О программе «Забота»</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощь</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Зарегистрирована запись № %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранена запись № %1</translation>
    </message>
    <message>
        <source>Registered %1: %2</source>
        <translation>Зарегистрирована запись № %1: %2</translation>
    </message>
    <message>
        <source>(not shown with the current filter)</source>
        <translation>(не отображается при текущем фильтре)</translation>
    </message>
    <message>
        <source>The journal has been read again</source>
        <translation>Журнал обновлён</translation>
    </message>
    <message>
        <source>About Zabota</source>
        <translation>О программе «Забота»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zabota %1&lt;/h3&gt;&lt;p&gt;The dispatcher console of a family social-service centre: the hotline journal of appeals.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Забота %1&lt;/h3&gt;&lt;p&gt;Рабочее место диспетчера центра социальной помощи семье: журнал регистрации обращений.&lt;/p&gt;&lt;p&gt;Свободная программа, распространяется на условиях GNU General Public License версии 3 или любой более поздней версии.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter</source>
        <translation>
            <numerusform>Фильтру соответствует %n запись</numerusform>
            <numerusform>Фильтру соответствуют %n записи</numerusform>
            <numerusform>Фильтру соответствуют %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Zabota</source>
        <translation>Забота</translation>
    </message>
    <message>
        <source>&amp;Undo quick call</source>
        <translation>О&amp;тменить быстрый звонок</translation>
    </message>
    <message>
        <source>Take back the call just registered with one key, if pressed by mistake</source>
        <translation>Отменить только что зарегистрированный одной клавишей звонок, если клавиша нажата по ошибке</translation>
    </message>
    <message>
        <source>&amp;Undo quick call %1</source>
        <translation>О&amp;тменить быстрый звонок № %1</translation>
    </message>
    <message>
        <source>Entry %1 has been taken back.</source>
        <translation>Регистрация записи № %1 отменена.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Family &amp;registry…</source>
        <translation>&amp;Реестр семей…</translation>
    </message>
    <message>
        <source>Find families by district, category and registration, and open their cards</source>
        <translation>Найти семьи по району, категории и учёту и открыть их учётные карты</translation>
    </message>
    <message>
        <source>F&amp;amilies</source>
        <translation>С&amp;емьи</translation>
    </message>
    <message>
        <source>&amp;Districts…</source>
        <translation>&amp;Районы…</translation>
    </message>
    <message>
        <source>Rename and add districts and micro-districts, name the district specialists</source>
        <translation>Переименовать и добавить районы и микрорайоны, назначить участковых специалистов</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>С&amp;лучаи</translation>
    </message>
    <message>
        <source>&amp;Partner organisations…</source>
        <translation>&amp;Организации-партнёры…</translation>
    </message>
    <message>
        <source>The resource map: the organisations the centre works with and their contacts</source>
        <translation>Ресурсная карта: организации, с которыми работает центр, и их контакты</translation>
    </message>
    <message>
        <source>&amp;Life situations…</source>
        <translation>&amp;Жизненные ситуации…</translation>
    </message>
    <message>
        <source>The navigator: the dispatcher&apos;s steps, partners, category and urgency of each life situation</source>
        <translation>Навигатор: шаги диспетчера, партнёры, категория и срочность каждой жизненной ситуации</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>Appeals, handoffs, cases and the register for a period, beside the previous one</source>
        <translation>Обращения, передачи, случаи и учёт за период в сравнении с предыдущим</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Only supervisors and administrators see the statistics</source>
        <translation>Статистику видят только руководители и администраторы</translation>
    </message>
    <message>
        <source>No connection to the database server: trying again…</source>
        <translation>Нет связи с сервером базы данных: переподключение…</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>Связь с сервером базы данных восстановлена.</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>Подключение к &amp;базе данных…</translation>
    </message>
    <message>
        <source>Where this workstation finds its database: a file, or a PostgreSQL server shared by several workstations</source>
        <translation>Где это рабочее место берёт базу данных: файл или сервер PostgreSQL, общий для нескольких рабочих мест</translation>
    </message>
    <message>
        <source>Only an administrator changes where the database is</source>
        <translation>Менять расположение базы данных может только администратор</translation>
    </message>
    <message>
        <source>Database connection saved: the console uses it from its next start.</source>
        <translation>Подключение к базе данных сохранено: консоль будет использовать его со следующего запуска.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::MemberDialog</name>
    <message>
        <source>New family member</source>
        <translation>Новый член семьи</translation>
    </message>
    <message>
        <source>Family member: %1</source>
        <translation>Член семьи: %1</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, empty if unknown</source>
        <translation>дд.мм.гггг; пусто, если не известна</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Has a d&amp;isability</source>
        <translation>&amp;Инвалидность</translation>
    </message>
    <message>
        <source>&amp;Legal representative of the children</source>
        <translation>&amp;Законный представитель детей</translation>
    </message>
    <message>
        <source>123-456-789 01, optional</source>
        <translation>123-456-789 01, необязательно</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>Сте&amp;пень родства:</translation>
    </message>
    <message>
        <source>School or &amp;work:</source>
        <translation>Место &amp;учёбы или работы:</translation>
    </message>
    <message>
        <source>SN&amp;ILS:</source>
        <translation>&amp;СНИЛС:</translation>
    </message>
    <message>
        <source>«%1» is not a date: type the birth date as dd.mm.yyyy, for example 05.03.2015, or leave it empty.</source>
        <translation>«%1» — не дата: введите дату рождения в виде дд.мм.гггг, например 05.03.2015, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::NewFamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Новая семья</translation>
    </message>
    <message>
        <source>City, street, house, flat</source>
        <translation>Город, улица, дом, квартира</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>Сте&amp;пень родства:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>&amp;Адрес регистрации:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Micro-district:</source>
        <translation>&amp;Микрорайон:</translation>
    </message>
    <message>
        <source>Families that may be the same</source>
        <translation>Возможно, та же семья</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Take the chosen family</source>
        <translation>&amp;Взять выбранную семью</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указан)</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) in the registry may be this one. Take one of them (Enter on the list), or press Create again to make a new family anyway.</source>
        <translation>
            <numerusform>В реестре есть %n семья, которая может оказаться этой же. Возьмите её (Enter в списке) или нажмите «Создать» ещё раз, чтобы всё же создать новую семью.</numerusform>
            <numerusform>В реестре есть %n семьи, которые могут оказаться этой же. Возьмите одну из них (Enter в списке) или нажмите «Создать» ещё раз, чтобы всё же создать новую семью.</numerusform>
            <numerusform>В реестре есть %n семей, которые могут оказаться этой же. Возьмите одну из них (Enter в списке) или нажмите «Создать» ещё раз, чтобы всё же создать новую семью.</numerusform>
        </translation>
    </message>
    <message>
        <source>This family card no longer exists.</source>
        <translation>Этой учётной карты семьи больше нет.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::OrphanRecordingsDialog</name>
    <message>
        <source>Recordings without an entry</source>
        <translation>Записи без обращения</translation>
    </message>
    <message>
        <source>Calls recorded that no journal entry holds yet: attach each to its entry, or register it as a new one.</source>
        <translation>Записанные звонки, которые ещё не прикреплены ни к одному обращению: прикрепите каждый к его обращению или зарегистрируйте как новое.</translation>
    </message>
    <message>
        <source>15/2026</source>
        <translation>15/2026</translation>
    </message>
    <message>
        <source>The caller was told the call is recorded</source>
        <translation>Абонент предупреждён о записи разговора</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Прикрепить</translation>
    </message>
    <message>
        <source>Attach the recording chosen to the entry of that number (Enter)</source>
        <translation>Прикрепить выбранную запись к обращению с этим номером (Enter)</translation>
    </message>
    <message>
        <source>Entry &amp;number:</source>
        <translation>&amp;Номер обращения:</translation>
    </message>
    <message>
        <source>Every recording is attached to its entry.</source>
        <translation>Все записи прикреплены к своим обращениям.</translation>
    </message>
    <message>
        <source>Choose a recording in the list first.</source>
        <translation>Сначала выберите запись в списке.</translation>
    </message>
    <message>
        <source>Type the entry&apos;s registration number as the journal shows it, e.g. 15/2026.</source>
        <translation>Введите регистрационный номер обращения, как в журнале, например 15/2026.</translation>
    </message>
    <message>
        <source>There is no entry %1 in the journal.</source>
        <translation>Обращения %1 в журнале нет.</translation>
    </message>
    <message>
        <source>The recording of %1 is attached to the entry %2.</source>
        <translation>Запись от %1 прикреплена к обращению %2.</translation>
    </message>
    <message>
        <source>The recording is attached to the new entry.</source>
        <translation>Запись прикреплена к новому обращению.</translation>
    </message>
    <message>
        <source>Register as a ne&amp;w entry…</source>
        <translation>&amp;Зарегистрировать как новое обращение…</translation>
    </message>
</context>
<context>
    <name>zabota::ui::PartnerDialog</name>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>New partner organisation</source>
        <translation>Новая организация-партнёр</translation>
    </message>
    <message>
        <source>What the organisation does for families</source>
        <translation>Чем организация помогает семьям</translation>
    </message>
    <message>
        <source>Name or position</source>
        <translation>ФИО или должность</translation>
    </message>
    <message>
        <source>District or settlements it serves</source>
        <translation>Округ или населённые пункты, которые она обслуживает</translation>
    </message>
    <message>
        <source>The number of the agreement on cooperation, if there is one</source>
        <translation>Номер соглашения о сотрудничестве, если оно заключено</translation>
    </message>
    <message>
        <source>Agreement &amp;signed on:</source>
        <translation>Соглашение &amp;заключено:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Услуги:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>Те&amp;рритория:</translation>
    </message>
    <message>
        <source>Agreement n&amp;o.:</source>
        <translation>Номер &amp;соглашения:</translation>
    </message>
    <message>
        <source>Only an administrator changes the partner organisations.</source>
        <translation>Организации-партнёры меняет только администратор.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::PartnersDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Name, services, territory, contact or phone</source>
        <translation>Название, услуги, территория, контакт или телефон</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Показать отключённые</translation>
    </message>
    <message>
        <source>Also the organisations switched off, which are no longer offered</source>
        <translation>Также отключённые организации, которые больше не предлагаются</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Delete: the organisation is no longer offered, but stays in old plans</source>
        <translation>Delete: организация больше не предлагается, но остаётся в прежних планах</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Откр&amp;ыть…</translation>
    </message>
    <message>
        <source>Only an administrator changes the partner organisations.</source>
        <translation>Организации-партнёры меняет только администратор.</translation>
    </message>
    <message>
        <source>no. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>Deactivate «%1»?</source>
        <translation>Отключить «%1»?</translation>
    </message>
    <message>
        <source>It is no longer offered in the navigator and the plans; those that name it keep it. Reactivate takes it back.</source>
        <translation>Она больше не будет предлагаться в навигаторе и планах; там, где она уже названа, она останется. Кнопка «Вернуть» возвращает её в работу.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::PlanItemDialog</name>
    <message>
        <source>Social and household services</source>
        <translation>Социально-бытовые услуги</translation>
    </message>
    <message>
        <source>Social and medical services</source>
        <translation>Социально-медицинские услуги</translation>
    </message>
    <message>
        <source>Social and psychological services</source>
        <translation>Социально-психологические услуги</translation>
    </message>
    <message>
        <source>Social and pedagogical services</source>
        <translation>Социально-педагогические услуги</translation>
    </message>
    <message>
        <source>Social and labour services</source>
        <translation>Социально-трудовые услуги</translation>
    </message>
    <message>
        <source>Social and legal services</source>
        <translation>Социально-правовые услуги</translation>
    </message>
    <message>
        <source>Raising the communicative potential</source>
        <translation>Повышение коммуникативного потенциала</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>Новый пункт плана</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>What is done, e.g. consultations of the psychologist</source>
        <translation>Что делается, например: консультации психолога</translation>
    </message>
    <message>
        <source>(nobody of the centre)</source>
        <translation>(никто из центра)</translation>
    </message>
    <message>
        <source>e.g. once a week, 8 sessions</source>
        <translation>например: 1 раз в неделю, 8 занятий</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Volume and frequency:</source>
        <translation>О&amp;бъём и периодичность:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::ProtocolDialog</name>
    <message>
        <source>To take the family on social support and to approve the individual support plan.</source>
        <translation>Принять семью на социальное сопровождение и утвердить индивидуальный план сопровождения.</translation>
    </message>
    <message>
        <source>To change the individual support plan as discussed.</source>
        <translation>Внести в индивидуальный план сопровождения изменения согласно обсуждению.</translation>
    </message>
    <message>
        <source>To change the level of support.</source>
        <translation>Изменить уровень сопровождения.</translation>
    </message>
    <message>
        <source>To end the social support of the family.</source>
        <translation>Прекратить социальное сопровождение семьи.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>One per line: name, position or agency</source>
        <translation>По одному в строке: ФИО, должность или ведомство</translation>
    </message>
    <message>
        <source>What was heard and discussed</source>
        <translation>Что заслушали и обсудили</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>&amp;Heard:</source>
        <translation>&amp;Слушали:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Формулировка:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::RecordingPlayer</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Записи разговоров</translation>
    </message>
    <message>
        <source>Play or pause the recording chosen (Space in the list)</source>
        <translation>Прослушать выбранную запись или поставить на паузу (пробел в списке)</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Позиция в записи</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>Запись не воспроизводится: %1</translation>
    </message>
    <message>
        <source>deleted on %1 under the keeping rules</source>
        <translation>удалена %1 по сроку хранения</translation>
    </message>
    <message>
        <source>cut off: the console stopped during the call</source>
        <translation>оборвана: консоль остановилась во время разговора</translation>
    </message>
    <message>
        <source>the caller was told</source>
        <translation>абонент предупреждён</translation>
    </message>
    <message>
        <source>the caller was not told</source>
        <translation>абонент не предупреждён</translation>
    </message>
    <message>
        <source>This recording was deleted under the keeping rules.</source>
        <translation>Эта запись удалена по сроку хранения.</translation>
    </message>
    <message>
        <source>The file %1 is not there any more.</source>
        <translation>Файла %1 больше нет.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Прослушать</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>zabota::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes after the console is restarted.</source>
        <translation>Язык сменится после перезапуска программы.</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Центр:</translation>
    </message>
    <message>
        <source>Signs &amp;for the centre:</source>
        <translation>&amp;Подписывает от центра:</translation>
    </message>
    <message>
        <source>as the contract says: the director Ivanova I. I.</source>
        <translation>как в договоре: директора Ивановой И. И.</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Город:</translation>
    </message>
</context>
<context>
    <name>zabota::ui::StatisticsCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing in %1</source>
        <translation>Нет данных за %1</translation>
    </message>
</context>
<context>
    <name>zabota::ui::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>Дни с… по…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущий</translation>
    </message>
    <message>
        <source>The previous period (Alt+Left)</source>
        <translation>Предыдущий период (Alt+Влево)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующий ▶</translation>
    </message>
    <message>
        <source>The next period (Alt+Right)</source>
        <translation>Следующий период (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Count again, with what was registered since (F5)</source>
        <translation>Посчитать заново с учётом новых записей (F5)</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>The whole report with its charts as an A4 PDF document (Ctrl+P)</source>
        <translation>Весь отчёт с диаграммами в PDF формата A4 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Every table of the report as a spreadsheet, figures as numbers (Ctrl+E)</source>
        <translation>Все таблицы отчёта в электронную таблицу, показатели числами (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Расчёт: %1…</translation>
    </message>
    <message>
        <source>There is no report to export yet: wait until it is computed.</source>
        <translation>Отчёта для экспорта ещё нет: дождитесь окончания расчёта.</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Статистика %1</translation>
    </message>
    <message>
        <source>Export the statistics to PDF</source>
        <translation>Экспорт статистики в PDF</translation>
    </message>
    <message>
        <source>Export the statistics to XLSX</source>
        <translation>Экспорт статистики в XLSX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Не удалось сформировать отчёт.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>zabota::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>for example ivanova.m</source>
        <translation>например, ivanova.m</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Создать пользователя</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Повто&amp;р пароля:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The passwords do not match: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>User %1 (%2) has been added.</source>
        <translation>Пользователь %1 (%2) добавлен.</translation>
    </message>
</context>
</TS>
