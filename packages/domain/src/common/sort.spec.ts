import { naturalCompare } from './sort';

it('orders numbered names by the number, not character by character', () => {
  expect(['疏附10组', '疏附2组', '疏附1组', '麻阳1组'].sort(naturalCompare)).toEqual([
    '麻阳1组',
    '疏附1组',
    '疏附2组',
    '疏附10组',
  ]);
});
