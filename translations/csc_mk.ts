<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences of the parts it ships:</source>
        <translation>&amp;Лиценци на деловите што ги содржи:</translation>
    </message>
    <message>
        <source>About CSC Desktop</source>
        <translation>За CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop {version}</source>
        <translation>CSC Desktop {version}</translation>
    </message>
    <message>
        <source>No licence texts were found next to the application.</source>
        <translation>Покрај апликацијата не се пронајдени текстови на лиценци.</translation>
    </message>
    <message>
        <source>Offline activity logging, encrypted USB sync and signed activity sheets for the project “Countering Serious Crime in the Western Balkans”.
Licensed under the EUPL 1.2. Qt {qt}, PySide {pyside}.</source>
        <translation>Евиденција на активности без интернет, шифрирана синхронизација преку USB и потпишани обрасци за активности за проектот „Спротивставување на тешкиот криминал на Западен Балкан“.
Лиценца EUPL 1.2. Qt {qt}, PySide {pyside}.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Извези…</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Отвори копија</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Додај &amp;како:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Додај &amp;датотеки…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додај датотеки</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прилози</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Извези прилог</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Отвори копија</translation>
    </message>
    <message>
        <source>Opening “{name}” puts a readable copy outside the encrypted store, in a temporary folder of this computer. Anyone using this computer account can read it until the application locks or quits, when the copy is deleted. Open a copy?</source>
        <translation>Отворањето на „{name}“ става читлива копија надвор од шифрираното складиште, во привремена папка на овој компјутер. Секој што ја користи оваа корисничка сметка може да ја прочита додека апликацијата не се заклучи или затвори, кога копијата се брише. Да се отвори копија?</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Отстрани</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Отстрани прилог</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? The file is deleted from the encrypted store.</source>
        <translation>Да се отстрани „{name}“ од овој запис? Датотеката се брише од шифрираното складиште.</translation>
    </message>
    <message>
        <source>Save the record first; then you can add files to it.</source>
        <translation>Прво зачувајте го записот; потоа можете да му додадете датотеки.</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>Зачувано во {path}. Оваа копија не е шифрирана.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто тргна наопаку.</translation>
    </message>
    <message>
        <source>The copy is in {path}. It is deleted when the application locks or quits.</source>
        <translation>Копијата е во {path}. Се брише кога апликацијата ќе се заклучи или затвори.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Датотеката не можеше да се прочита или запише: {reason}</translation>
    </message>
    <message>
        <source>You can also drop files onto this window to add them.</source>
        <translation>Датотеките можете да ги додадете и со влечење на овој прозорец.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Дејство</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Од</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Лице</translation>
    </message>
    <message>
        <source>&amp;Record id</source>
        <translation>ИД на &amp;записот</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Сите дејства</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Кој било запис</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Исчисти ги филтрите</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Сите</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Action</source>
        <translation>Дејство</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Предадено на</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Провери го синџирот</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на ревизија</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Се проверува дневникот на ревизија…</translation>
    </message>
    <message>
        <source>Every record opened, changed, imported or taken out of this profile is written here, each entry sealed to the one before it. Double-click an entry to see only its record.</source>
        <translation>Секој запис отворен, изменет, увезен или изнесен од овој профил се запишува тука, а секој внес е запечатен со претходниот. Кликнете двапати на внес за да го видите само неговиот запис.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Дневникот на ревизија не можеше да се прочита: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>Прикажани внесови: {count}; другите се вчитуваат додека се движите надолу.</numerusform>
            <numerusform>Прикажани внесови: {count}; другите се вчитуваат додека се движите надолу.</numerusform>
            <numerusform>Прикажани внесови: {count}; другите се вчитуваат додека се движите надолу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} entries.</source>
        <translation>
            <numerusform>Внесови: {count}.</numerusform>
            <numerusform>Внесови: {count}.</numerusform>
            <numerusform>Внесови: {count}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>A field changed here and on a team&apos;s laptop before either saw the other&apos;s change. Both values are kept until you choose; your choice is sent to the team with the next bundle.</source>
        <translation>Полето е изменето тука и на лаптопот на тимот пред која било страна да ја види промената на другата. Двете вредности се чуваат додека не изберете; вашиот избор се испраќа до тимот со следниот пакет.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <source>Conflicts waiting for a choice: {n}</source>
        <translation>Конфликти што чекаат избор: {n}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Избришано</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Пронајдено</translation>
    </message>
    <message>
        <source>HQ&apos;s value</source>
        <translation>Вредност на седиштето</translation>
    </message>
    <message>
        <source>Keep &amp;HQ&apos;s value</source>
        <translation>Задржи ја вредноста на &amp;седиштето</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Нема конфликти за решавање.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Реши конфликт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s value</source>
        <translation>Земи ја вредноста на &amp;тимот</translation>
    </message>
    <message>
        <source>Team&apos;s value</source>
        <translation>Вредност на тимот</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>на пр. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a team card…</source>
        <translation>&amp;Регистрирај картичка на тим…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отповикај…</translation>
    </message>
    <message>
        <source>&amp;Save HQ&apos;s card…</source>
        <translation>&amp;Зачувај ја картичката на седиштето…</translation>
    </message>
    <message>
        <source>&amp;Write bundles for the teams…</source>
        <translation>&amp;Запиши пакети за тимовите…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Bundles are missing from: {who}. Ask them to bring the missing ones.</source>
        <translation>Недостасуваат пакети од: {who}. Замолете ги да ги донесат оние што недостасуваат.</translation>
    </message>
    <message>
        <source>Choose where to write the bundles</source>
        <translation>Изберете каде да се запишат пакетите</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земја</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Уред</translation>
    </message>
    <message>
        <source>Each team laptop is enrolled once from its card, after its fingerprint has been read out over the phone. A revoked laptop&apos;s bundles are refused from then on.</source>
        <translation>Секој лаптоп на тим се регистрира еднаш, од неговата картичка, откако нејзиниот отпечаток ќе биде прочитан по телефон. Пакетите од отповикан лаптоп оттогаш се одбиваат.</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Последен пакет</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Пакети што недостасуваат</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.</source>
        <translation>Сè уште не е регистриран ниту еден лаптоп на тим.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Отповикај уред</translation>
    </message>
    <message>
        <source>Revoke the laptop of {person} ({country}, device {device})?

Its bundles will be refused from now on, and it will learn of it with HQ&apos;s next bundle. This cannot be undone: the team would need to be enrolled again with a new profile.</source>
        <translation>Да се отповика лаптопот на {person} ({country}, уред {device})?

Неговите пакети отсега ќе се одбиваат, а за тоа ќе дознае со следниот пакет од седиштето. Ова не може да се поништи: тимот би морал повторно да се регистрира со нов профил.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отповикан</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Уреди на тимовите</translation>
    </message>
    <message>
        <source>Writing the teams&apos; bundles…</source>
        <translation>Се запишуваат пакетите за тимовите…</translation>
    </message>
    <message>
        <source>bundle {n}, {at}</source>
        <translation>пакет {n}, {at}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>сè уште ниеден</translation>
    </message>
    <message>
        <source>{team}: nothing to send</source>
        <translation>{team}: нема што да се испрати</translation>
    </message>
    <message>
        <source>{team}: {name} ({counts})</source>
        <translation>{team}: {name} ({counts})</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Add</source>
        <translation>Додај</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Филтрирај…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Отстрани</translation>
    </message>
    <message>
        <source>Type to search, or type a new name</source>
        <translation>Пишувајте за пребарување или внесете нов назив</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не може да се прочита</translation>
    </message>
    <message>
        <source>is not a date: type it like {example}</source>
        <translation>не е датум: внесете го како {example}</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>не е број</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>не е цел број</translation>
    </message>
    <message>
        <source>{name} (not in force on this date)</source>
        <translation>{name} (не е во сила на овој датум)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>Сите земји</translation>
    </message>
    <message>
        <source>All crime areas</source>
        <translation>Сите области на криминал</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Сите статуси</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Исчисти ги филтрите</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>From this date (empty: no limit)</source>
        <translation>Од овој датум (празно: без ограничување)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): any word, any script</source>
        <translation>Пребарување (Ctrl+F): кој било збор, кое било писмо</translation>
    </message>
    <message>
        <source>Show only records of this country</source>
        <translation>Прикажи ги само записите на оваа земја</translation>
    </message>
    <message>
        <source>Show only records of this crime area</source>
        <translation>Прикажи ги само записите од оваа област на криминал</translation>
    </message>
    <message>
        <source>Show only records with this status</source>
        <translation>Прикажи ги само записите со овој статус</translation>
    </message>
    <message>
        <source>Up to this date (empty: no limit)</source>
        <translation>До овој датум (празно: без ограничување)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не увезувај</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is saved until you press Import.</source>
        <translation>Сите редови можат да се увезат. Ништо не се зачувува додека не притиснете Увези.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Увоз на учесници</translation>
    </message>
    <message>
        <source>Import participants from “{file}”</source>
        <translation>Увоз на учесници од „{file}“</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ред {row}: {problem}</translation>
    </message>
    <message>
        <source>Rows with errors are marked in red; point at one to read why. Correct the file or the column choices: nothing is imported while any row is wrong.</source>
        <translation>Редовите со грешки се означени со црвено; поставете го покажувачот врз ред за да прочитате зошто. Поправете ја датотеката или изборот на колони: ништо не се увезува додека кој било ред е погрешен.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто тргна наопаку.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Табели (*.xlsx *.csv *.txt);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Што содржи секоја колона</translation>
    </message>
    <message>
        <source>{column}: “{heading}”</source>
        <translation>{column}: „{heading}“</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows read from “{file}”</source>
        <translation>
            <numerusform>Прочитани редови од „{file}“: {count}</numerusform>
            <numerusform>Прочитани редови од „{file}“: {count}</numerusform>
            <numerusform>Прочитани редови од „{file}“: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} with errors</source>
        <translation>
            <numerusform>со грешки: {count}</numerusform>
            <numerusform>со грешки: {count}</numerusform>
            <numerusform>со грешки: {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}; {errors}.</source>
        <translation>{rows}; {errors}.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Choose bundles…</source>
        <translation>&amp;Избери пакети…</translation>
    </message>
    <message>
        <source>Bundles checked: {total}. None was refused.</source>
        <translation>Проверени пакети: {total}. Ниеден не е одбиен.</translation>
    </message>
    <message>
        <source>Bundles refused: {n} of {total}. Nothing of a refused bundle was applied.</source>
        <translation>Одбиени пакети: {n} од {total}. Ништо од одбиен пакет не е применето.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Проверката не успеа</translation>
    </message>
    <message>
        <source>Choose team bundles</source>
        <translation>Изберете пакети на тимовите</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source>Drop the .cscb files from the teams&apos; USB sticks here, or choose them. Each is checked whole before anything is applied; a bundle imported before is skipped.</source>
        <translation>Довлечете ги тука .cscb-датотеките од USB-мемориите на тимовите или изберете ги. Секоја се проверува во целост пред да се примени што било; пакет што веќе е увезен се прескокнува.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Import team bundles</source>
        <translation>Увоз на пакети од тимовите</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Се увезуваат пакетите…</translation>
    </message>
    <message>
        <source>Refused bundles (quarantine)</source>
        <translation>Одбиени пакети (карантин)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зошто</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <source>The language of the application. You can change it later in Settings.</source>
        <translation>Јазикот на апликацијата. Подоцна можете да го промените во Поставки.</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>CSC Desktop — Locked</source>
        <translation>CSC Desktop — заклучено</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заклучено</translation>
    </message>
    <message>
        <source>{person}&apos;s profile is locked. Type the passphrase to continue where you left off; unsaved changes are kept.</source>
        <translation>Профил: {person} — заклучен. Внесете ја лозинката за да продолжите каде што застанавте; незачуваните промени се задржани.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About CSC Desktop</source>
        <translation>&amp;За CSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервна копија</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Оди</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помош</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Кратенки на тастатурата</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заклучи</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Нов запис</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Пребарај ја листата</translation>
    </message>
    <message>
        <source>Backing up and closing…</source>
        <translation>Правење резервна копија и затворање…</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Седиште на проектот</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заклучи</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заклучи сега (Ctrl+L)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Поставки</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Лента со алатки</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Се работи…</translation>
    </message>
    <message>
        <source>{country} team</source>
        <translation>Тим на земјата: {country}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>на пр. {example}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Додај учесник</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Увези од датотека…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Залепи од табела</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Отстрани ги избраните</translation>
    </message>
    <message>
        <source>Copy rows in Excel or LibreOffice and paste them here. With the heading row the columns are recognised; without it the cells fill the table from the selected cell.</source>
        <translation>Копирајте редови во Excel или LibreOffice и залепете ги тука. Со редот со наслови колоните се препознаваат; без него ќелиите ја пополнуваат табелата од избраната ќелија.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Отклучи</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скриј</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Прикажи ја или скриј ја лозинката</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Погрешна лозинка. Проверете го Caps Lock и јазикот на тастатурата, па обидете се повторно.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Повторно:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt; — not by headquarters, not by anyone. Without it, the data on this laptop and its backups cannot be read.&lt;/p&gt;&lt;p&gt;So: write it down and keep it sealed in a safe place away from the laptop; sync with headquarters often (what HQ has received is safe there); and keep the automatic backups, which open with the same passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Заборавената лозинка не може да се врати&lt;/b&gt; — ниту од седиштето, ниту од кој било. Без неа податоците на овој лаптоп и неговите резервни копии не можат да се прочитаат.&lt;/p&gt;&lt;p&gt;Затоа: запишете ја и чувајте ја запечатена на безбедно место, подалеку од лаптопот; често синхронизирајте со седиштето (она што седиштето го примило таму е безбедно); и задржете ги автоматските резервни копии, кои се отвораат со истата лозинка.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Се создава шифрираниот профил…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>The passphrase encrypts everything in this profile.</source>
        <translation>Лозинката шифрира сè во овој профил.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Двете лозинки не се исти.</translation>
    </message>
    <message>
        <source>several words are easier to remember</source>
        <translation>неколку зборови полесно се паметат</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>A folder name cannot contain \ / : * ? &quot; &lt; &gt; | or end with a dot.</source>
        <translation>Името на папката не смее да содржи \ / : * ? &quot; &lt; &gt; | ниту да завршува со точка.</translation>
    </message>
    <message>
        <source>A folder with this name already exists: choose another name.</source>
        <translation>Веќе постои папка со ова име: изберете друго име.</translation>
    </message>
    <message>
        <source>Give the profile folder a name.</source>
        <translation>Дајте име на папката на профилот.</translation>
    </message>
    <message>
        <source>Profile &amp;folder name:</source>
        <translation>Име на &amp;папката на профилот:</translation>
    </message>
    <message>
        <source>The profile will be kept in {path}</source>
        <translation>Профилот ќе се чува во {path}</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Вашето &amp;име:</translation>
    </message>
    <message>
        <source>Your name and the profile&apos;s folder</source>
        <translation>Вашето име и папката на профилот</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of everything you record.</source>
        <translation>Вашето име се запишува во дневникот на ревизија за сè што евидентирате.</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Создај профил</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Следно &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>CSC Desktop — New profile</source>
        <translation>CSC Desktop — нов профил</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>The profile could not be created</source>
        <translation>Профилот не можеше да се создаде</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зачувај</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* задолжително</translation>
    </message>
    <message>
        <source>A country team keeps this record: only the HQ decision can be changed here.</source>
        <translation>Овој запис го води тимот на земјата: тука може да се менува само одлуката на седиштето.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прилози</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Затвори без зачувување (Esc)</translation>
    </message>
    <message>
        <source>Done. The status is now “{status}”.</source>
        <translation>Готово. Статусот сега е „{status}“.</translation>
    </message>
    <message>
        <source>Headquarters fills in these fields; they arrive here with the next synchronisation.</source>
        <translation>Овие полиња ги пополнува седиштето; тие пристигнуваат тука со следната синхронизација.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Увоз на учесници</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Сè уште не е зачувано</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Не е зачувано: погледнете ги пораките во црвено.</translation>
    </message>
    <message>
        <source>Not saved: some fields cannot be read. See the messages in red.</source>
        <translation>Не е зачувано: некои полиња не можат да се прочитаат. Погледнете ги пораките во црвено.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не е зачувано: {problems}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зачувај (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Зачувај и &amp;затвори</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Зачувај и затвори (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Да се зачуваат промените пред затворање?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>Да се зачуваат промените во „{title}“ пред затворање?</translation>
    </message>
    <message>
        <source>Save the training first; then import its participants from a file.</source>
        <translation>Прво зачувајте ја обуката; потоа увезете ги нејзините учесници од датотека.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Зачувано.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто тргна наопаку.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Записот не можеше да се отвори.</translation>
    </message>
    <message>
        <source>The record was not saved.</source>
        <translation>Записот не е зачуван.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незачувани промени</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{question}

Your unsaved changes are saved first.</source>
        <translation>{question}

Вашите незачувани промени прво ќе бидат зачувани.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Додај запис (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Ништо не одговара на овие филтри.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Записи: {count}</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Прикажани: {shown} од {total}</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>Листата не можеше да се прочита</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Record {id}</source>
        <translation>Запис {id}</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>&amp;Headquarters (HQ)</source>
        <translation>&amp;Седиште на проектот (HQ)</translation>
    </message>
    <message>
        <source>A &amp;country team</source>
        <translation>&amp;Тим на земја</translation>
    </message>
    <message>
        <source>A country team logs its own work; headquarters sees every team&apos;s.</source>
        <translation>Тимот на земјата ја евидентира својата работа; седиштето ја гледа работата на сите тимови.</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Земја:</translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation>Кој го користи овој лаптоп</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервна копија</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Заклучи по:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Папка за резервни копии:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка за резервни копии</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копии</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with this profile&apos;s passphrase. One is also made automatically when you lock or close the application after changes. A folder on another disk or a USB stick protects against a broken laptop.</source>
        <translation>Резервните копии се шифрирани и се отвораат со лозинката на овој профил. Една се прави и автоматски кога по промените ќе ја заклучите или затворите апликацијата. Папка на друг диск или на USB-меморија штити од расипан лаптоп.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Избери…</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Стандардна &amp;земја:</translation>
    </message>
    <message>
        <source>Default &amp;institution:</source>
        <translation>Стандардна &amp;институција:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Општо</translation>
    </message>
    <message>
        <source>Never by itself (Ctrl+L locks)</source>
        <translation>Никогаш сама од себе (Ctrl+L заклучува)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Нови записи</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Без стандардна вредност</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ниедна</translation>
    </message>
    <message>
        <source>Serbian is offered in Cyrillic and in Latin script: the screens, the names of countries and institutions, dates and the sheets follow the one chosen.</source>
        <translation>Српскиот се нуди на кирилица и на латиница: екраните, називите на земјите и институциите, датумите и обрасците го следат избраното писмо.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Use the profile&apos;s &amp;own folder</source>
        <translation>Користи ја &amp;папката на профилот</translation>
    </message>
    <message>
        <source>{minutes} min without use</source>
        <translation>{minutes} мин без користење</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печати…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Образец:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нема)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Листа на присутни</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>No preview: this installation has no PDF renderer. Save the sheet as PDF and open it with a PDF viewer to see and print it.</source>
        <translation>Нема преглед: оваа инсталација нема прикажувач на PDF. Зачувајте го обрасцот како PDF и отворете го со PDF-прегледувач за да го видите и отпечатите.</translation>
    </message>
    <message>
        <source>Pre-investigation support sheet</source>
        <translation>Образец за поддршка на предистрага</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Се подготвува обрасцот…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печатење</translation>
    </message>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Печати / Зачувај како PDF</translation>
    </message>
    <message>
        <source>Printing from here needs the PDF renderer: save as PDF and print that.</source>
        <translation>За печатење од тука потребен е прикажувач на PDF: зачувајте како PDF и отпечатете го него.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зачувај како &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Зачувај го обрасцот како PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Зачувано во {path}.</translation>
    </message>
    <message>
        <source>Second language in the &amp;headings:</source>
        <translation>Втор јазик во &amp;насловите:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Испратено до печатачот.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Образец</translation>
    </message>
    <message>
        <source>Signed with the certificate HQ issued.</source>
        <translation>Потпишано со сертификатот што го издаде седиштето.</translation>
    </message>
    <message>
        <source>Signed, but HQ has not certified this laptop&apos;s signing key yet: the sheet says so.</source>
        <translation>Потпишано, но седиштето сè уште не го заверило клучот за потпишување на овој лаптоп: тоа пишува на обрасцот.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто тргна наопаку.</translation>
    </message>
    <message>
        <source>TAF mission sheet</source>
        <translation>Образец за мисија на TAF</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Печатачот не можеше да се отвори.</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Извештај за обуката</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Check a signed sheet</source>
        <translation>Провери потпишан образец</translation>
    </message>
    <message>
        <source>Do not rely on this sheet as it is</source>
        <translation>Не потпирајте се на овој образец таков каков што е</translation>
    </message>
    <message>
        <source>Signed sheet not attached</source>
        <translation>Потпишаниот образец не е приложен</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто тргна наопаку.</translation>
    </message>
    <message>
        <source>The sheet checks out</source>
        <translation>Обрасцот е исправен</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Кратенки на тастатурата</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Копчиња</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Каде</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Прифатлива</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Силна</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Преслаба</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слаба</translation>
    </message>
</context>
<context>
    <name>SyncPages</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Потврди за прием</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Веќе увезено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применето</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прилози</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Внесови за ревизија</translation>
    </message>
    <message>
        <source>Bundles acknowledged</source>
        <translation>Потврдени пакети</translation>
    </message>
    <message>
        <source>Card of {who}.

Fingerprint:

{fingerprint}

Trust this card only if the other side read out exactly these groups to you over the phone. Did they?</source>
        <translation>Картичка: {who}.

Отпечаток:

{fingerprint}

Верувајте ѝ на оваа картичка само ако другата страна ви ги прочитала токму овие групи по телефон. Дали го стори тоа?</translation>
    </message>
    <message>
        <source>Changes already known</source>
        <translation>Веќе познати промени</translation>
    </message>
    <message>
        <source>Changes for records not here</source>
        <translation>Промени за записи што ги нема тука</translation>
    </message>
    <message>
        <source>Changes waiting for their records</source>
        <translation>Промени што ги чекаат своите записи</translation>
    </message>
    <message>
        <source>Choose the card to trust</source>
        <translation>Изберете ја картичката на која ѝ верувате</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Конфликти за решавање</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Предистраги</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Ставки од референтните податоци</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Одбиено</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Отповикувања</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Зачувај ја мојата картичка</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Барања за TAF</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуки</translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation>Доверба во картичка</translation>
    </message>
    <message>
        <source>Your card was saved to {path}.

When you give it to the other side, read them this fingerprint over the phone:

{fingerprint}</source>
        <translation>Вашата картичка е зачувана во {path}.

Кога ќе ѝ ја предадете на другата страна, прочитајте ѝ го по телефон овој отпечаток:

{fingerprint}</translation>
    </message>
    <message>
        <source>bundles still missing: {numbers}</source>
        <translation>пакети што сè уште недостасуваат: {numbers}</translation>
    </message>
    <message>
        <source>check “{check}”: </source>
        <translation>проверка „{check}“: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогаш</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ништо</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ништо не е изменето</translation>
    </message>
</context>
<context>
    <name>TeamSyncPage</name>
    <message>
        <source>&amp;Export to USB drive…</source>
        <translation>&amp;Извези на USB-меморија…</translation>
    </message>
    <message>
        <source>&amp;Import from HQ…</source>
        <translation>&amp;Увези од седиштето…</translation>
    </message>
    <message>
        <source>&amp;Replace HQ&apos;s card…</source>
        <translation>&amp;Замени ја картичката на седиштето…</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Зачувај ја мојата картичка…</translation>
    </message>
    <message>
        <source>&amp;Trust HQ&apos;s card…</source>
        <translation>&amp;Доверба во картичката на седиштето…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Испратени и примени пакети</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Промени</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s bundles</source>
        <translation>Изберете ги пакетите од седиштето</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Изберете каде да се запише пакетот</translation>
    </message>
    <message>
        <source>Conflicts waiting for HQ to resolve: {n}</source>
        <translation>Конфликти што чекаат седиштето да ги реши: {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содржина</translation>
    </message>
    <message>
        <source>Everything has been sent to HQ.</source>
        <translation>Сè е испратено до седиштето.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Седиште</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop: it can no longer send bundles.</source>
        <translation>Седиштето го отповика овој лаптоп: повеќе не може да испраќа пакети.</translation>
    </message>
    <message>
        <source>HQ&apos;s card is not trusted yet.</source>
        <translation>На картичката на седиштето сè уште не ѝ се верува.</translation>
    </message>
    <message>
        <source>Headquarters&apos; card</source>
        <translation>Картичка на седиштето на проектот</translation>
    </message>
    <message>
        <source>Importing HQ&apos;s bundles…</source>
        <translation>Се увезуваат пакетите од седиштето…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Last export: {last}
Acknowledged by HQ: {acked}</source>
        <translation>Последен извоз: {last}
Потврдено од седиштето: {acked}</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in</source>
        <translation>Не е пронајдена USB-меморија: приклучете една</translation>
    </message>
    <message>
        <source>Nothing can be sent before HQ&apos;s card is trusted.</source>
        <translation>Ништо не може да се испрати пред да ѝ се поверува на картичката на седиштето.</translation>
    </message>
    <message>
        <source>Nothing to send: HQ has everything.</source>
        <translation>Нема што да се испрати: седиштето има сè.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Друга папка…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Одбиено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Испратено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Синхронизација со седиштето на проектот</translation>
    </message>
    <message>
        <source>Trust HQ&apos;s card first: load it, and check its fingerprint with HQ by phone.</source>
        <translation>Прво поверувајте ѝ на картичката на седиштето: вчитајте ја и проверете го нејзиниот отпечаток со седиштето по телефон.</translation>
    </message>
    <message>
        <source>Trusted: {person}, since {at}. Fingerprint:</source>
        <translation>Доверба: {person}, од {at}. Отпечаток:</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Чека испраќање</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Се запишува пакетот за седиштето…</translation>
    </message>
    <message>
        <source>Written: {name} (bundle {n}, {counts}) in {folder}</source>
        <translation>Запишано: {name} (пакет {n}, {counts}) во {folder}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>потврдено</translation>
    </message>
    <message>
        <source>bundle {n} on {at}</source>
        <translation>пакет {n}, {at}</translation>
    </message>
    <message>
        <source>imported by {person}</source>
        <translation>увезе: {person}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогаш</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>сè уште ниеден</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>сè уште не е потврдено</translation>
    </message>
    <message>
        <source>up to bundle {n}</source>
        <translation>до пакетот {n}</translation>
    </message>
    <message>
        <source>{name} ({root}, {free:.1f} GB free)</source>
        <translation>{name} ({root}, слободно {free:.1f} GB)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Нов профил…</translation>
    </message>
    <message>
        <source>&amp;Open a profile folder…</source>
        <translation>&amp;Отвори папка на профил…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop — Unlock</source>
        <translation>CSC Desktop — отклучување</translation>
    </message>
    <message>
        <source>Countering Serious Crime in the Western Balkans</source>
        <translation>Спротивставување на тешкиот криминал на Западен Балкан</translation>
    </message>
    <message>
        <source>P&amp;rofile on this laptop:</source>
        <translation>П&amp;рофил на овој лаптоп:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Папка на профилот</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Профилот не можеше да се отвори</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Added by</source>
        <translation>Додал</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Додадено на</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Потпишан образец</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Attachment added: {name}</source>
        <translation>Додаден прилог: {name}</translation>
    </message>
    <message>
        <source>Attachment removed: {name}</source>
        <translation>Отстранет прилог: {name}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменето</translation>
    </message>
    <message>
        <source>Copy taken out</source>
        <translation>Изнесена копија</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создадено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Избришано</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Трајно избришано</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Полиња: {fields}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Увезено</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профил</translation>
    </message>
    <message>
        <source>{kind} …{id}</source>
        <translation>{kind} …{id}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Backing up…</source>
        <translation>Правење резервна копија…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Резервната копија е направена</translation>
    </message>
    <message>
        <source>The backup is in {path}.
It is encrypted: it opens with this profile&apos;s passphrase.</source>
        <translation>Резервната копија е во {path}.
Шифрирана е: се отвора со лозинката на овој профил.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A country team needs its country: one of {countries}.</source>
        <translation>На тимот на земјата му треба земја: една од {countries}.</translation>
    </message>
    <message>
        <source>Audit log damaged at entry {seq}: {problem}.</source>
        <translation>Дневникот на ревизија е оштетен кај внесот {seq}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: {entries} entries, hash chain verified.</source>
        <translation>
            <numerusform>Дневникот на ревизија е неоштетен (внесови: {entries}), синџирот на хешови е проверен.</numerusform>
            <numerusform>Дневникот на ревизија е неоштетен (внесови: {entries}), синџирот на хешови е проверен.</numerusform>
            <numerusform>Дневникот на ревизија е неоштетен (внесови: {entries}), синџирот на хешови е проверен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {trust}</source>
        <translation>Сертификат: {trust}</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both set to “{target}”. Choose one of them, or set the other to “Ignore”.</source>
        <translation>Колоните {first} и {second} се двете поставени на „{target}“. Изберете една од нив или другата поставете ја на „Занемари“.</translation>
    </message>
    <message>
        <source>File intact: NO</source>
        <translation>Датотеката е неоштетена: НЕ</translation>
    </message>
    <message>
        <source>File intact: yes</source>
        <translation>Датотеката е неоштетена: да</translation>
    </message>
    <message>
        <source>NOT issued by the HQ root this profile trusts</source>
        <translation>НЕ е издаден од коренскиот сертификат на седиштето на кој му верува овој профил</translation>
    </message>
    <message>
        <source>No attachment {id}.</source>
        <translation>Нема прилог {id}.</translation>
    </message>
    <message>
        <source>No column headings were found in the first {rows} rows of “{file}”. The list needs a row that names its columns, such as Name, Gender, Institution.</source>
        <translation>Во првите {rows} редови од „{file}“ не се пронајдени наслови на колони. На листата ѝ треба ред што ги именува колоните, на пр. Име и презиме, Пол, Институција.</translation>
    </message>
    <message>
        <source>No column of names was found in “{file}”. Head it “Name” (or “Emri dhe mbiemri”, “Ime i prezime”, “Име и презиме”), or choose the name column by hand.</source>
        <translation>Во „{file}“ не е пронајдена колона со имиња. Насловете ја „Име и презиме“ (или „Emri dhe mbiemri“, „Ime i prezime“, „Name“), или рачно изберете ја колоната со имиња.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Нема запис со ИД {id}.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Проблем: {problem}</translation>
    </message>
    <message>
        <source>Record: {id} ({kind}), version {version}: {match}</source>
        <translation>Запис: {id} ({kind}), верзија {version}: {match}</translation>
    </message>
    <message>
        <source>Row {row}: attendance on day {day} must be x (present) or blank (absent) (found “{found}”)</source>
        <translation>Ред {row}: присуството на ден {day} мора да биде x (присутен) или празно (отсутен) (пронајдено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: evaluation must be a whole number from 1 to 5 (found “{found}”)</source>
        <translation>Ред {row}: оценката мора да биде цел број од 1 до 5 (пронајдено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: gender must be F or M, or left blank (found “{found}”)</source>
        <translation>Ред {row}: полот мора да биде F (Ж) или M, или празно (пронајдено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: post-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Ред {row}: резултатот од завршниот тест мора да биде број од 0 до 100 (пронајдено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: pre-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Ред {row}: резултатот од почетниот тест мора да биде број од 0 до 100 (пронајдено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: the name is missing</source>
        <translation>Ред {row}: недостасува име</translation>
    </message>
    <message>
        <source>Row {row}: {field} is longer than {limit} characters</source>
        <translation>Ред {row}: {field} — подолго од {limit} знаци</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({institution}) is already listed on row {first_row}</source>
        <translation>Ред {row}: {name} ({institution}) веќе е наведен во редот {first_row}</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already listed on row {first_row}</source>
        <translation>Ред {row}: {name} веќе е наведен во редот {first_row}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Потписник: {signer}</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device})</source>
        <translation>Потписник: {signer} (уред {device})</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device}), signed {when}</source>
        <translation>Потписник: {signer} (уред {device}), потпишано на {when}</translation>
    </message>
    <message>
        <source>Signer: {signer}, signed {when}</source>
        <translation>Потписник: {signer}, потпишано на {when}</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Нешто е додадено во датотеката по потпишувањето.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). No backup was found in the profile. Nothing was changed.</source>
        <translation>Базата на податоци е оштетена или нечитлива ({detail}). Во профилот не е пронајдена резервна копија. Ништо не е изменето.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). The newest backup is {backup} (restore it with `csc restore`). Nothing was changed.</source>
        <translation>Базата на податоци е оштетена или нечитлива ({detail}). Најновата резервна копија е {backup} (вратете ја со командата `csc restore`). Ништо не е изменето.</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Датотеката нема дигитален потпис.</translation>
    </message>
    <message>
        <source>The file does not say which record it shows.</source>
        <translation>Датотеката не наведува кој запис го прикажува.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Датотеката не е читлив PDF.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature no longer matches it.</source>
        <translation>Датотеката е изменета по потпишувањето: потписот повеќе не ѝ одговара.</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read as CSV ({detail}).</source>
        <translation>Датотеката „{file}“ не можеше да се прочита како CSV ({detail}).</translation>
    </message>
    <message>
        <source>The file “{file}” has column headings but no participants.</source>
        <translation>Датотеката „{file}“ има наслови на колони, но нема учесници.</translation>
    </message>
    <message>
        <source>The file “{file}” has more than {limit} participant rows. Split it into smaller lists and import them one after the other.</source>
        <translation>Датотеката „{file}“ има повеќе од {limit} редови со учесници. Поделете ја на помали листи и увезете ги една по друга.</translation>
    </message>
    <message>
        <source>The file “{file}” is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>Датотеката „{file}“ е OpenDocument табела (.ods). Зачувајте ја како Excel работна книга (.xlsx) или како CSV и увезете ја неа.</translation>
    </message>
    <message>
        <source>The file “{file}” is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel, save it as an unprotected .xlsx workbook and import that.</source>
        <translation>Датотеката „{file}“ е стара Excel 97–2003 работна книга (.xls) или работна книга заштитена со лозинка. Отворете ја во Excel, зачувајте ја како незаштитена .xlsx работна книга и увезете ја неа.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Датотеката „{file}“ е празна.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a spreadsheet. Save the participant list as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>Датотеката „{file}“ не е табела. Зачувајте ја листата на учесници како Excel работна книга (.xlsx) или како CSV и обидете се повторно.</translation>
    </message>
    <message>
        <source>The file “{file}” is too large ({size_mb} MB). Participant lists of up to {limit_mb} MB can be imported.</source>
        <translation>Датотеката „{file}“ е преголема ({size_mb} MB). Можат да се увезуваат листи на учесници до {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The letters in “{file}” could not be read. Save the list again as “CSV UTF-8” (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>Буквите во „{file}“ не можеа да се прочитаат. Повторно зачувајте ја листата како „CSV UTF-8“ (во Excel: Save As, па CSV UTF-8) и обидете се повторно.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</source>
        <translation>
            <numerusform>Лозинката мора да има најмалку {minimum} знаци (сега: {length}). Неколку зборови полесно се паметат од симболи.</numerusform>
            <numerusform>Лозинката мора да има најмалку {minimum} знаци (сега: {length}). Неколку зборови полесно се паметат од симболи.</numerusform>
            <numerusform>Лозинката мора да има најмалку {minimum} знаци (сега: {length}). Неколку зборови полесно се паметат од симболи.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters: use several words.</source>
        <translation>Лозинката има премалку различни знаци: користете неколку зборови.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Името на лицето е задолжително.</translation>
    </message>
    <message>
        <source>The profile folder is not writable: {action} did not happen.</source>
        <translation>Во папката на профилот не може да се запишува: {action} — не е направено.</translation>
    </message>
    <message>
        <source>The profile&apos;s key header ({name}) is damaged.</source>
        <translation>Заглавјето на клучот на профилот ({name}) е оштетено.</translation>
    </message>
    <message>
        <source>The record {id} is already deleted.</source>
        <translation>Записот {id} е веќе избришан.</translation>
    </message>
    <message>
        <source>The record {id} was deleted.</source>
        <translation>Записот {id} е избришан.</translation>
    </message>
    <message>
        <source>The record {id} was deleted: it has no sheet to print.</source>
        <translation>Записот {id} е избришан: нема образец за печатење.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed: HQ has not certified it yet.</source>
        <translation>Сертификатот на потписникот е самопотпишан: седиштето сè уште не го заверило.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by HQ&apos;s root certificate.</source>
        <translation>Сертификатот на потписникот не е издаден од коренскиот сертификат на седиштето.</translation>
    </message>
    <message>
        <source>The workbook “{file}” could not be opened: it may be damaged. Open it in Excel, save a new copy and try again.</source>
        <translation>Работната книга „{file}“ не можеше да се отвори: можеби е оштетена. Отворете ја во Excel, зачувајте нова копија и обидете се повторно.</translation>
    </message>
    <message>
        <source>There is no profile at {folder}. Create one with `csc init`.</source>
        <translation>Во {folder} нема профил. Создајте го со командата `csc init`.</translation>
    </message>
    <message>
        <source>This record belongs to a country team: headquarters can change only its decision fields.</source>
        <translation>Овој запис му припаѓа на тимот на земјата: седиштето може да ги менува само полињата за одлука.</translation>
    </message>
    <message>
        <source>Use at least 16 characters, or mix letters with digits or spaces/punctuation.</source>
        <translation>Користете најмалку 16 знаци или комбинирајте букви со цифри или празни места/интерпункција.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database could not be opened with it. Nothing was changed.</source>
        <translation>Погрешна лозинка: базата на податоци не можеше да се отвори со неа. Ништо не е изменето.</translation>
    </message>
    <message numerus="yes">
        <source>a training of {days} days is not plausible (at most 60)</source>
        <translation>
            <numerusform>обука што трае повеќе од 60 дена (денови: {days}) не е веродостојна</numerusform>
            <numerusform>обука што трае повеќе од 60 дена (денови: {days}) не е веродостојна</numerusform>
            <numerusform>обука што трае повеќе од 60 дена (денови: {days}) не е веродостојна</numerusform>
        </translation>
    </message>
    <message>
        <source>a {country} team records only {country} activities</source>
        <translation>тимот на земјата {country} евидентира само активности на таа земја ({country})</translation>
    </message>
    <message>
        <source>acceptance cannot come before submission to the prosecutor&apos;s office</source>
        <translation>прифаќањето не може да биде пред доставувањето до обвинителството</translation>
    </message>
    <message>
        <source>an entry is missing before it</source>
        <translation>недостасува внес пред него</translation>
    </message>
    <message>
        <source>an entry was inserted</source>
        <translation>вметнат е внес</translation>
    </message>
    <message>
        <source>cannot be set before the case is submitted to the prosecutor&apos;s office</source>
        <translation>не може да се внесе пред предметот да биде доставен до обвинителството</translation>
    </message>
    <message>
        <source>changing the passphrase</source>
        <translation>промена на лозинката</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>содржината се разликува</translation>
    </message>
    <message>
        <source>creating the profile</source>
        <translation>создавање на профилот</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>има повеќе од две децимали</translation>
    </message>
    <message numerus="yes">
        <source>has {count} days but the training has {days}</source>
        <translation>
            <numerusform>денови: {count}, а обуката има денови: {days}</numerusform>
            <numerusform>денови: {count}, а обуката има денови: {days}</numerusform>
            <numerusform>денови: {count}, а обуката има денови: {days}</numerusform>
        </translation>
    </message>
    <message>
        <source>institution name is too long</source>
        <translation>називот на институцијата е премногу долг</translation>
    </message>
    <message>
        <source>is decided by headquarters and cannot be set by a country team</source>
        <translation>за тоа одлучува седиштето и тимот на земјата не може да го внесе</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>е празна</translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <translation>поголема е од {size} MB</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>не е датум (користете ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>не е поле на овој вид запис</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>задолжително е</translation>
    </message>
    <message>
        <source>is set by the application, not by hand</source>
        <translation>го поставува апликацијата, не се внесува рачно</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {maximum})</source>
        <translation>премногу е долго (знаци: {length}; најмногу {maximum})</translation>
    </message>
    <message>
        <source>issued by HQ&apos;s root certificate</source>
        <translation>издаден од коренскиот сертификат на седиштето</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>не се надоврзува на претходниот внес (отстрането, вметнато или преместено)</translation>
    </message>
    <message>
        <source>its content was modified after it was written</source>
        <translation>неговата содржина е изменета по запишувањето</translation>
    </message>
    <message>
        <source>must be a code</source>
        <translation>мора да биде шифра</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>мора да биде листа</translation>
    </message>
    <message>
        <source>must be a list of true/false, one per training day</source>
        <translation>мора да биде листа да/не, по една за секој ден од обуката</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>мора да биде број</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>мора да биде цел број</translation>
    </message>
    <message>
        <source>must be an amount in euro</source>
        <translation>мора да биде износ во евра</translation>
    </message>
    <message>
        <source>must be an amount in euro, e.g. 12500.50</source>
        <translation>мора да биде износ во евра, на пр. 12500,50</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>мора да биде најмалку {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>мора да биде најмногу {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>мора да биде текст</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>мора да биде ИД на запис</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>мора да биде да или не</translation>
    </message>
    <message>
        <source>must name an institution</source>
        <translation>мора да наведе институција</translation>
    </message>
    <message>
        <source>names no participant of this training</source>
        <translation>не означува ниту еден учесник од оваа обука</translation>
    </message>
    <message>
        <source>needs the date the Joint Investigation Team was established</source>
        <translation>потребен е датумот на формирање на заедничкиот истражен тим</translation>
    </message>
    <message>
        <source>newer version (this profile holds {held}: sync pending)</source>
        <translation>понова верзија (овој профил ја има {held}: се чека синхронизација)</translation>
    </message>
    <message>
        <source>no record reference</source>
        <translation>без ознака на запис</translation>
    </message>
    <message>
        <source>not held here</source>
        <translation>не се води тука</translation>
    </message>
    <message>
        <source>older version (this profile holds {held} and was deleted since)</source>
        <translation>постара верзија (овој профил ја има {held}, а записот во меѓувреме е избришан)</translation>
    </message>
    <message>
        <source>older version (this profile holds {held})</source>
        <translation>постара верзија (овој профил ја има {held})</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>отворање на базата на податоци</translation>
    </message>
    <message>
        <source>participants can be imported only into a training</source>
        <translation>учесниците можат да се увезат само во обука</translation>
    </message>
    <message>
        <source>prosecution cannot start before the prosecutor&apos;s office accepted the case</source>
        <translation>кривичното гонење не може да започне пред обвинителството да го прифати предметот</translation>
    </message>
    <message>
        <source>same</source>
        <translation>иста</translation>
    </message>
    <message>
        <source>self-signed: not yet certified by HQ</source>
        <translation>самопотпишан: седиштето сè уште не го заверило</translation>
    </message>
    <message>
        <source>submission cannot come before the support started</source>
        <translation>доставувањето не може да биде пред почетокот на поддршката</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>резервната копија</translation>
    </message>
    <message>
        <source>the case cannot close before the support started</source>
        <translation>предметот не може да се затвори пред почетокот на поддршката</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>датумот на завршување е пред датумот на почеток</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>датотеката нема редови со учесници</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>враќање од резервна копија</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>непознат</translation>
    </message>
    <message>
        <source>{folder} already holds a profile: it was left untouched.</source>
        <translation>{folder} веќе содржи профил: оставен е недопрен.</translation>
    </message>
    <message>
        <source>{path} is not a CSC Desktop backup.</source>
        <translation>{path} не е резервна копија од CSC Desktop.</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on today</source>
        <translation>„{code}“ не е област на криминал од EMPACT-циклусот што денес е во сила</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on {day}</source>
        <translation>„{code}“ не е област на криминал од EMPACT-циклусот во сила на {day}</translation>
    </message>
    <message>
        <source>“{code}” is not a known code</source>
        <translation>„{code}“ не е позната шифра</translation>
    </message>
    <message>
        <source>“{id}” is not a record id.</source>
        <translation>„{id}“ не е ИД на запис.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo profile, deleted when you quit. Its passphrase: {passphrase}</source>
        <translation>Демо профил, се брише кога ќе излезете. Неговата лозинка: {passphrase}</translation>
    </message>
    <message>
        <source>Preparing a demo profile with invented records…</source>
        <translation>Се подготвува демо профил со измислени записи…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>A non-identifying title: no names of suspects or victims.</source>
        <translation>Наслов што не открива идентитет: без имиња на осомничени или жртви.</translation>
    </message>
    <message>
        <source>A short description, e.g. “Annual survey 2026”.</source>
        <translation>Краток опис, на пр. „Годишна анкета 2026“.</translation>
    </message>
    <message>
        <source>Accepted by the prosecutor&apos;s office on</source>
        <translation>Прифатено од обвинителството на</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>Approved budget (EUR)</source>
        <translation>Одобрен буџет (EUR)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Оценето на</translation>
    </message>
    <message>
        <source>Beneficiary institutions</source>
        <translation>Институции корисници</translation>
    </message>
    <message>
        <source>Budget estimate (EUR)</source>
        <translation>Проценет буџет (EUR)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ознака на предметот</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Затворено на</translation>
    </message>
    <message>
        <source>Confirms increased effectiveness of investigations</source>
        <translation>Потврдува зголемена ефикасност на истрагите</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земја</translation>
    </message>
    <message>
        <source>Crime areas</source>
        <translation>Области на криминал</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Исполнети критериуми</translation>
    </message>
    <message>
        <source>Cross-border case</source>
        <translation>Прекуграничен предмет</translation>
    </message>
    <message>
        <source>Date (signed, adopted or submitted)</source>
        <translation>Датум (на потпишување, донесување или поднесување)</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Датум на одговорот</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Одлучено на</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Забелешки за одлуката</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Реализирано на</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Ознака на документот</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Наслов на документот</translation>
    </message>
    <message>
        <source>EMPACT priorities of the cycle in force on the start date, or terrorism / violent extremism.</source>
        <translation>EMPACT-приоритети од циклусот што е во сила на датумот на почеток, или тероризам / насилен екстремизам.</translation>
    </message>
    <message>
        <source>EU agencies involved</source>
        <translation>Вклучени агенции на ЕУ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Датум на завршување</translation>
    </message>
    <message>
        <source>Eurojust participates in the JIT</source>
        <translation>Евроџаст учествува во JIT</translation>
    </message>
    <message>
        <source>Europol participates in the JIT</source>
        <translation>Европол учествува во JIT</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Очекуван број учесници</translation>
    </message>
    <message>
        <source>Expert-days</source>
        <translation>Експертски денови</translation>
    </message>
    <message>
        <source>Expertise profile</source>
        <translation>Профил на експертиза</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Прв ден</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Општо</translation>
    </message>
    <message>
        <source>HQ assessment</source>
        <translation>Оценка на седиштето</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>Одлука на седиштето</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>JIT partner states</source>
        <translation>Држави партнери во JIT</translation>
    </message>
    <message>
        <source>Joint Investigation Team established on</source>
        <translation>Заеднички истражен тим (JIT) формиран на</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Образложение</translation>
    </message>
    <message>
        <source>Kind of milestone</source>
        <translation>Вид пресвртница</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промена</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последен ден</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Водечка институција</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Клучни чекори</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Забелешки</translation>
    </message>
    <message>
        <source>Number, official gazette or registry reference.</source>
        <translation>Број, службен весник или деловоден број.</translation>
    </message>
    <message>
        <source>Organising institution</source>
        <translation>Институција организатор</translation>
    </message>
    <message>
        <source>Other institutions involved</source>
        <translation>Други вклучени институции</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Земји партнери</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Институции партнери</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирање</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Работно место</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Резултат од завршниот тест</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Резултат од почетниот тест</translation>
    </message>
    <message>
        <source>Prosecution started on</source>
        <translation>Кривичното гонење започнато на</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Прашање</translation>
    </message>
    <message>
        <source>Requesting institution</source>
        <translation>Институција барател</translation>
    </message>
    <message>
        <source>Resulting training or pre-investigation</source>
        <translation>Обука или предистрага што произлезе</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Датум на почеток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Поднесено на</translation>
    </message>
    <message>
        <source>Submitted to the prosecutor&apos;s office on</source>
        <translation>Доставено до обвинителството на</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Дадена поддршка</translation>
    </message>
    <message>
        <source>Support started on</source>
        <translation>Поддршката започната на</translation>
    </message>
    <message>
        <source>TAF request it came from</source>
        <translation>Барање за TAF од кое произлезе</translation>
    </message>
    <message>
        <source>The institution that signed, drafted or adopted it.</source>
        <translation>Институцијата што го потпишала, изработила или донела.</translation>
    </message>
    <message>
        <source>The team&apos;s own reference for the case; unique within the country.</source>
        <translation>Ознака што тимот ја дава на предметот; единствена во земјата.</translation>
    </message>
    <message>
        <source>The title of the agreement, draft law or strategy.</source>
        <translation>Наслов на договорот, нацрт-законот или стратегијата.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Предавачи</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Вид на помош</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место на одржување</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Тек на работа</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Authority feedback</source>
        <translation>Повратна информација од органот</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Пресвртница</translation>
    </message>
    <message>
        <source>New TAF request</source>
        <translation>Ново барање за TAF</translation>
    </message>
    <message>
        <source>New pre-investigation</source>
        <translation>Нова предистрага</translation>
    </message>
    <message>
        <source>New record: {kind}</source>
        <translation>Нов запис: {kind}</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Нова обука</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Предистрага</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Барање за TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
</context>
<context>
    <name>kosovo</name>
    <message>
        <source>* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.</source>
        <translation>* Овој назив е без прејудицирање на ставовите за статусот и е во согласност со Резолуцијата 1244/1999 на Советот за безбедност на ОН и со мислењето на Меѓународниот суд на правдата за прогласувањето независност на Косово.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>&amp;New TAF request</source>
        <translation>&amp;Ново барање за TAF</translation>
    </message>
    <message>
        <source>&amp;New pre-investigation</source>
        <translation>&amp;Нова предистрага</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Нов запис</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>&amp;Нова обука</translation>
    </message>
    <message>
        <source>Authority feedback</source>
        <translation>Повратна информација од органот</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Пресвртница</translation>
    </message>
    <message>
        <source>No TAF requests yet. Press Ctrl+N to add the first.</source>
        <translation>Сè уште нема барања за TAF. Притиснете Ctrl+N за да го додадете првото.</translation>
    </message>
    <message>
        <source>No pre-investigations yet. Press Ctrl+N to add the first.</source>
        <translation>Сè уште нема предистраги. Притиснете Ctrl+N за да ја додадете првата.</translation>
    </message>
    <message>
        <source>No trainings yet. Press Ctrl+N to add the first.</source>
        <translation>Сè уште нема обуки. Притиснете Ctrl+N за да ја додадете првата.</translation>
    </message>
    <message>
        <source>Nothing here yet. Press Ctrl+N to add the first record.</source>
        <translation>Тука сè уште нема ништо. Притиснете Ctrl+N за да го додадете првиот запис.</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Предистрага</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Предистраги</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Барање за TAF</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Барања за TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуки</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit log</source>
        <translation>Дневник на ревизија</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Уреди</translation>
    </message>
    <message>
        <source>Exchanging encrypted bundles with headquarters on a USB stick will appear here.</source>
        <translation>Тука ќе се појави размената на шифрирани пакети со седиштето преку USB-меморија.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>Indicators by country and period, with charts, will appear here.</source>
        <translation>Тука ќе се појават показателите по земја и период, со графикони.</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Предистраги</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Извештаи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Барања за TAF</translation>
    </message>
    <message>
        <source>The audit log view is not part of this build.</source>
        <translation>Приказот на дневникот на ревизија не е дел од оваа верзија.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуки</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Day {day}</source>
        <translation>Ден {day}</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>Учесници: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Работно место</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Резултат од завршниот тест</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Резултат од почетниот тест</translation>
    </message>
    <message>
        <source>Row {row}: “{found}” is not one of the functions in the list</source>
        <translation>Ред {row}: „{found}“ не е една од функциите од листата</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Презиме</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Record editor</source>
        <translation>Уредувач на записи</translation>
    </message>
    <message>
        <source>Records cannot be opened or added in this version: the editor is missing.</source>
        <translation>Во оваа верзија записите не можат да се отвораат ниту да се додаваат: недостасува уредувачот.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing else was changed. If it happens again, copy the details below into a message to the project&apos;s support.</source>
        <translation>Нешто тргна наопаку: {error}

Ништо друго не е изменето. Ако се повтори, копирајте ги деталите подолу во порака до поддршката на проектот.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Додај запис во прикажаната листа</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Направи резервна копија сега</translation>
    </message>
    <message>
        <source>Go to the search box of the list</source>
        <translation>Оди во полето за пребарување на листата</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Lock now (the passphrase opens it again)</source>
        <translation>Заклучи сега (лозинката повторно отклучува)</translation>
    </message>
    <message>
        <source>Lock, back up and quit</source>
        <translation>Заклучи, направи резервна копија и излези</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главен прозорец</translation>
    </message>
    <message>
        <source>Next page of the navigation</source>
        <translation>Следна страница од навигацијата</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Отвори го избраниот запис</translation>
    </message>
    <message>
        <source>Open “{page}”</source>
        <translation>Отвори „{page}“</translation>
    </message>
    <message>
        <source>Previous page of the navigation</source>
        <translation>Претходна страница од навигацијата</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Повторно вчитај ја листата</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Оваа листа на кратенки на тастатурата</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <source>Approve this TAF request?</source>
        <translation>Да се одобри ова барање за TAF?</translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation>Откажи ја обуката</translation>
    </message>
    <message>
        <source>Cancel this training? You can reopen it later.</source>
        <translation>Да се откаже оваа обука? Подоцна можете повторно да ја отворите.</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Затвори го барањето</translation>
    </message>
    <message>
        <source>Close this TAF request? It can no longer change status.</source>
        <translation>Да се затвори ова барање за TAF? Повеќе нема да може да го менува статусот.</translation>
    </message>
    <message>
        <source>Mark as assessed</source>
        <translation>Означи како оценето</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Означи како реализирано</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Означи како одржано</translation>
    </message>
    <message>
        <source>Mark this TAF request as assessed?</source>
        <translation>Да се означи ова барање за TAF како оценето?</translation>
    </message>
    <message>
        <source>Mark this TAF request as delivered?</source>
        <translation>Да се означи ова барање за TAF како реализирано?</translation>
    </message>
    <message>
        <source>Mark this training as held?</source>
        <translation>Да се означи оваа обука како одржана?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Одбиј</translation>
    </message>
    <message>
        <source>Reject this TAF request?</source>
        <translation>Да се одбие ова барање за TAF?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Повторно отвори</translation>
    </message>
    <message>
        <source>Reopen this training? Its status goes back to planned.</source>
        <translation>Повторно да се отвори оваа обука? Нејзиниот статус се враќа на „планирано“.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Поднеси</translation>
    </message>
    <message>
        <source>Submit this TAF request to headquarters? Headquarters will assess it; you can withdraw it until then.</source>
        <translation>Да се поднесе ова барање за TAF до седиштето? Седиштето ќе го оцени; дотогаш можете да го повлечете.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Повлечи</translation>
    </message>
    <message>
        <source>Withdraw this TAF request? It goes back to draft.</source>
        <translation>Да се повлече ова барање за TAF? Се враќа во нацрт.</translation>
    </message>
    <message>
        <source>{action}: are you sure?</source>
        <translation>{action}: дали сте сигурни?</translation>
    </message>
</context>
</TS>
