<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DataCharts</name>
        <message>
            <source>Events per day (UTC)</source>
            <translation>Events per day (UTC)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>Day (UTC)</translation>
        </message>
        <message>
            <source>Views per day</source>
            <translation>Views per day</translation>
        </message>
        <message>
            <source>Add-to-carts and purchases per day</source>
            <translation>Add-to-carts and purchases per day</translation>
        </message>
        <message>
            <source>Visitors by number of events</source>
            <translation>Visitors by number of events</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Events per visitor</source>
            <translation>Events per visitor</translation>
        </message>
        <message>
            <source>Visitors (log scale)</source>
            <translation>Visitors (log scale)</translation>
        </message>
        <message>
            <source>%1 visitors</source>
            <translation>%1 visitors</translation>
        </message>
        <message>
            <source>Mean %1 events per visitor, median %2, 90th percentile %3, 99th percentile %4, maximum %5; %6 of visitors have exactly one event.</source>
            <translation>Mean %1 events per visitor, median %2, 90th percentile %3, 99th percentile %4, maximum %5; %6 of visitors have exactly one event.</translation>
        </message>
        <message>
            <source>Bins without visitors have no bar (a log scale cannot show zero).</source>
            <translation>Bins without visitors have no bar (a log scale cannot show zero).</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Add-to-carts</source>
            <translation>Add-to-carts</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>There is no chart to export.</source>
            <translation>There is no chart to export.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Exported from Vitrina</source>
            <translation>Exported from Vitrina</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Export table</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <extracomment>A percentage; %1 is the number. Russian typography puts a (non-breaking) space before the sign.</extracomment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>about %1 s left</translation>
        </message>
        <message>
            <source>about %1 min left</source>
            <translation>about %1 min left</translation>
        </message>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <extracomment>Percentage points, the unit of a difference of two rates.</extracomment>
            <translation>%1 pp</translation>
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
            <translation>Funnel: %1</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>View → cart</source>
            <translation>View → cart</translation>
        </message>
        <message>
            <source>View → purchase</source>
            <translation>View → purchase</translation>
        </message>
        <message>
            <source>Conversion by ISO week (%1)</source>
            <translation>Conversion by ISO week (%1)</translation>
        </message>
        <message>
            <source>Conversion by day, UTC (%1)</source>
            <translation>Conversion by day, UTC (%1)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>Day (UTC)</translation>
        </message>
        <message>
            <source>From view, %</source>
            <translation>From view, %</translation>
        </message>
        <message>
            <source>Cart → purchase, %</source>
            <translation>Cart → purchase, %</translation>
        </message>
        <message>
            <source>Conversion by top-level category</source>
            <translation>Conversion by top-level category</translation>
        </message>
        <message>
            <source>Conversion, % (%1)</source>
            <translation>Conversion, % (%1)</translation>
        </message>
        <message>
            <source>Cart → purchase</source>
            <translation>Cart → purchase</translation>
        </message>
        <message>
            <source>ISO week (UTC)</source>
            <translation>ISO week (UTC)</translation>
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>Internal error: {0}</source>
            <translation>Internal error: {0}</translation>
        </message>
        <message>
            <source>Not enough memory: {0}</source>
            <translation>Not enough memory: {0}</translation>
        </message>
        <message>
            <source>The operation was cancelled</source>
            <translation>The operation was cancelled</translation>
        </message>
        <message>
            <source>Unknown parameter '{0}'</source>
            <translation>Unknown parameter '{0}'</translation>
        </message>
        <message>
            <source>Parameter '{0}' must be a number, got '{1}'</source>
            <translation>Parameter '{0}' must be a number, got '{1}'</translation>
        </message>
        <message>
            <source>Parameter '{0}' must be an integer, got '{1}'</source>
            <translation>Parameter '{0}' must be an integer, got '{1}'</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} is outside the allowed range {2}</source>
            <translation>Parameter '{0}' = {1} is outside the allowed range {2}</translation>
        </message>
        <message>
            <source>Parameter '{0}' = '{1}' is not one of: {2}</source>
            <translation>Parameter '{0}' = '{1}' is not one of: {2}</translation>
        </message>
        <message>
            <source>Parameter '{0}' has the wrong type: expected {1}</source>
            <translation>Parameter '{0}' has the wrong type: expected {1}</translation>
        </message>
        <message>
            <source>The file does not exist</source>
            <translation>The file does not exist</translation>
        </message>
        <message>
            <source>This is a folder, not a CSV file</source>
            <translation>This is a folder, not a CSV file</translation>
        </message>
        <message>
            <source>This is not a regular file (a device, pipe or socket)</source>
            <translation>This is not a regular file (a device, pipe or socket)</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>The file cannot be read: {0}</translation>
        </message>
        <message>
            <source>The file is empty: it has no header line; expected the columns {0}</source>
            <translation>The file is empty: it has no header line; expected the columns {0}</translation>
        </message>
        <message>
            <source>The first line is data, not a header; expected the columns {0}</source>
            <translation>The first line is data, not a header; expected the columns {0}</translation>
        </message>
        <message>
            <source>The header lacks the column(s) {0}; expected the columns {1}</source>
            <translation>The header lacks the column(s) {0}; expected the columns {1}</translation>
        </message>
        <message>
            <source>The header has unknown column(s) {0}; expected the columns {1}</source>
            <translation>The header has unknown column(s) {0}; expected the columns {1}</translation>
        </message>
        <message>
            <source>The header names the column {0} twice; expected the columns {1}</source>
            <translation>The header names the column {0} twice; expected the columns {1}</translation>
        </message>
        <message>
            <source>The file has a header but no data rows</source>
            <translation>The file has a header but no data rows</translation>
        </message>
        <message>
            <source>The row has the wrong number of fields</source>
            <translation>The row has the wrong number of fields</translation>
        </message>
        <message>
            <source>A quoted field is not closed, or text follows its closing quote</source>
            <translation>A quoted field is not closed, or text follows its closing quote</translation>
        </message>
        <message>
            <source>The row is cut off at the end of the file</source>
            <translation>The row is cut off at the end of the file</translation>
        </message>
        <message>
            <source>The timestamp is not a whole number of milliseconds</source>
            <translation>The timestamp is not a whole number of milliseconds</translation>
        </message>
        <message>
            <source>The timestamp has 10 digits: it looks like seconds, but milliseconds are expected</source>
            <translation>The timestamp has 10 digits: it looks like seconds, but milliseconds are expected</translation>
        </message>
        <message>
            <source>The timestamp is in scientific notation with too few digits (like 1.43E+12, as a spreadsheet writes it) and has lost precision</source>
            <translation>The timestamp is in scientific notation with too few digits (like 1.43E+12, as a spreadsheet writes it) and has lost precision</translation>
        </message>
        <message>
            <source>The timestamp is outside 2000-01-01 .. 2100-01-01</source>
            <translation>The timestamp is outside 2000-01-01 .. 2100-01-01</translation>
        </message>
        <message>
            <source>The visitorid is not a non-negative whole number</source>
            <translation>The visitorid is not a non-negative whole number</translation>
        </message>
        <message>
            <source>The itemid is not a non-negative whole number</source>
            <translation>The itemid is not a non-negative whole number</translation>
        </message>
        <message>
            <source>The event is not one of view, addtocart, transaction</source>
            <translation>The event is not one of view, addtocart, transaction</translation>
        </message>
        <message>
            <source>A transaction event has no transactionid</source>
            <translation>A transaction event has no transactionid</translation>
        </message>
        <message>
            <source>The transactionid is not a non-negative whole number</source>
            <translation>The transactionid is not a non-negative whole number</translation>
        </message>
        <message>
            <source>The value of property categoryid is not a category id</source>
            <translation>The value of property categoryid is not a category id</translation>
        </message>
        <message>
            <source>The value of property available is neither 0 nor 1</source>
            <translation>The value of property available is neither 0 nor 1</translation>
        </message>
        <message>
            <source>The value of property 790 is not a number like n5400.000</source>
            <translation>The value of property 790 is not a number like n5400.000</translation>
        </message>
        <message>
            <source>The categoryid is not a non-negative whole number</source>
            <translation>The categoryid is not a non-negative whole number</translation>
        </message>
        <message>
            <source>The parentid is neither empty nor a non-negative whole number</source>
            <translation>The parentid is neither empty nor a non-negative whole number</translation>
        </message>
        <message>
            <source>The category is listed again (its first row is kept)</source>
            <translation>The category is listed again (its first row is kept)</translation>
        </message>
        <message>
            <source>The id is not a non-negative whole number</source>
            <translation>The id is not a non-negative whole number</translation>
        </message>
        <message>
            <source>The id already has a name (its first row is kept)</source>
            <translation>The id already has a name (its first row is kept)</translation>
        </message>
        <message>
            <source>The name is not valid UTF-8</source>
            <translation>The name is not valid UTF-8</translation>
        </message>
        <message>
            <source>{0} view or addtocart row(s) carry a transactionid; they are kept as events (first lines: {1})</source>
            <translation>{0} view or addtocart row(s) carry a transactionid; they are kept as events (first lines: {1})</translation>
        </message>
        <message>
            <source>{0} categories name a parent that is not in the tree and are treated as roots: {1}</source>
            <translation>{0} categories name a parent that is not in the tree and are treated as roots: {1}</translation>
        </message>
        <message>
            <source>The categories {0} form a cycle; {1} was made a root (its parent {2} is ignored)</source>
            <translation>The categories {0} form a cycle; {1} was made a root (its parent {2} is ignored)</translation>
        </message>
        <message>
            <source>{0} more cycles in the category tree were broken the same way</source>
            <translation>{0} more cycles in the category tree were broken the same way</translation>
        </message>
        <message>
            <source>The category tree is deeper than 255 levels; deeper categories are shown at level 255</source>
            <translation>The category tree is deeper than 255 levels; deeper categories are shown at level 255</translation>
        </message>
        <message>
            <source>{0} categories used by items are not in the category tree and were added as roots: {1}</source>
            <translation>{0} categories used by items are not in the category tree and were added as roots: {1}</translation>
        </message>
        <message>
            <source>No file or folder was given to import</source>
            <translation>No file or folder was given to import</translation>
        </message>
        <message>
            <source>The file or folder does not exist</source>
            <translation>The file or folder does not exist</translation>
        </message>
        <message>
            <source>The file name does not say what it holds; expected events*.csv, item_properties*.csv, category_tree*.csv, category_names*.csv or item_names*.csv</source>
            <translation>The file name does not say what it holds; expected events*.csv, item_properties*.csv, category_tree*.csv, category_names*.csv or item_names*.csv</translation>
        </message>
        <message>
            <source>Two files hold the {0}: {1} and {2}</source>
            <translation>Two files hold the {0}: {1} and {2}</translation>
        </message>
        <message>
            <source>The folder {0} has no events.csv</source>
            <translation>The folder {0} has no events.csv</translation>
        </message>
        <message>
            <source>None of the given files is an events file (events*.csv)</source>
            <translation>None of the given files is an events file (events*.csv)</translation>
        </message>
        <message>
            <source>The project file does not exist</source>
            <translation>The project file does not exist</translation>
        </message>
        <message>
            <source>This is a folder, not a project file</source>
            <translation>This is a folder, not a project file</translation>
        </message>
        <message>
            <source>The project file cannot be opened or created: {0}</source>
            <translation>The project file cannot be opened or created: {0}</translation>
        </message>
        <message>
            <source>Not a Vitrina project: the file is not an SQLite database</source>
            <translation>Not a Vitrina project: the file is not an SQLite database</translation>
        </message>
        <message>
            <source>Not a Vitrina project: the file is empty</source>
            <translation>Not a Vitrina project: the file is empty</translation>
        </message>
        <message>
            <source>Not a Vitrina project: an SQLite database of another application</source>
            <translation>Not a Vitrina project: an SQLite database of another application</translation>
        </message>
        <message>
            <source>The project was written by a newer Vitrina (project schema {0}; this version reads schemas up to {1})</source>
            <translation>The project was written by a newer Vitrina (project schema {0}; this version reads schemas up to {1})</translation>
        </message>
        <message>
            <source>Upgrading the project from schema {0} to {1} failed: {2}</source>
            <translation>Upgrading the project from schema {0} to {1} failed: {2}</translation>
        </message>
        <message>
            <source>The project file is damaged: {0}</source>
            <translation>The project file is damaged: {0}</translation>
        </message>
        <message>
            <source>The project file is locked by another program</source>
            <translation>The project file is locked by another program</translation>
        </message>
        <message>
            <source>SQLite error while {0}: {1}</source>
            <translation>SQLite error while {0}: {1}</translation>
        </message>
        <message>
            <source>The project holds no dataset yet</source>
            <translation>The project holds no dataset yet</translation>
        </message>
        <message>
            <source>The project has no {0} named '{1}'</source>
            <translation>The project has no {0} named '{1}'</translation>
        </message>
        <message>
            <source>An artefact kind and name must be non-empty, got kind '{0}', name '{1}'</source>
            <translation>An artefact kind and name must be non-empty, got kind '{0}', name '{1}'</translation>
        </message>
        <message>
            <source>The session index covers {0} events and {1} visitors, but the dataset has {2} events and {3} visitors: rebuild the sessions</source>
            <translation>The session index covers {0} events and {1} visitors, but the dataset has {2} events and {3} visitors: rebuild the sessions</translation>
        </message>
        <message>
            <source>The event log is inconsistent: {0}</source>
            <translation>The event log is inconsistent: {0}</translation>
        </message>
        <message>
            <source>Visitor index {0} is outside the dataset's {1} visitors</source>
            <translation>Visitor index {0} is outside the dataset's {1} visitors</translation>
        </message>
        <message>
            <source>'{0}' needs at least {1} values, got {2}</source>
            <translation>'{0}' needs at least {1} values, got {2}</translation>
        </message>
        <message>
            <source>'{0}' has {1} values but '{2}' has {3}: paired values must have the same length</source>
            <translation>'{0}' has {1} values but '{2}' has {3}: paired values must have the same length</translation>
        </message>
        <message>
            <source>'{0}' holds a value that is not a finite number at position {1}</source>
            <translation>'{0}' holds a value that is not a finite number at position {1}</translation>
        </message>
        <message>
            <source>'{0}' = {1} must not be negative</source>
            <translation>'{0}' = {1} must not be negative</translation>
        </message>
        <message>
            <source>'{0}' = {1} exceeds '{2}' = {3}</source>
            <translation>'{0}' = {1} exceeds '{2}' = {3}</translation>
        </message>
        <message>
            <source>'{0}' has mean 0: a relative lift against it is undefined</source>
            <translation>'{0}' has mean 0: a relative lift against it is undefined</translation>
        </message>
        <message>
            <source>'{0}' = {1} must lie in [0, 1]</source>
            <translation>'{0}' = {1} must lie in [0, 1]</translation>
        </message>
        <message>
            <source>'{0}' must be positive and sum to 1, the sum is {1}</source>
            <translation>'{0}' must be positive and sum to 1, the sum is {1}</translation>
        </message>
        <message>
            <source>'{0}' = {1}: the effect to detect must differ from 0 and keep both rates inside (0, 1)</source>
            <translation>'{0}' = {1}: the effect to detect must differ from 0 and keep both rates inside (0, 1)</translation>
        </message>
        <message>
            <source>Item index {0} in '{1}' is outside the catalogue of {2} items</source>
            <translation>Item index {0} in '{1}' is outside the catalogue of {2} items</translation>
        </message>
        <message>
            <source>Parameter '{0}' must list distinct positive cut-offs, got {1}</source>
            <translation>Parameter '{0}' must list distinct positive cut-offs, got {1}</translation>
        </message>
        <message>
            <source>'{0}' has {1} entries but the catalogue has {2} items</source>
            <translation>'{0}' has {1} entries but the catalogue has {2} items</translation>
        </message>
        <message>
            <source>Cannot merge metric accumulators with different settings ({0})</source>
            <translation>Cannot merge metric accumulators with different settings ({0})</translation>
        </message>
        <message>
            <source>The output folder cannot be created: {0}</source>
            <translation>The output folder cannot be created: {0}</translation>
        </message>
        <message>
            <source>The output path exists and is not a folder</source>
            <translation>The output path exists and is not a folder</translation>
        </message>
        <message>
            <source>The file cannot be written: {0}</source>
            <translation>The file cannot be written: {0}</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, line %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The dataset has no events to evaluate on</source>
            <translation>The dataset has no events to evaluate on</translation>
        </message>
        <message>
            <source>Protocol '{0}' leaves no training events ({1})</source>
            <translation>Protocol '{0}' leaves no training events ({1})</translation>
        </message>
        <message>
            <source>Protocol '{0}' produces no test lists ({1})</source>
            <translation>Protocol '{0}' produces no test lists ({1})</translation>
        </message>
        <message>
            <source>{0} of {1} lists ({2} %) were made with no prior history: each model used its fallback; they form the 'cold' segment</source>
            <translation>{0} of {1} lists ({2} %) were made with no prior history: each model used its fallback; they form the 'cold' segment</translation>
        </message>
        <message>
            <source>{0} of {1} relevant items have no training interaction: no model can recommend them</source>
            <translation>{0} of {1} relevant items have no training interaction: no model can recommend them</translation>
        </message>
        <message>
            <source>Evaluated a seeded sample of {0} of {1} lists (parameter 'max_lists')</source>
            <translation>Evaluated a seeded sample of {0} of {1} lists (parameter 'max_lists')</translation>
        </message>
        <message>
            <source>Parameter '{0}' names model '{1}', which is not among the evaluated models ({2})</source>
            <translation>Parameter '{0}' names model '{1}', which is not among the evaluated models ({2})</translation>
        </message>
        <message>
            <source>Model '{0}' is listed twice in parameter 'models'</source>
            <translation>Model '{0}' is listed twice in parameter 'models'</translation>
        </message>
        <message>
            <source>Only {0} lists have a relevant item: significance needs at least 2</source>
            <translation>Only {0} lists have a relevant item: significance needs at least 2</translation>
        </message>
        <message>
            <source>Visitor '{0}' is not in the dataset</source>
            <translation>Visitor '{0}' is not in the dataset</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} lies outside the data ({2} .. {3})</source>
            <translation>Parameter '{0}' = {1} lies outside the data ({2} .. {3})</translation>
        </message>
        <message>
            <source>Sample ratio mismatch (chi-square p = {0} &lt; 0.001): the split is broken, so the comparison cannot be trusted</source>
            <translation>Sample ratio mismatch (chi-square p = {0} &lt; 0.001): the split is broken, so the comparison cannot be trusted</translation>
        </message>
        <message>
            <source>Revenue is a proxy: the sum of property 790 of the purchased listed items; its unit is whatever the data holds</source>
            <translation>Revenue is a proxy: the sum of property 790 of the purchased listed items; its unit is whatever the data holds</translation>
        </message>
        <message>
            <source>Property 790 is not loaded: there is no revenue proxy</source>
            <translation>Property 790 is not loaded: there is no revenue proxy</translation>
        </message>
        <message>
            <source>The data ends {0} h after the last list: conversions of the last day are counted over a shorter horizon than {1} h</source>
            <translation>The data ends {0} h after the last list: conversions of the last day are counted over a shorter horizon than {1} h</translation>
        </message>
        <message>
            <source>Arm '{0}' received fewer than 2 visitors: nothing to compare</source>
            <translation>Arm '{0}' received fewer than 2 visitors: nothing to compare</translation>
        </message>
        <message>
            <source>The data cannot hold a {0}-day test: {1}</source>
            <translation>The data cannot hold a {0}-day test: {1}</translation>
        </message>
        <message>
            <source>Metric '{0}' is not available in this experiment: {1}</source>
            <translation>Metric '{0}' is not available in this experiment: {1}</translation>
        </message>
        <message>
            <source>The stored model '{0}' has an unreadable description: {1}</source>
            <translation>The stored model '{0}' has an unreadable description: {1}</translation>
        </message>
        <message>
            <source>The stored model '{0}' was trained on another dataset</source>
            <translation>The stored model '{0}' was trained on another dataset</translation>
        </message>
        <message>
            <source>The stored model '{0}' cannot be restored: rebuilding its training split gives {1} training events ending at {2} ms, the model was trained on {3} ending at {4} ms</source>
            <translation>The stored model '{0}' cannot be restored: rebuilding its training split gives {1} training events ending at {2} ms, the model was trained on {3} ending at {4} ms</translation>
        </message>
        <message>
            <source>The stored model '{0}' cannot be read: {1}</source>
            <translation>The stored model '{0}' cannot be read: {1}</translation>
        </message>
        <message>
            <source>There is no trained model named '{0}'</source>
            <translation>There is no trained model named '{0}'</translation>
        </message>
        <message>
            <source>The saved evaluation '{0}' cannot be read: {1}</source>
            <translation>The saved evaluation '{0}' cannot be read: {1}</translation>
        </message>
        <message>
            <source>Because you viewed item {0} ({1}): {2} % of the score</source>
            <translation>Because you viewed item {0} ({1}): {2} % of the score</translation>
        </message>
        <message>
            <source>Because you added item {0} ({1}) to the cart: {2} % of the score</source>
            <translation>Because you added item {0} ({1}) to the cart: {2} % of the score</translation>
        </message>
        <message>
            <source>Because you bought item {0} ({1}): {2} % of the score</source>
            <translation>Because you bought item {0} ({1}): {2} % of the score</translation>
        </message>
        <message>
            <source>Popular in category {0}: {1} % of the score</source>
            <translation>Popular in category {0}: {1} % of the score</translation>
        </message>
        <message>
            <source>Popular overall: {0} % of the score</source>
            <translation>Popular overall: {0} % of the score</translation>
        </message>
        <message>
            <source>Among the most popular items (the model had nothing more to say)</source>
            <translation>Among the most popular items (the model had nothing more to say)</translation>
        </message>
        <message>
            <source>Often bought together with item {0} ({1}) in your cart (lift {2}): {3} % of the score</source>
            <translation>Often bought together with item {0} ({1}) in your cart (lift {2}): {3} % of the score</translation>
        </message>
        <message>
            <source>Often bought together with item {0} ({1}) that you viewed (lift {2}): {3} % of the score</source>
            <translation>Often bought together with item {0} ({1}) that you viewed (lift {2}): {3} % of the score</translation>
        </message>
        <message>
            <source>Visitors with similar sessions also viewed it ({0} neighbour sessions): {1} % of the score</source>
            <translation>Visitors with similar sessions also viewed it ({0} neighbour sessions): {1} % of the score</translation>
        </message>
        <message>
            <source>You viewed it recently (item {0}, {1}): {2} % of the score</source>
            <translation>You viewed it recently (item {0}, {1}): {2} % of the score</translation>
        </message>
        <message>
            <source>Your funnel stage: {0}</source>
            <translation>Your funnel stage: {0}</translation>
        </message>
        <message>
            <source>Model {0} (weight {1} in this stage): {2} % of the score</source>
            <translation>Model {0} (weight {1} in this stage): {2} % of the score</translation>
        </message>
        <message>
            <source>Moved by the re-ranker {0} (the model alone ranked it {1})</source>
            <translation>Moved by the re-ranker {0} (the model alone ranked it {1})</translation>
        </message>
        <message>
            <source>Parameter '{0}' must not be empty</source>
            <translation>Parameter '{0}' must not be empty</translation>
        </message>
        <message>
            <source>No project file name was given</source>
            <translation>No project file name was given</translation>
        </message>
        <message>
            <source>Model '{0}' would need about {1} of memory to train (a {2}), more than the {3} this computer can spare: lower {4}</source>
            <translation>Model '{0}' would need about {1} of memory to train (a {2}), more than the {3} this computer can spare: lower {4}</translation>
        </message>
        <message>
            <source>Arm '{0}' beats control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' beats control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' is worse than control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' is worse than control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>No significant difference between '{0}' and control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</source>
            <translation>No significant difference between '{0}' and control '{1}' on {2}: relative lift {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</translation>
        </message>
        <message>
            <source>Arm '{0}' beats control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' beats control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' is worse than control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' is worse than control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>No significant difference between '{0}' and control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</source>
            <translation>No significant difference between '{0}' and control '{1}' on {2}: difference {3} ({4} interval {5} to {6}), p = {7}; with this traffic the test detects a relative lift of about {8} with {9} power</translation>
        </message>
        <message>
            <source>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: relative lift {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: relative lift {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: difference {3} ({4} interval {5} to {6}), p = {7}</source>
            <translation>Arm '{0}' against control '{1}' on {2} is not interpreted, the split is broken: difference {3} ({4} interval {5} to {6}), p = {7}</translation>
        </message>
        <message>
            <source>{0} treatment arms share the control: each verdict's p-value is multiplied by {0} (Bonferroni) and its intervals are at level {1}, so that verdict and interval agree</source>
            <translation>{0} treatment arms share the control: each verdict's p-value is multiplied by {0} (Bonferroni) and its intervals are at level {1}, so that verdict and interval agree</translation>
        </message>
        <message>
            <source>Control '{0}' has no conversion on {1}: a relative lift against it is undefined, so the difference is given instead</source>
            <translation>Control '{0}' has no conversion on {1}: a relative lift against it is undefined, so the difference is given instead</translation>
        </message>
        <message>
            <source>Control '{0}': its {1} is not distinguishable from zero, so a relative lift against it has no bounded interval; the difference is given instead</source>
            <translation>Control '{0}': its {1} is not distinguishable from zero, so a relative lift against it has no bounded interval; the difference is given instead</translation>
        </message>
        <message>
            <source>The project has no saved experiment named '{0}'</source>
            <translation>The project has no saved experiment named '{0}'</translation>
        </message>
        <message>
            <source>The saved experiment '{0}' cannot be read: {1}</source>
            <translation>The saved experiment '{0}' cannot be read: {1}</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Random</translation>
        </message>
        <message>
            <source>a seeded shuffle</source>
            <translation>a seeded shuffle</translation>
        </message>
        <message>
            <source>Popular</source>
            <translation>Popular</translation>
        </message>
        <message>
            <source>global, decayed, per category</source>
            <translation>global, decayed, per category</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Recent</translation>
        </message>
        <message>
            <source>re-show the latest items</source>
            <translation>re-show the latest items</translation>
        </message>
        <message>
            <source>item-based neighbours</source>
            <translation>item-based neighbours</translation>
        </message>
        <message>
            <source>implicit feedback</source>
            <translation>implicit feedback</translation>
        </message>
        <message>
            <source>pairwise ranking</source>
            <translation>pairwise ranking</translation>
        </message>
        <message>
            <source>shallow autoencoder</source>
            <translation>shallow autoencoder</translation>
        </message>
        <message>
            <source>Bought together</source>
            <translation>Bought together</translation>
        </message>
        <message>
            <source>co-occurrence lift</source>
            <translation>co-occurrence lift</translation>
        </message>
        <message>
            <source>session neighbours</source>
            <translation>session neighbours</translation>
        </message>
        <message>
            <source>vector session neighbours</source>
            <translation>vector session neighbours</translation>
        </message>
        <message>
            <source>Funnel-aware hybrid</source>
            <translation>Funnel-aware hybrid</translation>
        </message>
        <message>
            <source>weights per stage</source>
            <translation>weights per stage</translation>
        </message>
        <message>
            <source>Static hybrid</source>
            <translation>Static hybrid</translation>
        </message>
        <message>
            <source>one weight vector</source>
            <translation>one weight vector</translation>
        </message>
        <message>
            <source>re-orders the inner model's top items for diversity</source>
            <translation>re-orders the inner model's top items for diversity</translation>
        </message>
        <message>
            <source>category affinity</source>
            <translation>category affinity</translation>
        </message>
        <message>
            <source>moves the inner model's top items towards the visitor's categories</source>
            <translation>moves the inner model's top items towards the visitor's categories</translation>
        </message>
        <message>
            <source>Weight of a view event</source>
            <translation>Weight of a view event</translation>
        </message>
        <message>
            <source>Weight of an addtocart event</source>
            <translation>Weight of an addtocart event</translation>
        </message>
        <message>
            <source>Weight of a transaction event</source>
            <translation>Weight of a transaction event</translation>
        </message>
        <message>
            <source>How repeated events of one visitor and item combine</source>
            <translation>How repeated events of one visitor and item combine</translation>
        </message>
        <message>
            <source>Latent factors</source>
            <translation>Latent factors</translation>
        </message>
        <message>
            <source>Half-life of an event's weight in days before the training cutoff (0 = no decay)</source>
            <translation>Half-life of an event's weight in days before the training cutoff (0 = no decay)</translation>
        </message>
        <message>
            <source>Blend in the popularity within the visitor's most frequent or most recent category</source>
            <translation>Blend in the popularity within the visitor's most frequent or most recent category</translation>
        </message>
        <message>
            <source>Weight of the within-category popularity when per_category is on</source>
            <translation>Weight of the within-category popularity when per_category is on</translation>
        </message>
        <message>
            <source>How many of the latest distinct items to re-show</source>
            <translation>How many of the latest distinct items to re-show</translation>
        </message>
        <message>
            <source>Which events count: any type, or views only</source>
            <translation>Which events count: any type, or views only</translation>
        </message>
        <message>
            <source>Neighbours kept per item</source>
            <translation>Neighbours kept per item</translation>
        </message>
        <message>
            <source>Shrinkage added to the cosine denominator (weighting none or tfidf)</source>
            <translation>Shrinkage added to the cosine denominator (weighting none or tfidf)</translation>
        </message>
        <message>
            <source>Re-weighting of the visitor x item matrix before the similarity</source>
            <translation>Re-weighting of the visitor x item matrix before the similarity</translation>
        </message>
        <message>
            <source>BM25 K1 (term saturation)</source>
            <translation>BM25 K1 (term saturation)</translation>
        </message>
        <message>
            <source>BM25 B (length normalisation)</source>
            <translation>BM25 B (length normalisation)</translation>
        </message>
        <message>
            <source>Minimum number of baskets holding both items</source>
            <translation>Minimum number of baskets holding both items</translation>
        </message>
        <message>
            <source>Items kept per anchor (largest lift first)</source>
            <translation>Items kept per anchor (largest lift first)</translation>
        </message>
        <message>
            <source>Weight of an anchor the visitor only viewed (carted or bought anchors weigh 1)</source>
            <translation>Weight of an anchor the visitor only viewed (carted or bought anchors weigh 1)</translation>
        </message>
        <message>
            <source>L2 regularisation lambda</source>
            <translation>L2 regularisation lambda</translation>
        </message>
        <message>
            <source>Confidence slope: c = 1 + alpha * weighted count</source>
            <translation>Confidence slope: c = 1 + alpha * weighted count</translation>
        </message>
        <message>
            <source>Conjugate-gradient steps per row and half-sweep</source>
            <translation>Conjugate-gradient steps per row and half-sweep</translation>
        </message>
        <message>
            <source>L2 regularisation of visitor factors (lambda_W)</source>
            <translation>L2 regularisation of visitor factors (lambda_W)</translation>
        </message>
        <message>
            <source>L2 regularisation of the positive item (lambda_H+)</source>
            <translation>L2 regularisation of the positive item (lambda_H+)</translation>
        </message>
        <message>
            <source>L2 regularisation of the negative item (lambda_H-)</source>
            <translation>L2 regularisation of the negative item (lambda_H-)</translation>
        </message>
        <message>
            <source>Learn a bias per item</source>
            <translation>Learn a bias per item</translation>
        </message>
        <message>
            <source>Positives drawn uniformly with replacement (LearnBPR), or each once per epoch</source>
            <translation>Positives drawn uniformly with replacement (LearnBPR), or each once per epoch</translation>
        </message>
        <message>
            <source>Fold-in of a history: SGD steps on the visitor vector = this x distinct history items</source>
            <translation>Fold-in of a history: SGD steps on the visitor vector = this x distinct history items</translation>
        </message>
        <message>
            <source>Most popular training items modelled (N; memory grows as N^2)</source>
            <translation>Most popular training items modelled (N; memory grows as N^2)</translation>
        </message>
        <message>
            <source>L2 regularisation added to the diagonal of X^T X</source>
            <translation>L2 regularisation added to the diagonal of X^T X</translation>
        </message>
        <message>
            <source>Precision of the Gram matrix inversion (double needs three times the memory)</source>
            <translation>Precision of the Gram matrix inversion (double needs three times the memory)</translation>
        </message>
        <message>
            <source>Neighbour sessions the scores come from</source>
            <translation>Neighbour sessions the scores come from</translation>
        </message>
        <message>
            <source>Candidate sessions considered before the top k (0 = every session sharing an item)</source>
            <translation>Candidate sessions considered before the top k (0 = every session sharing an item)</translation>
        </message>
        <message>
            <source>Which candidates to keep: the most recent sessions, or a seeded random sample</source>
            <translation>Which candidates to keep: the most recent sessions, or a seeded random sample</translation>
        </message>
        <message>
            <source>Session similarity</source>
            <translation>Session similarity</translation>
        </message>
        <message>
            <source>Position weight of the current session's clicks in the similarity</source>
            <translation>Position weight of the current session's clicks in the similarity</translation>
        </message>
        <message>
            <source>Decay of a neighbour's score by the distance of its latest shared click</source>
            <translation>Decay of a neighbour's score by the distance of its latest shared click</translation>
        </message>
        <message>
            <source>Use only the last N clicks of the current session (0 = all)</source>
            <translation>Use only the last N clicks of the current session (0 = all)</translation>
        </message>
        <message>
            <source>Keep the current session's items among the results</source>
            <translation>Keep the current session's items among the results</translation>
        </message>
        <message>
            <source>Boost the last three clicks as reminders</source>
            <translation>Boost the last three clicks as reminders</translation>
        </message>
        <message>
            <source>Divide the scores by their maximum</source>
            <translation>Divide the scores by their maximum</translation>
        </message>
        <message>
            <source>Catalogue ids of the blended models, comma-separated</source>
            <translation>Catalogue ids of the blended models, comma-separated</translation>
        </message>
        <message>
            <source>Components also scored on the current session alone (session / history fusion)</source>
            <translation>Components also scored on the current session alone (session / history fusion)</translation>
        </message>
        <message>
            <source>Top items per component that are normalised and blended</source>
            <translation>Top items per component that are normalised and blended</translation>
        </message>
        <message>
            <source>Per-component normalisation over its top items: rank or min-max</source>
            <translation>Per-component normalisation over its top items: rank or min-max</translation>
        </message>
        <message>
            <source>Last days of the training data used to learn the weights</source>
            <translation>Last days of the training data used to learn the weights</translation>
        </message>
        <message>
            <source>Seeded sample of validation lists</source>
            <translation>Seeded sample of validation lists</translation>
        </message>
        <message>
            <source>Validation lists a stage needs for its own weights (else the static vector)</source>
            <translation>Validation lists a stage needs for its own weights (else the static vector)</translation>
        </message>
        <message>
            <source>Coordinate-ascent passes over the weights</source>
            <translation>Coordinate-ascent passes over the weights</translation>
        </message>
        <message>
            <source>Weight of a view event (components that weigh events)</source>
            <translation>Weight of a view event (components that weigh events)</translation>
        </message>
        <message>
            <source>JSON object of component parameters, e.g. {"als": {"factors": 32}}</source>
            <translation>JSON object of component parameters, e.g. {"als": {"factors": 32}}</translation>
        </message>
        <message>
            <source>Weight of the visitor's category profile against the model score</source>
            <translation>Weight of the visitor's category profile against the model score</translation>
        </message>
        <message>
            <source>How many of the inner model's best items are re-ranked</source>
            <translation>How many of the inner model's best items are re-ranked</translation>
        </message>
        <message>
            <source>Profile categories: the item's own, or top-level</source>
            <translation>Profile categories: the item's own, or top-level</translation>
        </message>
        <message>
            <source>MMR trade-off: 1 = the inner order, 0 = only diversity</source>
            <translation>MMR trade-off: 1 = the inner order, 0 = only diversity</translation>
        </message>
        <message>
            <source>How many of the inner model's best items MMR reorders</source>
            <translation>How many of the inner model's best items MMR reorders</translation>
        </message>
        <message>
            <source>Item similarity: same category, same top-level category, or co-visitor cosine</source>
            <translation>Item similarity: same category, same top-level category, or co-visitor cosine</translation>
        </message>
        <message>
            <source>Model '{0}' needs training sequences of at least {1} events; the training data has none</source>
            <translation>Model '{0}' needs training sequences of at least {1} events; the training data has none</translation>
        </message>
        <message>
            <source>Parameter '{0}' = {1} is not supported together with {2}</source>
            <translation>Parameter '{0}' = {1} is not supported together with {2}</translation>
        </message>
        <message>
            <source>recurrent session model</source>
            <translation>recurrent session model</translation>
        </message>
        <message>
            <source>self-attentive sequence model</source>
            <translation>self-attentive sequence model</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>Training loss</translation>
        </message>
        <message>
            <source>The output item matrix is also the input embedding</source>
            <translation>The output item matrix is also the input embedding</translation>
        </message>
        <message>
            <source>Width of a separate input embedding (0 = none; needs constrained_embedding off)</source>
            <translation>Width of a separate input embedding (0 = none; needs constrained_embedding off)</translation>
        </message>
        <message>
            <source>Final activation ELU(alpha) on the scores for bpr-max and top1-max (0 = linear)</source>
            <translation>Final activation ELU(alpha) on the scores for bpr-max and top1-max (0 = linear)</translation>
        </message>
        <message>
            <source>GRU layer sizes separated by '/' (e.g. 100/100)</source>
            <translation>GRU layer sizes separated by '/' (e.g. 100/100)</translation>
        </message>
        <message>
            <source>Training epochs</source>
            <translation>Training epochs</translation>
        </message>
        <message>
            <source>Sessions trained in parallel (mini-batch rows)</source>
            <translation>Sessions trained in parallel (mini-batch rows)</translation>
        </message>
        <message>
            <source>Dropout on the input embedding</source>
            <translation>Dropout on the input embedding</translation>
        </message>
        <message>
            <source>Dropout after each GRU layer</source>
            <translation>Dropout after each GRU layer</translation>
        </message>
        <message>
            <source>Adagrad learning rate</source>
            <translation>Adagrad learning rate</translation>
        </message>
        <message>
            <source>Momentum of the Adagrad updates</source>
            <translation>Momentum of the Adagrad updates</translation>
        </message>
        <message>
            <source>Negative items sampled per mini-batch (shared by its rows)</source>
            <translation>Negative items sampled per mini-batch (shared by its rows)</translation>
        </message>
        <message>
            <source>Negatives drawn in proportion to support^alpha (0 = uniform)</source>
            <translation>Negatives drawn in proportion to support^alpha (0 = uniform)</translation>
        </message>
        <message>
            <source>BPR-max score regularisation</source>
            <translation>BPR-max score regularisation</translation>
        </message>
        <message>
            <source>LogQ correction weight of the cross-entropy loss</source>
            <translation>LogQ correction weight of the cross-entropy loss</translation>
        </message>
        <message>
            <source>What the network reads to score: the current session or the visitor's whole history</source>
            <translation>What the network reads to score: the current session or the visitor's whole history</translation>
        </message>
        <message>
            <source>Width d of the item embeddings and every layer</source>
            <translation>Width d of the item embeddings and every layer</translation>
        </message>
        <message>
            <source>Self-attention blocks</source>
            <translation>Self-attention blocks</translation>
        </message>
        <message>
            <source>Attention heads (must divide hidden_units)</source>
            <translation>Attention heads (must divide hidden_units)</translation>
        </message>
        <message>
            <source>The most recent items a sequence keeps</source>
            <translation>The most recent items a sequence keeps</translation>
        </message>
        <message>
            <source>Dropout on the embeddings, attention weights and sub-layer outputs</source>
            <translation>Dropout on the embeddings, attention weights and sub-layer outputs</translation>
        </message>
        <message>
            <source>Adam learning rate</source>
            <translation>Adam learning rate</translation>
        </message>
        <message>
            <source>Sequences per mini-batch</source>
            <translation>Sequences per mini-batch</translation>
        </message>
        <message>
            <source>Sampled softmax, gSASRec's gBCE (both with n_negatives), or the original BCE with one negative</source>
            <translation>Sampled softmax, gSASRec's gBCE (both with n_negatives), or the original BCE with one negative</translation>
        </message>
        <message>
            <source>Negatives per mini-batch for sampled-softmax and gbce</source>
            <translation>Negatives per mini-batch for sampled-softmax and gbce</translation>
        </message>
        <message>
            <source>gBCE calibration t (0 = plain BCE weight, 1 = full correction)</source>
            <translation>gBCE calibration t (0 = plain BCE weight, 1 = full correction)</translation>
        </message>
        <message>
            <source>LogQ correction weight of the sampled softmax</source>
            <translation>LogQ correction weight of the sampled softmax</translation>
        </message>
        <message>
            <source>Layer norm before each sub-layer (pre) or after the residual sum (post)</source>
            <translation>Layer norm before each sub-layer (pre) or after the residual sum (post)</translation>
        </message>
        <message>
            <source>Clip the gradient's global norm to this value (0 = no clipping)</source>
            <translation>Clip the gradient's global norm to this value (0 = no clipping)</translation>
        </message>
        <message>
            <source>Sequences to train on and read: each visitor's history or each session</source>
            <translation>Sequences to train on and read: each visitor's history or each session</translation>
        </message>
        <message>
            <source>The file has no valid event rows ({0} data rows read, all skipped; the most common reason, {1} rows from line {2}: {3})</source>
            <translation>The file has no valid event rows ({0} data rows read, all skipped; the most common reason, {1} rows from line {2}: {3})</translation>
        </message>
        <message>
            <source>The saved ablation '{0}' cannot be read: {1}</source>
            <translation>The saved ablation '{0}' cannot be read: {1}</translation>
        </message>
        <message>
            <source>any event</source>
            <translation>any event</translation>
        </message>
        <message>
            <source>views only</source>
            <translation>views only</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>most frequent category</source>
            <translation>most frequent category</translation>
        </message>
        <message>
            <source>latest category</source>
            <translation>latest category</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>sum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>binary (any event = 1)</source>
            <translation>binary (any event = 1)</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>uniform</translation>
        </message>
        <message>
            <source>by popularity</source>
            <translation>by popularity</translation>
        </message>
        <message>
            <source>with replacement</source>
            <translation>with replacement</translation>
        </message>
        <message>
            <source>each pair once per epoch</source>
            <translation>each pair once per epoch</translation>
        </message>
        <message>
            <source>32-bit floats</source>
            <translation>32-bit floats</translation>
        </message>
        <message>
            <source>64-bit floats</source>
            <translation>64-bit floats</translation>
        </message>
        <message>
            <source>most recent</source>
            <translation>most recent</translation>
        </message>
        <message>
            <source>random sample</source>
            <translation>random sample</translation>
        </message>
        <message>
            <source>vector (position-weighted)</source>
            <translation>vector (position-weighted)</translation>
        </message>
        <message>
            <source>cosine</source>
            <translation>cosine</translation>
        </message>
        <message>
            <source>Jaccard</source>
            <translation>Jaccard</translation>
        </message>
        <message>
            <source>1 / position</source>
            <translation>1 / position</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>linear</translation>
        </message>
        <message>
            <source>quadratic</source>
            <translation>quadratic</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>logarithmic</translation>
        </message>
        <message>
            <source>equal</source>
            <translation>equal</translation>
        </message>
        <message>
            <source>by rank</source>
            <translation>by rank</translation>
        </message>
        <message>
            <source>min-max scaling</source>
            <translation>min-max scaling</translation>
        </message>
        <message>
            <source>same category</source>
            <translation>same category</translation>
        </message>
        <message>
            <source>same top-level category</source>
            <translation>same top-level category</translation>
        </message>
        <message>
            <source>the item's own category</source>
            <translation>the item's own category</translation>
        </message>
        <message>
            <source>top-level category</source>
            <translation>top-level category</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>cross-entropy</translation>
        </message>
        <message>
            <source>cross-entropy over sampled negatives</source>
            <translation>cross-entropy over sampled negatives</translation>
        </message>
        <message>
            <source>BCE, one negative</source>
            <translation>BCE, one negative</translation>
        </message>
        <message>
            <source>before each sub-layer</source>
            <translation>before each sub-layer</translation>
        </message>
        <message>
            <source>after each sub-layer</source>
            <translation>after each sub-layer</translation>
        </message>
        <message>
            <source>whole history</source>
            <translation>whole history</translation>
        </message>
        <message>
            <source>current session</source>
            <translation>current session</translation>
        </message>
        <message>
            <source>BM25 (probabilistic weighting)</source>
            <translation>BM25 (probabilistic weighting)</translation>
        </message>
        <message>
            <source>TF-IDF (inverse frequency)</source>
            <translation>TF-IDF (inverse frequency)</translation>
        </message>
        <message>
            <source>BPR-max (pairwise)</source>
            <translation>BPR-max (pairwise)</translation>
        </message>
        <message>
            <source>TOP1-max (pairwise)</source>
            <translation>TOP1-max (pairwise)</translation>
        </message>
        <message>
            <source>gBCE (generalised BCE)</source>
            <translation>gBCE (generalised BCE)</translation>
        </message>
        <message>
            <source>Alternating iterations (each: visitors, then items); 3 by default: on validation data NDCG@10 only falls with more (0.171 at 3, 0.127 at 15)</source>
            <translation>Alternating iterations (each: visitors, then items); 3 by default: on validation data NDCG@10 only falls with more (0.171 at 3, 0.127 at 15)</translation>
        </message>
        <message>
            <source>Epochs (an epoch = as many samples as training non-zeros); 20 by default: with learning rate 0.4 they reach on validation data what 100 epochs at 0.05 did not (NDCG@10 0.491 vs 0.455) in a fifth of the time</source>
            <translation>Epochs (an epoch = as many samples as training non-zeros); 20 by default: with learning rate 0.4 they reach on validation data what 100 epochs at 0.05 did not (NDCG@10 0.491 vs 0.455) in a fifth of the time</translation>
        </message>
        <message>
            <source>SGD learning rate; 0.4 by default (see epochs): on validation data 0.05 and 0.2 needed 100 and 30 epochs for less</source>
            <translation>SGD learning rate; 0.4 by default (see epochs): on validation data 0.05 and 0.2 needed 100 and 30 epochs for less</translation>
        </message>
        <message>
            <source>Negative sampling: proportional to the items' interactions (default: validation NDCG@10 0.455 vs 0.083 uniform at 100 epochs, and 0.030 vs 0.004 on items the visitor has not seen), or uniform over items</source>
            <translation>Negative sampling: proportional to the items' interactions (default: validation NDCG@10 0.455 vs 0.083 uniform at 100 epochs, and 0.030 vs 0.004 on items the visitor has not seen), or uniform over items</translation>
        </message>
        <message>
            <source>Share of the components' iterations or epochs when fitted for the weight search (1 = all)</source>
            <translation>Share of the components' iterations or epochs when fitted for the weight search (1 = all)</translation>
        </message>
    </context>
    <context>
        <name>ModelNames</name>
        <message>
            <source>%1 (current session)</source>
            <comment>a hybrid's component scored on the session alone</comment>
            <translation>%1 (current session)</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <comment>model name and its number among columns or arms of the same model</comment>
            <translation>%1 #%2</translation>
        </message>
    </context>
    <context>
        <name>ModelsCharts</name>
        <message>
            <source>cold (0)</source>
            <translation>cold (0)</translation>
        </message>
        <message>
            <source>light (1–2)</source>
            <translation>light (1–2)</translation>
        </message>
        <message>
            <source>medium (3–9)</source>
            <translation>medium (3–9)</translation>
        </message>
        <message>
            <source>heavy (10+)</source>
            <translation>heavy (10+)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>browsing</source>
            <translation>browsing</translation>
        </message>
        <message>
            <source>intent</source>
            <translation>intent</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>converted</translation>
        </message>
        <message>
            <source>%1 per model, with 95 % intervals</source>
            <translation>%1 per model, with 95 % intervals</translation>
        </message>
        <message>
            <source>%1 by activity segment</source>
            <translation>%1 by activity segment</translation>
        </message>
        <message>
            <source>%1 by funnel stage</source>
            <translation>%1 by funnel stage</translation>
        </message>
    </context>
    <context>
        <name>ModelsResults</name>
        <message>
            <source>95 % interval undefined (fewer than two lists)</source>
            <translation>95 % interval undefined (fewer than two lists)</translation>
        </message>
        <message>
            <source>95 % interval: %1 – %2</source>
            <translation>95 % interval: %1 – %2</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Cold (no earlier events)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Light (1–2 events)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Medium (3–9 events)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Heavy (10+ events)</translation>
        </message>
        <message>
            <source>New (no events yet)</source>
            <translation>New (no events yet)</translation>
        </message>
        <message>
            <source>Browsing (views only)</source>
            <translation>Browsing (views only)</translation>
        </message>
        <message>
            <source>Intent (cart not bought)</source>
            <translation>Intent (cart not bought)</translation>
        </message>
        <message>
            <source>Converted (bought)</source>
            <translation>Converted (bought)</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precision</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>Capped recall</source>
            <translation>Capped recall</translation>
        </message>
        <message>
            <source>Diversity</source>
            <translation>Diversity</translation>
        </message>
        <message>
            <source>Novelty</source>
            <translation>Novelty</translation>
        </message>
        <message>
            <source>Popularity pct.</source>
            <translation>Popularity pct.</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialogs</name>
        <message>
            <source>Vitrina project (*.vitrina)</source>
            <translation>Vitrina project (*.vitrina)</translation>
        </message>
        <message>
            <source>Choose the folder with the RetailRocket files</source>
            <translation>Choose the folder with the RetailRocket files</translation>
        </message>
        <message>
            <source>Choose RetailRocket files (events.csv is enough)</source>
            <translation>Choose RetailRocket files (events.csv is enough)</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Save project as</translation>
        </message>
        <message>
            <source>Unsaved dataset</source>
            <translation>Unsaved dataset</translation>
        </message>
        <message>
            <source>The imported dataset "%1" is not saved in a project. Save it before another one is opened?</source>
            <translation>The imported dataset "%1" is not saved in a project. Save it before another one is opened?</translation>
        </message>
        <message>
            <source>Without a project, opening it again means importing the CSV files again.</source>
            <translation>Without a project, opening it again means importing the CSV files again.</translation>
        </message>
    </context>
    <context>
        <name>StageText</name>
        <message>
            <source>Generating the demo dataset</source>
            <translation>Generating the demo dataset</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Splitting sessions</source>
            <translation>Splitting sessions</translation>
        </message>
        <message>
            <source>Summarising the dataset</source>
            <translation>Summarising the dataset</translation>
        </message>
        <message>
            <source>Saving the project</source>
            <translation>Saving the project</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Reading the project</translation>
        </message>
        <message>
            <source>Checking the release checksum</source>
            <translation>Checking the release checksum</translation>
        </message>
        <message>
            <source>Computing the funnel</source>
            <translation>Computing the funnel</translation>
        </message>
        <message>
            <source>Computing item similarities</source>
            <translation>Computing item similarities</translation>
        </message>
        <message>
            <source>Finding the demo personas</source>
            <translation>Finding the demo personas</translation>
        </message>
        <message>
            <source>Loading trained models</source>
            <translation>Loading trained models</translation>
        </message>
        <message>
            <source>Training models</source>
            <translation>Training models</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage</name>
        <message>
            <source>Test day (day 1 = %1, UTC)</source>
            <translation>Test day (day 1 = %1, UTC)</translation>
        </message>
        <message>
            <source>Conversion rate, % of visitors</source>
            <translation>Conversion rate, % of visitors</translation>
        </message>
        <message>
            <source>Add-to-cart rate, % of visitors</source>
            <translation>Add-to-cart rate, % of visitors</translation>
        </message>
        <message>
            <source>CTR, discounted clicks per list</source>
            <translation>CTR, discounted clicks per list</translation>
        </message>
        <message>
            <source>Revenue per visitor (property 790, unit of the data)</source>
            <translation>Revenue per visitor (property 790, unit of the data)</translation>
        </message>
        <message>
            <source>%1: interval</source>
            <translation>%1: interval</translation>
        </message>
        <message>
            <source>%1 (control)</source>
            <translation>%1 (control)</translation>
        </message>
        <message>
            <source>No difference</source>
            <translation>No difference</translation>
        </message>
        <message>
            <source>Relative lift, %</source>
            <translation>Relative lift, %</translation>
        </message>
        <message>
            <source>p-value (log scale; below 1e-6 drawn at 1e-6)</source>
            <translation>p-value (log scale; below 1e-6 drawn at 1e-6)</translation>
        </message>
        <message>
            <source>Posterior distributions of the rate (Beta, uniform prior)</source>
            <translation>Posterior distributions of the rate (Beta, uniform prior)</translation>
        </message>
        <message>
            <source>Posterior distributions: only for conversion and add-to-cart rates</source>
            <translation>Posterior distributions: only for conversion and add-to-cart rates</translation>
        </message>
        <message>
            <source>Rate, %</source>
            <translation>Rate, %</translation>
        </message>
        <message>
            <source>Probability density, per percentage point</source>
            <translation>Probability density, per percentage point</translation>
        </message>
        <message>
            <source>Bootstrap distribution of the relative lift</source>
            <translation>Bootstrap distribution of the relative lift</translation>
        </message>
        <message>
            <source>Bootstrap distribution: not computed for this metric</source>
            <translation>Bootstrap distribution: not computed for this metric</translation>
        </message>
        <message>
            <source>Bootstrap distribution of the difference (the control had no conversions for the lift)</source>
            <translation>Bootstrap distribution of the difference (the control had no conversions for the lift)</translation>
        </message>
        <message numerus="yes">
            <source>%1 vs control: %n resample(s)</source>
            <translation>
                <numerusform>%1 vs control: %n resample</numerusform>
                <numerusform>%1 vs control: %n resamples</numerusform>
            </translation>
        </message>
        <message>
            <source>Difference, percentage points</source>
            <translation>Difference, percentage points</translation>
        </message>
        <message>
            <source>Difference per visitor</source>
            <translation>Difference per visitor</translation>
        </message>
        <message>
            <source>Resamples per bin</source>
            <translation>Resamples per bin</translation>
        </message>
        <message>
            <source>Test day (simulated)</source>
            <translation>Test day (simulated)</translation>
        </message>
        <message>
            <source>conversion rate</source>
            <translation>conversion rate</translation>
        </message>
        <message>
            <source>add-to-cart rate</source>
            <translation>add-to-cart rate</translation>
        </message>
        <message>
            <source>CTR</source>
            <translation>CTR</translation>
        </message>
        <message>
            <source>revenue per visitor</source>
            <translation>revenue per visitor</translation>
        </message>
        <message>
            <source>Cumulative %1 per arm with %2 intervals</source>
            <translation>Cumulative %1 per arm with %2 intervals</translation>
        </message>
        <message>
            <source>Relative lift with the verdict's %1 interval</source>
            <translation>Relative lift with the verdict's %1 interval</translation>
        </message>
        <message>
            <source>p-value by day: fixed horizon and always valid</source>
            <translation>p-value by day: fixed horizon and always valid</translation>
        </message>
        <message>
            <source>%1: fixed</source>
            <translation>%1: fixed</translation>
        </message>
        <message>
            <source>%1: mSPRT</source>
            <translation>%1: mSPRT</translation>
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
            <translation>p-value, log scale</translation>
        </message>
        <message>
            <source>%1 percentile interval</source>
            <translation>%1 percentile interval</translation>
        </message>
        <message>
            <source>Fixed horizon</source>
            <translation>Fixed horizon</translation>
        </message>
        <message>
            <source>Always valid (mSPRT)</source>
            <translation>Always valid (mSPRT)</translation>
        </message>
        <message numerus="yes">
            <source>%n resample(s)</source>
            <translation>
                <numerusform>%n resample</numerusform>
                <numerusform>%n resamples</numerusform>
            </translation>
        </message>
        <message>
            <source>% of visitors</source>
            <translation>% of visitors</translation>
        </message>
        <message>
            <source>Discounted clicks per list</source>
            <translation>Discounted clicks per list</translation>
        </message>
        <message>
            <source>Per visitor (unit of the data)</source>
            <translation>Per visitor (unit of the data)</translation>
        </message>
        <message>
            <source>Lift, %</source>
            <translation>Lift, %</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::AbTestPage</name>
        <message>
            <source>Replay of the last days (models)</source>
            <translation>Replay of the last days (models)</translation>
        </message>
        <message>
            <source>Parametric (planted rates)</source>
            <translation>Parametric (planted rates)</translation>
        </message>
        <message>
            <source>Fixed horizon (read once at the end)</source>
            <translation>Fixed horizon (read once at the end)</translation>
        </message>
        <message>
            <source>Experiment set-up</source>
            <translation>Experiment set-up</translation>
        </message>
        <message>
            <source>Saved experiments (in the project)</source>
            <translation>Saved experiments (in the project)</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <source>Control model:</source>
            <translation>Control model:</translation>
        </message>
        <message>
            <source>Treatment models:</source>
            <translation>Treatment models:</translation>
        </message>
        <message>
            <source>Arms:</source>
            <translation>Arms:</translation>
        </message>
        <message>
            <source>Control conversion rate, %:</source>
            <translation>Control conversion rate, %:</translation>
        </message>
        <message>
            <source>Planted relative lift, % (0 = A/A):</source>
            <translation>Planted relative lift, % (0 = A/A):</translation>
        </message>
        <message>
            <source>Visitors (all arms):</source>
            <translation>Visitors (all arms):</translation>
        </message>
        <message>
            <source>Split:</source>
            <translation>Split:</translation>
        </message>
        <message>
            <source>equal, e.g. 50/50</source>
            <translation>equal, e.g. 50/50</translation>
        </message>
        <message>
            <source>Duration, days:</source>
            <translation>Duration, days:</translation>
        </message>
        <message>
            <source>Primary metric:</source>
            <translation>Primary metric:</translation>
        </message>
        <message>
            <source>Alpha (two-sided):</source>
            <translation>Alpha (two-sided):</translation>
        </message>
        <message>
            <source>Power:</source>
            <translation>Power:</translation>
        </message>
        <message>
            <source>Decision rule:</source>
            <translation>Decision rule:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>Run experiment</source>
            <translation>Run experiment</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Name (optional)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Cumulative metric</source>
            <translation>Cumulative metric</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Lift</translation>
        </message>
        <message>
            <source>p-values</source>
            <translation>p-values</translation>
        </message>
        <message>
            <source>Posteriors</source>
            <translation>Posteriors</translation>
        </message>
        <message>
            <source>Bootstrap</source>
            <translation>Bootstrap</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Daily series</source>
            <translation>Daily series</translation>
        </message>
        <message>
            <source>Power calculator</source>
            <translation>Power calculator</translation>
        </message>
        <message>
            <source>Every treatment arm against the control on every metric; p adjusted by Holm and Benjamini-Hochberg over all arm x metric pairs</source>
            <translation>Every treatment arm against the control on every metric; p adjusted by Holm and Benjamini-Hochberg over all arm x metric pairs</translation>
        </message>
        <message>
            <source>Per arm and UTC day: the day alone, then cumulative (a visitor counted once)</source>
            <translation>Per arm and UTC day: the day alone, then cumulative (a visitor counted once)</translation>
        </message>
        <message>
            <source>Open a dataset to replay it</source>
            <translation>Open a dataset to replay it</translation>
        </message>
        <message>
            <source>The split "%1" is not valid: give one positive share per arm, e.g. 50/50.</source>
            <translation>The split "%1" is not valid: give one positive share per arm, e.g. 50/50.</translation>
        </message>
        <message>
            <source>Check at least one treatment model, or tick the A/A test.</source>
            <translation>Check at least one treatment model, or tick the A/A test.</translation>
        </message>
        <message>
            <source>Open a dataset to replay it, or choose the parametric mode.</source>
            <translation>Open a dataset to replay it, or choose the parametric mode.</translation>
        </message>
        <message>
            <source>Running the A/B test</source>
            <translation>Running the A/B test</translation>
        </message>
        <message>
            <source>The experiment could not be run: %1</source>
            <translation>The experiment could not be run: %1</translation>
        </message>
        <message>
            <source>Set up an experiment and run it. The replay mode needs an open dataset; the parametric mode simulates visitors with known rates.</source>
            <translation>Set up an experiment and run it. The replay mode needs an open dataset; the parametric mode simulates visitors with known rates.</translation>
        </message>
        <message>
            <source>Fixed-horizon p is valid only when read once at the planned end; the always-valid p (mixture SPRT, Johari et al. 2017) stays valid at every look.</source>
            <translation>Fixed-horizon p is valid only when read once at the planned end; the always-valid p (mixture SPRT, Johari et al. 2017) stays valid at every look.</translation>
        </message>
        <message>
            <source>A/B test</source>
            <translation>A/B test</translation>
        </message>
        <message>
            <source>Verdict: '%1' beats the control '%2'.</source>
            <translation>Verdict: '%1' beats the control '%2'.</translation>
        </message>
        <message>
            <source>Verdict: the control '%1' is better.</source>
            <translation>Verdict: the control '%1' is better.</translation>
        </message>
        <message>
            <source>Verdict: no significant difference.</source>
            <translation>Verdict: no significant difference.</translation>
        </message>
        <message>
            <source>Verdict: the test is not valid (sample ratio mismatch).</source>
            <translation>Verdict: the test is not valid (sample ratio mismatch).</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>significant</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>not significant</translation>
        </message>
        <message>
            <source>'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its fixed-horizon p of the same data is %5.</source>
            <translation>'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its fixed-horizon p of the same data is %5.</translation>
        </message>
        <message>
            <source>'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.</source>
            <translation>'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.</translation>
        </message>
        <message>
            <source>Run an experiment first.</source>
            <translation>Run an experiment first.</translation>
        </message>
        <message>
            <source>Save the project first: experiments are stored in it.</source>
            <translation>Save the project first: experiments are stored in it.</translation>
        </message>
        <message>
            <source>The experiment could not be saved: %1</source>
            <translation>The experiment could not be saved: %1</translation>
        </message>
        <message>
            <source>Save the project to keep experiments in it.</source>
            <translation>Save the project to keep experiments in it.</translation>
        </message>
        <message>
            <source>relative lift %1 (%2 interval %3 to %4)</source>
            <translation>relative lift %1 (%2 interval %3 to %4)</translation>
        </message>
        <message>
            <source>difference %1 (%2 interval %3 to %4)</source>
            <translation>difference %1 (%2 interval %3 to %4)</translation>
        </message>
        <message numerus="yes">
            <source>%n treatment arm(s) share the control: each p-value below is multiplied by %n (Bonferroni) and its intervals are at %1, so that each verdict and its interval agree.</source>
            <translation>
                <numerusform>%n treatment arm shares the control: each p-value below is multiplied by %n (Bonferroni) and its intervals are at %1, so that each verdict and its interval agree.</numerusform>
                <numerusform>%n treatment arms share the control: each p-value below is multiplied by %n (Bonferroni) and its intervals are at %1, so that each verdict and its interval agree.</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' beats the control '%2' (%3): %4, p = %5.</source>
            <translation>'%1' beats the control '%2' (%3): %4, p = %5.</translation>
        </message>
        <message>
            <source>'%1' is worse than the control '%2' (%3): %4, p = %5.</source>
            <translation>'%1' is worse than the control '%2' (%3): %4, p = %5.</translation>
        </message>
        <message>
            <source>'%1' against the control '%2' (%3): %4, p = %5; not interpreted: the split is broken.</source>
            <translation>'%1' against the control '%2' (%3): %4, p = %5; not interpreted: the split is broken.</translation>
        </message>
        <message>
            <source>'%1' against the control '%2' (%3): %4, p = %5: not significant.</source>
            <translation>'%1' against the control '%2' (%3): %4, p = %5: not significant.</translation>
        </message>
        <message>
            <source>With this traffic the test detects a relative lift of about %1 with %2 power.</source>
            <translation>With this traffic the test detects a relative lift of about %1 with %2 power.</translation>
        </message>
        <message>
            <source>The control '%1' has no converting visitor: a relative lift against it is undefined, so the difference is given instead.</source>
            <translation>The control '%1' has no converting visitor: a relative lift against it is undefined, so the difference is given instead.</translation>
        </message>
        <message>
            <source>The control's %1 is not distinguishable from zero: a relative lift against it would have no bounded interval, so the difference is given instead.</source>
            <translation>The control's %1 is not distinguishable from zero: a relative lift against it would have no bounded interval, so the difference is given instead.</translation>
        </message>
        <message>
            <source>'%1': fixed-horizon score test (pooled z), valid when read once at the planned end.</source>
            <translation>'%1': fixed-horizon score test (pooled z), valid when read once at the planned end.</translation>
        </message>
        <message>
            <source>Check: the bootstrap percentile interval, %1 to %2, agrees.</source>
            <translation>Check: the bootstrap percentile interval, %1 to %2, agrees.</translation>
        </message>
        <message>
            <source>Check: the bootstrap percentile interval, %1 to %2, does not agree: the result rests on few events, read it with care.</source>
            <translation>Check: the bootstrap percentile interval, %1 to %2, does not agree: the result rests on few events, read it with care.</translation>
        </message>
        <message>
            <source>This disagrees with the fixed-horizon verdict above, which holds only if the data was read once, at the planned end.</source>
            <translation>This disagrees with the fixed-horizon verdict above, which holds only if the data was read once, at the planned end.</translation>
        </message>
        <message>
            <source>'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep the control %4 (percentage points of the rate).</source>
            <translation>'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep the control %4 (percentage points of the rate).</translation>
        </message>
        <message>
            <source>Saving the experiment</source>
            <translation>Saving the experiment</translation>
        </message>
        <message>
            <source>Deleting the experiment</source>
            <translation>Deleting the experiment</translation>
        </message>
        <message>
            <source>The experiment could not be deleted: %1</source>
            <translation>The experiment could not be deleted: %1</translation>
        </message>
        <message>
            <source>Listing the saved experiments</source>
            <translation>Listing the saved experiments</translation>
        </message>
        <message>
            <source>Reading the saved experiment</source>
            <translation>Reading the saved experiment</translation>
        </message>
        <message>
            <source>Run an experiment, or reopen a saved one, to see this chart.</source>
            <translation>Run an experiment, or reopen a saved one, to see this chart.</translation>
        </message>
        <message>
            <source>Run an experiment, or reopen a saved one, to see its numbers.</source>
            <translation>Run an experiment, or reopen a saved one, to see its numbers.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sample ratio mismatch&lt;/b&gt;: chi-square %1, p = %2 &lt; %3. The split did not work as planned; do not trust the comparison.</source>
            <translation>&lt;b&gt;Sample ratio mismatch&lt;/b&gt;: chi-square %1, p = %2 &lt; %3. The split did not work as planned; do not trust the comparison.</translation>
        </message>
        <message>
            <source>Sample ratio check passed: chi-square %1, p = %2 (mismatch flagged below %3).</source>
            <translation>Sample ratio check passed: chi-square %1, p = %2 (mismatch flagged below %3).</translation>
        </message>
        <message>
            <source>A/A test (control in both arms)</source>
            <translation>A/A test (control in both arms)</translation>
        </message>
        <message>
            <source>Both arms get the control model: a check that the test finds no difference where there is none.</source>
            <translation>Both arms get the control model: a check that the test finds no difference where there is none.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Runs the saved experiment again with its settings and seed: the same numbers.</source>
            <translation>Runs the saved experiment again with its settings and seed: the same numbers.</translation>
        </message>
        <message>
            <source>Sequential (peeking allowed)</source>
            <translation>Sequential (peeking allowed)</translation>
        </message>
        <message>
            <source>Bayesian (chance to beat control)</source>
            <translation>Bayesian (chance to beat control)</translation>
        </message>
        <message>
            <source>Arm parameters:</source>
            <translation>Arm parameters:</translation>
        </message>
        <message>
            <source>Per arm: the model's hyperparameters as key=value pairs separated by ";"; empty = the defaults</source>
            <translation>Per arm: the model's hyperparameters as key=value pairs separated by ";"; empty = the defaults</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::ArmSettingsTable</name>
        <message>
            <source>Arm</source>
            <translation>Arm</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Each arm's model parameters as key=value pairs separated by ';', for example factors=32; alpha=20. Empty: the model's defaults.</source>
            <translation>Each arm's model parameters as key=value pairs separated by ';', for example factors=32; alpha=20. Empty: the model's defaults.</translation>
        </message>
        <message>
            <source>%1 (control)</source>
            <translation>%1 (control)</translation>
        </message>
        <message>
            <source>Arm %1: "%2" is not a list of key=value pairs separated by ';'.</source>
            <translation>Arm %1: "%2" is not a list of key=value pairs separated by ';'.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::DailySeriesModel</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>Date (UTC)</translation>
        </message>
        <message>
            <source>Arm</source>
            <translation>Arm</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Lists shown</source>
            <translation>Lists shown</translation>
        </message>
        <message>
            <source>Converting visitors</source>
            <translation>Converting visitors</translation>
        </message>
        <message>
            <source>Carting visitors</source>
            <translation>Carting visitors</translation>
        </message>
        <message>
            <source>Clicks (discounted)</source>
            <translation>Clicks (discounted)</translation>
        </message>
        <message>
            <source>Revenue (data unit)</source>
            <translation>Revenue (data unit)</translation>
        </message>
        <message>
            <source>Cumulative visitors</source>
            <translation>Cumulative visitors</translation>
        </message>
        <message>
            <source>Cumulative converting visitors</source>
            <translation>Cumulative converting visitors</translation>
        </message>
        <message>
            <source>Cumulative conversion rate, %</source>
            <translation>Cumulative conversion rate, %</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::MetricResultsModel</name>
        <message>
            <source>Arm</source>
            <translation>Arm</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Arm value</source>
            <translation>Arm value</translation>
        </message>
        <message>
            <source>Relative lift</source>
            <translation>Relative lift</translation>
        </message>
        <message>
            <source>p-value</source>
            <translation>p-value</translation>
        </message>
        <message>
            <source>p, Holm (all)</source>
            <translation>p, Holm (all)</translation>
        </message>
        <message>
            <source>p, BH (all)</source>
            <translation>p, BH (all)</translation>
        </message>
        <message>
            <source>Lift, lower bound (%1)</source>
            <translation>Lift, lower bound (%1)</translation>
        </message>
        <message>
            <source>Lift, upper bound (%1)</source>
            <translation>Lift, upper bound (%1)</translation>
        </message>
        <message>
            <source>The p-value and the lift's interval come from the same test (rates: score test; CTR: Wald z; revenue: Welch t, with Fieller's interval for the ratio): the interval excludes 0 exactly when p is at most alpha.</source>
            <translation>The p-value and the lift's interval come from the same test (rates: score test; CTR: Wald z; revenue: Welch t, with Fieller's interval for the ratio): the interval excludes 0 exactly when p is at most alpha.</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefined</translation>
        </message>
        <message>
            <source>The control's value is not distinguishable from zero (for a rate: no converting visitor), so a relative lift has no bounded interval.</source>
            <translation>The control's value is not distinguishable from zero (for a rate: no converting visitor), so a relative lift has no bounded interval.</translation>
        </message>
        <message>
            <source>score (pooled z)</source>
            <translation>score (pooled z)</translation>
        </message>
        <message>
            <source>Wald z (delta method)</source>
            <translation>Wald z (delta method)</translation>
        </message>
        <message>
            <source>Welch t</source>
            <translation>Welch t</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::abtestpage::PowerPanel</name>
        <message>
            <source>Baseline conversion rate, %:</source>
            <translation>Baseline conversion rate, %:</translation>
        </message>
        <message>
            <source>Minimum detectable effect, relative %:</source>
            <translation>Minimum detectable effect, relative %:</translation>
        </message>
        <message>
            <source>Significance level alpha (two-sided):</source>
            <translation>Significance level alpha (two-sided):</translation>
        </message>
        <message>
            <source>Power (1 - beta):</source>
            <translation>Power (1 - beta):</translation>
        </message>
        <message>
            <source>Visitors per arm available:</source>
            <translation>Visitors per arm available:</translation>
        </message>
        <message>
            <source>Fleiss formula for two proportions (pooled null, unpooled alternative, no continuity correction), equal allocation. The detectable effect solves the same formula for the given visitors.</source>
            <translation>Fleiss formula for two proportions (pooled null, unpooled alternative, no continuity correction), equal allocation. The detectable effect solves the same formula for the given visitors.</translation>
        </message>
        <message>
            <source>The target rate %1 is not below 100 %: lower the baseline or the effect.</source>
            <translation>The target rate %1 is not below 100 %: lower the baseline or the effect.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 visitors per arm&lt;/b&gt; (%2 in total for two arms) to detect %3 → %4.</source>
            <translation>&lt;b&gt;%1 visitors per arm&lt;/b&gt; (%2 in total for two arms) to detect %3 → %4.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detectable effect with %1 visitors per arm:&lt;/b&gt; %2 absolute (%3 → %4), %5 relative.</source>
            <translation>&lt;b&gt;Detectable effect with %1 visitors per arm:&lt;/b&gt; %2 absolute (%3 → %4), %5 relative.</translation>
        </message>
        <message>
            <source>With %1 visitors per arm no effect is detectable at this power.</source>
            <translation>With %1 visitors per arm no effect is detectable at this power.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::app::MainWindow</name>
        <message>
            <source>About Vitrina</source>
            <translation>About Vitrina</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vitrina %1&lt;/b&gt;&lt;br&gt;A desktop lab for e-commerce behaviour analytics and recommender experiments on RetailRocket data.</source>
            <translation>&lt;b&gt;Vitrina %1&lt;/b&gt;&lt;br&gt;A desktop lab for e-commerce behaviour analytics and recommender experiments on RetailRocket data.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Import &amp;folder…</translation>
        </message>
        <message>
            <source>Import f&amp;iles…</source>
            <translation>Import f&amp;iles…</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Open project…</translation>
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation>&amp;Recent projects</translation>
        </message>
        <message>
            <source>&amp;Save project as…</source>
            <translation>&amp;Save project as…</translation>
        </message>
        <message>
            <source>Open the &amp;demo dataset</source>
            <translation>Open the &amp;demo dataset</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Worker &amp;threads…</source>
            <translation>Worker &amp;threads…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Vitrina</source>
            <translation>&amp;About Vitrina</translation>
        </message>
        <message>
            <source>Pages: more appear once a dataset is open</source>
            <translation>Pages: more appear once a dataset is open</translation>
        </message>
        <message>
            <source>%1 — Vitrina</source>
            <translation>%1 — Vitrina</translation>
        </message>
        <message>
            <source>Imported, not saved in a project yet</source>
            <translation>Imported, not saved in a project yet</translation>
        </message>
        <message>
            <source>No dataset open</source>
            <translation>No dataset open</translation>
        </message>
        <message>
            <source>Worker threads</source>
            <translation>Worker threads</translation>
        </message>
        <message>
            <source>Threads for imports and computations (default %1: the cores minus one for the interface):</source>
            <translation>Threads for imports and computations (default %1: the cores minus one for the interface):</translation>
        </message>
        <message>
            <source>Welcome to Vitrina</source>
            <translation>Welcome to Vitrina</translation>
        </message>
        <message>
            <source>Open the demo dataset? It is generated on this computer in a few seconds and has readable category and item names.

You can import the real RetailRocket files at any time (File → Import folder).</source>
            <translation>Open the demo dataset? It is generated on this computer in a few seconds and has readable category and item names.

You can import the real RetailRocket files at any time (File → Import folder).</translation>
        </message>
        <message>
            <source>&amp;Defence demo</source>
            <translation>&amp;Defence demo</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::ChartPanel</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image or an SVG drawing</source>
            <translation>Save this chart as a PNG image or an SVG drawing</translation>
        </message>
        <message>
            <source>PNG image…</source>
            <translation>PNG image…</translation>
        </message>
        <message>
            <source>SVG drawing…</source>
            <translation>SVG drawing…</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::ColumnFit</name>
        <message>
            <source>%1 (no room: uncheck another column)</source>
            <translation>%1 (no room: uncheck another column)</translation>
        </message>
        <message>
            <source>Columns: %1 of %2</source>
            <translation>Columns: %1 of %2</translation>
        </message>
        <message>
            <source>Columns that do not fit the table's width are hidden rather than cut off. Choose the columns to show, or widen the window.</source>
            <translation>Columns that do not fit the table's width are hidden rather than cut off. Choose the columns to show, or widen the window.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::common::TablePanel</name>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save this table as a CSV file (plain numbers, UTF-8)</source>
            <translation>Save this table as a CSV file (plain numbers, UTF-8)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::DataPage</name>
        <message>
            <source>Import folder…</source>
            <translation>Import folder…</translation>
        </message>
        <message>
            <source>A folder with events.csv and, optionally, item_properties_part1/2.csv, category_tree.csv and name files</source>
            <translation>A folder with events.csv and, optionally, item_properties_part1/2.csv, category_tree.csv and name files</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Import files…</translation>
        </message>
        <message>
            <source>Any of the release's files; events.csv alone is enough</source>
            <translation>Any of the release's files; events.csv alone is enough</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Open project…</translation>
        </message>
        <message>
            <source>Save project as…</source>
            <translation>Save project as…</translation>
        </message>
        <message>
            <source>Demo dataset</source>
            <translation>Demo dataset</translation>
        </message>
        <message>
            <source>A synthetic dataset in the RetailRocket format with readable names, generated on this computer</source>
            <translation>A synthetic dataset in the RetailRocket format with readable names, generated on this computer</translation>
        </message>
        <message>
            <source>Start with data</source>
            <translation>Start with data</translation>
        </message>
        <message>
            <source>&lt;p&gt;Vitrina analyses RetailRocket e-commerce logs: views, add-to-carts and purchases.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo dataset:&lt;/b&gt; a synthetic dataset in the same format, with readable category and item names; generated here in a few seconds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Real data:&lt;/b&gt; download the RetailRocket dataset from Kaggle (retailrocket/ecommerce-dataset), unpack it and import the folder; events.csv alone is enough.&lt;/p&gt;&lt;p&gt;You can also drop a folder, CSV files or a .vitrina project onto this page.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vitrina analyses RetailRocket e-commerce logs: views, add-to-carts and purchases.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo dataset:&lt;/b&gt; a synthetic dataset in the same format, with readable category and item names; generated here in a few seconds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Real data:&lt;/b&gt; download the RetailRocket dataset from Kaggle (retailrocket/ecommerce-dataset), unpack it and import the folder; events.csv alone is enough.&lt;/p&gt;&lt;p&gt;You can also drop a folder, CSV files or a .vitrina project onto this page.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open the demo dataset</source>
            <translation>Open the demo dataset</translation>
        </message>
        <message>
            <source>Import a RetailRocket folder…</source>
            <translation>Import a RetailRocket folder…</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Skipped rows by reason (a good row is never dropped)</source>
            <translation>Skipped rows by reason (a good row is never dropped)</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>The dataset loaded before is still open.</source>
            <translation>The dataset loaded before is still open.</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>Imported; not saved in a project yet (Save project as…)</source>
            <translation>Imported; not saved in a project yet (Save project as…)</translation>
        </message>
        <message>
            <source>%1 rows skipped (see the import report)</source>
            <translation>%1 rows skipped (see the import report)</translation>
        </message>
        <message>
            <source>✔ Official RetailRocket release</source>
            <translation>✔ Official RetailRocket release</translation>
        </message>
        <message>
            <source>The files match the Kaggle release byte for byte (size and sha256).</source>
            <translation>The files match the Kaggle release byte for byte (size and sha256).</translation>
        </message>
        <message>
            <source>Sizes match the RetailRocket release; checking…</source>
            <translation>Sizes match the RetailRocket release; checking…</translation>
        </message>
        <message>
            <source>The sha256 of the release-sized files is computed in the background.</source>
            <translation>The sha256 of the release-sized files is computed in the background.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Skipped rows: none; every row was read</source>
            <translation>Skipped rows: none; every row was read</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::ReleaseVerifier</name>
        <message>
            <source>size matches; checking sha256…</source>
            <translation>size matches; checking sha256…</translation>
        </message>
        <message>
            <source>yes (sha256 verified)</source>
            <translation>yes (sha256 verified)</translation>
        </message>
        <message>
            <source>no: same size, different sha256</source>
            <translation>no: same size, different sha256</translation>
        </message>
        <message>
            <source>size matches; file not available to verify</source>
            <translation>size matches; file not available to verify</translation>
        </message>
        <message>
            <source>Checking the release checksums</source>
            <translation>Checking the release checksums</translation>
        </message>
        <message>
            <source>no: other size</source>
            <translation>no: other size</translation>
        </message>
        <message>
            <source>Caching the release checksums</source>
            <translation>Caching the release checksums</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SkippedRowsModel</name>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Rows skipped</translation>
        </message>
        <message>
            <source>First lines</source>
            <translation>First lines</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SourceFilesModel</name>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Item properties</source>
            <translation>Item properties</translation>
        </message>
        <message>
            <source>Category tree</source>
            <translation>Category tree</translation>
        </message>
        <message>
            <source>Category names</source>
            <translation>Category names</translation>
        </message>
        <message>
            <source>Item names</source>
            <translation>Item names</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <source>Rows kept</source>
            <translation>Rows kept</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Rows skipped</translation>
        </message>
        <message>
            <source>Official release</source>
            <translation>Official release</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::datapage::SummaryCards</name>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Items with events</source>
            <translation>Items with events</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Time span (UTC)</source>
            <translation>Time span (UTC)</translation>
        </message>
        <message>
            <source>Orders (transaction ids)</source>
            <translation>Orders (transaction ids)</translation>
        </message>
        <message>
            <source>Sparsity of visitor × item</source>
            <translation>Sparsity of visitor × item</translation>
        </message>
        <message>
            <source>Exact duplicate rows</source>
            <translation>Exact duplicate rows</translation>
        </message>
        <message>
            <source>views %1 · add-to-carts %2 · purchases %3</source>
            <translation>views %1 · add-to-carts %2 · purchases %3</translation>
        </message>
        <message>
            <source>%1 with exactly one event</source>
            <translation>%1 with exactly one event</translation>
        </message>
        <message>
            <source>%1 with a category</source>
            <translation>%1 with a category</translation>
        </message>
        <message numerus="yes">
            <source>%n top-level</source>
            <translation>
                <numerusform>%n top-level</numerusform>
                <numerusform>%n top-level</numerusform>
            </translation>
        </message>
        <message>
            <source>no category tree loaded</source>
            <translation>no category tree loaded</translation>
        </message>
        <message>
            <source>gap over 30 min starts a new one; mean %1 events</source>
            <translation>gap over 30 min starts a new one; mean %1 events</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>in %1 purchase events</source>
            <translation>in %1 purchase events</translation>
        </message>
        <message>
            <source>share of visitor–item pairs without any event</source>
            <translation>share of visitor–item pairs without any event</translation>
        </message>
        <message>
            <source>%1 of the events; kept, as in the release</source>
            <translation>%1 of the events; kept, as in the release</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::DefenceDemo</name>
        <message>
            <source>Defence demo</source>
            <translation>Defence demo</translation>
        </message>
        <message>
            <source>The defence demo opens the demo dataset. The imported dataset is not saved in a project and will be closed. Start the demo anyway?</source>
            <translation>The defence demo opens the demo dataset. The imported dataset is not saved in a project and will be closed. Start the demo anyway?</translation>
        </message>
        <message>
            <source>Vitrina: presenter view</source>
            <translation>Vitrina: presenter view</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::DefenceTour</name>
        <message>
            <source>The data: a shop's event log</source>
            <translation>The data: a shop's event log</translation>
        </message>
        <message>
            <source>The funnel: view → add to cart → purchase</source>
            <translation>The funnel: view → add to cart → purchase</translation>
        </message>
        <message>
            <source>Which recommender is best?</source>
            <translation>Which recommender is best?</translation>
        </message>
        <message>
            <source>Visitor 1: new, no history</source>
            <translation>Visitor 1: new, no history</translation>
        </message>
        <message>
            <source>Visitor 2: browsing, views only</source>
            <translation>Visitor 2: browsing, views only</translation>
        </message>
        <message>
            <source>Visitor 3: intent, something in the cart</source>
            <translation>Visitor 3: intent, something in the cart</translation>
        </message>
        <message>
            <source>A simulated A/B test</source>
            <translation>A simulated A/B test</translation>
        </message>
        <message>
            <source>The demo dataset is generated on this computer with the shape of the RetailRocket release: views, add-to-carts and purchases of about 4.5 months, with readable item and category names. Point at the &lt;b&gt;summary cards&lt;/b&gt; and the &lt;b&gt;events per day&lt;/b&gt;. Everything runs offline.</source>
            <translation>The demo dataset is generated on this computer with the shape of the RetailRocket release: views, add-to-carts and purchases of about 4.5 months, with readable item and category names. Point at the &lt;b&gt;summary cards&lt;/b&gt; and the &lt;b&gt;events per day&lt;/b&gt;. Everything runs offline.</translation>
        </message>
        <message>
            <source>Most visitors only look: few add to cart, fewer buy. Point at the &lt;b&gt;conversion table&lt;/b&gt;. A recommender should therefore treat a browsing visitor differently from one with intent: the idea of the funnel-aware hybrid.</source>
            <translation>Most visitors only look: few add to cart, fewer buy. Point at the &lt;b&gt;conversion table&lt;/b&gt;. A recommender should therefore treat a browsing visitor differently from one with intent: the idea of the funnel-aware hybrid.</translation>
        </message>
        <message>
            <source>A replay of the last %1 days: each visitor is assigned by a seeded hash of their id to Popular (control) or %2. Read the &lt;b&gt;verdict&lt;/b&gt; at the top, then the cumulative conversion with its confidence band; the sample ratio check guards the split.</source>
            <translation>A replay of the last %1 days: each visitor is assigned by a seeded hash of their id to Popular (control) or %2. Read the &lt;b&gt;verdict&lt;/b&gt; at the top, then the cumulative conversion with its confidence band; the sample ratio check guards the split.</translation>
        </message>
        <message>
            <source>the funnel-aware hybrid</source>
            <translation>the funnel-aware hybrid</translation>
        </message>
        <message>
            <source>ItemKNN (the hybrid is not built in)</source>
            <translation>ItemKNN (the hybrid is not built in)</translation>
        </message>
        <message>
            <source>Trained on everything before the last 7 days, tested on every event of those days: the next view, add-to-cart or purchase of each visitor (temporal protocol, rolling). The bars are &lt;b&gt;NDCG@10&lt;/b&gt; with 95 % intervals; the &lt;b&gt;Significance&lt;/b&gt; tab says which differences are real. Models: %1.</source>
            <translation>Trained on everything before the last 7 days, tested on every event of those days: the next view, add-to-cart or purchase of each visitor (temporal protocol, rolling). The bars are &lt;b&gt;NDCG@10&lt;/b&gt; with 95 % intervals; the &lt;b&gt;Significance&lt;/b&gt; tab says which differences are real. Models: %1.</translation>
        </message>
        <message>
            <source>Measured on %1 test lists: &lt;b&gt;%2&lt;/b&gt; has the highest NDCG@10 (%3), then %4 (%5).</source>
            <translation>Measured on %1 test lists: &lt;b&gt;%2&lt;/b&gt; has the highest NDCG@10 (%3), then %4 (%5).</translation>
        </message>
        <message>
            <source>The lead is significant: the simultaneous interval of the difference excludes 0.</source>
            <translation>The lead is significant: the simultaneous interval of the difference excludes 0.</translation>
        </message>
        <message>
            <source>The lead is within the noise: the simultaneous interval of the difference includes 0, so the two cannot be told apart on these lists.</source>
            <translation>The lead is within the noise: the simultaneous interval of the difference includes 0, so the two cannot be told apart on these lists.</translation>
        </message>
        <message>
            <source>%1 visitors in the two arms.</source>
            <translation>%1 visitors in the two arms.</translation>
        </message>
        <message>
            <source>The control converted too rarely for a relative lift: read the difference, not a percentage.</source>
            <translation>The control converted too rarely for a relative lift: read the difference, not a percentage.</translation>
        </message>
        <message>
            <source>With this traffic the test detects a lift of %1 with %2 power; the lift shown, %3, is larger, so the test was large enough for it.</source>
            <translation>With this traffic the test detects a lift of %1 with %2 power; the lift shown, %3, is larger, so the test was large enough for it.</translation>
        </message>
        <message>
            <source>With this traffic the test detects only a lift of %1 with %2 power; the lift shown, %3, is smaller: a test too small for it, whatever the verdict.</source>
            <translation>With this traffic the test detects only a lift of %1 with %2 power; the lift shown, %3, is smaller: a test too small for it, whatever the verdict.</translation>
        </message>
        <message>
            <source>No earlier events: personal models have nothing to go on. Marked items are what the visitor really did later.</source>
            <translation>No earlier events: personal models have nothing to go on. Marked items are what the visitor really did later.</translation>
        </message>
        <message>
            <source>Views only. Each recommendation is &lt;b&gt;explained&lt;/b&gt;: the reasons with their share of the score in %.</source>
            <translation>Views only. Each recommendation is &lt;b&gt;explained&lt;/b&gt;: the reasons with their share of the score in %.</translation>
        </message>
        <message>
            <source>An item in the cart: the funnel stage is &lt;b&gt;intent&lt;/b&gt;. Compare the explanation with the browsing visitor's.</source>
            <translation>An item in the cart: the funnel stage is &lt;b&gt;intent&lt;/b&gt;. Compare the explanation with the browsing visitor's.</translation>
        </message>
        <message>
            <source>Here %1's list falls back to popular items, and the explanation says so.</source>
            <translation>Here %1's list falls back to popular items, and the explanation says so.</translation>
        </message>
        <message>
            <source>%1 does not fall back to popular items here: its explanation names other reasons.</source>
            <translation>%1 does not fall back to popular items here: its explanation names other reasons.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>component and its weight</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The hybrid's weights at this stage: %1.</source>
            <translation>The hybrid's weights at this stage: %1.</translation>
        </message>
        <message>
            <source>They are the same as the browsing visitor's: on this data the stage weights learned on the validation split do not separate the stages.</source>
            <translation>They are the same as the browsing visitor's: on this data the stage weights learned on the validation split do not separate the stages.</translation>
        </message>
        <message>
            <source>They differ from the browsing visitor's: the hybrid switched to this stage's weights, learned on the validation split only.</source>
            <translation>They differ from the browsing visitor's: the hybrid switched to this stage's weights, learned on the validation split only.</translation>
        </message>
        <message>
            <source>Its first recommendation: %1.</source>
            <translation>Its first recommendation: %1.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::demo::PresenterBar</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Previous step (Left, Page Up)</source>
            <translation>Previous step (Left, Page Up)</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next step (Right, Page Down, Space)</source>
            <translation>Next step (Right, Page Down, Space)</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Leave the demo and restore the normal text size (Esc)</source>
            <translation>Leave the demo and restore the normal text size (Esc)</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Smaller text (Ctrl+-)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Larger text (Ctrl++)</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Preparing… %1 s</source>
            <translation>Preparing… %1 s</translation>
        </message>
        <message>
            <source>ready in %1 s</source>
            <translation>ready in %1 s</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelPage</name>
        <message>
            <source>All visitors</source>
            <translation>All visitors</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Cold (no earlier events)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Light (1–2 events)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Medium (3–9 events)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Heavy (10+ events)</translation>
        </message>
        <message>
            <source>Activity segment: for events, the visitor's events before it; for sessions, before the session; for visitors, all their events</source>
            <translation>Activity segment: for events, the visitor's events before it; for sessions, before the session; for visitors, all their events</translation>
        </message>
        <message>
            <source>New and returning</source>
            <translation>New and returning</translation>
        </message>
        <message>
            <source>New (first session)</source>
            <translation>New (first session)</translation>
        </message>
        <message>
            <source>Returning (later sessions)</source>
            <translation>Returning (later sessions)</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>Day (UTC)</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>ISO week</translation>
        </message>
        <message>
            <source>Segment:</source>
            <translation>Segment:</translation>
        </message>
        <message>
            <source>Visitors:</source>
            <translation>Visitors:</translation>
        </message>
        <message>
            <source>Charts count:</source>
            <translation>Charts count:</translation>
        </message>
        <message>
            <source>Over time by:</source>
            <translation>Over time by:</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Over time</translation>
        </message>
        <message>
            <source>Conversion, counted four ways</source>
            <translation>Conversion, counted four ways</translation>
        </message>
        <message>
            <source>Every top-level category (the chart shows the largest)</source>
            <translation>Every top-level category (the chart shows the largest)</translation>
        </message>
        <message>
            <source>Every period, empty ones included</source>
            <translation>Every period, empty ones included</translation>
        </message>
        <message>
            <source>Reached: at least one event of the stage's type, any item, any order. Ordered: a view, then an add-to-cart of the same item, then its purchase. A purchase without a logged add-to-cart counts in the events, reached visitors and sessions, never in the ordered funnel. Sessions end after 30 minutes without events. Days and weeks are UTC; weeks start on Monday.</source>
            <translation>Reached: at least one event of the stage's type, any item, any order. Ordered: a view, then an add-to-cart of the same item, then its purchase. A purchase without a logged add-to-cart counts in the events, reached visitors and sessions, never in the ordered funnel. Sessions end after 30 minutes without events. Days and weeks are UTC; weeks start on Monday.</translation>
        </message>
        <message>
            <source>Computing the funnel</source>
            <translation>Computing the funnel</translation>
        </message>
        <message>
            <source>The funnel could not be computed: %1</source>
            <translation>The funnel could not be computed: %1</translation>
        </message>
        <message>
            <source>Top-level category</source>
            <translation>Top-level category</translation>
        </message>
        <message>
            <source>no visitor in this segment</source>
            <translation>no visitor in this segment</translation>
        </message>
        <message numerus="yes">
            <source>median %1 (quartiles %2 – %3), %n visitor(s)</source>
            <translation>
                <numerusform>median %1 (quartiles %2 – %3), %n visitor</numerusform>
                <numerusform>median %1 (quartiles %2 – %3), %n visitors</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Time to convert&lt;/b&gt;, from a visitor's first view:&lt;br&gt;to the first add-to-cart after it: %1&lt;br&gt;to the first purchase after it: %2&lt;br&gt;Purchases without an earlier add-to-cart of the item: %3; buyers who never added anything to the cart: %4.</source>
            <translation>&lt;b&gt;Time to convert&lt;/b&gt;, from a visitor's first view:&lt;br&gt;to the first add-to-cart after it: %1&lt;br&gt;to the first purchase after it: %2&lt;br&gt;Purchases without an earlier add-to-cart of the item: %3; buyers who never added anything to the cart: %4.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelSliceModel</name>
        <message>
            <source>Unknown category</source>
            <translation>Unknown category</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Cold (no earlier events)</source>
            <translation>Cold (no earlier events)</translation>
        </message>
        <message>
            <source>Light (1–2 events)</source>
            <translation>Light (1–2 events)</translation>
        </message>
        <message>
            <source>Medium (3–9 events)</source>
            <translation>Medium (3–9 events)</translation>
        </message>
        <message>
            <source>Heavy (10+ events)</source>
            <translation>Heavy (10+ events)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>Returning</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::funnel::FunnelTableModel</name>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Visitors (reached)</source>
            <translation>Visitors (reached)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <source>Added to cart</source>
            <translation>Added to cart</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Purchased</translation>
        </message>
        <message>
            <source>View → cart</source>
            <translation>View → cart</translation>
        </message>
        <message>
            <source>Cart → purchase</source>
            <translation>Cart → purchase</translation>
        </message>
        <message>
            <source>View → purchase</source>
            <translation>View → purchase</translation>
        </message>
        <message>
            <source>Drop-off after view</source>
            <translation>Drop-off after view</translation>
        </message>
        <message>
            <source>Drop-off after cart</source>
            <translation>Drop-off after cart</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <source>Step conversion: added to cart / viewed</source>
            <translation>Step conversion: added to cart / viewed</translation>
        </message>
        <message>
            <source>Step conversion: purchased / added to cart</source>
            <translation>Step conversion: purchased / added to cart</translation>
        </message>
        <message>
            <source>Overall conversion: purchased / viewed</source>
            <translation>Overall conversion: purchased / viewed</translation>
        </message>
        <message>
            <source>Share of the viewing units that did not add to the cart</source>
            <translation>Share of the viewing units that did not add to the cart</translation>
        </message>
        <message>
            <source>Share of the units with an add-to-cart that did not purchase</source>
            <translation>Share of the units with an add-to-cart that did not purchase</translation>
        </message>
        <message>
            <source>Visitors (ordered)</source>
            <translation>Visitors (ordered)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::jobs::JobProgressWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop this job; what was loaded before stays open</source>
            <translation>Stop this job; what was loaded before stays open</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationPanel</name>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Difference in NDCG@10</source>
            <translation>Difference in NDCG@10</translation>
        </message>
        <message>
            <source>Running the hybrid's ablation</source>
            <translation>Running the hybrid's ablation</translation>
        </message>
        <message>
            <source>Cancelled: the previous results stay shown.</source>
            <translation>Cancelled: the previous results stay shown.</translation>
        </message>
        <message>
            <source>The ablation failed: %1</source>
            <translation>The ablation failed: %1</translation>
        </message>
        <message>
            <source>%1 test lists, weights learned on %2 validation lists from the training data only; fitting took %3 s (%4 CPU-s).</source>
            <translation>%1 test lists, weights learned on %2 validation lists from the training data only; fitting took %3 s (%4 CPU-s).</translation>
        </message>
        <message>
            <source>Run the ablation</source>
            <translation>Run the ablation</translation>
        </message>
        <message>
            <source>NDCG@10 difference to the funnel-aware hybrid, with simultaneous %1 intervals</source>
            <translation>NDCG@10 difference to the funnel-aware hybrid, with simultaneous %1 intervals</translation>
        </message>
        <message>
            <source>Run the ablation to compare each variant with the full hybrid here.</source>
            <translation>Run the ablation to compare each variant with the full hybrid here.</translation>
        </message>
        <message>
            <source>Run the ablation to see each variant's difference to the full hybrid.</source>
            <translation>Run the ablation to see each variant's difference to the full hybrid.</translation>
        </message>
        <message>
            <source>The funnel-aware hybrid against its static variant, each component removed, history only, uniform event weights and each component alone, under the protocol on the left. The hybrid's hyperparameters come from the model list (the defaults unless the hybrid is ticked there).</source>
            <translation>The funnel-aware hybrid against its static variant, each component removed, history only, uniform event weights and each component alone, under the protocol on the left. The hybrid's hyperparameters come from the model list (the defaults unless the hybrid is ticked there).</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationPersistence</name>
        <message>
            <source>Saving the ablation</source>
            <translation>Saving the ablation</translation>
        </message>
        <message>
            <source>Reading the last ablation</source>
            <translation>Reading the last ablation</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::AblationTableModel</name>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>Difference to the hybrid</source>
            <translation>Difference to the hybrid</translation>
        </message>
        <message>
            <source>Wilcoxon p</source>
            <translation>Wilcoxon p</translation>
        </message>
        <message>
            <source>Holm p</source>
            <translation>Holm p</translation>
        </message>
        <message>
            <source>Funnel-aware hybrid</source>
            <translation>Funnel-aware hybrid</translation>
        </message>
        <message>
            <source>Static hybrid (one weight vector)</source>
            <translation>Static hybrid (one weight vector)</translation>
        </message>
        <message>
            <source>without %1</source>
            <translation>without %1</translation>
        </message>
        <message>
            <source>without session views (history only)</source>
            <translation>without session views (history only)</translation>
        </message>
        <message>
            <source>uniform event weights</source>
            <translation>uniform event weights</translation>
        </message>
        <message>
            <source>%1 alone</source>
            <translation>%1 alone</translation>
        </message>
        <message>
            <source>Simultaneous %1 interval (paired bootstrap)</source>
            <translation>Simultaneous %1 interval (paired bootstrap)</translation>
        </message>
        <message>
            <source>Simultaneous interval (paired bootstrap)</source>
            <translation>Simultaneous interval (paired bootstrap)</translation>
        </message>
        <message>
            <source>The intervals hold together with %1 confidence (Bonferroni over the %2 variants, each at %3). %4</source>
            <translation>The intervals hold together with %1 confidence (Bonferroni over the %2 variants, each at %3). %4</translation>
        </message>
        <message>
            <source>Significant: the interval excludes 0.</source>
            <translation>Significant: the interval excludes 0.</translation>
        </message>
        <message>
            <source>Not significant: the interval holds 0.</source>
            <translation>Not significant: the interval holds 0.</translation>
        </message>
        <message>
            <source>≠ The Holm-corrected Wilcoxon check disagrees with the interval: read this row with care.</source>
            <translation>≠ The Holm-corrected Wilcoxon check disagrees with the interval: read this row with care.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::EpochLossChart</name>
        <message>
            <source>Training loss per epoch</source>
            <translation>Training loss per epoch</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoch</translation>
        </message>
        <message>
            <source>Mean training loss per example</source>
            <translation>Mean training loss per example</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::MetricsTableModel</name>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Coverage@%1</source>
            <translation>Coverage@%1</translation>
        </message>
        <message>
            <source>Gini@%1</source>
            <translation>Gini@%1</translation>
        </message>
        <message>
            <source>Training, s</source>
            <translation>Training, s</translation>
        </message>
        <message>
            <source>Evaluation, s</source>
            <translation>Evaluation, s</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Mean over the lists with a relevant item ± half-width of its Student-t 95 % interval</source>
            <translation>Mean over the lists with a relevant item ± half-width of its Student-t 95 % interval</translation>
        </message>
        <message>
            <source>Over every prediction of the test sessions (next item ranked against all train items)</source>
            <translation>Over every prediction of the test sessions (next item ranked against all train items)</translation>
        </message>
        <message>
            <source>Share of the candidate items shown in at least one list</source>
            <translation>Share of the candidate items shown in at least one list</translation>
        </message>
        <message>
            <source>Concentration of exposure over the candidates (0 = even, 1 = one item)</source>
            <translation>Concentration of exposure over the candidates (0 = even, 1 = one item)</translation>
        </message>
        <message>
            <source>Mean over lists: intra-list diversity by category, novelty (self-information, bits) or popularity percentile</source>
            <translation>Mean over lists: intra-list diversity by category, novelty (self-information, bits) or popularity percentile</translation>
        </message>
        <message>
            <source>Learned state held in memory</source>
            <translation>Learned state held in memory</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelPicker</name>
        <message>
            <source>Tick the models to train and evaluate; select one to edit its hyperparameters</source>
            <translation>Tick the models to train and evaluate; select one to edit its hyperparameters</translation>
        </message>
        <message>
            <source>%1: no hyperparameters</source>
            <translation>%1: no hyperparameters</translation>
        </message>
        <message>
            <source>Hyperparameters of %1</source>
            <translation>Hyperparameters of %1</translation>
        </message>
        <message>
            <source>From %1 to %2; default %3</source>
            <translation>From %1 to %2; default %3</translation>
        </message>
        <message>
            <source>%1 will take about %2 of memory while training: a %3 × %3 matrix (N² × %4 bytes) for %3 items, plus the interactions.</source>
            <translation>%1 will take about %2 of memory while training: a %3 × %3 matrix (N² × %4 bytes) for %3 items, plus the interactions.</translation>
        </message>
        <message>
            <source>Parameter name: %1</source>
            <translation>Parameter name: %1</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelsPage</name>
        <message>
            <source>Export the evaluation as JSON</source>
            <translation>Export the evaluation as JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Train &amp;&amp; evaluate</source>
            <translation>Train &amp;&amp; evaluate</translation>
        </message>
        <message>
            <source>Train every ticked model on the protocol's training part and evaluate it; runs in the background and can be cancelled</source>
            <translation>Train every ticked model on the protocol's training part and evaluate it; runs in the background and can be cancelled</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Significance</source>
            <translation>Significance</translation>
        </message>
        <message>
            <source>Cut-off K:</source>
            <translation>Cut-off K:</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <source>Save the whole evaluation (every metric, interval, segment and comparison) as JSON</source>
            <translation>Save the whole evaluation (every metric, interval, segment and comparison) as JSON</translation>
        </message>
        <message>
            <source>Metric:</source>
            <translation>Metric:</translation>
        </message>
        <message>
            <source>Break down by:</source>
            <translation>Break down by:</translation>
        </message>
        <message>
            <source>Lists:</source>
            <translation>Lists:</translation>
        </message>
        <message>
            <source>Means over the lists with a relevant item, ± half-width of the 95 % interval; click a header to sort</source>
            <translation>Means over the lists with a relevant item, ± half-width of the 95 % interval; click a header to sort</translation>
        </message>
        <message>
            <source>The compared metric per segment, ± half-width of the 95 % interval</source>
            <translation>The compared metric per segment, ± half-width of the 95 % interval</translation>
        </message>
        <message>
            <source>Tick at least one model.</source>
            <translation>Tick at least one model.</translation>
        </message>
        <message>
            <source>Training and evaluating</source>
            <translation>Training and evaluating</translation>
        </message>
        <message>
            <source>Cancelled: the previous results stay shown.</source>
            <translation>Cancelled: the previous results stay shown.</translation>
        </message>
        <message>
            <source>The evaluation failed: %1</source>
            <translation>The evaluation failed: %1</translation>
        </message>
        <message>
            <source>Building the protocol's split…</source>
            <translation>Building the protocol's split…</translation>
        </message>
        <message>
            <source>Model %1 of %2: training %3…</source>
            <translation>Model %1 of %2: training %3…</translation>
        </message>
        <message>
            <source>Model %1 of %2: evaluating %3…</source>
            <translation>Model %1 of %2: evaluating %3…</translation>
        </message>
        <message>
            <source>All lists (%1)</source>
            <translation>All lists (%1)</translation>
        </message>
        <message>
            <source>Visitors with ≥ 3 earlier events (%1 lists)</source>
            <translation>Visitors with ≥ 3 earlier events (%1 lists)</translation>
        </message>
        <message>
            <source>%1 test sessions, %2 predictions; %3 training events.</source>
            <translation>%1 test sessions, %2 predictions; %3 training events.</translation>
        </message>
        <message>
            <source>%1 lists from %2 training events. Lists made with no prior history: %3 (%4); they get each model's fallback and form the cold segment.</source>
            <translation>%1 lists from %2 training events. Lists made with no prior history: %3 (%4); they get each model's fallback and form the cold segment.</translation>
        </message>
        <message>
            <source>Total time %1 s.</source>
            <translation>Total time %1 s.</translation>
        </message>
        <message>
            <source>Nothing to export yet.</source>
            <translation>Nothing to export yet.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Results of the last evaluation saved in the project.</source>
            <translation>Results of the last evaluation saved in the project.</translation>
        </message>
        <message>
            <source>Ablation</source>
            <translation>Ablation</translation>
        </message>
        <message>
            <source>Mean difference row − column [simultaneous paired bootstrap interval] and the Wilcoxon p-value, Holm-corrected over the matrix (a robustness check)</source>
            <translation>Mean difference row − column [simultaneous paired bootstrap interval] and the Wilcoxon p-value, Holm-corrected over the matrix (a robustness check)</translation>
        </message>
        <message>
            <source>* and colour: the interval excludes 0, significant at 5 % for the whole matrix (each interval is at level 1 − 5 %/m for m pairs, Bonferroni; green: the row model is better, red: worse; stronger colour, larger difference). ≠: the Wilcoxon check disagrees. The diagonal shows each model's mean. Hover a cell for the level, the t-test and Cohen's d_z.</source>
            <translation>* and colour: the interval excludes 0, significant at 5 % for the whole matrix (each interval is at level 1 − 5 %/m for m pairs, Bonferroni; green: the row model is better, red: worse; stronger colour, larger difference). ≠: the Wilcoxon check disagrees. The diagonal shows each model's mean. Hover a cell for the level, the t-test and Cohen's d_z.</translation>
        </message>
        <message>
            <source>Tick models and press “Train &amp; evaluate” to see the results here.</source>
            <translation>Tick models and press “Train &amp; evaluate” to see the results here.</translation>
        </message>
        <message>
            <source>Evaluate two or more models to compare them here.</source>
            <translation>Evaluate two or more models to compare them here.</translation>
        </message>
        <message>
            <source>The session protocols have no breakdown by segment.</source>
            <translation>The session protocols have no breakdown by segment.</translation>
        </message>
        <message>
            <source>Activity segment</source>
            <translation>Activity segment</translation>
        </message>
        <message>
            <source>By the visitor's number of events before the list</source>
            <translation>By the visitor's number of events before the list</translation>
        </message>
        <message>
            <source>Funnel stage</source>
            <translation>Funnel stage</translation>
        </message>
        <message>
            <source>By the visitor's funnel stage when the list is made</source>
            <translation>By the visitor's funnel stage when the list is made</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ModelsPersistence</name>
        <message>
            <source>Reused from the project (not retrained): %1.</source>
            <translation>Reused from the project (not retrained): %1.</translation>
        </message>
        <message>
            <source>Saving the evaluation</source>
            <translation>Saving the evaluation</translation>
        </message>
        <message>
            <source>Reading the last evaluation</source>
            <translation>Reading the last evaluation</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::ProtocolEditor</name>
        <message>
            <source>Temporal split</source>
            <translation>Temporal split</translation>
        </message>
        <message>
            <source>Leave last out</source>
            <translation>Leave last out</translation>
        </message>
        <message>
            <source>Sessions: GRU4Rec official</source>
            <translation>Sessions: GRU4Rec official</translation>
        </message>
        <message>
            <source>Sessions: session-rec window</source>
            <translation>Sessions: session-rec window</translation>
        </message>
        <message>
            <source>Static: one list per visitor at the split</source>
            <translation>Static: one list per visitor at the split</translation>
        </message>
        <message>
            <source>Add-to-cart and purchase</source>
            <translation>Add-to-cart and purchase</translation>
        </message>
        <message>
            <source>Any event</source>
            <translation>Any event</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Protocol:</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <source>Test days:</source>
            <translation>Test days:</translation>
        </message>
        <message>
            <source>Targets:</source>
            <translation>Targets:</translation>
        </message>
        <message>
            <source>Min. visitor events:</source>
            <translation>Min. visitor events:</translation>
        </message>
        <message>
            <source>Min. item events:</source>
            <translation>Min. item events:</translation>
        </message>
        <message>
            <source>Exclude seen items:</source>
            <translation>Exclude seen items:</translation>
        </message>
        <message>
            <source>Slice (of 5):</source>
            <translation>Slice (of 5):</translation>
        </message>
        <message>
            <source>Sample of lists:</source>
            <translation>Sample of lists:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source> d</source>
            <translation> d</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>The test period is the last N UTC days; models train on everything before it</source>
            <translation>The test period is the last N UTC days; models train on everything before it</translation>
        </message>
        <message>
            <source>Lists only for visitors with at least this many training events</source>
            <translation>Lists only for visitors with at least this many training events</translation>
        </message>
        <message>
            <source>Training events of rarer items are dropped</source>
            <translation>Training events of rarer items are dropped</translation>
        </message>
        <message>
            <source>Remove items the visitor already interacted with from each list (default off: most carts follow a view of the same item)</source>
            <translation>Remove items the visitor already interacted with from each list (default off: most carts follow a view of the same item)</translation>
        </message>
        <message>
            <source>Evaluate a seeded sample of at most this many lists (test sessions for the presets)</source>
            <translation>Evaluate a seeded sample of at most this many lists (test sessions for the presets)</translation>
        </message>
        <message>
            <source>Seed of every model's training and of the bootstrap: the same seed gives the same numbers</source>
            <translation>Seed of every model's training and of the bootstrap: the same seed gives the same numbers</translation>
        </message>
        <message>
            <source>One list per target event of the test period, from all the visitor's earlier events; relevant: that event's item.</source>
            <translation>One list per target event of the test period, from all the visitor's earlier events; relevant: that event's item.</translation>
        </message>
        <message>
            <source>One list per test visitor, made at the split from training events; relevant: all their target items in the test period.</source>
            <translation>One list per test visitor, made at the split from training events; relevant: all their target items in the test period.</translation>
        </message>
        <message>
            <source>Each visitor's last target event is held out.</source>
            <translation>Each visitor's last target event is held out.</translation>
        </message>
        <message>
            <source>Train before 2015-09-18 03:00 UTC; next-item HR and MRR at every position of each test session, ranked against all train items.</source>
            <translation>Train before 2015-09-18 03:00 UTC; next-item HR and MRR at every position of each test session, ranked against all train items.</translation>
        </message>
        <message>
            <source>Slice k of 5 consecutive windows; next-item HR and MRR at every position of each test session.</source>
            <translation>Slice k of 5 consecutive windows; next-item HR and MRR at every position of each test session.</translation>
        </message>
        <message>
            <source>Rolling: before every target event</source>
            <translation>Rolling: before every target event</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::SegmentTableModel</name>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Lists</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n list(s) with a relevant item</source>
            <translation>
                <numerusform>%n list with a relevant item</numerusform>
                <numerusform>%n lists with a relevant item</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::modelspage::SignificanceTableModel</name>
        <message>
            <source>Row − column</source>
            <translation>Row − column</translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>mean %1</translation>
        </message>
        <message>
            <source>%1%5
[%2, %3]
p %4%6</source>
            <translation>%1%5
[%2, %3]
p %4%6</translation>
        </message>
        <message>
            <source>Paired over %1 lists. Simultaneous bootstrap %2 interval of the mean difference (Bonferroni over the %3 pairs, so that all intervals hold together with %4 confidence; B = %5). Wilcoxon signed-rank p = %6, Holm-corrected over the matrix = %7; paired t p = %8; Cohen's d_z = %9.</source>
            <translation>Paired over %1 lists. Simultaneous bootstrap %2 interval of the mean difference (Bonferroni over the %3 pairs, so that all intervals hold together with %4 confidence; B = %5). Wilcoxon signed-rank p = %6, Holm-corrected over the matrix = %7; paired t p = %8; Cohen's d_z = %9.</translation>
        </message>
        <message>
            <source>Significant: the interval excludes 0.</source>
            <translation>Significant: the interval excludes 0.</translation>
        </message>
        <message>
            <source>Not significant: the interval holds 0.</source>
            <translation>Not significant: the interval holds 0.</translation>
        </message>
        <message>
            <source>≠ The Wilcoxon check disagrees (Holm p above %1): the mean difference rests on a few large differences; the typical list may not differ.</source>
            <translation>≠ The Wilcoxon check disagrees (Holm p above %1): the mean difference rests on a few large differences; the typical list may not differ.</translation>
        </message>
        <message>
            <source>≠ The Wilcoxon check disagrees (Holm p at most %1): most lists lean one way, but the mean difference is too uncertain to call.</source>
            <translation>≠ The Wilcoxon check disagrees (Holm p at most %1): most lists lean one way, but the mean difference is too uncertain to call.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::session::ProjectController</name>
        <message>
            <source>%1 events, %2 visitors, %3 items</source>
            <translation>%1 events, %2 visitors, %3 items</translation>
        </message>
        <message>
            <source>%1: cancelled; the data loaded before is still open.</source>
            <translation>%1: cancelled; the data loaded before is still open.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 failed: %2</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unknown error</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importing %1</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Imported: %1</translation>
        </message>
        <message>
            <source>Opening %1</source>
            <translation>Opening %1</translation>
        </message>
        <message>
            <source>Opened %1: %2</source>
            <translation>Opened %1: %2</translation>
        </message>
        <message>
            <source>Saving %1</source>
            <translation>Saving %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Opening the demo dataset</source>
            <translation>Opening the demo dataset</translation>
        </message>
        <message>
            <source>Demo dataset: %1</source>
            <translation>Demo dataset: %1</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::session::TrainedModels</name>
        <message>
            <source>Saving trained models</source>
            <translation>Saving trained models</translation>
        </message>
        <message>
            <source>Listing the trained models</source>
            <translation>Listing the trained models</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::ReasonsPanel</name>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Select a recommendation to see why the model chose it.</source>
            <translation>Select a recommendation to see why the model chose it.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, rank %2 of &lt;b&gt;%3&lt;/b&gt; (score %4)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, rank %2 of &lt;b&gt;%3&lt;/b&gt; (score %4)</translation>
        </message>
        <message>
            <source>✓ The visitor really interacted with this item later.</source>
            <translation>✓ The visitor really interacted with this item later.</translation>
        </message>
        <message>
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <source>This model gives no reasons for its scores.</source>
            <translation>This model gives no reasons for its scores.</translation>
        </message>
        <message>
            <source>Share: the part of the blended score a component gives; under each component, its own reasons split that component's part. A negative share pulls the score down.</source>
            <translation>Share: the part of the blended score a component gives; under each component, its own reasons split that component's part. A negative share pulls the score down.</translation>
        </message>
        <message>
            <source>Share: the part of the item's score this reason explains; the shares of a model's reasons add up to its score. A negative share pulls the score down.</source>
            <translation>Share: the part of the item's score this reason explains; the shares of a model's reasons add up to its score. A negative share pulls the score down.</translation>
        </message>
        <message>
            <source>Share: how much of the network's decision each viewed item carries (GRU4Rec: the score's drop without it; SASRec: the attention on it). The shares' sizes add up to 100 %.</source>
            <translation>Share: how much of the network's decision each viewed item carries (GRU4Rec: the score's drop without it; SASRec: the attention on it). The shares' sizes add up to 100 %.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::RecommendationsModel</name>
        <message>
            <source>The visitor really interacted with this item later</source>
            <translation>The visitor really interacted with this item later</translation>
        </message>
        <message>
            <source>Filled in from the popularity order: the model had no signal</source>
            <translation>Filled in from the popularity order: the model had no signal</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (failed)</translation>
        </message>
        <message>
            <source>Score %1 (in the model's own units)</source>
            <translation>Score %1 (in the model's own units)</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorTexts</name>
        <message>
            <source>view</source>
            <translation>view</translation>
        </message>
        <message>
            <source>add to cart</source>
            <translation>add to cart</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>purchase</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>browsing</source>
            <translation>browsing</translation>
        </message>
        <message>
            <source>intent</source>
            <translation>intent</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>converted</translation>
        </message>
        <message>
            <source>no events before this moment</source>
            <translation>no events before this moment</translation>
        </message>
        <message>
            <source>only views so far</source>
            <translation>only views so far</translation>
        </message>
        <message>
            <source>an add-to-cart not followed by a purchase</source>
            <translation>an add-to-cart not followed by a purchase</translation>
        </message>
        <message>
            <source>at least one purchase</source>
            <translation>at least one purchase</translation>
        </message>
        <message>
            <source>cold (no events)</source>
            <translation>cold (no events)</translation>
        </message>
        <message>
            <source>light (1–2 events)</source>
            <translation>light (1–2 events)</translation>
        </message>
        <message>
            <source>medium (3–9 events)</source>
            <translation>medium (3–9 events)</translation>
        </message>
        <message>
            <source>heavy (10+ events)</source>
            <translation>heavy (10+ events)</translation>
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
            <translation>%1 “%2”</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorTimeline</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Double-click an event to recommend just before it</source>
            <translation>Double-click an event to recommend just before it</translation>
        </message>
        <message numerus="yes">
            <source>Session %1 · %2 · %n event(s)</source>
            <translation>
                <numerusform>Session %1 · %2 · %n event</numerusform>
                <numerusform>Session %1 · %2 · %n events</numerusform>
            </translation>
        </message>
        <message>
            <source>After the moment shown: the models do not see this event</source>
            <translation>After the moment shown: the models do not see this event</translation>
        </message>
        <message numerus="yes">
            <source>What-if session (simulated) · %n event(s)</source>
            <translation>
                <numerusform>What-if session (simulated) · %n event</numerusform>
                <numerusform>What-if session (simulated) · %n events</numerusform>
            </translation>
        </message>
        <message>
            <source> · test</source>
            <translation> · test</translation>
        </message>
        <message>
            <source>In the test period: the models were trained without the events of this session.</source>
            <translation>In the test period: the models were trained without the events of this session.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::VisitorsPage</name>
        <message>
            <source>Visitor id:</source>
            <translation>Visitor id:</translation>
        </message>
        <message>
            <source>raw visitorid</source>
            <translation>raw visitorid</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Personas:</source>
            <translation>Personas:</translation>
        </message>
        <message>
            <source>New visitor</source>
            <translation>New visitor</translation>
        </message>
        <message>
            <source>A test-period visitor at their first event: no earlier events</source>
            <translation>A test-period visitor at their first event: no earlier events</translation>
        </message>
        <message>
            <source>Browsing</source>
            <translation>Browsing</translation>
        </message>
        <message>
            <source>A visitor with views only</source>
            <translation>A visitor with views only</translation>
        </message>
        <message>
            <source>Intent</source>
            <translation>Intent</translation>
        </message>
        <message>
            <source>A visitor just after an add-to-cart, before any purchase</source>
            <translation>A visitor just after an add-to-cart, before any purchase</translation>
        </message>
        <message>
            <source>Or pick:</source>
            <translation>Or pick:</translation>
        </message>
        <message>
            <source>Top K:</source>
            <translation>Top K:</translation>
        </message>
        <message>
            <source>Train quick models</source>
            <translation>Train quick models</translation>
        </message>
        <message>
            <source>Popular, Recent, ItemKNN, ALS, BPR and session-KNN on the default split (the last 7 days are the test period), with default parameters</source>
            <translation>Popular, Recent, ItemKNN, ALS, BPR and session-KNN on the default split (the last 7 days are the test period), with default parameters</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Funnel stage</source>
            <translation>Funnel stage</translation>
        </message>
        <message>
            <source>Activity segment</source>
            <translation>Activity segment</translation>
        </message>
        <message>
            <source>Recommended at</source>
            <translation>Recommended at</translation>
        </message>
        <message>
            <source>(searching the data…)</source>
            <translation>(searching the data…)</translation>
        </message>
        <message>
            <source>Most active or random visitors…</source>
            <translation>Most active or random visitors…</translation>
        </message>
        <message numerus="yes">
            <source>  %1 · %n event(s)</source>
            <translation>
                <numerusform>  %1 · %n event</numerusform>
                <numerusform>  %1 · %n events</numerusform>
            </translation>
        </message>
        <message>
            <source>Most active</source>
            <translation>Most active</translation>
        </message>
        <message>
            <source>Random (seed 42)</source>
            <translation>Random (seed 42)</translation>
        </message>
        <message>
            <source>Select a recommendation to see why the model chose it.</source>
            <translation>Select a recommendation to see why the model chose it.</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Finding personas</source>
            <translation>Finding personas</translation>
        </message>
        <message>
            <source>Loading the trained models</source>
            <translation>Loading the trained models</translation>
        </message>
        <message>
            <source>A trained model could not be loaded: %1</source>
            <translation>A trained model could not be loaded: %1</translation>
        </message>
        <message>
            <source>No trained model yet: train models on the Models page, or train the quick models here.</source>
            <translation>No trained model yet: train models on the Models page, or train the quick models here.</translation>
        </message>
        <message>
            <source>Recommending</source>
            <translation>Recommending</translation>
        </message>
        <message>
            <source>The recommendations could not be computed: %1</source>
            <translation>The recommendations could not be computed: %1</translation>
        </message>
        <message>
            <source>Explaining</source>
            <translation>Explaining</translation>
        </message>
        <message>
            <source>The model could not explain this item: %1</source>
            <translation>The model could not explain this item: %1</translation>
        </message>
        <message>
            <source>Training the quick models</source>
            <translation>Training the quick models</translation>
        </message>
        <message>
            <source>The quick models could not be trained: %1</source>
            <translation>The quick models could not be trained: %1</translation>
        </message>
        <message>
            <source>Type a visitor id (the raw visitorid of the events file).</source>
            <translation>Type a visitor id (the raw visitorid of the events file).</translation>
        </message>
        <message>
            <source>There is no visitor with the id %1 in this dataset.</source>
            <translation>There is no visitor with the id %1 in this dataset.</translation>
        </message>
        <message>
            <source>'%1' is not a visitor id: a visitor id is a whole number.</source>
            <translation>'%1' is not a visitor id: a visitor id is a whole number.</translation>
        </message>
        <message>
            <source>The personas are still being searched for; try again in a moment.</source>
            <translation>The personas are still being searched for; try again in a moment.</translation>
        </message>
        <message>
            <source>No visitor in this dataset fits this persona.</source>
            <translation>No visitor in this dataset fits this persona.</translation>
        </message>
        <message>
            <source>Find a visitor or pick a persona</source>
            <translation>Find a visitor or pick a persona</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n event(s) before the moment</source>
            <translation>
                <numerusform>%1 of %n event before the moment</numerusform>
                <numerusform>%1 of %n events before the moment</numerusform>
            </translation>
        </message>
        <message>
            <source>made-up</source>
            <translation>made-up</translation>
        </message>
        <message>
            <source>only simulated events</source>
            <translation>only simulated events</translation>
        </message>
        <message>
            <source> (with the simulated events)</source>
            <translation> (with the simulated events)</translation>
        </message>
        <message>
            <source>by the events before the moment</source>
            <translation>by the events before the moment</translation>
        </message>
        <message>
            <source>test period (from %1)</source>
            <translation>test period (from %1)</translation>
        </message>
        <message>
            <source>training period (the test period starts %1)</source>
            <translation>training period (the test period starts %1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommendations of every trained model&lt;/b&gt; (✓ green: the visitor really interacted with the item later; italics: filled in by popularity). Select one to see why.</source>
            <translation>&lt;b&gt;Recommendations of every trained model&lt;/b&gt; (✓ green: the visitor really interacted with the item later; italics: filled in by popularity). Select one to see why.</translation>
        </message>
        <message>
            <source>This item is not in the open dataset.</source>
            <translation>This item is not in the open dataset.</translation>
        </message>
    </context>
    <context>
        <name>vitrina::ui::visitors::WhatIfPanel</name>
        <message>
            <source>What if: a simulated live session</source>
            <translation>What if: a simulated live session</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>a recommended item, or type a raw item id</source>
            <translation>a recommended item, or type a raw item id</translation>
        </message>
        <message>
            <source>Pick one of the recommended items, or type the raw id of any item</source>
            <translation>Pick one of the recommended items, or type the raw id of any item</translation>
        </message>
        <message>
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Add to cart</source>
            <translation>Add to cart</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Clear the session</source>
            <translation>Clear the session</translation>
        </message>
        <message>
            <source>Remove every simulated event</source>
            <translation>Remove every simulated event</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>Choose an item first.</translation>
        </message>
        <message>
            <source>There is no item with the id '%1' in this dataset.</source>
            <translation>There is no item with the id '%1' in this dataset.</translation>
        </message>
        <message>
            <source>No simulated events yet: each one updates the stage and every model's list.</source>
            <translation>No simulated events yet: each one updates the stage and every model's list.</translation>
        </message>
        <message numerus="yes">
            <source>%n simulated event(s).</source>
            <translation>
                <numerusform>%n simulated event.</numerusform>
                <numerusform>%n simulated events.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last update of every model: %1 ms.</source>
            <translation>Last update of every model: %1 ms.</translation>
        </message>
        <message>
            <source>Open a dataset first.</source>
            <translation>Open a dataset first.</translation>
        </message>
    </context>
</TS>
