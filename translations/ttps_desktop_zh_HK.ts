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
        <source>University lists</source>
        <translation>大學名單</translation>
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
        <source>derived from announced changes</source>
        <translation>按公布的增刪推算</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>轉錄</translation>
    </message>
    <message numerus="yes">
        <source>From {date}: %n institution(s) ({status})</source>
        <translation>
            <numerusform>{date}起：%n所院校（{status}）</numerusform>
        </translation>
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
    <name>Answer</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明後結束</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必須的參數：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供參數 %s 之一</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不可與參數 %s 一起使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已略去明確給出的值 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>須提供一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只可提供一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>須提供最少一個值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>須提供 %s 個值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>須提供 %s 個值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意料之外的選項：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的%(type)s值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法開啟「%(filename)s」：%(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>參數「-」配合模式 %r</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>未定義 .__call__()</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令互相衝突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令別名互相衝突：%s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>無法合併動作：有兩個組別都名為 %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置參數不可使用 &apos;required&apos;</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>無效的選項字串 %(option)r：必須以字元 %(prefix_chars)r 開頭</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>%r 這類選項必須提供 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>無效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>選項互相衝突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>選項互相衝突：%s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的參數必須是選項</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不可有多於一組子命令參數</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 不可呼叫</translation>
    </message>
</context>
<context>
    <name>ChecklistPreview</name>
    <message>
        <source>Preview of the checklist</source>
        <translation>文件清單預覽</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>&amp;Remove from the project</source>
        <translation>從專案移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File under</source>
        <translation>改放到(&amp;F)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>文件清單</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選交</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠缺</translation>
    </message>
    <message>
        <source>{title}: {state}, {files}</source>
        <translation>{title}：{state}，{files}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
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
    <message>
        <source>{folder} already holds a demo project ({path}): give another folder with --out, or delete it first.</source>
        <translation>{folder} 已有示範專案（{path}）：請以 --out 指定另一個資料夾，或先刪除它。</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme eligibility: {name}</source>
        <translation>高端人才通行證計劃資格評估：{name}</translation>
    </message>
    <message>
        <source>Application date {date}; rules of {version} (in force from {effective})</source>
        <translation>申請日期 {date}；適用 {version} 版規則（{effective} 起生效）</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}：{verdict}</translation>
    </message>
    <message>
        <source>Recommended: {name}, initial stay {months} months.</source>
        <translation>建議：{name}，首次逗留期限 {months} 個月。</translation>
    </message>
    <message>
        <source>No category is eligible on these facts yet.</source>
        <translation>根據目前資料，未有符合資格的類別。</translation>
    </message>
    <message>
        <source>Documents to gather for category {category}:</source>
        <translation>{category}類須準備的文件：</translation>
    </message>
    <message>
        <source>Documents every applicant gathers (choose a category for the rest):</source>
        <translation>所有申請人均須準備的文件（選定類別後顯示其餘文件）：</translation>
    </message>
    <message numerus="yes">
        <source>University list dated {date} (%n institution(s), {origin}).</source>
        <translation>
            <numerusform>大學名單日期 {date}（%n 所院校，{origin}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n institution(s) as the list dated {date}: {path}</source>
        <translation>
            <numerusform>已匯入 %n 所院校，作為 {date} 的名單：{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Key dates (today is {today}):</source>
        <translation>重要日期（今天是 {today}）：</translation>
    </message>
    <message>
        <source>{day}  {title}{verify}: {rule}</source>
        <translation>{day}  {title}{verify}：{rule}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>資料來源：{source}</translation>
    </message>
    <message>
        <source> (verify)</source>
        <translation>（請核實）</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n event(s), reminders {weeks} weeks before)</source>
        <translation>
            <numerusform>已寫入日曆：{path}（%n 個事件，提前 {weeks} 星期提醒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension of stay: {name}, admitted under category {category}; application date {date}</source>
        <translation>延長逗留：{name}，以 {category} 類獲批；申請日期 {date}</translation>
    </message>
    <message>
        <source>On {date} you can apply:</source>
        <translation>你可於 {date} 申請：</translation>
    </message>
    <message>
        <source>On {date} you cannot apply:</source>
        <translation>你不可於 {date} 申請：</translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation>途徑（{route}）：資料足以支持</translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation>途徑（{route}）：未能判斷</translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>可能獲批期限：%n 年，至 {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>如有</translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict):</source>
        <translation>根據傳媒報道的參考資料（請核實；並非判斷結果）：</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>待核實</translation>
    </message>
    <message>
        <source>Spouse {name}</source>
        <translation>配偶 {name}</translation>
    </message>
    <message>
        <source>Child {number} {name}</source>
        <translation>子女 {number} {name}</translation>
    </message>
    <message>
        <source>Check these facts:</source>
        <translation>請檢查以下資料：</translation>
    </message>
    <message>
        <source>Newer rules:</source>
        <translation>較新的規則：</translation>
    </message>
    <message>
        <source>Good to know (marked * where we could not confirm it on an official page):</source>
        <translation>須知（標有 * 者未能在官方網頁確認）：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收費：</translation>
    </message>
    <message>
        <source>{name}: on the list dated {date} as {listed} ({country}).</source>
        <translation>{name}：列於 {date} 的名單，名稱為 {listed}（{country}）。</translation>
    </message>
    <message>
        <source>{name}: not found in the list dated {date}.</source>
        <translation>{name}：在 {date} 的名單中找不到。</translation>
    </message>
    <message>
        <source>{name}: {listed} was removed from the list on {removed_on}; the list dated {date} no longer holds it.</source>
        <translation>{name}：{listed}已於{removed_on}從名單刪除；{date}的名單不再包括該校。</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>隨程式附送</translation>
    </message>
    <message>
        <source>  Did you mean: {names}?</source>
        <translation>  你是否指：{names}？</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>已建立 {path}</translation>
    </message>
    <message>
        <source>Recorded in {name}: {question} = {answer}.</source>
        <translation>已記錄於{name}：{question} = {answer}。</translation>
    </message>
    <message>
        <source>No backups of {name} were found.</source>
        <translation>找不到 {name} 的備份。</translation>
    </message>
    <message>
        <source>{number}. {path} ({size} KB, saved {when})</source>
        <translation>{number}. {path}（{size} KB，儲存於 {when}）</translation>
    </message>
    <message>
        <source>Restored {name} from {backup}. The version it replaced is kept as {kept}.</source>
        <translation>已從 {backup} 還原 {name}。被取代的版本保存為 {kept}。</translation>
    </message>
    <message>
        <source>Added {name} to {item}.</source>
        <translation>已把 {name} 加入「{item}」。</translation>
    </message>
    <message>
        <source>Not added: {name}</source>
        <translation>未加入：{name}</translation>
    </message>
    <message>
        <source>Nothing added: {name} is already in {item}.</source>
        <translation>沒有加入：{name} 已在「{item}」中。</translation>
    </message>
    <message>
        <source>    Give its password in a file with --password-file F (the file&apos;s first line is the password).</source>
        <translation>    請把密碼寫入一個檔案，並以 --password-file F 提供（檔案第一行即密碼）。</translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add it as a JPEG with --convert-to-jpeg.</source>
        <translation>沒有加入：{name} 是 {looks_like}，但「{item}」只接受 JPEG 圖像。可用 --convert-to-jpeg 把它轉換為 JPEG 後加入。</translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add one of its pages as a JPEG with --convert-to-jpeg --page N (N from 1 to {pages}).</source>
        <translation>沒有加入：{name} 是 {looks_like}，但「{item}」只接受 JPEG 圖像。可用 --convert-to-jpeg --page N 把其中一頁轉換為 JPEG 後加入（N 為 1 至 {pages}）。</translation>
    </message>
    <message>
        <source>Added {name} to {item}: a JPEG made from {original}.</source>
        <translation>已把 {name} 加入「{item}」：由 {original} 轉換而成的 JPEG。</translation>
    </message>
    <message>
        <source>Not added: the password in {file} does not open {name}.</source>
        <translation>沒有加入：{file} 中的密碼無法開啟 {name}。</translation>
    </message>
    <message>
        <source>Complete: every required document is in and nothing blocks the export.</source>
        <translation>已齊備：所有必須文件均已加入，沒有阻礙匯出的問題。</translation>
    </message>
    <message>
        <source>Not complete yet: {problems}, {warnings}.</source>
        <translation>尚未完成：{problems}，{warnings}。</translation>
    </message>
    <message>
        <source>{mark} {title} [{id}]: {files}</source>
        <translation>{mark} {title} [{id}]：{files}</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>沒有檔案</translation>
    </message>
    <message>
        <source>Converted {name} to {new} in {item}.</source>
        <translation>已在「{item}」中把 {name} 轉換為 {new}。</translation>
    </message>
    <message>
        <source>Not converted: {name}</source>
        <translation>沒有轉換：{name}</translation>
    </message>
    <message>
        <source>Nothing to convert: every file of {item} is a JPEG image.</source>
        <translation>無需轉換：「{item}」的所有檔案都是 JPEG 圖像。</translation>
    </message>
    <message>
        <source>{mark} {id}: {title} ({need})</source>
        <translation>{mark} {id}：{title}（{need}）</translation>
    </message>
    <message>
        <source>a question of the e-form: {answer}</source>
        <translation>電子表格的問題：{answer}</translation>
    </message>
    <message>
        <source>Add files with: ttps-desktop import PROJECT FILE... --requirement ID</source>
        <translation>加入檔案：ttps-desktop import PROJECT FILE... --requirement ID</translation>
    </message>
    <message>
        <source>{mark} {title} [{id}]: {answer}</source>
        <translation>{mark} {title} [{id}]：{answer}</translation>
    </message>
    <message>
        <source>    Note: {note}</source>
        <translation>    備註：{note}</translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>已加入 %n 個檔案中的 {added} 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {done} of %n file(s)</source>
        <translation>
            <numerusform>已檢查 {done}／%n 個檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n 個問題待處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 項警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已寫入：{path}</translation>
    </message>
    <message>
        <source>This is a draft: the project is not complete yet.</source>
        <translation>這是草稿：專案尚未齊備。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open submission folder was written. The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation>文件冊及遞交壓縮檔只能以密碼開啟；沒有寫出未加密的遞交資料夾。文件清單 PDF 只列出文件，不含任何文件本身：它沒有受保護。上載前，請以可開啟 AES 加密壓縮檔的程式（7-Zip、WinZip、Keka、The Unarchiver）輸入密碼解壓：Windows 內置的壓縮資料夾無法開啟。</translation>
    </message>
    <message numerus="yes">
        <source>Written with problems: %n document(s) could not be included (the dossier says so in their place):</source>
        <translation>
            <numerusform>已寫出，但有問題：%n 份文件未能收錄（文件冊在其位置有一頁說明）：</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {format} document {code} issued by {state}, every check digit valid</source>
        <translation>{file}：{format} 證件 {code}，簽發國家或地區 {state}，所有校驗位均正確</translation>
    </message>
    <message>
        <source>  surname: {surname}
  given names: {given}
  document number: {number}
  nationality: {nationality}
  date of birth: {birth}
  sex: {sex}
  date of expiry: {expiry}</source>
        <translation>  姓：{surname}
  名：{given}
  證件號碼：{number}
  國籍：{nationality}
  出生日期：{birth}
  性別：{sex}
  屆滿日期：{expiry}</translation>
    </message>
    <message numerus="yes">
        <source>  %n look-alike character(s) corrected, confirmed by the check digits</source>
        <translation>
            <numerusform>  已更正 %n 個形近字元，並經校驗位確認</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: a machine-readable zone was found, but its check digits do not hold: not read</source>
        <translation>{file}：找到機讀區，但校驗位不符：未能讀取</translation>
    </message>
    <message>
        <source>{file}: no machine-readable zone found</source>
        <translation>{file}：找不到機讀區</translation>
    </message>
    <message>
        <source>{file}: not a picture or a scanned PDF page that can be read</source>
        <translation>{file}：不是可讀取的圖片或掃描 PDF 頁面</translation>
    </message>
    <message>
        <source>{file}: reading stopped ({reason})</source>
        <translation>{file}：讀取已停止（{reason}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>{name} holds no travel document to read.</source>
        <translation>{name} 沒有可讀取的旅行證件。</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>TTPS Desktop: prepare a Hong Kong Top Talent Pass Scheme application, offline. With no command, opens the app on the demo project.</source>
        <translation>TTPS Desktop：離線準備香港高端人才通行證計劃申請。不帶指令時，以示範專案開啟程式。</translation>
    </message>
    <message>
        <source>language of messages: en, zh_HK or zh_CN (default: system)</source>
        <translation>訊息語言：en、zh_HK 或 zh_CN（預設：跟隨系統）</translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation>出錯時顯示完整追蹤資料</translation>
    </message>
    <message>
        <source>open the app (on PROJECT, else on the last project opened, else on the demo project)</source>
        <translation>開啟程式（開啟 PROJECT；如未指定，則開啟上次開啟的專案；否則開啟示範專案）</translation>
    </message>
    <message>
        <source>unknown language {value}: use en, zh_HK or zh_CN</source>
        <translation>未知的語言 {value}：請用 en、zh_HK 或 zh_CN</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本號碼後結束</translation>
    </message>
    <message>
        <source>a project to open</source>
        <translation>要開啟的專案</translation>
    </message>
    <message>
        <source>open the demo project</source>
        <translation>開啟示範專案</translation>
    </message>
    <message>
        <source>write the demo project into DIR and print its path</source>
        <translation>把示範專案寫入 DIR 並顯示其路徑</translation>
    </message>
    <message>
        <source>{value} is not a date YYYY-MM-DD</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>category verdicts and the document checklist for one applicant</source>
        <translation>一位申請人的類別評估結果及文件清單</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>以 JSON 代替文字輸出</translation>
    </message>
    <message>
        <source>the eligible-university list: match names, import a newer list</source>
        <translation>合資格大學名單：核對名稱、匯入較新名單</translation>
    </message>
    <message>
        <source>import the official list from a CSV (header: en, zh_hant, ...) or text file</source>
        <translation>從 CSV（標題列：en、zh_hant……）或純文字檔匯入官方名單</translation>
    </message>
    <message>
        <source>the date of the list (YYYY-MM-DD)</source>
        <translation>名單日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>where the list came from</source>
        <translation>名單來源</translation>
    </message>
    <message>
        <source>look names up in the list in force on a date</source>
        <translation>在某日生效的名單中查找名稱</translation>
    </message>
    <message>
        <source>the application date (default: today)</source>
        <translation>申請日期（預設：今天）</translation>
    </message>
    <message>
        <source>add evidence files to a checklist item of a project</source>
        <translation>把證明文件加入專案的清單項目</translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.marriage_certificate</source>
        <translation>清單項目，例如 photo 或 spouse.marriage_certificate</translation>
    </message>
    <message>
        <source>a file whose first line is the password of protected PDFs (an unprotected copy is kept; with --convert-to-jpeg, only the JPEG)</source>
        <translation>第一行為受保護 PDF 密碼的檔案（會保存一份未加密的副本；如使用 --convert-to-jpeg，則只保存 JPEG）</translation>
    </message>
    <message>
        <source>add each file as a JPEG (for items that take JPEG alone, such as photo): a page of a PDF, or the picture of another image format; the original file is only read</source>
        <translation>把每個檔案轉換為 JPEG 後加入（適用於只接受 JPEG 的項目，例如 photo）：PDF 的一頁，或其他圖像格式的圖像；原檔案只會被讀取</translation>
    </message>
    <message>
        <source>with --convert-to-jpeg: the page to convert (default 1)</source>
        <translation>與 --convert-to-jpeg 一併使用：要轉換的頁（預設為 1）</translation>
    </message>
    <message>
        <source>replace the files of an item that takes JPEG alone (such as photo) that are of another type with JPEGs of their page N</source>
        <translation>把只接受 JPEG 的項目（例如 photo）中其他類型的檔案，換成其第 N 頁的 JPEG</translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.photo</source>
        <translation>清單項目，例如 photo 或 spouse.photo</translation>
    </message>
    <message>
        <source>the page to convert (default 1)</source>
        <translation>要轉換的頁（預設為 1）</translation>
    </message>
    <message>
        <source>the checklist items of a project: ids for import --requirement, titles, status, files</source>
        <translation>專案的清單項目：供 import --requirement 使用的代號、名稱、狀態及檔案</translation>
    </message>
    <message>
        <source>verdicts, checklist status and every finding of a project</source>
        <translation>專案的評估結果、清單狀態及所有檢查結果</translation>
    </message>
    <message>
        <source>upload profile (default: the shipped default)</source>
        <translation>上載設定（預設：內置預設值）</translation>
    </message>
    <message>
        <source>write the dossier PDF, the checklist PDF and the submission pack</source>
        <translation>寫出文件冊 PDF、文件清單 PDF 及遞交文件包</translation>
    </message>
    <message>
        <source>exit codes: 0 written; 1 refused, the project is not complete (see --allow-incomplete); 2 error, nothing written; 3 written with problems: some documents could not be included (each is named, and the dossier has a page saying so in its place)</source>
        <translation>結束代碼：0 已寫出；1 拒絕匯出，專案尚未齊備（見 --allow-incomplete）；2 錯誤，沒有寫出任何檔案；3 已寫出但有問題：部分文件未能收錄（逐一列出，文件冊在其位置有一頁說明）</translation>
    </message>
    <message>
        <source>upload profile (govhk_online, immd_strict)</source>
        <translation>上載設定（govhk_online、immd_strict）</translation>
    </message>
    <message>
        <source>protect the dossier with this password (AES-256)</source>
        <translation>以此密碼保護文件冊（AES-256）</translation>
    </message>
    <message>
        <source>encrypt the submission zip with the same password (AES-256) and write no open submission folder; needs --password-file</source>
        <translation>以同一密碼加密遞交壓縮檔（AES-256），且不寫出未加密的遞交資料夾；須配合 --password-file</translation>
    </message>
    <message>
        <source>export a draft even if documents are missing</source>
        <translation>即使欠缺文件也匯出草稿</translation>
    </message>
    <message>
        <source>US Letter paper instead of A4</source>
        <translation>使用美國 Letter 紙張而非 A4</translation>
    </message>
    <message>
        <source>create a project from an applicant&apos;s facts</source>
        <translation>根據申請人資料建立專案</translation>
    </message>
    <message>
        <source>entry (the entry application, the default) or extension (an extension of stay)</source>
        <translation>entry（入境申請，預設）或 extension（延長逗留）</translation>
    </message>
    <message>
        <source>record an answer to a question of the e-form, e.g. criminal_conviction no (never an upload)</source>
        <translation>記錄電子表格問題的答案，例如 criminal_conviction no（絕不上載文件）</translation>
    </message>
    <message>
        <source>no or yes</source>
        <translation>no 或 yes</translation>
    </message>
    <message>
        <source>list a project&apos;s backups, or put one back with --backup N</source>
        <translation>列出專案的備份，或以 --backup N 還原其中一個</translation>
    </message>
    <message>
        <source>the number shown by the listing</source>
        <translation>列表中顯示的編號</translation>
    </message>
    <message>
        <source>read the machine-readable zone of passports and identity cards (pictures or scanned PDFs), offline</source>
        <translation>離線讀取護照及身份證的機讀區（圖片或掃描 PDF）</translation>
    </message>
    <message>
        <source>read the project&apos;s travel documents and keep what was read in the project, for check</source>
        <translation>讀取專案中的旅行證件，並把讀取結果保存在專案內，供 check 使用</translation>
    </message>
    <message>
        <source>with --project: read documents already read again</source>
        <translation>配合 --project：重新讀取已讀取的證件</translation>
    </message>
    <message>
        <source>a project&apos;s key dates with their rules and sources; --ics writes them as a calendar</source>
        <translation>專案的重要日期，連同規則及資料來源；--ics 把日期寫成日曆檔案</translation>
    </message>
    <message>
        <source>write an iCalendar file (all-day events with reminders)</source>
        <translation>寫入 iCalendar 檔案（全日事件，附提醒）</translation>
    </message>
    <message>
        <source>int</source>
        <translation>整數</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Tick as done</source>
        <translation>剔選為已完成</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>取消剔選</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>回答問題</translation>
    </message>
    <message>
        <source>Edit the applicant&apos;s facts</source>
        <translation>修改申請人資料</translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation>選擇申請類別</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋轉</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋轉</translation>
    </message>
    <message>
        <source>Reorder files</source>
        <translation>調整檔案次序</translation>
    </message>
    <message>
        <source>Move a file to another item</source>
        <translation>把檔案移至另一項目</translation>
    </message>
    <message>
        <source>Edit a file&apos;s details</source>
        <translation>編輯檔案資料</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>加入 %n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert {name} to JPEG</source>
        <translation>把 {name} 轉換為 JPEG</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>you hold a Hong Kong identity card</source>
        <translation>你持有香港身份證</translation>
    </message>
    <message>
        <source>you live in the Mainland</source>
        <translation>你居於內地</translation>
    </message>
    <message>
        <source>you hold a PRC passport and live overseas</source>
        <translation>你持中國護照並居於海外</translation>
    </message>
    <message>
        <source>you live in Macao or Taiwan</source>
        <translation>你居於澳門或台灣</translation>
    </message>
    <message>
        <source>you live in Macao</source>
        <translation>你居於澳門</translation>
    </message>
    <message>
        <source>you live in Taiwan</source>
        <translation>你居於台灣</translation>
    </message>
    <message>
        <source>you are in Hong Kong now</source>
        <translation>你現身在香港</translation>
    </message>
    <message>
        <source>some documents are not in Chinese or English</source>
        <translation>部分文件並非中文或英文</translation>
    </message>
    <message>
        <source>your name differs between documents</source>
        <translation>各文件上的姓名不一致</translation>
    </message>
    <message>
        <source>dependants come with you</source>
        <translation>有受養人隨行</translation>
    </message>
    <message>
        <source>you have work experience to show</source>
        <translation>你須證明工作經驗</translation>
    </message>
    <message>
        <source>you were self-employed</source>
        <translation>你曾自僱</translation>
    </message>
    <message>
        <source>your degree is from a Mainland university</source>
        <translation>你的學位由內地大學頒授</translation>
    </message>
    <message>
        <source>you extend through employment</source>
        <translation>你以受僱途徑延期</translation>
    </message>
    <message>
        <source>you extend through a business</source>
        <translation>你以業務途徑延期</translation>
    </message>
    <message>
        <source>your degree verification was never sent</source>
        <translation>你從未提交學位核實證明</translation>
    </message>
    <message>
        <source>your employer is neither listed nor had a work visa approved recently</source>
        <translation>你的僱主並非上市公司，近期亦未曾獲批工作簽證</translation>
    </message>
    <message>
        <source>you were transferred within the company</source>
        <translation>你是公司內部調職</translation>
    </message>
    <message>
        <source>you qualify for the 6-year extension</source>
        <translation>你符合6年延期的條件</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert to JPEG?</source>
        <translation>轉換為 JPEG？</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of the page shown to {item}; {name} itself stays as it is.</source>
        <translation>「{item}」只接受 JPEG 圖像，但 {name} 是 {looks_like}。「轉換為 JPEG」會把所示頁面的 JPEG 副本加入「{item}」；{name} 本身保持不變。</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of it to {item}; {name} itself stays as it is.</source>
        <translation>「{item}」只接受 JPEG 圖像，但 {name} 是 {looks_like}。「轉換為 JPEG」會把它的 JPEG 副本加入「{item}」；{name} 本身保持不變。</translation>
    </message>
    <message>
        <source>Page to convert</source>
        <translation>要轉換的頁</translation>
    </message>
    <message>
        <source>The page to convert</source>
        <translation>要轉換的頁面</translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation>轉換為 JPEG</translation>
    </message>
    <message>
        <source>Page (of {pages}):</source>
        <translation>頁（共 {pages} 頁）：</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of the page shown in its place in the project (Undo takes it back).</source>
        <translation>「{item}」只接受 JPEG 圖像，但 {name} 是 {looks_like}。「轉換為 JPEG」會在專案中以所示頁面的 JPEG 取代它（可復原）。</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of it in its place in the project (Undo takes it back).</source>
        <translation>「{item}」只接受 JPEG 圖像，但 {name} 是 {looks_like}。「轉換為 JPEG」會在專案中以它的 JPEG 取代它（可復原）。</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>正在繪出頁面…</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>無法顯示此頁。</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>it has no pages</source>
        <translation>沒有任何頁面</translation>
    </message>
    <message>
        <source>its list of pages loops back on itself</source>
        <translation>頁面清單循環指向自身</translation>
    </message>
    <message>
        <source>its list of pages is nested too deeply</source>
        <translation>頁面清單嵌套過深</translation>
    </message>
    <message>
        <source>its structure loops back on itself</source>
        <translation>內部結構循環指向自身</translation>
    </message>
    <message>
        <source>it ends too early: it was probably not saved or copied completely</source>
        <translation>檔案提早結束：可能未完整儲存或複製</translation>
    </message>
    <message>
        <source>its picture data is damaged</source>
        <translation>圖像資料已損壞</translation>
    </message>
    <message>
        <source>its first bytes say what kind of file it is, but the rest does not match</source>
        <translation>檔案開頭標示了類型，但其餘內容與之不符</translation>
    </message>
    <message>
        <source>its internal structure cannot be read</source>
        <translation>無法讀取其內部結構</translation>
    </message>
    <message>
        <source>the reader stopped unexpectedly</source>
        <translation>讀取程式意外停止</translation>
    </message>
    <message>
        <source>a page is stored in a way PDF does not allow</source>
        <translation>有頁面以 PDF 標準不容許的方式儲存</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Empty: not known</source>
        <translation>留空：未知</translation>
    </message>
    <message>
        <source>e.g. 2025-03-31</source>
        <translation>例如 2025-03-31</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>在日曆上選擇日期</translation>
    </message>
    <message>
        <source>Clear (not known)</source>
        <translation>清除（未知）</translation>
    </message>
</context>
<context>
    <name>DatesPane</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>(verify)</source>
        <translation>（請核實）</translation>
    </message>
    <message>
        <source>Key dates timeline</source>
        <translation>重要日期時間線</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from {first} to {last}; today is {today}</source>
        <translation>
            <numerusform>由 {first} 至 {last} 共 %n 個日期；今天是 {today}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesTimeline</name>
    <message>
        <source>Today, {day}</source>
        <translation>今天，{day}</translation>
    </message>
</context>
<context>
    <name>DegreeLevel</name>
    <message>
        <source>bachelor&apos;s</source>
        <translation>學士</translation>
    </message>
    <message>
        <source>master&apos;s</source>
        <translation>碩士</translation>
    </message>
    <message>
        <source>doctoral</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DocumentFacts</name>
    <message>
        <source>Issued on</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>簽發機構</translation>
    </message>
    <message>
        <source>Employer (proof of work)</source>
        <translation>僱主（工作證明）</translation>
    </message>
    <message>
        <source>Covers work from</source>
        <translation>涵蓋工作期間由</translation>
    </message>
    <message>
        <source>Covers work until</source>
        <translation>涵蓋工作期間至</translation>
    </message>
    <message>
        <source>Online verification code (degree verification, e.g. CHSI)</source>
        <translation>網上驗證碼（學歷核實，例如學信網）</translation>
    </message>
    <message>
        <source>{field}: {text} is not a date like 2025-03-31.</source>
        <translation>{field}：{text} 不是有效日期，格式如 2025-03-31。</translation>
    </message>
    <message>
        <source>The period covered ends before it starts.</source>
        <translation>涵蓋期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Name the employer whose work this period covers.</source>
        <translation>請填寫此期間所涵蓋工作的僱主。</translation>
    </message>
    <message>
        <source>{text} is not a language this app records.</source>
        <translation>{text} 不是本程式記錄的語言。</translation>
    </message>
</context>
<context>
    <name>DocumentFactsDialog</name>
    <message>
        <source>Details of {name}</source>
        <translation>{name} 的資料</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未註明</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Another language (a certified translation is needed)</source>
        <translation>其他語言（須附經核證的譯本）</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文件語言</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>機讀區</translation>
    </message>
    <message>
        <source>No machine-readable zone was found on this file.</source>
        <translation>這個檔案上找不到機讀區。</translation>
    </message>
    <message>
        <source>The zone could not be read with every check digit valid.</source>
        <translation>未能在所有校驗位均正確的情況下讀取機讀區。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未有提供</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>簽發國家或地區</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Every check digit holds.</source>
        <translation>所有校驗位均正確。</translation>
    </message>
    <message>
        <source>Use the zone&apos;s expiry date</source>
        <translation>採用機讀區的屆滿日期</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Rotate left</source>
        <translation>向左旋轉</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋轉</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>移前</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>移後</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>資料…</translation>
    </message>
    <message>
        <source>Files of the selected item</source>
        <translation>所選項目的檔案</translation>
    </message>
    <message>
        <source>Select an item of the checklist.</source>
        <translation>請在清單中選擇一個項目。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Select a checklist item first, then write its note.</source>
        <translation>請先選擇清單項目，再寫備註。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Your note on this item (kept in the project, printed on the checklist):</source>
        <translation>你對此項目的備註（保存在專案中，並印在清單上）：</translation>
    </message>
</context>
<context>
    <name>EligibilityPane</name>
    <message>
        <source>The app&apos;s suggestion (category {category})</source>
        <translation>按本程式建議（類別 {category}）</translation>
    </message>
    <message>
        <source>The app&apos;s suggestion (none fits yet)</source>
        <translation>按本程式建議（暫無合適類別）</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>類別 {category}</translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation>申請類別</translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation>申請所依據的類別</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收費</translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation>延長逗留</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the app did not expect. Your project is safe. The details were written to {log}.</source>
        <translation>發生了程式未預期的錯誤。你的專案安全無損。詳情已寫入 {log}。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}: {place}: {problem}</source>
        <translation>{file}：{place}：{problem}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}): {problem}</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行，第 {column} 欄）：{problem}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}</source>
        <translation>無法讀取 {file}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {place}: is required</source>
        <translation>{file}：{place}：必須填寫。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date in the form YYYY-MM-DD</source>
        <translation>{file}：{place}：{found} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a decimal number</source>
        <translation>{file}：{place}：{found} 不是數字。</translation>
    </message>
    <message>
        <source>{file}: {place}: expected {expected}, found {found}</source>
        <translation>{file}：{place}：應為{expected}，實為{found}。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a finite number</source>
        <translation>{file}：{place}：{found} 不是有限的數。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not one of: {allowed}</source>
        <translation>{file}：{place}：{found} 不在可選值之列：{allowed}。</translation>
    </message>
    <message>
        <source>{file}: {place}: unknown field (check the spelling)</source>
        <translation>{file}：{place}：未知的欄位（請檢查拼寫）。</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（最上層）</translation>
    </message>
    <message>
        <source>The application date {date} is before the scheme began ({launched}): no rules apply.</source>
        <translation>申請日期 {date} 早於計劃推出日期（{launched}），沒有適用的規則。</translation>
    </message>
    <message>
        <source>{file} holds no university names.</source>
        <translation>{file} 沒有任何大學名稱。</translation>
    </message>
    <message>
        <source>{file}: the first row must name the columns, one of them &apos;en&apos; or &apos;name&apos;.</source>
        <translation>{file}：第一行須列出欄位名稱，其中一欄須為「en」或「name」。</translation>
    </message>
    <message>
        <source>There is no project at {path}.</source>
        <translation>{path} 沒有專案。</translation>
    </message>
    <message>
        <source>{name} is not a TTPS Desktop project (it looks like {looks_like}).</source>
        <translation>{name} 不是 TTPS Desktop 專案（看來是 {looks_like}）。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({detail}). Nothing was changed. Backups available: {count}; list and restore them with: ttps-desktop restore PROJECT</source>
        <translation>{name} 已損壞，無法開啟（{detail}）。檔案沒有被更改。可用備份：{count} 個；可用以下指令列出及還原：ttps-desktop restore PROJECT</translation>
    </message>
    <message>
        <source>{name} was saved by an older TTPS Desktop (project format {version}) and cannot be read without updating it. Open it once for editing to update it; the file was not changed.</source>
        <translation>{name} 由較舊版本的 TTPS Desktop 儲存（專案格式 {version}），須先更新才能讀取。請以可編輯方式開啟一次以更新；檔案未有改動。</translation>
    </message>
    <message>
        <source>{name} is in a place that cannot be written to, so it is open read-only. Save a copy elsewhere to keep working on it.</source>
        <translation>{name} 所在位置無法寫入，因此以唯讀方式開啟。請把副本儲存到別處繼續工作。</translation>
    </message>
    <message>
        <source>{name} was changed or replaced by another program (a sync tool?) while it was open. To keep both versions, nothing was written: save a copy elsewhere, then reopen the project.</source>
        <translation>{name} 在開啟期間被其他程式（同步工具？）更改或取代。為保留兩個版本，沒有寫入任何內容：請把副本儲存到別處，然後重新開啟專案。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer TTPS Desktop (project format {version}). Update the app to open it; the file was not changed.</source>
        <translation>{name} 由較新版本的 TTPS Desktop 儲存（專案格式 {version}）。請更新程式後再開啟；檔案沒有被更改。</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so the last change was not saved. Everything before it is safe. Free some space, or save the project elsewhere.</source>
        <translation>存放 {name} 的磁碟已滿，最後一項更改未能儲存，之前的內容全部安全。請騰出空間，或把專案儲存到別處。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} 已存在，請選擇其他名稱。</translation>
    </message>
    <message>
        <source>{project} is open in another TTPS Desktop window (on {host}, process {pid}, since {since}). Close it there first; it can only be changed in one place at a time.</source>
        <translation>{project} 已在另一個 TTPS Desktop 視窗開啟（電腦 {host}，程序 {pid}，自 {since}）。請先在該處關閉；同一時間只能在一處修改。</translation>
    </message>
    <message>
        <source>Cannot lock {project}: {reason}</source>
        <translation>無法鎖定 {project}：{reason}</translation>
    </message>
    <message>
        <source>--page chooses the page to convert: give it with --convert-to-jpeg.</source>
        <translation>--page 用來選擇要轉換的頁：請與 --convert-to-jpeg 一併使用。</translation>
    </message>
    <message>
        <source>--page counts from 1: {page} is not a page.</source>
        <translation>--page 由 1 起計：{page} 不是有效的頁碼。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>找不到檔案：{path}</translation>
    </message>
    <message>
        <source>{profile} is not an upload profile; use one of: {known}.</source>
        <translation>{profile} 不是上載設定；請使用以下其中一個：{known}。</translation>
    </message>
    <message>
        <source>{item} is not a checklist item of this project. Items: {items}</source>
        <translation>{item} 不是此專案的清單項目。可用項目：{items}</translation>
    </message>
    <message>
        <source>{item} is a question of the e-form, not an upload: record the answer with: ttps-desktop answer PROJECT {question} no|yes</source>
        <translation>{item} 是電子表格的問題，不是上載項目：請以 ttps-desktop answer PROJECT {question} no|yes 記錄答案</translation>
    </message>
    <message>
        <source>{item} takes other types than JPEG too: its files are kept as they are.</source>
        <translation>「{item}」亦接受 JPEG 以外的類型：其檔案保持原樣。</translation>
    </message>
    <message>
        <source>Not exported: the project is not complete yet ({errors} problems to fix). Run a check to see them, or export anyway as a draft (--allow-incomplete).</source>
        <translation>未有匯出：專案尚未齊備（有 {errors} 個問題須處理）。請執行檢查查看詳情，或以草稿形式匯出（--allow-incomplete）。</translation>
    </message>
    <message>
        <source>Cannot write the export to {folder}: {reason}</source>
        <translation>無法把匯出檔案寫入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Protecting the submission pack needs a password: give one (--password-file F).</source>
        <translation>保護遞交文件包需要密碼：請提供密碼（--password-file F）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be the category you were admitted under: A, B or C.</source>
        <translation>{file}：{place} 為 {found}；必須是你獲批的類別：A、B 或 C。</translation>
    </message>
    <message>
        <source>{file}: {place} ({later}) must not be before {other} ({earlier}).</source>
        <translation>{file}：{place}（{later}）不可早於 {other}（{earlier}）。</translation>
    </message>
    <message>
        <source>{file}: {place} must not be negative (found {found}).</source>
        <translation>{file}：{place} 不可為負數（現為 {found}）。</translation>
    </message>
    <message>
        <source>{file}: {place} must be true or false (found {found}).</source>
        <translation>{file}：{place} 必須為 true 或 false（現為 {found}）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be employment or business.</source>
        <translation>{file}：{place} 為 {found}；必須是 employment 或 business。</translation>
    </message>
    <message>
        <source>{file}: extension.route is {route}, but there is no extension.{route} section describing it.</source>
        <translation>{file}：extension.route 為 {route}，但沒有描述它的 extension.{route} 部分。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; write the year of assessment as YYYY/YY, e.g. 2025/26 (1 April 2025 to 31 March 2026).</source>
        <translation>{file}：{place} 為 {found}；課稅年度請寫成 YYYY/YY，例如 2025/26（2025年4月1日至2026年3月31日）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be one of mainland, macao, taiwan, overseas, hong_kong or other.</source>
        <translation>{file}：{place} 為 {found}；必須是 mainland、macao、taiwan、overseas、hong_kong 或 other 其中之一。</translation>
    </message>
    <message>
        <source>{file}: residence_kind is {kind} but residence.country is {country}: correct one of them.</source>
        <translation>{file}：residence_kind 為 {kind}，但 residence.country 為 {country}：請更正其中一項。</translation>
    </message>
    <message>
        <source>{file}: {place} applies only to income of kind business_profit (this item is {kind}).</source>
        <translation>{file}：{place} 只適用於 business_profit 類收入（此項為 {kind}）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a country: write a country&apos;s name or its code (CHN).</source>
        <translation>{file}：{place}：找不到國家 {found}：請寫國家名稱或代碼（如 CHN）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a currency: write a currency&apos;s name or its code (USD).</source>
        <translation>{file}：{place}：找不到貨幣 {found}：請寫貨幣名稱或代碼（如 USD）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one country ({codes}): write the code of the one you mean.</source>
        <translation>{file}：{place}：{found} 可指多於一個國家（{codes}）：請寫所指國家的代碼。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one currency ({codes}): write the code of the one you mean.</source>
        <translation>{file}：{place}：{found} 可指多於一種貨幣（{codes}）：請寫所指貨幣的代碼。</translation>
    </message>
    <message>
        <source>{file}: {place}: must not be negative</source>
        <translation>{file}：{place}：不可為負數。</translation>
    </message>
    <message>
        <source>{file}: {place}: must be greater than zero</source>
        <translation>{file}：{place}：必須大於零。</translation>
    </message>
    <message>
        <source>{file}: {place}: is empty</source>
        <translation>{file}：{place}：不可留空。</translation>
    </message>
    <message>
        <source>{file}: {place}: a second rate for {currency}</source>
        <translation>{file}：{place}：{currency} 的匯率重複了。</translation>
    </message>
    <message>
        <source>{file} has no extension section: an extension project needs the current permission and the route (README, Extension facts).</source>
        <translation>{file} 沒有 extension 部分：延期專案需要現時的逗留許可及延期途徑（見 README 的「Extension facts」）。</translation>
    </message>
    <message>
        <source>{file} describes an extension of stay: create it with --kind extension.</source>
        <translation>{file} 描述的是延長逗留申請：請以 --kind extension 建立。</translation>
    </message>
    <message>
        <source>{question} is not a question the app asks; it asks: {known}.</source>
        <translation>{question} 不是本程式會問的問題；本程式會問：{known}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or give a path in an existing folder.</source>
        <translation>資料夾 {folder} 不存在：請先建立，或指定現有資料夾內的路徑。</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>無法建立 {path}：{reason}</translation>
    </message>
    <message>
        <source>There is no backup {number} of {name}: the backups are numbered 1 to {count}.</source>
        <translation>{name} 沒有第 {number} 個備份：備份編號為 1 至 {count}。</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}). Everything else in the app works.</source>
        <translation>護照讀取功能無法在這部電腦上運行（{reason}）。應用程式的其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Document checklist: {name}</source>
        <translation>文件清單：{name}</translation>
    </message>
    <message>
        <source>Extension of stay, document checklist: {name}</source>
        <translation>延長逗留文件清單：{name}</translation>
    </message>
    <message>
        <source>Category {category} · rules of {version} · prepared on {date} with {app} {app_version}</source>
        <translation>{category}類 · {version} 版規則 · {date} 以 {app} {app_version} 製備</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Spouse: {name}</source>
        <translation>配偶：{name}</translation>
    </message>
    <message>
        <source>Child {number}: {name}</source>
        <translation>子女 {number}：{name}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已齊備</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠缺</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>如有</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>檔案：{files}</translation>
    </message>
    <message>
        <source>Files: none yet</source>
        <translation>檔案：尚未提供</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 頁</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選定</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>答案：{answer}</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme application</source>
        <translation>高端人才通行證計劃申請</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme: extension of stay</source>
        <translation>高端人才通行證計劃：延長逗留</translation>
    </message>
    <message>
        <source>Admitted under: {category}</source>
        <translation>獲批類別：{category}</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>證明文件</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申請人：{name}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>參考編號：{reference}</translation>
    </message>
    <message>
        <source>Category: not chosen yet</source>
        <translation>類別：尚未選定</translation>
    </message>
    <message>
        <source>Checked against the rules of {version} (in force from {effective})</source>
        <translation>按 {version} 版規則核對（{effective} 起生效）</translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question}：{answer}</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Applying under {category}</source>
        <translation>按{category}申請</translation>
    </message>
    <message>
        <source>Prepared on {date} with {app} {version}</source>
        <translation>{date} 以 {app} {version} 製備</translation>
    </message>
    <message>
        <source>{items}; {problems} and {warnings} remain.</source>
        <translation>{items}；尚有 {problems}及 {warnings}。</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n required item(s) have their documents</source>
        <translation>
            <numerusform>%n 個必須項目中有 {done} 個已有文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 項警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required item has its documents.</source>
        <translation>所有必須項目均已有文件。</translation>
    </message>
    <message>
        <source>This dossier holds personal documents. It was prepared offline: nothing was sent anywhere. Share it only with the Immigration Department or someone you trust to act for you, and delete copies you no longer need.</source>
        <translation>本文件冊載有個人文件，以離線方式製備，沒有傳送到任何地方。請只交予入境事務處或你信任的代表，並刪除不再需要的副本。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 頁，共 {total} 頁</translation>
    </message>
    <message>
        <source>Cover and contents</source>
        <translation>封面及目錄</translation>
    </message>
    <message>
        <source>Applicant: {section}</source>
        <translation>申請人：{section}</translation>
    </message>
    <message>
        <source>{name}: TTPS supporting documents</source>
        <translation>{name}：高才通證明文件</translation>
    </message>
    <message>
        <source>{name}: TTPS extension of stay, supporting documents</source>
        <translation>{name}：高才通延長逗留證明文件</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This is a draft: the application is not complete yet and this dossier is not ready to submit.</source>
        <translation>這是草稿：申請尚未齊備，本文件冊還不能提交。</translation>
    </message>
    <message>
        <source>{name}: not included</source>
        <translation>{name}：未收錄</translation>
    </message>
    <message>
        <source>This document could not be included in the dossier: {reason}.</source>
        <translation>這份文件未能收錄於文件冊：{reason}。</translation>
    </message>
    <message>
        <source>Add it again in another form (a new scan, or a PDF printed from it) and export the dossier again.</source>
        <translation>請以另一種形式重新加入（重新掃描，或由它列印成 PDF），然後再次匯出文件冊。</translation>
    </message>
    <message>
        <source>its pages could not be read (the PDF is damaged or built in a way the app cannot rebuild)</source>
        <translation>無法讀取其頁面（PDF 已損壞，或其結構本程式無法重建）</translation>
    </message>
    <message>
        <source>its picture could not be decoded (the file is damaged or uses an unusual encoding)</source>
        <translation>無法解碼其圖像（檔案已損壞，或使用了不常見的編碼）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>optional: protects the dossier (AES-256)</source>
        <translation>可選：保護文件冊（AES-256）</translation>
    </message>
    <message>
        <source>Protect the submission zip with this password too</source>
        <translation>同時以此密碼保護遞交壓縮檔</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Export even if documents are missing (a draft)</source>
        <translation>即使欠缺文件也匯出（草稿）</translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation>上載規格</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>文件語言</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Without a password nothing is protected: the dossier, the checklist, the submission folder and its zip can be read by anyone who can open the folder.</source>
        <translation>沒有密碼就沒有任何保護：任何能開啟該資料夾的人都可閱讀文件冊、文件清單、遞交資料夾及其壓縮檔。</translation>
    </message>
    <message>
        <source>The password protects the dossier only. The submission folder and the zip beside it hold the same documents unprotected, and the checklist names them. Tick the box above to protect the zip too.</source>
        <translation>密碼只保護文件冊。遞交資料夾及旁邊的壓縮檔載有同樣的文件，並未受保護，而文件清單亦列出這些文件。勾選上方方格，可同時保護壓縮檔。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password, and no open submission folder is written (one left here by an earlier export is removed). The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation>文件冊及遞交壓縮檔只能以密碼開啟，並且不會寫出未加密的遞交資料夾（之前匯出留在此處的會被移除）。文件清單 PDF 只列出文件，不含任何文件本身：它沒有受保護。上載前，請以可開啟 AES 加密壓縮檔的程式（7-Zip、WinZip、Keka、The Unarchiver）輸入密碼解壓：Windows 內置的壓縮資料夾無法開啟。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出至</translation>
    </message>
    <message numerus="yes">
        <source>Written to {folder}: the dossier, the checklist and the submission pack (%n point(s) to check).</source>
        <translation>
            <numerusform>已寫入 {folder}：文件冊、文件清單及遞交文件包（%n 項須留意）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a draft: DRAFT is printed on the cover and on every page.</source>
        <translation>這是草稿：封面和每一頁都印有「草稿」。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open folder was written.</source>
        <translation>文件冊及遞交壓縮檔只能以密碼開啟；沒有寫出未加密的資料夾。</translation>
    </message>
    <message>
        <source>Written with problems: these documents could not be included (the dossier says so in their place):</source>
        <translation>已寫出，但有問題：以下文件未能收錄（文件冊在其位置有一頁說明）：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，沒有寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>The application window is open: it opened on {opens}, and the stay expires on {expires}; apply by then.</source>
        <translation>申請期已開始：由 {opens} 起可申請，逗留期限於 {expires} 屆滿；請在此之前申請。</translation>
    </message>
    <message>
        <source>Too early: you can apply from {opens} (the stay expires on {expires}).</source>
        <translation>尚未可以申請：由 {opens} 起方可申請（逗留期限於 {expires} 屆滿）。</translation>
    </message>
    <message>
        <source>The stay expired on {expires}: the extension can no longer be applied for in the ordinary way. Contact the Immigration Department at once.</source>
        <translation>逗留期限已於 {expires} 屆滿：不能再以一般方式申請延期。請立即聯絡入境事務處。</translation>
    </message>
    <message>
        <source>Applying up to 3 months before expiry is a temporary arrangement in force since 1 November 2024.</source>
        <translation>在逗留期限屆滿前最多3個月申請，是自2024年11月1日起實施的臨時安排。</translation>
    </message>
    <message>
        <source>Verify: the standing rule is {weeks} weeks before expiry (from {standing_opens}); the GovHK e-service page still says it is not for stays with more than {weeks} weeks left.</source>
        <translation>請核實：一般規定是屆滿前 {weeks} 星期（由 {standing_opens} 起）；GovHK 電子服務網頁仍表示不適用於尚餘多於 {weeks} 星期的逗留期限。</translation>
    </message>
    <message>
        <source>You are in Hong Kong: the application is made, paid and the e-Visa collected while here.</source>
        <translation>你身在香港：須在港提交申請、繳費及領取電子簽證。</translation>
    </message>
    <message>
        <source>You can apply only while in Hong Kong (to apply, pay and collect the e-Visa): the facts say you are not there now.</source>
        <translation>只可在香港境內申請（提交申請、繳費及領取電子簽證）：資料顯示你現時不在香港。</translation>
    </message>
    <message>
        <source>The facts describe the {route} route in full; the Immigration Department judges the merits.</source>
        <translation>資料已完整描述{route}途徑；是否批准由入境事務處決定。</translation>
    </message>
    <message>
        <source>The {route} route is missing: {missing}.</source>
        <translation>{route}途徑尚欠：{missing}。</translation>
    </message>
    <message>
        <source>No route is described: give employment in Hong Kong or a business in Hong Kong (extension.employment or extension.business).</source>
        <translation>未有描述任何途徑：請提供在港受僱或在港業務的資料（extension.employment 或 extension.business）。</translation>
    </message>
    <message>
        <source>The employer is outside Hong Kong: the official test is employment in Hong Kong, so the app gives no verdict on this route (see the guidance below).</source>
        <translation>僱主在香港以外：官方準則是在港受僱，因此本程式不會就此途徑作出判斷（見下方參考資料）。</translation>
    </message>
    <message>
        <source>Employment test: a post commonly taken up by degree holders (or people with good professional or technical qualifications), at market-level pay; {post} at HK${pay} a month.</source>
        <translation>受僱準則：一般由學位持有人（或具良好專業或技術資格人士）擔任的職位，薪酬達市場水平；{post}，月薪港幣 {pay} 元。</translation>
    </message>
    <message>
        <source>Business test: a business in Hong Kong that operates healthily and sustainably (turnover, financial resources, investment, local jobs, economic benefit, time spent in Hong Kong).</source>
        <translation>業務準則：在港業務運作健康及可持續（營業額、財政資源、投資、本地職位、經濟效益、在港逗留時間）。</translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are not needed: the employer is listed on the Stock Exchange of Hong Kong or had a work visa approved in the last {months} months.</source>
        <translation>無須提交僱主公司文件：僱主是香港交易所上市公司，或在過去 {months} 個月內曾獲批工作簽證。</translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are needed (Business Registration certificate, financial standing; a business plan for a company under {young} months old), as the employer is neither listed nor had a work visa approved in the last {months} months.</source>
        <translation>須提交僱主公司文件（商業登記證、財政狀況；成立不足 {young} 個月的公司另需業務計劃書），因為僱主並非上市公司，在過去 {months} 個月內亦未曾獲批工作簽證。</translation>
    </message>
    <message>
        <source>Intra-company transfer: considered for managerial or professional posts; add the transfer papers.</source>
        <translation>公司內部調職：擔任管理或專業職位者會獲考慮；請附上調職文件。</translation>
    </message>
    <message>
        <source>{company} was registered on {registered}, less than {months} months before the application: add a business plan.</source>
        <translation>{company} 於 {registered} 註冊，距申請不足 {months} 個月：請附上業務計劃書。</translation>
    </message>
    <message>
        <source>Likely length: up to {years} years, to {until}.</source>
        <translation>可能獲批期限：最長 {years} 年，至 {until}。</translation>
    </message>
    <message>
        <source>Likely length: to the end of the employment contract on {until}, sooner than {years} years ({full}).</source>
        <translation>可能獲批期限：至僱傭合約於 {until} 結束，早於 {years} 年（{full}）。</translation>
    </message>
    <message>
        <source>Likely length: {years} years, to {until}: at least {min_years} years under the scheme (since {since}) and assessable income of HK${income} in {year}, at least HK${threshold}.</source>
        <translation>可能獲批期限：{years} 年，至 {until}：已在計劃下逗留最少 {min_years} 年（自 {since} 起），而 {year} 的應評稅入息為港幣 {income} 元，不少於港幣 {threshold} 元。</translation>
    </message>
    <message>
        <source>Not yet {min_years} years under the scheme on {day} (since {since}; {min_years} years on {mark}): the {years}-year extension does not apply.</source>
        <translation>於 {day} 仍未在計劃下逗留滿 {min_years} 年（自 {since} 起；於 {mark} 滿 {min_years} 年）：{years} 年延期並不適用。</translation>
    </message>
    <message>
        <source>Assessable income of HK${income} in {year} is below HK${threshold}: the {years}-year extension does not apply.</source>
        <translation>{year} 的應評稅入息港幣 {income} 元低於港幣 {threshold} 元：{years} 年延期並不適用。</translation>
    </message>
    <message>
        <source>Give the assessable income of the year of assessment {year} (extension.assessable_income) to see whether the {years}-year extension applies (HK${threshold} or more).</source>
        <translation>請提供 {year} 課稅年度的應評稅入息（extension.assessable_income），以判斷是否適用 {years} 年延期（港幣 {threshold} 元或以上）。</translation>
    </message>
    <message>
        <source>The assessable income given is for {given}; the previous year of assessment for an application on {day} is {year}: the {years}-year extension cannot be judged.</source>
        <translation>所提供的應評稅入息屬 {given}；於 {day} 申請的上一個課稅年度是 {year}：無法判斷 {years} 年延期。</translation>
    </message>
    <message>
        <source>The first entry under the scheme is not given (extension.permission.first_entry): time under the scheme is counted from the grant on {since}.</source>
        <translation>未有提供首次以計劃入境的日期（extension.permission.first_entry）：在計劃下的逗留時間由 {since} 獲批當日起計。</translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was never sent, so it must go with the extension.</source>
        <translation>{category} 類：從未提交學位核實證明，須隨延期申請一併提交。</translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was sent with the entry application.</source>
        <translation>{category} 類：學位核實證明已隨入境申請提交。</translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify: press reports, November 2024): {scenario}</source>
        <translation>參考資料，並非判斷結果（請核實：2024年11月傳媒報道）：{scenario}</translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify): the contract&apos;s pay comes to HK${annual} a year (12 × HK${monthly}); the reported figure is HK${threshold}.</source>
        <translation>參考資料，並非判斷結果（請核實）：合約薪酬每年港幣 {annual} 元（12 × 港幣 {monthly} 元）；報道所指金額為港幣 {threshold} 元。</translation>
    </message>
</context>
<context>
    <name>ExtensionField</name>
    <message>
        <source>the employer</source>
        <translation>僱主</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>the monthly pay in HK$</source>
        <translation>以港幣計的月薪</translation>
    </message>
    <message>
        <source>the contract&apos;s start</source>
        <translation>合約開始日期</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>when it was registered</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>the turnover in HK$</source>
        <translation>以港幣計的營業額</translation>
    </message>
    <message>
        <source>the capital invested in HK$</source>
        <translation>以港幣計的投資資本</translation>
    </message>
    <message>
        <source>the number of local staff</source>
        <translation>本地僱員人數</translation>
    </message>
    <message>
        <source>whether it has an office in Hong Kong</source>
        <translation>是否在香港設有辦公室</translation>
    </message>
</context>
<context>
    <name>ExtensionPage</name>
    <message>
        <source>Category {category}</source>
        <translation>類別 {category}</translation>
    </message>
    <message>
        <source>Employment in Hong Kong</source>
        <translation>在港受僱</translation>
    </message>
    <message>
        <source>A business in Hong Kong</source>
        <translation>在港業務</translation>
    </message>
    <message>
        <source>Employer listed on the Stock Exchange of Hong Kong</source>
        <translation>僱主為香港交易所上市公司</translation>
    </message>
    <message>
        <source>Employer had a work visa approved in the last 24 months</source>
        <translation>僱主在過去24個月內曾獲批工作簽證</translation>
    </message>
    <message>
        <source>Intra-company transfer</source>
        <translation>公司內部調職</translation>
    </message>
    <message>
        <source>Employer is outside Hong Kong</source>
        <translation>僱主在香港以外</translation>
    </message>
    <message>
        <source>Paid by commission</source>
        <translation>以佣金計算收入</translation>
    </message>
    <message>
        <source>Has an office in Hong Kong</source>
        <translation>在香港設有辦公室</translation>
    </message>
    <message>
        <source>Degree verification was sent with the entry application</source>
        <translation>學位核實證明已隨入境申請提交</translation>
    </message>
    <message>
        <source>Admitted under</source>
        <translation>獲批類別</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>獲批日期</translation>
    </message>
    <message>
        <source>Stay expires on</source>
        <translation>逗留期限屆滿日</translation>
    </message>
    <message>
        <source>First entry under the scheme</source>
        <translation>首次以計劃入境日期</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>延期途徑</translation>
    </message>
    <message>
        <source>Year of assessment</source>
        <translation>課稅年度</translation>
    </message>
    <message>
        <source>Assessable income (HK$)</source>
        <translation>應評稅入息（港幣）</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>受僱</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>僱主</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Monthly pay (HK$)</source>
        <translation>月薪（港幣）</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>合約開始</translation>
    </message>
    <message>
        <source>Contract to (empty: open-ended)</source>
        <translation>合約結束（留空：無固定期限）</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Turnover (HK$)</source>
        <translation>營業額（港幣）</translation>
    </message>
    <message>
        <source>Capital invested (HK$)</source>
        <translation>投資資本（港幣）</translation>
    </message>
    <message>
        <source>Local staff</source>
        <translation>本地僱員人數</translation>
    </message>
</context>
<context>
    <name>ExtensionView</name>
    <message>
        <source>You can apply on {day}.</source>
        <translation>你可於 {day} 申請。</translation>
    </message>
    <message>
        <source>You cannot apply on {day}.</source>
        <translation>你不可於 {day} 申請。</translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation>途徑（{route}）：資料足以支持</translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation>途徑（{route}）：未能判斷</translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>可能獲批期限：%n 年，至 {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict)</source>
        <translation>根據傳媒報道的參考資料（請核實；並非判斷結果）</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Applicant&apos;s facts</source>
        <translation>申請人資料</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Travel permit</source>
        <translation>通行證</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Permanent resident there</source>
        <translation>為當地永久居民</translation>
    </message>
    <message>
        <source>As the country of residence says</source>
        <translation>按居住國家判斷</translation>
    </message>
    <message>
        <source>The Mainland</source>
        <translation>內地</translation>
    </message>
    <message>
        <source>Fill in from a passport or identity card…</source>
        <translation>從護照或身份證填寫…</translation>
    </message>
    <message>
        <source>Reads the machine-readable zone of a photo or scan of the data page, on this computer; you confirm before anything is filled in.</source>
        <translation>在這部電腦上讀取資料頁相片或掃描的機讀區；填寫前會先請你確認。</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳門</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Staying in Hong Kong now</source>
        <translation>現身在香港</translation>
    </message>
    <message>
        <source>Holds a Hong Kong identity card</source>
        <translation>持有香港身份證</translation>
    </message>
    <message>
        <source>Name differs between documents</source>
        <translation>各文件上的姓名不一致</translation>
    </message>
    <message>
        <source>Some documents are not in Chinese or English</source>
        <translation>部分文件並非中文或英文</translation>
    </message>
    <message>
        <source>Name (as in the passport)</source>
        <translation>姓名（與護照相同）</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>旅行證件</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Issued by (country)</source>
        <translation>簽發國家</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>居住國家</translation>
    </message>
    <message>
        <source>Living there since</source>
        <translation>開始居住日期</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>學位程度</translation>
    </message>
    <message>
        <source>Bachelor&apos;s</source>
        <translation>學士</translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation>碩士</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>HK full-time local programme</source>
        <translation>香港全日制本地課程</translation>
    </message>
    <message>
        <source>Honorary</source>
        <translation>榮譽學位</translation>
    </message>
    <message>
        <source>Continuing-education arm or branch</source>
        <translation>持續進修部門或分校</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全職</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自僱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>薪金</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津貼</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>花紅</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>認股權</translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation>業務利潤</translation>
    </message>
    <message>
        <source>Investment (never counts)</source>
        <translation>投資收入（不計算在內）</translation>
    </message>
    <message>
        <source>Shares held all year (business profit)</source>
        <translation>全年持有股份（業務利潤）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>頒授日期</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>僱主</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To (empty: still there)</source>
        <translation>至（留空：仍在職）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>HK$ per unit</source>
        <translation>每單位兌港幣</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>In Hong Kong now</source>
        <translation>現身在香港</translation>
    </message>
    <message>
        <source>As the applicant</source>
        <translation>與申請人相同</translation>
    </message>
    <message>
        <source>Entry application</source>
        <translation>入境申請</translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation>延長逗留</translation>
    </message>
    <message>
        <source>Kind of application</source>
        <translation>申請類別</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation>學歷</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>受養人</translation>
    </message>
    <message>
        <source>Steps of the facts</source>
        <translation>資料填寫步驟</translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation>申請所依據的類別</translation>
    </message>
    <message>
        <source>The app&apos;s suggestion</source>
        <translation>按本程式建議</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>類別 {category}</translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation>申請類別</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation>建立專案</translation>
    </message>
    <message>
        <source>New project: step {step} of {steps}, {title}</source>
        <translation>新增專案：第 {step} 步，共 {steps} 步（{title}）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>刪除所選行</translation>
    </message>
    <message>
        <source>{table}, row {row}: {column}</source>
        <translation>{table}第 {row} 行：{column}</translation>
    </message>
    <message>
        <source>The data page of a passport or identity card</source>
        <translation>護照或身份證的資料頁</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)</source>
        <translation>相片、掃描及 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Reading the machine-readable zone of {name}…</source>
        <translation>正在讀取 {name} 的機讀區…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}); type the facts in instead.</source>
        <translation>護照讀取功能無法在這部電腦上運行（{reason}）；請改為自行輸入資料。</translation>
    </message>
    <message>
        <source>No machine-readable zone could be read with every check digit valid: try a sharper, flatter photo or scan of the data page, or type the facts in.</source>
        <translation>未能在所有校驗位均正確的情況下讀取機讀區：請改用更清晰、更平整的資料頁相片或掃描，或自行輸入資料。</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>姓名：{value}</translation>
    </message>
    <message>
        <source>Nationality: {value}</source>
        <translation>國籍：{value}</translation>
    </message>
    <message>
        <source>Date of birth: {value}</source>
        <translation>出生日期：{value}</translation>
    </message>
    <message>
        <source>Document number: {value}</source>
        <translation>證件號碼：{value}</translation>
    </message>
    <message>
        <source>Issued by: {value}</source>
        <translation>簽發國家或地區：{value}</translation>
    </message>
    <message>
        <source>Expires on: {value}</source>
        <translation>屆滿日期：{value}</translation>
    </message>
    <message>
        <source>Fill in from the travel document</source>
        <translation>從旅行證件填寫</translation>
    </message>
    <message>
        <source>The machine-readable zone says (every check digit valid):</source>
        <translation>機讀區顯示（所有校驗位均正確）：</translation>
    </message>
    <message>
        <source>Fill these facts in?</source>
        <translation>是否填入這些資料？</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date: write it as 2025-03-31, 2025年3月31日 or 31/3/2025, or pick it on the calendar.</source>
        <translation>{file}：{place}：{found} 不是日期：請寫成 2025-03-31、2025年3月31日 或 31/3/2025，或在日曆上選取。</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>前往該欄</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>Fees by the rules of {version}: HK${application} application fee (paid on submission, not refunded) and HK${visa} visa fee (paid on approval) per person, dependants included.</source>
        <translation>按{version}規則的收費：每人申請費港幣{application}元（遞交申請時繳付，不予退還）及簽證費港幣{visa}元（獲批後繳付），受養人亦然。</translation>
    </message>
    <message numerus="yes">
        <source>Total for %n person(s): HK${total}</source>
        <translation>
            <numerusform>%n人合共：港幣{total}元</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation>資料來源：{title} {url}（{checked}核對）</translation>
    </message>
    <message>
        <source>Verify: check the amounts on the Immigration Department&apos;s fee page before paying.</source>
        <translation>請核實：繳費前請在入境事務處收費網頁核對金額。</translation>
    </message>
    <message>
        <source>The rules of {version} hold no fee figures: check the Immigration Department&apos;s page.</source>
        <translation>{version}規則沒有收費數字：請查閱入境事務處網頁。</translation>
    </message>
    <message>
        <source>Applicant {name}: HK${amount}</source>
        <translation>申請人 {name}：港幣{amount}元</translation>
    </message>
    <message>
        <source>Spouse {name}: HK${amount}</source>
        <translation>配偶 {name}：港幣{amount}元</translation>
    </message>
    <message>
        <source>Child {number} {name}: HK${amount}</source>
        <translation>子女 {number} {name}：港幣{amount}元</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>not a regular file</source>
        <translation>並非一般檔案</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>a PostScript/EPS file</source>
        <translation>PostScript／EPS 檔案</translation>
    </message>
    <message>
        <source>an EPS file</source>
        <translation>EPS 檔案</translation>
    </message>
    <message>
        <source>a Photoshop (PSD) file</source>
        <translation>Photoshop (PSD) 檔案</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>ZIP 壓縮檔或 Office 文件</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>舊版 Microsoft Office 文件</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文件</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 圖像</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 壓縮檔</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 壓縮檔</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程式</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程式</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>a Windows icon (ICO)</source>
        <translation>Windows 圖示（ICO）</translation>
    </message>
    <message>
        <source>a JBIG2 image (a black-and-white scan format)</source>
        <translation>JBIG2 圖像（一種黑白掃描格式）</translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation>JPEG XL 圖像</translation>
    </message>
    <message>
        <source>a DjVu document</source>
        <translation>DjVu 文件</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>JPEG 2000 圖像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 圖像</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 圖像</translation>
    </message>
    <message>
        <source>a standard TIFF image</source>
        <translation>標準 TIFF 圖像</translation>
    </message>
    <message>
        <source>a BigTIFF image</source>
        <translation>BigTIFF 圖像</translation>
    </message>
    <message>
        <source>a TIFF image in Lab colour</source>
        <translation>Lab 色彩的 TIFF 圖像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 圖像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 圖像</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>AVIF 圖像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 圖像</translation>
    </message>
    <message>
        <source>a HEIC/HEIF photo</source>
        <translation>HEIC／HEIF 相片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>純文字檔</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>未知類型的檔案</translation>
    </message>
    <message>
        <source>a folder or a device</source>
        <translation>資料夾或裝置</translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation>其他程式的資料庫</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{name} is not a regular file ({what}): only files can be added.</source>
        <translation>{name} 不是一般檔案（{what}）：只可加入檔案。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>無法讀取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} disappeared while it was being added (moved, renamed or deleted?). Add it again.</source>
        <translation>{name} 在加入期間消失了（被移動、改名或刪除？）。請再加入一次。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): the file was not saved or copied completely.</source>
        <translation>{name} 是空檔案（0 位元組）：檔案未有完整儲存或複製。</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB, more than the {limit_mb} MB the app takes for one file.</source>
        <translation>{name} 有 {size_mb} MB，超過本程式單一檔案上限 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>{name} looks like {looks_like}, which cannot be used: add a PDF or a picture (JPEG, PNG, TIFF, HEIC, AVIF, JPEG 2000, GIF, WebP).</source>
        <translation>{name} 看來是 {looks_like}，無法使用：請加入 PDF 或圖像（JPEG、PNG、TIFF、HEIC、AVIF、JPEG 2000、GIF、WebP）。</translation>
    </message>
    <message>
        <source>{name} is really {looks_like}, whatever its name says; it is handled as what it is.</source>
        <translation>{name} 實際上是 {looks_like}，與檔名不符；會按其實際類型處理。</translation>
    </message>
    <message>
        <source>{name} is the same file as {other}, already in the project.</source>
        <translation>{name} 與專案中已有的 {other} 是同一個檔案。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({detail}). Export or scan it again.</source>
        <translation>{name} 已損壞，無法讀取（{detail}）。請重新匯出或掃描。</translation>
    </message>
    <message>
        <source>{name} needed too much memory to read and was stopped: it may be damaged or built to exhaust readers.</source>
        <translation>讀取 {name} 需要過多記憶體，已停止：檔案可能已損壞或被刻意設計成耗盡資源。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to check the file, or save an unprotected copy from the bank or tax website.</source>
        <translation>{name} 受密碼保護。請輸入密碼以檢查檔案，或從銀行或稅務網站另存一份未加密的副本。</translation>
    </message>
    <message>
        <source>{name} carries restrictions (printing or copying); it opens without a password, and the dossier will include its pages.</source>
        <translation>{name} 設有限制（列印或複製）；檔案毋須密碼即可開啟，申請文件冊會包括其頁面。</translation>
    </message>
    <message>
        <source>{name} contains scripts; they are never run and are left out of the export.</source>
        <translation>{name} 含有程式碼；這些程式碼絕不會執行，匯出時亦會剔除。</translation>
    </message>
    <message>
        <source>{name} has a damaged internal index; it was read anyway, but check every page looks right.</source>
        <translation>{name} 的內部索引已損壞；已盡量讀取，請檢查每一頁是否正確。</translation>
    </message>
    <message>
        <source>{name} has a broken table of bookmarks (it loops back on itself); the pages are fine, and the bookmarks are left out of the export.</source>
        <translation>{name} 的書籤目錄已損壞（循環指向自身）；頁面本身無問題，匯出時會剔除這些書籤。</translation>
    </message>
    <message>
        <source>{name}: these pages seem blank: {pages}.</source>
        <translation>{name}：以下頁面似乎是空白的：{pages}。</translation>
    </message>
    <message>
        <source>{name} has files attached inside it that are locked with a password; the document itself opens without one. The attachments are left out of the export: add any you need separately.</source>
        <translation>{name} 內附的檔案以密碼鎖定，文件本身則無須密碼即可開啟。匯出時會剔除這些附件：如有需要，請另行加入。</translation>
    </message>
    <message>
        <source>{name} is an XFA form, which only Adobe Reader shows in full: the dossier can keep only what its PDF pages hold, which may be an empty page. Open it in Adobe Reader, print it to a new PDF and add that instead.</source>
        <translation>{name} 是 XFA 表格，只有 Adobe Reader 能完整顯示：文件冊只能保留其 PDF 頁面的內容，可能只是一個空白頁。請以 Adobe Reader 開啟，列印成新的 PDF，再加入該檔案。</translation>
    </message>
    <message>
        <source>{name} is {width} × {height} pixels, too large to open safely (no photo or scan needs so many); it was not opened. Save it at a smaller size.</source>
        <translation>{name} 有 {width} × {height} 像素，太大而無法安全開啟（任何相片或掃描都不需要這麼多像素）；檔案未被開啟。請以較小的尺寸儲存。</translation>
    </message>
    <message>
        <source>{name} holds a picture of {width} × {height} pixels, too large to open safely (no scan needs so many); it was not added. Scan or save the document again at a normal resolution.</source>
        <translation>{name} 內含一張 {width} × {height} 像素的圖像，太大而無法安全開啟（任何掃描都不需要這麼多像素）；檔案未被加入。請以正常解像度重新掃描或儲存該文件。</translation>
    </message>
    <message>
        <source>{name} declares more pixels than the app can open safely; it was not opened. Save it at a smaller size.</source>
        <translation>{name} 聲稱的像素數目超出本程式能安全開啟的範圍；檔案未被開啟。請以較小的尺寸儲存。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, which upload forms and many viewers do not take; the app keeps a copy converted to {target}, and your file is left as it is.</source>
        <translation>{name} 是 {looks_like}，上載表格及許多閱讀器都不接受；本程式保留一份已轉換為 {target} 的副本，您的檔案則保持原狀。</translation>
    </message>
    <message>
        <source>{name} is too small to read well: about {dpi} dpi on an A4 page, below the {min_dpi} dpi needed. Scan or photograph it closer.</source>
        <translation>{name} 解像度太低，不易閱讀：以 A4 頁面計約 {dpi} dpi，低於所需的 {min_dpi} dpi。請重新掃描或拍得更近。</translation>
    </message>
    <message>
        <source>{name} looks blurred (sharpness {score}, below {threshold}). Take the photo again, holding still.</source>
        <translation>{name} 看來模糊（清晰度 {score}，低於 {threshold}）。請拿穩相機重新拍攝。</translation>
    </message>
    <message>
        <source>{name} is too dark (brightness {score} of 255). Take the photo in better light.</source>
        <translation>{name} 太暗（亮度 {score}／255）。請在光線較好的地方拍攝。</translation>
    </message>
    <message>
        <source>{name} is washed out (brightness {score} of 255, little contrast). Avoid glare and direct flash.</source>
        <translation>{name} 過曝泛白（亮度 {score}／255，對比度低）。請避免反光及直接使用閃光燈。</translation>
    </message>
    <message>
        <source>{name} is stored rotated; it is turned upright automatically.</source>
        <translation>{name} 以旋轉方向儲存；會自動轉正。</translation>
    </message>
    <message>
        <source>{name} records where it was taken (GPS); the location is removed from everything the app exports.</source>
        <translation>{name} 記錄了拍攝地點（GPS）；本程式匯出的所有內容都會刪除位置資料。</translation>
    </message>
    <message>
        <source>{name} uses print colours (CMYK); it is converted for the screen and the upload.</source>
        <translation>{name} 使用印刷色彩（CMYK）；會轉換成適合螢幕及上載的色彩。</translation>
    </message>
    <message>
        <source>{name} has 16-bit colour; it is converted to 8-bit for the upload.</source>
        <translation>{name} 為 16 位元色彩；上載時會轉換為 8 位元。</translation>
    </message>
    <message>
        <source>{name} expired on {expiry}, before the application date.</source>
        <translation>{name} 已於 {expiry} 到期，早於申請日期。</translation>
    </message>
    <message>
        <source>{name} covers {covered_start} to {covered_end}, but the job at {employer} is claimed from {start} to {end}.</source>
        <translation>{name} 涵蓋 {covered_start} 至 {covered_end}，但申報在 {employer} 的工作期間為 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>{name} is not in Chinese or English: add a translation into one of them.</source>
        <translation>{name} 並非中文或英文：請加入中文或英文譯本。</translation>
    </message>
    <message>
        <source>{item}: no file yet ({needed} needed).</source>
        <translation>{item}：尚未有檔案（需要 {needed} 個）。</translation>
    </message>
    <message numerus="yes">
        <source>{name} took too long to read (over %n second(s)) and was stopped: it may be damaged or built to hang readers.</source>
        <translation>
            <numerusform>讀取 {name} 時間過長（超過 %n 秒），已停止：檔案可能已損壞或被刻意設計成令閱讀程式停頓。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n file(s) attached inside it; they are left out of the export. Add any you need separately.</source>
        <translation>
            <numerusform>{name} 內附 %n 個檔案；匯出時會剔除。如有需要，請另行加入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s): check that only the pages needed are included.</source>
        <translation>
            <numerusform>{name} 有 %n 頁：請確認只包括所需頁面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is a filled form (%n field(s)): the dossier keeps its pages as they look, not the field values, which can no longer be edited there.</source>
        <translation>
            <numerusform>{name} 是已填寫的表格（%n 個欄位）：文件冊只保留頁面的外觀，不保留欄位數值，之後無法再在其中修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n filled form field(s) whose text is not drawn on the page (the form leaves that to the viewer): in the dossier they would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.</source>
        <translation>
            <numerusform>{name} 有 %n 個已填寫的表格欄位，其內容沒有繪製在頁面上（表格交由閱讀器顯示）：在文件冊中會顯示為空白。請開啟檔案，列印成新的 PDF（「列印至 PDF」），再加入該檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is animated (%n frame(s)); only the first frame is used.</source>
        <translation>
            <numerusform>{name} 是動畫（%n 格）；只會使用第一格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n page(s); each becomes a page of the dossier.</source>
        <translation>
            <numerusform>{name} 含有 %n 頁；每頁都會成為申請文件冊的一頁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} expires on {expiry}, within %n month(s) of the application: consider renewing it first.</source>
        <translation>
            <numerusform>{name} 於 {expiry} 到期，在申請後 %n 個月內：建議先行續領。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item}: %n file(s), but the upload takes at most {limit}: combine them into one PDF.</source>
        <translation>
            <numerusform>{item}：有 %n 個檔案，但上載最多只接受 {limit} 個：請合併成一個 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <source>{item}: not ticked as done yet.</source>
        <translation>{item}：尚未剔選為已完成。</translation>
    </message>
    <message>
        <source>{item}: not answered yet. Answer it in the Eligibility tab or on the command line.</source>
        <translation>{item}：尚未回答。請在「申請資格」分頁或指令列回答。</translation>
    </message>
    <message>
        <source>{item}: record the online verification code (such as a CHSI code) in the file&apos;s details: the Immigration Department authenticates the degree online with it.</source>
        <translation>{item}：請在檔案詳情記錄網上驗證碼（例如學信網驗證碼）：入境處會以此在網上認證學位。</translation>
    </message>
    <message>
        <source>{item}: answered {answer}; you declare it on the e-form itself, nothing is uploaded.</source>
        <translation>{item}：已回答「{answer}」；你須在電子表格內申報，無須上載文件。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone (the two or three lines of &lt;&lt;&lt; at the bottom) could not be read with every check digit valid. Scan or photograph the page again, flat, sharp and without glare.</source>
        <translation>{name}：未能在所有校驗位均正確的情況下讀取其機讀區（底部帶有 &lt;&lt;&lt; 的兩行或三行）。請重新掃描或拍攝該頁，保持平整、清晰、不反光。</translation>
    </message>
    <message>
        <source>{name}: no machine-readable zone was found on it. Is it the page with the personal particulars, with the lines of &lt;&lt;&lt; at the bottom, in full?</source>
        <translation>{name}：找不到機讀區。這是否完整的個人資料頁（底部有 &lt;&lt;&lt; 的數行）？</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}): compare the travel documents with the facts by eye. Everything else works.</source>
        <translation>護照讀取功能無法在這部電腦上運行（{reason}）：請親自核對旅行證件與所填資料。其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, but the facts say {facts_name}. Spell the name as the travel document does.</source>
        <translation>{name}：機讀區中的姓名為 {mrz_name}，但所填資料為 {facts_name}。請按旅行證件的拼寫填寫姓名。</translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, not {facts_name}; as the name was changed, add the proof of the change of name ({item}).</source>
        <translation>{name}：機讀區中的姓名為 {mrz_name}，而非 {facts_name}；由於曾更改姓名，請加入更改姓名的證明（{item}）。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the nationality {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：機讀區中的國籍為 {mrz_value}，但所填資料為 {facts_value}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone says it was issued by {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：機讀區顯示簽發國家或地區為 {mrz_value}，但所填資料為 {facts_value}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the date of birth {mrz_date}, but the facts say {facts_date}.</source>
        <translation>{name}：機讀區中的出生日期為 {mrz_date}，但所填資料為 {facts_date}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the expiry date {mrz_date}, but the facts say {facts_date}.</source>
        <translation>{name}：機讀區中的屆滿日期為 {mrz_date}，但所填資料為 {facts_date}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the document number {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：機讀區中的證件號碼為 {mrz_value}，但所填資料為 {facts_value}。</translation>
    </message>
    <message>
        <source>{name} expired on {expiry} (by its machine-readable zone), before the application date: renew it before applying.</source>
        <translation>{name} 已於 {expiry} 屆滿（按機讀區），早於申請日期：請先續期再申請。</translation>
    </message>
    <message>
        <source>{name} expires on {expiry}, before the end of the {months}-month stay that category {category} would grant (about {stay_end}, counted from the application date): consider renewing it before applying.</source>
        <translation>{name} 於 {expiry} 屆滿，早於類別 {category} 所給予的 {months} 個月逗留期完結（由申請日期起計，約為 {stay_end}）：請考慮先續期再申請。</translation>
    </message>
    <message>
        <source>The project file is damaged ({what}: {detail}). Restore a backup (ttps-desktop restore PROJECT) before exporting.</source>
        <translation>專案檔案已損壞（{what}：{detail}）。匯出前請還原備份（ttps-desktop restore PROJECT）。</translation>
    </message>
    <message>
        <source>{file} is {size_kb} KB even at the lowest acceptable quality, over the {limit_kb} KB the upload takes: split it, or scan those pages in black and white.</source>
        <translation>{file} 即使降至最低可接受質素仍有 {size_kb} KB，超過上載上限 {limit_kb} KB：請分拆檔案，或以黑白掃描該些頁面。</translation>
    </message>
    <message>
        <source>{name} is a PDF, but {item} takes only: {accepted}. Add a photo or scan in one of those types.</source>
        <translation>{name} 是 PDF，但「{item}」只接受：{accepted}。請加入這些格式的相片或掃描件。</translation>
    </message>
    <message>
        <source>{item} takes {limit} file(s); only the first were packed. Leave out or combine the rest.</source>
        <translation>「{item}」只接受 {limit} 個檔案；只打包了最前的檔案。請刪去或合併其餘檔案。</translation>
    </message>
    <message>
        <source>{file} ({name}) could not be included in the export: {reason}. The dossier has a page saying so in its place. Add the document again in another form (a new scan, or a PDF printed from it).</source>
        <translation>{file}（{name}）未能收錄於匯出：{reason}。文件冊在其位置有一頁說明。請以另一種形式重新加入這份文件（重新掃描，或由它列印成 PDF）。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only: {accepted}.</source>
        <translation>{name} 是 {looks_like}，但「{item}」只接受：{accepted}。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images. It can be added converted to JPEG (a PDF one page at a time); the original file stays as it is.</source>
        <translation>{name} 是 {looks_like}，但「{item}」只接受 JPEG 圖像。可把它轉換為 JPEG 後加入（PDF 每次一頁）；原檔案保持不變。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images: the upload cannot carry it. Convert it to JPEG: in the window, open this problem and choose Convert to JPEG; on the command line: ttps-desktop convert PROJECT --requirement {item_id} [--page N].</source>
        <translation>{name} 是 {looks_like}，但「{item}」只接受 JPEG 圖像：上載時無法附上。請把它轉換為 JPEG：在視窗中，開啟這個問題並選擇「轉換為 JPEG」；在命令列：ttps-desktop convert PROJECT --requirement {item_id} [--page N]。</translation>
    </message>
    <message>
        <source>There is no page {page} in {name}: give a page from 1 to {pages}.</source>
        <translation>{name} 沒有第 {page} 頁：請指定第 1 至 {pages} 頁。</translation>
    </message>
    <message>
        <source>{name} could not be converted to JPEG: its page could not be drawn.</source>
        <translation>{name} 無法轉換為 JPEG：無法繪出該頁。</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Which findings to show</source>
        <translation>要顯示的檢查結果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>問題及警告</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>只顯示問題</translation>
    </message>
</context>
<context>
    <name>IncomeChart</name>
    <message>
        <source>The year counted for category {category}: {start} to {end}</source>
        <translation>{category} 類計算收入的一年：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Threshold: {amount}</source>
        <translation>門檻：{amount}</translation>
    </message>
    <message>
        <source>{number}. {kind} ({amount} {currency})</source>
        <translation>{number}. {kind}（{amount} {currency}）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>No income entered</source>
        <translation>未填寫收入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不計算</translation>
    </message>
    <message>
        <source>HK$ in the year counted</source>
        <translation>計算的一年內的港元收入</translation>
    </message>
    <message>
        <source>Income against the threshold</source>
        <translation>收入與門檻比較</translation>
    </message>
</context>
<context>
    <name>IncomeKind</name>
    <message>
        <source>Salary</source>
        <translation>薪金</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津貼</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>花紅</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>認股權</translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation>業務利潤</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>JsonKind</name>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布林值（true 或 false）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>a decimal number written as text</source>
        <translation>以引號寫成文字的數字</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布林值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
</context>
<context>
    <name>KeyDates</name>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation>資料來源：{title} {url}（{checked}核對）</translation>
    </message>
    <message>
        <source>Verify: the source is not an official page.</source>
        <translation>請核實：資料來源並非官方網頁。</translation>
    </message>
    <message>
        <source>TTPS key dates: {name}</source>
        <translation>高才通重要日期：{name}</translation>
    </message>
    <message>
        <source>Stay granted would end (about)</source>
        <translation>獲批逗留期限約於此日屆滿</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>護照到期</translation>
    </message>
    <message>
        <source>Extension: application window opens</source>
        <translation>延期：開始接受申請</translation>
    </message>
    <message>
        <source>Extension: window under the standing 4-week rule</source>
        <translation>延期：按一般4星期規定開始申請</translation>
    </message>
    <message>
        <source>Stay expires</source>
        <translation>逗留期限屆滿</translation>
    </message>
    <message>
        <source>Extended stay would end (likely)</source>
        <translation>延長逗留期限（可能）屆滿</translation>
    </message>
    <message>
        <source>2 years under the scheme</source>
        <translation>在計劃下逗留滿2年</translation>
    </message>
    <message>
        <source>7 years of ordinary residence</source>
        <translation>通常居港滿7年</translation>
    </message>
    <message>
        <source>Category {category} grants an initial stay of {months} months; counted from the application date {day}, it would end about {end} (the stay runs from approval, usually some weeks later).</source>
        <translation>{category} 類獲批初始逗留 {months} 個月；由申請日期 {day} 起計，約於 {end} 屆滿（逗留期由獲批日起計，通常再晚數星期）。</translation>
    </message>
    <message>
        <source>The travel document should be valid for the whole period you intend to stay.</source>
        <translation>旅行證件的有效期應涵蓋整個擬逗留期間。</translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, inside the stay that would end about {end}: renew it first.</source>
        <translation>警告：護照於 {expiry} 到期，早於約在 {end} 屆滿的逗留期限：請先續領護照。</translation>
    </message>
    <message>
        <source>From this day you can apply to extend (the rules of {version}), while in Hong Kong.</source>
        <translation>由此日起，你可在香港境內申請延期（按 {version} 版規則）。</translation>
    </message>
    <message>
        <source>The standing rule: {weeks} weeks before the stay expires. The GovHK e-service page still says it is not for stays with more weeks left.</source>
        <translation>一般規定：逗留期限屆滿前 {weeks} 星期。GovHK 電子服務網頁仍表示不適用於尚餘更多星期的逗留期限。</translation>
    </message>
    <message>
        <source>The last day of the stay held now (category {category}); apply by then.</source>
        <translation>現時逗留期限的最後一天（{category} 類）；請在此之前申請。</translation>
    </message>
    <message>
        <source>The likely end of the extended stay: {years} years or to the contract&apos;s end.</source>
        <translation>延長逗留的可能屆滿日：{years} 年或至合約結束。</translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, before the extended stay would end on {end}: renew it in time.</source>
        <translation>警告：護照於 {expiry} 到期，早於延長逗留於 {end} 屆滿：請及時續領。</translation>
    </message>
    <message>
        <source>Keep the passport valid for the extended stay.</source>
        <translation>請確保護照在延長逗留期間有效。</translation>
    </message>
    <message>
        <source>From this day you have been {years} years under the scheme (since {since}): with assessable income of HK${threshold} or more in the previous year of assessment, the extension can be {long} years.</source>
        <translation>由此日起你已在計劃下逗留 {years} 年（自 {since} 起）：如上一個課稅年度的應評稅入息達港幣 {threshold} 元或以上，延期可達 {long} 年。</translation>
    </message>
    <message>
        <source>{years} years after the first entry on {since}: permanent residence may follow {years} years of continuous ordinary residence (the general rule; verify your own case).</source>
        <translation>自 {since} 首次入境起計 {years} 年：連續通常居港 {years} 年後或可取得永久居民身份（一般規定；請按個人情況核實）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Spouse: {name}</source>
        <translation>配偶：{name}</translation>
    </message>
    <message>
        <source>Child {number}: {name}</source>
        <translation>子女 {number}：{name}</translation>
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
        <source>Eligibility</source>
        <translation>申請資格</translation>
    </message>
    <message>
        <source>Work timeline</source>
        <translation>工作時間線</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Views of the project</source>
        <translation>專案的各個檢視</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>檢查結果（{count}）</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>浮動</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the findings</source>
        <translation>把檢查結果拆出為獨立視窗，或放回原位</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Closes the findings</source>
        <translation>關閉檢查結果</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已齊備</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>尚未齊備</translation>
    </message>
    <message>
        <source>{state}. Saved automatically; everything stays on this computer.</source>
        <translation>{state}。已自動儲存；所有資料只保存在這部電腦。</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ 已於 {time} 儲存</translation>
    </message>
    <message>
        <source>This is the demo project: an invented applicant with made-up documents, to try everything safely. Your own application starts with a new project.</source>
        <translation>這是示範專案：申請人及文件均為虛構，可放心試用所有功能。要準備您自己的申請，請新增專案。</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新增專案…</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>匯出重要日期</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Key dates written to {path}</source>
        <translation>重要日期已寫入 {path}</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>開啟示範專案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add Files to Selected Item…</source>
        <translation>加入檔案至所選項目(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Da&amp;tes…</source>
        <translation>匯出日期(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print Checklist…</source>
        <translation>列印清單(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note for the Selected Item…</source>
        <translation>所選項目的備註(&amp;N)…</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;Facts…</source>
        <translation>申請人資料(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>檢查結果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;What Changed in the Rules</source>
        <translation>規則有何改變(&amp;W)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>沒有最近開啟的專案</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>新申請人</translation>
    </message>
    <message>
        <source>Save the new project</source>
        <translation>儲存新專案</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>你的備註：{note}</translation>
    </message>
    <message>
        <source>TTPS projects (*{ext})</source>
        <translation>TTPS 專案 (*{ext})</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已儲存至 {path}</translation>
    </message>
    <message>
        <source>Select a checklist item first, then add its files.</source>
        <translation>請先選擇清單項目，再加入其檔案。</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <source>This is a question of the e-form: answer it on the Eligibility tab; it takes no files.</source>
        <translation>這是電子表格的問題：請在「申請資格」分頁回答；無須上載文件。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合大小</translation>
    </message>
    <message>
        <source>Fit the page to the pane</source>
        <translation>令頁面符合窗格大小</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>選擇一個檔案，即可在此預覽。</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在繪製…</translation>
    </message>
    <message>
        <source>This file cannot be shown. It is kept and exported as it is.</source>
        <translation>無法顯示此檔案。檔案仍會保留，並按原樣匯出。</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Please wait: the previous files are still being checked.</source>
        <translation>請稍候：仍在檢查之前的檔案。</translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>已加入 %n 個檔案中的 {added} 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in this item.</source>
        <translation>
            <numerusform>%n 個檔案已在此項目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {name}, converted to JPEG from {original}.</source>
        <translation>已加入 {name}，由 {original} 轉換為 JPEG。</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>受密碼保護的 PDF</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to keep an unprotected copy in this project (the original file stays as it is). Cancel to leave it out.</source>
        <translation>{name} 受密碼保護。輸入密碼即會在此專案保存一份未加密的副本（原檔案保持不變）。按取消則不加入。</translation>
    </message>
    <message>
        <source>Wrong password for {name}: nothing was added.</source>
        <translation>{name} 的密碼不正確：沒有加入任何內容。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Nationality not given: it decides whether you may apply at all.</source>
        <translation>未填寫國籍：國籍決定你是否可以申請。</translation>
    </message>
    <message>
        <source>Nationals of {nationality} may not apply under the scheme.</source>
        <translation>{nationality} 國民不可根據本計劃申請。</translation>
    </message>
    <message>
        <source>Nationality {nationality} is not among those excluded from the scheme.</source>
        <translation>國籍 {nationality} 不在計劃的不接受申請國籍之列。</translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport living overseas, you qualify through permanent residence in {country}.</source>
        <translation>你是持中國護照並居於海外的中國籍人士，因已取得 {country} 的永久居留身份而符合要求。</translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport, you have lived overseas since {since}, at least one year before applying (from {required_since}); you must apply from overseas.</source>
        <translation>你是持中國護照的中國籍人士，自 {since} 起居於海外，已達申請前至少一年（須於 {required_since} 或之前開始）；你須在海外提出申請。</translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying; you have lived overseas since {since}, which is after {required_since}.</source>
        <translation>持中國護照居於海外的中國籍人士，須已取得當地永久居留身份，或緊接申請前已在海外居住一年；你自 {since} 起居於海外，遲於 {required_since}。</translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying: give the date you started living in {country} or say whether you are a permanent resident.</source>
        <translation>持中國護照居於海外的中國籍人士，須已取得當地永久居留身份，或緊接申請前已在海外居住一年：請填寫你開始在 {country} 居住的日期，或註明你是否永久居民。</translation>
    </message>
    <message>
        <source>Verify: no official page confirms when nationals of Laos, Nepal and Vietnam stopped being excluded. The app treats them as excluded for applications before 1 January 2024 and not from then on (the 2023 Policy Address opened the talent schemes to them).</source>
        <translation>請核實：沒有官方網頁確認老撾、尼泊爾及越南國民何時不再被排除。本程式把2024年1月1日前的申請視為不合資格，該日起則不然（2023年施政報告已向他們開放人才計劃）。</translation>
    </message>
    <message>
        <source>The year counted for income runs from {window_start} to {window_end}, the 12 months before the application date. An income item whose period ends in it counts in full; a longer or unfinished period counts for its days inside it.</source>
        <translation>計算收入的年度為 {window_start} 至 {window_end}，即申請日期前12個月。期間在此年度內結束的收入項目全數計算；較長或尚未結束的期間只按其在年度內的日數計算。</translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, at least the HK${threshold_hkd} required.</source>
        <translation>該年度收入合共港幣 {total_hkd} 元，達到所需的港幣 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, below the HK${threshold_hkd} required.</source>
        <translation>該年度收入合共港幣 {total_hkd} 元，低於所需的港幣 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>No income entered for that year: HK${threshold_hkd} is required.</source>
        <translation>該年度未有輸入收入：所需收入為港幣 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>{kind} income of {amount} {currency} does not count: income from personal investments is excluded.</source>
        <translation>{kind}收入 {amount} {currency} 不計算在內：個人投資收入不包括在內。</translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} falls outside the year counted.</source>
        <translation>{period_start} 至 {period_end} 的{kind}收入不在計算年度內。</translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} counts for the {counted_days} of its {period_days} days inside the year: HK${counted_hkd}.</source>
        <translation>{period_start} 至 {period_end} 的{kind}收入，按其 {period_days} 日中在年度內的 {counted_days} 日計算：港幣 {counted_hkd} 元。</translation>
    </message>
    <message>
        <source>Income item {number}: the period ends ({period_end}) before it starts ({period_start}). Correct it to include this income.</source>
        <translation>收入項目 {number}：結束日期（{period_end}）早於開始日期（{period_start}）。請更正，以便計算此收入。</translation>
    </message>
    <message>
        <source>No exchange rate recorded for {currency}: add the rate, its date and its source to convert this income into Hong Kong dollars.</source>
        <translation>未記錄 {currency} 的匯率：請加入匯率、其日期及來源，以便把此收入折算為港幣。</translation>
    </message>
    <message>
        <source>1 {currency} = HK${rate} (rate of {date}, source: {source}).</source>
        <translation>1 {currency} = 港幣 {rate} 元（{date} 的匯率，來源：{source}）。</translation>
    </message>
    <message>
        <source>Business profit for {period_start} to {period_end} counts: you held the company&apos;s shares throughout the year (IMMD note 1).</source>
        <translation>{period_start}至{period_end}的業務利潤計算在內：你全年持有該公司股份（入境處附註1）。</translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} does not count: profit from your own company counts only if you held its shares throughout the tax year before the application (IMMD note 1).</source>
        <translation>{period_start}至{period_end}的業務利潤 {amount} {currency} 不計算在內：自營公司的利潤只在你於申請前的課稅年度內一直持有其股份時才計算（入境處附註1）。</translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} counts only if you held the company&apos;s shares throughout the tax year before the application (IMMD note 1): say whether you did.</source>
        <translation>{period_start}至{period_end}的業務利潤 {amount} {currency} 只在你於申請前的課稅年度內一直持有該公司股份時才計算（入境處附註1）：請註明是否如此。</translation>
    </message>
    <message>
        <source>{institution} is on the eligible-university list dated {list_date} (as {listed_name}).</source>
        <translation>{institution} 列於 {list_date} 的合資格大學名單（名稱為 {listed_name}）。</translation>
    </message>
    <message>
        <source>{institution} was not found in the eligible-university list dated {list_date}. This does not mean it is ineligible: check the spelling or the current official list.</source>
        <translation>在 {list_date} 的合資格大學名單中找不到 {institution}。這不代表不合資格：請檢查拼寫或最新的官方名單。</translation>
    </message>
    <message>
        <source>A bachelor&apos;s degree from an eligible university is required, and none is given.</source>
        <translation>須持有合資格大學頒授的學士學位，但未有填寫。</translation>
    </message>
    <message>
        <source>The {level} degree from {institution} is not a bachelor&apos;s degree, which is what this category requires.</source>
        <translation>{institution} 的{level}學位並非學士學位，而此類別要求學士學位。</translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded on {awarded}, before {earliest}: this category needs one awarded within the 5 years before the application.</source>
        <translation>{institution} 的學位於 {awarded} 頒授，早於 {earliest}：此類別要求學位在申請前五年內頒授。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: non-local graduates of such programmes apply under IANG, not category C.</source>
        <translation>{institution} 的學位來自香港全日制經本地評審課程：這類課程的非本地畢業生應申請「非本地畢業生留港／回港就業安排」，而非C類。</translation>
    </message>
    <message>
        <source>The degree from {institution} is dated {awarded}, after the application date. Correct the date.</source>
        <translation>{institution} 的學位日期為 {awarded}，遲於申請日期。請更正日期。</translation>
    </message>
    <message>
        <source>The {level} degree from {institution} was taken into account but does not help: only a bachelor&apos;s degree counts, and a master&apos;s or doctorate does not make up for a bachelor&apos;s degree from a university that is not eligible (IMMD note 2).</source>
        <translation>已考慮{institution}頒授的{level}學位，但對申請無幫助：只計學士學位，碩士或博士學位不能彌補並非由合資格大學頒授的學士學位（入境處附註2）。</translation>
    </message>
    <message>
        <source>The bachelor&apos;s degree from {institution} is honorary: honorary degrees are not accepted (IMMD note 2).</source>
        <translation>{institution}頒授的學士學位屬榮譽學位：榮譽學位不獲接納（入境處附註2）。</translation>
    </message>
    <message>
        <source>The degree must be verified by a third-party credential verification organisation or the awarding institution, with what the Immigration Department needs to check it online (such as a CHSI verification code) (IMMD note 3).</source>
        <translation>學位須由第三方學歷核實機構或頒授院校核實，並提供入境處網上認證所需資料（例如學信網驗證碼）（入境處附註3）。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a continuing or professional education arm, branch, extension or subsidiary school of the university: such degrees are not accepted (IMMD note 4).</source>
        <translation>{institution}的學位由該大學的持續及專業教育部門、分校、校外進修學院或附屬學院頒授：此類學位不獲接納（入境處附註4）。</translation>
    </message>
    <message>
        <source>{institution} ({listed_name}) was removed from the eligible-university list on {removed_on}; the list dated {list_date}, in force on the application date, no longer holds it.</source>
        <translation>{institution}（{listed_name}）已於{removed_on}從合資格大學名單刪除；申請日期適用的{list_date}名單不再包括該校。</translation>
    </message>
    <message>
        <source>Graduated in {year}: for an application in {application_year}, the five years are counted by year of graduation, {earliest_year} to {application_year} (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation>於{year}年畢業：{application_year}年的申請按畢業年份計算五年，即{earliest_year}年至{application_year}年（入境處附註6；請核實：確切年份範圍為本程式對附註的理解）。</translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded in {year}: for an application in {application_year}, category C needs one awarded in {earliest_year} or later, counted by year of graduation (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation>{institution}的學位於{year}年頒授：{application_year}年的C類申請須於{earliest_year}年或以後獲頒學位，按畢業年份計算（入境處附註6；請核實：確切年份範圍為本程式對附註的理解）。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: category C does not apply to non-local students, that is those who studied on a student visa (IMMD note 7); they use IANG.</source>
        <translation>{institution}的學位來自香港全日制經本地評審課程：C類不適用於非本地學生，即持學生簽證來港就讀者（入境處附註7）；他們應申請IANG。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, at least the {required_days} days of {years} years.</source>
        <translation>{window_start} 至 {window_end} 期間的工作經驗合共 {days} 日，達到 {years} 年所需的 {required_days} 日。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, short of the {required_days} days of {years} years.</source>
        <translation>{window_start} 至 {window_end} 期間的工作經驗合共 {days} 日，不足 {years} 年所需的 {required_days} 日。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, less than {years} years ({required_days} days).</source>
        <translation>{window_start} 至 {window_end} 期間的工作經驗合共 {days} 日，少於 {years} 年（{required_days} 日）。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, {years} years ({required_days} days) or more: this category is for less than {years} years.</source>
        <translation>{window_start} 至 {window_end} 期間的工作經驗合共 {days} 日，達 {years} 年（{required_days} 日）或以上：此類別只適用於少於 {years} 年工作經驗的人士。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}): it ends ({end}) before it starts ({start}). Correct it to count this experience.</source>
        <translation>工作 {number}（{employer}）：結束日期（{end}）早於開始日期（{start}）。請更正，以便計算此工作經驗。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) starts on {start}, after the application date: it does not count.</source>
        <translation>工作 {number}（{employer}）於 {start} 開始，遲於申請日期：不予計算。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) is part-time and was counted like full-time work: check how the Immigration Department counts it.</source>
        <translation>工作 {number}（{employer}）屬兼職，已按全職計算：請向入境事務處確認如何計算。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) does not count: it is part-time, and only full-time employment or self-employment counts (IMMD note 5).</source>
        <translation>工作{number}（{employer}）不計算在內：屬兼職，只計全職受僱或自僱（入境處附註5）。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}): its {days} days before your bachelor&apos;s degree was awarded on {awarded} do not count; only experience after graduation counts (IMMD note 5).</source>
        <translation>工作{number}（{employer}）：在你於{awarded}獲頒學士學位前的{days}日不計算在內；只計畢業後的經驗（入境處附註5）。</translation>
    </message>
    <message>
        <source>Category C is subject to an annual quota, allotted first come first served; the Immigration Department gives no figure.</source>
        <translation>C類須受每年配額限制，先到先得；入境處未有公布配額數字。</translation>
    </message>
    <message>
        <source>Category C has an annual quota of {quota} places, allotted first come first served.</source>
        <translation>C類每年配額 {quota} 個，先到先得。</translation>
    </message>
    <message>
        <source>No travel document given: every applicant needs a valid one.</source>
        <translation>未填寫旅行證件：每位申請人都須持有有效旅行證件。</translation>
    </message>
    <message>
        <source>The travel document expired on {expiry}, before the application date: renew it first.</source>
        <translation>旅行證件已於 {expiry} 到期，早於申請日期：請先續領。</translation>
    </message>
    <message>
        <source>The travel document expires on {expiry}, within {months} months of the application: a longer validity avoids a shorter stay.</source>
        <translation>旅行證件於 {expiry} 到期，在申請後 {months} 個月內：證件有效期較長可避免獲批的逗留期較短。</translation>
    </message>
    <message>
        <source>{name} is 18 or older on the application date (born {birth_date}) and cannot come as a dependant child.</source>
        <translation>{name} 在申請日期已年滿18歲（出生日期 {birth_date}），不能以受養子女身份隨行。</translation>
    </message>
    <message>
        <source>{name} is married and cannot come as a dependant child: children must be unmarried.</source>
        <translation>{name} 已婚，不能以受養子女身份隨行：子女須未婚。</translation>
    </message>
    <message>
        <source>Give {name}&apos;s date of birth: dependant children must be under 18.</source>
        <translation>請填寫 {name} 的出生日期：受養子女須未滿18歲。</translation>
    </message>
    <message>
        <source>Only one spouse can come as a dependant; {name} was left out.</source>
        <translation>只可有一名配偶以受養人身份隨行；{name} 未被計算在內。</translation>
    </message>
    <message>
        <source>{name} is a national of {nationality}: the scheme&apos;s dependant arrangements do not apply to nationals of {nationality}.</source>
        <translation>{name}為{nationality}國民：計劃的受養人安排不適用於{nationality}國民。</translation>
    </message>
    <message>
        <source>Every applicant needs this.</source>
        <translation>所有申請人都需要。</translation>
    </message>
    <message>
        <source>Needed for every dependant who comes with you.</source>
        <translation>每位隨行受養人都需要。</translation>
    </message>
    <message>
        <source>Needed for category {category}.</source>
        <translation>{category}類需要。</translation>
    </message>
    <message>
        <source>Needed because {situation}.</source>
        <translation>需要，因為{situation}。</translation>
    </message>
    <message>
        <source>Not needed for category {category}.</source>
        <translation>{category}類不需要。</translation>
    </message>
    <message>
        <source>Only needed if {situation}.</source>
        <translation>只在{situation}時需要。</translation>
    </message>
    <message>
        <source>Not required: add it if it applies to you.</source>
        <translation>非必須：如適用，請加入。</translation>
    </message>
    <message>
        <source>Not required for category {category}: add it if you have it.</source>
        <translation>{category}類非必須：如有，請加入。</translation>
    </message>
    <message>
        <source>Depends on the category, which is not chosen yet.</source>
        <translation>視乎類別而定，尚未選定類別。</translation>
    </message>
    <message>
        <source>Checked against the rules of {version}; newer rules ({newer_version}, in force from {effective}) exist.</source>
        <translation>已按 {version} 版規則評估；另有較新的規則（{newer_version}，{effective} 起生效）。</translation>
    </message>
    <message>
        <source>Under the newer rules, category {category} would be {new} instead of {old}.</source>
        <translation>按較新的規則，{category}類的結果會是「{new}」，而非「{old}」。</translation>
    </message>
    <message>
        <source>Under the newer rules, the initial stay for category {category} would be {new} months instead of {old}.</source>
        <translation>按較新的規則，{category}類的首次逗留期限會是 {new} 個月，而非 {old} 個月。</translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would also need: {requirement}.</source>
        <translation>按較新的規則，文件清單還需要：{requirement}。</translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would no longer need: {requirement}.</source>
        <translation>按較新的規則，文件清單不再需要：{requirement}。</translation>
    </message>
    <message>
        <source>Your university, {institution}, was removed from the eligible-university list on {date}: for an application from that day it no longer counts.</source>
        <translation>你的大學{institution}已於{date}從合資格大學名單刪除：該日起的申請不再計算該校。</translation>
    </message>
    <message>
        <source>Your university, {institution}, is on the eligible-university list from {date}: for an application from that day it counts.</source>
        <translation>你的大學{institution}由{date}起列入合資格大學名單：該日起的申請會計算該校。</translation>
    </message>
    <message>
        <source>Under the newer rules, each person pays HK${per_person} (application HK${application} and visa HK${visa}): HK${total} for {people} people.</source>
        <translation>按較新規則，每人須繳港幣{per_person}元（申請費港幣{application}元及簽證費港幣{visa}元）：{people}人合共港幣{total}元。</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>employment</source>
        <translation>受僱</translation>
    </message>
    <message>
        <source>business</source>
        <translation>業務</translation>
    </message>
</context>
<context>
    <name>RuleChangesWindow</name>
    <message>
        <source>What Changed in the Rules</source>
        <translation>規則有何改變</translation>
    </message>
    <message>
        <source>Changes of the rules, newest first</source>
        <translation>規則的改變（最新的排在最前）</translation>
    </message>
    <message>
        <source>The rules the app checks against, version by version, newest first: what changed, from when, and the source. The version in force on the application date decides.</source>
        <translation>本程式據以檢查的規則，按版本由新至舊列出：改了甚麼、由何時起生效及其來源。以申請當日生效的版本為準。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>{title} (version {version}, in force from {date})</source>
        <translation>{title}（版本 {version}，由{date}起生效）</translation>
    </message>
    <message>
        <source>{heading}: in force today</source>
        <translation>{heading}：現時生效</translation>
    </message>
    <message>
        <source>From {date}:</source>
        <translation>由{date}起：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>視窗語言</translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation>上載規格</translation>
    </message>
    <message>
        <source>The upload profile sets the file sizes and types the checks and the submission pack follow. Colours follow your system&apos;s light or dark theme.</source>
        <translation>上載規格決定檢查及提交套件所依循的檔案大小和類型。顏色跟隨系統的淺色或深色主題。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Work experience timeline</source>
        <translation>工作經驗時間線</translation>
    </message>
    <message numerus="yes">
        <source>The %n year(s) before the application: {start} to {end}</source>
        <translation>
            <numerusform>申請前的 %n 年：{start} 至 {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before the application: {date}</source>
        <translation>
            <numerusform>申請前 %n 年：{date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) counted, {required} needed for category {category}</source>
        <translation>
            <numerusform>已計 %n 日，{category}類需要 {required} 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of work in the window {start} to {end}. Jobs: {jobs}</source>
        <translation>
            <numerusform>{start} 至 {end} 期間共 %n 日工作經驗。工作：{jobs}</numerusform>
        </translation>
    </message>
    <message>
        <source>Application date: {date}</source>
        <translation>申請日期：{date}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不計算</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation>要在指南中尋找的字詞</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜尋指南</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>指南目錄</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合資格</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未能確定</translation>
    </message>
</context>
<context>
    <name>VerdictsView</name>
    <message>
        <source>Eligibility</source>
        <translation>申請資格</translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation>另請留意</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Rules {version}, in force from {date}.</source>
        <translation>規則版本 {version}，自 {date} 起生效。</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}：{verdict}</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>於 {date} 核對</translation>
    </message>
</context>
</TS>
