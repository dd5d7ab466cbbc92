#!/usr/bin/env python3
"""Draws the committed per-language test samples from ../shared/corpora (see NOTICE for sources and licenses).

usage: python3 make_samples.py /work/shared/corpora   (rewrites the *.jsonl files next to this script)
"""
import gzip, json, random, sys, os

N = 100
SOURCES = [  # (output, corpus file, language, filter)
    ("fr.jsonl", "orangesum/orangesum_fr.jsonl.gz", "fr", lambda r: not r.get("duplicate_of")),
    ("en.jsonl", "masakhanews/masakhanews_en_fr.jsonl.gz", "en", lambda r: True),  # not Reuters: research-only terms
    ("de.jsonl", "dewikinews-quotes/dewikinews_de.jsonl.gz", "de", lambda r: True),
    ("es.jsonl", "spanish-fake-news/spanish_fake_news_es.jsonl.gz", "es", lambda r: r.get("label") == "true"),
    ("ar.jsonl", "saudinewsnet/saudinewsnet_ar.jsonl.gz", "ar", lambda r: True),
]
KEEP = ["id", "lang", "date", "title", "body", "source", "url"]

root = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
for out, path, lang, keep in SOURCES:
    with gzip.open(os.path.join(root, path), "rt", encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    rows = [r for r in rows if r["lang"] == lang and keep(r) and r.get("title") and 300 <= len(r["body"]) <= 2500]
    rows.sort(key=lambda r: r["id"])
    random.Random(20261123).shuffle(rows)
    with open(os.path.join(here, out), "w", encoding="utf-8") as f:
        for r in sorted(rows[:N], key=lambda r: r["id"]):
            f.write(json.dumps({k: r.get(k) for k in KEEP}, ensure_ascii=False) + "\n")
    print(out, min(N, len(rows)), "of", len(rows))
