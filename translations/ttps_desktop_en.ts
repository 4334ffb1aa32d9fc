<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares a complete application for Hong Kong&apos;s Top Talent Pass Scheme: which category fits, which documents are needed, what is missing or unreadable, and a tidy PDF dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works entirely offline: nothing you add ever leaves this computer. Rules are our reading of public sources; check them against the Immigration Department&apos;s pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from announced changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From {date}: %n institution(s) ({status})</source>
        <translation>
            <numerusform>From {date}: %n institution ({status})</numerusform>
            <numerusform>From {date}: %n institutions ({status})</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No display found, so the window cannot open. Start the app from a desktop session, or run it with QT_QPA_PLATFORM=offscreen for a headless check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPreview</name>
    <message>
        <source>Preview of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>&amp;Remove from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {state}, {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected error: {error}. Run again with --debug for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo applicant written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds a demo project ({path}): give another folder with --out, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme eligibility: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date {date}; rules of {version} (in force from {effective})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: {name}, initial stay {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category is eligible on these facts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to gather for category {category}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents every applicant gathers (choose a category for the rest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>University list dated {date} (%n institution(s), {origin}).</source>
        <translation>
            <numerusform>University list dated {date} (%n institution, {origin}).</numerusform>
            <numerusform>University list dated {date} (%n institutions, {origin}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n institution(s) as the list dated {date}: {path}</source>
        <translation>
            <numerusform>Imported %n institution as the list dated {date}: {path}</numerusform>
            <numerusform>Imported %n institutions as the list dated {date}: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Key dates (today is {today}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}  {title}{verify}: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n event(s), reminders {weeks} weeks before)</source>
        <translation>
            <numerusform>Calendar written: {path} (%n event, reminders {weeks} weeks before)</numerusform>
            <numerusform>Calendar written: {path} (%n events, reminders {weeks} weeks before)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension of stay: {name}, admitted under category {category}; application date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date} you can apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date} you cannot apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>Likely length: %n year, to {until}</numerusform>
            <numerusform>Likely length: %n years, to {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know (marked * where we could not confirm it on an official page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: on the list dated {date} as {listed} ({country}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not found in the list dated {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {listed} was removed from the list on {removed_on}; the list dated {date} no longer holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Did you mean: {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in {name}: {question} = {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of {name} were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {path} ({size} KB, saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name} from {backup}. The version it replaced is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} to {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added: {name} is already in {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Give its password in a file with --password-file F (the file&apos;s first line is the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add it as a JPEG with --convert-to-jpeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add one of its pages as a JPEG with --convert-to-jpeg --page N (N from 1 to {pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} to {item}: a JPEG made from {original}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: the password in {file} does not open {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every required document is in and nothing blocks the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet: {problems}, {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {title} [{id}]: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted {name} to {new} in {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to convert: every file of {item} is a JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {id}: {title} ({need})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question of the e-form: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files with: ttps-desktop import PROJECT FILE... --requirement ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {title} [{id}]: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>{added} of %n file added.</numerusform>
            <numerusform>{added} of %n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {done} of %n file(s)</source>
        <translation>
            <numerusform>Checked {done} of %n file</numerusform>
            <numerusform>Checked {done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a draft: the project is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open submission folder was written. The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written with problems: %n document(s) could not be included (the dossier says so in their place):</source>
        <translation>
            <numerusform>Written with problems: %n document could not be included (the dossier says so in its place):</numerusform>
            <numerusform>Written with problems: %n documents could not be included (the dossier says so in their place):</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {format} document {code} issued by {state}, every check digit valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  surname: {surname}
  given names: {given}
  document number: {number}
  nationality: {nationality}
  date of birth: {birth}
  sex: {sex}
  date of expiry: {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n look-alike character(s) corrected, confirmed by the check digits</source>
        <translation>
            <numerusform>  %n look-alike character corrected, confirmed by the check digits</numerusform>
            <numerusform>  %n look-alike characters corrected, confirmed by the check digits</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: a machine-readable zone was found, but its check digits do not hold: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no machine-readable zone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a picture or a scanned PDF page that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: reading stopped ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no travel document to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>TTPS Desktop: prepare a Hong Kong Top Talent Pass Scheme application, offline. With no command, opens the app on the demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: en, zh_HK or zh_CN (default: system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the app (on PROJECT, else on the last project opened, else on the demo project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language {value}: use en, zh_HK or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo project into DIR and print its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category verdicts and the document checklist for one applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the eligible-university list: match names, import a newer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the official list from a CSV (header: en, zh_hant, ...) or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the list (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the list came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look names up in the list in force on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add evidence files to a checklist item of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.marriage_certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file whose first line is the password of protected PDFs (an unprotected copy is kept; with --convert-to-jpeg, only the JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add each file as a JPEG (for items that take JPEG alone, such as photo): a page of a PDF, or the picture of another image format; the original file is only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --convert-to-jpeg: the page to convert (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the files of an item that takes JPEG alone (such as photo) that are of another type with JPEGs of their page N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item, e.g. photo or spouse.photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page to convert (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist items of a project: ids for import --requirement, titles, status, files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts, checklist status and every finding of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload profile (default: the shipped default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the dossier PDF, the checklist PDF and the submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes: 0 written; 1 refused, the project is not complete (see --allow-incomplete); 2 error, nothing written; 3 written with problems: some documents could not be included (each is named, and the dossier has a page saying so in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload profile (govhk_online, immd_strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect the dossier with this password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the submission zip with the same password (AES-256) and write no open submission folder; needs --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a draft even if documents are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter paper instead of A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a project from an applicant&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry (the entry application, the default) or extension (an extension of stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an answer to a question of the e-form, e.g. criminal_conviction no (never an upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no or yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a project&apos;s backups, or put one back with --backup N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number shown by the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine-readable zone of passports and identity cards (pictures or scanned PDFs), offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the project&apos;s travel documents and keep what was read in the project, for check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --project: read documents already read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project&apos;s key dates with their rules and sources; --ics writes them as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an iCalendar file (all-day events with reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Tick as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the applicant&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a file to another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a file&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert {name} to JPEG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>you hold a Hong Kong identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you live in the Mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you hold a PRC passport and live overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you live in Macao or Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you live in Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you live in Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are in Hong Kong now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some documents are not in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name differs between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependants come with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have work experience to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you were self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your degree is from a Mainland university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you extend through employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you extend through a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your degree verification was never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your employer is neither listed nor had a work visa approved recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you were transferred within the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you qualify for the 6-year extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert to JPEG?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of the page shown to {item}; {name} itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy of it to {item}; {name} itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (of {pages}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of the page shown in its place in the project (Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of it in its place in the project (Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>it has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of pages loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of pages is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early: it was probably not saved or copied completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first bytes say what kind of file it is, but the rest does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its internal structure cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page is stored in a way PDF does not allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Empty: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesPane</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from {first} to {last}; today is {today}</source>
        <translation>
            <numerusform>%n date from {first} to {last}; today is {today}</numerusform>
            <numerusform>%n dates from {first} to {last}; today is {today}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesTimeline</name>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DegreeLevel</name>
    <message>
        <source>bachelor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctoral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFacts</name>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (proof of work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers work from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers work until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online verification code (degree verification, e.g. CHSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text} is not a date like 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period covered ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the employer whose work this period covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a language this app records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFactsDialog</name>
    <message>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language (a certified translation is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine-readable zone was found on this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone could not be read with every check digit valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check digit holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the zone&apos;s expiry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Select a checklist item first, then write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this item (kept in the project, printed on the checklist):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPane</name>
    <message>
        <source>The app&apos;s suggestion (category {category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s suggestion (none fits yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the app did not expect. Your project is safe. The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}: {place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: expected {expected}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: unknown field (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date {date} is before the scheme began ({launched}): no rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no university names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first row must name the columns, one of them &apos;en&apos; or &apos;name&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a TTPS Desktop project (it looks like {looks_like}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({detail}). Nothing was changed. Backups available: {count}; list and restore them with: ttps-desktop restore PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by an older TTPS Desktop (project format {version}) and cannot be read without updating it. Open it once for editing to update it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in a place that cannot be written to, so it is open read-only. Save a copy elsewhere to keep working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed or replaced by another program (a sync tool?) while it was open. To keep both versions, nothing was written: save a copy elsewhere, then reopen the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by a newer TTPS Desktop (project format {version}). Update the app to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so the last change was not saved. Everything before it is safe. Free some space, or save the project elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} is open in another TTPS Desktop window (on {host}, process {pid}, since {since}). Close it there first; it can only be changed in one place at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock {project}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page chooses the page to convert: give it with --convert-to-jpeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page counts from 1: {page} is not a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} is not an upload profile; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not a checklist item of this project. Items: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is a question of the e-form, not an upload: record the answer with: ttps-desktop answer PROJECT {question} no|yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes other types than JPEG too: its files are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the project is not complete yet ({errors} problems to fix). Run a check to see them, or export anyway as a draft (--allow-incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the submission pack needs a password: give one (--password-file F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be the category you were admitted under: A, B or C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} ({later}) must not be before {other} ({earlier}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} must not be negative (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} must be true or false (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be employment or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: extension.route is {route}, but there is no extension.{route} section describing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; write the year of assessment as YYYY/YY, e.g. 2025/26 (1 April 2025 to 31 March 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} is {found}; it must be one of mainland, macao, taiwan, overseas, hong_kong or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: residence_kind is {kind} but residence.country is {country}: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place} applies only to income of kind business_profit (this item is {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a country: write a country&apos;s name or its code (CHN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a currency: write a currency&apos;s name or its code (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one country ({codes}): write the code of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} names more than one currency ({codes}): write the code of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: a second rate for {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no extension section: an extension project needs the current permission and the route (README, Extension facts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} describes an extension of stay: create it with --kind extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} is not a question the app asks; it asks: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or give a path in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup {number} of {name}: the backups are numbered 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}). Everything else in the app works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Document checklist: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of stay, document checklist: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category} · rules of {version} · prepared on {date} with {app} {app_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Talent Pass Scheme: extension of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted under: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the rules of {version} (in force from {effective})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying under {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date} with {app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items}; {problems} and {warnings} remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n required item(s) have their documents</source>
        <translation>
            <numerusform>{done} of %n required item has its documents</numerusform>
            <numerusform>{done} of %n required items have their documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required item has its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier holds personal documents. It was prepared offline: nothing was sent anywhere. Share it only with the Immigration Department or someone you trust to act for you, and delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: TTPS supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: TTPS extension of stay, supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a draft: the application is not complete yet and this dossier is not ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be included in the dossier: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it again in another form (a new scan, or a PDF printed from it) and export the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pages could not be read (the PDF is damaged or built in a way the app cannot rebuild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture could not be decoded (the file is damaged or uses an unusual encoding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: protects the dossier (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the submission zip with this password too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even if documents are missing (a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password nothing is protected: the dossier, the checklist, the submission folder and its zip can be read by anyone who can open the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password protects the dossier only. The submission folder and the zip beside it hold the same documents unprotected, and the checklist names them. Tick the box above to protect the zip too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password, and no open submission folder is written (one left here by an earlier export is removed). The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the zip folders built into Windows cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written to {folder}: the dossier, the checklist and the submission pack (%n point(s) to check).</source>
        <translation>
            <numerusform>Written to {folder}: the dossier, the checklist and the submission pack (%n point to check).</numerusform>
            <numerusform>Written to {folder}: the dossier, the checklist and the submission pack (%n points to check).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a draft: DRAFT is printed on the cover and on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier and the submission zip open only with the password; no open folder was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written with problems: these documents could not be included (the dossier says so in their place):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>The application window is open: it opened on {opens}, and the stay expires on {expires}; apply by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early: you can apply from {opens} (the stay expires on {expires}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay expired on {expires}: the extension can no longer be applied for in the ordinary way. Contact the Immigration Department at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying up to 3 months before expiry is a temporary arrangement in force since 1 November 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: the standing rule is {weeks} weeks before expiry (from {standing_opens}); the GovHK e-service page still says it is not for stays with more than {weeks} weeks left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in Hong Kong: the application is made, paid and the e-Visa collected while here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can apply only while in Hong Kong (to apply, pay and collect the e-Visa): the facts say you are not there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts describe the {route} route in full; the Immigration Department judges the merits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {route} route is missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route is described: give employment in Hong Kong or a business in Hong Kong (extension.employment or extension.business).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer is outside Hong Kong: the official test is employment in Hong Kong, so the app gives no verdict on this route (see the guidance below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment test: a post commonly taken up by degree holders (or people with good professional or technical qualifications), at market-level pay; {post} at HK${pay} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business test: a business in Hong Kong that operates healthily and sustainably (turnover, financial resources, investment, local jobs, economic benefit, time spent in Hong Kong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are not needed: the employer is listed on the Stock Exchange of Hong Kong or had a work visa approved in the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s company papers are needed (Business Registration certificate, financial standing; a business plan for a company under {young} months old), as the employer is neither listed nor had a work visa approved in the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-company transfer: considered for managerial or professional posts; add the transfer papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} was registered on {registered}, less than {months} months before the application: add a business plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely length: up to {years} years, to {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely length: to the end of the employment contract on {until}, sooner than {years} years ({full}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely length: {years} years, to {until}: at least {min_years} years under the scheme (since {since}) and assessable income of HK${income} in {year}, at least HK${threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet {min_years} years under the scheme on {day} (since {since}; {min_years} years on {mark}): the {years}-year extension does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessable income of HK${income} in {year} is below HK${threshold}: the {years}-year extension does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessable income of the year of assessment {year} (extension.assessable_income) to see whether the {years}-year extension applies (HK${threshold} or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessable income given is for {given}; the previous year of assessment for an application on {day} is {year}: the {years}-year extension cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first entry under the scheme is not given (extension.permission.first_entry): time under the scheme is counted from the grant on {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was never sent, so it must go with the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category}: the degree verification was sent with the entry application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify: press reports, November 2024): {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance, not a verdict (verify): the contract&apos;s pay comes to HK${annual} a year (12 × HK${monthly}); the reported figure is HK${threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionField</name>
    <message>
        <source>the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly pay in HK$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the turnover in HK$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capital invested in HK$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of local staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it has an office in Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionPage</name>
    <message>
        <source>Category {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment in Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business in Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer listed on the Stock Exchange of Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer had a work visa approved in the last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-company transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer is outside Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an office in Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree verification was sent with the entry application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entry under the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessable income (HK$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly pay (HK$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract to (empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover (HK$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital invested (HK$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionView</name>
    <message>
        <source>You can apply on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot apply on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, {route}: supported by the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, {route}: not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Likely length: %n year(s), to {until}</source>
        <translation>
            <numerusform>Likely length: %n year, to {until}</numerusform>
            <numerusform>Likely length: %n years, to {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance from press reports (verify; never a verdict)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Applicant&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent resident there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the country of residence says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from a passport or identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the machine-readable zone of a photo or scan of the data page, on this computer; you confirm before anything is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying in Hong Kong now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a Hong Kong identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name differs between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some documents are not in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (as in the passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living there since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK full-time local programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing-education arm or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (never counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares held all year (business profit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (empty: still there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK$ per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Hong Kong now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to apply under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project: step {step} of {steps}, {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}, row {row}: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data page of a passport or identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the machine-readable zone of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}); type the facts in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine-readable zone could be read with every check digit valid: try a sharper, flatter photo or scan of the data page, or type the facts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable zone says (every check digit valid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill these facts in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {place}: {found} is not a date: write it as 2025-03-31, 2025年3月31日 or 31/3/2025, or pick it on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>Fees by the rules of {version}: HK${application} application fee (paid on submission, not refunded) and HK${visa} visa fee (paid on approval) per person, dependants included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total for %n person(s): HK${total}</source>
        <translation>
            <numerusform>Total for %n person: HK${total}</numerusform>
            <numerusform>Total for %n people: HK${total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: check the amounts on the Immigration Department&apos;s fee page before paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of {version} hold no fee figures: check the Immigration Department&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant {name}: HK${amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse {name}: HK${amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number} {name}: HK${amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostScript/EPS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EPS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Photoshop (PSD) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows icon (ICO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JBIG2 image (a black-and-white scan format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DjVu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BigTIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image in Lab colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIC/HEIF photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder or a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{name} is not a regular file ({what}): only files can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} disappeared while it was being added (moved, renamed or deleted?). Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): the file was not saved or copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB, more than the {limit_mb} MB the app takes for one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like {looks_like}, which cannot be used: add a PDF or a picture (JPEG, PNG, TIFF, HEIC, AVIF, JPEG 2000, GIF, WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is really {looks_like}, whatever its name says; it is handled as what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the same file as {other}, already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({detail}). Export or scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needed too much memory to read and was stopped: it may be damaged or built to exhaust readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to check the file, or save an unprotected copy from the bank or tax website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} carries restrictions (printing or copying); it opens without a password, and the dossier will include its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains scripts; they are never run and are left out of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a damaged internal index; it was read anyway, but check every page looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a broken table of bookmarks (it loops back on itself); the pages are fine, and the bookmarks are left out of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: these pages seem blank: {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has files attached inside it that are locked with a password; the document itself opens without one. The attachments are left out of the export: add any you need separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an XFA form, which only Adobe Reader shows in full: the dossier can keep only what its PDF pages hold, which may be an empty page. Open it in Adobe Reader, print it to a new PDF and add that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {width} × {height} pixels, too large to open safely (no photo or scan needs so many); it was not opened. Save it at a smaller size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a picture of {width} × {height} pixels, too large to open safely (no scan needs so many); it was not added. Scan or save the document again at a normal resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declares more pixels than the app can open safely; it was not opened. Save it at a smaller size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {looks_like}, which upload forms and many viewers do not take; the app keeps a copy converted to {target}, and your file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too small to read well: about {dpi} dpi on an A4 page, below the {min_dpi} dpi needed. Scan or photograph it closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks blurred (sharpness {score}, below {threshold}). Take the photo again, holding still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too dark (brightness {score} of 255). Take the photo in better light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is washed out (brightness {score} of 255, little contrast). Avoid glare and direct flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is stored rotated; it is turned upright automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} records where it was taken (GPS); the location is removed from everything the app exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} uses print colours (CMYK); it is converted for the screen and the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has 16-bit colour; it is converted to 8-bit for the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expired on {expiry}, before the application date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} covers {covered_start} to {covered_end}, but the job at {employer} is claimed from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in Chinese or English: add a translation into one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: no file yet ({needed} needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} took too long to read (over %n second(s)) and was stopped: it may be damaged or built to hang readers.</source>
        <translation>
            <numerusform>{name} took too long to read (over %n second) and was stopped: it may be damaged or built to hang readers.</numerusform>
            <numerusform>{name} took too long to read (over %n seconds) and was stopped: it may be damaged or built to hang readers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n file(s) attached inside it; they are left out of the export. Add any you need separately.</source>
        <translation>
            <numerusform>{name} has %n file attached inside it; it is left out of the export. Add it separately if you need it.</numerusform>
            <numerusform>{name} has %n files attached inside it; they are left out of the export. Add any you need separately.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s): check that only the pages needed are included.</source>
        <translation>
            <numerusform>{name} has %n page: check that only the pages needed are included.</numerusform>
            <numerusform>{name} has %n pages: check that only the pages needed are included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is a filled form (%n field(s)): the dossier keeps its pages as they look, not the field values, which can no longer be edited there.</source>
        <translation>
            <numerusform>{name} is a filled form (%n field): the dossier keeps its pages as they look, not the field value, which can no longer be edited there.</numerusform>
            <numerusform>{name} is a filled form (%n fields): the dossier keeps its pages as they look, not the field values, which can no longer be edited there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n filled form field(s) whose text is not drawn on the page (the form leaves that to the viewer): in the dossier they would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.</source>
        <translation>
            <numerusform>{name} has %n filled form field whose text is not drawn on the page (the form leaves that to the viewer): in the dossier it would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.</numerusform>
            <numerusform>{name} has %n filled form fields whose text is not drawn on the page (the form leaves that to the viewer): in the dossier they would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is animated (%n frame(s)); only the first frame is used.</source>
        <translation>
            <numerusform>{name} is animated (%n frame); only the first frame is used.</numerusform>
            <numerusform>{name} is animated (%n frames); only the first frame is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n page(s); each becomes a page of the dossier.</source>
        <translation>
            <numerusform>{name} holds %n page; it becomes a page of the dossier.</numerusform>
            <numerusform>{name} holds %n pages; each becomes a page of the dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} expires on {expiry}, within %n month(s) of the application: consider renewing it first.</source>
        <translation>
            <numerusform>{name} expires on {expiry}, within %n month of the application: consider renewing it first.</numerusform>
            <numerusform>{name} expires on {expiry}, within %n months of the application: consider renewing it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item}: %n file(s), but the upload takes at most {limit}: combine them into one PDF.</source>
        <translation>
            <numerusform>{item}: %n file, but the upload takes at most {limit}: combine them into one PDF.</numerusform>
            <numerusform>{item}: %n files, but the upload takes at most {limit}: combine them into one PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>{item}: not ticked as done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: not answered yet. Answer it in the Eligibility tab or on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: record the online verification code (such as a CHSI code) in the file&apos;s details: the Immigration Department authenticates the degree online with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: answered {answer}; you declare it on the e-form itself, nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone (the two or three lines of &lt;&lt;&lt; at the bottom) could not be read with every check digit valid. Scan or photograph the page again, flat, sharp and without glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no machine-readable zone was found on it. Is it the page with the personal particulars, with the lines of &lt;&lt;&lt; at the bottom, in full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport reader cannot run on this computer ({reason}): compare the travel documents with the facts by eye. Everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, but the facts say {facts_name}. Spell the name as the travel document does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the name in its machine-readable zone is {mrz_name}, not {facts_name}; as the name was changed, add the proof of the change of name ({item}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the nationality {mrz_value}, but the facts say {facts_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone says it was issued by {mrz_value}, but the facts say {facts_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the date of birth {mrz_date}, but the facts say {facts_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the expiry date {mrz_date}, but the facts say {facts_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its machine-readable zone gives the document number {mrz_value}, but the facts say {facts_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expired on {expiry} (by its machine-readable zone), before the application date: renew it before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expires on {expiry}, before the end of the {months}-month stay that category {category} would grant (about {stay_end}, counted from the application date): consider renewing it before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged ({what}: {detail}). Restore a backup (ttps-desktop restore PROJECT) before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size_kb} KB even at the lowest acceptable quality, over the {limit_kb} KB the upload takes: split it, or scan those pages in black and white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a PDF, but {item} takes only: {accepted}. Add a photo or scan in one of those types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} takes {limit} file(s); only the first were packed. Leave out or combine the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({name}) could not be included in the export: {reason}. The dossier has a page saying so in its place. Add the document again in another form (a new scan, or a PDF printed from it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images. It can be added converted to JPEG (a PDF one page at a time); the original file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {looks_like}, but {item} takes only JPEG images: the upload cannot carry it. Convert it to JPEG: in the window, open this problem and choose Convert to JPEG; on the command line: ttps-desktop convert PROJECT --requirement {item_id} [--page N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page {page} in {name}: give a page from 1 to {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be converted to JPEG: its page could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which findings to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeChart</name>
    <message>
        <source>The year counted for category {category}: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {kind} ({amount} {currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK$ in the year counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeKind</name>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonKind</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDates</name>
    <message>
        <source>Source: {title} {url} (checked {checked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: the source is not an official page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTPS key dates: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay granted would end (about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension: application window opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension: window under the standing 4-week rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended stay would end (likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years under the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 years of ordinary residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category} grants an initial stay of {months} months; counted from the application date {day}, it would end about {end} (the stay runs from approval, usually some weeks later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The travel document should be valid for the whole period you intend to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, inside the stay that would end about {end}: renew it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day you can apply to extend (the rules of {version}), while in Hong Kong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing rule: {weeks} weeks before the stay expires. The GovHK e-service page still says it is not for stays with more weeks left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the stay held now (category {category}); apply by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The likely end of the extended stay: {years} years or to the contract&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the passport expires on {expiry}, before the extended stay would end on {end}: renew it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passport valid for the extended stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day you have been {years} years under the scheme (since {since}): with assessable income of HK${threshold} or more in the previous year of assessment, the extension can be {long} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years after the first entry on {since}: permanent residence may follow {years} years of continuous ordinary residence (the general rule; verify your own case).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unnamed applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocks and re-attaches the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}. Saved automatically; everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo project: an invented applicant with made-up documents, to try everything safely. Your own application starts with a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files to Selected Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Da&amp;tes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the Selected Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;Facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What Changed in the Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTPS projects (*{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a checklist item first, then add its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a question of the e-form: answer it on the Eligibility tab; it takes no files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown. It is kept and exported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Please wait: the previous files are still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{added} of %n file(s) added.</source>
        <translation>
            <numerusform>{added} of %n file added.</numerusform>
            <numerusform>{added} of %n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in this item.</source>
        <translation>
            <numerusform>%n file already in this item.</numerusform>
            <numerusform>%n files already in this item.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {name}, converted to JPEG from {original}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter it to keep an unprotected copy in this project (the original file stays as it is). Cancel to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for {name}: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Nationality not given: it decides whether you may apply at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals of {nationality} may not apply under the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality {nationality} is not among those excluded from the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport living overseas, you qualify through permanent residence in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a Chinese national with a PRC passport, you have lived overseas since {since}, at least one year before applying (from {required_since}); you must apply from overseas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying; you have lived overseas since {since}, which is after {required_since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese nationals with a PRC passport living overseas need permanent residence there or one year&apos;s residence immediately before applying: give the date you started living in {country} or say whether you are a permanent resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: no official page confirms when nationals of Laos, Nepal and Vietnam stopped being excluded. The app treats them as excluded for applications before 1 January 2024 and not from then on (the 2023 Policy Address opened the talent schemes to them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year counted for income runs from {window_start} to {window_end}, the 12 months before the application date. An income item whose period ends in it counts in full; a longer or unfinished period counts for its days inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, at least the HK${threshold_hkd} required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in that year totals HK${total_hkd}, below the HK${threshold_hkd} required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income entered for that year: HK${threshold_hkd} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} income of {amount} {currency} does not count: income from personal investments is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} falls outside the year counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} income for {period_start} to {period_end} counts for the {counted_days} of its {period_days} days inside the year: HK${counted_hkd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income item {number}: the period ends ({period_end}) before it starts ({period_start}). Correct it to include this income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate recorded for {currency}: add the rate, its date and its source to convert this income into Hong Kong dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 {currency} = HK${rate} (rate of {date}, source: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profit for {period_start} to {period_end} counts: you held the company&apos;s shares throughout the year (IMMD note 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} does not count: profit from your own company counts only if you held its shares throughout the tax year before the application (IMMD note 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profit of {amount} {currency} for {period_start} to {period_end} counts only if you held the company&apos;s shares throughout the tax year before the application (IMMD note 1): say whether you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{institution} is on the eligible-university list dated {list_date} (as {listed_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{institution} was not found in the eligible-university list dated {list_date}. This does not mean it is ineligible: check the spelling or the current official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bachelor&apos;s degree from an eligible university is required, and none is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {level} degree from {institution} is not a bachelor&apos;s degree, which is what this category requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded on {awarded}, before {earliest}: this category needs one awarded within the 5 years before the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: non-local graduates of such programmes apply under IANG, not category C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} is dated {awarded}, after the application date. Correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {level} degree from {institution} was taken into account but does not help: only a bachelor&apos;s degree counts, and a master&apos;s or doctorate does not make up for a bachelor&apos;s degree from a university that is not eligible (IMMD note 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bachelor&apos;s degree from {institution} is honorary: honorary degrees are not accepted (IMMD note 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree must be verified by a third-party credential verification organisation or the awarding institution, with what the Immigration Department needs to check it online (such as a CHSI verification code) (IMMD note 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} came from a continuing or professional education arm, branch, extension or subsidiary school of the university: such degrees are not accepted (IMMD note 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{institution} ({listed_name}) was removed from the eligible-university list on {removed_on}; the list dated {list_date}, in force on the application date, no longer holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated in {year}: for an application in {application_year}, the five years are counted by year of graduation, {earliest_year} to {application_year} (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} was awarded in {year}: for an application in {application_year}, category C needs one awarded in {earliest_year} or later, counted by year of graduation (IMMD note 6; verify: the exact span is our reading of the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: category C does not apply to non-local students, that is those who studied on a student visa (IMMD note 7); they use IANG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, at least the {required_days} days of {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, short of the {required_days} days of {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, less than {years} years ({required_days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience from {window_start} to {window_end} adds up to {days} days, {years} years ({required_days} days) or more: this category is for less than {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {number} ({employer}): it ends ({end}) before it starts ({start}). Correct it to count this experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {number} ({employer}) starts on {start}, after the application date: it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {number} ({employer}) is part-time and was counted like full-time work: check how the Immigration Department counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {number} ({employer}) does not count: it is part-time, and only full-time employment or self-employment counts (IMMD note 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {number} ({employer}): its {days} days before your bachelor&apos;s degree was awarded on {awarded} do not count; only experience after graduation counts (IMMD note 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category C is subject to an annual quota, allotted first come first served; the Immigration Department gives no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category C has an annual quota of {quota} places, allotted first come first served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No travel document given: every applicant needs a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The travel document expired on {expiry}, before the application date: renew it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The travel document expires on {expiry}, within {months} months of the application: a longer validity avoids a shorter stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is 18 or older on the application date (born {birth_date}) and cannot come as a dependant child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is married and cannot come as a dependant child: children must be unmarried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name}&apos;s date of birth: dependant children must be under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one spouse can come as a dependant; {name} was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a national of {nationality}: the scheme&apos;s dependant arrangements do not apply to nationals of {nationality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicant needs this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for every dependant who comes with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for category {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed because {situation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for category {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed if {situation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: add it if it applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required for category {category}: add it if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the category, which is not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the rules of {version}; newer rules ({newer_version}, in force from {effective}) exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the newer rules, category {category} would be {new} instead of {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the newer rules, the initial stay for category {category} would be {new} months instead of {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would also need: {requirement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the newer rules, the checklist would no longer need: {requirement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your university, {institution}, was removed from the eligible-university list on {date}: for an application from that day it no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your university, {institution}, is on the eligible-university list from {date}: for an application from that day it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the newer rules, each person pays HK${per_person} (application HK${application} and visa HK${visa}): HK${total} for {people} people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChangesWindow</name>
    <message>
        <source>What Changed in the Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the rules, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules the app checks against, version by version, newest first: what changed, from when, and the source. The version in force on the application date decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {version}, in force from {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {date}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload profile sets the file sizes and types the checks and the submission pack follow. Colours follow your system&apos;s light or dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Work experience timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n year(s) before the application: {start} to {end}</source>
        <translation>
            <numerusform>The %n year before the application: {start} to {end}</numerusform>
            <numerusform>The %n years before the application: {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before the application: {date}</source>
        <translation>
            <numerusform>%n year before the application: {date}</numerusform>
            <numerusform>%n years before the application: {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) counted, {required} needed for category {category}</source>
        <translation>
            <numerusform>%n day counted, {required} needed for category {category}</numerusform>
            <numerusform>%n days counted, {required} needed for category {category}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of work in the window {start} to {end}. Jobs: {jobs}</source>
        <translation>
            <numerusform>%n day of work in the window {start} to {end}. Jobs: {jobs}</numerusform>
            <numerusform>%n days of work in the window {start} to {end}. Jobs: {jobs}</numerusform>
        </translation>
    </message>
    <message>
        <source>Application date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictsView</name>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules {version}, in force from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
