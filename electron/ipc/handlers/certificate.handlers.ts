import type { Handlers } from '../host-context';

/** The `certificate` namespace of the handler map (composed in ../handlers.ts). */
export const certificateHandlers: Handlers['certificate'] = {};
