#!/usr/bin/env python3
"""Make a synthetic machine root with N PCI functions, and the same functions as an lspci -x dump.

usage: make-many-functions.py FIXTURE_ROOT OUT_ROOT OUT_DUMP N

Functions are copies of the fixture's endpoints (same IDs, config, resource files' sizes),
spread over buses 0x10.. at device/function slots, each under its own host bridge path.
"""
import os, shutil, sys

fixture, out, dump, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
src_devices = os.path.join(fixture, "sys/bus/pci/devices")
templates = []
for bdf in sorted(os.listdir(src_devices)):
    real = os.path.realpath(os.path.join(src_devices, bdf))
    if open(os.path.join(real, "class")).read().startswith("0x0604"):
        continue  # bridges would need their bus numbers rewritten
    templates.append(real)
os.makedirs(os.path.join(out, "proc"))
for f in ("iomem", "ioports"):
    shutil.copy(os.path.join(fixture, "proc", f), os.path.join(out, "proc", f))
bus_devices = os.path.join(out, "sys/bus/pci/devices")
os.makedirs(bus_devices)
with open(dump, "w") as d:
    for i in range(count):
        bus, slot = 0x10 + i // 256, i % 256
        bdf = "0000:%02x:%02x.%d" % (bus, slot >> 3, slot & 7)
        template = templates[i % len(templates)]
        real = os.path.join(out, "sys/devices/pci0000:%02x" % bus, bdf)
        os.makedirs(real)
        for name in os.listdir(template):
            p = os.path.join(template, name)
            if os.path.isfile(p) and not os.path.islink(p) and not name.startswith("resource") or name == "resource":
                shutil.copy(p, os.path.join(real, name))
        os.symlink("../../../devices/pci0000:%02x/%s" % (bus, bdf), os.path.join(bus_devices, bdf))
        config = open(os.path.join(template, "config"), "rb").read()[:64]
        d.write("%02x:%02x.%d function\n" % (bus, slot >> 3, slot & 7))
        for off in range(0, 64, 16):
            d.write("%02x: %s\n" % (off, " ".join("%02x" % b for b in config[off:off + 16])))
        d.write("\n")
