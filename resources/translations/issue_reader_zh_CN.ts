<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="121"/>
        <source>Import &amp;Files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Import F&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124"/>
        <source>Open the &amp;Sample Issues</source>
        <translation>打开示例报刊(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>Issue &amp;Properties…</source>
        <translation>本期属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="149"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>&amp;Reset Zoom</source>
        <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>Re&amp;load Library</source>
        <translation>重新载入资料库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155"/>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="158"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="161"/>
        <source>Next &amp;Issue</source>
        <translation>下一期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="164"/>
        <source>Previous I&amp;ssue</source>
        <translation>上一期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="167"/>
        <source>Page Down, Then Next Article</source>
        <translation>向下翻页，到底转到下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="170"/>
        <source>Page Up, Then Previous Article</source>
        <translation>向上翻页，到顶转到上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="173"/>
        <source>Go to &amp;Issues Pane</source>
        <translation>转到报刊栏(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="176"/>
        <source>Go to &amp;Articles Pane</source>
        <translation>转到文章栏(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="179"/>
        <source>Go to &amp;Reader Pane</source>
        <translation>转到阅读栏(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="181"/>
        <source>Ne&amp;xt Pane</source>
        <translation>下一栏(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>Pre&amp;vious Pane</source>
        <translation>上一栏(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="185"/>
        <source>&amp;About Issue Reader</source>
        <translation>关于报刊校读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="188"/>
        <source>Mark OCR &amp;Error…</source>
        <translation>标为识别错误(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="191"/>
        <source>Add &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="194"/>
        <source>Mark &amp;Important</source>
        <translation>标为重要(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="197"/>
        <source>Mark as &amp;Question</source>
        <translation>标为存疑(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="200"/>
        <source>Edi&amp;t Annotation…</source>
        <translation>编辑批注(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="203"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="206"/>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="209"/>
        <source>All Annotations in the &amp;Library…</source>
        <translation>资料库中的全部批注(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>&amp;Orphaned Annotations…</source>
        <translation>孤立批注(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="217"/>
        <source>Attach Orphan &amp;Here</source>
        <translation>将孤立批注挂到此处(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="220"/>
        <source>&amp;Corrected Text</source>
        <translation>校正后文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="223"/>
        <source>&amp;Not Proofread</source>
        <translation>未校对(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="226"/>
        <source>&amp;Problematic</source>
        <translation>有问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="229"/>
        <source>P&amp;roofread</source>
        <translation>已校对(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="232"/>
        <source>&amp;Validated</source>
        <translation>已审定(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="235"/>
        <source>Mark Proofread, Go to Ne&amp;xt Unproofread</source>
        <translation>标为已校对并转到下一篇未校对(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="240"/>
        <source>&amp;Split Article Here</source>
        <translation>从此处拆分文章(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="243"/>
        <source>&amp;Merge with Previous Article</source>
        <translation>与上一篇文章合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="246"/>
        <source>&amp;Edit Article…</source>
        <translation>编辑文章信息(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="249"/>
        <source>Next &amp;Flag</source>
        <translation>下一个标记(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="251"/>
        <source>Previous F&amp;lag</source>
        <translation>上一个标记(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="254"/>
        <source>&amp;Confirm Flag</source>
        <translation>确认标记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="257"/>
        <source>&amp;Dismiss Flag</source>
        <translation>驳回标记(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="260"/>
        <source>&amp;Reopen Flag</source>
        <translation>重新待审(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="263"/>
        <source>&amp;Go to the Other Copy</source>
        <translation>转到另一处重复(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="266"/>
        <source>C&amp;lean Text</source>
        <translation>清理后文本(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="268"/>
        <source>&amp;Flags Panel</source>
        <translation>标记面板(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="269"/>
        <source>&amp;Also-In Panel</source>
        <translation>另见面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="271"/>
        <source>Detect Again in This &amp;Issue</source>
        <translation>在本期重新检测(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="274"/>
        <source>Detect Again in the Whole &amp;Library…</source>
        <translation>在整个文库重新检测(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="278"/>
        <source>&amp;Tag Selected Articles…</source>
        <translation>给所选文章加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="281"/>
        <source>&amp;Remove a Tag from Selected Articles…</source>
        <translation>从所选文章移除标签(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="285"/>
        <source>&amp;Tags Panel</source>
        <translation>标签面板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="286"/>
        <source>Re&amp;name Tag…</source>
        <translation>重命名标签(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="287"/>
        <source>Tag &amp;Colour…</source>
        <translation>标签颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="288"/>
        <source>&amp;Delete Tag…</source>
        <translation>删除标签(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="290"/>
        <source>Articles with &amp;All Selected Tags</source>
        <translation>须带有全部所选标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="293"/>
        <source>Clear Tag &amp;Filter (Show the Issue)</source>
        <translation>清除标签筛选(回到本期)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="296"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="299"/>
        <source>&amp;Search the Library…</source>
        <translation>搜索全库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="302"/>
        <source>Next Search &amp;Match</source>
        <translation>下一个搜索匹配(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="305"/>
        <source>Previous Search Ma&amp;tch</source>
        <translation>上一个搜索匹配(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AlsoIn</name>
    <message>
        <location filename="../../reader/ui/also_in.py" line="69"/>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="70"/>
        <source>nearly identical</source>
        <translation>几乎相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="71"/>
        <source>contains it</source>
        <translation>包含该段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="72"/>
        <source>part of it</source>
        <translation>为其一部分</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="73"/>
        <source>shares a passage</source>
        <translation>有一段相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="86"/>
        <source>outside any article</source>
        <translation>不在任何文章中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="87"/>
        <source>¶{number} of “{title}”</source>
        <translation>《{title}》第 {number} 段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="97"/>
        <source>Also in {where}, {there} ({relation})</source>
        <translation>另见于 {where}，{there}（{relation}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="110"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="111"/>
        <source>Also in</source>
        <translation>另见于</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="112"/>
        <source>There</source>
        <translation>该处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="113"/>
        <source>How</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="205"/>
        <source>… and more than {count} other places</source>
        <translation>……另有超过 {count} 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="208"/>
        <source>… and {count} more places</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="258"/>
        <source>Choose an article to see where its text is also printed.</source>
        <translation>选择一篇文章，查看其文字还刊登在哪里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="262"/>
        <source>Issues are still being compared; places will appear here.</source>
        <translation>各期仍在比对中，找到的地方会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="266"/>
        <source>No text of this article was found in other issues.</source>
        <translation>其他期次中未发现本文的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="270"/>
        <source>{paragraphs} paragraph(s) also printed elsewhere, {places} place(s). Enter or double-click opens one.</source>
        <translation>{paragraphs} 段另见于别处，共 {places} 处。按回车或双击打开。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="276"/>
        <source>Text printed in more than {count} places lists its first {count}.</source>
        <translation>刊登超过 {count} 处的文字只列出最早的 {count} 处。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="298"/>
        <source>Also In</source>
        <translation>另见</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="338"/>
        <source>That place is not in an article.</source>
        <translation>该处不在任何文章中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="374"/>
        <source>Text shared across issues: all issues linked.</source>
        <translation>跨期重复文字：所有期次均已关联。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="381"/>
        <source>Linking text shared across issues stopped: {error}</source>
        <translation>关联跨期重复文字时中止：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="413"/>
        <source>Finding text shared across issues: {count} issues to go</source>
        <translation>正在查找跨期重复文字：还剩 {count} 期</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="47"/>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="57"/>
        <source>Leave it empty to mark the text for deletion.</source>
        <translation>留空表示删除这段文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="62"/>
        <source>Markdown: **bold**, *italic*, - lists, &gt; quotes</source>
        <translation>支持 Markdown：**粗体**、*斜体*、- 列表、&gt; 引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="75"/>
        <source>Text:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="76"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="77"/>
        <source>Co&amp;rrect text:</source>
        <translation>正确文字(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialog.py" line="81"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>AnnotationFeature</name>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="122"/>
        <source>Select some text in the reader first.</source>
        <translation>请先在阅读栏中选中文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="125"/>
        <source>Annotations are made on the source text: turn off Corrected Text.</source>
        <translation>批注只能加在原文上：请先关闭“校正后文本”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="129"/>
        <source>The selection holds no paragraph text.</source>
        <translation>所选内容不含正文段落。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="167"/>
        <source>Edit Annotation…</source>
        <translation>编辑批注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="169"/>
        <location filename="../../reader/ui/annotation_actions.py" line="282"/>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="211"/>
        <source>Mark {category}</source>
        <translation>添加批注：{category}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="232"/>
        <location filename="../../reader/ui/annotation_actions.py" line="271"/>
        <source>Choose an annotation first.</source>
        <translation>请先选择一条批注。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="258"/>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <location filename="../../reader/ui/annotation_tools.py" line="69"/>
        <source>Proofreading</source>
        <translation>校对</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../reader/ui/highlights.py" line="31"/>
        <source>OCR error</source>
        <translation>识别错误</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlights.py" line="32"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlights.py" line="33"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlights.py" line="34"/>
        <source>Question</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="51"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="52"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="53"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="54"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="55"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_model.py" line="81"/>
        <source>(delete)</source>
        <translation>（删除）</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="48"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="59"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="61"/>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="89"/>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="178"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="179"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="183"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="205"/>
        <source>Made {created}, changed {modified}</source>
        <translation>创建于 {created}，修改于 {modified}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="213"/>
        <source>Choose an annotation to see it here.</source>
        <translation>选择一条批注，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="216"/>
        <source>No annotations in this article. Select text in the reader, then choose OCR Error, Note, Important or Question from the toolbar, the Annotate menu or the reader&apos;s context menu.</source>
        <translation>本文还没有批注。在阅读栏中选中文字，再从工具栏、“批注”菜单或阅读栏的右键菜单中选择识别错误、备注、重要或存疑。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="86"/>
        <source>Cannot Open the Library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="87"/>
        <source>The library {path} cannot be opened.

{reason}</source>
        <translation>无法打开资料库 {path}。

{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="102"/>
        <source>Issue Reader</source>
        <translation>报刊校读</translation>
    </message>
</context>
<context>
    <name>ArticleBoundaries</name>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="54"/>
        <source>Split Article Here</source>
        <translation>从此处拆分文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="64"/>
        <location filename="../../reader/ui/article_boundaries.py" line="81"/>
        <location filename="../../reader/ui/article_boundaries.py" line="93"/>
        <source>Choose an article first.</source>
        <translation>请先选择一篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="69"/>
        <source>Put the cursor in the paragraph that starts the new article.</source>
        <translation>请把光标放在新文章的第一段中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="73"/>
        <source>Split Article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="85"/>
        <source>Merge Articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_boundaries.py" line="104"/>
        <source>Edit Article</source>
        <translation>编辑文章信息</translation>
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
    <name>ArticleEditDialog</name>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="32"/>
        <source>Edit Article</source>
        <translation>编辑文章信息</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="55"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="56"/>
        <source>&amp;Kicker:</source>
        <translation>肩题(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="57"/>
        <source>&amp;Subtitle:</source>
        <translation>副题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="58"/>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="59"/>
        <source>&amp;Column name:</source>
        <translation>栏目名(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_edit_dialog.py" line="63"/>
        <source>K&amp;ind:</source>
        <translation>类型(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="73"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="74"/>
        <source>Kicker / Subtitle</source>
        <translation>肩题 / 副题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="75"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="76"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="79"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="80"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="81"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="85"/>
        <source>news</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="86"/>
        <source>commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="87"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="88"/>
        <source>furniture</source>
        <translation>版面杂项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="92"/>
        <source>not proofread</source>
        <translation>未校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="93"/>
        <source>proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="198"/>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="227"/>
        <source>Kicker: {value}</source>
        <translation>肩题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="228"/>
        <source>Subtitle: {value}</source>
        <translation>副题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="229"/>
        <source>Column: {value}</source>
        <translation>栏目：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="230"/>
        <source>Byline: {value}</source>
        <translation>署名：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="234"/>
        <source>{count} paragraphs</source>
        <translation>{count} 段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/articles_model.py" line="235"/>
        <source>Status: {value}</source>
        <translation>状态：{value}</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="51"/>
        <source>Looking for issues…</source>
        <translation>正在查找报刊…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="52"/>
        <source>Detecting in issue {current} of {total}</source>
        <translation>正在检测第 {current}/{total} 期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="61"/>
        <source>Detecting Again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="89"/>
        <source>Choose an issue first.</source>
        <translation>请先选择一期报刊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="97"/>
        <source>Detect Again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="98"/>
        <source>Run the detectors again over every issue of the library? Flags already confirmed or dismissed keep their state.</source>
        <translation>要对文库中的每一期重新运行检测吗？已确认或已驳回的标记会保留其审核状态。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="110"/>
        <source>Detection is already running.</source>
        <translation>检测已在进行中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="133"/>
        <source>Detection done: {count} flags.</source>
        <translation>检测完成：共 {count} 个标记。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="141"/>
        <source>Detection Failed</source>
        <translation>检测失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/detect_op.py" line="142"/>
        <source>Detection stopped: {error}</source>
        <translation>检测已停止：{error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="63"/>
        <source>Notes as Markdown (.md)</source>
        <translation>笔记，Markdown 格式（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="64"/>
        <source>Notes as a printable web page (.html)</source>
        <translation>笔记，可打印的网页（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="65"/>
        <source>Annotations as a table (.csv)</source>
        <translation>批注表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="66"/>
        <source>Annotations as W3C JSON, for other libraries (.json)</source>
        <translation>批注，W3C JSON 格式，供其他文库导入（.json）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="67"/>
        <source>Corrected text as Markdown (.md)</source>
        <translation>校正后的正文，Markdown 格式（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="72"/>
        <location filename="../../reader/ui/export_dialog.py" line="76"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="73"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="74"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="75"/>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="116"/>
        <source>Exported {done} of {total} articles ({name})</source>
        <translation>已导出 {done} / {total} 篇文章（{name}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="131"/>
        <location filename="../../reader/ui/export_dialog.py" line="162"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="154"/>
        <source>Choose where to save the file</source>
        <translation>请选择文件的保存位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="155"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="172"/>
        <source>What:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="173"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="174"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="175"/>
        <source>Language of the file:</source>
        <translation>文件语言：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="176"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="204"/>
        <source>The current article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="205"/>
        <source>The selected articles</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="206"/>
        <source>The current issue</source>
        <translation>当前这一期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="207"/>
        <source>The articles with a tag</source>
        <translation>带有某个标签的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="208"/>
        <source>The search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="209"/>
        <source>The whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="283"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="297"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="312"/>
        <source>No preview: {error}</source>
        <translation>无法预览：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="333"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="333"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="346"/>
        <source>Exported {count} annotations from {articles} articles to {path}</source>
        <translation>已将 {articles} 篇文章中的 {count} 条批注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="354"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="358"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="359"/>
        <source>The export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
<context>
    <name>FlagReview</name>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="41"/>
        <source>Confirm {kind} ¶{number}</source>
        <translation>确认{kind} ¶{number}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="42"/>
        <source>Dismiss {kind} ¶{number}</source>
        <translation>驳回{kind} ¶{number}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="43"/>
        <source>Reopen {kind} ¶{number}</source>
        <translation>将{kind} ¶{number}设回待审</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="74"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="194"/>
        <source>{kind} ¶{number} ({state})</source>
        <translation>{kind} ¶{number}（{state}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="216"/>
        <source>No more flags in this issue.</source>
        <translation>本期没有更多标记了。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="218"/>
        <source>This issue has no flags.</source>
        <translation>本期没有标记。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="241"/>
        <source>Choose a flag first (F8 goes to the next one).</source>
        <translation>请先选择一个标记（按 F8 转到下一个）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="295"/>
        <source>The chosen flag has no other copy.</source>
        <translation>所选标记没有另一处重复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_review.py" line="307"/>
        <source>The other copy of ¶{number}: {where}</source>
        <translation>¶{number} 的另一处重复：{where}</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="25"/>
        <source>duplicate</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="26"/>
        <source>column run</source>
        <translation>分栏碎行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="27"/>
        <source>broken</source>
        <translation>断段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="28"/>
        <source>fragment</source>
        <translation>残片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="29"/>
        <source>truncated</source>
        <translation>开头残缺</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="30"/>
        <source>doubled</source>
        <translation>叠字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="31"/>
        <source>furniture</source>
        <translation>版面杂项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="32"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="37"/>
        <source>D</source>
        <translation>重</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="38"/>
        <source>R</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="39"/>
        <source>B</source>
        <translation>断</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="40"/>
        <source>F</source>
        <translation>残</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="41"/>
        <source>T</source>
        <translation>缺</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="42"/>
        <source>W</source>
        <translation>叠</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="43"/>
        <source>P</source>
        <translation>杂</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="44"/>
        <source>C</source>
        <translation>图</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="48"/>
        <source>open</source>
        <translation>待审</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="49"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="50"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="54"/>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="55"/>
        <source>contains it</source>
        <translation>包含对方</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="56"/>
        <source>inside it</source>
        <translation>被对方包含</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="57"/>
        <source>overlapping</source>
        <translation>部分重叠</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="75"/>
        <source>starts with the bound character {text}</source>
        <translation>以黏着字“{text}”开头</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="76"/>
        <source>starts with {text}</source>
        <translation>以“{text}”开头</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="78"/>
        <source>the enumeration starts at {text}</source>
        <translation>列举从“{text}”开始</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="80"/>
        <source>a copy of text found elsewhere</source>
        <translation>与别处文字重复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="82"/>
        <source>unfinished, with nothing to join</source>
        <translation>话未说完，且无可接续的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="117"/>
        <source>a paragraph outside any article</source>
        <translation>不属于任何文章的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="119"/>
        <source>¶{number}</source>
        <translation>¶{number}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="120"/>
        <source>¶{number} in “{title}”</source>
        <translation>《{title}》¶{number}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="140"/>
        <source>duplicate of {where} ({relation}, {chars} chars)</source>
        <translation>与 {where} 重复（{relation}，{chars} 字）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="151"/>
        <source>broken → {where}: suggested join {preview}</source>
        <translation>断段 → {where}：建议接为 {preview}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="157"/>
        <source>column run of {lines} lines, about {width} characters each</source>
        <translation>分栏碎行 {lines} 行，每行约 {width} 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="163"/>
        <source>starts mid-sentence: {reason}</source>
        <translation>开头不完整：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="169"/>
        <source>stray fragment: {reason}</source>
        <translation>零散残片：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="173"/>
        <source>; also in {where}</source>
        <translation>；亦见于 {where}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="195"/>
        <source>doubled {pair} → {fixed}</source>
        <translation>叠字 {pair} → {fixed}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="201"/>
        <source>page furniture, not article text</source>
        <translation>版面杂项，不是正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="205"/>
        <source>a picture caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flag_text.py" line="222"/>
        <source>{kind} ({state}): {evidence}</source>
        <translation>{kind}（{state}）：{evidence}</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <location filename="../../reader/ui/flags_model.py" line="50"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_model.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_model.py" line="52"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_model.py" line="53"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_model.py" line="131"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="52"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="53"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="54"/>
        <source>Reopen</source>
        <translation>重新待审</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="55"/>
        <source>Go to the Other Copy</source>
        <translation>转到另一处重复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="88"/>
        <source>Whole issue</source>
        <translation>整期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="89"/>
        <source>List the flags of every article of this issue</source>
        <translation>列出本期所有文章的标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="197"/>
        <source>{open} open of {count}</source>
        <translation>{count} 个中 {open} 个待审</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="204"/>
        <source>Choose a flag to see its evidence.</source>
        <translation>选择一个标记以查看其依据。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="220"/>
        <source>{kind} · {state} · ¶{number}</source>
        <translation>{kind} · {state} · ¶{number}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/flags_panel.py" line="233"/>
        <source>The other copy, {where}:</source>
        <translation>另一处重复，{where}：</translation>
    </message>
</context>
<context>
    <name>HighlightColorsBox</name>
    <message>
        <location filename="../../reader/ui/highlight_prefs.py" line="29"/>
        <source>Highlight colours</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlight_prefs.py" line="39"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlight_prefs.py" line="49"/>
        <source>Colour for {category}</source>
        <translation>“{category}”的颜色</translation>
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
        <location filename="../../reader/ui/issues_model.py" line="210"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="214"/>
        <source>Issue</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="214"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="220"/>
        <source>Open flags: findings not yet confirmed or dismissed</source>
        <translation>待审标记：尚未确认或驳回的检测结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="289"/>
        <source>Unknown publication</source>
        <translation>未注明报刊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="291"/>
        <source>No date</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="293"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month_number}月</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="306"/>
        <source>{count} issues</source>
        <translation>{count} 期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="309"/>
        <source>Publication: {value}</source>
        <translation>报刊：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="310"/>
        <source>Date: {value}</source>
        <translation>日期：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="311"/>
        <source>Page: {value}</source>
        <translation>版次：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="312"/>
        <source>Title: {value}</source>
        <translation>标题：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="313"/>
        <source>Articles: {value}</source>
        <translation>文章：{value} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="314"/>
        <source>Open flags: {value}</source>
        <translation>待审标记：{value} 个</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="315"/>
        <source>File: {value}</source>
        <translation>文件：{value}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="369"/>
        <source>Proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issues_model.py" line="373"/>
        <source>Articles proofread or validated, of all articles</source>
        <translation>已校对或已审定的文章 / 全部文章</translation>
    </message>
</context>
<context>
    <name>LibraryAnnotationsDialog</name>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="192"/>
        <source>Annotations in the Library</source>
        <translation>资料库中的批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="198"/>
        <source>&amp;Go to Annotation</source>
        <translation>转到批注(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="199"/>
        <source>&amp;Attach to Reader Selection</source>
        <translation>挂到阅读栏所选文字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="200"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="210"/>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="214"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="217"/>
        <source>This &amp;issue only</source>
        <translation>仅限本期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="218"/>
        <source>&amp;Orphans only</source>
        <translation>仅孤立批注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="220"/>
        <source>Text in the quote, correction or note</source>
        <translation>在原文、更正或备注中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="261"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="300"/>
        <source>{count} annotations</source>
        <translation>{count} 条批注</translation>
    </message>
</context>
<context>
    <name>LibraryAnnotationsFeature</name>
    <message>
        <location filename="../../reader/ui/orphans_view.py" line="80"/>
        <source>This annotation has no place in the text; attach it first.</source>
        <translation>这条批注在正文中已没有位置，请先把它挂到文字上。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans_view.py" line="92"/>
        <source>Choose the orphan in the list, then attach it again.</source>
        <translation>请先在列表中选择孤立批注，再挂接一次。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans_view.py" line="108"/>
        <source>Attach Orphan</source>
        <translation>挂接孤立批注</translation>
    </message>
</context>
<context>
    <name>LibraryAnnotationsModel</name>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="73"/>
        <source>Issue</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="74"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="76"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="77"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="78"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="85"/>
        <source>(issue not in the library)</source>
        <translation>（该期不在资料库中）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_annotations.py" line="164"/>
        <source>(orphaned)</source>
        <translation>（孤立）</translation>
    </message>
</context>
<context>
    <name>LibraryCare</name>
    <message>
        <location filename="../../reader/ui/library_care.py" line="32"/>
        <location filename="../../reader/ui/library_care.py" line="123"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="34"/>
        <source>Library files (*.sqlite);;All files (*)</source>
        <translation>资料库文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="43"/>
        <source>The Library Is Damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="45"/>
        <source>The library {path} cannot be used.</source>
        <translation>资料库 {path} 无法使用。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="50"/>
        <source>{reason}

You can restore one of its backups; the damaged file is kept aside.</source>
        <translation>{reason}

可以从它的某个备份恢复；损坏的文件会另行保留。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="56"/>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_care.py" line="124"/>
        <source>Replace the library with {backup}?

Changes made since that backup will not be in the restored library; the current file is kept aside.</source>
        <translation>用 {backup} 替换当前资料库吗？

该备份之后所做的修改不会出现在恢复后的资料库中；当前文件会另行保留。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="76"/>
        <source>{library} — Issue Reader</source>
        <translation>{library} — 报刊校读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="173"/>
        <source>&amp;Undo {edit}</source>
        <translation>撤销 {edit}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176"/>
        <source>&amp;Redo {edit}</source>
        <translation>重做 {edit}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="233"/>
        <source>Import Issue Files</source>
        <translation>导入报刊文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="235"/>
        <source>Issue files (*.txt *.md *.markdown);;All files (*)</source>
        <translation>报刊文件 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="243"/>
        <source>Import a Folder of Issues</source>
        <translation>导入报刊文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="257"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="288"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="289"/>
        <source>The import stopped: {error}</source>
        <translation>导入中止：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="312"/>
        <source>Choose an issue first.</source>
        <translation>请先选择一期报刊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>Find in Article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="344"/>
        <source>“{text}” is not in this article.</source>
        <translation>本文中没有“{text}”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="351"/>
        <source>About Issue Reader</source>
        <translation>关于报刊校读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="353"/>
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
        <location filename="../../reader/ui/menus.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="48"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="65"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="87"/>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="103"/>
        <source>A&amp;rticle</source>
        <translation>文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="117"/>
        <source>Tag&amp;s</source>
        <translation>标签(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="131"/>
        <source>F&amp;lags</source>
        <translation>标记(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="134"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="135"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="44"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="63"/>
        <source>Default Shortcuts</source>
        <translation>恢复默认快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="70"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="72"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="74"/>
        <source>A new language takes effect the next time Issue Reader starts.</source>
        <translation>更改后的语言将在下次启动报刊校读时生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="79"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="101"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="135"/>
        <source>“{first}” and “{second}” both use {keys}.</source>
        <translation>“{first}”和“{second}”都使用了 {keys}。</translation>
    </message>
</context>
<context>
    <name>ProofreadingFeature</name>
    <message>
        <location filename="../../reader/ui/proofreading.py" line="60"/>
        <location filename="../../reader/ui/proofreading.py" line="79"/>
        <source>Choose an article first.</source>
        <translation>请先选择一篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/proofreading.py" line="67"/>
        <source>Mark {status}</source>
        <translation>标为{status}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/proofreading.py" line="85"/>
        <source>No article after this one is left to proofread.</source>
        <translation>这篇之后已没有未校对的文章。</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="82"/>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章，即可在此阅读。</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../reader/ui/search_actions.py" line="76"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_actions.py" line="120"/>
        <location filename="../../reader/ui/search_actions.py" line="143"/>
        <source>Cannot search: {reason}</source>
        <translation>无法搜索:{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_actions.py" line="166"/>
        <source>That article is no longer in the library.</source>
        <translation>该文章已不在文库中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_actions.py" line="176"/>
        <source>No search matches in this article.</source>
        <translation>本文中没有搜索匹配。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="46"/>
        <source>Search the library: 解放区 &quot;open day&quot; -疫情</source>
        <translation>搜索全库:解放区 &quot;open day&quot; -疫情</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="101"/>
        <source>2023, 2023-01 or 2023-01-05</source>
        <translation>2023、2023-01 或 2023-01-05</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="109"/>
        <source>a tag, with the tags under it</source>
        <translation>标签(含其下级标签)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="113"/>
        <location filename="../../reader/ui/search_panel.py" line="138"/>
        <location filename="../../reader/ui/search_panel.py" line="146"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="118"/>
        <source>Publication:</source>
        <translation>报刊:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="119"/>
        <source>Dates:</source>
        <translation>日期:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="120"/>
        <source>Tag:</source>
        <translation>标签:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="121"/>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="122"/>
        <source>Open flags:</source>
        <translation>未处理标记:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="123"/>
        <source>Annotations:</source>
        <translation>批注:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="132"/>
        <source>Not proofread</source>
        <translation>未校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="132"/>
        <source>Problematic</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="132"/>
        <source>Proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="133"/>
        <source>Validated</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="139"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="140"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="161"/>
        <source>“{date}” is not a date: write 2023, 2023-01 or 2023-01-05.</source>
        <translation>“{date}”不是日期:请写 2023、2023-01 或 2023-01-05。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="203"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="203"/>
        <source>Filters ({count})</source>
        <translation>筛选({count})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="216"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="219"/>
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="222"/>
        <source>No articles found.</source>
        <translation>没有找到文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="225"/>
        <source>Try: {suggestion}</source>
        <translation>试试:{suggestion}</translation>
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
    <name>StatusMarks</name>
    <message>
        <location filename="../../reader/ui/status_marks.py" line="19"/>
        <source>not proofread</source>
        <translation>未校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_marks.py" line="20"/>
        <source>problematic</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_marks.py" line="21"/>
        <source>proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_marks.py" line="22"/>
        <source>validated</source>
        <translation>已审定</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../reader/ui/tags_suggest.py" line="144"/>
        <source>Counting words for suggested tags: {done} of {total} articles</source>
        <translation>正在为推荐标签统计词频：{done} / {total} 篇文章</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="63"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="64"/>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="76"/>
        <source>Add a tag to {count} articles…</source>
        <translation>给 {count} 篇文章加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="78"/>
        <source>Add a tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="78"/>
        <source>Choose an article to tag it</source>
        <translation>先选择要加标签的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="87"/>
        <source>Click: every article tagged {name}. ×: take it off.</source>
        <translation>单击：列出所有带“{name}”标签的文章。×：移除此标签。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_bar.py" line="99"/>
        <source>Add the tag {name} to this article</source>
        <translation>给本文加上标签“{name}”</translation>
    </message>
</context>
<context>
    <name>TagDialogs</name>
    <message>
        <location filename="../../reader/ui/tags_dialogs.py" line="26"/>
        <source>Choose a tag in the tags pane first.</source>
        <translation>请先在标签面板中选择一个标签。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_dialogs.py" line="37"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_dialogs.py" line="38"/>
        <source>New name for {name}:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_dialogs.py" line="52"/>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
<context>
    <name>TagFilter</name>
    <message>
        <location filename="../../reader/ui/tags_filter.py" line="79"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_filter.py" line="79"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_filter.py" line="81"/>
        <source>{count} articles tagged {names}</source>
        <translation>{count} 篇文章带有标签 {names}</translation>
    </message>
</context>
<context>
    <name>TagsFeature</name>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="99"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="196"/>
        <source>Choose an article first.</source>
        <translation>请先选择一篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="209"/>
        <source>Tag {name}</source>
        <translation>加标签 {name}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="213"/>
        <source>Tagged {count} articles with {name}.</source>
        <translation>已给 {count} 篇文章加上标签“{name}”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="224"/>
        <source>Remove Tag {name}</source>
        <translation>移除标签 {name}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="232"/>
        <source>The selected articles have no tags.</source>
        <translation>所选文章没有标签。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="236"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="257"/>
        <source>Rename Tag {old} to {new}</source>
        <translation>将标签 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="263"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="264"/>
        <source>There is already a tag {new}. Merge {old} into it? This changes the tags of {count} articles.</source>
        <translation>已有标签“{new}”。要把“{old}”并入其中吗？这会改动 {count} 篇文章的标签。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="271"/>
        <source>Colour Tag {name}</source>
        <translation>设置标签颜色 {name}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="278"/>
        <source>Delete the tag {name} and any tags below it? It is on {count} articles; Undo brings it back.</source>
        <translation>删除标签“{name}”及其下级标签吗？它用在 {count} 篇文章上；可用“撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="281"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_actions.py" line="286"/>
        <source>Delete Tag {name}</source>
        <translation>删除标签 {name}</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <location filename="../../reader/ui/tags_model.py" line="35"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_model.py" line="35"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_model.py" line="213"/>
        <source>{name}: {count} articles</source>
        <translation>{name}：{count} 篇文章</translation>
    </message>
</context>
<context>
    <name>TagsPane</name>
    <message>
        <location filename="../../reader/ui/tags_pane.py" line="55"/>
        <source>Any selected tag</source>
        <translation>带任一所选标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_pane.py" line="55"/>
        <source>All selected tags</source>
        <translation>带全部所选标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_pane.py" line="56"/>
        <source>Show articles with any of the selected tags, or with all</source>
        <translation>列出带有任一所选标签的文章，或带有全部所选标签的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_pane.py" line="59"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_pane.py" line="61"/>
        <source>Choose no tag: the articles pane shows the issue again</source>
        <translation>取消选择标签：文章栏回到本期</translation>
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
