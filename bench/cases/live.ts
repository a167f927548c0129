// One keystroke applied to the live annotations of a large document.
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { makeCorpus, rng } from '../corpus';
import { figure, now, quantile, type Figure } from '../measure';

export function liveEdit(count: number, size: number, keystrokes = 4000): Figure[] {
  const { text, sidecar } = makeCorpus(count, size, count);
  const live = new LiveAnnotations(sidecar);
  const random = rng(42);
  let length = text.length;
  const samples: number[] = [];
  for (let i = 0; i < keystrokes + 200; i++) {
    // Typing, with a backspace now and then, anywhere in the document (early offsets shift the most spans).
    const at = Math.floor(random() * length);
    const change = random() < 0.8 ? { rangeOffset: at, rangeLength: 0, text: 'x' } : { rangeOffset: at, rangeLength: Math.min(1, length - at), text: '' };
    const t = now();
    live.apply([change]);
    const dt = now() - t;
    length += change.text.length - change.rangeLength;
    if (i >= 200) samples.push(dt); // the first ones warm the code up
  }
  const k = `${Math.round(count / 1000)}k`;
  return [
    figure({ name: `live edit, one keystroke, ${k} annotations (median)`, value: quantile(samples, 0.5), unit: 'ms' }),
    figure({ name: `live edit, one keystroke, ${k} annotations (p99)`, value: quantile(samples, 0.99), unit: 'ms', ...(count >= 100000 ? { target: 1 } : {}) }),
  ];
}
