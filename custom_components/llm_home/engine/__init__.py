"""The llm_home engine: llama.cpp, faster-whisper, Piper and the model store, without Home Assistant.

Nothing in this package imports Home Assistant or the integration around it, and its
modules import each other relatively only: the same directory runs as a child process
of the integration (``python <this directory>``) and as a network service
(``python -m llm_home_engine`` in the add-on image, where it is copied under that name).
Home Assistant's side talks to it through `client.EngineClient` over `protocol`.
"""
