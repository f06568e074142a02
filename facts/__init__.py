"""The bundled cases, one YAML file per case, named by short caption."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled() -> dict[str, Path]:
    """Short caption -> path of each bundled case file."""
    folder = resources.files(__name__)
    return {Path(p.name).stem: Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml")}


def docket() -> dict[str, dict[str, Path]]:
    """The development docket: area (a folder under `docket/`) -> short caption -> path.
    Real decisions encoded from their published facts, to measure how general the
    rules are (each area's README.md logs every case's first-run score)."""
    root = resources.files(__name__).joinpath("docket")
    if not root.is_dir():
        return {}
    out = {}
    for area in sorted(root.iterdir(), key=lambda p: p.name):
        if area.is_dir():
            files = {Path(p.name).stem: Path(str(p)) for p in area.iterdir() if p.name.endswith(".yaml")}
            if files:
                out[area.name] = dict(sorted(files.items()))
    return out
