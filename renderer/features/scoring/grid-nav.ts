export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'home' | 'end' | 'top' | 'bottom' | 'stay';

/**
 * Where a key moves the grid's focus from row r, column c (over editable rows and columns only).
 * Tab (`next`/`prev`) wraps to the next or previous row; null at the grid's ends, so Tab leaves the grid.
 */
export function step(r: number, c: number, lastRow: number, lastCol: number, move: Move): [number, number] | null {
  let row = r;
  let col = c;
  switch (move) {
    case 'up':
      row = Math.max(0, r - 1);
      break;
    case 'down':
      row = Math.min(lastRow, r + 1);
      break;
    case 'left':
      col = Math.max(0, c - 1);
      break;
    case 'right':
      col = Math.min(lastCol, c + 1);
      break;
    case 'next':
      if (c < lastCol) col = c + 1;
      else if (r < lastRow) [row, col] = [r + 1, 0];
      else return null;
      break;
    case 'prev':
      if (c > 0) col = c - 1;
      else if (r > 0) [row, col] = [r - 1, lastCol];
      else return null;
      break;
    case 'home':
      col = 0;
      break;
    case 'end':
      col = lastCol;
      break;
    case 'top':
      [row, col] = [0, 0];
      break;
    case 'bottom':
      [row, col] = [lastRow, lastCol];
      break;
    case 'stay':
      break;
  }
  return [row, col];
}
