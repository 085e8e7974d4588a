import type { Handlers } from '../host-context';

/** The `document` namespace of the handler map (composed in ../handlers.ts). */
export const documentHandlers: Handlers['document'] = {};
