#!/usr/bin/env python3
"""latency_proxy.py DELAY_MS LISTEN_PORT:TARGET_PORT [LISTEN_PORT:TARGET_PORT ...]

Userspace TCP proxy on 127.0.0.1 that delays every chunk by DELAY_MS in each direction
(RTT = 2*DELAY_MS), keeping order and pipelining (a stream of chunks is not serialised).
The upstream connect is also delayed by 2*DELAY_MS to stand in for the SYN/SYN-ACK round trip.
TLS passes through untouched (same 127.0.0.1 address, so the test cert still matches).
Stand-in for `tc qdisc ... netem delay`, which this kernel (no CONFIG_NET_SCH_NETEM) lacks.

Standalone tool for benchmarks: start.sh does not start it. Example (50 ms each way in front of a
running harness; pick free listen ports yourself):
    . RUN_DIR/env; /usr/bin/python3 latency_proxy.py 50 21993:$IMAPS_PORT 21465:$SMTPS_PORT &
Stop it with kill on its pid (SIGTERM ends it at once).
"""
import asyncio, sys, time

DELAY = int(sys.argv[1]) / 1000.0


async def pump(reader, writer):
    q = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await q.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(data)
            await writer.drain()

    task = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            q.put_nowait((time.monotonic() + DELAY, data or None))
            if not data:
                break
        await task
    except (ConnectionError, OSError):
        task.cancel()


def handler(target):
    async def handle(cr, cw):
        await asyncio.sleep(2 * DELAY)
        try:
            ur, uw = await asyncio.open_connection("127.0.0.1", target)
        except OSError:
            cw.close()
            return
        await asyncio.gather(pump(cr, uw), pump(ur, cw), return_exceptions=True)
        cw.close(); uw.close()
    return handle


async def main():
    for spec in sys.argv[2:]:
        lp, tp = (int(x) for x in spec.split(":"))
        await asyncio.start_server(handler(tp), "127.0.0.1", lp, reuse_address=True)
    print(f"latency_proxy: +{DELAY*1000:.0f} ms each way on {' '.join(sys.argv[2:])}", flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
