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
            <source>Views (left axis)</source>
            <translation>Views (left axis)</translation>
        </message>
        <message>
            <source>Add-to-carts (right axis)</source>
            <translation>Add-to-carts (right axis)</translation>
        </message>
        <message>
            <source>Purchases (right axis)</source>
            <translation>Purchases (right axis)</translation>
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
            <source>View → cart (left axis)</source>
            <translation>View → cart (left axis)</translation>
        </message>
        <message>
            <source>View → purchase (left axis)</source>
            <translation>View → purchase (left axis)</translation>
        </message>
        <message>
            <source>Cart → purchase (right axis)</source>
            <translation>Cart → purchase (right axis)</translation>
        </message>
        <message>
            <source>Week (starts Monday, UTC)</source>
            <translation>Week (starts Monday, UTC)</translation>
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
            <source>The file has no valid event rows ({0} data rows read, all skipped)</source>
            <translation>The file has no valid event rows ({0} data rows read, all skipped)</translation>
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
            <source>Arm '{0}' beats control '{1}' on {2}: relative lift {3} (95 % interval {4} to {5}), adjusted p = {6}</source>
            <translation>Arm '{0}' beats control '{1}' on {2}: relative lift {3} (95 % interval {4} to {5}), adjusted p = {6}</translation>
        </message>
        <message>
            <source>Arm '{0}' is worse than control '{1}' on {2}: relative lift {3} (95 % interval {4} to {5}), adjusted p = {6}</source>
            <translation>Arm '{0}' is worse than control '{1}' on {2}: relative lift {3} (95 % interval {4} to {5}), adjusted p = {6}</translation>
        </message>
        <message>
            <source>No significant difference between '{0}' and control '{1}' on {2} (adjusted p = {3}); with this traffic the test detects a relative lift of about {4} with 80 % power</source>
            <translation>No significant difference between '{0}' and control '{1}' on {2} (adjusted p = {3}); with this traffic the test detects a relative lift of about {4} with 80 % power</translation>
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
        <name>vitrina::ui::data::DataPage</name>
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
        <name>vitrina::ui::data::ReleaseVerifier</name>
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
    </context>
    <context>
        <name>vitrina::ui::data::SkippedRowsModel</name>
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
        <name>vitrina::ui::data::SourceFilesModel</name>
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
        <name>vitrina::ui::data::SummaryCards</name>
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
</TS>
