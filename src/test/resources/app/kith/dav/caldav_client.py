"""Reads Kith's calendars with the Python caldav library, as a CalDAV client would, and prints JSON.

Usage: caldav_client.py URL USER PASSWORD FROM TO
FROM and TO (YYYY-MM-DD) bound a time-range search. The output names each calendar with its events'
summaries, the summaries in the range, how adding an event (and adding and deleting another) went, and
what a sync-collection from before those writes then reported (updated summaries, deleted count).
"""
import datetime
import json
import sys

import caldav


EVENT = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
         "DTSTAMP:20260101T000000Z\r\nDTSTART:20260101T100000Z\r\nDTEND:20260101T110000Z\r\nSUMMARY:%s\r\n"
         "CATEGORIES:dinner\r\nATTENDEE;CN=Ada:mailto:ada@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def summaries(objects):
    found = []
    for item in objects:
        for component in item.icalendar_instance.walk("VEVENT"):
            found.append(str(component.get("summary")))
    return sorted(found)


def main():
    url, user, password, start, end = sys.argv[1:6]
    client = caldav.DAVClient(url=url, username=user, password=password)
    principal = client.principal()
    report = {"calendars": {}}
    for calendar in principal.calendars():
        name = calendar.get_properties([caldav.dav.DisplayName()])[caldav.dav.DisplayName.tag]
        events = calendar.events()
        in_range = calendar.date_search(start=datetime.datetime.fromisoformat(start),
                                        end=datetime.datetime.fromisoformat(end), expand=False)
        multiget = calendar.calendar_multiget([e.url for e in events]) if events else []
        synced = {}
        try:
            doomed = calendar.save_event(EVENT % ("doomed", "Deleted from Python"))
            snapshot = calendar.objects(load_objects=True)
            calendar.save_event(EVENT % ("from-python", "From Python"))
            doomed.delete()
            write = "accepted"
            updated, deleted = snapshot.sync()
            synced = {"updated": summaries(updated), "deleted": len(deleted)}
        except Exception as e:  # the library raises its own error types for refusals
            write = type(e).__name__ + ": " + str(e)[:200]
        report["calendars"][name] = {
            "url": str(calendar.url),
            "all": summaries(events),
            "inRange": summaries(in_range),
            "multiget": len(list(multiget)),
            "write": write,
            "synced": synced,
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
