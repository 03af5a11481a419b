#!/usr/bin/env python3
"""The CardDAV figures of ./bench, from outside over HTTP, as a phone syncing with Kith would.

    tools/bench/dav.py BASE EMAIL APP_PASSWORD EXPECTED_CARDS PUTS

Prints one `key=value ...` line: the initial sync (PROPFIND depth 1, then addressbook-multiget in
batches of 100) of every card, sync-collection latencies with nothing changed, how many members a
sync reports after one change made through the API, and PUTS new cards from 8 connections at once.
Exits non-zero, saying why, when an answer is not what a client must get.
"""
import base64
import concurrent.futures
import http.client
import json
import re
import sys
import time
import urllib.parse
import uuid

HREF = re.compile(r"<d:href>([^<]*)</d:href>")
TOKEN = re.compile(r"<d:sync-token>([^<]*)</d:sync-token>")
SYNC = ('<d:sync-collection xmlns:d="DAV:"><d:sync-token>%s</d:sync-token><d:sync-level>1</d:sync-level>'
        '<d:prop><d:getetag/></d:prop></d:sync-collection>')


class Client:
    def __init__(self, base, email, password):
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        self.auth = "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()
        self.bearer = "Bearer " + password

    def send(self, method, path, body=None, headers=None, api=False):
        all_headers = {"Authorization": self.bearer if api else self.auth}
        all_headers.update(headers or {})
        self.conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=all_headers)
        response = self.conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main():
    base, email, password, expected, puts = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    contacts = "/dav/addressbooks/" + urllib.parse.quote(email, safe="@") + "/contacts/"
    client = Client(base, email, password)
    figures = {}

    started = time.monotonic()
    status, _, body = client.send("PROPFIND", contacts, '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
                                  '</d:propfind>', {"Depth": "1"})
    if status != 207:
        fail(f"PROPFIND depth 1 answered {status}")
    hrefs = [h for h in HREF.findall(body) if h != contacts]
    cards = 0
    for i in range(0, len(hrefs), 100):
        batch = "".join(f"<d:href>{h}</d:href>" for h in hrefs[i:i + 100])
        status, _, body = client.send("REPORT", contacts, '<card:addressbook-multiget xmlns:d="DAV:" '
                                      'xmlns:card="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/>'
                                      f'<card:address-data/></d:prop>{batch}</card:addressbook-multiget>',
                                      {"Depth": "1"})
        if status != 207:
            fail(f"multiget answered {status}")
        cards += body.count("BEGIN:VCARD")
    figures["initial_sync_ms"] = round((time.monotonic() - started) * 1000)
    figures["cards"] = cards
    if cards != expected:
        fail(f"the initial sync read {cards} cards, not {expected}")

    status, _, body = client.send("REPORT", contacts, SYNC % "", {"Depth": "1"})
    token = TOKEN.search(body).group(1)
    latencies = []
    for _ in range(300):
        began = time.monotonic_ns()
        status, _, body = client.send("REPORT", contacts, SYNC % token, {"Depth": "1"})
        latencies.append((time.monotonic_ns() - began) // 1000)
        if status != 207 or "<d:response>" in body:
            fail(f"sync-collection with nothing changed answered {status} with members")
    latencies = sorted(latencies[50:])
    figures["sync_p50_us"] = latencies[len(latencies) // 2]
    figures["sync_p99_us"] = latencies[int(len(latencies) * 0.99)]
    figures["sync_max_us"] = latencies[-1]

    person = hrefs[-1].rsplit("/", 1)[1].removesuffix(".vcf")
    status, _, _ = client.send("PATCH", f"/api/v1/people/{person}", json.dumps({"nickname": "Changed"}),
                               {"Content-Type": "application/json"}, api=True)
    if status != 200:
        fail(f"the API change answered {status}")
    status, _, body = client.send("REPORT", contacts, SYNC % token, {"Depth": "1"})
    figures["one_change_members"] = body.count("<d:response>")

    def put(n):
        own = Client(base, email, password)
        done = 0
        for i in range(n):
            name = f"bench-{uuid.uuid4()}.vcf"
            card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{name}\r\nFN:Bench Card {name[6:14]}\r\n"
                    f"TEL;TYPE=CELL:+1 415 555 {i % 10000:04d}\r\nEND:VCARD\r\n")
            status, headers, _ = own.send("PUT", contacts + name, card, {"Content-Type": "text/vcard",
                                                                          "If-None-Match": "*"})
            if status == 201 and headers.get("ETag") and headers.get("Location", "").endswith(name):
                done += 1
        return done

    began = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        done = sum(pool.map(put, [puts // 8 + (1 if i < puts % 8 else 0) for i in range(8)]))
    figures["puts"] = puts
    figures["put_ms"] = round((time.monotonic() - began) * 1000)
    figures["put_failures"] = puts - done
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
