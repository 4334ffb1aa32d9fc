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
        <source>University lists</source>
        <translation>大学名单</translation>
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
        <source>derived from announced changes</source>
        <translation>按公布的增删推算</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>转录</translation>
    </message>
    <message numerus="yes">
        <source>From {date}: %n institution(s) ({status})</source>
        <translation>
            <numerusform>{date}起：%n所院校（{status}）</numerusform>
        </translation>
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
        <translation>找不到显示器，无法打开窗口。请在桌面环境中启动本程序，或设置 QT_QPA_PLATFORM=offscreen 进行无界面检查。</translation>
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
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息后退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式给出的值 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能提供一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的%(type)s值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>参数“-”配合模式 %r</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>未定义 .__call__()</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令相互冲突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令别名相互冲突：%s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>无法合并动作：有两个组都名为 %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置参数不能使用 &apos;required&apos;</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>无效的选项字符串 %(option)r：必须以字符 %(prefix_chars)r 开头</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>%r 这类选项必须提供 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>无效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>选项相互冲突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>选项相互冲突：%s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的参数必须是可选的</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多组子命令参数</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 不可调用</translation>
    </message>
</context>
<context>
    <name>ChecklistPreview</name>
    <message>
        <source>Preview of the checklist</source>
        <translation>材料清单预览</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>&amp;Remove from the project</source>
        <translation>从项目中移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File under</source>
        <translation>改放到(&amp;F)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
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
    <message>
        <source>{folder} already holds a demo project ({path}): give another folder with --out, or delete it first.</source>
        <translation>{folder} 已有示例项目（{path}）：请用 --out 指定另一个文件夹，或先删除它。</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme eligibility: {name}</source>
        <translation>高端人才通行证计划资格评估：{name}</translation>
    </message>
    <message>
        <source>Application date {date}; rules of {version} (in force from {effective})</source>
        <translation>申请日期 {date}；适用 {version} 版规则（{effective} 起生效）</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}：{verdict}</translation>
    </message>
    <message>
        <source>Recommended: {name}, initial stay {months} months.</source>
        <translation>建议：{name}，首次逗留期限 {months} 个月。</translation>
    </message>
    <message>
        <source>No category is eligible on these facts yet.</source>
        <translation>根据目前资料，尚无符合资格的类别。</translation>
    </message>
    <message>
        <source>Documents to gather for category {category}:</source>
        <translation>{category}类须准备的材料：</translation>
    </message>
    <message>
        <source>Documents every applicant gathers (choose a category for the rest):</source>
        <translation>所有申请人均须准备的材料（选定类别后显示其余材料）：</translation>
    </message>
    <message numerus="yes">
        <source>University list dated {date} (%n institution(s), {origin}).</source>
        <translation>
            <numerusform>大学名单日期 {date}（%n 所院校，{origin}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n institution(s) as the list dated {date}: {path}</source>
        <translation>
            <numerusform>已导入 %n 所院校，作为 {date} 的名单：{path}</numerusform>
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
        <translation>资料来源：{source}</translation>
    </message>
    <message>
        <source> (verify)</source>
        <translation>（请核实）</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n event(s), reminders {weeks} weeks before)</source>
        <translation>
            <numerusform>已写入日历：{path}（%n 个事件，提前 {weeks} 周提醒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension of stay: {name}, admitted under category {category}; application date {date}</source>
        <translation>延长逗留：{name}，以 {category} 类获批；申请日期 {date}</translation>
    </message>
    <message>
        <source>On {date} you can apply:</source>
        <translation>你可于 {date} 申请：</translation>
    </message>
    <message>
        <source>On {date} you cannot apply:</source>
        <translation>你不可于 {date} 申请：</translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation>途径（{route}）：资料足以支持</translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation>途径（{route}）：未能判断</translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>可能获批期限：%n 年，至 {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>如有</translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict):</source>
        <translation>根据媒体报道的参考资料（请核实；并非判断结果）：</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>待核实</translation>
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
        <translation>请检查以下资料：</translation>
    </message>
    <message>
        <source>Newer rules:</source>
        <translation>较新的规则：</translation>
    </message>
    <message>
        <source>Good to know (marked * where we could not confirm it on an official page):</source>
        <translation>须知（标有 * 者未能在官方网页确认）：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>{name}: on the list dated {date} as {listed} ({country}).</source>
        <translation>{name}：列于 {date} 的名单，名称为 {listed}（{country}）。</translation>
    </message>
    <message>
        <source>{name}: not found in the list dated {date}.</source>
        <translation>{name}：在 {date} 的名单中未找到。</translation>
    </message>
    <message>
        <source>{name}: {listed} was removed from the list on {removed_on}; the list dated {date} no longer holds it.</source>
        <translation>{name}：{listed}已于{removed_on}从名单删除；{date}的名单不再包括该校。</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>随程序附带</translation>
    </message>
    <message>
        <source>  Did you mean: {names}?</source>
        <translation>  您是否指：{names}？</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
    <message>
        <source>Recorded in {name}: {question} = {answer}.</source>
        <translation>已记录于{name}：{question} = {answer}。</translation>
    </message>
    <message>
        <source>No backups of {name} were found.</source>
        <translation>未找到 {name} 的备份。</translation>
    </message>
    <message>
        <source>{number}. {path} ({size} KB, saved {when})</source>
        <translation>{number}. {path}（{size} KB，保存于 {when}）</translation>
    </message>
    <message>
        <source>Restored {name} from {backup}. The version it replaced is kept as {kept}.</source>
        <translation>已从 {backup} 恢复 {name}。被替换的版本保存为 {kept}。</translation>
    </message>
    <message>
        <source>Added {name} to {item}.</source>
        <translation>已将 {name} 添加到“{item}”。</translation>
    </message>
    <message>
        <source>Not added: {name}</source>
        <translation>未添加：{name}</translation>
    </message>
    <message>
        <source>Nothing added: {name} is already in {item}.</source>
        <translation>未添加：{name} 已在“{item}”中。</translation>
    </message>
    <message>
        <source>    Give its password in a file with --password-file F (the file&apos;s first line is the password).</source>
        <translation>    请把密码写入一个文件，并用 --password-file F 提供（文件第一行即密码）。</translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add it as a JPEG with --convert-to-jpeg.</source>
        <translation>未添加：{name} 是 {looks_like}，但“{item}”只接受 JPEG 图像。可用 --convert-to-jpeg 把它转换为 JPEG 后添加。</translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add one of its pages as a JPEG with --convert-to-jpeg --page N (N from 1 to {pages}).</source>
        <translation>未添加：{name} 是 {looks_like}，但“{item}”只接受 JPEG 图像。可用 --convert-to-jpeg --page N 把其中一页转换为 JPEG 后添加（N 为 1 至 {pages}）。</translation>
    </message>
    <message>
        <source>Added {name} to {item}: a JPEG made from {original}.</source>
        <translation>已把 {name} 添加到“{item}”：由 {original} 转换而成的 JPEG。</translation>
    </message>
    <message>
        <source>Not added: the password in {file} does not open {name}.</source>
        <translation>未添加：{file} 中的密码无法打开 {name}。</translation>
    </message>
    <message>
        <source>Complete: every required document is in and nothing blocks the export.</source>
        <translation>已齐备：所有必需材料均已添加，没有阻碍导出的问题。</translation>
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
        <translation>没有文件</translation>
    </message>
    <message>
        <source>Converted {name} to {new} in {item}.</source>
        <translation>已在“{item}”中把 {name} 转换为 {new}。</translation>
    </message>
    <message>
        <source>Not converted: {name}</source>
        <translation>未转换：{name}</translation>
    </message>
    <message>
        <source>Nothing to convert: every file of {item} is a JPEG image.</source>
        <translation>无需转换：“{item}”的所有文件都是 JPEG 图像。</translation>
    </message>
    <message>
        <source>{mark} {id}: {title} ({need})</source>
        <translation>{mark} {id}：{title}（{need}）</translation>
    </message>
    <message>
        <source>a question of the e-form: {answer}</source>
        <translation>电子表格的问题：{answer}</translation>
    </message>
    <message>
        <source>Add files with: ttps-desktop import PROJECT FILE... --requirement ID</source>
        <translation>添加文件：ttps-desktop import PROJECT FILE... --requirement ID</translation>
    </message>
    <message>
        <source>{mark} {title} [{id}]: {answer}</source>
        <translation>{mark} {title} [{id}]：{answer}</translation>
    </message>
    <message>
        <source>    Note: {note}</source>
        <translation>    备注：{note}</translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个文件中的 {added} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {done} of %n file(s)</source>
        <translation>
            <numerusform>已检查 {done}/%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n 个问题待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>This is a draft: the project is not complete yet.</source>
        <translation>这是草稿：项目尚未齐备。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open submission folder was written. The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation>材料册及递交压缩包只能用密码打开；没有写出未加密的递交文件夹。材料清单 PDF 只列出文件，不含任何文件本身：它没有受保护。上传前，请用能打开 AES 加密压缩包的程序（7-Zip、WinZip、Keka、The Unarchiver）输入密码解压：Windows 自带的压缩包夹无法打开。</translation>
    </message>
    <message numerus="yes">
        <source>Written with problems: %n document(s) could not be included (the dossier says so in their place):</source>
        <translation>
            <numerusform>已写出，但有问题：%n 份文件未能收录（材料册在其位置有一页说明）：</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {format} document {code} issued by {state}, every check digit valid</source>
        <translation>{file}：{format} 证件 {code}，签发国家或地区 {state}，所有校验位均正确</translation>
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
  证件号码：{number}
  国籍：{nationality}
  出生日期：{birth}
  性别：{sex}
  有效期至：{expiry}</translation>
    </message>
    <message numerus="yes">
        <source>  %n look-alike character(s) corrected, confirmed by the check digits</source>
        <translation>
            <numerusform>  已更正 %n 个形近字符，并经校验位确认</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: a machine-readable zone was found, but its check digits do not hold: not read</source>
        <translation>{file}：找到机读区，但校验位不符：未能读取</translation>
    </message>
    <message>
        <source>{file}: no machine-readable zone found</source>
        <translation>{file}：未找到机读区</translation>
    </message>
    <message>
        <source>{file}: not a picture or a scanned PDF page that can be read</source>
        <translation>{file}：不是可读取的图片或扫描 PDF 页面</translation>
    </message>
    <message>
        <source>{file}: reading stopped ({reason})</source>
        <translation>{file}：读取已停止（{reason}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>{name} holds no travel document to read.</source>
        <translation>{name} 没有可读取的旅行证件。</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>TTPS Desktop: prepare a Hong Kong Top Talent Pass Scheme application, offline. With no command, opens the app on the demo project.</source>
        <translation>TTPS Desktop：离线准备香港高端人才通行证计划申请。不带命令时，以示例项目打开程序。</translation>
    </message>
    <message>
        <source>language of messages: en, zh_HK or zh_CN (default: system)</source>
        <translation>消息语言：en、zh_HK 或 zh_CN（默认：跟随系统）</translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation>出错时显示完整调用栈</translation>
    </message>
    <message>
        <source>open the app (on PROJECT, else on the last project opened, else on the demo project)</source>
        <translation>打开程序（打开 PROJECT；如未指定，则打开上次打开的项目；否则打开示例项目）</translation>
    </message>
    <message>
        <source>unknown language {value}: use en, zh_HK or zh_CN</source>
        <translation>未知的语言 {value}：请使用 en、zh_HK 或 zh_CN</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号后退出</translation>
    </message>
    <message>
        <source>a project to open</source>
        <translation>要打开的项目</translation>
    </message>
    <message>
        <source>open the demo project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>write the demo project into DIR and print its path</source>
        <translation>将示例项目写入 DIR 并显示其路径</translation>
    </message>
    <message>
        <source>{value} is not a date YYYY-MM-DD</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>category verdicts and the document checklist for one applicant</source>
        <translation>一位申请人的类别评估结果及材料清单</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>以 JSON 代替文本输出</translation>
    </message>
    <message>
        <source>the eligible-university list: match names, import a newer list</source>
        <translation>合资格大学名单：核对名称、导入较新名单</translation>
    </message>
    <message>
        <source>import the official list from a CSV (header: en, zh_hant, ...) or text file</source>
        <translation>从 CSV（标题行：en、zh_hant……）或纯文本文件导入官方名单</translation>
    </message>
    <message>
        <source>the date of the list (YYYY-MM-DD)</source>
        <translation>名单日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>where the list came from</source>
        <translation>名单来源</translation>
    </message>
    <message>
        <source>look names up in the list in force on a date</source>
        <translation>在某日生效的名单中查找名称</translation>
    </message>
    <message>
        <source>the application date (default: today)</source>
        <translation>申请日期（默认：今天）</translation>
    </message>
    <message>
        <source>add evidence files to a checklist item of a project</source>
        <translation>将证明材料添加到项目的清单项目</translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.marriage_certificate</source>
        <translation>清单项目，例如 photo 或 spouse.marriage_certificate</translation>
    </message>
    <message>
        <source>a file whose first line is the password of protected PDFs (an unprotected copy is kept; with --convert-to-jpeg, only the JPEG)</source>
        <translation>第一行为受保护 PDF 密码的文件（会保存一份未加密的副本；如使用 --convert-to-jpeg，则只保存 JPEG）</translation>
    </message>
    <message>
        <source>add each file as a JPEG (for items that take JPEG alone, such as photo): a page of a PDF, or the picture of another image format; the original file is only read</source>
        <translation>把每个文件转换为 JPEG 后添加（适用于只接受 JPEG 的项目，例如 photo）：PDF 的一页，或其他图像格式的图像；原文件只会被读取</translation>
    </message>
    <message>
        <source>with --convert-to-jpeg: the page to convert (default 1)</source>
        <translation>与 --convert-to-jpeg 一起使用：要转换的页（默认为 1）</translation>
    </message>
    <message>
        <source>replace the files of an item that takes JPEG alone (such as photo) that are of another type with JPEGs of their page N</source>
        <translation>把只接受 JPEG 的项目（例如 photo）中其他类型的文件，换成其第 N 页的 JPEG</translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.photo</source>
        <translation>清单项目，例如 photo 或 spouse.photo</translation>
    </message>
    <message>
        <source>the page to convert (default 1)</source>
        <translation>要转换的页（默认为 1）</translation>
    </message>
    <message>
        <source>the checklist items of a project: ids for import --requirement, titles, status, files</source>
        <translation>项目的清单条目：供 import --requirement 使用的代号、名称、状态及文件</translation>
    </message>
    <message>
        <source>verdicts, checklist status and every finding of a project</source>
        <translation>项目的评估结果、清单状态及所有检查结果</translation>
    </message>
    <message>
        <source>upload profile (default: the shipped default)</source>
        <translation>上传设置（默认：内置默认值）</translation>
    </message>
    <message>
        <source>write the dossier PDF, the checklist PDF and the submission pack</source>
        <translation>写出材料册 PDF、材料清单 PDF 及递交文件包</translation>
    </message>
    <message>
        <source>exit codes: 0 written; 1 refused, the project is not complete (see --allow-incomplete); 2 error, nothing written; 3 written with problems: some documents could not be included (each is named, and the dossier has a page saying so in its place)</source>
        <translation>退出代码：0 已写出；1 拒绝导出，项目尚未齐备（见 --allow-incomplete）；2 错误，没有写出任何文件；3 已写出但有问题：部分文件未能收录（逐一列出，材料册在其位置有一页说明）</translation>
    </message>
    <message>
        <source>upload profile (govhk_online, immd_strict)</source>
        <translation>上传设置（govhk_online、immd_strict）</translation>
    </message>
    <message>
        <source>protect the dossier with this password (AES-256)</source>
        <translation>以此密码保护材料册（AES-256）</translation>
    </message>
    <message>
        <source>encrypt the submission zip with the same password (AES-256) and write no open submission folder; needs --password-file</source>
        <translation>用同一密码加密递交压缩包（AES-256），且不写出未加密的递交文件夹；须配合 --password-file</translation>
    </message>
    <message>
        <source>export a draft even if documents are missing</source>
        <translation>即使缺少材料也导出草稿</translation>
    </message>
    <message>
        <source>US Letter paper instead of A4</source>
        <translation>使用美国 Letter 纸张而非 A4</translation>
    </message>
    <message>
        <source>create a project from an applicant&apos;s facts</source>
        <translation>根据申请人资料创建项目</translation>
    </message>
    <message>
        <source>entry (the entry application, the default) or extension (an extension of stay)</source>
        <translation>entry（入境申请，默认）或 extension（延长逗留）</translation>
    </message>
    <message>
        <source>record an answer to a question of the e-form, e.g. criminal_conviction no (never an upload)</source>
        <translation>记录电子表格问题的答案，例如 criminal_conviction no（绝不上传文件）</translation>
    </message>
    <message>
        <source>no or yes</source>
        <translation>no 或 yes</translation>
    </message>
    <message>
        <source>list a project&apos;s backups, or put one back with --backup N</source>
        <translation>列出项目的备份，或以 --backup N 恢复其中一个</translation>
    </message>
    <message>
        <source>the number shown by the listing</source>
        <translation>列表中显示的编号</translation>
    </message>
    <message>
        <source>read the machine-readable zone of passports and identity cards (pictures or scanned PDFs), offline</source>
        <translation>离线读取护照及身份证的机读区（图片或扫描 PDF）</translation>
    </message>
    <message>
        <source>read the project&apos;s travel documents and keep what was read in the project, for check</source>
        <translation>读取项目中的旅行证件，并把读取结果保存在项目内，供 check 使用</translation>
    </message>
    <message>
        <source>with --project: read documents already read again</source>
        <translation>配合 --project：重新读取已读取的证件</translation>
    </message>
    <message>
        <source>a project&apos;s key dates with their rules and sources; --ics writes them as a calendar</source>
        <translation>项目的重要日期，连同规则及资料来源；--ics 把日期写成日历文件</translation>
    </message>
    <message>
        <source>write an iCalendar file (all-day events with reminders)</source>
        <translation>写入 iCalendar 文件（全天事件，附提醒）</translation>
    </message>
    <message>
        <source>int</source>
        <translation>整数</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Tick as done</source>
        <translation>勾选为已完成</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>取消勾选</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>回答问题</translation>
    </message>
    <message>
        <source>Edit the applicant&apos;s facts</source>
        <translation>修改申请人资料</translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation>选择申请类别</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Reorder files</source>
        <translation>调整文件顺序</translation>
    </message>
    <message>
        <source>Move a file to another item</source>
        <translation>把文件移至另一项目</translation>
    </message>
    <message>
        <source>Edit a file&apos;s details</source>
        <translation>编辑文件信息</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>添加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert {name} to JPEG</source>
        <translation>把 {name} 转换为 JPEG</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>you hold a Hong Kong identity card</source>
        <translation>您持有香港身份证</translation>
    </message>
    <message>
        <source>you live in the Mainland</source>
        <translation>您居住在内地</translation>
    </message>
    <message>
        <source>you hold a PRC passport and live overseas</source>
        <translation>您持中国护照并居住在海外</translation>
    </message>
    <message>
        <source>you live in Macao or Taiwan</source>
        <translation>您居住在澳门或台湾</translation>
    </message>
    <message>
        <source>you live in Macao</source>
        <translation>您居于澳门</translation>
    </message>
    <message>
        <source>you live in Taiwan</source>
        <translation>您居于台湾</translation>
    </message>
    <message>
        <source>you are in Hong Kong now</source>
        <translation>您现身在香港</translation>
    </message>
    <message>
        <source>some documents are not in Chinese or English</source>
        <translation>部分文件不是中文或英文</translation>
    </message>
    <message>
        <source>your name differs between documents</source>
        <translation>各文件上的姓名不一致</translation>
    </message>
    <message>
        <source>dependants come with you</source>
        <translation>有受养人随行</translation>
    </message>
    <message>
        <source>you have work experience to show</source>
        <translation>您须证明工作经验</translation>
    </message>
    <message>
        <source>you were self-employed</source>
        <translation>您曾自雇</translation>
    </message>
    <message>
        <source>your degree is from a Mainland university</source>
        <translation>您的学位由内地大学颁授</translation>
    </message>
    <message>
        <source>you extend through employment</source>
        <translation>你以受雇途径延期</translation>
    </message>
    <message>
        <source>you extend through a business</source>
        <translation>你以业务途径延期</translation>
    </message>
    <message>
        <source>your degree verification was never sent</source>
        <translation>你从未提交学位核实证明</translation>
    </message>
    <message>
        <source>your employer is neither listed nor had a work visa approved recently</source>
        <translation>你的雇主并非上市公司，近期亦未曾获批工作签证</translation>
    </message>
    <message>
        <source>you were transferred within the company</source>
        <translation>你是公司内部调职</translation>
    </message>
    <message>
        <source>you qualify for the 6-year extension</source>
        <translation>你符合6年延期的条件</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert to JPEG?</source>
        <translation>转换为 JPEG？</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of the page shown to {item}; {name} itself stays as it is.</source>
        <translation>“{item}”只接受 JPEG 图像，但 {name} 是 {looks_like}。“转换为 JPEG”会把所示页面的 JPEG 副本添加到“{item}”；{name} 本身保持不变。</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of it to {item}; {name} itself stays as it is.</source>
        <translation>“{item}”只接受 JPEG 图像，但 {name} 是 {looks_like}。“转换为 JPEG”会把它的 JPEG 副本添加到“{item}”；{name} 本身保持不变。</translation>
    </message>
    <message>
        <source>Page to convert</source>
        <translation>要转换的页</translation>
    </message>
    <message>
        <source>The page to convert</source>
        <translation>要转换的页面</translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation>转换为 JPEG</translation>
    </message>
    <message>
        <source>Page (of {pages}):</source>
        <translation>页（共 {pages} 页）：</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of the page shown in its place in the project (Undo takes it back).</source>
        <translation>“{item}”只接受 JPEG 图像，但 {name} 是 {looks_like}。“转换为 JPEG”会在项目中以所示页面的 JPEG 取代它（可撤销）。</translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of it in its place in the project (Undo takes it back).</source>
        <translation>“{item}”只接受 JPEG 图像，但 {name} 是 {looks_like}。“转换为 JPEG”会在项目中以它的 JPEG 取代它（可撤销）。</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>正在绘出页面…</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>无法显示此页。</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>it has no pages</source>
        <translation>没有任何页面</translation>
    </message>
    <message>
        <source>its list of pages loops back on itself</source>
        <translation>页面列表循环指向自身</translation>
    </message>
    <message>
        <source>its list of pages is nested too deeply</source>
        <translation>页面列表嵌套过深</translation>
    </message>
    <message>
        <source>its structure loops back on itself</source>
        <translation>内部结构循环指向自身</translation>
    </message>
    <message>
        <source>it ends too early: it was probably not saved or copied completely</source>
        <translation>文件提前结束：可能未完整保存或复制</translation>
    </message>
    <message>
        <source>its picture data is damaged</source>
        <translation>图像数据已损坏</translation>
    </message>
    <message>
        <source>its first bytes say what kind of file it is, but the rest does not match</source>
        <translation>文件开头标明了类型，但其余内容与之不符</translation>
    </message>
    <message>
        <source>its internal structure cannot be read</source>
        <translation>无法读取其内部结构</translation>
    </message>
    <message>
        <source>the reader stopped unexpectedly</source>
        <translation>读取程序意外停止</translation>
    </message>
    <message>
        <source>a page is stored in a way PDF does not allow</source>
        <translation>有页面以 PDF 标准不允许的方式存储</translation>
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
        <translation>日历</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>在日历上选择日期</translation>
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
        <translation>事项</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>(verify)</source>
        <translation>（请核实）</translation>
    </message>
    <message>
        <source>Key dates timeline</source>
        <translation>重要日期时间线</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from {first} to {last}; today is {today}</source>
        <translation>
            <numerusform>由 {first} 至 {last} 共 %n 个日期；今天是 {today}</numerusform>
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
        <translation>学士</translation>
    </message>
    <message>
        <source>master&apos;s</source>
        <translation>硕士</translation>
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
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机构</translation>
    </message>
    <message>
        <source>Employer (proof of work)</source>
        <translation>雇主（工作证明）</translation>
    </message>
    <message>
        <source>Covers work from</source>
        <translation>涵盖工作期间自</translation>
    </message>
    <message>
        <source>Covers work until</source>
        <translation>涵盖工作期间至</translation>
    </message>
    <message>
        <source>Online verification code (degree verification, e.g. CHSI)</source>
        <translation>在线验证码（学历核实，例如学信网）</translation>
    </message>
    <message>
        <source>{field}: {text} is not a date like 2025-03-31.</source>
        <translation>{field}：{text} 不是有效日期，格式如 2025-03-31。</translation>
    </message>
    <message>
        <source>The period covered ends before it starts.</source>
        <translation>涵盖期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Name the employer whose work this period covers.</source>
        <translation>请填写此期间所涵盖工作的雇主。</translation>
    </message>
    <message>
        <source>{text} is not a language this app records.</source>
        <translation>{text} 不是本程序记录的语言。</translation>
    </message>
</context>
<context>
    <name>DocumentFactsDialog</name>
    <message>
        <source>Details of {name}</source>
        <translation>{name} 的信息</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未注明</translation>
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
        <translation>其他语言（须附经核证的译本）</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>机读区</translation>
    </message>
    <message>
        <source>No machine-readable zone was found on this file.</source>
        <translation>该文件上未找到机读区。</translation>
    </message>
    <message>
        <source>The zone could not be read with every check digit valid.</source>
        <translation>未能在所有校验位均正确的情况下读取机读区。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>签发国家或地区</translation>
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
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Every check digit holds.</source>
        <translation>所有校验位均正确。</translation>
    </message>
    <message>
        <source>Use the zone&apos;s expiry date</source>
        <translation>采用机读区的有效期</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>后移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>信息…</translation>
    </message>
    <message>
        <source>Files of the selected item</source>
        <translation>所选项目的文件</translation>
    </message>
    <message>
        <source>Select an item of the checklist.</source>
        <translation>请在清单中选择一个项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Select a checklist item first, then write its note.</source>
        <translation>请先选择清单项目，再写备注。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your note on this item (kept in the project, printed on the checklist):</source>
        <translation>你对此项目的备注（保存在项目中，并印在清单上）：</translation>
    </message>
</context>
<context>
    <name>EligibilityPane</name>
    <message>
        <source>The app&apos;s suggestion (category {category})</source>
        <translation>按本程序建议（类别 {category}）</translation>
    </message>
    <message>
        <source>The app&apos;s suggestion (none fits yet)</source>
        <translation>按本程序建议（暂无合适类别）</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>类别 {category}</translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation>申请所依据的类别</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation>延长逗留</translation>
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
        <translation>发生了程序未预料的错误。您的项目安全无损。详情已写入 {log}。</translation>
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
        <translation>{file} 不是有效的 JSON（第 {line} 行，第 {column} 列）：{problem}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}</source>
        <translation>无法读取 {file}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {place}: is required</source>
        <translation>{file}：{place}：必须填写。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date in the form YYYY-MM-DD</source>
        <translation>{file}：{place}：{found} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a decimal number</source>
        <translation>{file}：{place}：{found} 不是数字。</translation>
    </message>
    <message>
        <source>{file}: {place}: expected {expected}, found {found}</source>
        <translation>{file}：{place}：应为{expected}，实为{found}。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a finite number</source>
        <translation>{file}：{place}：{found} 不是有限的数。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not one of: {allowed}</source>
        <translation>{file}：{place}：{found} 不在可选值之列：{allowed}。</translation>
    </message>
    <message>
        <source>{file}: {place}: unknown field (check the spelling)</source>
        <translation>{file}：{place}：未知的字段（请检查拼写）。</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（最上层）</translation>
    </message>
    <message>
        <source>The application date {date} is before the scheme began ({launched}): no rules apply.</source>
        <translation>申请日期 {date} 早于计划推出日期（{launched}），没有适用的规则。</translation>
    </message>
    <message>
        <source>{file} holds no university names.</source>
        <translation>{file} 中没有任何大学名称。</translation>
    </message>
    <message>
        <source>{file}: the first row must name the columns, one of them &apos;en&apos; or &apos;name&apos;.</source>
        <translation>{file}：第一行须列出列名，其中一列须为“en”或“name”。</translation>
    </message>
    <message>
        <source>There is no project at {path}.</source>
        <translation>{path} 没有项目。</translation>
    </message>
    <message>
        <source>{name} is not a TTPS Desktop project (it looks like {looks_like}).</source>
        <translation>{name} 不是 TTPS Desktop 项目（看起来是 {looks_like}）。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({detail}). Nothing was changed. Backups available: {count}; list and restore them with: ttps-desktop restore PROJECT</source>
        <translation>{name} 已损坏，无法打开（{detail}）。文件没有被更改。可用备份：{count} 个；可用以下命令列出并恢复：ttps-desktop restore PROJECT</translation>
    </message>
    <message>
        <source>{name} was saved by an older TTPS Desktop (project format {version}) and cannot be read without updating it. Open it once for editing to update it; the file was not changed.</source>
        <translation>{name} 由较旧版本的 TTPS Desktop 保存（项目格式 {version}），须先更新才能读取。请以可编辑方式打开一次以更新；文件未被改动。</translation>
    </message>
    <message>
        <source>{name} is in a place that cannot be written to, so it is open read-only. Save a copy elsewhere to keep working on it.</source>
        <translation>{name} 所在位置无法写入，因此以只读方式打开。请将副本保存到其他位置继续工作。</translation>
    </message>
    <message>
        <source>{name} was changed or replaced by another program (a sync tool?) while it was open. To keep both versions, nothing was written: save a copy elsewhere, then reopen the project.</source>
        <translation>{name} 在打开期间被其他程序（同步工具？）更改或替换。为保留两个版本，没有写入任何内容：请将副本保存到其他位置，然后重新打开项目。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer TTPS Desktop (project format {version}). Update the app to open it; the file was not changed.</source>
        <translation>{name} 由较新版本的 TTPS Desktop 保存（项目格式 {version}）。请更新程序后再打开；文件没有被更改。</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so the last change was not saved. Everything before it is safe. Free some space, or save the project elsewhere.</source>
        <translation>存放 {name} 的磁盘已满，最后一项更改未能保存，之前的内容全部安全。请腾出空间，或将项目保存到其他位置。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} 已存在，请选择其他名称。</translation>
    </message>
    <message>
        <source>{project} is open in another TTPS Desktop window (on {host}, process {pid}, since {since}). Close it there first; it can only be changed in one place at a time.</source>
        <translation>{project} 已在另一个 TTPS Desktop 窗口打开（计算机 {host}，进程 {pid}，自 {since}）。请先在该处关闭；同一时间只能在一处修改。</translation>
    </message>
    <message>
        <source>Cannot lock {project}: {reason}</source>
        <translation>无法锁定 {project}：{reason}</translation>
    </message>
    <message>
        <source>--page chooses the page to convert: give it with --convert-to-jpeg.</source>
        <translation>--page 用于选择要转换的页：请与 --convert-to-jpeg 一起使用。</translation>
    </message>
    <message>
        <source>--page counts from 1: {page} is not a page.</source>
        <translation>--page 从 1 起计：{page} 不是有效的页码。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>{profile} is not an upload profile; use one of: {known}.</source>
        <translation>{profile} 不是上传设置；请使用以下其中一个：{known}。</translation>
    </message>
    <message>
        <source>{item} is not a checklist item of this project. Items: {items}</source>
        <translation>{item} 不是此项目的清单项目。可用项目：{items}</translation>
    </message>
    <message>
        <source>{item} is a question of the e-form, not an upload: record the answer with: ttps-desktop answer PROJECT {question} no|yes</source>
        <translation>{item} 是电子表格的问题，不是上传项目：请以 ttps-desktop answer PROJECT {question} no|yes 记录答案</translation>
    </message>
    <message>
        <source>{item} takes other types than JPEG too: its files are kept as they are.</source>
        <translation>“{item}”也接受 JPEG 以外的类型：其文件保持原样。</translation>
    </message>
    <message>
        <source>Not exported: the project is not complete yet ({errors} problems to fix). Run a check to see them, or export anyway as a draft (--allow-incomplete).</source>
        <translation>未导出：项目尚未齐备（有 {errors} 个问题须处理）。请运行检查查看详情，或以草稿形式导出（--allow-incomplete）。</translation>
    </message>
    <message>
        <source>Cannot write the export to {folder}: {reason}</source>
        <translation>无法将导出文件写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Protecting the submission pack needs a password: give one (--password-file F).</source>
        <translation>保护递交文件包需要密码：请提供密码（--password-file F）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be the category you were admitted under: A, B or C.</source>
        <translation>{file}：{place} 为 {found}；必须是你获批的类别：A、B 或 C。</translation>
    </message>
    <message>
        <source>{file}: {place} ({later}) must not be before {other} ({earlier}).</source>
        <translation>{file}：{place}（{later}）不可早于 {other}（{earlier}）。</translation>
    </message>
    <message>
        <source>{file}: {place} must not be negative (found {found}).</source>
        <translation>{file}：{place} 不可为负数（现为 {found}）。</translation>
    </message>
    <message>
        <source>{file}: {place} must be true or false (found {found}).</source>
        <translation>{file}：{place} 必须为 true 或 false（现为 {found}）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be employment or business.</source>
        <translation>{file}：{place} 为 {found}；必须是 employment 或 business。</translation>
    </message>
    <message>
        <source>{file}: extension.route is {route}, but there is no extension.{route} section describing it.</source>
        <translation>{file}：extension.route 为 {route}，但没有描述它的 extension.{route} 部分。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; write the year of assessment as YYYY/YY, e.g. 2025/26 (1 April 2025 to 31 March 2026).</source>
        <translation>{file}：{place} 为 {found}；课税年度请写成 YYYY/YY，例如 2025/26（2025年4月1日至2026年3月31日）。</translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be one of mainland, macao, taiwan, overseas, hong_kong or other.</source>
        <translation>{file}：{place} 为 {found}；必须是 mainland、macao、taiwan、overseas、hong_kong 或 other 其中之一。</translation>
    </message>
    <message>
        <source>{file}: residence_kind is {kind} but residence.country is {country}: correct one of them.</source>
        <translation>{file}：residence_kind 为 {kind}，但 residence.country 为 {country}：请更正其中一项。</translation>
    </message>
    <message>
        <source>{file}: {place} applies only to income of kind business_profit (this item is {kind}).</source>
        <translation>{file}：{place} 只适用于 business_profit 类收入（此项为 {kind}）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a country: write a country&apos;s name or its code (CHN).</source>
        <translation>{file}：{place}：找不到国家 {found}：请写国家名称或代码（如 CHN）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a currency: write a currency&apos;s name or its code (USD).</source>
        <translation>{file}：{place}：找不到货币 {found}：请写货币名称或代码（如 USD）。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one country ({codes}): write the code of the one you mean.</source>
        <translation>{file}：{place}：{found} 可指多个国家（{codes}）：请写所指国家的代码。</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one currency ({codes}): write the code of the one you mean.</source>
        <translation>{file}：{place}：{found} 可指多种货币（{codes}）：请写所指货币的代码。</translation>
    </message>
    <message>
        <source>{file}: {place}: must not be negative</source>
        <translation>{file}：{place}：不能为负数。</translation>
    </message>
    <message>
        <source>{file}: {place}: must be greater than zero</source>
        <translation>{file}：{place}：必须大于零。</translation>
    </message>
    <message>
        <source>{file}: {place}: is empty</source>
        <translation>{file}：{place}：不能为空。</translation>
    </message>
    <message>
        <source>{file}: {place}: a second rate for {currency}</source>
        <translation>{file}：{place}：{currency} 的汇率重复了。</translation>
    </message>
    <message>
        <source>{file} has no extension section: an extension project needs the current permission and the route (README, Extension facts).</source>
        <translation>{file} 没有 extension 部分：延期项目需要现时的逗留许可及延期途径（见 README 的“Extension facts”）。</translation>
    </message>
    <message>
        <source>{file} describes an extension of stay: create it with --kind extension.</source>
        <translation>{file} 描述的是延长逗留申请：请以 --kind extension 建立。</translation>
    </message>
    <message>
        <source>{question} is not a question the app asks; it asks: {known}.</source>
        <translation>{question} 不是本程序会问的问题；本程序会问：{known}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or give a path in an existing folder.</source>
        <translation>文件夹 {folder} 不存在：请先创建，或指定现有文件夹内的路径。</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>无法创建 {path}：{reason}</translation>
    </message>
    <message>
        <source>There is no backup {number} of {name}: the backups are numbered 1 to {count}.</source>
        <translation>{name} 没有第 {number} 个备份：备份编号为 1 至 {count}。</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}). Everything else in the app works.</source>
        <translation>护照读取功能无法在这台电脑上运行（{reason}）。应用的其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Document checklist: {name}</source>
        <translation>材料清单：{name}</translation>
    </message>
    <message>
        <source>Extension of stay, document checklist: {name}</source>
        <translation>延长逗留文件清单：{name}</translation>
    </message>
    <message>
        <source>Category {category} · rules of {version} · prepared on {date} with {app} {app_version}</source>
        <translation>{category}类 · {version} 版规则 · {date} 以 {app} {app_version} 制备</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
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
        <translation>已齐备</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
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
        <translation>文件：{files}</translation>
    </message>
    <message>
        <source>Files: none yet</source>
        <translation>文件：尚未提供</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选定</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>答案：{answer}</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme application</source>
        <translation>高端人才通行证计划申请</translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme: extension of stay</source>
        <translation>高端人才通行证计划：延长逗留</translation>
    </message>
    <message>
        <source>Admitted under: {category}</source>
        <translation>获批类别：{category}</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申请人：{name}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>参考编号：{reference}</translation>
    </message>
    <message>
        <source>Category: not chosen yet</source>
        <translation>类别：尚未选定</translation>
    </message>
    <message>
        <source>Checked against the rules of {version} (in force from {effective})</source>
        <translation>按 {version} 版规则核对（{effective} 起生效）</translation>
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
        <translation>按{category}申请</translation>
    </message>
    <message>
        <source>Prepared on {date} with {app} {version}</source>
        <translation>{date} 以 {app} {version} 制备</translation>
    </message>
    <message>
        <source>{items}; {problems} and {warnings} remain.</source>
        <translation>{items}；尚有 {problems}及 {warnings}。</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n required item(s) have their documents</source>
        <translation>
            <numerusform>%n 个必需项目中有 {done} 个已有材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required item has its documents.</source>
        <translation>所有必需项目均已有材料。</translation>
    </message>
    <message>
        <source>This dossier holds personal documents. It was prepared offline: nothing was sent anywhere. Share it only with the Immigration Department or someone you trust to act for you, and delete copies you no longer need.</source>
        <translation>本材料册载有个人文件，以离线方式制备，没有发送到任何地方。请只交给入境事务处或您信任的代理人，并删除不再需要的副本。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Cover and contents</source>
        <translation>封面及目录</translation>
    </message>
    <message>
        <source>Applicant: {section}</source>
        <translation>申请人：{section}</translation>
    </message>
    <message>
        <source>{name}: TTPS supporting documents</source>
        <translation>{name}：高才通证明材料</translation>
    </message>
    <message>
        <source>{name}: TTPS extension of stay, supporting documents</source>
        <translation>{name}：高才通延长逗留证明文件</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This is a draft: the application is not complete yet and this dossier is not ready to submit.</source>
        <translation>这是草稿：申请尚未齐备，本材料册还不能提交。</translation>
    </message>
    <message>
        <source>{name}: not included</source>
        <translation>{name}：未收录</translation>
    </message>
    <message>
        <source>This document could not be included in the dossier: {reason}.</source>
        <translation>这份文件未能收录于材料册：{reason}。</translation>
    </message>
    <message>
        <source>Add it again in another form (a new scan, or a PDF printed from it) and export the dossier again.</source>
        <translation>请以另一种形式重新添加（重新扫描，或由它打印成 PDF），然后再次导出材料册。</translation>
    </message>
    <message>
        <source>its pages could not be read (the PDF is damaged or built in a way the app cannot rebuild)</source>
        <translation>无法读取其页面（PDF 已损坏，或其结构本程序无法重建）</translation>
    </message>
    <message>
        <source>its picture could not be decoded (the file is damaged or uses an unusual encoding)</source>
        <translation>无法解码其图像（文件已损坏，或使用了不常见的编码）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>optional: protects the dossier (AES-256)</source>
        <translation>可选：保护材料册（AES-256）</translation>
    </message>
    <message>
        <source>Protect the submission zip with this password too</source>
        <translation>同时用此密码保护递交压缩包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export even if documents are missing (a draft)</source>
        <translation>即使缺少材料也导出（草稿）</translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation>上传规格</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Without a password nothing is protected: the dossier, the checklist, the submission folder and its zip can be read by anyone who can open the folder.</source>
        <translation>没有密码就没有任何保护：任何能打开该文件夹的人都可阅读材料册、材料清单、递交文件夹及其压缩包。</translation>
    </message>
    <message>
        <source>The password protects the dossier only. The submission folder and the zip beside it hold the same documents unprotected, and the checklist names them. Tick the box above to protect the zip too.</source>
        <translation>密码只保护材料册。递交文件夹及旁边的压缩包载有同样的文件，并未受保护，而材料清单也列出这些文件。勾选上方方框，可同时保护压缩包。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password, and no open submission folder is written (one left here by an earlier export is removed). The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation>材料册及递交压缩包只能用密码打开，并且不会写出未加密的递交文件夹（之前导出留在此处的会被删除）。材料清单 PDF 只列出文件，不含任何文件本身：它没有受保护。上传前，请用能打开 AES 加密压缩包的程序（7-Zip、WinZip、Keka、The Unarchiver）输入密码解压：Windows 自带的压缩包夹无法打开。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message numerus="yes">
        <source>Written to {folder}: the dossier, the checklist and the submission pack (%n point(s) to check).</source>
        <translation>
            <numerusform>已写入 {folder}：材料册、材料清单及递交文件包（%n 项须留意）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a draft: DRAFT is printed on the cover and on every page.</source>
        <translation>这是草稿：封面和每一页都印有“草稿”。</translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open folder was written.</source>
        <translation>材料册及递交压缩包只能用密码打开；没有写出未加密的文件夹。</translation>
    </message>
    <message>
        <source>Written with problems: these documents could not be included (the dossier says so in their place):</source>
        <translation>已写出，但有问题：以下文件未能收录（材料册在其位置有一页说明）：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>The application window is open: it opened on {opens}, and the stay expires on {expires}; apply by then.</source>
        <translation>申请期已开始：由 {opens} 起可申请，逗留期限于 {expires} 届满；请在此之前申请。</translation>
    </message>
    <message>
        <source>Too early: you can apply from {opens} (the stay expires on {expires}).</source>
        <translation>尚未可以申请：由 {opens} 起方可申请（逗留期限于 {expires} 届满）。</translation>
    </message>
    <message>
        <source>The stay expired on {expires}: the extension can no longer be applied for in the ordinary way. Contact the Immigration Department at once.</source>
        <translation>逗留期限已于 {expires} 届满：不能再以一般方式申请延期。请立即联络入境事务处。</translation>
    </message>
    <message>
        <source>Applying up to 3 months before expiry is a temporary arrangement in force since 1 November 2024.</source>
        <translation>在逗留期限届满前最多3个月申请，是自2024年11月1日起实施的临时安排。</translation>
    </message>
    <message>
        <source>Verify: the standing rule is {weeks} weeks before expiry (from {standing_opens}); the GovHK e-service page still says it is not for stays with more than {weeks} weeks left.</source>
        <translation>请核实：一般规定是届满前 {weeks} 周（由 {standing_opens} 起）；GovHK 电子服务网页仍表示不适用于尚余多于 {weeks} 周的逗留期限。</translation>
    </message>
    <message>
        <source>You are in Hong Kong: the application is made, paid and the e-Visa collected while here.</source>
        <translation>你身在香港：须在港提交申请、缴费及领取电子签证。</translation>
    </message>
    <message>
        <source>You can apply only while in Hong Kong (to apply, pay and collect the e-Visa): the facts say you are not there now.</source>
        <translation>只可在香港境内申请（提交申请、缴费及领取电子签证）：资料显示你现时不在香港。</translation>
    </message>
    <message>
        <source>The facts describe the {route} route in full; the Immigration Department judges the merits.</source>
        <translation>资料已完整描述{route}途径；是否批准由入境事务处决定。</translation>
    </message>
    <message>
        <source>The {route} route is missing: {missing}.</source>
        <translation>{route}途径尚欠：{missing}。</translation>
    </message>
    <message>
        <source>No route is described: give employment in Hong Kong or a business in Hong Kong (extension.employment or extension.business).</source>
        <translation>未有描述任何途径：请提供在港受雇或在港业务的资料（extension.employment 或 extension.business）。</translation>
    </message>
    <message>
        <source>The employer is outside Hong Kong: the official test is employment in Hong Kong, so the app gives no verdict on this route (see the guidance below).</source>
        <translation>雇主在香港以外：官方准则是在港受雇，因此本程序不会就此途径作出判断（见下方参考资料）。</translation>
    </message>
    <message>
        <source>Employment test: a post commonly taken up by degree holders (or people with good professional or technical qualifications), at market-level pay; {post} at HK${pay} a month.</source>
        <translation>受雇准则：一般由学位持有人（或具良好专业或技术资格人士）担任的职位，薪酬达市场水平；{post}，月薪港币 {pay} 元。</translation>
    </message>
    <message>
        <source>Business test: a business in Hong Kong that operates healthily and sustainably (turnover, financial resources, investment, local jobs, economic benefit, time spent in Hong Kong).</source>
        <translation>业务准则：在港业务运作健康及可持续（营业额、财政资源、投资、本地职位、经济效益、在港逗留时间）。</translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are not needed: the employer is listed on the Stock Exchange of Hong Kong or had a work visa approved in the last {months} months.</source>
        <translation>无须提交雇主公司文件：雇主是香港交易所上市公司，或在过去 {months} 个月内曾获批工作签证。</translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are needed (Business Registration certificate, financial standing; a business plan for a company under {young} months old), as the employer is neither listed nor had a work visa approved in the last {months} months.</source>
        <translation>须提交雇主公司文件（商业登记证、财政状况；成立不足 {young} 个月的公司另需业务计划书），因为雇主并非上市公司，在过去 {months} 个月内亦未曾获批工作签证。</translation>
    </message>
    <message>
        <source>Intra-company transfer: considered for managerial or professional posts; add the transfer papers.</source>
        <translation>公司内部调职：担任管理或专业职位者会获考虑；请附上调职文件。</translation>
    </message>
    <message>
        <source>{company} was registered on {registered}, less than {months} months before the application: add a business plan.</source>
        <translation>{company} 于 {registered} 注册，距申请不足 {months} 个月：请附上业务计划书。</translation>
    </message>
    <message>
        <source>Likely length: up to {years} years, to {until}.</source>
        <translation>可能获批期限：最长 {years} 年，至 {until}。</translation>
    </message>
    <message>
        <source>Likely length: to the end of the employment contract on {until}, sooner than {years} years ({full}).</source>
        <translation>可能获批期限：至雇佣合同于 {until} 结束，早于 {years} 年（{full}）。</translation>
    </message>
    <message>
        <source>Likely length: {years} years, to {until}: at least {min_years} years under the scheme (since {since}) and assessable income of HK${income} in {year}, at least HK${threshold}.</source>
        <translation>可能获批期限：{years} 年，至 {until}：已在计划下逗留最少 {min_years} 年（自 {since} 起），而 {year} 的应评税入息为港币 {income} 元，不少于港币 {threshold} 元。</translation>
    </message>
    <message>
        <source>Not yet {min_years} years under the scheme on {day} (since {since}; {min_years} years on {mark}): the {years}-year extension does not apply.</source>
        <translation>于 {day} 仍未在计划下逗留满 {min_years} 年（自 {since} 起；于 {mark} 满 {min_years} 年）：{years} 年延期并不适用。</translation>
    </message>
    <message>
        <source>Assessable income of HK${income} in {year} is below HK${threshold}: the {years}-year extension does not apply.</source>
        <translation>{year} 的应评税入息港币 {income} 元低于港币 {threshold} 元：{years} 年延期并不适用。</translation>
    </message>
    <message>
        <source>Give the assessable income of the year of assessment {year} (extension.assessable_income) to see whether the {years}-year extension applies (HK${threshold} or more).</source>
        <translation>请提供 {year} 课税年度的应评税入息（extension.assessable_income），以判断是否适用 {years} 年延期（港币 {threshold} 元或以上）。</translation>
    </message>
    <message>
        <source>The assessable income given is for {given}; the previous year of assessment for an application on {day} is {year}: the {years}-year extension cannot be judged.</source>
        <translation>所提供的应评税入息属 {given}；于 {day} 申请的上一个课税年度是 {year}：无法判断 {years} 年延期。</translation>
    </message>
    <message>
        <source>The first entry under the scheme is not given (extension.permission.first_entry): time under the scheme is counted from the grant on {since}.</source>
        <translation>未有提供首次以计划入境的日期（extension.permission.first_entry）：在计划下的逗留时间由 {since} 获批当日起计。</translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was never sent, so it must go with the extension.</source>
        <translation>{category} 类：从未提交学位核实证明，须随延期申请一并提交。</translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was sent with the entry application.</source>
        <translation>{category} 类：学位核实证明已随入境申请提交。</translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify: press reports, November 2024): {scenario}</source>
        <translation>参考资料，并非判断结果（请核实：2024年11月媒体报道）：{scenario}</translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify): the contract&apos;s pay comes to HK${annual} a year (12 × HK${monthly}); the reported figure is HK${threshold}.</source>
        <translation>参考资料，并非判断结果（请核实）：合同薪酬每年港币 {annual} 元（12 × 港币 {monthly} 元）；报道所指金额为港币 {threshold} 元。</translation>
    </message>
</context>
<context>
    <name>ExtensionField</name>
    <message>
        <source>the employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>the monthly pay in HK$</source>
        <translation>以港币计的月薪</translation>
    </message>
    <message>
        <source>the contract&apos;s start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>when it was registered</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>the turnover in HK$</source>
        <translation>以港币计的营业额</translation>
    </message>
    <message>
        <source>the capital invested in HK$</source>
        <translation>以港币计的投资资本</translation>
    </message>
    <message>
        <source>the number of local staff</source>
        <translation>本地雇员人数</translation>
    </message>
    <message>
        <source>whether it has an office in Hong Kong</source>
        <translation>是否在香港设有办公室</translation>
    </message>
</context>
<context>
    <name>ExtensionPage</name>
    <message>
        <source>Category {category}</source>
        <translation>类别 {category}</translation>
    </message>
    <message>
        <source>Employment in Hong Kong</source>
        <translation>在港受雇</translation>
    </message>
    <message>
        <source>A business in Hong Kong</source>
        <translation>在港业务</translation>
    </message>
    <message>
        <source>Employer listed on the Stock Exchange of Hong Kong</source>
        <translation>雇主为香港交易所上市公司</translation>
    </message>
    <message>
        <source>Employer had a work visa approved in the last 24 months</source>
        <translation>雇主在过去24个月内曾获批工作签证</translation>
    </message>
    <message>
        <source>Intra-company transfer</source>
        <translation>公司内部调职</translation>
    </message>
    <message>
        <source>Employer is outside Hong Kong</source>
        <translation>雇主在香港以外</translation>
    </message>
    <message>
        <source>Paid by commission</source>
        <translation>以佣金计算收入</translation>
    </message>
    <message>
        <source>Has an office in Hong Kong</source>
        <translation>在香港设有办公室</translation>
    </message>
    <message>
        <source>Degree verification was sent with the entry application</source>
        <translation>学位核实证明已随入境申请提交</translation>
    </message>
    <message>
        <source>Admitted under</source>
        <translation>获批类别</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>获批日期</translation>
    </message>
    <message>
        <source>Stay expires on</source>
        <translation>逗留期限届满日</translation>
    </message>
    <message>
        <source>First entry under the scheme</source>
        <translation>首次以计划入境日期</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>延期途径</translation>
    </message>
    <message>
        <source>Year of assessment</source>
        <translation>课税年度</translation>
    </message>
    <message>
        <source>Assessable income (HK$)</source>
        <translation>应评税入息（港币）</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>受雇</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Monthly pay (HK$)</source>
        <translation>月薪（港币）</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>合同开始</translation>
    </message>
    <message>
        <source>Contract to (empty: open-ended)</source>
        <translation>合同结束（留空：无固定期限）</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Turnover (HK$)</source>
        <translation>营业额（港币）</translation>
    </message>
    <message>
        <source>Capital invested (HK$)</source>
        <translation>投资资本（港币）</translation>
    </message>
    <message>
        <source>Local staff</source>
        <translation>本地雇员人数</translation>
    </message>
</context>
<context>
    <name>ExtensionView</name>
    <message>
        <source>You can apply on {day}.</source>
        <translation>你可于 {day} 申请。</translation>
    </message>
    <message>
        <source>You cannot apply on {day}.</source>
        <translation>你不可于 {day} 申请。</translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation>途径（{route}）：资料足以支持</translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation>途径（{route}）：未能判断</translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>可能获批期限：%n 年，至 {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict)</source>
        <translation>根据媒体报道的参考资料（请核实；并非判断结果）</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Applicant&apos;s facts</source>
        <translation>申请人资料</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Travel permit</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Permanent resident there</source>
        <translation>为当地永久居民</translation>
    </message>
    <message>
        <source>As the country of residence says</source>
        <translation>按居住国家判断</translation>
    </message>
    <message>
        <source>The Mainland</source>
        <translation>内地</translation>
    </message>
    <message>
        <source>Fill in from a passport or identity card…</source>
        <translation>从护照或身份证填写…</translation>
    </message>
    <message>
        <source>Reads the machine-readable zone of a photo or scan of the data page, on this computer; you confirm before anything is filled in.</source>
        <translation>在这台电脑上读取资料页照片或扫描件的机读区；填写前会先请你确认。</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
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
        <translation>现身在香港</translation>
    </message>
    <message>
        <source>Holds a Hong Kong identity card</source>
        <translation>持有香港身份证</translation>
    </message>
    <message>
        <source>Name differs between documents</source>
        <translation>各文件上的姓名不一致</translation>
    </message>
    <message>
        <source>Some documents are not in Chinese or English</source>
        <translation>部分文件不是中文或英文</translation>
    </message>
    <message>
        <source>Name (as in the passport)</source>
        <translation>姓名（与护照一致）</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Issued by (country)</source>
        <translation>签发国家</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>居住国家</translation>
    </message>
    <message>
        <source>Living there since</source>
        <translation>开始居住日期</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学位层次</translation>
    </message>
    <message>
        <source>Bachelor&apos;s</source>
        <translation>学士</translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation>硕士</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>HK full-time local programme</source>
        <translation>香港全日制本地课程</translation>
    </message>
    <message>
        <source>Honorary</source>
        <translation>荣誉学位</translation>
    </message>
    <message>
        <source>Continuing-education arm or branch</source>
        <translation>持续进修部门或分校</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自雇</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>薪金</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>股票期权</translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation>经营利润</translation>
    </message>
    <message>
        <source>Investment (never counts)</source>
        <translation>投资收入（不计算在内）</translation>
    </message>
    <message>
        <source>Shares held all year (business profit)</source>
        <translation>全年持有股份（业务利润）</translation>
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
        <translation>关系</translation>
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
        <translation>大学</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>颁授日期</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To (empty: still there)</source>
        <translation>至（留空：仍在职）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>HK$ per unit</source>
        <translation>每单位兑港币</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>现身在香港</translation>
    </message>
    <message>
        <source>As the applicant</source>
        <translation>与申请人相同</translation>
    </message>
    <message>
        <source>Entry application</source>
        <translation>入境申请</translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation>延长逗留</translation>
    </message>
    <message>
        <source>Kind of application</source>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation>学历</translation>
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
        <translation>汇率</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>受养人</translation>
    </message>
    <message>
        <source>Steps of the facts</source>
        <translation>资料填写步骤</translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation>申请所依据的类别</translation>
    </message>
    <message>
        <source>The app&apos;s suggestion</source>
        <translation>按本程序建议</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>类别 {category}</translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation>申请类别</translation>
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
        <translation>创建项目</translation>
    </message>
    <message>
        <source>New project: step {step} of {steps}, {title}</source>
        <translation>新建项目：第 {step} 步，共 {steps} 步（{title}）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>{table}, row {row}: {column}</source>
        <translation>{table}第 {row} 行：{column}</translation>
    </message>
    <message>
        <source>The data page of a passport or identity card</source>
        <translation>护照或身份证的资料页</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)</source>
        <translation>照片、扫描件及 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Reading the machine-readable zone of {name}…</source>
        <translation>正在读取 {name} 的机读区…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}); type the facts in instead.</source>
        <translation>护照读取功能无法在这台电脑上运行（{reason}）；请改为自行输入资料。</translation>
    </message>
    <message>
        <source>No machine-readable zone could be read with every check digit valid: try a sharper, flatter photo or scan of the data page, or type the facts in.</source>
        <translation>未能在所有校验位均正确的情况下读取机读区：请改用更清晰、更平整的资料页照片或扫描件，或自行输入资料。</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>姓名：{value}</translation>
    </message>
    <message>
        <source>Nationality: {value}</source>
        <translation>国籍：{value}</translation>
    </message>
    <message>
        <source>Date of birth: {value}</source>
        <translation>出生日期：{value}</translation>
    </message>
    <message>
        <source>Document number: {value}</source>
        <translation>证件号码：{value}</translation>
    </message>
    <message>
        <source>Issued by: {value}</source>
        <translation>签发国家或地区：{value}</translation>
    </message>
    <message>
        <source>Expires on: {value}</source>
        <translation>有效期至：{value}</translation>
    </message>
    <message>
        <source>Fill in from the travel document</source>
        <translation>从旅行证件填写</translation>
    </message>
    <message>
        <source>The machine-readable zone says (every check digit valid):</source>
        <translation>机读区显示（所有校验位均正确）：</translation>
    </message>
    <message>
        <source>Fill these facts in?</source>
        <translation>是否填入这些资料？</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date: write it as 2025-03-31, 2025年3月31日 or 31/3/2025, or pick it on the calendar.</source>
        <translation>{file}：{place}：{found} 不是日期：请写成 2025-03-31、2025年3月31日 或 31/3/2025，或在日历上选取。</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>转到该栏</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>Fees by the rules of {version}: HK${application} application fee (paid on submission, not refunded) and HK${visa} visa fee (paid on approval) per person, dependants included.</source>
        <translation>按{version}规则的收费：每人申请费港币{application}元（递交申请时缴付，不予退还）及签证费港币{visa}元（获批后缴付），受养人亦然。</translation>
    </message>
    <message numerus="yes">
        <source>Total for %n person(s): HK${total}</source>
        <translation>
            <numerusform>%n人合共：港币{total}元</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation>资料来源：{title} {url}（{checked}核对）</translation>
    </message>
    <message>
        <source>Verify: check the amounts on the Immigration Department&apos;s fee page before paying.</source>
        <translation>请核实：缴费前请在入境事务处收费网页核对金额。</translation>
    </message>
    <message>
        <source>The rules of {version} hold no fee figures: check the Immigration Department&apos;s page.</source>
        <translation>{version}规则没有收费数字：请查阅入境事务处网页。</translation>
    </message>
    <message>
        <source>Applicant {name}: HK${amount}</source>
        <translation>申请人 {name}：港币{amount}元</translation>
    </message>
    <message>
        <source>Spouse {name}: HK${amount}</source>
        <translation>配偶 {name}：港币{amount}元</translation>
    </message>
    <message>
        <source>Child {number} {name}: HK${amount}</source>
        <translation>子女 {number} {name}：港币{amount}元</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a PostScript/EPS file</source>
        <translation>PostScript/EPS 文件</translation>
    </message>
    <message>
        <source>an EPS file</source>
        <translation>EPS 文件</translation>
    </message>
    <message>
        <source>a Photoshop (PSD) file</source>
        <translation>Photoshop (PSD) 文件</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>旧版 Microsoft Office 文档</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>a Windows icon (ICO)</source>
        <translation>Windows 图标（ICO）</translation>
    </message>
    <message>
        <source>a JBIG2 image (a black-and-white scan format)</source>
        <translation>JBIG2 图像（一种黑白扫描格式）</translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation>JPEG XL 图像</translation>
    </message>
    <message>
        <source>a DjVu document</source>
        <translation>DjVu 文档</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>JPEG 2000 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a standard TIFF image</source>
        <translation>标准 TIFF 图像</translation>
    </message>
    <message>
        <source>a BigTIFF image</source>
        <translation>BigTIFF 图像</translation>
    </message>
    <message>
        <source>a TIFF image in Lab colour</source>
        <translation>Lab 色彩的 TIFF 图像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>AVIF 图像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a HEIC/HEIF photo</source>
        <translation>HEIC/HEIF 照片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>纯文本文件</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <source>a folder or a device</source>
        <translation>文件夹或设备</translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation>其他程序的数据库</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{name} is not a regular file ({what}): only files can be added.</source>
        <translation>{name} 不是普通文件（{what}）：只能添加文件。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} disappeared while it was being added (moved, renamed or deleted?). Add it again.</source>
        <translation>{name} 在添加过程中消失了（被移动、重命名或删除？）。请重新添加。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): the file was not saved or copied completely.</source>
        <translation>{name} 是空文件（0 字节）：文件未完整保存或复制。</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB, more than the {limit_mb} MB the app takes for one file.</source>
        <translation>{name} 有 {size_mb} MB，超过本程序单个文件上限 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>{name} looks like {looks_like}, which cannot be used: add a PDF or a picture (JPEG, PNG, TIFF, HEIC, AVIF, JPEG 2000, GIF, WebP).</source>
        <translation>{name} 看起来是 {looks_like}，无法使用：请添加 PDF 或图像（JPEG、PNG、TIFF、HEIC、AVIF、JPEG 2000、GIF、WebP）。</translation>
    </message>
    <message>
        <source>{name} is really {looks_like}, whatever its name says; it is handled as what it is.</source>
        <translation>{name} 实际上是 {looks_like}，与文件名不符；会按其实际类型处理。</translation>
    </message>
    <message>
        <source>{name} is the same file as {other}, already in the project.</source>
        <translation>{name} 与项目中已有的 {other} 是同一个文件。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({detail}). Export or scan it again.</source>
        <translation>{name} 已损坏，无法读取（{detail}）。请重新导出或扫描。</translation>
    </message>
    <message>
        <source>{name} needed too much memory to read and was stopped: it may be damaged or built to exhaust readers.</source>
        <translation>读取 {name} 需要过多内存，已停止：文件可能已损坏或被刻意设计成耗尽资源。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to check the file, or save an unprotected copy from the bank or tax website.</source>
        <translation>{name} 受密码保护。请输入密码以检查文件，或从银行或税务网站另存一份未加密的副本。</translation>
    </message>
    <message>
        <source>{name} carries restrictions (printing or copying); it opens without a password, and the dossier will include its pages.</source>
        <translation>{name} 设有限制（打印或复制）；文件无需密码即可打开，申请材料册会包含其页面。</translation>
    </message>
    <message>
        <source>{name} contains scripts; they are never run and are left out of the export.</source>
        <translation>{name} 含有脚本；这些脚本绝不会运行，导出时也会去除。</translation>
    </message>
    <message>
        <source>{name} has a damaged internal index; it was read anyway, but check every page looks right.</source>
        <translation>{name} 的内部索引已损坏；已尽量读取，请检查每一页是否正确。</translation>
    </message>
    <message>
        <source>{name} has a broken table of bookmarks (it loops back on itself); the pages are fine, and the bookmarks are left out of the export.</source>
        <translation>{name} 的书签目录已损坏（循环指向自身）；页面本身没有问题，导出时会去除这些书签。</translation>
    </message>
    <message>
        <source>{name}: these pages seem blank: {pages}.</source>
        <translation>{name}：以下页面似乎是空白的：{pages}。</translation>
    </message>
    <message>
        <source>{name} has files attached inside it that are locked with a password; the document itself opens without one. The attachments are left out of the export: add any you need separately.</source>
        <translation>{name} 内附的文件以密码锁定，文档本身无需密码即可打开。导出时会去除这些附件：如有需要，请另行添加。</translation>
    </message>
    <message>
        <source>{name} is an XFA form, which only Adobe Reader shows in full: the dossier can keep only what its PDF pages hold, which may be an empty page. Open it in Adobe Reader, print it to a new PDF and add that instead.</source>
        <translation>{name} 是 XFA 表格，只有 Adobe Reader 能完整显示：文件册只能保留其 PDF 页面的内容，可能只是一个空白页。请用 Adobe Reader 打开，打印为新的 PDF，再添加该文件。</translation>
    </message>
    <message>
        <source>{name} is {width} × {height} pixels, too large to open safely (no photo or scan needs so many); it was not opened. Save it at a smaller size.</source>
        <translation>{name} 有 {width} × {height} 像素，太大而无法安全打开（任何照片或扫描都不需要这么多像素）；文件未被打开。请以较小的尺寸保存。</translation>
    </message>
    <message>
        <source>{name} holds a picture of {width} × {height} pixels, too large to open safely (no scan needs so many); it was not added. Scan or save the document again at a normal resolution.</source>
        <translation>{name} 内含一张 {width} × {height} 像素的图像，太大而无法安全打开（任何扫描都不需要这么多像素）；文件未被添加。请以正常分辨率重新扫描或保存该文档。</translation>
    </message>
    <message>
        <source>{name} declares more pixels than the app can open safely; it was not opened. Save it at a smaller size.</source>
        <translation>{name} 声明的像素数超出本程序能安全打开的范围；文件未被打开。请以较小的尺寸保存。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, which upload forms and many viewers do not take; the app keeps a copy converted to {target}, and your file is left as it is.</source>
        <translation>{name} 是 {looks_like}，上传表格及许多阅读器都不接受；本程序保留一份已转换为 {target} 的副本，您的文件保持原样。</translation>
    </message>
    <message>
        <source>{name} is too small to read well: about {dpi} dpi on an A4 page, below the {min_dpi} dpi needed. Scan or photograph it closer.</source>
        <translation>{name} 分辨率太低，不易阅读：按 A4 页面计约 {dpi} dpi，低于所需的 {min_dpi} dpi。请重新扫描或拍得更近。</translation>
    </message>
    <message>
        <source>{name} looks blurred (sharpness {score}, below {threshold}). Take the photo again, holding still.</source>
        <translation>{name} 看起来模糊（清晰度 {score}，低于 {threshold}）。请拿稳相机重新拍摄。</translation>
    </message>
    <message>
        <source>{name} is too dark (brightness {score} of 255). Take the photo in better light.</source>
        <translation>{name} 太暗（亮度 {score}/255）。请在光线较好的地方拍摄。</translation>
    </message>
    <message>
        <source>{name} is washed out (brightness {score} of 255, little contrast). Avoid glare and direct flash.</source>
        <translation>{name} 过曝发白（亮度 {score}/255，对比度低）。请避免反光及直接使用闪光灯。</translation>
    </message>
    <message>
        <source>{name} is stored rotated; it is turned upright automatically.</source>
        <translation>{name} 以旋转方向存储；会自动转正。</translation>
    </message>
    <message>
        <source>{name} records where it was taken (GPS); the location is removed from everything the app exports.</source>
        <translation>{name} 记录了拍摄地点（GPS）；本程序导出的所有内容都会删除位置信息。</translation>
    </message>
    <message>
        <source>{name} uses print colours (CMYK); it is converted for the screen and the upload.</source>
        <translation>{name} 使用印刷色彩（CMYK）；会转换成适合屏幕及上传的色彩。</translation>
    </message>
    <message>
        <source>{name} has 16-bit colour; it is converted to 8-bit for the upload.</source>
        <translation>{name} 为 16 位色彩；上传时会转换为 8 位。</translation>
    </message>
    <message>
        <source>{name} expired on {expiry}, before the application date.</source>
        <translation>{name} 已于 {expiry} 到期，早于申请日期。</translation>
    </message>
    <message>
        <source>{name} covers {covered_start} to {covered_end}, but the job at {employer} is claimed from {start} to {end}.</source>
        <translation>{name} 涵盖 {covered_start} 至 {covered_end}，但申报在 {employer} 的工作期间为 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>{name} is not in Chinese or English: add a translation into one of them.</source>
        <translation>{name} 不是中文或英文：请添加中文或英文译本。</translation>
    </message>
    <message>
        <source>{item}: no file yet ({needed} needed).</source>
        <translation>{item}：尚无文件（需要 {needed} 个）。</translation>
    </message>
    <message numerus="yes">
        <source>{name} took too long to read (over %n second(s)) and was stopped: it may be damaged or built to hang readers.</source>
        <translation>
            <numerusform>读取 {name} 时间过长（超过 %n 秒），已停止：文件可能已损坏或被刻意设计成让阅读程序卡住。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n file(s) attached inside it; they are left out of the export. Add any you need separately.</source>
        <translation>
            <numerusform>{name} 内附 %n 个文件；导出时会去除。如有需要，请另行添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s): check that only the pages needed are included.</source>
        <translation>
            <numerusform>{name} 有 %n 页：请确认只包含所需页面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is a filled form (%n field(s)): the dossier keeps its pages as they look, not the field values, which can no longer be edited there.</source>
        <translation>
            <numerusform>{name} 是已填写的表格（%n 个字段）：文件册只保留页面的外观，不保留字段值，之后无法再在其中修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n filled form field(s) whose text is not drawn on the page (the form leaves that to the viewer): in the dossier they would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.</source>
        <translation>
            <numerusform>{name} 有 %n 个已填写的表格字段，其内容没有绘制在页面上（表格交由阅读器显示）：在文件册中会显示为空白。请打开文件，打印为新的 PDF（“打印为 PDF”），再添加该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is animated (%n frame(s)); only the first frame is used.</source>
        <translation>
            <numerusform>{name} 是动画（%n 帧）；只会使用第一帧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n page(s); each becomes a page of the dossier.</source>
        <translation>
            <numerusform>{name} 含有 %n 页；每页都会成为申请材料册的一页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} expires on {expiry}, within %n month(s) of the application: consider renewing it first.</source>
        <translation>
            <numerusform>{name} 于 {expiry} 到期，在申请后 %n 个月内：建议先行换领。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item}: %n file(s), but the upload takes at most {limit}: combine them into one PDF.</source>
        <translation>
            <numerusform>{item}：有 %n 个文件，但上传最多只接受 {limit} 个：请合并成一个 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <source>{item}: not ticked as done yet.</source>
        <translation>{item}：尚未勾选为已完成。</translation>
    </message>
    <message>
        <source>{item}: not answered yet. Answer it in the Eligibility tab or on the command line.</source>
        <translation>{item}：尚未回答。请在“申请资格”标签页或命令行回答。</translation>
    </message>
    <message>
        <source>{item}: record the online verification code (such as a CHSI code) in the file&apos;s details: the Immigration Department authenticates the degree online with it.</source>
        <translation>{item}：请在文件详情记录在线验证码（例如学信网验证码）：入境处会以此在网上认证学位。</translation>
    </message>
    <message>
        <source>{item}: answered {answer}; you declare it on the e-form itself, nothing is uploaded.</source>
        <translation>{item}：已回答“{answer}”；您须在电子表格内申报，无须上传文件。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone (the two or three lines of &lt;&lt;&lt; at the bottom) could not be read with every check digit valid. Scan or photograph the page again, flat, sharp and without glare.</source>
        <translation>{name}：未能在所有校验位均正确的情况下读取其机读区（底部带有 &lt;&lt;&lt; 的两行或三行）。请重新扫描或拍摄该页，保持平整、清晰、不反光。</translation>
    </message>
    <message>
        <source>{name}: no machine-readable zone was found on it. Is it the page with the personal particulars, with the lines of &lt;&lt;&lt; at the bottom, in full?</source>
        <translation>{name}：未找到机读区。这是否完整的个人资料页（底部有 &lt;&lt;&lt; 的几行）？</translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}): compare the travel documents with the facts by eye. Everything else works.</source>
        <translation>护照读取功能无法在这台电脑上运行（{reason}）：请亲自核对旅行证件与所填资料。其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, but the facts say {facts_name}. Spell the name as the travel document does.</source>
        <translation>{name}：机读区中的姓名为 {mrz_name}，但所填资料为 {facts_name}。请按旅行证件的拼写填写姓名。</translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, not {facts_name}; as the name was changed, add the proof of the change of name ({item}).</source>
        <translation>{name}：机读区中的姓名为 {mrz_name}，而非 {facts_name}；由于曾更改姓名，请加入更改姓名的证明（{item}）。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the nationality {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：机读区中的国籍为 {mrz_value}，但所填资料为 {facts_value}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone says it was issued by {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：机读区显示签发国家或地区为 {mrz_value}，但所填资料为 {facts_value}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the date of birth {mrz_date}, but the facts say {facts_date}.</source>
        <translation>{name}：机读区中的出生日期为 {mrz_date}，但所填资料为 {facts_date}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the expiry date {mrz_date}, but the facts say {facts_date}.</source>
        <translation>{name}：机读区中的有效期至 {mrz_date}，但所填资料为 {facts_date}。</translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the document number {mrz_value}, but the facts say {facts_value}.</source>
        <translation>{name}：机读区中的证件号码为 {mrz_value}，但所填资料为 {facts_value}。</translation>
    </message>
    <message>
        <source>{name} expired on {expiry} (by its machine-readable zone), before the application date: renew it before applying.</source>
        <translation>{name} 已于 {expiry} 到期（按机读区），早于申请日期：请先换发再申请。</translation>
    </message>
    <message>
        <source>{name} expires on {expiry}, before the end of the {months}-month stay that category {category} would grant (about {stay_end}, counted from the application date): consider renewing it before applying.</source>
        <translation>{name} 于 {expiry} 到期，早于类别 {category} 所给予的 {months} 个月逗留期结束（从申请日期起算，约为 {stay_end}）：请考虑先换发再申请。</translation>
    </message>
    <message>
        <source>The project file is damaged ({what}: {detail}). Restore a backup (ttps-desktop restore PROJECT) before exporting.</source>
        <translation>项目文件已损坏（{what}：{detail}）。导出前请恢复备份（ttps-desktop restore PROJECT）。</translation>
    </message>
    <message>
        <source>{file} is {size_kb} KB even at the lowest acceptable quality, over the {limit_kb} KB the upload takes: split it, or scan those pages in black and white.</source>
        <translation>{file} 即使降至最低可接受质量仍有 {size_kb} KB，超过上传上限 {limit_kb} KB：请拆分文件，或以黑白扫描这些页面。</translation>
    </message>
    <message>
        <source>{name} is a PDF, but {item} takes only: {accepted}. Add a photo or scan in one of those types.</source>
        <translation>{name} 是 PDF，但“{item}”只接受：{accepted}。请添加这些格式的照片或扫描件。</translation>
    </message>
    <message>
        <source>{item} takes {limit} file(s); only the first were packed. Leave out or combine the rest.</source>
        <translation>“{item}”只接受 {limit} 个文件；只打包了最前面的文件。请删去或合并其余文件。</translation>
    </message>
    <message>
        <source>{file} ({name}) could not be included in the export: {reason}. The dossier has a page saying so in its place. Add the document again in another form (a new scan, or a PDF printed from it).</source>
        <translation>{file}（{name}）未能收录于导出：{reason}。材料册在其位置有一页说明。请以另一种形式重新添加这份文件（重新扫描，或由它打印成 PDF）。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only: {accepted}.</source>
        <translation>{name} 是 {looks_like}，但“{item}”只接受：{accepted}。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images. It can be added converted to JPEG (a PDF one page at a time); the original file stays as it is.</source>
        <translation>{name} 是 {looks_like}，但“{item}”只接受 JPEG 图像。可把它转换为 JPEG 后添加（PDF 每次一页）；原文件保持不变。</translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images: the upload cannot carry it. Convert it to JPEG: in the window, open this problem and choose Convert to JPEG; on the command line: ttps-desktop convert PROJECT --requirement {item_id} [--page N].</source>
        <translation>{name} 是 {looks_like}，但“{item}”只接受 JPEG 图像：上传时无法附上。请把它转换为 JPEG：在窗口中，打开这个问题并选择“转换为 JPEG”；在命令行：ttps-desktop convert PROJECT --requirement {item_id} [--page N]。</translation>
    </message>
    <message>
        <source>There is no page {page} in {name}: give a page from 1 to {pages}.</source>
        <translation>{name} 没有第 {page} 页：请指定第 1 至 {pages} 页。</translation>
    </message>
    <message>
        <source>{name} could not be converted to JPEG: its page could not be drawn.</source>
        <translation>{name} 无法转换为 JPEG：无法绘出该页。</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which findings to show</source>
        <translation>要显示的检查结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>问题及警告</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示问题</translation>
    </message>
</context>
<context>
    <name>IncomeChart</name>
    <message>
        <source>The year counted for category {category}: {start} to {end}</source>
        <translation>{category} 类计算收入的一年：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Threshold: {amount}</source>
        <translation>门槛：{amount}</translation>
    </message>
    <message>
        <source>{number}. {kind} ({amount} {currency})</source>
        <translation>{number}. {kind}（{amount} {currency}）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>No income entered</source>
        <translation>未填写收入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计算</translation>
    </message>
    <message>
        <source>HK$ in the year counted</source>
        <translation>计算的一年内的港元收入</translation>
    </message>
    <message>
        <source>Income against the threshold</source>
        <translation>收入与门槛比较</translation>
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
        <translation>津贴</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>股票期权</translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation>经营利润</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
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
        <translation>对象</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a decimal number written as text</source>
        <translation>用引号写成文字的数字</translation>
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
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>KeyDates</name>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation>资料来源：{title} {url}（{checked}核对）</translation>
    </message>
    <message>
        <source>Verify: the source is not an official page.</source>
        <translation>请核实：资料来源并非官方网页。</translation>
    </message>
    <message>
        <source>TTPS key dates: {name}</source>
        <translation>高才通重要日期：{name}</translation>
    </message>
    <message>
        <source>Stay granted would end (about)</source>
        <translation>获批逗留期限约于此日届满</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>护照到期</translation>
    </message>
    <message>
        <source>Extension: application window opens</source>
        <translation>延期：开始接受申请</translation>
    </message>
    <message>
        <source>Extension: window under the standing 4-week rule</source>
        <translation>延期：按一般4周规定开始申请</translation>
    </message>
    <message>
        <source>Stay expires</source>
        <translation>逗留期限届满</translation>
    </message>
    <message>
        <source>Extended stay would end (likely)</source>
        <translation>延长逗留期限（可能）届满</translation>
    </message>
    <message>
        <source>2 years under the scheme</source>
        <translation>在计划下逗留满2年</translation>
    </message>
    <message>
        <source>7 years of ordinary residence</source>
        <translation>通常居港满7年</translation>
    </message>
    <message>
        <source>Category {category} grants an initial stay of {months} months; counted from the application date {day}, it would end about {end} (the stay runs from approval, usually some weeks later).</source>
        <translation>{category} 类获批初始逗留 {months} 个月；由申请日期 {day} 起计，约于 {end} 届满（逗留期由获批日起计，通常再晚数周）。</translation>
    </message>
    <message>
        <source>The travel document should be valid for the whole period you intend to stay.</source>
        <translation>旅行证件的有效期应涵盖整个拟逗留期间。</translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, inside the stay that would end about {end}: renew it first.</source>
        <translation>警告：护照于 {expiry} 到期，早于约在 {end} 届满的逗留期限：请先续领护照。</translation>
    </message>
    <message>
        <source>From this day you can apply to extend (the rules of {version}), while in Hong Kong.</source>
        <translation>由此日起，你可在香港境内申请延期（按 {version} 版规则）。</translation>
    </message>
    <message>
        <source>The standing rule: {weeks} weeks before the stay expires. The GovHK e-service page still says it is not for stays with more weeks left.</source>
        <translation>一般规定：逗留期限届满前 {weeks} 周。GovHK 电子服务网页仍表示不适用于尚余更多周数的逗留期限。</translation>
    </message>
    <message>
        <source>The last day of the stay held now (category {category}); apply by then.</source>
        <translation>现时逗留期限的最后一天（{category} 类）；请在此之前申请。</translation>
    </message>
    <message>
        <source>The likely end of the extended stay: {years} years or to the contract&apos;s end.</source>
        <translation>延长逗留的可能届满日：{years} 年或至合同结束。</translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, before the extended stay would end on {end}: renew it in time.</source>
        <translation>警告：护照于 {expiry} 到期，早于延长逗留于 {end} 届满：请及时续领。</translation>
    </message>
    <message>
        <source>Keep the passport valid for the extended stay.</source>
        <translation>请确保护照在延长逗留期间有效。</translation>
    </message>
    <message>
        <source>From this day you have been {years} years under the scheme (since {since}): with assessable income of HK${threshold} or more in the previous year of assessment, the extension can be {long} years.</source>
        <translation>由此日起你已在计划下逗留 {years} 年（自 {since} 起）：如上一个课税年度的应评税入息达港币 {threshold} 元或以上，延期可达 {long} 年。</translation>
    </message>
    <message>
        <source>{years} years after the first entry on {since}: permanent residence may follow {years} years of continuous ordinary residence (the general rule; verify your own case).</source>
        <translation>自 {since} 首次入境起计 {years} 年：连续通常居港 {years} 年后或可取得永久居民身份（一般规定；请按个人情况核实）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Spouse: {name}</source>
        <translation>配偶：{name}</translation>
    </message>
    <message>
        <source>Child {number}: {name}</source>
        <translation>子女 {number}：{name}</translation>
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
        <source>Eligibility</source>
        <translation>申请资格</translation>
    </message>
    <message>
        <source>Work timeline</source>
        <translation>工作时间线</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Views of the project</source>
        <translation>项目的各个视图</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>检查结果（{count}）</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>悬浮</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the findings</source>
        <translation>把检查结果拆出为独立窗口，或放回原位</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Closes the findings</source>
        <translation>关闭检查结果</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已齐备</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>尚未齐备</translation>
    </message>
    <message>
        <source>{state}. Saved automatically; everything stays on this computer.</source>
        <translation>{state}。已自动保存；所有资料只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ 已于 {time} 保存</translation>
    </message>
    <message>
        <source>This is the demo project: an invented applicant with made-up documents, to try everything safely. Your own application starts with a new project.</source>
        <translation>这是示例项目：申请人及文件均为虚构，可放心试用所有功能。要准备您自己的申请，请新建项目。</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>导出重要日期</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Key dates written to {path}</source>
        <translation>重要日期已写入 {path}</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add Files to Selected Item…</source>
        <translation>添加文件到所选项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Da&amp;tes…</source>
        <translation>导出日期(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print Checklist…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note for the Selected Item…</source>
        <translation>所选项目的备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;Facts…</source>
        <translation>申请人资料(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;What Changed in the Rules</source>
        <translation>规则有何变化(&amp;W)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>新申请人</translation>
    </message>
    <message>
        <source>Save the new project</source>
        <translation>保存新项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>你的备注：{note}</translation>
    </message>
    <message>
        <source>TTPS projects (*{ext})</source>
        <translation>TTPS 项目 (*{ext})</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已保存到 {path}</translation>
    </message>
    <message>
        <source>Select a checklist item first, then add its files.</source>
        <translation>请先选择清单项目，再添加其文件。</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>This is a question of the e-form: answer it on the Eligibility tab; it takes no files.</source>
        <translation>这是电子表格的问题：请在“申请资格”标签页回答；无须上传文件。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合大小</translation>
    </message>
    <message>
        <source>Fit the page to the pane</source>
        <translation>使页面适合窗格大小</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>选择一个文件，即可在此预览。</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>This file cannot be shown. It is kept and exported as it is.</source>
        <translation>无法显示此文件。文件仍会保留，并按原样导出。</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Please wait: the previous files are still being checked.</source>
        <translation>请稍候：仍在检查之前的文件。</translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个文件中的 {added} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in this item.</source>
        <translation>
            <numerusform>%n 个文件已在此项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {name}, converted to JPEG from {original}.</source>
        <translation>已添加 {name}，由 {original} 转换为 JPEG。</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>受密码保护的 PDF</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to keep an unprotected copy in this project (the original file stays as it is). Cancel to leave it out.</source>
        <translation>{name} 受密码保护。输入密码即会在此项目中保存一份未加密的副本（原文件保持不变）。点取消则不添加。</translation>
    </message>
    <message>
        <source>Wrong password for {name}: nothing was added.</source>
        <translation>{name} 的密码不正确：没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Nationality not given: it decides whether you may apply at all.</source>
        <translation>未填写国籍：国籍决定您是否可以申请。</translation>
    </message>
    <message>
        <source>Nationals of {nationality} may not apply under the scheme.</source>
        <translation>{nationality} 国民不可根据本计划申请。</translation>
    </message>
    <message>
        <source>Nationality {nationality} is not among those excluded from the scheme.</source>
        <translation>国籍 {nationality} 不在计划不接受申请的国籍之列。</translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport living overseas, you qualify through permanent residence in {country}.</source>
        <translation>您是持中国护照并居住在海外的中国籍人士，因已取得 {country} 的永久居留身份而符合要求。</translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport, you have lived overseas since {since}, at least one year before applying (from {required_since}); you must apply from overseas.</source>
        <translation>您是持中国护照的中国籍人士，自 {since} 起居住在海外，已达申请前至少一年（须在 {required_since} 或之前开始）；您须在海外提出申请。</translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying; you have lived overseas since {since}, which is after {required_since}.</source>
        <translation>持中国护照居住在海外的中国籍人士，须已取得当地永久居留身份，或紧接申请前已在海外居住一年；您自 {since} 起居住在海外，晚于 {required_since}。</translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying: give the date you started living in {country} or say whether you are a permanent resident.</source>
        <translation>持中国护照居住在海外的中国籍人士，须已取得当地永久居留身份，或紧接申请前已在海外居住一年：请填写您开始在 {country} 居住的日期，或注明您是否为永久居民。</translation>
    </message>
    <message>
        <source>Verify: no official page confirms when nationals of Laos, Nepal and Vietnam stopped being excluded. The app treats them as excluded for applications before 1 January 2024 and not from then on (the 2023 Policy Address opened the talent schemes to them).</source>
        <translation>请核实：没有官方网页确认老挝、尼泊尔及越南国民何时不再被排除。本程序把2024年1月1日前的申请视为不合资格，该日起则不然（2023年施政报告已向他们开放人才计划）。</translation>
    </message>
    <message>
        <source>The year counted for income runs from {window_start} to {window_end}, the 12 months before the application date. An income item whose period ends in it counts in full; a longer or unfinished period counts for its days inside it.</source>
        <translation>计算收入的年度为 {window_start} 至 {window_end}，即申请日期前12个月。期间在此年度内结束的收入项目全数计算；较长或尚未结束的期间只按其在年度内的天数计算。</translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, at least the HK${threshold_hkd} required.</source>
        <translation>该年度收入合计港币 {total_hkd} 元，达到所需的港币 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, below the HK${threshold_hkd} required.</source>
        <translation>该年度收入合计港币 {total_hkd} 元，低于所需的港币 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>No income entered for that year: HK${threshold_hkd} is required.</source>
        <translation>该年度未输入收入：所需收入为港币 {threshold_hkd} 元。</translation>
    </message>
    <message>
        <source>{kind} income of {amount} {currency} does not count: income from personal investments is excluded.</source>
        <translation>{kind}收入 {amount} {currency} 不计算在内：个人投资收入不包括在内。</translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} falls outside the year counted.</source>
        <translation>{period_start} 至 {period_end} 的{kind}收入不在计算年度内。</translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} counts for the {counted_days} of its {period_days} days inside the year: HK${counted_hkd}.</source>
        <translation>{period_start} 至 {period_end} 的{kind}收入，按其 {period_days} 天中在年度内的 {counted_days} 天计算：港币 {counted_hkd} 元。</translation>
    </message>
    <message>
        <source>Income item {number}: the period ends ({period_end}) before it starts ({period_start}). Correct it to include this income.</source>
        <translation>收入项目 {number}：结束日期（{period_end}）早于开始日期（{period_start}）。请更正，以便计算此收入。</translation>
    </message>
    <message>
        <source>No exchange rate recorded for {currency}: add the rate, its date and its source to convert this income into Hong Kong dollars.</source>
        <translation>未记录 {currency} 的汇率：请添加汇率、其日期及来源，以便将此收入折算为港币。</translation>
    </message>
    <message>
        <source>1 {currency} = HK${rate} (rate of {date}, source: {source}).</source>
        <translation>1 {currency} = 港币 {rate} 元（{date} 的汇率，来源：{source}）。</translation>
    </message>
    <message>
        <source>Business profit for {period_start} to {period_end} counts: you held the company&apos;s shares throughout the year (IMMD note 1).</source>
        <translation>{period_start}至{period_end}的业务利润计算在内：您全年持有该公司股份（入境处附注1）。</translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} does not count: profit from your own company counts only if you held its shares throughout the tax year before the application (IMMD note 1).</source>
        <translation>{period_start}至{period_end}的业务利润 {amount} {currency} 不计算在内：自营公司的利润只在您于申请前的课税年度内一直持有其股份时才计算（入境处附注1）。</translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} counts only if you held the company&apos;s shares throughout the tax year before the application (IMMD note 1): say whether you did.</source>
        <translation>{period_start}至{period_end}的业务利润 {amount} {currency} 只在您于申请前的课税年度内一直持有该公司股份时才计算（入境处附注1）：请注明是否如此。</translation>
    </message>
    <message>
        <source>{institution} is on the eligible-university list dated {list_date} (as {listed_name}).</source>
        <translation>{institution} 列于 {list_date} 的合资格大学名单（名称为 {listed_name}）。</translation>
    </message>
    <message>
        <source>{institution} was not found in the eligible-university list dated {list_date}. This does not mean it is ineligible: check the spelling or the current official list.</source>
        <translation>在 {list_date} 的合资格大学名单中未找到 {institution}。这不代表不合资格：请检查拼写或最新的官方名单。</translation>
    </message>
    <message>
        <source>A bachelor&apos;s degree from an eligible university is required, and none is given.</source>
        <translation>须持有合资格大学颁授的学士学位，但未填写。</translation>
    </message>
    <message>
        <source>The {level} degree from {institution} is not a bachelor&apos;s degree, which is what this category requires.</source>
        <translation>{institution} 的{level}学位不是学士学位，而此类别要求学士学位。</translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded on {awarded}, before {earliest}: this category needs one awarded within the 5 years before the application.</source>
        <translation>{institution} 的学位于 {awarded} 颁授，早于 {earliest}：此类别要求学位在申请前五年内颁授。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: non-local graduates of such programmes apply under IANG, not category C.</source>
        <translation>{institution} 的学位来自香港全日制经本地评审课程：这类课程的非本地毕业生应申请“非本地毕业生留港/回港就业安排”，而非C类。</translation>
    </message>
    <message>
        <source>The degree from {institution} is dated {awarded}, after the application date. Correct the date.</source>
        <translation>{institution} 的学位日期为 {awarded}，晚于申请日期。请更正日期。</translation>
    </message>
    <message>
        <source>The {level} degree from {institution} was taken into account but does not help: only a bachelor&apos;s degree counts, and a master&apos;s or doctorate does not make up for a bachelor&apos;s degree from a university that is not eligible (IMMD note 2).</source>
        <translation>已考虑{institution}颁授的{level}学位，但对申请无帮助：只计学士学位，硕士或博士学位不能弥补并非由合资格大学颁授的学士学位（入境处附注2）。</translation>
    </message>
    <message>
        <source>The bachelor&apos;s degree from {institution} is honorary: honorary degrees are not accepted (IMMD note 2).</source>
        <translation>{institution}颁授的学士学位属荣誉学位：荣誉学位不获接纳（入境处附注2）。</translation>
    </message>
    <message>
        <source>The degree must be verified by a third-party credential verification organisation or the awarding institution, with what the Immigration Department needs to check it online (such as a CHSI verification code) (IMMD note 3).</source>
        <translation>学位须由第三方学历核实机构或颁授院校核实，并提供入境处网上认证所需资料（例如学信网验证码）（入境处附注3）。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a continuing or professional education arm, branch, extension or subsidiary school of the university: such degrees are not accepted (IMMD note 4).</source>
        <translation>{institution}的学位由该大学的持续及专业教育部门、分校、校外进修学院或附属学院颁授：此类学位不获接纳（入境处附注4）。</translation>
    </message>
    <message>
        <source>{institution} ({listed_name}) was removed from the eligible-university list on {removed_on}; the list dated {list_date}, in force on the application date, no longer holds it.</source>
        <translation>{institution}（{listed_name}）已于{removed_on}从合资格大学名单删除；申请日期适用的{list_date}名单不再包括该校。</translation>
    </message>
    <message>
        <source>Graduated in {year}: for an application in {application_year}, the five years are counted by year of graduation, {earliest_year} to {application_year} (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation>于{year}年毕业：{application_year}年的申请按毕业年份计算五年，即{earliest_year}年至{application_year}年（入境处附注6；请核实：确切年份范围为本程序对附注的理解）。</translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded in {year}: for an application in {application_year}, category C needs one awarded in {earliest_year} or later, counted by year of graduation (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation>{institution}的学位于{year}年颁授：{application_year}年的C类申请须于{earliest_year}年或以后获颁学位，按毕业年份计算（入境处附注6；请核实：确切年份范围为本程序对附注的理解）。</translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: category C does not apply to non-local students, that is those who studied on a student visa (IMMD note 7); they use IANG.</source>
        <translation>{institution}的学位来自香港全日制经本地评审课程：C类不适用于非本地学生，即持学生签证来港就读者（入境处附注7）；他们应申请IANG。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, at least the {required_days} days of {years} years.</source>
        <translation>{window_start} 至 {window_end} 期间的工作经验合计 {days} 天，达到 {years} 年所需的 {required_days} 天。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, short of the {required_days} days of {years} years.</source>
        <translation>{window_start} 至 {window_end} 期间的工作经验合计 {days} 天，不足 {years} 年所需的 {required_days} 天。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, less than {years} years ({required_days} days).</source>
        <translation>{window_start} 至 {window_end} 期间的工作经验合计 {days} 天，少于 {years} 年（{required_days} 天）。</translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, {years} years ({required_days} days) or more: this category is for less than {years} years.</source>
        <translation>{window_start} 至 {window_end} 期间的工作经验合计 {days} 天，达 {years} 年（{required_days} 天）或以上：此类别只适用于工作经验少于 {years} 年的人士。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}): it ends ({end}) before it starts ({start}). Correct it to count this experience.</source>
        <translation>工作 {number}（{employer}）：结束日期（{end}）早于开始日期（{start}）。请更正，以便计算此工作经验。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) starts on {start}, after the application date: it does not count.</source>
        <translation>工作 {number}（{employer}）于 {start} 开始，晚于申请日期：不予计算。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) is part-time and was counted like full-time work: check how the Immigration Department counts it.</source>
        <translation>工作 {number}（{employer}）属兼职，已按全职计算：请向入境事务处确认如何计算。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}) does not count: it is part-time, and only full-time employment or self-employment counts (IMMD note 5).</source>
        <translation>工作{number}（{employer}）不计算在内：属兼职，只计全职受雇或自雇（入境处附注5）。</translation>
    </message>
    <message>
        <source>Job {number} ({employer}): its {days} days before your bachelor&apos;s degree was awarded on {awarded} do not count; only experience after graduation counts (IMMD note 5).</source>
        <translation>工作{number}（{employer}）：在您于{awarded}获颁学士学位前的{days}天不计算在内；只计毕业后的经验（入境处附注5）。</translation>
    </message>
    <message>
        <source>Category C is subject to an annual quota, allotted first come first served; the Immigration Department gives no figure.</source>
        <translation>C类须受每年配额限制，先到先得；入境处未有公布配额数字。</translation>
    </message>
    <message>
        <source>Category C has an annual quota of {quota} places, allotted first come first served.</source>
        <translation>C类每年配额 {quota} 个，先到先得。</translation>
    </message>
    <message>
        <source>No travel document given: every applicant needs a valid one.</source>
        <translation>未填写旅行证件：每位申请人都须持有有效旅行证件。</translation>
    </message>
    <message>
        <source>The travel document expired on {expiry}, before the application date: renew it first.</source>
        <translation>旅行证件已于 {expiry} 到期，早于申请日期：请先换领。</translation>
    </message>
    <message>
        <source>The travel document expires on {expiry}, within {months} months of the application: a longer validity avoids a shorter stay.</source>
        <translation>旅行证件于 {expiry} 到期，在申请后 {months} 个月内：证件有效期较长可避免获批的逗留期较短。</translation>
    </message>
    <message>
        <source>{name} is 18 or older on the application date (born {birth_date}) and cannot come as a dependant child.</source>
        <translation>{name} 在申请日期已年满18岁（出生日期 {birth_date}），不能以受养子女身份随行。</translation>
    </message>
    <message>
        <source>{name} is married and cannot come as a dependant child: children must be unmarried.</source>
        <translation>{name} 已婚，不能以受养子女身份随行：子女须未婚。</translation>
    </message>
    <message>
        <source>Give {name}&apos;s date of birth: dependant children must be under 18.</source>
        <translation>请填写 {name} 的出生日期：受养子女须未满18岁。</translation>
    </message>
    <message>
        <source>Only one spouse can come as a dependant; {name} was left out.</source>
        <translation>只可有一名配偶以受养人身份随行；{name} 未被计算在内。</translation>
    </message>
    <message>
        <source>{name} is a national of {nationality}: the scheme&apos;s dependant arrangements do not apply to nationals of {nationality}.</source>
        <translation>{name}为{nationality}国民：计划的受养人安排不适用于{nationality}国民。</translation>
    </message>
    <message>
        <source>Every applicant needs this.</source>
        <translation>所有申请人都需要。</translation>
    </message>
    <message>
        <source>Needed for every dependant who comes with you.</source>
        <translation>每位随行受养人都需要。</translation>
    </message>
    <message>
        <source>Needed for category {category}.</source>
        <translation>{category}类需要。</translation>
    </message>
    <message>
        <source>Needed because {situation}.</source>
        <translation>需要，因为{situation}。</translation>
    </message>
    <message>
        <source>Not needed for category {category}.</source>
        <translation>{category}类不需要。</translation>
    </message>
    <message>
        <source>Only needed if {situation}.</source>
        <translation>只在{situation}时需要。</translation>
    </message>
    <message>
        <source>Not required: add it if it applies to you.</source>
        <translation>非必需：如适用，请添加。</translation>
    </message>
    <message>
        <source>Not required for category {category}: add it if you have it.</source>
        <translation>{category}类非必需：如有，请添加。</translation>
    </message>
    <message>
        <source>Depends on the category, which is not chosen yet.</source>
        <translation>视类别而定，尚未选定类别。</translation>
    </message>
    <message>
        <source>Checked against the rules of {version}; newer rules ({newer_version}, in force from {effective}) exist.</source>
        <translation>已按 {version} 版规则评估；另有较新的规则（{newer_version}，{effective} 起生效）。</translation>
    </message>
    <message>
        <source>Under the newer rules, category {category} would be {new} instead of {old}.</source>
        <translation>按较新的规则，{category}类的结果会是“{new}”，而非“{old}”。</translation>
    </message>
    <message>
        <source>Under the newer rules, the initial stay for category {category} would be {new} months instead of {old}.</source>
        <translation>按较新的规则，{category}类的首次逗留期限会是 {new} 个月，而非 {old} 个月。</translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would also need: {requirement}.</source>
        <translation>按较新的规则，材料清单还需要：{requirement}。</translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would no longer need: {requirement}.</source>
        <translation>按较新的规则，材料清单不再需要：{requirement}。</translation>
    </message>
    <message>
        <source>Your university, {institution}, was removed from the eligible-university list on {date}: for an application from that day it no longer counts.</source>
        <translation>您的大学{institution}已于{date}从合资格大学名单删除：该日起的申请不再计算该校。</translation>
    </message>
    <message>
        <source>Your university, {institution}, is on the eligible-university list from {date}: for an application from that day it counts.</source>
        <translation>您的大学{institution}由{date}起列入合资格大学名单：该日起的申请会计算该校。</translation>
    </message>
    <message>
        <source>Under the newer rules, each person pays HK${per_person} (application HK${application} and visa HK${visa}): HK${total} for {people} people.</source>
        <translation>按较新规则，每人须缴港币{per_person}元（申请费港币{application}元及签证费港币{visa}元）：{people}人合共港币{total}元。</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>employment</source>
        <translation>受雇</translation>
    </message>
    <message>
        <source>business</source>
        <translation>业务</translation>
    </message>
</context>
<context>
    <name>RuleChangesWindow</name>
    <message>
        <source>What Changed in the Rules</source>
        <translation>规则有何变化</translation>
    </message>
    <message>
        <source>Changes of the rules, newest first</source>
        <translation>规则的变化（最新的排在最前）</translation>
    </message>
    <message>
        <source>The rules the app checks against, version by version, newest first: what changed, from when, and the source. The version in force on the application date decides.</source>
        <translation>本程序据以检查的规则，按版本从新到旧列出：改了什么、从何时起生效以及来源。以申请当天生效的版本为准。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>{title} (version {version}, in force from {date})</source>
        <translation>{title}（版本 {version}，自{date}起生效）</translation>
    </message>
    <message>
        <source>{heading}: in force today</source>
        <translation>{heading}：现行有效</translation>
    </message>
    <message>
        <source>From {date}:</source>
        <translation>自{date}起：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation>上传规格</translation>
    </message>
    <message>
        <source>The upload profile sets the file sizes and types the checks and the submission pack follow. Colours follow your system&apos;s light or dark theme.</source>
        <translation>上传规格决定检查及提交包所遵循的文件大小和类型。颜色跟随系统的浅色或深色主题。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Work experience timeline</source>
        <translation>工作经验时间线</translation>
    </message>
    <message numerus="yes">
        <source>The %n year(s) before the application: {start} to {end}</source>
        <translation>
            <numerusform>申请前的 %n 年：{start} 至 {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before the application: {date}</source>
        <translation>
            <numerusform>申请前 %n 年：{date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) counted, {required} needed for category {category}</source>
        <translation>
            <numerusform>已计 %n 天，{category}类需要 {required} 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of work in the window {start} to {end}. Jobs: {jobs}</source>
        <translation>
            <numerusform>{start} 至 {end} 期间共 %n 天工作经验。工作：{jobs}</numerusform>
        </translation>
    </message>
    <message>
        <source>Application date: {date}</source>
        <translation>申请日期：{date}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计算</translation>
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
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation>要在指南中查找的字词</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>指南目录</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>eligible</source>
        <translation>符合资格</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>无法确定</translation>
    </message>
</context>
<context>
    <name>VerdictsView</name>
    <message>
        <source>Eligibility</source>
        <translation>申请资格</translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation>另请留意</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Rules {version}, in force from {date}.</source>
        <translation>规则版本 {version}，自 {date} 起生效。</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}：{verdict}</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>于 {date} 核对</translation>
    </message>
</context>
</TS>
