<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>DataCharts</name>
        <message>
            <source>Events per day (UTC)</source>
            <translation>События по дням (UTC)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>День (UTC)</translation>
        </message>
        <message>
            <source>Views per day</source>
            <translation>Просмотров в день</translation>
        </message>
        <message>
            <source>Add-to-carts and purchases per day</source>
            <translation>В корзину и покупки в день</translation>
        </message>
        <message>
            <source>Visitors by number of events</source>
            <translation>Посетители по числу событий</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Events per visitor</source>
            <translation>Событий на посетителя</translation>
        </message>
        <message>
            <source>Visitors (log scale)</source>
            <translation>Посетители (лог. шкала)</translation>
        </message>
        <message>
            <source>%1 visitors</source>
            <translation>Посетителей: %1</translation>
        </message>
        <message>
            <source>Mean %1 events per visitor, median %2, 90th percentile %3, 99th percentile %4, maximum %5; %6 of visitors have exactly one event.</source>
            <translation>В среднем %1 события на посетителя, медиана %2, 90-й процентиль %3, 99-й процентиль %4, максимум %5; у %6 посетителей ровно одно событие.</translation>
        </message>
        <message>
            <source>Bins without visitors have no bar (a log scale cannot show zero).</source>
            <translation>У интервалов без посетителей нет столбца (логарифмическая шкала не показывает ноль).</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Просмотры</translation>
        </message>
        <message>
            <source>Add-to-carts</source>
            <translation>В корзину</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>There is no chart to export.</source>
            <translation>Нет графика для экспорта.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Не удаётся записать %1.</translation>
        </message>
        <message>
            <source>Exported from Vitrina</source>
            <translation>Экспортировано из Vitrina</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Экспорт графика</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Экспорт таблицы</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Таблица CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <extracomment>A percentage; %1 is the number. Russian typography puts a (non-breaking) space before the sign.</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 мс</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>осталось около %1 с</translation>
        </message>
        <message>
            <source>about %1 min left</source>
            <translation>осталось около %1 мин</translation>
        </message>
        <message>
            <source>%1 B</source>
            <translation>%1 Б</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 КБ</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 ГБ</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 (время UTC)</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <extracomment>Percentage points, the unit of a difference of two rates.</extracomment>
            <translation>%1 п. п.</translation>
        </message>
        <message>
            <source>&lt; %1</source>
            <extracomment>A p-value below the smallest one shown; %1 is 0.0001.</extracomment>
            <translation>&lt; %1</translation>
        </message>
    </context>
    <context>
        <name>FunnelCharts</name>
        <message>
            <source>Funnel: %1</source>
            <translation>Воронка: %1</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>View → cart</source>
            <translation>Просмотр → корзина</translation>
        </message>
        <message>
            <source>View → purchase</source>
            <translation>Просмотр → покупка</translation>
        </message>
        <message>
            <source>Conversion by ISO week (%1)</source>
            <translation>Конверсия по неделям ISO (%1)</translation>
        </message>
        <message>
            <source>Conversion by day, UTC (%1)</source>
            <translation>Конверсия по дням, UTC (%1)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>День (UTC)</translation>
        </message>
        <message>
            <source>From view, %</source>
            <translation>От просмотра, %</translation>
        </message>
        <message>
            <source>Cart → purchase, %</source>
            <translation>Корзина → покупка, %</translation>
        </message>
        <message>
            <source>Conversion by top-level category</source>
            <translation>Конверсия по категориям верхнего уровня</translation>
        </message>
        <message>
            <source>Conversion, % (%1)</source>
            <translation>Конверсия, % (%1)</translation>
        </message>
        <message>
            <source>Cart → purchase</source>
            <translation>Корзина → покупка</translation>
        </message>
        <message>
            <source>ISO week (UTC)</source>
            <translation>Неделя ISO (UTC)</translation>
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>Internal error: {0}</source>
            <translation>Внутренняя ошибка: {0}</translation>
        </message>
        <message>
            <source>Not enough memory: {0}</source>
            <translation>Недостаточно памяти: {0}</translation>
        </message>
        <message>
            <source>The operation was cancelled</source>
            <translation>Операция отменена</translation>
        </message>
        <message>
            <source>Unknown parameter '{0}'</source>
            <translation>Неизвестный параметр «{0}»</translation>
        </message>
        <message>
            <source>Parameter '{0}' must be a number, got '{1}'</source>
            <translation>Параметр «{0}» должен быть числом, получено «{1}»</translation>
        </message>
        <message>
            <source>Parameter '{0}' must be an integer, got '{1}'</source>
            <translation>Параметр «{0}» должен быть целым числом, получено «{1}»</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} is outside the allowed range {2}</source>
            <translation>Параметр «{0}» = {1} вне допустимого диапазона {2}</translation>
        </message>
        <message>
            <source>Parameter '{0}' = '{1}' is not one of: {2}</source>
            <translation>Параметр «{0}» = «{1}» не входит в список: {2}</translation>
        </message>
        <message>
            <source>Parameter '{0}' has the wrong type: expected {1}</source>
            <translation>Параметр «{0}» имеет неверный тип: ожидается {1}</translation>
        </message>
        <message>
            <source>The file does not exist</source>
            <translation>Файл не существует</translation>
        </message>
        <message>
            <source>This is a folder, not a CSV file</source>
            <translation>Это папка, а не файл CSV</translation>
        </message>
        <message>
            <source>This is not a regular file (a device, pipe or socket)</source>
            <translation>Это не обычный файл (устройство, канал или сокет)</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>Файл не удаётся прочитать: {0}</translation>
        </message>
        <message>
            <source>The file is empty: it has no header line; expected the columns {0}</source>
            <translation>Файл пуст: в нём нет строки заголовка; ожидаются столбцы {0}</translation>
        </message>
        <message>
            <source>The first line is data, not a header; expected the columns {0}</source>
            <translation>Первая строка содержит данные, а не заголовок; ожидаются столбцы {0}</translation>
        </message>
        <message>
            <source>The header lacks the column(s) {0}; expected the columns {1}</source>
            <translation>В заголовке нет столбцов {0}; ожидаются столбцы {1}</translation>
        </message>
        <message>
            <source>The header has unknown column(s) {0}; expected the columns {1}</source>
            <translation>В заголовке неизвестные столбцы {0}; ожидаются столбцы {1}</translation>
        </message>
        <message>
            <source>The header names the column {0} twice; expected the columns {1}</source>
            <translation>В заголовке столбец {0} указан дважды; ожидаются столбцы {1}</translation>
        </message>
        <message>
            <source>The file has a header but no data rows</source>
            <translation>В файле есть заголовок, но нет строк данных</translation>
        </message>
        <message>
            <source>The row has the wrong number of fields</source>
            <translation>В строке неверное число полей</translation>
        </message>
        <message>
            <source>A quoted field is not closed, or text follows its closing quote</source>
            <translation>Поле в кавычках не закрыто, или после закрывающей кавычки идёт текст</translation>
        </message>
        <message>
            <source>The row is cut off at the end of the file</source>
            <translation>Строка обрывается в конце файла</translation>
        </message>
        <message>
            <source>The timestamp is not a whole number of milliseconds</source>
            <translation>Метка времени не является целым числом миллисекунд</translation>
        </message>
        <message>
            <source>The timestamp has 10 digits: it looks like seconds, but milliseconds are expected</source>
            <translation>В метке времени 10 цифр: похоже на секунды, а ожидаются миллисекунды</translation>
        </message>
        <message>
            <source>The timestamp is in scientific notation with too few digits (like 1.43E+12, as a spreadsheet writes it) and has lost precision</source>
            <translation>Метка времени записана в экспоненциальной форме со слишком малым числом цифр (как 1.43E+12 из электронной таблицы) и потеряла точность</translation>
        </message>
        <message>
            <source>The timestamp is outside 2000-01-01 .. 2100-01-01</source>
            <translation>Метка времени вне диапазона 2000-01-01 .. 2100-01-01</translation>
        </message>
        <message>
            <source>The visitorid is not a non-negative whole number</source>
            <translation>Значение visitorid не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The itemid is not a non-negative whole number</source>
            <translation>Значение itemid не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The event is not one of view, addtocart, transaction</source>
            <translation>Событие не является одним из view, addtocart, transaction</translation>
        </message>
        <message>
            <source>A transaction event has no transactionid</source>
            <translation>У события transaction нет transactionid</translation>
        </message>
        <message>
            <source>The transactionid is not a non-negative whole number</source>
            <translation>Значение transactionid не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The value of property categoryid is not a category id</source>
            <translation>Значение свойства categoryid не является идентификатором категории</translation>
        </message>
        <message>
            <source>The value of property available is neither 0 nor 1</source>
            <translation>Значение свойства available не равно ни 0, ни 1</translation>
        </message>
        <message>
            <source>The value of property 790 is not a number like n5400.000</source>
            <translation>Значение свойства 790 не является числом вида n5400.000</translation>
        </message>
        <message>
            <source>The categoryid is not a non-negative whole number</source>
            <translation>Значение categoryid не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The parentid is neither empty nor a non-negative whole number</source>
            <translation>Значение parentid не пустое и не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The category is listed again (its first row is kept)</source>
            <translation>Категория указана повторно (сохранена её первая строка)</translation>
        </message>
        <message>
            <source>The id is not a non-negative whole number</source>
            <translation>Идентификатор не является неотрицательным целым числом</translation>
        </message>
        <message>
            <source>The id already has a name (its first row is kept)</source>
            <translation>У идентификатора уже есть название (сохранена его первая строка)</translation>
        </message>
        <message>
            <source>The name is not valid UTF-8</source>
            <translation>Название не является корректным UTF-8</translation>
        </message>
        <message>
            <source>{0} view or addtocart row(s) carry a transactionid; they are kept as events (first lines: {1})</source>
            <translation>Строк view или addtocart с transactionid: {0}; они сохранены как события (первые строки: {1})</translation>
        </message>
        <message>
            <source>{0} categories name a parent that is not in the tree and are treated as roots: {1}</source>
            <translation>Категорий с родителем, которого нет в дереве: {0}; они считаются корнями: {1}</translation>
        </message>
        <message>
            <source>The categories {0} form a cycle; {1} was made a root (its parent {2} is ignored)</source>
            <translation>Категории {0} образуют цикл; {1} сделана корнем (её родитель {2} не учитывается)</translation>
        </message>
        <message>
            <source>{0} more cycles in the category tree were broken the same way</source>
            <translation>Ещё циклов в дереве категорий, разорванных так же: {0}</translation>
        </message>
        <message>
            <source>The category tree is deeper than 255 levels; deeper categories are shown at level 255</source>
            <translation>Дерево категорий глубже 255 уровней; более глубокие категории показаны на уровне 255</translation>
        </message>
        <message>
            <source>{0} categories used by items are not in the category tree and were added as roots: {1}</source>
            <translation>Категорий товаров, которых нет в дереве категорий: {0}; они добавлены как корни: {1}</translation>
        </message>
        <message>
            <source>No file or folder was given to import</source>
            <translation>Не указан файл или папка для импорта</translation>
        </message>
        <message>
            <source>The file or folder does not exist</source>
            <translation>Файл или папка не существует</translation>
        </message>
        <message>
            <source>The file name does not say what it holds; expected events*.csv, item_properties*.csv, category_tree*.csv, category_names*.csv or item_names*.csv</source>
            <translation>По имени файла непонятно, что в нём; ожидаются events*.csv, item_properties*.csv, category_tree*.csv, category_names*.csv или item_names*.csv</translation>
        </message>
        <message>
            <source>Two files hold the {0}: {1} and {2}</source>
            <translation>Два файла содержат {0}: {1} и {2}</translation>
        </message>
        <message>
            <source>The folder {0} has no events.csv</source>
            <translation>В папке {0} нет events.csv</translation>
        </message>
        <message>
            <source>None of the given files is an events file (events*.csv)</source>
            <translation>Ни один из указанных файлов не является файлом событий (events*.csv)</translation>
        </message>
        <message>
            <source>The project file does not exist</source>
            <translation>Файл проекта не существует</translation>
        </message>
        <message>
            <source>This is a folder, not a project file</source>
            <translation>Это папка, а не файл проекта</translation>
        </message>
        <message>
            <source>The project file cannot be opened or created: {0}</source>
            <translation>Файл проекта не удаётся открыть или создать: {0}</translation>
        </message>
        <message>
            <source>Not a Vitrina project: the file is not an SQLite database</source>
            <translation>Это не проект Vitrina: файл не является базой данных SQLite</translation>
        </message>
        <message>
            <source>Not a Vitrina project: the file is empty</source>
            <translation>Это не проект Vitrina: файл пуст</translation>
        </message>
        <message>
            <source>Not a Vitrina project: an SQLite database of another application</source>
            <translation>Это не проект Vitrina: база данных SQLite другой программы</translation>
        </message>
        <message>
            <source>The project was written by a newer Vitrina (project schema {0}; this version reads schemas up to {1})</source>
            <translation>Проект записан более новой версией Vitrina (схема проекта {0}; эта версия читает схемы до {1})</translation>
        </message>
        <message>
            <source>Upgrading the project from schema {0} to {1} failed: {2}</source>
            <translation>Не удалось обновить проект со схемы {0} до {1}: {2}</translation>
        </message>
        <message>
            <source>The project file is damaged: {0}</source>
            <translation>Файл проекта повреждён: {0}</translation>
        </message>
        <message>
            <source>The project file is locked by another program</source>
            <translation>Файл проекта заблокирован другой программой</translation>
        </message>
        <message>
            <source>SQLite error while {0}: {1}</source>
            <translation>Ошибка SQLite при операции «{0}»: {1}</translation>
        </message>
        <message>
            <source>The project holds no dataset yet</source>
            <translation>В проекте ещё нет набора данных</translation>
        </message>
        <message>
            <source>The project has no {0} named '{1}'</source>
            <translation>В проекте нет объекта {0} с именем «{1}»</translation>
        </message>
        <message>
            <source>An artefact kind and name must be non-empty, got kind '{0}', name '{1}'</source>
            <translation>Тип и имя объекта не должны быть пустыми, получены тип «{0}», имя «{1}»</translation>
        </message>
        <message>
            <source>The session index covers {0} events and {1} visitors, but the dataset has {2} events and {3} visitors: rebuild the sessions</source>
            <translation>Индекс сессий охватывает {0} событий и {1} посетителей, а в наборе данных {2} событий и {3} посетителей: постройте сессии заново</translation>
        </message>
        <message>
            <source>The event log is inconsistent: {0}</source>
            <translation>Журнал событий противоречив: {0}</translation>
        </message>
        <message>
            <source>Visitor index {0} is outside the dataset's {1} visitors</source>
            <translation>Индекс посетителя {0} вне пределов набора данных ({1} посетителей)</translation>
        </message>
        <message>
            <source>'{0}' needs at least {1} values, got {2}</source>
            <translation>Для «{0}» нужно не меньше {1} значений, получено {2}</translation>
        </message>
        <message>
            <source>'{0}' has {1} values but '{2}' has {3}: paired values must have the same length</source>
            <translation>В «{0}» {1} значений, а в «{2}» {3}: парные ряды должны быть одной длины</translation>
        </message>
        <message>
            <source>'{0}' holds a value that is not a finite number at position {1}</source>
            <translation>В «{0}» на позиции {1} значение не является конечным числом</translation>
        </message>
        <message>
            <source>'{0}' = {1} must not be negative</source>
            <translation>«{0}» = {1} не может быть отрицательным</translation>
        </message>
        <message>
            <source>'{0}' = {1} exceeds '{2}' = {3}</source>
            <translation>«{0}» = {1} больше, чем «{2}» = {3}</translation>
        </message>
        <message>
            <source>'{0}' has mean 0: a relative lift against it is undefined</source>
            <translation>Среднее «{0}» равно 0: относительный прирост к нему не определён</translation>
        </message>
        <message>
            <source>'{0}' = {1} must lie in [0, 1]</source>
            <translation>«{0}» = {1} должно лежать в [0, 1]</translation>
        </message>
        <message>
            <source>'{0}' must be positive and sum to 1, the sum is {1}</source>
            <translation>«{0}» должны быть положительными и в сумме давать 1, сумма равна {1}</translation>
        </message>
        <message>
            <source>'{0}' = {1}: the effect to detect must differ from 0 and keep both rates inside (0, 1)</source>
            <translation>«{0}» = {1}: обнаруживаемый эффект должен отличаться от 0 и оставлять обе доли внутри (0, 1)</translation>
        </message>
        <message>
            <source>Item index {0} in '{1}' is outside the catalogue of {2} items</source>
            <translation>Индекс товара {0} в «{1}» вне каталога из {2} товаров</translation>
        </message>
        <message>
            <source>Parameter '{0}' must list distinct positive cut-offs, got {1}</source>
            <translation>Параметр «{0}» должен содержать различные положительные отсечки, получено {1}</translation>
        </message>
        <message>
            <source>'{0}' has {1} entries but the catalogue has {2} items</source>
            <translation>В «{0}» {1} записей, а в каталоге {2} товаров</translation>
        </message>
        <message>
            <source>Cannot merge metric accumulators with different settings ({0})</source>
            <translation>Нельзя объединить накопители метрик с разными настройками ({0})</translation>
        </message>
        <message>
            <source>The output folder cannot be created: {0}</source>
            <translation>Не удаётся создать выходную папку: {0}</translation>
        </message>
        <message>
            <source>The output path exists and is not a folder</source>
            <translation>Выходной путь существует и не является папкой</translation>
        </message>
        <message>
            <source>The file cannot be written: {0}</source>
            <translation>Файл не удаётся записать: {0}</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, строка %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The dataset has no events to evaluate on</source>
            <translation>В наборе данных нет событий для оценки</translation>
        </message>
        <message>
            <source>Protocol '{0}' leaves no training events ({1})</source>
            <translation>Протокол «{0}» не оставляет обучающих событий ({1})</translation>
        </message>
        <message>
            <source>Protocol '{0}' produces no test lists ({1})</source>
            <translation>Протокол «{0}» не даёт тестовых списков ({1})</translation>
        </message>
        <message>
            <source>{0} of {1} lists ({2} %) were made with no prior history: each model used its fallback; they form the 'cold' segment</source>
            <translation>{0} из {1} списков ({2} %) построены без предыстории: каждая модель использовала запасной вариант; они образуют сегмент «холодные»</translation>
        </message>
        <message>
            <source>{0} of {1} relevant items have no training interaction: no model can recommend them</source>
            <translation>У {0} из {1} релевантных товаров нет обучающих взаимодействий: ни одна модель не может их рекомендовать</translation>
        </message>
        <message>
            <source>Evaluated a seeded sample of {0} of {1} lists (parameter 'max_lists')</source>
            <translation>Оценена выборка с фиксированным зерном: {0} из {1} списков (параметр «max_lists»)</translation>
        </message>
        <message>
            <source>Parameter '{0}' names model '{1}', which is not among the evaluated models ({2})</source>
            <translation>Параметр «{0}» указывает модель «{1}», которой нет среди оцениваемых моделей ({2})</translation>
        </message>
        <message>
            <source>Model '{0}' is listed twice in parameter 'models'</source>
            <translation>Модель «{0}» указана дважды в параметре «models»</translation>
        </message>
        <message>
            <source>Only {0} lists have a relevant item: significance needs at least 2</source>
            <translation>Релевантный товар есть только в {0} списках: для значимости нужно не меньше 2</translation>
        </message>
        <message>
            <source>Visitor '{0}' is not in the dataset</source>
            <translation>Посетителя «{0}» нет в наборе данных</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} lies outside the data ({2} .. {3})</source>
            <translation>Параметр «{0}» = {1} лежит вне данных ({2} .. {3})</translation>
        </message>
        <message>
            <source>Sample ratio mismatch (chi-square p = {0} &lt; 0.001): the split is broken, so the comparison cannot be trusted</source>
            <translation>Нарушено соотношение выборок (хи-квадрат p = {0} &lt; 0.001): разбиение сломано, сравнению нельзя доверять</translation>
        </message>
        <message>
            <source>Revenue is a proxy: the sum of property 790 of the purchased listed items; its unit is whatever the data holds</source>
            <translation>Выручка — приближённая: сумма свойства 790 купленных товаров из списка; единицы те, что в данных</translation>
        </message>
        <message>
            <source>Property 790 is not loaded: there is no revenue proxy</source>
            <translation>Свойство 790 не загружено: приближения выручки нет</translation>
        </message>
        <message>
            <source>The data ends {0} h after the last list: conversions of the last day are counted over a shorter horizon than {1} h</source>
            <translation>Данные заканчиваются через {0} ч после последнего списка: конверсии последнего дня считаются на горизонте короче {1} ч</translation>
        </message>
        <message>
            <source>Arm '{0}' received fewer than 2 visitors: nothing to compare</source>
            <translation>В вариант «{0}» попало меньше 2 посетителей: сравнивать нечего</translation>
        </message>
        <message>
            <source>The data cannot hold a {0}-day test: {1}</source>
            <translation>В данных не помещается тест длиной {0} дн.: {1}</translation>
        </message>
        <message>
            <source>Metric '{0}' is not available in this experiment: {1}</source>
            <translation>Метрика «{0}» недоступна в этом эксперименте: {1}</translation>
        </message>
        <message>
            <source>The stored model '{0}' has an unreadable description: {1}</source>
            <translation>Не удаётся прочитать описание сохранённой модели «{0}»: {1}</translation>
        </message>
        <message>
            <source>The stored model '{0}' was trained on another dataset</source>
            <translation>Сохранённая модель «{0}» обучена на другом наборе данных</translation>
        </message>
        <message>
            <source>The stored model '{0}' cannot be restored: rebuilding its training split gives {1} training events ending at {2} ms, the model was trained on {3} ending at {4} ms</source>
            <translation>Сохранённую модель «{0}» нельзя восстановить: заново построенная обучающая часть содержит {1} событий до {2} мс, а модель обучалась на {3} событиях до {4} мс</translation>
        </message>
        <message>
            <source>The stored model '{0}' cannot be read: {1}</source>
            <translation>Не удаётся прочитать сохранённую модель «{0}»: {1}</translation>
        </message>
        <message>
            <source>There is no trained model named '{0}'</source>
            <translation>Обученной модели с именем «{0}» нет</translation>
        </message>
        <message>
            <source>The saved evaluation '{0}' cannot be read: {1}</source>
            <translation>Не удаётся прочитать сохранённую оценку «{0}»: {1}</translation>
        </message>
        <message>
            <source>Because you viewed item {0} ({1}): {2} % of the score</source>
            <translation>Потому что вы смотрели товар {0} ({1}): {2} % оценки</translation>
        </message>
        <message>
            <source>Because you added item {0} ({1}) to the cart: {2} % of the score</source>
            <translation>Потому что вы добавили в корзину товар {0} ({1}): {2} % оценки</translation>
        </message>
        <message>
            <source>Because you bought item {0} ({1}): {2} % of the score</source>
            <translation>Потому что вы купили товар {0} ({1}): {2} % оценки</translation>
        </message>
        <message>
            <source>Popular in category {0}: {1} % of the score</source>
            <translation>Популярен в категории {0}: {1} % оценки</translation>
        </message>
        <message>
            <source>Popular overall: {0} % of the score</source>
            <translation>Популярен среди всех посетителей: {0} % оценки</translation>
        </message>
        <message>
            <source>Among the most popular items (the model had nothing more to say)</source>
            <translation>Среди самых популярных товаров (больше модели сказать нечего)</translation>
        </message>
        <message>
            <source>Often bought together with item {0} ({1}) in your cart (lift {2}): {3} % of the score</source>
            <translation>Часто покупают вместе с товаром {0} ({1}) из вашей корзины (lift {2}): {3} % оценки</translation>
        </message>
        <message>
            <source>Often bought together with item {0} ({1}) that you viewed (lift {2}): {3} % of the score</source>
            <translation>Часто покупают вместе с просмотренным вами товаром {0} ({1}) (lift {2}): {3} % оценки</translation>
        </message>
        <message>
            <source>Visitors with similar sessions also viewed it ({0} neighbour sessions): {1} % of the score</source>
            <translation>Посетители с похожими сессиями тоже смотрели его (соседних сессий: {0}): {1} % оценки</translation>
        </message>
        <message>
            <source>You viewed it recently (item {0}, {1}): {2} % of the score</source>
            <translation>Вы недавно смотрели его (товар {0}, {1}): {2} % оценки</translation>
        </message>
        <message>
            <source>Your funnel stage: {0}</source>
            <translation>Ваш этап воронки: {0}</translation>
        </message>
        <message>
            <source>Model {0} (weight {1} in this stage): {2} % of the score</source>
            <translation>Модель {0} (вес {1} на этом этапе): {2} % оценки</translation>
        </message>
        <message>
            <source>Moved by the re-ranker {0} (the model alone ranked it {1})</source>
            <translation>Переставлен переранжированием {0} (сама модель поставила его на место {1})</translation>
        </message>
        <message>
            <source>Parameter '{0}' must not be empty</source>
            <translation>Параметр «{0}» не может быть пустым</translation>
        </message>
        <message>
            <source>No project file name was given</source>
            <translation>Не указано имя файла проекта</translation>
        </message>
        <message>
            <source>Model '{0}' would need about {1} of memory to train (a {2}), more than the {3} this computer can spare: lower {4}</source>
            <translation>Для обучения модели «{0}» нужно около {1} памяти ({2}), больше, чем может выделить этот компьютер ({3}): уменьшите {4}</translation>
        </message>
        <message>
            <source>Arm '{0}' beats control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Группа «{0}» лучше контроля «{1}» по метрике {2}: относительный прирост {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' is worse than control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Группа «{0}» хуже контроля «{1}» по метрике {2}: относительный прирост {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>No significant difference between '{0}' and control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</source>
            <translation>Значимой разницы между «{0}» и контролем «{1}» по метрике {2} нет: относительный прирост {3} (интервал {4}: от {5} до {6}), p = {7}; при таком трафике тест обнаруживает относительный прирост около {8} с мощностью {9}</translation>
        </message>
        <message>
            <source>Arm '{0}' beats control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Группа «{0}» лучше контроля «{1}» по метрике {2}: разность {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' is worse than control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Группа «{0}» хуже контроля «{1}» по метрике {2}: разность {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>No significant difference between '{0}' and control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</source>
            <translation>Значимой разницы между «{0}» и контролем «{1}» по метрике {2} нет: разность {3} (интервал {4}: от {5} до {6}), p = {7}; при таком трафике тест обнаруживает относительный прирост около {8} с мощностью {9}</translation>
        </message>
        <message>
            <source>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Сравнение группы «{0}» с контролем «{1}» по метрике {2} не интерпретируется, разбиение нарушено: относительный прирост {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Сравнение группы «{0}» с контролем «{1}» по метрике {2} не интерпретируется, разбиение нарушено: разность {3} (интервал {4}: от {5} до {6}), p = {7}</translation>
        </message>
        <message>
            <source>{0} treatment arms share the control: each verdict's p-value is multiplied by {0} (Bonferroni) and its intervals are at level {1}, so that verdict and interval agree</source>
            <translation>Тестовых групп с общим контролем: {0}. p-значение каждого вывода умножено на {0} (поправка Бонферрони), а его интервалы построены на уровне {1}, поэтому вывод и интервал согласованы</translation>
        </message>
        <message>
            <source>Control '{0}' has no conversion on {1}: a relative lift against it is undefined, so the difference is given instead</source>
            <translation>У контроля «{0}» нет ни одной конверсии по метрике {1}: относительный прирост к нему не определён, поэтому приведена разность</translation>
        </message>
        <message>
            <source>Control '{0}': its {1} is not distinguishable from zero, so a relative lift against it has no bounded interval; the difference is given instead</source>
            <translation>Контроль «{0}»: метрика {1} неотличима от нуля, поэтому у относительного прироста нет ограниченного интервала; приведена разность</translation>
        </message>
        <message>
            <source>The project has no saved experiment named '{0}'</source>
            <translation>В проекте нет сохранённого эксперимента «{0}»</translation>
        </message>
        <message>
            <source>The saved experiment '{0}' cannot be read: {1}</source>
            <translation>Сохранённый эксперимент «{0}» не удаётся прочитать: {1}</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Случайная</translation>
        </message>
        <message>
            <source>a seeded shuffle</source>
            <translation>перемешивание с зерном</translation>
        </message>
        <message>
            <source>Popular</source>
            <translation>Популярные</translation>
        </message>
        <message>
            <source>global, decayed, per category</source>
            <translation>общие, свежие, по категориям</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Недавние</translation>
        </message>
        <message>
            <source>re-show the latest items</source>
            <translation>повтор последних товаров</translation>
        </message>
        <message>
            <source>item-based neighbours</source>
            <translation>соседи по товарам</translation>
        </message>
        <message>
            <source>implicit feedback</source>
            <translation>неявная обратная связь</translation>
        </message>
        <message>
            <source>pairwise ranking</source>
            <translation>попарное ранжирование</translation>
        </message>
        <message>
            <source>shallow autoencoder</source>
            <translation>неглубокий автокодировщик</translation>
        </message>
        <message>
            <source>Bought together</source>
            <translation>Покупают вместе</translation>
        </message>
        <message>
            <source>co-occurrence lift</source>
            <translation>лифт пар товаров</translation>
        </message>
        <message>
            <source>session neighbours</source>
            <translation>соседние сессии</translation>
        </message>
        <message>
            <source>vector session neighbours</source>
            <translation>векторные соседние сессии</translation>
        </message>
        <message>
            <source>Funnel-aware hybrid</source>
            <translation>Гибрид с учётом воронки</translation>
        </message>
        <message>
            <source>weights per stage</source>
            <translation>веса по стадиям</translation>
        </message>
        <message>
            <source>Static hybrid</source>
            <translation>Статический гибрид</translation>
        </message>
        <message>
            <source>one weight vector</source>
            <translation>один вектор весов</translation>
        </message>
        <message>
            <source>re-orders the inner model's top items for diversity</source>
            <translation>переупорядочивает лучшие товары внутренней модели ради разнообразия</translation>
        </message>
        <message>
            <source>category affinity</source>
            <translation>близость по категориям</translation>
        </message>
        <message>
            <source>moves the inner model's top items towards the visitor's categories</source>
            <translation>поднимает выше лучшие товары внутренней модели из категорий посетителя</translation>
        </message>
        <message>
            <source>Weight of a view event</source>
            <translation>Вес события просмотра</translation>
        </message>
        <message>
            <source>Weight of an addtocart event</source>
            <translation>Вес события добавления в корзину</translation>
        </message>
        <message>
            <source>Weight of a transaction event</source>
            <translation>Вес события покупки</translation>
        </message>
        <message>
            <source>How repeated events of one visitor and item combine</source>
            <translation>Как объединяются повторные события одного посетителя и товара</translation>
        </message>
        <message>
            <source>Latent factors</source>
            <translation>Число латентных факторов</translation>
        </message>
        <message>
            <source>Half-life of an event's weight in days before the training cutoff (0 = no decay)</source>
            <translation>Период полураспада веса события в днях до границы обучения (0 — без затухания)</translation>
        </message>
        <message>
            <source>Blend in the popularity within the visitor's most frequent or most recent category</source>
            <translation>Подмешивать популярность внутри самой частой или последней категории посетителя</translation>
        </message>
        <message>
            <source>Weight of the within-category popularity when per_category is on</source>
            <translation>Вес популярности внутри категории при включённом per_category</translation>
        </message>
        <message>
            <source>How many of the latest distinct items to re-show</source>
            <translation>Сколько последних различных товаров показать снова</translation>
        </message>
        <message>
            <source>Which events count: any type, or views only</source>
            <translation>Какие события учитываются: любого типа или только просмотры</translation>
        </message>
        <message>
            <source>Neighbours kept per item</source>
            <translation>Сколько соседей хранить на товар</translation>
        </message>
        <message>
            <source>Shrinkage added to the cosine denominator (weighting none or tfidf)</source>
            <translation>Сглаживание, добавляемое к знаменателю косинуса (взвешивание none или tfidf)</translation>
        </message>
        <message>
            <source>Re-weighting of the visitor x item matrix before the similarity</source>
            <translation>Перевзвешивание матрицы посетитель × товар перед расчётом сходства</translation>
        </message>
        <message>
            <source>BM25 K1 (term saturation)</source>
            <translation>BM25 K1 (насыщение термина)</translation>
        </message>
        <message>
            <source>BM25 B (length normalisation)</source>
            <translation>BM25 B (нормировка по длине)</translation>
        </message>
        <message>
            <source>Minimum number of baskets holding both items</source>
            <translation>Минимальное число корзин, содержащих оба товара</translation>
        </message>
        <message>
            <source>Items kept per anchor (largest lift first)</source>
            <translation>Сколько товаров хранить на опорный товар (сначала с наибольшим lift)</translation>
        </message>
        <message>
            <source>Weight of an anchor the visitor only viewed (carted or bought anchors weigh 1)</source>
            <translation>Вес опорного товара, который посетитель только просмотрел (добавленные в корзину или купленные весят 1)</translation>
        </message>
        <message>
            <source>L2 regularisation lambda</source>
            <translation>Коэффициент L2-регуляризации lambda</translation>
        </message>
        <message>
            <source>Confidence slope: c = 1 + alpha * weighted count</source>
            <translation>Наклон уверенности: c = 1 + alpha * взвешенное число</translation>
        </message>
        <message>
            <source>Conjugate-gradient steps per row and half-sweep</source>
            <translation>Шагов сопряжённых градиентов на строку и полупроход</translation>
        </message>
        <message>
            <source>L2 regularisation of visitor factors (lambda_W)</source>
            <translation>L2-регуляризация факторов посетителей (lambda_W)</translation>
        </message>
        <message>
            <source>L2 regularisation of the positive item (lambda_H+)</source>
            <translation>L2-регуляризация положительного товара (lambda_H+)</translation>
        </message>
        <message>
            <source>L2 regularisation of the negative item (lambda_H-)</source>
            <translation>L2-регуляризация отрицательного товара (lambda_H-)</translation>
        </message>
        <message>
            <source>Learn a bias per item</source>
            <translation>Обучать смещение для каждого товара</translation>
        </message>
        <message>
            <source>Positives drawn uniformly with replacement (LearnBPR), or each once per epoch</source>
            <translation>Положительные пары выбираются равномерно с возвращением (LearnBPR) или каждая по разу за эпоху</translation>
        </message>
        <message>
            <source>Fold-in of a history: SGD steps on the visitor vector = this x distinct history items</source>
            <translation>Встраивание истории: шагов SGD по вектору посетителя = это значение × число различных товаров истории</translation>
        </message>
        <message>
            <source>Most popular training items modelled (N; memory grows as N^2)</source>
            <translation>Сколько самых популярных товаров моделировать (N; память растёт как N^2)</translation>
        </message>
        <message>
            <source>L2 regularisation added to the diagonal of X^T X</source>
            <translation>L2-регуляризация, добавляемая к диагонали X^T X</translation>
        </message>
        <message>
            <source>Precision of the Gram matrix inversion (double needs three times the memory)</source>
            <translation>Точность обращения матрицы Грама (double требует втрое больше памяти)</translation>
        </message>
        <message>
            <source>Neighbour sessions the scores come from</source>
            <translation>Сколько соседних сессий дают оценки</translation>
        </message>
        <message>
            <source>Candidate sessions considered before the top k (0 = every session sharing an item)</source>
            <translation>Сколько сессий-кандидатов рассматривать до отбора k лучших (0 — все сессии с общим товаром)</translation>
        </message>
        <message>
            <source>Which candidates to keep: the most recent sessions, or a seeded random sample</source>
            <translation>Каких кандидатов оставлять: самые недавние сессии или случайную выборку с зерном</translation>
        </message>
        <message>
            <source>Session similarity</source>
            <translation>Сходство сессий</translation>
        </message>
        <message>
            <source>Position weight of the current session's clicks in the similarity</source>
            <translation>Вес позиции кликов текущей сессии в сходстве</translation>
        </message>
        <message>
            <source>Decay of a neighbour's score by the distance of its latest shared click</source>
            <translation>Затухание оценки соседа по расстоянию до его последнего общего клика</translation>
        </message>
        <message>
            <source>Use only the last N clicks of the current session (0 = all)</source>
            <translation>Использовать только последние N кликов текущей сессии (0 — все)</translation>
        </message>
        <message>
            <source>Keep the current session's items among the results</source>
            <translation>Оставлять товары текущей сессии в результатах</translation>
        </message>
        <message>
            <source>Boost the last three clicks as reminders</source>
            <translation>Усиливать последние три клика как напоминания</translation>
        </message>
        <message>
            <source>Divide the scores by their maximum</source>
            <translation>Делить оценки на их максимум</translation>
        </message>
        <message>
            <source>Catalogue ids of the blended models, comma-separated</source>
            <translation>Идентификаторы смешиваемых моделей из каталога через запятую</translation>
        </message>
        <message>
            <source>Components also scored on the current session alone (session / history fusion)</source>
            <translation>Компоненты, которые дополнительно оцениваются только по текущей сессии (слияние сессии и истории)</translation>
        </message>
        <message>
            <source>Top items per component that are normalised and blended</source>
            <translation>Сколько лучших товаров каждого компонента нормируется и смешивается</translation>
        </message>
        <message>
            <source>Per-component normalisation over its top items: rank or min-max</source>
            <translation>Нормировка каждого компонента по его лучшим товарам: по рангу или min-max</translation>
        </message>
        <message>
            <source>Last days of the training data used to learn the weights</source>
            <translation>Последние дни обучающих данных, на которых подбираются веса</translation>
        </message>
        <message>
            <source>Seeded sample of validation lists</source>
            <translation>Воспроизводимая выборка валидационных списков</translation>
        </message>
        <message>
            <source>Validation lists a stage needs for its own weights (else the static vector)</source>
            <translation>Сколько валидационных списков нужно стадии для собственных весов (иначе общий вектор)</translation>
        </message>
        <message>
            <source>Coordinate-ascent passes over the weights</source>
            <translation>Проходов покоординатного подъёма по весам</translation>
        </message>
        <message>
            <source>Weight of a view event (components that weigh events)</source>
            <translation>Вес просмотра (для компонентов, взвешивающих события)</translation>
        </message>
        <message>
            <source>JSON object of component parameters, e.g. {"als": {"factors": 32}}</source>
            <translation>JSON-объект параметров компонентов, например {"als": {"factors": 32}}</translation>
        </message>
        <message>
            <source>Weight of the visitor's category profile against the model score</source>
            <translation>Вес категорийного профиля посетителя относительно оценки модели</translation>
        </message>
        <message>
            <source>How many of the inner model's best items are re-ranked</source>
            <translation>Сколько лучших товаров внутренней модели переранжировать</translation>
        </message>
        <message>
            <source>Profile categories: the item's own, or top-level</source>
            <translation>Категории профиля: собственная категория товара или верхнего уровня</translation>
        </message>
        <message>
            <source>MMR trade-off: 1 = the inner order, 0 = only diversity</source>
            <translation>Баланс MMR: 1 — порядок внутренней модели, 0 — только разнообразие</translation>
        </message>
        <message>
            <source>How many of the inner model's best items MMR reorders</source>
            <translation>Сколько лучших товаров внутренней модели переупорядочивает MMR</translation>
        </message>
        <message>
            <source>Item similarity: same category, same top-level category, or co-visitor cosine</source>
            <translation>Сходство товаров: та же категория, та же категория верхнего уровня или косинус по общим посетителям</translation>
        </message>
        <message>
            <source>Model '{0}' needs training sequences of at least {1} events; the training data has none</source>
            <translation>Модели «{0}» нужны обучающие последовательности не короче {1} событий; в обучающих данных их нет</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} is not supported together with {2}</source>
            <translation>Параметр «{0}» = {1} не поддерживается вместе с {2}</translation>
        </message>
        <message>
            <source>recurrent session model</source>
            <translation>рекуррентная сессионная модель</translation>
        </message>
        <message>
            <source>self-attentive sequence model</source>
            <translation>нейросеть с самовниманием</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>Функция потерь при обучении</translation>
        </message>
        <message>
            <source>The output item matrix is also the input embedding</source>
            <translation>Выходная матрица товаров служит и входным вложением</translation>
        </message>
        <message>
            <source>Width of a separate input embedding (0 = none; needs constrained_embedding off)</source>
            <translation>Ширина отдельного входного вложения (0 — нет; нужно выключить constrained_embedding)</translation>
        </message>
        <message>
            <source>Final activation ELU(alpha) on the scores for bpr-max and top1-max (0 = linear)</source>
            <translation>Финальная активация ELU(alpha) оценок для bpr-max и top1-max (0 — линейная)</translation>
        </message>
        <message>
            <source>GRU layer sizes separated by '/' (e.g. 100/100)</source>
            <translation>Размеры слоёв GRU через «/» (например, 100/100)</translation>
        </message>
        <message>
            <source>Training epochs</source>
            <translation>Эпохи обучения</translation>
        </message>
        <message>
            <source>Sessions trained in parallel (mini-batch rows)</source>
            <translation>Сессии, обучаемые параллельно (строки мини-батча)</translation>
        </message>
        <message>
            <source>Dropout on the input embedding</source>
            <translation>Dropout на входном вложении</translation>
        </message>
        <message>
            <source>Dropout after each GRU layer</source>
            <translation>Dropout после каждого слоя GRU</translation>
        </message>
        <message>
            <source>Adagrad learning rate</source>
            <translation>Скорость обучения Adagrad</translation>
        </message>
        <message>
            <source>Momentum of the Adagrad updates</source>
            <translation>Момент шагов Adagrad</translation>
        </message>
        <message>
            <source>Negative items sampled per mini-batch (shared by its rows)</source>
            <translation>Отрицательные товары, выбираемые на мини-батч (общие для его строк)</translation>
        </message>
        <message>
            <source>Negatives drawn in proportion to support^alpha (0 = uniform)</source>
            <translation>Отрицательные примеры выбираются пропорционально частоте^alpha (0 — равномерно)</translation>
        </message>
        <message>
            <source>BPR-max score regularisation</source>
            <translation>Регуляризация оценок в BPR-max</translation>
        </message>
        <message>
            <source>LogQ correction weight of the cross-entropy loss</source>
            <translation>Вес поправки logQ в перекрёстной энтропии</translation>
        </message>
        <message>
            <source>What the network reads to score: the current session or the visitor's whole history</source>
            <translation>Что сеть читает для оценки: текущую сессию или всю историю посетителя</translation>
        </message>
        <message>
            <source>Width d of the item embeddings and every layer</source>
            <translation>Ширина d вложений товаров и всех слоёв</translation>
        </message>
        <message>
            <source>Self-attention blocks</source>
            <translation>Блоки самовнимания</translation>
        </message>
        <message>
            <source>Attention heads (must divide hidden_units)</source>
            <translation>Головы внимания (должны делить hidden_units)</translation>
        </message>
        <message>
            <source>The most recent items a sequence keeps</source>
            <translation>Сколько последних товаров хранит последовательность</translation>
        </message>
        <message>
            <source>Dropout on the embeddings, attention weights and sub-layer outputs</source>
            <translation>Dropout на вложениях, весах внимания и выходах подслоёв</translation>
        </message>
        <message>
            <source>Adam learning rate</source>
            <translation>Скорость обучения Adam</translation>
        </message>
        <message>
            <source>Sequences per mini-batch</source>
            <translation>Последовательностей в мини-батче</translation>
        </message>
        <message>
            <source>Sampled softmax, gSASRec's gBCE (both with n_negatives), or the original BCE with one negative</source>
            <translation>Сэмплированный softmax, gBCE из gSASRec (оба с n_negatives) или исходная BCE с одним отрицательным примером</translation>
        </message>
        <message>
            <source>Negatives per mini-batch for sampled-softmax and gbce</source>
            <translation>Отрицательных примеров на мини-батч для sampled-softmax и gbce</translation>
        </message>
        <message>
            <source>gBCE calibration t (0 = plain BCE weight, 1 = full correction)</source>
            <translation>Калибровка t в gBCE (0 — обычный вес BCE, 1 — полная поправка)</translation>
        </message>
        <message>
            <source>LogQ correction weight of the sampled softmax</source>
            <translation>Вес поправки logQ в сэмплированном softmax</translation>
        </message>
        <message>
            <source>Layer norm before each sub-layer (pre) or after the residual sum (post)</source>
            <translation>Нормализация слоя перед каждым подслоем (pre) или после остаточной суммы (post)</translation>
        </message>
        <message>
            <source>Clip the gradient's global norm to this value (0 = no clipping)</source>
            <translation>Ограничить общую норму градиента этим значением (0 — без ограничения)</translation>
        </message>
        <message>
            <source>Sequences to train on and read: each visitor's history or each session</source>
            <translation>Последовательности для обучения и чтения: история каждого посетителя или каждая сессия</translation>
        </message>
        <message>
            <source>The file has no valid event rows ({0} data rows read, all skipped; the most common reason, {1} rows from line {2}: {3})</source>
            <translation>В файле нет корректных строк событий (прочитано строк данных: {0}, все пропущены; самая частая причина — строк: {1}, начиная со строки {2}: {3})</translation>
        </message>
        <message>
            <source>The saved ablation '{0}' cannot be read: {1}</source>
            <translation>Сохранённую абляцию «{0}» не удаётся прочитать: {1}</translation>
        </message>
        <message>
            <source>any event</source>
            <translation>любое событие</translation>
        </message>
        <message>
            <source>views only</source>
            <translation>только просмотры</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>most frequent category</source>
            <translation>самая частая категория</translation>
        </message>
        <message>
            <source>latest category</source>
            <translation>последняя категория</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>максимум</translation>
        </message>
        <message>
            <source>binary (any event = 1)</source>
            <translation>бинарно (любое событие = 1)</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>равномерно</translation>
        </message>
        <message>
            <source>by popularity</source>
            <translation>по популярности</translation>
        </message>
        <message>
            <source>with replacement</source>
            <translation>с возвращением</translation>
        </message>
        <message>
            <source>each pair once per epoch</source>
            <translation>каждая пара раз за эпоху</translation>
        </message>
        <message>
            <source>32-bit floats</source>
            <translation>32-битные числа</translation>
        </message>
        <message>
            <source>64-bit floats</source>
            <translation>64-битные числа</translation>
        </message>
        <message>
            <source>most recent</source>
            <translation>самые недавние</translation>
        </message>
        <message>
            <source>random sample</source>
            <translation>случайная выборка</translation>
        </message>
        <message>
            <source>vector (position-weighted)</source>
            <translation>векторная (веса позиций)</translation>
        </message>
        <message>
            <source>cosine</source>
            <translation>косинусная</translation>
        </message>
        <message>
            <source>Jaccard</source>
            <translation>Жаккара</translation>
        </message>
        <message>
            <source>1 / position</source>
            <translation>1 / позиция</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>линейное</translation>
        </message>
        <message>
            <source>quadratic</source>
            <translation>квадратичное</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>логарифмическое</translation>
        </message>
        <message>
            <source>equal</source>
            <translation>равные веса</translation>
        </message>
        <message>
            <source>by rank</source>
            <translation>по рангу</translation>
        </message>
        <message>
            <source>min-max scaling</source>
            <translation>мин-макс нормировка</translation>
        </message>
        <message>
            <source>same category</source>
            <translation>та же категория</translation>
        </message>
        <message>
            <source>same top-level category</source>
            <translation>та же корневая категория</translation>
        </message>
        <message>
            <source>the item's own category</source>
            <translation>собственная категория товара</translation>
        </message>
        <message>
            <source>top-level category</source>
            <translation>корневая категория</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>перекрёстная энтропия</translation>
        </message>
        <message>
            <source>cross-entropy over sampled negatives</source>
            <translation>перекрёстная энтропия по выборке негативов</translation>
        </message>
        <message>
            <source>BCE, one negative</source>
            <translation>BCE, один негативный пример</translation>
        </message>
        <message>
            <source>before each sub-layer</source>
            <translation>перед каждым подслоем</translation>
        </message>
        <message>
            <source>after each sub-layer</source>
            <translation>после каждого подслоя</translation>
        </message>
        <message>
            <source>whole history</source>
            <translation>вся история</translation>
        </message>
        <message>
            <source>current session</source>
            <translation>текущая сессия</translation>
        </message>
        <message>
            <source>BM25 (probabilistic weighting)</source>
            <translation>BM25 (вероятностное взвешивание)</translation>
        </message>
        <message>
            <source>TF-IDF (inverse frequency)</source>
            <translation>TF-IDF (обратная частота)</translation>
        </message>
        <message>
            <source>BPR-max (pairwise)</source>
            <translation>BPR-max (попарная)</translation>
        </message>
        <message>
            <source>TOP1-max (pairwise)</source>
            <translation>TOP1-max (попарная)</translation>
        </message>
        <message>
            <source>gBCE (generalised BCE)</source>
            <translation>gBCE (обобщённая BCE)</translation>
        </message>
        <message>
            <source>Alternating iterations (each: visitors, then items); 3 by default: on validation data NDCG@10 only falls with more (0.171 at 3, 0.127 at 15)</source>
            <translation>Чередующиеся итерации (каждая: посетители, затем товары); по умолчанию 3: на валидационных данных NDCG@10 с ростом числа итераций только падает (0,171 при 3, 0,127 при 15)</translation>
        </message>
        <message>
            <source>Epochs (an epoch = as many samples as training non-zeros); 20 by default: with learning rate 0.4 they reach on validation data what 100 epochs at 0.05 did not (NDCG@10 0.491 vs 0.455) in a fifth of the time</source>
            <translation>Эпохи (эпоха = столько примеров, сколько ненулевых элементов в обучении); по умолчанию 20: со скоростью обучения 0,4 они дают на валидационных данных больше, чем 100 эпох при 0,05 (NDCG@10 0,491 против 0,455), за пятую часть времени</translation>
        </message>
        <message>
            <source>SGD learning rate; 0.4 by default (see epochs): on validation data 0.05 and 0.2 needed 100 and 30 epochs for less</source>
            <translation>Скорость обучения SGD; по умолчанию 0,4 (см. эпохи): на валидационных данных при 0,05 и 0,2 нужно 100 и 30 эпох, и результат хуже</translation>
        </message>
        <message>
            <source>Negative sampling: proportional to the items' interactions (default: validation NDCG@10 0.455 vs 0.083 uniform at 100 epochs, and 0.030 vs 0.004 on items the visitor has not seen), or uniform over items</source>
            <translation>Выбор негативных примеров: пропорционально взаимодействиям с товаром (по умолчанию: на валидации NDCG@10 0,455 против 0,083 у равномерного при 100 эпохах и 0,030 против 0,004 на товарах, которых посетитель не видел) или равномерно по товарам</translation>
        </message>
        <message>
            <source>Share of the components' iterations or epochs when fitted for the weight search (1 = all)</source>
            <translation>Доля итераций или эпох компонентов при их обучении для подбора весов (1 = все)</translation>
        </message>
    </context>
    <context>
        <name>ModelNames</name>
        <message>
            <source>%1 (current session)</source>
            <comment>a hybrid's component scored on the session alone</comment>
            <translation>%1 (текущая сессия)</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <comment>model name and its number among columns or arms of the same model</comment>
            <translation>%1 №%2</translation>
        </message>
    </context>
    <context>
        <name>ModelsCharts</name>
        <message>
            <source>cold (0)</source>
            <translation>холодные (0)</translation>
        </message>
        <message>
            <source>light (1–2)</source>
            <translation>лёгкие (1–2)</translation>
        </message>
        <message>
            <source>medium (3–9)</source>
            <translation>средние (3–9)</translation>
        </message>
        <message>
            <source>heavy (10+)</source>
            <translation>активные (10+)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новые</translation>
        </message>
        <message>
            <source>browsing</source>
            <translation>просмотр</translation>
        </message>
        <message>
            <source>intent</source>
            <translation>намерение</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>купили</translation>
        </message>
        <message>
            <source>%1 per model, with 95 % intervals</source>
            <translation>%1 по моделям, с 95 % интервалами</translation>
        </message>
        <message>
            <source>%1 by activity segment</source>
            <translation>%1 по сегментам активности</translation>
        </message>
        <message>
            <source>%1 by funnel stage</source>
            <translation>%1 по этапам воронки</translation>
        </message>
    </context>
    <context>
        <name>ModelsResults</name>
        <message>
            <source>95 % interval undefined (fewer than two lists)</source>
            <translation>95 % интервал не определён (меньше двух списков)</translation>
        </message>
        <message>
            <source>95 % interval: %1 – %2</source>
            <translation>95 % интервал: %1 – %2</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Холодные (нет прежних событий)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Лёгкие (1–2 события)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Средние (3–9 событий)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Активные (10+ событий)</translation>
        </message>
        <message>
            <source>New (no events yet)</source>
            <translation>Новые (ещё нет событий)</translation>
        </message>
        <message>
            <source>Browsing (views only)</source>
            <translation>Просмотр (только просмотры)</translation>
        </message>
        <message>
            <source>Intent (cart not bought)</source>
            <translation>Намерение (корзина не куплена)</translation>
        </message>
        <message>
            <source>Converted (bought)</source>
            <translation>Купили</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Точность</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Полнота</translation>
        </message>
        <message>
            <source>Capped recall</source>
            <translation>Ограниченная полнота</translation>
        </message>
        <message>
            <source>Diversity</source>
            <translation>Разнообразие</translation>
        </message>
        <message>
            <source>Novelty</source>
            <translation>Новизна</translation>
        </message>
        <message>
            <source>Popularity pct.</source>
            <translation>Процентиль популярности</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialogs</name>
        <message>
            <source>Vitrina project (*.vitrina)</source>
            <translation>Проект Vitrina (*.vitrina)</translation>
        </message>
        <message>
            <source>Choose the folder with the RetailRocket files</source>
            <translation>Выберите папку с файлами RetailRocket</translation>
        </message>
        <message>
            <source>Choose RetailRocket files (events.csv is enough)</source>
            <translation>Выберите файлы RetailRocket (достаточно events.csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Сохранить проект как</translation>
        </message>
        <message>
            <source>Unsaved dataset</source>
            <translation>Набор данных не сохранён</translation>
        </message>
        <message>
            <source>The imported dataset "%1" is not saved in a project. Save it before another one is opened?</source>
            <translation>Импортированный набор «%1» не сохранён в проекте. Сохранить его, прежде чем открыть другой?</translation>
        </message>
        <message>
            <source>Without a project, opening it again means importing the CSV files again.</source>
            <translation>Без проекта, чтобы открыть его снова, придётся заново импортировать CSV-файлы.</translation>
        </message>
    </context>
    <context>
        <name>StageText</name>
        <message>
            <source>Generating the demo dataset</source>
            <translation>Генерация демо-набора</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Splitting sessions</source>
            <translation>Разбиение на сессии</translation>
        </message>
        <message>
            <source>Summarising the dataset</source>
            <translation>Сводка по набору данных</translation>
        </message>
        <message>
            <source>Saving the project</source>
            <translation>Сохранение проекта</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Чтение проекта</translation>
        </message>
        <message>
            <source>Checking the release checksum</source>
            <translation>Проверка контрольной суммы выпуска</translation>
        </message>
        <message>
            <source>Computing the funnel</source>
            <translation>Расчёт воронки</translation>
        </message>
        <message>
            <source>Computing item similarities</source>
            <translation>Расчёт сходства товаров</translation>
        </message>
        <message>
            <source>Finding the demo personas</source>
            <translation>Поиск демонстрационных персон</translation>
        </message>
        <message>
            <source>Loading trained models</source>
            <translation>Загрузка обученных моделей</translation>
        </message>
        <message>
            <source>Training models</source>
            <translation>Обучение моделей</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage</name>
        <message>
            <source>Test day (day 1 = %1, UTC)</source>
            <translation>День теста (день 1 = %1, UTC)</translation>
        </message>
        <message>
            <source>Conversion rate, % of visitors</source>
            <translation>Конверсия, % посетителей</translation>
        </message>
        <message>
            <source>Add-to-cart rate, % of visitors</source>
            <translation>Добавления в корзину, % посетителей</translation>
        </message>
        <message>
            <source>CTR, discounted clicks per list</source>
            <translation>CTR, дисконтированных кликов на список</translation>
        </message>
        <message>
            <source>Revenue per visitor (property 790, unit of the data)</source>
            <translation>Выручка на посетителя (свойство 790, единицы данных)</translation>
        </message>
        <message>
            <source>%1: interval</source>
            <translation>%1: интервал</translation>
        </message>
        <message>
            <source>%1 (control)</source>
            <translation>%1 (контроль)</translation>
        </message>
        <message>
            <source>No difference</source>
            <translation>Нет разницы</translation>
        </message>
        <message>
            <source>Relative lift, %</source>
            <translation>Относительный прирост, %</translation>
        </message>
        <message>
            <source>p-value (log scale; below 1e-6 drawn at 1e-6)</source>
            <translation>p-значение (лог. шкала; ниже 1e-6 рисуется на 1e-6)</translation>
        </message>
        <message>
            <source>Posterior distributions of the rate (Beta, uniform prior)</source>
            <translation>Апостериорные распределения доли (бета, равномерный априор)</translation>
        </message>
        <message>
            <source>Posterior distributions: only for conversion and add-to-cart rates</source>
            <translation>Апостериорные распределения: только для конверсии и добавлений в корзину</translation>
        </message>
        <message>
            <source>Rate, %</source>
            <translation>Доля, %</translation>
        </message>
        <message>
            <source>Probability density, per percentage point</source>
            <translation>Плотность вероятности на процентный пункт</translation>
        </message>
        <message>
            <source>Bootstrap distribution of the relative lift</source>
            <translation>Бутстреп-распределение относительного прироста</translation>
        </message>
        <message>
            <source>Bootstrap distribution: not computed for this metric</source>
            <translation>Бутстреп-распределение: для этой метрики не вычисляется</translation>
        </message>
        <message>
            <source>Bootstrap distribution of the difference (the control had no conversions for the lift)</source>
            <translation>Бутстреп-распределение разности (у контроля не было конверсий для расчёта прироста)</translation>
        </message>
        <message numerus="yes">
            <source>%1 vs control: %n resample(s)</source>
            <translation>
                <numerusform>%1 против контроля: %n повторная выборка</numerusform>
                <numerusform>%1 против контроля: %n повторные выборки</numerusform>
                <numerusform>%1 против контроля: %n повторных выборок</numerusform>
            </translation>
        </message>
        <message>
            <source>Difference, percentage points</source>
            <translation>Разность, процентные пункты</translation>
        </message>
        <message>
            <source>Difference per visitor</source>
            <translation>Разность на посетителя</translation>
        </message>
        <message>
            <source>Resamples per bin</source>
            <translation>Повторных выборок в интервале</translation>
        </message>
        <message>
            <source>Test day (simulated)</source>
            <translation>День теста (симуляция)</translation>
        </message>
        <message>
            <source>conversion rate</source>
            <translation>конверсия</translation>
        </message>
        <message>
            <source>add-to-cart rate</source>
            <translation>доля добавлений в корзину</translation>
        </message>
        <message>
            <source>CTR</source>
            <translation>кликабельность (CTR)</translation>
        </message>
        <message>
            <source>revenue per visitor</source>
            <translation>выручка на посетителя</translation>
        </message>
        <message>
            <source>Cumulative %1 per arm with %2 intervals</source>
            <translation>Накопленный показатель «%1» по группам с интервалами %2</translation>
        </message>
        <message>
            <source>Relative lift with the verdict's %1 interval</source>
            <translation>Относительный прирост с интервалом вывода %1</translation>
        </message>
        <message>
            <source>p-value by day: fixed horizon and always valid</source>
            <translation>p-значение по дням: фиксированный горизонт и mSPRT</translation>
        </message>
        <message>
            <source>%1: fixed</source>
            <translation>%1: фикс.</translation>
        </message>
        <message>
            <source>%1: mSPRT</source>
            <translation>%1: mSPRT (последовательный)</translation>
        </message>
        <message>
            <source>α/%1 = %2</source>
            <translation>α/%1 = %2</translation>
        </message>
        <message>
            <source>α = %1</source>
            <translation>α = %1</translation>
        </message>
        <message>
            <source>p-value, log scale</source>
            <translation>p-значение, лог. шкала</translation>
        </message>
        <message>
            <source>%1 percentile interval</source>
            <translation>перцентильный интервал %1</translation>
        </message>
        <message>
            <source>Fixed horizon</source>
            <translation>Фиксированный горизонт</translation>
        </message>
        <message>
            <source>Always valid (mSPRT)</source>
            <translation>Всегда корректное (mSPRT)</translation>
        </message>
        <message numerus="yes">
            <source>%n resample(s)</source>
            <translation>
                <numerusform>%n повторная выборка</numerusform>
                <numerusform>%n повторные выборки</numerusform>
                <numerusform>%n повторных выборок</numerusform>
            </translation>
        </message>
        <message>
            <source>% of visitors</source>
            <translation>% посетителей</translation>
        </message>
        <message>
            <source>Discounted clicks per list</source>
            <translation>Дисконтированные клики на список</translation>
        </message>
        <message>
            <source>Per visitor (unit of the data)</source>
            <translation>На посетителя (единица данных)</translation>
        </message>
        <message>
            <source>Lift, %</source>
            <translation>Прирост, %</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::AbTestPage</name>
        <message>
            <source>Replay of the last days (models)</source>
            <translation>Повтор последних дней (модели)</translation>
        </message>
        <message>
            <source>Parametric (planted rates)</source>
            <translation>Параметрический (заданные доли)</translation>
        </message>
        <message>
            <source>Fixed horizon (read once at the end)</source>
            <translation>Фиксированный горизонт (итог в конце)</translation>
        </message>
        <message>
            <source>Experiment set-up</source>
            <translation>Настройка эксперимента</translation>
        </message>
        <message>
            <source>Saved experiments (in the project)</source>
            <translation>Сохранённые эксперименты (в проекте)</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Режим:</translation>
        </message>
        <message>
            <source>Control model:</source>
            <translation>Контрольная модель:</translation>
        </message>
        <message>
            <source>Treatment models:</source>
            <translation>Тестовые модели:</translation>
        </message>
        <message>
            <source>Arms:</source>
            <translation>Варианты:</translation>
        </message>
        <message>
            <source>Control conversion rate, %:</source>
            <translation>Конверсия контроля, %:</translation>
        </message>
        <message>
            <source>Planted relative lift, % (0 = A/A):</source>
            <translation>Заданный относительный прирост, % (0 — A/A):</translation>
        </message>
        <message>
            <source>Visitors (all arms):</source>
            <translation>Посетители (все варианты):</translation>
        </message>
        <message>
            <source>Split:</source>
            <translation>Разбиение:</translation>
        </message>
        <message>
            <source>equal, e.g. 50/50</source>
            <translation>поровну: 50/50</translation>
        </message>
        <message>
            <source>Duration, days:</source>
            <translation>Длительность, дней:</translation>
        </message>
        <message>
            <source>Primary metric:</source>
            <translation>Основная метрика:</translation>
        </message>
        <message>
            <source>Alpha (two-sided):</source>
            <translation>Альфа (двусторонняя):</translation>
        </message>
        <message>
            <source>Power:</source>
            <translation>Мощность:</translation>
        </message>
        <message>
            <source>Decision rule:</source>
            <translation>Правило решения:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Зерно:</translation>
        </message>
        <message>
            <source>Run experiment</source>
            <translation>Запустить эксперимент</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Название (необязательно)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Cumulative metric</source>
            <translation>Накопленная метрика</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Прирост</translation>
        </message>
        <message>
            <source>p-values</source>
            <translation>p-значения</translation>
        </message>
        <message>
            <source>Posteriors</source>
            <translation>Апостериорные</translation>
        </message>
        <message>
            <source>Bootstrap</source>
            <translation>Бутстреп</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Daily series</source>
            <translation>Ряды по дням</translation>
        </message>
        <message>
            <source>Power calculator</source>
            <translation>Калькулятор мощности</translation>
        </message>
        <message>
            <source>Every treatment arm against the control on every metric; p adjusted by Holm and Benjamini-Hochberg over all arm x metric pairs</source>
            <translation>Каждый тестовый вариант против контроля по каждой метрике; p скорректированы по Холму и Бенджамини–Хохбергу по всем парам вариант × метрика</translation>
        </message>
        <message>
            <source>Per arm and UTC day: the day alone, then cumulative (a visitor counted once)</source>
            <translation>По вариантам и дням UTC: сам день, затем накопленно (посетитель учитывается один раз)</translation>
        </message>
        <message>
            <source>Open a dataset to replay it</source>
            <translation>Откройте набор данных, чтобы воспроизвести его</translation>
        </message>
        <message>
            <source>The split "%1" is not valid: give one positive share per arm, e.g. 50/50.</source>
            <translation>Разбиение «%1» некорректно: укажите по одной положительной доле на вариант, например 50/50.</translation>
        </message>
        <message>
            <source>Check at least one treatment model, or tick the A/A test.</source>
            <translation>Отметьте хотя бы одну тестовую модель или A/A-тест.</translation>
        </message>
        <message>
            <source>Open a dataset to replay it, or choose the parametric mode.</source>
            <translation>Откройте набор данных для воспроизведения или выберите параметрический режим.</translation>
        </message>
        <message>
            <source>Running the A/B test</source>
            <translation>Выполнение A/B-теста</translation>
        </message>
        <message>
            <source>The experiment could not be run: %1</source>
            <translation>Не удалось выполнить эксперимент: %1</translation>
        </message>
        <message>
            <source>Set up an experiment and run it. The replay mode needs an open dataset; the parametric mode simulates visitors with known rates.</source>
            <translation>Настройте эксперимент и запустите его. Режиму воспроизведения нужен открытый набор данных; параметрический режим моделирует посетителей с известными долями.</translation>
        </message>
        <message>
            <source>Fixed-horizon p is valid only when read once at the planned end; the always-valid p (mixture SPRT, Johari et al. 2017) stays valid at every look.</source>
            <translation>p с фиксированным горизонтом корректно, только если прочитано один раз в запланированный конец; всегда корректное p (смешанный SPRT, Johari и др., 2017) остаётся корректным при каждом просмотре.</translation>
        </message>
        <message>
            <source>A/B test</source>
            <translation>A/B-тест</translation>
        </message>
        <message>
            <source>Verdict: '%1' beats the control '%2'.</source>
            <translation>Вывод: «%1» лучше контроля «%2».</translation>
        </message>
        <message>
            <source>Verdict: the control '%1' is better.</source>
            <translation>Вывод: контроль «%1» лучше.</translation>
        </message>
        <message>
            <source>Verdict: no significant difference.</source>
            <translation>Вывод: значимой разницы нет.</translation>
        </message>
        <message>
            <source>Verdict: the test is not valid (sample ratio mismatch).</source>
            <translation>Вывод: тест некорректен (нарушено соотношение выборок).</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>значимо</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>не значимо</translation>
        </message>
        <message>
            <source>'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its fixed-horizon p of the same data is %5.</source>
            <translation>«%1»: всегда корректное p (mSPRT) = %2: %3 при альфа %4; ежедневные просмотры были безопасны. p с фиксированным горизонтом на тех же данных равно %5.</translation>
        </message>
        <message>
            <source>'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.</source>
            <translation>«%1»: байесовское сравнение есть только для конверсии и добавлений в корзину.</translation>
        </message>
        <message>
            <source>Run an experiment first.</source>
            <translation>Сначала запустите эксперимент.</translation>
        </message>
        <message>
            <source>Save the project first: experiments are stored in it.</source>
            <translation>Сначала сохраните проект: эксперименты хранятся в нём.</translation>
        </message>
        <message>
            <source>The experiment could not be saved: %1</source>
            <translation>Не удалось сохранить эксперимент: %1</translation>
        </message>
        <message>
            <source>Save the project to keep experiments in it.</source>
            <translation>Сохраните проект, чтобы хранить в нём эксперименты.</translation>
        </message>
        <message>
            <source>relative lift %1 (%2 interval %3 to %4)</source>
            <translation>относительный прирост %1 (интервал %2: от %3 до %4)</translation>
        </message>
        <message>
            <source>difference %1 (%2 interval %3 to %4)</source>
            <translation>разность %1 (интервал %2: от %3 до %4)</translation>
        </message>
        <message numerus="yes">
            <source>%n treatment arm(s) share the control: each p-value below is multiplied by %n (Bonferroni) and its intervals are at %1, so that each verdict and its interval agree.</source>
            <translation>
                <numerusform>%n тестовая группа сравнивается с общим контролем: каждое p-значение ниже умножено на %n (поправка Бонферрони), а интервалы построены на уровне %1, поэтому каждый вывод согласован со своим интервалом.</numerusform>
                <numerusform>%n тестовые группы сравниваются с общим контролем: каждое p-значение ниже умножено на %n (поправка Бонферрони), а интервалы построены на уровне %1, поэтому каждый вывод согласован со своим интервалом.</numerusform>
                <numerusform>%n тестовых групп сравниваются с общим контролем: каждое p-значение ниже умножено на %n (поправка Бонферрони), а интервалы построены на уровне %1, поэтому каждый вывод согласован со своим интервалом.</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' beats the control '%2' (%3): %4, p = %5.</source>
            <translation>«%1» лучше контроля «%2» (%3): %4, p = %5.</translation>
        </message>
        <message>
            <source>'%1' is worse than the control '%2' (%3): %4, p = %5.</source>
            <translation>«%1» хуже контроля «%2» (%3): %4, p = %5.</translation>
        </message>
        <message>
            <source>'%1' against the control '%2' (%3): %4, p = %5; not interpreted: the split is broken.</source>
            <translation>«%1» против контроля «%2» (%3): %4, p = %5; не интерпретируется: разбиение нарушено.</translation>
        </message>
        <message>
            <source>'%1' against the control '%2' (%3): %4, p = %5: not significant.</source>
            <translation>«%1» против контроля «%2» (%3): %4, p = %5: незначимо.</translation>
        </message>
        <message>
            <source>With this traffic the test detects a relative lift of about %1 with %2 power.</source>
            <translation>При таком трафике тест обнаруживает относительный прирост около %1 с мощностью %2.</translation>
        </message>
        <message>
            <source>The control '%1' has no converting visitor: a relative lift against it is undefined, so the difference is given instead.</source>
            <translation>В контроле «%1» нет ни одного купившего посетителя: относительный прирост к нему не определён, поэтому приведена разность.</translation>
        </message>
        <message>
            <source>The control's %1 is not distinguishable from zero: a relative lift against it would have no bounded interval, so the difference is given instead.</source>
            <translation>Показатель «%1» контроля неотличим от нуля: у относительного прироста не было бы ограниченного интервала, поэтому приведена разность.</translation>
        </message>
        <message>
            <source>'%1': fixed-horizon score test (pooled z), valid when read once at the planned end.</source>
            <translation>«%1»: тест Рао с фиксированным горизонтом (объединённый z), корректен при однократном просмотре в запланированный конец.</translation>
        </message>
        <message>
            <source>Check: the bootstrap percentile interval, %1 to %2, agrees.</source>
            <translation>Проверка: перцентильный бутстреп-интервал от %1 до %2 согласуется с выводом.</translation>
        </message>
        <message>
            <source>Check: the bootstrap percentile interval, %1 to %2, does not agree: the result rests on few events, read it with care.</source>
            <translation>Проверка: перцентильный бутстреп-интервал от %1 до %2 не согласуется с выводом: результат опирается на малое число событий, относитесь к нему осторожно.</translation>
        </message>
        <message>
            <source>This disagrees with the fixed-horizon verdict above, which holds only if the data was read once, at the planned end.</source>
            <translation>Это расходится с выводом теста с фиксированным горизонтом выше: тот корректен, только если данные смотрели один раз, в запланированный конец.</translation>
        </message>
        <message>
            <source>'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep the control %4 (percentage points of the rate).</source>
            <translation>«%1»: вероятность превзойти контроль %2; ожидаемые потери при выборе этой группы %3, при сохранении контроля %4 (процентные пункты показателя).</translation>
        </message>
        <message>
            <source>Saving the experiment</source>
            <translation>Сохранение эксперимента</translation>
        </message>
        <message>
            <source>Deleting the experiment</source>
            <translation>Удаление эксперимента</translation>
        </message>
        <message>
            <source>The experiment could not be deleted: %1</source>
            <translation>Не удалось удалить эксперимент: %1</translation>
        </message>
        <message>
            <source>Listing the saved experiments</source>
            <translation>Чтение списка сохранённых экспериментов</translation>
        </message>
        <message>
            <source>Reading the saved experiment</source>
            <translation>Чтение сохранённого эксперимента</translation>
        </message>
        <message>
            <source>Run an experiment, or reopen a saved one, to see this chart.</source>
            <translation>Запустите эксперимент или откройте сохранённый, чтобы увидеть этот график.</translation>
        </message>
        <message>
            <source>Run an experiment, or reopen a saved one, to see its numbers.</source>
            <translation>Запустите эксперимент или откройте сохранённый, чтобы увидеть его числа.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sample ratio mismatch&lt;/b&gt;: chi-square %1, p = %2 &lt; %3. The split did not work as planned; do not trust the comparison.</source>
            <translation>&lt;b&gt;Нарушено соотношение выборок&lt;/b&gt;: хи-квадрат %1, p = %2 &lt; %3. Разбиение сработало не так, как задумано; сравнению доверять нельзя.</translation>
        </message>
        <message>
            <source>Sample ratio check passed: chi-square %1, p = %2 (mismatch flagged below %3).</source>
            <translation>Проверка соотношения выборок пройдена: хи-квадрат %1, p = %2 (нарушение отмечается при p ниже %3).</translation>
        </message>
        <message>
            <source>A/A test (control in both arms)</source>
            <translation>A/A-тест (контроль в обоих вариантах)</translation>
        </message>
        <message>
            <source>Both arms get the control model: a check that the test finds no difference where there is none.</source>
            <translation>Оба варианта получают контрольную модель: проверка, что тест не находит разницы там, где её нет.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <source>Runs the saved experiment again with its settings and seed: the same numbers.</source>
            <translation>Запускает сохранённый эксперимент заново с его настройками и зерном: числа те же.</translation>
        </message>
        <message>
            <source>Sequential (peeking allowed)</source>
            <translation>Последовательный (подглядывать можно)</translation>
        </message>
        <message>
            <source>Bayesian (chance to beat control)</source>
            <translation>Байесовский (шанс превзойти контроль)</translation>
        </message>
        <message>
            <source>Arm parameters:</source>
            <translation>Параметры вариантов:</translation>
        </message>
        <message>
            <source>Per arm: the model's hyperparameters as key=value pairs separated by ";"; empty = the defaults</source>
            <translation>Для каждого варианта: гиперпараметры модели парами ключ=значение через «;»; пусто — по умолчанию</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::ArmSettingsTable</name>
        <message>
            <source>Arm</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Each arm's model parameters as key=value pairs separated by ';', for example factors=32; alpha=20. Empty: the model's defaults.</source>
            <translation>Параметры модели каждого варианта: пары ключ=значение через «;», например factors=32; alpha=20. Пусто — значения модели по умолчанию.</translation>
        </message>
        <message>
            <source>%1 (control)</source>
            <translation>%1 (контроль)</translation>
        </message>
        <message>
            <source>Arm %1: "%2" is not a list of key=value pairs separated by ';'.</source>
            <translation>Вариант %1: «%2» — не список пар ключ=значение через «;».</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::DailySeriesModel</name>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>Дата (UTC)</translation>
        </message>
        <message>
            <source>Arm</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Lists shown</source>
            <translation>Показано списков</translation>
        </message>
        <message>
            <source>Converting visitors</source>
            <translation>Купившие посетители</translation>
        </message>
        <message>
            <source>Carting visitors</source>
            <translation>Добавившие в корзину</translation>
        </message>
        <message>
            <source>Clicks (discounted)</source>
            <translation>Клики (дисконтированные)</translation>
        </message>
        <message>
            <source>Revenue (data unit)</source>
            <translation>Выручка (единицы данных)</translation>
        </message>
        <message>
            <source>Cumulative visitors</source>
            <translation>Посетители накопленно</translation>
        </message>
        <message>
            <source>Cumulative converting visitors</source>
            <translation>Купившие накопленно</translation>
        </message>
        <message>
            <source>Cumulative conversion rate, %</source>
            <translation>Накопленная конверсия, %</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::MetricResultsModel</name>
        <message>
            <source>Arm</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Метрика</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Контроль</translation>
        </message>
        <message>
            <source>Arm value</source>
            <translation>Значение варианта</translation>
        </message>
        <message>
            <source>Relative lift</source>
            <translation>Относительный прирост</translation>
        </message>
        <message>
            <source>p-value</source>
            <translation>p-значение</translation>
        </message>
        <message>
            <source>p, Holm (all)</source>
            <translation>p, Холм (все)</translation>
        </message>
        <message>
            <source>p, BH (all)</source>
            <translation>p, БХ (все)</translation>
        </message>
        <message>
            <source>Lift, lower bound (%1)</source>
            <translation>Прирост, нижняя граница (%1)</translation>
        </message>
        <message>
            <source>Lift, upper bound (%1)</source>
            <translation>Прирост, верхняя граница (%1)</translation>
        </message>
        <message>
            <source>The p-value and the lift's interval come from the same test (rates: score test; CTR: Wald z; revenue: Welch t, with Fieller's interval for the ratio): the interval excludes 0 exactly when p is at most alpha.</source>
            <translation>p-значение и интервал прироста получены из одного теста (доли: тест Рао; CTR: z-тест Вальда; выручка: t-тест Уэлча, для отношения интервал Филлера): интервал исключает 0 ровно тогда, когда p не больше альфы.</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>не определён</translation>
        </message>
        <message>
            <source>The control's value is not distinguishable from zero (for a rate: no converting visitor), so a relative lift has no bounded interval.</source>
            <translation>Значение контроля неотличимо от нуля (для доли: нет ни одной конверсии), поэтому у относительного прироста нет ограниченного интервала.</translation>
        </message>
        <message>
            <source>score (pooled z)</source>
            <translation>тест Рао (объединённый z)</translation>
        </message>
        <message>
            <source>Wald z (delta method)</source>
            <translation>z Вальда (дельта-метод)</translation>
        </message>
        <message>
            <source>Welch t</source>
            <translation>t Уэлча</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::PowerPanel</name>
        <message>
            <source>Baseline conversion rate, %:</source>
            <translation>Базовая конверсия, %:</translation>
        </message>
        <message>
            <source>Minimum detectable effect, relative %:</source>
            <translation>Минимальный эффект, относительный %:</translation>
        </message>
        <message>
            <source>Significance level alpha (two-sided):</source>
            <translation>Уровень значимости альфа (двусторонний):</translation>
        </message>
        <message>
            <source>Power (1 - beta):</source>
            <translation>Мощность (1 − бета):</translation>
        </message>
        <message>
            <source>Visitors per arm available:</source>
            <translation>Доступно посетителей на вариант:</translation>
        </message>
        <message>
            <source>Fleiss formula for two proportions (pooled null, unpooled alternative, no continuity correction), equal allocation. The detectable effect solves the same formula for the given visitors.</source>
            <translation>Формула Флейса для двух долей (объединённая нулевая гипотеза, раздельная альтернатива, без поправки на непрерывность), равное распределение. Обнаруживаемый эффект находится из той же формулы для заданного числа посетителей.</translation>
        </message>
        <message>
            <source>The target rate %1 is not below 100 %: lower the baseline or the effect.</source>
            <translation>Целевая доля %1 не ниже 100 %: уменьшите базовую конверсию или эффект.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 visitors per arm&lt;/b&gt; (%2 in total for two arms) to detect %3 → %4.</source>
            <translation>&lt;b&gt;%1 посетителей на вариант&lt;/b&gt; (всего %2 для двух вариантов), чтобы обнаружить %3 → %4.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detectable effect with %1 visitors per arm:&lt;/b&gt; %2 absolute (%3 → %4), %5 relative.</source>
            <translation>&lt;b&gt;Обнаруживаемый эффект при %1 посетителях на вариант:&lt;/b&gt; %2 абсолютный (%3 → %4), %5 относительный.</translation>
        </message>
        <message>
            <source>With %1 visitors per arm no effect is detectable at this power.</source>
            <translation>При %1 посетителях на вариант эффект с такой мощностью не обнаружить.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::app::MainWindow</name>
        <message>
            <source>About Vitrina</source>
            <translation>О программе Vitrina</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vitrina %1&lt;/b&gt;&lt;br&gt;A desktop lab for e-commerce behaviour analytics and recommender experiments on RetailRocket data.</source>
            <translation>&lt;b&gt;Vitrina %1&lt;/b&gt;&lt;br&gt;Настольная лаборатория для анализа поведения покупателей интернет-магазина и экспериментов с рекомендательными системами на данных RetailRocket.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Импорт &amp;папки…</translation>
        </message>
        <message>
            <source>Import f&amp;iles…</source>
            <translation>Импорт ф&amp;айлов…</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Открыть проект…</translation>
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation>&amp;Недавние проекты</translation>
        </message>
        <message>
            <source>&amp;Save project as…</source>
            <translation>&amp;Сохранить проект как…</translation>
        </message>
        <message>
            <source>Open the &amp;demo dataset</source>
            <translation>Открыть &amp;демо-набор</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Worker &amp;threads…</source>
            <translation>Рабочие &amp;потоки…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Vitrina</source>
            <translation>&amp;О программе Vitrina</translation>
        </message>
        <message>
            <source>Pages: more appear once a dataset is open</source>
            <translation>Страницы: остальные появятся, когда будет открыт набор данных</translation>
        </message>
        <message>
            <source>%1 — Vitrina</source>
            <translation>%1 — Витрина</translation>
        </message>
        <message>
            <source>Imported, not saved in a project yet</source>
            <translation>Импортировано, ещё не сохранено в проекте</translation>
        </message>
        <message>
            <source>No dataset open</source>
            <translation>Набор данных не открыт</translation>
        </message>
        <message>
            <source>Worker threads</source>
            <translation>Рабочие потоки</translation>
        </message>
        <message>
            <source>Threads for imports and computations (default %1: the cores minus one for the interface):</source>
            <translation>Потоки для импорта и вычислений (по умолчанию %1: число ядер минус одно для интерфейса):</translation>
        </message>
        <message>
            <source>Welcome to Vitrina</source>
            <translation>Добро пожаловать в Vitrina</translation>
        </message>
        <message>
            <source>Open the demo dataset? It is generated on this computer in a few seconds and has readable category and item names.

You can import the real RetailRocket files at any time (File → Import folder).</source>
            <translation>Открыть демо-набор? Он создаётся на этом компьютере за несколько секунд, и у его категорий и товаров понятные названия.

Настоящие файлы RetailRocket можно импортировать в любой момент (Файл → Импорт папки).</translation>
        </message>
        <message>
            <source>&amp;Defence demo</source>
            <translation>&amp;Демонстрация для защиты</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::ChartPanel</name>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image or an SVG drawing</source>
            <translation>Сохранить этот график как изображение PNG или рисунок SVG</translation>
        </message>
        <message>
            <source>PNG image…</source>
            <translation>Изображение PNG…</translation>
        </message>
        <message>
            <source>SVG drawing…</source>
            <translation>Рисунок SVG…</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::ColumnFit</name>
        <message>
            <source>%1 (no room: uncheck another column)</source>
            <translation>%1 (нет места: снимите другой столбец)</translation>
        </message>
        <message>
            <source>Columns: %1 of %2</source>
            <translation>Столбцы: %1 из %2</translation>
        </message>
        <message>
            <source>Columns that do not fit the table's width are hidden rather than cut off. Choose the columns to show, or widen the window.</source>
            <translation>Столбцы, которые не помещаются по ширине таблицы, скрыты, а не обрезаны. Выберите, какие столбцы показывать, или расширьте окно.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::TablePanel</name>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>Save this table as a CSV file (plain numbers, UTF-8)</source>
            <translation>Сохранить эту таблицу в файл CSV (числа без форматирования, UTF-8)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::DataPage</name>
        <message>
            <source>Import folder…</source>
            <translation>Импорт папки…</translation>
        </message>
        <message>
            <source>A folder with events.csv and, optionally, item_properties_part1/2.csv, category_tree.csv and name files</source>
            <translation>Папка с events.csv и, по желанию, item_properties_part1/2.csv, category_tree.csv и файлами названий</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Импорт файлов…</translation>
        </message>
        <message>
            <source>Any of the release's files; events.csv alone is enough</source>
            <translation>Любые файлы выпуска; достаточно одного events.csv</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Открыть проект…</translation>
        </message>
        <message>
            <source>Save project as…</source>
            <translation>Сохранить проект как…</translation>
        </message>
        <message>
            <source>Demo dataset</source>
            <translation>Демо-набор</translation>
        </message>
        <message>
            <source>A synthetic dataset in the RetailRocket format with readable names, generated on this computer</source>
            <translation>Синтетический набор данных в формате RetailRocket с понятными названиями, создаётся на этом компьютере</translation>
        </message>
        <message>
            <source>Start with data</source>
            <translation>Начните с данных</translation>
        </message>
        <message>
            <source>&lt;p&gt;Vitrina analyses RetailRocket e-commerce logs: views, add-to-carts and purchases.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo dataset:&lt;/b&gt; a synthetic dataset in the same format, with readable category and item names; generated here in a few seconds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Real data:&lt;/b&gt; download the RetailRocket dataset from Kaggle (retailrocket/ecommerce-dataset), unpack it and import the folder; events.csv alone is enough.&lt;/p&gt;&lt;p&gt;You can also drop a folder, CSV files or a .vitrina project onto this page.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vitrina анализирует журналы интернет-магазина RetailRocket: просмотры, добавления в корзину и покупки.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Демо-набор:&lt;/b&gt; синтетические данные в том же формате, с понятными названиями категорий и товаров; создаётся здесь за несколько секунд.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Настоящие данные:&lt;/b&gt; скачайте набор RetailRocket с Kaggle (retailrocket/ecommerce-dataset), распакуйте его и импортируйте папку; достаточно одного events.csv.&lt;/p&gt;&lt;p&gt;Можно также перетащить на эту страницу папку, файлы CSV или проект .vitrina.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open the demo dataset</source>
            <translation>Открыть демо-набор</translation>
        </message>
        <message>
            <source>Import a RetailRocket folder…</source>
            <translation>Импортировать папку RetailRocket…</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Графики</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Skipped rows by reason (a good row is never dropped)</source>
            <translation>Пропущенные строки по причинам (корректные строки никогда не отбрасываются)</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>The dataset loaded before is still open.</source>
            <translation>Ранее загруженный набор данных по-прежнему открыт.</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Проект: %1</translation>
        </message>
        <message>
            <source>Imported; not saved in a project yet (Save project as…)</source>
            <translation>Импортировано; ещё не сохранено в проекте (Сохранить проект как…)</translation>
        </message>
        <message>
            <source>%1 rows skipped (see the import report)</source>
            <translation>Пропущено строк: %1 (см. отчёт об импорте)</translation>
        </message>
        <message>
            <source>✔ Official RetailRocket release</source>
            <translation>✔ Официальный выпуск RetailRocket</translation>
        </message>
        <message>
            <source>The files match the Kaggle release byte for byte (size and sha256).</source>
            <translation>Файлы совпадают с выпуском на Kaggle байт в байт (размер и sha256).</translation>
        </message>
        <message>
            <source>Sizes match the RetailRocket release; checking…</source>
            <translation>Размеры совпадают с выпуском RetailRocket; идёт проверка…</translation>
        </message>
        <message>
            <source>The sha256 of the release-sized files is computed in the background.</source>
            <translation>Сумма sha256 файлов с размером как в выпуске вычисляется в фоне.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Skipped rows: none; every row was read</source>
            <translation>Пропущенных строк нет: прочитана каждая строка</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::ReleaseVerifier</name>
        <message>
            <source>size matches; checking sha256…</source>
            <translation>размер совпадает; проверка sha256…</translation>
        </message>
        <message>
            <source>yes (sha256 verified)</source>
            <translation>да (sha256 проверена)</translation>
        </message>
        <message>
            <source>no: same size, different sha256</source>
            <translation>нет: размер тот же, sha256 другая</translation>
        </message>
        <message>
            <source>size matches; file not available to verify</source>
            <translation>размер совпадает; файл недоступен для проверки</translation>
        </message>
        <message>
            <source>Checking the release checksums</source>
            <translation>Проверка контрольных сумм выпуска</translation>
        </message>
        <message>
            <source>no: other size</source>
            <translation>нет: другой размер</translation>
        </message>
        <message>
            <source>Caching the release checksums</source>
            <translation>Сохранение контрольных сумм выпуска в проекте</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SkippedRowsModel</name>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Пропущено строк</translation>
        </message>
        <message>
            <source>First lines</source>
            <translation>Первые строки</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SourceFilesModel</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Item properties</source>
            <translation>Свойства товаров</translation>
        </message>
        <message>
            <source>Category tree</source>
            <translation>Дерево категорий</translation>
        </message>
        <message>
            <source>Category names</source>
            <translation>Названия категорий</translation>
        </message>
        <message>
            <source>Item names</source>
            <translation>Названия товаров</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Назначение</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>Прочитано строк</translation>
        </message>
        <message>
            <source>Rows kept</source>
            <translation>Сохранено строк</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Пропущено строк</translation>
        </message>
        <message>
            <source>Official release</source>
            <translation>Официальный выпуск</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SummaryCards</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Items with events</source>
            <translation>Товары с событиями</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Сессии</translation>
        </message>
        <message>
            <source>Time span (UTC)</source>
            <translation>Период (UTC)</translation>
        </message>
        <message>
            <source>Orders (transaction ids)</source>
            <translation>Заказы (transactionid)</translation>
        </message>
        <message>
            <source>Sparsity of visitor × item</source>
            <translation>Разреженность посетитель × товар</translation>
        </message>
        <message>
            <source>Exact duplicate rows</source>
            <translation>Точные дубликаты строк</translation>
        </message>
        <message>
            <source>views %1 · add-to-carts %2 · purchases %3</source>
            <translation>просмотры %1 · в корзину %2 · покупки %3</translation>
        </message>
        <message>
            <source>%1 with exactly one event</source>
            <translation>%1 с ровно одним событием</translation>
        </message>
        <message>
            <source>%1 with a category</source>
            <translation>%1 с категорией</translation>
        </message>
        <message numerus="yes">
            <source>%n top-level</source>
            <translation>
                <numerusform>%n верхнего уровня</numerusform>
                <numerusform>%n верхнего уровня</numerusform>
                <numerusform>%n верхнего уровня</numerusform>
            </translation>
        </message>
        <message>
            <source>no category tree loaded</source>
            <translation>дерево категорий не загружено</translation>
        </message>
        <message>
            <source>gap over 30 min starts a new one; mean %1 events</source>
            <translation>перерыв больше 30 мин начинает новую; в среднем %1 события</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>in %1 purchase events</source>
            <translation>в событиях покупки: %1</translation>
        </message>
        <message>
            <source>share of visitor–item pairs without any event</source>
            <translation>доля пар посетитель–товар без единого события</translation>
        </message>
        <message>
            <source>%1 of the events; kept, as in the release</source>
            <translation>%1 событий; сохранены, как в выпуске</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::DefenceDemo</name>
        <message>
            <source>Defence demo</source>
            <translation>Демонстрация для защиты</translation>
        </message>
        <message>
            <source>The defence demo opens the demo dataset. The imported dataset is not saved in a project and will be closed. Start the demo anyway?</source>
            <translation>Демонстрация открывает демонстрационный набор данных. Импортированный набор не сохранён в проекте и будет закрыт. Всё равно начать демонстрацию?</translation>
        </message>
        <message>
            <source>Vitrina: presenter view</source>
            <translation>Vitrina: окно докладчика</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::DefenceTour</name>
        <message>
            <source>The data: a shop's event log</source>
            <translation>Данные: журнал событий интернет-магазина</translation>
        </message>
        <message>
            <source>The funnel: view → add to cart → purchase</source>
            <translation>Воронка: просмотр → корзина → покупка</translation>
        </message>
        <message>
            <source>Which recommender is best?</source>
            <translation>Какая рекомендательная модель лучше?</translation>
        </message>
        <message>
            <source>Visitor 1: new, no history</source>
            <translation>Посетитель 1: новый, без истории</translation>
        </message>
        <message>
            <source>Visitor 2: browsing, views only</source>
            <translation>Посетитель 2: только просмотры</translation>
        </message>
        <message>
            <source>Visitor 3: intent, something in the cart</source>
            <translation>Посетитель 3: намерение, товар в корзине</translation>
        </message>
        <message>
            <source>A simulated A/B test</source>
            <translation>Симуляция A/B-теста</translation>
        </message>
        <message>
            <source>The demo dataset is generated on this computer with the shape of the RetailRocket release: views, add-to-carts and purchases of about 4.5 months, with readable item and category names. Point at the &lt;b&gt;summary cards&lt;/b&gt; and the &lt;b&gt;events per day&lt;/b&gt;. Everything runs offline.</source>
            <translation>Демонстрационный набор данных сгенерирован на этом компьютере по образцу выгрузки RetailRocket: просмотры, добавления в корзину и покупки примерно за 4,5 месяца, с понятными названиями товаров и категорий. Покажите &lt;b&gt;карточки сводки&lt;/b&gt; и &lt;b&gt;события по дням&lt;/b&gt;. Всё работает без интернета.</translation>
        </message>
        <message>
            <source>Most visitors only look: few add to cart, fewer buy. Point at the &lt;b&gt;conversion table&lt;/b&gt;. A recommender should therefore treat a browsing visitor differently from one with intent: the idea of the funnel-aware hybrid.</source>
            <translation>Большинство посетителей только смотрят: немногие добавляют в корзину, ещё меньше покупают. Покажите &lt;b&gt;таблицу конверсии&lt;/b&gt;. Поэтому рекомендательная система должна по-разному обращаться с просматривающим посетителем и с посетителем с намерением купить: в этом идея гибрида, учитывающего этап воронки.</translation>
        </message>
        <message>
            <source>A replay of the last %1 days: each visitor is assigned by a seeded hash of their id to Popular (control) or %2. Read the &lt;b&gt;verdict&lt;/b&gt; at the top, then the cumulative conversion with its confidence band; the sample ratio check guards the split.</source>
            <translation>Воспроизведение последних %1 дней: каждый посетитель по хешу своего id (с зерном) попадает в группу Popular (контроль) или %2. Прочитайте &lt;b&gt;вердикт&lt;/b&gt; вверху, затем накопленную конверсию с доверительной полосой; проверка соотношения выборок (SRM) следит за разбиением.</translation>
        </message>
        <message>
            <source>the funnel-aware hybrid</source>
            <translation>гибрид, учитывающий этап воронки</translation>
        </message>
        <message>
            <source>ItemKNN (the hybrid is not built in)</source>
            <translation>ItemKNN (гибрида в этой сборке нет)</translation>
        </message>
        <message>
            <source>Trained on everything before the last 7 days, tested on every event of those days: the next view, add-to-cart or purchase of each visitor (temporal protocol, rolling). The bars are &lt;b&gt;NDCG@10&lt;/b&gt; with 95 % intervals; the &lt;b&gt;Significance&lt;/b&gt; tab says which differences are real. Models: %1.</source>
            <translation>Обучение на всём, что было до последних 7 дней, проверка на каждом событии этих дней: следующем просмотре, добавлении в корзину или покупке каждого посетителя (временной протокол, скользящий режим). Столбцы — &lt;b&gt;NDCG@10&lt;/b&gt; с 95-процентными интервалами; вкладка &lt;b&gt;Значимость&lt;/b&gt; показывает, какие различия реальны. Модели: %1.</translation>
        </message>
        <message>
            <source>Measured on %1 test lists: &lt;b&gt;%2&lt;/b&gt; has the highest NDCG@10 (%3), then %4 (%5).</source>
            <translation>Измерено на %1 тестовых списках: наибольший NDCG@10 у модели &lt;b&gt;%2&lt;/b&gt; (%3), следом %4 (%5).</translation>
        </message>
        <message>
            <source>The lead is significant: the simultaneous interval of the difference excludes 0.</source>
            <translation>Отрыв значим: совместный интервал разности не содержит 0.</translation>
        </message>
        <message>
            <source>The lead is within the noise: the simultaneous interval of the difference includes 0, so the two cannot be told apart on these lists.</source>
            <translation>Отрыв в пределах шума: совместный интервал разности содержит 0, и на этих списках две модели не различить.</translation>
        </message>
        <message>
            <source>%1 visitors in the two arms.</source>
            <translation>В двух группах %1 посетителей.</translation>
        </message>
        <message>
            <source>The control converted too rarely for a relative lift: read the difference, not a percentage.</source>
            <translation>В контрольной группе конверсий слишком мало для относительного прироста: смотрите на разность, а не на проценты.</translation>
        </message>
        <message>
            <source>With this traffic the test detects a lift of %1 with %2 power; the lift shown, %3, is larger, so the test was large enough for it.</source>
            <translation>При таком трафике тест обнаруживает прирост %1 с мощностью %2; показанный прирост %3 больше, значит, для него тест достаточно велик.</translation>
        </message>
        <message>
            <source>With this traffic the test detects only a lift of %1 with %2 power; the lift shown, %3, is smaller: a test too small for it, whatever the verdict.</source>
            <translation>При таком трафике тест обнаруживает лишь прирост %1 с мощностью %2; показанный прирост %3 меньше: для него тест слишком мал, каким бы ни был вердикт.</translation>
        </message>
        <message>
            <source>No earlier events: personal models have nothing to go on. Marked items are what the visitor really did later.</source>
            <translation>Прежних событий нет: персональным моделям не на что опереться. Отмеченные товары — то, что посетитель действительно сделал позже.</translation>
        </message>
        <message>
            <source>Views only. Each recommendation is &lt;b&gt;explained&lt;/b&gt;: the reasons with their share of the score in %.</source>
            <translation>Только просмотры. Каждая рекомендация &lt;b&gt;объяснена&lt;/b&gt;: причины с их долей оценки в %.</translation>
        </message>
        <message>
            <source>An item in the cart: the funnel stage is &lt;b&gt;intent&lt;/b&gt;. Compare the explanation with the browsing visitor's.</source>
            <translation>Товар в корзине: этап воронки — &lt;b&gt;намерение&lt;/b&gt;. Сравните объяснение с объяснением для просматривающего посетителя.</translation>
        </message>
        <message>
            <source>Here %1's list falls back to popular items, and the explanation says so.</source>
            <translation>Здесь список модели %1 опирается на популярные товары, и объяснение говорит об этом.</translation>
        </message>
        <message>
            <source>%1 does not fall back to popular items here: its explanation names other reasons.</source>
            <translation>Модель %1 здесь не сводится к популярным товарам: её объяснение называет другие причины.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>component and its weight</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The hybrid's weights at this stage: %1.</source>
            <translation>Веса гибрида на этом этапе: %1.</translation>
        </message>
        <message>
            <source>They are the same as the browsing visitor's: on this data the stage weights learned on the validation split do not separate the stages.</source>
            <translation>Они те же, что у просматривающего посетителя: на этих данных веса этапов, обученные на валидационной части, этапы не различают.</translation>
        </message>
        <message>
            <source>They differ from the browsing visitor's: the hybrid switched to this stage's weights, learned on the validation split only.</source>
            <translation>Они отличаются от весов просматривающего посетителя: гибрид перешёл на веса этого этапа, обученные только на валидационной части.</translation>
        </message>
        <message>
            <source>Its first recommendation: %1.</source>
            <translation>Первая рекомендация: %1.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::PresenterBar</name>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Previous step (Left, Page Up)</source>
            <translation>Предыдущий шаг (←, Page Up)</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Next step (Right, Page Down, Space)</source>
            <translation>Следующий шаг (→, Page Down, пробел)</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Leave the demo and restore the normal text size (Esc)</source>
            <translation>Выйти из демонстрации и вернуть обычный размер текста (Esc)</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Мельче (Ctrl+-)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Крупнее (Ctrl++)</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Шаг %1 из %2</translation>
        </message>
        <message>
            <source>Preparing… %1 s</source>
            <translation>Подготовка… %1 с</translation>
        </message>
        <message>
            <source>ready in %1 s</source>
            <translation>готово за %1 с</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelPage</name>
        <message>
            <source>All visitors</source>
            <translation>Все посетители</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Холодные (нет прежних событий)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Лёгкие (1–2 события)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Средние (3–9 событий)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Активные (10+ событий)</translation>
        </message>
        <message>
            <source>Activity segment: for events, the visitor's events before it; for sessions, before the session; for visitors, all their events</source>
            <translation>Сегмент активности: для событий — события посетителя до него; для сессий — до сессии; для посетителей — все их события</translation>
        </message>
        <message>
            <source>New and returning</source>
            <translation>Новые и вернувшиеся</translation>
        </message>
        <message>
            <source>New (first session)</source>
            <translation>Новые (первая сессия)</translation>
        </message>
        <message>
            <source>Returning (later sessions)</source>
            <translation>Вернувшиеся (последующие сессии)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>День (UTC)</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>Неделя ISO</translation>
        </message>
        <message>
            <source>Segment:</source>
            <translation>Сегмент:</translation>
        </message>
        <message>
            <source>Visitors:</source>
            <translation>Посетители:</translation>
        </message>
        <message>
            <source>Charts count:</source>
            <translation>На графиках:</translation>
        </message>
        <message>
            <source>Over time by:</source>
            <translation>Динамика по:</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>По категориям</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Динамика</translation>
        </message>
        <message>
            <source>Conversion, counted four ways</source>
            <translation>Конверсия, посчитанная четырьмя способами</translation>
        </message>
        <message>
            <source>Every top-level category (the chart shows the largest)</source>
            <translation>Все категории верхнего уровня (на графике — крупнейшие)</translation>
        </message>
        <message>
            <source>Every period, empty ones included</source>
            <translation>Все периоды, включая пустые</translation>
        </message>
        <message>
            <source>Reached: at least one event of the stage's type, any item, any order. Ordered: a view, then an add-to-cart of the same item, then its purchase. A purchase without a logged add-to-cart counts in the events, reached visitors and sessions, never in the ordered funnel. Sessions end after 30 minutes without events. Days and weeks are UTC; weeks start on Monday.</source>
            <translation>Достигли: хотя бы одно событие этого этапа, любой товар, любой порядок. По порядку: просмотр, затем добавление в корзину того же товара, затем его покупка. Покупка без записанного добавления в корзину учитывается в событиях, достигших посетителях и сессиях, но не в упорядоченной воронке. Сессия заканчивается после 30 минут без событий. Дни и недели — по UTC; неделя начинается с понедельника.</translation>
        </message>
        <message>
            <source>Computing the funnel</source>
            <translation>Расчёт воронки</translation>
        </message>
        <message>
            <source>The funnel could not be computed: %1</source>
            <translation>Не удалось рассчитать воронку: %1</translation>
        </message>
        <message>
            <source>Top-level category</source>
            <translation>Категория верхнего уровня</translation>
        </message>
        <message>
            <source>no visitor in this segment</source>
            <translation>в этом сегменте нет посетителей</translation>
        </message>
        <message numerus="yes">
            <source>median %1 (quartiles %2 – %3), %n visitor(s)</source>
            <translation>
                <numerusform>медиана %1 (квартили %2 – %3), %n посетитель</numerusform>
                <numerusform>медиана %1 (квартили %2 – %3), %n посетителя</numerusform>
                <numerusform>медиана %1 (квартили %2 – %3), %n посетителей</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Time to convert&lt;/b&gt;, from a visitor's first view:&lt;br&gt;to the first add-to-cart after it: %1&lt;br&gt;to the first purchase after it: %2&lt;br&gt;Purchases without an earlier add-to-cart of the item: %3; buyers who never added anything to the cart: %4.</source>
            <translation>&lt;b&gt;Время до конверсии&lt;/b&gt; от первого просмотра посетителя:&lt;br&gt;до первого добавления в корзину после него: %1&lt;br&gt;до первой покупки после него: %2&lt;br&gt;Покупок без предшествующего добавления товара в корзину: %3; покупателей, ничего не добавлявших в корзину: %4.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelSliceModel</name>
        <message>
            <source>Unknown category</source>
            <translation>Без категории</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Холодные (нет прежних событий)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Лёгкие (1–2 события)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Средние (3–9 событий)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Активные (10+ событий)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>Вернувшиеся</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelTableModel</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Visitors (reached)</source>
            <translation>Посетители (достигли)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Сессии</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Added to cart</source>
            <translation>В корзину</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Покупка</translation>
        </message>
        <message>
            <source>View → cart</source>
            <translation>Просмотр → корзина</translation>
        </message>
        <message>
            <source>Cart → purchase</source>
            <translation>Корзина → покупка</translation>
        </message>
        <message>
            <source>View → purchase</source>
            <translation>Просмотр → покупка</translation>
        </message>
        <message>
            <source>Drop-off after view</source>
            <translation>Отток после просмотра</translation>
        </message>
        <message>
            <source>Drop-off after cart</source>
            <translation>Отток после корзины</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Единица счёта</translation>
        </message>
        <message>
            <source>Step conversion: added to cart / viewed</source>
            <translation>Конверсия шага: добавили в корзину / просмотрели</translation>
        </message>
        <message>
            <source>Step conversion: purchased / added to cart</source>
            <translation>Конверсия шага: купили / добавили в корзину</translation>
        </message>
        <message>
            <source>Overall conversion: purchased / viewed</source>
            <translation>Общая конверсия: купили / просмотрели</translation>
        </message>
        <message>
            <source>Share of the viewing units that did not add to the cart</source>
            <translation>Доля просмотревших, не добавивших в корзину</translation>
        </message>
        <message>
            <source>Share of the units with an add-to-cart that did not purchase</source>
            <translation>Доля добавивших в корзину, но не купивших</translation>
        </message>
        <message>
            <source>Visitors (ordered)</source>
            <translation>Посетители (по порядку)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::jobs::JobProgressWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stop this job; what was loaded before stays open</source>
            <translation>Остановить эту задачу; загруженное ранее останется открытым</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationPanel</name>
        <message>
            <source>Difference</source>
            <translation>Разница</translation>
        </message>
        <message>
            <source>Difference in NDCG@10</source>
            <translation>Разница NDCG@10</translation>
        </message>
        <message>
            <source>Running the hybrid's ablation</source>
            <translation>Абляция гибрида</translation>
        </message>
        <message>
            <source>Cancelled: the previous results stay shown.</source>
            <translation>Отменено: показаны прежние результаты.</translation>
        </message>
        <message>
            <source>The ablation failed: %1</source>
            <translation>Абляция не удалась: %1</translation>
        </message>
        <message>
            <source>%1 test lists, weights learned on %2 validation lists from the training data only; fitting took %3 s (%4 CPU-s).</source>
            <translation>%1 тестовых списков; веса подобраны на %2 валидационных списках только из обучающих данных; обучение заняло %3 с (%4 с CPU).</translation>
        </message>
        <message>
            <source>The funnel-aware hybrid against its static variant, each component removed, history only, uniform event weights and each component alone, under the protocol on the left. The hybrid's hyperparameters come from the model list (the defaults unless the hybrid is ticked there).</source>
            <translation>Гибрид с учётом воронки против статического варианта, без каждого компонента по очереди, только с историей, с одинаковыми весами событий и против каждого компонента по отдельности, по протоколу слева. Гиперпараметры гибрида берутся из списка моделей (по умолчанию, если гибрид там не отмечен).</translation>
        </message>
        <message>
            <source>Run the ablation</source>
            <translation>Запустить абляцию</translation>
        </message>
        <message>
            <source>NDCG@10 difference to the funnel-aware hybrid, with simultaneous %1 intervals</source>
            <translation>Разность NDCG@10 с гибридом, учитывающим воронку, с одновременными интервалами %1</translation>
        </message>
        <message>
            <source>Run the ablation to compare each variant with the full hybrid here.</source>
            <translation>Запустите абляцию — здесь появится сравнение каждого варианта с полным гибридом.</translation>
        </message>
        <message>
            <source>Run the ablation to see each variant's difference to the full hybrid.</source>
            <translation>Запустите абляцию, чтобы увидеть разницу каждого варианта с полным гибридом.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationPersistence</name>
        <message>
            <source>Saving the ablation</source>
            <translation>Сохранение абляции</translation>
        </message>
        <message>
            <source>Reading the last ablation</source>
            <translation>Чтение последней абляции</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationTableModel</name>
        <message>
            <source>Variant</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Difference to the hybrid</source>
            <translation>Разница с гибридом</translation>
        </message>
        <message>
            <source>Wilcoxon p</source>
            <translation>p (Уилкоксон)</translation>
        </message>
        <message>
            <source>Holm p</source>
            <translation>p (Холм)</translation>
        </message>
        <message>
            <source>Funnel-aware hybrid</source>
            <translation>Гибрид с учётом воронки</translation>
        </message>
        <message>
            <source>Static hybrid (one weight vector)</source>
            <translation>Статический гибрид (один вектор весов)</translation>
        </message>
        <message>
            <source>without %1</source>
            <translation>без %1</translation>
        </message>
        <message>
            <source>without session views (history only)</source>
            <translation>без сессионных представлений (только история)</translation>
        </message>
        <message>
            <source>uniform event weights</source>
            <translation>одинаковые веса событий</translation>
        </message>
        <message>
            <source>%1 alone</source>
            <translation>только %1</translation>
        </message>
        <message>
            <source>Simultaneous %1 interval (paired bootstrap)</source>
            <translation>Одновременный интервал %1 (парный бутстреп)</translation>
        </message>
        <message>
            <source>Simultaneous interval (paired bootstrap)</source>
            <translation>Одновременный интервал (парный бутстреп)</translation>
        </message>
        <message>
            <source>The intervals hold together with %1 confidence (Bonferroni over the %2 variants, each at %3). %4</source>
            <translation>Интервалы верны одновременно с доверием %1 (поправка Бонферрони на %2 вариантов, каждый на уровне %3). %4</translation>
        </message>
        <message>
            <source>Significant: the interval excludes 0.</source>
            <translation>Значимо: интервал исключает 0.</translation>
        </message>
        <message>
            <source>Not significant: the interval holds 0.</source>
            <translation>Незначимо: интервал содержит 0.</translation>
        </message>
        <message>
            <source>≠ The Holm-corrected Wilcoxon check disagrees with the interval: read this row with care.</source>
            <translation>≠ Проверка Уилкоксона с поправкой Холма расходится с интервалом: относитесь к этой строке осторожно.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::EpochLossChart</name>
        <message>
            <source>Training loss per epoch</source>
            <translation>Функция потерь при обучении по эпохам</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Эпоха</translation>
        </message>
        <message>
            <source>Mean training loss per example</source>
            <translation>Средняя потеря на пример</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::MetricsTableModel</name>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Coverage@%1</source>
            <translation>Покрытие@%1</translation>
        </message>
        <message>
            <source>Gini@%1</source>
            <translation>Джини@%1</translation>
        </message>
        <message>
            <source>Training, s</source>
            <translation>Обучение, с</translation>
        </message>
        <message>
            <source>Evaluation, s</source>
            <translation>Оценка, с</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Память</translation>
        </message>
        <message>
            <source>Mean over the lists with a relevant item ± half-width of its Student-t 95 % interval</source>
            <translation>Среднее по спискам с релевантным товаром ± полуширина 95 % интервала Стьюдента</translation>
        </message>
        <message>
            <source>Over every prediction of the test sessions (next item ranked against all train items)</source>
            <translation>По всем предсказаниям тестовых сессий (следующий товар ранжируется среди всех обучающих товаров)</translation>
        </message>
        <message>
            <source>Share of the candidate items shown in at least one list</source>
            <translation>Доля товаров-кандидатов, показанных хотя бы в одном списке</translation>
        </message>
        <message>
            <source>Concentration of exposure over the candidates (0 = even, 1 = one item)</source>
            <translation>Концентрация показов по кандидатам (0 — равномерно, 1 — один товар)</translation>
        </message>
        <message>
            <source>Mean over lists: intra-list diversity by category, novelty (self-information, bits) or popularity percentile</source>
            <translation>Среднее по спискам: разнообразие внутри списка по категориям, новизна (собственная информация, биты) или процентиль популярности</translation>
        </message>
        <message>
            <source>Learned state held in memory</source>
            <translation>Обученное состояние в памяти</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelPicker</name>
        <message>
            <source>Tick the models to train and evaluate; select one to edit its hyperparameters</source>
            <translation>Отметьте модели для обучения и оценки; выберите модель, чтобы изменить её гиперпараметры</translation>
        </message>
        <message>
            <source>%1: no hyperparameters</source>
            <translation>%1: гиперпараметров нет</translation>
        </message>
        <message>
            <source>Hyperparameters of %1</source>
            <translation>Гиперпараметры %1</translation>
        </message>
        <message>
            <source>From %1 to %2; default %3</source>
            <translation>От %1 до %2; по умолчанию %3</translation>
        </message>
        <message>
            <source>%1 will take about %2 of memory while training: a %3 × %3 matrix (N² × %4 bytes) for %3 items, plus the interactions.</source>
            <translation>%1 займёт при обучении около %2 памяти: матрица %3 × %3 (N² × %4 байт) для %3 товаров плюс взаимодействия.</translation>
        </message>
        <message>
            <source>Parameter name: %1</source>
            <translation>Имя параметра: %1</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelsPage</name>
        <message>
            <source>Export the evaluation as JSON</source>
            <translation>Экспорт оценки в JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Файлы JSON (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Train &amp;&amp; evaluate</source>
            <translation>Обучить и оценить</translation>
        </message>
        <message>
            <source>Train every ticked model on the protocol's training part and evaluate it; runs in the background and can be cancelled</source>
            <translation>Обучить каждую отмеченную модель на обучающей части протокола и оценить её; работает в фоне, можно отменить</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Метрики</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>График</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
        <message>
            <source>Significance</source>
            <translation>Значимость</translation>
        </message>
        <message>
            <source>Cut-off K:</source>
            <translation>Отсечка K:</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Экспорт JSON…</translation>
        </message>
        <message>
            <source>Save the whole evaluation (every metric, interval, segment and comparison) as JSON</source>
            <translation>Сохранить всю оценку (все метрики, интервалы, сегменты и сравнения) в JSON</translation>
        </message>
        <message>
            <source>Metric:</source>
            <translation>Метрика:</translation>
        </message>
        <message>
            <source>Break down by:</source>
            <translation>Разбивка по:</translation>
        </message>
        <message>
            <source>Lists:</source>
            <translation>Списки:</translation>
        </message>
        <message>
            <source>Means over the lists with a relevant item, ± half-width of the 95 % interval; click a header to sort</source>
            <translation>Средние по спискам с релевантным товаром, ± полуширина 95 % интервала; щёлкните заголовок для сортировки</translation>
        </message>
        <message>
            <source>The compared metric per segment, ± half-width of the 95 % interval</source>
            <translation>Сравниваемая метрика по сегментам, ± полуширина 95 % интервала</translation>
        </message>
        <message>
            <source>Tick at least one model.</source>
            <translation>Отметьте хотя бы одну модель.</translation>
        </message>
        <message>
            <source>Training and evaluating</source>
            <translation>Обучение и оценка</translation>
        </message>
        <message>
            <source>Cancelled: the previous results stay shown.</source>
            <translation>Отменено: показаны прежние результаты.</translation>
        </message>
        <message>
            <source>The evaluation failed: %1</source>
            <translation>Оценка не удалась: %1</translation>
        </message>
        <message>
            <source>Building the protocol's split…</source>
            <translation>Разбиение данных по протоколу…</translation>
        </message>
        <message>
            <source>Model %1 of %2: training %3…</source>
            <translation>Модель %1 из %2: обучение %3…</translation>
        </message>
        <message>
            <source>Model %1 of %2: evaluating %3…</source>
            <translation>Модель %1 из %2: оценка %3…</translation>
        </message>
        <message>
            <source>All lists (%1)</source>
            <translation>Все списки (%1)</translation>
        </message>
        <message>
            <source>Visitors with ≥ 3 earlier events (%1 lists)</source>
            <translation>Посетители с ≥ 3 прежними событиями (списков: %1)</translation>
        </message>
        <message>
            <source>%1 test sessions, %2 predictions; %3 training events.</source>
            <translation>Тестовых сессий: %1, предсказаний: %2; обучающих событий: %3.</translation>
        </message>
        <message>
            <source>%1 lists from %2 training events. Lists made with no prior history: %3 (%4); they get each model's fallback and form the cold segment.</source>
            <translation>Списков: %1 по %2 обучающим событиям. Списков без предыстории: %3 (%4); для них каждая модель использует запасной вариант, они образуют холодный сегмент.</translation>
        </message>
        <message>
            <source>Total time %1 s.</source>
            <translation>Общее время %1 с.</translation>
        </message>
        <message>
            <source>Nothing to export yet.</source>
            <translation>Пока нечего экспортировать.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <source>Results of the last evaluation saved in the project.</source>
            <translation>Результаты последней оценки, сохранённой в проекте.</translation>
        </message>
        <message>
            <source>Ablation</source>
            <translation>Абляция</translation>
        </message>
        <message>
            <source>Mean difference row − column [simultaneous paired bootstrap interval] and the Wilcoxon p-value, Holm-corrected over the matrix (a robustness check)</source>
            <translation>Средняя разность «строка − столбец» [одновременный интервал парного бутстрепа] и p-значение Уилкоксона с поправкой Холма по матрице (проверка устойчивости)</translation>
        </message>
        <message>
            <source>* and colour: the interval excludes 0, significant at 5 % for the whole matrix (each interval is at level 1 − 5 %/m for m pairs, Bonferroni; green: the row model is better, red: worse; stronger colour, larger difference). ≠: the Wilcoxon check disagrees. The diagonal shows each model's mean. Hover a cell for the level, the t-test and Cohen's d_z.</source>
            <translation>* и цвет: интервал исключает 0, значимо на уровне 5 % для всей матрицы (каждый интервал построен на уровне 1 − 5 %/m для m пар, поправка Бонферрони; зелёный — модель строки лучше, красный — хуже; чем насыщеннее цвет, тем больше разность). ≠: проверка Уилкоксона расходится с интервалом. На диагонали — среднее каждой модели. Наведите курсор на ячейку, чтобы увидеть уровень, t-тест и d_z Коэна.</translation>
        </message>
        <message>
            <source>Tick models and press “Train &amp; evaluate” to see the results here.</source>
            <translation>Отметьте модели и нажмите «Обучить и оценить» — результаты появятся здесь.</translation>
        </message>
        <message>
            <source>Evaluate two or more models to compare them here.</source>
            <translation>Оцените две модели или больше, чтобы сравнить их здесь.</translation>
        </message>
        <message>
            <source>The session protocols have no breakdown by segment.</source>
            <translation>У сессионных протоколов нет разбивки по сегментам.</translation>
        </message>
        <message>
            <source>Activity segment</source>
            <translation>Сегменту активности</translation>
        </message>
        <message>
            <source>By the visitor's number of events before the list</source>
            <translation>По числу событий посетителя до списка</translation>
        </message>
        <message>
            <source>Funnel stage</source>
            <translation>Этапу воронки</translation>
        </message>
        <message>
            <source>By the visitor's funnel stage when the list is made</source>
            <translation>По этапу воронки посетителя в момент построения списка</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelsPersistence</name>
        <message>
            <source>Reused from the project (not retrained): %1.</source>
            <translation>Взяты из проекта (не переобучались): %1.</translation>
        </message>
        <message>
            <source>Saving the evaluation</source>
            <translation>Сохранение результатов оценки</translation>
        </message>
        <message>
            <source>Reading the last evaluation</source>
            <translation>Чтение последней оценки</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ProtocolEditor</name>
        <message>
            <source>Temporal split</source>
            <translation>Разбиение по времени</translation>
        </message>
        <message>
            <source>Leave last out</source>
            <translation>Последнее событие в тест</translation>
        </message>
        <message>
            <source>Sessions: GRU4Rec official</source>
            <translation>Сессии: официальный GRU4Rec</translation>
        </message>
        <message>
            <source>Sessions: session-rec window</source>
            <translation>Сессии: окно session-rec</translation>
        </message>
        <message>
            <source>Static: one list per visitor at the split</source>
            <translation>Статический: один список на посетителя в момент разбиения</translation>
        </message>
        <message>
            <source>Add-to-cart and purchase</source>
            <translation>Добавление в корзину и покупка</translation>
        </message>
        <message>
            <source>Any event</source>
            <translation>Любое событие</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Протокол:</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Режим:</translation>
        </message>
        <message>
            <source>Test days:</source>
            <translation>Тестовые дни:</translation>
        </message>
        <message>
            <source>Targets:</source>
            <translation>Цели:</translation>
        </message>
        <message>
            <source>Min. visitor events:</source>
            <translation>Мин. событий посетителя:</translation>
        </message>
        <message>
            <source>Min. item events:</source>
            <translation>Мин. событий товара:</translation>
        </message>
        <message>
            <source>Exclude seen items:</source>
            <translation>Исключать виденные товары:</translation>
        </message>
        <message>
            <source>Slice (of 5):</source>
            <translation>Срез (из 5):</translation>
        </message>
        <message>
            <source>Sample of lists:</source>
            <translation>Выборка списков:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Зерно:</translation>
        </message>
        <message>
            <source> d</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>все</translation>
        </message>
        <message>
            <source>The test period is the last N UTC days; models train on everything before it</source>
            <translation>Тестовый период — последние N дней по UTC; модели обучаются на всём, что до него</translation>
        </message>
        <message>
            <source>Lists only for visitors with at least this many training events</source>
            <translation>Списки только для посетителей хотя бы с таким числом обучающих событий</translation>
        </message>
        <message>
            <source>Training events of rarer items are dropped</source>
            <translation>Обучающие события более редких товаров отбрасываются</translation>
        </message>
        <message>
            <source>Remove items the visitor already interacted with from each list (default off: most carts follow a view of the same item)</source>
            <translation>Убирать из каждого списка товары, с которыми посетитель уже взаимодействовал (по умолчанию выключено: большинство добавлений в корзину следует за просмотром того же товара)</translation>
        </message>
        <message>
            <source>Evaluate a seeded sample of at most this many lists (test sessions for the presets)</source>
            <translation>Оценивать выборку с зерном не более чем из стольких списков (тестовых сессий для готовых протоколов)</translation>
        </message>
        <message>
            <source>Seed of every model's training and of the bootstrap: the same seed gives the same numbers</source>
            <translation>Зерно обучения всех моделей и бутстрепа: одно и то же зерно даёт одни и те же числа</translation>
        </message>
        <message>
            <source>One list per target event of the test period, from all the visitor's earlier events; relevant: that event's item.</source>
            <translation>Один список на каждое целевое событие тестового периода по всем прежним событиям посетителя; релевантен товар этого события.</translation>
        </message>
        <message>
            <source>One list per test visitor, made at the split from training events; relevant: all their target items in the test period.</source>
            <translation>Один список на тестового посетителя, построенный в момент разбиения по обучающим событиям; релевантны все его целевые товары тестового периода.</translation>
        </message>
        <message>
            <source>Each visitor's last target event is held out.</source>
            <translation>Последнее целевое событие каждого посетителя откладывается в тест.</translation>
        </message>
        <message>
            <source>Train before 2015-09-18 03:00 UTC; next-item HR and MRR at every position of each test session, ranked against all train items.</source>
            <translation>Обучение до 2015-09-18 03:00 UTC; HR и MRR следующего товара на каждой позиции каждой тестовой сессии, ранжирование среди всех обучающих товаров.</translation>
        </message>
        <message>
            <source>Slice k of 5 consecutive windows; next-item HR and MRR at every position of each test session.</source>
            <translation>Срез k из 5 последовательных окон; HR и MRR следующего товара на каждой позиции каждой тестовой сессии.</translation>
        </message>
        <message>
            <source>Rolling: before every target event</source>
            <translation>Скользящий: перед каждым целевым событием</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::SegmentTableModel</name>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Списки</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n list(s) with a relevant item</source>
            <translation>
                <numerusform>%n список с релевантным товаром</numerusform>
                <numerusform>%n списка с релевантным товаром</numerusform>
                <numerusform>%n списков с релевантным товаром</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::SignificanceTableModel</name>
        <message>
            <source>Row − column</source>
            <translation>Строка − столбец</translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>среднее %1</translation>
        </message>
        <message>
            <source>%1%5
[%2, %3]
p %4%6</source>
            <translation>%1%5
[%2; %3]
p %4%6</translation>
        </message>
        <message>
            <source>Paired over %1 lists. Simultaneous bootstrap %2 interval of the mean difference (Bonferroni over the %3 pairs, so that all intervals hold together with %4 confidence; B = %5). Wilcoxon signed-rank p = %6, Holm-corrected over the matrix = %7; paired t p = %8; Cohen's d_z = %9.</source>
            <translation>Парное сравнение по %1 спискам. Одновременный бутстреп-интервал средней разности на уровне %2 (поправка Бонферрони на %3 пар, так что все интервалы верны одновременно с доверием %4; B = %5). Знаково-ранговый критерий Уилкоксона: p = %6, с поправкой Холма по матрице = %7; парный t-тест: p = %8; d_z Коэна = %9.</translation>
        </message>
        <message>
            <source>Significant: the interval excludes 0.</source>
            <translation>Значимо: интервал исключает 0.</translation>
        </message>
        <message>
            <source>Not significant: the interval holds 0.</source>
            <translation>Незначимо: интервал содержит 0.</translation>
        </message>
        <message>
            <source>≠ The Wilcoxon check disagrees (Holm p above %1): the mean difference rests on a few large differences; the typical list may not differ.</source>
            <translation>≠ Проверка Уилкоксона расходится с интервалом (p Холма больше %1): средняя разность держится на немногих крупных разностях; типичный список может и не отличаться.</translation>
        </message>
        <message>
            <source>≠ The Wilcoxon check disagrees (Holm p at most %1): most lists lean one way, but the mean difference is too uncertain to call.</source>
            <translation>≠ Проверка Уилкоксона расходится с интервалом (p Холма не больше %1): большинство списков смещено в одну сторону, но средняя разность слишком неопределённа, чтобы делать вывод.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::session::ProjectController</name>
        <message>
            <source>%1 events, %2 visitors, %3 items</source>
            <translation>событий: %1, посетителей: %2, товаров: %3</translation>
        </message>
        <message>
            <source>%1: cancelled; the data loaded before is still open.</source>
            <translation>%1: отменено; ранее загруженные данные по-прежнему открыты.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 — ошибка: %2</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>неизвестная ошибка</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Импорт %1</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Импортировано: %1</translation>
        </message>
        <message>
            <source>Opening %1</source>
            <translation>Открытие %1</translation>
        </message>
        <message>
            <source>Opened %1: %2</source>
            <translation>Открыт %1: %2</translation>
        </message>
        <message>
            <source>Saving %1</source>
            <translation>Сохранение %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Opening the demo dataset</source>
            <translation>Открытие демо-набора</translation>
        </message>
        <message>
            <source>Demo dataset: %1</source>
            <translation>Демо-набор: %1</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::session::TrainedModels</name>
        <message>
            <source>Saving trained models</source>
            <translation>Сохранение обученных моделей</translation>
        </message>
        <message>
            <source>Listing the trained models</source>
            <translation>Чтение списка обученных моделей</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::ReasonsPanel</name>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Select a recommendation to see why the model chose it.</source>
            <translation>Выберите рекомендацию, чтобы увидеть, почему модель её выбрала.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, rank %2 of &lt;b&gt;%3&lt;/b&gt; (score %4)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, место %2 у &lt;b&gt;%3&lt;/b&gt; (оценка %4)</translation>
        </message>
        <message>
            <source>✓ The visitor really interacted with this item later.</source>
            <translation>✓ Позже посетитель действительно взаимодействовал с этим товаром.</translation>
        </message>
        <message>
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <source>This model gives no reasons for its scores.</source>
            <translation>Эта модель не объясняет свои оценки.</translation>
        </message>
        <message>
            <source>Share: the part of the blended score a component gives; under each component, its own reasons split that component's part. A negative share pulls the score down.</source>
            <translation>Доля: часть смешанной оценки, которую даёт компонент; под каждым компонентом его собственные причины делят его часть. Отрицательная доля снижает оценку.</translation>
        </message>
        <message>
            <source>Share: the part of the item's score this reason explains; the shares of a model's reasons add up to its score. A negative share pulls the score down.</source>
            <translation>Доля: часть оценки товара, которую объясняет эта причина; доли причин модели в сумме дают её оценку. Отрицательная доля снижает оценку.</translation>
        </message>
        <message>
            <source>Share: how much of the network's decision each viewed item carries (GRU4Rec: the score's drop without it; SASRec: the attention on it). The shares' sizes add up to 100 %.</source>
            <translation>Доля: какая часть решения сети приходится на каждый просмотренный товар (GRU4Rec: насколько падает оценка без него; SASRec: внимание к нему). Модули долей в сумме дают 100 %.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::RecommendationsModel</name>
        <message>
            <source>The visitor really interacted with this item later</source>
            <translation>Позже посетитель действительно взаимодействовал с этим товаром</translation>
        </message>
        <message>
            <source>Filled in from the popularity order: the model had no signal</source>
            <translation>Дополнено по популярности: у модели не было сигнала</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (ошибка)</translation>
        </message>
        <message>
            <source>Score %1 (in the model's own units)</source>
            <translation>Оценка %1 (в единицах модели)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorTexts</name>
        <message>
            <source>view</source>
            <translation>просмотр</translation>
        </message>
        <message>
            <source>add to cart</source>
            <translation>в корзину</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>покупка</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>browsing</source>
            <translation>просмотр</translation>
        </message>
        <message>
            <source>intent</source>
            <translation>намерение</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>купил</translation>
        </message>
        <message>
            <source>no events before this moment</source>
            <translation>до этого момента событий нет</translation>
        </message>
        <message>
            <source>only views so far</source>
            <translation>пока только просмотры</translation>
        </message>
        <message>
            <source>an add-to-cart not followed by a purchase</source>
            <translation>добавление в корзину без последующей покупки</translation>
        </message>
        <message>
            <source>at least one purchase</source>
            <translation>хотя бы одна покупка</translation>
        </message>
        <message>
            <source>cold (no events)</source>
            <translation>холодный (нет событий)</translation>
        </message>
        <message>
            <source>light (1–2 events)</source>
            <translation>лёгкий (1–2 события)</translation>
        </message>
        <message>
            <source>medium (3–9 events)</source>
            <translation>средний (3–9 событий)</translation>
        </message>
        <message>
            <source>heavy (10+ events)</source>
            <translation>активный (10+ событий)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>item name (raw id)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&lt;1 %</source>
            <translation>&lt;1 %</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <comment>raw item id and its name</comment>
            <translation>%1 «%2»</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorTimeline</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Время (UTC)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Double-click an event to recommend just before it</source>
            <translation>Двойной щелчок по событию — рекомендовать непосредственно перед ним</translation>
        </message>
        <message numerus="yes">
            <source>Session %1 · %2 · %n event(s)</source>
            <translation>
                <numerusform>Сессия %1 · %2 · %n событие</numerusform>
                <numerusform>Сессия %1 · %2 · %n события</numerusform>
                <numerusform>Сессия %1 · %2 · %n событий</numerusform>
            </translation>
        </message>
        <message>
            <source>After the moment shown: the models do not see this event</source>
            <translation>После показанного момента: модели не видят это событие</translation>
        </message>
        <message numerus="yes">
            <source>What-if session (simulated) · %n event(s)</source>
            <translation>
                <numerusform>Сессия «что если» (смоделированная) · %n событие</numerusform>
                <numerusform>Сессия «что если» (смоделированная) · %n события</numerusform>
                <numerusform>Сессия «что если» (смоделированная) · %n событий</numerusform>
            </translation>
        </message>
        <message>
            <source> · test</source>
            <translation> · тест</translation>
        </message>
        <message>
            <source>In the test period: the models were trained without the events of this session.</source>
            <translation>В тестовом периоде: модели обучены без событий этой сессии.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorsPage</name>
        <message>
            <source>Visitor id:</source>
            <translation>Номер посетителя:</translation>
        </message>
        <message>
            <source>raw visitorid</source>
            <translation>visitorid из данных</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Personas:</source>
            <translation>Персоны:</translation>
        </message>
        <message>
            <source>New visitor</source>
            <translation>Новый посетитель</translation>
        </message>
        <message>
            <source>A test-period visitor at their first event: no earlier events</source>
            <translation>Посетитель тестового периода в момент первого события: раньше событий нет</translation>
        </message>
        <message>
            <source>Browsing</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>A visitor with views only</source>
            <translation>Посетитель только с просмотрами</translation>
        </message>
        <message>
            <source>Intent</source>
            <translation>Намерение</translation>
        </message>
        <message>
            <source>A visitor just after an add-to-cart, before any purchase</source>
            <translation>Посетитель сразу после добавления в корзину, до какой-либо покупки</translation>
        </message>
        <message>
            <source>Or pick:</source>
            <translation>Или выберите:</translation>
        </message>
        <message>
            <source>Top K:</source>
            <translation>Топ K:</translation>
        </message>
        <message>
            <source>Train quick models</source>
            <translation>Обучить быстрые модели</translation>
        </message>
        <message>
            <source>Popular, Recent, ItemKNN, ALS, BPR and session-KNN on the default split (the last 7 days are the test period), with default parameters</source>
            <translation>Popular, Recent, ItemKNN, ALS, BPR и session-KNN на разбиении по умолчанию (последние 7 дней — тестовый период), с параметрами по умолчанию</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Посетитель</translation>
        </message>
        <message>
            <source>Funnel stage</source>
            <translation>Этап воронки</translation>
        </message>
        <message>
            <source>Activity segment</source>
            <translation>Сегмент активности</translation>
        </message>
        <message>
            <source>Recommended at</source>
            <translation>Момент рекомендации</translation>
        </message>
        <message>
            <source>(searching the data…)</source>
            <translation>(поиск в данных…)</translation>
        </message>
        <message>
            <source>Most active or random visitors…</source>
            <translation>Активные или случайные…</translation>
        </message>
        <message numerus="yes">
            <source>  %1 · %n event(s)</source>
            <translation>
                <numerusform>  %1 · %n событие</numerusform>
                <numerusform>  %1 · %n события</numerusform>
                <numerusform>  %1 · %n событий</numerusform>
            </translation>
        </message>
        <message>
            <source>Most active</source>
            <translation>Самые активные</translation>
        </message>
        <message>
            <source>Random (seed 42)</source>
            <translation>Случайные (зерно 42)</translation>
        </message>
        <message>
            <source>Select a recommendation to see why the model chose it.</source>
            <translation>Выберите рекомендацию, чтобы увидеть, почему модель её выбрала.</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Finding personas</source>
            <translation>Поиск персон</translation>
        </message>
        <message>
            <source>Loading the trained models</source>
            <translation>Загрузка обученных моделей</translation>
        </message>
        <message>
            <source>A trained model could not be loaded: %1</source>
            <translation>Обученную модель не удалось загрузить: %1</translation>
        </message>
        <message>
            <source>No trained model yet: train models on the Models page, or train the quick models here.</source>
            <translation>Обученных моделей пока нет: обучите модели на странице «Модели» или быстрые модели здесь.</translation>
        </message>
        <message>
            <source>Recommending</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>The recommendations could not be computed: %1</source>
            <translation>Рекомендации не удалось вычислить: %1</translation>
        </message>
        <message>
            <source>Explaining</source>
            <translation>Объяснение</translation>
        </message>
        <message>
            <source>The model could not explain this item: %1</source>
            <translation>Модель не смогла объяснить этот товар: %1</translation>
        </message>
        <message>
            <source>Training the quick models</source>
            <translation>Обучение быстрых моделей</translation>
        </message>
        <message>
            <source>The quick models could not be trained: %1</source>
            <translation>Быстрые модели не удалось обучить: %1</translation>
        </message>
        <message>
            <source>Type a visitor id (the raw visitorid of the events file).</source>
            <translation>Введите id посетителя (visitorid из файла событий).</translation>
        </message>
        <message>
            <source>There is no visitor with the id %1 in this dataset.</source>
            <translation>В этом наборе данных нет посетителя с id %1.</translation>
        </message>
        <message>
            <source>'%1' is not a visitor id: a visitor id is a whole number.</source>
            <translation>«%1» — не id посетителя: id посетителя — целое число.</translation>
        </message>
        <message>
            <source>The personas are still being searched for; try again in a moment.</source>
            <translation>Персоны ещё ищутся; попробуйте чуть позже.</translation>
        </message>
        <message>
            <source>No visitor in this dataset fits this persona.</source>
            <translation>Ни один посетитель этого набора данных не подходит под эту персону.</translation>
        </message>
        <message>
            <source>Find a visitor or pick a persona</source>
            <translation>Найдите посетителя или выберите персону</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n event(s) before the moment</source>
            <translation>
                <numerusform>%1 из %n события до момента</numerusform>
                <numerusform>%1 из %n событий до момента</numerusform>
                <numerusform>%1 из %n событий до момента</numerusform>
            </translation>
        </message>
        <message>
            <source>made-up</source>
            <translation>вымышленный</translation>
        </message>
        <message>
            <source>only simulated events</source>
            <translation>только смоделированные события</translation>
        </message>
        <message>
            <source> (with the simulated events)</source>
            <translation> (со смоделированными событиями)</translation>
        </message>
        <message>
            <source>by the events before the moment</source>
            <translation>по событиям до момента</translation>
        </message>
        <message>
            <source>test period (from %1)</source>
            <translation>тестовый период (с %1)</translation>
        </message>
        <message>
            <source>training period (the test period starts %1)</source>
            <translation>обучающий период (тестовый начинается %1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommendations of every trained model&lt;/b&gt; (✓ green: the visitor really interacted with the item later; italics: filled in by popularity). Select one to see why.</source>
            <translation>&lt;b&gt;Рекомендации всех обученных моделей&lt;/b&gt; (✓ зелёные: позже посетитель действительно взаимодействовал с товаром; курсив: дополнено по популярности). Выберите одну, чтобы увидеть почему.</translation>
        </message>
        <message>
            <source>This item is not in the open dataset.</source>
            <translation>Этого товара нет в открытом наборе данных.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::WhatIfPanel</name>
        <message>
            <source>What if: a simulated live session</source>
            <translation>Что если: смоделированная текущая сессия</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Товар:</translation>
        </message>
        <message>
            <source>a recommended item, or type a raw item id</source>
            <translation>рекомендованный товар или введите itemid</translation>
        </message>
        <message>
            <source>Pick one of the recommended items, or type the raw id of any item</source>
            <translation>Выберите один из рекомендованных товаров или введите id любого товара</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Add to cart</source>
            <translation>В корзину</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Покупка</translation>
        </message>
        <message>
            <source>Clear the session</source>
            <translation>Очистить сессию</translation>
        </message>
        <message>
            <source>Remove every simulated event</source>
            <translation>Убрать все смоделированные события</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>Сначала выберите товар.</translation>
        </message>
        <message>
            <source>There is no item with the id '%1' in this dataset.</source>
            <translation>В этом наборе данных нет товара с id «%1».</translation>
        </message>
        <message>
            <source>No simulated events yet: each one updates the stage and every model's list.</source>
            <translation>Смоделированных событий пока нет: каждое обновляет этап и список каждой модели.</translation>
        </message>
        <message numerus="yes">
            <source>%n simulated event(s).</source>
            <translation>
                <numerusform>%n смоделированное событие.</numerusform>
                <numerusform>%n смоделированных события.</numerusform>
                <numerusform>%n смоделированных событий.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last update of every model: %1 ms.</source>
            <translation>Последнее обновление всех моделей: %1 мс.</translation>
        </message>
        <message>
            <source>Open a dataset first.</source>
            <translation>Сначала откройте набор данных.</translation>
        </message>
    </context>
</TS>
