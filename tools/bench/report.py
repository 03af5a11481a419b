#!/usr/bin/env python3
"""Writes ./bench's table of record into a markdown report, beside the previous run's figures.

    tools/bench/report.py record META RESULTS OUT.md
    tools/bench/report.py in-process META DIR OUT.md

META holds key=value lines about the run; RESULTS one line per measurement, `VENDOR FIGURE key=value...`
(written by ./bench). The table goes between the `<!-- bench:record -->` markers of OUT.md, replacing
the previous one, whose values are read first for the "previous" columns, and is printed; the rest of
OUT.md is kept. `in-process` puts the in-process micro-benchmarks' markdown files found in DIR between
the `<!-- bench:in-process -->` markers instead.
"""
import os
import re
import sys
from dataclasses import dataclass
from typing import Callable, Optional

RECORD = ("<!-- bench:record -->", "<!-- /bench:record -->")
IN_PROCESS = ("<!-- bench:in-process -->", "<!-- /bench:in-process -->")
PG_FACTOR = 1.5
MIB = 1024


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            meta[key] = value
    return meta


def read_results(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                results.setdefault(parts[0], {})[parts[1]] = dict(p.split("=", 1) for p in parts[2:] if "=" in p)
    return results


def num(r, key):
    value = r.get(key, "none")
    return None if value in ("none", "") else float(value)


def runs(r):
    return sorted(float(v) for v in r["runs_ms"].split(","))


def median(values):
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def s(ms):
    return f"{ms / 1000:.2f} s"


def mb(kb):
    return f"{kb / MIB:.0f} MB"


def spread(r):
    values = runs(r)
    return f"{s(median(values))} ({values[0] / 1000:.2f}–{values[-1] / 1000:.2f})"


def latency(r):
    return f"{num(r, 'p50_us') / 1000:.1f} / {num(r, 'p99_us') / 1000:.1f} / {num(r, 'max_us') / 1000:.1f} ms"


def errors(r):
    return int(num(r, "not_200") + num(r, "socket_errors"))


def rate(r):
    return num(r, "requests") / num(r, "seconds")


@dataclass
class Figure:
    """One row: how its value reads, the number compared, and when it passes."""
    label: str
    target: str
    needs: tuple  # result figures the row reads
    value: Callable
    main: Callable
    ok: Optional[Callable] = None
    # How the PostgreSQL column is judged: "slower" (within 1.5x of SQLite's, lower is better),
    # "fewer" (within 1.5x, higher is better), "same" (the SQLite target) or None (information).
    postgres: Optional[str] = None


def figures(meta):
    n, m = int(meta["people"]), int(meta["interactions"])
    sn, sm = int(meta["small_people"]), int(meta["small_interactions"])

    def whole(name, label, limit_ms):
        return Figure(label, f"< {limit_ms // 1000} s", (name,), lambda r: s(num(r[name], "wall_ms")),
                      lambda r: num(r[name], "wall_ms"), lambda r: num(r[name], "wall_ms") < limit_ms)

    def growth(small, big, label):
        def ratio(r):
            return num(r[big], "wall_ms") / num(r[small], "wall_ms")
        return Figure(label, "≤ 12×", (small, big),
                      lambda r: f"{ratio(r):.1f}× ({s(num(r[small], 'wall_ms'))} → {s(num(r[big], 'wall_ms'))})",
                      ratio, lambda r: ratio(r) <= 12)

    def cold(name, label, limit_ms=None, postgres=None):
        def middle(r):
            return median(runs(r[name]))
        return Figure(label, "" if limit_ms is None else f"< {limit_ms / 1000:.1f} s", (name,),
                      lambda r: spread(r[name]), middle,
                      None if limit_ms is None else lambda r: middle(r) < limit_ms, postgres)

    def charted(r):
        # The charts are drawn in the page; without them is the same pages from a server started with
        # KITH_PERSON_CHARTS=false, the two measured in turn (figures.sh, chart_cost).
        return num(r["person_charted"], "p99_us") / num(r["person_plain"], "p99_us")

    def p99(name, label, limit_ms):
        return Figure(label + " — p50 / p99 / max", f"p99 < {limit_ms} ms", (name,), lambda r: latency(r[name]),
                      lambda r: num(r[name], "p99_us") / 1000, lambda r: num(r[name], "p99_us") / 1000 < limit_ms,
                      "slower")

    return [
        whole("import", f"`kith import linkedin`, {n:,}-row Connections.csv — whole process", 4000),
        growth("import_small", "import", f"`kith import linkedin`, cost growth {sn:,} → {n:,} rows"),
        Figure("web import of the same file: upload (with its preview) + confirm", "< 4 s", ("web_import",),
               lambda r: (f"{s(web_total(r))} ({num(r['web_import'], 'upload_ms') / 1000:.2f} + "
                          f"{num(r['web_import'], 'confirm_ms') / 1000:.2f})"),
               web_total, lambda r: web_total(r) < 4000, "slower"),
        whole("seed", f"`kith dev seed --people {n:,} --interactions {m:,}` — whole process", 30000),
        growth("seed_small", "seed", f"`kith dev seed`, cost growth {sn:,} / {sm:,} → {n:,} / {m:,}"),
        cold("cli_people_list", "`kith people list --query Q --limit 20`, cold — median (min–max)", 1000),
        cold("cli_today", "`kith today`, cold — median (min–max)"),
        cold("cli_help", "`kith --help`, cold — median (min–max)"),
        cold("serve_start", "`kith serve` until `/healthz` answers — median (min–max)", 3000, "slower"),
        p99("first_searches", "first 200 searches after the start, unwarmed, one at a time", 50),
        p99("search", "search API `/api/v1/people?q=` (1–3 letters), warm, 1 connection", 10),
        p99("person", "person page `/people/{id}`, HTML, warm, 1 connection", 15),
        p99("people_list", "people list page `/people?page=N`, HTML, warm, 1 connection", 20),
        p99("today", "Today page `/`, HTML, warm, 1 connection", 30),
        p99("overview", "network overview page `/overview`, HTML, warm, 1 connection", 100),
        p99("graph_data", "network graph data `/api/v1/graph` (up to 300 people), warm, 1 connection", 50),
        Figure("person page with its charts vs without them (`KITH_PERSON_CHARTS=false`) — p99",
               "≤ 1.3×", ("person_charted", "person_plain"),
               lambda r: (f"{charted(r):.2f}× ({num(r['person_charted'], 'p99_us') / 1000:.1f} vs "
                          f"{num(r['person_plain'], 'p99_us') / 1000:.1f} ms)"),
               charted, lambda r: charted(r) <= 1.3, "same"),
        Figure("person pages, 16 connections — throughput", "≥ 600 req/s", ("person_16",),
               lambda r: f"{rate(r['person_16']):.0f} req/s" + error_note(r["person_16"]),
               lambda r: rate(r["person_16"]),
               lambda r: rate(r["person_16"]) >= 600 and errors(r["person_16"]) == 0, "fewer"),
        Figure("server memory after the 16-connection load — VmRSS (peak VmHWM)", "≤ 256 MB", ("person_16",),
               lambda r: f"{mb(num(r['person_16'], 'rss_kb'))} ({mb(num(r['person_16'], 'hwm_kb'))})",
               lambda r: num(r["person_16"], "rss_kb"), lambda r: num(r["person_16"], "rss_kb") <= 256 * MIB,
               "same"),
        Figure("the same load with `-Xmx128m` — throughput, errors", "no errors", ("person_16_xmx128m",),
               lambda r: f"{rate(r['person_16_xmx128m']):.0f} req/s, {errors(r['person_16_xmx128m'])} errors",
               lambda r: rate(r["person_16_xmx128m"]), lambda r: errors(r["person_16_xmx128m"]) == 0, "same"),
        Figure("IMAP first sync of the mailbox's headers from a loopback GreenMail (folders of at most"
               " `--imap-folder-size`), heap capped at 128 MB — whole process (RSS, CPU); messages read,"
               " touches logged", "< 60 s", ("imap_first",),
               lambda r: (f"{s(num(r['imap_first'], 'wall_ms'))} ({mb(num(r['imap_first'], 'rss_kb'))}, "
                          f"CPU {s(num(r['imap_first'], 'cpu_ms'))}); "
                          f"{num(r['imap_first'], 'messages'):,.0f} read, {num(r['imap_first'], 'logged'):,.0f} logged"),
               lambda r: num(r["imap_first"], "wall_ms"),
               lambda r: num(r["imap_first"], "wall_ms") < 60000
               and num(r["imap_first"], "messages") == num(r["imap_first"], "appended"), "slower"),
        Figure("IMAP re-sync with nothing new, all its folders — `POST /api/v1/sources/{id}/sync` on the running"
               " server, timed by curl, median (min–max) of 5", "< 1 s", ("imap_again_api",),
               lambda r: f"{spread(r['imap_again_api'])}, {num(r['imap_again_api'], 'messages'):,.0f} read",
               lambda r: median(runs(r["imap_again_api"])),
               lambda r: runs(r["imap_again_api"])[-1] < 1000 and num(r["imap_again_api"], "messages") == 0,
               "slower"),
        Figure("the same for a source of two folders (a mailbox's default is INBOX and Sent), 5,000 headers"
               " — median (min–max) of 5", "< 1 s", ("imap_again_api2",),
               lambda r: f"{spread(r['imap_again_api2'])}, {num(r['imap_again_api2'], 'messages'):,.0f} read",
               lambda r: median(runs(r["imap_again_api2"])),
               lambda r: runs(r["imap_again_api2"])[-1] < 1000 and num(r["imap_again_api2"], "messages") == 0,
               "slower"),
        Figure("the same by `kith sources sync` — whole process (JVM start included)", "", ("imap_again",),
               lambda r: f"{s(num(r['imap_again'], 'wall_ms'))}, {num(r['imap_again'], 'messages'):,.0f} read",
               lambda r: num(r["imap_again"], "wall_ms"), None, "slower"),
        Figure("ICS calendar source, first sync of 10,000 events from loopback HTTP — whole process; events read,"
               " meetings logged (re-sync unchanged, 304)", "< 5 s", ("ics_first", "ics_again"),
               lambda r: (f"{s(num(r['ics_first'], 'wall_ms'))} ({mb(num(r['ics_first'], 'rss_kb'))}); "
                          f"{num(r['ics_first'], 'messages'):,.0f} read, {num(r['ics_first'], 'logged'):,.0f} logged"
                          f" (re-sync {s(num(r['ics_again'], 'wall_ms'))}, {num(r['ics_again'], 'messages'):,.0f}"
                          " read)"),
               lambda r: num(r["ics_first"], "wall_ms"),
               lambda r: num(r["ics_first"], "wall_ms") < 5000 and num(r["ics_first"], "messages") > 0
               and num(r["ics_again"], "messages") == 0, "slower"),
        Figure(f"CardDAV initial sync of {n + 1:,} cards: PROPFIND depth 1, multiget by 100", "< 20 s", ("dav",),
               lambda r: f"{s(num(r['dav'], 'initial_sync_ms'))} (server {mb(num(r['dav'], 'rss_kb'))})",
               lambda r: num(r["dav"], "initial_sync_ms"), lambda r: num(r["dav"], "initial_sync_ms") < 20000,
               "slower"),
        p99("dav_sync", "CardDAV sync-collection, nothing changed, 1 connection", 20),
        Figure("CardDAV sync-collection after one change — members reported", "exactly 1", ("dav",),
               lambda r: f"{num(r['dav'], 'one_change_members'):.0f}", lambda r: num(r["dav"], "one_change_members"),
               lambda r: num(r["dav"], "one_change_members") == 1, "same"),
        Figure("CardDAV PUTs of new cards, 8 connections — throughput, failures", "≥ 200/s, none", ("dav",),
               lambda r: f"{dav_rate(r):.0f}/s, {num(r['dav'], 'put_failures'):.0f} failed of "
                         f"{num(r['dav'], 'puts'):.0f}",
               dav_rate, lambda r: dav_rate(r) >= 200 and num(r["dav"], "put_failures") == 0, "fewer"),
    ]


def dav_rate(r):
    return num(r["dav"], "puts") / num(r["dav"], "put_ms") * 1000


def digest_times(r):
    """All sent (ms from /healthz answering to the last arrival) and the gaps between arrivals."""
    d = r["digests"]
    arrivals = sorted(int(v) for v in d["arrivals_ms"].split(","))
    gaps = sorted(b - a for a, b in zip(arrivals, arrivals[1:])) or [0]
    return arrivals[-1] - int(d["up_ms"]), gaps


def p50_p99_max(values):
    values = sorted(values)
    p99 = values[min(len(values) - 1, round(0.99 * (len(values) - 1)))]
    return f"{median(values):.0f} / {p99:.0f} / {values[-1]:.0f} ms"


def digest_value(r):
    total, gaps = digest_times(r)
    took = r["digests"].get("took_ms", "none")
    own = "" if took in ("none", "") else \
        f"; each made and sent in {p50_p99_max([int(v) for v in took.split(',')])} (the server's log)"
    return f"{s(total)}; between arrivals {p50_p99_max(gaps)}{own}"


def digest_figures():
    return [
        Figure("`kith dev seed --accounts K --people P --digest-due` (the digests' data) — whole process", "",
               ("digest_seed",), lambda r: f"{s(num(r['digest_seed'], 'wall_ms'))} ({int(num(r['digest_seed'], 'accounts')):,}"
                                           f" × {int(num(r['digest_seed'], 'people')):,} people)",
               lambda r: num(r["digest_seed"], "wall_ms")),
        Figure("the due digests of those accounts, sent by `kith serve` to a loopback SMTP server — all sent;"
               " per digest p50 / p99 / max", "< 60 s", ("digests",), digest_value,
               lambda r: digest_times(r)[0], lambda r: digest_times(r)[0] < 60000, "same"),
    ]


def web_total(r):
    return num(r["web_import"], "upload_ms") + num(r["web_import"], "confirm_ms")


def error_note(r):
    count = errors(r)
    return f", {count} errors" if count else ""


def verdict(ok):
    return "" if ok is None else "pass" if ok else "**FAIL**"


def cells(figure, results, vendor, sqlite):
    """The value and verdict of one figure for one vendor."""
    r = results.get(vendor, {})
    if not all(name in r for name in figure.needs):
        return "—", ""
    value = figure.value(r)
    if vendor == "sqlite":
        return value, verdict(figure.ok(r) if figure.ok else None)
    if figure.postgres == "same" and figure.ok:
        return value, verdict(figure.ok(r))
    if figure.postgres in ("slower", "fewer") and all(name in sqlite for name in figure.needs):
        ratio = figure.main(r) / figure.main(sqlite)
        ok = ratio <= PG_FACTOR if figure.postgres == "slower" else ratio >= 1 / PG_FACTOR
        return f"{value} ({ratio:.2f}×)", verdict(ok)
    return value, ""


def previous_record(text):
    """The previous table's values by figure, and the line saying when it was measured."""
    block = between(text, RECORD)
    values, when = {}, None
    if block is None:
        return values, when
    match = re.search(r"Measured on (.+?) by `./bench` at commit `([^`]+)`", block)
    if match:
        when = f"{match.group(1)} at `{match.group(2)}`"
    for line in block.splitlines():
        row = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(row) == 8 and row[0] != "figure":
            values[row[0]] = (row[2], row[5])
    return values, when


def between(text, markers):
    start, end = text.find(markers[0]), text.find(markers[1])
    if start < 0 or end < start:
        return None
    return text[start + len(markers[0]):end]


def replace(text, markers, body, title_first):
    block = f"{markers[0]}\n{body.strip()}\n{markers[1]}"
    start, end = text.find(markers[0]), text.find(markers[1])
    if start >= 0 and end > start:
        return text[:start] + block + text[end + len(markers[1]):]
    if title_first and text.startswith("# "):
        title, _, rest = text.partition("\n")
        return f"{title}\n\n{block}\n\n{rest.lstrip()}"
    if title_first:
        return f"# Kith benchmarks\n\n{block}\n\n{text}"
    return text.rstrip() + f"\n\n{block}\n"


def record_markdown(meta, results, previous, previous_when):
    sqlite = results.get("sqlite", {})
    quick = " (a quick run: not comparable with runs of record at 30,000 people)" if meta.get("quick") == "yes" else ""
    dirty = ", with uncommitted changes" if meta.get("dirty") == "yes" else ""
    lines = [
        "## Table of record",
        "",
        f"Measured on {meta['started']} by `./bench` at commit `{meta['commit']}`{dirty}: "
        f"{int(meta['people']):,} people and {int(meta['interactions']):,} interactions{quick}.",
        f"Machine: {meta['cpu']}, {meta['cores']} cores, {meta['memory']}, {meta['os']}; JDK {meta.get('jdk', '?')}"
        + (f"; PostgreSQL {meta['postgresql']}" if "postgresql" in meta else "") + ".",
        f"Load average (1, 5, 15 min) before: {meta['load_before']}; after: {meta.get('load_after', '?')}"
        f" ({meta['cores']} cores; other work may have shared them).",
        "Previous run of record: " + (previous_when or "none in this file") + ".",
        "",
        "| figure | target | SQLite | | previous | PostgreSQL | | previous |",
        "|---|---|---:|---|---:|---:|---|---:|",
    ]
    for figure in figures(meta) + digest_figures():
        old = previous.get(figure.label, ("—", "—"))
        sqlite_value, sqlite_verdict = cells(figure, results, "sqlite", sqlite)
        pg_value, pg_verdict = cells(figure, results, "postgresql", sqlite)
        lines.append(f"| {figure.label} | {figure.target} | {sqlite_value} | {sqlite_verdict} | {old[0]} | "
                     f"{pg_value} | {pg_verdict} | {old[1]} |")
    lines += ["", how(meta), "", details(results)]
    return "\n".join(lines)


def how(meta):
    return f"""How each figure is taken (all from outside the JVM under test, through `./kith` as the README runs it):

- **Data** is made the user's way: `kith init --password-stdin` into a fresh data folder (on PostgreSQL a
  fresh schema, given with `--db-url --db-user --db-password`), then `kith import linkedin` of a generated
  Connections.csv in LinkedIn's layout (`tools/bench/gen_connections.py`), or `kith dev seed` into another.
  Each is one process, timed from its start to its exit; cost growth compares the run at a tenth of the
  size. The server figures are taken on the seeded data set (on PostgreSQL after `VACUUM ANALYZE` of its
  schema, as autovacuum leaves it some minutes after a bulk load).
- **Cold starts:** {meta['cli_runs']} runs of each command, a new JVM each time; the query is a 2-letter prefix.
- **Server:** `./kith --data DIR serve --port P`, started {meta['server_starts']} times; start-up is until
  `/healthz` answers 200 (polled every 20 ms). On the last start, 200 searches go out at once, one at a time
  on one connection (one `curl`), with a bearer token from `kith token create`. Then wrk
  (`tools/bench/wrk/paths.lua`) over one connection, {meta['warmup_s']} s of warm-up and {meta['measure_s']} s
  measured per row: searches for 1–3 letter prefixes of random names, pages of random people, the first 20
  pages of the people list and Today, signed in through the `/login` form. Then person pages over 16
  connections for {meta['load_s']} s, after which VmRSS and VmHWM are read from `/proc/PID/status`. The
  `-Xmx128m` server (`JAVA_TOOL_OPTIONS`; the launcher has no variable of its own) gets the same load after
  {meta['warmup_s']} s of warm-up; errors are answers other than 200 and socket errors.
- **Web import:** a fresh data set and server; sign in, upload the file as the import form does (the
  answer is the preview, a dry run), then confirm; the time is the two requests' (`curl`'s `time_total`).
- **Digests** (PostgreSQL only; its target is the operator's, for an organization's server):
  `kith dev seed --accounts K --people P --interactions M --digest-due` makes K accounts in one process and
  turns on each one's daily email digest, due at once; then `kith serve` with `KITH_SMTP_URL` pointing at a
  loopback SMTP server (`tools/bench/smtp_sink.py`, aiosmtpd) and its scheduler ticking every second
  (`KITH_DIGEST_TICK`). "All sent" runs from `/healthz` answering to the K-th message's arrival. Per digest,
  two figures: the gaps between consecutive arrivals (with `kith.digest.senders` sends at once, default 4,
  a digest's share of the time), and how long each digest took to make and send, from claiming it to the
  SMTP server's answer, as the server logs it ("sent by email in N ms").
- **PostgreSQL column:** the HTTP figures pass when within {PG_FACTOR}× of SQLite's (the ratio is shown);
  memory and errors are held to SQLite's targets; the data-making and command-line figures are for
  information. The targets are set for SQLite at 30,000 people and 300,000 interactions."""


def details(results):
    def row(name, render):
        out = [name]
        for vendor in ("sqlite", "postgresql"):
            try:
                out.append(render(results[vendor]))
            except (KeyError, TypeError, ValueError, ZeroDivisionError):
                out.append("—")
        return "| " + " | ".join(out) + " |"

    def process(key):
        return lambda r: (f"{s(num(r[key], 'wall_ms'))} wall, {s(num(r[key], 'cpu_ms'))} CPU, "
                          f"{mb(num(r[key], 'rss_kb'))} peak RSS")

    def reported(key):
        return lambda r: "not printed" if num(r[key], "reported_ms") is None else s(num(r[key], "reported_ms"))

    def load(key):
        return lambda r: (f"{num(r[key], 'requests'):.0f} requests in {num(r[key], 'seconds'):.1f} s, "
                          f"{latency(r[key])}, {errors(r[key])} errors")

    def server_reported(r):
        values = [v for v in r["serve_start"]["reported_ms"].split(",") if v != "none"]
        return ", ".join(s(float(v)) for v in values) if values else "not printed"

    return "\n".join([
        "Details of this run:",
        "",
        "| | SQLite | PostgreSQL |",
        "|---|---|---|",
        row("`kith init` (before the large import)", process("init_import")),
        row("`kith import linkedin`, large file", process("import")),
        row("`kith import linkedin`, a tenth of it", process("import_small")),
        row("the import's own time, as the program prints it", reported("import")),
        row("`kith dev seed`, full size", process("seed")),
        row("`kith dev seed`, a tenth", process("seed_small")),
        row("the seed's own time, as the program prints it", reported("seed")),
        row("`kith serve` starts until `/healthz`, each", lambda r: ", ".join(s(float(v)) for v in
                                                                            r["serve_start"]["runs_ms"].split(","))),
        row("the same starts as Spring Boot reports them (process running for)", server_reported),
        row("search requests measured (1 connection)", lambda r: f"{num(r['search'], 'requests'):.0f}"),
        row("person page requests measured", lambda r: f"{num(r['person'], 'requests'):.0f}"),
        row("people list page requests measured", lambda r: f"{num(r['people_list'], 'requests'):.0f}"),
        row("Today page requests measured", lambda r: f"{num(r['today'], 'requests'):.0f}"),
        row("person pages, 16 connections: latency p50 / p99 / max", load("person_16")),
        row("the same at `-Xmx128m`", load("person_16_xmx128m")),
        row("memory at `-Xmx128m` after the load: VmRSS (VmHWM)",
            lambda r: f"{mb(num(r['person_16_xmx128m'], 'rss_kb'))} ({mb(num(r['person_16_xmx128m'], 'hwm_kb'))})"),
    ])


def in_process_markdown(directory, meta):
    parts = ["## In-process micro-benchmarks (a diagnosis aid, not of record)", "",
             f"Run with `./bench --in-process` on {meta['started']} (commit `{meta['commit']}`): the services and"
             " pages measured inside one JVM by `mvn test` (`src/test/java/app/kith/bench`). They help find where"
             " time goes; they are not what a user meets and never enter the table of record."]
    for name in ("kith.md", "imports.md", "calendar.md"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read().strip().replace("# Kith benchmarks", "# Services and pages (`KithBenchmark`)", 1)
                parts += ["", re.sub(r"^#{1,2} ", "### ", text, flags=re.M)]
    return "\n".join(parts)


def main():
    usage = "usage: report.py record META RESULTS OUT.md | report.py in-process META DIR OUT.md"
    if len(sys.argv) != 5 or sys.argv[1] not in ("record", "in-process"):
        sys.exit(usage)
    meta = read_meta(sys.argv[2])
    out = sys.argv[4]
    text = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
    if sys.argv[1] == "record":
        previous, previous_when = previous_record(text)
        record = record_markdown(meta, read_results(sys.argv[3]), previous, previous_when)
        text = replace(text, RECORD, record, title_first=True)
        print(record.split("\n\nHow each figure")[0])
    else:
        text = replace(text, IN_PROCESS, in_process_markdown(sys.argv[3], meta), title_first=False)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


if __name__ == "__main__":
    main()
