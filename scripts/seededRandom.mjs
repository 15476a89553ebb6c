// mulberry32: a small seeded generator, so the page and PDF generators write the same files every run
// and the reliability script kills at the same moments for the same seed.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// mulberry32 started from a seed and a key (a page's name, a set's): one independent stream per key, the same every run.
export function keyedMulberry32(seed, key) {
  let h = seed >>> 0;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0;
  return mulberry32(h);
}
