// A .zip archive of a few text files, stored without compression (the
// format's method 0: any unzip tool and every spreadsheet user's file manager
// opens it), built in memory as bytes. Names are UTF-8 (flag bit 11).

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zeroed header of `size` bytes starting with the signature `sig`. */
const fields = (sig, size) => {
  const h = new DataView(new ArrayBuffer(size));
  h.setUint32(0, sig, true);
  return h;
};

/** The archive of `files` [{ name, body }] (body: a string, written as UTF-8), as a Uint8Array. */
export function zip(files, date = new Date()) {
  const enc = new TextEncoder();
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const parts = [], central = [];
  let offset = 0;
  for (const { name, body } of files) {
    const n = enc.encode(name), data = enc.encode(body), crc = crc32(data);
    const local = fields(0x04034b50, 30);
    [[4, 20], [6, 0x0800], [8, 0], [10, time], [12, day]].forEach(([at, v]) => local.setUint16(at, v, true));
    local.setUint32(14, crc, true); local.setUint32(18, data.length, true); local.setUint32(22, data.length, true);
    local.setUint16(26, n.length, true);
    const dir = fields(0x02014b50, 46);
    [[4, 20], [6, 20], [8, 0x0800], [10, 0], [12, time], [14, day]].forEach(([at, v]) => dir.setUint16(at, v, true));
    dir.setUint32(16, crc, true); dir.setUint32(20, data.length, true); dir.setUint32(24, data.length, true);
    dir.setUint16(28, n.length, true); dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), n, data);
    central.push(new Uint8Array(dir.buffer), n);
    offset += 30 + n.length + data.length;
  }
  const size = central.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true); end.setUint16(10, files.length, true);
  end.setUint32(12, size, true); end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) { out.set(p, at); at += p.length; }
  return out;
}
