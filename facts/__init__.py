"""The bundled cases, one YAML file per case, named by short caption."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled() -> dict[str, Path]:
    """Short caption -> path of each bundled case file."""
    folder = resources.files(__name__)
    return {Path(p.name).stem: Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml")}
