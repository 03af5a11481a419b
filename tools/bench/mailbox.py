"""Fills a loopback IMAP mailbox (GreenMail) with message headers, as ./bench's mail source figures read.

Usage: mailbox.py PORT USER PASSWORD PEOPLE_JSON COUNT [FOLDER_SIZE]

PEOPLE_JSON is `kith people list --json` of the data set: its people's emails are the known
correspondents. Of the COUNT messages, about 60% are between the owner (USER) and known people, in
threads of up to 5 replies; the rest are strangers (suggestions), mailing lists, auto-replies and
no-reply senders, which the source ignores. Messages are appended with LITERAL+ in pipelined batches
(one round trip per batch, not three per message), at most FOLDER_SIZE (default 2,500; a source reads
at most 20 folders) to a folder: INBOX, then Archive2, Archive3... made as needed. GreenMail's FETCH
takes time in the square of its folder's size whatever it fetches (ImapSessionFolder.getMsn copies
every UID for each message of the folder): at 50,000 in one folder one FETCH of 10 headers took over
10 minutes. Prints
"appended=N known=K folders=F" and then the folders' names, comma-separated, on a line of their own.
"""
import random
import socket
import sys
import threading
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

from dataset import emails

BATCH = 200


def messages(owner, known, count):
    rng = random.Random(42)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    thread = None
    for i in range(count):
        when = format_datetime(start + timedelta(minutes=17 * i))
        kind = rng.random()
        extra = ""
        if kind < 0.6 and known:
            other = rng.choice(known)
            sender, to = (owner, other) if rng.random() < 0.4 else (other, owner)
            if thread and rng.random() < 0.5:
                extra = f"In-Reply-To: <{thread}>\r\nReferences: <{thread}>\r\n"
            else:
                thread = f"t{i}@bench.example"
        elif kind < 0.75:
            sender, to = f"stranger{rng.randrange(3000)}@strangers.example", owner
        elif kind < 0.88:
            sender, to = "news@lists.example", owner
            extra = "List-Id: <news.lists.example>\r\nPrecedence: list\r\n"
        elif kind < 0.95:
            sender, to = f"p{rng.randrange(100)}@away.example", owner
            extra = "Auto-Submitted: auto-replied\r\n"
        else:
            sender, to = "no-reply@service.example", owner
        yield (f"From: <{sender}>\r\nTo: <{to}>\r\nDate: {when}\r\nMessage-ID: <m{i}@bench.example>\r\n"
               f"{extra}Subject: message {i}\r\n\r\nbody\r\n").encode()


def main():
    port, user, password, people_json, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    folder_size = int(sys.argv[6]) if len(sys.argv) > 6 else 2500
    folders = ["INBOX"] + [f"Archive{n}" for n in range(2, (count + folder_size - 1) // folder_size + 1)]
    known = emails(people_json)[:2000]
    sock = socket.create_connection(("127.0.0.1", int(port)))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    answers = sock.makefile("rb")
    answers.readline()
    sock.sendall(f"a LOGIN {user} {password}\r\n".encode())
    if b" OK" not in answers.readline():
        sys.exit("mailbox: the IMAP server refused the login")
    for n, folder in enumerate(folders[1:]):
        sock.sendall(f"c{n} CREATE {folder}\r\n".encode())
        if b" OK" not in answers.readline():
            sys.exit(f"mailbox: the IMAP server did not make the folder {folder}")
    failed = []

    def read():
        done = 0
        while done < count:
            line = answers.readline()
            if not line:
                failed.append("connection closed")
                return
            if line.startswith(b"b"):
                done += 1
                if b" OK" not in line:
                    failed.append(line.decode(errors="replace").strip())
                    return

    reader = threading.Thread(target=read)
    reader.start()
    batch = []
    for n, message in enumerate(messages(user, known, count)):
        folder = folders[n // folder_size].encode()
        batch.append(b"b%d APPEND %s {%d+}\r\n" % (n, folder, len(message)) + message + b"\r\n")
        if len(batch) == BATCH:
            sock.sendall(b"".join(batch))
            batch = []
    sock.sendall(b"".join(batch))
    reader.join()
    if failed:
        sys.exit("mailbox: an APPEND failed: " + failed[0])
    sock.sendall(b"z LOGOUT\r\n")
    print(f"appended={count} known={len(known)} folders={len(folders)}")
    print(",".join(folders))


if __name__ == "__main__":
    main()
