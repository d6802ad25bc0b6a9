#!/usr/bin/env python3
"""The request-path and start-up benchmark of issue 16 (docs/benchmarks.md "Request path" and "Start-up").

Run by infra/bench/request-path against a stack it started with the bare endpoint enabled; not meant
to be run alone. Everything it calls listens on 127.0.0.1.

  request_path.py startup <label> <stack dir> <wall seconds>    one start-up's figures, as a JSON line
  request_path.py load <out.json>                               the request-path runs, as JSON
  request_path.py report <startups.jsonl> <load.json>           both as markdown tables

Settings (environment): GATEWAY_URL, KEYCLOAK_URL, SERVICE_URL (grid-service straight), STACK_DIR,
BARE_BODY_FILE (where the bare endpoint reads the JSON it serves), DEMO_PASSWORD, DURATION (seconds per
wrk run, default 20), WARMUP (seconds, default 20).
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
APPS = ["gateway", "council-service", "grid-service", "points-service", "mediation-service"]
PARTS = ["dev-mongo", "keycloak"] + APPS


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        sys.exit(f"request_path.py: {name} is not set")
    return value


def pid_of(stack_dir, name):
    """The part's JVM: the pid file's process, or its child where that is a launcher script (Keycloak's kc.sh)."""
    try:
        with open(f"{stack_dir}/pids/{name}.pid") as f:
            pid = int(f.read().strip())
        with open(f"/proc/{pid}/comm") as f:
            if f.read().strip() == "java":
                return pid
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            children = f.read().split()
        return int(children[0]) if children else pid
    except (OSError, ValueError):
        return None


def cpu_seconds(pid):
    """User + system CPU of a process so far (its threads included)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def rss_mb(pid, field="VmRSS"):
    """Resident memory; RssAnon is the process's own (heap, code, threads), RssFile its mapped files
    (jars, the AOT cache: shared with the page cache, dropped first under memory pressure)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def started_in(log_file):
    """The last 'Started X in A seconds (process running for B)' of a Spring Boot log."""
    found = None
    try:
        with open(log_file, errors="replace") as f:
            for line in f:
                match = re.search(r"Started \w+ in ([\d.]+) seconds \(process running for ([\d.]+)\)", line)
                if match:
                    found = (float(match.group(1)), float(match.group(2)))
    except OSError:
        pass
    return found


def startup(label, stack_dir, wall):
    figures = {"label": label, "stack_healthy_s": float(wall), "apps": {}}
    for app in APPS:
        found = started_in(f"{stack_dir}/logs/{app}.log")
        figures["apps"][app] = {"context_s": found[0] if found else None, "process_s": found[1] if found else None}
    print(json.dumps(figures))


def token():
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": os.environ.get("DEMO_LOGIN_CLIENT", "demo-login"),
                                   "username": "admin", "password": env("DEMO_PASSWORD")}).encode()
    with urllib.request.urlopen(env("KEYCLOAK_URL") + "/realms/linxian/protocol/openid-connect/token", form, timeout=10) as r:
        return json.load(r)["access_token"]


def get(url, bearer):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + bearer})
    with urllib.request.urlopen(request, timeout=10) as r:
        return r.read()


def wrk(url, connections, seconds, token_script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if token_script:
        command += ["-s", token_script]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    def latency(p):
        match = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        if not match:
            return None
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50_ms": latency(50), "p99_ms": latency(99),
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
            "socket_errors": sum(int(x) for x in errors.groups()) if errors else 0}


def measured(stack_dir, action):
    """Runs action() and returns its result with the CPU seconds each part of the stack spent meanwhile."""
    pids = {name: pid_of(stack_dir, name) for name in PARTS}
    before = {name: cpu_seconds(pid) for name, pid in pids.items() if pid}
    started = time.monotonic()
    result = action()
    elapsed = time.monotonic() - started
    result["cpu_s"] = {name: round(cpu_seconds(pids[name]) - before[name], 2) for name in before}
    result["elapsed_s"] = round(elapsed, 1)
    return result


def load(out_file):
    stack_dir = env("STACK_DIR")
    gateway, service = env("GATEWAY_URL"), env("SERVICE_URL")
    duration, warmup = int(os.environ.get("DURATION", "20")), int(os.environ.get("WARMUP", "20"))
    bearer = token()
    households = json.loads(get(gateway + "/api/v1/grid/households?village=v-huashi&size=1", bearer))["items"]
    if not households:
        sys.exit("request_path.py: the demo county has no household in v-huashi (was the stack started with DEMO=1?)")
    household = households[0]["id"]
    path = "/api/v1/grid/households/" + household
    # the bare endpoint serves exactly what the real read answers
    with open(env("BARE_BODY_FILE"), "wb") as f:
        f.write(get(service + path, bearer))
    endpoints = {"bare": service + "/benchmark/bare", "direct": service + path, "gateway": gateway + path}
    script = os.path.join(stack_dir, "bench-token.lua")

    def fresh_token():  # demo tokens live five minutes: a new one before every run
        with open(script, "w") as f:
            f.write('wrk.headers["Authorization"] = "Bearer %s"\n' % token())

    results = {"household_path": "/api/v1/grid/households/{id}", "runs": [], "rated": [], "rss_mb": {}}
    for name, url in endpoints.items():  # warm-up: the JIT, pools, caches
        fresh_token()
        wrk(url, 16, warmup, script)
    for connections in (16, 64):
        for name, url in endpoints.items():
            fresh_token()
            run = measured(stack_dir, lambda: wrk(url, connections, duration, script))
            run.update({"endpoint": name, "connections": connections})
            results["runs"].append(run)
            print(f"  {name:8s} c={connections:<3d} {run['rps']:9.0f} req/s  p50 {run['p50_ms']} ms  p99 {run['p99_ms']} ms"
                  f"  non-2xx {run['non_2xx']}", file=sys.stderr)
    # the latency the gateway adds at half of the service's saturation rate: wrk paced (each connection waits
    # connections/rate between its requests), since an open-loop client in Java took more CPU than the
    # service at these rates on the same two cores; the rate reached is reported beside the one asked
    saturation = max(r["rps"] for r in results["runs"] if r["endpoint"] == "direct")
    half = saturation / 2
    paced = os.path.join(stack_dir, "bench-paced.lua")
    for name in ("direct", "gateway"):
        fresh_token()
        with open(script) as f:
            header = f.read()
        with open(paced, "w") as f:
            f.write(header + "function delay() return %.3f end\n" % (1000.0 * 64 / half))
        run = measured(stack_dir, lambda: wrk(endpoints[name], 64, duration, paced))
        run.update({"endpoint": name, "asked_rps": round(half)})
        results["rated"].append(run)
        print(f"  paced {name}: asked {half:.0f}/s, reached {run['rps']:.0f}/s, p50 {run['p50_ms']} ms, p99 {run['p99_ms']} ms",
              file=sys.stderr)
    for name in PARTS:
        pid = pid_of(stack_dir, name)
        if pid:
            results["rss_mb"][name] = [round(rss_mb(pid)), round(rss_mb(pid, "RssAnon")), round(rss_mb(pid, "RssFile"))]
    with open(out_file, "w") as f:
        json.dump(results, f, indent=1)


def report(startups_file, load_file):
    """The results as docs/benchmarks.md shows them: markdown, targets beside the figures."""
    with open(load_file) as f:
        results = json.load(f)
    runs = {(r["endpoint"], r["connections"]): r for r in results["runs"]}
    print("| connections | bare req/s | direct req/s | gateway req/s | direct / bare (target >= 0.5) | gateway / direct (target >= 0.7) "
          "| p99 bare / direct / gateway | CPU per request: gateway / grid-service / dev MongoDB |")
    print("|---:|---:|---:|---:|---:|---:|---|---|")
    for connections in (16, 64):
        bare, direct, gateway = (runs[(name, connections)] for name in ("bare", "direct", "gateway"))
        def per_request(run, part):
            requests = run["rps"] * run["elapsed_s"]
            return run["cpu_s"].get(part, 0) * 1000 / requests if requests else 0
        cpu = "%.2f / %.2f / %.2f ms" % (per_request(gateway, "gateway"), per_request(direct, "grid-service"),
                                         per_request(direct, "dev-mongo"))
        print(f"| {connections} | {bare['rps']:,.0f} | {direct['rps']:,.0f} | {gateway['rps']:,.0f} "
              f"| {direct['rps'] / bare['rps']:.2f} | {gateway['rps'] / direct['rps']:.2f} "
              f"| {bare['p99_ms']} / {direct['p99_ms']} / {gateway['p99_ms']} ms | {cpu} |")
    errors = sum(r["non_2xx"] + r["socket_errors"] for r in results["runs"])
    print(f"\nNon-2xx responses and socket errors over all runs: {errors}.\n")
    rated = {r["endpoint"]: r for r in results["rated"]}
    if rated:
        direct, gateway = rated["direct"], rated["gateway"]
        print("| paced at half the direct saturation rate (wrk, 64 connections) | asked | reached | p50 | p99 | non-2xx |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, r in (("direct", direct), ("through the gateway", gateway)):
            print(f"| {name} | {r['asked_rps']:,}/s | {r['rps']:,.0f}/s | {r['p50_ms']} ms | {r['p99_ms']} ms | {r['non_2xx']} |")
        print(f"\nAdded p99 through the gateway: {gateway['p99_ms'] - direct['p99_ms']:.1f} ms (target <= 5 ms)"
              + ("" if gateway["rps"] >= 0.95 * gateway["asked_rps"] else
                 "; the gateway did not reach the rate asked, so its latency includes its queue") + ".\n")
    with open(startups_file) as f:
        startups = [json.loads(line) for line in f if line.strip()]
    if startups:
        print("| start (warm caches: jars extracted, Keycloak unpacked) | whole stack healthy (target < 90 s) | "
              + " | ".join(f"{app} ready" for app in APPS) + " |")
        print("|---|---:|" + "---:|" * len(APPS))
        for s in startups:
            cells = []
            for app in APPS:
                a = s["apps"][app]
                cells.append(f"{a['process_s']:.1f} s" if a["process_s"] is not None else "?")
            healthy = f"{s['stack_healthy_s']:.0f} s" if s["stack_healthy_s"] else "-"
            print(f"| {s['label']} | {healthy} | " + " | ".join(cells) + " |")
        print("\n(ready: the JVM's own 'process running for' when Spring Boot reports the application started, the four services"
              " starting at once on the machine's cores; target < 8 s.)\n")
    if results["rss_mb"]:
        print("| resident memory after the runs (target < 350 MB per service) | " + " | ".join(results["rss_mb"]) + " |")
        print("|---|" + "---:|" * len(results["rss_mb"]))
        print("| RSS (of which own / mapped files) | " + " | ".join(f"{v[0]} MB ({v[1]} / {v[2]})" for v in results["rss_mb"].values()) + " |")


if __name__ == "__main__":
    if sys.argv[1] == "startup":
        startup(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "load":
        load(sys.argv[2])
    elif sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
