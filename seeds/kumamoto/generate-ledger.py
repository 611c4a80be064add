#!/usr/bin/env python3
"""Writes ledger-640.csv: 640 fictional Kumamoto members in the 会員管理簿 export's columns (UTF-8 with BOM),
to try /admin/members/import. Deterministic (no randomness): run again, get the same file."""
import csv, datetime, io, os

HEADER = ["会員番号", "会員名", "種別", "状態", "入会日", "退会日", "活用分野", "メール配信",
          "担当者1氏名", "担当者1メール", "担当者1電話", "担当者2氏名", "担当者2メール", "担当者2電話"]
KINDS = ["企業", "企業", "企業", "大学", "研究室", "団体"]
FIELDS = ["製造", "農業", "観光", "医療・福祉", "物流", "建設", "行政事務", "教育", "防災", "交通"]
PLACES = ["熊本", "八代", "人吉", "荒尾", "水俣", "玉名", "山鹿", "菊池", "宇土", "天草", "阿蘇", "合志", "菊陽", "大津"]
TRADES = ["電子", "ソフト", "アグリ", "ロジ", "精工", "システム", "データ", "ネット", "テック", "メディカル"]
FAMILY = ["田中", "中村", "松本", "井上", "木村", "林", "清水", "山下", "森", "池田"]
GIVEN = ["健一", "美咲", "翔", "大輔", "彩", "亮", "由美", "拓也", "直樹", "香織"]


def rows():
    start = datetime.date(2024, 4, 1)
    for i in range(1, 641):
        key = f"kl-{i:04d}"
        kind = KINDS[i % len(KINDS)]
        place, trade = PLACES[i % len(PLACES)], TRADES[(i // len(PLACES)) % len(TRADES)]
        name = {"企業": f"株式会社{place}{trade}{i:03d}", "大学": f"{place}{trade}大学{i:03d}",
                "研究室": f"{place}大学 {trade}研究室{i:03d}", "団体": f"{place}{trade}協議会{i:03d}"}[kind]
        joined = start + datetime.timedelta(days=i % 540)
        withdrawn = i % 40 == 0
        fields = "、".join(sorted({FIELDS[i % 10], FIELDS[(i * 7) % 10]}, key=FIELDS.index))
        person = f"{FAMILY[i % 10]} {GIVEN[(i // 10) % 10]}"
        row = [key, name, kind, "退会" if withdrawn else "会員", joined.isoformat(),
               (joined + datetime.timedelta(days=200)).isoformat() if withdrawn else "", fields,
               "しない" if i % 5 == 0 else "する"]
        if withdrawn:  # a withdrawn member keeps no contact
            row += [""] * 6
        else:
            row += [person, f"tanto{i}@{key}.example.jp", f"096-000-{i:04d}"]
            row += [f"副担当 {i}", f"sub{i}@{key}.example.jp", ""] if i % 10 == 1 else ["", "", ""]
        yield row


out = io.StringIO()
writer = csv.writer(out, lineterminator="\r\n")
writer.writerow(HEADER)
writer.writerows(rows())
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger-640.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(out.getvalue())
