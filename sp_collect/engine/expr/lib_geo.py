"""ODK's geo functions: area() of a geoshape and distance() along a geotrace or points.

Points are ``"lat lon [altitude [accuracy]]"``, separated by ``;`` in a shape or trace. The
formulas and the Earth radius are those of the ODK engines (spherical Earth, 6378100 m), and
results are rounded to centimetres as they round them.
"""

from __future__ import annotations

import itertools
import math

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import NAN, Value, members, to_string

EARTH_RADIUS_M = 6378100.0
_PRECISION = 100.0

Point = tuple[float, float]


def parse_points(values: list[str]) -> list[Point] | None:
    """The points of geopoint/geotrace/geoshape strings; None when one is not a valid point."""
    points: list[Point] = []
    for value in values:
        for text in value.split(";"):
            if not text.strip():
                continue
            parts = text.split()
            try:
                numbers = [float(part) for part in parts[:4]]
            except ValueError:
                return None
            if len(numbers) < 2 or not all(math.isfinite(n) for n in numbers):
                return None
            lat, lon = numbers[0], numbers[1]
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                return None
            if len(numbers) == 4 and numbers[3] < 0:
                return None
            points.append((lat, lon))
    return points


def _rounded(metres: float) -> float:
    return abs(math.floor(metres * _PRECISION + 0.5) / _PRECISION)


def _strings(values: tuple[Value, ...]) -> list[str]:
    return [to_string(m) for value in values for m in members(value)]


def polygon_area(points: list[Point]) -> float:
    """Area in m² of the polygon through ``points`` (closed if it is not)."""
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if len(points) < 3:
        return 0.0
    total = 0.0
    for index, (lat1, lon1) in enumerate(points):
        lat2, lon2 = points[(index + 1) % len(points)]
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return total * EARTH_RADIUS_M * EARTH_RADIUS_M / 2.0


def path_length(points: list[Point]) -> float:
    """Length in metres of the path through ``points``, along great circles."""
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        phi1, phi2 = math.radians(lat1), math.radians(lat2)
        cosine = math.sin(phi1) * math.sin(phi2) + math.cos(phi1) * math.cos(phi2) * math.cos(
            math.radians(lon1 - lon2)
        )
        total += math.acos(max(-1.0, min(1.0, cosine))) * EARTH_RADIUS_M
    return total


def _area(_ctx: EvalContext, *values: Value) -> float:
    points = parse_points(_strings(values))
    return NAN if points is None else _rounded(polygon_area(points))


def _distance(_ctx: EvalContext, *values: Value) -> float:
    points = parse_points(_strings(values))
    return NAN if points is None else _rounded(path_length(points))


def inside(point: Point, shape: list[Point]) -> bool:
    """Whether ``point`` lies inside the polygon ``shape`` (even-odd rule on lat/lon)."""
    lat, lon = point
    found = False
    for (lat1, lon1), (lat2, lon2) in zip(shape, shape[1:] + shape[:1], strict=True):
        if (lon1 > lon) != (lon2 > lon):
            crossing = lat1 + (lon - lon1) * (lat2 - lat1) / (lon2 - lon1)
            if lat < crossing:
                found = not found
    return found


def _geofence(_ctx: EvalContext, point: Value, shape: Value) -> bool:
    """ODK's geofence(): true when the geopoint is inside the geoshape."""
    where = parse_points([to_string(point)])
    outline = parse_points([to_string(shape)])
    if not where or len(where) != 1 or not outline or len(outline) < 3:
        return False
    return inside(where[0], outline)


GEO_FUNCTIONS: dict[str, FunctionSpec] = {
    "area": FunctionSpec(1, 1, _area),
    "distance": FunctionSpec(1, None, _distance),
    "geofence": FunctionSpec(2, 2, _geofence),
}
