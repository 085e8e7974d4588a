import type { LocaleShape } from '../../i18n';
import type { programme as id } from '../id/programme';

export const programme: LocaleShape<typeof id> = {
  title: 'Programme',
};
