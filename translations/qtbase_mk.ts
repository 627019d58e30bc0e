<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK" sourcelanguage="en_GB">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Папка со датотеки</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>Match Windows Explorer</comment>
        <translation>Кратенка</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Избери сè</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Зголеми</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Намали</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Отвори ја листата за избор</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Барај во:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Барај во:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Име на датотеката:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Вид датотеки:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зачувај</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Избери</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Зачувај како</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Пронајди папка</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Сите датотеки (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Датотеки</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Оди назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Оди напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Надредена папка</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Оди во надредената папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создај нова папка</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создај нова папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Нова папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Приказ како листа</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Детален приказ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Префрли на приказ како листа</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Префрли на детален приказ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Странична лента</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Листа на места и обележувачи</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Неодамнешни места</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименувај</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Избриши</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Отстрани</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Прикажи &amp;скриени датотеки</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Прикажи </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 веќе постои.
Дали сакате да ја замените?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Датотеката не е пронајдена.
Проверете дали името на датотеката е точно.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папката не е пронајдена.
Проверете дали името на папката е точно.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ е заштитена од запишување.
Дали сепак сакате да ја избришете?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Дали сте сигурни дека сакате да го избришете „%1“?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папката не можеше да се избрише.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Датум на промена</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компјутер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мој компјутер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Прикажи детали...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скриј детали...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;сите</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за сите</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Зачувај сè</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отфрли</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Врати стандардни вредности</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Обиди се повторно</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печатење</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печати</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Опции &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Опции &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Сите страници</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Непарни страници</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Парни страници</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локална датотека</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печати во датотека (PDF)</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Запиши PDF-датотека</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Примероци</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Број на примероци:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Подреди по примероци</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратен редослед</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Поставки за излезот</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Опсег на печатење</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Печати сè</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Страници од</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Тековна страница</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Избор</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Збир страници:</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Режим на бои</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Во боја</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Нијанси на сива</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двострано печатење</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Исклучено</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Повез по подолгата страна</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Повез по пократката страна</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Наведете страници или опсези одделени со запирки. Опсегот се наведува со два броја одделени со цртичка. На пр.: 3,5-7,9 ги печати страниците 3, 5, 6, 7 и 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Печатач</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Својства</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локација:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Излезна &amp;датотека:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Помести тука</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Лев раб</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Врв</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Десен раб</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Дно</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Страница лево</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Страница горе</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Страница десно</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Страница долу</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Помести лево</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Помести горе</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Помести десно</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Помести долу</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Лево</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Горе</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Десно</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Долу</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Празно место</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Помести лево</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Помести десно</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Вметни Unicode контролен знак</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM ознака од лево кон десно</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM ознака од десно кон лево</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ спојувач со нулта ширина</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ раздвојувач со нулта ширина</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP празно место со нулта ширина</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE почеток на вметнување од лево кон десно</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE почеток на вметнување од десно кон лево</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO почеток на наметнување од лево кон десно</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO почеток на наметнување од десно кон лево</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF крај на форматирањето на насоката</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI изолација од лево кон десно</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI изолација од десно кон лево</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI изолација според првиот јак знак</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI крај на изолацијата на насоката</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирај ја &amp;адресата на врската</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Следно &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжи</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Потврди</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помош</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
</context>
</TS>
