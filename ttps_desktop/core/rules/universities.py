"""The dated eligible-university lists: loading, importing a newer list, which list applies, and matching names.

The shipped lists (185 from 1 Jan 2024, 198 from 1 Nov 2024, 199 from 1 Jan 2025, 200 from 1 Jan 2026) and any list
imported with ``universities import`` form one dated sequence; ``resolve`` is the one place that says which list
applies to an application date, for the command line, the window and the export alike.

Matching ignores case, accents, punctuation and spaces, folds Traditional Chinese onto Simplified, and knows
aliases (MIT, UCL, 清華...). A name that is not found is reported as "not found in the list dated …",
never as ineligible: lists change every year and names are written many ways.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from ttps_desktop.core.countries import PlaceName
from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.jsonread import Node, load_json
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.paths import data_dir
from ttps_desktop.core.project.durable import ensure_private_dir, write_text_durably
from ttps_desktop.core.resources import resource

# Traditional → Simplified for characters met in institution names. Deliberately a curated table of true
# variants (never derived from name pairs, which differ by transliteration too, e.g. 史丹福 / 斯坦福).
_T2S_PAIRS = (
    "亞亚 來来 倫伦 內内 劍剑 國国 圖图 奧奥 學学 寧宁 島岛 師师 復复 徹彻 愛爱 東东 業业 橋桥 檳槟 漢汉 濟济 "
    "濱滨 灣湾 烏乌 爾尔 產产 磯矶 礦矿 範范 約约 納纳 紐纽 經经 維维 羅罗 聖圣 聯联 臺台 與与 茲兹 華华 萊莱 "
    "薩萨 藝艺 蘇苏 蘭兰 術术 計计 設设 諾诺 賓宾 達达 遜逊 醫医 開开 陸陆 韓韩 項项 頓顿 館馆 馬马 魯鲁 麗丽 "
    "麥麦 齊齐 門门 廣广 龍龙 區区 鄉乡 書书 專专 電电 體体 實实 農农 應应 總总 財财 貿贸 藥药 黨党 樂乐 聲声 "
    "衛卫 築筑 環环 際际 團团 點点 語语 論论 證证 資资 賽赛 陽阳 雲云 靈灵 風风 飛飞 鐵铁 鋼钢 長长 閩闽 陝陕 "
    "遼辽 寶宝 傳传 儀仪 價价 勞劳 協协 嚴严 圓圆 將将 對对 屬属 嶺岭 廈厦 戰战 數数 歐欧 氣气 測测 溫温 滬沪 "
    "無无 營营 現现 畫画 發发 碩硕 統统 網网 線线 職职 腦脑 臨临 舊旧 號号 見见 規规 視视 親亲 觀观 訊讯 記记 "
    "試试 詩诗 認认 課课 講讲 護护 讀读 貝贝 質质 車车 軍军 軟软 運运 過过 選选 郵邮 鄭郑 銀银 錄录 鎮镇 間间 "
    "關关 陳陈 隊队 險险 離离 雙双 難难 韋韦 頭头 題题 類类 顧顾 養养 驗验 魚鱼 鳥鸟 黃黄 齒齿 紀纪 織织 "
    "動动 務务 勢势 礎础 範范 習习 蘭兰 傑杰 剛刚 濰潍 瀋沈 贛赣 蘇苏 魯鲁 黔黔 隴陇 滇滇 豐丰 穎颖 潔洁 鍾钟"
)
_T2S = str.maketrans({pair[0]: pair[1] for pair in _T2S_PAIRS.split()})
_NOISE = re.compile(r"^the\b", re.IGNORECASE)
_ABBREVIATIONS = ((re.compile(r"\buniv\b\.?"), "university"), (re.compile(r"\binst\b\.?"), "institute"))

MSG_IMPORT_EMPTY = QT_TRANSLATE_NOOP("Errors", "{file} holds no university names.")
MSG_IMPORT_NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "{file}: the first row must name the columns, one of them 'en' or 'name'."
)


class Sublist(StrEnum):
    GENERAL = "general"
    MAINLAND = "mainland"
    ART_DESIGN = "art_design"
    HOSPITALITY = "hospitality"


@dataclass(frozen=True)
class Institution:
    en: str
    zh_hant: str = ""
    zh_hans: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()
    sublist: Sublist = Sublist.GENERAL

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.aliases) if n)


def institution_name(typed: str, listed: Institution | None) -> PlaceName | str:
    """How a reason names the university a degree is from: as typed, and in Chinese by the Chinese name of the
    listed institution it matches (the list carries Chinese names as search aids; the reason also gives the list's
    own English name). Data (--json) keeps what was typed."""
    if listed is None:
        return typed
    return PlaceName(typed, typed, listed.zh_hant or typed, listed.zh_hans or typed)


@dataclass(frozen=True)
class UniversityList:
    list_date: date
    title: str
    source: str
    source_url: str
    verify: bool
    complete: bool
    institutions: tuple[Institution, ...]
    origin: str  # "shipped" or the path it was imported from
    status: str = "imported"  # shipped lists: "transcribed" or "derived" (see the provenance)
    # institutions on an earlier list that this one no longer holds, with the date they left (see resolve)
    removed: tuple[tuple[Institution, date], ...] = ()
    index: dict[str, Institution] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, Institution] = {}
        for inst in self.institutions:
            for name in inst.names():
                index.setdefault(normalize(name), inst)
        object.__setattr__(self, "index", index)

    def match(self, name: str) -> Institution | None:
        return self.index.get(normalize(name))

    def removal(self, name: str) -> tuple[Institution, date] | None:
        """The institution of that name that was removed from the list before this one, and when."""
        key = normalize(name)
        for inst, day in self.removed:
            if any(normalize(n) == key for n in inst.names()):
                return inst, day
        return None

    def suggest(self, name: str, count: int = 3) -> list[Institution]:
        keys = difflib.get_close_matches(normalize(name), list(self.index), n=count * 3, cutoff=0.75)
        seen: list[Institution] = []
        for key in keys:
            inst = self.index[key]
            if inst not in seen:
                seen.append(inst)
        return seen[:count]


@lru_cache(maxsize=16384)  # the four shipped lists share most names: each is folded once
def normalize(name: str) -> str:
    """Fold a name to a key: width, case, accents, '&', a leading 'The', punctuation and spaces; T→S."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    text = _NOISE.sub("", text.strip())
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch)[0] not in ("P", "Z", "S", "C")
    ]
    return "".join(kept).translate(_T2S)


def _institution(n: Node) -> Institution:
    return Institution(
        en=n.text("en"),
        zh_hant=n.text("zh_hant", ""),
        zh_hans=n.text("zh_hans", ""),
        country=n.text("country", ""),
        aliases=tuple(n.texts("aliases")),
        sublist=n.enum("sublist", Sublist, Sublist.GENERAL),
    )


def _university_list(n: Node, origin: str) -> UniversityList:
    """An imported list: one dated list per file."""
    n.raw("note")
    return UniversityList(
        list_date=n.day("list_date"),
        title=n.text("title"),
        source=n.text("source"),
        source_url=n.text("source_url", ""),
        verify=n.flag("verify"),
        complete=n.flag("complete"),
        institutions=tuple(i.read(_institution) for i in n.nodes("institutions", True)),
        origin=origin,
    )


def load_university_list(path: Path, origin: str | None = None) -> UniversityList:
    return Node(load_json(path), str(path)).read(lambda n: _university_list(n, origin or str(path)))


@dataclass(frozen=True)
class ShippedLists:
    lists: tuple[UniversityList, ...]  # oldest first
    note: dict[str, str]  # en, zh_HK, zh_CN: the Chinese names are search aids, not official names
    provenance: str  # SOURCES.md of data/universities, verbatim


def _shipped(n: Node) -> ShippedLists:
    n.text("about")
    source, url = n.text("source"), n.text("source_url")
    note = n.node("note")
    texts = {lang: note.text(lang) for lang in ("en", "zh_HK", "zh_CN")}
    note.done()

    def one(m: Node) -> UniversityList:
        m.text("file")
        m.text("status_note")
        return UniversityList(
            list_date=m.day("list_date"),
            title=m.text("title"),
            source=source,
            source_url=url,
            verify=m.flag("verify"),
            complete=m.flag("complete"),
            institutions=tuple(i.read(_institution) for i in m.nodes("institutions", True)),
            origin="shipped",
            status=m.text("status"),
        )

    lists = tuple(sorted((x.read(one) for x in n.nodes("lists", True)), key=lambda u: u.list_date))
    return ShippedLists(lists, texts, n.text("provenance"))


@cache
def shipped() -> ShippedLists:
    path = resource("rules", "universities.json")
    return Node(load_json(path), str(path)).read(_shipped)


def shipped_list() -> UniversityList:
    """The newest shipped list."""
    return shipped().lists[-1]


def universities_folder() -> Path:
    """Where ``universities import`` keeps the lists it stores."""
    return data_dir() / "universities"


def imported_lists(folder: Path) -> list[UniversityList]:
    return [load_university_list(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


def _with_removals(lists: list[UniversityList]) -> tuple[UniversityList, ...]:
    """Each list knowing which institutions of the lists before it it no longer holds, and since when."""
    result: list[UniversityList] = []
    removed: dict[str, tuple[Institution, date]] = {}
    for number, current in enumerate(lists):
        if number and current.complete:
            for inst in lists[number - 1].institutions:
                if not any(current.match(name) for name in inst.names()):
                    removed.setdefault(inst.en, (inst, current.list_date))
        kept = {k: v for k, v in removed.items() if not any(current.match(n) for n in v[0].names())}
        removed = kept
        result.append(replace(current, removed=tuple(kept.values())))
    return tuple(result)


@lru_cache(maxsize=8)
def _sequence(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> tuple[UniversityList, ...]:
    by_date = {u.list_date: u for u in shipped().lists}
    for imported in imported_lists(Path(folder)):
        by_date[imported.list_date] = imported  # an imported list replaces a shipped one of the same date
    return _with_removals(sorted(by_date.values(), key=lambda u: u.list_date))


def all_lists(folder: Path | None = None) -> tuple[UniversityList, ...]:
    """Every list, shipped and imported, oldest first (re-read when an imported file changes)."""
    where = folder if folder is not None else universities_folder()
    files = sorted(where.glob("*.json")) if where.is_dir() else []
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _sequence(str(where), stamp)


def resolve(day: date, folder: Path | None = None) -> UniversityList:
    """THE list that applies to an application made on ``day``: the newest list dated on or before it
    (shipped or imported), or the oldest one for a day before every list. Every caller asks here."""
    lists = all_lists(folder)
    in_force = [u for u in lists if u.list_date <= day]
    return in_force[-1] if in_force else lists[0]


def list_for(day: date, folder: Path | None = None) -> UniversityList:
    """Kept for callers that name it: the same as ``resolve``."""
    return resolve(day, folder)


def parse_list_text(text: str, file: str) -> list[Institution]:
    """Institutions from a CSV with a header row (en or name; zh_hant, zh_hans, country, aliases) or
    from plain text with one name per line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise BadInputError(MSG_IMPORT_EMPTY, file=file)
    header = [h.strip().casefold() for h in next(csv.reader([lines[0]]))]
    if len(header) == 1 and header[0] not in ("en", "name"):
        return [Institution(en=ln.strip()) for ln in lines]
    if "en" not in header and "name" not in header:
        raise BadInputError(MSG_IMPORT_NO_NAME_COLUMN, file=file)
    institutions = []
    for row in csv.DictReader(io.StringIO("\n".join(lines)), fieldnames=header):
        if row is None or row == dict(zip(header, header, strict=False)):
            continue
        en = (row.get("en") or row.get("name") or "").strip()
        if not en:
            continue
        institutions.append(
            Institution(
                en=en,
                zh_hant=(row.get("zh_hant") or "").strip(),
                zh_hans=(row.get("zh_hans") or "").strip(),
                country=(row.get("country") or "").strip(),
                aliases=tuple(a.strip() for a in re.split(r"[;|]", row.get("aliases") or "") if a.strip()),
            )
        )
    if not institutions:
        raise BadInputError(MSG_IMPORT_EMPTY, file=file)
    return institutions


def import_list(source_file: Path, list_date: date, source: str, folder: Path) -> tuple[Path, UniversityList]:
    """Store a newer official list (CSV or text) as a dated list the engine will use from ``list_date``."""
    try:
        text = source_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {problem}"),
            file=str(source_file),
            problem=str(exc),
        ) from exc
    institutions = parse_list_text(text, str(source_file))
    document = {
        "list_date": list_date.isoformat(),
        "title": f"Eligible universities imported from {source_file.name}",
        "source": source,
        "source_url": "",
        "verify": False,
        "complete": True,
        "institutions": [
            {
                "en": i.en,
                "zh_hant": i.zh_hant,
                "zh_hans": i.zh_hans,
                "country": i.country,
                "aliases": list(i.aliases),
                "sublist": i.sublist.value,
            }
            for i in institutions
        ],
    }
    ensure_private_dir(folder)
    target = folder / f"universities-{list_date.isoformat()}.json"
    write_text_durably(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return target, load_university_list(target)
