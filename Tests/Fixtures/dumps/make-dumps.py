#!/usr/bin/env python3
"""Writes the hand-made lspci -xxxx dumps used by hwx's decoder and parity tests.

Every register value below is chosen from the PCI/PCIe specifications' layouts (offsets
and bit positions cited in the Swift decoders); the files are plain `lspci -F` input.
Run from this directory: python3 make-dumps.py  (rewrites decoders.lspci, broken.lspci and capabilities.lspci).
"""


class Fn:
    def __init__(self, addr, desc, size=4096):
        self.addr, self.desc, self.size = addr, desc, size
        self.b = bytearray(4096)

    def w8(self, o, v): self.b[o] = v & 0xff
    def w16(self, o, v): self.b[o:o + 2] = (v & 0xffff).to_bytes(2, 'little')
    def w32(self, o, v): self.b[o:o + 4] = (v & 0xffffffff).to_bytes(4, 'little')

    def header(self, vendor, device, cls, htype=0, command=0x0006, status=0x0010, rev=1, cap=0x40):
        self.w16(0, vendor); self.w16(2, device); self.w16(4, command); self.w16(6, status)
        self.w8(8, rev); self.w8(9, cls & 0xff); self.w8(0xa, cls >> 8 & 0xff); self.w8(0xb, cls >> 16)
        self.w8(0xe, htype)
        if htype == 2:
            self.w8(0x14, cap)
        else:
            self.w8(0x34, cap)

    def cap(self, o, cid, nxt):
        self.w8(o, cid); self.w8(o + 1, nxt)

    def ext(self, o, cid, ver, nxt):
        self.w32(o, cid | ver << 16 | nxt << 20)

    def text(self):
        out = [self.addr + ' ' + self.desc]
        for o in range(0, self.size, 16):
            out.append('%02x: ' % o + ' '.join('%02x' % c for c in self.b[o:o + 16]))
        return '\n'.join(out) + '\n\n'


def express(f, o, nxt, ptype, version=2, slot=False, msgnum=0,
            devcap=0, devctl=0, devsta=0, lnkcap=0, lnkctl=0, lnksta=0,
            sltcap=0, sltctl=0, sltsta=0, rootctl=0, rootcap=0, rootsta=0,
            devcap2=0, devctl2=0, lnkcap2=0, lnkctl2=0, lnksta2=0):
    f.cap(o, 0x10, nxt)
    f.w16(o + 2, version | ptype << 4 | (0x100 if slot else 0) | msgnum << 9)
    f.w32(o + 4, devcap); f.w16(o + 8, devctl); f.w16(o + 0xa, devsta)
    f.w32(o + 0xc, lnkcap); f.w16(o + 0x10, lnkctl); f.w16(o + 0x12, lnksta)
    f.w32(o + 0x14, sltcap); f.w16(o + 0x18, sltctl); f.w16(o + 0x1a, sltsta)
    f.w16(o + 0x1c, rootctl); f.w16(o + 0x1e, rootcap); f.w32(o + 0x20, rootsta)
    if version >= 2:
        f.w32(o + 0x24, devcap2); f.w16(o + 0x28, devctl2)
        f.w32(o + 0x2c, lnkcap2); f.w16(o + 0x30, lnkctl2); f.w16(o + 0x32, lnksta2)


def lnk(speed, width, aspm=0, l0s=0, l1=0, port=0, extra=0):
    return speed | width << 4 | aspm << 10 | l0s << 12 | l1 << 15 | extra | port << 24


def aer(f, o, nxt, uesta=0, uemsk=0, uesvrt=0x00462030, cesta=0, cemsk=0x2000, cap=0xa0, root=False):
    f.ext(o, 0x0001, 2, nxt)
    f.w32(o + 4, uesta); f.w32(o + 8, uemsk); f.w32(o + 0xc, uesvrt)
    f.w32(o + 0x10, cesta); f.w32(o + 0x14, cemsk); f.w32(o + 0x18, cap)
    for i, v in enumerate([0x40000001, 0x0000000f, 0xfee00000, 0x00000000]):
        f.w32(o + 0x1c + 4 * i, v)
    if root:
        f.w32(o + 0x2c, 0x7); f.w32(o + 0x30, 0x08000055); f.w32(o + 0x34, 0x02000100)


def decoders():
    fns = []

    # 00:00.0: a PCIe endpoint carrying every decoded standard capability an endpoint has,
    # and a long extended list.
    f = Fn('00:00.0', 'Ethernet controller: hwx test endpoint (every decoder)')
    f.header(0x8086, 0x10d3, 0x020000, htype=0x80, command=0x0406)
    f.w32(0x10, 0xf0000004); f.w32(0x14, 0x00000000)        # BAR0 64-bit memory
    f.w32(0x18, 0x0000e001)                                  # BAR2 I/O
    f.w32(0x1c, 0xe000000c); f.w32(0x20, 0x00000001)        # BAR3 64-bit prefetchable
    f.w16(0x2c, 0x8086); f.w16(0x2e, 0xa01f)
    f.w32(0x30, 0xfff00000)                                  # ROM, disabled
    f.w8(0x3c, 0x0b); f.w8(0x3d, 1)
    f.cap(0x40, 0x01, 0x50); f.w16(0x42, 0xc9c3); f.w16(0x44, 0x4108)
    f.cap(0x50, 0x05, 0x70); f.w16(0x52, 0x0195); f.w32(0x54, 0xfee00000); f.w32(0x58, 0); f.w16(0x5c, 0x4021)
    f.w32(0x60, 0x00000002); f.w32(0x64, 0x00000001)
    express(f, 0x70, 0xb0, ptype=0,
            devcap=0x2 | 1 << 5 | 4 << 6 | 6 << 9 | 1 << 15 | 25 << 18 | 1 << 28,
            devctl=0x1 | 1 << 4 | 1 << 5 | 1 << 8 | 1 << 11 | 2 << 12,
            devsta=0x0011,
            lnkcap=lnk(3, 16, aspm=3, l0s=6, l1=5, extra=1 << 18),
            lnkctl=0x2 | 1 << 6, lnksta=3 | 8 << 4 | 1 << 12,
            devcap2=0xf | 1 << 4 | 1 << 11 | 1 << 16 | 1 << 18 | 1 << 20 | 1 << 21 | 2 << 22,
            devctl2=0x6 | 1 << 10, lnkcap2=0x0e, lnkctl2=0x3, lnksta2=0x1e)
    f.cap(0xb0, 0x11, 0xc0); f.w16(0xb2, 0x801f); f.w32(0xb4, 0x00002000); f.w32(0xb8, 0x00003000)
    f.cap(0xc0, 0x03, 0xd0); f.w16(0xc2, 0x0000); f.w32(0xc4, 0)
    f.cap(0xd0, 0x09, 0x00); f.w8(0xd2, 0x10); f.w32(0xd4, 0x12345678)
    aer(f, 0x100, 0x140, uesta=1 << 4 | 1 << 14 | 1 << 20, uemsk=1 << 22, cesta=1 | 1 << 6 | 1 << 13, cap=0x14 | 0xa0)
    f.ext(0x140, 0x0003, 1, 0x150); f.w32(0x144, 0x12345678); f.w32(0x148, 0x9abcdef0)
    f.ext(0x150, 0x0002, 1, 0x180); f.w32(0x154, 0x00000001); f.w32(0x15c, 0x00000000)
    f.w32(0x160, 0x00000000); f.w32(0x164, 0x800000ff); f.w32(0x16c, 0x00000001); f.w32(0x170, 0x80000002)
    f.ext(0x180, 0x0004, 1, 0x190); f.w8(0x184, 0); f.w32(0x188, 0x0000e019); f.w8(0x18c, 1)
    f.ext(0x190, 0x000e, 1, 0x1a0); f.w16(0x194, 0x0100); f.w16(0x196, 0x0000)
    f.ext(0x1a0, 0x000f, 1, 0x1b0); f.w16(0x1a4, 0x0020); f.w16(0x1a6, 0x8000)
    f.ext(0x1b0, 0x0010, 1, 0x200)
    f.w32(0x1b4, 0x00000002); f.w16(0x1b8, 0x0019); f.w16(0x1ba, 0x0000)
    f.w16(0x1bc, 8); f.w16(0x1be, 8); f.w16(0x1c0, 4); f.w16(0x1c2, 0)
    f.w16(0x1c4, 0x80); f.w16(0x1c6, 2); f.w16(0x1ca, 0x10d3 + 1)
    f.w32(0x1cc, 0x553); f.w32(0x1d0, 1)
    f.w32(0x1d4, 0xd000000c); f.w32(0x1d8, 0); f.w32(0x1dc, 0xd100000c); f.w32(0x1e0, 0)
    f.ext(0x200, 0x0012, 1, 0x230); f.w16(0x204, 0x803f); f.w16(0x206, 0x0000)
    f.ext(0x230, 0x0013, 1, 0x250); f.w16(0x234, 0x0001); f.w16(0x236, 0x0100)
    f.w32(0x238, 512); f.w32(0x23c, 0)
    f.ext(0x250, 0x001b, 1, 0x260); f.w16(0x254, 0x1406); f.w16(0x256, 0x0001)
    f.ext(0x260, 0x0015, 1, 0x280); f.w32(0x264, 0x0000fff0); f.w32(0x268, 0x00000820)
    f.ext(0x280, 0x0018, 1, 0x290); f.w16(0x284, 0x1003); f.w16(0x286, 0x1003)
    f.ext(0x290, 0x001e, 1, 0x2a0); f.w32(0x294, 0x0028281f); f.w32(0x298, 0x0000000f); f.w32(0x29c, 0x00000028)
    f.ext(0x2a0, 0x001f, 1, 0x2b0); f.w32(0x2a4, 0x00000402); f.w32(0x2a8, 0x00000001)
    f.ext(0x2b0, 0x0023, 1, 0x2c0); f.w32(0x2b4, 0x01001e98); f.w16(0x2b8, 0x0000)
    f.ext(0x2c0, 0x000b, 1, 0x2d0); f.w32(0x2c4, 0x01001234)
    f.ext(0x2d0, 0x0017, 1, 0x2e0); f.w32(0x2d4, 0x00000105); f.w32(0x2d8, 0)
    f.ext(0x2e0, 0x0050, 1, 0x000)
    fns.append(f)

    # 00:01.0: a PCIe Root Port (type 1 header) with slot, root registers, AER root registers,
    # windows, and the port-side extended capabilities.
    f = Fn('00:01.0', 'PCI bridge: hwx test root port')
    f.header(0x8086, 0x7a38, 0x060400, htype=0x01, command=0x0407)
    f.w32(0x18, 0x00050200)
    f.w8(0x1c, 0x21); f.w8(0x1d, 0x31); f.w16(0x1e, 0x2000)
    f.w16(0x20, 0xfc00); f.w16(0x22, 0xfc10)
    f.w16(0x24, 0x0001); f.w16(0x26, 0x0ff1); f.w32(0x28, 0x4); f.w32(0x2c, 0x4)
    f.w16(0x30, 0x0001); f.w16(0x32, 0x0001)
    f.w8(0x3c, 0xff); f.w8(0x3d, 1); f.w16(0x3e, 0x0013)
    f.cap(0x40, 0x0d, 0x48); f.w16(0x44, 0x8086); f.w16(0x46, 0x7777)
    f.cap(0x48, 0x01, 0x50); f.w16(0x4a, 0xc803); f.w16(0x4c, 0x0003); f.w8(0x4e, 0xc0)
    f.cap(0x50, 0x05, 0x60); f.w16(0x52, 0x0000); f.w32(0x54, 0xfee00000); f.w16(0x58, 0x0041)
    express(f, 0x60, 0x00, ptype=4, slot=True, msgnum=1,
            devcap=0x1 | 1 << 15, devctl=0xf | 1 << 5 | 2 << 12, devsta=0x0004,
            lnkcap=lnk(4, 8, aspm=2, l1=2, port=5, extra=1 << 20 | 1 << 21),
            lnkctl=0x0040, lnksta=4 | 4 << 4 | 1 << 13,
            sltcap=0x7f | 75 << 7 | 1 << 17 | 7 << 19, sltctl=3 << 6 | 1 << 8 | 1 << 5, sltsta=1 << 6 | 1 << 3,
            rootctl=0x8, rootsta=0x0100,
            devcap2=1 << 5 | 1 << 6 | 1 << 7 | 1 << 16, devctl2=1 << 5, lnkcap2=0x1e, lnkctl2=0x4, lnksta2=0x01)
    aer(f, 0x100, 0x148, uesta=1 << 12, cesta=1 << 7, root=True)
    f.ext(0x148, 0x000d, 1, 0x158); f.w16(0x14c, 0x005f); f.w16(0x14e, 0x001d)
    f.ext(0x158, 0x0019, 1, 0x180); f.w32(0x15c, 0); f.w32(0x160, 0)
    f.ext(0x180, 0x001d, 1, 0x1a0); f.w16(0x184, 0x1f81); f.w16(0x186, 0x0001); f.w16(0x188, 0x0000)
    f.ext(0x1a0, 0x001e, 1, 0x1b0); f.w32(0x1a4, 0x0028281f)
    f.ext(0x1b0, 0x001f, 1, 0x1c0); f.w32(0x1b4, 0x00000406)
    f.ext(0x1c0, 0x0026, 1, 0x1f0)
    f.ext(0x1f0, 0x0027, 1, 0x200)
    f.ext(0x200, 0x0025, 1, 0x210); f.w32(0x204, 0x80000001)
    f.ext(0x210, 0x002a, 1, 0x240)
    f.ext(0x240, 0x0005, 1, 0x000); f.w32(0x244, 0x01000000)
    fns.append(f)

    # 00:02.0: an Upstream Port and 00:02.1 a Downstream Port (switch halves), 5GT/s.
    f = Fn('00:02.0', 'PCI bridge: hwx test switch upstream port')
    f.header(0x10b5, 0x8747, 0x060400, htype=0x81, command=0x0007)
    f.w32(0x18, 0x00060600)
    express(f, 0x40, 0x00, ptype=5, devcap=0x2 | 1 << 15 | 10 << 18 | 1 << 26, devctl=0x2 << 5 | 5 << 12,
            lnkcap=lnk(2, 4, aspm=1, l0s=3), lnksta=2 | 4 << 4, lnkcap2=0x06, lnkctl2=0x2)
    aer(f, 0x100, 0x000)
    fns.append(f)
    f = Fn('00:02.1', 'PCI bridge: hwx test switch downstream port')
    f.header(0x10b5, 0x8747, 0x060400, htype=0x01, command=0x0007)
    f.w32(0x18, 0x00070706)
    express(f, 0x40, 0x00, ptype=6, slot=False, devcap=0x2, devctl=0x1 << 5 | 0 << 12,
            lnkcap=lnk(2, 1, aspm=3, l0s=7, l1=7, port=2), lnksta=1 | 1 << 4, lnkcap2=0x06, lnkctl2=0x1)
    fns.append(f)

    # 00:03.0: a conventional PCI device with the older capabilities: PCI-X, HyperTransport,
    # Slot ID, Debug port, Advanced Features, Enhanced Allocation, 32-bit maskable MSI.
    f = Fn('00:03.0', 'SCSI storage controller: hwx test conventional PCI device', size=256)
    f.header(0x1000, 0x0030, 0x010000, command=0x0147, status=0x02b0)
    f.w32(0x10, 0x0000c001); f.w32(0x14, 0xfebf0000)
    f.w16(0x2c, 0x1000); f.w16(0x2e, 0x1000); f.w8(0x3c, 5); f.w8(0x3d, 1); f.w8(0x3e, 0x11); f.w8(0x3f, 0x12)
    f.w8(0x0c, 0x10); f.w8(0x0d, 0x40)
    f.cap(0x40, 0x07, 0x50); f.w16(0x42, 0x0002); f.w32(0x44, 0x00030018)
    f.cap(0x50, 0x08, 0x60); f.w16(0x52, 0xa800)
    f.cap(0x60, 0x04, 0x68); f.w8(0x62, 0x23); f.w8(0x63, 0x04)
    f.cap(0x68, 0x0a, 0x70); f.w16(0x6a, 0x20a0)
    f.cap(0x70, 0x13, 0x78); f.w8(0x72, 0x06); f.w8(0x73, 0x03); f.w8(0x74, 0x00); f.w8(0x75, 0x00)
    f.cap(0x78, 0x14, 0x90); f.w16(0x7a, 0x0001); f.w32(0x7c, 0x00000003); f.w32(0x80, 0x80000000 | 0 << 4 | 0x2 | 0 << 8)
    f.w32(0x84, 0xfe000000); f.w32(0x88, 0x000ffffc)
    f.cap(0x90, 0x05, 0x00); f.w16(0x92, 0x0103); f.w32(0x94, 0xfee00010); f.w16(0x98, 0x0031); f.w32(0x9c, 1); f.w32(0xa0, 0)
    fns.append(f)

    # 00:04.0: a CardBus bridge (header type 2), capability pointer at 0x14.
    f = Fn('00:04.0', 'CardBus bridge: hwx test CardBus bridge', size=256)
    f.header(0x104c, 0xac56, 0x060700, htype=0x02, command=0x0007, cap=0x80)
    f.w32(0x10, 0xfe9ff000); f.w32(0x18, 0xb0080700)
    f.w32(0x1c, 0xd0000000); f.w32(0x20, 0xd3fff000); f.w32(0x24, 0xd4000000); f.w32(0x28, 0xd7fff000)
    f.w32(0x2c, 0x0000c401); f.w32(0x30, 0x0000c4fc); f.w32(0x34, 0x00000000); f.w32(0x38, 0x00000000)
    f.w8(0x3c, 0x0b); f.w8(0x3d, 1); f.w16(0x3e, 0x05c0); f.w16(0x40, 0x1028); f.w16(0x42, 0x0188)
    f.cap(0x80, 0x01, 0x00); f.w16(0x82, 0xfe12); f.w16(0x84, 0x0000)
    fns.append(f)

    # 00:05.0: a PCIe v1 Legacy Endpoint (no version-2 registers) with MSI-X in BAR 2.
    f = Fn('00:05.0', 'Network controller: hwx test legacy endpoint (PCIe v1)')
    f.header(0x14e4, 0x4727, 0x028000, command=0x0406)
    f.w32(0x10, 0xf7e00000); f.w32(0x18, 0xf7d00000)
    express(f, 0x40, 0x80, ptype=1, version=1, devcap=0x0 | 2 << 6 | 3 << 9,
            devctl=0 << 5 | 0 << 12, lnkcap=lnk(1, 1, aspm=3, l0s=4, l1=6, extra=1 << 18), lnkctl=0x3, lnksta=1 | 1 << 4 | 1 << 12)
    f.cap(0x80, 0x11, 0x00); f.w16(0x82, 0x0007); f.w32(0x84, 0x00000002); f.w32(0x88, 0x00000802)
    fns.append(f)

    # 00:06.0: a Root Complex Event Collector: AER root registers without a link.
    f = Fn('00:06.0', 'Generic system peripheral: hwx test root complex event collector')
    f.header(0x8086, 0x2f2e, 0x080700, command=0x0000)
    express(f, 0x40, 0x00, ptype=0xa, devcap=0x0, devctl=0x5 << 12 | 0 << 5)
    aer(f, 0x100, 0x140, uesta=1 << 18, cesta=1 << 12, root=True)
    f.ext(0x140, 0x0007, 1, 0x000); f.w32(0x144, 0x000000ff)
    fns.append(f)
    return fns


def broken():
    fns = []
    def pcie_dev(addr, desc, size=4096):
        f = Fn(addr, desc, size)
        f.header(0x1af4, 0x1041, 0x020000)
        return f

    f = pcie_dev('00:10.0', 'Ethernet controller: standard chain loops 0x40 -> 0x50 -> 0x40')
    f.cap(0x40, 0x01, 0x50); f.w16(0x42, 0x0003)
    f.cap(0x50, 0x05, 0x40)
    fns.append(f)

    f = pcie_dev('00:11.0', 'Ethernet controller: next pointer 0x20 points into the header')
    f.cap(0x40, 0x01, 0x20); f.w16(0x42, 0x0003)
    fns.append(f)

    f = Fn('00:12.0', 'Ethernet controller: function does not answer (all ones)', size=256)
    f.b[0:256] = b'\xff' * 256
    fns.append(f)

    f = pcie_dev('00:13.0', 'Ethernet controller: lspci -x dump (64 bytes only)', size=64)
    f.cap(0x40, 0x01, 0x00)
    fns.append(f)

    f = pcie_dev('00:14.0', 'Ethernet controller: extended chain loops 0x100 -> 0x200 -> 0x100')
    express(f, 0x40, 0x00, ptype=0, lnkcap=lnk(1, 1), lnksta=1 | 1 << 4)
    f.ext(0x100, 0x0003, 1, 0x200); f.ext(0x200, 0x000e, 1, 0x100)
    fns.append(f)

    f = pcie_dev('00:15.0', 'Ethernet controller: extended pointer 0x0c0 below 0x100')
    express(f, 0x40, 0x00, ptype=0, lnkcap=lnk(1, 1), lnksta=1 | 1 << 4)
    f.ext(0x100, 0x0003, 1, 0x0c0)
    fns.append(f)

    f = pcie_dev('00:16.0', 'Ethernet controller: Cap+ but an empty list')
    f.w8(0x34, 0x00)
    fns.append(f)

    f = pcie_dev('00:17.0', 'Ethernet controller: chain reaches all-ones bytes')
    f.cap(0x40, 0x01, 0x60); f.w16(0x42, 0x0003)
    f.b[0x60:0x100] = b'\xff' * 0xa0
    fns.append(f)

    f = pcie_dev('00:18.0', 'Ethernet controller: PCIe function dumped with -xxx (no extended space)', size=256)
    express(f, 0x40, 0x00, ptype=0, lnkcap=lnk(3, 4), lnksta=3 | 4 << 4)
    fns.append(f)

    f = pcie_dev('00:19.0', 'Ethernet controller: truncated dump ends inside the extended list', size=0x120)
    express(f, 0x40, 0x00, ptype=0, lnkcap=lnk(2, 2), lnksta=2 | 2 << 4)
    f.ext(0x100, 0x0003, 1, 0x200)
    fns.append(f)
    return fns


def vc_block(f, o, nvc, arbcap=0x0f, vcarb_off=0, ctrl=0, resources=()):
    """Port VC registers (PCIe 6.0 §7.9.1.2-.4) and one resource triple per VC (§7.9.1.7-.9):
    resources are (cap, ctl, sta) tuples."""
    f.w32(o + 4, (nvc - 1) | 1 << 4 | 0 << 8 | 1 << 10)
    f.w32(o + 8, arbcap | vcarb_off << 24)
    f.w16(o + 0xc, ctrl); f.w16(o + 0xe, 0)
    for i, (cap, ctl, sta) in enumerate(resources):
        f.w32(o + 0x10 + 12 * i, cap); f.w32(o + 0x14 + 12 * i, ctl); f.w16(o + 0x1a + 12 * i, sta)


def capabilities():
    fns = []

    # 00:00.0: a Root Port with BIST, the hot-plug capability (ID 0x0c), Virtual Channel with
    # two VCs (WRR VC arbitration selected, WRR port arbitration on VC1), Multi-Function VC and a
    # Root Complex Link declaration with two link entries (one valid, one not).
    f = Fn('00:00.0', 'PCI bridge: hwx test root port with VC, MFVC and RC link')
    f.header(0x8086, 0x3c02, 0x060400, htype=0x01, command=0x0407, cap=0x40)
    f.w8(0x0f, 0x80 | 0x05)                                   # BIST capable, completion code 5
    f.w32(0x18, 0x00020100)
    f.cap(0x40, 0x0c, 0x48)
    express(f, 0x48, 0x00, ptype=4, slot=False, devcap=0x1, lnkcap=lnk(3, 8, port=1), lnksta=3 | 8 << 4)
    f.ext(0x100, 0x0002, 1, 0x180)
    vc_block(f, 0x100, 2, arbcap=0x07, vcarb_off=0, ctrl=1 << 1,
             resources=[(0x00000001, 0x800000ff, 0x0000),
                        (0x00000006 | 1 << 15 | 31 << 16, 0x80000002 | 1 << 24 | 1 << 17, 0x0002)])
    f.ext(0x180, 0x0008, 1, 0x200)
    vc_block(f, 0x180, 2, arbcap=0x03, ctrl=2 << 1,
             resources=[(0x00000001, 0x800000ff, 0x0000),
                        (0x00000003 | 3 << 16, 0x80000000 | 0x0c | 1 << 24 | 2 << 17, 0x0000)])
    f.ext(0x200, 0x0005, 1, 0x000)
    f.w32(0x204, 0x01 << 24 | 0x02 << 16 | 2 << 8 | 0x0)     # port 1, component 2, 2 link entries
    f.w32(0x210, 0x03 << 24 | 0x01 << 16 | 0x1)               # valid, memory-mapped, to 1:3
    f.w32(0x218, 0xfed19000); f.w32(0x21c, 0)
    f.w32(0x220, 0x00 << 24 | 0x01 << 16 | 0x2 | 0x0)          # not valid, configuration-space link
    f.w32(0x228, 0x00123000); f.w32(0x22c, 0)
    fns.append(f)

    # 00:01.0: a conventional device with HyperTransport blocks: slave/primary interface,
    # host/secondary interface, MSI mapping with a programmable address, revision ID, and
    # capability types without their own decoding.
    f = Fn('00:01.0', 'Host bridge: hwx test HyperTransport device', size=256)
    f.header(0x1022, 0x1103, 0x060000, command=0x0006, status=0x0010, cap=0x40)
    f.cap(0x40, 0x08, 0x60)
    f.w16(0x42, 0x0000 | 0x04 | 2 << 5 | 1 << 10)             # slave: BaseUnitID 4, UnitCnt 2, MastHost
    f.w16(0x44, 0x2020); f.w16(0x46, 0x1111)
    f.w16(0x48, 0x00a0); f.w16(0x4a, 0x0011)
    f.w8(0x4c, 0x23); f.w8(0x4d, 0x05); f.w16(0x4e, 0x0075)
    f.w8(0x50, 0x03); f.w8(0x51, 0x02); f.w16(0x52, 0x0035)
    f.w16(0x54, 0x0000); f.w16(0x56, 0x0003); f.w8(0x58, 0x00); f.w8(0x59, 0x00)
    f.cap(0x60, 0x08, 0x80)
    f.w16(0x62, 0x2000 | 1 << 1 | 1 << 5)                     # host: WarmRst, ActAsSlave-
    f.w16(0x64, 0x0020); f.w16(0x66, 0x0011)
    f.w8(0x68, 0x25); f.w8(0x69, 0x06); f.w16(0x6a, 0x00f5); f.w16(0x6c, 0x0001)
    f.w8(0x6e, 0x00); f.w16(0x70, 0x0001); f.w16(0x72, 0x0002)
    f.w8(0x74, 0x00); f.w8(0x75, 0x00)
    f.cap(0x80, 0x08, 0x90)
    f.w16(0x82, 0xa800 | 1)                                   # MSI mapping, enabled, not fixed
    f.w32(0x84, 0xfee00000); f.w32(0x88, 0x00000000)
    f.cap(0x90, 0x08, 0x98); f.w16(0x92, 0x8800 | 0x25)       # revision ID 1.5
    f.cap(0x98, 0x08, 0xa0); f.w16(0x9a, 0x9000)              # UnitID clumping
    f.cap(0xa0, 0x08, 0x00); f.w16(0xa2, 0xe000)              # Power Management (type 11100)
    fns.append(f)

    # 00:02.0: a modern virtio device (memory balloon, 1af4:1045, not in the pci.ids subset)
    # with its five vendor-specific capabilities (virtio 1.1 §4.1.4): common, notify with a
    # multiplier, ISR, device and PCI configuration access.
    f = Fn('00:02.0', 'Unclassified device: hwx test virtio balloon', size=256)
    f.header(0x1af4, 0x1045, 0x00ff00, command=0x0507, cap=0x84)
    f.w32(0x20, 0xfe80000c); f.w32(0x24, 0)
    f.w16(0x2c, 0x1af4); f.w16(0x2e, 0x0005)
    f.w8(0x3c, 0x0a); f.w8(0x3d, 1)
    def vcap(o, nxt, typ, bar, off, length, extra=None):
        f.cap(o, 0x09, nxt); f.w8(o + 2, 20 if extra is not None else 16); f.w8(o + 3, typ)
        f.w8(o + 4, bar); f.w32(o + 8, off); f.w32(o + 12, length)
        if extra is not None: f.w32(o + 16, extra)
    vcap(0x84, 0x74, 5, 0, 0, 0, extra=0)
    vcap(0x74, 0x64, 4, 4, 0x3000, 0x1000)
    vcap(0x64, 0x50, 3, 4, 0x1000, 0x1000)
    vcap(0x50, 0x40, 2, 4, 0x2000, 0x1000, extra=4)
    vcap(0x40, 0x00, 1, 4, 0x0000, 0x1000)
    fns.append(f)

    # 00:03.0-00:07.0: class codes that pci.ids names partly or not at all (lspci's fallbacks:
    # the class name with the code when the subclass is unknown, "Class XXXX" when the class is,
    # a prog-if without a name as its number only).
    for dev, cls, what in [(3, 0x0c0330, 'USB xHCI'), (4, 0x01ff00, 'unknown subclass of a known class'),
                           (5, 0x420000, 'unknown class'), (6, 0x0c03fe, 'USB, prog-if fe'),
                           (7, 0x010601, 'SATA AHCI'), (8, 0x01067f, 'SATA, prog-if without a name')]:
        f = Fn('00:%02x.0' % dev, 'hwx test class %06x (%s)' % (cls, what), size=64)
        f.header(0x8086, 0x1234, cls, command=0x0000, status=0x0000, cap=0)
        fns.append(f)
    return fns


if __name__ == '__main__':
    with open('decoders.lspci', 'w') as out:
        out.write(''.join(f.text() for f in decoders()))
    with open('broken.lspci', 'w') as out:
        out.write(''.join(f.text() for f in broken()))
    with open('capabilities.lspci', 'w') as out:
        out.write(''.join(f.text() for f in capabilities()))
