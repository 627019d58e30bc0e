<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences of the parts it ships:</source>
        <translation>&amp;Лиценце делова које садржи:</translation>
    </message>
    <message>
        <source>About CSC Desktop</source>
        <translation>О програму CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop {version}</source>
        <translation>CSC Desktop {version}</translation>
    </message>
    <message>
        <source>No licence texts were found next to the application.</source>
        <translation>Поред апликације нису пронађени текстови лиценци.</translation>
    </message>
    <message>
        <source>Offline activity logging, encrypted USB sync and signed activity sheets for the project “Countering Serious Crime in the Western Balkans”.
Licensed under the EUPL 1.2. Qt {qt}, PySide {pyside}.</source>
        <translation>Евиденција активности без интернета, шифрована синхронизација преко USB-а и потписани обрасци активности за пројекат „Сузбијање тешког криминала на Западном Балкану“.
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
        <translation>&amp;Отвори копију</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Додај &amp;као:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Додај &amp;датотеке…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додај датотеке</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
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
        <translation>Отвори копију</translation>
    </message>
    <message>
        <source>Opening “{name}” puts a readable copy outside the encrypted store, in a temporary folder of this computer. Anyone using this computer account can read it until the application locks or quits, when the copy is deleted. Open a copy?</source>
        <translation>Отварање „{name}“ ставља читљиву копију ван шифрованог складишта, у привремену фасциклу овог рачунара. Свако ко користи овај кориснички налог може да је прочита док се апликација не закључа или затвори, када се копија брише. Отворити копију?</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Уклони прилог</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? The file is deleted from the encrypted store.</source>
        <translation>Уклонити „{name}“ из овог записа? Датотека се брише из шифрованог складишта.</translation>
    </message>
    <message>
        <source>Save the record first; then you can add files to it.</source>
        <translation>Прво сачувајте запис; затим му можете додати датотеке.</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>Сачувано у {path}. Ова копија није шифрована.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто није у реду.</translation>
    </message>
    <message>
        <source>The copy is in {path}. It is deleted when the application locks or quits.</source>
        <translation>Копија је у {path}. Брише се када се апликација закључа или затвори.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Датотека није могла да се прочита или упише: {reason}</translation>
    </message>
    <message>
        <source>You can also drop files onto this window to add them.</source>
        <translation>Датотеке можете додати и превлачењем на овај прозор.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Радња</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Од</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;Record id</source>
        <translation>ИД &amp;записа</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Све радње</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Било који запис</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Обриши филтере</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Сви</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Предато</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Провери ланац</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник ревизије</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Провера дневника ревизије…</translation>
    </message>
    <message>
        <source>Every record opened, changed, imported or taken out of this profile is written here, each entry sealed to the one before it. Double-click an entry to see only its record.</source>
        <translation>Сваки запис отворен, измењен, увезен или изнет из овог профила бележи се овде, а сваки унос је запечаћен уз претходни. Двапут кликните на унос да бисте видели само његов запис.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Дневник ревизије није могао да се прочита: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>Приказан {count} унос; остали се учитавају док се померате.</numerusform>
            <numerusform>Приказана {count} уноса; остали се учитавају док се померате.</numerusform>
            <numerusform>Приказано {count} уноса; остали се учитавају док се померате.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} entries.</source>
        <translation>
            <numerusform>{count} унос.</numerusform>
            <numerusform>{count} уноса.</numerusform>
            <numerusform>{count} уноса.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>A field changed here and on a team&apos;s laptop before either saw the other&apos;s change. Both values are kept until you choose; your choice is sent to the team with the next bundle.</source>
        <translation>Поље је измењено овде и на лаптопу тима пре него што је било која страна видела измену друге. Обе вредности се чувају док не изаберете; ваш избор се шаље тиму следећим пакетом.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <source>Conflicts waiting for a choice: {n}</source>
        <translation>Конфликти који чекају избор: {n}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Обрисано</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поље</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Пронађено</translation>
    </message>
    <message>
        <source>HQ&apos;s value</source>
        <translation>Вредност седишта</translation>
    </message>
    <message>
        <source>Keep &amp;HQ&apos;s value</source>
        <translation>Задржи вредност &amp;седишта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Нема конфликата за решавање.</translation>
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
        <translation>Узми вредност &amp;тима</translation>
    </message>
    <message>
        <source>Team&apos;s value</source>
        <translation>Вредност тима</translation>
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
        <translation>нпр. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a team card…</source>
        <translation>&amp;Региструј картицу тима…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Опозови…</translation>
    </message>
    <message>
        <source>&amp;Save HQ&apos;s card…</source>
        <translation>&amp;Сачувај картицу седишта…</translation>
    </message>
    <message>
        <source>&amp;Write bundles for the teams…</source>
        <translation>&amp;Упиши пакете за тимове…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активан</translation>
    </message>
    <message>
        <source>Bundles are missing from: {who}. Ask them to bring the missing ones.</source>
        <translation>Недостају пакети од: {who}. Замолите их да донесу оне који недостају.</translation>
    </message>
    <message>
        <source>Choose where to write the bundles</source>
        <translation>Изаберите где ће се пакети уписати</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Уређај</translation>
    </message>
    <message>
        <source>Each team laptop is enrolled once from its card, after its fingerprint has been read out over the phone. A revoked laptop&apos;s bundles are refused from then on.</source>
        <translation>Сваки лаптоп тима региструје се једном, из његове картице, пошто је њен отисак прочитан телефоном. Пакети опозваног лаптопа од тада се одбијају.</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Последњи пакет</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Пакети који недостају</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.</source>
        <translation>Још није регистрован ниједан лаптоп тима.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Опозови уређај</translation>
    </message>
    <message>
        <source>Revoke the laptop of {person} ({country}, device {device})?

Its bundles will be refused from now on, and it will learn of it with HQ&apos;s next bundle. This cannot be undone: the team would need to be enrolled again with a new profile.</source>
        <translation>Опозвати лаптоп корисника {person} ({country}, уређај {device})?

Његови пакети ће се од сада одбијати, а о томе ће сазнати следећим пакетом седишта. Ово се не може поништити: тим би морао поново да се региструје са новим профилом.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Опозван</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Уређаји тимова</translation>
    </message>
    <message>
        <source>Writing the teams&apos; bundles…</source>
        <translation>Уписивање пакета за тимове…</translation>
    </message>
    <message>
        <source>bundle {n}, {at}</source>
        <translation>пакет {n}, {at}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>још ниједан</translation>
    </message>
    <message>
        <source>{team}: nothing to send</source>
        <translation>{team}: нема шта да се пошаље</translation>
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
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Type to search, or type a new name</source>
        <translation>Куцајте за претрагу или унесите нови назив</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не може да се прочита</translation>
    </message>
    <message>
        <source>is not a date: type it like {example}</source>
        <translation>није датум: унесите га као {example}</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>није број</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>није цео број</translation>
    </message>
    <message>
        <source>{name} (not in force on this date)</source>
        <translation>{name} (није на снази на овај датум)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>Све земље</translation>
    </message>
    <message>
        <source>All crime areas</source>
        <translation>Све области криминала</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Сви статуси</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Обриши филтере</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>From this date (empty: no limit)</source>
        <translation>Од овог датума (празно: без ограничења)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): any word, any script</source>
        <translation>Претрага (Ctrl+F): било која реч, било које писмо</translation>
    </message>
    <message>
        <source>Show only records of this country</source>
        <translation>Прикажи само записе ове земље</translation>
    </message>
    <message>
        <source>Show only records of this crime area</source>
        <translation>Прикажи само записе ове области криминала</translation>
    </message>
    <message>
        <source>Show only records with this status</source>
        <translation>Прикажи само записе са овим статусом</translation>
    </message>
    <message>
        <source>Up to this date (empty: no limit)</source>
        <translation>До овог датума (празно: без ограничења)</translation>
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
        <translation>Не увози</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is saved until you press Import.</source>
        <translation>Сви редови могу да се увезу. Ништа се не чува док не притиснете Увези.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Увоз учесника</translation>
    </message>
    <message>
        <source>Import participants from “{file}”</source>
        <translation>Увоз учесника из „{file}“</translation>
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
        <translation>Редови са грешкама означени су црвено; поставите показивач на ред да прочитате зашто. Исправите датотеку или избор колона: ништа се не увози док је било који ред погрешан.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто није у реду.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Табеле (*.xlsx *.csv *.txt);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Шта садржи која колона</translation>
    </message>
    <message>
        <source>{column}: “{heading}”</source>
        <translation>{column}: „{heading}“</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows read from “{file}”</source>
        <translation>
            <numerusform>{count} ред прочитан из „{file}“</numerusform>
            <numerusform>{count} реда прочитана из „{file}“</numerusform>
            <numerusform>{count} редова прочитано из „{file}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} with errors</source>
        <translation>
            <numerusform>{count} са грешком</numerusform>
            <numerusform>{count} са грешкама</numerusform>
            <numerusform>{count} са грешкама</numerusform>
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
        <translation>&amp;Изабери пакете…</translation>
    </message>
    <message>
        <source>Bundles checked: {total}. None was refused.</source>
        <translation>Проверено пакета: {total}. Ниједан није одбијен.</translation>
    </message>
    <message>
        <source>Bundles refused: {n} of {total}. Nothing of a refused bundle was applied.</source>
        <translation>Одбијено пакета: {n} од {total}. Ништа из одбијеног пакета није примењено.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Провера није прошла</translation>
    </message>
    <message>
        <source>Choose team bundles</source>
        <translation>Изаберите пакете тимова</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <source>Drop the .cscb files from the teams&apos; USB sticks here, or choose them. Each is checked whole before anything is applied; a bundle imported before is skipped.</source>
        <translation>Превуците овде .cscb датотеке са USB стикова тимова или их изаберите. Сваки се проверава у целини пре него што се било шта примени; пакет који је већ увезен се прескаче.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Import team bundles</source>
        <translation>Увоз пакета тимова</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Увоз пакета…</translation>
    </message>
    <message>
        <source>Refused bundles (quarantine)</source>
        <translation>Одбијени пакети (карантин)</translation>
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
        <translation>Када</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зашто</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
    <message>
        <source>The language of the application. You can change it later in Settings.</source>
        <translation>Језик апликације. Касније га можете променити у Подешавањима.</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>CSC Desktop — Locked</source>
        <translation>CSC Desktop — закључано</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Закључано</translation>
    </message>
    <message>
        <source>{person}&apos;s profile is locked. Type the passphrase to continue where you left off; unsaved changes are kept.</source>
        <translation>Профил: {person} — закључан. Унесите лозинку да наставите где сте стали; несачуване измене су задржане.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About CSC Desktop</source>
        <translation>&amp;О програму CSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервну копију</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Иди</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помоћ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Закључај</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Нови запис</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Претражи листу</translation>
    </message>
    <message>
        <source>Backing up and closing…</source>
        <translation>Прављење резервне копије и затварање…</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Седиште пројекта</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Закључај</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Закључај сада (Ctrl+L)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Подешавања</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Трака са алатима</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Ради се…</translation>
    </message>
    <message>
        <source>{country} team</source>
        <translation>Тим земље: {country}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>нпр. {example}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Додај учесника</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Увези из датотеке…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Налепи из табеле</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Уклони изабране</translation>
    </message>
    <message>
        <source>Copy rows in Excel or LibreOffice and paste them here. With the heading row the columns are recognised; without it the cells fill the table from the selected cell.</source>
        <translation>Копирајте редове у Excel-у или LibreOffice-у и налепите их овде. Са редом наслова колоне се препознају; без њега ћелије попуњавају табелу од изабране ћелије.</translation>
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
        <translation>&amp;Откључај</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сакриј</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Прикажи или сакриј лозинку</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Погрешна лозинка. Проверите Caps Lock и језик тастатуре, па покушајте поново.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Поново:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt; — not by headquarters, not by anyone. Without it, the data on this laptop and its backups cannot be read.&lt;/p&gt;&lt;p&gt;So: write it down and keep it sealed in a safe place away from the laptop; sync with headquarters often (what HQ has received is safe there); and keep the automatic backups, which open with the same passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Заборављена лозинка не може да се поврати&lt;/b&gt; — ни у седишту пројекта, ни од било кога. Без ње се подаци на овом лаптопу и његове резервне копије не могу прочитати.&lt;/p&gt;&lt;p&gt;Зато: запишите је и чувајте запечаћену на сигурном месту, далеко од лаптопа; често синхронизујте са седиштем (оно што је седиште примило тамо је безбедно); и задржите аутоматске резервне копије, које се отварају истом лозинком.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Прави се шифровани профил…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>The passphrase encrypts everything in this profile.</source>
        <translation>Лозинка шифрује све у овом профилу.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Две лозинке нису исте.</translation>
    </message>
    <message>
        <source>several words are easier to remember</source>
        <translation>неколико речи се лакше памти</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>A folder name cannot contain \ / : * ? &quot; &lt; &gt; | or end with a dot.</source>
        <translation>Назив фасцикле не може да садржи \ / : * ? &quot; &lt; &gt; | нити да се завршава тачком.</translation>
    </message>
    <message>
        <source>A folder with this name already exists: choose another name.</source>
        <translation>Фасцикла са овим називом већ постоји: изаберите други назив.</translation>
    </message>
    <message>
        <source>Give the profile folder a name.</source>
        <translation>Дајте назив фасцикли профила.</translation>
    </message>
    <message>
        <source>Profile &amp;folder name:</source>
        <translation>Назив &amp;фасцикле профила:</translation>
    </message>
    <message>
        <source>The profile will be kept in {path}</source>
        <translation>Профил ће се чувати у {path}</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;име:</translation>
    </message>
    <message>
        <source>Your name and the profile&apos;s folder</source>
        <translation>Ваше име и фасцикла профила</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of everything you record.</source>
        <translation>Ваше име се уписује у дневник ревизије свега што евидентирате.</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Направи профил</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Даље &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>CSC Desktop — New profile</source>
        <translation>CSC Desktop — нови профил</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>The profile could not be created</source>
        <translation>Профил није могао да се направи</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обавезно</translation>
    </message>
    <message>
        <source>A country team keeps this record: only the HQ decision can be changed here.</source>
        <translation>Овај запис води тим земље: овде се може мењати само одлука седишта.</translation>
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
        <translation>Затвори без чувања (Esc)</translation>
    </message>
    <message>
        <source>Done. The status is now “{status}”.</source>
        <translation>Готово. Статус је сада „{status}“.</translation>
    </message>
    <message>
        <source>Headquarters fills in these fields; they arrive here with the next synchronisation.</source>
        <translation>Ова поља попуњава седиште пројекта; стижу овде следећом синхронизацијом.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Увоз учесника</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Још није сачувано</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Није сачувано: погледајте поруке исписане црвено.</translation>
    </message>
    <message>
        <source>Not saved: some fields cannot be read. See the messages in red.</source>
        <translation>Није сачувано: нека поља не могу да се прочитају. Погледајте поруке исписане црвено.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Није сачувано: {problems}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сачувај (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Сачувај и &amp;затвори</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Сачувај и затвори (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Сачувати измене пре затварања?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>Сачувати измене у „{title}“ пре затварања?</translation>
    </message>
    <message>
        <source>Save the training first; then import its participants from a file.</source>
        <translation>Прво сачувајте обуку; затим увезите њене учеснике из датотеке.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто није у реду.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Запис није могао да се отвори.</translation>
    </message>
    <message>
        <source>The record was not saved.</source>
        <translation>Запис није сачуван.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несачуване измене</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{question}

Your unsaved changes are saved first.</source>
        <translation>{question}

Ваше несачуване измене прво ће бити сачуване.</translation>
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
        <translation>Ништа не одговара овим филтерима.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Записа: {count}</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Приказано: {shown} од {total}</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>Листа није могла да се прочита</translation>
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
        <translation>&amp;Седиште пројекта (HQ)</translation>
    </message>
    <message>
        <source>A &amp;country team</source>
        <translation>&amp;Тим земље</translation>
    </message>
    <message>
        <source>A country team logs its own work; headquarters sees every team&apos;s.</source>
        <translation>Тим земље евидентира свој рад; седиште пројекта види рад свих тимова.</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Земља:</translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation>Ко користи овај лаптоп</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервну копију</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Закључај после:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Фасцикла за резервне копије:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Фасцикла за резервне копије</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервне копије</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with this profile&apos;s passphrase. One is also made automatically when you lock or close the application after changes. A folder on another disk or a USB stick protects against a broken laptop.</source>
        <translation>Резервне копије су шифроване и отварају се лозинком овог профила. Једна се прави и аутоматски када после измена закључате или затворите апликацију. Фасцикла на другом диску или USB стику штити од квара лаптопа.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Изабери…</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Подразумевана &amp;земља:</translation>
    </message>
    <message>
        <source>Default &amp;institution:</source>
        <translation>Подразумевана &amp;институција:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Опште</translation>
    </message>
    <message>
        <source>Never by itself (Ctrl+L locks)</source>
        <translation>Никад сама од себе (Ctrl+L закључава)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Нови записи</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Без подразумеване вредности</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ниједна</translation>
    </message>
    <message>
        <source>Serbian is offered in Cyrillic and in Latin script: the screens, the names of countries and institutions, dates and the sheets follow the one chosen.</source>
        <translation>Српски се нуди на ћирилици и на латиници: екрани, називи земаља и институција, датуми и обрасци прате изабрано писмо.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>Use the profile&apos;s &amp;own folder</source>
        <translation>Користи &amp;фасциклу профила</translation>
    </message>
    <message>
        <source>{minutes} min without use</source>
        <translation>{minutes} мин без коришћења</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Штампај…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Образац:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нема)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Листа присутности</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>No preview: this installation has no PDF renderer. Save the sheet as PDF and open it with a PDF viewer to see and print it.</source>
        <translation>Нема прегледа: ова инсталација нема приказивач PDF-а. Сачувајте образац као PDF и отворите га PDF прегледачем да бисте га видели и одштампали.</translation>
    </message>
    <message>
        <source>Pre-investigation support sheet</source>
        <translation>Образац подршке предистрази</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Припрема обрасца…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Штампање</translation>
    </message>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Штампај / Сачувај као PDF</translation>
    </message>
    <message>
        <source>Printing from here needs the PDF renderer: save as PDF and print that.</source>
        <translation>За штампање одавде потребан је приказивач PDF-а: сачувајте као PDF и одштампајте њега.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сачувај као &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Сачувај образац као PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сачувано у {path}.</translation>
    </message>
    <message>
        <source>Second language in the &amp;headings:</source>
        <translation>Други језик у &amp;насловима:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Послато на штампач.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Образац</translation>
    </message>
    <message>
        <source>Signed with the certificate HQ issued.</source>
        <translation>Потписано сертификатом који је издало седиште пројекта.</translation>
    </message>
    <message>
        <source>Signed, but HQ has not certified this laptop&apos;s signing key yet: the sheet says so.</source>
        <translation>Потписано, али седиште још није оверило кључ за потписивање овог лаптопа: то пише на обрасцу.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто није у реду.</translation>
    </message>
    <message>
        <source>TAF mission sheet</source>
        <translation>Образац мисије TAF</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Штампач није могао да се отвори.</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Извештај о обуци</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Check a signed sheet</source>
        <translation>Провери потписани образац</translation>
    </message>
    <message>
        <source>Do not rely on this sheet as it is</source>
        <translation>Не ослањајте се на овај образац какав јесте</translation>
    </message>
    <message>
        <source>Signed sheet not attached</source>
        <translation>Потписани образац није приложен</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Нешто није у реду.</translation>
    </message>
    <message>
        <source>The sheet checks out</source>
        <translation>Образац је исправан</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пречице на тастатури</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Тастери</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Прихватљива</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Јака</translation>
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
        <translation>Потврде пријема</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Већ увезено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Примењено</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прилози</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Уноси ревизије</translation>
    </message>
    <message>
        <source>Bundles acknowledged</source>
        <translation>Потврђени пакети</translation>
    </message>
    <message>
        <source>Card of {who}.

Fingerprint:

{fingerprint}

Trust this card only if the other side read out exactly these groups to you over the phone. Did they?</source>
        <translation>Картица: {who}.

Отисак:

{fingerprint}

Верујте овој картици само ако вам је друга страна телефоном прочитала управо ове групе. Да ли јесте?</translation>
    </message>
    <message>
        <source>Changes already known</source>
        <translation>Већ познате измене</translation>
    </message>
    <message>
        <source>Changes for records not here</source>
        <translation>Измене за записе којих овде нема</translation>
    </message>
    <message>
        <source>Changes waiting for their records</source>
        <translation>Измене које чекају своје записе</translation>
    </message>
    <message>
        <source>Choose the card to trust</source>
        <translation>Изаберите картицу којој верујете</translation>
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
        <translation>Предистраге</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Ставке референтних података</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Одбијено</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Опозиви</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Сачувај моју картицу</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Захтеви за TAF</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуке</translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation>Поверење у картицу</translation>
    </message>
    <message>
        <source>Your card was saved to {path}.

When you give it to the other side, read them this fingerprint over the phone:

{fingerprint}</source>
        <translation>Ваша картица је сачувана у {path}.

Када је предате другој страни, прочитајте јој телефоном овај отисак:

{fingerprint}</translation>
    </message>
    <message>
        <source>bundles still missing: {numbers}</source>
        <translation>пакети који још недостају: {numbers}</translation>
    </message>
    <message>
        <source>check “{check}”: </source>
        <translation>провера „{check}“: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никад</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ништа</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ништа није измењено</translation>
    </message>
</context>
<context>
    <name>TeamSyncPage</name>
    <message>
        <source>&amp;Export to USB drive…</source>
        <translation>&amp;Извези на USB диск…</translation>
    </message>
    <message>
        <source>&amp;Import from HQ…</source>
        <translation>&amp;Увези од седишта…</translation>
    </message>
    <message>
        <source>&amp;Replace HQ&apos;s card…</source>
        <translation>&amp;Замени картицу седишта…</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Сачувај моју картицу…</translation>
    </message>
    <message>
        <source>&amp;Trust HQ&apos;s card…</source>
        <translation>&amp;Поверење у картицу седишта…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Послати и примљени пакети</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Измене</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s bundles</source>
        <translation>Изаберите пакете седишта</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Изаберите где ће се пакет уписати</translation>
    </message>
    <message>
        <source>Conflicts waiting for HQ to resolve: {n}</source>
        <translation>Конфликти који чекају да их седиште реши: {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Садржај</translation>
    </message>
    <message>
        <source>Everything has been sent to HQ.</source>
        <translation>Све је послато седишту.</translation>
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
        <translation>Седиште је опозвало овај лаптоп: више не може да шаље пакете.</translation>
    </message>
    <message>
        <source>HQ&apos;s card is not trusted yet.</source>
        <translation>Картици седишта се још не верује.</translation>
    </message>
    <message>
        <source>Headquarters&apos; card</source>
        <translation>Картица седишта пројекта</translation>
    </message>
    <message>
        <source>Importing HQ&apos;s bundles…</source>
        <translation>Увоз пакета седишта…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Last export: {last}
Acknowledged by HQ: {acked}</source>
        <translation>Последњи извоз: {last}
Седиште потврдило: {acked}</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in</source>
        <translation>Није пронађен USB диск: прикључите га</translation>
    </message>
    <message>
        <source>Nothing can be sent before HQ&apos;s card is trusted.</source>
        <translation>Ништа се не може послати пре него што се поверује картици седишта.</translation>
    </message>
    <message>
        <source>Nothing to send: HQ has everything.</source>
        <translation>Нема шта да се пошаље: седиште има све.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Друга фасцикла…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примљено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Одбијено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Послато</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Синхронизација са седиштем пројекта</translation>
    </message>
    <message>
        <source>Trust HQ&apos;s card first: load it, and check its fingerprint with HQ by phone.</source>
        <translation>Прво поверујте картици седишта: учитајте је и проверите њен отисак са седиштем телефоном.</translation>
    </message>
    <message>
        <source>Trusted: {person}, since {at}. Fingerprint:</source>
        <translation>Поверење: {person}, од {at}. Отисак:</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Чека слање</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Уписивање пакета за седиште…</translation>
    </message>
    <message>
        <source>Written: {name} (bundle {n}, {counts}) in {folder}</source>
        <translation>Уписано: {name} (пакет {n}, {counts}) у {folder}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>потврђено</translation>
    </message>
    <message>
        <source>bundle {n} on {at}</source>
        <translation>пакет {n}, {at}</translation>
    </message>
    <message>
        <source>imported by {person}</source>
        <translation>увезао: {person}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никад</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>још ниједан</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>још није потврђено</translation>
    </message>
    <message>
        <source>up to bundle {n}</source>
        <translation>до пакета {n}</translation>
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
        <translation>&amp;Нови профил…</translation>
    </message>
    <message>
        <source>&amp;Open a profile folder…</source>
        <translation>&amp;Отвори фасциклу профила…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop — Unlock</source>
        <translation>CSC Desktop — откључавање</translation>
    </message>
    <message>
        <source>Countering Serious Crime in the Western Balkans</source>
        <translation>Сузбијање тешког криминала на Западном Балкану</translation>
    </message>
    <message>
        <source>P&amp;rofile on this laptop:</source>
        <translation>П&amp;рофил на овом лаптопу:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Фасцикла профила</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Профил није могао да се отвори</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Added by</source>
        <translation>Додао</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Додато</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дневни ред</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
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
        <translation>Потписани образац</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Attachment added: {name}</source>
        <translation>Додат прилог: {name}</translation>
    </message>
    <message>
        <source>Attachment removed: {name}</source>
        <translation>Уклоњен прилог: {name}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Измењено</translation>
    </message>
    <message>
        <source>Copy taken out</source>
        <translation>Изнета копија</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Направљено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Обрисано</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Трајно избрисано</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Поља: {fields}</translation>
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
        <translation>Прављење резервне копије…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Резервна копија је направљена</translation>
    </message>
    <message>
        <source>The backup is in {path}.
It is encrypted: it opens with this profile&apos;s passphrase.</source>
        <translation>Резервна копија је у {path}.
Шифрована је: отвара се лозинком овог профила.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A country team needs its country: one of {countries}.</source>
        <translation>Тиму земље потребна је земља: једна од {countries}.</translation>
    </message>
    <message>
        <source>Audit log damaged at entry {seq}: {problem}.</source>
        <translation>Дневник ревизије је оштећен код уноса {seq}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: {entries} entries, hash chain verified.</source>
        <translation>
            <numerusform>Дневник ревизије је неоштећен: {entries} унос, ланац хешева проверен.</numerusform>
            <numerusform>Дневник ревизије је неоштећен: {entries} уноса, ланац хешева проверен.</numerusform>
            <numerusform>Дневник ревизије је неоштећен: {entries} уноса, ланац хешева проверен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {trust}</source>
        <translation>Сертификат: {trust}</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both set to “{target}”. Choose one of them, or set the other to “Ignore”.</source>
        <translation>Колоне {first} и {second} су обе постављене на „{target}“. Изаберите једну од њих или другу поставите на „Занемари“.</translation>
    </message>
    <message>
        <source>File intact: NO</source>
        <translation>Датотека неоштећена: НЕ</translation>
    </message>
    <message>
        <source>File intact: yes</source>
        <translation>Датотека неоштећена: да</translation>
    </message>
    <message>
        <source>NOT issued by the HQ root this profile trusts</source>
        <translation>НИЈЕ издат од коренског сертификата седишта коме овај профил верује</translation>
    </message>
    <message>
        <source>No attachment {id}.</source>
        <translation>Нема прилога {id}.</translation>
    </message>
    <message>
        <source>No column headings were found in the first {rows} rows of “{file}”. The list needs a row that names its columns, such as Name, Gender, Institution.</source>
        <translation>У првих {rows} редова датотеке „{file}“ нису пронађени наслови колона. Листи је потребан ред који именује колоне, нпр. Име и презиме, Пол, Институција.</translation>
    </message>
    <message>
        <source>No column of names was found in “{file}”. Head it “Name” (or “Emri dhe mbiemri”, “Ime i prezime”, “Име и презиме”), or choose the name column by hand.</source>
        <translation>У „{file}“ није пронађена колона са именима. Насловите је „Име и презиме“ (или „Ime i prezime“, „Emri dhe mbiemri“, „Name“), или ручно изаберите колону са именима.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Нема записа са ИД {id}.</translation>
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
        <translation>Ред {row}: присуство {day}. дана мора бити x (присутан) или празно (одсутан) (пронађено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: evaluation must be a whole number from 1 to 5 (found “{found}”)</source>
        <translation>Ред {row}: оцена мора бити цео број од 1 до 5 (пронађено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: gender must be F or M, or left blank (found “{found}”)</source>
        <translation>Ред {row}: пол мора бити F (Ж) или M, или празно (пронађено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: post-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Ред {row}: резултат завршног теста мора бити број од 0 до 100 (пронађено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: pre-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Ред {row}: резултат почетног теста мора бити број од 0 до 100 (пронађено „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: the name is missing</source>
        <translation>Ред {row}: недостаје име</translation>
    </message>
    <message>
        <source>Row {row}: {field} is longer than {limit} characters</source>
        <translation>Ред {row}: {field} — дуже од {limit} знакова</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({institution}) is already listed on row {first_row}</source>
        <translation>Ред {row}: {name} ({institution}) већ је наведен у реду {first_row}</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already listed on row {first_row}</source>
        <translation>Ред {row}: {name} већ је наведен у реду {first_row}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Потписник: {signer}</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device})</source>
        <translation>Потписник: {signer} (уређај {device})</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device}), signed {when}</source>
        <translation>Потписник: {signer} (уређај {device}), потписано {when}</translation>
    </message>
    <message>
        <source>Signer: {signer}, signed {when}</source>
        <translation>Потписник: {signer}, потписано {when}</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Нешто је додато у датотеку након потписивања.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). No backup was found in the profile. Nothing was changed.</source>
        <translation>База података је оштећена или нечитљива ({detail}). У профилу није пронађена резервна копија. Ништа није измењено.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). The newest backup is {backup} (restore it with `csc restore`). Nothing was changed.</source>
        <translation>База података је оштећена или нечитљива ({detail}). Најновија резервна копија је {backup} (вратите је командом `csc restore`). Ништа није измењено.</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Датотека нема дигитални потпис.</translation>
    </message>
    <message>
        <source>The file does not say which record it shows.</source>
        <translation>Датотека не наводи који запис приказује.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Датотека није читљив PDF.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature no longer matches it.</source>
        <translation>Датотека је измењена након потписивања: потпис јој више не одговара.</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read as CSV ({detail}).</source>
        <translation>Датотека „{file}“ није могла да се прочита као CSV ({detail}).</translation>
    </message>
    <message>
        <source>The file “{file}” has column headings but no participants.</source>
        <translation>Датотека „{file}“ има наслове колона, али нема учесника.</translation>
    </message>
    <message>
        <source>The file “{file}” has more than {limit} participant rows. Split it into smaller lists and import them one after the other.</source>
        <translation>Датотека „{file}“ има више од {limit} редова са учесницима. Поделите је на мање листе и увезите их једну за другом.</translation>
    </message>
    <message>
        <source>The file “{file}” is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>Датотека „{file}“ је OpenDocument табела (.ods). Сачувајте је као Excel радну свеску (.xlsx) или као CSV и увезите њу.</translation>
    </message>
    <message>
        <source>The file “{file}” is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel, save it as an unprotected .xlsx workbook and import that.</source>
        <translation>Датотека „{file}“ је стара Excel 97–2003 радна свеска (.xls) или радна свеска заштићена лозинком. Отворите је у Excel-у, сачувајте као незаштићену .xlsx радну свеску и увезите њу.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Датотека „{file}“ је празна.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a spreadsheet. Save the participant list as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>Датотека „{file}“ није табела. Сачувајте листу учесника као Excel радну свеску (.xlsx) или као CSV и покушајте поново.</translation>
    </message>
    <message>
        <source>The file “{file}” is too large ({size_mb} MB). Participant lists of up to {limit_mb} MB can be imported.</source>
        <translation>Датотека „{file}“ је превелика ({size_mb} MB). Могу се увозити листе учесника до {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The letters in “{file}” could not be read. Save the list again as “CSV UTF-8” (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>Слова у „{file}“ нису могла да се прочитају. Поново сачувајте листу као „CSV UTF-8“ (у Excel-у: Save As, па CSV UTF-8) и покушајте поново.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</source>
        <translation>
            <numerusform>Лозинка мора имати најмање {minimum} знак (има их {length}). Неколико речи лакше се памти од симбола.</numerusform>
            <numerusform>Лозинка мора имати најмање {minimum} знака (има их {length}). Неколико речи лакше се памти од симбола.</numerusform>
            <numerusform>Лозинка мора имати најмање {minimum} знакова (има их {length}). Неколико речи лакше се памти од симбола.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters: use several words.</source>
        <translation>Лозинка има премало различитих знакова: користите неколико речи.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Име особе је обавезно.</translation>
    </message>
    <message>
        <source>The profile folder is not writable: {action} did not happen.</source>
        <translation>У фасциклу профила не може да се пише: {action} — није урађено.</translation>
    </message>
    <message>
        <source>The profile&apos;s key header ({name}) is damaged.</source>
        <translation>Заглавље кључа профила ({name}) је оштећено.</translation>
    </message>
    <message>
        <source>The record {id} is already deleted.</source>
        <translation>Запис {id} је већ обрисан.</translation>
    </message>
    <message>
        <source>The record {id} was deleted.</source>
        <translation>Запис {id} је обрисан.</translation>
    </message>
    <message>
        <source>The record {id} was deleted: it has no sheet to print.</source>
        <translation>Запис {id} је обрисан: нема образац за штампање.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed: HQ has not certified it yet.</source>
        <translation>Сертификат потписника је самопотписан: седиште га још није оверило.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by HQ&apos;s root certificate.</source>
        <translation>Сертификат потписника није издат од коренског сертификата седишта.</translation>
    </message>
    <message>
        <source>The workbook “{file}” could not be opened: it may be damaged. Open it in Excel, save a new copy and try again.</source>
        <translation>Радна свеска „{file}“ није могла да се отвори: можда је оштећена. Отворите је у Excel-у, сачувајте нову копију и покушајте поново.</translation>
    </message>
    <message>
        <source>There is no profile at {folder}. Create one with `csc init`.</source>
        <translation>У {folder} нема профила. Направите га командом `csc init`.</translation>
    </message>
    <message>
        <source>This record belongs to a country team: headquarters can change only its decision fields.</source>
        <translation>Овај запис припада тиму земље: седиште може да мења само поља одлуке.</translation>
    </message>
    <message>
        <source>Use at least 16 characters, or mix letters with digits or spaces/punctuation.</source>
        <translation>Користите најмање 16 знакова или комбинујте слова са цифрама или размацима/интерпункцијом.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database could not be opened with it. Nothing was changed.</source>
        <translation>Погрешна лозинка: база података није могла да се отвори њом. Ништа није измењено.</translation>
    </message>
    <message numerus="yes">
        <source>a training of {days} days is not plausible (at most 60)</source>
        <translation>
            <numerusform>обука од {days} дан није уверљива (највише 60)</numerusform>
            <numerusform>обука од {days} дана није уверљива (највише 60)</numerusform>
            <numerusform>обука од {days} дана није уверљива (највише 60)</numerusform>
        </translation>
    </message>
    <message>
        <source>a {country} team records only {country} activities</source>
        <translation>тим земље {country} евидентира само активности те земље ({country})</translation>
    </message>
    <message>
        <source>acceptance cannot come before submission to the prosecutor&apos;s office</source>
        <translation>прихватање не може бити пре подношења тужилаштву</translation>
    </message>
    <message>
        <source>an entry is missing before it</source>
        <translation>недостаје унос пре њега</translation>
    </message>
    <message>
        <source>an entry was inserted</source>
        <translation>уметнут је унос</translation>
    </message>
    <message>
        <source>cannot be set before the case is submitted to the prosecutor&apos;s office</source>
        <translation>не може се унети пре него што је предмет поднет тужилаштву</translation>
    </message>
    <message>
        <source>changing the passphrase</source>
        <translation>промена лозинке</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>садржај се разликује</translation>
    </message>
    <message>
        <source>creating the profile</source>
        <translation>прављење профила</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>има више од две децимале</translation>
    </message>
    <message numerus="yes">
        <source>has {count} days but the training has {days}</source>
        <translation>
            <numerusform>има {count} дана, а обука има {days} дан</numerusform>
            <numerusform>има {count} дана, а обука има {days} дана</numerusform>
            <numerusform>има {count} дана, а обука има {days} дана</numerusform>
        </translation>
    </message>
    <message>
        <source>institution name is too long</source>
        <translation>назив институције је предугачак</translation>
    </message>
    <message>
        <source>is decided by headquarters and cannot be set by a country team</source>
        <translation>о томе одлучује седиште и тим земље га не може унети</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>је празна</translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <translation>већа је од {size} MB</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>није датум (користите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>није поље ове врсте записа</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обавезно је</translation>
    </message>
    <message>
        <source>is set by the application, not by hand</source>
        <translation>поставља га апликација, не уноси се ручно</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {maximum})</source>
        <translation>предугачко је (знакова: {length}; највише {maximum})</translation>
    </message>
    <message>
        <source>issued by HQ&apos;s root certificate</source>
        <translation>издат од коренског сертификата седишта</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>не надовезује се на претходни унос (уклоњено, уметнуто или премештено)</translation>
    </message>
    <message>
        <source>its content was modified after it was written</source>
        <translation>његов садржај је измењен након уписа</translation>
    </message>
    <message>
        <source>must be a code</source>
        <translation>мора бити шифра</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>мора бити листа</translation>
    </message>
    <message>
        <source>must be a list of true/false, one per training day</source>
        <translation>мора бити листа да/не, по једна за сваки дан обуке</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>мора бити број</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>мора бити цео број</translation>
    </message>
    <message>
        <source>must be an amount in euro</source>
        <translation>мора бити износ у еврима</translation>
    </message>
    <message>
        <source>must be an amount in euro, e.g. 12500.50</source>
        <translation>мора бити износ у еврима, нпр. 12500,50</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>мора бити најмање {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>мора бити највише {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>мора бити текст</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>мора бити ИД записа</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>мора бити да или не</translation>
    </message>
    <message>
        <source>must name an institution</source>
        <translation>мора навести институцију</translation>
    </message>
    <message>
        <source>names no participant of this training</source>
        <translation>не означава ниједног учесника ове обуке</translation>
    </message>
    <message>
        <source>needs the date the Joint Investigation Team was established</source>
        <translation>потребан је датум формирања заједничког истражног тима</translation>
    </message>
    <message>
        <source>newer version (this profile holds {held}: sync pending)</source>
        <translation>новија верзија (овај профил има {held}: чека се синхронизација)</translation>
    </message>
    <message>
        <source>no record reference</source>
        <translation>без ознаке записа</translation>
    </message>
    <message>
        <source>not held here</source>
        <translation>не води се овде</translation>
    </message>
    <message>
        <source>older version (this profile holds {held} and was deleted since)</source>
        <translation>старија верзија (овај профил има {held}, а запис је у међувремену обрисан)</translation>
    </message>
    <message>
        <source>older version (this profile holds {held})</source>
        <translation>старија верзија (овај профил има {held})</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>отварање базе података</translation>
    </message>
    <message>
        <source>participants can be imported only into a training</source>
        <translation>учесници се могу увести само у обуку</translation>
    </message>
    <message>
        <source>prosecution cannot start before the prosecutor&apos;s office accepted the case</source>
        <translation>кривично гоњење не може почети пре него што тужилаштво прихвати предмет</translation>
    </message>
    <message>
        <source>same</source>
        <translation>иста</translation>
    </message>
    <message>
        <source>self-signed: not yet certified by HQ</source>
        <translation>самопотписан: седиште га још није оверило</translation>
    </message>
    <message>
        <source>submission cannot come before the support started</source>
        <translation>подношење не може бити пре почетка подршке</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>резервна копија</translation>
    </message>
    <message>
        <source>the case cannot close before the support started</source>
        <translation>предмет не може бити затворен пре почетка подршке</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>датум завршетка је пре датума почетка</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>датотека нема редова са учесницима</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>враћање из резервне копије</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>непознат</translation>
    </message>
    <message>
        <source>{folder} already holds a profile: it was left untouched.</source>
        <translation>{folder} већ садржи профил: остављен је нетакнут.</translation>
    </message>
    <message>
        <source>{path} is not a CSC Desktop backup.</source>
        <translation>{path} није резервна копија програма CSC Desktop.</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on today</source>
        <translation>„{code}“ није област криминала EMPACT циклуса који је данас на снази</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on {day}</source>
        <translation>„{code}“ није област криминала EMPACT циклуса на снази {day}</translation>
    </message>
    <message>
        <source>“{code}” is not a known code</source>
        <translation>„{code}“ није позната шифра</translation>
    </message>
    <message>
        <source>“{id}” is not a record id.</source>
        <translation>„{id}“ није ИД записа.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo profile, deleted when you quit. Its passphrase: {passphrase}</source>
        <translation>Демо профил, брише се када изађете. Његова лозинка: {passphrase}</translation>
    </message>
    <message>
        <source>Preparing a demo profile with invented records…</source>
        <translation>Припрема демо профила са измишљеним записима…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>A non-identifying title: no names of suspects or victims.</source>
        <translation>Наслов који не открива идентитет: без имена осумњичених или жртава.</translation>
    </message>
    <message>
        <source>A short description, e.g. “Annual survey 2026”.</source>
        <translation>Кратак опис, нпр. „Годишња анкета 2026“.</translation>
    </message>
    <message>
        <source>Accepted by the prosecutor&apos;s office on</source>
        <translation>Прихваћено од стране тужилаштва дана</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>Approved budget (EUR)</source>
        <translation>Одобрени буџет (EUR)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Оцењено дана</translation>
    </message>
    <message>
        <source>Beneficiary institutions</source>
        <translation>Институције корисници</translation>
    </message>
    <message>
        <source>Budget estimate (EUR)</source>
        <translation>Процена буџета (EUR)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ознака предмета</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Затворено дана</translation>
    </message>
    <message>
        <source>Confirms increased effectiveness of investigations</source>
        <translation>Потврђује повећану делотворност истрага</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Crime areas</source>
        <translation>Области криминала</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Испуњени критеријуми</translation>
    </message>
    <message>
        <source>Cross-border case</source>
        <translation>Прекогранични предмет</translation>
    </message>
    <message>
        <source>Date (signed, adopted or submitted)</source>
        <translation>Датум (потписивања, усвајања или подношења)</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Датум одговора</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Одлучено дана</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Напомене уз одлуку</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Реализовано дана</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Ознака документа</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Наслов документа</translation>
    </message>
    <message>
        <source>EMPACT priorities of the cycle in force on the start date, or terrorism / violent extremism.</source>
        <translation>EMPACT приоритети циклуса на снази на датум почетка, или тероризам / насилни екстремизам.</translation>
    </message>
    <message>
        <source>EU agencies involved</source>
        <translation>Укључене агенције ЕУ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Датум завршетка</translation>
    </message>
    <message>
        <source>Eurojust participates in the JIT</source>
        <translation>Евроџаст учествује у JIT-у</translation>
    </message>
    <message>
        <source>Europol participates in the JIT</source>
        <translation>Европол учествује у JIT-у</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Оцена (1–5)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Очекивани број учесника</translation>
    </message>
    <message>
        <source>Expert-days</source>
        <translation>Експертски дани</translation>
    </message>
    <message>
        <source>Expertise profile</source>
        <translation>Профил стручности</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Први дан</translation>
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
        <translation>Опште</translation>
    </message>
    <message>
        <source>HQ assessment</source>
        <translation>Оцена седишта</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>Одлука седишта</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>JIT partner states</source>
        <translation>Државе партнери у JIT-у</translation>
    </message>
    <message>
        <source>Joint Investigation Team established on</source>
        <translation>Заједнички истражни тим (JIT) формиран дана</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Образложење</translation>
    </message>
    <message>
        <source>Kind of milestone</source>
        <translation>Врста прекретнице</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последња измена</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последњи дан</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Водећа институција</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Кључни кораци</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Number, official gazette or registry reference.</source>
        <translation>Број, службени гласник или деловодни број.</translation>
    </message>
    <message>
        <source>Organising institution</source>
        <translation>Институција организатор</translation>
    </message>
    <message>
        <source>Other institutions involved</source>
        <translation>Друге укључене институције</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Земље партнери</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Институције партнери</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирање</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Радно место</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Резултат завршног теста</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Резултат почетног теста</translation>
    </message>
    <message>
        <source>Prosecution started on</source>
        <translation>Кривично гоњење покренуто дана</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питање</translation>
    </message>
    <message>
        <source>Requesting institution</source>
        <translation>Институција подносилац захтева</translation>
    </message>
    <message>
        <source>Resulting training or pre-investigation</source>
        <translation>Обука или предистрага која је проистекла</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Датум почетка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Поднето дана</translation>
    </message>
    <message>
        <source>Submitted to the prosecutor&apos;s office on</source>
        <translation>Поднето тужилаштву дана</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Пружена подршка</translation>
    </message>
    <message>
        <source>Support started on</source>
        <translation>Подршка започета дана</translation>
    </message>
    <message>
        <source>TAF request it came from</source>
        <translation>Захтев за TAF из ког је проистекла</translation>
    </message>
    <message>
        <source>The institution that signed, drafted or adopted it.</source>
        <translation>Институција која га је потписала, израдила или усвојила.</translation>
    </message>
    <message>
        <source>The team&apos;s own reference for the case; unique within the country.</source>
        <translation>Ознака коју тим даје предмету; јединствена у земљи.</translation>
    </message>
    <message>
        <source>The title of the agreement, draft law or strategy.</source>
        <translation>Наслов споразума, нацрта закона или стратегије.</translation>
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
        <translation>Врста помоћи</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место одржавања</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Ток рада</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Authority feedback</source>
        <translation>Повратна информација органа</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Прекретница</translation>
    </message>
    <message>
        <source>New TAF request</source>
        <translation>Нови захтев за TAF</translation>
    </message>
    <message>
        <source>New pre-investigation</source>
        <translation>Нова предистрага</translation>
    </message>
    <message>
        <source>New record: {kind}</source>
        <translation>Нови запис: {kind}</translation>
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
        <translation>Захтев за TAF</translation>
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
        <translation>* Овај назив не доводи у питање ставове о статусу и у складу је са Резолуцијом СБ УН 1244/1999 и мишљењем Међународног суда правде о проглашењу независности Косова.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>&amp;New TAF request</source>
        <translation>&amp;Нови захтев за TAF</translation>
    </message>
    <message>
        <source>&amp;New pre-investigation</source>
        <translation>&amp;Нова предистрага</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Нови запис</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>&amp;Нова обука</translation>
    </message>
    <message>
        <source>Authority feedback</source>
        <translation>Повратна информација органа</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Прекретница</translation>
    </message>
    <message>
        <source>No TAF requests yet. Press Ctrl+N to add the first.</source>
        <translation>Још нема захтева за TAF. Притисните Ctrl+N да додате први.</translation>
    </message>
    <message>
        <source>No pre-investigations yet. Press Ctrl+N to add the first.</source>
        <translation>Још нема предистрага. Притисните Ctrl+N да додате прву.</translation>
    </message>
    <message>
        <source>No trainings yet. Press Ctrl+N to add the first.</source>
        <translation>Још нема обука. Притисните Ctrl+N да додате прву.</translation>
    </message>
    <message>
        <source>Nothing here yet. Press Ctrl+N to add the first record.</source>
        <translation>Овде још нема ничега. Притисните Ctrl+N да додате први запис.</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Предистрага</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Предистраге</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Захтев за TAF</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Захтеви за TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуке</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit log</source>
        <translation>Дневник ревизије</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Уређаји</translation>
    </message>
    <message>
        <source>Exchanging encrypted bundles with headquarters on a USB stick will appear here.</source>
        <translation>Овде ће се појавити размена шифрованих пакета са седиштем пројекта преко USB стика.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>Indicators by country and period, with charts, will appear here.</source>
        <translation>Овде ће се појавити показатељи по земљи и периоду, са графиконима.</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Предистраге</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Извештаји</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Захтеви за TAF</translation>
    </message>
    <message>
        <source>The audit log view is not part of this build.</source>
        <translation>Приказ дневника ревизије није део ове верзије.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обуке</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Day {day}</source>
        <translation>Дан {day}</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Оцена (1–5)</translation>
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
        <translation>Учесника: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Радно место</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Резултат завршног теста</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Резултат почетног теста</translation>
    </message>
    <message>
        <source>Row {row}: “{found}” is not one of the functions in the list</source>
        <translation>Ред {row}: „{found}“ није једна од функција са листе</translation>
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
        <translation>Уређивач записа</translation>
    </message>
    <message>
        <source>Records cannot be opened or added in this version: the editor is missing.</source>
        <translation>У овој верзији записи не могу да се отварају ни додају: недостаје уређивач.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing else was changed. If it happens again, copy the details below into a message to the project&apos;s support.</source>
        <translation>Нешто није у реду: {error}

Ништа друго није измењено. Ако се понови, копирајте детаље испод у поруку подршци пројекта.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Додај запис у приказану листу</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Направи резервну копију сада</translation>
    </message>
    <message>
        <source>Go to the search box of the list</source>
        <translation>Иди на поље за претрагу листе</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Листе</translation>
    </message>
    <message>
        <source>Lock now (the passphrase opens it again)</source>
        <translation>Закључај сада (лозинка поново откључава)</translation>
    </message>
    <message>
        <source>Lock, back up and quit</source>
        <translation>Закључај, направи резервну копију и изађи</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главни прозор</translation>
    </message>
    <message>
        <source>Next page of the navigation</source>
        <translation>Следећа страница навигације</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Отвори изабрани запис</translation>
    </message>
    <message>
        <source>Open “{page}”</source>
        <translation>Отвори „{page}“</translation>
    </message>
    <message>
        <source>Previous page of the navigation</source>
        <translation>Претходна страница навигације</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Поново учитај листу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Ова листа пречица на тастатури</translation>
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
        <translation>Одобрити овај захтев за TAF?</translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation>Откажи обуку</translation>
    </message>
    <message>
        <source>Cancel this training? You can reopen it later.</source>
        <translation>Отказати ову обуку? Касније је можете поново отворити.</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Затвори захтев</translation>
    </message>
    <message>
        <source>Close this TAF request? It can no longer change status.</source>
        <translation>Затворити овај захтев за TAF? Више неће моћи да мења статус.</translation>
    </message>
    <message>
        <source>Mark as assessed</source>
        <translation>Означи као оцењено</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Означи као реализовано</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Означи као одржано</translation>
    </message>
    <message>
        <source>Mark this TAF request as assessed?</source>
        <translation>Означити овај захтев за TAF као оцењен?</translation>
    </message>
    <message>
        <source>Mark this TAF request as delivered?</source>
        <translation>Означити овај захтев за TAF као реализован?</translation>
    </message>
    <message>
        <source>Mark this training as held?</source>
        <translation>Означити ову обуку као одржану?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Одбиј</translation>
    </message>
    <message>
        <source>Reject this TAF request?</source>
        <translation>Одбити овај захтев за TAF?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Поново отвори</translation>
    </message>
    <message>
        <source>Reopen this training? Its status goes back to planned.</source>
        <translation>Поново отворити ову обуку? Њен статус се враћа на „планирано“.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Поднеси</translation>
    </message>
    <message>
        <source>Submit this TAF request to headquarters? Headquarters will assess it; you can withdraw it until then.</source>
        <translation>Поднети овај захтев за TAF седишту пројекта? Седиште ће га оценити; дотле га можете повући.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Повуци</translation>
    </message>
    <message>
        <source>Withdraw this TAF request? It goes back to draft.</source>
        <translation>Повући овај захтев за TAF? Враћа се у нацрт.</translation>
    </message>
    <message>
        <source>{action}: are you sure?</source>
        <translation>{action}: да ли сте сигурни?</translation>
    </message>
</context>
</TS>
