"""The parts of the order gateway (:mod:`tradermanager.services.order_gateway`), one job each:
what a copy is meant to be (:mod:`.plans`), its orders as recorded (:mod:`.records`), sending
without blind retries and reading back (:mod:`.sending`), the account and symbol set-up
(:mod:`.account`), the reduce-only stop and take-profit ladder (:mod:`.ladder`) and closes
(:mod:`.closing`)."""
