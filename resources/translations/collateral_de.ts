<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Collateral</source>
        <translation>Über Collateral</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Edit {0} assets</source>
        <translation>{0} Assets bearbeiten</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation>(beibehalten)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>tags to add, comma separated</source>
        <translation>hinzuzufügende Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>id of the older version</source>
        <translation>ID der älteren Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Changes apply to all {0} selected assets.</source>
        <translation>Die Änderungen gelten für alle {0} ausgewählten Assets.</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Fix what can be fixed without losing data</source>
        <translation>Beheben, was sich ohne Datenverlust beheben lässt</translation>
    </message>
    <message>
        <source>Checking the database, every stored file and the search index…</source>
        <translation>Datenbank, alle gespeicherten Dateien und der Suchindex werden geprüft …</translation>
    </message>
    <message>
        <source>Checked {0} assets and {1} stored files: {2}</source>
        <translation>{0} Assets und {1} gespeicherte Dateien geprüft: {2}</translation>
    </message>
    <message>
        <source>the library is consistent: the database, every file&apos;s checksum and the index agree.</source>
        <translation>die Bibliothek ist konsistent: Datenbank, Prüfsummen aller Dateien und Index stimmen überein.</translation>
    </message>
    <message>
        <source>problems found.</source>
        <translation>Probleme gefunden.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>Die Prüfung konnte nicht laufen: {0}</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Closed Won</source>
        <translation>Gewonnen abgeschlossen</translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation>Verloren abgeschlossen</translation>
    </message>
    <message>
        <source>When was “{0}” won?</source>
        <translation>Wann wurde „{0}“ gewonnen?</translation>
    </message>
    <message>
        <source>When was “{0}” lost?</source>
        <translation>Wann wurde „{0}“ verloren?</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>Abschluss&amp;datum:</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Its stage becomes {0}.</source>
        <translation>Seine Phase wird {0}.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns left on “(ignore)” are not read. A deal needs at least its CRM id, its name and the company.</source>
        <translation>Geben Sie an, was jede Spalte der Datei enthält. Spalten auf „(ignorieren)“ werden nicht gelesen. Ein Deal braucht mindestens seine CRM-ID, seinen Namen und das Unternehmen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Füllt</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Collateral did not recognise this column</source>
        <translation>Collateral hat diese Spalte nicht erkannt</translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation>Feld für Spalte {0}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>{0} is filled by more than one column: {1}.</source>
        <translation>{0} wird von mehr als einer Spalte gefüllt: {1}.</translation>
    </message>
    <message>
        <source>Still needed: {0}.</source>
        <translation>Noch nötig: {0}.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflicts: every change here and on the server fitted together.</source>
        <translation>Keine Konflikte: Alle Änderungen hier und auf dem Server passten zusammen.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
    <message>
        <source>Put your value back; it is sent at the next sync</source>
        <translation>Ihren Wert wiederherstellen; er wird bei der nächsten Synchronisierung gesendet</translation>
    </message>
    <message>
        <source>Accept the value in effect</source>
        <translation>Den geltenden Wert übernehmen</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>HubSpot-Export</translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation>Salesforce-Bericht</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Import deals from a CRM</source>
        <translation>Deals aus einem CRM importieren</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from HubSpot, Salesforce or another CRM.</source>
        <translation>Wählen Sie einen CSV- oder Excel-Export aus HubSpot, Salesforce oder einem anderen CRM.</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>Phase in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Stages of the file and what they mean</source>
        <translation>Phasen der Datei und ihre Bedeutung</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>Spalten zuordnen …</translation>
    </message>
    <message>
        <source>Say which field each column of the file fills</source>
        <translation>Angeben, welches Feld jede Spalte der Datei füllt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen …</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert …</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} rejected</source>
        <translation>{0} neu, {1} aktualisiert, {2} unverändert, {3} abgelehnt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {0}&lt;/b&gt;: {1}.</source>
        <translation>&lt;b&gt;{0} importiert&lt;/b&gt;: {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — nothing is written until you choose Import. It would make: {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — nichts wird geschrieben, bevor Sie „Importieren“ wählen. Ergebnis wäre: {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use Map columns… to say which columns hold them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geben Sie mit „Spalten zuordnen …“ an, welche Spalten sie enthalten.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>New prospects: {0}{1}.</source>
        <translation>Neue Interessenten: {0}{1}.</translation>
    </message>
    <message>
        <source>Import {0} deal(s)</source>
        <translation>{0} Deal(s) importieren</translation>
    </message>
    <message>
        <source>Read as a {0} (sheet “{1}”, header on row {2}).</source>
        <translation>Gelesen als {0} (Blatt „{1}“, Kopfzeile in Zeile {2}).</translation>
    </message>
    <message>
        <source>Read as a {0} ({1}, {2}-separated).</source>
        <translation>Gelesen als {0} ({1}, getrennt durch {2}).</translation>
    </message>
    <message>
        <source>Headers in {0}.</source>
        <translation>Kopfzeilen auf {0}.</translation>
    </message>
    <message>
        <source>Not read: {0} — use Map columns… if they matter.</source>
        <translation>Nicht gelesen: {0} — nutzen Sie „Spalten zuordnen …“, wenn sie wichtig sind.</translation>
    </message>
    <message>
        <source>Collateral does not know this stage; say what it means.</source>
        <translation>Collateral kennt diese Phase nicht; geben Sie an, was sie bedeutet.</translation>
    </message>
    <message>
        <source>{0} (unknown)</source>
        <translation>{0} (unbekannt)</translation>
    </message>
    <message>
        <source> (your mapping)</source>
        <translation> (Ihre Zuordnung)</translation>
    </message>
    <message>
        <source>What “{0}” means</source>
        <translation>Was „{0}“ bedeutet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported from {0}.&lt;/b&gt; Try again, or choose another file.</source>
        <translation>&lt;b&gt;Aus {0} wurde nichts importiert.&lt;/b&gt; Versuchen Sie es erneut oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file could not be read.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Datei konnte nicht gelesen werden.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CsvFileChooser</name>
    <message>
        <source>Import deals from a CRM export</source>
        <translation>Deals aus einem CRM-Export importieren</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>CRM-Exporte (*.csv *.txt *.xlsx *.xls);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DamageWarning</name>
    <message>
        <source>Damaged library</source>
        <translation>Beschädigte Bibliothek</translation>
    </message>
    <message>
        <source>The library&apos;s database file is damaged. Restart Collateral to repair it; until then, change nothing in this library.</source>
        <translation>Die Datenbankdatei der Bibliothek ist beschädigt. Starten Sie Collateral neu, um sie zu reparieren; ändern Sie bis dahin nichts in dieser Bibliothek.</translation>
    </message>
    <message>
        <source>Restart and repair</source>
        <translation>Neu starten und reparieren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryDialog</name>
    <message>
        <source>Damaged library</source>
        <translation>Beschädigte Bibliothek</translation>
    </message>
    <message>
        <source>Collateral cannot open this library: its database file is damaged.</source>
        <translation>Collateral kann diese Bibliothek nicht öffnen: Ihre Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Repair does what `collateral check --repair` does. It can take a few minutes for a large library.</source>
        <translation>Reparieren tut dasselbe wie `collateral check --repair`. Bei einer großen Bibliothek kann es einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Repair the library</source>
        <translation>Bibliothek reparieren</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Salvaging the library: every row that can still be read is copied…</source>
        <translation>Die Bibliothek wird gerettet: Jede Zeile, die sich noch lesen lässt, wird kopiert…</translation>
    </message>
    <message>
        <source>The library was salvaged.</source>
        <translation>Die Bibliothek wurde gerettet.</translation>
    </message>
    <message>
        <source>The library could not be salvaged: {0}</source>
        <translation>Die Bibliothek konnte nicht gerettet werden: {0}</translation>
    </message>
    <message>
        <source>Every row was recovered ({0} rows).</source>
        <translation>Jede Zeile wurde wiederhergestellt ({0} Zeilen).</translation>
    </message>
    <message>
        <source>{0} rows were recovered, {1} lost.</source>
        <translation>{0} Zeilen wurden wiederhergestellt, {1} gingen verloren.</translation>
    </message>
    <message>
        <source>Some were on pages that could not be read, and could not be counted.</source>
        <translation>Einige lagen auf Seiten, die sich nicht lesen ließen, und konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Rows lost by table: {0}.</source>
        <translation>Verlorene Zeilen je Tabelle: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) whose assets were lost are back as drafts tagged “recovered”.</source>
        <translation>
            <numerusform>%n Datei, deren Asset verloren ging, ist als Entwurf mit dem Schlagwort „recovered“ zurück.</numerusform>
            <numerusform>%n Dateien, deren Assets verloren gingen, sind als Entwürfe mit dem Schlagwort „recovered“ zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>All {0} stored files were kept.</source>
        <translation>Alle {0} gespeicherten Dateien wurden behalten.</translation>
    </message>
    <message>
        <source>The damaged database is kept as {0}.</source>
        <translation>Die beschädigte Datenbank bleibt als {0} erhalten.</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation>Neuer Interessent …</translation>
    </message>
    <message>
        <source>Add a company that is not in the list yet</source>
        <translation>Ein Unternehmen hinzufügen, das noch nicht in der Liste ist</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Name des Deals</translation>
    </message>
    <message>
        <source>e.g. Platform rollout 2025</source>
        <translation>z. B. Plattform-Rollout 2025</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>12 500, 1.234,50 €, $1,234.50</source>
        <translation>12 500, 1.234,50 €, $1,234.50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>the library&apos;s default</source>
        <translation>Standard der Bibliothek</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Prospect:</source>
        <translation>&amp;Interessent:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Abschlussdatum:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0} (neu)</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>Current deal</source>
        <translation>Aktueller Deal</translation>
    </message>
    <message>
        <source>What you share, send or present is logged with this deal; type on it to find one</source>
        <translation>Was Sie teilen, senden oder präsentieren, wird mit diesem Deal protokolliert; tippen Sie darauf, um einen zu finden</translation>
    </message>
</context>
<context>
    <name>DealPopup</name>
    <message>
        <source>Type to filter by deal, prospect, owner or stage</source>
        <translation>Tippen, um nach Deal, Interessent, Verantwortlichem oder Phase zu filtern</translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation>Deals filtern</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · type to filter</source>
        <translation>
            <numerusform>%n Deal · tippen zum Filtern</numerusform>
            <numerusform>%n Deals · tippen zum Filtern</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} deals</source>
        <translation>{0} von {1} Deals</translation>
    </message>
    <message>
        <source>No deal matches “{0}”.</source>
        <translation>Kein Deal passt zu „{0}“.</translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <source>Filter deals by name, prospect, owner or CRM id</source>
        <translation>Deals nach Name, Interessent, Verantwortlichem oder CRM-ID filtern</translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation>Deals filtern</translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation>Deals anzeigen</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Neuer Deal …</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>Einen Deal von Hand erfassen</translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation>Neuer Interessent …</translation>
    </message>
    <message>
        <source>Import from CRM…</source>
        <translation>Aus CRM importieren …</translation>
    </message>
    <message>
        <source>Read a HubSpot or Salesforce CSV export; you see what changes before anything is written</source>
        <translation>Einen CSV-Export aus HubSpot oder Salesforce lesen; Sie sehen die Änderungen, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Deal details</source>
        <translation>Deal-Details</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit prospect…</source>
        <translation>Interessent bearbeiten …</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Closed Won on the day you say (today unless changed); then: which assets helped?</source>
        <translation>Am angegebenen Tag gewonnen (heute, sofern nicht geändert); dann: Welche Assets haben geholfen?</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Work on this deal</source>
        <translation>An diesem Deal arbeiten</translation>
    </message>
    <message>
        <source>Make it the current deal: what you share is logged with it</source>
        <translation>Zum aktuellen Deal machen: Was Sie teilen, wird damit protokolliert</translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation>Gespräch vorbereiten</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>Inhalt anfragen …</translation>
    </message>
    <message>
        <source>Ask marketing for something this deal needs</source>
        <translation>Beim Marketing etwas anfragen, das dieser Deal braucht</translation>
    </message>
    <message>
        <source>Select a deal to see what was shared with its prospect.</source>
        <translation>Wählen Sie einen Deal, um zu sehen, was mit seinem Interessenten geteilt wurde.</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} am {1}</translation>
    </message>
    <message>
        <source>nothing shared or presented with this prospect yet.</source>
        <translation>mit diesem Interessenten noch nichts geteilt oder präsentiert.</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>shared or presented: {0}{1}</source>
        <translation>geteilt oder präsentiert: {0}{1}</translation>
    </message>
    <message>
        <source>Prospect {0} added.</source>
        <translation>Interessent {0} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Decline request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Why is “{0}” declined? {1} will read this.</source>
        <translation>Warum wird „{0}“ abgelehnt? {1} liest diese Begründung.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver request</source>
        <translation>Anfrage liefern</translation>
    </message>
    <message>
        <source>Which asset answers “{0}”?</source>
        <translation>Welches Asset beantwortet „{0}“?</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Liefern</translation>
    </message>
</context>
<context>
    <name>DownloadWidget</name>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the download; it resumes where it stopped next time</source>
        <translation>Download anhalten; beim nächsten Mal geht er dort weiter, wo er stand</translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} weitere)</translation>
    </message>
</context>
<context>
    <name>FeedbackPrompt</name>
    <message>
        <source>Which assets helped?</source>
        <translation>Welche Assets haben geholfen?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Save your answers; everyone sees them on the assets</source>
        <translation>Ihre Antworten speichern; alle sehen sie bei den Assets</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide this; you will be asked again next time</source>
        <translation>Ausblenden; Sie werden beim nächsten Mal erneut gefragt</translation>
    </message>
    <message>
        <source>Don&apos;t ask about this deal</source>
        <translation>Zu diesem Deal nicht mehr fragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was won. Which of these helped?</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; wurde gewonnen. Was davon hat geholfen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was lost. Did any of these help the prospect?</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; wurde verloren. Hat etwas davon dem Interessenten geholfen?</translation>
    </message>
    <message>
        <source>&lt;small&gt;They were shared or presented with {0}.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sie wurden mit {0} geteilt oder präsentiert.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{0} more deal(s) to ask about</source>
        <translation>{0} weitere(r) Deal(s) zum Nachfragen</translation>
    </message>
    <message>
        <source>Thank you: {0} answer(s) saved, everyone sees them on the assets.</source>
        <translation>Danke: {0} Antwort(en) gespeichert, alle sehen sie bei den Assets.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Tour of the window</source>
        <translation>Rundgang durch das Fenster</translation>
    </message>
    <message>
        <source>What the parts of the window are for, one at a time</source>
        <translation>Wofür die Teile des Fensters da sind, einer nach dem anderen</translation>
    </message>
    <message>
        <source>Building the demo library…</source>
        <translation>Die Demo-Bibliothek wird angelegt…</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Demo-Bibliothek</translation>
    </message>
    <message>
        <source>The demo library could not be built: {0}</source>
        <translation>Die Demo-Bibliothek konnte nicht angelegt werden: {0}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type a few words (Ctrl+K): every sentence of every file is searched as you type, with no network.</source>
        <translation>Tippen Sie ein paar Wörter (Strg+K): Jeder Satz jeder Datei wird schon beim Tippen durchsucht, ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Each card shows the sentence that matched and its page. Drag one into an email: it is logged as shared with the deal picked in the toolbar.</source>
        <translation>Jede Karte zeigt den passenden Satz und seine Seite. Ziehen Sie eine in eine E-Mail: Sie wird als geteilt mit dem in der Symbolleiste gewählten Deal protokolliert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The page that matched. Present (F5) shows it full screen; Log marks it as sent or presented.</source>
        <translation>Die passende Seite. Präsentieren (F5) zeigt sie im Vollbild; Protokoll vermerkt sie als gesendet oder präsentiert.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Prepare for a call, your Deals, and Requests to marketing for what is missing. Mark a deal won and say what helped.</source>
        <translation>Gespräch vorbereiten, Ihre Deals und Anfragen ans Marketing für das, was fehlt. Markieren Sie einen Deal als gewonnen und sagen Sie, was geholfen hat.</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>For marketing: what is used, what wins, what is stale, what is missing. The user guide (F1) has a quick start for reps and one for marketers.</source>
        <translation>Fürs Marketing: was genutzt wird, was gewinnt, was veraltet ist, was fehlt. Das Benutzerhandbuch (F1) hat einen Schnellstart für den Vertrieb und einen fürs Marketing.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Collateral user guide</source>
        <translation>Collateral-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HandoffTab</name>
    <message>
        <source>MQLs per hand-off week</source>
        <translation>MQLs je Übergabewoche</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Unbearbeitet</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Zurückgeführt</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Content and conversion</source>
        <translation>Inhalte und Konversion</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Computing the hand-off…</source>
        <translation>Übergabe wird berechnet …</translation>
    </message>
    <message>
        <source>The agreement: </source>
        <translation>Die Vereinbarung: </translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>worked in time</source>
        <translation>rechtzeitig bearbeitet</translation>
    </message>
    <message>
        <source>decided in time</source>
        <translation>rechtzeitig entschieden</translation>
    </message>
    <message numerus="yes">
        <source>agreed: %n a week</source>
        <translation>
            <numerusform>vereinbart: %n pro Woche</numerusform>
            <numerusform>vereinbart: %n pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MQLs in %1.</source>
        <translation>
            <numerusform>%n MQLs in %1.</numerusform>
            <numerusform>%n MQLs in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Shared with SQLs but never with MQLs: </source>
        <translation> Mit SQLs geteilt, aber nie mit MQLs: </translation>
    </message>
    <message numerus="yes">
        <source>Past deadline (%n)</source>
        <translation>
            <numerusform>Frist überschritten (%n)</numerusform>
            <numerusform>Frist überschritten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untouched (%n)</source>
        <translation>
            <numerusform>Unbearbeitet (%n)</numerusform>
            <numerusform>Unbearbeitet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recycled (%n)</source>
        <translation>
            <numerusform>Zurückgeführt (%n)</numerusform>
            <numerusform>Zurückgeführt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 leads, the oldest hand-off first.</source>
        <translation>Die ersten %1 von %2 Leads, die älteste Übergabe zuerst.</translation>
    </message>
    <message>
        <source>Fetching every lead…</source>
        <translation>Alle Leads werden geholt …</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Import the files that failed again</source>
        <translation>Die fehlgeschlagenen Dateien erneut importieren</translation>
    </message>
    <message>
        <source>Convert them to PDF with LibreOffice for their text and a page preview</source>
        <translation>Mit LibreOffice in PDF umwandeln, um Text und Seitenvorschau zu erhalten</translation>
    </message>
    <message>
        <source>Import each attachment as an asset of its own</source>
        <translation>Jeden Anhang als eigenes Asset importieren</translation>
    </message>
    <message>
        <source>Cancelling after the files being read…</source>
        <translation>Abbruch nach den gerade gelesenen Dateien …</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Diesen Import rückgängig machen …</translation>
    </message>
    <message>
        <source>Take back what this import brought, and nothing else</source>
        <translation>Zurücknehmen, was dieser Import gebracht hat, und sonst nichts</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht …</translation>
    </message>
    <message>
        <source>Importing: {0} files found · {1} done · {2} left</source>
        <translation>Import: {0} Dateien gefunden · {1} fertig · {2} übrig</translation>
    </message>
    <message>
        <source>Cancelled: {0}.</source>
        <translation>Abgebrochen: {0}.</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>Fertig: {0}.</translation>
    </message>
    <message>
        <source>{0} file(s) need attention (empty, damaged or without readable text): they are drafts, kept for marketing to look at.</source>
        <translation>{0} Datei(en) brauchen Aufmerksamkeit (leer, beschädigt oder ohne lesbaren Text): sie sind Entwürfe, die das Marketing ansehen kann.</translation>
    </message>
    <message>
        <source>The new assets are drafts: reps see them once they are published.</source>
        <translation>Die neuen Assets sind Entwürfe: der Vertrieb sieht sie, sobald sie veröffentlicht sind.</translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>Den Rest importieren</translation>
    </message>
    <message>
        <source>Convert {0} legacy file(s) with LibreOffice</source>
        <translation>{0} ältere Datei(en) mit LibreOffice umwandeln</translation>
    </message>
    <message>
        <source>Import {0} email attachment(s)</source>
        <translation>{0} E-Mail-Anhang/-Anhänge importieren</translation>
    </message>
    <message>
        <source>Converting {0} file(s) with LibreOffice…</source>
        <translation>{0} Datei(en) werden mit LibreOffice umgewandelt …</translation>
    </message>
    <message>
        <source>Importing the attachments of {0} email(s)…</source>
        <translation>Die Anhänge von {0} E-Mail(s) werden importiert …</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation>Der Import wurde angehalten: {0}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not imported (cancelled)</source>
        <translation>nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>draft, needs attention</source>
        <translation>Entwurf, Handlungsbedarf</translation>
    </message>
    <message>
        <source>imported, text unreadable</source>
        <translation>importiert, Text nicht lesbar</translation>
    </message>
    <message>
        <source>imported, no text</source>
        <translation>importiert, kein Text</translation>
    </message>
    <message>
        <source>imported as draft</source>
        <translation>als Entwurf importiert</translation>
    </message>
    <message>
        <source>{0} imported · {1} duplicate · {2} skipped · {3} failed</source>
        <translation>{0} importiert · {1} doppelt · {2} übersprungen · {3} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{0} not imported (cancelled)</source>
        <translation>{0} nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>{0} imported, {1} duplicate, {2} skipped, {3} failed</source>
        <translation>{0} importiert, {1} doppelt, {2} übersprungen, {3} fehlgeschlagen</translation>
    </message>
    <message>
        <source>; {0} not imported (cancelled)</source>
        <translation>; {0} nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>{0} asset(s) it brought will be removed from the library.</source>
        <translation>{0} Asset(s), die er gebracht hat, werden aus der Bibliothek entfernt.</translation>
    </message>
    <message>
        <source>{0} asset(s) used, edited or put in a kit since will be archived instead, keeping their history.</source>
        <translation>{0} Asset(s), die seitdem genutzt, bearbeitet oder in ein Kit gelegt wurden, werden stattdessen archiviert; ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation>Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Import undone: {0} asset(s) removed, {1} archived.</source>
        <translation>Import rückgängig gemacht: {0} Asset(s) entfernt, {1} archiviert.</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>The window: from midnight to midnight in the library&apos;s time zone, today included</source>
        <translation>Der Zeitraum: von Mitternacht bis Mitternacht in der Zeitzone der Bibliothek, heute eingeschlossen</translation>
    </message>
    <message>
        <source>First day included</source>
        <translation>Erster Tag eingeschlossen</translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation>Letzter Tag eingeschlossen</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>A team member: their uses, the deals they own, their requests and searches</source>
        <translation>Ein Teammitglied: seine Nutzungen, seine Deals, seine Anfragen und Suchen</translation>
    </message>
    <message>
        <source>Only assets tagged with it, and deals of it where deals carry it</source>
        <translation>Nur damit getaggte Assets und Deals damit, wo Deals es tragen</translation>
    </message>
    <message>
        <source>How a won deal&apos;s amount is shared among the assets behind it</source>
        <translation>Wie der Betrag eines gewonnenen Deals auf die beteiligten Assets verteilt wird</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Compute again from the events (Ctrl+R)</source>
        <translation>Aus den Ereignissen neu berechnen (Strg+R)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Bericht als PDF …</translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation>Bericht als HTML …</translation>
    </message>
    <message>
        <source>The whole view for the meeting, or every table for a spreadsheet</source>
        <translation>Die ganze Ansicht für das Meeting oder jede Tabelle für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Nur:</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>Einfluss auf Abschlüsse</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>Suchnachfrage</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Uses over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Choose an asset to see its uses, reps, prospects and deals.</source>
        <translation>Wählen Sie ein Asset, um seine Nutzungen, Vertriebsmitarbeiter, Interessenten und Deals zu sehen.</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Am meisten genutzt</translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation>Am wenigsten genutzt (veröffentlicht)</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>Asset detail</source>
        <translation>Asset-Details</translation>
    </message>
    <message>
        <source>Which list to show</source>
        <translation>Welche Liste angezeigt wird</translation>
    </message>
    <message>
        <source>Choose an asset to see why it is flagged.</source>
        <translation>Wählen Sie ein Asset, um zu sehen, warum es markiert ist.</translation>
    </message>
    <message>
        <source>Set review date…</source>
        <translation>Überprüfungsdatum setzen …</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <source>Ask owner to review…</source>
        <translation>Verantwortliche um Überprüfung bitten …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Choose when the asset is due for review next</source>
        <translation>Wählen, wann das Asset als Nächstes überprüft werden soll</translation>
    </message>
    <message>
        <source>Reviewed today: due again in 180 days</source>
        <translation>Heute überprüft: in 180 Tagen wieder fällig</translation>
    </message>
    <message>
        <source>The owner sees the request in What&apos;s new; it stays open until the review date moves</source>
        <translation>Die Verantwortlichen sehen die Bitte unter „Neuigkeiten“; sie bleibt offen, bis sich das Überprüfungsdatum ändert</translation>
    </message>
    <message>
        <source>Archive the selected assets (they stay in the library, out of search)</source>
        <translation>Die ausgewählten Assets archivieren (sie bleiben in der Bibliothek, aber nicht in der Suche)</translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation>Beeinflusste gewonnene Deals</translation>
    </message>
    <message>
        <source>Click a cell to see what is behind it.</source>
        <translation>Klicken Sie auf eine Zelle, um zu sehen, was dahintersteht.</translation>
    </message>
    <message>
        <source>What is behind the cell</source>
        <translation>Was hinter der Zelle steht</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>Inhalt anfragen …</translation>
    </message>
    <message>
        <source>Ask marketing for an asset for this cell&apos;s segment</source>
        <translation>Beim Marketing ein Asset für das Segment dieser Zelle anfragen</translation>
    </message>
    <message>
        <source>Import files for it…</source>
        <translation>Dateien dafür importieren …</translation>
    </message>
    <message>
        <source>Import files that answer this cell: they arrive tagged with both of its values</source>
        <translation>Dateien für diese Zelle importieren: Sie werden mit ihren beiden Werten verschlagwortet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation>Bestätigung von Anfragen (mittlere Arbeitstage)</translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation>Feedback-Quote abgeschlossener Deals (%)</translation>
    </message>
    <message>
        <source>Requests made in the window</source>
        <translation>Im Zeitraum gestellte Anfragen</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>Ohne Feedback abgeschlossene Deals</translation>
    </message>
    <message>
        <source>Create request…</source>
        <translation>Anfrage erstellen …</translation>
    </message>
    <message>
        <source>Ask marketing for it, with the query and its segment filled in</source>
        <translation>Beim Marketing anfragen, mit Suchbegriff und Segment vorausgefüllt</translation>
    </message>
    <message>
        <source>Create asset…</source>
        <translation>Asset erstellen …</translation>
    </message>
    <message>
        <source>Import a file that answers it, tagged with the query&apos;s segment</source>
        <translation>Eine passende Datei importieren, getaggt mit dem Segment der Suche</translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Results nobody opened</source>
        <translation>Ergebnisse, die niemand geöffnet hat</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>mixed currencies, not added up</source>
        <translation>gemischte Währungen, nicht addiert</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}. Lift from {4} closed deals.</source>
        <translation>{0} von {1} abgeschlossenen Deals gewonnen ({2}); Beträge nach {3}. Lift ab {4} abgeschlossenen Deals.</translation>
    </message>
    <message>
        <source>(gap score {0})</source>
        <translation>(Lückenwert {0})</translation>
    </message>
    <message>
        <source>{0:.1f} working days on average (target {1}), {2} on time</source>
        <translation>{0:.1f} Arbeitstage im Mittel (Ziel {1}), {2} rechtzeitig</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Requests acknowledged: {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage: {4} of {5} closed deals (target {6}).</source>
        <translation>Bestätigte Anfragen: {0}. Geliefert: {1}, {2} innerhalb von {3} Arbeitstagen. Feedback-Quote: {4} von {5} abgeschlossenen Deals (Ziel {6}).</translation>
    </message>
    <message>
        <source>{0} · filters: {1} · computed in {2:.1f} s</source>
        <translation>{0} · Filter: {1} · berechnet in {2:.1f} s</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Review asked on {0}.</source>
        <translation>Überprüfung angefragt am {0}.</translation>
    </message>
    <message>
        <source>{0} assets selected.</source>
        <translation>{0} Assets ausgewählt.</translation>
    </message>
    <message>
        <source>Review date set.</source>
        <translation>Überprüfungsdatum gesetzt.</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>Als überprüft markiert.</translation>
    </message>
    <message>
        <source>Asked {0} to review “{1}”.</source>
        <translation>{0} um Überprüfung von „{1}“ gebeten.</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>„{0}“ archivieren?</translation>
    </message>
    <message>
        <source>Archive 1 asset</source>
        <translation>1 Asset archivieren</translation>
    </message>
    <message>
        <source>Archive “{0}”</source>
        <translation>„{0}“ archivieren</translation>
    </message>
    <message>
        <source>Archive {0} assets?</source>
        <translation>{0} Assets archivieren?</translation>
    </message>
    <message>
        <source>Archive {0} assets</source>
        <translation>{0} Assets archivieren</translation>
    </message>
    <message>
        <source>Archived assets leave search results but are kept: Show archived in the Library finds them, and Edit › Undo brings them back.</source>
        <translation>Archivierte Assets verschwinden aus den Suchergebnissen, bleiben aber erhalten: „Archivierte anzeigen“ in der Bibliothek findet sie, und Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Archived {0} assets.</source>
        <translation>{0} Assets archiviert.</translation>
    </message>
    <message>
        <source>Rated {0:g} by {1} in the window.</source>
        <translation>Im Zeitraum mit {0:g} bewertet von {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} × {1}&lt;/b&gt;: {2}, gap score {3:.1f}&lt;br&gt;{4}</source>
        <translation>&lt;b&gt;{0} × {1}&lt;/b&gt;: {2}, Lückenwert {3:.1f}&lt;br&gt;{4}</translation>
    </message>
    <message>
        <source>Assets ({0})</source>
        <translation>Assets ({0})</translation>
    </message>
    <message>
        <source>{0} uses</source>
        <translation>{0} Nutzungen</translation>
    </message>
    <message>
        <source>Stale, not counted ({0})</source>
        <translation>Veraltet, nicht gezählt ({0})</translation>
    </message>
    <message>
        <source>past review</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Deals ({0})</source>
        <translation>Deals ({0})</translation>
    </message>
    <message>
        <source>Zero-result searches ({0})</source>
        <translation>Suchen ohne Treffer ({0})</translation>
    </message>
    <message>
        <source>{0}× · last {1}</source>
        <translation>{0}× · zuletzt {1}</translation>
    </message>
    <message>
        <source>Open requests ({0})</source>
        <translation>Offene Anfragen ({0})</translation>
    </message>
    <message>
        <source>{0} · {1} votes · {2}</source>
        <translation>{0} · {1} Stimmen · {2}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>Letzte 180 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation>In der Bibliothek zeigen</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>Search for it</source>
        <translation>Danach suchen</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage öffnen</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Alle Größen</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation>Archivierungskandidaten</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Underused</source>
        <translation>Wenig genutzt</translation>
    </message>
    <message>
        <source>All tables as CSV (one zip)…</source>
        <translation>Alle Tabellen als CSV (eine ZIP-Datei) …</translation>
    </message>
    <message>
        <source>Request content for this cell…</source>
        <translation>Inhalt für diese Zelle anfragen …</translation>
    </message>
    <message>
        <source>Import files for this cell…</source>
        <translation>Dateien für diese Zelle importieren …</translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation>Anfrage an das Marketing gesendet.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip)</source>
        <translation>ZIP mit CSV-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Export the Insight report</source>
        <translation>Insight-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschrieben</translation>
    </message>
    <message>
        <source>Export this table as CSV…</source>
        <translation>Diese Tabelle als CSV exportieren …</translation>
    </message>
</context>
<context>
    <name>KitDestination</name>
    <message>
        <source>Export pitch kit as zip</source>
        <translation>Pitch-Kit als ZIP exportieren</translation>
    </message>
    <message>
        <source>Export the pitch kit into a new folder in…</source>
        <translation>Pitch-Kit in einen neuen Ordner exportieren in …</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Search inside every deck, case study and sheet  (Ctrl+K)</source>
        <translation>In jedem Deck, jeder Fallstudie und jedem Blatt suchen  (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search, preview and hand over collateral</source>
        <translation>Vertriebsmaterial suchen, ansehen und übergeben</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren …</translation>
    </message>
    <message>
        <source>Import files into the library</source>
        <translation>Dateien in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Import a folder and its sub-folders</source>
        <translation>Einen Ordner mit seinen Unterordnern importieren</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Link hinzufügen …</translation>
    </message>
    <message>
        <source>Add a web page or video link as an asset</source>
        <translation>Eine Webseite oder einen Video-Link als Asset hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected assets</source>
        <translation>Die ausgewählten Assets bearbeiten</translation>
    </message>
    <message>
        <source>Archive the selected assets</source>
        <translation>Die ausgewählten Assets archivieren</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation>Taxonomie …</translation>
    </message>
    <message>
        <source>Edit stages, personas, industries, sizes, products and types</source>
        <translation>Phasen, Personas, Branchen, Größen, Produkte und Typen bearbeiten</translation>
    </message>
    <message>
        <source>Assets added or updated since your last visit</source>
        <translation>Seit Ihrem letzten Besuch hinzugefügte oder geänderte Assets</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>Suche fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} Ergebnisse</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>in {0:.0f} ms</source>
        <translation>in {0:.0f} ms</translation>
    </message>
    <message>
        <source>did you mean &lt;a href=&quot;suggest&quot;&gt;{0}&lt;/a&gt;?</source>
        <translation>meinten Sie &lt;a href=&quot;suggest&quot;&gt;{0}&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your library is empty&lt;/h3&gt;&lt;p&gt;Drop files or folders on this window, or use &lt;a href=&apos;import&apos;&gt;Import files…&lt;/a&gt; to add decks, case studies, datasheets and more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ihre Bibliothek ist leer&lt;/h3&gt;&lt;p&gt;Ziehen Sie Dateien oder Ordner auf dieses Fenster oder nutzen Sie &lt;a href=&apos;import&apos;&gt;Dateien importieren …&lt;/a&gt;, um Decks, Fallstudien, Datenblätter und mehr hinzuzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Try fewer or other words, or clear the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Treffer&lt;/h3&gt;&lt;p&gt;Versuchen Sie weniger oder andere Wörter, oder setzen Sie die Filter zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Did you mean &lt;a href=&apos;suggest&apos;&gt;{0}&lt;/a&gt;?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meinten Sie &lt;a href=&apos;suggest&apos;&gt;{0}&lt;/a&gt;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Still missing? &lt;a href=&apos;request&apos;&gt;Request this from marketing&lt;/a&gt; — they see what you searched for, and you hear back in What&apos;s new.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fehlt noch etwas? &lt;a href=&apos;request&apos;&gt;Beim Marketing anfragen&lt;/a&gt; — dort sieht man, wonach Sie gesucht haben, und Sie erfahren die Antwort unter „Neuigkeiten“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation>Vollbild, Seite für Seite (PDF); wird als präsentiert protokolliert</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>Datei kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Add {0} assets to pitch kit</source>
        <translation>{0} Assets zum Pitch-Kit hinzufügen</translation>
    </message>
    <message>
        <source>Add to pitch kit</source>
        <translation>Zum Pitch-Kit hinzufügen</translation>
    </message>
    <message>
        <source> with {0}</source>
        <translation> mit {0}</translation>
    </message>
    <message>
        <source>Log as shared{0}</source>
        <translation>Als geteilt protokollieren{0}</translation>
    </message>
    <message>
        <source>Log as presented{0}</source>
        <translation>Als präsentiert protokollieren{0}</translation>
    </message>
    <message>
        <source>Edit {0} assets…</source>
        <translation>{0} Assets bearbeiten …</translation>
    </message>
    <message>
        <source>Archive {0} assets…</source>
        <translation>{0} Assets archivieren …</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren …</translation>
    </message>
    <message>
        <source>{0} — {1} assets</source>
        <translation>{0} — {1} Assets</translation>
    </message>
    <message>
        <source>New kit for {0}…</source>
        <translation>Neues Kit für {0} …</translation>
    </message>
    <message>
        <source>New kit (choose a deal first)</source>
        <translation>Neues Kit (zuerst einen Deal wählen)</translation>
    </message>
    <message>
        <source>Choose the deal the kit is for first (Deal: on the toolbar).</source>
        <translation>Wählen Sie zuerst den Deal, für den das Kit ist (Deal: in der Symbolleiste).</translation>
    </message>
    <message>
        <source>New pitch kit</source>
        <translation>Neues Pitch-Kit</translation>
    </message>
    <message>
        <source>Name of the kit for {0}:</source>
        <translation>Name des Kits für {0}:</translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation>{0} — Gesprächs-Kit {1}</translation>
    </message>
    <message>
        <source>New kit “{0}”</source>
        <translation>Neues Kit „{0}“</translation>
    </message>
    <message>
        <source>Add to kit “{0}”</source>
        <translation>Zum Kit „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Added {0} asset(s) to “{1}” ({2} in the kit).</source>
        <translation>{0} Asset(s) zu „{1}“ hinzugefügt ({2} im Kit).</translation>
    </message>
    <message>
        <source>“{0}” is on this laptop now: drag it again.</source>
        <translation>„{0}“ ist jetzt auf diesem Laptop: ziehen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{0}” is on the team server, not on this laptop yet: it is being downloaded ({1}). Drag it again once it has arrived.</source>
        <translation>„{0}“ liegt auf dem Team-Server, noch nicht auf diesem Laptop: es wird heruntergeladen ({1}). Ziehen Sie es erneut, sobald es da ist.</translation>
    </message>
    <message>
        <source>Fetching {0} file(s) from the team server first…</source>
        <translation>Zuerst werden {0} Datei(en) vom Team-Server geholt …</translation>
    </message>
    <message>
        <source>Download stopped; it resumes where it stopped next time.</source>
        <translation>Download angehalten; beim nächsten Mal geht er dort weiter, wo er stand.</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Download angehalten.</translation>
    </message>
    <message>
        <source>The team server cannot be reached now; the file will be here when you are online.</source>
        <translation>Der Team-Server ist gerade nicht erreichbar; die Datei ist da, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Kept on this laptop for offline use.</source>
        <translation>Auf diesem Laptop für die Offline-Nutzung behalten.</translation>
    </message>
    <message>
        <source>No longer kept offline: it may be removed to make room.</source>
        <translation>Nicht mehr offline behalten: kann entfernt werden, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>“{0}” cannot be presented: {1}</source>
        <translation>„{0}“ kann nicht präsentiert werden: {1}</translation>
    </message>
    <message>
        <source>Present mode shows PDF pages. Present “{0}” from its own application, then use Log › Mark as presented.</source>
        <translation>Der Präsentationsmodus zeigt PDF-Seiten. Präsentieren Sie „{0}“ aus seiner eigenen Anwendung und nutzen Sie dann Protokoll › Als präsentiert markieren.</translation>
    </message>
    <message>
        <source>No application is set up to open this file.</source>
        <translation>Keine Anwendung ist zum Öffnen dieser Datei eingerichtet.</translation>
    </message>
    <message>
        <source>Copied — paste it into an email or chat.</source>
        <translation>Kopiert — fügen Sie es in eine E-Mail oder einen Chat ein.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import files for this demand</source>
        <translation>Dateien für diese Nachfrage importieren</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Es läuft bereits ein Import; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation>Ordner wird durchgesehen …</translation>
    </message>
    <message>
        <source>Folder surveyed: {0} file(s) found.</source>
        <translation>Ordner durchgesehen: {0} Datei(en) gefunden.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The folder could not be read: {0}</source>
        <translation>Der Ordner konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Import of {0} asset(s) from {1}</source>
        <translation>Import von {0} Asset(s) aus {1}</translation>
    </message>
    <message>
        <source>Tagged {0} imported asset(s) for {1}.</source>
        <translation>{0} importierte(s) Asset(s) für {1} getaggt.</translation>
    </message>
    <message>
        <source>The imported files were not tagged for the demand: {0}</source>
        <translation>Die importierten Dateien wurden nicht für die Nachfrage getaggt: {0}</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…):</translation>
    </message>
    <message>
        <source>Title ({0} {1}):</source>
        <translation>Titel ({0} {1}):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Link added.</source>
        <translation>Link hinzugefügt.</translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation>{0} Assets</translation>
    </message>
    <message>
        <source>1 asset</source>
        <translation>1 Asset</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Saved {0} asset(s).</source>
        <translation>{0} Asset(s) gespeichert.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Am meisten genutzt</translation>
    </message>
    <message>
        <source>Most winning</source>
        <translation>Meiste Abschlüsse</translation>
    </message>
    <message>
        <source>Shared or presented most in the last 90 days</source>
        <translation>In den letzten 90 Tagen am häufigsten geteilt oder präsentiert</translation>
    </message>
    <message>
        <source>Reached or helped the most won deals in the last 90 days</source>
        <translation>In den letzten 90 Tagen an den meisten gewonnenen Deals beteiligt</translation>
    </message>
    <message>
        <source>An import is running. Stop it and quit? What was imported so far is kept.</source>
        <translation>Ein Import läuft. Anhalten und beenden? Was bisher importiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stop the import and quit</source>
        <translation>Import anhalten und beenden</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>„{0}“ archivieren?</translation>
    </message>
    <message>
        <source>Archive 1 asset</source>
        <translation>1 Asset archivieren</translation>
    </message>
    <message>
        <source>Archive {0} assets?</source>
        <translation>{0} Assets archivieren?</translation>
    </message>
    <message>
        <source>Archive {0} assets</source>
        <translation>{0} Assets archivieren</translation>
    </message>
    <message>
        <source>Archived assets leave search results but are kept: Show archived finds them, and Edit › Undo brings them back.</source>
        <translation>Archivierte Assets verschwinden aus den Suchergebnissen, bleiben aber erhalten: „Archivierte anzeigen“ findet sie, und Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation>{0} archivieren</translation>
    </message>
    <message>
        <source>Archived {0} asset(s).</source>
        <translation>{0} Asset(s) archiviert.</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>{0} wiederherstellen</translation>
    </message>
    <message>
        <source>Restored {0} asset(s).</source>
        <translation>{0} Asset(s) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Library updated.</source>
        <translation>Bibliothek aktualisiert.</translation>
    </message>
    <message>
        <source>What&apos;s new ({0})</source>
        <translation>Neuigkeiten ({0})</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Collateral — {0}</source>
        <translation>Collateral — {0}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Go to a section (Ctrl+1, Ctrl+2, …)</source>
        <translation>Zu einem Bereich wechseln (Strg+1, Strg+2, …)</translation>
    </message>
    <message>
        <source>Check library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>Verify files, database and index</source>
        <translation>Dateien, Datenbank und Index prüfen</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern …</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library</source>
        <translation>Eine konsistente Kopie der Bibliothek schreiben</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>Switch to another library folder</source>
        <translation>Zu einem anderen Bibliotheksordner wechseln</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Check for updates…</source>
        <translation>Nach Updates suchen…</translation>
    </message>
    <message>
        <source>Read the version file your admin publishes</source>
        <translation>Die Versionsdatei lesen, die Ihr Admin veröffentlicht</translation>
    </message>
    <message>
        <source>About Collateral</source>
        <translation>Über Collateral</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systemsprache ({0})</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>präsentiert</translation>
    </message>
    <message>
        <source>Logged as {0} with {1}.</source>
        <translation>Als {0} mit {1} protokolliert.</translation>
    </message>
    <message>
        <source>Logged as {0} (no deal chosen).</source>
        <translation>Als {0} protokolliert (kein Deal gewählt).</translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation>{0} Assets</translation>
    </message>
    <message>
        <source>{0} waiting for the search index</source>
        <translation>{0} warten auf den Suchindex</translation>
    </message>
    <message>
        <source>{0} without readable text</source>
        <translation>{0} ohne lesbaren Text</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}…</source>
        <translation>Indexierung {0} von {1} …</translation>
    </message>
    <message>
        <source>Back up into an empty folder</source>
        <translation>In einen leeren Ordner sichern</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Gesichert nach {0}.</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>Bibliotheksordner öffnen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Collateral will open {0} the next time it starts.</source>
        <translation>Collateral öffnet {0} beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MyLeadsPanel</name>
    <message>
        <source>Leads handed to me this week</source>
        <translation>Diese Woche an mich übergebene Leads</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Abgelehnt …</translation>
    </message>
    <message numerus="yes">
        <source>Leads handed to me this week (%n)</source>
        <translation>
            <numerusform>Diese Woche an mich übergebene Leads (%n)</numerusform>
            <numerusform>Diese Woche an mich übergebene Leads (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Zu importieren</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files to import by kind</source>
        <translation>Zu importierende Dateien nach Art</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Übersprungen, und warum</translation>
    </message>
    <message>
        <source>Files skipped and why</source>
        <translation>Übersprungene Dateien und warum</translation>
    </message>
    <message>
        <source>Skip licence, changelog, archive, source and build files (recommended)</source>
        <translation>Lizenz-, Changelog-, Archiv-, Quell- und Build-Dateien überspringen (empfohlen)</translation>
    </message>
    <message>
        <source>Marketing reviews them before reps see them</source>
        <translation>Das Marketing prüft sie, bevor der Vertrieb sie sieht</translation>
    </message>
    <message>
        <source>{0} folders</source>
        <translation>{0} Ordner</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; holds {1} file(s): {2} to import ({3}), {4} skipped.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; enthält {1} Datei(en): {2} zu importieren ({3}), {4} übersprungen.</translation>
    </message>
    <message>
        <source>It is a large import.</source>
        <translation>Es ist ein großer Import.</translation>
    </message>
    <message>
        <source>Most of its files do not look like collateral (packaging, program or unknown files).</source>
        <translation>Die meisten Dateien sehen nicht nach Vertriebsmaterial aus (Paket-, Programm- oder unbekannte Dateien).</translation>
    </message>
    <message>
        <source>Import them as drafts, so marketing reviews them before reps see them — or cancel and choose the folder that holds your collateral. An import can be undone from File › Recent imports.</source>
        <translation>Importieren Sie sie als Entwürfe, damit das Marketing sie prüft, bevor der Vertrieb sie sieht — oder brechen Sie ab und wählen Sie den Ordner mit Ihrem Vertriebsmaterial. Ein Import lässt sich unter Datei › Letzte Importe rückgängig machen.</translation>
    </message>
    <message>
        <source>Import {0} file(s)</source>
        <translation>{0} Datei(en) importieren</translation>
    </message>
    <message>
        <source>Import {0} as drafts</source>
        <translation>{0} als Entwürfe importieren</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Funnel-Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>For a &amp;deal</source>
        <translation>Für einen &amp;Deal</translation>
    </message>
    <message>
        <source>For a &amp;segment</source>
        <translation>Für ein &amp;Segment</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat, or copy it: it is logged as shared with the deal. Double-click to preview it.</source>
        <translation>Ziehen Sie ein Asset in eine E-Mail oder einen Chat oder kopieren Sie es: es wird als mit dem Deal geteilt protokolliert. Doppelklick für die Vorschau.</translation>
    </message>
    <message>
        <source>Recommended assets</source>
        <translation>Empfohlene Assets</translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat to share it</source>
        <translation>Ziehen Sie ein Asset in eine E-Mail oder einen Chat, um es zu teilen</translation>
    </message>
    <message>
        <source>Copy to share</source>
        <translation>Zum Teilen kopieren</translation>
    </message>
    <message>
        <source>Copy the file (or link) to paste into an email; logged as shared</source>
        <translation>Datei (oder Link) kopieren, um sie in eine E-Mail einzufügen; wird als geteilt protokolliert</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>You sent it another way: log it as shared with the deal</source>
        <translation>Sie haben es auf anderem Weg gesendet: als mit dem Deal geteilt protokollieren</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation>Vollbild, Seite für Seite (PDF); wird als präsentiert protokolliert</translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation>Als präsentiert markieren</translation>
    </message>
    <message>
        <source>You presented it from its own application</source>
        <translation>Sie haben es aus seiner eigenen Anwendung präsentiert</translation>
    </message>
    <message>
        <source>Add to kit →</source>
        <translation>Zum Kit hinzufügen →</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show it in the library&apos;s preview (Enter)</source>
        <translation>In der Vorschau der Bibliothek anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Pitch kit</source>
        <translation>Pitch-Kit</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Name des Kits</translation>
    </message>
    <message>
        <source>Assets in the kit, in order</source>
        <translation>Assets im Kit, in Reihenfolge</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Zum Umsortieren ziehen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move earlier in the kit (Alt+Up)</source>
        <translation>Im Kit nach vorn verschieben (Alt+Auf)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move later in the kit (Alt+Down)</source>
        <translation>Im Kit nach hinten verschieben (Alt+Ab)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save kit</source>
        <translation>Kit speichern</translation>
    </message>
    <message>
        <source>Export folder…</source>
        <translation>Ordner exportieren …</translation>
    </message>
    <message>
        <source>Write the files, in order, into a new folder; each is logged as shared with the prospect</source>
        <translation>Die Dateien in Reihenfolge in einen neuen Ordner schreiben; jede wird als mit dem Interessenten geteilt protokolliert</translation>
    </message>
    <message>
        <source>Export zip…</source>
        <translation>ZIP exportieren …</translation>
    </message>
    <message>
        <source>One zip to attach; each file is logged as shared</source>
        <translation>Eine ZIP-Datei zum Anhängen; jede Datei wird als geteilt protokolliert</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Choose a deal, or a segment (industry, size, stage, persona), to see what to bring.</source>
        <translation>Wählen Sie einen Deal oder ein Segment (Branche, Größe, Phase, Persona), um zu sehen, was Sie mitbringen sollten.</translation>
    </message>
    <message>
        <source>Finding what fits…</source>
        <translation>Passendes wird gesucht …</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>beliebiges Segment</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Für &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Für &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>evidence from {0} similar won deal(s) in the last year</source>
        <translation>Belege aus {0} ähnlichen gewonnenen Deal(s) im letzten Jahr</translation>
    </message>
    <message>
        <source>no similar won deals yet: ranked by fit, ratings and freshness</source>
        <translation>noch keine ähnlichen gewonnenen Deals: sortiert nach Passung, Bewertungen und Aktualität</translation>
    </message>
    <message>
        <source>Few assets fit all of it: &lt;a href=&apos;widen&apos;&gt;show what fits the industry and size at any stage&lt;/a&gt;.</source>
        <translation>Wenige Assets passen zu allem: &lt;a href=&apos;widen&apos;&gt;zeigen, was zu Branche und Größe in jeder Phase passt&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Ask marketing for more&lt;/a&gt;.</source>
        <translation>&lt;a href=&apos;request&apos;&gt;Beim Marketing mehr anfragen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>nothing in the library fits yet; &lt;a href=&apos;request&apos;&gt;request it from marketing&lt;/a&gt;.</source>
        <translation>noch passt nichts in der Bibliothek; &lt;a href=&apos;request&apos;&gt;beim Marketing anfragen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented</source>
        <translation>Vollbild, Seite für Seite; wird als präsentiert protokolliert</translation>
    </message>
    <message>
        <source>Present mode shows PDF pages; present this from its own application, then use Mark as presented</source>
        <translation>Der Präsentationsmodus zeigt PDF-Seiten; präsentieren Sie dies aus seiner eigenen Anwendung und nutzen Sie dann „Als präsentiert markieren“</translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation>{0} — Gesprächs-Kit {1}</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>Neues Kit</translation>
    </message>
    <message>
        <source>{0} ({1} assets)</source>
        <translation>{0} ({1} Assets)</translation>
    </message>
    <message>
        <source>Save kit “{0}”</source>
        <translation>Kit „{0}“ speichern</translation>
    </message>
    <message>
        <source>Kit “{0}” saved.</source>
        <translation>Kit „{0}“ gespeichert.</translation>
    </message>
    <message>
        <source>Exported {0} file(s) to {1}; logged as shared with {2}.</source>
        <translation>{0} Datei(en) nach {1} exportiert; als mit {2} geteilt protokolliert.</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <source>Presenting {0}</source>
        <translation>{0} wird präsentiert</translation>
    </message>
    <message>
        <source>Present mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Arrows or Space to turn pages, Esc to leave</source>
        <translation>Pfeiltasten oder Leertaste zum Blättern, Esc zum Verlassen</translation>
    </message>
    <message>
        <source>page {0}…</source>
        <translation>Seite {0} …</translation>
    </message>
    <message>
        <source>{0} / {1}   Esc to leave</source>
        <translation>{0} / {1}   Esc zum Verlassen</translation>
    </message>
    <message>
        <source>Page {0} cannot be shown: {1}</source>
        <translation>Seite {0} kann nicht angezeigt werden: {1}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in its default application (Enter)</source>
        <translation>In der Standardanwendung öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>Datei kopieren</translation>
    </message>
    <message>
        <source>Copy the file to paste it into an email or chat</source>
        <translation>Die Datei kopieren, um sie in eine E-Mail oder einen Chat einzufügen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented (F5)</source>
        <translation>Vollbild, Seite für Seite; wird als präsentiert protokolliert (F5)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Say you sent or presented it outside Collateral</source>
        <translation>Angeben, dass Sie es außerhalb von Collateral gesendet oder präsentiert haben</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Logged as shared with the current deal</source>
        <translation>Als mit dem aktuellen Deal geteilt protokolliert</translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation>Als präsentiert markieren</translation>
    </message>
    <message>
        <source>Logged as presented with the current deal</source>
        <translation>Als mit dem aktuellen Deal präsentiert protokolliert</translation>
    </message>
    <message>
        <source>Team file</source>
        <translation>Team-Datei</translation>
    </message>
    <message>
        <source>Fetch the file from the team server; Open, Copy and Present fetch it too</source>
        <translation>Die Datei vom Team-Server holen; Öffnen, Kopieren und Präsentieren holen sie ebenfalls</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep on this laptop for offline use</source>
        <translation>Auf diesem Laptop für die Offline-Nutzung behalten</translation>
    </message>
    <message>
        <source>Kept whatever the room for team files; fetched now if it is not here yet</source>
        <translation>Unabhängig vom Platz für Team-Dateien behalten; wird jetzt geholt, falls noch nicht vorhanden</translation>
    </message>
    <message>
        <source>Select an asset to preview it here.</source>
        <translation>Wählen Sie ein Asset, um es hier in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>Seitenbild</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>Handlungsbedarf: {0}</translation>
    </message>
    <message>
        <source>Text unavailable</source>
        <translation>Text nicht verfügbar</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Kein Text</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>The file is on the team server: download it to see it here.</source>
        <translation>Die Datei liegt auf dem Team-Server: laden Sie sie herunter, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to preview. Use Open to view it in its own application.</source>
        <translation>Keine Vorschau möglich. Öffnen Sie es mit „Öffnen“ in seiner eigenen Anwendung.</translation>
    </message>
    <message>
        <source>A link: use Open to view it in your browser.</source>
        <translation>Ein Link: mit „Öffnen“ im Browser ansehen.</translation>
    </message>
    <message>
        <source>Kept on this laptop whatever the room for team files</source>
        <translation>Auf diesem Laptop behalten, unabhängig vom Platz für Team-Dateien</translation>
    </message>
    <message>
        <source>Downloaded from the team server; it may be removed to make room unless kept. It stays on the team server.</source>
        <translation>Vom Team-Server heruntergeladen; kann entfernt werden, um Platz zu schaffen, sofern nicht behalten. Auf dem Team-Server bleibt sie.</translation>
    </message>
    <message>
        <source>The file is on the team server —</source>
        <translation>Die Datei liegt auf dem Team-Server —</translation>
    </message>
    <message>
        <source>Fetch it now and keep it whatever the room for team files</source>
        <translation>Jetzt holen und unabhängig vom Platz für Team-Dateien behalten</translation>
    </message>
    <message>
        <source>Download ({0})</source>
        <translation>Herunterladen ({0})</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>on the team server, not downloaded</source>
        <translation>auf dem Team-Server, nicht heruntergeladen</translation>
    </message>
    <message>
        <source>kept on this laptop for offline use</source>
        <translation>auf diesem Laptop für die Offline-Nutzung behalten</translation>
    </message>
    <message>
        <source>downloaded from the team server</source>
        <translation>vom Team-Server heruntergeladen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>published {0}</source>
        <translation>veröffentlicht {0}</translation>
    </message>
    <message>
        <source>review by {0}</source>
        <translation>überprüfen bis {0}</translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation>läuft ab {0}</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A newer version of this asset exists.</source>
        <translation>Es gibt eine neuere Version dieses Assets.</translation>
    </message>
    <message>
        <source>helped win {0} deal(s)</source>
        <translation>hat {0} Deal(s) gewinnen helfen</translation>
    </message>
    <message>
        <source>prospects found it useful in {0}</source>
        <translation>Interessenten fanden es nützlich in {0}</translation>
    </message>
    <message>
        <source>did not help in {0}</source>
        <translation>hat nicht geholfen in {0}</translation>
    </message>
    <message>
        <source>rated {0:.1f} ★ by {1}</source>
        <translation>bewertet mit {0:.1f} ★ von {1}</translation>
    </message>
    <message>
        <source>helped win</source>
        <translation>hat geholfen zu gewinnen</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>hat nicht geholfen</translation>
    </message>
    <message>
        <source>found useful</source>
        <translation>nützlich befunden</translation>
    </message>
    <message>
        <source>Slide {0}</source>
        <translation>Folie {0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Seite {0}</translation>
    </message>
    <message>
        <source>Sheet {0}</source>
        <translation>Blatt {0}</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Abschnitt {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Sales rep — find, share and present collateral</source>
        <translation>Vertriebsmitarbeiter — Vertriebsmaterial finden, teilen und präsentieren</translation>
    </message>
    <message>
        <source>Marketer — curate the library, answer requests, see what wins</source>
        <translation>Marketing — die Bibliothek pflegen, Anfragen beantworten, sehen, was gewinnt</translation>
    </message>
    <message>
        <source>Admin — runs the team&apos;s server</source>
        <translation>Admin — betreibt den Server des Teams</translation>
    </message>
    <message>
        <source>Welcome to Collateral</source>
        <translation>Willkommen bei Collateral</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Who are you? Your name goes with what you share and say about collateral, so marketing learns what helps; your role decides what Collateral shows first. You can change both later under File › Profile.</source>
        <translation>Wer sind Sie? Ihr Name steht bei dem, was Sie teilen und über Vertriebsmaterial sagen, damit das Marketing lernt, was hilft; Ihre Rolle bestimmt, was Collateral zuerst zeigt. Beides können Sie später unter Datei › Profil ändern.</translation>
    </message>
    <message>
        <source>Switch to another person&apos;s profile, or change your role.</source>
        <translation>Zum Profil einer anderen Person wechseln oder Ihre Rolle ändern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <source>Edit prospect</source>
        <translation>Interessent bearbeiten</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>Company &amp;size:</source>
        <translation>Unternehmens&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Diesen Import rückgängig machen …</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Restore what undoing this import took away</source>
        <translation>Wiederherstellen, was das Rückgängigmachen dieses Imports entfernt hat</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>undone: {0} removed, {1} archived</source>
        <translation>rückgängig: {0} entfernt, {1} archiviert</translation>
    </message>
    <message>
        <source>cancelled: {0} not imported</source>
        <translation>abgebrochen: {0} nicht importiert</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>Brought back {0} asset(s).</source>
        <translation>{0} Asset(s) zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Funnel-Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Request from marketing</source>
        <translation>Beim Marketing anfragen</translation>
    </message>
    <message>
        <source>Say what you needed and did not find. Marketing sees it, other reps can vote for it, and you are told in What&apos;s new when it is answered.</source>
        <translation>Sagen Sie, was Sie gebraucht und nicht gefunden haben. Das Marketing sieht es, andere Vertriebsmitarbeiter können dafür stimmen, und Sie erfahren unter „Neuigkeiten“, wenn es beantwortet ist.</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>e.g. a HIPAA security whitepaper for hospital CISOs</source>
        <translation>z. B. ein HIPAA-Sicherheits-Whitepaper für CISOs von Kliniken</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Bedarf:</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>For deal</source>
        <translation>Für Deal</translation>
    </message>
    <message>
        <source>For &amp;deal:</source>
        <translation>Für &amp;Deal:</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Open and in progress</source>
        <translation>Offen und in Arbeit</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>Only the requests you made</source>
        <translation>Nur die Anfragen, die Sie gestellt haben</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Neue Anfrage …</translation>
    </message>
    <message>
        <source>Ask marketing for collateral you need</source>
        <translation>Beim Marketing Vertriebsmaterial anfragen, das Sie brauchen</translation>
    </message>
    <message>
        <source>Content requests</source>
        <translation>Content-Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>+1 I need this too</source>
        <translation>+1 Brauche ich auch</translation>
    </message>
    <message>
        <source>Add your vote: marketing answers the most wanted first</source>
        <translation>Ihre Stimme hinzufügen: das Marketing beantwortet das Gefragteste zuerst</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation>Liefern …</translation>
    </message>
    <message>
        <source>Answer it with an asset from the library</source>
        <translation>Mit einem Asset aus der Bibliothek beantworten</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>You voted for this</source>
        <translation>Sie haben dafür gestimmt</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>Wählen Sie eine Anfrage.</translation>
    </message>
    <message>
        <source>{0}, asked by {1}</source>
        <translation>{0}, angefragt von {1}</translation>
    </message>
    <message>
        <source>{0} vote(s)</source>
        <translation>{0} Stimme(n)</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>für {0}</translation>
    </message>
    <message>
        <source>Delivered with &lt;a href=&apos;asset:{0}&apos;&gt;this asset&lt;/a&gt;.</source>
        <translation>Geliefert mit &lt;a href=&apos;asset:{0}&apos;&gt;diesem Asset&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation>Abgelehnt: {0}</translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation>Anfrage an das Marketing gesendet.</translation>
    </message>
    <message>
        <source>Vote added.</source>
        <translation>Stimme hinzugefügt.</translation>
    </message>
    <message>
        <source>Request marked {0}.</source>
        <translation>Anfrage als {0} markiert.</translation>
    </message>
    <message>
        <source>Delivered; {0} will see it in What&apos;s new.</source>
        <translation>Geliefert; {0} sieht es unter „Neuigkeiten“.</translation>
    </message>
    <message>
        <source>Declined; {0} will see why in What&apos;s new.</source>
        <translation>Abgelehnt; {0} sieht den Grund unter „Neuigkeiten“.</translation>
    </message>
</context>
<context>
    <name>RestartQuestion</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Collateral will speak {0} from its next start. Restart now?</source>
        <translation>Collateral spricht ab dem nächsten Start {0}. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message>
        <source>Set review date</source>
        <translation>Überprüfungsdatum setzen</translation>
    </message>
    <message>
        <source>When should “{0}” be reviewed next?</source>
        <translation>Wann soll „{0}“ das nächste Mal überprüft werden?</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>Ask the owner to review</source>
        <translation>Verantwortliche um Überprüfung bitten</translation>
    </message>
    <message>
        <source>{0} will see this in What&apos;s new. What should they look at in “{1}”?</source>
        <translation>{0} sieht dies unter „Neuigkeiten“. Was soll in „{1}“ geprüft werden?</translation>
    </message>
</context>
<context>
    <name>SalesScreens</name>
    <message>
        <source> Deal: </source>
        <translation> Deal: </translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation>Gespräch vorbereiten</translation>
    </message>
    <message>
        <source>What to bring to a call, with the reasons; pitch kits</source>
        <translation>Was Sie zu einem Gespräch mitbringen, mit Begründung; Pitch-Kits</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Prospects and deals</source>
        <translation>Interessenten und Deals</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>What reps asked marketing for, and the answers</source>
        <translation>Was der Vertrieb beim Marketing angefragt hat, und die Antworten</translation>
    </message>
    <message>
        <source>Who you are and your role (click to change)</source>
        <translation>Wer Sie sind und Ihre Rolle (zum Ändern klicken)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Profil …</translation>
    </message>
    <message>
        <source>Your name and role; switch to another person</source>
        <translation>Ihr Name und Ihre Rolle; zu einer anderen Person wechseln</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>Inhalt anfragen …</translation>
    </message>
    <message>
        <source>Ask marketing for something you need</source>
        <translation>Beim Marketing etwas anfragen, das Sie brauchen</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Neuer Deal …</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>Einen Deal von Hand erfassen</translation>
    </message>
    <message>
        <source>Import deals from CRM…</source>
        <translation>Deals aus CRM importieren …</translation>
    </message>
    <message>
        <source>HubSpot or Salesforce CSV export, with a preview before anything is written</source>
        <translation>CSV-Export aus HubSpot oder Salesforce, mit Vorschau, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Vertrieb</translation>
    </message>
    <message>
        <source>You are {0} ({1}).</source>
        <translation>Sie sind {0} ({1}).</translation>
    </message>
    <message>
        <source>Choose your profile…</source>
        <translation>Ihr Profil wählen …</translation>
    </message>
    <message>
        <source>Not what you need?</source>
        <translation>Nicht das Richtige?</translation>
    </message>
    <message>
        <source>None has all the words.</source>
        <translation>Keines enthält alle Wörter.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Request it from marketing&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;request&apos;&gt;Beim Marketing anfragen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} deal(s) closed by this import wait for their owners&apos; feedback.</source>
        <translation>{0} durch diesen Import abgeschlossene Deal(s) warten auf das Feedback ihrer Verantwortlichen.</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>&amp;Remove from server…</source>
        <translation>Vom Server &amp;entfernen…</translation>
    </message>
    <message>
        <source>The team&apos;s admin removes it for everyone; the server&apos;s admin log keeps who and why</source>
        <translation>Der Admin des Teams entfernt es für alle; das Admin-Protokoll des Servers hält fest, wer und warum</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Set aside (%n)&lt;/b&gt;: failed a check and kept out of this library; the rest of the sync goes on.</source>
        <translation>
            <numerusform>&lt;b&gt;Zurückgestellt (%n)&lt;/b&gt;: hat eine Prüfung nicht bestanden und bleibt dieser Bibliothek fern; der Rest der Synchronisierung läuft weiter.</numerusform>
            <numerusform>&lt;b&gt;Zurückgestellt (%n)&lt;/b&gt;: haben eine Prüfung nicht bestanden und bleiben dieser Bibliothek fern; der Rest der Synchronisierung läuft weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the team server</source>
        <translation>Vom Team-Server entfernen</translation>
    </message>
    <message>
        <source>Remove {0} {1} from the server for everyone. Why (for the admin log)?</source>
        <translation>{0} {1} für alle vom Server entfernen. Warum (für das Admin-Protokoll)?</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <source>Team sync</source>
        <translation>Team-Synchronisierung</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>Team-Server: {0}</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Letzte Synchronisierung: {0}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files</source>
        <translation>Warten auf Versand: {0} Ereignisse, {1} Änderungen, {2} Dateien</translation>
    </message>
    <message>
        <source>{0} edits only a marketer can publish stay on this laptop</source>
        <translation>{0} Änderungen, die nur das Marketing veröffentlichen kann, bleiben auf diesem Laptop</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klicken, um jetzt zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>TaxonomyEditorDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Retire the value; assets keep it until edited</source>
        <translation>Den Wert stilllegen; Assets behalten ihn, bis sie bearbeitet werden</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add {0} “{1}”</source>
        <translation>{0} „{1}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename value</source>
        <translation>Wert umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename “{0}” to “{1}”</source>
        <translation>„{0}“ in „{1}“ umbenennen</translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation>„{0}“ entfernen</translation>
    </message>
</context>
<context>
    <name>TeamScreens</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team server: sync, conflicts</source>
        <translation>Der Team-Server: Synchronisierung, Konflikte</translation>
    </message>
    <message>
        <source>Team settings…</source>
        <translation>Team-Einstellungen …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>A conflict to settle under Team.</source>
        <translation>Ein Konflikt ist unter „Team“ zu klären.</translation>
    </message>
    <message>
        <source>{0} conflicts to settle under Team.</source>
        <translation>{0} Konflikte sind unter „Team“ zu klären.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>Team-Einstellungen</translation>
    </message>
    <message>
        <source>Join your team&apos;s server to share what you use and fetch what marketing publishes. Everything keeps working offline; Collateral syncs whenever the server is reachable.</source>
        <translation>Treten Sie dem Server Ihres Teams bei, um zu teilen, was Sie nutzen, und zu holen, was das Marketing veröffentlicht. Alles funktioniert weiter offline; Collateral synchronisiert, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>as given by your team&apos;s admin</source>
        <translation>wie vom Admin Ihres Teams erhalten</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>What the encryption means</source>
        <translation>Was die Verschlüsselung bedeutet</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>kept in this library; choose a file to replace it</source>
        <translation>in dieser Bibliothek hinterlegt; wählen Sie eine Datei, um es zu ersetzen</translation>
    </message>
    <message>
        <source>the file from your team&apos;s admin (PEM), or “system”</source>
        <translation>die Datei vom Admin Ihres Teams (PEM) oder „system“</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The CA certificate from your team&apos;s admin</source>
        <translation>Das CA-Zertifikat vom Admin Ihres Teams</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Beitritt läuft …</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Etwas ist schiefgegangen: {0}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Team &amp;settings…</source>
        <translation>Team-&amp;Einstellungen …</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Disk budget for team files</source>
        <translation>Speicherbudget für Team-Dateien</translation>
    </message>
    <message>
        <source>Room for unpinned team files:</source>
        <translation>Platz für nicht fixierte Team-Dateien:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konflikte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not in a team&lt;/h3&gt;This library works on its own.</source>
        <translation>&lt;h3&gt;Nicht in einem Team&lt;/h3&gt;Diese Bibliothek arbeitet für sich allein.</translation>
    </message>
    <message>
        <source>Join your team&apos;s server under Team settings to share usage and fetch new collateral.</source>
        <translation>Treten Sie unter „Team-Einstellungen“ dem Server Ihres Teams bei, um Nutzung zu teilen und neues Vertriebsmaterial zu holen.</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) auf {2}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files.</source>
        <translation>Warten auf Versand: {0} Ereignisse, {1} Änderungen, {2} Dateien.</translation>
    </message>
    <message>
        <source>{0} of your edits stay on this laptop: only marketers publish them.</source>
        <translation>{0} Ihrer Änderungen bleiben auf diesem Laptop: nur das Marketing veröffentlicht sie.</translation>
    </message>
    <message>
        <source>{0} team items wait for something they refer to.</source>
        <translation>{0} Team-Elemente warten auf etwas, auf das sie verweisen.</translation>
    </message>
    <message>
        <source>{0} team rows or events failed a check and are set aside, each with its reason (`collateral team quarantine list`); the team&apos;s admin removes or repairs them.</source>
        <translation>{0} Team-Zeilen oder -Ereignisse haben eine Prüfung nicht bestanden und sind zurückgestellt, jeweils mit Grund (`collateral team quarantine list`); der Admin des Teams entfernt oder repariert sie.</translation>
    </message>
    <message>
        <source>Team files on this laptop: {0} MB ({1} MB pinned for offline use).</source>
        <translation>Team-Dateien auf diesem Laptop: {0} MB ({1} MB für die Offline-Nutzung fixiert).</translation>
    </message>
    <message>
        <source>The last sync was stopped; it goes on at the next one.</source>
        <translation>Die letzte Synchronisierung wurde angehalten; sie geht bei der nächsten weiter.</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Tour of the window</source>
        <translation>Rundgang durch das Fenster</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Rundgang überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Rückgängig gemacht: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Wiederhergestellt: {0}</translation>
    </message>
    <message>
        <source>Could not undo {0}: {1}</source>
        <translation>{0} konnte nicht rückgängig gemacht werden: {1}</translation>
    </message>
    <message>
        <source>Could not redo {0}: {1}</source>
        <translation>{0} konnte nicht wiederhergestellt werden: {1}</translation>
    </message>
</context>
<context>
    <name>UndoImportConfirmation</name>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import of {0} asset(s)?</source>
        <translation>Diesen Import von {0} Asset(s) rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo import of {0} asset(s)</source>
        <translation>Import von {0} Asset(s) rückgängig machen</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Check for updates</source>
        <translation>Nach Updates suchen</translation>
    </message>
    <message>
        <source>This is Collateral {0}. Whoever supports Collateral can publish a version file that says which version is current; Collateral reads it only when you check.</source>
        <translation>Dies ist Collateral {0}. Wer Collateral bei Ihnen betreut, kann eine Versionsdatei veröffentlichen, die die aktuelle Version nennt; Collateral liest sie nur, wenn Sie nachsehen.</translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation>https://… oder ein Dateipfad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Version file:</source>
        <translation>Versionsdatei:</translation>
    </message>
    <message>
        <source>Enter where the version file is; whoever supports Collateral knows.</source>
        <translation>Geben Sie an, wo die Versionsdatei liegt; wer Collateral bei Ihnen betreut, weiß es.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} kann nicht gelesen werden: {1}.</translation>
    </message>
    <message>
        <source>You have the latest version ({0}).</source>
        <translation>Sie haben die neueste Version ({0}).</translation>
    </message>
    <message>
        <source>Version {0} is available:</source>
        <translation>Version {0} ist verfügbar:</translation>
    </message>
    <message>
        <source>Version {0} is available; whoever supports Collateral knows where to get it.</source>
        <translation>Version {0} ist verfügbar; wer Collateral bei Ihnen betreut, weiß, wo es sie gibt.</translation>
    </message>
    <message>
        <source>Could not check for updates. {0}</source>
        <translation>Die Suche nach Updates ist fehlgeschlagen. {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Collateral?&lt;/b&gt; Try it on a demo library of made-up collateral and deals (your own library stays as it is), or take a short tour of the window.</source>
        <translation>&lt;b&gt;Neu bei Collateral?&lt;/b&gt; Probieren Sie es mit einer Demo-Bibliothek aus erfundenen Unterlagen und Deals aus (Ihre eigene Bibliothek bleibt, wie sie ist), oder machen Sie einen kurzen Rundgang durch das Fenster.</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>Demo-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Take the tour</source>
        <translation>Rundgang starten</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>Handbuch lesen (F1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation>Um Überprüfung gebeten</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Ihre Anfragen</translation>
    </message>
    <message>
        <source>{0} assets added or updated since your last visit ({1}).</source>
        <translation>{0} Assets seit Ihrem letzten Besuch hinzugefügt oder geändert ({1}).</translation>
    </message>
    <message>
        <source>Everything in the library, newest first.</source>
        <translation>Alles in der Bibliothek, Neuestes zuerst.</translation>
    </message>
    <message>
        <source>Nothing new since your last visit.</source>
        <translation>Nichts Neues seit Ihrem letzten Besuch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asked to review&lt;/b&gt;: {0} of your assets</source>
        <translation>&lt;b&gt;Um Überprüfung gebeten&lt;/b&gt;: {0} Ihrer Assets</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your requests&lt;/b&gt;: {0} change(s)</source>
        <translation>&lt;b&gt;Ihre Anfragen&lt;/b&gt;: {0} Änderung(en)</translation>
    </message>
    <message>
        <source>{0} asked you to review “{1}” · {2}</source>
        <translation>{0} bittet Sie, „{1}“ zu überprüfen · {2}</translation>
    </message>
    <message>
        <source>(its review date has moved since)</source>
        <translation>(das Überprüfungsdatum hat sich seitdem geändert)</translation>
    </message>
    <message>
        <source>{0} {1} “{2}” · {3}</source>
        <translation>{0} {1} „{2}“ · {3}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>mit {0}</translation>
    </message>
    <message>
        <source>an asset</source>
        <translation>ein Asset</translation>
    </message>
</context>
<context>
    <name>_AssetRow</name>
    <message>
        <source>Helped win</source>
        <translation>Hat geholfen zu gewinnen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>Prospect found it useful</source>
        <translation>Interessent fand es nützlich</translation>
    </message>
    <message>
        <source>shared or presented {0}×</source>
        <translation>{0}× geteilt oder präsentiert</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Rating of {0}</source>
        <translation>Bewertung von {0}</translation>
    </message>
    <message>
        <source>How useful was it, 1 (not) to 5 (very)? Optional</source>
        <translation>Wie nützlich war es, 1 (nicht) bis 5 (sehr)? Optional</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Bewerten …</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Comment on {0}</source>
        <translation>Kommentar zu {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>What is used, what wins, what is stale, what is missing</source>
        <translation>Was genutzt wird, was gewinnt, was veraltet ist, was fehlt</translation>
    </message>
    <message>
        <source>Collateral is already open on {0} but does not answer. Close that window (or end Collateral in the task manager), then start Collateral again.</source>
        <translation>Collateral ist für {0} bereits geöffnet, antwortet aber nicht. Schließen Sie dieses Fenster (oder beenden Sie Collateral im Task-Manager) und starten Sie Collateral dann erneut.</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>Assets by use</source>
        <translation>Assets nach Nutzung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>{0} shared, {1} presented with a prospect; {2} views</source>
        <translation>{0} geteilt, {1} mit einem Interessenten präsentiert; {2} Ansichten</translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation>Nutzung nach Typ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Flagged assets</source>
        <translation>Markierte Assets</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Warum markiert</translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation>; Überprüfung angefragt {0}</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>Einfluss auf Abschlüsse</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Ack. days</source>
        <translation>Tage bis Bestätigung</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation>Tage bis Lieferung</translation>
    </message>
    <message>
        <source>Delivered on time</source>
        <translation>Rechtzeitig geliefert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>Ohne Feedback abgeschlossene Deals</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>Suchnachfrage</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No click</source>
        <translation>Kein Klick</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>An open request already asks for this</source>
        <translation>Eine offene Anfrage fragt bereits danach</translation>
    </message>
    <message>
        <source>Nobody has asked marketing yet</source>
        <translation>Noch hat niemand beim Marketing angefragt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Coverage heatmap</source>
        <translation>Abdeckungs-Heatmap</translation>
    </message>
    <message>
        <source>assets / demand: 2 published assets tagged for both values; a demand of 5 (open or recent deals + zero-result searches + open requests)</source>
        <translation>Assets / Bedarf: 2 veröffentlichte Assets mit beiden Werten; ein Bedarf von 5 (offene oder kürzliche Deals + Suchen ohne Treffer + offene Anfragen)</translation>
    </message>
    <message>
        <source>gap: no asset, some demand</source>
        <translation>Lücke: kein Asset, aber Bedarf</translation>
    </message>
    <message>
        <source>thin: 1–{0} assets</source>
        <translation>dünn: 1–{0} Assets</translation>
    </message>
    <message>
        <source>covered: {0}+ assets</source>
        <translation>abgedeckt: {0}+ Assets</translation>
    </message>
    <message>
        <source>excess: {0}+, little used</source>
        <translation>Überangebot: {0}+, wenig genutzt</translation>
    </message>
    <message>
        <source>quiet: no asset, no demand</source>
        <translation>ruhig: kein Asset, kein Bedarf</translation>
    </message>
    <message>
        <source>gap score = demand ÷ (assets + 1); the darker, the larger</source>
        <translation>Lückenwert = Bedarf ÷ (Assets + 1); je dunkler, desto größer</translation>
    </message>
    <message>
        <source>No gap in this view: every cell with demand has an asset.</source>
        <translation>Keine Lücke in dieser Ansicht: Jede Zelle mit Bedarf hat ein Asset.</translation>
    </message>
    <message>
        <source>Computing coverage…</source>
        <translation>Abdeckung wird berechnet …</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}
{3}
Gap score {4:.1f} · click to see what is behind it</source>
        <translation>{0} × {1}: {2}
{3}
Lückenwert {4:.1f} · klicken, um zu sehen, was dahintersteht</translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation>erklärt „hat geholfen zu gewinnen“</translation>
    </message>
    <message>
        <source>assisted only</source>
        <translation>nur unterstützt</translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation>Im Zeitraum wurde kein Deal gewonnen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>{0}: {1} won deals ({2} declared, {3} assisted){4}</source>
        <translation>{0}: {1} gewonnene Deals ({2} erklärt, {3} unterstützt){4}</translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation>geteilt oder präsentiert</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation>mittlere Arbeitstage bis zur Bestätigung</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>% of closed deals with feedback</source>
        <translation>% der abgeschlossenen Deals mit Feedback</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Am meisten genutzt</translation>
    </message>
    <message>
        <source>Least used</source>
        <translation>Am wenigsten genutzt</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Suchen ohne Treffer</translation>
    </message>
    <message>
        <source>Searches nobody opened</source>
        <translation>Suchen, deren Ergebnisse niemand geöffnet hat</translation>
    </message>
    <message>
        <source>expired on {0}</source>
        <translation>abgelaufen am {0}</translation>
    </message>
    <message>
        <source>review overdue since {0}</source>
        <translation>Überprüfung überfällig seit {0}</translation>
    </message>
    <message>
        <source>review overdue since {0} ({1} days after publishing)</source>
        <translation>Überprüfung überfällig seit {0} ({1} Tage nach Veröffentlichung)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <source>%n weeks ago</source>
        <translation>vor %n Wochen</translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation>vor %n Monaten</translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation>vor %n Jahren</translation>
    </message>
    <message>
        <source>the last %n days</source>
        <translation>die letzten %n Tage</translation>
    </message>
    <message>
        <source>used in {0} closed deals; a lift needs at least {1}</source>
        <translation>in {0} abgeschlossenen Deals genutzt; ein Lift braucht mindestens {1}</translation>
    </message>
    <message>
        <source>no deal was won in the window</source>
        <translation>im Zeitraum wurde kein Deal gewonnen</translation>
    </message>
    <message>
        <source>won {0} of {1} closed deals it reached ({2}) against {3} overall: {4}×</source>
        <translation>{0} von {1} erreichten abgeschlossenen Deals gewonnen ({2}) gegenüber {3} insgesamt: {4}×</translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation>überprüft {0}</translation>
    </message>
    <message>
        <source>never shared or presented</source>
        <translation>nie geteilt oder präsentiert</translation>
    </message>
    <message>
        <source>last used {0}</source>
        <translation>zuletzt genutzt {0}</translation>
    </message>
    <message>
        <source>{0} uses in the window; the most used of its type had {1}</source>
        <translation>{0} Nutzungen im Zeitraum; das meistgenutzte seines Typs hatte {1}</translation>
    </message>
    <message>
        <source>influenced %n won deal(s) in the window</source>
        <translation>hat im Zeitraum %n gewonnene(n) Deal(s) beeinflusst</translation>
    </message>
    <message>
        <source>acknowledged in {0} working days (target {1})</source>
        <translation>bestätigt in {0} Arbeitstagen (Ziel {1})</translation>
    </message>
    <message>
        <source>not acknowledged after {0} working days (target {1})</source>
        <translation>nach {0} Arbeitstagen nicht bestätigt (Ziel {1})</translation>
    </message>
    <message>
        <source>: late</source>
        <translation>: verspätet</translation>
    </message>
    <message>
        <source>delivered in {0} working days (target {1})</source>
        <translation>geliefert in {0} Arbeitstagen (Ziel {1})</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not delivered after {0} working days (target {1})</source>
        <translation>nach {0} Arbeitstagen nicht geliefert (Ziel {1})</translation>
    </message>
    <message>
        <source>%n customer-facing use(s) in {0}</source>
        <translation>%n Kundennutzung(en) in {0}</translation>
    </message>
    <message>
        <source>below the floor of {0}</source>
        <translation>unter der Untergrenze von {0}</translation>
    </message>
    <message>
        <source>assets of its type</source>
        <translation>Assets seines Typs</translation>
    </message>
    <message>
        <source>among the least used fifth of {0} (at most {1})</source>
        <translation>im am wenigsten genutzten Fünftel von {0} (höchstens {1})</translation>
    </message>
    <message>
        <source>no customer-facing use in {0}; {1}; published {2}</source>
        <translation>keine Kundennutzung in {0}; {1}; veröffentlicht {2}</translation>
    </message>
    <message>
        <source>stale and unused: a candidate for archiving</source>
        <translation>veraltet und ungenutzt: ein Kandidat für die Archivierung</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>Warum wird %1 abgelehnt?</translation>
    </message>
    <message>
        <source>Reject lead</source>
        <translation>Lead ablehnen</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Uses over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation>geteilt oder präsentiert</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation>Bestätigung von Anfragen (mittlere Arbeitstage)</translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation>mittlere Arbeitstage bis zur Bestätigung</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>Requests by the week or month they were made; no bar: none acknowledged yet</source>
        <translation>Anfragen nach Woche oder Monat ihrer Erstellung; kein Balken: noch keine bestätigt</translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation>Feedback-Quote abgeschlossener Deals (%)</translation>
    </message>
    <message>
        <source>deals closed with feedback</source>
        <translation>Abgeschlossene Deals mit Feedback</translation>
    </message>
    <message>
        <source>Deals by the week or month they closed</source>
        <translation>Deals nach Woche oder Monat ihres Abschlusses</translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation>Beeinflusste gewonnene Deals</translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation>erklärt „hat geholfen zu gewinnen“</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation>Im Zeitraum wurde kein Deal gewonnen.</translation>
    </message>
    <message>
        <source>Bars: won deals influenced; the figure after a bar is the lift where shown</source>
        <translation>Balken: beeinflusste gewonnene Deals; die Zahl hinter einem Balken ist der Lift, wo angegeben</translation>
    </message>
    <message>
        <source>Coverage: {0} × {1}</source>
        <translation>Abdeckung: {0} × {1}</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}; {3}; gap score {4}</source>
        <translation>{0} × {1}: {2}; {3}; Lückenwert {4}</translation>
    </message>
    <message>
        <source>Each cell: assets / demand (deals + zero-result searches + open requests)</source>
        <translation>Jede Zelle: Assets / Nachfrage (Deals + Suchen ohne Treffer + offene Anfragen)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Unused and underused assets</source>
        <translation>Ungenutzte und wenig genutzte Assets</translation>
    </message>
    <message>
        <source>Stale assets and archive candidates</source>
        <translation>Veraltete Assets und Archivierungskandidaten</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>Einfluss auf Abschlüsse</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>Suchnachfrage</translation>
    </message>
    <message>
        <source>Marketing insight</source>
        <translation>Marketing-Insight</translation>
    </message>
    <message>
        <source>Could not write {0}: the folder {1} does not exist.</source>
        <translation>{0} konnte nicht geschrieben werden: Der Ordner {1} existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>{0} konnte nicht geschrieben werden: {1}.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>… and {0} more in the CSV export.</source>
        <translation>… und {0} weitere im CSV-Export.</translation>
    </message>
    <message>
        <source>Collateral · page {0}/{1}</source>
        <translation>Collateral · Seite {0}/{1}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>Anhang: Definitionen</translation>
    </message>
    <message>
        <source>The PDF could not be made ({0}); the HTML export holds the same report.</source>
        <translation>Das PDF konnte nicht erstellt werden ({0}); der HTML-Export enthält denselben Bericht.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>full credit</source>
        <translation>volle Anrechnung</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>gleichmäßige Aufteilung</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>First Touch</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>Last Touch</translation>
    </message>
    <message>
        <source>%n open or recent deal(s)</source>
        <translation>%n offene(r) oder kürzliche(r) Deal(s)</translation>
    </message>
    <message>
        <source>%n zero-result search(es)</source>
        <translation>%n Suche(n) ohne Treffer</translation>
    </message>
    <message>
        <source>%n open request(s)</source>
        <translation>%n offene Anfrage(n)</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>keine Nachfrage</translation>
    </message>
    <message>
        <source>no asset</source>
        <translation>kein Asset</translation>
    </message>
    <message>
        <source>%n asset(s)</source>
        <translation>%n Asset(s)</translation>
    </message>
    <message>
        <source>{0} – {1} ({2} days, {3})</source>
        <translation>{0} – {1} ({2} Tage, {3})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0} working days (target {1}); {2} on time</source>
        <translation>{0} Arbeitstage (Ziel {1}); {2} rechtzeitig</translation>
    </message>
    <message>
        <source>no request acknowledged (target {0} working days)</source>
        <translation>keine Anfrage bestätigt (Ziel {0} Arbeitstage)</translation>
    </message>
    <message>
        <source>Assets published</source>
        <translation>Veröffentlichte Assets</translation>
    </message>
    <message>
        <source>Used with a prospect</source>
        <translation>Mit einem Interessenten genutzt</translation>
    </message>
    <message>
        <source>Archive candidates (stale and unused)</source>
        <translation>Archivierungskandidaten (veraltet und ungenutzt)</translation>
    </message>
    <message>
        <source>Won amount influenced</source>
        <translation>Beeinflusster gewonnener Betrag</translation>
    </message>
    <message>
        <source>{0} (%n deal(s))</source>
        <translation>{0} (%n Deal(s))</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>Requests acknowledged in</source>
        <translation>Anfragen bestätigt in</translation>
    </message>
    <message>
        <source>Feedback coverage</source>
        <translation>Feedback-Quote</translation>
    </message>
    <message>
        <source>{0} (target {1})</source>
        <translation>{0} (Ziel {1})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>{0} working days</source>
        <translation>{0} Arbeitstage</translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation>Archivierungskandidaten</translation>
    </message>
    <message>
        <source>Won amount influenced (%n deal(s))</source>
        <translation>Beeinflusster gewonnener Betrag (%n Deal(s))</translation>
    </message>
    <message>
        <source>Requests acknowledged (target {0} days)</source>
        <translation>Bestätigte Anfragen (Ziel {0} Tage)</translation>
    </message>
    <message>
        <source>Feedback coverage (target {0})</source>
        <translation>Feedback-Quote (Ziel {0})</translation>
    </message>
    <message>
        <source>Usage per asset</source>
        <translation>Nutzung je Asset</translation>
    </message>
    <message>
        <source>uses: shared + presented with a prospect in the window; views counted apart</source>
        <translation>Nutzungen: geteilt + mit einem Interessenten präsentiert im Zeitraum; Ansichten separat gezählt</translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation>Nutzung nach Typ</translation>
    </message>
    <message>
        <source>Usage by segment</source>
        <translation>Nutzung nach Segment</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Underused</source>
        <translation>Wenig genutzt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>{0} (mixed currencies)</source>
        <translation>{0} (gemischte Währungen)</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}</source>
        <translation>{0} von {1} abgeschlossenen Deals gewonnen ({2}); Beträge nach {3}</translation>
    </message>
    <message>
        <source>gap score = demand ÷ (supply + 1)</source>
        <translation>Lückenwert = Nachfrage ÷ (Angebot + 1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Requests and their service levels</source>
        <translation>Anfragen und ihre Service-Level</translation>
    </message>
    <message>
        <source>targets: acknowledged within {0} and delivered within {1} working days</source>
        <translation>Ziele: bestätigt innerhalb von {0} und geliefert innerhalb von {1} Arbeitstagen</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>Ohne Feedback abgeschlossene Deals</translation>
    </message>
    <message>
        <source>feedback coverage {0} of {1} closed deals (target {2})</source>
        <translation>Feedback-Quote {0} von {1} abgeschlossenen Deals (Ziel {2})</translation>
    </message>
    <message>
        <source>Service levels over time</source>
        <translation>Service-Level im Zeitverlauf</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Suchen ohne Treffer</translation>
    </message>
    <message>
        <source>Searches whose results nobody opened</source>
        <translation>Suchen, deren Ergebnisse niemand geöffnet hat</translation>
    </message>
    <message>
        <source>{0} of {1} published assets ({2}) were shared or presented in the window: {3} customer-facing uses, {4} views.</source>
        <translation>{0} von {1} veröffentlichten Assets ({2}) wurden im Zeitraum geteilt oder präsentiert: {3} Kundennutzungen, {4} Ansichten.</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Am meisten genutzt</translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation>Am wenigsten genutzt (veröffentlicht)</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals were won ({2}); {3} of them had an asset behind them, worth {4}. Amounts per asset under {5}; lift shown from {6} closed deals.</source>
        <translation>{0} von {1} abgeschlossenen Deals wurden gewonnen ({2}); hinter {3} davon stand ein Asset, im Wert von {4}. Beträge je Asset nach {5}; Lift ab {6} abgeschlossenen Deals.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Assets behind won deals</source>
        <translation>Assets hinter gewonnenen Deals</translation>
    </message>
    <message>
        <source>declared: marked “helped win”; assisted: used with the prospect during the deal</source>
        <translation>erklärt: als „hat geholfen zu gewinnen“ markiert; unterstützt: während des Deals mit dem Interessenten genutzt</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Größte Lücken</translation>
    </message>
    <message>
        <source>{0} cells have demand and no asset.</source>
        <translation>{0} Zellen haben Nachfrage und kein Asset.</translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation>Verspätete Anfragen</translation>
    </message>
    <message>
        <source>{0} working days on average (target {1}); {2} on time</source>
        <translation>{0} Arbeitstage im Mittel (Ziel {1}); {2} rechtzeitig</translation>
    </message>
    <message>
        <source>no request acknowledged yet</source>
        <translation>noch keine Anfrage bestätigt</translation>
    </message>
    <message>
        <source>Requests acknowledged in {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage {4} of {5} closed deals (target {6}).</source>
        <translation>Anfragen bestätigt in {0}. Geliefert: {1}, {2} innerhalb von {3} Arbeitstagen. Feedback-Quote {4} von {5} abgeschlossenen Deals (Ziel {6}).</translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation>; Überprüfung angefragt {0}</translation>
    </message>
    <message>
        <source>{0} archive candidates above are not repeated</source>
        <translation>{0} Archivierungskandidaten oben werden nicht wiederholt</translation>
    </message>
    <message>
        <source>{0} archive candidates (stale and unused), {1} unused, {2} underused, {3} stale. Each says why it is flagged.</source>
        <translation>{0} Archivierungskandidaten (veraltet und ungenutzt), {1} ungenutzt, {2} wenig genutzt, {3} veraltet. Bei jedem steht, warum es markiert ist.</translation>
    </message>
    <message>
        <source>Half-open: from midnight on {0} to midnight after {1} ({2} days) in {3}; event times are compared in UTC with those instants, deal close dates as calendar days. Deals are those open now or closed in the window.</source>
        <translation>Halboffen: von Mitternacht am {0} bis Mitternacht nach dem {1} ({2} Tage) in {3}; Ereigniszeiten werden in UTC mit diesen Zeitpunkten verglichen, Abschlussdaten von Deals als Kalendertage. Deals sind die jetzt offenen oder im Zeitraum abgeschlossenen.</translation>
    </message>
    <message>
        <source>Customer-facing uses</source>
        <translation>Kundennutzungen</translation>
    </message>
    <message>
        <source>Shares and presentations of an asset in the window (to a prospect or not). Views — previews and opens — are counted apart: a preview is never a share.</source>
        <translation>Teilen und Präsentieren eines Assets im Zeitraum (für einen Interessenten oder nicht). Ansichten — Vorschauen und Öffnen — werden separat gezählt: eine Vorschau ist nie ein Teilen.</translation>
    </message>
    <message>
        <source>Published more than {0} days before {1} (the grace period) and no customer-facing use in the window.</source>
        <translation>Mehr als {0} Tage vor dem {1} veröffentlicht (die Schonfrist) und im Zeitraum keine Kundennutzung.</translation>
    </message>
    <message>
        <source>Past the grace period and used in the window, but fewer than {0} times, or among the least used fifth of its type (types with at least {1} such assets: at most the nearest-rank 20th percentile of the type&apos;s uses and below its most used). Unused assets are listed as unused only.</source>
        <translation>Nach der Schonfrist und im Zeitraum genutzt, aber weniger als {0}-mal oder im am wenigsten genutzten Fünftel seines Typs (Typen mit mindestens {1} solchen Assets: höchstens das 20. Perzentil (Rangmethode) der Nutzungen des Typs und unter dem meistgenutzten). Ungenutzte Assets werden nur als ungenutzt aufgeführt.</translation>
    </message>
    <message>
        <source>Past its review-by date on {0} (the stored date, else {1} days after publishing), or past its expiry date.</source>
        <translation>Am {0} über sein Überprüfungsdatum hinaus (das gespeicherte Datum, sonst {1} Tage nach Veröffentlichung) oder über sein Ablaufdatum hinaus.</translation>
    </message>
    <message>
        <source>Archive candidate</source>
        <translation>Archivierungskandidat</translation>
    </message>
    <message>
        <source>Stale and unused.</source>
        <translation>Veraltet und ungenutzt.</translation>
    </message>
    <message>
        <source>For deals won in the window (close date in it): declared when a rep&apos;s latest word on the asset is “helped win”; assisted when it was shared or presented to the deal&apos;s prospect during the deal (from 90 days before the deal was created to the end of its close day). A deal re-opened counts again only when it closes again.</source>
        <translation>Für im Zeitraum gewonnene Deals (Abschlussdatum darin): erklärt, wenn die letzte Aussage eines Vertriebsmitarbeiters zum Asset „hat geholfen zu gewinnen“ lautet; unterstützt, wenn es während des Deals mit dessen Interessenten geteilt oder ihm präsentiert wurde (von 90 Tagen vor Anlage des Deals bis zum Ende seines Abschlusstags). Ein wieder geöffneter Deal zählt erst erneut, wenn er wieder abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Influenced amount</source>
        <translation>Beeinflusster Betrag</translation>
    </message>
    <message>
        <source>This report: {0}. Full credits every influencing asset with the deal&apos;s whole amount (totals then count a deal more than once); even split divides it; first and last touch give it to the asset that reached the prospect first or last (ties by asset id; declared-only deals split evenly). Amounts stay in their currency and are rounded to cents. The headline counts each influenced deal once.</source>
        <translation>Dieser Bericht: {0}. Volle Anrechnung schreibt jedem beteiligten Asset den ganzen Betrag des Deals zu (Summen zählen einen Deal dann mehrfach); gleichmäßige Aufteilung teilt ihn; First und Last Touch geben ihn dem Asset, das den Interessenten zuerst bzw. zuletzt erreicht hat (bei Gleichstand nach Asset-ID; nur erklärte Deals werden gleichmäßig geteilt). Beträge bleiben in ihrer Währung und werden auf Cent gerundet. Die Kennzahlen zählen jeden beeinflussten Deal einmal.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Win rate of the closed deals whose prospect the asset reached during the deal, divided by the win rate of all closed deals in scope; not shown below {0} such deals. Only logged use counts, not “helped win” marks (they exist only on won deals).</source>
        <translation>Gewinnquote der abgeschlossenen Deals, deren Interessenten das Asset während des Deals erreicht hat, geteilt durch die Gewinnquote aller abgeschlossenen Deals im Betrachtungsbereich; unter {0} solchen Deals nicht angezeigt. Es zählt nur protokollierte Nutzung, keine „hat geholfen zu gewinnen“-Markierungen (die gibt es nur bei gewonnenen Deals).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Cells of {0} × {1}. Supply: published, non-stale assets tagged with both values (an asset untagged in a dimension covers no cell of it). Demand: deals open now or closed in the window whose prospect and stage carry both values, zero-result searches in the window naming both (by filters or words), and requests not yet delivered or declined. Gap: no supply and some demand; thin: 1–{2} assets; covered: {3}+; excess: {4}+ assets used on average fewer times than the underused floor. Gap score = demand ÷ (supply + 1).</source>
        <translation>Zellen von {0} × {1}. Angebot: veröffentlichte, nicht veraltete Assets mit beiden Werten getaggt (ein in einer Dimension ungetaggtes Asset deckt keine ihrer Zellen ab). Nachfrage: jetzt offene oder im Zeitraum abgeschlossene Deals, deren Interessent und Phase beide Werte tragen, Suchen ohne Treffer im Zeitraum, die beide nennen (über Filter oder Wörter), und noch nicht gelieferte oder abgelehnte Anfragen. Lücke: kein Angebot und etwas Nachfrage; dünn: 1–{2} Assets; abgedeckt: {3}+; Überangebot: {4}+ Assets, die im Mittel seltener als die Untergrenze für wenig genutzt verwendet werden. Lückenwert = Nachfrage ÷ (Angebot + 1).</translation>
    </message>
    <message>
        <source>A request made in the window is acknowledged on time when its first change out of “open” came within {0} working days, delivered on time within {1} working days of the request. Working days: Monday to Friday in the library&apos;s time zone, counted to the hour, no holidays. A request still waiting past a target is late already.</source>
        <translation>Eine im Zeitraum gestellte Anfrage gilt als rechtzeitig bestätigt, wenn ihre erste Änderung weg von „offen“ innerhalb von {0} Arbeitstagen kam, als rechtzeitig geliefert innerhalb von {1} Arbeitstagen nach der Anfrage. Arbeitstage: Montag bis Freitag in der Zeitzone der Bibliothek, auf die Stunde gezählt, ohne Feiertage. Eine Anfrage, die über ein Ziel hinaus wartet, ist bereits verspätet.</translation>
    </message>
    <message>
        <source>Share of the deals closed in the window with at least one rep&apos;s word on an asset; target {0}.</source>
        <translation>Anteil der im Zeitraum abgeschlossenen Deals mit mindestens einer Aussage eines Vertriebsmitarbeiters zu einem Asset; Ziel {0}.</translation>
    </message>
    <message>
        <source>Searches in the window with no result, and with results none of which was opened, by query (case and spacing ignored; empty queries are browsing).</source>
        <translation>Suchen im Zeitraum ohne Ergebnis und solche, deren Ergebnisse alle ungeöffnet blieben, nach Suchbegriff (Groß-/Kleinschreibung und Leerzeichen ignoriert; leere Suchen sind Stöbern).</translation>
    </message>
    <message>
        <source>Freshness-and-use score</source>
        <translation>Aktualitäts- und Nutzungswert</translation>
    </message>
    <message>
        <source>0–100 in four parts of 25: reviewed (full today, nothing a year after or when stale), recent use (full today, nothing a window&apos;s length ago), uses (log scale against the most used of its type) and influence (1 − ½ⁿ for n won deals influenced).</source>
        <translation>0–100 in vier Teilen zu je 25: überprüft (voll heute, nichts ein Jahr danach oder wenn veraltet), jüngste Nutzung (voll heute, nichts vor einer Zeitraumlänge), Nutzungen (logarithmisch gegenüber dem meistgenutzten seines Typs) und Einfluss (1 − ½ⁿ für n beeinflusste gewonnene Deals).</translation>
    </message>
    <message>
        <source>{0}. A team member narrows uses to theirs, deals to those they own, requests and searches to theirs; product and segment narrow assets to those tagged with each value, deals to their prospect&apos;s industry and size and their stage (deals carry no persona or product).</source>
        <translation>{0}. Ein Teammitglied begrenzt Nutzungen auf seine, Deals auf die eigenen, Anfragen und Suchen auf seine; Produkt und Segment begrenzen Assets auf die mit jedem Wert getaggten, Deals auf Branche und Größe ihres Interessenten und ihre Phase (Deals tragen keine Persona und kein Produkt).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>… and {0} more (all of them with --csv or --json)</source>
        <translation>… und {0} weitere (alle mit --csv oder --json)</translation>
    </message>
    <message>
        <source>Window: {0}</source>
        <translation>Zeitraum: {0}</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <source>Attribution: {0}</source>
        <translation>Attribution: {0}</translation>
    </message>
    <message>
        <source>Coverage: {0} × {1} — assets/demand per cell; ! gap, ~ thin, + excess</source>
        <translation>Abdeckung: {0} × {1} — Assets/Nachfrage je Zelle; ! Lücke, ~ dünn, + Überangebot</translation>
    </message>
    <message>
        <source>Largest gaps:</source>
        <translation>Größte Lücken:</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}, gap score {3} ({4})</source>
        <translation>{0} × {1}: {2}, Lückenwert {3} ({4})</translation>
    </message>
</context>
<context>
    <name>report headers</name>
    <message>
        <source>asset_id</source>
        <translation>Asset-ID</translation>
    </message>
    <message>
        <source>request_id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>deal_id</source>
        <translation>Deal-ID</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>presentations</source>
        <translation>Präsentationen</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>last_used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>published_on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>review_by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>declared_won</source>
        <translation>Gewonnen (erklärt)</translation>
    </message>
    <message>
        <source>assisted_won</source>
        <translation>Gewonnen (unterstützt)</translation>
    </message>
    <message>
        <source>won_deals</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>influenced_{0}</source>
        <translation>Beeinflusst {0}</translation>
    </message>
    <message>
        <source>closed_deals_used</source>
        <translation>Genutzt in abgeschlossenen Deals</translation>
    </message>
    <message>
        <source>won_deals_used</source>
        <translation>Genutzt in gewonnenen Deals</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>lift_why</source>
        <translation>Lift: warum</translation>
    </message>
    <message>
        <source>average_rating</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>gap_score</source>
        <translation>Lückenwert</translation>
    </message>
    <message>
        <source>gap score</source>
        <translation>Lückenwert</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>acknowledged_at</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>ack_working_days</source>
        <translation>Arbeitstage bis Bestätigung</translation>
    </message>
    <message>
        <source>ack_on_time</source>
        <translation>Rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>delivered_at</source>
        <translation>Geliefert am</translation>
    </message>
    <message>
        <source>deliver_working_days</source>
        <translation>Arbeitstage bis Lieferung</translation>
    </message>
    <message>
        <source>deliver_on_time</source>
        <translation>Rechtzeitig geliefert</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>close_date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>ack_mean_days</source>
        <translation>Mittlere Tage bis Bestätigung</translation>
    </message>
    <message>
        <source>closed_deals</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <source>with_feedback</source>
        <translation>Mit Feedback</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>zero_result</source>
        <translation>Ohne Treffer</translation>
    </message>
    <message>
        <source>no_click</source>
        <translation>Kein Klick</translation>
    </message>
    <message>
        <source>last_searched</source>
        <translation>Zuletzt gesucht</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>open_request</source>
        <translation>Offene Anfrage</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>won deals</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>closed deals</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>made</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>no click</source>
        <translation>Kein Klick</translation>
    </message>
    <message>
        <source>last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>Überprüfen bis</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reached before closing: {0}</source>
        <translation>Vor dem Abschluss erreicht: {0}</translation>
    </message>
    <message>
        <source>Stage in the CRM: {0}</source>
        <translation>Phase im CRM: {0}</translation>
    </message>
    <message>
        <source>CRM id: {0} ({1})</source>
        <translation>CRM-ID: {0} ({1})</translation>
    </message>
    <message>
        <source>Waiting for feedback on the assets used</source>
        <translation>Wartet auf Feedback zu den genutzten Assets</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>My open deals</source>
        <translation>Meine offenen Deals</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Offene Deals</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <source>Other open deals</source>
        <translation>Weitere offene Deals</translation>
    </message>
    <message>
        <source>closes {0}</source>
        <translation>Abschluss {0}</translation>
    </message>
    <message>
        <source>closed {0}</source>
        <translation>abgeschlossen {0}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Verantwortlicher</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Kein Deal</translation>
    </message>
    <message>
        <source>Log what you share without tying it to a deal</source>
        <translation>Protokollieren, was Sie teilen, ohne es an einen Deal zu binden</translation>
    </message>
    <message>
        <source>what you share is not tied to a deal</source>
        <translation>was Sie teilen, gehört zu keinem Deal</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation>Abgelehnt: {0}</translation>
    </message>
    <message>
        <source>Score {0:.0f} of 100: {1}</source>
        <translation>Wert {0:.0f} von 100: {1}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Warum / was sich ändert</translation>
    </message>
    <message>
        <source>changes {0}</source>
        <translation>ändert {0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Encrypt and check the server&apos;s certificate</source>
        <translation>Verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Encrypt without checking the certificate</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Never encrypt (only on a network you trust)</source>
        <translation>Nie verschlüsseln (nur in einem Netz, dem Sie vertrauen)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it, unchecked</source>
        <translation>Verschlüsseln, wenn der Server es anbietet, ungeprüft</translation>
    </message>
    <message>
        <source>The certificate is not checked: someone in between could pose as the server.</source>
        <translation>Das Zertifikat wird nicht geprüft: Jemand dazwischen könnte sich als der Server ausgeben.</translation>
    </message>
    <message>
        <source>Passwords and data travel in clear: choose this only on a network you trust (a server on this computer, a private network).</source>
        <translation>Passwörter und Daten gehen unverschlüsselt über das Netz: Wählen Sie das nur in einem Netz, dem Sie vertrauen (ein Server auf diesem Computer, ein privates Netz).</translation>
    </message>
    <message>
        <source>Not verified, and plain text when the server offers no TLS: choose “Encrypt and check the server&apos;s certificate” and give the CA certificate.</source>
        <translation>Nicht geprüft, und unverschlüsselt, wenn der Server kein TLS anbietet: Wählen Sie „Verschlüsseln und das Zertifikat des Servers prüfen“ und geben Sie das CA-Zertifikat an.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s changes</source>
        <translation>Änderungen des Teams werden geholt</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>Dateien werden gesendet</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Ihre Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>Sending your activity</source>
        <translation>Ihre Aktivität wird gesendet</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s activity</source>
        <translation>Aktivität des Teams wird geholt</translation>
    </message>
    <message>
        <source>Fetching pinned files</source>
        <translation>Fixierte Dateien werden geholt</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex wird aktualisiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>vor %n Min.</translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation>vor %n Std.</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <source>Not in a team</source>
        <translation>Nicht in einem Team</translation>
    </message>
    <message>
        <source> · {0} waiting</source>
        <translation> · {0} warten</translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation> · 1 Konflikt</translation>
    </message>
    <message>
        <source> · %n conflicts</source>
        <translation> · %n Konflikte</translation>
    </message>
    <message>
        <source> · {0} set aside</source>
        <translation> · {0} zurückgestellt</translation>
    </message>
    <message>
        <source> · the server holds back %n facts behind an open transaction since {0}</source>
        <translation> · der Server hält %n Fakten hinter einer offenen Transaktion zurück, seit {0}</translation>
    </message>
    <message>
        <source>Syncing: {0}…</source>
        <translation>Synchronisierung: {0} …</translation>
    </message>
    <message>
        <source>Offline — your work is saved</source>
        <translation>Offline — Ihre Arbeit ist gespeichert</translation>
    </message>
    <message>
        <source>Online · synced {0}</source>
        <translation>Online · synchronisiert {0}</translation>
    </message>
    <message>
        <source>Downloading {0} — {1} of {2}</source>
        <translation>{0} wird heruntergeladen — {1} von {2}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>{0}  (by {1})</source>
        <translation>{0}  (von {1})</translation>
    </message>
    <message>
        <source>“{0}”: you changed {1} to “{2}”, {3} to “{4}”. Theirs is in effect until you choose.</source>
        <translation>„{0}“: Sie haben {1} in „{2}“ geändert, {3} in „{4}“. Deren Wert gilt, bis Sie wählen.</translation>
    </message>
    <message>
        <source>received from {0}</source>
        <translation>empfangen von {0}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent from here, refused by the server</source>
        <translation>von hier gesendet, vom Server abgelehnt</translation>
    </message>
</context>
<context>
    <name>updates</name>
    <message>
        <source>“{0}” is not a version number (like 1.2 or 1.2.3).</source>
        <translation>„{0}“ ist keine Versionsnummer (wie 1.2 oder 1.2.3).</translation>
    </message>
    <message>
        <source>The version file is empty.</source>
        <translation>Die Versionsdatei ist leer.</translation>
    </message>
    <message>
        <source>The version file is not valid JSON ({0}, line {1}).</source>
        <translation>Die Versionsdatei ist kein gültiges JSON ({0}, Zeile {1}).</translation>
    </message>
    <message>
        <source>The version file has no &quot;version&quot; (like &quot;1.2.3&quot;).</source>
        <translation>Die Versionsdatei enthält keine &quot;version&quot; (wie &quot;1.2.3&quot;).</translation>
    </message>
    <message>
        <source>The &quot;url&quot; in the version file is not a link.</source>
        <translation>Die &quot;url&quot; in der Versionsdatei ist kein Link.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} kann nicht gelesen werden: {1}.</translation>
    </message>
    <message>
        <source>The file is larger than {0} bytes: not a version file.</source>
        <translation>Die Datei ist größer als {0} Byte: keine Versionsdatei.</translation>
    </message>
    <message>
        <source>The version file is not text (UTF-8).</source>
        <translation>Die Versionsdatei ist kein Text (UTF-8).</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Funnel-Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>dünn</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>Überangebot</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>marketer</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>geliefert</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>präsentiert</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>underused</source>
        <translation>wenig genutzt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>archive candidate</source>
        <translation>Archivierungskandidat</translation>
    </message>
    <message>
        <source>helped win</source>
        <translation>hat geholfen zu gewinnen</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>hat nicht geholfen</translation>
    </message>
    <message>
        <source>found useful</source>
        <translation>nützlich befunden</translation>
    </message>
</context>
</TS>
