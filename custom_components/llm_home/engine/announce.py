"""Announce the engine on the local network with zeroconf (mDNS), so Home Assistant finds it.

Home Assistant browses for the service type that LLM Home's manifest names, and offers
the engine as discovered, with its address and port filled in: the user only enters
the token, which is never announced. The announcement names the engine's version, so a
mismatch is visible before connecting.

Optional: python-zeroconf (the library Home Assistant itself uses) is in Home
Assistant's environment and in the engine's images; without it the engine serves as
before and logs that it is not announced. An embedded engine (on loopback, a child of
Home Assistant) is never announced, and the app is found through the Supervisor instead.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
from typing import TYPE_CHECKING, Final

from .protocol import ENGINE_VERSION, PROTOCOL_VERSION

if TYPE_CHECKING:
    from zeroconf.asyncio import AsyncZeroconf

_LOGGER = logging.getLogger(__name__)

SERVICE_TYPE: Final = "_llm-home._tcp.local."
INSTANCE_PREFIX: Final = "LLM Home engine"
MAX_LABEL: Final = 63  # bytes of one DNS label
_NOT_HOSTNAME: Final = re.compile(r"[^a-z0-9-]+")


def is_unspecified(host: str) -> bool:
    """Return whether `host` means every address of the machine (0.0.0.0, ::, empty)."""
    if not host:
        return True
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def is_loopback(host: str) -> bool:
    """Return whether `host` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def announced_addresses(host: str) -> list[str]:
    """Return the IPv4 addresses to announce for an engine that listens on `host`.

    Listening on every address: the machine's addresses but loopback. A host name is
    resolved.
    """
    if is_unspecified(host):
        import ifaddr  # noqa: PLC0415  # python-zeroconf's own dependency

        return sorted(
            {
                ip.ip
                for adapter in ifaddr.get_adapters()
                for ip in adapter.ips
                if isinstance(ip.ip, str)
                and not ipaddress.ip_address(ip.ip).is_loopback
            }
        )
    resolved = socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in resolved})


def instance_name(machine: str) -> str:
    """Return the service instance name: the engine and the machine it runs on."""
    name = f"{INSTANCE_PREFIX} on {machine}"
    while len(name.encode()) > MAX_LABEL:
        name = name[:-1]
    return f"{name}.{SERVICE_TYPE}"


def server_name(machine: str) -> str:
    """Return the host name the announcement gives its addresses under.

    Not the machine's own name: an mDNS responder of the machine (Avahi) owns that one.
    """
    label = _NOT_HOSTNAME.sub("-", machine.lower()).strip("-")[:40] or "engine"
    return f"llm-home-{label}.local."


class Announcement:
    """The engine's zeroconf service, registered until closed."""

    def __init__(self, zeroconf: AsyncZeroconf, name: str) -> None:
        """Hold a registered service."""
        self._zeroconf = zeroconf
        self.name = name

    @classmethod
    async def start(
        cls, host: str, port: int, *, force: bool = False
    ) -> Announcement | None:
        """Announce an engine listening on `host`:`port`; None where it is not announced.

        Only an engine that listens beyond loopback is announced, unless `force`.
        """
        if is_loopback(host) and not force:
            return None
        try:
            from zeroconf import ServiceInfo  # noqa: PLC0415  # optional package
            from zeroconf.asyncio import AsyncZeroconf  # noqa: PLC0415
        except ImportError:
            _LOGGER.info(
                "Not announced on the network: python-zeroconf is not installed"
            )
            return None
        try:
            addresses = announced_addresses(host)
        except OSError as err:  # a host name that does not resolve
            _LOGGER.warning("Not announced on the network: %s", err)
            return None
        if not addresses:
            _LOGGER.warning("Not announced on the network: no address besides loopback")
            return None
        machine = socket.gethostname()
        info = ServiceInfo(
            SERVICE_TYPE,
            instance_name(machine),
            port=port,
            properties={"version": ENGINE_VERSION, "protocol": str(PROTOCOL_VERSION)},
            server=server_name(machine),
            parsed_addresses=addresses,
        )
        try:
            zeroconf = AsyncZeroconf(interfaces=addresses)
        except OSError as err:
            _LOGGER.warning("Not announced on the network: %s", err)
            return None
        try:
            await (await zeroconf.async_register_service(info, allow_name_change=True))
        except OSError as err:
            _LOGGER.warning("Not announced on the network: %s", err)
            await zeroconf.async_close()
            return None
        _LOGGER.info(
            "Announced as %s on %s port %s", info.name, ", ".join(addresses), port
        )
        return cls(zeroconf, info.name)

    async def close(self) -> None:
        """Withdraw the announcement."""
        await self._zeroconf.async_unregister_all_services()
        await self._zeroconf.async_close()
