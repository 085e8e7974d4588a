import type { LocaleShape } from '../../i18n';
import type { templates as id } from '../id/templates';

export const templates: LocaleShape<typeof id> = {
  title: 'Templates',
};
