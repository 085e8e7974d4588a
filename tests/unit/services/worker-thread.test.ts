import { once } from 'node:events';
import type { ResourceLimits } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { STEADY_YOUNG_GENERATION_MB, startWorker, steadyHeapWorkers } from '../../../electron/services/worker-thread';

async function limitsOf(steadyHeap: boolean): Promise<{ limits: ResourceLimits; heldWhileRunning: number }> {
  const worker = startWorker(import.meta.url, 'limits-worker', {}, { steadyHeap });
  const heldWhileRunning = steadyHeapWorkers();
  const [limits] = (await once(worker, 'message')) as [ResourceLimits];
  await once(worker, 'exit');
  return { limits, heldWhileRunning };
}

describe('startWorker', () => {
  it('gives a steady-heap worker its small young generation and holds the heap-growth setting only while it runs', async () => {
    const steady = await limitsOf(true);
    expect(steady.limits.maxYoungGenerationSizeMb).toBe(STEADY_YOUNG_GENERATION_MB);
    expect(steady.heldWhileRunning).toBe(1);
    expect(steadyHeapWorkers()).toBe(0);

    const plain = await limitsOf(false);
    expect(plain.limits.maxYoungGenerationSizeMb).not.toBe(STEADY_YOUNG_GENERATION_MB);
    expect(plain.heldWhileRunning).toBe(0);
  });
});
