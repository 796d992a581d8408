<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>Import &amp;Files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Import F&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Open the &amp;Sample Issues</source>
        <translation>打开示例报刊(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>Issue &amp;Properties…</source>
        <translation>本期属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>&amp;Reset Zoom</source>
        <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>Re&amp;load Library</source>
        <translation>重新载入资料库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>Next &amp;Issue</source>
        <translation>下一期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>Previous I&amp;ssue</source>
        <translation>上一期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>Page Down, Then Next Article</source>
        <translation>向下翻页，到底转到下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Page Up, Then Previous Article</source>
        <translation>向上翻页，到顶转到上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126"/>
        <source>Go to &amp;Issues Pane</source>
        <translation>转到报刊栏(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>Go to &amp;Articles Pane</source>
        <translation>转到文章栏(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>Go to &amp;Reader Pane</source>
        <translation>转到阅读栏(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>Ne&amp;xt Pane</source>
        <translation>下一栏(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="136"/>
        <source>Pre&amp;vious Pane</source>
        <translation>上一栏(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>&amp;About Issue Reader</source>
        <translation>关于报刊校读(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="64"/>
        <source>Cannot Open the Library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="65"/>
        <source>The library {path} cannot be opened.

{reason}</source>
        <translation>无法打开资料库 {path}。

{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="77"/>
        <source>Issue Reader</source>
        <translation>报刊校读</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../../reader/ui/article_document.py" line="248"/>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="69"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="70"/>
        <source>Kicker / Subtitle</source>
        <translation>肩题 / 副题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="71"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="72"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="75"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="76"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="77"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="81"/>
        <source>news</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="82"/>
        <source>commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="83"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="84"/>
        <source>furniture</source>
        <translation>版面杂项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="88"/>
        <source>not proofread</source>
        <translation>未校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="89"/>
        <source>proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="164"/>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="189"/>
        <source>Kicker: {value}</source>
        <translation>肩题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="190"/>
        <source>Subtitle: {value}</source>
        <translation>副题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="191"/>
        <source>Column: {value}</source>
        <translation>栏目：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="192"/>
        <source>Byline: {value}</source>
        <translation>署名：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="196"/>
        <source>{count} paragraphs</source>
        <translation>{count} 段</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="50"/>
        <source>Looking for issue files…</source>
        <translation>正在查找报刊文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="52"/>
        <source>Imported {done} of {total} files</source>
        <translation>已导入 {done}/{total} 个文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="55"/>
        <source>Importing {current} of {total}: {name}</source>
        <translation>正在导入第 {current}/{total} 个文件：{name}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="64"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="72"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="73"/>
        <source>Already in the library</source>
        <translation>资料库中已有</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="74"/>
        <source>New versions</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="75"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="85"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="91"/>
        <source>The import was cancelled. Files finished before that are kept.</source>
        <translation>导入已取消。取消前已导入的文件均已保留。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="95"/>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialog.py" line="102"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="30"/>
        <source>Issue Properties</source>
        <translation>本期属性</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="38"/>
        <source>e.g. 2023-01-05 or 2023年1月5日</source>
        <translation>例如 2023-01-05 或 2023年1月5日</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="52"/>
        <source>&amp;Publication:</source>
        <translation>报刊(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="53"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="54"/>
        <source>P&amp;age:</source>
        <translation>版次(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="55"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="58"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_dialog.py" line="88"/>
        <source>“{date}” is not a date this reader understands.</source>
        <translation>无法识别日期“{date}”。</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="160"/>
        <source>Issue</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="160"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="207"/>
        <source>Unknown publication</source>
        <translation>未注明报刊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="209"/>
        <source>No date</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="211"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month_number}月</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="227"/>
        <source>{count} issues</source>
        <translation>{count} 期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="229"/>
        <source>Publication: {value}</source>
        <translation>报刊：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="230"/>
        <source>Date: {value}</source>
        <translation>日期：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="231"/>
        <source>Page: {value}</source>
        <translation>版次：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="232"/>
        <source>Title: {value}</source>
        <translation>标题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="233"/>
        <source>Articles: {value}</source>
        <translation>文章：{value} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="234"/>
        <source>File: {value}</source>
        <translation>文件：{value}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="72"/>
        <source>{library} — Issue Reader</source>
        <translation>{library} — 报刊校读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="157"/>
        <source>&amp;Undo {edit}</source>
        <translation>撤销 {edit}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="160"/>
        <source>&amp;Redo {edit}</source>
        <translation>重做 {edit}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="217"/>
        <source>Import Issue Files</source>
        <translation>导入报刊文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="219"/>
        <source>Issue files (*.txt *.md *.markdown);;All files (*)</source>
        <translation>报刊文件 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227"/>
        <source>Import a Folder of Issues</source>
        <translation>导入报刊文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="241"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="273"/>
        <source>The import stopped: {error}</source>
        <translation>导入中止：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="296"/>
        <source>Choose an issue first.</source>
        <translation>请先选择一期报刊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="317"/>
        <source>Find in Article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="317"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="327"/>
        <source>“{text}” is not in this article.</source>
        <translation>本文中没有“{text}”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>About Issue Reader</source>
        <translation>关于报刊校读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="336"/>
        <source>&lt;h3&gt;报刊校读 Issue Reader {version}&lt;/h3&gt;&lt;p&gt;Read, proofread and annotate OCR&apos;d newspaper issues.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报刊校读 Issue Reader {version}&lt;/h3&gt;&lt;p&gt;阅读、校对和批注经 OCR 识别的报纸版面。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="30"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="34"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="51"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="39"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="43"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="62"/>
        <source>Default Shortcuts</source>
        <translation>恢复默认快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="69"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="71"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="73"/>
        <source>A new language takes effect the next time Issue Reader starts.</source>
        <translation>更改后的语言将在下次启动报刊校读时生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="98"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="132"/>
        <source>“{first}” and “{second}” both use {keys}.</source>
        <translation>“{first}”和“{second}”都使用了 {keys}。</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="62"/>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章，即可在此阅读。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../reader/ui/status.py" line="28"/>
        <source>Library file: {path}</source>
        <translation>资料库文件：{path}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status.py" line="57"/>
        <source>{issues} issues · {articles} articles</source>
        <translation>{issues} 期 · {articles} 篇文章</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reader/ui/welcome.py" line="21"/>
        <source>This library has no issues yet.</source>
        <translation>这个资料库里还没有报刊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="30"/>
        <source>You can also drop issue files or folders onto this window.</source>
        <translation>也可以把报刊文件或文件夹拖放到这个窗口中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="35"/>
        <source>报刊校读 Issue Reader</source>
        <translation>报刊校读</translation>
    </message>
</context>
</TS>
