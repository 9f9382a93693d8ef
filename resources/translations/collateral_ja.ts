<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Edit {0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags to add, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to all {0} selected assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what can be fixed without losing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database, every stored file and the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {0} assets and {1} stored files: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is consistent: the database, every file&apos;s checksum and the index agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Closed Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was “{0}” won?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was “{0}” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stage becomes {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns left on “(ignore)” are not read. A deal needs at least its CRM id, its name and the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral did not recognise this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is filled by more than one column: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change here and on the server fitted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your value back; it is sent at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the value in effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import deals from a CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from HubSpot, Salesforce or another CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the file and what they mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which field each column of the file fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {0}&lt;/b&gt;: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — nothing is written until you choose Import. It would make: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Use Map columns… to say which columns hold them.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospects: {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} deal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a {0} (sheet “{1}”, header on row {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a {0} ({1}, {2}-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: {0} — use Map columns… if they matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral does not know this stage; say what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “{0}” means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported from {0}.&lt;/b&gt; Try again, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file could not be read.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFileChooser</name>
    <message>
        <source>Import deals from a CRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company that is not in the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Platform rollout 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 500, 1.234,50 €, $1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prospect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>Current deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you share, send or present is logged with this deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <source>Filter deals by name, prospect, owner or CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a HubSpot or Salesforce CSV export; you see what changes before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed Won on the day you say (today unless changed); then: which assets helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the current deal: what you share is logged with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask marketing for something this deal needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deal to see what was shared with its prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing shared or presented with this prospect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared or presented: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{0}” declined? {1} will read this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which asset answers “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadWidget</name>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download; it resumes where it stopped next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPrompt</name>
    <message>
        <source>Which assets helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers; everyone sees them on the assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this; you will be asked again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask about this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was won. Which of these helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was lost. Did any of these help the prospect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;They were shared or presented with {0}.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more deal(s) to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: {0} answer(s) saved, everyone sees them on the assets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the files that failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert them to PDF with LibreOffice for their text and a page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each attachment as an asset of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the files being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back what this import brought, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: {0} files found · {1} done · {2} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} file(s) need attention (empty, damaged or without readable text): they are drafts, kept for marketing to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new assets are drafts: reps see them once they are published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert {0} legacy file(s) with LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} email attachment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting {0} file(s) with LibreOffice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the attachments of {0} email(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, text unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} imported · {1} duplicate · {2} skipped · {3} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not imported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} imported, {1} duplicate, {2} skipped, {3} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} not imported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asset(s) it brought will be removed from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asset(s) used, edited or put in a kit since will be archived instead, keeping their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: {0} asset(s) removed, {1} archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window: from midnight to midnight in the library&apos;s time zone, today included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member: their uses, the deals they own, their requests and searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets tagged with it, and deals of it where deals carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a won deal&apos;s amount is shared among the assets behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute again from the events (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole view for the meeting, or every table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an asset to see its uses, reps, prospects and deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which list to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an asset to see why it is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set review date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask owner to review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the asset is due for review next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed today: due again in 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner sees the request in What&apos;s new; it stays open until the review date moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected assets (they stay in the library, out of search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see what is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is behind the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests made in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask marketing for it, with the query and its segment filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file that answers it, tagged with the query&apos;s segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results nobody opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}. Lift from {4} closed deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gap score {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} working days on average (target {1}), {2} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests acknowledged: {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage: {4} of {5} closed deals (target {6}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · filters: {1} · computed in {2:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review asked on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assets selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked {0} to review “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {0} assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated {0:g} by {1} in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} × {1}&lt;/b&gt;: {2}, gap score {3:.1f}&lt;br&gt;{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale, not counted ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-result searches ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}× · last {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} votes · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Insight report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitDestination</name>
    <message>
        <source>Export pitch kit as zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pitch kit into a new folder in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Search inside every deck, case study and sheet  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, preview and hand over collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder and its sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a web page or video link as an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stages, personas, industries, sizes, products and types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets added or updated since your last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean &lt;a href=&quot;suggest&quot;&gt;{0}&lt;/a&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your library is empty&lt;/h3&gt;&lt;p&gt;Drop files or folders on this window, or use &lt;a href=&apos;import&apos;&gt;Import files…&lt;/a&gt; to add decks, case studies, datasheets and more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Try fewer or other words, or clear the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Did you mean &lt;a href=&apos;suggest&apos;&gt;{0}&lt;/a&gt;?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Still missing? &lt;a href=&apos;request&apos;&gt;Request this from marketing&lt;/a&gt; — they see what you searched for, and you hear back in What&apos;s new.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} assets to pitch kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to pitch kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log as shared{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log as presented{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0} assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0} assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kit for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kit (choose a deal first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deal the kit is for first (Deal: on the toolbar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pitch kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the kit for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to kit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} asset(s) to “{1}” ({2} in the kit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is on this laptop now: drag it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is on the team server, not on this laptop yet: it is being downloaded ({1}). Drag it again once it has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {0} file(s) from the team server first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped; it resumes where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached now; the file will be here when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this laptop for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer kept offline: it may be removed to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” cannot be presented: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present mode shows PDF pages. Present “{0}” from its own application, then use Log › Mark as presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — paste it into an email or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files for this demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder surveyed: {0} file(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {0} imported asset(s) for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported files were not tagged for the demand: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title ({0} {1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} asset(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most winning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared or presented most in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached or helped the most won deals in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive 1 asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0} assets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived assets leave search results but are kept: Show archived finds them, and Edit › Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {0} asset(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0} asset(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Collateral — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a section (Ctrl+1, Ctrl+2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify files, database and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as {0} with {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as {0} (no deal chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiting for the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} without readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral will open {0} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files skipped and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip licence, changelog, archive, source and build files (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing reviews them before reps see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; holds {1} file(s): {2} to import ({3}), {4} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a large import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of its files do not look like collateral (packaging, program or unknown files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them as drafts, so marketing reviews them before reps see them — or cancel and choose the folder that holds your collateral. An import can be undone from File › Recent imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} as drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a &amp;deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a &amp;segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat, or copy it: it is logged as shared with the deal. Double-click to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file (or link) to paste into an email; logged as shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it another way: log it as shared with the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You presented it from its own application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to kit →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in the library&apos;s preview (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets in the kit, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier in the kit (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later in the kit (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files, in order, into a new folder; each is logged as shared with the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip to attach; each file is logged as shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deal, or a segment (industry, size, stage, persona), to see what to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding what fits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence from {0} similar won deal(s) in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no similar won deals yet: ranked by fit, ratings and freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few assets fit all of it: &lt;a href=&apos;widen&apos;&gt;show what fits the industry and size at any stage&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Ask marketing for more&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the library fits yet; &lt;a href=&apos;request&apos;&gt;request it from marketing&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present mode shows PDF pages; present this from its own application, then use Mark as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save kit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit “{0}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} file(s) to {1}; logged as shared with {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <source>Presenting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows or Space to turn pages, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1}   Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} cannot be shown: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in its default application (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file to paste it into an email or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say you sent or presented it outside Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as shared with the current deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as presented with the current deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the file from the team server; Open, Copy and Present fetch it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep on this laptop for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept whatever the room for team files; fetched now if it is not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is on the team server: download it to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview. Use Open to view it in its own application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link: use Open to view it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this laptop whatever the room for team files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded from the team server; it may be removed to make room unless kept. It stays on the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is on the team server —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch it now and keep it whatever the room for team files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the team server, not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this laptop for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded from the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of this asset exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helped win {0} deal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects found it useful in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not help in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated {0:.1f} ★ by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helped win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Sales rep — find, share and present collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketer — curate the library, answer requests, see what wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin — runs the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you? Your name goes with what you share and say about collateral, so marketing learns what helps; your role decides what Collateral shows first. You can change both later under File › Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another person&apos;s profile, or change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <source>Edit prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore what undoing this import took away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone: {0} removed, {1} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: {0} not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back {0} asset(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you needed and did not find. Marketing sees it, other reps can vote for it, and you are told in What&apos;s new when it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a HIPAA security whitepaper for hospital CISOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requests you made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask marketing for collateral you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 I need this too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your vote: marketing answers the most wanted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer it with an asset from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, asked by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} vote(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered with &lt;a href=&apos;asset:{0}&apos;&gt;this asset&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request marked {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered; {0} will see it in What&apos;s new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined; {0} will see why in What&apos;s new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartQuestion</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral will speak {0} from its next start. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message>
        <source>Set review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should “{0}” be reviewed next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>Ask the owner to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will see this in What&apos;s new. What should they look at in “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesScreens</name>
    <message>
        <source> Deal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring to a call, with the reasons; pitch kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects and deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reps asked marketing for, and the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are and your role (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and role; switch to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask marketing for something you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import deals from CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot or Salesforce CSV export, with a preview before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None has all the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Request it from marketing&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deal(s) closed by this import wait for their owners&apos; feedback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <source>Team sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} edits only a marketer can publish stay on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyEditorDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the value; assets keep it until edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{0}” to “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreens</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server: sync, conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict to settle under Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflicts to settle under Team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your team&apos;s server to share what you use and fetch what marketing publishes. Everything keeps working offline; Collateral syncs whenever the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as given by your team&apos;s admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk budget for team files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for unpinned team files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not in a team&lt;/h3&gt;This library works on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your team&apos;s server under Team settings to share usage and fetch new collateral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of your edits stay on this laptop: only marketers publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} team items wait for something they refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team files on this laptop: {0} MB ({1} MB pinned for offline use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync was stopped; it goes on at the next one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assets added or updated since your last visit ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the library, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new since your last visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Asked to review&lt;/b&gt;: {0} of your assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your requests&lt;/b&gt;: {0} change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asked you to review “{1}” · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its review date has moved since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} “{2}” · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AssetRow</name>
    <message>
        <source>Helped win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect found it useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared or presented {0}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How useful was it, 1 (not) to 5 (very)? Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is used, what wins, what is stale, what is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import of {0} asset(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import of {0} asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>Assets by use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shared, {1} presented with a prospect; {2} views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack. days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open request already asks for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has asked marketing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} × {1}: {2}
{3}
Gap score {4:.1f} · click to see what is behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assisted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} won deals ({2} declared, {3} assisted){4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of closed deals with feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches nobody opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue since {0} ({1} days after publishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used in {0} closed deals; a lift needs at least {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal was won in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won {0} of {1} closed deals it reached ({2}) against {3} overall: {4}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never shared or presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} uses in the window; the most used of its type had {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influenced %n won deal(s) in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged in {0} working days (target {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged after {0} working days (target {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered in {0} working days (target {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered after {0} working days (target {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n customer-facing use(s) in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the floor of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets of its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the least used fifth of {0} (at most {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer-facing use in {0}; {1}; published {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale and unused: a candidate for archiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Uses over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by the week or month they were made; no bar: none acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals closed with feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals by the week or month they closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: won deals influenced; the figure after a bar is the lift where shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} × {1}: {2}; {3}; gap score {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: assets / demand (deals + zero-result searches + open requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused and underused assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale assets and archive candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: the folder {1} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more in the CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral · page {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made ({0}); the HTML export holds the same report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>even split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open or recent deal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n zero-result search(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open request(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1} ({2} days, {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} working days (target {1}); {2} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request acknowledged (target {0} working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used with a prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive candidates (stale and unused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (%n deal(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests acknowledged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (target {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount influenced (%n deal(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests acknowledged (target {0} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback coverage (target {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage per asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses: shared + presented with a prospect in the window; views counted apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap score = demand ÷ (supply + 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and their service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets: acknowledged within {0} and delivered within {1} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback coverage {0} of {1} closed deals (target {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches whose results nobody opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} published assets ({2}) were shared or presented in the window: {3} customer-facing uses, {4} views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} closed deals were won ({2}); {3} of them had an asset behind them, worth {4}. Amounts per asset under {5}; lift shown from {6} closed deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets behind won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared: marked “helped win”; assisted: used with the prospect during the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cells have demand and no asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} working days on average (target {1}); {2} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests acknowledged in {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage {4} of {5} closed deals (target {6}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} archive candidates above are not repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} archive candidates (stale and unused), {1} unused, {2} underused, {3} stale. Each says why it is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open: from midnight on {0} to midnight after {1} ({2} days) in {3}; event times are compared in UTC with those instants, deal close dates as calendar days. Deals are those open now or closed in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-facing uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares and presentations of an asset in the window (to a prospect or not). Views — previews and opens — are counted apart: a preview is never a share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published more than {0} days before {1} (the grace period) and no customer-facing use in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the grace period and used in the window, but fewer than {0} times, or among the least used fifth of its type (types with at least {1} such assets: at most the nearest-rank 20th percentile of the type&apos;s uses and below its most used). Unused assets are listed as unused only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its review-by date on {0} (the stored date, else {1} days after publishing), or past its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale and unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For deals won in the window (close date in it): declared when a rep&apos;s latest word on the asset is “helped win”; assisted when it was shared or presented to the deal&apos;s prospect during the deal (from 90 days before the deal was created to the end of its close day). A deal re-opened counts again only when it closes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influenced amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report: {0}. Full credits every influencing asset with the deal&apos;s whole amount (totals then count a deal more than once); even split divides it; first and last touch give it to the asset that reached the prospect first or last (ties by asset id; declared-only deals split evenly). Amounts stay in their currency and are rounded to cents. The headline counts each influenced deal once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate of the closed deals whose prospect the asset reached during the deal, divided by the win rate of all closed deals in scope; not shown below {0} such deals. Only logged use counts, not “helped win” marks (they exist only on won deals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of {0} × {1}. Supply: published, non-stale assets tagged with both values (an asset untagged in a dimension covers no cell of it). Demand: deals open now or closed in the window whose prospect and stage carry both values, zero-result searches in the window naming both (by filters or words), and requests not yet delivered or declined. Gap: no supply and some demand; thin: 1–{2} assets; covered: {3}+; excess: {4}+ assets used on average fewer times than the underused floor. Gap score = demand ÷ (supply + 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request made in the window is acknowledged on time when its first change out of “open” came within {0} working days, delivered on time within {1} working days of the request. Working days: Monday to Friday in the library&apos;s time zone, counted to the hour, no holidays. A request still waiting past a target is late already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the deals closed in the window with at least one rep&apos;s word on an asset; target {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches in the window with no result, and with results none of which was opened, by query (case and spacing ignored; empty queries are browsing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness-and-use score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 in four parts of 25: reviewed (full today, nothing a year after or when stale), recent use (full today, nothing a window&apos;s length ago), uses (log scale against the most used of its type) and influence (1 − ½ⁿ for n won deals influenced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. A team member narrows uses to theirs, deals to those they own, requests and searches to theirs; product and segment narrow assets to those tagged with each value, deals to their prospect&apos;s industry and size and their stage (deals carry no persona or product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more (all of them with --csv or --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: {0} × {1} — assets/demand per cell; ! gap, ~ thin, + excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} × {1}: {2}, gap score {3} ({4})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report headers</name>
    <message>
        <source>asset_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last_used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared_won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assisted_won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won_deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influenced_{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed_deals_used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won_deals_used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift_why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average_rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap_score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack_working_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack_on_time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver_working_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver_on_time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack_mean_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed_deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with_feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero_result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last_searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open_request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached before closing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage in the CRM: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for feedback on the assets used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what you share without tying it to a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {0:.0f} of 100: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt (a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the team&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the team&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching pinned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %n conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — your work is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0} — {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (by {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: you changed {1} to “{2}”, {3} to “{4}”. Theirs is in effect until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helped win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found useful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
