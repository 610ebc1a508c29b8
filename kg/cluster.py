"""Extraction past one machine: read and extract on a Dask cluster, store in one writer.

The inputs are cut into tasks (a run of small files, or a slice of a big JSONL file, about
``part_bytes`` each). A worker reads and extracts its task exactly as a local ingest would; the
results come back as tasks finish and are handed on in input order, so the one writer stores
the same transactional batches as a plain ingest. Tasks have no side effect except writing
their own shard (:mod:`kg.shards`), so a task whose worker died is simply run again by Dask.

Dask (``pip install 'bilateral-kg[dask]'``) is imported only by :func:`connect`.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kg.errors import ClusterError, KGError
from kg.facts import Article, ArticleFacts
from kg.read import STDIN, STDIN_NAME, InputError, InputWarning, iter_files

__all__ = ["ClusterError", "Part", "TaskResult", "ClusterEngine", "LocalRunner", "connect", "plan",
           "read_and_extract", "DEFAULT_PART_BYTES"]

DEFAULT_PART_BYTES = 1_000_000  # about 500 news articles: seconds of work per task
_MAX_FILES = 256  # small files grouped into one task


@dataclass(frozen=True)
class Part:
    """A file, or the lines of a JSONL file between two byte offsets (``end`` None: the whole file).

    ``path`` is absolute (a worker's working folder is not the caller's); messages and sources
    name the file as the user gave it (``name``).
    """

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    name: str = ""

    @property
    def label(self) -> str:
        name = self.name or self.path
        return name if self.end is None else f"{name}:{self.first_line}"

    def read(self, on_warning: Callable[[InputWarning], None]) -> Iterator[Article | InputError]:
        from kg.read import read_jsonl_part, read_paths

        if self.end is None:
            items = read_paths([self.path], on_warning=lambda w: on_warning(self._named(w)))
        else:
            items = read_jsonl_part(self.path, start=self.start, end=self.end, first_line=self.first_line,
                                    on_warning=lambda w: on_warning(self._named(w)))
        return map(self._named, items)

    def _named(self, item):
        """The item with this part's absolute path replaced by the name the user gave."""
        import dataclasses

        if not self.name or self.name == self.path:
            return item
        if isinstance(item, InputError):
            return type(item)(self.name, item.message, line=item.line)
        if item.source and item.source.startswith(self.path):
            return dataclasses.replace(item, source=self.name + item.source[len(self.path):])
        return item


Task = tuple[Part, ...]


@dataclass
class TaskResult:
    """What a worker sends back: facts and read errors in input order, and the read warnings."""

    items: list[ArticleFacts | InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def read_and_extract(task: Task) -> TaskResult:
    """Runs on a worker: read the task's inputs and extract every article."""
    from kg.extract import extract

    out = TaskResult()
    for part in task:
        for item in part.read(out.warnings.append):
            out.items.append(extract(item) if isinstance(item, Article) else item)
    return out


def plan(paths: Iterable[str], *, part_bytes: int = DEFAULT_PART_BYTES) -> tuple[list[Task], list[InputError]]:
    """Tasks of about ``part_bytes`` each, in input order, and the inputs that cannot be sent."""
    tasks: list[Task] = []
    errors: list[InputError] = []
    group: list[Part] = []
    size = 0

    def close():
        nonlocal group, size
        if group:
            tasks.append(tuple(group))
        group, size = [], 0

    for item in iter_files(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if str(item) == STDIN:
            errors.append(InputError(STDIN_NAME, "standard input cannot go to a cluster; save it to a file"))
            continue
        path, name = os.path.abspath(item), str(item)
        n = _size(path)
        if n > part_bytes and path.lower().endswith(".jsonl") and not _binary_head(path):
            close()
            tasks.extend((p,) for p in _jsonl_parts(path, n, part_bytes, name))
            continue
        group.append(Part(path, name=name))
        size += n
        if size >= part_bytes or len(group) >= _MAX_FILES:
            close()
    close()
    return tasks, errors


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # the worker reports it as a local read would


def _binary_head(path: str) -> bool:
    """A binary file is not cut: its one task reports it as a local read does."""
    try:
        with open(path, "rb") as f:
            return b"\x00" in f.read(8192)
    except OSError:
        return True


def _jsonl_parts(path: str, size: int, part_bytes: int, name: str) -> list[Part]:
    """Cut a JSONL file at line starts about every ``part_bytes``, counting lines on the way."""
    parts: list[Part] = []
    start, first_line, lines, pos = 0, 1, 0, 0
    target = part_bytes
    with open(path, "rb") as f:
        while block := f.read(1 << 24):
            at = 0
            while pos + len(block) > target:
                nl = block.find(b"\n", max(at, target - pos))
                if nl < 0:
                    break
                lines += block.count(b"\n", at, nl + 1)
                at = nl + 1
                parts.append(Part(path, start, pos + at, first_line, name))
                start, first_line = pos + at, lines + 1
                target = start + part_bytes
            lines += block.count(b"\n", at)
            pos += len(block)
    if start < size:
        parts.append(Part(path, start, size, first_line, name))
    return parts


class LocalRunner:
    """Runs the tasks in this process, one after another: the engine without a cluster."""

    def __init__(self, *, on_progress: Callable[[int, int], None] | None = None):
        self.on_progress = on_progress

    def results(self, fn: Callable, tasks: list[Task], *args) -> Iterator:
        for i, task in enumerate(tasks, 1):
            yield fn(task, *args)
            if self.on_progress:
                self.on_progress(i, len(tasks))


class ClusterEngine(LocalRunner):
    """Tasks on a Dask cluster, at most ``window`` in flight; results in input order.

    As the extraction engine of :func:`kg.ingest.ingest`: :meth:`read` yields the articles as
    their tasks come back (their facts kept aside) and :meth:`extract` hands out those facts.
    """

    def __init__(self, client, *, part_bytes: int = DEFAULT_PART_BYTES, window: int | None = None,
                 on_progress: Callable[[int, int], None] | None = None):
        super().__init__(on_progress=on_progress)
        self.client = client
        self.part_bytes = part_bytes
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.window = window or 4 * workers
        self._facts: deque[ArticleFacts] = deque()

    def results(self, fn: Callable, tasks: list[Task], *args) -> Iterator:
        from distributed import as_completed

        futures: dict = {}
        done: dict[int, object] = {}
        running = as_completed(with_results=True, raise_errors=False)  # results fetched in the background
        submitted = finished = handed = 0

        def submit() -> None:
            nonlocal submitted
            while submitted < len(tasks) and submitted - handed < self.window:
                fut = self.client.submit(fn, tasks[submitted], *args, pure=False)
                futures[fut.key] = submitted
                running.add(fut)
                submitted += 1

        submit()
        for fut, result in running:
            i = futures.pop(fut.key)
            done[i] = _result(fut, result, tasks[i])
            finished += 1
            if self.on_progress:
                self.on_progress(finished, len(tasks))
            while handed in done:
                yield done.pop(handed)
                handed += 1
            submit()

    def read(self, paths: Iterable[str], *, stdin=None,
             on_warning: Callable[[InputWarning], None] | None = None) -> Iterator[Article | InputError]:
        tasks, errors = plan(paths, part_bytes=self.part_bytes)
        yield from errors
        for res in self.results(read_and_extract, tasks):
            for w in res.warnings:
                if on_warning:
                    on_warning(w)
            for item in res.items:
                if isinstance(item, ArticleFacts):
                    self._facts.append(item)
                    yield item.article
                else:
                    yield item

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        """The facts of each article :meth:`read` gave; those of articles left out are dropped."""
        for a in articles:
            while True:
                facts = self._facts.popleft()
                if facts.article is a:
                    yield facts
                    break


def _result(fut, result, task: Task):
    """A task's result; a failure becomes one line naming the task's first input."""
    if fut.status == "finished":
        return result
    e = result[1] if isinstance(result, tuple) else result
    if isinstance(e, KGError):
        raise e
    where = task[0].label + (f" (and {len(task) - 1} more file(s))" if len(task) > 1 else "")
    if type(e).__name__ == "KilledWorker":
        raise ClusterError(f"{where}: the workers running it died too often (Dask gave up on the task)")
    detail = str(e).strip().splitlines()
    raise ClusterError(f"{where}: failed on a worker ({type(e).__name__}{': ' + detail[0] if detail else ''})")


def parse_scheduler(address: str) -> tuple[str | None, int]:
    """``local`` / ``local:N`` -> (None, N workers); anything else is a scheduler address."""
    if address == "local" or address.startswith("local:"):
        n = address.partition(":")[2]
        if n and not (n.isdigit() and int(n) > 0):
            raise ClusterError(f"{address}: expected local or local:N with N a number of workers")
        return None, int(n) if n else (os.cpu_count() or 1)
    return address, 0


@contextmanager
def connect(address: str, *, timeout: float = 10.0) -> Iterator:
    """A Dask client: on a new local cluster of worker processes, or on a running scheduler."""
    where, n = parse_scheduler(address)
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'bilateral-kg[dask]'") from None
    cluster = None
    try:
        if where is None:
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(where, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({_first_line(e)})") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _first_line(e: Exception) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__
