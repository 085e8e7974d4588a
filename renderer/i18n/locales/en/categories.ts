import type { LocaleShape } from '../../i18n';
import type { categories as id } from '../id/categories';

export const categories: LocaleShape<typeof id> = {
  title: 'Categories',
};
