"""The home as Home Assistant knows it: actions, devices, codes, the safety policy, executing calls."""
