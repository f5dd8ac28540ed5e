#!/bin/sh
# Install the engine's Python packages into the virtual environment /opt/venv, on Debian
# trixie. Shared by llm_home_engine/Dockerfile (the app) and docker/Dockerfile (a plain
# container), so both images hold the same packages.
set -eu

# llama-cpp-python 0.3.36 is published as source only, for every platform: it is compiled
# here and the compilers are removed afterwards. faster-whisper's and piper-tts's native
# dependencies (ctranslate2, onnxruntime, av) are manylinux wheels for amd64 and aarch64.
# zeroconf (Home Assistant's own version) lets a container announce the engine on the network.
# No third-party wheel index is used: building PyPI's own sdist keeps every byte traceable to
# one registry, and the build flags (below) under our control.
# The build dependencies, kept as the positional parameters ("$@").
set -- build-essential cmake ninja-build

apt-get update
# ca-certificates: the engine downloads models over HTTPS. libgomp1: llama.cpp's OpenMP
# runtime, installed by name so that removing the compilers keeps it.
apt-get install -y --no-install-recommends \
    ca-certificates libgomp1 python3 python3-venv "$@"

python3 -m venv /opt/venv

# GGML_NATIVE=OFF: portable code, not -march=native. The Supervisor builds the image on the
# machine that runs it, but stores it in backups and restores it on others (a new Pi, a new
# PC), where a native build dies of SIGILL. amd64 then needs AVX2; aarch64 gets ARMv8 NEON.
# LLAVA_BUILD=OFF: the engine loads no vision models, so libmtmd is not built.
# Compile jobs: one per core, but at most one per GB of free memory (a compiler process of
# llama.cpp peaks near 600 MB), so that a Pi with 2 GB does not run out of memory.
build_jobs=$(awk -v cores="$(nproc)" '/^MemAvailable:/ {
    n = int($2 / 1048576); if (n > cores) n = cores; if (n < 1) n = 1; print n }' /proc/meminfo)
CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$build_jobs" \
    /opt/venv/bin/pip install --no-cache-dir \
        llama-cpp-python==0.3.36 \
        faster-whisper==1.2.1 \
        piper-tts==1.8.0 \
        zeroconf==0.151.5 \
        numpy

# Without these two settings APT keeps what other packages merely recommend or suggest:
# gcc, binutils and make would stay in the image.
apt-get purge -y --auto-remove \
    -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false \
    "$@"
rm -rf /var/lib/apt/lists/*
