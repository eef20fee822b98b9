"""``rumahsinggah screenshots``: PNGs of the desktop application's screens on demo data."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "screenshots",
        help="simpan gambar (PNG) setiap layar utama aplikasi dengan data demo",
        description="Menjalankan aplikasi tanpa layar (offscreen) pada data demo sementara "
        "lalu menyimpan PNG layar masuk, papan penghuni, rekam klien, pengaturan, pengguna "
        "dan halaman wisaya yang terpasang.",
    )
    p.add_argument("--out", required=True, help="folder tujuan PNG")
    p.add_argument("--clients", type=int, default=1500, help="jumlah klien demo (bawaan 1500)")
    p.add_argument("--language", choices=("id", "en"), default="id",
                   help="bahasa tampilan (bawaan id)")
    p.set_defaults(handler=_screenshots)


def _screenshots(args: argparse.Namespace) -> int:
    from rumahsinggah.gui.screenshots import take_screenshots

    shots = take_screenshots(Path(args.out), clients=args.clients, language=args.language)
    for path in shots:
        print(path)
    print(f"{len(shots)} gambar disimpan di {Path(args.out).resolve()}")
    return 0
