// The strip of live augmented samples: a member's next mini-batch rows as stored (top) and as augmented (bottom), 28×28 canvases.
import { useEffect, useRef } from 'react';

/** One 28×28 grey image (values 0…1, ink dark on light) drawn into a canvas at its own size; CSS scales it up. */
function Digit({ pixels, label }: { pixels: Float32Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(28, 28);
    for (let i = 0; i < 784; i++) {
      const v = 255 - Math.round(255 * Math.min(1, Math.max(0, pixels[i])));
      img.data.set([v, v, v, 255], 4 * i);
    }
    ctx.putImageData(img, 0, 0);
  }, [pixels]);
  return <canvas ref={ref} width={28} height={28} className="digit-canvas" role="img" aria-label={label} style={{ width: 56, height: 56, imageRendering: 'pixelated', border: '1px solid var(--rule, #ccc)' }} />;
}

export interface Samples {
  labels: Uint8Array;
  original: Float32Array;
  augmented: Float32Array;
}

/** Two rows of k digits: as stored, then augmented; each labelled with its digit for screen readers. */
export function SampleStrip({ samples, originalText, augmentedText }: { samples: Samples; originalText: string; augmentedText: string }) {
  const k = samples.labels.length;
  const row = (src: Float32Array, what: string) => (
    <div className="sample-row" style={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
      <span className="muted" style={{ minWidth: '6em' }}>{what}</span>
      {Array.from({ length: k }, (_, i) => (
        <Digit key={i} pixels={src.subarray(i * 784, (i + 1) * 784)} label={`${what}: ${samples.labels[i]}`} />
      ))}
    </div>
  );
  return (
    <div className="sample-strip" data-chart="samples" data-count={k}>
      {row(samples.original, originalText)}
      {row(samples.augmented, augmentedText)}
    </div>
  );
}
