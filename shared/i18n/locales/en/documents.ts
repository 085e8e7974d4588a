import type { documents as id } from '../id/documents';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const documents: Same<typeof id> = {
  ballot: {
    title: 'Juror Score Sheet — {{award}}',
    category: 'Category',
    juror: 'Juror',
    code: 'Code',
    nominee: 'Nominee',
    idRow: 'ID',
    conflict: 'conflict of interest, leave empty',
    instructions: 'One score per cell. Empty cells are left unchanged. Do not edit the ID row or the Code column.',
    range: '{{min}}–{{max}}, step {{step}}',
  },
};
