"""A real SMTP server for the tests (aiosmtpd), on loopback.

Usage: smtp_sink.py DIRECTORY [PORT]

Prints «PORT n» once listening. Each message accepted is saved as
DIRECTORY/NNNN.eml (the bytes as they arrived) and NNNN.json (envelope
recipients, and the headers and body as Python's email package decodes
them: an independent reader of what Vincula wrote). Recipients listed one
per line in DIRECTORY/rechazar are refused at RCPT with 550, as a server
refuses an unknown mailbox.
"""

import asyncio
import email
import email.policy
import json
import pathlib
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory):
        self.directory = pathlib.Path(directory)
        self.count = len(list(self.directory.glob("*.eml")))

    def refused(self):
        path = self.directory / "rechazar"
        if not path.exists():
            return set()
        return {line.strip().lower() for line in path.read_text().splitlines() if line.strip()}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused():
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{self.count:04d}"
        raw = envelope.original_content or envelope.content
        (self.directory / f"{name}.eml").write_bytes(raw)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        decoded = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "list_unsubscribe": str(message["List-Unsubscribe"] or ""),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
        }
        (self.directory / f"{name}.json").write_text(json.dumps(decoded, ensure_ascii=False))
        return "250 Message accepted for delivery"


async def main():
    directory = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sink = Sink(directory)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(sink, hostname="sink.example", enable_SMTPUTF8=True),
        "127.0.0.1",
        port,
        reuse_address=True,
    )
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
