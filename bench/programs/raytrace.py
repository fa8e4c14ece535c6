# Benchmark: a small ray tracer (objects with float fields, method calls, operator dunders).
# bench: default=250 quick=16
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / self.dot(self) ** 0.5)


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, -1000.0, 0.0), 999.0, Vec(0.6, 0.6, 0.6), 0.2),
            Sphere(Vec(0.0, 0.0, 4.0), 1.0, Vec(0.9, 0.2, 0.2), 0.5),
            Sphere(Vec(-2.0, 0.3, 5.0), 1.0, Vec(0.2, 0.9, 0.2), 0.1),
            Sphere(Vec(2.0, 0.5, 5.5), 1.2, Vec(0.2, 0.2, 0.9), 0.3),
        ]
        self.light = Vec(-5.0, 8.0, -2.0)

    def closest(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if 0.0 < t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, origin, direction, depth):
        obj, t = self.closest(origin, direction)
        if obj is None:
            k = 0.5 * (direction.y + 1.0)
            return Vec(0.5 * k + 0.5, 0.7 * k + 0.3, 1.0)
        point = origin + direction.scale(t)
        normal = (point - obj.center).norm()
        to_light = (self.light - point).norm()
        shadow, _ = self.closest(point, to_light)
        diffuse = 0.0 if shadow is not None else max(0.0, normal.dot(to_light))
        color = obj.color.scale(0.15 + 0.85 * diffuse)
        if depth > 0 and obj.mirror > 0.0:
            refl = direction - normal.scale(2.0 * direction.dot(normal))
            bounce = self.trace(point, refl.norm(), depth - 1)
            color = color.scale(1.0 - obj.mirror) + bounce.scale(obj.mirror)
        return color


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    checksum = 0
    for py in range(size):
        for px in range(size):
            d = Vec((px - size / 2) / size, (size / 2 - py) / size, 1.0).norm()
            c = scene.trace(eye, d, 3)
            r = int(min(1.0, c.x) * 255)
            g = int(min(1.0, c.y) * 255)
            b = int(min(1.0, c.z) * 255)
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
    print(checksum)


main()
