#!/usr/bin/env python3
"""Rebuild directory/data/admin_units.json from the `vietnamadminunits` package (MIT).

The portal needs the 34 provinces and 3,321 wards, communes and special zones in force since
1 July 2025, with their official codes and centre points, and which wards replaced each
former district, so that "Quận 1" or "Thủ Đức" still finds services. The package has all of
it, but it depends on Unidecode, which is GPL-licensed; so its data is read here, once, and
the portal ships the result (with the package's licence in directory/data/) instead of
depending on the package.

Usage: scripts/build_admin_units.py  (downloads the wheel with pip; needs no install)
"""

import json
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGE = "vietnamadminunits==1.0.4"
OUTPUT = Path(__file__).resolve().parent.parent / "directory" / "data" / "admin_units.json"
# Provinces whose former districts and wards readers still name: today's Ho Chi Minh City
# took in Bình Dương and Bà Rịa - Vũng Tàu.
FORMER_WARDS_KEPT_FOR = {"79"}


def download(folder: Path) -> Path:
    subprocess.run(  # noqa: S603 (a fixed command line)
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, PACKAGE],
        check=True,
    )
    return next(folder.glob("vietnamadminunits-*.whl"))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        wheel = zipfile.ZipFile(download(Path(tmp)))
        wheel.extract("vietnamadminunits/data/dataset.db", tmp)
        converter = json.loads(wheel.read("vietnamadminunits/data/converter_2025.json"))
        database = sqlite3.connect(Path(tmp, "vietnamadminunits/data/dataset.db"))
        database.row_factory = sqlite3.Row
        units = database.execute("SELECT * FROM admin_units ORDER BY provinceCode, wardCode")
        units = [dict(row) for row in units]
        legacy = [dict(row) for row in database.execute("SELECT * FROM admin_units_legacy")]

    provinces, wards = {}, []
    ward_code_by_key = {}
    province_code_by_key = {}
    for unit in units:
        provinces[unit["provinceCode"]] = {
            "code": unit["provinceCode"],
            "name": unit["province"],
            "short_name": unit["provinceShort"],
            "lat": unit["provinceLat"],
            "lng": unit["provinceLon"],
        }
        province_code_by_key[unit["provinceKey"]] = unit["provinceCode"]
        ward_code_by_key[(unit["provinceKey"], unit["wardKey"])] = unit["wardCode"]
        wards.append(
            {
                "code": unit["wardCode"],
                "name": unit["ward"],
                "short_name": unit["wardShort"],
                "type": unit["wardType"],
                "province": unit["provinceCode"],
                "lat": unit["wardLat"],
                "lng": unit["wardLon"],
            }
        )

    # Former "province_district_ward" key -> the new ward codes that cover it.
    new_codes_by_old_key = defaultdict(set)
    for new_province, old_keys_by_ward in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_keys in old_keys_by_ward.items():
            for old_key in old_keys:
                new_codes_by_old_key[old_key].add(ward_code_by_key[(new_province, new_ward)])
    for new_province, new_wards_by_old_key in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, new_wards in new_wards_by_old_key.items():
            for new_ward in new_wards:
                code = ward_code_by_key[(new_province, new_ward["newWardKey"])]
                new_codes_by_old_key[old_key].add(code)

    districts = defaultdict(set)
    former_wards = []
    for row in legacy:
        old_key = f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"
        codes = new_codes_by_old_key.get(old_key, set())
        if not codes:
            continue
        province = {provinces[ward_province(code, wards)]["code"] for code in codes}
        district = (row["district"], row["districtShort"], row["province"], *sorted(province))
        districts[district] |= codes
        if province & FORMER_WARDS_KEPT_FOR:
            former_wards.append(
                {
                    "name": row["ward"],
                    "short_name": row["wardShort"],
                    "district": row["district"],
                    "wards": sorted(codes),
                }
            )

    data = {
        "source": (
            "vietnamadminunits 1.0.4 (MIT, Tran Ngoc Minh Hieu): units in force since "
            "1 July 2025 and the former units they replaced. Rebuilt by "
            "scripts/build_admin_units.py."
        ),
        "provinces": sorted(provinces.values(), key=lambda p: p["code"]),
        "wards": wards,
        "former_districts": [
            {
                "name": name,
                "short_name": short_name,
                "former_province": former_province,
                "province": province_codes[0] if len(province_codes) == 1 else None,
                "wards": sorted(codes),
            }
            for (name, short_name, former_province, *province_codes), codes in sorted(
                districts.items()
            )
        ],
        "former_wards": sorted(former_wards, key=lambda w: (w["district"], w["name"])),
    }
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"{OUTPUT}: {len(data['provinces'])} provinces, {len(wards)} wards, "
        f"{len(data['former_districts'])} former districts, {len(former_wards)} former wards"
    )


_province_of = {}


def ward_province(code, wards):
    if not _province_of:
        _province_of.update({ward["code"]: ward["province"] for ward in wards})
    return _province_of[code]


if __name__ == "__main__":
    main()
