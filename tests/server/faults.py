"""Cutting a sync off half-way: a transport that loses a request or its answer on cue."""

from __future__ import annotations

import random

import httpx


class Cut(httpx.TransportError):
    """The line went dead (what a laptop sees when the network or the process dies)."""


class FlakyTransport(httpx.BaseTransport):
    """Forwards to the real server; with probability ``rate`` a request is cut either
    before it leaves (nothing happened) or after the server answered (it happened, but
    the laptop never hears so)."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = rng
        self.rate = rate
        self.cuts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.rng.random() < self.rate / 2:
            self.cuts += 1
            raise Cut("cut before sending")
        response = self.inner.handle_request(request)
        if self.rng.random() < self.rate / 2:
            response.read()
            response.close()
            self.cuts += 1
            raise Cut("cut before the answer arrived")
        return response

    def close(self) -> None:
        self.inner.close()
