"""What a route receives: the services of the running app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from tradermanager.services import Services


async def _services(request: Request) -> Services:  # async: no thread hop per request
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(_services)]
