"""How long spec-diff takes on the whole openapi.yaml, against just loading the YAML.

In one process, interleaved, N rounds: (a) the anchor, parsing both specs with PyYAML (libyaml's
loader, as spec-diff uses); (b) spec-diff's comparison alone, on the parsed documents; (c) both
together, what `tools/spec_diff.py` does after start-up. Then, in fresh processes: (d) the anchor
again (a Python that only loads the two YAML files), and (e) `tools/spec_diff.py` itself. The
pair compared is the last release and the spec with the README's change (a `locale` field added
to `Workspace`). Medians; ratios to the anchor of the same kind.

    python bench/spec_diff.py [--n 15]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _paths import ROOT, add_source_paths

add_source_paths()

import yaml  # noqa: E402

from tests.readme.edit_spec import apply_change, spec_change  # noqa: E402
from tools.specdiff.document import Spec, parse_spec  # noqa: E402
from tools.specdiff.walk import compare  # noqa: E402

ANCHOR_SCRIPT = (
    "import sys, yaml\n"
    "for path in sys.argv[1:]:\n"
    "    yaml.load(open(path, encoding='utf-8').read(), Loader=yaml.CSafeLoader)\n"
)


def pair(scratch: Path) -> tuple[Path, Path]:
    """The released spec and the spec with the README's change, as files."""
    (old,) = (ROOT / "api" / "released").glob("openapi-*.yaml")
    new = scratch / "openapi-with-locale.yaml"
    new.write_text(apply_change((ROOT / "openapi.yaml").read_text(), spec_change()))
    return old, new


def timed(action: Callable[[], object]) -> float:
    """Seconds `action()` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=15, help="rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as folder:
        old_path, new_path = pair(Path(folder))
        texts = [old_path.read_text(), new_path.read_text()]
        lines = texts[1].count("\n")

        def load() -> list[object]:
            return [yaml.load(text, Loader=yaml.CSafeLoader) for text in texts]

        def diff_only() -> object:
            old, new = (Spec(root, label) for root, label in zip(load_once, ("old", "new"), strict=True))
            return compare(old, new)

        def load_and_diff() -> object:
            return compare(parse_spec(texts[0], "old"), parse_spec(texts[1], "new"))

        load_once = load()
        found = load_and_diff()
        samples: dict[str, list[float]] = {name: [] for name in ("load", "diff", "load+diff", "proc load", "proc diff")}
        tool = [sys.executable, str(ROOT / "tools" / "spec_diff.py"), str(old_path), str(new_path)]
        anchor = [sys.executable, "-c", ANCHOR_SCRIPT, str(old_path), str(new_path)]
        for _ in range(args.n):
            load_once = load()
            samples["load"].append(timed(load))
            samples["diff"].append(timed(diff_only))
            samples["load+diff"].append(timed(load_and_diff))
            samples["proc load"].append(timed(lambda: subprocess.run(anchor, check=True, capture_output=True)))
            samples["proc diff"].append(timed(lambda: subprocess.run(tool, check=True, capture_output=True)))
        median = {name: statistics.median(values) for name, values in samples.items()}
        print(
            f"spec-diff on openapi.yaml ({lines} lines) vs the release: {len(found)} change(s), "
            f"median of {args.n} rounds"
        )
        print(f"python {platform.python_version()}, PyYAML {yaml.__version__} (libyaml {yaml.__with_libyaml__})")
        print(f"{'what':58} {'ms':>8} {'ratio':>7}")
        rows = [
            ("load both specs (anchor, in process)", "load", "load"),
            ("compare the parsed specs", "diff", "load"),
            ("load + compare", "load+diff", "load"),
            ("fresh python that loads both YAML files (anchor)", "proc load", "proc load"),
            ("python tools/spec_diff.py OLD NEW (fresh process)", "proc diff", "proc load"),
        ]
        for label, name, base in rows:
            print(f"{label:58} {median[name] * 1000:8.1f} {median[name] / median[base]:7.2f}")


if __name__ == "__main__":
    main()
