"""Routes: when ``on_route_change`` runs, and when the browser is told to move.

Two sources change the route. The app calls ``page.go(route)``: the handler runs at once, in
Python, and after the next update the client is sent ``push_route`` (protocol §11), which moves
the browser's URL and comes back as a ``route_change`` event. The user moves (browser
back/forward, a changed hash): the client sends ``route_change`` and the handler runs.

Rules (Flet 0.25's, which apps rely on): the handler runs at most once per route change, so
the ``route_change`` that echoes a ``push_route`` runs nothing, and a change to the route the
handler last ran for runs nothing either.
"""

from __future__ import annotations

__all__ = ["RouteTracker"]


class RouteTracker:
    def __init__(self, client_route: str) -> None:
        #: the route the browser shows, as far as the session knows
        self.client_route = client_route
        #: the route ``on_route_change`` last ran for
        self.handled: str | None = None
        self._pushed: list[str] = []

    def should_notify(self, route: str) -> bool:
        """The app moved to ``route``; ``True`` if ``on_route_change`` should run."""
        if route == self.handled:
            return False
        self.handled = route
        return True

    def from_client(self, route: str) -> bool:
        """The client reported ``route``; ``True`` if it is the user's move (not an echo)."""
        if route in self._pushed:
            del self._pushed[: self._pushed.index(route) + 1]
            self.client_route = route
            return False
        self._pushed.clear()
        self.client_route = route
        return True

    def to_push(self, route: str | None) -> str | None:
        """After an update: the route to send the browser to, if the page's route moved."""
        if route is None or route == self.client_route:
            return None
        self.client_route = route
        self._pushed.append(route)
        return route
