<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>{count} entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>{count} entry shown; more load as you scroll.</numerusform>
            <numerusform>{count} entries shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} entries.</source>
        <translation>
            <numerusform>{count} entry.</numerusform>
            <numerusform>{count} entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>{count} rows read from “{file}”</source>
        <translation>
            <numerusform>{count} row read from “{file}”</numerusform>
            <numerusform>{count} rows read from “{file}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} with errors</source>
        <translation>
            <numerusform>{count} with errors</numerusform>
            <numerusform>{count} with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>Audit log intact: {entries} entries, hash chain verified.</source>
        <translation>
            <numerusform>Audit log intact: {entries} entry, hash chain verified.</numerusform>
            <numerusform>Audit log intact: {entries} entries, hash chain verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</source>
        <translation>
            <numerusform>The passphrase must have at least {minimum} character (it has {length}). Several words are easier to remember than symbols.</numerusform>
            <numerusform>The passphrase must have at least {minimum} characters (it has {length}). Several words are easier to remember than symbols.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a training of {days} days is not plausible (at most 60)</source>
        <translation>
            <numerusform>a training of {days} day is not plausible (at most 60)</numerusform>
            <numerusform>a training of {days} days is not plausible (at most 60)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has {count} days but the training has {days}</source>
        <translation>
            <numerusform>has {count} days but the training has {days} day</numerusform>
            <numerusform>has {count} days but the training has {days} days</numerusform>
        </translation>
    </message>
</context>
</TS>
