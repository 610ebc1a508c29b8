"""Timing in fresh processes, figures with their baselines, and the summary table.

Each heavy measurement runs in a child process (``python -m benchmarks.tasks``) so its peak
memory is its own (``ru_maxrss``) and a crash or a missing module stays one figure's problem.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["ROOT", "PYTHON", "kg_command", "child", "wall", "dir_size_mb", "Figure", "table", "ChildFailed"]

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


class ChildFailed(Exception):
    """A measurement's process failed; the message is its last line of stderr."""


def kg_command() -> list[str]:
    exe = Path(PYTHON).parent / "kg"
    return [str(exe)] if exe.exists() else [PYTHON, "-m", "kg"]


def child(task: str, *, timeout: float = 1800, **kwargs) -> dict:
    """Run ``benchmarks.tasks.<task>(**kwargs)`` in a fresh interpreter; its JSON result plus ``peak_mb``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        proc = subprocess.run([PYTHON, "-m", "benchmarks.tasks", task, json.dumps(kwargs)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ChildFailed(f"{task}: no answer within {timeout:.0f} s") from None
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        err = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
        raise ChildFailed(f"{task}: {err[-1] if err else 'exit ' + str(proc.returncode)}")
    return json.loads(lines[-1])


def wall(argv: list[str], *, repeats: int = 5, env: dict | None = None, cwd: Path | None = None) -> dict:
    """Median wall time of a whole command (process start to exit), and its output's size."""
    times, out = [], b""
    for _ in range(repeats):
        t = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, env=env, cwd=cwd)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0:
            err = proc.stderr.decode(errors="replace").strip().splitlines()
            raise ChildFailed(f"{' '.join(argv[:3])}: {err[-1] if err else 'exit ' + str(proc.returncode)}")
        out = proc.stdout
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": repeats, "stdout_bytes": len(out)}


def dir_size_mb(path: str | Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total / 1e6


@dataclass
class Figure:
    """One measured value next to a baseline from the same run; ``ratio`` = value / baseline."""

    section: str
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_dict(self) -> dict:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d


def _num(x: float | None, unit: str = "") -> str:
    if x is None:
        return "—"
    if abs(x) >= 1000:
        s = f"{x:,.0f}"
    elif abs(x) >= 10:
        s = f"{x:.1f}"
    elif abs(x) >= 0.1:
        s = f"{x:.2f}"
    else:
        s = f"{x:.3g}"
    return f"{s} {unit}".rstrip()


def table(figures: list[Figure], *, markdown: bool = False) -> str:
    """The summary: figure, value, baseline, ratio, goal, met?"""
    head = ["figure", "value", "baseline", "ratio", "goal", "met?"]
    rows = []
    for f in figures:
        met = "—" if f.met is None else ("yes" if f.met else "NO")
        value = _num(f.value, f.unit) if f.value is not None else (f.note or "unavailable")
        base = f"{_num(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline is not None else (
            f.baseline_name or "—")
        ratio = "—" if f.ratio is None else f"{f.ratio:.3g}x"
        rows.append([f"{f.section}: {f.name}", value, base, ratio, f.goal or "—", met])
    if markdown:
        esc = [[c.replace("|", "\\|") for c in r] for r in rows]
        return "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                         + ["| " + " | ".join(r) + " |" for r in esc])
    widths = [min(58, max(len(h), *(len(r[i]) for r in rows))) if rows else len(h) for i, h in enumerate(head)]

    def fmt(cells):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])
