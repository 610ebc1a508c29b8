"""Sharded extraction: every task writes its facts as one N-Quads file of its own.

A shard's name comes from its inputs (the first file's name and a digest of the task's files
and byte ranges), so running the same extraction again overwrites each shard instead of adding
copies; a shard is written under a temporary name and renamed, so a task Dask re-runs after
its worker died leaves one whole file. ``kg load shards/`` then bulk-loads the folder.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.cluster import DEFAULT_PART_BYTES, LocalRunner, Task, plan, read_and_extract
from kg.read import InputError, InputWarning

__all__ = ["ShardResult", "ShardsReport", "shard_name", "write_shard", "extract_shards"]


@dataclass
class ShardResult:
    """What a worker sends back after writing a shard: counts, not facts."""

    name: str
    articles: int = 0
    quads: int = 0
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


@dataclass
class ShardsReport:
    shards: list[str] = field(default_factory=list)
    articles: int = 0
    quads: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self, out_dir: str | os.PathLike) -> str:
        return (f"{self.articles} article(s), {self.quads} quad(s) in {len(self.shards)} shard(s) under {out_dir}; "
                f"{len(self.errors)} failed")


def shard_name(task: Task) -> str:
    """``<first input>[-L<line>]-<digest>.nq``: the same inputs give the same name on every run."""
    first = task[0]
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(first.path).name).strip("._") or "input"
    if first.end is not None:
        stem += f"-L{first.first_line}"
    key = "\n".join(f"{os.path.realpath(p.path)}\t{p.start}\t{p.end}" for p in task)
    return f"{stem}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}.nq"


def write_shard(task: Task, out_dir: str, name: str) -> ShardResult:
    """Runs on a worker: read and extract the task, write its quads as ``out_dir/name``."""
    import pyoxigraph as ox

    from kg.facts import ArticleFacts
    from kg.model import article_quads

    res = read_and_extract(task)
    out = ShardResult(name, warnings=res.warnings)
    target = Path(out_dir) / name
    tmp = target.with_name(f".{name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        for item in res.items:
            if isinstance(item, ArticleFacts):
                quads = article_quads(item)
                f.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
                out.articles += 1
                out.quads += len(quads)
            else:
                out.errors.append(item)
    os.replace(tmp, target)
    return out


def extract_shards(paths: Iterable[str], out_dir: str | os.PathLike, *, runner: LocalRunner | None = None,
                   part_bytes: int = DEFAULT_PART_BYTES) -> ShardsReport:
    """Extract every input into shards under ``out_dir`` (created), on ``runner``'s workers."""
    runner = runner or LocalRunner()
    tasks, errors = plan(paths, part_bytes=part_bytes)
    report = ShardsReport(errors=[str(e) for e in errors])
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for res in runner.results(_write_named, tasks, str(Path(out_dir).resolve())):
        report.shards.append(res.name)
        report.articles += res.articles
        report.quads += res.quads
        report.errors += [str(e) for e in res.errors]
        report.warnings += [str(w) for w in res.warnings]
    return report


def _write_named(task: Task, out_dir: str) -> ShardResult:
    return write_shard(task, out_dir, shard_name(task))
