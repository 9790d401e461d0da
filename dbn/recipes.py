"""brains/*.toml -> checked settings, and the training job a recipe and flags make.

- `load_recipe`: a recipe file (or the name of one in brains/) -> dict.
- `job`: a recipe (or none), flags and file names -> a checked `dbn.settings.Job`.
- `RECIPE_DIR`: the repository's brains/ folder.

A recipe has the sections of `dbn.settings.SECTIONS` (network, data,
train, render), whose keys are those dataclasses' fields, and a
``[published]`` section of facts; each lists only what differs from the
defaults. An unknown section or key is an error that names it.
"""
import os
import tomllib

from .errors import ParameterError
from .rendering import MODES
from .settings import SECTIONS, Job, settings_from
from .targets import target_of

RECIPE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "brains")
TOP = {"name": str, "description": str, "output": str}
PUBLISHED = {"path": str, "blob": str, "video": str, "trained": str, "notes": str}


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
        name, description, output, and the sections network, data, train,
        render, published (each a dict of the keys the file gives).
    """
    path = recipe_path(name)
    try:
        with open(path, "rb") as f:
            raw = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ParameterError(f"{path}: not valid TOML ({e})") from None
    except UnicodeDecodeError as e:
        raise ParameterError(f"{path}: not valid TOML (not UTF-8 text at byte {e.start})") from None
    except OSError as e:
        raise ParameterError(f"{path}: cannot read it ({e.strerror})") from None
    recipe = {**empty_recipe(), "name": os.path.splitext(os.path.basename(path))[0]}
    for key, value in raw.items():
        if isinstance(value, dict):
            recipe[key] = _section(path, key, value)
        elif key in TOP:
            recipe[key] = _typed(path, key, value, TOP[key])
        else:
            raise ParameterError(f"{path}: unknown key {key!r}")
    return recipe


def _section(path, section, values):
    if section == "published":
        for key, value in values.items():
            if key not in PUBLISHED:
                raise ParameterError(f"{path}: unknown key {key!r} in [published]")
            _typed(path, f"published.{key}", value, PUBLISHED[key])
        return dict(values)
    if section not in SECTIONS:
        raise ParameterError(f"{path}: unknown section [{section}]")
    try:
        settings_from(SECTIONS[section], values, section=section)
    except ParameterError as e:
        raise ParameterError(f"{path}: {e}") from None
    unknown = [m for m in values.get("modes", ()) if not isinstance(m, str) or m not in MODES]
    if unknown:
        raise ParameterError(f"{path}: [render] unknown mode {unknown[0]!r}; choose from "
                             f"{', '.join(MODES)}")
    return dict(values)


def _typed(path, key, value, kind):
    if not isinstance(value, kind):
        raise ParameterError(f"{path}: {key} must be {kind.__name__}, got {value!r}")
    return value


def job(recipe=None, *, flags=None, frames=None, targets=None, output=None, copies=()):
    """The training job a recipe and flags make (2015 defaults < recipe < flags).

    Parameters
    ----------
    recipe : str or None
        a recipe path or name; None: 2015's defaults alone.
    flags : dict or None
        section name -> {setting: value} given on the command line.
    frames, targets : str or None
        the data files; default the files `dbn pickle` writes for the
        recipe's target (`dbn.targets.Target.files`).
    output : str or None
        the brain file; default the recipe's, else theanet.py.net.pkl.
    copies : sequence of str
        more names for the same brain (theanet.py.exp.pkl).

    Returns
    -------
    job : dbn.settings.Job
        every section checked; a checkpoint path (BRAIN.ckpt) filled in
        when checkpoints or --resume are asked for.
    """
    r = load_recipe(recipe) if recipe else empty_recipe()
    flags = flags or {}
    sections = {}
    for name, cls in SECTIONS.items():
        try:
            sections[name] = settings_from(cls, {**r[name], **flags.get(name, {})})
        except ParameterError as e:
            raise ParameterError(f"[{name}] {e}" if recipe else str(e)) from None
    output = output or r["output"] or "theanet.py.net.pkl"
    train, data = sections["train"], sections["data"]
    if (train.checkpoint_every or train.resume) and not train.checkpoint:
        train.checkpoint = output + ".ckpt"
    names = target_of(data=data).files
    return Job(**sections, name=r["name"], description=r["description"],
               frames=frames or names[0], targets=targets or names[1],
               output=output, copies=list(copies), published=r["published"])


def empty_recipe():
    """dict: the recipe of no recipe (every section empty: 2015's defaults)."""
    return {"name": "", "description": "", "output": None,
            **{section: {} for section in (*SECTIONS, "published")}}
