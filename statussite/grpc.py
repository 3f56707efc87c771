"""What gRPC makes of each HTTP status code, from gRPC's and Google's own mapping tables.

Two upstream tables, read at the commits named here (the site cites them on every code page):
- grpc/grpc doc/http-grpc-status-mapping.md (commit 3e6851f5): the status a gRPC client reports
  when a response carries this HTTP status and no grpc-status; every code not listed is UNKNOWN.
- googleapis google/rpc/code.proto (commit 16b971c4): the "HTTP Mapping" of each google.rpc.Code.
"""

from __future__ import annotations

from .model import GrpcMapping

HTTP_TO_GRPC_SOURCE = "https://github.com/grpc/grpc/blob/3e6851f59941f8f61b1413f04f09213c766090ee/doc/http-grpc-status-mapping.md"
GRPC_TO_HTTP_SOURCE = "https://github.com/googleapis/googleapis/blob/16b971c46e2f6a9015a9faf60eb38e40c0133ff2/google/rpc/code.proto"

# doc/http-grpc-status-mapping.md: for responses without grpc-status; "All other codes" -> UNKNOWN.
HTTP_TO_GRPC = {
    400: "INTERNAL",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "UNIMPLEMENTED",
    429: "UNAVAILABLE",
    431: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "UNAVAILABLE",
}
OTHER_CODES = "UNKNOWN"

# google/rpc/code.proto, enum Code, in its numeric order: name -> its "HTTP Mapping".
GRPC_TO_HTTP = {
    "OK": 200,
    "CANCELLED": 499,
    "UNKNOWN": 500,
    "INVALID_ARGUMENT": 400,
    "DEADLINE_EXCEEDED": 504,
    "NOT_FOUND": 404,
    "ALREADY_EXISTS": 409,
    "PERMISSION_DENIED": 403,
    "RESOURCE_EXHAUSTED": 429,
    "FAILED_PRECONDITION": 400,
    "ABORTED": 409,
    "OUT_OF_RANGE": 400,
    "UNIMPLEMENTED": 501,
    "INTERNAL": 500,
    "UNAVAILABLE": 503,
    "DATA_LOSS": 500,
    "UNAUTHENTICATED": 401,
}


def grpc_mapping(code: int) -> GrpcMapping:
    """The gRPC status a client reports for `code`, and the gRPC codes that map to `code`."""
    return GrpcMapping(
        client_status=HTTP_TO_GRPC.get(code, OTHER_CODES),
        from_grpc=tuple(name for name, http in GRPC_TO_HTTP.items() if http == code),
    )
