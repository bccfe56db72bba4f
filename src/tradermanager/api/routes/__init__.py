"""One module per resource; each route calls one service method and converts the result."""
