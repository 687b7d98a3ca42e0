"""The caller's network address: X-Forwarded-For counts only when a trusted proxy sent it."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Any

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in trusted)


def _parse(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_address(request: Any) -> str:
    """The address of whoever sent `request`.

    Without a trusted proxy this is the connection's own address: a header anyone can set
    changes nothing. When the connection comes from a trusted proxy, X-Forwarded-For is read
    from the right (the entry the proxy itself added) and the first address that is not another
    trusted proxy is the client.
    """
    if request is None:
        return ""
    if not settings.TRUSTED_PROXIES:  # the usual case, on every request: no parsing at all
        return str(request.META.get("REMOTE_ADDR", ""))
    peer = _parse(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return ""
    trusted = _networks(tuple(settings.TRUSTED_PROXIES))
    if not any(peer in net for net in trusted):
        return str(peer)
    client = peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed([p for p in forwarded.split(",") if p.strip()]):
        hop = _parse(entry)
        if hop is None:
            break  # garbage before the proxy's own entry: stop at what the proxy vouched for
        client = hop
        if not any(hop in net for net in trusted):
            break
    return str(client)


def address_group(address: str) -> str:
    """What one client is for counting: an IPv4 address, or an IPv6 /64 (one household's
    network hands out a whole /64, so single addresses would be free to rotate)."""
    found = _parse(address)
    if found is None or found.version == 4:
        return address
    return str(ipaddress.ip_network(f"{found}/64", strict=False).network_address) + "/64"
