"""Writes an iCalendar file of COUNT meetings, as ./bench's calendar source figures read it.

Usage: gen_ics.py PEOPLE_JSON OWNER COUNT FILE

PEOPLE_JSON is `kith people list --json` of the data set: its people's emails are the known
attendees. The meetings are single events spread over the past year (a few in the next days),
organized by OWNER, each with one to three attendees: about 70% known people, the rest strangers
(suggestions). Every tenth one is cancelled. Prints "events=N known=K".
"""
import random
import sys
from datetime import datetime, timedelta, timezone

from dataset import emails


def stamp(moment):
    return moment.strftime("%Y%m%dT%H%M%SZ")


def main():
    people_json, owner, count, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    known = emails(people_json)
    if not known:
        sys.exit("gen_ics.py: the data set's people have no emails")
    rng = random.Random(15)
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kith//bench//EN"]
    with_known = 0
    for i in range(count):
        start = now - timedelta(hours=rng.randrange(-48, 365 * 24))
        attendees = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.7:
                attendees.append(rng.choice(known))
            else:
                attendees.append("stranger%d@example.net" % rng.randrange(2000))
        with_known += any(a in known for a in attendees)
        lines += ["BEGIN:VEVENT", "UID:bench-%d@kith.example" % i, "DTSTAMP:" + stamp(now),
                  "DTSTART:" + stamp(start), "DTEND:" + stamp(start + timedelta(minutes=30)),
                  "SUMMARY:Meeting %d" % i, "ORGANIZER:mailto:" + owner]
        lines += ["ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + a for a in attendees]
        if i % 10 == 9:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    print("events=%d known=%d" % (count, with_known))


main()
