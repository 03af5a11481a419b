#!/usr/bin/env python3
"""A loopback SMTP server that accepts every message and notes when each arrived, for ./bench.

    tools/bench/smtp_sink.py PORT ARRIVALS_FILE

Listens on 127.0.0.1:PORT (aiosmtpd, Debian's python3-aiosmtpd) and appends one line per message to
ARRIVALS_FILE: the wall-clock time it arrived in milliseconds since the epoch, and its recipients.
Runs until killed.
"""
import asyncio
import sys
import time

from aiosmtpd.controller import Controller


class Arrivals:
    def __init__(self, path):
        self.out = open(path, "a", encoding="utf-8", buffering=1)

    async def handle_DATA(self, server, session, envelope):
        self.out.write(f"{time.time_ns() // 1_000_000} {','.join(envelope.rcpt_tos)}\n")
        return "250 Message accepted"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: smtp_sink.py PORT ARRIVALS_FILE")
    controller = Controller(Arrivals(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
    controller.start()
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
