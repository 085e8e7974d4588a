import type { Handlers } from '../host-context';

/** The `merge` namespace of the handler map (composed in ../handlers.ts). */
export const mergeHandlers: Handlers['merge'] = {};
