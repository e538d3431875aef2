/**
 * Natural order for names people number: 疏附1组, 疏附2组 … 疏附10组 (not 疏附10组 before 疏附1组), by the digits'
 * value, the rest by Chinese collation. Every page that lists such names sorts with this one comparator.
 */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
