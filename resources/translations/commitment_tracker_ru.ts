<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AmountEcho</name>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="80"/>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="81"/>
        <source>= {amount} {unit}</source>
        <translation>= {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="63"/>
        <source>= {currency} {amount}</source>
        <translation>= {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="56"/>
        <source>= {currency} {amount} billion</source>
        <translation>= {amount} млрд {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="59"/>
        <source>= {currency} {amount} million</source>
        <translation>= {amount} млн {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/amount_echo.py" line="37"/>
        <source>USD</source>
        <translation>долл. США</translation>
    </message>
</context>
<context>
    <name>ChangeLogView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/change_log_view.py" line="237"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="139"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="140"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="137"/>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="141"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="138"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="164"/>
        <location filename="../../desktop/views/change_log_view.py" line="178"/>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="142"/>
        <source>Find in fields and values…</source>
        <translation>Поиск в полях и значениях…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="239"/>
        <source>Newest %1 of %2 changes</source>
        <translation>Последние %1 из %2 изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_log_view.py" line="143"/>
        <source>Show &amp;more</source>
        <translation>Показать &amp;больше</translation>
    </message>
</context>
<context>
    <name>ChangeNames</name>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="44"/>
        <source>Add %n trade figures</source>
        <translation>
            <numerusform>добавление %n записи торговых данных</numerusform>
            <numerusform>добавление %n записей торговых данных</numerusform>
            <numerusform>добавление %n записей торговых данных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="19"/>
        <location filename="../../desktop/texts/change_names.py" line="126"/>
        <source>Change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="120"/>
        <source>Change default currency</source>
        <translation>изменение валюты по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="119"/>
        <source>Change home country</source>
        <translation>изменение своей страны</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="121"/>
        <source>Change settings</source>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="117"/>
        <source>Complete milestone “{0}”</source>
        <translation>выполнение контрольной точки «{0}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="84"/>
        <source>Delete %n commitments</source>
        <translation>
            <numerusform>удаление %n обязательства</numerusform>
            <numerusform>удаление %n обязательств</numerusform>
            <numerusform>удаление %n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="85"/>
        <source>Delete %n initiatives</source>
        <translation>
            <numerusform>удаление %n инициативы</numerusform>
            <numerusform>удаление %n инициатив</numerusform>
            <numerusform>удаление %n инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="83"/>
        <source>Delete %n meetings</source>
        <translation>
            <numerusform>удаление %n встречи</numerusform>
            <numerusform>удаление %n встреч</numerusform>
            <numerusform>удаление %n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="88"/>
        <source>Delete %n metric definitions</source>
        <translation>
            <numerusform>удаление %n определения показателя</numerusform>
            <numerusform>удаление %n определений показателей</numerusform>
            <numerusform>удаление %n определений показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="87"/>
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>удаление %n организации</numerusform>
            <numerusform>удаление %n организаций</numerusform>
            <numerusform>удаление %n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="86"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>удаление %n персоны</numerusform>
            <numerusform>удаление %n персон</numerusform>
            <numerusform>удаление %n персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="91"/>
        <source>Delete %n progress notes</source>
        <translation>
            <numerusform>удаление %n заметки о ходе выполнения</numerusform>
            <numerusform>удаление %n заметок о ходе выполнения</numerusform>
            <numerusform>удаление %n заметок о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="93"/>
        <source>Delete %n records</source>
        <translation>
            <numerusform>удаление %n записи</numerusform>
            <numerusform>удаление %n записей</numerusform>
            <numerusform>удаление %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="90"/>
        <source>Delete %n revisions</source>
        <translation>
            <numerusform>удаление %n пересмотра</numerusform>
            <numerusform>удаление %n пересмотров</numerusform>
            <numerusform>удаление %n пересмотров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/change_names.py" line="89"/>
        <source>Delete %n trade figures</source>
        <translation>
            <numerusform>удаление %n записи торговых данных</numerusform>
            <numerusform>удаление %n записей торговых данных</numerusform>
            <numerusform>удаление %n записей торговых данных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="106"/>
        <source>Delete commitment “{0}”</source>
        <translation>удаление обязательства «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="107"/>
        <source>Delete initiative “{0}”</source>
        <translation>удаление инициативы «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="105"/>
        <source>Delete meeting “{0}”</source>
        <translation>удаление встречи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="110"/>
        <source>Delete metric “{0}”</source>
        <translation>удаление показателя «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="109"/>
        <source>Delete organisation “{0}”</source>
        <translation>удаление организации «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="108"/>
        <source>Delete person “{0}”</source>
        <translation>удаление персоны «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="100"/>
        <source>Delete progress note</source>
        <translation>удаление заметки о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="112"/>
        <source>Delete record “{0}”</source>
        <translation>удаление записи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="99"/>
        <source>Delete revision</source>
        <translation>удаление пересмотра</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="98"/>
        <source>Delete trade figure</source>
        <translation>удаление записи торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="67"/>
        <source>Edit commitment “{0}”</source>
        <translation>изменение обязательства «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="68"/>
        <source>Edit initiative “{0}”</source>
        <translation>изменение инициативы «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="66"/>
        <source>Edit meeting “{0}”</source>
        <translation>изменение встречи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="71"/>
        <source>Edit metric “{0}”</source>
        <translation>изменение показателя «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="70"/>
        <source>Edit organisation “{0}”</source>
        <translation>изменение организации «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="69"/>
        <source>Edit person “{0}”</source>
        <translation>изменение персоны «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="73"/>
        <source>Edit progress note</source>
        <translation>изменение заметки о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="75"/>
        <source>Edit record “{0}”</source>
        <translation>изменение записи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="72"/>
        <source>Edit revision</source>
        <translation>изменение пересмотра</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="64"/>
        <source>Edit trade figure</source>
        <translation>изменение записи торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="63"/>
        <source>Edit trade figure {0}</source>
        <translation>изменение записи торговых данных за {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="122"/>
        <source>Import {0}</source>
        <translation>импорт файла {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="49"/>
        <source>New commitment “{0}”</source>
        <translation>создание обязательства «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="50"/>
        <source>New initiative “{0}”</source>
        <translation>создание инициативы «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="48"/>
        <source>New meeting “{0}”</source>
        <translation>создание встречи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="53"/>
        <source>New metric “{0}”</source>
        <translation>создание показателя «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="52"/>
        <source>New organisation “{0}”</source>
        <translation>создание организации «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="51"/>
        <source>New person “{0}”</source>
        <translation>создание персоны «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="55"/>
        <source>New progress note</source>
        <translation>создание заметки о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="57"/>
        <source>New record “{0}”</source>
        <translation>создание записи «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="54"/>
        <source>New revision</source>
        <translation>создание пересмотра</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="46"/>
        <source>New trade figure</source>
        <translation>создание записи торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="45"/>
        <source>New trade figure {0}</source>
        <translation>создание записи торговых данных за {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="36"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="124"/>
        <source>Redo import of {0}</source>
        <translation>повтор импорта файла {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="36"/>
        <source>Redo {0}</source>
        <translation>Повторить {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="118"/>
        <source>Reopen milestone “{0}”</source>
        <translation>возобновление контрольной точки «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="31"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="123"/>
        <source>Undo import of {0}</source>
        <translation>откат импорта файла {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/change_names.py" line="31"/>
        <source>Undo {0}</source>
        <translation>Отменить {0}</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="110"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="145"/>
        <source>(whole file)</source>
        <translation>(весь файл)</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="31"/>
        <source>Baseline date does not match its period</source>
        <translation>Базовая дата не соответствует своему периоду</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="35"/>
        <source>Baseline differs from the figures</source>
        <translation>Базовое значение расходится с данными</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="19"/>
        <source>Broken reference</source>
        <translation>Нарушенная ссылка</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="155"/>
        <source>Can be repaired safely</source>
        <translation>Можно безопасно исправить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="111"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="43"/>
        <source>Check could not finish</source>
        <translation>Проверку не удалось завершить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="107"/>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="127"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="18"/>
        <source>Damaged file or index</source>
        <translation>Повреждён файл или индекс</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="30"/>
        <source>Deadline not after the baseline</source>
        <translation>Срок не позже базового периода</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="33"/>
        <source>Direction against the target</source>
        <translation>Направление противоречит целевому значению</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="28"/>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="49"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="41"/>
        <source>Figure stored from both sides</source>
        <translation>Одно значение сохранено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="42"/>
        <source>More of the same</source>
        <translation>Ещё такие же</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="178"/>
        <source>None can be repaired in place; restore a backup (File &gt; Restore).</source>
        <translation>На месте ничего исправить нельзя; восстановите резервную копию (Файл &gt; Восстановить).</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="21"/>
        <source>Not a Commitment Tracker file</source>
        <translation>Не файл Commitment Tracker</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="204"/>
        <location filename="../../desktop/forms/check_database_dialog.py" line="209"/>
        <source>Nothing was repaired: {0}</source>
        <translation>Ничего не исправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="22"/>
        <source>Part of the schema is missing</source>
        <translation>Часть схемы отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="36"/>
        <source>Possibly the same person twice</source>
        <translation>Возможно, одна персона дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="186"/>
        <source>Repair</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="187"/>
        <source>Repair {0} finding(s)? The database is backed up first; orphan rows are removed or unlinked, summaries and indexes rebuilt.</source>
        <translation>Исправить найденное ({0})? Сначала создаётся резервная копия базы данных; осиротевшие строки удаляются или отвязываются, сводки и индексы перестраиваются.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="211"/>
        <source>Repaired {0} finding(s).</source>
        <translation>Исправлено: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="201"/>
        <source>Repairing {0}…</source>
        <translation>Исправление {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="25"/>
        <source>Required value missing</source>
        <translation>Нет обязательного значения</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="27"/>
        <source>Rule broken</source>
        <translation>Нарушено правило</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="23"/>
        <source>Schema changed by another tool</source>
        <translation>Схема изменена другой программой</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="24"/>
        <source>Schema object added by another tool</source>
        <translation>Объект схемы добавлен другой программой</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="20"/>
        <source>Search index out of date</source>
        <translation>Поисковый индекс устарел</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="40"/>
        <source>Sources differ on one figure</source>
        <translation>Источники расходятся в одном значении</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="109"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="32"/>
        <source>Target equals the baseline</source>
        <translation>Целевое значение равно базовому</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="29"/>
        <source>Target not positive</source>
        <translation>Целевое значение не положительно</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="113"/>
        <source>The database is open read-only</source>
        <translation>База данных открыта только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="213"/>
        <source>The file as it was is kept in {0}.</source>
        <translation>Файл в прежнем виде сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="37"/>
        <source>Trade figure above the ceiling</source>
        <translation>Торговые данные выше предельного значения</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="38"/>
        <source>Trade summary out of date</source>
        <translation>Сводка торговых данных устарела</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="39"/>
        <source>Trade summary switched off</source>
        <translation>Сводка торговых данных отключена</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="34"/>
        <source>Unit is not the metric&apos;s currency</source>
        <translation>Единица не совпадает с валютой показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="26"/>
        <source>Unknown value</source>
        <translation>Неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../desktop/health_texts.py" line="49"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="175"/>
        <source>{0} can be repaired safely (a backup is taken first).</source>
        <translation>Безопасно исправить можно: {0} (сначала создаётся резервная копия).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="165"/>
        <source>{0} could not be checked: {1}</source>
        <translation>{0} не удалось проверить: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="168"/>
        <source>{0} has not been checked yet.</source>
        <translation>{0} ещё не проверен.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="170"/>
        <source>{0}: no problems found.</source>
        <translation>{0}: проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/check_database_dialog.py" line="171"/>
        <source>{0}: {1} problem(s), {2} warning(s).</source>
        <translation>{0}: проблем — {1}, предупреждений — {2}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="477"/>
        <source> (one of: {0})</source>
        <translation> (одно из: {0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="409"/>
        <source>%n error(s); nothing was imported</source>
        <translation>
            <numerusform>%n ошибка; ничего не импортировано</numerusform>
            <numerusform>%n ошибки; ничего не импортировано</numerusform>
            <numerusform>%n ошибок; ничего не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="131"/>
        <source>&apos;{0}&apos; is not a batch number</source>
        <translation>«{0}» — не номер пакета импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="106"/>
        <source>&apos;{0}&apos; is not a text encoding a table is written in (e.g. utf-8, cp1251, cp1252)</source>
        <translation>«{0}» — не кодировка текста, в которой может быть записана таблица (например utf-8, cp1251, cp1252)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="382"/>
        <source>, {0} rounded to cents</source>
        <translation>, округлено до центов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="380"/>
        <source>, {0} skipped (breakdowns)</source>
        <translation>, пропущено (детализация): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="508"/>
        <source>--kind commitment needs --commitment ID</source>
        <translation>для --kind commitment нужен --commitment ID</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="506"/>
        <source>--kind partner needs --partner ISO3</source>
        <translation>для --kind partner нужен --partner ISO3</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="295"/>
        <source>12 months to {0}</source>
        <translation>12 месяцев по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="315"/>
        <source>; provisional {0} ({1}): {2}</source>
        <translation>; предварительно {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="384"/>
        <source>Dry run of {0} ({1}): {2}; nothing stored.</source>
        <translation>Пробный прогон {0} ({1}): {2}; ничего не сохранено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="481"/>
        <source>Exported %n trade figure(s) to {0}.</source>
        <translation>
            <numerusform>В {0} экспортирована %n запись торговых данных.</numerusform>
            <numerusform>В {0} экспортированы %n записи торговых данных.</numerusform>
            <numerusform>В {0} экспортировано %n записей торговых данных.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="387"/>
        <source>Imported {0} ({1}) as batch {2}: {3}.</source>
        <translation>{0} ({1}) импортирован как пакет {2}: {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="273"/>
        <source>Loaded the example data into {0} (%n records).</source>
        <translation>
            <numerusform>Данные примера загружены в {0} (%n запись).</numerusform>
            <numerusform>Данные примера загружены в {0} (%n записи).</numerusform>
            <numerusform>Данные примера загружены в {0} (%n записей).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="291"/>
        <source>No commitments recorded.</source>
        <translation>Обязательства не записаны.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="196"/>
        <source>TOTAL or the start of an HS code, e.g. 27 or 2709</source>
        <translation>TOTAL или начало кода ГС, например 27 или 2709</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="271"/>
        <source>The example data were already in {0}; nothing added.</source>
        <translation>Данные примера уже были в {0}; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="139"/>
        <source>Track bilateral intergovernmental commitments, initiatives and trade figures. Without a subcommand the desktop application starts.</source>
        <translation>Отслеживание двусторонних межправительственных обязательств, инициатив и торговых данных. Без подкоманды запускается настольное приложение.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="538"/>
        <source>Undid import batch {0}: {1} inserted figure(s) removed, {2} updated figure(s) restored.</source>
        <translation>Пакет импорта {0} отменён: добавленных записей удалено — {1}, изменённых восстановлено — {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="526"/>
        <source>Wrote {0}.</source>
        <translation>Записан файл {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="174"/>
        <source>XLSX sheet name or number (default: the first with a recognised header)</source>
        <translation>имя или номер листа XLSX (по умолчанию: первый лист с распознанным заголовком)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="298"/>
        <source>[{0}] #{1} {2} — {3}, target {4} {5} by {6}; {7}</source>
        <translation>[{0}] №{1} {2} — {3}, цель {4} {5} к {6}; {7}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="168"/>
        <source>check everything and show what would change; store nothing</source>
        <translation>проверить всё и показать, что изменится; ничего не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="146"/>
        <source>check the installation on a temporary database (migrate, load the demo, compute status, draw a plot, write a PDF) and exit</source>
        <translation>проверить установку на временной базе данных (миграция, загрузка примера, расчёт статуса, график, PDF) и выйти</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>database file (default: commitments.sqlite in the application data folder; the environment variable COMMITMENT_TRACKER_DB overrides it)</source>
        <translation>файл базы данных (по умолчанию: commitments.sqlite в папке данных приложения; переменная окружения COMMITMENT_TRACKER_DB имеет приоритет)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="172"/>
        <source>delimiter of a CSV file (default: detected among , ; tab |; write &apos;tab&apos; for a tab)</source>
        <translation>разделитель CSV-файла (по умолчанию: определяется среди , ; tab |; для табуляции укажите &apos;tab&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="591"/>
        <source>error: {0}</source>
        <translation>ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="182"/>
        <source>export trade figures to CSV (UTF-8 with BOM) or XLSX</source>
        <translation>экспорт торговых данных в CSV (UTF-8 с BOM) или XLSX</translation>
    </message>
    <message>
        <source>first period (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">первый период (YYYY, YYYY-MM или YYYY-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="190"/>
        <source>first period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year)</source>
        <translation>первый период: YYYY, YYYY-Sn (полугодие), YYYY-Qn, YYYY-MM или YYYY-MM/YYYY-MM (месяцы в пределах одного года)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="158"/>
        <source>import trade figures from a CSV or XLSX file (one batch, all or nothing)</source>
        <translation>импорт торговых данных из файла CSV или XLSX (один пакет, всё или ничего)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="594"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>language of the window and of reports (default: the one chosen in Tools &gt; Settings, else the system&apos;s, else English)</source>
        <translation>язык окна и отчётов (по умолчанию: выбранный в «Сервис &gt; Настройки», иначе системный, иначе английский)</translation>
    </message>
    <message>
        <source>last period</source>
        <translation type="vanished">последний период</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="193"/>
        <source>last period (the same forms); a figure is exported when its whole period lies within --from and --to</source>
        <translation>последний период (в тех же формах); данные экспортируются, если весь их период лежит в пределах --from и --to</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="297"/>
        <source>latest {0} {1} ({2})</source>
        <translation>последнее значение {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="163"/>
        <source>layout of the file (default: found from the header; a column mapping saved for the header is used too)</source>
        <translation>формат файла (по умолчанию: по заголовку; используется и сохранённое сопоставление столбцов)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="177"/>
        <source>line or sheet row of the header (default: found below title rows)</source>
        <translation>строка файла или листа с заголовком (по умолчанию: ищется под строками названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="150"/>
        <source>load the Kyrgyzstan–Belarus reference case</source>
        <translation>загрузить эталонный пример Кыргызстан–Беларусь</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="296"/>
        <source>no actual yet</source>
        <translation>фактических значений ещё нет</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="198"/>
        <source>only the HS codes of this product group&apos;s chapters (never TOTAL): {0}</source>
        <translation>только коды ГС из глав этой товарной группы (без TOTAL): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="213"/>
        <source>only the commitments in this status (with --kind portfolio)</source>
        <translation>только обязательства с этим статусом (с --kind portfolio)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="188"/>
        <source>only this flow</source>
        <translation>только это направление</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="186"/>
        <source>only this partner</source>
        <translation>только этот партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="185"/>
        <source>only this reporter</source>
        <translation>только эта отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="217"/>
        <source>paper size (default: A4)</source>
        <translation>формат бумаги (по умолчанию: A4)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="207"/>
        <source>portfolio summary (default), partner briefing (needs --partner), or one commitment on one page (needs --commitment)</source>
        <translation>сводка по всем обязательствам (по умолчанию), справка по партнёру (нужен --partner) или одно обязательство на одной странице (нужен --commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="155"/>
        <source>print machine-readable JSON</source>
        <translation>вывести машиночитаемый JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="362"/>
        <source>reading {0}</source>
        <translation>чтение {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="314"/>
        <source>run rate: {0} {1} a year</source>
        <translation>по текущему темпу: {0} {1} в год</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="313"/>
        <source>same period of the previous year: {0} {1} a year</source>
        <translation>к тому же периоду прошлого года: {0} {1} в год</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="153"/>
        <source>show where every commitment stands</source>
        <translation>показать состояние каждого обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <source>source recorded for rows without a source column</source>
        <translation>источник для строк без столбца источника</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="170"/>
        <source>text encoding of a CSV file (default: detected; e.g. utf-8, cp1251)</source>
        <translation>кодировка CSV-файла (по умолчанию: определяется; например utf-8, cp1251)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="160"/>
        <source>the CSV or XLSX file</source>
        <translation>файл CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="204"/>
        <source>the PDF file to write</source>
        <translation>создаваемый PDF-файл</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="221"/>
        <source>the batch number import-trade printed</source>
        <translation>номер пакета, выведенный import-trade</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="215"/>
        <source>the commitment (with --kind commitment)</source>
        <translation>обязательство (с --kind commitment)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="184"/>
        <source>the file to write: OUT.csv or OUT.xlsx</source>
        <translation>создаваемый файл: OUT.csv или OUT.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="209"/>
        <source>the partner (with --kind partner)</source>
        <translation>партнёр (с --kind partner)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="219"/>
        <source>undo an import batch as a whole</source>
        <translation>отменить пакет импорта целиком</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="166"/>
        <source>unit of the values (default: what the header says, else usd)</source>
        <translation>единица значений (по умолчанию: как в заголовке, иначе usd)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="201"/>
        <source>write a printable progress report as PDF</source>
        <translation>создать печатный отчёт о ходе выполнения в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="118"/>
        <source>{0} cannot be the delimiter: give one character that is not the quote, a line break, a letter, a digit, &apos;.&apos;, &apos;-&apos; or &apos;+&apos; (or &apos;tab&apos;)</source>
        <translation>{0} не может быть разделителем: укажите один символ, который не является кавычкой, переводом строки, буквой, цифрой, &apos;.&apos;, &apos;-&apos; или &apos;+&apos; (или &apos;tab&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="374"/>
        <source>{0} inserted, {1} updated, {2} unchanged</source>
        <translation>добавлено {0}, изменено {1}, без изменений {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="377"/>
        <source>{0} would be inserted, {1} updated, {2} unchanged</source>
        <translation>было бы добавлено {0}, изменено {1}, без изменений {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="351"/>
        <source>{0}: no such file</source>
        <translation>{0}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="514"/>
        <source>{0}: no such folder</source>
        <translation>{0}: такой папки нет</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="350"/>
        <source>{0}: not a regular file (a folder, pipe or device)</source>
        <translation>{0}: не обычный файл (папка, канал или устройство)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="356"/>
        <source>{0}: this is the database itself (or a file SQLite keeps beside it), not a file to import</source>
        <translation>{0}: это сама база данных (или файл, который SQLite хранит рядом с ней), а не файл для импорта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli.py" line="407"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliDataSafety</name>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="237"/>
        <source> (repairable)</source>
        <translation> (можно исправить)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="37"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="38"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n инициатива</numerusform>
            <numerusform>%n инициативы</numerusform>
            <numerusform>%n инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="37"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="39"/>
        <source>%n trade figure(s)</source>
        <translation>
            <numerusform>%n торговый показатель</numerusform>
            <numerusform>%n торговых показателя</numerusform>
            <numerusform>%n торговых показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="245"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n предупреждение</numerusform>
            <numerusform>, %n предупреждения</numerusform>
            <numerusform>, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="129"/>
        <source>--keep-daily, --keep-weekly and --keep-monthly take a number from 1 to {0}</source>
        <translation>--keep-daily, --keep-weekly и --keep-monthly принимают число от 1 до {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="247"/>
        <source>; %n can be repaired safely with --repair</source>
        <translation>
            <numerusform>; %n можно безопасно исправить с --repair</numerusform>
            <numerusform>; %n можно безопасно исправить с --repair</numerusform>
            <numerusform>; %n можно безопасно исправить с --repair</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="225"/>
        <source>After the repair:</source>
        <translation>После исправления:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="156"/>
        <source>Backed up the current database to {0}.</source>
        <translation>Резервная копия текущей базы данных сохранена в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="218"/>
        <source>Backed up to {0} before repairing.</source>
        <translation>Перед исправлением создана резервная копия {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="117"/>
        <location filename="../../desktop/cli_data_safety.py" line="132"/>
        <source>Backed up {0} to {1} ({2}; checked).</source>
        <translation>Резервная копия {0} сохранена в {1} ({2}; проверена).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="181"/>
        <source>Interrupted after the restore: {0} was replaced by the backup {1}.</source>
        <translation>Прервано после восстановления: база данных {0} заменена резервной копией {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="184"/>
        <source>Interrupted: nothing was restored; {0} was left as it was.</source>
        <translation>Прервано: ничего не восстановлено; база данных {0} осталась без изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="215"/>
        <source>Nothing repaired: {0}.</source>
        <translation>Ничего не исправлено: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old backup(s) (keeping the newest of each of the last {0} days, {1} weeks and {2} months).</source>
        <translation type="vanished">
            <numerusform>Удалена %n старая резервная копия (сохраняется самая новая за каждый из последних {0} дней, {1} недель и {2} месяцев).</numerusform>
            <numerusform>Удалены %n старые резервные копии (сохраняется самая новая за каждый из последних {0} дней, {1} недель и {2} месяцев).</numerusform>
            <numerusform>Удалено %n старых резервных копий (сохраняется самая новая за каждый из последних {0} дней, {1} недель и {2} месяцев).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="137"/>
        <source>Removed %n old backup(s) (keeping the newest of each of the last {0} days, {1} weeks and {2} months; backups made with Backup now or this command and copies taken before an import, restore or repair are kept at least {3} days and the last {4} of each kind).</source>
        <translation>
            <numerusform>Удалена %n старая резервная копия (сохраняется самая новая копия за каждый из последних {0} дней, {1} недель и {2} месяцев; копии, созданные командой «Создать резервную копию» или этой командой, и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {3} дней, а последние {4} копий каждого вида сохраняются в любом случае).</numerusform>
            <numerusform>Удалены %n старые резервные копии (сохраняется самая новая копия за каждый из последних {0} дней, {1} недель и {2} месяцев; копии, созданные командой «Создать резервную копию» или этой командой, и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {3} дней, а последние {4} копий каждого вида сохраняются в любом случае).</numerusform>
            <numerusform>Удалено %n старых резервных копий (сохраняется самая новая копия за каждый из последних {0} дней, {1} недель и {2} месяцев; копии, созданные командой «Создать резервную копию» или этой командой, и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {3} дней, а последние {4} копий каждого вида сохраняются в любом случае).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="169"/>
        <source>Restored {0} from {1} ({2}).</source>
        <translation>База данных {0} восстановлена из {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="158"/>
        <source>The current database was damaged; it was moved unchanged to {0}.</source>
        <translation>Текущая база данных была повреждена; она перемещена без изменений в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="186"/>
        <source>The state before the restore is kept in {0}.</source>
        <translation>Состояние до восстановления сохранено в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="50"/>
        <source>back the database up (SQLite backup API, checked) into the backup folder beside it, then rotate old backups; or to FILE</source>
        <translation>создать резервную копию базы данных (SQLite backup API, с проверкой) в папке резервных копий рядом с ней и выполнить ротацию старых копий; или в FILE</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="73"/>
        <source>check the database in depth (integrity, references, the application&apos;s rules, summaries); exit status 0 only when it is healthy</source>
        <translation>подробно проверить базу данных (целостность, ссылки, правила приложения, сводные данные); код выхода 0 только для исправной базы</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="78"/>
        <source>print machine-readable JSON</source>
        <translation>вывести машиночитаемый JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="77"/>
        <source>repair what can be repaired safely (after a backup), then check again</source>
        <translation>исправить то, что можно исправить безопасно (после резервного копирования), и проверить снова</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="220"/>
        <source>repaired: {0}</source>
        <translation>исправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="68"/>
        <source>replace the database with a backup; the current file is backed up first</source>
        <translation>заменить базу данных резервной копией; сначала сохраняется копия текущего файла</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="56"/>
        <source>rotation keeps the newest backup of each of the last N days (default: as saved for the backup folder, else 7); the choice is saved for the folder</source>
        <translation>ротация сохраняет самую новую копию за каждый из последних N дней (по умолчанию: как сохранено для папки, иначе 7); выбор сохраняется для папки</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="60"/>
        <source>rotation keeps the newest backup of each of the last N months (default: as saved for the backup folder, else 12); the choice is saved for the folder</source>
        <translation>ротация сохраняет самую новую копию за каждый из последних N месяцев (по умолчанию: как сохранено для папки, иначе 12); выбор сохраняется для папки</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="58"/>
        <source>rotation keeps the newest backup of each of the last N weeks (default: as saved for the backup folder, else 4); the choice is saved for the folder</source>
        <translation>ротация сохраняет самую новую копию за каждую из последних N недель (по умолчанию: как сохранено для папки, иначе 4); выбор сохраняется для папки</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="70"/>
        <source>the backup to restore</source>
        <translation>восстанавливаемая резервная копия</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="54"/>
        <source>write the backup to FILE instead (FILE must not exist yet)</source>
        <translation>записать резервную копию в FILE (FILE ещё не должен существовать)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli_data_safety.py" line="244"/>
        <source>{0}: %n problem(s)</source>
        <translation>
            <numerusform>{0}: %n проблема</numerusform>
            <numerusform>{0}: %n проблемы</numerusform>
            <numerusform>{0}: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli_data_safety.py" line="240"/>
        <source>{0}: no problems found.</source>
        <translation>{0}: проблем не обнаружено.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="339"/>
        <source>&amp;Remember this mapping for files with these columns</source>
        <translation>&amp;Запомнить это сопоставление для файлов с такими столбцами</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="325"/>
        <source>&amp;Values are in:</source>
        <translation>Значения &amp;указаны в:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="312"/>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="311"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="306"/>
        <source>Map columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="109"/>
        <source>Net weight (kg)</source>
        <translation>Масса нетто (кг)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="497"/>
        <source>Not TOTAL or an HS code: {0}</source>
        <translation>Не TOTAL и не код ГС: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="105"/>
        <source>Partner (ISO alpha-3)</source>
        <translation>Партнёр (ISO alpha-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="106"/>
        <source>Product (TOTAL or HS)</source>
        <translation>Товар (TOTAL или код ГС)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="108"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="108"/>
        <source>Quantity unit (t, kg, u, …)</source>
        <translation>Единица количества (t, kg, u, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="105"/>
        <source>Reporter (ISO alpha-3)</source>
        <translation>Отчитывающаяся страна (ISO alpha-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="494"/>
        <source>Still needed: {0}</source>
        <translation>Ещё нужно: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="338"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="463"/>
        <source>TOTAL or an HS code</source>
        <translation>TOTAL или код ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="307"/>
        <source>The columns of {0} are in no layout the import knows. Choose the column holding each field, or type one value for every row (e.g. the reporter of a national table). The first rows of the file are shown for reference.</source>
        <translation>Столбцы файла {0} не соответствуют ни одному известному формату импорта. Выберите столбец для каждого поля или введите одно значение для всех строк (например, отчитывающуюся страну национальной таблицы). Первые строки файла показаны для справки.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="99"/>
        <source>The file names no unit: check the unit of the values.</source>
        <translation>В файле не указана единица: проверьте, в каких единицах даны значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="100"/>
        <source>The file says its values are in {0}.</source>
        <translation>Согласно файлу, значения даны в единицах: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="396"/>
        <source>The title names {0} (reporter) and {1} (partner).</source>
        <translation>В заголовке названы {0} (отчитывающаяся страна) и {1} (партнёр).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="92"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="328"/>
        <source>US dollars</source>
        <translation>доллары США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="107"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="334"/>
        <source>Values use a decimal &amp;comma (1 234,56)</source>
        <translation>Значения с десятичной за&amp;пятой (1 234,56)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="335"/>
        <source>Words of the flow column</source>
        <translation>Обозначения в столбце потока</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="336"/>
        <source>Words of the product column (the code each stands for)</source>
        <translation>Обозначения в столбце товара (какой код означает каждое)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="320"/>
        <source>e.g. BLR</source>
        <translation>напр. BLR</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="320"/>
        <source>e.g. KGZ</source>
        <translation>напр. KGZ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="323"/>
        <source>e.g. National Statistical Committee</source>
        <translation>напр. Национальный статистический комитет</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="322"/>
        <source>e.g. TOTAL (all goods)</source>
        <translation>напр. TOTAL (все товары)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="324"/>
        <source>e.g. t</source>
        <translation>напр. t</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="321"/>
        <source>export or import</source>
        <translation>экспорт или импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="93"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="330"/>
        <source>million US dollars</source>
        <translation>миллионы долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="313"/>
        <source>or the same value for every row</source>
        <translation>или одно значение для всех строк</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="310"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="92"/>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="329"/>
        <source>thousand US dollars</source>
        <translation>тысячи долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="318"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/column_mapping_dialog.py" line="430"/>
        <source>— not a flow —</source>
        <translation>— не поток —</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="802"/>
        <source>&amp;Add revision…</source>
        <translation>&amp;Добавить пересмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="779"/>
        <source>&amp;Baseline value</source>
        <translation>&amp;Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="796"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="781"/>
        <source>&amp;Deadline</source>
        <translation>Сро&amp;к</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="803"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="777"/>
        <source>&amp;Partner country</source>
        <translation>Страна-п&amp;артнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="799"/>
        <source>&amp;Related</source>
        <translation>&amp;Связи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="804"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="777"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="781"/>
        <source>&amp;Unit / currency</source>
        <translation>Е&amp;диница / валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="789"/>
        <source>&amp;Within</source>
        <translation>В &amp;течение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="785"/>
        <location filename="../../desktop/forms/commitment_form.py" line="786"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="964"/>
        <source>12 months to {0}</source>
        <translation>12 месяцев по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="959"/>
        <source>A baseline of 0 has no growth rate: there is no compound path, so progress is judged along the linear path.</source>
        <translation>У базового значения 0 нет темпа роста: траектории сложного роста не существует, поэтому прогресс оценивается по линейной траектории.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="924"/>
        <source>A title is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="927"/>
        <source>A unit or currency is required.</source>
        <translation>Единица или валюта обязательна.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="780"/>
        <source>Baseline p&amp;eriod</source>
        <translation>Базовый п&amp;ериод</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="966"/>
        <source>Baseline {0}, but the figures of the metric give {1} for {2} (more than 1 % apart): check the baseline and the metric.</source>
        <translation>Базовое значение — {0}, но по данным показателя за {2} получается {1} (расхождение более 1 %): проверьте базовое значение и показатель.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="861"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1106"/>
        <source>Choose the source meeting first</source>
        <translation>Сначала выберите исходную встречу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Delete the selected revision (Undo brings it back)</source>
        <translation type="vanished">Удалить выбранный пересмотр (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="782"/>
        <source>Directio&amp;n</source>
        <translation>Направ&amp;ление</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="819"/>
        <source>Edit commitment – {0}</source>
        <translation>Изменить обязательство – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="883"/>
        <source>Initiative: {0}</source>
        <translation>Инициатива: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Later meetings that reaffirmed or changed this commitment.</source>
        <translation type="vanished">Последующие встречи, на которых это обязательство было подтверждено или изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="809"/>
        <source>Later meetings that reaffirmed or changed this commitment. They are stored with the commitment when you save it.</source>
        <translation>Последующие встречи, на которых это обязательство было подтверждено или изменено. Пересмотры записываются в базу данных вместе с обязательством при его сохранении.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="879"/>
        <source>Meeting: {0}</source>
        <translation>Встреча: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="814"/>
        <source>Meetings this commitment came from or was revised at, and initiatives linked to it. Double-click to open.</source>
        <translation>Встречи, на которых это обязательство было принято или пересмотрено, и связанные с ним инициативы. Двойной щелчок открывает запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="778"/>
        <source>Metric de&amp;finition</source>
        <translation>Определение &amp;показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="779"/>
        <source>Metric descr&amp;iption</source>
        <translation>Описание пока&amp;зателя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="783"/>
        <source>N&amp;otes</source>
        <translation>За&amp;метки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="817"/>
        <source>New commitment</source>
        <translation>Новое обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>New target</source>
        <translation>Новое целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="801"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes can be added once the commitment is saved.</source>
        <translation type="vanished">Заметки можно добавлять после сохранения обязательства.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="798"/>
        <source>Pro&amp;gress notes</source>
        <translation>Ход &amp;выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="794"/>
        <source>Raise (higher is better)</source>
        <translation>Повышать (чем больше, тем лучше)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="797"/>
        <source>Re&amp;visions</source>
        <translation>Пе&amp;ресмотры</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="861"/>
        <source>Reaffirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="795"/>
        <source>Reduce (lower is better)</source>
        <translation>Снижать (чем меньше, тем лучше)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="805"/>
        <source>Remove the selected revision (Save stores the change, Cancel keeps the revision)</source>
        <translation>Убрать выбранный пересмотр («Сохранить» закрепит изменение, «Отмена» оставит пересмотр)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="782"/>
        <source>Responsible bod&amp;y</source>
        <translation>Ответственный ор&amp;ган</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="807"/>
        <source>Revisions</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <source>Revisions can be added once the commitment is saved.</source>
        <translation type="vanished">Пересмотры можно добавлять после сохранения обязательства.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="793"/>
        <source>Set dead&amp;line</source>
        <translation>&amp;Установить срок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1112"/>
        <source>Set the deadline this long after the date of the source meeting</source>
        <translation>Установить срок через этот промежуток после даты исходной встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="778"/>
        <source>Source &amp;meeting</source>
        <translation>Исходная встре&amp;ча</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="780"/>
        <source>T&amp;arget value</source>
        <translation>&amp;Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="934"/>
        <source>The deadline must come after the end of the baseline period ({0}).</source>
        <translation>Срок должен наступать после окончания базового периода ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="788"/>
        <source>The period the baseline value refers to</source>
        <translation>Период, к которому относится базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1092"/>
        <source>The unit is the currency of the metric definition.</source>
        <translation>Единица — валюта определения показателя.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="1094"/>
        <source>The unit is the unit of the metric definition.</source>
        <translation>Единица — единица определения показателя.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="812"/>
        <source>They are stored with the commitment when you save it.</source>
        <translation>Заметки записываются в базу данных вместе с обязательством при его сохранении.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="977"/>
        <source>USD {0} m</source>
        <translation>{0} млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="783"/>
        <source>Verbatim &amp;quote</source>
        <translation>Дословная ц&amp;итата</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="787"/>
        <source>What the figure measures, in words</source>
        <translation>Что измеряет показатель, словами</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="791"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="792"/>
        <source>of the source meeting</source>
        <translation>после исходной встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="790"/>
        <source>years</source>
        <translation>лет</translation>
    </message>
</context>
<context>
    <name>CommitmentPlot</name>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="256"/>
        <source>12 months to {0}</source>
        <translation>12 месяцев по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="448"/>
        <source>Actual</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="496"/>
        <source>Actual from figures without a stated reporter</source>
        <translation>Фактическое значение по данным без указания отчитывающейся страны</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="466"/>
        <source>Actual, rolling 12 months</source>
        <translation>Фактическое значение, скользящие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="508"/>
        <source>Baseline {0}:
{1}</source>
        <translation>Базовое значение {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="235"/>
        <source>Metric: {0}</source>
        <translation>Показатель: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="321"/>
        <source>Mirror, provisional: partial year annualised</source>
        <translation>Зеркальные данные, предварительно: неполный год в годовом выражении</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="189"/>
        <source>Mirror, {0}</source>
        <translation>Зеркальные данные, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="437"/>
        <source>No compound path: a constant growth rate cannot start or end at zero, so the linear path is drawn.</source>
        <translation>Траектории сложного роста нет: постоянный темп роста не может начинаться или заканчиваться нулём, поэтому показана линейная траектория.</translation>
    </message>
    <message>
        <source>No compound path: a constant growth rate cannot start or end at zero. Switch to the linear path.</source>
        <translation type="vanished">Сложная траектория невозможна: постоянный темп роста не может начинаться или заканчиваться нулём. Переключитесь на линейную траекторию.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="236"/>
        <source>No metric definition is chosen for this commitment, so its actual values are unknown. Choose one in the commitment&apos;s form.</source>
        <translation>Для этого обязательства не выбрано определение показателя, поэтому фактические значения неизвестны. Выберите его в форме обязательства.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="216"/>
        <source>No source given — reporter not stated</source>
        <translation>Источник не указан — отчитывающаяся страна не указана</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="519"/>
        <source>Originally: {0}
by {1}</source>
        <translation>Первоначально: {0}
к {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="479"/>
        <source>Other source: {0}</source>
        <translation>Другой источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="471"/>
        <source>Partner&apos;s mirror figures</source>
        <translation>Зеркальные данные партнёра</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="501"/>
        <source>Projection at current pace</source>
        <translation>Прогноз при текущем темпе</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="322"/>
        <source>Provisional: partial year annualised</source>
        <translation>Предварительно: неполный год в годовом выражении</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="228"/>
        <source>Reaffirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="536"/>
        <source>Reaffirmed or revised</source>
        <translation>Подтверждено или пересмотрено</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="223"/>
        <source>Required path (compound)</source>
        <translation>Требуемая траектория (сложный рост)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="436"/>
        <source>Required path (linear instead of compound)</source>
        <translation>Требуемая траектория (линейная вместо сложного роста)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="222"/>
        <source>Required path (linear)</source>
        <translation>Требуемая траектория (линейная)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="228"/>
        <source>Revised</source>
        <translation>Пересмотрено</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="553"/>
        <source>Revised target</source>
        <translation>Пересмотренное целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="250"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="523"/>
        <source>Target: {0}
by {1}</source>
        <translation>Целевое значение: {0}
к {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="141"/>
        <source>USD million</source>
        <translation>млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="257"/>
        <source>latest actual: {0}</source>
        <translation>последнее фактическое значение: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="217"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="563"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="252"/>
        <source>{0:.0f} % of target</source>
        <translation>{0:.0f} % целевого значения</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="253"/>
        <source>{0:.0f} % of the time elapsed</source>
        <translation>прошло {0:.0f} % срока</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="194"/>
        <source>{0} annualised:
{1} (run rate)</source>
        <translation>{0} в годовом выражении:
{1} (по текущему темпу)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="192"/>
        <source>{0} annualised:
{1} (same period {2})</source>
        <translation>{0} в годовом выражении:
{1} ({2} к тому же периоду прошлого года)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="185"/>
        <source>{0} m</source>
        <translation>{0} млн</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="215"/>
        <source>{0} — reporter not stated</source>
        <translation>{0} — отчитывающаяся страна не указана</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/commitment_plot.py" line="287"/>
        <source>↑ Projection by {0}:
{1}</source>
        <translation>↑ Прогноз к {0}:
{1}</translation>
    </message>
</context>
<context>
    <name>CommitmentPlotView</name>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="109"/>
        <source>&amp;Linear</source>
        <translation>&amp;Линейная</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="111"/>
        <source>C&amp;ompound</source>
        <translation>Сло&amp;жный рост</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="108"/>
        <source>Required path:</source>
        <translation>Требуемая траектория:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="159"/>
        <source>Select a commitment to see its progress.</source>
        <translation>Выберите обязательство, чтобы увидеть ход его выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="110"/>
        <source>The same amount of growth every year</source>
        <translation>Одинаковый прирост каждый год</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="112"/>
        <source>The same growth rate every year</source>
        <translation>Одинаковый темп роста каждый год</translation>
    </message>
    <message>
        <location filename="../../desktop/views/commitment_plot_view.py" line="149"/>
        <source>This commitment cannot be plotted: {0}</source>
        <translation>Это обязательство невозможно отобразить на графике: {0}</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusTableModel</name>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="119"/>
        <source>12 months to {0}</source>
        <translation>12 месяцев по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="341"/>
        <source>Another source gives this figure another value; the plot shows it as a series of its own.</source>
        <translation>Другой источник приводит для этих данных иное значение; на графике оно показано отдельным рядом.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="348"/>
        <source>At the observed pace, by {0}</source>
        <translation>При наблюдаемом темпе — к {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Days
left</source>
        <translation>Осталось
дней</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="345"/>
        <source>From now on, {0} per year is required.</source>
        <translation>Отныне требуется {0} в год.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="79"/>
        <source>How much of the time from the baseline to the deadline has passed</source>
        <translation>Какая часть времени от базового периода до срока прошла</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Latest actual</source>
        <translation>Последнее
значение</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="325"/>
        <source>Metric: {0}</source>
        <translation>Показатель: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="335"/>
        <source>No actual value yet.</source>
        <translation>Фактических значений пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="187"/>
        <source>No complete year to compare it with.</source>
        <translation>Нет полного года для сравнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="325"/>
        <source>No metric definition: the actual value is unknown.</source>
        <translation>Нет определения показателя: фактическое значение неизвестно.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="80"/>
        <source>Observed growth per year since the baseline, against the growth per year the target requires from the baseline</source>
        <translation>Наблюдаемый рост в год с базового периода в сравнении с ростом в год, который требуется для достижения целевого значения от базового</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="132"/>
        <source>Originally: {0} by {1}; revised on {2}</source>
        <translation>Первоначально: {0} к {1}; пересмотрено {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Projected
at deadline</source>
        <translation>Прогноз
к сроку</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="173"/>
        <source>Provisional reading from {0}: {1}. The official status stays with complete years.</source>
        <translation>Предварительная оценка по данным за {0}: {1}. Официальный статус по-прежнему определяется по полным годам.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="192"/>
        <source>Provisional status: {0} (growth required: {1} a year).</source>
        <translation>Предварительный статус: {0} (требуемый рост: {1} в год).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="160"/>
        <source>Provisional {0}: {1}</source>
        <translation>Предварительно ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="182"/>
        <source>Run rate: × 12 / {0} months gives {1} for {2}, ignoring seasonality.</source>
        <translation>По текущему темпу: × 12 / {0} мес. даёт {1} за {2} год, без учёта сезонности.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="338"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="336"/>
        <source>Stale: the latest actual is older than 12 months.</source>
        <translation>Устарело: последнему фактическому значению больше 12 месяцев.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="69"/>
        <source>Target</source>
        <translation>Целевое
значение</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="77"/>
        <source>The latest actual and the period it covers; rolling sums say &quot;12 months to&quot; the last month</source>
        <translation>Последнее фактическое значение и период, который оно охватывает; для скользящих сумм указано «12 месяцев по» последний месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="76"/>
        <source>The latest actual as a share of the target</source>
        <translation>Последнее фактическое значение как доля целевого</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="74"/>
        <source>The official status, from complete years (Open SDG method); below it, a provisional reading of a newer partial year, where there is one</source>
        <translation>Официальный статус по полным годам (методика Open SDG); под ним — предварительная оценка по более позднему неполному году, если она есть</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="82"/>
        <source>The value at the deadline if the observed growth continues</source>
        <translation>Значение к сроку, если наблюдаемый рост сохранится</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Time
elapsed</source>
        <translation>Прошло
времени</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="100"/>
        <source>USD {0} m</source>
        <translation>{0} млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="68"/>
        <source>Yearly growth:
observed /
required</source>
        <translation>Рост в год:
наблюдаемый /
требуемый</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="339"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="144"/>
        <source>sources differ</source>
        <translation>источники расходятся</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="145"/>
        <source>sources differ by {0}</source>
        <translation>источники расходятся на {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="314"/>
        <source>{0}
by {1}</source>
        <translation>{0}
к {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="189"/>
        <source>{0} a year on {1}.</source>
        <translation>{0} в год относительно {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="200"/>
        <source>{0} days ago</source>
        <translation>{0} дн. назад</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="309"/>
        <source>{0} observed
{1} required</source>
        <translation>{0} наблюдаемый
{1} требуемый</translation>
    </message>
    <message>
        <location filename="../../desktop/models/commitment_status_model.py" line="176"/>
        <source>{0} on the same period of the previous year ({1}, same source); {2} × (1 {0}) gives {3} for {4}.</source>
        <translation>{0} к тому же периоду прошлого года ({1}, тот же источник); {2} × (1 {0}) даёт {3} за {4} год.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="162"/>
        <source>Choose a country</source>
        <translation>Выберите страну</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="164"/>
        <source>Choose a country from the list</source>
        <translation>Выберите страну из списка</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="86"/>
        <source>Type a name or code</source>
        <translation>Введите название или код</translation>
    </message>
</context>
<context>
    <name>CountryListPicker</name>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="285"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="287"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="286"/>
        <source>Add the chosen country to the list</source>
        <translation>Добавить выбранную страну в список</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="289"/>
        <source>Chosen countries</source>
        <translation>Выбранные страны</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="290"/>
        <source>Country to add</source>
        <translation>Страна для добавления</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/country_picker.py" line="288"/>
        <source>Remove the selected countries (Del)</source>
        <translation>Убрать выбранные страны (Del)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="298"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="299"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="301"/>
        <location filename="../../desktop/views/dashboard_view.py" line="388"/>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="302"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="431"/>
        <source>Commitment deadline</source>
        <translation>Срок обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="295"/>
        <source>Commitments, most urgent first</source>
        <translation>Обязательства, самые срочные вверху</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="305"/>
        <source>Due in the next {0} days, and overdue</source>
        <translation>Сроки в ближайшие {0} дней и просроченные</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="432"/>
        <source>Due {0}</source>
        <translation>Срок {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="421"/>
        <source>Every commitment has a recent actual.</source>
        <translation>У каждого обязательства есть свежее фактическое значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="430"/>
        <source>Initiative due</source>
        <translation>Срок инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="430"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="416"/>
        <source>Nothing due.</source>
        <translation>Сроков нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="432"/>
        <source>OVERDUE since {0}</source>
        <translation>ПРОСРОЧЕНО с {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="308"/>
        <source>Select a commitment in the table to see its progress plot.</source>
        <translation>Выберите обязательство в таблице, чтобы увидеть график хода его выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="524"/>
        <source>Shown: {0} of {1}</source>
        <translation>Показано: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="307"/>
        <source>Stale data: latest actual older than {0} months</source>
        <translation>Устаревшие данные: последнему фактическому значению больше {0} месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="453"/>
        <source>latest actual {0}, {1} months old</source>
        <translation>последнее фактическое значение {0}, {1} мес. назад</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="451"/>
        <source>no actual value yet</source>
        <translation>фактических значений пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="449"/>
        <source>no metric definition, so no actual value</source>
        <translation>нет определения показателя, поэтому нет фактического значения</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialogs</name>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="178"/>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="177"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Открыть другой файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="68"/>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="176"/>
        <source>&amp;Restore newest good backup</source>
        <translation>&amp;Восстановить последнюю исправную копию</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="68"/>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="179"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="191"/>
        <source>Commitment Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Commitment Tracker (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="168"/>
        <source>No good backup of this database was found.</source>
        <translation>Исправной резервной копии этой базы данных не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="67"/>
        <source>Open &amp;read-only</source>
        <translation>Открыть &amp;только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="190"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="158"/>
        <source>The database cannot be opened</source>
        <translation>Базу данных не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="165"/>
        <source>The file is left exactly as it is: a restore moves it aside into the backup folder, it never overwrites it.</source>
        <translation>Файл остаётся в точности как есть: восстановление переносит его в папку резервных копий и никогда не перезаписывает.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="171"/>
        <source>The newest good backup is from {0} ({1}, {2}).</source>
        <translation>Последняя исправная резервная копия — от {0} ({1}, {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="43"/>
        <source>another program (it did not say who)</source>
        <translation>другой программой (она не сообщила, кто это)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="85"/>
        <source>open for writing by {0}</source>
        <translation>открыт для записи: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="162"/>
        <source>{0} cannot be opened: {1}.</source>
        <translation>{0} не удаётся открыть: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="160"/>
        <source>{0} is not a Commitment Tracker database ({1}).</source>
        <translation>{0} не является базой данных Commitment Tracker ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="205"/>
        <source>{0} is not an SQLite database: there is nothing to check.</source>
        <translation>{0} не является базой данных SQLite: проверять нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="77"/>
        <source>{0} is open for writing by {1}.

Only one person can change a database at a time. You can open it read-only: you see everything, but cannot change anything until it is closed there.</source>
        <translation>{0} открыт для записи: {1}.

Изменять базу данных одновременно может только один человек. Её можно открыть только для чтения: вы увидите всё, но не сможете ничего изменить, пока её не закроют там.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/database_problem_dialogs.py" line="48"/>
        <source>{user} on {host} (process {pid}) since {time}</source>
        <translation>{user} на {host} (процесс {pid}) с {time}</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="99"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="100"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n инициатива</numerusform>
            <numerusform>%n инициативы</numerusform>
            <numerusform>%n инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="104"/>
        <source>%n meeting participant(s)</source>
        <translation>
            <numerusform>%n участник встречи</numerusform>
            <numerusform>%n участника встречи</numerusform>
            <numerusform>%n участников встречи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="98"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="103"/>
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n контрольная точка</numerusform>
            <numerusform>%n контрольные точки</numerusform>
            <numerusform>%n контрольных точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="111"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n другая запись</numerusform>
            <numerusform>%n другие записи</numerusform>
            <numerusform>%n других записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="105"/>
        <source>%n partner country(s)</source>
        <translation>
            <numerusform>%n страна-партнёр</numerusform>
            <numerusform>%n страны-партнёра</numerusform>
            <numerusform>%n стран-партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="109"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n персона</numerusform>
            <numerusform>%n персоны</numerusform>
            <numerusform>%n персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="107"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n должность</numerusform>
            <numerusform>%n должности</numerusform>
            <numerusform>%n должностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="102"/>
        <source>%n progress note(s)</source>
        <translation>
            <numerusform>%n заметка о ходе выполнения</numerusform>
            <numerusform>%n заметки о ходе выполнения</numerusform>
            <numerusform>%n заметок о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="101"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n пересмотр</numerusform>
            <numerusform>%n пересмотра</numerusform>
            <numerusform>%n пересмотров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="106"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="108"/>
        <source>%n trade figure(s)</source>
        <translation>
            <numerusform>%n запись торговых данных</numerusform>
            <numerusform>%n записи торговых данных</numerusform>
            <numerusform>%n записей торговых данных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="40"/>
        <source>Delete the commitment {0}?</source>
        <translation>Удалить обязательство {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="41"/>
        <source>Delete the initiative {0}?</source>
        <translation>Удалить инициативу {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="39"/>
        <source>Delete the meeting {0}?</source>
        <translation>Удалить запись о встрече {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="45"/>
        <source>Delete the metric definition {0}?</source>
        <translation>Удалить определение показателя {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="44"/>
        <source>Delete the organisation {0}?</source>
        <translation>Удалить организацию {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="43"/>
        <source>Delete the person {0}?</source>
        <translation>Удалить персону {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="42"/>
        <source>Delete the trade figure {0}?</source>
        <translation>Удалить запись торговых данных {0}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="53"/>
        <source>Delete these %n commitments?</source>
        <translation>
            <numerusform>Удалить %n обязательство?</numerusform>
            <numerusform>Удалить %n обязательства?</numerusform>
            <numerusform>Удалить %n обязательств?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="54"/>
        <source>Delete these %n initiatives?</source>
        <translation>
            <numerusform>Удалить %n инициативу?</numerusform>
            <numerusform>Удалить %n инициативы?</numerusform>
            <numerusform>Удалить %n инициатив?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="52"/>
        <source>Delete these %n meetings?</source>
        <translation>
            <numerusform>Удалить %n встречу?</numerusform>
            <numerusform>Удалить %n встречи?</numerusform>
            <numerusform>Удалить %n встреч?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="58"/>
        <source>Delete these %n metric definitions?</source>
        <translation>
            <numerusform>Удалить %n определение показателя?</numerusform>
            <numerusform>Удалить %n определения показателей?</numerusform>
            <numerusform>Удалить %n определений показателей?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="57"/>
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Удалить %n организацию?</numerusform>
            <numerusform>Удалить %n организации?</numerusform>
            <numerusform>Удалить %n организаций?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="56"/>
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Удалить %n персону?</numerusform>
            <numerusform>Удалить %n персоны?</numerusform>
            <numerusform>Удалить %n персон?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="60"/>
        <source>Delete these %n records?</source>
        <translation>
            <numerusform>Удалить %n запись?</numerusform>
            <numerusform>Удалить %n записи?</numerusform>
            <numerusform>Удалить %n записей?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="55"/>
        <source>Delete these %n trade figures?</source>
        <translation>
            <numerusform>Удалить %n запись торговых данных?</numerusform>
            <numerusform>Удалить %n записи торговых данных?</numerusform>
            <numerusform>Удалить %n записей торговых данных?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="47"/>
        <source>Delete {0}?</source>
        <translation>Удалить {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="31"/>
        <source>Deleted with it: {0}.</source>
        <translation>Также будут удалены: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="32"/>
        <source>Deleted with them: {0}.</source>
        <translation>Также будут удалены: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="33"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/texts/delete_question.py" line="119"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="85"/>
        <source>{0} will no longer name these commitments.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эти обязательства.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти обязательства.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти обязательства.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="86"/>
        <source>{0} will no longer name these initiatives.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эти инициативы.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти инициативы.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти инициативы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="84"/>
        <source>{0} will no longer name these meetings.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эти встречи.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти встречи.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти встречи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="88"/>
        <source>{0} will no longer name these organisations.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эти организации.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти организации.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти организации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="87"/>
        <source>{0} will no longer name these people.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на этих персон.</numerusform>
            <numerusform>{0} больше не будут ссылаться на этих персон.</numerusform>
            <numerusform>{0} больше не будут ссылаться на этих персон.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="91"/>
        <source>{0} will no longer name these records.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эти записи.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти записи.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эти записи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="74"/>
        <source>{0} will no longer name this commitment.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на это обязательство.</numerusform>
            <numerusform>{0} больше не будут ссылаться на это обязательство.</numerusform>
            <numerusform>{0} больше не будут ссылаться на это обязательство.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="75"/>
        <source>{0} will no longer name this initiative.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эту инициативу.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту инициативу.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту инициативу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="73"/>
        <source>{0} will no longer name this meeting.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эту встречу.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту встречу.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту встречу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="77"/>
        <source>{0} will no longer name this organisation.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эту организацию.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту организацию.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту организацию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="76"/>
        <source>{0} will no longer name this person.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эту персону.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту персону.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту персону.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="81"/>
        <source>{0} will no longer name this record.</source>
        <translation>
            <numerusform>{0} больше не будет ссылаться на эту запись.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту запись.</numerusform>
            <numerusform>{0} больше не будут ссылаться на эту запись.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="89"/>
        <source>{0} will no longer use these metric definitions.</source>
        <translation>
            <numerusform>{0} больше не будет использовать эти определения показателей.</numerusform>
            <numerusform>{0} больше не будут использовать эти определения показателей.</numerusform>
            <numerusform>{0} больше не будут использовать эти определения показателей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="78"/>
        <source>{0} will no longer use this metric definition.</source>
        <translation>
            <numerusform>{0} больше не будет использовать это определение показателя.</numerusform>
            <numerusform>{0} больше не будут использовать это определение показателя.</numerusform>
            <numerusform>{0} больше не будут использовать это определение показателя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/texts/delete_question.py" line="63"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscardChangesQuestion</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="497"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="487"/>
        <source>Discard changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="488"/>
        <source>Discard your changes?</source>
        <translation>Не сохранять изменения?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="492"/>
        <source>What you changed in this form has not been saved. Cancel returns to the form.</source>
        <translation>Изменения в этой форме не сохранены. «Отмена» возвращает к форме.</translation>
    </message>
</context>
<context>
    <name>DuplicateNotice</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/duplicate_notice.py" line="30"/>
        <source>%n such records are stored; the button opens the first.</source>
        <translation>
            <numerusform>Сохранена %n такая запись; кнопка открывает первую.</numerusform>
            <numerusform>Сохранены %n такие записи; кнопка открывает первую.</numerusform>
            <numerusform>Сохранено %n таких записей; кнопка открывает первую.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="67"/>
        <source>A commitment titled “{0}” is already recorded ({1}, deadline {2}).</source>
        <translation>Уже записано обязательство «{0}» ({1}, срок {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="58"/>
        <source>A meeting in {0} on {1} is already recorded: “{2}”.</source>
        <translation>Уже записана встреча {1} (место: {0}): «{2}».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="47"/>
        <source>A person named “{0}” is already recorded ({1}).</source>
        <translation>Уже записана персона «{0}» ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="49"/>
        <source>A person named “{0}” is already recorded.</source>
        <translation>Уже записана персона «{0}».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="145"/>
        <source>Close this form and edit the record already stored</source>
        <translation>Закрыть эту форму и изменить уже сохранённую запись</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/duplicate_notice.py" line="144"/>
        <source>Open the e&amp;xisting one</source>
        <translation>Открыть су&amp;ществующую</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../desktop/error_messages.py" line="187"/>
        <source>A figure for this reporter, partner, period, flow, product and source already exists.</source>
        <translation>Данные для этой отчитывающейся страны, партнёра, периода, потока, товара и источника уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="150"/>
        <source>A metric with values typed in stays an indicator: delete its values first.</source>
        <translation>Показатель с введёнными значениями остаётся индикатором: сначала удалите его значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="179"/>
        <source>A note belongs to exactly one initiative or one commitment.</source>
        <translation>Заметка относится ровно к одной инициативе или одному обязательству.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="184"/>
        <source>A person who took part in meetings cannot be deleted; remove them from those meetings first.</source>
        <translation>Персону, участвовавшую во встречах, удалить нельзя; сначала уберите её из этих встреч.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="39"/>
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="38"/>
        <source>Baseline value</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="172"/>
        <source>Choose two different countries.</source>
        <translation>Выберите две разные страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="63"/>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="101"/>
        <location filename="../../desktop/error_messages.py" line="384"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="71"/>
        <location filename="../../desktop/error_messages.py" line="366"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="35"/>
        <location filename="../../desktop/error_messages.py" line="385"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="30"/>
        <location filename="../../desktop/error_messages.py" line="50"/>
        <location filename="../../desktop/error_messages.py" line="51"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="41"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="56"/>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="104"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="59"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="254"/>
        <source>Details: {0}</source>
        <translation>Подробности: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="45"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="49"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="48"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="103"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="47"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="198"/>
        <source>Figures of this import batch were changed after the import; undoing it would lose those changes.</source>
        <translation>Данные этого пакета импорта изменены после импорта; отмена пакета уничтожила бы эти изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="106"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="102"/>
        <source>File layout</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="96"/>
        <source>First period</source>
        <translation>Первый период</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="89"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="32"/>
        <source>Forum / event</source>
        <translation>Форум / мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="105"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="55"/>
        <source>Home country</source>
        <translation>Своя страна</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="100"/>
        <location filename="../../desktop/error_messages.py" line="383"/>
        <source>Import batch</source>
        <translation>Пакет импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="72"/>
        <location filename="../../desktop/error_messages.py" line="367"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="97"/>
        <source>Last period</source>
        <translation>Последний период</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="381"/>
        <source>Link of an initiative to a commitment</source>
        <translation>Связь инициативы с обязательством</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="380"/>
        <source>Link of an initiative to a meeting</source>
        <translation>Связь инициативы со встречей</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="69"/>
        <location filename="../../desktop/error_messages.py" line="365"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="377"/>
        <source>Meeting country</source>
        <translation>Страна встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="376"/>
        <source>Meeting participant</source>
        <translation>Участник встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="378"/>
        <source>Meeting topic</source>
        <translation>Тема встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="74"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="73"/>
        <location filename="../../desktop/error_messages.py" line="368"/>
        <source>Metric definition</source>
        <translation>Определение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="373"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="53"/>
        <source>Milestones</source>
        <translation>Контрольные точки</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="29"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="61"/>
        <source>Name in the original language</source>
        <translation>Имя на языке оригинала</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="83"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="84"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="181"/>
        <source>Nothing is selected.</source>
        <translation>Ничего не выбрано.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="64"/>
        <location filename="../../desktop/error_messages.py" line="371"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="82"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="37"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="88"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="36"/>
        <source>Partner countries</source>
        <translation>Страны-партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="34"/>
        <source>Partner country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="58"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="95"/>
        <source>Period basis</source>
        <translation>Основа периода</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="65"/>
        <location filename="../../desktop/error_messages.py" line="66"/>
        <location filename="../../desktop/error_messages.py" line="370"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="31"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="67"/>
        <location filename="../../desktop/error_messages.py" line="68"/>
        <location filename="../../desktop/error_messages.py" line="372"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="54"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="90"/>
        <location filename="../../desktop/error_messages.py" line="91"/>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="94"/>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="92"/>
        <location filename="../../desktop/error_messages.py" line="93"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="375"/>
        <source>Progress note</source>
        <translation>Заметка о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="86"/>
        <location filename="../../desktop/error_messages.py" line="87"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="75"/>
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="374"/>
        <source>Revision</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="81"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="107"/>
        <source>Selection</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="382"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="60"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="98"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="33"/>
        <source>Source URL</source>
        <translation>URL источника</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="78"/>
        <source>Source citation</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="70"/>
        <source>Source meeting</source>
        <translation>Встреча-источник</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="46"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="79"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="40"/>
        <source>Target value</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="85"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="278"/>
        <source>The backup {0} could not be made.</source>
        <translation>Не удалось создать резервную копию {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="200"/>
        <source>The column mapping is incomplete: every required column needs a column of the file.</source>
        <translation>Сопоставление столбцов неполное: каждому обязательному столбцу нужен столбец файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="271"/>
        <source>The disk holding {0} is full. Nothing was saved.</source>
        <translation>Диск, на котором находится {0}, заполнен. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="257"/>
        <source>The folder {0} does not exist.</source>
        <translation>Папка {0} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="295"/>
        <source>The record no longer exists: it was deleted, perhaps in another window.</source>
        <translation>Запись больше не существует: её удалили, возможно, в другом окне.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="131"/>
        <source>The target equals the baseline: a commitment raises or reduces a value, so its target must differ from the baseline.</source>
        <translation>Целевое значение равно базовому: обязательство предусматривает повышение или снижение значения, поэтому целевое значение должно отличаться от базового.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="136"/>
        <source>The target is above the baseline: choose “Raise” as the direction, or correct the target.</source>
        <translation>Целевое значение выше базового: выберите направление «Повышать» или исправьте целевое значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="134"/>
        <source>The target is below the baseline: choose “Reduce” as the direction, or correct the target.</source>
        <translation>Целевое значение ниже базового: выберите направление «Снижать» или исправьте целевое значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="182"/>
        <source>There are no trade figures to add.</source>
        <translation>Нет торговых данных для добавления.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="194"/>
        <source>This import batch has already been undone.</source>
        <translation>Этот пакет импорта уже отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="195"/>
        <source>This import batch is in place; there is nothing to redo.</source>
        <translation>Этот пакет импорта не отменён; повторять нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="196"/>
        <source>This import was undone elsewhere and cannot be redone here; import the file again.</source>
        <translation>Этот импорт был отменён в другом месте, и повторить его здесь нельзя; импортируйте файл заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="28"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="379"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="80"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="369"/>
        <source>Trade figure</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="99"/>
        <source>Trade figures</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="42"/>
        <source>Unit / currency</source>
        <translation>Единица / валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="44"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="57"/>
        <source>Value (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="43"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="152"/>
        <source>Values are typed in only for an indicator.</source>
        <translation>Значения вводятся вручную только для индикатора.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="76"/>
        <source>Verbatim quote</source>
        <translation>Дословная цитата</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="77"/>
        <source>Verbatim source text</source>
        <translation>Дословный текст источника</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="276"/>
        <source>{0} can only be read: nothing was saved.</source>
        <translation>{0} доступен только для чтения: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="279"/>
        <source>{0} cannot be used.</source>
        <translation>{0} нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="273"/>
        <source>{0} could not be read or written (disk error). Nothing was saved.</source>
        <translation>{0} не удалось прочитать или записать (ошибка диска). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="268"/>
        <source>{0} is busy: another program is writing to it. Nothing was saved; try again.</source>
        <translation>{0} занят: в него пишет другая программа. Ничего не сохранено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="261"/>
        <source>{0} is damaged.</source>
        <translation>{0} повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="259"/>
        <source>{0} is not a Commitment Tracker database.</source>
        <translation>{0} не является базой данных Commitment Tracker.</translation>
    </message>
    <message>
        <source>{0} is not a period: write YYYY, YYYY-MM or YYYY-Qn.</source>
        <translation type="vanished">{0} — не период: пишите ГГГГ, ГГГГ-ММ или ГГГГ-Qn.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="297"/>
        <source>{0} is not a period: write YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year).</source>
        <translation>{0} — не период: пишите ГГГГ, ГГГГ-Sn (полугодие), ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ (месяцы в пределах одного года).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="266"/>
        <source>{0} is open for writing by {1}.</source>
        <translation>{0} открыт для записи: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="265"/>
        <source>{0} is open for writing in another program.</source>
        <translation>{0} открыт для записи в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="358"/>
        <source>{0} no. {1}</source>
        <translation>{0} № {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="319"/>
        <source>{0} was added after the import was undone. Redoing the import would overwrite it, so nothing was changed.</source>
        <translation>Запись «{0}» добавлена после отмены импорта. Повтор импорта перезаписал бы её, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="331"/>
        <source>{0} was added again after this step (an import, another program). Undoing or redoing the step now would overwrite it, so nothing was changed; the step stays in the undo history.</source>
        <translation>Запись «{0}» снова добавлена после этого шага (импортом или другой программой). Отмена или повтор шага сейчас перезаписали бы её, поэтому ничего не изменено; шаг остаётся в истории отмены.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="314"/>
        <source>{0} was changed after the import was undone. Redoing the import would overwrite that change, so nothing was changed.</source>
        <translation>Запись «{0}» изменена после отмены импорта. Повтор импорта перезаписал бы это изменение, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="324"/>
        <source>{0} was changed after this step (an import, another program). Undoing or redoing the step now would overwrite that change, so nothing was changed; the step stays in the undo history.</source>
        <translation>Запись «{0}» изменена после этого шага (импортом или другой программой). Отмена или повтор шага сейчас перезаписали бы это изменение, поэтому ничего не изменено; шаг остаётся в истории отмены.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="307"/>
        <source>{0} was changed by hand after the import. Undoing the import would lose that change, so nothing was changed.</source>
        <translation>Запись «{0}» изменена вручную после импорта. При отмене импорта это изменение было бы потеряно, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="317"/>
        <source>{0} was deleted after the import was undone, so the import cannot be redone. Nothing was changed.</source>
        <translation>Запись «{0}» удалена после отмены импорта, поэтому повторить импорт нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="309"/>
        <source>{0} was deleted after the import, so the import can no longer be undone as a whole. Nothing was changed.</source>
        <translation>Запись «{0}» удалена после импорта, поэтому отменить импорт целиком уже нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="328"/>
        <source>{0} was deleted after this step, so the step cannot be undone or redone now. Nothing was changed; the step stays in the undo history.</source>
        <translation>Запись «{0}» удалена после этого шага, поэтому сейчас шаг нельзя ни отменить, ни повторить. Ничего не изменено; шаг остаётся в истории отмены.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="359"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="225"/>
        <source>{0}, row {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="159"/>
        <source>{field} has more decimals than allowed.</source>
        <translation>{field}: больше знаков после запятой, чем допустимо.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="161"/>
        <source>{field} is above the largest value a figure may have (USD 1,000,000,000,000,000).</source>
        <translation>{field}: значение больше максимально допустимого (1 000 000 000 000 000 долл. США).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="121"/>
        <source>{field} is not a valid date.</source>
        <translation>{field}: недопустимая дата.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="118"/>
        <source>{field} is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="183"/>
        <source>{field} is still in use and cannot be deleted.</source>
        <translation>{field}: запись ещё используется, удалить её нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="160"/>
        <source>{field} is too large.</source>
        <translation>{field}: слишком большое значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="158"/>
        <source>{field} is too long.</source>
        <translation>{field}: слишком длинное значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="173"/>
        <source>{field} must be TOTAL or an HS code of 2 to 10 digits.</source>
        <translation>{field}: должно быть TOTAL или код ГС из 2–10 цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="174"/>
        <source>{field} must be TOTAL or the start of an HS code, e.g. 27 or 2709.</source>
        <translation>{field}: должно быть TOTAL или начало кода ГС, например 27 или 2709.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="120"/>
        <source>{field} must be a number.</source>
        <translation>{field}: должно быть числом.</translation>
    </message>
    <message>
        <source>{field} must be a period: YYYY, YYYY-MM or YYYY-Qn.</source>
        <translation type="vanished">{field}: должен быть период: ГГГГ, ГГГГ-ММ или ГГГГ-Qn.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="123"/>
        <source>{field} must be a period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year).</source>
        <translation>{field}: должен быть указан период: ГГГГ, ГГГГ-Sn (полугодие), ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ (месяцы в пределах одного года).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="149"/>
        <source>{field} must be a quantity unit such as t, kg, u or l.</source>
        <translation>{field}: нужна единица количества, например t, kg, u или l.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="125"/>
        <source>{field} must be a year, a quarter or a month (YYYY, YYYY-Qn or YYYY-MM).</source>
        <translation>{field}: должен быть год, квартал или месяц (ГГГГ, ГГГГ-Qn или ГГГГ-ММ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="165"/>
        <source>{field} must be text.</source>
        <translation>{field}: должно быть текстом.</translation>
    </message>
    <message>
        <source>{field} must be the currency of the metric definition ({currency}).</source>
        <translation type="vanished">{field}: должна совпадать с валютой определения показателя ({currency}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="146"/>
        <source>{field} must be the unit of the metric definition ({currency}).</source>
        <translation>{field}: должна совпадать с единицей определения показателя ({currency}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="127"/>
        <source>{field} must come after the end of the baseline period.</source>
        <translation>{field}: должен наступать после окончания базового периода.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="171"/>
        <source>{field} must differ from the reporting country.</source>
        <translation>{field}: должна отличаться от отчитывающейся страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="129"/>
        <source>{field} must not be before the start.</source>
        <translation>{field}: не может быть раньше начала.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="119"/>
        <source>{field} must not be negative.</source>
        <translation>{field}: не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="156"/>
        <source>{field} must start with http:// or https://.</source>
        <translation>{field}: должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="208"/>
        <source>{field}: a report is a PDF file; the file name must end in .pdf.</source>
        <translation>{field}: отчёт сохраняется в файл PDF; имя файла должно оканчиваться на .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="148"/>
        <source>{field}: a trade value is in USD.</source>
        <translation>{field}: стоимость в торговых данных указывается в USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="177"/>
        <source>{field}: choose a product group from the list.</source>
        <translation>{field}: выберите товарную группу из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="169"/>
        <source>{field}: choose a record from the list.</source>
        <translation>{field}: выберите запись из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="168"/>
        <source>{field}: choose one of the values offered.</source>
        <translation>{field}: выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="176"/>
        <source>{field}: list HS chapters between 01 and 97, e.g. 01-24,30.</source>
        <translation>{field}: перечислите главы ГС от 01 до 97, например 01-24,30.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="166"/>
        <source>{field}: remove the control character {code} (character {position}): it cannot be stored.</source>
        <translation>{field}: удалите управляющий символ {code} (позиция {position}): его нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="170"/>
        <source>{field}: the chosen record no longer exists.</source>
        <translation>{field}: выбранной записи больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="163"/>
        <source>{field}: the figures of this chapter would add up to more than the database can hold.</source>
        <translation>{field}: сумма данных по этой главе превысила бы максимальное значение, которое может хранить база данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="202"/>
        <source>{field}: the file name must end in .csv or .xlsx.</source>
        <translation>{field}: имя файла должно оканчиваться на .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="203"/>
        <source>{field}: the folder does not exist.</source>
        <translation>{field}: папка не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="139"/>
        <source>{field}: the new target equals the baseline ({baseline}); a commitment raises or reduces a value.</source>
        <translation>{field}: новое целевое значение равно базовому ({baseline}); обязательство предусматривает повышение или снижение значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="144"/>
        <source>{field}: the new target is above the baseline ({baseline}) of a commitment to reduce the value.</source>
        <translation>{field}: новое целевое значение выше базового ({baseline}), а обязательство предусматривает снижение значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="142"/>
        <source>{field}: the new target is below the baseline ({baseline}) of a commitment to raise the value.</source>
        <translation>{field}: новое целевое значение ниже базового ({baseline}), а обязательство предусматривает повышение значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="186"/>
        <source>{field}: the same person is listed twice.</source>
        <translation>{field}: одна и та же персона указана дважды.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="122"/>
        <source>{field}: the year must be between 1900 and 2100.</source>
        <translation>{field}: год должен быть от 1900 до 2100.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="180"/>
        <source>{field}: there is nothing to store.</source>
        <translation>{field}: нечего сохранять.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="157"/>
        <source>{field}: this entry already exists.</source>
        <translation>{field}: такая запись уже существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="207"/>
        <source>{field}: this is a backup of a database; choose another file.</source>
        <translation>{field}: это резервная копия базы данных; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="205"/>
        <source>{field}: this is the database (or a file SQLite keeps beside it); choose another file.</source>
        <translation>{field}: это база данных (или файл, который SQLite хранит рядом с ней); выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="153"/>
        <source>{field}: this period has a value from this source in row {first_row} already.</source>
        <translation>{field}: для этого периода уже есть значение из этого источника в строке {first_row}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="178"/>
        <source>{field}: this position belongs to another person.</source>
        <translation>{field}: эта должность принадлежит другой персоне.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="190"/>
        <source>{field}: this source&apos;s figure is already recorded, told from the partner&apos;s side (reporter not stated). A figure published for a country pair is stored only once: edit that one instead.</source>
        <translation>{field}: значение этого источника уже записано со стороны партнёра (отчитывающаяся страна не указана). Значение, опубликованное для пары стран, хранится только один раз: измените уже записанное.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_messages.py" line="155"/>
        <source>{field}: unknown country code.</source>
        <translation>{field}: неизвестный код страны.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="348"/>
        <source>Remove the control character {0} (character {1}): it cannot be stored.</source>
        <translation>Удалите управляющий символ {0} (позиция {1}): его нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/formatting.py" line="139"/>
        <source>USD {0} m</source>
        <translation>{0} млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="124"/>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/forms/history_dialog.py" line="55"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/history_dialog.py" line="56"/>
        <source>History of %1 #%2 %3</source>
        <translation>История: %1 № %2 %3</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="44"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="36"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="37"/>
        <source>Commitment revision</source>
        <translation>Пересмотр обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="42"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="50"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="43"/>
        <source>Import batch</source>
        <translation>Пакет импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="38"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="40"/>
        <source>Initiative–commitment link</source>
        <translation>Связь инициативы и обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="39"/>
        <source>Initiative–meeting link</source>
        <translation>Связь инициативы и встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="34"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="35"/>
        <source>Meeting participant</source>
        <translation>Участник встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="34"/>
        <source>Meeting partner country</source>
        <translation>Страна-партнёр встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="35"/>
        <source>Meeting topic</source>
        <translation>Тема встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="38"/>
        <source>Metric definition</source>
        <translation>Определение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="124"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="124"/>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="42"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="41"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="37"/>
        <source>Progress note</source>
        <translation>Заметка о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="44"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="36"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="43"/>
        <source>Trade figure</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="123"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>ImportHistoryView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="176"/>
        <source>%Ln figure(s) it added will be removed.</source>
        <translation>
            <numerusform>%Ln добавленная им запись будет удалена.</numerusform>
            <numerusform>%Ln добавленные им записи будут удалены.</numerusform>
            <numerusform>%Ln добавленных им записей будут удалены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="177"/>
        <source>%Ln figure(s) it changed will get the previous value back.</source>
        <translation>
            <numerusform>%Ln изменённая им запись получит прежнее значение.</numerusform>
            <numerusform>%Ln изменённые им записи получат прежние значения.</numerusform>
            <numerusform>%Ln изменённых им записей получат прежние значения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="110"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="43"/>
        <source>, %Ln restored.</source>
        <translation>
            <numerusform>, восстановлена %Ln.</numerusform>
            <numerusform>, восстановлены %Ln.</numerusform>
            <numerusform>, восстановлено %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history_view.py" line="42"/>
        <source>Import of {0} undone: %Ln figure(s) removed</source>
        <translation>
            <numerusform>Импорт {0} отменён: удалена %Ln запись</numerusform>
            <numerusform>Импорт {0} отменён: удалены %Ln записи</numerusform>
            <numerusform>Импорт {0} отменён: удалено %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {0} undone: {1} figures removed, {2} restored.</source>
        <translation type="vanished">Импорт {0} отменён: удалено значений — {1}, восстановлено — {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <location filename="../../desktop/views/import_history_view.py" line="214"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Inserted</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="216"/>
        <source>Mapped</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="235"/>
        <source>No imports yet. File &gt; Import trade figures… reads CSV and XLSX files; each import is listed here.</source>
        <translation>Импортов пока нет. Файл &gt; Импорт торговых данных… читает файлы CSV и XLSX; каждый импорт отображается здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="111"/>
        <source>Remove the figures the selected import added and give the figures it changed their previous values</source>
        <translation>Удалить значения, добавленные выбранным импортом, и вернуть изменённым им значениям прежние</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="230"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="215"/>
        <source>Simple</source>
        <translation>Простой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="215"/>
        <source>UN Comtrade</source>
        <translation>UN Comtrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="216"/>
        <source>UN Comtrade (legacy)</source>
        <translation>UN Comtrade (старый формат)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="220"/>
        <source>USD</source>
        <translation>долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="158"/>
        <location filename="../../desktop/views/import_history_view.py" line="165"/>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="174"/>
        <source>Undo the import of {0} ({1})?</source>
        <translation>Отменить импорт {0} ({1})?</translation>
    </message>
    <message>
        <source>Undo the import of {0} ({1})?
{2} figures it added are removed and {3} figures it changed get their previous values.</source>
        <translation type="vanished">Отменить импорт {0} ({1})?
Добавленные им значения ({2}) будут удалены, а изменённые им значения ({3}) получат прежние значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="213"/>
        <source>Undone {0}</source>
        <translation>Отменён {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="108"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="109"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="220"/>
        <source>million USD</source>
        <translation>млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history_view.py" line="219"/>
        <source>thousand USD</source>
        <translation>тыс. долл. США</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/import_messages.py" line="174"/>
        <source>UN Comtrade values are in US dollars; the unit thousand-usd does not apply</source>
        <translation>значения UN Comtrade указаны в долларах США; единица thousand-usd здесь неприменима</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="135"/>
        <source>a cell of the workbook holds more than {limit} characters, more than a spreadsheet cell can</source>
        <translation>ячейка книги содержит более {limit} символов — больше, чем вмещает ячейка электронной таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="211"/>
        <source>a figure with this reporter, partner, period, flow, product and source is stored already (edit it instead)</source>
        <translation>данные с такими отчитывающейся страной, партнёром, периодом, потоком, товаром и источником уже сохранены (измените их)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="63"/>
        <source>a flow code is required</source>
        <translation>код потока обязателен</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="62"/>
        <source>a flow is required (export or import)</source>
        <translation>поток обязателен (export или import)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="36"/>
        <source>a partner country code is required</source>
        <translation>код страны-партнёра обязателен</translation>
    </message>
    <message>
        <source>a period is required (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">период обязателен (ГГГГ, ГГГГ-ММ или ГГГГ-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="41"/>
        <source>a period is required (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM)</source>
        <translation>период обязателен (ГГГГ, ГГГГ-Sn, ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="58"/>
        <source>a product code is required (TOTAL or an HS code)</source>
        <translation>код товара обязателен (TOTAL или код ГС)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="94"/>
        <source>a quantity needs its unit (quantity_unit: t, kg, u, …)</source>
        <translation>для количества нужна единица (quantity_unit: t, kg, u, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="95"/>
        <source>a quantity unit needs its quantity</source>
        <translation>для единицы количества нужно само количество</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="111"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line} and holds {length} characters, more than a value may ({limit}): is its closing quote missing?</source>
        <translation>значение в кавычках начинается здесь и продолжается до строки {last_line} (строк: {lines}); его длина — {length} симв., больше допустимой ({limit}): не пропущена ли закрывающая кавычка?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="108"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line} that look like rows of the file: is its closing quote missing?</source>
        <translation>значение в кавычках начинается здесь и захватывает строки до {last_line} (строк: {lines}), похожие на строки данных файла: не пропущена ли закрывающая кавычка?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="105"/>
        <source>a quoted value opens here and runs over {lines} lines to line {last_line}, but this column never holds line breaks: is its closing quote missing?</source>
        <translation>значение в кавычках начинается здесь и продолжается до строки {last_line} (строк: {lines}), но в этом столбце переводов строки не бывает: не пропущена ли закрывающая кавычка?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="35"/>
        <source>a reporter country code is required</source>
        <translation>код отчитывающейся страны обязателен</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="145"/>
        <source>a row holds more than {limit} XML elements, more than the cells of a sheet&apos;s 16,384 columns</source>
        <translation>строка содержит более {limit} элементов XML — больше, чем ячеек в 16 384 столбцах листа</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="68"/>
        <location filename="../../desktop/import_messages.py" line="202"/>
        <source>a value is required</source>
        <translation>значение обязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="137"/>
        <source>a value stands in column {column}, beyond the {limit} columns a table may have</source>
        <translation>значение находится в столбце {column}, за пределами {limit} столбцов, допустимых в таблице</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="116"/>
        <source>a value starting in this row is longer than {limit} characters: is a closing quote missing?</source>
        <translation>значение, начинающееся в этой строке, длиннее {limit} символов: не пропущена ли закрывающая кавычка?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="182"/>
        <source>duplicate row: an earlier line has the same reporter, partner, period, flow, product and source</source>
        <translation>повторяющаяся строка: в одной из предыдущих строк те же отчитывающаяся страна, партнёр, период, поток, товар и источник</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="180"/>
        <source>duplicate row: line {first_line} has the same reporter, partner, period, flow, product and source</source>
        <translation>повторяющаяся строка: в строке {first_line} те же отчитывающаяся страна, партнёр, период, поток, товар и источник</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="172"/>
        <source>format “mapped” needs a column mapping, and none is saved for these columns</source>
        <translation>для формата «mapped» нужно сопоставление столбцов, а для этих столбцов оно не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="161"/>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="184"/>
        <source>line {first_line} tells the same figure of this source from the partner&apos;s side (reporter not stated): it is stored once</source>
        <translation>в строке {first_line} то же значение этого источника, указанное со стороны партнёра (отчитывающаяся страна не указана): оно сохраняется один раз</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="165"/>
        <source>missing columns: {columns}</source>
        <translation>нет столбцов: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="166"/>
        <source>missing columns: {columns} (the header was read as {count} column(s) with the delimiter {delimiter}; the file seems to use {likely})</source>
        <translation>нет столбцов: {columns} (в заголовке прочитано столбцов: {count}, разделитель: {delimiter}; похоже, в файле другой разделитель: {likely})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="120"/>
        <source>not a readable XLSX workbook (damaged): {detail}</source>
        <translation>книга XLSX не читается (повреждена): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="118"/>
        <source>not a readable XLSX workbook (damaged, or not saved by a spreadsheet program): {detail}</source>
        <translation>книга XLSX не читается (повреждена или сохранена не программой электронных таблиц): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="162"/>
        <source>not a regular file (a pipe, device or socket): save the table as a file</source>
        <translation>не обычный файл (канал, устройство или сокет): сохраните таблицу в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="99"/>
        <source>not readable as CSV: {detail}</source>
        <translation>не читается как CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="40"/>
        <source>partner and reporter must differ ({value})</source>
        <translation>партнёр и отчитывающаяся страна должны различаться ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="80"/>
        <source>remove the control character {char} (character {position}): it cannot be stored</source>
        <translation>удалите управляющий символ {char} (позиция {position}): его нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="82"/>
        <source>remove the half of a character {char} (character {position}): it cannot be stored</source>
        <translation>удалите неполный символ {char} (позиция {position}): его нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="209"/>
        <source>row {row} has the same reporter, partner, period, flow, product and source</source>
        <translation>в строке {row} те же отчитывающаяся страна, партнёр, период, поток, товар и источник</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="213"/>
        <source>row {row} tells the same figure of this source from the partner&apos;s side (reporter not stated)</source>
        <translation>в строке {row} то же значение этого источника, указанное со стороны партнёра (отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="228"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="219"/>
        <source>the block has {value} columns; expected reporter, partner, period, flow, product, value_usd and optionally source and note</source>
        <translation>в блоке столбцов: {value}; ожидаются reporter, partner, period, flow, product, value_usd и при необходимости source и note</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="147"/>
        <source>the cell holds {length} characters, more than a spreadsheet cell can ({limit})</source>
        <translation>в ячейке {length} симв. — больше, чем вмещает ячейка электронной таблицы ({limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="222"/>
        <source>the clipboard holds no rows; copy cells in a spreadsheet first</source>
        <translation>в буфере обмена нет строк; сначала скопируйте ячейки в электронной таблице</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="200"/>
        <source>the column “{column}” (for {field}) is not in the header</source>
        <translation>столбца «{column}» (для {field}) нет в заголовке</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="217"/>
        <source>the column “{value}” appears twice</source>
        <translation>столбец «{value}» встречается дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="218"/>
        <source>the column “{value}” is missing</source>
        <translation>нет столбца «{value}»</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="169"/>
        <source>the columns are in no known layout (simple, UN Comtrade, UN Comtrade legacy) and no column mapping is saved for them: map the columns</source>
        <translation>столбцы не соответствуют ни одному известному формату (simple, UN Comtrade, UN Comtrade legacy), и сопоставление для них не сохранено: сопоставьте столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="195"/>
        <source>the field “{field}” needs a column or a constant</source>
        <translation>для поля «{field}» нужен столбец или постоянное значение</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="190"/>
        <source>the figure with this reporter, partner, period, flow, product and source is stored with reporter_stated {stored}, but this line says {given}: an import does not change that; edit the figure instead</source>
        <translation>данные с такими отчитывающейся страной, партнёром, периодом, потоком, товаром и источником сохранены с reporter_stated {stored}, а в этой строке указано {given}: импорт этого не меняет; измените сами данные</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="177"/>
        <source>the figures of {reporter} {partner} {period} {flow}, chapter {chapter}, add up to more than the database can hold as a sum</source>
        <translation>сумма данных {reporter} {partner} {period} {flow}, глава {chapter}, превышает максимальное значение суммы, которое может хранить база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="164"/>
        <source>the file cannot be read: {detail}</source>
        <translation>файл не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="160"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="179"/>
        <source>the file has a header but no data rows</source>
        <translation>в файле есть заголовок, но нет строк с данными</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="155"/>
        <source>the file holds binary data (NUL bytes), not a text table: is it really a CSV file?</source>
        <translation>файл содержит двоичные данные (байты NUL), а не текстовую таблицу: это действительно файл CSV?</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="157"/>
        <source>the file is empty: no header row and no data</source>
        <translation>файл пуст: нет ни строки заголовка, ни данных</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="151"/>
        <source>the header row {row} is empty or not among the first rows</source>
        <translation>строка заголовка {row} пуста или не входит в первые строки</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="176"/>
        <source>the header says thousand US dollars but the unit usd was asked for</source>
        <translation>в заголовке указаны тысячи долларов США, но запрошена единица usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="84"/>
        <source>the line has {cells} cells but the header has {columns} columns (a value holding the delimiter without quotes?)</source>
        <translation>в строке ячеек: {cells}, а в заголовке столбцов: {columns} (значение с разделителем без кавычек?)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="114"/>
        <source>the line is longer than {limit} characters: not a table of trade figures</source>
        <translation>строка длиннее {limit} символов: это не таблица торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="67"/>
        <source>the note is longer than {limit} characters</source>
        <translation>примечание длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="93"/>
        <source>the quantity unit is longer than {limit} characters</source>
        <translation>единица количества длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="221"/>
        <source>the row has more cells than the block has columns</source>
        <translation>в строке больше ячеек, чем столбцов в блоке</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="149"/>
        <source>the sheet “{sheet}” cannot be read (damaged workbook): {detail}</source>
        <translation>лист «{sheet}» не читается (книга повреждена): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="66"/>
        <source>the source is longer than {limit} characters</source>
        <translation>источник длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="97"/>
        <source>the text is not valid {encoding}; name the file&apos;s encoding (utf-8, cp1251, cp1252)</source>
        <translation>текст не в кодировке {encoding}; укажите кодировку файла (utf-8, cp1251, cp1252)</translation>
    </message>
    <message>
        <source>the unit “{value}” is not usd or thousand-usd</source>
        <translation type="vanished">единица «{value}» — не usd и не thousand-usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="196"/>
        <source>the unit “{value}” is not usd, thousand-usd or million-usd</source>
        <translation>единица «{value}» — не usd, не thousand-usd и не million-usd</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="158"/>
        <source>the workbook has no sheet “{sheet}” (sheets: {sheets})</source>
        <translation>в книге нет листа «{sheet}» (листы: {sheets})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="133"/>
        <source>the workbook holds more than {limit} different texts, more than a workbook may (save the table as CSV)</source>
        <translation>книга содержит более {limit} различных текстов — больше, чем допустимо для книги (сохраните таблицу как CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="121"/>
        <source>the workbook is damaged here: {detail}</source>
        <translation>книга повреждена в этом месте: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="159"/>
        <source>the workbook is empty: no sheet holds any data</source>
        <translation>книга пуста: ни на одном листе нет данных</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="122"/>
        <source>the workbook needs more memory than this computer has free: save the table as CSV</source>
        <translation>для чтения книги нужно больше памяти, чем свободно на этом компьютере: сохраните таблицу как CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="128"/>
        <source>the workbook part {part} unpacks to {size} MB, more than the {limit} MB a part may (damaged, or not saved by a spreadsheet program)</source>
        <translation>часть книги {part} в распакованном виде занимает {size} МБ — больше допустимых для части {limit} МБ (книга повреждена или сохранена не программой электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="124"/>
        <source>the workbook unpacks to {size} MB, more than the {limit} MB a workbook may (save the table as CSV, or split it)</source>
        <translation>книга в распакованном виде занимает {size} МБ — больше допустимых {limit} МБ (сохраните таблицу как CSV или разделите её)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="131"/>
        <source>the workbook&apos;s styles and other parts hold more than {limit} XML elements (damaged, or not saved by a spreadsheet program)</source>
        <translation>стили и другие части книги содержат более {limit} элементов XML (книга повреждена или сохранена не программой электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="126"/>
        <source>the workbook&apos;s texts unpack to {size} MB, more than the {limit} MB a workbook may hold (save the table as CSV)</source>
        <translation>тексты книги в распакованном виде занимают {size} МБ — больше допустимых для книги {limit} МБ (сохраните таблицу как CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="142"/>
        <source>the worksheet {part} holds more than the {limit} rows a worksheet can have (damaged, or not saved by a spreadsheet program)</source>
        <translation>на листе {part} больше {limit} строк — больше, чем может быть на листе (книга повреждена или сохранена не программой электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="139"/>
        <source>the worksheet {part} holds more than {limit} MB before its cells (damaged, or not saved by a spreadsheet program)</source>
        <translation>лист {part} содержит более {limit} МБ данных перед ячейками (книга повреждена или сохранена не программой электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="152"/>
        <source>this is a password-protected (encrypted) XLSX workbook or an old binary .xls file: open it in a spreadsheet program and save it as .xlsx without a password, or as CSV</source>
        <translation>это защищённая паролем (зашифрованная) книга XLSX или старый двоичный файл .xls: откройте его в программе электронных таблиц и сохраните как .xlsx без пароля или как CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="102"/>
        <source>this line is UTF-8, but line {first_line} before it is not ({encoding}?): the file mixes encodings; save it in one encoding (UTF-8)</source>
        <translation>эта строка в кодировке UTF-8, а предшествующая ей строка {first_line} — нет ({encoding}?): в файле смешаны кодировки; сохраните его в одной кодировке (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="100"/>
        <source>this line is not UTF-8, but line {first_line} before it is: the file mixes encodings; save it in one encoding (UTF-8)</source>
        <translation>эта строка не в кодировке UTF-8, а предшествующая ей строка {first_line} — в UTF-8: в файле смешаны кодировки; сохраните его в одной кодировке (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="187"/>
        <source>this source&apos;s figure is already stored, told from the partner&apos;s side ({reporter} {partner} {flow}, reporter not stated)</source>
        <translation>значение этого источника уже сохранено со стороны партнёра ({reporter} {partner} {flow}, отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="229"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="232"/>
        <source>{name} “{char}”</source>
        <translation>{name} «{char}»</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="231"/>
        <source>“{char}”</source>
        <translation>«{char}»</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="208"/>
        <source>“{value}” has more decimals than whole cents allow</source>
        <translation>в «{value}» больше знаков после запятой, чем допускают целые центы</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="92"/>
        <source>“{value}” has more than {places} decimals</source>
        <translation>в «{value}» больше {places} знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="74"/>
        <source>“{value}” has more than {places} decimals: values are stored in whole cents</source>
        <translation>в «{value}» больше {places} знаков после запятой: значения хранятся в целых центах</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="78"/>
        <source>“{value}” has more than {places} decimals: values in million US dollars are stored in whole cents</source>
        <translation>в «{value}» больше {places} знаков после запятой: значения в миллионах долларов США хранятся с точностью до цента</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="76"/>
        <source>“{value}” has more than {places} decimals: values in thousand US dollars are stored in whole cents</source>
        <translation>в «{value}» больше {places} знаков после запятой: значения в тысячах долларов США хранятся с точностью до цента</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="203"/>
        <source>“{value}” holds a thousands separator; write the number without grouping, with “.” as the decimal point</source>
        <translation>«{value}» содержит разделитель разрядов; запишите число без группировки, с «.» в качестве десятичного разделителя</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="205"/>
        <source>“{value}” holds a thousands separator; write the number without grouping, with “.” or “{decimal_point}” as the decimal point</source>
        <translation>«{value}» содержит разделитель разрядов; запишите число без группировки, с «.» или «{decimal_point}» в качестве десятичного разделителя</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="37"/>
        <source>“{value}” is an aggregate such as World, not a reporting country</source>
        <translation>«{value}» — это агрегат, например «Мир», а не отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="199"/>
        <source>“{value}” is mapped to “{flow}”, which is not a flow</source>
        <translation>«{value}» сопоставлено с «{flow}», а это не поток</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="197"/>
        <source>“{value}” is mapped to “{product}”, which is not TOTAL or an HS code</source>
        <translation>«{value}» сопоставлено с «{product}», а это не TOTAL и не код ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="88"/>
        <source>“{value}” is negative; quantities and net weights must not be negative</source>
        <translation>«{value}» — отрицательное число; количество и масса нетто не могут быть отрицательными</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="73"/>
        <source>“{value}” is negative; trade values must not be negative</source>
        <translation>«{value}» отрицательно; стоимость торговли не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="59"/>
        <source>“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits</source>
        <translation>«{value}» — не TOTAL и не код ГС из 2, 4, 6, 8 или 10 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="60"/>
        <source>“{value}” is not TOTAL or an HS code of 2, 4, 6, 8 or 10 digits (a leading zero lost? keep product codes as text)</source>
        <translation>«{value}» — не TOTAL и не код ГС из 2, 4, 6, 8 или 10 цифр (потерян ведущий ноль? храните коды товаров как текст)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="215"/>
        <source>“{value}” is not a column name (reporter, partner, period, flow, product, value_usd, source, note)</source>
        <translation>«{value}» — не название столбца (reporter, partner, period, flow, product, value_usd, source, note)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="194"/>
        <source>“{value}” is not a field (fields: {fields})</source>
        <translation>«{value}» — не поле (поля: {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="64"/>
        <source>“{value}” is not a flow (export, import, re-export, re-import, turnover)</source>
        <translation>«{value}» — не поток (export, import, re-export, re-import, turnover)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="39"/>
        <source>“{value}” is not a known ISO alpha-3 country code</source>
        <translation>«{value}» — неизвестный код страны ISO alpha-3</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="69"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="70"/>
        <source>“{value}” is not a number (use “.” as the decimal point and no thousands separators)</source>
        <translation>«{value}» — не число (используйте «.» как десятичный разделитель и не разделяйте разряды)</translation>
    </message>
    <message>
        <source>“{value}” is not a period (YYYY, YYYY-MM or YYYY-Qn)</source>
        <translation type="vanished">«{value}» — не период (ГГГГ, ГГГГ-ММ или ГГГГ-Qn)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="43"/>
        <source>“{value}” is not a period (YYYY, YYYY-Sn for a half-year, YYYY-Qn, YYYY-MM, or YYYY-MM/YYYY-MM for months within one year)</source>
        <translation>«{value}» — не период (ГГГГ, ГГГГ-Sn для полугодия, ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ для месяцев в пределах одного года)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="55"/>
        <source>“{value}” is not a period (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM, YYYY-MM/YYYY-MM, or words such as “январь–сентябрь 2024”, “I полугодие 2025”, “Jan–Sep 2024”, “H1 2025”)</source>
        <translation>«{value}» — не период (ГГГГ, ГГГГ-Sn, ГГГГ-Qn, ГГГГ-ММ, ГГГГ-ММ/ГГГГ-ММ или словами, например «январь–сентябрь 2024», «I полугодие 2025», «Jan–Sep 2024», «H1 2025»)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="51"/>
        <source>“{value}” is not a period: a span of months must lie within one year and end after it starts</source>
        <translation>«{value}» — не период: диапазон месяцев должен лежать в пределах одного года и заканчиваться после своего начала</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="50"/>
        <source>“{value}” is not a period: the half-year must be S1 or S2</source>
        <translation>«{value}» — не период: полугодие должно быть S1 или S2</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="46"/>
        <source>“{value}” is not a period: the month must be 01 to 12</source>
        <translation>«{value}» — не период: месяц должен быть от 01 до 12</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="47"/>
        <source>“{value}” is not a period: the quarter must be Q1 to Q4</source>
        <translation>«{value}» — не период: квартал должен быть от Q1 до Q4</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="48"/>
        <source>“{value}” is not a period: the year must be between {first_year} and {last_year}</source>
        <translation>«{value}» — не период: год должен быть от {first_year} до {last_year}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="86"/>
        <source>“{value}” is not yes or no (is the reporter stated? yes, no; also true/false, 1/0)</source>
        <translation>«{value}» — не yes и не no (указана ли отчитывающаяся страна? yes, no или да, нет; также true/false, 1/0)</translation>
    </message>
    <message>
        <source>“{value}” is too large</source>
        <translation type="vanished">«{value}» — слишком большое число</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="72"/>
        <source>“{value}” is too large: a figure is at most USD {limit}</source>
        <translation>«{value}» — слишком большое число: значение не может превышать {limit} долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="90"/>
        <source>“{value}” is too large: a quantity or net weight is below 10^15</source>
        <translation>«{value}» — слишком большое число: количество и масса нетто должны быть меньше 10^15</translation>
    </message>
    <message>
        <location filename="../../desktop/import_messages.py" line="53"/>
        <source>“{value}” names no year: write the period with its year (such as “январь–сентябрь 2024” or “I полугодие 2025”)</source>
        <translation>в «{value}» не указан год: запишите период с годом (например, «январь–сентябрь 2024» или «I полугодие 2025»)</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesEditor</name>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="123"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="124"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="126"/>
        <source>Paste lines copied from a spreadsheet: period, value, source and, optionally, a note, separated by tabs</source>
        <translation>Вставить строки, скопированные из электронной таблицы: период, значение, источник и, при необходимости, примечание, разделённые табуляцией</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="125"/>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="128"/>
        <source>Periods as in trade figures: 2024, 2024-Q1, 2024-03, 2024-S1 or 2024-01/2024-09</source>
        <translation>Периоды — как в торговых данных: 2024, 2024-Q1, 2024-03, 2024-S1 или 2024-01/2024-09</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="122"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="228"/>
        <source>&amp;Add milestone</source>
        <translation>&amp;Добавить контрольную точку</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="215"/>
        <source>&amp;Due date</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="238"/>
        <source>&amp;Initiative</source>
        <translation>&amp;Инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="225"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Контрольные точки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>&amp;Owner</source>
        <translation>Отв&amp;етственный</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <source>&amp;Partner country</source>
        <translation>Страна-п&amp;артнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="229"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <location filename="../../desktop/forms/initiative_form.py" line="232"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="318"/>
        <source>A title is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="237"/>
        <source>Add a milestone to edit it here</source>
        <translation>Добавьте контрольную точку, чтобы изменить её здесь</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="216"/>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="218"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="217"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="215"/>
        <source>D&amp;escription</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="234"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="235"/>
        <source>Done &amp;on</source>
        <translation>Дата в&amp;ыполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="233"/>
        <source>Due &amp;date</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="247"/>
        <source>Edit initiative – {0}</source>
        <translation>Изменить инициативу – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="217"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="239"/>
        <source>Lin&amp;ks</source>
        <translation>Св&amp;язи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="224"/>
        <source>Linked &amp;commitments</source>
        <translation>Связанные &amp;обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="223"/>
        <source>Linked m&amp;eetings</source>
        <translation>Связанные в&amp;стречи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="227"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="324"/>
        <source>Milestone {0}: a title is required.</source>
        <translation>Контрольная точка {0}: название обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="327"/>
        <source>Milestone {0}: {1}</source>
        <translation>Контрольная точка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="240"/>
        <source>Milestone&amp;s</source>
        <translation>Контрольные &amp;точки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="230"/>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="231"/>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="245"/>
        <source>New initiative</source>
        <translation>Новая инициатива</translation>
    </message>
    <message>
        <source>Notes can be added once the initiative is saved.</source>
        <translation type="vanished">Заметки можно добавлять после сохранения инициативы.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="241"/>
        <source>Progress &amp;log</source>
        <translation>&amp;Журнал хода выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="216"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="213"/>
        <source>Se&amp;ctor</source>
        <translation>От&amp;расль</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>St&amp;atus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="214"/>
        <source>Sta&amp;rt date</source>
        <translation>Дата на&amp;чала</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="218"/>
        <source>Stalled</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="333"/>
        <source>The due date must not be before the start date ({0}).</source>
        <translation>Срок не может быть раньше даты начала ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="243"/>
        <source>They are stored with the initiative when you save it.</source>
        <translation>Заметки записываются в базу данных вместе с инициативой при её сохранении.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/initiative_form.py" line="222"/>
        <source>e.g. Agriculture</source>
        <translation>напр. Сельское хозяйство</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>
… and {0} more</source>
        <translation type="vanished">
… и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="441"/>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="478"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="471"/>
        <source>&amp;Backup now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="473"/>
        <source>&amp;Check database…</source>
        <translation>&amp;Проверить базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="475"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474"/>
        <location filename="../../desktop/main_window.py" line="487"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="466"/>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Экспорт списка в CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="485"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="475"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="476"/>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="467"/>
        <source>&amp;Import trade figures…</source>
        <translation>&amp;Импорт торговых данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="465"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="465"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="469"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="470"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="477"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="477"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="482"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="489"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="488"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1224"/>
        <source>About {0}</source>
        <translation>О программе {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1111"/>
        <source>Backed up automatically to {0}</source>
        <translation>Автоматическая резервная копия: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1082"/>
        <source>Backed up to {0}</source>
        <translation>Резервная копия: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1075"/>
        <location filename="../../desktop/main_window.py" line="1101"/>
        <source>Backing up {0}…</source>
        <translation>Резервное копирование {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="877"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="456"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="800"/>
        <source>Commitment Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Commitment Tracker (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="808"/>
        <source>Commitment Tracker databases (*.sqlite)</source>
        <translation>Базы данных Commitment Tracker (*.sqlite)</translation>
    </message>
    <message>
        <source>Commitments &amp;&amp; metrics</source>
        <translation type="vanished">Обязательства и показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="454"/>
        <source>Commitments and metrics</source>
        <translation>Обязательства и показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="452"/>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="444"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="718"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete the {0} {1}?</source>
        <translation type="vanished">Удалить запись «{1}» ({0})?</translation>
    </message>
    <message>
        <source>Delete these {0} {1}?</source>
        <translation type="vanished">Удалить выбранные записи ({1}, всего {0})?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="468"/>
        <source>E&amp;xport trade figures…</source>
        <translation>Э&amp;кспорт торговых данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="470"/>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="vanished">Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="876"/>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="891"/>
        <source>Exported %Ln row(s) to {0}</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в {0}</numerusform>
            <numerusform>Экспортированы %Ln строки в {0}</numerusform>
            <numerusform>Экспортировано %Ln строк в {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="944"/>
        <source>Exported %Ln trade figure(s) to {0}</source>
        <translation>
            <numerusform>Экспортирована %Ln запись торговых данных в {0}</numerusform>
            <numerusform>Экспортированы %Ln записи торговых данных в {0}</numerusform>
            <numerusform>Экспортировано %Ln записей торговых данных в {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation type="vanished">Экспортировано строк: {0} в {1}</translation>
    </message>
    <message>
        <source>Exported {0} trade figures to {1}</source>
        <translation type="vanished">Экспортировано торговых данных: {0} в {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="919"/>
        <source>Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped</source>
        <translation>Импортирован {0}: добавлено {1}, обновлено {2}, без изменений {3}, пропущено {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="454"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="453"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="612"/>
        <source>Meetings: {meetings} · Commitments: {commitments} · Initiatives: {initiatives} · People: {people} · Trade figures: {trade_figures}</source>
        <translation>Встречи: {meetings} · Обязательства: {commitments} · Инициативы: {initiatives} · Персоны: {people} · Торговые данные: {trade_figures}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="807"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1062"/>
        <source>Nothing can be changed: the database is read-only ({0}).</source>
        <translation>Ничего изменить нельзя: база данных доступна только для чтения ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="933"/>
        <source>Nothing exported: correct the Trade page&apos;s filter first</source>
        <translation>Ничего не экспортировано: сначала исправьте фильтр на странице «Торговля»</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="486"/>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="799"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>People &amp;&amp; organisations</source>
        <translation type="vanished">Персоны и организации</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="455"/>
        <source>People and organisations</source>
        <translation>Персоны и организации</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="469"/>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="449"/>
        <source>Read-only: {0}</source>
        <translation>Только чтение: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="321"/>
        <location filename="../../desktop/main_window.py" line="484"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="472"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restored {0} from {1}.</source>
        <translation type="vanished">{0} восстановлен из {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1188"/>
        <source>Restored {0} from {1}: {2}.</source>
        <translation>База данных {0} восстановлена из {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1160"/>
        <source>Restoring {0}…</source>
        <translation>Восстановление {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1085"/>
        <source>Rotation removed %n older backup(s) (backups made with Backup now and copies taken before an import, restore or repair are kept at least {0} days).</source>
        <translation>
            <numerusform>При ротации удалена %n старая резервная копия (копии, созданные командой «Создать резервную копию», и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {0} дней).</numerusform>
            <numerusform>При ротации удалены %n старые резервные копии (копии, созданные командой «Создать резервную копию», и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {0} дней).</numerusform>
            <numerusform>При ротации удалено %n старых резервных копий (копии, созданные командой «Создать резервную копию», и копии, сделанные перед импортом, восстановлением или исправлением, хранятся не менее {0} дней).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1009"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1012"/>
        <source>Sent %Ln page(s) to the printer</source>
        <translation>
            <numerusform>На принтер отправлена %Ln страница</numerusform>
            <numerusform>На принтер отправлены %Ln страницы</numerusform>
            <numerusform>На принтер отправлено %Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer</source>
        <translation type="vanished">Отправлено на принтер страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="583"/>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1115"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Автоматическое резервное копирование не удалось: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1107"/>
        <source>The backup at close failed: {0}
Your changes are saved in the database itself.</source>
        <translation>Резервное копирование при закрытии не удалось: {0}
Ваши изменения сохранены в самой базе данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1078"/>
        <source>The backup failed: {0}</source>
        <translation>Резервное копирование не удалось: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1182"/>
        <source>The backup was not restored: {0}</source>
        <translation>Резервная копия не восстановлена: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1191"/>
        <source>The previous state is kept in {0}.</source>
        <translation>Прежнее состояние сохранено в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="860"/>
        <source>This database is empty. Load the example (Kyrgyzstan–Belarus, Almaty 2025) to see how the application works? You can delete it later.</source>
        <translation>База данных пуста. Загрузить пример (Кыргызстан–Беларусь, Алматы, 2025), чтобы увидеть, как работает программа? Его можно удалить позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="452"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="491"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="455"/>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="317"/>
        <location filename="../../desktop/main_window.py" line="483"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="vanished">Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="449"/>
        <location filename="../../desktop/main_window.py" line="1060"/>
        <source>opened read-only</source>
        <translation>открыта только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1167"/>
        <source>{0} cannot be opened after the restore: {1}</source>
        <translation>{0} не удаётся открыть после восстановления: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="584"/>
        <source>{0} could not be refreshed and may show the database as it was before: {1}</source>
        <translation>Не удалось обновить: {0}. Там может отображаться прежнее состояние базы данных. Причина: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="815"/>
        <source>{0} exists already; use Open.</source>
        <translation>{0} уже существует; используйте «Открыть».</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1234"/>
        <source>{0} {1}

Tracks bilateral intergovernmental commitments, initiatives and trade figures.

Qt {2} · PySide6 {3}
Python {4}
SQLite {5}</source>
        <translation>{0} {1}

Отслеживает двусторонние межправительственные обязательства, инициативы и торговые данные.

Qt {2} · PySide6 {3}
Python {4}
SQLite {5}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="508"/>
        <source>&amp;Add participant</source>
        <translation>Добави&amp;ть участника</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="481"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="483"/>
        <source>&amp;Forum / event</source>
        <translation>&amp;Форум / мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="493"/>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="494"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="480"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="490"/>
        <source>&amp;Verbatim source text</source>
        <translation>Дословный &amp;текст источника</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="587"/>
        <source>Choose a person from the list, or create them with “New person…”.</source>
        <translation>Выберите персону из списка или создайте её кнопкой «Новая персона…».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="505"/>
        <source>Choose a position or type a title</source>
        <translation>Выберите должность или введите её название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="414"/>
        <source>Commitment made: {0} (deadline {1})</source>
        <translation>Принято обязательство: {0} (срок {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="418"/>
        <source>Commitment {0} on {1}: {2}</source>
        <translation>Обязательство {0} от {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="507"/>
        <source>Create a person who is not in the list yet</source>
        <translation>Создать персону, которой ещё нет в списке</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="492"/>
        <source>D&amp;etails</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="513"/>
        <source>Double-click a position (or press F2) to change it</source>
        <translation>Дважды щёлкните должность (или нажмите F2), чтобы изменить её</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="517"/>
        <source>Edit meeting – {0}</source>
        <translation>Изменить встречу – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="422"/>
        <source>Initiative: {0} ({1})</source>
        <translation>Инициатива: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="506"/>
        <source>Ne&amp;w person…</source>
        <translation>Новая пе&amp;рсона…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="515"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="426"/>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="482"/>
        <source>P&amp;lace</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="487"/>
        <source>Participant l&amp;ist</source>
        <translation>Список у&amp;частников</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="484"/>
        <source>Partner &amp;countries</source>
        <translation>Стр&amp;аны-партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="501"/>
        <source>Perso&amp;n</source>
        <translation>Перс&amp;она</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="511"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="503"/>
        <source>Position &amp;held then</source>
        <translation>Должность &amp;в то время</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="511"/>
        <source>Position held then</source>
        <translation>Должность в то время</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="496"/>
        <source>Pr&amp;oduced</source>
        <translation>Ито&amp;ги</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="497"/>
        <source>Produced at this &amp;meeting (double-click an item to open it):</source>
        <translation>Итоги этой &amp;встречи (двойной щелчок открывает запись):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="509"/>
        <source>Re&amp;move participant</source>
        <translation>У&amp;брать участника</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="499"/>
        <source>Separate topics with commas</source>
        <translation>Разделяйте темы запятыми</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="489"/>
        <source>Source &amp;URL</source>
        <translation>&amp;URL источника</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="488"/>
        <source>Source c&amp;itation</source>
        <translation>Сс&amp;ылка на источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="486"/>
        <source>Summar&amp;y</source>
        <translation>&amp;Резюме</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="485"/>
        <source>Top&amp;ics</source>
        <translation>Т&amp;емы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="502"/>
        <source>Type part of a name</source>
        <translation>Введите часть имени</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="442"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="444"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="438"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="443"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="443"/>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="442"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="438"/>
        <source>reaffirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="444"/>
        <source>stalled</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/meeting_form.py" line="593"/>
        <source>{0} is already listed as a participant.</source>
        <translation>{0} уже есть в списке участников.</translation>
    </message>
</context>
<context>
    <name>MetricDefinitionDialog</name>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="735"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Flow</source>
        <translation>&amp;Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="418"/>
        <source>&amp;Partner</source>
        <translation>П&amp;артнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="418"/>
        <source>&amp;Reporter (whose statistics)</source>
        <translation>&amp;Отчитывающаяся страна (чья статистика)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="421"/>
        <source>&amp;Sources</source>
        <translation>Исто&amp;чники</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="416"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="417"/>
        <source>&amp;Values</source>
        <translation>&amp;Значения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="518"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="521"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="523"/>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="598"/>
        <source>A name is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>A product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="792"/>
        <source>A third country&apos;s statistics.</source>
        <translation>Статистика третьей страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>All goods</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="430"/>
        <source>Also count figures whose reporter is not stated</source>
        <translation>Учитывать также данные без указания отчитывающейся страны</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="448"/>
        <source>Annual (calendar years)</source>
        <translation>Годовые (календарные годы)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="600"/>
        <source>Another metric definition has this name.</source>
        <translation>Другое определение показателя уже носит это название.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="672"/>
        <source>Choose a product group from the list.</source>
        <translation>Выберите товарную группу из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="425"/>
        <source>Default order</source>
        <translation>Порядок по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="771"/>
        <source>Default order: national statistics first, international compilations last.</source>
        <translation>Порядок по умолчанию: сначала национальная статистика, в конце — международные базы данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="768"/>
        <source>Default order: national statistics first, then international compilations, then figures whose reporter is not stated.</source>
        <translation>Порядок по умолчанию: сначала национальная статистика, затем международные базы данных, затем данные без указания отчитывающейся страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="421"/>
        <source>Descr&amp;iption</source>
        <translation>Опи&amp;сание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="424"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="428"/>
        <source>Each figure is taken from the first source in this list that reports it; two sources are never added up</source>
        <translation>Каждое значение берётся из первого источника в этом списке, который его приводит; данные двух источников никогда не суммируются</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="462"/>
        <source>Edit metric definition – {0}</source>
        <translation>Изменить определение показателя – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="435"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="431"/>
        <source>Figures published for the two countries without saying whose statistics they are count as sources of their own. They come after the reporter&apos;s own sources unless you move them up in Sources.</source>
        <translation>Данные, опубликованные для пары стран без указания, чья это статистика, считаются отдельными источниками. Они идут после собственных источников отчитывающейся страны, если вы не переместите их выше в списке «Источники».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="419"/>
        <source>HS &amp;chapters</source>
        <translation>&amp;Главы ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="446"/>
        <source>HS chapters</source>
        <translation>Главы ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="436"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="439"/>
        <source>Indicator entered by hand</source>
        <translation>Индикатор, вводимый вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="657"/>
        <source>Name the HS chapters, e.g. 01-24,30.</source>
        <translation>Укажите главы ГС, напр. 01-24,30.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="461"/>
        <source>New metric definition</source>
        <translation>Новое определение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="786"/>
        <source>No home country is set (Tools &gt; Settings).</source>
        <translation>Своя страна не задана (Сервис &gt; Настройки).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="765"/>
        <source>No trade figures of this pair yet: their sources will be taken in the default order (national statistics first).</source>
        <translation>Торговых данных по этой паре стран пока нет: их источники будут учитываться в порядке по умолчанию (сначала национальная статистика).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="788"/>
        <source>Our own statistics.</source>
        <translation>Наша собственная статистика.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="420"/>
        <source>Period &amp;basis</source>
        <translation>Период&amp;ичность</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="460"/>
        <source>Plots and reports will say:</source>
        <translation>На графиках и в отчётах будет написано:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="419"/>
        <source>Pro&amp;ducts</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="420"/>
        <source>Product &amp;group</source>
        <translation>Товарная г&amp;руппа</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="449"/>
        <source>Rolling 12 months (monthly data)</source>
        <translation>Скользящие 12 месяцев (месячные данные)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="455"/>
        <source>Rolling: each point sums the 12 months up to a month, so the latest data count before the year is complete</source>
        <translation>Скользящие: каждая точка суммирует 12 месяцев по данный месяц включительно, поэтому последние данные учитываются до завершения года</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="458"/>
        <source>Swap reporter and partner (and exports with imports): the same trade as the other country reports it</source>
        <translation>Поменять местами отчитывающуюся страну и партнёра (и экспорт с импортом): та же торговля, как её отражает другая страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="649"/>
        <location filename="../../desktop/forms/metric_definition_form.py" line="670"/>
        <source>The partner must differ from the reporter.</source>
        <translation>Партнёр должен отличаться от отчитывающейся страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="790"/>
        <source>The partner&apos;s statistics: mirror figures of our trade with it.</source>
        <translation>Статистика партнёра: зеркальные данные нашей торговли с ним.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="426"/>
        <source>The reporter&apos;s national statistics first, international compilations last</source>
        <translation>Сначала национальная статистика отчитывающейся страны, в конце — международные базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="445"/>
        <source>The unit every value of the metric is shown with</source>
        <translation>Единица, в которой показываются все значения показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="668"/>
        <source>These are not HS chapters.</source>
        <translation>Это не главы ГС.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="438"/>
        <source>Trade quantity</source>
        <translation>Торговля: количество</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="438"/>
        <source>Trade value</source>
        <translation>Торговля: стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="441"/>
        <source>Trade value: US dollars summed from trade figures. Trade quantity: their quantity in one unit (t, kg, u…). Indicator: values you type or paste per period, each with its source.</source>
        <translation>«Торговля: стоимость» — сумма торговых данных в долларах США. «Торговля: количество» — их количество в одной единице (t, kg, u…). Индикатор — значения, которые вы вводите или вставляете по периодам, каждое со своим источником.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="435"/>
        <source>Turnover (exports + imports)</source>
        <translation>Товарооборот (экспорт + импорт)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="453"/>
        <source>Two-digit HS chapters from 01 to 97: single chapters and ranges, separated by commas</source>
        <translation>Двузначные главы ГС от 01 до 97: отдельные главы и диапазоны через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="423"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="457"/>
        <source>Use the other side&apos;s figures</source>
        <translation>Использовать данные другой стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="736"/>
        <source>Used by {0} commitment(s): {1}{2}. Changing the definition changes their actual values.</source>
        <translation>Используется обязательствами ({0}): {1}{2}. Изменение определения меняет их фактические значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="661"/>
        <source>Write two-digit chapters from 01 to 97, single or as ranges, separated by commas (e.g. 01-24,30).</source>
        <translation>Укажите двузначные главы от 01 до 97, по отдельности или диапазонами, через запятую (напр. 01-24,30).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="774"/>
        <source>Your order: each figure comes from the first source that has it.</source>
        <translation>Ваш порядок: каждое значение берётся из первого источника, в котором оно есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="452"/>
        <source>e.g. 01-24,30</source>
        <translation>напр. 01-24,30</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="451"/>
        <source>e.g. Turnover with Belarus, our statistics</source>
        <translation>напр. Товарооборот с Беларусью, наша статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="520"/>
        <source>{0} (international compilation)</source>
        <translation>{0} (международная база данных)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="517"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="759"/>
        <source>{0} chapter(s)</source>
        <translation>Глав: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/metric_definition_form.py" line="725"/>
        <source>{0}, in {1}: values typed per period, each with its source</source>
        <translation>{0}, единица: {1}; значения вводятся по периодам, каждое со своим источником</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <location filename="../../desktop/metric_text.py" line="55"/>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="66"/>
        <source>(reporter not stated)</source>
        <translation>(отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="35"/>
        <source>Exports to {0}</source>
        <translation>Экспорт, партнёр: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="38"/>
        <source>HS chapters {0}</source>
        <translation>главы ГС {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="36"/>
        <source>Imports from {0}</source>
        <translation>Импорт, партнёр: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="34"/>
        <source>Turnover (exports + imports) with {0}</source>
        <translation>Товарооборот (экспорт + импорт), партнёр: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="42"/>
        <source>all goods</source>
        <translation>все товары</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="43"/>
        <source>annual</source>
        <translation>годовые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="43"/>
        <source>rolling 12 months</source>
        <translation>скользящие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="67"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="30"/>
        <source>{0}, values typed per period with their source; {1}</source>
        <translation>{0}, значения вводятся по периодам с указанием источника; {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="46"/>
        <source>{0}, {1}, as reported by {2}; USD, {3}</source>
        <translation>{0}; {1}; по данным: {2}; долл. США, {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="48"/>
        <source>{0}, {1}, as reported by {2}; in {3}, {4}</source>
        <translation>{0}; {1}; по данным: {2}; {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="54"/>
        <source>{0}; sources in this order: {1}</source>
        <translation>{0}; источники в следующем порядке: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/metric_text.py" line="51"/>
        <source>{0}; then figures published without a stated reporter</source>
        <translation>{0}; затем данные, опубликованные без указания отчитывающейся страны</translation>
    </message>
</context>
<context>
    <name>MirrorView</name>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="157"/>
        <source>&amp;Our country:</source>
        <translation>&amp;Наша страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="178"/>
        <location filename="../../desktop/views/mirror_view.py" line="206"/>
        <source>All goods</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="162"/>
        <source>Annual figures, else 12 months, else 4 quarters of each year</source>
        <translation>Годовые данные, иначе 12 месяцев, иначе 4 квартала каждого года</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="264"/>
        <source>Cannot compare: {0}</source>
        <translation>Сравнение невозможно: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="252"/>
        <source>Choose two countries to compare their figures.</source>
        <translation>Выберите две страны, чтобы сравнить их данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="171"/>
        <source>Each side as it reports: our exports are mirrored by the partner&apos;s imports from us, our imports by its exports to us. Gap: how far the partner&apos;s figure lies from ours, in % of ours. Mirror figures differ (imports valued CIF, exports FOB; timing; re-exports; coverage); neither is corrected. Values in USD million.</source>
        <translation>Каждая сторона — по своей отчётности: нашему экспорту соответствует импорт партнёра из нашей страны, нашему импорту — его экспорт к нам. Расхождение: насколько показатель партнёра отличается от нашего, в % от нашего. Зеркальные данные расходятся (импорт в ценах CIF, экспорт FOB; сроки; реэкспорт; охват); ни одна сторона не корректируется. Значения в млн долл. США.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="192"/>
        <source>Exports {0}→{1}</source>
        <translation>Экспорт {0}→{1}</translation>
    </message>
    <message>
        <source>First period (empty: from the earliest)</source>
        <translation type="vanished">Первый период (пусто: с самого раннего)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="165"/>
        <source>First period (empty: from the earliest); a figure is listed when its whole period lies within the range</source>
        <translation>Первый период (пусто: с самого раннего); данные показываются, если весь их период лежит в пределах диапазона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="197"/>
        <source>Gap</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="192"/>
        <source>Imports {0}←{1}</source>
        <translation>Импорт {0}←{1}</translation>
    </message>
    <message>
        <source>Last period (empty: to the latest)</source>
        <translation type="vanished">Последний период (пусто: по самый поздний)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="167"/>
        <source>Last period (empty: to the latest); a figure is listed when its whole period lies within the range</source>
        <translation>Последний период (пусто: по самый поздний); данные показываются, если весь их период лежит в пределах диапазона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="270"/>
        <source>Neither {0} nor {1} reports figures for this pair and these periods.</source>
        <translation>Ни {0}, ни {1} не сообщают данных по этой паре за эти периоды.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="290"/>
        <source>Not reported</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="158"/>
        <source>P&amp;artner:</source>
        <translation>П&amp;артнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="159"/>
        <source>Peri&amp;ods:</source>
        <translation>Пери&amp;оды:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="191"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="160"/>
        <source>Pro&amp;ducts:</source>
        <translation>То&amp;вары:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="161"/>
        <source>Sum to complete &amp;years</source>
        <translation>Суммировать до полных &amp;лет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="293"/>
        <source>The partner reports {0} than we do</source>
        <translation>Партнёр сообщает {0}, чем мы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="193"/>
        <source>Turnover {0}↔{1}</source>
        <translation>Товарооборот {0}↔{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="294"/>
        <source>less</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="294"/>
        <source>more</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="189"/>
        <source>ours</source>
        <translation>наши</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="190"/>
        <source>partner</source>
        <translation>партнёра</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mirror_view.py" line="196"/>
        <location filename="../../desktop/views/mirror_view.py" line="197"/>
        <source>{0}
{1} data</source>
        <translation>{0}
данные: {1}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="95"/>
        <source>A value is required</source>
        <translation>Значение обязательно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/number_edit.py" line="103"/>
        <source>At most %n decimals</source>
        <translation>
            <numerusform>Не более %n знака после запятой</numerusform>
            <numerusform>Не более %n знаков после запятой</numerusform>
            <numerusform>Не более %n знаков после запятой</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="102"/>
        <source>At most one decimal</source>
        <translation>Не более одного знака после запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="105"/>
        <source>Enter a number like %1 (no thousands separators)</source>
        <translation>Введите число, например %1 (без разделителей разрядов)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="100"/>
        <source>Enter a whole number</source>
        <translation>Введите целое число</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/number_edit.py" line="97"/>
        <source>Negative values are not allowed</source>
        <translation>Отрицательные значения недопустимы</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop/opening.py" line="62"/>
        <source>Details: {0}</source>
        <translation>Подробности: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="123"/>
        <source>Looking for a good backup of {0}…</source>
        <translation>Поиск исправной резервной копии {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="134"/>
        <source>Restoring {0}…</source>
        <translation>Восстановление {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="137"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Резервную копию не удалось восстановить: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/opening.py" line="60"/>
        <source>{0} is on a network share, so it opens read-only: nothing can be changed in it.</source>
        <translation>Файл {0} находится в сетевой папке, поэтому открывается только для чтения: изменить в нём ничего нельзя.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="357"/>
        <source>%1 %2 has only %3 days.</source>
        <translation>В этом месяце (%1 %2 г.) только %3 дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="304"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+стрелка вниз)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="303"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="368"/>
        <source>Enter a date like %1 (or %2).</source>
        <translation>Введите дату в виде %1 (или %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="347"/>
        <source>Enter a date, or uncheck “Set” to leave it empty.</source>
        <translation>Введите дату или снимите флажок «Задать», чтобы оставить поле пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="348"/>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="301"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="367"/>
        <source>The date must not be after %1.</source>
        <translation>Дата не может быть позже %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="365"/>
        <source>The date must not be before %1.</source>
        <translation>Дата не может быть раньше %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="362"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Год должен быть от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="354"/>
        <source>There is no day 0.</source>
        <translation>Дня с номером 0 не бывает.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="350"/>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>Месяца с номером %1 нет: месяцы нумеруются от 1 до 12.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="302"/>
        <source>Uncheck to leave the date empty</source>
        <translation>Снимите флажок, чтобы оставить дату пустой</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="80"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="79"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="77"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="78"/>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="67"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="68"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="69"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="90"/>
        <source>Edit organisation – {0}</source>
        <translation>Изменить организацию – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="65"/>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="70"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="66"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="81"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="88"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/organisation_form.py" line="71"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="114"/>
        <source>A half-year or a span of months cannot be used here: enter a year, a quarter or a month (YYYY, YYYY-Qn or YYYY-MM)</source>
        <translation>Полугодие или диапазон месяцев здесь использовать нельзя: введите год, квартал или месяц (ГГГГ, ГГГГ-Qn или ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="111"/>
        <source>A period is required</source>
        <translation>Период обязателен</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="132"/>
        <source>A span of months must lie within one year</source>
        <translation>Диапазон месяцев должен лежать в пределах одного года</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="141"/>
        <source>Enter a period as YYYY, YYYY-MM or YYYY-Qn</source>
        <translation>Введите период в виде ГГГГ, ГГГГ-ММ или ГГГГ-Qn</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="139"/>
        <source>Enter a period as YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM (months within one year)</source>
        <translation>Введите период в виде ГГГГ, ГГГГ-Sn (полугодие), ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ (месяцы в пределах одного года)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="127"/>
        <source>The half-year must be S1 or S2 (H1 or H2)</source>
        <translation>Полугодие должно быть S1 или S2 (H1 или H2)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="134"/>
        <location filename="../../desktop/widgets/period_edit.py" line="137"/>
        <source>The month must be 01 to 12</source>
        <translation>Месяц должен быть от 01 до 12</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="124"/>
        <source>The quarter must be Q1 to Q4</source>
        <translation>Квартал должен быть от Q1 до Q4</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="135"/>
        <source>The span must end after it starts</source>
        <translation>Диапазон должен заканчиваться после своего начала</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="119"/>
        <source>The year must be between %1 and %2</source>
        <translation>Год должен быть от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="65"/>
        <source>YYYY, YYYY-MM or YYYY-Qn</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-Qn</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/period_edit.py" line="63"/>
        <source>YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM</source>
        <translation>ГГГГ, ГГГГ-Sn, ГГГГ-Qn, ГГГГ-ММ или ГГГГ-ММ/ГГГГ-ММ</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Apr</source>
        <comment>abbreviated month name</comment>
        <translation>апр.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Aug</source>
        <comment>abbreviated month name</comment>
        <translation>авг.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="34"/>
        <source>Dec</source>
        <comment>abbreviated month name</comment>
        <translation>дек.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Feb</source>
        <comment>abbreviated month name</comment>
        <translation>февр.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="47"/>
        <source>H1 {0}</source>
        <translation>1-е полугодие {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="47"/>
        <source>H2 {0}</source>
        <translation>2-е полугодие {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Jan</source>
        <comment>abbreviated month name</comment>
        <translation>янв.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Jul</source>
        <comment>abbreviated month name</comment>
        <translation>июль</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Jun</source>
        <comment>abbreviated month name</comment>
        <translation>июнь</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>Mar</source>
        <comment>abbreviated month name</comment>
        <translation>март</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="32"/>
        <source>May</source>
        <comment>abbreviated month name</comment>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="34"/>
        <source>Nov</source>
        <comment>abbreviated month name</comment>
        <translation>нояб.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Oct</source>
        <comment>abbreviated month name</comment>
        <translation>окт.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="33"/>
        <source>Sep</source>
        <comment>abbreviated month name</comment>
        <translation>сент.</translation>
    </message>
    <message>
        <location filename="../../desktop/period_text.py" line="50"/>
        <source>{0}–{1} {2}</source>
        <translation>{0}–{1} {2}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="237"/>
        <source>&amp;Add position</source>
        <translation>Доб&amp;авить должность</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="228"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="226"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="230"/>
        <source>&amp;Positions</source>
        <translation>&amp;Должности</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="238"/>
        <source>&amp;Remove position</source>
        <translation>&amp;Убрать должность</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="232"/>
        <source>As written in the person&apos;s own language</source>
        <translation>Как пишется на родном языке персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="243"/>
        <source>Edit person – {0}</source>
        <translation>Изменить персону – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="235"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="229"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="227"/>
        <source>Nati&amp;ve name</source>
        <translation>Имя на &amp;родном языке</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="241"/>
        <source>New person</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="239"/>
        <source>Remove the position whose row has the focus</source>
        <translation>Убрать должность в строке, где находится фокус</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/person_form.py" line="234"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>PlotWidget</name>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="101"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="137"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="136"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="136"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="139"/>
        <location filename="../../desktop/plots/plot_widget.py" line="157"/>
        <source>Save plot</source>
        <translation>Сохранение графика</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="102"/>
        <source>Save the plot as a PNG image, an SVG drawing or a PDF</source>
        <translation>Сохранить график как изображение PNG, рисунок SVG или PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/plot_widget.py" line="158"/>
        <source>The plot could not be saved:
{0}</source>
        <translation>Не удалось сохранить график:
{0}</translation>
    </message>
</context>
<context>
    <name>ProgressNoteDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="433"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="433"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="440"/>
        <source>Edit progress note – {0}</source>
        <translation>Изменить заметку о ходе выполнения – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="437"/>
        <source>Keep the note in the form; the form&apos;s Save stores it</source>
        <translation>Оставить заметку в форме; в базу данных её запишет кнопка «Сохранить» формы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="439"/>
        <source>New progress note</source>
        <translation>Новая заметка о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="436"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="434"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="434"/>
        <source>Source &amp;URL</source>
        <translation>&amp;URL источника</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="463"/>
        <source>The note text is required.</source>
        <translation>Текст заметки обязателен.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="468"/>
        <source>The source URL must start with http:// or https://.</source>
        <translation>URL источника должен начинаться с http:// или https://.</translation>
    </message>
</context>
<context>
    <name>ProgressNotesPanel</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="513"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Добавить заметку…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="514"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="515"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Delete the selected note (Undo brings it back)</source>
        <translation type="vanished">Удалить выбранную заметку (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="512"/>
        <source>Progress notes</source>
        <translation>Заметки о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="516"/>
        <source>Remove the selected note (Save stores the change, Cancel keeps the note)</source>
        <translation>Убрать выбранную заметку («Сохранить» закрепит изменение, «Отмена» оставит заметку)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="511"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../desktop/record_kinds.py" line="150"/>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="140"/>
        <source>All goods</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="146"/>
        <source>Annual</source>
        <translation>Годовые</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="195"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="197"/>
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="225"/>
        <source>Basis</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="152"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="193"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="177"/>
        <location filename="../../desktop/record_kinds.py" line="189"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Commitments that use it keep their targets but show no actual values until another metric definition is chosen.</source>
        <translation type="vanished">Обязательства, которые его используют, сохранят целевые значения, но не будут показывать фактические значения, пока не будет выбрано другое определение показателя.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="151"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="175"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="283"/>
        <location filename="../../desktop/record_kinds.py" line="301"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="171"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="201"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="227"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="202"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="246"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="127"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="221"/>
        <location filename="../../desktop/record_kinds.py" line="263"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="174"/>
        <source>Forum / event</source>
        <translation>Форум / мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="135"/>
        <source>HS {0}</source>
        <translation>ГС {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="128"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="151"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="109"/>
        <source>Indicator entered by hand</source>
        <translation>Индикатор, вводимый вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="240"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="236"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Its milestones and progress log go with it.</source>
        <translation type="vanished">Вместе с ней удаляются её контрольные точки и журнал хода выполнения.</translation>
    </message>
    <message>
        <source>Its participants, partner countries and topics go with it; commitments and initiatives stay but lose the link.</source>
        <translation type="vanished">Вместе с ней удаляются её участники, страны-партнёры и темы; обязательства и инициативы остаются, но теряют связь с ней.</translation>
    </message>
    <message>
        <source>Its revisions and progress notes go with it.</source>
        <translation type="vanished">Вместе с ним удаляются его пересмотры и заметки о ходе выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="219"/>
        <location filename="../../desktop/record_kinds.py" line="300"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="284"/>
        <source>Latest position</source>
        <translation>Последняя должность</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="168"/>
        <location filename="../../desktop/record_kinds.py" line="285"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="218"/>
        <source>Metric definition</source>
        <translation>Определение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="215"/>
        <source>Metric definitions</source>
        <translation>Определения показателей</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="247"/>
        <source>Milestones done</source>
        <translation>Выполнено контрольных точек</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="281"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="282"/>
        <source>Native spelling</source>
        <translation>Написание на родном языке</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="267"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="298"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="294"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="244"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="176"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="194"/>
        <location filename="../../desktop/record_kinds.py" line="223"/>
        <location filename="../../desktop/record_kinds.py" line="242"/>
        <location filename="../../desktop/record_kinds.py" line="261"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="278"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="262"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="173"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Positions that named it keep their title.</source>
        <translation type="vanished">Должности, в которых она указана, сохранят своё название.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="264"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="224"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="150"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="222"/>
        <location filename="../../desktop/record_kinds.py" line="260"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="205"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="204"/>
        <source>Revisions</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="146"/>
        <source>Rolling 12 months</source>
        <translation>Скользящие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="241"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="299"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="178"/>
        <location filename="../../desktop/record_kinds.py" line="266"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="203"/>
        <source>Source meeting</source>
        <translation>Исходная встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="152"/>
        <source>Stalled</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="245"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="243"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="198"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>The positions held go with the person.</source>
        <translation type="vanished">Занимавшиеся должности удаляются вместе с персоной.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="172"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="256"/>
        <source>Trade figures</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="108"/>
        <source>Trade quantity</source>
        <translation>Торговля: количество</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="108"/>
        <source>Trade value</source>
        <translation>Торговля: стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="127"/>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="200"/>
        <location filename="../../desktop/record_kinds.py" line="220"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="226"/>
        <source>Used by commitments</source>
        <translation>Используется обязательствами</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="265"/>
        <source>Value (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="vanished">обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="190"/>
        <source>commitments</source>
        <translation>обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="96"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="96"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation type="vanished">инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="237"/>
        <source>initiatives</source>
        <translation>инициативы</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="vanished">встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="169"/>
        <source>meetings</source>
        <translation>встречи</translation>
    </message>
    <message>
        <source>metric definition</source>
        <translation type="vanished">определение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="216"/>
        <source>metric definitions</source>
        <translation>определения показателей</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="vanished">организация</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="295"/>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="279"/>
        <source>people</source>
        <translation>персоны</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">персона</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="161"/>
        <source>raise</source>
        <translation>повышать</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="161"/>
        <source>reduce</source>
        <translation>снижать</translation>
    </message>
    <message>
        <source>trade figure</source>
        <translation type="vanished">торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="257"/>
        <source>trade figures</source>
        <translation>торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="273"/>
        <source>{0}→{1} {2} {3}</source>
        <translation>{0}→{1} {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="91"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/record_kinds.py" line="185"/>
        <source>“{0}” ({1})</source>
        <translation>«{0}» ({1})</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/record_list_view.py" line="109"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_list_view.py" line="98"/>
        <source>Filter (Ctrl+F)…</source>
        <translation>Фильтр (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_list_view.py" line="108"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation type="vanished">Записей: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="166"/>
        <source>&amp;Commitment:</source>
        <translation>О&amp;бязательство:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="157"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="156"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="156"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="160"/>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="172"/>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="163"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="214"/>
        <source>Choose the partner.</source>
        <translation>Выберите партнёра.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="155"/>
        <location filename="../../desktop/forms/report_dialog.py" line="237"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="213"/>
        <source>No partner country occurs in the meetings or commitments yet.</source>
        <translation>Ни одна страна-партнёр пока не встречается во встречах или обязательствах.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="169"/>
        <source>One commitment</source>
        <translation>Одно обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="161"/>
        <source>P&amp;artner:</source>
        <translation>П&amp;артнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="238"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="167"/>
        <source>Paper &amp;size:</source>
        <translation>&amp;Размер бумаги:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="168"/>
        <source>Partner briefing</source>
        <translation>Справка по партнёру</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="168"/>
        <source>Portfolio summary</source>
        <translation>Сводка по всем обязательствам</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="173"/>
        <source>Portfolio summary: every commitment with its plot and sources. Partner briefing: everything about one partner for the next meeting. One commitment: one page.</source>
        <translation>Сводка по всем обязательствам: каждое обязательство с графиком и источниками. Справка по партнёру: всё об одном партнёре к следующей встрече. Одно обязательство: одна страница.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="154"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="154"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="162"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/report_dialog.py" line="216"/>
        <source>There are no commitments to report on yet.</source>
        <translation>Пока нет обязательств для отчёта.</translation>
    </message>
</context>
<context>
    <name>ReportRun</name>
    <message>
        <location filename="../../desktop/report_worker.py" line="277"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="317"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="331"/>
        <source>Laying out and writing the pages…</source>
        <translation>Вёрстка и запись страниц…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="333"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="277"/>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="280"/>
        <source>Progress report</source>
        <translation>Отчёт о ходе выполнения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/report_worker.py" line="329"/>
        <source>Reading figures and drawing plots: %n commitment(s)…</source>
        <translation>
            <numerusform>Чтение данных и построение графиков: %n обязательство…</numerusform>
            <numerusform>Чтение данных и построение графиков: %n обязательства…</numerusform>
            <numerusform>Чтение данных и построение графиков: %n обязательств…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/report_worker.py" line="349"/>
        <source>The report could not be produced: {0}</source>
        <translation>Не удалось подготовить отчёт: {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="115"/>
        <source> (figures out of date)</source>
        <translation> (данные устарели)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="356"/>
        <source>(no home country set)</source>
        <translation>(своя страна не задана)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="82"/>
        <location filename="../../desktop/reports/report_html.py" line="306"/>
        <source>(no source given)</source>
        <translation>(источник не указан)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="93"/>
        <location filename="../../desktop/reports/report_html.py" line="185"/>
        <source>12 months to {0}</source>
        <translation>12 месяцев по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="139"/>
        <source>Achieved commitments not listed: {0}.</source>
        <translation>Достигнутые обязательства (не приводятся): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="268"/>
        <source>All goods, USD million, {0}. Our exports are mirrored by {1}&apos;s imports from us, our imports by its exports to us. Gap: how far {1}&apos;s figure lies from ours, in % of ours (bold beyond ±10 %). Imports are valued CIF, exports FOB; neither side is corrected.</source>
        <translation>Все товары, млн долл. США, {0}. Нашему экспорту соответствует импорт страны {1} из нашей страны, нашему импорту — её экспорт к нам. Расхождение: насколько показатель страны {1} отличается от нашего, в % от нашего (жирным шрифтом — более ±10 %). Импорт учитывается в ценах CIF, экспорт — в ценах FOB; ни одна из сторон не корректируется.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="204"/>
        <source>All initiatives</source>
        <translation>Все инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="139"/>
        <source>Appendix: the trade figures behind the key figures</source>
        <translation>Приложение: торговые данные, из которых получены основные значения</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="116"/>
        <location filename="../../desktop/reports/provenance_html.py" line="114"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="72"/>
        <source>Baseline (USD m)</source>
        <translation>Базовое значение (млн долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="196"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="240"/>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="162"/>
        <location filename="../../desktop/reports/report_html.py" line="295"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="350"/>
        <source>Commitment: {0}</source>
        <translation>Обязательство: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="119"/>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="381"/>
        <location filename="../../desktop/reports/status_summary.py" line="69"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="125"/>
        <location filename="../../desktop/reports/progress_report.py" line="185"/>
        <location filename="../../desktop/reports/progress_report.py" line="209"/>
        <location filename="../../desktop/reports/provenance_html.py" line="39"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="380"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="126"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="164"/>
        <location filename="../../desktop/reports/report_html.py" line="298"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="187"/>
        <location filename="../../desktop/reports/partner_briefing.py" line="209"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="131"/>
        <source>Earlier meetings not listed: {0}.</source>
        <translation>Более ранние встречи (не приводятся): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="287"/>
        <source>Earlier periods not listed: {0}.</source>
        <translation>Более ранние периоды (не приводятся): {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="129"/>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="241"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="224"/>
        <source>Exports to and imports from {0} by product group, USD million, complete years {1}–{2}, as reported by {3}.</source>
        <translation>Экспорт и импорт в торговле с партнёром {0} по товарным группам, млн долл. США, полные годы {1}–{2}, по данным страны {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="281"/>
        <source>Exports {0}→{1}</source>
        <translation>Экспорт {0}→{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="331"/>
        <location filename="../../desktop/reports/report_html.py" line="362"/>
        <source>Figures</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="382"/>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="127"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="278"/>
        <source>Gap</source>
        <translation>Расх.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="166"/>
        <source>Growth/yr: observed, needed</source>
        <translation>Рост в год: факт., требуемый</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="240"/>
        <source>HS</source>
        <translation>ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="330"/>
        <location filename="../../desktop/reports/report_html.py" line="361"/>
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="241"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="282"/>
        <source>Imports {0}←{1}</source>
        <translation>Импорт {0}←{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="186"/>
        <location filename="../../desktop/reports/progress_report.py" line="165"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="207"/>
        <source>Initiative, sector</source>
        <translation>Инициатива, отрасль</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="172"/>
        <location filename="../../desktop/reports/progress_report.py" line="235"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="125"/>
        <source>Key figure</source>
        <translation>Основное значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="233"/>
        <source>Key figures</source>
        <translation>Основные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="209"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="163"/>
        <location filename="../../desktop/reports/report_html.py" line="297"/>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="72"/>
        <source>Latest (USD m)</source>
        <translation>Последнее (млн долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="117"/>
        <location filename="../../desktop/reports/provenance_html.py" line="113"/>
        <source>Latest actual</source>
        <translation>Последнее фактическое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="186"/>
        <location filename="../../desktop/reports/progress_report.py" line="210"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="126"/>
        <source>Meeting, place, forum</source>
        <translation>Встреча, место, форум</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="237"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="234"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="65"/>
        <source>Metric: {0}</source>
        <translation>Показатель: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="187"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="209"/>
        <location filename="../../desktop/reports/progress_report.py" line="166"/>
        <source>Milestones</source>
        <translation>Контрольные точки</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="304"/>
        <source>Mirror figures, {0}</source>
        <translation>Зеркальные данные, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="258"/>
        <source>Mirror-figure gaps</source>
        <translation>Расхождения зеркальных данных</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="211"/>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="210"/>
        <source>New target</source>
        <translation>Новое целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="220"/>
        <source>No chapter-level trade figures recorded for {0} in {1}&apos;s statistics (no complete year by HS chapter).</source>
        <translation>В статистике страны {1} нет торговых данных по партнёру {0} в разрезе глав ГС (нет ни одного полного года по главам ГС).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="306"/>
        <location filename="../../desktop/reports/provenance_html.py" line="141"/>
        <source>No commitments recorded.</source>
        <translation>Обязательства не записаны.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="260"/>
        <source>No home country is set (Tools &gt; Settings), so there are no own figures to compare.</source>
        <translation>Своя страна не задана (Сервис &gt; Настройки), поэтому собственных данных для сравнения нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="217"/>
        <source>No home country is set (Tools &gt; Settings), so there are no own trade statistics to show.</source>
        <translation>Своя страна не задана (Сервис &gt; Настройки), поэтому собственной торговой статистики для показа нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="174"/>
        <source>No initiatives with {0} recorded.</source>
        <translation>Инициативы с партнёром {0} не записаны.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="155"/>
        <source>No linked initiatives.</source>
        <translation>Связанных инициатив нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="108"/>
        <source>No meetings with {0} recorded.</source>
        <translation>Встречи с партнёром {0} не записаны.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="234"/>
        <source>No metric defined.</source>
        <translation>Показатель не определён.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="145"/>
        <location filename="../../desktop/reports/report_html.py" line="351"/>
        <source>No metric definition: the actual values are not computed from trade figures.</source>
        <translation>Нет определения показателя: фактические значения не рассчитываются по торговым данным.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="262"/>
        <source>No mirror figures: neither {0} nor {1} reports trade with the other.</source>
        <translation>Зеркальных данных нет: ни {0}, ни {1} не сообщают о торговле друг с другом.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="142"/>
        <source>No open commitments with {0}.</source>
        <translation>Невыполненных обязательств с партнёром {0} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="190"/>
        <source>No overdue milestones.</source>
        <translation>Просроченных контрольных точек нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="29"/>
        <source>No progress notes.</source>
        <translation>Заметок о ходе выполнения нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="195"/>
        <source>No revisions.</source>
        <translation>Пересмотров нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="172"/>
        <source>No source meeting recorded.</source>
        <translation>Исходная встреча не записана.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="300"/>
        <source>No trade figures are printed in this briefing.</source>
        <translation>В этой справке торговые данные не приводятся.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="72"/>
        <source>No trade figures give this value.</source>
        <translation>Торговых данных, из которых получено это значение, нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="356"/>
        <source>No trade figures make up the actual values yet.</source>
        <translation>Торговых данных, из которых складываются фактические значения, пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="263"/>
        <source>No values typed in yet.</source>
        <translation>Значения ещё не введены.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="211"/>
        <location filename="../../desktop/reports/progress_report.py" line="266"/>
        <location filename="../../desktop/reports/provenance_html.py" line="40"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="148"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="195"/>
        <source>OVERDUE:</source>
        <translation>ПРОСРОЧЕНО:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="122"/>
        <source>Observed growth per year</source>
        <translation>Наблюдаемый рост в год</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="74"/>
        <source>Observed growth/yr</source>
        <translation>Наблюдаемый рост в год</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="136"/>
        <source>Open commitments</source>
        <translation>Невыполненные обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="188"/>
        <source>Overdue by</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="176"/>
        <source>Overdue milestones</source>
        <translation>Просроченные контрольные точки</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="208"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="127"/>
        <source>Participants (position then)</source>
        <translation>Участники (должность в то время)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="296"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="352"/>
        <source>Partner briefing: {0} ({1})</source>
        <translation>Справка по партнёру: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="231"/>
        <source>Partner: {0} · Commitment #{1}</source>
        <translation>Партнёр: {0} · Обязательство №{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="280"/>
        <location filename="../../desktop/reports/progress_report.py" line="264"/>
        <location filename="../../desktop/reports/provenance_html.py" line="126"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="331"/>
        <location filename="../../desktop/reports/report_html.py" line="361"/>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="346"/>
        <source>Printed {0} · Database: {1}</source>
        <translation>Напечатано {0} · База данных: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="370"/>
        <source>Printed {0} · {1}</source>
        <translation>Напечатано {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="69"/>
        <source>Printed:</source>
        <translation>Напечатано:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="127"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="165"/>
        <location filename="../../desktop/reports/report_html.py" line="299"/>
        <source>Progress</source>
        <translation>Прогр.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="240"/>
        <source>Progress notes</source>
        <translation>Заметки о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="295"/>
        <location filename="../../desktop/reports/status_summary.py" line="68"/>
        <source>Progress summary</source>
        <translation>Сводка о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="120"/>
        <source>Progress towards target</source>
        <translation>Степень достижения целевого значения</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="125"/>
        <source>Projected at deadline</source>
        <translation>Прогноз к сроку</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="222"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="100"/>
        <source>Provisional</source>
        <translation>Предварительно</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="37"/>
        <source>Provisional ({0}, run rate)</source>
        <translation>Предварительно ({0}, по текущему темпу)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="70"/>
        <source>Provisional ({0}, run rate): {1}</source>
        <translation>Предварительно ({0}, по текущему темпу): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="36"/>
        <source>Provisional ({0}, same period a year earlier)</source>
        <translation>Предварительно ({0}, к тому же периоду прошлого года)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="68"/>
        <source>Provisional ({0}, same period a year earlier): {1}</source>
        <translation>Предварительно ({0}, к тому же периоду прошлого года): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="102"/>
        <source>Provisional {0}: {1}</source>
        <translation>Предварительно ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="106"/>
        <source>Provisional: same period a year earlier</source>
        <translation>Предварительно: тот же период прошлого года</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="196"/>
        <source>Reaffirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="106"/>
        <source>Recent meetings</source>
        <translation>Последние встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="126"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="123"/>
        <source>Required growth per year</source>
        <translation>Требуемый рост в год</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="124"/>
        <source>Required growth per year from now</source>
        <translation>Требуемый рост в год с текущего момента</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="74"/>
        <source>Required growth/yr</source>
        <translation>Требуемый рост в год</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="238"/>
        <source>Revisions</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="242"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="330"/>
        <location filename="../../desktop/reports/progress_report.py" line="265"/>
        <location filename="../../desktop/reports/provenance_html.py" line="40"/>
        <location filename="../../desktop/reports/provenance_html.py" line="128"/>
        <location filename="../../desktop/reports/report_html.py" line="360"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="183"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="298"/>
        <location filename="../../desktop/reports/progress_report.py" line="252"/>
        <source>Sources of the trade figures</source>
        <translation>Источники торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="223"/>
        <source>Stalled</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="163"/>
        <location filename="../../desktop/reports/partner_briefing.py" line="208"/>
        <location filename="../../desktop/reports/progress_report.py" line="115"/>
        <location filename="../../desktop/reports/progress_report.py" line="166"/>
        <location filename="../../desktop/reports/report_html.py" line="297"/>
        <location filename="../../desktop/reports/status_summary.py" line="71"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="164"/>
        <location filename="../../desktop/reports/progress_report.py" line="118"/>
        <location filename="../../desktop/reports/report_html.py" line="298"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/status_summary.py" line="73"/>
        <source>Target (USD m)</source>
        <translation>Целевое значение (млн долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="121"/>
        <source>Time elapsed</source>
        <translation>Прошло времени</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="238"/>
        <source>Top products in {0}</source>
        <translation>Основные товары в {0} г.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="128"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="215"/>
        <source>Trade structure</source>
        <translation>Структура торговли</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="306"/>
        <source>Trade structure, {0}</source>
        <translation>Структура торговли, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="283"/>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="329"/>
        <source>Used for</source>
        <translation>Использовано для</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="265"/>
        <location filename="../../desktop/reports/provenance_html.py" line="128"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="250"/>
        <source>Values of the indicator</source>
        <translation>Значения индикатора</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="189"/>
        <source>Verbatim:</source>
        <translation>Дословно:</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="50"/>
        <source>annualised {0}, {1} a year</source>
        <translation>в годовом выражении {0}, {1} в год</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="53"/>
        <source>annualised {0}, {1} against the required {2} a year</source>
        <translation>в годовом выражении {0}, {1} в год при требуемых {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="48"/>
        <source>annualised {0}; no complete year to compare it with</source>
        <translation>в годовом выражении {0}; нет полного года для сравнения</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="309"/>
        <source>another source&apos;s differing values</source>
        <translation>отличающиеся значения другого источника</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="365"/>
        <source>cannot start painting the report (is the file writable?)</source>
        <translation>не удаётся начать вывод отчёта (доступен ли файл для записи?)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="266"/>
        <source>complete years</source>
        <translation>полные годы</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="314"/>
        <source>counted in the actual values</source>
        <translation>учтено в фактических значениях</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="327"/>
        <source>counted in the provisional reading</source>
        <translation>учтено в предварительной оценке</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="145"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="144"/>
        <source>done {0}</source>
        <translation>выполнено {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="320"/>
        <source>drawn beside the actual values, not counted</source>
        <translation>показано рядом с фактическими значениями, не учитывается</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="142"/>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="323"/>
        <location filename="../../desktop/reports/report_html.py" line="334"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="146"/>
        <source>figures out of date</source>
        <translation>данные устарели</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="52"/>
        <source>import of {0} on {1}</source>
        <translation>импорт файла {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="303"/>
        <source>none (all commitments)</source>
        <translation>нет (все обязательства)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="193"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="209"/>
        <source>originally: {0} by {1}</source>
        <translation>первоначально: {0} к {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="193"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="403"/>
        <source>page size must be one of {0}, not {1}</source>
        <translation>размер бумаги должен быть одним из {0}, а не {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_paint.py" line="391"/>
        <source>page {0} of {1}</source>
        <translation>страница {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="300"/>
        <source>partner {0}</source>
        <translation>партнёр {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="353"/>
        <source>partner {0}; the {1} most recent meetings; commitments not yet achieved; trade figures of {2} and {0}, all goods</source>
        <translation>партнёр {0}; последние встречи ({1}); ещё не достигнутые обязательства; торговые данные стран {2} и {0}, все товары</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="267"/>
        <source>periods as reported (no complete year is known)</source>
        <translation>периоды по отчётности (данных за полный год нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="64"/>
        <source>reporter not stated</source>
        <translation>отчитывающаяся страна не указана</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="92"/>
        <location filename="../../desktop/reports/report_html.py" line="192"/>
        <source>source: {0}</source>
        <translation>источник: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="195"/>
        <source>sources differ</source>
        <translation>источники расходятся</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="197"/>
        <source>sources differ by {0}</source>
        <translation>источники расходятся на {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="302"/>
        <source>status {0}</source>
        <translation>статус {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="65"/>
        <source>told from {0}&apos;s side</source>
        <translation>со стороны страны {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="45"/>
        <source>turnover</source>
        <translation>товарооборот</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="55"/>
        <source>typed by {0} on {1}</source>
        <translation>введено пользователем {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="54"/>
        <source>typed in</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="309"/>
        <source>{0} (reporter not stated)</source>
        <translation>{0} (отчитывающаяся страна не указана)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provenance_html.py" line="69"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_report.py" line="118"/>
        <location filename="../../desktop/reports/status_summary.py" line="54"/>
        <source>{0} by {1}</source>
        <translation>{0} к {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/partner_briefing.py" line="182"/>
        <source>{0} days</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="89"/>
        <source>{0} in {1} × 12 / {2} months (a run rate, ignoring seasonality)</source>
        <translation>{0} за {1} × 12 / {2} мес. (по текущему темпу, без учёта сезонности)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/provisional_html.py" line="83"/>
        <source>{0} in {1}: {2} on {3} ({4}), applied to {5} ({6})</source>
        <translation>{0} за {1}: {2} к тому же периоду прошлого года — {3} ({4}); применено к {5} г. ({6})</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="93"/>
        <source>{unit} {amount} m</source>
        <translation>{unit} {amount} млн</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/report_html.py" line="128"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="186"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="65"/>
        <source>At close</source>
        <translation>При закрытии</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="64"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="63"/>
        <source>Backup now</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="178"/>
        <source>Backups of {0}, newest first. Restoring replaces the database with the chosen backup; the current state is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Резервные копии {0}, сначала новые. Восстановление заменяет базу данных выбранной копией; текущее состояние сначала сохраняется в резервную копию, поэтому восстановление можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="68"/>
        <source>Before a repair</source>
        <translation>Перед исправлением</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="67"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="69"/>
        <source>Before a schema upgrade</source>
        <translation>Перед обновлением схемы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="66"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="83"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="70"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="84"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="83"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="246"/>
        <source>Replace the database with the backup of {0} ({1})?</source>
        <translation>Заменить базу данных резервной копией от {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="177"/>
        <location filename="../../desktop/forms/restore_dialog.py" line="252"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="184"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="250"/>
        <source>The current state is backed up first. The undo history is cleared.</source>
        <translation>Сначала текущее состояние сохраняется в резервную копию. История отмены очищается.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="188"/>
        <source>The database is open read-only</source>
        <translation>База данных открыта только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="185"/>
        <source>There are no backups of this database yet.</source>
        <translation>Резервных копий этой базы данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="84"/>
        <source>Trade figures</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="218"/>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="78"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/restore_dialog.py" line="77"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="289"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="289"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="290"/>
        <source>&amp;Meeting</source>
        <translation>Вс&amp;треча</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="292"/>
        <source>&amp;Quote</source>
        <translation>Ц&amp;итата</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="295"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="336"/>
        <source>A changed commitment needs a new target value or a new deadline.</source>
        <translation>Для изменённого обязательства нужно новое целевое значение или новый срок.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="294"/>
        <source>Changed (new target or deadline)</source>
        <translation>Изменено (новое целевое значение или срок)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="303"/>
        <source>Edit revision – {0}</source>
        <translation>Изменить пересмотр – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="298"/>
        <source>Keep the revision in the commitment form; the commitment&apos;s Save stores it</source>
        <translation>Оставить пересмотр в форме обязательства; в базу данных его запишет кнопка «Сохранить» обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="291"/>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="290"/>
        <source>New &amp;target value</source>
        <translation>Новое &amp;целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="291"/>
        <source>New dead&amp;line</source>
        <translation>Новый с&amp;рок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="301"/>
        <source>New revision – {0}</source>
        <translation>Новый пересмотр – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="297"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="293"/>
        <source>Reaffirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="339"/>
        <source>The new deadline must come after the end of the baseline period ({0}).</source>
        <translation>Новый срок должен наступать после окончания базового периода ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/commitment_form.py" line="296"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>SafetyWorkers</name>
    <message>
        <location filename="../../desktop/safety_workers.py" line="85"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="91"/>
        <source>&amp;Home country</source>
        <translation>&amp;Своя страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="94"/>
        <source>&amp;Keep backups</source>
        <translation>&amp;Хранить резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="92"/>
        <source>Default &amp;currency</source>
        <translation>&amp;Валюта по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="98"/>
        <source>Rotation keeps the newest backup of each of the last N days, weeks and months (backups before imports, restores and repairs are kept apart)</source>
        <translation>Ротация сохраняет самую новую резервную копию за каждый из последних N дней, недель и месяцев (копии перед импортом, восстановлением и исправлением хранятся отдельно)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="150"/>
        <source>The backup settings could not be saved: {0}</source>
        <translation>Не удалось сохранить настройки резервного копирования: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="107"/>
        <source>The database is open read-only</source>
        <translation>База данных открыта только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="104"/>
        <source>The language of the window and the reports; numbers and dates follow it too</source>
        <translation>Язык окна и отчётов; ему следуют и числа, и даты</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="103"/>
        <source>The unit new commitments start with</source>
        <translation>Единица, с которой начинаются новые обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="101"/>
        <source>Your own country: the reporter of the trade figures you track</source>
        <translation>Ваша собственная страна: отчитывающаяся страна отслеживаемых торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="95"/>
        <source>days,</source>
        <translation>дн.,</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="97"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/settings_dialog.py" line="96"/>
        <source>weeks,</source>
        <translation>нед.,</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../desktop/status_labels.py" line="28"/>
        <source>Acceleration needed</source>
        <translation>Нужно ускорение</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="26"/>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="30"/>
        <source>Deterioration</source>
        <translation>Ухудшение</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="29"/>
        <source>Limited progress</source>
        <translation>Ограниченный прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="32"/>
        <source>No data since baseline</source>
        <translation>Нет данных после базового периода</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="27"/>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../../desktop/status_labels.py" line="31"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>TabbedFormDialog</name>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="1010"/>
        <source>Please check the “{0}” page: {1}.</source>
        <translation>Проверьте страницу «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/base_form.py" line="1005"/>
        <source>Some fields on this page need attention</source>
        <translation>Некоторые поля на этой странице требуют внимания</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="87"/>
        <source> (done)</source>
        <translation> (выполнено)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="87"/>
        <source> (open)</source>
        <translation> (открыто)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="70"/>
        <source>Commitment deadline</source>
        <translation>Срок обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="69"/>
        <source>Commitment made</source>
        <translation>Принято обязательство</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="61"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="82"/>
        <source>Deadline: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="89"/>
        <source>Due: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="73"/>
        <source>Initiative due</source>
        <translation>Срок инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="80"/>
        <source>Made: {0}</source>
        <translation>Принято: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="68"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="61"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="72"/>
        <source>Milestone</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="62"/>
        <source>Milestones
and initiatives</source>
        <translation>Контрольные точки
и инициативы</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="128"/>
        <source>No dated meetings, commitments or milestones with this partner.</source>
        <translation>Нет датированных встреч, обязательств или контрольных точек с этим партнёром.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="84"/>
        <source>Reaffirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="84"/>
        <source>Revised</source>
        <translation>Пересмотрено</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="71"/>
        <source>Revision</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="62"/>
        <source>Revisions</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/timeline_plot.py" line="182"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="106"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="161"/>
        <source>No partner has meetings, commitments or initiatives yet.</source>
        <translation>Ни у одного партнёра пока нет встреч, обязательств или инициатив.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="159"/>
        <source>Timeline with {0}</source>
        <translation>Хронология: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="107"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/views/timeline_view.py" line="167"/>
        <source>{0} events</source>
        <translation>Событий: {0}</translation>
    </message>
</context>
<context>
    <name>TradeExport</name>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="101"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="142"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="101"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="144"/>
        <source>Export trade figures</source>
        <translation>Экспорт торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="104"/>
        <source>Export {0}</source>
        <translation>Экспорт: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="140"/>
        <source>Exporting {0} to {1}…</source>
        <translation>Экспорт: {0} в {1}…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="177"/>
        <source>The export failed: {0}</source>
        <translation>Экспорт не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="72"/>
        <source>all trade figures</source>
        <translation>все торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="52"/>
        <source>flow {0}</source>
        <translation>поток {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="50"/>
        <source>partner {0}</source>
        <translation>партнёр {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="57"/>
        <source>periods from {0}</source>
        <translation>периоды с {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="59"/>
        <source>periods up to {0}</source>
        <translation>периоды по {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="54"/>
        <source>periods {0} to {1}</source>
        <translation>периоды с {0} по {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="62"/>
        <source>product TOTAL only</source>
        <translation>только товар TOTAL</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="63"/>
        <source>product codes starting with {0}</source>
        <translation>коды товаров, начинающиеся с {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="67"/>
        <source>product group {0}</source>
        <translation>товарная группа {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="69"/>
        <source>product group {0} (HS chapters {1})</source>
        <translation>товарная группа {0} (главы ГС {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="48"/>
        <source>reporter {0}</source>
        <translation>отчитывающаяся страна {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_export.py" line="73"/>
        <source>trade figures with {0}</source>
        <translation>торговые данные: {0}</translation>
    </message>
</context>
<context>
    <name>TradeFigureDialog</name>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="144"/>
        <source>&amp;Flow</source>
        <translation>По&amp;ток</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="141"/>
        <source>&amp;Partner</source>
        <translation>&amp;Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="149"/>
        <source>&amp;Quantity and unit</source>
        <translation>&amp;Количество и единица</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="140"/>
        <source>&amp;Reporter</source>
        <translation>&amp;Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="154"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="147"/>
        <source>&amp;Value (USD)</source>
        <translation>&amp;Стоимость (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="183"/>
        <source>Choose or type its unit (t, kg, u, …).</source>
        <translation>Выберите или введите единицу количества (t, kg, u, …).</translation>
    </message>
    <message>
        <source>Choose or type the unit of the quantity (t, kg, u, …).</source>
        <translation type="vanished">Выберите или введите единицу количества (t, kg, u, …).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="95"/>
        <source>Edit trade figure</source>
        <translation>Изменить торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="192"/>
        <source>Enter TOTAL or an HS code of 2, 4, 6, 8 or 10 digits.</source>
        <translation>Введите TOTAL или код ГС из 2, 4, 6, 8 или 10 цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="185"/>
        <source>Enter the quantity in {0}, or clear the unit.</source>
        <translation>Введите количество (единица: {0}) или очистите единицу.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="111"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="111"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="155"/>
        <source>N&amp;ote</source>
        <translation>Приме&amp;чание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="152"/>
        <source>Net &amp;weight (kg)</source>
        <translation>Масса &amp;нетто (кг)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="94"/>
        <source>New trade figure</source>
        <translation>Новые торговые данные</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="143"/>
        <source>P&amp;eriod</source>
        <translation>П&amp;ериод</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="170"/>
        <source>Partner and reporter must differ.</source>
        <translation>Партнёр и отчитывающаяся страна должны различаться.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="145"/>
        <source>Pro&amp;duct (TOTAL or HS code)</source>
        <translation>То&amp;вар (TOTAL или код ГС)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="113"/>
        <source>Re-export</source>
        <translation>Реэкспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="113"/>
        <source>Re-import</source>
        <translation>Реимпорт</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="102"/>
        <source>Reporter not stated (as published)</source>
        <translation>Отчитывающаяся страна не указана (как опубликовано)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="129"/>
        <source>The unit of the quantity: t (tonnes), kg, u (items), l, m³ … as the source gives it.</source>
        <translation>Единица количества: t (тонны), kg, u (штуки), l, m³ … как в источнике.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="104"/>
        <source>Tick when the source gives the figure for the two countries without saying whose statistics it is. Reporter and partner then only say from whose side the flow is told (whose exports), and the figure is kept as a series of its own, never merged with either country&apos;s statistics.</source>
        <translation>Отметьте, если источник приводит значение для двух стран, не указывая, чья это статистика. Тогда отчитывающаяся страна и партнёр лишь показывают, с чьей стороны указан поток (чей экспорт), а значение хранится как отдельный ряд и никогда не объединяется со статистикой ни одной из стран.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_figure_form.py" line="112"/>
        <source>Turnover (published total)</source>
        <translation>Товарооборот (опубликованный итог)</translation>
    </message>
</context>
<context>
    <name>TradeImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_import_dialog.py" line="505"/>
        <source>%Ln data row(s):</source>
        <translation>
            <numerusform>%Ln строка данных:</numerusform>
            <numerusform>%Ln строки данных:</numerusform>
            <numerusform>%Ln строк данных:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_import_dialog.py" line="514"/>
        <source>%Ln value(s) rounded to whole cents.</source>
        <translation>
            <numerusform>%Ln значение округлено до целых центов.</numerusform>
            <numerusform>%Ln значения округлены до целых центов.</numerusform>
            <numerusform>%Ln значений округлено до целых центов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="265"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="268"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="267"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="264"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="282"/>
        <source>&amp;Import</source>
        <translation>И&amp;мпортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="279"/>
        <source>&amp;Map columns…</source>
        <translation>&amp;Сопоставить столбцы…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="275"/>
        <source>&amp;Source for rows without one:</source>
        <translation>&amp;Источник для строк без него:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="274"/>
        <source>&amp;Values in:</source>
        <translation>З&amp;начения в:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="562"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="652"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="669"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="287"/>
        <source>Choose a CSV or XLSX file: our simple layout, a UN Comtrade download, or any table whose columns you map.</source>
        <translation>Выберите файл CSV или XLSX: наш простой формат, выгрузку UN Comtrade или любую таблицу, столбцы которой вы сопоставите.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="70"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="322"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="325"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="531"/>
        <source>Errors: {0}. Nothing is stored until the file is corrected.</source>
        <translation>Ошибок: {0}. Ничего не сохраняется, пока файл не исправлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="713"/>
        <source>Errors: {0}. Nothing was stored.</source>
        <translation>Ошибок: {0}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="266"/>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="281"/>
        <source>First rows as in the &amp;file</source>
        <translation>Первые строки как в ф&amp;айле</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="280"/>
        <source>First rows as they will be &amp;stored</source>
        <translation>Первые строки так, как они будут со&amp;хранены</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="489"/>
        <source>Format: {0}</source>
        <translation>Формат: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="270"/>
        <source>Header &amp;row:</source>
        <translation>Строка &amp;заголовка:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="727"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="263"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="356"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="653"/>
        <source>Import trade figures</source>
        <translation>Импорт торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="697"/>
        <source>Imported {0}: {1} inserted, {2} updated, {3} unchanged, {4} skipped. The import is listed in the import history, where it can be undone as a whole.</source>
        <translation>Импортирован {0}: добавлено {1}, обновлено {2}, без изменений {3}, пропущено {4}. Импорт внесён в историю импорта, где его можно отменить целиком.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="682"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="659"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="564"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="87"/>
        <source>Line {0}, column “{1}”: {2}</source>
        <translation>Строка {0}, столбец «{1}»: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="88"/>
        <source>Line {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="72"/>
        <source>Mapped columns</source>
        <translation>Сопоставленные столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="652"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="421"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="519"/>
        <source>Ready to import: re-imported rows update the stored figures instead of adding them twice.</source>
        <translation>Готово к импорту: повторно импортированные строки обновят сохранённые данные, а не добавятся второй раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="543"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="269"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="70"/>
        <source>Simple (reporter, partner, period, …)</source>
        <translation>Простой (отчитывающаяся страна, партнёр, период, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="512"/>
        <source>Skipped, so totals are not counted twice: {0}</source>
        <translation>Пропущено, чтобы итоги не учитывались дважды: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="516"/>
        <source>The columns are in no known layout: map them to the fields of a trade figure (Map columns…).</source>
        <translation>Столбцы не соответствуют ни одному известному формату: сопоставьте их с полями торговых данных (Сопоставить столбцы…).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="459"/>
        <source>The file cannot be read: {0}</source>
        <translation>Не удаётся прочитать файл: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="534"/>
        <source>The first {0} are listed.</source>
        <translation>Показаны первые {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="719"/>
        <source>The import failed; nothing was stored: {0}</source>
        <translation>Импорт не удался; ничего не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="717"/>
        <source>The import was refused; nothing was stored.</source>
        <translation>Импорт отклонён; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="272"/>
        <source>The line (or sheet row) holding the column names; “find” looks below title rows</source>
        <translation>Строка (или строка листа) с названиями столбцов; «найти» ищет ниже строк заголовка таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="357"/>
        <source>Trade statistics (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Торговая статистика (*.csv *.txt *.tsv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="277"/>
        <source>Type or paste the path of a CSV or XLSX file and press Enter, or choose it</source>
        <translation>Введите или вставьте путь к файлу CSV или XLSX и нажмите Enter либо выберите файл</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="71"/>
        <source>UN Comtrade</source>
        <translation>UN Comtrade</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="71"/>
        <source>UN Comtrade (legacy)</source>
        <translation>UN Comtrade (старый формат)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="330"/>
        <source>US dollars</source>
        <translation>доллары США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="544"/>
        <source>Value (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="349"/>
        <source>as the file says (USD)</source>
        <translation>как указано в файле (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="348"/>
        <source>as the file says (million USD)</source>
        <translation>как указано в файле (млн долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="346"/>
        <source>as the file says (thousand USD)</source>
        <translation>как указано в файле (тыс. долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="495"/>
        <source>delimiter: {0}</source>
        <translation>разделитель: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>detect</source>
        <translation>определить</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="276"/>
        <source>e.g. UN Comtrade, downloaded 2025-06-30</source>
        <translation>напр. UN Comtrade, выгружено 2025-06-30</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="493"/>
        <source>encoding {0}</source>
        <translation>кодировка {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="271"/>
        <source>find</source>
        <translation>найти</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="334"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="336"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="379"/>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="481"/>
        <source>first with data</source>
        <translation>первый с данными</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="497"/>
        <source>header on line {0}</source>
        <translation>заголовок в строке {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="332"/>
        <source>million US dollars</source>
        <translation>миллионы долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="491"/>
        <source>sheet “{0}”</source>
        <translation>лист «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="77"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="331"/>
        <source>thousand US dollars</source>
        <translation>тысячи долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="72"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="501"/>
        <source>values in US dollars</source>
        <translation>значения в долларах США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="500"/>
        <source>values in million US dollars</source>
        <translation>значения в миллионах долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="499"/>
        <source>values in thousand US dollars</source>
        <translation>значения в тысячах долларов США</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="78"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>{0} data rows: {1} valid, {2} skipped; errors: {3}.</source>
        <translation type="vanished">Строк данных: {0}; допустимых: {1}, пропущено: {2}; ошибок: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_import_dialog.py" line="505"/>
        <source>{0} valid, {1} skipped; errors: {2}.</source>
        <translation>допустимых — {0}, пропущено — {1}; ошибок — {2}.</translation>
    </message>
    <message>
        <source>{0} values were rounded to whole cents.</source>
        <translation type="vanished">Значений, округлённых до целых центов: {0}.</translation>
    </message>
</context>
<context>
    <name>TradePasteDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="229"/>
        <source>%Ln row(s) · problems: {0}. Fix them in the spreadsheet and paste again: nothing is stored until every cell is valid.</source>
        <translation>
            <numerusform>%Ln строка · проблем: {0}. Исправьте их в электронной таблице и вставьте снова: ничего не сохраняется, пока все ячейки не будут допустимы.</numerusform>
            <numerusform>%Ln строки · проблем: {0}. Исправьте их в электронной таблице и вставьте снова: ничего не сохраняется, пока все ячейки не будут допустимы.</numerusform>
            <numerusform>%Ln строк · проблем: {0}. Исправьте их в электронной таблице и вставьте снова: ничего не сохраняется, пока все ячейки не будут допустимы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="225"/>
        <source>%Ln row(s), all valid. They are stored as one step that Undo takes back.</source>
        <translation>
            <numerusform>%Ln строка без ошибок. Данные сохраняются одним шагом, который можно отменить.</numerusform>
            <numerusform>%Ln строки без ошибок. Данные сохраняются одним шагом, который можно отменить.</numerusform>
            <numerusform>%Ln строк без ошибок. Данные сохраняются одним шагом, который можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="158"/>
        <source>&amp;Source for rows without one:</source>
        <translation>&amp;Источник для строк без него:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="235"/>
        <source>&amp;Store</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="234"/>
        <source>&amp;Store %Ln figure(s)</source>
        <translation>
            <numerusform>&amp;Сохранить %Ln запись</numerusform>
            <numerusform>&amp;Сохранить %Ln записи</numerusform>
            <numerusform>&amp;Сохранить %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store {0} figures</source>
        <translation type="vanished">&amp;Сохранить данные ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="46"/>
        <source>(ignored)</source>
        <translation>(не учитывается)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="153"/>
        <source>Columns: reporter, partner, period, flow, product, value in USD, and optionally source and note (a header line with these names may come first, in any order). {0} and no thousands separators. Nothing is stored until every cell is valid.</source>
        <translation>Столбцы: отчитывающаяся страна, партнёр, период, поток, товар, стоимость в долларах США и, при необходимости, источник и примечание (первой может идти строка заголовка с этими названиями, в любом порядке). {0}, без разделителей разрядов. Ничего не сохраняется, пока все ячейки не будут допустимы.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="78"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="78"/>
        <source>Header, {0}</source>
        <translation>Заголовок, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="45"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="256"/>
        <source>Nothing was stored: row {0}: {1}</source>
        <translation>Ничего не сохранено: строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="261"/>
        <source>Nothing was stored: {0}</source>
        <translation>Ничего не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="150"/>
        <source>Paste trade figures</source>
        <translation>Вставка торговых данных</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="43"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="46"/>
        <source>Reporter stated</source>
        <translation>Отчитывающаяся страна указана</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="79"/>
        <source>Row {0}</source>
        <translation>Строка {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="79"/>
        <source>Row {0}, {1}</source>
        <translation>Строка {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="45"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="59"/>
        <source>Stored as {0}</source>
        <translation>Сохраняется как {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="44"/>
        <source>Value (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="151"/>
        <source>Values use “.” as the decimal point</source>
        <translation>Десятичный разделитель в значениях — «.»</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="152"/>
        <source>Values use “.” or “{0}” as the decimal point</source>
        <translation>Десятичный разделитель в значениях — «.» или «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="76"/>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="194"/>
        <source>column {0}</source>
        <translation>столбец {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="159"/>
        <source>e.g. National Statistical Committee, 2025</source>
        <translation>напр. Национальный статистический комитет, 2025</translation>
    </message>
    <message>
        <source>{0} rows · problems: {1}. Fix them in the spreadsheet and paste again: nothing is stored until every cell is valid.</source>
        <translation type="vanished">Строк: {0} · проблем: {1}. Исправьте их в электронной таблице и вставьте снова: ничего не сохраняется, пока все ячейки не будут допустимы.</translation>
    </message>
    <message>
        <source>{0} rows, all valid. They are stored as one step that Undo takes back.</source>
        <translation type="vanished">Строк: {0}, все допустимы. Они сохраняются одним шагом, который можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/trade_paste_dialog.py" line="203"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TradeStructurePlot</name>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="32"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="32"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="66"/>
        <source>No complete year of figures by HS chapter for this partner.</source>
        <translation>Нет ни одного полного года данных по главам ГС для этого партнёра.</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="37"/>
        <source>Not classified</source>
        <translation>Не классифицировано</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="49"/>
        <source>Source: {0}&apos;s trade statistics (chapter figures summed by product group; complete years only)</source>
        <translation>Источник: торговая статистика, отчитывающаяся страна — {0}
(данные по главам суммированы по товарным группам; только полные годы)</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="60"/>
        <source>Trade of {0} with {1} by product group</source>
        <translation>Торговля по товарным группам: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/trade_structure_plot.py" line="91"/>
        <source>USD million</source>
        <translation>млн долл. США</translation>
    </message>
</context>
<context>
    <name>TradeStructureView</name>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="105"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>HS</source>
        <translation>ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <location filename="../../desktop/views/trade_structure_view.py" line="164"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="166"/>
        <source>Share of the chapter in the turnover (exports plus imports over all HS chapters) of {0} with {1} in {2}</source>
        <translation>Доля главы в товарообороте (экспорт и импорт по всем главам ГС) страны {0} с партнёром {1} в {2} г.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="163"/>
        <source>Share of {0} turnover with {1}</source>
        <translation>Доля в товарообороте с {1} в {0} г.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="148"/>
        <source>The home country reports no trade figures yet (set the home country under Settings, then import figures).</source>
        <translation>Своя страна пока не сообщает торговых данных (задайте свою страну в настройках, затем импортируйте данные).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="160"/>
        <source>Top products</source>
        <translation>Основные товары</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="159"/>
        <source>Top products in {0}, USD million</source>
        <translation>Основные товары в {0}, млн долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="107"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_structure_view.py" line="177"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>TradeTableModel</name>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="334"/>
        <source>All goods (reported total)</source>
        <translation>Все товары (опубликованный итог)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="336"/>
        <source>HS chapter {0}: {1}</source>
        <translation>Глава ГС {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="64"/>
        <source>Net weight (kg)</source>
        <translation>Масса нетто (кг)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="94"/>
        <source>Re-export</source>
        <translation>Реэкспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="94"/>
        <source>Re-import</source>
        <translation>Реимпорт</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="62"/>
        <source>Reporter</source>
        <translation>Отчитывающаяся страна</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="349"/>
        <source>Reporter not stated: the figure was published for {0} and {1} without saying whose statistics it is; the flow is told from the side of {0}. It is a series of its own, never merged with either country&apos;s statistics.</source>
        <translation>Отчитывающаяся страна не указана: значение опубликовано для стран {0} и {1} без указания, чья это статистика; поток указан со стороны страны {0}. Это отдельный ряд, который никогда не объединяется со статистикой ни одной из стран.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="93"/>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="338"/>
        <source>USD {0}</source>
        <translation>{0} долл. США</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="63"/>
        <source>Value (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="309"/>
        <source>{0} kg</source>
        <translation>{0} кг</translation>
    </message>
    <message>
        <location filename="../../desktop/models/trade_table_model.py" line="88"/>
        <source>{0} — not stated</source>
        <translation>{0} — не указана</translation>
    </message>
</context>
<context>
    <name>TradeView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="651"/>
        <source>%Ln figure(s) are selected. Delete at most {0} at a time, or undo a whole import from the import history.</source>
        <translation>
            <numerusform>Выбрана %Ln запись. Удаляйте не более {0} за раз или отмените импорт целиком в истории импорта.</numerusform>
            <numerusform>Выбраны %Ln записи. Удаляйте не более {0} за раз или отмените импорт целиком в истории импорта.</numerusform>
            <numerusform>Выбрано %Ln записей. Удаляйте не более {0} за раз или отмените импорт целиком в истории импорта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="574"/>
        <source>%Ln figure(s) · adding up the values…</source>
        <translation>
            <numerusform>%Ln запись · суммирование значений…</numerusform>
            <numerusform>%Ln записи · суммирование значений…</numerusform>
            <numerusform>%Ln записей · суммирование значений…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="576"/>
        <source>%Ln figure(s) · sum of the listed values: USD {0}</source>
        <translation>
            <numerusform>%Ln запись · сумма показанных значений: {0} долл. США</numerusform>
            <numerusform>%Ln записи · сумма показанных значений: {0} долл. США</numerusform>
            <numerusform>%Ln записей · сумма показанных значений: {0} долл. США</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/trade_view.py" line="555"/>
        <source>%Ln figure(s) · the sum could not be computed: {0}</source>
        <translation>
            <numerusform>%Ln запись · сумму не удалось вычислить: {0}</numerusform>
            <numerusform>%Ln записи · сумму не удалось вычислить: {0}</numerusform>
            <numerusform>%Ln записей · сумму не удалось вычислить: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="345"/>
        <source>&amp;Clear filter</source>
        <translation>Сбросить &amp;фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="349"/>
        <source>&amp;Edit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="323"/>
        <source>&amp;Figures</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="355"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="324"/>
        <source>&amp;Mirror figures</source>
        <translation>&amp;Зеркальные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="348"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="328"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="351"/>
        <source>&amp;Paste block…</source>
        <translation>&amp;Вставить блок…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="327"/>
        <source>&amp;Reporter:</source>
        <translation>&amp;Отчитывающаяся страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="326"/>
        <source>&amp;Structure</source>
        <translation>С&amp;труктура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="373"/>
        <source>Any flow</source>
        <translation>Любой поток</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="376"/>
        <source>Any product group</source>
        <translation>Любая товарная группа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="357"/>
        <source>Counts and adds the listed figures as they are: a total and its chapters, or a year and its months, are both added when both are listed</source>
        <translation>Подсчитывает и суммирует показанные данные как есть: итог и его главы или год и его месяцы складываются вместе, если показаны и те и другие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="350"/>
        <source>De&amp;lete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="356"/>
        <source>E&amp;xport…</source>
        <translation>Экспо&amp;рт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="329"/>
        <source>F&amp;low:</source>
        <translation>Пото&amp;к:</translation>
    </message>
    <message>
        <source>First period (empty: from the earliest)</source>
        <translation type="vanished">Первый период (пусто: с самого раннего)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="333"/>
        <source>First period (empty: from the earliest); a figure is listed when its whole period lies within the range</source>
        <translation>Первый период (пусто: с самого раннего); данные показываются, если весь их период лежит в пределах диапазона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="325"/>
        <source>Import &amp;history</source>
        <translation>&amp;История импорта</translation>
    </message>
    <message>
        <source>Last period (empty: to the latest)</source>
        <translation type="vanished">Последний период (пусто: по самый поздний)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="335"/>
        <source>Last period (empty: to the latest); a figure is listed when its whole period lies within the range</source>
        <translation>Последний период (пусто: по самый поздний); данные показываются, если весь их период лежит в пределах диапазона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="571"/>
        <source>No figures</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="572"/>
        <source>No figures match the filter</source>
        <translation>Нет данных, соответствующих фильтру</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="678"/>
        <source>Nothing can be pasted: the database is open read-only.</source>
        <translation>Вставить ничего нельзя: база данных открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="352"/>
        <source>Paste rows copied from a spreadsheet (Ctrl+V): reporter, partner, period, flow, product, value_usd[, source, note]; a header line is optional</source>
        <translation>Вставить строки, скопированные из электронной таблицы (Ctrl+V): reporter, partner, period, flow, product, value_usd[, source, note]; строка заголовка необязательна</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="330"/>
        <source>Peri&amp;ods:</source>
        <translation>Период&amp;ы:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="331"/>
        <source>Pro&amp;duct:</source>
        <translation>Тов&amp;ар:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="407"/>
        <source>Product: enter TOTAL or the first digits of an HS code</source>
        <translation>Товар: введите TOTAL или первые цифры кода ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="343"/>
        <source>TOTAL for reported totals, or the first digits of HS codes (27 lists chapter 27 and its headings)</source>
        <translation>TOTAL для опубликованных итогов или первые цифры кодов ГС (27 — глава 27 и её товарные позиции)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="337"/>
        <source>TOTAL or HS code start</source>
        <translation>TOTAL или начало кода ГС</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trade_view.py" line="663"/>
        <source>Trade figures</source>
        <translation>Торговые данные</translation>
    </message>
    <message>
        <source>{0} figures are selected. Delete at most {1} at a time, or undo a whole import from the import history.</source>
        <translation type="vanished">Выбрано данных: {0}. Удаляйте не более {1} за раз или отмените импорт целиком в истории импорта.</translation>
    </message>
    <message>
        <source>{0} figures · adding up the values…</source>
        <translation type="vanished">Данных: {0} · суммирование значений…</translation>
    </message>
    <message>
        <source>{0} figures · sum of the listed values: USD {1}</source>
        <translation type="vanished">Данных: {0} · сумма показанных значений: {1} долл. США</translation>
    </message>
    <message>
        <source>{0} figures · the sum could not be computed: {1}</source>
        <translation type="vanished">Данных: {0} · сумму не удалось вычислить: {1}</translation>
    </message>
</context>
</TS>
