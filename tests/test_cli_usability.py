"""The command line as an applicant meets it without help: options where they are typed, ids to find, one clean
sentence for every slip, words that count right, and no English in the Chinese output."""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_cli import run_cli
from tests.ui.test_languages import english_words
from ttps_desktop.cli import build_parser
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.project.recent import recent_projects

DATA = REPO / "tests" / "data"


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every command by its full name ("check", "universities match"), with its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = subcommands(sub)
                if nested:
                    found.update({f"{name} {n}": p for n, p in nested.items()})
                else:
                    found[name] = sub
    return found


def options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        o
        for a in parser._actions
        if a.help is not argparse.SUPPRESS and not isinstance(a, argparse._HelpAction)
        for o in a.option_strings
        if o.startswith("--")
    }


GLOBAL = {"--lang", "--debug"}


def readme_commands() -> dict[str, set[str]]:
    """The README's CLI table: command -> the options its row names."""
    rows: dict[str, set[str]] = {}
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.startswith("| `ttps-desktop"):
            continue
        first_cell = line.split(" | ")[0]
        for usage in re.findall(r"`(ttps-desktop[^`]*)`", first_cell):
            match = re.match(r"ttps-desktop ([a-z]+(?: [a-z]+)?)\b", usage)
            if match:
                rows.setdefault(match.group(1), set()).update(re.findall(r"--[a-z][a-z-]*", usage))
    return rows


def test_the_readme_table_and_the_parser_agree() -> None:
    parsed = {name: options(p) - GLOBAL for name, p in subcommands(build_parser()).items()}
    documented = readme_commands()
    assert set(documented) == set(parsed)
    for name, opts in parsed.items():
        assert documented[name] == opts, name
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "`--lang en|zh_HK|zh_CN`" in readme and "`--debug`" in readme and "before or after" in readme


def test_every_command_takes_the_global_options_and_its_help_says_so() -> None:
    for name, parser in subcommands(build_parser()).items():
        assert options(parser) >= GLOBAL, name
        assert "--lang" in parser.format_help(), name


@pytest.mark.parametrize("before", [True, False])
def test_lang_before_or_after_the_command_means_the_same(tmp_path: Path, before: bool) -> None:
    lang = ["--lang", "zh_CN"]
    command = ["demo", "--out", str(tmp_path)]
    code, out, err = run_cli(*(lang + command if before else command + lang))
    assert code == 0, err
    assert out.startswith("示例申请人已写入")


def test_debug_after_the_command_shows_the_traceback(tmp_path: Path) -> None:
    code, _, err = run_cli("check", str(tmp_path / "none.ttps"), "--debug", "--lang", "en")
    assert code == 2 and "Traceback" in err


@pytest.fixture
def demo(demo_project_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.ttps"
    shutil.copyfile(demo_project_file, copy)
    return copy


def test_requirements_lists_ids_titles_status_and_files(demo: Path) -> None:
    code, out, err = run_cli("--lang", "en", "requirements", str(demo))
    assert code == 0, err
    lines = out.splitlines()
    assert "✓ photo: Recent photo (required, 1 file)" in lines
    assert "✓ work_experience: Proof of work experience (required, 3 files)" in lines
    assert "· mainland_identity: Mainland Resident Identity Card (if any, no files)" in lines
    assert "✗ spouse.marriage_certificate: Marriage certificate (required, no files)" in lines
    assert any(line.startswith("✗ criminal_conviction_declaration: ") for line in lines)
    code, out, _ = run_cli("requirements", str(demo), "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["work_experience"]["files"] == 3 and rows["work_experience"]["complete"] is True
    assert rows["mainland_identity"]["required"] is False
    code, out, _ = run_cli("--lang", "zh_HK", "requirements", str(demo))
    assert "✓ photo：近照（必須、1 個檔案）" in out.splitlines()


def test_text_check_shows_the_verdicts_and_the_item_ids(demo: Path) -> None:
    code, out, _ = run_cli("--lang", "en", "check", str(demo))
    assert code == 1
    assert "Category B: experienced graduate: eligible" in out
    assert "Recommended: Category B" in out
    assert "✓ Proof of work experience [work_experience]: 3 files" in out
    assert "✓ Recent photo [photo]: 1 file" in out
    assert "· Mainland Resident Identity Card [mainland_identity]: no files" in out  # optional: never ✓
    assert re.search(r"Not complete yet: \d+ problems to fix, \d+ warnings?\.", out)
    assert " 1 warnings" not in out and " 1 problems" not in out and " 1 files" not in out


def test_no_income_says_so_instead_of_a_zero_total() -> None:
    code, out, _ = run_cli("--lang", "en", "eligibility", str(DATA / "b-experienced-graduate.json"))
    assert code == 0
    assert "No income entered for that year: HK$2,500,000.00 is required." in out
    assert "totals HK$0.00" not in out


def test_reimporting_a_file_already_in_the_item_adds_nothing(demo: Path, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(generate_document("portrait"))
    assert run_cli("import", str(demo), str(photo), "--requirement", "spouse.photo")[0] == 0
    code, out, _ = run_cli("--lang", "en", "import", str(demo), str(photo), "--requirement", "spouse.photo")
    assert code == 0
    assert out.splitlines() == [
        "Nothing added: photo.jpg is already in Spouse's recent photo.",
        "0 of 1 file added.",
    ]


def protected_pdf(path: Path, password: str) -> Path:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(generate_document("transcript"))).pages:
        writer.add_page(page)
    writer.encrypt(password, algorithm="AES-256")
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def test_import_a_protected_pdf_with_a_password_file(demo: Path, tmp_path: Path) -> None:
    pdf = protected_pdf(tmp_path / "statement.pdf", "s3cret")
    code, out, _ = run_cli(
        "--lang", "en", "import", str(demo), str(pdf), "--requirement", "dependant_support"
    )
    assert code == 1
    assert "--password-file F" in out  # the message that asks for the password names the option
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    code, out, _ = run_cli(
        "--lang",
        "en",
        "import",
        str(demo),
        str(pdf),
        "--requirement",
        "dependant_support",
        "--password-file",
        str(wrong),
    )
    assert code == 1 and f"Not added: the password in {wrong} does not open statement.pdf." in out
    right = tmp_path / "password.txt"
    right.write_text("s3cret\n", encoding="utf-8")
    code, out, err = run_cli(
        "--lang",
        "en",
        "import",
        str(demo),
        str(pdf),
        "--requirement",
        "dependant_support",
        "--password-file",
        str(right),
    )
    assert code == 0, out + err
    assert "Added statement.pdf to" in out and "1 of 1 file added." in out


def test_new_does_not_land_in_the_windows_recent_list(tmp_path: Path) -> None:
    code, _, err = run_cli("new", str(tmp_path / "p"), "--facts", str(DATA / "b-experienced-graduate.json"))
    assert code == 0, err
    assert recent_projects() == []


def test_demo_on_an_existing_demo_asks_for_another_folder(tmp_path: Path) -> None:
    assert run_cli("demo", "--out", str(tmp_path))[0] == 0
    code, out, err = run_cli("--lang", "en", "demo", "--out", str(tmp_path))
    assert code == 2 and out == ""
    assert err.strip() == (
        f"{tmp_path} already holds a demo project ({tmp_path / 'demo-applicant.ttps'}): "
        "give another folder with --out, or delete it first."
    )


BAD = {
    "unknown profile (check)": (["check", "{demo}", "--profile", "nope"], "nope is not an upload profile"),
    "unknown profile (export)": (
        ["export", "{demo}", "--out", "{tmp}/out", "--profile", "nope"],
        "nope is not an upload profile",
    ),
    "new into a missing folder": (
        ["new", "{tmp}/missing/p", "--facts", str(DATA / "b-experienced-graduate.json")],
        "The folder {tmp}/missing does not exist",
    ),
    "mistyped import path": (
        ["import", "{demo}", "{tmp}/nosuch.pdf", "--requirement", "photo"],
        "No such file: {tmp}/nosuch.pdf",
    ),
    "missing password file (import)": (
        ["import", "{demo}", "{demo}", "--requirement", "photo", "--password-file", "{tmp}/pw"],
        "No such file: {tmp}/pw",
    ),
    "missing password file (export)": (
        ["export", "{demo}", "--out", "{tmp}/out", "--password-file", "{tmp}/pw"],
        "No such file: {tmp}/pw",
    ),
    "restore a missing project": (["restore", "{tmp}/none.ttps"], "There is no project at {tmp}/none.ttps"),
    "backup 0": (["restore", "{demo}", "--backup", "0"], "There is no backup 0 of demo.ttps"),
    "backup too high": (["restore", "{demo}", "--backup", "99"], "There is no backup 99 of demo.ttps"),
    "unknown item": (
        ["import", "{demo}", "{demo}", "--requirement", "selfie"],
        "selfie is not a checklist item",
    ),
    "missing project": (["check", "{tmp}/none.ttps"], "none.ttps"),
    "mistyped facts path (new)": (
        ["new", "{tmp}/p", "--facts", "{tmp}/nofacts.json"],
        "No such file: {tmp}/nofacts.json",
    ),
    "mistyped facts path (eligibility)": (
        ["eligibility", "{tmp}/nofacts.json"],
        "No such file: {tmp}/nofacts.json",
    ),
    "mistyped list path": (
        ["universities", "import", "{tmp}/list.csv", "--date", "2026-01-01"],
        "No such file: {tmp}/list.csv",
    ),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_a_bad_argument_is_one_clean_sentence_with_exit_2(case: str, demo: Path, tmp_path: Path) -> None:
    args, expected = BAD[case]
    # a backup exists, so that "0" and "99" are out of range rather than "no backups"
    run_cli("answer", str(demo), "criminal_conviction", "no")
    fill = {"demo": str(demo), "tmp": str(tmp_path)}
    before = demo.read_bytes()
    code, out, err = run_cli("--lang", "en", *(a.format(**fill) for a in args))
    assert code == 2, out + err
    assert "Unexpected error" not in err and "Traceback" not in err and "[Errno" not in err
    assert ".tmp" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert expected.format(**fill) in err
    if case.startswith("backup"):
        assert demo.read_bytes() == before  # nothing restored


# Names, ids and codes the output shows as they are: the demo applicant's names, a university's own name,
# ids of checklist items, the command's own syntax, and upper-case codes (CHN; ICAO's document formats: TD3).
NAMES = re.compile(
    r"\[[a-z_.0-9]+\]|\b[a-z_0-9]+(\.[a-z_0-9]+)?(?=[：:])|^[✓✗·] [a-z_.0-9]+|ttps-desktop[^\n]*|--[a-z-]+"
    r"|LIN Xiaoyu|ZHOU Min|LIN Le|Tsinghua University|\b[A-Z]{2,}[0-9]?\b|\S+\.(jpg|jpeg|pdf|png|ttps|txt)\b"
    r"|\b[a-z0-9]+(_[a-z0-9]+)+\b|\bnope\b"
    r"|(资料来源|資料來源)：[^\n]*",
    re.MULTILINE,
)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_no_untranslated_english_in_the_chinese_cli(language: str, demo: Path, tmp_path: Path) -> None:
    runs = [
        ["eligibility", str(REPO / "resources" / "demo" / "facts.json")],
        ["check", str(demo)],
        ["requirements", str(demo)],
        ["restore", str(demo)],
        ["answer", str(demo), "criminal_conviction", "no"],
        ["export", str(demo), "--out", str(tmp_path / "out"), "--allow-incomplete"],
        ["import", str(demo), str(tmp_path / "notes.txt"), "--requirement", "dependant_support"],
        ["universities", "match", "Tsinghua University"],
        ["demo", "--out", str(tmp_path / "d")],
        ["check", str(demo), "--profile", "nope"],
        ["restore", str(tmp_path / "none.ttps")],
        ["dates", str(demo), "--ics", str(tmp_path / "dates.ics")],
        ["mrz", str(tmp_path / "passport.jpg"), str(tmp_path / "notes.txt")],
    ]
    (tmp_path / "notes.txt").write_text("not a document", encoding="utf-8")
    (tmp_path / "passport.jpg").write_bytes(generate_document("passport_page"))
    found: dict[str, set[str]] = {}
    for args in runs:
        code, out, err = run_cli(*args, "--lang", language)
        assert code in (0, 1, 2), args
        for line in (out + err).splitlines():
            words = english_words(NAMES.sub(" ", line))
            if words:
                found[line[:100]] = words
    assert not found, found


def test_a_facts_file_takes_country_names_and_the_project_keeps_codes(tmp_path: Path) -> None:
    facts = json.loads((DATA / "b-experienced-graduate.json").read_text(encoding="utf-8"))
    facts["nationality"] = "China"
    facts["travel_document"]["issuing_country"] = "中国"
    facts["residence"]["country"] = "UK"
    named = tmp_path / "named.json"
    named.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("--lang", "en", "eligibility", str(named))
    assert code == 0 and err == "", err
    code, _, err = run_cli("--lang", "en", "new", str(tmp_path / "p"), "--facts", str(named))
    assert code == 0, err
    from ttps_desktop.core.project.store import Project

    with Project.open(tmp_path / "p.ttps") as project:
        kept = project.facts()
    assert kept.nationality == "CHN" and kept.residence is not None and kept.residence.country == "GBR"
    assert kept.travel_document is not None and kept.travel_document.issuing_country == "CHN"

    facts["nationality"] = "Korea"
    named.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    for language, expected in (
        (
            "en",
            "nationality: 'Korea' names more than one country (KOR, PRK): write the code of the one you mean.",
        ),
        ("zh_CN", "nationality：'Korea' 可指多个国家（KOR、PRK）：请写所指国家的代码。"),
    ):
        code, out, err = run_cli("--lang", language, "eligibility", str(named))
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and err.strip().endswith(expected), err


def test_zh_cn_names_the_demo_as_the_window_does_and_spaces_the_kind_of_file(
    demo: Path, tmp_path: Path
) -> None:
    code, out, _ = run_cli("--lang", "zh_CN", "demo", "--out", str(tmp_path))
    assert code == 0 and out.startswith("示例申请人已写入")
    code, _, err = run_cli("--lang", "zh_CN", "demo", "--out", str(tmp_path))
    assert code == 2 and "已有示例项目" in err and "示范" not in err
    pdf = tmp_path / "deg.pdf"
    pdf.write_bytes(generate_document("transcript"))
    for language, expected in (("zh_CN", "deg.pdf 是 PDF 文档，"), ("zh_HK", "deg.pdf 是 PDF 文件，")):
        code, out, _ = run_cli("--lang", language, "import", str(demo), str(pdf), "--requirement", "photo")
        assert code == 2 and expected in out, out


# What argparse prints that is the command's own syntax, not words: the program and command names that open the
# usage and error lines, options and their metavars, the values typed or to type (quoted, or listed in braces), the
# list of commands in the top help, and the help texts' examples of syntax (language codes, a command before its
# option, an answer, item ids; US Letter paper).
SYNTAX = re.compile(
    r"ttps-desktop(?: [a-z]+)*|(?<![\w-])--?[a-z][a-z-]*|\{[^}]*\}|'[^']*'|^ {4}[a-z]+(?= {2})"
    r"|\b[A-Z][A-Z]+(?:\.json)?\b|\b(?:en|zh_HK|zh_CN)\b|\b[a-z]+(?= --[a-z])|(?<=criminal_conviction )(?:no|yes)\b"
    r"|\b(?:spouse\.)?(?:photo|marriage_certificate)\b|\bLetter\b",
    re.MULTILINE,
)
MALFORMED = {
    "missing required option": ["demo"],
    "unknown option": ["check", "x.ttps", "--bogus"],
    "bad int": ["restore", "x.ttps", "--backup", "one"],
    "bad choice": ["new", "x", "--facts", "f.json", "--kind", "bogus"],
    "bad answer": ["answer", "x.ttps", "criminal_conviction", "maybe"],
    "ambiguous option": ["export", "x.ttps", "--p", "y"],
    "option without its value": ["export", "x.ttps", "--out"],
}


def run_parser(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """A run that argparse ends (help, or a malformed command line): its exit code and what it printed."""
    with pytest.raises(SystemExit) as ended:
        run_cli(*args)
    captured = capsys.readouterr()
    return int(ended.value.code or 0), captured.out, captured.err


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_no_english_in_argparse_help_and_errors_in_chinese(
    language: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "COLUMNS", "400"
    )  # the words, not where argparse wraps a long option ("--password-|file")
    found: dict[str, set[str]] = {}
    for args in (["--help"], ["export", "--help"], ["import", "--help"]):
        code, out, err = run_parser(capsys, *args, "--lang", language)
        assert code == 0 and err == "", args
        assert "--lang" in out and "用法：" in out, args
        for line in out.splitlines():
            if words := english_words(NAMES.sub(" ", SYNTAX.sub(" ", line))):
                found[line[:100]] = words
    for case, args in MALFORMED.items():
        code, out, err = run_parser(capsys, *args, "--lang", language)
        assert code == 2 and out == "", case
        errors = [line for line in err.splitlines() if not line.startswith(("用法：", " "))]
        assert len(errors) == 1 and errors[0].startswith("ttps-desktop"), (case, err)
        assert ("錯誤：" if language == "zh_HK" else "错误：") in errors[0], (case, err)
        for line in err.splitlines():
            if words := english_words(NAMES.sub(" ", SYNTAX.sub(" ", line))):
                found[f"{case}: {line[:100]}"] = words
    assert not found, found


def test_argparse_english_is_unchanged_and_put_back(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_parser(capsys, "restore", "x.ttps", "--backup", "one", "--lang", "zh_CN")
    assert code == 2 and "参数 --backup：无效的整数值：'one'" in err
    code, _, err = run_parser(capsys, "restore", "x.ttps", "--backup", "one", "--lang", "en")
    assert code == 2
    assert err.splitlines()[0].startswith("usage: ttps-desktop restore")
    assert err.splitlines()[-1] == "ttps-desktop restore: error: argument --backup: invalid int value: 'one'"
    # after a run, argparse is argparse again for any other parser in this process
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="other").parse_args(["--nope"])
    assert capsys.readouterr().err.splitlines()[-1] == "other: error: unrecognized arguments: --nope"


def test_export_cover_and_progress_say_each_thing_once(demo: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    code, _, err = run_cli(
        "--lang", "en", "export", str(demo), "--out", str(tmp_path / "out"), "--allow-incomplete"
    )
    assert code == 0, err
    progress = [line for line in err.splitlines() if line.startswith("Checked ")]
    assert len(progress) == len(set(progress)) == 1, err
    dossier = next((tmp_path / "out").glob("*-dossier.pdf"))
    cover = PdfReader(dossier).pages[0].extract_text()
    assert "Applying under Category B: experienced graduate" in cover
    assert "Category: Category" not in cover
