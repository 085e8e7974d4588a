export const templates = {
  title: 'Templat',
};
