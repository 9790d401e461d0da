"""A training job from files: recipe + flags + data files -> brain file.

- `job_settings`: merge 2015 defaults < recipe < command-line flags.
- `run_job`: what ``dbn train`` and ``theanet.py`` do.
"""
import shutil

from ..datafile import read_array
from ..errors import ParameterError
from ..network import Network
from ..recipes import load_recipe
from .settings import settings_from

# the command-line flags that set training settings of the same name
_FLAG_SETTINGS = ("optimizer", "learning_rate", "momentum", "batch_size", "max_epochs",
                  "validate_every", "patience", "min_improvement", "valid_split",
                  "pretrain_epochs", "pretrain_learning_rate", "pretrain_momentum",
                  "weight_decay", "cd_k", "visible", "save_every", "checkpoint_every", "seed",
                  "pretrain", "shuffle_pairs", "checkpoint", "resume", "device")


def job_settings(args):
    """The recipe and the settings a job runs with.

    Parameters
    ----------
    args : argparse.Namespace
        from ``dbn train``.

    Returns
    -------
    recipe : dict
        the recipe (empty sections without one), network section completed.
    settings : dict
        training settings (checked by `run_job`).
    """
    recipe = load_recipe(args.recipe) if args.recipe else {
        "name": "", "output": None, "network": {}, "data": {}, "train": {}, "render": {},
        "published": {}}
    settings = dict(recipe["train"])
    settings.update({k: getattr(args, k) for k in _FLAG_SETTINGS if getattr(args, k) is not None})
    if args.layers:
        recipe["network"]["layers"] = args.layers
    if args.activation:
        recipe["network"]["activation"] = args.activation
    if args.float64:
        recipe["network"]["dtype"] = "float64"
    return recipe, settings


def _data_paths(args, data):
    variant, source = data.get("variant", "raw"), data.get("input", "frames")
    frames = args.frames or ("fft-frames.pkl" if source == "fft2" else "frames.pkl")
    targets = args.audio or ("audio.pkl" if variant == "raw" else "stft.pkl")
    return frames, targets


def run_job(args):
    """Train as ``dbn train`` / ``theanet.py`` asked, and write the brain.

    The settings are printed first and saved inside the brain. The brain
    is written only when training ends (patience, max_epochs or Ctrl-C);
    bad settings or data stop the job before anything is written.
    """
    recipe, settings = job_settings(args)
    output = args.output or recipe.get("output") or "theanet.py.net.pkl"
    wants_checkpoint = settings.get("checkpoint_every") or settings.get("resume")
    if wants_checkpoint and not settings.get("checkpoint"):
        settings["checkpoint"] = output + ".ckpt"
    used = vars(settings_from(settings))  # bad settings stop here, before any file is read
    frames_path, targets_path = _data_paths(args, recipe["data"])
    X, Y = read_array(frames_path), read_array(targets_path)
    net_cfg = recipe["network"]
    layers = net_cfg.get("layers") or [X.shape[1], 1000, Y.shape[1]]
    if layers[0] != X.shape[1] or layers[-1] != Y.shape[1]:
        raise ParameterError(f"layers {'-'.join(map(str, layers))} do not match the data: "
                             f"{frames_path} has {X.shape[1]} values per row, {targets_path} "
                             f"{Y.shape[1]}")
    net = Network(layers, activation=net_cfg.get("activation", "relu"),
                  seed=settings.get("seed"), dtype=net_cfg.get("dtype", "float32"))
    print(f"training {'-'.join(map(str, layers))} ({net.hidden_activation}, {net.dtype}) "
          f"on {frames_path} {X.shape} -> {targets_path} {Y.shape}")
    print("settings: " + ", ".join(f"{k}={v}" for k, v in used.items()))
    from .run import train
    history = train(net, X, Y, **settings)
    net.meta["target"] = {"variant": recipe["data"].get("variant", "raw"),
                          "file": targets_path, "rows": int(Y.shape[0])}
    net.meta["preprocessing"] = {"input": recipe["data"].get("input", "frames"),
                                 "frames": "OpenCV BGR->gray, resize 64x64, /255, float32",
                                 "file": frames_path}
    net.meta["recipe"] = {**recipe, "train": net.meta["recipe"]["train"]}
    net.save(output)
    for copy in args.copy:
        shutil.copyfile(output, copy)
    last = history[-1] if history else None
    print(f"wrote {', '.join([output] + args.copy)}"
          + (f" after {last['epoch']} epochs, loss {last['loss']:.6g}" if last else ""))
