"""Shared loading and checking for the Python peers: reads the ledger CSV exactly like the
definition in docs/ledger.md (amounts as Decimal, timestamps as UTC datetimes)."""
import csv
from datetime import datetime, timezone
from decimal import Decimal


def parse_time(text):
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def load(path):
    """Rows as tuples (id, payer, payee, amount, currency, time), in file order."""
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows.append((r["id"], r["payer"], r["payee"], Decimal(r["amount"]), r["currency"], parse_time(r["timestamp"])))
    return rows


def write(path, trips):
    """One line per round trip: its transaction ids separated by spaces, sorted."""
    with open(path, "w") as f:
        for line in sorted(" ".join(t) for t in trips):
            f.write(line + "\n")
