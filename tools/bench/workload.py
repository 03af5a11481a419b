#!/usr/bin/env python3
"""Turns `kith people list --json` into the request lists ./bench sends, the same for the same seed.

    tools/bench/workload.py PEOPLE_JSON OUT_DIR [SEED]

Writes, one request path per line:
  person.paths   /people/{id} of random people
  search.paths   /api/v1/people?q=PREFIX&size=20, PREFIX the first 1-3 letters of a random word of a
                 random person's name, folded like Kith folds them (what someone types into search)
  first.paths    200 more such searches, different from the warm ones, for the first requests
  list.paths     /people?page=N for the first 20 pages of 25 (a person paging through the list)
  today.paths    /
  overview.paths /overview
  graph.paths    /api/v1/graph (the network graph's data, up to 300 people)
and query.txt, a 2-letter prefix for `kith people list --query`.
"""
import json
import os
import random
import sys
import unicodedata
from urllib.parse import quote

SAMPLES = 5000
FIRST = 200
# Letters NFKD does not split into a base letter and an accent.
FOLDS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                       "ı": "i"})


def fold(text):
    plain = unicodedata.normalize("NFKD", text.lower().translate(FOLDS))
    return "".join(c for c in plain if not unicodedata.combining(c))


def words(name):
    return [w for w in "".join(c if c.isalnum() else " " for c in fold(name)).split() if w.isalpha()]


def prefix(rng, names):
    while True:
        candidates = words(rng.choice(names))
        if candidates:
            word = rng.choice(candidates)
            return word[:rng.randint(1, 3)]


def write(out_dir, name, lines):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: workload.py PEOPLE_JSON OUT_DIR [SEED]")
    with open(sys.argv[1], encoding="utf-8") as f:
        people = [p for p in json.load(f) if not p.get("self")]
    if not people:
        sys.exit("workload.py: the people list is empty")
    out_dir = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 1)
    names = [p["name"] for p in people]
    pages = min(20, max(1, len(people) // 25))
    persons = [rng.choice(people)['id'] for _ in range(SAMPLES)]
    write(out_dir, "person.paths", [f"/people/{p}" for p in persons])
    write(out_dir, "search.paths", [f"/api/v1/people?q={quote(prefix(rng, names))}&size=20" for _ in range(SAMPLES)])
    write(out_dir, "first.paths", [f"/api/v1/people?q={quote(prefix(rng, names))}&size=20" for _ in range(FIRST)])
    write(out_dir, "list.paths", [f"/people?page={rng.randrange(pages)}" for _ in range(SAMPLES)])
    write(out_dir, "today.paths", ["/"])
    write(out_dir, "overview.paths", ["/overview"])
    write(out_dir, "graph.paths", ["/api/v1/graph"])
    query = ""
    while len(query) < 2:
        query = prefix(rng, names)
    write(out_dir, "query.txt", [query[:2]])


if __name__ == "__main__":
    main()
