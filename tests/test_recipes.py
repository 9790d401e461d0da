"""brains/*.toml: every recipe loads, holds what brains.md says, and typos are caught."""
import glob
import os

import pytest

from conftest import ROOT
from dbn import Network
from dbn.brainfile import PUBLISHED
from dbn.context import Context
from dbn.errors import ParameterError
from dbn.recipes import job, load_recipe
from dbn.rendering import check_mode
from dbn.targets import target_of

RECIPES = sorted(glob.glob(os.path.join(ROOT, "brains", "*.toml")))


@pytest.mark.parametrize("path", RECIPES, ids=os.path.basename)
def test_recipe_fits_its_data_and_its_render_modes(path):
    # the network takes 64x64 frames (or its context windows of them) and gives the
    # width its pickler variant writes (ORIGINAL.md section 3; mel: 80 bands), and
    # each render mode it names can render that width
    j = job(path)
    width = target_of(data=j.data).width
    context = Context.of(j.network, width)
    assert j.network.layers[0] == (4096 if context.plain else context.input_width())
    assert j.network.layers[-1] == width
    net = Network(j.network.layers[:1] + [2] + j.network.layers[-1:], seed=0)
    net.meta.context = context
    assert j.render.modes and all(check_mode(net, m) for m in j.render.modes)
    assert j.targets == {"raw": "audio.pkl", "mel": "mel.pkl", "harmonic": "harmonic.pkl",
                         "harmonic-noise": "harmonic-noise.pkl",
                         "harmonic-bins": "harmonic-bins.pkl"}.get(j.data.variant, "stft.pkl")


def test_published_brains_are_all_there():
    blobs = {load_recipe(p)["published"].get("blob"): load_recipe(p)["name"] for p in RECIPES}
    assert {b: n for b, n in blobs.items() if b} == PUBLISHED


@pytest.mark.parametrize("name,layers,lr,batch,shuffle", [
    ("lines", [4096, 1000, 1000, 1000, 735], 0.05, 32, False),
    ("KUNGFURY", [4096, 2000, 1500, 1000, 735], 0.05, 32, False),
    ("seeing-a-sound-deeper", [4096, 1000, 1000, 1000, 735], 1e-4, 10, True),
    ("stft", [4096, 1024, 1024, 1024, 513], 1e-4, 100, True),
    ("osborne-combined-stft-both-fft2", [4096, 2050, 2050, 2050, 2050], 1e-3, 100, True),
])
def test_recipe_values_follow_brains_md(name, layers, lr, batch, shuffle):
    r = load_recipe(name)
    assert r["network"]["layers"] == layers
    t = r["train"]
    assert (t["learning_rate"], t["batch_size"], t["shuffle_pairs"]) == (lr, batch, shuffle)
    assert t["momentum"] == 0.9 and t["patience"] == 5 and t["validate_every"] == 10


def test_fft2_recipe_pretrains_layerwise():
    t = load_recipe("osborne-combined-stft-both-fft2")["train"]
    assert t["pretrain"] == "layerwise" and t["pretrain_min_improvement"] == 0.1
    assert t["pretrain_train_batches"] == 100 and t["pretrain_patience"] == 1


@pytest.mark.parametrize("text,match", [
    ("[network]\nlayerz = [4096, 735]\n", "unknown key 'layerz' in \\[network\\]"),
    ("[netwrk]\nlayers = [4096, 735]\n", "unknown section \\[netwrk\\]"),
    ("colour = 'red'\n", "unknown key 'colour'"),
    ("[train]\nlearning_rat = 0.1\n", "unknown key 'learning_rat' in \\[train\\]"),
    ("[train]\nbatch_size = 'ten'\n", "batch_size must be int"),
    ("[data]\nvariant = 'mp3'\n", "variant must be one of raw, stft"),
    ("[network\n", "not valid TOML"),
])
def test_bad_recipes(tmp_path, text, match):
    (tmp_path / "r.toml").write_text(text)
    with pytest.raises(ParameterError, match=match):
        load_recipe(str(tmp_path / "r.toml"))


def test_missing_recipe():
    with pytest.raises(ParameterError, match="no recipe 'nope'"):
        load_recipe("nope")
