<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>關於 {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>Prepares a complete application for Hong Kong&apos;s Top Talent Pass Scheme: which category fits, which documents are needed, what is missing or unreadable, and a tidy PDF dossier.</source>
        <translation>協助準備完整的香港高端人才通行證計劃申請：適合哪一類別、需要哪些文件、哪些文件欠缺或無法辨認，並製作整齊的 PDF 申請文件冊。</translation>
    </message>
    <message>
        <source>Works entirely offline: nothing you add ever leaves this computer. Rules are our reading of public sources; check them against the Immigration Department&apos;s pages.</source>
        <translation>完全離線運作：你加入的任何資料都不會離開這部電腦。規則是我們對公開資料的理解，請以入境事務處網頁為準。</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}、PySide6 {pyside}、Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權</translation>
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
        <translation>找不到顯示器，無法開啟視窗。請在桌面環境中啟動本程式，或設定 QT_QPA_PLATFORM=offscreen 作無介面檢查。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected error: {error}. Run again with --debug for details.</source>
        <translation>發生未預期的錯誤：{error}。請加上 --debug 再執行以查看詳情。</translation>
    </message>
    <message>
        <source>Demo applicant written to {path}</source>
        <translation>示範申請人已寫入 {path}</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready. Everything stays on this computer.</source>
        <translation>就緒。所有資料只保存在這部電腦。</translation>
    </message>
    <message>
        <source>Unnamed applicant</source>
        <translation>未命名申請人</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>文件清單</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申請人：{name}</translation>
    </message>
    <message>
        <source>Documents ({count})</source>
        <translation>文件（{count}）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Checklist pane</source>
        <translation>文件清單窗格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>狀態列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>關於 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
</TS>
