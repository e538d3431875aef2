import { MinusCircleOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { LicenceKind, licenceSchema, SupplierKind } from '@grassroots/domain';
import {
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { dateItemProps } from '../../../shared/DateField';
import { enumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { problemOf, zodRule } from '../../../shared/forms';
import { fileUrl, uploadFile } from '../../../shared/upload';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_SUPPLIER, SUPPLIER_SCORECARD, UPDATE_SUPPLIER } from '../graphql';

export interface SupplierValues {
  id?: string;
  name: string;
  kind: string;
  region: string;
  contact: string;
  licences: { kind: string; number: string; expiresOn: string; evidenceFileId?: string | null }[];
}

const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)} %`);

/** A supplier, its licences with scanned evidence (a real upload), and, for an existing one, its scorecard. */
export function SupplierForm({
  open,
  supplier,
  onClose,
}: {
  open: boolean;
  supplier?: SupplierValues | null;
  onClose: (saved?: boolean) => void;
}) {
  const { t, tv, enumLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SupplierValues>();
  const save = useSaveForm(form);
  const [create, c] = useMutation(CREATE_SUPPLIER);
  const [update, u] = useMutation(UPDATE_SUPPLIER);
  const [uploading, setUploading] = useState<number | null>(null);
  const score = useQuery(SUPPLIER_SCORECARD, { variables: { id: supplier?.id ?? '' }, skip: !open || !supplier?.id });
  const licences = Form.useWatch('licences', form) ?? [];

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        supplier ?? {
          kind: 'COOPERATIVE',
          contact: '',
          licences: [{ kind: 'BUSINESS_LICENCE', number: '', expiresOn: '' }],
        },
      );
    }
  }, [open, supplier, form]);

  const onFinish = (v: SupplierValues) =>
    save(async () => {
      const input = {
        name: v.name,
        kind: v.kind as never,
        region: v.region,
        contact: v.contact ?? '',
        licences: (v.licences ?? []).map((l) => ({
          kind: l.kind as never,
          number: l.number,
          expiresOn: l.expiresOn,
          evidenceFileId: l.evidenceFileId ?? null,
        })),
      };
      if (supplier?.id) await update({ variables: { input: { ...input, id: supplier.id } } });
      else await create({ variables: { input } });
      onClose(true);
    });

  const attach = async (index: number, file: File) => {
    setUploading(index);
    try {
      const f = await uploadFile('licence-scans', file);
      const next = [...form.getFieldValue('licences')];
      next[index] = { ...next[index], evidenceFileId: f.id };
      form.setFieldsValue({ licences: next });
    } catch (e) {
      message.error(tv(problemOf(e)));
    } finally {
      setUploading(null);
    }
  };

  const sc = score.data?.supplier.scorecard;
  return (
    <Drawer
      open={open}
      title={t(supplier ? 'supplier.edit' : 'supplier.new')}
      onClose={() => onClose()}
      size={640}
      destroyOnHidden
    >
      {sc && (
        <Row gutter={12} style={{ marginBottom: 16 }} data-testid="scorecard">
          <Col span={8}>
            <Statistic
              title={t('supplier.qcPassRate')}
              value={pct(sc.qcPassRate)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  / {sc.inspections}
                </Typography.Text>
              }
            />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('supplier.qualityTicketRate')}
              value={pct(sc.qualityTicketRate)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {sc.qualityTickets}/{sc.unitsSold}
                </Typography.Text>
              }
            />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('supplier.onTime')}
              value={pct(sc.onTimeResolutionRate)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  / {sc.resolvedTickets}
                </Typography.Text>
              }
            />
          </Col>
        </Row>
      )}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item
          name="name"
          label={t('supplier.name')}
          rules={[{ required: true, min: 2, message: tv('common.nameRequired') }]}
        >
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="kind" label={t('supplier.kind')}>
              <Select options={enumOptions(enumLabel, 'SupplierKind', Object.values(SupplierKind))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="region"
              label={t('supplier.region')}
              rules={[{ required: true, min: 2, message: tv('qc.regionRequired') }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="contact" label={t('supplier.contact')}>
          <Input />
        </Form.Item>
        <Typography.Text strong>{t('supplier.licences')}</Typography.Text>
        <Form.List name="licences">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[f.name, 'kind']} style={{ width: 150 }}>
                    <Select
                      aria-label={`${t('supplier.licenceKind')} ${i + 1}`}
                      options={enumOptions(enumLabel, 'LicenceKind', Object.values(LicenceKind))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'number']}
                    style={{ width: 170 }}
                    rules={[zodRule(licenceSchema.shape.number, tv)]}
                  >
                    <Input
                      aria-label={`${t('supplier.licenceNumber')} ${i + 1}`}
                      placeholder={t('supplier.licenceNumber')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'expiresOn']}
                    style={{ width: 140 }}
                    rules={[{ required: true, message: tv('common.fieldRequired') }]}
                    {...dateItemProps}
                  >
                    <DatePicker
                      aria-label={`${t('supplier.expiresOn')} ${i + 1}`}
                      placeholder={t('supplier.expiresOn')}
                    />
                  </Form.Item>
                  <Upload
                    accept="image/jpeg,image/png,image/webp,application/pdf"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void attach(i, file);
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined />} loading={uploading === i}>
                      {t('supplier.scan')}
                    </Button>
                  </Upload>
                  {licences[i]?.evidenceFileId && (
                    <a href={fileUrl(licences[i].evidenceFileId!)} target="_blank" rel="noreferrer">
                      <PaperClipOutlined /> {t('supplier.viewScan')}
                    </a>
                  )}
                  <MinusCircleOutlined
                    style={{ marginTop: 9 }}
                    onClick={() => remove(f.name)}
                    aria-label={t('supplier.removeLicence')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'FOOD_PRODUCTION_LICENCE' })}
                style={{ margin: '8px 0 16px' }}
              >
                {t('supplier.addLicence')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ display: 'flex' }}>
          <Button type="primary" htmlType="submit" loading={c.loading || u.loading}>
            {t('common.save')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
