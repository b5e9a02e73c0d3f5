/**
 * Reads an iCalendar text with python's `icalendar` (Debian's python3-icalendar), a reader
 * that shares nothing with the code that wrote it, and returns what it understood.
 */
import { execFileSync } from "node:child_process";

const PYTHON = "/usr/bin/python3";

const READER = `
import json, sys
from datetime import timezone
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.read())
events = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    events.append({
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "status": str(ev.get("STATUS")) if ev.get("STATUS") is not None else None,
        "summary": str(ev.get("SUMMARY")),
        "start": start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    })
print(json.dumps({
    "properties": {k: str(v) for k, v in cal.items()},
    "timezones": [str(z.get("TZID")) for z in cal.walk("VTIMEZONE")],
    "events": events,
}))
`;

export interface PythonCalendar {
  readonly properties: Record<string, string>;
  readonly timezones: string[];
  readonly events: {
    readonly uid: string;
    readonly sequence: number;
    readonly status: string | null;
    readonly summary: string;
    readonly start: string;
  }[];
}

export function readWithPythonIcalendar(text: string): PythonCalendar {
  return JSON.parse(
    execFileSync(PYTHON, ["-c", READER], { input: text, encoding: "utf8" }),
  ) as PythonCalendar;
}
