export const programme = {
  title: 'Programme',
};
