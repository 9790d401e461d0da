"""brains/*.toml -> checked training and rendering settings.

- `load_recipe`: a recipe file (or the name of one in brains/) -> dict.
- `RECIPE_DIR`: the repository's brains/ folder.
- `SCHEMA`: the sections and keys a recipe may hold.

A recipe has the sections network, data, train, render and published;
each lists only what differs from the defaults. An unknown section or key
is an error that names it.
"""
import os
import tomllib

from .errors import ParameterError
from .training.settings import settings_from

RECIPE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "brains")
VARIANTS = ("raw", "stft", "stft-real", "stft-mag", "stft-both", "fft2")

SCHEMA = {
    "": {"name": str, "description": str, "output": str},
    "network": {"layers": list, "activation": str, "dtype": str},
    "data": {"variant": str, "input": str, "fps_correct": bool},
    "train": None,  # checked by dbn.training.settings_from
    "render": {"modes": list, "phase": str, "script": str},
    "published": {"path": str, "blob": str, "video": str, "trained": str, "notes": str},
}


def recipe_path(name):
    """Resolve a recipe path, or a bare name in brains/ ("lines", "lines.toml")."""
    if os.path.exists(name):
        return name
    candidate = os.path.join(RECIPE_DIR, name if name.endswith(".toml") else name + ".toml")
    if os.path.exists(candidate):
        return candidate
    raise ParameterError(f"no recipe {name!r} (not a file, and not in {RECIPE_DIR})")


def load_recipe(name):
    """Read and check a recipe.

    Parameters
    ----------
    name : str
        a path, or a recipe name in brains/.

    Returns
    -------
    recipe : dict
        sections network, data, train, render, published (each a dict,
        possibly empty) and name, description.
    """
    path = recipe_path(name)
    try:
        with open(path, "rb") as f:
            raw = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ParameterError(f"{path}: not valid TOML ({e})") from None
    recipe = {"name": os.path.splitext(os.path.basename(path))[0], "description": ""}
    for key, value in raw.items():
        if isinstance(value, dict):
            if key not in SCHEMA or key == "":
                raise ParameterError(f"{path}: unknown section [{key}]")
            recipe[key] = _check_section(path, key, value)
        elif key in SCHEMA[""]:
            recipe[key] = _typed(path, key, value, SCHEMA[""][key])
        else:
            raise ParameterError(f"{path}: unknown key {key!r}")
    for section in SCHEMA:
        if section:
            recipe.setdefault(section, {})
    return recipe


def _check_section(path, section, values):
    if section == "train":
        try:
            settings_from(values)
        except ParameterError as e:
            raise ParameterError(f"{path}: [train] {e}") from None
        return dict(values)
    for key, value in values.items():
        if key not in SCHEMA[section]:
            raise ParameterError(f"{path}: unknown key {key!r} in [{section}]")
        _typed(path, f"{section}.{key}", value, SCHEMA[section][key])
    if values.get("variant", "raw") not in VARIANTS:
        raise ParameterError(f"{path}: data.variant must be one of {', '.join(VARIANTS)}")
    if values.get("input", "frames") not in ("frames", "fft2"):
        raise ParameterError(f"{path}: data.input must be frames or fft2")
    return dict(values)


def _typed(path, key, value, kind):
    if not isinstance(value, kind):
        raise ParameterError(f"{path}: {key} must be {kind.__name__}, got {value!r}")
    return value
