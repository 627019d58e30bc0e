<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_ME" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences of the parts it ships:</source>
        <translation>&amp;Licence dijelova koje sadrži:</translation>
    </message>
    <message>
        <source>About CSC Desktop</source>
        <translation>O programu CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop {version}</source>
        <translation>CSC Desktop {version}</translation>
    </message>
    <message>
        <source>No licence texts were found next to the application.</source>
        <translation>Pored aplikacije nisu pronađeni tekstovi licenci.</translation>
    </message>
    <message>
        <source>Offline activity logging, encrypted USB sync and signed activity sheets for the project “Countering Serious Crime in the Western Balkans”.
Licensed under the EUPL 1.2. Qt {qt}, PySide {pyside}.</source>
        <translation>Evidencija aktivnosti bez interneta, šifrovana sinhronizacija putem USB-a i potpisani obrasci aktivnosti za projekat „Suzbijanje teškog kriminala na Zapadnom Balkanu“.
Licenca EUPL 1.2. Qt {qt}, PySide {pyside}.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Otvori kopiju</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Dodaj &amp;kao:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Dodaj &amp;datoteke…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dodaj datoteke</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prilozi</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Izvezi prilog</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Otvori kopiju</translation>
    </message>
    <message>
        <source>Opening “{name}” puts a readable copy outside the encrypted store, in a temporary folder of this computer. Anyone using this computer account can read it until the application locks or quits, when the copy is deleted. Open a copy?</source>
        <translation>Otvaranje „{name}“ stavlja čitljivu kopiju van šifrovanog skladišta, u privremeni folder ovog računara. Svako ko koristi ovaj korisnički nalog može je pročitati dok se aplikacija ne zaključa ili zatvori, kada se kopija briše. Otvoriti kopiju?</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ukloni prilog</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? The file is deleted from the encrypted store.</source>
        <translation>Ukloniti „{name}“ iz ovog zapisa? Datoteka se briše iz šifrovanog skladišta.</translation>
    </message>
    <message>
        <source>Save the record first; then you can add files to it.</source>
        <translation>Prvo sačuvajte zapis; zatim mu možete dodati datoteke.</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>Sačuvano u {path}. Ova kopija nije šifrovana.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Nešto nije u redu.</translation>
    </message>
    <message>
        <source>The copy is in {path}. It is deleted when the application locks or quits.</source>
        <translation>Kopija je u {path}. Briše se kada se aplikacija zaključa ili zatvori.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Datoteka se nije mogla pročitati ili upisati: {reason}</translation>
    </message>
    <message>
        <source>You can also drop files onto this window to add them.</source>
        <translation>Datoteke možete dodati i prevlačenjem na ovaj prozor.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Radnja</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Osoba</translation>
    </message>
    <message>
        <source>&amp;Record id</source>
        <translation>ID &amp;zapisa</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Sve radnje</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Bilo koji zapis</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Obriši filtere</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Svi</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Predato</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Provjeri lanac</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dnevnik revizije</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Provjera dnevnika revizije…</translation>
    </message>
    <message>
        <source>Every record opened, changed, imported or taken out of this profile is written here, each entry sealed to the one before it. Double-click an entry to see only its record.</source>
        <translation>Svaki zapis otvoren, izmijenjen, uvezen ili iznesen iz ovog profila bilježi se ovdje, a svaki unos je zapečaćen uz prethodni. Dvaput kliknite na unos da biste vidjeli samo njegov zapis.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Dnevnik revizije nije se mogao pročitati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>Prikazan {count} unos; ostali se učitavaju dok se pomjerate.</numerusform>
            <numerusform>Prikazana {count} unosa; ostali se učitavaju dok se pomjerate.</numerusform>
            <numerusform>Prikazano {count} unosa; ostali se učitavaju dok se pomjerate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} entries.</source>
        <translation>
            <numerusform>{count} unos.</numerusform>
            <numerusform>{count} unosa.</numerusform>
            <numerusform>{count} unosa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>A field changed here and on a team&apos;s laptop before either saw the other&apos;s change. Both values are kept until you choose; your choice is sent to the team with the next bundle.</source>
        <translation>Polje je izmijenjeno ovdje i na laptopu tima prije nego što je bilo koja strana vidjela izmjenu druge. Obje vrijednosti se čuvaju dok ne izaberete; vaš izbor se šalje timu sljedećim paketom.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Conflicts waiting for a choice: {n}</source>
        <translation>Konflikti koji čekaju izbor: {n}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Obrisano</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>HQ&apos;s value</source>
        <translation>Vrijednost sjedišta</translation>
    </message>
    <message>
        <source>Keep &amp;HQ&apos;s value</source>
        <translation>Zadrži vrijednost &amp;sjedišta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Nema konflikata za rješavanje.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Riješi konflikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s value</source>
        <translation>Uzmi vrijednost &amp;tima</translation>
    </message>
    <message>
        <source>Team&apos;s value</source>
        <translation>Vrijednost tima</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>npr. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a team card…</source>
        <translation>&amp;Registruj karticu tima…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Opozovi…</translation>
    </message>
    <message>
        <source>&amp;Save HQ&apos;s card…</source>
        <translation>&amp;Sačuvaj karticu sjedišta…</translation>
    </message>
    <message>
        <source>&amp;Write bundles for the teams…</source>
        <translation>&amp;Upiši pakete za timove…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>Bundles are missing from: {who}. Ask them to bring the missing ones.</source>
        <translation>Nedostaju paketi od: {who}. Zamolite ih da donesu one koji nedostaju.</translation>
    </message>
    <message>
        <source>Choose where to write the bundles</source>
        <translation>Izaberite gdje će se paketi upisati</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Uređaj</translation>
    </message>
    <message>
        <source>Each team laptop is enrolled once from its card, after its fingerprint has been read out over the phone. A revoked laptop&apos;s bundles are refused from then on.</source>
        <translation>Svaki laptop tima registruje se jednom, iz njegove kartice, nakon što je njen otisak pročitan telefonom. Paketi opozvanog laptopa od tada se odbijaju.</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Posljednji paket</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Paketi koji nedostaju</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.</source>
        <translation>Još nije registrovan nijedan laptop tima.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Opozovi uređaj</translation>
    </message>
    <message>
        <source>Revoke the laptop of {person} ({country}, device {device})?

Its bundles will be refused from now on, and it will learn of it with HQ&apos;s next bundle. This cannot be undone: the team would need to be enrolled again with a new profile.</source>
        <translation>Opozvati laptop korisnika {person} ({country}, uređaj {device})?

Njegovi paketi će se od sada odbijati, a o tome će saznati sljedećim paketom sjedišta. Ovo se ne može poništiti: tim bi morao ponovo da se registruje sa novim profilom.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Opozvan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Uređaji timova</translation>
    </message>
    <message>
        <source>Writing the teams&apos; bundles…</source>
        <translation>Upisivanje paketa za timove…</translation>
    </message>
    <message>
        <source>bundle {n}, {at}</source>
        <translation>paket {n}, {at}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>još nijedan</translation>
    </message>
    <message>
        <source>{team}: nothing to send</source>
        <translation>{team}: nema šta da se pošalje</translation>
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
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtriraj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Type to search, or type a new name</source>
        <translation>Kucajte za pretragu ili unesite novi naziv</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne može se pročitati</translation>
    </message>
    <message>
        <source>is not a date: type it like {example}</source>
        <translation>nije datum: unesite ga kao {example}</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>nije broj</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>nije cijeli broj</translation>
    </message>
    <message>
        <source>{name} (not in force on this date)</source>
        <translation>{name} (nije na snazi na ovaj datum)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>Sve zemlje</translation>
    </message>
    <message>
        <source>All crime areas</source>
        <translation>Sve oblasti kriminala</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Obriši filtere</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>From this date (empty: no limit)</source>
        <translation>Od ovog datuma (prazno: bez ograničenja)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): any word, any script</source>
        <translation>Pretraga (Ctrl+F): bilo koja riječ, bilo koje pismo</translation>
    </message>
    <message>
        <source>Show only records of this country</source>
        <translation>Prikaži samo zapise ove zemlje</translation>
    </message>
    <message>
        <source>Show only records of this crime area</source>
        <translation>Prikaži samo zapise ove oblasti kriminala</translation>
    </message>
    <message>
        <source>Show only records with this status</source>
        <translation>Prikaži samo zapise sa ovim statusom</translation>
    </message>
    <message>
        <source>Up to this date (empty: no limit)</source>
        <translation>Do ovog datuma (prazno: bez ograničenja)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne uvozi</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is saved until you press Import.</source>
        <translation>Svi redovi se mogu uvesti. Ništa se ne čuva dok ne pritisnete Uvezi.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Uvoz učesnika</translation>
    </message>
    <message>
        <source>Import participants from “{file}”</source>
        <translation>Uvoz učesnika iz „{file}“</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Red {row}: {problem}</translation>
    </message>
    <message>
        <source>Rows with errors are marked in red; point at one to read why. Correct the file or the column choices: nothing is imported while any row is wrong.</source>
        <translation>Redovi sa greškama označeni su crvenom bojom; postavite pokazivač na red da pročitate zašto. Ispravite datoteku ili izbor kolona: ništa se ne uvozi dok je bilo koji red pogrešan.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Nešto nije u redu.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabele (*.xlsx *.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Šta sadrži koja kolona</translation>
    </message>
    <message>
        <source>{column}: “{heading}”</source>
        <translation>{column}: „{heading}“</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows read from “{file}”</source>
        <translation>
            <numerusform>{count} red pročitan iz „{file}“</numerusform>
            <numerusform>{count} reda pročitana iz „{file}“</numerusform>
            <numerusform>{count} redova pročitano iz „{file}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} with errors</source>
        <translation>
            <numerusform>{count} sa greškom</numerusform>
            <numerusform>{count} sa greškama</numerusform>
            <numerusform>{count} sa greškama</numerusform>
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
        <translation>&amp;Izaberi pakete…</translation>
    </message>
    <message>
        <source>Bundles checked: {total}. None was refused.</source>
        <translation>Provjereno paketa: {total}. Nijedan nije odbijen.</translation>
    </message>
    <message>
        <source>Bundles refused: {n} of {total}. Nothing of a refused bundle was applied.</source>
        <translation>Odbijeno paketa: {n} od {total}. Ništa iz odbijenog paketa nije primijenjeno.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Provjera nije prošla</translation>
    </message>
    <message>
        <source>Choose team bundles</source>
        <translation>Izaberite pakete timova</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>Drop the .cscb files from the teams&apos; USB sticks here, or choose them. Each is checked whole before anything is applied; a bundle imported before is skipped.</source>
        <translation>Prevucite ovdje .cscb datoteke sa USB stickova timova ili ih izaberite. Svaka se provjerava u cjelini prije nego što se bilo šta primijeni; paket koji je već uvezen se preskače.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Import team bundles</source>
        <translation>Uvoz paketa timova</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Uvoz paketa…</translation>
    </message>
    <message>
        <source>Refused bundles (quarantine)</source>
        <translation>Odbijeni paketi (karantin)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>The language of the application. You can change it later in Settings.</source>
        <translation>Jezik aplikacije. Kasnije ga možete promijeniti u Podešavanjima.</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>CSC Desktop — Locked</source>
        <translation>CSC Desktop — zaključano</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zaključano</translation>
    </message>
    <message>
        <source>{person}&apos;s profile is locked. Type the passphrase to continue where you left off; unsaved changes are kept.</source>
        <translation>Profil: {person} — zaključan. Unesite lozinku da nastavite gdje ste stali; nesačuvane izmjene su zadržane.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About CSC Desktop</source>
        <translation>&amp;O programu CSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Napravi rezervnu kopiju</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novi zapis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Pretraži listu</translation>
    </message>
    <message>
        <source>Backing up and closing…</source>
        <translation>Pravljenje rezervne kopije i zatvaranje…</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sjedište projekta</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zaključaj</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Zaključaj sada (Ctrl+L)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Podešavanja</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Traka sa alatima</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Radi se…</translation>
    </message>
    <message>
        <source>{country} team</source>
        <translation>Tim zemlje: {country}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>npr. {example}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Dodaj učesnika</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Uvezi iz datoteke…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Zalijepi iz tabele</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Ukloni izabrane</translation>
    </message>
    <message>
        <source>Copy rows in Excel or LibreOffice and paste them here. With the heading row the columns are recognised; without it the cells fill the table from the selected cell.</source>
        <translation>Kopirajte redove u Excelu ili LibreOfficeu i zalijepite ih ovdje. Sa redom naslova kolone se prepoznaju; bez njega ćelije popunjavaju tabelu od izabrane ćelije.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sakrij</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Prikaži ili sakrij lozinku</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Pogrešna lozinka. Provjerite Caps Lock i jezik tastature, pa pokušajte ponovo.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ponovo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt; — not by headquarters, not by anyone. Without it, the data on this laptop and its backups cannot be read.&lt;/p&gt;&lt;p&gt;So: write it down and keep it sealed in a safe place away from the laptop; sync with headquarters often (what HQ has received is safe there); and keep the automatic backups, which open with the same passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zaboravljena lozinka ne može se povratiti&lt;/b&gt; — ni u sjedištu projekta, ni od bilo koga. Bez nje se podaci na ovom laptopu i njegove rezervne kopije ne mogu pročitati.&lt;/p&gt;&lt;p&gt;Zato: zapišite je i čuvajte zapečaćenu na bezbjednom mjestu, daleko od laptopa; često sinhronizujte sa sjedištem (ono što je sjedište primilo tamo je bezbjedno); i zadržite automatske rezervne kopije, koje se otvaraju istom lozinkom.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Pravi se šifrovani profil…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>The passphrase encrypts everything in this profile.</source>
        <translation>Lozinka šifruje sve u ovom profilu.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Dvije lozinke nisu iste.</translation>
    </message>
    <message>
        <source>several words are easier to remember</source>
        <translation>nekoliko riječi lakše se pamti</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>A folder name cannot contain \ / : * ? &quot; &lt; &gt; | or end with a dot.</source>
        <translation>Naziv foldera ne može sadržati \ / : * ? &quot; &lt; &gt; | niti se završavati tačkom.</translation>
    </message>
    <message>
        <source>A folder with this name already exists: choose another name.</source>
        <translation>Folder sa ovim nazivom već postoji: izaberite drugi naziv.</translation>
    </message>
    <message>
        <source>Give the profile folder a name.</source>
        <translation>Dajte naziv folderu profila.</translation>
    </message>
    <message>
        <source>Profile &amp;folder name:</source>
        <translation>Naziv &amp;foldera profila:</translation>
    </message>
    <message>
        <source>The profile will be kept in {path}</source>
        <translation>Profil će se čuvati u {path}</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;ime:</translation>
    </message>
    <message>
        <source>Your name and the profile&apos;s folder</source>
        <translation>Vaše ime i folder profila</translation>
    </message>
    <message>
        <source>Your name goes into the audit log of everything you record.</source>
        <translation>Vaše ime se upisuje u dnevnik revizije svega što evidentirate.</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Napravi profil</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazad</translation>
    </message>
    <message>
        <source>CSC Desktop — New profile</source>
        <translation>CSC Desktop — novi profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>The profile could not be created</source>
        <translation>Profil se nije mogao napraviti</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obavezno</translation>
    </message>
    <message>
        <source>A country team keeps this record: only the HQ decision can be changed here.</source>
        <translation>Ovaj zapis vodi tim zemlje: ovdje se može mijenjati samo odluka sjedišta.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prilozi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zatvori bez čuvanja (Esc)</translation>
    </message>
    <message>
        <source>Done. The status is now “{status}”.</source>
        <translation>Gotovo. Status je sada „{status}“.</translation>
    </message>
    <message>
        <source>Headquarters fills in these fields; they arrive here with the next synchronisation.</source>
        <translation>Ova polja popunjava sjedište projekta; stižu ovdje sljedećom sinhronizacijom.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Uvoz učesnika</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Još nije sačuvano</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Nije sačuvano: pogledajte poruke ispisane crvenom bojom.</translation>
    </message>
    <message>
        <source>Not saved: some fields cannot be read. See the messages in red.</source>
        <translation>Nije sačuvano: neka polja se ne mogu pročitati. Pogledajte poruke ispisane crvenom bojom.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Nije sačuvano: {problems}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Sačuvaj (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Sačuvaj i &amp;zatvori</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Sačuvaj i zatvori (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Sačuvati izmjene prije zatvaranja?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>Sačuvati izmjene u „{title}“ prije zatvaranja?</translation>
    </message>
    <message>
        <source>Save the training first; then import its participants from a file.</source>
        <translation>Prvo sačuvajte obuku; zatim uvezite njene učesnike iz datoteke.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Nešto nije u redu.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Zapis se nije mogao otvoriti.</translation>
    </message>
    <message>
        <source>The record was not saved.</source>
        <translation>Zapis nije sačuvan.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmjene</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{question}

Your unsaved changes are saved first.</source>
        <translation>{question}

Vaše nesačuvane izmjene prvo će biti sačuvane.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Dodaj zapis (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Ništa ne odgovara ovim filterima.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Zapisa: {count}</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Prikazano: {shown} od {total}</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>Lista se nije mogla pročitati</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Record {id}</source>
        <translation>Zapis {id}</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>&amp;Headquarters (HQ)</source>
        <translation>&amp;Sjedište projekta (HQ)</translation>
    </message>
    <message>
        <source>A &amp;country team</source>
        <translation>&amp;Tim zemlje</translation>
    </message>
    <message>
        <source>A country team logs its own work; headquarters sees every team&apos;s.</source>
        <translation>Tim zemlje evidentira svoj rad; sjedište projekta vidi rad svih timova.</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Zemlja:</translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation>Ko koristi ovaj laptop</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Napravi rezervnu kopiju</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Zaključaj poslije:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Folder za rezervne kopije:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder za rezervne kopije</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezervne kopije</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with this profile&apos;s passphrase. One is also made automatically when you lock or close the application after changes. A folder on another disk or a USB stick protects against a broken laptop.</source>
        <translation>Rezervne kopije su šifrovane i otvaraju se lozinkom ovog profila. Jedna se pravi i automatski kada poslije izmjena zaključate ili zatvorite aplikaciju. Folder na drugom disku ili USB sticku štiti od kvara laptopa.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izaberi…</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Podrazumijevana &amp;zemlja:</translation>
    </message>
    <message>
        <source>Default &amp;institution:</source>
        <translation>Podrazumijevana &amp;institucija:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Opšte</translation>
    </message>
    <message>
        <source>Never by itself (Ctrl+L locks)</source>
        <translation>Nikad sama od sebe (Ctrl+L zaključava)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Novi zapisi</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Bez podrazumijevane vrijednosti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nijedna</translation>
    </message>
    <message>
        <source>Serbian is offered in Cyrillic and in Latin script: the screens, the names of countries and institutions, dates and the sheets follow the one chosen.</source>
        <translation>Srpski se nudi na ćirilici i na latinici: ekrani, nazivi zemalja i institucija, datumi i obrasci prate izabrano pismo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Use the profile&apos;s &amp;own folder</source>
        <translation>Koristi &amp;folder profila</translation>
    </message>
    <message>
        <source>{minutes} min without use</source>
        <translation>{minutes} min bez korišćenja</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Štampaj…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Obrazac:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Lista prisutnih</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>No preview: this installation has no PDF renderer. Save the sheet as PDF and open it with a PDF viewer to see and print it.</source>
        <translation>Nema pregleda: ova instalacija nema prikazivač PDF-a. Sačuvajte obrazac kao PDF i otvorite ga PDF preglednikom da biste ga vidjeli i odštampali.</translation>
    </message>
    <message>
        <source>Pre-investigation support sheet</source>
        <translation>Obrazac podrške predistrazi</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Priprema obrasca…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampanje</translation>
    </message>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Štampaj / Sačuvaj kao PDF</translation>
    </message>
    <message>
        <source>Printing from here needs the PDF renderer: save as PDF and print that.</source>
        <translation>Za štampanje odavde potreban je prikazivač PDF-a: sačuvajte kao PDF i odštampajte njega.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Sačuvaj kao &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Sačuvaj obrazac kao PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Sačuvano u {path}.</translation>
    </message>
    <message>
        <source>Second language in the &amp;headings:</source>
        <translation>Drugi jezik u &amp;naslovima:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Poslato na štampač.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <source>Signed with the certificate HQ issued.</source>
        <translation>Potpisano sertifikatom koji je izdalo sjedište projekta.</translation>
    </message>
    <message>
        <source>Signed, but HQ has not certified this laptop&apos;s signing key yet: the sheet says so.</source>
        <translation>Potpisano, ali sjedište još nije ovjerilo ključ za potpisivanje ovog laptopa: to piše na obrascu.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Nešto nije u redu.</translation>
    </message>
    <message>
        <source>TAF mission sheet</source>
        <translation>Obrazac misije TAF</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Štampač se nije mogao otvoriti.</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Izvještaj o obuci</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Check a signed sheet</source>
        <translation>Provjeri potpisani obrazac</translation>
    </message>
    <message>
        <source>Do not rely on this sheet as it is</source>
        <translation>Ne oslanjajte se na ovaj obrazac kakav jeste</translation>
    </message>
    <message>
        <source>Signed sheet not attached</source>
        <translation>Potpisani obrazac nije priložen</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Nešto nije u redu.</translation>
    </message>
    <message>
        <source>The sheet checks out</source>
        <translation>Obrazac je ispravan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasteri</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdje</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Prihvatljiva</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Jaka</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Preslaba</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Slaba</translation>
    </message>
</context>
<context>
    <name>SyncPages</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Potvrde prijema</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Već uvezeno</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Primijenjeno</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prilozi</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Unosi revizije</translation>
    </message>
    <message>
        <source>Bundles acknowledged</source>
        <translation>Potvrđeni paketi</translation>
    </message>
    <message>
        <source>Card of {who}.

Fingerprint:

{fingerprint}

Trust this card only if the other side read out exactly these groups to you over the phone. Did they?</source>
        <translation>Kartica: {who}.

Otisak:

{fingerprint}

Vjerujte ovoj kartici samo ako vam je druga strana telefonom pročitala upravo ove grupe. Da li jeste?</translation>
    </message>
    <message>
        <source>Changes already known</source>
        <translation>Već poznate izmjene</translation>
    </message>
    <message>
        <source>Changes for records not here</source>
        <translation>Izmjene za zapise kojih ovdje nema</translation>
    </message>
    <message>
        <source>Changes waiting for their records</source>
        <translation>Izmjene koje čekaju svoje zapise</translation>
    </message>
    <message>
        <source>Choose the card to trust</source>
        <translation>Izaberite karticu kojoj vjerujete</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Konflikti za rješavanje</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Predistrage</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Stavke referentnih podataka</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Opozivi</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Sačuvaj moju karticu</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Zahtjevi za TAF</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Obuke</translation>
    </message>
    <message>
        <source>Trust a card</source>
        <translation>Povjerenje u karticu</translation>
    </message>
    <message>
        <source>Your card was saved to {path}.

When you give it to the other side, read them this fingerprint over the phone:

{fingerprint}</source>
        <translation>Vaša kartica je sačuvana u {path}.

Kada je predate drugoj strani, pročitajte joj telefonom ovaj otisak:

{fingerprint}</translation>
    </message>
    <message>
        <source>bundles still missing: {numbers}</source>
        <translation>paketi koji još nedostaju: {numbers}</translation>
    </message>
    <message>
        <source>check “{check}”: </source>
        <translation>provjera „{check}“: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ništa</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ništa nije izmijenjeno</translation>
    </message>
</context>
<context>
    <name>TeamSyncPage</name>
    <message>
        <source>&amp;Export to USB drive…</source>
        <translation>&amp;Izvezi na USB disk…</translation>
    </message>
    <message>
        <source>&amp;Import from HQ…</source>
        <translation>&amp;Uvezi od sjedišta…</translation>
    </message>
    <message>
        <source>&amp;Replace HQ&apos;s card…</source>
        <translation>&amp;Zamijeni karticu sjedišta…</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Sačuvaj moju karticu…</translation>
    </message>
    <message>
        <source>&amp;Trust HQ&apos;s card…</source>
        <translation>&amp;Povjerenje u karticu sjedišta…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Poslati i primljeni paketi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Izmjene</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s bundles</source>
        <translation>Izaberite pakete sjedišta</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Izaberite gdje će se paket upisati</translation>
    </message>
    <message>
        <source>Conflicts waiting for HQ to resolve: {n}</source>
        <translation>Konflikti koji čekaju da ih sjedište riješi: {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>Everything has been sent to HQ.</source>
        <translation>Sve je poslato sjedištu.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Sjedište</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop: it can no longer send bundles.</source>
        <translation>Sjedište je opozvalo ovaj laptop: više ne može da šalje pakete.</translation>
    </message>
    <message>
        <source>HQ&apos;s card is not trusted yet.</source>
        <translation>Kartici sjedišta se još ne vjeruje.</translation>
    </message>
    <message>
        <source>Headquarters&apos; card</source>
        <translation>Kartica sjedišta projekta</translation>
    </message>
    <message>
        <source>Importing HQ&apos;s bundles…</source>
        <translation>Uvoz paketa sjedišta…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Last export: {last}
Acknowledged by HQ: {acked}</source>
        <translation>Posljednji izvoz: {last}
Sjedište potvrdilo: {acked}</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in</source>
        <translation>Nije pronađen USB disk: priključite ga</translation>
    </message>
    <message>
        <source>Nothing can be sent before HQ&apos;s card is trusted.</source>
        <translation>Ništa se ne može poslati prije nego što se povjeruje kartici sjedišta.</translation>
    </message>
    <message>
        <source>Nothing to send: HQ has everything.</source>
        <translation>Nema šta da se pošalje: sjedište ima sve.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Drugi folder…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Sinhronizacija sa sjedištem projekta</translation>
    </message>
    <message>
        <source>Trust HQ&apos;s card first: load it, and check its fingerprint with HQ by phone.</source>
        <translation>Prvo povjerujte kartici sjedišta: učitajte je i provjerite njen otisak sa sjedištem telefonom.</translation>
    </message>
    <message>
        <source>Trusted: {person}, since {at}. Fingerprint:</source>
        <translation>Povjerenje: {person}, od {at}. Otisak:</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čeka slanje</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Upisivanje paketa za sjedište…</translation>
    </message>
    <message>
        <source>Written: {name} (bundle {n}, {counts}) in {folder}</source>
        <translation>Upisano: {name} (paket {n}, {counts}) u {folder}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>potvrđeno</translation>
    </message>
    <message>
        <source>bundle {n} on {at}</source>
        <translation>paket {n}, {at}</translation>
    </message>
    <message>
        <source>imported by {person}</source>
        <translation>uvezao: {person}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>još nijedan</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>još nije potvrđeno</translation>
    </message>
    <message>
        <source>up to bundle {n}</source>
        <translation>do paketa {n}</translation>
    </message>
    <message>
        <source>{name} ({root}, {free:.1f} GB free)</source>
        <translation>{name} ({root}, slobodno {free:.1f} GB)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Novi profil…</translation>
    </message>
    <message>
        <source>&amp;Open a profile folder…</source>
        <translation>&amp;Otvori folder profila…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>CSC Desktop</source>
        <translation>CSC Desktop</translation>
    </message>
    <message>
        <source>CSC Desktop — Unlock</source>
        <translation>CSC Desktop — otključavanje</translation>
    </message>
    <message>
        <source>Countering Serious Crime in the Western Balkans</source>
        <translation>Suzbijanje teškog kriminala na Zapadnom Balkanu</translation>
    </message>
    <message>
        <source>P&amp;rofile on this laptop:</source>
        <translation>P&amp;rofil na ovom laptopu:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Folder profila</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Profil se nije mogao otvoriti</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Added by</source>
        <translation>Dodao</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Dodato</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dnevni red</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Izvještaj</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Potpisani obrazac</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Attachment added: {name}</source>
        <translation>Dodat prilog: {name}</translation>
    </message>
    <message>
        <source>Attachment removed: {name}</source>
        <translation>Uklonjen prilog: {name}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Izmijenjeno</translation>
    </message>
    <message>
        <source>Copy taken out</source>
        <translation>Iznesena kopija</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Napravljeno</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Obrisano</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Trajno izbrisano</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Polja: {fields}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
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
        <translation>Pravljenje rezervne kopije…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Rezervna kopija je napravljena</translation>
    </message>
    <message>
        <source>The backup is in {path}.
It is encrypted: it opens with this profile&apos;s passphrase.</source>
        <translation>Rezervna kopija je u {path}.
Šifrovana je: otvara se lozinkom ovog profila.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A country team needs its country: one of {countries}.</source>
        <translation>Timu zemlje potrebna je zemlja: jedna od {countries}.</translation>
    </message>
    <message>
        <source>Audit log damaged at entry {seq}: {problem}.</source>
        <translation>Dnevnik revizije je oštećen kod unosa {seq}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: {entries} entries, hash chain verified.</source>
        <translation>
            <numerusform>Dnevnik revizije je neoštećen: {entries} unos, lanac heševa provjeren.</numerusform>
            <numerusform>Dnevnik revizije je neoštećen: {entries} unosa, lanac heševa provjeren.</numerusform>
            <numerusform>Dnevnik revizije je neoštećen: {entries} unosa, lanac heševa provjeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {trust}</source>
        <translation>Sertifikat: {trust}</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both set to “{target}”. Choose one of them, or set the other to “Ignore”.</source>
        <translation>Kolone {first} i {second} obje su postavljene na „{target}“. Izaberite jednu od njih ili drugu postavite na „Zanemari“.</translation>
    </message>
    <message>
        <source>File intact: NO</source>
        <translation>Datoteka neoštećena: NE</translation>
    </message>
    <message>
        <source>File intact: yes</source>
        <translation>Datoteka neoštećena: da</translation>
    </message>
    <message>
        <source>NOT issued by the HQ root this profile trusts</source>
        <translation>NIJE izdat od korijenskog sertifikata sjedišta kojem ovaj profil vjeruje</translation>
    </message>
    <message>
        <source>No attachment {id}.</source>
        <translation>Nema priloga {id}.</translation>
    </message>
    <message>
        <source>No column headings were found in the first {rows} rows of “{file}”. The list needs a row that names its columns, such as Name, Gender, Institution.</source>
        <translation>U prvih {rows} redova datoteke „{file}“ nisu pronađeni naslovi kolona. Listi je potreban red koji imenuje kolone, npr. Ime i prezime, Pol, Institucija.</translation>
    </message>
    <message>
        <source>No column of names was found in “{file}”. Head it “Name” (or “Emri dhe mbiemri”, “Ime i prezime”, “Име и презиме”), or choose the name column by hand.</source>
        <translation>U „{file}“ nije pronađena kolona sa imenima. Naslovite je „Ime i prezime“ (ili „Име и презиме“, „Emri dhe mbiemri“, „Name“), ili ručno izaberite kolonu sa imenima.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Nema zapisa sa ID {id}.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>Record: {id} ({kind}), version {version}: {match}</source>
        <translation>Zapis: {id} ({kind}), verzija {version}: {match}</translation>
    </message>
    <message>
        <source>Row {row}: attendance on day {day} must be x (present) or blank (absent) (found “{found}”)</source>
        <translation>Red {row}: prisustvo {day}. dana mora biti x (prisutan) ili prazno (odsutan) (pronađeno „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: evaluation must be a whole number from 1 to 5 (found “{found}”)</source>
        <translation>Red {row}: ocjena mora biti cijeli broj od 1 do 5 (pronađeno „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: gender must be F or M, or left blank (found “{found}”)</source>
        <translation>Red {row}: pol mora biti F (Ž) ili M, ili prazno (pronađeno „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: post-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Red {row}: rezultat završnog testa mora biti broj od 0 do 100 (pronađeno „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: pre-test score must be a number from 0 to 100 (found “{found}”)</source>
        <translation>Red {row}: rezultat početnog testa mora biti broj od 0 do 100 (pronađeno „{found}“)</translation>
    </message>
    <message>
        <source>Row {row}: the name is missing</source>
        <translation>Red {row}: nedostaje ime</translation>
    </message>
    <message>
        <source>Row {row}: {field} is longer than {limit} characters</source>
        <translation>Red {row}: {field} — duže od {limit} znakova</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({institution}) is already listed on row {first_row}</source>
        <translation>Red {row}: {name} ({institution}) već je naveden u redu {first_row}</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already listed on row {first_row}</source>
        <translation>Red {row}: {name} već je naveden u redu {first_row}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Potpisnik: {signer}</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device})</source>
        <translation>Potpisnik: {signer} (uređaj {device})</translation>
    </message>
    <message>
        <source>Signer: {signer} (device {device}), signed {when}</source>
        <translation>Potpisnik: {signer} (uređaj {device}), potpisano {when}</translation>
    </message>
    <message>
        <source>Signer: {signer}, signed {when}</source>
        <translation>Potpisnik: {signer}, potpisano {when}</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed.</source>
        <translation>Nešto je dodato u datoteku nakon potpisivanja.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). No backup was found in the profile. Nothing was changed.</source>
        <translation>Baza podataka je oštećena ili nečitljiva ({detail}). U profilu nije pronađena rezervna kopija. Ništa nije izmijenjeno.</translation>
    </message>
    <message>
        <source>The database is damaged or unreadable ({detail}). The newest backup is {backup} (restore it with `csc restore`). Nothing was changed.</source>
        <translation>Baza podataka je oštećena ili nečitljiva ({detail}). Najnovija rezervna kopija je {backup} (vratite je komandom `csc restore`). Ništa nije izmijenjeno.</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Datoteka nema digitalni potpis.</translation>
    </message>
    <message>
        <source>The file does not say which record it shows.</source>
        <translation>Datoteka ne navodi koji zapis prikazuje.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Datoteka nije čitljiv PDF.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature no longer matches it.</source>
        <translation>Datoteka je izmijenjena nakon potpisivanja: potpis joj više ne odgovara.</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read as CSV ({detail}).</source>
        <translation>Datoteka „{file}“ nije se mogla pročitati kao CSV ({detail}).</translation>
    </message>
    <message>
        <source>The file “{file}” has column headings but no participants.</source>
        <translation>Datoteka „{file}“ ima naslove kolona, ali nema učesnika.</translation>
    </message>
    <message>
        <source>The file “{file}” has more than {limit} participant rows. Split it into smaller lists and import them one after the other.</source>
        <translation>Datoteka „{file}“ ima više od {limit} redova sa učesnicima. Podijelite je na manje liste i uvezite ih jednu za drugom.</translation>
    </message>
    <message>
        <source>The file “{file}” is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>Datoteka „{file}“ je OpenDocument tabela (.ods). Sačuvajte je kao Excel radnu knjigu (.xlsx) ili kao CSV i uvezite nju.</translation>
    </message>
    <message>
        <source>The file “{file}” is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel, save it as an unprotected .xlsx workbook and import that.</source>
        <translation>Datoteka „{file}“ je stara Excel 97–2003 radna knjiga (.xls) ili radna knjiga zaštićena lozinkom. Otvorite je u Excelu, sačuvajte kao nezaštićenu .xlsx radnu knjigu i uvezite nju.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Datoteka „{file}“ je prazna.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a spreadsheet. Save the participant list as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>Datoteka „{file}“ nije tabela. Sačuvajte listu učesnika kao Excel radnu knjigu (.xlsx) ili kao CSV i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The file “{file}” is too large ({size_mb} MB). Participant lists of up to {limit_mb} MB can be imported.</source>
        <translation>Datoteka „{file}“ je prevelika ({size_mb} MB). Mogu se uvoziti liste učesnika do {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The letters in “{file}” could not be read. Save the list again as “CSV UTF-8” (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>Slova u „{file}“ nisu se mogla pročitati. Ponovo sačuvajte listu kao „CSV UTF-8“ (u Excelu: Save As, pa CSV UTF-8) i pokušajte ponovo.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</source>
        <translation>
            <numerusform>Lozinka mora imati najmanje {minimum} znak (ima ih {length}). Nekoliko riječi lakše se pamti od simbola.</numerusform>
            <numerusform>Lozinka mora imati najmanje {minimum} znaka (ima ih {length}). Nekoliko riječi lakše se pamti od simbola.</numerusform>
            <numerusform>Lozinka mora imati najmanje {minimum} znakova (ima ih {length}). Nekoliko riječi lakše se pamti od simbola.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters: use several words.</source>
        <translation>Lozinka ima premalo različitih znakova: koristite nekoliko riječi.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Ime osobe je obavezno.</translation>
    </message>
    <message>
        <source>The profile folder is not writable: {action} did not happen.</source>
        <translation>U folder profila se ne može pisati: {action} — nije urađeno.</translation>
    </message>
    <message>
        <source>The profile&apos;s key header ({name}) is damaged.</source>
        <translation>Zaglavlje ključa profila ({name}) je oštećeno.</translation>
    </message>
    <message>
        <source>The record {id} is already deleted.</source>
        <translation>Zapis {id} je već obrisan.</translation>
    </message>
    <message>
        <source>The record {id} was deleted.</source>
        <translation>Zapis {id} je obrisan.</translation>
    </message>
    <message>
        <source>The record {id} was deleted: it has no sheet to print.</source>
        <translation>Zapis {id} je obrisan: nema obrazac za štampanje.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed: HQ has not certified it yet.</source>
        <translation>Sertifikat potpisnika je samopotpisan: sjedište ga još nije ovjerilo.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by HQ&apos;s root certificate.</source>
        <translation>Sertifikat potpisnika nije izdat od korijenskog sertifikata sjedišta.</translation>
    </message>
    <message>
        <source>The workbook “{file}” could not be opened: it may be damaged. Open it in Excel, save a new copy and try again.</source>
        <translation>Radna knjiga „{file}“ nije se mogla otvoriti: možda je oštećena. Otvorite je u Excelu, sačuvajte novu kopiju i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>There is no profile at {folder}. Create one with `csc init`.</source>
        <translation>U {folder} nema profila. Napravite ga komandom `csc init`.</translation>
    </message>
    <message>
        <source>This record belongs to a country team: headquarters can change only its decision fields.</source>
        <translation>Ovaj zapis pripada timu zemlje: sjedište može mijenjati samo polja odluke.</translation>
    </message>
    <message>
        <source>Use at least 16 characters, or mix letters with digits or spaces/punctuation.</source>
        <translation>Koristite najmanje 16 znakova ili kombinujte slova sa ciframa ili razmacima/interpunkcijom.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database could not be opened with it. Nothing was changed.</source>
        <translation>Pogrešna lozinka: baza podataka se nije mogla otvoriti njom. Ništa nije izmijenjeno.</translation>
    </message>
    <message numerus="yes">
        <source>a training of {days} days is not plausible (at most 60)</source>
        <translation>
            <numerusform>obuka od {days} dan nije uvjerljiva (najviše 60)</numerusform>
            <numerusform>obuka od {days} dana nije uvjerljiva (najviše 60)</numerusform>
            <numerusform>obuka od {days} dana nije uvjerljiva (najviše 60)</numerusform>
        </translation>
    </message>
    <message>
        <source>a {country} team records only {country} activities</source>
        <translation>tim zemlje {country} evidentira samo aktivnosti te zemlje ({country})</translation>
    </message>
    <message>
        <source>acceptance cannot come before submission to the prosecutor&apos;s office</source>
        <translation>prihvatanje ne može biti prije podnošenja tužilaštvu</translation>
    </message>
    <message>
        <source>an entry is missing before it</source>
        <translation>nedostaje unos prije njega</translation>
    </message>
    <message>
        <source>an entry was inserted</source>
        <translation>umetnut je unos</translation>
    </message>
    <message>
        <source>cannot be set before the case is submitted to the prosecutor&apos;s office</source>
        <translation>ne može se unijeti prije nego što je predmet podnijet tužilaštvu</translation>
    </message>
    <message>
        <source>changing the passphrase</source>
        <translation>promjena lozinke</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>sadržaj se razlikuje</translation>
    </message>
    <message>
        <source>creating the profile</source>
        <translation>pravljenje profila</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>ima više od dvije decimale</translation>
    </message>
    <message numerus="yes">
        <source>has {count} days but the training has {days}</source>
        <translation>
            <numerusform>ima {count} dana, a obuka ima {days} dan</numerusform>
            <numerusform>ima {count} dana, a obuka ima {days} dana</numerusform>
            <numerusform>ima {count} dana, a obuka ima {days} dana</numerusform>
        </translation>
    </message>
    <message>
        <source>institution name is too long</source>
        <translation>naziv institucije je predug</translation>
    </message>
    <message>
        <source>is decided by headquarters and cannot be set by a country team</source>
        <translation>o tome odlučuje sjedište i tim zemlje ga ne može unijeti</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prazna</translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <translation>veća je od {size} MB</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>nije datum (koristite GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>nije polje ove vrste zapisa</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>obavezno je</translation>
    </message>
    <message>
        <source>is set by the application, not by hand</source>
        <translation>postavlja ga aplikacija, ne unosi se ručno</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {maximum})</source>
        <translation>predugo je (znakova: {length}; najviše {maximum})</translation>
    </message>
    <message>
        <source>issued by HQ&apos;s root certificate</source>
        <translation>izdat od korijenskog sertifikata sjedišta</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>ne nadovezuje se na prethodni unos (uklonjeno, umetnuto ili premješteno)</translation>
    </message>
    <message>
        <source>its content was modified after it was written</source>
        <translation>njegov sadržaj je izmijenjen nakon upisa</translation>
    </message>
    <message>
        <source>must be a code</source>
        <translation>mora biti šifra</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>mora biti lista</translation>
    </message>
    <message>
        <source>must be a list of true/false, one per training day</source>
        <translation>mora biti lista da/ne, po jedna za svaki dan obuke</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>mora biti broj</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>mora biti cijeli broj</translation>
    </message>
    <message>
        <source>must be an amount in euro</source>
        <translation>mora biti iznos u eurima</translation>
    </message>
    <message>
        <source>must be an amount in euro, e.g. 12500.50</source>
        <translation>mora biti iznos u eurima, npr. 12500,50</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>mora biti najmanje {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>mora biti najviše {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>mora biti tekst</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>mora biti ID zapisa</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>mora biti da ili ne</translation>
    </message>
    <message>
        <source>must name an institution</source>
        <translation>mora navesti instituciju</translation>
    </message>
    <message>
        <source>names no participant of this training</source>
        <translation>ne označava nijednog učesnika ove obuke</translation>
    </message>
    <message>
        <source>needs the date the Joint Investigation Team was established</source>
        <translation>potreban je datum formiranja zajedničkog istražnog tima</translation>
    </message>
    <message>
        <source>newer version (this profile holds {held}: sync pending)</source>
        <translation>novija verzija (ovaj profil ima {held}: čeka se sinhronizacija)</translation>
    </message>
    <message>
        <source>no record reference</source>
        <translation>bez oznake zapisa</translation>
    </message>
    <message>
        <source>not held here</source>
        <translation>ne vodi se ovdje</translation>
    </message>
    <message>
        <source>older version (this profile holds {held} and was deleted since)</source>
        <translation>starija verzija (ovaj profil ima {held}, a zapis je u međuvremenu obrisan)</translation>
    </message>
    <message>
        <source>older version (this profile holds {held})</source>
        <translation>starija verzija (ovaj profil ima {held})</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>otvaranje baze podataka</translation>
    </message>
    <message>
        <source>participants can be imported only into a training</source>
        <translation>učesnici se mogu uvesti samo u obuku</translation>
    </message>
    <message>
        <source>prosecution cannot start before the prosecutor&apos;s office accepted the case</source>
        <translation>krivično gonjenje ne može početi prije nego što tužilaštvo prihvati predmet</translation>
    </message>
    <message>
        <source>same</source>
        <translation>ista</translation>
    </message>
    <message>
        <source>self-signed: not yet certified by HQ</source>
        <translation>samopotpisan: sjedište ga još nije ovjerilo</translation>
    </message>
    <message>
        <source>submission cannot come before the support started</source>
        <translation>podnošenje ne može biti prije početka podrške</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>rezervna kopija</translation>
    </message>
    <message>
        <source>the case cannot close before the support started</source>
        <translation>predmet ne može biti zatvoren prije početka podrške</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>datum završetka je prije datuma početka</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>datoteka nema redova sa učesnicima</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>vraćanje iz rezervne kopije</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznat</translation>
    </message>
    <message>
        <source>{folder} already holds a profile: it was left untouched.</source>
        <translation>{folder} već sadrži profil: ostavljen je netaknut.</translation>
    </message>
    <message>
        <source>{path} is not a CSC Desktop backup.</source>
        <translation>{path} nije rezervna kopija programa CSC Desktop.</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on today</source>
        <translation>„{code}“ nije oblast kriminala EMPACT ciklusa koji je danas na snazi</translation>
    </message>
    <message>
        <source>“{code}” is not a crime area of the EMPACT cycle in force on {day}</source>
        <translation>„{code}“ nije oblast kriminala EMPACT ciklusa na snazi {day}</translation>
    </message>
    <message>
        <source>“{code}” is not a known code</source>
        <translation>„{code}“ nije poznata šifra</translation>
    </message>
    <message>
        <source>“{id}” is not a record id.</source>
        <translation>„{id}“ nije ID zapisa.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo profile, deleted when you quit. Its passphrase: {passphrase}</source>
        <translation>Demo profil, briše se kada izađete. Njegova lozinka: {passphrase}</translation>
    </message>
    <message>
        <source>Preparing a demo profile with invented records…</source>
        <translation>Priprema demo profila sa izmišljenim zapisima…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>A non-identifying title: no names of suspects or victims.</source>
        <translation>Naslov koji ne otkriva identitet: bez imena osumnjičenih ili žrtava.</translation>
    </message>
    <message>
        <source>A short description, e.g. “Annual survey 2026”.</source>
        <translation>Kratak opis, npr. „Godišnja anketa 2026“.</translation>
    </message>
    <message>
        <source>Accepted by the prosecutor&apos;s office on</source>
        <translation>Prihvaćeno od strane tužilaštva dana</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Approved budget (EUR)</source>
        <translation>Odobreni budžet (EUR)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ocijenjeno dana</translation>
    </message>
    <message>
        <source>Beneficiary institutions</source>
        <translation>Institucije korisnici</translation>
    </message>
    <message>
        <source>Budget estimate (EUR)</source>
        <translation>Procjena budžeta (EUR)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Oznaka predmeta</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Zatvoreno dana</translation>
    </message>
    <message>
        <source>Confirms increased effectiveness of investigations</source>
        <translation>Potvrđuje povećanu djelotvornost istraga</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Crime areas</source>
        <translation>Oblasti kriminala</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Ispunjeni kriterijumi</translation>
    </message>
    <message>
        <source>Cross-border case</source>
        <translation>Prekogranični predmet</translation>
    </message>
    <message>
        <source>Date (signed, adopted or submitted)</source>
        <translation>Datum (potpisivanja, usvajanja ili podnošenja)</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Datum odgovora</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Odlučeno dana</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Napomene uz odluku</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Realizovano dana</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Oznaka dokumenta</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Naslov dokumenta</translation>
    </message>
    <message>
        <source>EMPACT priorities of the cycle in force on the start date, or terrorism / violent extremism.</source>
        <translation>EMPACT prioriteti ciklusa na snazi na datum početka, ili terorizam / nasilni ekstremizam.</translation>
    </message>
    <message>
        <source>EU agencies involved</source>
        <translation>Uključene agencije EU</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>Eurojust participates in the JIT</source>
        <translation>Eurojust učestvuje u JIT-u</translation>
    </message>
    <message>
        <source>Europol participates in the JIT</source>
        <translation>Europol učestvuje u JIT-u</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Ocjena (1–5)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Očekivani broj učesnika</translation>
    </message>
    <message>
        <source>Expert-days</source>
        <translation>Ekspertski dani</translation>
    </message>
    <message>
        <source>Expertise profile</source>
        <translation>Profil stručnosti</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Opšte</translation>
    </message>
    <message>
        <source>HQ assessment</source>
        <translation>Ocjena sjedišta</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>Odluka sjedišta</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>JIT partner states</source>
        <translation>Države partneri u JIT-u</translation>
    </message>
    <message>
        <source>Joint Investigation Team established on</source>
        <translation>Zajednički istražni tim (JIT) formiran dana</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <source>Kind of milestone</source>
        <translation>Vrsta prekretnice</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Posljednja izmjena</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Posljednji dan</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Vodeća institucija</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Ključni koraci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Number, official gazette or registry reference.</source>
        <translation>Broj, službeni glasnik ili djelovodni broj.</translation>
    </message>
    <message>
        <source>Organising institution</source>
        <translation>Institucija organizator</translation>
    </message>
    <message>
        <source>Other institutions involved</source>
        <translation>Druge uključene institucije</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Zemlje partneri</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Institucije partneri</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planiranje</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Radno mjesto</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Rezultat završnog testa</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Rezultat početnog testa</translation>
    </message>
    <message>
        <source>Prosecution started on</source>
        <translation>Krivično gonjenje pokrenuto dana</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <source>Requesting institution</source>
        <translation>Institucija podnosilac zahtjeva</translation>
    </message>
    <message>
        <source>Resulting training or pre-investigation</source>
        <translation>Obuka ili predistraga koja je proistekla</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Podnijeto dana</translation>
    </message>
    <message>
        <source>Submitted to the prosecutor&apos;s office on</source>
        <translation>Podnijeto tužilaštvu dana</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Pružena podrška</translation>
    </message>
    <message>
        <source>Support started on</source>
        <translation>Podrška započeta dana</translation>
    </message>
    <message>
        <source>TAF request it came from</source>
        <translation>Zahtjev za TAF iz kojeg je proistekla</translation>
    </message>
    <message>
        <source>The institution that signed, drafted or adopted it.</source>
        <translation>Institucija koja ga je potpisala, izradila ili usvojila.</translation>
    </message>
    <message>
        <source>The team&apos;s own reference for the case; unique within the country.</source>
        <translation>Oznaka koju tim daje predmetu; jedinstvena u zemlji.</translation>
    </message>
    <message>
        <source>The title of the agreement, draft law or strategy.</source>
        <translation>Naslov sporazuma, nacrta zakona ili strategije.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Predavači</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Vrsta pomoći</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mjesto održavanja</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Tok rada</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Authority feedback</source>
        <translation>Povratna informacija organa</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Prekretnica</translation>
    </message>
    <message>
        <source>New TAF request</source>
        <translation>Novi zahtjev za TAF</translation>
    </message>
    <message>
        <source>New pre-investigation</source>
        <translation>Nova predistraga</translation>
    </message>
    <message>
        <source>New record: {kind}</source>
        <translation>Novi zapis: {kind}</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nova obuka</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Predistraga</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Zahtjev za TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
</context>
<context>
    <name>kosovo</name>
    <message>
        <source>* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.</source>
        <translation>* Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom SB UN 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>&amp;New TAF request</source>
        <translation>&amp;Novi zahtjev za TAF</translation>
    </message>
    <message>
        <source>&amp;New pre-investigation</source>
        <translation>&amp;Nova predistraga</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novi zapis</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>&amp;Nova obuka</translation>
    </message>
    <message>
        <source>Authority feedback</source>
        <translation>Povratna informacija organa</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Prekretnica</translation>
    </message>
    <message>
        <source>No TAF requests yet. Press Ctrl+N to add the first.</source>
        <translation>Još nema zahtjeva za TAF. Pritisnite Ctrl+N da dodate prvi.</translation>
    </message>
    <message>
        <source>No pre-investigations yet. Press Ctrl+N to add the first.</source>
        <translation>Još nema predistraga. Pritisnite Ctrl+N da dodate prvu.</translation>
    </message>
    <message>
        <source>No trainings yet. Press Ctrl+N to add the first.</source>
        <translation>Još nema obuka. Pritisnite Ctrl+N da dodate prvu.</translation>
    </message>
    <message>
        <source>Nothing here yet. Press Ctrl+N to add the first record.</source>
        <translation>Ovdje još nema ničega. Pritisnite Ctrl+N da dodate prvi zapis.</translation>
    </message>
    <message>
        <source>Pre-investigation</source>
        <translation>Predistraga</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Predistrage</translation>
    </message>
    <message>
        <source>TAF request</source>
        <translation>Zahtjev za TAF</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Zahtjevi za TAF</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Obuke</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit log</source>
        <translation>Dnevnik revizije</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Uređaji</translation>
    </message>
    <message>
        <source>Exchanging encrypted bundles with headquarters on a USB stick will appear here.</source>
        <translation>Ovdje će se pojaviti razmjena šifrovanih paketa sa sjedištem projekta putem USB sticka.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Indicators by country and period, with charts, will appear here.</source>
        <translation>Ovdje će se pojaviti pokazatelji po zemlji i periodu, sa grafikonima.</translation>
    </message>
    <message>
        <source>Pre-investigations</source>
        <translation>Predistrage</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izvještaji</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>TAF requests</source>
        <translation>Zahtjevi za TAF</translation>
    </message>
    <message>
        <source>The audit log view is not part of this build.</source>
        <translation>Prikaz dnevnika revizije nije dio ove verzije.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Obuke</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Day {day}</source>
        <translation>Dan {day}</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Ocjena (1–5)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>Učesnika: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Radno mjesto</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Rezultat završnog testa</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Rezultat početnog testa</translation>
    </message>
    <message>
        <source>Row {row}: “{found}” is not one of the functions in the list</source>
        <translation>Red {row}: „{found}“ nije jedna od funkcija sa liste</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Prezime</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Record editor</source>
        <translation>Uređivač zapisa</translation>
    </message>
    <message>
        <source>Records cannot be opened or added in this version: the editor is missing.</source>
        <translation>U ovoj verziji zapisi se ne mogu otvarati ni dodavati: nedostaje uređivač.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing else was changed. If it happens again, copy the details below into a message to the project&apos;s support.</source>
        <translation>Nešto nije u redu: {error}

Ništa drugo nije izmijenjeno. Ako se ponovi, kopirajte detalje ispod u poruku podršci projekta.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Dodaj zapis u prikazanu listu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Napravi rezervnu kopiju sada</translation>
    </message>
    <message>
        <source>Go to the search box of the list</source>
        <translation>Idi na polje za pretragu liste</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Lock now (the passphrase opens it again)</source>
        <translation>Zaključaj sada (lozinka ponovo otključava)</translation>
    </message>
    <message>
        <source>Lock, back up and quit</source>
        <translation>Zaključaj, napravi rezervnu kopiju i izađi</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Glavni prozor</translation>
    </message>
    <message>
        <source>Next page of the navigation</source>
        <translation>Sljedeća stranica navigacije</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Otvori izabrani zapis</translation>
    </message>
    <message>
        <source>Open “{page}”</source>
        <translation>Otvori „{page}“</translation>
    </message>
    <message>
        <source>Previous page of the navigation</source>
        <translation>Prethodna stranica navigacije</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Ponovo učitaj listu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Ova lista prečica na tastaturi</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <source>Approve</source>
        <translation>Odobri</translation>
    </message>
    <message>
        <source>Approve this TAF request?</source>
        <translation>Odobriti ovaj zahtjev za TAF?</translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation>Otkaži obuku</translation>
    </message>
    <message>
        <source>Cancel this training? You can reopen it later.</source>
        <translation>Otkazati ovu obuku? Kasnije je možete ponovo otvoriti.</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Zatvori zahtjev</translation>
    </message>
    <message>
        <source>Close this TAF request? It can no longer change status.</source>
        <translation>Zatvoriti ovaj zahtjev za TAF? Više neće moći mijenjati status.</translation>
    </message>
    <message>
        <source>Mark as assessed</source>
        <translation>Označi kao ocijenjeno</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Označi kao realizovano</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Označi kao održano</translation>
    </message>
    <message>
        <source>Mark this TAF request as assessed?</source>
        <translation>Označiti ovaj zahtjev za TAF kao ocijenjen?</translation>
    </message>
    <message>
        <source>Mark this TAF request as delivered?</source>
        <translation>Označiti ovaj zahtjev za TAF kao realizovan?</translation>
    </message>
    <message>
        <source>Mark this training as held?</source>
        <translation>Označiti ovu obuku kao održanu?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odbij</translation>
    </message>
    <message>
        <source>Reject this TAF request?</source>
        <translation>Odbiti ovaj zahtjev za TAF?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ponovo otvori</translation>
    </message>
    <message>
        <source>Reopen this training? Its status goes back to planned.</source>
        <translation>Ponovo otvoriti ovu obuku? Njen status se vraća na „planirano“.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Podnesi</translation>
    </message>
    <message>
        <source>Submit this TAF request to headquarters? Headquarters will assess it; you can withdraw it until then.</source>
        <translation>Podnijeti ovaj zahtjev za TAF sjedištu projekta? Sjedište će ga ocijeniti; do tada ga možete povući.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Povuci</translation>
    </message>
    <message>
        <source>Withdraw this TAF request? It goes back to draft.</source>
        <translation>Povući ovaj zahtjev za TAF? Vraća se u nacrt.</translation>
    </message>
    <message>
        <source>{action}: are you sure?</source>
        <translation>{action}: da li ste sigurni?</translation>
    </message>
</context>
</TS>
