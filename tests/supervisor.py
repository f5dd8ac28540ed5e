"""A stand-in for the Supervisor's HTTP API, with the LLM Home engine app in its store.

Home Assistant's own Supervisor client (aiohasupervisor) and add-on manager talk to it
over HTTP as they talk to the Supervisor on Home Assistant OS: only the Supervisor is
replaced. The app it offers is described by llm_home_engine/config.yaml. Starting the app
does what the app's run script does: it runs a real network engine with the token in the
app's options (or a generated one, saved in the options) and sends a discovery message
with the engine's address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import hashlib
from pathlib import Path
import secrets
import subprocess
from typing import Any

from aiohttp import web
import yaml

from homeassistant.components.hassio.const import DATA_COMPONENT
from homeassistant.components.hassio.handler import HassIO
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .engines import engine_command, free_port, terminate

APP_CONFIG = Path(__file__).parents[1] / "llm_home_engine" / "config.yaml"
HOSTNAME = "127.0.0.1"  # what the app would announce as its hostname; loopback here
DISCOVERY_UUID = "889ca604cff84004894e53d181655b3a"


def repository_id(url: str) -> str:
    """Return the Supervisor's id of a repository URL."""
    return hashlib.sha1(url.lower().encode()).hexdigest()[:8]  # noqa: S324


@dataclass(slots=True)
class StandInApp:
    """The engine app as the Supervisor keeps it."""

    repository: str
    config: dict[str, Any]
    installed: bool = False
    started: bool = False
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """Return the app's slug in the store: repository id, then its own slug."""
        return f"{self.repository}_{self.config['slug']}"

    def store_fields(self) -> dict[str, Any]:
        """Return what the store says of the app (GET /store/addons)."""
        return {
            "advanced": False,
            "arch": self.config["arch"],
            "available": True,
            "build": "image" not in self.config,
            "description": self.config["description"],
            "documentation": True,
            "homeassistant": self.config.get("homeassistant"),
            "icon": False,
            "installed": self.installed,
            "logo": False,
            "name": self.config["name"],
            "repository": self.repository,
            "slug": self.slug,
            "stage": self.config.get("stage", "stable"),
            "update_available": False,
            "url": self.config.get("url"),
            "version": self.config["version"] if self.installed else None,
            "version_latest": self.config["version"],
        }

    def details(self) -> dict[str, Any]:
        """Return the store's details of the app (GET /store/addons/<slug>)."""
        return {
            **self.store_fields(),
            "apparmor": "default",
            "auth_api": False,
            "detached": False,
            "docker_api": False,
            "full_access": False,
            "hassio_api": self.config.get("hassio_api", False),
            "hassio_role": "default",
            "homeassistant_api": False,
            "host_network": False,
            "host_pid": False,
            "ingress": False,
            "long_description": None,
            "rating": 6,
            "signed": False,
        }

    def info(self) -> dict[str, Any]:
        """Return the installed app's info (GET /addons/<slug>/info)."""
        details = self.details()
        del details["installed"]
        return {
            **details,
            "audio": False,
            "audio_input": None,
            "audio_output": None,
            "auto_update": False,
            "boot": "auto",
            "boot_config": "auto",
            "changelog": True,
            "devicetree": False,
            "devices": [],
            "discovery": self.config.get("discovery", []),
            "dns": [],
            "gpio": False,
            "host_dbus": False,
            "host_ipc": False,
            "host_uts": False,
            "hostname": self.slug.replace("_", "-"),
            "ingress_entry": None,
            "ingress_panel": None,
            "ingress_port": None,
            "ingress_url": None,
            "ip_address": "172.30.33.5",
            "kernel_modules": False,
            "machine": [],
            "network": self.config.get("ports"),
            "network_description": None,
            "options": self.options,
            "privileged": [],
            "protected": True,
            "schema": [],
            "services": [],
            "startup": "application",
            "state": "started" if self.started else "stopped",
            "stdin": False,
            "system_managed": False,
            "system_managed_config_entry": None,
            "translations": {},
            "uart": False,
            "udev": False,
            "usb": False,
            "video": False,
            "watchdog": False,
            "webui": None,
        }


@dataclass(slots=True)
class StandInSupervisor:
    """The Supervisor's API for one app; what it was asked is kept in `calls`."""

    workdir: Path
    data_dir: Path
    apps: dict[str, StandInApp] = field(default_factory=dict)
    repositories: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    # Requests ("POST /store/addons/<slug>/install") the Supervisor refuses, and why.
    refuse: dict[str, str] = field(default_factory=dict)
    discovery: list[dict[str, Any]] = field(default_factory=list)
    engine: subprocess.Popen[bytes] | None = None
    engine_token: str | None = None

    def add_app(self, repository_url: str) -> StandInApp:
        """Put the app of this repository in the store."""
        config = yaml.safe_load(APP_CONFIG.read_text(encoding="utf-8"))
        app = StandInApp(repository_id(repository_url), config)
        app.options = dict(config.get("options", {}))
        self.apps[app.slug] = app
        return app

    def add_running_app(self, repository_url: str) -> StandInApp:
        """Put the app in the store, installed and started, as the user would have."""
        app = self.add_app(repository_url)
        app.installed = True
        self.start_engine(app)
        return app

    def start_engine(self, app: StandInApp) -> None:
        """Do what the app's run script does, without waiting for the engine."""
        token = str(app.options.get("token") or "")
        if not token:
            token = app.options["token"] = secrets.token_hex(32)
        self.stop_engine()
        token_file = self.workdir / "token"
        token_file.write_text(token)
        port = free_port()
        command, env = engine_command(self.workdir, self.data_dir, port, token_file)
        log = self.workdir / "engine.log"
        with log.open("ab") as out:
            self.engine = subprocess.Popen(  # noqa: S603
                command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out
            )
        self.engine_token = token
        self.discovery = [
            {
                "addon": app.slug,
                "service": app.config["discovery"][0],
                "uuid": DISCOVERY_UUID,
                "config": {"host": HOSTNAME, "port": port},
            }
        ]
        app.started = True

    def stop_engine(self) -> None:
        """Stop the app's engine, if it runs."""
        if self.engine is not None:
            terminate(self.engine)
            self.engine = None

    async def handle(self, request: web.Request) -> web.Response:
        """Answer one request of Home Assistant's Supervisor client."""
        call = f"{request.method} {request.path}"
        self.calls.append(call)
        if call in self.refuse:
            return _error(self.refuse[call])
        parts = request.path.strip("/").split("/")
        body = await request.json() if request.can_read_body else {}
        match request.method, parts:
            case "GET", ["store", "addons"]:
                return _ok(
                    {"addons": [app.store_fields() for app in self.apps.values()]}
                )
            case "POST", ["store", "repositories"]:
                self.repositories.append(body["repository"])
                self.add_app(body["repository"])
                return _ok({})
            case "GET", ["discovery"]:
                return _ok({"discovery": self.discovery, "services": {}})
        app = self.apps.get(parts[2] if parts[0] == "store" else parts[1])
        if app is None:
            return _error("App does not exist", status=404)
        match request.method, parts:
            case "GET", ["store", "addons", _]:
                return _ok(app.details())
            case "POST", ["store", "addons", _, "install"]:
                app.installed = True
                return _ok({})
        if not app.installed:
            return _error("App is not installed")
        match request.method, parts:
            case "GET", ["addons", _, "info"]:
                return _ok(app.info())
            case "POST", ["addons", _, "options"]:
                app.options = dict(body["options"])
                return _ok({})
            case "POST", ["addons", _, "start" | "restart"]:
                self.start_engine(app)
                return _ok({})
        return _error(f"{call} is not part of the stand-in", status=404)


def _ok(data: dict[str, Any]) -> web.Response:
    return web.json_response({"result": "ok", "data": data})


def _error(message: str, status: int = 400) -> web.Response:
    return web.json_response({"result": "error", "message": message}, status=status)


async def async_serve(
    hass: HomeAssistant, supervisor: StandInSupervisor
) -> web.AppRunner:
    """Serve the stand-in on loopback and make Home Assistant's hassio helpers use it.

    Home Assistant's hassio integration, once set up, keeps the Supervisor's address in
    `hass.data` and is listed as loaded; only that much of it is done here.
    """
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", supervisor.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    hass.data[DATA_COMPONENT] = HassIO(
        hass.loop, async_get_clientsession(hass), f"127.0.0.1:{port}"
    )
    hass.config.components.add("hassio")
    return runner
