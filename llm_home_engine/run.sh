#!/usr/bin/with-contenv bashio
# shellcheck shell=bash
# ==============================================================================
# Start the LLM Home engine with the app's options.
# The token reaches the engine in a file: a command line is visible to `ps`.
# The token is never written to the log (users share logs): a generated one is
# saved as the app's Token option, where the Configuration tab shows it. The
# engine's log names it by its fingerprint, and refuses one under 16 characters.
# ==============================================================================
readonly token_file=/data/token

if bashio::config.has_value 'token'; then
    (umask 077 && bashio::config 'token' > "${token_file}")
    bashio::log.info "Using the token from the app's options."
elif [[ ! -s "${token_file}" ]]; then
    # First start without a token: make one, and keep it where the user can read it.
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "${token_file}")
    if bashio::addon.option 'token' "$(<"${token_file}")"; then
        bashio::log.notice "Generated the engine's token: read it in this app's Configuration tab (the Token option)."
    else
        bashio::log.warning "Generated the engine's token, but could not save it in the app's options:"
        bashio::log.warning "type a token of your own (16 characters or more) there and restart the app."
    fi
    bashio::log.notice "Enter it, with port 10600 and this app's hostname, in the LLM Home integration."
else
    bashio::log.info "Using the token kept from before: the one generated on the first start"
    bashio::log.info "or the last one set in the options."
    bashio::log.info "To replace it, set a token in the options and restart the app."
fi

# Tell Home Assistant where the engine listens: this app's hostname and port, never the
# token. The LLM Home integration then offers the app as discovered and connects with the
# token in this app's options (it waits for the engine to answer): nothing to type.
if bashio::discovery "llm_home" "$(bashio::var.json host "$(hostname)" port "^10600")" > /dev/null; then
    bashio::log.info "Told Home Assistant where the engine listens."
else
    bashio::log.warning "Could not tell Home Assistant where the engine listens: add LLM Home"
    bashio::log.warning "in Home Assistant, choose On the network, and type this app's hostname."
fi

# --no-announce: Home Assistant finds the app through the Supervisor, not by zeroconf.
exec python3 -m llm_home_engine \
    --host 0.0.0.0 \
    --port 10600 \
    --token-file /data/token \
    --data-dir /data \
    --threads "$(bashio::config 'threads')" \
    --log-level "$(bashio::config 'log_level')" \
    --no-announce
