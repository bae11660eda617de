#!/usr/bin/env python3
"""Turn a QEMU-lab capture into a machine root laid out like a real Linux `/`.

usage: scripts/capture-to-root.py [--as-nonroot] CAPTURE OUT

A lab capture stores each PCI function as a plain directory under
sys/bus/pci/devices/<bdf> plus three bookkeeping files: `_sysfs_link` (where the
real sysfs symlink points), `_driver` (bound driver name) and `_resource_files`
(name and size of every resourceN / resourceN_wc). OUT gets what hwx reads on a
live machine:

  OUT/proc/iomem, OUT/proc/ioports                      copied
  OUT/sys/devices/pci0000:00/.../<bdf>/                 attribute files, config
  OUT/sys/bus/pci/devices/<bdf> -> ../../../devices/... symlink, as on Linux
  OUT/sys/bus/pci/devices/<bdf>/driver -> .../drivers/<name>
  OUT/sys/.../<bdf>/resourceN                           regular file of the BAR's size

BAR files are zero-filled except for the identification registers a real
device would show (so reads on the fixture look like the device):
  QEMU edu (1234:11e8) BAR0: 0x00 ID = 0x010000ed
  NVMe (1b36:0010) BAR0: 0x00 CAP = 0x004018200f0107ff, 0x08 VS = 0x00010400
  (values measured in the lab guest, see README "Test fixtures").

--as-nonroot writes what an unprivileged user sees on the same machine (measured
in the lab guest as uid 65534): every /proc/iomem and /proc/ioports address is
zero, `config` holds only the first 64 bytes, and no resourceN file exists
(those are root-only, mode 0600, so a non-root reader cannot open them anyway).
"""
import os, re, shutil, struct, sys

KNOWN_CONTENTS = {
    ("0x1234", "0x11e8", "resource0"): [(0x00, struct.pack("<I", 0x010000ED))],
    ("0x1b36", "0x0010", "resource0"): [(0x00, struct.pack("<Q", 0x004018200F0107FF)),
                                         (0x08, struct.pack("<I", 0x00010400))],
}

def read(path):
    with open(path) as f:
        return f.read().strip()

def zero_addresses(text):
    """/proc/iomem as non-root: `00000000-00000000 : name`, widths kept."""
    return re.sub(r"^(\s*)([0-9a-f]+)-([0-9a-f]+)( : )",
                  lambda m: m.group(1) + "0" * len(m.group(2)) + "-" + "0" * len(m.group(3)) + m.group(4),
                  text, flags=re.M)

def main(capture, out, nonroot=False):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "proc"))
    for name in ("iomem", "ioports"):
        text = open(os.path.join(capture, "proc", name)).read()
        with open(os.path.join(out, "proc", name), "w") as f:
            f.write(zero_addresses(text) if nonroot else text)
    src_devices = os.path.join(capture, "sys/bus/pci/devices")
    bus_devices = os.path.join(out, "sys/bus/pci/devices")
    drivers = os.path.join(out, "sys/bus/pci/drivers")
    os.makedirs(bus_devices)
    os.makedirs(drivers)
    for bdf in sorted(os.listdir(src_devices)):
        src = os.path.join(src_devices, bdf)
        link = read(os.path.join(src, "_sysfs_link"))
        real = os.path.normpath(os.path.join(bus_devices, link))
        os.makedirs(real, exist_ok=True)
        for name in os.listdir(src):
            if not name.startswith("_"):
                shutil.copy(os.path.join(src, name), os.path.join(real, name))
        if nonroot:
            with open(os.path.join(real, "config"), "r+b") as f:
                f.truncate(64)
        os.symlink(link, os.path.join(bus_devices, bdf))
        driver_file = os.path.join(src, "_driver")
        driver = read(driver_file) if os.path.exists(driver_file) else ""
        if driver:
            driver_dir = os.path.join(drivers, driver)
            os.makedirs(driver_dir, exist_ok=True)
            os.symlink(os.path.relpath(driver_dir, real), os.path.join(real, "driver"))
            os.symlink(os.path.relpath(real, driver_dir), os.path.join(driver_dir, bdf))
        ids = (read(os.path.join(src, "vendor")), read(os.path.join(src, "device")))
        listing = os.path.join(src, "_resource_files")
        if nonroot or not os.path.exists(listing):
            continue
        for line in open(listing):
            parts = line.split()
            if len(parts) != 2:
                continue
            name, size = parts[0], int(parts[1])
            path = os.path.join(real, name)
            with open(path, "wb") as f:
                f.truncate(size)
                for offset, data in KNOWN_CONTENTS.get(ids + (name,), []):
                    f.seek(offset)
                    f.write(data)

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--as-nonroot"]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], nonroot="--as-nonroot" in sys.argv[1:])
