#!/bin/sh
# Put the token where the engine reads it, then run the engine with the container's arguments.
# LLM_HOME_ENGINE_TOKEN set: that token. Unset: the one in /data/token, generated on the first
# start. The engine reads it from the file: a command line shows in `ps`. The token is never
# written to the log (users share logs): the log says where to read it, and the engine's log
# names it by its fingerprint.
set -eu
token_file=/data/token

mkdir -p /data
if [ -n "${LLM_HOME_ENGINE_TOKEN:-}" ]; then
    (umask 077 && printf '%s\n' "$LLM_HOME_ENGINE_TOKEN" > "$token_file")
elif [ ! -s "$token_file" ]; then
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "$token_file")
    echo "Generated the engine's token in $token_file: read it with"
    echo "  docker exec <this container> cat $token_file"
fi
unset LLM_HOME_ENGINE_TOKEN

exec python3 -m llm_home_engine "$@"
