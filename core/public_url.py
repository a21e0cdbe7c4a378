"""The address students can reach: what the join link and its QR code are built from.

A teacher who opened the app on `localhost` would otherwise project a code that opens the student's own
phone. So the join link's base is, in order: the configured public address (`FIRST_CONTACT_PUBLIC_URL`,
e.g. `https://school.example/first-contact`), else the host the teacher's request came through (the
proxy's `X-Forwarded-Host`, else `Host`: nginx passes the browser's), else the address the browser reports.
A base whose host is this computer's own name (localhost, 127.0.0.1, ::1, 0.0.0.0) is marked `local`, and
the page warns, suggesting this computer's address on the network when it knows one.
Streamlit-free: the page hands in the headers and the browser's address.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

PUBLIC_URL_VARIABLE = "FIRST_CONTACT_PUBLIC_URL"
LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "0.0.0.0", "::", "::1"})


@dataclass(frozen=True)
class PublicBase:
    url: str  # scheme://host[:port][/prefix], no trailing slash; "" when nothing is known (links stay relative)
    source: str  # "configured", "request" or "browser", or "unknown"
    local: bool  # its host is this computer's own name: no student can open it


def _first(value: str | None) -> str:
    """The first of a comma-separated header value (a chain of proxies), trimmed."""
    return (value or "").split(",")[0].strip()


def host_of(url_or_host: str) -> str:
    """The host name of an address or of a Host header ("[::1]:8501" -> "::1"), lower-case."""
    text = url_or_host.strip()
    if "//" not in text:
        text = "//" + text
    try:
        return (urlsplit(text).hostname or "").lower()
    except ValueError:
        return ""


def is_local(host: str) -> bool:
    """Whether a host name means 'this computer' to whoever opens it (a loopback or unspecified address)."""
    host = host.strip("[]").lower()
    if host in LOCAL_HOSTS or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _clean_prefix(prefix: str) -> str:
    prefix = "/".join(part for part in (prefix or "").split("/") if part)
    return f"/{prefix}" if prefix else ""


def public_base(configured: str | None, headers: Mapping[str, str], browser_url: str | None,
                base_path: str = "") -> PublicBase:
    """Where students reach the app (see the module's docstring). `headers`: the request's, any case of
    their names; `browser_url`: the address the teacher's browser shows (st.context.url); `base_path`:
    Streamlit's server.baseUrlPath."""
    configured = (configured or "").strip()
    if configured:
        url = configured.rstrip("/")
        return PublicBase(url, "configured", is_local(host_of(url)))
    lower = {str(name).lower(): str(value) for name, value in headers.items()}
    host = _first(lower.get("x-forwarded-host")) or _first(lower.get("host"))
    if host and host_of(host):
        browser_scheme = urlsplit(browser_url).scheme if browser_url else ""
        scheme = _first(lower.get("x-forwarded-proto")) or browser_scheme or "http"
        if scheme not in ("http", "https"):
            scheme = "http"
        return PublicBase(f"{scheme}://{host}{_clean_prefix(base_path)}", "request", is_local(host_of(host)))
    if browser_url:
        parts = urlsplit(browser_url)
        if parts.scheme in ("http", "https") and parts.netloc:
            return PublicBase(f"{parts.scheme}://{parts.netloc}{_clean_prefix(base_path)}", "browser",
                              is_local(parts.hostname or ""))
    return PublicBase("", "unknown", False)


def configured_public_url() -> str | None:
    return os.environ.get(PUBLIC_URL_VARIABLE) or None


def network_address() -> str | None:
    """This computer's address on its network (the one its traffic leaves from), or None. No packet is sent:
    connecting a UDP socket only picks the route."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never reached
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if is_local(address) else address


def suggested_url(base: PublicBase, address: str | None) -> str | None:
    """For a local base: the same address with this computer's network address in place of its own name."""
    if not (base.local and address and base.url):
        return None
    parts = urlsplit(base.url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{address}{port}{parts.path}"
