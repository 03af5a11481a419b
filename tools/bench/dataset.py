"""What ./bench's generators read of the seeded data set."""
import json


def emails(people_json):
    """The emails of the people in PEOPLE_JSON (`kith people list --json`)."""
    with open(people_json, encoding="utf-8") as f:
        data = json.load(f)
    people = data["items"] if isinstance(data, dict) and "items" in data else data
    found = []
    for p in people:
        for e in p.get("emails") or []:
            found.append(e["value"] if isinstance(e, dict) else e)
    return found
