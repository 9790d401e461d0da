"""brains/*.toml: every recipe loads, holds what brains.md says, and typos are caught."""
import glob
import os

import pytest

from conftest import ROOT
from dbn.brainfile import PUBLISHED
from dbn.errors import ParameterError
from dbn.recipes import load_recipe

RECIPES = sorted(glob.glob(os.path.join(ROOT, "brains", "*.toml")))


@pytest.mark.parametrize("path", RECIPES, ids=os.path.basename)
def test_recipe_loads(path):
    r = load_recipe(path)
    assert r["network"]["layers"][0] == 4096
    assert r["train"]["optimizer"] in ("nag", "rmsprop", "sgd", "adam")


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
