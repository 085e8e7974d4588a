import type { AwardDb } from '../../db/open-award-db';
import { encodeGreyAlphaPng } from './png';
import { saveSignature } from './signature.service';

const WIDTH = 360;
const HEIGHT = 120;

/** A deterministic pseudo-random sequence from a text (so each demo juror gets their own scrawl). */
function seeded(text: string): () => number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** A handwriting-like signature drawn from a name: loops along a baseline, then an underline flourish. */
export function demoSignaturePng(name: string): Buffer {
  const random = seeded(name);
  const alpha = new Float32Array(WIDTH * HEIGHT);
  const stamp = (cx: number, cy: number, r: number) => {
    for (let y = Math.floor(cy - r - 1); y <= cy + r + 1; y++) {
      for (let x = Math.floor(cx - r - 1); x <= cx + r + 1; x++) {
        if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) continue;
        const cover = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(x - cx, y - cy)));
        const i = y * WIDTH + x;
        alpha[i] = Math.max(alpha[i]!, cover);
      }
    }
  };
  const loops = 4 + Math.floor(random() * 4);
  const amp = 18 + random() * 14;
  const phase = random() * Math.PI;
  for (let t = 0; t <= 1; t += 0.0004) {
    const x = 24 + t * 250 + Math.sin(t * loops * 2 * Math.PI + phase) * 14;
    const y = 62 - Math.cos(t * loops * 2 * Math.PI) * amp * (0.6 + 0.4 * Math.sin(t * 5)) - t * 12;
    stamp(x, y, 1.6 + 0.6 * Math.sin(t * 9));
  }
  for (let t = 0; t <= 1; t += 0.0008) stamp(40 + t * 290, 96 - Math.sin(t * Math.PI) * 10 + t * 4, 1.2);
  const pixels = new Uint8Array(WIDTH * HEIGHT * 2);
  for (let i = 0; i < alpha.length; i++) {
    pixels[i * 2] = 20; // dark blue-black ink, as grey
    pixels[i * 2 + 1] = Math.round(alpha[i]! * 255);
  }
  return encodeGreyAlphaPng(WIDTH, HEIGHT, pixels);
}

/** Gives every juror of an award a drawn demo signature (for the demo award). */
export function addDemoSignatures(award: AwardDb, now = new Date()): void {
  const jurors = award.sqlite.prepare<[], { id: string; name: string }>('SELECT id, name FROM juror').all();
  for (const j of jurors) {
    saveSignature(award, j.id, `data:image/png;base64,${demoSignaturePng(j.name).toString('base64')}`, now);
  }
}
