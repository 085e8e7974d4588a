import type { chair as id } from '../id/chair';

export const chair: Record<keyof typeof id, string> = {
  title: 'Chair & secretariat',
  intro: "Every juror's sheet status, reopening, and history.",
};
