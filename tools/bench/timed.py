#!/usr/bin/env python3
"""Runs one command as a whole process and says what it cost, for ./bench.

    tools/bench/timed.py STDOUT_FILE STDERR_FILE COMMAND [ARG...]

Prints `wall_ms=... cpu_ms=... rss_kb=... exit=...`: the wall-clock time from starting the process
to its end, the CPU time (user + system) of the process and any it waited for, and its peak
resident memory, from the kernel's accounting (wait4). Standard input is passed through.
"""
import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: timed.py STDOUT_FILE STDERR_FILE COMMAND [ARG...]")
    with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
        start = time.monotonic_ns()
        child = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall_ms = (time.monotonic_ns() - start) // 1_000_000
    cpu_ms = round((usage.ru_utime + usage.ru_stime) * 1000)
    print(f"wall_ms={wall_ms} cpu_ms={cpu_ms} rss_kb={usage.ru_maxrss} exit={os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    main()
