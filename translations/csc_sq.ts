<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences of the parts it ships:</source>
        <translation>&amp;Licencat e pjesëve që përmban:</translation>
    </message>
    <message>
        <source>About CSC Desktop</source>
        <translation>Rreth CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop {version}</source>
        <translation>CSC Desktop {version}</translation>
    </message>
    <message>
        <source>No licence texts were found next to the application.</source>
        <translation>Pranë aplikacionit nuk u gjet asnjë tekst licence.</translation>
    </message>
    <message>
        <source>Offline activity logging, encrypted USB sync and signed activity sheets for the project “Countering Serious Crime in the Western Balkans”.
Licensed under the EUPL 1.2. Qt {qt}, PySide {pyside}.</source>
        <translation>Regjistrim i aktiviteteve pa internet, sinkronizim i enkriptuar me USB dhe fletë aktivitetesh të nënshkruara për projektin “Luftimi i krimit të rëndë në Ballkanin Perëndimor”.
Licencuar sipas EUPL 1.2. Qt {qt}, PySide {pyside}.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporto…</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Hap një kopje</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Shto &amp;si:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Shto &amp;skedarë…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Shto skedarë</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Shtojcat</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Eksporto shtojcën</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Hap një kopje</translation>
    </message>
    <message>
        <source>Opening “{name}” puts a readable copy outside the encrypted store, in a temporary folder of this computer. Anyone using this computer account can read it until the application locks or quits, when the copy is deleted. Open a copy?</source>
        <translation>Hapja e “{name}” vendos një kopje të lexueshme jashtë ruajtjes së enkriptuar, në një dosje të përkohshme të këtij kompjuteri. Kushdo që përdor këtë llogari kompjuteri mund ta lexojë derisa aplikacioni të kyçet ose të mbyllet, kur kopja fshihet. Të hapet një kopje?</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hiq</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Hiq shtojcën</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? The file is deleted from the encrypted store.</source>
        <translation>Të hiqet “{name}” nga ky regjistrim? Skedari fshihet nga ruajtja e enkriptuar.</translation>
    </message>
    <message>
        <source>Save the record first; then you can add files to it.</source>
        <translation>Ruani fillimisht regjistrimin; pastaj mund t’i shtoni skedarë.</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>U ruajt në {path}. Kjo kopje nuk është e enkriptuar.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Diçka shkoi keq.</translation>
    </message>
    <message>
        <source>The copy is in {path}. It is deleted when the application locks or quits.</source>
        <translation>Kopja është në {path}. Fshihet kur aplikacioni kyçet ose mbyllet.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Skedari nuk mund të lexohej ose të shkruhej: {reason}</translation>
    </message>
    <message>
        <source>You can also drop files onto this window to add them.</source>
        <translation>Mund t’i shtoni skedarët edhe duke i tërhequr në këtë dritare.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Veprimi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Nga</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personi</translation>
    </message>
    <message>
        <source>&amp;Record id</source>
        <translation>ID e &amp;regjistrimit</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Deri</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Të gjitha veprimet</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Çdo regjistrim</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Pastro filtrat</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Të gjithë</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Action</source>
        <translation>Veprimi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësitë</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Dhënë për</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifiko zinxhirin</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Po kontrollohet regjistri i auditimit…</translation>
    </message>
    <message>
        <source>Every record opened, changed, imported or taken out of this profile is written here, each entry sealed to the one before it. Double-click an entry to see only its record.</source>
        <translation>Çdo regjistrim i hapur, i ndryshuar, i importuar ose i nxjerrë nga ky profil shënohet këtu, dhe çdo hyrje vuloset me atë para saj. Klikoni dy herë mbi një hyrje për të parë vetëm regjistrimin e saj.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Regjistri i auditimit nuk mund të lexohej: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>{count} hyrje e shfaqur; të tjerat ngarkohen kur lëvizni poshtë.</numerusform>
            <numerusform>{count} hyrje të shfaqura; të tjerat ngarkohen kur lëvizni poshtë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} entries.</source>
        <translation>
            <numerusform>{count} hyrje.</numerusform>
            <numerusform>{count} hyrje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>A field changed here and on a team&apos;s laptop before either saw the other&apos;s change. Both values are kept until you choose; your choice is sent to the team with the next bundle.</source>
        <translation>Një fushë u ndryshua këtu dhe në laptopin e një ekipi para se secila palë të shihte ndryshimin e tjetrës. Të dyja vlerat ruhen derisa të zgjidhni; zgjedhja juaj i dërgohet ekipit me paketën e radhës.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktet</translation>
    </message>
    <message>
        <source>Conflicts waiting for a choice: {n}</source>
        <translation>Konflikte që presin zgjedhje: {n}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Fshirë</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fusha</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gjetur</translation>
    </message>
    <message>
        <source>HQ&apos;s value</source>
        <translation>Vlera e selisë qendrore</translation>
    </message>
    <message>
        <source>Keep &amp;HQ&apos;s value</source>
        <translation>Mbaj vlerën e &amp;selisë qendrore</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Asnjë konflikt për t’u zgjidhur.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Zgjidh një konflikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s value</source>
        <translation>Merr vlerën e &amp;ekipit</translation>
    </message>
    <message>
        <source>Team&apos;s value</source>
        <translation>Vlera e ekipit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>p.sh. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a team card…</source>
        <translation>&amp;Regjistro kartën e një ekipi…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoko…</translation>
    </message>
    <message>
        <source>&amp;Save HQ&apos;s card…</source>
        <translation>&amp;Ruaj kartën e selisë qendrore…</translation>
    </message>
    <message>
        <source>&amp;Write bundles for the teams…</source>
        <translation>&amp;Shkruaj paketat për ekipet…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Bundles are missing from: {who}. Ask them to bring the missing ones.</source>
        <translation>Mungojnë paketa nga: {who}. Kërkojuni t’i sjellin ato që mungojnë.</translation>
    </message>
    <message>
        <source>Choose where to write the bundles</source>
        <translation>Zgjidhni ku të shkruhen paketat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Pajisja</translation>
    </message>
    <message>
        <source>Each team laptop is enrolled once from its card, after its fingerprint has been read out over the phone. A revoked laptop&apos;s bundles are refused from then on.</source>
        <translation>Çdo laptop ekipi regjistrohet një herë nga karta e tij, pasi gjurma e saj digjitale të jetë lexuar në telefon. Paketat e një laptopi të revokuar refuzohen që nga ai moment.</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Paketa e fundit</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Paketat që mungojnë</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.</source>
        <translation>Ende nuk është regjistruar asnjë laptop ekipi.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personi</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Revoko një pajisje</translation>
    </message>
    <message>
        <source>Revoke the laptop of {person} ({country}, device {device})?

Its bundles will be refused from now on, and it will learn of it with HQ&apos;s next bundle. This cannot be undone: the team would need to be enrolled again with a new profile.</source>
        <translation>Të revokohet laptopi i {person} ({country}, pajisja {device})?

Paketat e tij do të refuzohen tani e tutje, dhe ai do ta mësojë këtë me paketën e radhës të selisë qendrore. Kjo nuk mund të zhbëhet: ekipi do të duhej të regjistrohej përsëri me një profil të ri.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revokuar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Pajisjet e ekipeve</translation>
    </message>
    <message>
        <source>Writing the teams&apos; bundles…</source>
        <translation>Po shkruhen paketat e ekipeve…</translation>
    </message>
    <message>
        <source>bundle {n}, {at}</source>
        <translation>paketa {n}, {at}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ende asnjë</translation>
    </message>
    <message>
        <source>{team}: nothing to send</source>
        <translation>{team}: asgjë për të dërguar</translation>
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
        <translation>Shto</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtro…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Type to search, or type a new name</source>
        <translation>Shkruani për të kërkuar, ose shkruani një emër të ri</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nuk mund të lexohet</translation>
    </message>
    <message>
        <source>is not a date: type it like {example}</source>
        <translation>nuk është datë: shkruajeni si {example}</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>nuk është numër</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>nuk është numër i plotë</translation>
    </message>
    <message>
        <source>{name} (not in force on this date)</source>
        <translation>{name} (nuk është në fuqi në këtë datë)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>Të gjitha vendet</translation>
    </message>
    <message>
        <source>All crime areas</source>
        <translation>Të gjitha fushat e krimit</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Të gjitha statuset</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Pastro filtrat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>From this date (empty: no limit)</source>
        <translation>Nga kjo datë (bosh: pa kufi)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): any word, any script</source>
        <translation>Kërko (Ctrl+F): çdo fjalë, çdo alfabet</translation>
    </message>
    <message>
        <source>Show only records of this country</source>
        <translation>Shfaq vetëm regjistrimet e këtij vendi</translation>
    </message>
    <message>
        <source>Show only records of this crime area</source>
        <translation>Shfaq vetëm regjistrimet e kësaj fushe krimi</translation>
    </message>
    <message>
        <source>Show only records with this status</source>
        <translation>Shfaq vetëm regjistrimet me këtë status</translation>
    </message>
    <message>
        <source>Up to this date (empty: no limit)</source>
        <translation>Deri në këtë datë (bosh: pa kufi)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Mos e importo</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is saved until you press Import.</source>
        <translation>Çdo rresht mund të importohet. Asgjë nuk ruhet derisa të shtypni Importo.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importo pjesëmarrësit</translation>
    </message>
    <message>
        <source>Import participants from “{file}”</source>
        <translation>Importo pjesëmarrësit nga “{file}”</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rreshti</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Rreshti {row}: {problem}</translation>
    </message>
    <message>
        <source>Rows with errors are marked in red; point at one to read why. Correct the file or the column choices: nothing is imported while any row is wrong.</source>
        <translation>Rreshtat me gabime janë shënuar me të kuqe; vendosni kursorin mbi njërin për të lexuar arsyen. Korrigjoni skedarin ose zgjedhjen e kolonave: asgjë nuk importohet sa kohë që ndonjë rresht është i gabuar.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Diçka shkoi keq.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Fletëllogaritëse (*.xlsx *.csv *.txt);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Çfarë përmban secila kolonë</translation>
    </message>
    <message>
        <source>{column}: “{heading}”</source>
        <translation>{column}: “{heading}”</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows read from “{file}”</source>
        <translation>
            <numerusform>{count} rresht i lexuar nga “{file}”</numerusform>
            <numerusform>{count} rreshta të lexuar nga “{file}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} with errors</source>
        <translation>
            <numerusform>{count} me gabime</numerusform>
            <numerusform>{count} me gabime</numerusform>
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
        <translation>&amp;Zgjidh paketat…</translation>
    </message>
    <message>
        <source>Bundles checked: {total}. None was refused.</source>
        <translation>Paketa të kontrolluara: {total}. Asnjë nuk u refuzua.</translation>
    </message>
    <message>
        <source>Bundles refused: {n} of {total}. Nothing of a refused bundle was applied.</source>
        <translation>Paketa të refuzuara: {n} nga {total}. Asgjë nga një paketë e refuzuar nuk u zbatua.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Kontrolli dështoi</translation>
    </message>
    <message>
        <source>Choose team bundles</source>
        <translation>Zgjidh paketat e ekipeve</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësitë</translation>
    </message>
    <message>
        <source>Drop the .cscb files from the teams&apos; USB sticks here, or choose them. Each is checked whole before anything is applied; a bundle imported before is skipped.</source>
        <translation>Tërhiqni këtu skedarët .cscb nga USB-të e ekipeve, ose zgjidhini. Secili kontrollohet i plotë para se të zbatohet diçka; një paketë e importuar më parë kapërcehet.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Import team bundles</source>
        <translation>Importo paketat e ekipeve</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Po importohen paketat…</translation>
    </message>
    <message>
        <source>Refused bundles (quarantine)</source>
        <translation>Paketat e refuzuara (karantinë)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultatet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>The language of the application. You can change it later in Settings.</source>
        <translation>Gjuha e aplikacionit. Mund ta ndryshoni më vonë te Cilësimet.</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>CSC Desktop — Locked</source>
        <translation>CSC Desktop — E kyçur</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>E kyçur</translation>
    </message>
    <message>
        <source>{person}&apos;s profile is locked. Type the passphrase to continue where you left off; unsaved changes are kept.</source>
        <translation>Profili i përdoruesit {person} është i kyçur. Shkruani fjalëkalimin për të vazhduar aty ku e latë; ndryshimet e paruajtura ruhen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About CSC Desktop</source>
        <translation>&amp;Rreth CSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Bëj kopje rezervë tani</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Shko</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihma</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kyç</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Regjistrim i &amp;ri</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Kërko në listë</translation>
    </message>
    <message>
        <source>Backing up and closing…</source>
        <translation>Po bëhet kopja rezervë dhe mbyllja…</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Selia qendrore</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kyç</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Kyç tani (Ctrl+L)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>I ri</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Cilësimet</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Shiriti i veglave</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Në punë…</translation>
    </message>
    <message>
        <source>{country} team</source>
        <translation>Ekipi i vendit: {country}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>p.sh. {example}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Shto pjesëmarrës</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importo nga skedari…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Ngjit nga fletëllogaritësja</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Hiq të zgjedhurit</translation>
    </message>
    <message>
        <source>Copy rows in Excel or LibreOffice and paste them here. With the heading row the columns are recognised; without it the cells fill the table from the selected cell.</source>
        <translation>Kopjoni rreshta në Excel ose LibreOffice dhe ngjitini këtu. Me rreshtin e titujve kolonat njihen; pa të, qelizat mbushin tabelën nga qeliza e zgjedhur.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Shkyç</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Fshih</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Shfaq</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Shfaq ose fshih fjalëkalimin</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Fjalëkalim i gabuar. Kontrolloni Caps Lock dhe gjuhën e tastierës, pastaj provoni përsëri.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Përsëri:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt; — not by headquarters, not by anyone. Without it, the data on this laptop and its backups cannot be read.&lt;/p&gt;&lt;p&gt;So: write it down and keep it sealed in a safe place away from the laptop; sync with headquarters often (what HQ has received is safe there); and keep the automatic backups, which open with the same passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Një fjalëkalim i harruar nuk mund të rikuperohet&lt;/b&gt; — as nga selia qendrore, as nga askush. Pa të, të dhënat në këtë laptop dhe kopjet e tij rezervë nuk mund të lexohen.&lt;/p&gt;&lt;p&gt;Prandaj: shkruajeni dhe mbajeni të mbyllur në një vend të sigurt larg laptopit; sinkronizoni shpesh me selinë qendrore (ajo që ka marrë selia është e sigurt atje); dhe ruani kopjet rezervë automatike, që hapen me të njëjtin fjalëkalim.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Po krijohet profili i enkriptuar…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>The passphrase encrypts everything in this profile.</source>
        <translation>Fjalëkalimi enkripton gjithçka në këtë profil.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Dy fjalëkalimet nuk janë të njëjta.</translation>
    </message>
    <message>
        <source>several words are easier to remember</source>
        <translation>disa fjalë mbahen mend më lehtë</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>A folder name cannot contain \ / : * ? &quot; &lt; &gt; | or end with a dot.</source>
        <translation>Emri i dosjes nuk mund të përmbajë \ / : * ? &quot; &lt; &gt; | ose të mbarojë me pikë.</translation>
    </message>
    <message>
        <source>A folder with this name already exists: choose another name.</source>
        <translation>Ekziston tashmë një dosje me këtë emër: zgjidhni një emër tjetër.</translation>
    </message>
    <message>
        <source>Give the profile folder a name.</source>
        <translation>Jepini një emër dosjes së profilit.</translation>
    </message>
    <message>
        <source>Profile &amp;folder name:</source>
        <translation>Emri i &amp;dosjes së profilit:</translation>
    </message>
    <message>
        <source>The profile will be kept in {path}</source>
        <translation>Profili do të ruhet në {path}</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Emri juaj:</translation>
    </message>
    <message>
        <source>Your name and the profile&apos;s folder</source>
        <translation>Emri juaj dhe dosja e profilit</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of everything you record.</source>
        <translation>Emri juaj shënohet në regjistrin e auditimit për gjithçka që regjistroni.</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Krijo profilin</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tjetër &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Prapa</translation>
    </message>
    <message>
        <source>CSC Desktop — New profile</source>
        <translation>CSC Desktop — Profil i ri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>The profile could not be created</source>
        <translation>Profili nuk mund të krijohej</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* e detyrueshme</translation>
    </message>
    <message>
        <source>A country team keeps this record: only the HQ decision can be changed here.</source>
        <translation>Këtë regjistrim e mban një ekip vendi: këtu mund të ndryshohet vetëm vendimi i selisë qendrore.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Shtojcat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Mbyll pa ruajtur (Esc)</translation>
    </message>
    <message>
        <source>Done. The status is now “{status}”.</source>
        <translation>U krye. Statusi tani është “{status}”.</translation>
    </message>
    <message>
        <source>Headquarters fills in these fields; they arrive here with the next synchronisation.</source>
        <translation>Këto fusha i plotëson selia qendrore; ato vijnë këtu me sinkronizimin e radhës.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importo pjesëmarrësit</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ende i paruajtur</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Nuk u ruajt: shihni mesazhet me të kuqe.</translation>
    </message>
    <message>
        <source>Not saved: some fields cannot be read. See the messages in red.</source>
        <translation>Nuk u ruajt: disa fusha nuk mund të lexohen. Shihni mesazhet me të kuqe.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Nuk u ruajt: {problems}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Ruaj (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Ruaj dhe &amp;mbyll</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Ruaj dhe mbyll (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Të ruhen ndryshimet para mbylljes?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>Të ruhen ndryshimet në “{title}” para mbylljes?</translation>
    </message>
    <message>
        <source>Save the training first; then import its participants from a file.</source>
        <translation>Ruani fillimisht trajnimin; pastaj importoni pjesëmarrësit e tij nga një skedar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Diçka shkoi keq.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statusi: {status}</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Regjistrimi nuk mund të hapej.</translation>
    </message>
    <message>
        <source>The record was not saved.</source>
        <translation>Regjistrimi nuk u ruajt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ndryshime të paruajtura</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{question}

Your unsaved changes are saved first.</source>
        <translation>{question}

Ndryshimet tuaja të paruajtura ruhen më parë.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Shto një regjistrim (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Asgjë nuk përputhet me këto filtra.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Regjistrime: {count}</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Të shfaqura: {shown} nga {total}</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>Lista nuk mund të lexohej</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Record {id}</source>
        <translation>Regjistrimi {id}</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>&amp;Headquarters (HQ)</source>
        <translation>&amp;Selia qendrore (HQ)</translation>
    </message>
    <message>
        <source>A &amp;country team</source>
        <translation>Një &amp;ekip vendi</translation>
    </message>
    <message>
        <source>A country team logs its own work; headquarters sees every team&apos;s.</source>
        <translation>Një ekip vendi regjistron punën e vet; selia qendrore sheh punën e çdo ekipi.</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Vendi:</translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation>Kush e përdor këtë laptop</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Bëj kopje rezervë tani</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Kyç pas:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dosja e kopjeve rezervë:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dosja e kopjeve rezervë</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with this profile&apos;s passphrase. One is also made automatically when you lock or close the application after changes. A folder on another disk or a USB stick protects against a broken laptop.</source>
        <translation>Kopjet rezervë janë të enkriptuara dhe hapen me fjalëkalimin e këtij profili. Një kopje bëhet edhe automatikisht kur e kyçni ose e mbyllni aplikacionin pas ndryshimeve. Një dosje në një disk tjetër ose në një USB ju mbron nga një laptop i prishur.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Zgjidh…</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;Vendi i parazgjedhur:</translation>
    </message>
    <message>
        <source>Default &amp;institution:</source>
        <translation>&amp;Institucioni i parazgjedhur:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Të përgjithshme</translation>
    </message>
    <message>
        <source>Never by itself (Ctrl+L locks)</source>
        <translation>Kurrë vetvetiu (Ctrl+L kyç)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Regjistrime të reja</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Pa parazgjedhje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Asnjë</translation>
    </message>
    <message>
        <source>Serbian is offered in Cyrillic and in Latin script: the screens, the names of countries and institutions, dates and the sheets follow the one chosen.</source>
        <translation>Serbishtja ofrohet me alfabet cirilik dhe latin: ekranet, emrat e vendeve dhe të institucioneve, datat dhe fletët ndjekin atë që zgjidhni.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Use the profile&apos;s &amp;own folder</source>
        <translation>Përdor &amp;dosjen e vetë profilit</translation>
    </message>
    <message>
        <source>{minutes} min without use</source>
        <translation>{minutes} min pa përdorim</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Printo…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Fleta:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Fleta e prezencës</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>No preview: this installation has no PDF renderer. Save the sheet as PDF and open it with a PDF viewer to see and print it.</source>
        <translation>Pa parapamje: ky instalim nuk ka shfaqës PDF. Ruajeni fletën si PDF dhe hapeni me një lexues PDF për ta parë dhe printuar.</translation>
    </message>
    <message>
        <source>Pre-investigation support sheet</source>
        <translation>Fleta e mbështetjes për parahetimin</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Po përgatitet fleta…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printo</translation>
    </message>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Printo / Ruaj si PDF</translation>
    </message>
    <message>
        <source>Printing from here needs the PDF renderer: save as PDF and print that.</source>
        <translation>Printimi nga këtu kërkon shfaqësin PDF: ruajeni si PDF dhe printojeni atë.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Ruaj si &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Ruaj fletën si PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>U ruajt në {path}.</translation>
    </message>
    <message>
        <source>Second language in the &amp;headings:</source>
        <translation>Gjuha e dytë në &amp;tituj:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>U dërgua te printeri.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fleta</translation>
    </message>
    <message>
        <source>Signed with the certificate HQ issued.</source>
        <translation>E nënshkruar me certifikatën e lëshuar nga selia qendrore.</translation>
    </message>
    <message>
        <source>Signed, but HQ has not certified this laptop&apos;s signing key yet: the sheet says so.</source>
        <translation>E nënshkruar, por selia qendrore nuk e ka certifikuar ende çelësin e nënshkrimit të këtij laptopi: fleta e thotë këtë.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Diçka shkoi keq.</translation>
    </message>
    <message>
        <source>TAF mission sheet</source>
        <translation>Fleta e misionit TAF</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Printeri nuk mund të hapej.</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Raporti i trajnimit</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Check a signed sheet</source>
        <translation>Kontrollo një fletë të nënshkruar</translation>
    </message>
    <message>
        <source>Do not rely on this sheet as it is</source>
        <translation>Mos u mbështetni te kjo fletë ashtu siç është</translation>
    </message>
    <message>
        <source>Signed sheet not attached</source>
        <translation>Fleta e nënshkruar nuk u bashkëngjit</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Diçka shkoi keq.</translation>
    </message>
    <message>
        <source>The sheet checks out</source>
        <translation>Fleta është në rregull</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ku</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>E pranueshme</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>E mirë</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>E fortë</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Shumë e dobët</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>E dobët</translation>
    </message>
</context>
<context>
    <name>SyncPages</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Konfirmime marrjeje</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Importuar më parë</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zbatuar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Shtojcat</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Hyrje të auditimit</translation>
    </message>
    <message>
        <source>Bundles acknowledged</source>
        <translation>Paketa të konfirmuara</translation>
    </message>
    <message>
        <source>Card of {who}.

Fingerprint:

{fingerprint}

Trust this card only if the other side read out exactly these groups to you over the phone. Did they?</source>
        <translation>Karta e {who}.

Gjurma digjitale:

{fingerprint}

Besojeni këtë kartë vetëm nëse pala tjetër jua lexoi pikërisht këto grupe në telefon. A jua lexoi?</translation>
    </message>
    <message>
        <source>Changes already known</source>
        <translation>Ndryshime tashmë të njohura</translation>
    </message>
    <message>
        <source>Changes for records not here</source>
        <translation>Ndryshime për regjistrime që nuk janë këtu</translation>
    </message>
    <message>
        <source>Changes waiting for their records</source>
        <translation>Ndryshime që presin regjistrimet e tyre</translation>
    </message>
    <message>
        <source>Choose the card to trust</source>
        <translation>Zgjidhni kartën që do të besoni</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Konflikte për t’u zgjidhur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Parahetimet</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Të dhëna referuese</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refuzuar</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revokime</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Ruaj kartën time</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Kërkesat për TAF</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trajnimet</translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation>Beso një kartë</translation>
    </message>
    <message>
        <source>Your card was saved to {path}.

When you give it to the other side, read them this fingerprint over the phone:

{fingerprint}</source>
        <translation>Karta juaj u ruajt në {path}.

Kur t’ia jepni palës tjetër, lexojuni këtë gjurmë digjitale në telefon:

{fingerprint}</translation>
    </message>
    <message>
        <source>bundles still missing: {numbers}</source>
        <translation>paketa që ende mungojnë: {numbers}</translation>
    </message>
    <message>
        <source>check “{check}”: </source>
        <translation>kontrolli “{check}”: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>kurrë</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>asgjë</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>asgjë nuk ndryshoi</translation>
    </message>
</context>
<context>
    <name>TeamSyncPage</name>
    <message>
        <source>&amp;Export to USB drive…</source>
        <translation>&amp;Eksporto në USB…</translation>
    </message>
    <message>
        <source>&amp;Import from HQ…</source>
        <translation>&amp;Importo nga selia qendrore…</translation>
    </message>
    <message>
        <source>&amp;Replace HQ&apos;s card…</source>
        <translation>&amp;Zëvendëso kartën e selisë qendrore…</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Ruaj kartën time…</translation>
    </message>
    <message>
        <source>&amp;Trust HQ&apos;s card…</source>
        <translation>&amp;Beso kartën e selisë qendrore…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paketa</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paketat e dërguara dhe të marra</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ndryshimet</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s bundles</source>
        <translation>Zgjidhni paketat e selisë qendrore</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Zgjidhni ku të shkruhet paketa</translation>
    </message>
    <message>
        <source>Conflicts waiting for HQ to resolve: {n}</source>
        <translation>Konflikte që presin zgjidhjen e selisë qendrore: {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Përmbajtja</translation>
    </message>
    <message>
        <source>Everything has been sent to HQ.</source>
        <translation>Gjithçka i është dërguar selisë qendrore.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Selia qendrore</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop: it can no longer send bundles.</source>
        <translation>Selia qendrore e ka revokuar këtë laptop: ai nuk mund të dërgojë më paketa.</translation>
    </message>
    <message>
        <source>HQ&apos;s card is not trusted yet.</source>
        <translation>Karta e selisë qendrore nuk është besuar ende.</translation>
    </message>
    <message>
        <source>Headquarters&apos; card</source>
        <translation>Karta e selisë qendrore</translation>
    </message>
    <message>
        <source>Importing HQ&apos;s bundles…</source>
        <translation>Po importohen paketat e selisë qendrore…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Last export: {last}
Acknowledged by HQ: {acked}</source>
        <translation>Eksporti i fundit: {last}
Konfirmuar nga selia qendrore: {acked}</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in</source>
        <translation>Nuk u gjet asnjë USB: futni një</translation>
    </message>
    <message>
        <source>Nothing can be sent before HQ&apos;s card is trusted.</source>
        <translation>Asgjë nuk mund të dërgohet para se të besohet karta e selisë qendrore.</translation>
    </message>
    <message>
        <source>Nothing to send: HQ has everything.</source>
        <translation>Asgjë për të dërguar: selia qendrore i ka të gjitha.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Dosje tjetër…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Marrë</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refuzuar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dërguar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Sinkronizimi me selinë qendrore</translation>
    </message>
    <message>
        <source>Trust HQ&apos;s card first: load it, and check its fingerprint with HQ by phone.</source>
        <translation>Besoni fillimisht kartën e selisë qendrore: ngarkojeni dhe kontrolloni gjurmën e saj digjitale me selinë qendrore në telefon.</translation>
    </message>
    <message>
        <source>Trusted: {person}, since {at}. Fingerprint:</source>
        <translation>E besuar: {person}, që nga {at}. Gjurma digjitale:</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Në pritje për t’u dërguar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Po shkruhet paketa për selinë qendrore…</translation>
    </message>
    <message>
        <source>Written: {name} (bundle {n}, {counts}) in {folder}</source>
        <translation>U shkrua: {name} (paketa {n}, {counts}) në {folder}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>konfirmuar</translation>
    </message>
    <message>
        <source>bundle {n} on {at}</source>
        <translation>paketa {n} më {at}</translation>
    </message>
    <message>
        <source>imported by {person}</source>
        <translation>importuar nga {person}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kurrë</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ende asnjë</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>ende i pakonfirmuar</translation>
    </message>
    <message>
        <source>up to bundle {n}</source>
        <translation>deri te paketa {n}</translation>
    </message>
    <message>
        <source>{name} ({root}, {free:.1f} GB free)</source>
        <translation>{name} ({root}, {free:.1f} GB të lira)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>Profil i &amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Open a profile folder…</source>
        <translation>&amp;Hap një dosje profili…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop — Unlock</source>
        <translation>CSC Desktop — Shkyçja</translation>
    </message>
    <message>
        <source>Countering Serious Crime in the Western Balkans</source>
        <translation>Luftimi i krimit të rëndë në Ballkanin Perëndimor</translation>
    </message>
    <message>
        <source>P&amp;rofile on this laptop:</source>
        <translation>P&amp;rofili në këtë laptop:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Dosja e profilit</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Profili nuk mund të hapej</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Added by</source>
        <translation>Shtuar nga</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Shtuar më</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agjenda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Fletë e nënshkruar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Attachment added: {name}</source>
        <translation>Shtojcë e shtuar: {name}</translation>
    </message>
    <message>
        <source>Attachment removed: {name}</source>
        <translation>Shtojcë e hequr: {name}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ndryshuar</translation>
    </message>
    <message>
        <source>Copy taken out</source>
        <translation>Kopje e nxjerrë</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Krijuar</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Fshirë</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Asgjësuar</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Fushat: {fields}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importuar</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profili</translation>
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
        <translation>Po bëhet kopja rezervë…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Kopja rezervë u shkrua</translation>
    </message>
    <message>
        <source>The backup is in {path}.
It is encrypted: it opens with this profile&apos;s passphrase.</source>
        <translation>Kopja rezervë është në {path}.
Është e enkriptuar: hapet me fjalëkalimin e këtij profili.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A country team needs its country: one of {countries}.</source>
        <translation>Një ekip vendi ka nevojë për vendin e vet: një nga {countries}.</translation>
    </message>
    <message>
        <source>Audit log damaged at entry {seq}: {problem}.</source>
        <translation>Regjistri i auditimit është dëmtuar te hyrja {seq}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: {entries} entries, hash chain verified.</source>
        <translation>
            <numerusform>Regjistri i auditimit është i paprekur: {entries} hyrje, zinxhiri i hash-eve u verifikua.</numerusform>
            <numerusform>Regjistri i auditimit është i paprekur: {entries} hyrje, zinxhiri i hash-eve u verifikua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {trust}</source>
        <translation>Certifikata: {trust}</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both set to “{target}”. Choose one of them, or set the other to “Ignore”.</source>
        <translation>Kolonat {first} dhe {second} janë vendosur të dyja si “{target}”. Zgjidhni njërën prej tyre, ose vendoseni tjetrën si “Shpërfill”.</translation>
    </message>
    <message>
        <source>File intact: NO</source>
        <translation>Skedari i paprekur: JO</translation>
    </message>
    <message>
        <source>File intact: yes</source>
        <translation>Skedari i paprekur: po</translation>
    </message>
    <message>
        <source>NOT issued by the HQ root this profile trusts</source>
        <translation>NUK është lëshuar nga certifikata rrënjë e selisë qendrore që ky profil beson</translation>
    </message>
    <message>
        <source>No attachment {id}.</source>
        <translation>Nuk ka shtojcë {id}.</translation>
    </message>
    <message>
        <source>No column headings were found in the first {rows} rows of “{file}”. The list needs a row that names its columns, such as Name, Gender, Institution.</source>
        <translation>Në {rows} rreshtat e parë të “{file}” nuk u gjetën tituj kolonash. Lista ka nevojë për një rresht që emërton kolonat, si Emri, Gjinia, Institucioni.</translation>
    </message>
    <message>
        <source>No column of names was found in “{file}”. Head it “Name” (or “Emri dhe mbiemri”, “Ime i prezime”, “Име и презиме”), or choose the name column by hand.</source>
        <translation>Në “{file}” nuk u gjet kolonë me emra. Vendosni si titull “Emri dhe mbiemri” (ose “Name”, “Ime i prezime”, “Име и презиме”), ose zgjidhni kolonën e emrave me dorë.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Nuk ka regjistrim me ID {id}.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>Record: {id} ({kind}), version {version}: {match}</source>
        <translation>Regjistrimi: {id} ({kind}), versioni {version}: {match}</translation>
    </message>
    <message>
        <source>Row {row}: attendance on day {day} must be x (present) or blank (absent) (found “{found}”)</source>
        <translation>Rreshti {row}: prania në ditën {day} duhet të jetë x (i pranishëm) ose bosh (mungon) (u gjet “{found}”)</translation>
    </message>
    <message>
        <source>Row {row}: evaluation must be a whole number from 1 to 5 (found “{found}”)</source>
        <translation>Rreshti {row}: vlerësimi duhet të jetë numër i plotë nga 1 deri në 5 (u gjet “{found}”)</translation>
    </message>
    <message>
        <source>Row {row}: gender must be F or M, or left blank (found “{found}”)</source>
        <translation>Rreshti {row}: gjinia duhet të jetë F ose M, ose të lihet bosh (u gjet “{found}”)</translation>
    </message>
    <message>
        <source>Row {row}: post-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Rreshti {row}: rezultati i testit pas trajnimit duhet të jetë numër nga 0 deri në 100 (u gjet “{found}”)</translation>
    </message>
    <message>
        <source>Row {row}: pre-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Rreshti {row}: rezultati i testit para trajnimit duhet të jetë numër nga 0 deri në 100 (u gjet “{found}”)</translation>
    </message>
    <message>
        <source>Row {row}: the name is missing</source>
        <translation>Rreshti {row}: mungon emri</translation>
    </message>
    <message>
        <source>Row {row}: {field} is longer than {limit} characters</source>
        <translation>Rreshti {row}: {field} është më i gjatë se {limit} karaktere</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({institution}) is already listed on row {first_row}</source>
        <translation>Rreshti {row}: {name} ({institution}) është tashmë në listë në rreshtin {first_row}</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already listed on row {first_row}</source>
        <translation>Rreshti {row}: {name} është tashmë në listë në rreshtin {first_row}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Nënshkruesi: {signer}</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device})</source>
        <translation>Nënshkruesi: {signer} (pajisja {device})</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device}), signed {when}</source>
        <translation>Nënshkruesi: {signer} (pajisja {device}), nënshkruar më {when}</translation>
    </message>
    <message>
        <source>Signer: {signer}, signed {when}</source>
        <translation>Nënshkruesi: {signer}, nënshkruar më {when}</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Diçka iu shtua skedarit pasi u nënshkrua.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). No backup was found in the profile. Nothing was changed.</source>
        <translation>Baza e të dhënave është e dëmtuar ose e palexueshme ({detail}). Në profil nuk u gjet asnjë kopje rezervë. Asgjë nuk u ndryshua.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). The newest backup is {backup} (restore it with `csc restore`). Nothing was changed.</source>
        <translation>Baza e të dhënave është e dëmtuar ose e palexueshme ({detail}). Kopja rezervë më e re është {backup} (riktheheni me `csc restore`). Asgjë nuk u ndryshua.</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Skedari nuk ka nënshkrim dixhital.</translation>
    </message>
    <message>
        <source>The file does not say which record it shows.</source>
        <translation>Skedari nuk tregon se cilin regjistrim paraqet.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Skedari nuk është PDF i lexueshëm.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature no longer matches it.</source>
        <translation>Skedari u ndryshua pasi u nënshkrua: nënshkrimi nuk përputhet më me të.</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read as CSV ({detail}).</source>
        <translation>Skedari “{file}” nuk mund të lexohej si CSV ({detail}).</translation>
    </message>
    <message>
        <source>The file “{file}” has column headings but no participants.</source>
        <translation>Skedari “{file}” ka tituj kolonash, por jo pjesëmarrës.</translation>
    </message>
    <message>
        <source>The file “{file}” has more than {limit} participant rows. Split it into smaller lists and import them one after the other.</source>
        <translation>Skedari “{file}” ka më shumë se {limit} rreshta pjesëmarrësish. Ndajeni në lista më të vogla dhe importojini njëra pas tjetrës.</translation>
    </message>
    <message>
        <source>The file “{file}” is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>Skedari “{file}” është fletëllogaritëse OpenDocument (.ods). Ruajeni si libër pune Excel (.xlsx) ose si CSV dhe importoni atë.</translation>
    </message>
    <message>
        <source>The file “{file}” is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel, save it as an unprotected .xlsx workbook and import that.</source>
        <translation>Skedari “{file}” është libër pune i vjetër Excel 97–2003 (.xls) ose libër pune i mbrojtur me fjalëkalim. Hapeni në Excel, ruajeni si libër pune .xlsx të pambrojtur dhe importoni atë.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Skedari “{file}” është bosh.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a spreadsheet. Save the participant list as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>Skedari “{file}” nuk është fletëllogaritëse. Ruajeni listën e pjesëmarrësve si libër pune Excel (.xlsx) ose si CSV dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>The file “{file}” is too large ({size_mb} MB). Participant lists of up to {limit_mb} MB can be imported.</source>
        <translation>Skedari “{file}” është shumë i madh ({size_mb} MB). Mund të importohen lista pjesëmarrësish deri në {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The letters in “{file}” could not be read. Save the list again as “CSV UTF-8” (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>Shkronjat në “{file}” nuk mund të lexoheshin. Ruajeni listën përsëri si “CSV UTF-8” (në Excel: Save As, pastaj CSV UTF-8) dhe provoni përsëri.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</source>
        <translation>
            <numerusform>Fjalëkalimi duhet të ketë të paktën {minimum} karakter (ka {length}). Disa fjalë mbahen mend më lehtë se simbolet.</numerusform>
            <numerusform>Fjalëkalimi duhet të ketë të paktën {minimum} karaktere (ka {length}). Disa fjalë mbahen mend më lehtë se simbolet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters: use several words.</source>
        <translation>Fjalëkalimi ka shumë pak karaktere të ndryshme: përdorni disa fjalë.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Emri i personit është i detyrueshëm.</translation>
    </message>
    <message>
        <source>The profile folder is not writable: {action} did not happen.</source>
        <translation>Në dosjen e profilit nuk mund të shkruhet: {action} nuk u krye.</translation>
    </message>
    <message>
        <source>The profile&apos;s key header ({name}) is damaged.</source>
        <translation>Koka e çelësit të profilit ({name}) është e dëmtuar.</translation>
    </message>
    <message>
        <source>The record {id} is already deleted.</source>
        <translation>Regjistrimi {id} është fshirë tashmë.</translation>
    </message>
    <message>
        <source>The record {id} was deleted.</source>
        <translation>Regjistrimi {id} u fshi.</translation>
    </message>
    <message>
        <source>The record {id} was deleted: it has no sheet to print.</source>
        <translation>Regjistrimi {id} u fshi: nuk ka fletë për t’u printuar.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed: HQ has not certified it yet.</source>
        <translation>Certifikata e nënshkruesit është e vetënënshkruar: selia qendrore nuk e ka certifikuar ende.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by HQ&apos;s root certificate.</source>
        <translation>Certifikata e nënshkruesit nuk është lëshuar nga certifikata rrënjë e selisë qendrore.</translation>
    </message>
    <message>
        <source>The workbook “{file}” could not be opened: it may be damaged. Open it in Excel, save a new copy and try again.</source>
        <translation>Libri i punës “{file}” nuk mund të hapej: mund të jetë i dëmtuar. Hapeni në Excel, ruani një kopje të re dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>There is no profile at {folder}. Create one with `csc init`.</source>
        <translation>Nuk ka profil në {folder}. Krijoni një me `csc init`.</translation>
    </message>
    <message>
        <source>This record belongs to a country team: headquarters can change only its decision fields.</source>
        <translation>Ky regjistrim i përket një ekipi vendi: selia qendrore mund të ndryshojë vetëm fushat e vendimit.</translation>
    </message>
    <message>
        <source>Use at least 16 characters, or mix letters with digits or spaces/punctuation.</source>
        <translation>Përdorni të paktën 16 karaktere, ose përzieni shkronjat me shifra ose hapësira/shenja pikësimi.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database could not be opened with it. Nothing was changed.</source>
        <translation>Fjalëkalim i gabuar: baza e të dhënave nuk mund të hapej me të. Asgjë nuk u ndryshua.</translation>
    </message>
    <message numerus="yes">
        <source>a training of {days} days is not plausible (at most 60)</source>
        <translation>
            <numerusform>një trajnim prej {days} dite nuk është i besueshëm (më së shumti 60)</numerusform>
            <numerusform>një trajnim prej {days} ditësh nuk është i besueshëm (më së shumti 60)</numerusform>
        </translation>
    </message>
    <message>
        <source>a {country} team records only {country} activities</source>
        <translation>ekipi i vendit {country} regjistron vetëm aktivitetet e {country}</translation>
    </message>
    <message>
        <source>acceptance cannot come before submission to the prosecutor&apos;s office</source>
        <translation>pranimi nuk mund të jetë para dorëzimit në prokurori</translation>
    </message>
    <message>
        <source>an entry is missing before it</source>
        <translation>mungon një hyrje para saj</translation>
    </message>
    <message>
        <source>an entry was inserted</source>
        <translation>u fut një hyrje</translation>
    </message>
    <message>
        <source>cannot be set before the case is submitted to the prosecutor&apos;s office</source>
        <translation>nuk mund të vendoset para se çështja të dorëzohet në prokurori</translation>
    </message>
    <message>
        <source>changing the passphrase</source>
        <translation>ndryshimi i fjalëkalimit</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>përmbajtja ndryshon</translation>
    </message>
    <message>
        <source>creating the profile</source>
        <translation>krijimi i profilit</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>ka më shumë se dy shifra dhjetore</translation>
    </message>
    <message numerus="yes">
        <source>has {count} days but the training has {days}</source>
        <translation>
            <numerusform>ka {count} ditë, por trajnimi ka {days} ditë</numerusform>
            <numerusform>ka {count} ditë, por trajnimi ka {days} ditë</numerusform>
        </translation>
    </message>
    <message>
        <source>institution name is too long</source>
        <translation>emri i institucionit është shumë i gjatë</translation>
    </message>
    <message>
        <source>is decided by headquarters and cannot be set by a country team</source>
        <translation>vendoset nga selia qendrore dhe nuk mund të plotësohet nga një ekip vendi</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>është bosh</translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <translation>është më i madh se {size} MB</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>nuk është datë (përdorni VVVV-MM-DD)</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>nuk është fushë e këtij lloji regjistrimi</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>është e detyrueshme</translation>
    </message>
    <message>
        <source>is set by the application, not by hand</source>
        <translation>vendoset nga aplikacioni, jo me dorë</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {maximum})</source>
        <translation>është shumë e gjatë ({length} karaktere; më së shumti {maximum})</translation>
    </message>
    <message>
        <source>issued by HQ&apos;s root certificate</source>
        <translation>lëshuar nga certifikata rrënjë e selisë qendrore</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>nuk vjen pas hyrjes para saj (hequr, futur ose rirenditur)</translation>
    </message>
    <message>
        <source>its content was modified after it was written</source>
        <translation>përmbajtja e saj u ndryshua pasi u shkrua</translation>
    </message>
    <message>
        <source>must be a code</source>
        <translation>duhet të jetë kod</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>duhet të jetë listë</translation>
    </message>
    <message>
        <source>must be a list of true/false, one per training day</source>
        <translation>duhet të jetë listë me po/jo, një për çdo ditë trajnimi</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>duhet të jetë numër</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>duhet të jetë numër i plotë</translation>
    </message>
    <message>
        <source>must be an amount in euro</source>
        <translation>duhet të jetë shumë në euro</translation>
    </message>
    <message>
        <source>must be an amount in euro, e.g. 12500.50</source>
        <translation>duhet të jetë shumë në euro, p.sh. 12500.50</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>duhet të jetë së paku {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>duhet të jetë më së shumti {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>duhet të jetë tekst</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>duhet të jetë ID e një regjistrimi</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>duhet të jetë po ose jo</translation>
    </message>
    <message>
        <source>must name an institution</source>
        <translation>duhet të emërtojë një institucion</translation>
    </message>
    <message>
        <source>names no participant of this training</source>
        <translation>nuk i përket asnjë pjesëmarrësi të këtij trajnimi</translation>
    </message>
    <message>
        <source>needs the date the Joint Investigation Team was established</source>
        <translation>kërkon datën kur u krijua Ekipi i Përbashkët Hetimor</translation>
    </message>
    <message>
        <source>newer version (this profile holds {held}: sync pending)</source>
        <translation>version më i ri (ky profil ka {held}: pritet sinkronizimi)</translation>
    </message>
    <message>
        <source>no record reference</source>
        <translation>pa referencë regjistrimi</translation>
    </message>
    <message>
        <source>not held here</source>
        <translation>nuk mbahet këtu</translation>
    </message>
    <message>
        <source>older version (this profile holds {held} and was deleted since)</source>
        <translation>version më i vjetër (ky profil ka {held} dhe që atëherë është fshirë)</translation>
    </message>
    <message>
        <source>older version (this profile holds {held})</source>
        <translation>version më i vjetër (ky profil ka {held})</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>hapja e bazës së të dhënave</translation>
    </message>
    <message>
        <source>participants can be imported only into a training</source>
        <translation>pjesëmarrësit mund të importohen vetëm në një trajnim</translation>
    </message>
    <message>
        <source>prosecution cannot start before the prosecutor&apos;s office accepted the case</source>
        <translation>ndjekja penale nuk mund të fillojë para se prokuroria ta pranojë çështjen</translation>
    </message>
    <message>
        <source>same</source>
        <translation>e njëjta</translation>
    </message>
    <message>
        <source>self-signed: not yet certified by HQ</source>
        <translation>i vetënënshkruar: ende i pacertifikuar nga selia qendrore</translation>
    </message>
    <message>
        <source>submission cannot come before the support started</source>
        <translation>dorëzimi nuk mund të jetë para fillimit të mbështetjes</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>kopja rezervë</translation>
    </message>
    <message>
        <source>the case cannot close before the support started</source>
        <translation>çështja nuk mund të mbyllet para fillimit të mbështetjes</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>data e mbarimit është para datës së fillimit</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>skedari nuk ka rreshta pjesëmarrësish</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>rikthimi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>i panjohur</translation>
    </message>
    <message>
        <source>{folder} already holds a profile: it was left untouched.</source>
        <translation>{folder} përmban tashmë një profil: u la i paprekur.</translation>
    </message>
    <message>
        <source>{path} is not a CSC Desktop backup.</source>
        <translation>{path} nuk është kopje rezervë e CSC Desktop.</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on today</source>
        <translation>“{code}” nuk është fushë krimi e ciklit EMPACT në fuqi sot</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on {day}</source>
        <translation>“{code}” nuk është fushë krimi e ciklit EMPACT në fuqi më {day}</translation>
    </message>
    <message>
        <source>“{code}” is not a known code</source>
        <translation>“{code}” nuk është kod i njohur</translation>
    </message>
    <message>
        <source>“{id}” is not a record id.</source>
        <translation>“{id}” nuk është ID regjistrimi.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo profile, deleted when you quit. Its passphrase: {passphrase}</source>
        <translation>Profil demonstrues, fshihet kur dilni. Fjalëkalimi i tij: {passphrase}</translation>
    </message>
    <message>
        <source>Preparing a demo profile with invented records…</source>
        <translation>Po përgatitet një profil demonstrues me regjistrime të sajuara…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>A non-identifying title: no names of suspects or victims.</source>
        <translation>Një titull që nuk identifikon: pa emra të të dyshuarve ose të viktimave.</translation>
    </message>
    <message>
        <source>A short description, e.g. “Annual survey 2026”.</source>
        <translation>Një përshkrim i shkurtër, p.sh. “Anketa vjetore 2026”.</translation>
    </message>
    <message>
        <source>Accepted by the prosecutor&apos;s office on</source>
        <translation>Pranuar nga prokuroria më</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Përgjigjja</translation>
    </message>
    <message>
        <source>Approved budget (EUR)</source>
        <translation>Buxheti i miratuar (EUR)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Vlerësuar më</translation>
    </message>
    <message>
        <source>Beneficiary institutions</source>
        <translation>Institucionet përfituese</translation>
    </message>
    <message>
        <source>Budget estimate (EUR)</source>
        <translation>Buxheti i parashikuar (EUR)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referenca e çështjes</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Mbyllur më</translation>
    </message>
    <message>
        <source>Confirms increased effectiveness of investigations</source>
        <translation>Konfirmon rritjen e efektivitetit të hetimeve</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Crime areas</source>
        <translation>Fushat e krimit</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Kriteret e përmbushura</translation>
    </message>
    <message>
        <source>Cross-border case</source>
        <translation>Çështje ndërkufitare</translation>
    </message>
    <message>
        <source>Date (signed, adopted or submitted)</source>
        <translation>Data (e nënshkrimit, miratimit ose dorëzimit)</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Data e përgjigjes</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Vendosur më</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Shënime për vendimin</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Realizuar më</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Referenca e dokumentit</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titulli i dokumentit</translation>
    </message>
    <message>
        <source>EMPACT priorities of the cycle in force on the start date, or terrorism / violent extremism.</source>
        <translation>Prioritetet EMPACT të ciklit në fuqi në datën e fillimit, ose terrorizmi / ekstremizmi i dhunshëm.</translation>
    </message>
    <message>
        <source>EU agencies involved</source>
        <translation>Agjencitë e BE-së të përfshira</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data e mbarimit</translation>
    </message>
    <message>
        <source>Eurojust participates in the JIT</source>
        <translation>Eurojust merr pjesë në JIT</translation>
    </message>
    <message>
        <source>Europol participates in the JIT</source>
        <translation>Europol merr pjesë në JIT</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Vlerësimi (1–5)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Pjesëmarrës të pritur</translation>
    </message>
    <message>
        <source>Expert-days</source>
        <translation>Ditë-ekspert</translation>
    </message>
    <message>
        <source>Expertise profile</source>
        <translation>Profili i ekspertizës</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Dita e parë</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksioni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Të përgjithshme</translation>
    </message>
    <message>
        <source>HQ assessment</source>
        <translation>Vlerësimi i selisë qendrore</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>Vendimi i selisë qendrore</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>JIT partner states</source>
        <translation>Shtetet partnere në JIT</translation>
    </message>
    <message>
        <source>Joint Investigation Team established on</source>
        <translation>Ekipi i Përbashkët Hetimor (JIT) u krijua më</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Arsyetimi</translation>
    </message>
    <message>
        <source>Kind of milestone</source>
        <translation>Lloji i arritjes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ndryshuar së fundi</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dita e fundit</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institucioni drejtues</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hapat kryesorë</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Number, official gazette or registry reference.</source>
        <translation>Numri, fletorja zyrtare ose referenca e regjistrit.</translation>
    </message>
    <message>
        <source>Organising institution</source>
        <translation>Institucioni organizator</translation>
    </message>
    <message>
        <source>Other institutions involved</source>
        <translation>Institucione të tjera të përfshira</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Vendet partnere</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Institucionet partnere</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planifikimi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozita</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Rezultati i testit pas trajnimit</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Rezultati i testit para trajnimit</translation>
    </message>
    <message>
        <source>Prosecution started on</source>
        <translation>Ndjekja penale filloi më</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pyetja</translation>
    </message>
    <message>
        <source>Requesting institution</source>
        <translation>Institucioni kërkues</translation>
    </message>
    <message>
        <source>Resulting training or pre-investigation</source>
        <translation>Trajnimi ose parahetimi që rezultoi</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data e fillimit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Dorëzuar më</translation>
    </message>
    <message>
        <source>Submitted to the prosecutor&apos;s office on</source>
        <translation>Dorëzuar në prokurori më</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Mbështetja e dhënë</translation>
    </message>
    <message>
        <source>Support started on</source>
        <translation>Mbështetja filloi më</translation>
    </message>
    <message>
        <source>TAF request it came from</source>
        <translation>Kërkesa për TAF nga e cila doli</translation>
    </message>
    <message>
        <source>The institution that signed, drafted or adopted it.</source>
        <translation>Institucioni që e nënshkroi, e hartoi ose e miratoi.</translation>
    </message>
    <message>
        <source>The team&apos;s own reference for the case; unique within the country.</source>
        <translation>Referenca e vetë ekipit për çështjen; unike brenda vendit.</translation>
    </message>
    <message>
        <source>The title of the agreement, draft law or strategy.</source>
        <translation>Titulli i marrëveshjes, projektligjit ose strategjisë.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trajnerët</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Lloji i asistencës</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Vendi i zhvillimit</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Rrjedha e punës</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Authority feedback</source>
        <translation>Përgjigje e autoritetit</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Arritje</translation>
    </message>
    <message>
        <source>New TAF request</source>
        <translation>Kërkesë e re për TAF</translation>
    </message>
    <message>
        <source>New pre-investigation</source>
        <translation>Parahetim i ri</translation>
    </message>
    <message>
        <source>New record: {kind}</source>
        <translation>Regjistrim i ri: {kind}</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Trajnim i ri</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Parahetim</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Kërkesë për TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trajnim</translation>
    </message>
</context>
<context>
    <name>kosovo</name>
    <message>
        <source>* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.</source>
        <translation>* Ky përcaktim është pa paragjykim ndaj qëndrimeve mbi statusin dhe është në përputhje me Rezolutën 1244/1999 të KSOKB-së dhe me Opinionin e GJND-së mbi shpalljen e pavarësisë së Kosovës.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>&amp;New TAF request</source>
        <translation>Kërkesë e &amp;re për TAF</translation>
    </message>
    <message>
        <source>&amp;New pre-investigation</source>
        <translation>Parahetim i &amp;ri</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Regjistrim i &amp;ri</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>Trajnim i &amp;ri</translation>
    </message>
    <message>
        <source>Authority feedback</source>
        <translation>Përgjigje e autoritetit</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Arritje</translation>
    </message>
    <message>
        <source>No TAF requests yet. Press Ctrl+N to add the first.</source>
        <translation>Ende nuk ka kërkesa për TAF. Shtypni Ctrl+N për të shtuar të parën.</translation>
    </message>
    <message>
        <source>No pre-investigations yet. Press Ctrl+N to add the first.</source>
        <translation>Ende nuk ka parahetime. Shtypni Ctrl+N për të shtuar të parin.</translation>
    </message>
    <message>
        <source>No trainings yet. Press Ctrl+N to add the first.</source>
        <translation>Ende nuk ka trajnime. Shtypni Ctrl+N për të shtuar të parin.</translation>
    </message>
    <message>
        <source>Nothing here yet. Press Ctrl+N to add the first record.</source>
        <translation>Ende nuk ka asgjë këtu. Shtypni Ctrl+N për të shtuar regjistrimin e parë.</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Parahetim</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Parahetimet</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Kërkesë për TAF</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Kërkesat për TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trajnim</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trajnimet</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit log</source>
        <translation>Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktet</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Pajisjet</translation>
    </message>
    <message>
        <source>Exchanging encrypted bundles with headquarters on a USB stick will appear here.</source>
        <translation>Këtu do të shfaqet shkëmbimi i paketave të enkriptuara me selinë qendrore përmes një USB-je.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>Indicators by country and period, with charts, will appear here.</source>
        <translation>Këtu do të shfaqen treguesit sipas vendit dhe periudhës, me grafikë.</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Parahetimet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizimi</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Kërkesat për TAF</translation>
    </message>
    <message>
        <source>The audit log view is not part of this build.</source>
        <translation>Pamja e regjistrit të auditimit nuk është pjesë e këtij versioni.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trajnimet</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Day {day}</source>
        <translation>Dita {day}</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Vlerësimi (1–5)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksioni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Shpërfill</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>Pjesëmarrës: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozita</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Rezultati i testit pas trajnimit</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Rezultati i testit para trajnimit</translation>
    </message>
    <message>
        <source>Row {row}: “{found}” is not one of the functions in the list</source>
        <translation>Rreshti {row}: “{found}” nuk është një nga funksionet e listës</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Mbiemri</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Record editor</source>
        <translation>Redaktori i regjistrimeve</translation>
    </message>
    <message>
        <source>Records cannot be opened or added in this version: the editor is missing.</source>
        <translation>Në këtë version regjistrimet nuk mund të hapen ose të shtohen: mungon redaktori.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing else was changed. If it happens again, copy the details below into a message to the project&apos;s support.</source>
        <translation>Diçka shkoi keq: {error}

Asgjë tjetër nuk u ndryshua. Nëse ndodh përsëri, kopjoni hollësitë më poshtë në një mesazh për mbështetjen e projektit.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Shto një regjistrim në listën e shfaqur</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Bëj kopje rezervë tani</translation>
    </message>
    <message>
        <source>Go to the search box of the list</source>
        <translation>Shko te kutia e kërkimit e listës</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listat</translation>
    </message>
    <message>
        <source>Lock now (the passphrase opens it again)</source>
        <translation>Kyç tani (fjalëkalimi e hap përsëri)</translation>
    </message>
    <message>
        <source>Lock, back up and quit</source>
        <translation>Kyç, bëj kopje rezervë dhe dil</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Dritarja kryesore</translation>
    </message>
    <message>
        <source>Next page of the navigation</source>
        <translation>Faqja tjetër e navigimit</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Hap regjistrimin e zgjedhur</translation>
    </message>
    <message>
        <source>Open “{page}”</source>
        <translation>Hap “{page}”</translation>
    </message>
    <message>
        <source>Previous page of the navigation</source>
        <translation>Faqja e mëparshme e navigimit</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Lexo listën përsëri</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Kjo listë e shkurtoreve të tastierës</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <source>Approve</source>
        <translation>Miratoje</translation>
    </message>
    <message>
        <source>Approve this TAF request?</source>
        <translation>Të miratohet kjo kërkesë për TAF?</translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation>Anulo trajnimin</translation>
    </message>
    <message>
        <source>Cancel this training? You can reopen it later.</source>
        <translation>Të anulohet ky trajnim? Mund ta rihapni më vonë.</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Mbyll kërkesën</translation>
    </message>
    <message>
        <source>Close this TAF request? It can no longer change status.</source>
        <translation>Të mbyllet kjo kërkesë për TAF? Nuk mund ta ndryshojë më statusin.</translation>
    </message>
    <message>
        <source>Mark as assessed</source>
        <translation>Shëno si të vlerësuar</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Shëno si të realizuar</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Shëno si të mbajtur</translation>
    </message>
    <message>
        <source>Mark this TAF request as assessed?</source>
        <translation>Të shënohet kjo kërkesë për TAF si e vlerësuar?</translation>
    </message>
    <message>
        <source>Mark this TAF request as delivered?</source>
        <translation>Të shënohet kjo kërkesë për TAF si e realizuar?</translation>
    </message>
    <message>
        <source>Mark this training as held?</source>
        <translation>Të shënohet ky trajnim si i mbajtur?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuzoje</translation>
    </message>
    <message>
        <source>Reject this TAF request?</source>
        <translation>Të refuzohet kjo kërkesë për TAF?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rihape</translation>
    </message>
    <message>
        <source>Reopen this training? Its status goes back to planned.</source>
        <translation>Të rihapet ky trajnim? Statusi i tij kthehet në i planifikuar.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Dorëzoje</translation>
    </message>
    <message>
        <source>Submit this TAF request to headquarters? Headquarters will assess it; you can withdraw it until then.</source>
        <translation>Të dorëzohet kjo kërkesë për TAF në selinë qendrore? Selia qendrore do ta vlerësojë; deri atëherë mund ta tërhiqni.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tërhiqe</translation>
    </message>
    <message>
        <source>Withdraw this TAF request? It goes back to draft.</source>
        <translation>Të tërhiqet kjo kërkesë për TAF? Kthehet në hartim.</translation>
    </message>
    <message>
        <source>{action}: are you sure?</source>
        <translation>{action}: jeni i sigurt?</translation>
    </message>
</context>
</TS>
