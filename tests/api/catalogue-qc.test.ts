import { createProduct, createSupplier, createTeam } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateSupplierInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { PHOTO_JPEG } from '../support/images';
import { cohortWithTrainees } from '../support/world';

/** Suppliers and licences, products, uploads, ISO 2859-1 inspections and the QC gate they feed. */
const api = useApi();
let coordinator: GqlClient;
let inspector: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
  inspector = await api.as('QC_INSPECTOR');
});

const JPEG = PHOTO_JPEG; // a real image: uploads are parsed to strip their metadata
async function upload(c: GqlClient, purpose: string, bytes: Buffer, name = 'photo.jpg', type = 'image/jpeg') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${api.url}/files/${purpose}`, {
    method: 'POST',
    body: form,
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}
const stored = () => api.db.prisma.storedFileContent.count();

const CHECK = ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', 'TASTE_FRESHNESS'].map((item) => ({ item, ok: true }));
const CREATE_SUPPLIER = graphql(`
  mutation CatalogueQcCreateSupplier2($i: CreateSupplierInput!) {
    createSupplier(input: $i) {
      id
    }
  }
`);
const SUBMIT_PRODUCT_FOR_QC = graphql(`
  mutation CatalogueQcSubmitProductForQc($id: ID!) {
    submitProductForQc(id: $id) {
      status
    }
  }
`);
const QC_TASKS = graphql(`
  query CatalogueQcQcTasks {
    qcTasks {
      product {
        id
      }
      reason
    }
  }
`);
const RECORD = graphql(`
  mutation CatalogueQcRecordInspection($i: RecordInspectionInput!) {
    recordInspection(input: $i) {
      id
      result
      sampleSize
      validUntil
      product {
        status
        statusReason
        statusReasonCode
      }
    }
  }
`);

describe('uploads', () => {
  it('stores a real image and serves it back to those who may see it', async () => {
    const r = await upload(inspector, 'inspection-photos', JPEG);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length });
    const got = await fetch(`${api.url}/files/${r.body.id}`, { headers: { cookie: inspector.cookie } });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(JPEG)).toBe(true);
    const trainee = await api.signIn('TRAINEE');
    expect((await fetch(`${api.url}/files/${r.body.id}`, { headers: { cookie: trainee.cookie } })).status).toBe(404);
  });

  it('refuses a wrong type (whatever it claims to be) and an oversized file, storing nothing', async () => {
    const before = await stored();
    const files = await api.db.prisma.storedFile.count();
    const fake = await upload(
      inspector,
      'inspection-photos',
      Buffer.from('%PDF-1.7 not a photo'),
      'photo.jpg',
      'image/jpeg',
    );
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('BAD_USER_INPUT');
    const big = await upload(inspector, 'inspection-photos', Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(await stored()).toBe(before);
    expect(await api.db.prisma.storedFile.count()).toBe(files);
  });

  it('refuses anonymous callers and roles without the permission', async () => {
    expect((await upload(api.client(), 'inspection-photos', JPEG)).status).toBe(401);
    expect((await upload(coordinator, 'inspection-photos', JPEG)).status).toBe(403);
    expect((await upload(await api.signIn('SPONSOR'), 'licence-scans', JPEG)).status).toBe(403);
  });
});

describe('suppliers, products and inspections', () => {
  it('records a supplier with licences and scanned evidence, refusing evidence that was not uploaded', async () => {
    const scan = await upload(
      inspector,
      'licence-scans',
      Buffer.from('%PDF-1.7 licence scan'),
      'licence.pdf',
      'application/pdf',
    );
    expect(scan.status).toBe(201);
    const input = {
      name: '疏附县塔什米里克乡核桃合作社',
      kind: 'COOPERATIVE',
      region: '新疆喀什地区疏附县',
      contact: '艾力 13899120001',
      licences: [
        {
          kind: 'BUSINESS_LICENCE',
          number: '91653121MA78XK3J2P',
          expiresOn: '2030-06-30',
          evidenceFileId: scan.body.id,
        },
        { kind: 'FOOD_PRODUCTION_LICENCE', number: 'SC11665312100123', expiresOn: '2027-03-31' },
      ],
    } satisfies CreateSupplierInput;
    const s = (
      await coordinator.ok(
        graphql(`
          mutation CatalogueQcCreateSupplier($i: CreateSupplierInput!) {
            createSupplier(input: $i) {
              id
              licences {
                kind
                expired
                evidenceFileId
              }
            }
          }
        `),
        { i: input },
      )
    ).createSupplier;
    expect(s.licences).toHaveLength(2);
    const bad = await coordinator.request(CREATE_SUPPLIER, {
      i: { ...input, name: '另一家', licences: [{ ...input.licences[0], evidenceFileId: 'nope' }] },
    });
    expect(fieldsOf(bad)).toEqual(['licences.0.evidenceFileId']);
    expect(codeOf(await (await api.signIn('SUPPORT')).request(CREATE_SUPPLIER, { i: input }))).toBe('FORBIDDEN');
  });

  it('takes a product from draft through a failed and then a passed inspection to approved', async () => {
    const supplier = await createSupplier(api.db.prisma);
    const created = (
      await coordinator.ok(
        graphql(`
          mutation CatalogueQcCreateProduct($i: CreateProductInput!) {
            createProduct(input: $i) {
              id
              status
              gateProblems {
                code
              }
            }
          }
        `),
        {
          i: {
            supplierId: supplier.id,
            name: '薄皮核桃 2.5kg',
            category: '干果',
            originRegion: '新疆疏附县',
            localSpecialty: true,
            unitPrice: '45',
            suggestedLivePrice: '59.90',
            commissionPct: '22',
            perishable: false,
          },
        },
      )
    ).createProduct;
    expect(created.status).toBe('DRAFT');
    expect(created.gateProblems.map((g) => g.code)).toEqual(['NOT_APPROVED', 'NO_VALID_INSPECTION']);
    expect(
      codeOf(
        await inspector.request(RECORD, {
          i: { productId: created.id, lotSize: 4000, criticalFound: 0, majorFound: 0, minorFound: 0, checklist: CHECK },
        }),
      ),
    ).toBe('CONFLICT');

    await coordinator.ok(SUBMIT_PRODUCT_FOR_QC, { id: created.id });
    const tasks = (await inspector.ok(QC_TASKS)).qcTasks;
    expect(tasks.map((t) => t.product.id)).toContain(created.id);
    const plan = (
      await inspector.ok(
        graphql(`
          query CatalogueQcSamplingPlanFor($p: ID!) {
            samplingPlanFor(productId: $p, lotSize: 4000) {
              sampleSize
              checklist
              classes {
                defectClass
                accept
                reject
              }
            }
          }
        `),
        { p: created.id },
      )
    ).samplingPlanFor;
    expect(plan).toEqual({
      sampleSize: 200,
      checklist: ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', 'TASTE_FRESHNESS'],
      classes: [
        { defectClass: 'critical', accept: 0, reject: 1 },
        { defectClass: 'major', accept: 10, reject: 11 },
        { defectClass: 'minor', accept: 14, reject: 15 },
      ],
    });

    const missing = await inspector.request(RECORD, {
      i: {
        productId: created.id,
        lotSize: 4000,
        criticalFound: 0,
        majorFound: 0,
        minorFound: 0,
        checklist: [...CHECK.slice(0, 2), { item: 'WEIGHT', ok: false }, ...CHECK.slice(3)],
      },
    });
    expect(fieldsOf(missing)).toEqual(['checklist.2.note']);

    const photo = (await upload(inspector, 'inspection-photos', JPEG)).body.id;
    const failed = (
      await inspector.ok(RECORD, {
        i: {
          productId: created.id,
          lotSize: 4000,
          criticalFound: 0,
          majorFound: 11,
          minorFound: 3,
          checklist: CHECK,
          photoFileIds: [photo],
        },
      })
    ).recordInspection;
    expect(failed).toMatchObject({
      result: 'FAIL',
      sampleSize: 200,
      product: {
        status: 'REJECTED',
        statusReason: 'Failed QC: major 11 (accept ≤ 10)',
        statusReasonCode: 'qc.failedQc',
      },
    });
    await coordinator.ok(SUBMIT_PRODUCT_FOR_QC, { id: created.id });
    const passed = (
      await inspector.ok(RECORD, {
        i: {
          productId: created.id,
          lotSize: 4000,
          criticalFound: 0,
          majorFound: 10,
          minorFound: 14,
          checklist: CHECK,
          photoFileIds: [photo],
        },
      })
    ).recordInspection;
    expect(passed).toMatchObject({ result: 'PASS', product: { status: 'APPROVED', statusReason: null } });
    const after = (
      await coordinator.ok(
        graphql(`
          query CatalogueQcProduct($id: ID!) {
            product(id: $id) {
              gateProblems {
                code
              }
            }
          }
        `),
        { id: created.id },
      )
    ).product;
    expect(after.gateProblems).toEqual([]);
    expect(
      codeOf(
        await coordinator.request(RECORD, {
          i: { productId: created.id, lotSize: 4000, criticalFound: 0, majorFound: 0, minorFound: 0, checklist: CHECK },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('the gate refuses a product whose supplier licence expired or whose inspection ran out, naming what is missing', async () => {
    const { trainees, cohort } = await cohortWithTrainees(api.db, 1);
    await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
    const expired = await createSupplier(api.db.prisma, {
      licences: [
        { kind: 'BUSINESS_LICENCE', expiresOn: '2026-01-31' },
        { kind: 'FOOD_PRODUCTION_LICENCE', expiresOn: '2030-01-01' },
      ],
    });
    const p1 = await createProduct(api.db.prisma, { supplierId: expired.id, name: '过期执照的红枣' });
    const p2 = await createProduct(api.db.prisma, { name: '检验过期的蜂蜜', status: 'APPROVED' });
    await api.db.prisma.qcInspection.updateMany({
      where: { productId: p2.id },
      data: { validUntil: new Date('2026-01-01') },
    });
    const r = await coordinator.request(
      graphql(`
        mutation CatalogueQcScheduleSession($i: ScheduleSessionInput!) {
          scheduleSession(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          traineeId: trainees[0].id,
          platform: 'DOUYIN',
          scheduledStart: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          plannedMinutes: 60,
          title: '测试专场',
          items: [
            { productId: p1.id, livePrice: '30', commissionPct: '20' },
            { productId: p2.id, livePrice: '50', commissionPct: '20' },
          ],
        },
      },
    );
    expect(r.errors![0].extensions!.fields).toMatchObject([
      { field: 'items.0.productId', message: "过期执照的红枣: the supplier's business licence expired on 2026-01-31" },
      { field: 'items.1.productId', message: '检验过期的蜂蜜: the last passed inspection expired on 2026-01-01' },
    ]);
  });
});

describe('editing the catalogue', () => {
  it('replaces a supplier’s licences', async () => {
    const supplier = await createSupplier(api.db.prisma);
    const r = (
      await inspector.ok(
        graphql(`
          mutation CatalogueQcUpdateSupplier($i: UpdateSupplierInput!) {
            updateSupplier(input: $i) {
              licences {
                kind
                number
                expiresOn
              }
            }
          }
        `),
        {
          i: {
            id: supplier.id,
            name: supplier.name,
            kind: 'FARM',
            region: '新疆喀什地区',
            licences: [{ kind: 'BUSINESS_LICENCE', number: '91653121NEW001', expiresOn: '2031-01-31' }],
          },
        },
      )
    ).updateSupplier;
    expect(r.licences).toEqual([{ kind: 'BUSINESS_LICENCE', number: '91653121NEW001', expiresOn: '2031-01-31' }]);
    expect(
      codeOf(
        await inspector.request(
          graphql(`
            mutation CatalogueQcUpdateSupplier2($i: UpdateSupplierInput!) {
              updateSupplier(input: $i) {
                id
              }
            }
          `),
          {
            i: { id: 'nope', name: '某某', kind: 'FARM', region: '某地' },
          },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('sends a product back to draft when what QC checked changes, but not for a price change', async () => {
    const p = await createProduct(api.db.prisma, { name: '骏枣 一级' });
    const UPDATE = graphql(`
      mutation CatalogueQcUpdateProduct($i: UpdateProductInput!) {
        updateProduct(input: $i) {
          status
          statusReason
          suggestedLivePrice
        }
      }
    `);
    const base = {
      id: p.id,
      supplierId: p.supplierId,
      name: p.name,
      category: p.category,
      originRegion: p.originRegion,
      unitPrice: '25',
      suggestedLivePrice: '42.80',
      commissionPct: '25',
    };
    expect((await coordinator.ok(UPDATE, { i: base })).updateProduct).toMatchObject({
      status: 'APPROVED',
      suggestedLivePrice: '42.80',
    });
    expect((await coordinator.ok(UPDATE, { i: { ...base, name: '骏枣 特级' } })).updateProduct).toMatchObject({
      status: 'DRAFT',
      statusReason: 'Changed after QC: send it to QC again',
    });
    expect(fieldsOf(await coordinator.request(UPDATE, { i: { ...base, commissionPct: '130' } }))).toEqual([
      'commissionPct',
    ]);
  });

  it('suspends an approved product with a reason and queues its re-inspection', async () => {
    const p = await createProduct(api.db.prisma, { name: '待暂停的核桃' });
    const SUSPEND = graphql(`
      mutation CatalogueQcSuspendProduct($i: SuspendProductInput!) {
        suspendProduct(input: $i) {
          status
          statusReason
        }
      }
    `);
    expect(fieldsOf(await inspector.request(SUSPEND, { i: { id: p.id, reason: '' } }))).toEqual(['reason']);
    expect((await inspector.ok(SUSPEND, { i: { id: p.id, reason: '抽检发现霉变' } })).suspendProduct).toEqual({
      status: 'SUSPENDED',
      statusReason: '抽检发现霉变',
    });
    expect((await inspector.ok(QC_TASKS)).qcTasks).toContainEqual({
      product: { id: p.id },
      reason: 'Re-inspection: 抽检发现霉变',
    });
    expect(codeOf(await inspector.request(SUSPEND, { i: { id: p.id, reason: '再次暂停' } }))).toBe('CONFLICT');
  });
});
