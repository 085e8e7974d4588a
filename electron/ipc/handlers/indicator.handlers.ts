import type { Handlers } from '../host-context';

/** The `indicator` namespace of the handler map (composed in ../handlers.ts). */
export const indicatorHandlers: Handlers['indicator'] = {};
