"""What a route receives: the services of the running app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from tradermanager.services import Services


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(_services)]
