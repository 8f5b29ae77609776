"""Release checks: build the sdist and wheel, twine-check them, test from the sdist.

Usage: python .ci/check_packaging.py WORKDIR   (run by ``tox -e packaging``)

The test suite is run from the unpacked sdist, in a fresh virtual environment
with the package installed from that sdist: a test that reads a file the
sdist lacks, or anything outside the tree, fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path, cwd: Path | None = None) -> str:
    print("+", " ".join(str(a) for a in args), flush=True)
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout


def main(work: Path) -> None:
    version = re.search(r'"(.+)"', (ROOT / "src/newsparse/_version.py").read_text()).group(1)  # type: ignore[union-attr]
    dist = work / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, ROOT)
    sdists = sorted(dist.glob(f"newsparse-{version}.tar.gz"))
    wheels = sorted(dist.glob(f"newsparse-{version}-py3-none-any.whl"))
    assert len(sdists) == 1 and len(wheels) == 1, sorted(p.name for p in dist.iterdir())
    run(sys.executable, "-m", "twine", "check", "--strict", *sdists, *wheels)

    with zipfile.ZipFile(wheels[0]) as whl:
        names = set(whl.namelist())
        metadata = whl.read(f"newsparse-{version}.dist-info/METADATA").decode()
    for needed in (
        "newsparse/py.typed",
        "newsparse/rules.py",
        "newsparse/rulesets/chinadaily.toml",
        "newsparse/_batch/pool.py",
        "newsparse/_engine/text.py",
        "newsparse/_fields/dates.py",
        "newsparse/_input/decode.py",
        "newsparse/parsers/cgtn/html.py",
    ):
        assert needed in names, f"wheel lacks {needed}"
    assert not any(n.startswith(("tests/", "docs/")) for n in names), "wheel holds tests or docs"
    # Only the versions the suite has run on are claimed (3.14 cannot be installed here).
    for minor in range(10, 14):
        assert f"Programming Language :: Python :: 3.{minor}" in metadata, (
            f"no 3.{minor} classifier"
        )
    assert "Programming Language :: Python :: 3.14" not in metadata, "3.14 claimed, untested"

    unpacked = work / "sdist"
    with tarfile.open(sdists[0]) as tar:
        if sys.version_info >= (3, 12):
            tar.extractall(unpacked, filter="data")
        else:
            tar.extractall(unpacked)
    tree = unpacked / f"newsparse-{version}"
    for needed in ("tests/data/seeds", "tests/conftest.py", "docs/conf.py", "CHANGELOG.md",
                   "examples/dumps/cgtn-2025.txt", "examples/newsparse-meridian/pyproject.toml"):  # fmt: skip
        assert (tree / needed).exists(), f"sdist lacks {needed}"

    env = work / "venv"
    venv.create(env, with_pip=True, clear=True)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run(python, "-m", "pip", "install", "-q", f"{tree}[test]")
    out = run(python, "-m", "newsparse", "--version")
    assert out.strip() == f"newsparse {version}", out
    print(run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tree)[-400:])
    print(f"packaging: sdist and wheel of newsparse {version} are fine")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
