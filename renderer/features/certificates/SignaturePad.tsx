import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import SignaturePadLib from 'signature_pad';

/** What a parent can do with the pad. */
export interface SignaturePadHandle {
  clear: () => void;
  isEmpty: () => boolean;
  /** The drawing as a PNG data URL (transparent background), or null when nothing is drawn. */
  toPng: () => string | null;
}

interface Props {
  label: string;
  /** Called after each stroke and on clear, with whether the pad is empty. */
  onChange?: (empty: boolean) => void;
  width?: number;
  height?: number;
}

/**
 * A small React wrapper around signature_pad: mouse, pen and touch through pointer events,
 * drawn at the screen's pixel density (capped at 2× to keep the PNG small).
 */
export const SignaturePad = forwardRef<SignaturePadHandle, Props>(function SignaturePad(
  { label, onChange, width = 420, height = 140 },
  ref,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2);
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePadLib(canvas, { penColor: '#1f2a44', minWidth: 0.8, maxWidth: 2.6 });
    const changed = () => onChangeRef.current?.(pad.isEmpty());
    pad.addEventListener('endStroke', changed);
    padRef.current = pad;
    return () => {
      pad.removeEventListener('endStroke', changed);
      pad.off();
      padRef.current = null;
    };
  }, [width, height]);

  useImperativeHandle(ref, () => ({
    clear: () => {
      padRef.current?.clear();
      onChangeRef.current?.(true);
    },
    isEmpty: () => padRef.current?.isEmpty() ?? true,
    toPng: () => (padRef.current && !padRef.current.isEmpty() ? padRef.current.toDataURL('image/png') : null),
  }));

  return (
    <canvas
      ref={canvasRef}
      className="signature-pad"
      role="img"
      aria-label={label}
      style={{ width, height, touchAction: 'none' }}
      data-testid="signature-pad"
    />
  );
});
