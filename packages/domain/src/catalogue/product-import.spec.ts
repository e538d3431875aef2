import { readProductImport } from './product-import';

describe('products import', () => {
  const head = '供应商,商品名称,品类,产地,本地特产,单价,直播价,佣金,生鲜';
  it('reads prices with ¥ and commas, commission with %, yes/no in Chinese or English', () => {
    const r = readProductImport(`${head}\n合作社,灰枣 500g,干果,疏附县,是,"¥1,019.90",29.9,25%,no`);
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      unitPrice: '1019.90',
      suggestedLivePrice: '29.9',
      commissionPct: '25',
      localSpecialty: true,
      perishable: false,
    });
  });
  it('reports bad cells and a repeated product by row and column', () => {
    const r = readProductImport(
      `${head}\n合作社,灰枣,干果,疏附县,是,1.999,29.9,101,maybe\n合作社,灰枣,干果,疏附县,,1,2,3,`,
    );
    expect(r.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '2:unitPrice',
      '2:commissionPct',
      '2:perishable',
      '3:name',
    ]);
  });
});
