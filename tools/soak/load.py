#!/usr/bin/env python3
"""The mixed load of ./soak, and its check that nothing acknowledged was lost.

    tools/soak/load.py run BASE TOKEN EMAIL PASSWORD DIR SECONDS
    tools/soak/load.py verify BASE TOKEN DIR

`run` drives BASE for SECONDS with two API writers (new people, and a touch logged with every
fifth) and a signed-in web reader (Today, the people list, a person's page), tolerating the
server's restarts: a request that gets no answer, or an error, is not acknowledged and is not
retried. Each acknowledged write's id is appended to DIR/acked-*.txt as soon as its 201 arrives;
DIR/load.json holds the counts. `verify` reads every acknowledged id back over the API and exits 1
if any is missing.
"""
import http.client
import json
import random
import re
import sys
import threading
import time
import urllib.parse
from datetime import date

TIMEOUT_S = 15


class Client:
    """One keep-alive connection to BASE, made again after any failure."""

    def __init__(self, base, headers=None):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.headers = dict(headers or {})
        self.cookies = {}
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        all_headers = dict(self.headers)
        all_headers.update(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT_S)
            self.conn.request(method, path, body=body, headers=all_headers)
            response = self.conn.getresponse()
            data = response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers, data
        except (OSError, http.client.HTTPException):
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return None, None, b""


def writer(base, token, out_dir, name, until, counts, lock):
    client = Client(base, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    people = open(f"{out_dir}/acked-people-{name}.txt", "a", buffering=1)
    touches = open(f"{out_dir}/acked-touches-{name}.txt", "a", buffering=1)
    n = 0
    while time.monotonic() < until:
        n += 1
        status, _, data = client.request("POST", "/api/v1/people", json.dumps({"name": f"Soak {name} {n}"}))
        key = "people_acked" if status == 201 else "people_failed"
        if status == 201:
            person = json.loads(data)["person"]["id"]
            people.write(person + "\n")
            if n % 5 == 0:
                status, _, data = client.request("POST", "/api/v1/interactions", json.dumps(
                    {"participants": [person], "kind": "coffee", "direction": "gave", "date": date.today().isoformat()}))
                if status == 201:
                    touches.write(json.loads(data)["id"] + "\n")
                with lock:
                    counts["touches_acked" if status == 201 else "touches_failed"] += 1
        else:
            time.sleep(0.2)
        with lock:
            counts[key] += 1


def sign_in(client, email, password):
    status, _, page = client.request("GET", "/login")
    found = re.search(rb'name="_csrf" value="([^"]+)"', page or b"")
    if status != 200 or not found:
        return False
    form = urllib.parse.urlencode({"username": email, "password": password, "_csrf": found.group(1).decode()})
    status, headers, _ = client.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
    return status == 302 and "/login" not in (headers.get("Location") or "")


def reader(base, email, password, out_dir, until, counts, lock):
    client = Client(base)
    signed_in = False
    while time.monotonic() < until:
        if not signed_in:
            signed_in = sign_in(client, email, password)
            if not signed_in:
                time.sleep(0.5)
                continue
        path = random.choice(["/", "/people", "/people?page=2"])
        status, headers, _ = client.request("GET", path)
        if status == 302 and "/login" in (headers.get("Location") or ""):
            with lock:
                counts["signed_out"] += 1
            signed_in = False
            continue
        with lock:
            counts["reads_ok" if status == 200 else "reads_failed"] += 1
        if status != 200:
            time.sleep(0.2)


def run(base, token, email, password, out_dir, seconds):
    until = time.monotonic() + seconds
    counts = {k: 0 for k in ("people_acked", "people_failed", "touches_acked", "touches_failed", "reads_ok",
                             "reads_failed", "signed_out")}
    lock = threading.Lock()
    threads = [threading.Thread(target=writer, args=(base, token, out_dir, f"w{i}", until, counts, lock))
               for i in (1, 2)]
    threads.append(threading.Thread(target=reader, args=(base, email, password, out_dir, until, counts, lock)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(f"{out_dir}/load.json", "w") as f:
        json.dump(counts, f)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


def verify(base, token, out_dir):
    import glob
    client = Client(base, {"Authorization": f"Bearer {token}"})
    missing, checked = [], 0
    for kind, path in (("people", "/api/v1/people/"), ("touches", "/api/v1/interactions/")):
        for file in sorted(glob.glob(f"{out_dir}/acked-{kind}-*.txt")):
            for line in open(file):
                ident = line.strip()
                if not ident:
                    continue
                status = None
                for _ in range(5):
                    status, _, _ = client.request("GET", path + ident)
                    if status is not None:
                        break
                    time.sleep(1)
                checked += 1
                if status != 200:
                    missing.append(f"{kind} {ident}: {status}")
    print(f"checked={checked} missing={len(missing)}")
    for m in missing[:20]:
        print("missing:", m, file=sys.stderr)
    return 1 if missing else 0


def main():
    if len(sys.argv) == 8 and sys.argv[1] == "run":
        run(*sys.argv[2:7], float(sys.argv[7]))
    elif len(sys.argv) == 5 and sys.argv[1] == "verify":
        sys.exit(verify(*sys.argv[2:5]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
