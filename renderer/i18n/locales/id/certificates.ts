export const certificates = {
  title: 'Piagam Penghargaan',
};
