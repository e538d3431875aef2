import { CameraOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { AQLS } from '@grassroots/domain';
import {
  Alert,
  App,
  Button,
  Col,
  Drawer,
  Form,
  Image,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { FormProblems } from '../../../shared/FormProblems';
import { problemOf } from '../../../shared/forms';
import { fileUrl, uploadFile } from '../../../shared/upload';
import { useSaveForm } from '../../../shared/useSaveForm';
import { RECORD_INSPECTION, SAMPLING_PLAN } from '../graphql';

interface Values {
  lotSize: number;
  level: string;
  aqlCritical: string;
  aqlMajor: string;
  aqlMinor: string;
  criticalFound: number;
  majorFound: number;
  minorFound: number;
  checklist: { item: string; ok: boolean; note?: string }[];
  notes?: string;
}

/**
 * Inspects one lot: the ISO 2859-1 plan (sample size, accept/reject per defect class) is shown as the lot size and
 * AQLs change; the checklist comes from the product's category; photos are real uploads; the verdict is computed.
 */
export function InspectionForm({
  product,
  onClose,
}: {
  product: { id: string; name: string } | null;
  onClose: (result?: string) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveForm(form);
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [record, r] = useMutation(RECORD_INSPECTION);
  const lotSize = Form.useWatch('lotSize', form);
  const level = Form.useWatch('level', form);
  const aqlCritical = Form.useWatch('aqlCritical', form);
  const aqlMajor = Form.useWatch('aqlMajor', form);
  const aqlMinor = Form.useWatch('aqlMinor', form);
  const plan = useQuery(SAMPLING_PLAN, {
    variables: {
      productId: product?.id ?? '',
      lotSize: Number(lotSize) || 2,
      level: (level ?? 'II') as never,
      aqlCritical,
      aqlMajor,
      aqlMinor,
    },
    skip: !product || !(Number(lotSize) >= 2),
  });
  const p = plan.data?.samplingPlanFor;

  useEffect(() => {
    if (product) {
      form.resetFields();
      setPhotos([]);
      form.setFieldsValue({
        lotSize: 1000,
        level: 'II',
        aqlCritical: '0',
        aqlMajor: '2.5',
        aqlMinor: '4.0',
        criticalFound: 0,
        majorFound: 0,
        minorFound: 0,
      });
    }
  }, [product, form]);
  useEffect(() => {
    if (p && !form.getFieldValue('checklist')?.length)
      form.setFieldsValue({ checklist: p.checklist.map((item) => ({ item, ok: true, note: '' })) });
  }, [p, form]);

  const onFinish = (v: Values) =>
    save(
      async () => {
        const res = await record({
          variables: {
            input: {
              productId: product!.id,
              lotSize: Number(v.lotSize),
              level: v.level as never,
              aqlCritical: v.aqlCritical,
              aqlMajor: v.aqlMajor,
              aqlMinor: v.aqlMinor,
              criticalFound: v.criticalFound,
              majorFound: v.majorFound,
              minorFound: v.minorFound,
              photoFileIds: photos,
              notes: v.notes ?? '',
              // Only ok/note are form fields; the item names come from the plan, in the same order.
              checklist: (v.checklist ?? []).map((c, i) => ({
                item: form.getFieldValue(['checklist', i, 'item']) ?? p?.checklist[i],
                ok: !!c.ok,
                note: c.note ?? '',
              })),
            },
          },
        });
        const result = res.data?.recordInspection.result ?? '';
        message[result === 'PASS' ? 'success' : 'warning'](t(result === 'PASS' ? 'qc.passed' : 'qc.failed'));
        onClose(result);
      },
      { quiet: true },
    );

  const attach = async (file: File) => {
    setUploading(true);
    try {
      const f = await uploadFile('inspection-photos', file);
      setPhotos((ps) => [...ps, f.id]);
    } catch (e) {
      message.error(tv(problemOf(e)));
    } finally {
      setUploading(false);
    }
  };
  const aqlOptions = AQLS.map((a) => ({ value: a, label: a }));

  return (
    <Drawer
      open={!!product}
      title={t('qc.inspect', { name: product?.name ?? '' })}
      onClose={() => onClose()}
      size={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              name="lotSize"
              label={t('qc.lotSize')}
              rules={[{ required: true, type: 'number', min: 2, message: tv('qc.lotHasLeast2Units') }]}
            >
              <InputNumber min={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label={t('qc.level')}>
              <Select options={['I', 'II', 'III'].map((l) => ({ value: l, label: t('qc.levelN', { n: l }) }))} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="aqlCritical" label={t('qc.aqlCritical')}>
              <Select options={[{ value: '0', label: '0' }, ...aqlOptions]} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="aqlMajor" label={t('qc.aqlMajor')}>
              <Select options={aqlOptions} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="aqlMinor" label={t('qc.aqlMinor')}>
              <Select options={aqlOptions} />
            </Form.Item>
          </Col>
        </Row>
        {p && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="sampling-plan"
            title={t('qc.drawSample', { n: p.sampleSize })}
            description={
              <Table
                size="small"
                pagination={false}
                rowKey="defectClass"
                dataSource={p.classes}
                columns={[
                  { title: t('qc.class'), render: (_, c) => t(`qc.class.${c.defectClass}` as MessageKey) },
                  { title: 'AQL', dataIndex: 'aql' },
                  { title: t('qc.codeLetter'), dataIndex: 'codeLetter' },
                  {
                    title: t('qc.sample'),
                    render: (_, c) => (c.hundredPercent ? t('qc.all', { n: c.sampleSize }) : c.sampleSize),
                  },
                  { title: 'Ac', dataIndex: 'accept' },
                  { title: 'Re', dataIndex: 'reject' },
                ]}
              />
            }
          />
        )}
        <Row gutter={12}>
          {(['criticalFound', 'majorFound', 'minorFound'] as const).map((k) => (
            <Col span={8} key={k}>
              <Form.Item
                name={k}
                label={t(`qc.${k}` as MessageKey)}
                rules={[{ required: true, type: 'number', min: 0, message: tv('common.cannotNegative') }]}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Text strong>{t('qc.checklist')}</Typography.Text>
        <Form.List name="checklist">
          {(fields) =>
            fields.map((f) => {
              const item = form.getFieldValue(['checklist', f.name, 'item']) as string;
              return (
                <Space key={f.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                  <Typography.Text style={{ width: 110, display: 'inline-block', lineHeight: '32px' }}>
                    {t(`qc.item.${item}` as MessageKey)}
                  </Typography.Text>
                  <Form.Item name={[f.name, 'ok']} valuePropName="checked" style={{ marginBottom: 8 }}>
                    <Switch
                      checkedChildren={t('qc.ok')}
                      unCheckedChildren={t('qc.notOk')}
                      aria-label={t(`qc.item.${item}` as MessageKey)}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']} style={{ width: 380, marginBottom: 8 }}>
                    <Input
                      placeholder={t('qc.note')}
                      aria-label={`${t(`qc.item.${item}` as MessageKey)} ${t('qc.note')}`}
                    />
                  </Form.Item>
                </Space>
              );
            })
          }
        </Form.List>
        <Form.Item label={t('qc.photos')} extra={t('qc.photosHint')}>
          <Space wrap>
            {photos.map((id) => (
              <Image key={id} src={fileUrl(id)} width={72} height={72} style={{ objectFit: 'cover' }} />
            ))}
            <Upload
              accept="image/jpeg,image/png,image/webp"
              showUploadList={false}
              beforeUpload={(f) => {
                void attach(f);
                return false;
              }}
              data-testid="photo-upload"
            >
              <Button icon={<CameraOutlined />} loading={uploading}>
                {t('qc.addPhoto')}
              </Button>
            </Upload>
          </Space>
        </Form.Item>
        <Form.Item name="notes" label={t('qc.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={r.loading}>
            {t('qc.record')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
