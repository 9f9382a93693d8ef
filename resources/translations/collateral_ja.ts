<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Collateral</source>
        <translation>Collateral について</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Edit {0} assets</source>
        <translation>{0} 件のアセットを編集</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>アセットを編集</translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation>（変更しない）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>tags to add, comma separated</source>
        <translation>追加するタグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>id of the older version</source>
        <translation>旧バージョンの ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>レビュー期限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>置き換え対象</translation>
    </message>
    <message>
        <source>Changes apply to all {0} selected assets.</source>
        <translation>変更は選択した {0} 件すべてのアセットに適用されます。</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>タクソノミー</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation>ライブラリを検査</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Fix what can be fixed without losing data</source>
        <translation>データを失わずに直せるものを修復します</translation>
    </message>
    <message>
        <source>Checking the database, every stored file and the search index…</source>
        <translation>データベース、保存済みの全ファイル、検索インデックスを検査しています…</translation>
    </message>
    <message>
        <source>Checked {0} assets and {1} stored files: {2}</source>
        <translation>アセット {0} 件と保存ファイル {1} 件を検査しました：{2}</translation>
    </message>
    <message>
        <source>the library is consistent: the database, every file&apos;s checksum and the index agree.</source>
        <translation>ライブラリは整合しています。データベース、全ファイルのチェックサム、インデックスが一致しています。</translation>
    </message>
    <message>
        <source>problems found.</source>
        <translation>問題が見つかりました。</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>修復済み</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>検査を実行できませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Closed Won</source>
        <translation>受注で完了</translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation>失注で完了</translation>
    </message>
    <message>
        <source>When was “{0}” won?</source>
        <translation>「{0}」はいつ受注しましたか？</translation>
    </message>
    <message>
        <source>When was “{0}” lost?</source>
        <translation>「{0}」はいつ失注しましたか？</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>完了日(&amp;D):</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>受注にする</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>失注にする</translation>
    </message>
    <message>
        <source>Its stage becomes {0}.</source>
        <translation>ステージは {0} になります。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns left on “(ignore)” are not read. A deal needs at least its CRM id, its name and the company.</source>
        <translation>ファイルの各列に何が入っているかを指定してください。「（無視）」のままの列は読み込まれません。商談には少なくとも CRM ID、名前、会社が必要です。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイル内の列</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>入力先</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Collateral did not recognise this column</source>
        <translation>Collateral はこの列を認識できませんでした</translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation>列 {0} の項目</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>{0} is filled by more than one column: {1}.</source>
        <translation>{0} が複数の列から入力されています：{1}。</translation>
    </message>
    <message>
        <source>Still needed: {0}.</source>
        <translation>まだ必要です：{0}。</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>No conflicts: every change here and on the server fitted together.</source>
        <translation>競合はありません。ここでの変更とサーバー上の変更はすべて整合しました。</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>自分の値を保持(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>相手の値を保持(&amp;T)</translation>
    </message>
    <message>
        <source>Put your value back; it is sent at the next sync</source>
        <translation>自分の値に戻します。次回の同期で送信されます</translation>
    </message>
    <message>
        <source>Accept the value in effect</source>
        <translation>現在有効な値を受け入れます</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>縦線</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>HubSpot エクスポート</translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation>Salesforce レポート</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Import deals from a CRM</source>
        <translation>CRM から商談をインポート</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from HubSpot, Salesforce or another CRM.</source>
        <translation>HubSpot、Salesforce などの CRM から書き出した CSV または Excel ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>ファイル内のステージ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Stages of the file and what they mean</source>
        <translation>ファイルのステージとその意味</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>列の対応付け…</translation>
    </message>
    <message>
        <source>Say which field each column of the file fills</source>
        <translation>ファイルの各列がどの項目に入るかを指定します</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} をインポートしています…</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} rejected</source>
        <translation>新規 {0}、更新 {1}、変更なし {2}、却下 {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported {0}&lt;/b&gt;: {1}.</source>
        <translation>&lt;b&gt;{0} をインポートしました&lt;/b&gt;：{1}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — nothing is written until you choose Import. It would make: {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — 「インポート」を選ぶまで何も書き込まれません。結果の見込み：{1}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use Map columns… to say which columns hold them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;「列の対応付け…」で、どの列に入っているかを指定してください。&lt;/b&gt;</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> ほか {0} 件</translation>
    </message>
    <message>
        <source>New prospects: {0}{1}.</source>
        <translation>新しい見込み客：{0}{1}。</translation>
    </message>
    <message>
        <source>Import {0} deal(s)</source>
        <translation>商談 {0} 件をインポート</translation>
    </message>
    <message>
        <source>Read as a {0} (sheet “{1}”, header on row {2}).</source>
        <translation>{0} として読み込みました（シート「{1}」、見出しは {2} 行目）。</translation>
    </message>
    <message>
        <source>Read as a {0} ({1}, {2}-separated).</source>
        <translation>{0} として読み込みました（{1}、{2}区切り）。</translation>
    </message>
    <message>
        <source>Headers in {0}.</source>
        <translation>見出しの言語：{0}。</translation>
    </message>
    <message>
        <source>Not read: {0} — use Map columns… if they matter.</source>
        <translation>読み込まなかった列：{0} — 必要なら「列の対応付け…」を使ってください。</translation>
    </message>
    <message>
        <source>Collateral does not know this stage; say what it means.</source>
        <translation>Collateral はこのステージを知りません。意味を指定してください。</translation>
    </message>
    <message>
        <source>{0} (unknown)</source>
        <translation>{0}（不明）</translation>
    </message>
    <message>
        <source> (your mapping)</source>
        <translation>（あなたの対応付け）</translation>
    </message>
    <message>
        <source>What “{0}” means</source>
        <translation>「{0}」の意味</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported from {0}.&lt;/b&gt; Try again, or choose another file.</source>
        <translation>&lt;b&gt;{0} からは何もインポートされませんでした。&lt;/b&gt;もう一度試すか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file could not be read.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ファイルを読み込めませんでした。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CsvFileChooser</name>
    <message>
        <source>Import deals from a CRM export</source>
        <translation>CRM のエクスポートから商談をインポート</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>CRM エクスポート (*.csv *.txt *.xlsx *.xls);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>DamageWarning</name>
    <message>
        <source>Damaged library</source>
        <translation>破損したライブラリ</translation>
    </message>
    <message>
        <source>The library&apos;s database file is damaged. Restart Collateral to repair it; until then, change nothing in this library.</source>
        <translation>ライブラリのデータベースファイルが破損しています。修復するには Collateral を再起動してください。それまでは、このライブラリを変更しないでください。</translation>
    </message>
    <message>
        <source>Restart and repair</source>
        <translation>再起動して修復</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryDialog</name>
    <message>
        <source>Damaged library</source>
        <translation>破損したライブラリ</translation>
    </message>
    <message>
        <source>Collateral cannot open this library: its database file is damaged.</source>
        <translation>Collateral はこのライブラリを開けません。データベースファイルが破損しています。</translation>
    </message>
    <message>
        <source>Repair does what `collateral check --repair` does. It can take a few minutes for a large library.</source>
        <translation>修復は `collateral check --repair` と同じ処理を行います。大きなライブラリでは数分かかることがあります。</translation>
    </message>
    <message>
        <source>Repair the library</source>
        <translation>ライブラリを修復</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Salvaging the library: every row that can still be read is copied…</source>
        <translation>ライブラリを救出しています。まだ読める行をすべてコピーしています…</translation>
    </message>
    <message>
        <source>The library was salvaged.</source>
        <translation>ライブラリを救出しました。</translation>
    </message>
    <message>
        <source>The library could not be salvaged: {0}</source>
        <translation>ライブラリを救出できませんでした: {0}</translation>
    </message>
    <message>
        <source>Every row was recovered ({0} rows).</source>
        <translation>すべての行を復元しました（{0} 行）。</translation>
    </message>
    <message>
        <source>{0} rows were recovered, {1} lost.</source>
        <translation>{0} 行を復元し、{1} 行が失われました。</translation>
    </message>
    <message>
        <source>Some were on pages that could not be read, and could not be counted.</source>
        <translation>一部は読めないページにあったため、数えられませんでした。</translation>
    </message>
    <message>
        <source>Rows lost by table: {0}.</source>
        <translation>テーブルごとの失われた行: {0}。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) whose assets were lost are back as drafts tagged “recovered”.</source>
        <translation>
            <numerusform>アセットが失われた %n 個のファイルを、タグ「recovered」付きの下書きとして戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>All {0} stored files were kept.</source>
        <translation>保存されている {0} 個のファイルはすべて保持しました。</translation>
    </message>
    <message>
        <source>The damaged database is kept as {0}.</source>
        <translation>破損したデータベースは {0} として保持しています。</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>商談を編集</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新しい商談</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation>新しい見込み客…</translation>
    </message>
    <message>
        <source>Add a company that is not in the list yet</source>
        <translation>一覧にまだない会社を追加します</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商談名</translation>
    </message>
    <message>
        <source>e.g. Platform rollout 2025</source>
        <translation>例：プラットフォーム導入 2025</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>12 500, 1.234,50 €, $1,234.50</source>
        <translation>12500、1.234,50 €、$1,234.50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>the library&apos;s default</source>
        <translation>ライブラリの既定値</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Prospect:</source>
        <translation>見込み客(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>商談(&amp;D):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>担当者(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日：</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>完了予定日：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0}（新規）</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>Current deal</source>
        <translation>現在の商談</translation>
    </message>
    <message>
        <source>What you share, send or present is logged with this deal; type on it to find one</source>
        <translation>共有・送信・プレゼンした内容はこの商談に記録されます。入力して商談を検索できます</translation>
    </message>
</context>
<context>
    <name>DealPopup</name>
    <message>
        <source>Type to filter by deal, prospect, owner or stage</source>
        <translation>商談名・見込み客・担当者・ステージで絞り込み</translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation>商談を絞り込む</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · type to filter</source>
        <translation>
            <numerusform>%n 件の商談 · 入力で絞り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} deals</source>
        <translation>{1} 件中 {0} 件の商談</translation>
    </message>
    <message>
        <source>No deal matches “{0}”.</source>
        <translation>「{0}」に一致する商談はありません。</translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <source>Filter deals by name, prospect, owner or CRM id</source>
        <translation>商談を名前・見込み客・担当者・CRM ID で絞り込み</translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation>商談を絞り込み</translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation>表示する商談</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>すべての商談</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新しい商談…</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>商談を手入力します</translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation>新しい見込み客…</translation>
    </message>
    <message>
        <source>Import from CRM…</source>
        <translation>CRM からインポート…</translation>
    </message>
    <message>
        <source>Read a HubSpot or Salesforce CSV export; you see what changes before anything is written</source>
        <translation>HubSpot または Salesforce の CSV エクスポートを読み込みます。書き込む前に変更内容を確認できます</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Deal details</source>
        <translation>商談の詳細</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit prospect…</source>
        <translation>見込み客を編集…</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>受注にする</translation>
    </message>
    <message>
        <source>Closed Won on the day you say (today unless changed); then: which assets helped?</source>
        <translation>指定した日（変更しなければ今日）に受注で完了。その後、どのアセットが役立ったかを尋ねます</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>失注にする</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Work on this deal</source>
        <translation>この商談に取り組む</translation>
    </message>
    <message>
        <source>Make it the current deal: what you share is logged with it</source>
        <translation>現在の商談にします。共有した内容はこの商談に記録されます</translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation>商談の準備</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>コンテンツをリクエスト…</translation>
    </message>
    <message>
        <source>Ask marketing for something this deal needs</source>
        <translation>この商談に必要なものをマーケティングに依頼します</translation>
    </message>
    <message>
        <source>Select a deal to see what was shared with its prospect.</source>
        <translation>商談を選ぶと、その見込み客と共有した内容が表示されます。</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{1} に {0}</translation>
    </message>
    <message>
        <source>nothing shared or presented with this prospect yet.</source>
        <translation>この見込み客とはまだ何も共有・プレゼンしていません。</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> ほか {0} 件</translation>
    </message>
    <message>
        <source>shared or presented: {0}{1}</source>
        <translation>共有またはプレゼン済み：{0}{1}</translation>
    </message>
    <message>
        <source>Prospect {0} added.</source>
        <translation>見込み客 {0} を追加しました。</translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Decline request</source>
        <translation>リクエストを却下</translation>
    </message>
    <message>
        <source>Why is “{0}” declined? {1} will read this.</source>
        <translation>「{0}」を却下する理由は？ {1} さんがこの理由を読みます。</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver request</source>
        <translation>リクエストに対応</translation>
    </message>
    <message>
        <source>Which asset answers “{0}”?</source>
        <translation>「{0}」に応えるアセットはどれですか？</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>アセット</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>提供</translation>
    </message>
</context>
<context>
    <name>DownloadWidget</name>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the download; it resumes where it stopped next time</source>
        <translation>ダウンロードを停止します。次回は中断したところから再開します</translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation>（ほか {0} 件）</translation>
    </message>
</context>
<context>
    <name>FeedbackPrompt</name>
    <message>
        <source>Which assets helped?</source>
        <translation>どのアセットが役立ちましたか？</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Save your answers; everyone sees them on the assets</source>
        <translation>回答を保存します。回答は全員がアセット上で確認できます</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Hide this; you will be asked again next time</source>
        <translation>非表示にします。次回また尋ねます</translation>
    </message>
    <message>
        <source>Don&apos;t ask about this deal</source>
        <translation>この商談については尋ねない</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was won. Which of these helped?</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; を受注しました。役立ったのはどれですか？</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was lost. Did any of these help the prospect?</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; は失注しました。見込み客の役に立ったものはありましたか？</translation>
    </message>
    <message>
        <source>&lt;small&gt;They were shared or presented with {0}.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{0} と共有またはプレゼンしたアセットです。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{0} more deal(s) to ask about</source>
        <translation>ほかに確認する商談 {0} 件</translation>
    </message>
    <message>
        <source>Thank you: {0} answer(s) saved, everyone sees them on the assets.</source>
        <translation>ありがとうございます。回答 {0} 件を保存しました。全員がアセット上で確認できます。</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Tour of the window</source>
        <translation>ウィンドウのツアー</translation>
    </message>
    <message>
        <source>What the parts of the window are for, one at a time</source>
        <translation>ウィンドウの各部分の役割を一つずつ</translation>
    </message>
    <message>
        <source>Building the demo library…</source>
        <translation>デモライブラリを作成しています…</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>デモライブラリ</translation>
    </message>
    <message>
        <source>The demo library could not be built: {0}</source>
        <translation>デモライブラリを作成できませんでした: {0}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type a few words (Ctrl+K): every sentence of every file is searched as you type, with no network.</source>
        <translation>いくつかの語を入力します (Ctrl+K)。入力中に、すべてのファイルのすべての文がネットワークなしで検索されます。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Each card shows the sentence that matched and its page. Drag one into an email: it is logged as shared with the deal picked in the toolbar.</source>
        <translation>各カードには一致した文とそのページが表示されます。メールにドラッグすると、ツールバーで選んだ商談と共有したものとして記録されます。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The page that matched. Present (F5) shows it full screen; Log marks it as sent or presented.</source>
        <translation>一致したページです。プレゼン (F5) で全画面表示、記録で送付済みまたはプレゼン済みにします。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>Prepare for a call, your Deals, and Requests to marketing for what is missing. Mark a deal won and say what helped.</source>
        <translation>商談の準備、あなたの商談、足りないものをマーケティングに頼むリクエスト。商談を成立にして、何が役立ったかを伝えます。</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <source>For marketing: what is used, what wins, what is stale, what is missing. The user guide (F1) has a quick start for reps and one for marketers.</source>
        <translation>マーケティング向け: 何が使われ、何が受注につながり、何が古く、何が足りないか。ユーザーガイド (F1) には営業担当者向けとマーケター向けのクイックスタートがあります。</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Collateral user guide</source>
        <translation>Collateral ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>HandoffTab</name>
    <message>
        <source>MQLs per hand-off week</source>
        <translation>ハンドオフ週ごとの MQL</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>リサイクル</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>コンバージョン</translation>
    </message>
    <message>
        <source>Content and conversion</source>
        <translation>コンテンツとコンバージョン</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Computing the hand-off…</source>
        <translation>ハンドオフを計算中…</translation>
    </message>
    <message>
        <source>The agreement: </source>
        <translation>合意内容：</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>引き渡し済み</translation>
    </message>
    <message>
        <source>worked in time</source>
        <translation>期限内に対応</translation>
    </message>
    <message>
        <source>decided in time</source>
        <translation>期限内に判定</translation>
    </message>
    <message numerus="yes">
        <source>agreed: %n a week</source>
        <translation>
            <numerusform>合意：週 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MQLs in %1.</source>
        <translation>
            <numerusform>%1 の MQL %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source> Shared with SQLs but never with MQLs: </source>
        <translation> SQL には共有したが MQL には未共有：</translation>
    </message>
    <message numerus="yes">
        <source>Past deadline (%n)</source>
        <translation>
            <numerusform>期限超過（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untouched (%n)</source>
        <translation>
            <numerusform>未対応（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recycled (%n)</source>
        <translation>
            <numerusform>リサイクル（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 leads, the oldest hand-off first.</source>
        <translation>%2 件のリードのうち最初の %1 件（引き渡しの古い順）を表示しています。</translation>
    </message>
    <message>
        <source>Fetching every lead…</source>
        <translation>すべてのリードを取得中…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <source>Import the files that failed again</source>
        <translation>失敗したファイルをもう一度インポートします</translation>
    </message>
    <message>
        <source>Convert them to PDF with LibreOffice for their text and a page preview</source>
        <translation>LibreOffice で PDF に変換し、テキストとページプレビューを取得します</translation>
    </message>
    <message>
        <source>Import each attachment as an asset of its own</source>
        <translation>添付ファイルをそれぞれ別のアセットとしてインポートします</translation>
    </message>
    <message>
        <source>Cancelling after the files being read…</source>
        <translation>読み込み中のファイルが終わりしだいキャンセルします…</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>このインポートを元に戻す…</translation>
    </message>
    <message>
        <source>Take back what this import brought, and nothing else</source>
        <translation>このインポートで追加されたものだけを取り消します</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>ファイルを探しています…</translation>
    </message>
    <message>
        <source>Importing: {0} files found · {1} done · {2} left</source>
        <translation>インポート中：検出 {0} 件 · 完了 {1} 件 · 残り {2} 件</translation>
    </message>
    <message>
        <source>Cancelled: {0}.</source>
        <translation>キャンセル：{0}。</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>完了：{0}。</translation>
    </message>
    <message>
        <source>{0} file(s) need attention (empty, damaged or without readable text): they are drafts, kept for marketing to look at.</source>
        <translation>{0} 件のファイルは要対応です（空、破損、または読み取れるテキストなし）。下書きとしてマーケティングの確認用に残してあります。</translation>
    </message>
    <message>
        <source>The new assets are drafts: reps see them once they are published.</source>
        <translation>新しいアセットは下書きです。公開されると営業に表示されます。</translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>残りをインポート</translation>
    </message>
    <message>
        <source>Convert {0} legacy file(s) with LibreOffice</source>
        <translation>旧形式のファイル {0} 件を LibreOffice で変換</translation>
    </message>
    <message>
        <source>Import {0} email attachment(s)</source>
        <translation>メールの添付ファイル {0} 件をインポート</translation>
    </message>
    <message>
        <source>Converting {0} file(s) with LibreOffice…</source>
        <translation>{0} 件のファイルを LibreOffice で変換しています…</translation>
    </message>
    <message>
        <source>Importing the attachments of {0} email(s)…</source>
        <translation>{0} 通のメールの添付ファイルをインポートしています…</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>インポートを元に戻しています…</translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation>インポートが停止しました：{0}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not imported (cancelled)</source>
        <translation>未インポート（キャンセル）</translation>
    </message>
    <message>
        <source>draft, needs attention</source>
        <translation>下書き、要対応</translation>
    </message>
    <message>
        <source>imported, text unreadable</source>
        <translation>インポート済み、テキスト読み取り不可</translation>
    </message>
    <message>
        <source>imported, no text</source>
        <translation>インポート済み、テキストなし</translation>
    </message>
    <message>
        <source>imported as draft</source>
        <translation>下書きとしてインポート済み</translation>
    </message>
    <message>
        <source>{0} imported · {1} duplicate · {2} skipped · {3} failed</source>
        <translation>インポート {0} · 重複 {1} · スキップ {2} · 失敗 {3}</translation>
    </message>
    <message>
        <source>{0} not imported (cancelled)</source>
        <translation>未インポート {0}（キャンセル）</translation>
    </message>
    <message>
        <source>{0} imported, {1} duplicate, {2} skipped, {3} failed</source>
        <translation>インポート {0}、重複 {1}、スキップ {2}、失敗 {3}</translation>
    </message>
    <message>
        <source>; {0} not imported (cancelled)</source>
        <translation>、未インポート {0}（キャンセル）</translation>
    </message>
    <message>
        <source>{0} asset(s) it brought will be removed from the library.</source>
        <translation>このインポートで追加されたアセット {0} 件をライブラリから削除します。</translation>
    </message>
    <message>
        <source>{0} asset(s) used, edited or put in a kit since will be archived instead, keeping their history.</source>
        <translation>その後に利用・編集・キットへの追加があったアセット {0} 件は、履歴を残したまま代わりにアーカイブします。</translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation>ほかは何も変わりません。</translation>
    </message>
    <message>
        <source>Import undone: {0} asset(s) removed, {1} archived.</source>
        <translation>インポートを元に戻しました：削除 {0} 件、アーカイブ {1} 件。</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <source>Custom…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>The window: from midnight to midnight in the library&apos;s time zone, today included</source>
        <translation>期間：ライブラリのタイムゾーンで午前0時から午前0時まで（今日を含む）</translation>
    </message>
    <message>
        <source>First day included</source>
        <translation>初日を含む</translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation>最終日を含む</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <source>A team member: their uses, the deals they own, their requests and searches</source>
        <translation>チームメンバー：そのメンバーの利用、担当商談、リクエスト、検索</translation>
    </message>
    <message>
        <source>Only assets tagged with it, and deals of it where deals carry it</source>
        <translation>このタグが付いたアセットと、該当する商談のみ</translation>
    </message>
    <message>
        <source>How a won deal&apos;s amount is shared among the assets behind it</source>
        <translation>受注した商談の金額を、関わったアセットにどう配分するか</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Compute again from the events (Ctrl+R)</source>
        <translation>イベントから再計算します (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>レポートを PDF で…</translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation>レポートを HTML で…</translation>
    </message>
    <message>
        <source>The whole view for the meeting, or every table for a spreadsheet</source>
        <translation>会議用にビュー全体を、表計算用に各表を書き出します</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>アトリビューション：</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>絞り込み：</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>利用状況</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>受注への影響</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>カバレッジギャップ</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>サービスレベル</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>検索ニーズ</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>ハンドオフ</translation>
    </message>
    <message>
        <source>Uses over time</source>
        <translation>利用の推移</translation>
    </message>
    <message>
        <source>Choose an asset to see its uses, reps, prospects and deals.</source>
        <translation>アセットを選ぶと、利用状況・営業担当・見込み客・商談が表示されます。</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>利用が多い順</translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation>利用が少ないもの（公開済み）</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>種類別</translation>
    </message>
    <message>
        <source>Asset detail</source>
        <translation>アセットの詳細</translation>
    </message>
    <message>
        <source>Which list to show</source>
        <translation>表示するリスト</translation>
    </message>
    <message>
        <source>Choose an asset to see why it is flagged.</source>
        <translation>アセットを選ぶと、指摘された理由が表示されます。</translation>
    </message>
    <message>
        <source>Set review date…</source>
        <translation>レビュー日を設定…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>レビュー済みにする</translation>
    </message>
    <message>
        <source>Ask owner to review…</source>
        <translation>担当者にレビューを依頼…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Choose when the asset is due for review next</source>
        <translation>次にレビューする日を選びます</translation>
    </message>
    <message>
        <source>Reviewed today: due again in 180 days</source>
        <translation>本日レビュー済み：180 日後に再レビュー</translation>
    </message>
    <message>
        <source>The owner sees the request in What&apos;s new; it stays open until the review date moves</source>
        <translation>担当者は「新着情報」で依頼を確認します。レビュー日が変わるまで依頼は残ります</translation>
    </message>
    <message>
        <source>Archive the selected assets (they stay in the library, out of search)</source>
        <translation>選択したアセットをアーカイブします（ライブラリには残り、検索対象から外れます）</translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation>影響した受注商談</translation>
    </message>
    <message>
        <source>Click a cell to see what is behind it.</source>
        <translation>セルをクリックすると内訳が表示されます。</translation>
    </message>
    <message>
        <source>What is behind the cell</source>
        <translation>セルの内訳</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>コンテンツをリクエスト…</translation>
    </message>
    <message>
        <source>Ask marketing for an asset for this cell&apos;s segment</source>
        <translation>このセルのセグメント向けのアセットをマーケティングにリクエスト</translation>
    </message>
    <message>
        <source>Import files for it…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Import files that answer this cell: they arrive tagged with both of its values</source>
        <translation>このセルに応えるファイルをインポートします。両方の値がタグ付けされます</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation>リクエストの受付（平均営業日数）</translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation>完了した商談のフィードバック率（%）</translation>
    </message>
    <message>
        <source>Requests made in the window</source>
        <translation>期間内のリクエスト</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>フィードバックのない完了商談</translation>
    </message>
    <message>
        <source>Create request…</source>
        <translation>リクエストを作成…</translation>
    </message>
    <message>
        <source>Ask marketing for it, with the query and its segment filled in</source>
        <translation>検索語とセグメントを入力済みの状態でマーケティングに依頼します</translation>
    </message>
    <message>
        <source>Create asset…</source>
        <translation>アセットを作成…</translation>
    </message>
    <message>
        <source>Import a file that answers it, tagged with the query&apos;s segment</source>
        <translation>検索のセグメントでタグ付けして、応えるファイルをインポートします</translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Results nobody opened</source>
        <translation>誰も開かなかった結果</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>mixed currencies, not added up</source>
        <translation>複数通貨（合算していません）</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}. Lift from {4} closed deals.</source>
        <translation>完了した商談 {1} 件中 {0} 件を受注（{2}）。金額は {3} で配分。リフトは完了商談 {4} 件以上で表示。</translation>
    </message>
    <message>
        <source>(gap score {0})</source>
        <translation>（ギャップスコア {0}）</translation>
    </message>
    <message>
        <source>{0:.1f} working days on average (target {1}), {2} on time</source>
        <translation>平均 {0:.1f} 営業日（目標 {1}）、期限内 {2}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>Requests acknowledged: {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage: {4} of {5} closed deals (target {6}).</source>
        <translation>リクエストの受付：{0}。提供：{1} 件、{3} 営業日以内が {2}。フィードバック率：完了商談 {5} 件中 {4}（目標 {6}）。</translation>
    </message>
    <message>
        <source>{0} · filters: {1} · computed in {2:.1f} s</source>
        <translation>{0} · フィルター：{1} · 計算時間 {2:.1f} 秒</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>営業担当</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Review asked on {0}.</source>
        <translation>{0} にレビューを依頼済み。</translation>
    </message>
    <message>
        <source>{0} assets selected.</source>
        <translation>{0} 件のアセットを選択中。</translation>
    </message>
    <message>
        <source>Review date set.</source>
        <translation>レビュー日を設定しました。</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>レビュー済みにしました。</translation>
    </message>
    <message>
        <source>Asked {0} to review “{1}”.</source>
        <translation>{0} さんに「{1}」のレビューを依頼しました。</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>「{0}」をアーカイブしますか？</translation>
    </message>
    <message>
        <source>Archive 1 asset</source>
        <translation>アセット 1 件をアーカイブ</translation>
    </message>
    <message>
        <source>Archive “{0}”</source>
        <translation>「{0}」をアーカイブ</translation>
    </message>
    <message>
        <source>Archive {0} assets?</source>
        <translation>{0} 件のアセットをアーカイブしますか？</translation>
    </message>
    <message>
        <source>Archive {0} assets</source>
        <translation>{0} 件のアセットをアーカイブ</translation>
    </message>
    <message>
        <source>Archived assets leave search results but are kept: Show archived in the Library finds them, and Edit › Undo brings them back.</source>
        <translation>アーカイブしたアセットは検索結果に出なくなりますが保持されます。ライブラリの「アーカイブも表示」で見つけられ、「編集 › 元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>Archived {0} assets.</source>
        <translation>{0} 件のアセットをアーカイブしました。</translation>
    </message>
    <message>
        <source>Rated {0:g} by {1} in the window.</source>
        <translation>期間内の評価 {0:g}（{1} 件）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} × {1}&lt;/b&gt;: {2}, gap score {3:.1f}&lt;br&gt;{4}</source>
        <translation>&lt;b&gt;{0} × {1}&lt;/b&gt;：{2}、ギャップスコア {3:.1f}&lt;br&gt;{4}</translation>
    </message>
    <message>
        <source>Assets ({0})</source>
        <translation>アセット（{0}）</translation>
    </message>
    <message>
        <source>{0} uses</source>
        <translation>利用 {0} 回</translation>
    </message>
    <message>
        <source>Stale, not counted ({0})</source>
        <translation>陳腐化のため対象外（{0}）</translation>
    </message>
    <message>
        <source>past review</source>
        <translation>レビュー期限切れ</translation>
    </message>
    <message>
        <source>Deals ({0})</source>
        <translation>商談（{0}）</translation>
    </message>
    <message>
        <source>Zero-result searches ({0})</source>
        <translation>結果ゼロの検索（{0}）</translation>
    </message>
    <message>
        <source>{0}× · last {1}</source>
        <translation>{0} 回 · 最終 {1}</translation>
    </message>
    <message>
        <source>Open requests ({0})</source>
        <translation>未対応のリクエスト（{0}）</translation>
    </message>
    <message>
        <source>{0} · {1} votes · {2}</source>
        <translation>{0} · {1} 票 · {2}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>陳腐化</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>過去 180 日</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>過去 365 日</translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation>ライブラリで表示</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>商談を開く</translation>
    </message>
    <message>
        <source>Search for it</source>
        <translation>この語で検索</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>リクエストを開く</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>すべての規模</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>すべてのステージ</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>すべてのペルソナ</translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation>アーカイブ候補</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Underused</source>
        <translation>低利用</translation>
    </message>
    <message>
        <source>All tables as CSV (one zip)…</source>
        <translation>すべての表を CSV で（ZIP 1 つ）…</translation>
    </message>
    <message>
        <source>Request content for this cell…</source>
        <translation>このセル向けのコンテンツをリクエスト…</translation>
    </message>
    <message>
        <source>Import files for this cell…</source>
        <translation>このセル向けのファイルをインポート…</translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation>マーケティングにリクエストを送信しました。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip)</source>
        <translation>CSV ファイルの ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export the Insight report</source>
        <translation>Insight レポートをエクスポート</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} を書き出しました</translation>
    </message>
    <message>
        <source>Export this table as CSV…</source>
        <translation>この表を CSV でエクスポート…</translation>
    </message>
</context>
<context>
    <name>KitDestination</name>
    <message>
        <source>Export pitch kit as zip</source>
        <translation>ピッチキットを ZIP でエクスポート</translation>
    </message>
    <message>
        <source>Export the pitch kit into a new folder in…</source>
        <translation>ピッチキットを新しいフォルダーにエクスポート…</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Search inside every deck, case study and sheet  (Ctrl+K)</source>
        <translation>すべての資料・事例・シートの中を検索  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;フィルター&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>並べ替え：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Search, preview and hand over collateral</source>
        <translation>販促資料を検索・プレビュー・共有</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Import files into the library</source>
        <translation>ファイルをライブラリにインポートします</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>Import a folder and its sub-folders</source>
        <translation>フォルダーをサブフォルダーごとインポートします</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>リンクを追加…</translation>
    </message>
    <message>
        <source>Add a web page or video link as an asset</source>
        <translation>Web ページや動画のリンクをアセットとして追加します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the selected assets</source>
        <translation>選択したアセットを編集します</translation>
    </message>
    <message>
        <source>Archive the selected assets</source>
        <translation>選択したアセットをアーカイブします</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>アーカイブから戻す</translation>
    </message>
    <message>
        <source>Taxonomy…</source>
        <translation>タクソノミー…</translation>
    </message>
    <message>
        <source>Edit stages, personas, industries, sizes, products and types</source>
        <translation>ステージ、ペルソナ、業種、規模、製品、種類を編集します</translation>
    </message>
    <message>
        <source>Assets added or updated since your last visit</source>
        <translation>前回の訪問以降に追加・更新されたアセット</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>検索に失敗しました：{0}</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} 件の結果</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 件の結果</translation>
    </message>
    <message>
        <source>in {0:.0f} ms</source>
        <translation>{0:.0f} ミリ秒</translation>
    </message>
    <message>
        <source>did you mean &lt;a href=&quot;suggest&quot;&gt;{0}&lt;/a&gt;?</source>
        <translation>もしかして &lt;a href=&quot;suggest&quot;&gt;{0}&lt;/a&gt;？</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your library is empty&lt;/h3&gt;&lt;p&gt;Drop files or folders on this window, or use &lt;a href=&apos;import&apos;&gt;Import files…&lt;/a&gt; to add decks, case studies, datasheets and more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ライブラリは空です&lt;/h3&gt;&lt;p&gt;ファイルやフォルダーをこのウィンドウにドロップするか、&lt;a href=&apos;import&apos;&gt;ファイルをインポート…&lt;/a&gt;で提案資料・導入事例・データシートなどを追加してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Try fewer or other words, or clear the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一致するものがありません&lt;/h3&gt;&lt;p&gt;語を減らすか別の語を試すか、フィルターをクリアしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Did you mean &lt;a href=&apos;suggest&apos;&gt;{0}&lt;/a&gt;?&lt;/p&gt;</source>
        <translation>&lt;p&gt;もしかして &lt;a href=&apos;suggest&apos;&gt;{0}&lt;/a&gt;？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Still missing? &lt;a href=&apos;request&apos;&gt;Request this from marketing&lt;/a&gt; — they see what you searched for, and you hear back in What&apos;s new.&lt;/p&gt;</source>
        <translation>&lt;p&gt;見つかりませんか？ &lt;a href=&apos;request&apos;&gt;マーケティングにリクエスト&lt;/a&gt; — 検索した内容が伝わり、回答は「新着情報」でお知らせします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation>全画面でページごとに表示（PDF）。プレゼンとして記録されます</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>ファイルをコピー</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Add {0} assets to pitch kit</source>
        <translation>{0} 件のアセットをピッチキットに追加</translation>
    </message>
    <message>
        <source>Add to pitch kit</source>
        <translation>ピッチキットに追加</translation>
    </message>
    <message>
        <source> with {0}</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <source>Log as shared{0}</source>
        <translation>共有として記録{0}</translation>
    </message>
    <message>
        <source>Log as presented{0}</source>
        <translation>プレゼンとして記録{0}</translation>
    </message>
    <message>
        <source>Edit {0} assets…</source>
        <translation>{0} 件のアセットを編集…</translation>
    </message>
    <message>
        <source>Archive {0} assets…</source>
        <translation>{0} 件のアセットをアーカイブ…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>アーカイブ…</translation>
    </message>
    <message>
        <source>{0} — {1} assets</source>
        <translation>{0} — アセット {1} 件</translation>
    </message>
    <message>
        <source>New kit for {0}…</source>
        <translation>{0} 向けの新しいキット…</translation>
    </message>
    <message>
        <source>New kit (choose a deal first)</source>
        <translation>新しいキット（先に商談を選択）</translation>
    </message>
    <message>
        <source>Choose the deal the kit is for first (Deal: on the toolbar).</source>
        <translation>まずキットの対象となる商談を選んでください（ツールバーの「商談:」）。</translation>
    </message>
    <message>
        <source>New pitch kit</source>
        <translation>新しいピッチキット</translation>
    </message>
    <message>
        <source>Name of the kit for {0}:</source>
        <translation>{0} 向けキットの名前：</translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation>{0} — 商談キット {1}</translation>
    </message>
    <message>
        <source>New kit “{0}”</source>
        <translation>新しいキット「{0}」</translation>
    </message>
    <message>
        <source>Add to kit “{0}”</source>
        <translation>キット「{0}」に追加</translation>
    </message>
    <message>
        <source>Added {0} asset(s) to “{1}” ({2} in the kit).</source>
        <translation>{0} 件のアセットを「{1}」に追加しました（キット内 {2} 件）。</translation>
    </message>
    <message>
        <source>“{0}” is on this laptop now: drag it again.</source>
        <translation>「{0}」はこのノート PC に届きました。もう一度ドラッグしてください。</translation>
    </message>
    <message>
        <source>“{0}” is on the team server, not on this laptop yet: it is being downloaded ({1}). Drag it again once it has arrived.</source>
        <translation>「{0}」はチームサーバーにあり、このノート PC にはまだありません。ダウンロード中です（{1}）。届いたらもう一度ドラッグしてください。</translation>
    </message>
    <message>
        <source>Fetching {0} file(s) from the team server first…</source>
        <translation>まずチームサーバーから {0} 件のファイルを取得しています…</translation>
    </message>
    <message>
        <source>Download stopped; it resumes where it stopped next time.</source>
        <translation>ダウンロードを停止しました。次回は中断したところから再開します。</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>ダウンロードを停止しました。</translation>
    </message>
    <message>
        <source>The team server cannot be reached now; the file will be here when you are online.</source>
        <translation>現在チームサーバーに接続できません。オンラインになればファイルが届きます。</translation>
    </message>
    <message>
        <source>Kept on this laptop for offline use.</source>
        <translation>オフライン用にこのノート PC に保持します。</translation>
    </message>
    <message>
        <source>No longer kept offline: it may be removed to make room.</source>
        <translation>オフライン保持を解除しました。空き容量確保のため削除されることがあります。</translation>
    </message>
    <message>
        <source>“{0}” cannot be presented: {1}</source>
        <translation>「{0}」をプレゼンできません：{1}</translation>
    </message>
    <message>
        <source>Present mode shows PDF pages. Present “{0}” from its own application, then use Log › Mark as presented.</source>
        <translation>プレゼンモードは PDF のページを表示します。「{0}」は専用のアプリでプレゼンし、そのあと「記録 › プレゼン済みにする」を使ってください。</translation>
    </message>
    <message>
        <source>No application is set up to open this file.</source>
        <translation>このファイルを開くアプリが設定されていません。</translation>
    </message>
    <message>
        <source>Copied — paste it into an email or chat.</source>
        <translation>コピーしました。メールやチャットに貼り付けてください。</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>Import files for this demand</source>
        <translation>このニーズに応えるファイルをインポート</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>インポートが実行中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation>フォルダーを確認しています…</translation>
    </message>
    <message>
        <source>Folder surveyed: {0} file(s) found.</source>
        <translation>フォルダーを確認しました：{0} 件のファイル。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>インポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The folder could not be read: {0}</source>
        <translation>フォルダーを読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>Import of {0} asset(s) from {1}</source>
        <translation>{1} からのアセット {0} 件のインポート</translation>
    </message>
    <message>
        <source>Tagged {0} imported asset(s) for {1}.</source>
        <translation>インポートしたアセット {0} 件に {1} のタグを付けました。</translation>
    </message>
    <message>
        <source>The imported files were not tagged for the demand: {0}</source>
        <translation>インポートしたファイルにニーズのタグを付けられませんでした：{0}</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>リンクを追加</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>アドレス (https://…)：</translation>
    </message>
    <message>
        <source>Title ({0} {1}):</source>
        <translation>タイトル（{0} {1}）：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Link added.</source>
        <translation>リンクを追加しました。</translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation>アセット {0} 件</translation>
    </message>
    <message>
        <source>1 asset</source>
        <translation>アセット 1 件</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>Saved {0} asset(s).</source>
        <translation>{0} 件のアセットを保存しました。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>関連度</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近の更新</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>利用が多い順</translation>
    </message>
    <message>
        <source>Most winning</source>
        <translation>受注への貢献順</translation>
    </message>
    <message>
        <source>Shared or presented most in the last 90 days</source>
        <translation>過去 90 日間で最も多く共有・プレゼンされたもの</translation>
    </message>
    <message>
        <source>Reached or helped the most won deals in the last 90 days</source>
        <translation>過去 90 日間で最も多くの受注商談に関わったもの</translation>
    </message>
    <message>
        <source>An import is running. Stop it and quit? What was imported so far is kept.</source>
        <translation>インポートを実行中です。中止して終了しますか？ここまでにインポートした分は保持されます。</translation>
    </message>
    <message>
        <source>Stop the import and quit</source>
        <translation>インポートを中止して終了</translation>
    </message>
    <message>
        <source>Archive “{0}”?</source>
        <translation>「{0}」をアーカイブしますか？</translation>
    </message>
    <message>
        <source>Archive 1 asset</source>
        <translation>アセット 1 件をアーカイブ</translation>
    </message>
    <message>
        <source>Archive {0} assets?</source>
        <translation>{0} 件のアセットをアーカイブしますか？</translation>
    </message>
    <message>
        <source>Archive {0} assets</source>
        <translation>{0} 件のアセットをアーカイブ</translation>
    </message>
    <message>
        <source>Archived assets leave search results but are kept: Show archived finds them, and Edit › Undo brings them back.</source>
        <translation>アーカイブしたアセットは検索結果に出なくなりますが保持されます。「アーカイブも表示」で見つけられ、「編集 › 元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation>{0} をアーカイブ</translation>
    </message>
    <message>
        <source>Archived {0} asset(s).</source>
        <translation>{0} 件のアセットをアーカイブしました。</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>{0} を戻す</translation>
    </message>
    <message>
        <source>Restored {0} asset(s).</source>
        <translation>{0} 件のアセットを戻しました。</translation>
    </message>
    <message>
        <source>Library updated.</source>
        <translation>ライブラリを更新しました。</translation>
    </message>
    <message>
        <source>What&apos;s new ({0})</source>
        <translation>新着情報（{0}）</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>新着情報</translation>
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
        <translation>セクション</translation>
    </message>
    <message>
        <source>Go to a section (Ctrl+1, Ctrl+2, …)</source>
        <translation>セクションへ移動 (Ctrl+1、Ctrl+2、…)</translation>
    </message>
    <message>
        <source>Check library</source>
        <translation>ライブラリを検査</translation>
    </message>
    <message>
        <source>Verify files, database and index</source>
        <translation>ファイル・データベース・インデックスを検査します</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library</source>
        <translation>ライブラリの整合したコピーを書き出します</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>ライブラリを開く…</translation>
    </message>
    <message>
        <source>Switch to another library folder</source>
        <translation>別のライブラリフォルダーに切り替えます</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>Check for updates…</source>
        <translation>アップデートを確認…</translation>
    </message>
    <message>
        <source>Read the version file your admin publishes</source>
        <translation>管理者が公開しているバージョンファイルを読み込みます</translation>
    </message>
    <message>
        <source>About Collateral</source>
        <translation>Collateral について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>システムの言語（{0}）</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>Logged as {0} with {1}.</source>
        <translation>{1} に対する{0}として記録しました。</translation>
    </message>
    <message>
        <source>Logged as {0} (no deal chosen).</source>
        <translation>{0}として記録しました（商談未選択）。</translation>
    </message>
    <message>
        <source>{0} assets</source>
        <translation>アセット {0} 件</translation>
    </message>
    <message>
        <source>{0} waiting for the search index</source>
        <translation>{0} 件が検索インデックス待ち</translation>
    </message>
    <message>
        <source>{0} without readable text</source>
        <translation>{0} 件は読み取れるテキストなし</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}…</source>
        <translation>インデックス作成中 {0} / {1}…</translation>
    </message>
    <message>
        <source>Back up into an empty folder</source>
        <translation>空のフォルダーにバックアップ</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>{0} にバックアップしました。</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>ライブラリフォルダーを開く</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Collateral will open {0} the next time it starts.</source>
        <translation>次回の起動時に Collateral は {0} を開きます。</translation>
    </message>
</context>
<context>
    <name>MyLeadsPanel</name>
    <message>
        <source>Leads handed to me this week</source>
        <translation>今週自分に引き渡されたリード</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>適格</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>却下…</translation>
    </message>
    <message numerus="yes">
        <source>Leads handed to me this week (%n)</source>
        <translation>
            <numerusform>今週自分に引き渡されたリード（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Import folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>インポート対象</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files to import by kind</source>
        <translation>種類別のインポート対象ファイル</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>スキップとその理由</translation>
    </message>
    <message>
        <source>Files skipped and why</source>
        <translation>スキップしたファイルとその理由</translation>
    </message>
    <message>
        <source>Skip licence, changelog, archive, source and build files (recommended)</source>
        <translation>ライセンス、変更履歴、アーカイブ、ソース、ビルドのファイルをスキップ（推奨）</translation>
    </message>
    <message>
        <source>Marketing reviews them before reps see them</source>
        <translation>営業が見る前にマーケティングが確認します</translation>
    </message>
    <message>
        <source>{0} folders</source>
        <translation>フォルダー {0} 個</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; holds {1} file(s): {2} to import ({3}), {4} skipped.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; には {1} 件のファイルがあります：インポート対象 {2} 件（{3}）、スキップ {4} 件。</translation>
    </message>
    <message>
        <source>It is a large import.</source>
        <translation>大量のインポートです。</translation>
    </message>
    <message>
        <source>Most of its files do not look like collateral (packaging, program or unknown files).</source>
        <translation>ほとんどのファイルが販促資料に見えません（パッケージ、プログラム、不明なファイル）。</translation>
    </message>
    <message>
        <source>Import them as drafts, so marketing reviews them before reps see them — or cancel and choose the folder that holds your collateral. An import can be undone from File › Recent imports.</source>
        <translation>下書きとしてインポートすれば、営業が見る前にマーケティングが確認できます。または、キャンセルして販促資料のあるフォルダーを選んでください。インポートは「ファイル › 最近のインポート」から元に戻せます。</translation>
    </message>
    <message>
        <source>Import {0} file(s)</source>
        <translation>{0} 件のファイルをインポート</translation>
    </message>
    <message>
        <source>Import {0} as drafts</source>
        <translation>{0} 件を下書きとしてインポート</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ファネルステージ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>For a &amp;deal</source>
        <translation>商談向け(&amp;D)</translation>
    </message>
    <message>
        <source>For a &amp;segment</source>
        <translation>セグメント向け(&amp;S)</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat, or copy it: it is logged as shared with the deal. Double-click to preview it.</source>
        <translation>アセットをメールやチャットにドラッグするかコピーすると、商談と共有したものとして記録されます。ダブルクリックでプレビューします。</translation>
    </message>
    <message>
        <source>Recommended assets</source>
        <translation>おすすめのアセット</translation>
    </message>
    <message>
        <source>Drag an asset into an email or chat to share it</source>
        <translation>アセットをメールやチャットにドラッグして共有します</translation>
    </message>
    <message>
        <source>Copy to share</source>
        <translation>コピーして共有</translation>
    </message>
    <message>
        <source>Copy the file (or link) to paste into an email; logged as shared</source>
        <translation>ファイル（またはリンク）をコピーしてメールに貼り付けます。共有として記録されます</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>送信済みにする</translation>
    </message>
    <message>
        <source>You sent it another way: log it as shared with the deal</source>
        <translation>別の方法で送りました。商談と共有したものとして記録します</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>Full screen, page by page (PDF); logged as presented</source>
        <translation>全画面でページごとに表示（PDF）。プレゼンとして記録されます</translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation>プレゼン済みにする</translation>
    </message>
    <message>
        <source>You presented it from its own application</source>
        <translation>専用のアプリでプレゼンしました</translation>
    </message>
    <message>
        <source>Add to kit →</source>
        <translation>キットに追加 →</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Show it in the library&apos;s preview (Enter)</source>
        <translation>ライブラリのプレビューに表示します (Enter)</translation>
    </message>
    <message>
        <source>Pitch kit</source>
        <translation>ピッチキット</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>キット名</translation>
    </message>
    <message>
        <source>Assets in the kit, in order</source>
        <translation>キット内のアセット（順番どおり）</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>ドラッグで並べ替え</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move earlier in the kit (Alt+Up)</source>
        <translation>キット内で前へ移動 (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move later in the kit (Alt+Down)</source>
        <translation>キット内で後ろへ移動 (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save kit</source>
        <translation>キットを保存</translation>
    </message>
    <message>
        <source>Export folder…</source>
        <translation>フォルダーにエクスポート…</translation>
    </message>
    <message>
        <source>Write the files, in order, into a new folder; each is logged as shared with the prospect</source>
        <translation>ファイルを順番どおり新しいフォルダーに書き出します。それぞれ見込み客と共有したものとして記録されます</translation>
    </message>
    <message>
        <source>Export zip…</source>
        <translation>ZIP にエクスポート…</translation>
    </message>
    <message>
        <source>One zip to attach; each file is logged as shared</source>
        <translation>添付用の ZIP ファイル 1 つ。各ファイルは共有として記録されます</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Choose a deal, or a segment (industry, size, stage, persona), to see what to bring.</source>
        <translation>商談またはセグメント（業種・規模・ステージ・ペルソナ）を選ぶと、持参すべき資料が表示されます。</translation>
    </message>
    <message>
        <source>Finding what fits…</source>
        <translation>合うものを探しています…</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>任意のセグメント</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 向け（{1}）</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 向け</translation>
    </message>
    <message>
        <source>evidence from {0} similar won deal(s) in the last year</source>
        <translation>過去 1 年間の類似の受注商談 {0} 件に基づく</translation>
    </message>
    <message>
        <source>no similar won deals yet: ranked by fit, ratings and freshness</source>
        <translation>類似の受注商談はまだありません。適合度・評価・鮮度で並べています</translation>
    </message>
    <message>
        <source>Few assets fit all of it: &lt;a href=&apos;widen&apos;&gt;show what fits the industry and size at any stage&lt;/a&gt;.</source>
        <translation>すべてに合うアセットはわずかです：&lt;a href=&apos;widen&apos;&gt;業種と規模に合うものを全ステージで表示&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Ask marketing for more&lt;/a&gt;.</source>
        <translation>&lt;a href=&apos;request&apos;&gt;マーケティングに追加をリクエスト&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>nothing in the library fits yet; &lt;a href=&apos;request&apos;&gt;request it from marketing&lt;/a&gt;.</source>
        <translation>ライブラリにはまだ合うものがありません。&lt;a href=&apos;request&apos;&gt;マーケティングにリクエスト&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented</source>
        <translation>全画面でページごとに表示。プレゼンとして記録されます</translation>
    </message>
    <message>
        <source>Present mode shows PDF pages; present this from its own application, then use Mark as presented</source>
        <translation>プレゼンモードは PDF のページを表示します。専用のアプリでプレゼンし、そのあと「プレゼン済みにする」を使ってください</translation>
    </message>
    <message>
        <source>{0} — call kit {1}</source>
        <translation>{0} — 商談キット {1}</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>新しいキット</translation>
    </message>
    <message>
        <source>{0} ({1} assets)</source>
        <translation>{0}（アセット {1} 件）</translation>
    </message>
    <message>
        <source>Save kit “{0}”</source>
        <translation>キット「{0}」を保存</translation>
    </message>
    <message>
        <source>Kit “{0}” saved.</source>
        <translation>キット「{0}」を保存しました。</translation>
    </message>
    <message>
        <source>Exported {0} file(s) to {1}; logged as shared with {2}.</source>
        <translation>{0} 件のファイルを {1} にエクスポートし、{2} と共有したものとして記録しました。</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <source>Presenting {0}</source>
        <translation>{0} をプレゼン中</translation>
    </message>
    <message>
        <source>Present mode</source>
        <translation>プレゼンモード</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Arrows or Space to turn pages, Esc to leave</source>
        <translation>矢印キーまたはスペースでページ送り、Esc で終了</translation>
    </message>
    <message>
        <source>page {0}…</source>
        <translation>ページ {0}…</translation>
    </message>
    <message>
        <source>{0} / {1}   Esc to leave</source>
        <translation>{0} / {1}   Esc で終了</translation>
    </message>
    <message>
        <source>Page {0} cannot be shown: {1}</source>
        <translation>ページ {0} を表示できません：{1}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open in its default application (Enter)</source>
        <translation>既定のアプリで開く (Enter)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>ファイルをコピー</translation>
    </message>
    <message>
        <source>Copy the file to paste it into an email or chat</source>
        <translation>ファイルをコピーしてメールやチャットに貼り付けます</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>Full screen, page by page; logged as presented (F5)</source>
        <translation>全画面でページごとに表示。プレゼンとして記録されます (F5)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Say you sent or presented it outside Collateral</source>
        <translation>Collateral 以外で送信・プレゼンしたことを記録します</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>送信済みにする</translation>
    </message>
    <message>
        <source>Logged as shared with the current deal</source>
        <translation>現在の商談と共有したものとして記録しました</translation>
    </message>
    <message>
        <source>Mark as presented</source>
        <translation>プレゼン済みにする</translation>
    </message>
    <message>
        <source>Logged as presented with the current deal</source>
        <translation>現在の商談でプレゼンしたものとして記録しました</translation>
    </message>
    <message>
        <source>Team file</source>
        <translation>チームファイル</translation>
    </message>
    <message>
        <source>Fetch the file from the team server; Open, Copy and Present fetch it too</source>
        <translation>チームサーバーからファイルを取得します。「開く」「コピー」「プレゼン」でも取得されます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keep on this laptop for offline use</source>
        <translation>オフライン用にこのノート PC に保持</translation>
    </message>
    <message>
        <source>Kept whatever the room for team files; fetched now if it is not here yet</source>
        <translation>チームファイルの容量に関係なく保持します。まだなければ今すぐ取得します</translation>
    </message>
    <message>
        <source>Select an asset to preview it here.</source>
        <translation>アセットを選ぶとここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>ページ画像</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文書のテキスト</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>要対応：{0}</translation>
    </message>
    <message>
        <source>Text unavailable</source>
        <translation>テキストを利用できません</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>テキストなし</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>ページ {0} / {1}</translation>
    </message>
    <message>
        <source>The file is on the team server: download it to see it here.</source>
        <translation>ファイルはチームサーバーにあります。ここで見るにはダウンロードしてください。</translation>
    </message>
    <message>
        <source>Nothing to preview. Use Open to view it in its own application.</source>
        <translation>プレビューできません。「開く」で専用のアプリで表示してください。</translation>
    </message>
    <message>
        <source>A link: use Open to view it in your browser.</source>
        <translation>リンクです。「開く」でブラウザーに表示します。</translation>
    </message>
    <message>
        <source>Kept on this laptop whatever the room for team files</source>
        <translation>チームファイルの容量に関係なくこのノート PC に保持</translation>
    </message>
    <message>
        <source>Downloaded from the team server; it may be removed to make room unless kept. It stays on the team server.</source>
        <translation>チームサーバーからダウンロードしたファイルです。保持しない場合は容量確保のため削除されることがあります。チームサーバー上には残ります。</translation>
    </message>
    <message>
        <source>The file is on the team server —</source>
        <translation>ファイルはチームサーバーにあります —</translation>
    </message>
    <message>
        <source>Fetch it now and keep it whatever the room for team files</source>
        <translation>今すぐ取得し、チームファイルの容量に関係なく保持します</translation>
    </message>
    <message>
        <source>Download ({0})</source>
        <translation>ダウンロード（{0}）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>on the team server, not downloaded</source>
        <translation>チームサーバー上、未ダウンロード</translation>
    </message>
    <message>
        <source>kept on this laptop for offline use</source>
        <translation>オフライン用にこのノート PC に保持</translation>
    </message>
    <message>
        <source>downloaded from the team server</source>
        <translation>チームサーバーからダウンロード済み</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>published {0}</source>
        <translation>公開 {0}</translation>
    </message>
    <message>
        <source>review by {0}</source>
        <translation>レビュー期限 {0}</translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation>有効期限 {0}</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>A newer version of this asset exists.</source>
        <translation>このアセットには新しいバージョンがあります。</translation>
    </message>
    <message>
        <source>helped win {0} deal(s)</source>
        <translation>{0} 件の受注に貢献</translation>
    </message>
    <message>
        <source>prospects found it useful in {0}</source>
        <translation>{0} で見込み客に役立った</translation>
    </message>
    <message>
        <source>did not help in {0}</source>
        <translation>{0} では役立たなかった</translation>
    </message>
    <message>
        <source>rated {0:.1f} ★ by {1}</source>
        <translation>評価 {0:.1f} ★（{1} 件）</translation>
    </message>
    <message>
        <source>helped win</source>
        <translation>受注に貢献</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>役立たなかった</translation>
    </message>
    <message>
        <source>found useful</source>
        <translation>役立った</translation>
    </message>
    <message>
        <source>Slide {0}</source>
        <translation>スライド {0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>ページ {0}</translation>
    </message>
    <message>
        <source>Sheet {0}</source>
        <translation>シート {0}</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>セクション {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Sales rep — find, share and present collateral</source>
        <translation>営業担当 — 販促資料を探し、共有し、プレゼンする</translation>
    </message>
    <message>
        <source>Marketer — curate the library, answer requests, see what wins</source>
        <translation>マーケター — ライブラリを整え、リクエストに応え、受注に効くものを把握する</translation>
    </message>
    <message>
        <source>Admin — runs the team&apos;s server</source>
        <translation>管理者 — チームのサーバーを運用する</translation>
    </message>
    <message>
        <source>Welcome to Collateral</source>
        <translation>Collateral へようこそ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Who are you? Your name goes with what you share and say about collateral, so marketing learns what helps; your role decides what Collateral shows first. You can change both later under File › Profile.</source>
        <translation>あなたは誰ですか？ 共有した資料や資料への評価にはあなたの名前が付き、マーケティングが何が役立つかを学べます。役割によって Collateral が最初に表示する画面が決まります。どちらも後から「ファイル › プロフィール」で変更できます。</translation>
    </message>
    <message>
        <source>Switch to another person&apos;s profile, or change your role.</source>
        <translation>別の人のプロフィールに切り替えるか、役割を変更します。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <source>Edit prospect</source>
        <translation>見込み客を編集</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>新しい見込み客</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>Company &amp;size:</source>
        <translation>企業規模(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R):</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>最近のインポート</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>このインポートを元に戻す…</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Restore what undoing this import took away</source>
        <translation>このインポートを元に戻したときに消えたものを復元します</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>undone: {0} removed, {1} archived</source>
        <translation>取り消し済み：削除 {0} 件、アーカイブ {1} 件</translation>
    </message>
    <message>
        <source>cancelled: {0} not imported</source>
        <translation>キャンセル：未インポート {0} 件</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>まだインポートはありません。</translation>
    </message>
    <message>
        <source>Brought back {0} asset(s).</source>
        <translation>{0} 件のアセットを戻しました。</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ファネルステージ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Request from marketing</source>
        <translation>マーケティングへのリクエスト</translation>
    </message>
    <message>
        <source>Say what you needed and did not find. Marketing sees it, other reps can vote for it, and you are told in What&apos;s new when it is answered.</source>
        <translation>必要だったのに見つからなかったものを書いてください。マーケティングに届き、他の営業担当も投票でき、回答されたら「新着情報」でお知らせします。</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>必要なもの</translation>
    </message>
    <message>
        <source>e.g. a HIPAA security whitepaper for hospital CISOs</source>
        <translation>例：病院の CISO 向け HIPAA セキュリティのホワイトペーパー</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>必要なもの(&amp;N):</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>For deal</source>
        <translation>対象の商談</translation>
    </message>
    <message>
        <source>For &amp;deal:</source>
        <translation>対象の商談(&amp;D):</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>リクエストを送信</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Open and in progress</source>
        <translation>未対応と対応中</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>すべてのリクエスト</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>リクエストを絞り込み</translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>表示するリクエスト</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>自分のものだけ</translation>
    </message>
    <message>
        <source>Only the requests you made</source>
        <translation>自分が出したリクエストのみ</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新しいリクエスト…</translation>
    </message>
    <message>
        <source>Ask marketing for collateral you need</source>
        <translation>必要な販促資料をマーケティングに依頼します</translation>
    </message>
    <message>
        <source>Content requests</source>
        <translation>コンテンツリクエスト</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>+1 I need this too</source>
        <translation>+1 私も必要</translation>
    </message>
    <message>
        <source>Add your vote: marketing answers the most wanted first</source>
        <translation>投票します。マーケティングは要望の多いものから対応します</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation>提供…</translation>
    </message>
    <message>
        <source>Answer it with an asset from the library</source>
        <translation>ライブラリのアセットで回答します</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>You voted for this</source>
        <translation>投票済み</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>リクエストを選んでください。</translation>
    </message>
    <message>
        <source>{0}, asked by {1}</source>
        <translation>{0}、依頼者 {1}</translation>
    </message>
    <message>
        <source>{0} vote(s)</source>
        <translation>{0} 票</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>{0} 向け</translation>
    </message>
    <message>
        <source>Delivered with &lt;a href=&apos;asset:{0}&apos;&gt;this asset&lt;/a&gt;.</source>
        <translation>&lt;a href=&apos;asset:{0}&apos;&gt;このアセット&lt;/a&gt;で提供しました。</translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation>却下：{0}</translation>
    </message>
    <message>
        <source>Request sent to marketing.</source>
        <translation>マーケティングにリクエストを送信しました。</translation>
    </message>
    <message>
        <source>Vote added.</source>
        <translation>投票しました。</translation>
    </message>
    <message>
        <source>Request marked {0}.</source>
        <translation>リクエストを「{0}」にしました。</translation>
    </message>
    <message>
        <source>Delivered; {0} will see it in What&apos;s new.</source>
        <translation>提供しました。{0} さんは「新着情報」で確認できます。</translation>
    </message>
    <message>
        <source>Declined; {0} will see why in What&apos;s new.</source>
        <translation>却下しました。{0} さんは理由を「新着情報」で確認できます。</translation>
    </message>
</context>
<context>
    <name>RestartQuestion</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Collateral will speak {0} from its next start. Restart now?</source>
        <translation>次回の起動から Collateral は {0} で表示されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message>
        <source>Set review date</source>
        <translation>レビュー日を設定</translation>
    </message>
    <message>
        <source>When should “{0}” be reviewed next?</source>
        <translation>「{0}」の次回レビューはいつにしますか？</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>レビュー期限</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>Ask the owner to review</source>
        <translation>担当者にレビューを依頼</translation>
    </message>
    <message>
        <source>{0} will see this in What&apos;s new. What should they look at in “{1}”?</source>
        <translation>{0} さんは「新着情報」でこれを確認します。「{1}」のどこを見てほしいですか？</translation>
    </message>
</context>
<context>
    <name>SalesScreens</name>
    <message>
        <source> Deal: </source>
        <translation> 商談: </translation>
    </message>
    <message>
        <source>Prepare for a call</source>
        <translation>商談の準備</translation>
    </message>
    <message>
        <source>What to bring to a call, with the reasons; pitch kits</source>
        <translation>商談に持参する資料とその理由、ピッチキット</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Prospects and deals</source>
        <translation>見込み客と商談</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>What reps asked marketing for, and the answers</source>
        <translation>営業がマーケティングに依頼した内容と回答</translation>
    </message>
    <message>
        <source>Who you are and your role (click to change)</source>
        <translation>あなたと役割（クリックで変更）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>プロフィール…</translation>
    </message>
    <message>
        <source>Your name and role; switch to another person</source>
        <translation>名前と役割。別の人に切り替えます</translation>
    </message>
    <message>
        <source>Request content…</source>
        <translation>コンテンツをリクエスト…</translation>
    </message>
    <message>
        <source>Ask marketing for something you need</source>
        <translation>必要なものをマーケティングに依頼します</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新しい商談…</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>商談を手入力します</translation>
    </message>
    <message>
        <source>Import deals from CRM…</source>
        <translation>CRM から商談をインポート…</translation>
    </message>
    <message>
        <source>HubSpot or Salesforce CSV export, with a preview before anything is written</source>
        <translation>HubSpot または Salesforce の CSV エクスポート。書き込む前にプレビューします</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>営業(&amp;S)</translation>
    </message>
    <message>
        <source>You are {0} ({1}).</source>
        <translation>{0}（{1}）として使用中です。</translation>
    </message>
    <message>
        <source>Choose your profile…</source>
        <translation>プロフィールを選択…</translation>
    </message>
    <message>
        <source>Not what you need?</source>
        <translation>必要なものと違いますか？</translation>
    </message>
    <message>
        <source>None has all the words.</source>
        <translation>すべての語を含むものはありません。</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;request&apos;&gt;Request it from marketing&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;request&apos;&gt;マーケティングにリクエスト&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} deal(s) closed by this import wait for their owners&apos; feedback.</source>
        <translation>このインポートで完了した商談 {0} 件が担当者のフィードバック待ちです。</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <source>Set aside</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>&amp;Remove from server…</source>
        <translation>サーバーから削除(&amp;R)…</translation>
    </message>
    <message>
        <source>The team&apos;s admin removes it for everyone; the server&apos;s admin log keeps who and why</source>
        <translation>チームの管理者が全員から削除します。サーバーの管理ログに誰がなぜ削除したかが残ります</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Set aside (%n)&lt;/b&gt;: failed a check and kept out of this library; the rest of the sync goes on.</source>
        <translation>
            <numerusform>&lt;b&gt;保留 (%n 件)&lt;/b&gt;: チェックに通らなかったため、このライブラリには取り込んでいません。その他の同期は続行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the team server</source>
        <translation>チームサーバーから削除</translation>
    </message>
    <message>
        <source>Remove {0} {1} from the server for everyone. Why (for the admin log)?</source>
        <translation>{0} {1} を全員のためにサーバーから削除します。理由(管理ログ用)は?</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <source>Team sync</source>
        <translation>チーム同期</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>チームサーバー：{0}</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>最終同期：{0}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files</source>
        <translation>送信待ち：イベント {0} 件、変更 {1} 件、ファイル {2} 件</translation>
    </message>
    <message>
        <source>{0} edits only a marketer can publish stay on this laptop</source>
        <translation>マーケターしか公開できない編集 {0} 件はこのノート PC に残ります</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>クリックで今すぐ同期します。</translation>
    </message>
</context>
<context>
    <name>TaxonomyEditorDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation>タクソノミー</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Retire the value; assets keep it until edited</source>
        <translation>値を廃止します。アセットは編集されるまでその値を保持します</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>値を追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Add {0} “{1}”</source>
        <translation>{0}「{1}」を追加</translation>
    </message>
    <message>
        <source>Rename value</source>
        <translation>値の名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <source>Rename “{0}” to “{1}”</source>
        <translation>「{0}」を「{1}」に名前変更</translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation>「{0}」を削除</translation>
    </message>
</context>
<context>
    <name>TeamScreens</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>The team server: sync, conflicts</source>
        <translation>チームサーバー：同期、競合</translation>
    </message>
    <message>
        <source>Team settings…</source>
        <translation>チームの設定…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <source>A conflict to settle under Team.</source>
        <translation>「チーム」で解決すべき競合が 1 件あります。</translation>
    </message>
    <message>
        <source>{0} conflicts to settle under Team.</source>
        <translation>「チーム」で解決すべき競合が {0} 件あります。</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>チームの設定</translation>
    </message>
    <message>
        <source>Join your team&apos;s server to share what you use and fetch what marketing publishes. Everything keeps working offline; Collateral syncs whenever the server is reachable.</source>
        <translation>チームのサーバーに参加すると、自分の利用状況を共有し、マーケティングが公開したものを受け取れます。オフラインでもすべて動作し、サーバーに接続できれば Collateral が同期します。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>as given by your team&apos;s admin</source>
        <translation>チームの管理者から受け取ったもの</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>What the encryption means</source>
        <translation>暗号化の意味</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>kept in this library; choose a file to replace it</source>
        <translation>このライブラリに保存済み。置き換えるにはファイルを選択</translation>
    </message>
    <message>
        <source>the file from your team&apos;s admin (PEM), or “system”</source>
        <translation>チーム管理者から受け取ったファイル (PEM)、または「system」</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The CA certificate from your team&apos;s admin</source>
        <translation>チーム管理者から受け取った CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>参加しています…</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>問題が発生しました：{0}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Team &amp;settings…</source>
        <translation>チームの設定(&amp;S)…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Disk budget for team files</source>
        <translation>チームファイル用のディスク容量</translation>
    </message>
    <message>
        <source>Room for unpinned team files:</source>
        <translation>保持指定のないチームファイルの容量：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;</source>
        <translation>&lt;b&gt;競合&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not in a team&lt;/h3&gt;This library works on its own.</source>
        <translation>&lt;h3&gt;チームに未参加&lt;/h3&gt;このライブラリは単独で動作しています。</translation>
    </message>
    <message>
        <source>Join your team&apos;s server under Team settings to share usage and fetch new collateral.</source>
        <translation>「チームの設定」でチームのサーバーに参加すると、利用状況を共有し、新しい販促資料を受け取れます。</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0}（{1}）@ {2}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0} events, {1} changes, {2} files.</source>
        <translation>送信待ち：イベント {0} 件、変更 {1} 件、ファイル {2} 件。</translation>
    </message>
    <message>
        <source>{0} of your edits stay on this laptop: only marketers publish them.</source>
        <translation>あなたの編集 {0} 件はこのノート PC に残ります。公開できるのはマーケターだけです。</translation>
    </message>
    <message>
        <source>{0} team items wait for something they refer to.</source>
        <translation>チームの項目 {0} 件が参照先の到着を待っています。</translation>
    </message>
    <message>
        <source>{0} team rows or events failed a check and are set aside, each with its reason (`collateral team quarantine list`); the team&apos;s admin removes or repairs them.</source>
        <translation>チームの行またはイベント {0} 件がチェックに通らず、理由付きで保留されています（`collateral team quarantine list`）。チームの管理者が削除または修復します。</translation>
    </message>
    <message>
        <source>Team files on this laptop: {0} MB ({1} MB pinned for offline use).</source>
        <translation>このノート PC のチームファイル：{0} MB（オフライン用に保持 {1} MB）。</translation>
    </message>
    <message>
        <source>The last sync was stopped; it goes on at the next one.</source>
        <translation>前回の同期は中断されました。次回の同期で続行します。</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Tour of the window</source>
        <translation>ウィンドウのツアー</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>ツアーをスキップ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>ステップ {0}/{1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>元に戻しました：{0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>やり直しました：{0}</translation>
    </message>
    <message>
        <source>Could not undo {0}: {1}</source>
        <translation>{0} を元に戻せませんでした：{1}</translation>
    </message>
    <message>
        <source>Could not redo {0}: {1}</source>
        <translation>{0} をやり直せませんでした：{1}</translation>
    </message>
</context>
<context>
    <name>UndoImportConfirmation</name>
    <message>
        <source>Undo this import</source>
        <translation>このインポートを元に戻す</translation>
    </message>
    <message>
        <source>Undo this import of {0} asset(s)?</source>
        <translation>{0} 件のアセットのこのインポートを元に戻しますか？</translation>
    </message>
    <message>
        <source>Undo import of {0} asset(s)</source>
        <translation>{0} 件のアセットのインポートを元に戻す</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Check for updates</source>
        <translation>アップデートを確認</translation>
    </message>
    <message>
        <source>This is Collateral {0}. Whoever supports Collateral can publish a version file that says which version is current; Collateral reads it only when you check.</source>
        <translation>これは Collateral {0} です。Collateral のサポート担当者は、最新のバージョンを記したバージョンファイルを公開できます。Collateral がそれを読み込むのは、確認したときだけです。</translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation>https://… またはファイルのパス</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Version file:</source>
        <translation>バージョンファイル:</translation>
    </message>
    <message>
        <source>Enter where the version file is; whoever supports Collateral knows.</source>
        <translation>バージョンファイルの場所を入力してください。Collateral のサポート担当者が知っています。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} を読み込めません: {1}。</translation>
    </message>
    <message>
        <source>You have the latest version ({0}).</source>
        <translation>最新のバージョン ({0}) をお使いです。</translation>
    </message>
    <message>
        <source>Version {0} is available:</source>
        <translation>バージョン {0} を利用できます:</translation>
    </message>
    <message>
        <source>Version {0} is available; whoever supports Collateral knows where to get it.</source>
        <translation>バージョン {0} を利用できます。入手先は Collateral のサポート担当者が知っています。</translation>
    </message>
    <message>
        <source>Could not check for updates. {0}</source>
        <translation>アップデートを確認できませんでした。{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Collateral?&lt;/b&gt; Try it on a demo library of made-up collateral and deals (your own library stays as it is), or take a short tour of the window.</source>
        <translation>&lt;b&gt;Collateral は初めてですか?&lt;/b&gt; 架空の資料と商談のデモライブラリで試せます (あなたのライブラリはそのままです)。ウィンドウの短いツアーもあります。</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>デモライブラリを開く</translation>
    </message>
    <message>
        <source>Take the tour</source>
        <translation>ツアーを見る</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>ガイドを読む (F1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation>新着情報</translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation>レビュー依頼</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>あなたのリクエスト</translation>
    </message>
    <message>
        <source>{0} assets added or updated since your last visit ({1}).</source>
        <translation>前回の訪問（{1}）以降に追加・更新されたアセット {0} 件。</translation>
    </message>
    <message>
        <source>Everything in the library, newest first.</source>
        <translation>ライブラリのすべて（新しい順）。</translation>
    </message>
    <message>
        <source>Nothing new since your last visit.</source>
        <translation>前回の訪問以降、新着はありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asked to review&lt;/b&gt;: {0} of your assets</source>
        <translation>&lt;b&gt;レビュー依頼&lt;/b&gt;：あなたのアセット {0} 件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your requests&lt;/b&gt;: {0} change(s)</source>
        <translation>&lt;b&gt;あなたのリクエスト&lt;/b&gt;：変更 {0} 件</translation>
    </message>
    <message>
        <source>{0} asked you to review “{1}” · {2}</source>
        <translation>{0} さんが「{1}」のレビューを依頼 · {2}</translation>
    </message>
    <message>
        <source>(its review date has moved since)</source>
        <translation>（その後レビュー日が変更されました）</translation>
    </message>
    <message>
        <source>{0} {1} “{2}” · {3}</source>
        <translation>{0} {1}「{2}」 · {3}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>{0} で</translation>
    </message>
    <message>
        <source>an asset</source>
        <translation>アセット</translation>
    </message>
</context>
<context>
    <name>_AssetRow</name>
    <message>
        <source>Helped win</source>
        <translation>受注に貢献</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>役立たなかった</translation>
    </message>
    <message>
        <source>Prospect found it useful</source>
        <translation>見込み客に役立った</translation>
    </message>
    <message>
        <source>shared or presented {0}×</source>
        <translation>共有・プレゼン {0} 回</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Rating of {0}</source>
        <translation>{0} の評価</translation>
    </message>
    <message>
        <source>How useful was it, 1 (not) to 5 (very)? Optional</source>
        <translation>どのくらい役立ちましたか？ 1（まったく）〜 5（とても）。任意</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>評価…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>コメント（任意）</translation>
    </message>
    <message>
        <source>Comment on {0}</source>
        <translation>{0} へのコメント</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Insight</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <source>What is used, what wins, what is stale, what is missing</source>
        <translation>使われているもの、受注に効くもの、古くなったもの、足りないもの</translation>
    </message>
    <message>
        <source>Collateral is already open on {0} but does not answer. Close that window (or end Collateral in the task manager), then start Collateral again.</source>
        <translation>Collateral はすでに {0} を開いていますが、応答がありません。そのウィンドウを閉じて(またはタスクマネージャーで Collateral を終了して)から、Collateral をもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>Assets by use</source>
        <translation>利用別のアセット</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>{0} shared, {1} presented with a prospect; {2} views</source>
        <translation>共有 {0}、見込み客へのプレゼン {1}、閲覧 {2}</translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation>種類別の利用</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>利用あり</translation>
    </message>
    <message>
        <source>Flagged assets</source>
        <translation>指摘されたアセット</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>レビュー期限</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>指摘の理由</translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation>、レビュー依頼 {0}</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>受注への影響</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>関与</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>受注商談</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>影響額</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>完了商談</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>リフト</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Ack. days</source>
        <translation>受付日数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation>提供日数</translation>
    </message>
    <message>
        <source>Delivered on time</source>
        <translation>期限内に提供</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>フィードバックのない完了商談</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>検索ニーズ</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>検索回数</translation>
    </message>
    <message>
        <source>Found nothing</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>No click</source>
        <translation>クリックなし</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>リクエスト済み</translation>
    </message>
    <message>
        <source>An open request already asks for this</source>
        <translation>未対応のリクエストがすでにあります</translation>
    </message>
    <message>
        <source>Nobody has asked marketing yet</source>
        <translation>まだ誰もマーケティングに依頼していません</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Coverage heatmap</source>
        <translation>カバレッジのヒートマップ</translation>
    </message>
    <message>
        <source>assets / demand: 2 published assets tagged for both values; a demand of 5 (open or recent deals + zero-result searches + open requests)</source>
        <translation>アセット / 需要：両方の値が付いた公開アセットが 2 件、需要が 5（進行中または最近の商談 + 結果ゼロの検索 + 未対応のリクエスト）</translation>
    </message>
    <message>
        <source>gap: no asset, some demand</source>
        <translation>ギャップ：アセットなし、需要あり</translation>
    </message>
    <message>
        <source>thin: 1–{0} assets</source>
        <translation>手薄：アセット 1〜{0} 件</translation>
    </message>
    <message>
        <source>covered: {0}+ assets</source>
        <translation>充足：アセット {0} 件以上</translation>
    </message>
    <message>
        <source>excess: {0}+, little used</source>
        <translation>過剰：{0} 件以上、あまり使われていない</translation>
    </message>
    <message>
        <source>quiet: no asset, no demand</source>
        <translation>需要なし：アセットなし、需要なし</translation>
    </message>
    <message>
        <source>gap score = demand ÷ (assets + 1); the darker, the larger</source>
        <translation>ギャップスコア = 需要 ÷（アセット + 1）。濃いほど大きい</translation>
    </message>
    <message>
        <source>No gap in this view: every cell with demand has an asset.</source>
        <translation>この表示にギャップはありません。需要のあるセルにはすべてアセットがあります。</translation>
    </message>
    <message>
        <source>Computing coverage…</source>
        <translation>カバレッジを計算中…</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}
{3}
Gap score {4:.1f} · click to see what is behind it</source>
        <translation>{0} × {1}：{2}
{3}
ギャップスコア {4:.1f} · クリックで内訳を表示</translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation>「受注に貢献」と申告</translation>
    </message>
    <message>
        <source>assisted only</source>
        <translation>関与のみ</translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation>期間内に受注した商談はありません。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>{0}: {1} won deals ({2} declared, {3} assisted){4}</source>
        <translation>{0}：受注商談 {1} 件（申告 {2}、関与 {3}）{4}</translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation>共有・プレゼン</translation>
    </message>
    <message>
        <source>views</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation>受付までの平均営業日数</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>目標 {0}</translation>
    </message>
    <message>
        <source>% of closed deals with feedback</source>
        <translation>フィードバックのある完了商談の割合（%）</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>利用が多い順</translation>
    </message>
    <message>
        <source>Least used</source>
        <translation>利用が少ないもの</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>結果ゼロの検索</translation>
    </message>
    <message>
        <source>Searches nobody opened</source>
        <translation>結果が開かれなかった検索</translation>
    </message>
    <message>
        <source>expired on {0}</source>
        <translation>{0} に有効期限切れ</translation>
    </message>
    <message>
        <source>review overdue since {0}</source>
        <translation>{0} からレビュー期限切れ</translation>
    </message>
    <message>
        <source>review overdue since {0} ({1} days after publishing)</source>
        <translation>{0} からレビュー期限切れ（公開から {1} 日）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>%n 日前</translation>
    </message>
    <message>
        <source>%n weeks ago</source>
        <translation>%n 週間前</translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation>%n か月前</translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation>%n 年前</translation>
    </message>
    <message>
        <source>the last %n days</source>
        <translation>過去 %n 日間</translation>
    </message>
    <message>
        <source>used in {0} closed deals; a lift needs at least {1}</source>
        <translation>完了商談 {0} 件で利用。リフトには最低 {1} 件必要</translation>
    </message>
    <message>
        <source>no deal was won in the window</source>
        <translation>期間内に受注した商談はありません</translation>
    </message>
    <message>
        <source>won {0} of {1} closed deals it reached ({2}) against {3} overall: {4}×</source>
        <translation>関与した完了商談 {1} 件中 {0} 件を受注（{2}）、全体は {3}：{4}×</translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation>レビュー {0}</translation>
    </message>
    <message>
        <source>never shared or presented</source>
        <translation>共有・プレゼンの実績なし</translation>
    </message>
    <message>
        <source>last used {0}</source>
        <translation>最終利用 {0}</translation>
    </message>
    <message>
        <source>{0} uses in the window; the most used of its type had {1}</source>
        <translation>期間内の利用 {0} 回。同じ種類で最多のものは {1} 回</translation>
    </message>
    <message>
        <source>influenced %n won deal(s) in the window</source>
        <translation>期間内に受注商談 %n 件に影響</translation>
    </message>
    <message>
        <source>acknowledged in {0} working days (target {1})</source>
        <translation>{0} 営業日で受付（目標 {1}）</translation>
    </message>
    <message>
        <source>not acknowledged after {0} working days (target {1})</source>
        <translation>{0} 営業日経過しても未受付（目標 {1}）</translation>
    </message>
    <message>
        <source>: late</source>
        <translation>：遅延</translation>
    </message>
    <message>
        <source>delivered in {0} working days (target {1})</source>
        <translation>{0} 営業日で提供（目標 {1}）</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>not delivered after {0} working days (target {1})</source>
        <translation>{0} 営業日経過しても未提供（目標 {1}）</translation>
    </message>
    <message>
        <source>%n customer-facing use(s) in {0}</source>
        <translation>{0} の顧客向け利用 %n 回</translation>
    </message>
    <message>
        <source>below the floor of {0}</source>
        <translation>下限 {0} 未満</translation>
    </message>
    <message>
        <source>assets of its type</source>
        <translation>同じ種類のアセット</translation>
    </message>
    <message>
        <source>among the least used fifth of {0} (at most {1})</source>
        <translation>{0} のうち利用の少ない下位 5 分の 1（最大 {1}）</translation>
    </message>
    <message>
        <source>no customer-facing use in {0}; {1}; published {2}</source>
        <translation>{0} に顧客向け利用なし。{1}。公開 {2}</translation>
    </message>
    <message>
        <source>stale and unused: a candidate for archiving</source>
        <translation>陳腐化かつ未使用：アーカイブ候補</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>%1 を却下する理由は？</translation>
    </message>
    <message>
        <source>Reject lead</source>
        <translation>リードを却下</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Uses over time</source>
        <translation>利用の推移</translation>
    </message>
    <message>
        <source>shared or presented</source>
        <translation>共有・プレゼン</translation>
    </message>
    <message>
        <source>views</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Request acknowledgement (mean working days)</source>
        <translation>リクエストの受付（平均営業日数）</translation>
    </message>
    <message>
        <source>mean working days to acknowledge</source>
        <translation>受付までの平均営業日数</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>目標 {0}</translation>
    </message>
    <message>
        <source>Requests by the week or month they were made; no bar: none acknowledged yet</source>
        <translation>リクエストを作成した週または月ごとに表示。棒なし：まだ受付なし</translation>
    </message>
    <message>
        <source>Feedback coverage of closed deals (%)</source>
        <translation>完了した商談のフィードバック率（%）</translation>
    </message>
    <message>
        <source>deals closed with feedback</source>
        <translation>フィードバックのある完了商談</translation>
    </message>
    <message>
        <source>Deals by the week or month they closed</source>
        <translation>商談を完了した週または月ごとに表示</translation>
    </message>
    <message>
        <source>Won deals influenced</source>
        <translation>影響した受注商談</translation>
    </message>
    <message>
        <source>declared “helped win”</source>
        <translation>「受注に貢献」と申告</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>関与</translation>
    </message>
    <message>
        <source>No deal was won in the window.</source>
        <translation>期間内に受注した商談はありません。</translation>
    </message>
    <message>
        <source>Bars: won deals influenced; the figure after a bar is the lift where shown</source>
        <translation>棒：影響した受注商談。棒の後ろの数値は（表示される場合）リフト</translation>
    </message>
    <message>
        <source>Coverage: {0} × {1}</source>
        <translation>カバレッジ：{0} × {1}</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}; {3}; gap score {4}</source>
        <translation>{0} × {1}：{2}、{3}、ギャップスコア {4}</translation>
    </message>
    <message>
        <source>Each cell: assets / demand (deals + zero-result searches + open requests)</source>
        <translation>各セル：アセット数 / 需要（商談 + 結果ゼロの検索 + 未対応のリクエスト）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>利用状況</translation>
    </message>
    <message>
        <source>Unused and underused assets</source>
        <translation>未使用・低利用のアセット</translation>
    </message>
    <message>
        <source>Stale assets and archive candidates</source>
        <translation>陳腐化したアセットとアーカイブ候補</translation>
    </message>
    <message>
        <source>Win influence</source>
        <translation>受注への影響</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>カバレッジギャップ</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>サービスレベル</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>検索ニーズ</translation>
    </message>
    <message>
        <source>Marketing insight</source>
        <translation>マーケティングインサイト</translation>
    </message>
    <message>
        <source>Could not write {0}: the folder {1} does not exist.</source>
        <translation>{0} を書き込めませんでした：フォルダー {1} がありません。</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>{0} を書き込めませんでした：{1}。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>アトリビューション</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>… and {0} more in the CSV export.</source>
        <translation>…ほか {0} 件は CSV エクスポートにあります。</translation>
    </message>
    <message>
        <source>Collateral · page {0}/{1}</source>
        <translation>Collateral · {0}/{1} ページ</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>付録：定義</translation>
    </message>
    <message>
        <source>The PDF could not be made ({0}); the HTML export holds the same report.</source>
        <translation>PDF を作成できませんでした（{0}）。HTML エクスポートに同じレポートがあります。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>full credit</source>
        <translation>全額計上</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>均等配分</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>ファーストタッチ</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>ラストタッチ</translation>
    </message>
    <message>
        <source>%n open or recent deal(s)</source>
        <translation>進行中または最近の商談 %n 件</translation>
    </message>
    <message>
        <source>%n zero-result search(es)</source>
        <translation>結果ゼロの検索 %n 件</translation>
    </message>
    <message>
        <source>%n open request(s)</source>
        <translation>未対応のリクエスト %n 件</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>需要なし</translation>
    </message>
    <message>
        <source>no asset</source>
        <translation>アセットなし</translation>
    </message>
    <message>
        <source>%n asset(s)</source>
        <translation>アセット %n 件</translation>
    </message>
    <message>
        <source>{0} – {1} ({2} days, {3})</source>
        <translation>{0} – {1}（{2} 日間、{3}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{0} working days (target {1}); {2} on time</source>
        <translation>{0} 営業日（目標 {1}）、期限内 {2}</translation>
    </message>
    <message>
        <source>no request acknowledged (target {0} working days)</source>
        <translation>受付済みのリクエストなし（目標 {0} 営業日）</translation>
    </message>
    <message>
        <source>Assets published</source>
        <translation>公開済みアセット</translation>
    </message>
    <message>
        <source>Used with a prospect</source>
        <translation>見込み客に利用</translation>
    </message>
    <message>
        <source>Archive candidates (stale and unused)</source>
        <translation>アーカイブ候補（陳腐化かつ未使用）</translation>
    </message>
    <message>
        <source>Won amount influenced</source>
        <translation>影響した受注金額</translation>
    </message>
    <message>
        <source>{0} (%n deal(s))</source>
        <translation>{0}（商談 %n 件）</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未対応のリクエスト</translation>
    </message>
    <message>
        <source>Requests acknowledged in</source>
        <translation>リクエストの受付</translation>
    </message>
    <message>
        <source>Feedback coverage</source>
        <translation>フィードバック率</translation>
    </message>
    <message>
        <source>{0} (target {1})</source>
        <translation>{0}（目標 {1}）</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <source>{0} working days</source>
        <translation>{0} 営業日</translation>
    </message>
    <message>
        <source>Archive candidates</source>
        <translation>アーカイブ候補</translation>
    </message>
    <message>
        <source>Won amount influenced (%n deal(s))</source>
        <translation>影響した受注金額（商談 %n 件）</translation>
    </message>
    <message>
        <source>Requests acknowledged (target {0} days)</source>
        <translation>リクエストの受付（目標 {0} 日）</translation>
    </message>
    <message>
        <source>Feedback coverage (target {0})</source>
        <translation>フィードバック率（目標 {0}）</translation>
    </message>
    <message>
        <source>Usage per asset</source>
        <translation>アセットごとの利用</translation>
    </message>
    <message>
        <source>uses: shared + presented with a prospect in the window; views counted apart</source>
        <translation>利用：期間内の共有 + 見込み客へのプレゼン。閲覧は別に集計</translation>
    </message>
    <message>
        <source>Usage by type</source>
        <translation>種類別の利用</translation>
    </message>
    <message>
        <source>Usage by segment</source>
        <translation>セグメント別の利用</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Underused</source>
        <translation>低利用</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>陳腐化</translation>
    </message>
    <message>
        <source>{0} (mixed currencies)</source>
        <translation>{0}（複数通貨）</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals won ({2}); amounts under {3}</source>
        <translation>完了商談 {1} 件中 {0} 件を受注（{2}）。金額は {3} で配分</translation>
    </message>
    <message>
        <source>gap score = demand ÷ (supply + 1)</source>
        <translation>ギャップスコア = 需要 ÷（供給 + 1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Requests and their service levels</source>
        <translation>リクエストとサービスレベル</translation>
    </message>
    <message>
        <source>targets: acknowledged within {0} and delivered within {1} working days</source>
        <translation>目標：{0} 営業日以内に受付、{1} 営業日以内に提供</translation>
    </message>
    <message>
        <source>Deals closed without feedback</source>
        <translation>フィードバックのない完了商談</translation>
    </message>
    <message>
        <source>feedback coverage {0} of {1} closed deals (target {2})</source>
        <translation>フィードバック率：完了商談 {1} 件中 {0}（目標 {2}）</translation>
    </message>
    <message>
        <source>Service levels over time</source>
        <translation>サービスレベルの推移</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>結果ゼロの検索</translation>
    </message>
    <message>
        <source>Searches whose results nobody opened</source>
        <translation>結果が開かれなかった検索</translation>
    </message>
    <message>
        <source>{0} of {1} published assets ({2}) were shared or presented in the window: {3} customer-facing uses, {4} views.</source>
        <translation>公開済みアセット {1} 件中 {0} 件（{2}）が期間内に共有・プレゼンされました：顧客向け利用 {3} 回、閲覧 {4} 回。</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>利用が多い順</translation>
    </message>
    <message>
        <source>Least used (published)</source>
        <translation>利用が少ないもの（公開済み）</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>種類別</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>{0} of {1} closed deals were won ({2}); {3} of them had an asset behind them, worth {4}. Amounts per asset under {5}; lift shown from {6} closed deals.</source>
        <translation>完了商談 {1} 件中 {0} 件を受注（{2}）。うち {3} 件にアセットが関わり、金額は {4}。アセットごとの金額は {5} で配分。リフトは完了商談 {6} 件以上で表示。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Assets behind won deals</source>
        <translation>受注商談に関わったアセット</translation>
    </message>
    <message>
        <source>declared: marked “helped win”; assisted: used with the prospect during the deal</source>
        <translation>申告：「受注に貢献」とマーク。関与：商談期間中に見込み客に利用</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>大きなギャップ</translation>
    </message>
    <message>
        <source>{0} cells have demand and no asset.</source>
        <translation>需要があるのにアセットがないセルが {0} 個あります。</translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation>遅延したリクエスト</translation>
    </message>
    <message>
        <source>{0} working days on average (target {1}); {2} on time</source>
        <translation>平均 {0} 営業日（目標 {1}）、期限内 {2}</translation>
    </message>
    <message>
        <source>no request acknowledged yet</source>
        <translation>まだ受付済みのリクエストなし</translation>
    </message>
    <message>
        <source>Requests acknowledged in {0}. Delivered: {1}, {2} within {3} working days. Feedback coverage {4} of {5} closed deals (target {6}).</source>
        <translation>リクエストの受付：{0}。提供：{1} 件、{3} 営業日以内が {2}。フィードバック率：完了商談 {5} 件中 {4}（目標 {6}）。</translation>
    </message>
    <message>
        <source>; review asked {0}</source>
        <translation>、レビュー依頼 {0}</translation>
    </message>
    <message>
        <source>{0} archive candidates above are not repeated</source>
        <translation>上記のアーカイブ候補 {0} 件は再掲しません</translation>
    </message>
    <message>
        <source>{0} archive candidates (stale and unused), {1} unused, {2} underused, {3} stale. Each says why it is flagged.</source>
        <translation>アーカイブ候補 {0} 件（陳腐化かつ未使用）、未使用 {1} 件、低利用 {2} 件、陳腐化 {3} 件。それぞれに指摘の理由を記載しています。</translation>
    </message>
    <message>
        <source>Half-open: from midnight on {0} to midnight after {1} ({2} days) in {3}; event times are compared in UTC with those instants, deal close dates as calendar days. Deals are those open now or closed in the window.</source>
        <translation>半開区間：{3} における {0} の午前0時から {1} の翌午前0時まで（{2} 日間）。イベント時刻は UTC でこの時点と比較し、商談の完了日は暦日で扱います。対象の商談は、現在進行中のものと期間内に完了したものです。</translation>
    </message>
    <message>
        <source>Customer-facing uses</source>
        <translation>顧客向け利用</translation>
    </message>
    <message>
        <source>Shares and presentations of an asset in the window (to a prospect or not). Views — previews and opens — are counted apart: a preview is never a share.</source>
        <translation>期間内のアセットの共有とプレゼン（見込み客向けかどうかを問わない）。閲覧（プレビューや開くこと）は別に集計します。プレビューは共有には数えません。</translation>
    </message>
    <message>
        <source>Published more than {0} days before {1} (the grace period) and no customer-facing use in the window.</source>
        <translation>{1} より {0} 日以上前に公開され（猶予期間）、期間内に顧客向け利用がないもの。</translation>
    </message>
    <message>
        <source>Past the grace period and used in the window, but fewer than {0} times, or among the least used fifth of its type (types with at least {1} such assets: at most the nearest-rank 20th percentile of the type&apos;s uses and below its most used). Unused assets are listed as unused only.</source>
        <translation>猶予期間を過ぎて期間内に利用されたが、利用が {0} 回未満、または同じ種類の中で利用の少ない下位 5 分の 1 に入るもの（その種類のアセットが {1} 件以上ある場合：その種類の利用回数の 20 パーセンタイル（最近順位法）以下で、かつ最多利用より少ない）。未使用のアセットは未使用としてのみ挙げます。</translation>
    </message>
    <message>
        <source>Past its review-by date on {0} (the stored date, else {1} days after publishing), or past its expiry date.</source>
        <translation>{0} 時点でレビュー期限（保存された日付、なければ公開から {1} 日後）を過ぎたもの、または有効期限を過ぎたもの。</translation>
    </message>
    <message>
        <source>Archive candidate</source>
        <translation>アーカイブ候補</translation>
    </message>
    <message>
        <source>Stale and unused.</source>
        <translation>陳腐化かつ未使用。</translation>
    </message>
    <message>
        <source>For deals won in the window (close date in it): declared when a rep&apos;s latest word on the asset is “helped win”; assisted when it was shared or presented to the deal&apos;s prospect during the deal (from 90 days before the deal was created to the end of its close day). A deal re-opened counts again only when it closes again.</source>
        <translation>期間内に受注した商談（完了日が期間内）について：営業担当のそのアセットへの最新の評価が「受注に貢献」なら「申告」、商談期間中（商談作成の 90 日前から完了日の終わりまで）に見込み客と共有またはプレゼンしていれば「関与」。再開した商談は、再び完了したときにのみ改めて数えます。</translation>
    </message>
    <message>
        <source>Influenced amount</source>
        <translation>影響金額</translation>
    </message>
    <message>
        <source>This report: {0}. Full credits every influencing asset with the deal&apos;s whole amount (totals then count a deal more than once); even split divides it; first and last touch give it to the asset that reached the prospect first or last (ties by asset id; declared-only deals split evenly). Amounts stay in their currency and are rounded to cents. The headline counts each influenced deal once.</source>
        <translation>このレポート：{0}。全額計上では関わった各アセットに商談の全額を計上します（合計では 1 件の商談が複数回数えられます）。均等配分は金額を等分します。ファーストタッチ／ラストタッチは、見込み客に最初／最後に届いたアセットに全額を計上します（同時の場合はアセット ID 順。申告のみの商談は均等配分）。金額は各通貨のまま、最小単位で丸めます。主要指標では影響した商談を 1 件として数えます。</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>リフト</translation>
    </message>
    <message>
        <source>Win rate of the closed deals whose prospect the asset reached during the deal, divided by the win rate of all closed deals in scope; not shown below {0} such deals. Only logged use counts, not “helped win” marks (they exist only on won deals).</source>
        <translation>商談期間中にアセットが見込み客に届いた完了商談の受注率を、対象となる全完了商談の受注率で割った値。該当する商談が {0} 件未満のときは表示しません。記録された利用のみを数え、「受注に貢献」のマーク（受注商談にしか付かない）は数えません。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <source>Cells of {0} × {1}. Supply: published, non-stale assets tagged with both values (an asset untagged in a dimension covers no cell of it). Demand: deals open now or closed in the window whose prospect and stage carry both values, zero-result searches in the window naming both (by filters or words), and requests not yet delivered or declined. Gap: no supply and some demand; thin: 1–{2} assets; covered: {3}+; excess: {4}+ assets used on average fewer times than the underused floor. Gap score = demand ÷ (supply + 1).</source>
        <translation>{0} × {1} のセル。供給：両方の値でタグ付けされた、公開済みで陳腐化していないアセット（ある軸でタグのないアセットはその軸のどのセルにも数えません）。需要：現在進行中または期間内に完了した商談で見込み客とステージが両方の値を持つもの、期間内の結果ゼロの検索で両方を指定したもの（フィルターまたは語で）、まだ提供も却下もされていないリクエスト。ギャップ：供給なしで需要あり。手薄：アセット 1〜{2} 件。充足：{3} 件以上。過剰：{4} 件以上で、平均利用回数が低利用の下限より少ない。ギャップスコア = 需要 ÷（供給 + 1）。</translation>
    </message>
    <message>
        <source>A request made in the window is acknowledged on time when its first change out of “open” came within {0} working days, delivered on time within {1} working days of the request. Working days: Monday to Friday in the library&apos;s time zone, counted to the hour, no holidays. A request still waiting past a target is late already.</source>
        <translation>期間内に作成されたリクエストは、「未対応」から最初に変わるまでが {0} 営業日以内なら期限内に受付、リクエストから {1} 営業日以内に提供されれば期限内に提供とします。営業日：ライブラリのタイムゾーンでの月曜〜金曜、時間単位で計算、祝日は考慮しません。目標を過ぎてもまだ待っているリクエストはその時点で遅延です。</translation>
    </message>
    <message>
        <source>Share of the deals closed in the window with at least one rep&apos;s word on an asset; target {0}.</source>
        <translation>期間内に完了した商談のうち、営業担当がアセットについて少なくとも 1 件評価した商談の割合。目標 {0}。</translation>
    </message>
    <message>
        <source>Searches in the window with no result, and with results none of which was opened, by query (case and spacing ignored; empty queries are browsing).</source>
        <translation>期間内の検索のうち、結果がなかったもの、および結果がどれも開かれなかったものを検索語ごとに集計（大文字小文字と空白は区別しない。空の検索は閲覧とみなす）。</translation>
    </message>
    <message>
        <source>Freshness-and-use score</source>
        <translation>鮮度・利用スコア</translation>
    </message>
    <message>
        <source>0–100 in four parts of 25: reviewed (full today, nothing a year after or when stale), recent use (full today, nothing a window&apos;s length ago), uses (log scale against the most used of its type) and influence (1 − ½ⁿ for n won deals influenced).</source>
        <translation>0〜100、25 点ずつ 4 項目：レビュー（今日なら満点、1 年後または陳腐化で 0）、最近の利用（今日なら満点、期間の長さだけ前なら 0）、利用回数（同じ種類の最多利用に対する対数スケール）、影響（影響した受注商談 n 件で 1 − ½ⁿ）。</translation>
    </message>
    <message>
        <source>{0}. A team member narrows uses to theirs, deals to those they own, requests and searches to theirs; product and segment narrow assets to those tagged with each value, deals to their prospect&apos;s industry and size and their stage (deals carry no persona or product).</source>
        <translation>{0}。チームメンバーを指定すると、利用・担当商談・リクエスト・検索をそのメンバーのものに絞ります。製品とセグメントを指定すると、アセットは各値でタグ付けされたものに、商談は見込み客の業種・規模と商談のステージで絞ります（商談にはペルソナと製品がありません）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>… and {0} more (all of them with --csv or --json)</source>
        <translation>…ほか {0} 件（すべては --csv または --json で）</translation>
    </message>
    <message>
        <source>Window: {0}</source>
        <translation>期間：{0}</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>フィルター：{0}</translation>
    </message>
    <message>
        <source>Attribution: {0}</source>
        <translation>アトリビューション：{0}</translation>
    </message>
    <message>
        <source>Coverage: {0} × {1} — assets/demand per cell; ! gap, ~ thin, + excess</source>
        <translation>カバレッジ：{0} × {1} — セルごとのアセット数/需要。! ギャップ、~ 手薄、+ 過剰</translation>
    </message>
    <message>
        <source>Largest gaps:</source>
        <translation>大きなギャップ：</translation>
    </message>
    <message>
        <source>{0} × {1}: {2}, gap score {3} ({4})</source>
        <translation>{0} × {1}：{2}、ギャップスコア {3}（{4}）</translation>
    </message>
</context>
<context>
    <name>report headers</name>
    <message>
        <source>asset_id</source>
        <translation>アセットID</translation>
    </message>
    <message>
        <source>request_id</source>
        <translation>リクエストID</translation>
    </message>
    <message>
        <source>deal_id</source>
        <translation>商談ID</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>presentations</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>views</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>used</source>
        <translation>利用あり</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation>終了（含まない）</translation>
    </message>
    <message>
        <source>last_used</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>published_on</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>review_by</source>
        <translation>レビュー期限</translation>
    </message>
    <message>
        <source>why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>declared_won</source>
        <translation>受注（申告）</translation>
    </message>
    <message>
        <source>assisted_won</source>
        <translation>受注（関与）</translation>
    </message>
    <message>
        <source>won_deals</source>
        <translation>受注商談</translation>
    </message>
    <message>
        <source>influenced_{0}</source>
        <translation>影響額 {0}</translation>
    </message>
    <message>
        <source>closed_deals_used</source>
        <translation>利用した完了商談</translation>
    </message>
    <message>
        <source>won_deals_used</source>
        <translation>利用した受注商談</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>リフト</translation>
    </message>
    <message>
        <source>lift_why</source>
        <translation>リフトの根拠</translation>
    </message>
    <message>
        <source>average_rating</source>
        <translation>平均評価</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>評価数</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>供給</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>searches</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>gap_score</source>
        <translation>ギャップスコア</translation>
    </message>
    <message>
        <source>gap score</source>
        <translation>ギャップスコア</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>acknowledged_at</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>ack_working_days</source>
        <translation>受付営業日数</translation>
    </message>
    <message>
        <source>ack_on_time</source>
        <translation>期限内に受付</translation>
    </message>
    <message>
        <source>delivered_at</source>
        <translation>提供日時</translation>
    </message>
    <message>
        <source>deliver_working_days</source>
        <translation>提供営業日数</translation>
    </message>
    <message>
        <source>deliver_on_time</source>
        <translation>期限内に提供</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>close_date</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>ack_mean_days</source>
        <translation>平均受付日数</translation>
    </message>
    <message>
        <source>closed_deals</source>
        <translation>完了商談</translation>
    </message>
    <message>
        <source>with_feedback</source>
        <translation>フィードバックあり</translation>
    </message>
    <message>
        <source>query</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>zero_result</source>
        <translation>結果ゼロ</translation>
    </message>
    <message>
        <source>no_click</source>
        <translation>クリックなし</translation>
    </message>
    <message>
        <source>last_searched</source>
        <translation>最終検索</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>open_request</source>
        <translation>未対応のリクエスト</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>関与</translation>
    </message>
    <message>
        <source>won deals</source>
        <translation>受注商談</translation>
    </message>
    <message>
        <source>influenced</source>
        <translation>影響額</translation>
    </message>
    <message>
        <source>closed deals</source>
        <translation>完了商談</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>no click</source>
        <translation>クリックなし</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>リクエスト済み</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>レビュー期限</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reached before closing: {0}</source>
        <translation>完了前に到達：{0}</translation>
    </message>
    <message>
        <source>Stage in the CRM: {0}</source>
        <translation>CRM 上のステージ：{0}</translation>
    </message>
    <message>
        <source>CRM id: {0} ({1})</source>
        <translation>CRM ID：{0}（{1}）</translation>
    </message>
    <message>
        <source>Waiting for feedback on the assets used</source>
        <translation>利用したアセットへのフィードバック待ち</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>My open deals</source>
        <translation>自分の進行中の商談</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>進行中の商談</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>クローズした商談</translation>
    </message>
    <message>
        <source>Other open deals</source>
        <translation>その他の進行中の商談</translation>
    </message>
    <message>
        <source>closes {0}</source>
        <translation>クローズ予定 {0}</translation>
    </message>
    <message>
        <source>closed {0}</source>
        <translation>クローズ {0}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>商談なし</translation>
    </message>
    <message>
        <source>Log what you share without tying it to a deal</source>
        <translation>商談に結び付けずに共有を記録します</translation>
    </message>
    <message>
        <source>what you share is not tied to a deal</source>
        <translation>共有した内容は商談に紐づきません</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Declined: {0}</source>
        <translation>却下：{0}</translation>
    </message>
    <message>
        <source>Score {0:.0f} of 100: {1}</source>
        <translation>スコア {0:.0f}/100：{1}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>理由 / 変更内容</translation>
    </message>
    <message>
        <source>changes {0}</source>
        <translation>変更：{0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>失注</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Encrypt and check the server&apos;s certificate</source>
        <translation>暗号化し、サーバーの証明書を検証する</translation>
    </message>
    <message>
        <source>Encrypt without checking the certificate</source>
        <translation>暗号化するが証明書は検証しない</translation>
    </message>
    <message>
        <source>Never encrypt (only on a network you trust)</source>
        <translation>暗号化しない (信頼できるネットワークのみ)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it, unchecked</source>
        <translation>サーバーが対応していれば暗号化 (未検証)</translation>
    </message>
    <message>
        <source>The certificate is not checked: someone in between could pose as the server.</source>
        <translation>証明書は検証されません。途中の第三者がサーバーになりすます可能性があります。</translation>
    </message>
    <message>
        <source>Passwords and data travel in clear: choose this only on a network you trust (a server on this computer, a private network).</source>
        <translation>パスワードとデータが平文で送られます。信頼できるネットワーク (このコンピューター上のサーバー、プライベートネットワーク) でのみ選択してください。</translation>
    </message>
    <message>
        <source>Not verified, and plain text when the server offers no TLS: choose “Encrypt and check the server&apos;s certificate” and give the CA certificate.</source>
        <translation>検証されず、サーバーが TLS に対応していなければ平文になります。「暗号化し、サーバーの証明書を検証する」を選び、CA 証明書を指定してください。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s changes</source>
        <translation>チームの変更を取得中</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>ファイルを送信中</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>あなたの変更を送信中</translation>
    </message>
    <message>
        <source>Sending your activity</source>
        <translation>あなたのアクティビティを送信中</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s activity</source>
        <translation>チームのアクティビティを取得中</translation>
    </message>
    <message>
        <source>Fetching pinned files</source>
        <translation>保持指定のファイルを取得中</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>検索インデックスを更新中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n 分前</translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation>%n 時間前</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 日前</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>%n 日前</translation>
    </message>
    <message>
        <source>Not in a team</source>
        <translation>チームに未参加</translation>
    </message>
    <message>
        <source> · {0} waiting</source>
        <translation> · 待機 {0} 件</translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation> · 競合 1 件</translation>
    </message>
    <message>
        <source> · %n conflicts</source>
        <translation> · 競合 %n 件</translation>
    </message>
    <message>
        <source> · {0} set aside</source>
        <translation> · 保留 {0} 件</translation>
    </message>
    <message>
        <source> · the server holds back %n facts behind an open transaction since {0}</source>
        <translation> · サーバーは {0} から開いたままのトランザクションの後ろに %n 件のファクトを保留しています</translation>
    </message>
    <message>
        <source>Syncing: {0}…</source>
        <translation>同期中：{0}…</translation>
    </message>
    <message>
        <source>Offline — your work is saved</source>
        <translation>オフライン — 作業内容は保存されています</translation>
    </message>
    <message>
        <source>Online · synced {0}</source>
        <translation>オンライン · 同期 {0}</translation>
    </message>
    <message>
        <source>Downloading {0} — {1} of {2}</source>
        <translation>{0} をダウンロード中 — {1} / {2}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの値</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有効な値</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>{0}  (by {1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>“{0}”: you changed {1} to “{2}”, {3} to “{4}”. Theirs is in effect until you choose.</source>
        <translation>「{0}」：あなたは {1} を「{2}」に、{3} さんは「{4}」に変更しました。選ぶまでは相手の値が有効です。</translation>
    </message>
    <message>
        <source>received from {0}</source>
        <translation>{0} から受信</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>sent from here, refused by the server</source>
        <translation>この端末から送信、サーバーが拒否</translation>
    </message>
</context>
<context>
    <name>updates</name>
    <message>
        <source>“{0}” is not a version number (like 1.2 or 1.2.3).</source>
        <translation>「{0}」はバージョン番号(1.2 や 1.2.3 など)ではありません。</translation>
    </message>
    <message>
        <source>The version file is empty.</source>
        <translation>バージョンファイルが空です。</translation>
    </message>
    <message>
        <source>The version file is not valid JSON ({0}, line {1}).</source>
        <translation>バージョンファイルが正しい JSON ではありません({0}、{1} 行目)。</translation>
    </message>
    <message>
        <source>The version file has no &quot;version&quot; (like &quot;1.2.3&quot;).</source>
        <translation>バージョンファイルに &quot;version&quot;(&quot;1.2.3&quot; など)がありません。</translation>
    </message>
    <message>
        <source>The &quot;url&quot; in the version file is not a link.</source>
        <translation>バージョンファイルの &quot;url&quot; がリンクではありません。</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} を読み込めません: {1}。</translation>
    </message>
    <message>
        <source>The file is larger than {0} bytes: not a version file.</source>
        <translation>ファイルが {0} バイトを超えています。バージョンファイルではありません。</translation>
    </message>
    <message>
        <source>The version file is not text (UTF-8).</source>
        <translation>バージョンファイルがテキスト(UTF-8)ではありません。</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ファネルステージ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>手薄</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>過剰</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>需要なし</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>marketer</source>
        <translation>マーケター</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>提供済み</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>プレゼン</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>underused</source>
        <translation>低利用</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>陳腐化</translation>
    </message>
    <message>
        <source>archive candidate</source>
        <translation>アーカイブ候補</translation>
    </message>
    <message>
        <source>helped win</source>
        <translation>受注に貢献</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>役立たなかった</translation>
    </message>
    <message>
        <source>found useful</source>
        <translation>役立った</translation>
    </message>
</context>
</TS>
