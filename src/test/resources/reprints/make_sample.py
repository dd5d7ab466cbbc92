#!/usr/bin/env python3
"""Draws the committed reprint sample from ../shared/corpora/orangesum (see NOTICE for source and license).

OrangeSum marks its own duplicate groups (`duplicate_of`: the group's first id). This keeps every member of
GROUPS groups drawn at random (all members at most MAX_BODY characters long), and as many articles outside any
group, so that a test measures clustering, reprint dates and related articles on real text.

usage: python3 make_sample.py /work/shared/corpora   (rewrites orangesum-groups.jsonl next to this script)
"""
import gzip, json, random, sys, os
from collections import defaultdict

GROUPS = 25
MAX_BODY = 3000
KEEP = ["id", "lang", "date", "title", "body", "source", "url", "duplicate_of"]

root = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
with gzip.open(os.path.join(root, "orangesum/orangesum_fr.jsonl.gz"), "rt", encoding="utf-8") as f:
    rows = [json.loads(l) for l in f]
groups = defaultdict(list)
for r in rows:
    if r.get("duplicate_of"):
        groups[r["duplicate_of"]].append(r)
# The group's first article carries no mark of its own: it is the one the others point to.
by_id = {r["id"]: r for r in rows}
for g in list(groups):
    if g in by_id and by_id[g] not in groups[g]:
        groups[g].insert(0, by_id[g])
grouped = {r["id"] for members in groups.values() for r in members}
eligible = sorted(g for g, members in groups.items()
                  if len(members) >= 2 and all(r.get("title") and len(r["body"]) <= MAX_BODY for r in members))
rnd = random.Random(20261203)
chosen = rnd.sample(eligible, GROUPS)
picked = [r for g in chosen for r in groups[g]]
alone = [r for r in rows if r["id"] not in grouped and r.get("title") and 300 <= len(r["body"]) <= MAX_BODY]
alone.sort(key=lambda r: r["id"])
picked += rnd.sample(alone, len(picked))
with open(os.path.join(here, "orangesum-groups.jsonl"), "w", encoding="utf-8") as f:
    for r in sorted(picked, key=lambda r: r["id"]):
        f.write(json.dumps({k: r.get(k) for k in KEEP if r.get(k) is not None}, ensure_ascii=False) + "\n")
print(len(eligible), "eligible groups,", GROUPS, "drawn,", len(picked), "articles")
