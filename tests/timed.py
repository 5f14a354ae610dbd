"""Run a command and print its wall time, CPU time and the machine's load.

`python -m tests.timed "make test" 360 -- pytest ...` (a budget of 0: none)
prints, whatever the command's result, a line such as

    == make test: 4 min 51 s wall (budget 6 min), CPU 8 min 2 s user +
       41 s system on 2 cores, load average 0.4 at start, 1.9 at the end

and exits with the command's status. The CPU time counts the pytest-xdist
workers and every server or subprocess the tests started; the load average
says whether other work shared the machine (figures taken on a busy machine
are not the suite's own)."""

import os
import resource
import subprocess
import sys
import time


def duration(seconds):
    minutes, seconds = divmod(round(seconds), 60)
    if not minutes:
        return f"{seconds} s"
    return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"


def within(budget):
    return f" (budget {duration(budget)})" if budget else ""


def main(argv):
    label, budget, separator, *command = argv
    if separator != "--" or not command:
        sys.exit("usage: python -m tests.timed LABEL BUDGET_SECONDS -- COMMAND...")
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    status = subprocess.call(command)
    wall = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    sys.stdout.write(
        f"== {label}: {duration(wall)} wall{within(int(budget))}, "
        f"CPU {duration(usage.ru_utime)} user + {duration(usage.ru_stime)} system "
        f"on {os.cpu_count()} cores, load average {load_before:.1f} at start, "
        f"{os.getloadavg()[0]:.1f} at the end (exit {status})\n"
    )
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
