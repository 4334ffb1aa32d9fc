<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>Prepares a complete application for Hong Kong&apos;s Top Talent Pass Scheme: which category fits, which documents are needed, what is missing or unreadable, and a tidy PDF dossier.</source>
        <translation>协助准备完整的香港高端人才通行证计划申请：适合哪一类别、需要哪些文件、哪些文件缺失或无法辨认，并生成整齐的 PDF 申请材料册。</translation>
    </message>
    <message>
        <source>Works entirely offline: nothing you add ever leaves this computer. Rules are our reading of public sources; check them against the Immigration Department&apos;s pages.</source>
        <translation>完全离线运行：您添加的任何资料都不会离开这台电脑。规则是我们对公开资料的理解，请以香港入境事务处网页为准。</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}、PySide6 {pyside}、Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No display found, so the window cannot open. Start the app from a desktop session, or run it with QT_QPA_PLATFORM=offscreen for a headless check.</source>
        <translation>找不到显示器，无法打开窗口。请在桌面环境中启动本程序，或设置 QT_QPA_PLATFORM=offscreen 进行无界面检查。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected error: {error}. Run again with --debug for details.</source>
        <translation>发生意外错误：{error}。请加上 --debug 重新运行以查看详情。</translation>
    </message>
    <message>
        <source>Demo applicant written to {path}</source>
        <translation>示例申请人已写入 {path}</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready. Everything stays on this computer.</source>
        <translation>就绪。所有资料只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Unnamed applicant</source>
        <translation>未命名申请人</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申请人：{name}</translation>
    </message>
    <message>
        <source>Documents ({count})</source>
        <translation>文件（{count}）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Checklist pane</source>
        <translation>材料清单窗格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>状态栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
