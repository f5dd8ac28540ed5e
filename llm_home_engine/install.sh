#!/bin/sh
# Install the engine's Python packages into the virtual environment /opt/venv, on Debian
# trixie: the stage both images of llm_home_engine/Dockerfile (the app and the plain container)
# share. Run from the folder the Dockerfile copies it to, beside requirements.txt (every
# package pinned with its hashes) and wheels/ (wheels built beforehand, normally none).
set -eu
here=$(dirname "$0")

# llama-cpp-python is published as source only, for every platform: it is compiled here and
# the compilers are removed afterwards. faster-whisper's and piper-tts's native dependencies
# (ctranslate2, onnxruntime, av) are manylinux wheels for amd64 and aarch64. zeroconf (Home
# Assistant's own version) lets a container announce the engine on the network.
# No third-party wheel index is used: every file comes from PyPI and must match a hash in
# requirements.txt (scripts/lock_engine_requirements.py). The exception is a local build's own
# wheel in wheels/ (never in releases), installed first, which pip then takes as installed.

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
for wheel in "$here"/wheels/*.whl; do
    [ -e "$wheel" ] || continue
    /opt/venv/bin/pip install --no-cache-dir --no-deps "$wheel" \
        || echo "install.sh: $wheel does not fit this image, not used"
done
CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$build_jobs" \
    /opt/venv/bin/pip install --no-cache-dir --require-hashes -r "$here/requirements.txt"

# Without these two settings APT keeps what other packages merely recommend or suggest:
# gcc, binutils and make would stay in the image.
apt-get purge -y --auto-remove \
    -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false \
    "$@"
rm -rf /var/lib/apt/lists/*
