from setuptools import find_packages, setup

setup(
    name="dbn",
    version="1.0.0",
    description="Deep Learning Bitmaps to PCM (2015), faithfully reimplemented: "
                "video frames -> audio with deep belief networks",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="GPL-3.0-or-later",
    python_requires=">=3.11",
    packages=find_packages(include=["dbn", "dbn.*"]),
    package_data={"dbn": ["data/*.mpg", "data/*.wav", "data/*.md", "data/grid/*.mpg",
                          "data/grid/*.md"]},
    install_requires=[
        "numpy>=1.26",
        "scipy>=1.11",
        "pytensor>=2.20",
        "opencv-python-headless>=4.8",
        "av>=12",
        "soundfile>=0.12",
        "librosa>=0.10",
        "tqdm>=4.60",
        "matplotlib>=3.7",
        "mir_eval>=0.7",
        "pystoi>=0.4",
        "threadpoolctl>=3.1",
    ],
    extras_require={
        "test": ["pytest>=7", "jax>=0.4", "selenium>=4.10", "hypothesis>=6.100"],
        "gpu": ["jax[cuda12]>=0.4"],
        "jax": ["jax>=0.4"],
        "live": ["sounddevice>=0.4"],
        "fuzz": ["atheris>=2.3"],
    },
    entry_points={"console_scripts": ["dbn=dbn.cli:main"]},
)
